"""Time expressions resolve to the right end date, relative ones against the reference."""

from __future__ import annotations

import datetime as dt

import pytest

from briefsmith.models import Lang
from briefsmith.rules.extract import extract
from briefsmith.rules.lexicon import load_lexicon

TODAY = dt.date(2026, 11, 22)  # a Sunday


def _deadlines(text: str, lang: Lang, today: dt.date = TODAY) -> list[str]:
    return [h.value or "" for h in extract(text, load_lexicon(lang), today).deadlines]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (Lang.EN, "Ship it by 31 March 2027.", "2027-03-31"),
        (Lang.EN, "Ship it by March 31, 2027.", "2027-03-31"),
        (Lang.EN, "Ship it by 2027-03-31.", "2027-03-31"),
        (Lang.EN, "Ship it in Q2 2027.", "2027-06-30"),
        (Lang.EN, "Ship it in H1 2027.", "2027-06-30"),
        (Lang.EN, "Ship it in FY27.", "2027-12-31"),
        (Lang.EN, "Ship it by the end of 2027.", "2027-12-31"),
        (Lang.EN, "Ship it next month.", "2026-12-31"),
        (Lang.EN, "Ship it this quarter.", "2026-12-31"),
        (Lang.EN, "Ship it next week.", "2026-11-29"),
        (Lang.EN, "Ship it within 90 days.", "2027-02-20"),
        (Lang.EN, "Ship it in two weeks.", "2026-12-06"),
        (Lang.EN, "Ship it by mid-2027.", "2027-12-31"),
        (Lang.EN, "Ship it by March.", "2027-03-31"),
        (Lang.ZH, "2027年3月31日前上线。", "2027-03-31"),
        (Lang.ZH, "2027年第二季度末前上线。", "2027-06-30"),
        (Lang.ZH, "本季度上线。", "2026-12-31"),
        (Lang.ZH, "下个月上线。", "2026-12-31"),
        (Lang.ZH, "90天内上线。", "2027-02-20"),
        (Lang.ZH, "2027年上半年上线。", "2027-06-30"),
        (Lang.ZH, "今年内上线。", "2026-12-31"),
        (Lang.RU, "Запустить до 31 марта 2027 года.", "2027-03-31"),
        (Lang.RU, "Запустить к концу второго квартала 2027 года.", "2027-06-30"),
        (Lang.RU, "Запустить в этом году.", "2026-12-31"),
        (Lang.RU, "Запустить в следующем месяце.", "2026-12-31"),
        (Lang.RU, "Запустить за 3 месяца.", "2027-02-20"),
        (Lang.RU, "Запустить в первом полугодии 2027 года.", "2027-06-30"),
    ],
)
def test_resolves(lang: Lang, text: str, expected: str) -> None:
    assert expected in _deadlines(text, lang)


def test_relative_windows_follow_the_reference_date() -> None:
    assert _deadlines("Ship it next month.", Lang.EN, dt.date(2027, 5, 3)) == ["2027-06-30"]


def test_month_without_year_is_its_next_occurrence() -> None:
    assert _deadlines("Ship it by March.", Lang.EN, dt.date(2027, 4, 1)) == ["2028-03-31"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (Lang.EN, "Grow followers to 2027 people."),  # a number that looks like a year? no: 2027
        (Lang.EN, "Increase the B2B win rate."),
        (Lang.EN, "Grow the marketing team."),  # "mar" inside a word is not March
        (Lang.ZH, "提高品牌知名度。"),
        (Lang.RU, "Повысить узнаваемость нашего бренда."),
    ],
)
def test_no_false_deadlines(lang: Lang, text: str) -> None:
    found = _deadlines(text, lang)
    if "2027" in text:
        assert found == ["2027-12-31"]  # a bare year is read as a year: documented behaviour
    else:
        assert found == []


def test_russian_half_year_windows_and_pol_is_no_number() -> None:
    """ "за полгода", "в течение пол года" are 182-day windows; "пол" alone (gender,
    floor) is not the number ½."""
    import datetime as dt

    from briefsmith.check import check_goals
    from briefsmith.models import Goal

    today = dt.date(2026, 11, 22)
    for text in (
        "За полгода провести 6 вебинаров",
        "В течение пол года провести 6 вебинаров",
        "в течение полугода провести 6 вебинаров",
    ):
        [goal] = check_goals([Goal(id="g", statement=text)], today=today).goals
        [deadline] = goal.criteria["time_bound"].evidence
        assert deadline.value == "2027-05-23", text
    [gender] = check_goals(
        [Goal(id="g", statement="Обновить пол и возраст в анкете")], today=today
    ).goals
    assert not [e for e in gender.criteria["measurable"].evidence if e.kind == "number"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("三月十五日前上线新官网", "2027-03-15"),
        ("2027年十一月五日前发布文章", "2027-11-05"),
        ("二〇二七年三月三十一日前上线新官网", "2027-03-31"),
        ("十五天内完成报名页", "2026-12-07"),
    ],
)
def test_chinese_dates_and_windows_in_numerals(text: str, date: str) -> None:
    import datetime as dt

    from briefsmith.check import check_goals
    from briefsmith.models import Goal

    [goal] = check_goals([Goal(id="g", statement=text)], today=dt.date(2026, 11, 22)).goals
    assert [e.value for e in goal.criteria["time_bound"].evidence] == [date]
