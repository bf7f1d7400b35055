"""The streaming Markdown reader (pyromark) reads documents exactly as markdown-it did.

``markdown_it_reader.read`` is the reader briefsmith had before (markdown-it-py's token
list); both must give the same items and headings — lines, nesting, texts, suppression
comments and their notes, struck and link-only items, the same errors — on every Markdown
document the project ships and on generated ones built from the constructs goal files use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefsmith.errors import InputError
from briefsmith.models.goal import Note
from briefsmith.parsing import markdown as md
from briefsmith.parsing.frontmatter import split_front_matter

from . import markdown_it_reader

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted(
    p
    for pattern in ("examples/*.md", "tests/**/*.md", "docs/*.md", "README.md")
    for p in ROOT.glob(pattern)
)


def shape(reader: Any, body: str, max_depth: int = 16) -> Any:
    """What a reader made of ``body``, as plain values (or the error it raised)."""
    notes: list[Note] = []
    try:
        items, headings = reader(body, "g.md", max_depth, notes)
    except InputError as exc:
        return ("error", exc.reason, exc.line)
    index = {id(item): n for n, item in enumerate(items)}
    hindex = {id(h): n for n, h in enumerate(headings)}

    def ref(node: Any, table: dict[int, int]) -> int | None:
        return None if node is None else table[id(node)]

    return (
        [
            (
                item.line,
                ref(item.parent, index),
                ref(item.heading, hindex),
                item.texts,
                item.text_line,
                item.ignore,
                item.struck,
                item.links_only,
                [index[id(c)] for c in item.children],
            )
            for item in items
        ],
        [
            (h.level, h.text, h.line, ref(h.parent, hindex), [index[id(i)] for i in h.items])
            for h in headings
        ],
        [(n.rule, n.message, n.line) for n in notes],
    )


def assert_same(body: str, max_depth: int = 16) -> None:
    assert shape(md._read, body, max_depth) == shape(markdown_it_reader.read, body, max_depth)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_project_documents_read_the_same(path: Path) -> None:
    _, body = split_front_matter(path.read_text(encoding="utf-8"), str(path))
    assert_same(body)


CASES = [
    "- a\n  - b\n    - c\n- d\n",
    "# H\n\n- a\n\n## H2\n- b\n# H3\n- c\n",
    "Title\n=====\n\n- a\n",
    "- a <!-- briefsmith: ignore relevant --> b\n",
    "- a <!-- briefsmith:\n  ignore relevant --> b\n- c\n",
    "<!-- briefsmith: ignore time_bound -->\n- a\n",
    "<!-- one -->\n<!-- briefsmith: ignore all -->\n- a\n",
    "<!-- briefsmith: ignore nonsense.rule -->\n- a\n",
    "- a\n<!-- briefsmith: ignore measurable -->\n",
    "<!-- briefsmith: frobnicate -->\n- a\n",
    "- ~~done~~\n- ~half~ open\n- ~~a~~ b\n- ~~~x~~~\n- ~~a ~b~ c~~\n",
    "- [link](http://x)\n- see [doc](u)\n- [N1][ref]\n- [TBD](u)\n",
    "- <http://a.com/%20b> and <x@y.z>\n",
    "- ![**alt** t](u) [l ![i](x)](y)\n- ![a\n  b](u)\n",
    "- `code` and **bold** _em_ \\*esc\\* &amp; &copy;\n",
    "- <div>An <b>html</b> goal</div>\n- text\n  <div>more</div>\n",
    "<details><summary>Objective: grow</summary>\n\n- KR1: a 10%\n</details>\n\n- after\n",
    "<details>\n<summary>Obj</summary>\n\n- a\n\n</details>\n",
    "> - quoted\n>   - nested\n> # quoted heading\n- out\n",
    "- a\n\n  b\n\n  - c\n",
    "- a\n  ```\n  code\n  ```\n  b\n",
    "- a\n  # inner heading\n- b\n",
    "1. one\n2) two\n   * three\n",
    "- a\n---\n- b\n",
    "-\n  late text\n- \n",
    "- a  \n  b\\\n  c\n",
    "- a\nlazy continuation\n- b\n",
    "    indented code\n- a\n",
    "- [x] done\n- [ ] open\n",
    "#\n- a\n## \n- b\n",
    "<!-- x -->\n\n- a\n",
    "- a\n\n<!-- briefsmith: ignore relevant -->\n\n- b\n",
    "- x\n  > - y\n  >   - z\n",
    "- a\n  <!-- briefsmith: ignore relevant -->\n  - b\n",
    "text ![img ~~x~~](u) paragraph\n\n- [![i](x) label](y)\n",
    "- a ~~b\n  c~~ d\n",
    "- [a\n  b](u) <!-- briefsmith: ignore all -->\n",
]


@pytest.mark.parametrize("body", CASES)
def test_constructs_read_the_same(body: str) -> None:
    assert_same(body)


def test_the_depth_limit_is_met_at_the_same_line() -> None:
    deep = "".join("  " * n + f"- level {n}\n" for n in range(8))
    assert_same(deep, max_depth=4)
    assert shape(md._read, deep, 4)[0] == "error"
    quotes = "> " * 6 + "- x\n"
    assert_same(quotes, max_depth=3)


PIECES = [
    "- ",
    "* ",
    "1. ",
    "2) ",
    "  ",
    "    ",
    "\n",
    "\n\n",
    "# ",
    "## ",
    "> ",
    "Grow ARR",
    "KR1: cut churn 5%",
    "Objective: ",
    "owner: Anna",
    "~~",
    "~",
    "**",
    "_",
    "`",
    "[",
    "]",
    "(http://x)",
    "[ref]",
    "![",
    "<http://a.b/%41>",
    "<!-- briefsmith: ignore relevant -->",
    "<!-- note -->",
    "<!--",
    "-->",
    "<div>",
    "</div>",
    "<details><summary>",
    "</summary>",
    "</details>",
    "&amp;",
    "\\",
    "[x] ",
    "TBD",
    "```",
    "---",
    "===",
    "目标",
    "Цель",
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_generated_documents_read_the_same(pieces: list[str]) -> None:
    assert_same("".join(pieces))
