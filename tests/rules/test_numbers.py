from __future__ import annotations

import pytest

from briefsmith.models import Lang
from briefsmith.rules.lexicon import load_lexicon
from briefsmith.rules.numbers import digits_value, is_percent, parse_number, parse_scaled


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (Lang.EN, "1,200", 1200),
        (Lang.EN, "$180", 180),
        (Lang.EN, "2.5%", 2.5),
        (Lang.EN, "20k", 20_000),
        (Lang.EN, "1.5 million", 1_500_000),
        (Lang.EN, "two", 2),
        (Lang.ZH, "10万", 100_000),
        (Lang.ZH, "150元", 150),
        (Lang.ZH, "1.3亿", 130_000_000),
        (Lang.RU, "100 000", 100_000),
        (Lang.RU, "0,8%", 0.8),
        (Lang.RU, "2 млн", 2_000_000),
        (Lang.RU, "тремя", 3),
        # Whole numerals in characters are read, not looked up: 十五 is 15, not 10.
        (Lang.ZH, "十五", 15),
        (Lang.ZH, "二十五", 25),
        (Lang.ZH, "三十一", 31),
        (Lang.ZH, "二百五十", 250),
        (Lang.ZH, "两千", 2000),
        (Lang.ZH, "一千零五", 1005),
        (Lang.ZH, "十", 10),
        (Lang.ZH, "三万", 30_000),
    ],
)
def test_parse_number(lang: Lang, text: str, value: float) -> None:
    assert parse_number(text, load_lexicon(lang)) == pytest.approx(value)


def test_scale_is_kept_apart() -> None:
    assert parse_scaled("2 млрд", load_lexicon(Lang.RU)) == (2.0, 1e9)


def test_not_a_number() -> None:
    assert parse_number("soon", load_lexicon(Lang.EN)) is None


@pytest.mark.parametrize(
    ("text", "expected"), [("40%", True), ("0,8 процента", True), ("40", False)]
)
def test_is_percent(text: str, expected: bool) -> None:
    assert is_percent(text) is expected


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,200", 1200.0),
        ("1\u00a0200", 1200.0),
        ("100\u202f000", 100000.0),
        ("100 000", 100000.0),
        ("1,200.5", 1200.5),
        ("0,8", 0.8),
        ("2.5", 2.5),
    ],
)
def test_digits_value_reads_group_separators_and_decimal_commas(raw: str, value: float) -> None:
    assert digits_value(raw) == pytest.approx(value)
