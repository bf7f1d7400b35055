"""What the hand-labelled goal sets share: a goal's verdicts as a label to compare with.

A label is five characters for S, M, A, R, T: 1 = pass, 0 = partial or fail (the binary
labels of SMART-RUBRIC.md). Every set judges against the same reference date.
"""

from __future__ import annotations

import datetime as dt

from briefsmith.check import check_goals
from briefsmith.models import Criterion, Goal, Status

TODAY = dt.date(2026, 11, 22)
ORDER = list(Criterion)

Case = tuple[str, str | None, str]
"""A goal, its parent goal (or None) and its label."""
Miss = tuple[str, str | None, str, str]
"""A case the engine cannot reach without a change of design, and one line on why."""


def verdict_bits(goal: str, parent: str | None) -> str:
    """The engine's verdicts on ``goal`` as a label."""
    report = check_goals([Goal(id="g", statement=goal, parent_statement=parent)], today=TODAY)
    criteria = report.goals[0].criteria
    return "".join("1" if criteria[c].status is Status.PASS else "0" for c in ORDER)
