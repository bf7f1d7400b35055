"""Shared feedback fixtures: a few items across teams and languages, and a valid summary."""

from __future__ import annotations

import pytest

from briefsmith.models.feedback import (
    ActionDraft,
    AgreementDraft,
    DisagreementDraft,
    FeedbackItem,
    Quote,
    SideDraft,
    SummaryDraft,
    ThemeDraft,
)


@pytest.fixture
def items() -> list[FeedbackItem]:
    return [
        FeedbackItem(id="F1", text="Webinar leads were mostly students.", team="sales"),
        FeedbackItem(id="F2", text="The webinars brought 1,800 leads.", team="marketing"),
        FeedbackItem(id="F3", text="Leads waited  three days\nfor a call.", team="marketing"),
        FeedbackItem(id="F4", text="Battlecards helped in every late-stage call.", team="sales"),
    ]


@pytest.fixture
def draft() -> SummaryDraft:
    """A summary of ``items`` that passes every rule."""
    return SummaryDraft(
        themes=[
            ThemeDraft(
                label="Lead quality",
                description="Leads were many but of low fit.",
                item_ids=["F1", "F2"],
                count=2,
                sentiment="mixed",
            ),
            ThemeDraft(
                label="Handoff",
                description="Leads waited too long.",
                item_ids=["F3"],
                count=1,
                sentiment="negative",
            ),
            ThemeDraft(
                label="Sales content",
                description="Battlecards work.",
                item_ids=["F4"],
                count=1,
                sentiment="positive",
            ),
        ],
        agreements=[AgreementDraft(statement="Speed matters.", item_ids=["F3"])],
        disagreements=[
            DisagreementDraft(
                statement="Were the webinar leads good?",
                sides=[
                    SideDraft(position="Volume is success", item_ids=["F2"]),
                    SideDraft(position="They were students", item_ids=["F1"]),
                ],
            )
        ],
        actions=[ActionDraft(what="Agree an MQL definition.", owner_team="sales", item_ids=["F1"])],
        quotes=[Quote(item_id="F3", text="Leads waited three days for a call.")],
    )
