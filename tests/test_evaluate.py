"""The evaluator implements the published scoring rules; test them on hand-made records."""

from __future__ import annotations

import math

import pytest

from conflictmap.evaluate import action_family, score
from geo.geometry import haversine_km

TEXT = "قال مصدر إن الجيش سيطر على بلدة كفرنبل أمس وتقدم نحو مدينة حلب."


def _gold(**extra):
    record = {
        "id": "a1", "text": TEXT,
        "toponyms": [
            {"surface": "كفرنبل", "start": TEXT.index("كفرنبل"), "name_en": "Kafr Nabl",
             "lat": 35.61, "lon": 36.56, "coord_source": "GeoNames", "tolerance_km": 3},
            {"surface": "حلب", "start": TEXT.index("حلب"), "name_en": "Aleppo",
             "lat": 36.20, "lon": 37.16, "coord_source": "PROXY (city)", "tolerance_km": 10},
        ],
        "claims": [
            {"actor": "Syrian Army", "action": "captured", "place": "Kafr Nabl",
             "event_date": "2017-09-04", "quote": "الجيش سيطر على بلدة كفرنبل أمس"},
            {"actor": "Syrian Army + Hezbollah", "action": "advanced", "place": "Aleppo",
             "event_date": None, "quote": "وتقدم نحو مدينة حلب"},
        ],
    }
    record.update(extra)
    return record


def _place(surface, start, lat, lon, name="x"):
    return {"surface": surface, "start": start, "end": start + len(surface), "lat": lat, "lon": lon,
            "name": name, "gazetteer_id": name}


def test_perfect_prediction_scores_one() -> None:
    k, h = TEXT.index("كفرنبل"), TEXT.index("حلب")
    pred = {"a1": {
        "places": [_place("كفرنبل", k, 35.61, 36.56), _place("مدينة حلب", h - 6, 36.2, 37.16)],
        "claims": [
            {"actor": "Syrian Army", "action": "secured", "place": "Kafr Nabl", "lat": 35.61,
             "lon": 36.56, "event_date": "2017-09-04", "start": 0, "end": 10},
            {"actor": "Hezbollah", "action": "entered", "place": "al-Aleppo", "lat": None,
             "lon": None, "event_date": None, "start": 0, "end": 1},
        ]}}
    s = score([_gold()], pred).summary()
    assert s["mentions"]["f1"] == 1.0
    # the PROXY gold coordinate is not scored: only one distance
    assert s["resolution"]["scored"] == 1 and s["resolution"]["acc_10km"] == 1.0
    assert s["claims"]["f1"] == 1.0
    assert s["claims"]["actor_agreement"] == 1.0
    assert s["claims"]["date_accuracy"] == 1.0 and s["claims"]["dated_matched"] == 1


def test_span_overlap_needs_half_of_the_shorter_span() -> None:
    k = TEXT.index("كفرنبل")
    barely = _place("رنبل أ", k + 2, 35.61, 36.56)  # overlaps 4 of 6 chars → match
    assert score([_gold(claims=[])], {"a1": {"places": [barely], "claims": []}}).mention_tp == 1
    tiny = _place("ل أمس", k + 5, 35.61, 36.56)  # overlaps 1 char of the 5-char span → no match
    assert score([_gold(claims=[])], {"a1": {"places": [tiny], "claims": []}}).mention_tp == 0


def test_matching_is_one_to_one() -> None:
    k = TEXT.index("كفرنبل")
    twice = [_place("كفرنبل", k, 35.61, 36.56), _place("كفرنبل", k, 35.61, 36.56)]
    s = score([_gold(claims=[])], {"a1": {"places": twice, "claims": []}}).summary()
    assert s["mentions"]["tp"] == 1 and s["mentions"]["precision"] == pytest.approx(0.5)


def test_resolution_error_is_great_circle_distance() -> None:
    k = TEXT.index("كفرنبل")
    off = _place("كفرنبل", k, 35.61 + 0.2, 36.56)
    s = score([_gold(claims=[])], {"a1": {"places": [off], "claims": []}}).summary()
    assert s["resolution"]["median_km"] == pytest.approx(haversine_km(35.61, 36.56, 35.81, 36.56))
    assert s["resolution"]["acc_10km"] == 0.0 and s["resolution"]["acc_161km"] == 1.0


def test_claim_needs_same_family_and_place() -> None:
    wrong_family = {"actor": "Syrian Army", "action": "airstrike", "place": "Kafr Nabl",
                    "lat": 35.61, "lon": 36.56, "event_date": None, "start": 0, "end": 5}
    far_place = {"actor": "Syrian Army", "action": "captured", "place": "Somewhere",
                 "lat": 30.0, "lon": 30.0, "event_date": None, "start": 0, "end": 5}
    near_point = dict(far_place, lat=35.65, lon=36.56)
    for claim, expected in ((wrong_family, 0), (far_place, 0), (near_point, 1)):
        got = score([_gold()], {"a1": {"places": [], "claims": [claim]}}).claim_tp
        assert got == expected, claim


def test_absent_article_counts_as_all_missed() -> None:
    s = score([_gold()], {}).summary()
    assert s["mentions"]["recall"] == 0.0 and s["claims"]["recall"] == 0.0


def test_action_families() -> None:
    assert action_family("captured") == action_family("secured")
    assert action_family("shelled") == action_family("repelled") == action_family("attacked")
    assert action_family("missile_strike") == action_family("airstrike")
    assert action_family("withdrew") != action_family("captured")


def test_unplaced_match_counts_as_miss_not_infinite_mean() -> None:
    k = TEXT.index("كفرنبل")
    unplaced = _place("كفرنبل", k, None, None)
    s = score([_gold(claims=[])], {"a1": {"places": [unplaced], "claims": []}}).summary()
    assert s["resolution"]["acc_161km"] == 0.0 and s["resolution"]["unplaced"] == 1
    assert s["resolution"]["mean_km"] is None or math.isfinite(s["resolution"]["mean_km"])
