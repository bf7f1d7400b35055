"""The rules engine: one goal in, a ``GoalAssessment`` with evidence for every criterion out.

Deterministic and offline: no key, no network, the same answer every time. It is also
what verifies the LLM's rewrites later, so it must stay fast.
"""

from __future__ import annotations

import datetime as dt

from briefsmith.config import Config
from briefsmith.models.fast import maker
from briefsmith.models.goal import Criterion, Goal, GoalStatus, Lang
from briefsmith.models.report import CriterionResult, Finding, GoalAssessment, Status, Verdict
from briefsmith.rules import criteria
from briefsmith.rules.extract import extract
from briefsmith.rules.lang import detect_lang
from briefsmith.rules.lexicon import load_lexicon
from briefsmith.rules.messages import messages_in
from briefsmith.rules.rewrite import scaffold

ORDER = tuple(Criterion)
_CORE = frozenset((Criterion.SPECIFIC, Criterion.MEASURABLE))
_new_assessment = maker(GoalAssessment)


class Engine:
    """Holds the configuration and reference date; ``assess`` is pure per goal."""

    def __init__(
        self,
        config: Config,
        *,
        today: dt.date | None = None,
        lang: Lang | None = None,
        include_done: bool = False,
    ) -> None:
        self.config = config
        self.today = today
        self.lang = lang
        self.include_done = include_done
        self._selection = config.selection()
        self._verdicts = criteria.Verdicts(config)
        self._parent_cache: dict[str, bool] = {}

    def assess(self, goal: Goal) -> GoalAssessment:
        if goal.status is not GoalStatus.OPEN and not (
            self.include_done and goal.status is GoalStatus.DONE
        ):
            return self._listed(goal)
        statement = goal.statement
        lang = self.lang or goal.lang or detect_lang(statement)
        lex = load_lexicon(lang)
        today = self.today or goal.as_of or dt.date.today()
        f = extract(statement, lex, today)

        v = self._verdicts
        t = messages_in(lang, self.config.messages)  # the goal's language unless configured
        m = criteria.measurable(v, t, f)
        results = {
            Criterion.SPECIFIC: criteria.specific(v, t, f, m),
            Criterion.MEASURABLE: m,
            Criterion.ACHIEVABLE: criteria.achievable(v, t, f, goal, m, self.config, today),
            Criterion.RELEVANT: criteria.relevant(v, t, f, goal, self._parent_is_result(goal)),
            Criterion.TIME_BOUND: criteria.time_bound(v, t, f, goal),
        }
        selection, ignore = self._selection, goal.ignore
        if selection or ignore:
            results = {
                c: criteria.suppressed(r) if selection.off(c.value, r.rule, ignore) else r
                for c, r in results.items()
            }
        findings = self._findings(goal) if goal.notes else []
        return _new_assessment(
            {
                "id": goal.id,
                "statement": statement,
                "source": goal.source,
                "parent_id": goal.parent_id,
                "kind": goal.kind,
                "objective_id": goal.objective_id,
                "status": goal.status,
                "status_reason": goal.status_reason,
                "progress": goal.progress,
                "lang": lang,
                "criteria": results,
                "verdict": verdict(results),
                "findings": findings,
                "rewrite": scaffold(f, results, lex, goal.fields.get("due")),
                "rewrite_source": "rules",
                "rewrite_issues": [],
                "model_error": None,
            }
        )

    def _listed(self, goal: Goal) -> GoalAssessment:
        """A done or placeholder item: listed with its own findings, not judged."""
        return _new_assessment(
            {
                "id": goal.id,
                "statement": goal.statement,
                "source": goal.source,
                "parent_id": goal.parent_id,
                "kind": goal.kind,
                "objective_id": goal.objective_id,
                "status": goal.status,
                "status_reason": goal.status_reason,
                "progress": goal.progress,
                "lang": self.lang or goal.lang or detect_lang(goal.statement),
                "criteria": {},
                "verdict": None,
                "findings": self._findings(goal),
                "rewrite": None,
                "rewrite_source": "rules",
                "rewrite_issues": [],
                "model_error": None,
            }
        )

    def _findings(self, goal: Goal) -> list[Finding]:
        """The goal's notes as findings; those whose rule is off are suppressed."""
        selection, ignore = self._selection, goal.ignore
        return [
            criteria.suppressed_finding(f) if selection.off(f.rule, f.rule, ignore) else f
            for f in map(self._verdicts.note, goal.notes)
        ]

    def _parent_is_result(self, goal: Goal) -> bool | None:
        parent = goal.parent_statement
        if not parent:
            return None
        if parent not in self._parent_cache:
            lex = load_lexicon(detect_lang(parent))
            self._parent_cache[parent] = criteria.parent_names_result(parent, lex)
        return self._parent_cache[parent]


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
