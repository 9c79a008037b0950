"""The fast paths of mention finding give what the plain per-character definitions give.

Each reference below is the straightforward version the matcher used before (one regex match,
one character test or one clitic split at a time); the fast versions must agree with it.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from hypothesis import event, given, settings
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
    assert [(a, scan.word_end(k)) for k, a in enumerate(scan.word_starts)] == spans
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
        assert bool(matcher._bmp_non_word_re().match(ch)) == (not ch.isalnum() and ch != " ")


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
            wstart = scan.word_starts[k]
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


#: Every proclitic string written before a word: a conjunction, a preposition, or both.
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
#: The lexicon tables whose words the word before a match is read against.
_CUE_TABLES = ("admin_cues", "media_cues", "person_cues", "common_cues", "triggers", "directions")
#: Words in none of those tables (nor glued to a proclitic): names, nouns, a verb.
_PLAIN_WORDS = ("حمص", "دمشق", "الرقه", "حلب", "الجيش", "قوات", "النظام", "امس", "اليوم", "سيطر")


def _glued(proclitic: str, word: str) -> str:
    """``proclitic`` + ``word`` as written: «ل» + «الريف» is «للريف» (the alef drops)."""
    if proclitic.endswith("ل") and word.startswith("ال"):
        return proclitic + word[1:]
    return proclitic + word


@st.composite
def _words_before(draw: st.DrawFn) -> tuple[str, str, str]:
    """(table, proclitic, word): a word of a lexicon cue table (``plain``: of
    :data:`_PLAIN_WORDS`; ``junk``: any letters) with a proclitic glued to it."""
    table = draw(st.sampled_from((*_CUE_TABLES, "plain", "junk")))
    if table == "plain":
        word = draw(st.sampled_from(_PLAIN_WORDS))
    elif table == "junk":
        word = draw(st.text(alphabet="وفبلكالرئيسقناةريفمحافظهشرقيبلدهقريه", max_size=6))
    else:
        word = draw(st.sampled_from(sorted(getattr(_index().lexicon, table))))
    return table, draw(st.sampled_from(_PROCLITICS)), word


@settings(max_examples=600, deadline=None)
@given(_words_before())
def test_word_cues_of_lexicon_words_with_proclitics(drawn: tuple[str, str, str]) -> None:
    """The word before a match, a lexicon cue word behind any proclitic, gives its cue."""
    table, proclitic, word = drawn
    index = _index()
    glued = _glued(proclitic, word)
    event(f"table {table}")
    cues = matcher._prev_word_cues(index, glued)
    assert index.prev_word_cues(glued) == cues  # the memo gives the same
    location = matcher._is_location_cue(index, glued)
    assert cues.readable == (len(glued) >= 2)  # a single letter gives no cue
    if not cues.readable:
        assert cues == matcher._NO_CUES and not location
    if table == "admin_cues":  # «بريف», «وللمدينه», «فكمحافظه»
        assert cues.admin and location
    elif table == "directions":
        assert location  # «شرق», «بالشرقي»
    elif table == "person_cues":
        assert cues.person
    elif table == "common_cues":
        assert cues.common
    elif table == "media_cues" and len(proclitic) <= 1 and glued == proclitic + word:
        assert cues.media  # «وقناه», «بوكاله»; one proclitic letter at most
    elif table == "triggers" and glued == proclitic + word:
        if "ك" in proclitic and len(word) <= 3:
            event("trigger: short noun after «ك»")
            assert cues.trigger is None  # «كتل» is blocks, not «ك» + «تل»
        else:
            event("trigger: read")
            assert cues.trigger is not None
            assert any(p + cues.trigger.word == glued for p in _PROCLITICS)
    elif table == "plain":
        assert (cues.trigger, cues.admin, cues.person, cues.media, cues.common, location) \
            == (None, False, False, False, False, False)


def test_word_memos_are_bounded() -> None:
    index = _index()
    for memo in (index.prev_word_cues, index.is_name_word, index.is_location_cue,
                 index.is_stationed_participle):
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


# ------------------------------------------------------------------ per-word tables and memos

#: Letters of the group heads and participles of position, with proclitics and junk around them.
_HEAD_LETTERS = "منصهاتيوفبلكالمتمركزهنشرx"


@st.composite
def _head_words(draw: st.DrawFn, heads: tuple[str, ...]) -> str:
    """A word of ``heads`` behind a proclitic, or with a letter dropped or added, or junk."""
    word = draw(st.sampled_from(heads))
    shape = draw(st.sampled_from(("proclitic", "dropped", "added", "junk")))
    if shape == "proclitic":
        return _glued(draw(st.sampled_from(_PROCLITICS)), word)
    if shape == "dropped":
        i = draw(st.integers(0, len(word) - 1))
        return word[:i] + word[i + 1:]
    if shape == "added":
        return draw(st.text(alphabet=_HEAD_LETTERS, max_size=2)) + word
    return draw(st.text(alphabet=_HEAD_LETTERS, max_size=8))


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_group_head_forms_are_the_heads_behind_a_proclitic(data: st.DataObject) -> None:
    """A word is in ``group_head_forms`` exactly when a proclitic and a group head make it up
    (the per-proclitic test :func:`_group_name_spans` made before)."""
    heads = _index().lexicon.group_heads
    word = data.draw(_head_words(tuple(sorted(heads))))
    want = any(word[len(p):] in heads for p in PROCLITICS if word.startswith(p))
    assert (word in _index().group_head_forms) == want


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_stationed_participle_memo_is_the_stem_test(data: st.DataObject) -> None:
    """The memo of the participles of position gives the clitic-split test it caches."""
    index = _index()
    stationed = index.lexicon.stationed
    word = data.draw(_head_words(tuple(sorted(stationed))))
    want = any(stem in stationed for _prefix, stem in clitic_splits(word))
    assert index.is_stationed_participle(word) == want
    assert matcher._is_stationed_participle(index, word) == want


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["منصه", "ومنصتي", "منصات", "بمنصتا", "منصهر", "القاهره", "موسكو",
                                 "وموسكو", "ودمشق", "حلب", "،", ".", "x"]), max_size=12))
def test_group_name_spans_agree_with_the_per_word_scan(words: list[str]) -> None:
    """:func:`_group_name_spans` (candidate heads from the form table) finds the spans of the
    plain scan over every word."""
    index = _index()
    scan = _Scan(" ".join(words))
    heads = index.lexicon.group_heads
    want: list[tuple[int, int]] = []
    nwords = len(scan.strings)
    if any(head in scan.s for head in heads):
        for k in range(nwords - 1):
            word = scan.word(k)
            if not any(word[len(p):] in heads for p in PROCLITICS if word.startswith(p)) \
                    or not matcher._HARD_STOP_OR_COMMA.isdisjoint(scan.gap(k + 1)):
                continue
            size = matcher._place_name_at(scan, k + 1, index, conj=False)
            end = k + size
            while size and not matcher._singular_head(word) and end + 1 < nwords \
                    and matcher._HARD_STOP_OR_COMMA.isdisjoint(scan.gap(end + 1)):
                size = matcher._place_name_at(scan, end + 1, index, conj=True)
                end += size
            if end > k:
                want.append((scan.word_starts[k + 1], scan.word_end(end)))
    event(f"spans {min(len(want), 2)}")
    assert matcher._group_name_spans(scan, index) == want
