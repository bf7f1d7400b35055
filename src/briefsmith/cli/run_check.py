"""What ``briefsmith check`` does once its arguments are read, without the CLI framework.

Two front ends call :func:`run_check`: the Typer command (help, every option, the model
path) and the start-up fast path (:mod:`briefsmith.cli.fast`), which reads the common
offline invocations without importing Typer — a pre-commit hook runs on every commit.
Nothing here imports typer, rich or the model stack unless the options ask for them.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefsmith.cli.common import (
    config_from,
    echo_err,
    fail,
    open_output,
    progress_bar,
    refuse_output_over_inputs,
    write,
)

if TYPE_CHECKING:
    from briefsmith.config import Config
    from briefsmith.models.goal import Goal, Lang
    from briefsmith.models.report import CheckReport, FileError

FORMATS = ("text", "json", "markdown", "sarif", "junit", "concise", "github", "rdjson")
FAIL_ON = ("error", "warning", "never")
LANGS = ("auto", "en", "zh", "ru")


@dataclass
class CheckOptions:
    """The values of ``briefsmith check``'s arguments (None: not given)."""

    paths: list[str]
    fmt: str = "text"
    output: Path | None = None
    fail_on: str | None = None
    quiet: bool = False
    statistics: bool = False
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    include_done: bool = False
    offline: bool = False
    today: str | None = None
    lang: str | None = None
    config: Path | None = None
    color: bool | None = None
    llm: bool = False
    model_options: dict[str, Any] = field(default_factory=dict)
    """--model, --base-url, --batch-size … as given (only with --llm)."""
    jobs: int | None = None
    """Worker processes (--jobs); None: one per core."""


def parse_date(value: str | None, option: str = "--today") -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option}: {value!r} is not a date in YYYY-MM-DD form") from None


def split_names(values: list[str]) -> list[str]:
    """``--select a,b --select c`` → ``[a, b, c]``."""
    return [name for value in values for name in value.replace(",", " ").split()]


def select_rules(settings: Config, select: list[str], ignore: list[str]) -> Config:
    """The config with ``--select`` (replacing its ``select``) and ``--ignore`` (added to its
    ``disable``); an unknown rule is a usage error naming the option."""
    from briefsmith.catalog import normalise, unknown

    chosen, skipped = split_names(select), split_names(ignore)
    for option, names in (("--select", chosen), ("--ignore", skipped)):
        if bad := unknown(normalise(n) for n in names):
            raise fail(
                f"{option}: unknown rule or criterion {bad[0]!r} (see `briefsmith rules`: a "
                "rule id, a prefix such as 'measurable', or 'all')"
            )
    if not chosen and not skipped:
        return settings
    update: dict[str, Any] = {"disable": [*settings.disable, *map(normalise, skipped)]}
    if chosen:
        update["select"] = [normalise(n) for n in chosen]
    return settings.model_copy(update=update)


def run_check(o: CheckOptions) -> int:
    """Check, render, write; the exit code (0 clean, 1 findings, 2 usage or input error)."""
    from briefsmith.render.common import failing, location
    from briefsmith.render.safe import one_line

    for name, value, allowed in (
        ("--format", o.fmt, FORMATS),
        ("--fail-on", o.fail_on, FAIL_ON),
        ("--lang", o.lang, LANGS),
    ):
        if value is not None and value not in allowed:
            raise fail(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    reference = parse_date(o.today)
    settings = select_rules(config_from(o.config), o.select, o.ignore)
    threshold = o.fail_on or settings.fail_on
    chosen = o.lang or settings.lang
    if o.offline and o.llm:
        raise fail("--offline and --llm contradict each other; choose one")
    refuse_output_over_inputs(o.output, o.paths)

    from briefsmith.models.goal import Lang

    forced_lang = None if chosen == "auto" else Lang(chosen)
    if o.jobs is not None and o.jobs < 1:
        raise fail(f"--jobs: {o.jobs} is not a number of processes (1 or more)")
    if _streams(o):
        return _run_streaming(o, settings, reference, forced_lang, threshold)
    from briefsmith.parsing import load_paths

    unusable: str | None = None  # the model could not be used at all: exit 2 after the report
    try:
        goals, errors = load_paths(o.paths, limits=settings.limits)
        if o.llm:
            report, unusable = _check_with_model(goals, errors, settings, reference, forced_lang, o)
        else:
            from briefsmith.check import check_goals

            report = check_goals(
                goals,
                today=reference,
                config=settings,
                lang=forced_lang,
                errors=errors,
                include_done=o.include_done,
            )
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    from briefsmith.render import render

    text = render(
        report,
        o.fmt,
        fail_on=threshold,
        color=False if o.output is not None else o.color,
        quiet=o.quiet,
        statistics=o.statistics,
    )
    write(text, o.output)
    # Unreadable inputs and goals the model could not judge also go to stderr, unless the
    # text report on a terminal already shows them.
    if o.fmt != "text" or o.output is not None or not sys.stdout.isatty():
        for error in errors:
            where = location(error.path, error.line)
            echo_err(f"briefsmith: error: {where}: {one_line(error.message)}")
        if unusable is None:  # otherwise every goal has the same error: said once, below
            for goal in report.goals:
                if goal.model_error:
                    where = location(goal.source)
                    echo_err(f"briefsmith: warning: {where}: model: {one_line(goal.model_error)}")
    if unusable is not None:
        raise fail(f"model: {unusable}; the report has the rules engine's verdicts only")
    if errors:
        return 2
    return 1 if failing(report, threshold) else 0


def _streams(o: CheckOptions) -> bool:
    """Whether the report can be written a part at a time (``briefsmith.streaming``): the
    rules engine, and a format laid out goal by goal."""
    from briefsmith.render.stream import STREAMED

    if o.llm or o.statistics or o.fmt not in STREAMED:
        return False
    if o.fmt == "text":
        from briefsmith.render.common import wants_color

        color = False if o.output is not None else o.color
        return not (wants_color() if color is None else color)
    return True


def _run_streaming(
    o: CheckOptions,
    settings: Config,
    today: dt.date | None,
    lang: Lang | None,
    threshold: str,
) -> int:
    """Check and write as the goals are read, a file or part of one at a time."""
    from briefsmith.render.common import location
    from briefsmith.render.safe import one_line
    from briefsmith.streaming import Job, check_paths, default_jobs

    job = Job(settings, today, lang, o.include_done, o.fmt, o.quiet, threshold)
    try:
        with open_output(o.output) as out:
            outcome = check_paths(o.paths, out, job, jobs=o.jobs or default_jobs())
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    if o.fmt != "text" or o.output is not None or not sys.stdout.isatty():
        for error in outcome.errors:
            where = location(error.path, error.line)
            echo_err(f"briefsmith: error: {where}: {one_line(error.message)}")
    if outcome.errors:
        return 2
    return 1 if outcome.failing else 0


def _check_with_model(
    goals: list[Goal],
    errors: list[FileError],
    settings: Config,
    today: dt.date | None,
    lang: Lang | None,
    o: CheckOptions,
) -> tuple[CheckReport, str | None]:
    """The hybrid check, and why the model could not be used at all (None when it could).

    A model that cannot be used still leaves the rules report; any other model error ends
    as one line and exit 2.
    """
    from briefsmith.errors import BriefsmithError
    from briefsmith.llm.run import HybridCheckError, check_goals_llm
    from briefsmith.llm.settings import load_llm_settings

    try:
        llm_settings = load_llm_settings(settings.llm, source=settings.source, **o.model_options)
        with progress_bar("Asking the model") as progress:
            report = check_goals_llm(
                goals,
                settings=llm_settings,
                config=settings,
                today=today,
                lang=lang,
                include_done=o.include_done,
                errors=errors,
                progress=progress,
            )
    except HybridCheckError as exc:
        return exc.report, str(exc)
    except BriefsmithError as exc:
        raise fail(str(exc)) from exc
    return report, None
