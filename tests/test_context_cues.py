"""Context words that make a name a place: Iraqi «قضاء», plural «تلول», desert sectors «بادية X».

Each case is the general rule with a name the seeds and dev articles do not use.
"""

from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from gazetteer.store import load_gazetteer
from fixtures_places import resolutions as resolved


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_qada_is_an_admin_cue_for_a_common_word_name(gazetteer):
    # «القائم» is also an ordinary word («الوضع القائم»): it needs a cue, and «قضاء» is one
    text = "أعلنت الحكومة العراقية تحرير قضاء القائم بالكامل."
    [res] = resolved(text, gazetteer)
    assert res.mention.surface == "القائم" and res.place.country == "IQ"
    assert find_mentions("ناقش المجلس الوضع القائم في البلاد.", gazetteer) == []


def test_plural_hills_noun_introduces_an_unknown_place(gazetteer):
    text = "سيطرت القوات على تلول الخضر في ريف حماة الشرقي."
    res = resolved(text, gazetteer)
    hills = [r for r in res if r.mention.surface.startswith("تلول")]
    assert [r.mention.surface for r in hills] == ["تلول الخضر"]
    # not in the gazetteer: placed at the area the text gives, with that area's precision
    area = gazetteer.get("sector:hama:east")
    assert hills[0].place.id == "unknown:تلول الخضر"
    assert (hills[0].place.lat, hills[0].place.lon) == (area.lat, area.lon)


@pytest.mark.parametrize("city", ["السويداء", "دير الزور"])
def test_desert_of_a_city_is_placed_like_its_countryside(gazetteer, city):
    [desert] = resolved(f"تقدم الجيش في بادية {city} أمس.", gazetteer)
    [countryside] = resolved(f"تقدم الجيش في ريف {city} أمس.", gazetteer)
    assert desert.place.id == countryside.place.id


def test_desert_of_homs_is_the_badia(gazetteer):
    # «بادية حمص» is also a name of the Badia region (the Syrian Desert) in the curated data
    [desert] = resolved("تقدم الجيش في بادية حمص أمس.", gazetteer)
    assert desert.place.kind == "region" and desert.place.country == "SY"


def test_directional_sectors_stay_near_their_city(gazetteer):
    # «ريف حمص الشمالي» is al-Rastan/Talbiseh, not the middle of the desert north-east of Homs
    from geo.geometry import haversine_km

    homs = gazetteer.seat_of("opensyria:sy-homs")
    for direction in ("north", "east", "south", "west"):
        sector = gazetteer.get(f"sector:homs:{direction}")
        assert haversine_km(homs.lat, homs.lon, sector.lat, sector.lon) < 60


def test_tell_introduces_an_unknown_hill_and_keeps_known_tells(gazetteer):
    text = "استعاد الجيش السيطرة على تل الشحم وتل أبيض بريف الرقة."
    found = {r.mention.surface: r for r in resolved(text, gazetteer)}
    assert found["تل الشحم"].place.id == "unknown:تل الشحم"
    assert found["تل الشحم"].place.kind == "hill"
    assert found["وتل أبيض"].place.name == "Tall Abyaḑ"  # a known tell stays the gazetteer's


@pytest.mark.parametrize(("text", "expected"), [
    ("تتقدم القوات نحو حقول النفط، وفي مقدمها حقلا العمر والتنك.",
     [("العمر", "oil_field"), ("والتنك", "oil_field")]),
    ("سيطر الجيش على مطاري حماة والتيفور.", [("حماة", "airbase"), ("والتيفور", "airbase")]),
])
def test_dual_site_noun_distributes_over_its_names(gazetteer, text, expected):
    # «حقلا العمر والتنك» = «حقل العمر» + «حقل التنك»; «مطاري حماة» is Hama's airbase, not the city
    found = resolved(text, gazetteer)
    assert [(r.mention.surface, r.place.kind) for r in found] == expected
    assert all(r.known for r in found)


def test_concrete_blocks_are_not_hills(gazetteer):
    # «كتل» (blocks) is not «كـ» + «تل»
    assert [m.surface for m in find_mentions("وضعت القوات كتل إسمنتية وكتلة ترابية.", gazetteer)] == []
