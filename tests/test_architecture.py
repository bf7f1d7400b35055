"""The import graph keeps the layers of ``docs/architecture.md``: every arrow points down,
and no module imports itself back through others.

Imports are read from the source with ``ast`` — every ``import``, including those inside
functions (lazy imports) and under ``TYPE_CHECKING``: an arrow that only runs later still
ties the layers together. Packages in the same layer do not import each other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "briefsmith"

LAYERS: list[set[str]] = [
    {"errors", "i18n", "regex_cache"},
    {"models"},
    {"catalog"},
    {"parsing"},
    {"config"},
    {"rules"},
    {"check", "placeholders"},
    {"llm"},
    {"brief", "feedback"},
    {"render", "chains"},
    {"streaming"},
    {"<root>"},  # briefsmith/__init__.py: the library's public names
    {"lsp"},
    {"cli"},
    {"__main__"},
]
"""Bottom first. A package may import its own modules and any package in a lower layer."""

LAYER = {package: level for level, packages in enumerate(LAYERS) for package in packages}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def package(module: str) -> str:
    """The top-level part of briefsmith a module belongs to (``<root>`` for the package)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "<root>"


def imports(module: str) -> Iterator[tuple[str, int]]:
    """(imported briefsmith module, line) for every import in ``module``'s source."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "briefsmith":
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's own package upwards
                anchor = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            if base.split(".")[0] != "briefsmith":
                continue
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                yield (candidate if candidate in MODULES else base), node.lineno


GRAPH = {module: sorted(set(imports(module))) for module in MODULES}


def test_every_package_has_a_layer() -> None:
    """A new package is placed in the picture on purpose, not by accident."""
    assert {package(module) for module in MODULES} <= set(LAYER)


def test_imports_only_point_down() -> None:
    upward = [
        f"{module}:{line} imports {target} ({package(module)} → {package(target)})"
        for module, found in GRAPH.items()
        for target, line in found
        if package(target) != package(module) and LAYER[package(target)] >= LAYER[package(module)]
    ]
    assert upward == []


def test_no_import_cycles() -> None:
    """No module reaches itself through its imports (Tarjan's strongly connected parts)."""
    edges = {
        m: sorted({t for t, _ in found if t in MODULES and t != m}) for m, found in GRAPH.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative, so a deep graph cannot hit the recursion limit.
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(edges[target])))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    part = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        part.append(member)
                        if member == node:
                            break
                    if len(part) > 1:
                        cycles.append(sorted(part))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    assert cycles == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from briefsmith.brief import catalog", "briefsmith.brief.catalog"),
        ("from briefsmith.brief.catalog import finding", "briefsmith.brief.catalog"),
        ("import briefsmith.llm.run", "briefsmith.llm.run"),
        ("from briefsmith import __version__", "briefsmith"),
        ("from . import catalog", "briefsmith.brief.catalog"),
    ],
)
def test_imports_are_read_as_python_resolves_them(
    source: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader itself: a test that cannot see an import could never fail."""
    fake = tmp_path / "probe.py"
    fake.write_text(source + "\n", encoding="utf-8")
    monkeypatch.setitem(MODULES, "briefsmith.brief.probe", fake)
    assert [target for target, _ in imports("briefsmith.brief.probe")] == [expected]


def test_an_upward_arrow_would_be_found() -> None:
    """The rule itself, on a made-up arrow: rules may not import the model layer."""
    assert LAYER[package("briefsmith.llm.run")] > LAYER[package("briefsmith.rules.engine")]
    assert LAYER["brief"] > LAYER["placeholders"] > LAYER["rules"]
