"""Geometry helpers: the one place where (lat, lon) becomes (x=lon, y=lat).

Everything else in the project passes ``lat``/``lon`` by name; shapely and GeoJSON want
``(lon, lat)``. Coordinates are rounded to 6 decimals (~0.1 m), the RFC 7946 recommendation.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from shapely.geometry import Point, Polygon

__all__ = ["EARTH_RADIUS_KM", "haversine_km", "haversine_km_from_terms", "latitude_terms", "point",
           "ring_around", "KM_PER_DEG_LAT"]

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEG_LAT = 111.32


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    Examples
    --------
    >>> round(haversine_km(35.33588, 40.14084, 34.45226, 40.91854))  # Deir ez-Zor → Abu Kamal
    121
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    return haversine_km_from_terms(phi1, math.cos(phi1), lon1, phi2, math.cos(phi2), lon2)


def latitude_terms(lat: float) -> tuple[float, float]:
    """The terms of :func:`haversine_km` that depend on one latitude alone: ``lat`` in radians
    and that angle's cosine (precomputed for a point measured many times)."""
    phi = math.radians(lat)
    return phi, math.cos(phi)


def haversine_km_from_terms(phi1: float, cos_phi1: float, lon1: float,
                            phi2: float, cos_phi2: float, lon2: float) -> float:
    """:func:`haversine_km` from each point's :func:`latitude_terms` and longitude (degrees);
    the same operations in the same order, so the same floats."""
    a = (math.sin((phi2 - phi1) / 2) ** 2
         + cos_phi1 * cos_phi2 * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def point(lat: float | None, lon: float | None) -> Point | None:
    """A shapely Point in (lon, lat) order, rounded to 6 decimals; None if either is missing."""
    from shapely.geometry import Point

    if lat is None or lon is None:
        return None
    return Point(round(float(lon), 6), round(float(lat), 6))


def ring_around(lat: float, lon: float, radius_km: float, width: float = 0.3) -> Polygon:
    """An annulus of outer radius ``radius_km`` around a point (a siege ring), lon/lat degrees.

    ``width`` is the ring's thickness as a fraction of the radius.
    """
    from shapely import affinity
    from shapely.geometry import Point

    km_per_deg_lon = max(1e-6, KM_PER_DEG_LAT * math.cos(math.radians(lat)))
    disc = Point(lon, lat).buffer(1.0, quad_segs=16)
    outer = affinity.scale(disc, radius_km / km_per_deg_lon, radius_km / KM_PER_DEG_LAT)
    inner_r = radius_km * (1.0 - width)
    inner = affinity.scale(disc, inner_r / km_per_deg_lon, inner_r / KM_PER_DEG_LAT)
    return outer.difference(inner)
