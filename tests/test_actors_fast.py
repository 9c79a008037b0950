"""Fast paths of geo.actors equal the plain regex scans they replace.

The context tests before a mention («بدعم من», «ضد», «فإن مسلحي» …) run their regex only when the
window ends with a word the regex can end with, and anaphors are looked for only where the first
word of one occurs. The reference code below is the plain algorithm (every regex on every window,
``finditer`` over the whole text).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geo import actors as _actors
from geo.lexicon import load_actor_markers, load_actors, normalize

_MARKERS = load_actor_markers()
_WORDS = sorted({w for key in ("support_markers", "object_markers", "naming_markers", "subject_verbs", "anaphors")
                 for phrase in _MARKERS[key] for w in phrase.split()}
                | {w for a in load_actors() for alias in a.aliases for w in alias.split()}
                | {"إن", "أن", "فإن", "مسلحي", "مسلحو", "عناصر", "التنظيم", "تنظيم", "قوات", "الجيش"})
_GLUE = ["", "و", "ف", "ل", "ب", "بال", "لل", "وال", "ها"]
_SEPARATORS = [" ", " ", " ", "", "\n", "، ", ". ", '"', "' ", ' " ', "  "]

_texts = st.lists(st.tuples(st.sampled_from(_GLUE), st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)),
                  min_size=1, max_size=12).map(lambda parts: "".join(g + w + s for g, w, s in parts))


def _gates_and_regexes():
    support, obj, naming = _actors._context_regexes()
    gates = _actors._context_gates()
    return [(gates.support, support), (gates.object, obj), (gates.naming, naming),
            (gates.subject_head, gates.subject_head.regex), (gates.after_inna, _actors._AFTER_INNA),
            (gates.inna_end, _actors._INNA_END)]


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_ending_gates_answer_like_their_regex(text):
    for before in (text, normalize(text), text[-30:]):
        for gate, regex in _gates_and_regexes():
            assert gate.found(before, before.rstrip()) == (regex.search(before) is not None), (before, regex)


def test_ending_gates_on_own_windows():
    cases = ["تقدمت القوات بدعم من", "الغارات ضد", 'مواقع التنظيم "', "ما يعرف ب", "هاجم عناصر",
             "فإن مسلحي", "وقال إن", "بدعم من الطيران", "", "   ", "ضد\n"]
    for before in map(normalize, cases):
        for gate, regex in _gates_and_regexes():
            assert gate.found(before, before.rstrip()) == (regex.search(before) is not None), before


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_gated_anaphor_search_equals_finditer(text):
    norm = normalize(text)
    regex = _actors._anaphor_regex()
    assert [(m.span(), m.groupdict()) for m in _actors._anaphor_matches(norm)] == \
        [(m.span(), m.groupdict()) for m in regex.finditer(norm)]


# The roles of a mention as the plain algorithm computes them (every context regex searched).
_ACCUSATIVE = re.compile(r"^(?:مسلحي|عناصر|ارهابيي|مقاتلي|مرتزقه|فلول)\s")
_NOMINATIVE = re.compile(r"^(?:مسلحو|ارهابيو|مقاتلو)\s")


def _reference_roles(before: str, alias: str, prefix: str) -> tuple[bool, bool]:
    support, obj, naming = _actors._context_regexes()
    subject_head = _actors._context_gates().subject_head.regex
    supporting = bool(support.search(before))
    named = prefix in ("ب", "بال") and naming.search(before) is not None
    named = named or (not prefix and _NOMINATIVE.match(alias) is not None)
    doer = (prefix in ("", "ال") and (alias.startswith("عناصر ") or before.rstrip().endswith("عناصر"))
            and subject_head.search(before) is not None)
    doer = doer or (prefix in ("", "ال") and _actors._AFTER_INNA.search(before) is not None) \
        or (not prefix and _ACCUSATIVE.match(alias) is not None and _actors._INNA_END.search(before) is not None)
    object_like = (not supporting) and not named and not doer and (
        bool(obj.search(before)) or prefix in ("ل", "لل", "ب", "بال") or _ACCUSATIVE.match(alias) is not None)
    return supporting, object_like


_ALIASES = sorted({alias for a in load_actors() for alias in a.aliases})


@settings(max_examples=300, deadline=None)
@given(_texts, st.sampled_from(_ALIASES + ["مسلحو داعش", "مسلحي النصره", "عناصر التنظيم"]),
       st.sampled_from(["", "ال", "ب", "بال", "ل", "لل", "ك", "كال"]))
def test_mention_roles_equal_the_plain_regex_tests(text, alias, prefix):
    before = normalize(text)[-30:]
    assert _actors._roles(_actors._context_gates(), before, alias, prefix) == _reference_roles(before, alias, prefix)
