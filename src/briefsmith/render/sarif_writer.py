"""The one SARIF 2.1.0 writer, for every command that reports findings on lines of a file.

A command describes its checks as ``Rule`` s and its findings as ``Result`` s (a rule, a
severity, a message, a file and line, what identifies the finding across edits); this
module knows SARIF: the log and its one run, the tool and its rule descriptors (a rule
the catalog does not know still gets one), levels, locations and fingerprints. Used by
``render.sarif`` (``check``) and ``render.brief.sarif`` (``brief``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from briefsmith.models.report import Severity

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
DEFAULT_INFORMATION_URI = "https://pypi.org/project/briefsmith/"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "note"}


@dataclass(frozen=True)
class Rule:
    """A check, as a SARIF rule descriptor."""

    id: str
    summary: str
    help: str
    level: str
    """Its default level: ``error``, ``warning`` or ``note``."""
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    """One finding on a line of a file."""

    rule_id: str
    level: str
    message: str
    path: str
    line: int | None = None
    """Lines start at 1; no line (or 0) points at the file."""
    fingerprint: tuple[str, str] | None = None
    """(key, identity): what makes it the same finding after edits move it."""
    properties: dict[str, Any] | None = None


@dataclass
class Log:
    """The rules in catalog order; ``unknown`` describes a rule id the catalog lacks."""

    rules: list[Rule]
    unknown: Callable[[str], Rule]
    properties: dict[str, Any] = field(default_factory=dict)


def render(log: Log, results: Iterable[Result]) -> str:
    """The log as JSON text (indented, UTF-8 kept), ending with a newline."""
    return json.dumps(sarif_log(log, results), indent=2, ensure_ascii=False) + "\n"


def sarif_log(log: Log, results: Iterable[Result]) -> dict[str, Any]:
    """The SARIF log as plain data: one run, its tool, rules and results."""
    descriptors = [descriptor(rule) for rule in log.rules]
    index = {rule.id: i for i, rule in enumerate(log.rules)}
    out = []
    for result in results:
        if result.rule_id not in index:  # a rule the catalog does not know still gets one
            index[result.rule_id] = len(descriptors)
            descriptors.append(descriptor(log.unknown(result.rule_id)))
        out.append({**_result(result), "ruleIndex": index[result.rule_id]})
    run: dict[str, Any] = {"tool": tool(descriptors), "results": out}
    if log.properties:
        run["properties"] = log.properties
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary}. {rule.help}"},
        "help": {"text": rule.help},
        "defaultConfiguration": {"level": rule.level},
        "properties": {"tags": list(rule.tags)},
    }


def _result(result: Result) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": result.rule_id,
        "level": result.level,
        "message": {"text": result.message},
        "locations": [location(result.path, result.line)],
    }
    if result.fingerprint is not None:
        key, identity = result.fingerprint
        out["partialFingerprints"] = {key: hashlib.sha256(identity.encode()).hexdigest()[:32]}
    if result.properties is not None:
        out["properties"] = result.properties
    return out


def location(path: str, line: int | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifact_location(path)}
    if line is not None and line >= 1:
        physical["region"] = {"startLine": line}
    return {"physicalLocation": physical}


def artifact_location(path: str) -> dict[str, str]:
    """A relative path stays relative to ``%SRCROOT%``; an absolute one becomes a file URI."""
    if PureWindowsPath(path).drive:
        return {"uri": PureWindowsPath(path).as_uri()}
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return {"uri": posix.as_uri()}
    return {"uri": quote(posix.as_posix()), "uriBaseId": "%SRCROOT%"}


def tool(rules: list[dict[str, Any]]) -> dict[str, Any]:
    """The run's ``tool``: briefsmith, its version and homepage, and the rule descriptors."""
    return {
        "driver": {
            "name": "briefsmith",
            "version": tool_version(),
            "informationUri": information_uri(),
            "rules": rules,
        }
    }


def tool_version() -> str:
    try:
        return metadata.version("briefsmith")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def information_uri() -> str:
    """The project's homepage from its metadata (``[project.urls]``), else its PyPI page."""
    try:
        urls: list[str] = metadata.metadata("briefsmith").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return DEFAULT_INFORMATION_URI
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository"}:
            return url.strip()
    return DEFAULT_INFORMATION_URI
