"""Command-line options that several commands share, defined once so they read the same.

Each alias is an ``Annotated`` type that typer reads; a command declares
``model: ModelOption = None`` and gets the same flag, help text and behaviour as the
others.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


class LangOption(StrEnum):
    auto = "auto"
    en = "en"
    zh = "zh"
    ru = "ru"


MODEL_PANEL = "Model options (with --llm, or drafting and summarising)"
"""The help panel the model's options are listed in, apart from the checks' own."""


def parse_date(value: str | None, option: str = "--today") -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        msg = f"{value!r} is not a date in YYYY-MM-DD form"
        raise typer.BadParameter(msg, param_hint=f"'{option}'") from exc


def model_overrides(**values: Any) -> dict[str, Any]:
    """The LLM settings given on the command line (flags not given are left out)."""
    return {name: value for name, value in values.items() if value is not None}


SelectOption = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        metavar="RULES",
        help="Report only these rules: ids or prefixes such as measurable or "
        "time_bound.no-deadline (comma-separated or repeated; default: all).",
        show_default=False,
    ),
]
IgnoreOption = Annotated[
    list[str] | None,
    typer.Option(
        "--ignore",
        metavar="RULES",
        help="Skip these rules: ids or prefixes, as for --select (added to the config's disable).",
        show_default=False,
    ),
]
FailOnOption = Annotated[
    FailOn | None,
    typer.Option(
        metavar="LEVEL",
        help="Exit 1 when a finding is at or above this severity: error, warning or never "
        "(default: error, or fail_on in the config).",
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        metavar="FILE",
        help="Config file (default: the nearest briefsmith.toml, or pyproject.toml "
        "with a tool.briefsmith table).",
    ),
]
ColorOption = Annotated[
    bool | None,
    typer.Option("--color/--no-color", help="Force colour on or off.", show_default=False),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        metavar="NAME",
        help="Model name, or 'local' for the bundled model (BRIEFSMITH_MODEL).",
        rich_help_panel=MODEL_PANEL,
    ),
]
BaseUrlOption = Annotated[
    str | None,
    typer.Option(
        metavar="URL",
        help="OpenAI-compatible endpoint (BRIEFSMITH_BASE_URL / OPENAI_BASE_URL).",
        rich_help_panel=MODEL_PANEL,
    ),
]
ConcurrencyOption = Annotated[
    int | None,
    typer.Option(metavar="N", help="Model requests in flight.", rich_help_panel=MODEL_PANEL),
]
TimeoutOption = Annotated[
    float | None,
    typer.Option(metavar="SECONDS", help="Seconds per model request.", rich_help_panel=MODEL_PANEL),
]
CacheOption = Annotated[
    bool | None,
    typer.Option(
        "--cache/--no-cache",
        help="Reuse earlier model answers.",
        show_default=False,
        rich_help_panel=MODEL_PANEL,
    ),
]
