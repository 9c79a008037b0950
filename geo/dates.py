"""Event dates from Arabic news text, relative to the article's publication date.

:func:`find_date_expressions` finds every date expression of a text and resolves it against the
article date; :func:`resolve_event_date` picks the expression that governs one clause.

Resolution rules (all documented in ``docs/CLAIMS.md``):

* «اليوم» / «الآن» / «منذ قليل» / «قبل ساعات» → the article date (``day``); «أمس» / «الليلة
  الماضية» → d-1; «أمس الأول» / «أول أمس» / «قبل يومين» → d-2 (``day``).
* A weekday («يوم الخميس», «مساء السبت», «الثلاثاء الماضي») → the most recent such day on or
  before d (strictly before with «الماضي»); «اليوم الخميس» → d; «أمس الخميس» → d-1.
* «الأسبوع الماضي» → d-7 (``week``); «خلال اليومين الماضيين», «قبل أيام» → ``days``.
* Explicit dates «21 تشرين الأول/أكتوبر», «٠٨ سبتمبر ٢٠١٧», «4 و5 جويلية» (``days`` for a range),
  «الـ14 و15 من الشهر الجاري», ordinal days «في الرابع والخامس من تموز», numeric ``05/09/2017``.
  Levantine, Egyptian/Gulf and Maghrebi month names. A month without a year is the most recent
  such month on or before the article month (unless «المقبل»).
* Month only («في أيار/مايو», «أواخر آب», «هذا الشهر») → ``month``; the date is the first day of
  the period (early → 1st, mid → 11th, late → 21st).
* «العام الماضي», «عام 2016», «قبل عام» → ``year``. Vague spans («منذ سنوات») resolve to
  ``None``.
* «في 21 منه» → that day of the month named before in the paragraph; «في اليوم التالي» → the day
  after the last day date of the paragraph; a yearless day and month after a date of another year
  in the same paragraph → that year (:func:`_in_narrated_year`).
* Live blogs: expressions under a day heading are resolved against the heading's day
  (:func:`_find_article_expressions`); :func:`date_frames` gives the stretches of text whose undated
  events take a heading's, a list's or a roundup lead's day.
* Future expressions («غداً», «الأسبوع المقبل», dates after the article date) are flagged
  ``future=True``; claim extraction does not date past events with them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from geo.arabic import original_span
from geo.lexicon import (alternation, glued_prefix, is_word_char, load_calendar, matches_at, normalize,
                         normalize_with_map)

__all__ = ["DateExpression", "find_date_expressions", "resolve_event_date", "governing_expression",
           "sentence_span", "date_frames", "day_headings", "day_sections"]


@dataclass(frozen=True, slots=True)
class DateExpression:
    """One date expression found in a text.

    ``start``/``end`` index the original text; ``date`` is ``None`` for vague expressions
    («منذ سنوات»); ``precision`` is a key of :data:`geo.model.DATE_PRECISIONS`; ``kind`` is one of
    ``relative``, ``weekday``, ``explicit``, ``month``, ``year``, ``vague``.
    """

    start: int
    end: int
    surface: str
    date: dt.date | None
    precision: str
    kind: str
    future: bool = False


# --------------------------------------------------------------------------- patterns
_NUM_WORDS = {
    "واحد": 1, "يوم": 1, "يومين": 2, "اثنين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
    "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10, "بضع": 3, "بضعه": 3, "عده": 3,
}
_WORD_RE = re.compile(r"\w+")
_B = r"(?<![\w])"  # word start
_E = r"(?![\w])"  # word end
_W = r"[وفب]?"  # clitic conjunction / preposition
#: Qualifiers that anchor a month to the article's date («الماضي», «الجاري» …); with «المقبل» and
#: «القادم» they are the ``qual`` of the explicit and month patterns.
_ANCHOR_QUALS = ("الماضي", "الماضيه", "الفايت", "المنصرم", "الجاري", "الحالي")


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    cal = load_calendar()
    past = "|".join(_PAST_WORDS)
    pair_which = "|".join(_PAIR_WHICH)  # «يومي الاثنين والثلاثاء المقبلين»
    months = alternation(cal["months"])
    weekdays = alternation(cal["weekdays"])
    ordinals = alternation(cal["ordinals"])
    parts = alternation(cal["period_parts"])
    dayparts = alternation(cal["day_parts"])
    num = r"(?:ال)?\d{1,2}"
    day = rf"(?:{num}|{ordinals})"
    month_group = rf"(?:{months})(?:\s*[/(]\s*(?:{months})\s*\)?)?"
    year = (r"(?:\s*,?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s*)?(?P<year>(?:19|20)\d\d)"  # «من العام 2016»
            r"|\s+من\s+(?:العام|السنه)\s+(?P<lastyear>الماضي|الماضيه|المنصرم|المنصرمه|الفايت|الفايته))?")
    qual = rf"(?:\s+(?P<qual>{'|'.join(_ANCHOR_QUALS + ('المقبل', 'القادم'))}))?"
    p: dict[str, str] = {
        "numeric": rf"{_B}(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>(?:19|20)\d\d){_E}"
                   rf"|{_B}(?P<y2>(?:19|20)\d\d)-(?P<m2>\d{{1,2}})-(?P<d2>\d{{1,2}}){_E}",
        "explicit": rf"{_B}{_W}(?:في\s+|يوم\s+|يومي\s+|منذ\s+|حتى\s+)?(?P<d1>{day})"
                    rf"(?:\s*(?:و|-|الى|حتى)\s*(?P<d2>{day}))?\s+(?:من\s+)?(?:شهر\s+)?"
                    rf"(?:(?P<cur>الشهر\s+(?:الجاري|الحالي))|(?P<prev>الشهر\s+(?:{past}))"
                    rf"|(?P<month>{month_group}))"
                    rf"{year}{qual}{_E}",
        "month": rf"{_B}{_W}(?:(?P<pre>في|خلال|منذ|حتى|مطلع|ل)\s+)?(?:(?P<part>{parts})\s+)?"
                 rf"(?P<shahr>شهر\s+)?(?P<month>{month_group}){year}{qual}{_E}",
        "this_period": rf"{_B}{_W}(?:(?P<part>{parts})\s+)?(?:(?:هذا|خلال)\s+)?(?:ال)?(?P<unit>شهر|اسبوع|عام|سنه)"
                       rf"\s*(?P<which>الماضي|الماضيه|الفايت|الفايته|المنصرم|الجاري|الحالي|المقبل|القادم|المقبله|القادمه)?{_E}"
                       rf"|{_B}{_W}هذا\s+(?P<unit2>الشهر|الاسبوع|العام)|{_B}{_W}هذه\s+(?P<unit3>السنه)",
        "year": rf"{_B}{_W}(?:في\s+|خلال\s+|منذ\s+)?(?:عام|سنه)\s+(?P<year>(?:19|20)\d\d){_E}",
        "ago": rf"{_B}{_W}(?P<rel>قبل|منذ)\s+(?:نحو\s+|حوالي\s+|قرابه\s+|زهاء\s+|اكثر\s+من\s+|ما\s+يزيد\s+(?:عن|علي)\s+|ما\s+يقارب\s+)?(?P<n>\d+|{'|'.join(_NUM_WORDS)})?"
               rf"\s*(?P<unit>يومين|ايام|يوم|اسبوعين|اسابيع|اسبوع|شهرين|اشهر|شهور|شهر|عامين|سنتين|اعوام|سنوات|عام|سنه|ساعات|ساعه|قليل)"
               # «منذ عام 2012» names a year (pattern "year"), not «a year ago»
               rf"(?!\s+(?:19|20)\d\d(?!\d))"
               rf"(?:\s+(?P<approx>تقريبا))?{_E}",
        "vague": rf"{_B}{_W}(?:منذ\s+(?:سنوات|اعوام|فتره|زمن|مده|عقود|سنين)|خلال\s+السنوات\s+(?:الماضيه|الاخيره)"
                 rf"|في\s+السنوات\s+(?:الماضيه|الاخيره)|منذ\s+بدايه\s+الحرب|منذ\s+اندلاع){_E}",
        "recent_days": rf"{_B}{_W}(?:خلال\s+|في\s+)?(?:ال)?(?:يومين|ايام)\s+(?:ال)?(?:ماضيين|ماضيه|اخيرين|اخيره|الماضيين|الاخيرين)"
                       rf"|{_B}{_W}(?:خلال\s+|في\s+)?(?:الايام|اليومين)\s+(?:الماضيه|الاخيره|الماضيين|الاخيرين|القليله\s+الماضيه){_E}",
        "relative": rf"{_B}{_W}(?:(?P<dp>{dayparts})\s+(?:من\s+)?)?"
                    rf"(?P<word>(?:امس|البارحه)\s+الاول|اول\s+امس|اول\s+من\s+امس|قبل\s+امس|امس|البارحه|اليوم|الان|الليله\s+الماضيه"
                    rf"|ليله\s+امس|غدا|بعد\s+غد|يوم\s+غد|(?:منذ|قبل)\s+قليل|حاليا\s+الان)"
                    rf"(?:\s+(?P<wd>{weekdays}))?{_E}",
        "weekday": rf"{_B}{_W}(?:(?P<dp>{dayparts})\s+(?:من\s+)?)?(?:(?P<pair>يومي)\s+|يوم\s+)?(?P<wd>{weekdays})"
                   rf"(?:\s*(?:-|–|/|علي|الي)\s*(?P<wd2>{weekdays})"  # «ليل الاثنين - الثلاثاء»
                   rf"|(?(pair)\s+و(?P<wd3>{weekdays})|(?!)))?"  # «يومي الاثنين والثلاثاء»: from the first day
                   rf"(?:\s+(?P<which>(?(pair)(?:{pair_which})|(?!))|{past}|المقبل|القادم))?{_E}",
        # «في 21 منه», «في السادس والعشرين من الشهر ذاته»: a day of the month named before
        "day_of_it": rf"{_B}{_W}(?:(?:في|يوم|حتى)\s+)?(?:(?:{dayparts})\s+)?(?P<d1>{day})"
                     rf"\s+(?:منه|من\s+(?:ال)?شهر\s+(?:نفسه|ذاته|عينه)){_E}",
        "next_day": rf"{_B}{_W}(?:(?:في|حتى)\s+)?(?:(?:{dayparts})\s+)?اليوم\s+(?:التالي|الذي\s+تلاه|الذي\s+يليه){_E}",
        "day_part": rf"{_B}{_W}منذ\s+(?:ساعات\s+)?(?:ال)?(?P<part>صباح|فجر)(?:\s+(?:الباكر|الاولي))?{_E}"
                    # not «منذ فجر الثلاثاء», «منذ صباح أمس», «منذ فجر 5 أيلول»: those name their day
                    rf"(?!\s+(?:{weekdays}|اليوم|امس|البارحه|يوم|\d|{ordinals}))",
        "recent_hours": rf"{_B}{_W}(?:(?:خلال|في|منذ)\s+)?(?:ال\s*24\s+)?(?:ال)?(?:ساعات|ساعه)\s+"
                        rf"(?:ال\s*24\s+|الاربع\s+والعشرين\s+)?(?:الماضيه|الاخيره|المنصرمه|الفايته){_E}",
    }
    return {k: re.compile(v) for k, v in p.items()}


@functools.lru_cache(maxsize=1)
def _month_regexes() -> dict[str, tuple[tuple[re.Pattern[str], int], ...]]:
    """Per first word of a month name, the (regex, number) of the names beginning with it, in
    calendar order (compiled once per process)."""
    by_first: dict[str, list[tuple[re.Pattern[str], int]]] = {}
    for name, number in load_calendar()["months"].items():
        by_first.setdefault(name.split()[0], []).append((re.compile(_B + alternation([name]) + _E), number))
    return {first: tuple(regexes) for first, regexes in by_first.items()}


def _month_number(surface: str) -> int | None:
    """The month of the leftmost month name of ``surface`` (the first in calendar order when
    several names start there)."""
    regexes = _month_regexes()
    for word in _WORD_RE.finditer(surface):
        for regex, number in regexes.get(word.group(), ()):
            if regex.match(surface, word.start()):
                return number
    return None


def _day_number(token: str) -> int | None:
    token = token.strip()
    digits = token.removeprefix("ال")
    if digits.isdigit():
        value = int(digits)
        return value if 1 <= value <= 31 else None
    return load_calendar()["ordinals"].get(" ".join(token.split()))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


#: «last» (normalised): «الماضي», «الفائت», «المنصرم». The patterns run on normalised text, where
#: «الفائت» is written «الفايت».
_PAST_WORDS = ("الماضي", "الفايت", "المنصرم")
#: The dual forms after a pair of weekdays («يومي الاثنين والثلاثاء المقبلين»), as the singular.
_PAIR_WHICH = {"الماضيين": "الماضي", "المقبلين": "المقبل", "القادمين": "القادم"}


def _past_year_for(month: int, day_of_month: int, ref: dt.date, qual: str | None) -> int:
    """Year of a day/month without a year: the most recent one (or the next, with «المقبل»)."""
    if qual in ("المقبل", "القادم"):
        return ref.year if (month, day_of_month) > (ref.month, ref.day) else ref.year + 1
    if qual in ("الجاري", "الحالي"):
        return ref.year
    if qual is not None:  # «الماضي», «الفائت»: strictly before the article date
        return ref.year if (month, day_of_month) <= (ref.month, ref.day) else ref.year - 1
    return ref.year if month <= ref.month else ref.year - 1


_PART_DAY = {"early": 1, "mid": 11, "late": 21}
#: «بعد» right before a date expression («بعد منتصف ليل الخميس»).
_AFTER_WORD = re.compile(r"(?<![\w])بعد\s+$")
#: After «قبل + duration»: «من» + an event («قبل ساعات من سريان الاتفاق»), not «من الآن».
_RELATIVE_TO_EVENT = re.compile(r"\s+من\s+(?!الان(?![\w]))")


def _stated_year(g: dict[str, str | None], ref_year: int) -> int | None:
    """The year written after a day and month or a month: digits («نيسان 2016», «من العام 2016») or
    the year before the article's («في آب من العام الماضي»); None when none is written."""
    if g.get("year"):
        return int(g["year"] or 0)
    return ref_year - 1 if g.get("lastyear") else None


def _resolve(kind: str, m: re.Match[str], ref: dt.date) -> tuple[dt.date | None, str, bool] | None:
    """(date, precision, future) for one match, or None when the match is not a date."""
    g = m.groupdict()
    cal = load_calendar()
    if kind == "numeric":
        d, mo, y = (g["d"], g["m"], g["y"]) if g.get("d") else (g["d2"], g["m2"], g["y2"])
        value = _safe_date(int(y), int(mo), int(d))
        return None if value is None else (value, "day", value > ref)
    if kind == "explicit":
        d1 = _day_number(g["d1"])
        d2 = _day_number(g["d2"]) if g.get("d2") else None
        if d1 is None:
            return None
        qual = g.get("qual")
        if g.get("cur"):
            year, month = ref.year, ref.month
        elif g.get("prev"):
            prev = _shift_month(ref, -1)
            year, month = prev.year, prev.month
        else:
            named = _month_number(g["month"])
            if named is None:
                return None
            month = named
            year = _stated_year(g, ref.year) or _past_year_for(month, d1, ref, qual)
        value = _safe_date(year, month, d1)
        if value is None:
            return None
        precision = "days" if d2 is not None and d2 != d1 else "day"
        return value, precision, value > ref
    if kind == "month":
        named = _month_number(g["month"])
        if named is None:
            return None
        month = named
        name = " ".join(g["month"].split())
        # «آب» after a preposition is August («انضم إليه في آب»); «أب» (a father) rarely follows one
        short = name in ("ماي", "مارس") or len(name) <= 3 and not (name == "اب" and g.get("pre") in _AUGUST_PREPOSITIONS)
        strong = bool(g.get("shahr") or g.get("part") or g.get("year") or g.get("lastyear") or g.get("qual")
                      or "/" in g["month"] or "(" in g["month"] or g.get("pre") == "مطلع")
        if not strong and (short or not g.get("pre")):
            return None
        qual = g.get("qual")
        year = _stated_year(g, ref.year) or _past_year_for(month, 1, ref, qual)
        part = cal["period_parts"].get(g["part"]) if g.get("part") else None
        value = dt.date(year, month, _PART_DAY.get(part or "early", 1))
        return value, "month", value > ref
    if kind == "this_period":
        unit = g.get("unit") or (g.get("unit2") or g.get("unit3") or "").removeprefix("ال")
        which = g.get("which") or ("الجاري" if (g.get("unit2") or g.get("unit3")
                                                 or m.group(0).lstrip("وفب").startswith("هذا")) else None)
        if which is None:
            return None
        past = which.startswith(_PAST_WORDS)
        future = which.startswith(("المقبل", "القادم"))
        step = -1 if past else (1 if future else 0)
        if unit == "شهر":
            value = _shift_month(ref, step)
            part = cal["period_parts"].get(g["part"]) if g.get("part") else None
            value = value.replace(day=_PART_DAY.get(part or "early", 1))
            return value, "month", future
        if unit == "اسبوع":
            return ref + dt.timedelta(days=7 * step), "week", future
        if unit in ("عام", "سنه"):
            return dt.date(ref.year + step, 1, 1), "year", future
        return None
    if kind == "year":
        year = int(g["year"])
        return dt.date(year, 1, 1), "year", year > ref.year
    if kind == "vague":
        return None, "unknown", False
    if kind == "recent_days":
        return ref - dt.timedelta(days=1), "days", False
    if kind == "day_of_it":  # «في 21 منه»: the month is the one named before (see _of_named_month)
        d1 = _day_number(g["d1"])  # (1..31: kept as the day of a stand-in January date)
        return None if d1 is None else (dt.date(ref.year, 1, d1), "day", False)
    if kind == "next_day":  # «وأسفرت في اليوم التالي عن …»: the day after a date named before
        return dt.date(ref.year, 1, 1), "day", False  # (dated by _of_named_month)
    if kind == "day_part":  # «منذ الصباح»: the day of the story (today unless a frame says otherwise)
        return ref, "day", False
    if kind == "recent_hours":  # «خلال الساعات الماضية»: today
        return ref, "day", False
    if kind == "ago":
        if g["rel"] == "قبل" and _RELATIVE_TO_EVENT.match(m.string, m.end()):
            return None  # «قبل ساعات من سريان الهدنة»: before another event, not before now
        unit, n_text = g["unit"], g.get("n")
        n = 1
        if n_text:
            n = int(n_text) if n_text.isdigit() else _NUM_WORDS.get(n_text, 1)
        if unit in ("يومين", "شهرين", "عامين", "سنتين", "اسبوعين"):
            n = 2
        if g["rel"] == "منذ" and unit in ("اشهر", "شهور", "اسابيع") and not n_text:
            return None, "unknown", False  # «منذ أشهر», «منذ أسابيع»: a duration, not a date
        if unit in ("قليل", "ساعات", "ساعه"):
            return ref, "day", False
        if unit in ("ايام",) and not n_text:
            return ref - dt.timedelta(days=3), "days", False
        if unit in ("يوم", "يومين", "ايام"):
            return ref - dt.timedelta(days=n), "day" if n <= 2 else "days", False
        if unit.startswith("اسبوع") or unit == "اسابيع":
            return ref - dt.timedelta(days=7 * n), "week", False
        if unit in ("شهر", "شهرين", "اشهر", "شهور"):
            return _shift_month(ref, -n), "month", False
        if unit in ("اعوام", "سنوات") and not n_text:
            return None, "unknown", False
        return dt.date(ref.year - n, ref.month, min(ref.day, 28)), "year", False
    if kind == "relative":
        word = " ".join(g["word"].split())
        offsets = {"امس": -1, "البارحه": -1, "الليله الماضيه": -1, "ليله امس": -1, "اليوم": 0,
                   "الان": 0, "حاليا الان": 0, "منذ قليل": 0, "قبل قليل": 0, "غدا": 1, "بعد غد": 2,
                   "يوم غد": 1}
        offset = offsets.get(word, -2)
        value = ref + dt.timedelta(days=offset)
        return value, "day", offset > 0
    if kind == "weekday":
        wd = cal["weekdays"].get(" ".join(g["wd"].split()))
        if wd is None:
            return None
        if g["wd"] in ("اثنين", "احد", "سبت", "جمعه", "خميس", "ثلاثاء", "اربعاء") and not g.get("dp"):
            return None  # bare «أحد»/«اثنين» are numbers or words, not days
        if g["wd"] == "الاثنين" and not (g.get("dp") or g.get("which") or g.get("pair")):
            before = m.string[max(0, m.start() - 3):m.start()]
            after = m.string[m.end():m.end() + 2]
            if not (("," in before or "," in after) or before.endswith("\n")
                    or _after_definite_subject(m.string, m.start())
                    or _after_counted_noun(m.string, m.start())):
                return None  # «الاثنين» also means «the two»
        which = g.get("which")
        if which in _PAIR_WHICH:  # «يومي الاثنين والثلاثاء المقبلين», «… الماضيين»
            which = _PAIR_WHICH[which]
        wd2 = cal["weekdays"].get(" ".join((g.get("wd2") or "").split()))
        if g.get("dp") == "منتصف ليل" and wd2 is not None and wd2 == (wd + 1) % 7 and not which:
            wd = wd2  # «منذ منتصف ليل الأربعاء - الخميس»: midnight opens the second day
        back = (ref.weekday() - wd) % 7
        if which in _PAST_WORDS and back == 0:
            back = 7
        if which in ("المقبل", "القادم"):
            ahead = (wd - ref.weekday()) % 7 or 7
            return ref + dt.timedelta(days=ahead), "day", True
        value = ref - dt.timedelta(days=back)
        if value < ref and g.get("dp") == "منتصف ليل" \
                and _AFTER_WORD.search(m.string, max(0, m.start() - 6), m.start()):
            value += dt.timedelta(days=1)  # «بعد منتصف ليل الخميس»: the small hours of Friday
        return value, "day", False
    return None  # pragma: no cover


_ORDER = ("numeric", "explicit", "day_of_it", "next_day", "relative", "recent_days", "recent_hours", "day_part", "ago", "vague", "month",
          "this_period", "year", "weekday")

#: Every match of a date pattern contains one of its *anchor* words, at most ``reach`` characters
#: after the start of the match (whitespace runs are one character in normalised text; the reach
#: adds slack). The patterns are therefore only tried at word starts shortly before an anchor,
#: which gives exactly the matches of a full ``finditer`` scan at a fraction of the cost.
_ANCHOR_SLACK = 10
_WORD_START = re.compile(r"(?<![\w])\w")
_TODAY_TAIL = re.compile(r"\s+(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|تالي|نفسه|واحد)")

#: What may stand between the start of a word and an anchor that begins a date expression: a
#: clitic («وأمس»), and for the units of «الشهر الماضي», «الأيام الماضية» the article too.
_CLITIC = frozenset({"", "و", "ف", "ب"})
_CLITIC_ARTICLE = _CLITIC | {"ال", "وال", "فال", "بال"}
_NOTHING = frozenset({""})


@dataclass(frozen=True, slots=True)
class _AnchorRule:
    """When an anchor word found in the text can belong to a match of the pattern ``kind``.

    ``glued``: what may stand between the start of its word and the anchor; ``followers``:
    ``None`` when anything may follow the anchor, else the anchor ends its word or goes on with
    one of these strings (a year glued to a month, «علي» glued to a weekday...).
    """

    kind: str
    glued: frozenset[str]
    followers: tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class _AnchorWord:
    """What the automaton of :class:`_Anchors` gives for one anchor word: its length, its rules,
    and the union of what may follow it (``open``: some rule lets anything follow; ``followers``:
    every string some rule allows) - one test that rejects most hits at the start of longer words
    («الان» of «الانتخابات», «اب» of «ابو») before any rule is looked at."""

    length: int
    rules: tuple[_AnchorRule, ...]
    open: bool
    followers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Anchors:
    """The anchor words of all date patterns: an Aho-Corasick automaton (word -> :class:`_AnchorWord`),
    per pattern how far before an anchor a match can start, and the test that a month anchor has
    the day of an explicit date right before it."""

    automaton: Any
    reach: dict[str, int]
    day_before: re.Pattern[str]
    day_before_reach: int


@functools.lru_cache(maxsize=1)
def _anchors() -> _Anchors:
    """The anchors of every pattern of :func:`_patterns`, with their reach and rules."""
    import ahocorasick

    cal = load_calendar()

    def firsts(words) -> set[str]:
        return {w.split()[0] for w in words if w.split()}

    day = max(4, max((len(w) for w in cal["ordinals"]), default=0))
    part = max((len(w) for w in cal["period_parts"]), default=0)
    daypart = max((len(w) for w in cal["day_parts"]), default=0)
    months = firsts(cal["months"])
    weekdays = firsts(cal["weekdays"])
    # after the first word of a month name: its second word, «/» or «(», a year (maybe glued:
    # «عام2017», «2017»), a qualifier, or the end of the expression
    after_month = ("عام", "سنه", "19", "20")
    # (pattern, anchors, glued, followers, reach: the longest text before the anchor in a match)
    spec: list[tuple[str, set[str], frozenset[str], tuple[str, ...] | None, int]] = [
        # «05/09/2017», «2017-09-05»: the century of the year
        ("numeric", {"19", "20"}, _NOTHING, None, 2 + 1 + 2 + 1),
        # [وفب] «يومي » day « الى » day « » «من » «شهر » → month / «الشهر»
        ("explicit", months | {"الشهر"}, _NOTHING, after_month, 1 + 5 + day + 5 + day + 1 + 3 + 4),
        ("month", months, _CLITIC, after_month, 1 + 5 + part + 1 + 4),
        ("this_period", {"شهر", "اسبوع", "عام", "سنه"}, _CLITIC_ARTICLE, None, 1 + part + 1 + 5 + 2),
        ("year", {"عام", "سنه"}, _CLITIC, (), 1 + 5),
        ("ago", {"قبل", "منذ"}, _CLITIC, (), 1),
        # [وفب] «في » daypart « » day « » → «منه», or day « من ال» «شهر » → «نفسه»/«ذاته»/«عينه»
        ("day_of_it", {"منه", "نفسه", "ذاته", "عينه"}, _NOTHING, (), 1 + 4 + daypart + 1 + day + 1 + 5 + 4),
        # [وفب] «في » daypart « » «اليوم » → «التالي» / «الذي تلاه»
        ("next_day", {"التالي", "تلاه", "يليه"}, _NOTHING, (), 1 + 4 + daypart + 1 + 6 + 6),
        # [وفب] «منذ » «ساعات » «ال» → «صباح» / «فجر»
        ("day_part", {"صباح", "فجر"}, _CLITIC_ARTICLE, (), 1 + 4 + 6 + 2),
        ("vague", {"منذ", "السنوات"}, _CLITIC, (), 1 + 5),
        ("recent_days", {"يومين", "ايام"}, _CLITIC_ARTICLE, (), 1 + 5 + 2),
        ("recent_hours", {"ساعات", "ساعه"}, _CLITIC_ARTICLE, (), 1 + 5 + 5 + 2),
        # [وفب] daypart « من » «اول من » → «امس», «قبل »/«منذ » → «قليل», «بعد » → «غد»…
        ("relative", {"امس", "البارحه", "اليوم", "الان", "الليله", "غدا", "غد", "قليل"}, _CLITIC, (),
         1 + daypart + 1 + 3 + 7),
        ("weekday", weekdays, _CLITIC, ("علي", "الي"), 1 + daypart + 1 + 3 + 4),
    ]
    by_word: dict[str, list[_AnchorRule]] = {}
    reach: dict[str, int] = {}
    for kind, words, glued, followers, distance in spec:
        reach[kind] = distance + _ANCHOR_SLACK
        for word in words:
            by_word.setdefault(word, []).append(_AnchorRule(kind, glued, followers))
    automaton = ahocorasick.Automaton()
    for word, rules in by_word.items():
        followers = tuple(sorted({f for rule in rules for f in rule.followers or ()}))
        automaton.add_word(word, _AnchorWord(len(word), tuple(rules),
                                             any(rule.followers is None for rule in rules), followers))
    automaton.make_automaton()
    # an explicit date has its day («5», «الخامس», «الحادي والثلاثين») right before the month
    # or «الشهر» (with «من», «شهر» between): the last word of an ordinal or a digit, then a space
    last_words = sorted({w.split()[-1] for w in cal["ordinals"] if w.split()}, key=lambda w: (-len(w), w))
    day_before = re.compile(rf"(?:\d|{'|'.join(map(re.escape, last_words))})\s+(?:من\s+)?(?:شهر\s+)?\Z")
    longest = max((len(w) for w in last_words), default=1)
    return _Anchors(automaton, reach, day_before, longest + 1 + 3 + 4 + _ANCHOR_SLACK)


def _candidates(norm: str) -> dict[str, list[int]]:
    """Sorted candidate start positions of every date pattern in ``norm``: the word starts at
    most the pattern's reach before one of its anchors (see :func:`_anchor_hits`)."""
    anchors = _anchors()
    found = _anchor_hits(norm, anchors)
    if not found:
        return {}
    return {kind: _word_starts_before(norm, positions, anchors.reach[kind]) for kind, positions in found.items()}


def _anchor_hits(norm: str, anchors: _Anchors) -> dict[str, list[int]]:
    """Per pattern, the offsets of the anchor words of ``norm`` that can belong to one of its
    matches (glued prefix and following characters allowed by a rule of the pattern; for an
    explicit date, a day right before the month), in the order the automaton reports them (by
    end)."""
    found: dict[str, list[int]] = {}
    size = len(norm)
    for last, word in anchors.automaton.iter(norm):
        after = last + 1
        word_ends = after == size or not is_word_char(norm[after])
        if not (word_ends or word.open or norm.startswith(word.followers, after)):
            continue  # no rule takes what follows (most hits inside longer words)
        start = last - word.length + 1
        glued = glued_prefix(norm, start, 3)
        if glued is None:
            continue
        for rule in word.rules:
            if glued in rule.glued and (word_ends or rule.followers is None
                                        or norm.startswith(rule.followers, after)):
                if rule.kind == "explicit" and not anchors.day_before.search(
                        norm, max(0, start - anchors.day_before_reach), start):
                    continue
                found.setdefault(rule.kind, []).append(start)
    return found


def _word_starts_before(norm: str, anchors: list[int], distance: int) -> list[int]:
    """The word starts at most ``distance`` characters before one of the ``anchors``, sorted."""
    anchors.sort()
    out: list[int] = []
    done = 0  # word starts before ``done`` are taken
    for a in anchors:
        lo = max(done, a - distance, 0)
        if lo <= a:
            out.extend(m.start() for m in _WORD_START.finditer(norm, lo, a + 1))
            done = a + 1
    return out


def _find_normalised(norm: str, ref: dt.date) -> list[tuple[int, int, str, dt.date | None, str, bool]]:
    pats = _patterns()
    candidates = _candidates(norm)
    taken_starts: list[int] = []  # non-overlapping spans taken so far, sorted
    taken_ends: list[int] = []
    found = []
    for kind in _ORDER:
        cands = candidates.get(kind)
        if not cands:
            continue
        for m in matches_at(pats[kind], norm, cands):
            s, e = m.span()
            # trim a leading clitic/preposition-less space noise
            i = bisect.bisect_left(taken_starts, e)  # spans starting before e ...
            if i and taken_ends[i - 1] > s:  # ... the last of them reaches past s: overlap
                continue
            if kind == "relative" and m.group("word") == "اليوم":
                tail = norm[e:e + 12]
                if _TODAY_TAIL.match(tail):
                    continue
            resolved = _resolve(kind, m, ref)
            if resolved is None:
                continue
            value, precision, future = resolved
            if norm[s] in "وفب":  # a glued clitic belongs to the text, not to the expression
                inner = pats[kind].match(norm, s + 1)
                if inner is not None and inner.end() == e:
                    s += 1
            taken_starts.insert(i, s)
            taken_ends.insert(i, e)
            found.append((s, e, kind, value, precision, future))
    found.sort()
    found = [f for f in found if not _reference_since(norm, f[0])]
    found = _in_narrated_year(_of_named_month(found, norm), norm, ref)
    # «يوم الأحد 17 أيلول», «الخميس الفاتح مارس»: the weekday only names the explicit date after it
    return [f for k, f in enumerate(found)
            if not (f[2] == "weekday" and k + 1 < len(found) and found[k + 1][2] in ("explicit", "numeric")
                    and 0 <= found[k + 1][0] - f[1] <= 3 and not norm[f[1]:found[k + 1][0]].strip(" ,،"))]


_Found = tuple[int, int, str, dt.date | None, str, bool]

#: Words (normalised) that make a following «منذ …» a point of comparison, not the event's date:
#: «للمرة الأولى منذ عام 1982», «لأول مرة منذ», «الأعنف منذ أشهر», «الأكبر منذ بدء الحرب».
_COMPARISON_BEFORE_SINCE = re.compile(
    r"(?:(?:لل|ال)مره\s+الاولي|لاول\s+مره|(?:الاولي|الاول)\s+من\s+نوعه(?:ا)?|"
    r"الاعنف|الاكبر|الاشد|الاسوا|الاعلي|الادني|الاطول|الاوسع|الابرز|الاخطر|الاكثر\s+\S+|"
    r"الاول|الاولي)\s+(?:\S+\s+){0,2}$")


def _reference_since(norm: str, start: int) -> bool:
    """Whether the date expression at ``start`` is «منذ …» after a «first time» or superlative
    phrase («للمرة الأولى منذ عام 1982», «الأعنف منذ آب»): a reference point the event is compared
    with, never the event's own date. Only the three words before it are read."""
    if not (norm.startswith("منذ", start) or norm[start:start + 1] in "وفب" and norm.startswith("منذ", start + 1)):
        return False
    head = norm[max(0, start - 60):start]
    return _COMPARISON_BEFORE_SINCE.search(head) is not None


def _of_named_month(found: list[_Found], norm: str) -> list[_Found]:
    """``found`` (sorted) with each «day + منه» («ثم أعلنت في 21 منه», «في 26 من الشهر نفسه»)
    dated in the month of the nearest explicit date or named month before it in the same paragraph
    («في 14 تشرين الأول», «في أواخر آذار»), and each «في
    اليوم التالي» the day after the last day-precise date of its paragraph; else dropped."""
    out: list[_Found] = []
    month: tuple[int, int, int] | None = None  # (year, month, paragraph start) of the last explicit date
    last_day: tuple[dt.date, int] | None = None  # the last day-precise date, its paragraph start
    for item in found:
        s, e, kind, value, precision, future = item
        paragraph = norm.rfind("\n", 0, s) + 1
        if kind == "next_day":  # «في اليوم التالي»: the day after the last day named in the paragraph
            if last_day is not None and last_day[1] == paragraph:
                following = last_day[0] + dt.timedelta(days=1)
                out.append((s, e, kind, following, precision, future))
                last_day = (following, paragraph)
            continue
        if kind == "day_of_it":  # (its value is a stand-in January date holding the day)
            value = _safe_date(month[0], month[1], value.day) \
                if month is not None and value is not None \
                and (paragraph <= month[2] or _names_same_month(norm, s, e, month[2])) else None
            if value is not None:
                value = _in_other_year(norm, e, value)
            if value is not None:
                out.append((s, e, kind, value, precision, future))
                last_day = (value, paragraph)
                month = (value.year, value.month, s)  # «في 17 من الشهر ذاته، وقبله X في الثالث منه»
            continue
        if value is not None and precision == "day":
            last_day = (value, paragraph)
        if kind in ("explicit", "numeric", "month") and value is not None:
            month = (value.year, value.month, s)
        out.append(item)
    return out


#: How far back (characters) «من الشهر ذاته» may find its month across paragraphs.
_SAME_MONTH_REACH = 800


#: «من العام التالي» (or another year) right after «من الشهر ذاته»: the same month of another year.
_OTHER_YEAR = re.compile(r"\s+(?:من|في)\s+(?:العام|السنه)\s+(?P<rel>(?:التالي|اللاحق|الذي\s+تلاه|الذي\s+يليه)(?P<next>)"
                         r"|(?:السابق|الذي\s+سبقه|الذي\s+قبله)(?P<prev>)|\w+)")
#: Year words after which «من العام نفسه» keeps the month's year.
_SAME_YEAR_WORDS = frozenset({"نفسه", "ذاته", "عينه", "نفسها", "ذاتها"})


def _in_other_year(norm: str, end: int, value: dt.date) -> dt.date | None:
    """``value`` (a day of the month named before, its expression ending at ``end``) moved to the
    year after («في السابع عشر من الشهر ذاته من العام التالي») or before («… من العام السابق»);
    None after another year word («من العام الماضي»: relative to what, is unsure)."""
    m = _OTHER_YEAR.match(norm, end)
    if m is None or m.group("rel") in _SAME_YEAR_WORDS:
        return value
    if m.group("next") is not None or m.group("prev") is not None:
        return _safe_date(value.year + (1 if m.group("next") is not None else -1), value.month, value.day)
    return None


def _names_same_month(norm: str, start: int, end: int, month_start: int) -> bool:
    """Whether the «day of it» expression ``norm[start:end]`` names «the same month» («في السابع عشر
    من الشهر ذاته»), which refers to the month named last even in an earlier paragraph (within
    :data:`_SAME_MONTH_REACH`), unlike a bare «منه» (its own paragraph's)."""
    return "شهر" in norm[start:end] and start - month_start <= _SAME_MONTH_REACH


_YEAR_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: «من العام نفسه», «من السنة ذاتها» right after a day and month: the year named before.
_SAME_YEAR = re.compile(r"\s*(?:من|في)\s+(?:العام|السنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)")


def _words_before(norm: str, pos: int) -> list[str]:
    """The words of the 30 characters before ``pos`` (the last one may be cut)."""
    return norm[max(0, pos - 30):pos].split()


def _after_definite_subject(norm: str, pos: int) -> bool:
    """Whether the word before ``pos`` ends a definite noun phrase that is no dual or plural in
    «ين/ان» («سيطرت القوات العراقية الاثنين على», «قال المرصد السوري الاثنين»): a bare «الاثنين»
    after it is the weekday of the news agencies' style. «اتفق الاثنين» (right after a verb), «بين
    الاثنين», «المسلحين الاثنين» are «the two»."""
    words = _words_before(norm, pos)
    if not words:
        return False
    word = words[-1].lstrip("وفبل") if len(words[-1]) > 4 else words[-1]
    return word.startswith("ال") and len(word) > 3 and not word.endswith(("ين", "ان"))


def _after_counted_noun(norm: str, pos: int) -> bool:
    """Whether the word before ``pos`` is the indefinite accusative noun of a count («قتل عشرون
    طفلا الاثنين», «أصيب 30 مدنيا الاثنين») or the plural of a count of 3-10 («قتل ستة مدنيين
    الاثنين»; :func:`_counted_plural`): an indefinite noun takes no definite «the two», so a
    bare «الاثنين» after it is the weekday. Not a verb in «وا» («قتلوا الاثنين»: the two)."""
    words = _words_before(norm, pos)
    if not words:
        return False
    word = words[-1]
    if len(words) >= 2 and _counted_plural(words[-2], word):
        return True
    return len(word) >= 4 and word.endswith("ا") and word[-2] not in "وا" \
        and not word.startswith(("ال", "وال"))


def _counted_plural(count: str, noun: str) -> bool:
    """Whether ``noun`` is the indefinite plural counted by ``count``, a number in digits or a
    number word of 3-10 (``count_words`` in dates.yaml): «ستة مدنيين», «6 أشخاص», «ثلاثة عناصر»."""
    if len(noun) < 3 or noun.startswith(("ال", "وال")):
        return False
    return count.isdigit() or count.lstrip("و") in load_calendar()["count_words"]

#: A month qualified by «الجاري/الحالي/الماضي/المنصرم/الفائت» is reckoned from the article's date.
_ANCHORED = re.compile(rf"{_B}(?:{'|'.join(_ANCHOR_QUALS)}){_E}")


def _in_narrated_year(found: list[_Found], norm: str, ref: dt.date) -> list[_Found]:
    """``found`` (sorted) with a day and month without a year put in the year of the story told
    («في 3 شباط 2016، كسرت القوات الحصار … وبعد أيام … في 15 شباط»: 2016, not the article's
    year): the year of the last date with a year before it, in the same paragraph and not later
    in that year, or anywhere before it with «من العام نفسه». A date qualified by «الجاري»,
    «الماضي» … is reckoned from the article's date and never moved."""
    out: list[_Found] = []
    named: tuple[dt.date, int] | None = None  # the last date written with its year, its paragraph start
    plain = -1  # paragraph start of the last date of the article's year without a year
    for item in found:
        s, e, kind, value, precision, future = item
        if kind not in ("explicit", "numeric") or value is None:
            out.append(item)
            continue
        paragraph = norm.rfind("\n", 0, s) + 1
        if _YEAR_DIGITS.search(norm, s, e):
            # an aside of a story told in the article's year («وفي 27 آب أعلن … الذين خطفهم في 2
            # آب 2014 … وفي 28 آب انطلقت») does not move the dates after it
            named = (value, paragraph) if plain != paragraph else None
        elif _ANCHORED.search(norm, s, e):
            plain = paragraph  # «في 14 تشرين الثاني الجاري»: anchored to the article's date, never moved
        elif named is not None and named[0].year != ref.year and value.year == ref.year:
            same_year = _SAME_YEAR.match(norm, e) is not None
            in_story = paragraph == named[1] and \
                (value.month, value.day) >= (named[0].month, named[0].day)
            moved = _safe_date(named[0].year, value.month, value.day) if same_year or in_story else None
            if moved is not None:
                item = (s, e, kind, moved, precision, moved > ref)
            else:
                plain = paragraph
        else:
            plain = paragraph
        out.append(item)
    return out


#: Prepositions before which a bare «اب» (normalised) may be the month of August («في آب», «منذ آب»).
_AUGUST_PREPOSITIONS = ("في", "منذ", "خلال", "حتى")
#: The bare month after one of them, with nothing else (normalised): «في آب» but not «في شهر آب».
_BARE_AUGUST = re.compile(rf"[وفب]?(?:{'|'.join(_AUGUST_PREPOSITIONS)})\s+اب")


def _find_date_expressions(text: str, norm: str, mapping: list[int],
                           article_date: dt.date) -> list[DateExpression]:
    """:func:`find_date_expressions` for a text already normalised (``normalize_with_map``)."""
    out = []
    for s, e, kind, value, precision, future in _find_normalised(norm, article_date):
        o_s, o_e = original_span(text, mapping, s, e)
        if kind == "month" and _BARE_AUGUST.fullmatch(norm, s, e) and not text[o_s:o_e].endswith("آب"):
            continue  # «في أب» (a father): the bare month is read only when written «آب»
        out.append(DateExpression(start=o_s, end=o_e, surface=text[o_s:o_e], date=value,
                                  precision=precision, kind=kind, future=future))
    return out


def _find_article_expressions(text: str, norm: str, mapping: list[int],
                              article_date: dt.date) -> list[DateExpression]:
    """:func:`_find_date_expressions`, with the expressions under a day heading of a live blog
    («الثلاثاء 14 تشرين الثاني» on a line of its own, see :func:`day_headings`) resolved against
    the heading's day instead of the article date («أمس» under the heading of the 14th is the
    13th). One more scan of the text per heading day that differs from the article date (only
    texts with day headings pay for it)."""
    found = _find_date_expressions(text, norm, mapping, article_date)
    sections = day_sections(text, found)
    if not any(day != article_date for _, _, day in sections):
        return found
    by_day: dict[dt.date, list[DateExpression]] = {article_date: found}
    out: list[DateExpression] = []
    lo = 0
    for start, end, day in sections:
        out.extend(e for e in found if lo <= e.start < start)  # before the section (its heading)
        if day not in by_day:
            by_day[day] = _find_date_expressions(text, norm, mapping, day)
        out.extend(e for e in by_day[day] if start <= e.start < end)
        lo = end
    out.extend(e for e in found if e.start >= lo)
    return out


#: A word of a heading line: a maximal run of characters other than whitespace and the
#: punctuation a day heading may hold besides its date («-», «/», «|», «,», «:», brackets).
_HEADING_WORD = re.compile(r"[^\s\-–—/|,،:()]+")


def _heading_filler(words: str) -> bool:
    """Whether ``words`` (a heading line without its date) only hold weekday names, «يوم» and
    punctuation (read word by word up to the first other word: a paragraph around a date is
    rejected at its first word)."""
    weekdays = load_calendar()["weekdays"]
    for m in _HEADING_WORD.finditer(words):
        word = normalize(m.group())
        if word not in weekdays and word != "يوم":
            return False
    return True


def day_headings(text: str, expressions: Sequence[DateExpression]) -> list[tuple[int, int, dt.date]]:
    """``(line start, line end, day)`` of the day headings of a live blog: lines holding only a
    day-precise date (with its weekday), when the text has at least two of them (a single
    date line is a dateline, not a heading)."""
    out: list[tuple[int, int, dt.date]] = []
    for expr in expressions:
        if expr.date is None or expr.precision != "day" or expr.kind not in ("explicit", "numeric"):
            continue
        begin = text.rfind("\n", 0, expr.start) + 1
        stop = text.find("\n", expr.end)
        stop = len(text) if stop < 0 else stop
        if _heading_filler(text[begin:expr.start] + " " + text[expr.end:stop]):
            out.append((begin, stop, expr.date))
    return out if len({day for _, _, day in out}) >= 2 else []


def day_sections(text: str, expressions: Sequence[DateExpression]) -> list[tuple[int, int, dt.date]]:
    """``(start, end, day)`` of the text under each day heading (:func:`day_headings`): from the
    end of the heading line to the start of the next heading (or the end of the text)."""
    headings = day_headings(text, expressions)
    return [(stop, headings[k + 1][0] if k + 1 < len(headings) else len(text), day)
            for k, (_, stop, day) in enumerate(headings)]


#: A list item line: «1- …», «2. …», «3) …», «- …», «• …».
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[ \t]*[-–.)]|[-–•*])[ \t]*\S")
#: Punctuation that a roundup's subheading line («دير الزور», «حماة وإدلب») does not hold.
_SENTENCE_MARKS = re.compile(r"[.!?؟:؛;،,]")
#: Longest subheading (words) and shortest lead paragraph (words) of a roundup.
_SUBHEADING_WORDS = 4
_LEAD_WORDS = 12


def _more_words_than(text: str, count: int) -> bool:
    """Whether ``text`` has more than ``count`` whitespace-separated words (``len(text.split()) >
    count``, splitting no further than needed)."""
    return len(text.split(None, count)) > count


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` (without its line break)."""
    out: list[tuple[int, int]] = []
    begin = 0
    while begin <= len(text):
        stop = text.find("\n", begin)
        stop = len(text) if stop < 0 else stop
        out.append((begin, stop))
        begin = stop + 1
    return out


def _first_day_date(expressions: Sequence[DateExpression], start: int, end: int) -> dt.date | None:
    """The date of the first day-precise past expression in ``[start, end)``, else None."""
    for expr in expressions:
        if start <= expr.start < end and expr.date is not None and expr.precision == "day" \
                and not expr.future:
            return expr.date
    return None


def _list_frames(text: str, lines: list[tuple[int, int]],
                 expressions: Sequence[DateExpression]) -> list[tuple[int, int, dt.date]]:
    """A dated line ending with a colon followed by list items («وقد تحقق يوم أمس السبت ما
    يأتي:» then «1- …», «2- …»): the items are the events of that day."""
    out: list[tuple[int, int, dt.date]] = []
    if ":" not in text:
        return out  # no line ends with a colon
    for k, (begin, stop) in enumerate(lines):
        if not text[begin:stop].rstrip().endswith(":"):
            continue
        day = _first_day_date(expressions, begin, stop)
        if day is None:
            continue
        last = k
        for j in range(k + 1, len(lines)):
            line = text[lines[j][0]:lines[j][1]]
            if _LIST_ITEM.match(line):
                last = j
            elif line.strip():
                break
        if last > k:
            out.append((stop, lines[last][1], day))
    return out


def _is_subheading(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether line ``k`` is a subheading: a few words without sentence punctuation or digits,
    followed by a paragraph."""
    line = text[lines[k][0]:lines[k][1]].strip()
    if not line or _more_words_than(line, _SUBHEADING_WORDS) or _SENTENCE_MARKS.search(line) \
            or any(ch.isdigit() for ch in line):
        return False
    following = text[lines[k + 1][0]:lines[k + 1][1]] if k + 1 < len(lines) else ""
    return _more_words_than(following, _SUBHEADING_WORDS)


#: A scraped block of links to other articles («اقرأ أيضاً», «مواضيع ذات صلة»): its marker line and the
#: headlines after it (up to a line of body text) are no subheadings.
_RELATED_LINKS = re.compile(r"^\W*(?:[اإأ]قرأ\s+(?:أيضا|ايضا|المزيد)|شاهد\s+(?:أيضا|ايضا)"
                            r"|(?:مواضيع|مواد|أخبار|اخبار)?\s*ذات\s+صلة)\W*$")


def _roundup_frame(text: str, lines: list[tuple[int, int]],
                   expressions: Sequence[DateExpression]) -> list[tuple[int, int, dt.date]]:
    """A roundup (a dated lead, then sections under subheadings «دير الزور», «ريف دمشق»): the
    lead's day («أنجزت الوحدات أمس … وفق الحصاد الميداني») dates the undated events of every
    section. Lines of a block of related links («اقرأ أيضاً» and the headlines after it, up to a
    sentence of body text) are not subheadings."""
    lead = next((k for k, (b, e) in enumerate(lines) if _more_words_than(text[b:e], _LEAD_WORDS - 1)), None)
    if lead is None:
        return []
    day = _first_day_date(expressions, *lines[lead])
    if day is None:
        return []
    subheadings, in_links = 0, False
    for k in range(lead + 1, len(lines) - 1):  # (the last line is followed by no paragraph)
        line = text[lines[k][0]:lines[k][1]]
        if _RELATED_LINKS.match(line.strip()):
            in_links = True
        elif in_links and line.rstrip().endswith((".", "!", "?", "؟")):
            in_links = False  # body text again
        if not in_links and _is_subheading(text, lines, k):
            subheadings += 1
            if subheadings == 2:
                return [(lines[lead][1], len(text), day)]
    return []


def date_frames(text: str, expressions: Sequence[DateExpression]) -> list[tuple[int, int, dt.date]]:
    """``(start, end, day)``: stretches of ``text`` whose undated events happened on ``day``
    rather than on the article date. Day headings of a live blog (:func:`day_sections`), a dated
    line introducing a list (:func:`_list_frames`), the dated lead of a roundup with subheadings
    (:func:`_roundup_frame`). Sorted; an inner frame (a list) comes after an outer one."""
    lines = _lines(text)
    frames = day_sections(text, expressions) + _roundup_frame(text, lines, expressions) \
        + _list_frames(text, lines, expressions)
    return sorted(frames, key=lambda f: (f[0], -f[1]))


def find_date_expressions(text: str, article_date: dt.date) -> list[DateExpression]:
    """Every date expression of ``text`` resolved against ``article_date``, in text order.

    Examples
    --------
    >>> [(e.surface, e.date.isoformat()) for e in find_date_expressions(
    ...     "قصفت الطائرات أمس الخميس البلدة", dt.date(2017, 9, 15))]
    [('أمس الخميس', '2017-09-14')]
    """
    norm, mapping = normalize_with_map(text)
    return _find_date_expressions(text, norm, mapping, article_date)


_SENTENCE_END_CHARS = ".!?\n;؛؟"
_SENTENCE_END = re.compile(f"[{_SENTENCE_END_CHARS}]+")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``[start, end)`` (split at . ! ? ؟ ; ؛ and line breaks).

    A full stop between two digits («3.5») does not end a sentence.
    """
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, max(0, start)):
        if _is_decimal_point_at(text, *m.span()):
            continue
        begin = m.end()
    stop = len(text)
    for m in _SENTENCE_END.finditer(text, max(end, start)):
        if _is_decimal_point_at(text, *m.span()):
            continue
        stop = m.start()
        break
    return begin, stop


def _is_decimal_point_at(text: str, start: int, end: int) -> bool:
    """Whether the sentence-end run ``text[start:end]`` is a lone «.» between two digits («3.5»)."""
    return (end - start == 1 and text[start] == "." and 0 < start and end < len(text)
            and text[start - 1].isdigit() and text[end].isdigit())


def _positions(text: str, chars: str) -> list[int]:
    """Sorted offsets of the ``chars`` in ``text`` (one ``str.find`` scan per character that
    occurs: far cheaper than a regex character class over a long text)."""
    out: list[int] = []
    for ch in chars:
        pos = text.find(ch)
        while pos >= 0:
            out.append(pos)
            pos = text.find(ch, pos + 1)
    out.sort()
    return out


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """``[start, end)`` of the maximal runs of consecutive ``positions`` (sorted)."""
    runs: list[tuple[int, int]] = []
    for pos in positions:
        if runs and runs[-1][1] == pos:
            runs[-1] = (runs[-1][0], pos + 1)
        else:
            runs.append((pos, pos + 1))
    return runs


class _Sentences:
    """The sentence ends of one text, for many :func:`sentence_span` queries (each a bisection
    instead of a scan from the start of the text)."""

    __slots__ = ("starts", "ends", "length")

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in _runs(_positions(text, _SENTENCE_END_CHARS)):
            if not _is_decimal_point_at(text, start, end):
                self.starts.append(start)
                self.ends.append(end)
        self.length = len(text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``sentence_span(text, start, end)``."""
        starts, ends = self.starts, self.ends
        i = bisect.bisect_left(starts, start) - 1  # the last break starting before ``start``
        # (a run of breaks across ``start`` ends the previous sentence right at ``start``)
        begin = (start if ends[i] > start else ends[i]) if i >= 0 else 0
        p = max(end, start)
        j = bisect.bisect_left(starts, p) - 1
        if j >= 0 and ends[j] > p:
            return begin, p
        return begin, (starts[j + 1] if j + 1 < len(starts) else self.length)


class _Expressions:
    """The date expressions of one text (in text order) with the index needed to pick the
    governing one of many clauses quickly; see :func:`governing_expression`. The sentence index
    is built at the first query (never for a text without date expressions)."""

    __slots__ = ("items", "starts", "ends", "sorted", "_sentences", "text", "_frames")

    def __init__(self, items: Sequence[DateExpression], text: str) -> None:
        self.items = list(items)
        self.text = text
        self.starts = [e.start for e in self.items]
        self.ends = [e.end for e in self.items]
        self.sorted = all(a <= b for a, b in zip(self.starts, self.starts[1:])) and \
            all(a <= b for a, b in zip(self.ends, self.ends[1:]))
        self._sentences: _Sentences | None = None
        self._frames: list[tuple[int, int, dt.date]] | None = None

    def frame_day(self, pos: int) -> dt.date | None:
        """The day of the innermost :func:`date_frames` stretch holding offset ``pos`` (the day
        of an undated event there), else None. The frames are found at the first query."""
        if self._frames is None:
            self._frames = date_frames(self.text, self.items) if self.items else []
        day = None
        for start, end, frame_day in self._frames:
            if start > pos:
                break
            if pos < end:
                day = frame_day
        return day

    @property
    def sentences(self) -> _Sentences:
        """The sentence index of the text."""
        if self._sentences is None:
            self._sentences = _Sentences(self.text)
        return self._sentences

    def governing(self, start: int, end: int, *, before: int | None = None,
                  max_distance: int = 160) -> DateExpression | None:
        """``governing_expression(items, text, start, end)``; with ``before``, only the
        expressions that start before that offset are considered."""
        items = self.items
        if not items:
            return None
        s_begin, s_end = self.sentences.span(start, end)
        if self.sorted:
            lo = bisect.bisect_right(self.ends, s_begin)
            hi = bisect.bisect_left(self.starts, s_end)
            if before is not None:
                hi = min(hi, bisect.bisect_left(self.starts, before))
            candidates = items[lo:hi] if hi > lo else ()
        else:
            candidates = [e for e in items if before is None or e.start < before]
        return _best_expression(candidates, s_begin, s_end, start, end, max_distance)

    def closing(self, start: int, end: int) -> DateExpression | None:
        """The expression that closes the sentence of ``[start, end)`` after «وذلك» («…، وتمكن
        من السيطرة عليها، وذلك يوم الأحد الفاتح أكتوبر.»), or a day set off by a comma at its very
        end («…، ودخلتها القوات دون مقاومة، السبت 3 حزيران.»): it dates every clause of the
        sentence (``None`` when the sentence does not end so). The comma-set day is narrower
        (:meth:`_apposition_reaches`): it is no future day and dates only the clauses it reaches."""
        if not self.items or not self.sorted:
            return None
        s_begin, s_end = self.sentences.span(start, end)
        k = bisect.bisect_left(self.starts, s_end) - 1
        if k < 0 or self.items[k].start < max(s_begin, end):
            return None
        expr = self.items[k]
        if self.text[expr.end:s_end].strip(_CLOSING_TAIL):
            return None
        lead_from = max(s_begin, expr.start - 40)
        if not (_CLOSING_LEAD.search(self.text, lead_from, expr.start)
                or (expr.precision == "day" and _CLOSING_APPOSITION.search(self.text, lead_from, expr.start)
                    and self._apposition_reaches(k, start, end))):
            return None
        return expr

    def _apposition_reaches(self, k: int, start: int, end: int) -> bool:
        """Whether the day ``items[k]``, set off by a comma at the end of its sentence, dates the
        clause ``[start, end)``: it is not a day still to come («…، وسيعقد مجلس الأمن جلسة،
        الأحد 17 أيلول»), no other date expression stands between the clause and it («سيطرت …
        قبل أسبوعين، وزارها الوزير، السبت 9 أيلول»: the clause has its own), and no clause opened
        by «، و» stands between (a bare comma dates only the last clause: «قصفت … اللطامنة، وقال
        المرصد إن الطيران شن غارات …، الجمعة 8 أيلول»). «…، لتدخلها القوات …، السبت 3 حزيران.»
        still dates the whole sentence."""
        expr = self.items[k]
        if expr.future or (k > 0 and self.items[k - 1].end > start):
            return False
        return _NEW_CLAUSE.search(self.text, end, expr.start) is None


#: Day-part and weekday words that may stand before a sentence-closing date, after «وذلك» or a comma.
_CLOSING_DAY_WORDS = ("مساء", "صباح", "ليل", "ليلة", "فجر", "ظهر", "عصر",
                      "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
#: «وذلك» (with words such as «في», «يوم الأحد», «مساء الخميس») right before a sentence-closing date.
_CLOSING_WORDS = ("في", "يوم", "خلال", "بتاريخ") + _CLOSING_DAY_WORDS
_CLOSING_LEAD = re.compile(rf"(?<![\w])وذلك(?:\s+(?:{'|'.join(_CLOSING_WORDS)})){{0,3}}\s*$")
#: A comma (and «يوم»/«في», a weekday) right before a day that closes its sentence: the date of
#: the whole sentence, set off like a dateline («…، السبت 3 حزيران.»).
_CLOSING_APPOSITION = re.compile(rf"[،,]\s*(?:(?:يوم|في)\s+)?(?:(?:{'|'.join(_CLOSING_DAY_WORDS)})\s+){{0,2}}$")
#: A comma and «و» opening another clause («…، وقال المرصد إن …», «…، وسيعقد …»): a day set off
#: by a comma after it dates that clause only.
_NEW_CLAUSE = re.compile(r"[،,]\s*و(?=\w)")
#: What may follow a sentence-closing date before the end of its sentence.
_CLOSING_TAIL = " \t\n.،,:;؛!؟?\"'»”)"


def _best_expression(expressions: Sequence[DateExpression], s_begin: int, s_end: int, start: int,
                     end: int, max_distance: int) -> DateExpression | None:
    best: tuple[int, int, DateExpression] | None = None
    for expr in expressions:
        if expr.end <= s_begin or expr.start >= s_end:
            continue
        if expr.start < end and start < expr.end:
            distance = 0
        elif expr.end <= start:
            distance = start - expr.end
        else:
            distance = expr.start - end
        if distance > max_distance:
            continue
        key = (distance, 0 if expr.end <= start else 1)
        if best is None or key < best[:2]:
            best = (key[0], key[1], expr)
    return None if best is None else best[2]


def governing_expression(expressions: Sequence[DateExpression], text: str, start: int, end: int,
                         *, max_distance: int = 160) -> DateExpression | None:
    """The date expression that governs the clause ``text[start:end]``.

    An expression inside the span wins; otherwise the nearest one in the same sentence within
    ``max_distance`` characters (an expression before the span is preferred at equal distance).
    """
    s_begin, s_end = sentence_span(text, start, end)
    return _best_expression(expressions, s_begin, s_end, start, end, max_distance)


def resolve_event_date(text: str, start: int, end: int,
                       article_date: dt.date) -> tuple[dt.date | None, str]:
    """The event date of the clause ``text[start:end]``, relative to ``article_date``.

    Looks for date expressions in the clause and its sentence (see the module rules). Returns
    ``(date, precision)`` with ``precision`` in :data:`geo.model.DATE_PRECISIONS`, or
    ``(None, "unknown")`` when no expression governs the clause or it is vague («منذ سنوات»).

    Examples
    --------
    >>> resolve_event_date("سيطر الجيش أمس على البلدة", 0, 25, dt.date(2017, 9, 6))
    (datetime.date(2017, 9, 5), 'day')
    >>> resolve_event_date("دخلت القوات يوم الخميس القرية", 0, 30, dt.date(2017, 9, 5))
    (datetime.date(2017, 8, 31), 'day')
    """
    s_begin, s_end = sentence_span(text, start, end)
    expressions = find_date_expressions(text[s_begin:s_end], article_date)
    shifted = [DateExpression(e.start + s_begin, e.end + s_begin, e.surface, e.date, e.precision,
                              e.kind, e.future) for e in expressions]
    expr = governing_expression(shifted, text, start, end)
    if expr is None or expr.date is None:
        return None, "unknown"
    return expr.date, expr.precision
