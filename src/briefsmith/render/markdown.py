"""The report as GitHub-flavoured Markdown, for pull-request comments, job summaries and docs.

One table row per goal gives the overview at a glance; the misses and the rewrite of
each goal that is not SMART sit in a collapsed ``<details>`` block below it.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from briefsmith.models.goal import Criterion, GoalKind
from briefsmith.models.report import CheckReport, CriterionResult, GoalAssessment, Status, Verdict
from briefsmith.render.common import (
    CRITERION_LABELS,
    KIND_LABELS,
    PLACEHOLDER,
    finding_issue,
    findings,
    goal_label,
    judged,
    listed_marks,
    location,
    members_of,
    model_error_line,
    model_note,
    ordered,
    rejected_rewrite,
    rewrite_label,
    rollup,
    shorten,
    shown,
    summary_line,
    usage_line,
)
from briefsmith.render.safe import printable

_MARKS = {Status.PASS: "✅", Status.PARTIAL: "⚠️", Status.FAIL: "❌"}
_IGNORED = "➖"
_NOT_JUDGED = "·"
"""A criterion an item's kind is not judged on (an objective's Measurable, say)."""
_LEGEND = " · ".join(
    [*(f"{mark} {status.value}" for status, mark in _MARKS.items()), f"{_IGNORED} ignored"]
)
_VERDICT_MARKS = {Verdict.SMART: "✅", Verdict.PARTIAL: "⚠️", Verdict.NOT_SMART: "❌"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_NEWLINES = re.compile(r"\r\n|\r|\n")


def render(
    report: CheckReport,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
    quiet: bool = False,
) -> str:
    """Markdown for people reviewing goals; the options do not apply here."""
    out = ["## briefsmith check", "", f"**{escape(summary_line(report))}**", ""]
    if usage := usage_line(report):
        out.extend([escape(usage), ""])
    goals = shown(report, quiet)
    table = [g for g in goals if judged(g)]
    if table:
        out.extend(_table(report, table))
        out.append("")
        out.append(_LEGEND)
        out.append("")
    elif not report.goals:
        out.extend(["No goals found.", ""])
    if listed := [g for g in goals if not judged(g)]:
        out.extend(["### Done and placeholder items", "", *map(_listed, listed), ""])
    for goal in table:
        if goal.verdict is not Verdict.SMART or any(not f.suppressed for f in goal.findings):
            out.extend(_details(goal))
    for goal in listed:
        if any(not f.suppressed for f in goal.findings):
            out.extend(_details(goal))
    if report.errors:
        out.extend(["### Files that could not be read", ""])
        for error in report.errors:
            out.append(
                f"- {code(location(error.path, error.line))}: {escape(error.message.strip())}"
            )
        out.append("")
    return printable("\n".join(out).rstrip("\n") + "\n")


def escape(text: str) -> str:
    """Literal text in Markdown: punctuation escaped, newlines kept inside one line."""
    safe = printable(_NEWLINES.sub("\n", text))  # before escaping: ESC [ must stay a pair
    return _SPECIAL.sub(r"\\\1", safe).replace("\n", "<br>")


def code(text: str) -> str:
    """An inline code span that survives backticks in ``text`` and table cells."""
    body = printable(_NEWLINES.sub(" ", text), newlines=False).replace("|", "\\|")
    fence = "`" * (_longest_backtick_run(body) + 1)
    pad = " " if body.startswith("`") or body.endswith("`") else ""
    return f"{fence}{pad}{body}{pad}{fence}"


def _longest_backtick_run(text: str) -> int:
    return max((len(run) for run in re.findall(r"`+", text)), default=0)


def _link(goal: GoalAssessment) -> str:
    if goal.source.path.startswith("<"):  # <stdin>, <memory>: nothing to link to
        return escape(location(goal.source))
    target = quote(printable(goal.source.path, newlines=False).replace("\\", "/"))
    if goal.source.line is not None:
        target += f"#L{goal.source.line}"
    return f"[{escape(location(goal.source))}]({target})"


def _table(report: CheckReport, goals: list[GoalAssessment]) -> list[str]:
    rows = ["| Goal | S | M | A | R | T | Verdict |", "|---|:-:|:-:|:-:|:-:|:-:|---|"]
    members = members_of(report)
    for goal in goals:
        marks = [_mark(goal.criteria.get(c)) for c in Criterion]
        member = goal.objective_id is not None and goal.kind is not GoalKind.OBJECTIVE
        kind = f" <sub>{KIND_LABELS[goal.kind]}</sub>" if goal.kind in KIND_LABELS else ""
        cell = (
            f"{'↳ ' if member else ''}{_link(goal)} {code(goal.id)}{kind}"
            f"<br>{escape(shorten(goal.statement, 160))}"
        )
        if goal.kind is GoalKind.OBJECTIVE:
            cell += f"<br><sub>{escape(rollup(members.get(goal.id, [])))}</sub>"
        mark = _VERDICT_MARKS[goal.verdict] if goal.verdict is not None else "☑️"
        verdict = f"{mark} {goal_label(goal)}"
        if goal.model_error:
            verdict += "<br><sub>model: not judged</sub>"
        rows.append(f"| {cell} | {' | '.join(marks)} | {verdict} |")
    return rows


def _mark(result: CriterionResult | None) -> str:
    if result is None:
        return _NOT_JUDGED
    if result.suppressed:
        return _IGNORED
    return _MARKS[result.status]


def _listed(goal: GoalAssessment) -> str:
    """A done or placeholder item on one line of a list."""
    mark = "☑️" if goal.status.value == "done" else "⬚"
    marks = listed_marks(goal)
    kind = f" ({KIND_LABELS[goal.kind]})" if goal.kind in KIND_LABELS else ""
    return (
        f"- {mark} **{goal_label(goal)}**{kind} {_link(goal)} {code(goal.id)}: "
        f"{escape(shorten(goal.statement, 160))}" + (f" — {escape(marks)}" if marks else "")
    )


def _details(goal: GoalAssessment) -> list[str]:
    title = html.escape(printable(f"{goal.id} · {location(goal.source)} · {goal_label(goal)}"))
    out = ["<details>", f"<summary>{title}</summary>", ""]
    out.append(f"> {escape(goal.statement.strip())}")
    out.append("")
    if error := model_error_line(goal):
        out.extend([f"**Model:** {escape(error.removeprefix('Model: '))}", ""])
    counted = []
    for criterion, result in findings(goal):
        counted.append(criterion)
        severity = result.severity.value if result.severity else ""
        rule = f", {code(result.rule)}" if result.rule else ""
        out.append(
            f"- **{CRITERION_LABELS[criterion]}** ({severity}{rule}): {escape(result.message)}"
        )
        if note := model_note(result):
            out.append(f"  - {escape(note)}")
        if result.fix:
            out.append(f"  - Fix: {escape(result.fix)}")
        if result.evidence:
            found = ", ".join(code(e.text) for e in result.evidence if e.text)
            out.append(f"  - Evidence: {found}")
    for finding in goal.findings:
        if finding.suppressed:
            continue
        issue = finding_issue(goal, finding)
        at = f", line {issue.line}" if issue.line not in (None, goal.source.line) else ""
        out.append(
            f"- **Finding** ({issue.severity.value}, {code(issue.rule)}{at}): "
            f"{escape(issue.message)}"
        )
        if issue.fix:
            out.append(f"  - Fix: {escape(issue.fix)}")
        if issue.evidence:
            found = ", ".join(code(e.text) for e in issue.evidence if e.text)
            out.append(f"  - Evidence: {found}")
    for criterion, result in ordered(goal):  # the model's view of everything else
        note = model_note(result)
        if note and criterion not in counted and not result.suppressed:
            label = CRITERION_LABELS[criterion]
            out.append(f"- **{label}** ({result.status.value}) · {escape(note)}")
    if goal.rewrite and goal.rewrite.strip():
        label = rewrite_label(goal)
        out.extend(["", f"**{label}:** {_rewrite(goal.rewrite.strip())}"])
    if rejected := rejected_rewrite(goal):
        first, rest = rejected
        out.extend(["", f"**Model rewrite rejected:** {escape(first)}"])
        if rest:
            out.append("")
            out.extend(f"- {escape(issue)}" for issue in rest)
    out.extend(["", "</details>", ""])
    return out


def _rewrite(rewrite: str) -> str:
    """The scaffold with each ``[placeholder]`` in bold so the gaps stand out.

    ``<b>`` rather than ``**``: CommonMark's flanking rules drop ``**`` emphasis next to
    CJK characters, which is exactly where Chinese rewrites put their placeholders.
    """
    rewrite = printable(rewrite)
    parts: list[str] = []
    last = 0
    for match in PLACEHOLDER.finditer(rewrite):
        parts.append(escape(rewrite[last : match.start()]) if match.start() > last else "")
        parts.append(f"<b>{escape(match.group())}</b>")
        last = match.end()
    parts.append(escape(rewrite[last:]))
    return "".join(parts)
