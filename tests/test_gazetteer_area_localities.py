"""Localities placed within their admin unit (``gazetteer/sources/area_localities.csv``).

They have no coordinates of their own: a record is its admin unit's point with the unit's
precision and ``parent_id`` = the unit, so nothing is invented; a resolved one never claims an
exact point. The build refuses rows it cannot place honestly.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from fixtures_build import load_build_script

from conflictmap.pipeline import analyse_article
from gazetteer.resolver import geo_precision_of
from geo.model import GEO_PRECISIONS, PLACE_KINDS, Article

ROOT = Path(__file__).resolve().parents[1]
CSV = ROOT / "gazetteer" / "sources" / "area_localities.csv"
ADMIN_KINDS = ("governorate", "district", "subdistrict")


def _rows() -> list[dict[str, str]]:
    with CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


ROWS = _rows()


def _bare_letters(name: str) -> int:
    bare = name[2:] if name.startswith("ال") else name
    return len(bare.replace(" ", ""))


def _sample_rows() -> list[dict[str, str]]:
    """A spread of rows (every 12th of those whose name is long enough to match without a
    trigger noun: names of three letters or fewer need context by design)."""
    long_enough = [r for r in ROWS if _bare_letters(r["name_ar"]) > 3]
    return long_enough[::12]


# ---- the source file ----------------------------------------------------------------------

def test_rows_are_cited_and_well_formed():
    assert len(ROWS) >= 120
    slugs = [r["slug"] for r in ROWS]
    assert len(slugs) == len(set(slugs))
    for r in ROWS:
        assert r["source"].strip(), r["slug"]
        assert r["name_ar"].strip() and r["name_en"].strip(), r["slug"]
        assert r["kind"] in PLACE_KINDS and r["kind"] not in ADMIN_KINDS, r["slug"]
        assert r["area_id"].startswith(("opensyria:sy-", "region:")), r["slug"]


# ---- the compiled records -----------------------------------------------------------------

def test_every_row_is_a_record_at_its_area_point(gazetteer):
    for r in ROWS:
        place = gazetteer.get(f"locality:{r['slug']}")
        area = gazetteer.get(r["area_id"])
        assert area.kind in ADMIN_KINDS or area.kind == "region", r["area_id"]
        # a wider unit's point is no placement
        assert area.precision_km <= load_build_script().MAX_LOCALITY_AREA_KM, r["area_id"]
        assert place.parent_id == area.id
        # no invented coordinates: the unit's point and precision, nothing else
        assert (place.lat, place.lon) == (area.lat, area.lon), r["slug"]
        assert place.precision_km == area.precision_km, r["slug"]
        assert place.admin1 == area.admin1 and place.country == area.country == "SY"
        assert f"point = {area.id} (within it)" in place.source
        assert place.name_ar == r["name_ar"]


def test_localities_never_report_an_exact_point(gazetteer):
    for r in ROWS:
        precision = geo_precision_of(gazetteer.get(f"locality:{r['slug']}"))
        assert GEO_PRECISIONS[precision] >= GEO_PRECISIONS["near"], (r["slug"], precision)


@pytest.mark.parametrize("row", _sample_rows(), ids=lambda r: r["slug"])
def test_bare_name_in_a_sentence_resolves_to_the_locality(gazetteer, row):
    text = f"قصفت قوات النظام {row['name_ar']} صباح اليوم."
    analysis = analyse_article(Article(id="t", date=dt.date(2016, 5, 1), text=text), gazetteer)
    found = [r for r in analysis.resolutions if r.place.id == f"locality:{row['slug']}"]
    assert found, [(r.mention.surface, r.place.id) for r in analysis.resolutions]
    res = found[0]
    assert text[res.mention.start:res.mention.end] == res.mention.surface
    assert row["name_ar"] in res.mention.surface
    assert res.known
    assert GEO_PRECISIONS[res.geo_precision] >= GEO_PRECISIONS["near"]


# ---- the build refuses what it cannot place honestly --------------------------------------

def _builder_with_area(tmp_path, rows):
    bg = load_build_script()
    builder = bg.Builder(tmp_path, tmp_path)
    builder.reg.add(bg.Rec(id="opensyria:sy-x", name="X", name_ar="إكس", kind="district",
                           lat=35.0, lon=37.0, precision_km=20.0, admin1="SY02",
                           license="L"))
    builder.reg.add(bg.Rec(id="opensyria:sy-wide", name="Wide", name_ar="واسعة", kind="district",
                           lat=34.0, lon=38.0, precision_km=125.0, admin1="SY03", license="L"))
    builder.reg.add(bg.Rec(id="geonames:1", name="Town", name_ar="بلدتنا", kind="town",
                           lat=35.1, lon=37.1, precision_km=3.0, admin1="SY02"))
    builder.read_source = lambda name: rows  # type: ignore[method-assign]
    return bg, builder


def _row(**kw):
    row = {"slug": "a", "name_en": "A", "name_ar": "قرية ما", "alt_names_ar": "", "alt_names_en": "",
           "kind": "village", "area_id": "opensyria:sy-x", "source": "Wikipedia (en): A", "notes": ""}
    row.update(kw)
    return row


def test_build_places_a_row_at_its_area(tmp_path):
    _, builder = _builder_with_area(tmp_path, [_row()])
    builder.load_area_localities()
    rec = builder.reg["locality:a"]
    assert (rec.lat, rec.lon, rec.precision_km, rec.parent_id) == (35.0, 37.0, 20.0, "opensyria:sy-x")


@pytest.mark.parametrize("rows, message", [
    ([_row(area_id="opensyria:sy-nowhere")], "not an admin unit or region"),
    ([_row(area_id="geonames:1")], "not an admin unit or region"),
    ([_row(area_id="opensyria:sy-wide")], "too wide"),
    ([_row(), _row(name_ar="قرية أخرى")], "duplicate"),
    ([_row(source=" ")], "no source"),
    ([_row(alt_names_ar="بلدتنا")], "already names geonames:1"),
    ([_row(), _row(slug="b", name_ar="قرية ما")], "already names locality:a"),
])
def test_build_rejects_rows_it_cannot_place(tmp_path, rows, message):
    _, builder = _builder_with_area(tmp_path, rows)
    with pytest.raises(SystemExit, match=message):
        builder.load_area_localities()


def test_a_list_of_villages_after_a_name_ending_in_a_common_noun(gazetteer):
    """«كفير الزيت» ends in «الزيت» (a common-noun cue: «زيت حمص»); the next item of the list,
    after «و», is still a place."""
    from conflictmap.pipeline import analyse_article

    text = "بسط الجيش سيطرته على قرى دير مقرن وكفير الزيت ودير قانون وسوق وادي بردى وبرهليا."
    analysis = analyse_article(Article(id="t", date=dt.date(2017, 1, 30), text=text), gazetteer)
    ids = [r.place.id for r in analysis.resolutions]
    assert ids == ["locality:deir-muqaran", "locality:kfeir-al-zeit", "locality:deir-qanun",
                   "locality:souq-wadi-barada", "locality:barhaliya"]
    assert {c.place_id for c in analysis.claims} == set(ids)


# ---- short and variant names of existing records ------------------------------------------

@pytest.mark.parametrize("text, surface, name", [
    ("تقدمت الفصائل نحو المعرة من جهة الشرق.", "المعرة", "Ma‘arrat an Nu‘mān"),
    ("سيطر الجيش على حويجة صكر في دير الزور.", "حويجة صكر", "Hawijat Saqr"),
])
def test_news_short_names_of_known_places(gazetteer, text, surface, name):
    analysis = analyse_article(Article(id="t", date=dt.date(2017, 9, 1), text=text), gazetteer)
    found = {r.mention.surface: r.place.name for r in analysis.resolutions if r.place is not None}
    assert found.get(surface) == name, found


def test_a_longer_name_ending_in_a_short_name_is_not_that_place(gazetteer):
    """«رأس المعرة» (a Qalamoun village) is not «المعرة» (Maarat al-Numan)."""
    text = "تقدم الجيش في جرود رأس المعرة في القلمون."
    analysis = analyse_article(Article(id="t", date=dt.date(2017, 8, 1), text=text), gazetteer)
    assert all(r.place is None or r.place.id != "geonames:167611" for r in analysis.resolutions)
