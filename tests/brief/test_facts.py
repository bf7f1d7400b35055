"""A draft may not state a number, date or name the request did not give."""

from __future__ import annotations

from collections.abc import Callable

from briefsmith.brief.facts import invented_facts, wrong_language
from briefsmith.brief.offline import brief_from_request
from briefsmith.brief.verify import verify_brief
from briefsmith.models.brief import BriefRequest, Deliverable, SharedKpi

from .data import TODAY

Request = Callable[..., BriefRequest]


def test_the_requests_own_facts_are_not_invented(request_: Request) -> None:
    request = request_()
    assert invented_facts(brief_from_request(request), request) == []


def test_a_number_the_request_does_not_give_is_flagged(request_: Request) -> None:
    request = request_()
    base = brief_from_request(request)
    kpi = SharedKpi(name="SQLs", owner="Marketing", baseline="22", target="35",
                    data_source="Salesforce")  # fmt: skip
    [found] = invented_facts(base.model_copy(update={"kpis": [kpi]}), request)
    assert (found.rule, found.section, found.item) == ("brief.invented-fact", "kpis", "SQLs")
    assert "35" in found.message and "22" not in found.message


def test_numbers_inside_placeholders_and_confidence_scales_are_fine(request_: Request) -> None:
    request = request_()
    kpi = SharedKpi(name="SQLs", owner="Marketing", target="[target, e.g. 30]",
                    definition="confidence [x]/10", data_source="Salesforce")  # fmt: skip
    brief = brief_from_request(request).model_copy(update={"kpis": [kpi]})
    assert invented_facts(brief, request) == []


def test_a_date_the_request_does_not_give_is_flagged(request_: Request) -> None:
    request = request_()
    brief = brief_from_request(request).model_copy(
        update={"deliverables": [Deliverable(name="Webinar", due="2027-04-02")]}
    )
    found = [f for f in invented_facts(brief, request) if "date" in f.message]
    assert [(f.section, f.item) for f in found] == [("deliverables", "Webinar")]
    ok = brief.model_copy(update={"deliverables": [Deliverable(name="Webinar", due="2027-03-10")]})
    assert [f for f in invented_facts(ok, request) if "date" in f.message] == []


def test_a_name_the_request_does_not_give_is_flagged(request_: Request) -> None:
    request = request_()
    kpi = SharedKpi(name="SQLs", owner="John Smith", target="[target]", data_source="CRM")
    brief = brief_from_request(request).model_copy(update={"kpis": [kpi]})
    found = verify_brief(brief, today=TODAY, request=request)
    invented = [f for f in found if f.rule == "brief.invented-fact"]
    assert len(invented) == 1 and "John Smith" in invented[0].message
    # ... and it is reported once, not again as an unknown party.
    assert "brief.party.unknown" not in {f.rule for f in found}


def test_the_draft_must_be_in_the_requests_language(request_: Request) -> None:
    brief = brief_from_request(request_(lang="ru"))
    english = brief.model_copy(update={"background": "Marketing and sales disagree on leads."})
    [found] = wrong_language(english)
    assert found.rule == "brief.language" and "(ru)" in found.message
    russian = brief.model_copy(
        update={"background": "Маркетинг и продажи считают лиды по-разному."}
    )
    assert wrong_language(russian) == []
