"""Who did it, second round on other fronts: the head noun of a closed relative clause, a fallen
projectile and the two sides of a mutual action name no firer, talks take the parties of their
sentence, fighters after a withdrawal noun and counted fighters, the subject of a relative verb, an
operation's «ل» agent, Kurdish and Arab fighters (sentences written for these tests, not taken from
any corpus)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_claims import table_actors, table_claims
from geo.actors import find_actor_mentions, resolve_actor_anaphors
from geo.lexicon import load_actor_words, normalize

DAY = dt.date(2017, 10, 18)

PLACES = {
    "الكرامة": ("p-karama", "Al-Karamah", "town"),
    "السبخة": ("p-sabkha", "Al-Sabkha", "town"),
    "بصرى": ("p-busra", "Busra", "town"),
    "طفس": ("p-tafas", "Tafas", "town"),
    "الميادين": ("p-mayadin", "Al-Mayadin", "city"),
    "التنف": ("p-tanf", "Al-Tanf", "town"),
    "جنيف": ("p-geneva", "Geneva", "city"),
    "عرسال": ("p-arsal", "Arsal", "town"),
    "الطيبة": ("p-tayba", "Al-Tayba", "town"),
}


claims_of = partial(table_claims, places=PLACES, day=DAY)
actors_of = partial(table_actors, places=PLACES, day=DAY)  # place id → actor


def test_public_loader_of_actor_word_lists() -> None:
    assert normalize("جبل") in load_actor_words("toponym_heads")
    assert load_actor_words("no_such_list") == ()


# ------------------------------------------------------------ relative clause closed by a comma
def test_head_noun_of_a_closed_relative_clause_is_the_actor() -> None:
    text = ('أعلنت "قوات سوريا الديمقراطية"، التي تشكل "وحدات حماية الشعب" عمادها، مساء الثلاثاء '
            "سيطرتها على بلدة الكرامة.")
    assert actors_of(text) == {"p-karama": "SDF"}


def test_actor_of_an_open_relative_clause_stays_the_subject() -> None:
    """Near miss: the trigger is inside the relative clause, whose own subject acts."""
    text = "هذه هي المنطقة التي سيطرت فيها وحدات حماية الشعب على بلدة الكرامة."
    assert actors_of(text) == {"p-karama": "YPG"}


# ------------------------------------------------------------ fallen projectiles, mutual actions
def test_fallen_shells_after_an_exchange_of_fire_have_no_actor() -> None:
    text = ("اندلعت مواجهات في بصرى، حيث تبادلت قوات النظام وفصائل المعارضة القصف بالرشاشات، "
            "فيما سقطت قذائف هاون على بلدة طفس.")
    assert actors_of(text).get("p-tafas") == ""


def test_fallen_shells_take_no_main_actor() -> None:
    text = ("تقدمت قوات النظام في محيط بلدة بصرى. وسيطرت قوات النظام على تلال قريبة من بصرى. "
            "وقال مسؤول محلي إن الأسواق أغلقت أبوابها. "
            "وفي سياق آخر، بقي السكان في بيوتهم رغم سقوط عدة قذائف على بلدة طفس.")
    assert actors_of(text).get("p-tafas") == ""


def test_shells_with_an_agent_clause_keep_their_firer() -> None:
    """Near miss: the agent clause names the firer of the fallen shells."""
    text = "سقطت قذائف هاون أطلقتها قوات النظام على بلدة طفس."
    assert actors_of(text).get("p-tafas") == "Syrian Army"


def test_allied_subject_of_an_earlier_clause_is_still_carried() -> None:
    """Near miss: allies joined in one subject are one side, carried into the next clause."""
    text = ("تقدمت قوات النظام وحزب الله في محيط بلدة بصرى، فيما قصفت مواقع على أطراف بلدة طفس.")
    assert actors_of(text).get("p-tafas") == "Syrian Army + Hezbollah"


# ------------------------------------------------------------ talks
def test_talks_take_the_parties_named_in_their_sentence() -> None:
    text = ("سيطرت قوات النظام على بلدة طفس. وعقد مؤتمر موسع للمعارضة السورية لتشكيل وفد "
            "إلى مفاوضات جنيف المقبلة.")
    assert actors_of(text).get("p-geneva") == "Opposition factions"


def test_talks_with_no_party_named_take_no_side_kept_out_of_talks() -> None:
    text = ("سيطرت قوات سوريا الديمقراطية على بلدة الكرامة. وتقدمت قوات سوريا الديمقراطية نحو بلدة "
            "السبخة. ويرتقب أن تعقد جولة جديدة من مفاوضات جنيف الشهر المقبل.")
    assert actors_of(text).get("p-geneva") == ""


def test_talks_with_no_party_named_take_a_party_that_leads_the_article() -> None:
    """Near miss: the main actor is a state that convenes talks."""
    text = ("قالت وزارة الدفاع الروسية إن الطيران الروسي قصف مواقع قرب الميادين. وأعلنت روسيا "
            "نشر الشرطة العسكرية الروسية. ويرتقب أن تعقد جولة جديدة من مفاوضات جنيف الشهر المقبل.")
    assert actors_of(text).get("p-geneva") == "Russia"


# ------------------------------------------------------------ fighters named after a movement
def test_fighters_after_a_withdrawal_noun_withdraw() -> None:
    text = 'أعلنت "قسد" سيطرتها على بلدة الكرامة بعد انسحاب مسلحي تنظيم "داعش" منها.'
    assert [(c.action, c.actor) for c in claims_of(text) if c.action == "withdrew"] == [("withdrew", "ISIS")]
    text = "أعلنت قسد سيطرتها على بلدة الكرامة. وجاء ذلك بعد فرار عناصر التنظيم من بلدة السبخة."
    assert actors_of(text).get("p-sabkha") == "ISIS"


def test_withdrawal_from_positions_of_a_side_is_not_that_side() -> None:
    """Near miss: the side after «من مواقع» lost positions, it is not the withdrawing subject."""
    text = "تقدمت قوات النظام نحو الميادين. وجاء ذلك بعد انسحاب القوات من مواقع داعش في بلدة السبخة."
    assert actors_of(text).get("p-sabkha") == "Syrian Army"


def test_counted_fighters_are_the_fighters_named_before() -> None:
    text = ("وصلت قافلة تقل مسلحي تنظيم داعش إلى البادية. وقال التحالف الدولي إن طائراته قصفت الطريق. "
            "وأعلن التحالف الدولي أنه يراقب القافلة. ونص الاتفاق على انسحاب نحو 200 مسلح من بلدة عرسال.")
    assert actors_of(text).get("p-arsal") == "ISIS"
    norm = normalize("انسحب 200 مسلح من البلدة")  # no fighters named before: nobody
    assert resolve_actor_anaphors(norm, find_actor_mentions(norm)) == []


def test_subject_of_a_relative_verb_is_the_actor_it_describes() -> None:
    text = ("تحدث التحالف الدولي عن القافلة. وما زالت قافلة تقل مسلحي تنظيم داعش وعائلاتهم، "
            "الذين غادروا بلدة عرسال، عالقة في البادية.")
    assert actors_of(text).get("p-arsal") == "ISIS"


def test_owner_of_sites_before_a_relative_pronoun_is_not_its_subject() -> None:
    """Near miss: «مواقع التنظيم التي …»: the sites, not the organisation, are described."""
    text = "قصف التحالف الدولي مواقع التنظيم التي استهدفت أمس بلدة التنف."
    assert actors_of(text).get("p-tanf") != "ISIS"


# ------------------------------------------------------------ agents and allies, SDF vocabulary
def test_agent_of_an_operation_and_a_quoted_ally() -> None:
    text = ('أعلن الإعلام الحربي انطلاق عملية "فجر الجبال" للجيش السوري و"حزب الله"، '
            "وسيطرة المهاجمين على بلدة الطيبة.")
    assert actors_of(text).get("p-tayba") == "Syrian Army + Hezbollah"


def test_kurdish_and_arab_fighters_are_the_sdf() -> None:
    assert [m.entry.name for m in find_actor_mentions(normalize("إن المقاتلين الأكراد والعرب باتوا"))] == ["SDF"]
    assert [m.entry.name for m in find_actor_mentions(normalize("إن المقاتلين الأكراد باتوا"))] == ["YPG"]


def test_a_fallen_shell_does_not_take_the_previous_clauses_subject() -> None:
    # the shells' firer is unnamed: not the army that captured a town in the sentence before
    actors = actors_of("سيطرت قوات النظام على بلدة طفس. وسقطت قذائف على بلدة الطيبة.")
    assert actors["p-tafas"] == "Syrian Army" and actors["p-tayba"] == ""
    # near miss: a shelling verb with a dropped subject still continues the previous clause
    actors = actors_of("سيطرت قوات النظام على بلدة طفس. وقصفت بلدة الطيبة.")
    assert actors["p-tayba"] == "Syrian Army"


def test_a_two_sided_subject_is_not_carried_to_the_next_sentence() -> None:
    actors = actors_of("تبادلت قوات النظام وفصائل المعارضة إطلاق النار في بلدة طفس. وقصفت بلدة الطيبة.")
    assert actors.get("p-tayba", "") != "Syrian Army + Opposition factions"
