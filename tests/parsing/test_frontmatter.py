"""Front matter: plain 'key: value' lines are read without YAML; anything else goes to YAML."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from briefsmith.errors import InputError
from briefsmith.models import Lang
from briefsmith.parsing.frontmatter import split_front_matter


def test_plain_lines_need_no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)  # importing yaml would now fail
    meta, body = split_front_matter(
        "---\nas_of: 2027-01-10\nlang: ru\ntitle: Plan\n---\n- a\n", "f.md"
    )
    assert meta.as_of == dt.date(2027, 1, 10)
    assert meta.lang is Lang.RU
    assert body.split("\n")[5] == "- a"  # line 6 of the file, as in the file


def test_quoted_values_go_through_yaml() -> None:
    meta, _ = split_front_matter('---\nas_of: "2027-01-10"\ntags: [a, b]\n---\n', "f.md")
    assert meta.as_of == dt.date(2027, 1, 10)


def test_bad_date_names_its_line() -> None:
    with pytest.raises(InputError) as info:
        split_front_matter("---\nlang: en\nas_of: soon\n---\n", "f.md")
    assert info.value.line == 3
    assert "f.md:3" in str(info.value)
