"""``briefsmith brief``: draft and verify a cross-team campaign brief."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from briefsmith.cli.common import config_from, fail, refuse_output_over_inputs, write
from briefsmith.cli.options import (
    BaseUrlOption,
    CacheOption,
    ColorOption,
    ConfigOption,
    FailOnOption,
    ModelOption,
    TimeoutOption,
    model_overrides,
    parse_date,
)


class BriefFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"
    sarif = "sarif"
    junit = "junit"


def brief(
    request: Annotated[
        str,
        typer.Argument(
            help="The brief request (.yaml, .yml, .json, or .md with YAML front matter).",
            show_default=False,
            metavar="REQUEST",
        ),
    ],
    offline: Annotated[
        bool,
        typer.Option(
            "--offline", help="No model: render what the request gives, verify, list the gaps."
        ),
    ] = False,
    fmt: Annotated[
        BriefFormat, typer.Option("--format", "-f", help="Output format.")
    ] = BriefFormat.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the brief to this file.")
    ] = None,
    fail_on: FailOnOption = None,
    today: Annotated[
        str | None,
        typer.Option(help="Reference date for the goals' relative windows (YYYY-MM-DD)."),
    ] = None,
    config: ConfigOption = None,
    color: ColorOption = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    max_reasks: Annotated[
        int | None, typer.Option(help="Re-asks when the draft fails verification.")
    ] = None,
    timeout: TimeoutOption = None,
    cache: CacheOption = None,
) -> None:
    """Draft a cross-team campaign brief from a short request, then verify it.

    A configured model drafts what the request lacks: goals, RACI, KPIs, cadence, data sharing.

    Facts the request does not give stay visible placeholders; nothing is invented.

    Verification always runs: SMART goals, one Accountable per deliverable, KPIs, dates.

    With --offline, or with no model configured, nothing is drafted: gaps are open questions.

    Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or input error.
    """
    from briefsmith.brief.draft import draft_brief
    from briefsmith.brief.request import load_brief_request
    from briefsmith.errors import BriefsmithError, ModelUnavailableError
    from briefsmith.render.brief import render_brief
    from briefsmith.render.brief.common import failing

    reference = parse_date(today)
    settings = config_from(config)
    threshold = (fail_on.value if fail_on else None) or settings.fail_on
    refuse_output_over_inputs(output, [request])
    unusable: str | None = None  # the model could not be used at all: exit 2 after the brief
    try:
        parsed = load_brief_request(request, limits=settings.limits)
        llm_settings = None
        if not offline:
            from briefsmith.llm.settings import load_llm_settings

            overrides = model_overrides(
                model=model, base_url=base_url, max_reasks=max_reasks, timeout=timeout, cache=cache
            )
            llm_settings = load_llm_settings(settings.llm, source=settings.source, **overrides)
        try:
            result = draft_brief(
                parsed, settings=llm_settings, today=reference, config=settings, offline=offline
            )
        except ModelUnavailableError as exc:  # still the request's own brief, verified
            unusable = str(exc)
            result = draft_brief(parsed, today=reference, config=settings, offline=True)
            result = result.model_copy(update={"model_error": unusable})
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    except BriefsmithError as exc:
        raise fail(str(exc)) from exc
    from briefsmith.render.safe import one_line

    if result.note:
        typer.echo(f"briefsmith: note: {one_line(result.note)}; drafting offline", err=True)
    if result.model_error and unusable is None:
        typer.echo(f"briefsmith: warning: model: {one_line(result.model_error)}", err=True)
    paint = False if output is not None else color
    text = render_brief(result, fmt.value, color=paint, fail_on=threshold)
    write(text, output)
    if unusable is not None:
        raise fail(f"model: {unusable}; the brief is the request's own, nothing was drafted")
    raise typer.Exit(1 if failing(result, threshold) else 0)
