"""Fire-family cues: aircraft that govern a strike noun, «still» before a fire verb, bombs dropped by
aircraft, barrel-bomb shelling and military/air campaigns (geo/claims.py, geo/lexicon)."""
from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from gazetteer.store import load_gazetteer
from geo.model import Article


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _claims(gazetteer, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", date=dt.date(2017, 9, 10), text=text)
    return {(c.action, c.place_id) for c in analyse_article(article, gazetteer).claims}


def _actions(gazetteer, text: str) -> set[str]:
    return {action for action, _place in _claims(gazetteer, text)}


@pytest.mark.parametrize("text", [
    "وتواصل الطائرات الحربية الروسية استهداف مواقع المسلحين في بلدة داعل",
    "وكثف الطيران الحربي قصف بلدة داعل خلال الليل",
    "ويواصل سلاح الجو في الجيش السوري استهداف تحركات المسلحين في بلدة داعل",
])
def test_aircraft_subject_of_governing_verb_makes_noun_an_airstrike(gazetteer, text):
    assert _actions(gazetteer, text) == {"airstrike"}


@pytest.mark.parametrize("text, expected", [
    ("ويواصل الجيش استهداف مواقع المسلحين في بلدة داعل", {"attacked"}),  # a ground subject
    ("يواصل التحالف الدولي دعم هجوم الفصائل على بلدة داعل", {"attacked"}),  # «دعم» is no adjective
    ("تواصل طائرات الإغاثة نقل المساعدات إلى بلدة داعل", set()),
])
def test_governed_noun_near_misses(gazetteer, text, expected):
    assert _actions(gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    "وقال إن طائرات النظام لا تزال تقصف بلدة داعل يوميا",
    "لا تزال الطائرات الروسية تقصف بلدة داعل",
])
def test_still_before_fire_verb_is_not_negation(gazetteer, text):
    assert _actions(gazetteer, text) == {"airstrike"}


@pytest.mark.parametrize("text", [
    "ما زال الجيش لم يقصف بلدة داعل",  # «still not»
    "لا تزال القوات تحاصر بلدة داعل",  # a siege as a state keeps the negation reading
    "لا يزال تنظيم داعش يسيطر على بلدة داعل",
    "لا تزال الحكومة ترفض وقف القصف على بلدة داعل",
])
def test_still_near_misses(gazetteer, text):
    assert _actions(gazetteer, text) == set()


@pytest.mark.parametrize("text", [
    "وألقت المروحيات قنابل على بلدة داعل",
    "ألقت طائرات التحالف قنابل قرب مواقع للقوات في بلدة داعل",
    "وقال إن الطائرات ألقت قنابل على بلدة داعل",
])
def test_bombs_dropped_by_aircraft(gazetteer, text):
    assert _actions(gazetteer, text) == {"airstrike"}


@pytest.mark.parametrize("text", [
    "ألقى مجهول قنبلة يدوية على منزل في بلدة داعل",
    "ألقت الشرطة قنابل الغاز على المتظاهرين في بلدة داعل",
    "ألقى الرئيس كلمة في بلدة داعل",
    "ألقت الطائرات منشورات على بلدة داعل تدعو المسلحين إلى الاستسلام",
])
def test_dropping_near_misses(gazetteer, text):
    assert _actions(gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("وتعرضت بلدة داعل لقصف بالبراميل المتفجرة", {"airstrike"}),
    ("وتعرضت بلدة داعل للقصف بالطيران الحربي", {"airstrike"}),
    ("وتشن قوات النظام منذ أسابيع حملة عسكرية على الغوطة الشرقية", {"attacked"}),
    ("وبدأ التحالف حملة جوية على مواقع التنظيم في بلدة داعل", {"airstrike"}),
])
def test_barrel_shelling_and_campaigns(gazetteer, text, expected):
    assert _actions(gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    "أطلقت وزارة الصحة حملة تلقيح في بلدة داعل",
    "شنت قوات الأمن حملة اعتقالات في بلدة داعل",
    "أطلق الحزب حملة انتخابية في بلدة داعل",
    "تستعد القوات لحملة عسكرية على بلدة داعل",
])
def test_campaign_near_misses(gazetteer, text):
    assert _actions(gazetteer, text) == set()


@pytest.mark.parametrize("text", ["لا تزال واشنطن ترفض أن تقصف مدينة الرقة.",
                                  "لا يزال الأهالي يخشون أن تقصف الطائرات مدينة دوما مجددا."])
def test_still_before_a_clause_of_its_own_keeps_the_negation(gazetteer, text):
    assert "airstrike" not in _actions(gazetteer, text)


def test_flares_dropped_over_a_town_are_no_airstrike(gazetteer):
    assert "airstrike" not in _actions(gazetteer, "ألقت الطائرات الحربية قنابل ضوئية فوق مدينة إدلب ليلا.")


@pytest.mark.parametrize("text", [
    "أطلقت وزارة الزراعة حملة جوية لرش المبيدات في بلدة داعل",
    "أطلقت الخطوط الجوية السورية حملات جوية ترويجية إلى بلدة داعل",
    "رفضت دمشق أي حملة عسكرية تركية على بلدة داعل",
    "توقف القصف بالطيران على بلدة داعل منذ أسبوع",
])
def test_campaign_and_air_shelling_near_misses_of_review_14(gazetteer, text):
    assert _actions(gazetteer, text) == set()


def test_air_campaign_launched_by_aircraft_before_its_target(gazetteer):
    text = "وتأتي الغارة في سياق حملة جوية مكثفة تشنها الطائرات الروسية على مواقع الهيئة في بلدة داعل"
    assert "airstrike" in _actions(gazetteer, text)
