"""Pydantic models at every boundary: what is read, what is reported."""

from briefsmith.models.goal import Criterion, Goal, Lang, SourceLocation
from briefsmith.models.report import (
    CheckReport,
    CriterionResult,
    Evidence,
    FileError,
    GoalAssessment,
    Severity,
    Status,
    Summary,
    Usage,
    Verdict,
)

__all__ = [
    "CheckReport",
    "Criterion",
    "CriterionResult",
    "Evidence",
    "FileError",
    "Goal",
    "GoalAssessment",
    "Lang",
    "Severity",
    "SourceLocation",
    "Status",
    "Summary",
    "Usage",
    "Verdict",
]
