"""Feedback files → ``FeedbackItem``s, each with the line it came from.

Formats (by extension; stdin ``-`` is sniffed): CSV (a header row with a ``text`` column,
optionally ``id``, ``author``, ``team``, ``rating``, ``date``; other columns are ignored),
JSON Lines (one object per line), JSON (a list of objects, or ``{"items": [...]}``) and a
Markdown list (``- comment`` per item; a heading sets the team of the items under it).
Reading goes through ``parsing.source`` (size limit, binary, UTF-8); anything unusable
is one ``InputError`` naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from briefsmith.errors import InputError
from briefsmith.models.feedback import FeedbackItem
from briefsmith.models.goal import SourceLocation
from briefsmith.parsing.ids import generated_ids
from briefsmith.parsing.limits import Limits
from briefsmith.parsing.sanitise import clean, surrogate_problem
from briefsmith.parsing.source import STDIN, Source, read_source
from briefsmith.parsing.tabular import csv_records
from briefsmith.parsing.values import short

FORMATS = {"csv", "json", "jsonl", "markdown"}
ALIASES = {
    "text": "text",
    "comment": "text",
    "feedback": "text",
    "id": "id",
    "author": "author",
    "name": "author",
    "team": "team",
    "department": "team",
    "rating": "rating",
    "score": "rating",
    "date": "date",
}
"""Column / key names (lower-case) → ``FeedbackItem`` fields; other keys are ignored."""

_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_EXPECTED = 'expected a list of feedback objects with a "text" key, or {"items": [...]}'


def load_feedback(
    path: str | os.PathLike[str], *, text: str | None = None, limits: Limits | None = None
) -> list[FeedbackItem]:
    """Read a feedback file (or ``text`` as if it were that file); ids are unique."""
    columns = [name for name, field in ALIASES.items() if field == "text"]
    try:
        source = read_source(path, text=text, limits=limits, csv_columns=columns)
    except InputError as exc:
        if exc.reason.startswith("file is empty"):
            raise InputError(
                exc.path, "file is empty; add one comment per row or list item"
            ) from exc
        if exc.reason.startswith("unsupported file type"):
            raise InputError(exc.path, _unsupported(os.fspath(path))) from exc
        raise
    if source.format not in FORMATS:
        if os.fspath(path) == STDIN and source.format == "text":
            source = Source(source.path, source.text, "markdown")
        else:
            raise InputError(source.path, _unsupported(os.fspath(path)))
    records = {
        "csv": _csv_records,
        "json": _json_records,
        "jsonl": _jsonl_records,
        "markdown": _markdown_records,
    }[source.format](source)
    items = _items(records, source.path)
    if not items:
        raise InputError(source.path, "no feedback found (add one comment per row or list item)")
    return items


def _unsupported(name: str) -> str:
    suffix = Path(name).suffix or "(none)"
    return f"unsupported feedback file type '{suffix}' (supported: .csv .jsonl .json .md)"


# -- records: (fields, line) ---------------------------------------------------------------

Record = tuple[dict[str, Any], int | None]


def _csv_records(source: Source) -> list[Record]:
    def check_header(names: list[str], line: int) -> None:
        if "text" not in {ALIASES.get(name) for name in names}:
            msg = "the CSV header has no 'text' (or 'comment', 'feedback') column"
            raise InputError(source.path, msg, line=line)

    return [(dict(record), line) for record, line in csv_records(source, check_header)]


def _jsonl_records(source: Source) -> list[Record]:
    records: list[Record] = []
    for number, raw in enumerate(source.text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            msg = f"invalid JSON: {getattr(exc, 'msg', 'value too large or nested too deeply')}"
            raise InputError(source.path, msg, line=number) from exc
        if not isinstance(record, dict):
            msg = 'expected one JSON object per line, e.g. {"text": "…", "team": "sales"}'
            raise InputError(source.path, msg, line=number)
        records.append((record, number))
    return records


def _json_records(source: Source) -> list[Record]:
    text = source.text
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"invalid JSON: {exc.msg} (column {exc.colno})"
        raise InputError(source.path, msg, line=exc.lineno) from exc
    except (ValueError, RecursionError) as exc:
        raise InputError(source.path, "invalid JSON: value too large or nested too deeply") from exc
    start = text.index("[") if isinstance(data, list) else None
    if isinstance(data, dict):
        keys = {str(key).lower(): value for key, value in data.items()}
        data = keys.get("items", keys.get("feedback"))
        match = re.search(r'"(?i:items|feedback)"\s*:\s*\[', text)
        start = match.end() - 1 if match else None
    if not isinstance(data, list):
        raise InputError(source.path, _EXPECTED, line=1)
    lines = list(_element_lines(text, start)) if start is not None else []
    records: list[Record] = []
    for position, element in enumerate(data):
        line = lines[position] if position < len(lines) else None
        if not isinstance(element, dict):
            raise InputError(source.path, _EXPECTED, line=line)
        records.append((element, line))
    return records


def _element_lines(text: str, start: int) -> Iterator[int]:
    """The line each element of the JSON array starting at ``text[start]`` begins on."""
    decoder = json.JSONDecoder()
    index = start + 1
    while index < len(text):
        while index < len(text) and text[index] in " \t\n\r,":
            index += 1
        if index >= len(text) or text[index] == "]":
            return
        yield text.count("\n", 0, index) + 1
        try:
            _, index = decoder.raw_decode(text, index)
        except json.JSONDecodeError:
            return


def _markdown_records(source: Source) -> list[Record]:
    """``- comment`` per item; indented lines continue it; ``## Team`` sets the team."""
    records: list[Record] = []
    team: str | None = None
    current: dict[str, Any] | None = None
    for number, line in enumerate(source.text.split("\n"), start=1):
        heading = _HEADING.match(line)
        item = _LIST_ITEM.match(line)
        if heading:
            team, current = heading.group(1).strip() or None, None
        elif item:
            current = {"text": item.group(2), "team": team}
            records.append((current, number))
        elif current is not None and line.strip() and line[:1].isspace():
            current["text"] += "\n" + line.strip()
        elif not line.strip():
            continue
        else:
            current = None  # a paragraph between lists is not feedback
    return records


# -- records → items -----------------------------------------------------------------------


def _items(records: list[Record], path: str) -> list[FeedbackItem]:
    items: list[FeedbackItem] = []
    given: dict[str, int | None] = {}
    fields_list: list[tuple[dict[str, Any], int | None]] = []
    for record, line in records:
        fields = _fields(record, path, line)
        if fields.get("id"):
            if fields["id"] in given:
                first = given[fields["id"]]
                where = f" (first on line {first})" if first else ""
                raise InputError(path, f"duplicate id {fields['id']!r}{where}", line=line)
            given[fields["id"]] = line
        fields_list.append((fields, line))
    missing = [fields for fields, _ in fields_list if not fields.get("id")]
    # Generated ids are stable (a hash of the text), so a re-run cites the same ids.
    taken = {"g-" + i.removeprefix("fb-") for i in given if i.startswith("fb-")}
    for fields, generated in zip(
        missing, generated_ids([f["text"] for f in missing], taken), strict=True
    ):
        fields["id"] = "fb-" + generated.removeprefix("g-")
    for fields, line in fields_list:
        try:
            items.append(FeedbackItem(**fields, source=SourceLocation(path=path, line=line)))
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(p) for p in error["loc"])
            raise InputError(path, f"invalid {where}: {error['msg']}", line=line) from exc
    return items


def _fields(record: dict[str, Any], path: str, line: int | None) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key, value in record.items():
        name = ALIASES.get(" ".join(str(key).split()).lower())
        if name is None or value is None:
            continue
        if isinstance(value, str):
            if problem := surrogate_problem(value, f"'{short(str(key))}'"):
                raise InputError(path, problem, line=line)
            value = clean(value).strip()  # JSON escapes ("\u001b") are only decoded now
            if not value:
                continue
        if name in {"text", "id", "author", "team"}:
            if not isinstance(value, str | int | float) or isinstance(value, bool):
                raise InputError(path, f"'{short(str(key))}' must be text", line=line)
            value = str(value)
            if name == "team":
                value = value.lower()
        elif name == "rating":
            value = _rating(value, path, line)
        elif name == "date":
            value = _date(value, path, line)
        fields[name] = value
    if not fields.get("text"):
        raise InputError(path, "item has no text", line=line)
    return fields


def _rating(value: Any, path: str, line: int | None) -> float:
    try:
        if isinstance(value, bool):
            raise ValueError
        return float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(path, f"rating {value!r} is not a number", line=line) from exc


def _date(value: Any, path: str, line: int | None) -> dt.date:
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        msg = f"date {text!r} is not a date in YYYY-MM-DD form"
        raise InputError(path, msg, line=line) from exc
