"""Per-criterion verdicts from the evidence, following SMART-RUBRIC.md.

Each judge returns the report's ``CriterionResult`` itself: a pass with its message and
evidence, or a miss named by its check (an id from ``catalog.RULES``), whose status and
severity are looked up in ``Verdicts`` (the catalog and the configuration, once per run),
with a message and a fix.
"""

from __future__ import annotations

from briefsmith import regex_cache
from briefsmith.config import Config
from briefsmith.models.fast import maker
from briefsmith.models.goal import Goal, GoalKind, Note
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
    """What the goal is about (see ``objects``)."""
    return objects(f)


def vague_terms(f: Findings) -> list[Evidence]:
    return f.term("vague_verbs") + f.term("abstract_objects")


def is_vague(f: Findings) -> bool:
    """Only a vague direction on an abstract object, nothing concrete named."""
    return not objects(f)


def whole(f: Findings) -> Evidence:
    """The whole statement as evidence."""
    text = f.text.strip()
    start = f.text.find(text)
    return _evidence("statement", start, start + len(text), text)


def business_results(f: Findings) -> list[Evidence]:
    """Business results the text names (revenue, retention, pipeline …): not a team ("Sales
    managers") and not people ("Customers get a reply the same day")."""
    beside = f.spans.get("team_names", []) + f.spans.get("others", [])
    return [
        _evidence("business_term", s, e, f.text[s:e])
        for s, e in f.spans.get("business_terms", [])
        if not any(ts < e and s < te for ts, te in beside)
    ]


def main_activity(f: Findings) -> Evidence | None:
    """The goal's main verb, when it is an activity the team fully controls."""
    return _first_verb_is_activity(f)


def objects(f: Findings, *, beside_abstract: bool = False) -> list[Evidence]:
    """What the goal is about, outside its purpose clause: the metrics and deliverables it
    names and every word no list explains (concrete is the default). Beside an abstract
    object ("the onboarding experience for new merchants") only a named metric or
    deliverable counts for Specific: the other words only qualify the abstract one.
    ``beside_abstract`` counts them anyway (for Measurable: a number on "the onboarding
    experience for new merchants" has something to count)."""
    key = "objects+" if beside_abstract else "objects"
    cached = f.cache.get(key)
    if cached is None:
        cached = f.cache[key] = _objects(f, beside_abstract)
    return cached  # type: ignore[return-value]


def _objects(f: Findings, beside_abstract: bool) -> list[Evidence]:
    # "Improve awareness with sales": a team, not a metric ("triple sales" has a number).
    teams_all = f.spans.get("team_names", [])
    teams = [] if f.quantities or f.changes else teams_all
    hits = [
        h
        for h in _concrete(f)
        if (f.purpose is None or h.start < f.purpose.start)
        and not any(s <= h.start and h.end <= e for s, e in teams)
    ]
    # An abstract word that is also a team's name and opens the goal as its subject
    # ("Продажи и маркетинг смотрят на одни цифры") names who, not a vague object.
    lead = _SUBJECT.match(f.text)
    opening = lead.end() if lead else 0
    abstract = [
        a
        for a in f.term("abstract_objects")
        if not (a.start <= opening and _overlaps_any(teams_all, a.start, a.end))
    ]
    if not hits and not f.content and not abstract and (f.quantities or f.recurrences):
        # An activity measured by itself is concrete: "meditate 10 minutes every evening".
        return _before_purpose(f, f.term("activity_verbs"))[:1]
    if abstract and not beside_abstract:
        return hits
    spans = [(h.start, h.end) for h in hits]
    hits += [c for c in f.content if not _overlaps_any(spans, c.start, c.end)]
    hits.sort(key=lambda h: h.start)
    return hits


_SUBJECT = regex_cache.compile(r"^\W*(?:\w+\W+(?:and|и|和|与|&|×)\W+)?")
"""The start of a goal, up to where a subject of one or two names ends."""


def _before_purpose(f: Findings, hits: list[Evidence]) -> list[Evidence]:
    """Hits about the goal itself: "so that it looks nicer" is no vague amount of it."""
    if f.purpose is None or not hits:
        return hits
    return [h for h in hits if h.start < f.purpose.start]


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in spans)


def _changes_without_amount(f: Findings) -> bool:
    """The goal is led by a change of level ("improve", "grow", "提高", "повысить") or a
    vague verb: with no amount it states no target, and no done-state either."""
    verbs = (
        f.spans.get("change_verbs", [])
        + f.spans.get("vague_verbs", [])
        + f.spans.get("vague_comparatives", [])
    )
    cutoff = f.purpose.start if f.purpose is not None else len(f.text)
    return any(s < cutoff for s, _ in verbs)


def measurable(v: Verdicts, t: Messages, f: Findings, dated: bool = False) -> CriterionResult:
    """``dated``: the goal has a deadline of its own, in a field or around it."""
    changes = [c.hit for c in f.changes]
    named = objects(f)
    vague_amount = _before_purpose(f, f.term("vague_quantifiers"))
    if f.quantities or changes:
        evidence = changes + f.quantities
        abstract = f.term("abstract_objects")
        # "40% greener": a number on a quality compared, with no metric to count.
        compared = _before_purpose(f, f.term("vague_comparatives"))
        if compared or (abstract and not objects(f, beside_abstract=True)):
            abstract = compared or abstract  # "brand perception +30%"
            if f.recurrences and not vague_amount:  # time spent on it, every week
                evidence = f.recurrences + evidence
                return v.passed(t.ok("frequency", q=t.quote(evidence)), evidence)
            return v.missed(
                "measurable.no-target",
                t.said("abstract_target", q=t.quote(abstract, 2)),
                evidence + abstract,
                t.fix("abstract_target", q=t.quote(abstract, 1)),
            )
        return v.passed(t.ok("quantified", q=t.quote(evidence)), evidence)
    if f.recurrences and not vague_amount:
        evidence = f.recurrences + named[:1]
        return v.passed(t.ok("frequency", q=t.quote(evidence)), evidence)
    metrics = f.term("metrics")
    deliverables, activity = f.term("deliverables"), f.term("activity_verbs")
    if deliverables and activity and len({m.text.lower() for m in metrics}) >= 2:
        evidence = activity[:1] + deliverables[:1] + metrics
        return v.passed(t.ok("done_state", q=t.quote(evidence, 5)), evidence)
    if named and not vague_amount:
        if f.state is not None and not _changes_without_amount(f):
            # "Reduce the number of failed runs": led by a change of level, a word that
            # reads as a state ("runs") is a plural noun, and no level is stated.
            evidence = [*named[:2], f.state]
            return v.passed(t.ok("done_state", q=t.quote(evidence)), evidence)
        if (f.deadlines or dated) and not _changes_without_amount(f):
            evidence = named[:2] + f.deadlines[:1]
            return v.passed(t.ok("done_by_date", q=t.quote(evidence)), evidence)
        task = _before_purpose(f, f.term("activity_verbs"))
        if task and not f.vague_time and not _changes_without_amount(f):
            # "Publish the supplier list on the intranet": a deliverable that is there or
            # not, however long it takes (Time-bound says when). A vague time in place of
            # a date ("launch the campaign on time", "soon") leaves nothing to check.
            evidence = task[:1] + named[:2]
            return v.passed(t.ok("done_state", q=t.quote(evidence)), evidence)
    if metrics or (named and (_changes_without_amount(f) or vague_amount)):
        shown = metrics or named
        quoted = t.quote(shown, 2)
        return v.missed(
            "measurable.no-target",
            t.said("no_target_vague", q=quoted, vague=t.quote(vague_amount, 1))
            if vague_amount
            else t.said("no_target", q=quoted),
            shown + vague_amount,
            t.fix("no_target"),
        )
    return v.missed(
        "measurable.no-quantity",
        t.said("no_quantity"),
        f.term("vague_verbs") + f.term("abstract_objects") + vague_amount,
        t.fix("no_quantity"),
    )


def specific(v: Verdicts, t: Messages, f: Findings, m: CriterionResult) -> CriterionResult:
    named = objects(f)
    abstract = f.term("abstract_objects")
    vague = f.term("vague_verbs") + abstract + f.term("vague_comparatives")
    if not named:
        if abstract and (m.status is Status.PASS or f.quantities or f.changes):
            quoted = t.quote(abstract, 1)
            return v.missed(
                "specific.abstract-metric",
                t.said("abstract_metric", q=quoted),
                abstract,
                t.fix("abstract_metric", q=quoted),
            )
        return v.missed(
            "specific.vague",
            t.said("vague", q=t.quote(vague)) if vague else t.said("nothing_named"),
            vague,
            t.fix("vague"),
        )
    if m.status is Status.PASS:
        return v.passed(t.ok("concrete", q=t.quote(named)), named)
    return v.missed(
        "specific.no-change",
        t.said("no_change", q=t.quote(named, 2)),
        named + vague,
        t.fix("no_change"),
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
    # Chinese 把/将 puts the object before the verb: in "将翻译交付周期缩短30%" the
    # activity word is part of the object and 缩短 is what the goal does.
    if (
        first is not None
        and outcome is not None
        and first.start < outcome < cutoff
        and _DISPOSAL.search(f.text, 0, first.start)
        and not _CLAUSE_END.search(f.text, first.end, outcome)
    ):
        return None
    return first


_DISPOSAL = regex_cache.compile(r"[把将][^，,。；;：:]*$")
_CLAUSE_END = regex_cache.compile(r"[，,。；;：:]")


_COUNTED = regex_cache.compile(r"^(?:\s*(?:of|the|new|more|active|paying|[\w-]+)\b){0,3}?\s*$")
"""Between a number and the people it counts: a few words, no clause break ("70% of new
enterprise accounts", "5 new members"), in any language (a Chinese count comes right
after its noun: "合作伙伴50家")."""
_PREPOSITION = regex_cache.compile(r"(?:\b(?:on|for|by|of|about|towards?)\s+)$")
_OBJECT_OF = regex_cache.compile(
    r"(?:\b(?:with|for|to|among|from)|\b(?:с|со|для|среди|у|от)|与|和|跟|同|对|为|向|给|联合)\s*$"
)
"""A number after one of these counts the people the team works with or for ("with 3
partners", "对200名客户", "для 30 клиентов"), not the subject of the goal."""
_CJK = regex_cache.compile(r"[\u3400-\u9fff]")
_MEASURE_END = regex_cache.compile(r"[\u3400-\u9fff]?\s*(?:[，,。；;、）)]|$)")
_MODIFIED = regex_cache.compile(r"^的[\u3400-\u9fff]{1,4}$")
_RATE = regex_cache.compile(r"\b(?:per|each|a)\s*$|\bна\s+(?:кажд\w+\s+)?$|每")
_TIMES = regex_cache.compile(r"(?:次|times?|раз\w*)$")
_TIMES_AFTER = regex_cache.compile(r"\s*(?:次|times?\b|раз)")


_CLAUSE_BREAK = regex_cache.compile(r"[,;.，；。]")


def _rate_in_recurrence(f: Findings, number: Evidence) -> bool:
    """The number is how much or how often the habit is done ("2 hours a day", "four days
    a week"), not a result the habit serves ("lose 4 kg … running three times a week")."""
    for r in f.recurrences:
        if r.start <= number.start < r.end:
            return True
        if r.start >= number.end:
            gap = f.text[number.end : r.start]
            if len(gap) <= 16 and not _CLAUSE_BREAK.search(gap):
                return True
    return False


_VERBS = ("activity_verbs", "outcome_verbs", "change_verbs", "vague_verbs")
_LEVEL_SIGN = regex_cache.compile(r"[≥≤><⩾⩽]|>=|<=")


def _metric_level(f: Findings, cutoff: int) -> bool:
    """A key result written as a metric and its level, with no verb at all ("Teacher NPS
    ≥ 45", "MQL→SQL 25%"): what it measures is an outcome, not the team's own work."""
    if not f.quantities or not _LEVEL_SIGN.search(f.text, 0, cutoff):
        return False
    if any(f.spans.get(name) for name in _VERBS):
        return False
    return _named_before(f, ("metrics",), cutoff)


def _named_before(f: Findings, names: tuple[str, ...], cutoff: int) -> bool:
    """Whether a term of one of these word lists comes before ``cutoff`` (the purpose)."""
    return any(s < cutoff for name in names for s, _ in f.spans.get(name, []))


def own_work(f: Findings) -> Evidence | None:
    """The goal is the team's (or a person's) own work, so it is achievable as stated.

    Own work is the default (SMART-RUBRIC.md: building, shipping, migrating, writing, a
    person's habits), and word lists say what is not: an outcome verb that leads ("grow",
    "reach", "达到", "увеличить"), people outside the team as the subject ("Customers
    onboard themselves") or what a number counts of them or of what they do ("70% of
    accounts", "10,000 followers", "5,000 sign-ups") before the team's own activity.
    """
    activity = _first_verb_is_activity(f)
    cutoff = f.purpose.start if f.purpose else len(f.text)
    people = [(s, e) for s, e in f.spans.get("others", []) if s < cutoff]
    counted = people + [(s, e) for s, e in f.spans.get("others_measures", []) if s < cutoff]
    numbers = f.quantities + [c.hit for c in f.changes]
    first_own = min((h.start for h in (activity, f.state) if h is not None), default=cutoff)
    for number in numbers:
        if (
            number.start >= first_own
            or _TIMES.search(number.text)
            or _TIMES_AFTER.match(f.text, number.end)
            or any(r.start <= number.start < r.end for r in f.recurrences)
            or _OBJECT_OF.search(f.text, max(0, number.start - 12), number.start)
        ):
            continue
        for s, e in counted:
            between = f.text[number.end : s] if s >= number.end else f.text[e : number.start]
            if _CJK.search(between) and len(between) > 2 and not _MODIFIED.match(between):
                continue  # Chinese: only a measure word, or 的 and a modifier ("15%的免费用户")
            if _RATE.search(between):
                continue  # "40 calls per agent": a rate of the team's work, not a count of them
            # A count comes before its noun ("70% of accounts"), in Chinese also right
            # after it, with at most a measure word after the number ("合作伙伴50家", not
            # "坐席评分40通电话"); a number right after a word is a label elsewhere
            # ("Scope 1", "охват 2").
            after = (
                number.start - e <= 1
                and _CJK.match(f.text, e - 1) is not None
                and _MEASURE_END.match(f.text, number.end) is not None
            )
            if (s >= number.end or after) and _COUNTED.match(between):
                return None  # a number of other people, or of what they do, is the target
    if activity is not None:
        return activity
    outcome = f.first_outcome
    habit = next((r for r in f.recurrences if r.start < cutoff), None)
    if (
        habit is not None
        and not counted
        and not _named_before(f, ("metrics", "business_terms"), cutoff)  # no outcome measured
        and all(_rate_in_recurrence(f, q) for q in f.quantities if q.start < cutoff)
    ):
        # A habit: the same thing done every day or week by whoever sets the goal ("keep
        # my screen time under 2 hours a day", "bring a packed lunch four days a week"),
        # with no metric or people outside the team in it, is their own work.
        verbs = [(s, e) for s, e in f.spans.get("outcome_verbs", []) if s < cutoff]
        s, e = verbs[0] if verbs else (habit.start, habit.end)
        return _evidence("own_activity", s, e, f.text[s:e])
    if outcome is not None and outcome < cutoff and not _PREPOSITION.search(f.text, 0, outcome):
        return None
    if f.state is not None:
        return f.state  # a finished state of the team's own work ("the dashboard is live")
    if _metric_level(f, cutoff):
        return None  # "Teacher NPS ≥ 45 by end of Q2": a level others' behaviour sets
    lead = next((c for c in f.content if c.start < cutoff), None)
    if people and (lead is None or people[0][0] <= lead.start):
        return None  # people outside the team lead the goal ("Customers onboard themselves")
    return lead


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
    # Only a change is judged against its window: the windows are worked out for it alone.
    window = (_window_days(f) or inherited_window) if f.changes else None
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
    doubt = _low_confidence(f, goal, config.thresholds.min_confidence)
    stated = f.confidence or f.owners or f.budget or f.baselines
    fields = ("confidence", "owner", "budget", "baseline")
    if m.status is not Status.PASS and not (stated or any(k in goal.fields for k in fields)):
        return v.missed(
            "achievable.nothing-to-judge",
            t.said("nothing_to_judge"),
            [],
            t.fix("nothing_to_judge"),
        )
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
    # Own work is support only when nothing else backs the target (the stated support
    # is what the message shows first, and reading the goal's structure costs time).
    activity = own_work(f) if m.status is Status.PASS and not support else None
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


_FIELD_CONFIDENCE = regex_cache.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(/\s*10|%)?")


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


_PERIODS = regex_cache.compile(
    r"\b(?:fy|cy)\s?-?\d{2,4}\b|\b[qh][1-4]\b|\b(?:19|20)\d\d\b|(?:19|20)?\d\d\s*年|\d{1,2}\s*月"
    r"|\b[ivx]{1,3}\s+(?:квартал|полугоди)\w*|\b(?:квартал|полугоди|год)\w*|\b(?:quarter|half)\b"
    r"|第?[一二三四1-4]季度|[上下]半年"
)
"""Years, quarters and halves: a parent's number that only dates it ("Housekeeping — Q2
2027") names no result."""


_WORDS = regex_cache.compile(r"[^\W\d_][\w'’-]*")


def parent_reads_as_goal(parent: str, label: GoalKind | None) -> bool:
    """A parent goal written as a goal or an objective ("Objective: winter weather stops
    delaying departures", "Pass the JLPT N3 exam in July 2027") is a result its children
    serve; a section name ("Finance", "Housekeeping — Q2 2027", "人力资源团队") is not. It
    is one when labelled so or when, its dates aside, it is longer than a name: four words
    or more, or eight Chinese characters. (A heading counts only by its verbs or by naming
    a business result.)"""
    if label in (GoalKind.OBJECTIVE, GoalKind.GOAL):
        return True
    core = _PERIODS.sub(" ", lower_text(parent))
    return len(_WORDS.findall(core)) >= 4 or len(_CJK.findall(core)) >= 8


def parent_names_result(parent: str, lex: Lexicon, *, numbers: bool = True) -> bool:
    """A parent counts when it states a business result, not just a section name.

    A number does; so does a business term or metric ("Revenue growth", "Pipeline")
    unless it is only the name of a team ("Marketing × Sales", "市场 × 销售"): a section
    named after the teams says who, not what for.
    """
    low = lower_text(parent)
    if numbers and lex.number.search(_PERIODS.sub(" ", low)):
        return True
    found = lex.find_terms(low)
    teams = found.get("team_names", [])
    results = found.get("business_terms", []) + found.get("metrics", [])
    return any(not any(s < te and ts < e for ts, te in teams) for s, e in results)
