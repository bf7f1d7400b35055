"""The chat model (any OpenAI-compatible endpoint through ``ChatOpenAI``) and its output.

Structured output is chosen per backend: OpenAI takes ``json_schema``; llama.cpp's server
takes ``json_object`` with a ``schema`` (grammar-constrained); other servers get plain
JSON mode or tool calling. Whatever comes back is validated with the Pydantic models;
nothing is trusted because of how it was asked for.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from briefsmith.errors import ModelUnavailableError
from briefsmith.llm.schema import ModelBatch
from briefsmith.llm.settings import LLMSettings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import AIMessage
    from langchain_core.runnables import Runnable

TOOL_NAME = "report_goal_judgements"
M = TypeVar("M", bound=BaseModel)


class ModelOutputError(Exception):
    """The model answered, but not with something we can accept (re-ask it).

    ``truncated``: the answer was cut off by the token limit — asking for less (a smaller
    batch or chunk) helps more than asking again.
    """

    def __init__(self, message: str, *, truncated: bool = False) -> None:
        super().__init__(message)
        self.truncated = truncated


def describe_endpoint(settings: LLMSettings, base_url: str | None) -> str:
    return base_url or settings.base_url or "https://api.openai.com/v1"


def structured_method(settings: LLMSettings, base_url: str | None) -> str:
    if settings.structured_output != "auto":
        return settings.structured_output
    if settings.is_local:
        return "json_object"
    url = base_url or settings.base_url
    if url is None or "api.openai.com" in url or ".openai.azure.com" in url:
        return "json_schema"
    return "json_mode"


def make_chat_model(settings: LLMSettings, base_url: str | None, model_name: str) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    method = structured_method(settings, base_url)
    limit: dict[str, Any] = (
        {"max_tokens": settings.max_tokens}
        if method == "json_schema"
        else {"extra_body": {"max_tokens": settings.max_tokens}}  # llama.cpp reads max_tokens
    )
    key = settings.api_key.get_secret_value() if settings.api_key else "not-needed"
    return ChatOpenAI(
        model=model_name,
        base_url=base_url or settings.base_url,
        api_key=key,
        temperature=settings.temperature,
        seed=settings.seed,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        **limit,
    )


def strip_lengths(node: Any) -> Any:
    """A JSON Schema without ``maxLength``/``minLength``.

    llama.cpp turns ``maxLength`` into a grammar rule per character and rejects long ones;
    lengths are still enforced when the answer is validated with Pydantic.
    """
    if isinstance(node, dict):
        return {k: strip_lengths(v) for k, v in node.items() if k not in {"maxLength", "minLength"}}
    if isinstance(node, list):
        return [strip_lengths(v) for v in node]
    return node


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


def bind_schema(
    chat: BaseChatModel, method: str, schema: dict[str, Any], name: str, tool: str
) -> Runnable[Any, AIMessage]:
    """Ask for JSON matching ``schema`` the way this backend understands."""
    if method == "json_schema":
        fmt = {"type": "json_schema", "json_schema": {"name": name, "schema": schema}}
        return chat.bind(response_format=fmt)
    if method == "json_object":
        return chat.bind(response_format={"type": "json_object", "schema": schema})
    if method == "function_calling":
        spec = {
            "type": "function",
            "function": {"name": tool, "description": "Report the answer.", "parameters": schema},
        }
        return chat.bind_tools([spec], tool_choice=tool)
    return chat.bind(response_format={"type": "json_object"})


def bind_structured(
    chat: BaseChatModel, method: str, ids: list[str] | None = None
) -> Runnable[Any, AIMessage]:
    return bind_schema(chat, method, wire_schema(ids), "smart_goals", TOOL_NAME)


def parse_answer(message: AIMessage, method: str, max_tokens: int, schema: type[M]) -> M:
    """The model's answer validated as ``schema``; ``ModelOutputError`` says what was wrong."""
    finish = (message.response_metadata or {}).get("finish_reason")
    if method == "function_calling" and message.tool_calls:
        payload: Any = message.tool_calls[0]["args"]
    else:
        content = message_text(message.content)
        if not content.strip():
            raise ModelOutputError("the model gave an empty answer")
        try:
            # strict=False: small models put raw control characters (tabs, newlines)
            # inside strings; the content is still the JSON they meant.
            payload = json.loads(content, strict=False)
        except json.JSONDecodeError as exc:
            if finish == "length":
                msg = f"the answer was cut off by the token limit (max_tokens={max_tokens})"
                raise ModelOutputError(msg, truncated=True) from exc
            msg = f"the answer is not valid JSON ({exc.msg} at character {exc.pos})"
            raise ModelOutputError(msg) from exc
    try:
        return schema.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the answer"
        msg = f"the answer does not match the schema ({where}: {first['msg']})"
        raise ModelOutputError(msg) from exc


def parse_batch(message: AIMessage, method: str, max_tokens: int) -> ModelBatch:
    return parse_answer(message, method, max_tokens, ModelBatch)


def message_text(content: Any) -> str:
    """Message content as text; some backends send a list of content blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            block if isinstance(block, str) else str(block.get("text", ""))
            for block in content
            if isinstance(block, str | dict)
        )
    return ""


def output_error(exc: BaseException, max_tokens: int) -> ModelOutputError | None:
    """Provider exceptions that mean "an unusable answer" (re-ask), not "no answer"."""
    import openai

    if isinstance(exc, openai.LengthFinishReasonError):
        return ModelOutputError(
            f"the answer was cut off by the token limit (max_tokens={max_tokens})",
            truncated=True,
        )
    if isinstance(exc, openai.ContentFilterFinishReasonError):
        return ModelOutputError("the answer was withheld by the provider's content filter")
    return None


def error_usage(exc: BaseException) -> dict[str, int] | None:
    """Tokens spent on an answer the provider refused to hand over (cut off, filtered)."""
    usage = getattr(getattr(exc, "completion", None), "usage", None)
    if usage is None:
        return None
    return {
        "input_tokens": int(getattr(usage, "prompt_tokens", 0) or 0),
        "output_tokens": int(getattr(usage, "completion_tokens", 0) or 0),
    }


def classify_error(exc: BaseException, endpoint: str, model: str) -> tuple[str, bool]:
    """A one-line message for a failed request, and whether it is fatal for the whole run.

    Fatal: the endpoint rejects the key, does not know the model, or cannot be reached —
    asking again for every goal would only repeat it. Never includes the key.
    """
    import openai

    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return f"{endpoint} rejected the API key (HTTP {exc.status_code})", True
    if isinstance(exc, openai.NotFoundError):
        return f"{endpoint} does not know the model '{model}' (HTTP 404)", True
    if isinstance(exc, openai.APITimeoutError):
        return f"no answer from {endpoint} within the timeout", False
    if isinstance(exc, openai.APIConnectionError):
        return f"cannot reach {endpoint}", True
    if isinstance(exc, openai.RateLimitError):
        return f"{endpoint} is rate-limiting requests (HTTP 429) after retries", False
    if isinstance(exc, openai.APIStatusError):
        return f"{endpoint} answered HTTP {exc.status_code}", False
    return f"request to {endpoint} failed: {type(exc).__name__}", False


def unavailable(message: str) -> ModelUnavailableError:
    return ModelUnavailableError(message)
