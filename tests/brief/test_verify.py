"""``verify_brief``: a good brief passes; each rule catches a brief that breaks only it."""

from __future__ import annotations

from typing import Any

import pytest

from briefsmith.brief import catalog
from briefsmith.brief.verify import verify_brief
from briefsmith.config import Config
from briefsmith.models.report import Severity

from .conftest import Brief
from .data import GOOD, TODAY


def rules_of(brief: Any, **kwargs: Any) -> list[str]:
    return [f.rule for f in verify_brief(brief, today=TODAY, **kwargs)]


def test_a_good_brief_has_no_findings(brief: Brief) -> None:
    assert verify_brief(brief(), today=TODAY) == []


RACI = GOOD["raci"]
KPI = GOOD["kpis"][0]

BREAKS: dict[str, dict[str, Any]] = {
    "brief.raci.one-accountable": {
        "raci": [*RACI, {"deliverable": "Webinar series", "party": "Sales", "role": "A"}]
    },
    "brief.raci.responsible": {
        "raci": [e for e in RACI if not (e["deliverable"] == "Follow-up playbook"
                                         and e["role"] == "R")]
    },
    "brief.raci.unknown-party": {
        "raci": [*RACI, {"deliverable": "Webinar series", "party": "Legal", "role": "I"}]
    },
    "brief.raci.unknown-deliverable": {
        "raci": [*RACI, {"deliverable": "Press kit", "party": "Sales", "role": "I"}]
    },
    "brief.kpi.owner": {"kpis": [{**KPI, "owner": ""}]},
    "brief.kpi.target": {"kpis": [{**KPI, "target": " "}]},
    "brief.kpi.data-source": {"kpis": [{**KPI, "data_source": ""}]},
    "brief.kpi.unknown": {"goals": [{**GOOD["goals"][0], "fields": {"kpi": "Demo requests"}}]},
    "brief.milestone.order": {
        "milestones": [{"name": "First webinar", "date": "2027-03-10"},
                       {"name": "Invitations out", "date": "2027-02-15"}]
    },
    "brief.deliverable.after-end": {
        "deliverables": [{"name": "Webinar series", "due": "2027-06-15"},
                         {"name": "Follow-up playbook", "due": "2027-02-26"}]
    },
    "brief.deliverable.no-due": {
        "deliverables": [{"name": "Webinar series"},
                         {"name": "Follow-up playbook", "due": "2027-02-26"}]
    },
    "brief.cadence.shared-meeting": {
        "cadence": [{"name": "Marketing stand-up", "attendees": ["Marketing", "Dana Reyes"]}]
    },
    "brief.party.unknown": {"kpis": [{**KPI, "owner": "Finance"}]},
    "brief.section.missing": {"data_sharing": []},
    "brief.section.empty": {"audience": ""},
    "brief.placeholder": {"budget": "[budget]"},
    "brief.goal.smart": {
        "goals": [{"id": "vague", "statement": "Improve brand awareness with sales"}]
    },
}  # fmt: skip


@pytest.mark.parametrize("rule", sorted(BREAKS))
def test_each_rule_catches_a_brief_that_breaks_only_it(brief: Brief, rule: str) -> None:
    found = verify_brief(brief(**BREAKS[rule]), today=TODAY)
    assert found, rule
    assert {f.rule for f in found} == {rule}
    for f in found:
        assert f.message and "\n" not in f.message
        assert f.section
        expected = catalog.rule(rule).severity
        if expected is not None:
            assert f.severity is expected


def test_every_catalogued_rule_is_tested() -> None:
    draft_only = {"brief.invented-fact", "brief.language"}  # tests/brief/test_facts.py
    assert set(catalog.rules()) == set(BREAKS) | draft_only


def test_raci_findings_name_the_deliverable(brief: Brief) -> None:
    [one] = verify_brief(brief(**BREAKS["brief.raci.one-accountable"]), today=TODAY)
    assert (one.section, one.item) == ("raci", "Webinar series")
    assert "2 Accountable" in one.message


def test_goal_findings_carry_the_smart_rule_and_its_severity(brief: Brief) -> None:
    found = verify_brief(brief(**BREAKS["brief.goal.smart"]), today=TODAY)
    assert {f.item for f in found} == {"vague"}
    assert {f.check_rule for f in found} >= {"specific.vague", "time_bound.no-deadline"}
    assert any(f.message.startswith("Specific: ") for f in found)
    assert Severity.ERROR in {f.severity for f in found}


def test_goal_severity_follows_the_config(brief: Brief) -> None:
    goal = {
        "id": "g",
        "statement": "Raise sales-qualified leads from webinars from 22 to 30 "
        "to support new-business revenue — owner: Dana Reyes",
    }
    found = verify_brief(
        brief(goals=[goal]), today=TODAY, config=Config(severity={"time_bound": "warning"})
    )
    assert [(f.check_rule, f.severity) for f in found] == [
        ("time_bound.no-deadline", Severity.WARNING)
    ]


def test_the_business_objective_is_the_goals_parent(brief: Brief) -> None:
    """A goal with no purpose clause is Relevant through the objective (the goal tree)."""
    goal = {
        "id": "g",
        "statement": "Raise sales-qualified leads from webinars from 22 to 30 "
        "per month by 31 May 2027 — owner: Dana Reyes",
    }
    assert verify_brief(brief(goals=[goal]), today=TODAY) == []
    found = verify_brief(brief(goals=[goal], business_objective=""), today=TODAY)
    assert "brief.goal.smart" in {f.rule for f in found}


def test_placeholders_stand_for_facts_in_goals(brief: Brief) -> None:
    """A goal with [baseline]/[target] is judged on its structure; the gaps are warnings."""
    goal = {
        "id": "g",
        "statement": "Raise sales-qualified leads from [baseline] to [target] "
        "per month by 31 May 2027 — owner: Dana Reyes",
    }
    found = verify_brief(brief(goals=[goal]), today=TODAY)
    assert [(f.rule, f.severity) for f in found] == [("brief.placeholder", Severity.WARNING)]
    assert "[baseline]" in found[0].message and "[target]" in found[0].message


def test_a_placeholder_party_counts_as_named(brief: Brief) -> None:
    raci = [*[e for e in RACI if e["deliverable"] != "Follow-up playbook"],
            {"deliverable": "Follow-up playbook", "party": "[owner]", "role": "A"},
            {"deliverable": "Follow-up playbook", "party": "Sales", "role": "R"}]  # fmt: skip
    assert rules_of(brief(raci=raci)) == ["brief.placeholder"]


def test_parties_match_ignoring_case_and_spacing(brief: Brief) -> None:
    raci = [{**e, "party": "  " + e["party"].upper()} for e in RACI]
    assert rules_of(brief(raci=raci)) == []


def test_an_empty_raci_is_one_finding_not_one_per_deliverable(brief: Brief) -> None:
    assert rules_of(brief(raci=[])) == ["brief.section.missing"]


def test_three_teams_need_every_pair_to_meet(brief: Brief) -> None:
    teams = [*GOOD["teams"], {"name": "RevOps"}]
    found = verify_brief(brief(teams=teams), today=TODAY)
    pairs = sorted(f.item or "" for f in found if f.rule == "brief.cadence.shared-meeting")
    assert pairs == ["Marketing × RevOps", "Sales × RevOps"]


def test_errors_come_before_warnings(brief: Brief) -> None:
    found = verify_brief(brief(audience="", data_sharing=[]), today=TODAY)
    assert [f.severity for f in found] == [Severity.ERROR, Severity.WARNING]


def test_the_check_config_keys_apply_to_brief_rules(brief: Brief) -> None:
    """disable and [severity] name brief rules by id or prefix, as they do check rules."""
    broken = brief(**BREAKS["brief.raci.one-accountable"])
    [one] = verify_brief(broken, today=TODAY)
    assert one.severity is Severity.ERROR
    lowered = Config.model_validate({"severity": {"brief.raci": "warning"}})
    [two] = verify_brief(broken, today=TODAY, config=lowered)
    assert two.severity is Severity.WARNING
    off = Config.model_validate({"disable": ["brief.raci.one-accountable"]})
    assert verify_brief(broken, today=TODAY, config=off) == []
