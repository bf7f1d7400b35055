"""Control characters out of user text as it is read, so neither the engine nor a terminal
ever sees them.

A goal file is text a person wrote; a control character in it is a paste accident or an
attack on whoever reads the report in a terminal (``\\x1b[31m`` colours it, ``\\x1b]0;…``
retitles the window, ``\\x1bc`` clears it). Terminal escape sequences are removed whole —
so the ``31`` of ``\\x1b[31m`` never reads as a number —, other C0/C1 controls and DEL are
removed, and the ones Python treats as whitespace (vertical tab, form feed, carriage
return, the information separators, NEL) become a space. Tab and newline stay; a newline is never
removed, so line numbers hold.
"""

from __future__ import annotations

import re

from briefsmith import regex_cache

_ESCAPES = regex_cache.compile(
    r"""
      (?:\x1b\[|\x9b) [0-?]* [ -/]* [@-~]?                       # CSI: colours, cursor moves
    | (?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f]) [^\x07\x1b\x9c\n]*  # OSC, DCS, SOS, PM, APC …
      (?:\x07|\x1b\\|\x9c)?                                       # … up to BEL or ST
    | \x1b [ -/]* [0-~]?                                          # ESC c, ESC ( B, ESC 7 …
    """,
    re.VERBOSE,
)
_SPACES = regex_cache.compile(r"[\x0b\x0c\r\x1c-\x1f\x85]")
_CONTROLS = regex_cache.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_ANY = regex_cache.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = regex_cache.compile(r"[\ud800-\udfff]")
_SHOWN = regex_cache.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without escape sequences and control characters (tab and newline kept)."""
    if _ANY.search(text) is None:
        return text
    text = _ESCAPES.sub("", text)
    text = _SPACES.sub(" ", text)
    return _CONTROLS.sub("", text)


def surrogate_at(text: str) -> int | None:
    """Where a lone UTF-16 surrogate sits (JSON ``"\\ud800"``, YAML ``"\\ud800"``), if any.

    A pair written as two escapes is joined by the JSON and YAML readers, so any surrogate
    left in decoded text is unpaired: not a character, and unprintable as UTF-8.
    """
    match = _SURROGATE.search(text)
    return match.start() if match else None


def surrogate_problem(text: str, what: str) -> str | None:
    """A one-line reason when ``text`` holds a lone surrogate, else None."""
    at = surrogate_at(text)
    if at is None:
        return None
    return (
        f"{what} contains a lone surrogate escape '\\u{ord(text[at]):04x}', which is not "
        "a character; remove it or write the character itself"
    )


def clean_data(data: object) -> object:
    """``data`` (parsed JSON or YAML) with every string key and value cleaned, in place.

    Iterative, and each container visited once, so deep or shared structures cost no
    recursion and no repeated work.
    """
    if isinstance(data, str):
        return clean(data)
    stack: list[object] = [data]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, dict):
            for key in list(item):
                value = item[key]
                if isinstance(value, str):
                    item[key] = value = clean(value)
                elif isinstance(value, dict | list):
                    stack.append(value)
                if isinstance(key, str) and (fresh := clean(key)) != key:
                    del item[key]
                    item[fresh] = value
        elif isinstance(item, list):
            for index, value in enumerate(item):
                if isinstance(value, str):
                    item[index] = clean(value)
                elif isinstance(value, dict | list):
                    stack.append(value)
    return data


def shown(text: str) -> str:
    """User text safe to put in a message: controls and surrogates as visible escapes."""
    return _SHOWN.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
