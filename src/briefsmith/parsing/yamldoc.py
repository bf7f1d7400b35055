"""Reading a YAML document without trusting it: lines kept, aliases bounded, dates tolerated.

Goal files and brief requests both come through here, so a few hundred bytes of nested
aliases (``b: [*a, *a, …]``, a "billion laughs") are refused from the composed node graph
before anything is built from it; an impossible date (``2026-02-30``) or an integer too
long to convert stays text for the caller to report on its line; duplicate keys are
remembered, not silently overwritten; and every mapping and sequence knows its line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from briefsmith.errors import InputError
from briefsmith.parsing.limits import raise_hint

if TYPE_CHECKING:
    import yaml


class LineDict(dict[Any, Any]):
    """A YAML mapping that remembers its line, its keys' lines and any repeated keys."""

    line: int | None = None
    key_lines: dict[str, int] | None = None
    duplicates: list[tuple[str, int]] | None = None
    """(key, line) for every key written again in the same mapping."""


class LineList(list[Any]):
    """A YAML sequence that remembers the line of each item."""

    lines: list[int] | None = None


@dataclass(frozen=True)
class Document:
    node: Any
    """The composed root node (``yaml.Node``), or None for an empty document."""
    data: Any


def load_document(
    text: str, path: str, *, max_alias_values: int, first_line: int = 1, strict: bool = False
) -> Document:
    """Compose, bound, then construct ``text``; every failure is an ``InputError``.

    ``first_line`` is the file line of the text's first line (front matter starts on 2).
    ``strict`` refuses repeated keys and lone surrogates anywhere (``check_text``), for
    documents read whole; otherwise each mapping lists its repeated keys in
    ``LineDict.duplicates`` for the caller to report.
    """
    import yaml

    loader: Any = _loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Document(None, None)
        loader.repeated_keys = check_expansion(
            node, path, max_alias_values=max_alias_values, first_line=first_line
        )
        if strict:
            check_text(node, path, first_line=first_line)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = " ".join(str(exc.problem or exc.context or "syntax error").split())
        if reason == "found invalid Unicode character escape code":  # libyaml's wording
            reason = "an escape that is not a character (a lone surrogate such as \\ud800?)"
        line = first_line + mark.line if mark else None
        raise InputError(path, f"invalid YAML: {reason}", line=line) from exc
    except yaml.YAMLError as exc:
        raise InputError(path, f"invalid YAML: {' '.join(str(exc).split())}") from exc
    except (ValueError, TypeError, OverflowError) as exc:
        raise InputError(path, f"invalid YAML value: {' '.join(str(exc).split())}") from exc
    except RecursionError as exc:
        raise InputError(path, "YAML nesting is too deep to read") from exc
    finally:
        loader.dispose()
    return Document(node, data)


def check_expansion(
    node: Any, path: str, *, max_alias_values: int, first_line: int = 1
) -> dict[int, list[tuple[str, int]]]:
    """Refuse a node graph whose aliases add more than ``max_alias_values`` values, or
    that contains itself. Returns the repeated keys of each mapping node (by ``id``),
    read now because constructing the document flattens ``<<`` merges into the mappings.

    Aliases make the composed graph a DAG (or, with an alias inside its own anchor, a
    cycle); counting each node once per path through it is what building the data would
    do. The count is memoised per node, so the check costs one pass over the graph however
    large the expansion it refuses, and it stops at the first node past the limit.
    """
    import yaml

    sizes: dict[int, int] = {}
    repeated: dict[int, list[tuple[str, int]]] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(node, False)]
    while stack:
        current, done = stack.pop()
        key = id(current)
        if done:
            on_path.discard(key)
            children = _children(current)
            size = 1 + sum(sizes[id(child)] for child in children)
            if size - len(sizes) - 1 > max_alias_values:  # minus the nodes written so far
                line = first_line + current.start_mark.line
                msg = (
                    f"YAML aliases (*name) add more than {max_alias_values:,} values here; "
                    f"write the values out, or {raise_hint('max_alias_values')}"
                )
                raise InputError(path, msg, line=line)
            sizes[key] = size
            continue
        if key in sizes:
            continue
        if key in on_path:
            line = first_line + current.start_mark.line
            raise InputError(path, "a YAML alias refers to the value that contains it", line=line)
        if isinstance(current, yaml.ScalarNode):
            sizes[key] = 1
            continue
        if isinstance(current, yaml.MappingNode) and (keys := _repeated_keys(current)):
            repeated[key] = keys
        on_path.add(key)
        stack.append((current, True))
        stack.extend((child, False) for child in _children(current) if id(child) not in sizes)
    return repeated


def _repeated_keys(node: Any) -> list[tuple[str, int]]:
    """(key, 0-based line) for each key written again in a mapping node (``<<`` aside)."""
    import yaml

    seen: set[str] = set()
    repeated: list[tuple[str, int]] = []
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
            if key.value in seen:
                repeated.append((str(key.value), key.start_mark.line))
            seen.add(key.value)
    return repeated


def check_text(node: Any, path: str, *, first_line: int = 1) -> None:
    """Refuse a lone surrogate escape in any key or value, or a key repeated in a mapping.

    For documents read whole into one model (a brief request), where no single record can
    be set aside: the first such problem is the file's error, on its line. Run it before
    the document is constructed (constructing flattens ``<<`` merges into the mapping).
    """
    import yaml

    from briefsmith.parsing.sanitise import shown, surrogate_problem

    stack: list[Any] = [node]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        line = first_line + current.start_mark.line
        if isinstance(current, yaml.ScalarNode):
            if problem := surrogate_problem(str(current.value), "the value"):
                raise InputError(path, problem, line=line)
            continue
        if isinstance(current, yaml.MappingNode) and (repeated := _repeated_keys(current)):
            name, at = repeated[0]
            msg = f"the key '{shown(name)}' is given twice; keep one"
            raise InputError(path, msg, line=first_line + at)
        stack.extend(_children(current))


def _children(node: Any) -> list[Any]:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


@cache
def _loader() -> type[yaml.SafeLoader]:
    """A safe loader (libyaml's when installed) with the constructors described above."""
    import yaml

    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[valid-type,misc]
        repeated_keys: dict[int, list[tuple[str, int]]] = {}  # noqa: RUF012 - set per load

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Any:
        data = LineDict()
        data.line = node.start_mark.line + 1
        data.key_lines = {}
        for key_node, _ in node.value:
            if (
                not isinstance(key_node, yaml.ScalarNode)
                or key_node.tag == "tag:yaml.org,2002:merge"
            ):
                continue
            name, line = str(key_node.value), key_node.start_mark.line + 1
            if name in data.key_lines:
                data.duplicates = [*(data.duplicates or []), (name, line)]
            else:
                data.key_lines[name] = line
        yield data
        data.update(loader.construct_mapping(node))

    def sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> Any:
        data = LineList()
        data.lines = [child.start_mark.line + 1 for child in node.value]
        yield data
        data.extend(loader.construct_sequence(node))

    def tolerant(construct: Any) -> Any:
        """A scalar that does not convert (2026-02-30, a 5,000-digit number) stays text."""

        def build(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
            try:
                return construct(loader, node)
            except (ValueError, OverflowError):
                return str(node.value)

        return build

    LineLoader.add_constructor("tag:yaml.org,2002:map", mapping)
    LineLoader.add_constructor("tag:yaml.org,2002:seq", sequence)
    for tag, construct in (
        ("timestamp", yaml.SafeLoader.construct_yaml_timestamp),
        ("int", yaml.SafeLoader.construct_yaml_int),
        ("float", yaml.SafeLoader.construct_yaml_float),
    ):
        LineLoader.add_constructor(f"tag:yaml.org,2002:{tag}", tolerant(construct))
    return LineLoader
