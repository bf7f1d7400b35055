"""Split feedback into chunks that fit the model's context, and estimate their tokens.

Nothing here calls a tokenizer (they differ per model and cost start-up time): the
estimate is per script and deliberately generous, so a chunk fits even a small model's
English-centric vocabulary —

- Han (Chinese) characters: 1.5 tokens each;
- Cyrillic letters: 0.6 tokens each (about 1.7 characters per token);
- everything else (Latin text, digits, JSON punctuation): 0.3 tokens per character.

A chunk's budget (``Budget``) leaves room for the prompt and the answer:
``items_tokens = (context - answer - prompt) × (1 - margin)``; and because the answer
cites every item's id (in a theme, often in an agreement, side or action, sometimes in a
quote), the answer limit caps the number of items too:
``max_items = (answer - ANSWER_FIXED) // answer_tokens_per_item``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from briefsmith.models.feedback import FeedbackItem

T = TypeVar("T")

_HAN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

ANSWER_FIXED = 400
"""Answer tokens that do not grow with the items: labels, descriptions, statements."""
CITATIONS_PER_ITEM = 3


def estimate_tokens(text: str) -> int:
    han = len(_HAN.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    other = len(text) - han - cyrillic
    return math.ceil(han * 1.5 + cyrillic * 0.6 + other * 0.3)


def item_view(item: FeedbackItem) -> dict[str, Any]:
    """What the prompt shows of an item (as JSON): never the author's name."""
    view: dict[str, Any] = {"id": item.id, "text": item.text}
    if item.team:
        view["team"] = item.team
    if item.rating is not None:
        view["rating"] = item.rating
    return view


def item_tokens(item: FeedbackItem) -> int:
    """Tokens the item costs in the prompt (its JSON, plus a separator)."""
    return estimate_tokens(json.dumps(item_view(item), ensure_ascii=False)) + 2


@dataclass(frozen=True)
class Budget:
    """How much of one request the items may take."""

    context: int
    answer: int
    prompt: int
    margin: float = 0.1
    answer_tokens_per_item: int = 30
    item_cap: int | None = None
    """A caller's own limit on items per request (``--batch-size``)."""

    @property
    def items_tokens(self) -> int:
        return max(1, math.floor((self.context - self.answer - self.prompt) * (1 - self.margin)))

    @property
    def max_items(self) -> int:
        fits = max(1, (self.answer - ANSWER_FIXED) // self.answer_tokens_per_item)
        return min(fits, self.item_cap) if self.item_cap else fits

    def check(self) -> None:
        if self.context - self.answer - self.prompt <= 0:
            msg = (
                f"the model's context ({self.context} tokens) leaves no room for feedback "
                f"after the prompt (~{self.prompt}) and the answer limit ({self.answer}); "
                "raise the context or lower max_tokens"
            )
            raise ValueError(msg)


def answer_tokens_per_item(items: Sequence[FeedbackItem]) -> int:
    """Each id is cited about ``CITATIONS_PER_ITEM`` times, plus a share of a quote."""
    if not items:
        return 30
    longest_id = max(estimate_tokens(json.dumps(item.id)) for item in items)
    return CITATIONS_PER_ITEM * (longest_id + 2) + 10


def chunk_items(items: Sequence[FeedbackItem], budget: Budget) -> list[list[FeedbackItem]]:
    """Consecutive chunks, each within ``budget`` (items in input order, each exactly once).

    An item bigger than the whole budget goes alone into its own chunk: it is still
    summarised, and the model's context, not briefsmith, decides whether it fits.
    """
    return pack(items, item_tokens, budget)


def pack(things: Sequence[T], cost: Callable[[T], int], budget: Budget) -> list[list[T]]:
    """Greedy consecutive packing: at most ``budget.items_tokens`` and ``budget.max_items``."""
    chunks: list[list[T]] = []
    current: list[T] = []
    used = 0
    for thing in things:
        size = cost(thing)
        full = used + size > budget.items_tokens or len(current) >= budget.max_items
        if current and full:
            chunks.append(current)
            current, used = [], 0
        current.append(thing)
        used += size
    if current:
        chunks.append(current)
    return chunks


def chunk_tokens(chunk: Sequence[FeedbackItem]) -> int:
    return sum(item_tokens(item) for item in chunk)
