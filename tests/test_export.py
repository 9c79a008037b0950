"""GIS exports: every file is read back and compared with the in-memory layers."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.errors import OutputError
from geo.layers import LAYER_COLUMNS
from geo.model import ACTIONS, CONTROL_STATUSES, DATE_PRECISIONS, GEO_PRECISIONS, PLACE_KINDS
from maps import export
from tests.fixtures_e import D1, D2, make_layers

jsonschema = pytest.importorskip("jsonschema")

KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture(scope="module")
def layers():
    return make_layers(D2)


@pytest.fixture(scope="module")
def geojson_doc(layers, tmp_path_factory):
    path = export.write_geojson(layers, tmp_path_factory.mktemp("gj") / "map.geojson")
    return json.loads(path.read_text(encoding="utf-8"))


def _same(a, b):
    """Same geometry up to ring orientation/start, within the 6-decimal rounding."""
    return a.normalize().equals_exact(b.normalize(), 1e-6)


def _validator(name):
    schema = export.load_schema(name)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


# ----------------------------------------------------------------------------------- GeoJSON


def test_geojson_is_rfc7946_and_matches_schemas(geojson_doc):
    assert "crs" not in geojson_doc
    _validator("featurecollection").validate(geojson_doc)
    validators = {name: _validator(name) for name in LAYER_COLUMNS}
    for feature in geojson_doc["features"]:
        validators[feature["properties"]["layer"]].validate(feature["properties"])


def test_schemas_document_exactly_the_layer_columns_and_model_vocabularies():
    for name, columns in LAYER_COLUMNS.items():
        schema = export.load_schema(name)
        assert set(schema["properties"]) == {"layer", *columns}, name
        assert schema["additionalProperties"] is False
    claims = export.load_schema("claims")["properties"]
    assert claims["action"]["enum"] == list(ACTIONS)
    assert claims["date_precision"]["enum"] == list(DATE_PRECISIONS)
    assert claims["geo_precision"]["enum"] == list(GEO_PRECISIONS)
    assert export.load_schema("control")["properties"]["status"]["enum"] == list(CONTROL_STATUSES)
    assert export.load_schema("places")["properties"]["kind"]["enum"] == list(PLACE_KINDS)


def test_schema_rejects_bad_properties():
    validator = _validator("claims")
    feature_props = {"layer": "claims", **{c: "x" for c in LAYER_COLUMNS["claims"]}}
    assert not validator.is_valid(feature_props)  # wrong enums, types and dates


def test_geojson_features_match_layers(layers, geojson_doc):
    from shapely.geometry import shape

    features = geojson_doc["features"]
    for name, frame in layers.as_dict().items():
        mine = [f for f in features if f["properties"]["layer"] == name]
        assert [f["id"] for f in mine] == list(frame["id"]), name
        for feature, (_, row) in zip(mine, frame.iterrows(), strict=True):
            assert _same(shape(feature["geometry"]), row.geometry), feature["id"]
            for column in LAYER_COLUMNS[name]:
                value, got = row[column], feature["properties"][column]
                if isinstance(value, dt.date):
                    assert got == value.isoformat()
                elif isinstance(value, float):
                    assert got == pytest.approx(value)
                else:
                    assert got == value, (name, column)
    # dates and the time span on every time-bound feature
    claim = next(f for f in features if f["id"] == "c-02")
    assert claim["properties"]["event_date"] is None
    assert claim["properties"]["valid_from"] == D2.isoformat()


def test_geojson_rounds_to_six_decimals_and_winds_counter_clockwise(geojson_doc):
    from shapely.geometry import LinearRing

    shelled = next(f for f in geojson_doc["features"] if f["id"] == "c-04")
    assert shelled["geometry"]["coordinates"] == [38.95, 36.7]
    polygons = 0
    for feature in geojson_doc["features"]:
        geometry = feature["geometry"]
        if geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        parts = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        for rings in parts:
            polygons += 1
            assert LinearRing(rings[0]).is_ccw
            assert all(not LinearRing(hole).is_ccw for hole in rings[1:])
    assert polygons >= 4  # sector (given clockwise), siege ring (with hole), two zone parts


def test_geojson_is_deterministic_and_handles_empty_layers(tmp_path):
    a = export.write_geojson(make_layers(D1), tmp_path / "a.geojson")
    b = export.write_geojson(make_layers(D1), tmp_path / "b.geojson")
    assert a.read_bytes() == b.read_bytes()
    empty = json.loads(export.write_geojson(make_layers(empty=True), tmp_path / "e.geojson").read_text())
    assert empty == {"type": "FeatureCollection", "features": []}


_coord = st.floats(min_value=-1.0, max_value=1.0, allow_nan=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_coord, _coord), min_size=3, max_size=12),
       st.floats(min_value=30, max_value=45), st.floats(min_value=30, max_value=40))
def test_any_polygon_exports_ccw_and_within_rounding(points, lon0, lat0):
    from shapely.geometry import MultiPoint, shape

    hull = MultiPoint([(lon0 + x, lat0 + y) for x, y in points]).convex_hull
    if hull.geom_type != "Polygon" or hull.area < 1e-6:
        return
    reversed_hull = type(hull)(list(hull.exterior.coords)[::-1])
    for geom in (hull, reversed_hull):
        data = export._geometry_json(geom)
        json.dumps(data, allow_nan=False)
        out = shape(data)
        assert out.exterior.is_ccw
        for x, y in data["coordinates"][0]:
            assert round(x, 6) == x and round(y, 6) == y
        # rounding to 6 decimals moves each vertex by at most √2·0.5e-6 < 1e-6 degrees, so the
        # shapes differ by at most a strip of that width along the boundary (exact bound, valid
        # for thin slivers too, unlike a bound relative to the area)
        assert out.symmetric_difference(geom).area <= geom.length * 1e-6 + 1e-12


# ---------------------------------------------------------------------------------- GeoPackage


@pytest.fixture(scope="module")
def gpkg(layers, tmp_path_factory):
    return export.write_gpkg(layers, tmp_path_factory.mktemp("gpkg") / "conflict.gpkg")


def test_gpkg_layers_types_and_crs(gpkg):
    import pyogrio

    names = [str(n) for n in pyogrio.list_layers(gpkg)[:, 0]]
    for required in ("places", "claims", "control", "zones", "sectors", "sieges", "axes"):
        assert required in names
    assert "sectors_lines" in names  # the river of the areas layer
    info = pyogrio.read_info(gpkg, layer="claims")
    assert info["crs"] == "EPSG:4326"
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types["event_date"] == types["valid_from"] == types["valid_to"] == "OFTDate"
    assert types["start"] == "OFTInteger64" and types["confidence"] == "OFTReal"
    subtypes = dict(zip(pyogrio.read_info(gpkg, layer="control")["fields"],
                        pyogrio.read_info(gpkg, layer="control")["ogr_subtypes"], strict=True))
    assert subtypes["conflicting"] == "OFSTBoolean"
    assert pyogrio.read_info(gpkg, layer="sectors")["geometry_type"] == "Polygon"
    assert pyogrio.read_info(gpkg, layer="zones")["geometry_type"] == "MultiPolygon"


def test_gpkg_contents_match_layers(layers, gpkg):
    import pandas as pd
    import pyogrio

    for name, table in (("places", "places"), ("claims", "claims"), ("control", "control"),
                        ("zones", "zones"), ("axes", "axes"), ("sieges", "sieges")):
        frame = getattr(layers, name)
        back = pyogrio.read_dataframe(gpkg, layer=table)
        assert list(back["id"]) == list(frame["id"])
        assert list(back.columns[:-1]) == list(LAYER_COLUMNS[name])
        for (_, want), (_, got) in zip(frame.iterrows(), back.iterrows(), strict=True):
            assert _same(got.geometry, want.geometry)
            for column in LAYER_COLUMNS[name]:
                value = want[column]
                if value is None:
                    assert pd.isna(got[column]), (name, column)
                elif isinstance(value, dt.date):
                    assert pd.Timestamp(got[column]).date() == value
                elif isinstance(value, float):
                    assert got[column] == pytest.approx(value)
                else:
                    assert got[column] == value, (name, column)
    sectors = pyogrio.read_dataframe(gpkg, layer="sectors")
    assert list(sectors["kind"]) == ["sector"]


def test_gpkg_spatial_index_and_temporal_style(gpkg):
    con = sqlite3.connect(gpkg)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        assert {"rtree_places_geom", "rtree_claims_geom", "rtree_sectors_geom"} <= tables
        styles = dict(con.execute("SELECT f_table_name, styleQML FROM layer_styles "
                                  "WHERE useAsDefault = 1"))
        stamps = {r[0] for r in con.execute("SELECT last_change FROM gpkg_contents")}
    finally:
        con.close()
    assert 'startField="valid_from"' in styles["claims"] and 'endField="valid_to"' in styles["claims"]
    assert 'enabled="1"' in styles["control"]
    assert stamps == {f"{D2.isoformat()}T00:00:00.000Z"}  # derived from the data, not the clock


def test_gpkg_is_byte_identical_across_builds_and_handles_empty(tmp_path):
    import pyogrio

    a = export.write_gpkg(make_layers(D1).as_dict(), tmp_path / "a.gpkg")
    b = export.write_gpkg(make_layers(D1), tmp_path / "b.gpkg")
    assert a.read_bytes() == b.read_bytes()
    e = export.write_gpkg(make_layers(empty=True), tmp_path / "e.gpkg")
    assert pyogrio.read_info(e, layer="claims")["features"] == 0
    assert pyogrio.read_info(e, layer="claims")["geometry_type"] == "Point"
    assert dict(zip(*[pyogrio.read_info(e, layer="places")[k] for k in ("fields", "ogr_types")],
                    strict=True))["valid_from"] == "OFTDate"


def test_unwritable_output_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        export.write_gpkg(make_layers(), blocker / "sub" / "conflict.gpkg")


# ----------------------------------------------------------------------------------------- CSV


def _read_csv(path, encoding="utf-8"):
    import pandas as pd

    return pd.read_csv(path, encoding=encoding, dtype=str, keep_default_na=False)


def test_csv_columns_in_acled_order_then_ours(layers, tmp_path):
    path = export.write_claims_csv(layers.claims, tmp_path / "claims.csv")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    frame = _read_csv(path)
    assert tuple(frame.columns[:17]) == export.ACLED_COLUMNS
    assert list(frame.columns[17:26]) == ["claim_id", "gazetteer_id", "name_ar", "article_id",
                                          "url", "quote", "start", "end", "confidence"]
    assert len(frame) == len(layers.claims)


def test_csv_rows_match_claims(layers, tmp_path):
    frame = _read_csv(export.write_claims_csv(layers.claims, tmp_path / "c.csv")).set_index("claim_id")
    for _, claim in layers.claims.iterrows():
        row = frame.loc[claim["id"]]
        assert float(row["latitude"]) == pytest.approx(claim.geometry.y, abs=1e-6)
        assert float(row["longitude"]) == pytest.approx(claim.geometry.x, abs=1e-6)
        assert row["quote"] == claim["quote"]  # commas, quotes and newlines survive
        assert row["name_ar"] == claim["place_name_ar"]
        assert (int(row["start"]), int(row["end"])) == (claim["start"], claim["end"])
        assert row["gazetteer_id"] == claim["place_id"] and row["actor1"] == claim["actor"]
        assert float(row["confidence"]) == pytest.approx(claim["confidence"])
    gov = frame.loc["c-01"]
    assert (gov["event_type"], gov["sub_event_type"]) == ("Battles", "Government regains territory")
    assert (gov["time_precision"], gov["geo_precision"], gov["admin1"]) == ("1", "2", "Homs")
    assert gov["actor2"] == "ISIS" and gov["year"] == "2017"
    undated = frame.loc["c-02"]  # no event date: the article date, with the loosest precision
    assert undated["event_date"] == D2.isoformat() and undated["time_precision"] == "3"
    assert undated["sub_event_type"] == "Non-state actor overtakes territory"
    strike = frame.loc["c-03"]
    assert (strike["event_type"], strike["sub_event_type"]) == ("Explosions/Remote violence",
                                                                "Air/drone strike")
    assert strike["time_precision"] == "2"
    assert frame.loc["c-04"]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert list(frame["event_date"]) == sorted(frame["event_date"])


def test_csv_bom_option_and_determinism(layers, tmp_path):
    a = export.write_claims_csv(layers.claims, tmp_path / "a.csv", bom=True)
    b = export.write_claims_csv(make_layers(D2).claims, tmp_path / "b.csv", bom=True)
    assert a.read_bytes().startswith(b"\xef\xbb\xbfevent_date,")
    assert a.read_bytes() == b.read_bytes()
    assert list(_read_csv(a, encoding="utf-8-sig").columns)[0] == "event_date"


def test_acled_types_cover_every_action():
    for action in ACTIONS:
        event_type, sub_event = export.acled_event_type(action, "ISIS")
        assert event_type in ("Battles", "Explosions/Remote violence", "Strategic developments")
        assert sub_event
    assert export.acled_event_type("captured", "Unknown") == ("Battles", "Armed clash")


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(
    ["\n", ",", '"', "،", "\u200f"]), max_size=40)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quote=_text, name=_text)
def test_csv_round_trips_any_text(tmp_path, quote, name):
    layers = make_layers()
    claims = layers.claims.copy()
    claims["quote"] = quote
    claims["place_name_ar"] = name
    frame = _read_csv(export.write_claims_csv(claims, tmp_path / "h.csv", bom=True),
                      encoding="utf-8-sig")
    assert set(frame["quote"]) == {quote}
    assert set(frame["name_ar"]) == {name}


# ----------------------------------------------------------------------------------------- KML


def test_kml_reads_back_per_layer(layers, tmp_path):
    import pyogrio

    path = export.write_kml(layers, tmp_path / "map.kml")
    names = [str(n) for n in pyogrio.list_layers(path)[:, 0]]
    assert names == list(LAYER_COLUMNS)
    for name, frame in layers.as_dict().items():
        back = pyogrio.read_dataframe(path, layer=name)
        assert len(back) == len(frame), name
        assert list(back["id"]) == list(frame["id"])
        for want, got in zip(frame.geometry, back.geometry, strict=True):
            assert _same(got, want), name
    claims = pyogrio.read_dataframe(path, layer="claims")
    assert list(claims["place_name_ar"]) == list(layers.claims["place_name_ar"])


def test_kml_styles_per_actor_time_spans_and_escaping(layers, tmp_path):
    path = export.write_kml(layers, tmp_path / "map.kml")
    root = ET.parse(path).getroot()
    styles = {s.get("id"): s for s in root.iter(f"{KML}Style")}
    for actor in ("Syrian Army", "ISIS", "SDF"):
        style = styles[export._style_id(actor)]
        colour = export.actor_colour(actor)
        assert style.find(f"{KML}IconStyle/{KML}color").text == export._kml_colour(colour, 255)
    assert len({s.find(f"{KML}IconStyle/{KML}color").text for s in styles.values()}) == len(styles)
    marks = {}
    for folder in root.iter(f"{KML}Folder"):
        for mark in folder.iter(f"{KML}Placemark"):
            data = {d.get("name"): d.find(f"{KML}value").text for d in mark.iter(f"{KML}Data")}
            marks[(folder.find(f"{KML}name").text, data["id"])] = mark
    strike = marks[("claims", "c-03")]
    assert strike.find(f"{KML}styleUrl").text == "#" + export._style_id("SDF")
    assert strike.find(f"{KML}TimeSpan/{KML}begin").text == D2.isoformat()
    description = strike.find(f"{KML}description").text
    assert "<b>" not in description and "&lt;b&gt;" in description
    assert 'href="javascript' not in description
    assert 'dir="rtl"' in description
    assert path.read_bytes() == export.write_kml(make_layers(D2), tmp_path / "b.kml").read_bytes()


def test_png_and_report_entry_points_are_reexported(tmp_path):
    from maps import report

    html = tmp_path / "p.html"
    html.write_text("<html><title>t</title></html>", encoding="utf-8")
    assert export.snapshot(html, tmp_path / "p.png", renderer="matplotlib",
                           layers=make_layers(D1)) == "matplotlib"
    written = export.write_report([(D1, tmp_path / "p.png")], make_layers(), tmp_path, pdf=False)
    assert written == [tmp_path / "report.html"] and report.claims_reported_on(
        make_layers().claims, D1)
