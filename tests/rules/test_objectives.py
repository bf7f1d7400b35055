"""Objectives and key results: objectives' own rules, key-result findings, and items that
are listed rather than judged (SMART-RUBRIC.md, "Objectives and key results")."""

from __future__ import annotations

import datetime as dt

from briefsmith.check import check_goals
from briefsmith.config import Config
from briefsmith.models import Criterion, GoalAssessment, Status
from briefsmith.models.goal import GoalKind, GoalStatus
from briefsmith.parsing import load_goals

TODAY = dt.date(2026, 11, 22)

OKR = """\
# Q1 2027 OKRs

## Objective: Self-serve customers onboard without help, to grow self-serve revenue

- KR1: Cut median setup time from 3 days to 1 day
- KR2: Raise week-1 activation from 40% to 55% (confidence 6/10)
- KR3: Launch the redesigned setup wizard

- Objective: Be the number one brand in every market
  - KR: Get more brand searches

- Objective: Grow ARR to $25M
  - KR1: Win 40 new enterprise logos, owner: Dana Reyes
  - KR2: Raise net revenue retention from 104% to 110%
"""


def judge(text: str, config: Config | None = None, **kwargs: bool) -> dict[str, GoalAssessment]:
    goals = load_goals("okr.md", text=text)
    report = check_goals(goals, today=TODAY, config=config, **kwargs)
    return {g.statement: g for g in report.goals}


def bits(goal: GoalAssessment) -> str:
    return "".join("1" if goal.criteria[c].status is Status.PASS else "0" for c in Criterion)


def test_an_objective_with_key_results_and_a_period_is_smart_without_numbers() -> None:
    goal = judge(OKR)["Self-serve customers onboard without help, to grow self-serve revenue"]
    assert goal.kind is GoalKind.OBJECTIVE
    assert bits(goal) == "11111"
    assert goal.criteria[Criterion.MEASURABLE].message == "Measured by its 3 key results."
    assert goal.findings == []


def test_a_vague_absolute_objective_with_one_key_result() -> None:
    goal = judge(OKR)["Be the number one brand in every market"]
    criteria = goal.criteria
    assert criteria[Criterion.SPECIFIC].rule == "objective.vague-direction"
    assert criteria[Criterion.MEASURABLE].rule == "objective.too-few-key-results"
    assert criteria[Criterion.ACHIEVABLE].rule == "achievable.absolute"
    assert criteria[Criterion.TIME_BOUND].status is Status.PASS  # the heading's Q1 2027


def test_a_numeric_objective_reads_as_a_key_result() -> None:
    goal = judge(OKR)["Grow ARR to $25M"]
    assert [f.rule for f in goal.findings] == ["objective.numeric"]
    assert goal.findings[0].severity.value == "suggestion"


def test_key_results_serve_their_objective_and_tasks_are_flagged() -> None:
    goals = judge(OKR)
    kr = goals["Cut median setup time from 3 days to 1 day"]
    relevant = kr.criteria[Criterion.RELEVANT]
    assert relevant.status is Status.PASS and relevant.message.startswith("A key result of")
    assert (
        kr.objective_id
        == goals["Self-serve customers onboard without help, to grow self-serve revenue"].id
    )
    task = goals["Launch the redesigned setup wizard"]
    assert [f.rule for f in task.findings] == ["key_result.is-initiative"]
    assert kr.findings == []


def test_the_key_result_range_is_configurable() -> None:
    config = Config.model_validate({"okr": {"min_key_results": 1, "max_key_results": 2}})
    goals = judge(OKR, config)
    assert (
        goals["Be the number one brand in every market"].criteria[Criterion.MEASURABLE].status
        is Status.PASS
    )
    too_many = goals["Self-serve customers onboard without help, to grow self-serve revenue"]
    assert too_many.criteria[Criterion.MEASURABLE].rule == "objective.too-many-key-results"


def test_an_objective_with_no_period_and_no_key_results() -> None:
    goal = judge("- Objective: Our reports are trusted by finance\n")[
        "Our reports are trusted by finance"
    ]
    assert goal.criteria[Criterion.MEASURABLE].rule == "objective.no-key-results"
    assert goal.criteria[Criterion.TIME_BOUND].rule == "objective.no-period"
    assert goal.rewrite == (
        "Our reports are trusted by finance in [period] — key results: [key result 1]; "
        "[key result 2]"
    )


def test_an_objective_is_not_failed_for_naming_no_business_result() -> None:
    """The rubric checks an objective for a direction, key results and a period; naming
    no business result of its own is a suggestion, not a failed Relevant."""
    goal = judge("- Objective: Our reports are trusted by finance\n")[
        "Our reports are trusted by finance"
    ]
    assert goal.criteria[Criterion.RELEVANT].status is Status.PASS
    assert [f.rule for f in goal.findings] == ["objective.no-business-result"]
    named = judge("- Objective: Grow self-serve revenue in 2027\n")[
        "Grow self-serve revenue in 2027"
    ]
    assert "objective.no-business-result" not in [f.rule for f in named.findings]
    vague = judge("- Objective: Our reports are trusted, to do better\n")[
        "Our reports are trusted, to do better"
    ]
    assert vague.criteria[Criterion.RELEVANT].status is not Status.PASS


def test_done_and_placeholder_items_are_listed_not_judged() -> None:
    text = "# Q1 2027\n\n- [x] Publish the pricing FAQ\n- TBD\n- [Plan](https://example.com)\n"
    goals = judge(text)
    done = goals["Publish the pricing FAQ"]
    assert (done.status, done.criteria, done.verdict, done.rewrite) == (
        GoalStatus.DONE,
        {},
        None,
        None,
    )
    assert done.findings == []
    assert [f.rule for f in goals["TBD"].findings] == ["placeholder.unfilled"]
    assert [f.rule for f in goals["Plan"].findings] == ["placeholder.reference-only"]
    report = check_goals(load_goals("okr.md", text=text), today=TODAY)
    assert (report.summary.goals, report.summary.done, report.summary.placeholders) == (0, 1, 2)


def test_include_done_judges_done_items() -> None:
    goals = judge("# Q1 2027\n\n- [x] Publish 3 pricing FAQs\n", include_done=True)
    done = goals["Publish 3 pricing FAQs"]
    assert done.status is GoalStatus.DONE and done.verdict is not None
    assert done.criteria[Criterion.TIME_BOUND].status is Status.PASS
