"""Every test runs isolated from the caller's shell: no model settings, a private cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

_GENERIC = {"API_KEY", "BASE_URL"}


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Clear BRIEFSMITH_* / OPENAI_* (a developer's real key must never reach a test) and
    point the LLM cache at the test's own folder."""
    for name in list(os.environ):
        upper = name.upper()
        if upper.startswith(("BRIEFSMITH_", "OPENAI_")) or upper in _GENERIC:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
