"""Examples after «أبرزها/منها/مثل» whose plural trigger noun stands before a «في» + area phrase.

«عدد من القرى في الريف الشرقي للمحافظة، أبرزها X وY»: the examples are villages. Common nouns,
people and units after the marker stay non-places.
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


def test_examples_after_an_area_phrase_are_villages(gazetteer) -> None:
    text = "هاجم المسلحون عددا من القرى في الريفين الغربي والجنوبي الغربي للمحافظة، أبرزها الصفصاف والعليقة وكريم."
    keys = _keys(text, gazetteer)
    assert {"الصفصاف", "العليقه", "كريم"} <= set(keys)


@pytest.mark.parametrize("text", [
    "زار الوفد عددا من القرى في الريف الشرقي للمحافظة، أبرزها المدرسة والمستشفى.",
    "التقى الوزير وجهاء القرى في الريف الشرقي، أبرزهم محمد الأحمد وعلي الحسن.",
    "تعاني القرى في الريف الشرقي للمحافظة من مشكلات عدة، أبرزها المياه والكهرباء.",
    "نفذت الفصائل هجمات في القرى في الريف الغربي، أبرزها الهجوم على الحواجز.",
    "انتشرت الفصائل في القرى في الريف الغربي، منها الفرقة الأولى والفرقة الثانية.",
])
def test_common_nouns_people_and_units_stay_non_places(text, gazetteer) -> None:
    assert _keys(text, gazetteer) == []


def test_lam_word_without_area_phrase_does_not_reach_the_noun(gazetteer) -> None:
    keys = _keys("وزعت المساعدات على القرى للمحافظة، أبرزها العليقة والصفصاف.", gazetteer)
    assert "العليقه" not in keys
