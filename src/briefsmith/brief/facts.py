"""What a draft may not do: state a number, date or name the request did not give.

Known facts come from the request (its facts, notes and any sections it gave); unknown
ones must stay ``[placeholders]``. Anything else in the draft is reported as
``brief.invented-fact`` — and, during drafting, sent back to the model to fix.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from briefsmith import placeholders
from briefsmith.brief.catalog import finding
from briefsmith.brief.messages import brief_messages
from briefsmith.brief.names import Parties, key
from briefsmith.brief.texts import brief_texts
from briefsmith.models.brief import BriefFinding, BriefRequest, CampaignBrief

_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def request_text(request: BriefRequest) -> str:
    """Everything the request states, as one text (numbers are looked up in it)."""
    return request.model_dump_json()


def request_dates(request: BriefRequest) -> set[dt.date]:
    dates: set[dt.date] = set()
    for raw in _ISO_DATE.findall(request_text(request)):
        try:
            dates.add(dt.date.fromisoformat(raw))
        except ValueError:
            continue
    return dates


def _dates(brief: CampaignBrief) -> Iterator[tuple[str, str | None, dt.date | None]]:
    yield "campaign_start", None, brief.campaign_start
    yield "campaign_end", None, brief.campaign_end
    for d in brief.deliverables:
        yield "deliverables", d.name, d.due
    for m in brief.milestones:
        yield "milestones", m.name, m.date
    for a in brief.approvals:
        yield "approvals", a.approver, a.due


def _names(brief: CampaignBrief) -> Iterator[tuple[str, str | None, str]]:
    for e in brief.raci:
        yield "raci", e.deliverable, e.party
    for k in brief.kpis:
        yield "kpis", k.name, k.owner
    for m in brief.cadence:
        for attendee in m.attendees:
            yield "cadence", m.name, attendee
    for s in brief.data_sharing:
        yield "data_sharing", s.data, s.from_team
    for r in brief.risks:
        yield "risks", r.risk, r.owner
    for a in brief.approvals:
        yield "approvals", a.approver, a.approver


def invented_numbers(text: str, given: str) -> list[str]:
    """Numbers in ``text`` (outside placeholders) that ``given`` never states."""
    return placeholders.invented_numbers(text, [given])


def invented_facts(brief: CampaignBrief, request: BriefRequest) -> list[BriefFinding]:
    t = brief_messages(brief.lang)
    given = request_text(request)
    found: list[BriefFinding] = []
    for section, item, text in brief_texts(brief):
        numbers = invented_numbers(text, given)
        if numbers:
            found.append(
                finding(
                    "brief.invented-fact",
                    section,
                    t.say("invented_numbers", numbers=t.list(numbers)),
                    item,
                )
            )
    known_dates = request_dates(request)
    for section, item, date in _dates(brief):
        if date is not None and date not in known_dates:
            found.append(
                finding(
                    "brief.invented-fact",
                    section,
                    t.say("invented_date", date=date.isoformat()),
                    item,
                )
            )
    parties = Parties(brief)
    known = {key(t.name) for t in request.teams} | {key(p.name) for p in request.facts.people}
    for section, item, name in _names(brief):
        if name.strip() and key(name) not in known and not parties.known(name):
            found.append(
                finding(
                    "brief.invented-fact",
                    section,
                    t.say("invented_name", name=name),
                    item,
                )
            )
    return found


def wrong_language(brief: CampaignBrief) -> list[BriefFinding]:
    """The drafted prose must be in the brief's language (placeholders don't count)."""
    from briefsmith.rules.lang import detect_lang

    prose = " ".join(
        [brief.background, brief.audience, brief.key_message, *(g.statement for g in brief.goals)]
    )
    words = placeholders.without_placeholders(prose)
    if sum(ch.isalpha() for ch in words) < 12 or detect_lang(words) is brief.lang:
        return []
    return [
        finding(
            "brief.language",
            "background",
            brief_messages(brief.lang).say("language", lang=brief.lang.value),
        )
    ]
