"""JSON read with the line each top-level goal record starts on, and repeated keys kept.

``json.loads`` knows no lines. Reading the outer list (or the ``goals`` list of an outer
mapping) one element at a time with the C decoder's ``raw_decode`` gives each record its
line at the same speed; records nested in ``children`` have none. A key written twice in
one object is remembered (``JsonDict.duplicates``) instead of silently keeping the last.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from briefsmith import regex_cache

_SPACE = regex_cache.compile(r"[ \t\n\r]+")


def _skip(text: str, index: int) -> int:
    """The first non-space offset at or after ``index``."""
    match = _SPACE.match(text, index)
    return match.end() if match else index


class JsonDict(dict[str, Any]):
    """A JSON object; ``duplicates`` lists the keys it repeats."""

    duplicates: list[str] | None = None


def _object(pairs: list[tuple[str, Any]]) -> JsonDict:
    data = JsonDict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        data.duplicates = [k for k, _ in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
    return data


def _int(text: str) -> int | str:
    """An integer too long for ``int`` (over 4,300 digits) stays text for the caller."""
    try:
        return int(text)
    except ValueError:
        return text


DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_int=_int)


@dataclass
class TopLevel:
    """The document, and for the list of records in it, the line of each element."""

    data: Any
    lines: list[int] = field(default_factory=list)
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    """Keys the outer mapping repeats, with their lines."""


class _Lines:
    """Line numbers of increasing offsets, counted incrementally (not from the start)."""

    def __init__(self, text: str) -> None:
        self.text, self.offset, self.line = text, 0, 1

    def at(self, offset: int) -> int:
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


def loads(text: str, list_key: str = "goals") -> TopLevel:
    """Parse ``text``; raises ``json.JSONDecodeError``, ``ValueError`` or ``RecursionError``
    as ``json.loads`` would."""
    lines = _Lines(text)
    start = _skip(text, 0)
    if text.startswith("[", start):
        data, end, item_lines = _array(text, start, lines)
        top = TopLevel(data, item_lines)
    elif text.startswith("{", start):
        top, end = _mapping(text, start, lines, list_key)
    else:
        data, end = DECODER.raw_decode(text, start)
        top = TopLevel(data)
    end = _skip(text, end)
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return top


def _array(text: str, start: int, lines: _Lines) -> tuple[list[Any], int, list[int]]:
    items: list[Any] = []
    item_lines: list[int] = []
    index = _skip(text, start + 1)
    if text.startswith("]", index):
        return items, index + 1, item_lines
    while True:
        value, end = DECODER.raw_decode(text, index)
        items.append(value)
        item_lines.append(lines.at(index))
        index = _skip(text, end)
        if text.startswith(",", index):
            index = _skip(text, index + 1)
        elif text.startswith("]", index):
            return items, index + 1, item_lines
        else:
            raise json.JSONDecodeError("Expecting ',' delimiter", text, index)


def _mapping(text: str, start: int, lines: _Lines, list_key: str) -> tuple[TopLevel, int]:
    top = TopLevel(JsonDict())
    index = _skip(text, start + 1)
    if text.startswith("}", index):
        return top, index + 1
    while True:
        if not text.startswith('"', index):
            msg = "Expecting property name enclosed in double quotes"
            raise json.JSONDecodeError(msg, text, index)
        key, end = DECODER.raw_decode(text, index)
        key_line = lines.at(index)
        index = _skip(text, end)
        if not text.startswith(":", index):
            raise json.JSONDecodeError("Expecting ':' delimiter", text, index)
        index = _skip(text, index + 1)
        if str(key).strip().lower() == list_key and text.startswith("[", index):
            value, end, top.lines = _array(text, index, lines)
        else:
            value, end = DECODER.raw_decode(text, index)
        if key in top.data:
            top.duplicates.append((key, key_line))
            top.data.duplicates = [*(top.data.duplicates or []), key]
        top.data[key] = value
        index = _skip(text, end)
        if text.startswith(",", index):
            index = _skip(text, index + 1)
        elif text.startswith("}", index):
            return top, index + 1
        else:
            raise json.JSONDecodeError("Expecting ',' delimiter", text, index)
