"""The shipped claim lexicon loads, is normalised and is consistent."""

from __future__ import annotations

import geo.lexicon as lex
from geo.actors import actor_family, actor_names, canonical_actor
from geo.model import ACTIONS


def test_triggers_are_known_actions_and_normalised():
    triggers = lex.load_triggers()
    assert len(triggers) > 150
    assert {t.action for t in triggers} <= set(ACTIONS)
    for t in triggers:
        assert t.form == lex.normalize(t.form) and t.form.strip() == t.form
        assert t.pos in ("verb", "present", "noun") and t.post_actor in ("subject", "object")
    lengths = [len(t.form) for t in triggers]
    assert lengths == sorted(lengths, reverse=True)


def test_required_forms_are_covered():
    forms = {t.form for t in lex.load_triggers()}
    for word in ("سيطرت", "سيطروا", "تسيطر", "السيطرة على", "بسط السيطرة", "استعاد", "استعادة", "حرر",
                 "تحرير", "دخل", "دخول", "تقدم", "يتقدم", "توغل", "طوق", "تطويق", "حاصر", "حصار",
                 "فك الحصار", "كسر حصار", "قصف", "غارات", "استهدف", "صد", "انسحب", "خفض التصعيد",
                 "مفاوضات", "محادثات", "جولة"):
        assert lex.normalize(word) in forms, word


def test_actors_have_unique_names_and_aliases():
    actors = lex.load_actors()
    names = [a.name for a in actors]
    assert len(names) == len(set(names)) and names == list(actor_names())
    for name in ("Syrian Army", "ISIS", "SDF", "HTS", "Opposition factions", "Russia", "Turkey", "Iran",
                 "Hezbollah", "US-led coalition", "Iraqi forces"):
        assert name in names
    seen: dict[str, str] = {}
    for actor in actors:
        for alias in actor.aliases:
            assert alias == lex.normalize(alias)
            assert seen.setdefault(alias, actor.name) == actor.name, alias


def test_canonical_actor_and_family():
    assert canonical_actor("قوات الأسد") == "Syrian Army"
    assert canonical_actor("تنظيم الدولة الإسلامية") == "ISIS"
    assert canonical_actor("قسد") == "SDF"
    assert canonical_actor("لا أحد") == ""
    assert actor_family("Syrian Air Force + Hezbollah") == actor_family("Syrian Army") == "government"
    assert actor_family("Unknown Militia") == "unknown militia"


def test_calendar_months_of_three_traditions():
    months = lex.load_calendar()["months"]
    for word, number in (("تشرين الأول", 10), ("أكتوبر", 10), ("جويلية", 7), ("أوت", 8), ("آب", 8),
                         ("كانون الثاني", 1), ("جانفي", 1), ("فيفري", 2), ("أيار", 5), ("ماي", 5)):
        assert months[lex.normalize(word)] == number
    assert len(lex.load_calendar()["weekdays"]) >= 7


def test_markers_load_and_loaders_are_cached():
    markers = lex.load_markers()
    assert {"negation", "intent", "future", "attribution", "state_phrases"} <= set(markers)
    assert lex.load_markers() is markers
    assert lex.normalize("يسعى") in markers["intent"]


def test_new_marker_lists_load_normalised():
    actions = lex.load_action_markers()
    for key in ("range_markers", "range_end_markers", "exclusion_markers", "completion_words",
                "demonstratives", "place_fillers", "place_anaphor_demonstratives", "place_anaphor_bare"):
        assert actions[key], key
        assert all(w == lex.normalize(w) for w in actions[key]), key
    assert lex.normalize("وصولاً إلى") in actions["range_end_markers"]
    kinds = dict(actions["place_anaphor_nouns"])
    assert set(kinds[lex.normalize("المدينة")]) == {"city", "town"}
    from geo.model import PLACE_KINDS
    assert all(set(k) <= set(PLACE_KINDS) for k in kinds.values())
    actor_markers = lex.load_actor_markers()
    assert lex.normalize("هذه القوات") in actor_markers["anaphors"]
    assert lex.normalize("ما يعرف") in actor_markers["naming_markers"]
    assert lex.normalize("قد تشمل") not in lex.load_markers()["speculative"]  # «قد» + verb is code


def test_trigger_defaults_name_known_actors():
    names = set(actor_names())
    assert all(t.actor in names for t in lex.load_triggers() if t.actor)
    assert any(t.actor == "Syrian Army" for t in lex.load_triggers())


def test_actor_anaphors_resolve_to_the_previous_subject_only():
    from geo.actors import find_actor_mentions, resolve_actor_anaphors
    norm = lex.normalize("قصف الطيران الروسي مواقع داعش. وتقدمت القوات نحو التلة.")
    resolved = resolve_actor_anaphors(norm, find_actor_mentions(norm))
    anaphor = next(m for m in resolved if m.anaphor)
    assert anaphor.entry.name == "Russia"  # «مواقع داعش» is an object, not an antecedent
    norm = lex.normalize("وتقدمت القوات نحو التلة.")
    assert resolve_actor_anaphors(norm, find_actor_mentions(norm)) == []  # no antecedent: dropped
    norm = lex.normalize("تقدمت القوات التركية نحو التلة")
    assert not any(m.anaphor for m in resolve_actor_anaphors(norm, find_actor_mentions(norm)))


def test_word_occurrences_are_the_whole_words_in_the_set():
    import re

    text = "قال قالوا وقال_ قال، «قال» 3قال قال3 قال"
    words = frozenset({"قال", "وقال_", "3قال"})
    expected = [(m.start(), m.group()) for m in re.finditer(r"\w+", text) if m.group() in words]
    assert lex.word_occurrences(text, words) == expected
    assert [p for p, _ in expected] == [0, 10, 16, 22, 27, 37]
    assert lex.word_occurrences(text, frozenset({"غير"})) == []


def test_first_words_gate_every_phrase():
    assert lex.first_words(["قوات النظام", "الجيش"], ("", "و")) == frozenset(
        {"قوات", "الجيش", "وقوات", "والجيش"})
    assert lex.first_words(["a-b"]) is None  # a non-word character: no exact gate


# ------------------------------------------------------------------ fast word scans equal the regex
# ``vocabulary`` splits normalised text at spaces and only runs the ``\w+`` regex on the tokens that
# carry more than stuck punctuation; these properties compare it with the plain regex scan on any
# text (underscores, exotic digits and spaces, punctuation inside words, leading/trailing spaces).

import re  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDY = st.text(alphabet=st.sampled_from(list("قالوجيش ابن3٣১_é-.,:;!?\"'()[]/%«» \n\t\u00a0\u200bxZ")),
                 max_size=60)


def _reference_vocabulary(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\w+", text)]


@settings(max_examples=300, deadline=None)
@given(_WORDY)
def test_vocabulary_equals_the_regex_scan(text):
    assert lex.vocabulary(text) == _reference_vocabulary(text)
    assert lex.vocabulary(lex.normalize(text)) == _reference_vocabulary(lex.normalize(text))


@settings(max_examples=200, deadline=None)
@given(_WORDY, st.frozensets(st.sampled_from(["قال", "الجيش", "3", "ا", "ب_", "x", "é"]), max_size=4))
def test_word_occurrences_equal_the_filtered_scan(text, words):
    expected = [(p, w) for p, w in _reference_vocabulary(text) if w in words]
    assert lex.word_occurrences(text, words) == expected
    assert lex.word_occurrences(text, words, lex.vocabulary(text)) == expected


@settings(max_examples=200, deadline=None)
@given(_WORDY, st.integers(0, 60), st.integers(0, 5))
def test_glued_prefix_is_the_start_of_the_word(text, pos, limit):
    pos = min(pos, len(text))
    start = pos
    while start > 0 and re.match(r"\w", text[start - 1]):
        start -= 1
    expected = text[start:pos] if pos - start <= limit else None
    assert lex.glued_prefix(text, pos, limit) == expected


def test_matches_at_the_candidates_equal_finditer():
    pattern = re.compile(r"(?<!\w)و?قال(?:\s+الجيش)?(?!\w)")
    text = "قال الجيش وقال، قالوا قال"
    starts = [m.start() for m in re.finditer(r"(?<!\w)\w", text)]
    assert [m.span() for m in lex.matches_at(pattern, text, starts)] == \
        [m.span() for m in pattern.finditer(text)]


def test_is_word_char_is_what_the_regex_word_class_matches():
    """``is_word_char`` stands for ``\\w`` in the word gates of claims, dates and actors."""
    sample = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة" + "٠١٢٣٩0129azAZ_" + " \t\n.,،؛؟:!\"'«»()-–—ـًٌٍَُِّْ%#@\u200c\u200f"
    for ch in sample:
        assert lex.is_word_char(ch) == (re.match(r"\w", ch) is not None), repr(ch)


def test_calendar_names_are_whole_words():
    """The date finder looks month names up by their first word (``geo.dates._month_number``)."""
    calendar = lex.load_calendar()
    for key in ("months", "weekdays", "ordinals"):
        for name in calendar[key]:
            assert all(re.fullmatch(r"\w+", token) for token in name.split()), name
