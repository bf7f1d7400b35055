"""Shared helpers for the parsing tests: write a goal file, assert a clean InputError."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from briefsmith.errors import InputError
from briefsmith.parsing import load_goals

WriteFile = Callable[[str, "str | bytes"], Path]
ExpectError = Callable[..., InputError]


@pytest.fixture
def write(tmp_path: Path) -> WriteFile:
    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def expect_error() -> ExpectError:
    """Load and assert the InputError names the file, the line (if given), on one line."""

    def _check(
        path: str | os.PathLike[str],
        *,
        text: str | None = None,
        line: int | None = None,
        match: str | None = None,
    ) -> InputError:
        with pytest.raises(InputError) as info:
            load_goals(path, text=text)
        error = info.value
        shown = "<stdin>" if os.fspath(path) == "-" else os.fspath(path)
        assert error.path == shown
        assert str(error).startswith(shown)
        assert "\n" not in str(error)
        assert error.line == line, str(error)
        if match is not None:
            assert match in error.reason, str(error)
        return error

    return _check
