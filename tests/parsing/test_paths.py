"""A directory on the command line stands for the goal files under it, in a stable order."""

from __future__ import annotations

import os
from pathlib import Path

from briefsmith.errors import InputError
from briefsmith.parsing import expand_paths, load_paths


def tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_directories_are_searched_recursively_in_a_stable_order(tmp_path: Path) -> None:
    tree(
        tmp_path,
        {
            "goals/b.md": "- b\n",
            "goals/a.yaml": "- goal: a\n",
            "goals/Z.csv": "goal\nz\n",
            "goals/sub/c.txt": "c\n",
            "goals/sub/deeper/d.jsonl": '{"goal": "d"}\n',
            "goals/a-sub/e.md": "- e\n",
            "goals/notes.docx": "not a goal file",
            "goals/README": "no extension",
            "goals/.hidden.md": "- hidden\n",
            "goals/.git/HEAD.md": "- in .git\n",
            "goals/.github/x.yml": "- goal: in .github\n",
        },
    )
    root = tmp_path / "goals"
    # sorted as paths: "a-sub/e.md" before "a.yaml" ("a-sub" < "a.yaml"), as `find | sort`
    names = ["Z.csv", "a-sub/e.md", "a.yaml", "b.md", "sub/c.txt", "sub/deeper/d.jsonl"]
    assert list(expand_paths([str(root)])) == [str(root / name) for name in names]
    goals, errors = load_paths([str(root)])
    assert errors == []
    assert [g.statement for g in goals] == ["z", "e", "a", "b", "c", "d"]


def test_files_and_directories_keep_their_command_line_order(tmp_path: Path) -> None:
    tree(tmp_path, {"d/x.md": "- x\n", "y.md": "- y\n"})
    goals, _ = load_paths([str(tmp_path / "y.md"), str(tmp_path / "d")])
    assert [g.statement for g in goals] == ["y", "x"]
    assert list(expand_paths(["-"])) == ["-"]


def test_an_unsupported_file_is_skipped_only_when_found_in_a_directory(tmp_path: Path) -> None:
    tree(tmp_path, {"d/plan.docx": "x", "d/ok.md": "- ok\n"})
    goals, errors = load_paths([str(tmp_path / "d"), str(tmp_path / "d" / "plan.docx")])
    assert [g.statement for g in goals] == ["ok"]
    assert len(errors) == 1 and "unsupported file type '.docx'" in errors[0].message


def test_a_directory_without_goal_files_is_an_error(tmp_path: Path) -> None:
    tree(tmp_path, {"empty/.keep.md": "- hidden\n", "empty/x.docx": "x"})
    [item] = expand_paths([str(tmp_path / "empty")])
    assert isinstance(item, InputError)
    assert item.reason.startswith("no goal files in this directory (looked for .md")


def test_symlinked_files_are_read_and_directory_links_not_followed(tmp_path: Path) -> None:
    tree(tmp_path, {"d/a.md": "- a\n", "other/b.md": "- b\n"})
    (tmp_path / "d" / "link.md").symlink_to(tmp_path / "other" / "b.md")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d")  # would never end if followed
    (tmp_path / "d" / "dangling.md").symlink_to(tmp_path / "missing.md")
    found = [Path(p).name for p in expand_paths([str(tmp_path / "d")])]  # type: ignore[arg-type]
    assert found == ["a.md", "link.md"]


def test_non_regular_files_in_a_directory_are_skipped(tmp_path: Path) -> None:
    tree(tmp_path, {"d/a.md": "- a\n"})
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "d" / "pipe.md")
    assert [Path(p).name for p in expand_paths([str(tmp_path / "d")])] == ["a.md"]  # type: ignore[arg-type]
