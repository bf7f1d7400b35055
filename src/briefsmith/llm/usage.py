"""Model calls and tokens, summed over a run (requests run on several threads)."""

from __future__ import annotations

import threading
from typing import Any

from briefsmith.models.report import Usage


class UsageMeter:
    def __init__(self, model: str) -> None:
        self._lock = threading.Lock()
        self.usage = Usage(model=model)

    def add_call(self) -> None:
        """A request sent (answered or not)."""
        with self._lock:
            self.usage.calls += 1

    def add_tokens(self, usage_metadata: dict[str, Any] | None) -> None:
        with self._lock:
            if usage_metadata:
                self.usage.prompt_tokens += int(usage_metadata.get("input_tokens", 0) or 0)
                self.usage.completion_tokens += int(usage_metadata.get("output_tokens", 0) or 0)

    def add_cached(self, goals: int) -> None:
        with self._lock:
            self.usage.cached_goals += goals

    def add_cached_call(self) -> None:
        with self._lock:
            self.usage.cached_calls += 1

    def add_reask(self) -> None:
        with self._lock:
            self.usage.reasks += 1
