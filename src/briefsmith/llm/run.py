"""A hybrid check: the rules engine's evidence plus the model's judgement and rewrite.

Goals go to the model in batches (``batch_size``) with up to ``concurrency`` requests in
flight; answers come from the cache when the goal, prompt and model are unchanged. Every
answer is validated and every rewrite verified (``verify``); failures are re-asked with
the problems listed, at most ``max_reasks`` times, and what still fails is reported as
such. A request that fails costs only its own goals their model verdict — the rules
verdict stays — except when the endpoint rejects the key, does not know the model or
cannot be reached at all: then the run stops with one clear ``ModelUnavailableError``.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from briefsmith.check import check_goals, summarise
from briefsmith.config import Config
from briefsmith.errors import ModelUnavailableError
from briefsmith.llm import policy
from briefsmith.llm.cache import JudgementCache, cache_key
from briefsmith.llm.prompts import prompt_version
from briefsmith.llm.provider import (
    ModelOutputError,
    classify_error,
    describe_endpoint,
    error_usage,
    output_error,
    parse_batch,
    structured_method,
)
from briefsmith.llm.schema import ModelGoalJudgement
from briefsmith.llm.session import DEFAULT_OPENAI_MODEL, NOT_CONFIGURED, model_session
from briefsmith.llm.settings import LLMSettings
from briefsmith.llm.usage import UsageMeter
from briefsmith.llm.verify import rewrite_problems
from briefsmith.models.fast import construct
from briefsmith.models.goal import Criterion, Goal, Lang
from briefsmith.models.report import CheckReport, FileError, GoalAssessment, Status
from briefsmith.rules.engine import Engine, verdict
from briefsmith.rules.messages import messages_in

Progress = Callable[[int, int], None]

__all__ = [
    "DEFAULT_OPENAI_MODEL",
    "NOT_CONFIGURED",
    "HybridJudge",
    "check_goals_llm",
    "model_session",
]


@dataclass
class _Outcome:
    """What the model said about one goal, after verification."""

    judgement: ModelGoalJudgement | None = None
    problems: list[str] = field(default_factory=list)
    error: str | None = None
    transient: bool = False  # a transport failure: never cached, asked again next run


def check_goals_llm(
    goals: Iterable[Goal],
    *,
    settings: LLMSettings,
    config: Config | None = None,
    today: dt.date | None = None,
    lang: Lang | None = None,
    errors: Iterable[FileError] = (),
    progress: Progress | None = None,
) -> CheckReport:
    """``check_goals`` plus the model: ``engine == "hybrid"``, usage in ``report.usage``."""
    goals = list(goals)
    config = config or Config()
    rules = check_goals(goals, today=today, config=config, lang=lang, errors=errors)
    engine = Engine(config, today=today, lang=lang)  # verifies the model's rewrites
    with model_session(settings) as (base_url, model_name):
        judge = HybridJudge(settings, base_url, model_name, engine, config, today)
        try:
            assessments = judge.run(goals, rules.goals, progress)
        finally:
            judge.close()
    return rules.model_copy(
        update={
            "engine": "hybrid",
            "goals": assessments,
            "summary": summarise(assessments, rules.errors),
            "usage": judge.meter.usage,
        }
    )


class HybridJudge:
    def __init__(
        self,
        settings: LLMSettings,
        base_url: str | None,
        model_name: str,
        engine: Engine,
        config: Config,
        today: dt.date | None,
    ) -> None:
        from briefsmith.chains.smart import smart_request

        self.settings = settings
        self.base_url = base_url
        self.model_name = model_name
        self.engine = engine
        self.config = config
        self.today = today
        self.endpoint = describe_endpoint(settings, base_url)
        # The local model's port changes every run; its answers don't.
        self.cache_endpoint = "local" if settings.is_local else self.endpoint
        self.method = structured_method(settings, base_url)
        self.request = smart_request(settings, base_url, model_name)
        self.meter = UsageMeter(model_name)
        self.cache = JudgementCache(settings.cache_path if settings.cache else None)
        self._stop = threading.Event()
        self._fatal: str | None = None
        self._successes = 0
        self._lock = threading.Lock()

    def close(self) -> None:
        self.cache.close()

    # -- the run -------------------------------------------------------------------------

    def run(
        self, goals: list[Goal], rules: list[GoalAssessment], progress: Progress | None
    ) -> list[GoalAssessment]:
        outcomes: dict[int, _Outcome] = {}
        keys = [self._key(goal, assessment) for goal, assessment in zip(goals, rules, strict=True)]
        pending: list[int] = []
        for index, key in enumerate(keys):
            cached = self.cache.get(key)
            if cached is not None:
                judgement = cached.get("judgement")
                outcomes[index] = _Outcome(
                    ModelGoalJudgement.model_validate(judgement) if judgement else None,
                    list(cached.get("problems", [])),
                    cached.get("error"),
                )
            else:
                pending.append(index)
        self.meter.add_cached(len(goals) - len(pending))

        size = self.settings.batch_size
        batches = [pending[i : i + size] for i in range(0, len(pending), size)]
        done = 0
        pool = ThreadPoolExecutor(max_workers=self.settings.concurrency)
        try:
            futures = [pool.submit(self._run_batch, b, goals, rules) for b in batches]
            for future in futures:
                outcomes.update(future.result())
                done += 1
                if progress is not None:
                    progress(done, len(batches))
        except BaseException:
            # Ctrl-C (or a bug): send nothing more, drop what is queued, and let the caller
            # stop the local model at once; requests in flight then fail on their own.
            self._stop.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
        if self._fatal is not None and (self._stop.is_set() or self._successes == 0):
            raise ModelUnavailableError(self._fatal)
        for index in pending:
            # The model's answers, usable or not, are cached (temperature 0 would repeat
            # them); transport failures are not.
            outcome = outcomes.get(index)
            if outcome is not None and not outcome.transient:
                self.cache.put(
                    keys[index],
                    {
                        "judgement": outcome.judgement.model_dump() if outcome.judgement else None,
                        "problems": outcome.problems,
                        "error": outcome.error,
                    },
                )
        return [
            self._combine(goal, assessment, outcomes.get(index, _Outcome(error="not judged")))
            for index, (goal, assessment) in enumerate(zip(goals, rules, strict=True))
        ]

    def _key(self, goal: Goal, assessment: GoalAssessment) -> str:
        return cache_key(
            model=self.model_name,
            endpoint=self.cache_endpoint,
            prompt=prompt_version("smart_"),
            statement=goal.statement,
            parent=goal.parent_statement,
            fields=goal.fields,
            lang=assessment.lang.value,
            today=(self.today or goal.as_of or dt.date.today()).isoformat(),
        )

    def _run_batch(
        self, batch: list[int], goals: list[Goal], rules: list[GoalAssessment]
    ) -> dict[int, _Outcome]:
        from briefsmith.chains.smart import SmartInput

        outcomes = {index: _Outcome() for index in batch}
        todo = list(batch)
        reask = False
        for attempt in range(self.settings.max_reasks + 1):
            if self._stop.is_set():
                for index in todo:
                    outcomes[index].error = "not asked: the run stopped after a fatal error"
                    outcomes[index].transient = True
                return outcomes
            prompts = [self._prompt(index, goals, rules, outcomes[index], reask) for index in todo]
            # The batch's reference date: --today, else its goals' as_of (one file's goals
            # share it), as for the rules engine and the cache key.
            today = (self.today or goals[todo[0]].as_of or dt.date.today()).isoformat()
            request = SmartInput(goals=prompts, today=today, reask=reask)
            if reask:
                self.meter.add_reask()
            self.meter.add_call()
            try:
                message = self.request.invoke(request)
            except Exception as exc:  # the provider's errors are many; classify them
                unusable = output_error(exc, self.settings.max_tokens)
                if unusable is not None:
                    self.meter.add_tokens(error_usage(exc))
                    with self._lock:
                        self._successes += 1
                    for index in todo:
                        outcomes[index].problems = [str(unusable)]
                        outcomes[index].error = str(unusable)
                    reask = True
                    continue
                text, fatal = classify_error(exc, self.endpoint, self.model_name)
                if fatal:
                    with self._lock:
                        self._fatal = text
                    if not isinstance(exc, _connection_errors()):
                        self._stop.set()
                for index in todo:
                    outcomes[index].error = text
                    outcomes[index].transient = True
                return outcomes
            self.meter.add_tokens(getattr(message, "usage_metadata", None))
            with self._lock:
                self._successes += 1
            try:
                answer = parse_batch(message, self.method, self.settings.max_tokens)
            except ModelOutputError as exc:
                for index in todo:
                    outcomes[index].problems = [str(exc)]
                    outcomes[index].error = str(exc)
                reask = True
                continue
            todo = self._accept(answer.goals, todo, goals, rules, outcomes, attempt)
            if not todo:
                return outcomes
            reask = True
        return outcomes

    def _prompt(
        self,
        index: int,
        goals: list[Goal],
        rules: list[GoalAssessment],
        outcome: _Outcome,
        reask: bool,
    ) -> Any:
        from briefsmith.chains.smart import GoalPrompt

        goal, assessment = goals[index], rules[index]
        return GoalPrompt(
            id=str(index + 1),  # short ids the model can copy back reliably
            statement=goal.statement,
            lang=assessment.lang.value,
            parent=goal.parent_statement,
            findings={c.value: r.message for c, r in assessment.criteria.items()},
            previous_rewrite=outcome.judgement.rewrite if (reask and outcome.judgement) else None,
            problems=outcome.problems if reask else [],
        )

    def _accept(
        self,
        answers: list[ModelGoalJudgement],
        todo: list[int],
        goals: list[Goal],
        rules: list[GoalAssessment],
        outcomes: dict[int, _Outcome],
        attempt: int,
    ) -> list[int]:
        """Verify each answer; returns the goals that need another ask."""
        by_id = {answer.id.strip(): answer for answer in answers}
        again: list[int] = []
        for position, index in enumerate(todo):
            answer = by_id.get(str(index + 1))
            if answer is None and len(answers) == len(todo):
                answer = answers[position]  # ids garbled but one answer per goal, in order
            outcome = outcomes[index]
            if answer is None:
                outcome.problems = ["no judgement was returned for this goal"]
                outcome.error = outcome.problems[0]
                again.append(index)
                continue
            outcome.error = None
            outcome.judgement = answer
            outcome.problems = rewrite_problems(
                goals[index], answer.rewrite, rules[index].lang, self.engine
            )
            if outcome.problems:
                again.append(index)
        return again

    def _combine(self, goal: Goal, rules: GoalAssessment, outcome: _Outcome) -> GoalAssessment:
        judgement = outcome.judgement
        if judgement is None:
            return rules.model_copy(update={"model_error": outcome.error or "not judged"})
        criteria = {}
        wording = messages_in(rules.lang, self.config.messages)
        for criterion in Criterion:
            said = getattr(judgement, criterion.value)
            criteria[criterion] = policy.combine(
                criterion,
                rules.criteria[criterion],
                Status(said.status),
                said.reason,
                self.config.severity_for(criterion),
                wording,
            )
        accepted = not outcome.problems
        return construct(
            GoalAssessment,
            **{
                **rules.__dict__,
                "criteria": criteria,
                "verdict": verdict(criteria),
                "rewrite": judgement.rewrite.strip() if accepted else rules.rewrite,
                "rewrite_source": "model" if accepted else "rules",
                "rewrite_issues": []
                if accepted
                else [f"model rewrite: {judgement.rewrite.strip()!r}", *outcome.problems],
                "model_error": None,
            },
        )


def _connection_errors() -> tuple[type[BaseException], ...]:
    import openai

    return (openai.APIConnectionError,)
