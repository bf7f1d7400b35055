"""The feedback chain against a real model, replayed from cassettes (no model, no network).

Recorded from llama.cpp's server with the bundled SmolLM2-135M-Instruct (temperature 0,
seed 7) on the fixed address in ``tests/conftest.py``; re-record with
``scripts/record-cassettes tests/feedback/test_feedback_cassettes.py`` after changing a
``prompts/feedback_*.j2`` template, the answer schemas or these settings.

SmolLM2 is tiny: its themes are poor. These tests assert only what is deterministic about
the path — structure, every item traceable in the final summary, verification results
reported honestly, re-asks and merges happening — never the quality of its writing.
"""

from __future__ import annotations

from typing import Any

import pytest

from briefsmith.feedback import RULES, summarise_feedback, verify_summary
from briefsmith.llm.settings import LLMSettings
from briefsmith.models.feedback import FeedbackItem, FeedbackSummary
from briefsmith.models.goal import Lang
from cassettesupport import cassette_settings, cassette_tests, missing_cassettes

ITEMS = [
    FeedbackItem(id="F1", text="Webinar leads were mostly students with no budget.", team="sales"),
    FeedbackItem(id="F2", text="The webinars brought in 1,800 leads.", team="marketing"),
    FeedbackItem(id="F3", text="Hot leads waited three days for a call.", team="marketing"),
    FeedbackItem(id="F4", text="The battlecards helped me in every late-stage call.", team="sales"),
]


def llm_settings(endpoint: dict[str, str], **overrides: Any) -> LLMSettings:
    return cassette_settings(
        endpoint,
        **{"concurrency": 1, "max_reasks": 1, "max_tokens": 768, **overrides},  # 1: fixed order
    )


def assert_honest(summary: FeedbackSummary, items: list[FeedbackItem]) -> None:
    """Whatever the model wrote, the summary traces back and reports what failed."""
    assert summary.items == len(items)
    ids = {item.id for item in items}
    assert {i for theme in summary.themes for i in theme.item_ids} == ids
    assert all(theme.count == len(theme.item_ids) > 0 for theme in summary.themes)
    assert verify_summary(summary, items) == []
    assert all(p.rule in RULES or p.rule == "model.answer" for p in summary.problems)
    assert summary.usage is not None
    assert summary.usage.calls >= 1
    assert summary.usage.prompt_tokens > 0 and summary.usage.completion_tokens > 0


@pytest.mark.vcr
def test_one_chunk_with_reasks(cassette_endpoint: dict[str, str]) -> None:
    items = ITEMS[:3]
    summary = summarise_feedback(items, settings=llm_settings(cassette_endpoint), lang="en")
    assert summary.lang is Lang.EN and summary.chunks == 1
    assert_honest(summary, items)
    usage = summary.usage
    assert usage is not None
    # SmolLM2's first answer miscounted and left F3 out: verification caught both and the
    # re-ask listed them; its second answer repeated the first, so briefsmith corrected
    # the counts and put F3 under Other — both noted, nothing silently accepted.
    assert usage.calls == 2 and usage.reasks == 1
    other = [t for t in summary.themes if t.assigned_by == "briefsmith"]
    assert [t.item_ids for t in other] == [["F3"]]
    assert any(note.startswith("count corrected") for note in summary.notes)


@pytest.mark.vcr
def test_two_chunks_are_merged(cassette_endpoint: dict[str, str]) -> None:
    settings = llm_settings(cassette_endpoint, max_reasks=0)
    summary = summarise_feedback(ITEMS, settings=settings, max_items=2)
    assert summary.chunks == 2
    assert_honest(summary, ITEMS)
    usage = summary.usage
    assert usage is not None and usage.reasks == 0
    # Two maps, one theme merge and one request uniting the two agreements SmolLM2 found.
    assert usage.calls == 4
    # The merge answer left a theme in no group, and the agreements answer a claim: both
    # were kept as they were, and noted.
    assert any("theme(s) the merge left out were kept" in note for note in summary.notes)
    assert any("claim(s) the answer left out were kept" in note for note in summary.notes)


def test_every_cassette_test_has_a_cassette() -> None:
    assert cassette_tests(globals()) == {"test_one_chunk_with_reasks", "test_two_chunks_are_merged"}
    assert missing_cassettes(__file__, globals()) == set()
