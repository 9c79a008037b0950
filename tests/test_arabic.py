"""Arabic normalisation: documented rules, offsets back to the original, clitics."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

import geo.arabic as arabic
from geo.arabic import (clitic_splits, normalize, normalize_with_map, original_span,
                        strip_clitics, tokens)

# Text strategy biased towards the characters the normaliser touches.
_SPECIAL = ("أإآٱىةؤئءکگیېہەپچژڤ٠١٢٣٤٥٦٧٨٩۰۱۹،؛؟«»“”ـ\u064e\u064f\u0650\u0651\u0652\u0670"
            "\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\u00a0\u2003\n\r\t "
            "ﻻﺃﷺﷲ０９ＡabcدمشقحلبالرقهسورياXYZ.,-#_")
arabicish = st.text(alphabet=st.sampled_from(_SPECIAL) | st.characters(), max_size=60)


@pytest.mark.parametrize("raw, expected", [
    ("أَحْمَدُ", "احمد"),                      # harakat removed, hamza-alef unified
    ("إدلب", "ادلب"),
    ("آستانا", "استانا"),
    ("حماة", "حماه"),                         # ta marbuta
    ("مصطفى", "مصطفي"),                       # alef maqsura
    ("مؤتمر", "موتمر"), ("رئيس", "رييس"),      # hamza seats
    ("سوریا", "سوريا"), ("اکد", "اكد"), ("گ", "ك"), ("ہ", "ه"),  # Persian / Urdu letters
    ("الـــرقة", "الرقه"),                    # tatweel
    ("دير\u200fالزور", "ديرالزور"),           # RLM dropped
    ("د\u200cم", "دم"),                       # ZWNJ dropped
    ("٢٠١٧ ۱۹", "2017 19"),                   # Arabic-Indic and Persian digits
    ("حمص، حماة؛ لماذا؟", "حمص, حماه; لماذا?"),
    ("«دوما»", '"دوما"'), ("“كباجب”", '"كباجب"'),
    ("a\u00a0\u2003 b", "a b"),                # NBSP and em-space collapse
    ("a \n\n b", "a\nb"),                      # a run with a line break becomes one newline
    ("ﻻ", "لا"),                               # presentation form decomposed (1 -> 2 chars)
    ("ﺃﺣﻤﺪ", "احمد"),
])
def test_documented_rules(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_map_of_expansion_and_removal() -> None:
    norm, m = normalize_with_map("ﻻ بُد")
    assert norm == "لا بد"
    assert m == [0, 0, 1, 2, 4, 5]  # both letters of the ligature map to index 0; damma dropped


def test_original_span_covers_trailing_diacritics() -> None:
    text = "في دمشقَ اليوم"
    norm, m = normalize_with_map(text)
    i = norm.index("دمشق")
    start, end = original_span(text, m, i, i + 4)
    assert text[start:end] == "دمشقَ"
    assert (m[i], m[i + 3] + 1) == (3, 7)  # the plain formula stops before the fatha


def test_tokens_offsets_index_original() -> None:
    text = "سيطر الجيشُ على قرى «الجنينة» والجيعة"
    toks = tokens(text)
    assert [t.norm for t in toks] == ["سيطر", "الجيش", "علي", "قري", "الجنينه", "والجيعه"]
    for t in toks:
        assert normalize(text[t.start:t.end]) == t.norm


@pytest.mark.parametrize("word, stem", [
    ("بالرقة", "الرقه"), ("للرقة", "الرقه"), ("وللرقة", "الرقه"), ("فبحمص", "حمص"),
    ("والميادين", "الميادين"), ("للاذقية", "اللاذقيه"), ("كالعادة", "العاده"), ("لدير", "دير"), ("ودمشق", "دمشق"),
])
def test_strip_clitics_finds_stem(word: str, stem: str) -> None:
    assert stem in strip_clitics(word)


def test_strip_clitics_word_first_and_no_tiny_stems() -> None:
    stems = strip_clitics("وب")
    assert stems == ["وب"]
    assert strip_clitics("لبنان")[0] == "لبنان"


def test_clitic_splits_prefix_plus_stem_rebuilds_word() -> None:
    for word in ("وللرقه", "فبالميادين", "كحمص", "والفوج"):
        for prefix, stem in clitic_splits(word):
            if prefix.endswith("ل") and stem.startswith("ال") and not word.startswith(prefix + "ال"):
                # «لل»: the alef of the article drops (and its lam may merge with the stem's)
                assert word in (prefix + stem[1:], prefix + stem[2:])
            else:
                assert word == prefix + stem


@settings(max_examples=150, deadline=None)
@given(arabicish)
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=150, deadline=None)
@given(arabicish)
def test_map_shape_monotonic_in_range(text: str) -> None:
    norm, m = normalize_with_map(text)
    assert norm == normalize(text)
    assert len(m) == len(norm) + 1
    assert m[-1] == len(text)
    assert all(0 <= x < len(text) for x in m[:-1])
    assert all(a <= b for a, b in zip(m, m[1:]))


@settings(max_examples=150, deadline=None)
@given(arabicish, st.data())
def test_spans_map_back(text: str, data: st.DataObject) -> None:
    norm, m = normalize_with_map(text)
    if not norm:
        return
    i = data.draw(st.integers(0, len(norm) - 1))
    j = data.draw(st.integers(i + 1, len(norm)))
    start, end = original_span(text, m, i, j)
    piece = normalize(text[start:end]).replace("\n", " ").strip()
    want = norm[i:j].replace("\n", " ").strip()
    aligned = (i == 0 or m[i - 1] != m[i]) and m[j] != m[j - 1]
    if aligned:  # the span does not cut through one source character's expansion
        assert piece == want
    else:
        assert want in piece


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_no_crash_and_tokens_consistent(text: str) -> None:
    for t in tokens(text):
        assert t.start < t.end <= len(text)
        assert t.norm and t.norm.isalnum()


def test_doctests() -> None:
    failures, _ = doctest.testmod(arabic)
    assert failures == 0


@settings(max_examples=200, deadline=None)
@given(arabicish)
def test_fast_path_equals_reference(text: str) -> None:
    assert normalize_with_map(text) == arabic._normalize_slow(text)


# Texts of only the characters the fast path handles (any other character sends a text to the
# reference path): words with letters it rewrites, joined by what it collapses — runs of plain
# spaces, marks and tatweel between spaces, line breaks and other whitespace, invisible controls.
_FAST_WORDS = ("دمشق", "حماة", "إدلب", "مؤتمر", "رئيس", "الرقة", "مصطفى", "آستانا", "سوریا",
               "ﺃﺑﻮ", "پل", "٣٤", "۴٥", "137", "abc", "Éß", "«حلب»", "“x”", "،", "؟", "–", "ـــ",
               "بَ", "مُحافَظَة", "الزّور", "")
_FAST_JOINTS = (" ", " ", "  ", "   ", " \u064e ", "\u064e", " \u0651\u064e ", " \u0640 ",
                "\u0640", " \u200f ", "\u200c", "\u200b ", " \ufeff", "\u00ad", "\n", " \n ",
                "\r\n", "\n\n", "\t", " \t ", "\u00a0", "\u2003 ", " \u2028", " \u202a ", "")


def _handled_by_the_fast_path(ch: str) -> bool:
    """Whether ``ch`` (of a range the fast path classifies) normalises to at most one character,
    and to whitespace only when it is whitespace itself («ﻻ» → «لا» and the isolated harakat
    «ﹰ» → space + mark need the reference path)."""
    norm = arabic._normalize_slow(ch)[0]
    return len(norm) <= 1 and (ch.isspace() or not norm.isspace())


_fast_char = (st.characters(max_codepoint=0x024F)
              | st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
              | st.characters(min_codepoint=0x2000, max_codepoint=0x206F)
              | st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFF)
              ).filter(_handled_by_the_fast_path)
fast_path_text = st.lists(
    st.tuples(st.sampled_from(_FAST_WORDS) | _fast_char, st.sampled_from(_FAST_JOINTS)),
    max_size=14).map(lambda parts: "".join(word + joint for word, joint in parts))


@settings(max_examples=400, deadline=None)
@given(fast_path_text)
def test_fast_path_equals_reference_on_the_characters_it_handles(text: str) -> None:
    if "  " in text:
        event("two plain spaces in a row")
    if any(f" {mark} " in text for mark in ("\u064e", "\u0640", "\u200f", "\u202a")):
        event("a dropped character between spaces")
    assert normalize_with_map(text) == arabic._normalize_slow(text)


def test_span_does_not_swallow_a_mark_that_normalisation_keeps() -> None:
    from geo.arabic import normalize_with_map, original_span

    text = "ب\u06e5"  # U+06E5 (small waw) is kept by normalize: it is its own character
    norm, mapping = normalize_with_map(text)
    assert norm == text
    assert original_span(text, mapping, 0, 1) == (0, 1)
    diacritised = "بَ"  # a fatha is removed by normalize: the span keeps it
    norm2, mapping2 = normalize_with_map(diacritised)
    assert norm2 == "ب" and original_span(diacritised, mapping2, 0, 1) == (0, 2)
