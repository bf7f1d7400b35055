"""Token estimates per script, the chunk budget, and packing items into chunks."""

from __future__ import annotations

import pytest

from briefsmith.feedback.chunk import (
    Budget,
    chunk_items,
    chunk_tokens,
    estimate_tokens,
    item_tokens,
    item_view,
)
from briefsmith.models.feedback import FeedbackItem


def test_estimates_are_generous_for_cjk_and_cyrillic() -> None:
    assert estimate_tokens("") == 0
    assert estimate_tokens("a" * 100) == 30
    assert estimate_tokens("线" * 100) == 150
    assert estimate_tokens("д" * 100) == 60
    # The same message costs more tokens in Chinese and Russian than its length suggests.
    assert estimate_tokens("线索交接太慢了") > estimate_tokens("handoff")


def test_the_prompt_never_shows_the_author() -> None:
    item = FeedbackItem(id="1", text="t", author="Jane Doe", team="sales", rating=2)
    assert item_view(item) == {"id": "1", "text": "t", "team": "sales", "rating": 2}


def test_budget_leaves_room_for_prompt_and_answer() -> None:
    budget = Budget(context=8192, answer=2048, prompt=700)
    assert budget.items_tokens == int((8192 - 2048 - 700) * 0.9)
    assert budget.max_items == (2048 - 400) // 30
    assert Budget(context=8192, answer=2048, prompt=700, item_cap=5).max_items == 5
    with pytest.raises(ValueError, match="no room"):
        Budget(context=2000, answer=2048, prompt=100).check()


def make(n: int, text: str = "Leads arrive without context and wait days.") -> list[FeedbackItem]:
    return [FeedbackItem(id=f"F{i}", text=f"{text} ({i})") for i in range(n)]


def test_chunks_respect_the_budget_and_keep_every_item_once() -> None:
    items = [*make(300), FeedbackItem(id="zh", text="线索交接太慢了" * 20)]
    budget = Budget(context=3000, answer=1000, prompt=300)
    chunks = chunk_items(items, budget)
    assert len(chunks) > 1
    flat = [item.id for chunk in chunks for item in chunk]
    assert flat == [item.id for item in items]  # in order, each exactly once
    for chunk in chunks:
        assert chunk_tokens(chunk) <= budget.items_tokens
        assert len(chunk) <= budget.max_items


def test_the_item_cap_limits_chunks() -> None:
    chunks = chunk_items(make(10), Budget(context=8192, answer=2048, prompt=100, item_cap=4))
    assert [len(chunk) for chunk in chunks] == [4, 4, 2]


def test_an_item_bigger_than_the_budget_goes_alone() -> None:
    huge = FeedbackItem(id="big", text="word " * 2000)
    items = [*make(2), huge, *make(1)]
    budget = Budget(context=2000, answer=500, prompt=200)
    assert item_tokens(huge) > budget.items_tokens
    chunks = chunk_items(items, budget)
    assert [[i.id for i in chunk] for chunk in chunks] == [["F0", "F1"], ["big"], ["F0"]]
