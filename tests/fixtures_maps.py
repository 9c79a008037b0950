"""Layers-shaped fixtures for the map tests (helper D). Sentences are invented for the tests."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from geo.layers import LAYER_COLUMNS, Layers
from geo.model import Article

D1 = dt.date(2017, 9, 14)
D2 = dt.date(2017, 9, 15)

EVIL_TITLE = 'Army <script>alert("x")</script> & "friends"'
EVIL_QUOTE = 'قال المصدر <img src=x onerror=alert(1)> إن الجيش سيطر على البلدة'


def _frame(name: str, rows: list[dict[str, Any]], geoms: list[Any]):
    import geopandas as gpd
    import pandas as pd

    cols = list(LAYER_COLUMNS[name])
    data = pd.DataFrame(rows, columns=cols)
    if len(data):
        data = data.astype(object).where(pd.notna(data), None)
    frame = gpd.GeoDataFrame(data, geometry=list(geoms), crs="EPSG:4326")
    return frame.sort_values("id").reset_index(drop=True) if len(frame) else frame


def claim_row(i: int, *, actor: str = "Syrian Army", action: str = "captured", place: str = "Kafr Test",
              place_ar: str = "كفر تجربة", day: dt.date = D1, title: str = "Army takes Kafr Test",
              url: str = "https://news.example.org/a1", quote: str = "سيطر الجيش على كفر تجربة") -> dict[str, Any]:
    return {
        "id": f"c{i:05d}", "article_id": f"a{i % 7}", "actor": actor, "actor_ar": "",
        "counter_actor": "ISIS", "action": action, "action_family": action, "place_id": f"p{i}",
        "place_name": place, "place_name_ar": place_ar, "event_date": day, "date_precision": "day",
        "article_date": day, "valid_from": day, "valid_to": day, "geo_precision": "exact",
        "precision_km": 1.0, "admin1": "SY09", "quote": quote, "start": 0, "end": 10,
        "confidence": 0.8, "attribution": "SANA", "source": "Test Daily", "url": url, "title": title,
    }


def make_layers(on_date: dt.date | None = D1, *, n_random_claims: int = 0, seed: int = 7) -> Layers:
    """Small but complete layers: every frame non-empty, one hostile title/quote, Arabic names."""
    from shapely.geometry import LineString, Point, Polygon

    from geo.geometry import ring_around
    from geo.zones import deescalation_zones

    day = on_date or D1
    claims = [
        claim_row(1, place="Deir ez-Zor", place_ar="دير الزور", day=day),
        claim_row(2, actor="ISIS", action="airstrike", place="Al Mayadin", place_ar="الميادين", day=day,
                  title=EVIL_TITLE, url="javascript:alert(1)", quote=EVIL_QUOTE),
        claim_row(3, actor="SDF", action="advanced", place="Jubb al-Jarrah", place_ar="جب الجراح", day=day),
        claim_row(4, actor="Opposition factions", action="besieged", place="Harasta", place_ar="حرستا", day=day),
        claim_row(5, actor="Syrian Army", action="siege_broken", place="Deir ez-Zor Airport",
                  place_ar="مطار دير الزور", day=day),
    ]
    claim_geoms = [Point(40.141, 35.336), Point(40.452, 35.020), Point(37.324, 34.834),
                   Point(36.365, 33.559), Point(40.176, 35.285)]
    rng = random.Random(seed)
    for i in range(n_random_claims):
        action = rng.choice(["captured", "advanced", "besieged", "siege_broken", "airstrike", "shelled"])
        actor = rng.choice(["Syrian Army", "ISIS", "SDF", "HTS", "Opposition factions", "Russia"])
        claims.append(claim_row(100 + i, actor=actor, action=action, place=f"Village {i}",
                                place_ar=f"قرية {i}", day=day))
        claim_geoms.append(Point(round(rng.uniform(36.0, 41.5), 5), round(rng.uniform(32.8, 36.9), 5)))

    places = []
    place_geoms = []
    for i, (name, name_ar, pt, known, km) in enumerate([
        ("Deir ez-Zor", "دير الزور", Point(40.141, 35.336), True, 1.0),
        ("Al Mayadin", "الميادين", Point(40.452, 35.020), True, 1.0),
        ("Badia", "البادية", Point(37.70, 33.18), True, 120.0),
        ("Unknown hamlet", "قرية مجهولة", Point(40.3, 35.2), False, 25.0),
    ]):
        places.append({"id": f"p{i}", "name": name, "name_ar": name_ar, "kind": "town", "country": "SY",
                       "admin1": "SY09", "precision_km": km, "geo_precision": "exact" if known else "governorate",
                       "known": known, "mentions": 2, "article_ids": "a1;a2", "surfaces": f"{name_ar}|ب{name_ar}",
                       "first_seen": day, "last_seen": day, "valid_from": day, "valid_to": day,
                       "source": "geonames"})
        place_geoms.append(pt)

    control = [
        {"id": "p0|Syrian Army", "place_id": "p0", "place_name": "Deir ez-Zor", "place_name_ar": "دير الزور",
         "actor": "Syrian Army", "status": "controlled", "since": D1, "last_reported": day, "valid_from": D1,
         "valid_to": day, "conflicting": False, "rival_actors": "", "claim_ids": "c00001", "sources": "Test Daily"},
        {"id": "p1|ISIS", "place_id": "p1", "place_name": "Al Mayadin", "place_name_ar": "الميادين",
         "actor": "ISIS", "status": "contested", "since": D1, "last_reported": day, "valid_from": D1,
         "valid_to": day, "conflicting": True, "rival_actors": "Syrian Army", "claim_ids": "c00002",
         "sources": "Test Daily;Other"},
        {"id": "p9|Opposition factions", "place_id": "p9", "place_name": "Harasta", "place_name_ar": "حرستا",
         "actor": "Opposition factions", "status": "besieged", "since": D1, "last_reported": day,
         "valid_from": D1, "valid_to": D2, "conflicting": False, "rival_actors": "", "claim_ids": "c00004",
         "sources": "Test Daily"},
    ]
    control_geoms = [Point(40.141, 35.336), Point(40.452, 35.020), Point(36.365, 33.559)]

    sieges = [{"id": "siege:p9", "place_id": "p9", "place_name": "Harasta", "actor": "Opposition factions",
               "status": "besieged", "since": D1, "radius_km": 6.0, "valid_from": D1, "valid_to": D2}]
    siege_geoms = [ring_around(33.559, 36.365, 6.0)]

    axes = [{"id": "axis:c00003", "claim_id": "c00003", "actor": "SDF", "from_place": "Raqqa",
             "to_place": "Jubb al-Jarrah", "valid_from": day, "valid_to": day}]
    axis_geoms = [LineString([(39.008, 35.953), (37.324, 34.834)])]

    areas = [{"id": "sector-aleppo-west", "name": "western Aleppo countryside", "name_ar": "ريف حلب الغربي",
              "kind": "sector", "precision_km": 30.0, "mentions": 1, "valid_from": day, "valid_to": day},
             {"id": "region-badia", "name": "Badia", "name_ar": "البادية", "kind": "region",
              "precision_km": 120.0, "mentions": 1, "valid_from": day, "valid_to": day}]
    # a sector-like polygon west of Aleppo city (the real ones come from the gazetteer)
    west_of_aleppo = Polygon([(36.55, 35.95), (37.05, 36.0), (37.05, 36.45), (36.6, 36.5), (36.55, 35.95)])
    area_geoms = [west_of_aleppo, Point(37.70, 33.18)]

    zones_frame = deescalation_zones()
    zone_rows = zones_frame.drop(columns="geometry").to_dict("records")
    return Layers(
        on_date=on_date,
        places=_frame("places", places, place_geoms),
        claims=_frame("claims", claims, claim_geoms),
        control=_frame("control", control, control_geoms),
        areas=_frame("areas", areas, area_geoms),
        sieges=_frame("sieges", sieges, siege_geoms),
        axes=_frame("axes", axes, axis_geoms),
        zones=_frame("zones", [{c: r.get(c) for c in LAYER_COLUMNS["zones"]} for r in zone_rows],
                     list(zones_frame.geometry)),
    )


def empty_layers(on_date: dt.date | None = D1) -> Layers:
    return Layers(on_date=on_date, **{name: _frame(name, [], []) for name in LAYER_COLUMNS})


def articles(day: dt.date = D1) -> list[Article]:
    return [
        Article(id="a1", date=day, text="نص", source="Test Daily", url="https://news.example.org/a1",
                title="الجيش يسيطر على كفر تجربة"),
        Article(id="a2", date=day, text="نص", source="Evil <b>Outlet</b>", url="javascript:alert(2)",
                title=EVIL_TITLE),
    ]
