"""``briefsmith check``: formats, --output, exit codes, dates, languages, stdin, config."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import Result

from briefsmith.models.goal import Criterion, Lang
from briefsmith.models.report import Severity, Status, Verdict

from .conftest import (
    NO_DEADLINE_GOAL,
    NO_PURPOSE_GOAL,
    SMART_GOAL,
    TODAY,
    VAGUE_GOAL,
    WARNING_ONLY_GOAL,
    Invoke,
    WriteGoals,
    report_of,
)

# --- formats ----------------------------------------------------------------------------


def test_text_is_the_default_format(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL, VAGUE_GOAL])
    result = invoke("check", str(path), "--today", TODAY)
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "Publish 8 partner webinars" in out
    assert "SMART" in out
    assert "NOT SMART" in out
    assert "[specific.vague]" in out
    assert out.rstrip().splitlines()[-1].startswith("2 goals: 1 SMART, 0 partial, 1 not SMART")
    assert "\x1b[" not in out, "no colour when stdout is not a terminal"
    assert result.stderr == ""


def test_json_parses_into_the_report_model(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL, WARNING_ONLY_GOAL])
    result = invoke("check", str(path), "--format", "json", "--today", TODAY)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["version"] == 2
    assert data["today"] == TODAY
    report = report_of(result)
    assert [g.verdict for g in report.goals] == [Verdict.SMART, Verdict.PARTIAL]
    assert report.goals[0].statement.startswith("Publish 8 partner webinars")
    assert report.goals[0].source.path == str(path)
    assert report.goals[0].source.line == 1
    recurrence = report.goals[1].criteria[Criterion.TIME_BOUND]
    assert recurrence.rule == "time_bound.unbounded-recurrence"
    assert recurrence.severity is Severity.WARNING
    assert report.summary.goals == 2
    assert report.summary.by_severity == {Severity.WARNING: 1}


def test_markdown_format(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL, NO_DEADLINE_GOAL])
    result = invoke("check", str(path), "-f", "markdown", "--today", TODAY)
    assert result.exit_code == 1
    out = result.stdout
    assert out.startswith("## briefsmith check")
    assert "| Goal | S | M | A | R | T | Verdict |" in out
    assert "`time_bound.no-deadline`" in out
    assert "<details>" in out


def test_sarif_format(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL, NO_DEADLINE_GOAL])
    result = invoke("check", str(path), "-f", "sarif", "--today", TODAY)
    assert result.exit_code == 1
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0"
    [run] = sarif["runs"]
    assert run["tool"]["driver"]["name"] == "briefsmith"
    rule_ids = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert "time_bound.no-deadline" in rule_ids
    flagged = [r for r in run["results"] if r["ruleId"] == "time_bound.no-deadline"]
    assert len(flagged) == 1
    assert flagged[0]["level"] == "error"


def test_junit_format(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL, NO_DEADLINE_GOAL])
    result = invoke("check", str(path), "-f", "junit", "--today", TODAY)
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.tag == "testsuites"
    assert root.get("tests") == "2"
    assert root.get("failures") == "1"
    cases = root.findall(".//testcase")
    assert len(cases) == 2
    assert cases[0].find("failure") is None
    failure = cases[1].find("failure")
    assert failure is not None
    assert "time_bound.no-deadline" in (failure.text or "")


def test_junit_follows_fail_on(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[WARNING_ONLY_GOAL])
    strict = invoke("check", str(path), "-f", "junit", "--fail-on", "warning", "--today", TODAY)
    lenient = invoke("check", str(path), "-f", "junit", "--fail-on", "error", "--today", TODAY)
    assert ET.fromstring(strict.stdout.encode()).get("failures") == "1"
    assert ET.fromstring(lenient.stdout.encode()).get("failures") == "0"


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "sarif", "junit"])
def test_output_writes_the_file_and_nothing_to_stdout(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path, fmt: str
) -> None:
    path = write_goals(goals=[SMART_GOAL])
    target = tmp_path / "reports" / f"report.{fmt}"
    result = invoke("check", str(path), "-f", fmt, "-o", str(target), "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    written = target.read_text(encoding="utf-8")
    assert written.endswith("\n")
    assert "\x1b[" not in written
    if fmt == "json":
        assert json.loads(written)["summary"]["smart"] == 1
    elif fmt == "sarif":
        assert json.loads(written)["version"] == "2.1.0"
    elif fmt == "junit":
        assert ET.fromstring(written.encode()).get("tests") == "1"
    else:
        assert "Publish 8 partner webinars" in written


def test_output_to_a_directory_is_an_error(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path
) -> None:
    path = write_goals(goals=[SMART_GOAL])
    (tmp_path / "out").mkdir()
    result = invoke("check", str(path), "-f", "json", "-o", "out", "--today", TODAY)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("briefsmith: error: out: cannot write")


def test_color_flag_forces_escapes(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL])
    coloured = invoke("check", str(path), "--color", "--today", TODAY)
    plain = invoke("check", str(path), "--no-color", "--today", TODAY)
    assert "\x1b[" in coloured.stdout
    assert "\x1b[" not in plain.stdout


# --- exit codes ---------------------------------------------------------------------------


def test_exit_0_when_every_goal_is_smart(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL])
    result = invoke("check", str(path), "--fail-on", "warning", "--today", TODAY)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("fail_on", "warnings_only", "with_errors"),
    [("error", 0, 1), ("warning", 1, 1), ("never", 0, 0)],
)
def test_fail_on(
    invoke: Invoke,
    write_goals: WriteGoals,
    fail_on: str,
    warnings_only: int,
    with_errors: int,
) -> None:
    warn = write_goals("warn.md", [WARNING_ONLY_GOAL])
    err = write_goals("err.md", [NO_DEADLINE_GOAL])
    assert invoke("check", str(warn), "--fail-on", fail_on, "--today", TODAY).exit_code == (
        warnings_only
    )
    assert invoke("check", str(err), "--fail-on", fail_on, "--today", TODAY).exit_code == (
        with_errors
    )


def test_fail_on_defaults_to_error(invoke: Invoke, write_goals: WriteGoals) -> None:
    warn = write_goals("warn.md", [WARNING_ONLY_GOAL])
    err = write_goals("err.md", [NO_DEADLINE_GOAL])
    assert invoke("check", str(warn), "--today", TODAY).exit_code == 0
    assert invoke("check", str(err), "--today", TODAY).exit_code == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--today", "2027-02-30"], "YYYY-MM-DD"),
        (["--today", "next week"], "YYYY-MM-DD"),
        (["--format", "yaml"], "yaml"),
        (["--fail-on", "sometimes"], "sometimes"),
        (["--lang", "fr"], "fr"),
        (["--jobs", "0"], "--jobs"),
        (["-j", "many"], "--jobs"),
    ],
)
def test_usage_errors_exit_2(
    invoke: Invoke, write_goals: WriteGoals, args: list[str], message: str
) -> None:
    path = write_goals(goals=[SMART_GOAL])
    result = invoke("check", str(path), *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "concise"])
def test_jobs_do_not_change_the_report(
    invoke: Invoke, write_goals: WriteGoals, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefsmith import streaming

    monkeypatch.setattr(streaming, "PARALLEL_MIN_BYTES", 0)  # a pool even for small files
    monkeypatch.setattr(streaming, "PART_GOALS", 1)
    first = write_goals("a.md", goals=[SMART_GOAL, NO_DEADLINE_GOAL])
    second = write_goals("b.md", goals=[NO_DEADLINE_GOAL, SMART_GOAL, "Work more with sales"])
    args = ["check", str(first), str(second), "-f", fmt, "--today", TODAY]
    one = invoke(*args, "--jobs", "1")
    two = invoke(*args, "-j", "2")
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout and "b.md" in one.stdout
    assert one.stderr == two.stderr == ""


def test_no_paths_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("check")
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr


def _bad_input(tmp_path: Path, kind: str) -> tuple[str, str]:
    """Create a bad input of ``kind``; return its path and a fragment of its error."""
    if kind == "missing":
        return "nowhere.md", "no such file"
    if kind == "empty":
        (tmp_path / "empty.md").write_text("", encoding="utf-8")
        return "empty.md", "empty"
    if kind == "directory":
        (tmp_path / "drafts").mkdir()
        return "drafts", "directory"
    if kind == "extension":
        (tmp_path / "goals.pptx").write_text("- Publish 4 case studies\n", encoding="utf-8")
        return "goals.pptx", "unsupported file type"
    (tmp_path / "broken.json").write_text('[{"goal": "Book 30 demos"', encoding="utf-8")
    return "broken.json", "invalid JSON"


BAD_INPUTS = ["missing", "empty", "directory", "extension", "json"]


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_input_errors_exit_2_with_one_line(invoke: Invoke, tmp_path: Path, kind: str) -> None:
    name, fragment = _bad_input(tmp_path, kind)
    result = invoke("check", name, "-f", "json", "--today", TODAY)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"briefsmith: error: {name}")
    assert fragment in lines[0]
    report = report_of(result)
    assert report.goals == []
    assert [e.path for e in report.errors] == [name]
    assert report.summary.errors == 1


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_input_errors_in_text_format_exit_2(invoke: Invoke, tmp_path: Path, kind: str) -> None:
    name, fragment = _bad_input(tmp_path, kind)
    result = invoke("check", name, "--today", TODAY)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert fragment in result.output
    assert "1 file could not be read" in result.stdout


def test_good_file_still_reported_next_to_a_bad_one(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path
) -> None:
    good = write_goals("good.md", [SMART_GOAL, VAGUE_GOAL])
    (tmp_path / "bad.json").write_text('{"goals": [', encoding="utf-8")
    result = invoke("check", str(good), "bad.json", "-f", "json", "--today", TODAY)
    assert result.exit_code == 2, "input errors win over findings"
    report = report_of(result)
    assert [g.statement for g in report.goals] == [
        "Publish 8 partner webinars between March and May 2027 to grow enterprise pipeline",
        VAGUE_GOAL,
    ]
    assert report.summary.goals == 2
    assert report.summary.errors == 1
    assert [e.path for e in report.errors] == ["bad.json"]
    [line] = result.stderr.splitlines()
    assert line.startswith("briefsmith: error: bad.json:")
    assert "good.md" not in result.stderr


def test_errors_go_to_stderr_when_writing_text_to_a_file(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path
) -> None:
    good = write_goals("good.md", [SMART_GOAL])
    result = invoke("check", str(good), "missing.md", "-o", "report.txt", "--today", TODAY)
    assert result.exit_code == 2
    assert result.stderr == "briefsmith: error: missing.md: no such file\n"
    assert "Publish 8 partner webinars" in (tmp_path / "report.txt").read_text(encoding="utf-8")


# --- dates ------------------------------------------------------------------------------


NEXT_MONTH_GOAL = (
    "Publish 4 partner webinars next month to grow enterprise pipeline — owner: Kim Lo"
)


def _deadline(invoke: Invoke, path: Path, *args: str) -> tuple[str, str | None]:
    result = invoke("check", str(path), "-f", "json", *args)
    assert result.exit_code == 0, result.output
    report = report_of(result)
    [evidence] = report.goals[0].criteria[Criterion.TIME_BOUND].evidence
    assert evidence.text == "next month"
    return report.today, evidence.value


def test_today_resolves_relative_windows(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[NEXT_MONTH_GOAL])
    assert _deadline(invoke, path, "--today", "2027-01-10") == ("2027-01-10", "2027-02-28")
    assert _deadline(invoke, path, "--today", "2027-06-10") == ("2027-06-10", "2027-07-31")


FRONT_MATTER = "---\nas_of: 2027-03-05\n---\n\n"


def test_front_matter_as_of_is_used_without_today(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(text=f"{FRONT_MATTER}- {NEXT_MONTH_GOAL}\n")
    _, value = _deadline(invoke, path)
    assert value == "2027-04-30"


def test_today_wins_over_front_matter(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(text=f"{FRONT_MATTER}- {NEXT_MONTH_GOAL}\n")
    assert _deadline(invoke, path, "--today", "2027-09-01") == ("2027-09-01", "2027-10-31")


# --- language ---------------------------------------------------------------------------


def test_lang_forces_the_language(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL])
    auto = report_of(invoke("check", str(path), "-f", "json", "--today", TODAY))
    forced = report_of(invoke("check", str(path), "-f", "json", "--lang", "zh", "--today", TODAY))
    assert auto.goals[0].lang is Lang.EN
    assert forced.goals[0].lang is Lang.ZH
    assert forced.goals[0].verdict is not Verdict.SMART, "English read with Chinese rules"


def test_lang_from_config_and_auto_flag_overrides_it(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path
) -> None:
    (tmp_path / "briefsmith.toml").write_text('lang = "ru"\n', encoding="utf-8")
    path = write_goals(goals=[SMART_GOAL])
    from_config = report_of(invoke("check", str(path), "-f", "json", "--today", TODAY))
    auto = report_of(invoke("check", str(path), "-f", "json", "--lang", "auto", "--today", TODAY))
    assert from_config.goals[0].lang is Lang.RU
    assert auto.goals[0].lang is Lang.EN


# --- stdin ------------------------------------------------------------------------------


def test_dash_reads_stdin(invoke: Invoke) -> None:
    text = f"- {SMART_GOAL}\n- {VAGUE_GOAL}\n"
    result = invoke("check", "-", "-f", "json", "--today", TODAY, input=text)
    assert result.exit_code == 1, result.output
    report = report_of(result)
    assert [g.source.path for g in report.goals] == ["<stdin>", "<stdin>"]
    assert [g.source.line for g in report.goals] == [1, 2]
    assert report.goals[1].statement == VAGUE_GOAL


def test_empty_stdin_is_an_input_error(invoke: Invoke) -> None:
    result = invoke("check", "-", "-f", "json", "--today", TODAY, input="")
    assert result.exit_code == 2
    assert result.stderr.startswith("briefsmith: error: <stdin>")


# --- configuration ----------------------------------------------------------------------


def _config(tmp_path: Path, text: str, name: str = "briefsmith.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_disable_suppresses_the_criterion(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path
) -> None:
    path = write_goals(goals=[NO_PURPOSE_GOAL])
    before = invoke("check", str(path), "-f", "json", "--today", TODAY)
    assert before.exit_code == 1
    assert report_of(before).goals[0].criteria[Criterion.RELEVANT].suppressed is False

    _config(tmp_path, 'disable = ["relevant"]\n')
    after = invoke("check", str(path), "-f", "json", "--today", TODAY)
    assert after.exit_code == 0, after.output
    report = report_of(after)
    relevant = report.goals[0].criteria[Criterion.RELEVANT]
    assert relevant.suppressed is True
    assert report.goals[0].verdict is Verdict.SMART
    assert report.summary.by_severity == {}


def test_severity_table_changes_severities_and_exit(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path
) -> None:
    path = write_goals(goals=[NO_DEADLINE_GOAL, WARNING_ONLY_GOAL])
    _config(tmp_path, '[severity]\ntime_bound = "warning"\n')
    result = invoke("check", str(path), "-f", "json", "--today", TODAY)
    assert result.exit_code == 0, "no errors left"
    report = report_of(result)
    deadline, recurrence = (g.criteria[Criterion.TIME_BOUND] for g in report.goals)
    assert (deadline.rule, deadline.severity) == ("time_bound.no-deadline", Severity.WARNING)
    assert recurrence.rule == "time_bound.unbounded-recurrence"
    assert recurrence.severity is Severity.SUGGESTION, "a partial result is one step lower"
    assert report.summary.by_severity == {Severity.WARNING: 1, Severity.SUGGESTION: 1}


def test_fail_on_from_config_and_flag_overrides_it(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path
) -> None:
    path = write_goals(goals=[WARNING_ONLY_GOAL])
    _config(tmp_path, 'fail_on = "warning"\n')
    assert invoke("check", str(path), "--today", TODAY).exit_code == 1
    assert invoke("check", str(path), "--fail-on", "error", "--today", TODAY).exit_code == 0


def test_config_found_in_a_parent_directory(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_goals(goals=[NO_PURPOSE_GOAL])
    _config(tmp_path, 'disable = ["relevant"]\n')
    nested = tmp_path / "team" / "q1"
    nested.mkdir(parents=True)
    monkeypatch.chdir(nested)
    assert invoke("check", str(path), "--today", TODAY).exit_code == 0


def test_explicit_config_option(invoke: Invoke, write_goals: WriteGoals, tmp_path: Path) -> None:
    path = write_goals(goals=[NO_PURPOSE_GOAL])
    other = tmp_path / "elsewhere"
    other.mkdir()
    config = _config(other, 'disable = ["relevant"]\n', name="ci.toml")
    assert invoke("check", str(path), "--today", TODAY).exit_code == 1
    assert invoke("check", str(path), "--config", str(config), "--today", TODAY).exit_code == 0


def test_pyproject_table_is_read(invoke: Invoke, write_goals: WriteGoals, tmp_path: Path) -> None:
    path = write_goals(goals=[NO_PURPOSE_GOAL])
    _config(
        tmp_path,
        '[project]\nname = "x"\n\n[tool.briefsmith]\ndisable = ["relevant"]\n',
        name="pyproject.toml",
    )
    assert invoke("check", str(path), "--today", TODAY).exit_code == 0


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('fail_on = "sometimes"\n', "fail_on"),
        ('colour = "yes"\n', "colour"),
        ('[severity]\nrelevant = "fatal"\n', "severity.relevant"),
        ("[[thresholds.implausible_growth]]\nfactor = 1\nwithin_days = 30\n", "factor"),
        ("fail_on = \n", "cannot read configuration"),
    ],
)
def test_invalid_config_exits_2_with_one_line(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path, text: str, fragment: str
) -> None:
    path = write_goals(goals=[SMART_GOAL])
    config = _config(tmp_path, text)
    result = invoke("check", str(path), "--today", TODAY)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("briefsmith: error: ")
    assert str(config) in lines[0]
    assert fragment in lines[0]


def test_missing_explicit_config_exits_2(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL])
    result = invoke("check", str(path), "--config", "nope.toml", "--today", TODAY)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert "nope.toml" in line


# --- inline suppression -----------------------------------------------------------------


def test_inline_ignore_in_markdown(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(
        text=(
            f"- {NO_DEADLINE_GOAL} <!-- briefsmith: ignore time_bound -->\n"
            f"- {NO_DEADLINE_GOAL.replace('40', '60')}\n"
        )
    )
    result = invoke("check", str(path), "-f", "json", "--today", TODAY)
    assert result.exit_code == 1, "the second goal still has no deadline"
    ignored, flagged = report_of(result).goals
    assert "briefsmith" not in ignored.statement
    assert ignored.criteria[Criterion.TIME_BOUND].suppressed is True
    assert ignored.verdict is Verdict.SMART
    assert flagged.criteria[Criterion.TIME_BOUND].suppressed is False
    assert flagged.criteria[Criterion.TIME_BOUND].status is Status.FAIL

    only_ignored = write_goals(
        "one.md", text=f"- {NO_DEADLINE_GOAL} <!-- briefsmith: ignore time_bound -->\n"
    )
    assert invoke("check", str(only_ignored), "--today", TODAY).exit_code == 0


def test_offline_flag_is_accepted(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL])
    online = invoke("check", str(path), "-f", "json", "--today", TODAY)
    offline = invoke("check", str(path), "-f", "json", "--offline", "--today", TODAY)
    assert offline.exit_code == 0
    assert offline.stdout == online.stdout
    assert report_of(offline).engine == "rules"


def test_select_and_ignore_by_rule_id_or_prefix(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[NO_DEADLINE_GOAL, NO_PURPOSE_GOAL])
    base = ("check", str(path), "-f", "json", "--today", TODAY)
    result = invoke(*base)
    assert result.exit_code == 1

    def misses(result: Result) -> set[str]:
        return {
            r.rule or ""
            for goal in report_of(result).goals
            for r in goal.criteria.values()
            if r.status.value != "pass" and not r.suppressed
        }

    assert misses(result) == {"time_bound.no-deadline", "relevant.no-purpose"}
    only = invoke(*base, "--select", "time_bound")
    assert misses(only) == {"time_bound.no-deadline"} and only.exit_code == 1
    exact = invoke(*base, "--select", "relevant.no-purpose,time-bound.no-deadline")
    assert misses(exact) == {"time_bound.no-deadline", "relevant.no-purpose"}
    none = invoke(*base, "--ignore", "time_bound.no-deadline", "--ignore", "relevant")
    assert misses(none) == set() and none.exit_code == 0
    goals = report_of(none).goals
    assert [g.verdict.value if g.verdict else None for g in goals] == ["smart", "smart"]
    assert goals[0].criteria[Criterion.TIME_BOUND].suppressed


def test_unknown_rule_in_select_is_a_usage_error(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL])
    result = invoke("check", str(path), "--select", "measurable.nope")
    assert result.exit_code == 2
    assert "measurable.nope" in result.stderr and "--select" in result.stderr


def test_inline_rule_id_and_unknown_id_warning(invoke: Invoke, write_goals: WriteGoals) -> None:
    text = (
        f"- {NO_DEADLINE_GOAL} <!-- briefsmith: ignore time_bound.no-deadline -->\n"
        f"<!-- briefsmith: ignore time_bound.no-dedline -->\n- {NO_DEADLINE_GOAL} again\n"
    )
    path = write_goals(text=text)
    result = invoke("check", str(path), "-f", "json", "--today", TODAY)
    first, second = report_of(result).goals
    assert first.criteria[Criterion.TIME_BOUND].suppressed and first.findings == []
    assert not second.criteria[Criterion.TIME_BOUND].suppressed
    [warning] = second.findings
    assert (warning.rule, warning.severity.value, warning.line) == (
        "suppression.unknown-rule",
        "warning",
        2,
    )
    assert result.exit_code == 1  # the file is still checked: the second goal has no deadline


def test_unknown_id_warning_shows_its_line_in_the_text_report(
    invoke: Invoke, write_goals: WriteGoals
) -> None:
    text = f"<!-- briefsmith: ignore time_bound.no-dedline -->\n- {NO_DEADLINE_GOAL}\n"
    path = write_goals(text=text)
    plain = invoke("check", str(path), "--today", TODAY)
    assert (
        "    Finding     ⚑          warning: unknown rule or criterion 'time_bound.no-dedline' "
        "in a briefsmith comment; it suppresses nothing [suppression.unknown-rule] (line 1)"
    ) in plain.stdout
    assert plain.stdout.rstrip().endswith("1 error, 1 warning")


def test_done_items_are_listed_not_judged_unless_include_done(
    invoke: Invoke, write_goals: WriteGoals
) -> None:
    path = write_goals(goals=[f"[x] {NO_DEADLINE_GOAL}"])
    listed = invoke("check", str(path), "--today", TODAY)
    assert listed.exit_code == 0, listed.output  # a done item does not count for --fail-on
    assert "  DONE\n" in listed.stdout and "([x])" in listed.stdout
    judged = invoke("check", str(path), "--today", TODAY, "--include-done")
    assert judged.exit_code == 1
    assert "time_bound.no-deadline" in judged.stdout


@pytest.mark.parametrize("fmt", ["concise", "github", "rdjson"])
def test_linter_formats_and_exit_codes(invoke: Invoke, write_goals: WriteGoals, fmt: str) -> None:
    path = write_goals(goals=[SMART_GOAL, NO_DEADLINE_GOAL])
    result = invoke("check", str(path), "-f", fmt, "--today", TODAY)
    assert result.exit_code == 1
    assert "time_bound.no-deadline" in result.stdout
    assert "2" in result.stdout  # the second goal's line
    passing = invoke("check", str(path), "-f", fmt, "--today", TODAY, "--ignore", "time_bound")
    assert passing.exit_code == 0
    assert "time_bound.no-deadline" not in passing.stdout


def test_quiet_and_statistics(invoke: Invoke, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL, NO_DEADLINE_GOAL, NO_DEADLINE_GOAL + " again"])
    quiet = invoke("check", str(path), "-q", "--today", TODAY)
    assert quiet.exit_code == 1
    assert f"{path}:1 " not in quiet.stdout and f"{path}:2 " in quiet.stdout
    stats = invoke("check", str(path), "--statistics", "--today", TODAY)
    assert stats.exit_code == 1
    assert stats.stdout.startswith("2  error       time_bound.no-deadline")
