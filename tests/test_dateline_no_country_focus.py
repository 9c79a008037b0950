"""A dateline («بيروت –») says where a report was filed, not that the article is about that
country: a village noun before a name that is also a city abroad («بلدات صيدا … في ريف درعا»)
still reads a Syrian namesake. A text that names the country, or its places, keeps the city."""
from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from gazetteer.resolver import resolve_mentions
from gazetteer.store import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _places(text: str, gazetteer) -> dict[str, str]:
    mentions = find_mentions(text, gazetteer)
    return {r.mention.key: r.place.id for r in resolve_mentions(mentions, text, gazetteer)}


def test_dateline_city_does_not_make_a_namesake_the_city_abroad(gazetteer) -> None:
    text = 'بيروت – "الصحيفة": سيطرت قوات النظام على بلدات صيدا وأم المياذن في ريف درعا الشرقي.'
    assert _places(text, gazetteer)["صيدا"].startswith("unknown:")


def test_dateline_itself_is_still_the_city(gazetteer) -> None:
    text = 'بيروت – "الصحيفة": سيطرت قوات النظام على بلدات صيدا وأم المياذن في ريف درعا الشرقي.'
    assert not _places(text, gazetteer)["بيروت"].startswith("unknown:")


def test_country_named_in_the_text_keeps_the_city_abroad(gazetteer) -> None:
    text = 'بيروت – "الصحيفة": زار الوزير بلدات صيدا وجزين في جنوب لبنان.'
    assert not _places(text, gazetteer)["صيدا"].startswith("unknown:")
