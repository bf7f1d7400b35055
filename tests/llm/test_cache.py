"""``briefsmith.llm.cache``: a SQLite cache of verified judgements."""

from __future__ import annotations

import os
import sqlite3
import stat
import warnings
from pathlib import Path
from typing import Any

import pytest

from briefsmith.errors import BriefsmithWarning
from briefsmith.llm.cache import JudgementCache, cache_key

VALUE: dict[str, Any] = {
    "judgement": {"id": "1", "rewrite": "在[日期]前，将注册量提升到[目标值]。"},
    "problems": [],
}
PARTS: dict[str, Any] = {
    "model": "gpt-4o-mini",
    "endpoint": "https://api.openai.com/v1",
    "prompt": "ec4bef60aecdbdbb",
    "statement": "Publish 8 partner webinars by June 2027",
    "parent": None,
    "fields": {"owner": "Kim Lo"},
    "lang": "en",
    "today": "2027-01-04",
}


def test_round_trip(tmp_path: Path) -> None:
    cache = JudgementCache(tmp_path / "cache.sqlite3")
    try:
        assert cache.get("k1") is None
        cache.put("k1", VALUE)
        assert cache.get("k1") == VALUE
        cache.put("k1", {"judgement": {}, "problems": ["x"]})  # replaced, not duplicated
        assert cache.get("k1") == {"judgement": {}, "problems": ["x"]}
        assert cache.get("k2") is None
    finally:
        cache.close()


def test_creates_parent_directories(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "cache.sqlite3"
    JudgementCache(path).close()
    assert path.is_file()


def test_persists_across_instances(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    first = JudgementCache(path)
    first.put("k", VALUE)
    first.close()
    second = JudgementCache(path)
    try:
        assert second.get("k") == VALUE
    finally:
        second.close()


def test_none_path_disables(tmp_path: Path) -> None:
    cache = JudgementCache(None)
    cache.put("k", VALUE)
    assert cache.get("k") is None
    cache.close()
    cache.close()  # idempotent
    assert list(tmp_path.iterdir()) == []


def test_close_is_idempotent(tmp_path: Path) -> None:
    cache = JudgementCache(tmp_path / "c.sqlite3")
    cache.close()
    cache.close()
    assert cache.get("k") is None  # closed behaves like disabled


@pytest.mark.parametrize("raw", ["not json {", "[1, 2, 3]", '"a string"', "null"])
def test_corrupt_value_is_a_miss(tmp_path: Path, raw: str) -> None:
    path = tmp_path / "cache.sqlite3"
    JudgementCache(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO judgements (key, value) VALUES (?, ?)", ("bad", raw))
    cache = JudgementCache(path)
    try:
        assert cache.get("bad") is None
    finally:
        cache.close()


def test_unicode_is_stored_verbatim(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = JudgementCache(path)
    cache.put("k", VALUE)
    cache.close()
    with sqlite3.connect(path) as db:
        (raw,) = db.execute("SELECT value FROM judgements WHERE key = 'k'").fetchone()
    assert "在[日期]前" in raw


def test_cache_key_is_stable() -> None:
    key = cache_key(**PARTS)
    assert key == cache_key(**PARTS)
    assert key == cache_key(**dict(reversed(list(PARTS.items()))))  # order-independent
    assert len(key) == 64
    int(key, 16)


@pytest.mark.parametrize(
    ("part", "value"),
    [
        ("model", "gpt-4o"),
        ("endpoint", "http://localhost:11434/v1"),
        ("prompt", "0000000000000000"),
        ("statement", "Publish 9 partner webinars by June 2027"),
        ("parent", "Grow enterprise pipeline"),
        ("fields", {"owner": "Kim Lo", "due": "2027-06-30"}),
        ("lang", "ru"),
        ("today", "2027-01-05"),
    ],
)
def test_cache_key_depends_on_each_part(part: str, value: Any) -> None:
    assert cache_key(**{**PARTS, part: value}) != cache_key(**PARTS)


def test_cache_key_distinguishes_missing_from_none() -> None:
    without = {k: v for k, v in PARTS.items() if k != "parent"}
    assert cache_key(**without) != cache_key(**PARTS)


# -- owner-only files, and caches that cannot be used ---------------------------------------


def test_a_new_cache_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "xdg" / "briefsmith" / "llm-cache.sqlite3"
    cache = JudgementCache(path)
    cache.put("k", VALUE)  # journal files appear and go while writing
    cache.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    leftovers = [p for p in path.parent.iterdir() if p != path]
    assert all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in leftovers)


def unusable(path: Path) -> list[str]:
    """Use a cache at ``path`` as a run would; returns the warnings it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cache = JudgementCache(path)
        cache.put("k", VALUE)
        assert cache.get("k") is None  # no cache: every lookup misses
        cache.put("k2", VALUE)
        cache.close()
    assert all(issubclass(w.category, BriefsmithWarning) for w in caught)
    return [str(w.message) for w in caught]


def test_a_corrupt_file_is_no_cache_and_one_warning(tmp_path: Path) -> None:
    path = tmp_path / "llm-cache.sqlite3"
    path.write_bytes(b"this is not a database, and never was" * 100)
    (message,) = unusable(path)
    assert message == (
        f"the model cache {path} cannot be used; running without a cache (file is not a database)"
    )
    assert path.read_bytes().startswith(b"this is not a database")  # left as it was


def test_a_directory_as_the_cache_path_is_no_cache(tmp_path: Path) -> None:
    (message,) = unusable(tmp_path)
    assert "cannot be used; running without a cache (it is a directory)" in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_that_cannot_be_written_is_no_cache(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    (message,) = unusable(locked / "cache" / "llm.sqlite3")
    assert "running without a cache (permission denied)" in message


def test_a_path_under_a_file_is_no_cache(tmp_path: Path) -> None:
    """Writable by nobody, root included: a file where a folder should be."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    (message,) = unusable(blocker / "llm.sqlite3")
    assert "cannot be used; running without a cache (" in message


def test_a_read_only_cache_still_answers(tmp_path: Path) -> None:
    path = tmp_path / "llm.sqlite3"
    first = JudgementCache(path)
    first.put("k", VALUE)
    first.close()
    with sqlite3.connect(path) as db:  # a database that refuses writes, even for root
        db.execute(
            "CREATE TRIGGER readonly BEFORE INSERT ON judgements "
            "BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END"
        )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cache = JudgementCache(path)
        assert cache.get("k") == VALUE
        cache.put("new", VALUE)
        cache.put("newer", VALUE)  # warned once
        assert cache.get("k") == VALUE
        cache.close()
    (warning,) = caught
    assert "cannot be written; new answers are not cached" in str(warning.message)


def test_control_characters_in_the_path_are_not_shown(tmp_path: Path) -> None:
    path = tmp_path / "evil\x1b]0;title\x07"
    path.mkdir()
    (message,) = unusable(path)
    assert "\x1b" not in message and "\x07" not in message
    assert "evil\\x1b]0;title\\x07" in message
