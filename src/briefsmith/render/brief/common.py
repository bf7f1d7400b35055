"""What every brief format shares: labels in the brief's language, counting, wording."""

from __future__ import annotations

from functools import cache

from briefsmith import i18n
from briefsmith.models.brief import BriefResult
from briefsmith.models.report import Severity
from briefsmith.render.common import fails, plural


@cache
def labels(lang: str) -> dict[str, str]:
    """Headings and column names (``i18n/brief.<lang>.toml``, ``[labels]``), English for
    anything missing."""
    return {**i18n.table("brief", "en")["labels"], **i18n.table("brief", lang)["labels"]}


def failing(result: BriefResult, fail_on: str) -> bool:
    """Whether the run fails at this threshold (same rule as ``check``)."""
    return any(fails(f.severity, fail_on) for f in result.findings)


def summary_line(result: BriefResult) -> str:
    """``3 errors, 5 warnings · 9 open questions``."""
    counts = [
        plural(n, sev.value)
        for sev in Severity
        if (n := sum(f.severity is sev for f in result.findings))
    ]
    parts = [", ".join(counts) if counts else "no findings"]
    parts.append(plural(len(result.open_questions) + len(result.brief.open_questions),
                        "open question"))  # fmt: skip
    if result.usage is not None:
        u = result.usage
        parts.append(
            f"model {u.model}: {plural(u.calls, 'call')}, {plural(u.reasks, 're-ask')}, "
            f"{u.prompt_tokens:,} prompt + {u.completion_tokens:,} completion tokens"
        )
    return " · ".join(parts)


def note(result: BriefResult) -> str:
    """The line under the title: drafted (by which model) or offline."""
    text = labels(result.brief.lang.value)
    if result.engine == "model" and result.model_error is None and result.usage is not None:
        return text["drafted"].format(model=result.usage.model)
    return text["offline"]
