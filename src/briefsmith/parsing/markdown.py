"""Markdown goal files: list items are goals, nesting and headings give each goal its parent."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefsmith.errors import InputError
from briefsmith.models.goal import Note
from briefsmith.parsing.draft import Draft
from briefsmith.parsing.fields import split_fields
from briefsmith.parsing.frontmatter import split_front_matter
from briefsmith.parsing.suppress import (
    directives,
    merge,
    only_comments,
    parse_directive,
    unknown_names,
    unknown_note,
)

if TYPE_CHECKING:
    from markdown_it.token import Token

    from briefsmith.parsing.source import Source

MAX_DEPTH = 16
# markdown-it silently stops parsing past maxNesting; leave room for MAX_DEPTH lists
# (two levels each: list and item) plus paragraphs, so our own limit is what users see.
_MD_NESTING = 4 * MAX_DEPTH + 8
_CHECKBOX = re.compile(r"^\[[ xX]\]\s*")
_OPENERS = {"bullet_list_open", "ordered_list_open", "blockquote_open"}
_CLOSERS = {"bullet_list_close", "ordered_list_close", "blockquote_close"}
NO_GOALS = "no goals found (goals are list items: '- Increase …')"


@dataclass(eq=False)
class _Item:
    """A list item as read, before we know whether it is a goal or a field bullet."""

    line: int
    level: int
    parent: _Item | None
    context: str | None
    texts: list[str] = field(default_factory=list)
    text_line: int | None = None
    ignore: list[str] = field(default_factory=list)
    draft: Draft | None = None


def parse_markdown(source: Source) -> list[Draft]:
    from markdown_it import MarkdownIt

    meta, body = split_front_matter(source.text, source.path)
    parser = MarkdownIt("commonmark", {"maxNesting": _MD_NESTING})
    try:
        tokens = parser.parse(body)
    except RecursionError as exc:
        msg = "Markdown nesting is too deep to read"
        raise InputError(source.path, msg) from exc
    notes: list[Note] = []
    items = _read_items(tokens, source.path, notes)
    drafts = _to_drafts(items)
    if not drafts:
        raise InputError(source.path, NO_GOALS)
    _attach(notes, drafts)
    for draft in drafts:
        draft.as_of, draft.lang = meta.as_of, meta.lang
    return drafts


def _attach(notes: list[Note], drafts: list[Draft]) -> None:
    """Each note goes to the goal on its line or the first one after it (a comment
    annotates the goal it precedes), else to the last goal of the file."""
    for note in notes:
        line = note.line or 0
        owner = next((d for d in drafts if (d.line or 0) >= line), drafts[-1])
        owner.notes.append(note)


def _read_items(tokens: list[Token], path: str, notes: list[Note]) -> list[_Item]:
    heading: str | None = None
    items: list[_Item] = []
    stack: list[_Item] = []
    depth = 0
    comment_blocks: dict[int, tuple[int, list[str]]] = {}  # end line -> (start, names)
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in _OPENERS:
            depth += 1
            if depth > MAX_DEPTH:
                msg = f"lists are nested deeper than {MAX_DEPTH} levels; flatten the outline"
                raise InputError(path, msg, line=_line(token))
        elif kind in _CLOSERS:
            depth -= 1
        elif kind == "list_item_open":
            start = token.map[0] if token.map else 0
            item = _Item(
                line=start + 1,
                level=token.level,
                parent=stack[-1] if stack else None,
                context=heading,
                ignore=_comments_before(comment_blocks, start),
            )
            stack.append(item)
            items.append(item)
        elif kind == "list_item_close":
            stack.pop()
        elif kind == "html_block":
            criteria = _block_criteria(token, path, notes)
            if token.map and only_comments(token.content):
                comment_blocks[token.map[1]] = (token.map[0], criteria)
        elif kind == "inline":
            if stack and token.level == stack[-1].level + 2:
                item = stack[-1]
                text, criteria = _inline_text(token, path, notes)
                item.texts.append(text)
                item.text_line = item.text_line or _line(token)
                item.ignore = merge(item.ignore, criteria)
            elif not stack and index and tokens[index - 1].type == "heading_open":
                heading = _inline_text(token, path, notes)[0] or heading
    return items


def _line(token: Token) -> int | None:
    return token.map[0] + 1 if token.map else None


def _comments_before(blocks: dict[int, tuple[int, list[str]]], line: int) -> list[str]:
    """Names from comment-only lines directly above a list item (no blank line between)."""
    criteria: list[str] = []
    while line in blocks:
        line, found = blocks[line]
        criteria = merge(criteria, found)
    return criteria


def _block_criteria(token: Token, path: str, notes: list[Note]) -> list[str]:
    first = token.map[0] + 1 if token.map else None
    criteria: list[str] = []
    for body, offset in directives(token.content):
        line = None if first is None else first + offset
        criteria = merge(criteria, _parse(body, path, line, notes))
    return criteria


def _parse(body: str, path: str, line: int | None, notes: list[Note]) -> list[str]:
    try:
        names = parse_directive(body)
    except ValueError as exc:
        raise InputError(path, str(exc), line=line) from exc
    if unknown := unknown_names(names):
        notes.append(unknown_note(unknown, line))
    return names


def _inline_text(token: Token, path: str, notes: list[Note]) -> tuple[str, list[str]]:
    """Plain text of an inline token (formatting dropped) and its suppression comments."""
    parts: list[str] = []
    criteria: list[str] = []
    line = _line(token)
    for child in token.children or []:
        kind = child.type
        if kind in ("text", "text_special", "code_inline", "image"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
            line = None if line is None else line + 1
        elif kind == "html_inline":
            for body, offset in directives(child.content):
                found = _parse(body, path, None if line is None else line + offset, notes)
                criteria = merge(criteria, found)
            parts.append(" ")
    return " ".join("".join(parts).split()), criteria


def _to_drafts(items: list[_Item]) -> list[Draft]:
    drafts: list[Draft] = []
    for item in items:  # document order: an item's ancestors are settled before it
        text = _CHECKBOX.sub("", " ".join(t for t in item.texts if t)).strip()
        owner = _goal_ancestor(item)
        if not text:
            continue
        if owner is not None:
            rest, fields = split_fields(text, allow_leading=True)
            if not rest:  # a field bullet such as "- owner: Anna" belongs to its goal
                owner.id = fields.pop("id", owner.id)
                owner.fields.update(fields)
                owner.ignore = merge(owner.ignore, item.ignore)
                continue
        statement, fields = split_fields(text, allow_leading=False)
        if not statement:
            statement, fields = text, {}
        item.draft = Draft(
            statement=statement,
            line=item.text_line or item.line,
            index=len(drafts) + 1,
            id=fields.pop("id", None),
            parent=owner,
            context=None if owner is not None else item.context,
            fields=fields,
            ignore=item.ignore,
        )
        drafts.append(item.draft)
    return drafts


def _goal_ancestor(item: _Item) -> Draft | None:
    parent = item.parent
    while parent is not None and parent.draft is None:
        parent = parent.parent
    return parent.draft if parent is not None else None
