"""Build models from values the engine already knows to be valid, without re-validating.

``model_construct`` still walks every field (~10 µs a model); the engine makes a dozen
models per goal and its budget is ~50 µs per goal. Callers must pass every field.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_set = object.__setattr__


def construct(cls: type[M], **values: Any) -> M:
    """An instance of ``cls`` holding ``values`` as they are (all fields required)."""
    obj = cls.__new__(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", set(values))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj
