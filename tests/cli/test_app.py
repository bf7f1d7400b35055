"""The Typer app: --version, help, and the three commands wired in."""

from __future__ import annotations

from briefsmith import __version__

from .conftest import Invoke


def test_version(invoke: Invoke) -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"briefsmith {__version__}\n"


def test_no_arguments_shows_help(invoke: Invoke) -> None:
    result = invoke()
    assert result.exit_code == 2
    for command in ("check", "rules", "schema"):
        assert command in result.output


def test_short_help_option(invoke: Invoke) -> None:
    result = invoke("check", "-h")
    assert result.exit_code == 0
    for option in ("--format", "--output", "--fail-on", "--today", "--lang", "--config"):
        assert option in result.stdout


def test_unknown_command(invoke: Invoke) -> None:
    result = invoke("lint")
    assert result.exit_code == 2
    assert "lint" in result.stderr
