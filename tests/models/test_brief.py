"""The brief models: unknown keys are errors, the schemas export, goals are check's Goal."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from briefsmith.models.brief import (
    BriefFinding,
    BriefRequest,
    BriefResult,
    CampaignBrief,
    RaciEntry,
    SharedKpi,
)
from briefsmith.models.goal import Goal
from briefsmith.models.report import Severity


def test_parts_forbid_unknown_keys() -> None:
    with pytest.raises(ValidationError, match="ownr"):
        SharedKpi.model_validate({"name": "SQLs", "ownr": "Sales"})
    with pytest.raises(ValidationError):
        CampaignBrief.model_validate({"titel": "x"})


def test_raci_roles_are_the_four_letters() -> None:
    assert RaciEntry(deliverable="d", party="p", role="A").role.value == "A"  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        RaciEntry.model_validate({"deliverable": "d", "party": "p", "role": "X"})


def test_a_request_needs_two_teams_and_an_objective() -> None:
    with pytest.raises(ValidationError):
        BriefRequest.model_validate({"teams": [{"name": "Marketing"}], "objective": "x"})
    with pytest.raises(ValidationError):
        BriefRequest.model_validate({"teams": [{"name": "A"}, {"name": "B"}]})


def test_goals_are_the_check_goal_model() -> None:
    field = CampaignBrief.model_fields["goals"]
    assert field.annotation == list[Goal]


@pytest.mark.parametrize("model", [CampaignBrief, BriefRequest, BriefResult, BriefFinding])
def test_schemas_export(model: type) -> None:
    schema = model.model_json_schema()  # type: ignore[attr-defined]
    assert json.loads(json.dumps(schema))["type"] == "object"


def test_the_request_source_is_not_serialised() -> None:
    request = BriefRequest.model_validate(
        {"teams": [{"name": "A"}, {"name": "B"}], "objective": "x", "source": "r.yaml"}
    )
    assert "source" not in request.model_dump()


def test_findings_carry_a_severity() -> None:
    finding = BriefFinding(rule="brief.kpi.owner", severity=Severity.ERROR, section="kpis",
                           message="has no owner")  # fmt: skip
    assert finding.item is None and finding.check_rule is None
