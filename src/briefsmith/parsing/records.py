"""Goal records (YAML, JSON, JSONL, CSV rows) to drafts, with one set of keys and checks.

A record is a mapping with ``goal`` (or ``statement``) and optional ``id``, ``parent``,
``lang``, ``as_of``, ``ignore`` and ``children``; any other scalar is an inline field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from briefsmith.errors import InputError
from briefsmith.models.goal import Lang
from briefsmith.parsing.draft import Draft
from briefsmith.parsing.fields import field_key
from briefsmith.parsing.values import parse_date, parse_ignore, parse_lang, short

MAX_DEPTH = 16
_TEXT_KEYS = ("goal", "statement")
_RESERVED = {"id", "goal", "statement", "parent", "lang", "as_of", "ignore", "children"}


@dataclass
class Records:
    """Collects drafts from one file; file-level ``lang``/``as_of`` are the defaults."""

    path: str
    lang: Lang | None = None
    as_of: dt.date | None = None
    drafts: list[Draft] = field(default_factory=list)
    _seen: dict[int, object] = field(default_factory=dict)
    """Records already read, by identity (a YAML alias repeats one object). The objects are
    kept so their ids cannot be reused by new records once the old ones are freed."""

    def add(
        self,
        record: object,
        line: int | None,
        *,
        parent: Draft | None = None,
        depth: int = 1,
    ) -> None:
        """Add a record (and its ``children``); ``line`` is where it starts, if known."""
        index = len(self.drafts) + 1
        line = getattr(record, "line", line)
        where = "" if line is not None else f"record {index}: "

        def fail(message: str) -> InputError:
            return InputError(self.path, where + message, line=line)

        if depth > MAX_DEPTH:
            raise fail(f"goals are nested deeper than {MAX_DEPTH} levels of 'children'")
        if isinstance(record, str):  # a bare string in a list is a goal statement
            record = {"goal": record}
        if not isinstance(record, Mapping):
            kind = _kind(record)
            raise fail(f"expected a goal record (a mapping with 'goal'), got {kind}")
        if id(record) in self._seen:
            raise fail("the same record appears twice (a YAML alias); write each goal once")
        self._seen[id(record)] = record
        values = {str(key).strip().lower(): value for key, value in record.items()}
        try:
            draft = self._draft(values, line, index, parent)
        except ValueError as exc:
            raise fail(str(exc)) from exc
        self.drafts.append(draft)
        children = values.get("children")
        if children is None:
            return
        if not isinstance(children, list):
            raise fail(f"'children' must be a list of goal records, not {_kind(children)}")
        lines = getattr(children, "lines", None)
        for position, child in enumerate(children):
            child_line = lines[position] if lines else line
            self.add(child, child_line, parent=draft, depth=depth + 1)

    def _draft(
        self, values: dict[str, object], line: int | None, index: int, parent: Draft | None
    ) -> Draft:
        text = next((values[k] for k in _TEXT_KEYS if _present(values.get(k))), None)
        if text is None:
            msg = "record has no 'goal' (or 'statement') text"
            raise ValueError(msg)
        if not isinstance(text, str):
            msg = f"'goal' must be text, not {_kind(text)}"
            raise ValueError(msg)
        fields: dict[str, str] = {}
        for key, value in values.items():
            if key in _RESERVED or not _present(value):
                continue
            fields[field_key(key) or key] = _scalar(key, value)
        goal_id = values.get("id")
        parent_ref = values.get("parent")
        return Draft(
            statement=" ".join(text.split()),
            line=line,
            index=index,
            id=_scalar("id", goal_id) if _present(goal_id) else None,
            parent=parent,
            parent_ref=_scalar("parent", parent_ref) if _present(parent_ref) else None,
            fields=fields,
            lang=parse_lang(values.get("lang")) or self.lang,
            as_of=parse_date(values.get("as_of")) or self.as_of,
            ignore=parse_ignore(values.get("ignore")),
        )


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _scalar(key: str, value: object) -> str:
    """A field value as text; lists and mappings are a mistake, not something to flatten."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):  # includes datetime
        return value.isoformat()
    if isinstance(value, str | int | float):
        return " ".join(str(value).split())
    msg = f"'{short(key)}' must be a single value (text, number or date), not {_kind(value)}"
    raise ValueError(msg)


def _kind(value: object) -> str:
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "nothing"
    return "a " + type(value).__name__
