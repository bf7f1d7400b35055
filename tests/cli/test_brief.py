"""``briefsmith brief``: offline, formats, --output, exit codes, the no-model fallback,
bad requests, drafting against the fault server, and the offline path's imports."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefsmith.models.brief import BriefResult
from faultserver import FaultServer

from .conftest import Invoke

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE = str(EXAMPLES / "brief-request.yaml")
TODAY = "2027-01-10"

COMPLETE = """\
title: Webinars
lang: en
teams: [Marketing, Sales]
objective: Grow qualified pipeline to support the FY27 new-business revenue target
facts:
  campaign_start: 2027-03-01
  campaign_end: 2027-05-31
  budget: "$38,000"
  dates: {first webinar: 2027-03-10}
  people:
    - {name: Dana Reyes, team: Marketing}
background: Last year the teams counted leads differently.
audience: Operations leaders
key_message: See the savings first
channels: [Email]
goals:
  - goal: >-
      Raise sales-qualified leads from 22 to 30 per month by 31 May 2027
      to support the FY27 new-business revenue target
    owner: Dana Reyes
deliverables: {Webinar series: 2027-05-19}
raci:
  Webinar series: {A: Marketing, R: Dana Reyes}
kpis:
  - {name: SQLs, owner: Sales, target: 30 per month, data_source: Salesforce}
cadence:
  - {name: Pipeline sync, frequency: weekly, attendees: [Marketing, Sales]}
data_sharing:
  - {data: Webinar attendance, from_team: Marketing, location: Salesforce}
risks:
  - {risk: Low attendance, mitigation: Sales invites accounts}
approvals:
  - {approver: Dana Reyes}
"""


@pytest.fixture
def complete(tmp_path: Path) -> Path:
    path = tmp_path / "complete.yaml"
    path.write_text(COMPLETE, encoding="utf-8")
    return path


def test_offline_text_lists_the_gaps_and_exits_1(invoke: Invoke) -> None:
    result = invoke("brief", EXAMPLE, "--offline", "--today", TODAY)
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith("# Spring webinar programme for mid-market accounts")
    assert "## Open questions" in result.stdout
    assert "brief.section.missing" in result.stdout
    assert "\x1b[" not in result.stdout
    assert result.stderr == ""


def test_a_complete_request_passes(invoke: Invoke, complete: Path) -> None:
    result = invoke("brief", str(complete), "--offline", "--today", TODAY, "-f", "json")
    assert result.exit_code == 0, result.output
    assert BriefResult.model_validate_json(result.stdout).findings == []


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 1), ("never", 0)])
def test_fail_on(invoke: Invoke, complete: Path, fail_on: str, code: int) -> None:
    text = complete.read_text("utf-8").replace("channels: [Email]\n", "")
    complete.write_text(text, "utf-8")  # one warning: no channels
    result = invoke("brief", str(complete), "--offline", "--today", TODAY, "--fail-on", fail_on)
    assert result.exit_code == code, result.output


def test_fail_on_from_the_config(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "briefsmith.toml").write_text('fail_on = "never"\n', "utf-8")
    assert invoke("brief", EXAMPLE, "--offline", "--today", TODAY).exit_code == 0


@pytest.mark.parametrize("fmt", ["json", "markdown", "html", "text", "sarif", "junit"])
def test_formats_and_output_file(invoke: Invoke, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out" / f"brief.{fmt}"
    result = invoke("brief", EXAMPLE, "--offline", "--today", TODAY, "-f", fmt, "-o", str(out))
    assert result.exit_code == 1
    assert result.stdout == ""
    text = out.read_text("utf-8")
    if fmt == "json":
        data = BriefResult.model_validate_json(text)
        assert data.engine == "offline" and data.today == TODAY
        assert data.open_questions
    elif fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and "<table>" in text
    elif fmt == "sarif":
        assert json.loads(text)["runs"][0]["results"]
    elif fmt == "junit":
        assert text.startswith("<?xml") and "<failure" in text
    else:
        assert "| Deliverable | Due |" in text


def test_no_model_configured_drafts_offline_with_a_note(invoke: Invoke) -> None:
    result = invoke("brief", EXAMPLE, "--today", TODAY, "-f", "json")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("briefsmith: note: no model configured")
    assert "--model local" in lines[0] and lines[0].endswith("drafting offline")
    assert json.loads(result.stdout)["engine"] == "offline"


@pytest.mark.parametrize("lang", ["zh", "ru"])
def test_examples_in_chinese_and_russian(invoke: Invoke, lang: str) -> None:
    path = str(EXAMPLES / f"brief-request.{lang}.md")
    result = invoke("brief", path, "--offline", "--today", TODAY, "-f", "json")
    data = BriefResult.model_validate_json(result.stdout)
    assert data.brief.lang.value == lang
    assert data.brief.teams and data.brief.people


def test_a_bad_request_is_one_line_exit_2(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("teams: [Marketing, Sales]\nobjective: x\nbudjet: 5\n", "utf-8")
    result = invoke("brief", str(path), "--offline")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        result.stderr == f"briefsmith: error: {path}:3: budjet: unknown key (check the "
        "spelling; see docs/brief.md for the format)\n"
    )


def test_usage_errors_exit_2(invoke: Invoke) -> None:
    assert invoke("brief", "missing.yaml", "--offline").exit_code == 2
    assert invoke("brief", EXAMPLE, "--offline", "--today", "soon").exit_code == 2
    assert invoke("brief", EXAMPLE, "--offline", "-f", "pdf").exit_code == 2


def test_help_is_the_docstring(invoke: Invoke) -> None:
    result = invoke("brief", "--help")
    assert result.exit_code == 0
    assert "Draft a cross-team campaign brief" in result.stdout
    assert "--offline" in result.stdout and "--max-reasks" in result.stdout


@pytest.mark.block_network(allowed_hosts=[r"^127\.0\.0\.1$", r"^localhost$"])
def test_drafting_with_a_model(
    invoke: Invoke, fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFSMITH_MAX_RETRIES", "0")
    fault_server.script("500")
    result = invoke(
        "brief", EXAMPLE, "--today", TODAY, "-f", "json", "--model", "fault-model",
        "--base-url", fault_server.url, "--max-reasks", "0", "--no-cache", "--timeout", "5",
    )  # fmt: skip
    assert result.exit_code == 1
    assert fault_server.count == 1
    assert result.stderr.startswith("briefsmith: warning: model: ")
    data = BriefResult.model_validate_json(result.stdout)
    assert data.model_error and data.usage is not None


@pytest.mark.block_network(allowed_hosts=[r"^127\.0\.0\.1$", r"^localhost$"])
def test_an_unreachable_model_is_one_line_exit_2(invoke: Invoke, fault_server: FaultServer) -> None:
    fault_server.script("401")
    result = invoke("brief", EXAMPLE, "--model", "fault-model", "--base-url", fault_server.url,
                    "--no-cache")  # fmt: skip
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("briefsmith: error: ")


def test_offline_imports_no_langchain_or_openai(tmp_path: Path) -> None:
    snippet = textwrap.dedent(
        f"""
        import contextlib, io, sys
        sys.argv = ["briefsmith", "brief", "--offline", "--format", "html",
                    "--today", "{TODAY}", {EXAMPLE!r}]
        from briefsmith.cli import main
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                main()
        except SystemExit as exc:
            code = exc.code
        assert "<table>" in out.getvalue(), out.getvalue()
        heavy = ("langchain", "langchain_core", "langchain_openai", "openai")
        loaded = [m for m in heavy if m in sys.modules]
        print(code, ",".join(loaded) or "-")
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", snippet], cwd=tmp_path, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["1", "-"]
