"""The feedback models: strict items from files, JSON Schema for tools and for the model."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from briefsmith.models.feedback import FeedbackItem, FeedbackSummary, MergeDraft, SummaryDraft


def test_items_reject_unknown_fields_and_empty_text() -> None:
    with pytest.raises(ValidationError):
        FeedbackItem(id="1", text="ok", colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        FeedbackItem(id="1", text="")


def test_schemas_export() -> None:
    schema = FeedbackSummary.model_json_schema()
    assert schema["title"] == "briefsmith feedback summary"
    assert {"themes", "agreements", "disagreements", "actions", "quotes", "problems"} <= set(
        schema["properties"]
    )
    theme = schema["$defs"]["Theme"]["properties"]
    assert theme["sentiment"]["$ref"].endswith("Sentiment")
    draft = SummaryDraft.model_json_schema()
    assert "teams" not in str(draft)  # teams come from the items, never from the model
    assert MergeDraft.model_json_schema()["$defs"]["ThemeGroup"]["properties"]["refs"]


def test_the_model_answer_ignores_extra_keys() -> None:
    draft = SummaryDraft.model_validate({"themes": [], "mood": "great"})
    assert draft.themes == []
