"""Triggers and objects, genres round (strike releases, Iraqi communiqués, analyses): a strike noun
already located before its «دمرت», a fronted «قرب X،» adverbial of a strike, bare «ضربات» as air
strikes unless guns are named, «فرض الأمن على» and raising a flag as captures, «كلاً من» after an
area frame, zones named «المشمولة باتفاق خفض التصعيد», and intercepted missile attacks.

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims is exercised. Each class has positive cases and near misses.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_summary

DAY = dt.date(2017, 10, 27)  # Friday

PLACES = {
    "الميادين": ("g-may", "Al-Mayadin", "city"),
    "هجين": ("g-haj", "Hajin", "town"),
    "الصالحية": ("g-sal", "Al-Salihiyah", "village"),
    "العشارة": ("g-ash", "Al-Asharah", "town"),
    "الكشمة": ("g-kash", "Al-Kashma", "village"),
    "الجزيرة": ("g-jaz", "Jazira", "region"),
    "ريف حماة الشرقي": ("g-hama-e", "Eastern Hama countryside", "sector"),
    "دوما": ("g-dou", "Douma", "city"),
    "الغوطة الشرقية": ("g-gho", "Eastern Ghouta", "region"),
    "المزة": ("g-mez", "Mezzeh", "neighbourhood"),
    "دمشق": ("g-dam", "Damascus", "city"),
}

claims_of = partial(table_claims, places=PLACES, day=DAY, lat=34.9, lon=40.4)
summary = partial(table_summary, places=PLACES, day=DAY, lat=34.9, lon=40.4)


def families(text: str) -> list[tuple[str, str]]:
    """(action family, place id) of each claim."""
    from geo.claims import action_family
    return [(action_family(action), pid) for action, pid in summary(text)]


# --------------------------------------------------------------------------- located strike nouns
@pytest.mark.parametrize("text, expected", [
    # the strike is located by «قرب» before the verb that names what it destroyed
    ("ونفذت طائرات التحالف ثلاث ضربات قرب الميادين دمرت موقعاً قتالياً ومركبة.", [("airstrike", "g-may")]),
    ("نفذت المقاتلات خمس ضربات على هجين استهدفت وحدات تكتيكية للتنظيم.", [("airstrike", "g-haj")]),
])
def test_strike_noun_located_before_its_target_verb(text, expected):
    assert families(text) == expected


def test_strike_noun_then_target_verb_still_one_trigger():
    # near miss: «على الأقل» is no location; the verb after the strike names its target
    assert families("نفذت الطائرات 14 غارة على الأقل استهدفت مناطق في العشارة.") == [("airstrike", "g-ash")]


# --------------------------------------------------------------------------- fronted adverbials
@pytest.mark.parametrize("text, expected", [
    ("في 20 تشرين الأول، قرب الميادين، نفذت ثلاث ضربات استهدفت وحدتين تكتيكيتين للتنظيم.",
     [("airstrike", "g-may")]),
    ("في 22 تشرين الأول، بالقرب من هجين، نفذت ضربة واحدة دمرت بئراً نفطية.", [("airstrike", "g-haj")]),
])
def test_fronted_near_adverbial_locates_a_strike(text, expected):
    assert families(text) == expected


@pytest.mark.parametrize("text", [
    # near miss: the place locates the speaker, not the strike («قال مصدر في X، إن …»)
    "قال مصدر في الميادين، إن الطائرات نفذت ضربات استهدفت تجمعات للتنظيم.",
    # near miss: no comma sets the place off; a clause break stands between it and the strike
    "وصل النازحون إلى مخيم قرب الميادين، فيما نفذت الطائرات ضربات استهدفت التنظيم.",
])
def test_place_before_a_strike_without_a_fronted_adverbial(text):
    assert ("airstrike", "g-may") not in families(text)


# --------------------------------------------------------------------------- bare strike nouns
def test_bare_strike_noun_is_an_airstrike():
    assert families("وشن التحالف ضربات على بلدة الكشمة.") == [("airstrike", "g-kash")]


def test_bare_strike_noun_fired_by_guns_stays_a_shelling():
    # near miss: the artillery is named next to the noun
    assert summary("واستهدف سلاح المدفعية بضربات مركزة مواقع المسلحين في بلدة الكشمة.") == [("shelled", "g-kash")]


def test_strike_metaphor_is_no_airstrike():
    # near miss: «ضربة موجعة» is a figure of speech
    assert summary("وتعد خسارة الكشمة ضربة موجعة للتنظيم في الميادين.") == []


# --------------------------------------------------------------------------- communiqué idioms
@pytest.mark.parametrize("text, expected", [
    ("وذكر البيان أن قطعات الجيش فرضت الأمن في الساعات الأولى على بلدة العشارة وقرية الكشمة.",
     [("captured", "g-ash"), ("captured", "g-kash")]),
    ("ورفعت القوات العلم فوق مبنى البلدية في مدينة الميادين.", [("captured", "g-may")]),
    ("ورفع المقاتلون العلم العراقي فوق بلدة هجين بعد طرد المسلحين.", [("captured", "g-haj")]),
])
def test_communique_capture_idioms(text, expected):
    assert families(text) == expected


@pytest.mark.parametrize("text", [
    # near miss: a demand, no armed side imposing security
    "وطالب الأهالي بفرض الأمن في الميادين.",
    # near miss: a flag raised in a place, not over it
    "ورفع المتظاهرون العلم في ساحة عامة في الميادين احتفالاً بالعيد.",
])
def test_communique_idioms_without_a_place(text):
    assert summary(text) == []


# --------------------------------------------------------------------------- «كلاً من» after a frame
def test_list_after_kullan_min_replaces_the_area_frame():
    text = "وحررت القوات على الجزيرة كلاً من الصالحية، العشارة، الكشمة وهجين خلال أسبوعين."
    assert families(text) == [("captured", "g-sal"), ("captured", "g-ash"), ("captured", "g-kash"),
                              ("captured", "g-haj")]


def test_area_without_kullan_min_stays_the_object():
    # near miss: no list follows; the area is the object
    assert families("وسيطرت القوات على الجزيرة بالكامل.") == [("captured", "g-jaz")]


# --------------------------------------------------------------------------- zones named before
def test_zone_named_before_mashmula():
    text = "وتقع الغوطة الشرقية ضمن المناطق المشمولة باتفاق خفض التصعيد منذ تموز الماضي."
    assert ("zone_established", "g-gho") in summary(text)


def test_zone_trigger_far_from_a_place_before():
    # near miss: a clause break and punctuation between the place and the zone
    text = "قصفت القوات دوما، فيما قالت موسكو إن الاتفاق على خفض التصعيد ما زال قائماً."
    assert not any(a.startswith("zone") for a, _ in summary(text))


# --------------------------------------------------------------------------- interceptions
def test_intercepted_missile_attack_is_a_strike_not_a_repel():
    text = "وقالت وسائل إعلام رسمية إن الدفاعات الجوية تصدت لهجوم صاروخي إسرائيلي استهدف موقعاً قرب المزة."
    got = families(text)
    assert ("airstrike", "g-mez") in got and not any(a == "attacked" for a, _ in got)
    assert all(c.action != "repelled" for c in claims_of(text))


def test_ground_attack_held_off_stays_repelled():
    # near miss: a ground attack: the repel is the claim
    text = "وتصدت وحدات الجيش لهجوم شنه مسلحو التنظيم على بلدة الكشمة."
    assert [c.action for c in claims_of(text)] == ["repelled"]


def test_one_list_noun_over_two_areas_gives_a_claim_on_each(gazetteer):
    """«ناحيتي X وY»: both subdistricts stand under one dual noun, so each is an object of its own
    (an area coordinated after another is otherwise only where the first lies)."""
    from conflictmap.pipeline import analyse_article
    from geo.model import Article

    def captured(text: str) -> list[str]:
        article = analyse_article(Article(id="t", date=DAY, text=text), gazetteer)
        return sorted(c.place_name for c in article.claims if c.action == "captured")

    assert captured("سيطرت القوات التركية أمس على ناحيتي راجو وبلبل شمال عفرين.") == ["Bulbul", "Raju"]
    # near miss: a subdistrict and the countryside sector around it (no shared list noun): the
    # sector is only where the subdistrict lies
    assert captured("سيطرت القوات التركية أمس على ناحية راجو وريف حلب الشمالي.") == ["Raju"]
