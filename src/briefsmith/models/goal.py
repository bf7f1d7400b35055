"""The goal as read from a user's file: statement, place in the goal tree, inline fields."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import ConfigDict, Field

from briefsmith.models.base import Model


class Criterion(StrEnum):
    SPECIFIC = "specific"
    MEASURABLE = "measurable"
    ACHIEVABLE = "achievable"
    RELEVANT = "relevant"
    TIME_BOUND = "time_bound"


class Lang(StrEnum):
    EN = "en"
    ZH = "zh"
    RU = "ru"


class GoalKind(StrEnum):
    """What a goal is in an OKR-shaped document (rubric: "Objectives and key results")."""

    GOAL = "goal"
    OBJECTIVE = "objective"
    KEY_RESULT = "key_result"
    INITIATIVE = "initiative"


class GoalStatus(StrEnum):
    """Whether an item is a goal to judge: done and placeholder items are only listed."""

    OPEN = "open"
    DONE = "done"
    PLACEHOLDER = "placeholder"


class Ancestor(Model):
    """Something above a goal in its document that may state its period or its purpose."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    line: int | None = None
    source: Literal["goal", "heading", "front_matter"] = "heading"


class InputProblem(Model):
    """A field read from the file whose value cannot be right (confidence 11/10, due
    2026-02-30): reported as a finding on the goal, and the field is then ignored."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    field: str = Field(description="The field's English key, e.g. 'confidence'.")
    message: str = Field(description="One line: what is wrong with the value.")
    line: int | None = None


class Note(Model):
    """A problem found while reading a goal (an unknown rule in a suppression comment),
    reported as a finding of the goal on its own line."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    message: str
    line: int | None = None


class SourceLocation(Model):
    """Where a goal came from, so reports (SARIF, text) can point at the line."""

    model_config = ConfigDict(frozen=True)

    path: str
    line: int | None = None


class Goal(Model):
    """One goal. ``parent_statement`` is the context the Relevant criterion may use."""

    model_config = ConfigDict(extra="forbid")

    id: str
    statement: str
    source: SourceLocation = Field(default_factory=lambda: SourceLocation(path="<memory>"))
    parent_id: str | None = None
    parent_statement: str | None = None
    fields: dict[str, str] = Field(
        default_factory=dict,
        description="Inline fields such as owner, due, baseline, confidence (lower-case keys).",
    )
    lang: Lang | None = Field(default=None, description="Forced language; None = detect.")
    as_of: dt.date | None = Field(
        default=None, description="Reference date for relative windows (front matter as_of)."
    )
    ignore: list[str] = Field(
        default_factory=list,
        description="Rules suppressed inline for this goal: criteria, rule ids or prefixes, "
        "or 'all'.",
    )
    notes: list[Note] = Field(
        default_factory=list, description="Problems found while reading it, as findings."
    )
    kind: GoalKind = Field(default=GoalKind.GOAL, description="Objective, key result …")
    status: GoalStatus = Field(
        default=GoalStatus.OPEN, description="Done or placeholder items are not judged."
    )
    status_reason: str | None = Field(
        default=None, description="What marked it done or a placeholder ('[x]', 'TBD', a link)."
    )
    progress: float | None = Field(
        default=None, ge=0, le=1, description="A progress mark read from the item ('(65%)')."
    )
    objective_id: str | None = Field(
        default=None, description="The objective a key result or initiative belongs to."
    )
    key_results: int = Field(default=0, ge=0, description="Key results under an objective.")
    problems: list[InputProblem] = Field(
        default_factory=list,
        description="Fields that could not be used as written; each becomes an "
        "'input.invalid-field' finding.",
    )
    ancestors: list[Ancestor] = Field(
        default_factory=list,
        description="Parent goals, headings and front matter above the goal, nearest first: "
        "where an inherited period comes from.",
    )
