"""Which place a claim names when the clause gives an area and then the towns in it, a sequence
with «ثم», or two point-like targets of a strike.

- A highlight list after an area object (``highlight_markers``: «أبرزها», «بينها», «من بينها»):
  «سيطرت على عشرات القرى في ريف X، أبرزها بلدة Y» names Y, the area only locates the villages
  (geo.claims._highlighted_instead_of_area); a land noun must stand before the area, and the
  marker must follow the area (or the areas coordinated with it) closely.
- «ثم» alone coordinates two places of one clause («على X ثم Y»), even after the first item's
  date («على X في كانون الأول، ثم Y»), but not a new verb after it (geo.claims._is_coordination).
- Two point-like targets of a strike or shelling of different classes («على مزارع X وحويجة Y»)
  are both hit (geo.claims._separate_target); an area after a target still only locates it.

Sentences written for these tests; places come from a small table, so only geo.claims and
geo.actors are exercised.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_claims import table_summary

DAY = dt.date(2017, 9, 13)

PLACES = {
    "ريف حماة الشمالي": ("s-nhama", "Northern Hama countryside", "sector"),
    "ريف إدلب الجنوبي": ("s-sidlib", "Southern Idlib countryside", "sector"),
    "ريف حمص الشمالي": ("s-nhoms", "Northern Homs countryside", "sector"),
    "البادية": ("r-badia", "Badia", "region"),
    "كفرزيتا": ("t-kafrzita", "Kafr Zita", "town"),
    "اللطامنة": ("t-latamneh", "Latamneh", "town"),
    "القريتين": ("t-qaryatayn", "Al-Qaryatayn", "town"),
    "تلبيسة": ("t-talbiseh", "Talbiseh", "town"),
    "الرستن": ("t-rastan", "Al-Rastan", "city"),
    "هجين": ("t-hajin", "Hajin", "town"),
    "السوسة": ("v-susah", "Al-Susah", "village"),
    "الشعفة": ("v-shaafah", "Al-Shaafah", "village"),
    "مورك": ("t-morek", "Morek", "town"),
    "المزارع الشمالية": ("o-farms", "Northern farms", "other"),
    "حي الجبيلة": ("n-jubaila", "Al-Jubaila", "neighbourhood"),
    "دير الزور": ("c-dez", "Deir ez-Zor", "city"),
    "البغيلية": ("n-baghiliya", "Al-Baghiliya", "neighbourhood"),
}

summary = partial(table_summary, places=PLACES, day=DAY)


def _places(text: str, family_actions: tuple[str, ...]) -> list[str]:
    return [pid for action, pid in summary(text) if action in family_actions]


CAPTURE = ("captured", "secured")


# --- a highlight list narrows an area object to the towns it names ---------------------------

def test_capture_of_villages_in_area_names_the_highlighted_town():
    text = "سيطرت القوات الحكومية على عشرات القرى في ريف حماة الشمالي، أبرزها بلدة كفرزيتا."
    assert _places(text, CAPTURE) == ["t-kafrzita"]


def test_highlight_after_two_coordinated_areas():
    text = "حرر الجيش عشرات القرى والمزارع في ريف حماة الشمالي وريف إدلب الجنوبي، بينها اللطامنة وكفرزيتا."
    assert _places(text, CAPTURE) == ["t-latamneh", "t-kafrzita"]


def test_attack_on_positions_in_region_names_the_highlighted_town():
    text = "شن تنظيم داعش هجمات متزامنة على مواقع الجيش في البادية، أبرزها في مدينة القريتين."
    assert _places(text, ("attacked",)) == ["t-qaryatayn"]


def test_highlight_naming_no_place_keeps_the_area():
    # near miss: the highlight names depots, not a place
    text = "سيطرت القوات الحكومية على عشرات القرى في ريف حماة الشمالي، أبرزها مستودعات للذخيرة."
    assert _places(text, CAPTURE) == ["s-nhama"]


def test_highlight_of_people_after_area_is_no_place():
    # near miss: a death toll «بينهم أطفال في بلدة X» gives no capture of X
    text = "سيطرت القوات الحكومية على قرى في ريف حماة الشمالي، وقتل عشرات المدنيين بينهم أطفال في كفرزيتا."
    assert "t-kafrzita" not in _places(text, CAPTURE)


def test_aid_to_villages_with_highlight_gives_no_claim():
    # near miss: aid convoys reaching villages, no capture trigger
    text = "وصلت قوافل المساعدات إلى قرى في ريف حمص الشمالي، أبرزها تلبيسة والرستن."
    assert summary(text) == []


def test_highlight_far_after_area_keeps_the_area():
    # near miss: a new clause between the area and the marker
    text = ("سيطرت القوات الحكومية على عشرات القرى في ريف حماة الشمالي بعد معارك عنيفة استمرت أياما "
            "مع الفصائل المسلحة، أبرزها بلدة كفرزيتا.")
    assert "s-nhama" in _places(text, CAPTURE)


def test_area_without_land_noun_is_not_narrowed():
    # near miss: the area itself is the object («قصف ريف X»), a highlight of strikes follows
    text = "قصفت المدفعية ريف حماة الشمالي، أبرزها قصف عنيف على مورك."
    assert "s-nhama" in _places(text, ("shelled", "attacked"))


# --- «ثم» coordinates a sequence of places -----------------------------------------------------

def test_then_continues_the_capture_list():
    text = "سيطرت قوات سوريا الديمقراطية على بلدة هجين ثم السوسة والشعفة."
    assert _places(text, CAPTURE) == ["t-hajin", "v-susah", "v-shaafah"]


def test_then_after_the_date_of_the_first_item():
    text = "تمكنت القوات من تحرير هجين في كانون الأول، ثم السوسة والشعفة مطلع العام الجاري."
    assert _places(text, CAPTURE) == ["t-hajin", "v-susah", "v-shaafah"]


def test_then_before_a_new_verb_adds_no_place():
    # near miss: «ثم» opens a new verb, whose place is its own
    text = "سيطر الجيش على بلدة مورك ثم انتقلت وحداته إلى اللطامنة لإقامة معسكر."
    assert _places(text, CAPTURE) == ["t-morek"]


def test_then_in_a_visit_adds_no_capture():
    # near miss: a diplomatic tour in sequence
    text = "زار المبعوث الأممي مدينة الرستن في أيار ثم تلبيسة للقاء الأهالي."
    assert _places(text, CAPTURE) == []


def test_then_after_a_strike_and_transfer_of_wounded():
    # near miss: «ثم نقل الجرحى إلى X»: X is no target
    text = "قتل خمسة مدنيين في غارة على بلدة كفرزيتا ثم نقل الجرحى إلى اللطامنة."
    assert "t-latamneh" not in _places(text, ("airstrike", "shelled", "attacked"))


# --- two point-like targets of a strike --------------------------------------------------------

def test_strike_on_farms_and_quarter_hits_both():
    text = "نفذ الطيران الحربي غارات مكثفة على تجمعات التنظيم في المزارع الشمالية وحي الجبيلة."
    assert _places(text, ("airstrike",)) == ["o-farms", "n-jubaila"]


def test_strike_target_then_area_only_locates_it():
    # near miss: the countryside after a target is where it lies, not a second target
    text = "نفذ الطيران الحربي غارات على تجمعات التنظيم في المزارع الشمالية وريف حماة الشمالي."
    assert _places(text, ("airstrike",)) == ["o-farms"]


def test_capture_of_farms_and_quarter_keeps_one_front():
    # near miss: for a capture the dev convention stays (one front), only strikes are widened
    text = "سيطرت القوات على المزارع الشمالية والبغيلية."
    assert _places(text, CAPTURE) == ["o-farms"]


def test_strike_on_farms_and_unheaded_quarter_hits_both():
    text = "نفذ الطيران الحربي غارات على المزارع الشمالية والبغيلية."
    assert _places(text, ("airstrike",)) == ["o-farms", "n-baghiliya"]


def test_time_span_before_the_land_object_keeps_the_highlight_a_capture():
    # «خلال الأسبوع الماضي» between the verb and «14 بلدة» is no object word
    text = "حررت وحدات الجيش خلال الأسبوع الماضي 14 بلدة وقرية في ريف حماة الشمالي، بينها اللطامنة وكفرزيتا."
    assert _places(text, CAPTURE) == ["t-latamneh", "t-kafrzita"]


def test_time_span_before_a_non_land_object_gives_no_capture():
    # near miss: riots controlled over a week in several towns are no capture
    text = "سيطرت الشرطة خلال الأسبوع الماضي على أعمال الشغب في ريف حماة الشمالي، بينها كفرزيتا."
    assert "t-kafrzita" not in _places(text, CAPTURE)


# --- the items after «ثم» keep a date of their own -------------------------------------------

def _dates(text, gazetteer):
    from fixtures_places import pipeline_claims

    return {c.place_name: c.event_date for c in pipeline_claims(text, gazetteer, dt.date(2017, 9, 10))}


def test_then_item_takes_its_own_date(gazetteer):
    dates = _dates("انتزع جيش الفتح جسر الشغور في 25 نيسان ثم أريحا في 28 أيار.", gazetteer)
    assert sorted(dates.values()) == [dt.date(2017, 4, 25), dt.date(2017, 5, 28)]


def test_then_item_without_a_date_does_not_take_the_first_items(gazetteer):
    dates = _dates("سيطرت قوات النظام على مدينة السخنة في آب، ثم مدينة الميادين.", gazetteer)
    assert dt.date(2017, 8, 1) in dates.values()
    assert len(dates) == 2 and list(dates.values()).count(dt.date(2017, 8, 1)) == 1


def test_a_date_before_the_sequence_dates_every_item(gazetteer):
    dates = _dates("سيطر الجيش أمس على بلدة عقيربات ثم السخنة.", gazetteer)
    assert len(dates) == 2 and set(dates.values()) == {dt.date(2017, 9, 9)}
