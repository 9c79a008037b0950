"""Review 10, findings 5 and 6: highways named by number. A ``code:`` cue word («الدولي»,
«المعروف») makes a number a highway only with a road noun before it («المبعوث الدولي ام 3 دول»
and «المعروفة بـM16» are no roads), and a claim on a highway placed only at its country goes to
the place that locates it right after («الطريق الدولي M5 قرب بلدة X»). The reviewer's sentences,
a few more near misses, and the positive cases the rules were written for."""

from __future__ import annotations

import datetime as dt

from tests.fixtures_places import pipeline_claims, surfaces

DAY = dt.date(2020, 3, 5)


def _claims(text: str, gazetteer) -> list[tuple[str, str]]:
    return [(c.action, c.place_name) for c in pipeline_claims(text, gazetteer, DAY)]


# -- finding 6: a code word alone is no road ------------------------------------------------------

def test_weapon_codes_after_known_as_are_no_highways(gazetteer):
    assert not {"M16", "بـM16"} & set(surfaces("بنادق من طراز M16 المعروفة بـM16", gazetteer))
    assert "M60" not in surfaces("بدبابات المعروفة باسم M60", gazetteer)
    assert "M4" not in surfaces("صادرت الشرطة بنادق آلية المعروفة بـM4 في المستودع", gazetteer)


def test_international_envoy_or_number_is_no_highway(gazetteer):
    assert "ام 3" not in surfaces("أكد المبعوث الدولي ام 3 دول ستحضر المؤتمر", gazetteer)
    assert "ام 5" not in surfaces("سأل مجلس الأمن الدولي ام 5 أعضاء عن موقفهم", gazetteer)


def test_code_word_after_a_road_noun_still_counts(gazetteer):
    got = surfaces("تقع المدينة على الطريق الدولي حلب - دمشق المعروف بـM5، الذي يسعى الجيش إلى فتحه",
                   gazetteer)
    assert "بـM5" in got
    got = surfaces("سيطرت الفصائل على الطريقين الدوليين ام 4 وام 5", gazetteer)
    assert "ام 4" in got and "وام 5" in got
    assert "M4" in surfaces("قطعت القوات الطريق الدولي M4 شرقي المدينة", gazetteer)


# -- finding 5: a highway located by the next place -----------------------------------------------

def test_highway_near_a_town_claims_the_town(gazetteer):
    got = _claims("سيطرت قوات النظام على الطريق الدولي M5 قرب بلدة خان طومان.", gazetteer)
    assert not any(place == "M5" for _a, place in got)
    assert any(place != "M5" for _a, place in got)
    got = _claims("سيطرت قوات النظام على الطريق الدولي M5 بالقرب من مدينة سراقب.", gazetteer)
    assert not any(place == "M5" for _a, place in got)
    assert any(place == "Saraqib" for _a, place in got)


def test_highway_without_a_locating_place_keeps_its_claim(gazetteer):
    got = _claims("سيطرت الفصائل على الطريقين الدوليين ام 4 وام 5", gazetteer)
    assert {place for _a, place in got} >= {"M4", "M5"}
    got = _claims("أعلنت الوزارة السيطرة على أجزاء من الطريق الدولي M4 الذي يستخدمه التنظيم "
                  "في نقل الإمدادات بين منبج والقامشلي.", gazetteer)
    assert any(place == "M4" for _a, place in got)
