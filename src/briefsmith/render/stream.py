"""Reports written a part at a time, so a run of 100,000 goals never holds its whole report.

A streamed report is a head, the parts (the goals of one file, or a run of a large
file's goals that keeps every objective with its key results), and a tail. Each part is
rendered on its own — in a worker process, when there are several — from its goals
alone; what the head and tail need from the whole run (the summary, the reference date,
the unreadable files, a SARIF rule no catalog lists) is counted per part in a
:class:`PartStats` and added up in order. The text is byte for byte what the one-shot
renderers in this package write for the same run (tests compare them), except that an
objective's key results are looked up in its own file.

Formats: text without colour, json, sarif, concise, github, rdjson. Markdown, JUnit,
coloured text and ``--statistics`` lay out the whole run at once and are rendered
one-shot.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from briefsmith.models.goal import GoalStatus
from briefsmith.models.report import (
    CheckReport,
    FileError,
    GoalAssessment,
    Severity,
    Status,
    Summary,
    Verdict,
)
from briefsmith.render.common import (
    fails,
    issues,
    members_of,
    report_issues,
    shown,
    summary_line,
)
from briefsmith.render.safe import one_line, printable

STREAMED = ("text", "json", "sarif", "concise", "github", "rdjson")

UNKNOWN_RULE = "\x00"
"""Marks a SARIF rule index the part cannot know (a rule the catalog lacks): JSON text
never holds a raw NUL, so ``\\x00rule-id\\x00`` is replaced safely once the run is over."""


@dataclass
class PartStats:
    """What the head and tail of a report need from one part."""

    goals: int = 0
    verdicts: Counter[Verdict] = field(default_factory=Counter)
    statuses: Counter[GoalStatus] = field(default_factory=Counter)
    severities: Counter[Severity] = field(default_factory=Counter)
    passing: Counter[str] = field(default_factory=Counter)
    failing: bool = False
    unknown_rules: list[str] = field(default_factory=list)

    def add(self, other: PartStats) -> None:
        """Add a later part's counts (dict order stays first-seen, as in the one-shot)."""
        self.goals += other.goals
        self.verdicts.update(other.verdicts)
        self.statuses.update(other.statuses)
        self.severities.update(other.severities)
        self.passing.update(other.passing)
        self.failing = self.failing or other.failing
        for rule in other.unknown_rules:
            if rule not in self.unknown_rules:
                self.unknown_rules.append(rule)

    def summary(self, errors: int) -> Summary:
        """The report's summary, as ``check.summarise`` makes it."""
        return Summary(
            goals=self.goals - self.verdicts[None],  # type: ignore[index]
            done=self.statuses[GoalStatus.DONE],
            placeholders=self.statuses[GoalStatus.PLACEHOLDER],
            smart=self.verdicts[Verdict.SMART],
            partial=self.verdicts[Verdict.PARTIAL],
            not_smart=self.verdicts[Verdict.NOT_SMART],
            errors=errors,
            by_severity=dict(self.severities),
            passing_by_criterion=dict(self.passing),
        )


def part_stats(goals: list[GoalAssessment], fail_on: str) -> PartStats:
    stats = PartStats(goals=len(goals))
    for goal in goals:
        stats.verdicts[goal.verdict] += 1  # type: ignore[index]
        stats.statuses[goal.status] += 1
        for criterion, result in goal.criteria.items():
            if result.status is Status.PASS:
                stats.passing[criterion] += 1
            elif result.severity and not result.suppressed:
                stats.severities[result.severity] += 1
        for finding in goal.findings:
            if not finding.suppressed:
                stats.severities[finding.severity] += 1
        if not stats.failing:
            stats.failing = any(fails(issue.severity, fail_on) for issue in issues(goal))
    return stats


@dataclass(frozen=True)
class Run:
    """What is known of the whole run when its head and tail are written."""

    today: str
    summary: Summary
    errors: list[FileError]
    unknown_rules: list[str]
    goals: int
    """Every item assessed, judged or listed."""

    def report(self) -> CheckReport:
        """An empty report with this run's summary, for the one-shot helpers' wording."""
        return CheckReport(today=self.today, goals=[], errors=self.errors, summary=self.summary)


class Writer:
    """One format: ``part`` renders goals (anywhere); ``head``/``tail`` frame them.

    Non-empty parts are written in order, the first after ``first`` and the others
    after ``sep``; ``head`` needs the whole run when ``needs_run`` (it is then written
    last, before the spilled parts).
    """

    first = ""
    sep = ""
    needs_run = False
    needs_only_today = False
    """``head`` needs the run's reference date and nothing else (JSON)."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet

    def head(self, run: Run | None, today: str | None = None) -> str:
        return ""

    def part(self, goals: list[GoalAssessment]) -> tuple[str, list[str]]:
        """The part's text and the SARIF rule ids it could not index (others: [])."""
        raise NotImplementedError

    def errors(self, errors: list[FileError]) -> str:
        """The unreadable inputs, written as the last part (formats that list them so)."""
        return ""

    def tail(self, run: Run, any_part: bool) -> str:
        raise NotImplementedError


def _indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return pad + text.replace("\n", "\n" + pad)


def _dumps(data: Any, spaces: int) -> str:
    return _indent(json.dumps(data, indent=2, ensure_ascii=False), spaces)


# -- json -------------------------------------------------------------------------------------


class JsonWriter(Writer):
    """``CheckReport.model_dump_json(indent=2)``, goal by goal."""

    first = "\n"
    sep = ",\n"

    def __init__(self, *, quiet: bool = False, today: str | None = None) -> None:
        super().__init__(quiet=quiet)
        self.today = today
        self.needs_run = self.needs_only_today = today is None

    def head(self, run: Run | None, today: str | None = None) -> str:
        today = today or (run.today if run is not None else self.today)
        return (
            '{\n  "version": 2,\n  "engine": "rules",\n'
            f'  "today": {json.dumps(today, ensure_ascii=False)},\n  "goals": ['
        )

    def part(self, goals: list[GoalAssessment]) -> tuple[str, list[str]]:
        return ",\n".join(_indent(g.model_dump_json(indent=2), 4) for g in goals), []

    def tail(self, run: Run, any_part: bool) -> str:
        errors = ",\n".join(_indent(e.model_dump_json(indent=2), 4) for e in run.errors)
        return (
            ("\n  ]" if any_part else "]")
            + ',\n  "errors": '
            + (f"[\n{errors}\n  ]" if errors else "[]")
            + ',\n  "summary": '
            + _indent(run.summary.model_dump_json(indent=2), 2).lstrip()
            + ',\n  "usage": null\n}\n'
        )


# -- sarif ------------------------------------------------------------------------------------


class SarifWriter(Writer):
    """``render.sarif`` for a rules run, result by result."""

    first = "\n"
    sep = ",\n"
    needs_run = True  # the tool's rules come first, and a rule no catalog lists joins them

    def __init__(self, *, quiet: bool = False) -> None:
        super().__init__(quiet=quiet)
        from briefsmith.render import sarif

        self._sarif = sarif
        self._log = sarif._log(CheckReport(today=""))
        self._index = {rule.id: i for i, rule in enumerate(self._log.rules)}

    def head(self, run: Run | None, today: str | None = None) -> str:
        from briefsmith.render.sarif_writer import SCHEMA_URI, descriptor, tool

        assert run is not None
        rules = [descriptor(rule) for rule in self._log.rules]
        rules += [descriptor(self._log.unknown(rule)) for rule in run.unknown_rules]
        return (
            "{\n"
            f'  "$schema": {json.dumps(SCHEMA_URI)},\n'
            '  "version": "2.1.0",\n'
            '  "runs": [\n'
            "    {\n"
            f'      "tool": {_dumps(tool(rules), 6).lstrip()},\n'
            '      "results": ['
        )

    def _results(self, results: list[Any]) -> tuple[str, list[str]]:
        from briefsmith.render.sarif_writer import _result

        out: list[str] = []
        unknown: list[str] = []
        for result in results:
            index = self._index.get(result.rule_id)
            data = {**_result(result), "ruleIndex": index if index is not None else -1}
            text = _dumps(data, 8)
            if index is None:
                if result.rule_id not in unknown:
                    unknown.append(result.rule_id)
                text = text.replace('"ruleIndex": -1', f'"ruleIndex": {_marker(result.rule_id)}')
            out.append(text)
        return ",\n".join(out), unknown

    def part(self, goals: list[GoalAssessment]) -> tuple[str, list[str]]:
        sarif = self._sarif
        return self._results([sarif._result(g, issue) for g in goals for issue in issues(g)])

    def errors(self, errors: list[FileError]) -> str:
        return self._results([self._sarif._error_result(e) for e in errors])[0]

    def tail(self, run: Run, any_part: bool) -> str:
        return ("\n      ]" if any_part else "]") + "\n    }\n  ]\n}\n"


def _marker(rule_id: str) -> str:
    return f"{UNKNOWN_RULE}{rule_id}{UNKNOWN_RULE}"


def resolve_markers(text: str, run: Run, known: int) -> str:
    """Replace the unknown-rule markers with their index after the catalog's ``known``."""
    for offset, rule in enumerate(run.unknown_rules):
        text = text.replace(_marker(rule), str(known + offset))
    return text


# -- text, concise, github, rdjson --------------------------------------------------------------


class TextWriter(Writer):
    """The plain text report (``render.text`` without colour)."""

    def part(self, goals: list[GoalAssessment]) -> tuple[str, list[str]]:
        from briefsmith.render.text import _plain_goal

        report = CheckReport(today="", goals=goals)
        members = members_of(report)
        lines: list[str] = []
        for goal in shown(report, self.quiet):
            lines.extend(_plain_goal(goal, members.get(goal.id)))
            lines.append("")
        return (printable("\n".join(lines) + "\n") if lines else ""), []

    def tail(self, run: Run, any_part: bool) -> str:
        from briefsmith.render.text import _error_line

        lines = [_error_line(error) for error in run.errors]
        if run.errors:
            lines.append("")
        if not run.goals and not run.errors:
            lines.extend(["No goals found.", ""])
        lines.append(summary_line(run.report()))
        return printable("\n".join(lines) + "\n")


class ConciseWriter(Writer):
    """One line per finding (``render.concise``)."""

    def part(self, goals: list[GoalAssessment]) -> tuple[str, list[str]]:
        from briefsmith.render.concise import issue_line

        report = CheckReport(today="", goals=goals)
        lines = [issue_line(goal, issue) for goal, issue in report_issues(report)]
        return (printable("\n".join(lines) + "\n") if lines else ""), []

    def tail(self, run: Run, any_part: bool) -> str:
        from briefsmith.render.concise import error_line

        lines = [error_line(error) for error in run.errors]
        lines.append(summary_line(run.report()))
        return printable("\n".join(lines) + "\n")


class GithubWriter(Writer):
    """GitHub workflow commands (``render.github``)."""

    def part(self, goals: list[GoalAssessment]) -> tuple[str, list[str]]:
        from briefsmith.render.github import issue_command

        report = CheckReport(today="", goals=goals)
        lines = [issue_command(goal, issue) for goal, issue in report_issues(report)]
        return ("\n".join(lines) + "\n" if lines else ""), []

    def tail(self, run: Run, any_part: bool) -> str:
        from briefsmith.render.github import error_command

        lines = [error_command(error) for error in run.errors]
        lines.append(summary_line(run.report()))
        return "\n".join(lines) + "\n"


class RdjsonWriter(Writer):
    """reviewdog's diagnostics (``render.rdjson``)."""

    first = "\n"
    sep = ",\n"

    def head(self, run: Run | None, today: str | None = None) -> str:
        from briefsmith.render.sarif import information_uri

        source = {"name": "briefsmith", "url": information_uri()}
        return '{\n  "source": ' + _dumps(source, 2).lstrip() + ',\n  "diagnostics": ['

    def part(self, goals: list[GoalAssessment]) -> tuple[str, list[str]]:
        from briefsmith.render.rdjson import _SEVERITIES, _diagnostic

        out = []
        for goal, issue in report_issues(CheckReport(today="", goals=goals)):
            message = one_line(issue.message)
            if issue.criterion is not None:
                message = f"{issue.label}: {message}"
            if issue.fix:
                message += f" Fix: {one_line(issue.fix)}"
            diagnostic = _diagnostic(
                message, goal.source.path, issue.line, _SEVERITIES[issue.severity], issue.rule
            )
            out.append(_dumps(diagnostic, 4))
        return ",\n".join(out), []

    def errors(self, errors: list[FileError]) -> str:
        from briefsmith.render.rdjson import _diagnostic

        return ",\n".join(
            _dumps(_diagnostic(one_line(e.message), e.path, e.line, "ERROR", "input-error"), 4)
            for e in errors
        )

    def tail(self, run: Run, any_part: bool) -> str:
        return ("\n  ]" if any_part else "]") + "\n}\n"


def writer(fmt: str, *, quiet: bool = False, today: str | None = None) -> Writer:
    """The streaming writer of ``fmt`` (one of ``STREAMED``)."""
    if fmt == "json":
        return JsonWriter(quiet=quiet, today=today)
    writers: dict[str, type[Writer]] = {
        "text": TextWriter,
        "sarif": SarifWriter,
        "concise": ConciseWriter,
        "github": GithubWriter,
        "rdjson": RdjsonWriter,
    }
    return writers[fmt](quiet=quiet)
