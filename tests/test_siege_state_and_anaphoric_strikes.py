"""Sieges told as a state, strikes named back to, launch directions and «وفي» target lists.

- «باتت ميليشيا X محاصرة في Y»: the subject of the state verb is the besieged side, never the
  besieger (its counter-actor); the besieger is the side of the story told before, or nobody.
- A definite strike noun with no subject of its own («وأن الضربات طالت مواقع في محيط X») takes the
  firer named inside or right after the strike or fire told just before it; a weapon word of an
  earlier clause («أسقطت الدفاعات نصف الصواريخ، وأن الضربات …») does not make it a shelling.
- «منشآت لإطلاق الطائرات المسيرة نحو X»: X is what the launches aim at, not a place struck.
- «في X جنوب Y وفي محيط مطار Z،»: after a locating tail, «وفي» goes on with the targets of a strike.

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims and geo.actors are exercised. Each class has positive cases and near misses.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_summary

DAY = dt.date(2017, 9, 13)

PLACES = {
    "دوما": ("t-douma", "Douma", "city"),
    "حرستا": ("t-harasta", "Harasta", "city"),
    "مسرابا": ("t-misraba", "Misraba", "town"),
    "دمشق": ("t-damascus", "Damascus", "city"),
    "الكسوة": ("t-kiswah", "Al-Kiswah", "town"),
    "مطار دمشق الدولي": ("t-dam-airport", "Damascus International Airport", "airport"),
    "حميميم": ("t-hmeimim", "Hmeimim", "town"),
    "بنش": ("t-binnish", "Binnish", "town"),
    "سراقب": ("t-saraqib", "Saraqib", "city"),
    "إدلب": ("t-idlib", "Idlib", "city"),
}

summary = partial(table_summary, places=PLACES, day=DAY, lat=33.5, lon=36.3)
claims = partial(table_claims, places=PLACES, day=DAY, lat=33.5, lon=36.3)


def _fire(text: str, place: str) -> list[tuple[str, str]]:
    """(action, actor) of the claims on ``place``."""
    return [(c.action, c.actor) for c in claims(text) if c.place_id == place]


# --------------------------------------------------------------------------- siege as a state
def test_besieged_side_as_subject_is_not_the_besieger() -> None:
    text = ("سيطرت قوات النظام على بلدة مسرابا. وقال مصدر ميداني إن ميليشيا جيش الإسلام باتت محاصرة "
            "في دوما ومحيطها.")
    sieges = [c for c in claims(text) if c.place_id == "t-douma"]
    assert [(c.action, c.actor) for c in sieges] == [("besieged", "Syrian Army")]


def test_besieged_side_alone_leaves_the_besieger_unnamed() -> None:
    text = "وقال مصدر ميداني إن ميليشيا جيش الإسلام باتت محاصرة في دوما."
    assert [a for act, a in _fire(text, "t-douma") if act == "besieged"] == [""]


def test_place_became_besieged_by_a_named_side() -> None:
    text = "وباتت مدينة دوما محاصرة من قبل قوات النظام."
    assert _fire(text, "t-douma") == [("besieged", "Syrian Army")]


def test_side_became_besieger_with_an_object() -> None:
    # «محاصرا لمدينة X»: the subject besieges the place
    text = "وبات الجيش السوري محاصرا لمدينة دوما من ثلاث جهات."
    assert _fire(text, "t-douma") == [("besieged", "Syrian Army")]


# --------------------------------------------------------------------------- anaphoric strike nouns
def test_definite_strikes_take_the_firer_told_before() -> None:
    text = ("وأطلق الجيش الإسرائيلي أكثر من عشرة صواريخ على مواقع في سوريا. وأوضحت الوزارة الروسية "
            "أن الضربات طالت مواقع للجيش السوري في محيط دمشق.")
    assert _fire(text, "t-damascus") == [("airstrike", "Israel")]


def test_strikes_named_back_to_an_air_strike_noun() -> None:
    text = "شنت طائرات روسية غارات على مدينة إدلب. وقالت مصادر محلية إن الغارات طالت أيضا بلدة بنش."
    assert _fire(text, "t-binnish") == [("airstrike", "Russia")]


def test_a_new_strike_with_its_own_side_keeps_its_actor() -> None:
    text = ("أطلق الجيش الإسرائيلي صواريخ على مواقع في سوريا. وقال المرصد إن الغارات الروسية طالت "
            "بلدة بنش.")
    assert _fire(text, "t-binnish") == [("airstrike", "Russia")]


def test_indefinite_strikes_by_another_side_keep_their_actor() -> None:
    text = "شنت طائرات روسية غارات على مدينة إدلب. وشنت طائرات التحالف الدولي غارات على بلدة بنش."
    assert [a for _, a in _fire(text, "t-binnish")] == ["US-led coalition"]


def test_missiles_shot_down_in_an_earlier_clause_are_no_weapon_of_the_strikes() -> None:
    text = ("وأوضحت الوزارة أن الدفاعات الجوية السورية أسقطت أكثر من نصف الصواريخ، وأن الضربات طالت "
            "مواقع في محيط دمشق.")
    assert [act for act, _ in _fire(text, "t-damascus")] == ["airstrike"]


@pytest.mark.parametrize("text", [
    "استهدف سلاح المدفعية بضربات مركزة مواقع التنظيم في بلدة بنش.",
    "ونفذت القوات ضربات بالمدفعية الثقيلة على مواقع في بلدة بنش.",
])
def test_strikes_with_their_own_weapon_stay_shelling(text: str) -> None:
    assert [act for act, _ in _fire(text, "t-binnish")] == ["shelled"]


# --------------------------------------------------------------------------- launch directions
def test_launch_target_after_direction_is_not_struck() -> None:
    text = ("وقالت الوزارة إن الضربات الروسية طالت منشآت يستخدمها المسلحون لإطلاق الطائرات المسيرة "
            "نحو قاعدة حميميم.")
    assert _fire(text, "t-hmeimim") == []


def test_launch_site_located_before_the_direction_is_struck() -> None:
    text = "شنت الطائرات الروسية غارات على مواقع لإطلاق الصواريخ في بلدة بنش باتجاه حميميم."
    assert _fire(text, "t-binnish") == [("airstrike", "Russia")]
    assert _fire(text, "t-hmeimim") == []


def test_rockets_fired_towards_a_place_still_shell_it() -> None:
    text = "أطلقت الفصائل قذائف صاروخية نحو مدينة دمشق."
    assert [act for act, _ in _fire(text, "t-damascus")] == ["shelled"]


# --------------------------------------------------------------------------- «وفي» target lists
def test_and_in_continues_targets_after_a_locating_tail() -> None:
    text = ("وقال المتحدث إن الطائرات الإسرائيلية ضربت عشرات الأهداف في الكسوة جنوب دمشق وفي محيط "
            "مطار دمشق الدولي، فضلا عن مواقع أخرى.")
    places = [pid for act, pid in summary(text) if act == "airstrike"]
    assert places == ["t-kiswah", "t-dam-airport"]


@pytest.mark.parametrize("text", [
    # a new clause opens after «وفي X»
    "شنت طائرات روسية غارات على بلدة بنش شرق إدلب وفي مدينة سراقب قتل خمسة مدنيين.",
    "شنت طائرات روسية غارات على بلدة بنش شرق إدلب، وفي مدينة سراقب وزعت المنظمة مساعدات.",
    # no strike: a visit
    "زار الوفد بلدة بنش شرق إدلب وفي محيط مدينة سراقب.",
])
def test_and_in_near_misses(text: str) -> None:
    assert [act for act, pid in summary(text) if pid == "t-saraqib"] == []
