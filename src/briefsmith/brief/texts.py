"""Every text of a brief, by section and item: what the placeholder and invented-fact
checks read, and where the open questions point."""

from __future__ import annotations

from collections.abc import Iterator

from briefsmith.models.brief import CampaignBrief
from briefsmith.placeholders import placeholders


def brief_texts(brief: CampaignBrief) -> Iterator[tuple[str, str | None, str]]:
    """(section, item, text) for every text the author or the model wrote."""
    for section in ("title", "background", "business_objective", "audience", "key_message"):
        yield section, None, getattr(brief, section)
    yield "budget", None, brief.budget
    for goal in brief.goals:
        yield "goals", goal.id, " ".join([goal.statement, *goal.fields.values()])
    for channel in brief.channels:
        yield "channels", channel, channel
    items: list[tuple[str, str, list[str]]] = [
        *(("deliverables", d.name, [d.name, d.description]) for d in brief.deliverables),
        *(("raci", e.deliverable, [e.party]) for e in brief.raci),
        *(
            (
                "kpis",
                k.name,
                [k.name, k.definition, k.owner, k.baseline, k.target, k.data_source,
                 k.review_cadence],
            )
            for k in brief.kpis
        ),
        *(
            ("cadence", m.name, [m.name, m.frequency, m.channel, *m.attendees, *m.decisions])
            for m in brief.cadence
        ),
        *(
            ("data_sharing", s.data, [s.data, s.from_team, s.location, s.frequency])
            for s in brief.data_sharing
        ),
        *(("risks", r.risk, [r.risk, r.mitigation, r.owner]) for r in brief.risks),
        *(("approvals", a.approver, [a.approver, a.scope]) for a in brief.approvals),
    ]  # fmt: skip
    for section, item, texts in items:
        yield section, item, " ".join(texts)


def placeholder_items(brief: CampaignBrief) -> list[tuple[str, str | None, list[str]]]:
    """(section, item, its placeholders) for every item with facts still to fill in."""
    out: dict[tuple[str, str | None], list[str]] = {}
    for section, item, text in brief_texts(brief):
        found = placeholders(text)
        if found:
            marks = out.setdefault((section, item), [])
            marks.extend(mark for mark in found if mark not in marks)
    return [(section, item, marks) for (section, item), marks in out.items()]
