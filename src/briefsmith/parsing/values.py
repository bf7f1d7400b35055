"""Checking the few typed settings a goal file may carry (``lang``, ``as_of``, ``ignore``).

Front matter, YAML/JSON records and CSV cells all set them, so the rules and the
wording of the errors live in one place. Errors are ``ValueError`` with a reason
the caller wraps in an ``InputError`` that knows the file and line.
"""

from __future__ import annotations

import datetime as dt

from briefsmith.models.goal import Lang
from briefsmith.parsing.suppress import known_only, parse_directive


def parse_lang(value: object) -> Lang | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip().lower()
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
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    msg = f"as_of '{short(str(value))}' is not a date (use YYYY-MM-DD)"
    raise ValueError(msg)


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
    """Keep user text in messages on one short line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
