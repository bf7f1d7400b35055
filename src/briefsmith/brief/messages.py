"""What brief verification says, in the brief's language (``i18n/brief.<lang>.toml``)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from briefsmith import i18n
from briefsmith.models.goal import Criterion, Lang


class BriefMessages:
    """One language's finding sentences, section names and criterion names."""

    __slots__ = ("_criteria", "_sections", "_sentences", "_sep")

    def __init__(self, table: dict[str, Any]) -> None:
        self._sections: dict[str, str] = table["sections"]
        self._criteria: dict[str, str] = table["criteria"]
        self._sep: str = table["list_sep"]
        self._sentences = {k: v for k, v in table.items() if isinstance(v, str)}

    def say(self, key: str, **values: object) -> str:
        return self._sentences[key].format(**values)

    def section(self, name: str) -> str:
        return self._sections.get(name, name.replace("_", " "))

    def criterion(self, criterion: Criterion) -> str:
        return self._criteria[criterion.value]

    def list(self, parts: Iterable[str]) -> str:
        return self._sep.join(parts)


@cache
def brief_messages(lang: Lang) -> BriefMessages:
    """The sentences of ``lang`` (English for a language the store does not have)."""
    return BriefMessages(i18n.table("brief", lang.value))
