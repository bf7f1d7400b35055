"""The drafting loop against the misbehaving local server: scripted answers (``reply:``),
re-asks on verification failures, schema violations, transport errors, no model."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from briefsmith.brief import draft_brief
from briefsmith.errors import ModelUnavailableError
from briefsmith.llm.settings import LLMSettings, load_llm_settings
from briefsmith.models.brief import BriefRequest, BriefResult, RaciRole
from briefsmith.models.report import Severity
from faultserver import FaultServer

from .data import TODAY

pytestmark = pytest.mark.block_network(allowed_hosts=[r"^127\.0\.0\.1$", r"^localhost$"])

Request = Callable[..., BriefRequest]

GOOD_DRAFT: dict[str, Any] = {
    "background": "Marketing and sales agreed to share one lead definition.",
    "audience": "Operations leaders at mid-market companies",
    "key_message": "See the savings before you commit",
    "goals": [
        "Raise sales-qualified leads from webinars from [baseline] to [target] by 31 May 2027 "
        "— owner: Dana Reyes"
    ],
    "deliverables": [
        {"name": "Webinar series", "due": "2027-03-10", "accountable": "Marketing",
         "responsible": ["Dana Reyes"]},
    ],
    "channels": ["Email"],
    "kpis": [
        {"name": "Sales-qualified leads", "definition": "Accepted by sales after a call",
         "owner": "Marcus Feld", "target": "[target]", "data_source": "Salesforce dashboard",
         "review_cadence": "weekly"},
    ],
    "cadence": [
        {"name": "Pipeline sync", "frequency": "weekly", "attendees": ["Marketing", "Sales"],
         "decisions": ["lead routing"]},
    ],
    "data_sharing": [
        {"data": "Webinar attendance", "from_team": "Marketing", "location": "Salesforce",
         "frequency": "daily"},
    ],
    "risks": [{"risk": "Low attendance", "mitigation": "Sales invites key accounts"}],
}  # fmt: skip


def reply(draft: dict[str, Any]) -> str:
    return "reply:" + json.dumps(draft)


def changed(**changes: Any) -> dict[str, Any]:
    draft = copy.deepcopy(GOOD_DRAFT)
    draft.update(changes)
    return draft


def settings(server: FaultServer, **overrides: Any) -> LLMSettings:
    values: dict[str, Any] = {
        "model": "fault-model",
        "base_url": server.url,
        "api_key": "sk-test-NEVER-PRINT-1234",
        "max_retries": 0,
        "timeout": 5,
        "max_reasks": 2,
        "cache": False,
        **overrides,
    }
    return load_llm_settings(**values)


def draft(request: BriefRequest, server: FaultServer, **overrides: Any) -> BriefResult:
    return draft_brief(request, settings=settings(server, **overrides), today=TODAY)


def errors(result: BriefResult) -> list[str]:
    return [f.rule for f in result.findings if f.severity is Severity.ERROR]


def test_a_good_draft_is_accepted_in_one_call(request_: Request, fault_server: FaultServer) -> None:
    fault_server.script(reply(GOOD_DRAFT))
    result = draft(request_(), fault_server)
    assert result.engine == "model"
    assert result.model_error is None
    assert errors(result) == []
    assert result.usage is not None
    assert (result.usage.calls, result.usage.reasks) == (1, 0)
    assert result.usage.prompt_tokens == 120
    brief = result.brief
    assert [(e.party, e.role) for e in brief.raci] == [
        ("Marketing", RaciRole.ACCOUNTABLE),
        ("Dana Reyes", RaciRole.RESPONSIBLE),
    ]
    assert brief.kpis[0].data_source == "Salesforce dashboard"
    # Unknown facts stay visible: the placeholders are warnings and open questions.
    assert any("[target]" in q for q in result.open_questions)


def test_the_request_sent_is_a_slim_constrained_schema(
    request_: Request, fault_server: FaultServer
) -> None:
    fault_server.script(reply(GOOD_DRAFT))
    draft(request_(kpis=GOOD_DRAFT["kpis"]), fault_server, structured_output="json_object")
    body = fault_server.requests[0].body
    schema = body["response_format"]["schema"]
    assert body["response_format"]["type"] == "json_object"
    assert "kpis" not in schema["properties"]  # given by the request: not drafted
    assert {"goals", "deliverables", "cadence"} <= set(schema["required"])
    deliverable = schema["$defs"]["DraftDeliverable"]["properties"]
    assert deliverable["accountable"]["enum"] == ["Marketing", "Sales", "Dana Reyes",
                                                  "Marcus Feld", "[owner]"]  # fmt: skip
    assert "2027-05-31" in deliverable["due"]["enum"] and "[date]" in deliverable["due"]["enum"]
    user = body["messages"][1]["content"]
    assert "<request>" in user and "One definition of a sales-qualified lead" in user
    system = body["messages"][0]["content"]
    assert "qualified lead" in system
    assert "[owner]" in system


def test_the_requests_facts_win_over_the_model(
    request_: Request, fault_server: FaultServer
) -> None:
    given = [{"name": "SQLs", "owner": "Sales", "target": "30", "data_source": "CRM"}]
    fault_server.script(reply(GOOD_DRAFT))
    result = draft(request_(kpis=given), fault_server)
    assert [k.name for k in result.brief.kpis] == ["SQLs"]
    assert result.brief.budget == "$38,000"
    assert result.brief.campaign_end is not None


def test_verification_failures_are_reasked(request_: Request, fault_server: FaultServer) -> None:
    bad_kpi = {**GOOD_DRAFT["kpis"][0], "data_source": "", "target": "45 per month"}
    fault_server.script(reply(changed(kpis=[bad_kpi])), reply(GOOD_DRAFT))
    result = draft(request_(), fault_server)
    assert result.usage is not None
    assert (result.usage.calls, result.usage.reasks) == (2, 1)
    assert errors(result) == []
    second = fault_server.requests[1].body["messages"]
    assert [m["role"] for m in second] == ["system", "user", "assistant", "user"]
    reask = second[3]["content"]
    assert "did not pass the checks" in reask
    assert "[brief.kpi.data-source]" in reask
    assert "numbers the request does not give: 45" in reask


def test_what_still_fails_is_flagged(request_: Request, fault_server: FaultServer) -> None:
    invented = changed(goals=["Raise sales-qualified leads from 22 to 57 by 31 May 2027 "
                              "— owner: Dana Reyes"])  # fmt: skip
    fault_server.script(reply(invented))
    result = draft(request_(), fault_server, max_reasks=1)
    assert result.usage is not None and result.usage.calls == 2
    [flag] = [f for f in result.findings if f.rule == "brief.invented-fact"]
    assert (flag.section, flag.item, flag.severity) == ("goals", "goal-1", Severity.ERROR)
    assert "57" in flag.message and "22" not in flag.message
    assert result.engine == "model"


def test_an_invented_date_is_reasked(request_: Request, fault_server: FaultServer) -> None:
    wrong = changed(deliverables=[{**GOOD_DRAFT["deliverables"][0], "due": "2027-04-01"}])
    fault_server.script(reply(wrong), reply(GOOD_DRAFT))
    result = draft(request_(), fault_server)
    assert result.usage is not None and result.usage.reasks == 1
    assert "2027-04-01" in fault_server.requests[1].body["messages"][3]["content"]


def test_a_schema_violation_is_reasked(request_: Request, fault_server: FaultServer) -> None:
    fault_server.script('reply:{"goals": "not a list"}', reply(GOOD_DRAFT))
    result = draft(request_(), fault_server)
    assert result.usage is not None and result.usage.calls == 2
    assert "does not match the schema" in fault_server.requests[1].body["messages"][3]["content"]
    assert result.engine == "model" and errors(result) == []


def test_control_characters_are_reasked_never_drafted(
    request_: Request, fault_server: FaultServer
) -> None:
    hostile = changed(background="Launch \x1b]8;;https://evil.example\x07here\x1b]8;;\x07.")
    fault_server.script(reply(hostile), reply(GOOD_DRAFT))
    result = draft(request_(), fault_server)
    reask = fault_server.requests[1].body["messages"][-1]["content"]
    assert "control character (U+001B in background)" in reask
    assert result.engine == "model" and "evil" not in result.model_dump_json()

    fault_server.script(reply(hostile))
    result = draft(request_(), fault_server, cache=False)
    assert result.engine == "offline"  # never put into the brief: no usable answer
    assert result.model_error is not None and "control character" in result.model_error
    assert "evil" not in result.model_dump_json()


def test_a_500_falls_back_to_the_requests_brief(
    request_: Request, fault_server: FaultServer
) -> None:
    fault_server.script("500")
    result = draft(request_(), fault_server)
    assert result.engine == "offline"
    assert result.model_error
    assert result.usage is not None and result.usage.calls == 1
    assert "brief.section.missing" in errors(result)
    assert "sk-test" not in result.model_dump_json()


def test_a_rejected_key_raises(request_: Request, fault_server: FaultServer) -> None:
    fault_server.script("401")
    with pytest.raises(ModelUnavailableError) as caught:
        draft(request_(), fault_server)
    assert "NEVER-PRINT" not in str(caught.value)


def test_no_model_configured_drafts_offline_with_a_note(request_: Request) -> None:
    result = draft_brief(request_(), today=TODAY)
    assert result.engine == "offline"
    assert result.note and "--model local" in result.note


def test_nothing_missing_makes_no_call(request_: Request, fault_server: FaultServer) -> None:
    full = {k: GOOD_DRAFT[k] for k in ("background", "audience", "key_message", "channels")}
    request = request_(
        **full,
        goals=[{"id": "g", "statement": GOOD_DRAFT["goals"][0]}],
        deliverables=[{"name": "Webinar series", "due": "2027-03-10"}],
        raci=[{"deliverable": "Webinar series", "party": "Sales", "role": "A"},
              {"deliverable": "Webinar series", "party": "Sales", "role": "R"}],
        kpis=GOOD_DRAFT["kpis"], cadence=GOOD_DRAFT["cadence"],
        data_sharing=GOOD_DRAFT["data_sharing"], risks=GOOD_DRAFT["risks"],
    )  # fmt: skip
    result = draft(request, fault_server)
    assert fault_server.count == 0
    assert result.engine == "offline" and result.note


def test_answers_are_cached(request_: Request, fault_server: FaultServer) -> None:
    fault_server.script(reply(GOOD_DRAFT))
    first = draft(request_(), fault_server, cache=True)
    again = draft(request_(), fault_server, cache=True)
    assert fault_server.count == 1
    assert again.usage is not None and again.usage.cached_calls == 1
    assert again.brief == first.brief
