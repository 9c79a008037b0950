"""Review 8 near misses of the fire, air and actor rules (findings 1, 2, 9 and 10).

- a background strike noun (after «بعد/رغم/منذ», «بعد أسبوع من», or the subject of «لم تمنع») gives no
  nationality to a later bombing, and an air force remembered from the last two sentences names it first;
- «القوات المشتركة» is the Iraqi joint forces only in copy naming Iraqi forces, never before
  another side's adjective;
- «سلسلة/مجموعة/عدة … من حواجز X في Y» is partitive: Y is the target, not where fire came from;
- «ما مكنها من رصد X» opens a new clause: X is no object of the capture before it.

Sentences written for these tests (not taken from any corpus); places come from a small table.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_fire_on

DAY = dt.date(2017, 9, 13)

PLACES = {
    "دوما": ("t-douma", "Douma", "city"),
    "حرستا": ("t-har", "Harasta", "town"),
    "عفرين": ("t-afrin", "Afrin", "city"),
    "عقيربات": ("t-uqay", "Uqayribat", "town"),
    "مورك": ("t-murak", "Murak", "town"),
    "اللطامنة": ("t-lat", "Latamneh", "town"),
    "القائم": ("t-qaim", "Al-Qaim", "city"),
}


_on = partial(table_fire_on, places=PLACES, day=DAY, lat=34.5, lon=38.5)  # (action, actor) on a place


# --------------------------------------------------------------------------- 1. background strike nouns
@pytest.mark.parametrize("text", [
    "ولم تمنع الضربات الأمريكية الأخيرة استمرار القصف الجوي على مدينة دوما.",
    "وبعد أسبوع من الضربة الإسرائيلية، عاد القصف الجوي على مدينة دوما.",
    "ورغم الغارات الروسية على الريف، تواصل القصف الجوي على مدينة دوما.",
    "وبعد الضربة الإسرائيلية، استؤنف القصف الجوي على مدينة دوما.",
])
def test_background_strike_noun_names_no_later_bombing(text: str) -> None:
    assert all(actor == "" for action, actor in _on(text, "t-douma")), _on(text, "t-douma")


def test_remembered_air_force_beats_a_background_strike_noun() -> None:
    text = ("وقال المرصد إن طائرات النظام قصفت دوما. "
            "ولم تمنع الضربات الأمريكية الأخيرة استمرار القصف الجوي على مدينة حرستا.")
    assert _on(text, "t-har") == [("airstrike", "Syrian Air Force")]


@pytest.mark.parametrize("text", [
    # recall: an earlier strike noun that is the news itself still names the bombing
    "شنت الطائرات قصف جوي روسي مكثف، وسط اشتباكات، مع استمرار القصف الجوي على مدينة اللطامنة.",
    "لم تتوقف الغارات الروسية على الريف، مع استمرار القصف الجوي على مدينة اللطامنة.",
])
def test_strike_noun_of_the_news_still_names_the_bombing(text: str) -> None:
    assert _on(text, "t-lat") == [("airstrike", "Russia")]


# --------------------------------------------------------------------------- 2. «القوات المشتركة»
@pytest.mark.parametrize("text, place", [
    ("تقدمت القوات المشتركة التركية والجيش الحر نحو مدينة عفرين.", "t-afrin"),
    ("سيطرت القوات المشتركة السورية الروسية على بلدة عقيربات.", "t-uqay"),
    ("سيطرت القوات المشتركة على بلدة عقيربات.", "t-uqay"),
])
def test_joint_forces_are_not_iraqi_out_of_iraqi_copy(text: str, place: str) -> None:
    assert all(actor != "Iraqi forces" for _, actor in _on(text, place))


def test_joint_forces_are_iraqi_in_iraqi_copy() -> None:
    text = ("قالت قيادة الجيش العراقي إن العملية مستمرة. "
            "وكانت القوات المشتركة قد سيطرت على مدينة القائم.")
    assert ("captured", "Iraqi forces") in _on(text, "t-qaim")


# --------------------------------------------------------------------------- 9. partitive checkpoints
@pytest.mark.parametrize("text", [
    "هاجمت الفصائل سلسلة من حواجز قوات النظام في بلدة مورك.",
    "هاجمت الفصائل مجموعة من حواجز قوات النظام في بلدة مورك.",
    "هاجمت الفصائل عددا من حواجز قوات النظام في بلدة مورك.",
    "هاجمت الفصائل عدة من حواجز قوات النظام في بلدة مورك.",
])
def test_partitive_checkpoints_are_the_target(text: str) -> None:
    assert ("attacked", "Opposition factions") in _on(text, "t-murak")


def test_own_checkpoints_are_still_an_origin() -> None:
    text = "قصفت قوات النظام من حواجزها في بلدة مورك قرية اللطامنة."
    assert _on(text, "t-murak") == []
    assert [a for a, _ in _on(text, "t-lat")] == ["shelled"]


# --------------------------------------------------------------------------- 10. «ما مكنها»
@pytest.mark.parametrize("text", [
    "سيطرت القوات على تلة استراتيجية، ما مكنها من رصد بلدة عقيربات.",
    "سيطرت القوات على تلة استراتيجية، ما مكنهم من رصد بلدة عقيربات.",
    "سيطرت القوات على تلة استراتيجية، مما مكنها من رصد بلدة عقيربات.",
    "سيطرت القوات على تلة استراتيجية، ما مكن الجيش من رصد بلدة عقيربات.",
    "سيطرت القوات على تلة استراتيجية، ما سمح لها برصد بلدة عقيربات.",
])
def test_enabling_clause_cuts_the_object(text: str) -> None:
    assert _on(text, "t-uqay") == []


def test_place_before_the_enabling_clause_is_still_taken() -> None:
    text = "سيطرت قوات النظام على بلدة عقيربات، ما مكنها من رصد الطريق."
    assert ("captured", "Syrian Army") in _on(text, "t-uqay")
