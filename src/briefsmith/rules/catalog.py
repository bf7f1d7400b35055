"""The checks the rules engine can report, with their default severities.

Used by ``briefsmith rules``, SARIF's rule list and the engine itself, so a check's id,
criterion and wording live in one place.
"""

from __future__ import annotations

from briefsmith.models.base import Model
from briefsmith.models.goal import Criterion
from briefsmith.models.report import Severity, Status


class Rule(Model):
    id: str
    criterion: Criterion
    status: Status
    summary: str
    help: str

    def severity(self, criterion_severity: Severity) -> Severity:
        return severity_of(self.status, criterion_severity)


class FindingRule(Model):
    """A check outside the five criteria (an objective's key results, a placeholder item):
    reported as a goal's finding with its own severity."""

    id: str
    severity: Severity
    summary: str
    help: str


def severity_of(status: Status, criterion_severity: Severity) -> Severity:
    """A failing check takes the criterion's severity; a partial one is a step lower."""
    if status is Status.FAIL:
        return criterion_severity
    return Severity.WARNING if criterion_severity is Severity.ERROR else Severity.SUGGESTION


def _rule(
    rid: str, status: Status, summary: str, help_: str, criterion: Criterion | None = None
) -> Rule:
    return Rule(
        id=rid,
        criterion=criterion or Criterion(rid.split(".")[0]),
        status=status,
        summary=summary,
        help=help_,
    )


RULES: tuple[Rule, ...] = (
    _rule(
        "specific.vague",
        Status.FAIL,
        "Only a vague direction on an abstract object",
        "Name the concrete outcome, metric or deliverable and what it applies to.",
    ),
    _rule(
        "specific.abstract-metric",
        Status.PARTIAL,
        "A number on an abstract object",
        "Say how the abstract object is measured (e.g. aided recall in a survey).",
    ),
    _rule(
        "specific.no-change",
        Status.PARTIAL,
        "A concrete object but no change stated",
        "Say what should change about it, and by how much.",
    ),
    _rule(
        "measurable.no-quantity",
        Status.FAIL,
        "No quantity and no verifiable done-state",
        "Add a target number, percentage, amount or frequency, or a checkable done-state.",
    ),
    _rule(
        "measurable.no-target",
        Status.PARTIAL,
        "A metric is named but no target value",
        "Add the target value (and the baseline) for the metric.",
    ),
    _rule(
        "achievable.implausible-growth",
        Status.FAIL,
        "The change is implausibly large for its window",
        "Lower the target or lengthen the window; thresholds are configurable.",
    ),
    _rule(
        "achievable.absolute",
        Status.FAIL,
        "An absolute target (forever, every market, 100%)",
        "Replace the absolute with a bounded, realistic target.",
    ),
    _rule(
        "achievable.no-budget",
        Status.FAIL,
        "A large target with no budget",
        "Commit resources or lower the target.",
    ),
    _rule(
        "achievable.nothing-to-judge",
        Status.FAIL,
        "No target to judge achievability against",
        "Make the goal measurable first.",
    ),
    _rule(
        "achievable.low-confidence",
        Status.PARTIAL,
        "The team's own stated confidence is low",
        "Lower the target until the team is confident in it, or say what would raise the "
        "confidence; the threshold is configurable.",
    ),
    _rule(
        "achievable.unsupported",
        Status.PARTIAL,
        "An outcome target with no baseline, confidence, owner or resources",
        "Add the baseline, a confidence (e.g. 7/10) or an owner.",
    ),
    _rule(
        "relevant.no-purpose",
        Status.FAIL,
        "No link to a higher business result",
        "Add why: 'to support <business result>' or nest the goal under its parent goal.",
    ),
    _rule(
        "relevant.vague-purpose",
        Status.PARTIAL,
        "A purpose that names no business result",
        "Name the business result the goal serves.",
    ),
    _rule(
        "time_bound.no-deadline",
        Status.FAIL,
        "No deadline or bounded window",
        "Add a date, month, quarter or a window such as 'in 90 days'.",
    ),
    _rule(
        "time_bound.vague-time",
        Status.FAIL,
        "Only a vague time reference (on time, soon, ASAP, forever)",
        "Replace it with a date or a bounded window.",
    ),
    _rule(
        "time_bound.unbounded-recurrence",
        Status.PARTIAL,
        "A recurrence with no bounded period",
        "Bound the recurrence, e.g. 'every Monday from January to June 2027'.",
    ),
    # Objectives (SMART-RUBRIC.md, "Objectives and key results"): qualitative by design,
    # checked for a concrete direction, their key results and a period.
    _rule(
        "objective.vague-direction",
        Status.FAIL,
        "An objective with only a vague direction",
        "Say which outcome the objective is about (who or what should be different).",
        Criterion.SPECIFIC,
    ),
    _rule(
        "objective.no-key-results",
        Status.FAIL,
        "An objective with no key results",
        "Add two to five measurable key results under it (the range is configurable).",
        Criterion.MEASURABLE,
    ),
    _rule(
        "objective.too-few-key-results",
        Status.PARTIAL,
        "An objective with fewer key results than the configured minimum",
        "Add key results until the objective's progress can be measured (default: 2-5).",
        Criterion.MEASURABLE,
    ),
    _rule(
        "objective.too-many-key-results",
        Status.PARTIAL,
        "An objective with more key results than the configured maximum",
        "Keep the few key results that best measure the objective (default: 2-5).",
        Criterion.MEASURABLE,
    ),
    _rule(
        "objective.no-period",
        Status.FAIL,
        "An objective with no period",
        "Give it a period: in the objective, or in a heading above it ('## Q1 2027').",
        Criterion.TIME_BOUND,
    ),
    # Hybrid runs (--llm): the model judged a criterion stricter than the rules did.
    _rule(
        "specific.model",
        Status.FAIL,
        "The model finds the goal not specific",
        "Read the model's reason; name the concrete outcome and what it applies to.",
    ),
    _rule(
        "achievable.model",
        Status.FAIL,
        "The model finds the target not achievable",
        "Read the model's reason; add a baseline, confidence, owner or resources.",
    ),
    _rule(
        "relevant.model",
        Status.FAIL,
        "The model finds no link to a business result",
        "Read the model's reason; say which business result the goal serves.",
    ),
)

FINDINGS: tuple[FindingRule, ...] = (
    FindingRule(
        id="objective.numeric",
        severity=Severity.SUGGESTION,
        summary="An objective with a number reads as a key result",
        help="Keep the objective qualitative (the outcome you want) and move the number "
        "into a key result under it.",
    ),
    FindingRule(
        id="key_result.is-initiative",
        severity=Severity.SUGGESTION,
        summary="A key result that is a task, not an outcome",
        help="State the outcome the task should change and by how much; keep the task as "
        "an initiative.",
    ),
    FindingRule(
        id="placeholder.unfilled",
        severity=Severity.WARNING,
        summary="A placeholder item, not yet a goal (TBD, [N], 待定)",
        help="Fill in the missing value or text, or remove the item.",
    ),
    FindingRule(
        id="input.invalid-field",
        severity=Severity.ERROR,
        summary="An inline field's value cannot be right (confidence 11/10, due 2026-02-30); "
        "the field is ignored",
        help="Correct the value: a confidence from 0/10 to 10/10 (0-100%), a real date.",
    ),
    FindingRule(
        id="placeholder.reference-only",
        severity=Severity.SUGGESTION,
        summary="An item that is only a link or a reference",
        help="Write the goal itself in the item, or move the link into the goal's text.",
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
FINDINGS_BY_ID: dict[str, FindingRule] = {rule.id: rule for rule in FINDINGS}
