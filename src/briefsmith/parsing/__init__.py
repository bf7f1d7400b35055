"""Reading goal files (Markdown, text, YAML, JSON, JSONL, CSV or stdin) into ``Goal`` models.

Everything a user can get wrong about an input ends as one ``InputError`` naming the
file and, where known, the line, so the CLI can report it and carry on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from briefsmith.errors import InputError
from briefsmith.models.goal import Goal
from briefsmith.models.report import FileError
from briefsmith.parsing.draft import Draft, build_goals
from briefsmith.parsing.markdown import parse_markdown
from briefsmith.parsing.plaintext import parse_text
from briefsmith.parsing.source import EXTENSIONS, MAX_BYTES, Format, Source, read_source
from briefsmith.parsing.structured import parse_json, parse_jsonl, parse_yaml
from briefsmith.parsing.tabular import parse_csv

__all__ = ["EXTENSIONS", "MAX_BYTES", "load_goals", "load_paths"]

_PARSERS: dict[Format, Callable[[Source], list[Draft]]] = {
    "markdown": parse_markdown,
    "text": parse_text,
    "yaml": parse_yaml,
    "json": parse_json,
    "jsonl": parse_jsonl,
    "csv": parse_csv,
}


def load_goals(
    path: str | os.PathLike[str], *, text: str | None = None, max_bytes: int = MAX_BYTES
) -> list[Goal]:
    """Goals from one file, or from stdin when ``path`` is ``-``.

    With ``text`` the content is taken as given and ``path`` only names it (and its
    extension picks the format; no extension means the format is sniffed).
    """
    source = read_source(path, text=text, max_bytes=max_bytes)
    drafts = _PARSERS[source.format](source)
    return build_goals(drafts, source.path)


def load_paths(
    paths: Sequence[str], *, max_bytes: int = MAX_BYTES
) -> tuple[list[Goal], list[FileError]]:
    """Goals from every readable file; each unreadable one becomes a ``FileError``."""
    goals: list[Goal] = []
    errors: list[FileError] = []
    for path in expand(paths, errors):
        try:
            goals.extend(load_goals(path, max_bytes=max_bytes))
        except InputError as exc:
            errors.append(FileError(path=exc.path, line=exc.line, message=exc.reason))
    return goals, errors


def expand(paths: Sequence[str], errors: list[FileError]) -> list[str]:
    """Each directory becomes the goal files under it (supported extensions, recursively,
    hidden folders skipped, in a stable order); a directory with none is an error."""
    out: list[str] = []
    for path in paths:
        if path == "-" or not Path(path).is_dir():
            out.append(path)
            continue
        root = Path(path)
        found = sorted(
            (
                p
                for p in root.rglob("*")
                if p.suffix.lower() in EXTENSIONS
                and not any(part.startswith(".") for part in p.relative_to(root).parts)
                and p.is_file()
            ),
            key=lambda p: p.relative_to(root).parts,
        )
        if not found:
            kinds = " ".join(EXTENSIONS)
            errors.append(
                FileError(path=path, message=f"is a directory with no goal files ({kinds})")
            )
        out.extend(str(p) for p in found)
    return out
