"""The matcher shortcuts must not change what matches: boundary hoisting, literal masks,
first-word filtering in the term index."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefsmith.rules.lexicon_util import hoist_boundary
from briefsmith.rules.literals import ALWAYS, Literals, holds
from briefsmith.rules.termindex import first_word

PATTERNS = [r"\bso\s+that\b", r"(?<!\w)ab+c", r"\bto\s+(?=support)", r"\bq(?P<q>[1-4])"]


@pytest.mark.parametrize(
    ("pattern", "hoisted"),
    [
        (r"\bso\s+that", r"s(?<!\ws)o\s+that"),
        (r"(?<!\w)abc", r"a(?<!\wa)bc"),
        (r"\bs?o", r"\bs?o"),  # optional first character: left alone
        (r"\b(?:x|y)", r"\b(?:x|y)"),  # no literal first: left alone
    ],
)
def test_hoist_boundary(pattern: str, hoisted: str) -> None:
    assert hoist_boundary(pattern) == hoisted


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcqsot 1-_.\n", max_size=30))
def test_hoisted_patterns_match_the_same(text: str) -> None:
    for pattern in PATTERNS:
        plain, hoisted = re.compile(pattern), re.compile(hoist_boundary(pattern))
        assert [m.span() for m in plain.finditer(text)] == [
            m.span() for m in hoisted.finditer(text)
        ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abinto /→x20", max_size=30))
def test_literal_mask_matches_substring_tests(text: str) -> None:
    literals = Literals()
    word_lits, other_lits = ["in", "to", "20", "x"], ["in ", "→", "a/b"]
    requirement = literals.requirement(word_lits, other_lits)
    mask = literals.other_mask(text)
    for word in re.findall(r"\w+", text):
        mask |= literals.word_mask(word)
    expected = any(lit in text for lit in word_lits) and any(lit in text for lit in other_lits)
    assert holds(requirement, mask) == expected
    assert holds(requirement, literals.scan(text)) == expected
    assert holds(ALWAYS, 0)


@pytest.mark.parametrize(
    ("fragment", "head"),
    [
        ("leads?", "leads?"),  # word characters only: the term is its own first word
        (r"brand\s+(?:awareness|image)", "brand"),
        (r"load(?:ing)?\s+time", "load(?:ing)?"),
        (r"click[- ]through", "click"),
        (r"page\s*views", None),  # "pageviews" is one word: no first word to require
        (r"e-?books?", None),
        (r"first\s+x|second", None),  # an alternation at the top
        (r"(?:the\s+)?number", None),
    ],
)
def test_first_word(fragment: str, head: str | None) -> None:
    assert first_word(fragment) == head


@pytest.mark.parametrize(
    ("fragment", "chars"),
    [
        ("满意度?", {"满"}),
        ("(?<!第)第一(?![季个次周天])", {"第"}),
        ("ab|c[|]d|e", {"a", "c", "e"}),
        ("a?b", None),
        ("(?:x|y)", None),
        (r"[一二\d]+次", None),
        (r"\dx", None),
    ],
)
def test_first_chars(fragment: str, chars: set[str] | None) -> None:
    from briefsmith.rules.lexicon_util import first_chars

    assert first_chars(fragment) == chars
