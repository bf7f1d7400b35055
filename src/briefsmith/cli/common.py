"""What several commands share: loading the config, writing output, one-line errors.

Typer-free, so the start-up fast path of ``check`` can use it: an error is a
``SystemExit`` that both the Typer commands and the fast path let through.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from briefsmith.config import Config


def echo_err(line: str) -> None:
    print(line, file=sys.stderr)


def fail(message: str, code: int = 2) -> SystemExit:
    """Print one line to stderr and return the exit to raise (exit 2 = usage or input)."""
    from briefsmith.render.safe import printable

    prefix = "briefsmith: " if code == 130 else "briefsmith: error: "
    echo_err(prefix + printable(message, newlines=False))
    return SystemExit(code)


def config_from(path: Path | None) -> Config:
    from briefsmith.config import load_config
    from briefsmith.errors import BriefsmithError

    try:
        return load_config(path)
    except BriefsmithError as exc:
        raise fail(str(exc)) from exc


def refuse_output_over_inputs(output: Path | None, inputs: Sequence[str]) -> None:
    """Exit 2 when ``--output`` names one of the files the command reads.

    Compared by the file itself (``Path.samefile``), so a relative path, a symlink or a
    hard link to an input is caught; directories stand for the goal files in them.
    """
    if output is None or not output.exists():
        return
    from briefsmith.errors import InputError
    from briefsmith.parsing.paths import expand_paths

    for path in expand_paths(inputs):
        if isinstance(path, InputError) or path == "-":
            continue
        with contextlib.suppress(OSError):
            if Path(path).samefile(output):
                msg = f"--output {output} is the input file {path}; write the output elsewhere"
                raise fail(msg)


def write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise fail(f"{output}: cannot write: {exc.strerror or exc}") from exc


@contextlib.contextmanager
def open_output(output: Path | None) -> Iterator[TextIO]:
    """Where a report is written as it is made: ``output`` (created with its folders), or
    stdout; a file that cannot be written is one error line."""
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        handle = output.open("w", encoding="utf-8")
    except OSError as exc:
        raise fail(f"{output}: cannot write: {exc.strerror or exc}") from exc
    with handle:
        try:
            yield handle
        except OSError as exc:
            raise fail(f"{output}: cannot write: {exc.strerror or exc}") from exc


@contextlib.contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on stderr when it is a terminal; otherwise no callback."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update
