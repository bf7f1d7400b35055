"""The README's two set-up commands are the ones CI and users run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_gives_exactly_two_setup_commands() -> None:
    commands = _commands()
    assert len(commands) == 2
    install_and_run, install_and_test = commands
    assert "pip install" in install_and_run
    assert "briefsmith check examples/goals.md" in install_and_run
    assert "pip install -e '.[dev]'" in install_and_test
    assert install_and_test.endswith("pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert _commands()[1] in ci.splitlines()


def test_readme_examples_exist() -> None:
    for path in (
        "examples/goals.md",
        "examples/goals.zh.md",
        "examples/goals.ru.md",
        "examples/briefsmith.toml",
        "examples/embed.py",
    ):
        assert (ROOT / path).is_file(), path
