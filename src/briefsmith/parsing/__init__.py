"""Reading goal files (Markdown, text, YAML, JSON, JSONL, CSV or stdin) into ``Goal`` models.

Everything a user can get wrong about an input ends as one ``InputError`` naming the
file and, where known, the line, so the CLI can report it and carry on. A bad record
inside a structured file is such an error too, and the file's other goals are kept.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from briefsmith.errors import InputError
from briefsmith.models.goal import Goal
from briefsmith.models.report import FileError
from briefsmith.parsing.draft import Draft, family, iter_goals
from briefsmith.parsing.limits import Limits, raise_hint
from briefsmith.parsing.markdown import parse_markdown
from briefsmith.parsing.paths import expand_paths
from briefsmith.parsing.plaintext import parse_text
from briefsmith.parsing.source import EXTENSIONS, MAX_BYTES, Format, Source, read_source
from briefsmith.parsing.structured import parse_json, parse_jsonl, parse_yaml
from briefsmith.parsing.tabular import parse_csv
from briefsmith.parsing.validate import check_fields

__all__ = [
    "EXTENSIONS",
    "MAX_BYTES",
    "Limits",
    "Loaded",
    "expand_paths",
    "load_file",
    "load_goals",
    "load_paths",
    "parse_file",
]

_PARSERS: dict[Format, Callable[[Source], list[Draft]]] = {
    "markdown": parse_markdown,
    "text": parse_text,
    "yaml": parse_yaml,
    "json": parse_json,
    "jsonl": parse_jsonl,
    "csv": parse_csv,
}


TRUSTED = frozenset({"markdown", "text"})
"""Formats whose parsers make every value in its final type (see ``build_goals``)."""


@dataclass
class Loaded:
    """The goals read from one file, and the errors in the parts that could not be read."""

    goals: list[Goal]
    errors: list[InputError] = field(default_factory=list)


@dataclass
class Parsed:
    """One file read and parsed, its goals not made yet (:func:`parse_file`)."""

    path: str
    drafts: list[Draft]
    errors: list[InputError]
    trusted: bool

    def goals(self) -> Iterator[Goal]:
        """The goals, made one at a time; ``InputError`` (a duplicate id …) is raised by
        this call, before the first goal."""
        made = iter_goals(self.drafts, self.path, trusted=self.trusted)
        return _checked(made)

    def families(self) -> list[int | None]:
        """Per goal, the objective family it belongs to (see ``draft.family``); valid
        once :meth:`goals` has been called."""
        return [family(draft) for draft in self.drafts]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Parsing makes many small objects and frees them by reference counting (the
    Markdown reader breaks its own cycles): the cycle collector would only rescan them,
    a fifth of the time on a large file."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _checked(goals: Iterator[Goal]) -> Iterator[Goal]:
    for goal in goals:
        check_fields(goal)
        yield goal


def parse_file(
    path: str | os.PathLike[str],
    *,
    text: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Parsed:
    """:func:`load_file` without making the goals: a large file's goals can then be made,
    checked and dropped a few at a time."""
    source = read_source(path, text=text, max_bytes=max_bytes, limits=limits)
    with _collector_paused():
        drafts = _PARSERS[source.format](source)
    if len(drafts) > source.limits.max_goals:
        msg = f"more than {source.limits.max_goals:,} goals in one file ({raise_hint('max_goals')})"
        raise InputError(source.path, msg)
    return Parsed(source.path, drafts, list(source.errors), source.format in TRUSTED)


def load_file(
    path: str | os.PathLike[str],
    *,
    text: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Loaded:
    """Goals from one file (``-`` is stdin), keeping the good records of a partly bad one.

    Raises ``InputError`` when nothing of the file can be read (missing, binary, a syntax
    error); a bad record is in ``Loaded.errors`` instead.
    """
    parsed = parse_file(path, text=text, max_bytes=max_bytes, limits=limits)
    return Loaded(list(parsed.goals()), parsed.errors)


def load_goals(
    path: str | os.PathLike[str],
    *,
    text: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> list[Goal]:
    """Goals from one file, or from stdin when ``path`` is ``-``; strict: any error raises.

    With ``text`` the content is taken as given and ``path`` only names it (and its
    extension picks the format; no extension means the format is sniffed).
    ``load_file`` keeps the good goals of a file with a bad record.
    """
    loaded = load_file(path, text=text, max_bytes=max_bytes, limits=limits)
    if loaded.errors:
        raise loaded.errors[0]
    return loaded.goals


def load_paths(
    paths: Sequence[str], *, max_bytes: int | None = None, limits: Limits | None = None
) -> tuple[list[Goal], list[FileError]]:
    """Goals from every readable file (directories are searched for goal files); each
    unreadable file or record becomes a ``FileError``."""
    goals: list[Goal] = []
    errors: list[FileError] = []
    for path in expand_paths(paths):
        if isinstance(path, InputError):
            errors.append(_file_error(path))
            continue
        try:
            loaded = load_file(path, max_bytes=max_bytes, limits=limits)
        except InputError as exc:
            errors.append(_file_error(exc))
            continue
        goals.extend(loaded.goals)
        errors.extend(_file_error(error) for error in loaded.errors)
    return goals, errors


def _file_error(error: InputError) -> FileError:
    return FileError(path=error.path, line=error.line, message=error.reason)
