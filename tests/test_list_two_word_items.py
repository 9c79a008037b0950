"""A two-word item inside a «و» list after a plural trigger noun («قرى A وB وC D وE»).

«C D» (a name plus a following name word without «و») does not end the list when a «و»-item
follows it: the next «و» word shows that «D» closed the item. Without such a «و»-item the
second word is not taken.
"""
from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from gazetteer.store import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _keys(text: str, gazetteer) -> list[str]:
    return [m.key for m in find_mentions(text, gazetteer)]


def test_two_word_item_before_another_item_is_whole(gazetteer) -> None:
    keys = _keys("سيطر الجيش على قرى دوما وتيما وغيضة حمايل والمتونة في ريف السويداء.", gazetteer)
    assert "غيضه حمايل" in keys and "المتونه" in keys


def test_two_word_item_at_the_end_is_not_stretched(gazetteer) -> None:
    keys = _keys("سيطر الجيش على قرى دوما وتيما وغيضة حمايل.", gazetteer)
    assert "غيضه حمايل" not in keys


def test_adverbs_after_a_list_are_no_item(gazetteer) -> None:
    keys = _keys("قصفت الطائرات قرى كفرنبل وحاس وكفرومة صباحا ومساء.", gazetteer)
    assert not any("صباح" in k or "مساء" in k for k in keys)


def test_a_clause_after_a_list_is_no_item(gazetteer) -> None:
    keys = _keys("قصفت الطائرات قرى كفرنبل وحاس وكفرومة مجددا وسقط قتلى.", gazetteer)
    assert not any("مجدد" in k or "سقط" in k for k in keys)


def test_known_multiword_items_unchanged(gazetteer) -> None:
    keys = _keys("قصفت الطائرات أحياء الحمدانية وصلاح الدين والشعار.", gazetteer)
    assert keys[-1] == "الشعار" and "حي صلاح الدين" in keys
