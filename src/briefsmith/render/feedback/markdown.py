"""The summary as Markdown, from ``summary.md.j2`` (a data file shipped in the package).

Text from the input and from the model is flattened to one line (and ``|`` escaped in
table cells), so a comment cannot break the layout; the HTML page renders this Markdown
with raw HTML off.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from briefsmith.feedback.verify import normalise
from briefsmith.models.feedback import FeedbackSummary
from briefsmith.models.report import Usage
from briefsmith.render.common import plural
from briefsmith.render.feedback.labels import labels_for
from briefsmith.render.safe import printable


def inline(text: object) -> str:
    """One line: the whitespace normalisation verification compares quotes with."""
    return normalise(str(text))


def cell(text: object) -> str:
    return inline(str(text)).replace("|", "\\|")


def ids(values: list[str]) -> str:
    return ", ".join(f"`{value}`" for value in values)


def usage_text(usage: Usage | None) -> str | None:
    if usage is None:
        return None
    return (
        f"{usage.model}: {plural(usage.calls, 'call')}, {plural(usage.reasks, 're-ask')}, "
        f"{usage.cached_calls} from cache, {usage.prompt_tokens:,} prompt + "
        f"{usage.completion_tokens:,} completion tokens"
    )


@cache
def _template() -> Any:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, trim_blocks=False)
    env.filters.update(inline=inline, cell=cell, ids=ids)
    source = files("briefsmith.render.feedback").joinpath("summary.md.j2").read_text("utf-8")
    return env.from_string(source)


def render_markdown(summary: FeedbackSummary) -> str:
    text = _template().render(
        s=summary, t=labels_for(summary.lang), usage=usage_text(summary.usage)
    )
    lines = [line.rstrip() for line in str(text).strip().split("\n")]
    # Collapse runs of blank lines the template's loops leave behind.
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return printable("\n".join(out) + "\n")
