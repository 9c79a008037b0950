"""Generalisation guard: mention finding and resolution on our own Arabic news passages.

``tests/generalisation/articles.jsonl`` holds 18 passages written for this test in the styles of
the outlets the project is scored on (government agency, monitor, pan-Arab and Maghrebi dailies)
with hand-annotated place mentions (see ``tests/generalisation/passages.txt`` and
``make_gold.py``). The thresholds below sit just under what the shipped gazetteer and lexicons
achieve, so a regression in the data or the matcher fails here.

The targeted tests below cover each failure class found by the audit, with sentences of our own
(none is taken from the passages or from any evaluation article).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gazetteer.store import load_gazetteer
from fixtures_places import resolved_by_surface as _resolved, surfaces as _surfaces

GOLD = Path(__file__).resolve().parent / "generalisation" / "articles.jsonl"

# Achieved when written (18 passages, 296 mentions): mentions P 1.000 R 0.943; resolution
# <=10 km 0.981, <=161 km 0.987. The lexicons/gazetteer before the audit gave P 0.956 R 0.889.
# Now: P 1.000 R 0.983, resolution <=10 km and <=161 km 1.000.
MIN_PRECISION = 0.97
MIN_RECALL = 0.96
MIN_WITHIN_161 = 0.97


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


# --------------------------------------------------------------------------- whole-set scores


def test_gold_file_is_consistent():
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        for t in art["toponyms"]:
            assert art["text"][t["start"]:t["start"] + len(t["surface"])] == t["surface"]


def test_mention_and_resolution_scores_on_own_passages(gaz):
    from conflictmap.evaluate import evaluate_gold

    summary = evaluate_gold(GOLD, gaz).summary()
    mentions, resolution = summary["mentions"], summary["resolution"]
    assert mentions["gold"] >= 250
    assert mentions["precision"] >= MIN_PRECISION, mentions
    assert mentions["recall"] >= MIN_RECALL, mentions
    assert resolution["acc_161km"] >= MIN_WITHIN_161, resolution


# --------------------------------------------------------------------------- false positives


@pytest.mark.parametrize("text", [
    "وقال المسؤول في حديثه للصحفيين إن المفاوضات ستستأنف قريبا.",
    "وصل الوزير في زيارة رسمية تستمر يومين.",
    "ندد البيان بالقصف، في إشارة إلى الغارات الأخيرة.",
    "وسعت القوات نطاق الأمان حول الطريق.",
    "يبحث المجلس دور المنظمات في إيصال المساعدات.",
])
def test_common_words_after_fi_are_not_places(text, gaz):
    assert _surfaces(text, gaz) == []


@pytest.mark.parametrize("text", [
    "عبرت أرتال عسكرية تركية الحدود ليلا.",
    "وتحدث الرئيس عن الخطوط الحمراء التي لا يمكن تجاوزها.",
    "ارتفعت أسعار الوقود في السوق السوداء بشكل كبير.",
    "ينشط الحراك الدبلوماسي قبل جولة المفاوضات.",
    "نشر الناشطون صورة الشجرة المحترقة على الشعار الجديد.",
    "وأكد الوزير حرص بلاده على العلاقات الطيبة مع الجيران.",
    "وقال السفير إن الضمير العالمي غائب.",
])
def test_adjectives_and_common_nouns_that_are_aliases(text, gaz):
    assert _surfaces(text, gaz) == []


@pytest.mark.parametrize("text", [
    "التقى قائد فيلق القدس قاسم سليماني بقادة الفصائل.",
    "وقال رئيس الوزراء العراقي الأسبق نوري المالكي إن الحدود آمنة.",
])
def test_person_names_are_not_places(text, gaz):
    assert _surfaces(text, gaz) == []


def test_outlets_operations_and_platforms_hide_their_place_names(gaz):
    text = ("ونقلت «القدس العربي» عن قيادي في حملة «غضب الفرات» أن وفدي منصة موسكو ومنصة القاهرة "
            "تحدثا لقناة روسيا اليوم.")
    assert _surfaces(text, gaz) == []


@pytest.mark.parametrize("tail", ["بينما", "فيما", "بالتزامن", "بدعم", "مشيرا", "ضمن"])
def test_clause_openers_do_not_continue_a_list_of_places(tail, gaz):
    text = f"قصفت الطائرات قرى الحلوة والمنارة، {tail} أعلنت الفصائل النفير."
    surfaces = _surfaces(text, gaz)
    assert "الحلوة" in surfaces and "والمنارة" in surfaces
    assert all(tail not in s for s in surfaces), surfaces


def test_displaced_camps_phrase_is_not_a_place(gaz):
    assert _surfaces("توجهت العائلات إلى مخيمات النازحين قرب الحدود.", gaz) == []


# --------------------------------------------------------------------------- recall


def test_dual_and_plural_trigger_nouns_open_lists(gaz):
    surfaces = _surfaces("سيطر الجيش على قريتي المشيرفة والعبيدية، ووصل إلى بلدتي نبل والزهراء.", gaz)
    assert {"المشيرفة", "والعبيدية", "نبل", "والزهراء"} <= set(surfaces)
    surfaces = _surfaces("نزح المدنيون نحو مخيمات أطمة وسرمدا.", gaz)
    assert {"أطمة", "وسرمدا"} <= set(surfaces)


def test_town_names_that_used_to_need_context(gaz):
    res = _resolved("تتقدم القوات نحو مورك من جهة الشمال.", gaz)
    assert res["مورك"].place.name_ar == "مورك" or "Murak" in res["مورك"].place.name


@pytest.mark.parametrize("text,surface,lat,lon", [
    ("انسحب التنظيم من الشدادي باتجاه الجنوب.", "الشدادي", 36.06, 40.73),
    ("استعادت القوات العراقية تلعفر بعد أيام من المعارك.", "تلعفر", 36.38, 42.45),
    ("وصلت الوفود إلى هامبورغ للمشاركة في القمة.", "هامبورغ", 53.55, 10.0),
    ("تقدم الجيش في الموحسن على الضفة اليمنى.", "الموحسن", 35.24, 40.32),
    ("وصلت القوات إلى الرصافة جنوب الرقة.", "الرصافة", 35.50, 39.98),
])
def test_news_spellings_and_missing_arabic_names(text, surface, lat, lon, gaz):
    res = _resolved(text, gaz)
    assert surface in res, list(res)
    place = res[surface].place
    assert res[surface].known
    assert abs(place.lat - lat) < 0.15 and abs(place.lon - lon) < 0.15, place


# --------------------------------------------------------------------------- resolution


def test_deir_ez_zor_neighbourhood_beats_a_homonymous_village(gaz):
    text = "ما زال التنظيم يتحصن في أحياء الحويقة والحميدية شرق مدينة دير الزور."
    res = _resolved(text, gaz)
    hamidiya = res["والحميدية"].place
    assert abs(hamidiya.lat - 35.34) < 0.1 and abs(hamidiya.lon - 40.14) < 0.1, hamidiya


def test_named_installation_is_placed_in_its_town(gaz):
    text = "اندلعت اشتباكات عنيفة في محيط إدارة المركبات بمدينة حرستا."
    res = _resolved(text, gaz)
    assert "إدارة المركبات" in res
    base = res["إدارة المركبات"].place
    assert abs(base.lat - 33.56) < 0.2 and abs(base.lon - 36.37) < 0.2, base


def test_daraa_district_name(gaz):
    res = _resolved("ساد الهدوء حي طريق السد في مدينة درعا.", gaz)
    hit = next(r for s, r in res.items() if "طريق السد" in s)
    assert abs(hit.place.lat - 32.62) < 0.1 and abs(hit.place.lon - 36.10) < 0.1


# --- mechanisms behind the audit's code patches (own sentences, real gazetteer) -------------

def test_common_word_name_continues_a_list_of_known_places(gaz) -> None:
    # «الباب» alone is the ordinary word "the door"; glued to «و» after a known town it is the town
    assert "والباب" in _surfaces("وتقدمت الفصائل نحو جرابلس والباب شمال حلب.", gaz)
    assert "الباب" not in _surfaces("وأغلق الباب أمام المفاوضات.", gaz)


def test_town_cue_prefers_the_homonym_near_the_other_places() -> None:
    from gazetteer.matcher import find_mentions
    from gazetteer.resolver import resolve_mentions
    from gazetteer.store import load_gazetteer

    gaz = load_gazetteer()
    text = "وسيطرت القوات على بلدة سنجار في ريف إدلب الجنوبي بعد معارك مع الفصائل قرب خان شيخون."
    resolutions = resolve_mentions(find_mentions(text, gaz), text, gaz)
    sinjar = next(r for r in resolutions if "سنجار" in r.mention.surface)
    assert sinjar.place.country == "SY", sinjar.reason


def test_dateline_names_the_city_not_the_country() -> None:
    from gazetteer.matcher import find_mentions
    from gazetteer.resolver import resolve_mentions
    from gazetteer.store import load_gazetteer

    gaz = load_gazetteer()
    text = "تونس – أعلنت وزارة الخارجية التونسية أمس موقفها من الأزمة في سوريا."
    first = resolve_mentions(find_mentions(text, gaz), text, gaz)[0]
    assert first.mention.surface == "تونس" and first.place.kind == "city", first.reason
    body = "وقال مسؤولون في تونس إن الزيارة ستتم قريباً."  # not a dateline: no special case
    later = [r for r in resolve_mentions(find_mentions(body, gaz), body, gaz)
             if r.mention.surface == "تونس"]
    assert later and "dateline" not in later[0].reason


def test_descriptive_adjective_after_plural_trigger_is_not_a_name(gaz) -> None:
    found = _surfaces("وسيطرت وحدات الجيش على تلال حاكمة ونقاط مشرفة في ريف حماة الشرقي.", gaz)
    assert not any("حاكمة" in s or "مشرفة" in s for s in found), found
    assert any("حماة" in s for s in found)


def test_distant_foreign_village_homonym_is_not_trusted() -> None:
    from gazetteer.matcher import find_mentions
    from gazetteer.resolver import resolve_mentions
    from gazetteer.store import load_gazetteer

    gaz = load_gazetteer()
    text = ("وسيطرت القوات على قرية الحسينية في ريف دير الزور الشرقي بعد معارك قرب الميادين.")
    res = resolve_mentions(find_mentions(text, gaz), text, gaz)
    husayniyah = next(r for r in res if "الحسينية" in r.mention.surface)
    assert husayniyah.place.country == "SY" or not husayniyah.known, husayniyah.reason
    assert husayniyah.place.lat > 34.0  # in the Deir ez-Zor area, not in Jordan
    # the same foreign village is kept when the article is about its country
    text_jo = "وزار الوفد الأردن وتوقف في قرية الحسينية جنوب عمان."
    res_jo = resolve_mentions(find_mentions(text_jo, gaz), text_jo, gaz)
    assert any(r.place.country == "JO" and "الحسينية" in r.mention.surface for r in res_jo)


def test_known_town_abroad_is_kept_without_its_country_named() -> None:
    from gazetteer.matcher import find_mentions
    from gazetteer.resolver import resolve_mentions
    from gazetteer.store import load_gazetteer

    gaz = load_gazetteer()
    text = "وقصفت الطائرات مواقع في ريف إدلب الجنوبي، فيما تقدم الحزب في جرود عرسال."
    res = resolve_mentions(find_mentions(text, gaz), text, gaz)
    arsal = next(r for r in res if "عرسال" in r.mention.surface)
    assert arsal.known and arsal.place.country == "LB", arsal.reason


def test_event_verb_after_a_village_list_is_not_another_village(gaz) -> None:
    found = _surfaces("وسيطرت القوات على قرى الخوين والزرزور، وأطبقت الطوق على البلدة.", gaz)
    assert not any("أطبقت" in s for s in found), found


def test_indefinite_common_nouns_need_context(gaz) -> None:
    found = _surfaces("ونقلت القوات الأسرى إلى جزيرة في النهر عبر الطريق المطلة على الوادي.", gaz)
    assert not any(s in ("جزيرة", "المطلة") for s in found), found


def test_village_name_that_looks_like_clitic_plus_verb_is_still_a_name(gaz) -> None:
    # «كفر كلبين» must not be read as «ك» + «فر» (fled)
    found = _surfaces("وقصفت الوحدات بلدات مارع وكفر كلبين في ريف حلب الشمالي.", gaz)
    assert any("كلبين" in s for s in found), found


def test_singular_trigger_pair_with_location_cue(gaz) -> None:
    found = _surfaces("ودارت اشتباكات في محور قرية الرهجة وأم حويش بريف حماة الشرقي.", gaz)
    assert any("أم حويش" in s for s in found), found
    # no cue after «وY»: the conjunction starts the next clause, not a second village
    found = _surfaces("وسيطرت القوات على قرية الرهجة وقالت المصادر إن المعارك مستمرة.", gaz)
    assert not any("قالت" in s or "المصادر" in s for s in found), found


def test_head_noun_names_in_lists_and_purpose_clause_ends_the_list(gaz) -> None:
    found = _surfaces("وسيطر التنظيم على قرى المستريحة والشطيب وأم حارتين، ليقترب من الحدود.", gaz)
    assert "وأم حارتين" in found, found
    assert not any("ليقترب" in s for s in found), found


def test_countryside_of_a_district_seat_is_the_district_located_at_its_seat() -> None:
    from gazetteer.matcher import find_mentions
    from gazetteer.resolver import resolve_mentions
    from gazetteer.store import load_gazetteer
    from geo.geometry import haversine_km

    gaz = load_gazetteer()
    text = "وتقدمت القوات في ريف سلمية الشرقي بعد معارك عنيفة."
    res = [r for r in resolve_mentions(find_mentions(text, gaz), text, gaz) if "سلمية" in r.mention.surface]
    assert res, "no mention"
    r = res[0]
    assert r.place.kind == "district", r.reason  # a district has no directional sectors
    seat = gaz.seat_of(r.place.id)
    assert haversine_km(r.place.lat, r.place.lon, seat.lat, seat.lon) < 1.0
    assert r.place.precision_km > 10 and r.geo_precision == "district"
    text2 = "وقصفت الطائرات مواقع في ريف سلمية."
    r2 = [r for r in resolve_mentions(find_mentions(text2, gaz), text2, gaz) if "سلمية" in r.mention.surface][0]
    assert r2.place.kind == "district" and r2.geo_precision == "district", r2.reason
    seat2 = gaz.seat_of(r2.place.id)
    assert haversine_km(r2.place.lat, r2.place.lon, seat2.lat, seat2.lon) < 1.0
