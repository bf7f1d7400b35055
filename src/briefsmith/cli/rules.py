"""``briefsmith rules``: the checks the rules engine runs, with their severities."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefsmith.cli.common import config_from


def rules(
    config: Annotated[
        Path | None, typer.Option(help="Config file to apply severities from.")
    ] = None,
) -> None:
    """List every check with its criterion and severity (after your configuration)."""
    from briefsmith.rules.catalog import RULES

    settings = config_from(config)
    width = max(len(rule.id) for rule in RULES)
    for rule in RULES:
        if rule.criterion in settings.disable:
            severity = "off"
        else:
            severity = rule.severity(settings.severity_for(rule.criterion)).value
        typer.echo(f"{rule.id:<{width}}  {severity:<10}  {rule.summary}")
        typer.echo(f"{'':<{width}}  {'':<10}  fix: {rule.help}")
