"""``briefsmith schema``: the JSON Schema of the ``check --format json`` report."""

from __future__ import annotations

import json


def schema() -> None:
    """Print the JSON Schema of the check report (the stable contract, version 1)."""
    from briefsmith.render.json_report import report_schema

    print(json.dumps(report_schema(), indent=2, ensure_ascii=False))
