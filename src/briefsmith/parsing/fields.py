"""Inline ``key: value`` fields, so a goal line can carry its owner, due date or baseline.

Only the known keys in ``fields.toml`` (with their zh/ru aliases) count as fields; any
other colon ("Goal: grow", "ratio 3:1", "10:30", URLs) stays part of the statement.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

_SEPARATORS = ";,，；|—–:："
_STOPS = ";；。|—–"
_EMPTY_PARENS = re.compile(r"[(（][\s,，;；:：]*[)）]")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;，；.。])")
_REPEATED_SEPARATORS = re.compile(r"([;,，；—–|])(?:\s*[;,，；—–|])+")
_EDGE_SEPARATORS = re.compile(rf"^[\s{_SEPARATORS}]+|(?:[\s{_SEPARATORS}]|\s-)+$")
_WORD = re.compile(r"\w")


@cache
def aliases() -> dict[str, str]:
    """Every accepted spelling (lower-case, single-spaced) mapped to its English key."""
    raw = resources.files("briefsmith.parsing").joinpath("fields.toml").read_text("utf-8")
    table: dict[str, str] = {}
    for keys in tomllib.loads(raw).values():
        for key, words in keys.items():
            table[key] = key
            for word in words:
                table[normalise_key(word)] = key
    return table


def normalise_key(name: str) -> str:
    return " ".join(name.split()).lower()


def field_key(name: str) -> str | None:
    """The English key for a column or record key such as 'Owner' or '负责人', if known."""
    return aliases().get(normalise_key(name))


@cache
def _key_pattern() -> re.Pattern[str]:
    parts = []
    for alias in sorted(aliases(), key=len, reverse=True):
        body = r"\s+".join(re.escape(word) for word in alias.split())
        # Latin/Cyrillic keys must start a word (CJK text has no spaces to look for),
        # and no key may continue a URL or path ("site.io/id:5", "?owner=").
        guard = r"(?<![/.@#&=?:\-])"
        if alias[0].isascii() or "\u0400" <= alias[0] <= "\u04ff":
            guard += r"(?<!\w)"
        parts.append(guard + body)
    return re.compile(r"(?P<key>" + "|".join(parts) + r")\s*[:：]\s*", re.IGNORECASE)


def _value_end(text: str, start: int, limit: int) -> int:
    """Where a value stops: a separator outside parentheses, or the next key."""
    depth = 0
    for pos in range(start, limit):
        char = text[pos]
        if char in "(（":
            depth += 1
        elif char in ")）":
            if depth == 0:
                return pos
            depth -= 1
        elif depth == 0 and char in _STOPS:
            return pos
    return limit


def split_fields(text: str, *, allow_leading: bool) -> tuple[str, dict[str, str]]:
    """Return the text without its fields, and the fields by English key.

    With ``allow_leading=False`` a key at the very start is prose ("Target: 20% more
    leads"), because a goal line must begin with the goal itself.
    """
    matches = list(_key_pattern().finditer(text))
    if not allow_leading:
        matches = [m for m in matches if _WORD.search(text, 0, m.start())]
    if not matches:
        return text, {}
    fields: dict[str, str] = {}
    kept: list[str] = []
    cursor = 0
    for index, match in enumerate(matches):
        if match.start() < cursor:
            continue
        limit = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        end = _value_end(text, match.end(), limit)
        value = " ".join(text[match.end() : end].split()).strip(" ,，;；.。")
        if not value:
            continue
        kept.append(text[cursor : match.start()])
        fields[aliases()[normalise_key(match.group("key"))]] = value
        cursor = end
    if not fields:
        return text, {}
    kept.append(text[cursor:])
    return tidy(" ".join(kept)), fields


def tidy(text: str) -> str:
    """Drop the separators and empty brackets that removed fields leave behind."""
    text = _EMPTY_PARENS.sub(" ", text)
    text = " ".join(text.split())
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _REPEATED_SEPARATORS.sub(r"\1", text)
    text = _EDGE_SEPARATORS.sub("", text)
    return " ".join(text.split())
