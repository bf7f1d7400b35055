"""``briefsmith feedback``: no model, formats, --output, exit codes, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faultserver import FaultServer

from .conftest import Invoke

pytestmark = pytest.mark.block_network(allowed_hosts=[r"^127\.0\.0\.1$", r"^localhost$"])

TEST_KEY = "sk-test-NEVER-PRINT-1234"
CSV = (
    "id,text,team\n"
    "F1,Webinar leads were mostly students.,sales\n"
    "F2,The webinars brought 1800 leads.,marketing\n"
    "F3,Hot leads waited three days.,marketing\n"
)


@pytest.fixture
def feedback_csv(tmp_path: Path) -> Path:
    path = tmp_path / "feedback.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def model_args(server: FaultServer) -> list[str]:
    return ["--model", "fault-model", "--base-url", server.url, "--no-cache", "--max-reasks", "1"]


@pytest.fixture
def with_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_API_KEY", TEST_KEY)
    monkeypatch.setenv("BRIEFSMITH_MAX_RETRIES", "0")


def test_help_is_the_docstring(invoke: Invoke) -> None:
    result = invoke("feedback", "--help")
    assert result.exit_code == 0
    assert "Summarise feedback into themes" in result.stdout
    assert "1 verification problems remain" in result.stdout


def test_without_a_model_it_says_how_to_configure_one(invoke: Invoke, feedback_csv: Path) -> None:
    result = invoke("feedback", str(feedback_csv))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("briefsmith: error: no model configured")
    assert "--model local" in lines[0] and "OPENAI_API_KEY" in lines[0]


def test_bad_input_is_one_line_with_file_and_line(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("text,rating\nok,3\nbad,high\n", encoding="utf-8")
    result = invoke("feedback", str(path), "--model", "local")
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"briefsmith: error: {path}:3: rating 'high' is not a number")
    assert "Traceback" not in result.output


@pytest.mark.usefixtures("with_key")
@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_formats(invoke: Invoke, feedback_csv: Path, fault_server: FaultServer, fmt: str) -> None:
    fault_server.script("feedback")
    result = invoke("feedback", str(feedback_csv), "--format", fmt, *model_args(fault_server))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert TEST_KEY not in result.output
    if fmt == "json":
        data = json.loads(out)
        assert data["items"] == 3 and data["problems"] == []
        assert sorted(i for t in data["themes"] for i in t["item_ids"]) == ["F1", "F2", "F3"]
    elif fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and "<h1>Feedback summary</h1>" in out
    elif fmt == "markdown":
        assert out.startswith("# Feedback summary\n") and "## Themes" in out
    else:
        assert out.startswith("Feedback summary: 3 items") and "\x1b[" not in out


@pytest.mark.usefixtures("with_key")
def test_output_file(
    invoke: Invoke, feedback_csv: Path, fault_server: FaultServer, tmp_path: Path
) -> None:
    fault_server.script("feedback")
    target = tmp_path / "out" / "summary.md"
    result = invoke(
        "feedback",
        str(feedback_csv),
        "-f",
        "markdown",
        "-o",
        str(target),
        *model_args(fault_server),
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("# Feedback summary")


@pytest.mark.usefixtures("with_key")
def test_exit_1_when_problems_remain(
    invoke: Invoke, feedback_csv: Path, fault_server: FaultServer
) -> None:
    answer = {
        "themes": [{"label": "Leads", "description": "d", "item_ids": ["F1", "F2", "F3"],
                    "count": 3, "sentiment": "mixed"}],
        "quotes": [{"item_id": "F1", "text": "a quote nobody wrote"}],
    }  # fmt: skip
    fault_server.script("reply:" + json.dumps(answer))
    result = invoke("feedback", str(feedback_csv), "-f", "json", *model_args(fault_server))
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert [p["rule"] for p in data["problems"]] == ["feedback.quote.verbatim"]
    assert "briefsmith: warning: feedback.quote.verbatim:" in result.stderr
    assert fault_server.count == 2  # asked once, re-asked once


@pytest.mark.usefixtures("with_key")
@pytest.mark.parametrize(
    ("config", "code", "kept"),
    [
        ('[severity]\n"feedback.quote" = "warning"\n', 0, True),
        ('fail_on = "warning"\n[severity]\n"feedback.quote" = "warning"\n', 1, True),
        ('disable = ["feedback.quote.verbatim"]\n', 0, False),
    ],
)
def test_the_check_config_keys_apply_to_feedback_rules(
    invoke: Invoke,
    feedback_csv: Path,
    fault_server: FaultServer,
    tmp_path: Path,
    config: str,
    code: int,
    kept: bool,
) -> None:
    (tmp_path / "briefsmith.toml").write_text(config, encoding="utf-8")
    answer = {
        "themes": [{"label": "Leads", "description": "d", "item_ids": ["F1", "F2", "F3"],
                    "count": 3, "sentiment": "mixed"}],
        "quotes": [{"item_id": "F1", "text": "a quote nobody wrote"}],
    }  # fmt: skip
    fault_server.script("reply:" + json.dumps(answer))
    result = invoke("feedback", str(feedback_csv), "-f", "json", *model_args(fault_server))
    assert result.exit_code == code, result.output
    problems = json.loads(result.stdout)["problems"]
    assert [p["rule"] for p in problems] == (["feedback.quote.verbatim"] if kept else [])
    if kept:
        assert problems[0]["severity"] == "warning"  # the config's severity, in the output


@pytest.mark.usefixtures("with_key")
def test_lang_override(invoke: Invoke, feedback_csv: Path, fault_server: FaultServer) -> None:
    fault_server.script("feedback")
    result = invoke("feedback", str(feedback_csv), "--lang", "zh", *model_args(fault_server))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("反馈总结")
    assert "Chinese" in fault_server.requests[0].body["messages"][0]["content"]


@pytest.mark.usefixtures("with_key")
def test_fatal_endpoint_error_is_one_line(
    invoke: Invoke, feedback_csv: Path, fault_server: FaultServer
) -> None:
    fault_server.script("401")
    result = invoke("feedback", str(feedback_csv), *model_args(fault_server))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert TEST_KEY not in result.output
