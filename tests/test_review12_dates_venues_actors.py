"""Review 12 narrowing (dates, venues, actors):

- «لليوم الـN على التوالي» dates an undated fight only in the trigger's own clause (geo.claims.
  _consecutive_day, _trigger_clause): a sit-in or strike «فيما/بينما …» in another clause is not the fight.
- A mountain is a talks venue only as a range («في القلمون», «في جبال القلمون»), never a peak named
  by «جبل/تل/قمة» (geo.claims._mountain_region_venue, _named_as_peak).
- «مناطق/جيب/جيوب X» makes the side X an object only after a governing preposition or attack word
  («هجوم على مناطق X», «ضد جيب X»; actors.yaml area_heads/area_governors), so the side named in «في
  مناطق X، بعدما سيطرت على Y» stays the dropped subject of the next clause.
"""
from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from gazetteer.store import load_gazetteer
from geo.model import Article

DAY = dt.date(2017, 9, 10)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _claims(text: str, gazetteer) -> list[tuple[str, str, str, dt.date | None]]:
    analysis = analyse_article(Article(id="t", date=DAY, text=text), gazetteer)
    return [(c.actor, c.action, c.place_name, c.event_date) for c in analysis.claims]


@pytest.mark.parametrize(("text", "action"), [
    ("قصفت قوات النظام بلدة كفرزيتا بالمدفعية، فيما يواصل الأهالي اعتصامهم لليوم الثالث على التوالي في إدلب.",
     "shelled"),
    ("اندلعت اشتباكات عنيفة في محيط مدينة حرستا، بينما يواصل العمال إضرابهم لليوم الرابع على التوالي.",
     "attacked"),
])
def test_consecutive_day_of_another_clause_does_not_move_the_date(text, action, gazetteer) -> None:
    dates = {d for _a, act, _p, d in _claims(text, gazetteer) if act == action}
    assert dates == {DAY}


def test_consecutive_day_in_the_trigger_clause_still_dates_the_fight(gazetteer) -> None:
    text = "تتواصل المعارك لليوم الثالث على التوالي في محيط مدينة حرستا، وسط قصف مدفعي."
    dates = {d for _a, act, _p, d in _claims(text, gazetteer) if act == "attacked"}
    assert dates == {DAY - dt.timedelta(days=2)}


@pytest.mark.parametrize("text", [
    "جرت محادثات بين وزيري الزراعة حول محصول القمح في جبل الشيخ.",
    "عقدت جولة مفاوضات في جبل الشيخ بين وجهاء القرى.",
])
def test_a_peak_is_no_talks_venue(text, gazetteer) -> None:
    assert not [c for c in _claims(text, gazetteer) if c[1] == "negotiation"]


@pytest.mark.parametrize("text", [
    "وتجري مفاوضات عبر وسطاء بين الحزب وقادة الفصيل في القلمون لإخراج المسلحين.",
    "وتجري مفاوضات بين الحزب وقادة الفصيل في جبال القلمون.",
])
def test_a_range_is_still_a_talks_venue(text, gazetteer) -> None:
    assert len([c for c in _claims(text, gazetteer) if c[1] == "negotiation"]) == 1


@pytest.mark.parametrize(("text", "actor"), [
    ("تعهد المسؤول بتحسين الخدمات في مناطق قوات سوريا الديمقراطية، بعدما سيطرت على بلدة الطبقة.", "SDF"),
    ("وقال المسؤول إن الأهالي عادوا إلى منازلهم في مناطق المعارضة، بعدما سيطرت على بلدة الطبقة.",
     "Opposition factions"),
])
def test_ungoverned_areas_keep_their_side_as_dropped_subject(text, actor, gazetteer) -> None:
    assert [(a, act) for a, act, _p, _d in _claims(text, gazetteer)] == [(actor, "captured")]


def test_areas_after_an_attack_are_still_an_object(gazetteer) -> None:
    text = "شنت قوات النظام هجوما على مناطق قوات سوريا الديمقراطية، وسيطرت على بلدة الطبقة."
    assert [(a, act) for a, act, _p, _d in _claims(text, gazetteer)] == [("Syrian Army", "captured")]
