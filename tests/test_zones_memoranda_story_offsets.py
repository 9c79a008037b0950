"""Zones, talks and dates: a zone named as the object of a reinforcing noun after an intent word
(«تهدف المذكرة إلى تعزيز … منطقة خفض التصعيد … التي تشمل محافظات X وY») exists; a memorandum
signed at a venue is talks there only in a sentence about a truce or zone; an undated event named
right after «بعد يوم واحد/يومين من» lies that many days before the story's last day date. «حالياً» is
no date of its own (review 13: it would date a background «يسيطر … حالياً … منذ 2014» to the publication
day). Near misses: zones still intended, aid/trade/protest memoranda, a finite verb after the offset,
a truce line. A truce extended «إلى X» stays a truce claim on X. Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from geo.model import Article

DAY = dt.date(2017, 9, 10)


def _claims(text: str, gazetteer) -> list[tuple[str, str, dt.date | None]]:
    analysis = analyse_article(Article(id="t", date=DAY, text=text), gazetteer)
    return [(c.action, c.place_name, c.event_date) for c in analysis.claims]


def _places(text: str, gazetteer, action: str) -> set[str]:
    return {p for a, p, _d in _claims(text, gazetteer) if a == action}


def _date_of(text: str, gazetteer, place_fragment: str) -> dt.date | None:
    dates = {d for _a, p, d in _claims(text, gazetteer) if place_fragment in p}
    assert len(dates) == 1, dates
    return dates.pop()


# --------------------------------------------------------------------------- reinforced zones
@pytest.mark.parametrize("text", [
    "وقال البيان إن الخطة تهدف إلى تعزيز نظام وقف إطلاق النار في منطقة خفض التصعيد التي تشمل محافظات درعا "
    "والقنيطرة والسويداء.",
    "ويهدف الاتفاق الجديد إلى تثبيت منطقة خفض التصعيد التي تشمل محافظات درعا والقنيطرة.",
])
def test_reinforced_zone_over_listed_governorates(text, gazetteer):
    assert {"Daraa", "Quneitra"} <= _places(text, gazetteer, "zone_established")


@pytest.mark.parametrize("text", [
    "تسعى روسيا إلى إقامة منطقة خفض التصعيد في محافظة إدلب.",
    "تسعى روسيا لتعزيز نفوذها عبر منطقة خفض التصعيد في محافظة إدلب.",
    "تهدف الحكومة إلى تعزيز الخدمات الصحية في محافظة درعا.",
    "يهدف المشروع إلى دعم المزارعين في محافظات درعا والقنيطرة والسويداء.",
    "تسعى الأمم المتحدة لتعزيز إيصال المساعدات إلى محافظة إدلب.",
])
def test_intended_zone_or_other_reinforcement_near_miss(text, gazetteer):
    assert not _places(text, gazetteer, "zone_established")


# --------------------------------------------------------------------------- memoranda at a venue
@pytest.mark.parametrize("text, venue", [
    ("رحب الجانبان بمذكرة المبادئ التي وقعتها روسيا والولايات المتحدة والأردن في عمان حول منطقة خفض "
     "التصعيد في الجنوب.", "Amman"),
    ("وتستند مناطق خفض التصعيد إلى مذكرة وقعتها روسيا وإيران وتركيا في أستانا في الرابع من أيار الماضي.",
     "Astana"),
])
def test_memorandum_signed_at_venue_about_a_zone(text, venue, gazetteer):
    assert venue in _places(text, gazetteer, "negotiation")


@pytest.mark.parametrize("text", [
    "وأشاد الوزير بمذكرة التفاهم التي وقعتها الوزارة مع البنك الدولي في عمان لدعم المدارس.",
    "وكانت الحكومة قد أرسلت مذكرة احتجاج وقعت في دمشق إلى الأمم المتحدة.",
    "وأكد أن المذكرة التي وقعها الطرفان في بيروت تتعلق بالتبادل التجاري.",
    "وقعت وزارة الصحة مذكرة تفاهم مع منظمة اليونيسف في عمان لتوفير اللقاحات.",
    "وقال المحامي إن مذكرة الاعتقال التي وقعها القاضي في بيروت صدرت بحق رجل أعمال.",
])
def test_memorandum_off_truce_near_miss(text, gazetteer):
    assert not _places(text, gazetteer, "negotiation")


# --------------------------------------------------------------------------- «بعد يومين من» the story's day
def test_one_day_before_the_story_date(gazetteer):
    text = "سيطر الجيش أمس على بلدة تادف. وجاءت السيطرة بعد يوم واحد من تحرير قرية أبو طلطل."
    assert _date_of(text, gazetteer, "Tādif") == DAY - dt.timedelta(days=1)
    assert _date_of(text, gazetteer, "طلطل") == DAY - dt.timedelta(days=2)


def test_two_days_before_a_story_told_sentences_ago(gazetteer):
    text = ("شنت الفصائل، أمس الثلاثاء، هجوما على بلدة صوران. وقال مصدر إن الوضع صعب. "
            "ويأتي الهجوم بعد يومين من هجوم مباغت للفصائل على حي جوبر.")
    assert _date_of(text, gazetteer, "Jobar") == DAY - dt.timedelta(days=3)


def test_finite_verb_after_offset_keeps_story_date_near_miss(gazetteer):
    text = "سيطر الجيش أمس على بلدة تادف. وبعد يومين من المعارك سيطر الجيش على قرية أبو طلطل."
    assert _date_of(text, gazetteer, "طلطل") == DAY - dt.timedelta(days=1)


# --------------------------------------------------------------------------- «حالياً»
def test_currently_does_not_date_a_background_siege_to_the_publication_day(gazetteer):
    text = "وتحاصر قوات النظام حالياً الغوطة الشرقية منذ أربع سنوات."
    assert _date_of(text, gazetteer, "Ghouta") != DAY


@pytest.mark.parametrize("text, fragment", [
    ("سيطر الجيش أمس على مدينة الميادين التي يقطنها حاليا نحو 20 ألف شخص.", "Mayād"),
    ("قصفت الطائرات أمس مدينة دوما التي تخضع حاليا لحصار خانق.", "Dūmā"),
])
def test_currently_describing_a_place_near_miss(text, fragment, gazetteer):
    assert _date_of(text, gazetteer, fragment) == DAY - dt.timedelta(days=1)


# --------------------------------------------------------------------------- truce lines, truce destinations
@pytest.mark.parametrize("text", [
    "يطالب المسؤولون بإبعاد القوات عن خط وقف إطلاق النار في الجولان.",
    "تقع القرية قرب خط وقف إطلاق النار في الجولان المحتل.",
    "انتشرت دوريات أممية على خطوط الهدنة في الجولان.",
])
def test_truce_line_near_miss(text, gazetteer):
    assert not _places(text, gazetteer, "other")


@pytest.mark.parametrize("text, place", [
    ("دخلت الهدنة حيز التنفيذ في مدينة درعا.", "Dar"),
    ("توصل الطرفان إلى هدنة في مدينة الزبداني.", "Zabad"),
    ("وأعلنت روسيا توسيع الهدنة إلى مدينة دوما أمس.", "Dūm"),
])
def test_truce_in_a_place_stays(text, place, gazetteer):
    assert any(place in p for p in _places(text, gazetteer, "other"))


# --------------------------------------------------------------------------- a date closing the object's phrase
def test_date_after_conjoined_object_phrase(gazetteer):
    text = ("أعلن الجيش، مساء الجمعة، بدء عملية جديدة، بعد أيام من سيطرته على بلدة تادف والمزارع المحيطة بها "
            "الاثنين الماضي.")
    assert _date_of(text, gazetteer, "Tādif") == dt.date(2017, 9, 4)


def test_date_after_another_verb_near_miss(gazetteer):
    text = "سيطر الجيش مساء الجمعة على بلدة تادف وبدأ الهجوم على مدينة الباب الاثنين الماضي."
    assert _date_of(text, gazetteer, "Tādif") == dt.date(2017, 9, 8)
