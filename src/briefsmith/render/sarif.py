"""The check report as SARIF 2.1.0, so GitHub code scanning (and other SARIF viewers) can
show each miss as an annotation on the goal's line.

One result per counted finding; unreadable files are results of the ``input-error``
rule. Fingerprints hash the goal id and rule, so an alert survives edits that move the
goal to another line. The SARIF itself is written by ``render.sarif_writer``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from briefsmith.models.report import CheckReport, FileError, GoalAssessment, Severity
from briefsmith.render import sarif_writer
from briefsmith.render.common import Issue, issues, model_reason_text
from briefsmith.render.safe import printable
from briefsmith.render.sarif_writer import (
    LEVELS,
    SCHEMA_URI,
    Log,
    Result,
    Rule,
    artifact_location,
    information_uri,
    tool,
    tool_version,
)
from briefsmith.rules.catalog import RULES

__all__ = [
    "FINGERPRINT_KEY",
    "INPUT_ERROR",
    "SCHEMA_URI",
    "artifact_location",
    "information_uri",
    "render",
    "sarif_log",
    "tool",
    "tool_version",
]

INPUT_ERROR = "input-error"
FINGERPRINT_KEY = "briefsmithGoalRule/v1"


def render(
    report: CheckReport,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
    quiet: bool = False,
) -> str:
    """SARIF JSON; every counted finding is reported whatever ``fail_on`` says."""
    return sarif_writer.render(_log(report), _results(report))


def sarif_log(report: CheckReport) -> dict[str, Any]:
    """The SARIF log as plain data (one run)."""
    return sarif_writer.sarif_log(_log(report), _results(report))


def _log(report: CheckReport) -> Log:
    rules = [
        Rule(
            rule.id,
            rule.summary,
            rule.help,
            LEVELS[rule.severity or Severity.ERROR],
            ("smart-goal", rule.group),
        )
        for rule in RULES
    ]
    rules.append(Rule(INPUT_ERROR, "A goals file could not be read", "Fix the file.", "error",
                      ("input",)))  # fmt: skip
    return Log(rules, _unknown, _run_properties(report))


def _unknown(rule_id: str) -> Rule:
    text = f"briefsmith check {rule_id}"
    return Rule(rule_id, text, text, "warning", ("smart-goal",))


def _run_properties(report: CheckReport) -> dict[str, Any]:
    """Hybrid runs only: the engine, the model's usage and the goals it could not judge."""
    if report.engine == "rules" and report.usage is None:
        return {}
    properties: dict[str, Any] = {"briefsmith.engine": report.engine}
    if report.usage is not None:
        properties["briefsmith.usage"] = report.usage.model_dump(mode="json")
    not_judged = [
        {"goalId": goal.id, "error": goal.model_error} for goal in report.goals if goal.model_error
    ]
    if not_judged:
        properties["briefsmith.notJudged"] = not_judged
    return properties


def _results(report: CheckReport) -> Iterator[Result]:
    for goal in report.goals:
        for issue in issues(goal):
            yield _result(goal, issue)
    for error in report.errors:
        yield _error_result(error)


def _result(goal: GoalAssessment, issue: Issue) -> Result:
    rule_id = issue.rule
    message = f"{issue.label}: {issue.message.strip()}"
    if issue.fix:
        message += f" Fix: {issue.fix.strip()}"
    result = issue.result
    if result is not None and (reason := model_reason_text(result)):
        message += f" Model: {reason}"
    properties: dict[str, Any] = {"goalId": goal.id}
    if issue.criterion is not None:
        properties["criterion"] = issue.criterion.value
    if result is not None and result.model_status is not None:
        properties["decidedBy"] = result.decided_by
        properties["modelStatus"] = result.model_status.value
    return Result(
        rule_id,
        LEVELS[issue.severity],
        printable(message),
        goal.source.path,
        issue.line,
        (FINGERPRINT_KEY, f"{goal.id}\x00{rule_id}"),
        properties,
    )


def _error_result(error: FileError) -> Result:
    message = printable(error.message.strip() or "could not be read")
    return Result(INPUT_ERROR, "error", message, error.path, error.line)
