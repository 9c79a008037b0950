"""Who moves: civilian and political subjects of movement verbs are no control claims, and the
firer of shells is the agent of a relative clause (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import table_claims
from geo.model import Claim

DAY = dt.date(2017, 9, 20)  # Wednesday

PLACES = {
    "دمشق": ("p-dam", "Damascus", "city"),
    "حلب": ("p-aleppo", "Aleppo", "city"),
    "دوما": ("p-douma", "Douma", "city"),
    "الرقة": ("p-raqqa", "Raqqa", "city"),
    "تدمر": ("p-palmyra", "Palmyra", "city"),
    "السخنة": ("p-sukhnah", "Al-Sukhnah", "town"),
    "عقيربات": ("p-uqayribat", "Uqayribat", "town"),
    "منبج": ("p-manbij", "Manbij", "city"),
    "كفربطنا": ("p-kafrbatna", "Kafr Batna", "town"),
    "الميادين": ("p-mayadin", "Al-Mayadin", "city"),
    "الكسوة": ("p-kiswah", "Al-Kiswah", "town"),
    "معبر باب الهوى": ("p-bab-hawa", "Bab al-Hawa crossing", "crossing"),
    "محافظة إدلب": ("p-idlib", "Idlib Governorate", "governorate"),
}


def claims_of(text: str) -> list[Claim]:
    return table_claims(text, PLACES, DAY)


def summary(text: str) -> list[tuple[str, str, str]]:
    return [(c.action, c.place_id, c.actor) for c in claims_of(text)]


# --------------------------------------------------------------- civilian and political subjects
@pytest.mark.parametrize("text", [
    "وصل الوفد الروسي إلى دمشق مساء أمس لبحث ملف المعتقلين.",  # VSO delegation
    "وصل وزير الخارجية الإيراني إلى حلب في زيارة تستغرق يومين.",  # minister
    "ووصل المبعوث الأممي إلى دمشق صباح اليوم.",  # envoy, glued «و» on the verb
    "دخلت قافلة مساعدات أممية إلى مدينة دوما صباح اليوم.",  # two-word head
    "دخلت عشرات العائلات النازحة إلى مدينة منبج هرباً من المعارك.",  # quantifier before the head
    "وصلت أمس الدفعة الأولى من اللاجئين العائدين إلى بلدة عقيربات.",  # time word and batch
    "فر آلاف المدنيين من مدينة الرقة خلال الأيام الماضية.",  # displacement as withdrawal
    "وتواصل فرار المدنيين من الرقة مع اشتداد المعارك.",  # verbal noun with its agent
    "وأعلنت الأمم المتحدة أن قافلة مساعدات مؤلفة من 40 شاحنة دخلت بلدة كفربطنا.",  # SVO after «أن»
    "الصحفيون الأجانب دخلوا مدينة الرقة برفقة مقاتلين.",  # SVO from the sentence start
])
def test_civilian_or_political_subject_of_a_movement_is_no_claim(text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وصلت وحدات الجيش السوري إلى مشارف مدينة الميادين.", ("advanced", "p-mayadin", "Syrian Army")),
    ("دخلت قوات النظام مدينة دوما بعد خروج المدنيين منها.", ("entered", "p-douma", "Syrian Army")),
    ("انسحب مسلحو داعش من بلدة السخنة بعد فرار الأهالي.", ("withdrew", "p-sukhnah", "ISIS")),
    ("وأكد الوفد الروسي أن الجيش السوري دخل بلدة عقيربات.", ("entered", "p-uqayribat", "Syrian Army")),
    ("اقتحم عناصر من المخابرات بلدة الكسوة.", ("entered", "p-kiswah", "")),  # a military noun, no civilian
])
def test_military_subject_near_civilian_words_still_claims(text, expected):
    assert summary(text) == [expected]


def test_a_besieging_actor_is_kept_when_civilians_are_besieged():
    # civilians are the object of a siege, not the subject: the check is for movements only
    assert summary("تحاصر قوات النظام مئات المدنيين في مدينة دوما.") == [("besieged", "p-douma", "Syrian Army")]


def test_a_military_convoy_is_not_an_aid_convoy():
    (claim,) = claims_of("دخلت قافلة عسكرية تركية إلى بلدة عقيربات.")
    assert claim.action == "entered" and claim.place_id == "p-uqayribat"


# --------------------------------------------------------------- the firer of shells
@pytest.mark.parametrize("text, place", [
    ("سقطت قذائف هاون أطلقها مسلحون على حي باب توما في دمشق.", "p-dam"),
    ("استشهد مدني جراء اعتداءات بالقذائف الصاروخية نفذها إرهابيون على مدينة حلب.", "p-aleppo"),
    ("وأصيب طفلان بقذيفة هاون أطلقتها مجموعات مسلحة على مدينة دوما.", "p-douma"),
])
def test_generic_firer_in_an_agent_clause_is_the_opposition(text, place):
    # the army named in the sentence is not the firer: the agent clause names it
    (claim,) = claims_of("وقالت مصادر في الجيش السوري إن " + text.removesuffix(".") + ".")
    assert (claim.action, claim.place_id, claim.actor) == ("shelled", place, "Opposition factions")


def test_a_named_group_in_the_agent_clause_wins_over_the_generic_reading():
    (claim,) = claims_of("سقطت قذائف أطلقها إرهابيو داعش على مدينة الميادين.")
    assert (claim.place_id, claim.actor) == ("p-mayadin", "ISIS")


def test_without_an_agent_clause_the_subject_rules_apply():
    (claim,) = claims_of("قصفت قوات النظام بقذائف الهاون مدينة دوما.")
    assert (claim.action, claim.place_id, claim.actor) == ("shelled", "p-douma", "Syrian Army")


def test_firing_position_after_min_is_not_the_target():
    (claim,) = claims_of("سقطت قذائف أطلقها مسلحون من مدينة دوما على مدينة دمشق.")
    assert (claim.place_id, claim.actor) == ("p-dam", "Opposition factions")
    # «من X» with no target after it stays the place («قصف من …» is rare; here a source town)
    (claim,) = claims_of("وتواصلت الاشتباكات قرب مدينة دوما.")
    assert claim.place_id == "p-douma"


# --------------------------------------------------------------- places given by a pronoun
@pytest.mark.parametrize("text, expected", [
    ("هاجم تنظيم داعش مدينة تدمر وسيطر عليها بعد انسحاب الجيش السوري منها.",
     [("attacked", "p-palmyra", "ISIS"), ("captured", "p-palmyra", "ISIS"), ("withdrew", "p-palmyra", "Syrian Army")]),
    ("شنت الفصائل هجوماً على بلدة عقيربات في ريف حماة وتمكنت من السيطرة عليها.",
     [("attacked", "p-uqayribat", "Opposition factions"), ("captured", "p-uqayribat", "Opposition factions")]),
    ("وصلت قوات سوريا الديمقراطية إلى أطراف مدينة الرقة وأطبقت الحصار عليها.",
     [("besieged", "p-raqqa", "SDF")]),  # the siege subsumes the advance of the same side
    ("هاجم مسلحو التنظيم بلدة السخنة ثم سيطر عليها الجيش السوري بعد ساعات.",  # VSO after the pronoun
     [("attacked", "p-sukhnah", "ISIS"), ("captured", "p-sukhnah", "Syrian Army")]),
])
def test_a_pronoun_object_refers_to_the_settlement_named_before(text, expected):
    assert summary(text) == expected


def test_no_pronoun_place_in_a_relative_clause():
    # background, and the head noun is often unnamed («المناطق التي سيطر عليها»)
    assert summary("دخل الجيش السوري مدينة السخنة التي سيطر عليها التنظيم منذ عامين.") == \
        [("entered", "p-sukhnah", "Syrian Army")]
    assert summary("أعلن الجيش في بيان من دمشق أن المناطق التي سيطر عليها التنظيم تراجعت.") == []
    # a pluperfect frame between the pronoun and the trigger is still the relative clause …
    assert summary("دخل الجيش السوري مدينة السخنة التي كان التنظيم قد سيطر عليها منذ عامين.") == \
        [("entered", "p-sukhnah", "Syrian Army")]
    assert summary("دخل الجيش السوري مدينة السخنة التي كانت قوات سوريا الديمقراطية قد حاصرتها.") == \
        [("entered", "p-sukhnah", "Syrian Army")]
    # … but the same frame in a main clause is a claim of its own
    assert summary("وكان التنظيم قد سيطر على السخنة منذ عامين.") == \
        [("captured", "p-sukhnah", "ISIS")]


def test_no_pronoun_place_without_a_place_in_the_sentence():
    assert summary("ذكرت مصادر أن التنظيم هاجم البلدة وسيطر عليها.") == []


# --------------------------------------------------------------- a date closing the sentence
def test_a_sentence_closing_date_after_wadhalik_dates_every_clause():
    text = ("أفادت مصادر بأن التنظيم هاجم مدينة تدمر وتمكن من السيطرة عليها بعد انسحاب القوات الحكومية "
            "منها، وذلك يوم الأحد 17 أيلول.")
    claims = claims_of(text)
    assert [c.action for c in claims] == ["attacked", "captured", "withdrew"]
    assert {c.event_date for c in claims} == {dt.date(2017, 9, 17)}


def test_a_date_at_the_end_without_wadhalik_does_not_reach_the_first_clause():
    text = ("أفادت مصادر بأن التنظيم هاجم مدينة تدمر وتمكن من السيطرة عليها بعد انسحاب القوات الحكومية "
            "منها التي وصلت إليها في 17 أيلول.")
    claims = claims_of(text)
    assert claims[0].action == "attacked" and claims[0].event_date == DAY  # the article date


# --------------------------------------------------------------- who repelled whom
@pytest.mark.parametrize("text, actor, counter", [
    ("وتمكن عناصر الجيش السوري الحر من صد هجوم للتنظيم على بلدة عقيربات.", "Opposition factions", "ISIS"),
    ("وأعلن الجيش السوري التصدي لهجوم للفصائل على مدينة حلب.", "Syrian Army", "Opposition factions"),
])
def test_the_agent_of_a_repelled_attack_is_the_attacker(text, actor, counter):
    (claim,) = claims_of(text)
    assert (claim.action, claim.actor, claim.counter_actor) == ("repelled", actor, counter)


def test_the_agent_of_an_attack_noun_is_still_its_subject():
    (claim,) = claims_of("وأحبط الأهالي هجوماً، فيما تواصل هجوم معاكس للتنظيم على بلدة عقيربات.")
    assert (claim.action, claim.place_id, claim.actor) == ("attacked", "p-uqayribat", "ISIS")


# --------------------------------------------------------------- the route of an advance
def test_an_advance_via_a_crossing_into_a_governorate_takes_the_crossing():
    assert summary("دخلت القوات التركية إلى محافظة إدلب عبر معبر باب الهوى.") == \
        [("entered", "p-bab-hawa", "Turkey")]


def test_a_route_is_not_the_place_when_a_destination_follows():
    assert summary("تقدمت وحدات الجيش السوري عبر بلدة السخنة نحو مدينة الميادين.") == \
        [("advanced", "p-mayadin", "Syrian Army")]
