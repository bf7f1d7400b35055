"""Find word-list terms by looking up each word's first letters instead of scanning.

A long regex alternation is tried at every character of the text; most goals are a few
dozen characters, but there are ~10 lists with ~50 terms each. Indexing the terms by
their literal prefix and trying only the candidates at word starts is several times
faster and gives the same matches: the longest term at each word start, left to right,
without overlaps inside one list.
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefsmith.rules.lexicon_util import LazyPattern, compile_lower

_WORD = re.compile(r"\w+")
_META = set("\\()[]{}?*+|.^$")
PREFIX = 3
_MEMO_LIMIT = 50_000


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


class TermIndex:
    """All word-list categories of one word-separated language (en, ru)."""

    def __init__(self, categories: dict[str, list[str]]) -> None:
        # Each term is compiled the first time a word with its prefix turns up: most never
        # do in a given run, and compiling ~400 patterns up front costs start-up time.
        self._by_prefix: dict[str, list[tuple[str, LazyPattern]]] = defaultdict(list)
        fallback: dict[str, list[str]] = defaultdict(list)
        for category, fragments in categories.items():
            for fragment in fragments:
                prefix = literal_prefix(fragment)
                if prefix:
                    self._by_prefix[prefix].append(
                        (category, LazyPattern(rf"(?:{fragment})(?!\w)"))
                    )
                else:
                    fallback[category].append(fragment)
        self._seen: dict[str, tuple[tuple[str, LazyPattern], ...]] = {}
        self._fallback = {
            category: compile_lower(r"(?<!\w)(?:" + "|".join(frags) + r")(?!\w)")
            for category, frags in fallback.items()
        }

    def _candidates(self, word: str) -> tuple[tuple[str, LazyPattern], ...]:
        """Terms that may start at ``word`` (memoised: goals reuse the same words)."""
        found = self._seen.get(word)
        if found is None:
            by_prefix = self._by_prefix
            found = tuple(
                candidate
                for key in {word[:3], word[:2], word[:1]}
                for candidate in by_prefix.get(key, ())
            )
            if len(self._seen) > _MEMO_LIMIT:
                self._seen.clear()
            self._seen[word] = found
        return found

    def find(self, low: str) -> dict[str, list[re.Match[str]]]:
        """Matches per category in ``low`` (lower-cased text), left to right."""
        best: dict[str, list[re.Match[str]]] = defaultdict(list)
        for word in _WORD.finditer(low):
            candidates = self._candidates(word.group())
            if not candidates:
                continue
            start = word.start()
            chosen: dict[str, re.Match[str]] = {}
            for category, lazy in candidates:
                m = lazy.get().match(low, start)
                if m and (category not in chosen or m.end() > chosen[category].end()):
                    chosen[category] = m
            for category, m in chosen.items():
                hits = best[category]
                if not hits or m.start() >= hits[-1].end():
                    hits.append(m)
        for category, pattern in self._fallback.items():
            extra = list(pattern.finditer(low))
            if extra:
                merged = sorted(best[category] + extra, key=lambda m: (m.start(), -m.end()))
                kept: list[re.Match[str]] = []
                for m in merged:
                    if not kept or m.start() >= kept[-1].end():
                        kept.append(m)
                best[category] = kept
        return best
