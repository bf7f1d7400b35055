"""Per-file limits: defaults, and each one raised or lowered changes what is read."""

from __future__ import annotations

import pytest

from briefsmith.errors import InputError
from briefsmith.parsing import load_goals
from briefsmith.parsing.limits import MAX_DEPTH_CEILING, Limits, raise_hint


def outline(levels: int) -> str:
    return "".join("  " * level + f"- level {level}\n" for level in range(levels))


def test_defaults() -> None:
    limits = Limits()
    assert limits.max_bytes == 10 * 1024 * 1024
    assert (limits.max_goals, limits.max_depth, limits.max_line_chars) == (250_000, 16, 20_000)
    assert raise_hint("max_goals") == "raise max_goals under [limits] in briefsmith.toml"


def test_markdown_depth_follows_the_limit() -> None:
    with pytest.raises(InputError, match="deeper than 16 levels; flatten the outline or raise"):
        load_goals("g.md", text=outline(17))
    assert len(load_goals("g.md", text=outline(17), limits=Limits(max_depth=17))) == 17
    deepest = outline(MAX_DEPTH_CEILING)
    assert len(load_goals("g.md", text=deepest, limits=Limits(max_depth=MAX_DEPTH_CEILING))) == 64
    with pytest.raises(InputError, match="deeper than 4 levels") as info:
        load_goals("g.md", text=outline(6), limits=Limits(max_depth=4))
    assert info.value.line == 5


def test_the_depth_limit_has_a_ceiling() -> None:
    with pytest.raises(ValueError, match="max_depth"):
        Limits(max_depth=MAX_DEPTH_CEILING + 1)
