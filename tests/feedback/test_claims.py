"""Claims across chunks: identical ones listed once (``combine``), the same in other words
united by the model's grouping (``check_claims``/``apply_claims``), ids united in code."""

from __future__ import annotations

from briefsmith.feedback.claims import apply_claims, check_claims, claim_views, combine
from briefsmith.models.feedback import (
    ActionDraft,
    AgreementDraft,
    ClaimGroup,
    ClaimMergeDraft,
    DisagreementDraft,
    Quote,
    SideDraft,
    SummaryDraft,
)


def test_combine_carries_claims_through(draft: SummaryDraft) -> None:
    other = SummaryDraft(
        themes=[],
        agreements=[
            AgreementDraft(statement="Battlecards help in late-stage calls", item_ids=["F9"])
        ],
        actions=[
            ActionDraft(what="Call hot leads within a day", owner_team="Sales", item_ids=["F8"])
        ],
        quotes=[Quote(item_id="F8", text="call them the same day")],
    )
    combined, notes = combine([draft, other], draft.themes)
    assert len(combined.agreements) == len(draft.agreements) + 1
    assert len(combined.actions) == len(draft.actions) + 1
    assert len(combined.quotes) == len(draft.quotes) + 1
    assert combined.themes == draft.themes
    assert notes == []


def test_combine_lists_a_claim_found_in_several_chunks_once() -> None:
    def chunk(ids: list[str], agreement: str, action: str, owner: str, side: str) -> SummaryDraft:
        return SummaryDraft(
            themes=[],
            agreements=[AgreementDraft(statement=agreement, item_ids=ids)],
            disagreements=[
                DisagreementDraft(
                    statement="Who follows up webinar leads",
                    sides=[SideDraft(position=side, item_ids=ids[:1])],
                )
            ],
            actions=[ActionDraft(what=action, owner_team=owner, item_ids=ids)],
        )

    first = chunk(["F1", "F2"], "Leads wait too long.", "Route hot leads daily", "Sales", "Sales")
    second = chunk(["F2", "F7"], "leads  wait too long", "route hot leads daily.", "sales", "SDRs")
    third = chunk(["F9"], "Leads wait too long!", "Route hot leads daily", "Marketing", "Sales")
    combined, notes = combine([first, second, third], [])
    assert [(a.statement, a.item_ids) for a in combined.agreements] == [
        ("Leads wait too long.", ["F1", "F2", "F7", "F9"])
    ]
    # The same action for another owner team is another action.
    assert [(a.owner_team, a.item_ids) for a in combined.actions] == [
        ("Sales", ["F1", "F2", "F7"]),
        ("Marketing", ["F9"]),
    ]
    [disagreement] = combined.disagreements
    assert [(s.position, s.item_ids) for s in disagreement.sides] == [
        ("Sales", ["F1", "F9"]),
        ("SDRs", ["F2"]),
    ]
    assert notes == ["5 claim(s) repeated in another chunk were united with the first"]
    # The chunks' own drafts are left as they were.
    assert first.agreements[0].item_ids == ["F1", "F2"]
    assert [s.position for s in first.disagreements[0].sides] == ["Sales"]


def action(what: str, owner: str, *ids: str) -> ActionDraft:
    return ActionDraft(what=what, owner_team=owner, item_ids=list(ids))


def groups(*pairs: tuple[str, list[str]]) -> ClaimMergeDraft:
    return ClaimMergeDraft(groups=[ClaimGroup(text=text, refs=refs) for text, refs in pairs])


ACTIONS = [
    action("Call hot leads within a day", "Sales", "F1"),
    action("Share the lead list every Monday", "Marketing", "F2"),
    action("Follow up hot leads the same day", "sales", "F7", "F1"),
]


def test_views_show_refs_words_and_owner_but_no_ids() -> None:
    views = claim_views(ACTIONS)
    assert views[0] == {"ref": "C1", "text": "Call hot leads within a day", "owner_team": "Sales"}
    agreement = AgreementDraft(statement="Leads wait", item_ids=["F1"])
    assert claim_views([agreement]) == [{"ref": "C1", "text": "Leads wait"}]


def test_the_model_groups_and_ids_are_united_here() -> None:
    answer = groups(("Call hot leads the same day", ["C1", "C3"]), ("Share the list", ["C2"]))
    assert check_claims(answer, ACTIONS) == []
    united, notes = apply_claims(ACTIONS, answer)
    assert [(a.what, a.owner_team, a.item_ids) for a in united] == [
        ("Call hot leads the same day", "Sales", ["F1", "F7"]),
        ("Share the lead list every Monday", "Marketing", ["F2"]),  # alone: its own words
    ]
    assert notes == []


def test_actions_for_different_owner_teams_stay_apart() -> None:
    answer = groups(("Do the follow-up", ["C1", "C2", "C3"]))
    problems = check_claims(answer, ACTIONS)
    assert [p.split(":")[0] for p in problems] == ["merge.same_owner"]
    assert "Sales, Marketing" in problems[0]
    united, notes = apply_claims(ACTIONS, answer)  # what a repair makes of it
    assert [(a.owner_team, a.item_ids) for a in united] == [
        ("Sales", ["F1", "F7"]),
        ("Marketing", ["F2"]),
    ]
    assert notes == ["a group of actions for 2 owner teams was split by team"]


def test_a_bad_grouping_loses_nothing() -> None:
    answer = groups(("A", ["C1", "C9"]), ("B", ["C1"]), ("C", []))
    kinds = sorted({p.split(":")[0] for p in check_claims(answer, ACTIONS)})
    assert kinds == ["merge.nonempty", "merge.refs_covered", "merge.refs_exist", "merge.refs_once"]
    united, notes = apply_claims(ACTIONS, answer)
    assert sorted(i for a in united for i in a.item_ids) == ["F1", "F1", "F2", "F7"]
    assert notes == ["2 claim(s) the answer left out were kept as they were"]
    assert apply_claims(ACTIONS, None) == (ACTIONS, [])


def test_an_empty_sentence_keeps_the_first_claims_words() -> None:
    united, _ = apply_claims(ACTIONS, groups(("  ", ["C1", "C3"]), ("Share", ["C2"])))
    assert united[0].what == "Call hot leads within a day"
    assert united[0].item_ids == ["F1", "F7"]
