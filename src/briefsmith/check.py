"""The library entry point: goals in, a ``CheckReport`` out (the same path the CLI takes)."""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from briefsmith.config import Config
from briefsmith.models.fast import construct
from briefsmith.models.goal import Goal, GoalStatus, Lang
from briefsmith.models.report import (
    CheckReport,
    FileError,
    GoalAssessment,
    Severity,
    Status,
    Summary,
    Verdict,
)


def check_goals(
    goals: Iterable[Goal],
    *,
    today: dt.date | None = None,
    config: Config | None = None,
    lang: Lang | None = None,
    errors: Iterable[FileError] = (),
    include_done: bool = False,
) -> CheckReport:
    """Assess every goal with the rules engine; ``errors`` are unreadable inputs to report.

    Items marked done and placeholders are listed, not judged (``include_done`` judges
    the done ones too).

    ``today`` resolves relative windows ("next quarter"); when given it wins over a
    file's ``as_of``, when omitted each goal uses its ``as_of`` or the current date.
    """
    from briefsmith.rules.engine import Engine

    goals = list(goals)
    engine = Engine(config or Config(), today=today, lang=lang, include_done=include_done)
    with _no_gc():
        assessments = [engine.assess(goal) for goal in goals]
    return build_report(assessments, list(errors), today=today or _shared_as_of(goals))


def iter_assessments(
    goals: Iterable[Goal],
    *,
    today: dt.date | None = None,
    config: Config | None = None,
    lang: Lang | None = None,
    include_done: bool = False,
) -> Iterator[GoalAssessment]:
    """Assess goals one by one as they come: for content workflows that process goals from
    a queue or a generator and act on each result at once (nothing is held back for a
    report). Each goal's relative windows use ``today``, else its own ``as_of``, else the
    current date."""
    from briefsmith.rules.engine import Engine

    engine = Engine(config or Config(), today=today, lang=lang, include_done=include_done)
    for goal in goals:
        yield engine.assess(goal)


async def acheck_goals(
    goals: Iterable[Goal],
    *,
    today: dt.date | None = None,
    config: Config | None = None,
    lang: Lang | None = None,
    errors: Iterable[FileError] = (),
    include_done: bool = False,
) -> CheckReport:
    """:func:`check_goals` for async code: the engine runs in a worker thread, so the event
    loop keeps serving while a large file is assessed."""
    import asyncio

    return await asyncio.to_thread(
        check_goals,
        list(goals),
        today=today,
        config=config,
        lang=lang,
        errors=list(errors),
        include_done=include_done,
    )


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cycle collector while assessing.

    The engine allocates many small, acyclic objects that all stay alive in the report;
    the collector would rescan them again and again (a third of the run on 10,000 goals)
    and find nothing to free. Afterwards they are handed straight to the oldest
    generation (``freeze`` + ``unfreeze``, two list splices): otherwise the first young
    collection after the pause scans every one of them (~10 µs a goal) for nothing.
    Skipped when the caller has frozen objects of its own, which ``unfreeze`` would thaw.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()


def _shared_as_of(goals: list[Goal]) -> dt.date:
    """The reference date when none was given: the files' as_of if they agree, else today."""
    dates = {goal.as_of for goal in goals}
    if len(dates) == 1 and (only := dates.pop()) is not None:
        return only
    return dt.date.today()


def build_report(
    assessments: list[GoalAssessment], errors: list[FileError], *, today: dt.date
) -> CheckReport:
    # The parts are models already validated (or built by the engine from trusted values):
    # validating the whole report again would rebuild every goal for nothing.
    return construct(
        CheckReport,
        version=2,
        engine="rules",
        today=today.isoformat(),
        goals=assessments,
        errors=errors,
        summary=summarise(assessments, errors),
        usage=None,
    )


def summarise(assessments: list[GoalAssessment], errors: list[FileError]) -> Summary:
    verdicts = Counter(a.verdict for a in assessments)
    statuses = Counter(a.status for a in assessments)
    severities: Counter[Severity] = Counter()
    passing: Counter[str] = Counter()
    for assessment in assessments:
        for criterion, result in assessment.criteria.items():
            if result.status is Status.PASS:
                passing[criterion] += 1
            elif result.severity and not result.suppressed:
                severities[result.severity] += 1
        for finding in assessment.findings:
            if not finding.suppressed:
                severities[finding.severity] += 1
    return Summary(
        goals=len(assessments) - sum(1 for a in assessments if a.verdict is None),
        done=statuses[GoalStatus.DONE],
        placeholders=statuses[GoalStatus.PLACEHOLDER],
        smart=verdicts[Verdict.SMART],
        partial=verdicts[Verdict.PARTIAL],
        not_smart=verdicts[Verdict.NOT_SMART],
        errors=len(errors),
        by_severity=dict(severities),
        passing_by_criterion=dict(passing),
    )
