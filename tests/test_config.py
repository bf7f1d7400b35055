"""Configuration: defaults, where the file is found, validation, and its effect on verdicts."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from briefsmith.check import check_goals
from briefsmith.config import Config, GrowthLimit, Thresholds, find_config_file, load_config
from briefsmith.errors import BriefsmithError, ConfigError
from briefsmith.models.goal import Criterion, Goal
from briefsmith.models.report import Severity, Status


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- defaults ---------------------------------------------------------------------------


def test_defaults() -> None:
    config = Config()
    assert config.fail_on == "error"
    assert config.lang == "auto"
    assert config.disable == []
    assert config.severity == {}
    assert config.source is None
    assert config.thresholds.max_factor == 10
    assert config.thresholds.implausible_growth == [
        GrowthLimit(factor=2, within_days=31),
        GrowthLimit(factor=3, within_days=92),
    ]
    for criterion in Criterion:
        assert config.severity_for(criterion) is Severity.ERROR


def test_load_without_search_is_the_defaults() -> None:
    assert load_config(search=False) == Config()


def test_source_is_not_serialised(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path / "briefsmith.toml", 'fail_on = "never"\n'))
    assert config.source == str(tmp_path / "briefsmith.toml")
    assert "source" not in config.model_dump()


def test_empty_file_is_the_defaults(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path / "briefsmith.toml", "# nothing set yet\n"))
    assert config.model_dump() == Config().model_dump()


# --- finding the file -------------------------------------------------------------------


def test_briefsmith_toml_found_in_a_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _write(tmp_path / "briefsmith.toml", 'fail_on = "warning"\n')
    nested = tmp_path / "marketing" / "fy27"
    nested.mkdir(parents=True)
    monkeypatch.chdir(nested)
    assert find_config_file() == found.resolve()
    config = load_config()
    assert config.fail_on == "warning"
    assert config.source == str(found.resolve())


def test_find_from_an_explicit_start(tmp_path: Path) -> None:
    found = _write(tmp_path / "a" / "briefsmith.toml", "")
    start = tmp_path / "a" / "b" / "c"
    start.mkdir(parents=True)
    assert find_config_file(start) == found.resolve()


def test_nearest_file_wins(tmp_path: Path) -> None:
    _write(tmp_path / "briefsmith.toml", 'fail_on = "never"\n')
    inner = _write(tmp_path / "team" / "briefsmith.toml", 'fail_on = "warning"\n')
    assert find_config_file(tmp_path / "team") == inner.resolve()


def test_briefsmith_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    own = _write(tmp_path / "briefsmith.toml", "")
    _write(tmp_path / "pyproject.toml", "[tool.briefsmith]\nlang = 'ru'\n")
    assert find_config_file(tmp_path) == own.resolve()


def test_pyproject_table_is_read(tmp_path: Path) -> None:
    pyproject = _write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "goals"\n\n[tool.briefsmith]\nlang = "zh"\ndisable = ["achievable"]\n'
        '\n[tool.briefsmith.severity]\nrelevant = "suggestion"\n',
    )
    assert find_config_file() == pyproject.resolve()
    config = load_config()
    assert config.lang == "zh"
    assert config.disable == [Criterion.ACHIEVABLE]
    assert config.severity_for(Criterion.RELEVANT) is Severity.SUGGESTION
    assert config.severity_for(Criterion.SPECIFIC) is Severity.ERROR


def test_pyproject_without_the_table_is_skipped(tmp_path: Path) -> None:
    outer = _write(tmp_path / "briefsmith.toml", 'lang = "ru"\n')
    _write(tmp_path / "pkg" / "pyproject.toml", '[project]\nname = "x"\n[tool.ruff]\n')
    assert find_config_file(tmp_path / "pkg") == outer.resolve()


def test_explicit_pyproject_without_the_table_is_the_defaults(tmp_path: Path) -> None:
    path = _write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    config = load_config(path)
    assert config.model_dump() == Config().model_dump()


# --- invalid files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ('fail_on = "error"\ncolour = true\n', ["colour", "Extra inputs"]),
        ('[severity]\ntime_bound = "critical"\n', ["severity.time_bound"]),
        ('[severity]\npunctual = "warning"\n', ["severity.punctual"]),
        ('disable = ["relevance"]\n', ["disable.0"]),
        ('lang = "de"\n', ["lang"]),
        ('fail_on = "warnings"\n', ["fail_on"]),
        (
            "[[thresholds.implausible_growth]]\nfactor = 1\nwithin_days = 30\n",
            ["thresholds.implausible_growth.0.factor", "greater than 1"],
        ),
        (
            "[[thresholds.implausible_growth]]\nfactor = 0.5\nwithin_days = 30\n",
            ["thresholds.implausible_growth.0.factor"],
        ),
        (
            "[[thresholds.implausible_growth]]\nfactor = 2\nwithin_days = 0\n",
            ["within_days"],
        ),
        ("[thresholds]\nmax_factor = 1\n", ["thresholds.max_factor"]),
        ("[thresholds]\nfloor = 3\n", ["thresholds.floor"]),
        ("fail_on = \n", ["cannot read configuration"]),
    ],
)
def test_invalid_settings_name_the_file(tmp_path: Path, text: str, fragments: list[str]) -> None:
    path = _write(tmp_path / "briefsmith.toml", text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message
    assert isinstance(info.value, BriefsmithError)


def test_invalid_pyproject_table_names_pyproject(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.briefsmith]\nfail_on = "loudly"\n')
    with pytest.raises(ConfigError, match=r"pyproject\.toml: invalid setting fail_on"):
        load_config()


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nowhere\.toml: cannot read configuration"):
        load_config(tmp_path / "nowhere.toml")


# --- effect on the engine ---------------------------------------------------------------

TODAY = dt.date(2027, 1, 4)
DOUBLING = Goal(
    id="webinars",
    statement="Double weekly webinar sign-ups from 100 to 200 within 60 days "
    "to grow enterprise pipeline",
    fields={"owner": "Kim Lo"},
)


def _achievable(goal: Goal, config: Config) -> tuple[Status, str | None]:
    [assessment] = check_goals([goal], today=TODAY, config=config).goals
    result = assessment.criteria[Criterion.ACHIEVABLE]
    return result.status, result.rule


def test_doubling_in_60_days_passes_by_default() -> None:
    assert _achievable(DOUBLING, Config()) == (Status.PASS, None)


def test_stricter_growth_threshold_fails_it(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "briefsmith.toml",
        "[[thresholds.implausible_growth]]\nfactor = 2\nwithin_days = 90\n",
    )
    config = load_config(path)
    assert config.thresholds.implausible_growth == [GrowthLimit(factor=2, within_days=90)]
    [assessment] = check_goals([DOUBLING], today=TODAY, config=config).goals
    result = assessment.criteria[Criterion.ACHIEVABLE]
    assert result.status is Status.FAIL
    assert result.rule == "achievable.implausible-growth"
    assert "90 days" in result.message


def test_max_factor_threshold() -> None:
    tenfold = Goal(
        id="reviews",
        statement="Grow verified G2 reviews from 20 to 140 by 31 December 2027 "
        "to lift trial sign-ups",
        fields={"owner": "Sofia Marin"},
    )
    assert _achievable(tenfold, Config()) == (Status.PASS, None)
    strict = Config(thresholds=Thresholds(max_factor=5))
    assert _achievable(tenfold, strict) == (Status.FAIL, "achievable.implausible-growth")


# --- unreadable and mis-shaped files ------------------------------------------------------


def test_a_non_utf8_byte_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "briefsmith.toml"
    path.write_bytes(b'fail_on = "error"\nlang = "\xff"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message == (
        f"{path}:2: cannot read configuration: not valid UTF-8 (byte 0xff); save the file as UTF-8"
    )


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("tool = 5\n", "'tool' must be a table ([tool.briefsmith]), not a number"),
        ('tool = "briefsmith"\n', "'tool' must be a table ([tool.briefsmith]), not text"),
        (
            "[tool]\nbriefsmith = 5\n",
            "'tool.briefsmith' must be a table ([tool.briefsmith]), not a number",
        ),
        (
            '[tool]\nbriefsmith = ["x"]\n',
            "'tool.briefsmith' must be a table ([tool.briefsmith]), not a list",
        ),
    ],
)
def test_a_mis_shaped_pyproject_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, fragment: str
) -> None:
    _write(tmp_path / "pyproject.toml", text)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match=re.escape(fragment)):
        load_config()  # found by the search
    with pytest.raises(ConfigError, match=re.escape(fragment)):
        load_config(tmp_path / "pyproject.toml")  # named


def test_a_pyproject_with_other_tools_only_is_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    assert find_config_file(tmp_path) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_config_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "briefsmith.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="it is not a regular file"):
        load_config(fifo)
    with pytest.raises(ConfigError, match="it is a directory"):
        load_config(tmp_path)


def test_limits_table(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "briefsmith.toml",
        "[limits]\nmax_file_mb = 50\nmax_goals = 500000\nmax_depth = 32\n"
        "max_line_chars = 100000\nmax_alias_values = 0\n",
    )
    limits = load_config(path).limits
    assert (limits.max_bytes, limits.max_goals, limits.max_depth) == (50 * 1024 * 1024, 500_000, 32)
    assert (limits.max_line_chars, limits.max_alias_values) == (100_000, 0)
    assert Config().limits.max_goals == 250_000


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[limits]\nmax_depth = 65\n", "limits.max_depth"),
        ("[limits]\nmax_file_mb = 0\n", "limits.max_file_mb"),
        ("[limits]\nmax_goal = 5\n", "limits.max_goal"),
    ],
)
def test_invalid_limits_name_the_setting(tmp_path: Path, text: str, fragment: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(fragment)):
        load_config(_write(tmp_path / "briefsmith.toml", text))
