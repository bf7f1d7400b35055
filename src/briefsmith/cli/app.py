"""The Typer application; each command's help text is its docstring."""

from __future__ import annotations

import typer

from briefsmith import __version__
from briefsmith.cli import brief, check, config_cmd, feedback, lsp, rules, schema
from briefsmith.cli.help import HelpCommand, HelpGroup

app = typer.Typer(
    name="briefsmith",
    help="SMART goals, cross-team briefs and feedback summaries for marketing teams.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help and one-paragraph usage errors (no boxes): they read well in CI logs.
    rich_markup_mode=None,
    cls=HelpGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefsmith {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """SMART goals, cross-team briefs and feedback summaries for marketing teams."""


app.command("check", cls=HelpCommand)(check.check)
app.command("brief", cls=HelpCommand)(brief.brief)
app.command("feedback", cls=HelpCommand)(feedback.feedback)
app.command("rules", cls=HelpCommand)(rules.rules)
app.command("schema", cls=HelpCommand)(schema.schema)
app.command("config", cls=HelpCommand)(config_cmd.config)
app.command("lsp", cls=HelpCommand)(lsp.lsp)
