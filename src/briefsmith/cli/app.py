"""The Typer application; each command's help text is its docstring."""

from __future__ import annotations

import warnings
from typing import Any

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
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """SMART goals, cross-team briefs and feedback summaries for marketing teams."""
    _show_warnings(ctx)


def _show_warnings(ctx: typer.Context) -> None:
    """While the command runs, each ``BriefsmithWarning`` is one line on stderr."""
    from briefsmith.errors import BriefsmithWarning

    caught = warnings.catch_warnings()
    caught.__enter__()
    ctx.call_on_close(lambda: caught.__exit__(None, None, None))
    warnings.simplefilter("always", BriefsmithWarning)
    shown = warnings.showwarning

    def show(message: Any, category: type[Warning], *args: Any, **kwargs: Any) -> None:
        if issubclass(category, BriefsmithWarning):
            from briefsmith.render.safe import one_line

            typer.echo(f"briefsmith: warning: {one_line(str(message))}", err=True)
        else:
            shown(message, category, *args, **kwargs)

    warnings.showwarning = show


app.command("check", cls=HelpCommand)(check.check)
app.command("brief", cls=HelpCommand)(brief.brief)
app.command("feedback", cls=HelpCommand)(feedback.feedback)
app.command("rules", cls=HelpCommand)(rules.rules)
app.command("schema", cls=HelpCommand)(schema.schema)
app.command("config", cls=HelpCommand)(config_cmd.config)
app.command("lsp", cls=HelpCommand)(lsp.lsp)
