"""The brief-drafting request's schema, prompts and conversion (``brief.prompts``)."""

from __future__ import annotations

from briefsmith.brief.prompts import (
    DATE,
    DRAFTABLE,
    OWNER,
    BriefDraft,
    draft_messages,
    known_dates,
    missing_sections,
    parties,
    reask_message,
    request_view,
    to_brief,
    wire_fields,
    wire_schema,
)

__all__ = [
    "DATE",
    "DRAFTABLE",
    "OWNER",
    "BriefDraft",
    "draft_messages",
    "known_dates",
    "missing_sections",
    "parties",
    "reask_message",
    "request_view",
    "to_brief",
    "wire_fields",
    "wire_schema",
]
