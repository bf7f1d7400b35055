"""The shared ask → validate → verify → re-ask loop, against the misbehaving local server."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel

from briefsmith.errors import (
    BriefsmithError,
    ModelServerError,
    ModelTimeoutError,
    ModelUnavailableError,
)
from briefsmith.llm.settings import LLMSettings
from briefsmith.llm.structured import ModelClient
from faultserver import FaultServer

pytestmark = pytest.mark.block_network(allowed_hosts=[r"^127\.0\.0\.1$", r"^localhost$"])

TEST_KEY = "sk-test-NEVER-PRINT-1234"


class Pitch(BaseModel):
    headline: str
    numbers: list[int]


def client(server: FaultServer, **overrides: Any) -> ModelClient:
    values: dict[str, Any] = {
        "model": "fault-model",
        "base_url": server.url,
        "api_key": TEST_KEY,
        "max_retries": 0,
        "timeout": 5,
        "max_reasks": 2,
        **overrides,
    }
    return ModelClient(LLMSettings(**values), server.url, "fault-model")


def reply(**value: Any) -> str:
    return "reply:" + json.dumps(value)


def no_sevens(pitch: Pitch) -> list[str]:
    return [f"{n} is not allowed" for n in pitch.numbers if n == 7]


def reask(problems: list[str]) -> str:
    return "Fix these: " + "; ".join(problems)


def test_answer_is_validated_and_verified(fault_server: FaultServer) -> None:
    fault_server.script(reply(headline="Hi", numbers=[1, 2]))
    answer = client(fault_server).ask(
        Pitch, system="sys", user="usr", name="pitch", verify=no_sevens, reask=reask
    )
    assert answer.accepted
    assert answer.value == Pitch(headline="Hi", numbers=[1, 2])
    assert answer.calls == 1
    body = fault_server.requests[0].body
    assert body["response_format"]["type"] == "json_object"  # not api.openai.com: JSON mode
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


def test_problems_are_reasked_with_the_previous_answer(fault_server: FaultServer) -> None:
    fault_server.script(reply(headline="A", numbers=[7]), reply(headline="B", numbers=[8]))
    c = client(fault_server)
    answer = c.ask(Pitch, system="sys", user="usr", name="pitch", verify=no_sevens, reask=reask)
    assert answer.accepted and answer.value is not None
    assert answer.value.headline == "B"
    assert answer.calls == 2
    assert c.meter.usage.reasks == 1
    second = fault_server.requests[1].body["messages"]
    assert [m["role"] for m in second] == ["system", "user", "assistant", "user"]
    assert json.loads(second[2]["content"])["headline"] == "A"
    assert second[3]["content"] == "Fix these: 7 is not allowed"


def test_what_still_fails_after_the_reasks_is_reported(fault_server: FaultServer) -> None:
    fault_server.script(reply(headline="A", numbers=[7]))
    answer = client(fault_server, max_reasks=1).ask(
        Pitch, system="s", user="u", name="pitch", verify=no_sevens, reask=reask
    )
    assert not answer.accepted
    assert answer.value is not None
    assert answer.problems == ["7 is not allowed"]
    assert answer.calls == 2


def test_schema_violations_are_reasked(fault_server: FaultServer) -> None:
    fault_server.script("malformed", reply(headline="ok", numbers=[]))
    answer = client(fault_server).ask(Pitch, system="s", user="u", name="pitch", reask=reask)
    assert answer.accepted
    assert "not valid JSON" in fault_server.requests[1].body["messages"][-1]["content"]


def test_output_that_never_validates_is_an_error(fault_server: FaultServer) -> None:
    fault_server.script("empty")
    answer = client(fault_server, max_reasks=1).ask(
        Pitch, system="s", user="u", name="pitch", reask=reask
    )
    assert answer.value is None
    assert answer.error == "the model gave an empty answer"
    assert not answer.transient


def test_transport_failure_is_an_error_not_cached(fault_server: FaultServer) -> None:
    fault_server.script("500", reply(headline="later", numbers=[]))
    c = client(fault_server, cache=True)
    first = c.ask(Pitch, system="s", user="u", name="pitch")
    assert first.error is not None and "HTTP 500" in first.error
    assert first.transient
    second = c.ask(Pitch, system="s", user="u", name="pitch")
    assert second.accepted and not second.cached


def test_a_repeated_request_comes_from_the_cache(fault_server: FaultServer) -> None:
    fault_server.script(reply(headline="once", numbers=[3]))
    c = client(fault_server, cache=True)
    c.ask(Pitch, system="s", user="u", name="pitch")
    again = c.ask(Pitch, system="s", user="u", name="pitch")
    assert again.cached and again.value == Pitch(headline="once", numbers=[3])
    assert fault_server.count == 1
    assert c.meter.usage.cached_calls == 1
    c.ask(Pitch, system="s", user="a different question", name="pitch")
    assert fault_server.count == 2


@pytest.mark.parametrize("behaviour", ["401", "404"])
def test_fatal_errors_raise_without_the_key(fault_server: FaultServer, behaviour: str) -> None:
    fault_server.script(behaviour)
    with pytest.raises(ModelUnavailableError) as info:
        client(fault_server).ask(Pitch, system="s", user="u", name="pitch")
    assert TEST_KEY not in str(info.value)
    assert fault_server.url in str(info.value)


def test_a_cut_off_answer_is_reasked_unless_the_caller_will_ask_for_less(
    fault_server: FaultServer,
) -> None:
    fault_server.script("length")
    reasked = client(fault_server, max_reasks=1).ask(
        Pitch, system="s", user="u", name="pitch", reask=reask
    )
    assert reasked.calls == 2 and reasked.truncated
    assert reasked.error is not None and "cut off by the token limit" in reasked.error

    once = client(fault_server, max_reasks=1, cache=False).ask(
        Pitch, system="s", user="u", name="pitch", reask=reask, reask_truncated=False
    )
    assert once.calls == 1 and once.truncated and once.value is None
    assert fault_server.count == 3


def test_an_unusable_endpoint_is_not_asked_again(fault_server: FaultServer) -> None:
    """After a rejected key, every later request of the run fails at once, unsent."""
    fault_server.script("401")
    c = client(fault_server)
    with pytest.raises(ModelUnavailableError):
        c.ask(Pitch, system="s", user="u", name="pitch")
    fault_server.script(reply(headline="never", numbers=[]))
    with pytest.raises(ModelUnavailableError, match="rejected the API key"):
        c.ask(Pitch, system="s", user="another question", name="pitch")
    assert fault_server.count == 1


def test_transport_failures_are_typed(fault_server: FaultServer) -> None:
    fault_server.script("hang")
    answer = client(fault_server, timeout=0.3).ask(Pitch, system="s", user="u", name="pitch")
    assert isinstance(answer.failure, ModelTimeoutError)
    assert isinstance(answer.failure, BriefsmithError)
    assert answer.transient and answer.error == str(answer.failure)
    fault_server.script("500")
    answer = client(fault_server).ask(Pitch, system="s", user="u", name="pitch")
    assert isinstance(answer.failure, ModelServerError)


def test_control_characters_are_reasked_then_not_used(fault_server: FaultServer) -> None:
    fault_server.script(reply(headline="\x1b[31mred", numbers=[]), reply(headline="ok", numbers=[]))
    answer = client(fault_server).ask(Pitch, system="s", user="u", name="pitch", reask=reask)
    assert answer.accepted and answer.value == Pitch(headline="ok", numbers=[])
    assert (
        "control character (U+001B in headline)"
        in fault_server.requests[1].body["messages"][-1]["content"]
    )
    fault_server.script(reply(headline="\x9b2J", numbers=[]))
    never = client(fault_server, max_reasks=1).ask(
        Pitch, system="s", user="v", name="pitch", reask=reask
    )
    assert never.value is None and never.error is not None and "U+009B" in never.error
