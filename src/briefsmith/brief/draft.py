"""``draft_brief``: the request's brief, its gaps drafted by the model, then verified.

Without a model (``offline=True``, or none configured) the result is the request's
brief as given, verified, with every missing section listed as an open question. With
one, the model writes the missing sections (``brief.prompts``); verification runs on
each answer, and its errors (plus any number, date or name the request did not give)
go back to the model, at most ``max_reasks`` times. What still fails is in the findings.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefsmith.brief.offline import brief_from_request, gaps
from briefsmith.brief.verify import verify_brief
from briefsmith.config import Config
from briefsmith.models.brief import BriefFinding, BriefRequest, BriefResult, CampaignBrief
from briefsmith.models.report import Severity

if TYPE_CHECKING:
    from briefsmith.brief.prompts import BriefDraft
    from briefsmith.llm.settings import LLMSettings
    from briefsmith.llm.structured import ModelClient

REASKED = {"brief.language"}
"""Warnings the model can fix, so they are re-asked too (other warnings are gaps)."""
NOTHING_TO_DRAFT = "the request gives every section the model could draft; nothing was drafted"


def draft_brief(
    request: BriefRequest,
    *,
    settings: LLMSettings | None = None,
    today: dt.date | None = None,
    config: Config | None = None,
    offline: bool = False,
) -> BriefResult:
    """The brief for ``request``: drafted by the configured model, or offline.

    ``settings`` default to the environment (``load_llm_settings()``). With no model
    configured the result is offline and ``note`` says how to configure one. A model that
    cannot be reached (bad key, unknown model) raises ``ModelUnavailableError``.
    """
    today = today or dt.date.today()
    config = config or Config()
    base = brief_from_request(request)
    if offline:
        return located(offline_result(base, today, config), request)
    from briefsmith.brief.prompts import missing_sections
    from briefsmith.errors import ModelNotConfiguredError
    from briefsmith.llm.settings import load_llm_settings
    from briefsmith.llm.structured import open_client

    settings = settings or load_llm_settings()
    missing = missing_sections(base)
    if not missing:
        return located(offline_result(base, today, config, note=NOTHING_TO_DRAFT), request)
    try:
        with open_client(settings) as client:
            result = _draft(client, request, base, missing, today, config)
    except ModelNotConfiguredError as exc:
        result = offline_result(base, today, config, note=str(exc))
    return located(result, request)


def located(result: BriefResult, request: BriefRequest) -> BriefResult:
    """The request file and, per finding, the line of its section there (for SARIF, JUnit)."""
    lines = request.section_lines
    findings = [
        f.model_copy(update={"line": lines[f.section]}) if f.section in lines else f
        for f in result.findings
    ]
    source = None if request.source == "<memory>" else request.source
    return result.model_copy(update={"source": source, "findings": findings})


def offline_result(
    brief: CampaignBrief,
    today: dt.date,
    config: Config,
    *,
    note: str | None = None,
    model_error: str | None = None,
) -> BriefResult:
    findings = verify_brief(brief, today=today, config=config)
    return BriefResult(
        engine="offline",
        today=today.isoformat(),
        brief=brief,
        findings=findings,
        open_questions=gaps(brief, findings),
        note=note,
        model_error=model_error,
    )


def problem_line(finding: BriefFinding) -> str:
    return f"{finding.where}: {finding.message} [{finding.rule}]"


def _drafted(finding: BriefFinding, sections: set[str]) -> bool:
    """Whether a finding is about what the model wrote (so it can fix it)."""
    if finding.severity is not Severity.ERROR and finding.rule not in REASKED:
        return False
    return finding.section in sections or finding.rule in {"brief.invented-fact", *REASKED}


def _draft(
    client: ModelClient,
    request: BriefRequest,
    base: CampaignBrief,
    missing: list[str],
    today: dt.date,
    config: Config,
) -> BriefResult:
    from briefsmith.brief.prompts import (
        BriefDraft,
        draft_messages,
        reask_message,
        to_brief,
        wire_schema,
    )

    drafted = set(missing) | ({"deliverables"} if "raci" in missing else set())

    def problems(draft: BriefDraft) -> list[str]:
        brief = to_brief(draft, base, missing)
        found = verify_brief(brief, today=today, config=config, request=request)
        return [problem_line(f) for f in found if _drafted(f, drafted)]

    system, user = draft_messages(request, base, missing, today)
    answer = client.ask(
        BriefDraft,
        system=system,
        user=user,
        name="brief",
        verify=problems,
        reask=lambda found: reask_message(found, base.lang.value),
        wire_schema=wire_schema(missing, base, request),
    )
    usage = client.meter.usage.model_copy()
    if answer.value is None:
        result = offline_result(base, today, config, model_error=answer.error)
        return result.model_copy(update={"usage": usage})
    brief = to_brief(answer.value, base, missing)
    findings = verify_brief(brief, today=today, config=config, request=request)
    return BriefResult(
        engine="model",
        today=today.isoformat(),
        brief=brief,
        findings=findings,
        open_questions=gaps(brief, findings),
        usage=usage,
    )
