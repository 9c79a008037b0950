"""The fast paths of geo.claims equal the plain scans they replace.

The rules read the words of the article (``geo.lexicon.vocabulary``) instead of running small
regexes on slices, and skip a marker regex when no key word of the marker begins in its window
(``_Ctx.may_match``). These properties compare them with the plain regex versions on texts made of
lexicon words, clitics, fillers and punctuation: the filler walk starts where it can move (after a
filler word), and each gate is tested on windows around a phrase of its own marker, so that its
regex matches in many examples (``--hypothesis-show-statistics`` shows how many).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import event, given, settings
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


#: Texts for the filler walk: runs of filler words (with and without «ال»), numbers and «من» between
#: other words, with spaces and quotes after them.
_FILLER_WORDS = sorted(_claims._fillers())
_filler_texts = st.lists(
    st.tuples(st.sampled_from(_FILLER_WORDS + ["12", "3", "من", "ومن"] + _MARKER_WORDS + _FILLER),
              st.sampled_from([" ", " ", "", '" ', " «", "» ", "، ", "\n"])),
    min_size=1, max_size=20).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=200, deadline=None)
@given(_filler_texts, st.data())
def test_skip_fillers_back_equals_the_regex_scan(text, data):
    ctx = _ctx(text)
    extra = data.draw(st.sampled_from([frozenset(), _claims._FROM]))
    fillers = _claims._fillers_with(extra)
    # where the walk can move: the end of a filler or a number, and the spaces and quotes after it
    ends = [start + len(word) for start, word in ctx.words if word in fillers or word.isdigit()]
    if ends and data.draw(st.integers(0, 9)):  # one example in ten: anywhere
        end = data.draw(st.sampled_from(ends))
        pos = data.draw(st.integers(end, _claims._TRAILING.match(ctx.norm, end).end()))
    else:
        pos = data.draw(st.integers(0, len(ctx.norm)))
    floor = data.draw(st.integers(0, pos))
    result = _claims._skip_fillers_back(ctx, pos, floor, extra)
    event("moved" if result < pos else "stayed")
    assert result == _reference_skip_fillers_back(ctx.norm, pos, floor, fillers)


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
    for key in _claims._CONTEXT_KEYS:  # the lists searched by _last_context
        out[key] = _claims._context_regex(key)
    return out


def _gate_phrases() -> dict[str, list[str]]:
    """Gate key → phrases its regex matches (so that texts built from them reach a match)."""
    markers, actions = load_markers(), load_action_markers()
    out = {key: list(markers[key]) for key in ("negation", "intent", "future", "state_phrases", "speculative",
                                               "conditional", "topic_shift")}
    out["speculative"] += ["قد تشمل", "قد يتقدم"]
    for key in ("clause_breaks", "exclusion_markers", "origin_markers", "range_markers", "targeting_words",
                "blocking_words", "completion_words", "loss_words"):
        out[key] = list(actions[key])
    out["denial"] = list(_claims._DENIAL_WORDS)
    out["after_markers"] = [word + {"وفقا": " لمصادر", "نقلا": " عن"}.get(word, "") for word in _claims._AFTER_PHRASES]
    out["relative_pronouns"] = [f"{pronoun} {rest}" for pronoun in _claims._RELATIVE_PRONOUNS
                                for rest in ("فرضه", "سيطر عليها")]
    for key in _claims._CONTEXT_KEYS:
        out[key] = list(markers[key])
    return out


_GATE_PHRASES = _gate_phrases()
_SEPARATORS = [" ", " ", "", ", ", ' "', '" ', ". ", "\n"]
_OTHER_WORDS = [normalize(w) for w in _FILLER if w.strip()] + _MARKER_WORDS  # normalising keeps them


@st.composite
def _text_around(draw, key: str) -> tuple[str, int, int, int]:
    """A normalised text holding a phrase of gate ``key`` (maybe after a clitic «و»/«ف») between
    other words, the span of that phrase and the end of the separator after it (often a space)."""
    def words() -> st.SearchStrategy[str]:
        return st.lists(st.tuples(st.sampled_from(_OTHER_WORDS + _GATE_PHRASES[key]), st.sampled_from(_SEPARATORS)),
                        max_size=4).map(lambda parts: "".join(w + s for w, s in parts))

    before = draw(words())
    clitics = [""] if key == "relative_pronouns" else ["", "", "و", "ف"]  # that regex takes none
    phrase = draw(st.sampled_from(clitics)) + draw(st.sampled_from(_GATE_PHRASES[key]))
    separator = draw(st.just(" ") | st.sampled_from(_SEPARATORS))
    text = before + phrase + separator + draw(words())
    end = len(before) + len(phrase)
    return text, len(before), end, end + len(separator)


@pytest.mark.parametrize("key", sorted(_window_regexes()))
@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_closed_gate_means_no_match_in_the_window(key, data):
    text, start, end, after = data.draw(_text_around(key))
    ctx = _ctx(text)
    assert ctx.norm == text
    # windows around the phrase: from a little before it (or inside it) to a little after its end,
    # often right at its end or after the separator that follows (where ``…\s*$`` regexes match)
    lo = max(0, start - data.draw(st.integers(-2, 12)))
    hi = data.draw(st.just(end) | st.just(after) | st.integers(end - 2, end + 12))
    hi = min(len(text), max(lo, hi))
    for other, regex in _window_regexes().items():  # every gate on the window; ``key``'s often matches
        matched = regex.search(ctx.norm, lo, hi) is not None
        if other == key:
            event("match" if matched else "no match")
        if matched:
            assert ctx.may_match(other, lo, hi), (other, lo, hi)


@pytest.mark.parametrize("key", ["conditional", "topic_shift"])
@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_closed_sentence_gate_means_no_match_there(key, data):
    text, start, _end, _after = data.draw(_text_around(key))
    ctx = _ctx(text)
    assert ctx.norm == text
    pos = max(0, start - data.draw(st.integers(-1, 3)))  # at the phrase, after punctuation, or inside it
    matched = _claims._marker_regexes()[key].match(ctx.norm, pos) is not None
    event("match" if matched else "no match")
    if matched:
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
