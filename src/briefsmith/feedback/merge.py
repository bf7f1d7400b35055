"""The reduce step: merge themes found in different chunks, keeping every item id.

The model only groups themes by short refs (``T1``, ``T2`` …) and names the groups; the
item ids of a group are the union of its themes' ids, computed here — so traceability
never depends on the model copying hundreds of ids. When the themes do not fit one
request they are merged in batches, and the batches' results merged again
(hierarchically) until one request sees them all or a level merges nothing more.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from briefsmith.feedback.chunk import Budget, estimate_tokens, pack
from briefsmith.feedback.verify import short
from briefsmith.models.feedback import MergeDraft, ThemeDraft

MAX_LEVELS = 8

MergeBatch = Callable[[list[ThemeDraft]], tuple[list[ThemeDraft], list[str]]]
"""Merges one batch of themes (asking the model); returns the merged themes and notes."""


def refs_for(themes: Sequence[ThemeDraft]) -> list[str]:
    return [f"T{number}" for number in range(1, len(themes) + 1)]


def theme_views(themes: Sequence[ThemeDraft]) -> list[dict[str, Any]]:
    """What the merge prompt shows of each theme: no item ids (they are merged here)."""
    return [
        {
            "ref": ref,
            "label": theme.label,
            "description": theme.description,
            "count": len(theme.item_ids),
            "sentiment": theme.sentiment.value,
        }
        for ref, theme in zip(refs_for(themes), themes, strict=True)
    ]


def theme_tokens(theme: ThemeDraft) -> int:
    view = {"ref": "T000", "label": theme.label, "description": theme.description, "count": 0}
    return estimate_tokens(json.dumps(view, ensure_ascii=False)) + 8


def check_merge(draft: MergeDraft, refs: Sequence[str]) -> list[str]:
    """The merge answer's rules: refs exist, each ref in exactly one group, no empty group."""
    return check_groups([(group.label, group.refs) for group in draft.groups], refs)


def check_groups(groups: Sequence[tuple[str, list[str]]], refs: Sequence[str]) -> list[str]:
    """Rules for any answer that groups refs: (name, refs) per group, against the refs sent."""
    known = set(refs)
    problems: list[str] = []
    seen: dict[str, str] = {}
    for name, members in groups:
        if not members:
            problems.append(f"merge.nonempty: group '{short(name)}' has no refs")
        for ref in members:
            if ref not in known:
                problems.append(f"merge.refs_exist: group '{short(name)}' cites {ref!r}")
            elif ref in seen and seen[ref] != name:
                problems.append(
                    f"merge.refs_once: {ref} is in '{short(seen[ref])}' and "
                    f"'{short(name)}'; put it in one group"
                )
            seen.setdefault(ref, name)
    missing = [ref for ref in refs if ref not in seen]
    if missing:
        problems.append(f"merge.refs_covered: refs in no group: {', '.join(missing)}")
    return problems


def apply_merge(
    themes: Sequence[ThemeDraft], draft: MergeDraft | None
) -> tuple[list[ThemeDraft], list[str]]:
    """The merged themes: each group's ids are the union of its themes' ids, in order.

    Deterministic repairs (noted, they lose nothing): an unknown ref is ignored, a ref in
    two groups counts for the first, a theme in no group stays as it was.
    """
    refs = refs_for(themes)
    by_ref = dict(zip(refs, themes, strict=True))
    notes: list[str] = []
    if draft is None:
        return list(themes), ["themes could not be merged; they are listed per chunk"]
    used: set[str] = set()
    merged: list[ThemeDraft] = []
    for group in draft.groups:
        members = [ref for ref in dict.fromkeys(group.refs) if ref in by_ref and ref not in used]
        used.update(members)
        if not members:
            continue
        ids = list(dict.fromkeys(i for ref in members for i in by_ref[ref].item_ids))
        merged.append(
            ThemeDraft(
                label=group.label,
                description=group.description,
                item_ids=ids,
                count=len(ids),
                sentiment=group.sentiment,
            )
        )
    left = [ref for ref in refs if ref not in used]
    if left:
        notes.append(f"{len(left)} theme(s) the merge left out were kept as they were")
        merged.extend(by_ref[ref] for ref in left)
    return merged, notes


def reduce_themes(
    themes: list[ThemeDraft], merge_batch: MergeBatch, budget: Budget
) -> tuple[list[ThemeDraft], list[str], int]:
    """Merge until one request saw every theme; returns (themes, notes, model requests)."""
    return reduce_groups(themes, theme_tokens, merge_batch, budget, "themes")


E = TypeVar("E")


def reduce_groups(
    elements: list[E],
    cost: Callable[[E], int],
    merge_batch: Callable[[list[E]], tuple[list[E], list[str]]],
    budget: Budget,
    noun: str,
) -> tuple[list[E], list[str], int]:
    """Merge ``elements`` in batches that fit ``budget``, level by level, until one request
    saw them all or a level unites nothing; returns (elements, notes, model requests)."""
    notes: list[str] = []
    requests = 0
    for _ in range(MAX_LEVELS):
        if len(elements) <= 1:
            break
        batches = pack(elements, cost, budget)
        merged: list[E] = []
        for batch in batches:
            if len(batch) == 1:
                merged.extend(batch)
                continue
            result, batch_notes = merge_batch(batch)
            requests += 1
            merged.extend(result)
            notes.extend(batch_notes)
        if len(batches) == 1:
            return merged, notes, requests
        if len(merged) >= len(elements):
            notes.append(f"merging stopped: a level of the merge united no {noun}")
            return merged, notes, requests
        elements = merged
    return elements, notes, requests
