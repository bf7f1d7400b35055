"""``briefsmith.llm.smart``: the prompt messages, the batch's wire schema, the chain."""

from __future__ import annotations

import json
from typing import Any

import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.runnables import Runnable

from briefsmith.llm import prompts
from briefsmith.llm.schema import ModelBatch
from briefsmith.llm.settings import LLMSettings
from briefsmith.llm.smart import (
    GoalPrompt,
    SmartInput,
    _prompt_view,
    prompt_messages,
    smart_chain,
    smart_request,
    to_messages,
    wire_schema,
)

TODAY = "2027-01-04"


def _goal(**changes: object) -> GoalPrompt:
    values: dict[str, object] = {
        "id": "1",
        "statement": "Grow webinar sign-ups from 300 to 450 per month by June 2027",
        "lang": "en",
        "parent": "Grow enterprise pipeline in 2027",
        "findings": {"relevant": "No link to a business result."},
        "previous_rewrite": "Grow webinar sign-ups to [target] by June 2027.",
        "problems": ["relevant: No link to a business result."],
    }
    values.update(changes)
    return GoalPrompt.model_validate(values)


def _block(text: str) -> list[dict[str, object]]:
    start = text.index("<goals>\n") + len("<goals>\n")
    parsed = json.loads(text[start : text.rindex("\n</goals>")])
    assert isinstance(parsed, list)
    return parsed


def test_check_messages() -> None:
    request = SmartInput(
        goals=[_goal(), _goal(id="2", statement="提升品牌影响力", lang="zh")], today=TODAY
    )
    messages = to_messages(request)
    assert [type(m) for m in messages] == [SystemMessage, HumanMessage]
    assert messages[0].content == prompts.render("smart_system.j2")
    human = messages[1].content
    assert isinstance(human, str)
    assert human.startswith(f"Today is {TODAY}. Judge each goal")
    shown = _block(human)
    assert [g["id"] for g in shown] == ["1", "2"]
    assert shown[0]["findings"] == {"relevant": "No link to a business result."}
    assert "previous_rewrite" not in shown[0] and "problems" not in shown[0]
    assert "提升品牌影响力" in human


def test_reask_messages() -> None:
    messages = to_messages(SmartInput(goals=[_goal()], today=TODAY, reask=True))
    assert [type(m) for m in messages] == [SystemMessage, HumanMessage]
    human = messages[1].content
    assert isinstance(human, str)
    assert "did not pass the checks" in human
    (shown,) = _block(human)
    assert shown["previous_rewrite"] == "Grow webinar sign-ups to [target] by June 2027."
    assert shown["problems"] == ["relevant: No link to a business result."]
    assert "findings" not in shown


def test_prompt_messages_are_the_messages_as_text() -> None:
    request = SmartInput(goals=[_goal()], today=TODAY, reask=True)
    assert prompt_messages(request) == [("system", m.content) for m in to_messages(request)[:1]] + [
        ("user", to_messages(request)[1].content)
    ]


def test_system_message_is_the_same_for_check_and_reask() -> None:
    check = to_messages(SmartInput(goals=[_goal()], today=TODAY))
    reask = to_messages(SmartInput(goals=[_goal()], today=TODAY, reask=True))
    assert check[0].content == reask[0].content


def test_prompt_view_keys() -> None:
    assert set(_prompt_view(_goal(), reask=False)) == {
        "id",
        "statement",
        "lang",
        "parent",
        "findings",
    }
    assert set(_prompt_view(_goal(), reask=True)) == {
        "id",
        "statement",
        "lang",
        "parent",
        "previous_rewrite",
        "problems",
    }


@pytest.mark.parametrize("parent", [None, ""])
def test_prompt_view_omits_an_empty_parent(parent: str | None) -> None:
    assert "parent" not in _prompt_view(_goal(parent=parent), reask=False)


def test_reask_without_previous_rewrite_shows_null() -> None:
    view = _prompt_view(_goal(previous_rewrite=None, problems=["no judgement was returned"]), True)
    assert view["previous_rewrite"] is None
    assert view["problems"] == ["no judgement was returned"]


@pytest.mark.parametrize(
    ("values", "base_url"),
    [
        ({"model": "gpt-4o-mini", "api_key": "sk-chain-test"}, None),
        ({"model": "llama3.1", "base_url": "http://localhost:11434/v1"}, None),
        ({"model": "local"}, "http://127.0.0.1:40123/v1"),
        ({"model": "gpt-4o-mini", "structured_output": "function_calling"}, None),
    ],
)
def test_smart_chain_is_a_runnable(values: dict[str, object], base_url: str | None) -> None:
    settings = LLMSettings.model_validate(values)
    chain = smart_chain(settings, base_url)
    assert isinstance(chain, Runnable)
    assert hasattr(chain, "invoke") and hasattr(chain, "batch")
    request = smart_request(settings, base_url, settings.model or "")
    assert isinstance(request, Runnable)


# -- wire_schema ------------------------------------------------------------------------------


def _keys(node: Any) -> set[str]:
    if isinstance(node, dict):
        return set(node).union(*(_keys(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_keys(v) for v in node))
    return set()


def test_wire_schema_has_no_length_limits() -> None:
    assert "maxLength" in _keys(ModelBatch.model_json_schema())  # the source has them …
    keys = _keys(wire_schema())
    assert "maxLength" not in keys  # … the wire copy does not
    assert "minLength" not in keys


def test_wire_schema_keeps_the_shape() -> None:
    schema = wire_schema()
    assert schema["required"] == ["goals"]
    judgement = schema["$defs"]["ModelGoalJudgement"]
    assert set(judgement["required"]) == {
        "id",
        "specific",
        "measurable",
        "achievable",
        "relevant",
        "time_bound",
        "rewrite",
    }
    status = schema["$defs"]["ModelCriterion"]["properties"]["status"]
    assert status["enum"] == ["pass", "partial", "fail"]


@pytest.mark.parametrize("ids", [["1"], ["1", "2", "3"], ["en-vague", "zh-2"]])
def test_wire_schema_for_a_batch_requires_one_judgement_per_goal(ids: list[str]) -> None:
    schema = wire_schema(ids)
    goals = schema["properties"]["goals"]
    assert goals["minItems"] == goals["maxItems"] == len(ids)
    assert schema["$defs"]["ModelGoalJudgement"]["properties"]["id"]["enum"] == ids
    assert "maxLength" not in _keys(schema)


def test_wire_schema_without_ids_does_not_remember_a_batch() -> None:
    wire_schema(["1", "2"])
    schema = wire_schema()
    assert "enum" not in schema["$defs"]["ModelGoalJudgement"]["properties"]["id"]
    assert "minItems" not in schema["properties"]["goals"]
    assert wire_schema([]) == schema
