"""Per-goal language detection by script: Han → zh, Cyrillic → ru, otherwise en."""

from __future__ import annotations

from briefsmith import regex_cache
from briefsmith.models.goal import Lang

_HAN = regex_cache.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CYRILLIC = regex_cache.compile(r"[\u0400-\u04ff]")
_LATIN = regex_cache.compile(r"[A-Za-z]")


def detect_lang(text: str) -> Lang:
    if text.isascii():  # no Han, no Cyrillic: the common case, without counting
        return Lang.EN
    han = len(_HAN.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    if han >= 2 and han >= cyrillic:
        return Lang.ZH
    if han == 1 and not cyrillic and len(_LATIN.findall(text)) <= 1:
        return Lang.ZH  # a short heading such as "23年Q1" or "3月"
    if cyrillic >= 2:
        return Lang.RU
    return Lang.EN
