"""The brief checks (ids, severities, help) and the required sections, read from data.

``catalog.toml`` is the one place a rule's id and wording live; the open question each
gap becomes is in the store of translated sentences (``i18n/brief.<lang>.toml``, ``[gaps]``).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

from briefsmith import i18n
from briefsmith.catalog import Rule, catalog
from briefsmith.models.brief import BriefFinding
from briefsmith.models.goal import Lang
from briefsmith.models.report import Severity

BriefRule = Rule
"""The shape every command's rules share; ``severity`` None: the severity of the SMART
rule that fired (``brief.goal.smart``)."""


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(files("briefsmith.brief").joinpath(name).read_text("utf-8"))


@cache
def rules() -> dict[str, Rule]:
    return {rule.id: rule for rule in catalog("brief")}


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
