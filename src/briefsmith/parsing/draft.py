"""The format-independent goal record every parser emits, and how it becomes a ``Goal``.

Parsers only describe what they read; ids and parent links are settled here once,
so Markdown, YAML and CSV files get the same id and parent rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefsmith.errors import InputError
from briefsmith.models.goal import Goal, Lang, Note, SourceLocation
from briefsmith.parsing.ids import generated_ids


@dataclass(eq=False)
class Draft:
    """A goal before ids and parents are resolved.

    ``parent`` is a parent goal from the file's own tree; ``parent_ref`` is a record's
    ``parent`` value (another goal's id or text); ``context`` is the nearest heading.
    ``index`` is the 1-based record number, used in messages when ``line`` is unknown.
    """

    statement: str
    line: int | None
    index: int
    id: str | None = None
    parent: Draft | None = None
    parent_ref: str | None = None
    context: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    lang: Lang | None = None
    as_of: dt.date | None = None
    ignore: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def where(self) -> str:
        """A message prefix for formats without line numbers."""
        return "" if self.line is not None else f"record {self.index}: "


def build_goals(drafts: list[Draft], path: str) -> list[Goal]:
    ids = _assign_ids(drafts, path)
    by_id = dict(zip(ids, drafts, strict=True))
    by_statement: dict[str, Draft] = {}
    for draft in drafts:
        by_statement.setdefault(draft.statement, draft)
    own_id = {id(draft): goal_id for goal_id, draft in by_id.items()}
    goals = []
    for draft, goal_id in zip(drafts, ids, strict=True):
        parent = draft.parent
        parent_text = draft.context
        if draft.parent_ref is not None:
            parent = by_id.get(draft.parent_ref)
            if parent is draft:
                msg = f"{draft.where()}goal '{goal_id}' names itself as its parent"
                raise InputError(path, msg, line=draft.line)
            if parent is None:
                parent = by_statement.get(draft.parent_ref)
                parent = None if parent is draft else parent
            parent_text = draft.parent_ref
        goals.append(
            Goal(
                id=goal_id,
                statement=draft.statement,
                source=SourceLocation(path=path, line=draft.line),
                parent_id=own_id[id(parent)] if parent is not None else None,
                parent_statement=parent.statement if parent is not None else parent_text,
                fields=draft.fields,
                lang=draft.lang,
                as_of=draft.as_of,
                ignore=draft.ignore,
                notes=draft.notes,
            )
        )
    return goals


def _assign_ids(drafts: list[Draft], path: str) -> list[str]:
    first: dict[str, Draft] = {}
    for draft in drafts:
        if draft.id is None:
            continue
        if draft.id in first:
            earlier = first[draft.id]
            where = (
                f"line {earlier.line}" if earlier.line is not None else f"record {earlier.index}"
            )
            msg = f"{draft.where()}duplicate id '{draft.id}' (first used by {where})"
            raise InputError(path, msg, line=draft.line)
        first[draft.id] = draft
    anonymous = [draft.statement for draft in drafts if draft.id is None]
    fresh = iter(generated_ids(anonymous, set(first)))
    return [draft.id if draft.id is not None else next(fresh) for draft in drafts]
