"""Fast paths of geo.actors equal the plain regex scans they replace.

The context tests before a mention («بدعم من», «ضد», «فإن مسلحي» …) run their regex only when the
window ends with a word the regex can end with, and anaphors are looked for only where the first
word of one occurs. The reference code below is the plain algorithm (every regex on every window,
``finditer`` over the whole text). Windows are random or end with a phrase of one context test, so
that each test (and each branch of ``_roles``) is reached (``--hypothesis-show-statistics``).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import event, given, settings
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


def _gates_and_regexes() -> dict[str, tuple[_actors._EndingRegex, re.Pattern[str]]]:
    """Gate name → (the gate, the plain regex it stands for)."""
    support, obj, naming = _actors._context_regexes()
    gates = _actors._context_gates()
    return {"support": (gates.support, support), "object": (gates.object, obj), "naming": (gates.naming, naming),
            "subject_head": (gates.subject_head, gates.subject_head.regex),
            "after_inna": (gates.after_inna, _actors._AFTER_INNA), "inna_end": (gates.inna_end, _actors._INNA_END)}


def _ending_phrases() -> dict[str, list[str]]:
    """Gate name → phrases a window can end with for the gate's regex to match."""
    inna = [c + w for c in ("", "ف", "و") for w in _actors._INNA]
    return {
        "support": list(_MARKERS["support_markers"]),
        "object": [m + tail for m in _MARKERS["object_markers"] for tail in ("", " التنظيم", " تنظيم")],
        "naming": list(_MARKERS["naming_markers"]),
        "subject_head": [v + tail for v in _MARKERS["subject_verbs"] for tail in ("", " عناصر")],
        "after_inna": [f"{w} {head}" for w in inna for head in _actors._INNA_HEADS],
        "inna_end": inna,
    }


_ENDINGS = _ending_phrases()
_GLUED = ["", "", "و", "ب"]  # a clitic glued to the phrase (some regexes take one, some do not)
_TRAILING = ["", " ", "  ", '"', ' "', "' ", "\n"]


def _window_ending(gate: str) -> st.SearchStrategy[str]:
    """Text that ends with a phrase of ``gate`` (after a clitic, before spaces or a quote)."""
    return st.tuples(_texts, st.sampled_from(_GLUED), st.sampled_from(_ENDINGS[gate]),
                     st.sampled_from(_TRAILING)).map("".join)


@pytest.mark.parametrize("name", ["any", *sorted(_ENDINGS)])
@settings(max_examples=60, deadline=None)
@given(st.data())
def test_ending_gates_answer_like_their_regex(name, data):
    """On windows ending with a phrase of the gate ``name`` (``any``: random windows)."""
    text = data.draw(_texts if name == "any" else _window_ending(name))
    for before in (text, normalize(text), text[-30:]):
        for other, (gate, regex) in _gates_and_regexes().items():
            found = regex.search(before) is not None
            if other == name and before is text:
                event("found" if found else "not found")
            assert gate.found(before, before.rstrip()) == found, (other, before)


def test_ending_gates_on_own_windows():
    cases = ["تقدمت القوات بدعم من", "الغارات ضد", 'مواقع التنظيم "', "ما يعرف ب", "هاجم عناصر",
             "فإن مسلحي", "وقال إن", "بدعم من الطيران", "", "   ", "ضد\n"]
    for before in map(normalize, cases):
        for gate, regex in _gates_and_regexes().values():
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
        or (not prefix and _ACCUSATIVE.match(alias) is not None and _actors._INNA_END.search(before) is not None) \
        or (prefix in ("ل", "لل") and _actors._after_weapon_noun(before))  # the weapon's owner fires it
    object_like = (not supporting) and not named and not doer and (
        bool(obj.search(before)) or prefix in ("ل", "لل", "ب", "بال") or _ACCUSATIVE.match(alias) is not None)
    return supporting, object_like


_ALIASES = sorted({alias for a in load_actors() for alias in a.aliases})
_HEADED = ["مسلحو داعش", "مسلحي النصره", "عناصر التنظيم"]  # a nominative or an oblique plural head
_PREFIXES = ["", "ال", "ب", "بال", "ل", "لل", "ك", "كال"]
#: The clitics and aliases of the mention that a context test applies to (its branch of ``_roles``).
_PREFIXES_OF = {"naming": ["ب", "بال"], "subject_head": ["", "ال"], "after_inna": ["", "ال"], "inna_end": [""]}
_ALIASES_OF = {"subject_head": ["عناصر التنظيم"], "inna_end": ["مسلحي النصره", "عناصر التنظيم"]}


@pytest.mark.parametrize("ending", ["any", *sorted(_ENDINGS)])
@settings(max_examples=60, deadline=None)
@given(st.data())
def test_mention_roles_equal_the_plain_regex_tests(ending, data):
    """On windows ending with a phrase of the context test ``ending`` (``any``: random windows)."""
    text = data.draw(_texts if ending == "any" else _window_ending(ending))
    alias = data.draw(st.sampled_from(_ALIASES_OF.get(ending, _HEADED)) | st.sampled_from(_ALIASES))
    prefix = data.draw(st.sampled_from(_PREFIXES_OF.get(ending, [""])) | st.sampled_from(_PREFIXES))
    before = normalize(text)[-30:]
    roles = _actors._roles(_actors._context_gates(), before, alias, prefix)
    event({(True, False): "supporting", (False, True): "object", (False, False): "neither"}[roles])
    assert roles == _reference_roles(before, alias, prefix)
