"""Unusable inputs are refused before parsing, with one clear line naming the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefsmith.errors import InputError
from briefsmith.parsing import load_goals
from briefsmith.parsing.source import MAX_LINE_CHARS, read_source, sniff

from .conftest import ExpectError, WriteFile


def test_missing_file(tmp_path: Path, expect_error: ExpectError) -> None:
    expect_error(tmp_path / "nope.md", match="no such file")


def test_directory(tmp_path: Path, expect_error: ExpectError) -> None:
    expect_error(tmp_path, match="is a directory; pass the goal files inside it")


def test_empty_file(write: WriteFile, expect_error: ExpectError) -> None:
    expect_error(write("empty.md", ""), match="file is empty")
    expect_error(write("blank.yaml", "  \n\n\t\n"), match="file is empty")


def test_binary_file(write: WriteFile, expect_error: ExpectError) -> None:
    path = write("logo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    expect_error(path, match="binary")


def test_invalid_utf8_names_the_line(write: WriteFile, expect_error: ExpectError) -> None:
    data = b"- Grow pipeline to $4M\n- Cut churn to 3%\n- Caf\xe9 launch\n"
    expect_error(write("latin1.md", data), line=3, match="not valid UTF-8")


def test_invalid_utf8_after_bom(write: WriteFile, expect_error: ExpectError) -> None:
    data = b"\xef\xbb\xbf- one goal\n- two\xff\n"
    expect_error(write("bom.md", data), line=2, match="byte 0xff")


def test_bom_is_fine(write: WriteFile) -> None:
    path = write("bom.md", b"\xef\xbb\xbf- Launch the partner portal by 2026-09-30\n")
    [goal] = load_goals(path)
    assert goal.statement == "Launch the partner portal by 2026-09-30"


def test_crlf_line_numbers(write: WriteFile) -> None:
    path = write("crlf.md", b"# Sales\r\n\r\n- Close 40 deals\r\n- Hire 2 SDRs\r\n")
    assert [g.source.line for g in load_goals(path)] == [3, 4]


def test_unknown_extension_lists_supported(write: WriteFile, expect_error: ExpectError) -> None:
    error = expect_error(write("goals.docx", "- Grow revenue"), match="unsupported file type")
    assert ".md" in error.reason
    assert ".csv" in error.reason


def test_too_large_rejected_from_stat(tmp_path: Path, expect_error: ExpectError) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing is written or read
    expect_error(path, match="file is too large (50 MB; the limit is 10 MB)")


def test_size_limit_is_configurable(write: WriteFile) -> None:
    path = write("small.md", "- Double newsletter signups by June\n")
    with pytest.raises(InputError, match="too large"):
        load_goals(path, max_bytes=10)


def test_long_line_names_the_line(write: WriteFile, expect_error: ExpectError) -> None:
    text = "- Ship the new pricing page\n- " + "x" * MAX_LINE_CHARS + "\n"
    expect_error(write("long.md", text), line=2, match="characters long")


def test_long_line_allowed_in_json(write: WriteFile) -> None:
    records = ",".join(f'{{"goal": "Publish case study {n} by Q4"}}' for n in range(800))
    assert len(records) > MAX_LINE_CHARS
    assert len(load_goals(write("min.json", f"[{records}]"))) == 800


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX non-root")
def test_permission_denied(write: WriteFile, expect_error: ExpectError) -> None:
    path = write("secret.md", "- Keep churn under 2%\n")
    path.chmod(0)
    try:
        expect_error(path, match="permission denied")
    finally:
        path.chmod(0o644)


def test_uppercase_extension(write: WriteFile) -> None:
    assert load_goals(write("GOALS.MD", "- Reach 10k followers by May\n"))


def test_text_argument_uses_path_as_name() -> None:
    [goal] = load_goals("inline.md", text="- Cut ticket backlog to 50 by Friday")
    assert goal.source.path == "inline.md"
    assert goal.source.line == 1


def test_text_argument_checks_content(expect_error: ExpectError) -> None:
    expect_error("x.md", text="", match="file is empty")
    expect_error("x.md", text="\x00\x01", match="binary")


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ('[{"goal": "a"}]', "json"),
        ('  {"goals": []}', "json"),
        ('{"goal": "a"}\n{"goal": "b"}\n', "jsonl"),
        ("---\nas_of: 2026-01-01\n---\n- a\n", "markdown"),
        ("Intro\n\n1. Ship v2\n", "markdown"),
        ("Grow pipeline\nCut churn\n", "text"),
    ],
)
def test_sniff(text: str, fmt: str) -> None:
    assert sniff(text) == fmt


def test_read_source_normalises_newlines() -> None:
    source = read_source("a.txt", text="one\r\ntwo\rthree")
    assert source.text == "one\ntwo\nthree"
    assert source.format == "text"


def test_permission_denied_message(
    write: WriteFile, expect_error: ExpectError, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write("locked.md", "- Keep churn under 2%\n")

    def deny(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", deny)
    expect_error(path, match="permission denied")


def test_missing_file_with_odd_extension_says_missing(
    tmp_path: Path, expect_error: ExpectError
) -> None:
    expect_error(tmp_path / "plan.docx", match="no such file")
    (tmp_path / "goals.d").mkdir()
    expect_error(tmp_path / "goals.d", match="is a directory")
