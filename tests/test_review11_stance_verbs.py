"""A side that condemns, welcomes, demands or reports an event is not its actor (review 11, finding 1).

- The subject of a stance verb (``stance_verbs`` of markers.yaml: «أدان/ندد/استنكر/رحب/أشاد/طالب/وصف…»)
  whose object is an event noun («أدانت تركيا الغارات على X», «رحبت إيران بتحرير X») judges the event:
  the claim stays, with the actor named another way (the noun's nationality adjective, a strike told
  before) or none; the judging side is no dropped subject either.
- The same across «أن/إن» after an ``attribution`` verb when a fire noun opens the clause («أكدت تركيا
  أن الغارات على X تهدد …»); a reported gain keeps its announcer («أكد الجيش أن السيطرة على X تمت»).
- Near misses: a verb that does the event («شن/واصل/أعلن … السيطرة») keeps its subject.

Sentences from the review and written for these tests; places come from a small table, so only
geo.claims and geo.actors are exercised.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims

DAY = dt.date(2017, 9, 13)

PLACES = {
    "إدلب": ("t-idlib", "Idlib", "city"),
    "دير الزور": ("t-deir", "Deir ez-Zor", "city"),
    "البوكمال": ("t-bukamal", "Abu Kamal", "city"),
    "خان شيخون": ("t-khan", "Khan Shaykhun", "city"),
    "عفرين": ("t-afrin", "Afrin", "city"),
    "السلمية": ("t-salamiyah", "Salamiyah", "city"),
    "تدمر": ("t-palmyra", "Palmyra", "city"),
    "دوما": ("t-douma", "Douma", "city"),
}

claims = partial(table_claims, places=PLACES, day=DAY, lat=34.5, lon=37.0)


def _on(text: str, place: str) -> list[tuple[str, str]]:
    """(action, actor) of the claims on ``place``."""
    return [(c.action, c.actor) for c in claims(text) if c.place_id == place]


@pytest.mark.parametrize(("text", "place", "action"), [
    ("أدانت تركيا الغارات على مدينة إدلب.", "t-idlib", "airstrike"),
    ("دانت روسيا الغارات على مدينة دير الزور.", "t-deir", "airstrike"),
    ("شجبت إيران الغارات على مدينة البوكمال.", "t-bukamal", "airstrike"),
    ("استنكرت روسيا الهجوم على مدينة خان شيخون.", "t-khan", "attacked"),
    ("نددت تركيا بالقصف على مدينة عفرين.", "t-afrin", "shelled"),
    ("انتقدت واشنطن الهجوم على مدينة عفرين.", "t-afrin", "attacked"),
    ("طالبت تركيا بوقف القصف على مدينة إدلب.", "t-idlib", "shelled"),
    ("وصفت إيران الغارات على مدينة البوكمال بأنها عدوان.", "t-bukamal", "airstrike"),
    ("أكدت تركيا أن الغارات على مدينة إدلب تهدد الاتفاق.", "t-idlib", "airstrike"),
    ("أدان الجيش السوري الهجوم الإرهابي على مدينة السلمية.", "t-salamiyah", "attacked"),
    ("رحبت إيران بتحرير مدينة البوكمال.", "t-bukamal", "captured"),
    ("أشادت روسيا بتحرير مدينة تدمر.", "t-palmyra", "captured"),
    ("وتركيا انتقدت الهجوم على مدينة عفرين.", "t-afrin", "attacked"),
])
def test_stance_subject_is_not_the_actor(text: str, place: str, action: str) -> None:
    assert _on(text, place) == [(action, "")]


def test_stance_keeps_the_nationality_of_the_noun() -> None:
    assert _on("أدانت تركيا الغارات الروسية على مدينة إدلب.", "t-idlib") == [("airstrike", "Russia")]


def test_stance_keeps_the_firer_of_a_strike_told_before() -> None:
    text = "قصفت الطائرات الروسية مدينة إدلب. وأدانت تركيا الغارات على المدينة."
    assert _on(text, "t-idlib") == [("airstrike", "Russia")]


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("شنت الطائرات الروسية غارات على مدينة إدلب.", "t-idlib", [("airstrike", "Russia")]),
    ("واصلت قوات النظام القصف على مدينة دوما.", "t-douma", [("shelled", "Syrian Army")]),
    ("أعلن الجيش السوري السيطرة على مدينة تدمر.", "t-palmyra", [("captured", "Syrian Army")]),
])
def test_verbs_that_do_the_event_keep_their_subject(text: str, place: str, expected: list[tuple[str, str]]) -> None:
    assert _on(text, place) == expected


def test_a_reported_gain_keeps_its_announcer() -> None:
    # Only fire nouns open a judged «أن» clause; the side that announces a gain is its actor.
    assert _on("أكد الجيش السوري أن السيطرة على مدينة تدمر تمت بالكامل.", "t-palmyra") == [("captured", "Syrian Army")]
