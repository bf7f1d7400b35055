"""The report as JSON: the stable, versioned contract (``version: 2``) other tools read.

The keys are the model's field names, so the JSON Schema from :func:`report_schema`
(``briefsmith schema``) always describes exactly what :func:`render` writes.
"""

from __future__ import annotations

from typing import Any

from briefsmith.models.report import CheckReport

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def render(
    report: CheckReport,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
    quiet: bool = False,
) -> str:
    """Pretty JSON; ``fail_on``, ``color`` and ``width`` do not apply to data output."""
    return report.model_dump_json(indent=2) + "\n"


def report_schema() -> dict[str, Any]:
    """JSON Schema (2020-12) of the report, for consumers that validate what they read."""
    return {"$schema": DIALECT, **CheckReport.model_json_schema()}
