"""Review 11 near misses: strike target lists, purpose attacks and suicide-bomber partitives.

- «… جنوب Y وفي مدينة Z، أعلنت …»: a «وفي X،» followed by the verb of a new clause is the news
  prose's topic-fronted «in X,», not one more target of the strike; «، فضلا عن …» still goes on.
- «في ريف X الشمالي، ومن أبرزها بلدة Y»: a direction adjective after the area and a head noun before
  the item still make Y a target.
- «تجمعات المسلحين لشن هجوم نحو X»: an attack that is only the purpose is no attack on X
  («عاد التنظيم لشن هجوم نحو X» is one).
- «قتلت وحدات الجيش انتحاريين من داعش»: a suicide-bomber noun in its object spelling after a verb is
  the object; after a number or «أن» it is still the doer.

Sentences written for these tests (not taken from any corpus); places come from a small table.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_fire_on, table_summary

DAY = dt.date(2017, 9, 13)

PLACES = {
    "ريف حماة": ("t-hamac", "Hama countryside", "governorate"),
    "ريف إدلب": ("t-idlibc", "Idlib countryside", "governorate"),
    "مورك": ("t-morek", "Morek", "town"),
    "كفرزيتا": ("t-kafz", "Kafr Zita", "town"),
    "اللطامنة": ("t-latam", "Al-Lataminah", "town"),
    "التمانعة": ("t-tamanah", "At-Tamanah", "town"),
    "إدلب": ("t-idlib", "Idlib", "city"),
    "حماة": ("t-hama", "Hama", "city"),
    "دمشق": ("t-damascus", "Damascus", "city"),
    "حلب": ("t-aleppo", "Aleppo", "city"),
    "السلمية": ("t-salamiyah", "Salamiyah", "city"),
    "بنش": ("t-binnish", "Binnish", "town"),
    "سراقب": ("t-saraqib", "Saraqib", "city"),
    "السخنة": ("t-sukhnah", "As-Sukhnah", "town"),
}

summary = partial(table_summary, places=PLACES, day=DAY, lat=35.3, lon=36.7)
_on = partial(table_fire_on, places=PLACES, day=DAY, lat=35.3, lon=36.7)


# --------------------------------------------------------------------------- «وفي X،» opens a clause
@pytest.mark.parametrize("text, place", [
    ("شنت الطائرات غارات على بلدة التمانعة جنوب إدلب وفي مدينة دمشق، أعلنت وزارة التربية نتائج الامتحانات.",
     "t-damascus"),
    ("قصفت الطائرات الحربية مواقع في بلدة كفرزيتا شمال حماة وفي مدينة حلب، سقطت قذائف هاون على حي سكني.",
     "t-aleppo"),
    ("قصف الجيش بلدة اللطامنة شمال حماة وفي مدينة السلمية، قتل مدنيان بقذائف المسلحين.", "t-salamiyah"),
    ("شنت الطائرات غارات على بلدة بنش شرق إدلب وفي مدينة سراقب، إلى ذلك أعلنت المنظمة توزيع مساعدات.",
     "t-saraqib"),
])
def test_and_in_with_comma_before_a_new_clause_is_no_target(text: str, place: str) -> None:
    assert [act for act, pid in summary(text) if pid == place] == []


@pytest.mark.parametrize("text", [
    "شنت الطائرات غارات على بلدة بنش شرق إدلب وفي مدينة سراقب، مما أدى إلى مقتل مدنيين.",
    "شنت الطائرات غارات على بلدة بنش شرق إدلب وفي مدينة سراقب، فضلا عن مواقع أخرى.",
    "شنت الطائرات غارات على بلدة بنش شرق إدلب وفي مدينة سراقب.",
])
def test_and_in_target_still_struck(text: str) -> None:
    assert [pid for act, pid in summary(text) if act == "airstrike"] == ["t-binnish", "t-saraqib"]


# --------------------------------------------------------------------------- «أبرزها» after an area
@pytest.mark.parametrize("text, targets", [
    ("استهدفت الغارات مواقع في ريف حماة الشمالي، ومن أبرزها مورك.", ["t-hamac", "t-morek"]),
    ("استهدفت الغارات مواقع في ريف حماة الشمالي، ومن أبرزها بلدة مورك ومدينة كفرزيتا.",
     ["t-hamac", "t-morek", "t-kafz"]),
    ("قصفت الطائرات قرى في ريف إدلب الجنوبي الشرقي، أبرزها بنش وسراقب.", ["t-idlibc", "t-binnish", "t-saraqib"]),
    ("شنت الطائرات غارات على قرى في ريف حماة، بينها بلدتا مورك وكفرزيتا.", ["t-hamac", "t-morek", "t-kafz"]),
])
def test_highlighted_targets_after_an_area_with_adjective_or_head_noun(text: str, targets: list[str]) -> None:
    assert [pid for act, pid in summary(text) if act == "airstrike"] == targets


def test_highlight_after_area_without_fire_stays_silent() -> None:
    assert summary("وزار الوفد قرى في ريف حماة الشمالي، ومن أبرزها بلدة مورك.") == []


# --------------------------------------------------------------------------- purpose attacks
@pytest.mark.parametrize("text", [
    "استهدف الجيش تجمعات المسلحين لشن هجوم نحو بلدة مورك.",
    "استهدف الجيش تجمعات المسلحين لشن هجوم على بلدة مورك.",
    "حشد التنظيم عناصره في ريف حماة لتنفيذ هجوم على بلدة مورك.",
])
def test_attack_only_meant_is_no_attack(text: str) -> None:
    assert [act for act, pid in summary(text) if pid == "t-morek" and act == "attacked"] == []


@pytest.mark.parametrize("text", [
    "عاد التنظيم لشن هجوم نحو بلدة مورك.",
    "شن التنظيم هجوما على بلدة مورك.",
])
def test_attack_made_still_attacks(text: str) -> None:
    assert [act for act, pid in summary(text) if pid == "t-morek"] == ["attacked"]


# --------------------------------------------------------------------------- suicide partitives
def test_suicide_bombers_as_the_armys_object_are_no_doers() -> None:
    text = "قتلت وحدات الجيش انتحاريين من داعش قبل وصولهم إلى حاجز في بلدة السخنة."
    assert all(actor != "ISIS" for _, actor in _on(text, "t-sukhnah"))


@pytest.mark.parametrize("text", [
    "قصف الجيش انتحاريين من داعش في بلدة السخنة.",
    "هاجم الجيش انتحاريين من داعش في بلدة السخنة.",
])
def test_suicide_bombers_struck_by_the_army(text: str) -> None:
    assert all(actor != "ISIS" for _, actor in _on(text, "t-sukhnah"))


@pytest.mark.parametrize("text", [
    "وقال المرصد إن ثلاثة انتحاريين من تنظيم داعش فجروا أنفسهم في بلدة السخنة.",
    "وذكرت مصادر أن انتحارياً من داعش فجر نفسه في بلدة السخنة.",
    "وقال المرصد إن 3 انتحاريين من داعش فجروا أنفسهم في بلدة السخنة.",
    "وقال المرصد إن انتحاريين من داعش فجروا أنفسهم في بلدة السخنة.",
])
def test_suicide_bombers_after_a_number_or_that_still_attack(text: str) -> None:
    assert _on(text, "t-sukhnah") == [("attacked", "ISIS")]
