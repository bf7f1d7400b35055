"""``render.sarif_writer``: the one SARIF writer behind ``check`` and ``brief``."""

from __future__ import annotations

import hashlib
import json

from briefsmith.render import sarif_writer
from briefsmith.render.sarif_writer import Log, Result, Rule

KNOWN = Rule("x.known", "A known check", "Do the thing.", "warning", ("tag",))


def unknown(rule_id: str) -> Rule:
    return Rule(rule_id, f"about {rule_id}", f"about {rule_id}", "note", ())


def test_results_rules_and_their_indexes() -> None:
    results = [
        Result("x.new", "note", "first", "goals.md", 3),
        Result("x.known", "warning", "second", "/abs/goals.md", None, ("fp/v1", "g1\x00x")),
        Result("x.new", "note", "third", "dir/a b.md", 0, properties={"goalId": "g2"}),
    ]
    log = sarif_writer.sarif_log(Log([KNOWN], unknown, {"p": 1}), results)
    (run,) = log["runs"]
    assert log["version"] == "2.1.0" and log["$schema"] == sarif_writer.SCHEMA_URI
    assert run["properties"] == {"p": 1}
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["x.known", "x.new"]  # catalog first, then unknowns
    assert rules[0]["fullDescription"] == {"text": "A known check. Do the thing."}
    assert [r["ruleIndex"] for r in run["results"]] == [1, 0, 1]
    first, second, third = run["results"]
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "goals.md", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 3},
    }
    assert second["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "file:///abs/goals.md"}
    }
    digest = hashlib.sha256(b"g1\x00x").hexdigest()[:32]
    assert second["partialFingerprints"] == {"fp/v1": digest}
    assert "partialFingerprints" not in first and "properties" not in first
    assert third["properties"] == {"goalId": "g2"}
    assert third["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "dir/a%20b.md"


def test_no_run_properties_when_there_are_none() -> None:
    log = json.loads(sarif_writer.render(Log([KNOWN], unknown), []))
    assert "properties" not in log["runs"][0]
    assert log["runs"][0]["results"] == []


def test_check_and_brief_write_through_it() -> None:
    from briefsmith.render import sarif
    from briefsmith.render.brief import sarif as brief_sarif

    assert sarif.artifact_location is sarif_writer.artifact_location
    assert sarif.sarif_writer is brief_sarif.sarif_writer is sarif_writer
