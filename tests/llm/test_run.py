"""``briefsmith.llm.run`` without a network: configuration errors and the judge's logic.

The chat model is replaced by a ``RunnableLambda`` that answers with an ``AIMessage``, so
nothing here opens a socket (the HTTP paths are covered by the fault and cassette tests).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest
from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableLambda

from briefsmith.chains.smart import SmartInput
from briefsmith.config import Config
from briefsmith.errors import ModelNotConfiguredError, ModelUnavailableError
from briefsmith.llm.run import HybridJudge, _Outcome, model_session
from briefsmith.llm.schema import ModelGoalJudgement
from briefsmith.llm.settings import LLMSettings
from briefsmith.models.goal import Criterion, Goal
from briefsmith.models.report import GoalAssessment, Status, Verdict
from briefsmith.rules.engine import Engine

TODAY = dt.date(2027, 1, 4)
KEY = "sk-run-test-NOT-FOR-PRINTING-777"
GOOD_REWRITE = (
    "Raise aided brand awareness in the quarterly survey from [baseline]% to [target]% by "
    "[date] to grow [business result] (owner: [owner])."
)


# -- model_session --------------------------------------------------------------------------


def test_no_model_is_not_configured() -> None:
    with pytest.raises(ModelNotConfiguredError) as info, model_session(LLMSettings()):
        pytest.fail("must not enter")
    message = str(info.value)
    assert "--model local" in message
    assert "BRIEFSMITH_MODEL" in message
    assert "\n" not in message


@pytest.mark.parametrize("model", ["", None])
def test_empty_model_is_not_configured(model: str | None) -> None:
    with pytest.raises(ModelNotConfiguredError, match="--model local"):  # noqa: SIM117
        with model_session(LLMSettings(model=model)):
            pass


def test_remote_model_without_key_or_endpoint() -> None:
    with pytest.raises(ModelNotConfiguredError) as info:  # noqa: SIM117
        with model_session(LLMSettings(model="gpt-4o-mini")):
            pass
    message = str(info.value)
    assert "'gpt-4o-mini'" in message
    assert "OPENAI_API_KEY" in message


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"model": "gpt-4o-mini", "api_key": KEY}, (None, "gpt-4o-mini")),
        (
            {"model": "llama3.1", "base_url": "http://localhost:11434/v1"},
            ("http://localhost:11434/v1", "llama3.1"),
        ),
    ],
)
def test_configured_remote_model(values: dict[str, Any], expected: tuple[Any, str]) -> None:
    with model_session(LLMSettings(**values)) as session:
        assert session == expected


# -- HybridJudge with a stand-in model ---------------------------------------------------------


def _judgement(goal_id: str, rewrite: str, status: str = "pass") -> dict[str, Any]:
    criterion = {"status": status, "reason": f"model says {status}"}
    return {
        "id": goal_id,
        "specific": criterion,
        "measurable": criterion,
        "achievable": criterion,
        "relevant": criterion,
        "time_bound": criterion,
        "rewrite": rewrite,
    }


Answer = Callable[[SmartInput], dict[str, Any]]


class Judge:
    """A ``HybridJudge`` whose request is a function of the ``SmartInput``."""

    def __init__(self, tmp_path: Path, answer: Answer, *, today: dt.date | None = TODAY) -> None:
        self.settings = LLMSettings(
            model="gpt-4o-mini",
            api_key=KEY,
            cache_path=tmp_path / "cache.sqlite3",
            max_reasks=1,
        )
        self.config = Config()
        self.today = today
        self.engine = Engine(self.config, today=today)
        self.answer = answer
        self.requests: list[SmartInput] = []

    def make(self, error: BaseException | None = None) -> HybridJudge:
        judge = HybridJudge(
            self.settings, None, "gpt-4o-mini", self.engine, self.config, self.today
        )

        def respond(request: SmartInput) -> AIMessage:
            self.requests.append(request)
            if error is not None:
                raise error
            return AIMessage(
                content=json.dumps({"goals": [self.answer(request)]}),
                usage_metadata={"input_tokens": 50, "output_tokens": 20, "total_tokens": 70},
            )

        judge.request = RunnableLambda(respond)
        return judge

    def run(
        self, goals: list[Goal], error: BaseException | None = None
    ) -> tuple[list[GoalAssessment], HybridJudge]:
        judge = self.make(error)
        try:
            rules = [self.engine.assess(goal) for goal in goals]
            return judge.run(goals, rules, None), judge
        finally:
            judge.close()


@pytest.fixture
def vague_goal() -> Goal:
    return Goal(id="g1", statement="Improve brand awareness")


def test_accepted_model_rewrite(tmp_path: Path, vague_goal: Goal) -> None:
    judge = Judge(tmp_path, lambda r: _judgement(r.goals[0].id, GOOD_REWRITE, "fail"))
    (assessment,), hybrid = judge.run([vague_goal])
    assert assessment.rewrite == GOOD_REWRITE
    assert assessment.rewrite_source == "model"
    assert assessment.rewrite_issues == []
    assert assessment.model_error is None
    assert assessment.verdict is Verdict.NOT_SMART
    for criterion in Criterion:
        assert assessment.criteria[criterion].model_status is Status.FAIL
    assert hybrid.meter.usage.calls == 1
    assert hybrid.meter.usage.prompt_tokens == 50
    assert judge.requests[0].reask is False


def test_rejected_rewrite_is_reasked_then_falls_back_to_rules(
    tmp_path: Path, vague_goal: Goal
) -> None:
    bad = "Raise aided brand awareness from 20% to 35% by [date] (owner: [owner])."
    judge = Judge(tmp_path, lambda r: _judgement(r.goals[0].id, bad))
    (assessment,), hybrid = judge.run([vague_goal])
    rules = judge.engine.assess(vague_goal)
    assert [r.reask for r in judge.requests] == [False, True]  # max_reasks=1
    reask = judge.requests[1].goals[0]
    assert reask.previous_rewrite == bad
    assert any(p.startswith("invented numbers 20, 35") for p in reask.problems)
    assert assessment.rewrite_source == "rules"
    assert assessment.rewrite == rules.rewrite
    assert assessment.rewrite_issues[0] == f"model rewrite: {bad!r}"
    assert hybrid.meter.usage.reasks == 1
    # the model cannot pass what the rules failed
    assert assessment.criteria[Criterion.SPECIFIC].status is Status.FAIL


def test_second_run_is_answered_from_the_cache(tmp_path: Path, vague_goal: Goal) -> None:
    judge = Judge(tmp_path, lambda r: _judgement(r.goals[0].id, GOOD_REWRITE, "partial"))
    (first,), _ = judge.run([vague_goal])
    (second,), hybrid = judge.run([vague_goal])
    assert len(judge.requests) == 1
    assert hybrid.meter.usage.calls == 0
    assert hybrid.meter.usage.cached_goals == 1
    assert second == first


def test_combine_without_judgement_keeps_rules(tmp_path: Path, vague_goal: Goal) -> None:
    judge = Judge(tmp_path, lambda r: {})
    hybrid = judge.make()
    try:
        rules = judge.engine.assess(vague_goal)
        combined = hybrid._combine(vague_goal, rules, _Outcome(error="cannot reach the server"))
    finally:
        hybrid.close()
    assert combined.model_error == "cannot reach the server"
    assert combined.criteria == rules.criteria
    assert combined.rewrite_source == "rules"


def test_combine_model_stricter_turns_a_pass_into_a_fail(tmp_path: Path) -> None:
    goal = Goal(
        id="g2",
        statement="Publish 8 partner webinars between March and May 2027 to grow enterprise "
        "pipeline — owner: Kim Lo",
    )
    judge = Judge(tmp_path, lambda r: {})
    hybrid = judge.make()
    try:
        rules = judge.engine.assess(goal)
        assert rules.verdict is Verdict.SMART
        said = ModelGoalJudgement.model_validate(
            {
                **_judgement("1", goal.statement),
                "achievable": {"status": "fail", "reason": "8 webinars in 3 months is a lot."},
            }
        )
        combined = hybrid._combine(goal, rules, _Outcome(judgement=said))
    finally:
        hybrid.close()
    achievable = combined.criteria[Criterion.ACHIEVABLE]
    assert achievable.status is Status.FAIL
    assert achievable.decided_by == "model"
    assert achievable.rule == "achievable.model"
    assert achievable.message == "The model: 8 webinars in 3 months is a lot."
    assert combined.verdict is Verdict.PARTIAL  # one miss, not in S or M
    assert combined.criteria[Criterion.SPECIFIC].decided_by == "both"


def test_prompt_today_follows_the_goals_as_of(tmp_path: Path) -> None:
    as_of = dt.date(2019, 5, 1)  # never the real date
    goal = Goal(id="g1", statement="Improve brand awareness next quarter", as_of=as_of)
    judge = Judge(tmp_path, lambda r: _judgement(r.goals[0].id, GOOD_REWRITE), today=None)
    judge.run([goal])
    assert judge.requests[0].today == as_of.isoformat()


def _request() -> httpx2.Request:
    return httpx2.Request("POST", "https://api.openai.com/v1/chat/completions")


def test_transport_failure_is_reported_and_not_cached(tmp_path: Path, vague_goal: Goal) -> None:
    judge = Judge(tmp_path, lambda r: _judgement(r.goals[0].id, GOOD_REWRITE))
    (failed,), hybrid = judge.run([vague_goal], openai.APITimeoutError(request=_request()))
    assert failed.model_error == "no answer from https://api.openai.com/v1 within the timeout"
    assert failed.rewrite_source == "rules"
    assert hybrid.meter.usage.calls == 1  # counted when sent
    (answered,), hybrid = judge.run([vague_goal])  # asked again: the failure was not cached
    assert len(judge.requests) == 2
    assert answered.model_error is None
    assert answered.rewrite_source == "model"
    assert hybrid.meter.usage.cached_goals == 0


def test_rejected_key_stops_the_run_without_showing_it(tmp_path: Path, vague_goal: Goal) -> None:
    response = httpx2.Response(401, request=_request())
    error = openai.AuthenticationError(
        f"Incorrect API key provided: {KEY}", response=response, body=None
    )
    judge = Judge(tmp_path, lambda r: {})
    with pytest.raises(ModelUnavailableError) as info:
        judge.run([vague_goal], error)
    assert str(info.value) == "https://api.openai.com/v1 rejected the API key (HTTP 401)"
    assert KEY not in str(info.value)


def test_unparsable_answer_is_reasked_and_cached(tmp_path: Path, vague_goal: Goal) -> None:
    judge = Judge(tmp_path, lambda r: {"not": "a judgement"})
    (assessment,), _ = judge.run([vague_goal])
    assert [r.reask for r in judge.requests] == [False, True]
    assert assessment.model_error is not None
    assert "does not match the schema" in assessment.model_error
    judge.run([vague_goal])
    assert len(judge.requests) == 2  # the model's (unusable) answer came from the cache


def test_local_model_answers_are_cached_across_ports(tmp_path: Path, vague_goal: Goal) -> None:
    """The bundled model's server gets a new port every run; the cache must not care."""
    settings = LLMSettings(model="local", cache_path=tmp_path / "cache.sqlite3")
    config = Config()
    engine = Engine(config, today=TODAY)
    calls: list[int] = []

    def respond(request: SmartInput) -> AIMessage:
        calls.append(1)
        return AIMessage(
            content=json.dumps({"goals": [_judgement(request.goals[0].id, GOOD_REWRITE)]})
        )

    rules = [engine.assess(vague_goal)]
    for port in (40001, 40002):
        judge = HybridJudge(
            settings, f"http://127.0.0.1:{port}/v1", "SmolLM2", engine, config, TODAY
        )
        judge.request = RunnableLambda(respond)
        try:
            judge.run([vague_goal], rules, None)
        finally:
            judge.close()
    assert len(calls) == 1


def test_an_openai_key_alone_picks_the_default_model() -> None:
    """`export OPENAI_API_KEY=…; briefsmith check goals.md --llm` works without a model."""
    from briefsmith.llm.run import DEFAULT_OPENAI_MODEL

    with model_session(LLMSettings(api_key=KEY)) as session:
        assert session == (None, DEFAULT_OPENAI_MODEL)
