"""Control-claim cues found on the held-out periods corpus (tests/generalisation_periods), as classes:

- an entry is a capture when the words right after the entered place (or the list of places) say the
  fighting is over («بعد معارك عنيفة», unless the sentence says it goes on), that the entrant met no
  fight («دون مقاومة تذكر») or that it starts work there («وبدأت برفع الأنقاض», «وباشرت بتمشيطها»);
- a site entered as a direct object stays a capture with a companion and time words in between
  («دخلت القوات برفقة عناصر من الشرطة العسكرية الروسية، ظهر أمس الجمعة، معبر X»), not via a
  preposition («دخلت من معبر X»);
- evacuations: «تهجير مقاتلي», the possessive «إجلاء لمقاتلي», and «عملية/عمليات» before them (an
  evacuation operation happens; «معركة طرد» stays an operation name); what a deal includes («الاتفاق
  الذي يشمل إخراج مسلحي X من Y») is a term, not an event;
- «أنهت الوجود (الإرهابي) في X», also with «بشكل كامل» inside, is a capture;
- an approach to the administrative border of a governorate is an advance on it; an advance or a
  landing along the bank of a lake of the theatre (typed ``sea``) is an advance on the lake.

Sentences written for these tests; places come from a small table, so only geo.claims is exercised.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_places_of, table_summary

DAY = dt.date(2017, 9, 10)

PLACES = {
    "كفرنبودة": ("t-kfn", "Kafr Nabuda", "town"),
    "الهبيط": ("t-hab", "al-Habit", "town"),
    "معبر جابر": ("t-jab", "Jaber crossing", "crossing"),
    "دوما": ("t-dum", "Douma", "city"),
    "مخيم خان الشيح": ("t-ksh", "Khan al-Shih camp", "camp"),
    "حي القدم": ("t-qad", "al-Qadam", "neighbourhood"),
    "محافظة دير الزور": ("t-dzg", "Deir ez-Zor governorate", "governorate"),
    "بحيرة قطينة": ("t-qat", "Lake Qattinah", "sea"),
}

places_of = partial(table_places_of, places=PLACES, day=DAY)
summary = partial(table_summary, places=PLACES, day=DAY)


def captures(text: str) -> list[str]:
    return places_of(text, "captured")


@pytest.mark.parametrize("text, place", [
    ("وقال القائد إن المقاتلين دخلوا صباح اليوم بلدة كفرنبودة بعد اشتباكات عنيفة مع قوات النظام.", "t-kfn"),
    ("وأكد المصدر أن وحدات الجيش دخلت بلدة الهبيط دون مقاومة تذكر.", "t-hab"),
    ("وأكد المصدر أن وحدات الجيش دخلت بلدة الهبيط، دون أي مقاومة.", "t-hab"),
    ("وقال البيان إن وحدات الجيش دخلت بلدات كفرنبودة والهبيط، وبدأت برفع الأنقاض وفتح الطرق.", "t-kfn"),
    ("وقال البيان إن وحدات الجيش دخلت بلدات كفرنبودة والهبيط، وبدأت برفع الأنقاض وفتح الطرق.", "t-hab"),
    ("ودخلت القوات بلدة الهبيط وباشرت بتمشيطها.", "t-hab"),
])
def test_entry_whose_place_is_held_is_a_capture(text: str, place: str) -> None:
    assert place in captures(text)


@pytest.mark.parametrize("text", [
    # the fighting goes on, or the entry is in the middle of it
    "وقال القائد إن المقاتلين دخلوا بلدة كفرنبودة بعد اشتباكات عنيفة ولا تزال المعارك مستمرة في أحيائها.",
    "وقال القائد إن المقاتلين دخلوا بلدة كفرنبودة وسط اشتباكات عنيفة مع قوات النظام.",
    "ودخلت القوات بلدة الهبيط وسط مقاومة عنيفة من المسلحين.",
    # the entrant fights on, or another work than holding the place
    "ودخلت القوات بلدة الهبيط وبدأت بقصف مواقع المسلحين.",
    "ودخلت القوات بلدة الهبيط واشتبكت مع المسلحين.",
    # a convoy of aid is no entrant that takes a place
    "ودخلت قافلة مساعدات بلدة الهبيط دون مقاومة.",
])
def test_entry_not_held_is_no_capture(text: str) -> None:
    assert captures(text) == []


def test_site_entered_with_a_companion_and_a_time_is_taken() -> None:
    text = "دخلت قوات النظام السوري برفقة عناصر من الشرطة العسكرية الروسية، ظهر أمس الجمعة، معبر جابر."
    assert captures(text) == ["t-jab"]


def test_site_entered_through_is_no_capture() -> None:
    assert captures("دخلت قوات النظام السوري من معبر جابر إلى الأراضي السورية.") == []


@pytest.mark.parametrize("text, place", [
    ("وبدأت صباح اليوم عملية تهجير الدفعة الثانية من مقاتلي الفصائل من مدينة دوما.", "t-dum"),
    ("ويأتي ذلك بعد عمليات إجلاء لمقاتلي الفصائل المعارضة من مدينة دوما نحو الشمال.", "t-dum"),
    ("وجرت عمليات إجلاء مقاتلي الفصائل من مخيم خان الشيح.", "t-ksh"),
])
def test_evacuation_of_fighters_is_a_withdrawal(text: str, place: str) -> None:
    assert places_of(text, "withdrew") == [place]


@pytest.mark.parametrize("text", [
    "وأكد المصدر المضي في الاتفاق الذي يشمل في مرحلته الثانية إخراج مسلحي النصرة من مخيم خان الشيح.",
    "وقال المفاوض إن التفاهم يتضمن خروج المسلحين من مدينة دوما.",
    "ومن المقرر أن تبدأ عملية إجلاء مقاتلي الفصائل من مدينة دوما غداً.",
    "وجرت عمليات إجلاء للمدنيين والجرحى من مدينة دوما.",
    "وأطلق الجيش معركة طرد المسلحين من مدينة دوما.",
])
def test_planned_or_civilian_evacuation_is_no_withdrawal(text: str) -> None:
    assert places_of(text, "withdrew") == []


def test_ending_the_presence_is_a_capture() -> None:
    text = "وقال المتحدث إن وحدات الجيش أنهت بشكل كامل الوجود الإرهابي في حي القدم ومحيطه."
    assert captures(text) == ["t-qad"]


def test_aim_to_end_the_presence_is_no_capture() -> None:
    assert summary("ويهدف الهجوم إلى إنهاء الوجود الإرهابي في حي القدم.") == []


def test_approach_to_a_governorate_border_is_an_advance() -> None:
    text = "وباتت وحدات الجيش على بعد نحو 10 كم من الحدود الإدارية لمحافظة دير الزور."
    assert places_of(text, "advanced") == ["t-dzg"]


@pytest.mark.parametrize("text", [
    "واقتربت وحدات الجيش من محافظة دير الزور.",
    "وسيطرت وحدات الجيش على الحدود الإدارية لمحافظة دير الزور.",
])
def test_governorate_without_a_border_approach_stays_too_coarse(text: str) -> None:
    assert [pid for _action, pid in summary(text)] == []


@pytest.mark.parametrize("text", [
    "وتقدمت وحدات الجيش على الضفة الشرقية لبحيرة قطينة.",
    "وبدأت المعركة بعملية إنزال على الضفة الجنوبية لبحيرة قطينة.",
])
def test_advance_along_a_lake_bank_is_an_advance_on_the_lake(text: str) -> None:
    assert places_of(text, "advanced") == ["t-qat"]


@pytest.mark.parametrize("text", [
    "وتقدمت وحدات الجيش نحو بحيرة قطينة.",
    "وقصفت الطائرات الضفة الشرقية لبحيرة قطينة.",
    "وتحدث التقرير عن إنزال البضائع على الضفة الشرقية لبحيرة قطينة.",
])
def test_lake_without_an_advance_along_its_bank_is_no_place(text: str) -> None:
    assert [pid for _action, pid in summary(text) if pid == "t-qat"] == []


PLACES_WITHDRAWAL = {
    "مسكنة": ("t-msk", "Maskanah", "town"),
    "ريف حلب الشرقي": ("t-eac", "Eastern Aleppo countryside", "sector"),
}


@pytest.mark.parametrize("text", [
    "وقال المرصد إن التنظيم انسحب من مسكنة فجر الخميس باتجاه مناطق سيطرته في ريف حلب الشرقي.",
    "وانسحب مقاتلو التنظيم من مسكنة نحو معاقلهم في ريف حلب الشرقي.",
])
def test_withdrawal_towards_held_areas_leaves_the_origin_only(text: str) -> None:
    assert table_places_of(text, "withdrew", PLACES_WITHDRAWAL, DAY) == ["t-msk"]


def test_withdrawal_from_held_areas_leaves_them() -> None:
    text = "وانسحب مقاتلو التنظيم من مواقعهم في ريف حلب الشرقي."
    assert table_places_of(text, "withdrew", PLACES_WITHDRAWAL, DAY) == ["t-eac"]
