"""Review 7, findings 3 and 5: near misses of two rules of the periods round.

3. A common-word town name is the object of a territorial verb only after a one-word verb of the
   claims lexicon (not «تمكن» of «تمكن من السيطرة» or «فرض» of «فرض سيطرته»), with a war subject
   (or none) between verb and preposition, and for a town of the theatre.
5. A day set off by a comma at the end of a sentence dates no clause with its own date, no clause
   before a «، و» clause, and never as a day still to come.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_places import pipeline_claims, surfaces as _surfaces

_DAY = dt.date(2017, 9, 10)


# --- 3. common-word towns after a territorial verb ---------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("تمكن المهاجم من الوصول إلى الباب دون أن يلاحظه أحد.", "الباب"),      # «تمكن» of «تمكن من السيطرة»
    ("وصلت ألسنة اللهب إلى الباب قبل أن يتمكن رجال الإطفاء من إخمادها.", "الباب"),
    ("سيطر اللون الأخضر على التل بعد الأمطار.", "التل"),
    ("فر اللص من الباب قبل وصول الشرطة.", "الباب"),
    ("وصلت الكرة إلى القاسم الذي سددها في المرمى.", "القاسم"),           # a town of Iraq
    ("فرضت السلطات قيودا على الصور المسربة من السجن.", "الصور"),         # «فرض» of «فرض سيطرته»
    ("سيطر الهدوء على الشجرة طوال الليل.", "الشجرة"),
    ("رفع الرجل يده على الباب ثم طرقه.", "الباب"),                         # «رفع» of «رفع العلم»
])
def test_no_war_verb_or_subject_leaves_the_common_word_a_word(text, word, gazetteer):
    assert word not in _surfaces(text, gazetteer)


@pytest.mark.parametrize("text", ["وصل الرجل إلى سول.", "وصل الرجل إلى دارون.", "وصل الرجل إلى العيون."])
def test_a_foreign_city_named_by_a_common_word_is_no_place(text, gazetteer):
    assert _surfaces(text, gazetteer) == []


@pytest.mark.parametrize("text, word", [
    ("سيطرت الفصائل على الباب.", "الباب"),
    ("انسحب التنظيم من الباب.", "الباب"),
    ("انسحب عناصر التنظيم من الباب.", "الباب"),
    ("وصلت قوات النظام إلى التل.", "التل"),
    ("سيطرت على الباب بعد معارك.", "الباب"),                               # no subject between
])
def test_a_war_subject_or_none_keeps_the_town(text, word, gazetteer):
    assert word in _surfaces(text, gazetteer)


# --- 5. a day closing the sentence after a comma -------------------------------------------------

def _dates(text: str, gazetteer, action: str) -> list[dt.date | None]:
    return [c.event_date for c in pipeline_claims(text, gazetteer, _DAY) if c.action == action]


def test_a_clause_with_its_own_date_keeps_it(gazetteer):
    text = "سيطرت قوات النظام على بلدة عقيربات قبل أسبوعين، وزارها وزير الدفاع، السبت 9 أيلول."
    assert _dates(text, gazetteer, "captured") == [dt.date(2017, 8, 27)]


def test_a_day_to_come_dates_no_earlier_clause(gazetteer):
    text = "سيطرت قوات النظام على بلدة عقيربات، وسيعقد مجلس الأمن جلسة طارئة، الأحد 17 أيلول."
    assert _dates(text, gazetteer, "captured") == [_DAY]


def test_a_comma_set_day_dates_only_the_clause_after_the_last_and(gazetteer):
    text = ("قصفت قوات النظام بلدة اللطامنة، وقال المرصد إن الطيران الروسي شن غارات على بلدة كفرزيتا، "
            "الجمعة 8 أيلول.")
    claims = pipeline_claims(text, gazetteer, _DAY)
    dates = {c.action: c.event_date for c in claims}
    assert dates.get("shelled") == _DAY
    assert dates.get("airstrike") == dt.date(2017, 9, 8)


def test_the_last_clause_still_takes_the_comma_set_day(gazetteer):
    text = "قصفت قوات النظام بلدة اللطامنة، وسيطرت على بلدة عقيربات، السبت 9 أيلول."
    assert _dates(text, gazetteer, "captured") == [dt.date(2017, 9, 9)]
