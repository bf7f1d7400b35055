"""One line per finding, ``path:line:col: severity rule-id message``, then the summary.

The shape Vale and ruff print: it greps well, editors jump to it, and reviewdog reads it
with ``-efm="%f:%l:%c: %m"``. Goals without findings print nothing.
"""

from __future__ import annotations

from briefsmith.models.report import CheckReport
from briefsmith.render.common import location, report_issues, summary_line
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
    lines = []
    for goal, issue in report_issues(report):
        where = location(goal.source.path, issue.line or 1)
        lines.append(f"{where}:1: {issue.severity.value} {issue.rule} {issue.one_line()}")
    for error in report.errors:
        where = location(error.path, error.line or 1)
        lines.append(f"{where}:1: error {INPUT_ERROR} {one_line(error.message)}")
    lines.append(summary_line(report))
    return printable("\n".join(lines) + "\n")
