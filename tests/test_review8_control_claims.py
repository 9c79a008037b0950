"""Review 8 narrowing of control claims (geo.claims):

- «كامل/جميع الأحياء» + an adjective («الشرقية») is a part of the town, not a whole-town capture;
- after «بعد/عقب/منذ», «طرد» is a capture only when an armed side follows within three words; other
  expulsions (organisations, reporters, players, residents, a glued pronoun) make no claim at all;
- returning displaced people («نازحي … إلى بلدتهم») are no withdrawal from their town;
- «السماح» is a demand only after a demand, refusal or delay word: «تم/جرى السماح … بدخول X» keeps the act;
- reaching the border with a neighbour is an advance only for a Syrian-theatre side named as subject, never
  for a neighbouring state's troops or a measure noun («بلغت قيمة الصادرات»).

Sentences from the review and written for these tests; places come from a small table.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_actions_on, table_summary

DAY = dt.date(2017, 9, 10)

PLACES = {
    "حلب": ("r-alp", "Aleppo", "city"),
    "الرقة": ("r-raq", "Raqqa", "city"),
    "إدلب": ("r-idl", "Idlib", "city"),
    "دمشق": ("r-dam", "Damascus", "city"),
    "حمص": ("r-homs", "Homs", "city"),
    "القصير": ("r-qus", "al-Qusayr", "town"),
    "حي الوعر": ("r-waer", "al-Waer", "neighbourhood"),
    "جرابلس": ("r-jar", "Jarabulus", "city"),
    "دوما": ("r-duma", "Duma", "city"),
    "جرود القلمون": ("r-qal", "Qalamoun barrens", "region"),
    "البوكمال": ("r-buk", "Abu Kamal", "city"),
    "الملعب البلدي": ("r-stad", "Municipal stadium", "landmark"),
    "صوران": ("r-sur", "Suran", "town"),
    "العراق": ("r-irq", "Iraq", "country"),
}
COUNTRIES = {"r-irq": "IQ"}

summary = partial(table_summary, places=PLACES, day=DAY, countries=COUNTRIES)


def actions_on(text: str, place: str) -> set[str]:
    return table_actions_on(text, place, PLACES, DAY, countries=COUNTRIES)


# -- finding 3: all the eastern quarters are a part of the town -------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("سيطرت قوات النظام على كامل الأحياء الشرقية في مدينة حلب.", "r-alp"),
    ("سيطرت قوات سوريا الديمقراطية على جميع الأحياء الغربية في مدينة الرقة.", "r-raq"),
    ("سيطرت قوات النظام على كافة الأحياء القديمة في مدينة حلب.", "r-alp"),
])
def test_all_quarters_with_an_adjective_are_a_part(text: str, place: str) -> None:
    assert "captured" not in actions_on(text, place)


def test_all_quarters_with_a_relative_clause_stay_the_town() -> None:
    text = "سيطرت قوات سوريا الديمقراطية على كامل الأحياء التي كانت خاضعة للتنظيم في مدينة الرقة."
    assert "captured" in actions_on(text, "r-raq")


# -- finding 4: «بعد طرد» needs an armed side ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وتدهور الوضع الإنساني بعد طرد المنظمات الدولية من إدلب العام الماضي.",
    "وانتقد الصحفيون السلطات بعد طرد مراسل قناة الجزيرة من دمشق.",
    "ويعيش الأهالي في المخيمات منذ طرد السكان من قراهم في ريف حمص.",
    "ونشرت الحكومة قواتها في الرقة بعد طردها منها قبل عامين.",
    "وكانت المدينة مقراً لقياداته بعد طرده من الرقة.",
])
def test_expulsion_of_no_armed_side_makes_no_claim(text: str) -> None:
    got = {action for action, _place in summary(text)}
    assert not got & {"captured", "repelled"}


@pytest.mark.parametrize("text, place", [
    ("أعلنت القوات سيطرتها على الرقة بعد طرد آخر عناصر التنظيم من الملعب البلدي.", "r-stad"),
    ("وعادت الحياة إلى بلدة صوران بعد طرد المسلحين منها.", "r-sur"),
    ("أعلنت القوات سيطرتها على الرقة بعد طرد آخر عناصره من الملعب البلدي.", "r-stad"),
    ("وعاد الأهالي إلى حلب بعد طرده عناصر داعش منها.", "r-alp"),
])
def test_expulsion_of_an_armed_side_stays_a_capture(text: str, place: str) -> None:
    assert "captured" in actions_on(text, place)


# -- finding 6: returning displaced people -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "دخلت الدفعة الأولى من نازحي بلدة القصير إلى بلدتهم بعد سنوات من التهجير.",
    "دخلت الدفعة الأولى من مهجري بلدة القصير إلى بلدتهم بعد سنوات.",
    "وصلت الدفعة الأولى من مهجري مدينة القصير إلى منازلهم.",
])
def test_returning_displaced_do_not_withdraw(text: str) -> None:
    assert "withdrew" not in actions_on(text, "r-qus")


def test_evacuee_convoy_still_withdraws() -> None:
    text = "وصلت القافلة الأخيرة من مهجري حي الوعر بمدينة حمص، فجر اليوم الاثنين، إلى مخيم قرب جرابلس."
    assert "withdrew" in actions_on(text, "r-waer")


# -- finding 7: a permission carried out ---------------------------------------------------------------------

@pytest.mark.parametrize("text, place, action", [
    ("وبموجب الاتفاق تم السماح لمسلحي التنظيم بالانسحاب من جرود القلمون نحو البوكمال.", "r-qal", "withdrew"),
    ("وجرى السماح لقوات الشرطة العسكرية الروسية بدخول مدينة دوما بعد خروج المسلحين منها.", "r-duma", "entered"),
    ("وتم السماح للقوات التركية بدخول إدلب لإقامة نقاط مراقبة.", "r-idl", "entered"),
])
def test_permission_carried_out_keeps_the_act(text: str, place: str, action: str) -> None:
    assert action in actions_on(text, place)


@pytest.mark.parametrize("text, place", [
    ("اضطرت العائلات للمبيت في المخيم بسبب تأخر السماح لها بالدخول إلى جرابلس.", "r-jar"),
    ("ورفضت السلطات السماح للقافلة بالدخول إلى جرابلس.", "r-jar"),
    ("وطالبت روسيا بالسماح للقوات التركية بدخول إدلب.", "r-idl"),
])
def test_permission_asked_or_withheld_is_no_act(text: str, place: str) -> None:
    assert actions_on(text, place) == set()


# -- finding 8: who reaches a neighbour's border ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وصلت تعزيزات تركية إلى الحدود مع العراق.",
    "بلغت قيمة الصادرات إلى الحدود مع العراق نحو مليار دولار.",
])
def test_border_reached_by_no_theatre_side(text: str) -> None:
    assert summary(text) == []


def test_border_reached_by_the_army_named_before_the_verb() -> None:
    assert "advanced" in actions_on("وقالت المصادر إن قوات النظام وصلت إلى الحدود مع العراق.", "r-irq")
