"""Per-language word lists and patterns, loaded from ``lexicons/*.toml`` and compiled once.

Keeping them as data lets a reviewer who reads Chinese or Russian improve the engine
without touching Python, and keeps the engine itself language-neutral.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib.resources import files
from typing import Any

from briefsmith.models.goal import Lang
from briefsmith.rules.lexicon_util import compile_lower
from briefsmith.rules.termindex import TermIndex

# Digits with optional thousands groups ("1,200", "100 000") and decimals ("0,8", "2.5").
DIGITS = r"(?:\d{1,3}(?:(?:,|\u00a0|\u202f| )\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:[.,]\d+)?)"
PERCENT = r"%|％|percent|per\s+cent|процент\w*|个百分点|个点"

TERM_CATEGORIES = (
    "vague_time",
    "recurrence",
    "vague_verbs",
    "abstract_objects",
    "metrics",
    "deliverables",
    "activity_verbs",
    "outcome_verbs",
    "absolutes",
    "no_budget",
    "vague_quantifiers",
    "business_terms",
    "vague_purposes",
)


@dataclass(frozen=True, slots=True)
class TimePattern:
    kind: str
    regex: re.Pattern[str]
    digits: bool = False  # the pattern cannot match without a digit: skip digit-free goals


@dataclass
class Lexicon:
    lang: Lang
    months: list[re.Pattern[str]]
    ordinals: list[tuple[re.Pattern[str], float]]
    number_words: list[tuple[re.Pattern[str], float]]
    scales: list[tuple[re.Pattern[str], float]]
    units: list[tuple[re.Pattern[str], str]]
    relatives: list[tuple[re.Pattern[str], float]]
    currency: re.Pattern[str]
    number: re.Pattern[str]
    time: list[TimePattern]
    term_fragments: dict[str, list[str]]
    word_boundary: bool
    purpose: re.Pattern[str]
    owner: list[re.Pattern[str]]
    confidence: list[re.Pattern[str]]
    change_pair: list[re.Pattern[str]]
    relative_change: list[re.Pattern[str]]
    multipliers: tuple[re.Pattern[str], list[float]]  # one alternation, group mN = factor N
    budget: re.Pattern[str]
    vague_purpose: re.Pattern[str]
    rewrite: dict[str, str] = field(default_factory=dict)
    index: TermIndex | None = None
    number_words_longest_first: list[tuple[re.Pattern[str], float]] = field(default_factory=list)
    word_number_hint: re.Pattern[str] | None = None

    @cached_property
    def terms(self) -> dict[str, re.Pattern[str]]:
        """One alternation per word list (built on first use; en/ru use ``index``)."""
        return {
            name: compile_lower(_alternation(frags, self.word_boundary))
            for name, frags in self.term_fragments.items()
        }

    def find_terms(self, low: str) -> dict[str, list[tuple[int, int]]]:
        """Spans of every word-list category in lower-cased text."""
        if self.index is not None:
            return {c: [m.span() for m in ms] for c, ms in self.index.find(low).items()}
        return {c: [m.span() for m in p.finditer(low)] for c, p in self.terms.items()}

    def number_words_possible(self, low: str) -> bool:
        return self.word_number_hint is None or bool(self.word_number_hint.search(low))

    def lookup(self, table: list[tuple[re.Pattern[str], float]], text: str) -> float | None:
        """Value of a word (ordinal, number word, relative) by its list's fragments."""
        for pattern, value in table:
            if pattern.fullmatch(text.strip()):
                return value
        return None

    def unit_of(self, text: str) -> str | None:
        for pattern, unit in self.units:
            if pattern.fullmatch(text.strip()):
                return unit
        return None

    def month_of(self, text: str) -> int | None:
        text = text.strip()
        if text.isdigit():
            return int(text)
        for index, pattern in enumerate(self.months, start=1):
            if pattern.fullmatch(text) or pattern.fullmatch(text + "月"):
                return index
        value = self.lookup(self.number_words, text)
        return int(value) if value else None


def _alternation(fragments: list[str], word_boundary: bool) -> str:
    # Longest first, so "brand awareness" wins over "awareness" at the same position.
    body = "|".join(sorted(fragments, key=len, reverse=True))
    return rf"(?<!\w)(?:{body})(?!\w)" if word_boundary else f"(?:{body})"


def _pairs(raw: list[list[Any]], wb: bool) -> list[tuple[re.Pattern[str], float]]:
    return [(compile_lower(str(frag)), float(value)) for frag, value in raw]


@cache
def load_lexicon(lang: Lang) -> Lexicon:
    """Read and compile one language's lexicon (cached for the life of the process)."""
    text = files("briefsmith.rules").joinpath("lexicons", f"{lang.value}.toml").read_text("utf-8")
    data = tomllib.loads(text)
    wb: bool = data["word_boundary"]
    terms_raw: dict[str, list[str]] = data["terms"]
    pats: dict[str, Any] = data["patterns"]

    word_numbers = [str(frag) for frag, _ in data["number_words"]]
    words_alt = _alternation(word_numbers, wb)
    scales_alt = "|".join(str(frag) for frag, _ in data["scales"])
    currency = data["currency"]
    word_suffix = data.get("number_word_suffix", "")
    number = (
        rf"(?:(?:{currency})\s?)?(?:{DIGITS}|{words_alt}{word_suffix})"
        rf"(?:\s?(?:{scales_alt}))?(?:\s?(?:{PERCENT}|{currency}))?"
    )
    fills = {
        "{MONTH}": ("(?<!\\w)" if wb else "") + "(?:" + "|".join(data["months"]) + ")",
        "{ORD}": "(?:" + "|".join(str(frag) for frag, _ in data["ordinals"]) + ")",
        "{NUM}": f"(?:{DIGITS}|{words_alt})",
        "{UNIT}": "(?:" + "|".join(str(frag) for frag, _ in data["units"]) + ")",
        "{REL}": "(?:" + "|".join(str(frag) for frag, _ in data["relatives"]) + ")",
    }

    def fill(pattern: str, num: str | None = None) -> str:
        for key, value in fills.items():
            pattern = pattern.replace(key, num if (key == "{NUM}" and num) else value)
        return pattern

    return Lexicon(
        lang=lang,
        months=[compile_lower(m) for m in data["months"]],
        ordinals=_pairs(data["ordinals"], wb),
        number_words=_pairs(data["number_words"], wb),
        scales=_pairs(data["scales"], wb),
        units=[(compile_lower(str(frag)), str(unit)) for frag, unit in data["units"]],
        relatives=_pairs(data["relatives"], wb),
        currency=compile_lower(currency),
        number=compile_lower(rf"(?<![a-z0-9_/.\-\u0400-\u04ff]){number}(?![\d/])"),
        time=[
            TimePattern(t["kind"], compile_lower(fill(t["pattern"])), t.get("digits", False))
            for t in data["time"]
        ],
        term_fragments={name: terms_raw[name] for name in TERM_CATEGORIES},
        word_boundary=wb,
        purpose=compile_lower("|".join(pats["purpose"])),
        owner=[re.compile(p) for p in pats["owner"]],  # names are case-sensitive
        confidence=[compile_lower(p) for p in pats["confidence"]],
        change_pair=[compile_lower(fill(p, number)) for p in pats["change_pair"]],
        relative_change=[compile_lower(p) for p in pats["relative_change"]],
        multipliers=(
            compile_lower(
                _alternation(
                    [f"(?P<m{i}>{frag})" for i, (frag, _) in enumerate(pats["multipliers"])], wb
                )
            ),
            [float(v) for _, v in pats["multipliers"]],
        ),
        budget=compile_lower("|".join(pats["budget"])),
        vague_purpose=compile_lower(r"^\W*(?:" + "|".join(terms_raw["vague_purposes"]) + r")\W*$"),
        rewrite=dict(data["rewrite"]),
        index=TermIndex({name: terms_raw[name] for name in TERM_CATEGORIES}) if wb else None,
        word_number_hint=compile_lower(words_alt),
        number_words_longest_first=sorted(
            _pairs(data["number_words"], wb), key=lambda pair: -len(pair[0].pattern)
        ),
    )
