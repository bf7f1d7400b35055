"""``briefsmith config``: the effective settings, with secrets masked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from briefsmith.cli.common import config_from, fail


def config(
    config_file: Annotated[
        Path | None, typer.Option("--config", help="Config file to read.")
    ] = None,
) -> None:
    """Show the effective configuration: the lint settings and the LLM settings.

    Sources, lowest first: defaults, briefsmith.toml / [tool.briefsmith], environment
    (BRIEFSMITH_*, OPENAI_API_KEY, OPENAI_BASE_URL). The API key is never printed.
    """
    from briefsmith.errors import BriefsmithError
    from briefsmith.llm.settings import load_llm_settings

    settings = config_from(config_file)
    try:
        llm = load_llm_settings(settings.llm, source=settings.source)
    except BriefsmithError as exc:
        raise fail(str(exc)) from exc
    lint = settings.model_dump(mode="json", exclude={"llm"})
    shown = {"config_file": settings.source, "check": lint, "llm": llm.masked()}
    typer.echo(json.dumps(shown, indent=2, ensure_ascii=False, default=str))
