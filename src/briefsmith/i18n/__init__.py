"""Every sentence briefsmith writes in a user's language, in one place, as data.

One TOML file per part and language — ``<part>.<lang>.toml``: ``rules`` (what the rules
engine says about a goal), ``brief`` (a brief's findings, open questions and headings),
``feedback`` (a summary's headings) — so a reviewer who reads Chinese or Russian can
improve the wording without touching Python, and a test can check that every language
has every key with the same placeholders. The frame of the reports (column names,
pass/fail, rule ids) is English and lives with the renderers.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

LANGS = ("en", "zh", "ru")
PARTS = ("rules", "brief", "feedback")


@cache
def table(part: str, lang: str) -> dict[str, Any]:
    """``<part>.<lang>.toml`` as data (read once per process); English for a language
    the store does not have."""
    if part not in PARTS:
        msg = f"no sentences for {part!r}; the store has {', '.join(PARTS)}"
        raise ValueError(msg)
    name = f"{part}.{lang if lang in LANGS else 'en'}.toml"
    return tomllib.loads(files("briefsmith.i18n").joinpath(name).read_text("utf-8"))
