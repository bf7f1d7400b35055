"""Suppression directive parsing."""

from __future__ import annotations

import pytest

from briefsmith.models.goal import Criterion
from briefsmith.parsing.suppress import directives, only_comments, parse_directive


def test_parse_directive() -> None:
    assert parse_directive(" ignore time-bound,specific ") == [
        Criterion.SPECIFIC,
        Criterion.TIME_BOUND,
    ]
    assert parse_directive("IGNORE ALL") == ["all"]
    assert parse_directive("ignore measurable.no-target, relevant x") == [
        "relevant",
        "measurable.no-target",
        "x",
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("ignore", "needs rules or criteria"),
        ("skip measurable", "unknown briefsmith comment"),
    ],
)
def test_bad_directives(body: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_directive(body)


def test_directives_and_comment_only_blocks() -> None:
    html = "<!-- note -->\n<!-- briefsmith: ignore all -->\n"
    assert directives(html) == [(" ignore all ", 1)]
    assert only_comments(html)
    assert not only_comments("<div>x</div>")
