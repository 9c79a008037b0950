"""geo.zones: shipped governorates, approximate de-escalation zones, countryside sectors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from shapely.geometry import Point

from geo import zones

ROOT = Path(__file__).resolve().parents[1]

# (lon, lat) of towns, typed from standard references for these tests
IDLIB = Point(36.634, 35.931)
DOUMA = Point(36.403, 33.572)
RASTAN = Point(36.732, 34.927)
NAWA = Point(36.039, 32.886)
DAMASCUS_OLD_CITY = Point(36.306, 33.511)
DEIR_EZ_ZOR = Point(40.141, 35.336)
ALEPPO = Point(37.161, 36.201)


def test_four_approximate_zones_with_rule_and_sources():
    frame = zones.deescalation_zones()
    assert list(frame["id"]) == sorted(frame["id"]) and len(frame) == 4
    assert frame.crs.to_epsg() == 4326
    assert frame["approximate"].all()
    assert all(frame.geometry.is_valid) and not any(frame.geometry.is_empty)
    assert all("convex_hull" in r for r in frame["rule"])
    assert all("Astana" in s for s in frame["sources"])
    assert all(v == dt.date(2017, 5, 6) for v in frame["valid_from"])
    assert all(frame["name_ar"].str.len() > 0)


@pytest.mark.parametrize("zone_id, inside, outside", [
    ("zone-1-idlib", IDLIB, DEIR_EZ_ZOR),
    ("zone-2-northern-homs", RASTAN, Point(36.726, 34.724)),  # Homs city is outside
    ("zone-3-eastern-ghouta", DOUMA, DAMASCUS_OLD_CITY),
    ("zone-4-south-west", NAWA, ALEPPO),
])
def test_zone_covers_its_towns(zone_id, inside, outside):
    frame = zones.deescalation_zones().set_index("id")
    geom = frame.loc[zone_id, "geometry"]
    assert geom.contains(inside)
    assert not geom.contains(outside)


def test_zones_are_inside_syria_and_disjoint():
    frame = zones.deescalation_zones()
    syria = zones.governorates().geometry.union_all().buffer(0.01)
    geoms = list(frame.geometry)
    for i, a in enumerate(geoms):
        assert a.within(syria)
        for b in geoms[i + 1:]:
            assert a.intersection(b).area < 1e-6


def test_governorates():
    frame = zones.governorates()
    assert list(frame["admin1"]) == [f"SY{i:02d}" for i in range(1, 15)]
    assert frame.crs.to_epsg() == 4326 and all(frame.geometry.is_valid)
    aleppo = frame.set_index("admin1").loc["SY02", "geometry"]
    assert aleppo.contains(ALEPPO)
    assert frame.set_index("admin1").loc["SY09", "name_ar"] == "دير الزور"


def test_docs_describe_the_rule():
    text = (ROOT / "docs" / "ZONES.md").read_text(encoding="utf-8")
    assert "approximate" in text.lower() and "convex hull" in text.lower()
