"""Control-claim cues of the weeks round, each beside near misses that must not give the claim:

- after a time preposition («بعد», «عقب», «إثر») a bare «طرد» is the verbal noun: expelling the enemy
  from a place is taking it (a capture), not the verb «repelled»;
- a relative clause that announces the capture of its head place with a verbal noun whose pronoun is
  its object («مدينة X التي أعلن الجيش تحريرها اليوم») is a capture of X, when an actor announces it;
- a convoy of a place's evacuees («القافلة الأخيرة من مهجري حي X») that arrives somewhere tells the
  withdrawal from X, never an entry into X;
- permission to enter («السماح لها بالدخول إلى X») is no entry;
- reaching the border with a neighbouring country («وصلت القوات إلى الحدود مع العراق») is an advance
  on that country, only after an arrival verb and not for Syria itself; a place after a direction word
  only locates the border reached («إلى الحدود العراقية شمال شرق معبر التنف»).

- all the quarters of a town («على كامل الأحياء التي كانت خاضعة للتنظيم في مدينة X») are the town's
  capture, not an unnamed part of it;
- «بينها» after captured villages is «among them» (a highlight), not a locative «ب»: «قرى عدة بينها X
  وY» are captures, «مواقع بينها وبين X» is not.

Sentences written for these tests; places come from a small table, so only geo.claims is exercised.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_actions_on, table_places_of, table_summary

DAY = dt.date(2017, 9, 10)

PLACES = {
    "الملعب البلدي": ("w-stad", "Municipal stadium", "landmark"),
    "المستشفى الوطني": ("w-hosp", "National hospital", "landmark"),
    "الرقة": ("w-raq", "Raqqa", "city"),
    "القائم": ("w-qaim", "al-Qaim", "city"),
    "البوكمال": ("w-buk", "Abu Kamal", "city"),
    "معدان": ("w-mad", "Maadan", "town"),
    "حلب": ("w-alp", "Aleppo", "city"),
    "حي الوعر": ("w-waer", "al-Waer", "neighbourhood"),
    "جرابلس": ("w-jar", "Jarabulus", "city"),
    "العراق": ("w-irq", "Iraq", "country"),
    "سوريا": ("w-syr", "Syria", "country"),
    "الأردن": ("w-jor", "Jordan", "country"),
    "بغداد": ("w-bag", "Baghdad", "city"),
    "معبر التنف": ("w-tanf", "al-Tanf crossing", "crossing"),
    "قرية الحمدان": ("w-ham", "al-Hamdan", "village"),
    "دير الزور": ("w-dez", "Deir ez-Zor", "city"),
    "المشيرفة": ("w-msh", "al-Mushayrifa", "village"),
    "أم الخلاخيل": ("w-umk", "Umm al-Khalakhil", "village"),
}
COUNTRIES = {"w-irq": "IQ", "w-qaim": "IQ", "w-bag": "IQ", "w-jor": "JO"}

summary = partial(table_summary, places=PLACES, day=DAY, countries=COUNTRIES)
places_of = partial(table_places_of, places=PLACES, day=DAY)


def actions_on(text: str, place: str) -> set[str]:
    return table_actions_on(text, place, PLACES, DAY, countries=COUNTRIES)


# -- 1. «بعد طرد» is the verbal noun: a capture --------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("أعلنت القوات سيطرتها على الرقة بعد طرد آخر عناصر التنظيم من الملعب البلدي وسط المدينة.", "w-stad"),
    ("وجاء ذلك عقب طرد مسلحي التنظيم من المستشفى الوطني في الرقة.", "w-hosp"),
])
def test_expulsion_after_a_time_preposition_is_a_capture(text: str, place: str) -> None:
    assert "captured" in actions_on(text, place)
    assert "repelled" not in actions_on(text, place)


@pytest.mark.parametrize("text, place, action", [
    ("وطرد الجيش عناصر التنظيم من الملعب البلدي.", "w-stad", "repelled"),  # the bare verb stays the verb
    ("بعد صد هجوم للتنظيم على بلدة معدان.", "w-mad", "repelled"),  # «صد» has no capture reading
])
def test_bare_verb_or_same_action_noun_unchanged(text: str, place: str, action: str) -> None:
    assert actions_on(text, place) == {action}


def test_expulsion_as_a_goal_is_no_capture() -> None:
    assert "captured" not in actions_on("أطلقت القوات معركة طرد التنظيم من الملعب البلدي.", "w-stad")


# -- 2. a relative clause announcing the capture of its head -------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("وقعت المعارك قرب مدينة القائم التي أعلن الحشد الشعبي تحريرها اليوم.", "w-qaim"),
    ("وتزامن ذلك مع معركة مدينة البوكمال السورية، التي أعلن الجيش السوري وحلفاؤه تحريرها اليوم، وفق مصادر.",
     "w-buk"),
])
def test_announced_capture_of_the_relative_head(text: str, place: str) -> None:
    assert "captured" in actions_on(text, place)


@pytest.mark.parametrize("text, place", [
    ("تحدث التقرير عن مدينة الرقة التي أعلنت الأمم المتحدة تحريرها من الألغام اليوم.", "w-raq"),  # no side
    ("قتل عشرة مدنيين في مدينة الرقة التي أعلنت قوات سوريا الديمقراطية بدء معركة تحريرها.", "w-raq"),
    ("زار الوزير مدينة حلب التي أعلنت الحكومة إعادة إعمارها اليوم.", "w-alp"),
    ("وصلت التعزيزات إلى مدينة الرقة التي أعلنت قوات سوريا الديمقراطية سيطرتها على أحياء فيها.", "w-raq"),
])
def test_announcement_that_is_no_capture_of_the_head(text: str, place: str) -> None:
    assert "captured" not in actions_on(text, place)


# -- 3. the convoy of a place's evacuees -------------------------------------------------------------

def test_arrival_of_a_place_s_evacuees_is_a_withdrawal_from_it() -> None:
    text = "وصلت القافلة الأخيرة من مهجري حي الوعر بمدينة حمص، فجر اليوم الاثنين، إلى مخيم قرب جرابلس."
    assert actions_on(text, "w-waer") == {"withdrew"}
    assert actions_on(text, "w-jar") == set()


@pytest.mark.parametrize("text", [
    "وصلت القوات إلى حي الوعر صباح اليوم.",
    "دخلت قوات الجيش إلى حي الوعر برفقة الشرطة العسكرية.",
    "وصلت قوات الجيش إلى مخيم نازحي حي الوعر.",
])
def test_an_army_s_arrival_stays_an_entry(text: str) -> None:
    assert "withdrew" not in actions_on(text, "w-waer")


# -- 4. permission to enter is no entry ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "اضطرت العائلات للمبيت في المخيم بسبب تأخر السماح لها بالدخول إلى جرابلس.",
    "ورفضت السلطات السماح للقافلة بالدخول إلى جرابلس.",
])
def test_permission_to_enter_is_no_entry(text: str) -> None:
    assert places_of(text, "entered") == [] and places_of(text, "advanced") == []


def test_an_announced_entry_stays() -> None:
    assert "entered" in actions_on("أعلن الجيش دخول وحداته إلى جرابلس.", "w-jar") \
        or "advanced" in actions_on("أعلن الجيش دخول وحداته إلى جرابلس.", "w-jar")


# -- 5. reaching the border with a neighbouring country ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "وصلت وحدات الجيش السوري إلى الحدود مع العراق شمال شرق التنف.",
    "بلغت وحدات الجيش السوري وحلفائه عصر اليوم الشريط الحدودي مع العراق.",
])
def test_reaching_the_border_with_a_country_is_an_advance(text: str) -> None:
    assert ("advanced", "w-irq") in summary(text)


@pytest.mark.parametrize("text", [
    "وصلت تعزيزات عسكرية تركية إلى الحدود مع سوريا.",  # the theatre itself: forces on their own side
    "وصل الوفد إلى الحدود مع العراق.",  # a visit
    "وصل اللاجئون إلى الحدود مع الأردن.",  # civilians, and abroad
    "قصف الجيش مواقع على الحدود مع العراق.",  # no arrival
    "أكد الجيش أهمية الحدود مع العراق.",
    "وصلت القوات إلى بغداد عاصمة العراق.",  # the country only locates the city
])
def test_no_advance_on_a_country(text: str) -> None:
    assert [p for a, p in summary(text) if p in ("w-irq", "w-syr", "w-jor")] == []


def test_a_place_locating_the_border_reached_is_no_target() -> None:
    text = "وقال إن القوات وصلوا إلى الحدود العراقية للمرة الأولى في حزيران الماضي شمال شرق معبر التنف."
    assert actions_on(text, "w-tanf") == set()


@pytest.mark.parametrize("text, place", [
    ("وصلت القوات إلى قرية الحمدان شمال البوكمال.", "w-ham"),  # a settlement reached, located by a town
    ("وصلت القوات إلى معبر التنف بعد معارك.", "w-tanf"),
])
def test_a_place_reached_stays_a_target(text: str, place: str) -> None:
    assert actions_on(text, place) & {"entered", "advanced", "captured"}


# -- 6. all the quarters of a town -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "سيطر الجيش على كامل الأحياء في مدينة دير الزور.",
    "سيطر الجيش اليوم على جميع الأحياء التي كانت خاضعة للتنظيم في مدينة دير الزور.",
])
def test_all_the_quarters_of_a_town_are_its_capture(text: str) -> None:
    assert actions_on(text, "w-dez") == {"captured"}


@pytest.mark.parametrize("text", [
    "سيطر الجيش على أحياء في مدينة دير الزور.",
    "سيطر الجيش على كامل الحي في مدينة دير الزور.",
    "سيطر الجيش على أحياء التي كانت خاضعة للتنظيم في مدينة دير الزور.",
])
def test_some_quarters_or_one_are_no_capture_of_the_town(text: str) -> None:
    assert "captured" not in actions_on(text, "w-dez")


# -- 7. «بينها»: among the villages taken ------------------------------------------------------------------

def test_villages_among_those_taken_are_captured() -> None:
    text = "سيطر التنظيم على قرى عدة بينها المشيرفة وأم الخلاخيل."
    assert actions_on(text, "w-msh") == {"captured"} and actions_on(text, "w-umk") == {"captured"}


@pytest.mark.parametrize("text", [
    "سيطر الجيش على مواقع بينها وبين المشيرفة.",  # between them and X
    "اندلعت معارك بينها وبين التنظيم في المشيرفة.",
])
def test_between_is_no_highlight(text: str) -> None:
    assert "captured" not in actions_on(text, "w-msh")
