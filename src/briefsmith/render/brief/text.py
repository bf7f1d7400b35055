"""The brief in a terminal: rich's Markdown rendering in colour, the Markdown itself when
piped (it is written to be read as plain text too)."""

from __future__ import annotations

import os
import sys


def use_color(color: bool | None) -> bool:
    if color is not None:
        return color
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def render_text(markdown: str, *, color: bool | None = None, width: int | None = None) -> str:
    if not use_color(color):
        return markdown
    from rich.console import Console
    from rich.markdown import Markdown

    console = Console(force_terminal=True, width=width, record=False)
    with console.capture() as capture:
        console.print(Markdown(markdown))
    return capture.get()
