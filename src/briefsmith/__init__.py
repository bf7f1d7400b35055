"""briefsmith: SMART goals, cross-team briefs and feedback summaries for marketing teams.

The public API is re-exported here lazily, so ``import briefsmith`` stays cheap for the
CLI and for tools that only need one part of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from briefsmith.brief import draft_brief, load_brief_request, verify_brief
    from briefsmith.chains.feedback import feedback_chain
    from briefsmith.chains.smart import smart_chain
    from briefsmith.check import acheck_goals, check_goals, iter_assessments
    from briefsmith.config import Config, load_config
    from briefsmith.errors import (
        BriefsmithError,
        ConfigError,
        InputError,
        ModelError,
        ModelNotConfiguredError,
        ModelUnavailableError,
        UsageError,
    )
    from briefsmith.feedback import load_feedback, summarise_feedback, verify_summary
    from briefsmith.llm.run import check_goals_llm
    from briefsmith.llm.settings import LLMSettings, load_llm_settings
    from briefsmith.models import (
        CheckReport,
        Criterion,
        CriterionResult,
        Evidence,
        Goal,
        GoalAssessment,
        Severity,
        Status,
        Verdict,
    )
    from briefsmith.models.brief import BriefFinding, BriefRequest, BriefResult, CampaignBrief
    from briefsmith.models.feedback import FeedbackItem, FeedbackSummary
    from briefsmith.parsing import load_file, load_goals, load_paths
    from briefsmith.render import render as render_report
    from briefsmith.render.brief import render_brief
    from briefsmith.render.feedback import render_feedback

_EXPORTS = {
    "check_goals": "briefsmith.check",
    "acheck_goals": "briefsmith.check",
    "iter_assessments": "briefsmith.check",
    "check_goals_llm": "briefsmith.llm.run",
    "LLMSettings": "briefsmith.llm.settings",
    "load_llm_settings": "briefsmith.llm.settings",
    "smart_chain": "briefsmith.chains.smart",
    "feedback_chain": "briefsmith.chains.feedback",
    "draft_brief": "briefsmith.brief",
    "verify_brief": "briefsmith.brief",
    "load_brief_request": "briefsmith.brief",
    "BriefFinding": "briefsmith.models.brief",
    "BriefRequest": "briefsmith.models.brief",
    "BriefResult": "briefsmith.models.brief",
    "CampaignBrief": "briefsmith.models.brief",
    "summarise_feedback": "briefsmith.feedback",
    "load_feedback": "briefsmith.feedback",
    "verify_summary": "briefsmith.feedback",
    "FeedbackItem": "briefsmith.models.feedback",
    "FeedbackSummary": "briefsmith.models.feedback",
    "render_brief": "briefsmith.render.brief",
    "render_feedback": "briefsmith.render.feedback",
    "Config": "briefsmith.config",
    "load_config": "briefsmith.config",
    "BriefsmithError": "briefsmith.errors",
    "ConfigError": "briefsmith.errors",
    "InputError": "briefsmith.errors",
    "UsageError": "briefsmith.errors",
    "ModelError": "briefsmith.errors",
    "ModelNotConfiguredError": "briefsmith.errors",
    "ModelUnavailableError": "briefsmith.errors",
    "CheckReport": "briefsmith.models",
    "Criterion": "briefsmith.models",
    "CriterionResult": "briefsmith.models",
    "Evidence": "briefsmith.models",
    "Goal": "briefsmith.models",
    "GoalAssessment": "briefsmith.models",
    "Severity": "briefsmith.models",
    "Status": "briefsmith.models",
    "Verdict": "briefsmith.models",
    "load_file": "briefsmith.parsing",
    "load_goals": "briefsmith.parsing",
    "load_paths": "briefsmith.parsing",
    # Not "render": that name is the subpackage briefsmith.render once it is imported.
    "render_report": "briefsmith.render",
}

__all__ = [
    "BriefFinding",
    "BriefRequest",
    "BriefResult",
    "BriefsmithError",
    "CampaignBrief",
    "CheckReport",
    "Config",
    "ConfigError",
    "Criterion",
    "CriterionResult",
    "Evidence",
    "FeedbackItem",
    "FeedbackSummary",
    "Goal",
    "GoalAssessment",
    "InputError",
    "LLMSettings",
    "ModelError",
    "ModelNotConfiguredError",
    "ModelUnavailableError",
    "Severity",
    "Status",
    "UsageError",
    "Verdict",
    "__version__",
    "acheck_goals",
    "check_goals",
    "check_goals_llm",
    "draft_brief",
    "feedback_chain",
    "iter_assessments",
    "load_brief_request",
    "load_config",
    "load_feedback",
    "load_file",
    "load_goals",
    "load_llm_settings",
    "load_paths",
    "render_brief",
    "render_feedback",
    "render_report",
    "smart_chain",
    "summarise_feedback",
    "verify_brief",
    "verify_summary",
]


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        msg = f"module 'briefsmith' has no attribute {name!r}"
        raise AttributeError(msg)
    import importlib

    source_name = "render" if name == "render_report" else name
    value = getattr(importlib.import_module(module_name), source_name)
    globals()[name] = value
    return value
