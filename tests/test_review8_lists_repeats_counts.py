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

import pytest

from fixtures_places import date_values, surfaces as _surfaces

_BAB = "سيطرت قوات درع الفرات على مدينة الباب شرق حلب. "
_TUESDAY = dt.date(2018, 2, 20)
_dates = partial(date_values, day=_TUESDAY)


# --- a repeated common-word name in an idiom ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    pytest.param("وكان الباب مفتوحا أمام المعارضة للعودة إلى المفاوضات.", id="door-left-open-after-a-copula"),
    pytest.param("وبات الباب مغلقا أمام أي حل سياسي.", id="door-that-became-closed"),
    pytest.param("وعادت المعارضة إلى المفاوضات من الباب الواسع.", id="wide-door-after-a-preposition"),
    pytest.param("ودخلت الشركات إلى السوق من الباب الخلفي.", id="back-door"),
])
def test_door_in_an_idiom_is_no_town(gazetteer, sentence):
    assert _surfaces(_BAB + sentence, gazetteer).count("الباب") == 1


@pytest.mark.parametrize("sentence", [
    pytest.param("وكان الباب آخر معقل للتنظيم في ريف حلب.", id="after-a-copula-with-a-noun-predicate"),
    pytest.param("وانسحب عناصر التنظيم من الباب نحو الجنوب.", id="after-a-preposition"),
    pytest.param("وبات الباب تحت سيطرة الفصائل بعد معارك.", id="that-became-held-after-a-copula"),
])
def test_town_repeated_outside_an_idiom_stays(gazetteer, sentence):
    assert _surfaces(_BAB + sentence, gazetteer).count("الباب") == 2


# --- example lists ------------------------------------------------------------------------------

def test_club_list_takes_no_unknown_item(gazetteer):
    found = _surfaces("وتنافست على اللقب أندية أبرزها حلب وحمص والوثبة، بحسب الاتحاد.", gazetteer)
    assert all("الوثبة" not in s for s in found)


def test_governorate_list_takes_no_unknown_item(gazetteer):
    found = _surfaces("وتضم القائمة مرشحين من محافظات منها حلب وإدلب وطرطوس وأبو حسن، وفق اللجنة.",
                      gazetteer)
    assert all("حسن" not in s for s in found)


def test_firms_list_takes_no_unknown_item(gazetteer):
    found = _surfaces("وشاركت شركات أبرزها حلب ودمشق والنورس، بحسب المنظمين.", gazetteer)
    assert all("النورس" not in s for s in found)


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


def test_counted_villages_and_towns_still_take_their_unknown_items(gazetteer):
    found = _surfaces("ويضم الريف نحو 84 قرية وبلدة أبرزها الرستن وتلبيسة وكفرنان وتير معلة، ويخضع لحصار.",
                      gazetteer)
    assert "وكفرنان" in found
