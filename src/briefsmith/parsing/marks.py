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
from functools import cache
from importlib import resources

from briefsmith.models.goal import GoalKind, GoalStatus

_SEPARATOR = r"[*_]*(?:\s*[:：.)\]\-–—|]\s*[*_]*\s*|(?<=[\d一二三四五六七八九十])\s+)"
_CHECKBOX_OPEN = re.compile(r"^\[ \]\s*")


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
    placeholder_whole: re.Pattern[str]
    placeholder_token: re.Pattern[str]
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
        (GoalKind(kind), re.compile(rf"^[*_]*(?:{_any(frags)}){_SEPARATOR}", flags))
        for kind, frags in data["labels"].items()
    )
    sections_raw = dict(data["sections"])
    period = re.compile(rf"(?<!\w)(?:{_any(sections_raw.pop('period_words'))})(?!\w)|[\W_]+", flags)
    sections = tuple(
        (GoalKind(kind), re.compile(rf"(?:{_any(frags)})", flags))
        for kind, frags in sections_raw.items()
    )
    done = data["done"]
    placeholders = data["placeholders"]
    return _Tables(
        labels=labels,
        sections=sections,
        period_words=period,
        done_start=re.compile(rf"^\s*(?:{_any(done['start'])})\s*", flags),
        done_end=re.compile(rf"\s*(?:{_any(done['end'])})\s*[.。]?\s*$", flags),
        progress=tuple(re.compile(p, flags) for p in data["progress"]["patterns"]),
        placeholder_whole=re.compile(
            rf"^[\s*_:：.\-–—]*(?:{_any(placeholders['whole'])})[\s*_:：.!。]*$", flags
        ),
        placeholder_token=re.compile(_any(placeholders["tokens"]), flags),
        reference_words=frozenset(w.lower() for w in data["references"]["words"]),
        objective_words=frozenset(data["objective_shape"]["en"]),
        objective_zh=re.compile(_any(data["objective_shape"]["zh"])),
        objective_ru=re.compile(rf"(?<!\w)(?:{_any(data['objective_shape']['ru'])})(?!\w)", flags),
    )


def read_marks(text: str) -> Marks:
    """The marks of one item's text (a list item or a record's statement)."""
    tables = _tables()
    text = _CHECKBOX_OPEN.sub("", text.strip())
    status, reason = GoalStatus.OPEN, None
    text, done = _strip(text, tables.done_start)
    kind, text = _label(text, tables)
    progress, text = _progress(text, tables)
    text, done_at_end = _strip(text, tables.done_end)
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
    match = tables.placeholder_token.search(stripped)
    return match.group(0) if match else None


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_LABEL = re.compile(r"^[^\W\d_][\w\s-]{0,40}[:：]$")


def only_a_link(text: str) -> bool:
    """A bare address, or one after a short label ("Knowledge base: https://…"): a
    reference to goals kept elsewhere, not a goal."""
    if not _URL.search(text):
        return False
    rest = _URL.sub(" ", text).strip(" -–—()[]<>")
    return not rest or is_reference_words(rest) or bool(_LABEL.match(rest))


def is_reference_words(text: str) -> bool:
    """True when ``text`` (an item's words outside its links) only points at the links."""
    words = re.findall(r"\w+", text.lower())
    return all(word in _tables().reference_words for word in words)


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


_OKR = re.compile(
    r"(?<![a-z])okrs?(?![a-z])|objectives|key\s+results|目标|关键结果|(?<!\w)цели(?!\w)|ключев\w+\s+результат",
    re.IGNORECASE,
)


def okr_heading(heading: str) -> bool:
    """A heading that says the document is about OKRs or objectives."""
    return bool(_OKR.search(heading))
