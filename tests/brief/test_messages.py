"""Findings speak the brief's language, from a complete ``i18n/brief.<lang>.toml``."""

from __future__ import annotations

import re
import string
from typing import Any

import pytest

from briefsmith import i18n
from briefsmith.brief.verify import verify_brief
from briefsmith.models.goal import Lang

from .conftest import Brief
from .data import TODAY
from .test_verify import BREAKS

SCRIPT = {"zh": re.compile(r"[\u4e00-\u9fff]"), "ru": re.compile(r"[\u0400-\u04ff]")}


def _shape(table: dict[str, Any]) -> dict[str, Any]:
    """Every key, and for each sentence the set of its placeholders."""
    return {
        key: _shape(value)
        if isinstance(value, dict)
        else {n for _, n, _, _ in string.Formatter().parse(value) if n is not None}
        for key, value in table.items()
    }


@pytest.mark.parametrize("lang", ["zh", "ru"])
def test_every_language_has_every_sentence_with_the_same_placeholders(lang: str) -> None:
    assert _shape(i18n.table("brief", lang)) == _shape(i18n.table("brief", "en"))


@pytest.mark.parametrize("lang", ["zh", "ru"])
@pytest.mark.parametrize("rule", sorted(BREAKS))
def test_each_finding_is_written_in_the_briefs_language(brief: Brief, rule: str, lang: str) -> None:
    found = verify_brief(brief(lang=lang, **BREAKS[rule]), today=TODAY)
    assert {f.rule for f in found} == {rule}
    for finding in found:
        assert SCRIPT[lang].search(finding.message), finding.message


def test_english_findings_read_as_before(brief: Brief) -> None:
    [kpi] = verify_brief(brief(**BREAKS["brief.kpi.owner"]), today=TODAY)
    assert kpi.message == "has no owner"
    found = verify_brief(brief(**BREAKS["brief.goal.smart"]), today=TODAY)
    assert any(f.message.startswith("Specific: ") and " Fix: " in f.message for f in found)
    zh = verify_brief(brief(lang=Lang.ZH, **BREAKS["brief.goal.smart"]), today=TODAY)
    assert any(f.message.startswith("具体：") and " 建议：" in f.message for f in zh)
