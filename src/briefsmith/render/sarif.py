"""The report as SARIF 2.1.0, so GitHub code scanning (and other SARIF viewers) can show
each miss as an annotation on the goal's line.

One result per counted finding; unreadable files are results of the ``input-error``
rule. Fingerprints hash the goal id and rule, so an alert survives edits that move the
goal to another line.
"""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from briefsmith.models.report import CheckReport, FileError, GoalAssessment, Severity
from briefsmith.render.common import Issue, issues, model_reason_text
from briefsmith.render.safe import printable
from briefsmith.rules.catalog import RULES, RULES_BY_ID

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
DEFAULT_INFORMATION_URI = "https://pypi.org/project/briefsmith/"
INPUT_ERROR = "input-error"
FINGERPRINT_KEY = "briefsmithGoalRule/v1"

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "note"}


def render(
    report: CheckReport,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
    quiet: bool = False,
) -> str:
    """SARIF JSON; every counted finding is reported whatever ``fail_on`` says."""
    import json

    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"


def sarif_log(report: CheckReport) -> dict[str, Any]:
    """The SARIF log as plain data (one run)."""
    results: list[dict[str, Any]] = []
    for goal in report.goals:
        results.extend(_result(goal, issue) for issue in issues(goal))
    results.extend(_error_result(error) for error in report.errors)

    rules = [_rule_descriptor(rule.id) for rule in RULES]
    rules.append(_rule_descriptor(INPUT_ERROR))
    known = {rule.id for rule in RULES} | {INPUT_ERROR}
    for result in results:  # ids the catalog does not know still get a descriptor
        if result["ruleId"] not in known:
            known.add(result["ruleId"])
            rules.append(_rule_descriptor(result["ruleId"]))
    index = {descriptor["id"]: i for i, descriptor in enumerate(rules)}
    for result in results:
        result["ruleIndex"] = index[result["ruleId"]]

    run: dict[str, Any] = {"tool": tool(rules), "results": results}
    if properties := _run_properties(report):
        run["properties"] = properties
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


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


def tool(rules: list[dict[str, Any]]) -> dict[str, Any]:
    """The run's ``tool``: briefsmith, its version and homepage, and the rule descriptors."""
    return {
        "driver": {
            "name": "briefsmith",
            "version": tool_version(),
            "informationUri": information_uri(),
            "rules": rules,
        }
    }


def tool_version() -> str:
    try:
        return metadata.version("briefsmith")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def information_uri() -> str:
    """The project's homepage from its metadata (``[project.urls]``), else its PyPI page."""
    try:
        urls: list[str] = metadata.metadata("briefsmith").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return DEFAULT_INFORMATION_URI
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository"}:
            return url.strip()
    return DEFAULT_INFORMATION_URI


def _rule_descriptor(rule_id: str) -> dict[str, Any]:
    rule = RULES_BY_ID.get(rule_id)
    if rule is not None:
        summary, help_text = rule.summary, rule.help
        level = _LEVELS[rule.severity or Severity.ERROR]
        tags = ["smart-goal", rule.group]
    elif rule_id == INPUT_ERROR:
        summary, help_text, level = "A goals file could not be read", "Fix the file.", "error"
        tags = ["input"]
    else:
        summary = help_text = f"briefsmith check {rule_id}"
        level, tags = "warning", ["smart-goal"]
    return {
        "id": rule_id,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": f"{summary}. {help_text}"},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": tags},
    }


def _result(goal: GoalAssessment, issue: Issue) -> dict[str, Any]:
    rule_id = issue.rule
    message = f"{issue.label}: {issue.message.strip()}"
    if issue.fix:
        message += f" Fix: {issue.fix.strip()}"
    result = issue.result
    if result is not None and (reason := model_reason_text(result)):
        message += f" Model: {reason}"
    digest = hashlib.sha256(f"{goal.id}\x00{rule_id}".encode()).hexdigest()[:32]
    properties: dict[str, Any] = {"goalId": goal.id}
    if issue.criterion is not None:
        properties["criterion"] = issue.criterion.value
    if result is not None and result.model_status is not None:
        properties["decidedBy"] = result.decided_by
        properties["modelStatus"] = result.model_status.value
    return {
        "ruleId": rule_id,
        "level": _LEVELS[issue.severity],
        "message": {"text": printable(message)},
        "locations": [_location(goal.source.path, issue.line)],
        "partialFingerprints": {FINGERPRINT_KEY: digest},
        "properties": properties,
    }


def _error_result(error: FileError) -> dict[str, Any]:
    return {
        "ruleId": INPUT_ERROR,
        "level": "error",
        "message": {"text": printable(error.message.strip() or "could not be read")},
        "locations": [_location(error.path, error.line)],
    }


def _location(path: str, line: int | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifact_location(path)}
    if line is not None and line >= 1:
        physical["region"] = {"startLine": line}
    return {"physicalLocation": physical}


def artifact_location(path: str) -> dict[str, str]:
    """A relative path stays relative to ``%SRCROOT%``; an absolute one becomes a file URI."""
    if PureWindowsPath(path).drive:
        return {"uri": PureWindowsPath(path).as_uri()}
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return {"uri": posix.as_uri()}
    return {"uri": quote(posix.as_posix()), "uriBaseId": "%SRCROOT%"}
