"""``briefsmith.llm.cache``: a SQLite cache of verified judgements."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

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
