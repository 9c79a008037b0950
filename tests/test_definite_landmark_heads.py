"""Mosques named after a definite head noun: «الجامع العمري», «الجامع الكبير».

War reporting names mosques as places («رفعوا العلم فوق الجامع العمري»). The indefinite
construct («جامع العمري») was already a trigger; the definite head needs its name to be a nisba
adjective or a known name, because any other adjective only describes the building. The great
and old mosques («الجامع الكبير», «الجامع العتيق») are generic facilities located in the article's area.
"""

from __future__ import annotations

import pytest

from fixtures_places import surfaces


@pytest.mark.parametrize("text, name", [
    ("سيطرت القوات على الجامع العمري في درعا البلد.", "الجامع العمري"),
    ("دمر التنظيم الجامع النوري ومنارته.", "الجامع النوري"),
    ("تجمع المتظاهرون أمام المسجد الأموي.", "المسجد الأموي"),
    ("رفع المقاتلون العلم فوق الجامع الكبير في مدينة الرقة.", "الجامع الكبير"),
    ("تقدمت القوات نحو الجامع العتيق وسط المدينة.", "الجامع العتيق"),
    ("وصلت القوات إلى محيط بالجامع العمري.", "بالجامع العمري"),
])
def test_a_mosque_named_after_a_definite_head_is_a_place(gazetteer, text, name):
    assert name in surfaces(text, gazetteer)


@pytest.mark.parametrize("text, word", [
    ("استهدف القصف المسجد الوحيد في البلدة.", "المسجد"),
    ("سقطت قذيفة على الجامع المجاور للسوق.", "الجامع"),
    ("خرج المصلون من الجامع بعد الصلاة.", "الجامع"),
    ("وقال إمام المسجد إن المصلين خرجوا بسلام.", "المسجد"),
    ("استهدف القصف المسجد الذي يؤمه السكان.", "المسجد"),
])
def test_a_described_mosque_is_no_place(gazetteer, text, word):
    assert not any(word in s for s in surfaces(text, gazetteer))
