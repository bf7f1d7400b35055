"""Offline: the request's brief as given, verified, with the gaps as open questions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefsmith.brief import draft_brief, load_brief_request
from briefsmith.brief.offline import brief_from_request, request_lang
from briefsmith.models.brief import BriefRequest
from briefsmith.models.goal import Lang

from .data import TODAY

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
Request = Callable[..., BriefRequest]


def test_offline_keeps_the_facts_and_guesses_nothing(request_: Request) -> None:
    result = draft_brief(request_(), offline=True, today=TODAY)
    brief = result.brief
    assert result.engine == "offline" and result.usage is None
    assert brief.budget == "$38,000"
    assert [m.name for m in brief.milestones] == ["first webinar"]
    assert [p.name for p in brief.people] == ["Dana Reyes", "Marcus Feld"]
    for section in ("goals", "deliverables", "raci", "kpis", "cadence", "data_sharing"):
        assert getattr(brief, section) == [], section
    missing = {f.section for f in result.findings if f.rule == "brief.section.missing"}
    assert missing == {"goals", "deliverables", "raci", "kpis", "cadence", "data_sharing"}
    assert len(result.open_questions) == len(
        [f for f in result.findings if f.rule.startswith("brief.section.")]
    )
    assert any("Accountable" in q for q in result.open_questions)


def test_open_questions_are_in_the_requests_language() -> None:
    result = draft_brief(load_brief_request(EXAMPLES / "brief-request.zh.md"), offline=True,
                         today=TODAY)  # fmt: skip
    assert result.brief.lang is Lang.ZH
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in q) for q in result.open_questions)


def test_placeholders_become_open_questions(request_: Request) -> None:
    request = request_(kpis=[{"name": "SQLs", "owner": "[owner]", "target": "[target]",
                              "data_source": "Salesforce"}])  # fmt: skip
    result = draft_brief(request, offline=True, today=TODAY)
    assert "Fill in [owner], [target] in kpis: SQLs." in result.open_questions


def test_language_is_detected_when_not_given(request_: Request) -> None:
    assert request_lang(request_(lang=None, objective="Увеличить выручку сегмента")) is Lang.RU
    assert request_lang(request_(lang=None)) is Lang.EN


def test_named_dates_become_milestones_in_date_order(request_: Request) -> None:
    facts = {"dates": {"launch": "2027-04-01", "kick-off": "2027-02-01"}}
    brief = brief_from_request(request_(facts=facts))
    assert [m.name for m in brief.milestones] == ["kick-off", "launch"]


def test_the_title_defaults_to_teams_and_objective(request_: Request) -> None:
    brief = brief_from_request(request_(title=""))
    assert brief.title.startswith("Marketing × Sales: Grow qualified pipeline")
