"""The one loop every model request goes through: ask, validate, verify, re-ask.

``ModelClient.converse`` sends a request, asks for JSON matching a Pydantic model (the way
the backend understands: see ``provider.structured_method``), validates the answer
(control characters included), runs the caller's deterministic ``verify`` on it and,
while problems remain, sends the caller's follow-up request — at most ``max_reasks``
times. ``ModelClient.ask`` is the common case: one question, re-asked as a conversation
(the previous answer and the problems appended), answered from the cache when the same
request was answered before. The hybrid check uses ``converse`` directly: its follow-up
asks again only about the goals still failing, and it caches per goal.

One place decides what a failure means:

- the endpoint rejects the key, does not know the model, or cannot be reached before it
  ever answered: ``ModelUnavailableError`` is raised, and every later request of the run
  raises it at once without being sent (no retry storm);
- a timeout, a 429 after its retries, a 5xx, a connection lost mid-run: the request ends
  with ``Answer.failure`` (a ``ModelRequestError``), the caller keeps what it has, and the
  answer is not cached;
- an answer that is not usable (not JSON, not the schema, empty, cut off, filtered,
  control characters): a ``ModelOutputError`` problem, re-asked like any other.

Tokens and calls go to the usage meter; the client's cache is the SQLite file.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel

from briefsmith.errors import ModelOutputError, ModelRequestError, ModelUnavailableError
from briefsmith.llm.cache import JudgementCache, cache_key
from briefsmith.llm.provider import (
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
class Turn:
    """One request: the messages, as (role, text), and the JSON Schema sent with them."""

    messages: list[tuple[str, str]]
    schema: dict[str, Any]


@dataclass
class Attempt(Generic[T]):
    """What came of one request that was not accepted: what a follow-up is built from."""

    turn: Turn
    raw: str
    """The model's text ("" when the provider withheld it)."""
    value: T | None
    """The validated answer; None when it was not usable."""
    problems: list[str]
    """``verify``'s problems with ``value``, or the one reason it was not usable."""
    truncated: bool


FollowUp = Callable[[Attempt[T]], Turn | None]
"""The next request after an attempt that was not accepted (None: stop asking)."""


@dataclass
class Answer(Generic[T]):
    """What came of one request, after validation, verification and re-asks."""

    value: T | None = None
    """The last answer that validated against the schema (it may still have problems)."""
    problems: list[str] = field(default_factory=list)
    """What verification still finds wrong with ``value`` after the last re-ask."""
    failure: ModelRequestError | None = None
    """The transport failure that ended the asking (the answer is then not cached)."""
    unusable: ModelOutputError | None = None
    """Why the last answer could not be used (None when it validated)."""
    calls: int = 0
    cached: bool = False
    truncated: bool = False
    """The last answer was cut off by the token limit (ask for less, e.g. split the input)."""

    @property
    def error(self) -> str | None:
        """Why there is no usable answer: a transport failure, or output that never
        validated. None when ``value`` is usable (it may still have ``problems``)."""
        if self.failure is not None:
            return str(self.failure)
        if self.value is None and self.unusable is not None:
            return str(self.unusable)
        return None

    @property
    def transient(self) -> bool:
        """No answer because of the transport: not cached, asked again next run."""
        return self.failure is not None

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
        self._lock = threading.Lock()
        self._answered = False
        self._unavailable: ModelUnavailableError | None = None
        self._stopped = threading.Event()

    def close(self) -> None:
        self.cache.close()

    def stop(self) -> None:
        """Send nothing more (Ctrl-C): requests not yet sent end as failures."""
        self._stopped.set()

    # -- the cache -------------------------------------------------------------------------

    def cache_key(self, **parts: Any) -> str:
        """A cache key for this model and endpoint plus ``parts`` (what the prompt says)."""
        return cache_key(model=self.model_name, endpoint=self.cache_endpoint, **parts)

    # -- asking ----------------------------------------------------------------------------

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
        key = self.cache_key(
            kind=name,
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
            error = cached.get("error")
            return Answer(
                value=schema.model_validate(value) if value is not None else None,
                problems=list(cached.get("problems", [])),
                unusable=ModelOutputError(error) if error else None,
                cached=True,
                truncated=bool(cached.get("truncated", False)),
            )
        question = [("system", system), ("user", user)]

        def follow_up(attempt: Attempt[T]) -> Turn | None:
            if reask is None or (attempt.truncated and not reask_truncated):
                return None
            answered = ("assistant", attempt.raw or "(no answer)")
            return Turn([*question, answered, ("user", reask(attempt.problems))], sent_schema)

        answer = self.converse(
            schema, Turn(question, sent_schema), name=name, verify=verify, follow_up=follow_up
        )
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

    def converse(
        self,
        schema: type[T],
        first: Turn,
        *,
        name: str,
        tool: str | None = None,
        verify: Verify[T] | None = None,
        follow_up: FollowUp[T] | None = None,
    ) -> Answer[T]:
        """Send ``first``; while the answer is unusable or ``verify`` finds problems, send
        what ``follow_up`` builds from it (at most ``max_reasks`` more requests).

        ``tool`` names the tool a function-calling backend is asked to call (default
        ``report_<name>``). Raises ``ModelUnavailableError`` when the endpoint cannot be
        used at all; no cache here (the caller decides what a request's key is).
        """
        answer: Answer[T] = Answer()
        turn = first
        for attempt in range(self.settings.max_reasks + 1):
            if self._unavailable is not None:
                raise ModelUnavailableError(str(self._unavailable))
            if self._stopped.is_set():
                answer.failure = ModelRequestError("not asked: the run was stopped")
                return answer
            if attempt:
                self.meter.add_reask()
            self.meter.add_call()
            answer.calls += 1
            answer.truncated = False
            value: T | None = None
            try:
                message = self._send(turn, name, tool or f"report_{name}")
            except Exception as exc:  # the provider's errors are many; classify them
                unusable = output_error(exc, self.settings.max_tokens)
                if unusable is None:
                    answer.failure = self._failed(exc)  # or raises: the endpoint is unusable
                    answer.problems = []
                    return answer
                self._reached()
                self.meter.add_tokens(error_usage(exc))
                problems, raw = [str(unusable)], ""
                answer.unusable, answer.truncated = unusable, unusable.truncated
            else:
                self._reached()
                self.meter.add_tokens(getattr(message, "usage_metadata", None))
                raw = message_text(message.content) or json.dumps(
                    message.tool_calls[0]["args"] if message.tool_calls else {}
                )
                try:
                    value = parse_answer(message, self.method, self.settings.max_tokens, schema)
                except ModelOutputError as exc:
                    problems = [str(exc)]
                    answer.unusable, answer.truncated = exc, exc.truncated
                else:
                    answer.value, answer.unusable = value, None
                    problems = verify(value) if verify is not None else []
                    answer.problems = problems
                    if not problems:
                        return answer
            if attempt == self.settings.max_reasks or follow_up is None:
                break
            following = follow_up(Attempt(turn, raw, value, problems, answer.truncated))
            if following is None:
                break
            turn = following
        return answer

    def _send(self, turn: Turn, name: str, tool: str) -> Any:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
        messages: list[BaseMessage] = [kinds[role](text) for role, text in turn.messages]
        return bind_schema(self.chat, self.method, turn.schema, name, tool).invoke(messages)

    # -- what a failure means for the run ---------------------------------------------------

    def _reached(self) -> None:
        with self._lock:
            self._answered = True

    def _failed(self, exc: BaseException) -> ModelRequestError:
        """The failure of this request; raises (and every later request raises at once)
        when the endpoint cannot be used at all."""
        with self._lock:
            error = classify_error(exc, self.endpoint, self.model_name, reached=self._answered)
            if isinstance(error, ModelUnavailableError) and self._unavailable is None:
                self._unavailable = error
        if isinstance(error, ModelUnavailableError):
            raise ModelUnavailableError(str(error)) from exc
        assert isinstance(error, ModelRequestError)
        return error


@contextlib.contextmanager
def open_client(settings: LLMSettings) -> Iterator[ModelClient]:
    """A client for the configured model (starting and always stopping the local model)."""
    with model_session(settings) as (base_url, model_name):
        client = ModelClient(settings, base_url, model_name)
        try:
            yield client
        finally:
            client.close()
