"""Impossible field values become problems on the goal and the field is ignored."""

from __future__ import annotations

import pytest

from briefsmith.models.goal import InputProblem
from briefsmith.parsing import load_goals
from briefsmith.parsing.validate import confidence_problem, due_problem


@pytest.mark.parametrize(
    "value",
    ["11/10", "-3/10", "120%", "-5%", "150", "NaN", "nan", "inf", "-Infinity", "1e999", "7/0"],
)
def test_impossible_confidences(value: str) -> None:
    assert confidence_problem(value) is not None


@pytest.mark.parametrize(
    "value",
    [
        "7/10",
        "8 / 10",
        "10/10",
        "0/10",
        "70%",
        "70 %",
        "0,7",
        "0.7",
        "7",
        "70",
        "3/5",
        "high",
        "7 out of 10",
        "高",
    ],
)
def test_possible_or_unreadable_confidences_are_left_alone(value: str) -> None:
    assert confidence_problem(value) is None


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2026-02-30", "February 2026 has 28 days"),
        ("2027-02-29", "February 2027 has 28 days"),
        ("2027/04/31", "April 2027 has 30 days"),
        ("2027-13-01", "there is no month 13"),
        ("31.04.2027", "April 2027 has 30 days"),
        ("31/31/2027", "there is no month 31"),
        ("2027年2月30日", "February 2027 has 28 days"),
        ("2026-02-30T09:00", "February 2026 has 28 days"),
    ],
)
def test_impossible_dates(value: str, reason: str) -> None:
    problem = due_problem(value)
    assert problem is not None and reason in problem


@pytest.mark.parametrize(
    "value",
    [
        "2028-02-29",
        "2027-12-31",
        "30.04.2027",
        "12/31/2027",
        "31/12/2027",
        "Q4 2027",
        "end of March",
        "2027年3月31日前",
    ],
)
def test_real_or_wordy_dates_are_left_alone(value: str) -> None:
    assert due_problem(value) is None


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("g.md", "- Raise NPS from 30 to 40 by Q4 2027, confidence: 11/10\n"),
        ("g.md", "- Raise NPS from 30 to 40 by Q4 2027\n  - confidence: NaN\n"),
        ("g.yaml", "- goal: Raise NPS from 30 to 40 by Q4 2027\n  confidence: .nan\n"),
        ("g.yaml", "- goal: Raise NPS from 30 to 40 by Q4 2027\n  confidence: 1.0e+999\n"),
        ("g.json", '[{"goal": "Raise NPS from 30 to 40 by Q4 2027", "confidence": 1e999}]'),
        ("g.json", '[{"goal": "Raise NPS from 30 to 40 by Q4 2027", "confidence": NaN}]'),
        ("g.csv", "goal,confidence\nRaise NPS from 30 to 40 by Q4 2027,120%\n"),
        ("g.jsonl", '{"goal": "Raise NPS from 30 to 40 by Q4 2027", "信心": "-3/10"}\n'),
    ],
)
def test_a_bad_confidence_is_a_problem_and_dropped(name: str, text: str) -> None:
    [goal] = load_goals(name, text=text)
    assert "confidence" not in goal.fields
    [problem] = goal.problems
    assert problem.field == "confidence"
    assert problem.line == goal.source.line
    assert problem.message.startswith("confidence '")
    assert problem.message.endswith("; the field is ignored")


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("g.md", "# Plan\n\n- Ship the partner portal\n  - due: 2026-02-30\n", 3),
        ("g.yaml", "- goal: Ship the partner portal\n  due: 2026-02-30\n", 1),  # unquoted
        ("g.yaml", "- goal: Ship the partner portal\n  due: '2026-02-30'\n", 1),
        ("g.txt", "Ship the partner portal — due: 31.02.2027\n", 1),
    ],
)
def test_an_impossible_due_date_is_a_problem_and_dropped(name: str, text: str, line: int) -> None:
    [goal] = load_goals(name, text=text)
    assert "due" not in goal.fields
    assert goal.problems == [InputProblem(field="due", message=goal.problems[0].message, line=line)]
    assert "is not a valid date" in goal.problems[0].message


def test_good_fields_make_no_problems() -> None:
    [goal] = load_goals("g.md", text="- Ship the portal — due: 2026-02-28, confidence: 7/10\n")
    assert goal.problems == []
    assert goal.fields == {"due": "2026-02-28", "confidence": "7/10"}
