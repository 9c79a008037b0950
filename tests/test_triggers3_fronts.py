"""Triggers, third round (outlets corpus classes): light words inside split triggers (a whole VSO
subject, a date), a preposition inside a nominal form, «فقد» read as «ف + قد», meeting verbs with a
military subject, munitions after a launch verb, bare «طلعة», clause breaks of consequence, strike
metaphors, terms of a deal, subjunctive clauses, referenced talks, signed agreements, bus
evacuations, «منذ عام 2012» and a siege's duration.

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims (and geo.dates) are exercised. Each class has positive cases and near misses.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_summary
from geo.dates import find_date_expressions

DAY = dt.date(2017, 9, 13)  # Wednesday

PLACES = {
    "دير الزور": ("t-dez", "Deir ez-Zor", "city"),
    "تل الصوان": ("t-sawan", "Tal al-Sawan", "hill"),
    "كفرنبودة": ("t-kafr", "Kafr Nabuda", "town"),
    "المليحة": ("t-mlei", "Al-Mleiha", "town"),
    "السخنة": ("t-sukh", "Al-Sukhnah", "town"),
    "عرسال": ("t-ars", "Arsal", "town"),
    "القاهرة": ("t-cai", "Cairo", "city"),
    "جنيف": ("t-gen", "Geneva", "city"),
    "إدلب": ("t-idl", "Idlib", "city"),
    "الموصل": ("t-mos", "Mosul", "city"),
}


claims_of = partial(table_claims, places=PLACES, day=DAY, lat=34.5, lon=38.3)
summary = partial(table_summary, places=PLACES, day=DAY, lat=34.5, lon=38.3)


# --------------------------------------------------------------------------- light words in a gap
@pytest.mark.parametrize("text, expected", [
    # a whole VSO subject and a day adverb inside «كسرت … الحصار»
    ("فكت وحدات من الجيش العربي السوري والقوات الحليفة صباح اليوم الحصار عن مدينة دير الزور.",
     [("siege_broken", "t-dez")]),
    # a dated adverb inside a nominal trigger («سيطرة الجيش يوم الأحد الماضي على»)
    ("جاء ذلك بعد سيطرة القوات يوم الأحد الماضي على تل الصوان.", [("captured", "t-sawan")]),
    # a parenthetical inside «التوصل … إلى اتفاق»
    ("أعلن الطرفان التوصل، بوساطة روسية، إلى اتفاق في القاهرة.", [("negotiation", "t-cai")]),
])
def test_light_words_inside_a_split_trigger(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text", [
    # heavy words: the noun «الحصار» is not the object of a far «فك»
    "فكت الأسر المهجرة رحالها في مخيمات قريبة من الحدود بعد أن أنهكها الحصار على دير الزور.",
])
def test_heavy_words_still_limit_a_gap(text):
    assert ("siege_broken", "t-dez") not in summary(text)


def test_the_date_inside_the_gap_dates_the_claim():
    claims = claims_of("جاء ذلك بعد سيطرة القوات يوم الأحد الماضي على تل الصوان.")
    assert [c.event_date for c in claims] == [dt.date(2017, 9, 10)]


# --------------------------------------------------------------------------- «فقد» = ف + قد
def test_fa_qad_before_a_verb_is_no_loss():
    assert summary("أما الجيش، فقد عزز انتشاره على أطراف بلدة عرسال.") == []


@pytest.mark.parametrize("text", [
    "وقال المصدر إن التنظيم فقد السيطرة على عرسال.",
    "وفقد الجيش مواقعه في السخنة.",
])
def test_lost_stays_a_withdrawal(text):
    assert [a for a, _ in summary(text)] == ["withdrew"]


# --------------------------------------------------------------------------- meetings
def test_troops_meeting_troops_is_no_negotiation():
    assert summary("بعد أن التقت القوات المتقدمة بحامية المطار في دير الزور.") == []


@pytest.mark.parametrize("text", [
    "التقى وفد المعارضة بمسؤولين روس في جنيف.",
    "اجتمع وزير الخارجية بنظيره في القاهرة.",
])
def test_delegations_meeting_stay_talks(text):
    assert [a for a, _ in summary(text)] == ["negotiation"]


# --------------------------------------------------------------------------- munitions, sorties, metaphors
def test_a_launch_verb_fires_its_munition():
    assert summary("أطلقت السفينة صباح اليوم صواريخ مجنحة على مواقع التنظيم في السخنة.") == \
        [("missile_strike", "t-sukh")]


def test_a_launched_operation_for_a_goal_is_still_an_attack():
    assert summary("أطلق الجيش معركة لتحرير السخنة.") == [("attacked", "t-sukh")]


def test_a_bare_sortie_then_its_target_is_an_airstrike():
    assert [a for a, _ in summary("نفذت المقاتلات 20 طلعة استهدفت مواقع التنظيم في السخنة.")] == ["airstrike"]


def test_a_blow_received_is_a_metaphor():
    assert summary("وهي أقسى ضربة تلقاها التنظيم منذ خسارته مدينة الموصل.") == []


def test_a_real_strike_noun_stays():
    assert [a for a, _ in summary("شن الطيران ضربة قوية على السخنة.")] == ["airstrike"]


def test_a_consequence_clause_ends_the_object():
    assert summary("ودمرت الطائرات جسراً، ما أجبر الرتل على التوقف قرب السخنة.") == []


# --------------------------------------------------------------------------- terms, conditions, references
@pytest.mark.parametrize("text", [
    "وتوصل الطرفان إلى اتفاق يقضي بخروج المسلحين من بلدة عرسال.",
    "على أن يتجه المسلحون إلى الشمال وتدخل وحدات الجيش بعدها إلى كفرنبودة.",
    "وسيبقى الوضع كذلك إلى أن يدخلها الجيش في كفرنبودة.",
    "مع توقعات بوصولها إلى دير الزور خلال أيام.",
    "وقال إن الهدف الحقيقي للانتشار هو تطويق كفرنبودة.",
])
def test_terms_conditions_and_expectations_are_no_events(text):
    assert [a for a, _ in summary(text) if a != "negotiation"] == []


@pytest.mark.parametrize("text, expected", [
    # carried-out terms (past tense) stay an event
    ("وكان الاتفاق قد نص على انسحاب المسلحين من عرسال.", [("withdrew", "t-ars")]),
    # a deal that provides for a zone is the zone
    ("توصل الطرفان إلى اتفاق يقضي بإنشاء منطقة خفض التصعيد في إدلب.", [("zone_established", "t-idl")]),
    # «أكد على أن» + a past verb is reported speech, not a condition
    ("أكد الوزير على أن الجيش سيطر على عرسال.", [("captured", "t-ars")]),
])
def test_near_misses_of_terms_stay(text, expected):
    assert summary(text) == expected


def test_talks_named_as_a_reference_are_no_meeting():
    assert summary("وأكد رفضه أي مسار بديل عن مفاوضات جنيف.") == []


@pytest.mark.parametrize("text", [
    "وجاء ذلك تنفيذاً للاتفاق الذي وقع في القاهرة.",
    "ووقع ممثلو البلدات اتفاقات في القاهرة.",
])
def test_signed_agreements_are_talks(text):
    assert summary(text) == [("negotiation", "t-cai")]


def test_buses_leaving_are_an_evacuation():
    assert summary("وانطلقت الحافلات مساء أمس من عرسال باتجاه الشمال.") == [("withdrew", "t-ars")]


# --------------------------------------------------------------------------- dates
def test_since_a_named_year_is_that_year():
    (expr,) = find_date_expressions("تسيطر عليها الفصائل منذ عام 2012.", DAY)
    assert (expr.date, expr.precision) == (dt.date(2012, 1, 1), "year")


def test_since_a_year_is_still_a_year_ago():
    (expr,) = find_date_expressions("انسحبوا منها منذ عام تقريبا.", DAY)
    assert expr.date == dt.date(2016, 9, 13)


def test_a_siege_duration_does_not_date_the_break():
    claims = claims_of("وفتح الجيش يوم الثلاثاء ممراً إلى دير الزور، بعد أن فك حصاراً فرضه التنظيم عليها "
                       "منذ نحو ثلاث سنوات.")
    assert [(c.action, c.event_date) for c in claims] == [("siege_broken", dt.date(2017, 9, 12))]
