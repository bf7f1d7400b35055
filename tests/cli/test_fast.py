"""The start-up fast path of ``briefsmith check``: it reads what it fully understands the
way the Typer command does, hands anything else to Typer, and never imports Typer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefsmith.cli import main
from briefsmith.cli.app import app
from briefsmith.cli.fast import FLAGS, OTHER_FLAGS, VALUES, flag_given_a_value, parse_check
from briefsmith.cli.run_check import CheckOptions

from .conftest import NO_DEADLINE_GOAL, SMART_GOAL, TODAY, Invoke, WriteGoals


def _typer_options() -> dict[str, object]:
    import typer.main

    command = typer.main.get_command(app).commands["check"]  # type: ignore[attr-defined]
    return {
        opt: param
        for param in command.params
        for opt in (*param.opts, *param.secondary_opts)
        if opt.startswith("-")
    }


def test_every_fast_option_is_a_typer_option_of_the_same_kind() -> None:
    typer_options = _typer_options()
    for flag in FLAGS:
        assert flag in typer_options, flag
        assert typer_options[flag].is_flag, flag  # type: ignore[attr-defined]
    for option in VALUES:
        assert option in typer_options, option
        assert not typer_options[option].is_flag, option  # type: ignore[attr-defined]
    # Whatever the fast path does not read, Typer does (the model options, --llm, --help).
    unread = set(typer_options) - set(FLAGS) - set(VALUES)
    assert unread >= OTHER_FLAGS
    assert {o for o in unread if o not in ("-h", "--help")} <= {
        "--llm", "--model", "--base-url", "--batch-size", "--concurrency", "--max-reasks",
        "--timeout", "--cache", "--no-cache",
    }  # fmt: skip
    fields = set(CheckOptions.__dataclass_fields__)
    assert {key for key, _ in FLAGS.values()} <= fields
    assert set(VALUES.values()) <= fields


@pytest.mark.parametrize(
    "args",
    [
        ["--llm", "g.md"],
        ["-h"],
        ["--help"],
        ["--model", "x", "g.md"],
        ["--format", "yaml", "g.md"],
        ["--today"],
        ["--unknown", "g.md"],
        [],
        ["--fail-on", "--quiet", "g.md"],
        ["--jobs", "0", "g.md"],
        ["-j", "two", "g.md"],
    ],
)
def test_what_the_fast_path_leaves_to_typer(args: list[str]) -> None:
    assert parse_check(args) is None


def test_what_the_fast_path_reads() -> None:
    values = parse_check(
        ["a.md", "-fjson", "--select", "measurable", "--ignore=relevant", "-q", "--no-color",
         "--output", "out.json", "-j", "3", "--", "-b.md", "--today"]
    )  # fmt: skip
    assert values is not None
    assert values["paths"] == ["a.md", "-b.md", "--today"]
    assert (values["fmt"], values["quiet"], values["color"]) == ("json", True, False)
    assert (values["select"], values["ignore"]) == (["measurable"], ["relevant"])
    assert values["output"] == Path("out.json")
    assert values["jobs"] == 3


def _run_main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "argv", ["briefsmith", *args])
    with pytest.raises(SystemExit) as info:
        main()
    out = capsys.readouterr()
    return info.value.code, out.out, out.err


ARGS = [
    ["-f", "json"],
    ["-f", "concise", "--select", "time_bound"],
    ["--statistics"],
    ["-q", "--fail-on", "warning"],
    ["-f", "markdown", "--ignore", "time_bound.no-deadline,relevant"],
    ["--select", "nope"],
    ["--today", "tomorrow"],
    ["-f", "sarif", "--jobs", "2"],
]


@pytest.mark.parametrize("args", ARGS)
def test_fast_path_and_typer_agree(
    args: list[str],
    invoke: Invoke,
    write_goals: WriteGoals,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = write_goals(goals=[SMART_GOAL, NO_DEADLINE_GOAL])
    argv = ["check", str(path), "--today", TODAY, *args]
    assert parse_check(argv[1:]) is not None  # the fast path takes it
    code, out, err = _run_main(monkeypatch, capsys, *argv)
    typer_result = invoke(*argv)
    assert (code, out, err) == (typer_result.exit_code, typer_result.stdout, typer_result.stderr)


def test_a_flag_given_a_value_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], write_goals: WriteGoals
) -> None:
    path = write_goals(goals=[SMART_GOAL])
    code, out, err = _run_main(monkeypatch, capsys, "check", "--offline", "true", str(path))
    assert code == 2 and out == ""
    assert err == (
        "briefsmith: error: --offline is a flag and takes no value: drop 'true' "
        "(write --offline to turn it on, leave it out to keep it off)\n"
    )
    Path("true").write_text("- A goal file really named true\n", encoding="utf-8")
    assert flag_given_a_value(["--offline", "true"]) is None  # a real file is a file


def test_fast_path_imports_no_typer_rich_or_metadata(
    write_goals: WriteGoals, tmp_path: Path
) -> None:
    path = write_goals(goals=[SMART_GOAL])
    code = (
        "import sys\n"
        f"sys.argv = ['briefsmith', 'check', {str(path)!r}, '--today', {TODAY!r}, '-fconcise']\n"
        "from briefsmith.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('typer', 'rich', 'importlib.metadata', 'langchain_core', 'pygls')\n"
        "bad = [m for m in heavy if m in sys.modules]\n"
        "print('LOADED', ','.join(bad) or '-')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert proc.stdout.splitlines()[-1] == "LOADED -", proc.stdout + proc.stderr
