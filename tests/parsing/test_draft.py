"""Goals from Markdown and text are made without validation (``trusted``): each one must
equal the model pydantic would have validated from the same values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefsmith.models.fast import audit
from briefsmith.models.goal import Goal
from briefsmith.parsing import load_file
from briefsmith.parsing.draft import Draft, build_goals

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted(
    p
    for p in [*ROOT.glob("examples/*.md"), *ROOT.glob("tests/rules/documents/*.md")]
    if not p.name.startswith("brief-request") and p.name != "README.md"
)


def _twins(built: list[tuple[type[Any], dict[str, Any], Any]]) -> set[str]:
    kinds = set()
    for cls, given, model in built:
        twin = cls.model_validate(given)
        assert model.__dict__ == twin.__dict__, (cls.__name__, given)
        assert model.model_dump_json() == twin.model_dump_json()
        kinds.add(cls.__name__)
    return kinds


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_trusted_goals_equal_their_validated_twins(path: Path) -> None:
    with audit() as built:
        goals = load_file(path).goals
    assert goals
    assert _twins(built) >= {"Goal", "SourceLocation"}


def test_text_goals_too() -> None:
    with audit() as built:
        load_file("g.txt", text="Grow MQLs from 400 to 520 by Q2 2027\nImprove the blog\n")
    assert _twins(built) == {"Goal", "SourceLocation"}


def test_untrusted_drafts_are_validated() -> None:
    """Records (YAML, JSON, CSV) are validated as before: a bad value is refused."""
    draft = Draft(statement="Grow", line=1, index=1, key_results=-1)  # must be ≥ 0
    with pytest.raises(ValueError, match="key_results"):
        build_goals([draft], "g.yaml")
    assert isinstance(build_goals([draft], "g.md", trusted=True)[0], Goal)  # not checked
