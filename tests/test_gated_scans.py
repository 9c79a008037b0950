"""The word-gated scans equal the full-text regex scans they replace.

``geo.claims._place_anaphor_matches`` (place anaphors), ``geo.claims._break_starts`` (sentence
breaks) and ``geo.actors._gated_matches`` (short names, counted fighters) try their regex only
where a match can begin; on texts made of the words, clitics and punctuation of those regexes they
must yield exactly what ``finditer`` over the whole text yields.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geo import actors as _actors
from geo import claims as _claims
from geo.lexicon import matches_at, normalize, vocabulary

_PIECES = ["في", "وفي", "داخل", "وسط", "اطراف", "هذه", "تلك", "المدينة", "للمدينة", "بالمدينة", "وبالمدينة",
           "فللبلدة", "الحي", "الحيوي", "المطار", "المنطقة", "ب", "ل", "الحركة", "والحركة", "للحزب", "كالحزب",
           "حزب", "عشرات", "العشرات", "من", "المسلحين", "عنصرا", "300", "٣٠", "12a", "x", "_", "#", "«", "»"]
_SEPARATORS = [" ", " ", "", "  ", "\n", "، ", ". ", " _", "\n\n", ": ", "» "]

_texts = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=25).map(
    lambda parts: "".join(word + sep for word, sep in parts))


def _norm(text: str) -> str:
    return normalize(text).replace("_", " ")  # as geo.claims._prepare


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_place_anaphor_matches_equal_finditer(text: str) -> None:
    norm = _norm(text)
    regex, kinds, _bare = _claims._place_anaphor_regex()
    assert [m.span() for m in _claims._place_anaphor_matches(regex, kinds, norm, vocabulary(norm))] == \
        [m.span() for m in regex.finditer(norm)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list('.!?؟:;؛"»”\n \t\r•-*ab٣\u2028\x85'), max_size=30))
def test_break_starts_cover_every_sentence_break(text: str) -> None:
    assert [m.span() for m in matches_at(_claims._ORIG_BREAK, text, _claims._break_starts(text))] == \
        [m.span() for m in _claims._ORIG_BREAK.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(min_value=0, max_value=40))
def test_gated_actor_scans_equal_finditer(text: str, pos: int) -> None:
    norm = _norm(text)
    words = vocabulary(norm)
    for regex, firsts, digits in ((_actors._short_name_regex(), _actors._short_name_starts(), False),
                                  (_actors._counted_fighters_regex(), _actors._counted_starts(), True)):
        assert regex is not None
        assert [m.span() for m in _actors._gated_matches(regex, norm, pos, firsts, words, digits=digits)] == \
            [m.span() for m in regex.finditer(norm, pos)]


_TRIGGER_PIECES = ["على", "علي", "مشارف", "مشارفها", "إلى", "الى", "حضن", "سيطرة", "سيطره", "الجيش", "التي",
                   "وقعت", "تم", "التوصل", "إليه", "قوات", "مراقبة", "منطقة", "آمنة", "امنه", "خفض", "التصعيد",
                   "وعلى", "بالتي", "x", "3", "_", "«"]
_trigger_texts = st.lists(st.tuples(st.sampled_from(_TRIGGER_PIECES), st.sampled_from(_SEPARATORS)),
                          max_size=12).map(lambda parts: "".join(word + sep for word, sep in parts))


@settings(max_examples=400, deadline=None)
@given(_trigger_texts)
def test_trigger_second_word_gate_only_skips_failing_regexes(text: str) -> None:
    """Where ``_may_continue_form`` rules a way out, its trigger regex does not match: the gated
    ``_plain_trigger`` is the ungated one."""
    norm = _norm(text)
    starts = _claims._trigger_starts()
    seconds_of = _claims._second_words()
    for start, word in vocabulary(norm):
        for prefix, rest in starts[word].plain if word in starts else ():
            seconds = seconds_of.get(rest)
            if seconds is not None and not _claims._may_continue_form(norm, start + len(word), seconds):
                assert _claims._trigger_regex_for(rest).match(norm, start + len(prefix)) is None, (norm, word)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_word_end_regex_finds_the_words_ending_with_a_suffix(text: str) -> None:
    norm = _norm(text)
    _regex, kinds, _bare = _claims._place_anaphor_regex()
    suffixes = tuple(noun[1:] for noun in kinds)
    words = vocabulary(norm)
    assert [m.end() for m in _claims._word_end_regex(suffixes).finditer(norm)] == \
        [start + len(word) for start, word in words if word.endswith(suffixes)]
