"""The Markdown reader briefsmith had before pyromark: markdown-it-py's token list, walked.

Kept as the oracle for ``test_markdown_reader.py``: the streaming reader in
``briefsmith.parsing.markdown`` must build the same items and headings (lines, nesting,
texts, suppression comments, struck and link-only items) from any document. Same
signature as ``briefsmith.parsing.markdown._read``.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefsmith.errors import InputError
from briefsmith.models.goal import Note
from briefsmith.parsing import markdown as md
from briefsmith.parsing.limits import raise_hint
from briefsmith.parsing.suppress import merge, only_comments

_OPENERS = {"bullet_list_open", "ordered_list_open", "blockquote_open"}
_CLOSERS = {"bullet_list_close", "ordered_list_close", "blockquote_close"}


def read(
    body: str, path: str, max_depth: int, notes: list[Note]
) -> tuple[list[md._Item], list[md._Heading]]:
    parser = MarkdownIt("commonmark", {"maxNesting": 4 * max_depth + 8}).enable("strikethrough")
    try:
        tokens = parser.parse(body)
    except RecursionError as exc:
        raise InputError(path, "Markdown nesting is too deep to read") from exc
    heading: md._Heading | None = None
    headings: list[md._Heading] = []
    items: list[md._Item] = []
    stack: list[tuple[md._Item, int]] = []
    depth = 0
    comment_blocks: dict[int, tuple[int, list[str]]] = {}
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
            parent = stack[-1][0] if stack else None
            item = md._Item(
                line=start + 1,
                parent=parent,
                heading=heading,
                ignore=md._comments_before(comment_blocks, start),
            )
            if parent is not None:
                parent.children.append(item)
            elif heading is not None:
                heading.items.append(item)
            stack.append((item, token.level))
            items.append(item)
        elif kind == "list_item_close":
            stack.pop()
        elif kind == "heading_open" and not stack:
            level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
            text = _inline(tokens[index + 1], path, notes).text if index + 1 < len(tokens) else ""
            heading = md._open_heading(heading, headings, level, text, _line(token) or 1)
        elif kind == "paragraph_open" and token.level == 0:
            text = _inline(tokens[index + 1], path, notes).text if index + 1 < len(tokens) else ""
            heading = md.lead_in(heading, headings, text, _line(token) or 1)
        elif kind == "html_block":
            first = token.map[0] + 1 if token.map else 1
            criteria = md._block_criteria(token.content, first, path, notes)
            if token.map and only_comments(token.content):
                comment_blocks[token.map[1]] = (token.map[0], criteria)
            elif stack and token.level == stack[-1][1] + 1:
                md._html_item_text(stack[-1][0], token.content, first, criteria)
            elif not stack:
                start = token.map[0] if token.map else 0
                heading = md._html_heading(token.content, start, heading, headings)
        elif kind == "inline" and stack and token.level == stack[-1][1] + 2:
            item = stack[-1][0]
            read = _inline(token, path, notes)
            item.texts.append(read.text)
            item.text_line = item.text_line or _line(token)
            item.ignore = merge(item.ignore, read.criteria)
            item.struck = item.struck and read.struck
            item.links_only = item.links_only and read.links_only
    return items, headings


def _line(token: Token) -> int | None:
    return token.map[0] + 1 if token.map else None


def _inline(token: Token, path: str, notes: list[Note]) -> md._Inline:
    """An inline token's text: the same walk of markdown-it's inline tokens the streaming
    reader uses for the runs it hands to markdown-it."""
    return md._inline_tokens(token.children or [], _line(token), path, notes)
