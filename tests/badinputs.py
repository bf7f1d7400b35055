"""A corpus of bad inputs, generated (no binaries in the repository).

Each ``Case`` knows how to write itself for each command it applies to (a goal file for
``check``, a request for ``brief``, a feedback file for ``feedback``) and what a user
must be told: exit 2 and one line naming the file, with a fragment of the reason. For
``check`` a good file is always read beside it and must be reported in full; ``keeps``
lists the bad file's own good goals that must survive its bad record.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Command = str  # "check" | "brief" | "feedback"
Writer = Callable[[Path], Path]

GOOD_GOALS = (
    "Publish 8 partner webinars between March and May 2027 to grow enterprise pipeline",
    "Raise the trial-to-paid rate from 4% to 6% by 30 June 2027",
)
GOOD_FILE = "".join(f"- {goal}\n" for goal in GOOD_GOALS)
KEPT = "Cut monthly churn from 3% to 2% by June 2027"
REQUEST = {"teams": ["Marketing", "Sales"], "objective": "Grow pipeline revenue"}
ITEM = {"text": "Webinar leads were mostly students.", "team": "sales"}


@dataclass(frozen=True)
class Case:
    name: str
    writers: dict[Command, Writer]
    fragment: str | tuple[str, ...]
    """A piece of the one-line message (or any one of several), for every command the case
    applies to."""
    keeps: tuple[str, ...] = ()
    line: bool = False
    """The message names a line (``file:N:``)."""


def text(name: str, content: str | bytes) -> Writer:
    def write(folder: Path) -> Path:
        path = folder / name
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)
        return path

    return write


def fifo(name: str) -> Writer:
    def write(folder: Path) -> Path:
        path = folder / name
        os.mkfifo(path)  # nobody ever writes: reading it would block forever
        return path

    return write


def device(name: str) -> Writer:
    def write(folder: Path) -> Path:
        path = folder / name
        path.symlink_to("/dev/zero")  # endless, and reports size 0
        return path

    return write


def sparse(name: str, megabytes: int) -> Writer:
    def write(folder: Path) -> Path:
        path = folder / name
        with path.open("wb") as handle:
            handle.truncate(megabytes * 1024 * 1024)  # sparse: no disk, no time
        return path

    return write


def bomb(tail: str) -> str:
    """≈ 400 bytes that stand for 9 ** 9 ≈ 387 million strings."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    return "\n".join(lines) + "\n" + tail


def jsonl(*records: object) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


SURROGATE = "x\ud800y"  # json.dumps writes it as the escape "\ud800"

CASES: list[Case] = [
    Case(
        "surrogate-in-statement",
        {
            "check": text(
                "g.json",
                "[" + json.dumps({"goal": KEPT}) + ",\n" + json.dumps({"goal": SURROGATE}) + "]",
            ),
            "brief": text("r.json", json.dumps({**REQUEST, "objective": SURROGATE})),
            "feedback": text("f.json", json.dumps([ITEM, {"text": SURROGATE}])),
        },
        "surrogate",
        keeps=(KEPT,),
        line=True,
    ),
    Case(
        "surrogate-in-id-and-owner",
        {
            "check": text(
                "g.jsonl",
                jsonl(
                    {"goal": KEPT},
                    {"goal": "a", "id": SURROGATE},
                    {"goal": "b", "owner": SURROGATE},
                ),
            ),
            "feedback": text("f.jsonl", jsonl(ITEM, {**ITEM, "author": SURROGATE})),
        },
        "lone surrogate escape",
        keeps=(KEPT,),
        line=True,
    ),
    Case(
        "surrogate-in-yaml",
        {
            "check": text("g.yaml", f'- goal: {KEPT}\n- goal: "x\\ud800"\n'),
            "brief": text("r.yaml", 'teams: [Marketing, Sales]\nobjective: "x\\ud800"\n'),
        },
        "lone surrogate",
        line=True,
    ),
    Case(
        "not-utf8",
        {
            "check": text("g.md", b"- Grow pipeline\n- Caf\xe9 launch\n"),
            "brief": text("r.yaml", b"teams: [Marketing, Sales]\nobjective: Caf\xe9\n"),
            "feedback": text("f.csv", b"text\nCaf\xe9 was great\n"),
        },
        "not valid UTF-8",
        line=True,
    ),
    Case(
        "binary",
        {
            "check": text("g.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            "brief": text("r.yaml", b"\x00\x01\x02"),
            "feedback": text("f.csv", b"text\n\x00\x01"),
        },
        "binary",
    ),
    Case(
        "utf16-without-bom",
        {
            "check": text("g.md", "- Grow pipeline\n".encode("utf-16-le")),
            "feedback": text("f.csv", "text\nok\n".encode("utf-16-le")),
        },
        "UTF-16 without a byte-order mark",
    ),
    Case(
        "utf32",
        {"check": text("g.md", "- Grow pipeline\n".encode("utf-32"))},
        "UTF-32, which is not supported",
    ),
    Case(
        "empty",
        {"check": text("g.md", ""), "brief": text("r.yaml", "  \n"), "feedback": text("f.csv", "")},
        "file is empty",
    ),
    Case(
        "fifo",
        {"check": fifo("g.md"), "brief": fifo("r.yaml"), "feedback": fifo("f.csv")},
        "is a named pipe (FIFO), not a regular file",
    ),
    Case(
        "device",
        {"check": device("g.md"), "brief": device("r.yaml"), "feedback": device("f.csv")},
        "is a character device, not a regular file",
    ),
    Case(
        "too-large",
        {
            "check": sparse("g.md", 11),
            "brief": sparse("r.yaml", 11),
            "feedback": sparse("f.csv", 11),
        },
        "file is too large (11 MB; the limit is 10 MB: raise max_file_mb",
    ),
    Case(
        "long-line",
        {
            "check": text("g.md", "- " + "x" * 20_001 + "\n"),
            "feedback": text("f.csv", "text\n" + "x" * 20_001 + "\n"),
        },
        "characters long (the limit is 20,000: raise max_line_chars",
        line=True,
    ),
    Case(
        "alias-bomb",
        {
            "check": text("g.yaml", bomb("lang: *a8\nas_of: *a8\ngoals: [x]\n")),
            "brief": text("r.yaml", bomb("teams: [Marketing, Sales]\nobjective: *a8\n")),
        },
        "YAML aliases (*name) add more than 1,000,000 values",
        line=True,
    ),
    Case(
        "alias-recursion",
        {
            "check": text("g.yaml", "- &g\n  goal: a\n  children: [*g]\n"),
            "brief": text("r.yaml", "teams: &t [Marketing, *t]\nobjective: x\n"),
        },
        "a YAML alias refers to the value that contains it",
        line=True,
    ),
    Case(
        "duplicate-yaml-key",
        {
            "check": text("g.yaml", f"- goal: {KEPT}\n- goal: Grow ARR\n  goal: Cut CAC\n"),
            "brief": text("r.yaml", "teams: [Marketing, Sales]\nobjective: a\nobjective: b\n"),
        },
        "is given twice",
        keeps=(KEPT,),
        line=True,
    ),
    Case(
        "impossible-date",
        {
            "check": text("g.yaml", f"- goal: {KEPT}\n- goal: Grow ARR\n  as_of: 2026-02-30\n"),
            "brief": text(
                "r.yaml",
                "teams: [Marketing, Sales]\nobjective: x\nfacts:\n  campaign_start: 2027-02-30\n",
            ),
            "feedback": text("f.jsonl", jsonl(ITEM, {**ITEM, "date": "2027-02-30"})),
        },
        "date",
        keeps=(KEPT,),
        line=True,
    ),
    Case(
        "front-matter-alias-bomb",
        {"check": text("g.md", "---\n" + bomb("lang: *a8\nas_of: *a8\n") + "---\n- Grow ARR\n")},
        "front matter 'lang' must be a single value",
        line=True,
    ),
    Case(
        "invalid-json",
        {
            "check": text("g.json", '[\n{"goal": "a"},\n{"goal": }\n]'),
            "brief": text("r.json", '{"teams": ["Marketing", "Sales"],\n "objective": "x"'),
            "feedback": text("f.json", '[\n{"text": "a"},\n{"text": }\n]'),
        },
        "invalid",
        line=True,
    ),
    Case(
        "bad-jsonl-line",
        {
            "check": text("g.jsonl", jsonl({"goal": KEPT}) + '{"goal": \n'),
            "feedback": text("f.jsonl", jsonl(ITEM) + '{"text": \n'),
        },
        "invalid JSON",
        keeps=(KEPT,),
        line=True,
    ),
    Case(
        "deep-json",
        {"check": text("g.json", "[" * 100_000), "feedback": text("f.json", "[" * 100_000)},
        "invalid JSON",
    ),
    Case(
        "bad-csv-row",
        {
            "check": text("g.csv", f"goal,owner\n{KEPT},Sam\nx,y,z\n"),
            "feedback": text("f.csv", "text,team\nok,sales\nx,y,z\n"),
        },
        "cells but the header has 2",
        keeps=(KEPT,),
        line=True,
    ),
    Case(
        "csv-without-goal-column",
        {
            "check": text("g.csv", "name,owner\nGrow ARR,Sam\n"),
            "feedback": text("f.csv", "name,team\nGreat,sales\n"),
        },
        "the CSV header has no",
        line=True,
    ),
    Case(
        "deep-markdown",
        {"check": text("g.md", "".join("  " * i + f"- level {i}\n" for i in range(20)))},
        "lists are nested deeper than 16 levels",
        line=True,
    ),
    Case(
        "bad-directive",
        {"check": text("g.txt", f"{KEPT}\nGrow ARR <!-- briefsmith: ignroe speed -->\n")},
        "unknown briefsmith comment 'ignroe'",
        keeps=(KEPT, "Grow ARR"),
        line=True,
    ),
    Case(
        "unsupported-extension",
        {
            "check": text("g.docx", "- Grow ARR\n"),
            "brief": text("r.txt", "teams: [a]\n"),
            "feedback": text("f.yaml", "- text: a\n"),
        },
        "",
    ),
    Case(
        "missing-goal-text",
        {
            "check": text("g.yaml", f"- goal: {KEPT}\n- owner: Sam\n"),
            "brief": text("r.yaml", "teams: [Marketing, Sales]\n"),
            "feedback": text("f.jsonl", jsonl(ITEM, {"team": "sales"})),
        },
        "",
        keeps=(KEPT,),
        line=True,
    ),
]


def cases_for(command: Command) -> list[tuple[Case, Writer]]:
    return [(case, case.writers[command]) for case in CASES if command in case.writers]
