"""Per-criterion verdicts from the evidence, following SMART-RUBRIC.md.

Each judge returns a ``Judgement``: the status, the check that decided a miss (an id
from ``catalog.RULES``), the evidence it rests on, and a one-line message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefsmith.config import Config
from briefsmith.models.goal import Goal
from briefsmith.models.report import Status
from briefsmith.rules.extract import Change, Findings, Hit
from briefsmith.rules.lexicon import Lexicon
from briefsmith.rules.lexicon_util import lower_text


@dataclass(slots=True)
class Judgement:
    status: Status
    message: str
    rule: str | None = None
    evidence: list[Hit] = field(default_factory=list)
    fix: str | None = None


def _quote(hits: list[Hit], limit: int = 3) -> str:
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


def _field_hit(kind: str, key: str, goal: Goal) -> Hit:
    value = goal.fields[key]
    return Hit(kind, 0, 0, f"{key}: {value}", value)


def _concrete(f: Findings) -> list[Hit]:
    return f.term("metrics") + f.term("deliverables")


def measurable(f: Findings) -> Judgement:
    changes = [c.hit for c in f.changes]
    if f.quantities or changes:
        evidence = changes + f.quantities
        return Judgement(Status.PASS, f"Quantified: {_quote(evidence)}.", evidence=evidence)
    activity, deliverables = f.term("activity_verbs"), f.term("deliverables")
    vague_amount = f.term("vague_quantifiers")
    if f.recurrences and (activity or deliverables) and not vague_amount:
        evidence = f.recurrences + activity[:1] + deliverables[:1]
        return Judgement(
            Status.PASS, f"A countable frequency: {_quote(evidence)}.", evidence=evidence
        )
    metrics = f.term("metrics")
    if deliverables and activity and len({m.text.lower() for m in metrics}) >= 2:
        evidence = activity[:1] + deliverables[:1] + metrics
        return Judgement(
            Status.PASS,
            f"A deliverable with a checkable done-state: {_quote(evidence, 5)}.",
            evidence=evidence,
        )
    if deliverables and activity and f.deadlines and not vague_amount:
        evidence = activity[:1] + deliverables[:1] + f.deadlines[:1]
        return Judgement(
            Status.PASS,
            f"A deliverable that is done or not by its date: {_quote(evidence)}.",
            evidence=evidence,
        )
    if _concrete(f):
        return Judgement(
            Status.PARTIAL,
            f"{_quote(_concrete(f), 2)} is named but has no target value"
            + (f"; {_quote(vague_amount, 1)} is not a number." if vague_amount else "."),
            rule="measurable.no-target",
            evidence=_concrete(f) + vague_amount,
            fix="Add the target value and the baseline, e.g. 'from [baseline] to [target]'.",
        )
    return Judgement(
        Status.FAIL,
        "No quantity, frequency or checkable done-state.",
        rule="measurable.no-quantity",
        evidence=f.term("vague_verbs") + f.term("abstract_objects") + vague_amount,
        fix="State a number, percentage, amount or frequency to reach, on a named metric.",
    )


def specific(f: Findings, m: Judgement) -> Judgement:
    concrete = _concrete(f)
    abstract = f.term("abstract_objects")
    vague = f.term("vague_verbs") + abstract
    if m.status is Status.PASS:
        if abstract and not concrete:
            return Judgement(
                Status.PARTIAL,
                f"The number applies to {_quote(abstract, 1)}, which is abstract.",
                rule="specific.abstract-metric",
                evidence=abstract,
                fix=f"Say how {_quote(abstract, 1)} is measured (e.g. a survey metric and its "
                "audience).",
            )
        evidence = concrete or m.evidence
        return Judgement(Status.PASS, f"Concrete: {_quote(evidence)}.", evidence=evidence)
    if concrete and not (abstract and f.term("vague_verbs") and not f.term("activity_verbs")):
        return Judgement(
            Status.PARTIAL,
            f"{_quote(concrete, 2)} is concrete, but the change to it is not stated.",
            rule="specific.no-change",
            evidence=concrete + vague,
            fix="Say exactly what should change about it, and for which audience or channel.",
        )
    return Judgement(
        Status.FAIL,
        (
            f"Only a vague direction: {_quote(vague)}."
            if vague
            else "No concrete outcome, metric or deliverable is named."
        ),
        rule="specific.vague",
        evidence=vague,
        fix="Name the concrete outcome, metric or deliverable and what it applies to "
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


def _first_verb_is_activity(f: Findings) -> Hit | None:
    """The goal's main verb is an activity the team fully controls (publish, hold, train)."""
    cutoff = f.purpose.start if f.purpose else len(f.text)
    # Each list runs left to right: its first hit is its earliest.
    activity = f.terms.get("activity_verbs")
    first = activity[0] if activity and activity[0].start < cutoff else None
    outcome = f.terms.get("outcome_verbs")
    if outcome and outcome[0].start < cutoff and (first is None or outcome[0].start < first.start):
        return None  # an outcome verb comes first (on a tie the activity wins)
    return first


def achievable(f: Findings, goal: Goal, m: Judgement, config: Config, today: dt.date) -> Judgement:
    if f.absolutes:
        return Judgement(
            Status.FAIL,
            f"Absolute target {_quote(f.absolutes)}: not achievable as stated.",
            rule="achievable.absolute",
            evidence=f.absolutes,
            fix="Replace the absolute with a bounded target (which markets, which share).",
        )
    window = _window_days(f, today)
    for change in f.changes:
        reason = _implausible(change, window, config)
        if reason:
            return Judgement(
                Status.FAIL,
                f"Implausible: {reason}.",
                rule="achievable.implausible-growth",
                evidence=[change.hit, *f.deadlines],
                fix="Lower the target or lengthen the window; the thresholds are configurable.",
            )
    if f.no_budget and (f.quantities or f.changes):
        return Judgement(
            Status.FAIL,
            f"A target with {_quote(f.no_budget, 1)}: nothing backs it.",
            rule="achievable.no-budget",
            evidence=f.no_budget + f.quantities[:1],
            fix="Commit a budget or people to it, or lower the target.",
        )
    if m.status is not Status.PASS:
        return Judgement(
            Status.FAIL,
            "No target to judge achievability against.",
            rule="achievable.nothing-to-judge",
            fix="Make the goal measurable first, then add a baseline or a confidence.",
        )
    support: list[Hit] = [
        Hit("baseline", c.hit.start, c.hit.end, c.hit.text, c.hit.value)
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
        support.append(Hit("own_activity", activity.start, activity.end, activity.text))
    if support:
        kinds = sorted({hit.kind.replace("_", " ") for hit in support})
        return Judgement(
            Status.PASS, f"Backed by {', '.join(kinds)}: {_quote(support)}.", evidence=support
        )
    return Judgement(
        Status.PARTIAL,
        "An outcome target with no baseline, confidence, owner or resources.",
        rule="achievable.unsupported",
        evidence=f.quantities[:2] + [c.hit for c in f.changes],
        fix="Add the current baseline ('from [baseline]'), a confidence (e.g. 7/10) or an owner.",
    )


def relevant(f: Findings, goal: Goal, parent_is_result: bool | None) -> Judgement:
    if f.purpose:
        if f.vague_purpose:
            return Judgement(
                Status.PARTIAL,
                f"The purpose {_quote([f.purpose])} names no business result.",
                rule="relevant.vague-purpose",
                evidence=[f.purpose],
                fix="Name the business result it serves (pipeline, revenue, retention, cost).",
            )
        return Judgement(Status.PASS, f"Purpose: {_quote([f.purpose])}.", evidence=[f.purpose])
    if goal.parent_statement:
        parent = Hit("parent", 0, 0, goal.parent_statement)
        parent.value = goal.parent_id
        if parent_is_result:
            return Judgement(
                Status.PASS, f"Serves the parent goal '{goal.parent_statement}'.", evidence=[parent]
            )
        return Judgement(
            Status.PARTIAL,
            f"Nested under '{goal.parent_statement}', which names no business result.",
            rule="relevant.vague-purpose",
            evidence=[parent],
            fix="Nest it under a parent goal with a business result, or add 'to <result>'.",
        )
    return Judgement(
        Status.FAIL,
        "No purpose clause and no parent goal.",
        rule="relevant.no-purpose",
        fix="Add why it matters: 'to support <business result>', or nest it under its parent goal.",
    )


def time_bound(f: Findings, goal: Goal) -> Judgement:
    deadlines = list(f.deadlines)
    if "due" in goal.fields:
        deadlines.append(_field_hit("deadline", "due", goal))
    if deadlines:
        shown = ", ".join(
            f"'{h.text}'" + (f" ({h.value})" if h.value and h.value != h.text else "")
            for h in deadlines[:3]
        )
        return Judgement(Status.PASS, f"Deadline: {shown}.", evidence=deadlines)
    if f.recurrences:
        return Judgement(
            Status.PARTIAL,
            f"{_quote(f.recurrences, 1)} recurs with no start or end.",
            rule="time_bound.unbounded-recurrence",
            evidence=f.recurrences,
            fix="Bound the recurrence, e.g. 'every Monday from January to June 2027'.",
        )
    if f.vague_time:
        return Judgement(
            Status.FAIL,
            f"{_quote(f.vague_time, 1)} is not a date.",
            rule="time_bound.vague-time",
            evidence=f.vague_time,
            fix="Replace it with a date, month, quarter or a window such as 'in 90 days'.",
        )
    return Judgement(
        Status.FAIL,
        "No deadline or time window.",
        rule="time_bound.no-deadline",
        fix="Add a date, month or quarter ('by 31 March 2027', 'in Q2 2027', 'in 90 days').",
    )


def parent_names_result(parent: str, lex: Lexicon) -> bool:
    """A parent counts when it states a business result, not just a section name."""
    low = lower_text(parent)
    found = lex.find_terms(low)
    return bool(found.get("business_terms") or found.get("metrics") or lex.number.search(low))
