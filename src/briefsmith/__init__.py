"""briefsmith: SMART goal linting (and, later, briefs and feedback) for marketing teams.

The public API is re-exported here lazily, so ``import briefsmith`` stays cheap for the
CLI and for tools that only need one part of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from briefsmith.chains.smart import smart_chain
    from briefsmith.check import check_goals
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
    from briefsmith.parsing import load_goals, load_paths
    from briefsmith.render import render as render_report

_EXPORTS = {
    "check_goals": "briefsmith.check",
    "check_goals_llm": "briefsmith.llm.run",
    "LLMSettings": "briefsmith.llm.settings",
    "load_llm_settings": "briefsmith.llm.settings",
    "smart_chain": "briefsmith.chains.smart",
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
    "load_goals": "briefsmith.parsing",
    "load_paths": "briefsmith.parsing",
    # Not "render": that name is the subpackage briefsmith.render once it is imported.
    "render_report": "briefsmith.render",
}

__all__ = [
    "BriefsmithError",
    "CheckReport",
    "Config",
    "ConfigError",
    "Criterion",
    "CriterionResult",
    "Evidence",
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
    "check_goals",
    "check_goals_llm",
    "load_config",
    "load_goals",
    "load_llm_settings",
    "load_paths",
    "render_report",
    "smart_chain",
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
