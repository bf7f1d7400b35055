"""Feedback summaries: load comments, summarise them with a model (map-reduce), verify.

``load_feedback``, ``summarise_feedback`` and ``verify_summary`` are the library entry
points; importing this package does not import langchain or openai.
"""

from __future__ import annotations

from briefsmith.feedback.load import load_feedback
from briefsmith.feedback.summarise import summarise_feedback
from briefsmith.feedback.verify import RULES, verify_summary

__all__ = ["RULES", "load_feedback", "summarise_feedback", "verify_summary"]
