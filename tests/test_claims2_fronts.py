"""Claims, second round on the held-out fronts classes: places framed before their trigger
(casualties, exposure, calm at a truce), combined air and ground fire, fighting that spreads,
hedged relatives on the subject, the head place of a dated relative clause, and the word gates
that keep the first-round rules cheap.

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims is exercised. Each class has positive cases and near misses that must not change.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_resolutions, table_summary
from geo.claims import _prepare
from geo.model import Article

DAY = dt.date(2017, 9, 13)  # Wednesday

PLACES = {
    "كفرسوسة": ("t-kafr", "Kafr Sousa", "town"),
    "المليحة": ("t-mlei", "Al-Mleiha", "town"),
    "زبدين": ("t-zeb", "Zebdin", "village"),
    "حمص": ("t-homs", "Homs", "city"),
    "حماة": ("t-hama", "Hama", "city"),
    "درعا": ("t-daraa-gov", "Daraa Governorate", "governorate"),
    "القنيطرة": ("t-qun-gov", "Quneitra Governorate", "governorate"),
    "تل الشعار": ("t-tal", "Tal al-Shaar", "hill"),
}


claims_of = partial(table_claims, places=PLACES, day=DAY, lat=33.5, lon=36.3)
summary = partial(table_summary, places=PLACES, day=DAY, lat=33.5, lon=36.3)


# --------------------------------------------------------------------------- places framed before the trigger
@pytest.mark.parametrize("text, expected", [
    # a casualty caused by a strike: the place stands before the cause word
    ("لقي خمسة مدنيين حتفهم في بلدة المليحة جراء غارات جوية.", [("airstrike", "t-mlei")]),
    ("أصيب عشرة أشخاص في كفرسوسة والمليحة بسبب سقوط قذائف هاون.",
     [("shelled", "t-kafr"), ("shelled", "t-mlei")]),
    # a place exposed to a strike («تعرضت X لـ…»)
    ("وتعرضت بلدة زبدين لقصف مدفعي عنيف مساء أمس.", [("shelled", "t-zeb")]),
])
def test_place_framed_before_a_strike(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text", [
    # a cause word with no casualty before the place
    "انتشر الجيش في بلدة المليحة جراء غارات جوية على الطريق.",
    # no «في» before the place: it is not where the casualties were
    "قتل عنصر من بلدة المليحة جراء غارات جوية.",
    # a strike far after the cause word («جراء» governs another noun)
    "قتل مدنيان في بلدة المليحة جراء انهيار مبنى قديم تضرر سابقاً من غارات جوية.",
    # «تعرض» with a trigger that does not carry «ل»
    "تعرضت بلدة زبدين أمس، بحسب ناشطين، قصف مدفعي.",
])
def test_no_framed_place_without_the_frame(text):
    assert summary(text) == []


def test_calm_fronts_at_a_truce_take_their_governorates():
    text = "ساد هدوء حذر أمس جبهات محافظتي درعا والقنيطرة، مع بدء سريان اتفاق وقف إطلاق النار."
    claims = claims_of(text)
    assert [(c.action, c.place_id) for c in claims] == [("other", "t-daraa-gov"), ("other", "t-qun-gov")]
    assert all(c.event_date == DAY - dt.timedelta(days=1) for c in claims)  # «أمس», before the places


def test_calm_of_cities_is_not_an_intent():
    """«هدوء حذر» is a cautious calm, not the verb «حذر» (warned: an intent marker)."""
    assert summary("ساد هدوء حذر اليوم مدينتي حمص وحماة مع بدء سريان الهدنة.") == \
        [("other", "t-homs"), ("other", "t-hama")]


@pytest.mark.parametrize("text", [
    # a warning stays an intent
    "حذر المسؤول من انهيار الهدنة في مدينة حمص.",
    # governorates without a calm frame stay too coarse for a truce
    "أعلنت الأطراف وقف إطلاق النار في محافظة درعا.",
    # a truce in force after a breach word is no new truce
    "ساد هدوء حذر في مدينة حمص رغم خرق الهدنة.",
])
def test_no_calm_claim_without_the_frame(text):
    assert summary(text) == []


# --------------------------------------------------------------------------- combined air and ground fire
@pytest.mark.parametrize("text", [
    "شنت قوات النظام قصفاً جوياً ومدفعياً على بلدة المليحة.",
    "تعرضت بلدة المليحة لقصف جوي ومدفعي مكثف.",
    "استمر القصف المدفعي والجوي على بلدة المليحة.",
])
def test_air_and_ground_fire_give_both_families(text):
    assert sorted(summary(text)) == [("airstrike", "t-mlei"), ("shelled", "t-mlei")]


@pytest.mark.parametrize("text, expected", [
    ("استمر القصف المدفعي على بلدة المليحة.", [("shelled", "t-mlei")]),
    ("شنت الطائرات غارات جوية على بلدة المليحة.", [("airstrike", "t-mlei")]),
    # an air adjective alone, in the accusative («قصفاً جوياً»), is an airstrike only
    ("نفذت الطائرات قصفاً جوياً على بلدة المليحة.", [("airstrike", "t-mlei")]),
])
def test_one_kind_of_fire_gives_one_family(text, expected):
    assert summary(text) == expected


# --------------------------------------------------------------------------- fighting that spreads
def test_spread_of_fighting_with_dropped_subject():
    text = "اندلعت اشتباكات في بلدة المليحة صباح اليوم قبل أن تمتد إلى كفرسوسة وزبدين."
    assert summary(text) == [("attacked", "t-mlei"), ("attacked", "t-kafr"), ("attacked", "t-zeb")]


def test_spread_with_fighting_subject_inside():
    assert summary("وامتدت المعارك إلى بلدة المليحة أمس.") == [("attacked", "t-mlei")]


@pytest.mark.parametrize("text", [
    "وتمتد المنطقة إلى بلدة المليحة جنوباً.",  # geography, no fighting
    "ويمتد الطريق إلى بلدة المليحة.",
    "وصل الوفد إلى حمص قبل أن تمتد زيارته إلى بلدة المليحة.",  # a visit spreads, not fighting
])
def test_spread_without_fighting_is_no_claim(text):
    assert all(action != "attacked" for action, _ in summary(text))


# --------------------------------------------------------------------------- hedged relative on the subject
def test_hedged_relative_does_not_cut_the_object():
    claims = claims_of("استهدفت الطائرات التي يرجح أنها روسية بلدة المليحة فجر اليوم.")
    assert [(c.action, c.place_id) for c in claims] == [("airstrike", "t-mlei")]


def test_plain_relative_still_cuts_the_object():
    # «التي انطلقت من …» is a clause of its own: its place is no object of the strike
    assert summary("قصفت الطائرات التي انطلقت من مطار حمص العسكري بلدة المليحة.") == []


# --------------------------------------------------------------------------- head of a relative clause
def test_dated_relative_clause_capture_of_its_head():
    claims = claims_of("عاد الأهالي إلى بلدة المليحة التي حررها الجيش يوم الأحد الماضي.")
    assert [(c.action, c.place_id) for c in claims] == [("captured", "t-mlei")]
    assert claims[0].event_date == dt.date(2017, 9, 10)
    assert claims[0].quote.startswith("المليحة التي حررها")


@pytest.mark.parametrize("text", [
    # undated: background of unknown date
    "عاد الأهالي إلى بلدة المليحة التي حررها الجيش.",
    # a preposition between the head and the relative pronoun: not its head
    "عاد الأهالي إلى بلدة المليحة بعد المعارك التي حسمها الجيش يوم الأحد.",
])
def test_relative_clause_without_date_or_head(text):
    assert ("captured", "t-mlei") not in summary(text)


# --------------------------------------------------------------------------- cheap gates
def test_operation_day_flag():
    text = "في اليوم الأول لعملية الجيش سيطرت القوات على بلدة المليحة."
    ctx = _prepare(Article(id="t", date=DAY, text=text), table_resolutions(text, PLACES))
    assert ctx.operation_days
    other = "سيطرت القوات اليوم على بلدة المليحة."
    assert not _prepare(Article(id="t", date=DAY, text=other), table_resolutions(other, PLACES)).operation_days
