"""``briefsmith check`` on many goals: a file (or a part of a large one) at a time, on every core.

The one-shot path (``load_paths`` → ``check_goals`` → ``render``) holds every goal, every
assessment and the whole report text at once: ~25 KB a goal. Here each file is read,
cut into parts of about ``PART_GOALS`` goals that keep every objective with its key
results, and each part is assessed and rendered on its own and written out in input
order; only the counts the report's head and tail need are kept (``render.stream``).
Memory follows the largest file, not the run.

With ``jobs`` > 1 and enough input to pay for it, parts are assessed by a pool of
worker processes, forked once (with the engine and its word lists already loaded, so a
worker starts in milliseconds) before any file is read; results come back in input
order, and the output is byte for byte what ``jobs=1`` writes. A small input (under
``PARALLEL_MIN_BYTES``) starts no pool. Without ``fork`` (Windows), parts run in this
process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from briefsmith.errors import InputError
from briefsmith.models.goal import Goal, GoalKind, Lang
from briefsmith.models.report import FileError
from briefsmith.render.stream import PartStats, Run, Writer, part_stats, resolve_markers, writer

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult, Pool

    from briefsmith.config import Config
    from briefsmith.rules.engine import Engine

PART_GOALS = 250
"""Goals per part: large enough that handing a part to a worker costs little, small enough
that a part's report text (~3.5 KB a goal as JSON) stays a few MB."""
PARALLEL_MIN_BYTES = 256 * 1024
"""Below this much input (≈ 2,500 goals, about a second of one core) no pool is started:
forking workers costs more than it saves."""
SPILL_BYTES = 16 * 1024 * 1024
"""Report text kept in memory before it spills to a temporary file (JSON without
``--today``, SARIF: their head is written last)."""


@dataclass(frozen=True)
class Job:
    """What assessing and rendering a part needs: the same in every process."""

    config: Config
    today: dt.date | None
    lang: Lang | None
    include_done: bool
    fmt: str
    quiet: bool
    fail_on: str


@dataclass
class Outcome:
    """What the caller reports after the output: unreadable inputs, whether to fail."""

    errors: list[FileError]
    failing: bool
    stats: PartStats = field(default_factory=PartStats)


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def check_paths(
    paths: Sequence[str],
    out: IO[str],
    job: Job,
    *,
    jobs: int = 1,
    load: Callable[[str], Any] | None = None,
) -> Outcome:
    """Check every goal file under ``paths`` and write the report in ``job.fmt`` to ``out``.

    ``load`` reads one file (default: ``parsing.parse_file`` with the config's limits).
    """
    from briefsmith.parsing import expand_paths, parse_file

    read = load or (lambda path: parse_file(path, limits=job.config.limits))
    out_writer = writer(job.fmt, quiet=job.quiet, today=_iso(job.today))
    with contextlib.ExitStack() as stack:
        body: IO[str] = out
        if out_writer.needs_run:  # its head is written last: the parts wait in a spill file
            import tempfile

            body = stack.enter_context(
                tempfile.SpooledTemporaryFile(SPILL_BYTES, mode="w+", encoding="utf-8")
            )
        else:
            out.write(out_writer.head(None))
        sink = _Sink(body, out_writer)
        errors: list[FileError] = []
        as_of: set[dt.date | None] = set()
        files = list(expand_paths(paths))
        with _runner(job, jobs, files) as runner:
            for number, path in enumerate(files, start=1):
                if isinstance(path, InputError):
                    errors.append(_file_error(path))
                    continue
                try:
                    parsed = read(path)
                    goals = parsed.goals()  # ids settled: any error is raised here
                except InputError as exc:
                    errors.append(_file_error(exc))
                    continue
                errors.extend(_file_error(error) for error in parsed.errors)
                as_of.update(draft.as_of for draft in parsed.drafts)
                families = parsed.families()
                del parsed  # the goals are made a part at a time, and freed once assessed
                if number == len(files) and body is not out and out_writer.needs_only_today:
                    # The last file: the reference date is known, the rest need not spill.
                    today = job.today or _shared_as_of(as_of)
                    runner.drain(sink.write)
                    out.write(out_writer.head(None, today=today.isoformat()))
                    _copy(body, out, None)
                    sink.body = body = out
                for part in split(goals, families):
                    runner.submit(part, sink.write)
            runner.drain(sink.write)
        sink.last(out_writer.errors(errors))
        stats = sink.stats
        today = job.today or _shared_as_of(as_of)
        run = Run(
            today=today.isoformat(),
            summary=stats.summary(len(errors)),
            errors=errors,
            unknown_rules=stats.unknown_rules,
            goals=stats.goals,
        )
        if body is not out:
            out.write(out_writer.head(run))
            _copy(body, out, run)
        out.write(out_writer.tail(run, sink.any_part))
    return Outcome(errors, stats.failing, stats)


def split(
    goals: Iterable[Goal], families: Sequence[Hashable | None], size: int | None = None
) -> Iterator[list[Goal]]:
    """``goals`` in runs of about ``size`` (``PART_GOALS``) that never separate an
    objective from its key results and initiatives (wherever in the file they are), so
    each run renders alone. ``families[i]``: the family of the i-th goal (or None)."""
    size = size or PART_GOALS
    last: dict[Hashable, int] = {}
    for index, key in enumerate(families):
        if key is not None:
            last[key] = index
    part: list[Goal] = []
    reach = 0
    for index, goal in enumerate(goals):
        part.append(goal)
        if (key := families[index]) is not None:
            reach = max(reach, last[key])
        if len(part) >= size and reach <= index:
            yield part
            part = []
    if part:
        yield part


def goal_families(goals: list[Goal]) -> list[str | None]:
    """``split``'s families, read from goals."""
    return [_family(goal) for goal in goals]


def _family(goal: Goal) -> str | None:
    if goal.kind is GoalKind.OBJECTIVE:
        return goal.id
    return goal.objective_id


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _shared_as_of(dates: set[dt.date | None]) -> dt.date:
    """As ``check._shared_as_of``: the files' as_of if they agree, else today."""
    if len(dates) == 1 and (only := next(iter(dates))) is not None:
        return only
    return dt.date.today()


def _file_error(error: InputError) -> FileError:
    return FileError(path=error.path, line=error.line, message=error.reason)


def _copy(body: IO[str], out: IO[str], run: Run | None) -> None:
    """The spilled parts, after the head; SARIF rule markers resolved when there are any."""
    import shutil

    body.seek(0)
    if run is None or not run.unknown_rules:
        shutil.copyfileobj(body, out, 1 << 20)
        return
    from briefsmith.render.stream import SarifWriter

    known = len(SarifWriter()._log.rules)
    carry = ""
    while chunk := body.read(1 << 20):
        text = carry + chunk
        cut = text.rfind("\n") + 1  # markers never span a line
        out.write(resolve_markers(text[:cut], run, known))
        carry = text[cut:]
    out.write(resolve_markers(carry, run, known))


class _Sink:
    """Writes parts in order with the format's separators, and adds up their counts."""

    def __init__(self, body: IO[str], out_writer: Writer) -> None:
        self.body = body
        self.writer = out_writer
        self.any_part = False
        self.stats = PartStats()

    def write(self, text: str, stats: PartStats) -> None:
        self.stats.add(stats)
        self.last(text)

    def last(self, text: str) -> None:
        if not text:
            return
        self.body.write(self.writer.sep if self.any_part else self.writer.first)
        self.body.write(text)
        self.any_part = True


# -- assessing parts --------------------------------------------------------------------------

_JOB: Job | None = None
"""The job of this process (set before workers are forked, so they inherit it)."""
_STATE: tuple[Engine, Writer] | None = None


def _state() -> tuple[Engine, Writer]:
    global _STATE
    if _STATE is None:
        from briefsmith.rules.engine import Engine

        assert _JOB is not None
        engine = Engine(
            _JOB.config, today=_JOB.today, lang=_JOB.lang, include_done=_JOB.include_done
        )
        _STATE = engine, writer(_JOB.fmt, quiet=_JOB.quiet, today=_iso(_JOB.today))
    return _STATE


def assess_part(goals: list[Goal]) -> tuple[str, PartStats]:
    """A part's report text and counts (in a worker, or in this process)."""
    engine, part_writer = _state()
    assert _JOB is not None
    was_enabled = gc.isenabled()
    gc.disable()  # the engine's many small objects are acyclic; see check._no_gc
    try:
        assessments = [engine.assess(goal) for goal in goals]
        text, unknown = part_writer.part(assessments)
        stats = part_stats(assessments, _JOB.fail_on)
    finally:
        if was_enabled:
            gc.enable()
    stats.unknown_rules = unknown
    return text, stats


Write = Callable[[str, PartStats], None]


class _Serial:
    def __init__(self, job: Job) -> None:
        global _JOB, _STATE
        _JOB, _STATE = job, None

    def submit(self, goals: list[Goal], write: Write) -> None:
        write(*assess_part(goals))

    def drain(self, write: Write) -> None:
        return None

    def __enter__(self) -> _Serial:
        return self

    def __exit__(self, *exc: object) -> None:
        global _JOB, _STATE
        _JOB, _STATE = None, None


class _Parallel(_Serial):
    """Parts go to ``jobs`` forked workers; results are written in the order submitted,
    with at most two parts a worker in flight (so finished text does not pile up)."""

    def __init__(self, job: Job, jobs: int) -> None:
        import multiprocessing

        super().__init__(job)
        _warm_up()
        gc.collect()
        gc.freeze()  # the workers' collectors leave what they inherit alone (no copies)
        try:
            context = multiprocessing.get_context("fork")
            self.pool: Pool = context.Pool(jobs)
        finally:
            gc.unfreeze()
        self.limit = 2 * jobs
        self.pending: deque[AsyncResult[tuple[str, PartStats]]] = deque()

    def submit(self, goals: list[Goal], write: Write) -> None:
        while len(self.pending) >= self.limit:
            write(*self.pending.popleft().get())
        self.pending.append(self.pool.apply_async(assess_part, (goals,)))

    def drain(self, write: Write) -> None:
        while self.pending:
            write(*self.pending.popleft().get())

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.pool.close()
        else:
            self.pool.terminate()
        self.pool.join()
        super().__exit__(*exc)


def _warm_up() -> None:
    """Load the engine's word lists and patterns once, here, so forked workers share them."""
    engine, _ = _state()
    for text in ("Grow revenue 10% by 2027", "提高收入10%", "Увеличить выручку на 10%"):
        engine.assess(Goal(id="warm-up", statement=text))


def _runner(job: Job, jobs: int, files: list[str | InputError]) -> _Serial:
    if jobs > 1 and _input_bytes(files) >= PARALLEL_MIN_BYTES and _can_fork():
        return _Parallel(job, jobs)
    return _Serial(job)


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _input_bytes(files: list[str | InputError]) -> int:
    total = 0
    for path in files:
        if isinstance(path, str) and path != "-":
            try:
                total += Path(path).stat().st_size
            except OSError:
                continue
    return total
