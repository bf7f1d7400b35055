"""The SMART judge-and-rewrite chain: goals in, a validated ``ModelBatch`` out.

``smart_chain(settings)`` is a plain Runnable (prompt → chat model → parse) that a user can
put in their own pipeline; ``briefsmith.llm.run`` adds batching, the cache, verification
and re-asks around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field

from briefsmith.llm import prompts
from briefsmith.llm.provider import bind_structured, make_chat_model, parse_batch, structured_method
from briefsmith.llm.schema import ModelBatch
from briefsmith.llm.settings import LLMSettings
from briefsmith.models.base import Model

if TYPE_CHECKING:
    from langchain_core.messages import BaseMessage
    from langchain_core.runnables import Runnable


class GoalPrompt(Model):
    """One goal as the prompt shows it (JSON inside ``<goals>``)."""

    id: str
    statement: str
    lang: str
    parent: str | None = None
    findings: dict[str, str] = Field(default_factory=dict)
    previous_rewrite: str | None = None
    problems: list[str] = Field(default_factory=list)


class SmartInput(Model):
    goals: list[GoalPrompt]
    today: str
    reask: bool = False


def to_messages(request: SmartInput) -> list[BaseMessage]:
    from langchain_core.messages import HumanMessage, SystemMessage

    template = "smart_reask.j2" if request.reask else "smart_check.j2"
    goals = [_prompt_view(goal, request.reask) for goal in request.goals]
    return [
        SystemMessage(prompts.render("smart_system.j2")),
        HumanMessage(prompts.render(template, goals=goals, today=request.today)),
    ]


def _prompt_view(goal: GoalPrompt, reask: bool) -> dict[str, Any]:
    view: dict[str, Any] = {"id": goal.id, "statement": goal.statement, "lang": goal.lang}
    if goal.parent:
        view["parent"] = goal.parent
    if reask:
        view["previous_rewrite"] = goal.previous_rewrite
        view["problems"] = goal.problems
    else:
        view["findings"] = goal.findings
    return view


def smart_request(
    settings: LLMSettings, base_url: str | None, model_name: str
) -> Runnable[SmartInput, Any]:
    """Prompt → chat model: returns the raw ``AIMessage`` (usage metadata included).

    The response schema is bound per request, so it can require one judgement for each
    goal of that batch and only their ids.
    """
    from langchain_core.runnables import RunnableConfig, RunnableLambda

    chat = make_chat_model(settings, base_url, model_name)
    method = structured_method(settings, base_url)

    def ask(request: SmartInput, config: RunnableConfig) -> Any:
        bound = bind_structured(chat, method, [goal.id for goal in request.goals])
        return bound.invoke(to_messages(request), config)

    return RunnableLambda(ask, name="smart_request")


def smart_chain(
    settings: LLMSettings, base_url: str | None = None, model_name: str | None = None
) -> Runnable[SmartInput, ModelBatch]:
    """The composable chain: ``smart_chain(settings).invoke(SmartInput(...))``."""
    from langchain_core.runnables import RunnableLambda

    method = structured_method(settings, base_url)
    name = model_name or settings.model or ""
    return smart_request(settings, base_url, name) | RunnableLambda(
        lambda message: parse_batch(message, method, settings.max_tokens)
    )
