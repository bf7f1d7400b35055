"""The terminal report: coloured tables when a person is watching, plain text otherwise.

Coloured output is drawn with rich, imported here only, so other formats (and
``import briefsmith.render``) never pay for it: a table per goal, or, for very large
reports and narrow terminals, the compact list below in colour. Piped output
(``color=False``) is written by hand: no escapes, no box drawing, one item per line and
no wrapping, so it greps well and reads well in CI logs.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from briefsmith import regex_cache
from briefsmith.models.goal import GoalKind
from briefsmith.models.report import (
    CheckReport,
    CriterionResult,
    FileError,
    GoalAssessment,
    Status,
    Verdict,
)
from briefsmith.render.common import (
    CRITERION_LABELS,
    DECIDED_BY_MODEL,
    FINDING_LABEL,
    KIND_LABELS,
    PLACEHOLDER,
    STATUS_SYMBOLS,
    Issue,
    evidence_text,
    finding_issue,
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
    shown,
    summary_line,
    usage_line,
    wants_color,
)
from briefsmith.render.safe import one_line, printable

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.padding import Padding
    from rich.text import Text

_TRAILING_SPACES = regex_cache.compile(r" +$", re.MULTILINE)
"""Unstyled padding rich leaves at line ends: invisible, but noise when copied or diffed."""
_LABEL_WIDTH = max(len(label) for label in CRITERION_LABELS.values())
_STATUS_WIDTH = len("~ partial")
_IGNORED = "– ignored"
_FLAG = "⚑"
"""The status column of a finding outside the five criteria."""

_STATUS_STYLE = {Status.PASS: "green", Status.PARTIAL: "yellow", Status.FAIL: "red"}
_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "suggestion": "cyan"}
_BADGE_STYLE = {
    Verdict.SMART: "bold black on green",
    Verdict.PARTIAL: "bold black on yellow",
    Verdict.NOT_SMART: "bold white on red",
}
TABLE_LIMIT = 100
"""Above this many goals the coloured output drops the per-goal tables, which rich lays out
at a few milliseconds each, for the compact plain layout in colour (~5x faster)."""
TABLE_MIN_WIDTH = 72
"""Narrower than this, a four-column table squeezes the notes to a word per line."""

_COMPACT_STYLES = (
    (regex_cache.compile(r"^(\S+)  "), "bold cyan"),
    (regex_cache.compile(r"^    \S+ *  (✓ pass)"), "green"),
    (regex_cache.compile(r"^    \S+ *  (~ partial)"), "yellow"),
    (regex_cache.compile(r"^    \S+ *  (✗ fail)"), "red"),
    (regex_cache.compile(r"^    \S+ *  . \S+ +(error):"), "bold red"),
    (regex_cache.compile(r"^    \S+ *  . \S+ +(warning):"), "yellow"),
    (regex_cache.compile(r"^    \S+ *  . \S+ +(suggestion):"), "cyan"),
    (regex_cache.compile(r"^    (\S+ *  – ignored)$"), "dim"),
    (regex_cache.compile(r"^    Finding   +(⚑)"), "bold"),
    (regex_cache.compile(r"^    Finding   +⚑ +(error):"), "bold red"),
    (regex_cache.compile(r"^    Finding   +⚑ +(warning):"), "yellow"),
    (regex_cache.compile(r"^    Finding   +⚑ +(suggestion):"), "cyan"),
    (regex_cache.compile(r"^  (Roll-up:) "), "bold"),
    (regex_cache.compile(r"^ +(Fix:) "), "bold"),
    (regex_cache.compile(r"^  (Rewrite:) "), "bold"),
    (regex_cache.compile(r"^  (Rewrite \(model, verified\):) "), "bold"),
    (
        regex_cache.compile(
            r"^ {4,}(Model: (?:pass|partial|fail)\b.*?(?: · )?)(?:decided by the model)?$"
        ),
        "dim",
    ),
    (regex_cache.compile(r"^ {4,}Model: .*(decided by the model)$"), "bold"),
    (regex_cache.compile(r"^  (Model rewrite rejected:) "), "yellow"),
    (regex_cache.compile(r"^    (- .*)$"), "dim yellow"),
    (regex_cache.compile(r"^  (Model: not judged — .*)$"), "yellow"),
)
_REWRITE_PREFIXES = ("  Rewrite: ", "  Rewrite (model, verified): ")
_SUMMARY_STYLES = (
    (r"\b\d+ SMART", "green"),
    (r"\d+ partial", "yellow"),
    (r"\d+ not SMART", "red"),
    (r"\d+ errors?", "bold red"),
    (r"\d+ warnings?", "yellow"),
    (r"\d+ suggestions?", "cyan"),
    (r"\d+ files? could not be read", "bold red"),
)


def render(
    report: CheckReport,
    *,
    fail_on: str = "error",
    color: bool | None = None,
    width: int | None = None,
    quiet: bool = False,
) -> str:
    """Text for a terminal or a log; ``color=None`` decides from stdout and NO_COLOR."""
    if color is None:
        color = wants_color()
    if not color:
        return _plain(report, quiet)
    return _rich(report, width or 100, quiet)


# -- plain -----------------------------------------------------------------------------------


def _plain(report: CheckReport, quiet: bool = False) -> str:
    lines: list[str] = []
    members = members_of(report)
    for goal in shown(report, quiet):
        lines.extend(_plain_goal(goal, members.get(goal.id)))
        lines.append("")
    for error in report.errors:
        lines.append(_error_line(error))
    if report.errors:
        lines.append("")
    if not report.goals and not report.errors:
        lines.extend(["No goals found.", ""])
    lines.append(summary_line(report))
    if usage := usage_line(report):
        lines.append(usage)
    return printable("\n".join(lines) + "\n")


def _header(goal: GoalAssessment) -> str:
    """``path:line  id  [kind  ]LABEL``: the label last, where the colour badge goes."""
    kind = f"{KIND_LABELS[goal.kind]}  " if goal.kind in KIND_LABELS else ""
    return f"{location(goal.source)}  {_one_line(goal.id)}  {kind}{goal_label(goal)}"


def _listed_line(goal: GoalAssessment) -> str:
    """A done or placeholder item on one line: what it is and what marked it."""
    marks = listed_marks(goal)
    return f"  {_one_line(goal.statement)}" + (f"  ({marks})" if marks else "")


_HANG = " " * (4 + _LABEL_WIDTH + 2 + _STATUS_WIDTH + 2)


def _finding_lines(goal: GoalAssessment) -> list[str]:
    """The goal's own findings (outside the five criteria), laid out as criterion misses."""
    lines = []
    for finding in goal.findings:
        if finding.suppressed:
            continue
        issue = finding_issue(goal, finding)
        label, flag = FINDING_LABEL.ljust(_LABEL_WIDTH), _FLAG.ljust(_STATUS_WIDTH)
        lines.append(f"    {label}  {flag}  {_issue_headline(goal, issue)}")
        if found := evidence_text(finding):
            lines.append(f"{_HANG}Found: {found}")
        if issue.fix:
            lines.append(f"{_HANG}Fix: {_one_line(issue.fix)}")
    return lines


def _issue_headline(goal: GoalAssessment, issue: Issue) -> str:
    """``warning: message [rule]``, and the line when it is not the goal's own."""
    at = f" (line {issue.line})" if issue.line not in (None, goal.source.line) else ""
    return f"{issue.severity.value}: {_one_line(issue.message)} [{issue.rule}]{at}"


def _plain_goal(goal: GoalAssessment, members: list[GoalAssessment] | None = None) -> list[str]:
    if not judged(goal):
        return [_header(goal), _listed_line(goal), *_finding_lines(goal)]
    lines = [_header(goal), f"  {_one_line(goal.statement)}"]
    if goal.kind is GoalKind.OBJECTIVE:
        lines.append(f"  Roll-up: {rollup(members or [])}")
    hang = _HANG
    for criterion, result in ordered(goal):
        label = CRITERION_LABELS[criterion].ljust(_LABEL_WIDTH)
        if result.suppressed:
            lines.append(f"    {label}  {_IGNORED}")
            continue
        status = _status_word(result).ljust(_STATUS_WIDTH)
        note = model_note(result)
        if result.status is Status.PASS:
            detail = evidence_text(result) or _one_line(result.message)
            lines.append(f"    {label}  {status}  {detail}".rstrip())
            if note:
                lines.append(f"{hang}{note}")
            continue
        lines.append(f"    {label}  {status}  {_miss_headline(result)}")
        if note:
            lines.append(f"{hang}{note}")
        if found := evidence_text(result):
            lines.append(f"{hang}Found: {found}")
        if result.fix:
            lines.append(f"{hang}Fix: {_one_line(result.fix)}")
    lines.extend(_finding_lines(goal))
    if _shows_rewrite(goal):
        lines.append(f"  {rewrite_label(goal)}: {_one_line(goal.rewrite or '')}")
    if rejected := _rejected(goal):
        first, rest = rejected
        lines.append(f"  Model rewrite rejected: {first}")
        lines.extend(f"    - {issue}" for issue in rest)
    if error := model_error_line(goal):
        lines.append(f"  {error}")
    return lines


def _rejected(goal: GoalAssessment) -> tuple[str, list[str]] | None:
    """The model's failed rewrite, worth showing only where a rewrite is wanted at all."""
    return rejected_rewrite(goal) if goal.verdict is not Verdict.SMART else None


def _miss_headline(result: CriterionResult) -> str:
    parts = [result.severity.value + ":" if result.severity else "", _one_line(result.message)]
    if result.rule:
        parts.append(f"[{result.rule}]")
    return " ".join(p for p in parts if p)


def _error_line(error: FileError) -> str:
    return f"{location(error.path, error.line)}: {_one_line(error.message)}"


def _status_word(result: CriterionResult) -> str:
    return f"{STATUS_SYMBOLS[result.status]} {result.status.value}"


def _shows_rewrite(goal: GoalAssessment) -> bool:
    """A SMART goal's rewrite is noise; so is one that only repeats the statement."""
    rewrite = (goal.rewrite or "").strip()
    return goal.verdict is not Verdict.SMART and bool(rewrite) and rewrite != goal.statement.strip()


def _one_line(text: str) -> str:
    return one_line(text)


# -- rich ------------------------------------------------------------------------------------


def _rich(report: CheckReport, width: int, quiet: bool = False) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=True,
        force_jupyter=False,
        force_interactive=False,
        color_system="256",
        no_color=False,
        width=width,
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,
    )
    tables = len(report.goals) <= TABLE_LIMIT and width >= TABLE_MIN_WIDTH
    draw = _rich_goal if tables else _compact_goal
    members = members_of(report)
    for goal in shown(report, quiet):
        if judged(goal):
            draw(console, goal, members.get(goal.id))
        else:
            _compact_goal(console, goal)
    if report.errors:
        from rich.text import Text

        for error in report.errors:
            console.print(Text("✗ " + _error_line(error), style="red"))
        console.print()
    if not report.goals and not report.errors:
        console.print("No goals found.", style="dim")
    console.print(_summary_text(report), soft_wrap=True)
    if usage := usage_line(report):
        console.print(usage, style="dim", soft_wrap=True)
    return _TRAILING_SPACES.sub("", buffer.getvalue())


def _rich_goal(
    console: Console, goal: GoalAssessment, members: list[GoalAssessment] | None = None
) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    verdict = goal_label(goal)
    kind = f"{KIND_LABELS[goal.kind]}  " if goal.kind in KIND_LABELS else ""
    header = Text.assemble(
        (location(goal.source), "bold cyan"),
        "  ",
        (one_line(goal.id), "dim"),
        "  ",
        (kind, "bold"),
        (f" {verdict} ", _badge_style(goal)),
    )
    console.print(header)
    console.print(_indent(Text(one_line(goal.statement))))
    if goal.kind is GoalKind.OBJECTIVE:
        console.print(_indent(Text.assemble(("Roll-up: ", "bold"), rollup(members or []))))

    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        header_style="dim",
        pad_edge=False,
        width=console.width - 2,
        padding=(0, 1),
        leading=1 if goal.verdict is not Verdict.SMART or _has_model_notes(goal) else 0,
    )
    table.add_column("Criterion", width=_LABEL_WIDTH, no_wrap=True)
    table.add_column("Status", width=_STATUS_WIDTH + 1, no_wrap=True)
    evidence_width = min(22, (console.width - 30) // 3)
    table.add_column("Evidence", width=evidence_width, overflow="fold")
    table.add_column("Notes", ratio=1, overflow="fold")
    for criterion, result in ordered(goal):
        label = CRITERION_LABELS[criterion]
        evidence = Text(evidence_text(result, 44))
        if result.suppressed:
            table.add_row(label, _IGNORED, evidence, _one_line(result.message), style="dim")
            continue
        table.add_row(label, _status_cell(result), evidence, _notes(result))
    for finding in goal.findings:
        if not finding.suppressed:
            issue = finding_issue(goal, finding)
            table.add_row(
                FINDING_LABEL,
                _flag_cell(issue),
                Text(evidence_text(finding, 44)),
                _finding_notes(goal, issue),
            )
    console.print()
    console.print(_indent(table))
    if _shows_rewrite(goal):
        console.print()
        console.print(_indent(_rewrite_text(goal.rewrite or "", rewrite_label(goal))))
    if rejected := _rejected(goal):
        first, rest = rejected
        if not _shows_rewrite(goal):
            console.print()
        console.print(_indent(Text.assemble(("Model rewrite rejected: ", "yellow"), first)))
        for problem in rest:
            console.print(_indent(_indent(Text("- " + problem, style="dim yellow"))))
    if error := model_error_line(goal):
        console.print()
        console.print(_indent(Text(error, style="yellow")))
    console.print()


def _badge_style(goal: GoalAssessment) -> str:
    return _BADGE_STYLE[goal.verdict] if goal.verdict is not None else "bold black on white"


def _has_model_notes(goal: GoalAssessment) -> bool:
    """Rows with the model's view are two lines: they need the blank line between them."""
    return any(r.model_status is not None and not r.suppressed for r in goal.criteria.values())


def _compact_goal(
    console: Console, goal: GoalAssessment, members: list[GoalAssessment] | None = None
) -> None:
    """The plain layout, coloured: what large reports get instead of tables (and what
    done and placeholder items always get)."""
    from rich.text import Text

    lines = [Text(line) for line in _plain_goal(goal, members)]
    for line in lines:
        for pattern, style in _COMPACT_STYLES:
            if match := pattern.match(line.plain):
                line.stylize(style, *match.span(1))
        if line.plain.startswith(_REWRITE_PREFIXES):
            line.highlight_regex(PLACEHOLDER, "bold magenta")
    lines[0].stylize(_badge_style(goal), len(lines[0]) - len(goal_label(goal)))
    console.print(Text("\n").join(lines), soft_wrap=True)
    console.print()


def _indent(renderable: RenderableType) -> Padding:
    from rich.padding import Padding

    return Padding(renderable, (0, 0, 0, 2), expand=False)


def _status_cell(result: CriterionResult) -> Text:
    """Status on the first line, the severity of a miss under it."""
    from rich.text import Text

    cell = Text(_status_word(result), style=_STATUS_STYLE[result.status])
    if result.severity and result.status is not Status.PASS:
        cell.append("\n" + result.severity.value, style=_SEVERITY_STYLE[result.severity.value])
    return cell


def _flag_cell(issue: Issue) -> Text:
    from rich.text import Text

    cell = Text(_FLAG, style="bold")
    cell.append("\n" + issue.severity.value, style=_SEVERITY_STYLE[issue.severity.value])
    return cell


def _finding_notes(goal: GoalAssessment, issue: Issue) -> Text:
    from rich.text import Text

    notes = Text(_one_line(issue.message))
    notes.append(f" [{issue.rule}]", style="dim")
    if issue.line not in (None, goal.source.line):
        notes.append(f" (line {issue.line})", style="dim")
    if issue.fix:
        notes.append("\nFix: ", style="bold")
        notes.append(_one_line(issue.fix))
    return notes


def _notes(result: CriterionResult) -> Text:
    from rich.text import Text

    if result.status is Status.PASS:
        notes = Text(_one_line(result.message), style="dim")
        _append_model_note(notes, result)
        return notes
    notes = Text(_one_line(result.message))
    if result.rule:
        notes.append(f" [{result.rule}]", style="dim")
    _append_model_note(notes, result)
    if result.fix:
        notes.append("\nFix: ", style="bold")
        notes.append(_one_line(result.fix))
    return notes


def _append_model_note(notes: Text, result: CriterionResult) -> None:
    """The model's view on a line of its own, dim; who decided stands out."""
    note = model_note(result)
    if note is None:
        return
    suffix = f" · {DECIDED_BY_MODEL}"
    decided = note.endswith(suffix)
    notes.append("\n" + (note[: -len(suffix)] if decided else note), style="dim")
    if decided:
        notes.append(" · ", style="dim")
        notes.append(DECIDED_BY_MODEL, style="bold")


def _rewrite_text(rewrite: str, label: str = "Rewrite") -> Text:
    from rich.text import Text

    text = Text.assemble((f"{label}: ", "bold"), _one_line(rewrite))
    text.highlight_regex(PLACEHOLDER, "bold magenta")
    return text


def _summary_text(report: CheckReport) -> Text:
    from rich.text import Text

    text = Text(summary_line(report), style="bold")
    for pattern, style in _SUMMARY_STYLES:
        text.highlight_regex(pattern, style)
    return text
