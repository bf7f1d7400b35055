"""Command-line options that several commands share, defined once so they read the same.

Each alias is an ``Annotated`` type that typer reads; a command declares
``model: ModelOption = None`` and gets the same flag, help text and behaviour as the
others.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from briefsmith.config import Config


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


class LangOption(StrEnum):
    auto = "auto"
    en = "en"
    zh = "zh"
    ru = "ru"


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


def select_rules(settings: Config, select: list[str] | None, ignore: list[str] | None) -> Config:
    """The config with ``--select`` (replacing its ``select``) and ``--ignore`` (added to its
    ``disable``); an unknown rule is a usage error naming the option."""
    from briefsmith.catalog import normalise, unknown

    chosen = [n for value in select or () for n in value.replace(",", " ").split()]
    skipped = [n for value in ignore or () for n in value.replace(",", " ").split()]
    for option, names in (("--select", chosen), ("--ignore", skipped)):
        if bad := unknown(normalise(n) for n in names):
            msg = (
                f"unknown rule or criterion {bad[0]!r} (see `briefsmith rules`: a rule id, "
                "a prefix such as 'measurable', or 'all')"
            )
            raise typer.BadParameter(msg, param_hint=f"'{option}'")
    if not chosen and not skipped:
        return settings
    update: dict[str, Any] = {"disable": [*settings.disable, *map(normalise, skipped)]}
    if chosen:
        update["select"] = [normalise(n) for n in chosen]
    return settings.model_copy(update=update)


SelectOption = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        help="Report only these rules: ids or prefixes such as measurable or "
        "time_bound.no-deadline (comma-separated or repeated; default: all).",
        show_default=False,
    ),
]
IgnoreOption = Annotated[
    list[str] | None,
    typer.Option(
        "--ignore",
        help="Skip these rules: ids or prefixes, as for --select (added to the config's disable).",
        show_default=False,
    ),
]
FailOnOption = Annotated[
    FailOn | None,
    typer.Option(
        help="Exit 1 when a finding is at or above this severity "
        "(default: error, or fail_on in the config)."
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        help="Config file (default: the nearest briefsmith.toml, or pyproject.toml "
        "with a tool.briefsmith table)."
    ),
]
ColorOption = Annotated[
    bool | None,
    typer.Option("--color/--no-color", help="Force colour on or off.", show_default=False),
]
ModelOption = Annotated[
    str | None,
    typer.Option(help="Model name, or 'local' for the bundled model (BRIEFSMITH_MODEL)."),
]
BaseUrlOption = Annotated[
    str | None,
    typer.Option(help="OpenAI-compatible endpoint (BRIEFSMITH_BASE_URL / OPENAI_BASE_URL)."),
]
ConcurrencyOption = Annotated[int | None, typer.Option(help="Model requests in flight.")]
TimeoutOption = Annotated[float | None, typer.Option(help="Seconds per model request.")]
CacheOption = Annotated[
    bool | None,
    typer.Option("--cache/--no-cache", help="Reuse earlier model answers.", show_default=False),
]
