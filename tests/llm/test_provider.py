"""``briefsmith.llm.provider``: structured-output choice, answer parsing, error messages."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import openai
import pytest
from langchain_core.messages import AIMessage
from pydantic import ValidationError

from briefsmith.errors import (
    BriefsmithError,
    ModelError,
    ModelOutputError,
    ModelRateLimitError,
    ModelRequestError,
    ModelServerError,
    ModelTimeoutError,
    ModelUnavailableError,
)
from briefsmith.llm.provider import (
    classify_error,
    control_character,
    describe_endpoint,
    error_usage,
    parse_answer,
    structured_method,
)
from briefsmith.llm.schema import ModelBatch
from briefsmith.llm.settings import LLMSettings

TOOL_NAME = "report_goal_judgements"

KEY = "sk-provider-test-SECRET-4242"
ENDPOINT = "http://localhost:11434/v1"


def _settings(**values: Any) -> LLMSettings:
    return LLMSettings(**values)


def _judgement(goal_id: str = "1", **changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": goal_id,
        "specific": {"status": "pass", "reason": "Names webinar sign-ups."},
        "measurable": {"status": "pass", "reason": "From 300 to 450."},
        "achievable": {"status": "partial", "reason": "A 50% jump in one quarter."},
        "relevant": {"status": "fail", "reason": "No business result."},
        "time_bound": {"status": "pass", "reason": "By June 2027."},
        "rewrite": "Grow webinar sign-ups from 300 to 450 by June 2027 to [business result].",
    }
    item.update(changes)
    return item


def _answer(*items: dict[str, Any]) -> str:
    return json.dumps({"goals": list(items) or [_judgement()]})


# -- structured_method ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "base_url", "expected"),
    [
        ({"model": "local"}, "http://127.0.0.1:40123/v1", "json_object"),
        ({"model": "local"}, None, "json_object"),
        ({"model": "gpt-4o-mini"}, None, "json_schema"),
        ({"model": "gpt-4o-mini", "base_url": "https://api.openai.com/v1"}, None, "json_schema"),
        ({"model": "gpt-4o"}, "https://acme.openai.azure.com/openai/v1", "json_schema"),
        ({"model": "llama3.1", "base_url": ENDPOINT}, None, "json_mode"),
        ({"model": "llama3.1"}, "http://vllm.internal:8000/v1", "json_mode"),
        # the base_url argument (the running server) wins over the configured one
        ({"model": "gpt-4o-mini", "base_url": "https://api.openai.com/v1"}, ENDPOINT, "json_mode"),
        ({"model": "local", "structured_output": "function_calling"}, None, "function_calling"),
        ({"model": "gpt-4o-mini", "structured_output": "json_mode"}, None, "json_mode"),
        (
            {"model": "llama3.1", "base_url": ENDPOINT, "structured_output": "json_schema"},
            None,
            "json_schema",
        ),
    ],
)
def test_structured_method(values: dict[str, Any], base_url: str | None, expected: str) -> None:
    assert structured_method(_settings(**values), base_url) == expected


@pytest.mark.parametrize(
    ("values", "base_url", "expected"),
    [
        ({}, None, "https://api.openai.com/v1"),
        ({"base_url": ENDPOINT}, None, ENDPOINT),
        ({"base_url": ENDPOINT}, "http://127.0.0.1:5000/v1", "http://127.0.0.1:5000/v1"),
    ],
)
def test_describe_endpoint(values: dict[str, Any], base_url: str | None, expected: str) -> None:
    assert describe_endpoint(_settings(**values), base_url) == expected


def test_describe_endpoint_masks_credentials() -> None:
    url = f"http://me:{KEY}@llm.internal:8000/v1?api-key={KEY}&api-version=2024-06-01"
    shown = describe_endpoint(_settings(base_url=url), None)
    assert shown == "http://me:****@llm.internal:8000/v1?api-key=****&api-version=2024-06-01"


@pytest.mark.parametrize(
    "changes",
    [
        {"rewrite": "x" * 2001},
        {"specific": {"status": "pass", "reason": "y" * 601}},
    ],
)
def test_length_limits_still_enforced_on_validation(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ModelBatch.model_validate({"goals": [_judgement(**changes)]})
    with pytest.raises(ModelOutputError, match="does not match the schema"):
        parse_batch(AIMessage(content=_answer(_judgement(**changes))), "json_object", 1024)


def test_length_limits_allow_the_maximum() -> None:
    batch = ModelBatch.model_validate({"goals": [_judgement(rewrite="x" * 2000)]})
    assert len(batch.goals[0].rewrite) == 2000


# -- parse_answer ------------------------------------------------------------------------------


def parse_batch(message: AIMessage, method: str, max_tokens: int) -> ModelBatch:
    return parse_answer(message, method, max_tokens, ModelBatch)


@pytest.mark.parametrize("method", ["json_schema", "json_object", "json_mode", "function_calling"])
def test_valid_json_content(method: str) -> None:
    second = _judgement("2", rewrite="在[日期]前，将注册量从[基线]提升到[目标值]。")
    batch = parse_batch(AIMessage(content=_answer(_judgement(), second)), method, 1024)
    assert isinstance(batch, ModelBatch)
    assert [g.id for g in batch.goals] == ["1", "2"]
    assert batch.goals[0].relevant.status == "fail"
    assert batch.goals[1].rewrite.startswith("在[日期]前")


def test_raw_control_characters_inside_strings_are_accepted() -> None:
    # Small models write a literal tab or newline inside a JSON string; it is still JSON.
    content = _answer(_judgement(rewrite="Grow sign-ups\tfrom [baseline]\nto [target]"))
    content = content.replace("\\t", "\t").replace("\\n", "\n")
    assert "\t" in content
    batch = parse_batch(AIMessage(content=content), "json_object", 1024)
    assert batch.goals[0].rewrite == "Grow sign-ups\tfrom [baseline]\nto [target]"


def test_tokens_of_a_cut_off_answer_are_counted() -> None:
    completion = openai.types.chat.ChatCompletion.model_validate(
        {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "length",
                    "message": {"role": "assistant", "content": "{"},
                }
            ],
            "usage": {"prompt_tokens": 11, "completion_tokens": 22, "total_tokens": 33},
        }
    )
    exc = openai.LengthFinishReasonError(completion=completion)
    assert error_usage(exc) == {"input_tokens": 11, "output_tokens": 22}
    assert error_usage(ValueError("no completion here")) is None


@pytest.mark.parametrize(
    ("text", "char"),
    [
        ("\x1b[31mred\x1b[0m", "U+001B"),  # CSI: colours, cursor moves
        ("\x1b]0;title\x07", "U+001B"),  # OSC: the window title, hyperlinks
        ("\x9b2J", "U+009B"),  # a C1 CSI on its own
        ("line\rover", "U+000D"),  # a carriage return overwrites what came before
        ("bell\x07", "U+0007"),
        ("del\x7f", "U+007F"),
    ],
)
def test_control_characters_are_not_accepted(text: str, char: str) -> None:
    message = AIMessage(content=_answer(_judgement(rewrite=f"Grow [metric] {text} by [date]")))
    with pytest.raises(ModelOutputError) as info:
        parse_batch(message, "json_object", 1024)
    assert f"control character ({char} in goals.0.rewrite)" in str(info.value)
    assert text not in str(info.value)  # the message itself stays plain


def test_control_characters_are_found_anywhere() -> None:
    assert control_character({"a": [{"b": "ok"}, {"c": "x\x1by"}]}) == ("a.1.c", "\x1b")
    assert control_character({"k\x1b": "v"}) == ("the answer", "\x1b")
    assert control_character(["tab\tand\nnewline", 7, None, 1.5]) is None


def test_missing_reason_defaults_to_empty() -> None:
    item = _judgement(specific={"status": "partial"})
    batch = parse_batch(AIMessage(content=_answer(item)), "json_mode", 1024)
    assert batch.goals[0].specific.reason == ""


@pytest.mark.parametrize("content", ["", "   \n\t", []])
def test_empty_answer(content: Any) -> None:
    with pytest.raises(ModelOutputError, match="empty"):
        parse_batch(AIMessage(content=content), "json_schema", 1024)


@pytest.mark.parametrize("finish", [None, "stop"])
def test_malformed_json(finish: str | None) -> None:
    metadata = {"finish_reason": finish} if finish else {}
    message = AIMessage(content='{"goals": [{"id": "1", "specific": ', response_metadata=metadata)
    with pytest.raises(ModelOutputError, match="not valid JSON") as info:
        parse_batch(message, "json_object", 1024)
    assert "cut off" not in str(info.value)


def test_prose_instead_of_json() -> None:
    message = AIMessage(content="Sure! Here is my judgement: the goal is SMART.")
    with pytest.raises(ModelOutputError, match=r"not valid JSON \(.* at character 0\)"):
        parse_batch(message, "json_mode", 1024)


def test_malformed_json_cut_off_by_the_token_limit() -> None:
    message = AIMessage(
        content='{"goals": [{"id": "1", "specific": {"status": "pa',
        response_metadata={"finish_reason": "length"},
    )
    with pytest.raises(ModelOutputError, match="cut off by the token limit") as info:
        parse_batch(message, "json_schema", 321)
    assert "max_tokens=321" in str(info.value)


def test_valid_json_with_finish_reason_length_is_accepted() -> None:
    message = AIMessage(content=_answer(), response_metadata={"finish_reason": "length"})
    assert parse_batch(message, "json_schema", 1024).goals[0].id == "1"


@pytest.mark.parametrize(
    ("payload", "where"),
    [
        ({"goals": [{k: v for k, v in _judgement().items() if k != "time_bound"}]}, "time_bound"),
        ({"goals": [_judgement(measurable={"status": "maybe", "reason": "?"})]}, "status"),
        ({"goals": [_judgement(rewrite=None)]}, "rewrite"),
        ({"judgements": [_judgement()]}, "goals"),
        ([_judgement()], "the answer"),
        ({"goals": {"1": _judgement()}}, "goals"),
    ],
)
def test_schema_violations(payload: Any, where: str) -> None:
    message = AIMessage(content=json.dumps(payload))
    with pytest.raises(ModelOutputError, match="does not match the schema") as info:
        parse_batch(message, "json_object", 1024)
    assert where in str(info.value)
    assert "\n" not in str(info.value)


def _tool_message(args: dict[str, Any], content: str = "") -> AIMessage:
    call = {"name": TOOL_NAME, "args": args, "id": "call_1", "type": "tool_call"}
    return AIMessage(content=content, tool_calls=[call])


def test_function_calling_reads_the_tool_call() -> None:
    message = _tool_message({"goals": [_judgement("7")]})
    batch = parse_batch(message, "function_calling", 1024)
    assert batch.goals[0].id == "7"


def test_function_calling_tool_args_are_validated() -> None:
    message = _tool_message({"goals": [_judgement(achievable={"status": "yes"})]})
    with pytest.raises(ModelOutputError, match="does not match the schema"):
        parse_batch(message, "function_calling", 1024)


def test_function_calling_falls_back_to_content_without_tool_calls() -> None:
    message = AIMessage(content=_answer(_judgement("3")))
    assert parse_batch(message, "function_calling", 1024).goals[0].id == "3"


def test_tool_calls_are_ignored_for_other_methods() -> None:
    message = _tool_message({"goals": [_judgement()]})
    with pytest.raises(ModelOutputError, match="empty"):
        parse_batch(message, "json_schema", 1024)


# -- classify_error ----------------------------------------------------------------------------


def _request(url: str = f"{ENDPOINT}/chat/completions") -> httpx2.Request:
    return httpx2.Request("POST", url, headers={"Authorization": f"Bearer {KEY}"})


def _status(cls: type[openai.APIStatusError], code: int) -> openai.APIStatusError:
    response = httpx2.Response(code, request=_request())
    body = {"error": {"message": f"Incorrect API key provided: {KEY}"}}
    return cls(
        f"Error code: {code} - Incorrect API key provided: {KEY}", response=response, body=body
    )


@pytest.mark.parametrize(
    ("exc", "kind", "fragment"),
    [
        (_status(openai.AuthenticationError, 401), ModelUnavailableError, "key (HTTP 401); set"),
        (_status(openai.PermissionDeniedError, 403), ModelUnavailableError, "key (HTTP 403)"),
        (
            _status(openai.NotFoundError, 404),
            ModelUnavailableError,
            "does not know the model 'llama3.1' (HTTP 404); check --model",
        ),
        (openai.APIConnectionError(request=_request()), ModelUnavailableError, "cannot reach"),
        (openai.APITimeoutError(request=_request()), ModelTimeoutError, "within the timeout"),
        (_status(openai.RateLimitError, 429), ModelRateLimitError, "rate-limiting (HTTP 429)"),
        (_status(openai.InternalServerError, 500), ModelServerError, "answered HTTP 500"),
        (_status(openai.InternalServerError, 503), ModelServerError, "answered HTTP 503"),
        (_status(openai.BadRequestError, 400), ModelServerError, "answered HTTP 400"),
        (RuntimeError(f"boom {KEY}"), ModelServerError, "failed: RuntimeError"),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else None,
)
def test_classify_error(exc: BaseException, kind: type[ModelError], fragment: str) -> None:
    error = classify_error(exc, ENDPOINT, "llama3.1")
    assert type(error) is kind
    assert isinstance(error, BriefsmithError)
    text = str(error)
    assert ENDPOINT in text
    assert fragment.replace("rate-limiting (", "rate-limiting requests (") in text
    assert KEY not in text
    assert "\n" not in text


def test_a_lost_connection_after_answers_costs_one_request() -> None:
    """Refused before any answer: the endpoint is unusable; after answers: one failure."""
    exc = openai.APIConnectionError(request=_request())
    assert isinstance(classify_error(exc, ENDPOINT, "m"), ModelUnavailableError)
    later = classify_error(exc, ENDPOINT, "m", reached=True)
    assert isinstance(later, ModelRequestError)
    assert str(later) == f"cannot reach {ENDPOINT} (it answered earlier in this run)"


def test_output_errors_join_the_root() -> None:
    assert issubclass(ModelOutputError, ModelError)
    assert ModelOutputError("cut off", truncated=True).truncated
