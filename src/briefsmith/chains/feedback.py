"""The feedback map request as a langchain-core Runnable (``feedback.prompts``)."""

from __future__ import annotations

from briefsmith.feedback.prompts import (
    LANGUAGE_NAMES,
    FeedbackInput,
    claims_prompt,
    claims_schema,
    feedback_chain,
    map_prompt,
    map_schema,
    merge_prompt,
    merge_schema,
    reask_prompt,
)

__all__ = [
    "LANGUAGE_NAMES",
    "FeedbackInput",
    "claims_prompt",
    "claims_schema",
    "feedback_chain",
    "map_prompt",
    "map_schema",
    "merge_prompt",
    "merge_schema",
    "reask_prompt",
]
