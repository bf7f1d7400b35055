"""Problems found while reading a goal's fields, as findings on the goal."""

from __future__ import annotations

from briefsmith.models.goal import InputProblem
from briefsmith.models.report import Finding, Severity
from briefsmith.rules.catalog import FINDINGS_BY_ID

INVALID_FIELD = "input.invalid-field"


def input_findings(problems: list[InputProblem]) -> list[Finding]:
    """One ``input.invalid-field`` finding per problem (none for most goals: no work)."""
    if not problems:
        return []
    rule = FINDINGS_BY_ID[INVALID_FIELD]
    severity = rule.severity or Severity.ERROR
    return [
        Finding(rule=rule.id, severity=severity, message=p.message, fix=rule.help, line=p.line)
        for p in problems
    ]
