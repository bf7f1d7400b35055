"""The start-up fast path: common ``briefsmith check`` invocations without Typer.

A pre-commit hook runs ``briefsmith check`` on every commit, so its start-up counts.
Importing Typer (and building the app with every command) costs more than checking a
typical goal file; this module reads the common offline invocations itself and hands
them to :func:`briefsmith.cli.run_check.run_check`, the same function the Typer command
calls. Anything it does not fully understand — ``--help``, ``--llm`` and the model
options, a missing or malformed value, an unknown option — returns None, and the Typer
command reads the arguments instead (with its validation and messages). A test checks
that the two agree on every option.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

FLAGS: dict[str, tuple[str, bool]] = {
    "--quiet": ("quiet", True),
    "-q": ("quiet", True),
    "--statistics": ("statistics", True),
    "--include-done": ("include_done", True),
    "--offline": ("offline", True),
    "--color": ("color", True),
    "--no-color": ("color", False),
}
VALUES: dict[str, str] = {
    "--format": "fmt",
    "-f": "fmt",
    "--output": "output",
    "-o": "output",
    "--fail-on": "fail_on",
    "--today": "today",
    "--lang": "lang",
    "--config": "config",
    "--select": "select",
    "--ignore": "ignore",
    "--jobs": "jobs",
    "-j": "jobs",
}
BOOLEAN_WORDS = frozenset({"true", "false", "yes", "no", "on", "off", "1", "0"})
"""Values people give a flag by mistake (``--offline true``)."""
OTHER_FLAGS = frozenset({"--llm", "--cache", "--no-cache"})
"""Flags the fast path leaves to Typer, for the flag-with-a-value check."""


def parse_check(args: list[str]) -> dict[str, object] | None:
    """The keyword arguments of ``CheckOptions`` for ``args`` (after ``check``), or None
    when the Typer command should read them."""
    from briefsmith.cli.run_check import FAIL_ON, FORMATS, LANGS

    choices = {"fmt": FORMATS, "fail_on": FAIL_ON, "lang": LANGS}
    values: dict[str, object] = {"paths": [], "select": [], "ignore": []}
    paths: list[str] = []
    it = iter(args)
    only_paths = False
    for arg in it:
        if only_paths or arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        if arg == "--":
            only_paths = True
            continue
        name, eq, inline = arg.partition("=")
        if name.startswith("-f") and name != "-f" and not name.startswith("--"):
            name, inline, eq = "-f", name[2:], "="  # -fjson, as Click reads it
        if name in FLAGS and not eq:
            key, flag = FLAGS[name]
            values[key] = flag
        elif name in VALUES:
            value = inline if eq else next(it, None)
            if value is None or (not eq and value.startswith("-") and value != "-"):
                return None
            key = VALUES[name]
            if key in choices and value not in choices[key]:
                return None
            if key == "jobs":
                if not value.isdigit() or int(value) < 1:
                    return None  # Typer says what is wrong with it
                values[key] = int(value)
            elif key in ("select", "ignore"):
                values[key].append(value)  # type: ignore[attr-defined]
            elif key in ("output", "config"):
                values[key] = Path(value)
            else:
                values[key] = value
        else:
            return None  # --help, --llm, the model options, anything unknown
    if not paths:
        return None
    values["paths"] = paths
    return values


def flag_given_a_value(args: list[str]) -> str | None:
    """The one-line error for ``--offline true``: a flag followed by a boolean word that
    is not a file. None when there is no such mistake."""
    flags = set(FLAGS) | OTHER_FLAGS
    for flag, value in pairwise(args):
        if flag in flags and value.lower() in BOOLEAN_WORDS and not Path(value).exists():
            return (
                f"{flag} is a flag and takes no value: drop {value!r} (write {flag} to turn "
                "it on, leave it out to keep it off)"
            )
    return None
