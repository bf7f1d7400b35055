"""Wording and counting shared by every format, so text, Markdown and CI outputs agree.

What "counts" as a finding, what fails a run at a given ``fail_on`` and how a goal is
located and summarised are decided here once; the format modules only lay them out.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from briefsmith import placeholders
from briefsmith.models.goal import Criterion, GoalKind, GoalStatus, SourceLocation
from briefsmith.models.report import (
    CheckReport,
    CriterionResult,
    Evidence,
    Finding,
    GoalAssessment,
    Severity,
    Status,
    Verdict,
)
from briefsmith.render.safe import one_line, printable

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

STATUS_LABELS: dict[GoalStatus, str] = {
    GoalStatus.DONE: "DONE",
    GoalStatus.PLACEHOLDER: "PLACEHOLDER",
}


def goal_label(goal: GoalAssessment) -> str:
    """``SMART`` / ``PARTIAL`` / ``NOT SMART`` for judged goals, ``DONE`` / ``PLACEHOLDER``
    for items that are only listed."""
    if goal.verdict is None:
        return STATUS_LABELS.get(goal.status, goal.status.value.upper())
    return VERDICT_LABELS[goal.verdict]


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


@dataclass(frozen=True, slots=True)
class Issue:
    """One counted finding of a goal, whether it is a criterion's miss or a check outside
    the five criteria (``objective.too-few-key-results``, ``placeholder.unfilled`` …): the
    shape every format lays out, counts and filters by rule id."""

    rule: str
    severity: Severity
    message: str
    fix: str | None
    evidence: list[Evidence]
    line: int | None
    """The line it is on: the finding's own, else the goal's."""
    criterion: Criterion | None = None
    result: CriterionResult | None = None
    """The criterion's result (for the model's view in hybrid runs); None for a finding."""

    @property
    def label(self) -> str:
        """``Measurable`` for a criterion's miss, ``Finding`` for a check outside them."""
        return CRITERION_LABELS[self.criterion] if self.criterion else FINDING_LABEL


FINDING_LABEL = "Finding"


def issues(goal: GoalAssessment) -> list[Issue]:
    """Every counted finding of ``goal``, worst first: the criteria's misses (S-M-A-R-T
    order within a rank), then the goal's own findings, in the order they were made."""
    out = [
        Issue(
            rule=result.rule or criterion.value,
            severity=result.severity or Severity.WARNING,
            message=result.message,
            fix=result.fix,
            evidence=result.evidence,
            line=goal.source.line,
            criterion=criterion,
            result=result,
        )
        for criterion, result in findings(goal)
    ]
    out += [finding_issue(goal, f) for f in goal.findings if not f.suppressed]
    out.sort(key=lambda issue: -issue.severity.rank)  # stable: the order above within a rank
    return out


def finding_issue(goal: GoalAssessment, finding: Finding) -> Issue:
    return Issue(
        rule=finding.rule,
        severity=finding.severity,
        message=finding.message,
        fix=finding.fix,
        evidence=finding.evidence,
        line=finding.line if finding.line is not None else goal.source.line,
    )


def report_issues(report: CheckReport) -> Iterator[tuple[GoalAssessment, Issue]]:
    for goal in report.goals:
        for issue in issues(goal):
            yield goal, issue


def failing(report: CheckReport, fail_on: str) -> bool:
    """Whether any counted finding is at or above ``fail_on`` (done and placeholder items
    have no judged criteria, so only their own findings can count)."""
    return any(fails(issue.severity, fail_on) for _, issue in report_issues(report))


# -- objectives, key results and items that are not judged --------------------------------

KIND_LABELS: dict[GoalKind, str] = {
    GoalKind.OBJECTIVE: "objective",
    GoalKind.KEY_RESULT: "key result",
    GoalKind.INITIATIVE: "initiative",
}


def judged(goal: GoalAssessment) -> bool:
    """Whether the goal was judged (done and placeholder items are only listed)."""
    return goal.verdict is not None or bool(goal.criteria)


def arranged(goals: Iterable[GoalAssessment]) -> list[GoalAssessment]:
    """Each objective followed by its key results and initiatives, the rest in file order.

    Members already follow their objective in an outline; a member whose objective is
    elsewhere in the report (an OKR table, a later section) is moved under it.
    """
    goals = list(goals)
    objectives = {g.id for g in goals if g.kind is GoalKind.OBJECTIVE}
    members: dict[str, list[GoalAssessment]] = {}
    for goal in goals:
        if goal.objective_id in objectives and goal.kind is not GoalKind.OBJECTIVE:
            members.setdefault(goal.objective_id or "", []).append(goal)
    if not members:
        return goals
    out: list[GoalAssessment] = []
    for goal in goals:
        if goal.objective_id in members and goal.kind is not GoalKind.OBJECTIVE:
            continue
        out.append(goal)
        if goal.kind is GoalKind.OBJECTIVE:
            out.extend(members.get(goal.id, []))
    return out


def shown(report: CheckReport, quiet: bool = False) -> list[GoalAssessment]:
    """The goals a report lists, arranged; with ``quiet`` only those with findings."""
    goals = arranged(report.goals)
    return [g for g in goals if issues(g)] if quiet else goals


def members_of(report: CheckReport) -> dict[str, list[GoalAssessment]]:
    """Objective id → its key results and initiatives."""
    out: dict[str, list[GoalAssessment]] = {}
    for goal in report.goals:
        if goal.objective_id is not None and goal.kind is not GoalKind.OBJECTIVE:
            out.setdefault(goal.objective_id, []).append(goal)
    return out


def rollup(members: list[GoalAssessment]) -> str:
    """``3 of 4 key results SMART · 1 done · 2 initiatives``: an objective at a glance."""
    krs = [g for g in members if g.kind is GoalKind.KEY_RESULT]
    scored = [g for g in krs if g.verdict is not None]
    smart = sum(g.verdict is Verdict.SMART for g in scored)
    parts = (
        [f"{smart} of {plural(len(scored), 'key result')} SMART"]
        if scored
        else ["no key results judged" if krs else "no key results"]
    )
    for status in (GoalStatus.DONE, GoalStatus.PLACEHOLDER):
        n = sum(g.status is status and g.verdict is None for g in krs)
        if n:
            parts.append(f"{n} {STATUS_LABELS[status].lower()}")
    if initiatives := sum(g.kind is GoalKind.INITIATIVE for g in members):
        parts.append(plural(initiatives, "initiative"))
    return " · ".join(parts)


def progress_text(goal: GoalAssessment) -> str:
    return f"{round(goal.progress * 100)}%" if goal.progress is not None else ""


def listed_marks(goal: GoalAssessment) -> str:
    """``[x]; 65%``: what marked a done or placeholder item, and its progress (the mark
    left out when it is the whole statement, as a bare ``TBD`` is)."""
    reason = one_line(goal.status_reason or "").strip("()（）")
    if reason == one_line(goal.statement):
        reason = ""
    return "; ".join(mark for mark in (reason, progress_text(goal)) if mark)


def ordered(goal: GoalAssessment) -> list[tuple[Criterion, CriterionResult]]:
    """Criteria in S-M-A-R-T order, whatever order the engine produced them in."""
    return [(c, goal.criteria[c]) for c in Criterion if c in goal.criteria]


def location(source: SourceLocation | str, line: int | None = None) -> str:
    """``path:line`` (or just ``path``), the form editors and terminals turn into links."""
    if isinstance(source, SourceLocation):
        path, line = source.path, source.line
    else:
        path = source
    path = printable(path, newlines=False)
    return f"{path}:{line}" if line is not None else path


def evidence_text(result: CriterionResult | Finding, limit: int = 60) -> str:
    """The matched texts, comma-separated and shortened: enough to see what was found."""
    seen: list[str] = []
    for item in result.evidence:
        if item.text and item.text not in seen:
            seen.append(item.text)
    return shorten(", ".join(seen), limit)


def shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, ending in an ellipsis when cut."""
    flat = one_line(text)
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def summary_line(report: CheckReport) -> str:
    """``7 goals: 2 SMART, 3 partial, 2 not SMART · 9 errors, 4 warnings · 1 file …``."""
    s = report.summary
    parts = [
        f"{plural(s.goals, 'goal')}: {s.smart} SMART, {s.partial} partial, {s.not_smart} not SMART"
    ]
    listed = [f"{s.done} done"] if s.done else []
    if s.placeholders:
        listed.append(plural(s.placeholders, "placeholder"))
    if listed:  # items listed, not judged (done ones are judged too with --include-done)
        parts.append(", ".join(listed))
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
    reason = one_line(result.model_reason or "")
    decided = result.decided_by == "model"
    if reason and not (decided and reason in one_line(result.message)):
        note += f" — {reason}"
    if decided:
        note += f" · {DECIDED_BY_MODEL}"
    return note


def model_reason_text(result: CriterionResult) -> str | None:
    """The model's reason, unless the message already carries it (the model decided)."""
    reason = one_line(result.model_reason or "")
    if not reason or reason in one_line(result.message):
        return None
    return reason


def rewrite_label(goal: GoalAssessment) -> str:
    """``Rewrite (model, verified)`` when the model's rewrite passed verification."""
    return "Rewrite (model, verified)" if goal.rewrite_source == "model" else "Rewrite"


def rejected_rewrite(goal: GoalAssessment) -> tuple[str, list[str]] | None:
    """The model's rejected rewrite (or first issue) and the remaining issues, if any."""
    issues = [one_line(issue) for issue in goal.rewrite_issues if issue.strip()]
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
    return f"Model: not judged — {one_line(goal.model_error)}"


def usage_line(report: CheckReport) -> str | None:
    """``Model <name>: 3 calls, 2 re-asks, 5 goals from cache · 3,412 prompt + 310 …``."""
    usage = report.usage
    if usage is None:
        return None
    return (
        f"Model {one_line(usage.model)}: {plural(usage.calls, 'call')}, "
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
