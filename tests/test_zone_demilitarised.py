"""A demilitarised or buffer zone being set up is a zone claim; one that only locates an event
(«في المنطقة منزوعة السلاح», «سقطت قذيفة في منطقة عازلة») is none. Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import pipeline_claims


def _actions(text: str, gazetteer) -> list[str]:
    return [action for _actor, action, _place in pipeline_claims(gazetteer, text, dt.date(2018, 9, 18))]


@pytest.mark.parametrize("text", [
    "أعلن الطرفان اتفاقاً على إقامة منطقة منزوعة السلاح حول محافظة إدلب.",
    "وتعهدت موسكو وأنقرة بإنشاء منطقة عازلة في ريف حلب الشمالي.",
])
def test_zone_being_set_up(text, gazetteer):
    assert "zone_established" in _actions(text, gazetteer)


@pytest.mark.parametrize("text", [
    "سقطت قذيفة في منطقة عازلة قرب الحدود في ريف إدلب.",
    "يتعين على الفصائل مغادرة المنطقة العازلة في إدلب قبل منتصف الشهر.",
    "قصفت الطائرات مواقع في المنطقة منزوعة السلاح في الجولان.",
])
def test_zone_that_only_locates_near_miss(text, gazetteer):
    assert "zone_established" not in _actions(text, gazetteer)
