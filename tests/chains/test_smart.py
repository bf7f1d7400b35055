"""``briefsmith.chains.smart`` is the public name of the SMART chain (``llm.smart``)."""

from __future__ import annotations

import briefsmith
from briefsmith.chains import smart as public
from briefsmith.llm import smart


def test_the_chain_is_re_exported() -> None:
    for name in public.__all__:
        assert getattr(public, name) is getattr(smart, name)
    assert briefsmith.smart_chain is smart.smart_chain
