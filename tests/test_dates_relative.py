"""Relative dates with «الفائت» and approximate spans («منذ أكثر من عامين»): sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.dates import resolve_event_date

D = dt.date(2018, 3, 14)  # a Wednesday


def resolve(text: str) -> tuple[dt.date | None, str]:
    return resolve_event_date(text, 0, len(text), D)


@pytest.mark.parametrize("text, expected", [
    # «الفائت» is written with a hamza on the yaa; the normalised text has a plain yaa
    ("تقدمت القوات نحو البلدة الأسبوع الفائت", (D - dt.timedelta(days=7), "week")),
    ("سيطر المقاتلون على التلة الشهر الفائت", (dt.date(2018, 2, 1), "month")),
    ("دخلت القوات القرية يوم الأربعاء الفائت", (D - dt.timedelta(days=7), "day")),
    ("انسحب المسلحون من الحي الخميس الفائت", (dt.date(2018, 3, 8), "day")),
])
def test_faait_is_past_like_maadi(text, expected):
    assert resolve(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("سيطر التنظيم على المدينة منذ أكثر من عامين", (dt.date(2016, 3, 14), "year")),
    ("خسر المسلحون البلدة قبل أكثر من شهر", (dt.date(2018, 2, 1), "month")),
    ("سيطر التنظيم على الحقل منذ ما يزيد عن ثلاث سنوات", (dt.date(2015, 3, 14), "year")),
    ("حوصرت البلدة منذ ما يقارب عامين", (dt.date(2016, 3, 14), "year")),
])
def test_an_approximate_span_ago_is_dated_with_its_unit(text, expected):
    assert resolve(text) == expected


@pytest.mark.parametrize("text", [
    "يحاصر المسلحون المدينة منذ أكثر من سنوات",  # no count: still vague
    "سيطر التنظيم على المدينة منذ سنوات",
])
def test_vague_spans_stay_unknown(text):
    assert resolve(text) == (None, "unknown")
