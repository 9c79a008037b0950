"""Control timeline (geo.timeline): de-duplication, succession, sieges, conflicts."""

from __future__ import annotations

import datetime as dt

from geo.model import CONTROL_STATUSES, Claim
from geo.timeline import build_timeline, effective_date

D0 = dt.date(2018, 5, 1)


def claim(n: int, actor: str, action: str, day: int | None, place: str = "p1", *,
          article_day: int = 20, source: str = "Outlet A") -> Claim:
    return Claim(
        id=f"a{n}:c1", article_id=f"a{n}", actor=actor, action=action, place_id=place,
        place_name=place.upper(), place_name_ar="بلدة", lat=35.0, lon=36.0,
        event_date=None if day is None else D0 + dt.timedelta(days=day),
        date_precision="day" if day is not None else "unknown", quote="…", start=0, end=1,
        confidence=0.8, source=source, article_date=D0 + dt.timedelta(days=article_day),
    )


def at(day: int) -> dt.date:
    return D0 + dt.timedelta(days=day)


def test_effective_date_falls_back_to_article_date():
    assert effective_date(claim(1, "ISIS", "captured", None, article_day=4)) == at(4)
    assert effective_date(claim(1, "ISIS", "captured", 2)) == at(2)


def test_repeated_reports_are_one_state_listing_all_claims_and_sources():
    tl = build_timeline([claim(1, "Syrian Army", "captured", 3),
                         claim(2, "Syrian Army + Hezbollah", "captured", 5, source="Outlet B"),
                         claim(3, "Syrian Air Force", "captured", 4, source="Outlet C")])
    (state,) = tl.states_on(at(10))
    assert state.status == "controlled" and state.since == at(3) and state.last_reported == at(5)
    assert state.claim_ids == ("a1:c1", "a2:c1", "a3:c1")
    assert state.sources == ("Outlet A", "Outlet B", "Outlet C")
    assert not state.conflicting


def test_nothing_before_the_first_claim_and_sorted_dates():
    tl = build_timeline([claim(2, "SDF", "advanced", 8), claim(1, "SDF", "captured", 12)])
    assert tl.states_on(at(7)) == []
    assert tl.dates == sorted(tl.dates) and tl.dates[0] == at(8)
    assert [s.status for s in tl.states_on(at(9))] == ["claimed_advance"]
    assert [s.status for s in tl.states_on(at(12))] == ["controlled"]


def test_capture_by_a_rival_later_ends_the_previous_controller():
    tl = build_timeline([claim(1, "ISIS", "captured", 0), claim(2, "Syrian Army", "captured", 20)])
    assert [s.actor for s in tl.states_on(at(10))] == ["ISIS"]
    (state,) = tl.states_on(at(25))
    assert state.actor == "Syrian Army" and not state.conflicting


def test_conflicting_claims_in_the_same_window_are_kept_and_flagged():
    tl = build_timeline([claim(1, "Syrian Army", "captured", 10),
                         claim(2, "Opposition factions", "captured", 11, source="Outlet B")])
    states = tl.states_on(at(12))
    assert [s.actor for s in states] == ["Opposition factions", "Syrian Army"]  # sorted by actor
    assert all(s.conflicting for s in states)
    assert states[0].rival_actors == ("Syrian Army",)


def test_siege_and_siege_broken():
    tl = build_timeline([claim(1, "ISIS", "besieged", 0), claim(2, "Syrian Army", "siege_broken", 9)])
    assert [(s.actor, s.status) for s in tl.states_on(at(5))] == [("ISIS", "besieged")]
    assert [(s.actor, s.status) for s in tl.states_on(at(9))] == [("Syrian Army", "siege_broken")]


def test_withdrawal_ends_the_state_and_strikes_do_not_change_control():
    tl = build_timeline([claim(1, "ISIS", "captured", 0), claim(2, "Russia", "airstrike", 2),
                         claim(3, "ISIS", "withdrew", 6)])
    assert [s.actor for s in tl.states_on(at(3))] == ["ISIS"]
    assert tl.states_on(at(7)) == []


def test_later_advance_report_does_not_downgrade_control():
    tl = build_timeline([claim(1, "SDF", "captured", 0), claim(2, "SDF", "advanced", 10)])
    (state,) = tl.states_on(at(12))
    assert state.status == "controlled" and state.last_reported == at(10)


def test_changes_and_intervals_for_temporal_exports():
    tl = build_timeline([claim(1, "ISIS", "captured", 0), claim(2, "Syrian Army", "captured", 20)])
    changes = tl.changes()
    assert [(d, s.actor) for d, s in changes] == [(at(0), "ISIS"), (at(20), "Syrian Army")]
    intervals = tl.intervals()
    assert [(s.actor, a, b) for s, a, b in intervals] == [("ISIS", at(0), at(20)),
                                                          ("Syrian Army", at(20), None)]


def test_places_are_independent_and_states_sorted():
    tl = build_timeline([claim(1, "SDF", "captured", 1, place="p2"), claim(2, "ISIS", "captured", 1, place="p1")])
    assert [s.place_id for s in tl.states_on(at(2))] == ["p1", "p2"]
    assert all(s.status in CONTROL_STATUSES for s in tl.states_on(at(2)))


def test_deterministic_regardless_of_input_order():
    claims = [claim(i, a, "captured", d) for i, (a, d) in enumerate(
        [("ISIS", 0), ("Syrian Army", 1), ("SDF", 30), ("Syrian Army", 31)])]
    a, b = build_timeline(claims), build_timeline(list(reversed(claims)))
    assert a.dates == b.dates and all(a.states_on(d) == b.states_on(d) for d in a.dates)


def test_empty():
    tl = build_timeline([])
    assert tl.dates == [] and tl.states_on(D0) == [] and tl.changes() == [] and tl.intervals() == []
