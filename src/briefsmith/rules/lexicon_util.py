"""Lower-case compilation of lexicon patterns, shared by the lexicon and the term index."""

from __future__ import annotations

import re

from briefsmith import regex_cache

# Patterns are compiled case-sensitively and run on lower-cased text: several times faster
# than re.IGNORECASE on long alternations (the engine's throughput budget is ~50 µs/goal).
FLAGS = re.UNICODE
_LITERAL_OR_ESCAPE = re.compile(r"\\.|\(\?P<\w+>|[^\\(]+|\(")
_LEADING_BOUNDARY = re.compile(r"(?:\\b|\(\?<!\\w\))(\w)(?![?*+{])")


def hoist_boundary(pattern: str) -> str:
    r"""``\bso…`` as ``s(?<!\ws)o…``: the same matches, but the pattern starts with a literal.

    The regex engine skips ahead to the possible first characters of a pattern (or of
    every branch of an alternation) only when they are literals; a leading ``\b`` makes it
    try every position, which made the purpose clause cost several times the rest.
    """
    match = _LEADING_BOUNDARY.match(pattern)
    if match is None:
        return pattern
    char = match.group(1)
    return rf"{char}(?<!\w{char})" + pattern[match.end() :]


_LEADING_LOOKBEHIND = re.compile(r"\(\?<!(?:[^()\\\[]|\\.)*\)")
_CLASS_END = re.compile(r"\[\^?\]?(?:[^\]\\]|\\.)*\]")
_PLAIN = re.compile(r"[^\\()\[\]{}?*+|.^$]")


def first_chars(fragment: str) -> set[str] | None:
    """The characters any match of ``fragment`` can start with, or None if unsure.

    Understands what word lists of languages without spaces are made of: a plain first
    character (not made optional), after any leading negative lookbehinds, in each
    top-level alternative.
    """
    alternatives = _split_top_level(fragment)
    if alternatives is None:
        return None
    chars: set[str] = set()
    for alternative in alternatives:
        pos = 0
        while lookbehind := _LEADING_LOOKBEHIND.match(alternative, pos):
            pos = lookbehind.end()
        first = _PLAIN.match(alternative, pos)
        if first is None or alternative[pos + 1 : pos + 2] in ("?", "*", "{"):
            return None
        chars.add(first.group())
    return chars


def _split_top_level(fragment: str) -> list[str] | None:
    """``fragment`` split at its outermost ``|``; None if unsure where a class ends."""
    parts, depth, start, pos = [], 0, 0, 0
    while pos < len(fragment):
        char = fragment[pos]
        if char == "\\":
            pos += 1
        elif char == "[":
            close = _CLASS_END.match(fragment, pos)
            if close is None:
                return None
            pos = close.end() - 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(fragment[start:pos])
            start = pos + 1
        pos += 1
    parts.append(fragment[start:])
    return parts


def any_of(patterns: list[str]) -> str:
    """One alternation of ``patterns``, each with its leading boundary hoisted."""
    return "|".join(hoist_boundary(pattern) for pattern in patterns)


def lower_pattern(pattern: str) -> str:
    """Lower-case a pattern's literals, leaving escapes (\\S, \\W) and group names alone."""
    return _LITERAL_OR_ESCAPE.sub(
        lambda m: m.group(0) if m.group(0).startswith(("\\", "(?P<")) else m.group(0).lower(),
        pattern,
    )


def compile_lower(pattern: str) -> re.Pattern[str]:
    return regex_cache.compile(lower_pattern(hoist_boundary(pattern)), FLAGS)


def lower_text(text: str) -> str:
    """Lower-case without changing length, so offsets into it are offsets into ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class LazyPattern:
    """A pattern compiled the first time it is used.

    Most goals never reach most patterns (the literal pre-tests skip them), so compiling
    them all up front would cost start-up time for nothing.
    """

    __slots__ = ("_compiled", "_lower", "source")

    def __init__(self, source: str, *, lower: bool = True) -> None:
        self.source = source
        self._lower = lower
        self._compiled: re.Pattern[str] | None = None

    def get(self) -> re.Pattern[str]:
        if self._compiled is None:
            source = self.source
            self._compiled = (
                compile_lower(source)
                if self._lower
                else regex_cache.compile(hoist_boundary(source))
            )
        return self._compiled


_KNOWN_LIMIT = 10_000


class WordTable:
    """Words (regex fragments) with values, e.g. ordinals or number words.

    Compiled into one alternation the first time it is used: a lexicon has a dozen such
    tables and most runs touch only a few, so start-up stays cheap. Whole-word lookups
    (a month, a unit, "next") are remembered per text: goals name the same few words over
    and over, and each lookup is a regex match.
    """

    __slots__ = ("_known", "_pairs", "_regex")

    def __init__(self, pairs: list[tuple[str, float | str]]) -> None:
        # Longest fragment first, so "十二" wins over "十" and "a dozen" over "a".
        self._pairs = sorted(pairs, key=lambda pair: -len(pair[0]))
        self._regex: re.Pattern[str] | None = None
        self._known: dict[str, float | str | None] = {}

    @property
    def fragments(self) -> list[str]:
        return [fragment for fragment, _ in self._pairs]

    def _compiled(self) -> re.Pattern[str]:
        if self._regex is None:
            body = "|".join(f"(?P<w{i}>{frag})" for i, (frag, _) in enumerate(self._pairs))
            self._regex = compile_lower(f"(?:{body})")
        return self._regex

    def _value(self, match: re.Match[str] | None) -> float | str | None:
        if match is None or match.lastgroup is None:
            return None
        return self._pairs[int(match.lastgroup[1:])][1]

    def fullmatch(self, text: str) -> float | str | None:
        """The value of the word that is the whole of ``text``."""
        known = self._known
        if text in known:
            return known[text]
        value = self._value(self._compiled().fullmatch(lower_text(text.strip())))
        if len(known) >= _KNOWN_LIMIT:
            known.clear()
        known[text] = value
        return value

    def match(self, text: str) -> tuple[float | str, int] | None:
        """The word ``text`` starts with: its value and where it ends."""
        match = self._compiled().match(lower_text(text))
        value = self._value(match)
        return (value, match.end()) if match is not None and value is not None else None

    def search(self, text: str) -> tuple[float | str, str, int] | None:
        """The first word found in ``text``: its value, the word and where it ends."""
        match = self._compiled().search(lower_text(text))
        value = self._value(match)
        if match is None or value is None:
            return None
        return value, text[match.start() : match.end()], match.end()


NUMERAL = "numeral"
"""The value of a number word that is a whole numeral written in characters ("十五",
"三十一", "二百五十"): read by ``numeral_value``, not looked up."""
_UNITS = {"十": 10, "百": 100, "千": 1000}


def numeral_value(text: str, digits: dict[int, str]) -> float | None:
    """A numeral below 10,000 written in characters: "十五" 15, "三十一" 31, "一千零五" 1005.

    ``digits`` maps each digit character to its ASCII digit (``Lexicon.numeral_digits``);
    larger scales (万, 亿) are scale words, applied by the caller.
    """
    total, current = 0, 0
    for char in text.strip():
        if char in _UNITS:
            total += (current or 1) * _UNITS[char]
            current = 0
            continue
        digit = char.translate(digits)
        if not digit.isdigit():
            return None
        current = int(digit)
    return float(total + current)
