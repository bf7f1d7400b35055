"""``briefsmith.llm.usage``: calls and tokens summed over a run's threads."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from briefsmith.llm.usage import UsageMeter


def test_starts_at_zero() -> None:
    usage = UsageMeter("SmolLM2-135M-Instruct").usage
    assert usage.model == "SmolLM2-135M-Instruct"
    assert (usage.calls, usage.prompt_tokens, usage.completion_tokens) == (0, 0, 0)
    assert (usage.cached_goals, usage.reasks) == (0, 0)


def test_calls_are_counted_whether_answered_or_not() -> None:
    meter = UsageMeter("gpt-4o-mini")
    meter.add_call()
    meter.add_call()
    assert meter.usage.calls == 2
    assert meter.usage.prompt_tokens == 0


def test_tokens_from_usage_metadata() -> None:
    meter = UsageMeter("gpt-4o-mini")
    meter.add_tokens({"input_tokens": 812, "output_tokens": 143, "total_tokens": 955})
    meter.add_tokens({"input_tokens": 100, "output_tokens": 7, "total_tokens": 107})
    assert meter.usage.prompt_tokens == 912
    assert meter.usage.completion_tokens == 150
    assert meter.usage.calls == 0  # tokens are not calls


@pytest.mark.parametrize(
    "metadata", [None, {}, {"total_tokens": 10}, {"input_tokens": None, "output_tokens": None}]
)
def test_tokens_without_counts(metadata: dict[str, Any] | None) -> None:
    meter = UsageMeter("m")
    meter.add_tokens(metadata)
    assert meter.usage.prompt_tokens == 0
    assert meter.usage.completion_tokens == 0


def test_cached_and_reasks() -> None:
    meter = UsageMeter("m")
    meter.add_cached(5)
    meter.add_cached(0)
    meter.add_reask()
    meter.add_reask()
    assert meter.usage.cached_goals == 5
    assert meter.usage.reasks == 2
    assert meter.usage.calls == 0


def test_many_threads() -> None:
    meter = UsageMeter("m")
    threads_n, per_thread = 16, 400
    start = threading.Barrier(threads_n)

    def work() -> None:
        start.wait()
        for _ in range(per_thread):
            meter.add_call()
            meter.add_tokens({"input_tokens": 3, "output_tokens": 2})
            meter.add_cached(1)
            meter.add_reask()

    threads = [threading.Thread(target=work) for _ in range(threads_n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = threads_n * per_thread
    assert meter.usage.calls == total
    assert meter.usage.prompt_tokens == 3 * total
    assert meter.usage.completion_tokens == 2 * total
    assert meter.usage.cached_goals == total
    assert meter.usage.reasks == total
