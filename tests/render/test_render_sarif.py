"""SARIF 2.1.0 for GitHub code scanning: structure, levels, locations, fingerprints."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from jsonschema import Draft202012Validator

from briefsmith.models.report import CheckReport, FileError
from briefsmith.render import render
from briefsmith.render.sarif import artifact_location
from briefsmith.rules.catalog import RULES

MakeReport = Callable[..., CheckReport]

_TEXT = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
_LEVEL = {"enum": ["none", "note", "warning", "error"]}

# The subset of the SARIF 2.1.0 schema (and GitHub's documented requirements) we rely on.
SARIF_SUBSET: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "maxItems": 1, "items": {"$ref": "#/$defs/run"}},
    },
    "$defs": {
        "run": {
            "type": "object",
            "required": ["tool", "results"],
            "properties": {
                "tool": {
                    "type": "object",
                    "required": ["driver"],
                    "properties": {"driver": {"$ref": "#/$defs/driver"}},
                },
                "results": {"type": "array", "items": {"$ref": "#/$defs/result"}},
            },
        },
        "driver": {
            "type": "object",
            "required": ["name", "version", "informationUri", "rules"],
            "properties": {
                "name": {"type": "string"},
                "version": {"type": "string", "minLength": 1},
                "informationUri": {"type": "string", "pattern": "^https?://"},
                "rules": {"type": "array", "items": {"$ref": "#/$defs/rule"}},
            },
        },
        "rule": {
            "type": "object",
            "required": ["id", "shortDescription", "fullDescription", "help"],
            "properties": {
                "id": {"type": "string", "minLength": 1},
                "shortDescription": _TEXT,
                "fullDescription": _TEXT,
                "help": _TEXT,
                "defaultConfiguration": {
                    "type": "object",
                    "properties": {"level": _LEVEL},
                },
            },
        },
        "result": {
            "type": "object",
            "required": ["ruleId", "level", "message", "locations"],
            "properties": {
                "ruleId": {"type": "string", "minLength": 1},
                "ruleIndex": {"type": "integer", "minimum": 0},
                "level": _LEVEL,
                "message": _TEXT,
                "locations": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 10,
                    "items": {"$ref": "#/$defs/location"},
                },
                "partialFingerprints": {
                    "type": "object",
                    "additionalProperties": {"type": "string"},
                },
            },
        },
        "location": {
            "type": "object",
            "required": ["physicalLocation"],
            "properties": {
                "physicalLocation": {
                    "type": "object",
                    "required": ["artifactLocation"],
                    "properties": {
                        "artifactLocation": {
                            "type": "object",
                            "required": ["uri"],
                            "properties": {
                                "uri": {"type": "string", "pattern": "^[^\\s\\\\]+$"},
                                "uriBaseId": {"type": "string"},
                            },
                        },
                        "region": {
                            "type": "object",
                            "required": ["startLine"],
                            "properties": {"startLine": {"type": "integer", "minimum": 1}},
                        },
                    },
                }
            },
        },
    },
}


def sarif(report: CheckReport) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render(report, "sarif"))
    return data


def results(report: CheckReport) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = sarif(report)["runs"][0]["results"]
    return found


def test_matches_the_sarif_subset(report: CheckReport) -> None:
    Draft202012Validator.check_schema(SARIF_SUBSET)
    data = sarif(report)
    errors = [e.message for e in Draft202012Validator(SARIF_SUBSET).iter_errors(data)]
    assert errors == []
    assert data["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert data["runs"][0]["tool"]["driver"]["name"] == "briefsmith"


def test_rules_come_from_the_catalog(report: CheckReport) -> None:
    rules = sarif(report)["runs"][0]["tool"]["driver"]["rules"]
    by_id = {rule["id"]: rule for rule in rules}
    assert [rule.id for rule in RULES] == [r["id"] for r in rules][: len(RULES)]
    vague = by_id["specific.vague"]
    assert vague["shortDescription"]["text"] == "Only a vague direction on an abstract object"
    assert vague["help"]["text"].startswith("Name the concrete outcome")
    assert vague["defaultConfiguration"]["level"] == "error"
    assert by_id["measurable.no-target"]["defaultConfiguration"]["level"] == "warning"
    assert "input-error" in by_id


def test_one_result_per_counted_finding(report: CheckReport) -> None:
    found = results(report)
    pairs = [(r["ruleId"], r["level"]) for r in found]
    assert pairs == [
        ("specific.abstract-metric", "warning"),
        ("relevant.vague-purpose", "note"),
        ("specific.vague", "error"),
        ("measurable.no-quantity", "error"),
        ("achievable.nothing-to-judge", "error"),
        ("relevant.no-purpose", "error"),
        ("time_bound.vague-time", "error"),
        ("input-error", "error"),
    ]
    # passing criteria and the suppressed achievable.unsupported are not results
    assert "achievable.unsupported" not in {r["ruleId"] for r in found}
    rules = sarif(report)["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in found)


def test_message_location_and_fingerprint(report: CheckReport) -> None:
    first, *_ = results(report)
    assert first["message"]["text"] == (
        "Specific: A number on an abstract object Fix: Say how the abstract object is "
        "measured (e.g. aided recall in a survey)."
    )
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "goals/q3.md", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 9},
    }
    zh = results(report)[2]
    assert zh["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    prints = [r["partialFingerprints"] for r in results(report)[:-1]]
    assert len({json.dumps(p) for p in prints}) == len(prints)  # distinct per goal+rule
    assert results(report)[0]["partialFingerprints"] == first["partialFingerprints"]  # stable


def test_fingerprint_survives_a_line_move(report: CheckReport, make_report: MakeReport) -> None:
    goal = report.goals[1]
    moved = goal.model_copy(update={"source": goal.source.model_copy(update={"line": 40})})
    before = results(make_report([goal]))[0]
    after = results(make_report([moved]))[0]
    assert before["partialFingerprints"] == after["partialFingerprints"]
    assert after["locations"][0]["physicalLocation"]["region"]["startLine"] == 40


def test_file_errors_and_missing_lines(make_report: MakeReport) -> None:
    errors = [
        FileError(path="goals/broken.yaml", line=4, message="bad YAML"),
        FileError(path="goals/missing file.md", message="not found"),
    ]
    found = results(make_report([], errors))
    assert [r["ruleId"] for r in found] == ["input-error", "input-error"]
    assert found[0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 4}
    assert found[1]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "goals/missing%20file.md", "uriBaseId": "%SRCROOT%"}
    }
    assert found[1]["message"]["text"] == "not found"


def test_artifact_locations() -> None:
    assert artifact_location("goals\\q3.md") == {"uri": "goals/q3.md", "uriBaseId": "%SRCROOT%"}
    assert artifact_location("/srv/goals.md") == {"uri": "file:///srv/goals.md"}
    assert artifact_location("C:\\goals\\q3.md") == {"uri": "file:///C:/goals/q3.md"}
