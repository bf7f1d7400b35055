"""The brief checks (ids, severities, help) and the required sections, read from data.

``catalog.toml`` is the one place a rule's id and wording live; ``gaps.toml`` holds the
open question each gap becomes, per language.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

from briefsmith.catalog import Rule, catalog
from briefsmith.models.goal import Lang

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


@cache
def sections() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(required, recommended) section names, in the order gaps are listed."""
    table = _load("catalog.toml")["sections"]
    return tuple(table["required"]), tuple(table["recommended"])


@cache
def _gaps() -> dict[str, dict[str, str]]:
    return _load("gaps.toml")


def gap_question(section: str, lang: Lang) -> str:
    """The open question an empty section becomes, in the brief's language."""
    return _gaps()[lang.value][section]


def placeholder_question(item: str, placeholders: list[str], lang: Lang) -> str:
    template = _gaps()[lang.value]["placeholder"]
    return template.format(item=item, placeholders=", ".join(placeholders))
