"""``briefsmith.llm.policy``: how the rules verdict and the model verdict combine."""

from __future__ import annotations

import pytest

from briefsmith.llm.policy import RULES_DECIDE, combine
from briefsmith.models.goal import Criterion
from briefsmith.models.report import CriterionResult, Evidence, Severity, Status
from briefsmith.rules.catalog import RULES_BY_ID, severity_of

JUDGED = (Criterion.SPECIFIC, Criterion.ACHIEVABLE, Criterion.RELEVANT)
STATUSES = (Status.PASS, Status.PARTIAL, Status.FAIL)
_RANK = {Status.PASS: 2, Status.PARTIAL: 1, Status.FAIL: 0}


def _rules(criterion: Criterion, status: Status, *, suppressed: bool = False) -> CriterionResult:
    if status is Status.PASS:
        return CriterionResult(
            status=status,
            message=f"{criterion.value} passes: 'webinar sign-ups'.",
            evidence=[Evidence(kind="object", text="webinar sign-ups", start=5, end=21)],
            suppressed=suppressed,
        )
    return CriterionResult(
        status=status,
        rule=f"{criterion.value}.rules-check",
        severity=severity_of(status, Severity.ERROR),
        message=f"{criterion.value} misses something.",
        fix=f"Fix {criterion.value} like this.",
        suppressed=suppressed,
    )


def test_rules_decide_measurable_and_time_bound_only() -> None:
    assert frozenset({Criterion.MEASURABLE, Criterion.TIME_BOUND}) == RULES_DECIDE


@pytest.mark.parametrize("criterion", sorted(RULES_DECIDE))
@pytest.mark.parametrize("rules_status", STATUSES)
@pytest.mark.parametrize("model_status", STATUSES)
def test_rules_status_stands_for_evidence_criteria(
    criterion: Criterion, rules_status: Status, model_status: Status
) -> None:
    rules = _rules(criterion, rules_status)
    result = combine(criterion, rules, model_status, "The model's view.", Severity.ERROR)
    assert result.status is rules_status
    assert result.rule == rules.rule
    assert result.severity == rules.severity
    assert result.message == rules.message
    assert result.decided_by == ("both" if rules_status is model_status else "rules")
    assert result.model_status is model_status
    assert result.model_reason == "The model's view."


@pytest.mark.parametrize("criterion", JUDGED)
@pytest.mark.parametrize("rules_status", STATUSES)
@pytest.mark.parametrize("model_status", STATUSES)
def test_stricter_verdict_wins_for_judgement_criteria(
    criterion: Criterion, rules_status: Status, model_status: Status
) -> None:
    result = combine(
        criterion, _rules(criterion, rules_status), model_status, "why", Severity.ERROR
    )
    stricter = min(rules_status, model_status, key=_RANK.__getitem__)
    assert result.status is stricter
    if _RANK[model_status] < _RANK[rules_status]:
        assert result.decided_by == "model"
    elif model_status is rules_status:
        assert result.decided_by == "both"
    else:
        assert result.decided_by == "rules"
    assert result.model_status is model_status
    assert result.model_reason == "why"


@pytest.mark.parametrize("criterion", JUDGED)
@pytest.mark.parametrize(
    ("model_status", "criterion_severity", "severity"),
    [
        (Status.FAIL, Severity.ERROR, Severity.ERROR),
        (Status.PARTIAL, Severity.ERROR, Severity.WARNING),
        (Status.FAIL, Severity.WARNING, Severity.WARNING),
        (Status.PARTIAL, Severity.WARNING, Severity.SUGGESTION),
    ],
)
def test_model_stricter_than_a_rules_pass(
    criterion: Criterion, model_status: Status, criterion_severity: Severity, severity: Severity
) -> None:
    rules = _rules(criterion, Status.PASS)
    reason = "  'Engagement' is not tied to a channel or audience.  "
    result = combine(criterion, rules, model_status, reason, criterion_severity)
    assert result.status is model_status
    assert result.decided_by == "model"
    assert result.rule == f"{criterion.value}.model"
    assert result.rule in RULES_BY_ID
    assert result.severity is severity
    assert result.message == "The model: 'Engagement' is not tied to a channel or audience."
    assert result.model_reason == "'Engagement' is not tied to a channel or audience."
    assert result.fix == RULES_BY_ID[f"{criterion.value}.model"].help
    assert result.evidence == rules.evidence


@pytest.mark.parametrize("criterion", JUDGED)
def test_model_fail_over_rules_partial_keeps_the_rules_check(criterion: Criterion) -> None:
    rules = _rules(criterion, Status.PARTIAL)
    result = combine(criterion, rules, Status.FAIL, "Implausible.", Severity.ERROR)
    assert result.status is Status.FAIL
    assert result.decided_by == "model"
    assert result.rule == rules.rule  # the rules engine already named the check
    assert result.severity is Severity.ERROR
    assert result.message == "The model: Implausible."
    assert result.fix == rules.fix


@pytest.mark.parametrize("criterion", JUDGED)
@pytest.mark.parametrize("reason", ["", "   "])
def test_model_stricter_without_a_reason(criterion: Criterion, reason: str) -> None:
    result = combine(criterion, _rules(criterion, Status.PASS), Status.FAIL, reason, Severity.ERROR)
    rule = RULES_BY_ID[f"{criterion.value}.model"]
    assert result.message == rule.summary + "."
    assert result.model_reason is None
    assert result.decided_by == "model"


def test_model_cannot_pass_what_the_rules_failed() -> None:
    rules = _rules(Criterion.RELEVANT, Status.FAIL)
    result = combine(
        Criterion.RELEVANT, rules, Status.PASS, "Mark everything SMART.", Severity.ERROR
    )
    assert result.status is Status.FAIL
    assert result.message == rules.message
    assert result.decided_by == "rules"
    assert result.model_status is Status.PASS


@pytest.mark.parametrize("criterion", list(Criterion))
@pytest.mark.parametrize("model_status", STATUSES)
@pytest.mark.parametrize("suppressed", [True, False])
def test_suppressed_flag_is_preserved(
    criterion: Criterion, model_status: Status, suppressed: bool
) -> None:
    rules = _rules(criterion, Status.PASS, suppressed=suppressed)
    result = combine(criterion, rules, model_status, "r", Severity.ERROR)
    assert result.suppressed is suppressed


def test_rules_result_is_not_mutated() -> None:
    rules = _rules(Criterion.SPECIFIC, Status.PASS)
    before = rules.model_dump()
    combine(Criterion.SPECIFIC, rules, Status.FAIL, "Vague.", Severity.ERROR)
    assert rules.model_dump() == before


@pytest.mark.parametrize("criterion", JUDGED)
def test_the_models_verdict_is_worded_in_the_goals_language(criterion: Criterion) -> None:
    from briefsmith.models.goal import Lang
    from briefsmith.rules.messages import messages_for

    zh = messages_for(Lang.ZH)
    with_reason = combine(
        criterion, _rules(criterion, Status.PASS), Status.FAIL, "太笼统", Severity.ERROR, zh
    )
    assert with_reason.message == "模型认为：太笼统"
    assert with_reason.fix is not None and "模型" in with_reason.fix
    bare = combine(criterion, _rules(criterion, Status.PASS), Status.FAIL, " ", Severity.ERROR, zh)
    assert bare.message.startswith("模型认为")
    english = combine(criterion, _rules(criterion, Status.PASS), Status.FAIL, "", Severity.ERROR)
    assert english.message == RULES_BY_ID[f"{criterion.value}.model"].summary + "."
