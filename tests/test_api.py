"""The public API re-exported lazily from ``briefsmith``."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import briefsmith


def test_public_names_import() -> None:
    from briefsmith import CheckReport, Goal, check_goals, load_goals
    from briefsmith.check import check_goals as check_goals_impl
    from briefsmith.models.goal import Goal as GoalModel
    from briefsmith.models.report import CheckReport as ReportModel
    from briefsmith.parsing import load_goals as load_goals_impl

    assert check_goals is check_goals_impl
    assert load_goals is load_goals_impl
    assert Goal is GoalModel
    assert CheckReport is ReportModel


def test_every_name_in_all_resolves() -> None:
    for name in briefsmith.__all__:
        assert getattr(briefsmith, name) is not None, name
    assert set(briefsmith.__all__) >= {"check_goals", "load_goals", "Goal", "CheckReport"}


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'lint_goals'"):
        _ = briefsmith.lint_goals
    assert not hasattr(briefsmith, "Engine")
    with pytest.raises(ImportError):
        exec("from briefsmith import lint_goals")


def test_import_is_cheap() -> None:
    snippet = (
        "import sys, briefsmith\n"
        "heavy = ('pydantic', 'rich', 'typer', 'yaml', 'markdown_it', 'briefsmith.models', "
        "'briefsmith.check', 'briefsmith.parsing', 'briefsmith.rules', 'briefsmith.render')\n"
        "print(','.join(sorted(m for m in heavy if m in sys.modules)) or '-')\n"
        "print(briefsmith.__version__)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", snippet], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["-", briefsmith.__version__]


def test_load_and_check_a_markdown_file(tmp_path: Path) -> None:
    from briefsmith import CheckReport, Criterion, Verdict, check_goals, load_goals

    path = tmp_path / "q2.md"
    path.write_text(
        "# Demand generation\n\n"
        "- Book 120 qualified sales meetings from outbound by 30 June 2027 to fill the Q3 "
        "pipeline — owner: Ines Duarte\n"
        "- Be everywhere our buyers are\n",
        encoding="utf-8",
    )
    goals = load_goals(path)
    assert [g.source.line for g in goals] == [3, 4]
    report = check_goals(goals, today=dt.date(2027, 1, 4))
    assert isinstance(report, CheckReport)
    assert report.today == "2027-01-04"
    assert [g.verdict for g in report.goals] == [Verdict.SMART, Verdict.NOT_SMART]
    assert report.goals[0].criteria[Criterion.TIME_BOUND].evidence[0].value == "2027-06-30"

    dumped = report.model_dump_json()
    assert CheckReport.model_validate_json(dumped) == report
    assert json.loads(dumped)["summary"]["goals"] == 2


def _fresh(snippet: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", snippet], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


RENDER_SNIPPET = """
import datetime as dt, json
from briefsmith import Goal, check_goals, render_report
report = check_goals(
    [Goal(id="x", statement="Ship the partner portal by 31 May 2027 to unlock channel sales")],
    today=dt.date(2027, 1, 4),
)
print(json.loads(render_report(report, "json"))["goals"][0]["id"])
"""


def test_render_is_exported() -> None:
    assert _fresh(RENDER_SNIPPET) == "x"


def test_render_is_the_function_after_the_submodule_was_imported() -> None:
    assert _fresh("import briefsmith.render.text\n" + RENDER_SNIPPET) == "x"
