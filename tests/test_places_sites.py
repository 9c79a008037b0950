"""Sites inside towns and Levantine height names (our own sentences, real gazetteer).

Landmarks that war reporting names as places (a mosque, a hospital, the old city) are found
through their noun and placed at the enclosing known town, never at a made-up point; ridge
names «ضهر X» and height nouns followed by a name head are hills.
"""

from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from fixtures_places import resolved_by_surface as _resolved, surfaces as _surfaces


@pytest.mark.parametrize("text, site", [
    ("وانسحب عناصر التنظيم من جامع الفردوس نحو دوار النعيم.", "جامع الفردوس"),
    ("ودارت اشتباكات عنيفة في محيط جامع النور وسط مدينة الرقة.", "جامع النور"),
    ("وقتل مدنيان بقصف استهدف مسجد الرحمن في مدينة دوما.", "مسجد الرحمن"),
    ("ونقل الجرحى إلى مستشفى المجتهد في دمشق.", "مستشفى المجتهد"),
    ("واستهدفت الغارات مشفى الرحمة في بلدة كفرنبل بريف إدلب الجنوبي.", "مشفى الرحمة"),
    ("وتقدمت القوات في المدينة القديمة بعد معارك مع التنظيم.", "المدينة القديمة"),
    ("وتقدمت القوات في البلدة القديمة بدير الزور.", "البلدة القديمة"),
])
def test_named_landmarks_are_places(gazetteer, text, site):
    assert site in _surfaces(text, gazetteer)


@pytest.mark.parametrize("text", [
    # («الجامع الكبير» is a place: four held-out corpora annotate it so; see
    # tests/test_definite_landmark_heads.py)
    "وأدى المصلون صلاة الجمعة في جامع البلدة رغم القصف.",
    "وأدى المصلون صلاة الجمعة في المسجد المجاور رغم القصف.",
    "ودعا الوزير إلى حل سياسي جامع يضمن وحدة الأراضي.",
    "وتحدث الطبيب في مستشفى ميداني عن نقص الأدوية.",
    "وتعرض مسجد القرية للقصف صباح اليوم.",
    "وقال مدير مشفى المدينة إن الجرحى بالعشرات.",
])
def test_institutions_without_a_name_are_no_places(gazetteer, text):
    assert _surfaces(text, gazetteer) == []


def test_landmark_is_placed_at_its_town_not_at_a_made_up_point(gazetteer):
    resolved = _resolved("ودارت اشتباكات عنيفة في محيط جامع النور وسط مدينة الرقة.", gazetteer)
    mosque, raqqa = resolved["جامع النور"], resolved["الرقة"]
    assert not mosque.known and mosque.place.kind == "landmark"
    assert (mosque.place.lat, mosque.place.lon) == (raqqa.place.lat, raqqa.place.lon)
    old_city = _resolved("وانسحب عناصر التنظيم من المدينة القديمة في الرقة.", gazetteer)["المدينة القديمة"]
    assert not old_city.known and old_city.place.parent_id == raqqa.place.id


@pytest.mark.parametrize("text, height", [
    ("وسيطر الجيش اللبناني على مرتفعات ضهر الخنزير في الجرود.", "ضهر الخنزير"),
    ("واستهدفت المدفعية تجمعات المسلحين في مرتفعات ضهر الصفا.", "ضهر الصفا"),
    ("وأعلن الحزب السيطرة على ضهر الهوة بعد معارك عنيفة.", "ضهر الهوة"),
    ("بعد سيطرتها أول من أمس على تلة الظهر الأسود الاستراتيجية.", "الظهر الأسود"),
    ("وتقدم الجيش في منطقة عين ترما بعد قصف عنيف.", "عين ترما"),
])
def test_ridge_names_and_height_nouns(gazetteer, text, height):
    found = _surfaces(text, gazetteer)
    assert any(height in surface for surface in found), found


@pytest.mark.parametrize("text", [
    "وبدأ الهجوم ظهر اليوم على مواقع التنظيم.",
    "وقال إن الوضع ظهر بشكل واضح بعد الهجوم.",
    "وأصيب عنصر برصاصة في الظهر خلال الاشتباكات.",
    "وظهر قائد التنظيم في تسجيل مصور جديد.",
])
def test_noon_back_and_appeared_are_no_heights(gazetteer, text):
    assert _surfaces(text, gazetteer) == []


def test_highland_lists_go_on_after_the_first_name(gazetteer):
    found = _surfaces("ويواصل الجيش هجومه على مواقع التنظيم في جرود عرسال والقاع.", gazetteer)
    assert "والقاع" in found


@pytest.mark.parametrize("text, name", [
    ("وتقدمت الفصائل على محور كباني في ريف اللاذقية.", "كباني"),
    ("وأقامت القوات نقطة مراقبة في منطقة حزرما قرب الغوطة.", "حزرما"),
])
def test_bare_name_after_a_weak_trigger_with_a_location_cue(gazetteer, text, name):
    assert name in _surfaces(text, gazetteer)


@pytest.mark.parametrize("text", [
    "وتقع النقطة في منطقة خطرة قرب الحدود.",
    "وتقع البلدة في منطقة جبلية قرب الحدود.",
    "وتقدمت القوات على محور جديد شمال البلدة.",
])
def test_adjectives_after_a_weak_trigger_are_no_names(gazetteer, text):
    assert not any(m.surface.startswith(("خطرة", "جبلية", "جديد")) for m in find_mentions(text, gazetteer))
