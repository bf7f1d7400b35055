"""No control characters from input or model text reach human-facing output (issue #12).

A hostile report — escape sequences in the statement, id, file name, messages, evidence,
rewrite, the model's reasons and errors, a file error — is rendered in every format; the
output may carry newlines and, on a colour terminal, only the colours briefsmith drew.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from briefsmith.models.feedback import FeedbackSummary, Problem, Quote, Theme
from briefsmith.models.goal import Criterion, SourceLocation
from briefsmith.models.report import (
    CheckReport,
    CriterionResult,
    Evidence,
    FileError,
    GoalAssessment,
    Severity,
    Status,
    Usage,
)
from briefsmith.render import FORMATS, render
from briefsmith.render.feedback import render_feedback
from briefsmith.render.safe import REPLACEMENT, one_line, printable

from .conftest import TODAY

HOSTILE = [
    "\x1b[31m",  # CSI colour
    "\x1b]0;pwned\x07",  # OSC window title
    "\x1b]8;;http://evil.example/\x1b\\",  # OSC 8 hyperlink
    "\x1bc",  # reset the terminal
    "\r",  # overwrite the line
    "\x9b2J",  # 8-bit CSI: erase the screen
    "\x07\x08\x00\x7f",
    "\u202e",  # right-to-left override
]
BAD = "".join(HOSTILE)
SGR = re.compile(r"\x1b\[[0-9;]*m")
"""The colours (Select Graphic Rendition) the rich layout draws itself."""
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def bad(text: str) -> str:
    return f"{text} {BAD}end"


def hostile_report(goals: int = 1) -> CheckReport:
    statement = bad("Grow sign-ups by 20%")
    evidence = Evidence(kind="number", text=bad("20%"), start=0, end=3)
    miss = CriterionResult(
        status=Status.FAIL,
        rule="time_bound.no-deadline",
        severity=Severity.ERROR,
        evidence=[evidence],
        message=bad("No deadline"),
        fix=bad("Add a date"),
        model_status=Status.FAIL,
        model_reason=bad("the model says"),
    )
    passed = CriterionResult(status=Status.PASS, evidence=[evidence], message=bad("fine"))
    criteria = dict.fromkeys(Criterion, passed) | {Criterion.TIME_BOUND: miss}
    assessments = [
        GoalAssessment(
            id=bad(f"g{i}"),
            statement=statement,
            source=SourceLocation(path=bad("goals/q3") + ".md", line=3),
            lang="en",
            criteria=criteria,
            verdict="partial",
            rewrite=bad("Grow sign-ups by [date]"),
            rewrite_issues=[bad("model rewrite: 'x'"), bad("still bad")],
            model_error=bad("model failed"),
        )
        for i in range(goals)
    ]
    return CheckReport(
        today=TODAY.isoformat(),
        goals=assessments,
        errors=[FileError(path=bad("broken") + ".yaml", line=2, message=bad("invalid YAML"))],
        usage=Usage(model=bad("model-name")),
    )


def assert_clean(out: str, *, colours: bool = False) -> None:
    text = SGR.sub("", out) if colours else out
    assert CONTROL.search(text) is None, repr(CONTROL.findall(text))
    assert "pwned" not in out and "evil.example" not in out
    assert "\x1b" not in text


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "json"])
def test_no_format_passes_control_characters(fmt: str) -> None:
    out = render(hostile_report(), fmt, color=False)
    if fmt == "sarif":
        messages = [r["message"]["text"] for r in json.loads(out)["runs"][0]["results"]]
        out = "\n".join(messages)
    if fmt == "junit":
        ET.fromstring(out)  # still well-formed XML
    assert_clean(out)
    assert REPLACEMENT in out


@pytest.mark.parametrize("goals", [1, 120])  # tables, and the compact layout for big reports
def test_colour_terminal_shows_only_briefsmiths_colours(goals: int) -> None:
    out = render(hostile_report(goals), "text", color=True)
    assert SGR.search(out)
    assert_clean(out, colours=True)


def test_json_stays_a_faithful_dump() -> None:
    report = hostile_report()
    out = render(report, "json")
    assert CheckReport.model_validate_json(out).goals[0].statement == report.goals[0].statement


def test_feedback_renderers_are_clean() -> None:
    summary = FeedbackSummary(
        lang="en",
        items=1,
        themes=[
            Theme(
                label=bad("theme"),
                description=bad("d"),
                item_ids=["F1"],
                count=1,
                sentiment="mixed",
            )
        ],
        quotes=[Quote(item_id="F1", text=bad("quote"))],
        problems=[Problem(rule=bad("feedback.x"), message=bad("msg"))],
        notes=[bad("note")],
    )
    for fmt in ("text", "markdown", "html"):
        assert_clean(render_feedback(summary, fmt, color=False))
    assert_clean(render_feedback(summary, "text", color=True), colours=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\x1b[31mred\x1b[0m", "a\ufffdred\ufffd"),
        ("x\x1b]0;title\x07y", "x\ufffdy"),
        ("\x1bc", "\ufffd"),
        ("over\rwrite", "over\ufffdwrite"),
        ("keep  two spaces\tand a tab\nand a line", "keep  two spaces\tand a tab\nand a line"),
        ("中文 и русский", "中文 и русский"),
    ],
)
def test_printable(text: str, expected: str) -> None:
    assert printable(text) == expected


def test_one_line_flattens() -> None:
    assert one_line(" a\n\tb \x1b[1m c ") == "a b \ufffd c"
    assert printable("a\nb\tc", newlines=False) == "a b c"


def test_cli_error_lines_are_clean() -> None:
    from typer.testing import CliRunner

    from briefsmith.cli.app import app

    name = "missing" + BAD.replace("\x00", "") + ".md"  # a NUL cannot be in a path at all
    result = CliRunner().invoke(app, ["check", name, "-f", "json"])
    assert result.exit_code == 2
    assert_clean(result.stderr)
