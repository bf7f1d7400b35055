"""The summary for a terminal: styled with rich when a person is watching, plain when piped.

Plain output is one claim per line, no wrapping and no escapes, so it greps well; the
item ids every claim rests on are always shown.
"""

from __future__ import annotations

import io
import re

from briefsmith.models.feedback import FeedbackSummary, Sentiment
from briefsmith.render.feedback.labels import labels_for
from briefsmith.render.feedback.markdown import inline, usage_text
from briefsmith.render.safe import one_line

Line = tuple[str, str]
"""(text, rich style)"""

_SENTIMENT_STYLE = {
    Sentiment.POSITIVE: "green",
    Sentiment.MIXED: "yellow",
    Sentiment.NEGATIVE: "red",
}
_TRAILING = re.compile(r" +$", re.MULTILINE)


def _ids(values: list[str]) -> str:
    return "[" + ", ".join(values) + "]"


def lines(summary: FeedbackSummary) -> list[Line]:
    t = labels_for(summary.lang)
    out: list[Line] = [(f"{t['title']}: {summary.items} {t['items']}", "bold"), ("", "")]
    out.append((t["themes"], "bold underline"))
    for theme in summary.themes:
        style = _SENTIMENT_STYLE[theme.sentiment]
        head = f"  {inline(theme.label)} — {theme.count}, {t[theme.sentiment.value]}"
        out.append((head, f"bold {style}".strip()))
        described = inline(theme.description)
        if theme.assigned_by == "briefsmith":
            described = f"{described} ({t['other_by']})" if described else t["other_by"]
        out.append((f"    {described}", ""))
        out.append((f"    {_ids(theme.item_ids)}", "dim"))
    out += [("", ""), (t["agreements"], "bold underline")]
    for a in summary.agreements:
        teams = f" ({', '.join(a.teams)})" if a.teams else ""
        out.append((f"  = {inline(a.statement)}{teams} {_ids(a.item_ids)}", ""))
    if not summary.agreements:
        out.append((f"  {t['none']}", "dim"))
    out += [("", ""), (t["disagreements"], "bold underline")]
    for d in summary.disagreements:
        vs = f" {t['vs']} "
        between = f" — {vs.join(d.between)}" if d.between else ""
        out.append((f"  ≠ {inline(d.statement)}{between}", "bold" if between else ""))
        for side in d.sides:
            teams = f" ({', '.join(side.teams)})" if side.teams else ""
            out.append((f"    - {inline(side.position)}{teams} {_ids(side.item_ids)}", ""))
    if not summary.disagreements:
        out.append((f"  {t['none']}", "dim"))
    out += [("", ""), (t["actions"], "bold underline")]
    for action in summary.actions:
        text = f"  → {inline(action.what)} ({t['owner']}: {inline(action.owner_team)})"
        out.append((f"{text} {_ids(action.item_ids)}", ""))
    if not summary.actions:
        out.append((f"  {t['none']}", "dim"))
    out += [("", ""), (t["quotes"], "bold underline")]
    for quote in summary.quotes:
        out.append((f'  "{inline(quote.text)}" — {quote.item_id}', "italic"))
    if not summary.quotes:
        out.append((f"  {t['none']}", "dim"))
    if summary.problems:
        out += [("", ""), (t["problems"], "bold red")]
        out += [(f"  {p.rule}: {inline(p.message)}", "red") for p in summary.problems]
    if summary.notes:
        out += [("", ""), (t["notes"], "bold")]
        out += [(f"  {inline(note)}", "dim") for note in summary.notes]
    usage = usage_text(summary.usage)
    if usage:
        out += [("", ""), (f"{t['usage']}: {usage}", "dim")]
    return out


def one_line_kept(text: str) -> str:
    """A line of the summary with control characters replaced, its indent kept."""
    body = text.lstrip(" ")
    return text[: len(text) - len(body)] + one_line(body)


def render_text(summary: FeedbackSummary, *, color: bool = False, width: int | None = None) -> str:
    if not color:
        return "\n".join(one_line_kept(text) for text, _ in lines(summary)) + "\n"
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=width or 100, highlight=False)
    for text, style in lines(summary):
        console.print(Text(one_line_kept(text), style=style))
    return _TRAILING.sub("", buffer.getvalue())
