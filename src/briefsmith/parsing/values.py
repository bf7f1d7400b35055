"""Checking the few typed settings a goal file may carry (``lang``, ``as_of``, ``ignore``).

Front matter, YAML/JSON records and CSV cells all set them, so the rules and the
wording of the errors live in one place. Errors are ``ValueError`` with a reason
the caller wraps in an ``InputError`` that knows the file and line.
"""

from __future__ import annotations

import datetime as dt

from briefsmith import regex_cache
from briefsmith.models.goal import Lang
from briefsmith.parsing.sanitise import shown
from briefsmith.parsing.suppress import known_only, parse_directive


def parse_lang(value: object) -> Lang | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):  # never str() a list: an alias could make it huge
        msg = f"lang must be text (en, zh or ru), not {_what(value)}"
        raise ValueError(msg)
    text = value.strip().lower()
    if text not in {lang.value for lang in Lang}:
        expected = ", ".join(lang.value for lang in Lang)
        msg = f"unknown lang '{short(str(value))}' (expected {expected})"
        raise ValueError(msg)
    return Lang(text)


def parse_date(value: object) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        msg = f"as_of must be a date (YYYY-MM-DD), not {_what(value)}"
        raise ValueError(msg)
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        if _ISO_DATE.match(value.strip()):  # the shape is right, the day is not: 2026-02-30
            msg = f"as_of '{short(value)}' is not a valid date ({exc})"
            raise ValueError(msg) from exc
    msg = f"as_of '{short(value)}' is not a date (use YYYY-MM-DD)"
    raise ValueError(msg)


_ISO_DATE = regex_cache.compile(r"^\d{4}-\d{2}-\d{2}$")


def _what(value: object) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "a " + type(value).__name__


def parse_ignore(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        words = value
    elif isinstance(value, list) and all(isinstance(item, str) for item in value):
        words = " ".join(value)
    else:
        msg = "'ignore' must be a list of criteria or a comma-separated text"
        raise ValueError(msg)
    if not words.strip():
        return []
    return known_only(parse_directive("ignore " + words))


def short(text: str, limit: int = 40) -> str:
    """Keep user text in messages on one short line, control characters made visible."""
    text = shown(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"
