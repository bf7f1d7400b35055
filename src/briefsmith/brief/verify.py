"""Deterministic verification of a brief: the same checks whoever wrote it.

Each check returns ``BriefFinding`` s with a stable rule id (``catalog.toml``), a
severity, a one-line message and where it is (section, item). Goals go through the SMART
rules engine, with the business objective as their parent (the goal tree) and each
``[placeholder]`` standing for a fact of its kind, so a draft that marks unknown facts
honestly is judged on its structure; the placeholders themselves are reported as
warnings (facts still to fill in).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import combinations
from typing import TYPE_CHECKING

from briefsmith.brief import catalog
from briefsmith.brief.catalog import finding
from briefsmith.brief.facts import invented_facts, wrong_language
from briefsmith.brief.messages import brief_messages
from briefsmith.brief.names import Parties, key
from briefsmith.brief.texts import placeholder_items
from briefsmith.config import Config
from briefsmith.models.brief import BriefFinding, CampaignBrief, RaciRole
from briefsmith.models.goal import Criterion, Goal
from briefsmith.models.report import Status
from briefsmith.placeholders import fill_placeholders, is_placeholder

if TYPE_CHECKING:
    from briefsmith.models.brief import BriefRequest
    from briefsmith.rules.engine import Engine


def verify_brief(
    brief: CampaignBrief,
    *,
    today: dt.date | None = None,
    config: Config | None = None,
    request: BriefRequest | None = None,
) -> list[BriefFinding]:
    """Every finding in the brief, errors first, in section order.

    With ``request`` (a draft), numbers, dates and names the request did not give are
    findings too (``brief.invented-fact``).
    """
    from briefsmith.rules.engine import Engine

    engine = Engine(config or Config(), today=today)
    found = [
        *check_sections(brief),
        *check_goals(brief, engine),
        *check_raci(brief),
        *check_kpis(brief),
        *check_dates(brief),
        *check_cadence(brief),
        *check_placeholders(brief),
    ]
    if request is not None:
        # In a draft every party comes from the request: an unknown one is invented.
        found = [f for f in found if f.rule != "brief.party.unknown"]
        found.extend([*invented_facts(brief, request), *wrong_language(brief)])
    return sorted(configured(found, config or Config()), key=lambda f: -f.severity.rank)


def configured(found: list[BriefFinding], config: Config) -> list[BriefFinding]:
    """The config's ``disable``/``select`` and ``[severity]`` keys, as for ``check``'s rules."""
    if not (config.disable or config.select or config.severity):
        return found
    selection = config.selection()
    rules = catalog.rules()
    out = []
    for item in found:
        if not selection.on(item.rule):
            continue
        rule = rules.get(item.rule)
        level = config.rule_severity(rule) if rule is not None else None
        if level is not None and level is not item.severity:
            item = item.model_copy(update={"severity": level})
        out.append(item)
    return out


def _empty(brief: CampaignBrief, section: str) -> bool:
    value = getattr(brief, section)
    if isinstance(value, str):
        return not value.strip()
    return not value


def check_sections(brief: CampaignBrief) -> Iterator[BriefFinding]:
    t = brief_messages(brief.lang)
    required, recommended = catalog.sections()
    for section in required:
        if _empty(brief, section):
            message = t.say("section_missing", section=t.section(section))
            yield finding("brief.section.missing", section, message)
    for section in recommended:
        if _empty(brief, section):
            yield finding(
                "brief.section.empty", section, t.say("section_empty", section=t.section(section))
            )


def goal_with_context(goal: Goal, brief: CampaignBrief) -> Goal:
    """The goal as the engine sees it: the objective is its parent, placeholders filled."""
    from briefsmith.rules.lang import detect_lang

    lang = goal.lang or detect_lang(goal.statement)
    parent = goal.parent_statement or brief.business_objective or None
    filled = fill_placeholders(goal.statement, lang)
    return goal.model_copy(update={"statement": filled, "parent_statement": parent})


def check_goals(brief: CampaignBrief, engine: Engine) -> Iterator[BriefFinding]:
    t = brief_messages(brief.lang)
    for goal in brief.goals:
        assessed = engine.assess(goal_with_context(goal, brief))
        for criterion in Criterion:
            result = assessed.criteria[criterion]
            if result.status is Status.PASS or result.severity is None or result.suppressed:
                continue
            named = t.criterion(criterion)
            yield finding(
                "brief.goal.smart",
                "goals",
                t.say("goal_fix", criterion=named, message=result.message, fix=result.fix)
                if result.fix
                else t.say("goal", criterion=named, message=result.message),
                goal.id,
                severity=result.severity,
                check_rule=result.rule,
            )


def check_raci(brief: CampaignBrief) -> Iterator[BriefFinding]:
    t = brief_messages(brief.lang)
    parties = Parties(brief)
    deliverables = {key(d.name): d.name for d in brief.deliverables}
    for entry in brief.raci:
        if not parties.known(entry.party):
            yield finding(
                "brief.raci.unknown-party",
                "raci",
                t.say("raci_unknown_party", party=entry.party, role=entry.role.value),
                entry.deliverable,
            )
        if key(entry.deliverable) not in deliverables:
            yield finding(
                "brief.raci.unknown-deliverable",
                "raci",
                t.say("raci_unknown_deliverable", deliverable=entry.deliverable),
                entry.deliverable,
            )
    if not brief.raci:
        return  # the empty matrix is one finding (brief.section.missing), not one per row
    for deliverable in brief.deliverables:
        roles = [e.role for e in brief.raci if key(e.deliverable) == key(deliverable.name)]
        accountable = roles.count(RaciRole.ACCOUNTABLE)
        if accountable != 1:
            yield finding(
                "brief.raci.one-accountable",
                "raci",
                t.say("raci_accountable", count=accountable),
                deliverable.name,
            )
        if RaciRole.RESPONSIBLE not in roles:
            yield finding(
                "brief.raci.responsible",
                "raci",
                t.say("raci_responsible"),
                deliverable.name,
            )


def check_kpis(brief: CampaignBrief) -> Iterator[BriefFinding]:
    t = brief_messages(brief.lang)
    parties = Parties(brief)
    for kpi in brief.kpis:
        for attr, rule_id in (
            ("owner", "brief.kpi.owner"),
            ("target", "brief.kpi.target"),
            ("data_source", "brief.kpi.data-source"),
        ):
            if not getattr(kpi, attr).strip():
                yield finding(rule_id, "kpis", t.say(f"kpi_{attr}"), kpi.name)
        if kpi.owner.strip() and not parties.known(kpi.owner):
            yield finding(
                "brief.party.unknown",
                "kpis",
                t.say("kpi_unknown_owner", owner=kpi.owner),
                kpi.name,
            )
    names = {key(kpi.name) for kpi in brief.kpis}
    for goal in brief.goals:
        named = goal.fields.get("kpi") or goal.fields.get("metric")
        if named and key(named) not in names and not is_placeholder(named):
            yield finding(
                "brief.kpi.unknown",
                "goals",
                t.say("kpi_unknown", kpi=named),
                goal.id,
            )


def check_dates(brief: CampaignBrief) -> Iterator[BriefFinding]:
    t = brief_messages(brief.lang)
    latest: dt.date | None = None
    for milestone in brief.milestones:
        if milestone.date is None:
            continue
        if latest is not None and milestone.date < latest:
            yield finding(
                "brief.milestone.order",
                "milestones",
                t.say(
                    "milestone_order",
                    date=milestone.date.isoformat(),
                    earlier=latest.isoformat(),
                ),
                milestone.name,
            )
        latest = max(latest or milestone.date, milestone.date)
    for deliverable in brief.deliverables:
        if deliverable.due is None:
            yield finding(
                "brief.deliverable.no-due",
                "deliverables",
                t.say("deliverable_no_due"),
                deliverable.name,
            )
        elif brief.campaign_end is not None and deliverable.due > brief.campaign_end:
            yield finding(
                "brief.deliverable.after-end",
                "deliverables",
                t.say(
                    "deliverable_after_end",
                    due=deliverable.due.isoformat(),
                    end=brief.campaign_end.isoformat(),
                ),
                deliverable.name,
            )


def check_cadence(brief: CampaignBrief) -> Iterator[BriefFinding]:
    t = brief_messages(brief.lang)
    parties = Parties(brief)
    for meeting in brief.cadence:
        for attendee in meeting.attendees:
            if not parties.known(attendee):
                yield finding(
                    "brief.party.unknown",
                    "cadence",
                    t.say("cadence_unknown_attendee", attendee=attendee),
                    meeting.name,
                )
    if not brief.cadence:
        return
    shared: set[frozenset[str]] = set()
    for meeting in brief.cadence:
        present: set[str] = set()
        for attendee in meeting.attendees:
            present |= parties.team_keys(attendee)
        shared |= {frozenset(pair) for pair in combinations(sorted(present), 2)}
    for one, two in combinations(brief.teams, 2):
        if key(one.name) != key(two.name) and frozenset((key(one.name), key(two.name))) not in (
            shared
        ):
            yield finding(
                "brief.cadence.shared-meeting",
                "cadence",
                t.say("cadence_shared_meeting", one=one.name, two=two.name),
                f"{one.name} × {two.name}",
            )


def check_placeholders(brief: CampaignBrief) -> Iterator[BriefFinding]:
    t = brief_messages(brief.lang)
    for section, item, marks in placeholder_items(brief):
        yield finding("brief.placeholder", section, t.say("placeholder", marks=t.list(marks)), item)
