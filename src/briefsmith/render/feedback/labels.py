"""Headings and fixed phrases of a rendered summary, in the summary's language
(``i18n/feedback.<lang>.toml``, ``[labels]``)."""

from __future__ import annotations

from briefsmith import i18n
from briefsmith.models.goal import Lang


def labels_for(lang: Lang) -> dict[str, str]:
    labels: dict[str, str] = i18n.table("feedback", lang.value)["labels"]
    return labels
