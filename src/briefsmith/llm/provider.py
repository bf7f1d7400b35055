"""The chat model (any OpenAI-compatible endpoint through ``ChatOpenAI``) and its output.

Structured output is chosen per backend: OpenAI takes ``json_schema``; llama.cpp's server
takes ``json_object`` with a ``schema`` (grammar-constrained); other servers get plain
JSON mode or tool calling. Whatever comes back is validated with the Pydantic models;
nothing is trusted because of how it was asked for.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from briefsmith.errors import (
    ModelError,
    ModelOutputError,
    ModelRateLimitError,
    ModelServerError,
    ModelTimeoutError,
    ModelUnavailableError,
)
from briefsmith.llm.redact import mask_url
from briefsmith.llm.settings import LLMSettings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import AIMessage
    from langchain_core.runnables import Runnable

M = TypeVar("M", bound=BaseModel)

__all__ = ["ModelOutputError"]  # re-exported: it lived here before it joined errors.py


def describe_endpoint(settings: LLMSettings, base_url: str | None) -> str:
    """The endpoint as messages name it: credentials in the URL masked."""
    return mask_url(base_url or settings.base_url or "https://api.openai.com/v1")


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
        value = schema.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the answer"
        msg = f"the answer does not match the schema ({where}: {first['msg']})"
        raise ModelOutputError(msg) from exc
    found = control_character(value.model_dump(mode="json"))
    if found is not None:
        where, char = found
        msg = (
            f"the answer contains a control character (U+{ord(char):04X} in {where}); "
            "write plain text, without escape codes"
        )
        raise ModelOutputError(msg)
    return value


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 and C1 control characters, DEL and ESC among them; tab and newline are plain text."""


def control_character(data: Any, path: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """The first control character in any string of ``data`` (keys too), and where it is
    (``goals.0.rewrite``)."""
    if isinstance(data, str):
        match = _CONTROL.search(data)
        return (".".join(path) or "the answer", match.group(0)) if match else None
    if not isinstance(data, dict | list):
        return None
    items: Any = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in items:
        found = control_character(str(key), path) or control_character(value, (*path, str(key)))
        if found:
            return found
    return None


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


def classify_error(
    exc: BaseException, endpoint: str, model: str, *, reached: bool = False
) -> ModelError:
    """The typed error for a failed request: ``ModelUnavailableError`` when the whole run
    cannot use this endpoint, a ``ModelRequestError`` when only this request failed.

    Unavailable: the endpoint rejects the key, does not know the model, or cannot be
    reached although it never answered this run (``reached=False``) — asking again for
    every goal would only repeat it. The message names the endpoint (``endpoint`` is
    already masked), says what to check, and never includes the key.
    """
    import openai

    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return ModelUnavailableError(
            f"{endpoint} rejected the API key (HTTP {exc.status_code}); "
            "set a valid key in OPENAI_API_KEY or BRIEFSMITH_API_KEY"
        )
    if isinstance(exc, openai.NotFoundError):
        return ModelUnavailableError(
            f"{endpoint} does not know the model '{model}' (HTTP 404); "
            "check --model (BRIEFSMITH_MODEL) and --base-url (BRIEFSMITH_BASE_URL)"
        )
    if isinstance(exc, openai.APITimeoutError):
        return ModelTimeoutError(f"no answer from {endpoint} within the timeout")
    if isinstance(exc, openai.APIConnectionError):
        if reached:
            return ModelServerError(f"cannot reach {endpoint} (it answered earlier in this run)")
        return ModelUnavailableError(
            f"cannot reach {endpoint}; check that the server is running and "
            "--base-url (BRIEFSMITH_BASE_URL)"
        )
    if isinstance(exc, openai.RateLimitError):
        return ModelRateLimitError(f"{endpoint} is rate-limiting requests (HTTP 429) after retries")
    if isinstance(exc, openai.APIStatusError):
        return ModelServerError(f"{endpoint} answered HTTP {exc.status_code}")
    return ModelServerError(f"request to {endpoint} failed: {type(exc).__name__}")
