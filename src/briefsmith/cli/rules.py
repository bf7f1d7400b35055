"""``briefsmith rules``: the checks each command runs, with their severities."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from briefsmith.cli.common import config_from


class Checks(StrEnum):
    all = "all"
    check = "check"
    brief = "brief"
    feedback = "feedback"


def rules(
    which: Annotated[
        Checks,
        typer.Argument(
            help="check: the SMART goal checks; brief: the brief's verification; feedback: "
            "the feedback summary's verification; all (default): the three, alike."
        ),
    ] = Checks.all,
    config: Annotated[
        Path | None, typer.Option(help="Config file to apply severities and disable from.")
    ] = None,
) -> None:
    """List every check with its id, severity (after your configuration) and fix.

    The same ids work everywhere: the config's severity and disable keys, --select and
    --ignore, and inline <!-- briefsmith: ignore RULE --> comments (an id, a prefix such as
    'measurable', or 'all'). 'off': disabled; 'inherit': takes the severity of the SMART
    check that fired.
    """
    from briefsmith.catalog import COMMANDS, Command, catalog

    settings = config_from(config)
    selection = settings.selection()
    commands: tuple[Command, ...] = (
        COMMANDS if which is Checks.all else (which.value,)  # type: ignore[assignment]
    )
    rows: list[tuple[str, str, str, str] | None] = []
    for command in commands:
        if rows:
            rows.append(None)  # a blank line between the commands
        for rule in catalog(command):
            if not selection.on(rule.id):
                severity = "off"
            else:
                level = settings.rule_severity(rule)
                severity = level.value if level is not None else "inherit"
            rows.append((rule.id, severity, rule.summary, rule.help))
    width = max(len(row[0]) for row in rows if row is not None)
    for row in rows:
        if row is None:
            typer.echo("")
            continue
        rule_id, severity, summary, fix = row
        typer.echo(f"{rule_id:<{width}}  {severity:<10}  {summary}")
        typer.echo(f"{'':<{width}}  {'':<10}  fix: {fix}")
