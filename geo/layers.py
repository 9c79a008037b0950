"""Turn analyses, claims and the control timeline into map layers (GeoDataFrames, EPSG:4326).

Every frame has a stable string ``id`` column, rows sorted by id, and the documented columns even
when empty, so renderers and exporters never special-case a missing layer. Date columns hold
:class:`datetime.date` objects (or ``None``); exporters convert them for each format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from geo.geometry import haversine_km, point as _point, ring_around
from geo.model import ArticleAnalysis, Claim, ControlState

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd
    from shapely.geometry.base import BaseGeometry

__all__ = ["Layers", "LAYER_COLUMNS", "build_layers", "action_family"]

CRS = "EPSG:4326"

#: Outer radius of the ring drawn around a besieged place (the Wikipedia war-map convention).
SIEGE_RING_KM = 6.0

LAYER_COLUMNS: dict[str, tuple[str, ...]] = {
    "places": ("id", "name", "name_ar", "kind", "country", "admin1", "precision_km", "geo_precision",
               "known", "mentions", "article_ids", "surfaces", "first_seen", "last_seen",
               "valid_from", "valid_to", "source"),
    "claims": ("id", "article_id", "actor", "actor_ar", "counter_actor", "action", "action_family",
               "place_id", "place_name", "place_name_ar", "event_date", "date_precision",
               "article_date", "valid_from", "valid_to", "geo_precision", "precision_km", "admin1",
               "quote", "start", "end", "confidence", "attribution", "source", "url", "title"),
    "control": ("id", "place_id", "place_name", "place_name_ar", "actor", "status", "since",
                "last_reported", "valid_from", "valid_to", "conflicting", "rival_actors",
                "claim_ids", "sources"),
    "areas": ("id", "name", "name_ar", "kind", "precision_km", "mentions", "valid_from", "valid_to"),
    "sieges": ("id", "place_id", "place_name", "actor", "status", "since", "radius_km",
               "valid_from", "valid_to"),
    "axes": ("id", "claim_id", "actor", "from_place", "to_place", "valid_from", "valid_to"),
    "zones": ("id", "name", "name_ar", "approximate", "rule", "sources", "valid_from"),
}

def action_family(action: str) -> str:
    """Legend family of an action ('captured', 'advanced', 'besieged', …; 'other' if unknown)."""
    from geo.claims import ACTION_FAMILIES

    return ACTION_FAMILIES.get(action, "other")


@dataclass(frozen=True)
class Layers:
    """The map layers of one date (``on_date``) or of all dates (``on_date is None``)."""

    on_date: dt.date | None
    places: gpd.GeoDataFrame
    claims: gpd.GeoDataFrame
    control: gpd.GeoDataFrame
    areas: gpd.GeoDataFrame
    sieges: gpd.GeoDataFrame
    axes: gpd.GeoDataFrame
    zones: gpd.GeoDataFrame

    def as_dict(self) -> dict[str, gpd.GeoDataFrame]:
        """Layer name → frame, in the fixed order of :data:`LAYER_COLUMNS`."""
        return {name: getattr(self, name) for name in LAYER_COLUMNS}


def _frame(name: str, rows: list[dict[str, Any]], geometries: list[Any]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    columns = LAYER_COLUMNS[name]
    order = sorted(range(len(rows)), key=lambda i: str(rows[i]["id"]))
    data = pd.DataFrame([rows[i] for i in order], columns=list(columns))
    data = data.astype(object).where(pd.notna(data), None) if len(data) else data
    return gpd.GeoDataFrame(data, geometry=[geometries[i] for i in order], crs=CRS)


def _place_rows(analyses: Sequence[ArticleAnalysis]):
    found: dict[str, dict[str, Any]] = {}
    for analysis in analyses:
        day = analysis.article.date
        for res in analysis.resolutions:
            place = res.place
            row = found.get(place.id)
            if row is None:
                row = found[place.id] = {
                    "id": place.id, "name": place.name, "name_ar": place.name_ar, "kind": place.kind,
                    "country": place.country, "admin1": place.admin1,
                    "precision_km": float(place.precision_km), "geo_precision": res.geo_precision,
                    "known": bool(res.known), "mentions": 0, "_articles": set(), "_surfaces": set(),
                    "first_seen": day, "last_seen": day, "source": place.source,
                    "_lat": place.lat, "_lon": place.lon,
                }
            row["mentions"] += 1
            row["_articles"].add(analysis.article.id)
            row["_surfaces"].add(res.mention.surface)
            row["first_seen"] = min(row["first_seen"], day)
            row["last_seen"] = max(row["last_seen"], day)
    rows, geoms = [], []
    for row in found.values():
        geoms.append(_point(row.pop("_lat"), row.pop("_lon")))
        row["article_ids"] = ";".join(sorted(row.pop("_articles")))
        row["surfaces"] = "|".join(sorted(row.pop("_surfaces")))
        row["valid_from"], row["valid_to"] = row["first_seen"], row["last_seen"]
        rows.append(row)
    return rows, geoms


def _claim_rows(analyses: Sequence[ArticleAnalysis]):
    rows, geoms = [], []
    for analysis in analyses:
        article = analysis.article
        for c in analysis.claims:
            effective = c.event_date or c.article_date or article.date
            rows.append({
                "id": c.id, "article_id": c.article_id, "actor": c.actor, "actor_ar": c.actor_ar,
                "counter_actor": c.counter_actor, "action": c.action,
                "action_family": action_family(c.action), "place_id": c.place_id,
                "place_name": c.place_name, "place_name_ar": c.place_name_ar,
                "event_date": c.event_date, "date_precision": c.date_precision,
                "article_date": c.article_date or article.date, "valid_from": effective,
                "valid_to": effective, "geo_precision": c.geo_precision,
                "precision_km": float(c.precision_km), "admin1": c.admin1, "quote": c.quote,
                "start": c.start, "end": c.end, "confidence": float(c.confidence),
                "attribution": c.attribution, "source": c.source or article.source,
                "url": c.url or article.url, "title": article.title,
            })
            geoms.append(_point(c.lat, c.lon))
    return rows, geoms


def _state_row(state: ControlState, valid_to: dt.date) -> dict[str, Any]:
    return {
        "id": f"{state.place_id}|{state.actor}|{state.status}|{state.since.isoformat()}",
        "place_id": state.place_id, "place_name": state.place_name,
        "place_name_ar": state.place_name_ar, "actor": state.actor, "status": state.status,
        "since": state.since, "last_reported": state.last_reported, "valid_from": state.since,
        "valid_to": valid_to, "conflicting": bool(state.conflicting),
        "rival_actors": ";".join(state.rival_actors), "claim_ids": ";".join(state.claim_ids),
        "sources": ";".join(state.sources),
    }


def _control_states(timeline: Any, on_date: dt.date | None) -> list[tuple[ControlState, dt.date]]:
    """States with the last day they hold: as of ``on_date``, or the whole history."""
    if not timeline.dates:
        return []
    if on_date is not None:
        return [(s, on_date) for s in timeline.states_on(on_date)]
    end = max(timeline.dates)
    out = []
    for state, since, until in timeline.intervals():  # until is exclusive, None while in force
        last = (until - dt.timedelta(days=1)) if until else end
        out.append((state, max(last, since)))
    return out


def _axes(claims: Iterable[Claim], history: Sequence[Claim]) -> tuple[list[dict], list[Any]]:
    """Arrows for advances: from the same actor's nearest earlier held place to the target."""
    from shapely.geometry import LineString

    holds = [c for c in history if action_family(c.action) == "captured" and c.lat is not None]
    rows, geoms = [], []
    for c in claims:
        if action_family(c.action) != "advanced" or c.lat is None or c.lon is None:
            continue
        when = c.event_date or c.article_date
        best = None
        for h in holds:
            h_when = h.event_date or h.article_date
            if h.actor != c.actor or h.place_id == c.place_id or when is None or h_when is None:
                continue
            if h_when > when:
                continue
            km = haversine_km(h.lat, h.lon, c.lat, c.lon)
            if 1.0 < km <= 150.0 and (best is None or km < best[0]):
                best = (km, h)
        if best is None:
            continue
        origin = best[1]
        rows.append({"id": f"axis:{c.id}", "claim_id": c.id, "actor": c.actor,
                     "from_place": origin.place_name, "to_place": c.place_name,
                     "valid_from": when, "valid_to": when})
        geoms.append(LineString([(round(origin.lon, 6), round(origin.lat, 6)),
                                 (round(c.lon, 6), round(c.lat, 6))]))
    return rows, geoms


def build_layers(analyses: Sequence[ArticleAnalysis], timeline: Any, *,
                 on_date: dt.date | None = None,
                 area_geometry: Callable[[str], BaseGeometry | None] | None = None,
                 history: Sequence[Claim] | None = None) -> Layers:
    """Build every layer for one date (``on_date``) or cumulatively (``on_date=None``).

    Parameters
    ----------
    analyses
        The analyses whose places and claims appear in this map (one date's articles, or all).
    timeline
        A :class:`geo.timeline.ControlTimeline` over *all* claims; the control layer shows its
        state as of ``on_date`` (or its whole history when cumulative).
    area_geometry
        Gives the polygon/line of an area place (governorate, sector, region, river) by id.
    history
        All claims (for axes of advance); defaults to the claims of ``analyses``.
    """
    place_rows, place_geoms = _place_rows(analyses)
    claim_rows, claim_geoms = _claim_rows(analyses)
    claims = [c for a in analyses for c in a.claims]

    control_rows, control_geoms, siege_rows, siege_geoms = [], [], [], []
    seen_ids: set[str] = set()
    for state, valid_to in _control_states(timeline, on_date):
        row = _state_row(state, valid_to)
        if row["id"] in seen_ids:  # the same state re-reported: keep its first interval
            continue
        seen_ids.add(row["id"])
        control_rows.append(row)
        control_geoms.append(_point(state.lat, state.lon))
        if state.status == "besieged" and state.lat is not None and state.lon is not None:
            siege_rows.append({"id": f"siege:{row['id']}", "place_id": state.place_id,
                               "place_name": state.place_name, "actor": state.actor,
                               "status": state.status, "since": state.since,
                               "radius_km": SIEGE_RING_KM, "valid_from": state.since,
                               "valid_to": valid_to})
            siege_geoms.append(ring_around(state.lat, state.lon, SIEGE_RING_KM))

    area_rows, area_geoms = [], []
    if area_geometry is not None:
        for row in place_rows:
            geom = area_geometry(row["id"])
            if geom is None or geom.is_empty:
                continue
            area_rows.append({col: row[col] for col in LAYER_COLUMNS["areas"]})
            area_geoms.append(geom)

    axis_rows, axis_geoms = _axes(claims, history if history is not None else claims)
    zone_rows, zone_geoms = _zones()
    return Layers(
        on_date=on_date,
        places=_frame("places", place_rows, place_geoms),
        claims=_frame("claims", claim_rows, claim_geoms),
        control=_frame("control", control_rows, control_geoms),
        areas=_frame("areas", area_rows, area_geoms),
        sieges=_frame("sieges", siege_rows, siege_geoms),
        axes=_frame("axes", axis_rows, axis_geoms),
        zones=_frame("zones", zone_rows, zone_geoms),
    )


def _zones() -> tuple[list[dict[str, Any]], list[Any]]:
    from geo.zones import deescalation_zones

    frame = deescalation_zones()
    rows = []
    for record in frame.drop(columns="geometry").to_dict("records"):
        rows.append({col: record.get(col) for col in LAYER_COLUMNS["zones"]})
    return rows, list(frame.geometry)
