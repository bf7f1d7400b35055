"""The JSON report is the stable contract: it must round-trip and match its own schema."""

from __future__ import annotations

import json

from jsonschema import Draft202012Validator

from briefsmith.models.report import CheckReport
from briefsmith.render import render
from briefsmith.render.json_report import report_schema


def test_round_trips_through_the_model(report: CheckReport) -> None:
    out = render(report, "json")
    assert out.endswith("}\n")
    assert CheckReport.model_validate_json(out) == report


def test_top_level_keys_are_the_contract(report: CheckReport) -> None:
    data = json.loads(render(report, "json"))
    assert list(data) == ["version", "engine", "today", "goals", "errors", "summary", "usage"]
    assert data["usage"] is None  # set on hybrid (--llm) runs only
    assert data["version"] == 2
    assert data["engine"] == "rules"
    assert data["today"] == "2026-03-02"
    zh = data["goals"][2]
    assert zh["statement"] == "提升品牌影响力，尽快做好社交媒体。"  # not \\u-escaped
    assert zh["criteria"]["time_bound"]["rule"] == "time_bound.vague-time"
    assert data["goals"][1]["criteria"]["achievable"]["suppressed"] is True
    assert data["errors"] == [
        {
            "path": "goals/broken.yaml",
            "line": 4,
            "message": "invalid YAML: mapping values are not allowed here",
        }
    ]
    assert data["summary"]["by_severity"] == {"error": 5, "warning": 1, "suggestion": 1}


def test_schema_is_valid_and_describes_the_output(report: CheckReport) -> None:
    schema = report_schema()
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    data = json.loads(render(report, "json"))
    assert not list(validator.iter_errors(data))
    data["version"] = 1
    assert list(validator.iter_errors(data)), "schema must pin version 2"
