"""Squares, roundabouts and mosques named after common words, and place nouns that an elative makes
common (our own sentences, real gazetteer).

Mechanisms: after a commemorative landmark noun («ساحة», «دوار», «جامع», «مسجد»; ``landmark_names.txt``)
a definite common word is the landmark's name («ساحة التحرير», «دوار الحرية»), except the nouns of
fighting that make the head an idiom («ساحة المعركة») and place nouns («جامع البلدة»); a bare singular
place noun right after an elative («أكبر مدينة», «آخر بلدة») introduces no name; «كبرى», «البحرية»,
«جبهة» are never names found by context.
"""

from __future__ import annotations

import pytest

from fixtures_places import resolved_by_surface as _resolved, surfaces as _surfaces


@pytest.mark.parametrize("text, surface", [
    ("انفجرت سيارة مفخخة في ساحة التحرير بدمشق صباح اليوم.", "ساحة التحرير"),
    ("تجمع المتظاهرون في ساحة الشهداء وسط المدينة.", "ساحة الشهداء"),
    ("وقعت اشتباكات عند دوار الحرية في الرقة.", "دوار الحرية"),
    ("استهدفت قذيفة محيط جامع التوحيد في الحي.", "جامع التوحيد"),
])
def test_a_landmark_named_after_a_common_word(text, surface, gazetteer):
    assert surface in _surfaces(text, gazetteer)


def test_the_landmark_is_placed_in_its_town(gazetteer):
    res = _resolved("انفجرت سيارة مفخخة في ساحة التحرير بدمشق.", gazetteer)
    assert res["ساحة التحرير"].place.kind == "landmark"
    assert not res["ساحة التحرير"].known
    assert res["ساحة التحرير"].place.admin1 == res["بدمشق"].place.admin1


@pytest.mark.parametrize("text", [
    "وصلت التعزيزات إلى ساحة المعركة في ريف حلب.",
    "وقتل عشرات المقاتلين في ساحة القتال قرب المدينة.",
    "وصلى المئات في جامع البلدة بعد رفع الحصار.",
    "وبقي الجرحى في ساحة الانفجار ساعات.",
    "سقطت قذيفة هاون في ساحة المنزل في حي الميدان بدمشق.",
    "استهدفت غارة جوية ساحة المبنى في بلدة سراقب.",
    "تحولت ساحة النزاع في بلدة عرسال إلى منطقة مغلقة.",
])
def test_no_landmark_in_an_idiom_or_a_common_phrase(text, gazetteer):
    assert not any(s.startswith(("ساحة", "جامع")) for s in _surfaces(text, gazetteer))


@pytest.mark.parametrize("text", [
    "وكانت الموصل أكبر مدينة يسيطر عليها التنظيم في العراق.",
    "وخسر التنظيم آخر مدينة كبرى بيده قرب الحدود.",
    "وهذه أول بلدة تعود إليها العائلات منذ سنوات.",
])
def test_an_elative_makes_the_place_noun_common(text, gazetteer):
    found = _surfaces(text, gazetteer)
    assert not any(s in ("يسيطر", "كبرى", "تعود") for s in found)


def test_a_name_after_an_elative_phrase_still_counts(gazetteer):
    # the elative makes «مدينة» right after it common; a later «مدينة X» still names X
    found = _surfaces("وسيطرت القوات على أكبر مدينة في الريف، وهي مدينة الباب.", gazetteer)
    assert "الباب" in found


@pytest.mark.parametrize("text, word", [
    ("وقال إن القاعدتين الجوية في حميميم والبحرية في طرطوس ستواصلان العمل.", "والبحرية"),
    ("وحاولت الميليشيات التقدم على جبهة وادي عين ترما.", "جبهة"),
])
def test_common_nouns_are_no_names_found_by_context(text, word, gazetteer):
    assert word not in _surfaces(text, gazetteer)
