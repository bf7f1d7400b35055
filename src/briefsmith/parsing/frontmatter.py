"""YAML front matter, so one Markdown file can state its reference date and language once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefsmith import regex_cache
from briefsmith.errors import InputError
from briefsmith.models.goal import Lang
from briefsmith.parsing.values import parse_date, parse_lang

_FENCE = "---"
_TEXT_KEYS = ("period", "title")  # read as text: they may state the goals' period
_CLOSERS = ("---", "...")


@dataclass(frozen=True)
class FrontMatter:
    as_of: dt.date | None = None
    lang: Lang | None = None
    period: tuple[str, int] | None = None  # text and line: a period every goal inherits
    title: tuple[str, int] | None = None  # a title may state the period too ("FY27 OKRs")

    def context(self) -> list[tuple[str, int]]:
        """What the front matter says about every goal's period, nearest first."""
        return [item for item in (self.period, self.title) if item is not None]


def split_front_matter(text: str, path: str) -> tuple[FrontMatter, str]:
    """The front matter and the body; the body keeps blank lines so line numbers still match."""
    first_end = text.find("\n")
    if (text if first_end < 0 else text[:first_end]).rstrip() != _FENCE:
        return FrontMatter(), text
    # Line by line from the top, not a split of the whole file (which may be 10 MB).
    lines: list[str] = []
    start = first_end + 1
    while first_end >= 0:
        stop = text.find("\n", start)
        line = text[start:] if stop < 0 else text[start:stop]
        if line.rstrip() in _CLOSERS:
            meta = _parse("\n".join(lines), path)
            end = len(lines) + 1  # the closing line's index
            rest = "" if stop < 0 else text[stop + 1 :]
            return meta, "\n" * end + "\n" + rest
        lines.append(line)
        if stop < 0:
            break
        start = stop + 1
    msg = "front matter starts with '---' but is never closed by a '---' line"
    raise InputError(path, msg, line=1)


# "key: plain value" lines only: read without importing YAML (it costs start-up time).
_SIMPLE_LINE = regex_cache.compile(
    r"^([A-Za-z_][\w-]*):[ \t]*([^#'\"{}\[\]&*!|>%@`:]*?)[ \t]*(?:#.*)?$"
)


def _parse(block: str, path: str) -> FrontMatter:
    simple = _parse_simple(block, path)
    if simple is not None:
        return simple
    import yaml

    first = 2  # file line of the block's first line
    try:
        root = yaml.compose(block, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = " ".join(str(exc.problem or exc.context or "syntax error").split())
        line = first + mark.line if mark is not None else 1
        msg = f"invalid front matter: {reason}"
        raise InputError(path, msg, line=line) from exc
    except (yaml.YAMLError, RecursionError) as exc:
        msg = "invalid front matter: not readable as YAML"
        raise InputError(path, msg, line=1) from exc
    if root is None:
        return FrontMatter()
    if not isinstance(root, yaml.MappingNode):
        msg = "front matter must be 'key: value' lines, e.g. 'as_of: 2026-01-15'"
        raise InputError(path, msg, line=first + root.start_mark.line)
    as_of: dt.date | None = None
    lang: Lang | None = None
    texts: dict[str, tuple[str, int]] = {}
    for key_node, value_node in root.value:
        key = str(key_node.value).strip().lower() if isinstance(key_node.value, str) else ""
        line = first + key_node.start_mark.line
        if key in _TEXT_KEYS and isinstance(value_node, yaml.ScalarNode):
            texts[key] = (" ".join(str(value_node.value).split()), line)
        if key not in ("as_of", "lang"):
            continue  # other tools' keys (tags, layout) are not ours to judge
        if not isinstance(value_node, yaml.ScalarNode):
            raise InputError(path, f"front matter '{key}' must be a single value", line=line)
        try:
            if key == "as_of":
                as_of = parse_date(value_node.value)
            else:
                lang = parse_lang(value_node.value)
        except ValueError as exc:
            raise InputError(path, str(exc), line=line) from exc
    return FrontMatter(as_of=as_of, lang=lang, period=texts.get("period"), title=texts.get("title"))


def _parse_simple(block: str, path: str) -> FrontMatter | None:
    """Front matter made of plain ``key: value`` lines; None when YAML must decide."""
    values: dict[str, tuple[str, int]] = {}
    for offset, raw in enumerate(block.split("\n")):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        match = _SIMPLE_LINE.match(raw)
        if match is None or match.group(1).lower() in values:
            return None
        values[match.group(1).lower()] = (match.group(2), 2 + offset)
    try:
        as_of = parse_date(values["as_of"][0]) if "as_of" in values else None
    except ValueError as exc:
        raise InputError(path, str(exc), line=values["as_of"][1]) from exc
    try:
        lang = parse_lang(values["lang"][0]) if "lang" in values else None
    except ValueError as exc:
        raise InputError(path, str(exc), line=values["lang"][1]) from exc
    texts = {
        key: (" ".join(values[key][0].split()), values[key][1])
        for key in _TEXT_KEYS
        if key in values and values[key][0].strip()
    }
    return FrontMatter(as_of=as_of, lang=lang, period=texts.get("period"), title=texts.get("title"))
