"""The feedback requests' prompts and wire schemas: items in, a ``SummaryDraft`` out.

``briefsmith.feedback.summarise`` runs these through the shared structured loop
(``llm.structured.ModelClient.ask``: validation, verification, re-asks, cache, usage);
``feedback_chain(settings)`` is the same map request as a plain langchain Runnable for
users who want it in their own pipeline (no verification, no re-asks);
``briefsmith.chains.feedback`` re-exports it.
Items reach the prompt only as JSON (``tojson``), so a comment cannot become an instruction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefsmith.feedback.chunk import item_view
from briefsmith.llm import prompts
from briefsmith.llm.provider import strip_lengths
from briefsmith.llm.settings import LLMSettings
from briefsmith.models.base import Model
from briefsmith.models.feedback import ClaimMergeDraft, FeedbackItem, MergeDraft, SummaryDraft
from briefsmith.models.goal import Lang

if TYPE_CHECKING:
    from langchain_core.runnables import Runnable

LANGUAGE_NAMES = {
    Lang.EN: "English",
    Lang.ZH: "Chinese (简体中文)",
    Lang.RU: "Russian (русский)",
}


def map_prompt(items: Sequence[FeedbackItem], lang: Lang) -> tuple[str, str]:
    """(system, user) for summarising one chunk."""
    system = prompts.render("feedback_system.j2", language=LANGUAGE_NAMES[lang])
    user = prompts.render("feedback_map.j2", items=[item_view(item) for item in items])
    return system, user


def reask_prompt(problems: list[str]) -> str:
    return prompts.render("feedback_reask.j2", problems=problems)


def merge_prompt(themes: list[dict[str, Any]], lang: Lang) -> tuple[str, str]:
    """(system, user) for merging themes; ``themes`` are ``{ref, label, …}`` views."""
    system = prompts.render("feedback_merge_system.j2", language=LANGUAGE_NAMES[lang])
    return system, prompts.render("feedback_merge.j2", themes=themes)


def claims_prompt(kind: str, claims: list[dict[str, Any]], lang: Lang) -> tuple[str, str]:
    """(system, user) for uniting ``kind`` ("agreements" or "actions") across chunks."""
    system = prompts.render("feedback_claims_system.j2", kind=kind, language=LANGUAGE_NAMES[lang])
    return system, prompts.render("feedback_claims.j2", kind=kind, claims=claims)


def _enum_ids(schema: dict[str, Any], ids: list[str], paths: list[tuple[str, str]]) -> None:
    for definition, prop in paths:
        node = schema["$defs"][definition]["properties"][prop]
        if node.get("type") == "array":
            node["items"] = {"type": "string", "enum": ids}
        else:
            schema["$defs"][definition]["properties"][prop] = {"type": "string", "enum": ids}


def map_schema(ids: list[str]) -> dict[str, Any]:
    """``SummaryDraft``'s schema with item ids limited to this chunk's ids.

    A grammar-constrained backend (llama.cpp) then cannot cite an id that does not exist;
    verification still checks, because other backends only follow the schema loosely.
    """
    schema: dict[str, Any] = strip_lengths(SummaryDraft.model_json_schema())
    paths = [
        ("ThemeDraft", "item_ids"),
        ("AgreementDraft", "item_ids"),
        ("SideDraft", "item_ids"),
        ("ActionDraft", "item_ids"),
        ("Quote", "item_id"),
    ]
    _enum_ids(schema, ids, paths)
    return schema


def merge_schema(refs: list[str]) -> dict[str, Any]:
    schema: dict[str, Any] = strip_lengths(MergeDraft.model_json_schema())
    _enum_ids(schema, refs, [("ThemeGroup", "refs")])
    return schema


def claims_schema(refs: list[str]) -> dict[str, Any]:
    schema: dict[str, Any] = strip_lengths(ClaimMergeDraft.model_json_schema())
    _enum_ids(schema, refs, [("ClaimGroup", "refs")])
    return schema


class FeedbackInput(Model):
    items: list[FeedbackItem]
    lang: Lang = Lang.EN


def feedback_chain(
    settings: LLMSettings, base_url: str | None = None, model_name: str | None = None
) -> Runnable[FeedbackInput, SummaryDraft]:
    """``feedback_chain(settings).invoke(FeedbackInput(items=[...]))`` → ``SummaryDraft``.

    One request for all the items given (no chunking, no verification): use
    ``briefsmith.summarise_feedback`` for the verified, map-reduced summary.
    """
    from langchain_core.messages import HumanMessage, SystemMessage
    from langchain_core.runnables import RunnableConfig, RunnableLambda

    from briefsmith.llm.provider import (
        bind_schema,
        make_chat_model,
        parse_answer,
        structured_method,
    )

    name = model_name or settings.model or ""
    chat = make_chat_model(settings, base_url or settings.base_url, name)
    method = structured_method(settings, base_url or settings.base_url)

    def ask(request: FeedbackInput, config: RunnableConfig) -> SummaryDraft:
        system, user = map_prompt(request.items, request.lang)
        schema = map_schema([item.id for item in request.items])
        bound = bind_schema(chat, method, schema, "feedback_map", "report_feedback_map")
        message = bound.invoke([SystemMessage(system), HumanMessage(user)], config)
        return parse_answer(message, method, settings.max_tokens, SummaryDraft)

    return RunnableLambda(ask, name="feedback_chain")
