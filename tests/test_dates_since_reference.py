"""«منذ …» after a «first time» or superlative phrase is a point of comparison, not the event date.

«أسقطت مقاتلة للمرة الأولى منذ عام 1982» happened yesterday, not in 1982; «الأعنف منذ آب» is
today's shelling compared with August. A plain «منذ عام 2012» (held since) still names its year.
"""
import datetime as dt

from geo.dates import find_date_expressions, resolve_event_date

DAY = dt.date(2018, 2, 11)


def _dates(text: str) -> list[dt.date | None]:
    return [e.date for e in find_date_expressions(text, DAY)]


def test_first_time_since_a_year_is_no_date():
    assert _dates("أسقطت الدفاعات مقاتلة للمرة الأولى منذ عام 1982.") == []


def test_first_time_since_keeps_the_real_date_of_the_sentence():
    text = "أسقطت الدفاعات أمس مقاتلة لأول مرة منذ عام 1982."
    assert resolve_event_date(text, 0, len(text), DAY) == (dt.date(2018, 2, 10), "day")


def test_superlative_since_a_month_is_no_date():
    assert _dates("وكان القصف الأعنف منذ آب الماضي.") == []


def test_plain_since_a_year_still_names_that_year():
    assert _dates("تسيطر عليها الفصائل منذ عام 2012.") == [dt.date(2012, 1, 1)]


def test_since_a_year_in_a_death_toll_still_names_the_year():
    assert _dates("قتل أكثر من ألف مدني منذ عام 2015.") == [dt.date(2015, 1, 1)]


def test_first_without_since_keeps_the_date():
    assert _dates("وصلت القافلة الأولى في 3 آذار 2018.") == [dt.date(2018, 3, 3)]


def test_since_a_weekday_after_an_ordinary_word_is_kept():
    assert _dates("تواصل القصف منذ يوم الثلاثاء.") != []
