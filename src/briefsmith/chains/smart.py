"""The SMART judge-and-rewrite chain as langchain-core Runnables (``llm.smart``)."""

from __future__ import annotations

from briefsmith.llm.smart import (
    GoalPrompt,
    SmartInput,
    smart_chain,
    smart_request,
    to_messages,
)

__all__ = ["GoalPrompt", "SmartInput", "smart_chain", "smart_request", "to_messages"]
