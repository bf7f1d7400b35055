"""``summarise_feedback``: items → a verified ``FeedbackSummary`` (map-reduce over chunks).

1. The summary language is the language most items are in (``lang`` overrides).
2. Items are split into chunks that fit the model's context (``chunk.py``).
3. Map: each chunk is summarised (``settings.concurrency`` requests at a time), through the
   shared loop — validated, verified (``verify.check_draft``), re-asked with the problems,
   cached, metered. What still fails after the re-asks is repaired and reported
   (``verify.repair``).
4. Reduce: with several chunks, the model groups their themes by ref and the item ids are
   united here (``merge.py``); agreements, disagreements, actions and quotes carry
   through with their ids, the same claim from several chunks listed once.
5. Teams on each side of an agreement or disagreement come from the items, not the model.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from briefsmith.errors import UsageError
from briefsmith.feedback.chunk import (
    Budget,
    answer_tokens_per_item,
    chunk_items,
    estimate_tokens,
)
from briefsmith.feedback.claims import (
    Claim,
    apply_claims,
    check_claims,
    claim_tokens,
    claim_views,
    combine,
)
from briefsmith.feedback.merge import (
    apply_merge,
    check_merge,
    reduce_groups,
    reduce_themes,
    refs_for,
    theme_views,
)
from briefsmith.feedback.verify import Repaired, check_draft, repair, verify_summary
from briefsmith.llm.settings import LLMSettings
from briefsmith.models.feedback import (
    OTHER_LABEL,
    ActionItem,
    Agreement,
    ClaimMergeDraft,
    Disagreement,
    FeedbackItem,
    FeedbackSummary,
    MergeDraft,
    Problem,
    Sentiment,
    Side,
    SummaryDraft,
    Theme,
    ThemeDraft,
)
from briefsmith.models.goal import Lang
from briefsmith.rules.lang import detect_lang

if TYPE_CHECKING:
    from briefsmith.llm.structured import Answer, ModelClient

Progress = Callable[[int, int], None]
SPLIT_FLOOR = 4
"""A chunk this small is not split when its answer is cut off: a sane model needs far less
than any usable ``max_tokens`` for it, so the model is looping and halves would too."""
MERGE_ANSWER_PER_THEME = 25
"""Answer tokens a theme costs in a merge answer (its ref plus a share of a group)."""
MERGE_ANSWER_PER_CLAIM = 30
"""Answer tokens a claim costs when claims are united (its ref and a share of a sentence)."""


def summary_lang(items: Iterable[FeedbackItem]) -> Lang:
    """The language most items are in (ties: English, then Chinese, then Russian)."""
    counts = Counter(detect_lang(item.text) for item in items)
    order = list(Lang)
    return max(order, key=lambda lang: (counts[lang], -order.index(lang)))


def summarise_feedback(
    items: Iterable[FeedbackItem],
    *,
    settings: LLMSettings | None = None,
    lang: Lang | str | None = None,
    progress: Progress | None = None,
    context: int | None = None,
    max_items: int | None = None,
) -> FeedbackSummary:
    """Summarise ``items`` with the configured model; every claim cites item ids.

    ``settings`` default to the environment (``load_llm_settings()``); ``lang`` forces the
    summary language; ``progress(done, total)`` is called as requests finish; ``context``
    overrides the model's context window in tokens; ``max_items`` caps the items per
    request. Raises ``ModelNotConfiguredError`` without a model and
    ``ModelUnavailableError`` when the endpoint refuses.
    """
    from briefsmith.llm.settings import load_llm_settings
    from briefsmith.llm.structured import open_client

    items = list(items)
    if not items:
        raise UsageError("no feedback items to summarise")
    if max_items is not None and max_items < 1:
        raise UsageError("the most items per request must be at least 1")
    duplicates = [i for i, n in Counter(item.id for item in items).items() if n > 1]
    if duplicates:
        raise UsageError(f"feedback item ids must be unique; repeated: {', '.join(duplicates)}")
    settings = settings or load_llm_settings()
    chosen = Lang(lang) if lang else summary_lang(items)
    window = context or settings.context_tokens
    with open_client(settings) as client:
        run = _Run(client, chosen, window, progress, max_items)
        summary = run.summarise(items)
        return summary.model_copy(update={"usage": client.meter.usage.model_copy()})


class _Run:
    def __init__(
        self,
        client: ModelClient,
        lang: Lang,
        context: int,
        progress: Progress | None,
        max_items: int | None = None,
    ) -> None:
        self.max_items = max_items
        self.client = client
        self.lang = lang
        self.context = context
        self.progress = progress
        self.done = 0
        self.total = 0
        self._lock = threading.Lock()

    # -- budgets -----------------------------------------------------------------------

    def map_budget(self, items: Sequence[FeedbackItem]) -> Budget:
        from briefsmith.feedback.prompts import map_prompt

        system, user = map_prompt([], self.lang)
        budget = Budget(
            context=self.context,
            answer=self.client.settings.max_tokens,
            prompt=estimate_tokens(system + user),
            answer_tokens_per_item=answer_tokens_per_item(items),
            item_cap=self.max_items,
        )
        try:
            budget.check()
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        return budget

    def claims_budget(self, kind: str) -> Budget:
        from briefsmith.feedback.prompts import claims_prompt

        system, user = claims_prompt(kind, [], self.lang)
        return Budget(
            context=self.context,
            answer=self.client.settings.max_tokens,
            prompt=estimate_tokens(system + user),
            answer_tokens_per_item=MERGE_ANSWER_PER_CLAIM,
        )

    def merge_budget(self) -> Budget:
        from briefsmith.feedback.prompts import merge_prompt

        system, user = merge_prompt([], self.lang)
        return Budget(
            context=self.context,
            answer=self.client.settings.max_tokens,
            prompt=estimate_tokens(system + user),
            answer_tokens_per_item=MERGE_ANSWER_PER_THEME,
        )

    def _tick(self, extra_total: int = 0) -> None:
        with self._lock:
            self.done += 1
            self.total = max(self.total + extra_total, self.done)
            done, total = self.done, self.total
        if self.progress is not None:
            self.progress(done, total)

    # -- the run -----------------------------------------------------------------------

    def summarise(self, items: list[FeedbackItem]) -> FeedbackSummary:
        chunks = chunk_items(items, self.map_budget(items))
        self.total = len(chunks)
        results = self._map(chunks)  # a chunk whose answer was cut off comes back split
        problems = [p for r in results for p in r.problems]
        notes = [n for r in results for n in r.notes]
        themes = [t for r in results for t in r.draft.themes]
        if len(results) > 1:
            themes, merge_notes, _ = reduce_themes(themes, self._merge_batch, self.merge_budget())
            notes.extend(merge_notes)
        draft, combine_notes = combine([r.draft for r in results], themes)
        notes.extend(combine_notes)
        if len(results) > 1:
            draft.agreements = self._unite(draft.agreements, "agreements", notes)
            draft.actions = self._unite(draft.actions, "actions", notes)
        other = [i for r in results for i in r.other]
        summary = _assemble(draft, items, other, self.lang, problems, notes, len(results))
        # Belt and braces: the assembled summary must pass every rule; if it does not,
        # that is reported too (it would be a bug in the repairs above).
        leftover = verify_summary(summary, items)
        if leftover:
            summary.problems.extend(leftover)
        return summary

    def _map(self, chunks: list[list[FeedbackItem]]) -> list[Repaired]:
        workers = min(self.client.settings.concurrency, len(chunks))
        pool = ThreadPoolExecutor(max_workers=workers)
        try:
            futures = [
                pool.submit(self._map_chunk, chunk, number, len(chunks))
                for number, chunk in enumerate(chunks, start=1)
            ]
            results = [result for future in futures for result in future.result()]
        except BaseException:
            # Ctrl-C or a fatal endpoint error: send nothing more, drop what is queued.
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
        return results

    def _map_chunk(self, chunk: list[FeedbackItem], number: int, total: int) -> list[Repaired]:
        """The chunk's summary; split in two (and again) while the answer is cut off."""
        from briefsmith.feedback.prompts import map_prompt, map_schema, reask_prompt

        system, user = map_prompt(chunk, self.lang)
        answer = self.client.ask(
            SummaryDraft,
            system=system,
            user=user,
            name="feedback_map",
            verify=lambda draft: [f"{p.rule}: {p.message}" for p in check_draft(draft, chunk)],
            reask=reask_prompt,
            wire_schema=map_schema([item.id for item in chunk]),
            reask_truncated=False,
        )
        where = f"chunk {number} of {total}: " if total > 1 else ""
        if answer.value is None and answer.truncated and len(chunk) > SPLIT_FLOOR:
            # The model needs more answer than max_tokens for this many items: ask about
            # half as many at a time rather than the same again.
            self._tick(extra_total=2)
            half = len(chunk) // 2
            note = f"{where}the answer for {len(chunk)} items was cut off; asked in two halves"
            first = self._map_chunk(chunk[:half], number, total)
            first[0].notes.insert(0, note)
            return first + self._map_chunk(chunk[half:], number, total)
        self._tick()
        return [self._chunk_result(answer, chunk, where)]

    def _chunk_result(
        self, answer: Answer[SummaryDraft], chunk: list[FeedbackItem], where: str
    ) -> Repaired:
        if answer.value is None:
            problem = Problem(
                rule="model.answer",
                message=f"{where}no usable answer for {len(chunk)} item(s): {answer.error}",
            )
            return Repaired(
                draft=SummaryDraft(themes=[]), other=[i.id for i in chunk], problems=[problem]
            )
        repaired = repair(answer.value, chunk)
        problems = [
            Problem(rule=p.rule, message=where + p.message + _removed(p.rule))
            for p in repaired.problems
        ]
        notes = [where + n for n in repaired.notes]
        if answer.error:  # a re-ask failed in transport: the last valid answer is used
            notes.append(f"{where}a re-ask failed ({answer.error}); the previous answer is used")
        return Repaired(draft=repaired.draft, other=repaired.other, problems=problems, notes=notes)

    def _unite(self, claims: list[Claim], kind: str, notes: list[str]) -> list[Claim]:
        """Claims from different chunks that say the same thing, as one (model-grouped)."""
        if len(claims) < 2:
            return claims
        united, unite_notes, _ = reduce_groups(
            claims,
            claim_tokens,
            lambda batch: self._claims_batch(batch, kind),
            self.claims_budget(kind),
            kind,
        )
        if len(united) < len(claims):
            notes.append(f"{len(claims)} {kind} from the chunks were united into {len(united)}")
        notes.extend(unite_notes)
        return united

    def _claims_batch(self, claims: list[Claim], kind: str) -> tuple[list[Claim], list[str]]:
        from briefsmith.feedback.prompts import claims_prompt, claims_schema, reask_prompt

        views = claim_views(claims)
        system, user = claims_prompt(kind, views, self.lang)
        answer = self.client.ask(
            ClaimMergeDraft,
            system=system,
            user=user,
            name=f"feedback_{kind}",
            verify=lambda draft: check_claims(draft, claims),
            reask=reask_prompt,
            wire_schema=claims_schema([view["ref"] for view in views]),
        )
        self._tick(extra_total=1)
        united, notes = apply_claims(claims, answer.value)
        if answer.error and answer.value is None:
            notes.append(f"uniting {kind} failed: {answer.error}; they are listed per chunk")
        elif answer.problems:
            notes.append(f"{kind} answer repaired: " + "; ".join(answer.problems))
        return united, notes

    def _merge_batch(self, themes: list[ThemeDraft]) -> tuple[list[ThemeDraft], list[str]]:
        from briefsmith.feedback.prompts import merge_prompt, merge_schema, reask_prompt

        refs = refs_for(themes)
        system, user = merge_prompt(theme_views(themes), self.lang)
        answer = self.client.ask(
            MergeDraft,
            system=system,
            user=user,
            name="feedback_merge",
            verify=lambda draft: check_merge(draft, refs),
            reask=reask_prompt,
            wire_schema=merge_schema(refs),
        )
        self._tick(extra_total=1)
        merged, notes = apply_merge(themes, answer.value)
        if answer.error and answer.value is None:
            notes.append(f"merge request failed: {answer.error}")
        elif answer.problems:
            notes.append("merge answer repaired: " + "; ".join(answer.problems))
        return merged, notes


_REMOVED = {
    "feedback.ids.exist": " (the unknown ids were removed)",
    "feedback.ids.cited": " (removed)",
    "feedback.quote.verbatim": " (the quote was removed)",
    "feedback.theme.nonempty": " (the theme was removed)",
}


def _removed(rule: str) -> str:
    return _REMOVED.get(rule, "")


def _teams(ids: Iterable[str], by_id: dict[str, FeedbackItem]) -> list[str]:
    return list(dict.fromkeys(t for i in ids if (t := by_id[i].team)))


def _between(sides: list[Side]) -> list[str]:
    """The teams that tell the sides apart (on some sides, not all): "marketing vs sales".

    Empty unless at least two such teams exist — a team on every side is no party to it.
    """
    if len(sides) < 2:
        return []
    everywhere = set.intersection(*(set(side.teams) for side in sides))
    parties = [t for side in sides for t in side.teams if t not in everywhere]
    distinct = list(dict.fromkeys(parties))
    return distinct if len(distinct) >= 2 else []


def _assemble(
    draft: SummaryDraft,
    items: list[FeedbackItem],
    other: list[str],
    lang: Lang,
    problems: list[Problem],
    notes: list[str],
    chunks: int,
) -> FeedbackSummary:
    by_id = {item.id: item for item in items}
    themes = [
        Theme(
            label=t.label,
            description=t.description,
            item_ids=t.item_ids,
            count=len(t.item_ids),
            sentiment=t.sentiment,
        )
        for t in draft.themes
    ]
    themes.sort(key=lambda t: -t.count)
    if other:
        themes.append(
            Theme(
                label=OTHER_LABEL,
                description="",  # renderers say why, in the summary's language
                item_ids=other,
                count=len(other),
                sentiment=Sentiment.MIXED,
                assigned_by="briefsmith",
            )
        )
    disagreements = []
    for d in draft.disagreements:
        sides = [
            Side(position=s.position, item_ids=s.item_ids, teams=_teams(s.item_ids, by_id))
            for s in d.sides
        ]
        disagreements.append(
            Disagreement(statement=d.statement, sides=sides, between=_between(sides))
        )
    return FeedbackSummary(
        lang=lang,
        items=len(items),
        themes=themes,
        agreements=[
            Agreement(statement=a.statement, item_ids=a.item_ids, teams=_teams(a.item_ids, by_id))
            for a in draft.agreements
        ],
        disagreements=disagreements,
        actions=[
            ActionItem(what=a.what, owner_team=a.owner_team, item_ids=a.item_ids)
            for a in draft.actions
        ],
        quotes=draft.quotes,
        problems=problems,
        notes=notes,
        chunks=chunks,
    )
