"""Markdown goal files: list items are goals, read in their document.

A goal file is a document, not a list of unrelated lines (SMART-RUBRIC.md, "Reading a
goal in its document"). Besides each item's text, this reads what surrounds it: the
headings above it (which may state its period), the goal it is nested under, OKR labels
and shapes (objectives over key results), done and placeholder items, and the HTML
some files wrap goals in (``<details><summary>``, ``<div>``).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefsmith.errors import InputError
from briefsmith.models.goal import GoalKind, GoalStatus, Note
from briefsmith.parsing.draft import Context, Draft
from briefsmith.parsing.fields import split_fields
from briefsmith.parsing.frontmatter import split_front_matter
from briefsmith.parsing.limits import raise_hint
from briefsmith.parsing.marks import (
    is_reference_words,
    label_of,
    okr_heading,
    read_marks,
    reads_as_objective,
    section_kind,
)
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

_OPENERS = {"bullet_list_open", "ordered_list_open", "blockquote_open"}
_CLOSERS = {"bullet_list_close", "ordered_list_close", "blockquote_close"}
_SUMMARY = re.compile(r"<summary\b[^>]*>(?P<text>.*?)</summary>", re.IGNORECASE | re.DOTALL)
_DETAILS_CLOSE = re.compile(r"</details\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_PLACEHOLDER_LINK = re.compile(r"^[nxNX]\s*\d{0,2}$|^(?:tbd|tbc|\?+)$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_SUMMARY_LEVEL = 7  # below every real heading: the next heading of any level closes it
NO_GOALS = "no goals found (goals are list items: '- Increase …')"


@dataclass(eq=False)
class _Heading:
    level: int
    text: str
    line: int
    parent: _Heading | None
    items: list[_Item] = field(default_factory=list)  # top-level items right under it
    draft: Draft | None = None  # set when the heading is an objective

    def chain(self) -> list[_Heading]:
        """This heading and those above it, nearest first."""
        out: list[_Heading] = []
        node: _Heading | None = self
        while node is not None:
            out.append(node)
            node = node.parent
        return out


@dataclass(eq=False)
class _Item:
    """A list item as read, before we know whether it is a goal or a field bullet."""

    line: int
    level: int
    parent: _Item | None
    heading: _Heading | None
    texts: list[str] = field(default_factory=list)
    text_line: int | None = None
    ignore: list[str] = field(default_factory=list)
    struck: bool = True  # every word of it is struck through (until a plain word is seen)
    links_only: bool = True  # it is only links (and words pointing at them)
    children: list[_Item] = field(default_factory=list)
    draft: Draft | None = None


@dataclass
class _Inline:
    text: str
    criteria: list[str]
    struck: bool
    links_only: bool


def parse_markdown(source: Source) -> list[Draft]:
    from markdown_it import MarkdownIt

    meta, body = split_front_matter(source.text, source.path)
    max_depth = source.limits.max_depth
    # markdown-it silently stops parsing past maxNesting; leave room for max_depth lists
    # (two levels each: list and item) plus paragraphs, so our own limit is what users see.
    parser = MarkdownIt("commonmark", {"maxNesting": 4 * max_depth + 8}).enable("strikethrough")
    try:
        tokens = parser.parse(body)
    except RecursionError as exc:
        msg = "Markdown nesting is too deep to read"
        raise InputError(source.path, msg) from exc
    notes: list[Note] = []
    items, headings = _read(tokens, source.path, max_depth, notes)
    top = [Context(text, line, "front_matter") for text, line in meta.context()]
    drafts = _to_drafts(items, headings, top)
    if not drafts:
        raise InputError(source.path, NO_GOALS)
    _attach(notes, drafts)
    for draft in drafts:
        draft.as_of, draft.lang = meta.as_of, meta.lang
    return drafts


# -- reading tokens ---------------------------------------------------------------------------


def _attach(notes: list[Note], drafts: list[Draft]) -> None:
    """Each note goes to the goal on its line or the first one after it (a comment
    annotates the goal it precedes), else to the last goal of the file."""
    for note in notes:
        line = note.line or 0
        owner = next((d for d in drafts if (d.line or 0) >= line), drafts[-1])
        owner.notes.append(note)


def _read(
    tokens: list[Token], path: str, max_depth: int, notes: list[Note]
) -> tuple[list[_Item], list[_Heading]]:
    heading: _Heading | None = None
    headings: list[_Heading] = []
    items: list[_Item] = []
    stack: list[_Item] = []
    depth = 0
    comment_blocks: dict[int, tuple[int, list[str]]] = {}  # end line -> (start, criteria)
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in _OPENERS:
            depth += 1
            if depth > max_depth:
                msg = (
                    f"lists are nested deeper than {max_depth} levels; flatten the outline "
                    f"or {raise_hint('max_depth')}"
                )
                raise InputError(path, msg, line=_line(token))
        elif kind in _CLOSERS:
            depth -= 1
        elif kind == "list_item_open":
            start = token.map[0] if token.map else 0
            parent = stack[-1] if stack else None
            item = _Item(
                line=start + 1,
                level=token.level,
                parent=parent,
                heading=heading,
                ignore=_comments_before(comment_blocks, start),
            )
            if parent is not None:
                parent.children.append(item)
            elif heading is not None:
                heading.items.append(item)
            stack.append(item)
            items.append(item)
        elif kind == "list_item_close":
            stack.pop()
        elif kind == "heading_open" and not stack:
            level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
            text = _inline(tokens[index + 1], path, notes).text if index + 1 < len(tokens) else ""
            while heading is not None and heading.level >= level:
                heading = heading.parent
            if text:
                heading = _Heading(level, text, _line(token) or 1, heading)
                headings.append(heading)
        elif kind == "html_block":
            criteria = _block_criteria(token, path, notes)
            if token.map and only_comments(token.content):
                comment_blocks[token.map[1]] = (token.map[0], criteria)
            elif stack and token.level == stack[-1].level + 1:
                _html_item_text(stack[-1], token, criteria)
            elif not stack:
                heading = _html_heading(token, heading, headings)
        elif kind == "inline" and stack and token.level == stack[-1].level + 2:
            item = stack[-1]
            read = _inline(token, path, notes)
            item.texts.append(read.text)
            item.text_line = item.text_line or _line(token)
            item.ignore = merge(item.ignore, read.criteria)
            item.struck = item.struck and read.struck
            item.links_only = item.links_only and read.links_only
    return items, headings


def _html_item_text(item: _Item, token: Token, criteria: list[str]) -> None:
    """A list item that starts with HTML (``- <div>…</div>``): its text is still a goal."""
    text = " ".join(html.unescape(_TAG.sub(" ", _COMMENT.sub(" ", token.content))).split())
    item.ignore = merge(item.ignore, criteria)
    if text:
        item.texts.append(text)
        item.text_line = item.text_line or _line(token)
        item.struck = item.links_only = False


def _html_heading(
    token: Token, heading: _Heading | None, headings: list[_Heading]
) -> _Heading | None:
    """``<details><summary>An objective</summary> … </details>``: the summary heads what
    follows until the details close, like a heading one level down."""
    if _DETAILS_CLOSE.search(token.content):
        while heading is not None and heading.level == _SUMMARY_LEVEL:
            heading = heading.parent
    match = _SUMMARY.search(token.content)
    if match:
        text = " ".join(html.unescape(_TAG.sub(" ", match.group("text"))).split())
        if text:
            while heading is not None and heading.level >= _SUMMARY_LEVEL:
                heading = heading.parent
            line = (
                (token.map[0] if token.map else 0) + 1 + token.content.count("\n", 0, match.start())
            )
            heading = _Heading(_SUMMARY_LEVEL, text, line, heading)
            headings.append(heading)
    return heading


def _line(token: Token) -> int | None:
    return token.map[0] + 1 if token.map else None


def _comments_before(blocks: dict[int, tuple[int, list[str]]], line: int) -> list[str]:
    """Criteria from comment-only lines directly above a list item (no blank line between)."""
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


def _inline(token: Token, path: str, notes: list[Note]) -> _Inline:
    """Plain text of an inline token (formatting dropped), its suppression comments, and
    whether it is all struck through or only links."""
    parts: list[str] = []
    criteria: list[str] = []
    line = _line(token)
    struck = 0
    link: list[str] | None = None  # the text of the link being read
    all_struck = True
    outside_links: list[str] = []
    for child in token.children or []:
        kind = child.type
        if kind in ("text", "text_special", "code_inline", "image"):
            content = child.content
            if link is not None:
                link.append(content)
                continue
            parts.append(content)
            outside_links.append(content)
            if content.strip() and not struck:
                all_struck = False
        elif kind == "link_open":
            link = []
        elif kind == "link_close" and link is not None:
            shown = " ".join("".join(link).split())
            # A link whose text is a placeholder ("[N1][ref]") still holds a value to fill.
            parts.append(f"[{shown}]" if _PLACEHOLDER_LINK.match(shown) else shown)
            if shown and not struck:
                all_struck = False
            link = None
        elif kind == "s_open":
            struck += 1
        elif kind == "s_close":
            struck = max(struck - 1, 0)
        elif kind in ("softbreak", "hardbreak"):
            (link if link is not None else parts).append(" ")
            line = None if line is None else line + 1
        elif kind == "html_inline":
            for body, offset in directives(child.content):
                found = _parse(body, path, None if line is None else line + offset, notes)
                criteria = merge(criteria, found)
            if link is None:
                parts.append(" ")
    text = " ".join("".join(parts).split())
    links_only = bool(text) and is_reference_words("".join(outside_links))
    return _Inline(text, criteria, all_struck and bool(text), links_only)


# -- items to drafts --------------------------------------------------------------------------


def _to_drafts(items: list[_Item], headings: list[_Heading], top: list[Context]) -> list[Draft]:
    drafts: list[Draft] = []
    objectives = _objective_headings(headings)
    for heading in objectives:
        drafts.append(_heading_draft(heading, top))
    for item in items:  # document order: an item's ancestors are settled before it
        owner = _goal_ancestor(item)
        text = " ".join(t for t in item.texts if t).strip()
        if not text:
            continue
        if owner is not None:
            rest, fields = split_fields(text, allow_leading=True)
            if not rest:  # a field bullet such as "- owner: Anna" belongs to its goal
                owner.id = fields.pop("id", owner.id)
                owner.fields.update(fields)
                owner.ignore = merge(owner.ignore, item.ignore)
                continue
        marks = read_marks(text)
        statement, fields = split_fields(marks.text, allow_leading=False)
        if not statement:
            statement, fields = marks.text, {}
        status, reason = marks.status, marks.status_reason
        if status is GoalStatus.OPEN and item.struck:
            status, reason = GoalStatus.DONE, "~~struck through~~"
        elif status is GoalStatus.OPEN and item.links_only:
            status, reason = GoalStatus.PLACEHOLDER, "only a link"
        item.draft = Draft(
            marked=True,
            statement=statement,
            line=item.text_line or item.line,
            index=len(drafts) + 1,
            id=fields.pop("id", None),
            parent=owner if owner is not None else _heading_objective(item.heading),
            context=None if owner is not None else _context_text(item.heading),
            fields=fields,
            ignore=item.ignore,
            kind=marks.kind,
            status=status,
            status_reason=reason,
            progress=marks.progress,
            ancestors=_ancestors(item, top),
        )
        drafts.append(item.draft)
    drafts.sort(key=lambda d: d.line or 0)
    for index, draft in enumerate(drafts, start=1):
        draft.index = index
    _settle_kinds(items, objectives)
    return drafts


def _goal_ancestor(item: _Item) -> Draft | None:
    parent = item.parent
    while parent is not None and parent.draft is None:
        parent = parent.parent
    return parent.draft if parent is not None else None


def _heading_objective(heading: _Heading | None) -> Draft | None:
    """The objective a top-level item sits under, if a heading above it is one."""
    for node in heading.chain() if heading is not None else []:
        if node.draft is not None:
            return node.draft
        if section_kind(node.text) is None:
            return None  # a plain heading in between: the items belong to it
    return None


def _context_text(heading: _Heading | None) -> str | None:
    """The nearest heading that is more than a section label ("Key results")."""
    for node in heading.chain() if heading is not None else []:
        if section_kind(node.text) is None:
            return node.text
    return None


def _ancestors(item: _Item, top: list[Context]) -> list[Context]:
    out: list[Context] = []
    parent = item.parent
    while parent is not None:
        if parent.draft is not None:
            out.append(Context(parent.draft.statement, parent.draft.line, "goal"))
        parent = parent.parent
    if item.heading is not None:
        out.extend(Context(h.text, h.line, "heading") for h in item.heading.chain())
    return out + top


def _objective_headings(headings: list[_Heading]) -> list[_Heading]:
    """Headings that are objectives: labelled so ("Objective 2: …", "O1 —", "目标一：",
    "Цель 1."), or written as a desired state with goals right under them — goals that
    look like key results, or any, in a document about OKRs or objectives."""
    found = []
    for heading in headings:
        kind, text = label_of(heading.text)
        if kind is GoalKind.OBJECTIVE or (
            kind is None
            and heading.items
            and section_kind(heading.text) is None
            and reads_as_objective(heading.text)
            and (_goal_like(heading.items) or _in_okr_document(heading))
        ):
            heading.draft = Draft(
                statement=text,
                line=heading.line,
                index=0,
                kind=GoalKind.OBJECTIVE,
                from_heading=True,
                marked=True,
            )
            found.append(heading)
    return found


def _in_okr_document(heading: _Heading) -> bool:
    """A heading above this one names OKRs or objectives ("# Team OKRs", "## 2027 目标")."""
    return any(okr_heading(h.text) for h in heading.chain()[1:])


def _goal_like(items: list[_Item]) -> bool:
    """A third of the items state a number, a date or a KR label: key results, not prose."""
    hits = 0
    for item in items:
        text = " ".join(item.texts)
        if _DIGIT.search(text) or label_of(text)[0] is GoalKind.KEY_RESULT:
            hits += 1
    return hits * 3 >= len(items) > 0


def _heading_draft(heading: _Heading, top: list[Context]) -> Draft:
    draft = heading.draft
    assert draft is not None
    above = heading.parent
    draft.parent = _heading_objective(above)
    draft.context = None if draft.parent is not None else _context_text(above)
    draft.ancestors = [Context(h.text, h.line, "heading") for h in above.chain()] if above else []
    draft.ancestors += top
    marks = read_marks(draft.statement)
    draft.statement, draft.status, draft.status_reason = (
        marks.text,
        marks.status,
        marks.status_reason,
    )
    draft.progress = marks.progress
    return draft


def _settle_kinds(items: list[_Item], headings: list[_Heading]) -> None:
    """Kinds by shape: an item over key results is an objective, items under an objective
    are its key results (or initiatives, under an "Initiatives" heading), and an
    unlabelled item with no number over items with numbers is an objective too."""
    for item in items:
        draft = item.draft
        if draft is None:
            continue
        children = [c.draft for c in item.children if c.draft is not None]
        if draft.kind is None and children:
            labelled = any(c.kind is GoalKind.KEY_RESULT for c in children)
            qualitative = not _DIGIT.search(draft.statement) and any(
                _DIGIT.search(c.statement) for c in children
            )
            under_objective = draft.parent is not None and draft.parent.kind is GoalKind.OBJECTIVE
            if labelled or (qualitative and not under_objective):
                draft.kind = GoalKind.OBJECTIVE
        if draft.kind is None:
            draft.kind = _kind_under(item)
        if draft.kind in (GoalKind.KEY_RESULT, GoalKind.INITIATIVE):
            draft.objective = _objective_of(draft)
    for item in items:
        draft = item.draft
        if draft is not None and draft.kind is GoalKind.OBJECTIVE:
            draft.key_results = sum(
                1
                for c in item.children
                if c.draft is not None and c.draft.kind is GoalKind.KEY_RESULT
            )
    for heading in headings:
        if heading.draft is not None:
            heading.draft.key_results = _heading_key_results(heading, items)


def _kind_under(item: _Item) -> GoalKind:
    parent = item.draft.parent if item.draft is not None else None
    section = next(
        (k for h in (item.heading.chain() if item.heading else []) if (k := section_kind(h.text))),
        None,
    )
    if parent is not None and parent.kind is GoalKind.OBJECTIVE:
        return GoalKind.INITIATIVE if section is GoalKind.INITIATIVE else GoalKind.KEY_RESULT
    if section is GoalKind.OBJECTIVE and item.parent is None:
        return GoalKind.OBJECTIVE
    if section in (GoalKind.KEY_RESULT, GoalKind.INITIATIVE) and item.parent is None:
        return section
    return GoalKind.GOAL


def _objective_of(draft: Draft) -> Draft | None:
    parent = draft.parent
    while parent is not None:
        if parent.kind is GoalKind.OBJECTIVE:
            return parent
        parent = parent.parent
    return None


def _heading_key_results(heading: _Heading, items: list[_Item]) -> int:
    draft = heading.draft
    return sum(
        1
        for item in items
        if item.draft is not None
        and item.draft.kind is GoalKind.KEY_RESULT
        and item.draft.parent is draft
    )
