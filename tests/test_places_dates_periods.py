"""Place and date classes of the held-out periods corpus (our own sentences, real gazetteer).

Mechanisms: a common-word name of a town is a place as the object of a territorial verb of the
claims lexicon («سيطرت الفصائل على X», «انسحب التنظيم من X») or after «معركة»; a stopword
verbal noun with a possessive pronoun («سيطرتهم») is no unknown place; «في 26 من الشهر نفسه» is a
day of the month named before; a day set off by a comma at the very end of a sentence dates the
whole sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_places import pipeline_claims, surfaces as _surfaces
from geo.dates import find_date_expressions


# --- a common-word town name as the object of a territorial verb -----------------------------------

@pytest.mark.parametrize("text", [
    "وأعلنت أنقرة أن الفصائل المدعومة منها سيطرت على الباب بالكامل.",
    "وقال المرصد إن التنظيم انسحب من الباب فجر اليوم باتجاه الشرق.",
    "وتقدمت القوات الحكومية إلى الباب من جهة الجنوب.",
    "وتستمر معركة الباب منذ أسابيع.",
])
def test_common_word_town_is_the_object_of_a_territorial_verb(text, gazetteer):
    assert "الباب" in _surfaces(text, gazetteer)


@pytest.mark.parametrize("text", [
    "ودخل اللصوص من الباب وسرقوا المحل.",               # «من» after entering: through the door
    "واقتحم المسلحون المنزل ودخلوا من الباب الخلفي.",
    "وانسحب الوفد من الباب الجانبي للقاعة.",            # a relative adjective after it
    "وفتح الحارس الباب ثم أغلقه.",                       # no territorial verb
    "وسيطرت الحكومة على الوضع الأمني في البلاد.",
    "وبدأت معركة الكرامة في الصباح.",                    # an abstract noun after «معركة»
])
def test_common_words_stay_words_without_a_territorial_verb(text, gazetteer):
    assert "الباب" not in _surfaces(text, gazetteer)


def test_generic_city_noun_after_a_control_verb_is_no_place(gazetteer):
    assert _surfaces("وسيطرت القوات على المدينة بعد معارك عنيفة.", gazetteer) == []


# --- a verbal noun with a pronoun suffix ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وانسحب المسلحون إلى مناطق سيطرتهم في ريف الرقة.",
    "وعاد المقاتلون إلى مناطق سيطرتها في ريف الرقة.",
])
def test_possessed_verbal_noun_is_no_unknown_place(text, gazetteer):
    assert _surfaces(text, gazetteer) == ["ريف الرقة"]


# --- «من الشهر نفسه» ----------------------------------------------------------------------------

def _dates(text: str, day: dt.date = dt.date(2017, 5, 10)) -> list[tuple[str, dt.date | None]]:
    return [(e.kind, e.date) for e in find_date_expressions(text, day)]


def test_day_of_the_same_month_after_an_explicit_date():
    text = "بدأ الإنزال في الثاني والعشرين من آذار الماضي، وتلته السيطرة على المطار في السادس والعشرين من الشهر ذاته."
    assert _dates(text)[-1] == ("day_of_it", dt.date(2017, 3, 26))


def test_day_of_the_same_month_after_a_named_month():
    text = "نقلت الطائرات المقاتلين في أواخر مارس، ثم سيطروا على المطار في السادس والعشرين من الشهر نفسه."
    assert _dates(text)[-1] == ("day_of_it", dt.date(2017, 3, 26))


def test_same_month_without_a_month_before_is_no_date():
    assert _dates("سيطرت القوات على المطار في السادس والعشرين من الشهر نفسه.") == []


def test_the_same_minister_is_no_date():
    assert _dates("وقال الوزير نفسه إن الموعد لم يحدد بعد.") == []


# --- a day closing the sentence after a comma ------------------------------------------------------

def test_a_day_closing_the_sentence_after_a_comma_dates_the_sentence(gazetteer):
    text = ("انسحب التنظيم من مدينة مسكنة في ريف حلب الشرقي، آخر معاقله في المحافظة، لتدخلها قوات "
            "الجيش دون مقاومة تذكر، السبت 3 حزيران.")
    claims = pipeline_claims(text, gazetteer, dt.date(2017, 6, 4))
    assert claims and {c.event_date for c in claims} == {dt.date(2017, 6, 3)}


def test_a_date_inside_a_relative_clause_at_the_end_does_not_reach_the_main_clause(gazetteer):
    text = "سيطر الجيش على بلدة عقيربات بعد معارك طويلة ضد التنظيم الذي انتزعها في 5 آب."
    claims = pipeline_claims(text, gazetteer, dt.date(2017, 9, 10))
    assert [c.event_date for c in claims if c.action == "captured"] == [dt.date(2017, 9, 10)]
