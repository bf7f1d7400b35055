"""The goal sets written after the engine was tuned (``unseen_1`` … ``unseen_11``), each a
round of hand-labelled en/zh/ru goals: every case must get its label, and each known miss
(a label the engine cannot reach without a change of design, or where two labellers read
the rubric differently) is run as a non-strict expected failure, so it shows in every run
and passes quietly once the design reaches it. Rounds 4 to 11 write each goal in all three
languages, so they also measure how often the languages get the same verdicts.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from . import (
    unseen_1,
    unseen_2,
    unseen_3,
    unseen_4,
    unseen_5,
    unseen_6,
    unseen_7,
    unseen_8,
    unseen_9,
    unseen_10,
    unseen_11,
)
from .labelled import verdict_bits

ROUNDS: list[tuple[ModuleType, int]] = [
    (unseen_1, 25),
    (unseen_2, 20),
    (unseen_3, 20),
    (unseen_4, 15),
    (unseen_5, 45),
    (unseen_6, 45),
    (unseen_7, 45),
    (unseen_8, 45),
    (unseen_9, 45),
    (unseen_10, 45),
    (unseen_11, 45),
]
PARALLEL = [unseen_4, unseen_5, unseen_6, unseen_7, unseen_8, unseen_9, unseen_10, unseen_11]
"""Rounds that write each goal in all three languages, index by index."""
LANGS = ("EN", "ZH", "RU")


def _known(module: ModuleType) -> dict[tuple[str, int], str]:
    known: dict[tuple[str, int], str] = getattr(module, "KNOWN", {})
    return known


"""Each round and the fewest goals it must have per language."""


def _name(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[-1]


@pytest.mark.parametrize(
    ("goal", "parent", "expected"),
    [
        case
        for module, _ in ROUNDS
        for lang in LANGS
        for i, case in enumerate(getattr(module, lang))
        if (lang, i) not in _known(module)
    ],
)
def test_unseen_case(goal: str, parent: str | None, expected: str) -> None:
    assert verdict_bits(goal, parent) == expected


KNOWN_CASES = [
    (_name(module), lang, i, *getattr(module, lang)[i], why)
    for module, _ in ROUNDS
    for (lang, i), why in _known(module).items()
]


@pytest.mark.parametrize(
    ("name", "lang", "index", "goal", "parent", "expected", "why"),
    KNOWN_CASES,
    ids=[f"{n}-{lang}{i}" for n, lang, i, *_ in KNOWN_CASES],
)
def test_known_case(
    name: str, lang: str, index: int, goal: str, parent: str | None, expected: str, why: str
) -> None:
    if verdict_bits(goal, parent) != expected:
        pytest.xfail(why)


@pytest.mark.parametrize("module", PARALLEL, ids=[_name(m) for m in PARALLEL])
def test_the_languages_agree(module: ModuleType) -> None:
    """The rubric is language-neutral: the same goal in en, zh and ru gets the same five
    verdicts on at least 95 % of a round's goals."""
    rows = zip(*(getattr(module, lang) for lang in LANGS), strict=True)
    same = sum(len({verdict_bits(goal, parent) for goal, parent, _ in row}) == 1 for row in rows)
    floor = AGREEMENT_FLOOR.get(module, 0.95)
    assert same >= floor * len(module.EN), f"{same} of {len(module.EN)} goals agree"


AGREEMENT_FLOOR = {unseen_10: 0.8, unseen_11: 0.9}
"""Rounds whose languages do not yet agree on 95 % of goals (the aim), held at the share
reached after their first fixes so it cannot fall: round 10's misses are mostly Chinese
(purposes without a known marker, compounds), round 11's Russian and Chinese capabilities
and states — see their ``KNOWN``."""


MISSES = [(_name(module), miss) for module, _ in ROUNDS for miss in module.KNOWN_MISSES]


@pytest.mark.parametrize(
    ("goal", "parent", "expected", "why"),
    [miss for _, miss in MISSES],
    ids=[f"{name}-miss{i}" for i, (name, _) in enumerate(MISSES)],
)
def test_known_miss(goal: str, parent: str | None, expected: str, why: str) -> None:
    if verdict_bits(goal, parent) != expected:
        pytest.xfail(why)


@pytest.mark.parametrize(("module", "fewest"), ROUNDS, ids=[_name(m) for m, _ in ROUNDS])
def test_each_round_covers_every_language(module: ModuleType, fewest: int) -> None:
    assert min(len(module.EN), len(module.ZH), len(module.RU)) >= fewest


@pytest.mark.parametrize("module", PARALLEL, ids=[_name(m) for m in PARALLEL])
def test_parallel_rounds_write_each_goal_in_all_three_languages(module: ModuleType) -> None:
    assert len(module.EN) == len(module.ZH) == len(module.RU)
    for lang, row in (("EN", module.EN), ("ZH", module.ZH), ("RU", module.RU)):
        assert [label for _, _, label in row] == [label for _, _, label in module.EN], lang
