"""The public API: load_goals (files, stdin) and load_paths (bad files do not stop the run)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from briefsmith.models.report import FileError
from briefsmith.parsing import load_goals, load_paths

from .conftest import ExpectError, WriteFile


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize(
    ("data", "statements"),
    [
        (b"# Sales\n- Close 40 deals by Q4\n  - owner: Sam\n", ["Close 40 deals by Q4"]),
        (b'[{"goal": "Hire 2 SDRs"}]', ["Hire 2 SDRs"]),
        (b'{"goal": "Hire 2 SDRs"}\n{"goal": "Book 50 demos"}\n', ["Hire 2 SDRs", "Book 50 demos"]),
        (b"Hire 2 SDRs\nBook 50 demos\n", ["Hire 2 SDRs", "Book 50 demos"]),
        (b"---\nlang: en\n---\n- Hire 2 SDRs\n", ["Hire 2 SDRs"]),
    ],
)
def test_stdin_formats(monkeypatch: pytest.MonkeyPatch, data: bytes, statements: list[str]) -> None:
    feed_stdin(monkeypatch, data)
    goals = load_goals("-")
    assert [g.statement for g in goals] == statements
    assert all(g.source.path == "<stdin>" for g in goals)


def test_stdin_text_only_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("- Raise NPS to 45\n"))
    [goal] = load_goals("-")
    assert goal.source.line == 1


def test_stdin_bad_bytes(monkeypatch: pytest.MonkeyPatch, expect_error: ExpectError) -> None:
    feed_stdin(monkeypatch, b"- ok\n- \xff\n")
    expect_error("-", line=2, match="UTF-8")
    feed_stdin(monkeypatch, b"")
    expect_error("-", match="empty")


def test_load_paths_keeps_good_files(write: WriteFile, tmp_path: Path) -> None:
    good = write("good.md", "- Grow ARR by 20% by Q4\n")
    bad = write("bad.jsonl", '{"goal": "ok"}\n[1]\n')
    also_good = write("more.yaml", "- Cut churn to 2%\n")
    missing = tmp_path / "missing.md"
    goals, errors = load_paths([str(good), str(bad), str(missing), str(also_good)])
    # the bad line of bad.jsonl is an error; its good line is still a goal
    assert [g.statement for g in goals] == ["Grow ARR by 20% by Q4", "ok", "Cut churn to 2%"]
    assert errors[0] == FileError(path=str(bad), line=2, message=errors[0].message)
    assert "one JSON object" in errors[0].message
    assert errors[1] == FileError(path=str(missing), line=None, message="no such file")


def test_pathlike_path(write: WriteFile) -> None:
    assert load_goals(write("p.md", "- Ship v2 by June\n"))[0].source.path.endswith("p.md")


def test_parsers_are_imported_lazily() -> None:
    code = (
        "import sys, briefsmith.parsing as p; "
        "assert 'yaml' not in sys.modules and 'markdown_it' not in sys.modules, sorted(sys.modules)"
    )
    import subprocess

    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_directory_is_every_goal_file_under_it_in_a_stable_order(tmp_path: Path) -> None:
    from briefsmith.parsing import load_paths

    root = tmp_path / "goals"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "z.md").write_text("- Goal Z\n", encoding="utf-8")
    (root / "a.yaml").write_text("- goal: Goal A\n", encoding="utf-8")
    (root / "b" / "deep" / "c.txt").write_text("Goal C\n", encoding="utf-8")
    (root / "notes.pdf").write_text("not a goal file", encoding="utf-8")
    (root / ".git" / "hidden.md").write_text("- Hidden\n", encoding="utf-8")
    goals, errors = load_paths([str(root)])
    assert errors == []
    assert [g.statement for g in goals] == ["Goal A", "Goal C", "Goal Z"]
    (tmp_path / "empty").mkdir()
    goals, errors = load_paths([str(tmp_path / "empty")])
    assert goals == [] and "no goal files in this directory" in errors[0].message
