from __future__ import annotations

import pytest

from briefsmith.models import Lang
from briefsmith.rules.lang import detect_lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Increase MQLs by 20%.", Lang.EN),
        ("把IT部门的工单处理时间缩短一半。", Lang.ZH),
        ("Снизить CAC на 10% в Q1 2027.", Lang.RU),
        ("", Lang.EN),
        ("KPI 看板", Lang.ZH),
        # a short heading with one Chinese character and little else is Chinese
        ("23年Q1", Lang.ZH),
        ("3月", Lang.ZH),
        ("Ship the Beijing 店 launch", Lang.EN),
    ],
)
def test_detect(text: str, lang: Lang) -> None:
    assert detect_lang(text) is lang
