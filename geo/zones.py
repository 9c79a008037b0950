"""Shipped polygons: Syrian governorates, the Astana de-escalation zones, countryside sectors.

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
import math
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from geo.errors import InputError

if TYPE_CHECKING:  # pragma: no cover - typing only
    from geopandas import GeoDataFrame
    from shapely.geometry.base import BaseGeometry

    from geo.model import Place

__all__ = ["deescalation_zones", "governorates", "sector_polygon", "place_area", "DIRECTIONS",
           "direction_of"]

#: Compass direction -> bearing in degrees (clockwise from north).
DIRECTIONS: dict[str, float] = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
    "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}

# Arabic and English words that name a direction in sector names («ريف حلب الغربي», "western ...").
_DIRECTION_WORDS: tuple[tuple[str, str], ...] = (
    ("الشمالي الشرقي", "northeast"), ("الشمالي الغربي", "northwest"),
    ("الجنوبي الشرقي", "southeast"), ("الجنوبي الغربي", "southwest"),
    ("الشمالي", "north"), ("الجنوبي", "south"), ("الشرقي", "east"), ("الغربي", "west"),
    ("north-eastern", "northeast"), ("northeastern", "northeast"), ("north-western", "northwest"),
    ("northwestern", "northwest"), ("south-eastern", "southeast"), ("southeastern", "southeast"),
    ("south-western", "southwest"), ("southwestern", "southwest"),
    ("northern", "north"), ("southern", "south"), ("eastern", "east"), ("western", "west"),
)


@lru_cache(maxsize=None)
def _read(name: str) -> dict[str, Any]:
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


@lru_cache(maxsize=64)
def _governorate_geometry(admin1: str) -> "BaseGeometry | None":
    from shapely.geometry import shape

    for feature in _read("governorates.geojson")["features"]:
        if feature["properties"]["admin1"] == admin1:
            return shape(feature["geometry"])
    return None


def _seat(admin1: str) -> tuple[float, float] | None:
    for feature in _read("governorates.geojson")["features"]:
        props = feature["properties"]
        if props["admin1"] == admin1:
            return (props["seat_lat"], props["seat_lon"])
    return None


def direction_of(name: str) -> str | None:
    """Return the compass direction named in a sector name, or None.

    >>> direction_of("ريف حلب الغربي"), direction_of("northern Hama countryside"), direction_of("Homs")
    ('west', 'north', None)
    """
    text = name.lower()
    for word, direction in _DIRECTION_WORDS:
        if word in text:
            return direction
    return None


def sector_polygon(admin1: str, direction: str | None = None, *,
                   centre: tuple[float, float] | None = None,
                   half_angle: float = 67.5) -> "BaseGeometry | None":
    """Approximate polygon of a countryside sector («ريف حلب الغربي») inside a governorate.

    Parameters
    ----------
    admin1 : str
        OCHA P-code of the governorate (``"SY02"``).
    direction : str, optional
        A key of :data:`DIRECTIONS`; None returns the whole governorate.
    centre : (lat, lon), optional
        The city whose countryside is meant; defaults to the governorate seat (Aleppo city for
        SY02, Damascus for SY03 «ريف دمشق»).
    half_angle : float
        Half-width of the wedge around the direction, in degrees.

    Returns
    -------
    shapely geometry or None
        The part of the governorate inside the wedge; None for an unknown ``admin1``.

    Raises
    ------
    InputError
        If ``direction`` is not a known compass direction.

    Examples
    --------
    >>> west = sector_polygon("SY02", "west")  # «ريف حلب الغربي»
    >>> west.centroid.x < 37.16  # west of Aleppo city
    True
    """
    gov = _governorate_geometry(admin1)
    if gov is None:
        return None
    if direction is None:
        return gov
    if direction not in DIRECTIONS:
        raise InputError(f"unknown sector direction {direction!r}; expected one of {sorted(DIRECTIONS)}")
    from shapely.geometry import Polygon

    if centre is None:
        seat = _seat(admin1)
        if seat is None:  # pragma: no cover - every shipped governorate has a seat
            point = gov.representative_point()
            seat = (point.y, point.x)
        centre = seat
    lat, lon = centre
    bearing = DIRECTIONS[direction]
    reach = 5.0  # degrees: larger than any governorate
    scale = 1.0 / max(math.cos(math.radians(lat)), 0.1)
    ring = [(lon, lat)]
    for step in range(0, 11):
        angle = math.radians(bearing - half_angle + step * (2 * half_angle) / 10)
        ring.append((lon + reach * math.sin(angle) * scale, lat + reach * math.cos(angle)))
    wedge = Polygon(ring)
    part = gov.intersection(wedge)
    return None if part.is_empty else part


def place_area(place: "Place") -> "BaseGeometry | None":
    """Polygon for an area-like place: a governorate, or a countryside sector of one.

    Governorates (``kind == "governorate"``) map to their outline; sectors to
    :func:`sector_polygon` of their ``admin1`` (a wedge around the governorate seat) in the
    direction named by the place's English or Arabic name. Anything else returns None (draw it
    as a point with its precision circle).
    """
    if not place.admin1:
        return None
    if place.kind == "governorate":
        return _governorate_geometry(place.admin1)
    if place.kind in ("sector", "region", "district"):
        direction = direction_of(place.name) or direction_of(place.name_ar)
        if direction is None and place.kind != "sector":
            return None
        return sector_polygon(place.admin1, direction)
    return None
