"""``--statistics``: how many findings each rule has, most first, then the summary line.

What a team reads first on a large goal file: 200 goals with one identical problem are
one line here, not 2,000.
"""

from __future__ import annotations

from collections import Counter

from briefsmith.catalog import every_rule
from briefsmith.models.report import CheckReport, Severity
from briefsmith.render.common import plural, report_issues, summary_line
from briefsmith.render.safe import printable

INPUT_ERROR = "input-error"


def counts(report: CheckReport) -> Counter[tuple[str, Severity]]:
    """(rule id, severity) → findings, unreadable files as ``input-error`` errors."""
    found: Counter[tuple[str, Severity]] = Counter(
        (issue.rule, issue.severity) for _, issue in report_issues(report)
    )
    if report.errors:
        found[(INPUT_ERROR, Severity.ERROR)] += len(report.errors)
    return found


def render(
    report: CheckReport,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
    quiet: bool = False,
) -> str:
    found = counts(report)
    summaries = {rule.id: rule.summary for rule in every_rule()}
    summaries[INPUT_ERROR] = "A goals file could not be read"
    rows = sorted(found.items(), key=lambda kv: (-kv[1], -kv[0][1].rank, kv[0][0]))
    lines = []
    if rows:
        digits = len(str(rows[0][1]))
        id_width = max(len(rule) for (rule, _), _ in rows)
        for (rule, severity), n in rows:
            summary = summaries.get(rule, "")
            line = f"{n:>{digits}}  {severity.value:<10}  {rule:<{id_width}}  {summary}"
            lines.append(line.rstrip())
    else:
        lines.append("No findings.")
    total = sum(found.values())
    lines.append(f"{plural(total, 'finding')} · {summary_line(report)}")
    return printable("\n".join(lines) + "\n")
