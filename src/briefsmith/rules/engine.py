"""The rules engine: one goal in, a ``GoalAssessment`` with evidence for every criterion out.

Deterministic and offline: no key, no network, the same answer every time. It is also
what verifies the LLM's rewrites later, so it must stay fast.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from briefsmith.config import Config
from briefsmith.models.fast import maker
from briefsmith.models.goal import Criterion, Goal, Lang
from briefsmith.models.report import (
    CriterionResult,
    Evidence,
    GoalAssessment,
    Severity,
    Status,
    Verdict,
)
from briefsmith.rules import criteria
from briefsmith.rules.catalog import RULES_BY_ID
from briefsmith.rules.extract import Hit, extract
from briefsmith.rules.lang import detect_lang
from briefsmith.rules.lexicon import load_lexicon
from briefsmith.rules.rewrite import scaffold

ORDER = tuple(Criterion)
_CORE = frozenset((Criterion.SPECIFIC, Criterion.MEASURABLE))
_PASS = Status.PASS
_new_result = maker(CriterionResult)
_new_evidence = maker(Evidence)
_new_assessment = maker(GoalAssessment)


class Engine:
    """Holds the configuration and reference date; ``assess`` is pure per goal."""

    def __init__(
        self, config: Config, *, today: dt.date | None = None, lang: Lang | None = None
    ) -> None:
        self.config = config
        self.today = today
        self.lang = lang
        self._disabled = set(config.disable)
        self._severity = {c: config.severity_for(c) for c in Criterion}
        self._rule_severity: dict[tuple[str, Criterion], Severity] = {}
        self._parent_cache: dict[str, bool] = {}

    def assess(self, goal: Goal) -> GoalAssessment:
        statement = goal.statement
        lang = self.lang or goal.lang or detect_lang(statement)
        lex = load_lexicon(lang)
        today = self.today or goal.as_of or dt.date.today()
        f = extract(statement, lex, today)

        m = criteria.measurable(f)
        s = criteria.specific(f, m)
        a = criteria.achievable(f, goal, m, self.config, today)
        r = criteria.relevant(f, goal, self._parent_is_result(goal))
        t = criteria.time_bound(f, goal)
        ignored = self._disabled.union(goal.ignore) if goal.ignore else self._disabled
        result = self._result
        if ignored:
            results = {
                Criterion.SPECIFIC: result(Criterion.SPECIFIC, s, Criterion.SPECIFIC in ignored),
                Criterion.MEASURABLE: result(
                    Criterion.MEASURABLE, m, Criterion.MEASURABLE in ignored
                ),
                Criterion.ACHIEVABLE: result(
                    Criterion.ACHIEVABLE, a, Criterion.ACHIEVABLE in ignored
                ),
                Criterion.RELEVANT: result(Criterion.RELEVANT, r, Criterion.RELEVANT in ignored),
                Criterion.TIME_BOUND: result(
                    Criterion.TIME_BOUND, t, Criterion.TIME_BOUND in ignored
                ),
            }
        else:
            results = {
                Criterion.SPECIFIC: result(Criterion.SPECIFIC, s, False),
                Criterion.MEASURABLE: result(Criterion.MEASURABLE, m, False),
                Criterion.ACHIEVABLE: result(Criterion.ACHIEVABLE, a, False),
                Criterion.RELEVANT: result(Criterion.RELEVANT, r, False),
                Criterion.TIME_BOUND: result(Criterion.TIME_BOUND, t, False),
            }
        judged = {
            Criterion.SPECIFIC: s,
            Criterion.MEASURABLE: m,
            Criterion.ACHIEVABLE: a,
            Criterion.RELEVANT: r,
            Criterion.TIME_BOUND: t,
        }
        return _new_assessment(
            {
                "id": goal.id,
                "statement": statement,
                "source": goal.source,
                "parent_id": goal.parent_id,
                "lang": lang,
                "criteria": results,
                "verdict": verdict(results),
                "rewrite": scaffold(f, judged, lex, goal.fields.get("due")),
                "rewrite_source": "rules",
                "rewrite_issues": [],
                "model_error": None,
            }
        )

    def _parent_is_result(self, goal: Goal) -> bool | None:
        parent = goal.parent_statement
        if not parent:
            return None
        if parent not in self._parent_cache:
            lex = load_lexicon(detect_lang(parent))
            self._parent_cache[parent] = criteria.parent_names_result(parent, lex)
        return self._parent_cache[parent]

    def _result(
        self, criterion: Criterion, j: criteria.Judgement, suppressed: bool
    ) -> CriterionResult:
        severity = None
        rule = j.rule
        if rule and j.status is not _PASS:
            severity = self._rule_severity.get((rule, criterion))
            if severity is None:
                severity = RULES_BY_ID[rule].severity(self._severity[criterion])
                self._rule_severity[rule, criterion] = severity
        hits = j.evidence
        return _new_result(
            {
                "status": j.status,
                "rule": rule,
                "severity": severity,
                "evidence": [hit.ev or _evidence(hit) for hit in hits] if hits else [],
                "message": j.message,
                "fix": j.fix,
                "suppressed": suppressed,
                "decided_by": "rules",
                "model_status": None,
                "model_reason": None,
            }
        )


def _evidence(hit: Hit) -> Evidence:
    """The hit as report evidence, made once per hit (criteria often cite the same one)."""
    source: Literal["statement", "parent", "field"] = "statement"
    if hit.kind == "parent":
        source = "parent"
    elif hit.start == hit.end == 0:
        source = "field"
    ev = hit.ev = _new_evidence(
        {
            "kind": hit.kind,
            "text": hit.text,
            "start": hit.start,
            "end": hit.end,
            "value": hit.value,
            "source": source,
        }
    )
    return ev


def verdict(results: dict[Criterion, CriterionResult]) -> Verdict:
    """SMART when every active criterion passes; not SMART when S or M fails or 3+ miss."""
    misses = 0
    core_fail = False
    for criterion, result in results.items():
        if result.suppressed or result.status is Status.PASS:
            continue
        misses += 1
        if result.status is Status.FAIL and criterion in _CORE:
            core_fail = True
    if not misses:
        return Verdict.SMART
    return Verdict.NOT_SMART if core_fail or misses >= 3 else Verdict.PARTIAL
