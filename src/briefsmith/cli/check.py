"""``briefsmith check``: lint goal files against the SMART rubric.

This module is the Typer front end (help, validation of every option, the model path);
the work is :func:`briefsmith.cli.run_check.run_check`, which the start-up fast path
calls directly for common offline invocations.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from briefsmith.cli.options import (
    MODEL_PANEL,
    BaseUrlOption,
    CacheOption,
    ColorOption,
    ConcurrencyOption,
    ConfigOption,
    FailOnOption,
    IgnoreOption,
    LangOption,
    ModelOption,
    SelectOption,
    TimeoutOption,
    model_overrides,
)
from briefsmith.cli.run_check import CheckOptions, run_check


class Format(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    sarif = "sarif"
    junit = "junit"
    concise = "concise"
    github = "github"
    rdjson = "rdjson"


def check(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Goal files (.md .txt .yaml .json .jsonl .csv), or - for stdin.",
            show_default=False,
            metavar="PATH",
        ),
    ],
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="Output format: text, json, markdown, sarif, junit; concise (one line per "
            "finding), github (workflow annotations), rdjson (reviewdog).",
        ),
    ] = Format.text,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write the report to this file."),
    ] = None,
    fail_on: FailOnOption = None,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="Show only goals with findings (text, markdown)."),
    ] = False,
    statistics: Annotated[
        bool,
        typer.Option(
            "--statistics", help="Print the number of findings per rule instead of the report."
        ),
    ] = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    include_done: Annotated[
        bool,
        typer.Option(
            "--include-done",
            help="Judge items marked done too (by default they are listed, not judged).",
        ),
    ] = False,
    offline: Annotated[
        bool, typer.Option("--offline", help="Use only the rules engine (no model, no network).")
    ] = False,
    today: Annotated[
        str | None,
        typer.Option(
            metavar="DATE",
            help="Reference date for relative windows such as 'next quarter' "
            "(YYYY-MM-DD; default: today, or as_of in the file's front matter).",
        ),
    ] = None,
    lang: Annotated[
        LangOption | None,
        typer.Option(
            metavar="LANG", help="Language of the goals: auto (detected per goal), en, zh, ru."
        ),
    ] = None,
    config: ConfigOption = None,
    color: ColorOption = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Worker processes for large inputs (default: one per core; small inputs "
            "always run in one).",
        ),
    ] = None,
    llm: Annotated[
        bool,
        typer.Option(
            "--llm",
            help="Add the model's judgement and a verified model rewrite (needs a model).",
            rich_help_panel=MODEL_PANEL,
        ),
    ] = False,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    batch_size: Annotated[
        int | None,
        typer.Option(metavar="N", help="Goals per model request.", rich_help_panel=MODEL_PANEL),
    ] = None,
    concurrency: ConcurrencyOption = None,
    max_reasks: Annotated[
        int | None,
        typer.Option(
            metavar="N",
            help="Re-asks when a model rewrite fails verification.",
            rich_help_panel=MODEL_PANEL,
        ),
    ] = None,
    timeout: TimeoutOption = None,
    cache: CacheOption = None,
) -> None:
    """Check goals against the SMART rubric: evidence, fixes and a rewrite for every goal.

    Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
    2 usage or input error (the readable files are still reported).
    """
    options = CheckOptions(
        paths=paths,
        fmt=fmt.value,
        output=output,
        fail_on=fail_on.value if fail_on else None,
        quiet=quiet,
        statistics=statistics,
        select=select or [],
        ignore=ignore or [],
        include_done=include_done,
        offline=offline,
        today=today,
        lang=lang.value if lang else None,
        config=config,
        color=color,
        llm=llm,
        jobs=jobs,
        model_options=model_overrides(
            model=model,
            base_url=base_url,
            batch_size=batch_size,
            concurrency=concurrency,
            max_reasks=max_reasks,
            timeout=timeout,
            cache=cache,
        ),
    )
    raise typer.Exit(run_check(options))
