"""JUnit XML for CI: suites per file, a case per goal, failures decided by ``fail_on``."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

from briefsmith.models.report import CheckReport
from briefsmith.render import render

MakeReport = Callable[..., CheckReport]


def parse(report: CheckReport, fail_on: str = "error") -> ET.Element:
    out = render(report, "junit", fail_on=fail_on)
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
    return ET.fromstring(out.split("\n", 1)[1])


def counts(element: ET.Element) -> tuple[str | None, ...]:
    return tuple(element.get(key) for key in ("tests", "failures", "errors"))


def test_suites_per_file_and_cases_per_goal(report: CheckReport) -> None:
    root = parse(report)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [
        "goals/q3.md",
        "goals/brand-zh.md",
        "goals/broken.yaml",
    ]
    names = [case.get("name") for case in root.iter("testcase")]
    assert names[0] == (
        "q3-signups: Grow newsletter sign-ups from 2,000 to 3,000 a month by 30 June 2026 "
        "to support…"
    )
    assert len(names[0].split(": ", 1)[1]) == 80
    assert names[2] == "品牌-1: 提升品牌影响力，尽快做好社交媒体。"
    assert {case.get("classname") for case in suites[0]} == {"goals/q3.md"}


def test_counts_at_fail_on_error(report: CheckReport) -> None:
    root = parse(report)
    assert counts(root) == ("4", "1", "1")
    assert [counts(s) for s in root.findall("testsuite")] == [
        ("2", "0", "0"),
        ("1", "1", "0"),
        ("1", "0", "1"),
    ]
    failure = root.find(".//failure")
    assert failure is not None
    assert failure.get("type") == "error"
    assert failure.get("message", "").startswith(
        "NOT SMART at goals/brand-zh.md:2: misses Specific"
    )
    text = failure.text or ""
    assert "Specific (error) [specific.vague]: Only a vague direction" in text
    assert "  Fix: Replace it with a date or a bounded window." in text
    assert text.endswith(
        "Rewrite: 在[截止日期]前，将[指标]从[基线]提升到[目标]，以支持[业务结果]。"
    )


def test_findings_below_fail_on_go_to_system_out(report: CheckReport) -> None:
    root = parse(report)
    partial = root.findall("testsuite")[0].findall("testcase")[1]
    assert partial.find("failure") is None
    out = partial.findtext("system-out") or ""
    assert "Specific (warning) [specific.abstract-metric]" in out
    assert "Relevant (suggestion)" in out
    assert "Achievable" not in out  # suppressed
    assert "Rewrite: Raise aided brand recall" in out
    smart = root.findall("testsuite")[0].findall("testcase")[0]
    assert list(smart) == []


def test_fail_on_warning_fails_the_partial_goal(report: CheckReport) -> None:
    root = parse(report, "warning")
    assert counts(root) == ("4", "2", "1")
    partial = root.findall("testsuite")[0].findall("testcase")[1]
    failure = partial.find("failure")
    assert failure is not None and failure.get("type") == "warning"
    assert "Specific (warning)" in (failure.text or "")
    assert "Relevant (suggestion)" not in (failure.text or "")
    assert "Relevant (suggestion)" in (partial.findtext("system-out") or "")


def test_fail_on_never_has_no_failures(report: CheckReport) -> None:
    root = parse(report, "never")
    assert counts(root) == ("4", "0", "1")
    assert root.find(".//failure") is None
    zh = root.findall("testsuite")[1].find("testcase")
    assert zh is not None
    assert "Specific (error) [specific.vague]" in (zh.findtext("system-out") or "")


def test_file_error_case(report: CheckReport) -> None:
    case = parse(report).findall("testsuite")[2].find("testcase")
    assert case is not None
    assert case.get("name") == "goals/broken.yaml:4: could not be read"
    error = case.find("error")
    assert error is not None
    assert error.get("type") == "input-error"
    assert error.get("message") == "invalid YAML: mapping values are not allowed here"


def test_control_characters_do_not_break_the_xml(
    report: CheckReport, make_report: MakeReport
) -> None:
    goal = report.goals[2].model_copy(update={"statement": "bad\x00char\x1b[31m & <tag>"})
    root = parse(make_report([goal]))
    name = root.find(".//testcase").get("name")  # type: ignore[union-attr]
    assert name == "品牌-1: bad\ufffdchar\ufffd & <tag>"
