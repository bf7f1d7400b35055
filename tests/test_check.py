"""``check_goals``: goals in, a ``CheckReport`` with a consistent summary out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from briefsmith.check import check_goals
from briefsmith.config import Config
from briefsmith.models.goal import Criterion, Goal, Lang
from briefsmith.models.report import CheckReport, FileError, Severity, Status, Verdict

TODAY = dt.date(2027, 1, 4)

SMART = Goal(
    id="webinars",
    statement="Publish 8 partner webinars between March and May 2027 to grow enterprise pipeline",
    fields={"owner": "Kim Lo"},
)
WARNING_ONLY = Goal(
    id="blog",
    statement="Post on the company blog every Wednesday to keep readers engaged",
    fields={"owner": "Kim Lo"},
)
VAGUE = Goal(id="brand", statement="Make our brand feel cooler")
SMART_WITHOUT_OWNER = Goal(
    id="case-studies",
    statement="Publish 6 customer case studies by 30 September 2027 to support enterprise "
    "deals in the pipeline",
)


@pytest.fixture
def mixed() -> CheckReport:
    return check_goals([SMART, WARNING_ONLY, VAGUE], today=TODAY)


def test_one_assessment_per_goal_in_order(mixed: CheckReport) -> None:
    assert [g.id for g in mixed.goals] == ["webinars", "blog", "brand"]
    assert [g.verdict for g in mixed.goals] == [Verdict.SMART, Verdict.PARTIAL, Verdict.NOT_SMART]
    assert mixed.today == "2027-01-04"
    assert mixed.version == 2
    assert mixed.engine == "rules"


def test_summary_counts(mixed: CheckReport) -> None:
    summary = mixed.summary
    assert (summary.goals, summary.smart, summary.partial, summary.not_smart) == (3, 1, 1, 1)
    assert summary.errors == 0
    # the vague goal fails all five criteria; the blog goal has one partial (a warning)
    assert summary.by_severity == {Severity.ERROR: 5, Severity.WARNING: 1}
    assert summary.passing_by_criterion == {
        Criterion.SPECIFIC: 2,
        Criterion.MEASURABLE: 2,
        Criterion.ACHIEVABLE: 2,
        Criterion.RELEVANT: 2,
        Criterion.TIME_BOUND: 1,
    }


def test_summary_agrees_with_the_assessments(mixed: CheckReport) -> None:
    findings = [
        result.severity
        for goal in mixed.goals
        for result in goal.criteria.values()
        if result.status is not Status.PASS
    ]
    assert sum(mixed.summary.by_severity.values()) == len(findings)
    passing = sum(
        result.status is Status.PASS for goal in mixed.goals for result in goal.criteria.values()
    )
    assert sum(mixed.summary.passing_by_criterion.values()) == passing


def test_suppressed_findings_are_not_counted() -> None:
    ignored = VAGUE.model_copy(update={"ignore": [Criterion.RELEVANT, Criterion.TIME_BOUND]})
    report = check_goals([ignored], today=TODAY)
    criteria = report.goals[0].criteria
    assert criteria[Criterion.RELEVANT].suppressed is True
    assert criteria[Criterion.TIME_BOUND].suppressed is True
    assert report.summary.by_severity == {Severity.ERROR: 3}


def test_disabled_criterion_counts_neither_way() -> None:
    report = check_goals([VAGUE], today=TODAY, config=Config(disable=[Criterion.SPECIFIC]))
    assert report.goals[0].criteria[Criterion.SPECIFIC].suppressed is True
    assert report.summary.by_severity == {Severity.ERROR: 4}
    assert Criterion.SPECIFIC not in report.summary.passing_by_criterion


def test_errors_are_passed_through() -> None:
    errors = [
        FileError(path="plans/q3.yaml", line=7, message="invalid YAML: bad indentation"),
        FileError(path="plans/missing.md", message="no such file"),
    ]
    report = check_goals([SMART], today=TODAY, errors=iter(errors))
    assert report.errors == errors
    assert report.summary.errors == 2
    assert report.summary.goals == 1


def test_no_goals() -> None:
    report = check_goals([], today=TODAY)
    assert report.goals == []
    assert report.summary.goals == 0
    assert report.summary.by_severity == {}
    assert report.summary.passing_by_criterion == {}


def test_today_defaults_to_the_current_date() -> None:
    before = dt.date.today()
    report = check_goals([SMART])
    assert report.today in {before.isoformat(), dt.date.today().isoformat()}


def test_lang_forces_every_goal() -> None:
    report = check_goals([SMART, VAGUE], today=TODAY, lang=Lang.RU)
    assert {g.lang for g in report.goals} == {Lang.RU}
    assert check_goals([SMART], today=TODAY).goals[0].lang is Lang.EN


def test_accepts_any_iterable() -> None:
    report = check_goals((g for g in [SMART, VAGUE]), today=TODAY)
    assert [g.id for g in report.goals] == ["webinars", "brand"]


def test_stable_output_for_the_same_input() -> None:
    goals = [SMART, WARNING_ONLY, VAGUE, SMART_WITHOUT_OWNER]
    first = check_goals(goals, today=TODAY).model_dump_json(indent=2)
    second = check_goals(list(goals), today=TODAY).model_dump_json(indent=2)
    assert first == second


def test_today_argument_wins_over_as_of() -> None:
    soon = Goal(
        id="soon",
        statement="Launch 3 onboarding emails next month to lift trial conversion",
        as_of=dt.date(2027, 3, 5),
    )
    from_as_of = check_goals([soon]).goals[0].criteria[Criterion.TIME_BOUND]
    from_today = check_goals([soon], today=TODAY).goals[0].criteria[Criterion.TIME_BOUND]
    assert [e.value for e in from_as_of.evidence if e.kind == "relative"] == ["2027-04-30"]
    assert [e.value for e in from_today.evidence if e.kind == "relative"] == ["2027-02-28"]


def test_iter_assessments_streams_goals_as_they_come() -> None:
    import asyncio

    from briefsmith import acheck_goals, iter_assessments

    seen: list[str] = []

    def source() -> Iterator[Goal]:
        for i, text in enumerate(["Make our brand feel cooler", "Grow MQLs by 20% by Q3 2027"]):
            seen.append(text)
            yield Goal(id=f"g{i}", statement=text)

    stream = iter_assessments(source(), today=dt.date(2027, 1, 4))
    first = next(stream)
    assert seen == ["Make our brand feel cooler"]  # the second goal is not read yet
    assert first.id == "g0" and first.verdict is not None
    rest = list(stream)
    assert [a.id for a in rest] == ["g1"]
    report = asyncio.run(acheck_goals(source(), today=dt.date(2027, 1, 4)))
    assert [a.model_dump() for a in report.goals] == [first.model_dump(), rest[0].model_dump()]
    sync = check_goals(list(source()), today=dt.date(2027, 1, 4))
    assert report.model_dump() == sync.model_dump()
