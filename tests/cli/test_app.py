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


import pytest  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from briefsmith.cli.app import app  # noqa: E402

COMMANDS = ["check", "brief", "feedback", "rules", "schema", "config", "lsp"]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_at_80_columns_shows_flags_as_flags_and_cuts_no_word(command: str) -> None:
    import typer.main

    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    out = result.stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "<bool>" not in out and "<list" not in out and "<str>" not in out
    assert "…" not in out and "╭" not in out  # no truncation, no boxes
    words = set(out.split())
    click_command = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    for param in click_command.params:
        for word in (getattr(param, "help", None) or "").split():
            assert word in words, (param.name, word)  # wrapped at spaces, never inside a word


def test_model_options_have_their_own_panel() -> None:
    out = CliRunner().invoke(app, ["check", "--help"], env={"COLUMNS": "100"}).stdout
    options, model = out.split("Model options")
    assert "--offline" in options and "--select" in options and "--llm" not in options
    for flag in ("--llm", "--model NAME", "--base-url URL", "--timeout SECONDS", "--no-cache"):
        assert flag in model
    assert "  --offline  " in options or "  --offline " in options  # a flag: no value after it
