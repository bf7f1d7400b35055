"""Plain-text goal files: one goal per line, bullets stripped, line numbers kept."""

from __future__ import annotations

from briefsmith.models.goal import Criterion
from briefsmith.parsing import load_goals

from .conftest import ExpectError


def test_one_goal_per_line() -> None:
    text = "Grow pipeline to $4M\n\n- Cut churn to 2%\n* Hire 3 SDRs\n12. Ship SSO by May\n  \n"
    goals = load_goals("g.txt", text=text)
    assert [g.statement for g in goals] == [
        "Grow pipeline to $4M",
        "Cut churn to 2%",
        "Hire 3 SDRs",
        "Ship SSO by May",
    ]
    assert [g.source.line for g in goals] == [1, 3, 4, 5]


def test_fields_and_suppression_on_a_line() -> None:
    text = "提高复购率到25% 负责人：李娜 <!-- briefsmith: ignore relevant -->\n"
    [goal] = load_goals("g.txt", text=text)
    assert goal.statement == "提高复购率到25%"
    assert goal.fields == {"owner": "李娜"}
    assert goal.ignore == [Criterion.RELEVANT]


def test_errors(expect_error: ExpectError) -> None:
    expect_error("g.txt", text="-\n*\n", match="no goals found")
    expect_error("g.txt", text="a\nb <!-- briefsmith: skip x -->\n", line=2, match="unknown")


def test_unknown_rule_is_a_note_on_its_line() -> None:
    goals = load_goals("g.txt", text="a\nb <!-- briefsmith: ignore x, relevant -->\n")
    assert goals[1].ignore == ["relevant", "x"]
    [note] = goals[1].notes
    assert (note.rule, note.line) == ("suppression.unknown-rule", 2)
    assert "'x'" in note.message
