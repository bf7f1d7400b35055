"""A bad record is an error on its line; the other goals of the file are still read."""

from __future__ import annotations

import json

import pytest

from briefsmith.errors import InputError
from briefsmith.parsing import Limits, load_file, load_goals


def statements_and_errors(name: str, text: str, **kwargs: object) -> tuple[list[str], list[str]]:
    loaded = load_file(name, text=text, **kwargs)  # type: ignore[arg-type]
    return [g.statement for g in loaded.goals], [str(e) for e in loaded.errors]


@pytest.mark.parametrize(
    ("name", "text", "error"),
    [
        (
            "g.yaml",
            "- goal: Grow ARR by 10% by Q4 2027\n- owner: Anna\n"
            "- goal: Cut churn to 2% by June 2027\n",
            "g.yaml:2: record has no 'goal' (or 'statement') text",
        ),
        (
            "g.yaml",
            "- goal: Grow ARR by 10% by Q4 2027\n- goal: x\n  as_of: 2026-02-30\n"
            "- goal: Cut churn to 2% by June 2027\n",
            "g.yaml:2: as_of '2026-02-30' is not a valid date (day is out of range for month)",
        ),
        (
            "g.json",
            '[\n{"goal": "Grow ARR by 10% by Q4 2027"},\n{"goal": ["x"]},\n'
            '{"goal": "Cut churn to 2% by June 2027"}\n]',
            "g.json:3: record 2: 'goal' must be text, not a list",
        ),
        (
            "g.jsonl",
            '{"goal": "Grow ARR by 10% by Q4 2027"}\n{"goal": \n'
            '{"goal": "Cut churn to 2% by June 2027"}\n',
            "g.jsonl:2: invalid JSON: Expecting value (column 10)",
        ),
        (
            "g.jsonl",
            '{"goal": "Grow ARR by 10% by Q4 2027"}\n[1]\n'
            '{"goal": "Cut churn to 2% by June 2027"}\n',
            'g.jsonl:2: expected one JSON object per line, e.g. {"goal": "Increase …"}',
        ),
        (
            "g.csv",
            "goal,owner\nGrow ARR by 10% by Q4 2027,Sam\nx,y,z\nCut churn to 2% by June 2027,Kim\n",
            "g.csv:3: row has 3 cells but the header has 2",
        ),
        (
            "g.txt",
            "Grow ARR by 10% by Q4 2027 <!-- briefsmith: ignroe speed -->\n"
            "Cut churn to 2% by June 2027\n",
            "g.txt:1: unknown briefsmith comment 'ignroe'",
        ),
    ],
)
def test_one_bad_record_keeps_the_others(name: str, text: str, error: str) -> None:
    statements, errors = statements_and_errors(name, text)
    assert statements[0] == "Grow ARR by 10% by Q4 2027"
    assert statements[-1] == "Cut churn to 2% by June 2027"
    assert len(errors) == 1
    assert errors[0].startswith(error), errors[0]
    with pytest.raises(InputError):  # load_goals is strict: the first error raises
        load_goals(name, text=text)


def test_a_csv_syntax_error_keeps_the_rows_before_it() -> None:
    text = 'goal,owner\nGrow ARR by 10% by Q4 2027,Sam\n"unclosed,Kim\n'
    statements, errors = statements_and_errors("g.csv", text)
    assert statements == ["Grow ARR by 10% by Q4 2027"]
    assert errors and "invalid CSV" in errors[0]


def test_only_bad_records_is_errors_and_no_goals() -> None:
    statements, errors = statements_and_errors("g.jsonl", "[1]\n[2]\n")
    assert statements == []
    assert [e.split(":")[1] for e in errors] == ["1", "2"]


def test_a_bad_parent_record_keeps_its_children() -> None:
    text = (
        "- goal: Grow ARR to $5M in FY27\n"
        "  children:\n"
        "    - goal: x\n"
        "      lang: fr\n"
        "      children:\n"
        "        - goal: Book 40 demos a month by March 2027\n"
    )
    loaded = load_file("g.yaml", text=text)
    top, leaf = loaded.goals
    assert leaf.statement == "Book 40 demos a month by March 2027"
    assert leaf.parent_id == top.id  # the nearest readable ancestor
    assert [(e.line, e.reason) for e in loaded.errors] == [
        (3, "unknown lang 'fr' (expected en, zh, ru)")
    ]


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("g.yaml", "- goal: Grow ARR by 10%\n  owner: Sam\n  goal: Cut churn to 2%\n", 3),
        ("g.yaml", "- goal: Grow ARR by 10%\n  Goal: Cut churn to 2%\n", 1),
        ("g.json", '[\n{"goal": "Grow ARR by 10%", "goal": "Cut churn to 2%"}]', 2),
        ("g.jsonl", '{"goal": "Grow ARR by 10%", "goal": "Cut churn to 2%"}\n', 1),
    ],
)
def test_a_repeated_key_is_reported_not_silently_replaced(name: str, text: str, line: int) -> None:
    loaded = load_file(name, text=text + "" if name != "g.yaml" else text + "- goal: Ship v2\n")
    assert [(e.line, "given twice" in e.reason) for e in loaded.errors] == [(line, True)]
    assert all(g.statement not in ("Grow ARR by 10%", "Cut churn to 2%") for g in loaded.goals)


def test_a_repeated_outer_key_stops_the_file() -> None:
    with pytest.raises(InputError, match="the key 'goals' is given twice") as info:
        load_file("g.yaml", text="goals:\n  - goal: a\ngoals:\n  - goal: b\n")
    assert info.value.line == 3


SURROGATE_FIELDS = ["goal", "id", "owner", "parent", "as_of", "lang", "ignore"]


def _with_surrogate(field: str) -> dict[str, object]:
    bad: dict[str, object] = {"goal": "Grow ARR by 10% by Q4 2027", field: "x\ud800y"}
    if field == "ignore":
        bad[field] = ["x\ud800"]
    return bad


@pytest.mark.parametrize("field", SURROGATE_FIELDS)
@pytest.mark.parametrize("name", ["g.json", "g.jsonl"])
def test_a_lone_surrogate_in_any_field_is_an_error_on_that_record(field: str, name: str) -> None:
    good, bad = {"goal": "Cut churn to 2% by June 2027"}, _with_surrogate(field)
    if name == "g.json":  # json.dumps writes the surrogate as the escape "\ud800"
        text = "[" + json.dumps(good) + ",\n" + json.dumps(bad) + "]"
    else:
        text = json.dumps(good) + "\n" + json.dumps(bad) + "\n"
    loaded = load_file(name, text=text)
    assert [g.statement for g in loaded.goals] == ["Cut churn to 2% by June 2027"]
    [error] = loaded.errors
    assert error.line == 2
    assert f"'{field}' contains a lone surrogate escape '\\ud800'" in error.reason
    str(error).encode("utf-8")  # the message itself is printable


@pytest.mark.parametrize("field", SURROGATE_FIELDS)
def test_a_lone_surrogate_escape_in_yaml_names_its_line(field: str) -> None:
    # libyaml refuses the escape while scanning, so the file cannot be read past it.
    text = "- goal: Cut churn\n- " + json.dumps(_with_surrogate(field)) + "\n"
    with pytest.raises(InputError) as info:
        load_file("g.yaml", text=text)
    assert info.value.line == 2
    str(info.value).encode("utf-8")


def test_a_surrogate_in_a_key_is_an_error() -> None:
    loaded = load_file("g.jsonl", text='{"goal": "a", "own\\ud800er": "x"}\n{"goal": "b"}\n')
    assert [g.statement for g in loaded.goals] == ["b"]
    assert "a key contains a lone surrogate" in loaded.errors[0].reason


def test_escaped_control_characters_are_removed_from_every_field() -> None:
    record = {
        "id": "g\u001b[31m1",
        "goal": "Grow \u001b[31mleads\u001b[0m by 20% by Q4 2027\u0007",
        "owner": "\u001b]0;title\u0007Sam",
        "parent": "Revenue\u009b2J",
    }
    [goal] = load_goals("g.json", text=json.dumps([record]))
    assert goal.id == "g1"
    assert goal.statement == "Grow leads by 20% by Q4 2027"
    assert goal.fields == {"owner": "Sam"}
    assert goal.parent_statement == "Revenue"


def test_a_goal_made_only_of_control_characters_is_an_error() -> None:
    loaded = load_file("g.json", text='[{"goal": "\\u001b[2J\\u001bc"}, {"goal": "ok"}]')
    assert [g.statement for g in loaded.goals] == ["ok"]
    assert "record has no 'goal'" in loaded.errors[0].reason


def test_duplicate_ids_and_self_parents_skip_the_record() -> None:
    text = (
        '{"id": "a", "goal": "Grow ARR by 10%"}\n{"id": "a", "goal": "Cut churn"}\n'
        '{"id": "b", "goal": "Hire 2 AEs", "parent": "b"}\n{"goal": "Ship v2", "parent": "a"}\n'
    )
    loaded = load_file("g.jsonl", text=text)
    assert [g.statement for g in loaded.goals] == ["Grow ARR by 10%", "Ship v2"]
    assert loaded.goals[1].parent_id == "a"
    assert [(e.line, e.reason) for e in loaded.errors] == [
        (2, "duplicate id 'a' (first used by line 1)"),
        (3, "goal 'b' names itself as its parent"),
    ]


def test_limits_on_goals_and_depth() -> None:
    text = "".join(f'{{"goal": "goal {i}"}}\n' for i in range(6))
    with pytest.raises(InputError, match=r"more than 5 goals in one file \(raise max_goals"):
        load_file("g.jsonl", text=text, limits=Limits(max_goals=5))
    assert len(load_file("g.jsonl", text=text, limits=Limits(max_goals=6)).goals) == 6
    with pytest.raises(InputError, match="more than 2 goals"):
        load_file("g.md", text="- a\n- b\n- c\n", limits=Limits(max_goals=2))
    record: dict[str, object] = {"goal": "leaf"}
    for level in range(4):
        record = {"goal": f"level {level}", "children": [record]}
    loaded = load_file("g.json", text=json.dumps([record]), limits=Limits(max_depth=3))
    assert len(loaded.goals) == 3
    assert "deeper than 3 levels of 'children' (raise max_depth under" in loaded.errors[0].reason
    assert (
        len(load_file("g.json", text=json.dumps([record]), limits=Limits(max_depth=5)).goals) == 5
    )


def test_non_finite_numbers_become_text_fields_for_the_checks() -> None:
    [goal] = load_goals("g.json", text='[{"goal": "Grow ARR", "budget": 1e999, "metric": NaN}]')
    assert goal.fields == {"budget": "inf", "metric": "nan"}
