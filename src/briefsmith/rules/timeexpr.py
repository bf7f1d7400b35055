"""Resolve time expressions (dates, months, quarters, windows) to a concrete end date.

Relative expressions ("next quarter", "本季度", "в этом году") are resolved against a
reference date, the user's ``--today`` or the file's ``as_of``, so a window's length can
be compared with the size of the change the goal asks for.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from briefsmith.rules.lexicon import Lexicon
from briefsmith.rules.numbers import digits_value

UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "half_year": 182, "year": 365}


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(groups: dict[str, str | None], lex: Lexicon) -> int | None:
    if groups.get("year"):
        return lex.year_of(str(groups["year"]))
    if groups.get("year2"):
        return 2000 + int(str(groups["year2"]))
    return None


def _ordinal(lex: Lexicon, text: str | None) -> int | None:
    """A quarter's, half's or day's number: digits, an ordinal ("second", "II") or a
    number word ("十五")."""
    if not text:
        return None
    text = text.strip()
    if text.isdigit():
        return int(text)
    value = lex.value_of(lex.ordinals, text)
    if value is None:
        value = lex.value_of(lex.number_words, text)
    return int(value) if value is not None else None


def _amount(lex: Lexicon, text: str) -> float | None:
    """A window's length in units: digits ("1.5", "1,5") or a number word, maybe a fraction (半)."""
    text = text.strip()
    value = digits_value(text) if text[:1].isdigit() else None
    return value if value is not None else lex.value_of(lex.number_words, text)


def _next_occurrence(today: dt.date, candidate: dt.date) -> dt.date:
    """A month or day named without a year means its next occurrence."""
    if candidate >= today:
        return candidate
    try:
        return candidate.replace(year=candidate.year + 1)
    except ValueError:  # 29 February
        return candidate.replace(year=candidate.year + 1, day=28)


def resolve(kind: str, match: re.Match[str], lex: Lexicon, today: dt.date) -> dt.date | None:
    """End date of the expression, or None when it cannot be pinned down."""
    g = match.groupdict()
    try:
        if kind == "date":
            month = lex.month_of(g["month"] or "")
            day = _ordinal(lex, g["day"]) or 0
            if not month:
                return None
            year = _year(g, lex)
            date = dt.date(year or today.year, month, day)
            return date if year else _next_occurrence(today, date)
        if kind == "month":
            month = lex.month_of(g["month"] or "")
            if not month:
                return None
            year = _year(g, lex)
            end = month_end(year or today.year, month)
            return end if year else _next_occurrence(today, end)
        if kind == "quarter":
            quarter = _ordinal(lex, g.get("quarter") or g.get("quarter2"))
            if not quarter or not 1 <= quarter <= 4:
                return None
            year = _year(g, lex)
            end = month_end(year or today.year, quarter * 3)
            return end if year else _next_occurrence(today, end)
        if kind == "half":
            half_text = (g.get("half") or "").strip().lower()
            half = {"上": 1, "下": 2}.get(half_text) or _ordinal(lex, half_text)
            if half not in (1, 2):
                return None
            year = _year(g, lex)
            end = month_end(year or today.year, half * 6)
            return end if year else _next_occurrence(today, end)
        if kind == "year":
            year = _year(g, lex)
            return dt.date(year, 12, 31) if year else None
        if kind == "window":
            n = _amount(lex, g["n"]) if g.get("n") else 1
            unit = lex.unit_of(g.get("unit") or "")
            if not n or not unit:
                return None
            return today + dt.timedelta(days=round(n * UNIT_DAYS[unit]))
        if kind == "relative":
            return _relative(g, lex, today)
        if kind == "holiday":
            dates = lex.holidays.fullmatch(g.get("holiday") or "")
            return _holiday(str(dates), _year(g, lex), today) if dates else None
    except (ValueError, OverflowError):
        return None
    return None


def _holiday(dates: str, year: int | None, today: dt.date) -> dt.date | None:
    """A holiday's date: "MM-DD" recurs every year; a holiday that moves (lunar calendar,
    "fourth Thursday") lists the ISO dates it falls on, and is not read past the last."""
    if len(dates) == 5:  # MM-DD
        date = dt.date(year or today.year, int(dates[:2]), int(dates[3:]))
        return date if year else _next_occurrence(today, date)
    for token in dates.split():
        date = dt.date.fromisoformat(token)
        if (date.year == year) if year else (date >= today):
            return date
    return None


def _relative(g: dict[str, str | None], lex: Lexicon, today: dt.date) -> dt.date | None:
    unit = lex.unit_of(g.get("unit") or "")
    rel = g.get("rel")
    shift = int(lex.value_of(lex.relatives, rel) or 0) if rel else 0
    if unit == "day":
        return today + dt.timedelta(days=shift)
    if unit == "week":
        return today + dt.timedelta(days=6 - today.weekday() + 7 * shift)
    if unit == "month":
        month_index = today.year * 12 + today.month - 1 + shift
        return month_end(month_index // 12, month_index % 12 + 1)
    if unit == "quarter":
        quarter_index = today.year * 4 + (today.month - 1) // 3 + shift
        return month_end(quarter_index // 4, quarter_index % 4 * 3 + 3)
    if unit == "year":
        return dt.date(today.year + shift, 12, 31)
    return None
