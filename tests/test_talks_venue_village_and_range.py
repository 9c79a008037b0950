"""Talks proper («مفاوضات», «جولة محادثات») held in a place the gazetteer files as a village but the
text names «مدينة X», or in a mountain range named by «في X» right after them, have that venue.
Near misses: a meeting or a conference (not talks), a place before the talks noun, a peak."""
from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from gazetteer.store import load_gazetteer
from geo.model import Article


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _talks(text: str, gazetteer) -> list[str]:
    analysis = analyse_article(Article(id="t", date=dt.date(2017, 9, 10), text=text), gazetteer)
    return [c.place_name for c in analysis.claims if c.action == "negotiation"]


def test_round_of_talks_in_a_town_named_city(gazetteer) -> None:
    text = "وخرج المسلحون بعد جولة مفاوضات عقدت في مدينة بصرى الشام مع الجانب الروسي."
    assert len(_talks(text, gazetteer)) == 1


def test_talks_through_mediators_in_a_mountain_range(gazetteer) -> None:
    text = "وتجري مفاوضات عبر وسطاء بين الحزب وقادة الفصيل في القلمون لإخراج المسلحين."
    assert len(_talks(text, gazetteer)) == 1


@pytest.mark.parametrize("text", [
    "وعقد اجتماع لوجهاء العشائر في القلمون لبحث توزيع المساعدات.",
    "وقال الوزير في مؤتمر في مدينة بصرى الشام إن المساعدات ستصل.",
    "وقال المتحدث إن الجيش تقدم في القلمون بعد فشل المفاوضات.",
    "وزار المحافظ مدينة بصرى الشام للاطلاع على سير المفاوضات.",
    "ونشر الجيش نقاطا على قمة جبل الشيخ بعد مفاوضات طويلة.",
])
def test_no_talks_venue_without_talks_before_it(text, gazetteer) -> None:
    assert not _talks(text, gazetteer)
