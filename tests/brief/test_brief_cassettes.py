"""Drafting against a real model, replayed from cassettes (no model, no network).

Recorded from the bundled SmolLM2-135M-Instruct through llama.cpp's server (temperature 0,
seed 7) on the fixed address in ``tests/conftest.py``; re-record with
``scripts/record-cassettes tests/brief/test_brief_cassettes.py``. The model is tiny, so
these tests assert only what holds whatever it writes: the structure, that verification
ran on the answer (and still holds on what was accepted), that re-asks happened and what
they said, that the request's facts were kept and that every party is one it named.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from briefsmith.brief import draft_brief, verify_brief
from briefsmith.brief.names import Parties
from briefsmith.llm.settings import LLMSettings
from briefsmith.models.brief import BriefRequest, BriefResult
from cassettesupport import cassette_settings, cassette_tests, missing_cassettes, user_messages

from .data import REQUEST, TODAY

# Everything but cadence and data sharing is given: a short answer, so a 135M model on two
# cores records in a minute or two.
GIVEN: dict[str, Any] = {
    "background": "Last year the teams counted leads differently.",
    "audience": "Operations leaders at mid-market companies",
    "key_message": "See the savings before you commit",
    "channels": ["Email"],
    "goals": [{"id": "sql", "statement": "Raise sales-qualified leads from 22 to 26 per month "
               "by 31 May 2027 — owner: Dana Reyes"}],
    "deliverables": [{"name": "Webinar series", "due": "2027-05-19"}],
    "raci": [{"deliverable": "Webinar series", "party": "Marketing", "role": "A"},
             {"deliverable": "Webinar series", "party": "Dana Reyes", "role": "R"}],
    "kpis": [{"name": "Sales-qualified leads", "owner": "Sales", "target": "26 per month",
              "data_source": "Salesforce"}],
    "risks": [{"risk": "Low attendance", "mitigation": "Sales invites key accounts"}],
}  # fmt: skip


def llm_settings(endpoint: dict[str, str], **overrides: Any) -> LLMSettings:
    return cassette_settings(endpoint, **{"max_reasks": 1, "max_tokens": 500, **overrides})


def assert_verified(result: BriefResult, request: BriefRequest) -> None:
    """The findings are what verification says about the brief, and the facts were kept."""
    again = verify_brief(result.brief, today=TODAY, request=request)
    assert [f.rule for f in again] == [f.rule for f in result.findings]
    brief = result.brief
    assert brief.budget == request.facts.budget
    assert brief.campaign_end == request.facts.campaign_end
    assert [t.name for t in brief.teams] == [t.name for t in request.teams]
    parties = Parties(brief)
    for entry in brief.raci:
        assert parties.known(entry.party), entry
    for meeting in brief.cadence:
        assert all(parties.known(a) for a in meeting.attendees), meeting


@pytest.mark.vcr
def test_drafts_the_missing_sections(cassette_endpoint: dict[str, str], vcr: Any) -> None:
    request = BriefRequest.model_validate({**REQUEST, **GIVEN})
    result = draft_brief(request, settings=llm_settings(cassette_endpoint), today=TODAY)
    assert result.usage is not None
    assert result.usage.completion_tokens > 0
    assert result.engine == "model", result.model_error
    assert result.usage.calls == 1 + result.usage.reasks
    # Only the missing sections were asked for; the given ones are the request's.
    schema = json.loads(vcr.requests[0].body)["response_format"]["schema"]
    assert set(schema["required"]) == {"cadence", "data_sharing"}
    # A re-ask, when there was one, listed verification's findings as problems.
    for text in user_messages(vcr)[1:]:
        assert "did not pass the checks" in text and "[brief." in text
    assert result.brief.kpis == request.kpis
    assert result.brief.goals[0].statement == request.goals[0].statement
    assert result.brief.cadence and result.brief.data_sharing
    assert_verified(result, request)


@pytest.mark.vcr
def test_failed_drafts_are_reasked(cassette_endpoint: dict[str, str], vcr: Any) -> None:
    # Goals and KPIs to draft: a 135M model's goals do not pass the SMART rules at once.
    given = {k: v for k, v in GIVEN.items() if k not in ("goals", "kpis")}
    request = BriefRequest.model_validate({**REQUEST, **given})
    result = draft_brief(request, settings=llm_settings(cassette_endpoint), today=TODAY)
    assert result.usage is not None
    assert result.usage.reasks == 1
    assert result.usage.calls == 2
    first, second = user_messages(vcr)
    assert "<request>" in first
    assert "did not pass the checks" in second
    problems = json.loads(second.split("<problems>")[1].split("</problems>")[0])
    assert problems and all(isinstance(p, str) and p for p in problems)
    if result.engine == "model":
        assert_verified(result, request)
    else:  # the tiny model's answer never parsed: the request's brief, and why
        assert result.model_error
        assert result.brief.goals == [] and result.brief.kpis == []


def test_every_cassette_test_has_a_cassette() -> None:
    assert cassette_tests(globals())
    assert missing_cassettes(__file__, globals()) == set()
