"""Whatever text arrives, parsing ends in goals with statements or in an InputError."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefsmith.errors import InputError
from briefsmith.parsing import load_goals

NAMES = ["g.md", "g.txt", "g.yaml", "g.json", "g.jsonl", "g.csv", "<memory>"]

FRAGMENTS = [
    "- ",
    "* ",
    "1. ",
    "  ",
    "    ",
    "\n",
    "\n\n",
    "#",
    "## ",
    "<!--",
    "-->",
    ":",
    "：",
    "<!-- briefsmith: ignore ",
    "time_bound",
    "all",
    "owner: ",
    "负责人：",
    "срок: ",
    "id: ",
    "---\n",
    "as_of: ",
    "2026-01-01",
    "lang: ",
    "zh",
    "[ ] ",
    "(",
    ")",
    ";",
    ",",
    "—",
    "**",
    "`",
    "[",
    "]",
    "{",
    "}",
    '"goal": ',
    '"x"',
    "goal",
    "parent",
    "children:",
    "Grow ARR by 20%",
    "提高转化率",
    "Снизить отток",
    "\t",
    "|",
    ">",
    "\\",
    "&amp;",
    "\x00",
]

markdownish = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map(
    "".join
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), text=st.one_of(st.text(max_size=200), markdownish))
def test_any_text_gives_goals_or_input_error(name: str, text: str) -> None:
    try:
        goals = load_goals(name, text=text)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert goals
    for goal in goals:
        assert goal.statement.strip()
        assert goal.id
    assert len({goal.id for goal in goals}) == len(goals)


@pytest.mark.parametrize("name", NAMES)
def test_fragment_soup_examples(name: str) -> None:
    for text in ("-", "- <!-- -->", "- [ ]", "- owner:", "---\n---\n- a", "- a\n  - id: a"):
        with contextlib.suppress(InputError):
            load_goals(name, text=text)


KEYS = [
    "goal",
    "statement",
    "id",
    "parent",
    "lang",
    "as_of",
    "ignore",
    "children",
    "goals",
    "owner",
]
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=8)
    | st.sampled_from(["en", "zh", "2026-01-01", "all", "time_bound", "g1"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=4), inner, max_size=5)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(value=json_values, name=st.sampled_from(["g.json", "g.yaml", "g.jsonl"]))
def test_any_record_shape_gives_goals_or_input_error(value: object, name: str) -> None:
    if name == "g.jsonl":
        items = value if isinstance(value, list) else [value]
        text = "\n".join(json.dumps(item) for item in items)
    else:
        text = json.dumps(value)
    try:
        goals = load_goals(name, text=text)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert all(goal.statement.strip() for goal in goals)
