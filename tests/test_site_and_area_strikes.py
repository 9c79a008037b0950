"""Strikes and captures told through a site or an area (geo.claims):

- «النبع» refers back (bare, as a trigger's object or after an installation noun «منشأة/منشآت/مبنى»)
  only to a place the text names «نبع X» (_named_only_head, named_only in actions.yaml).
- A plain attack verb whose subject is aircraft or stand-off missiles may hit a whole governorate
  named as an area («طائراته استهدفت مواقع في ريف X»: _attack_from_the_air), and a comma-delimited
  time adverb («، أمس،») between the strike and the area does not break it (_without_time_asides).
- An air strike never takes as its subject a side with no aircraft named before it in another role
  («اتهم النظام الثوار …، مؤكدة أن غارات الطيران دمرت X»).
"""
from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from gazetteer.store import load_gazetteer
from geo.model import Article

DAY = dt.date(2017, 9, 10)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _claims(text: str, gazetteer) -> list[tuple[str, str, str]]:
    analysis = analyse_article(Article(id="t", date=DAY, text=text), gazetteer)
    return [(c.actor, c.action, c.place_name) for c in analysis.claims]


def _actions_at(text: str, place: str, gazetteer) -> set[str]:
    return {action for _a, action, name in _claims(text, gazetteer) if place in name}


# --- «النبع» named before as «نبع X» -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "دخلت القوات الحكومية نبع عين الفيجة صباحاً. وقال ناشطون إن غارات الطيران الحربي استهدفت النبع قبل أسابيع.",
    "تقدمت القوات نحو نبع عين الفيجة. وأكد الأهالي أن الطيران الحربي قصف منشآت النبع مراراً.",
])
def test_spring_named_before_is_the_struck_place(text, gazetteer) -> None:
    assert "airstrike" in _actions_at(text, "Fījah", gazetteer)


@pytest.mark.parametrize("text", [
    # the town is never named «نبع X»: «النبع» may be any spring
    "زار الوفد بلدة عين الفيجة أمس. وقال إن غارات الطيران الحربي استهدفت النبع قبل أسابيع.",
    # no strike at all: the spring is only visited, cleaned, or its water flows
    "زار الوزير نبع عين الفيجة. وقال إن المياه عادت إلى النبع بعد إصلاح منشآت النبع.",
    "افتتح المحافظ مشروعاً قرب نبع عين الفيجة، وتعهد بحماية النبع من التلوث.",
    "قالت مؤسسة المياه إن فرق الصيانة دخلت نبع عين الفيجة، وبدأت تنظيف النبع.",
])
def test_spring_anaphor_near_misses(text, gazetteer) -> None:
    assert "airstrike" not in _actions_at(text, "Fījah", gazetteer)


# --- a strike on a governorate named as an area -----------------------------------------------

@pytest.mark.parametrize("text", [
    "قال جيش الاحتلال الإسرائيلي إن طائراته استهدفت موقعين للجيش السوري في ريف القنيطرة.",
    "قصف الطيران الإسرائيلي، أمس، مواقع لقوات النظام في ريف القنيطرة الأوسط.",
    "استهدفت صواريخ إسرائيلية، فجر اليوم، موقعاً عسكرياً في ريف دمشق.",
])
def test_air_strike_on_a_governorate_area(text, gazetteer) -> None:
    actions = {action for actor, action, _p in _claims(text, gazetteer) if actor == "Israel"}
    assert actions & {"airstrike", "missile_strike"}


@pytest.mark.parametrize("text", [
    "استهدفت الحملة الإعلامية للتحالف، اليوم، سكان ريف الرقة.",
    "نقلت طائرات الشحن الروسية، أمس، مساعدات إلى ريف حمص.",
    "استهدفت الطائرات الروسية، أمس، النازحين القادمين إلى ريف إدلب.",
    "أعلنت منظمة الصحة، اليوم، عن حملة تلقيح في ريف دمشق.",
    "استهدفت خطة الحكومة، أمس، تحسين الخدمات في محافظة درعا.",
    # a plain attack by a ground side on a governorate is no area strike
    "استهدفت الفصائل، أمس، مواقع للنظام في ريف حماة.",
])
def test_area_strike_near_misses(text, gazetteer) -> None:
    claims = _claims(text, gazetteer)
    assert not [c for c in claims if c[1] in ("airstrike", "missile_strike")]
    if "الفصائل" in text:
        assert not [c for c in claims if "Hama" in c[2] and c[1] != "attacked"]


# --- the subject of an air strike ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "اتهمت الحكومة الثوار بتلويث المياه، وهو ما نفاه الأهالي، مؤكدين أن غارات الطيران الحربي دمرت منشأة في بلدة عين الفيجة.",
    "حمّل المسؤولون فصائل المعارضة مسؤولية انقطاع المياه، بينما قال السكان إن غارات الطيران دمرت مضخات بلدة عين الفيجة.",
])
def test_side_without_aircraft_named_before_is_no_air_striker(text, gazetteer) -> None:
    strikes = [c for c in _claims(text, gazetteer) if c[1] == "airstrike" and "Fījah" in c[2]]
    assert strikes
    assert all("Opposition" not in actor for actor, _a, _p in strikes)


def test_air_capable_side_named_before_still_strikes(gazetteer) -> None:
    text = "قالت وزارة الدفاع الروسية إن طائراتها نفذت غارات على بلدة عين الفيجة."
    assert ("Russia", "airstrike") in {(a, act) for a, act, p in _claims(text, gazetteer) if "Fījah" in p}


# --- places inside a purpose, a timetable, or the end of a sweep ---------------------------------

@pytest.mark.parametrize("text", [
    "قال القائد إن القطعات تواصل تطهير الأحياء من العبوات استعداداً للمرحلة المقبلة باتجاه مدينة البوكمال.",
    "واصلت الوحدات تمشيط الطرق تمهيداً للتقدم لاحقاً نحو بلدة خان أرنبة.",
])
def test_place_after_a_purpose_opener_is_no_claim_of_the_trigger(text, gazetteer) -> None:
    assert not [c for c in _claims(text, gazetteer) if c[1] in ("captured", "secured")]


def test_place_before_a_purpose_opener_keeps_its_capture(gazetteer) -> None:
    text = "سيطر الجيش على بلدة خان أرنبة، تمهيداً لعودة الأهالي إليها."
    assert "captured" in _actions_at(text, "Arnabah", gazetteer)


@pytest.mark.parametrize("text", [
    "قال القادة إن الاتفاق لا يعني شيئاً ما لم يتضمن جدولاً زمنياً واضحاً لانسحاب ميليشيات حزب الله من بلدة خان أرنبة.",
    "طالبت المعارضة بجدول زمني لانسحاب قوات النظام من بلدة خان أرنبة.",
])
def test_timetable_of_a_withdrawal_is_no_withdrawal(text, gazetteer) -> None:
    assert "withdrew" not in _actions_at(text, "Arnabah", gazetteer)


def test_withdrawal_done_on_a_timetable_is_still_one(gazetteer) -> None:
    text = "انسحبت ميليشيات حزب الله من بلدة خان أرنبة وفق جدول زمني حدده الاتفاق."
    assert "withdrew" in _actions_at(text, "Arnabah", gazetteer)


def test_sweep_ending_at_the_outskirts_is_an_advance(gazetteer) -> None:
    text = "وسيطر الجيش على عشرات القرى والبلدات، وصولاً إلى مشارف منبج من جهة الجنوب الغربي."
    actions = _actions_at(text, "Manbij", gazetteer)
    assert "advanced" in actions and "captured" not in actions


def test_outskirts_phrase_without_a_place_or_a_fight_is_no_claim(gazetteer) -> None:
    text = "امتدت الاحتجاجات في المدن السورية، وصولاً إلى مشارف العاصمة دمشق."
    assert not [c for c in _claims(text, gazetteer) if c[1] in ("advanced", "captured")]
