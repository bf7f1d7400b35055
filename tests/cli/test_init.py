"""``briefsmith.cli.main``: the console script's error handling, run in-process and as a
real process (``python -m briefsmith``, the ``briefsmith`` script)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefsmith import __version__
from briefsmith.cli import main
from briefsmith.errors import UsageError
from briefsmith.rules.engine import Engine

from .conftest import SMART_GOAL, TODAY, WriteGoals

SCRIPT = Path(sys.executable).with_name("briefsmith")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BRIEFSMITH_DEBUG"}
    return subprocess.run(
        list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=60, check=False
    )


def _main(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["briefsmith", *args])
    with pytest.raises(SystemExit) as info:
        main()
    code = info.value.code
    assert isinstance(code, int)
    return code


# --- real processes -----------------------------------------------------------------------


def test_python_m_version(tmp_path: Path) -> None:
    proc = _run(sys.executable, "-m", "briefsmith", "--version", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"briefsmith {__version__}\n"
    assert proc.stderr == ""


@pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed next to python")
def test_script_bad_file_json_one_stderr_line(tmp_path: Path) -> None:
    (tmp_path / "goals.json").write_text('{"goals": [', encoding="utf-8")
    proc = _run(str(SCRIPT), "check", "goals.json", "-f", "json", cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("briefsmith: error: goals.json:")
    assert "invalid JSON" in lines[0]


@pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed next to python")
def test_script_bad_file_default_format_one_stderr_line(tmp_path: Path) -> None:
    proc = _run(str(SCRIPT), "check", "missing.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, repr(proc.stderr)
    assert lines[0] == "briefsmith: error: missing.md: no such file"


def test_json_check_imports_no_heavy_modules(write_goals: WriteGoals, tmp_path: Path) -> None:
    path = write_goals(goals=[SMART_GOAL])
    snippet = textwrap.dedent(
        f"""
        import contextlib, io, sys
        sys.argv = ["briefsmith", "check", "--offline", "--format", "json",
                    "--today", "{TODAY}", {str(path)!r}]
        from briefsmith.cli import main
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                main()
        except SystemExit as exc:
            code = exc.code
        else:
            code = None
        assert '"smart": 1' in out.getvalue(), out.getvalue()
        loaded = [m for m in ("langchain", "openai", "rich") if m in sys.modules]
        print(code, ",".join(loaded) or "-")
        """
    )
    proc = _run(sys.executable, "-c", snippet, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["0", "-"]


# --- in-process error handling -------------------------------------------------------------


def test_main_exit_codes(monkeypatch: pytest.MonkeyPatch, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL])
    assert _main(monkeypatch, "check", str(path), "-f", "json", "--today", TODAY) == 0
    assert _main(monkeypatch, "check", str(path), "--today", "tomorrow") == 2


def test_internal_error_is_one_line_exit_3(
    monkeypatch: pytest.MonkeyPatch, write_goals: WriteGoals, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_goals(goals=[SMART_GOAL])

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("engine fell over")

    monkeypatch.setattr(Engine, "assess", boom)
    assert _main(monkeypatch, "check", str(path), "--today", TODAY) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("briefsmith: internal error: RuntimeError: engine fell over")
    assert "BRIEFSMITH_DEBUG" in err
    assert "Traceback" not in err


def test_debug_env_reraises(monkeypatch: pytest.MonkeyPatch, write_goals: WriteGoals) -> None:
    path = write_goals(goals=[SMART_GOAL])

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("engine fell over")

    monkeypatch.setattr(Engine, "assess", boom)
    monkeypatch.setenv("BRIEFSMITH_DEBUG", "1")
    monkeypatch.setattr(sys, "argv", ["briefsmith", "check", str(path), "--today", TODAY])
    with pytest.raises(RuntimeError, match="engine fell over"):
        main()


def test_briefsmith_error_outside_a_command_exits_2(
    monkeypatch: pytest.MonkeyPatch, write_goals: WriteGoals, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_goals(goals=[SMART_GOAL])

    def refuse(*args: object, **kwargs: object) -> None:
        raise UsageError("--today and --as-of cannot be combined")

    monkeypatch.setattr(Engine, "assess", refuse)
    assert _main(monkeypatch, "check", str(path), "--today", TODAY) == 2
    assert capsys.readouterr().err == (
        "briefsmith: error: --today and --as-of cannot be combined\n"
    )


def _interrupted(*args: object, **kwargs: object) -> None:
    raise KeyboardInterrupt


def test_keyboard_interrupt_exits_130(
    monkeypatch: pytest.MonkeyPatch, write_goals: WriteGoals, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_goals(goals=[SMART_GOAL])
    monkeypatch.setattr(Engine, "assess", _interrupted)
    assert _main(monkeypatch, "check", str(path), "--today", TODAY) == 130
    assert "Traceback" not in capsys.readouterr().err


def test_keyboard_interrupt_says_so(
    monkeypatch: pytest.MonkeyPatch, write_goals: WriteGoals, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_goals(goals=[SMART_GOAL])
    monkeypatch.setattr(Engine, "assess", _interrupted)
    assert _main(monkeypatch, "check", str(path), "--today", TODAY) == 130
    assert capsys.readouterr().err == "briefsmith: interrupted\n"
