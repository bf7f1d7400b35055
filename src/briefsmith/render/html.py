"""A self-contained HTML page from Markdown: one file, inline CSS, no scripts, no fetches.

Briefs and feedback summaries are written once as Markdown (from their jinja2 templates);
the HTML page is that Markdown rendered by markdown-it (tables on, raw HTML off, so text
from the input or the model cannot inject markup) inside a small printable stylesheet.
"""

from __future__ import annotations

from html import escape

from briefsmith.render.safe import printable

_CSS = """
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --head: #f6f8fa; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1;
  --line: #3d444d; --head: #151b23; --accent: #4493f8; } }
body { font: 15px/1.55 -apple-system, "Segoe UI", "Noto Sans", "PingFang SC",
  "Microsoft YaHei", Helvetica, Arial, sans-serif; color: var(--fg); max-width: 64rem;
  margin: 2rem auto; padding: 0 1.25rem; }
h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 .5em; }
h1 { font-size: 1.8em; border-bottom: 1px solid var(--line); padding-bottom: .3em; }
h2 { font-size: 1.35em; border-bottom: 1px solid var(--line); padding-bottom: .2em; }
table { border-collapse: collapse; margin: .8em 0 1.2em; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--line); padding: .35em .7em; text-align: left;
  vertical-align: top; }
th { background: var(--head); }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  background: var(--head); padding: .1em .3em; border-radius: 4px; }
blockquote { margin: .6em 0; padding: 0 1em; color: var(--muted);
  border-left: .25em solid var(--line); }
a { color: var(--accent); }
@media print { body { margin: 0; max-width: none; } table { display: table; } }
"""


def markdown_page(markdown: str, *, title: str, lang: str = "en") -> str:
    """``markdown`` as a complete HTML document (ends with a newline)."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(printable(markdown))
    title = printable(title, newlines=False)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang, quote=True)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="briefsmith">\n<title>{escape(title)}</title>\n'
        f"<style>{_CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
