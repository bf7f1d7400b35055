"""``briefsmith.llm.verify``: a model's rewrite is accepted only when it invents nothing,
is in the goal's language and would be SMART once its placeholders are filled."""

from __future__ import annotations

import datetime as dt

import pytest

from briefsmith.check import check_goals
from briefsmith.config import Config
from briefsmith.llm.verify import (
    PLACEHOLDER,
    fill_placeholders,
    invented_numbers,
    rewrite_problems,
)
from briefsmith.models.goal import Criterion, Goal, Lang
from briefsmith.models.report import Status
from briefsmith.rules.engine import Engine

TODAY = dt.date(2027, 1, 4)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config(), today=TODAY)


def _goal(statement: str, **values: object) -> Goal:
    return Goal(id="g1", statement=statement, **values)  # type: ignore[arg-type]


# -- invented_numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "rewrite", "invented"),
    [
        (
            "Publish 8 partner webinars by June 2027",
            "Publish 8 partner webinars by June 2027 to grow [business result].",
            [],
        ),
        (
            "Publish 8 partner webinars by June 2027",
            "Publish 12 partner webinars by June 2027.",
            ["12"],
        ),
        (
            "Grow the newsletter",
            "Grow subscribers from [baseline, e.g. 2,400] to [target 3000] by [Q3 2027].",
            [],
        ),
        (
            "Grow the newsletter list to 1,200 subscribers",
            "Grow the newsletter list from [baseline] to 1200 subscribers by [date].",
            [],
        ),
        (
            "Grow the newsletter list to 1200 subscribers",
            "Grow the newsletter list from [baseline] to 1,200 subscribers by [date].",
            [],
        ),
        (
            "Grow the newsletter list to 1,200 subscribers",
            "Grow the newsletter list to 1,200 subscribers by December 2028.",
            ["2028"],
        ),
        (
            "Cut cost per lead to $45",
            "Cut cost per lead from [baseline] to $45.50 by [date].",
            ["45.5"],
        ),
        (
            "Raise NPS by 5 points",
            "Raise NPS from 31 to 36 by [date].",
            ["31", "36"],
        ),
    ],
)
def test_invented_numbers(statement: str, rewrite: str, invented: list[str]) -> None:
    assert invented_numbers(_goal(statement), rewrite) == invented


def test_numbers_from_fields_and_parent_are_given() -> None:
    goal = _goal(
        "Grow webinar sign-ups to 450",
        fields={"baseline": "300", "due": "2027-06-30"},
        parent_statement="Grow enterprise pipeline by 15% in 2027",
    )
    rewrite = "Grow webinar sign-ups from 300 to 450 by 2027-06-30 to grow pipeline 15%."
    assert invented_numbers(goal, rewrite) == []
    assert invented_numbers(goal, rewrite + " Owner: 2 people.") == ["2"]


# -- rewrite_problems ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "rewrite"),
    [
        (
            "Improve brand awareness",
            "Raise aided brand awareness in the quarterly survey from [baseline]% to "
            "[target]% by [date] to grow [business result] (owner: [owner]).",
        ),
        (
            "Get more people to the summit",
            "Reach [target] registered attendees at the spring summit by [date] to grow "
            "[business result] (owner: [owner]).",
        ),
        (
            "提升品牌影响力",
            "在[日期]前，将品牌调研中的无提示认知度从[基线]提升到[目标值]，以支撑[业务结果]"
            "（负责人：[负责人]）。",
        ),
        (
            "Улучшить узнаваемость бренда",
            "Увеличить узнаваемость бренда по опросу с [база]% до [цель]% к [дата], чтобы "
            "[бизнес-результат] (ответственный: [имя]).",
        ),
    ],
)
def test_a_good_placeholder_rewrite_passes(engine: Engine, statement: str, rewrite: str) -> None:
    goal = _goal(statement)
    lang = check_goals([goal], today=TODAY).goals[0].lang
    assert rewrite_problems(goal, rewrite, lang, engine) == []


@pytest.mark.parametrize("rewrite", ["", "   ", "\n\t"])
def test_empty_rewrite(engine: Engine, rewrite: str) -> None:
    goal = _goal("Improve brand awareness")
    assert rewrite_problems(goal, rewrite, Lang.EN, engine) == ["the rewrite is empty"]


def test_invented_numbers_are_a_problem(engine: Engine) -> None:
    goal = _goal("Improve brand awareness")
    rewrite = (
        "Raise aided brand awareness from 20% to 35% by [date] to grow [business result] "
        "(owner: [owner])."
    )
    problems = rewrite_problems(goal, rewrite, Lang.EN, engine)
    assert len(problems) == 1
    assert problems[0].startswith("invented numbers 20, 35:")
    assert "[placeholders]" in problems[0]


@pytest.mark.parametrize(
    ("statement", "lang", "rewrite"),
    [
        (
            "Improve brand awareness",
            Lang.EN,
            "Увеличить узнаваемость бренда по опросу с [база]% до [цель]% к [дата], чтобы "
            "[бизнес-результат] (ответственный: [имя]).",
        ),
        (
            "提升品牌影响力",
            Lang.ZH,
            "Raise aided brand awareness in the quarterly survey from [baseline]% to "
            "[target]% by [date] to grow [business result] (owner: [owner]).",
        ),
    ],
)
def test_wrong_language(engine: Engine, statement: str, lang: Lang, rewrite: str) -> None:
    problems = rewrite_problems(_goal(statement), rewrite, lang, engine)
    assert f"the rewrite must be in the goal's language ({lang.value})" in problems


def test_still_missing_a_deadline(engine: Engine) -> None:
    goal = _goal("Improve brand awareness")
    rewrite = (
        "Raise aided brand awareness in the brand survey from [baseline]% to [target]% "
        "to grow [business result] (owner: [owner])."
    )
    problems = rewrite_problems(goal, rewrite, Lang.EN, engine)
    assert problems
    assert all(p.startswith("time_bound: ") for p in problems)


def test_a_suppressed_criterion_is_not_a_problem(engine: Engine) -> None:
    goal = _goal("Improve brand awareness", ignore=[Criterion.TIME_BOUND])
    rewrite = (
        "Raise aided brand awareness in the brand survey from [baseline]% to [target]% "
        "to grow [business result] (owner: [owner])."
    )
    assert rewrite_problems(goal, rewrite, Lang.EN, engine) == []


# -- property: the rules engine's own scaffold is an acceptable rewrite ---------------------

VAGUE_GOALS = [
    "Make our brand feel cooler",
    "Improve brand awareness",
    "Boost customer happiness this year",
    "Be better at social media",
    "Grow our community",
    "Increase engagement significantly",
    "Strengthen relationships with key partners by June 2027",
    "Improve the onboarding experience to reduce churn",
    "Enhance our reputation in Europe",
    "Do more with influencers",
    "Raise brand awareness by Q3 2027",
    "Become the most loved brand",
    "Optimize our marketing",
    "Make customers happier to support retention",
    "提升品牌影响力",
    "改善客户体验",
    "加强社交媒体存在感",
    "Улучшить узнаваемость бренда",
    "Повысить лояльность клиентов",
    "Усилить присутствие в соцсетях",
]


@pytest.mark.parametrize("statement", VAGUE_GOALS)
def test_rules_scaffold_passes_verification(engine: Engine, statement: str) -> None:
    goal = _goal(statement)
    assessment = check_goals([goal], today=TODAY).goals[0]
    specific = assessment.criteria[Criterion.SPECIFIC].status
    assert specific is not Status.PASS  # the full template is the rewrite under test
    assert PLACEHOLDER.search(assessment.rewrite)
    assert rewrite_problems(goal, assessment.rewrite, assessment.lang, engine) == []


def test_amended_rules_scaffold_with_confidence_scale_passes(engine: Engine) -> None:
    goal = _goal("Get more buzz around the product launch")
    assessment = check_goals([goal], today=TODAY).goals[0]
    assert "[x]/10" in assessment.rewrite
    assert rewrite_problems(goal, assessment.rewrite, assessment.lang, engine) == []


@pytest.mark.parametrize(
    "placeholder", ["[number of attendees]", "[attendee count]", "[spend limit]"]
)
def test_number_placeholders_containing_end_are_numbers(placeholder: str) -> None:
    filled = fill_placeholders(placeholder, Lang.EN)
    assert filled.isdigit(), filled


def test_good_rewrite_with_number_of_attendees_passes(engine: Engine) -> None:
    goal = _goal("Get more people to the summit")
    rewrite = (
        "Reach [number of attendees] registered attendees at the spring summit by [date] "
        "to grow [business result] (owner: [owner])."
    )
    assert rewrite_problems(goal, rewrite, Lang.EN, engine) == []


@pytest.mark.parametrize(
    ("goal", "rewrite", "kept"),
    [
        (
            "Improve brand awareness.",
            "Increase aided brand recall among IT buyers from [baseline] to [target] by [date].",
            True,
        ),
        ("提高品牌知名度。", "在[日期]前，将品牌认知度从[基线]提升到[目标值]。", True),
        (
            "Повысить узнаваемость нашего бренда.",
            "Увеличить узнаваемость бренда среди ИТ-директоров с [база] до [цель] к [дата].",
            True,
        ),
        # A rewrite of another goal (a tiny model copying its neighbour) is not kept.
        (
            "本季度把官网试用注册页的转化率从3.2%提高到3.8%",
            "2027年12月31日前将年度经常性收入从1.3亿元提升到1.6亿元",
            False,
        ),
        ("Grow MRR from $80k to $95k by 30 September 2027.", "Publish 12 case studies.", False),
    ],
)
def test_intent_kept(goal: str, rewrite: str, kept: bool) -> None:
    from briefsmith.llm.verify import intent_kept

    assert intent_kept(Goal(id="g", statement=goal), rewrite) is kept


def test_rewrite_of_another_goal_is_a_problem(engine: Engine) -> None:
    goal = Goal(id="g", statement="Cut landing-page load time from 4 s to 2 s by June 2027.")
    other = "Publish customer case studies by [date] to support [business result]."
    problems = rewrite_problems(goal, other, Lang.EN, engine)
    assert any("not about this goal" in p for p in problems)


def test_a_rewrite_the_rules_would_only_list_is_a_problem(engine: Engine) -> None:
    from briefsmith.models.goal import GoalStatus

    goal = _goal("Improve brand awareness", status=GoalStatus.DONE)
    rewrite = "Raise brand awareness from [baseline] to [target] by [date] to grow [result]."
    assert rewrite_problems(goal, rewrite, Lang.EN, engine)[-1] == (
        "the rewrite must be a goal to judge, not a done or placeholder item"
    )
