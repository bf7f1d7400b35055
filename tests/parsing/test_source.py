"""Unusable inputs are refused before parsing, with one clear line naming the file."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from briefsmith.errors import InputError
from briefsmith.parsing import Limits, load_goals
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
    error = expect_error(path, match="file is too large (50 MB; the limit is 10 MB")
    assert "max_file_mb under [limits]" in error.reason, "says how to raise the limit"


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

    def deny(name: str, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr(os, "open", deny)
    expect_error(path, match="permission denied")


def test_missing_file_with_odd_extension_says_missing(
    tmp_path: Path, expect_error: ExpectError
) -> None:
    expect_error(tmp_path / "plan.docx", match="no such file")
    (tmp_path / "goals.d").mkdir()
    expect_error(tmp_path / "goals.d", match="is a directory")


# --- special files ------------------------------------------------------------------------


def _within(seconds: float, call: Callable[[], object]) -> object:
    """Run ``call`` in a thread; fail (instead of hanging the suite) if it blocks."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(_capture(call)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"blocked for more than {seconds} s"
    return result[0]


def _capture(call: Callable[[], object]) -> object:
    try:
        return call()
    except Exception as exc:  # handed back to the test to assert on
        return exc


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "goals.md"
    os.mkfifo(fifo)  # nobody writes to it: opening it for reading would block forever
    error = _within(5, lambda: load_goals(fifo))
    assert isinstance(error, InputError), error
    assert error.reason.startswith("is a named pipe (FIFO), not a regular file")
    assert "'-'" in error.reason  # says how to read a stream instead


def test_a_character_device_is_refused(expect_error: ExpectError) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    # /dev/zero reports size 0 and never ends: read, it would fill the size limit.
    expect_error("/dev/zero", match="is a character device, not a regular file")


def test_a_socket_is_refused(tmp_path: Path, expect_error: ExpectError) -> None:
    import socket

    path = tmp_path / "s.md"
    if len(str(path)) > 100:
        pytest.skip("socket path too long for AF_UNIX")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        expect_error(path, match="is a socket, not a regular file")


def test_a_symlink_to_a_file_is_read(write: WriteFile, tmp_path: Path) -> None:
    target = write("real.md", "- Ship v2 by June 2027\n")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert [g.statement for g in load_goals(link)] == ["Ship v2 by June 2027"]


# --- encodings ------------------------------------------------------------------------------

UTF16_TEXT = "- Raise NPS from 30 to 40 by Q4 2027\n- 将转化率提高到3%\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_read(write: WriteFile, codec: str) -> None:
    bom = "\ufeff".encode(codec)
    path = write("utf16.md", bom + UTF16_TEXT.replace("\n", "\r\n").encode(codec))
    goals = load_goals(path)
    assert [g.statement for g in goals] == [
        "Raise NPS from 30 to 40 by Q4 2027",
        "将转化率提高到3%",
    ]
    assert [g.source.line for g in goals] == [1, 2]


def test_utf16_with_a_lone_surrogate_names_the_line(
    write: WriteFile, expect_error: ExpectError
) -> None:
    data = "\ufeff- ok\n- bad ".encode("utf-16-le") + b"\x00\xd8" + "\n".encode("utf-16-le")
    expect_error(write("bad16.md", data), line=2, match="not valid UTF-16")


def test_utf16_without_a_bom_says_so(write: WriteFile, expect_error: ExpectError) -> None:
    path = write("nobom.md", UTF16_TEXT.encode("utf-16-le"))
    expect_error(path, match="looks like UTF-16 without a byte-order mark; save the file as UTF-8")


def test_utf32_is_refused_by_name(write: WriteFile, expect_error: ExpectError) -> None:
    path = write("u32.md", UTF16_TEXT.encode("utf-32"))  # the codec writes a BOM
    expect_error(path, match="is UTF-32, which is not supported; save the file as UTF-8")


def test_a_lone_surrogate_in_given_text_names_the_line(expect_error: ExpectError) -> None:
    expect_error("x.md", text="- fine\n- bad \ud800 here\n", line=2, match="lone surrogate")


# --- control characters ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["g.md", "g.txt", "g.csv"])
def test_control_characters_are_removed_when_read(name: str) -> None:
    goal = "Grow \x1b[31mleads\x1b[0m by 20%\x07 by Q4 2027\x1b]0;owned\x07\x1bc"
    text = {"g.md": f"# Plan\x1b[2J\n\n- {goal}\n", "g.txt": goal + "\n"}.get(
        name, f"goal,owner\n{goal},Sam\x1b[1m Lee\n"
    )
    [parsed] = load_goals(name, text=text)
    assert parsed.statement == "Grow leads by 20% by Q4 2027"
    assert all(ch == "\n" or ch >= " " for ch in parsed.model_dump_json())
    if name == "g.csv":
        assert parsed.fields["owner"] == "Sam Lee"
    if name == "g.md":
        assert parsed.parent_statement == "Plan"


# --- limits ---------------------------------------------------------------------------------


def test_line_limit_is_configurable_and_says_how(write: WriteFile) -> None:
    path = write("long.md", "- " + "x" * 300 + "\n")
    with pytest.raises(
        InputError, match=r"the limit is 200: raise max_line_chars under \[limits\]"
    ):
        load_goals(path, limits=Limits(max_line_chars=200))
    assert load_goals(path, limits=Limits(max_line_chars=400))


def test_size_limit_from_limits(write: WriteFile) -> None:
    path = write("big.md", "- " + "grow " * 50_000 + "\n")  # ≈ 0.24 MB on one line
    with pytest.raises(InputError, match="raise max_file_mb under"):
        load_goals(path, limits=Limits(max_file_mb=0.1, max_line_chars=10**6))
    assert load_goals(path, limits=Limits(max_file_mb=1, max_line_chars=10**6))


# --- sniffing stdin -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("goal,owner\nGrow ARR,Sam\n", "csv"),
        ('"Goal";"Owner"\n"Grow ARR";"Sam"\n', "csv"),
        ("id\tstatement\n1\tGrow ARR\n", "csv"),
        ("goal\nGrow ARR\n", "csv"),
        ("goals:\n  - goal: Grow ARR\n", "yaml"),
        ("# plan\nas_of: 2026-01-01\ngoals:\n  - Grow ARR\n", "yaml"),
        ("- goal: Grow ARR\n  owner: Sam\n", "yaml"),
        ("---\n- statement: Grow ARR\n", "yaml"),
        ("goal: Grow ARR\n", "yaml"),
        ("- Goal: grow ARR by 20%\n", "markdown"),  # prose with a label, not a YAML key
        ("---\nas_of: 2026-01-01\n---\n- goals: a\n", "markdown"),  # front matter
        ("Grow ARR, then hire\nCut churn\n", "text"),
    ],
)
def test_sniff_yaml_and_csv(text: str, fmt: str) -> None:
    assert sniff(text) == fmt


def test_sniff_csv_with_other_columns() -> None:
    assert sniff("id,comment\n1,Great\n", ["text", "comment"]) == "csv"
    assert sniff("id,comment\n1,Great\n") == "text"
