"""The check report: the stable JSON contract (``version: 2``) other tools read.

Version 2 (this one) added goal kinds, statuses and findings outside the five criteria;
``verdict`` and ``rewrite`` became nullable for items that are not judged.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import ConfigDict, Field

from briefsmith.models.base import Model
from briefsmith.models.goal import Criterion, GoalKind, GoalStatus, Lang, SourceLocation


class Status(StrEnum):
    PASS = "pass"
    PARTIAL = "partial"
    FAIL = "fail"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "suggestion": 1}[self.value]


class Verdict(StrEnum):
    SMART = "smart"
    PARTIAL = "partial"
    NOT_SMART = "not_smart"


class Evidence(Model):
    """A piece of the goal's text the verdict rests on, with character offsets."""

    kind: str = Field(description="What was found, e.g. 'number', 'deadline', 'vague_verb'.")
    text: str = Field(description="The matched text, verbatim from the statement.")
    start: int = Field(description="Offset of the first character in the statement.")
    end: int = Field(description="Offset one past the last character.")
    value: str | None = Field(
        default=None, description="Normalised value: a number, an ISO date, a ratio."
    )
    source: Literal["statement", "parent", "field", "heading", "front_matter"] = Field(
        default="statement",
        description="Where it was found: the goal's own text, an inline field, or the document "
        "around it (a parent goal, a heading, the front matter).",
    )
    line: int | None = Field(
        default=None, description="The line of the parent, heading or front matter it came from."
    )


class CriterionResult(Model):
    status: Status
    rule: str | None = Field(
        default=None, description="Id of the check that decided a miss, e.g. 'specific.vague'."
    )
    severity: Severity | None = Field(
        default=None, description="Set when the criterion does not pass; None when it passes."
    )
    evidence: list[Evidence] = Field(default_factory=list)
    message: str = Field(description="One line: why it passes, or why it misses.")
    fix: str | None = Field(default=None, description="A concrete fix when it does not pass.")
    suppressed: bool = Field(default=False, description="Turned off by config or inline comment.")
    decided_by: Literal["rules", "model", "both"] = Field(
        default="rules",
        description="Which engine's verdict is the status (hybrid runs; see the policy in "
        "docs/llm.md): 'both' when they agree.",
    )
    model_status: Status | None = Field(default=None, description="The model's own verdict.")
    model_reason: str | None = Field(default=None, description="The model's one-line reason.")


class RuleFinding(Model):
    """What a finding of every command shares (check, brief, feedback): the rule that fired
    (an id from ``briefsmith rules``), how severe, what is wrong, how to fix it, where."""

    rule: str = Field(description="Stable id, e.g. 'key_result.is-initiative'.")
    severity: Severity
    message: str = Field(description="One line: what is wrong.")
    fix: str | None = Field(default=None, description="A concrete fix.")
    line: int | None = Field(default=None, description="Where, when not the goal's own line.")


class Finding(RuleFinding):
    """A check outside the five criteria: an objective's key results, a placeholder item, a
    key result that reads as a task, an unreadable field."""

    evidence: list[Evidence] = Field(default_factory=list)
    suppressed: bool = Field(default=False, description="Turned off by config or inline comment.")


class GoalAssessment(Model):
    id: str
    statement: str
    source: SourceLocation
    parent_id: str | None = None
    kind: GoalKind = Field(
        default=GoalKind.GOAL,
        description="objective, key_result, initiative or goal (rubric: objectives and key "
        "results); objectives are judged by their own rules.",
    )
    objective_id: str | None = Field(
        default=None, description="For key results and initiatives: their objective's id."
    )
    status: GoalStatus = Field(
        default=GoalStatus.OPEN,
        description="'done' and 'placeholder' items are listed, not judged: their criteria "
        "are empty and their verdict null (unless --include-done judges done items).",
    )
    status_reason: str | None = Field(
        default=None, description="What marked the item done or a placeholder."
    )
    progress: float | None = Field(default=None, description="A progress mark, 0..1.")
    lang: Lang
    criteria: dict[Criterion, CriterionResult]
    verdict: Verdict | None = Field(description="None for items that are not judged.")
    findings: list[Finding] = Field(
        default_factory=list, description="Checks outside the five criteria."
    )
    rewrite: str | None = Field(
        description="A SMART scaffold; unknown facts are [placeholders]. None when not judged."
    )
    rewrite_source: Literal["rules", "model"] = Field(
        default="rules", description="'model' when the model's rewrite passed verification."
    )
    rewrite_issues: list[str] = Field(
        default_factory=list,
        description="What still fails in the model's last rewrite after the re-asks.",
    )
    model_error: str | None = Field(
        default=None, description="Why the model could not judge this goal (rules still apply)."
    )

    def worst_severity(self) -> Severity | None:
        ranks = [c.severity for c in self.criteria.values() if c.severity and not c.suppressed]
        ranks += [f.severity for f in self.findings if not f.suppressed]
        return max(ranks, key=lambda s: s.rank) if ranks else None


class FileError(Model):
    """An input that could not be read; the rest of the run is still reported."""

    path: str
    line: int | None = None
    message: str


class Summary(Model):
    goals: int = 0
    smart: int = 0
    partial: int = 0
    not_smart: int = 0
    errors: int = Field(default=0, description="Inputs that could not be read.")
    done: int = Field(default=0, description="Items marked done (listed, not judged).")
    placeholders: int = Field(default=0, description="Placeholder or link-only items.")
    by_severity: dict[Severity, int] = Field(default_factory=dict)
    passing_by_criterion: dict[Criterion, int] = Field(default_factory=dict)


class Usage(Model):
    """Model calls and tokens for one run (runs that used a model only)."""

    model: str
    calls: int = 0
    cached_goals: int = Field(default=0, description="Goals answered from the cache.")
    cached_calls: int = Field(
        default=0, description="Requests (brief drafts, feedback chunks) answered from the cache."
    )
    reasks: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


class CheckReport(Model):
    model_config = ConfigDict(json_schema_extra={"title": "briefsmith check report"})

    version: Literal[2] = 2
    engine: Literal["rules", "hybrid"] = "rules"
    today: str = Field(
        description="ISO date relative windows were resolved against: --today, else the "
        "files' shared as_of, else the current date (a goal's own as_of still applies to it)."
    )
    goals: list[GoalAssessment] = Field(default_factory=list)
    errors: list[FileError] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    usage: Usage | None = None
