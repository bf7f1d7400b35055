"""Wording and counting shared by every format, so text, Markdown and CI outputs agree.

What "counts" as a finding, what fails a run at a given ``fail_on`` and how a goal is
located and summarised are decided here once; the format modules only lay them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefsmith.models.goal import Criterion, SourceLocation
from briefsmith.models.report import (
    CheckReport,
    CriterionResult,
    GoalAssessment,
    Severity,
    Status,
    Verdict,
)

CRITERION_LABELS: dict[Criterion, str] = {
    Criterion.SPECIFIC: "Specific",
    Criterion.MEASURABLE: "Measurable",
    Criterion.ACHIEVABLE: "Achievable",
    Criterion.RELEVANT: "Relevant",
    Criterion.TIME_BOUND: "Time-bound",
}

VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.SMART: "SMART",
    Verdict.PARTIAL: "PARTIAL",
    Verdict.NOT_SMART: "NOT SMART",
}

STATUS_SYMBOLS: dict[Status, str] = {Status.PASS: "✓", Status.PARTIAL: "~", Status.FAIL: "✗"}

PLACEHOLDER = re.compile(r"\[[^\[\]\n]+\]")
"""A ``[placeholder]`` in a rewrite: a fact the author still has to fill in."""


def counts(result: CriterionResult) -> bool:
    """A miss with a severity that nobody turned off: what summaries and CI count."""
    return (
        result.status is not Status.PASS and result.severity is not None and not result.suppressed
    )


def fails(severity: Severity, fail_on: str) -> bool:
    """Whether a finding of ``severity`` fails the run at this ``fail_on`` threshold."""
    if fail_on == "never":
        return False
    return severity.rank >= Severity(fail_on).rank


def findings(goal: GoalAssessment) -> Iterator[tuple[Criterion, CriterionResult]]:
    """The goal's counted findings, worst first, criteria in S-M-A-R-T order within a rank."""
    order = list(Criterion)
    hits = [(c, r) for c, r in goal.criteria.items() if counts(r)]
    hits.sort(key=lambda cr: (-_rank(cr[1]), order.index(cr[0])))
    yield from hits


def _rank(result: CriterionResult) -> int:
    return result.severity.rank if result.severity else 0


def ordered(goal: GoalAssessment) -> list[tuple[Criterion, CriterionResult]]:
    """Criteria in S-M-A-R-T order, whatever order the engine produced them in."""
    return [(c, goal.criteria[c]) for c in Criterion if c in goal.criteria]


def location(source: SourceLocation | str, line: int | None = None) -> str:
    """``path:line`` (or just ``path``), the form editors and terminals turn into links."""
    if isinstance(source, SourceLocation):
        path, line = source.path, source.line
    else:
        path = source
    return f"{path}:{line}" if line is not None else path


def evidence_text(result: CriterionResult, limit: int = 60) -> str:
    """The matched texts, comma-separated and shortened: enough to see what was found."""
    seen: list[str] = []
    for item in result.evidence:
        if item.text and item.text not in seen:
            seen.append(item.text)
    return shorten(", ".join(seen), limit)


def shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, ending in an ellipsis when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def summary_line(report: CheckReport) -> str:
    """``7 goals: 2 SMART, 3 partial, 2 not SMART · 9 errors, 4 warnings · 1 file …``."""
    s = report.summary
    parts = [
        f"{plural(s.goals, 'goal')}: {s.smart} SMART, {s.partial} partial, {s.not_smart} not SMART"
    ]
    by_severity = [
        plural(s.by_severity.get(sev, 0), sev.value) for sev in Severity if s.by_severity.get(sev)
    ]
    parts.append(", ".join(by_severity) if by_severity else "no findings")
    if s.errors:
        parts.append(f"{plural(s.errors, 'file')} could not be read")
    return " · ".join(parts)
