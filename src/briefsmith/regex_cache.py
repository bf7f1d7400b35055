"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

The rules engine compiles a few hundred large patterns (word lists, dates, changes) on
first use; in a pre-commit hook or an editor that is most of ``briefsmith check``'s
start-up. Parsing a pattern and generating its matcher code is the slow part, so the
generated code is stored in the user's cache directory and the next run hands it straight
to the regex engine (``_sre.compile``, what ``re.compile`` ends with). The file is keyed by
the interpreter version and the regex engine's code format (``_sre.MAGIC``); the engine
validates code it is given, and anything unexpected — a different Python, a damaged or
foreign file, a future ``re`` that works differently — falls back to ``re.compile``.

Only CPython is served from the cache. Nothing is written when every pattern was found.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

_MAX_ENTRIES = 5_000  # more than every pattern of every language; past it, start afresh
_MAX_BYTES = 16 * 1024 * 1024
_OFF = "BRIEFSMITH_REGEX_CACHE"  # "0" turns the cache off (no reading, no writing)

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_entries: dict[tuple[str, int], Entry] | None = None  # loaded on first use
_added = 0
_path: Path | None = None
_registered = False

try:  # the pieces ``re.compile`` is made of; absent or different: no cache
    import _sre  # type: ignore[import-not-found,unused-ignore]
    from re import _compiler, _parser  # type: ignore[attr-defined,unused-ignore]

    _ENABLED = sys.implementation.name == "cpython"
    _TAG = f"{sys.implementation.cache_tag}-{'.'.join(map(str, sys.version_info[:3]))}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # pragma: no cover - other interpreters
    _ENABLED = False
    _TAG = ""


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this pattern was seen before."""
    if not _ENABLED or os.environ.get(_OFF) == "0":
        return re.compile(pattern, flags)
    entries = _load() if _entries is None else _entries
    key = (pattern, int(flags))
    entry = entries.get(key)
    if entry is not None:
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
            return compiled
        except Exception:  # damaged or foreign entry: compile it afresh
            del entries[key]
    return _compile_and_keep(entries, key)


def cache_path() -> Path:
    """Where this interpreter's patterns are kept (``$XDG_CACHE_HOME/briefsmith``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefsmith" / f"regex-{_TAG}.marshal"


def _compile_and_keep(
    entries: dict[tuple[str, int], Entry], key: tuple[str, int]
) -> re.Pattern[str]:
    global _added, _registered
    pattern, flags = key
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: Entry = (
            int(flags | state.flags),
            code,
            state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # the ``re`` internals changed: compile as everyone does
        return re.compile(pattern, flags)
    if len(entries) < _MAX_ENTRIES:
        entries[key] = entry
        if not _registered:
            atexit.register(save)
            _registered = True
        _added += 1
    return compiled


def _load() -> dict[tuple[str, int], Entry]:
    global _entries, _path
    _path = cache_path()
    _entries = {}
    try:
        with _path.open("rb") as f:
            if hasattr(os, "getuid") and os.fstat(f.fileno()).st_uid != os.getuid():
                return _entries  # someone else's file: not read
            blob = f.read(_MAX_BYTES + 1)
        loaded = marshal.loads(blob) if len(blob) <= _MAX_BYTES else None
    except (OSError, ValueError, EOFError, TypeError):
        return _entries
    if isinstance(loaded, dict) and len(loaded) <= _MAX_ENTRIES:
        _entries = loaded
    return _entries


def save() -> None:
    """Write the patterns back (atomically: a concurrent run sees the old or the new file)."""
    global _added
    if not _added or _entries is None or _path is None:
        return
    _added = 0
    try:
        _path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=_path.parent, prefix=".regex-", suffix=".tmp")
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(_entries, f)
            tmp.replace(_path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    except (OSError, ValueError):
        pass  # a read-only home or a full disk costs the next run time, nothing else


def forget() -> None:
    """Forget what was loaded and not yet written (the next ``compile`` reads the file)."""
    global _entries, _added, _path
    _entries, _added, _path = None, 0, None
