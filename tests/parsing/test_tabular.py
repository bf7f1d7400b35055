"""CSV goal files: header names, delimiters, BOM, parents, lines and errors."""

from __future__ import annotations

from briefsmith.models.goal import Criterion
from briefsmith.parsing import load_goals

from .conftest import ExpectError, WriteFile


def test_csv_with_bom_semicolons_and_parent_by_id(write: WriteFile) -> None:
    data = (
        "\ufeffID;Goal;Owner;Parent;Ignore\r\n"
        "g1;Grow pipeline to $4M in FY27;Anna;;\r\n"
        "\r\n"
        ';"Increase MQLs; from 900 to 1,200";Ben;g1;"time_bound, measurable"\r\n'
    ).encode()
    top, child = load_goals(write("goals.csv", data))
    assert top.id == "g1" and top.fields == {"owner": "Anna"}
    assert top.source.line == 2
    assert child.statement == "Increase MQLs; from 900 to 1,200"
    assert child.parent_id == "g1"
    assert child.source.line == 4
    assert child.ignore == [Criterion.MEASURABLE, Criterion.TIME_BOUND]


def test_csv_tabs_and_localised_headers() -> None:
    text = "statement\tответственный\tсрок\nЗапустить реферальную программу\tПётр\t2026-11-01\n"
    [goal] = load_goals("g.csv", text=text)
    assert goal.fields == {"owner": "Пётр", "due": "2026-11-01"}


def test_csv_multiline_cell_keeps_record_start_line() -> None:
    text = 'goal,owner\n"Launch the EMEA\nreseller program",Ana\nCut CAC by 10%,Bo\n'
    first, second = load_goals("g.csv", text=text)
    assert first.statement == "Launch the EMEA reseller program"
    assert (first.source.line, second.source.line) == (2, 4)


def test_csv_errors(expect_error: ExpectError) -> None:
    expect_error("g.csv", text="owner,due\nAnna,2026\n", line=1, match="no 'goal'")
    expect_error(
        "g.csv", text="goal,owner\nGrow,Anna\n,Ben\n", line=3, match="record has no 'goal'"
    )
    expect_error("g.csv", text="goal,owner\nGrow,Anna,extra\n", line=2, match="3 cells")
    expect_error("g.csv", text='goal,owner\n"Grow"x,Anna\n', line=2, match="invalid CSV")
    expect_error("g.csv", text="goal,Goal\nGrow,Grow\n", line=1, match="repeats the column")
    expect_error("g.csv", text="goal,owner\n", match="no goals found")
    expect_error("g.csv", text="goal,lang\nGrow,de\n", line=2, match="unknown lang")


def test_many_rows_are_never_mistaken_for_a_repeated_record() -> None:
    # Rows become short-lived dicts; a freed one's id is reused by the next, which must not
    # read as a YAML-style repeated record.
    rows = "".join(
        f"g{i},Publish case study {i} by 31 May 2027,g{i - 1 if i else ''}\n" for i in range(200)
    )
    goals = load_goals("g.csv", text="id,goal,parent\n" + rows)
    assert [goal.id for goal in goals] == [f"g{i}" for i in range(200)]


def test_the_example_csv_loads() -> None:
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / "examples" / "goals.csv"
    goals = load_goals(str(example))
    assert len(goals) > 5
    assert {goal.id for goal in goals} >= {"nrr", "newsletter"}
