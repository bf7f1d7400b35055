"""The rules engine: one goal in, a ``GoalAssessment`` with evidence for every criterion out.

Deterministic and offline: no key, no network, the same answer every time. It is also
what verifies the LLM's rewrites later, so it must stay fast.
"""

from __future__ import annotations

import datetime as dt

from briefsmith.config import Config
from briefsmith.models.fast import maker
from briefsmith.models.goal import Criterion, Goal, GoalKind, GoalStatus, Lang
from briefsmith.models.report import CriterionResult, Finding, GoalAssessment, Status, Verdict
from briefsmith.parsing.marks import label_of, reads_as_objective
from briefsmith.rules import criteria, objectives
from briefsmith.rules.context import DocumentContext
from briefsmith.rules.extract import extract
from briefsmith.rules.inputs import input_findings
from briefsmith.rules.lang import detect_lang
from briefsmith.rules.lexicon import load_lexicon
from briefsmith.rules.messages import Messages, messages_in
from briefsmith.rules.rewrite import scaffold
from briefsmith.rules.timeexpr import Reading

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
        self._parent_cache: dict[tuple[str, bool], bool] = {}
        self._context = DocumentContext(config.fiscal_year_start)
        self._readings: dict[tuple[dt.date, int | None], Reading] = {}

    def assess(self, goal: Goal) -> GoalAssessment:
        statement = goal.statement
        lang = self.lang or goal.lang or detect_lang(statement)
        t = messages_in(lang, self.config.messages)  # the goal's language unless configured
        if goal.status is not GoalStatus.OPEN and not (
            self.include_done and goal.status is GoalStatus.DONE
        ):
            return self._listed(goal, lang, t)
        lex = load_lexicon(lang)
        today = self.today or goal.as_of or dt.date.today()
        inherited = self._context.inherited(goal, today)
        f = extract(statement, lex, self._reading(today, inherited.year))

        v = self._verdicts
        if goal.kind is GoalKind.OBJECTIVE:
            results = objectives.judge(
                v, t, f, goal, self.config, inherited, self._parent_is_result(goal)
            )
        else:
            dated = "due" in goal.fields or inherited.period is not None
            m = criteria.measurable(v, t, f, dated)
            achievable = criteria.achievable(v, t, f, goal, m, self.config, inherited.window)
            results = {
                Criterion.SPECIFIC: criteria.specific(v, t, f, m),
                Criterion.MEASURABLE: m,
                Criterion.ACHIEVABLE: achievable,
                Criterion.RELEVANT: criteria.relevant(
                    v, t, f, goal, self._parent_is_result(goal), self._objective(goal)
                ),
                Criterion.TIME_BOUND: criteria.time_bound(v, t, f, goal, inherited),
            }
        selection, ignore = self._selection, goal.ignore
        if selection or ignore:
            results = {
                c: criteria.suppressed(r) if selection.off(c.value, r.rule, ignore) else r
                for c, r in results.items()
            }
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
                "findings": self._findings(
                    goal, input_findings(goal.problems) + objectives.findings(t, f, goal)
                ),
                "rewrite": objectives.rewrite(f, results, lex)
                if goal.kind is GoalKind.OBJECTIVE
                else scaffold(f, results, lex, goal.fields.get("due")),
                "rewrite_source": "rules",
                "rewrite_issues": [],
                "model_error": None,
            }
        )

    def _reading(self, today: dt.date, year: int | None) -> Reading:
        """How the goal's own time expressions are read (one object per date and year)."""
        key = (today, year)
        reading = self._readings.get(key)
        if reading is None:
            reading = self._readings[key] = Reading(today, year, self.config.fiscal_year_start)
        return reading

    def _listed(self, goal: Goal, lang: Lang, t: Messages) -> GoalAssessment:
        """A done or placeholder item: listed with what marked it, not judged."""
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
                "lang": lang,
                "criteria": {},
                "verdict": None,
                "findings": self._findings(
                    goal,
                    objectives.listed(t, goal) if goal.status is GoalStatus.PLACEHOLDER else [],
                ),
                "rewrite": None,
                "rewrite_source": "rules",
                "rewrite_issues": [],
                "model_error": None,
            }
        )

    def _findings(self, goal: Goal, found: list[Finding]) -> list[Finding]:
        """The goal's findings outside the five criteria, with those found while reading it
        (its notes), each at its rule's configured severity; those whose rule is off (the
        configuration, --select/--ignore, the goal's own comments) are suppressed."""
        found = found + [self._verdicts.note(note) for note in goal.notes]
        if not found:
            return found
        v, selection, ignore = self._verdicts, self._selection, goal.ignore
        out = []
        for finding in found:
            update: dict[str, object] = {}
            if (severity := v.severity(finding.rule)) is not finding.severity:
                update["severity"] = severity
            if (selection or ignore) and selection.off(finding.rule, finding.rule, ignore):
                update["suppressed"] = True
            out.append(finding.model_copy(update=update) if update else finding)
        return out

    def _objective(self, goal: Goal) -> str | None:
        """The statement of the objective a key result or initiative serves."""
        if goal.objective_id is None or goal.kind not in (GoalKind.KEY_RESULT, GoalKind.INITIATIVE):
            return None
        return goal.parent_statement if goal.parent_id == goal.objective_id else None

    def _parent_is_result(self, goal: Goal) -> bool | None:
        """Whether the goal's parent is a result it serves: one written as a goal or an
        objective ("Make buying supplies simpler for every team", "Упростить закупку"),
        or one that names a business result. A heading names one only by its words (a
        digit in "Team 2" is no result); a parent goal's number counts. A section name
        ("Finance", "Social media") is neither."""
        parent = goal.parent_statement
        if not parent:
            return None
        if goal.parent_id is not None:
            return True  # a parent goal in the goal tree (SMART-RUBRIC.md, Relevant)
        heading = bool(goal.ancestors) and goal.ancestors[0].source != "goal"
        key = (parent, heading)
        if key not in self._parent_cache:
            lex = load_lexicon(detect_lang(parent))
            self._parent_cache[key] = (
                reads_as_objective(parent)
                or (not heading and criteria.parent_reads_as_goal(parent, label_of(parent)[0]))
                or criteria.parent_names_result(parent, lex, numbers=not heading)
            )
        return self._parent_cache[key]


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
