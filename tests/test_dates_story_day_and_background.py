"""Event dates carried between the sentences of one story, and day expressions that name a day
through another one:

* a day-less «منذ ساعات الصباح» continues the past day the previous sentence named (a toll of
  yesterday's strikes, then how they went «since the early morning»), not today;
* an ongoing event (a present-tense trigger, a fight after «استمرار») told after a sentence that
  recalls an episode weeks back is dated by the article, not by that episode;
* «يومي الاثنين والثلاثاء» is a pair of weekdays, dated from its first day;
* «في السابع عشر من الشهر ذاته» finds its month in an earlier paragraph;
* a sentence opened by «وفي المقابل» (the other side at the same time) keeps the story's day.

Near misses: a story of today, a date inside a relative clause, a month-precise background, a
past-tense narrative after a background date, «الاثنين» meaning «the two», a bare «منه» across
paragraphs, another topic shift («وفي سياق آخر»). Review 15: a present «منذ الصباح» (today), a story
day more than a day back or told as background («يذكر أن», «كان … قد»); a past homograph of a
continuation word or a fight tied to then («بعد ساعات», «آنذاك»); «وفي المقابل» told as earlier («في وقت
سابق»); «المقبلين»/«الماضيين» after a pair of weekdays; «الشهر ذاته من العام التالي»."""
from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from gazetteer.store import load_gazetteer
from geo.dates import find_date_expressions
from geo.model import Article

DAY = dt.date(2017, 9, 10)  # a Sunday
YESTERDAY = DAY - dt.timedelta(days=1)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _dates(text: str, gazetteer, action: str) -> set[dt.date | None]:
    analysis = analyse_article(Article(id="t", date=DAY, text=text), gazetteer)
    return {c.event_date for c in analysis.claims if c.action == action}


def _expressions(text: str) -> list[tuple[str, dt.date | None]]:
    return [(e.surface, e.date) for e in find_date_expressions(text, DAY)]


# «منذ ساعات الصباح» after a sentence naming a past day

def test_morning_strikes_continue_yesterdays_story(gazetteer) -> None:
    text = ("ارتفع عدد ضحايا القصف الذي تعرضت له المنطقة، أمس السبت، إلى ثلاثين قتيلا. "
            "وقال ناشطون إن الطائرات نفذت منذ ساعات الصباح الأولى عشر غارات على مدينة حرستا.")
    assert _dates(text, gazetteer, "airstrike") == {YESTERDAY}


def test_following_strikes_inherit_the_morning_day(gazetteer) -> None:
    text = ("ارتفع عدد ضحايا القصف الذي تعرضت له المنطقة، أمس السبت، إلى ثلاثين قتيلا. "
            "وقال ناشطون إن الطائرات نفذت منذ ساعات الصباح الأولى عشر غارات على مدينة حرستا. "
            "وأضافوا أن الغارات طالت أيضا مدينة دوما.")
    assert _dates(text, gazetteer, "airstrike") == {YESTERDAY}


def test_morning_strikes_after_a_story_of_today_stay_today(gazetteer) -> None:
    text = ("قال الدفاع المدني اليوم الأحد إن عشرة مدنيين قتلوا في المنطقة. "
            "وأضاف أن الطائرات نفذت منذ الصباح عشر غارات على مدينة حرستا.")
    assert _dates(text, gazetteer, "airstrike") == {DAY}


def test_morning_strikes_after_an_undated_sentence_stay_today(gazetteer) -> None:
    text = ("وصلت قافلة مساعدات إنسانية إلى المنطقة بعد أشهر من الانتظار. "
            "وقال ناشطون إن الطائرات نفذت منذ الصباح عشر غارات على مدينة حرستا.")
    assert _dates(text, gazetteer, "airstrike") == {DAY}


def test_morning_strikes_after_a_month_named_before_stay_today(gazetteer) -> None:
    text = ("وكانت الأمم المتحدة قد حذرت في تموز الماضي من تدهور الوضع الإنساني. "
            "وقال ناشطون إن الطائرات نفذت منذ الصباح عشر غارات على مدينة حرستا.")
    assert _dates(text, gazetteer, "airstrike") == {DAY}


def test_morning_strikes_after_a_topic_shift_stay_today(gazetteer) -> None:
    text = ("ارتفع عدد ضحايا القصف الذي تعرضت له المنطقة، أمس السبت، إلى ثلاثين قتيلا. "
            "ومن جهة أخرى، نفذت الطائرات منذ الصباح عشر غارات على مدينة إدلب.")
    assert _dates(text, gazetteer, "airstrike") == {DAY}


# an ongoing event after a recalled episode

def test_fighting_going_on_after_a_recalled_bombing_is_dated_today(gazetteer) -> None:
    text = ("وتتعرض العاصمة لتفجيرات متكررة كان أبرزها في 15 آذار حين هاجم انتحاريون حي المزة. "
            "ويتزامن ذلك مع استمرار المعارك بين قوات النظام والفصائل في حي جوبر.")
    assert _dates(text, gazetteer, "attacked") >= {DAY}
    assert dt.date(2017, 3, 15) in _dates(text, gazetteer, "attacked")


def test_clashes_that_go_on_after_a_recalled_capture_are_dated_today(gazetteer) -> None:
    text = ("وكانت الفصائل قد سيطرت على بلدة صوران في 21 آذار الماضي. "
            "وتستمر الاشتباكات في محيط بلدة صوران.")
    assert _dates(text, gazetteer, "attacked") == {DAY}


def test_present_advance_after_a_recalled_capture_is_dated_today(gazetteer) -> None:
    text = ("وكان الجيش قد سيطر على مدينة السخنة في 13 آب. "
            "ويتقدم الجيش نحو مدينة الميادين من جهة الغرب.")
    assert _dates(text, gazetteer, "advanced") == {DAY}


def test_past_narrative_after_a_background_date_keeps_that_date(gazetteer) -> None:
    text = ("وكان الجيش قد سيطر على مدينة السخنة في 13 آب. "
            "ثم سيطر الجيش على قرية كباجب بعد معارك عنيفة.")
    assert dt.date(2017, 8, 13) in _dates(text, gazetteer, "captured")
    assert DAY not in _dates(text, gazetteer, "captured")


def test_present_advance_after_yesterdays_capture_keeps_the_story_day(gazetteer) -> None:
    text = ("سيطر الجيش أمس السبت على مدينة السخنة. "
            "ويتقدم الجيش نحو مدينة الميادين من جهة الغرب.")
    assert _dates(text, gazetteer, "advanced") == {YESTERDAY}


# «يومي الاثنين والثلاثاء»

def test_pair_of_weekdays_is_dated_from_the_first() -> None:
    assert _expressions("عقدت المعارضة اجتماعات يومي الاثنين والثلاثاء في العاصمة") == \
        [("يومي الاثنين والثلاثاء", dt.date(2017, 9, 4))]


def test_pair_of_weekdays_ending_the_week() -> None:
    assert _expressions("قتل عشرون مدنيا يومي الجمعة والسبت في المنطقة") == \
        [("يومي الجمعة والسبت", dt.date(2017, 9, 8))]


def test_the_two_is_still_no_weekday() -> None:
    assert _expressions("اتفق الاثنين على تبادل الأسرى") == []


def test_one_day_then_another_stay_two_days() -> None:
    found = _expressions("زار الوفد المدينة يوم الاثنين ثم عاد إليها الثلاثاء")
    assert ("يوم الاثنين", dt.date(2017, 9, 4)) in found


# «من الشهر ذاته» across a paragraph

def test_same_month_found_in_an_earlier_paragraph() -> None:
    text = ("انطلقت العملية في الثالث من آب الماضي.\n"
            "وجاء الإعلان بعد تحرير البلدة في السابع عشر من الشهر ذاته، وقبلها القرية في العاشر منه.")
    found = dict(_expressions(text))
    assert found["في السابع عشر من الشهر ذاته"] == dt.date(2017, 8, 17)
    assert found["في العاشر منه"] == dt.date(2017, 8, 10)


def test_bare_of_it_does_not_cross_a_paragraph() -> None:
    text = "انطلقت العملية في الثالث من آب الماضي.\nوقال المسؤول إن الاجتماع عقد في العاشر منه."
    assert "في العاشر منه" not in dict(_expressions(text))


def test_same_month_too_far_back_is_dropped() -> None:
    filler = "وقال المسؤول إن الوضع الإنساني صعب للغاية في المنطقة. " * 20
    text = f"انطلقت العملية في الثالث من آب الماضي.\n{filler}\nوعقد الاجتماع في السابع عشر من الشهر ذاته."
    assert "في السابع عشر من الشهر ذاته" not in dict(_expressions(text))


# «وفي المقابل»

def test_other_side_in_return_keeps_the_story_day(gazetteer) -> None:
    text = ("شنت الفصائل أمس السبت هجوما على مواقع قوات النظام في مدينة حرستا. "
            "وفي المقابل، ردت قوات النظام بغارات جوية على مدينة دوما.")
    assert _dates(text, gazetteer, "airstrike") == {YESTERDAY}


def test_another_topic_does_not_keep_the_story_day(gazetteer) -> None:
    text = ("شنت الفصائل أمس السبت هجوما على مواقع قوات النظام في مدينة حرستا. "
            "وفي سياق آخر، شنت الطائرات غارات جوية على مدينة إدلب.")
    assert _dates(text, gazetteer, "airstrike") == {DAY}


def test_other_side_going_on_in_return_is_the_reports(gazetteer) -> None:
    text = ("شنت الفصائل أمس السبت هجوما على مواقع قوات النظام في مدينة حرستا. "
            "وفي المقابل، قال مصدر عسكري إن قوات النظام تتقدم نحو مدينة دوما.")
    assert _dates(text, gazetteer, "advanced") == {DAY}


def test_in_return_after_a_recalled_episode_is_dated_today(gazetteer) -> None:
    text = ("وكان الجيش قد سيطر على مدينة السخنة في 13 آب. "
            "وفي المقابل، قصفت الفصائل مدينة حرستا.")
    assert _dates(text, gazetteer, "shelled") == {DAY}


# Review 15 near misses

def test_present_morning_strikes_after_a_background_sentence_stay_today(gazetteer) -> None:
    text = ("يذكر أن الجيش سيطر على مدينة تدمر في الثاني من آذار الماضي. "
            "وتشن الطائرات منذ الصباح غارات على مدينة الميادين.")
    assert _dates(text, gazetteer, "airstrike") == {DAY}


def test_morning_strikes_after_a_pluperfect_episode_stay_today(gazetteer) -> None:
    text = ("كان الجيش قد سيطر على مدينة تدمر في 2 آذار الماضي. "
            "وشن الطيران منذ الصباح غارات على مدينة السخنة.")
    assert _dates(text, gazetteer, "airstrike") == {DAY}


def test_morning_strikes_after_a_day_a_week_back_stay_today(gazetteer) -> None:
    text = ("قصفت الطائرات في 3 أيلول الجاري مدينة دوما. "
            "وقال المرصد إن الطيران شن منذ ساعات الصباح غارات على مدينة حرستا.")
    assert _dates(text, gazetteer, "airstrike") == {dt.date(2017, 9, 3), DAY}


def test_present_morning_strikes_after_yesterdays_story_stay_today(gazetteer) -> None:
    text = ("قتل عشرة مدنيين أمس السبت بغارات على مدينة دوما. "
            "وتشن الطائرات منذ الصباح غارات على مدينة حرستا.")
    analysis = analyse_article(Article(id="t", date=DAY, text=text), gazetteer)
    assert {c.event_date for c in analysis.claims if "حرستا" in c.place_name or "arast" in c.place_name} == {DAY}


def test_renewed_shelling_hours_after_a_recalled_capture_keeps_that_date(gazetteer) -> None:
    text = ("في 5 آب الماضي سيطر الجيش على مدينة السخنة. "
            "وتجدد القصف على بلدة الطيبة بعد ساعات.")
    assert _dates(text, gazetteer, "shelled") == {dt.date(2017, 8, 5)}


def test_fighting_going_on_back_then_keeps_the_recalled_date(gazetteer) -> None:
    text = ("سيطر الجيش على مدينة السخنة في 12 آب الماضي. "
            "واستمرار المعارك في محيط بلدة الطيبة دفع السكان للنزوح آنذاك.")
    assert _dates(text, gazetteer, "attacked") == {dt.date(2017, 8, 12)}


def test_pair_of_next_weekdays_is_ahead() -> None:
    assert _expressions("ستعقد جولة جديدة من المحادثات يومي الاثنين والثلاثاء المقبلين في أستانا") == \
        [("يومي الاثنين والثلاثاء المقبلين", dt.date(2017, 9, 11))]


def test_pair_of_past_weekdays_is_behind() -> None:
    assert _expressions("تواصل القصف على المدينة يومي الاثنين والثلاثاء الماضيين") == \
        [("يومي الاثنين والثلاثاء الماضيين", dt.date(2017, 9, 4))]


def test_same_month_of_the_following_year() -> None:
    text = "سيطر التنظيم على مدينة تدمر في أيار 2015.\nوفي السابع عشر من الشهر ذاته من العام التالي قصفت الطائرات المدينة."
    assert dict(_expressions(text))["وفي السابع عشر من الشهر ذاته"] == dt.date(2016, 5, 17)


def test_same_month_of_another_year_is_dropped() -> None:
    text = "وقعت روسيا وتركيا اتفاقا في 4 أيار الماضي.\nوفي العاشر من الشهر ذاته من العام الماضي قصفت الطائرات المدينة."
    assert dict(_expressions(text)).get("وفي العاشر من الشهر ذاته") is None


def test_same_month_of_the_same_year_keeps_it() -> None:
    text = "سيطر التنظيم على مدينة تدمر في أيار 2015.\nوفي السابع عشر من الشهر ذاته من العام نفسه قصفت الطائرات المدينة."
    assert dict(_expressions(text))["وفي السابع عشر من الشهر ذاته"] == dt.date(2015, 5, 17)


def test_in_return_told_as_earlier_does_not_keep_the_story_day(gazetteer) -> None:
    text = ("سيطر الجيش أمس السبت على بلدة الطيبة. "
            "وفي المقابل، كان التنظيم قد سيطر على مدينة السخنة في وقت سابق.")
    assert YESTERDAY not in {c.event_date for c in analyse_article(Article(id="t", date=DAY, text=text), gazetteer).claims
                             if c.action == "captured" and "Sukhnah" in c.place_name}


def test_in_return_in_earlier_battles_does_not_keep_the_story_day(gazetteer) -> None:
    text = ("سيطر الجيش أمس السبت على بلدة الطيبة. "
            "وفي المقابل، خسر الجيش مدينة السخنة في معارك سابقة مع التنظيم.")
    assert _dates(text, gazetteer, "withdrew") != {YESTERDAY}
