"""A brief's findings as SARIF 2.1.0, so code scanning annotates the request file.

Each finding points at the line of its section in the request (``raci:``, ``kpis:`` …);
a finding about a section the request does not have points at line 1. Fingerprints hash
the rule, section and item, so an alert survives edits that move lines.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from briefsmith.brief.catalog import rules
from briefsmith.models.brief import BriefFinding, BriefResult
from briefsmith.models.report import Severity
from briefsmith.render.safe import printable
from briefsmith.render.sarif import SCHEMA_URI, artifact_location, tool

FINGERPRINT_KEY = "briefsmithBriefRule/v1"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "note"}


def render(result: BriefResult) -> str:
    return json.dumps(sarif_log(result), indent=2, ensure_ascii=False) + "\n"


def sarif_log(result: BriefResult) -> dict[str, Any]:
    catalog = rules()
    descriptors = [_descriptor(rule_id) for rule_id in catalog]
    index = {rule_id: i for i, rule_id in enumerate(catalog)}
    results = []
    for finding in result.findings:
        if finding.rule not in index:  # a rule the catalog does not know still gets one
            index[finding.rule] = len(descriptors)
            descriptors.append(_descriptor(finding.rule))
        results.append(_result(finding, result.source or "brief-request.yaml", index))
    run: dict[str, Any] = {
        "tool": tool(descriptors),
        "results": results,
        "properties": {"briefsmith.command": "brief", "briefsmith.engine": result.engine},
    }
    if result.usage is not None:
        run["properties"]["briefsmith.usage"] = result.usage.model_dump(mode="json")
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _descriptor(rule_id: str) -> dict[str, Any]:
    rule = rules().get(rule_id)
    summary = rule.summary if rule else f"briefsmith brief {rule_id}"
    help_text = rule.help if rule else summary
    # brief.goal.smart takes the severity of the SMART check that fired: error by default.
    level = _LEVELS[rule.severity] if rule and rule.severity else "error"
    return {
        "id": rule_id,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": f"{summary}. {help_text}"},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["campaign-brief"]},
    }


def _result(finding: BriefFinding, path: str, index: dict[str, int]) -> dict[str, Any]:
    place = finding.where
    digest = hashlib.sha256(f"{finding.rule}\x00{place}".encode()).hexdigest()[:32]
    properties: dict[str, Any] = {"section": finding.section}
    if finding.item:
        properties["item"] = finding.item
    if finding.check_rule:
        properties["checkRule"] = finding.check_rule
    return {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": _LEVELS[finding.severity],
        "message": {"text": printable(f"{place}: {finding.message}")},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(path),
                    "region": {"startLine": finding.line or 1},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: digest},
        "properties": properties,
    }
