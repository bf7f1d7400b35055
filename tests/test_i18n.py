"""``briefsmith.i18n``: the one store of translated sentences is complete in every language.

Every part (rules, brief, feedback) has a file per language; each has every key of the
English one — tables included — and each sentence the same ``{placeholders}``, so no
language can fall back to a missing key or a sentence lose a value at run time.
"""

from __future__ import annotations

import string
from importlib.resources import files
from typing import Any

import pytest

from briefsmith import i18n


def shape(node: Any, path: str = "") -> dict[str, Any]:
    """Every key (dotted), with the placeholders of its sentence."""
    out: dict[str, Any] = {}
    for key, value in node.items():
        where = f"{path}{key}"
        if isinstance(value, dict):
            out.update(shape(value, f"{where}."))
        else:
            fields = string.Formatter().parse(value) if isinstance(value, str) else []
            out[where] = {name for _, name, _, _ in fields if name is not None}
    return out


def test_the_store_has_a_file_per_part_and_language() -> None:
    found = {
        entry.name for entry in files("briefsmith.i18n").iterdir() if entry.name.endswith(".toml")
    }
    assert found == {f"{part}.{lang}.toml" for part in i18n.PARTS for lang in i18n.LANGS}


@pytest.mark.parametrize("part", i18n.PARTS)
@pytest.mark.parametrize("lang", [lang for lang in i18n.LANGS if lang != "en"])
def test_every_language_has_every_key_with_the_same_placeholders(part: str, lang: str) -> None:
    english, other = shape(i18n.table(part, "en")), shape(i18n.table(part, lang))
    assert sorted(other) == sorted(english)
    for key, fields in english.items():
        assert other[key] == fields, f"{part}.{lang}: {key}"


@pytest.mark.parametrize("part", i18n.PARTS)
def test_every_sentence_is_one_line_of_text(part: str) -> None:
    for lang in i18n.LANGS:
        for key, value in _leaves(i18n.table(part, lang)):
            assert isinstance(value, str) and value.strip(), f"{part}.{lang}: {key}"
            assert "\n" not in value, f"{part}.{lang}: {key}"


def _leaves(node: dict[str, Any], path: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for key, value in node.items():
        if isinstance(value, dict):
            out.extend(_leaves(value, f"{path}{key}."))
        else:
            out.append((f"{path}{key}", value))
    return out


def test_a_language_the_store_lacks_is_english() -> None:
    assert i18n.table("brief", "de") == i18n.table("brief", "en")


def test_an_unknown_part_is_an_error() -> None:
    with pytest.raises(ValueError, match="the store has rules, brief, feedback"):
        i18n.table("check", "en")
