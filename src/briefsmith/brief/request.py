"""Reading a brief request (YAML, or Markdown with YAML front matter) into ``BriefRequest``.

The request is what a marketer writes in five minutes: the teams, the business
objective, the facts they know, free-text notes, and any sections they already have.
Every mistake becomes one ``InputError`` naming the file and the line, never a traceback.
"""

from __future__ import annotations

import os
from typing import Any

from pydantic import ValidationError

from briefsmith.errors import InputError
from briefsmith.models.brief import BriefRequest
from briefsmith.models.goal import Lang
from briefsmith.parsing.limits import Limits, default_limits
from briefsmith.parsing.sanitise import clean_data
from briefsmith.parsing.source import read_source
from briefsmith.parsing.yamldoc import load_document

_GOAL_TEXT = ("goal", "statement")
_RACI_ROLES = {"r": "R", "a": "A", "c": "C", "i": "I", "responsible": "R", "accountable": "A",
               "consulted": "C", "informed": "I"}  # fmt: skip


def load_brief_request(
    path: str | os.PathLike[str], *, text: str | None = None, limits: Limits | None = None
) -> BriefRequest:
    """The request in ``path`` (``.yaml``/``.yml``/``.json``/``.md``), validated."""
    name = os.fspath(path)
    try:
        source = read_source(name, text=text, limits=limits)
    except InputError as exc:
        if exc.reason.startswith("file is empty"):
            raise InputError(exc.path, "file is empty; give at least teams and objective") from exc
        raise
    if source.format in ("yaml", "json"):
        block, first_line, notes = source.text, 1, ""
    elif source.format == "markdown":
        block, first_line, notes = _split_markdown(source.text, source.path)
    else:
        msg = "a brief request is a .yaml, .yml, .json or .md file (Markdown with front matter)"
        raise InputError(source.path, msg)
    return parse_request(
        block, source.path, first_line=first_line, body_notes=notes, limits=source.limits
    )


def _split_markdown(text: str, path: str) -> tuple[str, int, str]:
    """(front matter, its first line number, the body as notes)."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        msg = (
            "a Markdown request starts with YAML front matter ('---' … '---') "
            "giving teams and objective"
        )
        raise InputError(path, msg, line=1)
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        raise InputError(path, "front matter starts with '---' but is never closed", line=1)
    return "\n".join(lines[1:end]), 2, "\n".join(lines[end + 1 :]).strip()


def parse_request(
    block: str,
    path: str,
    *,
    first_line: int = 1,
    body_notes: str = "",
    limits: Limits | None = None,
) -> BriefRequest:
    # Aliases bounded, impossible dates left as text for the model to reject on their line,
    # lone surrogates and repeated keys refused, control characters removed.
    limit = (limits or default_limits()).max_alias_values
    document = load_document(
        block, path, max_alias_values=limit, first_line=first_line, strict=True
    )
    root, data = document.node, clean_data(document.data)
    if not isinstance(data, dict):
        msg = "a brief request is a mapping with at least 'teams' and 'objective'"
        raise InputError(path, msg, line=first_line)
    if body_notes:
        data["notes"] = "\n\n".join(p for p in (str(data.get("notes") or ""), body_notes) if p)
    try:
        prepared = _prepare(data, path, root, first_line)
        request = BriefRequest.model_validate(prepared)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = [part for part in error["loc"] if not isinstance(part, str) or part]
        where = ".".join(str(part) for part in loc) or "request"
        line = _line_of(root, loc, first_line)
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key (check the spelling; see docs/brief.md for the format)"
        elif error["type"] == "missing":
            message = "is required"
        raise InputError(path, f"{where}: {message}", line=line) from exc
    request.source = path
    request.section_lines = _section_lines(root, first_line)
    return request


def _section_lines(root: Any, first_line: int) -> dict[str, int]:
    """The file line of each top-level key, so findings can point at their section."""
    import yaml

    if not isinstance(root, yaml.MappingNode):
        return {}
    return {str(key.value): first_line + key.start_mark.line for key, _ in root.value}


def _line_of(root: Any, loc: list[Any], first_line: int) -> int:
    """The file line of the deepest YAML node the error path reaches."""
    import yaml

    node = root
    line = first_line + (node.start_mark.line if node is not None else 0)
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == part), None)
            if child is None:
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            child = node.value[part]
        else:
            break
        node = child
        line = first_line + node.start_mark.line
    return line


def _items_line(root: Any, section: str, index: int, first_line: int) -> int:
    return _line_of(root, [section, index], first_line)


def _prepare(data: dict[str, Any], path: str, root: Any, first_line: int) -> dict[str, Any]:
    """Shorthands people write → the model's shape (strings for teams, goals, people …)."""
    out = dict(data)
    if "business_objective" in out and "objective" not in out:
        out["objective"] = out.pop("business_objective")
    lang = out.get("lang")
    if isinstance(lang, str) and lang.strip().lower() in {x.value for x in Lang}:
        out["lang"] = lang.strip().lower()
    out["teams"] = [{"name": v} if isinstance(v, str) else v for v in _list(out.get("teams"))]
    facts = out.get("facts")
    if isinstance(facts, dict):
        facts = dict(facts)
        facts["people"] = [
            {"name": v} if isinstance(v, str) else v for v in _list(facts.get("people"))
        ]
        for field in ("baselines",):
            if isinstance(facts.get(field), dict):
                facts[field] = {str(k): _text(v) for k, v in facts[field].items()}
        if "budget" in facts:
            facts["budget"] = _text(facts["budget"])
        if isinstance(facts.get("dates"), dict):
            facts["dates"] = {str(k): v for k, v in facts["dates"].items()}
        out["facts"] = facts
    if "goals" in out:
        out["goals"] = [
            _goal(item, i, path, _items_line(root, "goals", i, first_line), out.get("lang"))
            for i, item in enumerate(_list(out["goals"]))
        ]
    if isinstance(out.get("raci"), dict):
        out["raci"] = _compact_raci(out["raci"])
    for name in ("deliverables", "milestones"):
        if isinstance(out.get(name), dict):  # {name: date}
            field = "due" if name == "deliverables" else "date"
            out[name] = [{"name": str(k), field: v} for k, v in out[name].items()]
    for name in ("kpis", "cadence", "data_sharing", "risks"):
        out[name] = [_texts_only(v) for v in _list(out.get(name))]
    return out


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> Any:
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def _texts_only(item: Any) -> Any:
    """KPI targets and baselines are text (``'+25%'``, ``'140 a month'``); YAML reads 140 as int."""
    if not isinstance(item, dict):
        return item
    return {k: _text(v) for k, v in item.items()}


def _goal(item: Any, index: int, path: str, line: int, lang: Any) -> Any:
    record: dict[str, Any] = {"statement": item} if isinstance(item, str) else item
    if not isinstance(record, dict):
        return record  # pydantic reports the wrong type
    text = next((record[k] for k in _GOAL_TEXT if k in record), None)
    fields = {
        str(k).lower(): str(v)
        for k, v in record.items()
        if k not in (*_GOAL_TEXT, "id") and v is not None
    }
    goal: dict[str, Any] = {
        "id": str(record.get("id") or f"goal-{index + 1}"),
        "statement": text,
        "fields": fields,
        "source": {"path": path, "line": line},
    }
    if lang in {x.value for x in Lang}:
        goal["lang"] = lang
    return goal


def _compact_raci(table: dict[Any, Any]) -> list[Any]:
    """``{deliverable: {A: Marketing, R: [Sales, Marketing]}}`` → one entry per cell."""
    entries: list[Any] = []
    for deliverable, roles in table.items():
        if not isinstance(roles, dict):
            entries.append({"deliverable": str(deliverable), "party": roles, "role": None})
            continue
        for role, parties in roles.items():
            letter = _RACI_ROLES.get(str(role).strip().lower(), role)
            for party in _list(parties):
                entries.append({"deliverable": str(deliverable), "party": party, "role": letter})
    return entries
