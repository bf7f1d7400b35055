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
from briefsmith.models.feedback import (
    ActionDraft,
    AgreementDraft,
    DisagreementDraft,
    MergeDraft,
    Quote,
    SideDraft,
    SummaryDraft,
    ThemeDraft,
)

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
    known = set(refs)
    problems: list[str] = []
    seen: dict[str, str] = {}
    for group in draft.groups:
        if not group.refs:
            problems.append(f"merge.nonempty: group '{short(group.label)}' has no refs")
        for ref in group.refs:
            if ref not in known:
                problems.append(f"merge.refs_exist: group '{short(group.label)}' cites {ref!r}")
            elif ref in seen and seen[ref] != group.label:
                problems.append(
                    f"merge.refs_once: {ref} is in '{short(seen[ref])}' and "
                    f"'{short(group.label)}'; put it in one group"
                )
            seen.setdefault(ref, group.label)
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
    notes: list[str] = []
    requests = 0
    for _ in range(MAX_LEVELS):
        if len(themes) <= 1:
            break
        batches = pack(themes, theme_tokens, budget)
        merged: list[ThemeDraft] = []
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
        if len(merged) >= len(themes):
            notes.append("merging stopped: a level of the merge united no themes")
            return merged, notes, requests
        themes = merged
    return themes, notes, requests


def combine(
    drafts: Sequence[SummaryDraft], themes: list[ThemeDraft]
) -> tuple[SummaryDraft, list[str]]:
    """Agreements, disagreements, actions and quotes carry through from every chunk.

    The same claim found in several chunks is listed once, citing every chunk's items:
    claims are the same when their text is, ignoring case, spacing and closing
    punctuation (actions also need the same owner team; a disagreement's sides are united
    the same way). Claims that only mean the same stay apart: telling those needs a
    model, and the merge step groups themes only.
    """
    agreements: dict[str, AgreementDraft] = {}
    actions: dict[tuple[str, str], ActionDraft] = {}
    disagreements: dict[str, DisagreementDraft] = {}
    quotes: dict[tuple[str, str], Quote] = {}
    found = 0
    for draft in drafts:
        for agreement in draft.agreements:
            found += 1
            _unite(agreements, _key(agreement.statement), agreement)
        for action in draft.actions:
            found += 1
            _unite(actions, (_key(action.what), _key(action.owner_team)), action)
        for disagreement in draft.disagreements:
            found += 1
            key = _key(disagreement.statement)
            known = disagreements.get(key)
            if known is None:
                disagreements[key] = disagreement.model_copy(deep=True)
                continue
            sides = {_key(side.position): side for side in known.sides}
            for side in disagreement.sides:
                _unite(sides, _key(side.position), side)
            known.sides = list(sides.values())
        for quote in draft.quotes:
            quotes.setdefault((quote.item_id, " ".join(quote.text.split())), quote)
    united = found - len(agreements) - len(actions) - len(disagreements)
    notes = (
        [f"{united} claim(s) repeated in another chunk were united with the first"]
        if united
        else []
    )
    combined = SummaryDraft(
        themes=themes,
        agreements=list(agreements.values()),
        disagreements=list(disagreements.values()),
        actions=list(actions.values()),
        quotes=list(quotes.values()),
    )
    return combined, notes


def _key(text: str) -> str:
    """What two claims must share to be the same: the words, whatever the case, spacing and
    closing punctuation."""
    return " ".join(text.casefold().split()).rstrip(" .!?;:。！？；：")


Claim = TypeVar("Claim", AgreementDraft, ActionDraft, SideDraft)


def _unite(known: dict[Any, Claim], key: Any, claim: Claim) -> None:
    """Add ``claim``, or its item ids to the same claim found before (in order, once)."""
    if key not in known:
        known[key] = claim.model_copy(deep=True)
        return
    earlier: Claim = known[key]
    earlier.item_ids = list(dict.fromkeys([*earlier.item_ids, *claim.item_ids]))
