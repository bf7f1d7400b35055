"""Command-line paths to the files to read: a directory stands for the goal files under it.

``briefsmith check goals/`` reads every file with a supported extension below ``goals/``,
in a stable order (each directory's files by name, then its subdirectories by name),
skipping hidden files and directories (``.git``) and not following directory symlinks,
so a link loop cannot make the walk endless. Only files found this way are skipped for
an unsupported extension; a file named on the command line is always read (or refused).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from briefsmith.errors import InputError
from briefsmith.parsing.source import EXTENSIONS, STDIN


def expand_paths(paths: Sequence[str]) -> Iterator[str | InputError]:
    """Each path, or the goal files in it, in order; an error where a directory has none."""
    for path in paths:
        if path == STDIN or not Path(path).is_dir():
            yield path
            continue
        problems: list[InputError] = []
        # Sorted as paths, so a file lists before a folder only by name ("a.md", "b/c.md",
        # "z.md"), as `git ls-files` and `find | sort` list them.
        found = sorted(_goal_files(path, problems), key=lambda p: Path(p).relative_to(path).parts)
        yield from problems
        if not found and not problems:
            supported = " ".join(EXTENSIONS)
            yield InputError(path, f"no goal files in this directory (looked for {supported})")
        yield from found


def _goal_files(top: str, problems: list[InputError]) -> Iterator[str]:
    def unreadable(error: OSError) -> None:
        where = error.filename or top
        problems.append(InputError(where, f"cannot read directory: {error.strerror or error}"))

    for folder, dirnames, filenames in os.walk(top, onerror=unreadable):
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(folder) / name
            if path.suffix.lower() in EXTENSIONS and path.is_file():
                yield str(path)
