"""A ``FeedbackSummary`` as text (terminal), Markdown (from a jinja2 template), JSON or a
self-contained HTML page. Each format is imported only when asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefsmith.models.feedback import FeedbackSummary

FORMATS = ("text", "markdown", "json", "html")


def render_feedback(
    summary: FeedbackSummary, fmt: str = "text", *, color: bool | None = None
) -> str:
    """``summary`` as ``fmt`` (one of ``FORMATS``); ends with a newline.

    ``color`` (text only): None = colour when stdout is a terminal and NO_COLOR is unset.
    """
    if fmt == "json":
        return summary.model_dump_json(indent=2) + "\n"
    if fmt == "text":
        from briefsmith.render.common import wants_color
        from briefsmith.render.feedback.text import render_text

        return render_text(summary, color=wants_color() if color is None else color)
    from briefsmith.render.feedback.markdown import render_markdown

    markdown = render_markdown(summary)
    if fmt == "markdown":
        return markdown
    if fmt == "html":
        from briefsmith.render.feedback.labels import labels_for
        from briefsmith.render.html import markdown_page

        title = labels_for(summary.lang)["title"]
        return markdown_page(markdown, title=title, lang=summary.lang.value)
    msg = f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}"
    raise ValueError(msg)
