"""Report v2 in every format: objectives with their key results and a roll-up, done and
placeholder items listed (not judged), and findings outside the five criteria."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from briefsmith.models.goal import Criterion, GoalKind, GoalStatus, Lang, SourceLocation
from briefsmith.models.report import (
    CheckReport,
    CriterionResult,
    Finding,
    GoalAssessment,
    Severity,
    Status,
    Verdict,
)
from briefsmith.render import render
from briefsmith.render.common import arranged, failing, rollup

from .conftest import build

PATH = "okr.md"


def ok(message: str = "fine") -> CriterionResult:
    return CriterionResult(status=Status.PASS, message=message)


def miss(rule: str, severity: Severity = Severity.ERROR) -> CriterionResult:
    return CriterionResult(
        status=Status.FAIL, rule=rule, severity=severity, message=f"miss {rule}", fix="fix it"
    )


def item(
    gid: str,
    line: int,
    kind: GoalKind,
    *,
    criteria: dict[Criterion, CriterionResult] | None = None,
    verdict: Verdict | None = None,
    status: GoalStatus = GoalStatus.OPEN,
    findings: list[Finding] | None = None,
    objective: str | None = "o1",
    reason: str | None = None,
    progress: float | None = None,
) -> GoalAssessment:
    return GoalAssessment(
        id=gid,
        statement=f"Statement of {gid}",
        source=SourceLocation(path=PATH, line=line),
        kind=kind,
        objective_id=objective if kind is not GoalKind.OBJECTIVE else None,
        status=status,
        status_reason=reason,
        progress=progress,
        lang=Lang.EN,
        criteria=criteria or {},
        verdict=verdict,
        findings=findings or [],
        rewrite=None if verdict is None else f"Rewrite of {gid}",
    )


SMART = dict.fromkeys(Criterion, ok())
TOO_FEW = Finding(
    rule="objective.too-few-key-results",
    severity=Severity.WARNING,
    message="An objective needs 2 to 5 key results; this one has 1 judged",
    fix="Add key results",
)
UNFILLED = Finding(
    rule="placeholder.unfilled",
    severity=Severity.WARNING,
    message="A placeholder, not a goal: 'TBD'",
    fix="Write the key result",
    line=8,
)


def okr_report() -> CheckReport:
    objective = item(
        "o1",
        3,
        GoalKind.OBJECTIVE,
        criteria={Criterion.SPECIFIC: ok(), Criterion.TIME_BOUND: ok()},
        verdict=Verdict.SMART,
        findings=[TOO_FEW],
        objective=None,
    )
    krs = [
        item("kr1", 4, GoalKind.KEY_RESULT, criteria=SMART, verdict=Verdict.SMART),
        item(
            "kr2",
            5,
            GoalKind.KEY_RESULT,
            criteria=SMART | {Criterion.TIME_BOUND: miss("time_bound.no-deadline")},
            verdict=Verdict.PARTIAL,
        ),
        item(
            "kr3",
            6,
            GoalKind.KEY_RESULT,
            status=GoalStatus.DONE,
            reason="[x]",
            progress=1.0,
        ),
        item(
            "kr4",
            7,
            GoalKind.KEY_RESULT,
            status=GoalStatus.PLACEHOLDER,
            reason="TBD",
            findings=[UNFILLED],
        ),
    ]
    initiative = item(
        "i1",
        9,
        GoalKind.INITIATIVE,
        criteria=SMART,
        verdict=Verdict.SMART,
        findings=[
            Finding(
                rule="key_result.is-initiative",
                severity=Severity.SUGGESTION,
                message="Reads as a task",
                suppressed=True,
            )
        ],
    )
    lone = item("g1", 12, GoalKind.GOAL, criteria=SMART, verdict=Verdict.SMART, objective=None)
    # The initiative comes before its objective in the file: it is moved under it.
    return build([initiative, objective, *krs, lone])


@pytest.fixture
def report() -> CheckReport:
    return okr_report()


def test_members_follow_their_objective(report: CheckReport) -> None:
    assert [g.id for g in arranged(report.goals)] == ["o1", "i1", "kr1", "kr2", "kr3", "kr4", "g1"]


def test_rollup(report: CheckReport) -> None:
    members = [g for g in report.goals if g.objective_id == "o1"]
    assert rollup(members) == "1 of 2 key results SMART · 1 done · 1 placeholder · 1 initiative"
    assert rollup([]) == "no key results"


def test_summary_counts_listed_items_and_findings(report: CheckReport) -> None:
    s = report.summary
    assert (s.goals, s.smart, s.partial, s.done, s.placeholders) == (5, 4, 1, 1, 1)
    # the kr2 miss (error) + two warnings; the suppressed suggestion does not count
    assert s.by_severity == {Severity.ERROR: 1, Severity.WARNING: 2}


def test_fail_on_counts_findings_but_not_listed_items(report: CheckReport) -> None:
    assert failing(report, "error")  # kr2
    only_listed = build([g for g in report.goals if g.id == "kr3"])  # done: nothing to count
    assert not failing(only_listed, "suggestion")
    placeholder = build([g for g in report.goals if g.id == "kr4"])
    assert not failing(placeholder, "error") and failing(placeholder, "warning")


def test_plain_text(report: CheckReport) -> None:
    out = render(report, "text", color=False)
    assert "okr.md:3  o1  objective  SMART\n  Statement of o1\n" in out
    assert "  Roll-up: 1 of 2 key results SMART · 1 done · 1 placeholder · 1 initiative\n" in out
    assert "okr.md:5  kr2  key result  PARTIAL\n" in out
    assert "okr.md:6  kr3  key result  DONE\n  Statement of kr3  ([x]; 100%)\n\n" in out
    assert "okr.md:7  kr4  key result  PLACEHOLDER\n  Statement of kr4  (TBD)\n" in out
    assert (
        "    Finding     ⚑          warning: An objective needs 2 to 5 key results; this one has "
        "1 judged [objective.too-few-key-results]\n"
    ) in out
    assert "warning: A placeholder, not a goal: 'TBD' [placeholder.unfilled] (line 8)\n" in out
    assert "key_result.is-initiative" not in out  # suppressed
    assert out.index("o1  objective") < out.index("i1  initiative") < out.index("kr1")
    assert out.endswith(
        "5 goals: 4 SMART, 1 partial, 0 not SMART · 1 done, 1 placeholder · 1 error, 2 warnings\n"
    )


@pytest.mark.parametrize("goals", [1, 20])  # tables; the compact layout above 100 goals
def test_colour_shows_rule_ids_findings_and_rollup(report: CheckReport, goals: int) -> None:
    many = build(report.goals * goals) if goals > 1 else report
    out = render(many, "text", color=True, width=120)
    plain = __import__("re").sub(r"\x1b\[[0-9;]*m", "", out)
    assert "[time_bound.no-deadline]" in plain
    assert "[objective.too-few-key-results]" in plain
    assert "Roll-up: " in plain and "key results SMART" in plain
    assert "Statement of kr3  ([x]; 100%)" in plain


def test_markdown(report: CheckReport) -> None:
    out = render(report, "markdown")
    table = [line for line in out.splitlines() if line.startswith("| ")]
    ids = [line.split("`")[1] for line in table[1:]]
    assert ids == ["o1", "i1", "kr1", "kr2", "g1"]  # judged items only, members under o1
    assert "<sub>objective</sub><br>Statement of o1<br><sub>1 of 2 key results SMART" in out
    assert table[2].startswith("| ↳ ")
    assert "| ✅ | · | · | · | ✅ |" in table[1]  # an objective is not judged on M, A, R
    assert "### Done and placeholder items" in out
    assert (
        "- ☑️ **DONE** (key result) [okr.md:6](okr.md#L6) `kr3`: Statement of kr3 — \\[x\\]; 100%"
        in out
    )
    assert "**Finding** (warning, `placeholder.unfilled`, line 8)" in out
    assert "**Finding** (warning, `objective.too-few-key-results`)" in out


def test_junit(report: CheckReport) -> None:
    root = ET.fromstring(render(report, "junit", fail_on="warning"))
    cases = {c.get("name", "").split(":")[0]: c for c in root.iter("testcase")}
    assert cases["kr3"].find("skipped") is not None
    failure = cases["kr4"].find("failure")
    assert failure is not None and "placeholder.unfilled" in (failure.text or "")
    assert "Finding" in (failure.get("message") or "")
    objective = cases["o1"].find("failure")
    assert objective is not None and "[objective.too-few-key-results]" in (objective.text or "")
    suite = root.find("testsuite")
    assert suite is not None and suite.get("skipped") == "1"


def test_sarif(report: CheckReport) -> None:
    results = json.loads(render(report, "sarif"))["runs"][0]["results"]
    rules = [
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results
    ]
    assert ("objective.too-few-key-results", 3) in rules
    assert ("placeholder.unfilled", 8) in rules  # the finding's own line
    assert ("time_bound.no-deadline", 5) in rules
    assert "key_result.is-initiative" not in {r for r, _ in rules}


def test_json_is_a_faithful_dump(report: CheckReport) -> None:
    data = json.loads(render(report, "json"))
    assert data["version"] == 2
    assert CheckReport.model_validate(data) == report
