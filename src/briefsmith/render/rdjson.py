"""The report in reviewdog's Diagnostic Format (rdjson), for pull-request review comments:

    briefsmith check goals/ -f rdjson | reviewdog -f=rdjson -reporter=github-pr-review

One diagnostic per finding and per unreadable file, located on the goal's line.
"""

from __future__ import annotations

import json
from typing import Any

from briefsmith.models.report import CheckReport, Severity
from briefsmith.render.common import report_issues
from briefsmith.render.safe import one_line
from briefsmith.render.sarif import information_uri

_SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.SUGGESTION: "INFO"}


def render(
    report: CheckReport,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
    quiet: bool = False,
) -> str:
    """rdjson; every counted finding is a diagnostic whatever ``fail_on`` says."""
    diagnostics: list[dict[str, Any]] = []
    for goal, issue in report_issues(report):
        message = issue.one_line(fix=True)
        diagnostics.append(
            _diagnostic(
                message, goal.source.path, issue.line, _SEVERITIES[issue.severity], issue.rule
            )
        )
    for error in report.errors:
        diagnostics.append(
            _diagnostic(one_line(error.message), error.path, error.line, "ERROR", "input-error")
        )
    data = {
        "source": {"name": "briefsmith", "url": information_uri()},
        "diagnostics": diagnostics,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _diagnostic(
    message: str, path: str, line: int | None, severity: str, rule: str
) -> dict[str, Any]:
    location: dict[str, Any] = {"path": one_line(path)}
    if line is not None:
        location["range"] = {"start": {"line": line, "column": 1}}
    return {
        "message": message,
        "location": location,
        "severity": severity,
        "code": {"value": rule},
    }
