"""Claim families and triggers: strikes of a state that fires from afar («قصفت إسرائيل X», «عدوان»),
failures and warnings that negate a verbal noun, a place's role that is no event, river crossings,
evacuation buses that carry fighters, and battles waged for a place.

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims is exercised. Each class has positive cases and near misses.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_summary

DAY = dt.date(2017, 10, 11)  # Wednesday

PLACES = {
    "إسرائيل": ("c-isr", "Israel", "country"),
    "سوريا": ("c-syr", "Syria", "country"),
    "نهر الفرات": ("r-euph", "Euphrates", "river"),
    "النهر": ("r-euph", "Euphrates", "river"),
    "الكسوة": ("t-kisw", "Al-Kiswah", "town"),
    "مصياف": ("t-masy", "Masyaf", "town"),
    "مطار المزة": ("a-mezz", "Mezzeh airport", "airbase"),
    "القنيطرة": ("t-qun", "Quneitra", "town"),
    "خان أرنبة": ("t-khan", "Khan Arnabah", "town"),
    "الشدادي": ("t-shad", "Al-Shaddadi", "town"),
    "البوكمال": ("t-buk", "Abu Kamal", "city"),
    "الميادين": ("t-may", "Al-Mayadin", "city"),
    "بيت جن": ("t-bjin", "Beit Jinn", "town"),
    "حرستا": ("t-hara", "Harasta", "town"),
    "دمشق": ("t-dam", "Damascus", "city"),
    "عربين": ("t-arbin", "Arbin", "town"),
    "دوما": ("t-douma", "Douma", "town"),
    "عرسال": ("t-arsal", "Arsal", "town"),
    "حطلة": ("t-hatla", "Hatla", "village"),
}
COUNTRIES = {"c-isr": "IL", "t-arsal": "LB"}

claims_of = partial(table_claims, places=PLACES, day=DAY, lat=33.4, lon=36.2, countries=COUNTRIES)
summary = partial(table_summary, places=PLACES, day=DAY, lat=33.4, lon=36.2, countries=COUNTRIES)


# --------------------------------------------------------------------------- strikes from afar
@pytest.mark.parametrize("text, place", [
    # a state that strikes Syria from aircraft and ships, named by the country: no artillery fire
    ("قصفت إسرائيل ليل الخميس مستودعاً للذخيرة قرب بلدة الكسوة.", "t-kisw"),
    ("وكانت إسرائيل قد استهدفت في الربيع مركزاً للأبحاث قرب مصياف.", "t-masy"),
    ("قصف جيش الاحتلال فجر الأحد موقعاً للدفاع الجوي قرب بلدة الكسوة.", "t-kisw"),
    # «عدوان», the strike noun of government copy, with aircraft as its subject
    ("وأعلنت القيادة أن طائرات العدو الصهيوني شنت فجر اليوم عدواناً جديداً على موقع عسكري قرب مصياف.", "t-masy"),
    ("وقال المصدر إن عدوان جيش الاحتلال على مطار المزة خلف أضراراً مادية.", "a-mezz"),
])
def test_strikes_of_a_distant_state_are_air_strikes(text: str, place: str) -> None:
    claims = [c for c in claims_of(text) if c.place_id == place]
    assert [c.action for c in claims] == ["airstrike"]
    assert claims[0].actor == "Israel"


@pytest.mark.parametrize("text, place, action", [
    # guns or tanks named: ground fire, whoever fires
    ("قصفت دبابات جيش الاحتلال صباح اليوم موقعاً قرب مدينة القنيطرة.", "t-qun", "shelled"),
    ("قصفت إسرائيل بقذائف المدفعية أطراف بلدة خان أرنبة.", "t-khan", "shelled"),
    # fighting is no strike from afar
    ("اشتبكت القوات الأمريكية مع عناصر التنظيم قرب بلدة الشدادي.", "t-shad", "attacked"),
    # a side without standoff weapons keeps its shelling
    ("قصفت قوات النظام مستودعاً قرب بلدة الكسوة.", "t-kisw", "shelled"),
])
def test_ground_fire_stays_ground_fire(text: str, place: str, action: str) -> None:
    assert [a for a, p in summary(text) if p == place] == [action]


def test_aggression_on_a_country_is_no_place_claim() -> None:
    assert summary("وحذر الوزير من العدوان على سوريا ومن تداعياته على المنطقة.") == []


# --------------------------------------------------------------------------- failures and warnings
@pytest.mark.parametrize("text", [
    "وفشلت قوات النظام خلال الأشهر الماضية في التقدم نحو بلدة بيت جن.",
    "وأخفقت الفصائل مرة أخرى في السيطرة على بلدة بيت جن.",
    "وعجزت قوات النظام طوال أسابيع عن اقتحام بلدة بيت جن.",
    "وحذر المجلس العسكري قوات النظام من عبور نهر الفرات نحو الضفة الشرقية.",
    "ومنعت الفصائل قوات النظام من دخول بلدة بيت جن.",
])
def test_failed_or_warned_against_moves_are_no_claims(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize("text, expected", [
    # an attempt named as an attack stays an attack
    ("وحاولت قوات النظام التسلل نحو بلدة بيت جن.", [("attacked", "t-bjin")]),
    # a failure in another clause does not reach the capture
    ("وقالت المصادر إن المفاوضات فشلت، وسيطرت قوات النظام بعدها على بلدة بيت جن.", [("captured", "t-bjin")]),
    # «تمكن من» is success, not a warning
    ("وتمكنت قوات النظام من السيطرة على بلدة بيت جن.", [("captured", "t-bjin")]),
])
def test_attempts_and_successes_keep_their_claims(text: str, expected: list) -> None:
    assert summary(text) == expected


# --------------------------------------------------------------------------- roles of places
@pytest.mark.parametrize("text", [
    "وتعد الثكنة نقطة انطلاق لقصف الأحياء السكنية في حرستا وعربين.",
    "وتعتبر القاعدة منطلقاً لشن الغارات على مدينة دوما.",
    "وكانت التلة منطلقاً للهجوم على بلدة بيت جن.",
])
def test_a_launching_point_names_a_role_not_an_event(text: str) -> None:
    assert summary(text) == []


def test_a_shelling_of_the_same_places_is_an_event() -> None:
    text = "وقصفت قوات النظام الأحياء السكنية في حرستا وعربين."
    assert summary(text) == [("shelled", "t-hara"), ("shelled", "t-arbin")]


# --------------------------------------------------------------------------- river crossings
@pytest.mark.parametrize("text", [
    "وعبرت وحدات من الجيش فجر الاثنين نهر الفرات قرب مدينة الميادين.",
    "واجتازت القوات النهر على جسور عائمة.",
    "وأكد المصدر أن عبور الجيش نهر الفرات تم تحت غطاء جوي كثيف.",
])
def test_crossing_a_river_is_an_advance_on_it(text: str) -> None:
    assert summary(text) == [("advanced", "r-euph")]


@pytest.mark.parametrize("text", [
    # civilians, a preposition, a relative clause naming who the units are
    "وعبرت عشرات العائلات نهر الفرات هرباً من القصف.",
    "ونقل التنظيم الأسلحة عبر نهر الفرات إلى الضفة الأخرى.",
    "ووافق المجلس على اجتياز المرحلة الأولى قرب نهر الفرات.",
    "وقال إن الوحدات التي عبرت نهر الفرات الشهر الماضي تحتاج إلى تعزيزات.",
    # the town near the crossing only locates it
    "وعبرت القوات الحكومية النهر قرب مدينة الميادين.",
])
def test_crossing_near_misses(text: str) -> None:
    assert summary(text) in ([], [("advanced", "r-euph")])
    assert ("advanced", "t-may") not in summary(text)
    if "العائلات" in text or "الأسلحة" in text or "المرحلة" in text or "التي عبرت" in text:
        assert summary(text) == []


def test_a_river_named_beside_a_strike_is_no_place() -> None:
    text = "وشنت الطائرات الروسية غارات على قرية حطلة الواقعة على نهر الفرات."
    assert ("airstrike", "t-hatla") in summary(text)
    assert all(p != "r-euph" for _a, p in summary(text))


# --------------------------------------------------------------------------- evacuation buses
def test_buses_carrying_fighters_withdraw_them() -> None:
    text = "وانطلقت بعد ظهر اليوم الحافلات التي تقل مسلحي التنظيم وعائلاتهم من مدينة البوكمال."
    assert summary(text) == [("withdrew", "t-buk")]


def test_buses_carrying_civilians_are_no_withdrawal() -> None:
    text = "وانطلقت بعد ظهر اليوم الحافلات التي تقل المدنيين والجرحى من مدينة البوكمال."
    assert summary(text) == []


# --------------------------------------------------------------------------- battles waged
@pytest.mark.parametrize("text", [
    "ويخوض الجيش وحلفاؤه معارك عنيفة لاستعادة مدينة البوكمال.",
    "وتخوض القوات منذ أيام معارك ضارية للسيطرة على مدينة البوكمال.",
])
def test_battles_waged_for_a_place_attack_it(text: str) -> None:
    assert summary(text) == [("attacked", "t-buk")]


def test_a_goal_without_battles_stays_an_intent() -> None:
    assert summary("ويسعى الجيش لاستعادة مدينة البوكمال.") == []


# --------------------------------------------------------------------------- clocks
def test_a_time_zone_is_no_place_of_a_truce() -> None:
    text = "وبدأ العمل بالهدنة في بلدة بيت جن عند الساعة الثانية عشرة من ظهر اليوم بتوقيت دمشق."
    assert [p for _a, p in summary(text)] == ["t-bjin"]
    assert summary("وبدأ العمل بالهدنة في مدينة دمشق عند الساعة الثانية عشرة من ظهر اليوم.") == [("other", "t-dam")]
    assert summary("وبدأ العمل بالهدنة عند الساعة الثانية عشرة من ظهر اليوم بتوقيت دمشق.") == []
