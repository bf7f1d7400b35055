"""Text from goal files and models, made safe to show: no control characters get through.

A statement, a file name, a suppression comment or a model's reason can carry terminal
escape sequences (a colour, an OSC window title or hyperlink, ``ESC c`` that resets the
terminal) or a bare carriage return that overwrites what was printed before it. Every
human-facing output passes such text through :func:`printable` where it enters; the plain
formats also pass their whole output through it once, so a field a renderer forgot still
cannot reach the terminal. Data formats (the JSON report) stay faithful to the model.
"""

from __future__ import annotations

import re

from briefsmith import regex_cache

REPLACEMENT = "\ufffd"
"""What a control character or a whole escape sequence becomes: visible, and inert."""

_SEQUENCE = (
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI: colours, cursor moves, erase
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC: window title, hyperlinks
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"  # ESC c (reset) and the other two-character sequences
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # 8-bit OSC
)
# C0 (but tab and newline), DEL, C1, and the bidirectional overrides and isolates that
# make a terminal show text in another order than it is stored ("Trojan source").
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_ANY = regex_cache.compile(f"[{_CONTROLS}]")
_UNSAFE = regex_cache.compile(f"{_SEQUENCE}|[{_CONTROLS}]", re.DOTALL)
_LINE_BREAKS = regex_cache.compile(r"[\t\n]")


def printable(text: str, *, newlines: bool = True) -> str:
    """``text`` with every control character and escape sequence replaced by U+FFFD.

    Ordinary spaces, tabs and (with ``newlines``) line breaks are kept; with
    ``newlines=False`` tabs and line breaks become spaces, for one-line messages.
    """
    if _ANY.search(text) is not None:
        text = _UNSAFE.sub(REPLACEMENT, text)
    if not newlines and ("\n" in text or "\t" in text):
        text = _LINE_BREAKS.sub(" ", text)
    return text


def one_line(text: str) -> str:
    """``text`` on one line, whitespace runs collapsed, control characters replaced."""
    return " ".join(printable(text).split())
