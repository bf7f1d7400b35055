"""The compiled-pattern cache: the same patterns as ``re.compile``, kept between runs, and
nothing lost when the file is missing, damaged or switched off."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefsmith import regex_cache

PATTERNS = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(\d\d))?", 0),
    (r"(?<!\w)(?:grow|raise|lift)\s+(?P<what>\w+)", re.UNICODE),
    (r"[\u3400-\u9fff]+(?:季度|月)", 0),
    (r"увелич\w*\s+(?:на\s+)?(?P<n>\d+)\s*%", re.IGNORECASE),
]
TEXTS = [
    "2027-06 and 2027-06-30",
    "Grow signups, lift retention",
    "第三季度 三月",
    "УВЕЛИЧИТЬ на 15 %",
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache directory, forgotten again afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    regex_cache.forget()
    yield regex_cache.cache_path()
    regex_cache.forget()


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for text in TEXTS:
        assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_patterns_read_back_from_the_file_match_as_re_compile_does(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for pattern, flags in PATTERNS:
        _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))
    regex_cache.save()
    assert fresh.is_file()
    assert fresh.stat().st_mode & 0o077 == 0  # private to the user, like the LLM cache
    regex_cache.forget()

    def no_compiling(*_: object) -> None:
        raise AssertionError("compiled although the file had it")

    monkeypatch.setattr(regex_cache, "_compile_and_keep", no_compiling)
    for pattern, flags in PATTERNS:
        _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))


def test_a_damaged_file_is_ignored_and_replaced(fresh: Path) -> None:
    fresh.parent.mkdir(parents=True)
    fresh.write_bytes(b"\x00not marshal data")
    pattern, flags = PATTERNS[0]
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))
    regex_cache.save()
    regex_cache.forget()
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))


def test_an_entry_the_regex_engine_refuses_is_compiled_afresh(fresh: Path) -> None:
    pattern, flags = PATTERNS[1]
    regex_cache.compile(pattern, flags)
    regex_cache.save()
    regex_cache.forget()
    entries = regex_cache._load()
    key = (pattern, int(flags))
    flags_, code, groups, groupindex, indexgroup = entries[key]
    entries[key] = (flags_, [999_999, *code[1:]], groups, groupindex, indexgroup)
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))


def test_a_bad_pattern_is_the_error_re_compile_gives(fresh: Path) -> None:
    with pytest.raises(re.error):
        regex_cache.compile(r"(unclosed")


def test_switched_off_it_neither_reads_nor_writes(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFSMITH_REGEX_CACHE", "0")
    pattern, flags = PATTERNS[2]
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))
    regex_cache.save()
    assert not fresh.exists()


def test_a_second_run_reads_the_file_and_reports_the_same(tmp_path: Path) -> None:
    goals = tmp_path / "goals.md"
    goals.write_text(
        "# 2027 plan\n\n- Grow trial sign-ups from 400 to 600 a month by June 2027\n"
        "- 在2027年第三季度把复购率提高到35%\n- Снизить отток до 4% к концу 2027 года\n",
        encoding="utf-8",
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("BRIEFSMITH_REGEX_CACHE", None)
    cmd = [
        sys.executable,
        "-m",
        "briefsmith",
        "check",
        str(goals),
        "--format",
        "json",
        "--today",
        "2027-01-10",
    ]
    first = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    files = list((tmp_path / "cache" / "briefsmith").glob("regex-*.marshal"))
    assert len(files) == 1 and files[0].stat().st_size > 0
    written = files[0].stat().st_mtime_ns
    second = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    assert (second.returncode, second.stdout, second.stderr) == (
        first.returncode,
        first.stdout,
        first.stderr,
    )
    assert first.stdout.strip().startswith("{")
    assert files[0].stat().st_mtime_ns == written  # every pattern was found: nothing rewritten
