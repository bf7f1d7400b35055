"""Read numbers in the forms people write them: 1,200 · 100 000 · 0,8% · $180 · 10万 · two."""

from __future__ import annotations

import re

from briefsmith import regex_cache
from briefsmith.rules.lexicon import DIGITS, Lexicon

_DIGITS = regex_cache.compile(DIGITS)
_GROUPED = regex_cache.compile(r"^\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?$")
_NO_GROUP_SEPARATORS = str.maketrans("", "", ",\u00a0\u202f ")
# Compiled once: ``re.search(str, …)`` looks the pattern up in re's cache on every call.
_PERCENT = regex_cache.compile(r"%|％|percent|per\s+cent|процент|百分点", re.IGNORECASE)


def parse_number(text: str, lex: Lexicon) -> float | None:
    """Numeric value of a matched number (scale words applied, currency and % ignored)."""
    parsed = parse_scaled(text, lex)
    return parsed[0] * parsed[1] if parsed else None


def digits_value(raw: str) -> float | None:
    """A run of digits as written: "1,200" and "100 000" are thousands, "0,8" a decimal."""
    grouped = _GROUPED.match(raw)
    compact = raw.translate(_NO_GROUP_SEPARATORS) if grouped else raw.replace(",", ".")
    try:
        return float(compact)
    except ValueError:
        return None


def parse_scaled(text: str, lex: Lexicon) -> tuple[float, float] | None:
    """The number and its scale word's multiplier ("2 млрд" → (2, 1e9)), separately.

    Kept apart so "from 1.6 to 2 billion" can give the baseline the target's scale.
    """
    match = _DIGITS.search(text)
    if match:
        digits = digits_value(match.group(0))
        if digits is None:
            return None
        value = digits
        rest = text[match.end() :].strip()
    else:
        found = lex.number_words.search(text)
        if found is None:
            return None
        word_value = lex.word_value(found[0], found[1])
        if word_value is None:
            return None
        value, rest = word_value, text[found[2] :].strip()
    scale = lex.scales.match(rest) if rest else None
    return value, (float(scale[0]) if scale is not None else 1.0)


def is_percent(text: str) -> bool:
    return _PERCENT.search(text) is not None
