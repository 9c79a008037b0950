"""Words after (or as) a trigger noun that are no place: «إحياء الذكرى» (a verbal noun written
with «إ», not the plural «أحياء»), «بلدات القطاع الأوسط» (a sector: a part of an area, a common
noun), «مخيمات تفتقر إلى …» (a form-VIII verb of a relative clause)."""
from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from gazetteer.store import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _keys(text: str, gazetteer) -> list[str]:
    return [m.key for m in find_mentions(text, gazetteer)]


@pytest.mark.parametrize("text", [
    "وقال الرئيس خلال مراسم إحياء الذكرى السنوية للمعركة إن القوات ستواصل عملها.",
    "احتفل الأهالي بإحياء الذكرى الأولى للتحرير.",
    "قطعت القوات الطرق التي تربط المدينة ببلدات القطاع الأوسط.",
    "يقيم معظم النازحين في مخيمات تفتقر إلى أدنى مقومات الحياة.",
    "تعيش العائلات في قرى تحتاج إلى المساعدات العاجلة.",
    "يقطن السكان في بلدات تعتمد على الزراعة.",
])
def test_no_place(text, gazetteer) -> None:
    assert _keys(text, gazetteer) == []


def test_plural_with_hamza_above_still_lists_neighbourhoods(gazetteer) -> None:
    keys = _keys("قصفت الطائرات أحياء الحمدانية وصلاح الدين.", gazetteer)
    assert "حي الحمدانيه" in keys


def test_plural_without_hamza_still_lists_neighbourhoods(gazetteer) -> None:
    keys = _keys("قصفت الطائرات احياء المشهد والصالحين.", gazetteer)
    assert "المشهد" in keys and "الصالحين" in keys


def test_unknown_village_before_a_preposition_is_kept(gazetteer) -> None:
    keys = _keys("قصفت الطائرات قرية تيما على بعد كيلومترات من المدينة.", gazetteer)
    assert "تيما" in keys
