"""Pronoun objects of a siege told after an adjective, inside a split siege phrase, or referring to
a camp or quarter named after a town (geo.claims._siege_pronoun_object, _quarter_named)."""
import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from gazetteer.store import load_gazetteer
from geo.model import Article


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _claims(gazetteer, text):
    analysis = analyse_article(Article(id="t", date=dt.date(2017, 9, 10), text=text), gazetteer)
    return [(c.action, c.place_id) for c in analysis.claims]


def _besieged(gazetteer, text):
    return [p for a, p in _claims(gazetteer, text) if a == "besieged"]


def test_pronoun_after_accusative_adjective(gazetteer):
    text = "سيطرت الفصائل على بلدة بيت جن في الربيع، ثم فرضت قوات النظام حصاراً خانقاً عليها."
    assert len(_besieged(gazetteer, text)) == 1


def test_pronoun_inside_split_siege_phrase_of_a_camp(gazetteer):
    text = "ويعد مخيم اليرموك أكبر تجمع للاجئين، قبل أن يفرض النظام عليه حصاراً خانقاً منذ منتصف عام 2013."
    assert len(_besieged(gazetteer, text)) == 1


def test_masculine_pronoun_refers_to_camp_named_after_town(gazetteer):
    text = "قالت مصادر محلية إن مخيم اليرموك يعاني من الجوع، وإن قوات النظام شددت حصارها عليه."
    assert len(_besieged(gazetteer, text)) == 1


@pytest.mark.parametrize("text", [
    # a masculine pronoun that refers to a delegation, not to the town
    "زار الوفد مدينة حلب، وقد فرضت الحكومة عليه حصاراً إعلامياً.",
    # a masculine pronoun with a town named without a camp or quarter noun
    "زار وزير الصحة مدينة حلب وقال إن الحكومة تفرض حصارا قاسيا عليه.",
    # an adjective and a pronoun of a country (sanctions), no town
    "وقال وزير الخارجية السوري إن الغرب يفرض حصاراً اقتصادياً عليها منذ سنوات، في إشارة إلى سوريا.",
    # aid and death tolls around a camp: no siege verb
    "وصلت قافلة مساعدات إلى مخيم اليرموك وقدمت فيه سلالاً غذائية لنحو ألف عائلة.",
    # an adjective of sanctions before the pronoun, or after the noun of a split phrase (review 14)
    "وصل الوفد إلى مدينة حمص بعد أن فرضت تركيا حصارا تجاريا عليها.",
    "وصل الوفد إلى مدينة حمص بعد أن فرض الاتحاد الدولي حصارا رياضيا عليها.",
    "وصل الوفد إلى بلدة مضايا بعد أن فرضت الحكومة عليها حصارا اقتصاديا.",
    # a siege word in a fundraising sentence with a pronoun of a person
    "التقى الوزير رئيس البلدية في مدينة حماة وطلب منه دعماً ماليا عاجلا.",
])
def test_near_misses_give_no_siege(gazetteer, text):
    assert _besieged(gazetteer, text) == []


def test_masculine_pronoun_after_a_closer_noun_past_a_comma_is_not_the_camp(gazetteer):
    text = "تحدث الأهالي في مخيم اليرموك عن المستودع، وقالوا إن الجيش سيطر عليه أمس."
    assert [p for a, p in _claims(gazetteer, text) if a == "captured"] == []
