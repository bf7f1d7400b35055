"""A brief's findings as SARIF and JUnit: located at their section's line in the request."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefsmith.brief import draft_brief, load_brief_request
from briefsmith.brief.catalog import rules
from briefsmith.models.brief import BriefResult
from briefsmith.render.brief import render_brief

TODAY = dt.date(2026, 11, 22)
REQUEST = """\
title: Partner webinar
teams: [Marketing, Sales]
objective: Grow partner-sourced pipeline to support the FY27 plan.
facts:
  campaign_start: 2027-03-01
  campaign_end: 2027-04-30
deliverables:
  - {name: Webinar, due: 2027-04-10}
raci:
  Webinar: {R: Marketing}
"""


@pytest.fixture
def result(tmp_path: Path) -> BriefResult:
    path = tmp_path / "request.yaml"
    path.write_text(REQUEST, encoding="utf-8")
    return draft_brief(load_brief_request(str(path)), offline=True, today=TODAY)


def test_findings_carry_the_request_file_and_their_sections_line(result: BriefResult) -> None:
    assert result.source is not None and result.source.endswith("request.yaml")
    accountable = [f for f in result.findings if f.rule == "brief.raci.one-accountable"]
    assert accountable and all(f.line == 9 for f in accountable)  # the raci: key
    missing_kpis = [f for f in result.findings if f.section == "kpis"]
    assert missing_kpis and all(f.line is None for f in missing_kpis)  # no kpis: key


def test_sarif_annotates_the_section_line(result: BriefResult) -> None:
    log = json.loads(render_brief(result, "sarif"))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert ids[: len(rules())] == list(rules())
    by_rule = {r["ruleId"]: r for r in run["results"]}
    raci = by_rule["brief.raci.one-accountable"]
    assert raci["level"] == "error"
    assert raci["locations"][0]["physicalLocation"]["region"] == {"startLine": 9}
    assert raci["message"]["text"].startswith("raci › Webinar: ")
    assert ids[raci["ruleIndex"]] == "brief.raci.one-accountable"
    assert len(run["results"]) == len(result.findings)
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in run["results"]]
    assert all(region["startLine"] >= 1 for region in regions)


def test_junit_has_a_case_per_check_failing_at_the_threshold(result: BriefResult) -> None:
    root = ET.fromstring(render_brief(result, "junit"))
    cases = {case.get("name", "").split(":")[0]: case for case in root.iter("testcase")}
    assert set(cases) == set(rules())
    assert cases["brief.raci.one-accountable"].find("failure") is not None
    assert cases["brief.milestone.order"].find("failure") is None
    warnings_only = cases["brief.section.empty"]
    assert warnings_only.find("failure") is None
    assert warnings_only.find("system-out") is not None
    assert root.get("failures") == str(sum(c.find("failure") is not None for c in cases.values()))

    strict = ET.fromstring(render_brief(result, "junit", fail_on="warning"))
    strict_cases = {case.get("name", "").split(":")[0]: case for case in strict.iter("testcase")}
    assert strict_cases["brief.section.empty"].find("failure") is not None
    never = ET.fromstring(render_brief(result, "junit", fail_on="never"))
    assert never.get("failures") == "0"
