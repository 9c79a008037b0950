"""A bare «الاثنين» after the indefinite noun of a count is the weekday (our own sentences)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_places import date_values

_TUESDAY = dt.date(2018, 2, 20)
_dates = partial(date_values, day=_TUESDAY)


def test_monday_after_a_counted_noun():
    assert _dates("قتل ثلاثون مدنيا الاثنين جراء القصف على البلدة.") == [dt.date(2018, 2, 19)]


def test_monday_after_a_number_and_noun():
    assert _dates("أصيب 12 شخصا الاثنين في انفجار سيارة.") == [dt.date(2018, 2, 19)]


def test_the_two_after_a_plural_verb_is_no_day():
    assert _dates("وقد قتلوا الاثنين بعد خطفهما.") == []


def test_the_two_after_a_definite_plural_is_no_day():
    assert _dates("وأفرج عن المخطوفين الاثنين بعد أسبوع.") == []
