"""Turning a path (or stdin) into checked text, so parsers never see bytes they cannot trust.

Every way a file can be unusable (missing, a directory, a pipe or device, too big, binary,
not UTF-8, absurdly long lines) is caught here, before any parser runs, with a one-line
message. The text parsers get has control characters and terminal escapes removed
(``sanitise.clean``).
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from briefsmith import regex_cache
from briefsmith.errors import InputError
from briefsmith.parsing.limits import Limits, default_limits, raise_hint
from briefsmith.parsing.sanitise import clean

Format = Literal["markdown", "text", "yaml", "json", "jsonl", "csv"]

EXTENSIONS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",  # Markdown with JSX (docs sites): its JSX blocks are read as HTML
    ".txt": "text",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
MAX_BYTES = 10 * 1024 * 1024  # the defaults of parsing.limits.Limits
MAX_LINE_CHARS = 20_000
BINARY_SNIFF_BYTES = 8192
STDIN = "-"
STDIN_NAME = "<stdin>"

_LIST_ITEM = regex_cache.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\S")
GOAL_COLUMNS = ("goal", "statement")


@dataclass(frozen=True)
class Source:
    """Decoded, cleaned text with newlines normalised to ``\\n``, and the format to parse it as.

    ``errors`` collects what went wrong in parts of the file (a bad record) that did not
    stop the rest of it from being read; ``limits`` are the ones the file was read under.
    """

    path: str
    text: str
    format: Format
    limits: Limits = field(default_factory=default_limits)
    errors: list[InputError] = field(default_factory=list, compare=False)


def read_source(
    path: str | os.PathLike[str],
    *,
    text: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
    csv_columns: Iterable[str] = GOAL_COLUMNS,
) -> Source:
    """The checked text of ``path`` (``-`` is stdin; with ``text``, that text).

    ``max_bytes`` overrides ``limits.max_file_mb``; ``csv_columns`` are the header names
    that make extension-less input (stdin) read as CSV.
    """
    name = os.fspath(path)
    display = STDIN_NAME if name == STDIN else name
    limits = limits or default_limits()
    max_bytes = limits.max_bytes if max_bytes is None else max_bytes
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
    fmt = fmt or sniff(content, csv_columns)
    if fmt != "json":  # a whole JSON document on one line is normal
        check_line_lengths(content, display, limits.max_line_chars)
    return Source(display, content, fmt, limits)


def format_for(name: str) -> Format | None:
    """The format an extension names; None when there is no extension (sniff the text)."""
    suffix = Path(name).suffix.lower()
    if not suffix:
        return None
    if suffix not in EXTENSIONS:
        supported = ", ".join(EXTENSIONS)
        raise InputError(name, f"unsupported file type '{suffix}' (supported: {supported})")
    return EXTENSIONS[suffix]


def sniff(text: str, csv_columns: Iterable[str] = GOAL_COLUMNS) -> Format:
    """Guess the format of extension-less input such as stdin."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and all(line.startswith("{") for line in lines):
        return "jsonl"
    if lines[0].startswith(("[", "{")):
        return "json"
    if _is_csv_header(lines[0], csv_columns):
        return "csv"
    if _looks_like_yaml(text):
        return "yaml"
    if text.startswith("---\n") or any(_LIST_ITEM.match(line) for line in lines):
        return "markdown"
    return "text"


_DELIMITERS = (",", ";", "\t")


def _is_csv_header(line: str, columns: Iterable[str]) -> bool:
    """A first line such as ``id,goal,owner``: cells split by ``,`` ``;`` or tab, one of
    them a known column (a lone ``goal`` counts too: no goal is the word itself)."""
    delimiter = max(_DELIMITERS, key=line.count)
    cells = {" ".join(cell.strip().strip('"').split()).lower() for cell in line.split(delimiter)}
    return not cells.isdisjoint(columns)


# YAML goal files start with a `goals:` key, or are a list of records ("- goal: …"). Keys are
# lower-case in YAML files; a Markdown item "- Goal: grow …" is prose and stays Markdown.
_YAML_START = regex_cache.compile(
    r"^(?:goals[ \t]*:[ \t]*(?:#.*)?$|-?[ \t]*(?:goal|statement)[ \t]*:(?:[ \t]|$))"
)
_YAML_GOALS_KEY = regex_cache.compile(r"^goals[ \t]*:[ \t]*(?:#.*)?$", re.MULTILINE)
_CLOSING_FENCE = regex_cache.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def _looks_like_yaml(text: str) -> bool:
    body = text
    if text.startswith("---\n"):
        body = text[4:]
        if _CLOSING_FENCE.search(body):  # a closed block is Markdown front matter
            return False
        return _YAML_GOALS_KEY.search(body) is not None or _first_is_record(body)
    return _first_is_record(body) or _YAML_GOALS_KEY.search(body) is not None


def _first_is_record(text: str) -> bool:
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return _YAML_START.match(line) is not None
    return False


_BINARY = "looks like a binary file (it contains NUL bytes); goal files must be UTF-8 text"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")


def _too_large(size: int | None, max_bytes: int) -> str:
    shown = f"{_mb(size)}; " if size is not None else ""
    return f"file is too large ({shown}the limit is {_mb(max_bytes)}: {raise_hint('max_file_mb')})"


def _from_text(text: str, display: str, max_bytes: int) -> str:
    if len(text) > max_bytes:
        raise InputError(display, _too_large(None, max_bytes))
    if "\x00" in text[:BINARY_SNIFF_BYTES]:
        raise InputError(display, _BINARY)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate, e.g. from a lenient decoder
        line = text.count("\n", 0, exc.start) + 1
        msg = f"contains a lone surrogate '\\u{ord(text[exc.start]):04x}', which is not a character"
        raise InputError(display, msg, line=line) from exc
    return _normalise(text.removeprefix("\ufeff"))


_NOT_REGULAR = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def refuse_special(name: str, mode: int) -> None:
    """Only regular files are read: a FIFO or a device would block or never end."""
    if stat.S_ISDIR(mode):
        raise InputError(name, "is a directory; pass the goal files inside it")
    if not stat.S_ISREG(mode):
        kind = _NOT_REGULAR.get(stat.S_IFMT(mode), "not a regular file")
        msg = f"is {kind}, not a regular file; save it to a file, or pipe it to '-'"
        raise InputError(name, msg)


def _read_file(name: str, max_bytes: int) -> tuple[Format | None, bytes]:
    """Checks that need no reading come first (a 50 MB file is refused from its size; a
    FIFO is refused before opening it, and opened without blocking in case it was swapped
    in since)."""
    try:
        info = Path(name).stat()
        refuse_special(name, info.st_mode)
        if info.st_size > max_bytes:
            raise InputError(name, _too_large(info.st_size, max_bytes))
        fmt = format_for(name)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
        descriptor = os.open(name, flags)
        with os.fdopen(descriptor, "rb") as handle:
            refuse_special(name, os.fstat(handle.fileno()).st_mode)
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
    if len(data) > max_bytes:  # grew after stat
        raise InputError(name, _too_large(None, max_bytes))
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
        raise InputError(STDIN_NAME, _too_large(None, max_bytes))
    return data


_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, display: str) -> str:
    """UTF-8 (BOM allowed), or UTF-16 with a BOM, to text; a bad byte is reported by its line."""
    if data.startswith(_UTF32_BOMS):
        raise InputError(display, "is UTF-32, which is not supported; save the file as UTF-8")
    if data.startswith(_UTF16_BOMS):
        return _decode_utf16(data, display)
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        if _looks_like_utf16(data[:BINARY_SNIFF_BYTES]):
            msg = "looks like UTF-16 without a byte-order mark; save the file as UTF-8"
            raise InputError(display, msg)
        raise InputError(display, _BINARY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line = data.count(b"\n", 0, offset) + 1
        msg = f"is not valid UTF-8 (byte 0x{data[offset]:02x}); save the file as UTF-8"
        raise InputError(display, msg, line=line) from exc
    return _normalise(text)


def _decode_utf16(data: bytes, display: str) -> str:
    """UTF-16 as Windows tools save it ("Unicode" in Notepad and Excel): the BOM says the
    byte order, and the codec refuses unpaired surrogates."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode("utf-16", "replace").count("\n") + 1
        msg = "is not valid UTF-16 (an unpaired surrogate or a stray byte); save the file as UTF-8"
        raise InputError(display, msg, line=line) from exc
    if "\x00" in text[:BINARY_SNIFF_BYTES]:
        raise InputError(display, _BINARY)
    return _normalise(text)


def _looks_like_utf16(head: bytes) -> bool:
    """Mostly-ASCII text in UTF-16: every other byte is NUL."""
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.4


def _normalise(text: str) -> str:
    return clean(text.replace("\r\n", "\n").replace("\r", "\n"))


def check_line_lengths(text: str, display: str, limit: int = MAX_LINE_CHARS) -> None:
    if len(text) <= limit:
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > limit:
            msg = (
                f"line is {len(line):,} characters long (the limit is {limit:,}: "
                f"{raise_hint('max_line_chars')})"
            )
            raise InputError(display, msg, line=number)
