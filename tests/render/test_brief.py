"""Rendering a brief: Markdown tables (RACI, KPI, cadence), HTML, JSON, terminal text."""

from __future__ import annotations

import json
from typing import Any

import pytest

from brief.data import GOOD, TODAY
from briefsmith.brief.offline import gaps
from briefsmith.brief.verify import verify_brief
from briefsmith.models.brief import BriefResult, CampaignBrief
from briefsmith.models.goal import Lang
from briefsmith.models.report import Usage
from briefsmith.render.brief import FORMATS, render_brief
from briefsmith.render.brief.markdown import cell, raci_matrix


def result_of(brief: CampaignBrief, **changes: Any) -> BriefResult:
    findings = verify_brief(brief, today=TODAY)
    return BriefResult(
        today=TODAY.isoformat(),
        brief=brief,
        findings=findings,
        open_questions=gaps(brief, findings),
        **changes,
    )


@pytest.fixture
def good() -> CampaignBrief:
    return CampaignBrief.model_validate(GOOD)


def table(markdown: str, header: str) -> list[list[str]]:
    """The rows (cells stripped) of the table whose header row starts with ``header``."""
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {header} |"))
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip("|").split(" | ")])
    return [rows[0], *rows[2:]]


def test_markdown_has_readable_raci_kpi_and_cadence_tables(good: CampaignBrief) -> None:
    md = render_brief(result_of(good), "markdown")
    assert md.startswith("# Spring webinars × Sales\n")
    assert table(md, "Deliverable")[0] == ["Deliverable", "Due"]
    raci = next(t for t in md.split("## ") if t.startswith("RACI"))
    rows = table(raci, "Deliverable")
    assert rows == [
        ["Deliverable", "Marketing", "Sales", "Dana Reyes", "Marcus Feld"],
        ["Webinar series", "A", "C", "R", ""],
        ["Follow-up playbook", "", "A", "", "R"],
    ]
    kpis = table(md, "KPI")
    assert kpis[0][:6] == ["KPI", "Definition", "Owner", "Baseline", "Target", "Data source"]
    assert kpis[1][:6] == ["Sales-qualified leads", "Accepted by sales after a discovery call",
                           "Marcus Feld", "22 per month", "30 per month",
                           "Salesforce pipeline dashboard"]  # fmt: skip
    cadence = table(md, "Meeting")
    assert cadence[1] == ["Pipeline sync", "weekly", "Dana Reyes, Sales", "", "lead routing"]
    assert "No findings." in md


def test_missing_facts_show_as_placeholders_and_open_questions(good: CampaignBrief) -> None:
    brief = good.model_copy(
        update={
            "budget": "",
            "kpis": [],
            "deliverables": [
                good.deliverables[0].model_copy(update={"due": None}),
                good.deliverables[1],
            ],
        }
    )
    md = render_brief(result_of(brief), "markdown")
    assert "**Budget:** [budget]" in md
    assert "| Webinar series | [date] |" in md
    assert "## Open questions" in md
    assert "- What is the budget?" in md
    findings = table(md, "Severity")
    assert [
        "error",
        "`brief.section.missing`",
        "kpis",
        "the shared KPI section is empty",
    ] in findings


def test_cells_cannot_break_a_table() -> None:
    assert cell("a | b\nc") == "a \\| b c"
    teams = [{"name": "Sales | EMEA", "role": "x"}, {"name": "Marketing", "role": "y"}]
    brief = CampaignBrief.model_validate({**GOOD, "teams": teams})
    md = render_brief(result_of(brief), "markdown")
    assert "| Sales \\| EMEA | x |" in md


def test_raci_matrix_combines_roles_and_keeps_unlisted_rows(good: CampaignBrief) -> None:
    raci = [*good.model_dump()["raci"],
            {"deliverable": "Webinar series", "party": "Marketing", "role": "R"},
            {"deliverable": "Press kit", "party": "Sales", "role": "I"}]  # fmt: skip
    brief = CampaignBrief.model_validate({**GOOD, "raci": raci})
    matrix = raci_matrix(brief)
    rows = dict(matrix["rows"])
    assert rows["Webinar series"][0] == "R/A"
    assert rows["Press kit"][1] == "I"


def test_labels_follow_the_briefs_language(good: CampaignBrief) -> None:
    zh = render_brief(result_of(good.model_copy(update={"lang": Lang.ZH})), "markdown")
    assert "## RACI 矩阵" in zh and "## 共同 KPI" in zh
    ru = render_brief(result_of(good.model_copy(update={"lang": Lang.RU})), "markdown")
    assert "## Ритм коммуникации" in ru


def test_html_is_one_self_contained_page(good: CampaignBrief) -> None:
    brief = good.model_copy(update={"background": "<script>alert(1)</script>"})
    html = render_brief(result_of(brief), "html")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in html
    assert "<table>" in html and ">Marketing</th>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "http://" not in html and "https://" not in html


def test_json_round_trips(good: CampaignBrief) -> None:
    usage = Usage(model="m", calls=2, reasks=1)
    result = result_of(good.model_copy(update={"budget": ""}), engine="model", usage=usage)
    text = render_brief(result, "json")
    data = json.loads(text)
    assert data["version"] == 1 and data["engine"] == "model"
    assert data["findings"][0]["rule"] == "brief.section.empty"
    assert BriefResult.model_validate_json(text) == result


def test_schema_export_validates_a_rendered_result(good: CampaignBrief) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = BriefResult.model_json_schema()
    jsonschema.validate(json.loads(render_brief(result_of(good), "json")), schema)
    assert schema["title"] == "briefsmith brief result"
    assert CampaignBrief.model_json_schema()["additionalProperties"] is False


def test_text_is_the_markdown_when_piped_and_rich_in_colour(good: CampaignBrief) -> None:
    result = result_of(good)
    assert render_brief(result, "text", color=False) == render_brief(result, "markdown")
    coloured = render_brief(result, "text", color=True)
    assert "\x1b[" in coloured and "Spring webinars" in coloured
    assert "|---" not in coloured


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render_brief(result_of(CampaignBrief()), "pdf")
    assert set(FORMATS) == {"text", "markdown", "json", "html", "sarif", "junit"}


def test_no_control_characters_reach_any_human_facing_format(good: CampaignBrief) -> None:
    """Model-written text (a background, a risk, a finding) cannot drive the terminal."""
    hostile = "\x1b]0;pwned\x07\x1b[2J\x1bc\r"
    brief = good.model_copy(
        update={"background": f"Why {hostile}now", "title": f"T{hostile}", "key_message": hostile}
    )
    result = result_of(brief, note=f"note {hostile}", model_error=f"err {hostile}")
    for fmt in ("text", "markdown", "html", "sarif", "junit"):
        out = render_brief(result, fmt, color=False)
        assert "\x1b" not in out and "\r" not in out and "pwned" not in out, fmt
    coloured = render_brief(result, "text", color=True)
    assert "pwned" not in coloured and "\x1bc" not in coloured and "\x1b[2J" not in coloured
