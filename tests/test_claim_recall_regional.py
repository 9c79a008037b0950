"""Claim recall on phrasings of regional papers and small sites (sentences written for these tests,
not from a corpus): closing in on a place («أطبقت … على», «لتطبق بذلك الطوق على»), missiles of a
state that fires them from aircraft or ships as the subject of a strike verb («استهدفت صواريخ
إسرائيلية …», also when air defences faced them), missiles launched at a place («أطلقت طائرات …
صواريخ على …», cruise missiles named in quotes), a place after a locating participle with a
glued preposition («الجيب المحاذي للجولان») that only locates the object, and an approach noun with
its agent inside («مع اقتراب قوات النظام … من مدينة X»). Each rule has near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import table_actions_on, table_claims

DAY = dt.date(2017, 9, 10)

PLACES = {
    "عقيربات": ("p-uqay", "Uqayribat", "town"),
    "بيت جن": ("p-bjinn", "Beit Jinn", "village"),
    "الكسوة": ("p-kiswa", "Al-Kiswah", "town"),
    "قطنا": ("p-qatana", "Qatana", "town"),
    "مصياف": ("p-masyaf", "Masyaf", "city"),
    "مطار الشعيرات": ("p-shayrat", "Shayrat airbase", "airbase"),
    "باب توما": ("p-btouma", "Bab Touma", "neighbourhood"),
    "كفرنبل": ("p-kafrn", "Kafranbel", "town"),
    "الميادين": ("p-mayad", "Al-Mayadin", "city"),
    # the resolver's mention keeps a glued «ل» («للجولان» = «ل» + «الجولان»)
    "للجولان": ("p-golan", "Golan Heights", "region"),
}


def claims(text: str) -> list[tuple[str, str, str]]:
    """(action, place id, actor) of each claim of ``text``."""
    return [(c.action, c.place_id, c.actor) for c in table_claims(text, PLACES, DAY)]


def actions_on(text: str, place: str) -> set[str]:
    """The actions of the claims of ``text`` on the place id ``place``."""
    return table_actions_on(text, place, PLACES, DAY)


# --------------------------------------------------------------------------- closing in
def test_closing_in_with_the_subject_before_the_verb_is_an_encirclement() -> None:
    text = "وكانت وحدات الجيش قد أطبقت خلال الأيام الماضية على آخر جيب للمسلحين في بلدة عقيربات."
    assert ("encircled", "p-uqay", "Syrian Army") in claims(text)


def test_closing_in_with_the_subject_inside_is_an_encirclement() -> None:
    text = "وأطبقت وحدات الجيش على بلدة عقيربات من ثلاث جهات."
    assert actions_on(text, "p-uqay") == {"encircled"}


def test_cordon_closed_as_a_result_of_an_advance() -> None:
    text = "وتقدمت قوات النظام من جهة الغرب لتطبق بذلك الطوق على بلدة بيت جن."
    assert "encircled" in actions_on(text, "p-bjinn")
    assert "advanced" not in actions_on(text, "p-bjinn")


def test_closing_in_of_silence_or_grief_is_no_claim() -> None:
    assert claims("وأطبق الصمت على بلدة عقيربات بعد انتهاء المعارك.") == []
    assert claims("وأطبق الحزن على أهالي بلدة عقيربات.") == []


def test_closing_in_without_on_is_no_claim() -> None:
    assert claims("وأطبقت الأم كفيها وهي تروي ما جرى في بلدة عقيربات.") == []


def test_place_after_an_adjacency_participle_only_locates_the_pocket() -> None:
    text = "وأحكم الجيش الطوق على الجيب المحاذي للجولان المحتل."
    assert claims(text) == []
    located = "وأحكم الجيش الطوق على بلدة بيت جن المحاذية للجولان المحتل."
    assert actions_on(located, "p-bjinn") == {"encircled"}
    assert actions_on(located, "p-golan") == set()


# --------------------------------------------------------------------------- missiles of a state
def test_israeli_missiles_before_the_verb_are_a_missile_strike() -> None:
    text = "وأعلن مصدر عسكري أن صواريخ إسرائيلية استهدفت ليل الأحد مستودعاً قرب مدينة قطنا."
    assert ("missile_strike", "p-qatana", "Israel") in claims(text)


def test_israeli_missiles_after_the_verb_are_a_missile_strike() -> None:
    text = "إذ استهدفت صواريخ إسرائيلية فجر السبت موقعاً قرب بلدة الكسوة."
    assert ("missile_strike", "p-kiswa", "Israel") in claims(text)


def test_american_missiles_hitting_an_airbase_are_a_strike_not_a_blocked_verb() -> None:
    text = "وضربت الصواريخ الأمريكية مطار الشعيرات فجر الجمعة."
    assert ("missile_strike", "p-shayrat", "US-led coalition") in claims(text)


def test_missiles_the_air_defences_faced_are_the_strike_not_a_repelling() -> None:
    text = "وتصدت الدفاعات الجوية فجر اليوم لصواريخ إسرائيلية استهدفت موقعاً في منطقة الكسوة."
    assert actions_on(text, "p-kiswa") == {"missile_strike"}
    assert ("missile_strike", "p-kiswa", "Israel") in claims(text)


def test_rockets_of_factions_or_made_abroad_stay_ground_fire() -> None:
    assert actions_on("واستهدفت صواريخ الفصائل حي باب توما.", "p-btouma") == {"attacked"}
    assert actions_on("واستهدفت قوات النظام بصواريخ روسية الصنع بلدة كفرنبل.", "p-kafrn") == {"attacked"}


def test_ground_forces_repelling_an_attack_is_still_a_repelling() -> None:
    text = "وتصدت الفصائل لهجوم قوات النظام على بلدة كفرنبل."
    assert "repelled" in actions_on(text, "p-kafrn")


# --------------------------------------------------------------------------- missiles launched
def test_aircraft_launching_missiles_at_a_site_near_a_town_is_an_air_strike() -> None:
    text = ("وذكر الجيش أن طائرات إسرائيلية أطلقت فجر أمس (الخميس) عدة صواريخ من الأجواء اللبنانية "
            "على أحد مواقعه العسكرية قرب مدينة مصياف.")
    assert ("airstrike", "p-masyaf", "Israel") in claims(text)


def test_fighters_launching_rockets_at_a_quarter_is_shelling() -> None:
    assert actions_on("وأطلق المسلحون صواريخ على حي باب توما.", "p-btouma") == {"shelled"}


def test_cruise_missiles_named_in_quotes_stay_a_missile_strike() -> None:
    text = ("وأعلنت وزارة الدفاع الروسية أن الفرقاطة أطلقت من البحر المتوسط صواريخ «كاليبر» "
            "على مواقع للتنظيم قرب الميادين.")
    assert actions_on(text, "p-mayad") == {"missile_strike"}


def test_warning_shots_or_a_campaign_launched_are_no_claim() -> None:
    assert claims("وأطلق الجيش صواريخ تحذيرية في الهواء فوق بلدة عقيربات.") == []
    assert claims("وأطلقت الحكومة حملة على الفساد في مدينة مصياف.") == []


def test_warning_missiles_fired_at_a_place_are_no_claim() -> None:
    assert claims("وأطلق الجيش صواريخ تحذيرية على بلدة عقيربات.") == []


# --------------------------------------------------------------------------- approach with its agent
def test_approach_noun_with_its_agent_inside_is_an_advance() -> None:
    text = "ويأتي ذلك بالتزامن مع اقتراب قوات النظام والميليشيات الموالية لها من مدينة الميادين من جهة البادية."
    assert ("advanced", "p-mayad", "Syrian Army") in claims(text)


def test_approach_of_a_season_or_a_date_is_no_claim() -> None:
    assert claims("ومع اقتراب فصل الشتاء من نهايته عاد الأهالي إلى مدينة الميادين.") == []
    assert claims("ومع اقتراب موعد الانتخابات تزداد التوترات في مدينة الميادين.") == []
    # the same frame as the advance «اقتراب قوات النظام من مدينة الميادين», with a date as its agent
    assert claims("ومع اقتراب موعد الانتخابات من مدينة الميادين تزداد التوترات.") == []
