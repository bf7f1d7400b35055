"""Every bad input in ``badinputs.CASES`` through ``check``, ``brief`` and ``feedback``.

What a user must see, whatever the input: exit code 2, one line on stderr naming the file
(and the line, where there is one), no traceback, no hang, and — for ``check`` — every
goal of the good file next to it still reported, plus the bad file's own good goals.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from badinputs import GOOD_FILE, GOOD_GOALS, Case, Writer, cases_for
from briefsmith.cli.app import app
from briefsmith.models.report import CheckReport

TIMEOUT = 20.0


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")


def run(*args: str) -> Result:
    """The CLI in-process, in a thread, so a hang fails the test instead of the suite."""
    results: list[Result] = []
    thread = threading.Thread(
        target=lambda: results.append(CliRunner().invoke(app, list(args))), daemon=True
    )
    thread.start()
    thread.join(TIMEOUT)
    assert not thread.is_alive(), f"briefsmith {' '.join(args)} did not finish in {TIMEOUT} s"
    return results[0]


def assert_one_line_per_error(result: Result, bad: Path, case: Case) -> list[str]:
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output
    assert "internal error" not in result.output
    lines = result.stderr.splitlines()
    assert lines, "an error is reported on stderr"
    mine = [line for line in lines if line.startswith(f"briefsmith: error: {bad.name}")]
    assert mine, lines
    fragments = (case.fragment,) if isinstance(case.fragment, str) else case.fragment
    assert any(f in line for f in fragments for line in mine), (fragments, mine)
    if case.line:
        assert any(line.split(": ")[2].split(":")[-1].isdigit() for line in mine), mine
    for line in lines:
        line.encode("utf-8")  # printable
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in line), line
    return mine


def _ids(cases: list[tuple[Case, Writer]]) -> list[str]:
    return [case.name for case, _ in cases]


def _skip_unavailable(case: Case) -> None:
    if case.name == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    if case.name == "device" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")


CHECK = cases_for("check")


@pytest.mark.parametrize(("case", "writer"), CHECK, ids=_ids(CHECK))
def test_check_reports_the_good_file_and_one_line_for_the_bad(
    tmp_path: Path, case: Case, writer: Writer
) -> None:
    _skip_unavailable(case)
    (tmp_path / "good.md").write_text(GOOD_FILE, encoding="utf-8")
    bad = writer(tmp_path)
    result = run("check", "good.md", bad.name, "-f", "json", "--today", "2027-01-04")
    assert_one_line_per_error(result, bad, case)
    report = CheckReport.model_validate_json(result.stdout)
    statements = [goal.statement for goal in report.goals]
    assert statements[: len(GOOD_GOALS)] == list(GOOD_GOALS)
    for kept in case.keeps:
        assert kept in statements, (kept, statements)
    assert report.errors and all(error.path == bad.name for error in report.errors)


BRIEF = cases_for("brief")


@pytest.mark.parametrize(("case", "writer"), BRIEF, ids=_ids(BRIEF))
def test_brief_is_one_line_exit_2(tmp_path: Path, case: Case, writer: Writer) -> None:
    _skip_unavailable(case)
    bad = writer(tmp_path)
    result = run("brief", bad.name, "--offline", "-f", "json")
    [line] = assert_one_line_per_error(result, bad, case)
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, line


FEEDBACK = cases_for("feedback")


@pytest.mark.parametrize(("case", "writer"), FEEDBACK, ids=_ids(FEEDBACK))
def test_feedback_is_one_line_exit_2(tmp_path: Path, case: Case, writer: Writer) -> None:
    _skip_unavailable(case)
    bad = writer(tmp_path)
    result = run(
        "feedback", bad.name, "--model", "fault-model", "--base-url", "http://127.0.0.1:9/v1"
    )
    [line] = assert_one_line_per_error(result, bad, case)
    assert len(result.stderr.splitlines()) == 1, line


def test_the_corpus_covers_every_command() -> None:
    assert len(CHECK) >= 20 and len(BRIEF) >= 10 and len(FEEDBACK) >= 10


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_end_to_end_in_a_real_process(tmp_path: Path) -> None:
    """The console script itself, on a real (non-UTF-8-safe) stdout: a FIFO, a surrogate and
    escape sequences next to a good file."""
    (tmp_path / "good.md").write_text(GOOD_FILE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "s.json").write_text('[{"goal": "a\\ud800"}, {"goal": "Grow \\u001b[31mARR"}]')
    (tmp_path / "esc.md").write_text("# \x1b]0;pwned\x07Plan\n- Grow \x1b[2J\x1bcleads by 20%\n")
    completed = subprocess.run(
        [sys.executable, "-m", "briefsmith", "check", "good.md", "pipe.md", "s.json", "esc.md"],
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"},
    )
    assert completed.returncode == 2, completed.stderr
    out, err = completed.stdout.decode("utf-8"), completed.stderr.decode("utf-8")
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert all(goal in out for goal in GOOD_GOALS)
    assert "Grow ARR" in out and "Grow leads by 20%" in out
    assert "Traceback" not in err and "internal error" not in err
    errors = [line for line in err.splitlines() if line.startswith("briefsmith: error: ")]
    assert [line.split(":")[2].strip() for line in errors] == ["pipe.md", "s.json"]
