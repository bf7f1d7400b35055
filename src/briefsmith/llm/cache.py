"""A persistent cache of model answers, so re-checking an unchanged file calls no model.

Keyed by model, endpoint, prompt version and everything the prompt says (statement,
parent, language, reference date — or the whole request for briefs and feedback).
SQLite: one file, safe across processes. The model's answers are stored whether or not
they passed verification (at temperature 0 it would give them again); transport failures
(timeouts, refused connections) are not.

The file holds goal text and model answers, so it is created readable by its owner only
(0600, in a 0700 directory). A cache that cannot be used — a corrupt file, a path that
is a directory, a folder that cannot be written — never stops a run: briefsmith warns
once (``BriefsmithWarning``) and carries on without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import threading
import warnings
from pathlib import Path
from typing import Any

from briefsmith.errors import BriefsmithWarning

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def cache_key(**parts: Any) -> str:
    return hashlib.sha256(
        json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()


def shown(path: Path) -> str:
    """A path as a message shows it: control characters written as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", str(path))


class JudgementCache:
    def __init__(self, path: Path | None) -> None:
        """``path=None`` disables caching (every lookup misses, nothing is stored)."""
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._writable = True
        self.path = path
        if path is None:
            return
        try:
            self._db = _open(path)
        except (OSError, sqlite3.Error) as exc:
            self._give_up(exc, "cannot be used")

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            if self._db is None:
                return None
            try:
                row = self._db.execute(
                    "SELECT value FROM judgements WHERE key = ?", (key,)
                ).fetchone()
            except sqlite3.Error as exc:
                self._give_up(exc, "cannot be read")
                return None
        if row is None:
            return None
        try:
            value = json.loads(row[0])
        except (json.JSONDecodeError, TypeError):
            return None
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        with self._lock:
            if self._db is None or not self._writable:
                return
            try:
                self._db.execute(
                    "INSERT OR REPLACE INTO judgements (key, value) VALUES (?, ?)",
                    (key, json.dumps(value, ensure_ascii=False)),
                )
                self._db.commit()
            except sqlite3.Error as exc:
                # Keep answering from what is there (a read-only file still helps).
                self._writable = False
                _warn(self.path, exc, "cannot be written; new answers are not cached")

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
                self._db = None

    def _give_up(self, exc: BaseException, what: str) -> None:
        """Run on without a cache (the lock is held, or nothing else uses it yet)."""
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        _warn(self.path, exc, f"{what}; running without a cache")


def _open(path: Path) -> sqlite3.Connection:
    """The cache database at ``path``: a new one owner-only, an existing one checked."""
    if path.is_dir():
        raise IsADirectoryError(21, "it is a directory")
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Created here, not by SQLite, so it is never readable by others, not even for a
        # moment (SQLite's journal files take the database file's permissions).
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    db = sqlite3.connect(str(path), check_same_thread=False, timeout=5)
    try:
        db.execute(
            "CREATE TABLE IF NOT EXISTS judgements (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        db.execute("SELECT key, value FROM judgements LIMIT 1").fetchall()
        db.commit()
    except sqlite3.Error:
        db.close()
        raise
    return db


def _warn(path: Path | None, exc: BaseException, what: str) -> None:
    reason = _reason(exc)
    message = f"the model cache {shown(path) if path else ''} {what} ({reason})"
    warnings.warn(message, BriefsmithWarning, stacklevel=3)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return str(exc.strerror).lower() if exc.strerror else type(exc).__name__
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return _CONTROL.sub(" ", text)
