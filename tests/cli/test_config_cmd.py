"""``briefsmith config``: the effective lint and LLM settings, with the key masked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from briefsmith.cli.app import app

KEY = "sk-config-cmd-SECRET-31337"


@pytest.fixture(autouse=True)
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The environment is cleared by tests/conftest.py; run in a folder with no config."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _config(*args: str) -> Result:
    return CliRunner().invoke(app, ["config", *args])


def _shown(result: Result) -> dict[str, Any]:
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def test_defaults(clean_env: Path) -> None:
    data = _shown(_config())
    assert set(data) == {"config_file", "check", "llm"}
    assert data["config_file"] is None
    assert data["check"]["fail_on"] == "error"
    assert data["check"]["lang"] == "auto"
    assert "llm" not in data["check"]
    assert data["llm"]["model"] is None
    assert data["llm"]["api_key"] is None
    assert data["llm"]["batch_size"] == 8
    assert data["llm"]["cache_path"] == str(
        clean_env / "xdg-cache" / "briefsmith" / "llm-cache.sqlite3"
    )


def test_api_key_is_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("BRIEFSMITH_MODEL", "gpt-4o-mini")
    result = _config()
    data = _shown(result)
    assert data["llm"]["api_key"] == "****"
    assert data["llm"]["model"] == "gpt-4o-mini"
    assert KEY not in result.output
    assert KEY not in result.stdout + (result.stderr or "")


def test_a_key_inside_the_endpoint_url_is_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_BASE_URL", f"http://me:{KEY}@llm.internal/v1?api-key={KEY}")
    result = _config()
    assert _shown(result)["llm"]["base_url"] == "http://me:****@llm.internal/v1?api-key=****"
    assert KEY not in result.stdout + (result.stderr or "")


def test_api_key_from_file_is_never_printed(clean_env: Path) -> None:
    (clean_env / "briefsmith.toml").write_text(f'[llm]\napi_key = "{KEY}"\n', encoding="utf-8")
    result = _config()
    assert _shown(result)["llm"]["api_key"] == "****"
    assert KEY not in result.stdout + (result.stderr or "")


def test_llm_table_from_briefsmith_toml(clean_env: Path) -> None:
    (clean_env / "briefsmith.toml").write_text(
        'fail_on = "warning"\n\n[llm]\nmodel = "llama3.1"\n'
        'base_url = "http://localhost:11434/v1"\nbatch_size = 3\n',
        encoding="utf-8",
    )
    data = _shown(_config())
    assert data["config_file"] == str(clean_env / "briefsmith.toml")
    assert data["check"]["fail_on"] == "warning"
    assert data["llm"]["model"] == "llama3.1"
    assert data["llm"]["base_url"] == "http://localhost:11434/v1"
    assert data["llm"]["batch_size"] == 3


def test_tool_briefsmith_in_pyproject(clean_env: Path) -> None:
    (clean_env / "pyproject.toml").write_text(
        '[tool.briefsmith]\nlang = "zh"\n\n[tool.briefsmith.llm]\nmodel = "local"\n',
        encoding="utf-8",
    )
    data = _shown(_config())
    assert data["check"]["lang"] == "zh"
    assert data["llm"]["model"] == "local"


def test_config_option(clean_env: Path) -> None:
    other = clean_env / "team" / "settings.toml"
    other.parent.mkdir()
    other.write_text("[llm]\nconcurrency = 1\n", encoding="utf-8")
    data = _shown(_config("--config", str(other)))
    assert data["config_file"] == str(other)
    assert data["llm"]["concurrency"] == 1


def test_environment_overrides_file(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (clean_env / "briefsmith.toml").write_text(
        '[llm]\nmodel = "llama3.1"\nbatch_size = 3\nbase_url = "http://file:11434/v1"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("BRIEFSMITH_MODEL", "gpt-4o-mini")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://gateway.example.com/v1")
    data = _shown(_config())
    assert data["llm"]["model"] == "gpt-4o-mini"
    assert data["llm"]["base_url"] == "https://gateway.example.com/v1"
    assert data["llm"]["batch_size"] == 3  # not set in the environment: the file's value


@pytest.mark.parametrize(
    ("table", "field"),
    [
        ("batch_size = 0", "batch_size"),
        ('structured_output = "xml"', "structured_output"),
        ('modle = "gpt-4o-mini"', "modle"),
        ('timeout = "soon"', "timeout"),
    ],
)
def test_invalid_llm_value(clean_env: Path, table: str, field: str) -> None:
    (clean_env / "briefsmith.toml").write_text(f"[llm]\n{table}\n", encoding="utf-8")
    result = _config()
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    config = clean_env / "briefsmith.toml"
    assert lines[0].startswith(f"briefsmith: error: {config}: invalid LLM setting {field}: ")
    assert "Traceback" not in result.output


def test_invalid_environment_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_CONCURRENCY", "zero")
    result = _config()
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]  # one line
    assert "concurrency" in result.stderr


def test_invalid_check_setting_is_one_line(clean_env: Path) -> None:
    (clean_env / "briefsmith.toml").write_text('fail_on = "sometimes"\n', encoding="utf-8")
    result = _config()
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "fail_on" in result.stderr
