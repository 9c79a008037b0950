"""A demilitarised or buffer zone being set up is a zone claim; one that only locates an event
(«في المنطقة منزوعة السلاح», «سقطت قذيفة في منطقة عازلة») is none. Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from gazetteer.store import load_gazetteer
from geo.model import Article


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _actions(text: str, gaz) -> list[str]:
    result = analyse_article(Article(id="t", date=dt.date(2018, 9, 18), text=text), gaz)
    return [c.action for c in result.claims]


@pytest.mark.parametrize("text", [
    "أعلن الطرفان اتفاقاً على إقامة منطقة منزوعة السلاح حول محافظة إدلب.",
    "وتعهدت موسكو وأنقرة بإنشاء منطقة عازلة في ريف حلب الشمالي.",
])
def test_zone_being_set_up(text, gaz):
    assert "zone_established" in _actions(text, gaz)


@pytest.mark.parametrize("text", [
    "سقطت قذيفة في منطقة عازلة قرب الحدود في ريف إدلب.",
    "يتعين على الفصائل مغادرة المنطقة العازلة في إدلب قبل منتصف الشهر.",
    "قصفت الطائرات مواقع في المنطقة منزوعة السلاح في الجولان.",
])
def test_zone_that_only_locates_near_miss(text, gaz):
    assert "zone_established" not in _actions(text, gaz)
