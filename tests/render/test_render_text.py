"""The terminal report: readable plain text when piped, rich colour on a terminal."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from briefsmith.models.report import CheckReport
from briefsmith.render import render
from briefsmith.render.text import wants_color

SUMMARY = (
    "3 goals: 1 SMART, 1 partial, 1 not SMART · 5 errors, 1 warning, 1 suggestion "
    "· 1 file could not be read"
)
MakeReport = Callable[..., CheckReport]
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_plain_has_no_escapes_or_boxes(report: CheckReport) -> None:
    out = render(report, "text", color=False)
    assert "\x1b" not in out
    assert not set(out) & set("─│┃━┏┓└┘├┤┼╭╮╰╯")


def test_plain_contains_goals_statuses_and_summary(report: CheckReport) -> None:
    out = render(report, "text", color=False)
    for goal in report.goals:
        assert goal.statement in out
    assert "goals/q3.md:3  q3-signups  SMART\n" in out
    assert "goals/q3.md:9  brand-recall  PARTIAL\n" in out
    assert "goals/brand-zh.md:2  品牌-1  NOT SMART\n" in out
    assert "    Specific    ✓ pass     newsletter sign-ups\n" in out
    assert "    Achievable  – ignored\n" in out
    assert (
        "    Specific    ~ partial  warning: A number on an abstract object "
        "[specific.abstract-metric]\n"
    ) in out
    assert "    Time-bound  ✗ fail     error: Only a vague time reference" in out
    assert "Found: 尽快\n" in out
    assert "Fix: Replace it with a date or a bounded window.\n" in out
    assert "  Rewrite: 在[截止日期]前，将[指标]从[基线]提升到[目标]，以支持[业务结果]。\n" in out
    assert "goals/broken.yaml:4: invalid YAML: mapping values are not allowed here\n" in out
    assert out.endswith(SUMMARY + "\n")


def test_plain_continuation_lines_align_under_the_notes(report: CheckReport) -> None:
    lines = render(report, "text", color=False).splitlines()
    headline = next(line for line in lines if "[specific.vague]" in line)
    fix = lines[lines.index(headline) + 2]
    assert fix.lstrip().startswith("Fix: ")
    assert len(fix) - len(fix.lstrip()) == headline.index("error:")


def test_smart_goal_has_no_rewrite_line(report: CheckReport, make_report: MakeReport) -> None:
    out = render(make_report([report.goals[0]]), "text", color=False)
    assert "Rewrite" not in out
    assert out.endswith("1 goal: 1 SMART, 0 partial, 0 not SMART · no findings\n")


def test_empty_report(make_report: MakeReport) -> None:
    out = render(make_report([]), "text", color=False)
    assert out == "No goals found.\n\n0 goals: 0 SMART, 0 partial, 0 not SMART · no findings\n"


def test_color_uses_ansi_and_keeps_the_content(report: CheckReport) -> None:
    out = render(report, "text", color=True)
    assert "\x1b[" in out
    plain = ANSI.sub("", out)
    assert "┃" not in plain  # a light table, not a heavy box
    assert "Criterion" in plain and "Evidence" in plain
    assert "✗ fail" in plain and "~ partial" in plain and "✓ pass" in plain
    assert "– ignored" in plain
    assert " NOT SMART " in plain
    assert "提升品牌影响力，尽快做好社交媒体。" in plain
    assert plain.rstrip("\n").endswith(SUMMARY)  # never wrapped
    assert "[截止日期]" in plain  # brackets are text, not rich markup


def test_color_highlights_placeholders(report: CheckReport) -> None:
    out = render(report, "text", color=True)
    assert re.search(r"\x1b\[[0-9;]*35m\[截止日期\]\x1b\[0m", out)
    assert re.search(r"\x1b\[[0-9;]*35m\[baseline\]\x1b\[0m", out)


def test_color_respects_width(report: CheckReport) -> None:
    for width in (72, 100, 140):
        plain = ANSI.sub("", render(report, "text", color=True, width=width))
        summary_dropped = plain.splitlines()[:-1]
        assert max(len(line) for line in summary_dropped) <= width
    assert max(map(len, plain.splitlines()[:-1])) > 100
    narrow = ANSI.sub("", render(report, "text", color=True, width=50))
    assert "Criterion" not in narrow  # too narrow for a table: the compact layout
    assert "    Specific    ~ partial  warning: A number on an abstract object" in narrow


def test_color_forced_even_when_no_color_is_set(
    report: CheckReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    assert "\x1b[" in render(report, "text", color=True)


def test_color_auto_detection(report: CheckReport, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    assert wants_color() is False
    assert "\x1b" not in render(report, "text")
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert wants_color() is True
    monkeypatch.setattr("sys.stdout.isatty", lambda: False)
    assert wants_color() is False
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert wants_color() is True


def test_large_reports_use_the_compact_coloured_layout(
    report: CheckReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("briefsmith.render.text.TABLE_LIMIT", 2)
    out = render(report, "text", color=True)
    plain = ANSI.sub("", out)
    assert "Criterion" not in plain and "─" not in plain  # no tables
    assert plain == render(report, "text", color=False).replace(
        "goals/broken.yaml:4:", "✗ goals/broken.yaml:4:"
    )
    assert "\x1b[31m✗ fail\x1b[0m" in out
    assert re.search(r"\x1b\[[0-9;]*35m\[baseline\]\x1b\[0m", out)
