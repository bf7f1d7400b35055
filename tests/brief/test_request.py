"""Reading brief requests: YAML, Markdown with front matter, shorthands, and bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefsmith.brief.request import load_brief_request
from briefsmith.errors import InputError
from briefsmith.models.brief import RaciRole
from briefsmith.models.goal import Lang

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

MINIMAL = "teams: [Marketing, Sales]\nobjective: Grow pipeline revenue\n"


def write(tmp_path: Path, text: str, name: str = "request.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "lang", "teams"),
    [
        ("brief-request.yaml", Lang.EN, ["Marketing", "Sales"]),
        ("brief-request.zh.md", Lang.ZH, ["市场部", "IT部"]),
        ("brief-request.ru.md", Lang.RU, ["Маркетинг", "R&D"]),
    ],
)
def test_the_examples_load(name: str, lang: Lang, teams: list[str]) -> None:
    request = load_brief_request(EXAMPLES / name)
    assert request.lang is lang
    assert [t.name for t in request.teams] == teams
    assert request.facts.campaign_end is not None
    assert request.facts.people
    assert request.notes.strip()
    assert request.source.endswith(name)


def test_shorthands(tmp_path: Path) -> None:
    text = MINIMAL + (
        "facts:\n  budget: 38000\n  people: [Dana Reyes]\n  baselines: {SQLs: 22}\n"
        "goals:\n  - Raise SQLs from 22 to 30 by May 2027\n"
        "  - goal: Publish 6 webinars by 31 May 2027\n    owner: Dana Reyes\n    kpi: SQLs\n"
        "deliverables: {Webinar series: 2027-05-19}\n"
        "raci:\n  Webinar series: {A: Marketing, R: [Sales, Dana Reyes], informed: Sales}\n"
        "kpis:\n  - {name: SQLs, target: 30}\n"
    )
    request = load_brief_request(write(tmp_path, text))
    assert request.facts.budget == "38000"
    assert request.facts.baselines == {"SQLs": "22"}
    assert [p.name for p in request.facts.people] == ["Dana Reyes"]
    first, second = request.goals
    assert (first.id, first.statement) == ("goal-1", "Raise SQLs from 22 to 30 by May 2027")
    assert second.fields == {"owner": "Dana Reyes", "kpi": "SQLs"}
    assert second.source.line == 9
    assert request.deliverables[0].due == dt.date(2027, 5, 19)
    assert [(e.party, e.role) for e in request.raci] == [
        ("Marketing", RaciRole.ACCOUNTABLE),
        ("Sales", RaciRole.RESPONSIBLE),
        ("Dana Reyes", RaciRole.RESPONSIBLE),
        ("Sales", RaciRole.INFORMED),
    ]
    assert request.kpis[0].target == "30"


def test_markdown_body_is_the_notes(tmp_path: Path) -> None:
    path = write(tmp_path, f"---\n{MINIMAL}notes: first\n---\n\nSecond part.\n", "r.md")
    assert load_brief_request(path).notes == "first\n\nSecond part."


@pytest.mark.parametrize(
    ("name", "text", "line", "message"),
    [
        ("r.yaml", "teams: [Marketing, Sales]\n", 1, "objective: is required"),
        ("r.yaml", "teams: [Marketing]\nobjective: x\n", 1, "teams: List should have at least 2"),
        ("r.yaml", MINIMAL + "budjet: 5\n", 3, "budjet: unknown key"),
        ("r.yaml", MINIMAL + "facts:\n  campaign_end: soon\n", 4, "facts.campaign_end"),
        ("r.yaml", MINIMAL + "kpis:\n  - name: SQLs\n    ownr: Sales\n", 5, "kpis.0.ownr"),
        ("r.yaml", MINIMAL + "lang: fr\n", 3, "lang"),
        ("r.yaml", "teams: [a, b\nobjective: x\n", 2, "invalid YAML"),
        ("r.yaml", "- just a list\n", 1, "a mapping"),
        ("r.md", "# no front matter\n", 1, "front matter"),
        ("r.md", "---\nteams: [a, b]\n", 1, "never closed"),
        ("r.txt", "teams: [a]\n", None, "brief request is a .yaml"),
        ("r.yaml", "\n", None, "file is empty"),
    ],
)
def test_bad_requests_are_one_line_with_file_and_line(
    tmp_path: Path, name: str, text: str, line: int | None, message: str
) -> None:
    path = write(tmp_path, text, name)
    with pytest.raises(InputError) as caught:
        load_brief_request(path)
    error = caught.value
    assert error.path == str(path)
    assert error.line == line, str(error)
    assert message in str(error)
    assert "\n" not in str(error)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_brief_request(tmp_path / "nope.yaml")


# --- hostile requests ---------------------------------------------------------------------


def test_an_impossible_date_is_an_error_on_its_line(tmp_path: Path) -> None:
    text = MINIMAL + "facts:\n  campaign_start: 2027-02-30\n"
    with pytest.raises(InputError) as info:
        load_brief_request(write(tmp_path, text))
    assert info.value.line == 4
    assert "campaign_start" in info.value.reason
    assert "\n" not in str(info.value)


def test_a_lone_surrogate_is_an_error_on_its_line(tmp_path: Path) -> None:
    text = '{"teams": ["Marketing", "Sales"],\n "objective": "Grow \\ud800 pipeline"}\n'
    with pytest.raises(InputError) as info:
        load_brief_request(write(tmp_path, text, "request.json"))
    assert info.value.line == 2
    str(info.value).encode("utf-8")


def test_a_repeated_key_is_an_error_on_its_line(tmp_path: Path) -> None:
    text = MINIMAL + "objective: Grow revenue\n"
    with pytest.raises(InputError, match="the key 'objective' is given twice") as info:
        load_brief_request(write(tmp_path, text))
    assert info.value.line == 3


def test_an_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    levels = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    levels += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    text = MINIMAL + "\n".join(levels) + "\nnotes: *a8\n"
    with pytest.raises(InputError, match="YAML aliases"):
        load_brief_request(write(tmp_path, text))


def test_control_characters_are_removed(tmp_path: Path) -> None:
    text = (
        'teams: [Marketing, "Sa\\e[31mles"]\nobjective: "Grow\\x07 pipeline \\e]0;x\\a revenue"\n'
    )
    request = load_brief_request(write(tmp_path, text))
    assert [team.name for team in request.teams] == ["Marketing", "Sales"]
    assert " ".join(request.objective.split()) == "Grow pipeline revenue"


def test_a_fifo_request_is_refused(tmp_path: Path) -> None:
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    fifo = tmp_path / "request.yaml"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="named pipe"):
        load_brief_request(fifo)
