"""Rendering a ``FeedbackSummary``: text (plain and colour), Markdown, JSON, HTML."""

from __future__ import annotations

import json

import pytest

from briefsmith.models.feedback import (
    ActionItem,
    Agreement,
    Disagreement,
    FeedbackSummary,
    Problem,
    Quote,
    Side,
    Theme,
)
from briefsmith.models.report import Usage
from briefsmith.render.feedback import FORMATS, render_feedback


def summary(lang: str = "en") -> FeedbackSummary:
    return FeedbackSummary(
        lang=lang,
        items=4,
        themes=[
            Theme(label="Lead | quality", description="Too many\nstudents.",
                  item_ids=["F1", "F2"], count=2, sentiment="negative"),
            Theme(label="Other", description="Not placed.", item_ids=["F4"], count=1,
                  sentiment="mixed", assigned_by="briefsmith"),
        ],
        agreements=[Agreement(statement="Speed matters.", item_ids=["F3"], teams=["marketing"])],
        disagreements=[
            Disagreement(
                statement="What is a good lead?",
                sides=[Side(position="Volume", item_ids=["F2"], teams=["marketing"]),
                       Side(position="Fit", item_ids=["F1"], teams=["sales"])],
                between=["marketing", "sales"],
            )
        ],
        actions=[ActionItem(what="Agree an MQL definition.", owner_team="sales",
                            item_ids=["F1", "F2"])],
        quotes=[Quote(item_id="F1", text="mostly students <script>alert(1)</script>")],
        problems=[Problem(rule="feedback.quote.verbatim",
                          message="quote 'x' is not verbatim (removed)")],
        notes=["1 item(s) were in no theme"],
        usage=Usage(model="m", calls=2, reasks=1, prompt_tokens=300, completion_tokens=90),
    )  # fmt: skip


def test_formats_are_known() -> None:
    assert FORMATS == ("text", "markdown", "json", "html")
    with pytest.raises(ValueError, match="unknown format"):
        render_feedback(summary(), "sarif")


def test_plain_text_shows_every_claim_with_its_ids() -> None:
    out = render_feedback(summary(), "text", color=False)
    assert "\x1b[" not in out
    assert "Lead | quality — 2, negative" in out
    assert "[F1, F2]" in out
    assert "added by briefsmith" in out
    assert "What is a good lead? — marketing vs sales" in out
    assert "- Fit (sales) [F1]" in out
    assert "→ Agree an MQL definition. (Owner: sales) [F1, F2]" in out
    assert "feedback.quote.verbatim: quote 'x' is not verbatim (removed)" in out
    assert "m: 2 calls, 1 re-ask" in out
    assert "Too many students." in out  # newlines inside model text are flattened


def test_colour_text_uses_escapes() -> None:
    out = render_feedback(summary(), "text", color=True)
    assert "\x1b[" in out and "Lead | quality" in out


def test_markdown_escapes_table_cells_and_lists_ids() -> None:
    out = render_feedback(summary(), "markdown")
    assert out.startswith("# Feedback summary\n\n4 items · 2 themes · 1 verification problems")
    assert "| Lead \\| quality | 2 | negative | Too many students. |" in out
    assert "- **Lead | quality**: `F1`, `F2`" in out
    assert "**marketing vs sales**" in out
    assert "> — `F1`" in out
    assert "\n\n\n" not in out


@pytest.mark.parametrize(("lang", "title"), [("zh", "# 反馈总结"), ("ru", "# Сводка отзывов")])
def test_headings_follow_the_summary_language(lang: str, title: str) -> None:
    assert render_feedback(summary(lang), "markdown").startswith(title)


def test_json_round_trips() -> None:
    out = render_feedback(summary(), "json")
    assert FeedbackSummary.model_validate(json.loads(out)) == summary()


def test_html_is_one_page_with_no_injected_markup() -> None:
    out = render_feedback(summary("zh"), "html")
    assert out.startswith("<!DOCTYPE html>") and '<html lang="zh">' in out
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "<table>" in out


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_other_theme_says_once_that_briefsmith_added_it(fmt: str) -> None:
    data = summary()
    data.themes[1] = data.themes[1].model_copy(update={"description": ""})
    out = render_feedback(data, fmt, color=False)
    assert out.count("added by briefsmith") == 1
