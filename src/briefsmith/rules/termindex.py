"""Find word-list terms by looking up each word instead of scanning with every list.

A long regex alternation is tried at every character of the text; most goals are a few
dozen characters, but there are ~10 lists with ~50 terms each. Indexing the terms by
their literal prefix and trying only the candidates at word starts is several times
faster and gives the same matches: the longest term at each word start, left to right,
without overlaps inside one list.

What a word start can match is worked out once per distinct word and memoised: a term
made only of word characters ("leads?", "improv\\w*") matches there exactly when it
matches the whole word, so only terms that reach past the word ("brand\\s+awareness") are
tried in the text, and only when their first word fits.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from briefsmith import regex_cache
from briefsmith.rules.lexicon_util import LazyPattern, compile_lower
from briefsmith.rules.literals import Literals

_WORD = regex_cache.compile(r"\w+")
_META = set("\\()[]{}?*+|.^$")
PREFIX = 3
_MEMO_LIMIT = 50_000
# Pieces of a fragment that can only consume word characters.
_LOCAL_PIECE = regex_cache.compile(r"\\[wd]|\(\?:|[()|?*+]|\{\d+(?:,\d*)?\}|\[\w+\]|\w")
# A piece that must consume one non-word character: where a term's first word ends.
_SEPARATOR = regex_cache.compile(r"(?:\\s|[ /-]|\[[^\]\w\\]+\])(?![?*{])")

# Per word: the literal bits it holds, the categories with a term matching the whole
# word, and the (category, pattern) of longer terms that may start there.
_Entry = tuple[int, tuple[str, ...], tuple[tuple[str, re.Pattern[str]], ...]]
_NOTHING: _Entry = (0, (), ())


def literal_prefix(fragment: str) -> str:
    """The word characters every match of ``fragment`` starts with (at most PREFIX)."""
    out: list[str] = []
    for index, char in enumerate(fragment):
        if char in _META or not (char.isalnum() or char == "_"):
            break
        if index + 1 < len(fragment) and fragment[index + 1] in "?*{":
            break  # optional character
        out.append(char.lower())
        if len(out) == PREFIX:
            break
    return "".join(out)


def first_word(fragment: str) -> str | None:
    """The part of ``fragment`` that must match a whole word, or None if it cannot tell.

    The fragment itself when it only consumes word characters; the part before its first
    top-level separator (whitespace, "-", "/") when that part does; otherwise None.
    """
    depth, pos = 0, 0
    while pos < len(fragment):
        piece = _LOCAL_PIECE.match(fragment, pos)
        if piece is None:
            if (
                depth == 0
                and pos
                and _SEPARATOR.match(fragment, pos)
                and not _top_level_or(fragment)
            ):
                return fragment[:pos]
            return None
        token = piece.group()
        depth += token.startswith("(") - (token == ")")
        pos = piece.end()
    return fragment


def _top_level_or(fragment: str) -> bool:
    """Whether ``fragment`` is an alternation at its outermost level ("a|b c")."""
    depth, pos = 0, 0
    while pos < len(fragment):
        char = fragment[pos]
        if char == "\\":
            pos += 1
        elif char == "[":
            pos = fragment.index("]", pos + 2)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
        pos += 1
    return False


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches (str patterns): alphanumerics and the underscore."""
    return char.isalnum() or char == "_"


def _locate(low: str, word: str, pos: int) -> int:
    """Where the next whole ``\\w+`` run equal to ``word`` starts, from ``pos`` on.

    The runs between ``pos`` and it were skipped without being located, and ``word`` may
    occur inside one of them ("plan" in "planning"): only an occurrence that is a whole
    run counts. The one sought exists, so the loop always ends.
    """
    size = len(word)
    start = low.find(word, pos)
    while (start > 0 and _is_word_char(low[start - 1])) or (
        start + size < len(low) and _is_word_char(low[start + size])
    ):
        start = low.find(word, start + 1)
    return start


_SIMPLE = regex_cache.compile(r"^([^\W\d_]\w*?)(\\w\*|s\?)?$")
"""A term that is a word, a stem (``improv\\w*``) or a word with an optional plural
(``leads?``): matched with string operations, no regular expression to compile."""


class _Term:
    __slots__ = ("category", "head", "local", "pattern", "simple")

    def __init__(self, category: str, fragment: str) -> None:
        self.category = category
        self.pattern = LazyPattern(rf"(?:{fragment})(?!\w)")
        head = first_word(fragment)
        self.local = head == fragment
        self.head = None if head is None else LazyPattern(f"(?:{head})")
        simple = _SIMPLE.match(fragment) if self.local else None
        self.simple = (simple.group(1).lower(), simple.group(2) or "") if simple else None

    def fullmatch(self, word: str) -> bool:
        """Whether the term matches the whole word."""
        if self.simple is None:
            return self.pattern.get().fullmatch(word) is not None
        stem, tail = self.simple
        if tail == "\\w*":
            return word.startswith(stem)
        if tail:  # "s?": the word, or it with an "s"
            return word == stem or word == stem + "s"
        return word == stem


class TermIndex:
    """All word-list categories of one word-separated language (en, ru)."""

    def __init__(self, categories: dict[str, list[str]], literals: Literals) -> None:
        # Each term is compiled the first time a word with its prefix turns up: most never
        # do in a given run, and compiling ~400 patterns up front costs start-up time.
        self._by_prefix: dict[str, list[_Term]] = defaultdict(list)
        fallback: dict[str, list[str]] = defaultdict(list)
        for category, fragments in categories.items():
            for fragment in fragments:
                prefix = literal_prefix(fragment)
                if prefix:
                    self._by_prefix[prefix].append(_Term(category, fragment))
                else:
                    fallback[category].append(fragment)
        self._literals = literals
        self._seen: dict[str, _Entry] = {}
        self._fallback = {
            category: compile_lower(r"(?<!\w)(?:" + "|".join(frags) + r")(?!\w)")
            for category, frags in fallback.items()
        }
        # One search for all of them first: they rarely match, and each is tried at every
        # position of the text.
        every = [frag for frags in fallback.values() for frag in frags]
        self._any_fallback = compile_lower(r"(?<!\w)(?:" + "|".join(every) + r")(?!\w)")

    def _entry(self, word: str) -> _Entry:
        """What may start at ``word`` (worked out once per distinct word)."""
        by_prefix = self._by_prefix
        whole: list[str] = []
        longer: list[tuple[str, re.Pattern[str]]] = []
        for key in {word[:3], word[:2], word[:1]}:
            for term in by_prefix.get(key, ()):
                if term.local:
                    if term.fullmatch(word) and term.category not in whole:
                        whole.append(term.category)
                elif term.head is None or term.head.get().fullmatch(word):
                    longer.append((term.category, term.pattern.get()))
        mask = self._literals.word_mask(word)
        entry = (mask, tuple(whole), tuple(longer)) if whole or longer or mask else _NOTHING
        if len(self._seen) > _MEMO_LIMIT:
            self._seen.clear()
        self._seen[word] = entry
        return entry

    def find(self, low: str) -> tuple[dict[str, list[tuple[int, int]]], int]:
        """Spans per category in ``low`` (lower-cased text), left to right, and the bits
        of the word-character literals it contains."""
        best: dict[str, list[tuple[int, int]]] = {}
        get = self._seen.get
        mask = 0
        pos = 0  # every word before ``pos`` has been located
        # The words as strings (no match objects); only the third or so that start a term
        # are located in the text, each after the last one located.
        for word in _WORD.findall(low):
            entry = get(word)
            if entry is None:
                entry = self._entry(word)
            if entry is _NOTHING:
                continue
            bits, whole, longer = entry
            mask |= bits
            if not (whole or longer):
                continue
            start = _locate(low, word, pos)
            end = pos = start + len(word)
            spans: Iterable[tuple[str, int]]
            if longer:
                chosen = dict.fromkeys(whole, end)
                for category, pattern in longer:
                    m = pattern.match(low, start)
                    if m and m.end() > chosen.get(category, -1):
                        chosen[category] = m.end()
                spans = chosen.items()
            else:
                spans = ((category, end) for category in whole)
            for category, stop in spans:
                hits = best.get(category)
                if hits is None:
                    best[category] = [(start, stop)]
                elif start >= hits[-1][1]:
                    hits.append((start, stop))
        if self._fallback and self._any_fallback.search(low) is None:
            return best, mask
        for category, pattern in self._fallback.items():
            extra = [m.span() for m in pattern.finditer(low)]
            if extra:
                merged = sorted(best.get(category, []) + extra, key=lambda s: (s[0], -s[1]))
                kept: list[tuple[int, int]] = []
                for span in merged:
                    if not kept or span[0] >= kept[-1][1]:
                        kept.append(span)
                best[category] = kept
        return best, mask
