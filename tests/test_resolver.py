"""Resolution: admin context, sectors, co-mentions, unknown places, generic facilities."""

from __future__ import annotations

import pytest

from geo.model import GEO_PRECISIONS
from gazetteer.matcher import find_mentions
from gazetteer.resolver import geo_precision_of, resolve_mentions
from test_matcher import FakeGazetteer


@pytest.fixture(scope="module")
def gaz() -> FakeGazetteer:
    return FakeGazetteer()


def resolve(text: str, gaz: FakeGazetteer):
    return resolve_mentions(find_mentions(text, gaz), text, gaz)


def by_surface(text: str, gaz: FakeGazetteer) -> dict:
    return {r.mention.surface: r for r in resolve(text, gaz)}


def test_every_resolution_is_well_formed(gaz: FakeGazetteer) -> None:
    text = ("سيطر الجيش على قرى الزعفرانة والكوم بريف دير الزور الشرقي، وتقدم في مدينة حمص "
            "وفي محافظة الرقة، بدعم من روسيا، قرب القاعدة الجوية")
    rs = resolve(text, gaz)
    assert len(rs) == len(find_mentions(text, gaz)) >= 6
    for r in rs:
        assert 0.0 <= r.confidence <= 1.0
        assert r.reason
        assert r.geo_precision in GEO_PRECISIONS
        assert -90 <= r.place.lat <= 90 and -180 <= r.place.lon <= 180
    assert rs == resolve(text, gaz)  # deterministic


def test_city_vs_governorate_by_context(gaz: FakeGazetteer) -> None:
    r = by_surface("دخلت القوات مدينة حمص", gaz)["حمص"]
    assert r.place.id == "city:homs" and r.geo_precision == "exact"
    r = by_surface("تقدمت القوات في محافظة حمص", gaz)
    (only,) = r.values()
    assert only.place.id in ("gov:homs",) and only.geo_precision == "governorate"
    r = by_surface("وصل الرتل إلى حمص", gaz)["حمص"]
    assert r.place.id == "city:homs"


def test_countryside_without_direction_is_the_governorate(gaz: FakeGazetteer) -> None:
    r = by_surface("قصف الطيران بلدة في ريف حمص", gaz)["حمص"]
    assert r.place.id == "gov:homs" and r.geo_precision == "governorate"
    assert "ريف" in r.reason


def test_countryside_with_direction_is_a_sector(gaz: FakeGazetteer) -> None:
    r = by_surface("اشتباكات في ريف دير الزور الشرقي", gaz)
    (only,) = r.values()
    assert only.place.id == "sector:dez:e" and only.geo_precision == "district"
    r = by_surface("اشتباكات في الريف الشرقي لدير الزور", gaz)
    (only,) = r.values()
    assert only.place.id == "sector:dez:e"


def test_governorate_list_inherits_the_cue(gaz: FakeGazetteer) -> None:
    rs = resolve("يمتد الجبل بين محافظات دير الزور والرقة وحمص", gaz)
    assert [r.place.kind for r in rs] == ["governorate", "governorate", "governorate"]


def test_same_name_villages_follow_the_co_mentioned_places(gaz: FakeGazetteer) -> None:
    near_dez = by_surface("بعد معارك في دير الزور والميادين، سيطروا على تل أحمر", gaz)
    assert near_dez["تل أحمر"].place.id == "vil:tahmar-dez"
    near_homs = by_surface("انطلقت القوات من مدينة حمص وسيطرت على تل أحمر", gaz)
    assert near_homs["تل أحمر"].place.id == "vil:tahmar-homs"
    assert "km" in near_homs["تل أحمر"].reason


def test_unknown_place_sits_at_the_enclosing_area(gaz: FakeGazetteer) -> None:
    rs = by_surface("سيطر الجيش على بلدة الزعفرانة بريف دير الزور الشرقي", gaz)
    r = rs["الزعفرانة"]
    assert not r.known and r.place.id == "unknown:الزعفرانه"
    assert r.place.parent_id == "sector:dez:e"
    assert (r.place.lat, r.place.lon) == (35.0, 40.6)
    assert r.geo_precision == "district" and r.place.kind == "town"
    assert r.confidence < 0.5


def test_unknown_place_near_a_named_town(gaz: FakeGazetteer) -> None:
    rs = by_surface("تقدمت القوات نحو قرية الكوم قرب السخنة", gaz)
    r = rs["الكوم"]
    assert r.place.parent_id == "town:sukhnah" and r.geo_precision == "near"


def test_unknown_name_containing_a_known_one(gaz: FakeGazetteer) -> None:
    rs = by_surface("تقدمت القوات من محاور مغارة السخنة، وأرك", gaz)
    r = rs["مغارة السخنة"]
    assert not r.known and r.place.parent_id == "town:sukhnah" and "named after" in r.reason
    assert rs["وأرك"].place.parent_id == "town:sukhnah"


def test_unknown_place_without_context_uses_the_main_place(gaz: FakeGazetteer) -> None:
    text = "دخل الجيش دير الزور. وفي دير الزور احتفالات. وفي تطور آخر سيطر على حي الرشدية."
    r = by_surface(text, gaz)["الرشدية"]
    assert r.place.parent_id == "city:dez" and not r.known


def test_unknown_place_with_nothing_known_is_country_level(gaz: FakeGazetteer) -> None:
    r = by_surface("سيطروا على قرية الزعفرانة", gaz)["الزعفرانة"]
    assert r.geo_precision == "country" and r.place.precision_km >= 100


def test_generic_airbase_resolves_to_the_nearest_airbase(gaz: FakeGazetteer) -> None:
    rs = by_surface("سيطر الجيش على الجفرة قرب القاعدة الجوية في دير الزور", gaz)
    r = rs["القاعدة الجوية"]
    assert r.place.id == "air:dez" and r.known
    rs = by_surface("قصفت الطائرات القاعدة الجوية في موسكو", gaz)
    assert rs["القاعدة الجوية"].known is False  # no airbase near Moscow in this gazetteer


def test_mintaqa_of_a_town_is_the_town_area(gaz: FakeGazetteer) -> None:
    (r,) = resolve("فر المسلحون إلى منطقة الميادين", gaz)
    assert r.place.id == "city:mayadin" and r.geo_precision == "near"


def test_country_and_world_places(gaz: FakeGazetteer) -> None:
    rs = by_surface("زار الوفد موسكو ثم عاد إلى سوريا", gaz)
    assert rs["سوريا"].geo_precision == "country"
    assert rs["موسكو"].place.id == "w:moscow" and rs["موسكو"].geo_precision == "exact"


def test_trigger_kind_prefers_matching_candidates() -> None:
    rows = [("vil:x", "الطبقة", "village", 35.0, 38.0, "SY", 900, ""),
            ("air:x", "الطبقة", "airbase", 35.75, 38.57, "SY", None, ""),
            ("city:x", "الطبقة", "city", 35.83, 38.55, "SY", 70_000, "")]
    gaz = FakeGazetteer(rows)
    (r,) = resolve("قصفت الطائرات مطار الطبقة", gaz)
    assert r.place.id == "air:x"
    (r,) = resolve("دخلت القوات الطبقة", gaz)
    assert r.place.id == "city:x"


def test_geo_precision_ladder(gaz: FakeGazetteer) -> None:
    assert geo_precision_of(gaz.get("c:SY")) == "country"
    assert geo_precision_of(gaz.get("gov:homs")) == "governorate"
    assert geo_precision_of(gaz.get("sector:dez:e")) == "district"
    assert geo_precision_of(gaz.get("city:homs")) == "exact"


def test_no_mentions_no_resolutions(gaz: FakeGazetteer) -> None:
    assert resolve_mentions([], "نص", gaz) == []


def test_collect_unknown_and_lookup(gaz: FakeGazetteer) -> None:
    import datetime as dt

    from geo.model import Article, ArticleAnalysis
    from gazetteer.unknown import collect_unknown, lookup

    texts = ["سيطر الجيش على قرية الزعفرانة بريف دير الزور الشرقي",
             "قصفت الطائرات بلدة الزعفرانة وقرية الكوم قرب السخنة"]
    analyses = []
    for n, text in enumerate(texts):
        article = Article(id=f"a{n}", date=dt.date(2017, 9, 1), text=text)
        analyses.append(ArticleAnalysis(article, tuple(resolve(text, gaz)), ()))
    unknown = collect_unknown(analyses)
    assert [u.name for u in unknown] == ["الزعفرانه", "الكوم"]
    assert unknown[0].count == 2 and unknown[0].article_ids == ("a0", "a1")
    assert set(unknown[0].kinds) == {"village", "town"} and "[الزعفرانة]" in unknown[0].example
    assert unknown[0].to_dict()["areas"] == ["sector:dez:e", "town:sukhnah"]

    hits = lookup("بدير الزور", gaz)
    assert {c.place.id for c in hits} >= {"city:dez", "gov:dez"}
    assert hits[0].match == "clitic" and hits[0].reasons
    assert hits[0].place.id == "city:dez"  # the city outranks the governorate
    assert lookup("دير الزور", gaz)[0].match == "exact"
    assert [(c.place.id, c.match) for c in lookup("مطار دير", gaz)] == [("air:dez", "partial")]
    assert lookup("العكيرشي", gaz) == []
    partial = lookup("باب", gaz)
    assert partial and partial[0].place.id == "city:bab" and "variant" in partial[0].reason
    assert "الزعفرانه" in unknown[0].describe()


def test_countryside_of_a_district_seat_is_the_district() -> None:
    rows = [("gov:hama", "حماة|محافظة حماة", "governorate", 35.13, 36.75, "SY", 1_600_000, ""),
            ("dist:salamiyah", "سلمية", "district", 35.1, 37.3, "SY", 300_000, "gov:hama"),
            ("city:salamiyah", "سلمية", "city", 35.01, 37.05, "SY", 66_000, "dist:salamiyah")]
    gaz = FakeGazetteer(rows)
    (r,) = resolve("قصفت الطائرات قرى في ريف سلمية", gaz)
    assert r.place.id == "dist:salamiyah" and r.geo_precision == "district"
    (r,) = resolve("دخل الجيش سلمية", gaz)
    assert r.place.id == "city:salamiyah"


# ------------------------------------------------------------------ fast paths equal the plain scans
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from geo.model import Mention, Place, Resolution  # noqa: E402
from gazetteer import resolver as _resolver  # noqa: E402


def _place(i: int, lat: float, lon: float, kind: str = "village", country: str = "SY") -> Place:
    return Place(id=f"p{i}", name=f"P{i}", name_ar=f"ب{i}", kind=kind, lat=lat, lon=lon, country=country)


def _resolution(i: int, start: int, pid: str, kind: str, country: str) -> Resolution:
    mention = Mention(surface="x", start=start, end=start + 1, key="x")
    return Resolution(mention=mention, place=_place(int(pid[1:]), 35.0, 38.0, kind, country),
                      confidence=0.9, reason="test", geo_precision="exact", known=True)


_rows = st.lists(st.tuples(st.integers(0, 50), st.sampled_from(["p1", "p2", "p3", "p4"]),
                           st.sampled_from(["village", "city", "country", "river"]), st.sampled_from(["SY", "IQ"])),
                 max_size=30)


def _main_place(resolved: list[Resolution]) -> Place | None:
    """The article's main place, counted over the whole list: the first seen of the most
    mentioned known Syrian places below country level."""
    counts: dict[str, int] = {}
    first: dict[str, Place] = {}
    for r in resolved:
        if r.known and r.place.kind not in ("country", "sea", "river") and r.place.country == "SY":
            counts[r.place.id] = counts.get(r.place.id, 0) + 1
            first.setdefault(r.place.id, r.place)
    if not counts:
        return None
    top = max(counts.values())
    return next(first[pid] for pid, n in counts.items() if n == top)


@settings(max_examples=80, deadline=None)
@given(_rows, _rows, st.integers(0, 50), st.integers(0, 20))
def test_known_index_equals_the_list_scans(first, later, lo, width) -> None:
    items = [_resolution(i, *row) for i, row in enumerate(first)]
    known = _resolver._Known(items)
    for i, row in enumerate(later):  # places added while unknown names are placed
        r = _resolution(100 + i, *row)
        known.append(r)
        items.append(r)
        assert known.main_place() == _main_place(items)
        countries = [x.place for x in items if x.place.kind == "country"]
        assert known.country == (countries[0] if countries else None)
    assert known.main_place() == _main_place(items)
    assert known.starting_in(lo, lo + width) == [r for r in items if lo <= r.mention.start < lo + width]


# --- foreign homonyms of Syrian places (real gazetteer) --------------------------------------

def test_settlement_cue_prefers_the_syrian_unit_over_a_small_town_abroad(gazetteer) -> None:
    # «بيت جن»: a Syrian subdistrict named after its town (not in the data) and a town in Israel
    text = "سيطر الجيش على بلدة بيت جن في الريف الغربي لدمشق."
    [town, _sector] = resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)
    assert town.place.country == "SY" and town.place.kind == "subdistrict"
    assert town.geo_precision == "district"


def test_small_town_abroad_far_from_the_story_is_an_unknown_syrian_place(gazetteer) -> None:
    # «الطيبة»: the gazetteer knows only Jordanian ones, 390 km from al-Sukhnah
    text = "استعاد الجيش السيطرة على بلدة الطيبة شمال شرق السخنة."
    found = {r.mention.surface: r for r in resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)}
    taybeh, sukhnah = found["الطيبة"], found["السخنة"]
    assert not taybeh.known and taybeh.place.parent_id == sukhnah.place.id


def test_known_towns_abroad_stay_when_they_are_news(gazetteer) -> None:
    # Arsal (Lebanon, ~40,000 people) is a place of the war in its own right, far from Abu Kamal
    text = "انسحب مسلحو داعش من جرود عرسال إلى البوكمال بموجب الاتفاق."
    found = {r.mention.surface: r for r in resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)}
    assert found["عرسال"].known and found["عرسال"].place.country == "LB"


def test_governorate_named_in_the_sentence_picks_the_homonym_inside_it(gazetteer) -> None:
    # «سنجار»: a village and a subdistrict in Idlib, and the Iraqi town of Sinjar
    text = "سيطرت القوات على تل سنجار في ريف إدلب الجنوبي الشرقي."
    found = {r.mention.surface: r for r in resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)}
    assert found["سنجار"].place.country == "SY" and found["سنجار"].place.admin1 == "SY07"
    # without the area the kind and population priors still choose (no restriction applies)
    plain = "زار الوفد سنجار أمس."
    [res] = resolve_mentions(find_mentions(plain, gazetteer), plain, gazetteer)
    assert res.place.country == "IQ"


def test_trigger_noun_glued_in_a_list_keeps_the_known_name(gazetteer) -> None:
    # «وتل سنجار» after «قرية أبو دالي»: one unknown hill-village named with «سنجار», not «وتل»
    text = "سيطرت القوات على قرية أبو دالي وتل سنجار في ريف إدلب."
    surfaces = [m.surface for m in find_mentions(text, gazetteer)]
    assert "وتل سنجار" in surfaces and "وتل" not in surfaces


def test_unknown_name_containing_a_far_place_goes_to_the_area_the_sentence_gives(gazetteer) -> None:
    # «X القريتين» is usually named after al-Qaryatayn (Homs) and placed there; a sentence that
    # puts it in the Idlib countryside wins over the namesake 200 km away
    text = "سيطر الجيش على قرية محسا القريتين في ريف إدلب الجنوبي."
    unknown, sector = resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)
    assert not unknown.known and unknown.place.parent_id == sector.place.id == "sector:idlib:south"
    near = "سيطر الجيش على قرية محسا القريتين في ريف حمص الشرقي."
    unknown, _ = resolve_mentions(find_mentions(near, gazetteer), near, gazetteer)
    assert "named after" in unknown.reason  # the namesake lies in that area: placed at it


def test_plural_settlement_noun_before_a_known_name_is_a_list_not_a_name(gazetteer) -> None:
    # «وقرى سنجار»: the villages of Sinjar (Idlib, by the area the sentence ends with)
    text = "نفذت طائرات غارات على مناطق في بلدات وقرى سنجار وأبو دالي بريف إدلب الجنوبي الشرقي."
    found = {r.mention.surface: r for r in resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)}
    assert found["سنجار"].place.admin1 == "SY07"


def test_a_repeated_name_follows_the_area_of_its_own_sentence(gazetteer) -> None:
    # «صوران» is a village in the Aleppo and in the Hama countryside
    text = "قصفت الطائرات صوران في ريف حلب الشمالي. وسيطرت القوات على صوران في ريف حماة الشمالي."
    found = [r for r in resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)
             if r.mention.surface == "صوران"]
    assert [r.place.admin1 for r in found] == ["SY02", "SY05"]


def test_a_dateline_abroad_is_kept_whatever_else_the_article_names(gazetteer) -> None:
    # the report is filed from a small Jordanian town; naming another place must not demote it
    for text in ("ساكب – قصفت الطائرات مدينة القامشلي أمس.",
                 "ساكب – قصفت الطائرات مدينة القامشلي وبلدة صخرة أمس."):
        first = resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)[0]
        assert first.mention.surface == "ساكب" and first.known and first.place.country == "JO"
