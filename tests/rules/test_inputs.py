"""Problems read from a goal's fields are findings on its assessment; the goal is still judged."""

from __future__ import annotations

import datetime as dt

from briefsmith import check_goals
from briefsmith.models.goal import Criterion
from briefsmith.models.report import Severity, Status
from briefsmith.parsing import load_goals
from briefsmith.rules.catalog import FINDINGS_BY_ID

TODAY = dt.date(2026, 1, 5)


def test_an_invalid_field_is_an_error_finding_and_the_goal_is_judged() -> None:
    text = "- Raise NPS from 30 to 40 by Q4 2026 to cut churn\n  - confidence: 11/10\n"
    [goal] = check_goals(load_goals("g.md", text=text), today=TODAY).goals
    [finding] = goal.findings
    assert finding.rule == "input.invalid-field"
    assert finding.severity is Severity.ERROR
    assert finding.line == 1
    assert "confidence '11/10'" in finding.message
    assert goal.verdict is not None  # still judged, on its five criteria
    assert goal.worst_severity() is Severity.ERROR
    assert "input.invalid-field" in FINDINGS_BY_ID


def test_an_impossible_due_date_is_no_deadline() -> None:
    bad = load_goals("g.md", text="- Ship the partner portal\n  - due: 2026-02-30\n")
    good = load_goals("g.md", text="- Ship the partner portal\n  - due: 2026-02-28\n")
    [judged_bad] = check_goals(bad, today=TODAY).goals
    [judged_good] = check_goals(good, today=TODAY).goals
    assert judged_bad.criteria[Criterion.TIME_BOUND].status is Status.FAIL
    assert judged_good.criteria[Criterion.TIME_BOUND].status is Status.PASS
    assert [f.rule for f in judged_bad.findings] == ["input.invalid-field"]
    assert judged_good.findings == []


def test_a_colour_code_does_not_count_as_a_number() -> None:
    [goal] = load_goals("g.md", text="- Improve brand awareness \x1b[31m\x1b[0m\n")
    [judged] = check_goals([goal], today=TODAY).goals
    assert judged.criteria[Criterion.MEASURABLE].status is Status.FAIL
