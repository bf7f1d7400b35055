"""Periods a goal inherits from its document, and the year its own dates take."""

from __future__ import annotations

import datetime as dt

import pytest

from briefsmith.check import check_goals
from briefsmith.config import Config
from briefsmith.models import Criterion, Goal, Status
from briefsmith.models.goal import Ancestor
from briefsmith.parsing import load_goals

TODAY = dt.date(2026, 11, 22)


def _time(goal: Goal, config: Config | None = None) -> tuple[Status, str, list[str]]:
    result = check_goals([goal], today=TODAY, config=config).goals[0].criteria[Criterion.TIME_BOUND]
    return result.status, result.message, [e.value or "" for e in result.evidence]


def _under(*headings: str, goal: str = "Ship the audit log") -> Goal:
    ancestors = [Ancestor(text=h, line=i + 1, source="heading") for i, h in enumerate(headings)]
    return Goal(id="g", statement=goal, ancestors=list(reversed(ancestors)))


@pytest.mark.parametrize(
    ("headings", "end"),
    [
        (["FY27-Q1 OKRs"], "2027-03-31"),
        (["2027 H2 — Objectives and Key Results"], "2027-12-31"),
        (["2027 年度 OKR", "第三季度"], "2027-09-30"),
        (["Релиз 2.0 (план: июнь 2027)"], "2027-06-30"),
        (["Q1 2027", "Milestone 2 (March)"], "2027-03-31"),
        (["Roadmap 2028", "Q2"], "2028-06-30"),
        (["2019 Q2"], "2019-06-30"),
    ],
)
def test_a_heading_period_bounds_the_goals_under_it(headings: list[str], end: str) -> None:
    status, message, values = _time(_under(*headings))
    assert status is Status.PASS
    assert values[-1] == end
    assert f"(line {len(headings)})" in message or "строка" in message or "行" in message


def test_the_nearest_period_wins_and_names_its_heading() -> None:
    status, message, _ = _time(_under("Roadmap 2027", "Q3"))
    assert status is Status.PASS
    assert message == "Bounded by the heading 'Q3' (line 2), which ends 2027-09-30."


@pytest.mark.parametrize("heading", ["Marketing", "Бэкенд", "Analytics", "Team 2", "Objective 3"])
def test_team_area_and_numbered_headings_give_no_period(heading: str) -> None:
    status, _, _ = _time(_under(heading))
    assert status is Status.FAIL


def test_a_goals_own_deadline_wins_and_takes_the_documents_year() -> None:
    status, _, values = _time(_under("Plan for 2028", goal="Ship the audit log by March"))
    assert (status, values) == (Status.PASS, ["2028-03-31"])


def test_a_month_with_no_year_and_no_ancestor_is_its_next_occurrence() -> None:
    _, _, values = _time(Goal(id="g", statement="Ship the audit log by March"))
    assert values == ["2027-03-31"]


def test_a_recurrence_under_a_period_is_bounded() -> None:
    status, message, _ = _time(_under("Q1 2027", goal="Hold a pipeline review every Monday"))
    assert status is Status.PASS
    assert message.startswith("'every Monday' within the period of the heading 'Q1 2027'")


def test_front_matter_period_and_parent_goals() -> None:
    goals = load_goals(
        "plan.md",
        text="---\nperiod: H1 2027\n---\n- Grow revenue by 10% by Q2 2027\n  - Win 3 new logos\n"
        "- Publish 4 case studies\n",
    )
    report = check_goals(goals, today=TODAY)
    by_text = {g.statement: g.criteria[Criterion.TIME_BOUND] for g in report.goals}
    child = by_text["Win 3 new logos"]
    assert child.status is Status.PASS and child.evidence[-1].source == "parent"
    assert child.evidence[-1].value == "2027-06-30"
    top = by_text["Publish 4 case studies"]
    assert top.status is Status.PASS and top.evidence[-1].source == "front_matter"


@pytest.mark.parametrize(
    ("start", "text", "end"),
    [
        (1, "FY27-Q1", "2027-03-31"),
        (2, "FY27-Q1", "2026-04-30"),
        (2, "FY27", "2027-01-31"),
        (4, "Q3 FY28", "2027-12-31"),
        (7, "27财年Q3", "2027-03-31"),
        ("february", "FY2027 H2", "2027-01-31"),
    ],
)
def test_fiscal_years_start_where_the_configuration_says(
    start: int | str, text: str, end: str
) -> None:
    config = Config.model_validate({"fiscal_year_start": start})
    _, _, values = _time(Goal(id="g", statement=f"Ship the audit log in {text}"), config)
    assert values == [end]


@pytest.mark.parametrize(
    ("goal", "today"),
    [
        ("Double website traffic next month", dt.date(2026, 11, 22)),
        ("Double website traffic next month", dt.date(2027, 1, 2)),
        ("Double website traffic next month", dt.date(2027, 5, 30)),
        ("下个月把网站流量翻一倍", dt.date(2027, 2, 27)),
        ("Удвоить трафик сайта в следующем месяце", dt.date(2027, 8, 31)),
    ],
)
def test_a_windows_length_is_judged_not_its_distance_from_today(goal: str, today: dt.date) -> None:
    report = check_goals([Goal(id="g", statement=goal)], today=today)
    achievable = report.goals[0].criteria[Criterion.ACHIEVABLE]
    assert achievable.rule == "achievable.implausible-growth"


def test_a_quarter_to_triple_is_implausible_and_a_year_is_not() -> None:
    def rule(goal: str) -> str | None:
        report = check_goals([Goal(id="g", statement=goal)], today=TODAY)
        return report.goals[0].criteria[Criterion.ACHIEVABLE].rule

    assert (
        rule("Triple demo requests from 100 to 300 in Q2 2027") == "achievable.implausible-growth"
    )
    assert rule("Triple demo requests from 100 to 300 in 2027") is None
    assert (
        rule("Grow demos 3.75x between January and March 2027") == "achievable.implausible-growth"
    )


def test_an_inherited_window_is_judged_too() -> None:
    goal = _under("Q1 2027", goal="Triple demo requests from 100 to 300")
    report = check_goals([goal], today=TODAY)
    assert report.goals[0].criteria[Criterion.ACHIEVABLE].rule == "achievable.implausible-growth"


def test_a_release_heading_is_a_deadline_not_the_window_the_work_runs_in() -> None:
    """The work comes before a release: "## Release 2.0 (plan: June 2027)" leaves the time
    until June, while "## Q1 2027" is the quarter the goals run in."""
    change = "Cut migration tickets from 400 to 150 a month"

    def rule(*headings: str) -> str | None:
        report = check_goals([_under(*headings, goal=change)], today=TODAY)
        return report.goals[0].criteria[Criterion.ACHIEVABLE].rule

    assert rule("June 2027") == "achievable.implausible-growth"  # a month to do it in
    assert rule("Release 2.0 (plan: June 2027)") != "achievable.implausible-growth"
    assert rule("Релиз 2.0 (план: июнь 2027)") != "achievable.implausible-growth"
