"""The cheaper date scans equal the plain ones they replace.

* ``geo.dates._candidates`` (anchor hits filtered before the glued-prefix test, explicit dates
  tried only where a day stands right before the month): every match of every date pattern
  starts at one of its candidates, so the gated scan yields what ``finditer`` yields;
* the date-frame helpers (``_heading_filler`` read word by word, ``_more_words_than``, the list
  and roundup frames) equal their plain definitions.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geo import dates as _dates
from geo.lexicon import load_calendar, matches_at, normalize

_WORDS = ["في", "وفي", "يوم", "يومي", "منذ", "حتى", "من", "شهر", "الشهر", "الجاري", "الماضي", "المقبل",
          "5", "05", "الـ14", "14", "2017", "عام", "سنة", "الرابع", "والخامس", "الحادي والثلاثين",
          "والعشرين", "الأول", "الفاتح", "آب", "باب", "وآب", "آبار", "أيار", "مايو", "ماي", "تشرين الأول",
          "أكتوبر", "جويلية", "كانون", "أغسطس", "و", "-", "الى", "/", "(", ")", "أمس", "اليوم", "قبل",
          "أيام", "يومين", "الخميس", "مساء", "منه", "التالي", "الساعات", "الماضية", "مطلع", "أواخر",
          "منتصف", "سنوات", "x", "12a"]
_SEPARATORS = [" ", " ", " ", "", "\n", "، ", ". ", ": ", "/", "-", "  "]

_texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=30).map(
    lambda parts: "".join(word + sep for word, sep in parts))


@settings(max_examples=500, deadline=None)
@given(_texts)
def test_gated_date_scans_equal_finditer(text: str) -> None:
    norm = normalize(text)
    candidates = _dates._candidates(norm)
    for kind, pattern in _dates._patterns().items():
        assert [m.span() for m in matches_at(pattern, norm, candidates.get(kind, []))] == \
            [m.span() for m in pattern.finditer(norm)], kind


_HEADING_SEPARATORS = re.compile(r"[\s\-–—/|,،:()]+")


def _plain_heading_filler(words: str) -> bool:
    weekdays = load_calendar()["weekdays"]
    rest = [w for w in _HEADING_SEPARATORS.split(words) if w]
    return all(normalize(w) in weekdays or normalize(w) == "يوم" for w in rest)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["الثلاثاء", "يوم", "السبت", "أمس", "x", " ", "-", "–", "/", "|", ",", "،",
                                 ":", "(", ")", "\n", "  ", "ـ", "الاحد"]), max_size=12).map("".join))
def test_heading_filler_equals_the_split(words: str) -> None:
    assert _dates._heading_filler(words) == _plain_heading_filler(words)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("ab \t\n\u00a0\u2003"), max_size=30), st.integers(0, 14))
def test_more_words_than_equals_the_count(text: str, count: int) -> None:
    assert _dates._more_words_than(text, count) == (len(text.split()) > count)


def _plain_roundup_frame(text, lines, expressions):
    lead = next((k for k, (b, e) in enumerate(lines) if len(text[b:e].split()) >= _dates._LEAD_WORDS), None)
    if lead is None:
        return []
    day = _dates._first_day_date(expressions, *lines[lead])
    if day is None:
        return []
    subheadings = sum(1 for k in range(lead + 1, len(lines)) if _dates._is_subheading(text, lines, k))
    return [(lines[lead][1], len(text), day)] if subheadings >= 2 else []


def _plain_list_frames(text, lines, expressions):
    out = []
    for k, (begin, stop) in enumerate(lines):
        if not text[begin:stop].rstrip().endswith(":"):
            continue
        day = _dates._first_day_date(expressions, begin, stop)
        if day is None:
            continue
        last = k
        for j in range(k + 1, len(lines)):
            line = text[lines[j][0]:lines[j][1]]
            if _dates._LIST_ITEM.match(line):
                last = j
            elif line.strip():
                break
        if last > k:
            out.append((stop, lines[last][1], day))
    return out


_LEAD = "أنجزت الوحدات أمس عمليات واسعة في عدة مناطق وفق الحصاد الميداني للقوات المسلحة"
_LINES = [_LEAD, "دير الزور", "ريف دمشق", "حماة وإدلب:", "1- سيطرت القوات على البلدة", "- قصف مدفعي",
          "تقدمت القوات في محيط البلدة وسيطرت على التلال", "", "3 قرى", "وقد تحقق يوم أمس السبت ما يأتي:"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=10).map("\n".join))
def test_date_frames_equal_the_plain_scans(text: str) -> None:
    day = dt.date(2017, 9, 10)
    expressions = _dates.find_date_expressions(text, day)
    lines = _dates._lines(text)
    assert _dates._roundup_frame(text, lines, expressions) == _plain_roundup_frame(text, lines, expressions)
    assert _dates._list_frames(text, lines, expressions) == _plain_list_frames(text, lines, expressions)
