"""Marks on an item: OKR labels, done and progress marks, placeholders."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefsmith.models.goal import GoalKind, GoalStatus
from briefsmith.parsing.marks import read_marks, reads_as_objective, section_kind


@pytest.mark.parametrize(
    ("text", "kind", "statement"),
    [
        ("Objective: Customers onboard", GoalKind.OBJECTIVE, "Customers onboard"),
        ("O2 — Shorten the sales cycle", GoalKind.OBJECTIVE, "Shorten the sales cycle"),
        ("**OBJECTIVE:** Win the mid-market", GoalKind.OBJECTIVE, "Win the mid-market"),
        ("KR1: Cut churn from 5% to 4%", GoalKind.KEY_RESULT, "Cut churn from 5% to 4%"),
        ("KR 2.1. Ship the SDK", GoalKind.KEY_RESULT, "Ship the SDK"),
        ("Key result: Add 5 maintainers", GoalKind.KEY_RESULT, "Add 5 maintainers"),
        ("Initiative: Rewrite the docs", GoalKind.INITIATIVE, "Rewrite the docs"),
        ("目标一：报表值得信赖", GoalKind.OBJECTIVE, "报表值得信赖"),
        ("关键结果2：注册数达到1万", GoalKind.KEY_RESULT, "注册数达到1万"),
        ("Цель: клиенты подключаются сами", GoalKind.OBJECTIVE, "клиенты подключаются сами"),
        ("КР3. Снизить отток до 4%", GoalKind.KEY_RESULT, "Снизить отток до 4%"),
        ("Goal 4: Hire two engineers", GoalKind.GOAL, "Hire two engineers"),
        ("Outcome: ratio 3:1 before 10:30", None, "Outcome: ratio 3:1 before 10:30"),
        ("Okay, ship it", None, "Okay, ship it"),
    ],
)
def test_labels_name_the_kind_and_are_removed(
    text: str, kind: GoalKind | None, statement: str
) -> None:
    marks = read_marks(text)
    assert (marks.kind, marks.text) == (kind, statement)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("[x] Publish the pricing FAQ", "Publish the pricing FAQ"),
        ("✅ Ship SSO", "Ship SSO"),
        ("Ship SSO ✅", "Ship SSO"),
        ("Migrate billing — done", "Migrate billing"),
        ("DONE Migrate billing", "Migrate billing"),
        ("上线帮助中心（已完成）", "上线帮助中心"),
        ("готово: отчёт опубликован", "отчёт опубликован"),
        ("Cut costs (100%)", "Cut costs"),
    ],
)
def test_done_items(text: str, statement: str) -> None:
    marks = read_marks(text)
    assert marks.status is GoalStatus.DONE
    assert marks.text == statement
    assert marks.status_reason


@pytest.mark.parametrize(
    "text", ["Ship search v2 => not done.", "Migrate billing: NOT DONE", "Ship SSO, not yet done"]
)
def test_not_done_is_open(text: str) -> None:
    assert read_marks(text).status is GoalStatus.OPEN


@pytest.mark.parametrize(
    ("text", "status", "statement"),
    [
        ("Ship releases on time. => 66% on time", GoalStatus.OPEN, "Ship releases on time."),
        ("Add monitoring => Done: shipped in 3.8", GoalStatus.DONE, "Add monitoring"),
        ("Improve search => literal search not done, tabs done", GoalStatus.OPEN, "Improve search"),
        ("Grow MQLs 400 => 520 by Q3", GoalStatus.OPEN, "Grow MQLs 400 => 520 by Q3"),
    ],
)
def test_a_result_reported_after_an_arrow_is_not_the_goal(
    text: str, status: GoalStatus, statement: str
) -> None:
    marks = read_marks(text)
    assert (marks.status, marks.text) == (status, statement)


def test_an_open_checkbox_is_open() -> None:
    marks = read_marks("[ ] Publish the pricing FAQ")
    assert (marks.status, marks.text) == (GoalStatus.OPEN, "Publish the pricing FAQ")


@pytest.mark.parametrize(
    ("text", "progress", "statement"),
    [
        ("Raise NPS from 30 to 40 (65%)", 0.65, "Raise NPS from 30 to 40"),
        ("Raise NPS from 30 to 40 — 60% done", 0.6, "Raise NPS from 30 to 40"),
        ("Cut costs by 10% (progress: 30%)", 0.3, "Cut costs by 10%"),
        ("注册数达到1万，进度 40%", 0.4, "注册数达到1万"),
        ("Снизить отток до 4%, выполнено на 70%", 0.7, "Снизить отток до 4%"),
    ],
)
def test_progress_marks_are_read_and_never_a_target(
    text: str, progress: float, statement: str
) -> None:
    marks = read_marks(text)
    assert marks.progress == pytest.approx(progress)
    assert marks.text == statement
    assert marks.status is GoalStatus.OPEN


def test_a_target_in_brackets_is_not_progress() -> None:
    marks = read_marks("Grow organic share to 40% (from 31%)")
    assert marks.progress is None
    assert marks.text == "Grow organic share to 40% (from 31%)"


@pytest.mark.parametrize(
    "text",
    [
        "TBD",
        "WIP",
        "待定",
        "уточняется",
        "Grow signups by [N]%",
        "Increase X to XX%",
        "[target] demos",
        "Reach $N net new ARR in Q3",
        "Spend €x on events",
    ],
)
def test_placeholders(text: str) -> None:
    assert read_marks(text).status is GoalStatus.PLACEHOLDER


@pytest.mark.parametrize(
    "text",
    ["Grow signups by 20% by June", "Launch the TBD-free pricing page", "Xbox promo", "Raise $2m"],
)
def test_ordinary_goals_are_not_placeholders(text: str) -> None:
    assert read_marks(text).status is GoalStatus.OPEN


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Key results", GoalKind.KEY_RESULT),
        ("Q3 2027 initiatives", GoalKind.INITIATIVE),
        ("Objectives", GoalKind.OBJECTIVE),
        ("关键结果", GoalKind.KEY_RESULT),
        ("Ключевые результаты", GoalKind.KEY_RESULT),
        ("FY27-Q1 OKRs", None),
        ("Marketing", None),
        ("Objectives for the marketing offsite agenda", None),
    ],
)
def test_section_headings(heading: str, kind: GoalKind | None) -> None:
    assert section_kind(heading) is kind


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Our reports are trusted", True),
        ("Grow self-serve revenue", True),
        ("客户自助完成开通", True),
        ("Клиенты подключаются сами", True),
        ("Analytics dashboards", False),
        ("Бэкенд", False),
        ("数据平台", False),
    ],
)
def test_a_heading_reads_as_an_objective_when_it_is_a_statement(
    heading: str, expected: bool
) -> None:
    assert reads_as_objective(heading) is expected


@pytest.mark.parametrize(
    "text",
    [
        "https://wiki.example.com/analytics/okr-archive",
        "Knowledge base: https://kb.example.com/plan",
        "База знаний: https://kb.example.ru/support/plan",
        "See www.example.com/okrs",
    ],
)
def test_an_item_that_is_only_an_address_is_a_reference(text: str) -> None:
    marks = read_marks(text)
    assert (marks.status, marks.status_reason) == (GoalStatus.PLACEHOLDER, "only a link")


def test_an_address_inside_a_goal_keeps_it_a_goal() -> None:
    assert read_marks("Publish the API guide at https://docs.example.com by May").status is (
        GoalStatus.OPEN
    )


# -- the shortcuts that skip searches give the searches' answers --------------------------

MARK_PIECES = [
    "Grow ARR from 1 to 2 by Q3",
    "提高转化率",
    "Снизить отток",
    " ",
    "  ",
    ".",
    "。",
    "[x]",
    "[ ]",
    "✅",
    "✔️",
    "☑",
    "🗸",
    "done",
    "DONE",
    "Done:",
    "(done)",
    "[done]",
    " - done",
    "completed ✓",
    "已完成",
    "（已完成）",
    "готово",
    "— выполнено",
    "(сделано)",
    "(65%)",
    "40% done",
    "progress: 30%",
    "进度 50％",
    "выполнено на 20%",
    "120%",
    "TBD",
    "tbc",
    "xx%",
    "XX",
    "n%",
    "??",
    "[N]",
    "[target]",
    "[цель]",
    "[基线]",
    "待定",
    "\u212a",  # the Kelvin sign: matches k case-insensitively
    "ſ",
    "KR1:",
    "Objective 2 —",
    "目标一：",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(MARK_PIECES), max_size=8))
def test_shortcuts_agree_with_the_full_search(pieces: list[str]) -> None:
    import dataclasses

    from briefsmith.parsing import marks

    text = "".join(pieces)
    fast = marks._tables()
    assert fast.done_end_chars is not None and fast.placeholder_hints is not None
    slow = dataclasses.replace(
        fast, done_end_chars=None, progress_needs_percent=False, placeholder_hints=None
    )
    expected = _with_tables(slow, text)
    assert marks.read_marks(text) == expected


def _with_tables(tables: object, text: str) -> object:
    from unittest import mock

    from briefsmith.parsing import marks

    with mock.patch.object(marks, "_tables", lambda: tables):
        return marks.read_marks(text)
