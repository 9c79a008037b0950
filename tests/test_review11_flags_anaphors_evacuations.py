"""Review 11 near misses of the flag, ceremony, bare-«المدينة» and «نقل» evacuation rules (findings 3-7
and the pronoun of a site after a flag, finding 8), run through the whole pipeline with the gazetteer.

- A flag raised «في» a site that is not the place named next (an observation post or a base «قرب» X)
  takes no place; a flag at a national day, an occasion or a reopening («خلال افتتاحه») is a ceremony.
- A bare «المدينة» does not refer back to a place named only as a reference point («القريبة من مدينة X»).
- Fighters carried «الجرحى/المصابين» or «إلى مستشفى» are no withdrawal.
- A state's flag raised by another state's force names the flag's state as the captor.
- Any pronoun-suffixed site after «في/فوق» of a raised flag refers back to the place entered.
"""
from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from geo.model import Article


def _claims(gazetteer, text: str) -> list[tuple[str, str, str]]:
    article = analyse_article(Article(id="r11", date=dt.date(2017, 9, 10), text=text), gazetteer)
    return [(c.actor, c.action, c.place_name) for c in article.claims]


@pytest.mark.parametrize("text", [
    "رفع الجيش التركي العلم التركي في نقطة المراقبة الجديدة قرب بلدة الصرمان بريف إدلب.",
    "رفع الجيش التركي العلم التركي في قاعدة جديدة قرب مدينة دارة عزة.",
    "رفع جنود الجيش السوري العلم الوطني في مدينة حلب يوم الاستقلال.",
    "رفعت وحدات الجيش العلم الوطني في ساحة مدينة درعا بمناسبة يوم الشهيد.",
    "رفعت الفرقة الرابعة العلم السوري في معبر نصيب خلال افتتاحه.",
    "رفعت الفرقة الرابعة العلم السوري في معبر نصيب بعد إعادة افتتاحه.",
    "رفع الجيش التركي العلم التركي في موقع عسكري شمال مدينة عفرين.",
])
def test_flag_not_at_the_place_or_at_a_ceremony_is_no_capture(gazetteer, text: str) -> None:
    assert [c for c in _claims(gazetteer, text) if c[1] == "captured"] == []


def test_flag_in_a_site_of_the_city_still_captures(gazetteer) -> None:
    claims = _claims(gazetteer, "رفعت وحدات الجيش السوري العلم الوطني في ساحة مدينة درعا.")
    assert any(c[1] == "captured" and c[2] == "Dar‘ā" for c in claims)


def test_bare_city_does_not_refer_to_a_reference_point(gazetteer) -> None:
    claims = _claims(gazetteer, "دخلت القوات التركية مدينة الباب القريبة من مدينة منبج. ورفعت العلم التركي فوق المدينة.")
    assert [c for c in claims if c[2] == "Manbij"] == []
    assert any(c[2] == "Al Bāb" for c in claims)


@pytest.mark.parametrize("text", [
    "نقلوا مقاتلي التنظيم المصابين إلى مستشفى في مدينة الرقة.",
    "نقلوا مقاتلي التنظيم الجرحى إلى مستشفى مدينة الطبقة.",
    "نقلت مقاتلي التنظيم إلى مستشفى في مدينة الرقة.",
])
def test_carried_casualties_or_destination_is_no_withdrawal(gazetteer, text: str) -> None:
    assert [c for c in _claims(gazetteer, text) if c[1] == "withdrew"] == []


def test_carried_out_from_a_place_still_withdraws(gazetteer) -> None:
    claims = _claims(gazetteer, "ونقلت الحافلات المئات من مقاتلي التنظيم من مدينة الطبقة باتجاه البادية.")
    assert any(c[1] == "withdrew" for c in claims)


def test_state_flag_raised_by_another_state_names_the_flag_state(gazetteer) -> None:
    text = "رفعت الشرطة العسكرية الروسية العلم السوري في مبنى البلدية بمدينة دوما بعد تسليمه للحكومة."
    assert ("Syrian Army", "captured", "Dūmā") in _claims(gazetteer, text)
    assert [c for c in _claims(gazetteer, text) if c[0] == "Russia"] == []


def test_own_state_flag_keeps_its_raiser(gazetteer) -> None:
    claims = _claims(gazetteer, "رفع الجيش التركي العلم التركي فوق مبنى البلدية في مدينة عفرين.")
    assert all(c[0] == "Turkey" for c in claims if c[1] == "captured")


@pytest.mark.parametrize("text", [
    "دخلت وحدات الجيش مدينة الميادين ورفعت العلم في شوارعها.",
    "دخلت وحدات الجيش مدينة الميادين ورفعت العلم فوق أبنيتها.",
])
def test_flag_on_any_site_of_the_entered_place_captures(gazetteer, text: str) -> None:
    assert any(c[1] == "captured" and c[2] == "Al Mayādīn" for c in _claims(gazetteer, text))
