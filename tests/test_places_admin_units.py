"""First-level admin units the gazetteer lacks (our own sentences, real gazetteer).

«محافظة/محافظات/إقليم + name» introduces a governorate-level unit. When the gazetteer does not
know it (Iraqi and Lebanese governorates, Turkish provinces), the name is still a mention, placed
honestly at a country (the one its name or a nisba adjective after it gives, else the one named in
the sentence, else the country of the sentence's places, else the article's country) with country
precision — never at a town of the sentence, which the unit encloses. Feminine adjectives
(«محافظة كبيرة») are no units; «ولاية» is no trigger (terms of office, ISIS "provinces").
Syrian governorates keep resolving to the gazetteer.
"""

from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from fixtures_places import resolved_by_surface as _resolved


@pytest.mark.parametrize("text, unit, country", [
    ("وشن الطيران غارات على مواقع التنظيم في محافظة الأنبار غربي العراق.", "الأنبار", "IQ"),
    ("وقصف الجيش اللبناني مواقع المسلحين في محافظة البقاع شرقي لبنان.", "البقاع", "LB"),
    ("وتقدمت القوات العراقية في محافظة نينوى بعد استعادة الموصل.", "نينوى", "IQ"),
    ("وسقطت قذائف على محافظة هاتاي جنوبي تركيا.", "هاتاي", "TR"),
    ("وقصفت الطائرات مواقع في محافظة الأنبار العراقية قرب الحدود السورية.", "الأنبار", "IQ"),
    ("وسقطت قذائف على محافظة هاتاي التركية، وفق مصادر محلية في إدلب.", "هاتاي", "TR"),
    ("وانطلقت القافلة من إقليم كردستان العراق نحو الحسكة.", "كردستان العراق", "IQ"),
])
def test_unknown_unit_is_placed_at_its_country(gazetteer, text, unit, country):
    resolved = _resolved(text, gazetteer)
    assert unit in resolved, list(resolved)
    r = resolved[unit]
    assert not r.known and r.place.kind == "governorate"
    assert r.place.country == country and r.geo_precision == "country"
    assert r.place.parent_id == f"country:{country}"


def test_unit_without_a_country_in_the_text_is_placed_at_country_precision(gazetteer):
    r = _resolved("وشهدت محافظات الأنبار والسليمانية اشتباكات.", gazetteer)["الأنبار"]
    assert not r.known and r.geo_precision == "country"


@pytest.mark.parametrize("text", [
    "وطالب المجلس بتمديد ولاية البعثة الأممية في الجنوب.",
    "وفاز الرئيس بولاية ثانية في الانتخابات.",
    "خلال ولاية أوباما الثانية دعمت الإدارة المعارضة.",
    "ومنذ بداية ولاية ترامب لم تتغير السياسة الأمريكية.",
    "وتبنى تنظيم ولاية سيناء الهجوم.",
    "وأكد ضرورة محافظة على وحدة الأراضي.",
    "وتعد محافظة كبيرة المساحة قياسا بغيرها.",
])
def test_mandates_terms_and_adjectives_are_no_units(gazetteer, text):
    assert find_mentions(text, gazetteer) == []


@pytest.mark.parametrize("text, name, gov_id", [
    ("وقصف الطيران مواقع في محافظة إدلب.", "محافظة إدلب", "opensyria:sy-idlib"),
    ("وتوجه الوفد إلى محافظة حمص أمس.", "محافظة حمص", "opensyria:sy-homs"),
])
def test_syrian_governorates_stay_known(gazetteer, text, name, gov_id):
    r = _resolved(text, gazetteer)[name]
    assert r.known and r.place.id == gov_id


def test_a_list_of_units_keeps_known_names_and_stops_before_a_verb(gazetteer):
    text = "وتمتد المنطقة على محافظتي حمص الوسطى والرقة ويضم هذا الجزء مقرات عسكرية."
    resolved = _resolved(text, gazetteer)
    assert resolved["حمص"].known and resolved["حمص"].place.kind == "governorate"
    assert not any("يضم" in s for s in resolved), list(resolved)
