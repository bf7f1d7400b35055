"""YAML read without trusting it: alias bombs refused early, dates tolerated, keys checked."""

from __future__ import annotations

import datetime as dt
import itertools
import time
import tracemalloc

import pytest
import yaml

from briefsmith.errors import InputError
from briefsmith.parsing.yamldoc import check_text, load_document


def bomb(levels: int = 9, width: int = 9, *, tail: str = "lang: *z\nas_of: *z\n") -> str:
    """A "billion laughs": each level repeats the previous one ``width`` times."""
    names = [f"l{i}" for i in range(levels)]
    lines = [f"{names[0]}: &{names[0]} [" + ", ".join(['"lol"'] * width) + "]"]
    for prev, name in itertools.pairwise(names):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * width) + "]")
    lines.append(f"z: &z [*{names[-1]}]")
    return "\n".join(lines) + "\n" + tail


def load(text: str, limit: int = 1_000_000) -> object:
    return load_document(text, "g.yaml", max_alias_values=limit).data


def test_an_alias_bomb_is_refused_in_little_time_and_memory() -> None:
    text = bomb()  # 9 ** 9 ≈ 387 million strings once expanded, from ≈ 400 bytes
    assert len(text) < 600
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(InputError) as info:
        load(text)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 1.0, elapsed
    assert peak < 5_000_000, peak
    assert "YAML aliases (*name) add more than 1,000,000 values" in info.value.reason
    assert "max_alias_values under [limits]" in info.value.reason
    assert info.value.line is not None


def test_merge_key_bombs_are_refused_too() -> None:
    lines = ["a0: &a0 {x: 1, y: 2}"]
    for i in range(1, 30):  # each level merges the previous one twice
        lines.append(f"a{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}], k{i}: 1}}")
    with pytest.raises(InputError, match="YAML aliases"):
        load("\n".join(lines) + "\n")


def test_ordinary_aliases_and_merges_are_fine() -> None:
    text = (
        "defaults: &d {owner: Sam, due: 2027-03-31}\n"
        "goals:\n"
        "  - {<<: *d, goal: Grow ARR}\n"
        "  - {<<: *d, goal: Cut churn, owner: Kim}\n"
        "name: &n Pipeline\nparent: *n\n"
    )
    data = load(text, limit=100)
    assert isinstance(data, dict)
    assert data["goals"][1] == {"owner": "Kim", "due": dt.date(2027, 3, 31), "goal": "Cut churn"}
    assert data["parent"] == "Pipeline"


def test_the_limit_is_what_aliases_add() -> None:
    text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
    assert load(text, limit=8)  # the two aliases add 2 * 4 values
    with pytest.raises(InputError, match="add more than 7 values"):
        load(text, limit=7)


@pytest.mark.parametrize("text", ["a: &a [*a]\n", "a: &a {b: *a}\n", "- &g\n  children: [*g]\n"])
def test_an_alias_inside_its_own_anchor_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="refers to the value that contains it"):
        load(text)


def test_impossible_dates_and_huge_numbers_stay_text() -> None:
    data = load("due: 2026-02-30\nok: 2026-02-28\nn: 1" + "0" * 5000 + "\nf: 1.5\n")
    assert isinstance(data, dict)
    assert data["due"] == "2026-02-30"
    assert data["ok"] == dt.date(2026, 2, 28)
    assert data["n"] == "1" + "0" * 5000
    assert data["f"] == 1.5


def test_mappings_remember_lines_and_repeated_keys() -> None:
    data = load("# c\ngoal: a\nowner: b\ngoal: c\n")
    assert data == {"goal": "c", "owner": "b"}
    assert data.line == 2  # type: ignore[attr-defined]
    assert data.key_lines == {"goal": 2, "owner": 3}  # type: ignore[attr-defined]
    assert data.duplicates == [("goal", 4)]  # type: ignore[attr-defined]
    items = load("- a\n\n- b\n")
    assert items.lines == [1, 3]  # type: ignore[attr-defined]


def test_syntax_errors_name_the_line_with_an_offset() -> None:
    with pytest.raises(InputError) as info:
        load_document("a: 1\nb: [\n", "r.md", max_alias_values=10, first_line=2)
    assert info.value.line is not None and info.value.line >= 3
    assert info.value.reason.startswith("invalid YAML")


def test_empty_document() -> None:
    document = load_document("# only a comment\n", "g.yaml", max_alias_values=10)
    assert document.node is None and document.data is None


def test_a_surrogate_escape_is_refused_on_its_line() -> None:
    # libyaml refuses it while scanning; the pure-Python scanner lets it through, and
    # check_text catches it then.
    with pytest.raises(InputError) as info:
        load_document('a: ok\nb:\n  - "x\\ud800"\n', "r.yaml", max_alias_values=10)
    assert info.value.line == 3 and "invalid" in info.value.reason
    node = yaml.compose('a: ok\nb:\n  - "x\\ud800"\n', Loader=yaml.SafeLoader)
    with pytest.raises(InputError, match="lone surrogate") as info:
        check_text(node, "r.yaml")
    assert info.value.line == 3


def test_check_text_finds_repeated_keys() -> None:
    node = load_document("a: 1\nb:\n  c: 1\n  c: 2\n", "r.yaml", max_alias_values=10).node
    with pytest.raises(InputError, match="the key 'c' is given twice") as info:
        check_text(node, "r.yaml", first_line=2)
    assert info.value.line == 5
    text = "d: &d {b: 1}\na: {<<: *d, b: 2}\n"  # a merge overridden is not a repeat
    check_text(yaml.compose(text, Loader=yaml.SafeLoader), "r")
    assert load_document(text, "r", max_alias_values=9, strict=True).data == {
        "d": {"b": 1},
        "a": {"b": 2},
    }
    assert getattr(load(text)["a"], "duplicates", None) is None  # type: ignore[index]
    with pytest.raises(InputError, match="given twice"):
        load_document("a: 1\na: 2\n", "r", max_alias_values=9, strict=True)
