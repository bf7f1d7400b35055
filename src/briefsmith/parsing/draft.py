"""The format-independent goal record every parser emits, and how it becomes a ``Goal``.

Parsers only describe what they read; ids and parent links are settled here once,
so Markdown, YAML and CSV files get the same id and parent rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from briefsmith.errors import InputError
from briefsmith.models.fast import construct
from briefsmith.models.goal import (
    Ancestor,
    Goal,
    GoalKind,
    GoalStatus,
    Lang,
    Note,
    SourceLocation,
)
from briefsmith.parsing.ids import generated_ids
from briefsmith.parsing.marks import read_marks


@dataclass(frozen=True, slots=True)
class Context:
    """Something above a goal in its document: a parent goal, a heading, front matter."""

    text: str
    line: int | None
    source: str  # "goal" | "heading" | "front_matter"


@dataclass(eq=False, slots=True)
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
    kind: GoalKind | None = None  # None: a plain goal, unless its place says otherwise
    status: GoalStatus = GoalStatus.OPEN
    status_reason: str | None = None
    progress: float | None = None
    objective: Draft | None = None
    key_results: int = 0
    ancestors: list[Context] = field(default_factory=list)
    marked: bool = False  # labels, done and progress marks already read (Markdown)
    from_heading: bool = False  # an objective or key result written as a heading

    def where(self) -> str:
        """A message prefix for formats without line numbers."""
        return "" if self.line is not None else f"record {self.index}: "


def build_goals(drafts: list[Draft], path: str, *, trusted: bool = False) -> list[Goal]:
    """The goals of one file's drafts, ids and parents settled.

    ``trusted``: the drafts come from a parser that builds every value in its final type
    (Markdown, text), so the models are made without validating them again — validation
    was most of the cost of reading a large file. Records read from YAML, JSON or CSV are
    validated.
    """
    return list(iter_goals(drafts, path, trusted=trusted))


def iter_goals(drafts: list[Draft], path: str, *, trusted: bool = False) -> Iterator[Goal]:
    """:func:`build_goals`, one goal at a time. Everything that can fail (duplicate ids, a
    goal that is its own parent) is checked before this returns, so the goals that follow
    are made without errors, as they are needed."""
    drafts = list(drafts)  # its places are cleared as the goals are made
    for draft in drafts:
        if not draft.marked and not draft.from_heading and draft.kind is None:
            _read_marks(draft)
    ids = _assign_ids(drafts, path)
    by_id = dict(zip(ids, drafts, strict=True))
    by_statement: dict[str, Draft] = {}
    for draft in drafts:
        by_statement.setdefault(draft.statement, draft)
    own_id = {id(draft): goal_id for goal_id, draft in by_id.items()}
    links: list[tuple[str | None, str | None, str | None, list[Context]]] = []
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
        contexts = draft.ancestors
        if not contexts and parent is not None:
            contexts = _parent_chain(parent)
        objective = draft.objective
        links.append(
            (
                own_id[id(parent)] if parent is not None else None,
                parent.statement if parent is not None else parent_text,
                own_id.get(id(objective)) if objective is not None else None,
                contexts,
            )
        )
    return _goals(drafts, ids, links, path, trusted)


def _goals(
    drafts: list[Draft],
    ids: list[str],
    links: list[tuple[str | None, str | None, str | None, list[Context]]],
    path: str,
    trusted: bool,
) -> Iterator[Goal]:
    """The goals in order; each draft is let go once its goal is made (the links to its
    parent are settled already), so a large file's drafts are freed as its goals are used."""
    ancestors_of: dict[Context, Ancestor] = {}  # one model per heading, shared by its goals
    make = _construct_goal if trusted else Goal
    for index, goal_id in enumerate(ids):
        draft = drafts[index]
        parent_id, parent_statement, objective_id, contexts = links[index]
        drafts[index] = _DONE
        links[index] = _NO_LINKS
        ancestors = []
        for context in contexts:
            ancestor = ancestors_of.get(context)
            if ancestor is None:
                ancestor = ancestors_of[context] = _ancestor(context, trusted)
            ancestors.append(ancestor)
        yield make(
            id=goal_id,
            statement=draft.statement,
            source=_location(path, draft.line, trusted),
            parent_id=parent_id,
            parent_statement=parent_statement,
            fields=draft.fields,
            lang=draft.lang,
            as_of=draft.as_of,
            ignore=draft.ignore,
            notes=draft.notes,
            kind=draft.kind or GoalKind.GOAL,
            status=draft.status,
            status_reason=draft.status_reason,
            progress=draft.progress,
            objective_id=objective_id,
            key_results=draft.key_results,
            problems=[],
            ancestors=ancestors,
        )


_DONE = Draft(statement="", line=None, index=0)
"""What a draft's place holds once its goal is made."""
_NO_LINKS: tuple[None, None, None, list[Context]] = (None, None, None, [])


def family(draft: Draft) -> int | None:
    """Which objective's family a draft's goal belongs to (its own, as an objective; its
    objective's, as a key result or initiative): families are rendered together."""
    if draft.kind is GoalKind.OBJECTIVE:
        return id(draft)
    return id(draft.objective) if draft.objective is not None else None


def _construct_goal(**values: Any) -> Goal:
    return construct(Goal, **values)


def _ancestor(context: Context, trusted: bool) -> Ancestor:
    if trusted:
        return construct(Ancestor, text=context.text, line=context.line, source=context.source)
    return Ancestor.model_validate(
        {"text": context.text, "line": context.line, "source": context.source}
    )


def _location(path: str, line: int | None, trusted: bool) -> SourceLocation:
    if trusted:
        return construct(SourceLocation, path=path, line=line)
    return SourceLocation(path=path, line=line)


def _read_marks(draft: Draft) -> None:
    """OKR labels, done and progress marks in a record's statement, as Markdown reads them."""
    marks = read_marks(draft.statement)
    if marks.text:
        draft.statement = marks.text
    draft.kind = marks.kind
    draft.status, draft.status_reason = marks.status, marks.status_reason
    draft.progress = marks.progress


def _parent_chain(parent: Draft) -> list[Context]:
    """A record's parent goals, nearest first (records have no headings)."""
    out: list[Context] = []
    seen: set[int] = set()
    node: Draft | None = parent
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        out.append(Context(node.statement, node.line, "goal"))
        node = node.parent
    return out


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
