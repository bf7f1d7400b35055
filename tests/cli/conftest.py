"""Shared fixtures for the CLI tests: an isolated cwd, goal files and an in-process runner.

Every test runs in its own ``tmp_path`` (autouse), so no ``briefsmith.toml`` or
``pyproject.toml`` from the repository is picked up by the config search.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from briefsmith.cli.app import app
from briefsmith.models.report import CheckReport

TODAY = "2027-01-04"
"""A fixed reference date so relative windows (and past deadlines) never depend on the clock."""

SMART_GOAL = (
    "Publish 8 partner webinars between March and May 2027 to grow enterprise pipeline"
    " — owner: Kim Lo"
)
WARNING_ONLY_GOAL = (
    "Post on the company blog every Wednesday to keep readers engaged — owner: Kim Lo"
)
"""Only finding: time_bound.unbounded-recurrence, a partial result, i.e. a warning."""
NO_PURPOSE_GOAL = (
    "Collect 40 new verified reviews on Capterra by 31 March 2027 — owner: Sofia Marin"
)
"""Only finding: relevant.no-purpose (an error)."""
NO_DEADLINE_GOAL = (
    "Collect 40 new verified reviews on Capterra to lift trial sign-ups — owner: Sofia Marin"
)
"""Only finding: time_bound.no-deadline (an error)."""
VAGUE_GOAL = "Make our brand feel cooler"

Invoke = Callable[..., Result]
WriteGoals = Callable[..., Path]


@pytest.fixture(autouse=True)
def isolated_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFSMITH_DEBUG", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


@pytest.fixture
def invoke() -> Invoke:
    """Run the Typer app in-process; stdout and stderr are captured separately."""
    runner = CliRunner()

    def _invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, list(args), input=input)

    return _invoke


@pytest.fixture
def write_goals(tmp_path: Path) -> WriteGoals:
    """Write goals (one Markdown list item each, or raw ``text``) to a file in tmp_path."""

    def _write(
        name: str = "goals.md", goals: Sequence[str] = (), *, text: str | None = None
    ) -> Path:
        path = tmp_path / name
        body = text if text is not None else "".join(f"- {goal}\n" for goal in goals)
        path.write_text(body, encoding="utf-8")
        return path

    return _write


def report_of(result: Result) -> CheckReport:
    """The JSON report on stdout, validated by the model."""
    return CheckReport.model_validate_json(result.stdout)
