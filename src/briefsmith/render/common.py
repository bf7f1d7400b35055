"""Wording and counting shared by every format, so text, Markdown and CI outputs agree.

What "counts" as a finding, what fails a run at a given ``fail_on`` and how a goal is
located and summarised are decided here once; the format modules only lay them out.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

from briefsmith import placeholders
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

PLACEHOLDER = placeholders.SHOWN
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


# -- hybrid runs (--llm) ---------------------------------------------------------------------
# Every helper below returns None / [] for a rules-only report, so those render unchanged.

REJECTED_PREFIX = "model rewrite: "
"""How the hybrid run records the model's failed rewrite as the first of ``rewrite_issues``."""
DECIDED_BY_MODEL = "decided by the model"


def model_note(result: CriterionResult) -> str | None:
    """``Model: partial — <reason>``: the model's view of one criterion, when it gave one.

    When the model decided the status, the message already quotes its reason, so the note
    only says so: ``Model: partial · decided by the model``.
    """
    if result.model_status is None:
        return None
    note = f"Model: {result.model_status.value}"
    reason = " ".join((result.model_reason or "").split())
    decided = result.decided_by == "model"
    if reason and not (decided and reason in " ".join(result.message.split())):
        note += f" — {reason}"
    if decided:
        note += f" · {DECIDED_BY_MODEL}"
    return note


def model_reason_text(result: CriterionResult) -> str | None:
    """The model's reason, unless the message already carries it (the model decided)."""
    reason = " ".join((result.model_reason or "").split())
    if not reason or reason in " ".join(result.message.split()):
        return None
    return reason


def rewrite_label(goal: GoalAssessment) -> str:
    """``Rewrite (model, verified)`` when the model's rewrite passed verification."""
    return "Rewrite (model, verified)" if goal.rewrite_source == "model" else "Rewrite"


def rejected_rewrite(goal: GoalAssessment) -> tuple[str, list[str]] | None:
    """The model's rejected rewrite (or first issue) and the remaining issues, if any."""
    issues = [" ".join(issue.split()) for issue in goal.rewrite_issues if issue.strip()]
    if not issues:
        return None
    first, *rest = issues
    if first.lower().startswith(REJECTED_PREFIX):
        first = first[len(REJECTED_PREFIX) :]
    return first, rest


def model_error_line(goal: GoalAssessment) -> str | None:
    """``Model: not judged — <why>``: the rules verdict stands on its own."""
    if not goal.model_error:
        return None
    return f"Model: not judged — {' '.join(goal.model_error.split())}"


def usage_line(report: CheckReport) -> str | None:
    """``Model <name>: 3 calls, 2 re-asks, 5 goals from cache · 3,412 prompt + 310 …``."""
    usage = report.usage
    if usage is None:
        return None
    return (
        f"Model {usage.model}: {plural(usage.calls, 'call')}, "
        f"{plural(usage.reasks, 're-ask')}, "
        f"{plural(usage.cached_goals, 'goal')} from cache · "
        f"{usage.prompt_tokens:,} prompt + {usage.completion_tokens:,} completion tokens"
    )


def wants_color() -> bool:
    """Colour only for a real terminal, honouring NO_COLOR / FORCE_COLOR and TERM=dumb."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    stream = sys.stdout
    try:
        return stream is not None and stream.isatty()
    except ValueError:  # closed stream
        return False
