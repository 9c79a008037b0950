"""Shipped polygons: Syrian governorates and the Astana de-escalation zones.

Countryside sectors («ريف حلب الغربي») are gazetteer places with their own polygons
(``Gazetteer.geometry``), built by ``tools/build_gazetteer.py``.

All frames are EPSG:4326 GeoDataFrames read from package data in ``geo/data/`` (built by
``tools/build_zones.py``; sources and the zone construction rule are in ``docs/ZONES.md``).
Nothing here touches the network or ``../shared``.

Examples
--------
>>> zones = deescalation_zones()
>>> len(zones), bool(zones["approximate"].all())
(4, True)
>>> sorted(governorates()["admin1"])[:3]
['SY01', 'SY02', 'SY03']
"""

from __future__ import annotations

import datetime as _dt
import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    from geopandas import GeoDataFrame

__all__ = ["deescalation_zones", "governorates"]


@lru_cache(maxsize=None)
def _read(name: str) -> dict[str, Any]:
    """The parsed package data file ``name`` (read once; callers only read it)."""
    text = resources.files("geo").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text)


def _frame(name: str) -> "GeoDataFrame":
    import geopandas as gpd

    data = _read(name)
    frame = gpd.GeoDataFrame.from_features(data["features"], crs="EPSG:4326")
    return frame.sort_values("id").reset_index(drop=True)


def deescalation_zones() -> "GeoDataFrame":
    """Return the four Astana de-escalation zones (approximate polygons).

    Returns
    -------
    GeoDataFrame
        EPSG:4326, one row per zone sorted by ``id``, columns ``id, name, name_ar,
        approximate`` (always True), ``rule`` (how the polygon was constructed), ``anchors``,
        ``sources``, ``valid_from`` (``datetime.date``, 2017-05-06) and ``geometry``.
    """
    frame = _frame("deescalation_zones.geojson")
    frame["valid_from"] = [_dt.date.fromisoformat(v) for v in frame["valid_from"]]
    frame["approximate"] = frame["approximate"].astype(bool)
    cols = ["id", "name", "name_ar", "approximate", "rule", "anchors", "sources", "valid_from",
            "geometry"]
    return frame[cols]


def governorates() -> "GeoDataFrame":
    """Return the 14 Syrian governorates (Natural Earth 10m outlines, OCHA P-codes).

    Returns
    -------
    GeoDataFrame
        EPSG:4326, columns ``id`` (= ``admin1``, OCHA P-code SY01..SY14), ``admin1``, ``name``,
        ``name_ar``, ``source`` and ``geometry``; sorted by ``id``. Outlines are simplified
        (~300 m) and good for display and coarse point-in-polygon, not for statistics.
    """
    return _frame("governorates.geojson")[["id", "admin1", "name", "name_ar", "source", "geometry"]]
