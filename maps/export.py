"""GIS exports of the map layers: GeoJSON (RFC 7946), GeoPackage, ACLED-style claims CSV and KML.

Every writer takes the layers produced by :func:`geo.layers.build_layers` (a ``Layers`` object
or a plain ``{name: GeoDataFrame}`` mapping), writes one file atomically through
:mod:`geo.atomic`, and returns its path. Outputs are deterministic: the same layers give
byte-identical files (fixed column order, rows in the frames' order, coordinates rounded to six
decimals, no timestamps).

The property schema of every layer is documented in ``maps/schema/<layer>.schema.json`` and in
``docs/EXPORTS.md``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.atomic import atomic_open, atomic_path, atomic_write_text
from geo.errors import OutputError

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

__all__ = [
    "FORMATS",
    "ACLED_COLUMNS",
    "EXTRA_CSV_COLUMNS",
    "CSV_COLUMNS",
    "GPKG_LAYER_NAMES",
    "column_type",
    "actor_colour",
    "acled_event_type",
    "claims_csv_rows",
    "geojson_features",
    "to_feature_collection",
    "schema_path",
    "load_schema",
    "write_geojson",
    "write_gpkg",
    "write_claims_csv",
    "write_kml",
    "snapshot",
    "snapshot_many",
    "write_report",
    "chromium_path",
]

#: Output formats understood by the CLI (``png`` and ``report`` need a browser for best results).
FORMATS: tuple[str, ...] = ("geojson", "gpkg", "csv", "kml", "png", "report")

#: ACLED's column order (ACLED export, 2017-era codebook).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities",
)

#: Our own columns, after the ACLED ones.
EXTRA_CSV_COLUMNS: tuple[str, ...] = (
    "claim_id", "gazetteer_id", "name_ar", "article_id", "url", "quote", "start", "end",
    "confidence", "action", "date_precision", "article_date", "attribution",
)

CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EXTRA_CSV_COLUMNS

#: GeoPackage layer name of each in-memory layer (``areas`` are QGIS users' "sectors").
GPKG_LAYER_NAMES: dict[str, str] = {
    "places": "places", "claims": "claims", "control": "control", "zones": "zones",
    "areas": "sectors", "sieges": "sieges", "axes": "axes",
}

_COORD_DECIMALS = 6

# Field types of the documented columns, so every export has the same schema whatever the data
# (an empty date still gets a Date field; a confidence of 1 stays a Real).
_DATE_COLUMNS = frozenset({"first_seen", "last_seen", "valid_from", "valid_to", "event_date",
                           "article_date", "since", "last_reported"})
_INT_COLUMNS = frozenset({"mentions", "start", "end"})
_REAL_COLUMNS = frozenset({"precision_km", "confidence", "radius_km"})
_BOOL_COLUMNS = frozenset({"known", "conflicting", "approximate"})

# Default geometry family of each layer (used when a layer is empty).
_LAYER_GEOMETRY = {
    "places": "Point", "claims": "Point", "control": "Point", "areas": "MultiPolygon",
    "sieges": "MultiPolygon", "axes": "LineString", "zones": "MultiPolygon",
}


# --------------------------------------------------------------------------------------------
# values


def column_type(name: str, values: Iterable[Any] = ()) -> str:
    """The field type of a column: ``date``, ``datetime``, ``integer``, ``real``, ``boolean`` or ``string``.

    Documented columns have a fixed type; others are inferred from their non-null values.

    Examples
    --------
    >>> column_type("valid_from")
    'date'
    >>> column_type("whatever", [1, 2.5])
    'real'
    >>> column_type("whatever", [])
    'string'
    """
    if name in _DATE_COLUMNS:
        return "date"
    if name in _INT_COLUMNS:
        return "integer"
    if name in _REAL_COLUMNS:
        return "real"
    if name in _BOOL_COLUMNS:
        return "boolean"
    seen = [v for v in values if not _is_null(v)]
    if not seen:
        return "string"
    import numpy as np

    if all(isinstance(v, (bool, np.bool_)) for v in seen):
        return "boolean"
    if all(isinstance(v, (dt.datetime,)) for v in seen):
        return "datetime"
    if all(isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in seen):
        return "date"
    if all(isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_)) for v in seen):
        return "integer"
    if all(isinstance(v, (int, float, np.integer, np.floating))
           and not isinstance(v, (bool, np.bool_)) for v in seen):
        return "real"
    return "string"


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        import pandas as pd

        result = pd.isna(value)
    except (TypeError, ValueError):
        return False
    return result is True or (hasattr(result, "dtype") and result.shape == () and bool(result))


def _to_date(value: Any) -> dt.date | None:
    """A ``datetime.date`` from a date, datetime, pandas Timestamp or ISO string (None if null)."""
    if _is_null(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise OutputError(f"cannot export {value!r} as a date") from None


def _json_value(name: str, value: Any, kind: str) -> Any:
    """A JSON-ready value of one cell (ISO dates, plain Python numbers, None for nulls)."""
    if _is_null(value):
        return None
    if kind == "date":
        day = _to_date(value)
        return day.isoformat() if day else None
    if kind == "datetime":
        if hasattr(value, "to_pydatetime"):
            value = value.to_pydatetime()
        return value.isoformat() if isinstance(value, dt.datetime) else str(value)
    if kind == "boolean":
        return bool(value)
    if kind == "integer":
        return int(value)
    if kind == "real":
        number = float(value)
        return round(number, _COORD_DECIMALS) if math.isfinite(number) else None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float):
        return round(value, _COORD_DECIMALS) if math.isfinite(value) else None
    if isinstance(value, (bool, int)):
        return value
    return str(value)


def _frames(layers: Any) -> dict[str, gpd.GeoDataFrame]:
    """``{name: frame}`` from a ``Layers`` object or a mapping."""
    if hasattr(layers, "as_dict"):
        return dict(layers.as_dict())
    if isinstance(layers, Mapping):
        return dict(layers)
    raise TypeError(f"expected Layers or a mapping of GeoDataFrames, got {type(layers).__name__}")


def _wgs84(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        return frame.to_crs(4326)
    return frame


def _attribute_columns(frame: gpd.GeoDataFrame) -> list[str]:
    try:
        geometry_name = frame.geometry.name
    except AttributeError:
        geometry_name = None
    return [str(c) for c in frame.columns if c != geometry_name]


def _column_kinds(frame: gpd.GeoDataFrame) -> dict[str, str]:
    return {c: column_type(c, frame[c].tolist()) for c in _attribute_columns(frame)}


# --------------------------------------------------------------------------------------------
# geometry


def _oriented(geom: Any) -> Any:
    """RFC 7946 winding: exterior rings counter-clockwise, holes clockwise."""
    from shapely.geometry import GeometryCollection, MultiPolygon, Polygon
    from shapely.geometry.polygon import orient

    if isinstance(geom, Polygon):
        return orient(geom, 1.0)
    if isinstance(geom, MultiPolygon):
        return MultiPolygon([orient(p, 1.0) for p in geom.geoms])
    if isinstance(geom, GeometryCollection):
        return GeometryCollection([_oriented(g) for g in geom.geoms])
    return geom


def _round_coords(coords: Any) -> Any:
    if isinstance(coords, (list, tuple)):
        if coords and isinstance(coords[0], (int, float)):
            return [round(float(c), _COORD_DECIMALS) for c in coords[:2]]
        return [_round_coords(c) for c in coords]
    return coords


def _geometry_json(geom: Any) -> dict[str, Any] | None:
    """RFC 7946 geometry member (None for a missing/empty geometry)."""
    if geom is None or getattr(geom, "is_empty", True):
        return None
    from shapely.geometry import mapping

    data = mapping(_oriented(geom))
    return _rounded_mapping(data)


def _rounded_mapping(data: Mapping[str, Any]) -> dict[str, Any]:
    if data["type"] == "GeometryCollection":
        return {"type": "GeometryCollection",
                "geometries": [_rounded_mapping(g) for g in data["geometries"]]}
    return {"type": data["type"], "coordinates": _round_coords(data["coordinates"])}


# --------------------------------------------------------------------------------------------
# GeoJSON


def geojson_features(frame: gpd.GeoDataFrame, layer: str) -> list[dict[str, Any]]:
    """RFC 7946 features of one layer, with a ``layer`` property first and the row ``id`` as id.

    Parameters
    ----------
    frame
        A layer frame (EPSG:4326, or any CRS: it is reprojected).
    layer
        The layer name written in each feature's ``layer`` property.
    """
    frame = _wgs84(frame)
    kinds = _column_kinds(frame)
    features = []
    for record, geom in zip(frame[list(kinds)].itertuples(index=False, name=None),
                            frame.geometry, strict=True):
        properties: dict[str, Any] = {"layer": layer}
        for (name, kind), value in zip(kinds.items(), record, strict=True):
            properties[name] = _json_value(name, value, kind)
        feature: dict[str, Any] = {"type": "Feature"}
        if properties.get("id") is not None:
            feature["id"] = str(properties["id"])
        feature["geometry"] = _geometry_json(geom)
        feature["properties"] = properties
        features.append(feature)
    return features


def to_feature_collection(layers: Any) -> dict[str, Any]:
    """One FeatureCollection holding every layer, in the layers' fixed order."""
    features: list[dict[str, Any]] = []
    for name, frame in _frames(layers).items():
        features.extend(geojson_features(frame, name))
    return {"type": "FeatureCollection", "features": features}


def write_geojson(layers: Any, path: Path) -> Path:
    """Write all layers as one RFC 7946 FeatureCollection.

    Coordinates are WGS84 lon/lat with six decimals, polygons wind counter-clockwise, there is no
    ``crs`` member, each feature carries its stable id (gazetteer id, claim id...) and a
    ``layer`` property; dates are ISO strings (``valid_from``/``valid_to`` on time-bound layers).

    Parameters
    ----------
    layers
        A ``geo.layers.Layers`` or a mapping ``{layer name: GeoDataFrame}``.
    path
        Output file (``.geojson``).

    Returns
    -------
    Path
        ``path``.
    """
    path = Path(path)
    collection = to_feature_collection(layers)
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    atomic_write_text(path, text + "\n")
    return path


def schema_path(layer: str) -> Path:
    """Path of the JSON Schema of a layer's GeoJSON feature properties (``maps/schema``)."""
    return Path(__file__).with_name("schema") / f"{layer}.schema.json"


def load_schema(layer: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a layer's feature properties."""
    return json.loads(schema_path(layer).read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# GeoPackage


_GEOMETRY_FAMILY = {
    "Point": "Point", "MultiPoint": "Point", "LineString": "LineString",
    "MultiLineString": "LineString", "LinearRing": "LineString", "Polygon": "Polygon",
    "MultiPolygon": "Polygon",
}
_FAMILY_RANK = {"Polygon": 0, "LineString": 1, "Point": 2}
_FAMILY_SUFFIX = {"Polygon": "", "LineString": "_lines", "Point": "_points"}


def _split_by_family(name: str, frame: gpd.GeoDataFrame) -> list[tuple[str, gpd.GeoDataFrame, str]]:
    """(layer name, rows, OGR geometry type) groups with one geometry family each.

    A layer mixing polygons and lines (areas: sectors and rivers) becomes ``sectors`` (polygons)
    and ``sectors_lines``; a single-family layer keeps its name. Singles are promoted to multi
    when the family mixes both.
    """
    types = [g.geom_type if g is not None and not g.is_empty else None for g in frame.geometry]
    families = sorted({_GEOMETRY_FAMILY.get(t, "Unknown") for t in types if t is not None},
                      key=lambda f: (_FAMILY_RANK.get(f, 9), f))
    if not families:
        return [(name, frame, _LAYER_GEOMETRY.get(name, "Unknown"))]
    if len(families) == 1:
        family = families[0]
        present = {t for t in types if t is not None}
        if family == "Unknown":
            return [(name, frame, "Unknown")]
        multi = any(t.startswith("Multi") for t in present)
        return [(name, frame, ("Multi" + family) if multi else family)]
    groups = []
    for family in families:
        mask = [(_GEOMETRY_FAMILY.get(t, "Unknown") == family) if t is not None
                else family == families[0] for t in types]
        part = frame[mask]
        present = {t for t in part.geometry.geom_type.dropna()}
        multi = any(t.startswith("Multi") for t in present)
        suffix = _FAMILY_SUFFIX.get(family, "_" + family.lower())
        ogr_type = "Unknown" if family == "Unknown" else ("Multi" + family if multi else family)
        groups.append((name + suffix, part, ogr_type))
    return groups


def _field_arrays(frame: gpd.GeoDataFrame) -> tuple[list[Any], list[str], list[Any]]:
    import numpy as np

    arrays, names, masks = [], [], []
    for name, kind in _column_kinds(frame).items():
        values = frame[name].tolist()
        nulls = np.array([_is_null(v) for v in values], dtype=bool)
        if kind == "date":
            days = [_to_date(v) for v in values]
            array = np.array([d.isoformat() if d else "NaT" for d in days], dtype="datetime64[D]")
            mask = None
        elif kind == "datetime":
            array = np.array([("NaT" if _is_null(v) else str(_json_value(name, v, kind)))
                              for v in values], dtype="datetime64[ms]")
            mask = None
        elif kind == "boolean":
            array = np.array([bool(v) if not n else False for v, n in zip(values, nulls)],
                             dtype=bool)
            mask = nulls if nulls.any() else None
        elif kind == "integer":
            array = np.array([int(v) if not n else 0 for v, n in zip(values, nulls)],
                             dtype="int64")
            mask = nulls if nulls.any() else None
        elif kind == "real":
            array = np.array([float(v) if not n else np.nan for v, n in zip(values, nulls)],
                             dtype="float64")
            mask = None
        else:
            array = np.array([None if n else str(_json_value(name, v, kind))
                              for v, n in zip(values, nulls)], dtype=object)
            mask = None
        arrays.append(array)
        names.append(name)
        masks.append(mask)
    return arrays, names, masks


def _geometry_wkb(frame: gpd.GeoDataFrame, ogr_type: str) -> Any:
    import numpy as np
    import shapely

    geoms = []
    for geom in frame.geometry:
        if geom is None or geom.is_empty:
            geoms.append(None)
            continue
        geom = _oriented(geom)
        if ogr_type.startswith("Multi") and not geom.geom_type.startswith("Multi"):
            geom = {"MultiPolygon": shapely.MultiPolygon, "MultiLineString": shapely.MultiLineString,
                    "MultiPoint": shapely.MultiPoint}[ogr_type]([geom])
        geoms.append(geom)
    return np.array([None if g is None else shapely.to_wkb(g) for g in geoms], dtype=object)


def _temporal_qml(start: str, end: str | None) -> str:
    """A minimal QGIS style that switches the temporal controller on for the layer."""
    end_field = end or ""
    mode = "1" if end else "2"  # 1: start and end from fields; 2: start field only (instantaneous)
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        '<qgis styleCategories="Temporal" version="3.28.0">\n'
        f' <temporal accumulate="0" durationField="" durationUnit="d" enabled="1"'
        f' endExpression="" endField="{end_field}" fixedDuration="1" limitMode="1"'
        f' mode="{mode}" startExpression="" startField="{start}">\n'
        "  <fixedRange>\n   <start></start>\n   <end></end>\n  </fixedRange>\n"
        " </temporal>\n"
        "</qgis>\n"
    )


def _finish_gpkg(path: Path, styled: list[tuple[str, str]], stamp: str) -> None:
    """Fix timestamps, add QGIS default styles (temporal settings), and compact the file."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        con.execute("UPDATE gpkg_contents SET last_change = ?", (stamp,))
        if styled:
            con.execute(
                "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
                "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
                "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
                "update_time DATETIME)")
            con.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                "last_change) VALUES ('layer_styles', 'attributes', 'layer_styles', '', ?)",
                (stamp,))
            for table, qml in styled:
                con.execute(
                    "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                    "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, "
                    "owner, ui, update_time) VALUES ('', '', ?, 'geom', ?, ?, '', 1, "
                    "'conflictmap: temporal controller on valid_from/valid_to', '', '', ?)",
                    (table, table, qml, stamp))
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()


def _latest_date(frames: Iterable[gpd.GeoDataFrame]) -> dt.date:
    latest = dt.date(1970, 1, 1)
    for frame in frames:
        for column in ("valid_to", "valid_from", "last_seen", "last_reported"):
            if column in frame.columns:
                for value in frame[column].tolist():
                    day = _to_date(value)
                    if day and day > latest:
                        latest = day
    return latest


def write_gpkg(layers_by_name: Any, path: Path) -> Path:
    """Write the layers to one GeoPackage (EPSG:4326, typed fields, spatial index).

    Layers are named ``places``, ``claims``, ``control``, ``zones``, ``sectors`` (the in-memory
    ``areas``; a ``sectors_lines`` layer holds rivers if any), ``sieges`` and ``axes``. Dates are
    GeoPackage ``DATE`` fields; each time-bound layer gets a default QGIS style (``layer_styles``
    table) that enables the temporal controller on ``valid_from``/``valid_to``. The file's
    ``last_change`` stamps are set to the latest date in the data, so two builds of the same
    layers are byte-identical.

    Parameters
    ----------
    layers_by_name
        ``{layer name: GeoDataFrame}`` or a ``geo.layers.Layers``.
    path
        Output file (``.gpkg``); replaced atomically.
    """
    from pyogrio import raw

    path = Path(path)
    frames = {name: _wgs84(frame) for name, frame in _frames(layers_by_name).items()}
    order = [n for n in GPKG_LAYER_NAMES if n in frames] + sorted(set(frames) - set(GPKG_LAYER_NAMES))
    styled: list[tuple[str, str]] = []
    stamp = _latest_date(frames.values()).isoformat() + "T00:00:00.000Z"
    with atomic_path(path, suffix=".gpkg") as tmp:
        for name in order:
            out_name = GPKG_LAYER_NAMES.get(name, name)
            for table, part, ogr_type in _split_by_family(out_name, frames[name]):
                arrays, names, masks = _field_arrays(part)
                try:
                    raw.write(str(tmp), _geometry_wkb(part, ogr_type), arrays, names,
                              field_mask=masks, layer=table, driver="GPKG",
                              geometry_type=ogr_type, crs="EPSG:4326", encoding="UTF-8",
                              layer_options={"SPATIAL_INDEX": "YES", "FID": "fid"})
                except Exception as exc:  # GDAL errors carry no stable type
                    raise OutputError(f"cannot write layer {table} to {path}: {exc}") from exc
                if "valid_from" in names:
                    styled.append((table, _temporal_qml(
                        "valid_from", "valid_to" if "valid_to" in names else None)))
        _finish_gpkg(tmp, styled, stamp)
    return path


# --------------------------------------------------------------------------------------------
# CSV (ACLED order)

#: Actors coded by ACLED as state forces (or their direct allies) in Syria.
_STATE_ACTORS = frozenset({
    "Syrian Army", "Syrian government", "Pro-government forces", "National Defence Forces",
    "Russia", "Iran", "Hezbollah", "Iraqi forces", "Turkey", "US-led coalition", "Israel",
    "Jordan", "Lebanese Army",
})

_ACTION_TYPES: dict[str, tuple[str, str]] = {
    "advanced": ("Battles", "Armed clash"),
    "entered": ("Battles", "Armed clash"),
    "besieged": ("Battles", "Armed clash"),
    "encircled": ("Battles", "Armed clash"),
    "siege_broken": ("Battles", "Armed clash"),
    "attacked": ("Battles", "Armed clash"),
    "repelled": ("Battles", "Armed clash"),
    "shelled": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "missile_strike": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "withdrew": ("Strategic developments", "Non-violent transfer of territory"),
    "zone_established": ("Strategic developments", "Agreement"),
    "negotiation": ("Strategic developments", "Agreement"),
    "zone_monitored": ("Strategic developments", "Other"),
    "other": ("Strategic developments", "Other"),
}

_TIME_PRECISION = {"day": 1, "days": 2, "week": 2, "month": 3, "year": 3, "unknown": 3}
_GEO_PRECISION = {"exact": 1, "near": 2, "district": 2, "between": 2, "governorate": 3,
                  "country": 3}

#: OCHA admin1 P-codes of Syria → governorate names as ACLED spells them.
_ADMIN1_NAMES = {
    "SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs",
    "SY05": "Hama", "SY06": "Lattakia", "SY07": "Idleb", "SY08": "Al Hasakeh",
    "SY09": "Deir-ez-Zor", "SY10": "Tartous", "SY11": "Ar-Raqqa", "SY12": "Dar'a",
    "SY13": "As-Sweida", "SY14": "Quneitra",
}


def acled_event_type(action: str, actor: str) -> tuple[str, str]:
    """ACLED (event_type, sub_event_type) of one of our actions by an actor.

    Taking territory is "Government regains territory" for state forces and their allies,
    "Non-state actor overtakes territory" for the others, and an armed clash when the actor is
    unknown.

    Examples
    --------
    >>> acled_event_type("captured", "ISIS")
    ('Battles', 'Non-state actor overtakes territory')
    >>> acled_event_type("captured", "Syrian Army")
    ('Battles', 'Government regains territory')
    >>> acled_event_type("airstrike", "Russia")
    ('Explosions/Remote violence', 'Air/drone strike')
    """
    if action in ("captured", "secured"):
        if not actor or actor == "Unknown":
            return ("Battles", "Armed clash")
        if actor in _STATE_ACTORS:
            return ("Battles", "Government regains territory")
        return ("Battles", "Non-state actor overtakes territory")
    return _ACTION_TYPES.get(action, _ACTION_TYPES["other"])


def _text(value: Any) -> str:
    return "" if _is_null(value) else str(value)


def _coordinate(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return ""
    text = f"{round(value, _COORD_DECIMALS):.{_COORD_DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _notes(row: Mapping[str, Any]) -> str:
    action = _text(row.get("action")).replace("_", " ")
    parts = [f"{_text(row.get('actor')) or 'Unknown'} {action} {_text(row.get('place_name'))}"
             .strip() + "."]
    counter = _text(row.get("counter_actor"))
    if counter:
        parts.append(f"Opponent: {counter}.")
    reported = _to_date(row.get("article_date"))
    source = _text(row.get("source"))
    if source or reported:
        parts.append("Reported by " + (source or "unknown source")
                     + (f" on {reported.isoformat()}" if reported else "") + ".")
    attribution = _text(row.get("attribution"))
    if attribution:
        parts.append(f"Attributed to {attribution}.")
    parts.append("Claimed, not verified.")
    return " ".join(parts)


def claims_csv_rows(claims: gpd.GeoDataFrame) -> list[dict[str, str]]:
    """The claims as CSV rows (strings) in :data:`CSV_COLUMNS`, sorted by date then claim id.

    ``event_date`` falls back to the article date when the text gives no date (with
    ``time_precision`` 3).
    """
    claims = _wgs84(claims)
    rows = []
    for record, geom in zip(claims.drop(columns=claims.geometry.name).to_dict("records"),
                            claims.geometry, strict=True):
        event = _to_date(record.get("event_date"))
        article_day = _to_date(record.get("article_date"))
        day = event or article_day
        precision = _text(record.get("date_precision")) or "unknown"
        time_precision = _TIME_PRECISION.get(precision, 3) if event else 3
        event_type, sub_event = acled_event_type(_text(record.get("action")),
                                                 _text(record.get("actor")))
        has_point = geom is not None and not geom.is_empty
        admin1 = _text(record.get("admin1"))
        confidence = record.get("confidence")
        rows.append({
            "event_date": day.isoformat() if day else "",
            "year": str(day.year) if day else "",
            "time_precision": str(time_precision),
            "event_type": event_type,
            "sub_event_type": sub_event,
            "actor1": _text(record.get("actor")),
            "actor2": _text(record.get("counter_actor")),
            "admin1": _ADMIN1_NAMES.get(admin1, admin1),
            "admin2": "",
            "location": _text(record.get("place_name")),
            "latitude": _coordinate(geom.y) if has_point else "",
            "longitude": _coordinate(geom.x) if has_point else "",
            "geo_precision": str(_GEO_PRECISION.get(_text(record.get("geo_precision")), 3)),
            "source": _text(record.get("source")),
            "source_scale": "",
            "notes": _notes(record),
            "fatalities": "",
            "claim_id": _text(record.get("id")),
            "gazetteer_id": _text(record.get("place_id")),
            "name_ar": _text(record.get("place_name_ar")),
            "article_id": _text(record.get("article_id")),
            "url": _text(record.get("url")),
            "quote": _text(record.get("quote")),
            "start": "" if _is_null(record.get("start")) else str(int(record["start"])),
            "end": "" if _is_null(record.get("end")) else str(int(record["end"])),
            "confidence": "" if _is_null(confidence) else _coordinate(float(confidence)),
            "action": _text(record.get("action")),
            "date_precision": precision if event else "unknown",
            "article_date": article_day.isoformat() if article_day else "",
            "attribution": _text(record.get("attribution")),
        })
    rows.sort(key=lambda r: (r["event_date"], r["claim_id"]))
    return rows


def write_claims_csv(claims: gpd.GeoDataFrame, path: Path, *, bom: bool = False) -> Path:
    """Write the claims as CSV in ACLED column order, then our own columns.

    Parameters
    ----------
    claims
        The ``claims`` layer.
    path
        Output file (``.csv``), UTF-8 with ``\\n`` line ends.
    bom
        Start the file with a UTF-8 byte-order mark, so Excel shows Arabic correctly.
    """
    import csv

    path = Path(path)
    rows = claims_csv_rows(claims)
    with atomic_open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(CSV_COLUMNS), lineterminator="\n",
                                quoting=csv.QUOTE_MINIMAL)
        writer.writeheader()
        writer.writerows(rows)
    return path


# --------------------------------------------------------------------------------------------
# colours (shared with snapshots and the report)

_OTHER_COLOUR = "#7F7F7F"  # features without an actor


def actor_colour(actor: str) -> str:
    """The ``#RRGGBB`` colour of an actor: the map palette of :mod:`maps.styles`."""
    from maps.styles import actor_colour as palette_colour

    return palette_colour(actor).upper()


# --------------------------------------------------------------------------------------------
# KML

_KML_NS = "http://www.opengis.net/kml/2.2"
_KML_FOLDERS = {
    "places": "Places mentioned", "claims": "Claims", "control": "Control",
    "areas": "Sectors and areas", "sieges": "Sieges", "axes": "Axes of advance",
    "zones": "De-escalation zones (approximate)",
}
_ICON = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"


def _kml_colour(hex_colour: str, alpha: int) -> str:
    """KML ``aabbggrr`` from ``#rrggbb``."""
    r, g, b = hex_colour[1:3], hex_colour[3:5], hex_colour[5:7]
    return f"{alpha:02x}{b}{g}{r}".lower()


def _style_id(actor: str) -> str:
    return "actor-" + (re.sub(r"[^A-Za-z0-9]+", "-", actor).strip("-").lower() or "none")


def _kml_coords(coords: Iterable[Any]) -> str:
    return " ".join(f"{_coordinate(x)},{_coordinate(y)}" for x, y, *_ in coords)


def _kml_geometry(parent: Any, geom: Any) -> None:
    import xml.etree.ElementTree as ET

    kind = geom.geom_type
    if kind == "Point":
        ET.SubElement(ET.SubElement(parent, "Point"), "coordinates").text = _kml_coords(geom.coords)
    elif kind in ("LineString", "LinearRing"):
        line = ET.SubElement(parent, "LineString")
        ET.SubElement(line, "tessellate").text = "1"
        ET.SubElement(line, "coordinates").text = _kml_coords(geom.coords)
    elif kind == "Polygon":
        geom = _oriented(geom)
        poly = ET.SubElement(parent, "Polygon")
        ET.SubElement(poly, "tessellate").text = "1"
        outer = ET.SubElement(ET.SubElement(poly, "outerBoundaryIs"), "LinearRing")
        ET.SubElement(outer, "coordinates").text = _kml_coords(geom.exterior.coords)
        for ring in geom.interiors:
            inner = ET.SubElement(ET.SubElement(poly, "innerBoundaryIs"), "LinearRing")
            ET.SubElement(inner, "coordinates").text = _kml_coords(ring.coords)
    else:  # Multi* and collections
        multi = ET.SubElement(parent, "MultiGeometry")
        for part in geom.geoms:
            _kml_geometry(multi, part)


def _placemark_name(layer: str, props: Mapping[str, Any]) -> str:
    if layer == "claims":
        return (f"{props.get('actor') or 'Unknown'}: {str(props.get('action') or '').replace('_', ' ')}"
                f" {props.get('place_name') or ''}").strip()
    if layer == "control":
        return f"{props.get('place_name') or ''} ({props.get('actor') or ''}, {props.get('status') or ''})"
    if layer == "sieges":
        return f"Siege of {props.get('place_name') or ''} ({props.get('actor') or ''})"
    if layer == "axes":
        return f"{props.get('actor') or ''}: {props.get('from_place') or ''} → {props.get('to_place') or ''}"
    name = props.get("name") or props.get("place_name") or props.get("id") or ""
    name_ar = props.get("name_ar") or props.get("place_name_ar") or ""
    return f"{name} / {name_ar}" if name_ar else str(name)


_ARABIC_FIELDS = frozenset({"name_ar", "place_name_ar", "actor_ar", "quote", "surfaces", "title"})


def _description(props: Mapping[str, Any]) -> str:
    """HTML table of a feature's properties (every value escaped; Arabic right-to-left)."""
    rows = []
    for key, value in props.items():
        if value is None or value == "" or key == "layer":
            continue
        text = html.escape(str(value))
        if key == "url" and re.match(r"https?://", str(value)):
            text = f'<a href="{html.escape(str(value), quote=True)}">{text}</a>'
        elif key in _ARABIC_FIELDS:
            text = f'<span dir="rtl" lang="ar">{text}</span>'
        rows.append(f"<tr><th>{html.escape(key)}</th><td>{text}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"


def write_kml(layers: Any, path: Path) -> Path:
    """Write the layers as KML for Google Earth: one folder per layer, one style per actor.

    Placemarks carry the feature id and every property as ``ExtendedData``, an escaped HTML
    description, and a ``TimeSpan`` from ``valid_from``/``valid_to`` so Google Earth's time
    slider works.
    """
    import xml.etree.ElementTree as ET

    path = Path(path)
    frames = {name: _wgs84(frame) for name, frame in _frames(layers).items()}
    collections = {name: geojson_features(frame, name) for name, frame in frames.items()}
    actors = sorted({str(f["properties"].get("actor") or "") for feats in collections.values()
                     for f in feats} - {""})
    on_date = getattr(layers, "on_date", None)

    kml = ET.Element("kml", xmlns=_KML_NS)
    document = ET.SubElement(kml, "Document")
    ET.SubElement(document, "name").text = (
        f"conflictmap {on_date.isoformat()}" if on_date else "conflictmap (all dates)")
    ET.SubElement(document, "description").text = (
        "Claims as reported by the sources, not verified. Generated by conflictmap.")
    for actor in [""] + actors:
        colour = actor_colour(actor) if actor else _OTHER_COLOUR
        style = ET.SubElement(document, "Style", id=_style_id(actor))
        icon_style = ET.SubElement(style, "IconStyle")
        ET.SubElement(icon_style, "color").text = _kml_colour(colour, 255)
        ET.SubElement(icon_style, "scale").text = "1.1"
        ET.SubElement(ET.SubElement(icon_style, "Icon"), "href").text = _ICON
        line_style = ET.SubElement(style, "LineStyle")
        ET.SubElement(line_style, "color").text = _kml_colour(colour, 255)
        ET.SubElement(line_style, "width").text = "2"
        poly_style = ET.SubElement(style, "PolyStyle")
        ET.SubElement(poly_style, "color").text = _kml_colour(colour, 0x55)
    for name, features in collections.items():
        folder = ET.SubElement(document, "Folder")
        ET.SubElement(folder, "name").text = name
        ET.SubElement(folder, "description").text = _KML_FOLDERS.get(name, name)
        for feature in features:
            if feature["geometry"] is None:
                continue
            props = feature["properties"]
            mark = ET.SubElement(folder, "Placemark")
            ET.SubElement(mark, "name").text = _placemark_name(name, props)
            ET.SubElement(mark, "description").text = _description(props)
            begin, end = props.get("valid_from"), props.get("valid_to")
            if begin or end:
                span = ET.SubElement(mark, "TimeSpan")
                if begin:
                    ET.SubElement(span, "begin").text = begin
                if end:
                    ET.SubElement(span, "end").text = end
            ET.SubElement(mark, "styleUrl").text = "#" + _style_id(str(props.get("actor") or ""))
            extended = ET.SubElement(mark, "ExtendedData")
            for key, value in props.items():
                data = ET.SubElement(extended, "Data", name=key)
                ET.SubElement(data, "value").text = "" if value is None else (
                    str(value).lower() if isinstance(value, bool) else str(value))
            from shapely.geometry import shape

            _kml_geometry(mark, shape(feature["geometry"]))
    ET.indent(kml, space=" ")
    text = ET.tostring(kml, encoding="unicode", xml_declaration=False)
    atomic_write_text(path, '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n")
    return path


# --------------------------------------------------------------------------------------------
# PNG and report (implemented in maps.snapshot / maps.report; re-exported for the CLI)


def chromium_path() -> str | None:
    """Chromium executable (``$CONFLICTMAP_CHROMIUM`` or ``/usr/bin/chromium``), None if absent."""
    from maps.snapshot import chromium_path as _chromium_path

    return _chromium_path()


def snapshot(html_path: Path, png_path: Path, *, width: int = 1280, height: int = 800,
             renderer: str = "auto", layers: Any = None) -> str:
    """PNG of a map page; returns ``"chromium"`` or ``"matplotlib"``. See :func:`maps.snapshot.snapshot`."""
    from maps.snapshot import snapshot as _snapshot

    return _snapshot(html_path, png_path, width=width, height=height, renderer=renderer,
                     layers=layers)


def snapshot_many(pages: Any, *, width: int = 1280, height: int = 800, renderer: str = "auto",
                  layers: Any = None) -> str:
    """PNGs of several (html, png) pages with one browser. See :func:`maps.snapshot.snapshot_many`."""
    from maps.snapshot import snapshot_many as _snapshot_many

    return _snapshot_many(pages, width=width, height=height, renderer=renderer, layers=layers)


def write_report(dates_and_pngs: Any, layers_cumulative: Any, out_dir: Path, *,
                 pdf: bool = True) -> list[Path]:
    """report.html (+ report.pdf with Chromium). See :func:`maps.report.write_report`."""
    from maps.report import write_report as _write_report

    return _write_report(dates_and_pngs, layers_cumulative, out_dir, pdf=pdf)
