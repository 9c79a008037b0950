"""Place mentions, years round: nisba adjectives coordinated with «سورية», outlet names closed by
«نيوز», the crossroads noun «مفرق», imperfect verbs of the fifth form after a trigger noun, parts
and pockets of an area. Sentences written for the tests."""

from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from gazetteer.store import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _surfaces(text: str, gaz) -> list[str]:
    return [m.surface for m in find_mentions(text, gaz)]


@pytest.mark.parametrize("text", [
    "وقصفت مقاتلات روسية وسورية أطراف البلدة بعد الظهر.",
    "ولم يتضح إن كانت الطائرة سورية أم روسية.",
    "ونفذت طائرات سورية وروسية عشرات الطلعات.",
])
def test_syria_as_coordinated_nisba_is_no_place(text, gaz):
    assert not any("سوري" in s for s in _surfaces(text, gaz))


@pytest.mark.parametrize("text", [
    "وقعت الحكومتان اتفاقاً بين تركيا وسورية أمس.",
    "وعاد مئات اللاجئين إلى سورية وروسية تراقب الطريق.",
    "وزار المبعوث السعودية وسورية الشهر الماضي.",
])
def test_syria_the_country_near_misses(text, gaz):
    assert any("سورية" in s for s in _surfaces(text, gaz))


def test_outlet_name_before_news_suffix(gaz):
    surfaces = _surfaces("الفرات نيوز - بغداد أعلن مسؤول محلي انتهاء العملية.", gaz)
    assert "الفرات" not in surfaces and "بغداد" in surfaces


def test_river_without_outlet_suffix_near_miss(gaz):
    assert "الفرات" in _surfaces("تقدمت القوات على الضفة الغربية قرب الفرات.", gaz)


def test_crossroads_noun_introduces_a_junction(gaz):
    mentions = find_mentions("تمركزت الوحدات عند مفرق الحمرا شمال المدينة.", gaz)
    assert [m.surface for m in mentions if "مفرق" in m.surface] == ["مفرق الحمرا"]


def test_jordanian_town_with_article_near_miss(gaz):
    assert "المفرق" in _surfaces("وصلت القافلة إلى مدينة المفرق الأردنية مساء.", gaz)


def test_fifth_form_verb_after_city_noun_is_no_name(gaz):
    surfaces = _surfaces("وتعد الرقة ثاني مدينة تتقدم فيها القوات هذا العام.", gaz)
    assert not any("تتقدم" in s for s in surfaces)


@pytest.mark.parametrize("text, word", [
    ("وقعت المعارك في أحياء القسم الشمالي من المدينة.", "القسم"),
    ("وهي آخر بلدات الجيب المحاصر في الريف.", "الجيب"),
])
def test_parts_and_pockets_are_no_names(text, word, gaz):
    assert not any(word in s for s in _surfaces(text, gaz))




def test_quantifier_after_a_list_is_no_name(gaz):
    surfaces = _surfaces("وخسر التنظيم قرى عدة أبرزها دوما والعديد من المواقع.", gaz)
    assert not any("العديد" in s for s in surfaces)


def test_junction_after_a_known_town_keeps_its_own_name(gaz):
    surfaces = _surfaces("استعاد الجيش بلدة الرصافة الأثرية ومفرق الرصافة على الطريق.", gaz)
    assert any(s.endswith("مفرق الرصافة") for s in surfaces)


def test_turkish_border_town_has_its_arabic_name(gaz):
    from gazetteer.resolver import resolve_mentions

    text = "ونقل الجرحى إلى بلدة قرقميش التركية المقابلة للحدود."
    resolved = resolve_mentions(find_mentions(text, gaz), text, gaz)
    assert [(r.mention.surface, r.place.country) for r in resolved if "قرقميش" in r.mention.surface] \
        == [("قرقميش", "TR")]
