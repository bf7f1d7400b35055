"""Feedback items as read from a user's file, and the summary briefsmith builds from them.

Two shapes of summary exist on purpose:

- ``SummaryDraft`` (with ``ThemeDraft``, ``AgreementDraft`` …) is what the model is asked
  to answer: only what needs judgement (labels, statements, which item ids go where).
- ``FeedbackSummary`` is what briefsmith reports: the draft after verification, with the
  teams on each side derived from the items (never from the model), the summary language,
  the verification problems that remain, notes on deterministic repairs, and usage.

Every claim carries the ids of the items it rests on, so it can be traced back.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import ConfigDict, Field

from briefsmith.models.base import Model
from briefsmith.models.goal import Lang, SourceLocation
from briefsmith.models.report import RuleFinding, Severity, Usage

OTHER_LABEL = "Other"
"""The theme that holds items the model placed in no theme (added by briefsmith)."""


class Sentiment(StrEnum):
    POSITIVE = "positive"
    MIXED = "mixed"
    NEGATIVE = "negative"


class FeedbackItem(Model):
    """One comment. ``id`` is the file's own id, or a stable one generated from the text."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    author: str | None = None
    team: str | None = Field(default=None, description="e.g. 'marketing', 'sales'.")
    rating: float | None = None
    date: dt.date | None = None
    source: SourceLocation = Field(default_factory=lambda: SourceLocation(path="<memory>"))


# -- what the model answers --------------------------------------------------------------


class ThemeDraft(Model):
    label: str = Field(description="A short name for the theme (2-5 words).")
    description: str = Field(description="One sentence saying what the items in it say.")
    item_ids: list[str] = Field(description="Ids of the items in this theme.")
    count: int = Field(description="How many items are in this theme (= len(item_ids)).")
    sentiment: Sentiment


class AgreementDraft(Model):
    statement: str = Field(description="What these items agree on.")
    item_ids: list[str]


class SideDraft(Model):
    position: str = Field(description="What this side says.")
    item_ids: list[str]


class DisagreementDraft(Model):
    statement: str = Field(description="What the disagreement is about.")
    sides: list[SideDraft] = Field(description="Two or more positions, each with its items.")


class ActionDraft(Model):
    what: str = Field(description="What to do next.")
    owner_team: str = Field(description="The team best placed to own it.")
    item_ids: list[str] = Field(description="Ids of the items that ask for it.")


class Quote(Model):
    item_id: str
    text: str = Field(description="Copied verbatim from the item.")


class SummaryDraft(Model):
    """The model's answer for one chunk of items."""

    themes: list[ThemeDraft]
    agreements: list[AgreementDraft] = Field(default_factory=list)
    disagreements: list[DisagreementDraft] = Field(default_factory=list)
    actions: list[ActionDraft] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)


class ThemeGroup(Model):
    """A merged theme: the chunk themes (by ref) it unites."""

    label: str
    description: str
    sentiment: Sentiment
    refs: list[str] = Field(description="Refs of the themes merged into this one, e.g. 'T3'.")


class MergeDraft(Model):
    """The model's answer to a merge (reduce) request."""

    groups: list[ThemeGroup]


class ClaimGroup(Model):
    """Agreements or actions (by ref) from different chunks that say the same thing."""

    text: str = Field(description="The united claim, in one sentence.")
    refs: list[str] = Field(description="Refs of the claims it unites, e.g. 'C3'.")


class ClaimMergeDraft(Model):
    """The model's answer to a request to unite agreements (or actions) across chunks."""

    groups: list[ClaimGroup]


# -- what briefsmith reports -------------------------------------------------------------


class Theme(Model):
    label: str
    description: str
    item_ids: list[str]
    count: int
    sentiment: Sentiment
    assigned_by: Literal["model", "briefsmith"] = Field(
        default="model",
        description="'briefsmith' for the Other theme holding items the model left out.",
    )


class Agreement(Model):
    statement: str
    item_ids: list[str]
    teams: list[str] = Field(default_factory=list, description="Teams of the items, from input.")


class Side(Model):
    position: str
    item_ids: list[str]
    teams: list[str] = Field(default_factory=list)


class Disagreement(Model):
    statement: str
    sides: list[Side]
    between: list[str] = Field(
        default_factory=list,
        description="When the sides come from different teams: those teams (e.g. marketing "
        "vs sales); empty when the teams are unknown or the same on every side.",
    )


class ActionItem(Model):
    what: str
    owner_team: str
    item_ids: list[str]


class Problem(RuleFinding):
    """A verification rule the summary still breaks after the re-asks: a check finding's
    shape (rule, severity, message, fix, line)."""

    severity: Severity = Severity.ERROR


class FeedbackSummary(Model):
    model_config = ConfigDict(json_schema_extra={"title": "briefsmith feedback summary"})

    version: Literal[1] = 1
    lang: Lang = Field(description="The language the summary is written in.")
    items: int = Field(description="How many feedback items were summarised.")
    themes: list[Theme] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    actions: list[ActionItem] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    problems: list[Problem] = Field(
        default_factory=list,
        description="What verification still finds wrong (exit 1); offending citations "
        "and quotes were removed from the summary and are listed here.",
    )
    notes: list[str] = Field(
        default_factory=list, description="Deterministic repairs briefsmith made, e.g. Other."
    )
    chunks: int = Field(default=1, description="Model requests the items were split into.")
    usage: Usage | None = None
