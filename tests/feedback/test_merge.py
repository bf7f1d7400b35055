"""The reduce step: groups by ref, ids united deterministically, hierarchical when big."""

from __future__ import annotations

from briefsmith.feedback.chunk import Budget
from briefsmith.feedback.merge import (
    apply_merge,
    check_merge,
    reduce_themes,
    refs_for,
    theme_views,
)
from briefsmith.models.feedback import (
    MergeDraft,
    ThemeDraft,
    ThemeGroup,
)


def theme(label: str, *ids: str) -> ThemeDraft:
    return ThemeDraft(
        label=label, description=f"{label}.", item_ids=list(ids), count=len(ids), sentiment="mixed"
    )


def group(label: str, *refs: str) -> ThemeGroup:
    return ThemeGroup(label=label, description=f"{label}.", sentiment="negative", refs=list(refs))


def test_views_carry_refs_but_no_ids() -> None:
    views = theme_views([theme("A", "1", "2"), theme("B", "3")])
    assert [v["ref"] for v in views] == ["T1", "T2"]
    assert views[0]["count"] == 2
    assert all("item_ids" not in v for v in views)


def test_merge_rules() -> None:
    refs = refs_for([theme("A", "1"), theme("B", "2"), theme("C", "3")])
    good = MergeDraft(groups=[group("AB", "T1", "T2"), group("C", "T3")])
    assert check_merge(good, refs) == []
    bad = MergeDraft(groups=[group("AB", "T1", "T9"), group("A again", "T1"), group("E")])
    problems = check_merge(bad, refs)
    kinds = [p.split(":")[0] for p in problems]
    assert kinds == ["merge.refs_exist", "merge.refs_once", "merge.nonempty", "merge.refs_covered"]
    assert "T2, T3" in problems[-1]


def test_apply_merge_unites_ids_and_keeps_what_the_model_left_out() -> None:
    themes = [theme("A", "1", "2"), theme("B", "2", "3"), theme("C", "4")]
    draft = MergeDraft(groups=[group("AB", "T1", "T2", "T7"), group("dup", "T1")])
    merged, notes = apply_merge(themes, draft)
    assert [(t.label, t.item_ids, t.count) for t in merged] == [
        ("AB", ["1", "2", "3"], 3),
        ("C", ["4"], 1),
    ]
    assert merged[0].sentiment == "negative"
    assert notes == ["1 theme(s) the merge left out were kept as they were"]
    unchanged, notes = apply_merge(themes, None)
    assert unchanged == themes and notes


def by_label(batch: list[ThemeDraft]) -> tuple[list[ThemeDraft], list[str]]:
    """A stand-in for the model: groups themes with the same label."""
    groups: dict[str, list[str]] = {}
    for ref, t in zip(refs_for(batch), batch, strict=True):
        groups.setdefault(t.label, []).append(ref)
    return apply_merge(batch, MergeDraft(groups=[group(k, *v) for k, v in groups.items()]))


def test_reduce_is_hierarchical_when_themes_do_not_fit_one_request() -> None:
    themes = [theme(["A", "B", "C"][n % 3], str(n)) for n in range(60)]
    budget = Budget(context=100_000, answer=400 + 10 * 25, prompt=0, answer_tokens_per_item=25)
    assert budget.max_items == 10
    merged, notes, requests = reduce_themes(themes, by_label, budget)
    assert sorted(t.label for t in merged) == ["A", "B", "C"]
    assert sorted(i for t in merged for i in t.item_ids) == sorted(str(n) for n in range(60))
    assert all(t.count == len(t.item_ids) == 20 for t in merged)
    assert requests == 6 + 2 + 1  # 60 themes in 6 batches → 18 in 2 → 6 in 1 → 3
    assert notes == []


def test_reduce_stops_when_a_level_merges_nothing() -> None:
    themes = [theme(f"T{n}", str(n)) for n in range(30)]
    budget = Budget(context=100_000, answer=400 + 10 * 25, prompt=0, answer_tokens_per_item=25)
    merged, notes, requests = reduce_themes(themes, by_label, budget)
    assert len(merged) == 30 and requests == 3
    assert notes == ["merging stopped: a level of the merge united no themes"]
