"""Agreements and actions found in different chunks, united: the same claim listed once.

``combine`` carries every chunk's claims through and lists identical ones once (in code).
Claims that say the same thing in other words are grouped by the model, by short refs
(``C1``, ``C2`` …) with one sentence per group, the way themes are merged; the item ids of
a group are united here, so no id is lost or invented. Actions are grouped only with
actions for the same owner team (checked, and repaired by splitting if still wrong).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TypeVar

from briefsmith.feedback.chunk import estimate_tokens
from briefsmith.feedback.merge import check_groups
from briefsmith.feedback.verify import normalise, short
from briefsmith.models.feedback import (
    ActionDraft,
    AgreementDraft,
    ClaimMergeDraft,
    DisagreementDraft,
    Quote,
    SideDraft,
    SummaryDraft,
    ThemeDraft,
)

Claim = TypeVar("Claim", AgreementDraft, ActionDraft)


def combine(
    drafts: Sequence[SummaryDraft], themes: list[ThemeDraft]
) -> tuple[SummaryDraft, list[str]]:
    """Agreements, disagreements, actions and quotes carry through from every chunk.

    The same claim found in several chunks is listed once, citing every chunk's items:
    claims are the same when their text is, ignoring case, spacing and closing
    punctuation (actions also need the same owner team; a disagreement's sides are united
    the same way). Claims that only mean the same are united by ``unite_claims`` (a
    model request per batch).
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
    return normalise(text.casefold()).rstrip(" .!?;:。！？；：")


Cited = TypeVar("Cited", AgreementDraft, ActionDraft, SideDraft)


def _unite(known: dict[Any, Cited], key: Any, claim: Cited) -> None:
    """Add ``claim``, or its item ids to the same claim found before (in order, once)."""
    if key not in known:
        known[key] = claim.model_copy(deep=True)
        return
    earlier: Cited = known[key]
    earlier.item_ids = list(dict.fromkeys([*earlier.item_ids, *claim.item_ids]))


def claim_refs(claims: Sequence[object]) -> list[str]:
    return [f"C{number}" for number in range(1, len(claims) + 1)]


def claim_text(claim: AgreementDraft | ActionDraft) -> str:
    return claim.statement if isinstance(claim, AgreementDraft) else claim.what


def claim_views(claims: Sequence[AgreementDraft | ActionDraft]) -> list[dict[str, Any]]:
    """What the prompt shows of each claim: its ref and words (no ids; united here)."""
    return [_view(ref, claim) for ref, claim in zip(claim_refs(claims), claims, strict=True)]


def _view(ref: str, claim: AgreementDraft | ActionDraft) -> dict[str, Any]:
    view: dict[str, Any] = {"ref": ref, "text": claim_text(claim)}
    if isinstance(claim, ActionDraft):
        view["owner_team"] = claim.owner_team
    return view


def claim_tokens(claim: AgreementDraft | ActionDraft) -> int:
    return estimate_tokens(json.dumps(_view("C000", claim), ensure_ascii=False)) + 8


def check_claims(
    draft: ClaimMergeDraft, claims: Sequence[AgreementDraft | ActionDraft]
) -> list[str]:
    """The answer's rules: those of any grouping (refs exist, once, all covered, no empty
    group), and actions for different owner teams never in one group."""
    refs = claim_refs(claims)
    problems = check_groups([(group.text, group.refs) for group in draft.groups], refs)
    by_ref = dict(zip(refs, claims, strict=True))
    for group in draft.groups:
        owners: dict[str, str] = {}
        for ref in group.refs:
            if isinstance(claim := by_ref.get(ref), ActionDraft):
                owners.setdefault(_key(claim.owner_team), claim.owner_team)
        if len(owners) > 1:
            problems.append(
                f"merge.same_owner: group '{short(group.text)}' unites actions for "
                f"{', '.join(owners.values())}; keep each owner team's actions apart"
            )
    return problems


def apply_claims(
    claims: Sequence[Claim], draft: ClaimMergeDraft | None
) -> tuple[list[Claim], list[str]]:
    """The united claims: a group's ids are its members' ids, in order.

    A group of one keeps its own words. Deterministic repairs (noted, nothing is lost): an
    unknown ref is ignored, a ref in two groups counts for the first, a claim in no group
    stays as it was, and a group of actions for several owner teams is split by team.
    """
    refs = claim_refs(claims)
    by_ref = dict(zip(refs, claims, strict=True))
    if draft is None:
        return list(claims), []
    notes: list[str] = []
    used: set[str] = set()
    united: list[Claim] = []
    for group in draft.groups:
        members = [ref for ref in dict.fromkeys(group.refs) if ref in by_ref and ref not in used]
        used.update(members)
        by_owner: dict[str, list[Claim]] = {}
        for ref in members:
            claim = by_ref[ref]
            owner = _key(claim.owner_team) if isinstance(claim, ActionDraft) else ""
            by_owner.setdefault(owner, []).append(claim)
        if len(by_owner) > 1:
            notes.append(f"a group of actions for {len(by_owner)} owner teams was split by team")
        for same in by_owner.values():
            united.append(same[0] if len(same) == 1 else _united(same, group.text))
    left = [ref for ref in refs if ref not in used]
    if left:
        notes.append(f"{len(left)} claim(s) the answer left out were kept as they were")
        united.extend(by_ref[ref] for ref in left)
    return united, notes


def _united(claims: list[Claim], text: str) -> Claim:
    ids = list(dict.fromkeys(i for claim in claims for i in claim.item_ids))
    first = claims[0]
    text = text.strip() or claim_text(first)  # an empty sentence: the first claim's words
    if isinstance(first, ActionDraft):
        return ActionDraft(what=text, owner_team=first.owner_team, item_ids=ids)
    return AgreementDraft(statement=text, item_ids=ids)
