"""Claim precision, genres round: places that are no object of the trigger.

- origins: «دخلتها من جهة X» (the object is the glued pronoun, X only the side); an advance «من محيط
  X التي سيطرت عليها …، باتجاه Y» goes to Y (not the origin X, and the relative clause's capture is
  no capture of Y); a source of fire «مصدره ثكنات … على أطراف X»;
- directions: «سيطرت على X باتجاه Y» never takes Y;
- locating frames: the ends of a route or a crossing «بين X وY»; capitals standing for the parties of
  talks «مفاوضات بين X وY»; the places of a displacement after a strike «تسبب القصف بموجة نزوح نحو X»;
- negation by avoidance «تتجنب أي استهداف لـX»; an attempt with a pronoun «تواصل محاولاتها اقتحام X»;
- a fire noun naming what a site is for «دمرت موقعاً لإطلاق قذائف الهاون»;
- a zone named, not set up: «اتهم … بخرق منطقة خفض التصعيد في X», «الحديث عن خفض التصعيد في X»;
- subjects: a pluperfect clause with a civilian subject «وكان عدد من النازحين قد غادر X»; an entry
  verb whose object is a stage «دخلت محافظة X مرحلة جديدة».

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims is exercised. Each class has near misses (no claim) and positives that keep theirs.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_claims import table_summary

DAY = dt.date(2017, 11, 16)

PLACES = {
    "البوكمال": ("p-abk", "Abu Kamal", "city"),
    "الحمدان": ("p-ham", "Hamdan", "village"),
    "محطة T3": ("p-t3", "T3 pumping station", "station"),
    "الميادين": ("p-may", "Mayadin", "city"),
    "الحسينية": ("p-hus", "Husayniyah", "village"),
    "دمشق": ("p-dam", "Damascus", "city"),
    "حرستا": ("p-har", "Harasta", "city"),
    "كفرنبل": ("p-kfn", "Kafranbel", "town"),
    "سرمدا": ("p-sar", "Sarmada", "town"),
    "خناصر": ("p-kha", "Khanasir", "town"),
    "السفيرة": ("p-saf", "Safira", "town"),
    "القائم": ("p-qai", "Qaim", "city"),
    "عمان": ("p-amm", "Amman", "city"),
    "جنيف": ("p-gen", "Geneva", "city"),
    "عرسال": ("p-ars", "Arsal", "town"),
    "حطلة": ("p-hat", "Hatla", "village"),
    "محافظة إدلب": ("p-idl", "Idlib Governorate", "governorate"),
    "جرابلس": ("p-jar", "Jarabulus", "town"),
    "كفرلوسين": ("p-kfl", "Kafr Lusin", "village"),
    "الشيخ بركات": ("p-shb", "Sheikh Barakat", "mountain"),
    "راوة": ("p-raw", "Rawa", "town"),
    "جوبر": ("p-job", "Jobar", "neighbourhood"),
    "الغوطة الشرقية": ("p-gho", "Eastern Ghouta", "region"),
}
COUNTRIES = {"عمان": "JO", "جنيف": "CH", "القائم": "IQ"}

summary = partial(table_summary, places=PLACES, day=DAY, lat=35.0, lon=38.0, countries=COUNTRIES)


def families(text: str) -> set[tuple[str, str]]:
    """(action family, place id) of each claim."""
    from geo.claims import action_family
    return {(action_family(action), pid) for action, pid in summary(text)}


def places(text: str) -> set[str]:
    return {pid for _, pid in summary(text)}


# --------------------------------------------------------------------------- origins
def test_side_of_entry_after_a_glued_pronoun_is_no_object():
    text = "وأكد المصدر أن وحدات الجيش التقت في المدينة بالقوات التي دخلتها من جهة الحمدان."
    assert "p-ham" not in places(text)


def test_entry_from_a_side_without_a_pronoun_keeps_its_front():
    # no object pronoun: the axis is where the front is («دخلت من جهة X»)
    assert ("advanced", "p-ham") in families("ودخلت وحدات الجيش من جهة الحمدان صباح اليوم.")


def test_advance_from_an_origin_goes_to_the_destination_past_a_relative_clause():
    text = ("وتتقدم وحدات الجيش من محيط محطة T3 التي سيطرت عليها الشهر الماضي، "
            "باتجاه مدينة البوكمال.")
    got = families(text)
    assert ("advanced", "p-abk") in got
    assert ("advanced", "p-t3") not in got
    assert ("captured", "p-abk") not in got  # the relative clause took the station, not the city


def test_next_verb_keeps_its_own_destination():
    text = ("ودخلت قافلة للجيش التركي عبر معبر كفرلوسين الحدودي واتجهت نحو جبل الشيخ بركات "
            "غرب المدينة.")
    got = families(text)
    assert ("advanced", "p-shb") in got
    assert ("advanced", "p-kfl") in got  # the crossing stays the entry's front


def test_source_positions_of_shelling_are_no_target():
    text = "وشنت الطائرات غارات على حرستا، بالتزامن مع قصف مدفعي مصدره ثكنات النظام على أطراف دمشق."
    got = families(text)
    assert ("attacked", "p-dam") not in got
    assert ("airstrike", "p-har") in got


def test_named_source_keeps_the_target_after_it():
    # the source is named («الجرود»): the place after «على أطراف» is the target
    assert ("attacked", "p-kfn") in families("وسقطت قذيفتان مصدرهما الجرود على أطراف كفرنبل.")


# --------------------------------------------------------------------------- directions
def test_capture_never_takes_a_heading():
    got = families("وسيطرت قوات النظام على قرية الحسينية باتجاه مدينة الميادين.")
    assert ("captured", "p-hus") in got
    assert ("captured", "p-may") not in got


# --------------------------------------------------------------------------- locating frames
def test_ends_of_a_crossing_are_no_objects():
    text = "ويرى محللون أن سيطرة الميليشيات على المعبر الحدودي بين البوكمال والقائم تمنح طهران ممراً برياً."
    assert places(text) == set()


def test_ends_of_a_road_are_no_objects():
    assert places("وسيطرت قوات النظام على الطريق الواصل بين بلدة خناصر ومدينة السفيرة.") == set()


def test_fighting_between_two_towns_keeps_them():
    got = families("واندلعت اشتباكات عنيفة بين بلدتي خناصر والسفيرة.")
    assert {("attacked", "p-kha"), ("attacked", "p-saf")} <= got


def test_capitals_of_talks_are_parties_not_venues():
    assert places("وكشفت المصادر عن مفاوضات غير مباشرة بين عمان ودمشق لإعادة فتح المعبر.") == set()


def test_venue_of_talks_between_delegations_is_kept():
    assert ("negotiation", "p-gen") in families("وجرت أمس مفاوضات بين الوفدين في جنيف.")


def test_places_of_a_displacement_are_not_shelled():
    text = "وتسبب القصف بموجة نزوح من القرى باتجاه المخيمات الحدودية قرب بلدة سرمدا."
    assert "p-sar" not in places(text)


def test_shelled_place_before_the_displacement_is_kept():
    got = families("وتسبب القصف على بلدة كفرنبل بموجة نزوح نحو سرمدا.")
    assert ("attacked", "p-kfn") in got
    assert ("attacked", "p-sar") not in got


# --------------------------------------------------------------------------- negation, subjects
def test_avoided_strike_is_no_claim():
    assert places("وأكدت مصادر أن المقاومة تتجنب أي استهداف لمخيمات النازحين في محيط بلدة عرسال.") == set()


def test_strike_without_avoidance_is_kept():
    assert ("attacked", "p-ars") in families("وأكدت مصادر أن المقاومة استهدفت مواقع المسلحين في محيط بلدة عرسال.")


def test_pluperfect_civilian_subject_is_no_withdrawal():
    assert places("وكان عدد من العائلات النازحة قد غادر بلدة حطلة ليل أمس نحو نقطة التجمع.") == set()


def test_pluperfect_armed_subject_keeps_its_claim():
    assert ("advanced", "p-hat") in families("وكانت قوات النظام قد دخلت بلدة حطلة أمس.")


def test_entering_a_stage_is_no_entry():
    assert places("دخلت محافظة إدلب منذ منتصف الشهر الماضي مرحلة جديدة مع بدء الانتشار التركي.") == set()


def test_entering_a_place_in_a_stage_is_an_entry():
    assert ("advanced", "p-jar") in families("ودخلت القوات التركية بلدة جرابلس في المرحلة الأولى من العملية.")


# --------------------------------------------------------------------------- attempts, sites, zones named
def test_attempt_with_a_pronoun_is_no_entry():
    assert places("وتواصل قوات النظام محاولاتها اقتحام حي جوبر من محور المتحلق الجنوبي.") == set()


def test_storming_without_an_attempt_is_kept():
    assert ("advanced", "p-job") in families("واقتحمت قوات النظام حي جوبر من محور المتحلق الجنوبي.")


def test_fire_noun_naming_a_site_is_no_shelling():
    got = families("وفي الخامس من الشهر، قرب راوة، نفذت ضربة واحدة دمرت مخزناً وموقعاً لإطلاق قذائف الهاون.")
    assert ("airstrike", "p-raw") in got
    assert ("attacked", "p-raw") not in got


def test_mortar_fire_on_a_place_is_kept():
    assert ("attacked", "p-job") in families("وأطلقت قوات النظام قذائف الهاون على حي جوبر.")


def test_zone_in_an_accusation_of_breach_is_no_new_zone():
    text = "واتهم المركز الروسي مجموعات مسلحة بخرق منطقة خفض التصعيد في الغوطة الشرقية أمس."
    assert places(text) == set()


def test_talk_about_a_zone_is_no_new_zone():
    assert places("ورأت الصحيفة أن «الحديث عن خفض التصعيد في الغوطة الشرقية بات بلا معنى».") == set()


def test_zone_set_up_is_kept():
    text = "وأعلنت وزارة الدفاع الروسية إقامة منطقة خفض التصعيد في الغوطة الشرقية."
    assert ("zone", "p-gho") in families(text)
