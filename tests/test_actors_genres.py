"""Who did it, in communiqués and stories from the neighbouring theatres: a bare «الجيش» (and the
units that refer back to it) in an article whose fighting is in Lebanon or Iraq, a subject carried
from a Syrian story onto an Iraqi place, and units named with a partitive «من» before their side
(sentences written for these tests, not taken from any corpus)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_claims import actor_roles as _roles, table_actors

DAY = dt.date(2017, 8, 21)

PLACES = {
    "وادي الزعرور": ("p-zarour", "Wadi al-Zarour", "valley"),
    "تلة الصنوبر": ("p-sanawbar", "Tal al-Sanawbar", "hill"),
    "مشاريع القاع": ("p-mashari", "Mashari al-Qaa", "village"),
    "جرود الفاكهة": ("p-fakiha", "Fakiha barrens", "mountain"),
    "حي الزهور": ("p-zuhur", "Al-Zuhur", "neighbourhood"),
    "قرية الرشيدية": ("p-rashidiya", "Al-Rashidiya", "village"),
    "مدينة الميادين": ("p-mayadin", "Al-Mayadin", "city"),
    "بلدة راوة": ("p-rawa", "Rawa", "town"),
}
LEBANON = {"p-zarour": "LB", "p-sanawbar": "LB", "p-mashari": "LB", "p-fakiha": "LB"}
IRAQ = {"p-zuhur": "IQ", "p-rashidiya": "IQ", "p-rawa": "IQ"}

actors_of = partial(table_actors, places=PLACES, day=DAY)


# --------------------------------------------------------------- the theatre names a bare army
def test_bare_army_in_a_lebanese_theatre_is_the_lebanese_army_even_on_a_place_read_as_syrian():
    # the valley was placed in Syria (a border homonym), but the story's fighting is in Lebanon
    text = ("واصلت وحدات الجيش تقدمها في جرود الفاكهة ومشاريع القاع، وسيطرت على تلة الصنوبر. "
            "كما استهدفت مدفعية الجيش تجمعات المسلحين في وادي الزعرور.")
    countries = {**LEBANON, "p-zarour": "SY"}
    actors = actors_of(text, countries=countries)
    assert actors["p-sanawbar"] == "Lebanese Army"
    assert actors["p-zarour"] == "Lebanese Army"


def test_units_referring_back_to_a_bare_army_take_the_theatre_army():
    text = ("أطلق الجيش فجر اليوم عملية في جرود الفاكهة. "
            "وتابعت الوحدات العسكرية تقدمها نحو تلة الصنوبر ومشاريع القاع.")
    actors = actors_of(text, countries=LEBANON)
    assert actors["p-sanawbar"] == "Lebanese Army"
    assert actors["p-mashari"] == "Lebanese Army"


def test_bare_army_in_a_syrian_theatre_stays_the_syrian_army():
    # near miss: the same sentences about Syrian places
    text = ("واصلت وحدات الجيش تقدمها في جرود الفاكهة ومشاريع القاع، وسيطرت على تلة الصنوبر. "
            "كما استهدفت مدفعية الجيش تجمعات المسلحين في وادي الزعرور.")
    actors = actors_of(text)
    assert actors["p-sanawbar"] == "Syrian Army"
    assert actors["p-zarour"] == "Syrian Army"


def test_a_named_army_is_not_changed_by_the_theatre():
    # near miss: «الجيش السوري» is named, so a Lebanese theatre does not rename it
    text = "سيطر الجيش السوري على تلة الصنوبر ووادي الزعرور ومشاريع القاع."
    assert actors_of(text, countries=LEBANON)["p-sanawbar"] == "Syrian Army"


# --------------------------------------------------------------- a carried subject crossing a border
def test_carried_syrian_subject_on_an_iraqi_place_is_the_iraqi_army():
    text = ("سيطر الجيش السوري على مدينة الميادين. "
            "وفي الجانب الآخر من الحدود جرى أمس تحرير بلدة راوة.")
    actors = actors_of(text, countries=IRAQ)
    assert actors["p-mayadin"] == "Syrian Army"
    assert actors["p-rawa"] == "Iraqi forces"


def test_named_syrian_subject_on_an_iraqi_place_is_kept():
    # near miss: the subject is named in the clause itself, nothing is inferred
    text = "تقدم الجيش السوري نحو بلدة راوة."
    assert actors_of(text, countries=IRAQ)["p-rawa"] == "Syrian Army"


# --------------------------------------------------------------- units of a side, with «من»
def test_unit_with_a_partitive_names_the_doer():
    assert _roles("وتقدمت ألوية من الحشد الشعبي نحو القرية") == [("Iraqi forces", False)]
    assert _roles("تقدمت كتائب من الفصائل نحو التلة") == [("Opposition factions", False)]


def test_partitive_after_a_preposition_or_of_fighters_stays_an_object():
    # near misses: the unit is itself an object, or the noun counts fighters, not a formation
    assert _roles("اندلعت اشتباكات مع وحدات من الحشد الشعبي") == [("Iraqi forces", True)]
    assert _roles("قتل عناصر من الحشد الشعبي") == [("Iraqi forces", True)]


def test_partitive_unit_is_the_subject_of_its_claim():
    text = "وحررت قطعات الفرقة التاسعة وألوية من الحشد الشعبي حي الزهور وقرية الرشيدية."
    actors = actors_of(text, countries=IRAQ)
    assert actors["p-zuhur"] == "Iraqi forces"
    assert actors["p-rashidiya"] == "Iraqi forces"
