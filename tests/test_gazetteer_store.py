"""The shipped gazetteer data and its read-only store (gazetteer/store.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from geo.errors import ConflictMapError, GazetteerError
from geo.model import PLACE_KINDS, Place
from gazetteer.store import DATA_DIR, Gazetteer, load_gazetteer, source_family


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b_lon - a_lon) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# ---- data invariants ------------------------------------------------------------------------

def test_raw_rows_have_unique_non_empty_ids_sorted():
    data = json.loads((DATA_DIR / "places.json").read_text(encoding="utf-8"))
    ids = [row[0] for row in data["places"]]
    assert all(isinstance(i, str) and i.strip() for i in ids)
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids)


def test_every_record_is_valid(gaz):
    assert len(gaz) > 3000
    for place in gaz.places():
        assert isinstance(place, Place)
        assert place.kind in PLACE_KINDS, place.id
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180, place.id
        assert place.precision_km > 0, place.id
        assert place.name, place.id
        assert place.source and place.license, place.id
        assert place.country == "" or len(place.country) == 2, place.id


def test_arabic_fields_hold_no_junk(gaz):
    for name, pid in gaz.names_ar():
        assert name == name.strip() and name, pid
        assert any("\u0621" <= c <= "\u064a" for c in name), (pid, name)
        assert not any("a" <= c <= "z" for c in name), (pid, name)
    for name, pid in gaz.names_en():
        assert name and not any("\u0600" <= c <= "\u06ff" for c in name), (pid, name)


def test_curated_records_cite_a_source_and_precision(gaz):
    curated = [p for p in gaz.places() if source_family(p.id).startswith("curated")]
    assert len(curated) > 150
    for place in curated:
        assert len(place.source) > 10, place.id
        assert place.precision_km >= 0.5, place.id


def test_syrian_places_have_admin1(gaz):
    syrian = [p for p in gaz.places() if p.country == "SY" and p.kind != "country"]
    assert len(syrian) > 1000
    missing = [p.id for p in syrian if not p.admin1]
    assert not missing
    assert all(p.admin1_name for p in syrian)


# ---- lookups by name ------------------------------------------------------------------------

@pytest.mark.parametrize("name, kind", [
    ("دير الزور", "city"), ("دير الزور", "governorate"), ("محافظة حمص", "governorate"),
    ("ريف دير الزور الغربي", "sector"), ("الريف الشرقي لحمص", "sector"),
    ("الريف الغربي للرقة", "sector"), ("ريف حلب الشمالي", "sector"),
    ("ريف دمشق", "governorate"), ("ريف دمشق الغربي", "sector"),
    ("معبر باب الهوى", "crossing"), ("مطار الشعيرات", "airbase"), ("مطار التيفور", "airbase"),
    ("الفوج 137", "military_base"), ("سد الفرات", "dam"), ("حقل العمر", "oil_field"),
    ("نهر الفرات", "river"), ("البحر الأبيض المتوسط", "sea"), ("القلمون الغربي", "region"),
    ("الغوطة الشرقية", "region"), ("البادية", "region"), ("البوكمال", "city"),
    ("موسكو", "city"), ("واشنطن", "city"), ("أستانا", "city"), ("سوريا", "country"),
    ("سورية", "country"), ("الولايات المتحدة الأمريكية", "country"), ("روسيا الاتحادية", "country"),
    ("إيران", "country"), ("تركيا", "country"), ("حي الوعر", "neighbourhood"),
])
def test_names_index_has(gaz, name, kind):
    kinds = {gaz.get(pid).kind for n, pid in gaz.names_ar() if n == name}
    assert kind in kinds, (name, kinds)


def test_names_iterators_cover_aliases(gaz):
    place = gaz.get("cur-brigade-137-base")
    ar = {n for n, pid in gaz.names_ar() if pid == place.id}
    assert ar == {place.name_ar, *place.aliases_ar}
    assert {"الفوج 137", "اللواء 137"} <= ar
    en = {n for n, pid in gaz.names_en() if pid == place.id}
    assert place.name in en


def test_curated_sources_give_no_common_word_as_a_bare_name(gaz):
    # upstream GeoNames rows keep their real names (e.g. Haditha, Iraq, is «حديثة»); the matcher's
    # context guards handle those. Our own curated rows must qualify such names.
    names = {n for n, pid in gaz.names_ar()
             if source_family(pid) in ("curated-extra", "curated-neighbourhoods")
             or "Wikipedia (ar)" in gaz.get(pid).source}
    for word in ("نصيب", "مشهد", "حديثة", "المتوسط", "الصناعة"):
        assert word not in names, word


def test_most_countries_have_arabic_names(gaz):
    countries = [p for p in gaz.places() if p.kind == "country"]
    assert len(countries) >= 200
    assert sum(bool(p.name_ar) for p in countries) >= 190
    assert gaz.get("country:SY").name_ar == "سوريا"
    syria = gaz.get("country:SY")
    assert 33 < syria.lat < 37 and 36 < syria.lon < 41


# ---- hierarchy ------------------------------------------------------------------------------

def test_every_governorate_links_to_its_seat_and_back(gaz):
    governorates = [p for p in gaz.places() if p.kind == "governorate"]
    assert len(governorates) == 14
    for gov in governorates:
        seat = gaz.seat_of(gov.id)
        assert seat is not None and seat.kind == "city", gov.id
        assert (gov.lat, gov.lon) == (seat.lat, seat.lon)
        if gov.id != "opensyria:sy-rif-dimashq":  # Damascus is the seat of two governorates
            assert gaz.seat_of(seat.id) == gov
            assert gaz.parent(seat.id) == gov
    assert gaz.seat_of("geonames:170654").id == "opensyria:sy-damascus"


def test_seat_of_is_none_for_unrelated_places(gaz):
    assert gaz.seat_of("cur-brigade-137-base") is None
    assert gaz.seat_of("country:SY") is None


def test_children_and_parent(gaz):
    gov = "opensyria:sy-deir-ez-zor"
    kids = gaz.children(gov)
    kinds = {p.kind for p in kids}
    assert {"district", "sector", "city", "town"} <= kinds
    assert all(p.parent_id == gov for p in kids)
    assert [p.id for p in kids] == sorted(p.id for p in kids)
    district = next(p for p in kids if p.kind == "district")
    # a district holds its subdistricts, and the localities placed within it (``locality:…``)
    assert {c.kind for c in gaz.children(district.id) if not c.id.startswith("locality:")} == {"subdistrict"}
    assert gaz.parent("sector:deir-ez-zor:west").id == gov
    assert gaz.parent(gov) is None


# ---- geometry -------------------------------------------------------------------------------

def test_governorate_polygons_are_valid_and_contain_their_seat(gaz):
    from shapely.geometry import Point

    for gov in (p for p in gaz.places() if p.kind == "governorate"):
        geom = gaz.geometry(gov.id)
        assert geom is not None and geom.geom_type in ("Polygon", "MultiPolygon"), gov.id
        assert geom.is_valid, gov.id
        seat = gaz.seat_of(gov.id)
        if gov.id == "opensyria:sy-rif-dimashq":
            continue  # Rif Dimashq surrounds Damascus, its seat
        assert geom.buffer(0.02).contains(Point(seat.lon, seat.lat)), gov.id


def test_sectors_lie_in_their_direction(gaz):
    from shapely.geometry import Point

    for direction, check in [("west", lambda p, s: p.lon < s.lon), ("east", lambda p, s: p.lon > s.lon),
                             ("north", lambda p, s: p.lat > s.lat),
                             ("south", lambda p, s: p.lat < s.lat)]:
        sector = gaz.get(f"sector:deir-ez-zor:{direction}")
        seat = gaz.get("geonames:170794")
        assert check(sector, seat), direction
        geom = gaz.geometry(sector.id)
        assert geom.is_valid and not geom.is_empty
        assert not geom.contains(Point(seat.lon, seat.lat))  # the city itself is cut out
        gov_geom = gaz.geometry("opensyria:sy-deir-ez-zor")
        assert gov_geom.buffer(1e-3).contains(geom)
        assert _km(sector.lat, sector.lon, seat.lat, seat.lon) < sector.precision_km


def test_point_places_have_no_geometry_and_rivers_are_lines(gaz):
    assert gaz.geometry("geonames:170794") is None
    river = gaz.geometry("cur-x-euphrates")
    assert river is not None and "LineString" in river.geom_type
    assert gaz.geometry("cur-x-jazira").contains(
        __import__("shapely.geometry", fromlist=["Point"]).Point(40.75, 36.5))  # al-Hasakah


@pytest.mark.parametrize("lat, lon, pcode", [
    (35.336, 40.141, "SY09"),   # Deir ez-Zor
    (33.510, 36.291, "SY01"),   # Damascus
    (33.572, 36.403, "SY03"),   # Douma
    (36.201, 37.161, "SY02"),   # Aleppo
    (34.724, 36.726, "SY04"),   # Homs
    (35.953, 39.008, "SY11"),   # Raqqa
    (35.531, 35.791, "SY06"),   # Latakia
    (36.502, 40.748, "SY08"),   # al-Hasakah
    (33.893, 35.502, ""),       # Beirut
    (33.341, 44.401, ""),       # Baghdad
    (55.752, 37.618, ""),       # Moscow
])
def test_admin1_at(gaz, lat, lon, pcode):
    assert gaz.admin1_at(lat, lon) == pcode


def test_admin1_at_agrees_with_record_admin1_for_cities(gaz):
    cities = [p for p in gaz.places() if p.country == "SY" and p.kind == "city"]
    agree = sum(gaz.admin1_at(p.lat, p.lon) == p.admin1 for p in cities)
    assert agree / len(cities) > 0.9


# ---- API behaviour --------------------------------------------------------------------------

def test_unknown_id_raises_gazetteer_error(gaz):
    with pytest.raises(GazetteerError, match="no-such-place"):
        gaz.get("no-such-place")
    with pytest.raises(ConflictMapError):
        gaz.children("no-such-place")
    assert "no-such-place" not in gaz
    assert "geonames:170794" in gaz


def test_places_sorted_and_len(gaz):
    ids = [p.id for p in gaz.places()]
    assert ids == sorted(ids) and len(ids) == len(gaz)


def test_load_is_cached_and_loads_from_file_path():
    assert load_gazetteer() is load_gazetteer()
    assert load_gazetteer(DATA_DIR / "places.json") is load_gazetteer(DATA_DIR)


def test_stats_counts(gaz):
    stats = gaz.stats()
    assert stats["places"] == len(gaz)
    assert sum(stats["by_kind"].values()) == len(gaz)
    assert sum(stats["by_country"].values()) == len(gaz)
    assert sum(stats["by_source"].values()) == len(gaz)
    assert list(stats["by_kind"]) == [k for k in PLACE_KINDS if k in stats["by_kind"]]
    assert stats["by_kind"]["governorate"] == 14
    assert stats["by_kind"]["district"] == 62
    assert stats["by_kind"]["subdistrict"] == 272
    assert stats["by_country"]["SY"] > 1000
    assert any(i["path"].endswith("syria_places.csv") for i in stats["inputs"])


# ---- loading custom / broken data -----------------------------------------------------------

FIELDS = ["id", "name", "name_ar", "kind", "lat", "lon", "precision_km", "country", "admin1",
          "admin1_name", "population", "source", "license", "aliases_ar", "aliases_en",
          "parent_id", "seat_id", "admin2", "admin3"]


def _write(tmp_path: Path, rows: list[list], geometry: dict | None = None) -> Path:
    (tmp_path / "places.json").write_text(json.dumps(
        {"format": "conflictmap-gazetteer/1", "fields": FIELDS, "places": rows},
        ensure_ascii=False), encoding="utf-8")
    if geometry is not None:
        (tmp_path / "geometries.geojson").write_text(json.dumps(geometry), encoding="utf-8")
    return tmp_path


def _row(pid, kind="town", name_ar="بلدة", parent="", seat="", admin1="SY01"):
    return [pid, pid.title(), name_ar, kind, 33.5, 36.3, 3.0, "SY", admin1, "Damascus", None,
            "test", "test", ["بلدة أخرى"], ["Other"], parent, seat, "", ""]


def test_custom_directory_loads(tmp_path):
    square = {"type": "Polygon", "coordinates": [[[36, 33], [37, 33], [37, 34], [36, 34], [36, 33]]]}
    path = _write(tmp_path, [_row("g", "governorate", "محافظة", seat="t"), _row("t", parent="g")],
                  {"type": "FeatureCollection", "features": [
                      {"type": "Feature", "id": "g", "properties": {}, "geometry": square}]})
    gaz = load_gazetteer(path)
    assert len(gaz) == 2
    assert gaz.seat_of("g").id == "t" and gaz.seat_of("t").id == "g"
    assert [p.id for p in gaz.children("g")] == ["t"]
    assert gaz.admin1_at(33.5, 36.5) == "SY01" and gaz.admin1_at(10, 10) == ""
    assert sorted(gaz.names_ar()) == sorted([("محافظة", "g"), ("بلدة أخرى", "g"), ("بلدة", "t"),
                                             ("بلدة أخرى", "t")])
    assert gaz.extra("g")["seat_id"] == "t"
    assert gaz.geometry("t") is None


def test_missing_data_raises_one_line_error(tmp_path):
    with pytest.raises(GazetteerError, match="places.json") as info:
        load_gazetteer(tmp_path / "nowhere")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("content", [
    "{not json", json.dumps({"format": "other", "fields": FIELDS, "places": []}),
    json.dumps({"format": "conflictmap-gazetteer/1", "fields": ["id"], "places": []}),
])
def test_malformed_data_raises(tmp_path, content):
    (tmp_path / "places.json").write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match="places.json"):
        load_gazetteer(tmp_path)


def test_bad_kind_and_duplicate_ids_raise(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    _write(bad, [_row("a", kind="castle")])
    with pytest.raises(GazetteerError, match="castle"):
        load_gazetteer(bad)
    dup = tmp_path / "dup"
    dup.mkdir()
    _write(dup, [_row("a"), _row("a")])
    with pytest.raises(GazetteerError, match="duplicate"):
        load_gazetteer(dup)


def test_shipped_data_is_small():
    total = sum(f.stat().st_size for f in DATA_DIR.iterdir() if f.is_file())
    assert total < 5 * 1024 * 1024


def test_settlement_phrases_name_settlements_not_admin_units(gazetteer):
    # «مدينة إدلب» is the city; an admin unit named that way would win over it by exact match
    from geo.arabic import normalize

    admin = {p.id for p in gazetteer.places() if p.kind in ("governorate", "district", "subdistrict")}
    nouns = tuple(normalize(n) + " " for n in ("مدينة", "بلدة", "قرية"))
    wrong = [(name, pid) for name, pid in gazetteer.names_ar()
             if pid in admin and normalize(name).startswith(nouns)]
    assert wrong == []


def test_countryside_sectors_and_seats_are_named_like_their_governorate(gazetteer):
    # GeoNames' primary Arabic names of two seats are an ancient name and a misspelling
    from geo.arabic import normalize

    for gov in (p for p in gazetteer.places() if p.kind == "governorate"):
        if gov.admin1 in ("SY01", "SY03"):  # Damascus: its countryside is Rif Dimashq
            continue
        seat = gazetteer.seat_of(gov.id)
        assert normalize(seat.name_ar) == normalize(gov.name_ar), gov.id
        slug = gov.id.removeprefix("opensyria:sy-")
        sector = gazetteer.get(f"sector:{slug}:countryside")
        assert normalize(sector.name_ar) == normalize("ريف " + gov.name_ar), gov.id
