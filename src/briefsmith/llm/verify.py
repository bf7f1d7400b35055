"""Deterministic checks of what the model returns, before anything is accepted.

A rewrite is accepted only when (1) it invents no number the goal did not give, (2) it is
still about the goal, (3) it is in the goal's language, and (4) the rules engine finds it
SMART once each ``[placeholder]``
stands for a fact of the kind it names (a date for ``[date]``, a number for
``[target]``): placeholders are how the model marks what the user must fill in.
"""

from __future__ import annotations

import re

from briefsmith.models.goal import Criterion, Goal, Lang
from briefsmith.models.report import Status
from briefsmith.rules.engine import Engine
from briefsmith.rules.lang import detect_lang
from briefsmith.rules.lexicon import DIGITS, load_lexicon
from briefsmith.rules.numbers import digits_value

PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,80}\]")
_NUMBER = re.compile(DIGITS)


def _numbers(text: str) -> set[float]:
    return {value for raw in _NUMBER.findall(text) if (value := digits_value(raw)) is not None}


def invented_numbers(goal: Goal, rewrite: str) -> list[str]:
    """Numbers in the rewrite (outside placeholders) that the goal never stated."""
    given = _numbers(goal.statement) | _numbers(" ".join(goal.fields.values()))
    if goal.parent_statement:
        given |= _numbers(goal.parent_statement)
    # "[x]/10" is a confidence scale, not a fact.
    outside = re.sub(r"/\s*10\b", " ", PLACEHOLDER.sub(" ", rewrite))
    return sorted({f"{n:g}" for n in _numbers(outside) if n not in given})


_WORD = re.compile(r"[^\W\d_]{4,}")
_HAN = re.compile(r"[\u3400-\u9fff]+")
INTENT_SHARE = 0.15


def _content(text: str) -> set[str]:
    """Words (first five letters, so inflections meet) and, for Chinese, character pairs.

    Placeholder text counts: a scaffold may quote the goal inside one ("[metric for …]").
    """
    text = text.lower()
    tokens = {word[:5] for word in _WORD.findall(_HAN.sub(" ", text))}
    for run in _HAN.findall(text):
        tokens.update(run[i : i + 2] for i in range(len(run) - 1))
    return tokens


def intent_kept(goal: Goal, rewrite: str) -> bool:
    """The rewrite shares enough of the goal's own words to still be about the same goal."""
    own = _content(goal.statement)
    if not own:
        return True
    shared = len(own & _content(rewrite))
    return shared >= 1 and shared / len(own) >= INTENT_SHARE


_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»|\'[^\']*\'')


def fill_placeholders(rewrite: str, lang: Lang) -> str:
    """The rewrite with each placeholder replaced by a stand-in of its kind."""
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

    return PLACEHOLDER.sub(stand_in, rewrite)


def rewrite_problems(goal: Goal, rewrite: str, lang: Lang, engine: Engine) -> list[str]:
    """Why a model's rewrite cannot be accepted; empty when it can."""
    text = rewrite.strip()
    if not text:
        return ["the rewrite is empty"]
    problems: list[str] = []
    invented = invented_numbers(goal, text)
    if invented:
        problems.append(
            "invented numbers " + ", ".join(invented) + ": write unknown facts as "
            "[placeholders] such as [baseline] or [target]"
        )
    if not intent_kept(goal, text):
        problems.append("the rewrite is not about this goal: keep its own subject and words")
    words = PLACEHOLDER.sub(" ", text)
    if sum(ch.isalpha() for ch in words) >= 6 and detect_lang(words) is not lang:
        problems.append(f"the rewrite must be in the goal's language ({lang.value})")
    filled = fill_placeholders(text, lang)
    probe = goal.model_copy(update={"statement": filled, "ignore": goal.ignore})
    assessed = engine.assess(probe)
    for criterion in Criterion:
        result = assessed.criteria[criterion]
        if result.status is not Status.PASS and not result.suppressed:
            problems.append(f"{criterion.value}: {result.message}")
    return problems
