"""Prompt templates (``prompts/*.j2``) rendered in a jinja2 sandbox with strict variables.

Templates are data that ship inside the wheel; goal text is passed to them as JSON
(``tojson`` escapes ``<``, ``>`` and quotes), so a goal cannot close the ``<goals>``
block or smuggle template syntax. User-supplied templates are never rendered.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

# The variables each template documents; a test renders every template with exactly these.
VARIABLES: dict[str, frozenset[str]] = {
    "smart_system.j2": frozenset(),
    "smart_check.j2": frozenset({"goals", "today"}),
    "smart_reask.j2": frozenset({"goals", "today"}),
    "brief_system.j2": frozenset(),
    "brief_draft.j2": frozenset({"request", "missing", "lang", "today"}),
    "brief_reask.j2": frozenset({"problems", "lang"}),
    "feedback_system.j2": frozenset({"language"}),
    "feedback_map.j2": frozenset({"items"}),
    "feedback_reask.j2": frozenset({"problems"}),
    "feedback_merge_system.j2": frozenset({"language"}),
    "feedback_merge.j2": frozenset({"themes"}),
    "feedback_claims_system.j2": frozenset({"kind", "language"}),
    "feedback_claims.j2": frozenset({"kind", "claims"}),
}


def template_dir() -> Path:
    """Inside the wheel: ``briefsmith/prompts``; in a source checkout: ``<repo>/prompts``."""
    packaged = Path(str(files("briefsmith"))) / "prompts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "prompts"


@cache
def _environment() -> Any:
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(template_dir())),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
    return env


def render(name: str, **variables: Any) -> str:
    """Render one template; unknown or missing variables are errors, not blanks."""
    expected = VARIABLES[name]
    if set(variables) != expected:
        msg = f"{name} takes {sorted(expected)}, got {sorted(variables)}"
        raise ValueError(msg)
    return str(_environment().get_template(name).render(**variables)).strip()


@cache
def prompt_version(prefix: str = "") -> str:
    """A hash of the templates whose names start with ``prefix`` (``"smart_"``: the check).

    Part of the SMART cache key, so editing a check prompt re-asks — and editing a brief or
    feedback prompt does not (their cache keys hold the rendered messages themselves).
    """
    digest = hashlib.sha256()
    for name in sorted(VARIABLES):
        if name.startswith(prefix):
            digest.update(name.encode())
            digest.update((template_dir() / name).read_bytes())
    return digest.hexdigest()[:16]
