"""The report models: severity ranks, the worst severity of a goal, the JSON contract."""

from __future__ import annotations

from briefsmith.models.goal import Criterion, Lang, SourceLocation
from briefsmith.models.report import (
    CheckReport,
    CriterionResult,
    GoalAssessment,
    Severity,
    Status,
    Summary,
    Verdict,
)


def _result(
    status: Status, severity: Severity | None, *, suppressed: bool = False
) -> CriterionResult:
    return CriterionResult(
        status=status, severity=severity, message="because", suppressed=suppressed
    )


def _assessment(**criteria: CriterionResult) -> GoalAssessment:
    return GoalAssessment(
        id="g-1",
        statement="Grow trial sign-ups",
        source=SourceLocation(path="goals.md", line=3),
        lang=Lang.EN,
        criteria={Criterion(name): result for name, result in criteria.items()},
        verdict=Verdict.PARTIAL,
        rewrite="Grow trial sign-ups from [baseline] to [target] by [date].",
    )


def test_severity_ranks_are_ordered() -> None:
    assert Severity.ERROR.rank > Severity.WARNING.rank > Severity.SUGGESTION.rank


def test_worst_severity() -> None:
    goal = _assessment(
        specific=_result(Status.PASS, None),
        measurable=_result(Status.PARTIAL, Severity.WARNING),
        time_bound=_result(Status.PARTIAL, Severity.SUGGESTION),
    )
    assert goal.worst_severity() is Severity.WARNING


def test_worst_severity_skips_suppressed() -> None:
    goal = _assessment(
        relevant=_result(Status.FAIL, Severity.ERROR, suppressed=True),
        time_bound=_result(Status.PARTIAL, Severity.SUGGESTION),
    )
    assert goal.worst_severity() is Severity.SUGGESTION


def test_worst_severity_none_when_all_pass() -> None:
    assert _assessment(specific=_result(Status.PASS, None)).worst_severity() is None


def test_empty_report_defaults() -> None:
    report = CheckReport(today="2027-01-04")
    assert report.version == 2
    assert report.engine == "rules"
    assert report.summary == Summary()
    assert CheckReport.model_validate_json(report.model_dump_json()) == report


def test_json_uses_the_enum_values() -> None:
    report = CheckReport(
        today="2027-01-04",
        goals=[_assessment(measurable=_result(Status.PARTIAL, Severity.WARNING))],
        summary=Summary(goals=1, partial=1, by_severity={Severity.WARNING: 1}),
    )
    dumped = report.model_dump(mode="json")
    assert dumped["goals"][0]["criteria"]["measurable"]["status"] == "partial"
    assert dumped["goals"][0]["verdict"] == "partial"
    assert dumped["summary"]["by_severity"] == {"warning": 1}


def test_schema_title() -> None:
    assert CheckReport.model_json_schema()["title"] == "briefsmith check report"


def test_check_brief_and_feedback_findings_share_one_shape() -> None:
    from briefsmith.models.brief import BriefFinding
    from briefsmith.models.feedback import Problem
    from briefsmith.models.report import Finding, RuleFinding

    core = ["rule", "severity", "message", "fix", "line"]
    for model in (Finding, BriefFinding, Problem):
        assert issubclass(model, RuleFinding)
        assert list(model.model_fields)[:5] == core, model
    assert Problem(rule="feedback.theme.nonempty", message="x").severity.value == "error"
