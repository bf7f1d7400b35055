"""Per-criterion verdicts from the evidence, following SMART-RUBRIC.md.

Each judge returns the report's ``CriterionResult`` itself: a pass with its message and
evidence, or a miss named by its check (an id from ``catalog.RULES``), whose status and
severity are looked up in ``Verdicts`` (the catalog and the configuration, once per run),
with a message and a fix.
"""

from __future__ import annotations

import re

from briefsmith.config import Config
from briefsmith.models.fast import maker
from briefsmith.models.goal import Goal, Note
from briefsmith.models.report import CriterionResult, Evidence, Finding, Severity, Status
from briefsmith.rules.catalog import RULES
from briefsmith.rules.context import Inherited
from briefsmith.rules.extract import Change, Findings, evidence_of_parent
from briefsmith.rules.extract import evidence as _evidence
from briefsmith.rules.lexicon import Lexicon
from briefsmith.rules.lexicon_util import lower_text
from briefsmith.rules.messages import Messages

_new_result = maker(CriterionResult)


class Verdicts:
    """Each check's status and severity under one configuration: a miss is a lookup."""

    __slots__ = ("_misses", "_severities")

    def __init__(self, config: Config) -> None:
        self._severities: dict[str, Severity] = {
            rule.id: config.rule_severity(rule) or Severity.WARNING for rule in RULES
        }
        self._misses: dict[str, tuple[Status, Severity]] = {
            rule.id: (rule.status, self._severities[rule.id])
            for rule in RULES
            if rule.status is not None
        }

    def severity(self, rule: str) -> Severity:
        """The severity of a check outside the five criteria (a goal-level finding)."""
        return self._severities.get(rule, Severity.WARNING)

    def note(self, note: Note) -> Finding:
        """A problem found while reading the goal, as a finding at its rule's severity."""
        return Finding(
            rule=note.rule, severity=self.severity(note.rule), message=note.message, line=note.line
        )

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


def suppressed_finding(finding: Finding) -> Finding:
    return finding.model_copy(update={"suppressed": True})


def _field_hit(kind: str, key: str, goal: Goal) -> Evidence:
    value = goal.fields[key]
    return _evidence(kind, 0, 0, f"{key}: {value}", value)


def _concrete(f: Findings) -> list[Evidence]:
    return f.term("metrics") + f.term("deliverables")


def concrete_terms(f: Findings) -> list[Evidence]:
    """What the goal names that is concrete: metrics, deliverables."""
    return _concrete(f)


def vague_terms(f: Findings) -> list[Evidence]:
    return f.term("vague_verbs") + f.term("abstract_objects")


def is_vague(f: Findings) -> bool:
    """Only a vague direction on an abstract object, nothing concrete named."""
    return not _concrete(f) or bool(
        f.term("abstract_objects") and f.term("vague_verbs") and not f.term("activity_verbs")
    )


def whole(f: Findings) -> Evidence:
    """The whole statement as evidence."""
    text = f.text.strip()
    start = f.text.find(text)
    return _evidence("statement", start, start + len(text), text)


def business_terms(f: Findings) -> list[Evidence]:
    """Business results the text names (revenue, retention, pipeline …)."""
    return [
        _evidence("business_term", s, e, f.text[s:e]) for s, e in f.spans.get("business_terms", [])
    ]


def main_activity(f: Findings) -> Evidence | None:
    """The goal's main verb, when it is an activity the team fully controls."""
    return _first_verb_is_activity(f)


def measurable(v: Verdicts, t: Messages, f: Findings) -> CriterionResult:
    changes = [c.hit for c in f.changes]
    if f.quantities or changes:
        evidence = changes + f.quantities
        return v.passed(t.ok("quantified", q=t.quote(evidence)), evidence)
    activity, deliverables = f.term("activity_verbs"), f.term("deliverables")
    vague_amount = f.term("vague_quantifiers")
    if f.recurrences and (activity or deliverables) and not vague_amount:
        evidence = f.recurrences + activity[:1] + deliverables[:1]
        return v.passed(t.ok("frequency", q=t.quote(evidence)), evidence)
    metrics = f.term("metrics")
    if deliverables and activity and len({m.text.lower() for m in metrics}) >= 2:
        evidence = activity[:1] + deliverables[:1] + metrics
        return v.passed(t.ok("done_state", q=t.quote(evidence, 5)), evidence)
    if deliverables and activity and f.deadlines and not vague_amount:
        evidence = activity[:1] + deliverables[:1] + f.deadlines[:1]
        return v.passed(t.ok("done_by_date", q=t.quote(evidence)), evidence)
    if _concrete(f):
        named = t.quote(_concrete(f), 2)
        return v.missed(
            "measurable.no-target",
            t.said("no_target_vague", q=named, vague=t.quote(vague_amount, 1))
            if vague_amount
            else t.said("no_target", q=named),
            _concrete(f) + vague_amount,
            t.fix("no_target"),
        )
    return v.missed(
        "measurable.no-quantity",
        t.said("no_quantity"),
        f.term("vague_verbs") + f.term("abstract_objects") + vague_amount,
        t.fix("no_quantity"),
    )


def specific(v: Verdicts, t: Messages, f: Findings, m: CriterionResult) -> CriterionResult:
    concrete = _concrete(f)
    abstract = f.term("abstract_objects")
    vague = f.term("vague_verbs") + abstract
    if m.status is Status.PASS:
        # A metric in the purpose clause ("…, so that revenue grows") is what the goal is
        # for, not what it applies to: it cannot make a number on an abstract object concrete.
        if abstract and not _outside_purpose(concrete, f):
            named = t.quote(abstract, 1)
            return v.missed(
                "specific.abstract-metric",
                t.said("abstract_metric", q=named),
                abstract,
                t.fix("abstract_metric", q=named),
            )
        evidence = concrete or m.evidence
        return v.passed(t.ok("concrete", q=t.quote(evidence)), evidence)
    if concrete and not (abstract and f.term("vague_verbs") and not f.term("activity_verbs")):
        return v.missed(
            "specific.no-change",
            t.said("no_change", q=t.quote(concrete, 2)),
            concrete + vague,
            t.fix("no_change"),
        )
    return v.missed(
        "specific.vague",
        t.said("vague", q=t.quote(vague)) if vague else t.said("nothing_named"),
        vague,
        t.fix("vague"),
    )


def _outside_purpose(hits: list[Evidence], f: Findings) -> list[Evidence]:
    if f.purpose is None:
        return hits
    start, end = f.purpose.start, f.purpose.end
    return [h for h in hits if not start <= h.start < end]


def _window_days(f: Findings) -> int | None:
    """The longest window the goal's own time expressions give it (a named period's
    length, a window's, or the days to a deadline); a date in the purpose clause ("to hit
    the FY27 plan") dates the business result, not this goal, unless the goal has no other."""
    windows = f.windows
    if f.purpose is not None:
        why = (f.purpose.start, f.purpose.end)
        own = [
            w for w, h in zip(windows, f.deadlines, strict=True) if not why[0] <= h.start < why[1]
        ]
        windows = own or windows
    return max(windows) if windows else None


def _implausible(t: Messages, change: Change, window: int | None, config: Config) -> str | None:
    limits = config.thresholds
    factor = f"{change.factor:.1f}"
    if change.factor >= limits.max_factor:
        return t.said("implausible_any", factor=factor)
    if window is None:
        return None
    for limit in limits.implausible_growth:
        if change.factor >= limit.factor and window <= limit.within_days:
            return t.said(
                "implausible_within",
                factor=factor,
                days=window,
                limit=f"{limit.factor:g}",
                limit_days=limit.within_days,
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
    v: Verdicts,
    t: Messages,
    f: Findings,
    goal: Goal,
    m: CriterionResult,
    config: Config,
    inherited_window: int | None = None,
) -> CriterionResult:
    """``inherited_window``: the window a period stated around the goal gives it."""
    if f.absolutes:
        return v.missed(
            "achievable.absolute",
            t.said("absolute", q=t.quote(f.absolutes)),
            f.absolutes,
            t.fix("absolute"),
        )
    window = _window_days(f) or inherited_window
    for change in f.changes:
        reason = _implausible(t, change, window, config)
        if reason:
            return v.missed(
                "achievable.implausible-growth",
                t.said("implausible", reason=reason),
                [change.hit, *f.deadlines],
                t.fix("implausible"),
            )
    if f.no_budget and (f.quantities or f.changes):
        return v.missed(
            "achievable.no-budget",
            t.said("no_budget", q=t.quote(f.no_budget, 1)),
            f.no_budget + f.quantities[:1],
            t.fix("no_budget"),
        )
    if m.status is not Status.PASS:
        return v.missed(
            "achievable.nothing-to-judge",
            t.said("nothing_to_judge"),
            [],
            t.fix("nothing_to_judge"),
        )
    doubt = _low_confidence(f, goal, config.thresholds.min_confidence)
    if doubt:
        return v.missed(
            "achievable.low-confidence",
            t.said("low_confidence", q=t.quote(doubt)),
            doubt,
            t.fix("low_confidence", min=f"{config.thresholds.min_confidence * 10:g}/10"),
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
        kinds = t.kinds({hit.kind for hit in support})
        return v.passed(t.ok("backed", kinds=kinds, q=t.quote(support)), support)
    return v.missed(
        "achievable.unsupported",
        t.said("unsupported"),
        f.quantities[:2] + [c.hit for c in f.changes],
        t.fix("unsupported"),
    )


_FIELD_CONFIDENCE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(/\s*10|%)?")


def _low_confidence(f: Findings, goal: Goal, minimum: float) -> list[Evidence]:
    """The stated confidences below ``minimum``: the team itself doubts the target."""
    low = [
        hit
        for hit, level in zip(f.confidence, f.confidence_levels, strict=True)
        if level is not None and level < minimum
    ]
    field = goal.fields.get("confidence")
    if field is not None:
        match = _FIELD_CONFIDENCE.search(field)
        if match:
            number = float(match.group(1).replace(",", "."))
            level = number / (100 if match.group(2) == "%" or number > 10 else 10)
            if level < minimum:
                low.append(_field_hit("confidence", "confidence", goal))
    return low


def relevant(
    v: Verdicts,
    t: Messages,
    f: Findings,
    goal: Goal,
    parent_is_result: bool | None,
    objective: str | None = None,
) -> CriterionResult:
    """``objective``: the objective a key result serves, which is its purpose."""
    if f.purpose:
        if f.vague_purpose:
            return v.missed(
                "relevant.vague-purpose",
                t.said("vague_purpose", q=t.quote([f.purpose])),
                [f.purpose],
                t.fix("vague_purpose"),
            )
        return v.passed(t.ok("purpose", q=t.quote([f.purpose])), [f.purpose])
    if objective is not None:
        parent = evidence_of_parent(objective, goal.objective_id)
        return v.passed(t.ok("objective_of", parent=t.quote_text(objective)), [parent])
    if goal.parent_statement:
        parent = evidence_of_parent(goal.parent_statement, goal.parent_id)
        named = t.quote_text(goal.parent_statement)
        if parent_is_result:
            return v.passed(t.ok("parent", parent=named), [parent])
        return v.missed(
            "relevant.vague-purpose",
            t.said("vague_parent", parent=named),
            [parent],
            t.fix("vague_parent"),
        )
    return v.missed(
        "relevant.no-purpose",
        t.said("no_purpose"),
        [],
        t.fix("no_purpose"),
    )


def time_bound(
    v: Verdicts, t: Messages, f: Findings, goal: Goal, inherited: Inherited | None = None
) -> CriterionResult:
    deadlines = list(f.deadlines)
    if "due" in goal.fields:
        deadlines.append(_field_hit("deadline", "due", goal))
    if not deadlines and inherited is not None and inherited.period is not None:
        # A period stated around the goal bounds it, recurrences included ("every
        # Monday" under "## Q1 2027").
        period = inherited.period
        where = t.where(period.source, period.text, period.line)
        first = f.recurrences[:1]
        if first:
            said = t.ok("inherited_recurrence", q=t.quote(first), where=where, value=period.value)
        else:
            said = t.ok("inherited", where=where, value=period.value)
        return v.passed(said, [*first, period])
    if deadlines:
        shown = t.list(
            t.ok("deadline_value", q=t.quote_text(h.text), value=h.value)
            if h.value and h.value != h.text
            else t.quote_text(h.text)
            for h in deadlines[:3]
        )
        return v.passed(t.ok("deadline", shown=shown), deadlines)
    if f.recurrences:
        return v.missed(
            "time_bound.unbounded-recurrence",
            t.said("unbounded_recurrence", q=t.quote(f.recurrences, 1)),
            f.recurrences,
            t.fix("unbounded_recurrence"),
        )
    if f.vague_time:
        return v.missed(
            "time_bound.vague-time",
            t.said("vague_time", q=t.quote(f.vague_time, 1)),
            f.vague_time,
            t.fix("vague_time"),
        )
    return v.missed(
        "time_bound.no-deadline",
        t.said("no_deadline"),
        [],
        t.fix("no_deadline"),
    )


def parent_names_result(parent: str, lex: Lexicon, *, numbers: bool = True) -> bool:
    """A parent counts when it states a business result, not just a section name.

    A number does; so does a business term or metric ("Revenue growth", "Pipeline")
    unless it is only the name of a team ("Marketing × Sales", "市场 × 销售"): a section
    named after the teams says who, not what for.
    """
    low = lower_text(parent)
    if numbers and lex.number.search(low):
        return True
    found = lex.find_terms(low)
    teams = found.get("team_names", [])
    results = found.get("business_terms", []) + found.get("metrics", [])
    return any(not any(s < te and ts < e for ts, te in teams) for s, e in results)
