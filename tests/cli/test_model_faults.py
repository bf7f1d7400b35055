"""The model options and a model that cannot be used, from the command line: one line on
stderr saying what failed and what to do, exit 2, no traceback — and whatever can still
be reported (the rules report, the request's own brief) is.

The fault server (``faultserver.py``) plays the endpoint; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefsmith.cli.app import app
from briefsmith.models.brief import BriefResult
from faultserver import FaultServer

pytestmark = pytest.mark.block_network(allowed_hosts=[r"^127\.0\.0\.1$", r"^localhost$"])

ROOT = Path(__file__).resolve().parents[2]
KEY = "sk-cli-faults-NEVER-PRINT-31"
COMMANDS = {
    "check": ["check", str(ROOT / "examples" / "goals.md"), "--llm"],
    "brief": ["brief", str(ROOT / "examples" / "brief-request.yaml")],
    "feedback": ["feedback", str(ROOT / "examples" / "feedback.csv")],
}


def invoke(command: str, *args: str) -> Any:
    env = {"OPENAI_API_KEY": KEY, "BRIEFSMITH_MAX_RETRIES": "0"}
    argv = [*COMMANDS[command], "--model", "m", "--no-cache", "-f", "json", *args]
    return CliRunner().invoke(app, argv, env=env)


def assert_one_line(result: Any, *fragments: str) -> str:
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith("briefsmith: error: ")
    for fragment in fragments:
        assert fragment in line, line
    assert "Traceback" not in result.output and KEY not in result.output
    return line


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--timeout", "inf"], "invalid --timeout: Input should be a finite number"),
        (["--timeout", "nan"], "invalid --timeout: Input should be a finite number"),
        (["--timeout", "-1"], "invalid --timeout: Input should be greater than 0"),
        (["--timeout", "0"], "invalid --timeout: Input should be greater than 0"),
        (["--base-url", "http://[::1"], "invalid --base-url: http://[::1 is not a valid URL"),
        (
            ["--base-url", f"http://me:{KEY}@[::1/v1"],
            "invalid --base-url: http://me:****@[::1/v1 is not a valid URL",
        ),
    ],
)
def test_bad_model_options_are_usage_errors(command: str, args: list[str], fragment: str) -> None:
    result = invoke(command, *args)
    assert_one_line(result, fragment)
    assert result.stdout == ""


FATAL = [("401", "rejected the API key (HTTP 401)"), ("404", "does not know the model 'm'")]


@pytest.mark.parametrize(("behaviour", "fragment"), FATAL)
def test_check_keeps_the_rules_report(
    fault_server: FaultServer, behaviour: str, fragment: str
) -> None:
    fault_server.script(behaviour)
    result = invoke("check", "--base-url", fault_server.url)
    assert_one_line(result, fragment, "the report has the rules engine's verdicts only")
    assert '"engine": "hybrid"' in result.stdout


@pytest.mark.parametrize(("behaviour", "fragment"), FATAL)
def test_brief_keeps_the_requests_own_brief(
    fault_server: FaultServer, behaviour: str, fragment: str
) -> None:
    fault_server.script(behaviour)
    result = invoke("brief", "--base-url", fault_server.url)
    assert_one_line(result, fragment, "the brief is the request's own, nothing was drafted")
    brief = BriefResult.model_validate_json(result.stdout)
    assert brief.engine == "offline" and brief.model_error is not None
    assert fragment in brief.model_error
    assert brief.open_questions  # the gaps are still listed


@pytest.mark.parametrize(("behaviour", "fragment"), FATAL)
def test_feedback_says_what_failed(
    fault_server: FaultServer, behaviour: str, fragment: str
) -> None:
    fault_server.script(behaviour)
    result = invoke("feedback", "--base-url", fault_server.url)
    assert_one_line(result, fragment, fault_server.url)
    assert result.stdout == ""


@pytest.mark.parametrize("command", COMMANDS)
def test_a_refused_connection_says_what_to_check(command: str, closed_port_url: str) -> None:
    result = invoke(command, "--base-url", closed_port_url)
    assert_one_line(result, f"cannot reach {closed_port_url}", "--base-url")


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("broken", ["corrupt", "directory", "under-a-file"])
def test_a_cache_that_cannot_be_used_is_one_warning(
    command: str, broken: str, fault_server: FaultServer, tmp_path: Path
) -> None:
    path = tmp_path / "llm-cache.sqlite3"
    if broken == "corrupt":
        path.write_bytes(b"not a database" * 64)
    elif broken == "directory":
        path.mkdir()
    else:
        path = tmp_path / "a-file" / "llm-cache.sqlite3"
        path.parent.write_text("x", encoding="utf-8")
    fault_server.script("feedback" if command == "feedback" else "ok")
    env = {"OPENAI_API_KEY": KEY, "BRIEFSMITH_CACHE_PATH": str(path)}
    argv = [*COMMANDS[command], "--model", "m", "--base-url", fault_server.url, "-f", "json"]
    result = CliRunner().invoke(app, argv, env=env)
    assert result.exit_code in (0, 1), result.output
    warnings = [line for line in result.stderr.splitlines() if "model cache" in line]
    assert len(warnings) == 1, result.stderr
    assert warnings[0].startswith("briefsmith: warning: the model cache ")
    assert "running without a cache" in warnings[0]
    assert "Traceback" not in result.output
    assert result.stdout.startswith("{")
