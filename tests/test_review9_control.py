"""Review 9 near misses of the control-claim rules, each beside the cases the rule was written for:

- a threat noun («تهديد/تهديدات») is an intent only with a «ب» complement naming the act threatened
  («تهديد النظام باقتحام X»); a threat posed («جاءت تهديدات أنقرة بعد سيطرة …») leaves a past capture;
- a movement verb glued to «و» shares the civilian subject of its clause's first verb also when that
  clause opens the text;
- the singular «حافلة» makes «انطلقت/خرجت» a withdrawal only as the verb's subject, and not when it
  carries civilians («وعلى متنها جرحى ومرضى»);
- a road the trigger moves on («على الطريق الواصل إلى مدينة X») names no place of the claim also with
  the subject in between or the trigger's own «على».

Sentences written for these tests (the reviewer's probes and a few more).
"""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import pipeline_claims


def _claims(text: str, gazetteer) -> list[tuple[str, str, str]]:
    return pipeline_claims(gazetteer, text, dt.date(2017, 9, 10))


@pytest.mark.parametrize("text, claim", [
    ("جاءت تهديدات أنقرة بعد سيطرة الوحدات الكردية على مطار منغ.", ("YPG", "captured", "Menagh Military Airbase")),
    ("وأثار تهديد التنظيم قلق الأهالي بعد أن سيطر على قرية الشولا.", ("ISIS", "captured", "al-Shola")),
])
def test_threat_posed_leaves_a_past_capture(text, claim, gazetteer):
    assert claim in _claims(text, gazetteer)


@pytest.mark.parametrize("text", [
    "وأبرم الاتفاق مساء الجمعة بعد تهديد النظام باقتحام جيرود.",
    "وسط تهديد تركي باقتحام عفرين.",
    "وجددت أنقرة تهديداتها بالسيطرة على مدينة منبج.",
])
def test_threat_to_act_is_an_intent(text, gazetteer):
    assert not [c for c in _claims(text, gazetteer) if c[1] in ("captured", "entered", "advanced")]


@pytest.mark.parametrize("text", [
    "خرجت مئات العائلات من الأحياء الشرقية ووصلت إلى حي الشيخ مقصود.",
    "غادرت العائلات بلدة الفوعة ودخلت إلى مدينة حلب.",
])
def test_coordinated_verb_of_civilians_at_the_text_start(text, gazetteer):
    assert not [c for c in _claims(text, gazetteer) if c[1] == "entered"]


def test_coordinated_verb_of_an_armed_subject_at_the_text_start(gazetteer):
    claims = _claims("سيطرت قوات الجيش على بلدة عقيربات ودخلت إلى مدينة السخنة.", gazetteer)
    assert ("Syrian Army", "entered", "As Sukhnah") in claims


@pytest.mark.parametrize("text", [
    "انفجرت عبوة بحافلة مدنية ثم انطلقت من حي الوعر سيارات الإسعاف.",
    "وكانت أول حافلة قد خرجت من مضايا مساء أمس وعلى متنها جرحى ومرضى.",
    "صعد الركاب إلى حافلة النقل العام ثم خرجت من مدينة حمص سيارة إسعاف.",
])
def test_a_bus_that_is_not_the_subject_or_carries_civilians(text, gazetteer):
    assert not [c for c in _claims(text, gazetteer) if c[1] == "withdrew"]


@pytest.mark.parametrize("text", [
    "وقالت مصادر معارضة إن نحو 20 حافلة انطلقت من بلدة الرحيبة باتجاه مدينة جرابلس.",
    "وكانت أول حافلة قد خرجت من مضايا مساء أمس وعلى متنها مسلحون من جبهة النصرة.",
    "وكانت الحافلات قد انطلقت مساء الاثنين من حي الوعر.",
])
def test_a_bus_as_the_subject_is_a_withdrawal(text, gazetteer):
    assert [c for c in _claims(text, gazetteer) if c[1] == "withdrew"]


@pytest.mark.parametrize("text", [
    "سيطرت القوات على الطريق الواصل إلى مدينة السخنة.",
    "تقدمت القوات على الطريق الواصل إلى مدينة دير الزور.",
    "سيطرت على الطريق الواصل إلى مدينة السخنة.",
])
def test_road_moved_on_names_no_place(text, gazetteer):
    assert not [c for c in _claims(text, gazetteer) if c[1] in ("captured", "advanced", "entered")
                and c[2] in ("As Sukhnah", "Deir ez-Zor")]


def test_road_further_off_still_locates_the_object(gazetteer):
    claims = _claims("سيطرت القوات على التلال المشرفة على الطريق المؤدي إلى بلدة السخنة.", gazetteer)
    assert any(c[2] == "As Sukhnah" for c in claims)
