"""A tiny OpenAI-compatible chat-completions server that misbehaves on purpose.

It speaks just enough of ``POST /v1/chat/completions`` for ``ChatOpenAI``: each request
takes the next behaviour from a script (``server.script("429", "ok")``), and the last
behaviour repeats. Every request is recorded (headers and parsed body), so a test can
count calls and check what the client sent. Standard library only; binds 127.0.0.1 on a
free port, serves from a daemon thread, and stops without waiting for a hung handler.

Behaviours:

``ok``         a valid answer: ``{"goals": [...]}`` for the ids in the prompt, each with a
               rewrite that passes verification, and a ``usage`` block
``invented``   a valid answer whose rewrites invent numbers (verification fails: re-ask)
``hang``       never answers (until the server stops): the client times out
``429``        HTTP 429 with ``Retry-After: 1``
``500``        HTTP 500
``401``        HTTP 401, invalid API key
``404``        HTTP 404, unknown model
``malformed``  an answer whose content is not JSON
``schema``     JSON content that does not match ``ModelBatch``
``length``     ``finish_reason: "length"`` with JSON cut off half-way
``empty``      an empty content string
``feedback``   a valid feedback summary for exactly the items in ``<items>`` (themes by a
               hash of the id; agreements, a disagreement, an action, verbatim quotes), or,
               for a merge prompt, the ``<themes>`` grouped by label; for a prompt
               uniting claims, the ``<claims>`` with the same words and owner grouped
``feedback-cap:<n>``  like ``feedback`` for at most ``n`` items; for more, an answer cut
               off by the token limit (a model that needs more room than it has)
``reply:<s>``  a valid completion whose content is ``<s>`` verbatim (any chain's answer:
               ``server.script("reply:" + json.dumps(summary))``)
``judge:<j>``  a SMART answer for the ids in the prompt built from the JSON object ``<j>``:
               ``rewrite`` (``{statement}`` is the goal's own text), ``status`` for every
               criterion, or a criterion's own ``{"status", "reason"}``
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BEHAVIOURS = frozenset(
    {"ok", "invented", "hang", "429", "500", "401", "404", "malformed", "schema", "length",
     "empty", "feedback"}
)  # fmt: skip

# Rewrites quote their goal (verification checks a rewrite is still about its goal).
GOOD_REWRITE = (
    'Increase [metric for "{statement}"] from [baseline] to [target] by [date] to grow '
    "[business result] — owner: [owner]"
)
INVENTED_REWRITE = (
    'Increase [metric for "{statement}"] from 17% to 42% by [date] to grow '
    "[business result] — owner: [owner]"
)
_GOALS = re.compile(r"<goals>\s*(.*?)\s*</goals>", re.DOTALL)


@dataclass
class Seen:
    """One request as the server received it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    behaviour: str

    @property
    def goal_ids(self) -> list[str]:
        return [goal["id"] for goal in prompt_goals(self.body)]


def prompt_goals(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The goals the prompt lists (the JSON between ``<goals>`` and ``</goals>``)."""
    for message in body.get("messages", []):
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, list):  # content parts
            content = "".join(part.get("text", "") for part in content)
        match = _GOALS.search(content or "")
        if match:
            goals = json.loads(match.group(1))
            return goals if isinstance(goals, list) else []
    return []


_ITEMS = re.compile(r"<items>\s*(.*?)\s*</items>", re.DOTALL)
_THEMES = re.compile(r"<themes>\s*(.*?)\s*</themes>", re.DOTALL)
_CLAIMS = re.compile(r"<claims>\s*(.*?)\s*</claims>", re.DOTALL)
FEEDBACK_LABELS = ("Lead quality", "Handoff speed", "Content usefulness")


def prompt_block(body: dict[str, Any], pattern: re.Pattern[str]) -> list[dict[str, Any]]:
    """The JSON list a user message carries between the tags ``pattern`` matches."""
    for message in body.get("messages", []):
        content = message.get("content") if message.get("role") == "user" else None
        if isinstance(content, list):
            content = "".join(part.get("text", "") for part in content)
        match = pattern.search(content or "")
        if match:
            data = json.loads(match.group(1))
            return data if isinstance(data, list) else []
    return []


def feedback_answer(body: dict[str, Any]) -> dict[str, Any]:
    """A summary that passes verification for the prompt's items (or a merge by label)."""
    import zlib

    items = prompt_block(body, _ITEMS)
    claims = prompt_block(body, _CLAIMS)
    if claims:  # uniting agreements or actions: the same words (and owner) go together
        by_text: dict[str, list[str]] = {}
        for claim in claims:
            key = f"{claim['text'].lower()}|{claim.get('owner_team', '').lower()}"
            by_text.setdefault(key, []).append(claim["ref"])
        return {"groups": [{"text": k.split("|")[0], "refs": v} for k, v in by_text.items()]}
    if not items:
        groups: dict[str, list[str]] = {}
        for theme in prompt_block(body, _THEMES):
            groups.setdefault(theme["label"], []).append(theme["ref"])
        return {
            "groups": [
                {"label": label, "description": f"All about {label.lower()}.",
                 "sentiment": "mixed", "refs": refs}
                for label, refs in groups.items()
            ]
        }  # fmt: skip
    by_label: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        label = FEEDBACK_LABELS[zlib.crc32(item["id"].encode()) % len(FEEDBACK_LABELS)]
        by_label.setdefault(label, []).append(item)
    themes = [
        {"label": label, "description": f"Comments about {label.lower()}.",
         "item_ids": [i["id"] for i in group], "count": len(group), "sentiment": "mixed"}
        for label, group in by_label.items()
    ]  # fmt: skip
    first = themes[0]["item_ids"]
    half = max(1, len(first) // 2)
    return {
        "themes": themes,
        "agreements": [{"statement": "Speed matters.", "item_ids": first}],
        "disagreements": [
            {"statement": "What a good lead is.",
             "sides": [{"position": "Volume", "item_ids": first[:half]},
                       {"position": "Fit", "item_ids": first[half:] or first[:1]}]}
        ],
        "actions": [{"what": "Agree a lead definition.", "owner_team": "sales",
                     "item_ids": themes[-1]["item_ids"]}],
        "quotes": [{"item_id": group[0]["id"], "text": group[0]["text"].strip()[:30]}
                   for group in by_label.values()],
    }  # fmt: skip


def judgement(goal_id: str, rewrite: str) -> dict[str, Any]:
    verdict = {"status": "partial", "reason": "needs a number and a date"}
    return {
        "id": goal_id,
        "specific": verdict,
        "measurable": verdict,
        "achievable": verdict,
        "relevant": verdict,
        "time_bound": verdict,
        "rewrite": rewrite,
    }


CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


def judged(goal_id: str, statement: str, spec: dict[str, Any]) -> dict[str, Any]:
    """One judgement as ``judge:<spec>`` describes it (see the module docstring)."""
    item = judgement(
        goal_id, str(spec.get("rewrite", GOOD_REWRITE)).replace("{statement}", statement)
    )
    for criterion in CRITERIA:
        if "status" in spec:
            item[criterion] = {"status": spec["status"], "reason": f"model says {spec['status']}"}
        if criterion in spec:
            item[criterion] = spec[criterion]
    return item


def completion(
    content: str, *, model: str = "fault-model", finish_reason: str = "stop"
) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fault",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": finish_reason,
            }
        ],
        "usage": {"prompt_tokens": 120, "completion_tokens": 80, "total_tokens": 200},
    }


def _error(message: str, kind: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


@dataclass
class FaultServer:
    """``with FaultServer().running() as server: server.script("500"); server.url``."""

    hang_seconds: float = 30.0
    requests: list[Seen] = field(default_factory=list)
    _script: list[str] = field(default_factory=lambda: ["ok"])
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _httpd: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    # -- control -------------------------------------------------------------------------

    def script(self, *behaviours: str) -> None:
        """The behaviours for the next requests, in order; the last one repeats."""
        unknown = {
            b for b in behaviours if not b.startswith(("reply:", "feedback-cap:", "judge:"))
        } - BEHAVIOURS
        if not behaviours or unknown:
            msg = f"unknown behaviours {sorted(unknown)}; choose from {sorted(BEHAVIOURS)}"
            raise ValueError(msg)
        with self._lock:
            self._script = list(behaviours)

    def _next(self) -> str:
        with self._lock:
            return self._script.pop(0) if len(self._script) > 1 else self._script[0]

    @property
    def port(self) -> int:
        assert self._httpd is not None, "the server is not running"
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def start(self) -> FaultServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                return

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [{"id": "fault-model"}]})
                else:
                    self._send(404, _error("not found", "invalid_request_error"))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except json.JSONDecodeError:
                    body = {}
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, _error(f"no route {self.path}", "invalid_request_error"))
                    return
                behaviour = server._next()
                seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, body,
                            behaviour)  # fmt: skip
                with server._lock:
                    server.requests.append(seen)
                self._answer(behaviour, seen)

            def _answer(self, behaviour: str, seen: Seen) -> None:
                model = str(seen.body.get("model", "fault-model"))
                ids = seen.goal_ids
                statements = {
                    str(goal["id"]): str(goal.get("statement", ""))
                    for goal in prompt_goals(seen.body)
                }

                def answer(template: str) -> dict[str, Any]:
                    return {
                        "goals": [
                            judgement(i, template.format(statement=statements.get(i, "")))
                            for i in ids
                        ]
                    }

                if behaviour == "hang":
                    server._stopping.wait(server.hang_seconds)
                    self.close_connection = True
                    return
                if behaviour == "429":
                    self._send(
                        429,
                        _error("Rate limit reached, retry after 1 s", "rate_limit_error"),
                        {"Retry-After": "1"},
                    )
                elif behaviour == "500":
                    self._send(500, _error("The server had an error", "server_error"))
                elif behaviour == "401":
                    # Real providers echo part of the key; a client must never print this.
                    key = seen.headers.get("authorization", "")
                    self._send(
                        401,
                        _error(f"Incorrect API key provided: {key}", "invalid_request_error",
                               "invalid_api_key"),
                    )  # fmt: skip
                elif behaviour == "404":
                    self._send(
                        404,
                        _error(f"The model `{model}` does not exist", "invalid_request_error",
                               "model_not_found"),
                    )  # fmt: skip
                elif behaviour in {"ok", "invented"}:
                    rewrite = GOOD_REWRITE if behaviour == "ok" else INVENTED_REWRITE
                    self._send(200, completion(json.dumps(answer(rewrite)), model=model))
                elif behaviour == "malformed":
                    self._send(200, completion("{goals: [this is not JSON", model=model))
                elif behaviour == "schema":
                    bad = {"goals": [{"id": i, "specific": "yes, very"} for i in ids]}
                    self._send(200, completion(json.dumps(bad), model=model))
                elif behaviour == "length":
                    full = json.dumps(answer(GOOD_REWRITE))
                    cut = full[: len(full) // 2]
                    self._send(200, completion(cut, model=model, finish_reason="length"))
                elif behaviour == "empty":
                    self._send(200, completion("", model=model))
                elif behaviour == "feedback":
                    answer_json = json.dumps(feedback_answer(seen.body), ensure_ascii=False)
                    self._send(200, completion(answer_json, model=model))
                elif behaviour.startswith("feedback-cap:"):
                    cap = int(behaviour.removeprefix("feedback-cap:"))
                    answer_json = json.dumps(feedback_answer(seen.body), ensure_ascii=False)
                    if len(prompt_block(seen.body, _ITEMS)) > cap:
                        cut = answer_json[: len(answer_json) // 2]
                        self._send(200, completion(cut, model=model, finish_reason="length"))
                    else:
                        self._send(200, completion(answer_json, model=model))
                elif behaviour.startswith("reply:"):
                    self._send(200, completion(behaviour.removeprefix("reply:"), model=model))
                elif behaviour.startswith("judge:"):
                    spec = json.loads(behaviour.removeprefix("judge:"))
                    goals = [judged(i, statements.get(i, ""), spec) for i in ids]
                    self._send(200, completion(json.dumps({"goals": goals}), model=model))

            def _send(
                self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout): nothing to answer

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        httpd.daemon_threads = True
        httpd.block_on_close = False
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # releases hung handlers
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    @contextmanager
    def running(self) -> Iterator[FaultServer]:
        self.start()
        try:
            yield self
        finally:
            self.stop()
