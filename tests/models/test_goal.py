"""The goal model as read from a file."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from briefsmith.models.goal import Criterion, Goal, Lang, SourceLocation


def test_defaults() -> None:
    goal = Goal(id="g-1", statement="Book 40 demos by 30 April 2027")
    assert goal.source == SourceLocation(path="<memory>")
    assert goal.parent_id is None
    assert goal.fields == {}
    assert goal.lang is None
    assert goal.as_of is None
    assert goal.ignore == []


def test_unknown_field_is_rejected() -> None:
    with pytest.raises(ValidationError, match="owner"):
        Goal(id="g-1", statement="Book 40 demos", owner="Kim")  # type: ignore[call-arg]


def test_values_are_coerced() -> None:
    goal = Goal.model_validate(
        {
            "id": "g-2",
            "statement": "Book 40 demos",
            "lang": "ru",
            "as_of": "2027-02-01",
            "ignore": ["time_bound"],
        }
    )
    assert goal.lang is Lang.RU
    assert goal.as_of == dt.date(2027, 2, 1)
    assert goal.ignore == [Criterion.TIME_BOUND]


def test_source_location_is_frozen() -> None:
    location = SourceLocation(path="goals.md", line=4)
    with pytest.raises(ValidationError):
        location.line = 5  # type: ignore[misc]
    assert hash(location) == hash(SourceLocation(path="goals.md", line=4))


def test_criteria_values() -> None:
    assert [c.value for c in Criterion] == [
        "specific",
        "measurable",
        "achievable",
        "relevant",
        "time_bound",
    ]
