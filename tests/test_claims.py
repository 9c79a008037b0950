"""Claim extraction (geo.claims) on sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fixtures_claims import table_resolutions
from geo.claims import ACTION_FAMILIES, action_family, extract_claims, find_triggers
from geo.lexicon import normalize
from geo.model import ACTIONS, Article, Claim, Mention, Place, Resolution

DAY = dt.date(2018, 3, 14)  # Wednesday

PLACES = {
    "تل حمام": ("p-tell", "Tell Hammam", "village"),
    "كفرنبودة": ("p-kafr", "Kafr Nabudah", "town"),
    "مورك": ("p-morek", "Morek", "town"),
    "اللطامنة": ("p-latam", "Al-Lataminah", "town"),
    "حلب": ("p-aleppo", "Aleppo", "city"),
    "مطار أبو الظهور": ("p-abuz", "Abu al-Duhur airbase", "airbase"),
    "ريف حماة الشمالي": ("p-nhama", "Northern Hama countryside", "sector"),
    "محافظة إدلب": ("p-idlib", "Idlib Governorate", "governorate"),
    "سوريا": ("p-sy", "Syria", "country"),
    "جنيف": ("p-gva", "Geneva", "city"),
    "الرستن": ("p-rastan", "Al-Rastan", "town"),
    "عندان": ("p-andan", "Andan", "town"),
    "حي الصاخور": ("p-sakhur", "Sakhur", "neighbourhood"),
    "نهر العاصي": ("p-orontes", "Orontes", "river"),
}


def resolutions_for(text: str) -> list[Resolution]:
    return table_resolutions(text, PLACES, lat=35.0, lon=36.5, countries={"p-gva": "CH"})


def claims_of(text: str, day: dt.date = DAY) -> list[Claim]:
    article = Article(id="t1", date=day, text=text, source="Test Outlet", url="https://example.invalid/a")
    return extract_claims(article, resolutions_for(text))


def summary(claims):
    return [(c.action, c.place_id, c.actor) for c in claims]


def test_verbal_capture_with_actor_date_and_attribution():
    text = "وقالت مصادر ميدانية إن قوات النظام سيطرت أمس على بلدة كفرنبودة بعد معارك مع الفصائل."
    (claim,) = claims_of(text)
    assert (claim.action, claim.place_id, claim.actor) == ("captured", "p-kafr", "Syrian Army")
    assert claim.event_date == DAY - dt.timedelta(days=1) and claim.date_precision == "day"
    assert claim.attribution.startswith("وقالت مصادر")
    assert text[claim.start:claim.end] == claim.quote and "كفرنبودة" in claim.quote
    assert claim.article_date == DAY and claim.source == "Test Outlet" and not claim.negated


def test_vso_subject_after_the_verb():
    (claim,) = claims_of("استعادت فصائل المعارضة يوم الأحد السيطرة على بلدة الرستن.")
    assert claim.actor == "Opposition factions" and claim.action == "captured"
    assert claim.event_date == dt.date(2018, 3, 11)


def test_nominal_forms_and_clitics():
    text = "وأعلن الجيش السوري بسط السيطرة على مورك، فيما أكدت وحدات الجيش تحرير اللطامنة بالكامل."
    assert sorted(summary(claims_of(text))) == [
        ("captured", "p-latam", "Syrian Army"), ("captured", "p-morek", "Syrian Army")]


def test_several_coordinated_places():
    text = "سيطرت قوات سوريا الديمقراطية على قرية تل حمام وبلدة كفرنبودة ومورك."
    claims = claims_of(text)
    assert [c.place_id for c in claims] == ["p-tell", "p-kafr", "p-morek"]
    assert {c.actor for c in claims} == {"SDF"}
    assert len({c.id for c in claims}) == 3


def test_locative_place_is_not_a_second_object():
    (claim,) = claims_of("سيطر الجيش على بلدة كفرنبودة في ريف حماة الشمالي.")
    assert claim.place_id == "p-kafr"


def test_unnamed_object_in_an_area_takes_the_area_and_quantities():
    (claim,) = claims_of("واستعادت وحدات الجيش السيطرة على تلال و7 قرى في ريف حماة الشمالي.")
    assert claim.place_id == "p-nhama" and claim.action == "captured"
    assert dict(claim.quantities)["villages"] == 7.0


def test_origin_is_not_the_place():
    (claim,) = claims_of("تقدمت القوات الحكومية من محور مورك باتجاه بلدة اللطامنة.")
    assert (claim.action, claim.place_id) == ("advanced", "p-latam")


def test_advance_distance_quantity():
    (claim,) = claims_of("وتمكنت القوات النظامية من التوغل مسافة 8 كيلومترات في محيط كفرنبودة.")
    assert claim.action == "advanced" and dict(claim.quantities)["km"] == 8.0


@pytest.mark.parametrize("text", [
    "لم يسيطر الجيش على بلدة مورك حتى الآن.",
    "نفت الفصائل أن تكون قوات النظام قد دخلت بلدة مورك.",
    "يسعى الجيش لتطويق بلدة مورك من ثلاث جهات.",
    "تستعد القوات لاقتحام بلدة مورك تمهيداً للسيطرة على اللطامنة.",
    "ستسيطر القوات على بلدة مورك خلال أيام.",
    "وفي حال سيطر الجيش على مورك فإنه سيقترب من اللطامنة.",
    "بلدة مورك الخاضعة لسيطرة الفصائل تعرضت للقصف.",
    "كان التنظيم يسيطر على مورك.",
    "أطلقت القوات معركة تحرير مورك.",
])
def test_negation_intent_future_and_states_are_not_claims(text):
    control = [c for c in claims_of(text) if c.place_id == "p-morek"]
    assert control == [], summary(control)


def test_siege_broken_is_not_also_besieged():
    claims = claims_of("أعلن الجيش السوري اليوم كسر الحصار عن مطار أبو الظهور.")
    assert summary(claims) == [("siege_broken", "p-abuz", "Syrian Army")]
    assert claims[0].event_date == DAY


def test_besieger_named_after_siege_noun_is_the_actor():
    (claim,) = claims_of("ويفرض التنظيم حصاراً على بلدة عندان منذ سنوات.")
    assert claim.action == "besieged" and claim.actor == "ISIS"
    assert claim.event_date is None and claim.date_precision == "unknown"


def test_encirclement_and_object_actor():
    (claim,) = claims_of("وطوقت قوات النظام مسلحي التنظيم في بلدة عندان مساء الاثنين.")
    assert (claim.action, claim.actor, claim.counter_actor) == ("encircled", "Syrian Army", "ISIS")
    assert action_family(claim.action) == "besieged"
    assert claim.event_date == dt.date(2018, 3, 12)


def test_purpose_of_reaching_is_an_advance():
    (claim,) = claims_of("وتعمل وحدات الجيش للوصول إلى مطار أبو الظهور.")
    assert claim.action == "advanced"


def test_air_shelling_is_an_airstrike_and_withdrawal_from_place():
    claims = claims_of("قصفت طائرات النظام السوري أمس بلدة اللطامنة. وانسحب مقاتلو الفصائل من بلدة مورك.")
    assert summary(claims) == [("airstrike", "p-latam", "Syrian Air Force"),
                               ("withdrew", "p-morek", "Opposition factions")]


def test_loss_of_control_is_a_withdrawal_of_the_loser():
    (claim,) = claims_of("وخسر التنظيم سيطرته على بلدة عندان.")
    assert (claim.action, claim.actor) == ("withdrew", "ISIS")


def test_fled_to_is_a_destination_not_the_place():
    claims = claims_of("وانسحب عناصر التنظيم من بلدة عندان باتجاه اللطامنة.")
    assert [c.place_id for c in claims] == ["p-andan"]


def test_negotiation_and_zone_claims():
    text = ("واختتمت في جنيف جولة جديدة من المحادثات. "
            "وأعلنت روسيا وتركيا التوصل إلى اتفاق خفض التصعيد في محافظة إدلب.")
    got = sorted(summary(claims_of(text)))
    assert ("zone_established", "p-idlib", "Russia + Turkey") in got
    assert not any(c[1] == "p-sy" for c in got)
    text = "وانطلقت أمس محادثات جنيف بين الوفود."
    (claim,) = claims_of(text)
    assert (claim.action, claim.place_id) == ("negotiation", "p-gva")


def test_allied_actors_are_combined_and_supporters_are_not_subjects():
    (claim,) = claims_of("وسيطر الجيش السوري وحزب الله بدعم من الطيران الروسي على بلدة عندان.")
    assert claim.actor == "Syrian Army + Hezbollah"
    (claim,) = claims_of("تقدمت الفصائل بدعم من الجيش التركي نحو عندان.")
    assert claim.actor == "Opposition factions"


def test_repeated_reports_in_one_article_are_merged_with_the_best_date():
    text = "الجيش يحرر مورك. وكان الجيش قد حرر مورك يوم الاثنين بعد معارك عنيفة."
    (claim,) = claims_of(text)
    assert claim.event_date == dt.date(2018, 3, 12)


def test_actor_inferred_from_context_when_the_subject_is_dropped():
    text = "تقدمت قوات النظام في ريف حماة الشمالي، وسيطرت على بلدة اللطامنة."
    claims = claims_of(text)
    assert ("captured", "p-latam", "Syrian Army") in summary(claims)


def test_future_dates_do_not_date_control_claims():
    assert claims_of("ستدخل القوات التركية بلدة عندان غداً.") == []


def test_ids_are_deterministic_and_output_is_stable():
    text = "سيطرت قوات النظام على مورك. وسيطرت الفصائل على عندان."
    a, b = claims_of(text), claims_of(text)
    assert a == b and [c.id for c in a] == ["t1:c1", "t1:c2"]


def test_no_places_no_claims_and_empty_text():
    assert claims_of("سيطرت القوات على مواقع جديدة.") == []
    assert claims_of("") == []


def test_triggers_handle_prefixes_and_longest_forms():
    norm = normalize("وبالسيطرة على القرية ولفك الحصار عنها، وسيطرتها")
    forms = [(norm[t.start:t.end], t.form.action) for t in find_triggers(norm)]
    assert forms[0] == ("وبالسيطره علي", "captured")
    assert forms[1] == ("ولفك الحصار", "siege_broken")
    assert len(forms) == 2  # «سيطرتها» without «على» is not a trigger


def test_action_families_cover_every_action():
    assert set(ACTIONS) <= set(ACTION_FAMILIES)
    assert action_family("secured") == "captured" and action_family("entered") == "advanced"
    assert action_family("zone_monitored") == "zone" and action_family("unknown") == "unknown"


# --------------------------------------------------------------------------- attachment tolerance
def test_adverbs_between_verbal_noun_and_preposition():
    (claim,) = claims_of("وجاء ذلك بعد إعلان الفصائل سيطرتها فجراً على بلدة اللطامنة.")
    assert (claim.action, claim.place_id, claim.actor) == ("captured", "p-latam", "Opposition factions")
    (claim,) = claims_of("وأكدت الفصائل السيطرة، مساء أمس، على بلدة عندان.")
    assert (claim.action, claim.place_id) == ("captured", "p-andan")
    assert claim.event_date == DAY - dt.timedelta(days=1)


def test_split_verbal_phrase_takes_the_subject_inside():
    (claim,) = claims_of("ووسعت قوات النظام نطاق سيطرتها في محيط مورك.")
    assert (claim.action, claim.place_id, claim.actor) == ("advanced", "p-morek", "Syrian Army")
    (claim,) = claims_of("وكسرت وحدات الجيش أمس الحصار عن بلدة عندان.")
    assert (claim.action, claim.place_id, claim.actor) == ("siege_broken", "p-andan", "Syrian Army")
    assert claim.event_date == DAY - dt.timedelta(days=1)


def test_split_trigger_never_crosses_a_clause_break():
    norm = normalize("فرضت الفصائل، حيث تنتشر، سيطرتها")
    assert [t.form.action for t in find_triggers(norm)] == []


def test_verb_and_its_verbal_noun_are_one_trigger():
    norm = normalize("فانتزعت السيطرة على حي")
    (trig,) = [t for t in find_triggers(norm) if t.form.action == "captured"]
    assert norm[trig.start:trig.end] == "فانتزعت السيطره علي"
    (claim,) = claims_of("واستعادت القوات السيطرة على ضاحية في مدينة حلب.")
    assert (claim.action, claim.place_id) == ("advanced", "p-aleppo")  # an unnamed part of the city


# --------------------------------------------------------------------------- origins, ranges, exceptions
def test_origin_marker_with_fillers_and_destination():
    (claim,) = claims_of("وتقدمت القوات من محاور جنوب شرق مورك نحو قرية تل حمام.")
    assert (claim.action, claim.place_id) == ("advanced", "p-tell")


def test_axis_is_the_place_of_an_advance_without_destination():
    (claim,) = claims_of("وسمح ذلك للقوات التركية بالتقدم من جهة مورك.")
    assert (claim.action, claim.place_id, claim.actor) == ("advanced", "p-morek", "Turkey")
    assert claims_of("وواصلت القوات التقدم مسافات طويلة ابتداءً من كفرنبودة.") == []


def test_range_lists_every_place_for_captures():
    claims = claims_of("واستعادت قوات النظام عدة قرى بدءاً من قرية تل حمام وصولاً إلى بلدة مورك.")
    assert summary(claims) == [("captured", "p-tell", "Syrian Army"), ("captured", "p-morek", "Syrian Army")]


def test_exceptions_are_not_objects():
    claims = claims_of("وأكمل الجيش سيطرته على المنطقة باستثناء أجزاء قريبة من بلدة مورك.")
    assert claims == []


def test_locative_after_a_place_is_not_a_second_object():
    (claim,) = claims_of("وسيطر الجيش على تل حمام، على أطراف بلدة مورك.")
    assert claim.place_id == "p-tell"


def test_coordinated_sublocalities_make_one_claim_settlements_several():
    (claim,) = claims_of("وفرضت الفصائل سيطرتها على مطار أبو الظهور وعلى حي الصاخور.")
    assert claim.place_id == "p-abuz"
    claims = claims_of("وفرضت الفصائل سيطرتها على مطار أبو الظهور وبلدة مورك.")
    assert [c.place_id for c in claims] == ["p-abuz", "p-morek"]


def test_place_opposite_a_river_bank():
    (claim,) = claims_of("وطرد مسلحو داعش القوات الحكومية من الضفة الشرقية لنهر العاصي المقابلة لمدينة الرستن.")
    assert (claim.action, claim.place_id, claim.actor) == ("repelled", "p-rastan", "ISIS")


# --------------------------------------------------------------------------- not claims
@pytest.mark.parametrize("text", [
    "وتحدث الوزير عن منطقة خفض تصعيد قد تشمل محافظة إدلب.",
    "وأشار إلى إمكانية عقد اتفاق على منطقة خفض تصعيد في محافظة إدلب.",
    "وتعد كفرنبودة مواقع متقدمة تسهل الوصول إلى بلدة مورك.",
    "وتم الانتهاء من العمليات العسكرية في بلدة مورك.",
])
def test_speculation_facilitation_and_finished_operations_are_not_claims(text):
    assert claims_of(text) == [], summary(claims_of(text))


def test_demonstrative_verbal_noun_refers_back():
    claims = claims_of("ويأتي هذا التقدم بعد سيطرة الجيش على بلدة مورك.")
    assert summary(claims) == [("captured", "p-morek", "Syrian Army")]


# --------------------------------------------------------------------------- coreference
def test_actor_anaphors_take_the_previous_subject():
    text = "عبرت قوافل الجيش التركي الحدود فجر اليوم. وبحسب ناشطين معارضين، اتجهت القافلة إلى بلدة عندان."
    (claim,) = claims_of(text)
    assert (claim.action, claim.place_id, claim.actor) == ("advanced", "p-andan", "Turkey")
    text = "وكانت قوات سوريا الديمقراطية تقاتل في المنطقة. وأعلنت هذه القوات سيطرتها ليلاً على كفرنبودة."
    (claim,) = claims_of(text)
    assert (claim.action, claim.actor) == ("captured", "SDF")


def test_dropped_subject_takes_the_actor_of_the_previous_sentence():
    text = "سيطرت الفصائل على بلدة مورك أمس. وتقدمت بعد ذلك نحو اللطامنة."
    assert summary(claims_of(text))[-1] == ("advanced", "p-latam", "Opposition factions")


def test_so_called_actor_is_a_subject():
    (claim,) = claims_of("أعلنت ما يعرف بقوات سوريا الديمقراطية السيطرة على مورك.")
    assert claim.actor == "SDF"


def test_place_anaphors():
    text = "وسيطرت الفصائل على بلدة مورك. وأعلن الجيش بدء وقف إطلاق النار في هذه المنطقة."
    assert ("other", "p-morek", "Syrian Army") in summary(claims_of(text))
    text = "تقع حلب في الشمال. وحاصر الجيش مسلحي التنظيم في المدينة الليلة الماضية."
    (claim,) = claims_of(text)
    assert (claim.action, claim.place_id, claim.actor) == ("besieged", "p-aleppo", "Syrian Army")
    assert claim.event_date == DAY - dt.timedelta(days=1)
    # a bare «المدينة» only refers to a Syrian place
    # (the talks are a claim at their venue, named before the trigger)
    assert summary(claims_of("واختتمت في جنيف جولة المحادثات. وحاصر الجيش المسلحين في المدينة.")) == [
        ("negotiation", "p-gva", "Syrian Army")]


def test_withdrawal_without_named_actor_is_by_the_losing_side():
    text = "حررت قوات النظام مدينة الرستن من داعش. وأعلنت غرفة العمليات هروب قادة داعش من الرستن."
    got = summary(claims_of(text))
    assert got == [("captured", "p-rastan", "Syrian Army"), ("withdrew", "p-rastan", "ISIS")]


def test_governor_title_is_not_a_destination():
    (claim,) = [c for c in claims_of("وأعلنت الغرفة هروب والي الرستن في التنظيم.") if c.action == "withdrew"]
    assert claim.place_id == "p-rastan"
    claims = claims_of("وفر عناصر التنظيم من عندان إلى الرستن.")
    assert [c.place_id for c in claims] == ["p-andan"]


# --------------------------------------------------------------------------- conventions
def test_return_to_the_state_is_a_capture_by_the_army():
    (claim,) = claims_of("وعادت بلدة مورك بالكامل إلى كنف الدولة.")
    assert (claim.action, claim.place_id, claim.actor) == ("captured", "p-morek", "Syrian Army")


def test_ceasefire_is_other_and_talks_take_their_parties():
    (claim,) = claims_of("وأعلنت الفصائل وقف إطلاق النار في بلدة عندان.")
    assert (claim.action, claim.place_id, claim.actor) == ("other", "p-andan", "Opposition factions")
    (claim,) = claims_of("وعقدت أمس محادثات في جنيف بين روسيا وتركيا وإيران.")
    assert (claim.action, claim.place_id, claim.actor) == ("negotiation", "p-gva", "Russia + Turkey + Iran")


def test_advance_is_dropped_when_the_same_side_captured_the_place():
    text = "وتقدمت قوات النظام داخل مورك. وسيطرت قوات النظام أمس على مورك."
    assert summary(claims_of(text)) == [("captured", "p-morek", "Syrian Army")]
    text = "وتقدمت الفصائل داخل مورك. وسيطرت قوات النظام أمس على مورك."
    assert sorted(summary(claims_of(text))) == [("advanced", "p-morek", "Opposition factions"),
                                               ("captured", "p-morek", "Syrian Army")]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="سيطرتالجيشعلىمورك وفي،.من محور بين هذه القوات المدينة0123456789", max_size=120))
def test_arbitrary_text_never_crashes_and_quotes_are_exact(text):
    for claim in claims_of(text):
        assert text[claim.start:claim.end] == claim.quote


_WORDS = ["سيطرت ", "قوات النظام ", "على ", "مورك", " ", "بلدة ", "أمس ", "، ", ". ", "وتقدمت ",
          "نحو ", "اللطامنة", "لم ", "داعش ", "حاصرت ", "و"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30).map("".join))
def test_claims_from_word_soup_have_exact_quotes_and_known_places(text):
    """Whole words make real claims often, so the span and place checks actually run."""
    for claim in claims_of(text):
        assert text[claim.start:claim.end] == claim.quote
        assert claim.place_id in {pid for pid, _name, _kind in PLACES.values()}


def test_undated_clause_takes_the_story_date_of_the_previous_sentence():
    text = "سيطرت قوات النظام أمس على بلدة مورك. وتقدمت بعد ذلك نحو اللطامنة."
    later = claims_of(text)[-1]
    assert later.event_date == DAY - dt.timedelta(days=1) and "previous sentence" in later.notes
    text = "وكان التنظيم قد حاصر بلدة عندان قبل عام. وتتقدم قوات النظام نحو مورك."
    later = claims_of(text)[-1]
    assert (later.place_id, later.event_date, later.date_precision) == ("p-morek", DAY, "days")


def test_entering_a_site_is_taking_it_entering_a_town_is_an_advance():
    PLACES["حقل الشاعر"] = ("p-shaer", "Shaer gas field", "oil_field")
    try:
        (claim,) = claims_of("ودخلت قوات النظام حقل الشاعر فجر اليوم.")
        assert (claim.action, claim.place_id) == ("captured", "p-shaer")
        (claim,) = claims_of("ودخلت قوات النظام إلى حقل الشاعر فجر اليوم.")
        assert claim.action == "entered"
    finally:
        del PLACES["حقل الشاعر"]
    (claim,) = claims_of("ودخلت قوات النظام بلدة مورك فجر اليوم.")
    assert claim.action == "entered"


def test_conditional_sentence_and_future_auxiliaries_are_not_claims():
    text = "وفي حال سيطرت الفصائل على مورك، فإنها ستتمكن من تطويق بلدة اللطامنة."
    assert claims_of(text) == []
    assert claims_of("وقال المصدر إن القوات ستتمكن قريباً من دخول بلدة مورك.") == []


def test_topic_shift_stops_the_story_date():
    text = "سيطرت قوات النظام أمس على بلدة مورك. وفي ريف حماة الشمالي تتقدم الفصائل نحو اللطامنة."
    later = claims_of(text)[-1]
    assert (later.place_id, later.event_date) == ("p-latam", DAY)


def test_clashes_between_two_sides_and_indefinite_air_force():
    (claim,) = claims_of("وتدور اشتباكات عنيفة بين قوات النظام والفصائل في محيط بلدة كفرنبودة.")
    assert (claim.action, claim.place_id, claim.actor, claim.counter_actor) == (
        "attacked", "p-kafr", "Syrian Army", "Opposition factions")
    (claim,) = claims_of("وشنت طائرات حربية روسية غارات على بلدة اللطامنة.")
    assert (claim.action, claim.actor) == ("airstrike", "Russia")
    assert claims_of("وكانت الفصائل تخوض آخر معاركها قرب بلدة مورك.") == []


# ------------------------------------------------------------------ fast paths equal the plain scans
# find_triggers tries its regexes only at words that can begin a trigger, and the actor finder only
# at words that can begin an alias; both use regexes reduced to the forms that fit the word. These
# properties compare them with the plain algorithm (full regexes tried at every word start).

import re  # noqa: E402

from geo import actors as _actors  # noqa: E402
from geo import claims as _claims  # noqa: E402
from geo.lexicon import load_actors, load_triggers  # noqa: E402


def _reference_triggers(norm: str):
    regex, by_form = _claims._trigger_regex()

    def plain(start: int):
        for prefix in _claims._PREFIXES:
            if not norm.startswith(prefix, start):
                continue
            m = regex.match(norm, start + len(prefix))
            if m is None:
                continue
            chosen = _claims._choose_form(by_form.get(" ".join(m.group("form").split()), []), prefix,
                                          m.group("suf") or "", norm, m.end())
            if chosen is None:
                continue
            end = m.end()
            if chosen.requires_next:
                nxt = re.match(r"\s+[\w]+", norm[end:])
                end += nxt.end() if nxt else 0
            return _claims.Trigger(start=start, end=end, form=chosen, prefix=prefix)
        return None

    found, pos = [], 0
    for word in re.finditer(r"(?<![\w])\w+", norm):
        start = word.start()
        if start < pos:
            continue
        ways = _claims._trigger_starts().get(word.group(), _claims._WordStarts())  # none for most words
        trig = plain(start) or _claims._split_trigger(norm, start, ways)
        if trig is None:
            continue
        if found and _claims._continues(norm, found[-1], trig):
            trig = _claims.replace(found.pop(), end=trig.end)
        elif found and _claims._strike_target(norm, found[-1], trig):  # «غارات استهدفت X»
            strike = found.pop()
            trig = _claims.replace(strike, end=trig.end, gap=strike.gap or (strike.end, trig.start))
        found.append(trig)
        pos = trig.end
    return found


_TRIGGER_WORDS = sorted({w for t in load_triggers() for w in t.form.split()})[:400]
_ALIAS_WORDS = sorted({w for a in load_actors() for alias in a.aliases for w in alias.split()})
_FILLER = ["على", "قرية", "أمس", "من", "في", "الجيش", "و", "ها", "ال", "لل", "بال", "،", ".", "هم", "نا"]


def _glue(parts):
    return "".join(w + s for w, s in parts)


_claim_texts = st.lists(
    st.tuples(st.sampled_from(_TRIGGER_WORDS + _ALIAS_WORDS + _FILLER),
              st.sampled_from([" ", " ", " ", "", "، ", ". ", "\n", "ها ", "هم "])),
    min_size=1, max_size=25).map(_glue)


@settings(max_examples=120, deadline=None)
@given(_claim_texts)
def test_gated_trigger_search_equals_the_plain_scan(text):
    norm = normalize(text)
    assert find_triggers(norm) == _reference_triggers(norm)


@settings(max_examples=120, deadline=None)
@given(_claim_texts)
def test_gated_actor_search_equals_the_plain_scan(text):
    norm = normalize(text)
    regex = _actors._regex()[0]
    assert [m.span() for m in _actors._alias_matches(norm)] == [m.span() for m in regex.finditer(norm)]
    assert [m.groupdict() for m in _actors._alias_matches(norm)] == \
        [m.groupdict() for m in regex.finditer(norm)]


def _reference_forces_named_after(norm, mentions, pos, families, nouns):
    """Plain scan: a forces noun outside every mention between the last mention of ``families`` and ``pos``."""
    last = [a for a in mentions if a.end <= pos and a.entry.family in families]
    if not last:
        return False
    return any(w.group() in nouns and not any(a.start <= w.start() < a.end for a in mentions)
               for w in re.finditer(r"[^\W\d_]+", norm[:pos])
               if w.start() >= last[-1].end and (w.start() == 0 or not norm[w.start() - 1].isalpha()))


def _reference_anaphors(norm, mentions, skip, window=600):
    support, obj, _ = _actors._context_regexes()
    forces = frozenset(_actors.load_actor_words("force_anaphors"))
    not_forces = frozenset(_actors.load_actor_words("force_anaphor_skip_families"))
    force_nouns = frozenset(_actors.load_actor_words("force_antecedent_nouns"))
    out = list(mentions)
    mentions = sorted(mentions, key=lambda a: (a.start, a.end))  # the nearest preceding one wins,
    # whatever order the caller passes them in
    for m in _actors._anaphor_regex().finditer(norm):
        start, end = m.start("a"), m.end("a")
        if any(a.start < end and start < a.end for a in mentions):
            continue
        # «هذه القوات» never takes ISIS unless forces were named after ISIS's last mention
        skipped = not_forces if m.group("a") in forces and not _reference_forces_named_after(
            norm, mentions, m.start(), not_forces, force_nouns) else frozenset()
        antecedent = None
        for a in mentions:
            if a.end > m.start() or m.start() - a.end > window:
                continue
            if a.supporting or a.object_like or any(s <= a.start < e for s, e in skip):
                continue
            if a.entry.family in skipped:
                continue
            antecedent = a
        if antecedent is None:
            continue
        before = norm[max(0, m.start() - 30):m.start()]
        prefix = norm[m.start():start].lstrip("وف")
        object_like = bool(obj.search(before)) or prefix in ("ل", "لل", "ب", "بال")
        out.append(_actors.ActorMention(start, end, antecedent.entry, bool(support.search(before)),
                                        object_like, anaphor=True,
                                        default_army=antecedent.default_army))  # a bare «الجيش» stays bare
    out.sort(key=lambda a: (a.start, a.end))
    return out


@settings(max_examples=80, deadline=None)
@given(_claim_texts.map(lambda t: t + " ثم اتجهت القافلة وهذه القوات إلى التلة"),
       st.lists(st.tuples(st.integers(0, 80), st.integers(1, 30)), max_size=4), st.booleans(),
       st.integers(5, 600))
@example("الجيش  ثم اتجهت القافلة وهذه القوات إلى التلة", [], False, 10)  # an anaphor of a bare army
@example("داعش  ثم اتجهت القافلة وهذه القوات إلى التلة", [], False, 18)  # «هذه القوات» passes over ISIS
@example("داعش بقوات  ثم اتجهت القافلة وهذه القوات إلى التلة", [], False, 40)  # … unless its forces were named
def test_indexed_actor_anaphors_equal_the_scan(text, skip, shuffle, window):
    norm = normalize(text)
    mentions = _actors.find_actor_mentions(norm)
    if shuffle:  # any order is accepted (the result is the same as for text order)
        mentions = mentions[::-1]
    spans = [(s, s + n) for s, n in skip]
    assert _actors.resolve_actor_anaphors(norm, mentions, spans, window=window) == \
        _reference_anaphors(norm, mentions, spans, window)


def test_claims_stay_linear_in_the_number_of_mentions():
    """Many places and triggers in one article: every clause looks only at its neighbourhood."""
    import time

    names = list(PLACES)
    sentences = [f"وسيطرت قوات النظام أمس على {names[i % 4]} بعد معارك مع الفصائل." for i in range(3000)]
    text = " ".join(sentences)
    resolutions = []
    pos = 0
    for i in range(len(sentences)):
        name = names[i % 4]
        start = text.index(name, pos)
        pos = start + len(name)
        pid, en, kind = PLACES[name]
        place = Place(id=pid, name=en, name_ar=name, kind=kind, lat=35.0, lon=36.5, country="SY")
        mention = Mention(surface=name, start=start, end=pos, key=normalize(name), candidates=(pid,))
        resolutions.append(Resolution(mention=mention, place=place, confidence=0.9, reason="test",
                                      geo_precision="exact"))
    t0 = time.process_time()
    claims = extract_claims(Article(id="many", date=DAY, text=text), resolutions)
    elapsed = time.process_time() - t0
    assert {c.place_id for c in claims} == {PLACES[n][0] for n in names[:4]}
    assert elapsed < 6  # 0.6 s here; 19 s when every clause rescanned the whole article


def test_actor_named_only_as_the_loser_is_not_the_dropped_subject():
    # the speaker is no actor of the lexicon; ISIS is named only after «من» (it lost the place)
    (claim,) = claims_of("أعلن رئيس الوزراء تحرير مدينة حلب بالكامل من تنظيم داعش.")
    assert (claim.action, claim.place_id, claim.actor) == ("captured", "p-aleppo", "")
    # named as the subject elsewhere, the same actor is still the dropped subject of a later clause
    claims = claims_of("سيطر تنظيم داعش على مدينة حلب. ثم تقدم نحو الرستن.")
    assert [c.actor for c in claims] == ["ISIS", "ISIS"]


@pytest.mark.parametrize(("text", "actor"), [
    ("قتل مدنيون في غارات روسية على مدينة حلب.", "Russia"),
    ("أسفرت الغارات الجوية الإسرائيلية على بلدة مورك عن أضرار.", "Israel"),
    ("تجدد قصف تركي مكثف على بلدة عندان.", "Turkey"),
])
def test_nationality_adjective_names_the_actor_of_an_action_noun(text, actor):
    (claim,) = claims_of(text)
    assert claim.actor == actor


def test_nationality_in_a_person_epithet_is_not_an_actor():
    # «أبو حسن العراقي» is an ISIS emir, not Iraqi forces
    claims = claims_of("أعلنت الغرفة هروب أبو حسن العراقي من حلب.")
    assert all(c.actor != "Iraqi forces" for c in claims)


@pytest.mark.parametrize("text", [
    "قصف النقطة التركية في مورك.",  # the Turkish post is the target
    "هروب أسامة العراقي من مدينة حلب.",  # a man's epithet
])
def test_nationality_of_a_target_or_a_name_is_not_the_actor(text):
    assert [c.actor for c in claims_of(text)] == [""]


def test_previous_subject_is_not_the_dropped_subject_when_named_as_the_loser():
    claims = claims_of("سيطر تنظيم داعش على بلدة مورك. ثم تم تحرير مدينة حلب من تنظيم داعش.")
    assert summary(claims) == [("captured", "p-morek", "ISIS"), ("captured", "p-aleppo", "")]
