"""Build models from values the engine already knows to be valid, without re-validating.

``model_construct`` still walks every field (~10 µs a model); the engine makes a dozen
models per goal and its budget is ~50 µs per goal. Callers must pass every field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_new = object.__new__
# The slots' own setters (``__dict__`` is one of BaseModel's slots too): faster than
# looking each name up through setattr.
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
# Every field is set, so all instances of a class can share one fields-set: pydantic only
# ever adds names to it (already there) or copies it before changing it (``model_copy``).
# A set per model was a third of the objects the cycle collector had to scan.
_ALL_FIELDS: dict[type[BaseModel], set[str]] = {}


def construct(cls: type[M], **values: Any) -> M:
    """An instance of ``cls`` holding ``values`` as they are (all fields required)."""
    fields = _ALL_FIELDS.get(cls)
    if fields is None:
        fields = _ALL_FIELDS[cls] = set(cls.model_fields)
    obj = _new(cls)
    _set_dict(obj, values)
    _set_fields(obj, fields if len(values) == len(fields) else set(values))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


def maker(cls: type[M]) -> Callable[[dict[str, Any]], M]:
    """A constructor for ``cls`` that takes the field dict itself (every field, in order).

    For the engine's hottest models: no keyword packing, no per-call class lookup.
    """
    fields = _ALL_FIELDS.get(cls)
    if fields is None:
        fields = _ALL_FIELDS[cls] = set(cls.model_fields)

    def make(values: dict[str, Any]) -> M:
        obj = _new(cls)
        _set_dict(obj, values)
        _set_fields(obj, fields)
        _set_extra(obj, None)
        _set_private(obj, None)
        return obj

    return make
