"""Review 5, actors: near misses of three rules of the events round (sentences of the precision
review and written for these tests): a bare «العدو» is no alias of Israel, a bare firing verb after
a strike noun opens the next clause and names no firer, and buses carry fighters only when the
personnel they carry belong to an armed side, which then is the side that withdraws."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from fixtures_claims import actor_names, table_actors_on, table_claims

DAY = dt.date(2017, 9, 20)

PLACES = {
    "وادي الخيل": ("p-khail", "Wadi al-Khail", "valley"),
    "عرسال": ("p-arsal", "Arsal", "town"),
    "ضهر الهوة": ("p-hawa", "Dahr al-Hawa", "hill"),
    "دير الزور": ("p-deir", "Deir ez-Zor", "city"),
    "مصياف": ("p-masyaf", "Masyaf", "city"),
    "جوبر": ("p-jobar", "Jobar", "neighbourhood"),
    "جنديرس": ("p-jind", "Jindayris", "town"),
    "تدمر": ("p-palmyra", "Palmyra", "city"),
    "كفرزيتا": ("p-kafr", "Kafr Zita", "town"),
    "منبج": ("p-manbij", "Manbij", "city"),
    "جرمانا": ("p-jaram", "Jaramana", "city"),
    "البوكمال": ("p-buk", "Abu Kamal", "city"),
    "دمشق": ("p-dam", "Damascus", "city"),
    "مضايا": ("p-madaya", "Madaya", "town"),
}


claims_of = functools.partial(table_claims, places=PLACES, day=DAY)

actors_on = functools.partial(table_actors_on, places=PLACES, day=DAY)
names = actor_names


# ------------------------------------------------------------------ 1. a bare «العدو» is nobody
@pytest.mark.parametrize("text, place", [
    ("قال الإعلام الحربي التابع لحزب الله إن المقاومة سيطرت على وادي الخيل بعد انسحاب العدو منه في "
     "جرود عرسال، وأكد نصر الله أن المعركة مع إسرائيل مستمرة.", "p-khail"),
    ("أعلن الإعلام الحربي أن مجاهدي المقاومة تقدموا في جرود عرسال وأجبروا العدو على الانسحاب من "
     "مرتفعات ضهر الهوة، فيما هدد نصر الله إسرائيل.", "p-hawa"),
    ("ذكرت وكالة سانا أن وحدات الجيش تصدت لهجوم العدو على نقاطها في محيط مدينة دير الزور، وذلك بعد "
     "يوم من غارة إسرائيلية على مصياف.", "p-deir"),
    ("أفاد مصدر عسكري بأن طائرات العدو الإسرائيلي استهدفت موقعا عسكريا قرب مصياف. وفي سياق آخر، "
     "قصف العدو مواقع الجيش في حي جوبر.", "p-jobar"),
])
def test_bare_enemy_in_copy_naming_israel_is_not_israel(text, place):
    assert "Israel" not in actors_on(text, place)


def test_bare_enemy_is_no_alias():
    assert names("وقال إن إسرائيل تدعم الإرهابيين، وإن العدو انسحب من المنطقة.") == ["Israel"]


@pytest.mark.parametrize("text", [
    "وقال إن إسرائيل تدعم الإرهابيين، وقصفت طائرات العدو التركي قرى في المنطقة.",
    "وقال إن إسرائيل تدعم الإرهابيين، وقصفت طائرات العدو الداعشي قرى في المنطقة.",
])
def test_enemy_aircraft_qualified_as_another_side_are_not_israel(text):
    assert names(text) == ["Israel"]


def test_turkish_enemy_is_turkey():
    assert names("قصف العدو التركي قرى جنديرس في ريف عفرين.") == ["Turkey"]
    assert names("قصف جيش الاحتلال التركي قرى جنديرس.") == ["Turkey"]
    assert names("قصف جيش الاحتلال قرية في الجولان.") == ["Israel"]


@pytest.mark.parametrize("text", [
    # recall: the enemy's aircraft in copy that names Israel, and the full aliases
    "وحذرت القيادة من تكرار العدوان الإسرائيلي. وكانت طائرات العدو قد قصفت موقعاً قرب مدينة تدمر أمس.",
    "استهدفت طائرات العدو الصهيوني فجر اليوم موقعاً عسكرياً قرب مدينة تدمر.",
])
def test_enemy_aircraft_in_government_copy_stay_israel(text):
    assert actors_on(text, "p-palmyra") == ["Israel"]


# ------------------------------------------------- 10. a bare firing verb opens the next clause
@pytest.mark.parametrize("text", [
    "تعرضت بلدة كفرزيتا لقصف مدفعي عنيف على أحيائها ونفذ عناصر من هيئة تحرير الشام هجوما على حاجز للجيش.",
    "تعرضت بلدة كفرزيتا لقصف مدفعي عنيف على أحيائها فنفذ مسلحون من هيئة تحرير الشام هجوما على حاجز.",
])
def test_attacker_of_the_next_clause_did_not_shell(text):
    assert "HTS" not in actors_on(text, "p-kafr")


@pytest.mark.parametrize("text, place, actor", [
    ("قتل خمسة مدنيين جراء تفجير سيارة مفخخة نفذه انتحاري من تنظيم داعش في مدينة منبج.", "p-manbij", "ISIS"),
    ("قتل خمسة مدنيين جراء تفجير سيارة مفخخة نفذه عناصر من تنظيم داعش في مدينة منبج.", "p-manbij", "ISIS"),
    ("سقطت قذائف هاون أطلقها مسلحون على حي جرمانا.", "p-jaram", "Opposition factions"),
])
def test_agent_clause_referring_back_names_the_firer(text, place, actor):
    assert actors_on(text, place) == [actor]


# ------------------------------------------------------- 11. buses carrying armed personnel
@pytest.mark.parametrize("text", [
    "انطلقت الحافلات التي تقل عناصر الهلال الأحمر من دمشق إلى بلدة مضايا.",
    "وانطلقت الحافلات التي تقل فرق الدفاع المدني من مدينة البوكمال.",
    "وانطلقت الحافلات التي تقل العناصر الطبية من مدينة البوكمال.",
])
def test_buses_carrying_civilian_personnel_are_no_withdrawal(text):
    assert [c for c in claims_of(text) if c.action == "withdrew"] == []


@pytest.mark.parametrize("text", [
    "وانطلقت الحافلات التي تقل مسلحي داعش وعائلاتهم من مدينة البوكمال.",
    "وانطلقت الحافلات التي تقل عناصر داعش وعائلاتهم من مدينة البوكمال.",
    "وانطلقت الحافلات التي تقل عناصر من تنظيم داعش من مدينة البوكمال.",
])
def test_the_carried_side_withdraws(text):
    assert [(c.action, c.place_id, c.actor) for c in claims_of(text)] == [("withdrew", "p-buk", "ISIS")]


def test_carried_fighters_of_no_named_side_still_withdraw():
    got = [(c.action, c.place_id) for c in claims_of("وانطلقت الحافلات التي تقل المسلحين وعائلاتهم من مدينة البوكمال.")]
    assert got == [("withdrew", "p-buk")]
