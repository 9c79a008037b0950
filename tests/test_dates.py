"""Event-date resolution (geo.dates): rules with own sentences, plus hypothesis properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geo.dates import find_date_expressions, resolve_event_date, sentence_span

D = dt.date(2018, 3, 14)  # a Wednesday


def resolve(text: str, day: dt.date = D) -> tuple[dt.date | None, str]:
    return resolve_event_date(text, 0, len(text), day)


@pytest.mark.parametrize("text, expected", [
    ("اقتحمت الوحدات البلدة أمس", (D - dt.timedelta(days=1), "day")),
    ("دخلت القوات القرية أمس الأول", (D - dt.timedelta(days=2), "day")),
    ("دخلت القوات القرية أول أمس", (D - dt.timedelta(days=2), "day")),
    ("انسحب المسلحون اليوم من الحي", (D, "day")),
    ("قصفت المدفعية الحي الليلة الماضية", (D - dt.timedelta(days=1), "day")),
    ("سيطر المقاتلون على التلة قبل يومين", (D - dt.timedelta(days=2), "day")),
    ("تقدمت القوات الأسبوع الماضي نحو البلدة", (D - dt.timedelta(days=7), "week")),
    ("تقدمت القوات خلال اليومين الماضيين", (D - dt.timedelta(days=1), "days")),
    ("يحاصر المسلحون المدينة منذ سنوات", (None, "unknown")),
    ("لا تاريخ في هذه الجملة", (None, "unknown")),
])
def test_relative_expressions(text, expected):
    assert resolve(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("سيطرت الفصائل يوم الأحد على القرية", dt.date(2018, 3, 11)),
    ("قصف الطيران مساء الاثنين البلدة", dt.date(2018, 3, 12)),
    ("أعلن الجيش اليوم الأربعاء السيطرة على البلدة", D),
    ("أعلن الجيش أمس الثلاثاء السيطرة على البلدة", dt.date(2018, 3, 13)),
    ("وقع الهجوم الأربعاء الماضي", dt.date(2018, 3, 7)),
    ("وقع الهجوم يوم الأربعاء", D),  # same weekday as the article: that day
])
def test_weekdays(text, expected):
    assert resolve(text) == (expected, "day")


@pytest.mark.parametrize("text, expected", [
    ("دخلت القوات البلدة في 3 شباط/فبراير", (dt.date(2018, 2, 3), "day")),
    ("استعادت القوات المدينة في 9 تشرين الثاني/نوفمبر الماضي", (dt.date(2017, 11, 9), "day")),
    ("عقدت الجولة يومي 6 و7 جانفي", (dt.date(2018, 1, 6), "days")),
    ("عقدت الجولة في الثاني والثالث من آذار", (dt.date(2018, 3, 2), "days")),
    ("ستعقد الجولة في الـ20 و21 من الشهر الجاري", (dt.date(2018, 3, 20), "days")),
    ("نشر البيان ١٢ مارس ٢٠١٨", (dt.date(2018, 3, 12), "day")),
    ("نشر البيان بتاريخ 02/03/2018", (dt.date(2018, 3, 2), "day")),
    ("جرى ذلك في أيلول/سبتمبر", (dt.date(2017, 9, 1), "month")),
    ("جرى ذلك أواخر كانون الثاني", (dt.date(2018, 1, 21), "month")),
    ("جرى ذلك في منتصف شهر فيفري", (dt.date(2018, 2, 11), "month")),
    ("تقدمت القوات هذا الشهر", (dt.date(2018, 3, 1), "month")),
    ("خسر التنظيم مواقعه العام الماضي", (dt.date(2017, 1, 1), "year")),
    ("سيطر التنظيم على المدينة عام 2014", (dt.date(2014, 1, 1), "year")),
])
def test_explicit_and_month_dates(text, expected):
    assert resolve(text) == expected


def test_part_of_month_still_ahead_is_future():
    (expr,) = find_date_expressions("تعقد الجولة أواخر آذار", D)
    assert expr.date == dt.date(2018, 3, 21) and expr.future


def test_future_expressions_are_flagged():
    exprs = find_date_expressions("ستبدأ المحادثات غداً وتستمر حتى الأسبوع المقبل", D)
    assert [e.future for e in exprs] == [True, True]
    assert exprs[0].date == D + dt.timedelta(days=1)


def test_bare_words_that_are_not_dates():
    # «الاثنين» (the two), «أحد» (one of), «اليوم الخامس» (the fifth day) and «آب» (father)
    for text in ("اتفق الاثنين على الخطة", "قال أحد القادة", "لليوم الخامس على التوالي", "قال الأب"):
        assert resolve(text) == (None, "unknown"), text


def test_bare_monday_after_a_definite_subject_is_the_weekday():
    # news-agency style: verb, subject, bare weekday («سيطرت القوات العراقية الاثنين على …»)
    monday = D - dt.timedelta(days=(D.weekday() - 0) % 7)
    for text in ("سيطرت القوات العراقية الاثنين على مدينة كركوك", "قال المرصد السوري الاثنين إن الجيش تقدم",
                 "وأعلنت وزارة الدفاع الروسية الاثنين انتهاء العملية"):
        assert resolve(text) == (monday, "day"), text
    # «the two»: right after a verb, after «بين», after a dual or plural in «ين/ان»
    for text in ("اتفق الاثنين على الخطة", "نشب خلاف بين الاثنين", "قتل المسلحين الاثنين في الاشتباك",
                 "التقى الرئيسان الاثنين"):
        assert resolve(text) == (None, "unknown"), text


def test_year_written_after_the_month_with_of_the_year():
    # «من العام 2016», «من عام 2016», «من العام الماضي» after a day and month or a month
    assert resolve("استعاد الجيش المدينة في الثالث من نيسان من العام 2016") == (dt.date(2016, 4, 3), "day")
    assert resolve("في 3 نيسان من عام 2016 دخلت القوات") == (dt.date(2016, 4, 3), "day")
    assert resolve("سيطر التنظيم عليها في آب من العام الماضي") == (dt.date(D.year - 1, 8, 1), "month")
    assert resolve("في 5 آب من العام الماضي") == (dt.date(D.year - 1, 8, 5), "day")
    # «من هذا العام» names the article's year, as the month alone does
    assert resolve("في 5 شباط من هذا العام")[0] == dt.date(D.year, 2, 5)


def test_nearest_expression_in_the_sentence_governs():
    text = "قصفت الطائرات البلدة أمس. وفي 2 شباط دخلت القوات القرية."
    start = text.index("دخلت")
    assert resolve_event_date(text, start, len(text), D) == (dt.date(2018, 2, 2), "day")
    start = text.index("قصفت")
    assert resolve_event_date(text, start, start + 10, D) == (D - dt.timedelta(days=1), "day")


def test_spans_index_the_original_text():
    text = "أعلنَ الجيشُ، مساءَ أمسِ الخميسِ، السيطرة"
    (expr,) = find_date_expressions(text, D)
    assert text[expr.start:expr.end] == expr.surface
    assert expr.surface.startswith("مساء")


def test_sentence_span():
    text = "جملة أولى. جملة ثانية فيها 3.5 كم؟ ثالثة"
    s, e = sentence_span(text, text.index("ثانية"), text.index("ثانية") + 1)
    assert text[s:e].strip() == "جملة ثانية فيها 3.5 كم"


# ---------------------------------------------------------------- properties
days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
PAST = ["أمس", "أمس الأول", "اليوم", "الليلة الماضية", "الأسبوع الماضي", "قبل يومين", "منذ قليل",
        "قبل 3 أيام", "الشهر الماضي", "العام الماضي", "في 5 أيار الماضي", "في تموز/يوليو",
        "الخميس الماضي", "مساء السبت"]


@settings(max_examples=80, deadline=None)
@given(day=days, phrase=st.sampled_from(PAST))
def test_past_expressions_never_after_article_date(day, phrase):
    value, precision = resolve(f"سيطرت القوات على البلدة {phrase}", day)
    assert value is not None and value <= day
    assert precision in ("day", "days", "week", "month", "year")


@settings(max_examples=80, deadline=None)
@given(day=days, wd=st.integers(0, 6), lead=st.sampled_from(["يوم ", "مساء ", "صباح ", "ليلة "]))
def test_weekday_lands_on_that_weekday_within_a_week(day, wd, lead):
    value, precision = resolve(f"سيطرت القوات {lead}{WEEKDAYS[wd]} على البلدة", day)
    assert precision == "day" and value is not None
    assert value.weekday() == wd
    assert 0 <= (day - value).days < 7


@settings(max_examples=100, deadline=None)
@given(text=st.lists(st.sampled_from(list("امسليوخبرتنشهدطق 0123456789/،.\n")
                                    + ["أمس", " الخميس", " آب", " يوم", "قبل ", "منذ ", " و"]),
                    max_size=40).map("".join), day=days)
def test_no_crash_on_arbitrary_text(text, day):
    for expr in find_date_expressions(text, day):
        assert 0 <= expr.start <= expr.end <= len(text)
    resolve_event_date(text, 0, len(text), day)


# ------------------------------------------------------------------ fast paths equal the plain scans
# The date finder tries its patterns only near anchor words, and the claim extractor answers
# sentence/governing-expression queries from per-article indexes. These properties check that both
# give exactly what the plain full scans give (the reference code below is the plain algorithm).

from geo import dates as _dates  # noqa: E402
from geo.arabic import normalize  # noqa: E402

_DATE_WORDS = ["أمس", "اليوم", "الخميس", "يوم", "الثلاثاء", "الماضي", "المقبل", "في", "من", "شهر",
               "أيلول", "سبتمبر", "آب", "ماي", "تشرين", "الأول", "أكتوبر", "عام", "2017", "سنة", "قبل",
               "منذ", "يومين", "أيام", "الأيام", "الماضية", "الأسبوع", "هذا", "الشهر", "الجاري", "مطلع",
               "أواخر", "الرابع", "والخامس", "حتى", "14", "و15", "الـ14", "05/09/2017", "غداً", "بعد",
               "غد", "قليل", "سنوات", "خلال", "السنوات", "صباح", "مساء", "وأمس", "فيوم", "الليلة",
               "أول", "البارحة", "حاليا", "الآن", "قوات", "البلدة", "سيطرت", "٢٠١٦", "1", "3.5", "اثنين",
               # near misses of the anchors: words that begin with one, glued continuations
               "أبو", "الانسحاب", "بغداد", "غدا", "مايو", "تشرين الثاني", "كانون", "الأحد", "أحد", "إلى",
               "على", "عام2017", "20", "19", "١٢", "০৯", "الساعات", "ساعة", "الـ24", "بعد غد", "ليلة",
               "أمس الأول", "اليوم الثاني", "فجر", "منتصف", "الشهري", "هذه", "السنة"]
_SEPARATORS = [" ", " ", " ", "، ", ". ", "\n", "/", " (", ") ", "-", "؛ ", "؟ ", ""]


def _reference_find(norm: str, ref: dt.date):
    """The plain algorithm: every pattern scanned over the whole text with ``finditer``."""
    import re

    pats = _dates._patterns()
    taken, found = [], []
    for kind in _dates._ORDER:
        for m in pats[kind].finditer(norm):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "relative" and m.group("word") == "اليوم":
                if re.match(r"\s+(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|تالي|نفسه|واحد)",
                            norm[e:e + 12]):
                    continue
            resolved = _dates._resolve(kind, m, ref)
            if resolved is None:
                continue
            if norm[s] in "وفب":
                inner = pats[kind].match(norm, s + 1)
                if inner is not None and inner.end() == e:
                    s += 1
            taken.append((s, e))
            found.append((s, e, kind, *resolved))
    found.sort()
    # the same post-processing as the real scan (the month a day list names, the year of the story
    # told); both have tests of their own: this property is about the gated scan
    found = _dates._in_narrated_year(_dates._of_named_month(found, norm), norm, ref)
    # «يوم الأحد 17 أيلول»: a weekday right before an explicit or numeric date only names it
    return [f for f, nxt in zip(found, found[1:] + [None])
            if not (f[2] == "weekday" and nxt is not None and nxt[2] in ("explicit", "numeric")
                    and 0 <= nxt[0] - f[1] <= 3 and not norm[f[1]:nxt[0]].strip(" ,،"))]


_date_texts = st.lists(st.tuples(st.sampled_from(_DATE_WORDS), st.sampled_from(_SEPARATORS)),
                       min_size=1, max_size=30).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=120, deadline=None)
@given(_date_texts, st.dates(dt.date(2015, 1, 1), dt.date(2019, 12, 31)))
@example("05/09/2017 الرابع تشرين الثاني ", dt.date(2015, 11, 1))  # a yearless date in the story's year
def test_anchored_date_search_equals_the_full_scan(text, day):
    norm = normalize(text)
    assert _dates._find_normalised(norm, day) == _reference_find(norm, day)


def _reference_month_number(surface: str) -> int | None:
    """The plain algorithm: every month name searched in the surface, the leftmost wins."""
    import re

    from geo.lexicon import alternation, load_calendar

    best = None
    for name, number in load_calendar()["months"].items():
        m = re.search(_dates._B + alternation([name]) + _dates._E, surface)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), number)
    return None if best is None else best[1]


@settings(max_examples=150, deadline=None)
@given(_date_texts)
def test_month_lookup_equals_the_search_of_every_name(text):
    norm = normalize(text)
    assert _dates._month_number(norm) == _reference_month_number(norm)


def test_month_lookup_on_month_groups():
    for surface in ("تشرين الاول/اكتوبر", "تشرين اول", "ماي", "مايو", "اب (اغسطس)", "كانون", "في ايار", "x"):
        assert _dates._month_number(surface) == _reference_month_number(surface), surface


def test_anchored_date_search_on_own_sentences():
    day = dt.date(2017, 10, 8)
    for text in ("سيطرت القوات أمس الخميس على البلدة بعد معارك بدأت في الرابع والخامس من تشرين الأول/أكتوبر",
                 "وفي 05/09/2017 وصلت القوات، ثم منذ سنوات، ثم خلال الأيام القليلة الماضية وقبل يومين",
                 "اجتماع الأسبوع المقبل، وأواخر شهر آب 2016، وهذا الشهر، ومطلع أيار، واليوم الأول"):
        norm = normalize(text)
        found = _dates._find_normalised(norm, day)
        assert found == _reference_find(norm, day)
        assert len(found) >= 2


_span_texts = st.lists(st.sampled_from(["أ", "ب", " ", ".", "..", "!", "?", "؟", "؛", ";", "\n", "3", "5",
                                        "3.5", "..."]), max_size=40).map("".join)


@settings(max_examples=120, deadline=None)
@given(_span_texts, st.integers(-2, 45), st.integers(-2, 45))
def test_sentence_index_equals_sentence_span(text, start, end):
    assert _dates._Sentences(text).span(start, end) == sentence_span(text, start, end)


@settings(max_examples=80, deadline=None)
@given(_date_texts, st.integers(0, 200), st.integers(0, 60))
def test_indexed_governing_expression_equals_the_scan(text, start, length):
    from geo.dates import governing_expression

    day = dt.date(2017, 9, 15)
    exprs = find_date_expressions(text, day)
    start = min(start, len(text))
    end = min(len(text), start + length)
    index = _dates._Expressions(exprs, text)
    assert index.governing(start, end) == governing_expression(exprs, text, start, end)
    assert index.governing(start, end, before=end) == governing_expression(
        [e for e in exprs if e.start < end], text, start, end)


@pytest.mark.parametrize("text, expected", [
    ("دخلت القافلة ليل الاثنين - الثلاثاء إلى البلدة", (dt.date(2018, 3, 12), "day")),
    ("قصفت الطائرات القرية ليلة السبت على الأحد", (dt.date(2018, 3, 10), "day")),
    ("شنت الطائرات خلال الساعات الماضية غارات على البلدة", (D, "day")),
    ("قتل 9 عناصر خلال الـ24 ساعة الماضية", (D, "day")),
    ("تحاصر القوات البلدة منذ أشهر", (None, "unknown")),
    ("تخوض القوات معارك منذ أسابيع", (None, "unknown")),
    ("سيطرت القوات على البلدة قبل أشهر", (dt.date(2018, 2, 1), "month")),
    ("هاجم التنظيم المدينة يوم الخميس الفاتح مارس", (dt.date(2018, 3, 1), "day")),
    ("سيطرت القوات على البلدة يوم الأحد، 4 آذار", (dt.date(2018, 3, 4), "day")),
])
def test_night_pairs_recent_hours_durations_and_maghrebi_first(text, expected):
    assert resolve(text) == expected
