"""Who did it, on other fronts: hedged nationality adjectives, short names of factions, Kurdish and
Iraqi vocabulary, datelines, toponyms named after a people, weapon owners, a bare «الجيش» in an
article about another country, possessive fighters of a reporting source (sentences written for
these tests, not taken from any corpus)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import actor_mentions as mentions_of, table_actors, table_claims

DAY = dt.date(2017, 10, 18)  # Wednesday

PLACES = {
    "سراقب": ("p-saraqib", "Saraqib", "city"),
    "معرة النعمان": ("p-maarat", "Maarat al-Numan", "city"),
    "الأتارب": ("p-atarib", "Al-Atarib", "town"),
    "دارة عزة": ("p-darat", "Darat Izza", "town"),
    "تل رفعت": ("p-tal-rifat", "Tall Rifat", "town"),
    "مارع": ("p-marea", "Marea", "town"),
    "عرسال": ("p-arsal", "Arsal", "town"),
    "سهل الغاب": ("p-ghab", "Al-Ghab plain", "plain"),
    "جبل الأكراد": ("p-akrad", "Jabal al-Akrad", "mountain"),
    "كنسبا": ("p-kinsabba", "Kinsabba", "village"),
    "الحويجة": ("p-hawija", "Hawija", "town"),
    "الرطبة": ("p-rutba", "Rutba", "town"),
    "الطبقة": ("p-tabqa", "Tabqa", "city"),
    "حرستا": ("p-harasta", "Harasta", "city"),
    "دوما": ("p-douma", "Douma", "city"),
}


claims_of = partial(table_claims, places=PLACES, day=DAY)
actors_of = partial(table_actors, places=PLACES, day=DAY)  # place id → actor


# --------------------------------------------------------------- hedged nationality adjective
@pytest.mark.parametrize("text", [
    "قصفت غارات جوية يرجح أنها روسية بلدة الأتارب صباح اليوم.",
    "نفذت طائرات حربية يعتقد أنها روسية عدة غارات على بلدة الأتارب.",
    "شنت طائرات حربية يعتقد أنها روسية غارات على بلدة الأتارب.",
    "غارات جوية روسية استهدفت بلدة الأتارب فجر اليوم.",
])
def test_nationality_adjective_after_a_hedge_or_an_adjective(text):
    assert actors_of(text)["p-atarib"] == "Russia"


def test_hedge_without_nationality_names_nobody():
    # a hedge followed by something else is no nationality: the dropped subject stays unknown
    assert actors_of("شنت طائرات حربية يعتقد أنها تابعة لجهة مجهولة غارات على بلدة الأتارب.")["p-atarib"] != "Russia"


def test_nationality_of_a_strike_noun_joined_to_its_verb():
    assert actors_of("استهدف قصف مدفعي تركي بلدة مارع مساء أمس.")["p-marea"] == "Turkey"
    text = "قصفت طائرات روسية بلدة كنسبا. كما استهدف قصف مدفعي لقوات النظام المتمركزة قربها قرى في سهل الغاب."
    assert actors_of(text)["p-ghab"] == "Syrian Army"


# --------------------------------------------------------------- short names of factions
def test_short_name_refers_to_the_faction_named_before():
    text = ("هاجمت هيئة تحرير الشام مواقع حركة أحرار الشام في ريف إدلب. "
            "وتمكنت الهيئة أمس من السيطرة على مدينة سراقب، فيما انسحب مقاتلو الحركة من معرة النعمان.")
    actors = actors_of(text)
    assert actors["p-saraqib"] == "HTS"
    assert actors["p-maarat"] == "Ahrar al-Sham"


def test_short_name_without_a_named_faction_is_no_actor():
    assert ("HTS", "الهييه") not in mentions_of("تمكنت الهيئة من عقد اجتماع في المدينة.")
    assert mentions_of("تمكنت الهيئة من عقد اجتماع في المدينة.") == []


def test_longer_name_with_the_same_head_is_not_a_short_name():
    # «الهيئة العليا للمفاوضات» is an alias of its own, not HTS named again
    names = mentions_of("سيطرت هيئة تحرير الشام على البلدة، وقالت الهيئة العليا للمفاوضات إن …")
    assert names[-1][0] == "Opposition factions"


def test_zenki_is_its_own_actor_of_the_opposition_side():
    from geo.actors import actor_family
    assert actors_of("استعادت حركة نور الدين الزنكي السيطرة على بلدة دارة عزة.")["p-darat"] == "Nour al-Din al-Zenki"
    assert actor_family("Nour al-Din al-Zenki") == actor_family("Ahrar al-Sham") == "opposition"


# --------------------------------------------------------------- Kurdish, Iraqi and other names
@pytest.mark.parametrize("text", [
    'قصف تنظيم "ب ي د" بلدة مارع بالمدفعية.',
    "قصفت عناصر بي كا كا بلدة مارع.",
    'بعد أن أحكم إرهابيو "ب ي د" سيطرتهم على بلدة مارع.',
])
def test_anadolu_names_of_the_ypg(text):
    assert actors_of(text)["p-marea"] == "YPG"


def test_local_military_council_with_possessive_fighters():
    text = ("أعلن المجلس العسكري للمدينة أن مقاتليه صدوا هجوماً شنته فصائل مدعومة من تركيا "
            "على بلدة تل رفعت.")
    (claim,) = [c for c in claims_of(text) if c.place_id == "p-tal-rifat"]
    assert claim.actor == "SDF"


@pytest.mark.parametrize("text, actor", [
    ("حررت القوات الأمنية قضاء الرطبة بعد معارك مع التنظيم.", "Iraqi forces"),
    ("سيطرت قوات البيشمركة على بلدة الحويجة.", "Peshmerga"),
    ("قصفت طائرات الاحتلال الروسي مدينة حرستا.", "Russia"),
])
def test_east_vocabulary(text, actor):
    assert list(actors_of(text).values())[0] == actor


def test_possessive_fighters_of_the_reporting_source():
    text = "قالت مصادر في المعارضة المسلحة إن فصائلها أحكمت سيطرتها على مدينة حرستا."
    assert actors_of(text)["p-harasta"] == "Opposition factions"


def test_plain_anaphor_still_skips_the_reporting_source():
    # «القافلة» (no possessive) is not the source's convoy: ends in ه when normalised, like «قواته»
    text = "دخلت قوات الجيش التركي إلى إدلب. وبحسب مقاتلين في المعارضة، اتجهت القافلة إلى بلدة الأتارب."
    assert actors_of(text)["p-atarib"] == "Turkey"


# --------------------------------------------------------------- objects, toponyms, datelines
def test_object_nouns_before_the_organisation():
    text = "نفذ طيران الجيش العراقي ضربات على أوكار التنظيم في بلدة الحويجة."
    assert actors_of(text)["p-hawija"] == "Iraqi forces"


def test_people_in_a_toponym_is_no_actor():
    assert mentions_of("صدت فصائل عسكرية هجوماً في جبل الأكراد") == [("Opposition factions", "فصايل عسكريه")]
    # the people named on their own still are
    assert mentions_of("سيطر الأكراد على القرية") == [("YPG", "الاكراد")]


def test_dateline_capital_is_no_actor():
    text = "أنقرة/ الأناضول\nأعلنت قوات سوريا الديمقراطية سيطرتها على مدينة الطبقة."
    assert actors_of(text)["p-tabqa"] == "SDF"
    assert [n for n, _ in mentions_of("موسكو - سبوتنيك\nقالت موسكو إن")] == ["Russia"]


def test_capital_in_a_headline_with_a_colon_stays_an_actor():
    assert [n for n, _ in mentions_of("روسيا: اتفاق لخفض التصعيد")] == ["Russia"]


# --------------------------------------------------------------- owners of weapons, national armies
def test_owner_of_a_weapon_is_the_agent():
    text = "وكانت المدفعية الثقيلة للجيش اللبناني استهدفت مواقع التنظيم في بلدة عرسال."
    assert actors_of(text)["p-arsal"] == "Lebanese Army"


def test_owner_of_sites_stays_an_object():
    text = "قصفت الفصائل مواقع لقوات النظام في مدينة حرستا."
    (claim,) = claims_of(text)
    assert (claim.actor, claim.counter_actor) == ("Opposition factions", "Syrian Army")


def test_bare_army_is_the_army_named_before():
    text = ("أطلق الجيش اللبناني عملية عسكرية في الجرود. "
            "وقالت قيادة الجيش إن وحدات الجيش سيطرت على تلال قرب بلدة عرسال.")
    assert actors_of(text)["p-arsal"] == "Lebanese Army"


def test_bare_army_with_no_army_named_is_syrian():
    assert actors_of("تقدم الجيش نحو مدينة دوما.")["p-douma"] == "Syrian Army"
    text = "قال الجيش إنه سيطر على مدينة دوما، بعد يوم من إعلان الجيش اللبناني بدء عمليته."
    assert actors_of(text)["p-douma"] == "Syrian Army"


def test_army_with_a_nationality_after_the_generic_alias():
    assert mentions_of("تقدمت قوات الجيش التركي")[0][0] == "Turkey"


# --------------------------------------------------------------- parties of fights, hosts of talks
def test_fight_between_quoted_parties():
    text = ('قصفت طائرات التحالف مدينة الطبقة. '
            'وتدور اشتباكات اندلعت فجر اليوم بين "قسد" وتنظيم داعش على أطراف بلدة الحويجة.')
    assert actors_of(text)["p-hawija"] == "SDF"


def test_host_of_talks_named_in_a_relative_clause():
    places = {**PLACES, "سوتشي": ("p-sochi", "Sochi", "city")}
    text = ("قصفت المدفعية التركية بلدة مارع. وأعلنت الإدارة الذاتية أنها لم تتلق دعوة لحضور "
            "مؤتمر سوتشي الذي تعتزم موسكو عقده.")
    talks = [c for c in table_claims(text, places, DAY) if c.action == "negotiation"]
    assert [c.actor for c in talks] == ["Russia"]
