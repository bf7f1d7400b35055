"""The report as JUnit XML, the format most CI systems (GitLab, Jenkins, Azure) display.

Each input file is a test suite and each goal a test case; a goal fails when it has a
finding at or above ``fail_on``. Findings below the threshold are kept as
``<system-out>`` so they are visible without failing the build.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from briefsmith.models.report import CheckReport, FileError, GoalAssessment
from briefsmith.render.common import (
    Issue,
    fails,
    goal_label,
    issues,
    judged,
    location,
    model_error_line,
    model_note,
    rejected_rewrite,
    rewrite_label,
    shorten,
    usage_line,
)
from briefsmith.render.safe import printable

_INVALID_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot carry at all, even escaped, that ``printable`` leaves alone."""


def render(
    report: CheckReport,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
    quiet: bool = False,
) -> str:
    """JUnit XML; with ``fail_on="never"`` no goal fails (unreadable files are still errors)."""
    root = ET.Element("testsuites", name="briefsmith")
    suites: dict[str, ET.Element] = {}

    def suite(path: str) -> ET.Element:
        if path not in suites:
            suites[path] = ET.SubElement(root, "testsuite", name=clean_xml(path))
        return suites[path]

    for goal in report.goals:
        _goal_case(suite(goal.source.path), goal, fail_on)
    for error in report.errors:
        _error_case(suite(error.path), error)

    for element in (*suites.values(), root):
        _count(element)
    if report.usage is not None:
        # <properties> belongs first in a <testsuite>; the root only when there is none.
        holder = next(iter(suites.values()), root)
        holder.insert(0, _usage_properties(report))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _goal_case(suite: ET.Element, goal: GoalAssessment, fail_on: str) -> None:
    name = f"{goal.id}: {shorten(goal.statement, 80)}"
    case = ET.SubElement(
        suite, "testcase", classname=clean_xml(goal.source.path), name=clean_xml(name)
    )
    failing: list[Issue] = []
    other: list[Issue] = []
    for issue in issues(goal):
        (failing if fails(issue.severity, fail_on) else other).append(issue)
    if not judged(goal) and not failing:
        # A done or placeholder item is listed, not judged: a skipped test.
        ET.SubElement(case, "skipped", message=clean_xml(goal_label(goal).lower()))
    if failing:
        worst = failing[0].severity  # issues() puts the worst first
        labels = ", ".join(dict.fromkeys(issue.label for issue in failing))
        message = f"{goal_label(goal)} at {location(goal.source)}: misses {labels}"
        failure = ET.SubElement(case, "failure", message=clean_xml(message), type=worst.value)
        failure.text = clean_xml(_describe(failing, goal.rewrite or "", rewrite_label(goal)))
    notes = _model_notes(goal)
    if other or notes:
        out = ET.SubElement(case, "system-out")
        described = _describe(other, "" if failing else goal.rewrite or "", rewrite_label(goal))
        parts = [described if other else "", *notes]
        out.text = clean_xml("\n".join(part for part in parts if part))


def _error_case(suite: ET.Element, error: FileError) -> None:
    where = location(error.path, error.line)
    case = ET.SubElement(
        suite,
        "testcase",
        classname=clean_xml(error.path),
        name=clean_xml(f"{where}: could not be read"),
    )
    element = ET.SubElement(case, "error", message=clean_xml(error.message), type="input-error")
    element.text = clean_xml(f"{where}: {error.message}")


def _describe(items: Iterable[Issue], rewrite: str, label: str = "Rewrite") -> str:
    """One block per miss, then the rewrite: readable in a CI test-report pane."""
    lines: list[str] = []
    for issue in items:
        lines.append(
            f"{issue.label} ({issue.severity.value}) [{issue.rule}]: {issue.message.strip()}"
        )
        if issue.result is not None and (note := model_note(issue.result)):
            lines.append(f"  {note}")
        if issue.fix:
            lines.append(f"  Fix: {issue.fix.strip()}")
    if rewrite.strip():
        lines.append(f"{label}: {rewrite.strip()}")
    return "\n".join(lines)


def _model_notes(goal: GoalAssessment) -> list[str]:
    """Hybrid runs: why the model's rewrite was rejected, or why it could not judge."""
    lines: list[str] = []
    if rejected := rejected_rewrite(goal):
        first, rest = rejected
        lines.append(f"Model rewrite rejected: {first}")
        lines.extend(f"  - {issue}" for issue in rest)
    if error := model_error_line(goal):
        lines.append(error)
    return lines


def _usage_properties(report: CheckReport) -> ET.Element:
    properties = ET.Element("properties")
    values: dict[str, str] = {"briefsmith.engine": report.engine}
    if report.usage is not None:
        values["briefsmith.usage"] = usage_line(report) or ""
        for key, value in report.usage.model_dump(mode="json").items():
            values[f"briefsmith.usage.{key}"] = str(value)
    for name, value in values.items():
        ET.SubElement(properties, "property", name=name, value=clean_xml(value))
    return properties


def _count(element: ET.Element) -> None:
    cases = list(element.iter("testcase"))
    element.set("tests", str(len(cases)))
    element.set("failures", str(sum(case.find("failure") is not None for case in cases)))
    element.set("errors", str(sum(case.find("error") is not None for case in cases)))
    element.set("skipped", str(sum(case.find("skipped") is not None for case in cases)))


def clean_xml(text: str) -> str:
    """``text`` without control characters (which XML 1.0 cannot carry either) and without
    the surrogates and non-characters XML forbids, each replaced by U+FFFD."""
    return _INVALID_XML.sub("\ufffd", printable(text))
