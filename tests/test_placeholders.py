"""``briefsmith.placeholders``: the one placeholder pattern, filling placeholders in for the
rules engine, and numbers a text states that its sources never gave."""

from __future__ import annotations

import pytest

from briefsmith import placeholders
from briefsmith.models.goal import Lang
from briefsmith.placeholders import (
    PLACEHOLDER,
    fill_placeholders,
    invented_numbers,
    is_placeholder,
    numbers,
    without_placeholders,
)


def test_one_pattern_everywhere() -> None:
    """Verifiers and renderers agree on what a placeholder is."""
    from briefsmith.brief import names
    from briefsmith.llm import verify
    from briefsmith.render import common

    assert verify.PLACEHOLDER is PLACEHOLDER
    assert names.is_placeholder is is_placeholder
    assert common.PLACEHOLDER is placeholders.SHOWN


def test_reports_show_every_bracket_the_scaffold_writes() -> None:
    scaffold = (
        '[metric for "Be the most talked-about brand in every channel and every market, forever"]'
    )
    assert len(scaffold) > 80
    assert placeholders.SHOWN.fullmatch(scaffold)
    assert not is_placeholder(scaffold)  # but a verifier reads it as text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Grow [metric] from [baseline] to [target]", ["[metric]", "[baseline]", "[target]"]),
        ("在[日期]前完成", ["[日期]"]),
        ("no brackets", []),
        ("[]", []),  # empty: no fact named
        ("[a\nb]", []),  # one line only
        ("[" + "x" * 81 + "]", []),  # longer than 80: text, not a placeholder
        ("[" + "x" * 80 + "]", ["[" + "x" * 80 + "]"]),
    ],
)
def test_placeholders(text: str, found: list[str]) -> None:
    assert placeholders.placeholders(text) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [("[owner]", True), ("  [owner] ", True), ("[owner] and Sales", False), ("Sales", False)],
)
def test_is_placeholder(text: str, expected: bool) -> None:
    assert is_placeholder(text) is expected


def test_without_placeholders() -> None:
    assert without_placeholders("from [baseline 2,400] to 3,000") == "from   to 3,000"


def test_numbers_are_read_as_people_write_them() -> None:
    assert numbers("from 1,200 to $45.50 and 0,8%") == {1200.0, 45.5, 0.8}
    assert numbers("100 000 контактов") == {100000.0}


@pytest.mark.parametrize(
    ("text", "given", "invented"),
    [
        ("Publish 12 webinars", ["Publish 8 webinars"], ["12"]),
        ("Grow from [baseline 300] to [target]", [], []),
        ("Confidence [x]/10", [], []),  # a scale, not a fact
        ("from 300 to 450 by 2027", ["300", "450 in 2027"], []),
        ("raise NPS from 31 to 36", ["raise NPS by 5"], ["31", "36"]),
        ("an [" + "budget of 5000 " * 6 + "]", [], ["5000"]),  # too long to hide a number
    ],
)
def test_invented_numbers(text: str, given: list[str], invented: list[str]) -> None:
    assert invented_numbers(text, given) == invented


def test_each_given_text_is_read_on_its_own() -> None:
    """'10' and '000' are two numbers; joined they would read as 10 000."""
    assert invented_numbers("10 000 leads", ["10", "000"]) == ["10000"]
    assert invented_numbers("10 000 leads", ["10 000"]) == []


# -- fill_placeholders ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "rewrite", "filled"),
    [
        (
            Lang.EN,
            "Raise [metric] from [baseline] to [target] by [date], to [business result] "
            "(owner: [owner]) within [scope].",
            "Raise qualified leads from 100 to 110 by 31 December 2099, to support pipeline "
            "revenue (owner: Alex Doe) within the agreed scope.",
        ),
        (
            Lang.ZH,
            "在[日期]前，将[指标]从[基线]提升到[目标值]，以支撑[业务结果]（负责人：[负责人]）。",
            "在2099年12月31日前，将销售线索从100提升到110，以支撑全年收入目标（负责人：王明）。",
        ),
        (
            Lang.RU,
            "Увеличить [метрика] с [база] до [цель] к [дата], чтобы [бизнес-результат] "
            "(ответственный: [имя]).",
            "Увеличить лидов с 100 до 110 к 31 декабря 2099 года, чтобы выполнить план продаж "
            "(ответственный: Анна).",
        ),
    ],
)
def test_fill_placeholders(lang: Lang, rewrite: str, filled: str) -> None:
    result = fill_placeholders(rewrite, lang)
    assert result == filled
    assert PLACEHOLDER.search(result) is None


def test_fill_placeholders_numbers_count_up() -> None:
    filled = fill_placeholders("[x] then [baseline] then [target] then [date]", Lang.EN)
    assert filled == "100 then 110 then 120 then 31 December 2099"


def test_fill_placeholders_leaves_text_without_placeholders() -> None:
    text = "Publish 8 partner webinars by June 2027 [sic, a note longer than eighty characters "
    text += "which is therefore not treated as a placeholder at all by the pattern]."
    assert fill_placeholders(text, Lang.EN) == text
