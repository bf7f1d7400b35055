"""Goal records (YAML, JSON, JSONL, CSV rows) to drafts, with one set of keys and checks.

A record is a mapping with ``goal`` (or ``statement``) and optional ``id``, ``parent``,
``lang``, ``as_of``, ``ignore`` and ``children``; any other scalar is an inline field.
A record that cannot be read is an ``InputError`` in ``Records.errors`` naming its line;
the records around it are still read. Text is cleaned of control characters here too,
since JSON and YAML escapes (``"\\u001b"``) only become characters once parsed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from briefsmith.errors import InputError
from briefsmith.models.goal import Lang
from briefsmith.parsing.draft import Draft
from briefsmith.parsing.fields import field_key
from briefsmith.parsing.limits import Limits, default_limits, raise_hint
from briefsmith.parsing.sanitise import clean, surrogate_problem
from briefsmith.parsing.values import parse_date, parse_ignore, parse_lang, short

_TEXT_KEYS = ("goal", "statement")
_RESERVED = {"id", "goal", "statement", "parent", "lang", "as_of", "ignore", "children"}


@dataclass
class Records:
    """Collects drafts from one file; file-level ``lang``/``as_of`` are the defaults."""

    path: str
    limits: Limits = field(default_factory=default_limits)
    lang: Lang | None = None
    as_of: dt.date | None = None
    drafts: list[Draft] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    _seen: dict[int, object] = field(default_factory=dict)
    """Records already read, by identity (a YAML alias repeats one object). The objects are
    kept so their ids cannot be reused by new records once the old ones are freed."""
    _ids: dict[str, Draft] = field(default_factory=dict)
    _count: int = 0
    number_records: bool = False
    """Name records by number in messages even when their line is known (JSON: a whole
    list of records is often one line)."""

    def add(
        self,
        record: object,
        line: int | None,
        *,
        parent: Draft | None = None,
        depth: int = 1,
    ) -> None:
        """Add a record (and its ``children``); ``line`` is where it starts, if known.

        A bad record becomes an error and is skipped; its children are still read, under
        its own parent. Too many goals stops the file.
        """
        self._count += 1
        index = self._count
        line = getattr(record, "line", line)
        where = "" if line is not None and not self.number_records else f"record {index}: "

        def fail(message: str) -> None:
            self.errors.append(InputError(self.path, where + message, line=line))

        if depth > self.limits.max_depth:
            fail(
                f"goals are nested deeper than {self.limits.max_depth} levels of 'children' "
                f"({raise_hint('max_depth')})"
            )
            return
        if isinstance(record, str):  # a bare string in a list is a goal statement
            record = {"goal": record}
        if not isinstance(record, Mapping):
            fail(f"expected a goal record (a mapping with 'goal'), got {_kind(record)}")
            return
        if id(record) in self._seen:
            fail("the same record appears twice (a YAML alias); write each goal once")
            return
        self._seen[id(record)] = record
        draft: Draft | None = None
        try:
            values = keys_of(record, self.path, line, where)
            draft = self._draft(values, line, index, parent)
        except InputError as exc:
            self.errors.append(exc)
        except ValueError as exc:
            fail(str(exc))
        if draft is not None:
            if len(self.drafts) >= self.limits.max_goals:
                msg = (
                    f"more than {self.limits.max_goals:,} goals in one file "
                    f"({raise_hint('max_goals')})"
                )
                raise InputError(self.path, msg, line=line)
            self.drafts.append(draft)
            if draft.id is not None:
                self._ids[draft.id] = draft
        children = _get(record, "children")
        if children is None:
            return
        if not isinstance(children, list):
            fail(f"'children' must be a list of goal records, not {_kind(children)}")
            return
        lines = getattr(children, "lines", None)
        for position, child in enumerate(children):
            child_line = lines[position] if lines else None
            self.add(child, child_line, parent=draft or parent, depth=depth + 1)

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
        statement = " ".join(text.split())
        fields: dict[str, str] = {}
        for key, value in values.items():
            if key in _RESERVED or not _present(value):
                continue
            text_value = _scalar(key, value)
            if text_value:
                fields[field_key(key) or key] = text_value
        goal_id = _scalar("id", values["id"]) if _present(values.get("id")) else None
        parent_ref = _scalar("parent", values["parent"]) if _present(values.get("parent")) else None
        if goal_id is not None and goal_id in self._ids:
            first = self._ids[goal_id]
            numbered = first.line is None or self.number_records
            earlier = f"record {first.index}" if numbered else f"line {first.line}"
            msg = f"duplicate id '{short(goal_id)}' (first used by {earlier})"
            raise ValueError(msg)
        if goal_id is not None and parent_ref == goal_id:
            msg = f"goal '{short(goal_id)}' names itself as its parent"
            raise ValueError(msg)
        return Draft(
            statement=statement,
            line=line,
            index=index,
            id=goal_id or None,
            parent=parent,
            parent_ref=parent_ref or None,
            fields=fields,
            lang=parse_lang(values.get("lang")) or self.lang,
            as_of=parse_date(values.get("as_of")) or self.as_of,
            ignore=parse_ignore(values.get("ignore")),
        )


def keys_of(
    record: Mapping[object, object], path: str, line: int | None, where: str = ""
) -> dict[str, object]:
    """The record's keys lower-cased and cleaned, its text values cleaned.

    A key given twice (``goal:`` on two lines, or ``Goal`` and ``goal``) and a lone
    surrogate escape anywhere are errors: silently keeping one of two goals, or text that
    cannot be printed, would be worse.
    """

    def fail(message: str, at: int | None = line) -> InputError:
        return InputError(path, where + message, line=at)

    repeated = getattr(record, "duplicates", None)
    if repeated:
        first = repeated[0]
        key, at = first if isinstance(first, tuple) else (first, line)
        raise fail(f"the key '{short(str(key))}' is given twice; keep one", at)
    values: dict[str, object] = {}
    for key, value in record.items():
        raw = str(key)
        if problem := surrogate_problem(raw, "a key"):
            raise fail(problem)
        name = " ".join(clean(raw).split()).lower()
        if name in values:
            raise fail(f"the key '{short(name)}' is given twice (keys ignore case)")
        if isinstance(value, str):
            if problem := surrogate_problem(value, f"'{short(name)}'"):
                raise fail(problem)
            value = clean(value)
        elif name == "ignore" and isinstance(value, list):  # the one list of text we read
            for item in value:
                if isinstance(item, str) and (problem := surrogate_problem(item, "'ignore'")):
                    raise fail(problem)
            value = [clean(item) if isinstance(item, str) else item for item in value]
        values[name] = value
    return values


def _get(record: Mapping[object, object], name: str) -> object:
    """A record's value for ``name`` whatever the key's case (records are not yet cleaned)."""
    for key, value in record.items():
        if str(key).strip().lower() == name:
            return value
    return None


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
