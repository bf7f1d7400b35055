"""``[placeholders]``: facts still to fill in, and the numbers that are not facts given.

Rewrites, briefs and reports mark an unknown fact as ``[baseline]``, ``[date]``,
``[owner]`` … instead of inventing it. The deterministic checks built on that are shared
by every verifier — the hybrid check's rewrites (``llm.verify``), brief drafts
(``brief.facts``, ``brief.verify``) — and by the renderers, so they live here, below all
of them: one pattern, one way to fill placeholders in for the rules engine, one way to
find a number the text states but its sources never gave. No model is needed for any of
it (``brief`` uses it offline).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefsmith.models.goal import Lang
from briefsmith.rules.lexicon import DIGITS, load_lexicon
from briefsmith.rules.numbers import digits_value

PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,80}\]")
"""A fact still to fill in, e.g. ``[owner]``, ``[date]``, ``[budget]``: one line, at most
80 characters — what a verifier accepts as a placeholder (a longer bracket is text, so it
cannot hide an invented number)."""

SHOWN = re.compile(r"\[[^\[\]\n]+\]")
"""What a report highlights as a gap: any one-line bracket, whatever its length — the
rules scaffold's own ``[metric for "<the whole goal>"]`` is longer than 80 characters."""

_NUMBER = re.compile(DIGITS)
_CONFIDENCE_SCALE = re.compile(r"/\s*10\b")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»|\'[^\']*\'')


def placeholders(text: str) -> list[str]:
    """Every placeholder in ``text``, in order."""
    return PLACEHOLDER.findall(text)


def is_placeholder(text: str) -> bool:
    """``text`` is one placeholder and nothing else (spaces aside)."""
    return PLACEHOLDER.fullmatch(text.strip()) is not None


def without_placeholders(text: str) -> str:
    """``text`` with each placeholder replaced by a space (its words are not the text's)."""
    return PLACEHOLDER.sub(" ", text)


def numbers(text: str) -> set[float]:
    """The values of the numbers written in ``text`` (digits, in the forms people write)."""
    return {value for raw in _NUMBER.findall(text) if (value := digits_value(raw)) is not None}


def invented_numbers(text: str, given: Iterable[str]) -> list[str]:
    """Numbers in ``text`` (outside placeholders) that none of the ``given`` texts states.

    Each given text is read on its own (join texts that belong together yourself).
    ``[x]/10`` is a confidence scale, not a fact.
    """
    known: set[float] = set()
    for source in given:
        known |= numbers(source)
    outside = _CONFIDENCE_SCALE.sub(" ", without_placeholders(text))
    return sorted({f"{n:g}" for n in numbers(outside) if n not in known})


def fill_placeholders(text: str, lang: Lang) -> str:
    """``text`` with each placeholder replaced by a stand-in of the kind it names (a date
    for ``[date]``, a number for ``[target]``), so the rules engine judges its structure."""
    kinds = load_lexicon(lang).placeholders
    counter = iter(range(10_000))

    def stand_in(match: re.Match[str]) -> str:
        # The kind is named outside any quoted goal text: [metric for "… this year"]
        # is a metric, not a date.
        words = _QUOTED.sub(" ", match.group(0)[1:-1]).strip().lower()
        for pattern, value in kinds:
            if pattern.search(words):
                if "{n}" in value:
                    return value.replace("{n}", f"{100 + 10 * next(counter)}")
                return value
        return match.group(0)

    return PLACEHOLDER.sub(stand_in, text)
