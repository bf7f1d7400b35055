"""A hybrid check: the rules engine's evidence plus the model's judgement and rewrite.

Goals go to the model in batches (``batch_size``) with up to ``concurrency`` requests in
flight, each through the one ask loop (``ModelClient.converse``) with the batch schema
(``llm.smart``) and a verify callback that checks every goal's answer and rewrite
(``llm.verify``); only the goals still failing are re-asked, at most ``max_reasks``
times, and what still fails is reported as such. Answers are cached per goal, so an
unchanged goal is never asked again whatever batch it lands in. A request that fails
costs only its own goals their model verdict — the rules verdict stays. When the endpoint
cannot be used at all (a rejected key, an unknown model, an endpoint never reached),
``HybridCheckError`` carries the rules report with every goal's model part marked failed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from briefsmith.check import check_goals, summarise
from briefsmith.config import Config
from briefsmith.errors import ModelUnavailableError
from briefsmith.llm import policy
from briefsmith.llm.prompts import prompt_version
from briefsmith.llm.schema import ModelBatch, ModelGoalJudgement
from briefsmith.llm.session import DEFAULT_OPENAI_MODEL, NOT_CONFIGURED, model_session
from briefsmith.llm.settings import LLMSettings
from briefsmith.llm.smart import (
    NAME,
    TOOL_NAME,
    GoalPrompt,
    SmartInput,
    prompt_messages,
    wire_schema,
)
from briefsmith.llm.structured import Attempt, ModelClient, Turn, open_client
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
    "HybridCheckError",
    "HybridJudge",
    "check_goals_llm",
    "model_session",
]


class HybridCheckError(ModelUnavailableError):
    """The endpoint could not be used at all (its message says why and what to check).

    ``report`` is the rules report, every goal's model part marked failed with that
    message: what ``briefsmith check --llm`` still prints before it exits 2.
    """

    def __init__(self, message: str, report: CheckReport) -> None:
        super().__init__(message)
        self.report = report


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
    """``check_goals`` plus the model: ``engine == "hybrid"``, usage in ``report.usage``.

    Raises ``ModelNotConfiguredError`` without a model, and ``HybridCheckError`` (a
    ``ModelUnavailableError``, with the rules report) when the endpoint cannot be used.
    """
    goals = list(goals)
    config = config or Config()
    rules = check_goals(goals, today=today, config=config, lang=lang, errors=errors)
    engine = Engine(config, today=today, lang=lang)  # verifies the model's rewrites
    with open_client(settings) as client:
        judge = HybridJudge(client, engine, config, today)
        try:
            assessments = judge.run(goals, rules.goals, progress)
        except ModelUnavailableError as exc:
            failed = [goal.model_copy(update={"model_error": str(exc)}) for goal in rules.goals]
            raise HybridCheckError(str(exc), _hybrid(rules, failed, client)) from exc
    return _hybrid(rules, assessments, client)


def _hybrid(rules: CheckReport, goals: list[GoalAssessment], client: ModelClient) -> CheckReport:
    return rules.model_copy(
        update={
            "engine": "hybrid",
            "goals": goals,
            "summary": summarise(goals, rules.errors),
            "usage": client.meter.usage.model_copy(),
        }
    )


class HybridJudge:
    """Judges goals with the client's model; ``run`` keeps the input order."""

    def __init__(
        self, client: ModelClient, engine: Engine, config: Config, today: dt.date | None
    ) -> None:
        self.client = client
        self.engine = engine
        self.config = config
        self.today = today

    @property
    def meter(self) -> UsageMeter:
        return self.client.meter

    # -- the run -------------------------------------------------------------------------

    def run(
        self, goals: list[Goal], rules: list[GoalAssessment], progress: Progress | None
    ) -> list[GoalAssessment]:
        """Every goal's assessment; raises ``ModelUnavailableError`` when the endpoint
        cannot be used at all (nothing is cached then)."""
        client = self.client
        outcomes: dict[int, _Outcome] = {}
        # Done and placeholder items are listed, not judged: the model is not asked either.
        judged = [index for index, assessment in enumerate(rules) if assessment.verdict is not None]
        keys = {index: self._key(goals[index], rules[index]) for index in judged}
        pending: list[int] = []
        for index, key in keys.items():
            cached = client.cache.get(key)
            if cached is not None:
                judgement = cached.get("judgement")
                outcomes[index] = _Outcome(
                    ModelGoalJudgement.model_validate(judgement) if judgement else None,
                    list(cached.get("problems", [])),
                    cached.get("error"),
                )
            else:
                pending.append(index)
        client.meter.add_cached(len(judged) - len(pending))

        size = client.settings.batch_size
        batches = [pending[i : i + size] for i in range(0, len(pending), size)]
        pool = ThreadPoolExecutor(max_workers=client.settings.concurrency)
        try:
            futures = [pool.submit(self._run_batch, b, goals, rules) for b in batches]
            for done, future in enumerate(futures, start=1):
                outcomes.update(future.result())
                if progress is not None:
                    progress(done, len(batches))
        except ModelUnavailableError:
            # Every request would fail the same way: drop what is queued, and let the
            # requests in flight end (quickly: the endpoint refuses them too).
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        except BaseException:
            # Ctrl-C (or a bug): send nothing more, drop what is queued, and let the caller
            # stop the local model at once; requests in flight then fail on their own.
            client.stop()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
        for index in pending:
            # The model's answers, usable or not, are cached (temperature 0 would repeat
            # them); transport failures are not.
            outcome = outcomes.get(index)
            if outcome is not None and not outcome.transient:
                client.cache.put(
                    keys[index],
                    {
                        "judgement": outcome.judgement.model_dump() if outcome.judgement else None,
                        "problems": outcome.problems,
                        "error": outcome.error,
                    },
                )
        return [
            self._combine(goal, assessment, outcomes.get(index, _Outcome(error="not judged")))
            if index in keys
            else assessment
            for index, (goal, assessment) in enumerate(zip(goals, rules, strict=True))
        ]

    def _key(self, goal: Goal, assessment: GoalAssessment) -> str:
        return self.client.cache_key(
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
        outcomes = {index: _Outcome() for index in batch}
        todo = list(batch)
        # The batch's reference date: --today, else its goals' as_of (one file's goals
        # share it), as for the rules engine and the cache key.
        today = (self.today or goals[todo[0]].as_of or dt.date.today()).isoformat()

        def turn(reask: bool) -> Turn:
            prompts = [self._prompt(index, goals, rules, outcomes[index], reask) for index in todo]
            request = SmartInput(goals=prompts, today=today, reask=reask)
            return Turn(prompt_messages(request), wire_schema([p.id for p in prompts]))

        def verify(answer: ModelBatch) -> list[str]:
            todo[:] = self._accept(answer.goals, todo, goals, rules, outcomes)
            return [f"goal {index + 1}: {p}" for index in todo for p in outcomes[index].problems]

        def follow_up(attempt: Attempt[ModelBatch]) -> Turn:
            if attempt.value is None:
                self._unusable(todo, outcomes, attempt.problems[0])
            return turn(reask=True)

        answer = self.client.converse(
            ModelBatch, turn(reask=False), name=NAME, tool=TOOL_NAME, verify=verify,
            follow_up=follow_up,
        )  # fmt: skip
        if answer.failure is not None:
            for index in todo:
                outcomes[index].error = str(answer.failure)
                outcomes[index].transient = True
        elif answer.unusable is not None:  # the last answer could not be used
            self._unusable(todo, outcomes, str(answer.unusable))
        return outcomes

    @staticmethod
    def _unusable(todo: list[int], outcomes: dict[int, _Outcome], problem: str) -> None:
        """Every goal still asked about carries why the answer could not be used."""
        for index in todo:
            outcomes[index].problems = [problem]
            outcomes[index].error = problem

    def _prompt(
        self,
        index: int,
        goals: list[Goal],
        rules: list[GoalAssessment],
        outcome: _Outcome,
        reask: bool,
    ) -> GoalPrompt:
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
