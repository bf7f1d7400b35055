"""What the model must answer, as Pydantic models: its JSON is validated against these."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from briefsmith.models.base import Model

ModelStatus = Literal["pass", "partial", "fail"]


class ModelCriterion(Model):
    status: ModelStatus
    reason: str = Field(default="", max_length=600)


class ModelGoalJudgement(Model):
    id: str
    specific: ModelCriterion
    measurable: ModelCriterion
    achievable: ModelCriterion
    relevant: ModelCriterion
    time_bound: ModelCriterion
    rewrite: str = Field(max_length=2000)


class ModelBatch(Model):
    goals: list[ModelGoalJudgement]
