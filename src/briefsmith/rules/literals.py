"""Which of a lexicon's trigger strings occur in a goal, found once as one bitmask.

Most patterns can only match when the goal contains one of a few literal strings (a month
name, "from", "负责"). Testing each pattern group with its own regex search cost ~40
searches a goal; instead every literal gets a bit, one pass sets the bits present, and a
pattern's pre-test is a single ``&``. For word-separated languages the bits of a literal
made of word characters come from the words the term index visits anyway (memoised per
word), so only the few literals with spaces or punctuation are searched in the text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from briefsmith import regex_cache
from briefsmith.rules.lexicon_util import lower_text

_WORD_ONLY = regex_cache.compile(r"\w+")
_MEMO_LIMIT = 50_000

# A requirement: two masks, each of literals of which at least one must occur (0 = no
# condition), e.g. a pattern group's literals and the pattern's own.
Requirement = tuple[int, int]
ALWAYS: Requirement = (0, 0)


class Literals:
    """The trigger strings of one language, each with its own bit."""

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._by_first: dict[str, list[tuple[str, int]]] = defaultdict(list)  # word literals
        self._other: list[tuple[str, int]] = []  # literals with spaces or punctuation
        self._word_memo: dict[str, int] = {}

    def requirement(
        self, any_of: Sequence[str] | None, and_any_of: Sequence[str] | None = None
    ) -> Requirement:
        """A pre-test: one literal of each given list must occur (``None``, ``[]``: no
        condition)."""
        return self._mask(any_of or ()), self._mask(and_any_of or ())

    def _mask(self, literals: Iterable[str]) -> int:
        mask = 0
        for literal in literals:
            literal = lower_text(literal)
            bit = self._bits.get(literal)
            if bit is None:
                bit = self._bits[literal] = 1 << len(self._bits)
                if _WORD_ONLY.fullmatch(literal):
                    self._by_first[literal[0]].append((literal, bit))
                else:
                    self._other.append((literal, bit))
                self._word_memo.clear()
            mask |= bit
        return mask

    def word_mask(self, word: str) -> int:
        """Bits of the word-character literals inside ``word`` (a whole ``\\w+`` run)."""
        mask = self._word_memo.get(word)
        if mask is None:
            mask = 0
            by_first = self._by_first
            for char in set(word):
                for literal, bit in by_first.get(char, ()):
                    if literal in word:
                        mask |= bit
            if len(self._word_memo) > _MEMO_LIMIT:
                self._word_memo.clear()
            self._word_memo[word] = mask
        return mask

    def other_mask(self, low: str) -> int:
        """Bits of the literals with non-word characters ("in ", "/10", "→") in ``low``."""
        mask = 0
        for literal, bit in self._other:
            if literal in low:
                mask |= bit
        return mask

    def scan(self, low: str, chars: set[str] | None = None) -> int:
        """Bits of every literal in ``low``, for text without word separators (zh).

        ``chars``: the set of characters in ``low``, if known; only literals starting with
        one of them can occur.
        """
        mask = self.other_mask(low)
        by_first = self._by_first
        for char in by_first.keys() & (set(low) if chars is None else chars):
            for literal, bit in by_first[char]:
                if literal in low:
                    mask |= bit
        return mask


def holds(requirement: Requirement, mask: int) -> bool:
    """Whether both any-of conditions of ``requirement`` are met by the bits in ``mask``."""
    first, second = requirement
    return (not first or first & mask != 0) and (not second or second & mask != 0)
