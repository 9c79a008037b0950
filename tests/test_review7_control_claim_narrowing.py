"""Near misses of the control-claim cues of the periods round (review 7), each beside the case the cue
was written for:

- «يشمل/يتضمن» name a deal's terms only after a deal noun and in the trigger's clause; a list of gains
  or of a campaign's parts («مكاسب تشمل السيطرة على X») tells events;
- a landing («عملية إنزال», «إنزال جوي») is an advance only along the bank of a lake of the theatre; aid
  drops and heliborne raids hold no ground;
- an evacuation of fighters is a withdrawal when it is under way, not when it is refused, warned
  against or put off;
- an entry held after the fighting is no capture when the entrant is a rescuer, or when the sentence
  then tells it withdrew or was driven out;
- «أنهت الوجود» is a capture only of a hostile presence («الوجود الإرهابي/المسلح»).

Sentences from the review and written for these tests; places come from a small table, so only
geo.claims is exercised.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_places_of, table_summary

DAY = dt.date(2017, 9, 10)

PLACES = {
    "حي المشلب": ("t-msh", "al-Mashlab", "neighbourhood"),
    "حي النصر": ("t-nas", "al-Nasr", "neighbourhood"),
    "عقيربات": ("t-uqa", "Uqayribat", "town"),
    "قرية الشولا": ("t-sho", "al-Shola", "village"),
    "مخيم خان الشيح": ("t-ksh", "Khan al-Shih camp", "camp"),
    "دوما": ("t-dum", "Douma", "city"),
    "مدينة دير الزور": ("t-dez", "Deir ez-Zor", "city"),
    "دير الزور": ("t-dez", "Deir ez-Zor", "city"),
    "البوكمال": ("t-buk", "Abu Kamal", "city"),
    "الشحيل": ("t-shu", "al-Shuhayl", "town"),
    "بحيرة قطينة": ("t-qat", "Lake Qattinah", "sea"),
    "مضايا": ("t-mad", "Madaya", "town"),
    "داريا": ("t-dar", "Darayya", "city"),
    "حي الوعر": ("t-waer", "al-Waer", "neighbourhood"),
    "كفربطنا": ("t-kbt", "Kafr Batna", "town"),
    "حرستا": ("t-har", "Harasta", "city"),
    "مسرابا": ("t-msr", "Misraba", "town"),
    "عفرين": ("t-afr", "Afrin", "city"),
    "حلب": ("t-alp", "Aleppo", "city"),
    "حي القدم": ("t-qad", "al-Qadam", "neighbourhood"),
}

places_of = partial(table_places_of, places=PLACES, day=DAY)
summary = partial(table_summary, places=PLACES, day=DAY)


# -- 2. what a list includes is no deal term ---------------------------------------------------------

@pytest.mark.parametrize("text, action, place", [
    ("وحققت قوات سوريا الديمقراطية مكاسب تشمل السيطرة على حي المشلب في الرقة.", "captured", "t-msh"),
    ("أحرزت القوات العراقية تقدما يشمل السيطرة على حي النصر في الموصل.", "captured", "t-nas"),
    ("وأطلقت قوات النظام حملة عسكرية تشمل قصفا مكثفا، وسيطرت على بلدة عقيربات.", "captured", "t-uqa"),
    ("وقالت مصادر إن الحصيلة تشمل عشرات القتلى، بينما سيطر التنظيم على قرية الشولا.", "captured", "t-sho"),
])
def test_a_list_that_includes_a_capture_is_no_deal_term(text: str, action: str, place: str) -> None:
    assert places_of(text, action) == [place]


@pytest.mark.parametrize("text", [
    "وأكد المصدر المضي في الاتفاق الذي يشمل في مرحلته الثانية إخراج مسلحي النصرة من مخيم خان الشيح.",
    "وقال المفاوض إن التفاهم يتضمن خروج المسلحين من مدينة دوما.",
    "وأوضح المصدر أن بنود الهدنة تتضمن خروج المسلحين من مدينة دوما.",
])
def test_what_a_deal_includes_is_a_term(text: str) -> None:
    assert places_of(text, "withdrew") == []


# -- 4. a landing holds ground only along a lake bank -------------------------------------------------

@pytest.mark.parametrize("text", [
    "نفذت القوات الروسية عملية إنزال جوي لمساعدات إنسانية فوق مدينة دير الزور المحاصرة.",
    "أسقطت الطائرات الروسية مساعدات عبر إنزال مظلي على أحياء دير الزور.",
    "قتل قيادي في التنظيم خلال عملية إنزال نفذتها القوات الأمريكية قرب مدينة البوكمال.",
    "نفذت قوات التحالف الدولي عملية إنزال جوي في بلدة الشحيل واعتقلت قياديا في التنظيم.",
    "ونفذت الطائرات إنزالا جويا لمساعدات على الضفة الجنوبية لبحيرة قطينة.",
])
def test_aid_drop_or_raid_is_no_advance(text: str) -> None:
    assert places_of(text, "advanced") == []


def test_landing_along_a_lake_bank_stays_an_advance() -> None:
    assert places_of("وبدأت المعركة بعملية إنزال على الضفة الجنوبية لبحيرة قطينة.", "advanced") == ["t-qat"]


# -- 6. an evacuation refused, warned against or put off ----------------------------------------------

@pytest.mark.parametrize("text", [
    "رفضت الفصائل عملية تهجير مقاتليها من بلدة مضايا.",
    "حذرت الأمم المتحدة من تهجير مقاتلي المعارضة وعائلاتهم من داريا قسرا.",
    "أجلت السلطات عملية إجلاء لمقاتلي المعارضة من مدينة دوما إلى يوم غد.",
    "ومنعت قوات النظام عملية تهجير مقاتلي المعارضة من حي الوعر.",
])
def test_withheld_evacuation_is_no_withdrawal(text: str) -> None:
    assert places_of(text, "withdrew") == []


@pytest.mark.parametrize("text, place", [
    ("بدأت عملية تهجير مقاتلي المعارضة من حي الوعر.", "t-waer"),
    ("وبدأت صباح اليوم عملية تهجير الدفعة الثانية من مقاتلي الفصائل من مدينة دوما.", "t-dum"),
    ("ويأتي ذلك بعد عمليات إجلاء لمقاتلي الفصائل المعارضة من مدينة دوما نحو الشمال.", "t-dum"),
    ("واكتملت عملية تهجير مقاتلي المعارضة من بلدة مضايا.", "t-mad"),
    ("بدأت صباح اليوم الجمعة عملية تهجير مقاتلي الفصائل وعائلاتهم من بلدة مضايا باتجاه إدلب.", "t-mad"),
])
def test_evacuation_under_way_stays_a_withdrawal(text: str, place: str) -> None:
    assert places_of(text, "withdrew") == [place]


# -- 8. an entry of rescuers, or one undone later in the sentence -------------------------------------

def test_rescuers_clearing_rubble_capture_nothing() -> None:
    text = "دخلت فرق الدفاع المدني بلدة كفربطنا وبدأت برفع الأنقاض بحثا عن ناجين بعد الغارات الروسية."
    assert places_of(text, "captured") == []


@pytest.mark.parametrize("text, place", [
    ("دخلت قوات النظام مدينة حرستا بعد معارك عنيفة، وتمكن مقاتلو الفصائل من طردها مساء اليوم ذاته.", "t-har"),
    ("دخلت قوات النظام بلدة مسرابا بعد معارك عنيفة مع الفصائل ثم انسحبت منها تحت ضغط الهجوم المعاكس.", "t-msr"),
])
def test_entry_undone_later_is_no_capture(text: str, place: str) -> None:
    assert places_of(text, "captured") == []
    assert places_of(text, "entered") == [place]


@pytest.mark.parametrize("text", [
    "دخلت قوات النظام بلدة مسرابا بعد معارك عنيفة مع الفصائل.",
    "دخلت قوات النظام بلدة مسرابا بعد معارك أجبرت المسلحين على الانسحاب منها.",
])
def test_entry_after_the_fighting_stays_a_capture(text: str) -> None:
    assert places_of(text, "captured") == ["t-msr"]


# -- 9. ending a presence that is not hostile -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أنهت الحكومة الوجود العسكري الأجنبي في مدينة عفرين بحسب تصريحات المسؤول.",
    "أنهت البعثة الأممية الوجود في مدينة حلب بعد انتهاء مهمتها.",
])
def test_ending_a_presence_that_is_not_hostile_is_no_capture(text: str) -> None:
    assert places_of(text, "captured") == []


@pytest.mark.parametrize("text, place", [
    ("وقال المتحدث إن وحدات الجيش أنهت بشكل كامل الوجود الإرهابي في حي القدم ومحيطه.", "t-qad"),
    ("وأنهى الجيش الوجود المسلح في بلدة عقيربات.", "t-uqa"),
])
def test_ending_a_hostile_presence_stays_a_capture(text: str, place: str) -> None:
    assert places_of(text, "captured") == [place]
