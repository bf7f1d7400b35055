"""Per-file limits, so a huge or hostile input is refused early instead of eating the machine.

Each can be raised in the configuration (``[limits]`` in ``briefsmith.toml``), and every
message that reports one says which and how.
"""

from __future__ import annotations

from functools import cache

from pydantic import ConfigDict, Field

from briefsmith.models.base import Model

MAX_DEPTH_CEILING = 64
"""Deeper nesting than this cannot be read safely (the parsers recurse)."""


class Limits(Model):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_file_mb: float = Field(
        default=10, gt=0, description="Largest input file, in MB (1 MB = 1,048,576 bytes)."
    )
    max_goals: int = Field(
        default=250_000,
        gt=0,
        description="Most goals read from one file (a 10 MB file of goals holds ~110,000).",
    )
    max_depth: int = Field(
        default=16,
        ge=1,
        le=MAX_DEPTH_CEILING,
        description="Deepest nesting of goals (Markdown lists, YAML/JSON 'children').",
    )
    max_line_chars: int = Field(
        default=20_000, gt=0, description="Longest line (JSON files are exempt)."
    )
    max_alias_values: int = Field(
        default=1_000_000,
        ge=0,
        description="Most values YAML aliases (*a) may add to a file once followed: a few "
        "hundred bytes of nested aliases can stand for billions.",
    )

    @property
    def max_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


def raise_hint(name: str) -> str:
    """How to raise limit ``name``, for the end of a message."""
    return f"raise {name} under [limits] in briefsmith.toml"


@cache
def default_limits() -> Limits:
    """The defaults, built on first use (building a model at import costs start-up time)."""
    return Limits()
