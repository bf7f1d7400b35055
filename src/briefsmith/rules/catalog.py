"""The checks the rules engine can report, read from ``catalog.toml`` beside this module.

Used by ``briefsmith rules``, SARIF's rule list and the engine itself, so a check's id,
severity and wording live in one place (the format is shared with ``brief`` and
``feedback``: :mod:`briefsmith.catalog`). ``RULES`` judge a criterion (they have a
status); ``FINDINGS`` are checks outside the five criteria, reported as a goal's findings.
"""

from __future__ import annotations

from briefsmith.catalog import Rule, catalog, step_down

__all__ = ["FINDINGS", "FINDINGS_BY_ID", "RULES", "RULES_BY_ID", "Rule", "severity_of"]

RULES: tuple[Rule, ...] = catalog("check")
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
FINDINGS: tuple[Rule, ...] = tuple(rule for rule in RULES if rule.status is None)
FINDINGS_BY_ID: dict[str, Rule] = {rule.id: rule for rule in FINDINGS}
severity_of = step_down
