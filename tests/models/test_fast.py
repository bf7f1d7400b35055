"""``models.fast``: models built without validation must equal their validated twins.

The engine builds its hottest models with ``maker``/``construct``, skipping pydantic's
validation. The unit tests pin down the completion rules (defaults filled in one place,
a required field or an unknown name refused); the corpus test records every model built
that way while the rules engine and the hybrid check run over real goal sets and checks
each against ``model_validate`` of the same values — which is what catches a field left
out of, or misspelt in, a dict at any call site, including fields added later.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import Field

from briefsmith.check import check_goals
from briefsmith.llm.run import check_goals_llm
from briefsmith.llm.settings import LLMSettings
from briefsmith.models.base import Model
from briefsmith.models.fast import audit, construct, maker
from briefsmith.models.goal import Goal
from briefsmith.models.report import Evidence, GoalAssessment
from briefsmith.parsing import load_paths
from faultserver import FaultServer
from rules import unseen_1, unseen_2, unseen_3, unseen_4
from rules.test_rubric_cases import CASES

pytestmark = pytest.mark.block_network(allowed_hosts=[r"^127\.0\.0\.1$", r"^localhost$"])

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 22)
EVIDENCE = {"kind": "number", "text": "40", "start": 5, "end": 7, "value": "40"}


def complete() -> dict[str, Any]:
    """Every field of ``Evidence`` (whatever fields it has gained)."""
    return Evidence(**EVIDENCE).model_dump()


def test_construct_equals_validated() -> None:
    values = complete()
    built = construct(Evidence, **values)
    assert built == Evidence(**values)
    assert built.model_dump() == values
    assert built.model_dump_json() == Evidence(**values).model_dump_json()
    assert built.model_fields_set == set(values)


@pytest.mark.parametrize("build", [lambda v: construct(Evidence, **v), maker(Evidence)])
def test_a_field_left_out_gets_its_default(build: Any) -> None:
    built = build(dict(EVIDENCE))  # no "source" (nor any field added since)
    assert built.source == "statement"
    assert built == Evidence(**EVIDENCE)
    assert built.model_dump() == Evidence(**EVIDENCE).model_dump()
    assert built.model_fields_set == set(EVIDENCE)


@pytest.mark.parametrize("build", [lambda v: construct(Evidence, **v), maker(Evidence)])
def test_a_required_field_left_out_is_refused(build: Any) -> None:
    with pytest.raises(TypeError, match=r"Evidence: required field\(s\) left out: text"):
        build({k: v for k, v in EVIDENCE.items() if k != "text"})


@pytest.mark.parametrize("build", [lambda v: construct(Evidence, **v), maker(Evidence)])
def test_an_unknown_name_is_refused(build: Any) -> None:
    with pytest.raises(TypeError, match=r"no such field\(s\): txet"):
        build({**complete(), "txet": "40"})


def test_the_audit_catches_a_misspelt_name_in_a_complete_looking_dict() -> None:
    """As many keys as fields is taken as complete (one len check): the twin test is what
    finds the misspelling."""
    values = {**{k: v for k, v in complete().items() if k != "source"}, "sorce": "statement"}
    assert len(values) == len(Evidence.model_fields)
    with audit() as built:
        maker(Evidence)(values)
    with pytest.raises(AssertionError):
        _assert_twins(built)


def test_a_field_added_later_needs_no_change_where_models_are_made() -> None:
    """A model gaining a field with a default: the engine's dicts stay as they are."""

    class Grown(Model):
        id: str
        kind: str = "goal"
        findings: list[str] = Field(default_factory=list)
        tags: list[str] = []  # noqa: RUF012 (pydantic copies it per model; so must we)

    make = maker(Grown)
    one, two = make({"id": "a"}), make({"id": "b"})
    assert one.model_dump() == {"id": "a", "kind": "goal", "findings": [], "tags": []}
    assert one.findings is not two.findings  # a list per model, never a shared one
    assert one.tags is not two.tags
    assert one == Grown(id="a")


# -- every model the engine and the hybrid check build, against its validated twin ----------


def _corpus() -> list[Goal]:
    goals, errors = load_paths(sorted(str(p) for p in (ROOT / "examples").glob("goals*")))
    assert not errors
    rows = [*CASES]
    for module in (unseen_1, unseen_2, unseen_3, unseen_4):
        rows += [*module.EN, *module.ZH, *module.RU, *module.KNOWN_MISSES]
    goals += [
        Goal(id=f"case-{n}", statement=row[0], parent_statement=row[1])
        for n, row in enumerate(rows)
    ]
    spec = importlib.util.spec_from_file_location(
        "engine_throughput", ROOT / "benchmarks" / "engine_throughput.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["engine_throughput"] = bench
    spec.loader.exec_module(bench)
    goals += bench.generate_goals(1500)
    # Suppressed criteria and inline fields take the engine's other paths.
    goals.append(Goal(id="ignored", statement="Improve the blog", ignore=["relevant"]))
    return goals


def _assert_twins(built: list[tuple[type[Any], dict[str, Any], Any]]) -> set[str]:
    kinds: set[str] = set()
    for cls, given, model in built:
        twin = cls.model_validate(given)
        assert set(model.__dict__) == set(cls.model_fields), (cls.__name__, given)
        assert model.__dict__ == twin.__dict__, (cls.__name__, given)
        assert model.model_dump() == twin.model_dump()
        kinds.add(cls.__name__)
    return kinds


def test_every_fast_built_model_equals_its_validated_twin(fault_server: FaultServer) -> None:
    goals = _corpus()
    with audit() as built:
        report = check_goals(goals, today=TODAY)
        settings = LLMSettings(
            model="fault-model", base_url=fault_server.url, api_key="sk-none", cache=False,
            max_retries=0, batch_size=16, max_reasks=0,
        )  # fmt: skip
        hybrid = check_goals_llm(goals[:40], settings=settings, today=TODAY)
    assert len(report.goals) == len(goals) and len(hybrid.goals) == 40
    kinds = _assert_twins(built)
    assert kinds >= {"Evidence", "CriterionResult", "GoalAssessment", "CheckReport"}
    assert kinds <= {"Evidence", "CriterionResult", "GoalAssessment", "CheckReport", "Finding"}
    # The engine's assessments (the run, the hybrid's rules, the rewrites it verified) and
    # the hybrid's combined ones, every one of them checked.
    made = [model for cls, _, model in built if cls is GoalAssessment]
    assert len(made) == len(goals) + 3 * 40
    assert any(model.rewrite_source == "model" for model in made)
