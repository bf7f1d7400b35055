"""GitHub Actions workflow commands: ``::error file=…,line=…,title=rule-id::message``.

Printed in a workflow step, each finding becomes an annotation on the goal's line in the
pull request's diff — no code-scanning upload needed. Errors are ``::error``, warnings
``::warning`` and suggestions ``::notice``; the last line is the plain summary.
"""

from __future__ import annotations

from briefsmith.models.report import CheckReport, FileError, GoalAssessment, Severity
from briefsmith.render.common import Issue, report_issues, summary_line
from briefsmith.render.safe import one_line, printable

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "notice"}


def render(
    report: CheckReport,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
    quiet: bool = False,
) -> str:
    """One workflow command per finding and unreadable file, then the summary."""
    lines = [issue_command(goal, issue) for goal, issue in report_issues(report)]
    lines += [error_command(error) for error in report.errors]
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def issue_command(goal: GoalAssessment, issue: Issue) -> str:
    """A finding as a workflow command (also written when streaming)."""
    message = issue.one_line(fix=True)
    return command(_COMMANDS[issue.severity], message, goal.source.path, issue.line, issue.rule)


def error_command(error: FileError) -> str:
    return command("error", one_line(error.message), error.path, error.line, "input-error")


def command(kind: str, message: str, path: str, line: int | None, title: str) -> str:
    """``::kind file=…,line=…,title=…::message`` with GitHub's escaping."""
    props = [f"file={_property(path)}"]
    if line is not None:
        props.append(f"line={line}")
    props.append(f"title={_property(title)}")
    return f"::{kind} {','.join(props)}::{_data(message)}"


def _data(text: str) -> str:
    text = printable(text, newlines=True)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
