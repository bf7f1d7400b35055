"""The benchmark scripts still run (on tiny inputs): their figures are only read by people,
so nothing else would notice when one breaks. No timing is asserted."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
TODAY = dt.date(2026, 11, 22)


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look modules up by name
    spec.loader.exec_module(module)
    return module


def test_engine_throughput_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _load("engine_throughput")
    assert bench.main(["--goals", "60", "--repeat", "1", "--no-pin", "--floor"]) == 0
    out = capsys.readouterr().out
    assert "60 distinct statements" in out
    assert "goals/s" in out and ("PASS" in out or "MISS" in out)
    assert "pattern matching alone" in out and "report building alone" in out


def test_generated_goals_are_distinct_and_mixed() -> None:
    bench = _load("engine_throughput")
    goals = bench.generate_goals(300, seed=1)
    assert len({g.statement for g in goals}) == 300
    mix = bench.mix(goals)
    for lang in ("en", "zh", "ru"):
        assert re.search(rf"\b{lang} [1-9]", mix), mix


def test_cli_startup_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _load("cli_startup")
    assert bench.main(["--runs", "1", "--warmup", "0"]) == 0  # 1: langchain/openai imported
    out = capsys.readouterr().out
    assert "python -m briefsmith check" in out
    assert re.search(r"first run \(no pattern cache\) +\d\.\d{3} s", out)
    assert "target: offline check <= 0.3 s" in out
    assert re.search(r"target: offline check <= 16× python -c pass  (PASS|MISS) \(\d+\.\d×\)", out)
    assert "fast path imports" not in out  # neither typer, rich nor importlib.metadata


def test_dev_agreement_prints_per_criterion_and_cross_language_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = _load("dev_agreement")
    rows = [
        (
            "a-en",
            "a",
            "Publish 4 onboarding guides by 31 May 2027 to cut support tickets.",
            "11111",
        ),
        (
            "a-ru",
            "a",
            "Опубликовать 4 руководства до 31 мая 2027 года, чтобы снизить число обращений.",
            "11111",
        ),
        ("b-en", "b", "Improve brand awareness.", "00000"),
        ("b-zh", "b", "提高品牌知名度。", "00000"),
    ]
    path = tmp_path / "set.jsonl"
    path.write_text(
        "".join(
            json.dumps(
                {
                    "id": rid,
                    "group": group,
                    "goal": goal,
                    "labels": dict(zip("SMART", map(int, bits), strict=True)),
                },
                ensure_ascii=False,
            )
            + "\n"
            for rid, group, goal, bits in rows
        ),
        encoding="utf-8",
    )
    assert bench.measure(path, TODAY, misses=True) is True
    out = capsys.readouterr().out
    assert "set.jsonl: 4 labelled goals" in out
    assert "same verdicts in every language: 100.0% (2/2 goals" in out
    assert "PASS" in out


def test_scale_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _load("scale")
    assert bench.main(["--goals", "300", "--formats", "json", "text", "--jobs", "1", "2"]) == 0
    out = capsys.readouterr().out
    assert "300 goals (seed 2027)" in out
    rows = [line.split() for line in out.splitlines() if line.startswith(("json ", "text "))]
    assert [(row[0], row[1]) for row in rows] == [
        ("json", "1"), ("json", "2"), ("text", "1"), ("text", "2"),
    ]  # fmt: skip
    for row in rows:
        wall, rate, cpu, pss = float(row[2]), float(row[3].replace(",", "")), row[4], row[5]
        assert wall > 0 and rate > 0 and float(cpu) > 0 and float(pss) > 0


def test_scale_document_is_a_realistic_goal_file() -> None:
    from briefsmith.models.goal import GoalKind, GoalStatus, Lang
    from briefsmith.parsing import load_file

    bench = _load("scale")
    text = bench.generate_markdown(2000, seed=5)
    assert text == bench.generate_markdown(2000, seed=5)  # seeded
    goals = load_file("g.md", text=text).goals
    assert 2000 <= len(goals) < 2100  # objective headings add a few
    kinds = {goal.kind for goal in goals}
    assert {GoalKind.OBJECTIVE, GoalKind.KEY_RESULT, GoalKind.GOAL} <= kinds
    assert {GoalStatus.DONE, GoalStatus.OPEN} <= {goal.status for goal in goals}
    assert any(goal.ignore for goal in goals) and any(goal.fields for goal in goals)
    assert any(a.source == "heading" for goal in goals for a in goal.ancestors)
    scripts = {
        Lang.ZH if any("\u4e00" <= c <= "\u9fff" for c in g.statement)
        else Lang.RU if any("\u0400" <= c <= "\u04ff" for c in g.statement)
        else Lang.EN
        for g in goals
    }  # fmt: skip
    assert scripts == {Lang.EN, Lang.ZH, Lang.RU}
    assert len({goal.statement for goal in goals}) > 0.8 * len(goals)  # objectives repeat
