"""Plain-text goal files: one goal per line, for lists pasted from anywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefsmith import regex_cache
from briefsmith.errors import InputError
from briefsmith.parsing.draft import Draft
from briefsmith.parsing.fields import split_fields
from briefsmith.parsing.suppress import (
    DIRECTIVE,
    merge,
    parse_directive,
    unknown_names,
    unknown_note,
)

if TYPE_CHECKING:
    from briefsmith.parsing.source import Source

_BULLET = regex_cache.compile(r"^\s*(?:[-*+•]|\d{1,9}[.)])(?:\s+|$)")


def parse_text(source: Source) -> list[Draft]:
    drafts: list[Draft] = []
    for number, raw in enumerate(source.text.split("\n"), start=1):
        ignore: list[str] = []
        for match in DIRECTIVE.finditer(raw):
            try:
                ignore = merge(ignore, parse_directive(match.group("body")))
            except ValueError as exc:  # reported; the goal on the line is still read
                source.errors.append(InputError(source.path, str(exc), line=number))
        unknown = unknown_names(ignore)
        line = DIRECTIVE.sub(" ", raw)
        line = _BULLET.sub("", line, count=1)  # checkboxes are read as marks later
        text = " ".join(line.split())
        if not text:
            continue
        statement, fields = split_fields(text, allow_leading=False)
        if not statement:
            statement, fields = text, {}
        drafts.append(
            Draft(
                statement=statement,
                line=number,
                index=len(drafts) + 1,
                id=fields.pop("id", None),
                fields=fields,
                ignore=ignore,
                notes=[unknown_note(unknown, number)] if unknown else [],
            )
        )
    if not drafts:
        raise InputError(source.path, "no goals found (write one goal per line)")
    return drafts
