"""Inline fields: known keys only, aliases normalised, statement left clean."""

from __future__ import annotations

import pytest

from briefsmith.parsing.fields import aliases, field_key, split_fields, tidy


@pytest.mark.parametrize(
    ("text", "statement", "fields"),
    [
        ("Cut CAC owner: Ann", "Cut CAC", {"owner": "Ann"}),
        ("Cut CAC (OWNER: Ann; Due: Q3)", "Cut CAC", {"owner": "Ann", "due": "Q3"}),
        (
            "Cut CAC, baseline: 30 (Q1 avg), target: 25.",
            "Cut CAC",
            {"baseline": "30 (Q1 avg)", "target": "25"},
        ),
        (
            "Cut CAC — metric: CAC — budget: $5,000",
            "Cut CAC",
            {"metric": "CAC", "budget": "$5,000"},
        ),
        ("Cut CAC deadline: 2026-05-01 in EMEA", "Cut CAC", {"due": "2026-05-01 in EMEA"}),
        ("提升NPS到50，负责人：陈静，目标值：50", "提升NPS到50", {"owner": "陈静", "target": "50"}),
        (
            "Поднять NPS до 50 (цель: 50, бюджет: 1 млн ₽)",
            "Поднять NPS до 50",
            {"target": "50", "budget": "1 млн ₽"},
        ),
        (
            "Ratio 3:1, see http://x.io/owner:me at 10:30",
            "Ratio 3:1, see http://x.io/owner:me at 10:30",
            {},
        ),
        ("Cut CAC owner:", "Cut CAC owner:", {}),
    ],
)
def test_split_fields(text: str, statement: str, fields: dict[str, str]) -> None:
    assert split_fields(text, allow_leading=False) == (statement, fields)


@pytest.mark.parametrize(
    ("text", "statement", "fields"),
    [
        (
            "Grow ARR to $5M by Q4 2027, owner: Sam Lee, to protect revenue",
            "Grow ARR to $5M by Q4 2027, to protect revenue",
            {"owner": "Sam Lee"},
        ),
        (
            "Grow ARR to $5M, confidence: 7/10, so that we can fund the EMEA launch",
            "Grow ARR to $5M, so that we can fund the EMEA launch",
            {"confidence": "7/10"},
        ),
        (
            "Grow ARR to $5M, owner: Sam Lee, by Q4 2027",
            "Grow ARR to $5M, by Q4 2027",
            {"owner": "Sam Lee"},
        ),
        ("提升NPS到50，负责人：陈静，以提升续约率", "提升NPS到50，以提升续约率", {"owner": "陈静"}),
        (
            "Поднять NPS до 50, ответственный: Иванов, чтобы удержать клиентов",
            "Поднять NPS до 50, чтобы удержать клиентов",
            {"owner": "Иванов"},
        ),
        # a comma that does not start a clause stays in the value
        ("Grow X, owner: Sam Lee, Maria Chen", "Grow X", {"owner": "Sam Lee, Maria Chen"}),
        ("Grow X, budget: $1,200, to cut churn", "Grow X, to cut churn", {"budget": "$1,200"}),
        ("Grow X, due: March 15, 2027", "Grow X", {"due": "March 15, 2027"}),
        ("提升NPS，负责人：张伟，李娜", "提升NPS", {"owner": "张伟，李娜"}),
    ],
)
def test_a_field_mid_sentence_ends_at_the_next_clause(
    text: str, statement: str, fields: dict[str, str]
) -> None:
    assert split_fields(text, allow_leading=False) == (statement, fields)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Raise NPS from 30 to 40 by Q4 (survey baseline: 14%)", {"baseline": "14%"}),
        ("Raise NPS to 40 (survey baseline: 14%, owner: Sam)", {"baseline": "14%", "owner": "Sam"}),
        ("Поднять NPS до 40 (по опросу база: 14%)", {"baseline": "14%"}),
    ],
)
def test_a_field_inside_a_remark_keeps_the_remark(text: str, fields: dict[str, str]) -> None:
    assert split_fields(text, allow_leading=False) == (text, fields)


def test_fields_that_open_their_brackets_are_still_taken_out() -> None:
    assert split_fields("x (owner: Ann) y (survey baseline: 14%)", allow_leading=False) == (
        "x y (survey baseline: 14%)",
        {"owner": "Ann", "baseline": "14%"},
    )


def test_a_field_bullet_with_a_comma_stays_one_field() -> None:
    assert split_fields("owner: Anna, Bob", allow_leading=True) == ("", {"owner": "Anna, Bob"})


def test_leading_key_only_when_allowed() -> None:
    assert split_fields("Owner: Ann", allow_leading=False) == ("Owner: Ann", {})
    assert split_fields("Owner: Ann", allow_leading=True) == ("", {"owner": "Ann"})
    assert split_fields("confidence: 8/10, owner: Ann", allow_leading=True) == (
        "",
        {"confidence": "8/10", "owner": "Ann"},
    )


def test_aliases_come_from_the_data_file() -> None:
    table = aliases()
    assert table["负责人"] == "owner"
    assert table["ответственный"] == "owner"
    assert set(table.values()) == {
        "id",
        "owner",
        "due",
        "baseline",
        "target",
        "confidence",
        "budget",
        "metric",
    }
    assert field_key(" Due  Date ") == "due"
    assert field_key("notes") is None


def test_tidy() -> None:
    assert tidy("Launch X ( ; ) in EMEA ;") == "Launch X in EMEA"
    assert tidy("Grow X —  — in EMEA") == "Grow X — in EMEA"


def test_the_purpose_clause_after_a_field_still_counts_for_relevant() -> None:
    import datetime as dt

    from briefsmith import check_goals, load_goals
    from briefsmith.models.goal import Criterion
    from briefsmith.models.report import Status

    text = "- Grow ARR from $4M to $5M by Q4 2027, owner: Sam Lee, to protect revenue\n"
    [goal] = load_goals("g.md", text=text)
    assert goal.fields == {"owner": "Sam Lee"}
    [judged] = check_goals([goal], today=dt.date(2027, 1, 4)).goals
    assert judged.criteria[Criterion.RELEVANT].status is Status.PASS
