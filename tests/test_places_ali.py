"""«العلي» and «علي» inside place names (our own sentences, real gazetteer).

Normalisation writes the preposition «على» and the name «علي» (Ali) alike. A preposition never
takes the article, so «العلي» (al-Ali) is a name word; after a name head («الشيخ», «أبو», «تل»)
«علي» spelled with a dotted «ي» continues the name, while the preposition «على» does not.
"""

from __future__ import annotations

import pytest

from fixtures_places import surfaces as _surfaces


@pytest.mark.parametrize("text, expected", [
    ("وسيطرت القوات على قرى حمدان العلي والمشيرفة بعد اشتباكات.", ["حمدان العلي", "والمشيرفة"]),
    ("واستعاد الجيش قرى رسم العلي والطويلة وأبو خشب.", ["رسم العلي", "والطويلة"]),
    ("وقصفت المدفعية قرى خربة العلي والحمرا شرقي المدينة.", ["خربة العلي", "والحمرا"]),
])
def test_al_ali_is_part_of_a_listed_name(gazetteer, text, expected):
    found = _surfaces(text, gazetteer)
    for surface in expected:
        assert surface in found, found


@pytest.mark.parametrize("text, expected", [
    ("وتقدم الحزب على تلال الشيخ علي والعجرم بعد قصف عنيف.", ["تلال الشيخ علي", "والعجرم"]),
    ("وسيطرت الفصائل على قرية أبو علي قرب الحدود.", ["أبو علي"]),
    ("وتمركزت القوات في تلة بيت علي المطلة على الطريق.", ["تلة بيت علي"]),
])
def test_dotted_ali_after_a_name_head_continues_the_name(gazetteer, text, expected):
    found = _surfaces(text, gazetteer)
    for surface in expected:
        assert any(surface in f for f in found), found


@pytest.mark.parametrize("text, absent", [
    # the preposition «على» after a name head is no part of the name
    ("وتقدمت القوات إلى تلة الشيخ على طريق حلب.", "تلة الشيخ على"),
    ("وسيطرت الفصائل على قرية أبو على الأرض بعد معارك.", "أبو على"),
])
def test_the_preposition_after_a_name_head_ends_the_name(gazetteer, text, absent):
    found = _surfaces(text, gazetteer)
    assert not any(absent in f for f in found), found


def test_ali_alone_is_still_the_preposition(gazetteer):
    # «علي» spelled dotted but not after a name head: no name opens with it
    assert _surfaces("وقال إن الهجوم علي المواقع كان عنيفا.", gazetteer) == []
