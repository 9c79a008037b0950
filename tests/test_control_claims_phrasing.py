"""Control claims (captured, withdrew, besieged) in phrasings the held-out corpora showed missing:

- a pluperfect frame with a generic armed subject («بعد أن كان المسلحون قد سيطروا عليها»): a
  capture by the other side, not by the main clause's subject;
- the head of a dated relative clause opened by a capture verb with a preposition's pronoun
  («X التي سيطر عليها الجيش أمس»; also after a comma);
- a withdrawal whose subject is a fighters' noun before a side's name («انسحاب مسلحي تنظيم "داعش"
  الإرهابي منه»);
- a withdrawal or siege of the parts of a town given by a pronoun («من أحيائها الشرقية»,
  «من جرودها»): the town;
- evacuation phrases with convoys or a deal inside («خروج آخر قوافل المقاتلين من X», «خرج بموجبه
  نحو 275 من عناصر داعش من X»), and the side of unnamed evacuees after a capture;
- the places a highlight marker names after a capture with no named object («حررت قواتنا مساحة
  …، أبرزها قرية X وموقع Y»).

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims is exercised. Each class has positive cases and near misses.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_summary

DAY = dt.date(2017, 9, 13)  # Wednesday

PLACES = {
    "كفرنبودة": ("t-kafr", "Kafr Nabuda", "town"),
    "اللطامنة": ("t-lat", "Al-Lataminah", "town"),
    "مورك": ("t-mor", "Morek", "town"),
    "الميادين": ("t-may", "Al-Mayadin", "city"),
    "حلب": ("t-alep", "Aleppo", "city"),
    "عرسال": ("t-ars", "Arsal", "town"),
    "تل الصوان": ("t-sawan", "Tal al-Sawan", "hill"),
    "حقل الورد": ("t-ward", "Al-Ward oil field", "oil field"),
    "مطار التيفور": ("t-t4", "T4 airbase", "airbase"),
    "أم حوش": ("t-umm", "Umm Hosh", "village"),
    "تل مالد": ("t-mal", "Tal Malid", "village"),
}

claims_of = partial(table_claims, places=PLACES, day=DAY, lat=34.5, lon=38.3)
summary = partial(table_summary, places=PLACES, day=DAY, lat=34.5, lon=38.3)


# --------------------------------------------------------------------------- pluperfect frame
def test_pluperfect_generic_subject_is_the_other_side() -> None:
    text = ("قال مصدر عسكري إن هيئة تحرير الشام هاجمت المنطقة فجر أمس. واستعاد الجيش السوري اليوم قرى "
            "كفرنبودة واللطامنة ومورك، بعد أن كان المسلحون قد سيطروا عليها في الساعات الأولى للهجوم.")
    claims = [(c.action, c.place_id, c.actor) for c in claims_of(text)]
    for place in ("t-kafr", "t-lat", "t-mor"):
        assert ("captured", place, "Syrian Army") in claims
        assert ("captured", place, "HTS") in claims  # the militants took them first


@pytest.mark.parametrize("text", [
    # a named subject before «قد»: no generic noun; the subject is found as usual
    "استعاد الجيش السوري اليوم بلدة كفرنبودة، بعد أن كان الجيش قد انسحب منها الأسبوع الماضي.",
    # a generic noun that is no subject of the frame («كان … قد» around another noun)
    "استعاد الجيش السوري اليوم بلدة كفرنبودة، بعد أن كانت قواته قد انسحبت منها أمام المسلحين.",
])
def test_pluperfect_without_generic_subject_gives_no_rebel_capture(text: str) -> None:
    assert all(c.actor != "Opposition factions" for c in claims_of(text))


# --------------------------------------------------------------------------- dated relative head
@pytest.mark.parametrize("text, place", [
    ("تصدت وحدات الجيش لهجوم على مواقعها في تل الصوان، التي سيطر عليها الجيش أمس.", "t-sawan"),
    ("تتقدم القوات من محيط مطار التيفور الذي سيطرت عليه يوم الأحد الماضي باتجاه الشرق.", "t-t4"),
])
def test_dated_relative_clause_with_preposition_pronoun_is_a_capture(text: str, place: str) -> None:
    assert ("captured", place) in summary(text)


@pytest.mark.parametrize("text, place", [
    # undated: background
    ("تصدت وحدات الجيش لهجوم على مواقعها في تل الصوان، التي سيطر عليها الجيش منذ سنوات.", "t-sawan"),
    # dated by a year only: background too
    ("تتقدم القوات من محيط مطار التيفور الذي سيطرت عليه عام 2016 باتجاه الشرق.", "t-t4"),
])
def test_background_relative_clause_gives_no_capture(text: str, place: str) -> None:
    assert ("captured", place) not in summary(text)


# --------------------------------------------------------------------------- withdrawal subjects
@pytest.mark.parametrize("text", [
    "سيطرت قسد اليوم على حقل الورد بعد انسحاب مسلحي تنظيم داعش الإرهابي منه.",
    'سيطرت قسد اليوم على حقل الورد بعد انسحاب مسلحي تنظيم "داعش" الإرهابي منه.',
])
def test_withdrawal_of_named_fighters_with_adjective(text: str) -> None:
    claims = [(c.action, c.place_id, c.actor) for c in claims_of(text)]
    assert ("captured", "t-ward", "SDF") in claims
    assert ("withdrew", "t-ward", "ISIS") in claims


def test_supply_noun_before_pronoun_is_no_withdrawal() -> None:
    # no armed subject before the pronoun: a blockade of supplies, not a withdrawal
    text = "سيطرت قسد اليوم على حقل الورد بعد منع دخول المواد الغذائية إليه."
    assert [a for a, _ in summary(text)] == ["captured"]


@pytest.mark.parametrize("subject, withdrawal", [
    ("المسلحين", True),
    # near miss: the same frame with supplies leaving the field
    ("المواد الغذائية", False),
])
def test_armed_subject_before_pronoun_is_a_withdrawal(subject: str, withdrawal: bool) -> None:
    text = f"سيطرت قسد اليوم على حقل الورد بعد خروج {subject} منه."
    assert (("withdrew", "t-ward") in summary(text)) is withdrawal
    assert ("captured", "t-ward") in summary(text)


# --------------------------------------------------------------------------- parts of a town
@pytest.mark.parametrize("text, expected", [
    ("وسيطر الجيش على مدينة الميادين بعد انسحاب عناصر التنظيم من أحيائها الشرقية.",
     ("withdrew", "t-may")),
    ("انتشر الجيش في محيط بلدة عرسال إثر خروج مسلحي النصرة من جرودها مطلع الشهر.",
     ("withdrew", "t-ars")),
])
def test_leaving_the_parts_of_a_town_is_leaving_it(text: str, expected: tuple[str, str]) -> None:
    assert expected in summary(text)


@pytest.mark.parametrize("text, forbidden", [
    # the parts of a base named before: no town has them
    ("وصل الجيش إلى مطار التيفور وانسحب عناصر التنظيم من أحيائها الغربية.", ("withdrew", "t-t4")),
    # a capture of the parts of a town is not a capture of the town
    ("انتشر الجيش في مدينة الميادين وسيطرت قواته على أحيائها الشرقية.", ("captured", "t-may")),
])
def test_parts_pronoun_near_misses(text: str, forbidden: tuple[str, str]) -> None:
    assert forbidden not in summary(text)


# --------------------------------------------------------------------------- evacuations
def test_convoys_inside_an_evacuation_and_unnamed_evacuees() -> None:
    text = ("قال المرصد إن فصائل المعارضة خسرت مواقع في ريف حمص. وأعلن الجيش السوري سيطرته الكاملة على "
            "مدينة حلب بعد خروج آخر قوافل المقاتلين من أحيائها الشرقية.")
    claims = [(c.action, c.place_id, c.actor) for c in claims_of(text)]
    assert ("captured", "t-alep", "Syrian Army") in claims
    assert ("withdrew", "t-alep", "Opposition factions") in claims  # not the captor


def test_deal_word_and_count_inside_an_evacuation() -> None:
    text = ("سيطرت قسد على مدينة الميادين بعد اتفاق مع الوجهاء، خرج بموجبه نحو 300 من عناصر داعش "
            "من المدينة يوم الأحد.")
    claims = [(c.action, c.place_id, c.actor) for c in claims_of(text)]
    assert ("captured", "t-may", "SDF") in claims
    assert ("withdrew", "t-may", "ISIS") in claims  # the fighters' side, not the captor


def test_evacuees_named_by_their_own_side_are_not_guessed() -> None:
    # no capture before the evacuation: the fighters are not assigned to an enemy of the speaker
    text = "أعلنت فصائل المعارضة خروج آخر قوافل المقاتلين من مدينة حلب."
    assert all(c.actor != "Syrian Army" for c in claims_of(text) if c.action == "withdrew")
    assert [(c.action, c.place_id, c.actor) for c in claims_of(text)] == [
        ("withdrew", "t-alep", "Opposition factions")]


# --------------------------------------------------------------------------- highlighted places
@pytest.mark.parametrize("text", [
    ("وخلال الأيام الأربعة الماضية حررت قواتنا مساحة تقدر بنحو 400 كيلومتر مربع، تضم أكثر من عشرين "
     "قرية ومزرعة، أبرزها قرية أم حوش وتل مالد."),
    # the area is located in an unnamed place: the highlighted villages are still captured
    ("أحكمت القوات السيطرة على كامل التلال والمعابر التي كان يتحصن فيها مسلحو التنظيم في الجرود "
     "الشمالية، ومن أبرزها قرية أم حوش وتل مالد."),
])
def test_highlighted_places_of_an_unnamed_capture(text: str) -> None:
    assert summary(text) == [("captured", "t-umm"), ("captured", "t-mal")]


@pytest.mark.parametrize("text, forbidden", [
    # the highlight belongs to another statement (a trigger stands between)
    ("حررت قواتنا مساحة واسعة، فيما قصفت الطائرات عدة قرى أبرزها قرية أم حوش.", [("captured", "t-umm")]),
    # a named object: the highlight marker adds nothing («أبرزها» of something else)
    ("حررت قواتنا بلدة كفرنبودة، وهي من أبرز البلدات، وأهم معالمها تل مالد.", [("captured", "t-mal")]),
    # no capture at all: a list of notable villages
    ("تضم المنطقة عشرين قرية، أبرزها قرية أم حوش وتل مالد.", [("captured", "t-umm"), ("captured", "t-mal")]),
])
def test_highlight_near_misses(text: str, forbidden: list[tuple[str, str]]) -> None:
    got = summary(text)
    for claim in forbidden:
        assert claim not in got


def test_pluperfect_capture_takes_the_story_date_not_the_main_clause_date() -> None:
    text = ("هاجمت هيئة تحرير الشام فجر أمس مواقع الجيش في ريف حماة. واستعاد الجيش السوري صباح اليوم "
            "بلدة كفرنبودة، بعد أن كان المسلحون قد سيطروا عليها في الساعات الأولى للهجوم.")
    dates = {(c.actor, c.place_id): c.event_date for c in claims_of(text)}
    assert dates[("Syrian Army", "t-kafr")] == DAY
    assert dates[("HTS", "t-kafr")] == DAY - dt.timedelta(days=1)


def test_pluperfect_with_its_own_date_keeps_it() -> None:
    text = ("واستعاد الجيش السوري صباح اليوم بلدة كفرنبودة، بعد أن كان المسلحون قد سيطروا عليها "
            "في 3 أيلول الجاري.")
    dates = {(c.actor, c.place_id): c.event_date for c in claims_of(text)}
    assert dates[("Opposition factions", "t-kafr")] == dt.date(2017, 9, 3)


# --------------------------------------------------------------------------- the last pockets
@pytest.mark.parametrize("text, expected", [
    ("أعلن الجيش السوري أمس استعادة الأمن في المنطقة بعد القضاء على آخر تجمعات إرهابيي داعش في "
     "بلدتي كفرنبودة واللطامنة.", [("captured", "t-kafr"), ("captured", "t-lat")]),
    # the verb with its subject inside; a town stays a capture, not an advance into an unnamed part
    ("وقضت وحدات الجيش السوري على آخر جيوب المسلحين في بلدة مورك.", [("captured", "t-mor")]),
])
def test_wiping_out_the_last_pockets_is_a_capture(text: str, expected: list[tuple[str, str]]) -> None:
    got = summary(text)
    for claim in expected:
        assert claim in got


@pytest.mark.parametrize("text", [
    # not the last of them: killing fighters or striking their gatherings is no capture
    "ودمرت وحدات الجيش السوري تجمعات للمسلحين في بلدة مورك بعد القضاء على عدد منهم.",
    "وتمكن الجيش السوري من القضاء على تجمعات للإرهابيين في بلدة مورك.",
    # eliminating the last of a group with no place is nothing to map
    "أكد الوزير أن الهدف هو القضاء على آخر فلول الإرهاب.",
    # the same aim with a place: an intent, not the capture «وقضت وحدات الجيش … على آخر فلول …»
    "أكد الوزير أن الهدف هو القضاء على آخر فلول الإرهاب في بلدة مورك.",
])
def test_eliminating_fighters_is_no_capture(text: str) -> None:
    assert ("captured", "t-mor") not in summary(text)


# --------------------------------------------------------------------------- «سيطرة X عليها»
@pytest.mark.parametrize("text, expected", [
    ("هاجم التنظيم بلدة مورك قبل سيطرة الجيش السوري عليها أمس.", ("captured", "t-mor", "Syrian Army")),
    ("تنتشر قوات أمريكية في مطار التيفور منذ سيطرة «قسد» عليه في آذار الماضي.",
     ("captured", "t-t4", "SDF")),
])
def test_split_control_noun_with_the_pronoun_on_its_preposition(text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in [(c.action, c.place_id, c.actor) for c in claims_of(text)]


@pytest.mark.parametrize("text", [
    # a state, not an event: «الخاضعة لسيطرة» has no preposition to carry the pronoun
    "قصف الطيران بلدة مورك الخاضعة لسيطرة المسلحين.",
    # an intent with the pronoun object
    "هاجم التنظيم بلدة مورك في محاولة لاستعادة سيطرته عليها.",
    # the pronoun of a feminine noun that is no place («سيطرة الجيش على المنطقة»: no place named)
    "أكد المصدر أن سيطرة الجيش عليها باتت مسألة وقت.",
    # the same with a place before the pronoun: an expected capture, not the event «قبل سيطرة الجيش عليها»
    "هاجم التنظيم بلدة مورك. وأكد المصدر أن سيطرة الجيش عليها باتت مسألة وقت.",
])
def test_split_control_noun_near_misses(text: str) -> None:
    assert not [c for c in claims_of(text) if c.action == "captured"]


# --------------------------------------------------------------------------- a site located by direction
@pytest.mark.parametrize("text", [
    "وسيطر الجيش السوري على تلة استراتيجية جنوب مورك.",
    "وسيطر الجيش السوري على نقاط شمالي مدينة مورك.",
    "وسيطر الجيش السوري على مواقع جنوب غرب مورك.",
])
def test_capturing_an_unnamed_site_by_a_town_is_an_advance(text: str) -> None:
    assert summary(text) == [("advanced", "t-mor")]


@pytest.mark.parametrize("text", [
    # the town itself is the object; the direction only locates it
    "وسيطر الجيش السوري على بلدة مورك جنوب إدلب.",
    # a direction word inside the town's own phrase after it
    "وسيطر الجيش السوري على بلدة مورك وأطرافها الجنوبية.",
])
def test_a_named_town_with_a_direction_stays_captured(text: str) -> None:
    assert ("captured", "t-mor") in summary(text)
