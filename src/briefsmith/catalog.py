"""One rule shape and one catalog format for the checks of every command.

Each command keeps its rules in a ``catalog.toml`` beside its code (``rules/`` for
``check``, ``brief/``, ``feedback/``), in the same format, the way Vale keeps its rules as
data::

    [[rule]]
    id = "time_bound.no-deadline"  # stable: config keys, --select, inline comments name it
    severity = "error"              # default: error | warning | suggestion | inherit
    status = "fail"                 # check rules judging a criterion only: fail | partial
    criterion = "measurable"        # when the id's first part is not the criterion judged
    summary = "No deadline or bounded window"
    help = "Add a date, month, quarter or a window such as 'in 90 days'."

A rule is addressed — by the configuration's ``severity`` and ``disable`` keys, by
``--select``/``--ignore`` and by inline ``<!-- briefsmith: ignore … -->`` comments — by its
id, by a dotted prefix of it (a criterion such as ``measurable``, a group such as
``objective`` or ``brief.raci``), or by ``all``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal

from briefsmith.models.goal import Criterion
from briefsmith.models.report import Severity, Status

Command = Literal["check", "brief", "feedback"]
COMMANDS: tuple[Command, ...] = ("check", "brief", "feedback")
ALL = "all"
INHERIT = "inherit"
"""A rule whose findings take the severity of another check (``brief.goal.smart``)."""

_CRITERIA = frozenset(c.value for c in Criterion)
_PACKAGES: dict[Command, str] = {
    "check": "briefsmith.rules",
    "brief": "briefsmith.brief",
    "feedback": "briefsmith.feedback",
}


@dataclass(frozen=True, slots=True)
class Rule:
    """A check: its stable id, default severity, what it finds and how to fix it."""

    id: str
    command: Command
    severity: Severity | None
    """The default; None: the severity of the check that fired (``inherit``)."""
    summary: str
    help: str
    status: Status | None = None
    """For a check on one criterion: the criterion's status when it fires."""
    criterion: Criterion | None = None
    """The criterion it judges (its id's first part, or the catalog's ``criterion``)."""

    @property
    def group(self) -> str:
        """The id's first part: a criterion (``measurable``) or a group (``objective``)."""
        return self.id.split(".", 1)[0]


def parse_catalog(text: str, command: Command, source: str = "catalog.toml") -> tuple[Rule, ...]:
    """The ``[[rule]]`` tables of a catalog; a malformed entry is a bug, named by its id."""
    rules: list[Rule] = []
    for row in tomllib.loads(text).get("rule", []):
        rule_id = row.get("id", "?")
        try:
            level = row["severity"]
            status = row.get("status")
            group = rule_id.split(".", 1)[0]
            judged = row.get("criterion", group if group in _CRITERIA else None)
            rules.append(
                Rule(
                    id=rule_id,
                    command=command,
                    severity=None if level == INHERIT else Severity(level),
                    summary=row["summary"],
                    help=row["help"],
                    status=Status(status) if status is not None else None,
                    criterion=Criterion(judged) if judged is not None else None,
                )
            )
        except (KeyError, ValueError) as exc:
            msg = f"{source}: rule {rule_id!r} is malformed: {exc}"
            raise ValueError(msg) from exc
    return tuple(rules)


@cache
def catalog(command: Command) -> tuple[Rule, ...]:
    """The rules of one command, in catalog order."""
    package = _PACKAGES[command]
    text = files(package).joinpath("catalog.toml").read_text("utf-8")
    return parse_catalog(text, command, f"{package.replace('.', '/')}/catalog.toml")


def every_rule() -> tuple[Rule, ...]:
    return tuple(rule for command in COMMANDS for rule in catalog(command))


# -- addressing rules ---------------------------------------------------------------------


def normalise(selector: str) -> str:
    """``Time-Bound`` → ``time_bound``: criteria are written with '-' or '_' alike."""
    head, dot, rest = selector.strip().lower().partition(".")
    return head.replace("-", "_") + dot + rest


def matches(selector: str, rule_id: str) -> bool:
    """Whether ``selector`` (an id, a dotted prefix of one, or ``all``) names ``rule_id``."""
    return selector == ALL or rule_id == selector or rule_id.startswith(selector + ".")


def any_match(selectors: Iterable[str], rule_id: str) -> bool:
    return any(matches(selector, rule_id) for selector in selectors)


def is_known(selector: str, rules: Iterable[Rule] | None = None) -> bool:
    """A selector names something: ``all``, a criterion, or at least one rule."""
    if selector == ALL or selector in _CRITERIA:
        return True
    return any(matches(selector, rule.id) for rule in (rules or every_rule()))


def unknown(selectors: Iterable[str]) -> list[str]:
    return [s for s in selectors if not is_known(s)]


def severity_under(rule: Rule, table: Mapping[str, Severity]) -> Severity | None:
    """The rule's severity after the configuration's ``[severity]`` table.

    The most specific key wins: the rule's own id, then each shorter dotted prefix, then
    the criterion it judges, then ``all``. A key other than the rule's own id sets a
    criterion-like severity, which a partial result takes one step lower.
    """
    if table:
        parts = rule.id.split(".")
        keys = [".".join(parts[:n]) for n in range(len(parts), 0, -1)]
        if rule.criterion is not None and rule.criterion.value not in keys:
            keys.append(rule.criterion.value)
        keys.append(ALL)
        for key in keys:
            if key in table:
                level = table[key]
                if key == rule.id or rule.status is None:
                    return level
                return step_down(rule.status, level)
    return rule.severity


def step_down(status: Status, severity: Severity) -> Severity:
    """A failing check takes the criterion's severity; a partial one is a step lower."""
    if status is Status.FAIL:
        return severity
    return Severity.WARNING if severity is Severity.ERROR else Severity.SUGGESTION


class Selection:
    """Which rules are on: ``select`` (empty = all) minus ``ignore``, by id or prefix."""

    __slots__ = ("_cache", "ignore", "select")

    def __init__(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> None:
        self.select = tuple(normalise(s) for s in select)
        self.ignore = tuple(normalise(s) for s in ignore)
        self._cache: dict[str, bool] = {}

    def __bool__(self) -> bool:
        """False when every rule is on (nothing to filter)."""
        return bool(self.select or self.ignore)

    def covers(self, group: str) -> bool:
        """Whether any rule under ``group`` (a criterion, say) may be on."""
        if any_match(self.ignore, group):
            return False
        if not self.select:
            return True
        return any(matches(s, group) or s.startswith(group + ".") for s in self.select)

    def off(self, group: str, rule: str | None, ignore: Iterable[str] = ()) -> bool:
        """Whether a result under ``group`` (decided by ``rule``, None for a pass) is
        switched off: by this selection, or by a goal's own inline ``ignore``."""
        if not self.covers(group) or any_match(ignore, group):
            return True
        return rule is not None and (not self.on(rule) or any_match(ignore, rule))

    def on(self, rule_id: str) -> bool:
        known = self._cache.get(rule_id)
        if known is None:
            selected = not self.select or any_match(self.select, rule_id)
            known = self._cache[rule_id] = selected and not any_match(self.ignore, rule_id)
        return known
