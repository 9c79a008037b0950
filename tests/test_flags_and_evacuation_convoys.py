"""Control claims told by a raised flag, by fighters carried out of a place, and convoys of evacuees.

- A named armed side raising the national (or a state's) flag «في/فوق» a place took it; a rally, a
  visit or a ceremony («خلال احتفال بعيد …») is no capture.
- An entry whose clause raises the side's own flag on a site of the place («ورفعت علمها في ساحته»)
  took the place.
- A bare «المعبر» after «فوق» or as an object refers back to the crossing named before, not when
  «بين X وY» defines it.
- Fighters carried out of a place («نقلت المئات من مقاتلي التنظيم من X», «خرجت الدفعة الأخيرة من
  إرهابيي Y من X») withdrew from it.
- A convoy of evacuees («وصلت القافلة الأخيرة من مهجري X إلى Y», also after a time) left X; with the
  origin after «من» («من المهجرين قسرا من X إلى Y») Y is their destination, not entered.

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims is exercised.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial

import pytest

from fixtures_claims import table_resolutions, table_summary
from geo.claims import extract_claims
from geo.lexicon import normalize
from geo.model import Article

DAY = dt.date(2018, 6, 14)

PLACES = {
    "الكرامة": ("f-kar", "Al-Karama", "town"),
    "السهلة": ("f-sah", "As-Sahla", "neighbourhood"),
    "معبر الوادي": ("f-wadi", "Al-Wadi crossing", "crossing"),
    "معبر الصخر": ("f-sakhr", "As-Sakhr crossing", "crossing"),
    "الرمانة": ("f-rum", "Ar-Rummana", "town"),
    "القصير": ("f-qus", "Al-Qusayr", "city"),
    "حماة": ("f-ham", "Hama", "city"),
}

summary = partial(table_summary, places=PLACES, day=DAY)


# --------------------------------------------------------------------------- flags raised by a side
@pytest.mark.parametrize("text, place", [
    ("رفعت وحدات من الجيش السوري، صباح اليوم، العلم الوطني في ساحة الكرامة.", "f-kar"),
    ("ورفعت القوات الحكومية أمس العلم الرسمي في حي السهلة بعد انسحاب المسلحين.", "f-sah"),
    ("رفع الجيش السوري العلم السوري فوق مبنى البلدية في الرمانة.", "f-rum"),
])
def test_flag_raised_by_a_side_is_a_capture(text: str, place: str) -> None:
    assert ("captured", place) in summary(text)


@pytest.mark.parametrize("text", [
    # a rally or a school: no armed side named
    "رفع المتظاهرون العلم الوطني في ساحة الكرامة.",
    "رفع الطلاب العلم السوري في باحة المدرسة في الرمانة.",
    # a ceremony later in the sentence
    "رفع الجيش السوري العلم الوطني في ساحة الكرامة خلال احتفال بعيد الجلاء.",
    "رفعت القوات الحكومية العلم الرسمي في الرمانة في ذكرى تأسيس الجيش.",
    # no flag of a state: a banner at a match
    "رفع الجيش السوري راية النادي في ملعب الكرامة.",
])
def test_flag_near_misses(text: str) -> None:
    assert [c for c in summary(text) if c[0] == "captured"] == []


def test_entry_with_own_flag_on_a_site_of_the_place_takes_it() -> None:
    text = "دخلت قوات النظام إلى حي السهلة ورفعت علمها في ساحته الرئيسية."
    assert ("captured", "f-sah") in summary(text)
    assert ("entered", "f-sah") not in summary(text)


def test_entry_with_flag_on_another_site_stays_an_entry() -> None:
    text = "دخلت قوات النظام إلى حي السهلة ورفعت علمها في ساحة الكرامة."
    assert ("captured", "f-sah") not in summary(text)


# --------------------------------------------------------------------------- «المعبر» referring back
def test_bare_crossing_after_over_refers_back() -> None:
    text = "وصل الجيش السوري إلى معبر الوادي الحدودي، ورفعت وحدات من الجيش العلم السوري فوق المعبر."
    assert ("captured", "f-wadi") in summary(text)


def test_crossing_defined_between_two_places_does_not_refer_back() -> None:
    text = ("سيطر الجيش السوري على معبر الصخر. ويرى محللون أن سيطرة الميليشيات على المعبر الحدودي بين "
            "القصير وحماة تفتح طريقا بريا.")
    assert [c for c in summary(text) if c == ("captured", "f-sakhr")] == [("captured", "f-sakhr")]


# --------------------------------------------------------------------------- fighters carried out
@pytest.mark.parametrize("text, place", [
    ("ونقلت الحافلات المئات من مقاتلي التنظيم وذويهم من الرمانة باتجاه البادية.", "f-rum"),
    ("خرجت أمس الدفعة الأخيرة من إرهابيي جيش الإسلام وعائلاتهم من الكرامة.", "f-kar"),
])
def test_fighters_carried_out_withdraw(text: str, place: str) -> None:
    assert ("withdrew", place) in summary(text)


@pytest.mark.parametrize("text", [
    "نقلت وكالات الأنباء عن مقاتلي المعارضة في الرمانة أن المفاوضات متعثرة.",
    "نقلت سيارات الإسعاف مقاتلي المعارضة الجرحى إلى مستشفى في الكرامة.",
    "خرجت مظاهرة في الكرامة تطالب بخروج المسلحين.",
])
def test_carried_near_misses(text: str) -> None:
    assert [c for c in summary(text) if c[0] == "withdrew"] == []


# --------------------------------------------------------------------------- convoys of evacuees
@pytest.mark.parametrize("text", [
    "وصلت القافلة الأولى من المهجرين قسرا من القصير، صباح الأربعاء، إلى الرمانة.",
    "وصلت القافلة الأخيرة من المهجرين من حي السهلة إلى الرمانة.",
])
def test_evacuee_convoy_destination_is_not_entered(text: str) -> None:
    assert [c for c in summary(text) if c[0] in ("entered", "advanced", "captured")] == []


def test_evacuee_convoy_of_a_place_leaves_it_even_after_a_time() -> None:
    text = "وصلت فجر اليوم الجمعة القافلة الأخيرة من مهجري حي السهلة إلى ريف حماة."
    assert ("withdrew", "f-sah") in summary(text)
    assert ("entered", "f-sah") not in summary(text)


@pytest.mark.parametrize("text, place", [
    ("دخلت قافلة من الجيش السوري إلى الرمانة.", "f-rum"),
    ("وصلت القافلة العسكرية التركية إلى الكرامة.", "f-kar"),
])
def test_military_convoy_still_enters(text: str, place: str) -> None:
    assert any(c[1] == place and c[0] in ("entered", "advanced", "captured") for c in summary(text))


# --------------------------------------------------------------------------- «المدينة» after «مدينة X»
PLACES_ANAPHOR = {
    "الرمانة": ("a-rum", "Ar-Rummana", "city"),
    "حماة": ("a-ham", "Hama", "city"),
    "السهلة": ("a-sah", "As-Sahla", "town"),
    "الغاب": ("a-ghab", "Al-Ghab plain", "region"),
}


def summary_anaphor(text: str) -> list[tuple[str, str]]:
    """(action, place id) of the claims over the table, a name after «مدينة» carrying that noun as
    its trigger (as the matcher sets it)."""
    resolutions = []
    for res in table_resolutions(text, PLACES_ANAPHOR):
        if text[:res.mention.start].endswith("مدينة "):
            res = replace(res, mention=replace(res.mention, trigger=normalize("مدينة")))
        resolutions.append(res)
    return [(c.action, c.place_id) for c in extract_claims(Article(id="t", date=DAY, text=text), resolutions)]


def test_bare_city_refers_to_the_place_named_with_that_noun_not_its_reference_point() -> None:
    text = ("رفعت وحدات الجيش السوري العلم فوق مبنى في مدينة الرمانة، آخر معقل للفصائل في الغاب قرب حماة، "
            "في خطوة تعني استعادة الجيش السوري السيطرة على المدينة.")
    assert ("captured", "a-rum") in summary_anaphor(text)
    assert ("captured", "a-ham") not in summary_anaphor(text)


def test_bare_city_in_next_sentence_prefers_the_place_named_with_that_noun() -> None:
    text = ("أعلن التلفزيون أن مدينة الرمانة في سهل الغاب لحماة باتت خالية من المسلحين. "
            "وقال قائد ميداني إن وحدات الجيش دخلت المدينة.")
    assert any(c[1] == "a-rum" and c[0] in ("entered", "captured") for c in summary_anaphor(text))
    assert [c for c in summary_anaphor(text) if c[1] == "a-ham"] == []


def test_bare_city_without_such_a_name_still_takes_the_nearest_city() -> None:
    text = "سيطر الجيش السوري على بلدة السهلة قرب مدينة حماة، ثم دخل المدينة."
    assert ("entered", "a-ham") in summary_anaphor(text) or ("captured", "a-ham") in summary_anaphor(text)
