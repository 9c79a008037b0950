"""Anaphoric targets: a trigger whose place is named only by a definite common noun or a pronoun.

- A bare «الحي» / «الإدارة» refers back only to a place the text names with that noun itself («حي X»,
  «إدارة X»), never when a definite adjective defines it («الحي الشرقي», «الإدارة الأمريكية»).
- An edge noun as the trigger's direct object («دخلت أطراف المدينة», «على تخوم البلدة») keeps the
  bare noun anaphoric.
- An attack or siege noun with a bare relative verb («هجوم شنته X عليها», «حصار فرضه X عليها») takes
  the pronoun after its subject; the participle («الحصار المفروض عليها») does not (sanctions).
- Two named buildings inside a place («سيطروا على مبنيين داخل X») are an advance, not its capture.
"""
from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from geo.model import Article


def _claims(gazetteer, text: str) -> list[tuple[str, str, str]]:
    article = analyse_article(Article(id="anaph", date=dt.date(2017, 9, 10), text=text), gazetteer)
    return [(c.actor, c.action, c.place_name) for c in article.claims]


def _families(gazetteer, text: str, place_word: str) -> set[str]:
    return {action for _, action, place in _claims(gazetteer, text) if place_word in place}


def test_bare_quarter_refers_to_the_quarter_named_before(gazetteer) -> None:
    text = "انتهت عملية إخلاء حي الوعر في حمص. ودخلت قوات النظام صباح اليوم إلى الحي برفقة الشرطة الروسية."
    assert _families(gazetteer, text, "Waer") & {"entered", "advanced"}


def test_bare_administration_refers_to_the_base_named_before(gazetteer) -> None:
    text = ("دارت معارك عنيفة في محيط إدارة المركبات قرب حرستا. "
            "وقال قيادي في الحركة إن مقاتليها سيطروا على مبنيين داخل الإدارة.")
    assert "advanced" in _families(gazetteer, text, "اداره")


def test_two_buildings_inside_a_named_base_are_an_advance(gazetteer) -> None:
    families = _families(gazetteer, "قال قيادي في الحركة إن مقاتليها سيطروا على مبنيين داخل إدارة المركبات في حرستا.",
                         "اداره")
    assert families == {"advanced"}


def test_edge_noun_as_direct_object_refers_back(gazetteer) -> None:
    text = ("خرجت القافلة الأخيرة من مدينة تلبيسة صباح اليوم. وقال ناشط من أبناء تلبيسة إن دوريات "
            "من الشرطة العسكرية دخلت أطراف المدينة فور مغادرة الحافلات.")
    assert _families(gazetteer, text, "Tall") & {"entered", "advanced"}


def test_attack_noun_with_launch_relative_takes_the_pronoun(gazetteer) -> None:
    text = "تقع بلدة حضر في ريف القنيطرة، وتعرضت لهجوم شنته هيئة تحرير الشام عليها انطلاقا من بيت جن."
    assert "attacked" in _families(gazetteer, text, "aḑar")  # the town (Al Ḩaḑar)
    assert any(action == "attacked" and actor == "HTS" for actor, action, _ in _claims(gazetteer, text))


def test_siege_noun_with_imposing_relative_takes_the_pronoun(gazetteer) -> None:
    text = "أعلن الجيش السوري فك الحصار عن مدينة دير الزور بعد حصار فرضه الإرهابيون عليها مدة ثلاث سنوات."
    assert "besieged" in _families(gazetteer, text, "Deir")


@pytest.mark.parametrize("text, place_word", [
    # a government or a state under sanctions: the participle is no siege
    ("أكدت دمشق أن العقوبات الغربية والحصار المفروض عليها يضران بالمدنيين.", "Damascus"),
    ("تعاني قطر من الحصار المفروض عليها منذ أشهر.", "Qatar"),
    # a media campaign «شنته» is no attack on the country
    ("قال وزير الخارجية إن سوريا تعرضت لهجوم إعلامي شنته وسائل إعلام غربية عليها.", "Syria"),
])
def test_sanctions_and_media_campaigns_are_no_claims(gazetteer, text: str, place_word: str) -> None:
    assert _families(gazetteer, text, place_word) == set()


def test_administration_with_an_adjective_is_a_government(gazetteer) -> None:
    text = ("سيطر مقاتلو الحركة على إدارة المركبات في حرستا. "
            "وشنت وسائل إعلام النظام هجوما على الإدارة الأمريكية.")
    assert "attacked" not in _families(gazetteer, text, "اداره")


def test_quarter_with_an_adjective_is_another_quarter(gazetteer) -> None:
    text = "سيطرت القوات على حي الوعر. ثم تقدمت إلى الحي الشرقي من مدينة حمص."
    assert _families(gazetteer, text, "Waer") == {"captured"}


def test_bare_quarter_needs_a_place_named_as_a_quarter(gazetteer) -> None:
    # a camp is a quarter for the gazetteer, but the text never calls it «حي»
    text = "وصل النازحون إلى مخيم زوغرة قرب جرابلس. ودخلت القوات إلى الحي."
    assert _claims(gazetteer, text) == []


@pytest.mark.parametrize("text", [
    "استعاد الجيش مدينة تدمر. وزار وفد أممي أطراف المدينة.",
    "استعاد الجيش مدينة تدمر. وتجول الصحفيون على تخوم المدينة.",
])
def test_edge_noun_without_a_trigger_gives_nothing_new(gazetteer, text: str) -> None:
    assert _families(gazetteer, text, "Tadmur") == {"captured"}


def test_unconfirmed_information_about_a_siege_is_no_claim(gazetteer) -> None:
    text = ("تدور اشتباكات في محيط إدارة المركبات قرب حرستا، ومعلومات عن محاصرة عشرات العناصر "
            "من قوات النظام داخل الإدارة.")
    assert "besieged" not in _families(gazetteer, text, "اداره")
    confirmed = "حاصرت الفصائل عشرات العناصر من قوات النظام داخل إدارة المركبات قرب حرستا."
    assert "besieged" in _families(gazetteer, confirmed, "اداره")
