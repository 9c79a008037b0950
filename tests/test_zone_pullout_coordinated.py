"""Two zone and withdrawal mechanisms: an agreement's covering verb coordinated with the verb of a
relative clause on the agreement («اتفاق خفض التصعيد الذي وقعته … ويشمل محافظات X وY») is a zone on
the places after it; a state pulling its forces out of a theatre country («سحب جزء كبير من قواته من
سوريا») is a withdrawal from that country. Near misses: other agreements, other relative heads, and
pull-outs that are only discussed, demanded, refused or denied. Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import pipeline_claims


def _claims(text: str, gazetteer) -> list[tuple[str, str]]:
    return [(action, place) for _actor, action, place in pipeline_claims(gazetteer, text, dt.date(2017, 12, 12))]


def _zone_places(text: str, gazetteer) -> list[str]:
    return [place for action, place in _claims(text, gazetteer) if action == "zone_established"]


def test_covering_verb_after_relative_clause(gazetteer):
    text = "ويأتي ذلك في إطار اتفاق خفض التصعيد الذي أبرمته الدول الضامنة في أستانا الشهر الماضي ويشمل محافظات حمص وحماة."
    places = " ".join(_zone_places(text, gazetteer))
    assert "Homs" in places and "Hama" in places


@pytest.mark.parametrize("text", [
    "وقعت الوزارة الاتفاق التجاري الذي أبرمته مع البنك الدولي الشهر الماضي ويشمل محافظات حمص وحماة.",
    "الاتفاق الذي وقعته وزارة الصحة مع منظمة الصحة العالمية ويشمل محافظات حمص وحماة سيدخل حيز التنفيذ.",
    "وصل الوفد الذي يرأسه وزير الخارجية إلى العاصمة ويشمل محافظات حمص وحماة في جولته.",
    # review 15: an agreement refused, or only proposed
    "رفضت المعارضة اتفاق خفض التصعيد الذي أبرمته الدول الضامنة ويشمل محافظات حمص وحماة.",
    "وهذا اتفاق خفض التصعيد الذي اقترحته روسيا ويشمل محافظات حمص وحماة.",
])
def test_covering_verb_near_miss(text, gazetteer):
    assert _zone_places(text, gazetteer) == []


@pytest.mark.parametrize("text", [
    "أعلن الرئيس الروسي اليوم بدء سحب جزء كبير من القوات الروسية من سوريا.",
    "وأمر الرئيس بسحب الجزء الأكبر من قواته العسكرية من سوريا بعد انتهاء العمليات.",
    "وبدأ أمس انسحاب قسم من القوات الروسية من سوريا.",
    "وانسحبت القوات التركية من سوريا بعد انتهاء العملية.",
    "أعلن الرئيس الروسي، فلاديمير بوتين، سحب جزء من قواته العسكرية من سوريا.",
])
def test_forces_pulled_out_of_country(text, gazetteer):
    assert ("withdrew", "Syria") in [(a, p.split(" (")[0]) for a, p in _claims(text, gazetteer)]


@pytest.mark.parametrize("text", [
    "بحث الوزيران خلال لقائهما سحب القوات الأجنبية من سوريا.",
    "طالبت المعارضة بسحب القوات الإيرانية من سوريا.",
    "رفضت موسكو سحب قواتها من سوريا قبل التوصل إلى حل سياسي.",
    "أكد المتحدث أن بلاده لا تنوي سحب قواتها من سوريا.",
    "اقترحت الحكومة سحب قواتها من سوريا مقابل ضمانات أمنية.",
    "أعلنت الوزارة سحب السفير من سوريا احتجاجا على القرار.",
    "قدمت روسيا مساعدات إنسانية إلى سوريا بعد سحب الجنود من قاعدة في أرمينيا.",
    "أعلن الوفد انسحابه من سوريا بعد انتهاء زيارته.",
    "أعلنت الشركة انسحاب موظفيها من سوريا لأسباب أمنية.",
    "انسحبت روسيا من الاتفاق مع سوريا حول الطاقة.",
    "نفى المتحدث انسحاب القوات الأمريكية من سوريا.",
    # review 15: a bare pull-out noun with no start, order or completion word
    "استبعد لافروف سحب القوات الروسية من سوريا.",
    "تخشى واشنطن من انسحاب القوات الروسية من سوريا قبل التوصل إلى حل سياسي.",
    "ضغطت الولايات المتحدة على إيران لسحب قواتها من سوريا.",
    "قال بوتين إن سحب القوات الروسية من سوريا غير مطروح حاليا.",
])
def test_pullout_near_miss(text, gazetteer):
    assert not any(a == "withdrew" and "Syria" in p for a, p in _claims(text, gazetteer))


def test_pullout_actor_from_nationality_adjective(gazetteer):
    text = "أعلن الكرملين بدء سحب الجزء الأكبر من القوات الروسية من سوريا."
    actors = [actor for actor, action, place in pipeline_claims(gazetteer, text, dt.date(2017, 12, 12))
              if action == "withdrew"]
    assert actors and "Russia" in actors[0]
