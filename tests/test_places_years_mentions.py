"""Place mentions, years round: nisba adjectives coordinated with «سورية», outlet names closed by
«نيوز», the crossroads noun «مفرق», imperfect verbs of the fifth form after a trigger noun, parts
and pockets of an area. Sentences written for the tests."""

from __future__ import annotations

import pytest

from fixtures_places import resolutions, surfaces
from gazetteer.matcher import find_mentions


@pytest.mark.parametrize("text", [
    "وقصفت مقاتلات روسية وسورية أطراف البلدة بعد الظهر.",
    "ولم يتضح إن كانت الطائرة سورية أم روسية.",
    "ونفذت طائرات سورية وروسية عشرات الطلعات.",
])
def test_syria_as_coordinated_nisba_is_no_place(text, gazetteer):
    assert not any("سوري" in s for s in surfaces(text, gazetteer))


@pytest.mark.parametrize("text", [
    "وقعت الحكومتان اتفاقاً بين تركيا وسورية أمس.",
    "وعاد مئات اللاجئين إلى سورية وروسية تراقب الطريق.",
    "وزار المبعوث السعودية وسورية الشهر الماضي.",
])
def test_syria_the_country_near_misses(text, gazetteer):
    assert any("سورية" in s for s in surfaces(text, gazetteer))


def test_outlet_name_before_news_suffix(gazetteer):
    found = surfaces("الفرات نيوز - بغداد أعلن مسؤول محلي انتهاء العملية.", gazetteer)
    assert "الفرات" not in found and "بغداد" in found


def test_river_without_outlet_suffix_near_miss(gazetteer):
    assert "الفرات" in surfaces("تقدمت القوات على الضفة الغربية قرب الفرات.", gazetteer)


def test_crossroads_noun_introduces_a_junction(gazetteer):
    mentions = find_mentions("تمركزت الوحدات عند مفرق الحمرا شمال المدينة.", gazetteer)
    assert [m.surface for m in mentions if "مفرق" in m.surface] == ["مفرق الحمرا"]


def test_jordanian_town_with_article_near_miss(gazetteer):
    assert "المفرق" in surfaces("وصلت القافلة إلى مدينة المفرق الأردنية مساء.", gazetteer)


def test_fifth_form_verb_after_city_noun_is_no_name(gazetteer):
    found = surfaces("وتعد الرقة ثاني مدينة تتقدم فيها القوات هذا العام.", gazetteer)
    assert not any("تتقدم" in s for s in found)


@pytest.mark.parametrize("text, word", [
    ("وقعت المعارك في أحياء القسم الشمالي من المدينة.", "القسم"),
    ("وهي آخر بلدات الجيب المحاصر في الريف.", "الجيب"),
])
def test_parts_and_pockets_are_no_names(text, word, gazetteer):
    assert not any(word in s for s in surfaces(text, gazetteer))


def test_quantifier_after_a_list_is_no_name(gazetteer):
    found = surfaces("وخسر التنظيم قرى عدة أبرزها دوما والعديد من المواقع.", gazetteer)
    assert not any("العديد" in s for s in found)


def test_junction_after_a_known_town_keeps_its_own_name(gazetteer):
    found = surfaces("استعاد الجيش بلدة الرصافة الأثرية ومفرق الرصافة على الطريق.", gazetteer)
    assert any(s.endswith("مفرق الرصافة") for s in found)


def test_turkish_border_town_has_its_arabic_name(gazetteer):
    resolved = resolutions("ونقل الجرحى إلى بلدة قرقميش التركية المقابلة للحدود.", gazetteer)
    assert [(r.mention.surface, r.place.country) for r in resolved if "قرقميش" in r.mention.surface] \
        == [("قرقميش", "TR")]
