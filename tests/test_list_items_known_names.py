"""Place lists whose items a guard or a list rule used to misread: a settlement glued to «و»
followed by a tanween word that is the next list item, and a common-word gazetteer name
admitted as a list item, which must keep its gazetteer candidates."""
from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from gazetteer.store import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _keys(text: str, gazetteer) -> list[str]:
    return [m.key for m in find_mentions(text, gazetteer)]


def test_settlement_before_a_conjoined_tanween_word_is_kept(gazetteer) -> None:
    text = "انتشرت قوات الشرطة في مدينتي الرستن وتلبيسة وعدداً من القرى المجاورة"
    assert "تلبيسه" in _keys(text, gazetteer)


def test_imperfect_verb_with_object_still_dropped(gazetteer) -> None:
    # «وتدمر جسراً على النهر»: and destroys a bridge — no Palmyra
    text = "قال الوزير إن الطائرات تقصف المواقع وتدمر جسراً على النهر كل يوم"
    assert "تدمر" not in _keys(text, gazetteer)


def test_verb_with_conjoined_object_without_place_before(gazetteer) -> None:
    # no place mention before the «و»-glued verb: the guard still reads a verb
    text = "أكد المسؤول أن الحكومة تعمل وتدمر وعوداً قطعتها سابقاً"
    assert "تدمر" not in _keys(text, gazetteer)


def test_common_word_name_admitted_by_a_list_keeps_its_candidates(gazetteer) -> None:
    text = "شنت الطائرات غارات على بلدات عدة أبرزها الحراك ونوى وإنخل، وفق ناشطين"
    mentions = {m.key: m for m in find_mentions(text, gazetteer)}
    assert "الحراك" in mentions
    assert mentions["الحراك"].candidates, "a gazetteer name must not be resolved as unknown"


def test_common_word_alone_is_no_place(gazetteer) -> None:
    for text in ("تحدث المحلل عن الحراك السياسي في البلاد",
                 "دعا الحراك الشعبي إلى التظاهر يوم الجمعة",
                 "أكد المبعوث أن الحراك الدبلوماسي مستمر"):
        assert "الحراك" not in _keys(text, gazetteer)


def test_unknown_list_item_stays_without_candidates(gazetteer) -> None:
    text = "هاجم التنظيم قرى الشبكي والشريحي ورامي وطربا."
    mentions = {m.key: m for m in find_mentions(text, gazetteer)}
    assert "الشبكي" in mentions and mentions["الشبكي"].candidates == ()
