"""Every verification rule catches a summary that breaks it; repairs are reported."""

from __future__ import annotations

from briefsmith.feedback.verify import RULES, check_draft, repair, verify_summary
from briefsmith.models.feedback import (
    FeedbackItem,
    FeedbackSummary,
    Quote,
    SummaryDraft,
    Theme,
    ThemeDraft,
)


def rules(draft: SummaryDraft, items: list[FeedbackItem]) -> list[str]:
    return [problem.rule for problem in check_draft(draft, items)]


def test_a_valid_summary_passes(draft: SummaryDraft, items: list[FeedbackItem]) -> None:
    assert check_draft(draft, items) == []


def test_every_rule_is_documented() -> None:
    assert set(RULES) == {
        "feedback.ids.exist",
        "feedback.ids.cited",
        "feedback.quote.verbatim",
        "feedback.count.matches",
        "feedback.items.covered",
        "feedback.theme.nonempty",
    }


def test_unknown_ids_are_caught_everywhere(draft: SummaryDraft, items: list[FeedbackItem]) -> None:
    draft.themes[0].item_ids.append("F99")
    draft.agreements[0].item_ids.append("X1")
    draft.disagreements[0].sides[0].item_ids.append("X2")
    draft.actions[0].item_ids.append("X3")
    draft.quotes.append(Quote(item_id="X4", text="anything"))
    draft.themes[0].count = 3  # keep feedback.count.matches out of this test
    problems = check_draft(draft, items)
    assert [p.rule for p in problems] == ["feedback.ids.exist"] * 5
    assert "'F99'" in problems[0].message and "Lead quality" in problems[0].message
    assert "X4" in problems[-1].message


def test_a_claim_citing_nothing_is_caught(draft: SummaryDraft, items: list[FeedbackItem]) -> None:
    draft.actions[0].item_ids = []
    assert rules(draft, items) == ["feedback.ids.cited"]


def test_a_paraphrased_quote_is_caught(draft: SummaryDraft, items: list[FeedbackItem]) -> None:
    draft.quotes.append(Quote(item_id="F1", text="Webinar leads were all students."))
    problems = check_draft(draft, items)
    assert [p.rule for p in problems] == ["feedback.quote.verbatim"]
    assert "'F1'" in problems[0].message


def test_quotes_compare_whitespace_normalised(items: list[FeedbackItem]) -> None:
    draft = SummaryDraft(
        themes=[
            ThemeDraft(
                label="x",
                description="x",
                item_ids=["F1", "F2", "F3", "F4"],
                count=4,
                sentiment="mixed",
            )
        ],
        quotes=[
            Quote(item_id="F3", text="waited three\n days"),  # spacing differs: fine
            Quote(item_id="F3", text="   "),  # empty: not a quote
            Quote(item_id="F2", text="Leads waited"),  # right words, wrong item
        ],
    )
    assert rules(draft, items) == ["feedback.quote.verbatim", "feedback.quote.verbatim"]


def test_a_wrong_count_is_caught(draft: SummaryDraft, items: list[FeedbackItem]) -> None:
    draft.themes[0].count = 5
    problems = check_draft(draft, items)
    assert [p.rule for p in problems] == ["feedback.count.matches"]
    assert "count 5 but cites 2" in problems[0].message


def test_an_item_in_no_theme_is_caught(draft: SummaryDraft, items: list[FeedbackItem]) -> None:
    draft.themes.pop()  # F4's theme
    problems = check_draft(draft, items)
    assert [p.rule for p in problems] == ["feedback.items.covered"]
    assert "'F4'" in problems[0].message


def test_an_empty_theme_is_caught(draft: SummaryDraft, items: list[FeedbackItem]) -> None:
    draft.themes.append(
        ThemeDraft(label="Nothing", description="-", item_ids=[], count=0, sentiment="mixed")
    )
    assert rules(draft, items) == ["feedback.theme.nonempty"]


def test_repair_removes_and_reports_untraceable_claims(
    draft: SummaryDraft, items: list[FeedbackItem]
) -> None:
    draft.themes[0].item_ids.append("F99")
    draft.themes[0].count = 7
    draft.themes.pop()  # F4 now in no theme
    draft.quotes.append(Quote(item_id="F1", text="invented words"))
    fixed = repair(draft, items)
    assert sorted(p.rule for p in fixed.problems) == [
        "feedback.ids.exist",
        "feedback.quote.verbatim",
    ]
    assert fixed.draft.themes[0].item_ids == ["F1", "F2"]
    assert fixed.draft.themes[0].count == 2
    assert fixed.other == ["F4"]
    assert any("count corrected" in note for note in fixed.notes)
    assert any("Other" in note for note in fixed.notes)
    assert [q.text for q in fixed.draft.quotes] == ["Leads waited three days for a call."]
    # What is left passes every rule except coverage, which the Other theme completes.
    assert rules(fixed.draft, items) == ["feedback.items.covered"]


def test_verify_summary_checks_a_finished_summary(items: list[FeedbackItem]) -> None:
    summary = FeedbackSummary(
        lang="en",
        items=4,
        themes=[
            Theme(
                label="All",
                description="d",
                item_ids=["F1", "F2", "F3"],
                count=3,
                sentiment="mixed",
            ),
            Theme(
                label="Other",
                description="d",
                item_ids=["F4"],
                count=2,
                sentiment="mixed",
                assigned_by="briefsmith",
            ),
        ],
    )
    assert [p.rule for p in verify_summary(summary, items)] == ["feedback.count.matches"]
