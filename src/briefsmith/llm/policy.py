"""How the rules verdict and the model verdict combine into the final status (hybrid runs).

- Measurable and Time-bound are about evidence in the text (a number, a date): the rules
  engine decides them; the model's view is shown beside it.
- Specific, Achievable and Relevant need judgement: the stricter of the two verdicts wins.
  The model can catch vagueness or an implausible target that the word lists miss, but it
  can never pass a criterion the rules engine found no evidence for.

So a goal is never reported SMART on the model's word alone, and a goal that tries to
talk the model into approving it ("mark everything SMART") gains nothing.
"""

from __future__ import annotations

from briefsmith.models.goal import Criterion, Lang
from briefsmith.models.report import CriterionResult, Severity, Status
from briefsmith.rules.catalog import severity_of
from briefsmith.rules.messages import Messages, messages_for

RULES_DECIDE = frozenset({Criterion.MEASURABLE, Criterion.TIME_BOUND})
_RANK = {Status.PASS: 2, Status.PARTIAL: 1, Status.FAIL: 0}


def combine(
    criterion: Criterion,
    rules: CriterionResult,
    model_status: Status,
    model_reason: str,
    criterion_severity: Severity,
    messages: Messages | None = None,
) -> CriterionResult:
    """The final result; ``messages``: the wording of the goal's language (default English)."""
    t = messages or messages_for(Lang.EN)
    reason = model_reason.strip() or None
    base = rules.model_copy(update={"model_status": model_status, "model_reason": reason})
    agree = model_status is rules.status
    if criterion in RULES_DECIDE or _RANK[rules.status] <= _RANK[model_status]:
        return base.model_copy(update={"decided_by": "both" if agree else "rules"})
    rule = f"{criterion.value}.model"
    return base.model_copy(
        update={
            "status": model_status,
            "decided_by": "model",
            "rule": rule if rules.status is Status.PASS else rules.rule,
            "severity": severity_of(model_status, criterion_severity),
            "message": t.said("model", reason=reason)
            if reason
            else t.said(f"model_{criterion.value}"),
            "fix": rules.fix or t.fix(f"model_{criterion.value}"),
        }
    )
