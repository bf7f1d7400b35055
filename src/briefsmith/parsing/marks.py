"""What an item's own words say about it beyond the goal: an OKR label, a done mark, a
progress mark, a placeholder.

Real goal files are OKR lists, roadmaps and checklists: "KR2: …", "[x] …", "… (65%)",
"TBD". These marks are read (and removed from the statement) before the goal is judged,
so a label is not part of the goal and a progress mark is never taken for a target. The
word lists live in ``marks.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from briefsmith import regex_cache
from briefsmith.models.goal import GoalKind, GoalStatus

_SEPARATOR = r"[*_]*(?:\s*[:：.)\]\-–—|]\s*[*_]*\s*|(?<=[\d一二三四五六七八九十])(?:\s+|(?=[（(])))"
# A pictograph that opens a heading or item ("🎯 Objective 1", "📌 KR2:") before its label.
_EMOJI = r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]\ufe0f?\s*)?"
_CHECKBOX_OPEN = regex_cache.compile(r"^\[ \]\s*")


@dataclass(frozen=True, slots=True)
class Marks:
    """An item's statement with its marks removed, and what they said."""

    text: str
    kind: GoalKind | None = None
    status: GoalStatus = GoalStatus.OPEN
    status_reason: str | None = None
    progress: float | None = None


@dataclass(frozen=True, slots=True)
class _Tables:
    labels: tuple[tuple[GoalKind, re.Pattern[str]], ...]
    sections: tuple[tuple[GoalKind, re.Pattern[str]], ...]
    period_words: re.Pattern[str]
    done_start: re.Pattern[str]
    done_end: re.Pattern[str]
    progress: tuple[re.Pattern[str], ...]
    progress_needs_percent: bool
    done_end_chars: re.Pattern[str] | None
    placeholder_whole: re.Pattern[str]
    placeholder_token: re.Pattern[str]
    placeholder_hints: re.Pattern[str] | None
    """Lower-case strings one of which every placeholder token contains (see ``_hints``)."""
    reference_words: frozenset[str]
    objective_words: frozenset[str]
    objective_zh: re.Pattern[str]
    objective_ru: re.Pattern[str]


def _any(fragments: list[str]) -> str:
    return "|".join(f"(?:{f})" for f in fragments)


@cache
def _tables() -> _Tables:
    raw = resources.files("briefsmith.parsing").joinpath("marks.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    flags = re.IGNORECASE
    labels = tuple(
        (
            GoalKind(kind),
            regex_cache.compile(rf"^{_EMOJI}[*_]*(?:{_any(frags)}){_SEPARATOR}", flags),
        )
        for kind, frags in data["labels"].items()
    )
    sections_raw = dict(data["sections"])
    period = regex_cache.compile(
        rf"(?<!\w)(?:{_any(sections_raw.pop('period_words'))})(?!\w)|[\W_]+", flags
    )
    sections = tuple(
        (GoalKind(kind), regex_cache.compile(rf"(?:{_any(frags)})", flags))
        for kind, frags in sections_raw.items()
    )
    done = data["done"]
    placeholders = data["placeholders"]
    return _Tables(
        labels=labels,
        sections=sections,
        period_words=period,
        done_start=regex_cache.compile(rf"^\s*(?:{_any(done['start'])})\s*", flags),
        done_end=regex_cache.compile(rf"\s*(?:{_any(done['end'])})\s*[.。]?\s*$", flags),
        progress=tuple(regex_cache.compile(p, flags) for p in data["progress"]["patterns"]),
        progress_needs_percent=all("[%％]" in p for p in data["progress"]["patterns"]),
        done_end_chars=_final_chars(done["end"], flags),
        placeholder_whole=regex_cache.compile(
            rf"^[\s*_:：.\-–—]*(?:{_any(placeholders['whole'])})[\s*_:：.!。]*$", flags
        ),
        placeholder_token=regex_cache.compile(_any(placeholders["tokens"]), flags),
        placeholder_hints=_hints(placeholders["tokens"], flags),
        reference_words=frozenset(w.lower() for w in data["references"]["words"]),
        objective_words=frozenset(data["objective_shape"]["en"]),
        objective_zh=regex_cache.compile(_any(data["objective_shape"]["zh"])),
        objective_ru=regex_cache.compile(
            rf"(?<!\w)(?:{_any(data['objective_shape']['ru'])})(?!\w)", flags
        ),
    )


def _re_module(name: str) -> Any:
    """``re``'s own parser modules (``re._parser``, ``re._constants``, Python 3.11+)."""
    import importlib

    return importlib.import_module(f"re.{name}")


def _final_chars(fragments: list[str], flags: int) -> re.Pattern[str] | None:
    """A character class of what a match of any of ``fragments`` can end with, so a text
    whose last character is none of them is known not to end with a done mark without
    running the pattern at every position (the slow part of reading a goal). None when
    some fragment's end cannot be told."""
    chars: set[str] = set()
    try:
        parser = _re_module("_parser")  # the parser re itself uses
        for fragment in fragments:
            ends, nullable = _ends(list(parser.parse(fragment, flags)))
            if ends is None or nullable:
                return None
            chars |= ends
    except Exception:  # another Python's parser: no shortcut, same answers
        return None
    return regex_cache.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", flags)


def _ends(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(characters a match of the sequence ``items`` can end with, whether it can be empty)."""
    c = _re_module("_constants")
    out: set[str] = set()
    for op, av in reversed(items):
        if op is c.LITERAL:
            return out | {chr(av)}, False
        if op is c.IN:
            found = set()
            for kind, value in av:
                if kind is c.LITERAL:
                    found.add(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < 256:
                    found.update(chr(n) for n in range(value[0], value[1] + 1))
                else:
                    return None, False
            return out | found, False
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _, sub = av
            ends, nullable = _ends(list(sub))
            if ends is None:
                return None, False
            out |= ends
            if low > 0 and not nullable:
                return out, False
        elif op is c.SUBPATTERN:
            ends, nullable = _ends(list(av[3]))
            if ends is None:
                return None, False
            out |= ends
            if not nullable:
                return out, False
        elif op is c.BRANCH:
            any_nullable = False
            for branch in av[1]:
                ends, nullable = _ends(list(branch))
                if ends is None:
                    return None, False
                out |= ends
                any_nullable = any_nullable or nullable
            if not any_nullable:
                return out, False
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width
        else:
            return None, False
    return out, True


def _hints(fragments: list[str], flags: int) -> re.Pattern[str] | None:
    """Lower-case strings one of which every match of any of ``fragments`` contains ("tb"
    for ``tbd|tbc|tba``, "[" for ``\\[n\\]``), so a text with none of them needs no
    search. None when some fragment has no such string, or when one holds a letter whose
    case-insensitive matches ``str.lower`` does not find (``k`` also matches the Kelvin sign)."""
    hints: list[str] = []
    try:
        parser = _re_module("_parser")
        for fragment in fragments:
            found = _required(list(parser.parse(fragment, flags)))
            if not found:
                return None
            hints.extend(found)
    except Exception:
        return None
    if not all(map(_caseless_safe, hints)):
        return None
    return regex_cache.compile("|".join(re.escape(h) for h in sorted({h.lower() for h in hints})))


def _caseless_safe(text: str) -> bool:
    """``str.lower`` finds every case-insensitive match of ``text``: no letter with a
    special case fold (``k``/Kelvin sign, ``s``/long s, ``i``/dotless i), no cased letter
    outside ASCII."""
    return not any(ch in "iksIKS" or (not ch.isascii() and ch.lower() != ch.upper()) for ch in text)


def _required(items: list[tuple[Any, Any]]) -> list[str] | None:
    """Strings one of which every match of the sequence ``items`` contains (the best
    such set found), or None."""
    c = _re_module("_constants")
    best: list[str] | None = None

    def consider(options: list[str] | None) -> None:
        nonlocal best
        if not options:
            return
        if best is None or _score(options) > _score(best):
            best = options

    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            low, high, sub = av
            body = list(sub)
            if len(body) == 1 and body[0][0] is c.LITERAL:  # "x+" adds its x to the run
                run.extend(chr(body[0][1]) * low)
                if high == low:
                    continue
            else:
                consider(_required(body))
        elif op is c.IN:
            chars = [chr(v) for k, v in av if k is c.LITERAL]
            if len(chars) == len(av):
                consider(chars)
        elif op is c.SUBPATTERN:
            consider(_required(list(av[3])))
        elif op is c.BRANCH:
            options: list[str] = []
            for branch in av[1]:
                found = _required(list(branch))
                if not found:
                    options = []
                    break
                options.extend(found)
            consider(options)
        if run:
            consider(["".join(run)])
            run = []
    if run:
        consider(["".join(run)])
    return best


def _score(options: list[str]) -> tuple[bool, int, bool, int]:
    """Sets ``str.lower`` can look for first, then longer strings, then sets without a
    lone letter, then fewer strings."""
    safe = all(map(_caseless_safe, options))
    return (safe, min(map(len, options)), not any(o.isalpha() for o in options), -len(options))


def _done_at_end(text: str, tables: _Tables) -> tuple[str, str | None]:
    """``_strip(text, tables.done_end)``, skipping the search when the text's last
    character (before a final full stop) cannot end a done mark."""
    chars = tables.done_end_chars
    if chars is not None:
        tail = text.rstrip()
        last = tail[-1:]
        if last in (".", "。"):
            rest = tail[:-1].rstrip()
            if not chars.fullmatch(last) and not chars.fullmatch(rest[-1:] or " "):
                return text, None
        elif not last or not chars.fullmatch(last):
            return text, None
    return _strip(text, tables.done_end)


def read_marks(text: str) -> Marks:
    """The marks of one item's text (a list item or a record's statement)."""
    tables = _tables()
    text = _CHECKBOX_OPEN.sub("", text.strip())
    status, reason = GoalStatus.OPEN, None
    text, done = _strip(text, tables.done_start)
    kind, text = _label(text, tables)
    text, report = _report(text)
    if report is not None and not done and tables.done_start.match(report):
        # "=> Done: monitoring shipped" says the goal is met; "=> 66% on time" only reports
        done = report.split(":")[0].strip()
    progress, text = _progress(text, tables)
    text, done_at_end = _done_at_end(text, tables)
    if done or done_at_end:
        status, reason = GoalStatus.DONE, done or done_at_end
    if progress is not None and progress >= 1 and status is GoalStatus.OPEN:
        status, reason = GoalStatus.DONE, "100%"
    if status is GoalStatus.OPEN and only_a_link(text):
        status, reason = GoalStatus.PLACEHOLDER, "only a link"
    if status is GoalStatus.OPEN:
        placeholder = placeholder_reason(text)
        if placeholder is not None:
            status, reason = GoalStatus.PLACEHOLDER, placeholder
    return Marks(text=text, kind=kind, status=status, status_reason=reason, progress=progress)


_REPORT = regex_cache.compile(r"\s*(?:=>|⇒)\s*(?=\S)")
_CHANGE_ARROW = regex_cache.compile(r"[\d%]\s*[kmbкмтыс万亿]?\.?\s*(?:=>|⇒)\s*[$€£¥₽~≈]?\d")
"""Where a result written after the goal starts ("Ship X. => shipped in 3.8"; not the
arrow of a change, "400 => 520")."""


def _report(text: str) -> tuple[str, str | None]:
    """The goal, and the result reported after it, if any: a review of a past period
    writes what happened after "=>", and that is not part of what the goal asks."""
    if "=>" not in text and "⇒" not in text:
        return text, None
    match = _REPORT.search(text)
    if match is None or match.start() == 0 or _CHANGE_ARROW.search(text, max(0, match.start() - 4)):
        return text, None
    return text[: match.start()].rstrip(" ;,"), text[match.end() :]


def _strip(text: str, pattern: re.Pattern[str]) -> tuple[str, str | None]:
    match = pattern.search(text)
    if match is None or not match.group(0).strip() or len(match.group(0)) >= len(text):
        return text, None
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    return rest, match.group(0).strip()


def _label(text: str, tables: _Tables) -> tuple[GoalKind | None, str]:
    for kind, pattern in tables.labels:
        match = pattern.match(text)
        if match and match.end() < len(text):
            return kind, text[match.end() :].strip()
    return None, text


def label_of(text: str) -> tuple[GoalKind | None, str]:
    """The kind an OKR label at the start of ``text`` names, and the text without it."""
    return _label(text.strip(), _tables())


def _progress(text: str, tables: _Tables) -> tuple[float | None, str]:
    if tables.progress_needs_percent and "%" not in text and "％" not in text:
        return None, text
    for pattern in tables.progress:
        match = pattern.search(text)
        if match and match.start() > 0:
            pct = float(match.group("pct").replace(",", "."))
            if pct <= 100:
                return pct / 100, text[: match.start()].rstrip(" ,;:，；—–-")
    return None, text


def placeholder_reason(text: str) -> str | None:
    """Why ``text`` is a placeholder rather than a goal: the placeholder it holds."""
    tables = _tables()
    stripped = text.strip()
    if not stripped or tables.placeholder_whole.match(stripped):
        return stripped or "empty"
    hints = tables.placeholder_hints
    if hints is not None and hints.search(stripped.lower()) is None:
        return None
    match = tables.placeholder_token.search(stripped)
    return match.group(0) if match else None


_WORDS = regex_cache.compile(r"\w+")
_URL = regex_cache.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_LABEL = regex_cache.compile(r"^[^\W\d_][\w\s-]{0,40}[:：]$")


def only_a_link(text: str) -> bool:
    """A bare address, or one after a short label ("Knowledge base: https://…"): a
    reference to goals kept elsewhere, not a goal."""
    if ("://" not in text and "www." not in text.lower()) or not _URL.search(text):
        return False
    rest = _URL.sub(" ", text).strip(" -–—()[]<>")
    return not rest or is_reference_words(rest) or bool(_LABEL.match(rest))


def is_reference_words(text: str) -> bool:
    """True when ``text`` (an item's words outside its links) only points at the links."""
    words = _tables().reference_words
    return all(match.group() in words for match in _WORDS.finditer(text.lower()))


@lru_cache(maxsize=4096)
def section_kind(heading: str) -> GoalKind | None:
    """The kind of the items under a heading that only names them ("Key results", "Q3
    initiatives")."""
    tables = _tables()
    rest = tables.period_words.sub(" ", heading).strip()
    for kind, pattern in tables.sections:
        if (rest and pattern.fullmatch(rest.replace(" ", ""))) or pattern.fullmatch(rest):
            return kind
    return None


def reads_as_objective(heading: str) -> bool:
    """A heading written as a statement (a desired state or a direction), not a label for
    an area or a team: it has a verb."""
    tables = _tables()
    words = re.findall(r"[a-z][\w'-]*", heading.lower())
    if len(words) >= 2 and not tables.objective_words.isdisjoint(words):
        return True
    return bool(tables.objective_zh.search(heading) or tables.objective_ru.search(heading))


def is_statement(heading: str) -> bool:
    """Three words or more, or a statement by the objective word lists: not only a name
    for an area ("Marketing", "Brand & PR")."""
    return len(_WORDS.findall(heading)) >= 3 or reads_as_objective(heading)


_OKR = regex_cache.compile(
    r"(?<![a-z])okrs?(?![a-z])|objectives|key\s+results|目标|关键结果|(?<!\w)цели(?!\w)|ключев\w+\s+результат"
    r"|(?<!\w)окр(?!\w)",
    re.IGNORECASE,
)


def okr_heading(heading: str) -> bool:
    """A heading that says the document is about OKRs or objectives."""
    return bool(_OKR.search(heading))
