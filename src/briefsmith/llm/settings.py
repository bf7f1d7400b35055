"""LLM settings: environment, the config file's ``[llm]`` table, then command-line flags.

pydantic-settings reads ``BRIEFSMITH_*`` (and the usual ``OPENAI_API_KEY`` /
``OPENAI_BASE_URL``) so a CI job can configure a model without a file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from briefsmith.errors import ConfigError, UsageError
from briefsmith.llm.redact import mask_url

LOCAL = "local"
StructuredOutput = Literal["auto", "json_schema", "json_object", "function_calling", "json_mode"]


def default_cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefsmith" / "llm-cache.sqlite3"


class LLMSettings(BaseSettings):
    """Everything needed to talk to a model. ``model = "local"`` is the bundled model."""

    model_config = SettingsConfigDict(
        env_prefix="BRIEFSMITH_", extra="forbid", populate_by_name=True
    )

    model: str | None = Field(default=None, description="Model name, or 'local'.")
    base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("BRIEFSMITH_BASE_URL", "OPENAI_BASE_URL"),
        description="OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp, Azure, …).",
    )
    api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("BRIEFSMITH_API_KEY", "OPENAI_API_KEY"),
    )
    timeout: float = Field(
        default=120.0,
        gt=0,
        le=86_400,
        allow_inf_nan=False,
        description="Seconds per request (more than 0, at most a day).",
    )
    max_retries: int = Field(default=2, ge=0, description="Retries on 429/5xx/timeouts.")
    temperature: float = Field(default=0.0, ge=0, le=2)
    seed: int | None = Field(default=7, description="Sent to backends that honour it.")
    max_tokens: int = Field(default=2048, gt=0, description="Completion limit per request.")
    context_tokens: int = Field(
        default=8192,
        ge=1024,
        description="The model's context window; feedback is split into chunks that fit it.",
    )
    batch_size: int = Field(default=8, ge=1, description="Goals per request.")
    concurrency: int = Field(default=4, ge=1, description="Requests in flight at once.")
    max_reasks: int = Field(default=2, ge=0, description="Re-asks when a rewrite fails.")
    structured_output: StructuredOutput = "auto"
    cache: bool = True
    cache_path: Path = Field(default_factory=default_cache_path)

    @field_validator("base_url")
    @classmethod
    def _an_http_url(cls, value: str | None) -> str | None:
        """An endpoint a client can be made for: http(s), a host, a port that is a number.

        Checked here, so a typo is one line about the setting, not a crash deep in the
        HTTP client. The message masks any credentials the URL carries.
        """
        if value is None:
            return None
        value = value.strip()
        if not value:
            return None
        try:
            parts = urlsplit(value)
            parts.port  # noqa: B018 (raises on a port that is not a number)
        except ValueError:
            # Not the parser's own words: they may quote part of the URL unmasked.
            msg = (
                f"{mask_url(value)} is not a valid URL (check the host, the brackets of an "
                "IPv6 address and the port)"
            )
            raise ValueError(msg) from None
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            msg = (
                f"{mask_url(value)} is not an http(s) URL with a host, "
                "e.g. http://localhost:11434/v1"
            )
            raise ValueError(msg)
        return value

    @property
    def is_local(self) -> bool:
        return self.model == LOCAL

    def masked(self) -> dict[str, Any]:
        """Effective settings for display: the key shown as set or not, never its value,
        and credentials in the endpoint URL masked."""
        data = self.model_dump(mode="json")
        data["api_key"] = "****" if self.api_key else None
        if self.base_url:
            data["base_url"] = mask_url(self.base_url)
        return data


def load_llm_settings(
    table: dict[str, Any] | None = None, *, source: str | None = None, **overrides: Any
) -> LLMSettings:
    """Defaults < config file ``[llm]`` table < environment < command-line ``overrides``.

    ``source`` names the config file, so an invalid ``[llm]`` value is reported there.
    """
    from_file = dict(table or {})
    # Environment wins over the file: drop file keys that the environment sets.
    for name in LLMSettings.model_fields:
        variables = [f"BRIEFSMITH_{name.upper()}"]
        if name == "base_url":
            variables.append("OPENAI_BASE_URL")
        if name == "api_key":
            variables.append("OPENAI_API_KEY")
        if any(os.environ.get(variable) for variable in variables):
            from_file.pop(name, None)
    values = {**from_file, **{k: v for k, v in overrides.items() if v is not None}}
    try:
        return LLMSettings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "llm"
        name = str(first["loc"][0]) if first["loc"] else ""
        reason = first["msg"].removeprefix("Value error, ")
        if name in overrides and overrides[name] is not None:  # a command-line flag
            msg = f"invalid --{name.replace('_', '-')}: {reason}"
            raise UsageError(msg) from exc
        in_file = source is not None and name in from_file
        prefix = f"{source}: " if in_file else ""
        msg = f"{prefix}invalid LLM setting {where}: {reason}"
        raise ConfigError(msg) from exc
