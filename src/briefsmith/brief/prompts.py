"""The brief-drafting request: a slim answer schema, the prompts, and the conversion back.

``draft.py`` sends it through the shared ask loop (``llm.structured``);
``briefsmith.chains.brief`` re-exports it.

The model fills only the sections the request lacks, in a flat shape a 135M local model
can produce under a grammar (R/A per deliverable instead of a matrix; parties and dates
limited to the ones the request names, or a placeholder). ``to_brief`` turns the answer
into ``CampaignBrief`` parts; the request's own facts and sections are never replaced.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from briefsmith.brief.facts import request_dates
from briefsmith.llm import prompts
from briefsmith.models.brief import (
    BriefRequest,
    CampaignBrief,
    DataShare,
    Deliverable,
    Meeting,
    RaciEntry,
    RaciRole,
    Risk,
    SharedKpi,
)
from briefsmith.models.goal import Goal, SourceLocation

OWNER = "[owner]"
DATE = "[date]"


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore")


class DraftDeliverable(_Wire):
    name: str
    due: str = ""
    accountable: str = ""
    responsible: list[str] = Field(default_factory=list)


class DraftKpi(_Wire):
    name: str
    definition: str = ""
    owner: str = ""
    target: str = ""
    data_source: str = ""
    review_cadence: str = ""


class DraftMeeting(_Wire):
    name: str
    frequency: str = ""
    attendees: list[str] = Field(default_factory=list)
    decisions: list[str] = Field(default_factory=list)


class DraftData(_Wire):
    data: str
    from_team: str = ""
    location: str = ""
    frequency: str = ""


class DraftRisk(_Wire):
    risk: str
    mitigation: str = ""


class BriefDraft(_Wire):
    """What the model writes. Every field is optional: only the missing ones are asked for."""

    background: str = ""
    audience: str = ""
    key_message: str = ""
    goals: list[str] = Field(default_factory=list)
    deliverables: list[DraftDeliverable] = Field(default_factory=list)
    channels: list[str] = Field(default_factory=list)
    kpis: list[DraftKpi] = Field(default_factory=list)
    cadence: list[DraftMeeting] = Field(default_factory=list)
    data_sharing: list[DraftData] = Field(default_factory=list)
    risks: list[DraftRisk] = Field(default_factory=list)


DRAFTABLE: tuple[str, ...] = (
    "background",
    "audience",
    "key_message",
    "goals",
    "deliverables",
    "raci",
    "channels",
    "kpis",
    "cadence",
    "data_sharing",
    "risks",
)
"""Sections the model may write. Facts (budget, dates, teams, people, milestones,
approvals) and the objective come from the request only."""

MAX_ITEMS = {"goals": 3, "deliverables": 4, "channels": 4, "kpis": 3, "cadence": 2,
             "data_sharing": 2, "risks": 2}  # fmt: skip
"""Bounds on lists, so a small model's answer fits the token limit."""

MAX_CHARS = 100
MAX_GOAL_CHARS = 200
"""Bounds on free text: under a grammar a small model otherwise rambles to the token limit."""


def missing_sections(base: CampaignBrief) -> list[str]:
    """The draftable sections the request left empty, in brief order."""
    missing = []
    for section in DRAFTABLE:
        value = getattr(base, section)
        if not (value.strip() if isinstance(value, str) else value):
            missing.append(section)
    return missing


def wire_fields(missing: list[str]) -> list[str]:
    """The answer fields for these sections, in brief order (a RACI is written on the
    deliverables, so a missing RACI asks for the deliverables)."""
    wanted = {"deliverables" if section == "raci" else section for section in missing}
    return [section for section in DRAFTABLE if section in wanted]


def parties(base: CampaignBrief) -> list[str]:
    return [*(t.name for t in base.teams), *(p.name for p in base.people), OWNER]


def known_dates(request: BriefRequest) -> list[str]:
    return [*sorted(d.isoformat() for d in request_dates(request)), DATE]


def wire_schema(missing: list[str], base: CampaignBrief, request: BriefRequest) -> dict[str, Any]:
    """``BriefDraft``'s schema cut to the missing sections, lists bounded, and every
    party and date an enum of what the request names (or a placeholder): a
    grammar-constrained backend then cannot invent a name or a date."""
    from briefsmith.llm.provider import strip_lengths

    full: dict[str, Any] = strip_lengths(BriefDraft.model_json_schema())
    schema = copy.deepcopy(full)
    fields = wire_fields(missing)
    schema["properties"] = {name: full["properties"][name] for name in fields}
    schema["required"] = fields
    for name in fields:
        prop = schema["properties"][name]
        if prop.get("type") == "array":
            prop["minItems"] = 1
            prop["maxItems"] = MAX_ITEMS.get(name, 3)
    who = {"type": "string", "enum": parties(base)}
    when = {"type": "string", "enum": known_dates(request)}
    defs = schema.get("$defs", {})
    for def_name, field, spec in (
        ("DraftDeliverable", "accountable", who),
        (
            "DraftDeliverable",
            "responsible",
            {"type": "array", "items": who, "minItems": 1, "maxItems": 2},
        ),
        ("DraftDeliverable", "due", when),
        ("DraftKpi", "owner", who),
        (
            "DraftMeeting",
            "attendees",
            {"type": "array", "items": who, "minItems": 2, "maxItems": 4},
        ),
        ("DraftData", "from_team", who),
    ):
        if def_name in defs:
            props = defs[def_name]["properties"]
            props[field] = {**spec, "title": props[field].get("title", field)}
            defs[def_name]["required"] = list(defs[def_name]["properties"])
    if "deliverables" in fields and "deliverables" not in missing and "DraftDeliverable" in defs:
        # The request lists the deliverables: the model only says who is R and A for each.
        names = [d.name for d in base.deliverables]
        defs["DraftDeliverable"]["properties"]["name"] = {"type": "string", "enum": names}
        schema["properties"]["deliverables"]["minItems"] = len(names)
        schema["properties"]["deliverables"]["maxItems"] = len(names)
    _bound_text(schema["properties"], MAX_CHARS)
    _bound_text(defs, MAX_CHARS)
    if "goals" in schema["properties"]:
        schema["properties"]["goals"]["items"]["maxLength"] = MAX_GOAL_CHARS
    keep = {ref.rsplit("/", 1)[-1] for ref in _refs(schema["properties"])}
    schema["$defs"] = {name: value for name, value in defs.items() if name in keep}
    if not schema["$defs"]:
        del schema["$defs"]
    return schema


def _bound_text(node: Any, limit: int) -> None:
    """``maxLength`` on every free-text string (enums are bounded already)."""
    if isinstance(node, dict):
        if node.get("type") == "string" and "enum" not in node:
            node["maxLength"] = limit
        for value in node.values():
            _bound_text(value, limit)
    elif isinstance(node, list):
        for value in node:
            _bound_text(value, limit)


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        for value in node.values():
            found.extend(_refs(value))
        return found
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


# -- prompts ---------------------------------------------------------------------------------


def request_view(request: BriefRequest, base: CampaignBrief) -> dict[str, Any]:
    """What the prompt shows of the request (as JSON data, never as instructions)."""
    given = [s for s in DRAFTABLE if s not in missing_sections(base)]
    view: dict[str, Any] = {
        "title": base.title,
        "business_objective": base.business_objective,
        "teams": [t.model_dump(mode="json") for t in base.teams],
        "people": [p.model_dump(mode="json") for p in base.people],
        "facts": request.facts.model_dump(mode="json", exclude={"people"}),
        "notes": request.notes,
    }
    for section in given:
        value = getattr(base, section)
        if section == "goals":
            view[section] = [goal.statement for goal in base.goals]
        elif isinstance(value, list):
            view[section] = [
                item.model_dump(mode="json") if isinstance(item, BaseModel) else item
                for item in value
            ]
        else:
            view[section] = value
    return view


def draft_messages(
    request: BriefRequest, base: CampaignBrief, missing: list[str], today: dt.date
) -> tuple[str, str]:
    """(system, user) for the first request."""
    system = prompts.render("brief_system.j2")
    user = prompts.render(
        "brief_draft.j2",
        request=request_view(request, base),
        missing=wire_fields(missing),
        lang=base.lang.value,
        today=today.isoformat(),
    )
    return system, user


def reask_message(problems: list[str], lang: str) -> str:
    return prompts.render("brief_reask.j2", problems=problems, lang=lang)


# -- the answer, back into the brief ------------------------------------------------------


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def _clean(text: str) -> str:
    return " ".join(text.split())


def to_brief(draft: BriefDraft, base: CampaignBrief, missing: list[str]) -> CampaignBrief:
    """The request's brief with the missing sections taken from the draft."""
    update: dict[str, Any] = {}
    for section in ("background", "audience", "key_message"):
        if section in missing:
            update[section] = _clean(getattr(draft, section))
    if "goals" in missing:
        update["goals"] = [
            Goal(
                id=f"goal-{i}",
                statement=_clean(text),
                lang=base.lang,
                source=SourceLocation(path="<draft>"),
            )
            for i, text in enumerate(draft.goals, start=1)
            if text.strip()
        ]
    if "channels" in missing:
        update["channels"] = [_clean(c) for c in draft.channels if c.strip()]
    if "deliverables" in missing:
        update["deliverables"] = [
            Deliverable(name=_clean(d.name), due=_date(d.due))
            for d in draft.deliverables
            if d.name.strip()
        ]
    if "raci" in missing:
        entries: list[RaciEntry] = []
        for d in draft.deliverables:
            if not d.name.strip():
                continue
            if d.accountable.strip():
                entries.append(
                    RaciEntry(
                        deliverable=_clean(d.name),
                        party=d.accountable.strip(),
                        role=RaciRole.ACCOUNTABLE,
                    )
                )
            entries.extend(
                RaciEntry(deliverable=_clean(d.name), party=p.strip(), role=RaciRole.RESPONSIBLE)
                for p in d.responsible
                if p.strip()
            )
        update["raci"] = entries
    if "kpis" in missing:
        update["kpis"] = [
            SharedKpi(**{k: _clean(v) for k, v in kpi.model_dump().items()})
            for kpi in draft.kpis
            if kpi.name.strip()
        ]
    if "cadence" in missing:
        update["cadence"] = [
            Meeting(
                name=_clean(m.name),
                frequency=_clean(m.frequency),
                attendees=[a.strip() for a in m.attendees if a.strip()],
                decisions=[_clean(x) for x in m.decisions if x.strip()],
            )
            for m in draft.cadence
            if m.name.strip()
        ]
    if "data_sharing" in missing:
        update["data_sharing"] = [
            DataShare(**{k: _clean(v) for k, v in item.model_dump().items()})
            for item in draft.data_sharing
            if item.data.strip()
        ]
    if "risks" in missing:
        update["risks"] = [
            Risk(risk=_clean(r.risk), mitigation=_clean(r.mitigation))
            for r in draft.risks
            if r.risk.strip()
        ]
    return base.model_copy(update=update)
