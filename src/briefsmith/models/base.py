"""The base of every briefsmith model.

``defer_build`` postpones pydantic's schema building from import time to first use: the
offline CLI imports a dozen models but validates only a few, and start-up time is
budgeted (``briefsmith check`` under 0.3 s).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    model_config = ConfigDict(defer_build=True)
