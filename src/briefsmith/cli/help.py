"""Help pages that read like a linter's: flags as flags, the model's options apart.

Typer's rich help shows every option's Python type (``<bool>`` after ``--offline``,
``<list[str]>``), which reads as if a flag took a value — ``--offline true`` then takes
``true`` for a goal file — and folds long words at narrow widths. These classes keep
Click's plain layout (wrapped on word boundaries to the terminal's width), name each
value with a metavar (``FILE``, ``N``, ``[a|b]``), and list options in the panels their
declarations name (``rich_help_panel``), so the model options sit apart from the checks'.
"""

from __future__ import annotations

import re
from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup

DEFAULT_PANEL = "Options"
_TYPES = {"path": "FILE", "str": "TEXT", "int": "N", "float": "N", "bool": ""}
_TYPE = re.compile(r"<([^<>]+)>")


def _metavar(match: re.Match[str]) -> str:
    """``<path>`` → ``FILE``; ``<a|b>`` → ``[a|b]``; ``<bool>`` → nothing."""
    inner = match.group(1)
    if inner in _TYPES:
        return _TYPES[inner]
    if inner.startswith("list["):
        return _TYPES.get(inner[5:-1], inner[5:-1].upper()) + "..."
    return f"[{inner}]"


def _readable(first: str) -> str:
    return " ".join(_TYPE.sub(_metavar, first).split())


class HelpCommand(TyperCommand):
    """A command whose ``--help`` groups options by panel, with readable metavars."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = ["[OPTIONS]"] if any(not _is_argument(p) for p in self.params) else []
        for param in self.params:
            if _is_argument(param):
                name = (param.metavar or param.name or "").upper()
                name += "..." if param.nargs == -1 else ""
                pieces.append(name if param.required else f"[{name}]")
        formatter.write_usage(ctx.command_path, " ".join(pieces))

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        arguments = [_argument_record(p) for p in self.params if _is_argument(p)]
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        panels: dict[str, list[tuple[str, str]]] = {DEFAULT_PANEL: []}
        for param in self.get_params(ctx):
            if _is_argument(param):
                continue
            record = param.get_help_record(ctx)
            if record is None:
                continue
            panel = getattr(param, "rich_help_panel", None) or DEFAULT_PANEL
            panels.setdefault(panel, []).append((_readable(record[0]), record[1]))
        help_rows = [row for row in panels[DEFAULT_PANEL] if row[0].startswith("-h, --help")]
        panels[DEFAULT_PANEL] = [r for r in panels[DEFAULT_PANEL] if r not in help_rows]
        panels[DEFAULT_PANEL] += help_rows  # --help last, after the command's own options
        for name, rows in panels.items():
            if rows:
                with formatter.section(name):
                    formatter.write_dl(rows)
        self.format_epilog(ctx, formatter)


class HelpGroup(TyperGroup):
    """The top-level ``briefsmith --help``: Click's plain layout, words never cut."""


def _is_argument(param: Any) -> bool:
    return isinstance(param, TyperArgument)


def _argument_record(param: Any) -> tuple[str, str]:
    name = (param.metavar or param.name or "").upper() + ("..." if param.nargs == -1 else "")
    extra = []
    choices = getattr(getattr(param, "type", None), "choices", None)
    if choices:
        extra.append("one of: " + ", ".join(str(c) for c in choices))
    if param.required:
        extra.append("required")
    elif param.default is not None and param.show_default is not False:
        default = getattr(param.default, "value", param.default)
        extra.append(f"default: {default}")
    suffix = f"  [{'; '.join(extra)}]" if extra else ""
    return name, (param.help or "") + suffix
