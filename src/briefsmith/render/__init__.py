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

FORMATS = ("text", "json", "markdown", "sarif", "junit", "concise", "github", "rdjson")
FAIL_ON = ("error", "warning", "never")

_MODULES = {
    "text": "text",
    "json": "json_report",
    "markdown": "markdown",
    "sarif": "sarif",
    "junit": "junit",
    "concise": "concise",
    "github": "github",
    "rdjson": "rdjson",
}

__all__ = ["FAIL_ON", "FORMATS", "render"]


def render(
    report: CheckReport,
    fmt: str,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
    quiet: bool = False,
    statistics: bool = False,
) -> str:
    """Render ``report`` as ``fmt`` (one of ``FORMATS``); the result ends with a newline.

    ``fail_on`` ("error" | "warning" | "never") decides what JUnit reports as a failure;
    ``color`` and ``width`` only affect the text format (``color=None``: colour when stdout
    is a terminal and NO_COLOR is not set); ``quiet`` leaves goals without findings out of
    the text and Markdown reports; ``statistics`` gives the count of findings per rule
    instead of the report (any ``fmt``).
    """
    if fmt not in FORMATS:
        msg = f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}"
        raise ValueError(msg)
    if fail_on not in FAIL_ON:
        msg = f"fail_on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}"
        raise ValueError(msg)
    name = "statistics" if statistics else _MODULES[fmt]
    module = importlib.import_module(f"briefsmith.render.{name}")
    result: str = module.render(report, fail_on=fail_on, color=color, width=width, quiet=quiet)
    return result
