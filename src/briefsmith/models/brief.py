"""The cross-team campaign brief: what marketing and another team agree on, as data.

A brief is read from user files (the request may carry sections) and written by the
model, so every part forbids unknown keys and the whole is JSON Schema exportable.
Unknown facts are ``None`` / empty here and rendered as ``[placeholders]``; text fields
may also carry placeholders the author or the model wrote.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import ConfigDict, Field

from briefsmith.models.base import Model
from briefsmith.models.goal import Goal, Lang
from briefsmith.models.report import RuleFinding, Usage


class Part(Model):
    """A section item: unknown keys are typos, and typos must not pass silently."""

    model_config = ConfigDict(extra="forbid", defer_build=True)


class RaciRole(StrEnum):
    RESPONSIBLE = "R"
    ACCOUNTABLE = "A"
    CONSULTED = "C"
    INFORMED = "I"


class Team(Part):
    name: str = Field(min_length=1, description="Team name, e.g. 'Marketing', 'Sales'.")
    role: str = Field(default="", description="What this team brings to the work.")


class Person(Part):
    name: str = Field(min_length=1)
    team: str = Field(default="", description="The team the person belongs to.")
    role: str = Field(default="", description="Job or role in this campaign.")


class Deliverable(Part):
    name: str = Field(min_length=1)
    due: dt.date | None = Field(default=None, description="Due date; None = [date].")
    description: str = ""


class Milestone(Part):
    name: str = Field(min_length=1)
    date: dt.date | None = None


class RaciEntry(Part):
    """One cell of the RACI matrix: ``party`` is ``role`` for ``deliverable``."""

    deliverable: str = Field(min_length=1)
    party: str = Field(min_length=1, description="A listed team or person.")
    role: RaciRole


class SharedKpi(Part):
    """A KPI both teams read the same way: one definition, one owner, one data source."""

    name: str = Field(min_length=1)
    definition: str = Field(default="", description="Agreed by both teams, e.g. what an SQL is.")
    owner: str = ""
    baseline: str = ""
    target: str = ""
    data_source: str = Field(default="", description="The one place both teams read it from.")
    review_cadence: str = ""


class Meeting(Part):
    name: str = Field(min_length=1)
    frequency: str = ""
    attendees: list[str] = Field(default_factory=list, description="Teams or people.")
    channel: str = Field(default="", description="Where it happens: room, call, Slack channel.")
    decisions: list[str] = Field(default_factory=list, description="Decisions this meeting owns.")


class DataShare(Part):
    data: str = Field(min_length=1, description="What data is shared.")
    from_team: str = ""
    location: str = Field(default="", description="Where it lives (the shared source).")
    frequency: str = ""


class Risk(Part):
    risk: str = Field(min_length=1)
    mitigation: str = ""
    owner: str = ""


class Approval(Part):
    approver: str = Field(min_length=1)
    scope: str = ""
    due: dt.date | None = None


class CampaignBrief(Part):
    """The whole brief; section names are the JSON keys the findings point at."""

    model_config = ConfigDict(
        extra="forbid", defer_build=True, json_schema_extra={"title": "briefsmith campaign brief"}
    )

    title: str = ""
    lang: Lang = Lang.EN
    background: str = ""
    business_objective: str = ""
    goals: list[Goal] = Field(default_factory=list, description="SMART goals (as in check).")
    audience: str = ""
    key_message: str = ""
    campaign_start: dt.date | None = None
    campaign_end: dt.date | None = None
    budget: str = Field(default="", description="As the request states it, e.g. '€60,000'.")
    deliverables: list[Deliverable] = Field(default_factory=list)
    channels: list[str] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
    teams: list[Team] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    raci: list[RaciEntry] = Field(default_factory=list)
    kpis: list[SharedKpi] = Field(default_factory=list)
    cadence: list[Meeting] = Field(default_factory=list)
    data_sharing: list[DataShare] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    approvals: list[Approval] = Field(default_factory=list)
    open_questions: list[str] = Field(default_factory=list)


class Facts(Part):
    """What the requester knows for sure; it always wins over the model's text."""

    campaign_start: dt.date | None = None
    campaign_end: dt.date | None = None
    budget: str = ""
    baselines: dict[str, str] = Field(
        default_factory=dict, description="Metric → current value, e.g. 'SQLs per month': '140'."
    )
    people: list[Person] = Field(default_factory=list)
    dates: dict[str, dt.date] = Field(
        default_factory=dict, description="Named dates, e.g. 'launch': 2027-03-15 (milestones)."
    )


class BriefRequest(Part):
    """The short file a marketer writes: teams, objective, known facts, notes.

    Any brief section may also be given (``goals``, ``deliverables``, ``kpis`` …): given
    sections are kept as written and only the rest is drafted.
    """

    model_config = ConfigDict(
        extra="forbid", defer_build=True, json_schema_extra={"title": "briefsmith brief request"}
    )

    title: str = ""
    lang: Lang | None = Field(default=None, description="en | zh | ru; None = detected.")
    teams: list[Team] = Field(min_length=2, description="At least marketing and one more team.")
    objective: str = Field(min_length=1, description="The business objective the work serves.")
    facts: Facts = Field(default_factory=Facts)
    notes: str = ""
    background: str = ""
    audience: str = ""
    key_message: str = ""
    goals: list[Goal] = Field(default_factory=list)
    deliverables: list[Deliverable] = Field(default_factory=list)
    channels: list[str] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
    raci: list[RaciEntry] = Field(default_factory=list)
    kpis: list[SharedKpi] = Field(default_factory=list)
    cadence: list[Meeting] = Field(default_factory=list)
    data_sharing: list[DataShare] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    approvals: list[Approval] = Field(default_factory=list)
    source: str = Field(default="<memory>", exclude=True, description="File it came from.")
    section_lines: dict[str, int] = Field(
        default_factory=dict, exclude=True, description="Line of each top-level key in the file."
    )


class BriefFinding(RuleFinding):
    """One verification finding, located by section and item: a check finding's shape
    (rule, severity, message, fix, line — the line of the section in the request file)."""

    section: str = Field(description="The brief section, e.g. 'raci', 'kpis', 'goals'.")
    item: str | None = Field(default=None, description="The item in it: a deliverable, a KPI …")
    check_rule: str | None = Field(
        default=None, description="For goal findings: the SMART rule id, e.g. 'time_bound.vague'."
    )

    @property
    def where(self) -> str:
        """``raci › Launch webinar``: the section and the item in it, as reports and re-asks
        name it."""
        return f"{self.section} › {self.item}" if self.item else self.section


class BriefResult(Model):
    """What ``briefsmith brief`` reports (``--format json``); ``version: 1``."""

    model_config = ConfigDict(json_schema_extra={"title": "briefsmith brief result"})

    version: Literal[1] = 1
    engine: Literal["offline", "model"] = "offline"
    source: str | None = Field(default=None, description="The request file the brief came from.")
    today: str = Field(description="ISO date goals' relative windows were resolved against.")
    brief: CampaignBrief
    findings: list[BriefFinding] = Field(default_factory=list)
    open_questions: list[str] = Field(
        default_factory=list, description="Gaps: missing sections and facts still to fill in."
    )
    usage: Usage | None = None
    model_error: str | None = Field(
        default=None, description="Why the model's draft could not be used (offline result)."
    )
    note: str | None = Field(default=None, description="E.g. why the run fell back to offline.")
