"""The fast paths of mention finding give what the plain per-character definitions give.

Each reference below is the straightforward version the matcher used before (one regex match,
one character test or one clitic split at a time); the fast versions must agree with it.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import matcher
from gazetteer.matcher import PROCLITICS, NameIndex, _Scan, name_index
from gazetteer.store import load_gazetteer
from geo.arabic import clitic_splits

_WORD_RE = re.compile(r"[^\W_]+")

# Characters around word boundaries: Arabic letters and proclitics, digits of three scripts,
# Latin, punctuation, hashtag marks, line breaks, diacritics, astral letters and emoji.
_BOUNDARY_CHARS = ("ابتدرسلمنهويةأى وفبلك ,.\"'«»()_#-:0123٣۴xyzÉß\u00a0\n\t\u064e\u0640\u200f"
                   "😀𝐀𠀀ۆڤ")
boundary_text = st.text(alphabet=st.sampled_from(_BOUNDARY_CHARS) | st.characters(), max_size=80)


@lru_cache(maxsize=1)
def _index() -> NameIndex:
    return name_index(load_gazetteer())


def _name_text() -> st.SearchStrategy[str]:
    """Texts made of gazetteer keys, proclitics, joints and junk (raw hits of every kind)."""
    keys = sorted(_index().entries)[::25]
    piece = st.one_of(
        st.sampled_from(keys),
        st.sampled_from(["", "و", "ب", "ل", "وب", "فل", "كال", "xو", "ال", "لل"]),
        st.sampled_from(list(_BOUNDARY_CHARS)),
        st.sampled_from([" ", "  ", "\n", "ي", "ين", "abc", "137"]),
    )
    return st.lists(piece, max_size=20).map("".join)


# ------------------------------------------------------------------ words of the normalised text


@settings(max_examples=300, deadline=None)
@given(boundary_text)
def test_split_words_gives_the_words_of_the_word_regex(s: str) -> None:
    strings, starts = matcher._split_words(s)
    spans = [m.span() for m in _WORD_RE.finditer(s)]
    assert strings == [s[a:b] for a, b in spans]
    assert starts == [a for a, _ in spans]


@settings(max_examples=200, deadline=None)
@given(boundary_text)
def test_scan_words_gaps_and_word_index(text: str) -> None:
    scan = _Scan(text)
    spans = [m.span() for m in _WORD_RE.finditer(scan.s)]
    assert scan.words == spans
    assert scan.strings == [scan.s[a:b] for a, b in spans]
    for k, (a, b) in enumerate(spans):
        assert scan.word_end(k) == b
        assert scan.gap(k) == scan.s[spans[k - 1][1] if k else 0:a]
    for pos in range(len(scan.s) + 1):
        inside = [k for k, (a, b) in enumerate(spans) if a <= pos < b]
        assert scan.word_index(pos) == (inside[0] if inside else -1)


def test_bmp_word_class_is_isalnum() -> None:
    for code in range(0x10000):
        ch = chr(code)
        assert bool(matcher._BMP_NON_WORD_RE.match(ch)) == (not ch.isalnum() and ch != " ")


# ------------------------------------------------------------------ raw automaton hits


def _is_arabic_word_char_reference(ch: str) -> bool:
    return ch.isdigit() or ("\u0620" <= ch <= "\u064a") or ("\u066e" <= ch <= "\u06ff" and ch.isalpha())


def test_arabic_word_char_table() -> None:
    for code in range(0x10000):
        ch = chr(code)
        assert matcher._is_arabic_word_char(ch) == _is_arabic_word_char_reference(ch)


def _raw_matches_reference(scan: _Scan, index: NameIndex) -> list[tuple[int, int, str, str]]:
    """Boundary tests per hit with the word list, then longest-first selection."""
    s = scan.s
    found = []
    for end, key in index.automaton.iter(s):
        e = end + 1
        if e < len(s) and _is_arabic_word_char_reference(s[e]):
            continue
        start = e - len(key)
        if start > 0 and _is_arabic_word_char_reference(s[start - 1]):
            k = scan.word_index(start)
            if k < 0:
                continue
            wstart = scan.words[k][0]
            prefix = s[wstart:start]
            if prefix not in PROCLITICS:
                continue
        else:
            wstart, prefix = start, ""
        entry = index.entries[key]
        if entry.lam:
            if prefix not in ("", "و", "ف"):
                continue
            prefix += "ل"
        found.append((wstart, e, key, prefix))
    found.sort(key=lambda f: (-len(f[2]), f[0]))
    chosen: list[tuple[int, int, str, str]] = []
    for f in found:
        if all(f[1] <= c[0] or c[1] <= f[0] for c in chosen):
            chosen.append(f)
    return sorted(chosen)


@settings(max_examples=300, deadline=None)
@given(_name_text())
def test_raw_matches_agree_with_the_per_hit_reference(text: str) -> None:
    scan = _Scan(text)
    got = [(f.nstart, f.nend, f.key, f.prefix) for f in matcher._raw_matches(scan, _index())]
    assert got == _raw_matches_reference(scan, _index())


# ------------------------------------------------------------------ memoised word tests


def _stems(word: str) -> list[str]:
    return [stem for _prefix, stem in clitic_splits(word)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="وفبلكالرئيسقناةريفمحافظهشرقيبلدهقريه", max_size=9))
def test_word_cues_read_the_clitic_splits(word: str) -> None:
    index = _index()
    lex = index.lexicon
    stems = _stems(word)
    cues = matcher._prev_word_cues(index, word)
    assert cues.readable == bool(stems)
    if not stems:
        assert cues == matcher._NO_CUES
        return
    form = index.trigger_forms.get(word)
    assert cues.trigger == (form[1] if form else None)
    assert cues.admin == any(st in lex.admin_cues for st in stems)
    assert cues.person == (word in lex.person_cues or any(st in lex.person_cues for st in stems))
    assert cues.media == (word in lex.media_cues or any(st in lex.media_cues for st in stems[:2]))
    assert cues.common == any(st in lex.common_cues for st in stems)
    assert matcher._is_location_cue(index, word) == any(
        st in lex.admin_cues or st in lex.directions for st in stems)


def test_word_memos_are_bounded() -> None:
    index = _index()
    for memo in (index.prev_word_cues, index.is_name_word, index.is_location_cue):
        assert memo.cache_info().maxsize == matcher._WORD_MEMO


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="وواابد ,_x1", max_size=40))
def test_inner_waw_finds_the_glued_pair_candidates(s: str) -> None:
    """Words with «و» at least three letters from either end (those :func:`_glued_pairs` tries)."""
    spans = [m.span() for m in _WORD_RE.finditer(s)]
    want = [k for k, (a, b) in enumerate(spans) if "و" in s[a:b][3:-3]]
    starts = [a for a, _ in spans]
    got: list[int] = []
    for match in matcher._INNER_WAW_RE.finditer(s):
        k = bisect.bisect_right(starts, match.start()) - 1
        if k not in got:
            got.append(k)
    assert got == want
