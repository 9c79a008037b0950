"""The fast paths of geo.claims equal the plain scans they replace.

The rules read the words of the article (``geo.lexicon.vocabulary``) instead of running small
regexes on slices, and skip a marker regex when no key word of the marker begins in its window
(``_Ctx.may_match``). These properties compare them with the plain regex versions on texts made of
lexicon words, clitics, fillers and punctuation.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geo import claims as _claims
from geo.lexicon import load_action_markers, load_markers, normalize
from geo.model import Article

_MARKER_WORDS = sorted({w for values in (*load_markers().values(), *(
    v for v in load_action_markers().values() if v and isinstance(v[0], str)))
    for phrase in values for w in phrase.split()})
_FILLER = ["قرية", "مدينة", "أمس", "الجيش", "قوات", "12", "ها", "و", "ف", "«", "»", "،", ".", "\n", "جنوب"]

_texts = st.lists(
    st.tuples(st.sampled_from(_MARKER_WORDS + _FILLER), st.sampled_from([" ", " ", "", "، ", " «", "» "])),
    min_size=1, max_size=30).map(lambda parts: "".join(w + s for w, s in parts))


def _ctx(text: str) -> _claims._Ctx:
    return _claims._prepare(Article(id="t", date=dt.date(2018, 3, 14), text=text), [])


def _reference_word_before(norm: str, pos: int, count: int) -> list[str]:
    """The former regex version of ``_word_before``."""
    lo = max(0, pos - 15 * count)
    words = list(re.finditer(r"[\w]+", norm[lo:pos]))
    if words and lo > 0 and words[0].start() == 0 and re.match(r"\w", norm[lo - 1]):
        words = words[1:]
    return [m.group(0) for m in words[-count:]]


def _reference_skip_fillers_back(norm: str, pos: int, floor: int, fillers: frozenset[str]) -> int:
    """The former regex version of ``_skip_fillers_back``."""
    while pos > floor:
        m = re.search(r"([\w]+)[\s\"'«»“”]*$", norm[max(floor, pos - 30):pos])
        if m is None or m.group(1) not in fillers and not m.group(1).isdigit():
            break
        pos = max(floor, pos - 30) + m.start(1)
    return pos


@settings(max_examples=150, deadline=None)
@given(_texts, st.data())
def test_word_before_equals_the_regex_scan(text, data):
    ctx = _ctx(text)
    pos = data.draw(st.integers(0, len(ctx.norm)))
    count = data.draw(st.integers(1, 3))
    assert _claims._word_before(ctx, pos, count) == _reference_word_before(ctx.norm, pos, count)


@settings(max_examples=150, deadline=None)
@given(_texts, st.data())
def test_skip_fillers_back_equals_the_regex_scan(text, data):
    ctx = _ctx(text)
    pos = data.draw(st.integers(0, len(ctx.norm)))
    floor = data.draw(st.integers(0, pos))
    extra = data.draw(st.sampled_from([frozenset(), _claims._FROM]))
    assert _claims._skip_fillers_back(ctx, pos, floor, extra) == \
        _reference_skip_fillers_back(ctx.norm, pos, floor, _claims._fillers_with(extra))


def _window_regexes() -> dict[str, re.Pattern[str]]:
    """Every regex gated by ``_Ctx.may_match``, by gate key."""
    out = {key: _claims._marker_regexes()[key] for key in
           ("negation", "intent", "future", "state_phrases", "speculative", "clause_breaks", "exclusion_markers")}
    for key in ("origin_markers", "range_markers", "targeting_words", "blocking_words", "completion_words"):
        out[key] = _claims._ends_regex(key)
    out["loss_words"] = _claims._loss_regex()
    out["denial"] = _claims._DENIAL
    out["after_markers"] = _claims._AFTER_MARKERS
    out["relative_pronouns"] = _claims._RELATIVE_SUBJECT
    return out


@settings(max_examples=200, deadline=None)
@given(_texts, st.data())
def test_a_closed_gate_means_no_match_in_the_window(text, data):
    ctx = _ctx(text)
    lo = data.draw(st.integers(0, len(ctx.norm)))
    hi = data.draw(st.integers(lo, len(ctx.norm)))
    for key, regex in _window_regexes().items():
        if regex.search(ctx.norm, lo, hi) is not None:
            assert ctx.may_match(key, lo, hi), (key, lo, hi)


@settings(max_examples=150, deadline=None)
@given(_texts, st.data())
def test_a_closed_sentence_gate_means_no_match_there(text, data):
    ctx = _ctx(text)
    pos = data.draw(st.integers(0, len(ctx.norm)))
    for key in ("conditional", "topic_shift"):
        if _claims._marker_regexes()[key].match(ctx.norm, pos) is not None:
            assert ctx.may_match_at(key, pos), (key, pos)


def test_single_marker_words_are_what_the_regex_fully_matches():
    words = {w for phrase in load_action_markers()["operation_nouns"] + load_action_markers()["demonstratives"]
             for w in phrase.split()} | {"و" + w for w in _MARKER_WORDS} | set(_MARKER_WORDS)
    for key in ("operation_nouns", "demonstratives"):
        regex = _claims._marker_regexes()[key]
        for word in words:
            if re.fullmatch(r"\w+", word):
                assert (word in _claims._single_words(key)) == (regex.fullmatch(word) is not None), (key, word)


def test_gates_hold_on_a_real_sentence():
    ctx = _ctx(normalize("ولم تتمكن قوات النظام من السيطرة على البلدة، وفق ما قالت مصادر."))
    assert ctx.may_match("negation", 0, 5)  # «ولم»
    assert ctx.may_match("negation", 4, 9)  # «تتمكن», the key word of «لم تتمكن»
    assert not ctx.may_match("negation", 10, ctx.norm.index(" السيطره"))
    assert ctx.may_match("negation", 10, ctx.norm.index("النظام") + 2)  # the window's end cuts a word
