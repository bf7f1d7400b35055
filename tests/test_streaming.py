"""The streamed check writes what the one-shot check writes, on one core or several.

``check_paths`` reads, assesses and writes a part at a time; ``check_goals`` + ``render``
build the whole report first. For the same run the text is the same byte for byte (the
JSON is exactly ``CheckReport.model_dump_json``), whatever the number of workers, and
parts never separate an objective from its key results.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from briefsmith import streaming
from briefsmith.check import check_goals
from briefsmith.config import Config
from briefsmith.models.goal import Goal, GoalKind
from briefsmith.models.report import Finding, GoalAssessment, Severity
from briefsmith.parsing import load_paths
from briefsmith.render import render
from briefsmith.render.stream import STREAMED
from briefsmith.rules.engine import Engine
from briefsmith.streaming import Job, check_paths, goal_families, split

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    """Several files: OKR documents in three languages, YAML records, a file with a bad
    record, an unreadable file and a missing one."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"goal": "Grow MQLs from 400 to 520 by Q2 2027"}\n{"goal": 5}\n', encoding="utf-8"
    )
    empty = tmp_path / "empty.md"
    empty.write_text("\n", encoding="utf-8")
    return [
        str(ROOT / "examples/goals.md"),
        str(ROOT / "examples/okrs.md"),
        str(ROOT / "tests/rules/documents/annual-okr-2027.zh.md"),
        str(bad),
        str(tmp_path / "missing.md"),
        str(ROOT / "examples/goals.yaml"),
        str(empty),
        str(ROOT / "examples/okrs.ru.md"),
    ]


def streamed(paths: list[str], fmt: str, *, today: dt.date | None, jobs: int) -> str:
    out = io.StringIO()
    check_paths(paths, out, Job(Config(), today, None, False, fmt, False, "error"), jobs=jobs)
    return out.getvalue()


def one_shot(paths: list[str], fmt: str, *, today: dt.date | None) -> str:
    goals, errors = load_paths(paths)
    report = check_goals(goals, errors=errors, today=today)
    return render(report, fmt, color=False)


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts of a few goals, and a pool for any input: every mechanism runs on small files."""
    monkeypatch.setattr(streaming, "PART_GOALS", 4)
    monkeypatch.setattr(streaming, "PARALLEL_MIN_BYTES", 0)


@pytest.mark.parametrize("today", [None, TODAY])
def test_streamed_json_is_the_reports_own_json(
    inputs: list[str], today: dt.date | None, small_parts: None
) -> None:
    goals, errors = load_paths(inputs)
    assert errors and len(goals) > 40  # the run has unreadable inputs and many parts
    expected = check_goals(goals, errors=errors, today=today).model_dump_json(indent=2) + "\n"
    assert streamed(inputs, "json", today=today, jobs=1) == expected
    assert streamed(inputs, "json", today=today, jobs=2) == expected


@pytest.mark.parametrize("fmt", [f for f in STREAMED if f != "json"])
def test_streamed_formats_match_the_one_shot_renderers(
    inputs: list[str], fmt: str, small_parts: None
) -> None:
    expected = one_shot(inputs, fmt, today=TODAY)
    assert streamed(inputs, fmt, today=TODAY, jobs=1) == expected
    assert streamed(inputs, fmt, today=TODAY, jobs=2) == expected


@pytest.mark.parametrize("fmt", STREAMED)
def test_an_empty_run_matches_too(tmp_path: Path, fmt: str) -> None:
    missing = [str(tmp_path / "nothing.md")]
    assert streamed(missing, fmt, today=TODAY, jobs=1) == one_shot(missing, fmt, today=TODAY)


def test_quiet_text_matches(inputs: list[str], small_parts: None) -> None:
    goals, errors = load_paths(inputs)
    report = check_goals(goals, errors=errors, today=TODAY)
    out = io.StringIO()
    job = Job(Config(), TODAY, None, False, "text", True, "error")
    check_paths(inputs, out, job, jobs=2)
    assert out.getvalue() == render(report, "text", color=False, quiet=True)


def test_a_rule_no_catalog_lists_gets_a_sarif_descriptor(
    inputs: list[str], small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rule indexes of rules the catalog lacks are only known once the run is over: the
    streamed SARIF resolves them in the order the one-shot writer assigns them."""
    real = Engine.assess

    def with_odd_findings(self: Engine, goal: Goal) -> GoalAssessment:
        found = real(self, goal)
        rule = f"made.up-{len(goal.statement) % 3}"
        odd = Finding(rule=rule, severity=Severity.WARNING, message="odd", line=None)
        return found.model_copy(update={"findings": [*found.findings, odd]})

    monkeypatch.setattr(Engine, "assess", with_odd_findings)
    sarif = one_shot(inputs, "sarif", today=TODAY)
    assert '"id": "made.up-2"' in sarif
    assert streamed(inputs, "sarif", today=TODAY, jobs=1) == sarif
    assert streamed(inputs, "sarif", today=TODAY, jobs=2) == sarif


def test_parts_keep_objectives_with_their_key_results() -> None:
    def goal(n: int, kind: GoalKind = GoalKind.GOAL, objective: int | None = None) -> Goal:
        return Goal(
            id=f"g{n}",
            statement=f"goal {n}",
            kind=kind,
            objective_id=f"g{objective}" if objective is not None else None,
        )

    goals = [
        goal(0),
        goal(1, GoalKind.OBJECTIVE),
        goal(2, GoalKind.KEY_RESULT, 1),
        goal(3),
        goal(4, GoalKind.KEY_RESULT, 7),  # a key result listed before its objective
        goal(5),
        goal(6, GoalKind.KEY_RESULT, 1),
        goal(7, GoalKind.OBJECTIVE),
        goal(8),
        goal(9),
    ]
    parts = list(split(goals, goal_families(goals), size=2))
    assert [g for part in parts for g in part] == goals
    assert [[g.id for g in part] for part in parts] == [
        ["g0", "g1", "g2", "g3", "g4", "g5", "g6", "g7"],
        ["g8", "g9"],
    ]
    assert [len(p) for p in split(goals[:1], [None], size=2)] == [1]
    plain = [goal(n) for n in range(5)]
    assert [len(p) for p in split(iter(plain), goal_families(plain), size=2)] == [2, 2, 1]


def test_small_inputs_start_no_pool(inputs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object) -> None:
        raise AssertionError("a pool was started for a small input")

    monkeypatch.setattr(streaming._Parallel, "__init__", no_pool)
    assert streamed(inputs[:1], "json", today=TODAY, jobs=4)


def test_a_large_input_is_assessed_by_workers(
    inputs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(streaming, "PARALLEL_MIN_BYTES", 0)
    seen: list[int] = []
    real = streaming._Parallel.__init__

    def counting(self: streaming._Parallel, job: Job, jobs: int) -> None:
        seen.append(jobs)
        real(self, job, jobs)

    monkeypatch.setattr(streaming._Parallel, "__init__", counting)
    assert streamed(inputs, "concise", today=TODAY, jobs=2)
    assert seen == [2]


def test_a_failing_worker_fails_the_run(
    inputs: list[str], small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Engine.assess

    def boom(self: Engine, goal: Goal) -> GoalAssessment:
        if goal.id == "warm-up":  # the pool's warm-up, before the workers are forked
            return real(self, goal)
        raise RuntimeError("engine fell over")

    monkeypatch.setattr(Engine, "assess", boom)
    for jobs in (1, 2):
        with pytest.raises(RuntimeError, match="engine fell over"):
            streamed(inputs, "json", today=TODAY, jobs=jobs)


@pytest.mark.parametrize("last", ["readable", "missing"])
def test_json_head_waits_for_the_last_files_date(
    inputs: list[str], tmp_path: Path, last: str, small_parts: None
) -> None:
    """Without --today the JSON head needs every file's as_of: the parts wait in a spill
    file until the last file is read (or, when it cannot be read, to the end)."""
    dated = tmp_path / "dated.md"
    dated.write_text("---\nas_of: 2026-01-15\n---\n- Grow MQLs from 400 to 520 next quarter\n")
    paths = [str(dated), str(ROOT / "examples/okrs.md"), str(dated)]
    if last == "missing":
        paths.append(str(tmp_path / "missing.md"))
    goals, errors = load_paths(paths)
    expected = check_goals(goals, errors=errors).model_dump_json(indent=2) + "\n"
    assert streamed(paths, "json", today=None, jobs=2) == expected
