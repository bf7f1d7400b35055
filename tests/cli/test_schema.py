"""``briefsmith schema``: a JSON Schema that real ``check --format json`` output satisfies."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from .conftest import (
    NO_DEADLINE_GOAL,
    SMART_GOAL,
    TODAY,
    VAGUE_GOAL,
    WARNING_ONLY_GOAL,
    Invoke,
    WriteGoals,
)


def test_schema_validates_a_real_report(invoke: Invoke, write_goals: WriteGoals) -> None:
    result = invoke("schema")
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)

    path = write_goals(goals=[SMART_GOAL, WARNING_ONLY_GOAL, NO_DEADLINE_GOAL, VAGUE_GOAL])
    checked = invoke("check", str(path), "missing.md", "-f", "json", "--today", TODAY)
    assert checked.exit_code == 2
    report = json.loads(checked.stdout)
    assert len(report["goals"]) == 4
    assert len(report["errors"]) == 1
    assert not [e.message for e in validator.iter_errors(report)]

    report["summary"]["by_severity"]["fatal"] = 1
    assert list(validator.iter_errors(report)), "severities are an enum"
    report["summary"]["by_severity"].pop("fatal")
    report["goals"][0]["verdict"] = "great"
    assert list(validator.iter_errors(report)), "verdicts are an enum"


def test_schema_output_is_stable(invoke: Invoke) -> None:
    assert invoke("schema").stdout == invoke("schema").stdout


def test_brief_and_feedback_schemas_validate_real_output(invoke: Invoke) -> None:
    root = Path(__file__).resolve().parents[2]
    request = root / "examples" / "brief-request.yaml"
    brief = invoke("brief", str(request), "--offline", "-f", "json", "--today", TODAY)
    assert brief.exit_code in {0, 1}, brief.output
    schema = json.loads(invoke("schema", "brief").stdout)
    Draft202012Validator.check_schema(schema)
    assert not list(Draft202012Validator(schema).iter_errors(json.loads(brief.stdout)))

    request_schema = json.loads(invoke("schema", "brief-request").stdout)
    Draft202012Validator.check_schema(request_schema)
    assert request_schema["title"] == "briefsmith brief request"

    feedback = json.loads(invoke("schema", "feedback").stdout)
    Draft202012Validator.check_schema(feedback)
    assert "themes" in feedback["properties"]
