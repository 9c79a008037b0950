"""Two regressions a re-read of the session's change found, each fixed at its mechanism:

- the written-«آب» filter for the bare month («في أب» is a father) dropped every August written
  without madda, also in forms the month words make certain («في شهر اب», «منتصف اب»);
- a second definition of ``_SUBJECT_OPENERS`` (for the clause test of guns and aircraft) replaced the
  first one, so civilians after «بأن», «عندما», «فكان» were no longer seen as the subject of a
  movement verb and their departure became a withdrawal.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_places import pipeline_claims
from geo.dates import find_date_expressions

DAY = dt.date(2017, 9, 10)


@pytest.mark.parametrize("text, expected", [
    ("سيطر الجيش على البلدة في شهر اب الماضي.", dt.date(2017, 8, 1)),
    ("سيطر الجيش على البلدة في منتصف اب.", dt.date(2017, 8, 11)),
    ("سيطر الجيش على البلدة في مطلع اب.", dt.date(2017, 8, 1)),
    ("سيطر الجيش على البلدة في آب.", dt.date(2017, 8, 1)),
])
def test_august_without_madda_is_read_where_the_month_words_make_it_certain(text, expected):
    dates = [e.date for e in find_date_expressions(text, DAY) if e.kind == "month"]
    assert dates == [expected]


@pytest.mark.parametrize("text", [
    "سيطر الجيش على البلدة في اب.",
    "وقال إنه عاش في أب حنون.",
])
def test_bare_ab_after_a_preposition_needs_the_madda(text):
    assert [e for e in find_date_expressions(text, DAY) if e.kind == "month"] == []


@pytest.mark.parametrize("opener", ["بأن", "أن", "عندما", "بعدما"])
def test_civilians_after_a_subject_opener_do_not_withdraw(gazetteer, opener):
    text = f"وذكر المصدر {opener} عشرات العائلات النازحة غادرت بلدة مورك."
    claims = pipeline_claims(text, gazetteer, DAY)
    assert [c.action for c in claims] == []


def test_civilians_after_a_pluperfect_auxiliary_do_not_withdraw(gazetteer):
    text = "وكانت البلدة هادئة فكان عدد من النازحين قد غادر بلدة مورك."
    assert pipeline_claims(text, gazetteer, DAY) == []


def test_fighters_after_a_subject_opener_still_withdraw(gazetteer):
    text = "وذكر المصدر بأن مسلحي التنظيم انسحبوا من بلدة مورك أمس."
    claims = pipeline_claims(text, gazetteer, DAY)
    assert [(c.action, c.event_date) for c in claims] == [("withdrew", DAY - dt.timedelta(days=1))]
