"""YAML, JSON and JSON Lines goal files: records exported from planning tools and scripts."""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from briefsmith.errors import InputError
from briefsmith.parsing.draft import Draft
from briefsmith.parsing.records import Records
from briefsmith.parsing.values import parse_date, parse_lang

if TYPE_CHECKING:
    import yaml

    from briefsmith.parsing.source import Source

NO_GOALS = "no goals found (expected a list of records with a 'goal' key)"
_SHAPE = "expected a list of goal records, or a mapping with a 'goals:' list"


class _LineDict(dict[Any, Any]):
    """A YAML mapping that remembers the line it starts on."""

    line: int | None = None


class _LineList(list[Any]):
    """A YAML sequence that remembers the line of each item."""

    lines: list[int] | None = None


def parse_yaml(source: Source) -> list[Draft]:
    import yaml

    loader = _line_loader()(source.text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = " ".join(str(exc.problem or exc.context or "syntax error").split())
        msg = f"invalid YAML: {reason}"
        raise InputError(source.path, msg, line=mark.line + 1 if mark else None) from exc
    except yaml.YAMLError as exc:
        msg = f"invalid YAML: {' '.join(str(exc).split())}"
        raise InputError(source.path, msg) from exc
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a date like 2026-02-30
        msg = f"invalid YAML value: {' '.join(str(exc).split())}"
        raise InputError(source.path, msg) from exc
    except RecursionError as exc:
        msg = "YAML nesting is too deep to read"
        raise InputError(source.path, msg) from exc
    finally:
        loader.dispose()
    return _from_document(data, source.path, line=1)


def parse_json(source: Source) -> list[Draft]:
    try:
        data = json.loads(source.text)
    except json.JSONDecodeError as exc:
        msg = f"invalid JSON: {exc.msg} (column {exc.colno})"
        raise InputError(source.path, msg, line=exc.lineno) from exc
    except (ValueError, RecursionError) as exc:
        msg = f"invalid JSON: {' '.join(str(exc).split()) or 'nesting is too deep'}"
        raise InputError(source.path, msg) from exc
    return _from_document(data, source.path, line=None)


def parse_jsonl(source: Source) -> list[Draft]:
    records = Records(source.path)
    for number, raw in enumerate(source.text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            msg = f"invalid JSON: {exc.msg} (column {exc.colno})"
            raise InputError(source.path, msg, line=number) from exc
        except (ValueError, RecursionError) as exc:
            msg = "invalid JSON: value too large or nested too deeply"
            raise InputError(source.path, msg, line=number) from exc
        if not isinstance(record, dict):
            msg = 'expected one JSON object per line, e.g. {"goal": "Increase …"}'
            raise InputError(source.path, msg, line=number)
        records.add(record, number)
    return _finish(records)


def _from_document(data: object, path: str, line: int | None) -> list[Draft]:
    records = Records(path)
    items: object = data
    if isinstance(data, dict):
        keys = {str(key).strip().lower(): value for key, value in data.items()}
        if "goals" in keys:
            items = keys["goals"]
            try:
                records.lang = parse_lang(keys.get("lang"))
                records.as_of = parse_date(keys.get("as_of"))
            except ValueError as exc:
                raise InputError(path, str(exc), line=line) from exc
            if not isinstance(items, list):
                raise InputError(path, "'goals' must be a list of goal records", line=line)
        elif "goal" in keys or "statement" in keys:
            items = [data]
    if not isinstance(items, list):
        raise InputError(path, _SHAPE, line=line)
    lines = getattr(items, "lines", None)
    for position, item in enumerate(items):
        records.add(item, lines[position] if lines else None)
    return _finish(records)


def _finish(records: Records) -> list[Draft]:
    if not records.drafts:
        raise InputError(records.path, NO_GOALS)
    return records.drafts


@cache
def _line_loader() -> type[yaml.SafeLoader]:
    """A safe loader whose mappings and sequences carry their source lines."""
    import yaml

    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[valid-type,misc]
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Any:
        data = _LineDict()
        data.line = node.start_mark.line + 1
        yield data
        data.update(loader.construct_mapping(node))

    def sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> Any:
        data = _LineList()
        data.lines = [child.start_mark.line + 1 for child in node.value]
        yield data
        data.extend(loader.construct_sequence(node))

    LineLoader.add_constructor("tag:yaml.org,2002:map", mapping)
    LineLoader.add_constructor("tag:yaml.org,2002:seq", sequence)
    return LineLoader
