"""Render a ``BriefResult``: Markdown (a jinja2 template), JSON, HTML and terminal text.

Each format is imported only when asked for, so the JSON path never loads jinja2 or rich.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefsmith.models.brief import BriefResult

FORMATS = ("text", "markdown", "json", "html", "sarif", "junit")


def render_brief(
    result: BriefResult, fmt: str, *, color: bool | None = None, fail_on: str = "error"
) -> str:
    """``result`` as ``fmt`` (one of ``FORMATS``), ending with a newline.

    ``color`` only affects ``text``: None = colour when stdout is a terminal and
    NO_COLOR is not set; without colour the text form is the Markdown itself.
    ``fail_on`` decides which findings JUnit reports as failures (as for ``check``).
    """
    if fmt == "json":
        return result.model_dump_json(indent=2) + "\n"
    if fmt == "sarif":
        from briefsmith.render.brief import sarif

        return sarif.render(result)
    if fmt == "junit":
        from briefsmith.render.brief import junit

        return junit.render(result, fail_on=fail_on)
    if fmt not in FORMATS:
        msg = f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}"
        raise ValueError(msg)
    from briefsmith.render.brief.markdown import render

    markdown = render(result)
    if fmt == "markdown":
        return markdown
    if fmt == "html":
        from briefsmith.render.html import markdown_page

        return markdown_page(markdown, title=result.brief.title, lang=result.brief.lang.value)
    from briefsmith.render.brief.text import render_text

    return render_text(markdown, color=color)
