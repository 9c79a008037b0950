"""Civilians fleeing are no withdrawal.

- «باتت المدينة خالية من السكان بعدما فروا»: a flight verb right after a time conjunction with its
  subject dropped refers to the civilians named just before: displacement, no withdrawal. Armed men
  named there, or a subject after the verb, keep the withdrawal.

Sentences written for these tests; places come from a small table, so only geo.claims is exercised.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_places_of

DAY = dt.date(2017, 9, 10)

PLACES = {
    "إدلب": ("t-idlib", "Idlib", "city"),
    "حلب": ("t-aleppo", "Aleppo", "city"),
    "مورك": ("t-morek", "Morek", "town"),
    "دمشق": ("t-dam", "Damascus", "city"),
    "حمص": ("t-homs", "Homs", "city"),
    "سراقب": ("t-saraqib", "Saraqib", "town"),
}

withdrawals = partial(table_places_of, action="withdrew", places=PLACES, day=DAY)


@pytest.mark.parametrize("text", [
    "وقال إن المدينة باتت خالية من السكان بعدما فروا من سراقب.",
    "وقال إن البلدة فرغت من الأهالي عندما فروا من مورك نحو الشمال.",
    "وأكد أن الحي بات خاليا من المدنيين بعدما هربوا من حلب جراء القصف.",
])
def test_civilians_who_fled_make_no_withdrawal(text: str) -> None:
    assert withdrawals(text) == []


@pytest.mark.parametrize("text, place", [
    ("وقال إن المدينة باتت خالية من السكان بعدما فر مسلحو التنظيم من سراقب.", "t-saraqib"),
    ("وقال إن عناصر التنظيم فروا من بلدة مورك.", "t-morek"),
    ("ودخل الجيش البلدة بعد مقتل عشرات المسلحين بعدما فروا من مدينة سراقب.", "t-saraqib"),
])
def test_armed_men_who_fled_still_withdrew(text: str, place: str) -> None:
    assert place in withdrawals(text)
