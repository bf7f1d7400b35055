"""Per-criterion verdicts from the evidence, following SMART-RUBRIC.md.

Each judge returns the report's ``CriterionResult`` itself: a pass with its message and
evidence, or a miss named by its check (an id from ``catalog.RULES``), whose status and
severity are looked up in ``Verdicts`` (the catalog and the configuration, once per run),
with a message and a fix.
"""

from __future__ import annotations

import datetime as dt

from briefsmith.config import Config
from briefsmith.models.fast import maker
from briefsmith.models.goal import Goal
from briefsmith.models.report import CriterionResult, Evidence, Severity, Status
from briefsmith.rules.catalog import RULES
from briefsmith.rules.extract import Change, Findings, evidence_of_parent
from briefsmith.rules.extract import evidence as _evidence
from briefsmith.rules.lexicon import Lexicon
from briefsmith.rules.lexicon_util import lower_text

_new_result = maker(CriterionResult)


class Verdicts:
    """Each check's status and severity under one configuration: a miss is a lookup."""

    __slots__ = ("_misses",)

    def __init__(self, config: Config) -> None:
        self._misses: dict[str, tuple[Status, Severity]] = {
            rule.id: (rule.status, rule.severity(config.severity_for(rule.criterion)))
            for rule in RULES
        }

    def passed(self, message: str, evidence: list[Evidence]) -> CriterionResult:
        return _result(Status.PASS, None, None, evidence, message, None)

    def missed(
        self, rule: str, message: str, evidence: list[Evidence], fix: str
    ) -> CriterionResult:
        status, severity = self._misses[rule]
        return _result(status, rule, severity, evidence, message, fix)


def _result(
    status: Status,
    rule: str | None,
    severity: Severity | None,
    evidence: list[Evidence],
    message: str,
    fix: str | None,
) -> CriterionResult:
    return _new_result(
        {
            "status": status,
            "rule": rule,
            "severity": severity,
            "evidence": list(evidence),  # its own list: criteria may cite the same one
            "message": message,
            "fix": fix,
            "suppressed": False,
            "decided_by": "rules",
            "model_status": None,
            "model_reason": None,
        }
    )


def suppressed(result: CriterionResult) -> CriterionResult:
    """The result turned off by configuration or an inline comment."""
    return _new_result({**result.__dict__, "suppressed": True})


def _quote(hits: list[Evidence], limit: int = 3) -> str:
    """The first ``limit`` distinct texts of ``hits``, each in quotes."""
    if len(hits) == 1:
        return "'" + hits[0].text + "'"
    seen: list[str] = []
    for hit in hits:
        if hit.text not in seen:
            seen.append(hit.text)
            if len(seen) == limit:
                break
    return "'" + "', '".join(seen) + "'" if seen else ""


def _field_hit(kind: str, key: str, goal: Goal) -> Evidence:
    value = goal.fields[key]
    return _evidence(kind, 0, 0, f"{key}: {value}", value)


def _concrete(f: Findings) -> list[Evidence]:
    return f.term("metrics") + f.term("deliverables")


def measurable(v: Verdicts, f: Findings) -> CriterionResult:
    changes = [c.hit for c in f.changes]
    if f.quantities or changes:
        evidence = changes + f.quantities
        return v.passed(f"Quantified: {_quote(evidence)}.", evidence)
    activity, deliverables = f.term("activity_verbs"), f.term("deliverables")
    vague_amount = f.term("vague_quantifiers")
    if f.recurrences and (activity or deliverables) and not vague_amount:
        evidence = f.recurrences + activity[:1] + deliverables[:1]
        return v.passed(f"A countable frequency: {_quote(evidence)}.", evidence)
    metrics = f.term("metrics")
    if deliverables and activity and len({m.text.lower() for m in metrics}) >= 2:
        evidence = activity[:1] + deliverables[:1] + metrics
        return v.passed(
            f"A deliverable with a checkable done-state: {_quote(evidence, 5)}.",
            evidence,
        )
    if deliverables and activity and f.deadlines and not vague_amount:
        evidence = activity[:1] + deliverables[:1] + f.deadlines[:1]
        return v.passed(
            f"A deliverable that is done or not by its date: {_quote(evidence)}.",
            evidence,
        )
    if _concrete(f):
        return v.missed(
            "measurable.no-target",
            f"{_quote(_concrete(f), 2)} is named but has no target value"
            + (f"; {_quote(vague_amount, 1)} is not a number." if vague_amount else "."),
            _concrete(f) + vague_amount,
            "Add the target value and the baseline, e.g. 'from [baseline] to [target]'.",
        )
    return v.missed(
        "measurable.no-quantity",
        "No quantity, frequency or checkable done-state.",
        f.term("vague_verbs") + f.term("abstract_objects") + vague_amount,
        "State a number, percentage, amount or frequency to reach, on a named metric.",
    )


def specific(v: Verdicts, f: Findings, m: CriterionResult) -> CriterionResult:
    concrete = _concrete(f)
    abstract = f.term("abstract_objects")
    vague = f.term("vague_verbs") + abstract
    if m.status is Status.PASS:
        if abstract and not concrete:
            return v.missed(
                "specific.abstract-metric",
                f"The number applies to {_quote(abstract, 1)}, which is abstract.",
                abstract,
                f"Say how {_quote(abstract, 1)} is measured (e.g. a survey metric and its "
                "audience).",
            )
        evidence = concrete or m.evidence
        return v.passed(f"Concrete: {_quote(evidence)}.", evidence)
    if concrete and not (abstract and f.term("vague_verbs") and not f.term("activity_verbs")):
        return v.missed(
            "specific.no-change",
            f"{_quote(concrete, 2)} is concrete, but the change to it is not stated.",
            concrete + vague,
            "Say exactly what should change about it, and for which audience or channel.",
        )
    return v.missed(
        "specific.vague",
        (
            f"Only a vague direction: {_quote(vague)}."
            if vague
            else "No concrete outcome, metric or deliverable is named."
        ),
        vague,
        "Name the concrete outcome, metric or deliverable and what it applies to "
        "(e.g. 'MQLs from paid search').",
    )


def _window_days(f: Findings, today: dt.date) -> int | None:
    if not f.end_dates:
        return None
    return max((max(f.end_dates) - today).days, 1)


def _implausible(change: Change, window: int | None, config: Config) -> str | None:
    limits = config.thresholds
    if change.factor >= limits.max_factor:
        return f"a ×{change.factor:.1f} change is implausible in any window"
    if window is None:
        return None
    for limit in limits.implausible_growth:
        if change.factor >= limit.factor and window <= limit.within_days:
            return (
                f"a ×{change.factor:.1f} change within {window} days "
                f"(limit: ×{limit.factor:g} within {limit.within_days} days)"
            )
    return None


def _first_verb_is_activity(f: Findings) -> Evidence | None:
    """The goal's main verb is an activity the team fully controls (publish, hold, train)."""
    cutoff = f.purpose.start if f.purpose else len(f.text)
    # Each list runs left to right: its first hit is its earliest.
    activity = f.terms.get("activity_verbs")
    first = activity[0] if activity and activity[0].start < cutoff else None
    outcome = f.first_outcome
    if outcome is not None and outcome < cutoff and (first is None or outcome < first.start):
        return None  # an outcome verb comes first (on a tie the activity wins)
    return first


def achievable(
    v: Verdicts, f: Findings, goal: Goal, m: CriterionResult, config: Config, today: dt.date
) -> CriterionResult:
    if f.absolutes:
        return v.missed(
            "achievable.absolute",
            f"Absolute target {_quote(f.absolutes)}: not achievable as stated.",
            f.absolutes,
            "Replace the absolute with a bounded target (which markets, which share).",
        )
    window = _window_days(f, today)
    for change in f.changes:
        reason = _implausible(change, window, config)
        if reason:
            return v.missed(
                "achievable.implausible-growth",
                f"Implausible: {reason}.",
                [change.hit, *f.deadlines],
                "Lower the target or lengthen the window; the thresholds are configurable.",
            )
    if f.no_budget and (f.quantities or f.changes):
        return v.missed(
            "achievable.no-budget",
            f"A target with {_quote(f.no_budget, 1)}: nothing backs it.",
            f.no_budget + f.quantities[:1],
            "Commit a budget or people to it, or lower the target.",
        )
    if m.status is not Status.PASS:
        return v.missed(
            "achievable.nothing-to-judge",
            "No target to judge achievability against.",
            [],
            "Make the goal measurable first, then add a baseline or a confidence.",
        )
    support: list[Evidence] = [
        _evidence("baseline", c.hit.start, c.hit.end, c.hit.text, c.hit.value)
        for c in f.changes
        if c.base is not None
    ]
    support += f.baselines + f.confidence + f.owners + f.budget
    for key, kind in (
        ("baseline", "baseline"),
        ("confidence", "confidence"),
        ("owner", "owner"),
        ("budget", "resources"),
    ):
        if key in goal.fields:
            support.append(_field_hit(kind, key, goal))
    activity = _first_verb_is_activity(f)
    if activity:
        support.append(_evidence("own_activity", activity.start, activity.end, activity.text))
    if support:
        kinds = sorted({hit.kind.replace("_", " ") for hit in support})
        return v.passed(f"Backed by {', '.join(kinds)}: {_quote(support)}.", support)
    return v.missed(
        "achievable.unsupported",
        "An outcome target with no baseline, confidence, owner or resources.",
        f.quantities[:2] + [c.hit for c in f.changes],
        "Add the current baseline ('from [baseline]'), a confidence (e.g. 7/10) or an owner.",
    )


def relevant(
    v: Verdicts, f: Findings, goal: Goal, parent_is_result: bool | None
) -> CriterionResult:
    if f.purpose:
        if f.vague_purpose:
            return v.missed(
                "relevant.vague-purpose",
                f"The purpose {_quote([f.purpose])} names no business result.",
                [f.purpose],
                "Name the business result it serves (pipeline, revenue, retention, cost).",
            )
        return v.passed(f"Purpose: {_quote([f.purpose])}.", [f.purpose])
    if goal.parent_statement:
        parent = evidence_of_parent(goal.parent_statement, goal.parent_id)
        if parent_is_result:
            return v.passed(f"Serves the parent goal '{goal.parent_statement}'.", [parent])
        return v.missed(
            "relevant.vague-purpose",
            f"Nested under '{goal.parent_statement}', which names no business result.",
            [parent],
            "Nest it under a parent goal with a business result, or add 'to <result>'.",
        )
    return v.missed(
        "relevant.no-purpose",
        "No purpose clause and no parent goal.",
        [],
        "Add why it matters: 'to support <business result>', or nest it under its parent goal.",
    )


def time_bound(v: Verdicts, f: Findings, goal: Goal) -> CriterionResult:
    deadlines = list(f.deadlines)
    if "due" in goal.fields:
        deadlines.append(_field_hit("deadline", "due", goal))
    if deadlines:
        shown = ", ".join(
            f"'{h.text}'" + (f" ({h.value})" if h.value and h.value != h.text else "")
            for h in deadlines[:3]
        )
        return v.passed(f"Deadline: {shown}.", deadlines)
    if f.recurrences:
        return v.missed(
            "time_bound.unbounded-recurrence",
            f"{_quote(f.recurrences, 1)} recurs with no start or end.",
            f.recurrences,
            "Bound the recurrence, e.g. 'every Monday from January to June 2027'.",
        )
    if f.vague_time:
        return v.missed(
            "time_bound.vague-time",
            f"{_quote(f.vague_time, 1)} is not a date.",
            f.vague_time,
            "Replace it with a date, month, quarter or a window such as 'in 90 days'.",
        )
    return v.missed(
        "time_bound.no-deadline",
        "No deadline or time window.",
        [],
        "Add a date, month or quarter ('by 31 March 2027', 'in Q2 2027', 'in 90 days').",
    )


def parent_names_result(parent: str, lex: Lexicon) -> bool:
    """A parent counts when it states a business result, not just a section name."""
    low = lower_text(parent)
    found = lex.find_terms(low)
    return bool(found.get("business_terms") or found.get("metrics") or lex.number.search(low))
