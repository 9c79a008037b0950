"""Fire claims: which place a strike hit and who fired.

Capitals that stand for a government after an allegiance word are no target; counted warplanes,
aircraft named after «من», a nationality adjective of an earlier strike and the firer of shells told
before name the actor; «بينها» adds a target; a strike launched in a relative clause keeps its
place; firing positions («من حواجز النظام في X») are origins; a verb spelled like its verbal noun
after a time preposition («بعد طرده») is background; sites of a side («موقع قسد») are objects.

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims is exercised. Each class has positive cases and near misses.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_fire_on, table_summary

DAY = dt.date(2017, 9, 13)  # Wednesday

PLACES = {
    "دمشق": ("t-dam", "Damascus", "city"),
    "بغداد": ("t-bag", "Baghdad", "city"),
    "التنف": ("t-tanf", "Al-Tanf", "crossing"),
    "البوكمال": ("t-buk", "Abu Kamal", "city"),
    "عفرين": ("t-afrin", "Afrin", "city"),
    "مطار منغ": ("t-menagh", "Menagh airbase", "airbase"),
    "جنديرس": ("t-jand", "Jindires", "town"),
    "خشام": ("t-khash", "Khasham", "town"),
    "تلبيسة": ("t-talb", "Talbiseh", "town"),
    "جبورين": ("t-jab", "Jaburin", "village"),
    "باب توما": ("t-bab", "Bab Touma", "neighbourhood"),
    "القصاع": ("t-qas", "Al-Qassaa", "neighbourhood"),
    "حرستا": ("t-har", "Harasta", "town"),
    "قليب الثور": ("t-qalib", "Qalib al-Thawr", "village"),
    "عقيربات": ("t-uqay", "Uqayribat", "town"),
    "الرقة": ("t-raqqa", "Raqqa", "city"),
    "جبل الثردة": ("t-thar", "Jabal al-Thardah", "mountain"),
    "كفر بطنا": ("t-kfb", "Kafr Batna", "town"),
    "دوما": ("t-douma", "Douma", "city"),
    "حلب": ("t-aleppo", "Aleppo", "city"),
}

claims_of = partial(table_claims, places=PLACES, day=DAY, lat=34.5, lon=38.5)
summary = partial(table_summary, places=PLACES, day=DAY, lat=34.5, lon=38.5)


_on = partial(table_fire_on, places=PLACES, day=DAY, lat=34.5, lon=38.5)  # (action, actor) on a place


# --------------------------------------------------------------------------- capitals standing for governments
@pytest.mark.parametrize("text", [
    "قصفت طائرات التحالف أمس رتلاً لقوات موالية لدمشق في البادية.",
    "وقع اشتباك عنيف بين القوات الأميركية والقوات الموالية لـدمشق شرق النهر.",
    "استهدفت غارات التحالف ميليشيات حليفة بغداد على الحدود.",
    "قصفت الطائرات مواقع الفصائل المدعومة من دمشق في البادية.",
    "وشكل سقوط المدينة ضربة لخطط طهران الرامية إلى فتح طريق بري يربطها بدمشق وبغداد.",
])
def test_capital_after_allegiance_word_is_no_target(text: str) -> None:
    assert [c for c in summary(text) if c[1] in ("t-dam", "t-bag")] == []


@pytest.mark.parametrize("text, place", [
    # the place after the allegiance phrase is still the target
    ("قصفت طائرات التحالف أمس رتلاً لقوات موالية لدمشق قرب التنف.", "t-tanf"),
    ("استهدفت غارات التحالف ميليشيات حليفة بغداد قرب البوكمال.", "t-buk"),
    # near misses: the capital itself struck or shelled
    ("قصفت الطائرات الحربية أحياء في دمشق.", "t-dam"),
    ("سقطت قذائف أطلقتها فصائل موالية للمعارضة على دمشق.", "t-dam"),
])
def test_place_after_allegiance_phrase_is_still_struck(text: str, place: str) -> None:
    assert place in [pid for _, pid in summary(text)]


def test_strike_on_a_road_named_by_its_ends_is_on_neither_city() -> None:
    assert summary("شنت الطائرات الحربية غارات على طريق دمشق - بغداد.") == []
    assert [pid for _, pid in summary("شنت الطائرات الحربية غارات على دمشق وبغداد.")] == ["t-dam", "t-bag"]


# --------------------------------------------------------------------------- who fired
def test_counted_warplanes_strike_from_the_air() -> None:
    assert _on("وكانت 72 مقاتلة تركية قد قصفت أمس أهدافاً في عفرين.", "t-afrin") == [("airstrike", "Turkey")]
    # near miss: «مقاتلة» without a number is a fighting word, the factions shell
    assert [a for a, _ in _on("وقالت المصادر إن فصائل مقاتلة قصفت عفرين.", "t-afrin")] == ["shelled"]


def test_aircraft_after_from_made_the_strike() -> None:
    assert _on("تعرضت القوات لضربة من طيران التحالف قرب بلدة خشام.", "t-khash") == [("airstrike", "US-led coalition")]
    # near miss: a side after «من» that is not aircraft is no agent of the strike
    assert [a for _, a in _on("قصف الطيران مواقع من داعش في بلدة خشام.", "t-khash")] != ["ISIS"]


def test_definite_air_bombing_keeps_the_air_force_named_before() -> None:
    text = ("سيطرت قوات النظام على بلدة عقيربات بعد معارك ترافقت مع قصف جوي روسي مكثف، "
            "وتتزامن المعارك مع استمرار القصف الجوي على قرية قليب الثور.")
    assert _on(text, "t-qalib") == [("airstrike", "Russia")]
    # near miss: a new raid («غارات») is not the bombing told before
    other = "شنت طائرات النظام بعد الضربة الأمريكية غارات على قرية قليب الثور."
    assert [a for _, a in _on(other, "t-qalib")] != ["United States"]


def test_shelling_after_a_hedged_air_strike_is_not_the_air_force() -> None:
    text = ("وقال المراسل إن طائرات حربية يرجح أنها روسية شنت غارات على مدينة دوما وبلدات أخرى في الغوطة، "
            "بالتزامن مع قصف بصواريخ أرض - أرض على بلدة كفر بطنا.")
    assert _on(text, "t-douma") == [("airstrike", "Russia")]
    assert [a for _, a in _on(text, "t-kfb")] == [""]


def test_shells_that_fell_are_those_told_before() -> None:
    text = ("قتل مدني جراء قذائف أطلقها الإرهابيون المتحصنون في حرستا على أحياء في دمشق. "
            "وذكر مصدر أن القذائف سقطت على حيي باب توما والقصاع.")
    assert [a for _, a in _on(text, "t-bab")] == ["Opposition factions"]
    # near miss: shells not told before («سقطت قذائف») have no known firer
    untold = "قصفت الفصائل أحياء في دمشق. وسقطت قذائف هاون على حي باب توما."
    assert [a for _, a in _on(untold, "t-bab")] == [""]


def test_a_site_of_a_side_is_its_object() -> None:
    text = "وقال البنتاغون إن القوات تقدمت نحو موقع «قسد» قرب بلدة خشام، وأطلقت قذائف على المقر."
    assert all(c.actor != "SDF" for c in claims_of(text))


def test_named_ghouta_faction_is_its_own_actor() -> None:
    text = 'قال "فيلق الرحمن" إن مقاتليه صدوا محاولة تقدم لقوات النظام على جبهة حرستا.'
    assert _on(text, "t-har") == [("repelled", "Faylaq al-Rahman")]


# --------------------------------------------------------------------------- places of strikes
def test_among_them_adds_a_target() -> None:
    text = "قصفت الطائرات التركية أمس مواقع في عفرين ومحيطها، بينها مطار منغ العسكري."
    assert summary(text) == [("airstrike", "t-afrin"), ("airstrike", "t-menagh")]
    # near miss: «بينها وبين» is a distance or a relation, not a list
    assert "t-menagh" not in [pid for _, pid in summary("قصفت الطائرات مواقع في عفرين، بينها وبين مطار منغ.")]
    # near miss: a capture does not take «بينها» as a list
    assert [pid for _, pid in summary("سيطرت القوات على قرى في محيط عفرين، بينها بلدة جنديرس.")] != ["t-jand"]


def test_strike_launched_in_a_relative_clause_keeps_its_place() -> None:
    text = "وأبرز اعتداءات التحالف بحق الجيش الغارات التي شنها في أيلول على موقع للجيش في جبل الثردة."
    assert _on(text, "t-thar") == [("airstrike", "US-led coalition")]


def test_firing_positions_are_origins() -> None:
    assert summary("وأضاف أن القصف انطلق من حواجز النظام في قرية جبورين.") == []
    assert summary("قصفت قوات النظام من حواجزها في قرية جبورين بلدة تلبيسة.") == [("shelled", "t-talb")]
    # near miss: checkpoints struck are the target
    assert summary("قصفت الفصائل حواجز النظام في قرية جبورين.") == [("shelled", "t-jab")]


def test_expulsion_after_a_time_preposition_is_background() -> None:
    assert summary("وكانت المدينة مقراً لقياداته بعد طرده من الرقة.") == []
    # near miss: the verb with its subject after it repels
    assert ("repelled", "t-raqqa") in summary("هاجم التنظيم أطراف الرقة فطرده الجيش منها.")



def test_a_result_clause_ends_the_reach_of_a_fight() -> None:
    text = "استعادت وحدات الجيش بلدة عقيربات بعد معارك استمرت أسابيع، ما مهد لفتح الطريق نحو حلب."
    assert summary(text) == [("captured", "t-uqay")]
    # near miss: the fight's own places still count
    assert summary("دارت معارك عنيفة استمرت أسابيع في محيط حلب.") == [("attacked", "t-aleppo")]
