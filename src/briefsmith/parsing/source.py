"""Turning a path (or stdin) into checked text, so parsers never see bytes they cannot trust.

Every way a file can be unusable (missing, a directory, too big, binary, not UTF-8,
absurdly long lines) is caught here, before any parser runs, with a one-line message.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefsmith.errors import InputError

Format = Literal["markdown", "text", "yaml", "json", "jsonl", "csv"]

EXTENSIONS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
MAX_BYTES = 10 * 1024 * 1024
MAX_LINE_CHARS = 20_000
BINARY_SNIFF_BYTES = 8192
STDIN = "-"
STDIN_NAME = "<stdin>"

_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\S")


@dataclass(frozen=True)
class Source:
    """Decoded text with newlines normalised to ``\\n``, and the format to parse it as."""

    path: str
    text: str
    format: Format


def read_source(
    path: str | os.PathLike[str], *, text: str | None = None, max_bytes: int = MAX_BYTES
) -> Source:
    name = os.fspath(path)
    display = STDIN_NAME if name == STDIN else name
    fmt: Format | None = None
    if text is not None:
        fmt = None if name == STDIN else format_for(name)
        content = _from_text(text, display, max_bytes)
    elif name == STDIN:
        content = decode(_read_stdin(max_bytes), display)
    else:
        fmt, data = _read_file(name, max_bytes)
        content = decode(data, display)
    if not content.strip():
        raise InputError(display, "file is empty; add goals as list items, e.g. '- Increase …'")
    fmt = fmt or sniff(content)
    if fmt != "json":  # a whole JSON document on one line is normal
        check_line_lengths(content, display)
    return Source(display, content, fmt)


def format_for(name: str) -> Format | None:
    """The format an extension names; None when there is no extension (sniff the text)."""
    suffix = Path(name).suffix.lower()
    if not suffix:
        return None
    if suffix not in EXTENSIONS:
        supported = ", ".join(EXTENSIONS)
        raise InputError(name, f"unsupported file type '{suffix}' (supported: {supported})")
    return EXTENSIONS[suffix]


def sniff(text: str) -> Format:
    """Guess the format of extension-less input such as stdin."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and all(line.startswith("{") for line in lines):
        return "jsonl"
    if lines[0].startswith(("[", "{")):
        return "json"
    if text.startswith("---\n") or any(_LIST_ITEM.match(line) for line in lines):
        return "markdown"
    return "text"


_BINARY = "looks like a binary file (it contains NUL bytes); goal files must be UTF-8 text"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")


def _from_text(text: str, display: str, max_bytes: int) -> str:
    if len(text) > max_bytes:
        raise InputError(display, f"input is too large (the limit is {_mb(max_bytes)})")
    if "\x00" in text[:BINARY_SNIFF_BYTES]:
        raise InputError(display, _BINARY)
    return _normalise(text.removeprefix("\ufeff"))


def _read_file(name: str, max_bytes: int) -> tuple[Format | None, bytes]:
    """Checks that need no reading come first (a 50 MB file is refused from its size)."""
    try:
        info = Path(name).stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(name, "is a directory; pass the goal files inside it")
        if info.st_size > max_bytes:
            size, limit = _mb(info.st_size), _mb(max_bytes)
            raise InputError(name, f"file is too large ({size}; the limit is {limit})")
        fmt = format_for(name)
        with Path(name).open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        msg = "no such file"
        raise InputError(name, msg) from exc
    except PermissionError as exc:
        msg = "permission denied; check the file's read permissions"
        raise InputError(name, msg) from exc
    except IsADirectoryError as exc:
        msg = "is a directory; pass the goal files inside it"
        raise InputError(name, msg) from exc
    except OSError as exc:
        msg = f"cannot read file: {exc.strerror or type(exc).__name__}"
        raise InputError(name, msg) from exc
    if len(data) > max_bytes:  # grew after stat, or a device that reports size 0
        raise InputError(name, f"file is too large (the limit is {_mb(max_bytes)})")
    return fmt, data


def _read_stdin(max_bytes: int) -> bytes:
    stream = sys.stdin
    if stream is None:
        raise InputError(STDIN_NAME, "no standard input to read")
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data: bytes = buffer.read(max_bytes + 1)
        else:  # a text-only stream, e.g. replaced in tests or embedding
            data = stream.read(max_bytes + 1).encode("utf-8", "surrogatepass")
    except OSError as exc:
        msg = f"cannot read standard input: {exc.strerror or type(exc).__name__}"
        raise InputError(STDIN_NAME, msg) from exc
    if len(data) > max_bytes:
        raise InputError(STDIN_NAME, f"input is too large (the limit is {_mb(max_bytes)})")
    return data


def decode(data: bytes, display: str) -> str:
    """UTF-8 (BOM allowed) to text; a bad byte is reported by its line."""
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError(display, _BINARY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line = data.count(b"\n", 0, offset) + 1
        msg = f"is not valid UTF-8 (byte 0x{data[offset]:02x}); save the file as UTF-8"
        raise InputError(display, msg, line=line) from exc
    return _normalise(text)


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_line_lengths(text: str, display: str) -> None:
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            msg = f"line is {len(line):,} characters long (the limit is {MAX_LINE_CHARS:,})"
            raise InputError(display, msg, line=number)
