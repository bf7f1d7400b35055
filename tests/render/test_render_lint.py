"""The linter-shaped outputs: concise lines, GitHub annotations, reviewdog's rdjson,
--statistics and --quiet."""

from __future__ import annotations

import json
import re

from briefsmith.models.report import CheckReport
from briefsmith.render import render
from briefsmith.render.github import command

from .test_render_okr import okr_report

CONCISE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>\w+) (?P<rule>\S+) (?P<msg>.+)$"
)


def test_concise_is_one_line_per_finding_then_the_summary(report: CheckReport) -> None:
    lines = render(report, "concise").splitlines()
    *findings, summary = lines
    parsed = [CONCISE.match(line) for line in findings]
    assert all(parsed), findings
    counted = sum(report.summary.by_severity.values()) + report.summary.errors
    assert len(findings) == counted
    first = parsed[0]
    assert first is not None
    assert (first["path"], first["line"], first["col"]) == ("goals/q3.md", "9", "1")
    assert any(m and m["rule"] == "input-error" and m["line"] == "4" for m in parsed)
    assert any(
        m and m["rule"] == "specific.vague" and m["msg"].startswith("Specific: ") for m in parsed
    )
    assert summary == render(report, "text", color=False).splitlines()[-1]


def test_concise_and_github_include_goal_level_findings() -> None:
    report = okr_report()
    concise = render(report, "concise")
    assert "okr.md:8:1: warning placeholder.unfilled A placeholder, not a goal: 'TBD'\n" in concise
    assert "okr.md:3:1: warning objective.too-few-key-results" in concise
    assert "key_result.is-initiative" not in concise  # suppressed
    github = render(report, "github")
    assert "::warning file=okr.md,line=8,title=placeholder.unfilled::A placeholder" in github


def test_github_annotations(report: CheckReport) -> None:
    lines = render(report, "github").splitlines()
    kinds = {line.split(" ", 1)[0] for line in lines[:-1]}
    assert kinds == {"::error", "::warning", "::notice"}
    zh = next(line for line in lines if "title=specific.vague" in line)
    assert zh.startswith("::error file=goals/brand-zh.md,line=2,title=specific.vague::Specific: ")
    assert "::error file=goals/broken.yaml,line=4,title=input-error::invalid YAML" in lines[-2]


def test_github_escapes_data_and_properties() -> None:
    line = command("error", "50% done\nnext", "a,b:c.md", 3, "x")
    assert line == "::error file=a%2Cb%3Ac.md,line=3,title=x::50%25 done%0Anext"


def test_rdjson_is_reviewdogs_diagnostic_format(report: CheckReport) -> None:
    data = json.loads(render(report, "rdjson"))
    assert data["source"]["name"] == "briefsmith"
    diagnostics = data["diagnostics"]
    counted = sum(report.summary.by_severity.values()) + report.summary.errors
    assert len(diagnostics) == counted
    assert {d["severity"] for d in diagnostics} == {"ERROR", "WARNING", "INFO"}
    first = diagnostics[0]
    assert first["location"] == {
        "path": "goals/q3.md",
        "range": {"start": {"line": 9, "column": 1}},
    }
    assert first["code"]["value"] == "specific.abstract-metric"


def test_statistics_counts_per_rule(report: CheckReport) -> None:
    out = render(report, "text", statistics=True)
    lines = out.splitlines()
    assert lines[-1].startswith("8 findings · 3 goals:")
    row = next(line for line in lines if " specific.vague " in line)
    assert re.match(r"^1  error +specific\.vague +Only a vague direction", row)
    assert any("input-error" in line for line in lines)
    okr = render(okr_report(), "markdown", statistics=True)  # any format: the same table
    assert "placeholder.unfilled" in okr and "objective.too-few-key-results" in okr


def test_statistics_collapse_repeated_findings(report: CheckReport, make_report) -> None:  # type: ignore[no-untyped-def]
    zh = report.goals[2]
    many = make_report([zh.model_copy(update={"id": f"g{i}"}) for i in range(200)])
    out = render(many, "text", statistics=True)
    assert len(out.splitlines()) == 6  # five rules and the total
    assert out.startswith("200  error ")


def test_quiet_leaves_out_goals_without_findings(report: CheckReport) -> None:
    loud = render(report, "text", color=False)
    quiet = render(report, "text", color=False, quiet=True)
    assert "q3-signups" in loud and "q3-signups" not in quiet
    assert "brand-recall" in quiet and quiet.splitlines()[-1] == loud.splitlines()[-1]
    markdown = render(report, "markdown", quiet=True)
    assert "q3-signups" not in markdown and "brand-recall" in markdown
    coloured = render(report, "text", color=True, quiet=True)
    assert "q3-signups" not in coloured
