"""JSON with the line of each top-level record, repeated keys kept, long integers as text."""

from __future__ import annotations

import json

import pytest

from briefsmith.parsing.jsondoc import DECODER, loads


def test_lines_of_a_list_of_records() -> None:
    top = loads('[\n  {"goal": "a"},\n\n  {"goal": "b"}, "c"\n]\n')
    assert top.data == [{"goal": "a"}, {"goal": "b"}, "c"]
    assert top.lines == [2, 4, 4]


def test_lines_of_the_goals_list_in_a_mapping() -> None:
    top = loads('{\n "as_of": "2026-01-01",\n "Goals": [\n  {"goal": "a"},\n  {"goal": "b"}\n ]\n}')
    assert top.lines == [4, 5]
    assert top.data["as_of"] == "2026-01-01"
    assert top.duplicates == []


def test_repeated_keys_are_remembered() -> None:
    top = loads('{"goals": [], "lang": "en",\n "lang": "zh"}')
    assert top.duplicates == [("lang", 2)]
    assert top.data.duplicates == ["lang"]
    inner = DECODER.decode('{"goal": "a", "owner": "x", "goal": "b"}')
    assert inner == {"goal": "b", "owner": "x"}
    assert inner.duplicates == ["goal"]
    assert DECODER.decode('{"goal": "a"}').duplicates is None


def test_other_documents() -> None:
    assert loads(' "just text" ').data == "just text"
    assert loads("[]").lines == []
    assert loads("{}").data == {}


def test_long_integers_stay_text_and_nan_is_read() -> None:
    assert DECODER.decode('{"n": 1' + "0" * 5000 + "}")["n"] == "1" + "0" * 5000
    value = DECODER.decode('{"c": NaN, "d": 1e999}')
    assert value["c"] != value["c"] and value["d"] == float("inf")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1,]", "Expecting value"),
        ("[1 2]", "Expecting ',' delimiter"),
        ('{"a": 1,}', "Expecting property name"),
        ('{"a" 1}', "Expecting ':' delimiter"),
        ("[]x", "Extra data"),
        ('{"goals": [1}', "Expecting ',' delimiter"),
    ],
)
def test_errors_are_json_errors(text: str, message: str) -> None:
    with pytest.raises(json.JSONDecodeError, match=message):
        loads(text)


def test_deep_nesting_is_a_recursion_error() -> None:
    with pytest.raises(RecursionError):
        loads("[" * 100_000)
