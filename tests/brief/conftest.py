"""Fixtures: the good brief with sections replaced, and the request (``data.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from briefsmith.models.brief import BriefRequest, CampaignBrief

from .data import GOOD, REQUEST

Brief = Callable[..., CampaignBrief]


@pytest.fixture
def brief() -> Brief:
    """``brief(raci=[...])``: the good brief with some sections replaced."""

    def make(**changes: Any) -> CampaignBrief:
        return CampaignBrief.model_validate({**GOOD, **changes})

    return make


@pytest.fixture
def request_() -> Callable[..., BriefRequest]:
    def make(**changes: Any) -> BriefRequest:
        return BriefRequest.model_validate({**REQUEST, **changes})

    return make
