"""The brief checks (ids, severities, help) and the required sections, read from data.

``catalog.toml`` is the one place a rule's id and wording live; the open question each
gap becomes is in the store of translated sentences (``i18n/brief.<lang>.toml``, ``[gaps]``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from briefsmith import i18n
from briefsmith.models.brief import BriefFinding
from briefsmith.models.goal import Lang
from briefsmith.models.report import Severity


@dataclass(frozen=True)
class BriefRule:
    id: str
    severity: Severity | None
    """None: the severity comes from the SMART rule that fired (``brief.goal.smart``)."""
    summary: str
    help: str


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(files("briefsmith.brief").joinpath(name).read_text("utf-8"))


@cache
def rules() -> dict[str, BriefRule]:
    table = _load("catalog.toml")
    out: dict[str, BriefRule] = {}
    for row in table["rule"]:
        severity = row["severity"]
        level = Severity(severity) if severity in {s.value for s in Severity} else None
        out[row["id"]] = BriefRule(row["id"], level, row["summary"], row["help"])
    return out


def rule(rule_id: str) -> BriefRule:
    return rules()[rule_id]


def finding(
    rule_id: str,
    section: str,
    message: str,
    item: str | None = None,
    *,
    severity: Severity | None = None,
    check_rule: str | None = None,
) -> BriefFinding:
    """A finding of ``rule_id``, at the rule's severity unless one is given."""
    level = severity or rule(rule_id).severity or Severity.ERROR
    return BriefFinding(
        rule=rule_id,
        severity=level,
        section=section,
        item=item,
        message=message,
        check_rule=check_rule,
    )


@cache
def sections() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(required, recommended) section names, in the order gaps are listed."""
    table = _load("catalog.toml")["sections"]
    return tuple(table["required"]), tuple(table["recommended"])


def _gaps(lang: Lang) -> dict[str, str]:
    gaps: dict[str, str] = i18n.table("brief", lang.value)["gaps"]
    return gaps


def gap_question(section: str, lang: Lang) -> str:
    """The open question an empty section becomes, in the brief's language."""
    return _gaps(lang)[section]


def placeholder_question(item: str, placeholders: list[str], lang: Lang) -> str:
    template = _gaps(lang)["placeholder"]
    return template.format(item=item, placeholders=", ".join(placeholders))
