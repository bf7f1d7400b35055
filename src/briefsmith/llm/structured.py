"""One structured request to the model, verified and re-asked: the loop every chain shares.

``ModelClient.ask`` sends a system and a user message, asks for JSON matching a Pydantic
model (the way the backend understands: see ``provider.structured_method``), validates the
answer, runs the caller's deterministic ``verify`` on it and, while problems remain,
re-asks — the previous answer and the problems are added to the conversation — at most
``max_reasks`` times. Answers come from the SQLite cache when the same request was
answered before; tokens and calls go to the usage meter.

Errors: a rejected key, an unknown model or an unreachable endpoint raise
``ModelUnavailableError`` (asking again would only repeat it); a timeout, a 429 after its
retries or a 5xx come back as ``Answer.error`` so the caller can keep what it has.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel

from briefsmith.errors import ModelUnavailableError
from briefsmith.llm.cache import JudgementCache, cache_key
from briefsmith.llm.provider import (
    ModelOutputError,
    bind_schema,
    classify_error,
    describe_endpoint,
    error_usage,
    make_chat_model,
    message_text,
    output_error,
    parse_answer,
    strip_lengths,
    structured_method,
)
from briefsmith.llm.session import model_session
from briefsmith.llm.settings import LLMSettings
from briefsmith.llm.usage import UsageMeter

if TYPE_CHECKING:
    from langchain_core.messages import BaseMessage

T = TypeVar("T", bound=BaseModel)

Verify = Callable[[T], list[str]]
"""Deterministic checks on a validated answer: the problems found ([] = accepted)."""

Reask = Callable[[list[str]], str]
"""The follow-up user message that lists the problems (rendered from a prompt template)."""


@dataclass
class Answer(Generic[T]):
    """What came of one request, after validation, verification and re-asks."""

    value: T | None = None
    """The last answer that validated against the schema (it may still have problems)."""
    problems: list[str] = field(default_factory=list)
    """What verification still finds wrong with ``value`` after the last re-ask."""
    error: str | None = None
    """Why there is no usable answer: a transport failure or output that never validated."""
    calls: int = 0
    cached: bool = False
    transient: bool = False
    """No answer because of the transport (timeout, 5xx): not cached, asked again next run."""
    truncated: bool = False
    """The last answer was cut off by the token limit (ask for less, e.g. split the input)."""

    @property
    def accepted(self) -> bool:
        return self.value is not None and not self.problems and self.error is None


class ModelClient:
    """One endpoint for a run; safe to share between threads."""

    def __init__(self, settings: LLMSettings, base_url: str | None, model_name: str) -> None:
        self.settings = settings
        self.model_name = model_name
        self.endpoint = describe_endpoint(settings, base_url)
        # The local model's port changes every run; its answers don't.
        self.cache_endpoint = "local" if settings.is_local else self.endpoint
        self.method = structured_method(settings, base_url)
        self.chat = make_chat_model(settings, base_url, model_name)
        self.meter = UsageMeter(model_name)
        self.cache = JudgementCache(settings.cache_path if settings.cache else None)

    def close(self) -> None:
        self.cache.close()

    def ask(
        self,
        schema: type[T],
        *,
        system: str,
        user: str,
        name: str,
        verify: Verify[T] | None = None,
        reask: Reask | None = None,
        wire_schema: dict[str, Any] | None = None,
        reask_truncated: bool = True,
    ) -> Answer[T]:
        """Ask until the answer validates and ``verify`` finds nothing (bounded re-asks).

        ``name`` labels the request (schema name for OpenAI, part of the cache key);
        ``wire_schema`` overrides the schema sent to the backend (e.g. tightened with enums)
        — the answer is always validated against ``schema`` itself. With
        ``reask_truncated=False`` an answer cut off by the token limit is returned at once
        (``Answer.truncated``) for the caller to ask for less instead.
        """
        sent_schema = wire_schema or strip_lengths(schema.model_json_schema())
        key = cache_key(
            kind=name,
            model=self.model_name,
            endpoint=self.cache_endpoint,
            schema=sent_schema,
            system=system,
            user=user,
            temperature=self.settings.temperature,
            seed=self.settings.seed,
        )
        cached = self.cache.get(key)
        if cached is not None:
            self.meter.add_cached_call()
            value = cached.get("value")
            return Answer(
                value=schema.model_validate(value) if value is not None else None,
                problems=list(cached.get("problems", [])),
                error=cached.get("error"),
                cached=True,
                truncated=bool(cached.get("truncated", False)),
            )
        answer = self._ask(schema, system, user, name, sent_schema, verify, reask, reask_truncated)
        if answer.calls and not answer.transient:
            self.cache.put(
                key,
                {
                    "value": answer.value.model_dump(mode="json") if answer.value else None,
                    "problems": answer.problems,
                    "error": answer.error,
                    "truncated": answer.truncated,
                },
            )
        return answer

    def _ask(
        self,
        schema: type[T],
        system: str,
        user: str,
        name: str,
        sent_schema: dict[str, Any],
        verify: Verify[T] | None,
        reask: Reask | None,
        reask_truncated: bool,
    ) -> Answer[T]:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        bound = bind_schema(self.chat, self.method, sent_schema, name, f"report_{name}")
        messages: list[BaseMessage] = [SystemMessage(system), HumanMessage(user)]
        answer: Answer[T] = Answer()
        for attempt in range(self.settings.max_reasks + 1):
            if attempt:
                self.meter.add_reask()
            self.meter.add_call()
            answer.calls += 1
            answer.truncated = False
            try:
                message = bound.invoke(messages)
            except Exception as exc:  # the provider's errors are many; classify them
                unusable = output_error(exc, self.settings.max_tokens)
                if unusable is None:
                    text, fatal = classify_error(exc, self.endpoint, self.model_name)
                    if fatal:
                        raise ModelUnavailableError(text) from exc
                    answer.error = text
                    answer.problems = []
                    answer.transient = True
                    return answer
                self.meter.add_tokens(error_usage(exc))
                problems, raw = [str(unusable)], ""
                answer.truncated = unusable.truncated
            else:
                self.meter.add_tokens(getattr(message, "usage_metadata", None))
                raw = message_text(message.content) or json.dumps(
                    message.tool_calls[0]["args"] if message.tool_calls else {}
                )
                try:
                    value = parse_answer(message, self.method, self.settings.max_tokens, schema)
                except ModelOutputError as exc:
                    problems = [str(exc)]
                    answer.truncated = exc.truncated
                else:
                    answer.value = value
                    answer.error = None
                    problems = verify(value) if verify is not None else []
                    answer.problems = problems
                    if not problems:
                        return answer
            if answer.value is None:
                answer.error = problems[0]
            if reask is None or (answer.truncated and not reask_truncated):
                break
            messages = [
                SystemMessage(system),
                HumanMessage(user),
                AIMessage(raw or "(no answer)"),
                HumanMessage(reask(problems)),
            ]
        return answer


@contextlib.contextmanager
def open_client(settings: LLMSettings) -> Iterator[ModelClient]:
    """A client for the configured model (starting and always stopping the local model)."""
    with model_session(settings) as (base_url, model_name):
        client = ModelClient(settings, base_url, model_name)
        try:
            yield client
        finally:
            client.close()
