"""Capture pronouns that name no place of their own, and capture nouns that are only a battle's goal.

- «سيطرت الفصائل على عدة قرى قبل أن تستعيدها القوات»: the «ها» glued to the recapture refers to the
  unnamed villages (inanimate plurals take the feminine singular pronoun), not to a place named
  earlier in the sentence (the countryside they lie in, towns struck in another clause).
- «معركة استعادتها»: a feminine past verb with a glued pronoun is spelled like the verbal noun with
  its possessive; after an operation noun, with no subject after it, it is the goal of a battle.
"""
from __future__ import annotations

import datetime as dt

from conflictmap.pipeline import analyse_article
from geo.model import Article


def _claims(gazetteer, text: str) -> list[tuple[str, str, str]]:
    article = analyse_article(Article(id="bg", date=dt.date(2017, 9, 10), text=text), gazetteer)
    return [(c.actor, c.action, c.place_name) for c in article.claims]


def _captures(gazetteer, text: str) -> list[tuple[str, str]]:
    return [(actor, place) for actor, action, place in _claims(gazetteer, text) if action == "captured"]


# --- the pronoun after an unnamed plural object -------------------------------------------------

def test_recapture_of_unnamed_villages_names_no_countryside(gazetteer) -> None:
    text = ("وشنت الفصائل هجوما على مواقع الجيش في ريف حماة الشمالي وسيطرت على عدة قرى "
            "قبل أن تستعيدها القوات الحكومية.")
    assert not any("Hama" in place for _, place in _captures(gazetteer, text))
    # the attack itself is still told
    assert any(action == "attacked" for _, action, _ in _claims(gazetteer, text))


def test_recapture_of_unnamed_villages_names_no_town_struck_earlier(gazetteer) -> None:
    text = ("وتعرضت مدن جسر الشغور وخان شيخون لغارات، وذلك عقب معركة تمكنت الفصائل خلالها "
            "من السيطرة على قرى قبل أن يستعيدها الجيش.")
    assert _captures(gazetteer, text) == []


def test_recapture_of_a_named_town_keeps_its_place(gazetteer) -> None:
    text = "وسيطرت الفصائل على بلدة مورك قبل أن يستعيدها الجيش بعد يومين."
    places = [place for _, place in _captures(gazetteer, text)]
    assert len(places) == 2 and all("rak" in place for place in places)


def test_recapture_after_a_plural_named_list_keeps_the_list(gazetteer) -> None:
    text = "وسيطر التنظيم على قرى عقيربات وصلبا قبل أن يستعيدها الجيش."
    assert len(_captures(gazetteer, text)) >= 2


def test_plural_aid_sentence_gives_no_claim(gazetteer) -> None:
    text = "ووزع الهلال الأحمر مساعدات على قرى ريف حلب قبل أن ينقلها إلى مدينة حلب."
    assert _claims(gazetteer, text) == []


# --- a capture noun with its possessive as the goal of a battle ---------------------------------

def test_battle_for_its_recapture_is_no_capture(gazetteer) -> None:
    text = "وسقطت الرمادي بيد التنظيم، ما دفع الحكومة الى الزج بالحشد في معركة استعادتها."
    assert _captures(gazetteer, text) == [("ISIS", "Ramadi")]  # the fall only


def test_operation_for_its_recapture_is_no_capture(gazetteer) -> None:
    text = "وخسر الجيش بلدة السخنة الشهر الماضي، وانطلقت عملية استعادتها مطلع الشهر."
    assert not any(actor == "Syrian Army" for actor, _ in _captures(gazetteer, text))


def test_recapture_verb_with_subject_after_an_attack_noun_stays(gazetteer) -> None:
    text = "وسيطرت الفصائل على بلدة مورك، وبعد هجوم استعادتها قوات النظام."
    assert any(actor == "Syrian Army" for actor, _ in _captures(gazetteer, text))


def test_recapture_verb_after_battles_stays(gazetteer) -> None:
    text = "وسيطر التنظيم على بلدة السخنة، وبعد أسبوعين من المعارك استعادتها قوات النظام."
    assert any(actor == "Syrian Army" for actor, _ in _captures(gazetteer, text))


# --- an imperfect verb resuming an indefinite place noun is no unknown name ---------------------

def _surfaces(gazetteer, text: str) -> list[str]:
    article = analyse_article(Article(id="bg", date=dt.date(2017, 9, 10), text=text), gazetteer)
    return [r.mention.surface for r in article.resolutions]


def test_relative_verb_after_city_noun_is_no_place(gazetteer) -> None:
    assert "يسيطر" not in _surfaces(gazetteer, "وكانت أكبر مدينة يسيطر عليها التنظيم في العراق.")
    assert "تسيطر" not in _surfaces(gazetteer, "وهي ثاني بلدة تسيطر عليها الفصائل في المحافظة.")


def test_relative_clause_pronoun_then_capture_names_the_city(gazetteer) -> None:
    text = ("وتقع الموصل شمال العراق، وكانت أكبر مدينة يسيطر عليها التنظيم. "
            "وكان التنظيم قد سيطر على المدينة في حزيران 2014.")
    assert ("ISIS", "captured", "Mosul") in _claims(gazetteer, text)


def test_known_town_before_a_pronoun_stays_a_place(gazetteer) -> None:
    assert any("تادف" in s for s in _surfaces(gazetteer, "وسيطر الجيش على بلدة تادف عليها علم التنظيم."))


# --- a verbal noun naming a landmark ------------------------------------------------------------

def test_square_named_liberation_is_no_capture(gazetteer) -> None:
    text = "انفجرت سيارة مفخخة صباح اليوم في ساحة التحرير وسط العاصمة دمشق."
    assert not any(action == "captured" for _, action, _ in _claims(gazetteer, text))


def test_roundabout_named_liberation_with_glued_preposition_is_no_capture(gazetteer) -> None:
    text = "وقتل شخصان في انفجار عبوة بدوار التحرير في مدينة دير الزور."
    assert not any(action == "captured" for _, action, _ in _claims(gazetteer, text))


def test_declared_liberation_of_a_city_stays_a_capture(gazetteer) -> None:
    text = "وأعلن الجيش السوري التحرير الكامل لمدينة دير الزور."
    assert any(action == "captured" and "Deir" in place for _, action, place in _claims(gazetteer, text))
