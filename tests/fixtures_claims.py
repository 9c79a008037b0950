"""Resolutions from a small place table, for the claim tests (no gazetteer involved).

Each test file keeps its own table ``{surface: (place id, English name, kind)}``; every occurrence
of a surface in the text becomes a resolution of that place, in text order (longest first at one
start), so claim extraction is tested apart from mention finding and resolution.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from geo.actors import find_actor_mentions, resolve_actor_anaphors
from geo.claims import extract_claims
from geo.lexicon import normalize
from geo.model import Article, Claim, Mention, Place, Resolution

PlaceTable = Mapping[str, tuple[str, str, str]]


def table_resolutions(text: str, places: PlaceTable, *, lat: float = 35.0, lon: float = 38.0,
                      countries: Mapping[str, str] | None = None) -> list[Resolution]:
    """Every occurrence in ``text`` of a surface of ``places``, as a resolution (country "SY"
    unless ``countries`` maps the place id to another)."""
    out = []
    for surface, (pid, name, kind) in places.items():
        country = (countries or {}).get(pid, "SY")
        start = text.find(surface)
        while start >= 0:
            place = Place(id=pid, name=name, name_ar=surface, kind=kind, lat=lat, lon=lon, country=country)
            out.append(Resolution(Mention(surface, start, start + len(surface), normalize(surface)),
                                  place, 0.9, "test"))
            start = text.find(surface, start + 1)
    out.sort(key=lambda r: (r.mention.start, -r.mention.end))
    return out


def table_claims(text: str, places: PlaceTable, day: dt.date, *, lat: float = 35.0, lon: float = 38.0,
                 countries: Mapping[str, str] | None = None) -> list[Claim]:
    """The claims of a one-text article dated ``day`` over :func:`table_resolutions`."""
    resolutions = table_resolutions(text, places, lat=lat, lon=lon, countries=countries)
    return extract_claims(Article(id="t", date=day, text=text), resolutions)


def table_summary(text: str, places: PlaceTable, day: dt.date, **where: object) -> list[tuple[str, str]]:
    """(action, place id) of each claim of :func:`table_claims` (``where``: its lat/lon/countries)."""
    return [(c.action, c.place_id) for c in table_claims(text, places, day, **where)]  # type: ignore[arg-type]


def table_places_of(text: str, action: str, places: PlaceTable, day: dt.date) -> list[str]:
    """The place ids of the claims of :func:`table_claims` whose action is ``action``, in order."""
    return [pid for act, pid in table_summary(text, places, day) if act == action]


def table_actors(text: str, places: PlaceTable, day: dt.date, **where: object) -> dict[str, str]:
    """Place id -> actor of each claim of :func:`table_claims` (``where``: its lat/lon/countries)."""
    return {c.place_id: c.actor for c in table_claims(text, places, day, **where)}  # type: ignore[arg-type]


def table_actions_on(text: str, place: str, places: PlaceTable, day: dt.date, **where: object) -> set[str]:
    """The actions of the claims of :func:`table_claims` on the place id ``place`` (``where``: its
    lat/lon/countries); ``place`` comes second so that a partial over the table reads
    ``actions_on(text, place)``."""
    return {action for action, pid in table_summary(text, places, day, **where) if pid == place}


def table_actors_on(text: str, place: str, places: PlaceTable, day: dt.date) -> list[str]:
    """The actors of the claims of :func:`table_claims` on the place id ``place``, in order."""
    return [c.actor for c in table_claims(text, places, day) if c.place_id == place]


def table_fire_on(text: str, place: str, places: PlaceTable, day: dt.date, **where: object) -> list[tuple[str, str]]:
    """(action, actor) of each claim of :func:`table_claims` on the place id ``place`` (``where``:
    its lat/lon/countries); ``place`` comes second, as in :func:`table_actions_on`."""
    return [(c.action, c.actor) for c in table_claims(text, places, day, **where)  # type: ignore[arg-type]
            if c.place_id == place]


def pipeline_claims(gazetteer: Any, text: str, day: dt.date) -> list[tuple[str, str, str]]:
    """(actor, action, place name) of each claim of a one-text article dated ``day``, through the
    whole pipeline with the real gazetteer (mention finding and resolution included)."""
    from conflictmap.pipeline import analyse_article
    analysis = analyse_article(Article(id="t", date=day, text=text), gazetteer)
    return [(c.actor, c.action, c.place_name) for c in analysis.claims]


def actor_names(text: str) -> list[str]:
    """The actor of each actor mention of ``text``, before anaphor resolution."""
    return [m.entry.name for m in find_actor_mentions(normalize(text))]


def actor_roles(text: str) -> list[tuple[str, bool]]:
    """(actor, object_like) of each actor mention of ``text``, before anaphor resolution."""
    return [(m.entry.name, m.object_like) for m in find_actor_mentions(normalize(text))]


def actor_mentions(text: str) -> list[tuple[str, str]]:
    """(actor, normalized surface) of each actor mention of ``text``, after anaphor resolution."""
    norm = normalize(text)
    return [(m.entry.name, norm[m.start:m.end]) for m in resolve_actor_anaphors(norm, find_actor_mentions(norm))]
