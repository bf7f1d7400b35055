"""Resolve time expressions (dates, months, quarters, windows) to the period they name.

Relative expressions ("next quarter", "本季度", "в этом году") are resolved against a
reference date, the user's ``--today`` or the file's ``as_of``. A named period keeps
its first day too, so the length of the window a goal has is what Achievable judges
("double traffic next month" is ×2 within one month whatever day it is read), and the
year it names explicitly, which the periods nested under it inherit ("### 第三季度" under
"# 2027 年度 OKR"). Fiscal years start in the month the configuration says.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from briefsmith.rules.lexicon import Lexicon
from briefsmith.rules.numbers import digits_value

UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "half_year": 182, "year": 365}


@dataclass(frozen=True, slots=True)
class Period:
    """What a time expression names: its last day; its first day when it names a period
    or a window rather than a bare date; and the year it states, if it states one."""

    end: dt.date
    start: dt.date | None = None
    year: int | None = None

    @property
    def days(self) -> int | None:
        """The period's own length, when it has one."""
        return (self.end - self.start).days + 1 if self.start is not None else None


@dataclass(frozen=True, slots=True)
class Reading:
    """How to read expressions in one goal: the reference date, the year a month or
    quarter with none takes (from the document around it), and the fiscal year's start."""

    today: dt.date
    year: int | None = None
    fiscal_start: int = 1


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_start(index: int) -> dt.date:
    """The first day of month ``index`` counted from year 0 (``year * 12 + month - 1``)."""
    return dt.date(index // 12, index % 12 + 1, 1)


def _span(first_month: int, months: int) -> tuple[dt.date, dt.date]:
    """First and last day of ``months`` months starting at month index ``first_month``."""
    last = _month_start(first_month + months - 1)
    return _month_start(first_month), month_end(last.year, last.month)


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


def _upcoming(reading: Reading, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """A period named without a year: in the document's year, else its next occurrence."""
    if reading.year is not None:
        shift = reading.year - end.year
    elif end >= reading.today:
        return start, end
    else:
        shift = 1
    try:
        return start.replace(year=start.year + shift), _shifted_end(end, shift)
    except ValueError:
        return start, end


def _shifted_end(end: dt.date, years: int) -> dt.date:
    year = end.year + years
    if end.month == 2 and end.day >= 28:
        return month_end(year, 2)
    return end.replace(year=year)


def resolve(kind: str, match: re.Match[str], lex: Lexicon, reading: Reading) -> Period | None:
    """The period an expression names, or None when it cannot be pinned down."""
    g = match.groupdict()
    try:
        return _resolve(kind, g, lex, reading)
    except (ValueError, OverflowError):
        return None


def _resolve(kind: str, g: dict[str, str | None], lex: Lexicon, reading: Reading) -> Period | None:
    today = reading.today
    year = _year(g, lex)
    if kind == "date":
        month = lex.month_of(g["month"] or "")
        day = _ordinal(lex, g["day"]) or 0
        if not month:
            return None
        if year:
            return Period(dt.date(year, month, day), year=year)
        date = dt.date(reading.year or today.year, month, day)
        return Period(_upcoming(reading, date, date)[1])
    if kind == "month":
        month = lex.month_of(g["month"] or "")
        if not month:
            return None
        return _named(reading, year, (year or reading.year or today.year) * 12 + month - 1, 1)
    if kind in ("quarter", "fiscal_quarter"):
        quarter = _ordinal(lex, g.get("quarter") or g.get("quarter2"))
        if not quarter or not 1 <= quarter <= 4:
            return None
        return _named(
            reading, year, _first_month(kind, year, reading, today) + 3 * (quarter - 1), 3
        )
    if kind in ("half", "fiscal_half"):
        half_text = (g.get("half") or "").strip().lower()
        half = {"上": 1, "下": 2}.get(half_text) or _ordinal(lex, half_text)
        if half not in (1, 2):
            return None
        return _named(reading, year, _first_month(kind, year, reading, today) + 6 * (half - 1), 6)
    if kind == "years":
        last = _year({"year": g.get("year2")}, lex)
        if not year or not last or not 0 < last - year <= 10:
            return None
        start, _ = _span(year * 12, 12)
        _, end = _span(last * 12, 12)
        return Period(end, start, year)
    if kind in ("year", "fiscal_year"):
        if not year:
            return None
        first = _first_month(kind, year, reading, today)
        start, end = _span(first, 12)
        return Period(end, start, year)
    if kind == "window":
        n = _amount(lex, g["n"] or "") if g.get("n") else 1
        unit = lex.unit_of(g.get("unit") or "")
        if not n or not unit:
            return None
        return Period(today + dt.timedelta(days=round(n * UNIT_DAYS[unit])), today)
    if kind == "relative":
        return _relative(g, lex, today)
    if kind == "holiday":
        dates = lex.holidays.fullmatch(g.get("holiday") or "")
        holiday = _holiday(str(dates), year, reading) if dates else None
        return Period(holiday, year=year) if holiday else None
    return None


def _first_month(kind: str, year: int | None, reading: Reading, today: dt.date) -> int:
    """Month index of the first month of the (fiscal) year an expression names.

    A fiscal year is named by the calendar year it ends in: with a February start,
    FY27 runs from February 2026 to January 2027.
    """
    calendar_year = year or reading.year or today.year
    if kind.startswith("fiscal_") and reading.fiscal_start != 1:
        return (calendar_year - 1) * 12 + reading.fiscal_start - 1
    return calendar_year * 12


def _named(reading: Reading, year: int | None, first_month: int, months: int) -> Period:
    """A month, quarter or half: as stated, or, with no year, in the document's year or
    its next occurrence."""
    start, end = _span(first_month, months)
    if year is None:
        start, end = _upcoming(reading, start, end)
    return Period(end, start, year)


def _holiday(dates: str, year: int | None, reading: Reading) -> dt.date | None:
    """A holiday's date: "MM-DD" recurs every year; a holiday that moves (lunar calendar,
    "fourth Thursday") lists the ISO dates it falls on, and is not read past the last."""
    today = reading.today
    year = year or reading.year
    if len(dates) == 5:  # MM-DD
        date = dt.date(year or today.year, int(dates[:2]), int(dates[3:]))
        return date if year else _upcoming(reading, date, date)[1]
    for token in dates.split():
        date = dt.date.fromisoformat(token)
        if (date.year == year) if year else (date >= today):
            return date
    return None


def _relative(g: dict[str, str | None], lex: Lexicon, today: dt.date) -> Period | None:
    unit = lex.unit_of(g.get("unit") or "")
    rel = g.get("rel")
    shift = int(lex.value_of(lex.relatives, rel) or 0) if rel else 0
    if unit == "day":
        day = today + dt.timedelta(days=shift)
        return Period(day, day)
    if unit == "week":
        end = today + dt.timedelta(days=6 - today.weekday() + 7 * shift)
        return Period(end, end - dt.timedelta(days=6))
    if unit == "month":
        start, end = _span(today.year * 12 + today.month - 1 + shift, 1)
        return Period(end, start)
    if unit == "quarter":
        start, end = _span(today.year * 12 + (today.month - 1) // 3 * 3 + 3 * shift, 3)
        return Period(end, start)
    if unit == "year":
        return Period(dt.date(today.year + shift, 12, 31), dt.date(today.year + shift, 1, 1))
    return None
