"""Stable goal ids, so a goal keeps its id across runs while its text does not change."""

from __future__ import annotations

import hashlib


def stable_id(statement: str) -> str:
    """``g-`` plus the first 8 hex digits of the SHA-1 of the whitespace-normalised text."""
    normalised = " ".join(statement.split())
    return "g-" + hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:8]


def generated_ids(statements: list[str], taken: set[str]) -> list[str]:
    """An id per statement; repeats get ``-2``, ``-3`` in order, skipping ids in ``taken``."""
    seen: dict[str, int] = {}
    result: list[str] = []
    used = set(taken)
    for statement in statements:
        base = stable_id(statement)
        count = seen.get(base, 0)
        candidate = base
        while True:
            count += 1
            candidate = base if count == 1 else f"{base}-{count}"
            if candidate not in used:
                break
        seen[base] = count
        used.add(candidate)
        result.append(candidate)
    return result
