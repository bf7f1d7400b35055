"""A small, realistic report built straight from the models (not through the engine).

Three goals - one SMART, one partial with a suppressed criterion and a ``|`` in its text,
one not SMART in Chinese with ``[placeholders]`` in the rewrite - plus one unreadable file.
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
        severity=severity or entry.severity(Severity.ERROR),
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
