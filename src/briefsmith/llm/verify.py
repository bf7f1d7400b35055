"""Deterministic checks of what the model returns, before anything is accepted.

A rewrite is accepted only when (1) it invents no number the goal did not give, (2) it is
still about the goal, (3) it is in the goal's language, and (4) the rules engine finds it
SMART once each ``[placeholder]``
stands for a fact of the kind it names (a date for ``[date]``, a number for
``[target]``): placeholders are how the model marks what the user must fill in.
"""

from __future__ import annotations

import re

from briefsmith import placeholders
from briefsmith.models.goal import Criterion, Goal, Lang
from briefsmith.models.report import Status
from briefsmith.placeholders import PLACEHOLDER, fill_placeholders
from briefsmith.rules.engine import Engine
from briefsmith.rules.lang import detect_lang

__all__ = [
    "PLACEHOLDER",
    "fill_placeholders",
    "intent_kept",
    "invented_numbers",
    "rewrite_problems",
]


def invented_numbers(goal: Goal, rewrite: str) -> list[str]:
    """Numbers in the rewrite (outside placeholders) that the goal never stated: not in its
    statement, its fields or its parent goal."""
    given = [goal.statement, " ".join(goal.fields.values())]
    if goal.parent_statement:
        given.append(goal.parent_statement)
    return placeholders.invented_numbers(rewrite, given)


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
    words = placeholders.without_placeholders(text)
    if sum(ch.isalpha() for ch in words) >= 6 and detect_lang(words) is not lang:
        problems.append(f"the rewrite must be in the goal's language ({lang.value})")
    filled = fill_placeholders(text, lang)
    probe = goal.model_copy(update={"statement": filled, "ignore": goal.ignore})
    assessed = engine.assess(probe)
    if assessed.verdict is None:  # listed as done or a placeholder, not judged
        problems.append("the rewrite must be a goal to judge, not a done or placeholder item")
        return problems
    for criterion in Criterion:
        result = assessed.criteria[criterion]
        if result.status is not Status.PASS and not result.suppressed:
            problems.append(f"{criterion.value}: {result.message}")
    return problems
