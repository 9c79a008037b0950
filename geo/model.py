"""The domain model: immutable records passed between pipeline stages.

The flow is one-way::

    Article --find mentions--> Mention --resolve--> Resolution(Place)
            --extract claims--> Claim --timeline--> ControlState --layers--> GeoDataFrames

Coordinates are always stored as ``lat``/``lon`` attributes; the one place that turns them into
(x=lon, y=lat) geometry is :mod:`geo.geometry` (and ``__geo_interface__`` below, which is RFC 7946).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "PLACE_KINDS",
    "GEO_PRECISIONS",
    "DATE_PRECISIONS",
    "ACTIONS",
    "Article",
    "Place",
    "Mention",
    "Resolution",
    "Claim",
]

#: Place kinds, from the largest to the smallest. Compiled gazetteer rows use exactly these.
PLACE_KINDS: tuple[str, ...] = (
    "country", "sea", "region", "governorate", "district", "subdistrict", "sector",
    "river", "mountain", "hill", "city", "town", "village", "neighbourhood",
    "airbase", "airport", "military_base", "facility", "oil_field", "dam", "station",
    "crossing", "roundabout", "landmark", "other",
)

#: UCDP-GED-style spatial precision ladder (1 = exact point ... 6 = country).
GEO_PRECISIONS: dict[str, int] = {
    "exact": 1, "near": 2, "district": 3, "governorate": 4, "between": 5, "country": 6,
}

#: Temporal precision ladder of event dates.
DATE_PRECISIONS: tuple[str, ...] = ("day", "days", "week", "month", "year", "unknown")

#: Claim actions; families used for matching are defined in :mod:`geo.claims`.
ACTIONS: tuple[str, ...] = (
    "captured", "secured", "advanced", "entered", "besieged", "encircled", "siege_broken",
    "attacked", "shelled", "airstrike", "missile_strike", "repelled", "withdrew",
    "zone_established", "zone_monitored", "negotiation", "other",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk, with its publication date.

    ``text`` is the article text after decoding and newline normalisation (``\\n`` only) and
    nothing else: every character offset in the project indexes into it.
    """

    id: str
    date: _dt.date
    text: str
    source: str = ""
    url: str = ""
    title: str = ""
    language: str = "ar"
    origin: str = ""  # file (and line) it was read from, for messages

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "date": self.date.isoformat(), "source": self.source, "url": self.url,
            "title": self.title, "language": self.language, "origin": self.origin,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry (or a synthetic entry for a place the gazetteer does not know).

    ``precision_km`` is the radius within which the real feature lies around (lat, lon):
    ~0.5 for a village point, tens of km for a countryside sector, hundreds for a country.
    """

    id: str
    name: str
    name_ar: str
    kind: str
    lat: float
    lon: float
    precision_km: float = 1.0
    country: str = "SY"
    admin1: str = ""  # OCHA P-code (SY01..SY14) for Syrian places
    admin1_name: str = ""
    population: int | None = None
    source: str = ""
    license: str = ""
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    parent_id: str = ""  # for sectors and unknown places: the area they belong to

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        return {
            "type": "Feature",
            "id": self.id,
            "geometry": {"type": "Point", "coordinates": (round(self.lon, 6), round(self.lat, 6))},
            "properties": {
                "name": self.name, "name_ar": self.name_ar, "kind": self.kind,
                "precision_km": self.precision_km, "country": self.country,
                "admin1": self.admin1, "source": self.source,
            },
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """A place-name span in an article.

    ``start``/``end`` index ``Article.text`` (``text[start:end] == surface``). ``key`` is the
    normalised name that matched; ``candidates`` are gazetteer ids in the order the index gave
    them. ``trigger`` is the generic noun that introduced the name («قرية», «مطار»…), if any.
    A mention with no candidates is an unknown place found by context.
    """

    surface: str
    start: int
    end: int
    key: str
    candidates: tuple[str, ...] = ()
    trigger: str = ""
    kind_hint: str = ""


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention resolved to a place, with how sure we are and why."""

    mention: Mention
    place: Place
    confidence: float
    reason: str
    geo_precision: str = "exact"  # key of GEO_PRECISIONS
    known: bool = True  # False when the place is not in the gazetteer (placed at an enclosing area)

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        feature = dict(self.place.__geo_interface__)
        feature["properties"] = {
            **feature["properties"], "surface": self.mention.surface,
            "start": self.mention.start, "end": self.mention.end,
            "confidence": self.confidence, "geo_precision": self.geo_precision,
        }
        return feature


@dataclass(frozen=True, slots=True)
class Claim:
    """A dated control/event claim made by one article about one place.

    Claims are *claimed*, not assessed: ``source``/``attribution`` always travel with them.
    """

    id: str
    article_id: str
    actor: str
    action: str
    place_id: str
    place_name: str
    place_name_ar: str
    lat: float | None
    lon: float | None
    event_date: _dt.date | None
    date_precision: str
    quote: str
    start: int
    end: int
    confidence: float
    counter_actor: str = ""
    actor_ar: str = ""
    attribution: str = ""
    geo_precision: str = "exact"
    precision_km: float = 1.0
    admin1: str = ""
    source: str = ""
    url: str = ""
    negated: bool = False
    quantities: tuple[tuple[str, float], ...] = field(default=())
    notes: str = ""
    article_date: _dt.date | None = None

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        geometry = None
        if self.lat is not None and self.lon is not None:
            geometry = {"type": "Point", "coordinates": (round(self.lon, 6), round(self.lat, 6))}
        return {
            "type": "Feature", "id": self.id, "geometry": geometry,
            "properties": {
                "actor": self.actor, "action": self.action, "place": self.place_name,
                "place_id": self.place_id,
                "event_date": self.event_date.isoformat() if self.event_date else None,
                "date_precision": self.date_precision, "source": self.source,
            },
        }


#: Control-state vocabulary (Wikipedia Syrian-war map conventions), strongest last.
CONTROL_STATUSES: tuple[str, ...] = (
    "claimed_advance", "contested", "besieged", "siege_broken", "controlled",
)


@dataclass(frozen=True, slots=True)
class ControlState:
    """Who holds (or besieges, contests...) one place as of a date, according to the claims.

    Conflicting claims are kept: ``conflicting`` is True when another actor claims the same
    place in the same window, and ``rival_actors`` names them.
    """

    place_id: str
    place_name: str
    place_name_ar: str
    actor: str
    status: str  # one of CONTROL_STATUSES
    since: _dt.date
    last_reported: _dt.date
    lat: float | None
    lon: float | None
    claim_ids: tuple[str, ...]
    sources: tuple[str, ...]
    conflicting: bool = False
    rival_actors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything one pass of the pipeline learned from one article."""

    article: Article
    resolutions: tuple[Resolution, ...]
    claims: tuple[Claim, ...]


__all__ += ["CONTROL_STATUSES", "ControlState", "ArticleAnalysis"]
