"""What the commands do with their inputs: directories, stdin, --output over an input,
limits and configuration files that cannot be read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import SMART_GOAL, TODAY, VAGUE_GOAL, Invoke, WriteGoals, report_of

REQUEST = "teams: [Marketing, Sales]\nobjective: Grow pipeline revenue\n"
FEEDBACK = "id,text,team\nF1,Webinar leads were mostly students.,sales\n"


# --- directories ---------------------------------------------------------------------------


def test_check_a_directory_recursively(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "goals" / "team").mkdir(parents=True)
    (tmp_path / "goals" / ".git").mkdir()
    (tmp_path / "goals" / "b.md").write_text(f"- {VAGUE_GOAL}\n", encoding="utf-8")
    (tmp_path / "goals" / "team" / "a.yaml").write_text(
        f"- goal: {json.dumps(SMART_GOAL)}\n", "utf-8"
    )
    (tmp_path / "goals" / ".git" / "x.md").write_text("- hidden\n", encoding="utf-8")
    (tmp_path / "goals" / "slides.pptx").write_text("x", encoding="utf-8")
    result = invoke("check", "goals", "-f", "json", "--today", TODAY)
    assert result.exit_code == 1, result.output
    report = report_of(result)
    assert [g.source.path for g in report.goals] == [
        str(Path("goals") / "b.md"),
        str(Path("goals") / "team" / "a.yaml"),
    ]
    assert report.errors == []
    assert result.stderr == ""


def test_an_empty_directory_is_an_input_error(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "goals").mkdir()
    result = invoke("check", "goals", "-f", "json")
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("briefsmith: error: goals: no goal files in this directory")


# --- stdin -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"goal,owner\n{SMART_GOAL.split(' — ')[0]},Kim Lo\n",
        f"goals:\n  - goal: {SMART_GOAL.split(' — ')[0]}\n    owner: Kim Lo\n",
        f"- goal: {SMART_GOAL.split(' — ')[0]}\n  owner: Kim Lo\n",
    ],
)
def test_stdin_csv_and_yaml_are_read_as_such(invoke: Invoke, text: str) -> None:
    result = invoke("check", "-", "-f", "json", "--today", TODAY, input=text)
    assert result.exit_code == 0, result.output
    [goal] = report_of(result).goals
    assert goal.statement == SMART_GOAL.split(" — ")[0]  # not the header row, not "goal:"


# --- --output over an input -----------------------------------------------------------------


def _same_file_ways(tmp_path: Path, target: Path) -> list[str]:
    link = tmp_path / "link.md"
    link.symlink_to(target)
    hard = tmp_path / "hard.md"
    os.link(target, hard)
    return [str(target), target.name, f"./sub/../{target.name}", str(link), str(hard)]


def test_check_refuses_to_write_over_an_input(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path
) -> None:
    (tmp_path / "sub").mkdir()
    path = write_goals("goals.md", [SMART_GOAL])
    original = path.read_text(encoding="utf-8")
    for output in _same_file_ways(tmp_path, path):
        result = invoke("check", "goals.md", "-o", output)
        assert result.exit_code == 2, output
        [line] = result.stderr.splitlines()
        shown = Path(output)  # as typer hands it over: ./sub/../x.md is sub/../x.md
        assert line.startswith(f"briefsmith: error: --output {shown} is the input file goals.md")
    assert path.read_text(encoding="utf-8") == original


def test_check_refuses_a_file_of_an_input_directory(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "goals").mkdir()
    inside = tmp_path / "goals" / "q1.md"
    inside.write_text(f"- {SMART_GOAL}\n", encoding="utf-8")
    result = invoke("check", "goals", "-o", "goals/q1.md")
    assert result.exit_code == 2
    assert "is the input file" in result.stderr
    assert inside.read_text(encoding="utf-8") == f"- {SMART_GOAL}\n"


def test_check_writes_a_new_or_unrelated_file(
    invoke: Invoke, write_goals: WriteGoals, tmp_path: Path
) -> None:
    write_goals("goals.md", [SMART_GOAL])
    (tmp_path / "old-report.txt").write_text("old", encoding="utf-8")
    for output in ("report.json", "old-report.txt"):
        result = invoke("check", "goals.md", "-o", output, "-f", "json", "--today", TODAY)
        assert result.exit_code == 0, result.output
        assert json.loads((tmp_path / output).read_text(encoding="utf-8"))["goals"]


def test_brief_refuses_to_write_over_its_request(invoke: Invoke, tmp_path: Path) -> None:
    request = tmp_path / "request.yaml"
    request.write_text(REQUEST, encoding="utf-8")
    result = invoke("brief", "request.yaml", "--offline", "-o", str(request))
    assert result.exit_code == 2
    assert "is the input file request.yaml" in result.stderr
    assert request.read_text(encoding="utf-8") == REQUEST


def test_feedback_refuses_to_write_over_its_input(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "feedback.csv"
    path.write_text(FEEDBACK, encoding="utf-8")
    result = invoke("feedback", "feedback.csv", "-o", "./feedback.csv")
    assert result.exit_code == 2
    assert "is the input file feedback.csv" in result.stderr
    assert path.read_text(encoding="utf-8") == FEEDBACK


# --- limits and configuration ---------------------------------------------------------------


def test_limits_from_the_config(invoke: Invoke, write_goals: WriteGoals, tmp_path: Path) -> None:
    write_goals("goals.md", [SMART_GOAL, VAGUE_GOAL, SMART_GOAL + " again"])
    (tmp_path / "briefsmith.toml").write_text("[limits]\nmax_goals = 2\n", encoding="utf-8")
    result = invoke("check", "goals.md", "-f", "json")
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line == (
        "briefsmith: error: goals.md: more than 2 goals in one file "
        "(raise max_goals under [limits] in briefsmith.toml)"
    )
    (tmp_path / "briefsmith.toml").write_text("[limits]\nmax_goals = 3\n", encoding="utf-8")
    assert invoke("check", "goals.md", "-f", "json").exit_code == 1


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        (
            "briefsmith.toml",
            b'lang = "\xff"\n',
            "briefsmith.toml:1: cannot read configuration: not valid UTF-8",
        ),
        ("pyproject.toml", b"tool = 5\n", "pyproject.toml: 'tool' must be a table"),
        ("pyproject.toml", b"[tool]\nbriefsmith = 5\n", "'tool.briefsmith' must be a table"),
    ],
)
@pytest.mark.parametrize("command", ["check", "brief", "feedback"])
def test_unreadable_configuration_is_one_line_exit_2(
    invoke: Invoke, tmp_path: Path, name: str, data: bytes, fragment: str, command: str
) -> None:
    (tmp_path / name).write_bytes(data)
    inputs = {"check": ("goals.md", f"- {SMART_GOAL}\n"), "brief": ("r.yaml", REQUEST),
              "feedback": ("f.csv", FEEDBACK)}  # fmt: skip
    path, text = inputs[command]
    (tmp_path / path).write_text(text, encoding="utf-8")
    result = invoke(command, path)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("briefsmith: error: ")
    assert fragment in line
    assert "Traceback" not in result.output
