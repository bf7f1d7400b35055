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
