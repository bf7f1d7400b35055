"""``briefsmith.chains.*`` are the public names of requests each feature owns."""

from __future__ import annotations

import importlib

import pytest

import briefsmith

OWNERS = {
    "briefsmith.chains.smart": "briefsmith.llm.smart",
    "briefsmith.chains.brief": "briefsmith.brief.prompts",
    "briefsmith.chains.feedback": "briefsmith.feedback.prompts",
}


@pytest.mark.parametrize(("public", "owner"), OWNERS.items())
def test_every_name_is_the_owners_own(public: str, owner: str) -> None:
    module, source = importlib.import_module(public), importlib.import_module(owner)
    assert module.__all__
    for name in module.__all__:
        assert getattr(module, name) is getattr(source, name), name


def test_the_runnables_are_in_the_top_level_api() -> None:
    from briefsmith.feedback.prompts import feedback_chain
    from briefsmith.llm.smart import smart_chain

    assert briefsmith.smart_chain is smart_chain
    assert briefsmith.feedback_chain is feedback_chain
