"""Claim triggers, blocking and action refinement on failure classes found on other fronts.

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims is exercised. Each class has positive cases and near misses that must not change.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_summary
from geo.claims import find_triggers
from geo.lexicon import normalize

DAY = dt.date(2017, 9, 13)  # Wednesday

PLACES = {
    "كفرسوسة": ("t-kafr", "Kafr Sousa", "town"),
    "المليحة": ("t-mlei", "Al-Mleiha", "town"),
    "عين الفيجة": ("t-feij", "Ain al-Fijeh", "village"),
    "حي القدم": ("t-qadam", "Qadam", "neighbourhood"),
    "عمان": ("t-amman", "Amman", "city"),
    "القاهرة": ("t-cairo", "Cairo", "city"),
    "جرود القلمون": ("t-qal", "Qalamoun barrens", "region"),
    "حقل الشاعر": ("t-shaer", "Shaer field", "oil_field"),
}


claims_of = partial(table_claims, places=PLACES, day=DAY, lat=33.5, lon=36.3, countries={"t-amman": "JO", "t-cairo": "EG"})
summary = partial(table_summary, places=PLACES, day=DAY, lat=33.5, lon=36.3, countries={"t-amman": "JO", "t-cairo": "EG"})


def actions_of(text: str) -> list[str]:
    return [t.form.action for t in find_triggers(normalize(text))]


# --------------------------------------------------------------------------- missing trigger forms
@pytest.mark.parametrize("text, expected", [
    # a pronoun suffix on the first word of a multi-word noun («العمليات العسكرية» → «عملياتها العسكرية»)
    ("تابعت قوات النظام عملياتها العسكرية ضد المسلحين في بلدة المليحة.", ("attacked", "t-mlei")),
    ("وكثف الجيش قصفه المدفعي على بلدة المليحة.", ("shelled", "t-mlei")),
    # a hamza on its seat before a suffix («لقاء» → «لقائهم»)
    ("وجاء الإعلان بعد لقائهم في القاهرة أمس.", ("negotiation", "t-cairo")),
    # duals of munitions and strikes
    ("وأدى سقوط قذيفتين على بلدة المليحة إلى أضرار.", ("shelled", "t-mlei")),
    ("نفذت الطائرات غارتين على بلدة المليحة.", ("airstrike", "t-mlei")),
    # leaving a place
    ("وقال إن عناصر التنظيم غادروا جرود القلمون فجر اليوم.", ("withdrew", "t-qal")),
    # an exchange of fire, the subjects inside the verbal phrase
    ("تبادلت قوات النظام وفصائل المعارضة إطلاق النار في بلدة المليحة.", ("attacked", "t-mlei")),
    # a car bomb
    ("قتل ثلاثة عناصر بتفجير سيارة مفخخة عند مدخل بلدة المليحة.", ("attacked", "t-mlei")),
    # an indefinite ceasefire with «ل»
    ("أعلنت الأطراف وقفاً للأعمال القتالية في بلدة المليحة.", ("other", "t-mlei")),
    # signing an agreement, a meeting
    ("جرى توقيع اتفاق في القاهرة بين الطرفين.", ("negotiation", "t-cairo")),
    ("التقى وفد من المعارضة مسؤولين أردنيين في عمان لبحث الوضع.", ("negotiation", "t-amman")),
    # reinforcements sent to a front, the subject inside
    ("دفع الجيش يوم الثلاثاء بتعزيزات جديدة إلى بلدة المليحة.", ("advanced", "t-mlei")),
    # a failed infiltration attempt still is an attack
    ("حاولت عناصر التنظيم التسلل نحو بلدة المليحة فجر اليوم.", ("attacked", "t-mlei")),
    # heading for a place
    ("وتتجه الفصائل حالياً نحو حقل الشاعر.", ("advanced", "t-shaer")),
])
def test_missing_trigger_forms(text, expected):
    assert expected in summary(text)


@pytest.mark.parametrize("text", [
    "وتتجه الأنظار بعد ذلك إلى بلدة المليحة.",  # attention, not movement
    "ضرب الزلزال بلدة المليحة أمس.",  # «ضرب» strikes only with an aircraft subject
    "وبحسب الاتفاق، يخرج المسلحون إلى جرود القلمون.",  # a bare «الاتفاق» refers back
])
def test_near_misses_of_new_forms(text):
    assert not [a for a, _ in summary(text) if a in ("advanced", "attacked", "airstrike", "negotiation")]


def test_the_hamza_seat_needs_a_suffix():
    assert "negotiation" not in actions_of("لقاي في القاهرة")
    assert "negotiation" in actions_of("لقاؤه في القاهرة")


# --------------------------------------------------------------------------- aircraft subjects
@pytest.mark.parametrize("text", [
    "استهدف الطيران الحربي تجمعات المسلحين في بلدة المليحة.",  # VSO
    "وقال البيان إن طائراته دمرت مستودعاً قرب بلدة المليحة.",  # SVO, a destruction verb
    "ضربت الطائرات الحربية مراكز قيادة في بلدة المليحة.",
    "وقتل مدنيون في ضربات التحالف على بلدة المليحة.",  # the coalition as the agent of strikes
])
def test_strikes_with_an_aircraft_subject_are_airstrikes(text):
    assert ("airstrike", "t-mlei") in summary(text)


@pytest.mark.parametrize("text, expected", [
    ("استهدفت قوات النظام تجمعات المسلحين في بلدة المليحة.", "attacked"),
    ("دمرت وحدات الجيش أوكاراً للمسلحين في بلدة المليحة.", "attacked"),
    ("وتعرضت بلدة كفرسوسة لغارات، فيما طال القصف المدفعي بلدة المليحة.", "shelled"),
])
def test_ground_subjects_stay_ground_attacks(text, expected):
    assert (expected, "t-mlei") in summary(text)


# --------------------------------------------------------------------------- launched operations
@pytest.mark.parametrize("text", [
    "أطلق الجيش أمس عملية واسعة لتحرير بلدة المليحة.",
    "وكانت الفصائل قد شنت أكثر من عشر محاولات لاقتحام بلدة المليحة خلال الشهر الماضي.",
    "ضمن المعركة التي أطلقها الجيش فجر أمس لاستعادة بلدة المليحة.",
])
def test_a_launched_operation_is_an_attack_on_its_goal(text):
    assert summary(text) == [("attacked", "t-mlei")]


@pytest.mark.parametrize("text", [
    "يعتزم الجيش إطلاق عملية لتحرير بلدة المليحة.",  # intended, not launched
    "ستطلق القوات معركة لاستعادة بلدة المليحة الأسبوع المقبل.",  # future
    "تحاول القوات اقتحام بلدة المليحة منذ أيام.",  # present attempt: intent
])
def test_intended_operations_stay_blocked(text):
    assert summary(text) == []


def test_setting_out_from_a_place_is_no_intent():
    text = "وقال إن مسلحين انطلقوا من بلدة كفرسوسة وهاجموا أمس مواقع للجيش قرب بلدة المليحة."
    assert ("attacked", "t-mlei") in summary(text)


# --------------------------------------------------------------------------- purpose clauses
@pytest.mark.parametrize("text", [
    "بدأ الجيش عملية على محور كفرسوسة لتأمين العاصمة من قذائف المسلحين في بلدة المليحة.",
    "وجاء الهجوم لوقف تقدم الجيش في بلدة المليحة.",
    "وأرسلت الفصائل مقاتلين لإبعاد خطر القصف عن بلدة المليحة.",
])
def test_purpose_clauses_are_no_events(text):
    assert all(place != "t-mlei" for _, place in summary(text))


# --------------------------------------------------------------------------- truces already in force
def test_a_breached_truce_is_no_new_truce_and_the_verbal_noun_carries_the_event():
    text = "وخرقت قوات النظام اتفاق وقف إطلاق النار باستهداف بلدة المليحة بالصواريخ."
    got = summary(text)
    assert ("attacked", "t-mlei") in got and not [a for a, _ in got if a == "other"]


def test_an_exploited_truce_is_no_claim():
    assert summary("ويتهم ناشطون النظام بأنه يستغل الهدنة لحشد قواته قرب بلدة المليحة.") == []


def test_a_new_truce_is_still_a_claim():
    assert ("other", "t-mlei") in summary("أعلن الطرفان هدنة في بلدة المليحة اعتباراً من اليوم.")


# --------------------------------------------------------------------------- states, not events
@pytest.mark.parametrize("text", [
    "ويسيطر التنظيم على بلدة المليحة منذ سنوات.",  # a present-tense standing state
    "تتقاسم الفصائل وقوات النظام السيطرة على بلدة المليحة.",  # shared control
    "وقال إن الجيش هو الذي تحمل العبء الأكبر في تحرير بلدة المليحة.",  # credit, not an event
])
def test_standing_states_are_no_captures(text):
    assert [a for a, _ in summary(text) if a == "captured"] == []


@pytest.mark.parametrize("text", [
    "سيطرت الفصائل أمس على بلدة المليحة.",
    "وتسيطر قوات النظام اليوم الأربعاء على بلدة المليحة بعد معارك عنيفة.",  # dated: an event
])
def test_dated_captures_stay_captures(text):
    assert ("captured", "t-mlei") in summary(text)


def test_part_of_a_place_is_an_advance():
    assert summary("سيطرت القوات أمس على أجزاء واسعة من حي القدم.") == [("advanced", "t-qadam")]
    assert summary("خسر التنظيم سيطرته على أكثر من نصف حي القدم.") == [("withdrew", "t-qadam")]


# --------------------------------------------------------------------------- negation scope
def test_inability_negates_a_verbal_noun_a_few_words_on():
    assert summary("تواصل القوات هجماتها دون أن تتمكن حتى الآن من تحقيق أي تقدم في حي القدم.") == []
    assert ("advanced", "t-qadam") in summary("وحققت القوات تقدماً في حي القدم بعد أن تمكنت من فتح ثغرة.")


# --------------------------------------------------------------------------- verbal nouns spelled like verbs
def test_expelling_is_a_goal_with_a_preposition_and_the_verb_bare():
    text = "في اليوم الثاني للعملية التي أطلقها الجيش فجر أمس لطرد المسلحين من جرود القلمون."
    assert summary(text) == [("attacked", "t-qal")]
    assert [t.form.action for t in find_triggers(normalize("طرد الجيش المسلحين من بلدة المليحة"))] == ["repelled"]


def test_a_bare_shelling_noun_keeps_its_agent():
    (claim,) = claims_of("قتل مدنيان في قصف لقوات النظام على بلدة المليحة.")
    assert (claim.action, claim.actor) == ("shelled", "Syrian Army")


def test_ongoing_battles_for_a_place_are_attacks():
    assert ("attacked", "t-mlei") in summary("وقال إن المعارك مستمرة لتحرير بلدة المليحة.")


# --------------------------------------------------------------------------- clause ends and likelihood
def test_a_reported_clause_does_not_lend_its_place():
    text = "وقال إن الفصائل فضلت الانسحاب تجنبا للدماء، مشيرا إلى أن مقاتليها سيتجمعون في بلدة المليحة."
    assert summary(text) == []


def test_a_likely_movement_is_no_advance():
    assert summary("ومن المرجح أن تتجه الوحدات خلال الأيام المقبلة نحو بلدة المليحة.") == []


def test_air_support_is_not_an_aircraft_subject():
    text = "وهاجمت الفصائل بدعم من الطيران الحربي مواقع التنظيم في بلدة المليحة."
    assert ("attacked", "t-mlei") in summary(text)
    text = "الفصائل بدعم من طيران التحالف هاجمت مواقع التنظيم في بلدة المليحة."
    assert ("attacked", "t-mlei") in summary(text)
