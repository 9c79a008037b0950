"""Fighting claims in phrasings of other outlets (sentences written for these tests, not from a corpus):
a repelling that refers back to the attack told before it, strikes by aircraft named with their
owner («مروحيات الجيش»), a subject joining guns and aircraft, and dual barrel bombs."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import table_actions_on, table_actors, table_claims, table_summary

DAY = dt.date(2017, 10, 4)

PLACES = {
    "مورك": ("p-morek", "Morek", "town"),
    "كفرنبودة": ("p-kafr", "Kafr Nabudah", "town"),
    "عقيربات": ("p-uqay", "Uqayribat", "town"),
    "الهبيط": ("p-hbeit", "Al-Habit", "village"),
    "اللطامنة": ("p-latam", "Al-Lataminah", "town"),
    "تل الصخر": ("p-sakhr", "Tell al-Sakhr", "hill"),
}


def summary(text: str) -> list[tuple[str, str]]:
    return table_summary(text, PLACES, DAY)


def actions_on(text: str, place: str) -> set[str]:
    """The actions of the claims of ``text`` on the place id ``place``."""
    return table_actions_on(text, place, PLACES, DAY)


# --------------------------------------------------------------------------- repelled, back reference
def test_repelling_with_attack_noun_takes_the_attacks_place() -> None:
    text = "وشنت قوات النظام فجر الأحد هجوماً على بلدة مورك، إلا أن الفصائل تصدت للهجوم وأفشلته."
    assert "repelled" in actions_on(text, "p-morek")
    assert "attacked" in actions_on(text, "p-morek")


def test_repelling_with_glued_pronoun_takes_the_attacks_place_and_not_the_attacker() -> None:
    text = ("وشن مسلحو تنظيم داعش هجوماً معاكساً على نقاط الجيش في محيط بلدة عقيربات، "
            "إلا أن وحدات الجيش أحبطته وكبدت المهاجمين خسائر.")
    assert "repelled" in actions_on(text, "p-uqay")
    claims = [(a, p) for a, p in summary(text)]
    assert ("attacked", "p-uqay") in claims
    repel = [c for c in table_claims(text, PLACES, DAY) if c.action == "repelled"]
    assert repel and repel[0].actor == "Syrian Army"


def test_repelling_of_an_infiltration_with_prep_pronoun() -> None:
    text = "وحاول مسلحو النصرة ليلاً التسلل باتجاه نقاط الجيش قرب بلدة كفرنبودة، فتصدت لها وحدات الجيش."
    assert "repelled" in actions_on(text, "p-kafr")


def test_repelling_subject_is_not_the_attacker_named_before_the_place() -> None:
    text = ("وسيطر الجيش السوري أمس على بلدة مورك، ثم تقدم الجيش السوري نحو بلدة اللطامنة. وكان مسلحو النصرة قد شنوا ليل السبت هجوماً على "
            "تل الصخر، إلا أن المدافعين تصدوا للهجوم.")
    repel = [c for c in table_claims(text, PLACES, DAY) if c.action == "repelled"]
    assert repel and repel[0].place_id == "p-sakhr"
    assert repel[0].actor == "Syrian Army"


def test_near_miss_repelling_a_fire_not_an_attack() -> None:
    # the civil defence «تصدى» fighting fires after a shelling: no attack object, no repelling
    text = "وقصفت قوات النظام بلدة مورك، وتصدى الدفاع المدني لإخماد الحرائق."
    assert actions_on(text, "p-morek") == {"shelled"}


def test_near_miss_repelling_pronoun_after_a_capture_is_not_on_the_captured_place() -> None:
    # «له» refers back, but the event before is a capture, not an attack
    text = "وسيطر الجيش على بلدة مورك، وتصدى له التنظيم لاحقاً."
    assert "repelled" not in actions_on(text, "p-morek")


def test_near_miss_repelling_with_its_own_place_keeps_it() -> None:
    text = "وشنت الطائرات غارات على بلدة اللطامنة. وتصدت الفصائل للهجوم البري على قرية الهبيط."
    assert "repelled" in actions_on(text, "p-hbeit")
    assert "repelled" not in actions_on(text, "p-latam")


# --------------------------------------------------------------------------- aircraft subjects
def test_aircraft_named_with_their_owner_strike() -> None:
    text = "وكانت طائرات «سوخوي» ومروحيات الجيش قد استهدفت مواقع التنظيم في بلدة عقيربات."
    assert actions_on(text, "p-uqay") == {"airstrike"}


def test_near_miss_ground_forces_of_the_same_owner_attack() -> None:
    text = "وكانت دبابات الجيش قد استهدفت مواقع التنظيم في بلدة عقيربات."
    assert "airstrike" not in actions_on(text, "p-uqay")
    assert actions_on(text, "p-uqay") & {"attacked", "shelled"}


def test_guns_and_helicopters_as_one_subject_give_two_claims() -> None:
    text = "واستهدفت مدفعية الجيش وطوافاته بالصواريخ تجمعات المسلحين في بلدة عقيربات."
    got = actions_on(text, "p-uqay")
    assert "airstrike" in got and got & {"attacked", "shelled"}


def test_guns_and_aircraft_before_the_verb_give_two_claims() -> None:
    text = "وكانت المدفعية الثقيلة وطائرات «سيسنا» قد استهدفت تحصينات التنظيم في بلدة عقيربات."
    assert actions_on(text, "p-uqay") == {"airstrike", "shelled"}


def test_near_miss_aircraft_in_another_clause_do_not_join_the_guns() -> None:
    text = "وقصفت المدفعية بلدة عقيربات، وقالت مصادر إن الطائرات لم تشارك في القصف."
    assert actions_on(text, "p-uqay") == {"shelled"}


def test_near_miss_guns_alone_shell() -> None:
    text = "وقصفت مدفعية الجيش بلدة عقيربات بعشرات القذائف."
    assert actions_on(text, "p-uqay") == {"shelled"}


# --------------------------------------------------------------------------- barrel bombs
def test_dual_barrel_bombs_are_an_airstrike() -> None:
    text = "وألقى الطيران المروحي برميلين متفجرين على الأراضي الزراعية المحيطة بقرية الهبيط."
    assert actions_on(text, "p-hbeit") == {"airstrike"}
    assert table_actors(text, PLACES, DAY)["p-hbeit"] == "Syrian Air Force"


def test_near_miss_barrels_of_fuel_are_no_strike() -> None:
    text = "ووصل برميلين من الوقود إلى قرية الهبيط."
    assert "airstrike" not in actions_on(text, "p-hbeit")


def test_near_miss_barrels_of_fuel_give_no_claim() -> None:
    assert summary("ووصل برميلين من الوقود إلى قرية الهبيط.") == []


# --------------------------------------------------------------------------- partial captures
def test_capture_of_a_count_of_blocks_is_an_advance_in_the_place() -> None:
    text = "وسيطرت قوات النظام على عدة كتل من الأبنية في بلدة مورك."
    assert actions_on(text, "p-morek") == {"advanced"}
    text = "وتمكنت الفصائل من السيطرة على عدد من الكتل السكنية في بلدة اللطامنة."
    assert actions_on(text, "p-latam") == {"advanced"}


def test_near_miss_blocks_named_after_the_place_do_not_make_it_partial() -> None:
    text = "وسيطرت قوات النظام على بلدة مورك بعد معارك استمرت أياماً دمرت عدة كتل من الأبنية."
    assert actions_on(text, "p-morek") == {"captured"}
