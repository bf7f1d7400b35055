"""The SMART judge-and-rewrite request: goals in, a validated ``ModelBatch`` out.

What the hybrid check (``llm.run``) sends — the prompt, the batch's wire schema, the
parsing — and the same request as plain langchain Runnables: ``smart_chain(settings)``
(prompt → chat model → parse) for a user's own pipeline, with no batching, cache,
verification or re-asks; ``briefsmith.chains.smart`` re-exports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field

from briefsmith.llm import prompts
from briefsmith.llm.provider import (
    bind_schema,
    make_chat_model,
    parse_answer,
    strip_lengths,
    structured_method,
)
from briefsmith.llm.schema import ModelBatch
from briefsmith.llm.settings import LLMSettings
from briefsmith.models.base import Model

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import AIMessage, BaseMessage
    from langchain_core.runnables import Runnable

NAME = "smart_goals"
"""The request's name: the JSON Schema's name for OpenAI."""
TOOL_NAME = "report_goal_judgements"
"""The tool a function-calling backend is asked to call."""


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


def prompt_messages(request: SmartInput) -> list[tuple[str, str]]:
    """(role, text) of the request: the system prompt, then the goals as JSON data."""
    template = "smart_reask.j2" if request.reask else "smart_check.j2"
    goals = [_prompt_view(goal, request.reask) for goal in request.goals]
    return [
        ("system", prompts.render("smart_system.j2")),
        ("user", prompts.render(template, goals=goals, today=request.today)),
    ]


def to_messages(request: SmartInput) -> list[BaseMessage]:
    from langchain_core.messages import HumanMessage, SystemMessage

    (_, system), (_, user) = prompt_messages(request)
    return [SystemMessage(system), HumanMessage(user)]


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


def wire_schema(ids: list[str] | None = None) -> dict[str, Any]:
    """The SMART answer's JSON Schema as sent to the backend.

    Given the batch's ``ids``, it asks for exactly one judgement per goal and only those
    ids — a grammar-constrained backend then cannot skip or invent a goal.
    """
    schema: dict[str, Any] = strip_lengths(ModelBatch.model_json_schema())
    if ids:
        goals = schema["properties"]["goals"]
        goals["minItems"] = goals["maxItems"] = len(ids)
        judgement = schema["$defs"]["ModelGoalJudgement"]
        judgement["properties"]["id"] = {"type": "string", "enum": ids}
    return schema


def bind_structured(
    chat: BaseChatModel, method: str, ids: list[str] | None = None
) -> Runnable[Any, AIMessage]:
    return bind_schema(chat, method, wire_schema(ids), NAME, TOOL_NAME)


def parse_batch(message: AIMessage, method: str, max_tokens: int) -> ModelBatch:
    return parse_answer(message, method, max_tokens, ModelBatch)


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
