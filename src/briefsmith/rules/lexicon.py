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

from briefsmith import regex_cache
from briefsmith.models.goal import Lang
from briefsmith.rules.lexicon_util import (
    NUMERAL,
    LazyPattern,
    WordTable,
    any_of,
    compile_lower,
    first_chars,
    lower_pattern,
    numeral_value,
)
from briefsmith.rules.literals import ALWAYS, Literals, Requirement, holds
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
    "vague_comparatives",
    "business_terms",
    "team_names",
    "vague_purposes",
    "others",
    "others_measures",
    "change_verbs",
    "states",
)


@dataclass(frozen=True, slots=True)
class Guarded:
    """A pattern that runs only when the goal has the literals it needs."""

    pattern: LazyPattern
    requires: Requirement = ALWAYS


@dataclass(frozen=True, slots=True)
class TimePattern(Guarded):
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Plan:
    """The compiled patterns of each group that a goal with given trigger literals can
    match, in order: worked out once per combination of the literals the patterns need
    (a handful per language), not once per pattern and goal."""

    time: tuple[tuple[re.Pattern[str], str], ...]
    confidence: tuple[re.Pattern[str], ...]
    owner: tuple[re.Pattern[str], ...]
    baseline: tuple[re.Pattern[str], ...]
    budget: re.Pattern[str] | None
    change_pair: tuple[re.Pattern[str], ...]
    relative_change: tuple[re.Pattern[str], ...]
    multipliers: re.Pattern[str] | None
    rank: tuple[re.Pattern[str], ...]


_PLAN_LIMIT = 4096


@dataclass
class Lexicon:
    lang: Lang
    months: WordTable  # value: month number
    ordinals: WordTable
    number_words: WordTable
    scales: WordTable  # value: multiplier
    units: WordTable  # value: "day" | "week" | "month" | "quarter" | "year"
    relatives: WordTable  # value: 0 = this, 1 = next
    holidays: WordTable  # value: "MM-DD" (every year) or the ISO dates it falls on
    confidence_words: WordTable  # value: the confidence a word states, 0..1 ("low" 0.3)
    currency: re.Pattern[str]
    number: re.Pattern[str]
    time: list[TimePattern]
    term_fragments: dict[str, list[str]]
    word_boundary: bool
    purpose: re.Pattern[str]
    owner: list[Guarded]
    baseline: list[Guarded]
    confidence: list[Guarded]
    change_pair: list[Guarded]
    relative_change: list[Guarded]
    rank: list[Guarded]  # a place in a ranking ("top-3", "前三"): group 'n' is the number
    multipliers: tuple[LazyPattern, list[float]]  # one alternation, group mN = factor N
    budget: LazyPattern
    vague_purpose: LazyPattern
    # How a time expression is written as a deadline ("by …", "… 前", "до …") rather than
    # as the period a goal runs in, and how two of them make a range ("January to June").
    deadline_lead: LazyPattern
    deadline_before: LazyPattern
    deadline_after: LazyPattern
    range_join: LazyPattern
    complement: LazyPattern  # before a purpose marker: it is a verb's object, not a purpose
    complement_before: LazyPattern  # the verb right before a marker that takes it as object
    insiders: LazyPattern  # people of the organisation itself: all of them is no absolute
    # The speaker in a purpose ("so I'm …", "让自己…", "чтобы со мной …"): a purpose
    # that only says how they will be or feel, comparing, names no result.
    self_reference: LazyPattern
    count_gap: LazyPattern  # what may stand between a count and the people it counts
    all_of: LazyPattern  # "every"/"all" right before people outside the team
    milestone: LazyPattern  # a heading naming a release or milestone: a deadline
    # A month named on its own in a heading ("Milestone 2 (March)", "## Март"): a period
    # there, though a bare month name in a goal ("may") is too ambiguous to read.
    bare_month: LazyPattern
    # Words that name nothing concrete (function words, general verbs): a set for
    # languages written with spaces, a pattern for Chinese.
    stopwords: frozenset[str]
    # Word endings of a finished state (Russian short participles: "опубликован"), with the
    # shortest word each applies to; empty where the language has none.
    state_suffixes: tuple[tuple[str, int], ...]
    stop_pattern: LazyPattern | None
    rewrite: dict[str, str] = field(default_factory=dict)
    requires: dict[str, Requirement] = field(default_factory=dict)
    literals: Literals = field(default_factory=Literals)
    placeholders: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    index: TermIndex | None = None
    word_number_hint: re.Pattern[str] | None = None
    # Digit characters other than 0-9 that years are written with (二〇二七), as a
    # ``str.translate`` table to ASCII digits.
    numeral_digits: dict[int, str] = field(default_factory=dict)
    _plans: dict[int, Plan] = field(default_factory=dict, repr=False)
    _group_plans: dict[tuple[int, int], tuple[Any, ...]] = field(default_factory=dict, repr=False)

    @cached_property
    def _plan_groups(self) -> list[tuple[int, list[Guarded]]]:
        """Each pattern group with every literal bit its pre-tests look at."""
        groups: list[list[Guarded]] = [
            list[Guarded](self.time),
            self.confidence,
            self.owner,
            self.baseline,
            self.change_pair,
            self.relative_change,
            self.rank,
        ]
        out = []
        for group in groups:
            bits = 0
            for g in group:
                bits |= g.requires[0] | g.requires[1]
            out.append((bits, group))
        return out

    @cached_property
    def _plan_bits(self) -> int:
        """Every literal bit some pattern's pre-test looks at."""
        bits = 0
        for group_bits, _ in self._plan_groups:
            bits |= group_bits
        for first, second in self.requires.values():
            bits |= first | second
        return bits

    def plan(self, mask: int) -> Plan:
        """The patterns to run on a goal whose literal bits are ``mask``."""
        key = mask & self._plan_bits
        plan = self._plans.get(key)
        if plan is None:
            plan = self._make_plan(key)
            if len(self._plans) >= _PLAN_LIMIT:
                self._plans.clear()
            self._plans[key] = plan
        return plan

    def _make_plan(self, mask: int) -> Plan:
        # Goals differ in which literals they hold far more than any one group does: each
        # group's selection is kept per the bits it looks at, so a new combination of
        # literals costs a few lookups, not a pass over every pattern.
        cache = self._group_plans
        picked: list[tuple[Any, ...]] = []
        for index, (bits, group) in enumerate(self._plan_groups):
            key = (index, mask & bits)
            chosen = cache.get(key)
            if chosen is None:
                if len(cache) >= _PLAN_LIMIT:
                    cache.clear()
                chosen = cache[key] = tuple(
                    (g.pattern.get(), g.kind) if isinstance(g, TimePattern) else g.pattern.get()
                    for g in group
                    if holds(g.requires, mask)
                )
            picked.append(chosen)
        time, confidence, owner, baseline, change_pair, relative_change, rank = picked
        return Plan(
            time=time,
            confidence=confidence,
            owner=owner,
            baseline=baseline,
            budget=self.budget.get() if self.may_match("budget", mask) else None,
            change_pair=change_pair,
            relative_change=relative_change,
            multipliers=self.multipliers[0].get() if self.may_match("multipliers", mask) else None,
            rank=rank,
        )

    @cached_property
    def terms(self) -> dict[str, re.Pattern[str]]:
        """One alternation per word list (built on first use; en/ru use ``index``)."""
        return {
            name: compile_lower(_alternation(frags, self.word_boundary))
            for name, frags in self.term_fragments.items()
        }

    @cached_property
    def _gated_terms(self) -> list[tuple[str, re.Pattern[str], frozenset[str] | None]]:
        """Each list's alternation with the characters its matches can start with (None:
        cannot tell), so a list none of whose first characters occur is not searched."""
        gated = []
        for name, pattern in self.terms.items():
            firsts: set[str] | None = set()
            for fragment in self.term_fragments[name]:
                chars = first_chars(lower_pattern(fragment))
                if chars is None or firsts is None:
                    firsts = None
                else:
                    firsts |= chars
            gated.append((name, pattern, None if firsts is None else frozenset(firsts)))
        return gated

    def scan(self, low: str) -> tuple[dict[str, list[tuple[int, int]]], int]:
        """Spans of every word-list category in lower-cased text, and its literal bits.

        Categories with no match may be left out.
        """
        if self.index is not None:
            found, mask = self.index.find(low)
            return found, mask | self.literals.other_mask(low)
        chars = set(low)
        terms = {
            c: [m.span() for m in p.finditer(low)]
            for c, p, firsts in self._gated_terms
            if firsts is None or not firsts.isdisjoint(chars)
        }
        return terms, self.literals.scan(low, chars)

    def find_terms(self, low: str) -> dict[str, list[tuple[int, int]]]:
        """Spans of every word-list category in lower-cased text."""
        return self.scan(low)[0]

    def number_words_possible(self, low: str) -> bool:
        return self.word_number_hint is None or bool(self.word_number_hint.search(low))

    def may_match(self, group: str, mask: int) -> bool:
        """Cheap pre-test: can any pattern of ``group`` match a goal with these literals?"""
        return holds(self.requires.get(group, ALWAYS), mask)

    def value_of(self, table: WordTable, text: str) -> float | None:
        """Numeric value of a word in ``table`` (ordinal, number word, relative)."""
        value = table.fullmatch(text)
        return self.word_value(value, text) if value is not None else None

    def word_value(self, value: float | str, word: str) -> float | None:
        """A table value as a number; a whole numeral ("十五") is read from the word."""
        if isinstance(value, (int, float)):
            return float(value)
        if value == NUMERAL:
            return numeral_value(word, self.numeral_digits)
        return None

    def year_of(self, text: str) -> int:
        """A year as written: "2027", or digit by digit in numerals ("二〇二七")."""
        return int(text.strip().translate(self.numeral_digits))

    def unit_of(self, text: str) -> str | None:
        value = self.units.fullmatch(text)
        return str(value) if value is not None else None

    def month_of(self, text: str) -> int | None:
        text = text.strip()
        if text.isdigit():
            return int(text)
        value = self.months.fullmatch(text) or self.months.fullmatch(text + "月")
        if value is None:
            value = self.value_of(self.number_words, text)
        return int(value) if isinstance(value, (int, float)) and value else None


_LATIN_TERM = regex_cache.compile(r"[A-Za-z][A-Za-z0-9/]*")


def _alternation(fragments: list[str], word_boundary: bool) -> str:
    # Longest first, so "brand awareness" wins over "awareness" at the same position.
    ordered = sorted(fragments, key=len, reverse=True)
    if word_boundary:
        return rf"(?<!\w)(?:{'|'.join(ordered)})(?!\w)"
    # Chinese has no spaces, but a Latin term inside Chinese text is still a whole word:
    # "SQL" is not in "MySQL".
    guarded = [
        rf"(?<![a-z]){frag}(?![a-z])" if _LATIN_TERM.fullmatch(frag) else frag for frag in ordered
    ]
    return f"(?:{'|'.join(guarded)})"


def _table(raw: list[list[Any]]) -> WordTable:
    return WordTable([(str(frag), value) for frag, value in raw])


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
    guard = data.get("number_word_prefix_guard", "")
    word_prefix = f"(?<![{guard}])" if guard else ""
    number = (
        rf"(?:(?:{currency})\s?)?(?:{DIGITS}|{word_prefix}{words_alt}{word_suffix})"
        rf"(?:\s?(?:{scales_alt}))?(?:\s?(?:{PERCENT}|{currency}))?"
    )
    # Digit characters of numerals, index = value (zh: "〇零○", "一", …); a year may be
    # written with them digit by digit.
    numerals: list[str] = data.get("numeral_digits", [])
    year = r"20\d\d"
    if numerals:
        any_digit = "".join(numerals)
        year += f"|[2{numerals[2]}][0{numerals[0]}][{any_digit}\\d][{any_digit}\\d]"
    holidays: list[list[str]] = data.get("holidays", [])
    fills = {
        "{YEAR}": f"(?:{year})",
        # Each month on its own word start (not one before the group), so that every
        # branch starts with a literal and the regex engine can skip ahead to it.
        "{MONTH}": "(?:" + any_of([rf"(?<!\w){m}" if wb else m for m in data["months"]]) + ")",
        "{ORD}": "(?:" + "|".join(str(frag) for frag, _ in data["ordinals"]) + ")",
        "{NUM}": f"(?:{DIGITS}|{words_alt})",
        "{UNIT}": "(?:" + "|".join(str(frag) for frag, _ in data["units"]) + ")",
        "{REL}": "(?:" + "|".join(str(frag) for frag, _ in data["relatives"]) + ")",
        # Longest first; a holiday whose name starts another's ("christmas", "christmas
        # eve") rules it out with a lookahead in its fragment. (?!) matches nothing.
        "{HOLIDAY}": "(?:"
        + ("|".join(sorted((str(f) for f, _ in holidays), key=len, reverse=True)) or "(?!)")
        + ")",
    }

    def fill(pattern: str, num: str | None = None) -> str:
        for key, value in fills.items():
            pattern = pattern.replace(key, num if (key == "{NUM}" and num) else value)
        return pattern

    raw_stop = data["words"]["stopwords"]
    stop_words = raw_stop.split() if isinstance(raw_stop, str) else list(raw_stop)
    markers = any_of(pats["deadline_markers"])
    edge_before, edge_after = (r"(?<!\w)", r"(?!\w)") if wb else ("", "")
    literals = Literals()
    requires: dict[str, list[str]] = data.get("requires", {})
    requires_each: dict[str, list[list[str]]] = data.get("requires_each", {})

    def guarded(group: str, *, lower: bool = True, num: str | None = None) -> list[Guarded]:
        """A group's patterns, each with the group's literals and its own (``requires_each``)."""
        each = requires_each.get(group, [])
        return [
            Guarded(
                LazyPattern(fill(p, num) if num else p, lower=lower),
                literals.requirement(requires.get(group), each[i] if i < len(each) else None),
            )
            for i, p in enumerate(pats.get(group, []))
        ]

    return Lexicon(
        lang=lang,
        months=WordTable([(frag, i) for i, frag in enumerate(data["months"], start=1)]),
        ordinals=_table(data["ordinals"]),
        number_words=_table(data["number_words"]),
        scales=_table(data["scales"]),
        units=_table(data["units"]),
        relatives=_table(data["relatives"]),
        holidays=_table(holidays),
        confidence_words=_table(data.get("confidence_words", [])),
        currency=compile_lower(currency),
        number=compile_lower(rf"(?<![a-z0-9_/.\-\u0400-\u04ff]){number}(?![\d/])"),
        time=[
            TimePattern(
                LazyPattern(fill(t["pattern"])),
                literals.requirement(t.get("requires"), t.get("requires_also")),
                t["kind"],
            )
            for t in data["time"]
        ],
        term_fragments={name: terms_raw[name] for name in TERM_CATEGORIES},
        word_boundary=wb,
        purpose=compile_lower(any_of(pats["purpose"])),
        owner=guarded("owner", lower=False),  # names are capitalised
        confidence=guarded("confidence"),
        baseline=guarded("baseline", num=number),
        change_pair=guarded("change_pair", num=number),
        relative_change=guarded("relative_change"),
        rank=guarded("rank", num=f"(?:{DIGITS}|{words_alt})"),
        multipliers=(
            LazyPattern(
                _alternation(
                    [f"(?P<m{i}>{frag})" for i, (frag, _) in enumerate(pats["multipliers"])], wb
                )
            ),
            [float(v) for _, v in pats["multipliers"]],
        ),
        budget=LazyPattern(any_of(pats["budget"])),
        # A vague purpose is the whole rest of the clause, perhaps after one word naming
        # who it is for ("им было приятнее пользоваться", "大家用起来更舒服").
        vague_purpose=LazyPattern(
            r"^\W*"
            + (r"(?:\w+\s+)?" if wb else r"(?:[\u3400-\u9fff]{1,4}?)?")
            + "(?:"
            + "|".join(terms_raw["vague_purposes"])
            + r")\W*$"
        ),
        deadline_lead=LazyPattern(rf"(?:{markers}){edge_after}"),
        deadline_before=LazyPattern(
            rf"{edge_before}(?:{markers})\s*(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?$"
        ),
        deadline_after=LazyPattern(any_of(pats.get("deadline_after", [])) or "(?!)"),
        range_join=LazyPattern(pats["range_join"]),
        complement=LazyPattern(pats["complement"]),
        insiders=LazyPattern(pats["insiders"]),
        complement_before=LazyPattern(pats["complement_before"]),
        self_reference=LazyPattern(pats["self_reference"]),
        count_gap=LazyPattern(pats["count_gap"]),
        all_of=LazyPattern(pats["all_of"]),
        milestone=LazyPattern(pats["milestone"]),
        stopwords=frozenset(stop_words) if wb else frozenset(),
        state_suffixes=tuple(
            (str(end), int(size)) for end, size in data["terms"].get("state_suffixes", [])
        ),
        stop_pattern=None
        if wb
        else LazyPattern("|".join(re.escape(w) for w in sorted(stop_words, key=len, reverse=True))),
        bare_month=LazyPattern(
            rf"(?:^|[(\[—–:\-,/|]\s*)(?P<month>{fills['{MONTH}']})(?:\s*[)\]]|\s*$)"
        ),
        rewrite=dict(data["rewrite"]),
        requires={group: literals.requirement(lits) for group, lits in requires.items()},
        literals=literals,
        placeholders=[
            (compile_lower(str(pattern)), str(value))
            for pattern, value in data.get("placeholders", {}).get("kinds", [])
        ],
        index=TermIndex({name: terms_raw[name] for name in TERM_CATEGORIES}, literals)
        if wb
        else None,
        word_number_hint=compile_lower(words_alt),
        numeral_digits=str.maketrans(
            {char: str(value) for value, chars in enumerate(numerals) for char in chars}
        ),
    )
