"""Negotiation claims at the venue of an agreement: a relative clause after a comma still
describes the agreement noun, and a deal struck in a place the gazetteer files as a village
counts; meetings and passing mentions of an agreement stay without a claim."""
from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from gazetteer.store import load_gazetteer
from geo.model import Article


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _talks(text: str, gazetteer) -> list[str]:
    result = analyse_article(Article(id="t", date=dt.date(2018, 7, 8), text=text), gazetteer)
    by_id = {r.place.id: r.place.name for r in result.resolutions}
    return [by_id.get(c.place_id, c.place_id) for c in result.claims if c.action == "negotiation"]


def test_agreement_reached_in_a_village_venue(gazetteer) -> None:
    text = "وينص الاتفاق الذي جرى التوصل إليه في مدينة بصرى الشام على تسليم السلاح الثقيل"
    assert _talks(text, gazetteer) == ["Buşrá ash Shām"]


def test_relative_clause_after_a_comma(gazetteer) -> None:
    text = "وينص الاتفاق، الذي جرى التوصل إليه في مدينة بصرى الشام، على تسليم السلاح الثقيل"
    assert _talks(text, gazetteer) == ["Buşrá ash Shām"]


def test_comma_relative_on_a_person_is_no_agreement(gazetteer) -> None:
    text = "قال المتحدث، الذي وقع في القاهرة على البيان، إن الوضع هادئ"
    assert _talks(text, gazetteer) == []


def test_comma_relative_on_an_exhibition_is_no_agreement(gazetteer) -> None:
    text = "زار الوزير المعرض، الذي أبرمت فيه صفقات تجارية في مدينة بصرى الشام"
    assert _talks(text, gazetteer) == []


def test_evacuation_under_an_earlier_deal_is_no_new_talks(gazetteer) -> None:
    text = "بموجب الاتفاق خرج المسلحون من مدينة بصرى الشام باتجاه الشمال"
    assert _talks(text, gazetteer) == []


def test_aid_delivered_in_a_village_is_no_talks(gazetteer) -> None:
    text = "وزعت المنظمة سلالا غذائية على الأهالي في مدينة بصرى الشام بعد الاتفاق"
    assert _talks(text, gazetteer) == []
