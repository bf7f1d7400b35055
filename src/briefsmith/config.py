"""Project configuration from ``briefsmith.toml`` or ``[tool.briefsmith]`` in ``pyproject.toml``.

Looked up from the current directory upwards, the way ruff and pytest find theirs, so a
team can commit one file next to its goals.
"""

from __future__ import annotations

import stat
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, ConfigDict, Field, ValidationError, field_validator

from briefsmith.errors import ConfigError
from briefsmith.models.base import Model
from briefsmith.models.goal import Criterion
from briefsmith.models.report import Severity
from briefsmith.parsing.limits import Limits

if TYPE_CHECKING:
    from briefsmith.catalog import Rule, Selection


def _known(selector: str) -> str:
    from briefsmith.catalog import is_known, normalise

    name = normalise(selector)
    if not is_known(name):
        msg = (
            f"unknown rule or criterion {selector!r} (see `briefsmith rules`: a rule id, a "
            "prefix such as 'measurable', or 'all')"
        )
        raise ValueError(msg)
    return name


RuleSelector = Annotated[str, AfterValidator(_known)]
"""A rule id, a dotted prefix of one (a criterion, a group), or ``all``."""


class GrowthLimit(Model):
    """A change of ``factor``× or more within ``within_days`` is implausible."""

    model_config = ConfigDict(extra="forbid")

    factor: float = Field(gt=1)
    within_days: int = Field(gt=0)


class Thresholds(Model):
    model_config = ConfigDict(extra="forbid")

    implausible_growth: list[GrowthLimit] = Field(
        default_factory=lambda: [
            GrowthLimit(factor=2, within_days=31),
            GrowthLimit(factor=3, within_days=92),
        ],
        description="Baseline-to-target changes that count as implausible (rubric: 2x in a "
        "month, 3x in a quarter).",
    )
    max_factor: float = Field(
        default=10, gt=1, description="A change this large is implausible whatever the window."
    )
    min_confidence: float = Field(
        default=0.5,
        ge=0,
        le=1,
        description="A stated confidence below this (0.5 = 5/10 or 50 %) makes Achievable "
        "partial: the team itself doubts the target.",
    )


_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


class Okr(Model):
    """How objectives are checked (SMART-RUBRIC.md, "Objectives and key results")."""

    model_config = ConfigDict(extra="forbid")

    min_key_results: int = Field(default=2, ge=0, description="Fewer key results is a miss.")
    max_key_results: int = Field(default=5, ge=1, description="More key results is a miss.")


class Config(Model):
    model_config = ConfigDict(extra="forbid")

    fail_on: Literal["error", "warning", "never"] = "error"
    lang: Literal["auto", "en", "zh", "ru"] = "auto"
    messages: Literal["auto", "en", "zh", "ru"] = Field(
        default="auto",
        description="Language of the rules engine's messages and fixes: 'auto' follows "
        "each goal's language (as the rewrite does); 'en', 'zh' or 'ru' uses that one.",
    )
    select: list[RuleSelector] = Field(
        default_factory=list,
        description="Rules to report, by id or prefix (e.g. 'measurable', "
        "'time_bound.no-deadline'); empty = all.",
    )
    disable: list[RuleSelector] = Field(
        default_factory=list,
        description="Rules to skip, by id or prefix: a criterion ('relevant'), a group "
        "('objective'), a rule id ('measurable.no-target'), or 'all'.",
    )
    severity: dict[RuleSelector, Severity] = Field(
        default_factory=dict,
        description="Severity by rule id or prefix. A criterion's key sets the severity of "
        "its failing checks (default error); a partial one is one step lower.",
    )
    thresholds: Thresholds = Field(default_factory=Thresholds)
    okr: Okr = Field(default_factory=Okr)
    fiscal_year_start: int = Field(
        default=1,
        ge=1,
        le=12,
        description="Month the fiscal year starts in (1-12 or a month name, default January); "
        "FY27 is the fiscal year that ends in 2027.",
    )
    limits: Limits = Field(
        default_factory=Limits,
        description="Per-file input limits (size, goals, nesting, line length, YAML aliases).",
    )
    llm: dict[str, Any] = Field(
        default_factory=dict,
        description="The [llm] table: model, base_url, timeout, batch_size … (see LLMSettings; "
        "validated when --llm is used).",
    )
    source: str | None = Field(default=None, exclude=True, description="File it came from.")

    @field_validator("fiscal_year_start", mode="before")
    @classmethod
    def _month_name(cls, value: object) -> object:
        if isinstance(value, str) and value.strip().lower()[:3] in [m[:3] for m in _MONTHS]:
            return [m[:3] for m in _MONTHS].index(value.strip().lower()[:3]) + 1
        return value

    def severity_for(self, criterion: Criterion) -> Severity:
        """The severity of a failing check on ``criterion`` (the model's, in hybrid runs)."""
        return self.severity.get(criterion.value, self.severity.get("all", Severity.ERROR))

    def rule_severity(self, rule: Rule) -> Severity | None:
        """``rule``'s severity under the ``[severity]`` table (None: it inherits one)."""
        from briefsmith.catalog import severity_under

        return severity_under(rule, self.severity)

    def selection(self, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> Selection:
        """The rules that are on: ``select``/``ignore`` (e.g. from the command line) narrow
        the configuration's own ``select`` and ``disable``."""
        from briefsmith.catalog import Selection

        return Selection(list(select) or self.select, [*self.disable, *ignore])


def find_config_file(start: Path | None = None) -> Path | None:
    """The nearest briefsmith.toml, or pyproject.toml with a [tool.briefsmith] table."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "briefsmith.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _tool_table(_read_toml(pyproject), pyproject) is not None:
            return pyproject
    return None


def _tool_table(data: dict[str, Any], path: Path) -> Any:
    """``[tool.briefsmith]`` of a pyproject.toml, None when absent; a wrong shape is an error."""
    tool = data.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        msg = f"{path}: 'tool' must be a table ([tool.briefsmith]), not {_toml_kind(tool)}"
        raise ConfigError(msg)
    table = tool.get("briefsmith")
    if table is not None and not isinstance(table, dict):
        kind = _toml_kind(table)
        msg = f"{path}: 'tool.briefsmith' must be a table ([tool.briefsmith]), not {kind}"
        raise ConfigError(msg)
    return table


def _toml_kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "a " + type(value).__name__


def load_config(path: Path | None = None, *, search: bool = True) -> Config:
    """Read the config file; defaults when there is none."""
    if path is None and search:
        path = find_config_file()
    if path is None:
        return Config()
    data = _read_toml(path)
    table = (_tool_table(data, path) or {}) if path.name == "pyproject.toml" else data
    try:
        config = Config.model_validate(table)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"] if p != "[key]") or "(top level)"
        msg = f"{path}: invalid setting {where}: {first['msg']}"
        raise ConfigError(msg) from exc
    config.source = str(path)
    return config


def _read_toml(path: Path) -> dict[str, Any]:
    """The file's TOML; a FIFO or device is refused before it is opened (it would block)."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
            msg = f"{path}: cannot read configuration: it is {kind}"
            raise ConfigError(msg)
        data = path.read_bytes()
    except OSError as exc:
        msg = f"{path}: cannot read configuration: {exc.strerror or exc}"
        raise ConfigError(msg) from exc
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        msg = (
            f"{path}:{line}: cannot read configuration: not valid UTF-8 "
            f"(byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        )
        raise ConfigError(msg) from exc
    except tomllib.TOMLDecodeError as exc:
        msg = f"{path}: cannot read configuration: {exc}"
        raise ConfigError(msg) from exc
