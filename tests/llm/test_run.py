"""``briefsmith.llm.run``: configuration errors, and the judge's logic over real HTTP.

The judge talks to the misbehaving local server (``faultserver.py``), which answers each
request as the test scripts it, so the whole path — prompt, schema, the one ask loop,
verification, re-asks, the cache, the policy — runs as in production.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from briefsmith.config import Config
from briefsmith.errors import ModelNotConfiguredError, ModelUnavailableError
from briefsmith.llm.run import HybridJudge, _Outcome, model_session
from briefsmith.llm.schema import ModelGoalJudgement
from briefsmith.llm.settings import LLMSettings
from briefsmith.llm.structured import ModelClient
from briefsmith.models.goal import Criterion, Goal, GoalStatus
from briefsmith.models.report import GoalAssessment, Status, Verdict
from briefsmith.rules.engine import Engine
from faultserver import FaultServer, prompt_goals

pytestmark = pytest.mark.block_network(allowed_hosts=[r"^127\.0\.0\.1$", r"^localhost$"])

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


# -- HybridJudge against the fault server ---------------------------------------------------


def judge(spec: dict[str, Any]) -> str:
    return "judge:" + json.dumps(spec)


class Judge:
    """A ``HybridJudge`` on a ``ModelClient`` for the fault server, and what it was asked."""

    def __init__(
        self, tmp_path: Path, server: FaultServer, *, today: dt.date | None = TODAY, **values: Any
    ) -> None:
        self.server = server
        self.settings = LLMSettings(
            **{
                "model": "fault-model",
                "base_url": server.url,
                "api_key": KEY,
                "cache_path": tmp_path / "cache.sqlite3",
                "max_reasks": 1,
                "max_retries": 0,
                "timeout": 5,
                **values,
            }
        )
        self.config = Config()
        self.today = today
        self.engine = Engine(self.config, today=today)

    def make(self, base_url: str | None = None) -> tuple[HybridJudge, ModelClient]:
        client = ModelClient(self.settings, base_url or self.server.url, "fault-model")
        return HybridJudge(client, self.engine, self.config, self.today), client

    def run(self, goals: list[Goal]) -> tuple[list[GoalAssessment], HybridJudge]:
        hybrid, client = self.make()
        try:
            rules = [self.engine.assess(goal) for goal in goals]
            return hybrid.run(goals, rules, None), hybrid
        finally:
            client.close()

    def asked(self, number: int) -> list[dict[str, Any]]:
        """The goals of request ``number`` as its prompt showed them."""
        return prompt_goals(self.server.requests[number].body)

    def reasked(self, number: int) -> bool:
        return (
            "did not pass the checks"
            in self.server.requests[number].body["messages"][-1]["content"]
        )


@pytest.fixture
def vague_goal() -> Goal:
    return Goal(id="g1", statement="Improve brand awareness")


def test_accepted_model_rewrite(
    tmp_path: Path, fault_server: FaultServer, vague_goal: Goal
) -> None:
    fault_server.script(judge({"rewrite": GOOD_REWRITE, "status": "fail"}))
    judged = Judge(tmp_path, fault_server)
    (assessment,), hybrid = judged.run([vague_goal])
    assert assessment.rewrite == GOOD_REWRITE
    assert assessment.rewrite_source == "model"
    assert assessment.rewrite_issues == []
    assert assessment.model_error is None
    assert assessment.verdict is Verdict.NOT_SMART
    for criterion in Criterion:
        assert assessment.criteria[criterion].model_status is Status.FAIL
    assert hybrid.meter.usage.calls == 1
    assert hybrid.meter.usage.prompt_tokens == 120
    assert not judged.reasked(0)


def test_rejected_rewrite_is_reasked_then_falls_back_to_rules(
    tmp_path: Path, fault_server: FaultServer, vague_goal: Goal
) -> None:
    bad = "Raise aided brand awareness from 20% to 35% by [date] (owner: [owner])."
    fault_server.script(judge({"rewrite": bad, "status": "pass"}))
    judged = Judge(tmp_path, fault_server)
    (assessment,), hybrid = judged.run([vague_goal])
    rules = judged.engine.assess(vague_goal)
    assert fault_server.count == 2  # max_reasks=1
    assert [judged.reasked(0), judged.reasked(1)] == [False, True]
    (reask,) = judged.asked(1)
    assert reask["previous_rewrite"] == bad
    assert any(p.startswith("invented numbers 20, 35") for p in reask["problems"])
    assert assessment.rewrite_source == "rules"
    assert assessment.rewrite == rules.rewrite
    assert assessment.rewrite_issues[0] == f"model rewrite: {bad!r}"
    assert hybrid.meter.usage.reasks == 1
    # the model cannot pass what the rules failed
    assert assessment.criteria[Criterion.SPECIFIC].status is Status.FAIL


def test_only_the_goals_still_failing_are_reasked(
    tmp_path: Path, fault_server: FaultServer
) -> None:
    goals = [
        Goal(id="a", statement="Improve brand awareness"),
        Goal(id="b", statement="Get more leads"),
    ]
    # The first answer's rewrite is about brand awareness: right for a, not about b.
    fault_server.script(judge({"rewrite": GOOD_REWRITE}), "ok")
    judged = Judge(tmp_path, fault_server, batch_size=2)
    (a, b), hybrid = judged.run(goals)
    assert [g["statement"] for g in judged.asked(0)] == [
        "Improve brand awareness",
        "Get more leads",
    ]
    (reasked,) = judged.asked(1)
    assert reasked["statement"] == "Get more leads"
    assert "not about this goal" in " ".join(reasked["problems"])
    assert (a.rewrite, a.rewrite_source) == (GOOD_REWRITE, "model")
    assert b.rewrite_source == "model" and "Get more leads" in b.rewrite
    assert hybrid.meter.usage.reasks == 1


def test_second_run_is_answered_from_the_cache(
    tmp_path: Path, fault_server: FaultServer, vague_goal: Goal
) -> None:
    fault_server.script(judge({"rewrite": GOOD_REWRITE, "status": "partial"}))
    judged = Judge(tmp_path, fault_server)
    (first,), _ = judged.run([vague_goal])
    (second,), hybrid = judged.run([vague_goal])
    assert fault_server.count == 1
    assert hybrid.meter.usage.calls == 0
    assert hybrid.meter.usage.cached_goals == 1
    assert second == first


def test_combine_without_judgement_keeps_rules(
    tmp_path: Path, fault_server: FaultServer, vague_goal: Goal
) -> None:
    judged = Judge(tmp_path, fault_server)
    hybrid, client = judged.make()
    try:
        rules = judged.engine.assess(vague_goal)
        combined = hybrid._combine(vague_goal, rules, _Outcome(error="cannot reach the server"))
    finally:
        client.close()
    assert combined.model_error == "cannot reach the server"
    assert combined.criteria == rules.criteria
    assert combined.rewrite_source == "rules"


def test_combine_model_stricter_turns_a_pass_into_a_fail(
    tmp_path: Path, fault_server: FaultServer
) -> None:
    goal = Goal(
        id="g2",
        statement="Publish 8 partner webinars between March and May 2027 to grow enterprise "
        "pipeline — owner: Kim Lo",
    )
    judged = Judge(tmp_path, fault_server)
    hybrid, client = judged.make()
    try:
        rules = judged.engine.assess(goal)
        assert rules.verdict is Verdict.SMART
        criterion = {"status": "pass", "reason": "model says pass"}
        said = ModelGoalJudgement.model_validate(
            {
                "id": "1",
                **{c.value: criterion for c in Criterion},
                "rewrite": goal.statement,
                "achievable": {"status": "fail", "reason": "8 webinars in 3 months is a lot."},
            }
        )
        combined = hybrid._combine(goal, rules, _Outcome(judgement=said))
    finally:
        client.close()
    achievable = combined.criteria[Criterion.ACHIEVABLE]
    assert achievable.status is Status.FAIL
    assert achievable.decided_by == "model"
    assert achievable.rule == "achievable.model"
    assert achievable.message == "The model: 8 webinars in 3 months is a lot."
    assert combined.verdict is Verdict.PARTIAL  # one miss, not in S or M
    assert combined.criteria[Criterion.SPECIFIC].decided_by == "both"


def test_prompt_today_follows_the_goals_as_of(tmp_path: Path, fault_server: FaultServer) -> None:
    as_of = dt.date(2019, 5, 1)  # never the real date
    goal = Goal(id="g1", statement="Improve brand awareness next quarter", as_of=as_of)
    judged = Judge(tmp_path, fault_server, today=None)
    judged.run([goal])
    user = fault_server.requests[0].body["messages"][-1]["content"]
    assert user.startswith(f"Today is {as_of.isoformat()}.")


def test_transport_failure_is_reported_and_not_cached(
    tmp_path: Path, fault_server: FaultServer, vague_goal: Goal
) -> None:
    fault_server.script("hang")
    judged = Judge(tmp_path, fault_server, timeout=0.5)
    (failed,), hybrid = judged.run([vague_goal])
    assert failed.model_error == f"no answer from {fault_server.url} within the timeout"
    assert failed.rewrite_source == "rules"
    assert hybrid.meter.usage.calls == 1  # counted when sent
    fault_server.script(judge({"rewrite": GOOD_REWRITE}))
    (answered,), hybrid = judged.run([vague_goal])  # asked again: the failure was not cached
    assert fault_server.count == 2
    assert answered.model_error is None
    assert answered.rewrite_source == "model"
    assert hybrid.meter.usage.cached_goals == 0


def test_rejected_key_stops_the_run_without_showing_it(
    tmp_path: Path, fault_server: FaultServer, vague_goal: Goal
) -> None:
    fault_server.script("401")
    judged = Judge(tmp_path, fault_server)
    with pytest.raises(ModelUnavailableError) as info:
        judged.run([vague_goal])
    assert str(info.value).startswith(f"{fault_server.url} rejected the API key (HTTP 401)")
    assert KEY not in str(info.value)


def test_unparsable_answer_is_reasked_and_cached(
    tmp_path: Path, fault_server: FaultServer, vague_goal: Goal
) -> None:
    fault_server.script("schema")
    judged = Judge(tmp_path, fault_server)
    (assessment,), _ = judged.run([vague_goal])
    assert [judged.reasked(0), judged.reasked(1)] == [False, True]
    assert assessment.model_error is not None
    assert "does not match the schema" in assessment.model_error
    judged.run([vague_goal])
    assert fault_server.count == 2  # the model's (unusable) answer came from the cache


def test_control_characters_in_an_answer_are_reasked_then_reported(
    tmp_path: Path, fault_server: FaultServer, vague_goal: Goal
) -> None:
    """An escape sequence in a rewrite or a reason never reaches a report."""
    hostile = {"rewrite": "\x1b]0;pwned\x07" + GOOD_REWRITE, "status": "partial"}
    fault_server.script(judge(hostile), judge({"rewrite": GOOD_REWRITE, "status": "partial"}))
    judged = Judge(tmp_path, fault_server)
    (fixed,), _ = judged.run([vague_goal])
    assert judged.reasked(1)
    assert "control character (U+001B in goals.0.rewrite)" in judged.asked(1)[0]["problems"][0]
    assert fixed.rewrite == GOOD_REWRITE and fixed.rewrite_source == "model"

    fault_server.script(judge({"achievable": {"status": "fail", "reason": "\x9b2J gone"}}))
    other = Goal(id="g2", statement="Improve brand reach")
    (failed,), _ = judged.run([other])
    assert (
        failed.model_error is not None
        and "U+009B in goals.0.achievable.reason" in failed.model_error
    )
    assert failed.rewrite_source == "rules"
    assert all(r.model_reason is None for r in failed.criteria.values())


def test_local_model_answers_are_cached_across_ports(tmp_path: Path, vague_goal: Goal) -> None:
    """The bundled model's server gets a new port every run; the cache must not care."""
    with FaultServer().running() as one, FaultServer().running() as two:
        for server in (one, two):
            server.script(judge({"rewrite": GOOD_REWRITE}))
        judged = Judge(tmp_path, one, model="local")
        for server in (one, two):
            hybrid, client = judged.make(server.url)
            try:
                hybrid.run([vague_goal], [judged.engine.assess(vague_goal)], None)
            finally:
                client.close()
        assert (one.count, two.count) == (1, 0)


def test_an_openai_key_alone_picks_the_default_model() -> None:
    """`export OPENAI_API_KEY=…; briefsmith check goals.md --llm` works without a model."""
    from briefsmith.llm.run import DEFAULT_OPENAI_MODEL

    with model_session(LLMSettings(api_key=KEY)) as session:
        assert session == (None, DEFAULT_OPENAI_MODEL)


def test_done_and_placeholder_items_are_not_asked(
    tmp_path: Path, fault_server: FaultServer
) -> None:
    """Report v2 lists done and placeholder items without judging them: the model neither."""
    goals = [
        Goal(id="done", statement="Launch the partner portal", status=GoalStatus.DONE),
        Goal(id="tbd", statement="TBD", status=GoalStatus.PLACEHOLDER),
        Goal(id="open", statement="Improve brand awareness"),
    ]
    fault_server.script(judge({"rewrite": GOOD_REWRITE}))
    judged = Judge(tmp_path, fault_server)
    (done, tbd, open_), hybrid = judged.run(goals)
    assert [g["statement"] for g in judged.asked(0)] == ["Improve brand awareness"]
    for listed, goal in ((done, goals[0]), (tbd, goals[1])):
        assert listed == judged.engine.assess(goal)  # exactly as the rules listed it
        assert listed.verdict is None and listed.model_error is None
    assert open_.rewrite_source == "model"
    assert hybrid.meter.usage.calls == 1 and hybrid.meter.usage.cached_goals == 0
