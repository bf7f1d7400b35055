"""YAML, JSON and JSONL records: goals, parents by id or text, fields, lines and errors."""

from __future__ import annotations

import datetime as dt
import json

from briefsmith.models.goal import Criterion, Lang
from briefsmith.parsing import load_goals

from .conftest import ExpectError

YAML_PLAN = """\
as_of: 2026-02-01
lang: en
goals:
  - id: pipeline
    goal: Grow qualified pipeline to $4M in FY27
    owner: Anna
    confidence: 7
    children:
      - goal: Increase MQLs from 900 to 1,200 per quarter
        due: 2026-09-30
        children:
          - statement: Launch 3 gated reports by Q2
  - Run 4 partner webinars by December
  - goal: Cut cost per lead by 15%
    parent: pipeline
    ignore: time_bound, measurable
    lang: zh
  - goal: Refresh the brand guidelines
    parent: Be the most recognised brand in HR tech
"""


def test_yaml_tree_fields_and_lines() -> None:
    top, mqls, reports, webinars, cpl, brand = load_goals("plan.yaml", text=YAML_PLAN)
    assert top.id == "pipeline"
    assert top.fields == {"owner": "Anna", "confidence": "7"}
    assert top.source.line == 4
    assert mqls.parent_id == "pipeline"
    assert mqls.parent_statement == top.statement
    assert mqls.fields == {"due": "2026-09-30"}
    assert mqls.source.line == 9
    assert reports.parent_id == mqls.id
    assert reports.source.line == 12
    assert webinars.statement == "Run 4 partner webinars by December"
    assert webinars.source.line == 13
    assert webinars.parent_id is None
    assert cpl.parent_id == "pipeline"
    assert cpl.ignore == [Criterion.MEASURABLE, Criterion.TIME_BOUND]
    assert cpl.lang is Lang.ZH
    assert brand.parent_id is None
    assert brand.parent_statement == "Be the most recognised brand in HR tech"
    assert all(goal.as_of == dt.date(2026, 2, 1) for goal in (top, brand))
    assert top.lang is Lang.EN


def test_yaml_plain_list_and_localised_keys() -> None:
    text = "- goal: 将官网转化率提高到3%\n  负责人: 王芳\n  截止日期: 2026-10-01\n"
    [goal] = load_goals("g.yml", text=text)
    assert goal.fields == {"owner": "王芳", "due": "2026-10-01"}
    assert goal.source.line == 1


def test_parent_by_text_matching_a_goal_links_it() -> None:
    text = "- goal: Grow pipeline to $4M\n- goal: Add 200 MQLs\n  parent: Grow pipeline to $4M\n"
    top, child = load_goals("g.yaml", text=text)
    assert child.parent_id == top.id


def test_yaml_errors_name_the_line(expect_error: ExpectError) -> None:
    expect_error("g.yaml", text="goals:\n  - goal: a\n   bad: [\n", line=3, match="invalid YAML")
    expect_error("g.yaml", text="- goal: a\n- owner: Anna\n", line=2, match="record has no 'goal'")
    expect_error("g.yaml", text="- goal: [a, b]\n", line=1, match="'goal' must be text")
    expect_error(
        "g.yaml", text="- goal: a\n  owner: [x, y]\n", line=1, match="'owner' must be a single"
    )
    expect_error("g.yaml", text="- goal: a\n  lang: fr\n", line=1, match="unknown lang 'fr'")
    expect_error("g.yaml", text="- goal: a\n  as_of: soon\n", line=1, match="as_of")
    expect_error("g.yaml", text="- goal: a\n  ignore: [speed]\n", line=1, match="unknown criterion")
    expect_error("g.yaml", text="- goal: a\n  children: nope\n", line=1, match="'children' must be")
    expect_error("g.yaml", text="just a sentence\n", line=1, match="expected a list")
    expect_error("g.yaml", text="goals: []\n", match="no goals found")
    expect_error(
        "g.yaml", text="- id: a\n  goal: x\n- id: a\n  goal: y\n", line=3, match="duplicate id"
    )
    expect_error("g.yaml", text="- !!python/object:os.system {}\n", line=1, match="invalid YAML")
    expect_error(
        "g.yaml", text="- goal: a\n  as_of: 2026-02-30\n", line=1, match="not a valid date"
    )


def test_yaml_alias_reuse_is_refused(expect_error: ExpectError) -> None:
    expect_error("g.yaml", text="- &g {goal: a}\n- *g\n", line=1, match="appears twice")
    text = "- &g\n  goal: a\n  children: [*g]\n"
    expect_error("g.yaml", text=text, line=1, match="refers to the value that contains it")


def test_yaml_children_depth_limit(expect_error: ExpectError) -> None:
    record: dict[str, object] = {"goal": "leaf"}
    for level in range(20):
        record = {"goal": f"level {level}", "children": [record]}
    expect_error("g.json", text=json.dumps([record]), match="deeper than 16")


def test_json_list_and_mapping() -> None:
    text = json.dumps(
        {
            "as_of": "2026-03-01",
            "goals": [
                {"id": 7, "goal": "Grow ARR to $12M", "budget": 250000, "remote": True},
                {"goal": "Hire 3 AEs", "parent": 7, "due": None},
            ],
        }
    )
    top, child = load_goals("g.json", text=text)
    assert top.id == "7"
    assert top.fields == {"budget": "250000", "remote": "true"}
    assert top.source.line == 1  # json.dumps writes it all on one line
    assert child.parent_id == "7" and child.parent_statement == "Grow ARR to $12M"
    assert child.as_of == dt.date(2026, 3, 1)
    assert child.fields == {}


def test_json_errors(expect_error: ExpectError) -> None:
    expect_error(
        "g.json", text='[\n  {"goal": "a"},\n  {"goal": }\n]', line=3, match="invalid JSON"
    )
    text = '[{"goal": "a"}, {"owner": "b"}]'
    expect_error("g.json", text=text, line=1, match="record 2: record has no")
    expect_error("g.json", text='[{"goal": "a"}, 5]', line=1, match="record 2: expected a goal")
    expect_error("g.json", text='{"goals": "x"}', match="'goals' must be a list")
    expect_error("g.json", text="[" * 100_000, match="invalid JSON")
    text = '[{"id": "x", "goal": "a"},\n {"id": "x", "goal": "b"}]'
    expect_error(
        "g.json", text=text, line=2, match="record 2: duplicate id 'x' (first used by record 1)"
    )
    text = '[{"id": "x", "goal": "a", "parent": "x"}]'
    expect_error("g.json", text=text, line=1, match="names itself")


def test_json_records_know_their_lines() -> None:
    text = (
        '{\n  "as_of": "2026-03-01",\n  "goals": [\n    {"goal": "Grow ARR to $12M"},\n\n'
        '    {"goal": "Hire 3 AEs",\n     "children": [{"goal": "Open 2 roles"}]}\n  ]\n}\n'
    )
    top, second, child = load_goals("g.json", text=text)
    assert (top.source.line, second.source.line) == (4, 6)
    assert child.source.line is None  # only the outer list's records have lines
    assert [g.statement for g in load_goals("g.json", text='[\n"a",\n  "b"]')] == ["a", "b"]
    assert [g.source.line for g in load_goals("g.json", text='[\n"a",\n  "b"]')] == [2, 3]


JSONL = """\
{"id": "g1", "goal": "Grow pipeline to $4M in FY27"}

{"goal": "Increase MQLs from 900 to 1,200 per quarter", "parent": "g1", "owner": "Anna"}
{"goal": "Reduce churn below 2% monthly", "parent": "Keep customers longer"}
"""


def test_jsonl_records_and_lines() -> None:
    top, mqls, churn = load_goals("g.jsonl", text=JSONL)
    assert [g.source.line for g in (top, mqls, churn)] == [1, 3, 4]
    assert mqls.parent_id == "g1"
    assert mqls.parent_statement == "Grow pipeline to $4M in FY27"
    assert mqls.fields == {"owner": "Anna"}
    assert churn.parent_id is None and churn.parent_statement == "Keep customers longer"


def test_ndjson_extension() -> None:
    assert load_goals("g.ndjson", text='{"statement": "Ship SSO by May"}\n')


def test_jsonl_errors(expect_error: ExpectError) -> None:
    expect_error("g.jsonl", text='{"goal": "a"}\n{"goal": \n', line=2, match="invalid JSON")
    expect_error("g.jsonl", text='{"goal": "a"}\n["b"]\n', line=2, match="one JSON object per line")
    text = '{"goal": "a"}\n\n\n{"owner": "Anna"}\n'
    error = expect_error("g.jsonl", text=text, line=4)
    assert error.reason == "record has no 'goal' (or 'statement') text"
    assert str(error) == "g.jsonl:4: record has no 'goal' (or 'statement') text"
    expect_error("g.jsonl", text='{"goal": 42}\n', line=1, match="'goal' must be text")
