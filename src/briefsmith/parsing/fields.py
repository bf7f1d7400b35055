"""Inline ``key: value`` fields, so a goal line can carry its owner, due date or baseline.

Only the known keys in ``fields.toml`` (with their zh/ru aliases) count as fields; any
other colon ("Goal: grow", "ratio 3:1", "10:30", URLs) stays part of the statement. A
value ends at ``;`` ``|`` ``—``, at the next key, or at a comma that starts a new clause
(``clauses.toml``: "…, owner: Sam Lee, to protect revenue"). A field inside a remark
("(survey baseline: 14%)") is read, and the remark stays in the statement.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from briefsmith import regex_cache

_SEPARATORS = ";,，；|—–:："
_STOPS = ";；。|—–"
_COMMAS = ",，"
_EMPTY_PARENS = regex_cache.compile(r"[(（][\s,，;；:：]*[)）]")
_SPACE_BEFORE_PUNCT = regex_cache.compile(r"\s+([,;，；.。])")
_REPEATED_SEPARATORS = regex_cache.compile(r"([;,，；—–|])(?:\s*[;,，；—–|])+")
_EDGE_SEPARATORS = regex_cache.compile(rf"^[\s{_SEPARATORS}]+|(?:[\s{_SEPARATORS}]|\s-)+$")
_WORD = regex_cache.compile(r"\w")


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
    return regex_cache.compile(r"\s*(?:" + "|".join(parts) + ")", re.IGNORECASE)


_COLON = regex_cache.compile(r"[:：]\s*")
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


@cache
def _clause_start() -> re.Pattern[str]:
    """A comma, then a word that starts a new clause (``clauses.toml``)."""
    raw = resources.files("briefsmith.parsing").joinpath("clauses.toml").read_text("utf-8")
    words = sorted({w for ws in tomllib.loads(raw).values() for w in ws}, key=len, reverse=True)
    parts = []
    for word in words:
        body = r"\s+".join(re.escape(part) for part in word.split())
        spaced = word[0].isascii() or "\u0400" <= word[0] <= "\u04ff"
        parts.append(body + (r"(?!\w)" if spaced else ""))
    return regex_cache.compile(r"[,，]\s*(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _value_end(text: str, start: int, limit: int) -> int:
    """Where a value stops: a separator or a clause-starting comma outside parentheses,
    or the next key."""
    depth = 0
    for pos in range(start, limit):
        char = text[pos]
        if char in "(（":
            depth += 1
        elif char in ")）":
            if depth == 0:
                return pos
            depth -= 1
        elif depth == 0 and (
            char in _STOPS or (char in _COMMAS and _clause_start().match(text, pos))
        ):
            return pos
    return limit


def _in_remark(text: str, key_start: int, cursor: int) -> bool:
    """Whether the key sits inside brackets after other words: "(survey baseline: 14%)".

    Words of a field already taken out (before ``cursor``) do not count: "(owner: Ann;
    due: Q3)" is two fields, not a remark.
    """
    depth = 0
    for pos in range(key_start - 1, -1, -1):
        char = text[pos]
        if char in ")）":
            depth += 1
        elif char in "(（":
            if depth == 0:
                return _WORD.search(text, max(pos + 1, cursor), key_start) is not None
            depth -= 1
    return False


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
        fields[key] = value
        if _in_remark(text, start, cursor):
            continue  # the remark keeps its words; the field is read all the same
        kept.append(text[cursor:start])
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
