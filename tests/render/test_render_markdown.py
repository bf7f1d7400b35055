"""Markdown for PRs and docs: an overview table, details for goals that are not SMART."""

from __future__ import annotations

from collections.abc import Callable

from briefsmith.models.report import CheckReport
from briefsmith.render import render
from briefsmith.render.markdown import code, escape

MakeReport = Callable[..., CheckReport]


def test_heading_summary_and_table(report: CheckReport) -> None:
    out = render(report, "markdown")
    assert out.startswith("## briefsmith check\n\n**3 goals: 1 SMART, 1 partial, 1 not SMART")
    assert "\n| Goal | S | M | A | R | T | Verdict |\n|---|:-:|:-:|:-:|:-:|:-:|---|\n" in out
    rows = [line for line in out.splitlines() if line.startswith("| [")]
    assert len(rows) == 3
    assert rows[0].startswith("| [goals/q3.md:3](goals/q3.md#L3) `q3-signups`<br>Grow newsletter")
    assert rows[0].endswith("| ✅ | ✅ | ✅ | ✅ | ✅ | ✅ SMART |")
    assert rows[1].endswith("| ⚠️ | ✅ | ➖ | ⚠️ | ✅ | ⚠️ PARTIAL |")
    assert rows[2].endswith("| ❌ | ❌ | ❌ | ❌ | ❌ | ❌ NOT SMART |")


def test_pipes_in_goal_text_do_not_break_the_table(report: CheckReport) -> None:
    out = render(report, "markdown")
    row = next(line for line in out.splitlines() if "brand-recall" in line and line[0] == "|")
    assert "Improve brand awareness \\| recall" in row
    unescaped = row.replace("\\|", "")
    assert unescaped.count("|") == 8  # 7 cells -> 8 separators


def test_newlines_in_cells_become_breaks(report: CheckReport, make_report: MakeReport) -> None:
    goal = report.goals[0].model_copy(update={"statement": "Line one\nline | two"})
    out = render(make_report([goal]), "markdown")
    row = next(line for line in out.splitlines() if line.startswith("| ["))
    assert "Line one line \\| two" in row  # shortened to one line in the table


def test_details_only_for_goals_that_are_not_smart(report: CheckReport) -> None:
    out = render(report, "markdown")
    assert out.count("<details>") == 2 and out.count("</details>") == 2
    assert "q3-signups · " not in out
    assert "<summary>brand-recall · goals/q3.md:9 · PARTIAL</summary>" in out
    assert "<summary>品牌-1 · goals/brand-zh.md:2 · NOT SMART</summary>" in out


def test_misses_list_message_fix_and_evidence(report: CheckReport) -> None:
    out = render(report, "markdown")
    assert (
        "- **Specific** (warning, `specific.abstract-metric`): A number on an abstract object\n"
        "  - Fix: Say how the abstract object is measured (e.g. aided recall in a survey).\n"
        "  - Evidence: `brand awareness`\n"
    ) in out
    assert "- **Time-bound** (error, `time_bound.vague-time`)" in out
    assert "  - Evidence: `尽快`\n" in out
    assert "**Achievable**" not in out.split("品牌-1")[0]  # suppressed: not listed
    assert "'to support \\<business result\\>'" in out


def test_rewrite_placeholders_are_bold_even_next_to_cjk(report: CheckReport) -> None:
    out = render(report, "markdown")
    assert "**Rewrite:** 在<b>\\[截止日期\\]</b>前，将<b>\\[指标\\]</b>从" in out
    assert "from <b>\\[baseline\\]</b> to <b>\\[target\\]</b> by Q4 2026" in out


def test_file_errors_are_listed(report: CheckReport) -> None:
    out = render(report, "markdown")
    assert out.endswith(
        "### Files that could not be read\n\n"
        "- `goals/broken.yaml:4`: invalid YAML: mapping values are not allowed here\n"
    )


def test_escape_and_code_helpers() -> None:
    assert escape("a|b*c_[d]<e>") == "a\\|b\\*c\\_\\[d\\]\\<e\\>"
    assert escape("one\r\ntwo\nthree") == "one<br>two<br>three"
    assert code("x|y") == "`x\\|y`"
    assert code("a`b") == "``a`b``"
    assert code("`tick") == "`` `tick ``"


def test_stdin_goals_are_not_linked() -> None:
    from briefsmith.check import check_goals
    from briefsmith.models import Goal, SourceLocation
    from briefsmith.render import render

    goal = Goal(id="s", statement="Grow MQLs by 10%", source=SourceLocation(path="<stdin>", line=2))
    out = render(check_goals([goal]), "markdown")
    assert "\\<stdin\\>:2" in out
    assert "](%3Cstdin" not in out
