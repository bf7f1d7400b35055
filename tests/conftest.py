"""Shared fixtures: an isolated environment, the fault server, VCR and its endpoint.

- Every test runs with no ``BRIEFSMITH_*`` / ``OPENAI_*`` variables from the caller's shell
  and a private ``XDG_CACHE_HOME``, so a developer's key, model or cache never leaks in.
- ``fault_server``: the misbehaving chat-completions server in ``faultserver.py``.
- VCR (pytest-recording): cassettes live in ``tests/cassettes/<test module>/``; the API
  key, organisation and cookies are scrubbed, and so are credentials inside the endpoint
  URL (``llm.redact.mask_url``); requests match on method, scheme, host,
  port, path and the *parsed* JSON body. ``record_mode`` is deliberately not set here:
  the command line decides (``--record-mode=rewrite`` to re-record, ``none`` by default).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from faultserver import FaultServer

_GENERIC = {"API_KEY", "BASE_URL"}


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Clear BRIEFSMITH_* / OPENAI_* (a developer's real key must never reach a test) and
    point the LLM cache at the test's own folder."""
    for name in list(os.environ):
        upper = name.upper()
        if upper.startswith(("BRIEFSMITH_", "OPENAI_")) or upper in _GENERIC:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


ROOT = Path(__file__).resolve().parents[1]
CASSETTES = ROOT / "tests" / "cassettes"

TEST_KEY = "sk-test-NEVER-PRINT-1234"
"""The API key every test uses; it must appear in no report, message or cassette."""

# Cassettes are recorded against llama.cpp's server on this fixed address, so the URI in
# them is stable (LocalModelServer picks a random port, which would never match).
RECORD_PORT = 18081
RECORD_BASE_URL = f"http://127.0.0.1:{RECORD_PORT}/v1"
RECORD_MODEL = "SmolLM2-135M-Instruct"

# Re-recording against OpenAI instead of the bundled model (see scripts/record-cassettes):
# BRIEFSMITH_CASSETTE_TARGET=openai switches the endpoint and model, and the cassettes go
# to (and are replayed from) tests/cassettes/<module>/openai/.
TARGET_ENV = "BRIEFSMITH_CASSETTE_TARGET"
OPENAI_MODEL_ENV = "BRIEFSMITH_CASSETTE_OPENAI_MODEL"

_TARGET = os.environ.get(TARGET_ENV, "local")
_OPENAI_KEY = os.environ.get("OPENAI_API_KEY")  # read before the autouse fixture clears it


# -- the fault server ---------------------------------------------------------------------


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A fresh misbehaving server per test (``fault_server.script("500")``)."""
    with FaultServer().running() as server:
        yield server


@pytest.fixture
def closed_port_url() -> str:
    """An endpoint nobody listens on: connections are refused."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


# -- VCR ------------------------------------------------------------------------------------


def _json_or_raw(body: Any) -> Any:
    if body is None:
        return None
    raw = body.encode() if isinstance(body, str) else bytes(body)
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return raw


def json_body(r1: Any, r2: Any) -> None:
    """Bodies match when they parse to the same JSON (key order and spacing don't count)."""
    one, two = _json_or_raw(r1.body), _json_or_raw(r2.body)
    if one != two:
        msg = "request bodies differ (parsed JSON)"
        raise AssertionError(msg)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("json_body", json_body)


def _masked_uri(request: Any) -> Any:
    """A key in the endpoint URL (``user:key@``, ``?api-key=``) never reaches a cassette."""
    from briefsmith.llm.redact import mask_url

    request.uri = mask_url(request.uri)
    return request


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "before_record_request": _masked_uri,
        "filter_headers": [
            "authorization",
            "api-key",
            "openai-organization",
            "openai-project",
            "cookie",
            "set-cookie",
        ],
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "json_body"],
    }


@pytest.fixture(autouse=True)
def cassette_fully_replayed(request: pytest.FixtureRequest) -> Iterator[None]:
    """A replayed cassette test fails unless every recorded answer was played.

    A request that matches no recording is not an error the code under test sees as such:
    VCR refuses it, the model client reports a failed call, and a test that checks only
    what verification made of the answers could still pass. An unplayed recording is the
    sign: the request changed (a prompt, a message, the schema), so re-record with
    ``scripts/record-cassettes``.
    """
    if request.node.get_closest_marker("vcr") is None or _recording(request.config):
        yield
        return
    cassette = request.getfixturevalue("vcr")
    yield
    if cassette is not None and not cassette.all_played:
        unplayed = len(cassette.data) - sum(1 for n in cassette.play_counts.values() if n)
        msg = (
            f"{unplayed} of {len(cassette.data)} recorded answers in {cassette._path} were "
            "not replayed: the requests changed; re-record with scripts/record-cassettes"
        )
        pytest.fail(msg)


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    module = Path(str(request.node.path)).stem
    base = CASSETTES / module
    return str(base / "openai" if _TARGET == "openai" else base)


# -- the endpoint cassettes are recorded against -------------------------------------------


def _recording(config: pytest.Config) -> bool:
    return (config.getoption("--record-mode") or "none") != "none"


def _wait_ready(process: subprocess.Popen[bytes], url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            msg = f"llama_cpp.server exited with {process.returncode} at start-up"
            raise RuntimeError(msg)
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    msg = f"llama_cpp.server did not answer on {url} within {timeout:.0f} s"
    raise RuntimeError(msg)


@pytest.fixture(scope="session")
def cassette_endpoint(
    pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, str]]:
    """``{"base_url", "model", "api_key"}`` for cassette tests.

    Replay (the default, ``--record-mode=none``): nothing is started; the fixed URL only
    has to match the cassettes. Recording: starts llama.cpp's server with the bundled
    SmolLM2 on the fixed port (or, with ``BRIEFSMITH_CASSETTE_TARGET=openai``, uses OpenAI
    with ``OPENAI_API_KEY``) and stops it at the end of the session.
    """
    if _TARGET == "openai":
        model = os.environ.get(OPENAI_MODEL_ENV, "gpt-4o-mini")
        key = _OPENAI_KEY if _recording(pytestconfig) and _OPENAI_KEY else TEST_KEY
        yield {"base_url": "https://api.openai.com/v1", "model": model, "api_key": key}
        return
    endpoint = {"base_url": RECORD_BASE_URL, "model": RECORD_MODEL, "api_key": TEST_KEY}
    if not _recording(pytestconfig):
        yield endpoint
        return
    from briefsmith.llm.local import local_model_path

    log = tmp_path_factory.mktemp("llama") / "server.log"
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(local_model_path()),
        "--model_alias", RECORD_MODEL,
        "--host", "127.0.0.1",
        "--port", str(RECORD_PORT),
        "--n_ctx", "4096",
        "--verbose", "False",
    ]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_ready(process, RECORD_BASE_URL, 120)
        yield endpoint
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
