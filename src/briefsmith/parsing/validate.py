"""Inline fields whose value cannot be right become problems on their goal, not evidence.

``confidence: 11/10`` would back Achievable and ``due: 2026-02-30`` would make a goal
Time-bound; neither is a fact. Each becomes an ``InputProblem`` (reported as an
``input.invalid-field`` finding on the goal's line) and the field is dropped, so the goal
is judged as if it had not been written. Values that are not numbers or dates at all
("high", "end of Q3") are left for the rules engine to read.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from functools import lru_cache

from briefsmith import regex_cache
from briefsmith.models.goal import Goal, InputProblem
from briefsmith.parsing.values import short

_NUMBER = r"[+-]?(?:\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?|[.,]\d+|nan|inf(?:inity)?)"
_CONFIDENCE = regex_cache.compile(
    rf"^\s*(?P<value>{_NUMBER})\s*(?:(?P<slash>/)\s*(?P<scale>{_NUMBER})|(?P<pct>[%％]))?\s*$",
    re.IGNORECASE,
)
_YMD = regex_cache.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[T\s].*)?$")
_DMY = regex_cache.compile(r"^\s*(\d{1,2})\s*([./])\s*(\d{1,2})\s*[./]\s*(\d{4})\s*$")
_ZH = regex_cache.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")


def check_fields(goal: Goal) -> None:
    """Move the goal's impossible field values into ``goal.problems``."""
    for key, check in _CHECKS.items():
        value = goal.fields.get(key)
        if value is None:
            continue
        reason = check(value)
        if reason is not None:
            message = f"{key} '{short(value)}' {reason}; the field is ignored"
            goal.problems.append(InputProblem(field=key, message=message, line=goal.source.line))
            del goal.fields[key]


@lru_cache(maxsize=4096)  # files repeat their values ("7/10", a quarter's end date)
def confidence_problem(value: str) -> str | None:
    """Why a numeric confidence is impossible: not finite, or outside 0–10/10, 0–100 %."""
    match = _CONFIDENCE.match(value)
    if match is None:
        return None  # words ("high"), ranges, notes: not ours to judge
    number = _float(match["value"])
    if not math.isfinite(number):
        return "is not a finite number"
    if match["slash"]:
        scale = _float(match["scale"])
        if not math.isfinite(scale) or scale <= 0:
            return "has an impossible scale"
        top = scale
    else:  # a percentage; a bare number reads as a fraction (0.7), on ten (7) or per cent (70)
        top = 100
    if not 0 <= number <= top:
        return "is out of range (write it as 7/10, 70% or 0.7)"
    return None


@lru_cache(maxsize=4096)
def due_problem(value: str) -> str | None:
    """Why a numeric date is impossible (2026-02-30, 31.04.2027, 2027年2月30日)."""
    if match := _YMD.match(value) or _ZH.match(value):
        year, month, day = (int(part) for part in match.group(1, 2, 3))
        return _date_problem(year, month, day)
    if dmy := _DMY.match(value):
        one, two, whole_year = int(dmy[1]), int(dmy[3]), int(dmy[4])
        as_dmy = _date_problem(whole_year, two, one)
        if dmy[2] == "/" and as_dmy is not None:  # 12/31/2027 is a US date
            return _date_problem(whole_year, one, two) and as_dmy
        return as_dmy
    return None


def _date_problem(year: int, month: int, day: int) -> str | None:
    if not 1 <= month <= 12:
        return "is not a valid date (there is no month " + str(month) + ")"
    last = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= last:
        return f"is not a valid date ({calendar.month_name[month]} {year} has {last} days)"
    return None


def _float(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except (ValueError, OverflowError):
        return math.inf


_CHECKS: dict[str, Callable[[str], str | None]] = {
    "confidence": confidence_problem,
    "due": due_problem,
}
