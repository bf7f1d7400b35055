"""Deterministic checks on a summary: every claim must trace back to the items it cites.

Each rule has a stable id (``RULES``). ``check_draft`` runs them on the model's answer for
a chunk (the problems go back to the model as a re-ask); ``verify_summary`` runs them on a
finished ``FeedbackSummary``. ``repair`` is what happens when problems remain after the
re-asks: derivable facts are fixed (counts; items left out go to an "Other" theme) and
noted, untraceable claims (unknown ids, quotes that are not verbatim, empty themes) are
removed *and reported* as problems — never silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from briefsmith.catalog import catalog
from briefsmith.models.feedback import (
    OTHER_LABEL,
    ActionDraft,
    AgreementDraft,
    DisagreementDraft,
    FeedbackItem,
    FeedbackSummary,
    Problem,
    Quote,
    SideDraft,
    SummaryDraft,
    ThemeDraft,
)
from briefsmith.parsing import values

RULES: dict[str, str] = {rule.id: rule.summary for rule in catalog("feedback")}
"""Rule id → what it finds, from ``catalog.toml`` (the format every command shares)."""
REPAIRED = frozenset({"feedback.count.matches", "feedback.items.covered"})
"""Rules whose breaks ``repair`` fixes when re-asks did not (noted, not reported as problems):
a count is derivable from its ids; an item left out goes to the Other theme."""


def normalise(text: str) -> str:
    """Whitespace-normalised text: runs of spaces, tabs and newlines become one space."""
    return " ".join(text.split())


def short(text: str, limit: int = 48) -> str:
    """One line of at most ``limit`` characters, for naming a claim in a message."""
    return values.short(text, limit)


def _texts(items: Sequence[FeedbackItem] | Mapping[str, str]) -> dict[str, str]:
    if isinstance(items, Mapping):
        return dict(items)
    return {item.id: item.text for item in items}


def _citations(draft: SummaryDraft) -> Iterator[tuple[str, list[str]]]:
    """(where, ids) for every claim that cites items."""
    for theme in draft.themes:
        yield f"theme '{short(theme.label)}'", theme.item_ids
    for agreement in draft.agreements:
        yield f"agreement '{short(agreement.statement)}'", agreement.item_ids
    for disagreement in draft.disagreements:
        for side in disagreement.sides:
            where = f"disagreement '{short(disagreement.statement)}', side '{short(side.position)}'"
            yield where, side.item_ids
    for action in draft.actions:
        yield f"action '{short(action.what)}'", action.item_ids


def quote_matches(quote: Quote, texts: Mapping[str, str]) -> bool:
    source = texts.get(quote.item_id)
    wanted = normalise(quote.text)
    return source is not None and bool(wanted) and wanted in normalise(source)


def check_draft(
    draft: SummaryDraft, items: Sequence[FeedbackItem] | Mapping[str, str]
) -> list[Problem]:
    """Every rule in ``RULES`` against ``draft``; ``items`` are the items it summarises."""
    texts = _texts(items)
    problems: list[Problem] = []
    for where, ids in _citations(draft):
        unknown = [i for i in dict.fromkeys(ids) if i not in texts]
        if unknown:
            listed = ", ".join(repr(i) for i in unknown)
            problems.append(
                Problem(rule="feedback.ids.exist", message=f"{where} cites unknown ids {listed}")
            )
        if not ids and not where.startswith("theme "):
            problems.append(Problem(rule="feedback.ids.cited", message=f"{where} cites no item"))
    for quote in draft.quotes:
        if quote.item_id not in texts:
            message = f"quote '{short(quote.text)}' cites unknown id {quote.item_id!r}"
            problems.append(Problem(rule="feedback.ids.exist", message=message))
        elif not quote_matches(quote, texts):
            message = (
                f"quote '{short(quote.text)}' is not verbatim in item {quote.item_id!r}; "
                "copy the words exactly"
            )
            problems.append(Problem(rule="feedback.quote.verbatim", message=message))
    for theme in draft.themes:
        cited = len(set(theme.item_ids))
        if theme.count != cited:
            message = (
                f"theme '{short(theme.label)}' says count {theme.count} but cites {cited} items"
            )
            problems.append(Problem(rule="feedback.count.matches", message=message))
        if not theme.item_ids:
            message = f"theme '{short(theme.label)}' is empty: give its item ids or drop it"
            problems.append(Problem(rule="feedback.theme.nonempty", message=message))
    in_themes = {i for theme in draft.themes for i in theme.item_ids}
    missing = [i for i in texts if i not in in_themes]
    if missing:
        listed = ", ".join(repr(i) for i in missing)
        message = f"items in no theme: {listed}; put each in a theme (or in '{OTHER_LABEL}')"
        problems.append(Problem(rule="feedback.items.covered", message=message))
    return problems


def to_draft(summary: FeedbackSummary) -> SummaryDraft:
    """The parts of a summary the rules look at (extra fields such as teams are ignored)."""
    fields = {"themes", "agreements", "disagreements", "actions", "quotes"}
    return SummaryDraft.model_validate(summary.model_dump(include=fields))


def verify_summary(summary: FeedbackSummary, items: Sequence[FeedbackItem]) -> list[Problem]:
    """The rules against a finished summary (``[]`` when every claim traces back)."""
    return check_draft(to_draft(summary), items)


@dataclass
class Repaired:
    draft: SummaryDraft
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    """Item ids briefsmith put in the Other theme."""


def repair(draft: SummaryDraft, items: Sequence[FeedbackItem] | Mapping[str, str]) -> Repaired:
    """Make ``draft`` traceable: fix what is derivable, remove and report what is not."""
    texts = _texts(items)
    result = Repaired(draft=draft)
    for problem in check_draft(draft, texts):
        if problem.rule == "feedback.count.matches":
            result.notes.append(f"count corrected: {problem.message}")
        elif problem.rule not in REPAIRED:
            result.problems.append(problem)

    def known(ids: Iterable[str]) -> list[str]:
        return [i for i in dict.fromkeys(ids) if i in texts]

    themes = [
        ThemeDraft(
            label=t.label,
            description=t.description,
            item_ids=known(t.item_ids),
            count=len(known(t.item_ids)),
            sentiment=t.sentiment,
        )
        for t in draft.themes
    ]
    themes = [t for t in themes if t.item_ids]
    covered = {i for t in themes for i in t.item_ids}
    result.other = [i for i in texts if i not in covered]
    if result.other:
        result.notes.append(
            f"{len(result.other)} item(s) were in no theme of the model's answer; "
            f"briefsmith put them under '{OTHER_LABEL}'"
        )
    agreements = [
        AgreementDraft(statement=a.statement, item_ids=known(a.item_ids)) for a in draft.agreements
    ]
    disagreements = []
    for d in draft.disagreements:
        sides = [SideDraft(position=s.position, item_ids=known(s.item_ids)) for s in d.sides]
        sides = [s for s in sides if s.item_ids]
        if sides:
            disagreements.append(DisagreementDraft(statement=d.statement, sides=sides))
    actions = [
        ActionDraft(what=a.what, owner_team=a.owner_team, item_ids=known(a.item_ids))
        for a in draft.actions
    ]
    result.draft = SummaryDraft(
        themes=themes,
        agreements=[a for a in agreements if a.item_ids],
        disagreements=disagreements,
        actions=[a for a in actions if a.item_ids],
        quotes=[q for q in draft.quotes if quote_matches(q, texts)],
    )
    return result
