"""What every cassette test shares: pinned settings, the recorded prompts, completeness.

Everything that goes into a request body is pinned in ``cassette_settings``, so a change
of a default elsewhere does not silently invalidate the cassettes' body match.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefsmith.llm.settings import LLMSettings, load_llm_settings

CASSETTES = Path(__file__).resolve().parent / "cassettes"
LOCAL_MODEL = "SmolLM2-135M-Instruct"


def cassette_settings(endpoint: dict[str, str], **overrides: Any) -> LLMSettings:
    """Settings for ``endpoint`` (the ``cassette_endpoint`` fixture) plus a test's own."""
    values: dict[str, Any] = {
        "model": endpoint["model"],
        "base_url": endpoint["base_url"],
        "api_key": endpoint["api_key"],
        "max_retries": 0,  # a cassette miss fails at once
        "timeout": 300.0,  # recording on two cores: ~30 s or more per request
        "cache": False,
        "temperature": 0.0,
        "seed": 7,
        # llama.cpp's server constrains the answer to the schema with json_object + schema
        # (what --model local uses); OpenAI gets its default, json_schema.
        "structured_output": "json_object" if endpoint["model"] == LOCAL_MODEL else "auto",
        **overrides,
    }
    return load_llm_settings(**values)


def user_messages(cassette: Any) -> list[str]:
    """The last user message of every request in the cassette, in order."""
    texts = []
    for request in cassette.requests:
        body = request.body
        data = json.loads(body.decode() if isinstance(body, bytes) else body)
        texts.append(data["messages"][-1]["content"])
    return texts


def cassette_tests(module_globals: dict[str, Any]) -> set[str]:
    """The module's tests marked ``vcr``."""
    return {
        name
        for name, value in module_globals.items()
        if name.startswith("test_")
        and any(mark.name == "vcr" for mark in getattr(value, "pytestmark", []))
    }


def missing_cassettes(module_file: str, module_globals: dict[str, Any]) -> set[str]:
    """Tests of the module (``__file__``, ``globals()``) whose cassette is not recorded.

    Replay needs them all; a missing one would only fail, less clearly, when its test runs.
    """
    folder = CASSETTES / Path(module_file).stem
    recorded = {path.stem for path in folder.glob("*.yaml")}
    return cassette_tests(module_globals) - recorded
