"""Turn a ``CheckReport`` into text for people (terminal, Markdown) and for tools (JSON,
SARIF, JUnit).

Each format lives in its own module and is imported only when asked for, so
``import briefsmith.render`` stays cheap: no rich, not even the report models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefsmith.models.report import CheckReport

FORMATS = ("text", "json", "markdown", "sarif", "junit")
FAIL_ON = ("error", "warning", "never")

_MODULES = {
    "text": "text",
    "json": "json_report",
    "markdown": "markdown",
    "sarif": "sarif",
    "junit": "junit",
}

__all__ = ["FAIL_ON", "FORMATS", "render"]


def render(
    report: CheckReport,
    fmt: str,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
) -> str:
    """Render ``report`` as ``fmt`` (one of ``FORMATS``); the result ends with a newline.

    ``fail_on`` ("error" | "warning" | "never") decides what JUnit reports as a failure;
    ``color`` and ``width`` only affect the text format (``color=None``: colour when stdout
    is a terminal and NO_COLOR is not set).
    """
    if fmt not in FORMATS:
        msg = f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}"
        raise ValueError(msg)
    if fail_on not in FAIL_ON:
        msg = f"fail_on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}"
        raise ValueError(msg)
    module = importlib.import_module(f"briefsmith.render.{_MODULES[fmt]}")
    result: str = module.render(report, fail_on=fail_on, color=color, width=width)
    return result
