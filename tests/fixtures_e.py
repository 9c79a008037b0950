"""Small Layers-shaped fixtures for the export, snapshot and report tests (helper E).

Synthetic data only (invented quotes, real-looking but arbitrary coordinates in Syria).
"""

from __future__ import annotations

import datetime as dt

from geo.layers import LAYER_COLUMNS, Layers, ring_around

D1 = dt.date(2017, 7, 3)
D2 = dt.date(2017, 7, 9)

#: Test-local actor palette (maps.styles may override it through maps.export.actor_colour).
ACTORS = ("Syrian Army", "ISIS", "SDF")


def _frame(name, rows, geoms):
    import geopandas as gpd
    import pandas as pd

    columns = LAYER_COLUMNS[name]
    full = [{c: row.get(c) for c in columns} for row in rows]
    order = sorted(range(len(full)), key=lambda i: full[i]["id"])
    data = pd.DataFrame([full[i] for i in order], columns=list(columns))
    data = data.astype(object).where(pd.notna(data), None) if len(data) else data
    return gpd.GeoDataFrame(data, geometry=[geoms[i] for i in order], crs="EPSG:4326")


def make_layers(on_date: dt.date | None = None, *, empty: bool = False) -> Layers:
    """A Layers object with every layer populated (or every layer empty)."""
    from shapely.geometry import LineString, MultiPolygon, Point, Polygon

    if empty:
        return Layers(on_date, *(_frame(n, [], []) for n in LAYER_COLUMNS))
    places = [
        {"id": "gz:1001", "name": "Tall Abyad Test", "name_ar": "تل الاختبار", "kind": "town",
         "country": "SY", "admin1": "SY11", "precision_km": 1.0, "geo_precision": "exact",
         "known": True, "mentions": 3, "article_ids": "art-a;art-b", "surfaces": "تل الاختبار|بتل الاختبار",
         "first_seen": D1, "last_seen": D2, "valid_from": D1, "valid_to": D2, "source": "test"},
        {"id": "gz:1002", "name": "Wadi Sample", "name_ar": "وادي العينة", "kind": "village",
         "country": "SY", "admin1": "SY09", "precision_km": 0.5, "geo_precision": "near",
         "known": True, "mentions": 1, "article_ids": "art-b", "surfaces": "وادي العينة",
         "first_seen": D2, "last_seen": D2, "valid_from": D2, "valid_to": D2, "source": "test"},
        {"id": "gz:1003", "name": "Unknown hamlet", "name_ar": "مزرعة مجهولة", "kind": "village",
         "country": "SY", "admin1": "SY04", "precision_km": 25.0, "geo_precision": "district",
         "known": False, "mentions": 1, "article_ids": "art-a", "surfaces": "مزرعة مجهولة",
         "first_seen": D1, "last_seen": D1, "valid_from": D1, "valid_to": D1, "source": ""},
    ]
    place_geoms = [Point(38.95, 36.7), Point(40.2, 35.1), Point(37.1, 34.6)]
    claims = [
        {"id": "c-01", "article_id": "art-a", "actor": "Syrian Army", "actor_ar": "الجيش السوري",
         "counter_actor": "ISIS", "action": "captured", "action_family": "captured",
         "place_id": "gz:1003", "place_name": "Unknown hamlet", "place_name_ar": "مزرعة مجهولة",
         "event_date": D1, "date_precision": "day", "article_date": D1, "valid_from": D1,
         "valid_to": D1, "geo_precision": "district", "precision_km": 25.0, "admin1": "SY04",
         "quote": "سيطر الجيش على مزرعة مجهولة, \"قرب\" الطريق", "start": 10, "end": 52,
         "confidence": 0.8, "attribution": "مصدر عسكري", "source": "Outlet One",
         "url": "https://example.org/a", "title": "عنوان أ"},
        {"id": "c-02", "article_id": "art-b", "actor": "ISIS", "actor_ar": "داعش",
         "counter_actor": "", "action": "captured", "action_family": "captured",
         "place_id": "gz:1002", "place_name": "Wadi Sample", "place_name_ar": "وادي العينة",
         "event_date": None, "date_precision": "unknown", "article_date": D2, "valid_from": D2,
         "valid_to": D2, "geo_precision": "near", "precision_km": 0.5, "admin1": "SY09",
         "quote": "سيطر التنظيم على وادي العينة\nبعد اشتباكات", "start": 0, "end": 40,
         "confidence": 0.6, "attribution": "", "source": "Outlet Two",
         "url": "https://example.org/b?x=1&y=<2>", "title": "عنوان ب"},
        {"id": "c-03", "article_id": "art-b", "actor": "SDF", "actor_ar": "قسد",
         "counter_actor": "ISIS", "action": "airstrike", "action_family": "airstrike",
         "place_id": "gz:1001", "place_name": "Tall Abyad Test", "place_name_ar": "تل الاختبار",
         "event_date": D2, "date_precision": "days", "article_date": D2, "valid_from": D2,
         "valid_to": D2, "geo_precision": "exact", "precision_km": 1.0, "admin1": "SY11",
         "quote": "غارات على تل الاختبار", "start": 5, "end": 25, "confidence": 1,
         "attribution": "", "source": "Outlet Two", "url": "javascript:alert(1)",
         "title": "<b>title</b>"},
        {"id": "c-04", "article_id": "art-a", "actor": "Syrian Army", "actor_ar": "الجيش السوري",
         "counter_actor": "", "action": "shelled", "action_family": "attacked",
         "place_id": "gz:1001", "place_name": "Tall Abyad Test", "place_name_ar": "تل الاختبار",
         "event_date": D1, "date_precision": "week", "article_date": D1, "valid_from": D1,
         "valid_to": D1, "geo_precision": "exact", "precision_km": 1.0, "admin1": "SY11",
         "quote": "=قصف مدفعي", "start": 60, "end": 70, "confidence": 0.55,
         "attribution": "", "source": "Outlet One", "url": "https://example.org/a",
         "title": "عنوان أ"},
    ]
    claim_geoms = [Point(37.1, 34.6), Point(40.2, 35.1), Point(38.95, 36.7),
                   Point(38.950000123, 36.700000456)]
    control = [
        {"id": "gz:1003|Syrian Army|2017-07-03", "place_id": "gz:1003", "place_name": "Unknown hamlet",
         "place_name_ar": "مزرعة مجهولة", "actor": "Syrian Army", "status": "controlled",
         "since": D1, "last_reported": D1, "valid_from": D1, "valid_to": D2, "conflicting": False,
         "rival_actors": "", "claim_ids": "c-01", "sources": "Outlet One"},
        {"id": "gz:1002|ISIS|2017-07-09", "place_id": "gz:1002", "place_name": "Wadi Sample",
         "place_name_ar": "وادي العينة", "actor": "ISIS", "status": "besieged", "since": D2,
         "last_reported": D2, "valid_from": D2, "valid_to": D2, "conflicting": True,
         "rival_actors": "SDF", "claim_ids": "c-02", "sources": "Outlet Two"},
    ]
    control_geoms = [Point(37.1, 34.6), Point(40.2, 35.1)]
    # a clockwise exterior ring (must come out counter-clockwise) and a river line
    clockwise = Polygon([(36.5, 35.5), (36.5, 36.0), (37.2, 36.0), (37.2, 35.5), (36.5, 35.5)])
    areas = [
        {"id": "gz:2001", "name": "Western countryside", "name_ar": "الريف الغربي",
         "kind": "sector", "precision_km": 20.0, "mentions": 2, "valid_from": D1, "valid_to": D2},
        {"id": "gz:2002", "name": "Test river", "name_ar": "نهر الاختبار", "kind": "river",
         "precision_km": 5.0, "mentions": 1, "valid_from": D2, "valid_to": D2},
    ]
    area_geoms = [clockwise, LineString([(38.0, 36.0), (39.0, 35.8), (40.1, 35.0)])]
    sieges = [{"id": "siege:gz:1002", "place_id": "gz:1002", "place_name": "Wadi Sample",
               "actor": "ISIS", "status": "besieged", "since": D2, "radius_km": 6.0,
               "valid_from": D2, "valid_to": D2}]
    siege_geoms = [ring_around(35.1, 40.2, 6.0)]
    axes = [{"id": "axis:c-02", "claim_id": "c-02", "actor": "ISIS", "from_place": "Tall Abyad Test",
             "to_place": "Wadi Sample", "valid_from": D2, "valid_to": D2}]
    axis_geoms = [LineString([(38.95, 36.7), (40.2, 35.1)])]
    zones = [{"id": "zone-test", "name": "Test zone", "name_ar": "منطقة الاختبار", "approximate": True,
              "rule": "test rule", "sources": "test", "valid_from": dt.date(2017, 5, 4)}]
    zone_geoms = [MultiPolygon([
        Polygon([(36.0, 35.0), (36.0, 35.4), (36.6, 35.4), (36.6, 35.0)]),
        Polygon([(35.8, 33.0), (36.2, 33.0), (36.2, 33.3), (35.8, 33.3)]),
    ])]
    return Layers(
        on_date,
        places=_frame("places", places, place_geoms),
        claims=_frame("claims", claims, claim_geoms),
        control=_frame("control", control, control_geoms),
        areas=_frame("areas", areas, area_geoms),
        sieges=_frame("sieges", sieges, siege_geoms),
        axes=_frame("axes", axes, axis_geoms),
        zones=_frame("zones", zones, zone_geoms),
    )
