"""``construct``: models built without validation must behave like validated ones."""

from __future__ import annotations

from briefsmith.models.fast import construct
from briefsmith.models.report import Evidence


def test_construct_equals_validated() -> None:
    values = {
        "kind": "number",
        "text": "40",
        "start": 5,
        "end": 7,
        "value": "40",
        "source": "statement",
        "line": None,
    }
    built = construct(Evidence, **values)
    assert built == Evidence(**values)
    assert built.model_dump() == values
    assert built.model_dump_json() == Evidence(**values).model_dump_json()
    assert built.model_fields_set == set(values)
