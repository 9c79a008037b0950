"""tools/build_gazetteer.py: pure helpers, curated sources, and a reproducible build.

The full build needs ../shared/data, Babel and the two pinned wheels in the build cache; it is
skipped where they are absent (a user's machine has no ../shared).
"""

from __future__ import annotations

import csv
import importlib.util
import math
from pathlib import Path

import pytest
from fixtures_build import load_build_script
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SOURCES = ROOT / "gazetteer" / "sources"




bg = load_build_script()


# ---- helpers --------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("  دير   الزور ", "دير الزور"), ("مجدل شمس.", "مجدل شمس"), ("Homs", ""), ("", ""),
    ("qamshlۆ", ""), ("ڕەqqە", ""), ("مطار T4", "مطار T4"), ("\u200fحلب\u200e", "حلب"),
])
def test_clean_ar(raw, expected):
    assert bg.clean_ar(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Deir ez-Zor", "Deir ez-Zor"), ("alkramt", ""), ("Дамаск", ""), ("دمشق", ""),
    ("  Ālbū  Kamāl ", "Ālbū Kamāl"), ("", ""),
])
def test_clean_en(raw, expected):
    assert bg.clean_en(raw) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("دير الزورحمصأإآةىabcXYZ .-\u064e\u0640\u200f")),
               max_size=30))
def test_clean_ar_properties(text):
    out = bg.clean_ar(text)
    assert bg.clean_ar(out) == out  # idempotent
    if out:
        assert out == out.strip() and "  " not in out
        assert any("\u0621" <= c <= "\u064a" for c in out)
        assert not any("a" <= c <= "z" for c in out)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_clean_en_properties(text):
    out = bg.clean_en(text)
    assert bg.clean_en(out) == out
    if out:
        assert any(c.isupper() for c in out)
        assert not any("\u0600" <= c <= "\u06ff" for c in out)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("الرقةحماهأإآىي \u064b\u0651")), max_size=20))
def test_match_key_is_idempotent_and_spaceless(text):
    key = bg.match_key(text)
    assert " " not in key
    assert bg.match_key("ال" + key) == bg.match_key(key) or key.startswith("ال")


def test_match_key_unifies_spellings():
    assert bg.match_key("حماة") == bg.match_key("حماه")
    assert bg.match_key("إدلب") == bg.match_key("ادلب")
    assert bg.match_key("البو كمال") == bg.match_key("البوكمال")


@pytest.mark.parametrize("pop, seat, kind", [
    (None, 0, "village"), (9_999, 0, "village"), (10_000, 0, "town"), (None, 2, "town"),
    (None, 1, "city"), (100_000, 0, "city"), (2_000_000, 0, "city"),
])
def test_populated_kind(pop, seat, kind):
    assert bg.populated_kind(pop, seat) == kind


def test_populated_precision_grows_with_size():
    assert bg.populated_precision("village", None) < bg.populated_precision("town", 20_000) \
        < bg.populated_precision("city", 150_000) < bg.populated_precision("city", 2_000_000)


def test_covering_radius_and_buffer():
    from shapely.geometry import Point, box

    square = box(36.0, 33.0, 37.0, 34.0)
    radius = bg.covering_radius_km(square, 33.5, 36.5)
    assert 70 < radius < 80  # half-diagonal of a 1°x1° cell at 33.5°N
    disc = bg.buffer_km(Point(40.0, 35.0), 10.0)
    assert 9.5 < bg.covering_radius_km(disc, 35.0, 40.0) < 10.5


def test_chain_lines_joins_pieces_in_order():
    from shapely.geometry import LineString

    north = LineString([(38.0, 37.0), (38.5, 36.0)])
    south = LineString([(41.0, 34.5), (38.51, 36.0)])  # reversed piece, tiny gap
    line = bg.chain_lines([south, north])
    assert line.coords[0] == (38.0, 37.0) and line.coords[-1] == (41.0, 34.5)


def test_rec_add_names_dedupes_and_skips_junk():
    rec = bg.Rec("x", "X", "", "town", 1.0, 2.0, 1.0)
    rec.add_names(["", "Homs", "حمص", "حمص", "حمص ", "عي", "محطة حمص"], ["Homs", "hms", "Hims"])
    assert rec.name_ar == "حمص"
    assert rec.aliases_ar == ["محطة حمص"]
    assert rec.aliases_en == ["Homs", "Hims"]


# ---- curated sources (always available: they ship in the repository) ----------------------

def _rows(name: str) -> list[dict[str, str]]:
    with open(SOURCES / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_curated_extra_rows_are_cited_and_well_formed():
    from geo.model import PLACE_KINDS

    rows = _rows("curated_extra.csv")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["id"].startswith("cur-x-"), r["id"]
        assert r["method"] in ("point", "members", "geometry", "same_as"), r["id"]
        assert r["kind"] in PLACE_KINDS, r["id"]
        assert len(r["source"]) > 10, r["id"]
        if r["method"] == "point":
            lat, lon = float(r["lat"]), float(r["lon"])
            assert -90 <= lat <= 90 and -180 <= lon <= 180
            assert float(r["precision_km"]) > 0, r["id"]
        if r["method"] in ("members", "same_as"):
            assert r["ref"], r["id"]
        if r["method"] == "geometry":
            assert r["geometry"], r["id"]
        for name in [r["name_ar"], *r["alt_names_ar"].split("|")]:
            assert not name or bg.clean_ar(name) == name, (r["id"], name)


def test_world_places_are_cited():
    rows = _rows("world_places.csv")
    assert len({r["geonameid"] for r in rows}) == len(rows)
    for r in rows:
        assert r["geonameid"].isdigit() and r["name_ar"] and r["source"].startswith("Wikipedia")


def test_neighbourhoods_and_variants_are_cited():
    for r in _rows("city_neighbourhoods.csv"):
        assert r["city_id"].startswith("geonames:") and r["source"] and r["name_ar"]
    for r in _rows("country_variants.csv"):
        assert len(r["iso2"]) == 2 and r["source"]


# ---- the full build -------------------------------------------------------------------------

def _build_prerequisites() -> str | None:
    if not (SHARED / "data" / "SOURCES.md").exists():
        return "../shared/data is absent (users have no ../shared)"
    if importlib.util.find_spec("babel") is None:
        return "babel (build extra) is not installed"
    wheels = Path.home() / ".cache" / "conflictmap-build" / "wheels"
    for _, filename, _ in bg.WHEELS.values():
        if not (wheels / filename).exists():
            return f"pinned wheel {filename} not in {wheels} (run tools/build_gazetteer.py once)"
    return None


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    reason = _build_prerequisites()
    if reason:
        pytest.skip(reason)
    wheels = Path.home() / ".cache" / "conflictmap-build" / "wheels"
    outs = []
    for name in ("a", "b"):
        out = tmp_path_factory.mktemp(f"build-{name}")
        bg.build(SHARED, out, wheels)
        outs.append(out)
    return outs


FILES = ("places.json", "geometries.geojson", "manifest.json")


@pytest.mark.slow
def test_build_is_deterministic(two_builds):
    a, b = two_builds
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.mark.slow
def test_committed_data_is_current(two_builds):
    committed = ROOT / "gazetteer" / "data"
    for name in FILES:
        assert (two_builds[0] / name).read_bytes() == (committed / name).read_bytes(), (
            f"gazetteer/data/{name} is stale: run python tools/build_gazetteer.py")


@pytest.mark.slow
def test_manifest_records_every_input(two_builds):
    import json

    manifest = json.loads((two_builds[0] / "manifest.json").read_text(encoding="utf-8"))
    paths = {e["path"] for e in manifest["inputs"]}
    for needed in ("data/gazetteer/syria_places.csv", "data/gazetteer/syria_admin_units.csv",
                   "data/gazetteer/neighbours_places.csv", "data/gazetteer/curated_places.csv",
                   "data/admin/syria_adm1_naturalearth_10m.geojson",
                   "gazetteer/sources/curated_extra.csv", "gazetteer/sources/world_places.csv"):
        assert needed in paths, needed
    for entry in manifest["inputs"]:
        assert len(entry["sha256"]) == 64 and entry["rows"] > 0 and entry["license"]
    assert manifest["outputs"]["places.json"]["rows"] == sum(manifest["counts"]["kind"].values())


@pytest.mark.slow
def test_build_covers_every_shared_populated_place(two_builds):
    import json

    data = json.loads((two_builds[0] / "places.json").read_text(encoding="utf-8"))
    ids = {row[0] for row in data["places"]}
    with open(SHARED / "data" / "gazetteer" / "syria_places.csv", encoding="utf-8") as handle:
        shared = list(csv.DictReader(handle))
    for row in shared:
        if row["source"] == "geonames-cities500":
            assert row["uid"] in ids, row["uid"]
    assert math.isclose(len([i for i in ids if i.startswith("opensyria:")]), 348)


@pytest.mark.parametrize("name, expected", [
    ("حمص", "لحمص"), ("الرقة", "للرقة"), ("اللاذقية", "للاذقية"), ("دير الزور", "لدير الزور"),
])
def test_lam_prefixed(name, expected):
    assert bg.lam_prefixed(name) == expected
