"""The brief as far as the request goes: its facts and sections, nothing guessed.

Used on its own (``--offline``, or no model configured) and as the base a model's draft
is merged into, so known facts always win over the model's text. Empty sections stay
empty; ``gaps`` turns them (and any ``[placeholders]``) into open questions.
"""

from __future__ import annotations

from briefsmith.brief import catalog
from briefsmith.brief.texts import placeholder_items
from briefsmith.models.brief import BriefFinding, BriefRequest, CampaignBrief, Milestone
from briefsmith.models.goal import Lang


def request_lang(request: BriefRequest) -> Lang:
    """The request's ``lang``, else the language its own words are written in."""
    if request.lang is not None:
        return request.lang
    from briefsmith.rules.lang import detect_lang

    words = " ".join([request.objective, request.notes, request.title, request.background])
    return detect_lang(words)


def default_title(request: BriefRequest) -> str:
    teams = " × ".join(team.name for team in request.teams)
    return f"{teams}: {request.objective.strip().splitlines()[0][:80]}"


def brief_from_request(request: BriefRequest) -> CampaignBrief:
    """Everything the request states, in the brief's shape."""
    lang = request_lang(request)
    facts = request.facts
    # Named dates are facts, not an ordered list: as milestones they go in date order.
    milestones = list(request.milestones) or [
        Milestone(name=name, date=date)
        for name, date in sorted(facts.dates.items(), key=lambda item: item[1])
    ]
    goals = [
        goal if goal.lang else goal.model_copy(update={"lang": lang}) for goal in request.goals
    ]
    return CampaignBrief(
        title=request.title or default_title(request),
        lang=lang,
        background=request.background,
        business_objective=request.objective,
        goals=goals,
        audience=request.audience,
        key_message=request.key_message,
        campaign_start=facts.campaign_start,
        campaign_end=facts.campaign_end,
        budget=facts.budget,
        deliverables=list(request.deliverables),
        channels=list(request.channels),
        milestones=milestones,
        teams=list(request.teams),
        people=list(facts.people),
        raci=list(request.raci),
        kpis=list(request.kpis),
        cadence=list(request.cadence),
        data_sharing=list(request.data_sharing),
        risks=list(request.risks),
        approvals=list(request.approvals),
    )


def gaps(brief: CampaignBrief, findings: list[BriefFinding]) -> list[str]:
    """Open questions, in the brief's language: one per empty section, then placeholders."""
    questions: list[str] = []
    for finding in findings:
        if finding.rule in ("brief.section.missing", "brief.section.empty"):
            questions.append(catalog.gap_question(finding.section, brief.lang))
    for section, item, marks in placeholder_items(brief):
        where = f"{section}: {item}" if item else section
        questions.append(catalog.placeholder_question(where, marks, brief.lang))
    return list(dict.fromkeys(questions))
