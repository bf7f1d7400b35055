"""The hybrid check against an endpoint that misbehaves: every fault ends as a clear message.

A request that fails costs only its own goals their model verdict (the rules verdict and
the report stay); a bad key, an unknown model or an endpoint that cannot be reached stops
asking, and ``HybridCheckError`` (a ``ModelUnavailableError`` naming the endpoint and what
to check) carries the rules report with every goal's model part marked failed; the
command line prints that report, one error line, and exits 2. The API key never appears
in a report or a message. The fault server is in ``faultserver.py``.

These tests always run with the network blocked except for loopback (the
``block_network`` mark), so they behave the same with or without ``--block-network``.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefsmith.errors import ModelUnavailableError
from briefsmith.llm.run import HybridCheckError, check_goals_llm
from briefsmith.llm.settings import LLMSettings, load_llm_settings
from briefsmith.models.goal import Criterion, Goal
from briefsmith.models.report import CheckReport, Status
from faultserver import FaultServer

pytestmark = pytest.mark.block_network(allowed_hosts=[r"^127\.0\.0\.1$", r"^localhost$"])

TEST_KEY = "sk-test-NEVER-PRINT-1234"
TODAY = dt.date(2026, 11, 22)
STATEMENTS = [
    "Improve our newsletter",
    "Get more people to the spring webinar series",
    "Grow demo requests from the pricing page by 20% by 31 March 2027 to lift pipeline",
    "Make the partner portal easier to use",
]
GOALS = [Goal(id=f"g{i}", statement=text) for i, text in enumerate(STATEMENTS, start=1)]


def settings(url: str, **overrides: Any) -> LLMSettings:
    values: dict[str, Any] = {
        "model": "fault-model",
        "base_url": url,
        "api_key": TEST_KEY,
        "timeout": 5.0,
        "max_retries": 0,
        "max_reasks": 0,
        "batch_size": 2,
        "cache": False,
        "max_tokens": 1024,
        **overrides,
    }
    return load_llm_settings(**values)


def run(url: str, goals: list[Goal] = GOALS, **overrides: Any) -> CheckReport:
    return check_goals_llm(goals, settings=settings(url, **overrides), today=TODAY)


def batches(goals: list[Goal] = GOALS, size: int = 2) -> int:
    return -(-len(goals) // size)


def assert_rules_kept(report: CheckReport, goals: list[Goal] = GOALS) -> None:
    """Every goal is reported, with the rules engine's verdict on every criterion."""
    assert report.engine == "hybrid"
    assert [goal.id for goal in report.goals] == [goal.id for goal in goals]
    for goal in report.goals:
        assert set(goal.criteria) == set(Criterion)
        for result in goal.criteria.values():
            assert result.decided_by == "rules"
            assert result.model_status is None
            assert result.message
        assert goal.rewrite_source == "rules"
        assert goal.rewrite


def assert_no_key(*texts: str) -> None:
    for text in texts:
        assert TEST_KEY not in text
        assert "NEVER-PRINT" not in text


def assert_every_goal_failed_with(report: CheckReport, *fragments: str) -> None:
    for goal in report.goals:
        assert goal.model_error is not None, goal.id
        assert "\n" not in goal.model_error
        for fragment in fragments:
            assert fragment in goal.model_error, goal.model_error
    assert_no_key(report.model_dump_json())


# -- faults that cost only their own goals the model verdict -------------------------------


def test_valid_answers_are_accepted(fault_server: FaultServer) -> None:
    """The baseline: the server's normal answer is accepted, so every fault below is real."""
    report = run(fault_server.url)
    assert fault_server.count == batches()
    assert report.usage is not None
    assert report.usage.calls == batches()
    assert report.usage.prompt_tokens == 120 * batches()
    assert all(goal.model_error is None for goal in report.goals)
    assert all(goal.rewrite_source == "model" for goal in report.goals)
    # The key is sent as a bearer token (and nowhere else in the request).
    for seen in fault_server.requests:
        assert seen.headers["authorization"] == f"Bearer {TEST_KEY}"
        assert TEST_KEY not in str(seen.body)
    # Goals are numbered 1..n across the run, two to a request.
    ids = sorted(goal_id for seen in fault_server.requests for goal_id in seen.goal_ids)
    assert ids == ["1", "2", "3", "4"]


def test_timeout_reports_each_goal_and_keeps_the_rules(fault_server: FaultServer) -> None:
    fault_server.script("hang")
    started = time.monotonic()
    report = run(fault_server.url, timeout=0.5)
    assert time.monotonic() - started < 8
    assert_rules_kept(report)
    assert_every_goal_failed_with(report, "no answer from", fault_server.url, "timeout")
    assert fault_server.count == batches()  # max_retries=0: one request per batch
    assert report.usage is not None
    assert report.usage.calls == batches()  # counted when sent, answered or not
    assert report.usage.prompt_tokens == report.usage.completion_tokens == 0


def test_429_is_retried_after_retry_after_and_succeeds(fault_server: FaultServer) -> None:
    fault_server.script("429", "ok")
    started = time.monotonic()
    report = run(fault_server.url, max_retries=2)
    elapsed = time.monotonic() - started
    assert fault_server.count == batches() + 1  # one 429, then one answer per batch
    assert [seen.behaviour for seen in fault_server.requests].count("429") == 1
    assert elapsed >= 0.9  # Retry-After: 1 was honoured
    assert report.usage is not None
    assert report.usage.calls == batches()
    assert all(goal.model_error is None for goal in report.goals)
    assert all(goal.rewrite_source == "model" for goal in report.goals)


def test_429_without_retries_is_a_per_goal_error(fault_server: FaultServer) -> None:
    fault_server.script("429")
    report = run(fault_server.url)
    assert_rules_kept(report)
    assert_every_goal_failed_with(report, "rate-limiting", "HTTP 429", fault_server.url)


def test_http_500_keeps_the_report(fault_server: FaultServer) -> None:
    fault_server.script("500")
    report = run(fault_server.url)
    assert_rules_kept(report)
    assert_every_goal_failed_with(report, f"{fault_server.url} answered HTTP 500")
    assert fault_server.count == batches()


@pytest.mark.parametrize(
    ("behaviour", "message"),
    [
        ("malformed", "the answer is not valid JSON"),
        ("schema", "the answer does not match the schema"),
        ("length", "the answer was cut off by the token limit (max_tokens=1024)"),
        ("empty", "the model gave an empty answer"),
    ],
)
def test_unusable_answers_are_reasked_then_reported(
    fault_server: FaultServer, behaviour: str, message: str
) -> None:
    fault_server.script(behaviour)
    report = run(fault_server.url, max_reasks=1)
    assert_rules_kept(report)
    assert_every_goal_failed_with(report, message)
    assert fault_server.count == 2 * batches()  # the first ask and one re-ask per batch
    assert report.usage is not None
    assert report.usage.calls == 2 * batches()
    assert report.usage.reasks == batches()


def test_unusable_answer_then_a_good_one_is_accepted(fault_server: FaultServer) -> None:
    fault_server.script("malformed", "ok")
    report = run(fault_server.url, batch_size=4, max_reasks=1)
    assert fault_server.count == 2
    assert all(goal.model_error is None for goal in report.goals)
    assert report.usage is not None
    assert report.usage.reasks == 1


# -- fatal faults: one clear error, no retry storm --------------------------------------------


FATAL = [
    (
        "401",
        "rejected the API key (HTTP 401); set a valid key in OPENAI_API_KEY or BRIEFSMITH_API_KEY",
    ),
    (
        "404",
        "does not know the model 'fault-model' (HTTP 404); check --model (BRIEFSMITH_MODEL) "
        "and --base-url (BRIEFSMITH_BASE_URL)",
    ),
]


def assert_model_part_failed(error: HybridCheckError, message: str, goals: list[Goal]) -> None:
    """The rules report is kept, and every goal says why the model did not judge it."""
    assert str(error) == message
    assert isinstance(error, ModelUnavailableError)
    assert_rules_kept(error.report, goals)
    assert_every_goal_failed_with(error.report, message)
    assert_no_key(str(error), repr(error))


@pytest.mark.parametrize(("behaviour", "message"), FATAL)
def test_fatal_http_errors_stop_the_run(
    fault_server: FaultServer, behaviour: str, message: str
) -> None:
    fault_server.script(behaviour)
    goals = [*GOALS, Goal(id="g5", statement="Launch the customer referral programme")]
    with pytest.raises(HybridCheckError) as caught:
        # Default retries and concurrency: a fatal answer must still not be repeated.
        run(fault_server.url, goals, max_retries=2, concurrency=4)
    assert_model_part_failed(caught.value, f"{fault_server.url} {message}", goals)
    # Three batches may already be in flight; none is retried and none is re-asked.
    assert 1 <= fault_server.count <= batches(goals)
    usage = caught.value.report.usage
    assert usage is not None and usage.calls == fault_server.count


@pytest.mark.parametrize(("behaviour", "message"), FATAL)
def test_fatal_http_errors_ask_once_when_sequential(
    fault_server: FaultServer, behaviour: str, message: str
) -> None:
    fault_server.script(behaviour)
    with pytest.raises(HybridCheckError, match="HTTP"):
        run(fault_server.url, max_retries=2, concurrency=1)
    assert fault_server.count == 1


def test_connection_refused_stops_the_run(closed_port_url: str) -> None:
    with pytest.raises(HybridCheckError) as caught:
        run(closed_port_url)
    message = (
        f"cannot reach {closed_port_url}; check that the server is running and "
        "--base-url (BRIEFSMITH_BASE_URL)"
    )
    assert_model_part_failed(caught.value, message, GOALS)


def test_a_fatal_error_is_not_cached(fault_server: FaultServer, tmp_path: Path) -> None:
    cache_path = tmp_path / "llm.sqlite3"
    fault_server.script("401")
    with pytest.raises(HybridCheckError):
        run(fault_server.url, cache=True, cache_path=cache_path)
    fault_server.script("ok")
    report = run(fault_server.url, cache=True, cache_path=cache_path)
    assert report.usage is not None and report.usage.cached_goals == 0
    assert all(goal.rewrite_source == "model" for goal in report.goals)


def test_a_key_in_the_endpoint_url_is_never_shown(fault_server: FaultServer) -> None:
    """``http://user:key@host`` and ``?api-key=`` are masked in the error and the report."""
    secret = "sk-in-url-NEVER-PRINT-5678"
    url = fault_server.url.replace("http://", f"http://user:{secret}@") + f"?api-key={secret}"
    fault_server.script("401")
    with pytest.raises(HybridCheckError) as caught:
        run(url)
    text = str(caught.value)
    assert secret not in text and secret not in caught.value.report.model_dump_json()
    assert "user:****@127.0.0.1" in text
    assert "api-key=****" in text


# -- the command line: exit 2 and one line on stderr ----------------------------------------


@pytest.fixture
def goals_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no briefsmith.toml from the repository
    path = tmp_path / "goals.md"
    path.write_text("".join(f"- {text}\n" for text in STATEMENTS), encoding="utf-8")
    return path


def cli(goals_file: Path, url: str) -> Any:
    env = {"OPENAI_API_KEY": TEST_KEY, "BRIEFSMITH_MAX_RETRIES": "0"}
    args = ["check", str(goals_file), "--llm", "--model", "fault-model", "--base-url", url]
    return CliRunner().invoke(app(), [*args, "--format", "json", "--no-cache"], env=env)


def app() -> Any:
    from briefsmith.cli.app import app

    return app


def assert_cli_kept_the_rules_report(result: Any, message: str) -> None:
    """Exit 2, the rules report on stdout (each goal's model part failed), one line."""
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"briefsmith: error: model: {message}; the report has the rules engine's verdicts only"
    ]
    report = CheckReport.model_validate_json(result.stdout)
    assert [goal.statement for goal in report.goals] == STATEMENTS
    assert all(goal.model_error == message for goal in report.goals)
    assert all(goal.rewrite_source == "rules" for goal in report.goals)
    assert "Traceback" not in result.output
    assert_no_key(result.stdout, result.stderr)


@pytest.mark.parametrize(("behaviour", "message"), FATAL)
def test_cli_fatal_http_error_is_one_line(
    fault_server: FaultServer, goals_file: Path, behaviour: str, message: str
) -> None:
    fault_server.script(behaviour)
    result = cli(goals_file, fault_server.url)
    assert_cli_kept_the_rules_report(result, f"{fault_server.url} {message}")


def test_cli_connection_refused_is_one_line(goals_file: Path, closed_port_url: str) -> None:
    result = cli(goals_file, closed_port_url)
    message = (
        f"cannot reach {closed_port_url}; check that the server is running and "
        "--base-url (BRIEFSMITH_BASE_URL)"
    )
    assert_cli_kept_the_rules_report(result, message)


def test_cli_non_fatal_fault_reports_and_warns(fault_server: FaultServer, goals_file: Path) -> None:
    fault_server.script("500")
    result = cli(goals_file, fault_server.url)
    assert result.exit_code == 1, result.output  # findings; the report is complete
    report = CheckReport.model_validate_json(result.stdout)
    assert report.engine == "hybrid"
    assert len(report.goals) == len(STATEMENTS)
    warnings = result.stderr.splitlines()
    assert len(warnings) == len(STATEMENTS)
    assert all("answered HTTP 500" in line for line in warnings)
    assert_no_key(result.stdout, result.stderr)


# -- re-ask and cache -------------------------------------------------------------------------


def test_invented_number_is_reasked_and_the_fixed_rewrite_accepted(
    fault_server: FaultServer,
) -> None:
    fault_server.script("invented", "invented", "ok")
    report = run(fault_server.url, max_reasks=2, concurrency=1)
    assert report.usage is not None
    assert report.usage.reasks >= 1
    assert fault_server.count == batches() * 2
    # The re-ask lists the problem and the rejected rewrite.
    reask = fault_server.requests[2]
    assert "did not pass the checks" in reask.body["messages"][-1]["content"]
    assert "invented numbers" in reask.body["messages"][-1]["content"]
    for goal in report.goals:
        assert goal.model_error is None
        assert goal.rewrite_source == "model"
        assert goal.rewrite_issues == []
        assert "17" not in goal.rewrite


def test_rewrite_that_keeps_failing_is_reported_not_accepted(fault_server: FaultServer) -> None:
    fault_server.script("invented")
    report = run(fault_server.url, max_reasks=1)
    assert report.usage is not None
    assert report.usage.reasks == batches()
    for goal in report.goals:
        assert goal.rewrite_source == "rules"
        assert any("invented numbers" in issue for issue in goal.rewrite_issues)
        assert "17%" not in goal.rewrite


def test_cache_answers_the_second_run_without_requests(
    fault_server: FaultServer, tmp_path: Path
) -> None:
    cache_path = tmp_path / "cache" / "llm.sqlite3"
    first = run(fault_server.url, cache=True, cache_path=cache_path)
    asked = fault_server.count
    assert asked == batches()
    assert first.usage is not None
    assert first.usage.cached_goals == 0

    second = run(fault_server.url, cache=True, cache_path=cache_path)
    assert fault_server.count == asked  # no request at all
    assert second.usage is not None
    assert second.usage.calls == 0
    assert second.usage.cached_goals == len(GOALS)
    strip = {"usage"}
    assert second.model_dump(exclude=strip) == first.model_dump(exclude=strip)


def test_errors_are_not_cached(fault_server: FaultServer, tmp_path: Path) -> None:
    cache_path = tmp_path / "llm.sqlite3"
    fault_server.script("500")
    run(fault_server.url, cache=True, cache_path=cache_path)
    fault_server.script("ok")
    report = run(fault_server.url, cache=True, cache_path=cache_path)
    assert report.usage is not None
    assert report.usage.cached_goals == 0
    assert all(goal.model_error is None for goal in report.goals)


def test_model_verdicts_never_pass_what_the_rules_fail(fault_server: FaultServer) -> None:
    """The fault server says 'partial' everywhere: Measurable/Time-bound stay the rules'."""
    report = run(fault_server.url)
    for goal in report.goals:
        for criterion in (Criterion.MEASURABLE, Criterion.TIME_BOUND):
            result = goal.criteria[criterion]
            assert result.model_status is Status.PARTIAL
            assert result.decided_by in {"rules", "both"}
