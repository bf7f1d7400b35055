"""Stable ids: derived from the statement, unchanged by whitespace, unique in a file."""

from __future__ import annotations

import hashlib

from briefsmith.parsing import load_goals
from briefsmith.parsing.ids import generated_ids, stable_id


def test_stable_id_is_sha1_of_normalised_statement() -> None:
    expected = "g-" + hashlib.sha1(b"Grow ARR by 20%").hexdigest()[:8]
    assert stable_id("Grow ARR by 20%") == expected
    assert stable_id("  Grow   ARR\tby 20% ") == expected


def test_repeats_are_suffixed_in_order() -> None:
    base = stable_id("a")
    assert generated_ids(["a", "b", "a", "a"], set()) == [
        base,
        stable_id("b"),
        base + "-2",
        base + "-3",
    ]


def test_generated_ids_avoid_explicit_ones() -> None:
    base = stable_id("a")
    assert generated_ids(["a"], {base}) == [base + "-2"]


def test_ids_are_stable_across_runs_and_formats() -> None:
    md = load_goals("a.md", text="- Cut churn to 2% by Q4\n")
    txt = load_goals("a.txt", text="Cut churn to 2% by Q4\n")
    assert md[0].id == txt[0].id == stable_id("Cut churn to 2% by Q4")
