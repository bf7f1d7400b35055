"""``briefsmith.llm.settings``: defaults < ``[llm]`` table < environment < flags."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from briefsmith.errors import ConfigError, UsageError
from briefsmith.llm.settings import LLMSettings, default_cache_path, load_llm_settings

KEY = "sk-settings-test-DO-NOT-SHOW-9876"


@pytest.fixture(autouse=True)
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No model, key or endpoint from the caller's shell; a private cache directory."""
    for name in list(os.environ):
        upper = name.upper()
        if upper.startswith(("BRIEFSMITH_", "OPENAI_")) or upper in {"API_KEY", "BASE_URL"}:
            monkeypatch.delenv(name, raising=False)
    cache_home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    return cache_home


def test_defaults(clean_env: Path) -> None:
    """The defaults documented in docs/llm.md's settings table."""
    settings = load_llm_settings()
    assert settings.model is None
    assert settings.base_url is None
    assert settings.api_key is None
    assert settings.timeout == 120.0
    assert settings.max_retries == 2
    assert settings.temperature == 0.0
    assert settings.seed == 7
    assert settings.max_tokens == 2048
    assert settings.batch_size == 8
    assert settings.concurrency == 4
    assert settings.max_reasks == 2
    assert settings.structured_output == "auto"
    assert settings.cache is True
    assert settings.cache_path == clean_env / "briefsmith" / "llm-cache.sqlite3"
    assert not settings.is_local


def test_default_cache_path_without_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_path() == tmp_path / "home" / ".cache" / "briefsmith" / "llm-cache.sqlite3"


def test_empty_table_and_none_are_the_defaults() -> None:
    assert load_llm_settings({}) == load_llm_settings(None) == load_llm_settings()


@pytest.mark.parametrize(
    ("variable", "value", "field", "expected"),
    [
        ("BRIEFSMITH_MODEL", "gpt-4o-mini", "model", "gpt-4o-mini"),
        ("BRIEFSMITH_MODEL", "local", "model", "local"),
        (
            "BRIEFSMITH_BASE_URL",
            "http://localhost:11434/v1",
            "base_url",
            "http://localhost:11434/v1",
        ),
        (
            "OPENAI_BASE_URL",
            "https://gateway.example.com/v1",
            "base_url",
            "https://gateway.example.com/v1",
        ),
        ("BRIEFSMITH_BATCH_SIZE", "3", "batch_size", 3),
        ("BRIEFSMITH_TIMEOUT", "12.5", "timeout", 12.5),
        ("BRIEFSMITH_CACHE", "false", "cache", False),
        (
            "BRIEFSMITH_CACHE_PATH",
            "/srv/cache/judgements.db",
            "cache_path",
            Path("/srv/cache/judgements.db"),
        ),
        ("BRIEFSMITH_TEMPERATURE", "0.3", "temperature", 0.3),
        ("BRIEFSMITH_SEED", "42", "seed", 42),
        ("BRIEFSMITH_MAX_REASKS", "0", "max_reasks", 0),
        ("BRIEFSMITH_CONCURRENCY", "1", "concurrency", 1),
        ("BRIEFSMITH_STRUCTURED_OUTPUT", "json_mode", "structured_output", "json_mode"),
    ],
)
def test_environment_variables(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, field: str, expected: Any
) -> None:
    monkeypatch.setenv(variable, value)
    assert getattr(load_llm_settings(), field) == expected


@pytest.mark.parametrize("variable", ["OPENAI_API_KEY", "BRIEFSMITH_API_KEY"])
def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    monkeypatch.setenv(variable, KEY)
    settings = load_llm_settings()
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == KEY


def test_briefsmith_base_url_wins_over_openai_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "https://gateway.example.com/v1")
    monkeypatch.setenv("BRIEFSMITH_BASE_URL", "http://localhost:11434/v1")
    assert load_llm_settings().base_url == "http://localhost:11434/v1"


def test_file_table_beats_defaults() -> None:
    table = {"model": "llama3.1", "base_url": "http://localhost:11434/v1", "batch_size": 2}
    settings = load_llm_settings(table)
    assert (settings.model, settings.base_url, settings.batch_size) == (
        "llama3.1",
        "http://localhost:11434/v1",
        2,
    )
    assert settings.concurrency == 4  # untouched keys keep their default


def test_table_is_not_mutated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_MODEL", "gpt-4o-mini")
    table = {"model": "llama3.1", "batch_size": 2}
    load_llm_settings(table)
    assert table == {"model": "llama3.1", "batch_size": 2}


@pytest.mark.parametrize(
    ("variable", "field", "file_value", "env_value", "expected"),
    [
        ("BRIEFSMITH_MODEL", "model", "llama3.1", "gpt-4o-mini", "gpt-4o-mini"),
        ("BRIEFSMITH_BATCH_SIZE", "batch_size", 2, "5", 5),
        ("BRIEFSMITH_BASE_URL", "base_url", "http://file/v1", "http://env/v1", "http://env/v1"),
        (
            "OPENAI_BASE_URL",
            "base_url",
            "http://file/v1",
            "http://openai-env/v1",
            "http://openai-env/v1",
        ),
        ("BRIEFSMITH_MAX_REASKS", "max_reasks", 0, "3", 3),
    ],
)
def test_environment_beats_file(
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    field: str,
    file_value: Any,
    env_value: str,
    expected: Any,
) -> None:
    monkeypatch.setenv(variable, env_value)
    assert getattr(load_llm_settings({field: file_value}), field) == expected


def test_openai_api_key_beats_file_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    settings = load_llm_settings({"api_key": "sk-from-file"})
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == KEY


def test_overrides_beat_environment_and_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_MODEL", "gpt-4o-mini")
    monkeypatch.setenv("BRIEFSMITH_BATCH_SIZE", "5")
    settings = load_llm_settings(
        {"model": "llama3.1", "batch_size": 2}, model="local", batch_size=1
    )
    assert settings.model == "local"
    assert settings.batch_size == 1
    assert settings.is_local


def test_none_overrides_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_MODEL", "gpt-4o-mini")
    settings = load_llm_settings({"batch_size": 2}, model=None, batch_size=None, base_url=None)
    assert settings.model == "gpt-4o-mini"  # from the environment
    assert settings.batch_size == 2  # from the file


def test_full_precedence_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    table = {"timeout": 10, "max_tokens": 100, "concurrency": 2}
    monkeypatch.setenv("BRIEFSMITH_MAX_TOKENS", "200")
    monkeypatch.setenv("BRIEFSMITH_CONCURRENCY", "3")
    settings = load_llm_settings(table, concurrency=6)
    assert settings.temperature == 0.0  # default
    assert settings.timeout == 10  # file
    assert settings.max_tokens == 200  # environment over file
    assert settings.concurrency == 6  # override over environment and file


@pytest.mark.parametrize(
    ("table", "env", "overrides", "field"),
    [
        ({"batch_size": 0}, {}, {}, "batch_size"),
        ({"timeout": 0}, {}, {}, "timeout"),
        ({"temperature": 2.5}, {}, {}, "temperature"),
        ({"structured_output": "xml"}, {}, {}, "structured_output"),
        ({"modle": "gpt-4o-mini"}, {}, {}, "modle"),
        ({}, {"BRIEFSMITH_BATCH_SIZE": "many"}, {}, "batch_size"),
        ({}, {"BRIEFSMITH_MAX_RETRIES": "-1"}, {}, "max_retries"),
        ({"timeout": float("inf")}, {}, {}, "timeout"),
        ({}, {"BRIEFSMITH_TIMEOUT": "nan"}, {}, "timeout"),
        ({"base_url": "http://[::1"}, {}, {}, "base_url"),
    ],
)
def test_invalid_values_raise_one_line_config_error(
    monkeypatch: pytest.MonkeyPatch,
    table: dict[str, Any],
    env: dict[str, str],
    overrides: dict[str, Any],
    field: str,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as info:
        load_llm_settings(table, **overrides)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"invalid LLM setting {field}: ")


@pytest.mark.parametrize(
    ("flag", "value", "reason"),
    [
        ("timeout", float("inf"), "a finite number"),
        ("timeout", float("nan"), "a finite number"),
        ("timeout", -1.0, "greater than 0"),
        ("timeout", 0.0, "greater than 0"),
        ("timeout", 1e20, "less than or equal to 86400"),
        ("concurrency", 0, "greater than or equal to 1"),
        ("base_url", "http://[::1", "is not a valid URL"),
        ("base_url", "http://h:port/v1", "is not a valid URL"),
        ("base_url", "localhost:11434/v1", "is not an http(s) URL with a host"),
        ("base_url", "ftp://example.com/v1", "is not an http(s) URL with a host"),
    ],
)
def test_a_bad_flag_is_a_one_line_usage_error(flag: str, value: Any, reason: str) -> None:
    with pytest.raises(UsageError) as info:
        load_llm_settings(**{flag: value})
    message = str(info.value)
    assert message.startswith(f"invalid --{flag.replace('_', '-')}: ")
    assert reason in message and "\n" not in message and "Value error" not in message


def test_a_bad_url_is_named_without_its_credentials() -> None:
    secret = "sk-bad-url-NEVER-PRINT-99"
    with pytest.raises(UsageError) as info:
        load_llm_settings(base_url=f"http://me:{secret}@[::1/v1?api-key={secret}")
    assert secret not in str(info.value)
    assert "me:****@" in str(info.value)


@pytest.mark.parametrize(
    "url",
    ["http://localhost:11434/v1", "https://x.openai.azure.com/openai/v1", "http://[::1]:8080/v1"],
)
def test_good_urls_are_kept(url: str) -> None:
    assert load_llm_settings(base_url=url).base_url == url


def test_masked_hides_credentials_in_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_BASE_URL", f"http://me:{KEY}@llm.internal/v1?key={KEY}")
    shown = load_llm_settings().masked()
    assert shown["base_url"] == "http://me:****@llm.internal/v1?key=****"
    assert KEY not in json.dumps(shown)


def test_masked_never_contains_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    settings = load_llm_settings({"model": "gpt-4o-mini"})
    shown = settings.masked()
    assert shown["api_key"] == "****"
    assert shown["model"] == "gpt-4o-mini"
    dumped = json.dumps(shown)
    assert KEY not in dumped
    assert KEY[3:12] not in dumped
    assert KEY not in repr(settings) and KEY not in str(settings)


def test_masked_without_key_and_json_ready(clean_env: Path) -> None:
    shown = load_llm_settings().masked()
    assert shown["api_key"] is None
    assert shown["cache_path"] == str(clean_env / "briefsmith" / "llm-cache.sqlite3")
    assert set(shown) == set(LLMSettings.model_fields)
    json.dumps(shown)  # plain JSON types only


@pytest.mark.parametrize(
    ("model", "local"),
    [("local", True), (None, False), ("gpt-4o-mini", False), ("local-llama", False)],
)
def test_is_local(model: str | None, local: bool) -> None:
    assert load_llm_settings(model=model).is_local is local


@pytest.mark.parametrize(("variable", "field"), [("API_KEY", "api_key"), ("BASE_URL", "base_url")])
def test_generic_environment_names_are_not_read(
    monkeypatch: pytest.MonkeyPatch, variable: str, field: str
) -> None:
    monkeypatch.setenv(variable, "http://unrelated-service.internal/some-other-secret")
    assert getattr(load_llm_settings(), field) is None
