"""One line per finding, ``path:line:col: severity rule-id message``, then the summary.

The shape Vale and ruff print: it greps well, editors jump to it, and reviewdog reads it
with ``-efm="%f:%l:%c: %m"``. Goals without findings print nothing.
"""

from __future__ import annotations

from briefsmith.models.report import CheckReport, FileError, GoalAssessment
from briefsmith.render.common import Issue, location, report_issues, summary_line
from briefsmith.render.safe import one_line, printable

INPUT_ERROR = "input-error"


def render(
    report: CheckReport,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
    quiet: bool = False,
) -> str:
    """Findings one per line; the options do not apply (every finding is listed)."""
    lines = [issue_line(goal, issue) for goal, issue in report_issues(report)]
    lines += [error_line(error) for error in report.errors]
    lines.append(summary_line(report))
    return printable("\n".join(lines) + "\n")


def issue_line(goal: GoalAssessment, issue: Issue) -> str:
    """``path:line:1: severity rule-id Criterion: message`` (also written when streaming)."""
    where = location(goal.source.path, issue.line or 1)
    return f"{where}:1: {issue.severity.value} {issue.rule} {issue.one_line()}"


def error_line(error: FileError) -> str:
    where = location(error.path, error.line or 1)
    return f"{where}:1: error {INPUT_ERROR} {one_line(error.message)}"
