"""``briefsmith feedback``: summarise stakeholder feedback, every claim traceable."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from briefsmith.config import Config
    from briefsmith.models.feedback import FeedbackSummary

from briefsmith.cli.common import (
    config_from,
    fail,
    progress_bar,
    refuse_output_over_inputs,
    write,
)
from briefsmith.cli.options import (
    BaseUrlOption,
    CacheOption,
    ColorOption,
    ConcurrencyOption,
    ConfigOption,
    LangOption,
    ModelOption,
    TimeoutOption,
    model_overrides,
)


class Format(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


def feedback(
    path: Annotated[
        str,
        typer.Argument(
            help="Feedback file (.csv .jsonl .json .md), or - for stdin.",
            show_default=False,
            metavar="FILE",
        ),
    ],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the summary to this file.")
    ] = None,
    lang: Annotated[
        LangOption,
        typer.Option(help="Language of the summary (auto: the language most items are in)."),
    ] = LangOption.auto,
    config: ConfigOption = None,
    color: ColorOption = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    batch_size: Annotated[
        int | None,
        typer.Option(help="Most items per model request (default: as many as fit the context)."),
    ] = None,
    concurrency: ConcurrencyOption = None,
    max_reasks: Annotated[
        int | None, typer.Option(help="Re-asks when a summary fails verification.")
    ] = None,
    timeout: TimeoutOption = None,
    cache: CacheOption = None,
) -> None:
    """Summarise feedback into themes, agreements, disagreements, actions and quotes.

    Every claim cites the ids of the items it comes from, and is verified: cited ids
    exist, quotes are verbatim, counts match, every item is in a theme, no theme is
    empty. Needs a model (e.g. --model local for the bundled one).

    Exit codes: 0 summary verified; 1 verification problems remain in the summary
    (listed in it); 2 usage or input error, or no model configured.
    """
    from briefsmith.errors import BriefsmithError
    from briefsmith.feedback.load import load_feedback
    from briefsmith.feedback.summarise import summarise_feedback
    from briefsmith.llm.settings import load_llm_settings
    from briefsmith.render.feedback import render_feedback

    settings = config_from(config)
    refuse_output_over_inputs(output, [path])
    overrides = model_overrides(
        model=model,
        base_url=base_url,
        concurrency=concurrency,
        max_reasks=max_reasks,
        timeout=timeout,
        cache=cache,
    )
    try:
        items = load_feedback(path, limits=settings.limits)
        llm_settings = load_llm_settings(settings.llm, source=settings.source, **overrides)
        with progress_bar("Summarising feedback") as progress:
            summary = summarise_feedback(
                items,
                settings=llm_settings,
                lang=None if lang is LangOption.auto else lang.value,
                progress=progress,
                max_items=batch_size,
            )
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    except BriefsmithError as exc:
        raise fail(str(exc)) from exc
    summary, failing = _configured(summary, settings)
    paint = False if output is not None else color
    text = render_feedback(summary, fmt.value, color=paint)
    write(text, output)
    if summary.problems and (
        fmt is not Format.text or output is not None or not sys.stdout.isatty()
    ):
        from briefsmith.render.safe import one_line

        for problem in summary.problems:
            line = f"{one_line(problem.rule)}: {one_line(problem.message)}"
            typer.echo(f"briefsmith: warning: {line}", err=True)
    raise typer.Exit(1 if failing else 0)


def _configured(summary: FeedbackSummary, settings: Config) -> tuple[FeedbackSummary, bool]:
    """The config's ``disable``/``select`` drop problems of those rules; ``[severity]`` and
    ``fail_on`` decide whether the rest fail the run (every rule is an error by default)."""
    from briefsmith.catalog import catalog
    from briefsmith.models.report import Severity
    from briefsmith.render.common import fails

    selection = settings.selection()
    rules = {rule.id: rule for rule in catalog("feedback")}
    kept = []
    for problem in summary.problems:
        if not selection.on(problem.rule):
            continue
        rule = rules.get(problem.rule)
        level = (settings.rule_severity(rule) if rule else None) or Severity.ERROR
        kept.append(problem.model_copy(update={"severity": level}))
    if kept != summary.problems:
        summary = summary.model_copy(update={"problems": kept})
    return summary, any(fails(p.severity, settings.fail_on) for p in kept)
