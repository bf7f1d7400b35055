"""Hybrid (``check --llm``) reports in every format; rules-only reports stay as they were.

The hybrid fixture has one goal the model made stricter, one with the model's verified
rewrite, one whose model rewrite was rejected, one the model could not judge, and usage.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from briefsmith.models.report import CheckReport, CriterionResult, Status, Usage
from briefsmith.render import FORMATS, render
from briefsmith.render.common import model_note, rejected_rewrite, usage_line
from briefsmith.render.json_report import report_schema

from .conftest import (
    DECIDED_REASON,
    MODEL_ERROR,
    REJECTED_MODEL_REWRITE,
    VERIFIED_REWRITE,
    partial_goal,
    rejected_rewrite_goal,
)
from .test_render_sarif import SARIF_SUBSET

MakeReport = Callable[..., CheckReport]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
HANG = " " * 27  # where the plain layout's notes column starts
USAGE_LINE = (
    "Model qwen2.5-3b-instruct: 3 calls, 2 re-asks, 5 goals from cache "
    "· 3,412 prompt + 310 completion tokens"
)
SUMMARY = "4 goals: 1 SMART, 1 partial, 2 not SMART · 4 errors, 3 warnings"


# -- shared wording ----------------------------------------------------------------------------


def test_model_note_wording() -> None:
    rules = CriterionResult(status=Status.PASS, message="Has a deadline.")
    assert model_note(rules) is None
    seen = rules.model_copy(update={"model_status": Status.PARTIAL, "model_reason": " Too\nsoon "})
    assert model_note(seen) == "Model: partial — Too soon"
    decided = seen.model_copy(
        update={"status": Status.PARTIAL, "decided_by": "model", "message": "The model: Too soon"}
    )
    assert model_note(decided) == "Model: partial · decided by the model"  # reason not repeated
    no_reason = decided.model_copy(update={"model_reason": None, "message": "Not specific."})
    assert model_note(no_reason) == "Model: partial · decided by the model"


def test_rejected_rewrite_and_usage_wording(make_report: MakeReport) -> None:
    assert rejected_rewrite(partial_goal()) is None
    first, rest = rejected_rewrite(rejected_rewrite_goal()) or ("", [])
    assert first == repr(REJECTED_MODEL_REWRITE)  # the "model rewrite: " prefix is dropped
    assert rest == [
        "it still has no baseline for revenue",
        "'beat competitors' is not a business result",
    ]
    report = make_report([])
    assert usage_line(report) is None
    report.usage = Usage(model="m", calls=1, cached_goals=1, prompt_tokens=12345)
    assert usage_line(report) == (
        "Model m: 1 call, 0 re-asks, 1 goal from cache · 12,345 prompt + 0 completion tokens"
    )


# -- text ------------------------------------------------------------------------------------


def test_plain_shows_the_models_view(hybrid_report: CheckReport) -> None:
    out = render(hybrid_report, "text", color=False)
    assert "\x1b" not in out
    assert (
        "    Specific    ~ partial  warning: The model: 'Improve onboarding' does not say which "
        "step of onboarding changes. [specific.model]\n"
        f"{HANG}Model: partial · decided by the model\n"
        f"{HANG}Found: new users finish setup\n"
    ) in out
    assert f"    Measurable  ✓ pass     80%\n{HANG}Model: pass — 80% is measurable.\n" in out
    assert (
        "    Relevant    ✗ fail     error: No link to a higher business result "
        f"[relevant.no-purpose]\n{HANG}Model: fail — No reason is given for the growth.\n"
        f"{HANG}Fix: "
    ) in out
    # the model's view of a criterion the rules decide (time-bound) is shown, not applied
    assert f"    Time-bound  ✓ pass     31 May 2026\n{HANG}Model: partial — The deadline" in out


def test_plain_rewrites_and_model_errors(hybrid_report: CheckReport) -> None:
    out = render(hybrid_report, "text", color=False)
    assert f"  Rewrite (model, verified): {VERIFIED_REWRITE}\n" in out
    assert "  Rewrite: Raise the share of new users" in out  # the rules' scaffold
    assert (
        "  Rewrite: Increase [revenue line] from [baseline] to [target] by [deadline] "
        "to [result].\n"
        "  Model rewrite rejected: 'Double revenue by [date] to beat competitors.'\n"
        "    - it still has no baseline for revenue\n"
        "    - 'beat competitors' is not a business result\n"
    ) in out
    churn = out.split("goals/hybrid.md:15  churn  SMART\n")[1]
    assert "Rewrite" not in churn
    assert "    Time-bound  ✓ pass     31 December 2026\n" in churn  # no model notes
    assert f"  Model: not judged — {MODEL_ERROR}\n\n" in churn
    assert out.endswith(f"{SUMMARY}\n{USAGE_LINE}\n")


def test_colour_shows_the_models_view(hybrid_report: CheckReport) -> None:
    out = render(hybrid_report, "text", color=True, width=100)
    plain = ANSI.sub("", out)
    assert "Model: partial · decided by the model" in plain
    assert "Model: pass — 80% is measurable." in plain
    assert "Rewrite (model, verified): Grow marketing-qualified leads" in plain
    assert "  Model rewrite rejected: 'Double revenue by [date] to beat competitors.'\n" in plain
    assert "    - it still has no baseline for revenue\n" in plain
    assert f"  Model: not judged — {MODEL_ERROR}\n" in plain
    lines = plain.rstrip("\n").splitlines()
    assert lines[-2:] == [SUMMARY, USAGE_LINE]  # never wrapped
    assert max(len(line) for line in lines[:-2]) <= 100
    assert "\x1b[1mdecided by the model\x1b[0m" in out  # who decided stands out
    assert re.search(r"\x1b\[2mModel: pass — 80% is measurable\.", out)  # the rest is dim
    assert f"\x1b[33mModel: not judged — {MODEL_ERROR}\x1b[0m" in out
    assert f"\x1b[2m{USAGE_LINE}\x1b[0m" in out
    assert "\x1b[1mRewrite (model, verified): \x1b[0m" in out
    assert re.search(r"\x1b\[[0-9;]*35m\[baseline\]\x1b\[0m", out)


def test_compact_colour_matches_plain(
    hybrid_report: CheckReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("briefsmith.render.text.TABLE_LIMIT", 2)
    out = render(hybrid_report, "text", color=True)
    assert ANSI.sub("", out) == render(hybrid_report, "text", color=False)
    assert "\x1b[2mModel: partial · \x1b[0m\x1b[1mdecided by the model\x1b[0m" in out
    assert "\x1b[2mModel: pass — 80% is measurable.\x1b[0m" in out
    assert "\x1b[1mRewrite (model, verified):\x1b[0m" in out
    assert "\x1b[33mModel rewrite rejected:\x1b[0m" in out
    assert f"\x1b[33mModel: not judged — {MODEL_ERROR}\x1b[0m" in out
    assert re.search(r"Rewrite \(model, verified\):.*\x1b\[[0-9;]*35m\[baseline\]", out)


# -- markdown --------------------------------------------------------------------------------


def test_markdown_summary_table_and_details(hybrid_report: CheckReport) -> None:
    out = render(hybrid_report, "markdown")
    assert out.startswith(f"## briefsmith check\n\n**{SUMMARY}**\n\n{USAGE_LINE}\n\n| Goal |")
    churn = next(line for line in out.splitlines() if "`churn`" in line)
    assert churn.endswith("| ✅ SMART<br><sub>model: not judged</sub> |")
    assert out.count("<details>") == 3  # the SMART goal's model note needs no details
    assert "<summary>churn" not in out
    assert (
        "- **Specific** (warning, `specific.model`): The model: 'Improve onboarding' does not "
        "say which step of onboarding changes.\n"
        "  - Model: partial · decided by the model\n"
        "  - Fix: "
    ) in out
    assert "  - Model: fail — No reason is given for the growth.\n" in out
    assert "- **Measurable** (pass) · Model: pass — 80% is measurable.\n" in out
    assert "- **Time-bound** (pass) · Model: partial — The deadline is close" in out


def test_markdown_rewrites(hybrid_report: CheckReport, make_report: MakeReport) -> None:
    out = render(hybrid_report, "markdown")
    assert (
        "**Rewrite (model, verified):** Grow marketing-qualified leads from <b>\\[baseline\\]"
        in out
    )
    assert "**Rewrite:** Raise the share" in out
    assert (
        "**Model rewrite rejected:** 'Double revenue by \\[date\\] to beat competitors.'\n\n"
        "- it still has no baseline for revenue\n"
        "- 'beat competitors' is not a business result\n\n"
        "</details>"
    ) in out
    failed = partial_goal().model_copy(update={"model_error": MODEL_ERROR})
    details = render(make_report([failed]), "markdown").split("<details>")[1]
    assert f"\n\n**Model:** not judged — {MODEL_ERROR}\n\n- **Specific**" in details


# -- sarif -----------------------------------------------------------------------------------


def _sarif(report: CheckReport) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render(report, "sarif"))
    return data


def test_sarif_messages_and_run_properties(hybrid_report: CheckReport) -> None:
    data = _sarif(hybrid_report)
    assert not list(Draft202012Validator(SARIF_SUBSET).iter_errors(data))
    run = data["runs"][0]
    assert run["properties"] == {
        "briefsmith.engine": "hybrid",
        "briefsmith.usage": {
            "model": "qwen2.5-3b-instruct",
            "calls": 3,
            "cached_goals": 5,
            "cached_calls": 0,
            "reasks": 2,
            "prompt_tokens": 3412,
            "completion_tokens": 310,
        },
        "briefsmith.notJudged": [{"goalId": "churn", "error": MODEL_ERROR}],
    }
    by_rule = {r["ruleId"]: r for r in run["results"]}
    decided = by_rule["specific.model"]
    assert decided["message"]["text"].startswith(f"Specific: The model: {DECIDED_REASON} Fix: ")
    assert decided["message"]["text"].count(DECIDED_REASON) == 1  # not repeated
    assert decided["properties"] == {
        "goalId": "onboarding",
        "criterion": "specific",
        "decidedBy": "model",
        "modelStatus": "partial",
    }
    relevant = by_rule["relevant.no-purpose"]
    assert relevant["message"]["text"].endswith(
        "parent goal. Model: No reason is given for the growth."
    )
    assert relevant["properties"]["decidedBy"] == "both"
    rules = run["tool"]["driver"]["rules"]
    assert rules[decided["ruleIndex"]]["id"] == "specific.model"


# -- junit -----------------------------------------------------------------------------------


def _junit(report: CheckReport, fail_on: str = "error") -> ET.Element:
    return ET.fromstring(render(report, "junit", fail_on=fail_on).split("\n", 1)[1])


def test_junit_usage_properties(hybrid_report: CheckReport) -> None:
    root = _junit(hybrid_report)
    suite = root.find("testsuite")
    assert suite is not None and suite[0].tag == "properties"  # first, as the schema wants
    props = {p.get("name"): p.get("value") for p in suite[0]}
    assert props["briefsmith.engine"] == "hybrid"
    assert props["briefsmith.usage"] == USAGE_LINE
    assert props["briefsmith.usage.model"] == "qwen2.5-3b-instruct"
    assert props["briefsmith.usage.reasks"] == "2"
    assert props["briefsmith.usage.prompt_tokens"] == "3412"
    assert (suite.get("tests"), suite.get("failures")) == ("4", "2")


def test_junit_model_notes(hybrid_report: CheckReport) -> None:
    cases = {c.get("name", "").split(":")[0]: c for c in _junit(hybrid_report).iter("testcase")}
    failure = cases["mqls"].findtext("failure") or ""
    assert (
        "Relevant (error) [relevant.no-purpose]: No link to a higher business result\n"
        "  Model: fail — No reason is given for the growth.\n"
        "  Fix: "
    ) in failure
    assert failure.endswith(f"Rewrite (model, verified): {VERIFIED_REWRITE}")
    assert "  Model: partial — 25% of what? No baseline." in (
        cases["mqls"].findtext("system-out") or ""
    )
    onboarding = cases["onboarding"].findtext("system-out") or ""
    assert "  Model: partial · decided by the model\n" in onboarding
    revenue = cases["revenue"].findtext("system-out") or ""
    assert revenue.endswith(
        "Model rewrite rejected: 'Double revenue by [date] to beat competitors.'\n"
        "  - it still has no baseline for revenue\n"
        "  - 'beat competitors' is not a business result"
    )
    churn = cases["churn"]
    assert churn.find("failure") is None
    assert churn.findtext("system-out") == f"Model: not judged — {MODEL_ERROR}"


# -- json ------------------------------------------------------------------------------------


def test_json_round_trips_and_validates(hybrid_report: CheckReport) -> None:
    out = render(hybrid_report, "json")
    assert CheckReport.model_validate_json(out) == hybrid_report
    data = json.loads(out)
    assert not list(Draft202012Validator(report_schema()).iter_errors(data))
    assert data["engine"] == "hybrid"
    assert data["usage"]["cached_goals"] == 5
    onboarding, mqls, revenue, churn = data["goals"]
    assert onboarding["criteria"]["specific"]["decided_by"] == "model"
    assert onboarding["criteria"]["specific"]["model_reason"] == DECIDED_REASON
    assert mqls["rewrite_source"] == "model"
    assert revenue["rewrite_issues"][0].startswith("model rewrite: ")
    assert churn["model_error"] == MODEL_ERROR


# -- rules-only reports are unchanged ---------------------------------------------------------


def test_rules_only_reports_mention_no_model(report: CheckReport) -> None:
    for fmt in FORMATS:
        out = render(report, fmt, color=False)
        if fmt == "sarif":  # the rule catalog (e.g. specific.model) is listed in every run
            run = json.loads(out)["runs"][0]
            assert "properties" not in run
            out = json.dumps(run["results"], ensure_ascii=False)
            assert all(
                set(r.get("properties", {})) <= {"goalId", "criterion"} for r in run["results"]
            )
        elif fmt == "json":
            continue  # the contract always has the (default) hybrid fields
        assert "model" not in out.lower(), fmt
        assert "<properties>" not in out, fmt
    coloured = render(report, "text", color=True)
    assert "model" not in ANSI.sub("", coloured).lower()
