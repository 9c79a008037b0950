"""Fire and attack claims on listed targets, and suicide attacks.

«بينها/أبرزها/أهمها» after the targets of a strike or an attack adds the places it lists, also
after an area that only locates them («على قرى في ريف X غربي المحافظة، بينها Y وZ», «هجوم على
عدد من القرى في ريف X، أبرزها Y»); suicide bombers blowing themselves up at a place attack it, and
a suicide bomber «من» a side belongs to that side (the doer).

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims and geo.actors are exercised. Each class has positive cases and near misses.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_fire_on, table_summary

DAY = dt.date(2017, 9, 13)

PLACES = {
    "ريف حماة": ("t-hamac", "Hama countryside", "governorate"),
    "ريف جسر الشغور": ("t-jisrc", "Jisr al-Shughur countryside", "district"),
    "مورك": ("t-morek", "Morek", "town"),
    "كفرزيتا": ("t-kafz", "Kafr Zita", "town"),
    "اللطامنة": ("t-latam", "Al-Lataminah", "town"),
    "السويداء": ("t-suw", "As-Suwayda", "city"),
    "إعزاز": ("t-azaz", "Azaz", "town"),
    "حلب": ("t-aleppo", "Aleppo", "city"),
}

summary = partial(table_summary, places=PLACES, day=DAY, lat=35.3, lon=36.7)
_on = partial(table_fire_on, places=PLACES, day=DAY, lat=35.3, lon=36.7)


def _places(text: str, family: str) -> list[str]:
    return [pid for act, pid in summary(text) if act.startswith(family) or act == family]


# --------------------------------------------------------------------------- «بينها / أبرزها» lists
@pytest.mark.parametrize("text", [
    "وتزامن ذلك مع هجوم واسع شنه التنظيم على عدد من القرى في ريف حماة، أبرزها مورك وكفرزيتا.",
    "وشن التنظيم هجوماً على قرى في ريف حماة، بينها مورك وكفرزيتا.",
    "وشن المسلحون هجوماً على عدة بلدات في ريف حماة، ومن أهمها مورك وكفرزيتا.",
])
def test_attack_on_area_then_highlighted_villages(text: str) -> None:
    assert [pid for act, pid in summary(text) if act == "attacked"] == ["t-morek", "t-kafz"]


def test_strike_on_villages_of_a_countryside_west_of_the_governorate() -> None:
    text = "وقال المراسل إن مقاتلات روسية شنت نحو 30 غارة على بلدات وقرى في ريف جسر الشغور غربي المحافظة، بينها مورك وكفرزيتا، وهي المرة الأولى."
    assert [pid for act, pid in summary(text) if act == "airstrike"] == ["t-jisrc", "t-morek", "t-kafz"]


def test_strike_on_countryside_with_main_targets_keeps_all() -> None:
    text = "وشنت الطائرات الروسية غارات على بلدات في ريف حماة، أبرزها مورك واللطامنة."
    assert [pid for act, pid in summary(text) if act == "airstrike"] == ["t-hamac", "t-morek", "t-latam"]


@pytest.mark.parametrize("text", [
    # the highlighted items are no places: nothing added
    "وشنت الطائرات غارات على ريف حماة، أبرزها مستودعات للذخيرة قرب مورك.",
    # «بينهم» counts victims, not targets
    "وقتل عشرة مدنيين في غارات على ريف حماة، بينهم أطفال من مورك.",
    # a new clause after the marker
    "وشنت الطائرات غارات على ريف حماة، أبرزها في الليل، فيما زار الوزير مورك.",
])
def test_highlight_marker_near_misses(text: str) -> None:
    assert "t-morek" not in [pid for _, pid in summary(text)]


@pytest.mark.parametrize("text", [
    # no strike or attack: a list of towns in politics or aid
    "وزار الوفد قرى في ريف حماة، أبرزها مورك وكفرزيتا.",
    "ووزعت المنظمة مساعدات على عدد من القرى في ريف حماة، أبرزها مورك وكفرزيتا.",
    "وعاد آلاف النازحين إلى بلدات في ريف حماة، بينها مورك وكفرزيتا.",
    "وتحدث التقرير عن المدن الأكثر تضرراً من الحرب، أبرزها مورك وكفرزيتا.",
    "وشملت الانتخابات المحلية عدة مدن، من أهمها مورك وكفرزيتا.",
])
def test_highlight_marker_without_fire_trigger(text: str) -> None:
    assert summary(text) == []


# --------------------------------------------------------------------------- suicide attacks
@pytest.mark.parametrize("text, place, actor", [
    ("وقال المرصد إن ثلاثة انتحاريين من تنظيم داعش فجروا أنفسهم صباح اليوم في عدة أحياء من مدينة السويداء.",
     "t-suw", "ISIS"),
    ("وذكرت مصادر أن انتحارياً من داعش فجر نفسه في سوق مدينة إعزاز.", "t-azaz", "ISIS"),
    ("وهزت ثلاثة تفجيرات انتحارية أحياء متفرقة من مدينة السويداء صباح اليوم.", "t-suw", ""),
])
def test_suicide_bombers_attack_the_place(text: str, place: str, actor: str) -> None:
    assert _on(text, place) == [("attacked", actor)]


@pytest.mark.parametrize("text", [
    "وأدان الوزير التفجيرات الانتحارية التي تستهدف المدنيين، وقال في حلب إن الإرهاب لا دين له.",
    "وهدد المسلح بأن يفجر نفسه إذا اقتربت الشرطة في حلب.",
    "وعقدت في حلب ندوة عن الهجمات الانتحارية وأثرها على المجتمع.",
    "وصل فجر اليوم وفد أممي إلى حلب.",
    "وحكمت محكمة في حلب على انتحاريين من داعش بالسجن بعد فشل هجومهم.",
])
def test_suicide_attack_near_misses(text: str) -> None:
    assert summary(text) == []
