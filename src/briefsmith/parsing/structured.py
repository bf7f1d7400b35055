"""YAML, JSON and JSON Lines goal files: records exported from planning tools and scripts.

A syntax error stops the file (nothing after it can be trusted); a bad record is an error
on its line and the other records are still read (``Source.errors``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from briefsmith.errors import InputError
from briefsmith.parsing.draft import Draft
from briefsmith.parsing.jsondoc import DECODER
from briefsmith.parsing.jsondoc import loads as load_json
from briefsmith.parsing.records import Records, keys_of
from briefsmith.parsing.values import parse_date, parse_lang, short
from briefsmith.parsing.yamldoc import load_document

if TYPE_CHECKING:
    from briefsmith.parsing.source import Source

NO_GOALS = "no goals found (expected a list of records with a 'goal' key)"
_SHAPE = "expected a list of goal records, or a mapping with a 'goals:' list"


def parse_yaml(source: Source) -> list[Draft]:
    document = load_document(
        source.text, source.path, max_alias_values=source.limits.max_alias_values
    )
    data = document.data
    duplicates = getattr(data, "duplicates", None) or []
    key_lines = getattr(data, "key_lines", None) or {}
    return _from_document(source, data, duplicates, key_lines, line=1)


def parse_json(source: Source) -> list[Draft]:
    try:
        top = load_json(source.text)
    except json.JSONDecodeError as exc:
        msg = f"invalid JSON: {exc.msg} (column {exc.colno})"
        raise InputError(source.path, msg, line=exc.lineno) from exc
    except (ValueError, RecursionError) as exc:
        msg = f"invalid JSON: {' '.join(str(exc).split()) or 'nesting is too deep'}"
        raise InputError(source.path, msg) from exc
    data = top.data
    if isinstance(data, list):
        data = _Listed(data, top.lines)
    elif isinstance(data, dict) and top.lines:
        for key, value in data.items():
            if key.strip().lower() == "goals" and isinstance(value, list):
                data[key] = _Listed(value, top.lines)
    return _from_document(source, data, top.duplicates, {}, line=None, number_records=True)


class _Listed(list[object]):
    """A JSON list of records with the line each starts on."""

    def __init__(self, items: list[object], lines: list[int]) -> None:
        super().__init__(items)
        self.lines = lines


def parse_jsonl(source: Source) -> list[Draft]:
    records = Records(source.path, source.limits)
    for number, raw in enumerate(source.text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            record = DECODER.decode(raw)
        except json.JSONDecodeError as exc:
            msg = f"invalid JSON: {exc.msg} (column {exc.colno})"
            records.errors.append(InputError(source.path, msg, line=number))
            continue
        except (ValueError, RecursionError):
            msg = "invalid JSON: value too large or nested too deeply"
            records.errors.append(InputError(source.path, msg, line=number))
            continue
        if not isinstance(record, dict):
            msg = 'expected one JSON object per line, e.g. {"goal": "Increase …"}'
            records.errors.append(InputError(source.path, msg, line=number))
            continue
        records.add(record, number)
    return _finish(records, source)


def _from_document(
    source: Source,
    data: object,
    duplicates: list[tuple[str, int]],
    key_lines: dict[str, int],
    line: int | None,
    *,
    number_records: bool = False,
) -> list[Draft]:
    path = source.path
    records = Records(path, source.limits, number_records=number_records)
    items: object = data
    if isinstance(data, dict):
        keys = keys_of(data, path, line)
        if "goals" in keys:
            if duplicates:
                key, at = duplicates[0]
                msg = f"the key '{short(key)}' is given twice in the file's outer mapping"
                raise InputError(path, msg, line=at)
            items = keys["goals"]
            for name, parse in (("lang", parse_lang), ("as_of", parse_date)):
                try:
                    setattr(records, name, parse(keys.get(name)))
                except ValueError as exc:
                    raise InputError(path, str(exc), line=_key_line(key_lines, name, line)) from exc
            if not isinstance(items, list):
                at_goals = _key_line(key_lines, "goals", line)
                raise InputError(path, "'goals' must be a list of goal records", line=at_goals)
        elif "goal" in keys or "statement" in keys:
            items = [data]
    if not isinstance(items, list):
        raise InputError(path, _SHAPE, line=line)
    lines = getattr(items, "lines", None)
    for position, item in enumerate(items):
        records.add(item, lines[position] if lines else None)
    return _finish(records, source)


def _key_line(key_lines: dict[str, int], name: str, default: int | None) -> int | None:
    return next((n for key, n in key_lines.items() if key.strip().lower() == name), default)


def _finish(records: Records, source: Source) -> list[Draft]:
    source.errors.extend(records.errors)
    if not records.drafts and not records.errors:
        raise InputError(records.path, NO_GOALS)
    return records.drafts
