"""``briefsmith rules``: the checks each command runs, with their severities."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from briefsmith.cli.common import config_from


class Checks(StrEnum):
    check = "check"
    brief = "brief"
    feedback = "feedback"


def rules(
    which: Annotated[
        Checks,
        typer.Argument(
            help="check: the SMART goal checks (default); brief: the brief's verification; "
            "feedback: the feedback summary's verification."
        ),
    ] = Checks.check,
    config: Annotated[
        Path | None, typer.Option(help="Config file to apply severities from.")
    ] = None,
) -> None:
    """List every check with its id, severity (after your configuration) and fix."""
    settings = config_from(config)
    rows: list[tuple[str, str, str, str | None]] = []
    if which is Checks.check:
        from briefsmith.rules.catalog import FINDINGS, RULES

        for rule in RULES:
            if rule.criterion in settings.disable:
                severity = "off"
            else:
                severity = rule.severity(settings.severity_for(rule.criterion)).value
            rows.append((rule.id, severity, rule.summary, rule.help))
        rows.extend((r.id, r.severity.value, r.summary, r.help) for r in FINDINGS)
    elif which is Checks.brief:
        from briefsmith.brief.catalog import rules as brief_rules

        for item in brief_rules().values():
            # brief.goal.smart takes the severity of the SMART check that fired.
            severity = item.severity.value if item.severity else "as-check"
            rows.append((item.id, severity, item.summary, item.help))
    else:
        from briefsmith.feedback.verify import REPAIRED
        from briefsmith.feedback.verify import RULES as FEEDBACK_RULES

        # After the re-asks, a derivable break is repaired (and noted); any other is
        # reported as a problem and the command exits 1.
        rows.extend(
            (rule_id, "repaired" if rule_id in REPAIRED else "error", text, None)
            for rule_id, text in FEEDBACK_RULES.items()
        )
    width = max(len(row[0]) for row in rows)
    for rule_id, severity, summary, fix in rows:
        typer.echo(f"{rule_id:<{width}}  {severity:<10}  {summary}")
        if fix:
            typer.echo(f"{'':<{width}}  {'':<10}  fix: {fix}")
