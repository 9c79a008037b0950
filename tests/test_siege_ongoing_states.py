"""Sieges told as an ongoing state rather than as an event.

- A continuing copula with a siege participle («لا يزال مطار X محاصراً»): its own «لا/ما» is no
  negation; «لم يعد … محاصراً» stays negated.
- A present siege verb with a glued object after a relative pronoun («مدينة X التي تحاصرها قوات
  النظام منذ 2013»): the place the pronoun refers to, only with a besieger named («التي تحاصرها
  الديون» is none).
- A verb of undergoing with the place as subject and a siege noun after it («تخضع X لحصار تفرضه …»,
  «تعيش X حصاراً خانقاً», «تعاني X من حصار»): not an economic siege, not a siege noun several
  words on.

Sentences written for these tests (not taken from any corpus); places come from a small table.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_claims import table_claims

DAY = dt.date(2017, 9, 13)

PLACES = {
    "دوما": ("t-douma", "Douma", "city"),
    "حرستا": ("t-harasta", "Harasta", "city"),
    "مطار كويرس": ("t-kuweires", "Kuweires Airbase", "airbase"),
    "حمص": ("t-homs", "Homs", "city"),
    "حلب": ("t-aleppo", "Aleppo", "city"),
    "حماة": ("t-hama", "Hama", "city"),
}

claims = partial(table_claims, places=PLACES, day=DAY, lat=34.5, lon=37.0)


def _sieges(text: str) -> list[tuple[str, str]]:
    """(place id, actor) of the besieged claims of ``text``."""
    return [(c.place_id, c.actor) for c in claims(text) if c.action == "besieged"]


# --------------------------------------------------------------------------- continuing copulas
def test_airbase_still_besieged_by_a_named_side() -> None:
    assert _sieges("ولا يزال مطار كويرس محاصراً من قبل تنظيم داعش.") == [("t-kuweires", "ISIS")]


def test_town_still_besieged_with_ma_zalat() -> None:
    assert [p for p, _ in _sieges("وما زالت مدينة دوما محاصرة منذ أشهر.")] == ["t-douma"]


def test_no_longer_besieged_is_negated() -> None:
    assert _sieges("ولم يعد مطار كويرس محاصراً.") == []


def test_continuing_copula_without_siege_participle() -> None:
    assert _sieges("ولا تزال مدينة دوما تعاني من نقص الأدوية.") == []
    assert _sieges("ولا يزال وفد المعارضة في حلب ينتظر الرد.") == []


# --------------------------------------------------------------------------- relative siege verbs
def test_relative_siege_takes_the_place_before() -> None:
    text = "وقالت مصادر إن مدينة دوما التي تحاصرها قوات النظام منذ سنوات تعاني من نقص الغذاء."
    assert _sieges(text) == [("t-douma", "Syrian Army")]


def test_relative_siege_with_masculine_pronoun() -> None:
    text = "وأوضح أن مطار كويرس الذي يحاصره تنظيم داعش منذ عامين تعرض لهجوم."
    assert _sieges(text) == [("t-kuweires", "ISIS")]


def test_relative_figurative_siege_is_none() -> None:
    assert _sieges("وتعاني حمص التي تحاصرها الأزمات الاقتصادية من ارتفاع الأسعار.") == []
    assert _sieges("ووصل الوفد الحكومي إلى حماة التي تحاصرها الديون.") == []
    assert _sieges("وقال الوزير إن حلب التي يحاصرها الفقر تحتاج إلى دعم.") == []


# --------------------------------------------------------------------------- undergoing a siege
def test_place_subjected_to_a_siege() -> None:
    text = "وتخضع مدينة دوما لحصار تفرضه قوات النظام منذ عام 2013."
    assert [c.action for c in claims(text) if c.place_id == "t-douma"] == ["besieged"]


def test_place_living_a_siege_and_suffering_from_one() -> None:
    assert [p for p, _ in _sieges("وتعيش مدينة حرستا حصاراً خانقاً يفرضه الجيش.")] == ["t-harasta"]
    assert [p for p, _ in _sieges("ويعاني سكان دوما وحرستا من حصار خانق تفرضه قوات النظام.")] \
        == ["t-douma", "t-harasta"]


def test_undergoing_verb_near_misses() -> None:
    assert _sieges("وتعاني حلب من حصار اقتصادي خانق.") == []
    assert _sieges("ويعيش أهالي حمص ظروفاً صعبة بسبب الحصار الاقتصادي المفروض على البلاد.") == []
    assert _sieges("وتخضع مدينة حلب لسيطرة قوات النظام منذ عام 2016.") == []
    assert _sieges("وتعيش مدينة حماة حالة من الترقب قبل الانتخابات.") == []


def test_siege_as_purpose_stays_an_advance() -> None:
    text = "وأرسل الجيش تعزيزات لحصار مدينة حلب."
    assert [c.action for c in claims(text) if c.place_id == "t-aleppo"] == ["advanced"]


# --------------------------------------------------------------------------- review 14 near misses
def test_past_continuing_copula_outside_a_relative_clause_is_none() -> None:
    assert _sieges("وبقيت مدينة حمص محاصرة ثلاث سنوات حتى كسر الجيش الحصار الأسبوع الماضي.") == []
    assert _sieges("وظلت مدينة حلب محاصرة طوال أشهر قبل أن يسيطر عليها الجيش.") == []


def test_present_become_only_with_its_lam() -> None:
    assert _sieges("وقد تصبح مدينة حماة محاصرة إذا تقدم الجيش.") == []
    assert _sieges("ويخشى الأهالي أن تصبح مدينة دوما محاصرة بالكامل.") == []


def test_question_is_no_ongoing_siege() -> None:
    assert _sieges("هل لا تزال مدينة دوما محاصرة؟") == []


# --------------------------------------------------------------------------- review 14, second narrower
def test_former_relative_siege_after_kana_is_none() -> None:
    assert _sieges("ووصل الوفد إلى مدينة حمص التي كان التنظيم يحاصرها منذ 2014.") == []
    assert _sieges("وعاد الأهالي إلى مدينة حلب التي كانت تحاصرها قوات النظام.") == []


def test_relative_siege_with_an_adverb_of_sanctions_is_none() -> None:
    assert _sieges("وارتفعت الأسعار في مدينة حماة التي تحاصرها تركيا اقتصادياً.") == []


def test_continuing_copula_metaphor_or_trapped_people_is_none() -> None:
    assert _sieges("ولا تزال مدينة حماة محاصرة بالديون والبطالة.") == []
    assert _sieges("ولا يزال عشرات المدنيين محاصرين تحت الأنقاض في مدينة حلب.") == []
    assert _sieges("ولا يزال الصحفيون محاصرين في فندق وسط مدينة حلب.") == []


def test_trapped_people_in_a_place_still_besiege_it() -> None:
    assert [p for p, _ in _sieges("وما زال آلاف المدنيين محاصرين في مدينة دوما.")] == ["t-douma"]
    assert [p for p, _ in _sieges("ولا تزال مدينة دوما محاصرة بالكامل منذ أشهر.")] == ["t-douma"]


def test_place_that_only_locates_the_besieged_is_none() -> None:
    assert _sieges("ولا تزال النقطة التركية قرب مدينة حماة محاصرة من قبل قوات النظام.") == []
    assert _sieges("وتخضع المناطق الواقعة شرق مدينة حماة لحصار تفرضه قوات النظام.") == []
    assert _sieges("وتعيش الأحياء المحيطة بمطار كويرس حصاراً خانقاً.") == []


def test_undergoing_verb_metaphor_hypothesis_or_ended_siege_is_none() -> None:
    assert _sieges("وتعاني مدينة حلب من حصار البطالة والفقر.") == []
    assert _sieges("وتعيش مدينة حماة حصاراً إعلامياً منذ سنوات.") == []
    assert _sieges("وقد تخضع مدينة دوما لحصار إذا فشلت المفاوضات.") == []
    assert _sieges("وعاشت مدينة حمص حصاراً استمر ثلاث سنوات وانتهى عام 2014.") == []
    assert [p for p, _ in _sieges("وتعاني مدينة حرستا من حصار قوات النظام.")] == ["t-harasta"]


def test_locator_after_the_besieged_place_keeps_the_siege(gazetteer) -> None:  # type: ignore[no-untyped-def]
    from conflictmap.pipeline import analyse_article
    from geo.model import Article

    text = "ودخل الجيش مدينة دير الزور، في حين لا يزال المطار العسكري جنوب شرقي المدينة محاصراً."
    analysis = analyse_article(Article(id="t", date=DAY, text=text), gazetteer)
    assert [c.place_name for c in analysis.claims if c.action == "besieged"] == ["Deir ez-Zor Airport"]
