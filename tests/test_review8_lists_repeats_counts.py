"""Review 8 near-misses of three rules (our own sentences, real gazetteer).

- A common-word name repeated after its place was named with evidence is no place in an idiom:
  after a copula with an indefinite predicate («وكان الباب مفتوحا») or before an idiom's
  adjective («من الباب الواسع»); «وكان الباب آخر معقل» still is.
- An example list («أبرزها», «منها») takes unknown items only after a plural noun of settlements
  or areas («عشرات القرى أبرزها»), not after clubs or the closed set of governorates.
- A bare «الاثنين» after the plural counted by 3-10 («ستة مدنيين») is Monday.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_places import date_values, surfaces as _surfaces

_BAB = "سيطرت قوات درع الفرات على مدينة الباب شرق حلب. "
_TUESDAY = dt.date(2018, 2, 20)
_dates = partial(date_values, day=_TUESDAY)


# --- a repeated common-word name in an idiom ------------------------------------------------------

def test_door_left_open_after_a_copula_is_no_town(gazetteer):
    found = _surfaces(_BAB + "وكان الباب مفتوحا أمام المعارضة للعودة إلى المفاوضات.", gazetteer)
    assert found.count("الباب") == 1


def test_door_that_became_closed_is_no_town(gazetteer):
    found = _surfaces(_BAB + "وبات الباب مغلقا أمام أي حل سياسي.", gazetteer)
    assert found.count("الباب") == 1


def test_wide_door_after_a_preposition_is_no_town(gazetteer):
    found = _surfaces(_BAB + "وعادت المعارضة إلى المفاوضات من الباب الواسع.", gazetteer)
    assert found.count("الباب") == 1


def test_back_door_is_no_town(gazetteer):
    found = _surfaces(_BAB + "ودخلت الشركات إلى السوق من الباب الخلفي.", gazetteer)
    assert found.count("الباب") == 1


def test_town_after_a_copula_with_a_noun_predicate_stays(gazetteer):
    found = _surfaces(_BAB + "وكان الباب آخر معقل للتنظيم في ريف حلب.", gazetteer)
    assert found.count("الباب") == 2


def test_town_after_a_preposition_stays(gazetteer):
    found = _surfaces(_BAB + "وانسحب عناصر التنظيم من الباب نحو الجنوب.", gazetteer)
    assert found.count("الباب") == 2


# --- example lists ------------------------------------------------------------------------------

def test_club_list_takes_no_unknown_item(gazetteer):
    found = _surfaces("وتنافست على اللقب أندية أبرزها حلب وحمص والوثبة، بحسب الاتحاد.", gazetteer)
    assert "والوثبة" not in found


def test_governorate_list_takes_no_unknown_item(gazetteer):
    found = _surfaces("وتضم القائمة مرشحين من محافظات منها حلب وإدلب وطرطوس وأبو حسن، وفق اللجنة.",
                      gazetteer)
    assert all("حسن" not in s for s in found)


def test_firms_list_takes_no_unknown_item(gazetteer):
    found = _surfaces("وشاركت شركات أبرزها حلب ودمشق والنورس، بحسب المنظمين.", gazetteer)
    assert "والنورس" not in found


def test_village_list_still_takes_its_unknown_item(gazetteer):
    found = _surfaces("وحررت الفصائل قرى عدة أبرزها الرستن وتلبيسة وسلمو، قبل أن تتقدم.", gazetteer)
    assert "وسلمو" in found


# --- «الاثنين» after a count of 3-10 --------------------------------------------------------------

def test_monday_after_six_civilians():
    assert _dates("قتل ستة مدنيين الاثنين في غارات على معرة النعمان.") == [dt.date(2018, 2, 19)]


def test_monday_after_a_digit_and_a_broken_plural():
    assert _dates("قتل 6 أشخاص الاثنين في غارات على البلدة.") == [dt.date(2018, 2, 19)]


def test_monday_after_three_members():
    assert _dates("وأصيب ثلاثة عناصر الاثنين في انفجار لغم.") == [dt.date(2018, 2, 19)]


def test_the_two_definite_plural_after_a_count_is_no_day():
    assert _dates("وأفرج عن ستة من المخطوفين الاثنين بعد أسبوع.") == []


def test_town_that_became_held_after_a_copula_stays(gazetteer):
    found = _surfaces(_BAB + "وبات الباب تحت سيطرة الفصائل بعد معارك.", gazetteer)
    assert found.count("الباب") == 2


def test_counted_villages_and_towns_still_take_their_unknown_items(gazetteer):
    found = _surfaces("ويضم الريف نحو 84 قرية وبلدة أبرزها الرستن وتلبيسة وكفرنان وتير معلة، ويخضع لحصار.",
                      gazetteer)
    assert "وكفرنان" in found
