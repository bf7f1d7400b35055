"""The brief in a terminal: rich's Markdown rendering in colour, the Markdown itself when
piped (it is written to be read as plain text too)."""

from __future__ import annotations

from briefsmith.render.common import wants_color


def render_text(markdown: str, *, color: bool | None = None, width: int | None = None) -> str:
    if not (wants_color() if color is None else color):
        return markdown
    from rich.console import Console
    from rich.markdown import Markdown

    console = Console(force_terminal=True, width=width, record=False)
    with console.capture() as capture:
        console.print(Markdown(markdown))
    return capture.get()
