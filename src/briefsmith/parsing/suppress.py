"""Inline suppression comments (``<!-- briefsmith: ignore time_bound -->``).

A team can accept a known gap for one goal without turning a criterion off for
the whole run; a typo in a criterion name is an error so it cannot hide silently.
"""

from __future__ import annotations

import re

from briefsmith.models.goal import Criterion

DIRECTIVE = re.compile(r"<!--\s*briefsmith\s*:(?P<body>.*?)-->", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
ALL = "all"


def directives(html: str) -> list[tuple[str, int]]:
    """Directive bodies in ``html`` with the 0-based line offset each one starts on."""
    return [(m.group("body"), html.count("\n", 0, m.start())) for m in DIRECTIVE.finditer(html)]


def only_comments(html: str) -> bool:
    """True when ``html`` holds nothing but comments, i.e. it may annotate the next goal."""
    return not _COMMENT.sub("", html).strip()


def parse_directive(body: str) -> list[Criterion]:
    """Criteria a directive body turns off; ValueError with a user-facing reason if invalid."""
    words = body.replace(",", " ").split()
    if not words or words[0].lower() != "ignore":
        found = words[0] if words else ""
        msg = f"unknown briefsmith comment '{found}' (expected 'briefsmith: ignore <criteria>')"
        raise ValueError(msg)
    names = [word.lower().replace("-", "_") for word in words[1:]]
    if not names:
        msg = "briefsmith: ignore needs criteria, e.g. 'ignore time_bound' or 'ignore all'"
        raise ValueError(msg)
    known = {c.value for c in Criterion} | {ALL}
    for name in names:
        if name not in known:
            expected = ", ".join(c.value for c in Criterion)
            msg = f"unknown criterion '{name}' in briefsmith comment (expected {expected} or all)"
            raise ValueError(msg)
    return list(Criterion) if ALL in names else merge([], [Criterion(n) for n in names])


def merge(into: list[Criterion], more: list[Criterion]) -> list[Criterion]:
    """Union in the canonical criterion order."""
    wanted = set(into) | set(more)
    return [c for c in Criterion if c in wanted]
