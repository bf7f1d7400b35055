"""Build models from values the engine already knows to be valid, without re-validating.

``model_construct`` still walks every field (~10 µs a model); the engine makes a dozen
models per goal and its budget is ~50 µs per goal. What makes it safe:

- a dict with fewer (or more) keys than the model has fields is completed here, the one
  place defaults are filled (a model gaining a field with a default needs no change at
  any call site); a required field left out, or a name the model does not have, is a
  ``TypeError`` — never a field that silently disappears from ``model_dump()``;
- a dict with exactly as many keys as fields (the engine's case) is taken as complete
  for the price of one ``len`` check;
- ``audit()`` records what was built, so a test compares every fast-built model with its
  validated twin (``tests/models/test_fast.py`` does, over the goal corpora and the
  hybrid check): that is what catches a misspelt name in a complete-looking dict.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

M = TypeVar("M", bound=BaseModel)
_new = object.__new__
# The slots' own setters (``__dict__`` is one of BaseModel's slots too): faster than
# looking each name up through setattr.
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__

Built = tuple[type[BaseModel], dict[str, Any], BaseModel]
_audit: list[Built] | None = None


class _Fields:
    """One model class's field names, in order, and how to complete a partial dict."""

    __slots__ = ("all", "count", "defaults", "names")

    def __init__(self, cls: type[BaseModel]) -> None:
        self.names = tuple(cls.model_fields)
        self.count = len(self.names)
        # Every field is set, so all complete instances of a class can share one
        # fields-set: pydantic only ever adds names to it (already there) or copies it
        # before changing it (``model_copy``). A set per model was a third of the objects
        # the cycle collector had to scan.
        self.all = set(self.names)
        self.defaults: dict[str, Callable[[], Any] | None] = {}
        for name, info in cls.model_fields.items():
            if info.default_factory is not None:
                self.defaults[name] = info.default_factory  # type: ignore[assignment]
            elif info.default is not PydanticUndefined:
                self.defaults[name] = _constant(info.default)
            else:
                self.defaults[name] = None  # required

    def complete(self, cls: type[BaseModel], values: dict[str, Any]) -> dict[str, Any]:
        """``values`` with every field in order, defaults filled in; or a ``TypeError``."""
        unknown = [name for name in values if name not in self.all]
        missing = [name for name in self.names if name not in values]
        required = [name for name in missing if self.defaults[name] is None]
        if unknown or required:
            problems = []
            if required:
                problems.append(f"required field(s) left out: {', '.join(required)}")
            if unknown:
                problems.append(f"no such field(s): {', '.join(unknown)}")
            msg = f"{cls.__name__}: {'; '.join(problems)}"
            raise TypeError(msg)
        out: dict[str, Any] = {}
        for name in self.names:
            factory = self.defaults[name]
            out[name] = values[name] if name in values else factory()  # type: ignore[misc]
        return out


def _constant(value: Any) -> Callable[[], Any]:
    """A field's default, as pydantic gives it: a mutable one copied for each model."""
    if isinstance(value, list | dict | set):
        return lambda: copy.deepcopy(value)
    return lambda: value


_FIELDS: dict[type[BaseModel], _Fields] = {}


def _fields(cls: type[BaseModel]) -> _Fields:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = _Fields(cls)
    return found


def _build(cls: type[M], fields: _Fields, values: dict[str, Any]) -> M:
    given = values
    if len(values) != fields.count:
        values = fields.complete(cls, values)
        fields_set = set(given)
    else:
        fields_set = fields.all
    obj = _new(cls)
    _set_dict(obj, values)
    _set_fields(obj, fields_set)
    _set_extra(obj, None)
    _set_private(obj, None)
    if _audit is not None:
        _audit.append((cls, dict(given), obj))
    return obj


def construct(cls: type[M], **values: Any) -> M:
    """An instance of ``cls`` holding ``values`` as they are (defaults for the rest)."""
    return _build(cls, _fields(cls), values)


def maker(cls: type[M]) -> Callable[[dict[str, Any]], M]:
    """A constructor for ``cls`` that takes the field dict itself (defaults for the rest).

    For the engine's hottest models: no keyword packing, no per-call class lookup.
    """
    fields = _fields(cls)

    def make(values: dict[str, Any]) -> M:
        if len(values) != fields.count or _audit is not None:
            return _build(cls, fields, values)
        obj = _new(cls)
        _set_dict(obj, values)
        _set_fields(obj, fields.all)
        _set_extra(obj, None)
        _set_private(obj, None)
        return obj

    return make


@contextlib.contextmanager
def audit() -> Iterator[list[Built]]:
    """Record every model built here while the block runs: (class, values given, model)."""
    global _audit
    previous, _audit = _audit, []
    try:
        yield _audit
    finally:
        _audit = previous
