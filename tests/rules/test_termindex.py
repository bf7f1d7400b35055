"""The word-start index must find exactly what the plain alternation regex finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefsmith.models import Lang
from briefsmith.rules.lexicon import load_lexicon
from briefsmith.rules.lexicon_util import lower_text
from briefsmith.rules.termindex import literal_prefix

SENTENCES = [
    "Improve brand awareness and customer satisfaction with better content.",
    "Publish 12 case studies and run two A/B tests per month on landing pages.",
    "Become the number one brand in all markets forever, with no budget.",
    "Increase MQL-to-SQL conversion and reduce cost per lead for sales.",
    "Повысить узнаваемость бренда и удовлетворённость клиентов.",
    "Провести 4 вебинара и опубликовать кейсы, чтобы увеличить число лидов.",
]


def _regex_spans(lang: Lang, text: str) -> dict[str, list[tuple[int, int]]]:
    lex = load_lexicon(lang)
    low = lower_text(text)
    out = {c: [m.span() for m in p.finditer(low)] for c, p in lex.terms.items()}
    return {c: spans for c, spans in out.items() if spans}


def _index_spans(lang: Lang, text: str) -> dict[str, list[tuple[int, int]]]:
    found = load_lexicon(lang).find_terms(lower_text(text))
    return {c: spans for c, spans in found.items() if spans}


@pytest.mark.parametrize("text", SENTENCES)
def test_index_matches_regex_on_sentences(text: str) -> None:
    lang = Lang.RU if any("а" <= ch <= "я" for ch in text.lower()) else Lang.EN
    assert _index_spans(lang, text) == _regex_spans(lang, text)


WORDS = st.sampled_from(
    [
        "improve",
        "brand",
        "awareness",
        "leads",
        "case",
        "studies",
        "publish",
        "every",
        "market",
        "forever",
        "more",
        "number",
        "one",
        "increase",
        "a/b",
        "tests",
        "sales",
        "customers",
        "no",
        "budget",
        "to",
        "support",
        "so",
        "that",
        "per",
        "month",
        "повысить",
        "лидов",
        "кейсы",
        "всех",
        "клиентов",
        "навсегда",
        "чтобы",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12))
def test_index_matches_regex_on_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    for lang in (Lang.EN, Lang.RU):
        index, regex = _index_spans(lang, text), _regex_spans(lang, text)
        # Same matches; the index picks the longest term at a word start, the regex the
        # first alternative (sorted longest first), so compare the set of starts.
        assert {c: [s for s, _ in v] for c, v in index.items()} == {
            c: [s for s, _ in v] for c, v in regex.items()
        }


@pytest.mark.parametrize(
    ("fragment", "prefix"),
    [
        ("leads?", "lea"),
        ("a/b\\s+tests?", "a"),
        ("(?:the\\s+)?number", ""),
        ("ctr", "ctr"),
        ("e-?books?", "e"),
    ],
)
def test_literal_prefix(fragment: str, prefix: str) -> None:
    assert literal_prefix(fragment) == prefix


def test_locate_skips_the_word_inside_longer_words() -> None:
    from briefsmith.rules.termindex import _locate

    text = "planning the plan, plan_b and plan"
    assert _locate(text, "plan", 0) == 13
    assert _locate(text, "plan", 17) == 30


def test_simple_terms_match_words_without_a_regular_expression() -> None:
    """Words, stems and optional plurals are compared as strings (start-up compiles no
    pattern for them) and agree with the pattern they stand for."""
    from briefsmith.rules.termindex import _Term

    cases = {
        "improv\\w*": ["improve", "improving", "improv", "prove"],
        "leads?": ["lead", "leads", "leadss", "le"],
        "boxes?": ["boxe", "boxes", "box"],
        "crm": ["crm", "crms"],
        "process(?:es)?": ["process", "processes"],
    }
    for fragment, words in cases.items():
        term = _Term("metrics", fragment)
        for word in words:
            assert term.fullmatch(word) is bool(term.pattern.get().fullmatch(word)), (
                fragment,
                word,
            )
    assert _Term("metrics", "leads?").simple == ("lead", "s?")
    assert _Term("metrics", "process(?:es)?").simple is None
