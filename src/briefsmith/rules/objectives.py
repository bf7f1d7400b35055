"""Objectives and key results (SMART-RUBRIC.md, "Objectives and key results").

An objective is qualitative by design: it is not failed for lacking numbers. It is
checked for a concrete direction, for its key results (two to five by default) and for a
period; its key results are checked as goals. A numeric objective and a key result that
is only a task get a suggestion, as OKR tools warn.
"""

from __future__ import annotations

from briefsmith.config import Config
from briefsmith.models.fast import maker
from briefsmith.models.goal import Criterion, Goal, GoalKind
from briefsmith.models.report import CriterionResult, Evidence, Finding, Status
from briefsmith.rules import criteria
from briefsmith.rules.catalog import FINDINGS_BY_ID
from briefsmith.rules.context import Inherited
from briefsmith.rules.extract import Findings
from briefsmith.rules.lexicon import Lexicon
from briefsmith.rules.messages import Messages

_new_finding = maker(Finding)


def judge(
    v: criteria.Verdicts,
    t: Messages,
    f: Findings,
    goal: Goal,
    config: Config,
    inherited: Inherited,
    parent_is_result: bool | None,
) -> dict[Criterion, CriterionResult]:
    """The five criteria of an objective, by the objective's own rules."""
    return {
        Criterion.SPECIFIC: _direction(v, t, f),
        Criterion.MEASURABLE: _key_results(v, t, goal, config),
        Criterion.ACHIEVABLE: _achievable(v, t, f),
        Criterion.RELEVANT: _relevant(v, t, f, goal, parent_is_result),
        Criterion.TIME_BOUND: _period(v, t, f, goal, inherited),
    }


def _direction(v: criteria.Verdicts, t: Messages, f: Findings) -> CriterionResult:
    vague = criteria.vague_terms(f)
    # A quality compared is no direction ("社区更有人气", "стать лучшим отделом").
    compared = f.term("vague_comparatives") or f.absolutes  # "самое лучшее пиво в мире"
    if criteria.is_vague(f) or (compared and not f.changes and not f.quantities):
        vague = vague or compared
        return v.missed(
            "objective.vague-direction",
            t.said("objective_vague", q=t.quote(vague)) if vague else t.said("objective_nothing"),
            vague,
            t.fix("objective_vague"),
        )
    named = criteria.concrete_terms(f) or [criteria.whole(f)]
    return v.passed(t.ok("objective_direction", q=t.quote(named)), named)


def _key_results(v: criteria.Verdicts, t: Messages, goal: Goal, config: Config) -> CriterionResult:
    n = goal.key_results
    low, high = config.okr.min_key_results, config.okr.max_key_results
    if n == 0 and low > 0:
        return v.missed(
            "objective.no-key-results", t.said("no_key_results"), [], t.fix("no_key_results")
        )
    if n < low:
        return v.missed(
            "objective.too-few-key-results",
            t.said("too_few_key_results", n=n, min=low),
            [],
            t.fix("too_few_key_results", min=low),
        )
    if n > high:
        return v.missed(
            "objective.too-many-key-results",
            t.said("too_many_key_results", n=n, max=high),
            [],
            t.fix("too_many_key_results", max=high),
        )
    return v.passed(t.ok("key_results", n=n), [])


def _achievable(v: criteria.Verdicts, t: Messages, f: Findings) -> CriterionResult:
    if f.absolutes:
        return v.missed(
            "achievable.absolute",
            t.said("absolute", q=t.quote(f.absolutes)),
            f.absolutes,
            t.fix("absolute"),
        )
    return v.passed(t.ok("objective_achievable"), [])


def _relevant(
    v: criteria.Verdicts, t: Messages, f: Findings, goal: Goal, parent_is_result: bool | None
) -> CriterionResult:
    result = criteria.relevant(v, t, f, goal, parent_is_result)
    if result.status is Status.PASS or f.purpose is not None:
        return result  # a purpose it states is judged as any goal's is
    named = criteria.business_results(f)
    if named:  # an objective may name the result itself ("Grow self-serve revenue")
        return v.passed(t.ok("objective_relevant", q=t.quote(named)), named)
    # The rubric checks an objective for a direction, key results and a period: it is the
    # purpose of its key results, not judged for one of its own. Naming no business result
    # is a suggestion (``objective.no-business-result``), not a failed criterion.
    f.cache["no_business_result"] = True
    return v.passed(t.ok("objective_top"), [])


def _period(
    v: criteria.Verdicts, t: Messages, f: Findings, goal: Goal, inherited: Inherited
) -> CriterionResult:
    result = criteria.time_bound(v, t, f, goal, inherited)
    if result.status is Status.PASS:
        return result
    return v.missed(
        "objective.no-period",
        t.said("objective_no_period"),
        result.evidence,
        t.fix("objective_no_period"),
    )


def findings(t: Messages, f: Findings, goal: Goal) -> list[Finding]:
    """Suggestions outside the five criteria: a numeric objective, a task as a key result."""
    if goal.kind is GoalKind.OBJECTIVE:
        numbers = [c.hit for c in f.changes] + f.quantities
        if numbers:
            return [_finding("objective.numeric", t, numbers, t.quote(numbers, 2))]
        if f.cache.get("no_business_result"):  # nothing above it names one either
            return [_finding("objective.no-business-result", t, [], "")]
    elif goal.kind is GoalKind.KEY_RESULT and not (f.quantities or f.changes):
        task = criteria.main_activity(f)
        if task is not None:
            return [_finding("key_result.is-initiative", t, [task], t.quote([task]))]
    return []


def listed(t: Messages, goal: Goal) -> list[Finding]:
    """A placeholder item's finding: it is listed, not judged."""
    if goal.status_reason == "only a link":
        return [_finding("placeholder.reference-only", t, [], t.quote_text(goal.statement))]
    return [
        _finding("placeholder.unfilled", t, [], t.quote_text(goal.status_reason or goal.statement))
    ]


def _finding(rule: str, t: Messages, evidence: list[Evidence], quoted: str) -> Finding:
    key = {
        "objective.numeric": "objective_numeric",
        "objective.no-business-result": "objective_no_result",
        "key_result.is-initiative": "is_initiative",
        "placeholder.unfilled": "placeholder",
        "placeholder.reference-only": "reference_only",
    }[rule]
    return _new_finding(
        {
            "rule": rule,
            "severity": FINDINGS_BY_ID[rule].severity,
            "message": t.said(key, q=quoted),
            "fix": t.fix(key),
            "line": None,
            "evidence": list(evidence),
            "suppressed": False,
        }
    )


def rewrite(f: Findings, results: dict[Criterion, CriterionResult], lex: Lexicon) -> str:
    """An objective keeps its own words; a missing period and missing key results are
    added as placeholders."""
    text = f.text.strip().rstrip(".。;；")
    if results[Criterion.TIME_BOUND].status is not Status.PASS:
        text += lex.rewrite["objective_period"]
    if results[Criterion.MEASURABLE].status is not Status.PASS:
        text += lex.rewrite["key_results"]
    return text
