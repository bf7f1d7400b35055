"""What a goal's document says about it: the period an ancestor states, and the year
the goal's own months and quarters take.

SMART-RUBRIC.md, "Periods are inherited": a heading ("## Q1 2027", "### 第三季度"), a
parent goal or the front matter (``period:``) bounds every goal under it unless the goal
has its own; a month or quarter with no year takes the year of the nearest ancestor that
has one ("### Milestone 2 (March)" under "## Q1 2027" is March 2027).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefsmith.models.fast import maker
from briefsmith.models.goal import Ancestor, Goal
from briefsmith.models.report import Evidence
from briefsmith.rules.extract import Findings, periods_in
from briefsmith.rules.lang import detect_lang
from briefsmith.rules.lexicon import load_lexicon
from briefsmith.rules.lexicon_util import lower_text
from briefsmith.rules.timeexpr import Reading

_new_evidence = maker(Evidence)
_SOURCES = {"goal": "parent", "heading": "heading", "front_matter": "front_matter"}
_CACHE_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class Inherited:
    """The period the nearest ancestor states (as evidence), the window it gives, and the
    year the goal's own yearless months and quarters take."""

    period: Evidence | None = None
    window: int | None = None
    year: int | None = None


NOTHING = Inherited()


class DocumentContext:
    """Reads the ancestors of goals, once per distinct chain (siblings share theirs)."""

    def __init__(self, fiscal_start: int) -> None:
        self.fiscal_start = fiscal_start
        self._chains: dict[tuple[object, ...], Inherited] = {}
        self._texts: dict[tuple[str, int | None, dt.date], Findings] = {}

    def inherited(self, goal: Goal, today: dt.date) -> Inherited:
        ancestors = goal.ancestors
        if ancestors:
            key: tuple[object, ...] = (
                tuple((a.text, a.line, a.source) for a in ancestors),
                today,
            )
        elif goal.parent_statement:
            # A goal built in code with only its parent's words: the parent is its context.
            key = (goal.parent_statement, today)
        else:
            return NOTHING
        found = self._chains.get(key)
        if found is None:
            if len(self._chains) >= _CACHE_LIMIT:
                self._chains.clear()
            chain = ancestors or [Ancestor(text=goal.parent_statement or "", source="goal")]
            found = self._chains[key] = self._read(chain, today)
        return found

    def _read(self, ancestors: list[Ancestor], today: dt.date) -> Inherited:
        year: int | None = None
        nearest = NOTHING
        for ancestor in reversed(ancestors):  # the farthest first: years flow down
            f = self._periods(ancestor.text, year, today)
            if f.deadlines:
                last = max(range(len(f.end_dates)), key=f.end_dates.__getitem__)
                window = max(f.windows)
                if self._milestone(ancestor.text):  # the work comes before a release
                    window = max(window, (f.end_dates[last] - today).days)
                nearest = Inherited(
                    _new_evidence(
                        {
                            "kind": f.deadlines[last].kind,
                            "text": ancestor.text,
                            "start": 0,
                            "end": 0,
                            "value": f.end_dates[last].isoformat(),
                            "source": _SOURCES[ancestor.source],
                            "line": ancestor.line,
                        }
                    ),
                    window,
                    year,
                )
            if f.years:
                year = f.years[-1]
        return Inherited(nearest.period, nearest.window, year)

    def _milestone(self, text: str) -> bool:
        return bool(load_lexicon(detect_lang(text)).milestone.get().search(lower_text(text)))

    def _periods(self, text: str, year: int | None, today: dt.date) -> Findings:
        key = (text, year, today)
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) >= _CACHE_LIMIT:
                self._texts.clear()
            lex = load_lexicon(detect_lang(text))
            reading = Reading(today, year=year, fiscal_start=self.fiscal_start)
            found = self._texts[key] = periods_in(text, lex, reading)
        return found
