"""Event dates in other genres: live blogs (day headings), daily roundups (a dated lead over
subheaded sections), communiqués (a dated line introducing a numbered list), analyses telling
past years («في 3 شباط 2016 … في 15 شباط»), «في 21 منه», «قبل ساعات من + event», «منذ الصباح»,
and a date of the next clause («، ثم سيطرت فجر 22 منه»). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.dates import date_frames, day_headings, find_date_expressions
from geo.lexicon import normalize_with_map
from geo import dates as _dates
from tests.fixtures_claims import table_claims

PLACES = {
    "تل الزعفران": ("p:1", "Tall Zafaran", "village"),
    "كفر عويد": ("p:2", "Kafr Uwayd", "village"),
    "المزيرعة": ("p:3", "Muzayri'a", "village"),
    "الحويز": ("p:4", "Huwayz", "village"),
}


def dates_of(text: str, day: dt.date) -> dict[str, dt.date | None]:
    """Place id -> event date of each claim of ``text`` (article dated ``day``)."""
    return {c.place_id: c.event_date for c in table_claims(text, PLACES, day)}


def expressions(text: str, day: dt.date) -> list[tuple[str, dt.date | None]]:
    return [(e.surface, e.date) for e in find_date_expressions(text, day)]


def article_expressions(text: str, day: dt.date) -> list[tuple[str, dt.date | None]]:
    norm, mapping = normalize_with_map(text)
    return [(e.surface, e.date) for e in _dates._find_article_expressions(text, norm, mapping, day)]


# --------------------------------------------------------------------------- live blogs
LIVE = ("متابعة لحظة بلحظة\n\n"
        "الاثنين 6 آذار/مارس\n\n"
        "08:05 – ناشطون: نزوح عشرات العائلات من الأحياء الشرقية نحو الريف.\n\n"
        "09:40 – الدفاع المدني: نقص حاد في المواد الطبية في المشافي الميدانية.\n\n"
        "10:15 – مراسلنا: سيطرت قوات النظام على تل الزعفران بعد اشتباكات عنيفة.\n\n"
        "18:30 – مصادر: الفصائل استعادت أمس مواقع قرب كفر عويد.\n\n"
        "الثلاثاء 7 آذار/مارس\n\n"
        "07:10 – ناشطون: هدوء حذر يسود المنطقة منذ منتصف الليل.\n\n"
        "07:40 – مصادر طبية: وصول جرحى إلى المشافي الميدانية.\n\n"
        "08:00 – مصادر: سيطرت قوات النظام على المزيرعة.\n")


def test_day_headings_date_the_entries_below_them():
    dates = dates_of(LIVE, dt.date(2017, 3, 7))
    assert dates["p:1"] == dt.date(2017, 3, 6)  # under Monday's heading, not the article date
    assert dates["p:3"] == dt.date(2017, 3, 7)


def test_relative_words_under_a_heading_count_from_its_day():
    found = dict(article_expressions(LIVE, dt.date(2017, 3, 7)))
    assert found["أمس"] == dt.date(2017, 3, 5)  # the day before the heading's Monday


def test_a_single_date_line_is_a_dateline_not_a_heading():
    text = "دمشق\n06 آذار 2017\nسيطرت قوات النظام على تل الزعفران بعد اشتباكات."
    assert day_headings(text, find_date_expressions(text, dt.date(2017, 3, 7))) == []
    assert dates_of(text, dt.date(2017, 3, 7))["p:1"] == dt.date(2017, 3, 7)


# --------------------------------------------------------------------------- roundups
ROUNDUP_LEAD = ("حمص – المراسل\n\n"
                "واصلت وحدات الجيش أمس عملياتها على عدة جبهات في الريف الشمالي والشرقي وفق الحصيلة "
                "الميدانية التي جمعها مراسلونا من المصادر العسكرية.\n\n")
ROUNDUP_BODY = ("وأشار المصدر إلى وصول تعزيزات كبيرة إلى المنطقة. وأضاف أن الطرق باتت آمنة. "
                "وذكر أن الأهالي بدؤوا بالعودة إلى منازلهم.\n\n"
                "وسيطرت وحدات الجيش على تل الزعفران بعد معارك مع المسلحين في محيطها الغربي.\n\n"
                "وفي الجهة الأخرى سيطرت الوحدات على المزيرعة إثر انسحاب المسلحين منها نحو الشمال.\n")


def test_the_dated_lead_of_a_subheaded_roundup_dates_its_sections():
    text = ROUNDUP_LEAD + "الريف الشمالي\n" + ROUNDUP_BODY.replace("\n\nوفي", "\n\nالريف الشرقي\nوفي")
    dates = dates_of(text, dt.date(2017, 5, 10))
    assert dates["p:1"] == dt.date(2017, 5, 9)
    assert dates["p:3"] == dt.date(2017, 5, 9)


def test_without_subheadings_the_lead_does_not_date_later_paragraphs():
    text = ROUNDUP_LEAD + "وفي سياق منفصل، " + ROUNDUP_BODY.replace("\n\nوفي الجهة الأخرى", "\n\n\n\nوفي الجهة الأخرى")
    assert date_frames(text, find_date_expressions(text, dt.date(2017, 5, 10))) == []
    assert dates_of(text, dt.date(2017, 5, 10))["p:3"] == dt.date(2017, 5, 10)


def test_a_day_part_in_a_roundup_is_the_roundup_day():
    text = (ROUNDUP_LEAD + "الريف الشمالي\nوأكد مصدر أن وحدات الهندسة تعمل منذ الصباح على تمشيط المنطقة "
            "بعد أن سيطرت الوحدات على تل الزعفران.\n\nالريف الشرقي\nوقصفت المدفعية مواقع المسلحين في أطراف المنطقة.\n")
    assert dates_of(text, dt.date(2017, 5, 10))["p:1"] == dt.date(2017, 5, 9)


# --------------------------------------------------------------------------- communiqué lists
def test_a_dated_line_introducing_a_list_dates_its_items():
    text = ("بيان صادر عن القيادة\n\nتواصل قواتنا عملياتها، وقد تحقق يوم أمس الأحد ما يلي:\n"
            "1- قطعات الفرقة تحرر تل الزعفران وتتقدم نحو الشمال.\n"
            "2- قطعات اللواء تحرر قرية كفر عويد.\n"
            "3- قطعات الشرطة تحرر قرية المزيرعة بعد معارك.\n"
            "4- قطعات الحشد تحرر قرية الحويز.\n\nالقيادة العامة\n")
    dates = dates_of(text, dt.date(2017, 8, 28))
    assert dates["p:4"] == dt.date(2017, 8, 27)  # the fourth item, beyond the two-sentence carry


def test_an_undated_line_introducing_a_list_frames_nothing():
    text = "صدر البيان الآتي:\n1- قطعات الفرقة تحرر تل الزعفران.\n2- قطعات اللواء تحرر كفر عويد.\n"
    assert date_frames(text, find_date_expressions(text, dt.date(2017, 8, 28))) == []


# --------------------------------------------------------------------------- «في 21 منه»
def test_day_of_the_month_named_before():
    found = expressions("دخلت القوات البلدة في 9 أيار/مايو، ثم أعلنت في 12 منه السيطرة عليها", dt.date(2017, 6, 1))
    assert found[-1] == ("في 12 منه", dt.date(2017, 5, 12))


def test_day_of_it_without_a_month_before_is_not_a_date():
    assert expressions("قتل 20 منه", dt.date(2017, 6, 1)) == []
    assert expressions("أعلن في 9 أيار.\nوفي 12 منه دخلت", dt.date(2017, 6, 1))[1:] == []  # another paragraph


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 12), st.integers(1, 28), st.integers(1, 28))
def test_day_of_it_keeps_month_and_year_of_the_date_before(month, first, second):
    day = dt.date(2017, 12, 31)
    text = f"بدأ الهجوم في {first} {_MONTHS[month]} 2016، ثم سيطرت القوات فجر {second} منه على البلدة"
    found = expressions(text, day)
    assert found[-1][1] == dt.date(2016, month, second)


_MONTHS = {1: "كانون الثاني", 2: "شباط", 3: "آذار", 4: "نيسان", 5: "أيار", 6: "حزيران", 7: "تموز",
           8: "آب", 9: "أيلول", 10: "تشرين الأول", 11: "تشرين الثاني", 12: "كانون الأول"}


def test_a_date_of_the_next_clause_does_not_date_the_claim_before_it():
    text = ("أعلنت القوات في 20 تشرين الأول/أكتوبر السيطرة على تل الزعفران، ثم سيطرت فجر 22 منه "
            "على المزيرعة.")
    dates = dates_of(text, dt.date(2017, 11, 2))
    assert dates["p:1"] == dt.date(2017, 10, 20)
    assert dates["p:3"] == dt.date(2017, 10, 22)


# --------------------------------------------------------------------------- story years
def test_a_yearless_date_is_in_the_year_of_the_story_told():
    text = "في 3 شباط/فبراير 2016، كسرت القوات الحصار. وبعد أيام سيطرت في 15 شباط على البلدة."
    assert expressions(text, dt.date(2017, 12, 29))[-1][1] == dt.date(2016, 2, 15)


def test_same_year_phrase_carries_the_year_across_paragraphs():
    text = "في 3 شباط 2016 كسرت القوات الحصار.\n\nوفي 24 آب من العام نفسه أطلقت عملية جديدة."
    assert expressions(text, dt.date(2017, 12, 29))[-1][1] == dt.date(2016, 8, 24)


def test_story_year_near_misses():
    day = dt.date(2017, 12, 29)
    # another paragraph, no «من العام نفسه»: the article's year
    assert expressions("في 3 شباط 2016 كسرت.\nوفي 15 شباط سيطرت", day)[-1][1] == dt.date(2017, 2, 15)
    # earlier in the year than the date named: not the same story
    assert expressions("في 3 شباط 2016 كسرت، وفي 15 كانون الثاني سيطرت", day)[-1][1] == dt.date(2017, 1, 15)
    # an aside with a year inside a story of the article's year
    text = "وفي 27 آب أعلن الجيش الهدنة لكشف مصير من خطفوا في 2 آب 2014، وفي 28 آب انطلقت الحافلات"
    assert expressions(text, day)[-1][1] == dt.date(2017, 8, 28)


# --------------------------------------------------------------------------- nights and day parts
def test_hours_before_an_event_is_not_hours_ago():
    text = "شنت الطائرات ليل السبت – الأحد، قبل ساعات من سريان الهدنة، غارات على تل الزعفران"
    assert dates_of(text, dt.date(2017, 7, 10))["p:1"] == dt.date(2017, 7, 8)  # the first night's day
    assert [s for s, _ in expressions("قتل قبل ساعات من الآن", dt.date(2017, 7, 10))][0] == "قبل ساعات"


def test_since_the_morning_is_today_unless_it_names_its_day():
    day = dt.date(2017, 11, 16)
    assert expressions("شن الطيران منذ الصباح غارات", day) == [("منذ الصباح", day)]
    assert expressions("لم تهدأ الجبهة منذ فجر الثلاثاء", day) == [("فجر الثلاثاء", dt.date(2017, 11, 14))]


# --------------------------------------------------------------------------- «في اليوم التالي»
def test_the_next_day_counts_from_the_day_named_before_it():
    text = "بدأت العملية في الثالث عشر من نيسان الماضي، وأسفرت في اليوم التالي عن تحرير البلدة"
    assert expressions(text, dt.date(2017, 6, 1))[-1] == ("في اليوم التالي", dt.date(2017, 4, 14))


def test_the_next_day_without_a_day_before_it_is_not_a_date():
    assert expressions("وفي اليوم التالي دخلت القوات البلدة", dt.date(2017, 6, 1)) == []
    text = "بدأت العملية في الثالث عشر من نيسان.\nوفي اليوم التالي دخلت القوات"  # another paragraph
    assert [s for s, _ in expressions(text, dt.date(2017, 6, 1))] == ["في الثالث عشر من نيسان"]


# --------------------------------------------------------------------------- topic shifts
def test_another_side_of_the_front_does_not_take_the_previous_date():
    day = dt.date(2017, 7, 22)
    told = "سيطرت القوات فجر أمس على تل الزعفران بعد معارك عنيفة. "
    shifted = dates_of(told + "ومن الجهة الشمالية للنهر، سيطرت القوات على المزيرعة.", day)
    assert shifted["p:3"] == day
    carried = dates_of(told + "وبعدها سيطرت القوات على المزيرعة.", day)  # near miss: the same story
    assert carried["p:3"] == dt.date(2017, 7, 21)


# --------------------------------------------------------------------------- offsets from a date
def test_after_midnight_of_a_night_is_the_next_day():
    day = dt.date(2017, 10, 13)  # a Friday
    assert expressions("قصفت المدفعية بعد منتصف ليل الخميس مواقع", day)[0][1] == dt.date(2017, 10, 13)
    assert expressions("قصفت المدفعية منتصف ليل الخميس مواقع", day)[0][1] == dt.date(2017, 10, 12)
    assert not find_date_expressions("بعد منتصف ليل الجمعة", day)[0].future  # never past the article


def test_two_days_after_an_event_dates_that_event_two_days_earlier():
    text = "استعاد الجيش أمس الأحد السيطرة على تل الزعفران، بعد يومين من هجوم شنه المسلحون على المزيرعة."
    dates = dates_of(text, dt.date(2017, 10, 23))
    assert dates["p:1"] == dt.date(2017, 10, 22)
    assert dates["p:3"] == dt.date(2017, 10, 20)


def test_a_duration_far_from_the_event_shifts_nothing():
    text = ("استعاد الجيش أمس الأحد السيطرة على تل الزعفران بعد يومين من المعارك العنيفة مع المسلحين "
            "المتحصنين في الأبنية، وهاجم المسلحون المزيرعة.")
    assert dates_of(text, dt.date(2017, 10, 23))["p:3"] == dt.date(2017, 10, 22)


def test_the_next_day_after_a_day_of_the_named_month():
    # «في 21 منه» is dated in the month named before it; «اليوم التالي» counts from that date
    text = "بدأ الهجوم في 14 تشرين الأول، ثم سيطرت القوات في 21 منه على الحي، وفي اليوم التالي على الملعب"
    got = dict(expressions(text, dt.date(2017, 10, 30)))
    assert got["وفي اليوم التالي"] == dt.date(2017, 10, 22)  # (was 2017-01-02: the stand-in date)
