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
    """Known keys spelt backwards, matched on the reversed text just before a colon.

    Anchoring at the colon keeps the cost per colon, not per character of the goal.
    """
    parts = []
    for alias in sorted(aliases(), key=len, reverse=True):
        body = r"\s+".join(re.escape(word[::-1]) for word in reversed(alias.split()))
        # No key may continue a URL or path ("site.io/id:5"); Latin/Cyrillic keys must
        # also start a word, while CJK text has no spaces to look for.
        guard = r"(?![/.@#&=?:\-])"
        if alias[0].isascii() or "\u0400" <= alias[0] <= "\u04ff":
            guard += r"(?!\w)"
        parts.append(body + guard)
    return re.compile(r"\s*(?:" + "|".join(parts) + ")", re.IGNORECASE)


_COLON = re.compile(r"[:：]\s*")
_LOOKBACK = 64  # longer than any key


def _keys(text: str) -> list[tuple[int, int, str]]:
    """(start of key, end of colon and spaces, English key) for each known key."""
    found = []
    pattern = _key_pattern()
    for colon in _COLON.finditer(text):
        end = colon.start()
        match = pattern.match(text[max(0, end - _LOOKBACK) : end][::-1])
        if match:
            start = end - match.end()
            key = aliases()[normalise_key(text[start:end])]
            found.append((start, colon.end(), key))
    return found


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
    if ":" not in text and "：" not in text:
        return text, {}
    keys = _keys(text)
    if not allow_leading:
        keys = [k for k in keys if _WORD.search(text, 0, k[0])]
    fields: dict[str, str] = {}
    kept: list[str] = []
    cursor = 0
    for index, (start, value_start, key) in enumerate(keys):
        if start < cursor:
            continue
        limit = keys[index + 1][0] if index + 1 < len(keys) else len(text)
        end = _value_end(text, value_start, limit)
        value = " ".join(text[value_start:end].split()).strip(" ,，;；.。")
        if not value:
            continue
        kept.append(text[cursor:start])
        fields[key] = value
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
