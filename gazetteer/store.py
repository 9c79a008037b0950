"""The read-only in-memory gazetteer built from the shipped package data.

The data in ``gazetteer/data/`` is compiled by ``tools/build_gazetteer.py`` (see
``gazetteer/data/README.md`` for sources and licences):

* ``places.json`` - one row per place, columns listed in its ``fields`` header, and the list
  ``one_governorate_regions`` (see :meth:`Gazetteer.one_governorate_regions`);
* ``geometries.geojson`` - polygons/lines of area and river places, keyed by place id; parsed
  lazily on the first :meth:`Gazetteer.geometry` / :meth:`Gazetteer.admin1_at` call;
* ``manifest.json`` - inputs with sha256, row counts and licences.

Examples
--------
>>> gaz = load_gazetteer()
>>> gaz.get("geonames:170794").name
'Deir ez-Zor'
>>> gaz.seat_of("opensyria:sy-deir-ez-zor").id
'geonames:170794'
>>> gaz.admin1_at(35.336, 40.141)
'SY09'
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from geo.errors import GazetteerError
from geo.model import PLACE_KINDS, Place

__all__ = ["Gazetteer", "load_gazetteer", "DATA_DIR", "source_family", "ONE_GOVERNORATE_SHARE",
           "regions_in_one_governorate"]

#: Folder of the shipped, compiled gazetteer.
DATA_DIR = Path(__file__).resolve().parent / "data"

_FORMAT = "conflictmap-gazetteer/1"
_REQUIRED = ("id", "name", "name_ar", "kind", "lat", "lon", "precision_km", "country", "admin1",
             "admin1_name", "population", "source", "license", "aliases_ar", "aliases_en",
             "parent_id", "seat_id")
_SEAT_ORDER = ("governorate", "district", "subdistrict")

#: The share of a Syrian region's polygon that must lie inside the governorate the gazetteer gives
#: it (its ``admin1``) for the region (a basin, plain or range: «حوض اليرموك», «سهل الغاب») to be
#: a region of one governorate; «البادية», «الجزيرة السورية», «وادي الفرات», «الساحل السوري» span
#: several, though the data gives each one admin1.
ONE_GOVERNORATE_SHARE = 0.8


def regions_in_one_governorate(places: Iterable[Place], geometry: Callable[[str], Any]
                               ) -> frozenset[str]:
    """Ids of the Syrian regions lying (by :data:`ONE_GOVERNORATE_SHARE` of their polygon) inside
    the governorate of their ``admin1``; a region with no polygon is a small one («وادي بردى»)
    and counts. ``geometry`` gives a place id's shapely geometry, or None.

    ``tools/build_gazetteer.py`` runs this on the compiled polygons and ships the result in
    ``places.json``; the store runs it only for data built without that list."""
    places = list(places)
    governorates = {p.admin1: p.id for p in places if p.kind == "governorate" and p.country == "SY"}
    out = set()
    for p in places:
        if p.kind != "region" or p.country != "SY" or not p.admin1:
            continue
        shape = geometry(p.id)
        home = geometry(governorates[p.admin1]) if p.admin1 in governorates else None
        if shape is None or not shape.area:
            out.add(p.id)
        elif home is not None and shape.intersection(home).area >= ONE_GOVERNORATE_SHARE * shape.area:
            out.add(p.id)
    return frozenset(out)


def source_family(place_id: str) -> str:
    """Return the data family a place id comes from (used by :meth:`Gazetteer.stats`).

    Examples
    --------
    >>> source_family("geonames:170794"), source_family("cur-x-shayrat")
    ('geonames', 'curated-extra')
    """
    if place_id.startswith("cur-x-"):
        return "curated-extra"
    if place_id.startswith("cur-nb-"):
        return "curated-neighbourhoods"
    if place_id.startswith("cur-"):
        return "curated-shared"
    return place_id.split(":", 1)[0]


class Gazetteer:
    """Read-only in-memory gazetteer.

    Parameters
    ----------
    places
        The places, any order (they are kept sorted by id).
    extras
        Per place id: ``seat_id``, ``admin2``, ``admin3`` (strings, possibly empty).
    geometry_path
        The GeoJSON file of area/river geometries (read lazily), or None.
    manifest
        The parsed ``manifest.json`` (for :meth:`stats`), or an empty dict.
    one_governorate_regions
        The compiled answer of :meth:`one_governorate_regions`, or None to compute it from the
        geometries on first use (data built without it).
    """

    def __init__(self, places: list[Place], extras: dict[str, dict[str, str]] | None = None,
                 geometry_path: Path | None = None, manifest: dict[str, Any] | None = None,
                 one_governorate_regions: frozenset[str] | None = None) -> None:
        self._places: dict[str, Place] = {}
        for place in sorted(places, key=lambda p: p.id):
            if place.id in self._places:
                raise GazetteerError(f"gazetteer data: duplicate place id {place.id!r}")
            self._places[place.id] = place
        self._extras = extras or {}
        self._geometry_path = geometry_path
        self._geometries: dict[str, Any] | None = None
        self._admin1_index: list[tuple[str, Any]] | None = None
        self._manifest = manifest or {}
        self._one_governorate_regions = one_governorate_regions
        children: dict[str, list[str]] = {}
        for place in self._places.values():
            if place.parent_id:
                children.setdefault(place.parent_id, []).append(place.id)
        self._children = children
        # seat -> the admin unit it is the seat of: governorate before district before
        # subdistrict; among equals the seat's own parent (Damascus -> Damascus governorate)
        ranked: dict[str, tuple[tuple[int, int, str], str]] = {}
        for pid, extra in sorted(self._extras.items()):
            seat, unit = extra.get("seat_id", ""), self._places.get(pid)
            if not seat or unit is None or unit.kind not in _SEAT_ORDER:
                continue
            seat_place = self._places.get(seat)
            own = 0 if seat_place is not None and seat_place.parent_id == pid else 1
            rank = (_SEAT_ORDER.index(unit.kind), own, pid)
            if seat not in ranked or rank < ranked[seat][0]:
                ranked[seat] = (rank, pid)
        self._seat_back = {seat: pid for seat, (_, pid) in ranked.items()}

    # ---- basic access ---------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._places

    def get(self, place_id: str) -> Place:
        """Return the place with id ``place_id``.

        Raises
        ------
        GazetteerError
            When the id is unknown.
        """
        try:
            return self._places[place_id]
        except KeyError:
            raise GazetteerError(f"unknown gazetteer id {place_id!r}") from None

    def places(self) -> Iterator[Place]:
        """Iterate over every place, sorted by id."""
        return iter(self._places.values())

    def names_ar(self) -> Iterator[tuple[str, str]]:
        """Yield ``(raw Arabic name or variant, place id)`` for every Arabic name of every place."""
        for place in self._places.values():
            if place.name_ar:
                yield place.name_ar, place.id
            for alias in place.aliases_ar:
                yield alias, place.id

    def names_en(self) -> Iterator[tuple[str, str]]:
        """Yield ``(English name or variant, place id)`` for every English name of every place."""
        for place in self._places.values():
            if place.name:
                yield place.name, place.id
            for alias in place.aliases_en:
                yield alias, place.id

    def extra(self, place_id: str) -> dict[str, str]:
        """Compiled fields that :class:`~geo.model.Place` lacks: ``seat_id``, ``admin2``, ``admin3``."""
        self.get(place_id)
        return dict(self._extras.get(place_id, {}))

    # ---- hierarchy ------------------------------------------------------------------------
    def parent(self, place_id: str) -> Place | None:
        """The enclosing area of a place (governorate of a town, district of a subdistrict...)."""
        place = self.get(place_id)
        return self._places.get(place.parent_id) if place.parent_id else None

    def children(self, place_id: str) -> list[Place]:
        """Places whose ``parent_id`` is ``place_id`` (districts, sectors, towns...), by id."""
        self.get(place_id)
        return [self._places[c] for c in self._children.get(place_id, [])]

    def seat_of(self, place_id: str) -> Place | None:
        """Switch between an admin unit and its same-named seat town.

        For a governorate/district/subdistrict, return its seat (the city it is named after);
        for a seat city/town, return the largest admin unit it is the seat of. None otherwise.
        """
        self.get(place_id)
        seat = self._extras.get(place_id, {}).get("seat_id", "")
        if seat:
            return self._places.get(seat)
        back = self._seat_back.get(place_id)
        return self._places.get(back) if back else None

    def one_governorate_regions(self) -> frozenset[str]:
        """Ids of the Syrian regions (kind ``region``) that lie inside the one governorate their
        ``admin1`` names (see :func:`regions_in_one_governorate`): such a region fixes, like a
        governorate or a countryside sector, the governorate of the names around it.

        Compiled by ``tools/build_gazetteer.py`` (the ``one_governorate_regions`` list of
        ``places.json``), so no geometry is read; data built without that list gets it computed
        from ``geometries.geojson`` once (shapely)."""
        if self._one_governorate_regions is None:
            self._one_governorate_regions = regions_in_one_governorate(
                self._places.values(), self.geometry)
        return self._one_governorate_regions

    # ---- geometry -------------------------------------------------------------------------
    def _load_geometries(self) -> dict[str, Any]:
        if self._geometries is None:
            from shapely.geometry import shape

            geoms: dict[str, Any] = {}
            if self._geometry_path is not None:
                try:
                    with open(self._geometry_path, encoding="utf-8") as handle:
                        data = json.load(handle)
                    for feature in data["features"]:
                        geoms[feature["id"]] = shape(feature["geometry"])
                except (OSError, ValueError, KeyError, TypeError) as exc:
                    raise GazetteerError(
                        f"{self._geometry_path}: cannot read gazetteer geometries ({exc})") from exc
            self._geometries = geoms
        return self._geometries

    def geometry(self, place_id: str):
        """The polygon/line of an area or river place (shapely, lon/lat), or None for points."""
        self.get(place_id)
        return self._load_geometries().get(place_id)

    def admin1_at(self, lat: float, lon: float) -> str:
        """OCHA P-code (``SY01``..``SY14``) of the governorate containing the point, '' outside."""
        if self._admin1_index is None:
            from shapely.prepared import prep

            geoms = self._load_geometries()
            index = []
            for place in self._places.values():
                if place.kind == "governorate" and place.country == "SY" and place.id in geoms:
                    index.append((place.admin1, prep(geoms[place.id])))
            # small governorates first, so Damascus wins over the Rif Dimashq ring at the edge
            index.sort(key=lambda item: (item[1].context.area, item[0]))
            self._admin1_index = index
        from shapely.geometry import Point

        point = Point(lon, lat)
        for pcode, geom in self._admin1_index:
            if geom.covers(point):
                return pcode
        return ""

    # ---- statistics -----------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Counts by kind, country and source family, for ``conflictmap gazetteer stats``."""
        by_kind: dict[str, int] = {}
        by_country: dict[str, int] = {}
        by_source: dict[str, int] = {}
        arabic = 0
        for place in self._places.values():
            by_kind[place.kind] = by_kind.get(place.kind, 0) + 1
            by_country[place.country or "-"] = by_country.get(place.country or "-", 0) + 1
            family = source_family(place.id)
            by_source[family] = by_source.get(family, 0) + 1
            arabic += bool(place.name_ar)
        return {
            "places": len(self._places),
            "with_arabic_name": arabic,
            "arabic_names": sum(1 for _ in self.names_ar()),
            "english_names": sum(1 for _ in self.names_en()),
            "by_kind": {k: by_kind[k] for k in PLACE_KINDS if k in by_kind},
            "by_country": dict(sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))),
            "by_source": dict(sorted(by_source.items())),
            "inputs": [{"path": e.get("path", ""), "license": e.get("license", ""),
                        "rows": e.get("rows", 0)} for e in self._manifest.get("inputs", [])],
        }


def _read_json(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise GazetteerError(f"{path}: gazetteer data file not found "
                             "(rebuild it with tools/build_gazetteer.py)") from None
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"{path}: cannot read gazetteer data ({exc})") from exc


def _place_from_row(row: list[Any], index: dict[str, int], where: str) -> tuple[Place, dict]:
    try:
        kind = row[index["kind"]]
        if kind not in PLACE_KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        place = Place(
            id=str(row[index["id"]]), name=row[index["name"]], name_ar=row[index["name_ar"]],
            kind=kind, lat=float(row[index["lat"]]), lon=float(row[index["lon"]]),
            precision_km=float(row[index["precision_km"]]), country=row[index["country"]],
            admin1=row[index["admin1"]], admin1_name=row[index["admin1_name"]],
            population=row[index["population"]], source=row[index["source"]],
            license=row[index["license"]], aliases_ar=tuple(row[index["aliases_ar"]]),
            aliases_en=tuple(row[index["aliases_en"]]), parent_id=row[index["parent_id"]],
        )
    except (IndexError, TypeError, ValueError) as exc:
        raise GazetteerError(f"{where}: malformed place row {row[:1]!r} ({exc})") from exc
    extra = {k: row[index[k]] for k in ("seat_id", "admin2", "admin3") if k in index}
    return place, extra


def _load(directory: Path) -> Gazetteer:
    places_path = directory / "places.json"
    data = _read_json(places_path)
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        raise GazetteerError(f"{places_path}: not a {_FORMAT} file")
    fields = data.get("fields") or []
    missing = [f for f in _REQUIRED if f not in fields]
    if missing:
        raise GazetteerError(f"{places_path}: missing columns {', '.join(missing)}")
    index = {name: i for i, name in enumerate(fields)}
    places, extras = [], {}
    for row in data.get("places", []):
        place, extra = _place_from_row(row, index, str(places_path))
        places.append(place)
        if any(extra.values()):
            extras[place.id] = extra
    regions = data.get("one_governorate_regions")
    if regions is not None and (not isinstance(regions, list)
                                or not all(isinstance(r, str) for r in regions)):
        raise GazetteerError(f"{places_path}: one_governorate_regions is not a list of place ids")
    manifest_path = directory / "manifest.json"
    manifest = _read_json(manifest_path) if manifest_path.exists() else {}
    geometry_path = directory / "geometries.geojson"
    return Gazetteer(places, extras, geometry_path if geometry_path.exists() else None, manifest,
                     None if regions is None else frozenset(regions))


@functools.lru_cache(maxsize=8)
def _load_cached(directory: str) -> Gazetteer:
    return _load(Path(directory))


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Load the compiled gazetteer (the shipped package data by default).

    Parameters
    ----------
    path
        A folder holding ``places.json`` (and optionally ``geometries.geojson`` and
        ``manifest.json``), or the ``places.json`` file itself. None: the shipped data.

    Returns
    -------
    Gazetteer
        Cached per folder: loading twice returns the same read-only object.

    Raises
    ------
    GazetteerError
        When the files are missing or malformed (one line naming the file).
    """
    directory = DATA_DIR if path is None else Path(path)
    if directory.name.endswith(".json") and not directory.is_dir():
        directory = directory.parent
    return _load_cached(str(directory.resolve()))
