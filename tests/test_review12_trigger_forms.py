"""Review 12, trigger forms: near misses of the idiom triggers (going out «من» a place, a place
left free of the enemy, fire «poured» on a place) and the evacuation phrase with its deal named.

Sentences written for these tests (the reviewer's probes and a few more); places come from a
small table, so only geo.claims is exercised.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_summary

DAY = dt.date(2017, 9, 13)  # Wednesday

PLACES = {
    "المليحة": ("t-mlei", "Al-Mleiha", "town"),
    "حمص": ("t-homs", "Homs", "city"),
    "حلب": ("t-alep", "Aleppo", "city"),
    "دمشق": ("t-dam", "Damascus", "city"),
    "عرسال": ("t-ars", "Aarsal", "town"),
    "دوما": ("t-duma", "Douma", "town"),
    "جرود القلمون": ("t-qal", "Qalamoun barrens", "region"),
}

summary = partial(table_summary, places=PLACES, day=DAY, lat=33.5, lon=36.3)
claims_of = partial(table_claims, places=PLACES, day=DAY, lat=33.5, lon=36.3)


def families(text: str) -> set[str]:
    return {action for action, _ in summary(text)}


# --------------------------------------------------------------------------- going out «من» a place
@pytest.mark.parametrize("text", [
    "خرجت القوات الحكومية من مقراتها في حمص للمشاركة في العرض العسكري.",
    "خرج الجيش السوري من المعركة منتصرا في حلب.",
    "خرج الجيش السوري من الأزمة أقوى في حلب.",
    "خرجت قوات النظام من ثكناتها في بلدة المليحة لتأمين الطريق.",
])
def test_going_out_of_something_else_is_no_withdrawal_from_a_later_place(text):
    assert "withdrew" not in families(text)


@pytest.mark.parametrize("text, place", [
    ("وخرجت قوات التحالف من بلدة المليحة صباح اليوم.", "t-mlei"),
    ("وقال إن عناصر التنظيم خرجوا من جرود القلمون فجر اليوم.", "t-qal"),
    ("خرج الجيش التركي من أطراف مدينة حلب أمس.", "t-alep"),
])
def test_the_place_right_after_min_is_still_left(text, place):
    assert ("withdrew", place) in summary(text)


# --------------------------------------------------------------------------- free of the enemy
@pytest.mark.parametrize("text", [
    "مدينة عرسال باتت خالية من عناصر الإغاثة.",
    "وقال المسؤول إن بلدة دوما باتت خالية من عناصر الهلال الأحمر.",
    "أصبحت بلدة المليحة خالية من عناصر الدفاع المدني بعد انسحابهم.",
])
def test_free_of_unarmed_members_is_no_capture(text):
    assert "captured" not in families(text)


def test_free_of_isis_members_is_still_a_capture():
    assert ("captured", "t-duma") in summary("وأعلن الجيش أن بلدة دوما باتت خالية من عناصر داعش.")


# --------------------------------------------------------------------------- pouring fire
@pytest.mark.parametrize("text", [
    "صب الإعلام حممه على الحكومة في دمشق.",
    "وصب المعارضون حممهم على الوزير في حلب.",
    "صبت الصحيفة حممها على المسؤولين في بلدة المليحة.",
])
def test_figurative_pouring_of_fire_is_no_airstrike(text):
    assert "airstrike" not in families(text)


@pytest.mark.parametrize("text, place", [
    ("وصبت الطائرات الحربية حممها على بلدة المليحة.", "t-mlei"),
    ("صب الطيران الروسي حممه على مدينة دوما.", "t-duma"),
])
def test_aircraft_pouring_fire_is_still_an_airstrike(text, place):
    assert ("airstrike", place) in summary(text)


# --------------------------------------------------------------------------- evacuation under a deal
@pytest.mark.parametrize("text", [
    "وخرج بموجب الاتفاق نحو 300 من مسلحي داعش من بلدة عرسال.",
    "وتم التوصل إلى اتفاق خرج بموجبه نحو 275 من عناصر داعش من بلدة عرسال.",
])
def test_fighters_leaving_under_a_named_deal_withdrew(text):
    assert [(c.action, c.place_id, c.actor) for c in claims_of(text) if c.action == "withdrew"] == [
        ("withdrew", "t-ars", "ISIS")]
