"""The goal as read from a user's file: statement, place in the goal tree, inline fields."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

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
    ignore: list[Criterion] = Field(
        default_factory=list, description="Criteria suppressed inline for this goal."
    )
