"""Actors and roles in claims: «the enemy» of Syrian government copy, counted fighters of a side
as the subject, the besieger named in a siege being broken, and the perpetrator of a bombing
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from fixtures_claims import actor_names, actor_roles, table_actors_on, table_claims

DAY = dt.date(2017, 9, 20)

PLACES = {
    "تدمر": ("p-palmyra", "Palmyra", "city"),
    "الكسوة": ("p-kiswah", "Al-Kiswah", "town"),
    "دوما": ("p-douma", "Douma", "city"),
    "السخنة": ("p-sukhnah", "Al-Sukhnah", "town"),
    "الميادين": ("p-mayadin", "Al-Mayadin", "city"),
    "منبج": ("p-manbij", "Manbij", "city"),
}


claims_of = functools.partial(table_claims, places=PLACES, day=DAY)

actors_on = functools.partial(table_actors_on, places=PLACES, day=DAY)
names = actor_names


# ------------------------------------------------------------------------- «the enemy» = Israel
@pytest.mark.parametrize("text", [
    "استهدفت طائرات العدو الصهيوني فجر اليوم موقعاً عسكرياً قرب مدينة تدمر.",
    "وقال مصدر عسكري إن طيران العدو الإسرائيلي استهدف فجر اليوم موقعاً قرب مدينة تدمر.",
    # bare «طائرات العدو» after Israel is named in the text
    "وحذرت القيادة من تكرار العدوان الإسرائيلي. وكانت طائرات العدو قد قصفت موقعاً قرب مدينة تدمر أمس.",
])
def test_the_enemy_in_government_copy_is_israel(text):
    assert actors_on(text, "p-palmyra") == ["Israel"]


def test_bare_enemy_names_israel_only_where_israel_is_named():
    assert names("وقصف طيران العدو مواقع قرب المدينة.") == []
    assert names("وقالت القيادة إن الكيان الصهيوني يدعم الإرهابيين، وقصف طيران العدو مواقع قرب المدينة.") \
        == ["Israel", "Israel"]


def test_bare_enemy_without_israel_is_nobody():
    # an opposition fighter calling the government's aircraft «the enemy»: no Israel
    assert "Israel" not in actors_on("وقال القائد إن طائرات العدو قصفت مواقع الفصائل في مدينة دوما.", "p-douma")


def test_enemy_inside_aggression_is_no_alias():
    assert names("وندد البيان بالعدوان على المدينة.") == []


# --------------------------------------------------------------- counted fighters of a side
@pytest.mark.parametrize("text, expected", [
    ("غادر آلاف المسلحين من هيئة تحرير الشام مدينة دوما مساء أمس.", ("withdrew", "p-douma", "HTS")),
    ("انسحب نحو 300 مقاتل من تنظيم داعش من بلدة السخنة فجر اليوم.", ("withdrew", "p-sukhnah", "ISIS")),
])
def test_counted_fighters_of_a_side_are_the_subject(text, expected):
    assert expected in [(c.action, c.place_id, c.actor) for c in claims_of(text)]


def test_counted_fighters_after_a_named_subject_stay_the_object():
    got = [(c.action, c.actor) for c in claims_of("حاصر الجيش مئات المسلحين من داعش في بلدة السخنة.")]
    assert got and all(actor == "Syrian Army" for _, actor in got)


def test_counted_fighters_need_the_partitive_side():
    # no side after the fighters: no actor is invented for them
    assert "HTS" not in actors_on("قتل مسلحو هيئة تحرير الشام مدنيين. وغادر آلاف المدنيين مدينة دوما.", "p-douma")


# ------------------------------------------------------------------------------ sieges broken
def test_besieger_in_relative_clause_is_not_the_breaker():
    text = ("وقال البيان إن العدوان جاء لرفع معنويات عصابات داعش بعد الانتصارات التي حققها الجيش في "
            "البادية، حيث تمكن يوم الثلاثاء من كسر الحصار الذي فرضه التنظيم على مدينة الميادين.")
    assert actors_on(text, "p-mayadin") == ["Syrian Army"]


def test_named_breaker_keeps_its_claim():
    text = "كسر مسلحو داعش الحصار الذي فرضته قوات النظام على مدينة الميادين."
    assert actors_on(text, "p-mayadin") == ["ISIS"]


# ------------------------------------------------------------------------------------ bombings
def test_bomber_of_a_relative_clause_is_the_attacker():
    text = "قتل خمسة مدنيين جراء تفجير سيارة مفخخة نفذه انتحاري من تنظيم داعش في مدينة منبج."
    assert actors_on(text, "p-manbij") == ["ISIS"]


def test_unclaimed_bombing_is_not_the_armys():
    text = ("تقدمت قوات النظام أمس في محيط بلدة السخنة. وقتل مدنيون اليوم جراء تفجير سيارة مفخخة "
            "في مدينة الكسوة.")
    assert "Syrian Army" not in actors_on(text, "p-kiswah")


def test_army_shelling_after_a_bombing_keeps_its_actor():
    text = "تقدمت قوات النظام أمس في محيط بلدة السخنة. وقصفت اليوم بالمدفعية مدينة الكسوة."
    assert actors_on(text, "p-kiswah") == ["Syrian Army"]


# ------------------------------------------------------------- first-person targets, unit groups
def test_first_person_target_is_not_the_speakers_attack():
    text = ("قصفت قوات النظام بلدة السخنة أمس. وقال المصدر إن الإرهابيين استهدفوا فجر اليوم أحد مواقعنا "
            "العسكرية قرب مدينة تدمر.")
    assert "Syrian Army" not in actors_on(text, "p-palmyra")


def test_third_person_target_keeps_the_dropped_subject():
    text = "قصفت قوات النظام بلدة السخنة أمس، ثم استهدفت فجر اليوم مواقع قرب مدينة تدمر."
    assert actors_on(text, "p-palmyra") == ["Syrian Army"]


def test_quoted_unit_after_a_group_noun_is_the_doer():
    assert actor_roles('وأوضحت المصادر أن مجموعات من "الحرس الجمهوري" انتقلت إلى الضفة.') == [("Syrian Army", False)]
    # after a preposition the unit (and its side) is an object
    target = actor_roles('اشتبكت الفصائل مع مجموعات من "الحرس الجمهوري" قرب المدينة.')
    assert [object_like for _, object_like in target] == [False, True]


def test_first_person_forces_as_subject_still_act():
    text = "أطلقت قوات سوريا الديمقراطية حملة جديدة. وحررت قواتنا أمس بلدة السخنة."
    assert actors_on(text, "p-sukhnah") == ["SDF"]
