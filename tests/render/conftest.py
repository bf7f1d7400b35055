"""A small, realistic report built straight from the models (not through the engine).

Three goals - one SMART, one partial with a suppressed criterion and a ``|`` in its text,
one not SMART in Chinese with ``[placeholders]`` in the rewrite - plus one unreadable file.

``hybrid_report`` is what ``check --llm`` produces: one goal the model made stricter, one
with the model's verified rewrite, one whose model rewrite was rejected, one the model
could not judge, and the run's usage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from briefsmith.check import build_report
from briefsmith.models.goal import Criterion, Lang, SourceLocation
from briefsmith.models.report import (
    CheckReport,
    CriterionResult,
    Evidence,
    FileError,
    GoalAssessment,
    Severity,
    Status,
    Usage,
    Verdict,
)
from briefsmith.rules.catalog import RULES_BY_ID

TODAY = dt.date(2026, 3, 2)

SMART_STATEMENT = (
    "Grow newsletter sign-ups from 2,000 to 3,000 a month by 30 June 2026 "
    "to support the Q3 pipeline target."
)
PARTIAL_STATEMENT = "Improve brand awareness | recall by 20% by Q4 2026 for the EMEA launch."
PARTIAL_REWRITE = (
    "Raise aided brand recall in EMEA from [baseline] to [target] by Q4 2026 "
    "to support [business result]."
)
ZH_STATEMENT = "提升品牌影响力，尽快做好社交媒体。"
ZH_REWRITE = "在[截止日期]前，将[指标]从[基线]提升到[目标]，以支持[业务结果]。"


def ev(statement: str, text: str, kind: str = "number") -> Evidence:
    """Evidence for ``text`` at its real offsets in ``statement``."""
    start = statement.index(text)
    return Evidence(kind=kind, text=text, start=start, end=start + len(text))


def passed(message: str, *evidence: Evidence) -> CriterionResult:
    return CriterionResult(status=Status.PASS, evidence=list(evidence), message=message)


def miss(
    rule: str,
    *evidence: Evidence,
    severity: Severity | None = None,
    suppressed: bool = False,
    message: str | None = None,
) -> CriterionResult:
    """A miss worded from the catalog, at the severity the catalog gives by default."""
    entry = RULES_BY_ID[rule]
    return CriterionResult(
        status=entry.status,
        rule=rule,
        severity=severity or entry.severity,
        evidence=list(evidence),
        message=message or entry.summary,
        fix=entry.help,
        suppressed=suppressed,
    )


def goal(
    gid: str,
    statement: str,
    criteria: dict[Criterion, CriterionResult],
    *,
    path: str = "goals/q3.md",
    line: int | None = 3,
    lang: Lang = Lang.EN,
    verdict: Verdict | None = None,
    rewrite: str | None = None,
) -> GoalAssessment:
    if verdict is None:
        statuses = {r.status for r in criteria.values() if not r.suppressed}
        verdict = (
            Verdict.SMART
            if statuses <= {Status.PASS}
            else Verdict.NOT_SMART
            if Status.FAIL in statuses
            else Verdict.PARTIAL
        )
    return GoalAssessment(
        id=gid,
        statement=statement,
        source=SourceLocation(path=path, line=line),
        lang=lang,
        criteria=criteria,
        verdict=verdict,
        rewrite=statement if rewrite is None else rewrite,
    )


def smart_goal() -> GoalAssessment:
    s = SMART_STATEMENT
    return goal(
        "q3-signups",
        s,
        {
            Criterion.SPECIFIC: passed(
                "Names a concrete metric.", ev(s, "newsletter sign-ups", "metric")
            ),
            Criterion.MEASURABLE: passed("Baseline and target.", ev(s, "2,000"), ev(s, "3,000")),
            Criterion.ACHIEVABLE: passed("1.5x in four months is plausible.", ev(s, "3,000")),
            Criterion.RELEVANT: passed(
                "Serves the pipeline.", ev(s, "Q3 pipeline target", "purpose")
            ),
            Criterion.TIME_BOUND: passed("Has a deadline.", ev(s, "30 June 2026", "deadline")),
        },
        line=3,
    )


def partial_goal() -> GoalAssessment:
    s = PARTIAL_STATEMENT
    return goal(
        "brand-recall",
        s,
        {
            Criterion.SPECIFIC: miss(
                "specific.abstract-metric", ev(s, "brand awareness", "abstract")
            ),
            Criterion.MEASURABLE: passed("A relative target.", ev(s, "20%")),
            Criterion.ACHIEVABLE: miss("achievable.unsupported", suppressed=True),
            Criterion.RELEVANT: miss(
                "relevant.vague-purpose",
                ev(s, "EMEA launch", "purpose"),
                severity=Severity.SUGGESTION,
            ),
            Criterion.TIME_BOUND: passed("Quarter deadline.", ev(s, "Q4 2026", "deadline")),
        },
        line=9,
        rewrite=PARTIAL_REWRITE,
    )


def zh_goal() -> GoalAssessment:
    s = ZH_STATEMENT
    return goal(
        "品牌-1",
        s,
        {
            Criterion.SPECIFIC: miss("specific.vague", ev(s, "提升品牌影响力", "vague_verb")),
            Criterion.MEASURABLE: miss("measurable.no-quantity"),
            Criterion.ACHIEVABLE: miss("achievable.nothing-to-judge"),
            Criterion.RELEVANT: miss("relevant.no-purpose"),
            Criterion.TIME_BOUND: miss("time_bound.vague-time", ev(s, "尽快", "vague_time")),
        },
        path="goals/brand-zh.md",
        line=2,
        lang=Lang.ZH,
        rewrite=ZH_REWRITE,
    )


BROKEN = FileError(
    path="goals/broken.yaml", line=4, message="invalid YAML: mapping values are not allowed here"
)


def build(goals: list[GoalAssessment], errors: list[FileError] | None = None) -> CheckReport:
    return build_report(goals, list(errors or []), today=TODAY)


@pytest.fixture
def report() -> CheckReport:
    return build([smart_goal(), partial_goal(), zh_goal()], [BROKEN])


@pytest.fixture
def make_report() -> Callable[..., CheckReport]:
    return build


# -- hybrid (--llm) ------------------------------------------------------------------------

HYBRID_PATH = "goals/hybrid.md"
DECIDED_STATEMENT = "Improve onboarding so that 80% of new users finish setup by 31 May 2026."
DECIDED_REASON = "'Improve onboarding' does not say which step of onboarding changes."
VERIFIED_STATEMENT = "Grow MQLs by 25% by Q3 2026."
VERIFIED_REWRITE = (
    "Grow marketing-qualified leads from [baseline] to [target] a month by 30 September "
    "2026 to feed the Q4 sales pipeline."
)
REJECTED_STATEMENT = "Double revenue fast to beat competitors."
REJECTED_MODEL_REWRITE = "Double revenue by [date] to beat competitors."
REJECTED_ISSUES = [
    f"model rewrite: {REJECTED_MODEL_REWRITE!r}",
    "it still has no baseline for revenue",
    "'beat competitors' is not a business result",
]
NOT_JUDGED_STATEMENT = "Reduce churn from 6% to 4% by 31 December 2026 to protect ARR."
MODEL_ERROR = "the model returned invalid JSON twice"
USAGE = Usage(
    model="qwen2.5-3b-instruct",
    calls=3,
    cached_goals=5,
    reasks=2,
    prompt_tokens=3412,
    completion_tokens=310,
)


def judged(
    result: CriterionResult,
    model_status: Status,
    reason: str,
    decided_by: str | None = None,
) -> CriterionResult:
    """``result`` with the model's view beside it (the rules verdict stands)."""
    agree = model_status is result.status
    return result.model_copy(
        update={
            "model_status": model_status,
            "model_reason": reason,
            "decided_by": decided_by or ("both" if agree else "rules"),
        }
    )


def model_decided_goal() -> GoalAssessment:
    """The rules passed Specific; the model found it vague and, being stricter, decided."""
    s = DECIDED_STATEMENT
    entry = RULES_BY_ID["specific.model"]
    specific = CriterionResult(
        status=Status.PARTIAL,
        rule="specific.model",
        severity=Severity.WARNING,
        evidence=[ev(s, "new users finish setup", "metric")],
        message=f"The model: {DECIDED_REASON}",
        fix=entry.help,
        decided_by="model",
        model_status=Status.PARTIAL,
        model_reason=DECIDED_REASON,
    )
    return goal(
        "onboarding",
        s,
        {
            Criterion.SPECIFIC: specific,
            Criterion.MEASURABLE: judged(
                passed("A target share.", ev(s, "80%")), Status.PASS, "80% is measurable."
            ),
            Criterion.ACHIEVABLE: judged(
                passed("Nothing implausible."), Status.PASS, "Plausible in three months."
            ),
            Criterion.RELEVANT: judged(
                passed("Has a purpose.", ev(s, "so that", "purpose")),
                Status.PASS,
                "Activation is an obvious purpose for onboarding.",
            ),
            Criterion.TIME_BOUND: judged(
                passed("Has a deadline.", ev(s, "31 May 2026", "deadline")),
                Status.PARTIAL,
                "The deadline is close for a redesign.",
            ),
        },
        path=HYBRID_PATH,
        line=3,
        rewrite=(
            "Raise the share of new users who finish [setup step] from [baseline] to 80% "
            "by 31 May 2026 to support [business result]."
        ),
    )


def model_rewrite_goal() -> GoalAssessment:
    s = VERIFIED_STATEMENT
    assessment = goal(
        "mqls",
        s,
        {
            Criterion.SPECIFIC: judged(
                passed("Names a metric.", ev(s, "MQLs", "metric")),
                Status.PASS,
                "MQLs are concrete.",
            ),
            Criterion.MEASURABLE: judged(
                miss(
                    "measurable.no-target",
                    ev(s, "25%"),
                    message="A relative change with no baseline",
                ),
                Status.PARTIAL,
                "25% of what? No baseline.",
            ),
            Criterion.ACHIEVABLE: judged(
                passed("Modest growth."), Status.PASS, "25% in two quarters is plausible."
            ),
            Criterion.RELEVANT: judged(
                miss("relevant.no-purpose"), Status.FAIL, "No reason is given for the growth."
            ),
            Criterion.TIME_BOUND: judged(
                passed("Quarter deadline.", ev(s, "Q3 2026", "deadline")),
                Status.PASS,
                "Q3 2026 is a deadline.",
            ),
        },
        path=HYBRID_PATH,
        line=7,
        rewrite=VERIFIED_REWRITE,
    )
    return assessment.model_copy(update={"rewrite_source": "model"})


def rejected_rewrite_goal() -> GoalAssessment:
    s = REJECTED_STATEMENT
    assessment = goal(
        "revenue",
        s,
        {
            Criterion.SPECIFIC: judged(
                miss("specific.vague", ev(s, "Double revenue", "vague_verb")),
                Status.PARTIAL,
                "Revenue is concrete, but of which product?",
            ),
            Criterion.MEASURABLE: judged(
                passed("A multiplier.", ev(s, "Double", "number")),
                Status.PASS,
                "Doubling is measurable.",
            ),
            Criterion.ACHIEVABLE: judged(
                miss("achievable.nothing-to-judge"), Status.FAIL, "Doubling fast is implausible."
            ),
            Criterion.RELEVANT: judged(
                miss("relevant.vague-purpose", ev(s, "beat competitors", "purpose")),
                Status.PARTIAL,
                "Beating competitors is not a business result.",
            ),
            Criterion.TIME_BOUND: judged(
                miss("time_bound.vague-time", ev(s, "fast", "vague_time")),
                Status.FAIL,
                "'fast' is not a deadline.",
            ),
        },
        path=HYBRID_PATH,
        line=11,
        rewrite="Increase [revenue line] from [baseline] to [target] by [deadline] to [result].",
    )
    return assessment.model_copy(update={"rewrite_issues": list(REJECTED_ISSUES)})


def not_judged_goal() -> GoalAssessment:
    s = NOT_JUDGED_STATEMENT
    assessment = goal(
        "churn",
        s,
        {
            Criterion.SPECIFIC: passed("Names a metric.", ev(s, "churn", "metric")),
            Criterion.MEASURABLE: passed("Baseline and target.", ev(s, "6%"), ev(s, "4%")),
            Criterion.ACHIEVABLE: passed("A modest cut."),
            Criterion.RELEVANT: passed("Protects revenue.", ev(s, "protect ARR", "purpose")),
            Criterion.TIME_BOUND: passed("Has a deadline.", ev(s, "31 December 2026", "deadline")),
        },
        path=HYBRID_PATH,
        line=15,
    )
    return assessment.model_copy(update={"model_error": MODEL_ERROR})


def build_hybrid() -> CheckReport:
    goals = [model_decided_goal(), model_rewrite_goal(), rejected_rewrite_goal(), not_judged_goal()]
    report = build(goals)
    return report.model_copy(update={"engine": "hybrid", "usage": USAGE})


@pytest.fixture
def hybrid_report() -> CheckReport:
    return build_hybrid()
