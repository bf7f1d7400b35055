"""Inline suppression comments (``<!-- briefsmith: ignore time_bound -->``).

A team can accept a known gap for one goal without turning a check off for the whole
run. A comment names criteria, rule ids or their prefixes (``measurable.no-target``,
``objective``) or ``all`` — the ids ``briefsmith rules`` lists. A comment that is not an
``ignore`` is an error; a name no rule has is kept (it matches nothing) and reported as a
warning on the comment's line (``suppression.unknown-rule``), so a typo cannot hide
silently but does not cost the file either.
"""

from __future__ import annotations

import re

from briefsmith import regex_cache
from briefsmith.models.goal import Criterion, Note

DIRECTIVE = regex_cache.compile(r"<!--\s*briefsmith\s*:(?P<body>.*?)-->", re.IGNORECASE | re.DOTALL)
_COMMENT = regex_cache.compile(r"<!--.*?-->", re.DOTALL)
ALL = "all"
UNKNOWN_RULE = "suppression.unknown-rule"


def directives(html: str) -> list[tuple[str, int]]:
    """Directive bodies in ``html`` with the 0-based line offset each one starts on."""
    return [(m.group("body"), html.count("\n", 0, m.start())) for m in DIRECTIVE.finditer(html)]


def only_comments(html: str) -> bool:
    """True when ``html`` holds nothing but comments, i.e. it may annotate the next goal."""
    return not _COMMENT.sub("", html).strip()


def parse_directive(body: str) -> list[str]:
    """What a directive body turns off: criteria, rule ids or prefixes, or ``all``.

    ValueError with a user-facing reason when it is not an ``ignore`` with names.
    """
    from briefsmith.catalog import normalise

    words = body.replace(",", " ").split()
    if not words or words[0].lower() != "ignore":
        found = words[0] if words else ""
        msg = f"unknown briefsmith comment '{found}' (expected 'briefsmith: ignore <rules>')"
        raise ValueError(msg)
    names = [normalise(word) for word in words[1:]]
    if not names:
        msg = "briefsmith: ignore needs rules or criteria, e.g. 'ignore time_bound' or 'ignore all'"
        raise ValueError(msg)
    return merge([], names)


def unknown_names(names: list[str]) -> list[str]:
    """The names that match no criterion and no rule of any command."""
    from briefsmith.catalog import unknown

    return unknown(names)


def unknown_note(names: list[str], line: int | None) -> Note:
    """The warning an unknown name in a comment becomes, on the comment's line."""
    quoted = ", ".join(f"'{name}'" for name in names)
    noun = "rule or criterion" if len(names) == 1 else "rules or criteria"
    return Note(
        rule=UNKNOWN_RULE,
        message=f"unknown {noun} {quoted} in a briefsmith comment; it suppresses nothing",
        line=line,
    )


def known_only(names: list[str]) -> list[str]:
    """``names`` when every one is known; ValueError naming the first unknown otherwise
    (for ``ignore:`` fields of structured records, which have no comment line)."""
    for name in unknown_names(names):
        expected = ", ".join(c.value for c in Criterion)
        msg = (
            f"unknown criterion '{name}' in ignore (expected {expected}, a rule id from "
            "`briefsmith rules`, or all)"
        )
        raise ValueError(msg)
    return names


def merge(into: list[str], more: list[str]) -> list[str]:
    """Union: ``all`` alone, else the criteria in canonical order, then rule ids as seen."""
    wanted = [*into, *(name for name in more if name not in into)]
    if ALL in wanted:
        return [ALL]
    criteria = [c.value for c in Criterion if c.value in wanted]
    return criteria + [name for name in wanted if name not in criteria]
