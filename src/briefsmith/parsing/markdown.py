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
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from briefsmith import regex_cache
from briefsmith.errors import InputError
from briefsmith.models.goal import GoalKind, GoalStatus, Note
from briefsmith.parsing.draft import Context, Draft
from briefsmith.parsing.fields import split_fields
from briefsmith.parsing.frontmatter import split_front_matter
from briefsmith.parsing.limits import raise_hint
from briefsmith.parsing.marks import (
    is_reference_words,
    is_statement,
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

Span = Mapping[str, int]
"""An event's byte range in the document: ``{"start": …, "end": …}``."""

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from briefsmith.parsing.source import Source

_SUMMARY = regex_cache.compile(
    r"<summary\b[^>]*>(?P<text>.*?)</summary>", re.IGNORECASE | re.DOTALL
)
_DETAILS_CLOSE = regex_cache.compile(r"</details\s*>", re.IGNORECASE)
_TAG = regex_cache.compile(r"<[^>]*>")
_COMMENT = regex_cache.compile(r"<!--.*?-->", re.DOTALL)
_PLACEHOLDER_LINK = regex_cache.compile(r"^[nxNX]\s*\d{0,2}$|^(?:tbd|tbc|\?+)$", re.IGNORECASE)
_DIGIT = regex_cache.compile(r"\d")
_SUMMARY_LEVEL = 7  # below every real heading: the next heading of any level closes it
NO_GOALS = "no goals found (goals are list items: '- Increase …')"


@dataclass(eq=False, slots=True)
class _Heading:
    level: int
    text: str
    line: int
    parent: _Heading | None
    items: list[_Item] = field(default_factory=list)  # top-level items right under it
    draft: Draft | None = None  # set when the heading is an objective
    chain_contexts: list[Context] | None = None
    # A sibling heading above it that only titles the sections after it ("## Objectives
    # and Key Results - Q1 2018" with nothing under it, then "## Understand …"): its
    # period is theirs, as a parent's would be.
    subtitle: _Heading | None = None
    lead: bool = False  # a lead-in paragraph ("Success metrics:"): its list is its heading's

    def contexts(self) -> list[Context]:
        """The chain as ancestors of the goals under it (made once)."""
        if self.chain_contexts is None:
            self.chain_contexts = [
                Context(node.text, node.line, "heading")
                for h in self.chain()
                for node in ((h, h.subtitle) if h.subtitle is not None else (h,))
            ]
        return self.chain_contexts

    def chain(self) -> list[_Heading]:
        """This heading and those above it, nearest first."""
        out: list[_Heading] = []
        node: _Heading | None = self
        while node is not None:
            out.append(node)
            node = node.parent
        return out


@dataclass(eq=False, slots=True)
class _Item:
    """A list item as read, before we know whether it is a goal or a field bullet."""

    line: int
    parent: _Item | None
    heading: _Heading | None
    texts: list[str] = field(default_factory=list)
    text_line: int | None = None
    ignore: list[str] = field(default_factory=list)
    struck: bool = True  # every word of it is struck through (until a plain word is seen)
    links_only: bool = True  # it is only links (and words pointing at them)
    children: list[_Item] = field(default_factory=list)
    draft: Draft | None = None
    context: Context | None = None  # its goal, as an ancestor of the goals under it


@dataclass
class _Inline:
    text: str
    criteria: list[str]
    struck: bool
    links_only: bool


def parse_markdown(source: Source) -> list[Draft]:
    meta, body = split_front_matter(source.text, source.path)
    notes: list[Note] = []
    items, headings = _read(body, source.path, source.limits.max_depth, notes)
    del body  # with front matter, a copy of the whole text
    top = [Context(text, line, "front_matter") for text, line in meta.context()]
    drafts = _to_drafts(items, headings, top)
    if not drafts:
        raise InputError(source.path, NO_GOALS)
    _attach(notes, drafts)
    for draft in drafts:
        draft.as_of, draft.lang = meta.as_of, meta.lang
    for item in items:  # no cycles left: the reading is freed at once, not by the collector
        item.children = []
    for heading in headings:
        heading.items = []
    return drafts


# -- reading the document ---------------------------------------------------------------------
#
# pyromark (pulldown-cmark) streams the document as events with byte ranges; nothing holds
# the whole token list. What is read is what markdown-it (CommonMark, strikethrough) would
# give: tests/parsing/test_markdown_reader.py compares the two on the test documents and on
# generated ones. Where the two parsers differ, the markdown-it reading is reproduced here:
# a single ``~`` is no strikethrough, an image's text is its raw label, an autolink's text is
# its URL as markdown-it normalises it.

_QUOTE, _LIST, _ITEM, _TEXT, _OTHER = range(5)
"""Open blocks: a block quote, a list, a list item, a paragraph or heading, anything else."""


def _attach(notes: list[Note], drafts: list[Draft]) -> None:
    """Each note goes to the goal on its line or the first one after it (a comment
    annotates the goal it precedes), else to the last goal of the file."""
    if not notes:
        return
    lines = [d.line or 0 for d in drafts]  # drafts are sorted by line
    for note in notes:
        at = bisect_left(lines, note.line or 0)
        drafts[min(at, len(drafts) - 1)].notes.append(note)


class _Lines:
    """Byte offsets (pyromark's ranges) to 0-based line numbers."""

    __slots__ = ("starts",)

    def __init__(self, data: bytes) -> None:
        starts = [0]
        find = data.find
        at = find(b"\n")
        while at >= 0:
            starts.append(at + 1)
            at = find(b"\n", at + 1)
        self.starts = starts

    def of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1


def _read(
    body: str, path: str, max_depth: int, notes: list[Note]
) -> tuple[list[_Item], list[_Heading]]:
    import pyromark

    data = body.encode()
    lines = _Lines(data)
    heading: _Heading | None = None
    headings: list[_Heading] = []
    items: list[_Item] = []
    stack: list[_Item] = []  # open list items, innermost last
    blocks: list[int] = []  # open blocks (_QUOTE, _LIST …), innermost last
    depth = quotes = 0
    comment_blocks: dict[int, tuple[int, list[str]]] = {}  # end line -> (start, criteria)
    run: _Run | None = None  # the inline text being read (an item's or a heading's)
    run_item: _Item | None = None  # whose text it is (None: a heading's)
    heading_start = 0
    html: list[str] | None = None  # the HTML block being read
    html_in_item = False

    def end_run() -> None:
        assert run is not None
        read = run.finish(data, path, notes)
        if run_item is None:
            return
        run_item.texts.append(read.text)
        run_item.text_line = run_item.text_line or run.first_line
        if read.criteria:
            run_item.ignore = merge(run_item.ignore, read.criteria)
        run_item.struck = run_item.struck and read.struck
        run_item.links_only = run_item.links_only and read.links_only

    def item_run(offset: int) -> _Run | None:
        """An item's text: inline content right in the item (a tight list), or in a
        paragraph or heading right in it; other inline content is not read."""
        if stack and (
            blocks[-1] == _ITEM or (blocks[-1] == _TEXT and len(blocks) > 1 and blocks[-2] == _ITEM)
        ):
            return _Run(lines.of(offset) + 1, offset, quotes)
        return None

    options = pyromark.Options.ENABLE_STRIKETHROUGH
    events: Iterator[tuple[Any, Any]] = iter(pyromark.events_with_range(body, options=options))
    for event, span in events:
        if event.__class__ is str:  # SoftBreak, HardBreak, Rule
            if run is None and event != "Rule" and (run := item_run(span["start"])) is not None:
                run_item = stack[-1]
            if run is not None:
                if event == "Rule":
                    end_run()
                    run = None
                else:
                    run.softbreak(span)
            continue
        ((key, value),) = event.items()
        if key == "Text" or key == "Code":
            if run is None and (run := item_run(span["start"])) is not None:
                run_item = stack[-1]
            if run is not None:
                run.text(value, span)
        elif key == "InlineHtml":
            if run is None and (run := item_run(span["start"])) is not None:
                run_item = stack[-1]
            if run is not None:
                run.html(value, span)
        elif key == "Html":
            if html is not None:
                html.append(value)
        elif key == "Start":
            kind = value if value.__class__ is str else next(iter(value))
            if kind in _INLINE:
                if run is None and (run := item_run(span["start"])) is not None:
                    run_item = stack[-1]
                if run is not None:
                    run.start(kind, value, data, span)
                continue
            if run is not None:  # a tight item's text ends where a block starts
                end_run()
                run = None
            if kind == "Item":
                start = lines.of(span["start"])
                parent = stack[-1] if stack else None
                item = _Item(
                    line=start + 1,
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
                blocks.append(_ITEM)
            elif kind == "List" or kind == "BlockQuote":
                depth += 1
                if depth > max_depth:
                    msg = (
                        f"lists are nested deeper than {max_depth} levels; flatten the outline "
                        f"or {raise_hint('max_depth')}"
                    )
                    raise InputError(path, msg, line=lines.of(span["start"]) + 1)
                if kind == "BlockQuote":
                    quotes += 1
                blocks.append(_LIST if kind == "List" else _QUOTE)
            elif kind == "Heading":
                if not stack:  # a heading of the document
                    heading_start = span["start"]
                    run, run_item = _Run(lines.of(heading_start) + 1, -1, quotes), None
                elif blocks[-1] == _ITEM:  # a heading in an item is its text, even if empty
                    run, run_item = (
                        _Run(lines.of(span["start"]) + 1, -1, quotes),
                        stack[-1],
                    )
                blocks.append(_TEXT)
            elif kind == "Paragraph":
                if not blocks:  # a paragraph of the document: a lead-in or an objective?
                    heading_start = span["start"]
                    run, run_item = _Run(lines.of(heading_start) + 1, -1, quotes), None
                blocks.append(_TEXT)
            elif kind == "HtmlBlock":
                html, html_in_item = [], bool(stack) and blocks[-1] == _ITEM
                blocks.append(_OTHER)
            else:
                blocks.append(_OTHER)
        elif key == "End":
            kind = value if value.__class__ is str else next(iter(value))
            if kind in _INLINE:
                if run is not None:
                    run.end(kind, data, span)
                continue
            blocks.pop()
            if kind == "Heading" and run is not None and run_item is None:
                level = int(value["Heading"][1:])
                text = run.finish(data, path, notes).text
                heading = _open_heading(heading, headings, level, text, lines.of(heading_start) + 1)
                run = None
                continue
            if kind == "Paragraph" and run is not None and run_item is None:
                text = run.finish(data, path, notes).text
                heading = lead_in(heading, headings, text, lines.of(heading_start) + 1)
                run = None
                continue
            if run is not None:
                end_run()
                run = None
            if kind == "Item":
                stack.pop()
            elif kind == "List" or kind == "BlockQuote":
                depth -= 1
                if kind == "BlockQuote":
                    quotes -= 1
            elif kind == "HtmlBlock" and html is not None:
                content = "".join(html)
                first = lines.of(span["start"])
                last = lines.of(max(span["end"] - 1, span["start"])) + 1
                criteria = _block_criteria(content, first + 1, path, notes)
                if only_comments(content):
                    comment_blocks[last] = (first, criteria)
                elif html_in_item:
                    _html_item_text(stack[-1], content, first + 1, criteria)
                elif not stack:
                    heading = _html_heading(content, first, heading, headings)
                html = None
    return items, headings


_INLINE = frozenset(
    {"Emphasis", "Strong", "Strikethrough", "Link", "Image", "Superscript", "Subscript"}
)


def _open_heading(
    heading: _Heading | None, headings: list[_Heading], level: int, text: str, line: int
) -> _Heading | None:
    sibling = None
    while heading is not None and heading.level >= level:
        if heading.level == level:
            sibling = heading
        heading = heading.parent
    if text:
        subtitle = sibling.subtitle if sibling is not None else None
        if (
            subtitle is None
            and sibling is not None
            and headings[-1] is sibling  # nothing under it: no heading, no items
            and not sibling.items
            and okr_heading(sibling.text)
        ):
            subtitle = sibling
        heading = _Heading(level, text, line, heading, subtitle=subtitle)
        headings.append(heading)
    return heading


def _html_item_text(item: _Item, content: str, line: int, criteria: list[str]) -> None:
    """A list item that starts with HTML (``- <div>…</div>``): its text is still a goal."""
    text = " ".join(html.unescape(_TAG.sub(" ", _COMMENT.sub(" ", content))).split())
    if criteria:
        item.ignore = merge(item.ignore, criteria)
    if text:
        item.texts.append(text)
        item.text_line = item.text_line or line
        item.struck = item.links_only = False


_LEAD_IN_LEVEL = _SUMMARY_LEVEL  # "Goals for Q3 2027:" over the list after it
_OBJECTIVE_LINE_LEVEL = _SUMMARY_LEVEL + 1  # "O: Validate paid plans" over its key results
_LEAD_IN_END = ("：", ":")


def lead_in(
    heading: _Heading | None, headings: list[_Heading], text: str, line: int
) -> _Heading | None:
    """A paragraph of the document that heads the list after it, as a heading would: a
    line labelled as an objective ("O: …", "Objective 2: …", "目标：…", "Цель: …") is that
    objective; a short line ending in a colon ("23年Q1：", "Goals for Q3 2027:") is a
    lead-in whose period the goals under it inherit. Other prose heads nothing."""
    kind, rest = label_of(text)
    if kind is GoalKind.OBJECTIVE and rest:
        level = _OBJECTIVE_LINE_LEVEL
    elif text.endswith(_LEAD_IN_END) and len(text) <= 80 and kind is None:
        level, text = _LEAD_IN_LEVEL, text.rstrip("：: ")
    else:  # prose ends an objective line's list (a lead-in's period still holds)
        while heading is not None and heading.level >= _OBJECTIVE_LINE_LEVEL:
            heading = heading.parent
        return heading
    while heading is not None and heading.level >= level:
        heading = heading.parent
    heading = _Heading(level, text, line, heading, lead=level == _LEAD_IN_LEVEL)
    headings.append(heading)
    return heading


def _html_heading(
    content: str, first: int, heading: _Heading | None, headings: list[_Heading]
) -> _Heading | None:
    """``<details><summary>An objective</summary> … </details>``: the summary heads what
    follows until the details close, like a heading one level down."""
    if _DETAILS_CLOSE.search(content):
        while heading is not None and heading.level == _SUMMARY_LEVEL:
            heading = heading.parent
    match = _SUMMARY.search(content)
    if match:
        text = " ".join(html.unescape(_TAG.sub(" ", match.group("text"))).split())
        if text:
            while heading is not None and heading.level >= _SUMMARY_LEVEL:
                heading = heading.parent
            line = first + 1 + content.count("\n", 0, match.start())
            heading = _Heading(_SUMMARY_LEVEL, text, line, heading)
            headings.append(heading)
    return heading


def _comments_before(blocks: dict[int, tuple[int, list[str]]], line: int) -> list[str]:
    """Criteria from comment-only lines directly above a list item (no blank line between)."""
    criteria: list[str] = []
    while line in blocks:
        line, found = blocks[line]
        criteria = merge(criteria, found)
    return criteria


def _block_criteria(content: str, first: int, path: str, notes: list[Note]) -> list[str]:
    criteria: list[str] = []
    if "<!--" not in content:
        return criteria
    for body, offset in directives(content):
        criteria = merge(criteria, _parse(body, path, first + offset, notes))
    return criteria


def _parse(body: str, path: str, line: int | None, notes: list[Note]) -> list[str]:
    try:
        names = parse_directive(body)
    except ValueError as exc:
        raise InputError(path, str(exc), line=line) from exc
    if unknown := unknown_names(names):
        notes.append(unknown_note(unknown, line))
    return names


class _Run:
    """One paragraph's (or heading's) inline content as it streams by: its plain text
    (formatting dropped), its suppression comments, and whether it is all struck through
    or only links.

    Where pulldown-cmark and markdown-it read inline syntax differently — strikethrough
    (``~``) other than a whole struck item, HTML comments with ``--`` inside — the run is
    read again from its source by markdown-it's inline parser (:func:`_inline_tokens`),
    so those items read exactly as before; they are a small share of real goal files.
    """

    __slots__ = (
        "all_struck",
        "autolink",
        "comments",
        "directives",
        "first",
        "first_line",
        "image",
        "last",
        "line",
        "link",
        "outside_links",
        "parts",
        "quotes",
        "risky",
        "struck",
        "tildes",
        "whole_strike",
    )

    def __init__(self, line: int, offset: int, quotes: int) -> None:
        self.first_line = line
        self.line = line  # advanced by line breaks, as markdown-it's reading did
        self.first = self.last = offset  # the run's source, in bytes (-1: from its first event)
        self.quotes = quotes  # block quotes around it (their markers start its lines)
        self.parts: list[str] = []
        self.directives: list[tuple[str, int]] = []
        self.struck = 0
        self.link: list[str] | None = None  # the text of the link being read
        self.autolink = False
        self.image: list[int] | None = None  # [label start, label end, nesting] in bytes
        self.all_struck = True
        self.outside_links: list[str] = []
        self.tildes: list[bool] = []  # per open strikethrough: a real ``~~`` one?
        self.whole_strike = -1  # the end of a ``~~`` strikethrough opening the run
        self.comments = 0
        self.risky = False

    def text(self, content: str, span: Span) -> None:
        self._extend(span)
        if self.image is not None:
            self.image[1] = max(self.image[1], span["end"])
            return
        if self.link is not None:
            self.link.append(content)
            return
        self._plain(content)

    def _extend(self, span: Span) -> None:
        if self.first < 0:
            self.first = span["start"]
        self.last = max(self.last, span["end"])

    def begin_at(self, data: bytes) -> None:
        """An escaped first character (``\\<``): its event starts after the backslash."""
        if self.first > 0 and data[self.first - 1] == 0x5C:
            self.first -= 1

    def _plain(self, content: str) -> None:
        self.parts.append(content)
        self.outside_links.append(content)
        if not self.struck and content.strip():
            self.all_struck = False

    def softbreak(self, span: Span) -> None:
        self._extend(span)
        if self.image is not None:
            self.image[1] = max(self.image[1], span["end"])
            return
        (self.link if self.link is not None else self.parts).append(" ")
        self.line += 1

    def html(self, content: str, span: Span) -> None:
        self._extend(span)
        if self.image is not None:
            self.image[1] = max(self.image[1], span["end"])
            return
        if content.startswith("<!--"):
            self.comments += 1
            inner = content[4:-3]  # markdown-it-py's comment pattern refuses a trailing "-"
            self.risky = self.risky or "--" in inner or inner.endswith("-")
        if "<!--" in content:
            self.directives.extend(
                (body, self.line + offset) for body, offset in directives(content)
            )
        if self.link is None:
            self.parts.append(" ")

    def start(self, kind: str, value: object, data: bytes, span: Span) -> None:
        self._extend(span)
        if self.image is not None:  # inside an image's label: only its extent counts
            self.image[2] += 1
            self.image[1] = max(self.image[1], span["end"])
            return
        if kind == "Image":
            self.image = [span["start"] + 2, span["start"] + 2, 0]
        elif kind == "Link":
            self.link = []
            link_type = value["Link"]["link_type"]  # type: ignore[index]
            self.autolink = link_type in ("Autolink", "Email")
        elif kind == "Strikethrough":
            real = data.startswith(b"~~", span["start"])
            self.tildes.append(real)
            if real:
                self.struck += 1
                if span["start"] == self.first:
                    self.whole_strike = span["end"]
            else:
                self._literal("~")

    def end(self, kind: str, data: bytes, span: Span) -> None:
        self._extend(span)
        image = self.image
        if image is not None:
            if image[2] > 0:
                image[2] -= 1
                return
            self.image = None
            label = data[image[0] : image[1]].decode()
            self.text(_strip_prefixes(label, self.quotes) if "\n" in label else label, span)
        elif kind == "Link" and self.link is not None:
            shown = " ".join("".join(self.link).split())
            if self.autolink:
                shown = " ".join(_autolink_text("".join(self.link)).split())
            # A link whose text is a placeholder ("[N1][ref]") still holds a value to fill.
            self.parts.append(f"[{shown}]" if _PLACEHOLDER_LINK.match(shown) else shown)
            if shown and not self.struck:
                self.all_struck = False
            self.link = None
        elif kind == "Strikethrough" and self.tildes:
            if self.tildes.pop():
                self.struck = max(self.struck - 1, 0)
            else:
                self._literal("~")

    def _literal(self, content: str) -> None:
        if self.link is not None:
            self.link.append(content)
        else:
            self._plain(content)

    def finish(self, data: bytes, path: str, notes: list[Note]) -> _Inline:
        self.begin_at(data)
        source = data[self.first : self.last] if self.first >= 0 else b""
        if (
            # A whole struck item (``~~…~~``, no other tilde) reads the same in both.
            (b"~" in source and (self.whole_strike != self.last or source.count(b"~") != 4))
            or self.risky
            or source.count(b"<!--") != self.comments
        ):
            text = _strip_prefixes(source.decode(), self.quotes)
            return _inline_markdown_it(text, self.first_line, path, notes)
        criteria: list[str] = []
        for body, line in self.directives:
            criteria = merge(criteria, _parse(body, path, line, notes))
        text = " ".join("".join(self.parts).split())
        links_only = bool(text) and is_reference_words("".join(self.outside_links))
        return _Inline(text, criteria, self.all_struck and bool(text), links_only)


_PREFIXES = regex_cache.compile(r"\n[ \t]*")
_QUOTED_PREFIXES = regex_cache.compile(r"\n[ \t>]*")


def _strip_prefixes(text: str, quotes: int) -> str:
    """Inline source over several lines, without the indentation (and, in a block quote,
    the ``>`` markers) that start its lines: the paragraph text markdown-it reads."""
    return (_QUOTED_PREFIXES if quotes else _PREFIXES).sub("\n", text)


def _inline_markdown_it(text: str, line: int, path: str, notes: list[Note]) -> _Inline:
    """``text`` (a paragraph's inline source) read by markdown-it's inline parser."""
    tokens = _markdown_it().parseInline(text)
    return _inline_tokens(tokens[0].children or [] if tokens else [], line, path, notes)


@cache
def _markdown_it() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("strikethrough")


def _inline_tokens(
    children: list[Token], line: int | None, path: str, notes: list[Note]
) -> _Inline:
    """Plain text of markdown-it's inline tokens (formatting dropped), their suppression
    comments, and whether they are all struck through or only links."""
    parts: list[str] = []
    criteria: list[str] = []
    struck = 0
    link: list[str] | None = None  # the text of the link being read
    all_struck = True
    outside_links: list[str] = []
    # The words of a strikethrough that opens the item ("~~Ride a bike weekly~~ didn't
    # manage it"): a struck statement with a note after it is closed, like a struck item.
    opening: list[str] | None = None
    seen_text = False
    for child in children:
        kind = child.type
        if kind in ("text", "text_special", "code_inline", "image"):
            content = child.content
            if link is not None:
                link.append(content)
                continue
            parts.append(content)
            outside_links.append(content)
            if struck and opening is not None and not seen_text:
                opening.append(content)
            if content.strip() and not struck:
                all_struck = False
                seen_text = True
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
            if opening is None and not seen_text and not "".join(parts).strip():
                opening = []
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
    closed = all_struck or (opening is not None and len("".join(opening).split()) >= 3)
    return _Inline(text, criteria, closed and bool(text), links_only)


def _autolink_text(url: str) -> str:
    """``<http://…>``'s text as markdown-it shows it (percent-escapes decoded)."""
    from markdown_it.common.normalize_url import normalizeLinkText

    return normalizeLinkText(url)


# -- items to drafts --------------------------------------------------------------------------


def _to_drafts(items: list[_Item], headings: list[_Heading], top: list[Context]) -> list[Draft]:
    drafts: list[Draft] = []
    goal_headings = _heading_goals(headings)
    for heading in goal_headings:
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
                if item.ignore:
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
            parent=owner
            if owner is not None
            else _heading_objective(
                item.heading, marks.kind in (GoalKind.KEY_RESULT, GoalKind.INITIATIVE)
            ),
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
    _settle_kinds(items, goal_headings)
    return drafts


def _goal_ancestor(item: _Item) -> Draft | None:
    parent = item.parent
    while parent is not None and parent.draft is None:
        parent = parent.parent
    return parent.draft if parent is not None else None


def _heading_objective(heading: _Heading | None, labelled: bool = False) -> Draft | None:
    """The objective a top-level item sits under, if a heading above it is one.

    ``labelled``: the item says it is a key result or an initiative ("KR3:", "Task 2.1:"),
    so it serves the nearest objective above it even through plain headings ("### Task
    breakdown" / "#### Phase 1"); an unlabelled item belongs to the plain heading."""
    for node in heading.chain() if heading is not None else []:
        if node.draft is not None:
            return node.draft
        if not labelled and section_kind(node.text) is None:
            return None  # a plain heading in between: the items belong to it
    return None


def _context_text(heading: _Heading | None) -> str | None:
    """The nearest heading that is more than a section label ("Key results")."""
    for node in heading.chain() if heading is not None else []:
        if not node.lead and section_kind(node.text) is None:
            return node.text
    return None


def _ancestors(item: _Item, top: list[Context]) -> list[Context]:
    """Parent goals, then headings, then front matter; each ``Context`` is made once and
    shared by every goal under it (a large file has ~100,000 of them)."""
    out: list[Context] = []
    parent = item.parent
    while parent is not None:
        if parent.draft is not None:
            if parent.context is None:
                parent.context = Context(parent.draft.statement, parent.draft.line, "goal")
            out.append(parent.context)
        parent = parent.parent
    if item.heading is not None:
        out.extend(item.heading.contexts())
    return out + top


def _heading_goals(headings: list[_Heading]) -> list[_Heading]:
    """Headings that are goals themselves. Objectives: labelled so ("Objective 2: …",
    "O1 —", "目标一：", "Цель 1."), over a "Key results" section, or written as a desired
    state with goals right under them — goals that look like key results, or any, in a
    document about OKRs or objectives. Key results: labelled so ("### KR1.2: …") under
    an objective heading, over the tasks listed under them."""
    found = []
    # A heading over a "Key results" section ("## Understand X" / "### Key results" / "- …")
    # is an objective by its shape, as an item over key results is.
    over_results = {
        id(h.parent)
        for h in headings
        if h.parent is not None and h.items and section_kind(h.text) is GoalKind.KEY_RESULT
    }
    # A lead-in naming key results ("**Success metrics:**" / "- …") lists its heading's.
    led: dict[int, list[_Item]] = {}
    for h in headings:
        if h.lead and h.parent is not None and section_kind(h.text) is GoalKind.KEY_RESULT:
            led.setdefault(id(h.parent), []).extend(h.items)
    for heading in headings:
        kind, text = label_of(heading.text)
        items = heading.items + led[id(heading)] if id(heading) in led else heading.items
        if kind is GoalKind.OBJECTIVE or (
            # "### Goal 1: …" over its measures is an objective as "### Цель 1: …" is
            (kind is None or kind is GoalKind.GOAL)
            and section_kind(heading.text) is None
            and (
                # over key results, a heading of a few words is a statement, not an area
                (id(heading) in over_results and (kind or is_statement(heading.text)))
                or (
                    (kind is GoalKind.GOAL or reads_as_objective(heading.text))
                    and items
                    and (_goal_like(items) or _in_okr_document(heading))
                )
            )
        ):
            heading.draft = _draft_of(heading, text, GoalKind.OBJECTIVE)
            found.append(heading)
        elif kind is GoalKind.KEY_RESULT and text and _under_objective_heading(heading):
            # "### KR1.2: The nightly job runs reliably" under an objective heading, with
            # its tasks listed under it: a key result, and the tasks its initiatives.
            heading.draft = _draft_of(heading, text, GoalKind.KEY_RESULT)
            found.append(heading)
    return found


def _draft_of(heading: _Heading, text: str, kind: GoalKind) -> Draft:
    """A heading that is a goal, its label already read (the rest by ``_heading_draft``)."""
    return Draft(
        statement=text, line=heading.line, index=0, kind=kind, from_heading=True, marked=True
    )


def _under_objective_heading(heading: _Heading) -> bool:
    return any(h.draft is not None and h.draft.kind is GoalKind.OBJECTIVE for h in heading.chain())


def _in_okr_document(heading: _Heading) -> bool:
    """A heading above this one names OKRs or objectives ("# Team OKRs", "## 2027 目标")."""
    return any(okr_heading(h.text) for h in heading.chain()[1:]) or heading.subtitle is not None


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
    draft.ancestors = list(above.contexts()) if above else []
    if heading.subtitle is not None:
        subtitle = heading.subtitle
        draft.ancestors.insert(0, Context(subtitle.text, subtitle.line, "heading"))
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
            if labelled or (qualitative and not under_objective) or _under_okr_heading(item):
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
    # Key results right under an objective heading, counted in one pass (not per heading).
    under: dict[int, int] = {}
    for item in items:
        draft = item.draft
        if draft is not None and draft.kind is GoalKind.KEY_RESULT and draft.parent is not None:
            under[id(draft.parent)] = under.get(id(draft.parent), 0) + 1
    for heading in headings:
        draft = heading.draft
        if draft is not None and draft.kind is GoalKind.KEY_RESULT:
            draft.objective = _objective_of(draft)
            if draft.parent is not None:
                under[id(draft.parent)] = under.get(id(draft.parent), 0) + 1
    for heading in headings:
        draft = heading.draft
        if draft is not None and draft.kind is GoalKind.OBJECTIVE:
            draft.key_results = under.get(id(draft), 0)


def _under_okr_heading(item: _Item) -> bool:
    """Under a heading that names OKRs ("# CY19-Q3 OKRs", "## 2027 目标与关键结果"), a list
    item over other items is an objective and they are its key results."""
    return item.heading is not None and any(okr_heading(h.text) for h in item.heading.chain())


def _kind_under(item: _Item) -> GoalKind:
    parent = item.draft.parent if item.draft is not None else None
    section = next(
        (k for h in (item.heading.chain() if item.heading else []) if (k := section_kind(h.text))),
        None,
    )
    if parent is not None and parent.kind is GoalKind.OBJECTIVE:
        return GoalKind.INITIATIVE if section is GoalKind.INITIATIVE else GoalKind.KEY_RESULT
    if parent is not None and parent.kind is GoalKind.KEY_RESULT and parent.from_heading:
        return GoalKind.INITIATIVE  # the work listed under a key result's heading
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
