"""Review 5, expected / lasting / demanded control: an expectation predicate of the next clause
cancels no capture, a cause word before a fresh capture («مجددا», «المفاجئة») frames no lasting
state, an approach verb with its subject before «من» makes the control noun expected, and a control
noun governed by a demand verb («طالب ب», «دعا إلى») is demanded, not done. Near misses and recall."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_places import pipeline_summary

DAY = dt.date(2017, 9, 10)


@pytest.fixture(scope="module")
def run(gazetteer):
    return partial(pipeline_summary, gazetteer=gazetteer, day=DAY)


def captured(found: list[tuple[str, str, str]]) -> set[str]:
    return {p for a, p, _c in found if a in ("captured", "secured")}


# --------------------------------------------------------------------------- 2. predicates of the next clause
@pytest.mark.parametrize("text, place", [
    ("أعلن الجيش السوري السيطرة على بلدة عقيربات وسط توقعات بهجوم وشيك على دير الزور.", "‘Uqayribāt"),
    ("أكدت القيادة العامة تحرير بلدة عقيربات بشكل كامل وأن دخول مدينة السخنة بات قريبا.", "‘Uqayribāt"),
    ("أعلنت القوات العراقية تحرير قضاء تلعفر بالكامل وأصبح تحرير الحويجة مسألة وقت.", "Tal Afar"),
    ("بعد السيطرة على بلدة عقيربات يتوقع المراقبون هجوما وشيكا على مدينة السخنة.", "‘Uqayribāt"),
    ("أعلن الجيش السيطرة على بلدة عقيربات وسط حديث عن عملية وشيكة في السخنة.", "‘Uqayribāt"),
])
def test_a_predicate_of_the_next_clause_keeps_the_capture(run, text, place):
    assert place in captured(run(text))


@pytest.mark.parametrize("text", [
    "وبات تحرير بلدة عقيربات وشيكا بحسب المصدر.",
    "تحدث القائد عن التحرير الوشيك لمدينة الرقة.",
    "باتت السيطرة على البوكمال مسألة وقت.",
    "قال المسؤول إن القضاء على آخر معاقل التنظيم في الميادين بات قريبا.",
])
def test_an_expectation_of_the_noun_itself_still_blocks(run, text):
    assert captured(run(text)) == set()


def test_the_expected_second_capture_goes_the_done_first_stays(run):
    found = captured(run("سيطر الجيش على بلدة عقيربات، وبات تحرير الميادين قريبا."))
    assert found == {"‘Uqayribāt"}


# --------------------------------------------------------------------------- 5. fresh captures after a cause word
@pytest.mark.parametrize("text", [
    "نزح آلاف المدنيين من بلدة القريتين بسبب سيطرة داعش عليها مجددا.",
    "قتل عشرات الجنود نتيجة سيطرة داعش المفاجئة على بلدة القريتين.",
    "تضررت المدارس في القريتين بسبب سيطرة داعش عليها مؤخرا.",
])
def test_a_fresh_capture_after_a_cause_word_stays(run, text):
    assert "Al Qaryatayn" in captured(run(text))


@pytest.mark.parametrize("text", [
    "تضررت صوامع الحبوب في منبج بسبب سيطرة التنظيم عليها.",
    "ودمرت المدارس في بلدة عقيربات خلال فترة سيطرة التنظيم الأخيرة عليها.",
])
def test_a_lasting_state_still_blocks(run, text):
    assert captured(run(text)) == set()


# --------------------------------------------------------------------------- 6. approach verb, subject, «من»
@pytest.mark.parametrize("text", [
    "اقتربت قوات سوريا الديمقراطية من السيطرة الكاملة على مدينة الرقة.",
    "تقترب القوات العراقية من استعادة قضاء تلعفر بالكامل.",
    "يقترب الجيش السوري من السيطرة على مدينة دير الزور.",
])
def test_an_approach_verb_with_its_subject_makes_the_capture_expected(run, text):
    assert captured(run(text)) == set()


@pytest.mark.parametrize("text, place", [
    ("وتمكنت الوحدات من السيطرة على مدينة الميادين صباح اليوم.", "Al Mayādīn"),
    ("اقتربت القوات من مدينة الميادين بعد سيطرتها على بلدة عقيربات.", "‘Uqayribāt"),
    ("اقتربت قوات الجيش من مدينة الميادين، وتمكنت من السيطرة على بلدة عقيربات.", "‘Uqayribāt"),
])
def test_a_capture_in_another_clause_than_the_approach_stays(run, text, place):
    assert place in captured(run(text))


# --------------------------------------------------------------------------- 12 and the old siege error: demands
@pytest.mark.parametrize("text", [
    "طالبت الحكومة السورية بإنهاء وجود القوات التركية في مدينة عفرين.",
    "دعا الرئيس الروسي إلى إنهاء وجود القوات الأمريكية في منطقة التنف.",
    "دعت الأمم المتحدة إلى فك الحصار الذي يفرضه تنظيم داعش على مدينة دير الزور.",
    "طالبت الحكومة السورية بانسحاب القوات التركية من مدينة عفرين.",
])
def test_a_demanded_control_event_is_no_claim(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, action, place", [
    ("سيطرت قوات النظام على بلدة عقيربات، فيما طالبت المعارضة بفتح ممرات إنسانية.", "captured", "‘Uqayribāt"),
    ("دعت الأمم المتحدة إلى حماية المدنيين بعد سيطرة داعش على بلدة القريتين.", "captured", "Al Qaryatayn"),
    ("طالبت المعارضة بوقف القصف على مدينة دوما.", "shelled", "Dūmā"),
    ("تقدمت وحدات الجيش لفك الحصار عن مطار دير الزور العسكري.", "advanced", "Deir ez-Zor Airport"),
])
def test_events_beside_a_demand_stay(run, text, action, place):
    assert (action, place) in {(a, p) for a, p, _c in run(text)}
