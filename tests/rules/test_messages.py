"""The engine's messages and fixes speak the goal's language, from complete data files."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest

from briefsmith.check import check_goals
from briefsmith.config import Config
from briefsmith.models import Goal, Lang, Status
from briefsmith.rules.messages import messages_for

TODAY = dt.date(2026, 11, 22)
CJK = re.compile(r"[\u4e00-\u9fff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Goals that between them miss every criterion in several ways, and pass each one.
GOALS = {
    Lang.ZH: [
        "提升品牌影响力",
        "尽快提高官网的转化率",
        "每周发布两篇博客文章",
        "在两周内把试用注册数翻三倍，以支撑年度收入目标",
        "2027年6月30日前让所有市场的份额都达到第一，以增加收入",
        "在2027年第二季度末前将付费搜索带来的MQL从400个提升到520个，以支撑销售管道目标",
        "零预算把网站访问量提高到每月50万，时间为2027年3月31日前",
    ],
    Lang.RU: [
        "Повысить узнаваемость нашего бренда в регионах",
        "Как можно скорее улучшить конверсию сайта",
        "Каждую неделю публиковать две статьи в блоге",
        "Утроить число регистраций на пробный период за две недели, чтобы выполнить план "
        "по выручке",
        "Стать номером один на всех рынках до 30 июня 2027 года, чтобы увеличить выручку",
        "Увеличить число MQL из контекстной рекламы с 400 до 520 до конца второго квартала "
        "2027 года, чтобы обеспечить воронку продаж",
        "Без бюджета увеличить посещаемость сайта до 500 000 в месяц до 31 марта 2027 года",
    ],
}
SCRIPT = {Lang.ZH: CJK, Lang.RU: CYRILLIC}


def _results(lang: Lang, config: Config | None = None):  # type: ignore[no-untyped-def]
    goals = [Goal(id=f"g{i}", statement=s) for i, s in enumerate(GOALS[lang])]
    report = check_goals(goals, today=TODAY, config=config)
    return [r for goal in report.goals for r in goal.criteria.values()]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("lang", [Lang.ZH, Lang.RU])
def test_every_language_has_every_sentence_with_the_same_placeholders(lang: Lang) -> None:
    from briefsmith import i18n

    def load(code: str) -> dict[str, dict[str, str]]:
        return i18n.table("rules", code)

    english, other = load("en"), load(lang.value)
    assert other.keys() == english.keys()
    for section, sentences in english.items():
        assert other[section].keys() == sentences.keys(), section
        for key, sentence in sentences.items():
            assert _fields(other[section][key]) == _fields(sentence), f"{section}.{key}"


@pytest.mark.parametrize("lang", [Lang.ZH, Lang.RU])
def test_messages_and_fixes_follow_the_goals_language(lang: Lang) -> None:
    results = _results(lang)
    rules = {r.rule for r in results if r.rule}
    # The set exercises every criterion's misses, not one path.
    assert {rule.split(".")[0] for rule in rules} == {
        "specific",
        "measurable",
        "achievable",
        "relevant",
        "time_bound",
    }
    assert any(r.status is Status.PASS for r in results)
    for result in results:
        assert SCRIPT[lang].search(result.message), result.message
        if result.fix is not None:
            assert SCRIPT[lang].search(result.fix), result.fix


def test_quotes_are_the_languages_own() -> None:
    [zh] = [r for r in _results(Lang.ZH)[:5] if r.rule == "specific.vague"]
    assert "“" in zh.message and "'" not in zh.message
    ru = next(r for r in _results(Lang.RU) if r.rule == "specific.vague")
    assert "«" in ru.message and "'" not in ru.message


def test_the_configuration_can_fix_the_language_of_messages() -> None:
    results = _results(Lang.ZH, Config(messages="en"))
    assert not any(CJK.search(r.message.split("'")[0]) for r in results if r.rule)
    english = _results(Lang.RU, Config(messages="en"))
    vague = next(r for r in english if r.rule == "specific.vague")
    assert vague.message.startswith("Only a vague direction: '")
    # And the other way round: English goals with Russian messages.
    [smart] = check_goals(
        [
            Goal(
                id="g",
                statement="Grow MQLs from 400 to 520 by 31 March 2027 to support Q2 pipeline",
            )
        ],
        today=TODAY,
        config=Config(messages="ru"),
    ).goals
    assert all(CYRILLIC.search(r.message) for r in smart.criteria.values())


def test_support_kinds_are_named_in_the_language() -> None:
    messages = messages_for(Lang.ZH)
    assert (
        messages.kinds({"owner", "baseline"}) == "基线、负责人"
        or messages.kinds({"owner", "baseline"}) == "负责人、基线"
    )
    assert messages_for(Lang.EN).kinds({"own_activity", "baseline"}) == "baseline, own activity"
