"""What the rules engine says, in the goal's language: verdict lines and fixes as data.

``i18n/rules.<lang>.toml`` (the store of translated sentences) holds every sentence with
named placeholders, so a reviewer who reads Chinese or Russian can improve the wording
without touching Python.
The engine picks the table of the goal's language (or the one ``Config.messages`` names).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from string import Formatter
from typing import Protocol

from briefsmith import i18n
from briefsmith.models.goal import Lang


class _Quotable(Protocol):
    @property
    def text(self) -> str: ...


class Messages:
    """One language's sentences; ``said``/``fix`` fill a sentence's placeholders."""

    __slots__ = (
        "_close",
        "_fix",
        "_join",
        "_kinds",
        "_kinds_sep",
        "_open",
        "_said",
        "_sep",
        "_where",
        "lang",
        "passed",
    )

    def __init__(self, lang: Lang, data: dict[str, dict[str, str]]) -> None:
        self.lang = lang
        quote = data["quote"]
        self._open, self._close = quote["open"], quote["close"]
        self._sep = quote["sep"]
        self._join = quote["close"] + quote["sep"] + quote["open"]
        kinds = dict(data["kinds"])
        self._kinds_sep = kinds.pop("list_sep")
        self._kinds = kinds
        self.passed = _compiled(data["passed"])
        self._said = _compiled(data["missed"])
        self._fix = _compiled(data["fix"])
        self._where = _compiled(data["where"])

    def quote(self, hits: Sequence[_Quotable], limit: int = 3) -> str:
        """The first ``limit`` distinct texts of ``hits``, each in this language's quotes."""
        if len(hits) == 1:
            return self._open + hits[0].text + self._close
        seen: list[str] = []
        for hit in hits:
            if hit.text not in seen:
                seen.append(hit.text)
                if len(seen) == limit:
                    break
        return self._open + self._join.join(seen) + self._close if seen else ""

    def quote_text(self, text: str) -> str:
        return self._open + text + self._close

    def list(self, parts: Iterable[str]) -> str:
        """Parts one after the other, separated as this language lists quotes."""
        return self._sep.join(parts)

    def kinds(self, kinds: set[str]) -> str:
        """Kinds of support ("baseline", "owner" …) in this language, in a stable order."""
        return self._kinds_sep.join(sorted(self._kinds[kind] for kind in kinds))

    def said(self, key: str, **values: object) -> str:
        """A miss's message."""
        return _fill(self._said[key], values)

    def fix(self, key: str, **values: object) -> str:
        return _fill(self._fix[key], values)

    def where(self, source: str, text: str, line: int | None) -> str:
        """Where an inherited fact comes from: "the heading 'Q1 2027' (line 3)"."""
        where = _fill(self._where[f"where_{source}"], {"q": self.quote_text(text)})
        if line is None:
            return where
        return _fill(self._where["where_line"], {"where": where, "line": line})

    def ok(self, key: str, **values: object) -> str:
        """A pass's message."""
        return _fill(self.passed[key], values)


# A sentence with one placeholder is kept as the text around it: the engine fills a few
# per goal, and joining three strings is a fraction of ``str.format``'s cost.
_Sentence = str | tuple[str, str]


def _compiled(sentences: dict[str, str]) -> dict[str, _Sentence]:
    out: dict[str, _Sentence] = {}
    for key, sentence in sentences.items():
        parts = list(Formatter().parse(sentence))
        fields = [name for _, name, _, _ in parts if name is not None]
        if len(fields) == 1 and "{{" not in sentence and "}}" not in sentence:
            before, _, after = sentence.partition("{" + fields[0] + "}")
            out[key] = (before, after)
        else:
            out[key] = sentence
    return out


def _fill(sentence: _Sentence, values: dict[str, object]) -> str:
    if isinstance(sentence, tuple):
        before, after = sentence
        (value,) = values.values()
        return f"{before}{value}{after}"
    return sentence.format(**values) if values else sentence


def messages_in(goal_lang: Lang, setting: str) -> Messages:
    """The sentences for a goal in ``goal_lang`` under ``Config.messages`` (``setting``)."""
    return messages_for(goal_lang if setting == "auto" else Lang(setting))


@cache
def messages_for(lang: Lang) -> Messages:
    """The sentences of ``lang`` (read once per process)."""
    return Messages(lang, i18n.table("rules", lang.value))
