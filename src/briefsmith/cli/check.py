"""``briefsmith check``: lint goal files against the SMART rubric."""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from briefsmith.config import Config
    from briefsmith.models.goal import Goal, Lang
    from briefsmith.models.report import CheckReport, FileError

from briefsmith.cli.common import config_from, fail, progress_bar, write
from briefsmith.cli.options import (
    BaseUrlOption,
    CacheOption,
    ColorOption,
    ConcurrencyOption,
    ConfigOption,
    FailOnOption,
    LangOption,
    ModelOption,
    TimeoutOption,
    model_overrides,
    parse_date,
)


class Format(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    sarif = "sarif"
    junit = "junit"


def check(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Goal files (.md .txt .yaml .json .jsonl .csv), or - for stdin.",
            show_default=False,
            metavar="PATH",
        ),
    ],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    fail_on: FailOnOption = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Use only the rules engine (no model, no network).")
    ] = False,
    today: Annotated[
        str | None,
        typer.Option(
            help="Reference date for relative windows such as 'next quarter' "
            "(YYYY-MM-DD; default: today, or as_of in the file's front matter)."
        ),
    ] = None,
    lang: Annotated[
        LangOption | None,
        typer.Option(help="Language of the goals (default: auto, detected per goal)."),
    ] = None,
    config: ConfigOption = None,
    color: ColorOption = None,
    llm: Annotated[
        bool,
        typer.Option(
            "--llm", help="Add the model's judgement and a verified model rewrite (needs a model)."
        ),
    ] = False,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    batch_size: Annotated[int | None, typer.Option(help="Goals per model request.")] = None,
    concurrency: ConcurrencyOption = None,
    max_reasks: Annotated[
        int | None, typer.Option(help="Re-asks when a model rewrite fails verification.")
    ] = None,
    timeout: TimeoutOption = None,
    cache: CacheOption = None,
) -> None:
    """Check goals against the SMART rubric: evidence, fixes and a rewrite for every goal.

    Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
    2 usage or input error (the readable files are still reported).
    """
    from briefsmith.check import check_goals
    from briefsmith.models.goal import Lang
    from briefsmith.parsing import load_paths
    from briefsmith.render import render
    from briefsmith.render.common import fails, findings, location

    reference = parse_date(today)
    settings = config_from(config)
    threshold = (fail_on.value if fail_on else None) or settings.fail_on
    chosen = (lang.value if lang else None) or settings.lang
    if offline and llm:
        raise fail("--offline and --llm contradict each other; choose one")
    forced_lang = None if chosen == "auto" else Lang(chosen)

    unusable: str | None = None  # the model could not be used at all: exit 2 after the report
    try:
        goals, errors = load_paths(paths)
        if llm:
            report, unusable = _check_with_model(
                goals,
                errors,
                settings,
                reference,
                forced_lang,
                model_overrides(
                    model=model,
                    base_url=base_url,
                    batch_size=batch_size,
                    concurrency=concurrency,
                    max_reasks=max_reasks,
                    timeout=timeout,
                    cache=cache,
                ),
            )
        else:
            report = check_goals(
                goals, today=reference, config=settings, lang=forced_lang, errors=errors
            )
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    text = render(
        report, fmt.value, fail_on=threshold, color=False if output is not None else color
    )
    write(text, output)
    # Unreadable inputs and goals the model could not judge also go to stderr, unless the
    # text report on a terminal already shows them.
    if fmt is not Format.text or output is not None or not sys.stdout.isatty():
        for error in errors:
            where = location(error.path, error.line)
            typer.echo(f"briefsmith: error: {where}: {error.message}", err=True)
        if unusable is None:  # otherwise every goal has the same error: said once, below
            for goal in report.goals:
                if goal.model_error:
                    where = location(goal.source)
                    typer.echo(f"briefsmith: warning: {where}: model: {goal.model_error}", err=True)
    if unusable is not None:
        raise fail(f"model: {unusable}; the report has the rules engine's verdicts only")
    if errors:
        raise typer.Exit(2)
    failing = any(
        result.severity is not None and fails(result.severity, threshold)
        for goal in report.goals
        for _, result in findings(goal)
    )
    raise typer.Exit(1 if failing else 0)


def _check_with_model(
    goals: list[Goal],
    errors: list[FileError],
    settings: Config,
    today: dt.date | None,
    lang: Lang | None,
    overrides: dict[str, Any],
) -> tuple[CheckReport, str | None]:
    """The hybrid check, and why the model could not be used at all (None when it could).

    A model that cannot be used still leaves the rules report; any other model error ends
    as one line and exit 2.
    """
    from briefsmith.errors import BriefsmithError
    from briefsmith.llm.run import HybridCheckError, check_goals_llm
    from briefsmith.llm.settings import load_llm_settings

    try:
        llm_settings = load_llm_settings(settings.llm, source=settings.source, **overrides)
        with progress_bar("Asking the model") as progress:
            report = check_goals_llm(
                goals,
                settings=llm_settings,
                config=settings,
                today=today,
                lang=lang,
                errors=errors,
                progress=progress,
            )
    except HybridCheckError as exc:
        return exc.report, str(exc)
    except BriefsmithError as exc:
        raise fail(str(exc)) from exc
    return report, None
