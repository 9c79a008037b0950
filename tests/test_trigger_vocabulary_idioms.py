"""Trigger vocabulary for events told by idioms or uncommon verbs and nouns: forces going out of a
place, the launch of a campaign to take a place, aircraft that «pour their
fire» on a place, a place left free of the enemy.

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims is exercised. Each form has positive cases and near misses from ordinary news
(politics, sport, aid, health) where its cue word means something else.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_summary

DAY = dt.date(2017, 9, 13)  # Wednesday

PLACES = {
    "المليحة": ("t-mlei", "Al-Mleiha", "town"),
    "كفرسوسة": ("t-kafr", "Kafr Sousa", "town"),
    "حي القدم": ("t-qadam", "Qadam", "neighbourhood"),
    "جرود القلمون": ("t-qal", "Qalamoun barrens", "region"),
    "قاعدة الضمير": ("t-base", "Dumayr base", "airbase"),
    "الغوطة الشرقية": ("t-ghouta", "Eastern Ghouta", "region"),
}

summary = partial(table_summary, places=PLACES, day=DAY, lat=33.5, lon=36.3)
claims_of = partial(table_claims, places=PLACES, day=DAY, lat=33.5, lon=36.3)


def families(text: str) -> set[str]:
    return {action for action, _ in summary(text)}


# --------------------------------------------------------------------------- going out of a place
@pytest.mark.parametrize("text, actor", [
    ("وخرجت قوات التحالف من بلدة المليحة صباح اليوم.", "US-led coalition"),
    ("وقال إن عناصر التنظيم خرجوا من جرود القلمون فجر اليوم.", "ISIS"),
    ("خرج الجيش التركي من بلدة المليحة أمس.", "Turkey"),
])
def test_armed_forces_going_out_of_a_place_withdrew(text, actor):
    claims = [c for c in claims_of(text) if c.action == "withdrew"]
    assert claims and claims[0].actor == actor


def test_an_evacuation_phrase_still_beats_its_verb():
    claims = claims_of("وتم التوصل إلى اتفاق خرج بموجبه نحو 275 من عناصر داعش من بلدة المليحة.")
    assert [(c.action, c.place_id, c.actor) for c in claims if c.action == "withdrew"] == [
        ("withdrew", "t-mlei", "ISIS")]


@pytest.mark.parametrize("text", [
    "خرج المتظاهرون من الجامع في بلدة المليحة.",  # a rally
    "خرج الوزير من الاجتماع في بلدة المليحة غاضباً.",  # politics
    "خرج آلاف المدنيين من بلدة المليحة أمس.",  # civilians
    "وخرجت في بلدة المليحة مظاهرات حاشدة من أمام الجامع.",  # demonstrations, no side
    "وخرجت من بلدة المليحة أمس قافلة مساعدات.",  # an aid convoy
    "خرج الفريق من البطولة بعد خسارته في بلدة المليحة.",  # sport
    "خرجت الأوضاع عن السيطرة في بلدة المليحة.",  # no «من»
    "وخرجت المقاتلات من قاعدة الضمير لتنفيذ مهامها.",  # aircraft sortie, no side named
])
def test_going_out_without_an_armed_side_is_no_withdrawal(text):
    assert "withdrew" not in families(text)


# --------------------------------------------------------------------------- launching a campaign
@pytest.mark.parametrize("text", [
    "وأعلن الجيش بدء معركة استعادة بلدة المليحة فجر اليوم.",
    "أعلن القائد العام انطلاق عمليات تحرير بلدة المليحة.",
])
def test_the_launch_of_a_campaign_to_take_a_place_is_an_attack_on_it(text):
    assert ("attacked", "t-mlei") in summary(text)


@pytest.mark.parametrize("text", [
    "أعلنت الحكومة بدء عمليات الإغاثة في بلدة المليحة.",  # aid
    "بدء معركة انتخابية حامية في بلدة المليحة.",  # an election
    "أعلنت الوزارة انطلاق عمليات التصويت في بلدة المليحة.",  # a vote
    "يعتزم الجيش بدء معركة استعادة بلدة المليحة الأسبوع المقبل.",  # intended
])
def test_launch_words_without_a_military_goal_are_no_attack(text):
    assert "attacked" not in families(text)


# --------------------------------------------------------------------------- aircraft pouring fire
def test_aircraft_pouring_their_fire_on_places_is_an_airstrike():
    found = summary("وصبت الطائرات الحربية حممها على بلدتي المليحة وكفرسوسة.")
    assert ("airstrike", "t-mlei") in found and ("airstrike", "t-kafr") in found


@pytest.mark.parametrize("text", [
    "صب الوزير جام غضبه على المعارضة في بلدة المليحة.",
    "وصبت الأمطار الغزيرة على بلدة المليحة أمس.",
])
def test_pouring_without_fire_is_no_strike(text):
    assert "airstrike" not in families(text)


# --------------------------------------------------------------------------- free of the enemy
@pytest.mark.parametrize("text", [
    "وقال المحافظ إن حي القدم بات خالياً من السلاح والمسلحين.",
    "وأعلن الجيش أن بلدة المليحة باتت خالية تماماً من الإرهابيين.",
])
def test_a_place_left_free_of_the_enemy_is_captured(text):
    assert "captured" in families(text)


@pytest.mark.parametrize("text", [
    "باتت بلدة المليحة خالية من السكان بعد موجة النزوح.",
    "أصبح سوق حي القدم خالياً من الزبائن.",
    "بات حي القدم خالياً من الكهرباء منذ أسبوع.",
    "أعلنت الصحة أن بلدة المليحة باتت خالية من الكوليرا.",
])
def test_a_place_free_of_something_else_is_no_capture(text):
    assert "captured" not in families(text)


def test_the_place_free_of_the_enemy_is_the_head_of_its_locative_chain():
    found = summary("وأعلن الجيش أن حي القدم في بلدة المليحة باتت خالية من المسلحين.")
    assert ("captured", "t-qadam") in found and ("captured", "t-mlei") not in found
