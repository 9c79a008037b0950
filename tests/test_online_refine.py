"""refine_unknown: only unknown places are asked, and far answers are rejected."""

from __future__ import annotations


from conflictmap.cli import main
from gazetteer.online import NominatimResolver, refine_unknown
from geo.model import Mention, Place, Resolution
from tests.test_online_resolver import FakeClock, FakeGeocoder, FakeLocation

AREA = Place(id="sector:x", name="Western countryside", name_ar="الريف الغربي", kind="sector",
             lat=35.30, lon=39.90, precision_km=40.0, admin1="SY09")


def _unknown(name: str) -> Resolution:
    place = Place(id=f"unknown:{name}", name=name, name_ar=name, kind="village", lat=AREA.lat,
                  lon=AREA.lon, precision_km=AREA.precision_km, admin1="SY09", parent_id=AREA.id)
    return Resolution(Mention(f"قرية {name}", 0, 5 + len(name), name), place, 0.4,
                      "unknown: placed at sector", geo_precision="district", known=False)


def _resolver(tmp_path, answers):
    clock = FakeClock()
    geocoder = FakeGeocoder(answers)
    resolver = NominatimResolver(cache_path=tmp_path / "c.json", geocoder=geocoder,
                                 clock=clock.clock, sleep=clock.sleep)
    return resolver, geocoder


def test_near_answer_replaces_the_area_point(tmp_path) -> None:
    resolver, geocoder = _resolver(tmp_path, {"الكرمة": FakeLocation(35.35, 39.80, "الكرمة, سوريا")})
    known = Resolution(Mention("حلب", 0, 3, "حلب", ("g:1",)),
                       Place(id="g:1", name="Aleppo", name_ar="حلب", kind="city", lat=36.2, lon=37.16),
                       0.9, "exact name")
    out = refine_unknown([known, _unknown("الكرمة")], resolver)
    assert out[0] is known  # known places are never sent to the service
    assert [q for q, _ in geocoder.calls] == ["الكرمة"]
    refined = out[1]
    assert (refined.place.lat, refined.place.lon) == (35.35, 39.8)
    assert refined.geo_precision == "near" and refined.known is False
    assert "online nominatim" in refined.reason and refined.place.parent_id == AREA.id


def test_far_answer_is_rejected_and_said(tmp_path) -> None:
    resolver, _ = _resolver(tmp_path, {"الكرمة": FakeLocation(33.0, 36.0, "elsewhere")})
    refined = refine_unknown([_unknown("الكرمة")], resolver)[0]
    assert (refined.place.lat, refined.place.lon) == (AREA.lat, AREA.lon)
    assert "rejected" in refined.reason


def test_no_answer_keeps_the_offline_resolution(tmp_path) -> None:
    resolver, _ = _resolver(tmp_path, {})
    original = _unknown("المجهولة")
    assert refine_unknown([original], resolver) == [original]


def test_cli_geonames_without_account_is_a_one_line_error(tmp_path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text("قصفت الطائرات مدينة حلب.", encoding="utf-8")
    code = main(["extract", str(article), "--date", "2017-09-01", "--online", "geonames",
                 "--online-cache", str(tmp_path / "cache.json")])
    assert code == 1
    err = capsys.readouterr().err
    assert "GeoNames account" in err and err.count("\n") == 1
