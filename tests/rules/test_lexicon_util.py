"""Word tables: whole-word lookups are remembered and give the same answer every time."""

from __future__ import annotations

import pytest

from briefsmith.rules.lexicon_util import WordTable


@pytest.mark.parametrize(
    ("text", "value"),
    [("march", 3), ("March", 3), (" mar. ", 3), ("marching", None), ("", None)],
)
def test_fullmatch_is_the_same_when_asked_again(text: str, value: int | None) -> None:
    table = WordTable([(r"jan(?:uary)?\.?", 1), (r"mar(?:ch)?\.?", 3)])
    assert table.fullmatch(text) == value
    assert table.fullmatch(text) == value  # now from memory
