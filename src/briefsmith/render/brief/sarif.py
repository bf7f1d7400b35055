"""A brief's findings as SARIF 2.1.0, so code scanning annotates the request file.

Each finding points at the line of its section in the request (``raci:``, ``kpis:`` …);
a finding about a section the request does not have points at line 1. Fingerprints hash
the rule, section and item, so an alert survives edits that move lines. The SARIF itself
is written by ``render.sarif_writer``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from briefsmith.brief.catalog import rules
from briefsmith.models.brief import BriefFinding, BriefResult
from briefsmith.render import sarif_writer
from briefsmith.render.safe import printable
from briefsmith.render.sarif_writer import LEVELS, Log, Result, Rule

FINGERPRINT_KEY = "briefsmithBriefRule/v1"


def render(result: BriefResult) -> str:
    return sarif_writer.render(_log(result), _results(result))


def sarif_log(result: BriefResult) -> dict[str, Any]:
    return sarif_writer.sarif_log(_log(result), _results(result))


def _log(result: BriefResult) -> Log:
    properties: dict[str, Any] = {"briefsmith.command": "brief", "briefsmith.engine": result.engine}
    if result.usage is not None:
        properties["briefsmith.usage"] = result.usage.model_dump(mode="json")
    return Log([_rule(rule_id) for rule_id in rules()], _rule, properties)


def _rule(rule_id: str) -> Rule:
    rule = rules().get(rule_id)
    summary = rule.summary if rule else f"briefsmith brief {rule_id}"
    help_text = rule.help if rule else summary
    # brief.goal.smart takes the severity of the SMART check that fired: error by default.
    level = LEVELS[rule.severity] if rule and rule.severity else "error"
    return Rule(rule_id, summary, help_text, level, ("campaign-brief",))


def _results(result: BriefResult) -> Iterator[Result]:
    path = result.source or "brief-request.yaml"
    for finding in result.findings:
        yield _result(finding, path)


def _result(finding: BriefFinding, path: str) -> Result:
    place = finding.where
    properties: dict[str, Any] = {"section": finding.section}
    if finding.item:
        properties["item"] = finding.item
    if finding.check_rule:
        properties["checkRule"] = finding.check_rule
    return Result(
        finding.rule,
        LEVELS[finding.severity],
        printable(f"{place}: {finding.message}"),
        path,
        finding.line or 1,
        (FINGERPRINT_KEY, f"{finding.rule}\x00{place}"),
        properties,
    )
