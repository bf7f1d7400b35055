"""Loading feedback: CSV, JSON Lines, JSON, Markdown lists; bad input is one line with where."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefsmith.errors import InputError
from briefsmith.feedback.load import load_feedback

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_loads_with_lines_teams_and_languages() -> None:
    items = load_feedback(ROOT / "examples" / "feedback.csv")
    assert len(items) >= 40
    assert len({item.id for item in items}) == len(items)
    first = items[0]
    assert first.id == "F01" and first.team == "marketing" and first.rating == 4
    assert first.date == dt.date(2026, 10, 6)
    assert first.source.line == 2
    assert {"marketing", "sales"} <= {item.team for item in items}
    assert any("线索" in item.text for item in items)
    assert any("лид" in item.text for item in items)


def test_csv_with_aliases_and_generated_ids(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "f.csv",
        "Comment;Department;Score;Date;Extra\n"
        "Leads were students;Sales;2;2026-10-06 10:22;x\n"
        '"Two\nlines";marketing;;;\n'
        "Leads were students;Sales;2;;\n",
    )
    items = load_feedback(path)
    assert [item.team for item in items] == ["sales", "marketing", "sales"]
    assert items[0].rating == 2.0 and items[0].date == dt.date(2026, 10, 6)
    assert items[1].text == "Two\nlines" and items[1].source.line == 3
    assert items[2].source.line == 5
    assert items[0].id.startswith("fb-") and items[2].id == items[0].id + "-2"
    assert load_feedback(path)[0].id == items[0].id  # stable across runs


def test_jsonl(tmp_path: Path) -> None:
    lines = [{"id": 7, "text": "Fast handoff", "team": "sales"}, {"feedback": "Slow"}]
    path = write(tmp_path, "f.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    items = load_feedback(path)
    assert next((i.id, i.text, i.source.line) for i in items) == ("7", "Fast handoff", 1)
    assert items[1].text == "Slow" and items[1].source.line == 2


@pytest.mark.parametrize("wrapped", [False, True])
def test_json_list_or_items_with_lines(tmp_path: Path, wrapped: bool) -> None:
    records = '[\n  {"text": "one"},\n\n  {"text": "two", "rating": "4.5"}\n]'
    text = '{"items": ' + records + "}" if wrapped else records
    items = load_feedback(write(tmp_path, "f.json", text))
    assert [i.text for i in items] == ["one", "two"]
    assert [i.source.line for i in items] == [2, 4]
    assert items[1].rating == 4.5


def test_markdown_list_with_team_headings(tmp_path: Path) -> None:
    text = (
        "# Retro\n\nSome intro paragraph.\n\n## Sales\n\n- Leads were students\n"
        "  and had no budget\n- Battlecards helped\n\n## Marketing\n\n1. Webinars worked\n"
    )
    items = load_feedback(write(tmp_path, "f.md", text))
    assert [(i.text, i.team, i.source.line) for i in items] == [
        ("Leads were students\nand had no budget", "sales", 7),
        ("Battlecards helped", "sales", 9),
        ("Webinars worked", "marketing", 13),
    ]


@pytest.mark.parametrize(
    ("name", "text", "where", "message"),
    [
        ("f.csv", "team,author\nsales,x\n", ":1", "no 'text'"),
        ("f.csv", "text,rating\nok,3\nbad,high\n", ":3", "rating 'high' is not a number"),
        ("f.csv", "text,date\nok,2026-13-01\n", ":2", "not a date"),
        ("f.csv", "text,team\nok,sales,extra\n", ":2", "row has 3 cells"),
        ("f.csv", "id,text\nA,x\nB,\n", ":3", "item has no text"),
        ("f.csv", "id,text\nA,x\nA,y\n", ":3", "duplicate id 'A' (first on line 2)"),
        ("f.jsonl", '{"text": "a"}\n{"text": \n', ":2", "invalid JSON"),
        ("f.jsonl", '{"text": "a"}\n[1]\n', ":2", "one JSON object per line"),
        ("f.json", '[\n{"text": "a"},\n{"text": 1,}\n]', ":3", "invalid JSON"),
        ("f.json", '[\n{"text": "a"},\n"b"\n]', ":3", "feedback objects"),
        ("f.json", '{"text": ["a"]}', ":1", "feedback objects"),
        ("f.json", '[{"text": ["a", "b"]}]', ":1", "must be text"),
        ("f.md", "Just a paragraph.\n", "f.md", "no feedback found"),
        ("f.csv", "   \n", "f.csv", "file is empty"),
        ("f.yaml", "- a\n", "f.yaml", "unsupported feedback file type '.yaml'"),
    ],
)
def test_bad_input_is_one_line_naming_file_and_line(
    tmp_path: Path, name: str, text: str, where: str, message: str
) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(InputError) as info:
        load_feedback(path)
    shown = str(info.value)
    assert "\n" not in shown
    assert shown.startswith(str(path))
    assert where in shown.split(": ")[0] or where == name
    assert message in shown


def test_binary_and_missing_files(tmp_path: Path) -> None:
    binary = tmp_path / "f.csv"
    binary.write_bytes(b"text\n\x00\x01")
    with pytest.raises(InputError, match="binary"):
        load_feedback(binary)
    with pytest.raises(InputError, match="no such file"):
        load_feedback(tmp_path / "missing.csv")


def test_stdin_text_is_sniffed_as_a_list() -> None:
    items = load_feedback("-", text="- one\n- two\n")
    assert [i.text for i in items] == ["one", "two"]


def test_stdin_csv_is_sniffed_by_its_text_column() -> None:
    items = load_feedback("-", text="id,comment,team\nF1,Great webinar,sales\n")
    assert [(i.id, i.text, i.team) for i in items] == [("F1", "Great webinar", "sales")]


@pytest.mark.parametrize("key", ["text", "author", "team", "id"])
@pytest.mark.parametrize("name", ["f.json", "f.jsonl"])
def test_a_lone_surrogate_is_an_error_on_its_line(tmp_path: Path, name: str, key: str) -> None:
    item = {"text": "Too few leads", key: "x\ud800"}
    good = {"text": "Good leads"}
    if name == "f.json":
        text = "[" + json.dumps(good) + ",\n" + json.dumps(item) + "]"
    else:
        text = json.dumps(good) + "\n" + json.dumps(item) + "\n"
    with pytest.raises(InputError, match=f"'{key}' contains a lone surrogate") as info:
        load_feedback(write(tmp_path, name, text))
    assert info.value.line == 2
    str(info.value).encode("utf-8")


def test_control_characters_are_removed_from_items(tmp_path: Path) -> None:
    item = {
        "text": "Leads \u001b[31mwaited\u001b[0m three days\u0007",
        "team": "\u001b]0;x\u0007Sales",
    }
    [loaded] = load_feedback(write(tmp_path, "f.jsonl", json.dumps(item) + "\n"))
    assert (loaded.text, loaded.team) == ("Leads waited three days", "sales")
    raw = "text\nHot leads \x1b[2Jwaited\n"
    [from_csv] = load_feedback(write(tmp_path, "f.csv", raw))
    assert from_csv.text == "Hot leads waited"
