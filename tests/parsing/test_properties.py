"""Whatever text arrives, parsing ends in goals with statements or in an InputError.

The inputs include what attackers and broken exports send: lone surrogates, control
characters and terminal escapes, NaN and infinities, and YAML aliases nested into bombs.
Goals that come out carry no control character and encode as UTF-8; errors are one line.
"""

from __future__ import annotations

import contextlib
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefsmith.errors import InputError
from briefsmith.models.goal import Goal
from briefsmith.parsing import load_file, load_goals

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
    "\x1b[31m",
    "\x1b]0;title\x07",
    "\x1b]8;;http://x\x1b\\",
    "\x1bc",
    "\x9b2J",
    "\x07",
    "\x7f",
    "\ud800",
    "\udfff",
    "\u2028",
    "confidence: ",
    "NaN",
    "1e999",
    "11/10",
    "due: ",
    "2026-02-30",
    "&a ",
    "*a",
    "goal,owner\n",
    "goals:\n  - ",
]

hostile_chars = st.characters(categories=["Cc", "Cs", "Zl", "Zp", "Cf"])
hostile_text = st.text(alphabet=st.one_of(st.characters(), hostile_chars), max_size=60)

markdownish = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6), hostile_text), max_size=40
).map("".join)


def _clean(text: str) -> bool:
    """No control character but tab/newline, no surrogate: safe to print anywhere."""
    return not any(
        (ord(ch) < 32 and ch not in "\t\n") or 0x7F <= ord(ch) < 0xA0 or 0xD800 <= ord(ch) < 0xE000
        for ch in text
    )


def _assert_one_line(error: InputError) -> None:
    message = str(error)
    assert "\n" not in message
    message.encode("utf-8")  # a surrogate in the message would crash the CLI's print


def _assert_safe(goals: list[Goal]) -> None:
    for goal in goals:
        assert goal.statement.strip()
        assert goal.id
        dumped = goal.model_dump_json()
        dumped.encode("utf-8")
        texts = [goal.statement, goal.id, *goal.fields, *goal.fields.values()]
        texts += [goal.parent_statement or ""]
        assert all(_clean(text) for text in texts), goal


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), text=st.one_of(st.text(max_size=200), markdownish))
def test_any_text_gives_goals_or_input_error(name: str, text: str) -> None:
    try:
        goals = load_goals(name, text=text)
    except InputError as error:
        _assert_one_line(error)
        return
    assert goals
    _assert_safe(goals)
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
    | st.floats()  # NaN and ±inf too: json.dumps writes NaN / Infinity, which Python reads
    | st.text(max_size=8)
    | hostile_text
    | st.sampled_from(
        ["en", "zh", "2026-01-01", "2026-02-30", "all", "time_bound", "g1", "11/10", "1e999"]
    ),
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
        loaded = load_file(name, text=text)
    except InputError as error:
        _assert_one_line(error)
        return
    for error in loaded.errors:
        _assert_one_line(error)
    _assert_safe(loaded.goals)
    for goal in loaded.goals:
        assert "confidence" not in goal.fields or goal.fields["confidence"] not in ("nan", "inf")


ANCHOR_SLOTS = ["lang", "as_of", "goal", "owner", "children", "goals", "parent", "ignore"]


@st.composite
def aliased_yaml(draw: st.DrawFn) -> str:
    """YAML whose anchors nest: each level refers to earlier ones, a few to many times."""
    levels = draw(st.integers(min_value=1, max_value=12))
    lines = ['a0: &a0 ["lol", "Grow ARR by 10%", 7]']
    for level in range(1, levels):
        refs = draw(st.lists(st.integers(0, level - 1), min_size=1, max_size=10))
        lines.append(f"a{level}: &a{level} [" + ", ".join(f"*a{ref}" for ref in refs) + "]")
    used = draw(st.lists(st.sampled_from(ANCHOR_SLOTS), max_size=4, unique=True))
    record = ", ".join(f"{slot}: *a{draw(st.integers(0, levels - 1))}" for slot in used)
    lines.append("goals:")
    lines.append(f"  - {{goal: Cut churn to 2%, {record}}}" if record else "  - Cut churn to 2%")
    if draw(st.booleans()):
        lines.append(f"  - *a{levels - 1}")
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=aliased_yaml())
def test_yaml_aliases_are_bounded(text: str) -> None:
    started = time.perf_counter()
    try:
        loaded = load_file("g.yaml", text=text)
    except InputError as error:
        _assert_one_line(error)
    else:
        for error in loaded.errors:
            _assert_one_line(error)
        _assert_safe(loaded.goals)
    assert time.perf_counter() - started < 2.0, "alias expansion must be refused, not done"
