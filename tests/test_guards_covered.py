"""Guards of geo.claims that no other test covered: each test fails when its guard is removed.

- ``_carried_side_at``: the partitive «من» after the armed noun of a carrying relative clause is
  skipped, so the side named after it is the side the buses carry («الحافلات التي تقل عناصر من
  داعش»: ISIS withdraws);
- ``_entry_completed``: a place whose own name opens with an area noun («ناحية ربيعة», one
  gazetteer key) is an area moved into, so an entry after the enemy left it stays an entry, while a
  town entered the same way is taken.

Sentences written for these tests; places come from a small table (geo.claims only).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_summary

DAY = dt.date(2017, 10, 11)

PLACES = {
    "البوكمال": ("t-buk", "Albu Kamal", "city"),
    "الميادين": ("t-may", "Mayadin", "city"),
    # a sub-district named after its town: one gazetteer key whose kind is the town's
    "ناحية ربيعة": ("n-rab", "Rabia", "town"),
}

claims = partial(table_claims, places=PLACES, day=DAY)
summary = partial(table_summary, places=PLACES, day=DAY)


# --------------------------------------------------------------------------- carried fighters, partitive
@pytest.mark.parametrize("text, place", [
    ("وانطلقت الحافلات التي تقل عناصر من داعش وعائلاتهم من مدينة البوكمال.", "t-buk"),
    ("وانطلقت الحافلات التي تقل عناصر من تنظيم داعش من مدينة الميادين.", "t-may"),
])
def test_buses_carrying_members_of_a_side_withdraw_that_side(text: str, place: str) -> None:
    assert [(c.action, c.place_id, c.actor) for c in claims(text)] == [("withdrew", place, "ISIS")]


def test_buses_carrying_members_of_no_side_are_no_withdrawal() -> None:
    # near miss: the partitive names no armed side
    assert summary("وانطلقت الحافلات التي تقل عناصر من الهلال الأحمر من مدينة البوكمال.") == []


# --------------------------------------------------------------------------- entry into an area by its name
def test_entering_a_place_named_as_an_area_after_the_enemy_left_stays_an_entry() -> None:
    text = "ودخلت القوات العراقية ناحية ربيعة بعد انسحاب مسلحي داعش منها."
    assert ("entered", "n-rab") in summary(text)
    assert ("captured", "n-rab") not in summary(text)


def test_entering_a_town_after_the_enemy_left_takes_it() -> None:
    # the counterpart: the same entry into a town is a capture
    text = "ودخلت القوات العراقية مدينة البوكمال بعد انسحاب مسلحي داعش منها."
    assert ("captured", "t-buk") in summary(text)
