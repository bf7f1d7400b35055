"""TEMPORARY placeholder: the real engine is being written; same interface."""

from __future__ import annotations

import datetime as dt

from briefsmith.config import Config
from briefsmith.models.goal import Criterion, Goal, Lang
from briefsmith.models.report import CriterionResult, GoalAssessment, Severity, Status, Verdict


class Engine:
    def __init__(self, config: Config, *, today: dt.date, lang: Lang | None = None) -> None:
        self.config, self.today, self.lang = config, today, lang

    def assess(self, goal: Goal) -> GoalAssessment:
        criteria = {
            c: CriterionResult(
                status=Status.FAIL,
                rule=f"{c.value}.placeholder",
                severity=Severity.ERROR,
                message="placeholder",
                fix="placeholder fix",
            )
            for c in Criterion
        }
        return GoalAssessment(
            id=goal.id,
            statement=goal.statement,
            source=goal.source,
            parent_id=goal.parent_id,
            lang=goal.lang or Lang.EN,
            criteria=criteria,
            verdict=Verdict.NOT_SMART,
            rewrite="[placeholder rewrite]",
        )
