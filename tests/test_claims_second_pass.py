"""Second pass on claims: nationality adjectives on subject nouns, heads of state who visit,
evacuations with batch words, masculine and glued pronoun objects, dates of relative clauses
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import table_claims
from geo.model import Claim

DAY = dt.date(2017, 9, 20)  # Wednesday

PLACES = {
    "حلب": ("p-aleppo", "Aleppo", "city"),
    "تدمر": ("p-palmyra", "Palmyra", "city"),
    "السخنة": ("p-sukhnah", "Al-Sukhnah", "town"),
    "عقيربات": ("p-uqayribat", "Uqayribat", "town"),
    "منبج": ("p-manbij", "Manbij", "city"),
    "الأتارب": ("p-atarib", "Al-Atarib", "town"),
    "القنيطرة": ("p-quneitra", "Quneitra", "city"),
    "قاعدة حميميم": ("p-hmeimim", "Hmeimim Air Base", "airbase"),
    "مطار دير الزور العسكري": ("p-dz-airport", "Deir ez-Zor Airport", "airbase"),
    "جبل البشري": ("p-bishri", "Jebel Bishri", "mountain"),
    "حي الوعر": ("p-waer", "Al-Waer", "neighbourhood"),
    "جرود عرسال": ("p-arsal", "Arsal outskirts", "region"),
    "معبر باب الهوى": ("p-bab-hawa", "Bab al-Hawa crossing", "crossing"),
}


def claims_of(text: str) -> list[Claim]:
    return table_claims(text, PLACES, DAY)


def summary(text: str) -> list[tuple[str, str, str]]:
    return [(c.action, c.place_id, c.actor) for c in claims_of(text)]


# --------------------------------------------------------------- nationality of the subject noun
@pytest.mark.parametrize("text, expected", [
    ("دخل رتل عسكري تركي إلى بلدة الأتارب مساء أمس.", ("entered", "p-atarib", "Turkey")),
    ("وشنت طائرات حربية إسرائيلية غارات على مدينة القنيطرة.", ("airstrike", "p-quneitra", "Israel")),
    ("ودخلت قوات أمريكية إلى مدينة منبج صباح اليوم.", ("entered", "p-manbij", "US-led coalition")),
    ("ودخلت القوات الخاصة الأمريكية مدينة منبج.", ("entered", "p-manbij", "US-led coalition")),
    ("وأفاد ناشطون بدخول رتل عسكري تركي إلى بلدة الأتارب.", ("entered", "p-atarib", "Turkey")),
])
def test_a_nationality_adjective_on_the_subject_noun_names_the_actor(text, expected):
    assert summary(text) == [expected]


@pytest.mark.parametrize("text", [
    "دخل رتل عسكري إلى بلدة الأتارب قرب الحدود التركية.",  # a preposition ends the noun phrase
    "دخلت القوات بلدة عقيربات بأسلحة أمريكية.",  # the object, not an adjective of «القوات»
    "دخل الجيش السوري بلدة عقيربات بدعم من مستشارين روس.",
])
def test_no_nationality_actor_without_an_agreeing_adjective(text):
    assert all(claim.actor not in ("Turkey", "US-led coalition", "Russia") for claim in claims_of(text))


# --------------------------------------------------------------- heads of state visit
@pytest.mark.parametrize("text", [
    "وصل الرئيس الروسي إلى قاعدة حميميم في زيارة لم يعلن عنها مسبقاً.",
    "ووصل بوتين إلى قاعدة حميميم صباح اليوم.",
    "وصل الرئيس الأسد إلى مدينة حلب والتقى بالأهالي.",
    "ووصل وفد المعارضة إلى مدينة حلب أمس.",
])
def test_a_head_of_state_or_delegation_arriving_is_a_visit(text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وصل الجيش الروسي إلى مدينة تدمر.", ("entered", "p-palmyra", "Russia")),
    ("وأعلن الرئيس الروسي أن الجيش السوري دخل مدينة تدمر.", ("entered", "p-palmyra", "Syrian Army")),
])
def test_armies_still_arrive_when_a_president_is_named(text, expected):
    assert summary(text) == [expected]


# --------------------------------------------------------------- evacuations with batch words
@pytest.mark.parametrize("text, expected", [
    ("وأعلنت مصادر خروج آخر دفعة من مقاتلي المعارضة من حي الوعر.", ("withdrew", "p-waer", "Opposition factions")),
    ("وبدأ خروج الدفعة الأولى من مسلحي النصرة من جرود عرسال.", ("withdrew", "p-arsal", "HTS")),
    ("وتم خروج مقاتلي المعارضة من حي الوعر.", ("withdrew", "p-waer", "Opposition factions")),
    ("وخرجت آخر دفعة من مقاتلي المعارضة من حي الوعر.", ("withdrew", "p-waer", "Opposition factions")),
    ("واكتمل إجلاء مئات المسلحين من جرود عرسال.", ("withdrew", "p-arsal", "")),
])
def test_an_evacuation_may_name_a_batch_before_the_fighters(text, expected):
    assert summary(text) == [expected]


@pytest.mark.parametrize("text", [
    "وخرجت دفعة جديدة من المدنيين من حي الوعر.",  # civilians, not fighters
    "وبدأ خروج آخر دفعة من الحافلات من حي الوعر.",
    "وخرج المئات من الأهالي من حي الوعر خوفاً من مقاتلي التنظيم.",  # other words than batches inside
])
def test_no_evacuation_claim_without_fighters_after_the_batch(text):
    assert claims_of(text) == []


# --------------------------------------------------------------- masculine and glued pronouns
@pytest.mark.parametrize("text, expected", [
    ("هاجم التنظيم مطار دير الزور العسكري وسيطر عليه بعد معارك.",
     [("attacked", "p-dz-airport", "ISIS"), ("captured", "p-dz-airport", "ISIS")]),
    ("تقدم الجيش السوري نحو جبل البشري وسيطر عليه.", [("captured", "p-bishri", "Syrian Army")]),
    ("هاجمت الفصائل حي الوعر وانسحبت القوات الحكومية منه.",
     [("attacked", "p-waer", "Opposition factions"), ("withdrew", "p-waer", "Syrian Army")]),
])
def test_a_masculine_pronoun_refers_to_a_place_named_with_a_masculine_noun(text, expected):
    assert summary(text) == expected


def test_a_masculine_pronoun_does_not_refer_to_a_town():
    assert summary("هاجم التنظيم مدينة تدمر وسيطر عليه الجيش.") == [("attacked", "p-palmyra", "ISIS")]


@pytest.mark.parametrize("text, expected", [
    ("تقدم الجيش السوري نحو بلدة عقيربات واستعادها من التنظيم.", [("captured", "p-uqayribat", "Syrian Army")]),
    ("وصلت وحدات الجيش إلى أطراف بلدة السخنة ثم حاصرتها.", [("besieged", "p-sukhnah", "Syrian Army")]),
    ("هاجم الجيش السوري حي الوعر واقتحمه بعد ساعات.",
     [("attacked", "p-waer", "Syrian Army"), ("entered", "p-waer", "Syrian Army")]),
])
def test_an_object_pronoun_glued_to_the_verb_refers_back(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text", [
    "وقالت مصادر إن الجيش حرص على أمنها في مدينة تدمر.",  # «أمنها»: its security
    "وأكد الجيش السوري أنه استعادها.",  # no place in the sentence
])
def test_no_glued_pronoun_place_without_a_transitive_verb_and_an_antecedent(text):
    assert not any(claim.action == "captured" for claim in claims_of(text))


def test_a_lost_place_is_background_not_a_glued_object():
    # «استرجعت البلدة بعد أن خسرتها»: the recapture is the event
    assert summary("استرجع الجيش السوري بلدة السخنة بعد أن خسرها قبل أسبوع.") == \
        [("captured", "p-sukhnah", "Syrian Army")]


# --------------------------------------------------------------- dates of relative clauses
def test_a_date_in_a_relative_clause_after_the_place_is_that_clause_s():
    (claim,) = claims_of("دخل الجيش السوري مدينة السخنة التي سيطر عليها التنظيم منذ عامين.")
    assert claim.event_date == DAY and claim.date_precision == "days"  # the article date, not 2015


def test_a_date_after_a_descriptive_relative_clause_still_governs():
    (claim,) = claims_of("سيطر الجيش السوري على مدينة تدمر التي تقع شرق حلب يوم الأحد.")
    assert claim.event_date == dt.date(2017, 9, 17)


# --------------------------------------------------------------- reinforcements
@pytest.mark.parametrize("text, expected", [
    # the arrival is a movement of forces (advance family, like a convoy entering); the intent
    # after it («تمهيداً للهجوم») is about the attack, not the arrival
    ("وصلت تعزيزات عسكرية تركية إلى بلدة الأتارب تمهيداً للهجوم.", ("entered", "p-atarib", "Turkey")),
    ("وصلت تعزيزات عسكرية لقوات النظام إلى مدينة تدمر تمهيداً للهجوم.", ("entered", "p-palmyra", "Syrian Army")),
])
def test_reinforcements_arriving_are_an_advance_of_their_owner(text, expected):
    (claim,) = claims_of(text)
    assert (claim.action, claim.place_id, claim.actor) == expected and claim.counter_actor == ""


def test_an_attack_announced_with_tamhidan_is_no_claim():
    assert summary("حشدت قوات النظام عناصرها تمهيداً للهجوم على مدينة تدمر.") == []


@pytest.mark.parametrize("text, actor", [
    ("قالت مصادر إن قوات النظام استهدفت دورية تركية قرب مدينة منبج.", "Syrian Army"),
    ("أعلن الجيش السوري أنه هاجم قوات أمريكية قرب مدينة منبج.", "Syrian Army"),
])
def test_nationality_of_the_object_is_not_the_actor_when_the_subject_comes_first(text, actor):
    """SVO: the subject is named before the verb; the military noun after it is the object."""
    assert [c.actor for c in claims_of(text)] == [actor]
