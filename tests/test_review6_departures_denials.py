"""Review 6 near misses: departures, comma asides, denials.

- «انطلق الهجوم من X»: X is where the attack set out from only when «من» follows the attack noun or
  its adjectives; a target or a part between («انطلق القصف على الأحياء الغربية من مدينة X») makes X
  the place of that target.
- An aside set off by two commas («، بحسب المصدر،», «، حتى الآن،») does not cut a negation from its
  trigger; a finite verb after a comma is not governed by an attempt noun before it («وبعد محاولات
  فاشلة، سيطر الجيش على X»).
- A denial reaches a glued verb that shares its «أن يكون … قد»; it does not reach a trigger taken by a
  new glued verb («وتحدث عن سيطرة …») or after a participle of speech («مؤكدا سيطرته على X»).
"""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_places import pipeline_claims

DAY = dt.date(2017, 9, 10)


def claims(text: str, gazetteer) -> list[tuple[str, str]]:
    return [(c.action, c.place_name) for c in pipeline_claims(text, gazetteer, DAY)]


def controls(text: str, gazetteer) -> list[str]:
    return [p for a, p in claims(text, gazetteer) if a in ("captured", "secured", "advanced")]


# --------------------------------------------------------------- departures (finding 8)
@pytest.mark.parametrize("text, action, place", [
    ("انطلقت الهجمات على مواقع التنظيم في الأجزاء الجنوبية من مدينة الميادين.", "attacked", "Al Mayādīn"),
    ("انطلق القصف المدفعي على الأحياء الغربية من مدينة الرقة.", "shelled", "Ar Raqqah"),
    ("انطلق الهجوم على الجانب الشرقي من مدينة الميادين.", "attacked", "Al Mayādīn"),
])
def test_a_part_of_the_place_after_a_departure_is_the_target(gazetteer, text, action, place):
    assert (action, place) in claims(text, gazetteer)


@pytest.mark.parametrize("text", [
    "انطلقت العمليات العسكرية من مدينة الميادين.",
    "انطلق الهجوم البري من مدينة الميادين.",
])
def test_the_origin_of_a_departure_stays_no_target(gazetteer, text):
    assert [p for a, p in claims(text, gazetteer) if a == "attacked"] == []


# --------------------------------------------------------------- comma asides (finding 9)
@pytest.mark.parametrize("text", [
    "لا صحة، بحسب المصدر، لسيطرة داعش على مدينة الميادين.",
    "لم تتمكن القوات، حتى الآن، من السيطرة على مدينة الميادين.",
    "يحاول الجيش السوري، منذ أيام، السيطرة على بلدة الشولا.",
])
def test_an_aside_does_not_cut_a_negation_or_intent(gazetteer, text):
    assert controls(text, gazetteer) == []


@pytest.mark.parametrize("text", [
    "وبعد محاولات فاشلة، سيطر الجيش السوري على بلدة الشولا.",
    "وبعد محاولات عديدة، سيطر الجيش السوري على بلدة الشولا.",
    "وفي محاولة لفك الحصار، سيطر الجيش السوري على بلدة الشولا.",
])
def test_a_finite_verb_after_a_comma_is_no_intent(gazetteer, text):
    assert ("captured", "al-Shola") in claims(text, gazetteer)


def test_an_aside_with_a_negation_of_its_own_does_not_negate(gazetteer):
    assert ("entered", "Al Mayādīn") in claims("دخلت القوات، دون مقاومة تذكر، مدينة الميادين.", gazetteer)


# --------------------------------------------------------------- denials (finding 12)
@pytest.mark.parametrize("text", [
    "نفى مصدر عسكري أن يكون مسلحو داعش قد دخلوا بلدة عقيربات وسيطروا عليها.",
    "نفى مصدر عسكري أنباء وسائل إعلام معارضة عن سقوط مدينة الميادين.",
    "نفى أن يكون التنظيم قد سيطر على بلدة الشولا.",
])
def test_what_the_denial_governs_is_no_claim(gazetteer, text):
    assert controls(text, gazetteer) == []


@pytest.mark.parametrize("text, place", [
    ("نفى المصدر هذه الأنباء وتحدث عن سيطرة الجيش السوري على بلدة الشولا.", "al-Shola"),
    ("نفت المصادر هذه الأنباء وكشفت عن سيطرة الجيش السوري على بلدة الشولا.", "al-Shola"),
    ("نفى القيادي هذه المزاعم وأعلن عن سيطرة الفصائل على بلدة عقيربات.", "‘Uqayribāt"),
    ("نفى مصدر عسكري الأنباء عن انسحاب الجيش السوري مؤكدا سيطرته الكاملة على بلدة عقيربات.", "‘Uqayribāt"),
    ("نفى المتحدث وجود قوات أجنبية وسيطر الجيش على بلدة الشولا.", "al-Shola"),
])
def test_a_new_verb_or_participle_after_a_denial_keeps_its_claim(gazetteer, text, place):
    assert ("captured", place) in claims(text, gazetteer)
