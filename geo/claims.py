"""Dated control/event claims from Arabic articles.

:func:`extract_claims` reads one article and the places already resolved in it and returns
:class:`geo.model.Claim` records: who (actor, counter-actor) did what (action) where (place),
when (event date and precision), according to whom (attribution), with the quote and offsets.

The method is rule-based over normalised text (see ``docs/CLAIMS.md``):

1. trigger words of ``geo/lexicon/actions.yaml`` (verbs, verbal nouns, fixed phrases, with clitic
   prefixes and pronoun suffixes) are found, longest first, without overlaps; a few words may stand
   inside a trigger («سيطرتها ليلاً على», «وسعت قوات النظام نطاق سيطرتها»);
2. a trigger is dropped when it is negated, an intent, a future, a condition, a speculation, a
   former state, a state description («تحت سيطرة»), an operation noun («معركة تحرير») or an event
   referred back to («هذا التقدم»);
3. its places are the first resolved place after it in the same clause (origins «من محور …»,
   exceptions «باستثناء …» and countries skipped; an advance with no other place takes its axis)
   plus coordinated settlements; «هذه المنطقة» / «في المدينة» refer back to a place named before;
4. the actor is the subject next to the trigger (after it for VSO verbs, else the nearest before
   it in the clause; «هذه القوات» / «القافلة» refer back to an actor), else the actor of the previous
   claim, else the article's main actor;
5. the event date comes from :mod:`geo.dates` (governing expression of the clause; else the story
   date of the previous sentences; else the article date);
6. repeated claims of one article (same action family, place and side) are merged; an advance on a
   place the same side captured or besieged is dropped.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from geo.actors import (ActorMention, _actor_word_set, _clitic_before_quote, _find_actor_mentions, actor_family,
                        combine_actors, find_actor_mentions, resolve_actor_anaphors)
from geo.arabic import original_span
from geo.dates import DateExpression, _Expressions, _find_article_expressions, sentence_span
from geo.lexicon import (ActorEntry, TriggerForm, alternation, first_words, is_word_char, load_action_markers,
                         load_actor_adjectives, load_actor_markers, load_actor_words, load_actors,
                         load_calendar, load_generic_agents, load_markers, load_opposed_families,
                         load_place_country_armies, load_triggers, matches_at, normalize,
                         normalize_with_map, vocabulary, word_occurrences)
from geo.model import Article, Claim, Mention, Resolution

__all__ = ["ACTION_FAMILIES", "CONTROL_ACTIONS", "action_family", "extract_claims", "find_triggers",
           "Trigger"]

#: Scoring families of actions (the evaluation matches claims within a family).
ACTION_FAMILIES: dict[str, str] = {
    "captured": "captured", "secured": "captured",
    "advanced": "advanced", "entered": "advanced",
    "besieged": "besieged", "encircled": "besieged",
    "siege_broken": "siege_broken",
    "attacked": "attacked", "shelled": "attacked", "repelled": "attacked",
    "airstrike": "airstrike", "missile_strike": "airstrike",
    "withdrew": "withdrew",
    "zone_established": "zone", "zone_monitored": "zone",
    "negotiation": "negotiation",
    "other": "other",
}

#: Actions that say something about control on the ground (negation/intent/future block them).
CONTROL_ACTIONS: frozenset[str] = frozenset({
    "captured", "secured", "advanced", "entered", "besieged", "encircled", "siege_broken",
    "attacked", "shelled", "airstrike", "missile_strike", "repelled", "withdrew",
})


def action_family(action: str) -> str:
    """The scoring family of ``action`` (unknown actions are their own family).

    Examples
    --------
    >>> action_family("encircled"), action_family("missile_strike")
    ('besieged', 'airstrike')
    """
    return ACTION_FAMILIES.get(action, action)


# Precompiled patterns of the helpers below (compiled once, not looked up per call).
_SPACES = re.compile(r"\s+")
_NEXT_WORD = re.compile(r"\s+[\w]+")
_WORD_CHAR = re.compile(r"\w")
_WORD_END = re.compile(r"\W")
_SENTENCE_BREAK = re.compile(r"[.!?؟;؛\n]")
_WORDS = re.compile(r"[\w]+")
_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_TRAILING = re.compile(r"[\s\"'«»“”]*")  # a run of spaces and quotes (after a word, before a place)
_PUNCT = re.compile(r"[,،;:.]")
_UNNAMED_LOCATIVE = re.compile(r"(?:علي|الي)\s+\S+.*?(?:^|\s)(?:في|ب\S+|داخل|وسط"
                               r"|(?:جنوب|شمال|شرق|غرب)(?:ي|\s+(?:شرق|غرب)ي?)?)(?:\s|$)")  # («على تلة جنوب X»)
_PLURAL_VERB = re.compile(r"(?:وا|ون)(?:ها|ه|هم)?$")
_AND_GAP = re.compile(r"\s*(?:و|,)\s*")
_BLANK = re.compile(r"\s*")
_TOKEN = re.compile(r"[^\s]+")
_THAT_WORD = re.compile(r"^(?:ان|بان|انه|انها|ان:|:|,|-)$")
_ENDS_PUNCT = re.compile(r"[,:.\"]$")
_SPACE_WORD = re.compile(r"\s+(\w+)")
_EVE = re.compile(r"غداة|غداه")


# --------------------------------------------------------------------------- triggers
@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger occurrence in normalised text (``start``/``end`` are normalised offsets).

    ``gap`` is the span of the words standing inside a split trigger («وسعت قوات النظام نطاق
    سيطرتها»: the subject; «سيطرتها ليلاً على»: an adverb), ``None`` for a contiguous one.
    """

    start: int
    end: int
    form: TriggerForm
    prefix: str  # clitics before the form («و», «ل», «بال»…)
    gap: tuple[int, int] | None = None


_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وب", "ول", "فب", "فل", "لل", "وال", "فال", "بال", "كال",
             "ولل", "وبال", "فبال", "فلل")
_SUFFIX = r"(?P<suf>هما|هم|هن|ها|ه|نا)?"
_SUFFIXES = ("", "هما", "هم", "هن", "ها", "ه", "نا")  # the same, for the word gate
#: Prepositions that end a nominal trigger («السيطرة على»); adverbs may come before them.
_TRIGGER_PREPS = frozenset(normalize(w) for w in ("على", "عن", "إلى", "من"))
#: Object pronouns the preposition ending a split nominal trigger may carry («السيطرة عليها»,
#: «سيطرتهم عليهما»), longest first; :func:`_glued_pronoun` reads them back.
_GLUED_PREP_PRONOUNS = ("هما", "ها", "ه")
#: The same, as an optional regex group.
_PREP_PRONOUN = f"(?:{'|'.join(_GLUED_PREP_PRONOUNS)})?"
#: Most words allowed inside a split trigger: nominal (adverbs) / verbal (a VSO subject) / «كسر … الحصار».
#: Light words (:func:`_light_gap_words`: words of actor names, time adverbs) do not count.
_MAX_GAP = {"noun": 3, "verb": 5, "present": 5, "next": 5, "batch": 5}
#: Light words a gap may hold beyond its limit («كسرت وحدات من الجيش العربي السوري والقوات الرديفة
#: اليوم الحصار»: a whole actor phrase and a date; «سيطرة الجيش يوم الثلاثاء الماضي على»).
_LIGHT_GAP_EXTRA = 7
_GAP_SEP = r"[\s,،\-–—\"'«»“”()]+"


#: Letters a final hamza is written on before a pronoun suffix («لقاء» → «لقائهما», «لقاؤه»), normalised.
_HAMZA_SEATS = ("ي", "و")
#: Shortest rest of a definite first word that may take a pronoun suffix instead of «ال».
_MIN_POSSESSED = 3


def _possessed_variants(form: TriggerForm) -> list[str]:
    """Surface variants of a multi-word nominal form whose first word takes a pronoun suffix
    instead of the article («العمليات العسكرية» → «عملياتها العسكرية», «القصف المدفعي» →
    «قصفه المدفعي»; a final «ة» (normalised «ه») becomes «ت» before the suffix)."""
    words = form.form.split()
    if form.pos != "noun" or len(words) < 2 or not form.suffixes or not words[0].startswith("ال"):
        return []
    stem = words[0][2:]
    if len(stem) < _MIN_POSSESSED:
        return []  # «الى سيطرة الجيش»: a preposition, not a definite noun
    if stem.endswith("ه"):
        stem = stem[:-1] + "ت"
    rest = " ".join(words[1:])
    return [f"{stem}{suffix} {rest}" for suffix in _SUFFIXES if suffix]


def _hamza_variants(form: TriggerForm) -> list[str]:
    """Stems of a one-word form ending in hamza with the hamza on its seat, as written before a
    pronoun suffix («لقاء» → «لقاي» of «لقائهما»); :func:`_plain_trigger` takes them only with a
    suffix after them."""
    if " " in form.form or not form.suffixes or not form.form.endswith("ء") or len(form.form) < 4:
        return []
    return [form.form[:-1] + seat for seat in _HAMZA_SEATS]


@functools.lru_cache(maxsize=1)
def _hamza_stems() -> frozenset[str]:
    """The hamza-seat spellings of :func:`_hamza_variants` that are no listed form themselves."""
    listed = {form.form for form in load_triggers()}
    return frozenset(v for form in load_triggers() for v in _hamza_variants(form) if v not in listed)


@functools.lru_cache(maxsize=1)
def _trigger_regex() -> tuple[re.Pattern[str], dict[str, list[TriggerForm]]]:
    by_form: dict[str, list[TriggerForm]] = {}
    for form in load_triggers():
        by_form.setdefault(form.form, []).append(form)
    for form in load_triggers():  # after the listed forms: a listed spelling keeps its own forms
        for variant in _possessed_variants(form):
            by_form.setdefault(variant, []).append(form)
        for variant in _hamza_variants(form):
            by_form.setdefault(variant, []).append(form)
    pattern = rf"(?P<form>{alternation(by_form)}){_SUFFIX}(?![\w])"
    return re.compile(pattern), by_form


@functools.lru_cache(maxsize=1)
def _forms_by_first_word() -> dict[str, frozenset[str]]:
    """Rest of a word (after the clitic prefix) → the trigger forms that can begin with it."""
    out: dict[str, set[str]] = {}
    for form in _trigger_regex()[1]:
        words = form.split()
        if len(words) > 1:
            out.setdefault(words[0], set()).add(form)
        else:
            for suffix in _SUFFIXES:
                out.setdefault(words[0] + suffix, set()).add(form)
    return {rest: frozenset(forms) for rest, forms in out.items()}


@functools.lru_cache(maxsize=None)
def _trigger_regex_for(rest: str) -> re.Pattern[str]:
    """The trigger regex reduced to the forms that can begin with ``rest`` (a key of
    :func:`_forms_by_first_word`; same alternation order, so a match is the one the full regex
    gives). Cached per key: at most one small regex per first word of the lexicon."""
    forms = _forms_by_first_word()[rest]
    return re.compile(rf"(?P<form>{alternation(forms)}){_SUFFIX}(?![\w])")


@functools.lru_cache(maxsize=1)
def _second_words() -> dict[str, tuple[str, ...]]:
    """Rest of a word (a key of :func:`_forms_by_first_word`) whose forms all have several words →
    the second words of those forms. A match of :func:`_trigger_regex_for` of such a rest, taken
    at a whole word equal to the rest, goes on over whitespace into a word beginning with one of
    them (the last word may carry a pronoun suffix): :func:`_may_continue_form` tests that before
    the regex runs («على», «التي», «قوات» are common words, and «على مشارف» is rare)."""
    out: dict[str, tuple[str, ...]] = {}
    for rest, forms in _forms_by_first_word().items():
        if all(" " in form for form in forms):
            out[rest] = tuple(sorted({form.split()[1] for form in forms}))
    return out


def _may_continue_form(norm: str, end: int, seconds: tuple[str, ...]) -> bool:
    """False only when no multi-word form whose second word is one of ``seconds`` can go on from
    the end ``end`` of its first word: whitespace (``\\s+``), then one of them."""
    size = len(norm)
    pos = end
    while pos < size and norm[pos].isspace():
        pos += 1
    return pos > end and norm.startswith(seconds, pos)


@functools.lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Every whole word a trigger can begin with: a clitic prefix + the first word of a form
    (+ a pronoun suffix for one-word forms), or + the head word of a split form.

    A word not in this set starts no trigger, so :func:`find_triggers` tries the trigger
    regexes only at the few words that are in it (the forms are made of word characters:
    the first token of a form is the rest of the word it starts).
    """
    return frozenset(_trigger_starts())


@dataclass(frozen=True, slots=True)
class _WordStarts:
    """The ways triggers can begin at one whole word, in the order of :data:`_PREFIXES`.

    ``plain``: (clitic prefix, rest of the word: a key of :func:`_forms_by_first_word`);
    ``split``: (clitic prefix, the split forms whose first word is the rest of the word).
    """

    plain: tuple[tuple[str, str], ...] = ()
    split: tuple[tuple[str, tuple[tuple[str, re.Pattern[str], TriggerForm], ...]], ...] = ()


@functools.lru_cache(maxsize=1)
def _trigger_starts() -> dict[str, _WordStarts]:
    """Whole word → how triggers can begin there (built once per process).

    A word is a clitic prefix glued to the rest; every split of the word into a prefix of
    :data:`_PREFIXES` and a rest that begins some form is listed, so :func:`_plain_trigger` and
    :func:`_split_trigger` try only these instead of testing every prefix at every word.
    """
    plain_firsts, split_firsts = _forms_by_first_word(), _split_forms()
    plain: dict[str, list[tuple[str, str]]] = {}
    split: dict[str, list[tuple[str, tuple[tuple[str, re.Pattern[str], TriggerForm], ...]]]] = {}
    for prefix in _PREFIXES:  # outer loop: the entries of a word come in prefix order
        for rest in plain_firsts:
            plain.setdefault(prefix + rest, []).append((prefix, rest))
        for rest, forms in split_firsts.items():
            # a verbal phrase takes no preposition or article before it («بسيطرت» is no verb)
            usable = tuple(f for f in forms if not (f[2].pos in ("verb", "present") and prefix.rstrip("وف")))
            if usable:
                split.setdefault(prefix + rest, []).append((prefix, usable))
    return {word: _WordStarts(plain=tuple(plain.get(word, ())), split=tuple(split.get(word, ())))
            for word in set(plain) | set(split)}


def _batch_alternation() -> str:
    """Regex alternation of the batch words of an evacuation phrase (``batch_words``)."""
    return alternation(load_action_markers()["batch_words"])


@functools.lru_cache(maxsize=1)
def _split_forms() -> dict[str, list[tuple[str, re.Pattern[str], TriggerForm]]]:
    """First word → [(head, regex matching gap + rest at the end of the head, form)].

    Split forms: nominal phrases ending in a preposition («سيطرتها على» ← «سيطرتها ليلاً على»),
    multi-word verbal phrases (subject inside: «شنت الطائرات الروسية غارات»), verbs that
    require a next word («كسر تقدم الجيش حصاراً»), and evacuation phrases with batch words
    inside («خروج آخر دفعة من مقاتلي»).
    """
    out: dict[str, list[tuple[str, re.Pattern[str], TriggerForm]]] = {}
    for form in load_triggers():
        words = form.form.split()
        if form.requires_before:
            continue  # («الذي وقع»: contiguous only, checked against the words before it)
        if form.batch_gap and len(words) > 1:  # «خروج آخر دفعة من مقاتلي»: only batch words inside
            head, tail = " ".join(words[:-1]), re.escape(words[-1])
            regex = re.compile(rf"(?P<gap>(?:{_GAP_SEP}(?:{_batch_alternation()}|\d+)){{1,{_MAX_GAP['batch']}}}?)"
                               rf"{_GAP_SEP}(?P<tail>{tail})(?![\w])")
            out.setdefault(head.split()[0], []).append((head, regex, form))
            continue
        inner = _inner_preposition(words) if form.pos == "noun" else 0
        if form.requires_next and len(words) == 1:
            head, tail, limit = words[0], alternation(form.requires_next), _MAX_GAP["next"]
        elif len(words) > 1 and form.pos == "noun" and words[-1] in _TRIGGER_PREPS:
            # (the preposition may carry the object pronoun: «سيطرة «قسد» عليه», «سيطرة الجيش عليها»)
            head, tail, limit = " ".join(words[:-1]), re.escape(words[-1]) + _PREP_PRONOUN, _MAX_GAP["noun"]
        elif inner:  # «التوصل إلى اتفاق» ← «التوصل، بوساطة مصرية، إلى اتفاق»
            head, tail, limit = " ".join(words[:inner]), alternation([" ".join(words[inner:])]), _MAX_GAP["noun"]
        elif len(words) > 1 and form.pos in ("verb", "present"):
            head, tail, limit = words[0], alternation([" ".join(words[1:])]), _MAX_GAP[form.pos]
        else:
            continue
        limit += _LIGHT_GAP_EXTRA  # the heavy words are counted by _gap_fits
        regex = re.compile(rf"(?P<gap>(?:{_GAP_SEP}\w+){{1,{limit}}}?){_GAP_SEP}(?P<tail>{tail})(?![\w])")
        out.setdefault(head.split()[0], []).append((head, regex, form))
    return out


def _inner_preposition(words: Sequence[str]) -> int:
    """Index of a preposition inside a multi-word nominal form after its head and before its last
    word («التوصل إلى اتفاق» → 1), 0 when there is none."""
    for i in range(1, len(words) - 1):
        if words[i] in _TRIGGER_PREPS:
            return i
    return 0


def _gap_limit(form: TriggerForm) -> int:
    """How many heavy words (not :func:`_light_gap_words`) the gap of the split ``form`` may hold."""
    if form.batch_gap:
        return _MAX_GAP["batch"]  # «خروج الدفعة الثانية من مقاتلي …»: batch words inside
    if form.requires_next and " " not in form.form:
        return _MAX_GAP["next"]
    return _MAX_GAP["noun"] if form.pos == "noun" else _MAX_GAP.get(form.pos, _MAX_GAP["verb"])


@functools.lru_cache(maxsize=1)
def _light_gap_words() -> frozenset[str]:
    """Words that do not count in the gap of a split trigger: the words of actor names and military
    nouns (a VSO subject «وحدات من الجيش العربي السوري»), weekday and day-part words, and the
    ``gap_light_words`` of ``markers.yaml`` (time adverbs, joiners inside a subject)."""
    words: set[str] = set()
    for entry in load_actors():
        for alias in entry.aliases:
            words.update(alias.split())
    words.update(_military_nouns())
    calendar = load_calendar()
    words.update(w for name in calendar["weekdays"] for w in name.split())
    words.update(w for part in calendar["day_parts"] for w in part.split())
    # prepositions, particles and single letters inside aliases («من», «في», «ب ي د») stay heavy
    words.difference_update([w for w in words if len(w) <= 1 or w in _GAP_PARTICLES])
    words.update(load_markers()["gap_light_words"])
    return frozenset(words | {"و" + w for w in words})


#: Function words that count in a split trigger's gap even when an actor alias contains them
#: («من» and «مع» are ``gap_light_words`` of markers.yaml: light inside a subject, on purpose).
_GAP_PARTICLES = frozenset(normalize(w) for w in (
    "في", "على", "إلى", "عن", "ضد", "بين", "ثم", "أو", "حتى", "عبر", "نحو"))


def _gap_fits(gap: str, form: TriggerForm) -> bool:
    """Whether the words inside a split trigger are few enough: at most :func:`_gap_limit` of them
    that are not light (actor names, dates)."""
    light = _light_gap_words()
    heavy = sum(1 for w in _WORDS.findall(gap) if w not in light)
    return heavy <= _gap_limit(form)


def find_triggers(norm: str) -> list[Trigger]:
    """Trigger occurrences in normalised text, in text order, non-overlapping.

    At each word start the clitic prefixes are tried from the shortest; the longest trigger form
    that fits wins («السيطرة بشكل كامل على» before «السيطرة»). When no contiguous form fits, a
    split form is tried: a few words may stand inside it (adverbs before the preposition of a
    nominal trigger, the subject inside a multi-word verbal phrase), never a clause break.
    """
    return _find_triggers(norm)


def _find_triggers(norm: str, candidates: list[tuple[int, str]] | None = None) -> list[Trigger]:
    """:func:`find_triggers`; ``candidates``: the ``(start, word)`` of the whole words of ``norm``
    in :func:`_trigger_words`, in text order, if known (see :func:`_word_gates`)."""
    if candidates is None:
        candidates = word_occurrences(norm, _trigger_words())
    starts_of = _trigger_starts()
    found: list[Trigger] = []
    pos = 0
    for start, word in candidates:
        if start < pos:
            continue
        ways = starts_of[word]
        trig = _plain_trigger(norm, start, ways)
        if trig is None or (trig.form.pos == "verb" and " " not in trig.form.form):
            # a verbal phrase with its subject inside beats its one-word head
            # («أحكمت وحدات الجيش الطوق على» is an encirclement, not «أحكمت» alone)
            trig = _split_trigger(norm, start, ways, head_of=trig) or trig
        if trig is None:
            continue
        if found and _continues(norm, found[-1], trig):  # «انتزعت السيطرة على»: one trigger
            trig = replace(found.pop(), end=trig.end)
        elif found and _strike_target(norm, found[-1], trig):  # «الغارات استهدفت X»: one trigger
            strike = found.pop()
            trig = replace(strike, end=trig.end, gap=strike.gap or (strike.end, trig.start))
        found.append(trig)
        pos = trig.end
    return found


#: Verbs that, right after a strike or shelling noun, name its target («غارات استهدفت بلدة X»,
#: «نفذت 28 طلعة قتالية دمرت خلالها مراكز قرب X»):
#: one trigger with the noun's action.
_TARGET_VERB = re.compile(r"[وف]?(?:استهدف|استهدفت|استهدفوا|طال|طالت|تستهدف|يستهدف|دمر|دمرت)$")
_STRIKE_FAMILIES = frozenset({"airstrike", "attacked"})


def _continues(norm: str, verb: Trigger, noun: Trigger) -> bool:
    """Whether ``noun`` is the verbal noun object of ``verb`` («استعادت السيطرة على»)."""
    return (verb.form.pos in ("verb", "present") and noun.form.pos == "noun" and not noun.prefix
            and action_family(verb.form.action) == action_family(noun.form.action)
            and _SPACES.fullmatch(norm[verb.end:noun.start]) is not None)


def _strike_target(norm: str, strike: Trigger, verb: Trigger) -> bool:
    """Whether ``verb`` («استهدفت») names the target of the strike/shelling noun ``strike`` just
    before it («نفذت الطائرات 14 غارة على الأقل استهدفت مناطق في X»): a few words, one clause."""
    family = action_family(strike.form.action)
    if family not in _STRIKE_FAMILIES or strike.form.action == "repelled" \
            or (strike.form.pos != "noun" and family != "airstrike") or verb.form.pos not in ("verb", "present"):
        return False  # («شنت الطائرات غارات … استهدفت»: a verbal airstrike phrase too)
    if _TARGET_VERB.match(norm[verb.start:verb.end]) is None:
        return False
    gap = norm[strike.end:verb.start]
    if _COMMA_GAP.fullmatch(gap) and _DURING_IT.match(norm, verb.end):
        return True  # «نفذت 98 طلعة قتالية، دمرت خلالها 326 هدفاً في X»
    relative = _STRIKE_RELATIVE.search(gap)
    if relative is not None:  # «الغارات الجوية التي استهدفت سوق X»: the relative names the target
        gap = gap[:relative.start()] + " "
    return (verb.start - strike.end <= 30 and len(_WORDS.findall(gap)) <= 4
            and not _SENTENCE_BREAK.search(gap) and not _PUNCT.search(gap)
            and _marker_regexes()["clause_breaks"].search(gap) is None
            and _LOCATED_STRIKE.search(gap) is None)


#: A comma alone between a strike noun and its target verb, and «خلالها» right after the verb: the
#: verb still names what the strikes destroyed.
_COMMA_GAP = re.compile(r"\s*[,،]\s*")
_STRIKE_RELATIVE = re.compile(r"(?<![\w])(?:التي|الذي)\s*$")
_DURING_IT = re.compile(r"\s+خلال(?:ها|ه|هما)(?![\w])")
#: A strike noun already located by a preposition («نفذت ثلاث ضربات قرب X دمرت موقعاً»): the verb
#: after it names what was destroyed there, not a new target (the strike keeps X as its object).
#: «على الأقل» is an adverb, not a location.
_LOCATED_STRIKE = re.compile(r"(?<![\w])[وف]?(?:قرب|بالقرب|حول|محيط|نحو|باتجاه|علي(?!\s+الاقل))(?![\w])")


def _outside_actor_names(triggers: list[Trigger], actors: Sequence[ActorMention]) -> list[Trigger]:
    """Triggers that do not begin inside an actor's name («هيئة تحرير الشام» is no «تحرير»).

    ``actors`` are the named actor mentions in text order (they do not overlap)."""
    if not actors:
        return triggers
    starts = [a.start for a in actors]
    out = []
    for trig in triggers:
        i = bisect.bisect_right(starts, trig.start) - 1
        if i >= 0 and actors[i].start <= trig.start < actors[i].end:
            continue
        out.append(trig)
    return out


def _plain_trigger(norm: str, start: int, ways: _WordStarts) -> Trigger | None:
    """The contiguous trigger starting at the word start ``start`` (``ways``: the entry of
    :func:`_trigger_starts` of the whole word there)."""
    _regex, by_form = _trigger_regex()
    seconds_of = _second_words()
    for prefix, rest in ways.plain:
        seconds = seconds_of.get(rest)
        if seconds is not None and not _may_continue_form(norm, start + len(prefix) + len(rest), seconds):
            continue  # («على» not before «مشارف»: the regex cannot match)
        m = _trigger_regex_for(rest).match(norm, start + len(prefix))
        if m is None:
            continue
        form_text = " ".join(m.group("form").split())
        if not m.group("suf") and form_text in _hamza_stems():
            continue  # «لقاي» is a spelling of «لقاء» only before a suffix
        chosen = _choose_form(by_form.get(form_text, []), prefix, m.group("suf") or "", norm, m.end())
        if chosen is None:
            continue
        if chosen.pos == "noun" and _name_part(norm, start, prefix):
            return None  # «ساحة التحرير»: a square's name, not a capture
        end = m.end()
        if chosen.requires_next:  # «فك الحصار»: the required word belongs to the trigger
            nxt = _NEXT_WORD.match(norm, end)  # no slice: the rest of the article is not copied
            end = nxt.end() if nxt else end
        return Trigger(start=start, end=end, form=chosen, prefix=prefix)
    return None


def _name_part(norm: str, start: int, prefix: str) -> bool:
    """Whether the definite verbal noun at ``start`` (clitic ``prefix``) is the second word of a
    name: the word right before it is a street, building or organisation head (``proper_name_heads`` of
    markers.yaml: «انفجار في ساحة التحرير», «جيش التحرير»), not «بعد التحرير», «معركة التحرير»."""
    if prefix != "ال":
        return False
    before = norm[max(0, start - 14):start].split()
    if not before or not norm[start - 1:start].isspace():
        return False  # (a comma or quote between: «…، التحرير» is no name)
    heads, head = _marker_set("proper_name_heads"), before[-1]
    return head in heads or (head[:1] in ("و", "ف", "ب", "ل") and head[1:] in heads)  # «بساحة التحرير»


#: The head of the operations forms of ``actions.yaml`` («يواصل الجيش عملياته في X»).
_OPERATIONS_HEAD = normalize("عمليات")


def _operations_over_an_area(trig: Trigger, target: Resolution) -> bool:
    """Whether ``trig`` is a side's operations («عملياته في») over a whole area (a countryside
    sector, a region, a governorate: :data:`_AREA_KINDS`): the theatre of a campaign whose targets
    the story names next, not an attack on the area («تواصل وحدات الجيش عملياتها في ريف حماة
    الشمالي، وسيطرت على قرية X»); a quarter or a town is one («يواصل الجيش عملياته في حي X»)."""
    return trig.form.pos == "noun" and bool(trig.form.requires_before) \
        and trig.form.form.startswith(_OPERATIONS_HEAD) and target.place.kind in _AREA_KINDS


#: Kinds of a side's own installations: operations there are no attack on them («تواصل القوات
#: الروسية عملياتها في قاعدة حميميم»).
_OWN_INSTALLATION_KINDS = frozenset({"airbase", "airport", "crossing", "base"})
#: «أن»/«بأن» (normalised) right before a verb: a demand, a pledge or a refusal's object, no event told.
_THAT_BEFORE_VERB = frozenset({"ان", "بان"})
#: Words («ل» + verbal noun) after the place of an operations form; see ``operations_purposes``.
_PURPOSE_WORD = re.compile(r"(?<![\w])ل(?!ل)\w{3,}")


def _side_operation_voided(ctx: _Ctx, trig: Trigger, place_start: int, target: Resolution) -> bool:
    """Whether a side's operations («يواصل الجيش عملياته في X») or a present battle form («يخوض الجيش
    معركة مع المسلحين في X») tells no attack on the place at ``place_start``: a present battle
    form in the subjunctive or voided («رفض الجيش أن يخوض معركة …»: ``_inclusion_voided``); an
    operations form whose verb is subjunctive or voided («طالبت المعارضة الجيش بأن يواصل عملياته في
    X»), whose place does not follow it (only a place noun between: not «عملياته في حماية الطرق
    المؤدية إلى X»), is a side's own installation («قاعدة حميميم», «قاعدة التنف»), lies outside the
    theatre, or has a non-combat purpose after it in its clause («لتدريب», «لإعادة المهجرين»; combat
    ones: ``operations_combat_purposes``)."""
    norm, form = ctx.norm, trig.form
    if form.pos == "present" and form.requires_actor and form.requires_after:
        words = _clause_words(norm, max(0, trig.start - 80), trig.start)
        return bool(words) and words[-1] in _THAT_BEFORE_VERB \
            or _inclusion_voided(ctx, _clause_start(ctx, max(0, trig.start - 120), trig.start), trig.start)
    if not (form.pos == "noun" and form.requires_before and form.form.startswith(_OPERATIONS_HEAD)):
        return False
    if len(_WORDS.findall(norm, trig.end, place_start)) > 1 or target.place.kind in _OWN_INSTALLATION_KINDS \
            or (target.place.country and target.place.country not in _THEATRE):
        return True
    lo = max(0, trig.start - 120)
    found = list(_WORDS.finditer(norm, lo, trig.start))
    verbs = [i for i, m in enumerate(found) if m.group() in form.requires_before
             or (m.group()[:1] in "وف" and m.group()[1:] in form.requires_before)]
    if verbs:
        i = verbs[-1]
        if i > 0 and found[i - 1].group() in _THAT_BEFORE_VERB:
            return True  # «بأن يواصل الجيش عملياته»: a demand, a pledge
        verb_at = found[i].start()
        if _inclusion_voided(ctx, _clause_start(ctx, lo, verb_at), verb_at):
            return True
    hi = min(len(norm), place_start + 120)
    punct = _CLAUSE_PUNCT.search(norm, place_start, hi)
    hi = punct.start() if punct is not None else hi
    combat = _marker_set("operations_combat_purposes")
    for m in _PURPOSE_WORD.finditer(norm, place_start, hi):
        inside = ctx.places[ctx.places_from(max(0, m.start() - 40)):ctx.places_from(m.end())]
        if m.group() not in combat and not any(s <= m.start() < e for s, e, _r in inside):
            return True  # «لتدريب المقاتلين», «لإعادة المهجرين» (not «جنوب لبنان»)
    return False


def _split_trigger(norm: str, start: int, ways: _WordStarts,
                   head_of: Trigger | None = None) -> Trigger | None:
    """The split trigger at the word start ``start`` (``ways``: the entry of
    :func:`_trigger_starts` of the whole word there); with ``head_of`` (a one-word verb found
    there), only a multi-word verbal phrase that begins with that verb."""
    breaks = _marker_regexes()["clause_breaks"]
    for prefix, forms in ways.split:
        at = start + len(prefix)
        for head, regex, form in forms:
            after = at + len(head)
            if not norm.startswith(head, at) or (after < len(norm) and is_word_char(norm[after])):
                continue
            if head_of is not None and ((form.pos != "verb" and not form.batch_gap) or head != head_of.form.form):
                continue  # (an evacuation phrase beats its verb: «خرج بموجبه نحو 275 من عناصر»)
            m = regex.match(norm, at + len(head))
            if m is None or _SENTENCE_BREAK.search(m.group("gap")) or not _gap_fits(m.group("gap"), form):
                continue
            if breaks.search(norm, m.start("gap"), m.end("gap")):
                continue
            return Trigger(start=start, end=m.end(), form=form, prefix=prefix,
                           gap=(m.start("gap"), m.end("gap")))
    return None


def _choose_form(forms: Sequence[TriggerForm], prefix: str, suffix: str, norm: str,
                 end: int) -> TriggerForm | None:
    following = norm[end:end + 20].split()
    for form in forms:
        if suffix and not form.suffixes:
            continue
        if form.requires_next and not (following and following[0] in form.requires_next):
            continue
        if form.pos in ("verb", "present") and prefix.rstrip("وف") not in ("",):
            continue  # «بسيطر» is not a verb
        if form.pos == "noun" and not prefix.rstrip("وف") and form.form in load_action_markers()["masdar_verbs"] \
                and any(f.pos == "verb" and f.action != form.action for f in forms):
            if not _noun_governor_before(norm, _form_start(norm, form.form, end - len(suffix)) - len(prefix)):
                continue  # a bare «طرد» is the verb (repelled); «لطرد», «بطرد», «بعد طرد» the verbal noun (captured)
            if not _armed_object_after(norm, end):
                return None  # «بعد طرد المنظمات من X», «بعد طردها منها»: no armed side expelled, no claim
        if form.pos == "present" and _noun_reading_of_present(norm, _form_start(norm, form.form, end - len(suffix))):
            continue  # «منذ بدء تدخلها في سوريا»: the noun «intervention», not «enters»
        if form.pos == "verb" and not prefix and not suffix and _particle_reading(form.form, following):
            continue  # «فقد عزز الجيش انتشاره»: «ف» + «قد», not «lost»
        if form.requires_before and not _preceded_by(norm, _form_start(norm, form.form, end - len(suffix)),
                                                     form.requires_before) \
                and not (form.place_next and _coordinated_with_agreement_relative(
                    norm, _form_start(norm, form.form, end - len(suffix)), prefix, form.requires_before)):
            continue  # «وقع انفجار»: a signing verb only after an agreement noun
        if form.requires_before and not _lone_vehicle_subject(norm, _form_start(norm, form.form, end - len(suffix)),
                                                              end, form.requires_before):
            continue  # «انفجرت عبوة بحافلة ثم انطلقت من X سيارات الإسعاف»: the bus is not the subject
        if form.place_next and form.requires_before and _after_relative_pronoun(norm, end - len(suffix) - len(form.form)):
            continue  # «اتفاق خفض التصعيد الذي يشمل X»: a connector of the zone noun, not a trigger
        if _LAST_POCKETS.search(form.form) and not _armed_genitive_next(norm, end, following):
            continue  # «القضاء على آخر بؤر الحريق في X»: the last pockets of a fire, not of the enemy
        if form.place_next and form.action == "zone_established" \
                and not _zone_agreement_before(norm, end - len(suffix) - len(form.form), form.requires_before):
            continue  # «الاتفاق التجاري يشمل محافظات X»: an agreement that is not a truce or zone
        if form.requires_before and form.action == "negotiation" and not suffix and " " not in form.form \
                and not (following and following[0] in load_action_markers()["signing_verb_next"]):
            continue  # «ورغم الاتفاق وقع انفجار»: a bare verb before a noun is «happened»
        return form
    return None


def _noun_reading_of_present(norm: str, start: int) -> bool:
    """Whether the word right before the present-tense form at ``start`` is a preposition or a
    governing noun (``noun_only_before_present`` of markers.yaml) after which no verb can stand:
    the form is a noun spelled like the verb («منذ بدء تدخلها», «رغم تقدم القوات»)."""
    before = norm[max(0, start - 12):start].split()
    return bool(before) and before[-1] in _marker_set("noun_only_before_present")


def _noun_governor_before(norm: str, start: int) -> bool:
    """Whether the word right before ``start`` is a time preposition that governs a verbal noun,
    never a past verb (``masdar_governors`` of ``markers.yaml``: «بعد طرد التنظيم من X» is «after
    the expulsion», while a verb needs «بعد أن طرد»)."""
    before = norm[max(0, start - 12):start].split()
    return bool(before) and before[-1] in _marker_set("masdar_governors")


#: How many words after a governed «طرد» may come before the armed side it expels («آخر عناصر التنظيم»).
_EXPELLED_WINDOW = 3
#: Punctuation that ends the expelled object's clause.
_EXPELLED_STOP = re.compile(r"[.,،؛:!?؟]")


def _armed_object_after(norm: str, end: int) -> bool:
    """Whether an armed side is expelled by the verbal noun ending at ``end``: an actor that starts
    within the next three words («بعد طرد التنظيم من X», «بعد طرد آخر عناصر التنظيم», «بعد طرده عناصر
    داعش»), or a noun of fighters among them (``expelled_armed_nouns`` of markers.yaml: «بعد طرد
    المسلحين»). Organisations, reporters, players or residents expelled («بعد طرد المنظمات الدولية»),
    and a glued pronoun with nothing after it («بعد طردها منها»), are none."""
    hi = min(len(norm), end + 80)
    stop = _EXPELLED_STOP.search(norm, end, hi)
    words = list(_WORDS.finditer(norm, end, stop.start() if stop else hi))[:_EXPELLED_WINDOW + 3]
    if not words:
        return False
    if any(w.group() in _marker_set("expelled_armed_nouns") for w in words[:_EXPELLED_WINDOW]):
        return True
    limit = words[min(_EXPELLED_WINDOW, len(words)) - 1].end()
    return any(end + a.start < limit for a in find_actor_mentions(norm[end:words[-1].end()]))


def _after_relative_pronoun(norm: str, start: int) -> bool:
    """Whether the word before ``start`` is a relative pronoun («الذي», «التي»)."""
    before = _WORDS.findall(norm, max(0, start - 12), start)
    return bool(before) and before[-1] in ("الذي", "التي")


def _armed_genitive_next(norm: str, end: int, following: Sequence[str]) -> bool:
    """Whether the enemy's pockets named by a last-pockets form ending at ``end`` belong to an armed
    side: the next word is an armed noun (``armed_genitives`` of ``actions.yaml``: «المسلحين»,
    «التنظيم») or an actor mention starts it («آخر جيوب داعش»; not «آخر بؤر الكوليرا»)."""
    if not following:
        return False
    if following[0] in load_action_markers()["armed_genitives"]:
        return True
    window = norm[end:end + 40]
    offset = len(window) - len(window.lstrip())
    return any(m.start == offset for m in _find_actor_mentions(window))


def _truce_line(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the truce noun ``trig`` names a line (``truce_line_nouns`` right before it, a glued
    «ب»/«ل»/«و» allowed: «قرب خط وقف إطلاق النار», «عن خطوط الهدنة»), not a truce."""
    words = _word_before(ctx, trig.start, 1)
    if not words:
        return False
    lines = load_action_markers()["truce_line_nouns"]
    word = words[-1]
    return word in lines or (word[:1] in "وبلف" and word[1:] in lines)


#: A memorandum noun, glued «ب»/«ل»/«و» and article allowed («بمذكرة», «المذكرة», «مذكرات»).
_MEMORANDUM_WORD = re.compile(r"^[وبلف]?(?:ال)?مذكر(?:ه|ات)$")


def _memorandum_off_truce(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the signing verb ``trig`` signs a memorandum (the nearest agreement word a few words
    before it is «مذكرة») in a sentence with no truce or zone word (``zone_context_words``): a
    memorandum signed at a venue is talks only about a truce or zone («مذكرة المبادئ التي وقعتها
    الدول الثلاث في X حول منطقة خفض التصعيد»), not an aid, trade or protest note («مذكرة التفاهم
    التي وقعتها الوزارة مع البنك الدولي في X»)."""
    words = _word_before(ctx, trig.start, _BEFORE_REACH + 1)
    if not any(_MEMORANDUM_WORD.match(w) for w in words):
        return False
    span = ctx.norm[sent[0]:sent[1]]
    return not any(word in span for word in load_action_markers()["zone_context_words"])


#: How far back in its sentence an agreement's covering verb looks for a truce or zone word.
_ZONE_WORD_REACH = 240


def _zone_agreement_before(norm: str, start: int, agreements: Sequence[str]) -> bool:
    """Whether the agreement whose covering verb starts at ``start`` is a zone: a bare agreement
    noun right before the verb (or before a comma-bounded relative clause: «الاتفاق، الذي …، يشمل»),
    which refers back to the article's agreement, or a truce or zone word (``zone_context_words``
    of ``actions.yaml``: «خفض التصعيد», «هدنة», «تسوية») before the verb in its sentence. Not a
    qualified agreement of another kind («الاتفاق التجاري يشمل», «مذكرة تفاهم مع منظمة … تشمل»)."""
    head = start
    aside = _COMMA_RELATIVE.search(norm, max(0, head - 200), head)
    if aside is not None:
        head = aside.start()
    before = _WORDS.findall(norm, max(0, head - 20), head)
    if before and any(w in agreements for w in (before[-1], before[-1][1:], before[-1][2:])):
        return True
    lo = max(0, start - _ZONE_WORD_REACH)
    cut = _last_match(_SENTENCE_BREAK, norm, lo, start)
    span = norm[cut.end() if cut is not None else lo:start]
    return any(word in span for word in load_action_markers()["zone_context_words"])


#: How many words back a covering verb glued to «و» looks for «agreement … الذي/التي» in its clause.
_COORDINATED_RELATIVE_REACH = 18
#: How many words (a quoted «خفض التصعيد», «وقف إطلاق النار») may stand between the agreement noun
#: and its relative pronoun.
_AGREEMENT_NAME_WORDS = 4


def _coordinated_with_agreement_relative(norm: str, start: int, prefix: str,
                                         agreements: Sequence[str]) -> bool:
    """Whether the covering verb starting at ``start`` (glued «و»: ``prefix``) is coordinated with
    the verb of a relative clause on an agreement noun in its clause, so that the agreement is its
    subject too («اتفاق خفض التصعيد الذي توصلت إليه الدول الثلاث في تموز ويشمل محافظات X وY»).
    The relative pronoun must follow the agreement noun within a few words (its name), and no
    clause punctuation may stand between them and the verb."""
    if "و" not in prefix:
        return False
    words = _clause_words(norm, max(0, start - len(prefix) - 200), start - len(prefix))
    unsettled, voiders = _marker_set("agreement_unsettled_verbs"), _inclusion_voiders()
    for i in range(max(0, len(words) - _COORDINATED_RELATIVE_REACH), len(words)):
        if words[i] not in ("الذي", "التي"):
            continue
        lo = max(0, i - _AGREEMENT_NAME_WORDS - 1)
        found = [j for j in range(lo, i) if words[j] in agreements
                 or (words[j][:1] in "وفبل" and words[j][1:] in agreements)]
        if not found:
            continue
        verb = words[i + 1] if i + 1 < len(words) else ""
        if any(verb.startswith(v) for v in unsettled):
            return False  # «الاتفاق الذي اقترحته روسيا», «الذي يناقشه الطرفان»: not concluded
        main = words[max(0, found[0] - _INCLUSION_VOID_WORDS):found[0]]
        pairs = [" ".join(main[k:k + 2]) for k in range(len(main) - 1)]
        if any(w in voiders or (w[:1] in "وفبل" and w[1:] in voiders) for w in main + pairs):
            return False  # «رفضت المعارضة اتفاق خفض التصعيد الذي …»
        return True
    return False


#: Words a ``requires_before`` form may stand after its required word («اتفاق «خفض التصعيد» الذي»).
_BEFORE_REACH = 4
#: The clause to look back into ends at punctuation (quotes do not end it).
_CLAUSE_PUNCT = re.compile(r"[.!?؟;؛:,،\n]")


def _last_match(rx: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``rx`` in ``text[lo:hi]``, or None."""
    last = None
    for last in rx.finditer(text, lo, hi):
        pass
    return last


def _clause_words(norm: str, lo: int, hi: int) -> list[str]:
    """The words of ``norm[lo:hi]`` after its last clause punctuation (:data:`_CLAUSE_PUNCT`)."""
    cut = _last_match(_CLAUSE_PUNCT, norm, lo, hi)
    return _WORDS.findall(norm, cut.end() if cut is not None else lo, hi)


def _form_start(norm: str, form: str, end: int) -> int:
    """Where the occurrence of the normalised ``form`` that ends at ``end`` begins (its words may be
    separated by several spaces in ``norm``)."""
    pos = end
    for word in reversed(form.split()):
        pos -= len(word)
        while pos > 0 and norm[pos - 1].isspace():
            pos -= 1
    while pos < end and norm[pos].isspace():
        pos += 1
    return pos


#: A relative clause set off by commas that ends right before a verb («الاتفاق، الذي أعد في
#: اجتماعات مغلقة، يشمل …»): the verb's subject stands before it.
_COMMA_RELATIVE = re.compile(r"[,،]\s*(?:الذي|التي)\s[^.!?؟;؛:,،\n]{1,160}[,،]\s*$")


#: Relative pronouns that open a clause on the noun before them even after a comma.
_COMMA_RELATIVE_OPENERS = ("الذي ", "التي ")


def _before_comma_of_relative(norm: str, start: int) -> int:
    """``start`` moved before the comma right before it when a relative pronoun stands at
    ``start`` («الاتفاق، الذي تم التوصل إليه»: the clause still describes the noun before the
    comma); ``start`` unchanged otherwise."""
    if not norm.startswith(_COMMA_RELATIVE_OPENERS, start):
        return start
    k = start
    while k > 0 and norm[k - 1] == " ":
        k -= 1
    return k - 1 if k > 0 and norm[k - 1] in ",،" else start


def _preceded_by(norm: str, start: int, words: Sequence[str]) -> bool:
    """Whether one of ``words`` (with a clitic «و/ف/ب/ل» glued to it or not) stands at most
    :data:`_BEFORE_REACH` words before ``start``, in the same clause («بموجب اتفاق وقعته الوزارة»,
    «باتفاق «خفض التصعيد» الذي وقع»); a comma-bounded relative clause right before ``start`` is
    skipped («الاتفاق، الذي جرى التفاوض عليه، يشمل»)."""
    while start > 0 and is_word_char(norm[start - 1]):
        start -= 1  # from the start of the whole word (before its clitics)
    aside = _COMMA_RELATIVE.search(norm, max(0, start - 200), start)
    if aside is not None:
        start = aside.start()
    start = _before_comma_of_relative(norm, start)
    before = _clause_words(norm, max(0, start - 80), start)[-_BEFORE_REACH - 1:]
    return any(w in words or (w[:1] in "وفبل" and (w[1:] in words or (w[1:2] in "بل" and w[2:] in words)))
               for w in before)


#: How many words after a lone vehicle's verb a load marker («على متنها», «تقل») may stand.
_VEHICLE_LOAD_REACH = 8


def _lone_vehicle_subject(norm: str, start: int, end: int, words: Sequence[str]) -> bool:
    """For a ``requires_before`` form that stands after ``words``: False when only a singular vehicle
    noun of ``lone_vehicle_subjects`` («حافلة») satisfies it and that noun is not the verb's subject
    (not right before the verb, ``lone_vehicle_gap`` words aside: «انفجرت عبوة بحافلة ثم انطلقت من X
    سيارات الإسعاف»), or the vehicle carries civilians («وكانت أول حافلة قد خرجت من X وعلى متنها جرحى»);
    True otherwise."""
    lone = _marker_set("lone_vehicle_subjects")
    if not lone & set(words) or _preceded_by(norm, start, [w for w in words if w not in lone]):
        return True
    before = _clause_words(norm, max(0, start - 80), start)
    gap = _marker_set("lone_vehicle_gap")
    while before and before[-1] in gap:
        before.pop()
    if not before or not (before[-1] in lone or (before[-1][:1] in "وفبل" and before[-1][1:] in lone)):
        return False
    stop = _SENTENCE_BREAK.search(norm, end)
    hi = min(stop.start() if stop is not None else len(norm), end + 120)
    load = _context_regex("vehicle_load_markers").search(norm, end, hi)
    if load is None or len(_WORDS.findall(norm, end, load.start())) > _VEHICLE_LOAD_REACH:
        return True
    civilians, _quantifiers = _civilian_words()
    carried = _WORDS.findall(norm, load.end(), min(len(norm), load.end() + 40))[:2]
    return not any(w in civilians or w.removeprefix("و") in civilians for w in carried[:1]) \
        and " ".join(carried) not in civilians


_DEFINITE_OR_SUFFIXED = re.compile(r"^(?:[وفبل]?ال\w+|\w+(?:ه|ها|هم|هما|هن)|\d+)$")


def _particle_reading(form: str, following: Sequence[str]) -> bool:
    """Whether the bare verb ``form`` («فقد») is the particle «ف + قد»: it is one of the
    ``particle_homographs`` of ``markers.yaml`` and the next word is neither definite, nor suffixed,
    nor a number (the object or subject of the verb «lost»: «فقد التنظيم», «فقد سيطرته»)."""
    if form not in load_markers()["particle_homographs"]:
        return False
    return not following or _DEFINITE_OR_SUFFIXED.match(following[0]) is None


# --------------------------------------------------------------------------- helpers
def _word_before(ctx: _Ctx, pos: int, count: int) -> list[str]:
    """The last ``count`` words before ``pos``, in text order: the ``\\w+`` runs of
    ``norm[pos - 15 * count:pos]`` (a word cut by the start of that window is dropped, a word
    cut by ``pos`` is kept cut), read from the words of the article."""
    lo = pos - 15 * count  # (word starts are never negative: no need to clip it at 0)
    words = ctx.words
    k = bisect.bisect_left(ctx.word_starts, pos)  # ``words[:k]`` start before ``pos``
    if count == 1:  # (most callers: the word right before)
        if k == 0 or words[k - 1][0] < lo:
            return []
        start, word = words[k - 1]
        return [word[:pos - start]]
    first = max(0, k - count)
    while first < k and words[first][0] < lo:  # (the words kept are those starting at ``lo`` or after)
        first += 1
    return [word[:pos - start] for start, word in words[first:k]]


def _marker_in(ctx: _Ctx, key: str, lo: int, hi: int) -> bool:
    """Whether a marker of ``key`` (:func:`_marker_regexes`) matches in ``norm[lo:hi]``."""
    return ctx.may_match(key, lo, hi) and _marker_regexes()[key].search(ctx.norm, lo, hi) is not None


@functools.cache
def _single_words(key: str) -> frozenset[str]:
    """The words a marker regex of ``key`` (:func:`_marker_regexes`) fully matches: a clitic
    «و»/«ف» + a one-word phrase (what ``fullmatch`` accepts of a single ``\\w+`` word)."""
    return frozenset(clitic + phrase for phrase in load_action_markers()[key] if len(phrase.split()) == 1
                     for clitic in _CLITICS)


@functools.lru_cache(maxsize=1)
def _marker_regexes() -> dict[str, re.Pattern[str]]:
    markers = load_markers()
    actions = load_action_markers()
    out = {}
    for key in ("negation", "intent", "future", "former", "state_phrases", "attribution"):
        out[key] = _context_regex(key)
    for key in ("operation_nouns", "clause_breaks", "origin_markers", "locative_markers", "exclusion_markers",
                "demonstratives"):
        out[key] = re.compile(rf"(?<![\w])[وف]?(?:{alternation(actions[key])})(?![\w])")
    for key in ("conditional", "topic_shift"):  # at the start of a sentence
        out[key] = re.compile(rf"\W*[وف]?(?:{alternation(markers[key])})(?![\w])")
    out["speculative"] = re.compile(rf"(?<![\w])[وف]?(?:{alternation(markers['speculative'])}"
                                    rf"|قد\s+[يتن]\w+)(?![\w])")
    return out


@functools.lru_cache(maxsize=None)
def _fillers_with(extra: frozenset[str]) -> frozenset[str]:
    return _fillers() | extra


@functools.lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    """Single words (with and without «ال») that may stand between a marker and a place name."""
    words: set[str] = set()
    for phrase in load_action_markers()["place_fillers"]:
        for token in phrase.split():
            words.update((token, token.removeprefix("ال"), "ال" + token.removeprefix("ال")))
    return frozenset(words)


_COORD_TOKENS = frozenset(normalize(w) for w in (
    "و", "أو", "على", "في", "إلى", "نحو", "باتجاه", "من", "ثم", "كذلك", "وكذلك", "أيضا",
    # the surroundings of the place just named, one more object («على المدينة ومحيطها وعلى مطار X»)
    "محيطها", "محيطه", "محيطهما"))


#: «ثم» between two places names the next one in a sequence («على X ثم Y»): a conjunction by itself.
_THEN = normalize("ثم")


@functools.lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """The words of the month names of the calendar lexicon («كانون», «الاول», «نيسان», «ابريل»)."""
    return frozenset(w for name in load_calendar()["months"] for w in name.split())


def _coordinated(norm: str, end: int, start: int) -> bool:
    """Whether the place starting at ``start`` is coordinated with the one ending at ``end``: the
    gap coordinates them, or the place is glued to «و» after a gap that would with it."""
    gap = norm[end:start]
    return _is_coordination(gap) or (norm.startswith("و", start) and _is_coordination(gap + " و"))


def _is_coordination(gap: str) -> bool:
    """Whether the text between two places coordinates them («، » «و» «وعلى» «وبلدة»;
    a range end «… وصولاً إلى» with a few words). A locative («على أطراف», «بريف», «قرب»)
    makes the next place the location of the previous one, not a second object; an origin marker
    («من محاور», «من جهة») makes it the origin."""
    tokens = _WORDS.findall(gap)
    if _range_end_regex().search(gap):
        unknown = [t for t in tokens if t.lstrip("و") not in _COORD_TOKENS and t.lstrip("و") not in _fillers()]
        return len(unknown) <= 5
    if _marker_regexes()["locative_markers"].search(gap) or _marker_regexes()["origin_markers"].search(gap):
        return False  # («في محيط X الجنوبي، من محاور Y»: Y is where the advance came from)
    then = _THEN in tokens
    has_conj = then or "," in gap or "،" in gap or any(t.startswith("و") for t in tokens)
    for token in tokens:
        bare = token[1:] if token.startswith("و") and len(token) > 1 else token
        if token in _COORD_TOKENS or bare in _COORD_TOKENS:
            continue
        if then and token in _month_words():
            continue  # «على X في كانون الأول، ثم Y»: the date of the first item, then the next
        if bare in _fillers():
            continue
        if _DIGITS.fullmatch(bare):
            continue
        return False
    return has_conj or not tokens


def _skip_fillers_back(ctx: _Ctx, pos: int, floor: int, extra: frozenset[str] = frozenset()) -> int:
    """Position before the filler words («مدينة», «جنوب شرق», «قطاع») that precede ``pos``.

    Each step takes the last word of ``norm[max(floor, pos - 30):pos]`` when only spaces and
    quotes follow it there (cut at the start of that window if need be), from the words of the
    article."""
    fillers = _fillers_with(extra)
    norm, words = ctx.norm, ctx.words
    while pos > floor:
        lo = max(floor, pos - 30)
        k = bisect.bisect_left(ctx.word_starts, pos) - 1  # the last word starting before ``pos``
        if k < 0:
            break
        start, word = words[k]
        end = min(start + len(word), pos)
        if end <= lo or _TRAILING.fullmatch(norm, end, pos) is None:
            break
        first = max(start, lo)
        word = norm[first:end]
        if word not in fillers and not word.isdigit():
            break
        pos = first
    return pos


# --------------------------------------------------------------------------- word gates
# A marker regex (``(?<![\w])[وف]?(?:phrase|…)``) matches only where all the words of one of its
# phrases stand: the first may carry a clitic «و»/«ف», the others are whole words (the last may be
# cut by the end of the regex's window). So a window in which no *key word* of the marker begins
# (one chosen word per phrase, the longest: the rarest) holds no match, unless its end cuts a word.
# The words of an article are looked up once in one table (:func:`_word_gates`); a rule bisects the
# offsets of the key words (:meth:`_Ctx.may_match`) before it runs a regex, and most windows hold none.

_CLITICS = ("", "و", "ف")


def _key_words(phrases: Sequence[str], clitics: Sequence[str] = _CLITICS) -> frozenset[str] | None:
    """One word per phrase that every match of ``prefix + alternation(phrases)`` contains as a
    whole word (or cut by the end of the window): the longest word of the phrase (the last on a
    tie), with the clitics when it is the first. ``None`` when there is no exact gate: a phrase
    has a non-word character, or there is no phrase (the regex matches the empty string)."""
    out: set[str] = set()
    for phrase in phrases:
        tokens = phrase.split()
        if not tokens:
            continue
        if any(_WORDS.fullmatch(t) is None for t in tokens):
            return None
        index = max(range(len(tokens)), key=lambda i: (len(tokens[i]), i))
        if index == 0:
            out.update(clitic + tokens[0] for clitic in clitics)
        else:
            out.add(tokens[index])
    return frozenset(out) or None


@functools.lru_cache(maxsize=1)
def _window_words() -> dict[str, frozenset[str]]:
    """Gate key → the key words (:func:`_key_words`) of its marker regex.

    Keys are those of :func:`_marker_regexes` and of the ``_ends_regex`` markers searched in a
    window, plus ``denial``, ``after_markers`` and ``relative_pronouns``; a key without an exact
    gate is left out (its regex always runs).
    """
    markers, actions = load_markers(), load_action_markers()
    phrases: dict[str, Sequence[str]] = {key: markers[key] for key in ("negation", "intent", "future",
                                                                        "state_phrases")}
    phrases["speculative"] = markers["speculative"] + ("قد",)  # «قد تشمل»
    for key in _CONTEXT_KEYS:  # the lists searched by :func:`_last_context`
        phrases[key] = markers[key]
    for key in ("clause_breaks", "exclusion_markers", "origin_markers", "range_markers",
                "targeting_words", "blocking_words", "completion_words", "loss_words"):
        phrases[key] = actions[key]
    phrases["denial"] = _DENIAL_WORDS
    phrases["after_markers"] = tuple(_AFTER_PHRASES)  # their first words
    out = {key: _key_words(values) for key, values in phrases.items()}
    out["relative_pronouns"] = _key_words(_RELATIVE_PRONOUNS, ("",))
    return {key: words for key, words in out.items() if words}


@functools.lru_cache(maxsize=1)
def _start_words() -> dict[str, frozenset[str]]:
    """Gate key → the words a match of its regex begins with, for the regexes tried only where
    such a word begins (``start:attribution``, ``start:clause_breaks``) and the sentence-start
    regexes (``conditional``, ``topic_shift``; :meth:`_Ctx.may_match_at`)."""
    markers = load_markers()
    out = {"start:attribution": _attribution_words(), "start:clause_breaks": _clause_break_words(),
           "conditional": first_words(markers["conditional"], _CLITICS),
           "topic_shift": first_words(markers["topic_shift"], _CLITICS)}
    return {key: words for key, words in out.items() if words}


_POSITIONED = ("start:attribution", "start:clause_breaks")  # the start gates that need offsets


@functools.lru_cache(maxsize=1)
def _gate_table() -> dict[str, tuple[str, ...]]:
    """Whole word → the gate keys it opens (``"trigger"``: it may begin a trigger)."""
    table: dict[str, list[str]] = {}
    positioned = {key: _start_words()[key] for key in _POSITIONED if key in _start_words()}
    for key, words in {**_window_words(), **positioned}.items():
        for word in words:
            table.setdefault(word, []).append(key)
    for word in _trigger_words():
        table.setdefault(word, []).append("trigger")
    return {word: tuple(keys) for word, keys in table.items()}


@functools.lru_cache(maxsize=1)
def _gate_keys() -> tuple[str, ...]:
    """The keys of :func:`_gate_table` that collect offsets (all but ``"trigger"``)."""
    return tuple(sorted({key for keys in _gate_table().values() for key in keys} - {"trigger"}))


def _word_gates(words: list[tuple[int, str]]) -> tuple[dict[str, list[int]], list[tuple[int, str]]]:
    """(gate key → offsets of its words, ``(start, word)`` of the trigger words) of one article,
    in text order; ``words``: ``geo.lexicon.vocabulary(norm)``. One lookup per word."""
    table = _gate_table()
    starts: dict[str, list[int]] = {key: [] for key in _gate_keys()}
    triggers: list[tuple[int, str]] = []
    for p, word in itertools.compress(words, map(table.__contains__, map(operator.itemgetter(1), words))):
        for key in table[word]:
            if key == "trigger":
                triggers.append((p, word))
            else:
                starts[key].append(p)
    return starts, triggers


def _cuts_word(norm: str, pos: int) -> bool:
    """Whether ``pos`` falls inside a word (a regex window ending there sees a cut word)."""
    return 0 < pos < len(norm) and is_word_char(norm[pos - 1]) and is_word_char(norm[pos])


@dataclass
class _Ctx:
    article: Article
    norm: str
    nmap: list[int]
    places: list[tuple[int, int, Resolution]]  # normalised spans, sorted
    actors: list[ActorMention]
    triggers: list[Trigger]
    dates: list[DateExpression]
    sentences: list[tuple[int, int]]  # normalised spans
    attributions: list[tuple[int, int]]  # normalised spans of attribution phrases
    # Per-article indexes (built once in ``__post_init__``) so that every trigger looks only at
    # the places, actors, sentences and dates near it: claim extraction stays linear in the
    # number of mentions.
    date_index: _Expressions | None = None
    sentence_starts: list[int] = field(default_factory=list)
    sentence_number: dict[tuple[int, int], int] = field(default_factory=dict)
    place_starts: list[int] = field(default_factory=list)
    actor_starts: list[int] = field(default_factory=list)
    actor_max_end: list[int] = field(default_factory=list)  # running max of actor ends
    first_actor_named: dict[str, ActorMention] = field(default_factory=dict)
    attribution_starts: list[int] = field(default_factory=list)
    trigger_starts: list[int] = field(default_factory=list)
    words: list[tuple[int, str]] = field(default_factory=list)  # ``geo.lexicon.vocabulary(norm)``
    # the starts of ``words``: ``bisect_left(word_starts, pos)`` is ``bisect_left(words, (pos,))``
    # (the number of words starting before ``pos``), with integer comparisons only
    word_starts: list[int] = field(default_factory=list)
    gate_starts: dict[str, list[int]] = field(default_factory=dict)  # see :func:`_word_gates`
    pronoun_starts: frozenset[int] = frozenset()  # places given by a pronoun («عليها»): their starts
    operation_days: bool = False  # the text names an operation day («اليوم الأول لعملية …»)
    relative_objects: frozenset[int] = frozenset()  # pronoun places that are a relative clause's head
    theatre: str | None = None  # :func:`_theatre_country` of the places, computed on first use
    # withdrawals whose place is the one just taken (:func:`_place_just_taken`): trigger indices
    left_after_capture: set[int] = field(default_factory=set)
    # :func:`_foreign_missile_firer` by (trigger start, trigger end, sentence start), computed on first use
    missile_firers: dict[tuple[int, int, int], ActorMention | None] = field(default_factory=dict)
    # :func:`_trigger_places` by trigger index, computed on first use
    trigger_places: dict[int, tuple[list[tuple[int, int, Resolution]], bool]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.sentence_starts = [s for s, _ in self.sentences]
        self.word_starts = [s for s, _ in self.words]
        self.sentence_number = {}
        for n, sent in enumerate(self.sentences):
            self.sentence_number.setdefault(sent, n)
        self.place_starts = [s for s, _, _ in self.places]
        self.actor_starts = [a.start for a in self.actors]
        running, self.actor_max_end = -1, []
        for a in self.actors:
            running = max(running, a.end)
            self.actor_max_end.append(running)
        self.first_actor_named = {}
        for a in self.actors:
            self.first_actor_named.setdefault(a.entry.name, a)
        self.attribution_starts = [s for s, _ in self.attributions]
        self.trigger_starts = [t.start for t in self.triggers]
        if self.date_index is None:
            self.date_index = _Expressions(self.dates, self.article.text)
        self.operation_days = _OPERATION_DAY_WORDS.search(self.article.text) is not None

    def theatre_country(self) -> str:
        """:func:`_theatre_country` of the article's places, computed once per article."""
        if self.theatre is None:
            self.theatre = _theatre_country(self.places)
        return self.theatre

    def actors_from(self, lo: int, hi: int) -> list[ActorMention]:
        """Actors whose start is in ``[lo, hi)``, in order."""
        starts = self.actor_starts
        return self.actors[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def actor_covers(self, pos: int) -> bool:
        """Whether an actor mention spans ``pos`` (``a.start <= pos < a.end``)."""
        i = bisect.bisect_right(self.actor_starts, pos) - 1
        return i >= 0 and self.actor_max_end[i] > pos

    def places_from(self, lo: int) -> int:
        """Index of the first place starting at or after ``lo``."""
        return bisect.bisect_left(self.place_starts, lo)

    def may_match(self, key: str, lo: int, hi: int) -> bool:
        """False only when ``regex.search(norm, lo, hi)`` cannot match for the regex of gate
        ``key`` (:func:`_window_words`): no key word begins in ``[lo, hi)``, and ``hi`` cuts
        no word (the regex takes the end of its window for the end of a word)."""
        starts = self.gate_starts.get(key)
        if starts is None:
            return True
        i = bisect.bisect_left(starts, lo)
        return (i < len(starts) and starts[i] < hi) or _cuts_word(self.norm, hi)

    def may_match_at(self, key: str, pos: int) -> bool:
        """False only when ``regex.match(norm, pos)`` cannot match for a sentence-start regex
        (``\\W*[وف]?(?:…)``) of gate ``key``: the first word from ``pos`` is not one of the key."""
        words = _start_words().get(key)
        if words is None or _cuts_word(self.norm, pos):
            return True
        k = bisect.bisect_left(self.word_starts, pos)
        return k < len(self.words) and self.words[k][1] in words


_ORIG_BREAK = re.compile(r"[.!?؟;؛]+|\n\s*\n|(?<=[.!?؟:;؛\"»”])\s*\n|\n(?=\s*[•\-*])")
#: A stop or line break (a match of ``_ORIG_BREAK`` may start there), or a character after which
#: one may start (the look-behind of its third branch). Matched as one character class, which
#: the regex engine scans for quickly, unlike ``_ORIG_BREAK`` itself.
_BREAK_CUE = re.compile(r"[.!?؟:;؛\"»”\n]")
_BREAK_AT = frozenset(".!?؟;؛\n")  # the cues a match may start at
_BREAK_AFTER = frozenset(".!?؟:;؛\"»”")  # the cues a match may start right after


def _break_starts(text: str) -> list[int]:
    """The sorted positions of ``text`` where ``_ORIG_BREAK`` can match (a superset)."""
    out: list[int] = []
    for m in _BREAK_CUE.finditer(text):
        p, ch = m.start(), m.group()
        if ch in _BREAK_AT and (not out or out[-1] < p):
            out.append(p)
        if ch in _BREAK_AFTER:
            out.append(p + 1)
    return out


def _sentences(text: str, nmap: list[int]) -> list[tuple[int, int]]:
    """Sentence spans (normalised offsets). A single line break ends a sentence only after
    punctuation or before a bullet: hard-wrapped paragraphs stay one sentence."""
    spans, begin = [], 0
    for m in matches_at(_ORIG_BREAK, text, _break_starts(text)):
        if (m.group(0) == "." and 0 < m.start() and m.end() < len(text)
                and text[m.start() - 1].isdigit() and text[m.end()].isdigit()):
            continue
        spans.append((begin, m.start()))
        begin = m.end()
    spans.append((begin, len(text)))
    out = []
    for a, b in spans:
        na, nb = bisect.bisect_left(nmap, a), bisect.bisect_left(nmap, b)
        if nb > na:
            out.append((na, nb))
    return out


def _sentence_of(ctx: _Ctx, pos: int) -> tuple[int, int]:
    i = max(0, bisect.bisect_right(ctx.sentence_starts, pos) - 1)
    return ctx.sentences[i] if ctx.sentences else (0, len(ctx.norm))


def _orig(ctx: _Ctx, i: int, j: int) -> tuple[int, int]:
    if j <= i:
        k = ctx.nmap[min(i, len(ctx.nmap) - 1)]
        return k, k
    return original_span(ctx.article.text, ctx.nmap, i, j)


# --------------------------------------------------------------------------- blocking rules
_NOT_NEGATING = re.compile(r"\s+(?:[يت]قل|[يت]قلون|سيما|بد|شك|يتجاوز|تتجاوز|يزيد|تزيد)(?![\w])")
#: Denial verbs («نفت المصادر …»); ``_DENIAL`` is compiled from them, the gate ``denial`` reads them.
_DENIAL_WORDS = ("نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون")
_DENIAL = re.compile(rf"(?<![\w])[وف]?(?:{'|'.join(map(re.escape, _DENIAL_WORDS))})(?![\w])")


#: At most this many characters between a repelling verb and the air or missile strike it faced.
_INTERCEPT_GAP = 40
#: Characters a missile subject with its nationality adds before its strike verb («لصواريخ إسرائيلية»).
_MISSILE_SUBJECT_SPAN = 25


def _intercepted_strike(ctx: _Ctx, repel: Trigger) -> bool:
    """Whether the repelling trigger ``repel`` faced an air or missile strike named right after it
    in the same clause («تصدت الدفاعات الجوية لهجوم صاروخي …»): an interception, not a ground
    attack held off; the strike (its own trigger) is the claim."""
    k = bisect.bisect_right(ctx.trigger_starts, repel.start)
    if k >= len(ctx.triggers):
        return False
    if _projectile_object(ctx, repel):
        return True
    nxt = ctx.triggers[k]
    if action_family(nxt.form.action) == "airstrike":
        if nxt.start - repel.end > _INTERCEPT_GAP:
            return False
    elif nxt.form.action not in ("attacked", "shelled") or nxt.start - repel.end > _INTERCEPT_GAP + _MISSILE_SUBJECT_SPAN \
            or not _standoff_missile_subject(ctx, nxt, _sentence_of(ctx, nxt.start)):
        return False  # («تصدت الدفاعات الجوية لصواريخ إسرائيلية استهدفت X»: the missiles stand between)
    gap = ctx.norm[repel.end:nxt.start]
    return not _SENTENCE_BREAK.search(gap) and _marker_regexes()["clause_breaks"].search(gap) is None


#: A quantifier in «ل» before a counted object («تصدت لعدة صواريخ», «لعشرات القذائف»).
_COUNTED_OBJECT = frozenset(normalize(w) for w in ("لعدة", "لعشرات", "لعدد", "لمئات"))


def _projectile_object(ctx: _Ctx, repel: Trigger) -> bool:
    """Whether a projectile or aircraft in «ل» is the object of the repelling trigger, after at most
    a few time words («تصدت الدفاعات الجوية فجر اليوم لصواريخ إسرائيلية»; ``intercepted_objects``
    in markers.yaml): air defences intercepting a strike, not a ground attack held off."""
    window = ctx.norm[repel.end:min(len(ctx.norm), repel.end + _INTERCEPT_GAP)]
    objects = _marker_set("intercepted_objects")
    words = window.split()[:6]
    for k, word in enumerate(words):
        bare = word.strip(_HEAD_NOISE_QUOTES)
        if bare in objects or _bare(bare) in objects:
            return True
        if bare in _COUNTED_OBJECT and k + 1 < len(words) and "ل" + words[k + 1] in objects:
            return True  # «لعدة صواريخ»
        if _PUNCT.search(word):
            return False
    return False


#: Zone nouns that may stand between a zone trigger and the word that frames it.
_ZONE_HEADS = frozenset(normalize(w) for w in ("مناطق", "منطقة", "منطقتي", "اتفاق", "اتفاقية"))


def _zone_as_description(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a zone noun only describes a place or a target: the object of a fire trigger right
    before it («يواصل قصف مناطق خفض التصعيد في X»: a shelling of X) or the frame of a located
    place («بلدة X الواقعة ضمن منطقة خفض التصعيد التي تشمل Y»; ``located_in_words`` in
    markers.yaml): the zone is not established there and then."""
    words = [w.strip(_HEAD_NOISE_QUOTES) for w in _word_before(ctx, trig.start, 4)]
    while words and (not words[-1] or _bare(words[-1]) in _ZONE_HEADS):
        words.pop()
    if not words:
        return False
    if words[-1].lstrip("و") in ("ضمن", "في", "داخل") and len(words) > 1 \
            and _bare(words[-2]) in _marker_set("located_in_words"):
        return True
    k = bisect.bisect_left(ctx.trigger_starts, trig.start) - 1
    if k < 0:
        return False
    prev = ctx.triggers[k]
    gap = list(ctx.norm[prev.end:trig.start])
    for a in ctx.actors_from(prev.end, trig.start):  # a VSO subject: «قصفت قوات النظام مناطق …»
        if a.end <= trig.start:
            gap[a.start - prev.end:a.end - prev.end] = " " * (a.end - a.start)
    between = [w for w in (w.strip(_HEAD_NOISE_QUOTES) for w in "".join(gap).split()) if w]
    return action_family(prev.form.action) in _FIRE_FAMILIES and len(between) <= 1 \
        and all(_bare(w) in _ZONE_HEADS for w in between)


def _repelled_before(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a repelling trigger just before ``trig`` (same clause) repelled it."""
    k = bisect.bisect_left(ctx.trigger_starts, trig.start) - 1
    while k >= 0 and trig.start - ctx.triggers[k].end <= 90:
        prev = ctx.triggers[k]
        if prev.form.action == "repelled":
            return _attempt_of(ctx, prev, trig) and not _intercepted_strike(ctx, prev)
        if action_family(prev.form.action) not in _ATTEMPT_FAMILIES:
            return False
        k -= 1
    return False


#: Object pronouns glued to a loss verb («خسرها», «خسرتها», «فقدوها»).
_LOSS_OBJECT_PRONOUNS = ("ها", "ه", "هم", "هما", "وها", "وه")


def _loss_of_unnamed_antecedent(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a loss verb (``loss_verbs`` of markers.yaml: «خسر», «فقد») carries its object as a glued
    pronoun whose antecedent, right before it (a relative pronoun may stand between), is no place
    («القرى التي خسرتها في ريف X», «استعاد مواقع خسرها»): what was lost is that noun, and a place
    after the verb only locates it."""
    if trig.form.pos != "verb" or trig.form.form not in _marker_set("loss_verbs"):
        return False
    suffix = ctx.norm[trig.start + len(trig.prefix) + len(trig.form.form):trig.end]
    if suffix not in _LOSS_OBJECT_PRONOUNS:
        return False
    before = _words_between(ctx, max(0, trig.start - 40), trig.start)
    if before and before[-1][1] in _RELATIVE_PRONOUNS:
        before = before[:-1]
    return not before or not _place_right_before(ctx, before[-1][0] + len(before[-1][1]))


def _place_right_before(ctx: _Ctx, pos: int) -> bool:
    """Whether a place mention ends just before ``pos`` (only spaces or quotes between)."""
    k = ctx.places_from(pos) - 1
    return k >= 0 and ctx.places[k][1] <= pos and not ctx.norm[ctx.places[k][1]:pos].strip(" \"'«»“”")


def _negation(ctx: _Ctx, lo: int, hi: int) -> bool:
    """A negation marker in ``norm[lo:hi]`` («لم», «لا» …) that negates («لا يقل عن», «لا سيما» do not)."""
    if not ctx.may_match("negation", lo, hi):
        return False
    for m in _marker_regexes()["negation"].finditer(ctx.norm, lo, hi):
        if _NOT_NEGATING.match(ctx.norm, m.end()) is None:
            return True
    return False


#: At most this many words in an aside set off by two commas («، بحسب المصدر،», «، حتى الآن،»).
_ASIDE_MAX_WORDS = 4
_COMMAS = ",،"


def _aside_before(ctx: _Ctx, lo: int, comma: int) -> int:
    """Where the comma that opens an aside closed by the comma at ``comma`` stands, or -1: an aside is
    at most :data:`_ASIDE_MAX_WORDS` words between two commas in ``norm[lo:comma]``, with no other
    clause punctuation, no clause starter and no negation, intent or denial of its own («لا صحة،
    بحسب المصدر، لسيطرة …», «لم تتمكن القوات، حتى الآن، من السيطرة …»; but not «دخلت القوات، دون
    مقاومة تذكر، مدينة X»)."""
    if ctx.norm[comma] not in _COMMAS:
        return -1
    opener = max(ctx.norm.rfind(c, lo, comma) for c in _COMMAS)
    if opener < 0:
        return -1
    inner = (opener + 1, comma)
    if len(ctx.norm[inner[0]:inner[1]].split()) > _ASIDE_MAX_WORDS or _CLAUSE_PUNCT.search(ctx.norm, *inner) \
            or _marker_in(ctx, "clause_breaks", *inner) or _negation(ctx, *inner) or _denied(ctx, *inner) \
            or _intent_before(ctx, *inner):
        return -1
    return opener


def _after_last_punct(ctx: _Ctx, lo: int, hi: int) -> int:
    """``lo``, or just after the last clause punctuation in ``norm[lo:hi]``: a negation before a comma
    belongs to another clause («دخلت القوات المدينة دون مقاومة تذكر، بعد أن انسحب المسلحون»). An aside
    set off by two commas does not end the clause (:func:`_aside_before`: «لا صحة، بحسب المصدر، لسيطرة»)."""
    while True:
        cut = max(ctx.norm.rfind(p, lo, hi) for p in ("،", ",", "؛", ";", ":"))
        if cut < 0:
            return lo
        opener = _aside_before(ctx, lo, cut)
        if opener < 0:
            return cut + 1
        hi = opener


def _denied(ctx: _Ctx, lo: int, hi: int) -> bool:
    """A denial («نفت …») in ``norm[lo:hi]``."""
    return ctx.may_match("denial", lo, hi) and _DENIAL.search(ctx.norm, lo, hi) is not None


def _last_denial(ctx: _Ctx, lo: int, hi: int) -> re.Match[str] | None:
    """The last denial («نفت …») in ``norm[lo:hi]`` (:func:`_denied`), or None."""
    return _last_match(_DENIAL, ctx.norm, lo, hi) if ctx.may_match("denial", lo, hi) else None


#: How far before a trigger a denial verb governs it («نفت المصادر سيطرة المسلحين على X»).
_DENIAL_WINDOW = 70


#: «أن يكون/تكون … قد» between a denial and a verb glued to «و»: the glued verb shares the denied
#: perfect («نفى أن يكون مسلحو داعش قد دخلوا البلدة وسيطروا عليها»).
_DENIED_PERFECT = re.compile(r"(?<![\w])[بل]?ان\s+(?:يكون|تكون|يكونوا|يكونا)(?:\s+\S+){0,6}?\s+قد\s")


def _speech_participle(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Whether a circumstantial participle of speech (``speech_participles``: «مؤكدا», «مشيرا») in
    ``norm[lo:hi]`` opens a clause of its own («نفى … الأنباء … مؤكدا سيطرته على X»)."""
    words = _marker_set("speech_participles")
    return any(_bare(w) in words for w in ctx.norm[lo:hi].split())


def _denial_governs(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a denial verb close before ``trig`` governs it, in its clause («نفت المصادر سيطرة
    المسلحين على X», «نفى أن يكون التنظيم قد سيطر على X»). A verb glued to «و/ف» opens a clause
    of its own («نفى المتحدث وجود قوات أجنبية وسيطر الجيش على X»), unless it shares a denied «أن
    يكون … قد» («نفى أن يكون مسلحو داعش قد دخلوا البلدة وسيطروا عليها»); punctuation, a clause
    starter or a participle of speech opens one too («نفت المعارضة الأنباء، وأعلنت سيطرتها على X»,
    «نفى الأنباء مؤكدا سيطرته على X»)."""
    denial = _last_denial(ctx, max(sent[0], trig.start - _DENIAL_WINDOW), trig.start)
    if denial is None:
        return False
    if trig.form.pos == "verb" and trig.prefix[:1] in ("و", "ف") \
            and not _DENIED_PERFECT.search(ctx.norm, denial.end(), trig.start):
        return False
    before = _word_before(ctx, trig.start, 2)
    if len(before) == 2 and before[-1] in _REPORT_PREPS and _glued_verb(before[0]):
        return False  # «نفى المصدر هذه الأنباء وتحدث عن سيطرة …»: the new verb takes the trigger
    return _same_clause(ctx, denial.end(), trig.start) and not _speech_participle(ctx, denial.end(), trig.start)


#: How far before a trigger the denial verb of a denied report may stand (a long relative clause
#: about who spread the report may stand between the report noun and «عن»).
_DENIED_REPORT_WINDOW = 220
#: The prepositions that join a report noun to what it reports («الأنباء عن سقوط X», «حول», «بشأن»).
_REPORT_PREPS = frozenset(("عن", "حول", "بشان"))


def _denied_report(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether ``trig`` is what a denied report says («نفى مصدر عسكري الأنباء التي روجت لها صفحات
    المعارضة عن «سقوط» مدينة X»): right after «عن/حول/بشأن», with a report noun
    (``denied_report_nouns``) before it and a denial verb before that, all in one sentence. A denial
    of something else («نفى المتحدث وجود قوات أجنبية، فيما سيطر الجيش على X») does not reach it."""
    lo = max(sent[0], trig.start - _DENIED_REPORT_WINDOW)
    words = ctx.norm[lo:trig.start].rstrip(" «\"'“").split()
    if not words or words[-1] not in _REPORT_PREPS:
        return False
    denial = _last_denial(ctx, lo, trig.start)
    if denial is None:
        return False
    between = ctx.norm[denial.end():trig.start]
    if _CLAUSE_PUNCT.search(between) or _speech_participle(ctx, denial.end(), trig.start):
        return False
    noun = _last_match(_denied_report_noun_regex(), between, 0, len(between))
    return noun is not None and not _new_verb_after_report(between[noun.end():].split()[:-1])


@functools.lru_cache(maxsize=1)
def _denied_report_noun_regex() -> re.Pattern[str]:
    """A ``denied_report_nouns`` phrase as whole words (no glued clitic; its words one space apart)."""
    nouns = sorted(_marker_set("denied_report_nouns"), key=lambda w: (-len(w), w))
    return re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, nouns))})(?![\w])")


def _new_verb_after_report(words: list[str]) -> bool:
    """Whether ``words`` (between a denied report noun and its «عن/حول/بشأن») hold a new verb glued to
    «و/ف» that takes the preposition instead («نفى المصدر هذه الأنباء وتحدث عن سيطرة …»): a word glued
    to «و/ف» (:func:`_glued_verb`). A relative clause on the report noun may hold such verbs («الأنباء التي روجت
    لها صفحات المعارضة وتناقلتها …»)."""
    if words and _bare(words[0]) in _RELATIVE_PRONOUNS:
        return False
    return any(_glued_verb(w) for w in words)


def _glued_verb(word: str) -> bool:
    """Whether ``word`` reads as a verb glued to «و/ف» («وتحدث», «وكشفت»): glued, and neither a
    definite noun («والتقارير») nor a noun spelt with «و» (``waw_nouns``: «وسائل», «وكالة»)."""
    return word[:1] in ("و", "ف") and len(word) > 3 and not word[1:].startswith("ال") \
        and word not in _marker_set("waw_nouns")


#: Families of movement: their subject may be a delegation, an aid convoy or displaced people.
_MOVEMENT_FAMILIES = frozenset({"advanced", "withdrew"})
#: Words after which the subject of a following verb begins («أعلنت المنظمة أن قافلة … دخلت»).
_SUBJECT_OPENERS = frozenset(normalize(w) for w in (
    "أن", "إن", "بأن", "وأن", "فإن", "وإن", "لأن", "حيث", "عندما", "بينما", "فيما", "بعدما", "إذ",
    # a pluperfect auxiliary opens its clause too: «وكان عدد من النازحين قد غادر البلدة»
    "كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"))
#: How many words the subject noun phrase may take before its verb (SVO).
_MAX_SUBJECT_WORDS = 8


@functools.lru_cache(maxsize=1)
def _civilian_words() -> tuple[frozenset[str], frozenset[str]]:
    """(civilian subject heads of one or two words, quantifier words) of ``actors.yaml``."""
    markers = load_actor_markers()
    return frozenset(markers["civilian_subjects"]), frozenset(markers["subject_quantifiers"])


def _bare(word: str) -> str:
    """``word`` without a glued conjunction «و»/«ف» (kept when the word is that short)."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _civilian_head(ctx: _Ctx, k: int, hi: int) -> bool | None:
    """Whether the noun phrase starting at word ``k`` of ``ctx.words`` (before ``hi``) has a
    civilian head: True (civilian), False (an actor or another noun), None (no subject there: a
    preposition or a place comes first, or nothing before ``hi``). Quantifiers and times («مئات», «الدفعة الأولى من», «أمس»)
    are skipped."""
    civilians, quantifiers = _civilian_words()
    words = ctx.words
    while k < len(words) and words[k][0] < hi:
        start, word = words[k]
        if word in quantifiers or _bare(word) in quantifiers or word.isdigit():
            k += 1
            continue
        pair = word + " " + words[k + 1][1] if k + 1 < len(words) else ""
        if word in civilians or _bare(word) in civilians or pair in civilians or _bare(pair) in civilians:
            return True  # before the actors: «الرئيس الروسي», «وفد المعارضة» name a visitor
        if _goods_measure(ctx, k):
            return True  # «وصل برميلين من الوقود»: goods delivered, not a side
        if ctx.actor_covers(start):
            return False
        place = ctx.places_from(start)
        if word in _fillers() or (place < len(ctx.places) and ctx.places[place][0] == start):
            return None  # the object of a transitive verb («دخلت بلدة X»), not its subject
        return None if word in _TRIGGER_PREPS or _bare(word) in _TOWARDS else False
    return None


def _goods_measure(ctx: _Ctx, k: int) -> bool:
    """Whether word ``k`` of ``ctx.words`` is a measure or container of goods (``goods_measures``)
    followed by «من» («برميلين من الوقود», «أطنان من الطحين»): a quantity of goods, no fighters."""
    word = ctx.words[k][1]
    return (word in _marker_set("goods_measures") or _bare(word) in _marker_set("goods_measures")) \
        and k + 1 < len(ctx.words) and ctx.words[k + 1][1] == "من"


def _civilian_subject(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the subject of a movement trigger is civilian or political («وصل الوفد الروسي إلى»,
    «دخلت قافلة مساعدات», «فرار المدنيين من», «أن قافلة مساعدات مؤلفة من 40 شاحنة دخلت»): a
    visit, an aid delivery or displacement, not a control claim.

    The subject is the noun phrase after the trigger (VSO verb, agent of a verbal noun, or inside a
    split trigger); for a verb with none there, the one opening its clause before it (SVO, no actor
    named between)."""
    if action_family(trig.form.action) not in _MOVEMENT_FAMILIES:
        return False
    after = trig.gap[0] if trig.gap is not None else trig.end
    words = ctx.words
    k = bisect.bisect_left(ctx.word_starts, after)
    if trig.form.pos == "verb" and _dropped_subject_civilian(ctx, trig, sent[0]):
        return True  # «باتت خالية من السكان بعدما فروا جراء القصف»
    if trig.form.pos == "verb" and _civilian_relative_head(ctx, trig, sent[0]):
        return True  # «آلاف النازحين الذين فروا من مدينة X»
    head = _civilian_head(ctx, k, min(sent[1], after + 60))
    if head is not None or trig.form.pos == "noun":
        return bool(head)
    if trig.prefix.startswith("و") and _first_verb_civilian_subject(ctx, trig, sent):
        return True  # «خرجت مئات العائلات من الأحياء الشرقية ووصلت إلى حي X»: the same families
    first = bisect.bisect_left(ctx.word_starts, trig.start)  # SVO: walk back to the clause opening
    k, opened = _clause_opening_before(ctx, first, sent[0], _MAX_SUBJECT_WORDS)
    if not opened and k > 0 and words[k - 1][0] >= sent[0]:
        return False  # no opening within reach
    if k == first or ctx.actors_from(words[k][0], trig.start):
        return False
    return bool(_civilian_head(ctx, k, trig.start))


def _civilian_relative_head(ctx: _Ctx, trig: Trigger, floor: int) -> bool:
    """Whether the verb ``trig`` opens a relative clause whose head is civilian: a relative pronoun
    right before it and a ``civilian_subjects`` word (one or two words) right before the pronoun, in
    its sentence («آلاف النازحين الذين فروا من X», «العائلات التي غادرت X»), with no actor named
    right after the verb (its own subject: «المدينة التي انسحب منها مسلحو التنظيم» has none before)."""
    words = ctx.words
    first = bisect.bisect_left(ctx.word_starts, trig.start)
    if first < 2 or words[first - 2][0] < floor or _bare(words[first - 1][1]) not in _RELATIVE_PRONOUNS:
        return False
    civilians = _civilian_words()[0]
    head = words[first - 2][1]
    pair = " ".join(w for _, w in words[max(0, first - 3):first - 1])
    if not (head in civilians or _bare(head) in civilians or pair in civilians):
        return False
    return not ctx.actors_from(trig.end, trig.end + _DROPPED_SUBJECT_AFTER)


#: Conjunctions after which a verb with a dropped subject refers to the noun right before them.
_TIME_CONJUNCTIONS = frozenset(normalize(w) for w in ("بعدما", "عندما", "حينما", "لما"))
#: How many words before the conjunction the antecedent of the dropped subject may stand.
_DROPPED_SUBJECT_REACH = 3
#: How far after the verb a subject named there (VSO) may stand.
_DROPPED_SUBJECT_AFTER = 40


def _dropped_subject_civilian(ctx: _Ctx, trig: Trigger, floor: int) -> bool:
    """Whether the verb ``trig``, right after a time conjunction with its subject dropped
    («باتت المدينة خالية من السكان بعدما فروا»), refers to civilians: a ``civilian_subjects`` word
    among the last words before the conjunction in its sentence, no actor from there to just after
    the verb («… السكان بعدما فر مسلحو التنظيم» has its subject after it) and none before them in
    their clause («خطف مسلحو التنظيم عددا من المدنيين بعدما اقتحموا»: the civilians are its object,
    the actor is the subject)."""
    words = ctx.words
    first = bisect.bisect_left(ctx.word_starts, trig.start)
    if first < 1 or _bare(words[first - 1][1]) not in _TIME_CONJUNCTIONS:
        return False
    civilians = _civilian_words()[0]
    conj = first - 1
    for k in range(conj - 1, max(-1, conj - 1 - _DROPPED_SUBJECT_REACH), -1):
        start, word = words[k]
        if start < floor:
            return False
        if word in civilians or _bare(word) in civilians:
            return not ctx.actors_from(start, trig.end + _DROPPED_SUBJECT_AFTER) \
                and not _actor_in_clause_before(ctx, floor, start)
    return False


def _actor_in_clause_before(ctx: _Ctx, floor: int, pos: int) -> bool:
    """Whether an actor named from ``floor`` (the sentence start) to ``pos`` stands in the clause
    of ``pos``: no clause punctuation between its end and ``pos``."""
    return any(not _CLAUSE_PUNCT.search(ctx.norm, a.end, pos) for a in ctx.actors_from(floor, pos))


def _clause_opening_before(ctx: _Ctx, first: int, floor: int, reach: int) -> tuple[int, bool]:
    """Walk back from word index ``first`` to the opening of its clause: ``(k, True)`` with ``k`` the index
    of the clause's first word when a word before it starts before ``floor`` (the sentence start), is a
    subject opener or is followed by punctuation; ``(k, False)`` when ``reach`` words or the text start
    came first."""
    words = ctx.words
    k = first
    while k > 0 and first - k < reach:
        start, word = words[k - 1]
        if start < floor or word in _SUBJECT_OPENERS or _PUNCT.search(ctx.norm, start + len(word), words[k][0]):
            return k, True
        k -= 1
    return k, False


#: How many words back a verb coordinated with «و» may look for the first verb of its clause.
_COORDINATED_VERB_REACH = 25


def _first_verb_civilian_subject(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a movement verb glued to «و» with no subject of its own («ووصلت») shares a civilian
    subject with the verb opening its clause (VSO, right after punctuation or an opener: «تمكنت
    أكثر من 1500 عائلة من الخروج … ووصلت إلى حي X», also as the text's first clause); no actor named
    between them."""
    first = bisect.bisect_left(ctx.word_starts, trig.start)
    k, opened = _clause_opening_before(ctx, first, sent[0], _COORDINATED_VERB_REACH)
    if not opened and k > 0:
        return False  # no clause opening within reach (the text's first word opens a clause)
    if first - k < 2 or ctx.actors_from(ctx.words[k][0], trig.start):
        return False
    return bool(_civilian_head(ctx, k + 1, trig.start))


@functools.lru_cache(maxsize=1)
def _armed_heads() -> frozenset[str]:
    """Nouns that head an armed subject: the military nouns of actors.yaml, the first words of its
    generic armed nouns and the ``armed_nouns`` of markers.yaml (normalised)."""
    words = set(_military_nouns()) | set(load_markers()["armed_nouns"])
    words.update(phrase.split()[0] for phrase in load_generic_agents())
    return frozenset(words)


def _unarmed_subject(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a trigger of :func:`_armed_subject_triggers` has a subject or agent right after it
    that is neither an actor nor an armed noun («انتشر الوباء في X», «تراجعت حدة المعارك في X»,
    «خسر الحزب الانتخابات», «بعد خسارة فادحة في X»). Quantifiers and light words (times, «من»)
    are skipped; a place, a filler or a preposition there means the subject of a verb is dropped or
    stands before it («وتمركزت في X», «القوات تمركزت في X»): no verdict, so no block; a verbal
    noun with its place first has no agent («وتعد خسارة X ضربة للتنظيم»): blocked. A pronoun
    suffix on the trigger names the subject or agent: no block."""
    if trig.form.form not in _marker_set("armed_subject_triggers") or trig.gap is not None \
            or trig.end - trig.start > len(trig.prefix) + len(trig.form.form):
        return False  # (a pronoun suffix names the subject or agent: «وعبوره الفرات»)
    if _armed_subject_before(ctx, trig, sent):
        return False  # SVO: «وكانت وحدات الجيش قد أطبقت خلال الأيام الماضية على …»
    _civilians, quantifiers = _civilian_words()
    light, armed = _marker_set("gap_light_words"), _armed_heads()
    words = ctx.words
    k = bisect.bisect_left(ctx.word_starts, trig.end)
    while k < len(words) and words[k][0] < sent[1]:
        start, word = words[k]
        if ctx.actor_covers(start) or _bare(word) in armed or word in armed:
            return False
        if word in _TRIGGER_PREPS or _bare(word) in _TOWARDS or _bare(word) in _TRIGGER_PREPS \
                or word in ("في", "فيه", "فيها", "بها", "به"):
            return False  # «فتراجع من X»: the subject was named before
        if word in quantifiers or _bare(word) in quantifiers or word.isdigit() \
                or word in light:
            k += 1
            continue
        place = ctx.places_from(start)
        if word in _fillers() or (place < len(ctx.places) and ctx.places[place][0] == start):
            return trig.form.pos == "noun"  # a verbal noun names its agent first («خسارة التنظيم X»)
        return True
    return False


#: Words that may stand between a verb's subject noun phrase and the verb («وكانت طائرات إسرائيلية
#: قد قصفت», «طائرات روسية فجر اليوم شنت»): «قد» and the times of ``subject_quantifiers``.
_SUBJECT_TO_VERB = frozenset(("قد", "لقد"))
#: Particles that may stand between an SVO subject and its past verb («وحدات الجيش قد أطبقت»).
_SUBJECT_VERB_PARTICLES = _SUBJECT_TO_VERB | {"وقد"}


def _armed_subject_before(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a verb ``trig`` has its subject right before it (SVO): an actor that is not an object
    or a supporter ends there, with at most «قد» between («وحدات الجيش قد أطبقت على X»,
    «مسلحو التنظيم تراجعوا من X»). Verbs only: a verbal noun names its agent after it."""
    if trig.form.pos != "verb":
        return False
    pos = trig.start
    words = _word_before(ctx, pos, 1)
    if words and words[0] in _SUBJECT_VERB_PARTICLES:
        k = bisect.bisect_left(ctx.word_starts, pos) - 1
        pos = ctx.words[k][0] if k >= 0 else pos
    for actor in ctx.actors_from(max(sent[0], pos - 40), pos):
        if actor.end <= pos and not actor.object_like and not actor.supporting \
                and not ctx.norm[actor.end:pos].strip():
            return True
    return False


@functools.lru_cache(maxsize=1)
def _supply_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words naming supplies, prepositions of their destination): ``supply_words`` and
    ``supply_destinations`` of markers.yaml."""
    markers = load_markers()
    return frozenset(markers["supply_words"]), frozenset(markers["supply_destinations"])


@functools.lru_cache(maxsize=None)
def _supply_form(form: str) -> bool:
    """Whether the trigger form names supplies («قطع طرق الإمداد»; cached per form)."""
    return any(word in _supply_words()[0] for word in form.split())


def _supply_cut_elsewhere(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether a cut of supply lines («قطعت القوات طرق الإمداد») does not lead to the place at
    ``start``: the besieged place is where the supplies went («إلى/عن/نحو X», «لمدينة X»), not a
    road «بين X وY» nor the place where the line runs («خط الإمداد … في مدينة X»)."""
    if not _supply_form(trig.form.form):
        return False
    towards = _supply_words()[1]
    back = _skip_fillers_back(ctx, start, trig.end)
    before = _word_before(ctx, back, 1)
    k = bisect.bisect_left(ctx.word_starts, back)
    head = ctx.words[k][1] if k < len(ctx.words) else ""
    to_place = bool(before) and _bare(before[-1]) in towards
    return not (to_place or head.startswith("لل") or head[1:] in _fillers())


@functools.lru_cache(maxsize=1)
def _holder_regex() -> re.Pattern[str]:
    """A holder phrase right after a place («بيد», «في قبضة», «تحت سيطرة»: ``holder_phrases``)."""
    return re.compile(rf"[\s,،]*(?:{alternation(load_markers()['holder_phrases'])})(?![\w])")


def _predicate_agent(ctx: _Ctx, trig: Trigger, first_place: int) -> ActorMention | None:
    """The side named after the holder phrase of a fall («سقطت X بيد مقاتلي حزب الله», «سقط مطار
    X في قبضة Y», «باتت X تحت سيطرة قوات سوريا الديمقراطية»): the first actor after it, only armed
    nouns between; it is the subject (the new holder) though «يد», «سيطرة», «مقاتلي» mark objects
    elsewhere. ``None`` for other triggers, or when no holder phrase follows the place."""
    if trig.form.action != "captured" or trig.form.form.split(" ", 1)[0] not in _marker_set("place_inside_heads"):
        return None
    if trig.gap is not None and trig.form.requires_next:
        at = trig.end  # the holder phrase closes the split trigger
    else:
        k = ctx.places_from(first_place)
        if k >= len(ctx.places) or ctx.places[k][0] != first_place:
            return None
        holder = _holder_regex().match(ctx.norm, ctx.places[k][1])
        if holder is None:
            return None
        at = holder.end()
    after = ctx.actors_from(at, at + 40)
    if not after:
        return None
    between = _WORDS.findall(ctx.norm, at, after[0].start)
    return after[0] if all(_bare(w) in _armed_heads() for w in between) else None


def _inside_places(ctx: _Ctx, trig: Trigger) -> list[tuple[int, int, Resolution]]:
    """The places inside a split trigger whose head is one of ``place_inside_heads`` (markers.yaml)
    and whose required words follow its place («سقطت مدينة X بيد Y», «باتت X محاصرة», «أمطرت القوات
    بلدة X بالقذائف»): the place is the subject or the object of the head verb, the required words its
    predicate or instrument. ``[]`` for every other trigger."""
    if trig.form.form.split(" ", 1)[0] not in _marker_set("place_inside_heads"):
        return []
    if trig.gap is not None and trig.form.requires_next:
        lo, hi = trig.gap
        return [p for p in ctx.places[ctx.places_from(lo):ctx.places_from(hi)]
                if p[1] <= hi and _place_ok(ctx, trig, p[0], p[2])]
    if trig.gap is None and " " in trig.form.form:  # «سقط مطار X»: the place may begin at the head noun
        inside = ctx.places[ctx.places_from(trig.start):ctx.places_from(trig.end)]
        return [p for p in inside[:1] if p[1] > trig.end and _place_ok(ctx, trig, p[0], p[2])]
    return []


@functools.lru_cache(maxsize=None)
def _marker_set(key: str) -> frozenset[str]:
    """The ``markers.yaml`` list ``key`` as a set (word lists tested by membership)."""
    return frozenset(load_markers()[key])


@functools.lru_cache(maxsize=None)
def _context_regex(key: str) -> re.Pattern[str]:
    """Regex of the ``markers.yaml`` list ``key``: one of its phrases as whole words (a glued «و»/«ف»
    allowed before it)."""
    return re.compile(rf"(?<![\w])[وف]?(?:{alternation(load_markers()[key])})(?![\w])")


#: The ``markers.yaml`` lists searched by :func:`_last_context` (each is also a word gate).
_CONTEXT_KEYS = ("launch_verbs", "inability", "breach_words", "shared_control_verbs", "credit_words",
                 "air_subjects", "cause_words", "casualty_words", "exposure_verbs", "calm_words",
                 "not_talks_before", "subjunctive_openers", "deal_terms", "deal_include_terms",
                 "siege_subjection_verbs")


def _last_context(ctx: _Ctx, key: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of the ``markers.yaml`` list ``key`` (one of ``_CONTEXT_KEYS``) in
    ``norm[lo:hi]``; the regex runs only when a key word of the list begins in the window."""
    if not ctx.may_match(key, lo, hi):
        return None
    last = None
    for m in _context_regex(key).finditer(ctx.norm, lo, hi):
        last = m
    return last


def _same_clause(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Whether ``norm[lo:hi]`` holds no punctuation and no clause starter (one clause)."""
    return not _CLAUSE_PUNCT.search(ctx.norm, lo, hi) and not _marker_in(ctx, "clause_breaks", lo, hi)


#: Families of a purpose verbal noun («لتحرير», «لاقتحام», «للتقدم») that can be an operation's goal.
_PURPOSE_FAMILIES = frozenset({"captured", "advanced", "besieged", "siege_broken"})
#: How far before its goal a launched operation may stand («عملية … التي أطلقها الجيش فجر أمس لطرد»).
_LAUNCH_WINDOW = 90


@functools.lru_cache(maxsize=1)
def _operation_noun_regex() -> re.Pattern[str]:
    """An operation noun of ``actions.yaml`` (``operation_nouns``), also with the article or a
    preposition («المعركة التي أطلقها», «لعملية … التي أطلقها»)."""
    return re.compile(rf"(?<![\w])[وف]?(?:بال|لل|ال|ب|ل)?(?:{_marker_alt('operation_nouns')})(?![\w])")


def _launched_attack(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether ``trig`` is the stated goal (a purpose verbal noun with «ل»: «لتحرير», «لاقتحام») of
    an operation or attempt launched in the past tense, or told as ongoing («المتواصلة»,
    «المستمرة»), before it in its sentence (``launch_verbs``: «أطلق الجيش عملية واسعة لتحرير X»,
    «عملية Y التي أطلقها الجيش فجر أمس لاستعادة X», «شنت 20 محاولة لاقتحام X», «المعارك مستمرة
    لتحرير X»): the attack happens, only its goal is an intent, so it is an attack on X."""
    if trig.form.pos != "noun" or not trig.prefix.lstrip("وف").startswith("ل") \
            or action_family(trig.form.action) not in _PURPOSE_FAMILIES:
        return False
    lo = max(sent[0], trig.start - _LAUNCH_WINDOW)
    launch = _last_context(ctx, "launch_verbs", lo, trig.start)
    if launch is None:
        return False
    return _operation_noun_regex().search(ctx.norm, lo, trig.start) is not None \
        and not _marker_in(ctx, "future", lo, trig.start) and not _negation(ctx, launch.start(), trig.start)


#: Between an aircraft subject and its verb (SVO), at most this many characters.
_AIR_SUBJECT_GAP = 45
#: Support phrases before an aircraft noun: the aircraft back the subject, they are not it.
_AIR_SUPPORT = re.compile(r"(?:بدعم\s+من|بدعم|بغطاء|باسناد|بمساند[هة]|مدعوم[هة]?\s+ب\S*|بمؤازر[هة])\s*(?:من\s+)?$")


def _skip_trailing(norm: str, pos: int) -> int:
    """Where the spaces and quotes (:data:`_TRAILING`) that start at ``pos`` end."""
    m = _TRAILING.match(norm, pos)
    return m.end() if m is not None else pos  # (it always matches)


def _after_trigger(ctx: _Ctx, trig: Trigger) -> int:
    """Where the word right after ``trig`` starts (a VSO subject, the agent of a verbal noun): after
    the trigger, or after the first part of a split one, past spaces and quotes."""
    return _skip_trailing(ctx.norm, trig.gap[0] if trig.gap is not None else trig.end)


def _air_subject(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the subject or agent of ``trig`` is aircraft (``air_subjects``): right after it (VSO
    or the agent of a verbal noun: «استهدف الطيران الروسي», «ضربات التحالف») or, for a verb, ending
    its clause before it («أن طائراته دمرت», «الطائرات الروسية ضربت»)."""
    rx = _context_regex("air_subjects")
    after = _after_trigger(ctx, trig)
    if rx.match(ctx.norm, after) is not None:
        return True
    if trig.form.pos == "noun":
        return _aircraft_governs_noun(ctx, trig, sent)
    lo = max(sent[0], trig.start - _AIR_SUBJECT_GAP)
    before = _last_context(ctx, "air_subjects", lo, trig.start) or _last_counted_aircraft(ctx, lo, trig.start)
    if before is not None and _AIR_SUPPORT.search(ctx.norm, max(sent[0], before.start() - 15), before.start()):
        return False  # «قسد بدعم من طيران التحالف هاجمت»: the aircraft support the subject
    if before is None or not _same_clause(ctx, before.end(), trig.start) \
            or _in_relative_object(ctx, sent[0], before.start()):
        return False
    between = [a for a in ctx.actors_from(before.end(), trig.start) if not a.object_like]
    owners = [_air_owner(ctx, a) for a in between]
    if not all(owner or rx.search(ctx.norm, a.start, a.end) for a, owner in zip(between, owners)):
        return False
    return not any(owners) or not (_governed_aircraft(ctx, before.start()) or _ground_subject_after(ctx, after))


#: At most this many words (adjectives «ال…», «لل…», and one «في»: «سلاح الجو في الجيش السوري») between
#: an aircraft subject and the verbal noun its governing verb takes («تواصل الطائرات الحربية الروسية استهداف X»).
_AIR_GOVERNED_ADJECTIVES = 3


def _aircraft_governs_noun(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the verbal noun ``trig`` is the object of a governing verb (``strike_noun_governors``:
    «تواصل», «كثف») whose subject, right before the noun, is aircraft («تواصل الطائرات الروسية
    استهداف مواقع في X»): the aircraft are the noun's agent. Only adjectives may stand between the
    aircraft and the noun («يواصل التحالف الدولي دعم هجوم قسد» has «دعم», not an adjective)."""
    if trig.prefix.strip("وف"):
        return False  # «لاستهداف», «بقصف»: a purpose or means, not the governed object
    lo = max(sent[0], trig.start - _AIR_SUBJECT_GAP)
    air = _last_context(ctx, "air_subjects", lo, trig.start)
    if air is None:
        return False
    gap = ctx.norm[air.end():trig.start].split()
    if len(gap) > _AIR_GOVERNED_ADJECTIVES + 1 or not all(w.startswith(("ال", "لل")) or w == "في" for w in gap):
        return False
    if any(not _context_regex("air_subjects").search(ctx.norm, a.start, a.end) and not _air_owner(ctx, a)
           and ctx.norm[air.end():a.start].split() != ["في"] for a in ctx.actors_from(air.end(), trig.start)):
        return False  # a ground side between; not the owner of the air arm («سلاح الجو في الجيش السوري»)
    governor = _word_before(ctx, air.start(), 1)
    return bool(governor) and governor[-1].removeprefix("و").removeprefix("ف") in _marker_set("strike_noun_governors")


#: At most this many words (a subject) between «لا تزال» and the present fire verb («لا تزال الطائرات تقصف»).
_STILL_SUBJECT_WORDS = 3
#: Words that open a clause inside that gap («يخشون أن تقصف», «يتذكرون كيف تقصف»): no subject.
_STILL_GAP_CLAUSES = frozenset(normalize(w) for w in ("أن", "بأن", "لأن", "كيف"))


def _still_going_on(ctx: _Ctx, trig: Trigger, lo: int) -> bool:
    """Whether the only negation before the present fire verb ``trig`` (from ``lo``) is «still»
    (``still_words``), at most a short subject between («طائرات النظام لا تزال تقصف X», «لا تزال
    الطائرات تقصف X»): the strikes go on. A control state or a siege keeps the negation reading («لا
    يزال التنظيم يسيطر على X»), and so does «still» before a fighting noun («لا تزال الاشتباكات مستمرة
    في X»: a state of fighting, counted by some writers and not by others)."""
    if trig.form.action not in _FIRE_FAMILIES or "زال" not in ctx.norm[lo:trig.start]:
        return False
    spans = [m.span() for m in _context_regex("still_words").finditer(ctx.norm, lo, trig.start)]
    if not spans:
        return False
    if trig.form.pos != "present" or len(ctx.norm[spans[-1][1]:trig.start].split()) > _STILL_SUBJECT_WORDS:
        return False  # «لا تزال الاشتباكات مستمرة في X»: a state of fighting, which writers do not count
    if any(w in _STILL_GAP_CLAUSES for w in ctx.norm[spans[-1][1]:trig.start].split()):
        return False  # «لا تزال واشنطن ترفض أن تقصف X»: the verb is in a clause of its own
    edges = [lo] + [x for span in spans for x in span] + [trig.start]
    return not any(_negation(ctx, edges[i], edges[i + 1]) for i in range(0, len(edges), 2))


def _last_counted_aircraft(ctx: _Ctx, lo: int, hi: int) -> re.Match[str] | None:
    """The last counted aircraft noun in ``norm[lo:hi]``: a number right before a noun of
    ``counted_aircraft`` («72 مقاتلة تركية قصفت»), which alone could be a fighting word («فصائل مقاتلة»)."""
    if not any(ch.isdigit() for ch in ctx.norm[lo:hi]):
        return None
    return _last_match(_counted_aircraft_regex(), ctx.norm, lo, hi)


@functools.cache
def _counted_aircraft_regex() -> re.Pattern[str]:
    """A number followed by a ``counted_aircraft`` noun (markers.yaml)."""
    return re.compile(rf"(?<![\w])\d+\s+(?:{alternation(load_markers()['counted_aircraft'])})(?![\w])")


#: How many words a relative clause may hold between its pronoun and an aircraft noun in its object.
_RELATIVE_OBJECT_WORDS = 3


def _in_relative_object(ctx: _Ctx, sent_start: int, start: int) -> bool:
    """Whether the aircraft noun at ``start`` stands inside a relative clause, a few words after its
    pronoun with no clause opener between («الفصائل التي دمرت دبابات وطائرات للنظام قصفت X»): the
    aircraft belong to the relative clause (its object), not to the subject of the main verb; not
    «التي قال إن طائراته قصفت X», where «إن» opens a new clause."""
    words = _clause_words(ctx.norm, max(sent_start, start - 80), start)[-_RELATIVE_OBJECT_WORDS - 1:]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _CLAUSE_SUBJECT_OPENERS:
            return False
        if words[k] in _RELATIVE_WORDS:
            return k < len(words) - 1
    return False


def _governed_aircraft(ctx: _Ctx, start: int) -> bool:
    """Whether the aircraft noun at ``start`` is governed by the word before it (``air_governors``
    of ``markers.yaml``: «رغم تحليق طائرات الجيش», «بعد سقوط طائرة الجيش»): not a subject."""
    before = _WORDS.findall(ctx.norm, max(0, start - 15), start)
    return bool(before) and before[-1] in load_markers()["air_governors"]


def _ground_subject_after(ctx: _Ctx, pos: int) -> bool:
    """Whether an actor that is not aircraft stands right after the verb ending at ``pos`` (a VSO
    subject: «… استهدفت الفصائل مواقع»)."""
    rx = _context_regex("air_subjects")
    for a in ctx.actors_from(pos, pos + 30):
        return a.start - pos <= 2 and not a.object_like and rx.match(ctx.norm, a.start) is None
    return False


#: An aircraft noun right before an actor that owns it («مروحيات الجيش», «طائرات الجيش العراقي»).
_AIR_NOUN_END = re.compile(r"(?<![\w])\S+\s+$")


def _air_owner(ctx: _Ctx, actor: ActorMention) -> bool:
    """Whether ``actor`` only owns the aircraft named right before it («ومروحيات الجيش استهدفت»):
    the aircraft, not the army on the ground, are the subject."""
    m = _AIR_NOUN_END.search(ctx.norm, max(0, actor.start - 20), actor.start)
    return m is not None and _context_regex("air_subjects").fullmatch(m.group().strip()) is not None


#: How far before a verbal noun an inability («لم تتمكن … من») may stand.
_INABILITY_WINDOW = 70
#: How far before a truce/zone noun a breach («خرقت اتفاق …») may stand.
_BREACH_WINDOW = 25
#: How far before a control noun a verb of shared control or a credit word may stand.
_SHARED_WINDOW = 50
_CREDIT_END = re.compile(r"(?:\s+[^\s,،.:؛]+)?\s+في\s*$")


def _unable(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether an inability stands before ``trig`` in its clause («دون أن تتمكن حتى الآن من تحقيق
    أي تقدم», «لم تتمكن القوات من السيطرة على»)."""
    m = _last_context(ctx, "inability", max(sent[0], trig.start - _INABILITY_WINDOW), trig.start)
    return m is not None and _same_clause_across_asides(ctx, m.end(), trig.start)


def _same_clause_across_asides(ctx: _Ctx, lo: int, hi: int) -> bool:
    """:func:`_same_clause`, but asides set off by two commas (:func:`_aside_before`) do not end the
    clause («لم تتمكن القوات، حتى الآن، من السيطرة على X»)."""
    return _after_last_punct(ctx, lo, hi) == lo and not _SENTENCE_BREAK.search(ctx.norm, lo, hi) \
        and not _marker_in(ctx, "clause_breaks", lo, hi)


def _breached_truce(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a truce or zone noun is named as one in force, after a breach or exploit word
    («خرقت اتفاق خفض التصعيد», «يستغل الهدنة», «في ظل وقف إطلاق النار»): no new claim."""
    if action_family(trig.form.action) not in ("zone", "other"):
        return False
    m = _last_context(ctx, "breach_words", max(sent[0], trig.start - _BREACH_WINDOW), trig.start)
    return m is not None and _same_clause(ctx, m.end(), trig.start)


def _standing_state(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a control trigger describes a standing state, not a capture: a present-tense
    «يسيطر على» with no day date («ويسيطر الحزب على منطقة X»), control shared by two sides
    («تتقاسم قسد وقوات النظام السيطرة على X»), or a credit phrase («تحمل العبء الأكبر في تحرير X»)."""
    if action_family(trig.form.action) != "captured":
        return False
    norm = ctx.norm
    if trig.form.pos == "present" and norm[trig.start:trig.end].lstrip("وف") in load_markers()["standing_state_verbs"]:
        _value, precision, dated = _event_date(ctx, *_orig(ctx, trig.start, trig.end), trig.form.action)
        if not (dated and precision == "day"):
            return True
    lo = max(sent[0], trig.start - _SHARED_WINDOW)
    shared = _last_context(ctx, "shared_control_verbs", lo, trig.start)
    if shared is not None and _same_clause(ctx, shared.end(), trig.start):
        return True
    if trig.form.pos == "noun":
        credit = _last_context(ctx, "credit_words", max(sent[0], trig.start - 30), trig.start)
        if credit is not None and _CREDIT_END.match(norm, credit.end(), trig.start):
            return True
    return False


#: A nominal control noun that also names a lasting state («سيطرة», «احتلال»; normalised, clitics first).
_STATE_NOUN = re.compile(r"[وفبلك]{0,2}(?:ال)?(?:سيطر|احتلال)")
#: How far before a control noun an approach frame may begin when it ends right before the noun
#: («يقترب من السيطرة على X»).
_APPROACH_WINDOW = 40
#: How many words (the subject) may stand between an approach verb and the «من» right before a
#: control noun («اقتربت قوات سوريا الديمقراطية من السيطرة على X»).
_APPROACH_SUBJECT_WORDS = 5
#: How far after a control noun an expectation predicate may stand (its object between them).
_EXPECTED_WINDOW = 110
#: How far after a control noun a word of ``fresh_control_words`` may stand («عليها مجددا»).
_FRESH_WINDOW = 30
#: How many words (the subject) may stand between a demand verb and the verbal noun it governs
#: («طالبت الحكومة السورية بإنهاء وجود …»).
_DEMAND_WORDS = 5
#: Prepositions that make a verbal noun the object of a demand verb («دعا إلى فك الحصار», «حث على»).
_DEMAND_PREPS = frozenset({"الي", "علي"})


@functools.lru_cache(maxsize=None)
def _frame_regex(key: str, before: bool) -> re.Pattern[str]:
    """The ``markers.yaml`` list ``key`` as a regex: ending right before a trigger (``before``), or
    anywhere after it and not followed by «من/إلى/عن» («بات قريبا من Y» says where the subject is)."""
    alt = alternation(load_markers()[key])
    if before:
        return re.compile(rf"(?<![\w])[وف]?(?:{alt})\s*$")
    return re.compile(rf"(?<![\w])[وف]?(?:{alt})(?![\w])(?!\s+(?:من|الي|عن)(?![\w]))")


@functools.lru_cache(maxsize=1)
def _approach_heads_regex() -> re.Pattern[str]:
    """The ``approach_frames`` that end in «من», without it («اقتربت», «قاب قوسين»), as whole words."""
    heads = [phrase[:-len(" من")] for phrase in load_markers()["approach_frames"] if phrase.endswith(" من")]
    return re.compile(rf"(?<![\w])[وف]?(?:{alternation(heads)})(?![\w])")


def _words_between(ctx: _Ctx, lo: int, hi: int) -> list[tuple[int, str]]:
    """The ``(start, word)`` of the words of the article that begin in ``norm[lo:hi]``."""
    words = ctx.words
    return words[bisect.bisect_left(ctx.word_starts, lo):bisect.bisect_left(ctx.word_starts, hi)]


def _approach_before(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether an approach frame governs the control noun ``trig``: right before it («يقترب من
    السيطرة على X», «على مشارف تحرير X»), or an approach verb whose subject stands between it and
    the «من» right before the noun, in one clause («اقتربت قوات سوريا الديمقراطية من السيطرة على X»)."""
    norm = ctx.norm
    if _frame_regex("approach_frames", True).search(norm, max(sent[0], trig.start - _APPROACH_WINDOW), trig.start):
        return True
    before = _words_between(ctx, sent[0], trig.start)[-(_APPROACH_SUBJECT_WORDS + 2):]
    if len(before) < 2 or before[-1][1] != "من":
        return False
    of = before[-1][0]
    return any(_approach_heads_regex().match(norm, start) is not None and _same_clause(ctx, start, of)
               for start, _word in before[:-1])


def _expected_after(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether an expectation predicate follows the control noun ``trig`` with only its object
    between them («القضاء على آخر معاقل التنظيم في X بات قريبا», «باتت السيطرة على X مسألة وقت»,
    ``expected_predicates``), or a bare «وشيك» adjective right after it or with a copula before it
    («وبات تحرير بلدة X وشيكا»; ``expected_adjectives``). A predicate with a glued «و», or after
    punctuation, another trigger or an ``expectation_breaks`` word, belongs to another clause
    («أعلن الجيش تحرير X وأصبح تحرير Y مسألة وقت», «… وسط توقعات بهجوم وشيك»)."""
    norm = ctx.norm
    hi = min(sent[1], trig.end + _EXPECTED_WINDOW)
    m = _frame_regex("expected_predicates", False).search(norm, trig.end, hi)
    adjective = _frame_regex("expected_adjectives", False).search(norm, trig.end, hi)
    if adjective is not None and (m is None or adjective.start() < m.start()):
        copula = _word_before(ctx, trig.start, 1)
        if not _BLANK.fullmatch(norm, trig.end, adjective.start()) and not (
                copula and _in_with_clitic(copula[-1], _marker_set("expected_copulas"))):
            adjective = None
        m = adjective if adjective is not None else m
    if m is None or (m.group(0) not in _marker_set("expected_predicates")
                     and m.group(0) not in _marker_set("expected_adjectives")):
        return False  # none, or «وأصبح …»: a glued «و» opens a new clause
    k = bisect.bisect_left(ctx.trigger_starts, trig.end)
    if k < len(ctx.triggers) and ctx.triggers[k].start < m.start():
        return False
    return not _CLAUSE_PUNCT.search(norm, trig.end, m.start()) \
        and not _context_regex("expectation_breaks").search(norm, trig.end, m.start())


def _demanded(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the verbal noun ``trig`` is the object of a demand in its clause: governed by «ب/ل»
    or «إلى/على» after a ``demand_verbs`` word and its subject («طالبت الحكومة السورية بإنهاء
    وجود القوات التركية في عفرين», «دعت الأمم المتحدة إلى فك الحصار …»): demanded, not done."""
    if trig.form.pos != "noun":
        return False
    before = _words_between(ctx, sent[0], trig.start)[-(_DEMAND_WORDS + 2):]
    governed = trig.prefix.lstrip("وف")[:1] in ("ب", "ل")
    setting_up = _setting_up_noun(trig, before)
    if setting_up is not None:  # «طالبت إسرائيل بإنشاء منطقة منزوعة السلاح»: the zone's noun is governed
        before, word = before[:setting_up], before[setting_up][1]
        governed = word[:1] in ("ب", "ل")
        proposals = _marker_set("zone_proposal_verbs")
        if any(_in_with_clitic(w, proposals) and _same_clause(ctx, start, trig.start) for start, w in before):
            return True  # «اقترحت روسيا إقامة منطقة عازلة», «رفضت دمشق إنشاء منطقة عازلة»
    if not governed and before and before[-1][1] in _DEMAND_PREPS:
        before = before[:-1]
        governed = True
    demands = _marker_set("demand_verbs")
    return governed and any((_in_with_clitic(word, demands) or _withheld_permission(before, i))
                            and _same_clause(ctx, start, trig.start)
                            for i, (start, word) in enumerate(before))


def _setting_up_noun(trig: Trigger, before: Sequence[tuple[int, str]]) -> int | None:
    """The index in ``before`` of the word right before a trigger that needs one of its
    ``requires_before`` words there («إنشاء منطقة عازلة»: «إنشاء», clitics allowed), else None."""
    if not trig.form.requires_before or not before:
        return None
    word = before[-1][1]
    bare = word[1:] if word[:1] in ("ب", "ل", "و") else word
    return len(before) - 1 if word in trig.form.requires_before or bare in trig.form.requires_before else None


#: How many words (the governor's subject: «رفضت السلطات السماح») may stand before a permission noun after its governor.
_PERMISSION_GOVERNOR_WORDS = 3


def _withheld_permission(words: Sequence[tuple[int, str]], i: int) -> bool:
    """Whether ``words[i]`` is a permission noun (``permission_nouns``: «السماح») right after a demand,
    refusal or delay word within three words before it (``permission_governors``, ``demand_verbs``:
    «رفضت السلطات السماح», «دعت إلى السماح», «طالبت بالسماح»): permission asked or withheld, not given («تم السماح» is given)."""
    word = words[i][1]
    if not (_in_with_clitic(word, _marker_set("permission_nouns"))
            or (word[:1] in ("ب", "ل") and word[1:] in _marker_set("permission_nouns"))):
        return False
    return any(_in_with_clitic(w, _marker_set("permission_governors")) or _in_with_clitic(w, _marker_set("demand_verbs"))
               for _s, w in words[max(0, i - _PERMISSION_GOVERNOR_WORDS):i])


def _lasting_state(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the control noun ``trig`` («سيطرة/احتلال») names a lasting state: right after a period
    word (``state_frames``: «خلال فترة سيطرة التنظيم على X») or a cause word with no sign of a new
    capture after it (``state_cause_frames``: «تضررت الصوامع بسبب سيطرة التنظيم عليها»; not «بسبب
    سيطرة داعش عليها مجددا», ``fresh_control_words``), with no day date."""
    norm = ctx.norm
    if action_family(trig.form.action) != "captured" or not _STATE_NOUN.match(norm, trig.start):
        return False
    words = _word_before(ctx, trig.start, 1)
    if not words:
        return False
    # («فترة» is a period word as it stands; «وبسبب» one with its «و» dropped)
    if not _in_with_clitic(words[-1], _marker_set("state_frames")):
        if not _in_with_clitic(words[-1], _marker_set("state_cause_frames")):
            return False
        hi = min(len(norm), trig.end + _FRESH_WINDOW)
        fresh = _context_regex("fresh_control_words").search(norm, trig.start, hi)
        if fresh is not None and not _CLAUSE_PUNCT.search(norm, trig.start, fresh.start()):
            return False
    _value, precision, dated = _event_date(ctx, *_orig(ctx, trig.start, trig.end), trig.form.action)
    return not (dated and precision == "day")


def _expected_or_lasting(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> str:
    """Why a nominal capture, advance or siege is no event of the article ('' when it is one):
    "expected" after an approach frame (:func:`_approach_before`: «يقترب من السيطرة على X») or before
    an expectation predicate in its clause (:func:`_expected_after`: «باتت السيطرة على X مسألة وقت»);
    "demanded" as the object of a demand (:func:`_demanded`: «دعت الأمم المتحدة إلى فك الحصار»);
    "state" for «سيطرة/احتلال» framed as a lasting state (:func:`_lasting_state`: «تضررت الصوامع بسبب
    سيطرة التنظيم عليها», «خلال فترة سيطرة التنظيم على X»; «منذ/بعد سيطرة …» are no frames)."""
    if trig.form.pos != "noun" or action_family(trig.form.action) not in _PURPOSE_FAMILIES:
        return ""
    if _approach_before(ctx, trig, sent) or _expected_after(ctx, trig, sent):
        return "expected"
    return "state" if _lasting_state(ctx, trig) else ""


def _spreads_fight(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a spread verb with its subject dropped («قبل أن تمتد إلى X») continues a fighting
    trigger (attack family) named before it in its sentence."""
    if trig.gap is not None:  # «امتدت المعارك إلى X»: the subject inside must be fighting
        return any(action_family(t.form.action) == "attacked" for t in _find_triggers(ctx.norm[slice(*trig.gap)]))
    k = bisect.bisect_left(ctx.trigger_starts, trig.start) - 1
    while k >= 0 and ctx.triggers[k].start >= sent[0]:
        if action_family(ctx.triggers[k].form.action) == "attacked" and ctx.triggers[k] is not trig:
            return True
        k -= 1
    return False


#: Time prepositions that make a battle noun the lead-up of the capture told before it.
_LEAD_UP_PREPOSITIONS = frozenset(normalize(w) for w in ("بعد", "إثر", "عقب"))


def _battle_of_capture(ctx: _Ctx, trig: Trigger, sent: tuple[int, int], target: Resolution) -> bool:
    """Whether a battle noun right after «بعد»/«إثر»/«عقب» tells how a capture of the same place,
    earlier in its sentence, was won («استعاد الجيش السيطرة على X بعد معارك عنيفة استمرت أسبوعاً
    داخل أحياء المدينة»): the fighting is the capture's, not an event of its own."""
    if trig.form.pos != "noun" or trig.form.action != "attacked" \
            or not any(_bare(w) in _LEAD_UP_PREPOSITIONS for w in _word_before(ctx, trig.start, 1)):
        return False
    k = bisect.bisect_left(ctx.trigger_starts, trig.start) - 1
    while k >= 0 and ctx.triggers[k].start >= sent[0]:
        earlier = ctx.triggers[k]
        if action_family(earlier.form.action) == "captured":
            i = ctx.places_from(earlier.end)
            return i < len(ctx.places) and ctx.places[i][0] < trig.start \
                and ctx.places[i][2].place.id == target.place.id
        k -= 1
    return False


#: How far before an attack noun a retaliation marker may end («ردا على الهجوم الكيميائي المفترض»).
_RETALIATION_REACH = 16


def _retaliated_side(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The side an attack noun after a ``retaliation_markers`` phrase is by («شنت الولايات المتحدة
    ضربات على أهداف للنظام السوري ردا على هجوم كيميائي في X»): the last side struck (an object
    actor) earlier in the sentence, not the striking subject; ``None`` when no side is struck there
    or the attack is no noun answered so."""
    if trig.form.pos != "noun" or trig.form.action != "attacked":
        return None
    lo = max(sent[0], trig.start - _RETALIATION_REACH - 12)
    marker = None
    for m in _context_regex("retaliation_markers").finditer(ctx.norm, lo, trig.start):
        marker = m
    if marker is None or trig.start - marker.end() > _RETALIATION_REACH:
        return None
    struck = [a for a in ctx.actors_from(sent[0], marker.start()) if a.object_like and not a.supporting]
    return struck[-1] if struck else None


def _intent_before(ctx: _Ctx, lo: int, hi: int, strike: bool = False) -> bool:
    """Whether an intent marker stands in ``norm[lo:hi]`` that is not part of a calm phrase
    («هدوء حذر»: a cautious calm, not «حذر» "warned"); for a ``strike`` trigger (a munition),
    a launch verb is the strike itself («أطلقت الفرقاطة صواريخ كاليبر»), not the launch of an operation."""
    if not ctx.may_match("intent", lo, hi):
        return False
    intents = [m for m in _marker_regexes()["intent"].finditer(ctx.norm, lo, hi) if not _idle_threat(ctx.norm, m)]
    if not intents:
        return False
    lo_calm = max(0, lo - 12)  # the calm noun may stand just before the window
    calm_here = ctx.may_match("calm_words", lo_calm, hi)
    if not strike and not calm_here:
        return True
    calm = [m.span() for m in _context_regex("calm_words").finditer(ctx.norm, lo_calm, hi)] if calm_here else []
    launches = _marker_set("launch_verbs") if strike else frozenset()
    return any(not any(a <= m.start() and m.end() <= b for a, b in calm) and m.group(0).lstrip("وف") not in launches
               for m in intents)


#: How many words after a threat noun its «ب» complement may stand («تهديد النظام باقتحام X»).
_THREAT_COMPLEMENT_REACH = 3


def _idle_threat(norm: str, marker: re.Match[str]) -> bool:
    """Whether the intent match ``marker`` is a threat noun (``threat_nouns``) with no «ب» complement
    naming the threatened act among the next few words («جاءت تهديدات أنقرة بعد سيطرة الوحدات على X»,
    «أثار تهديد التنظيم قلق الأهالي»: a threat posed, not an intent; «تهديد تركي باقتحام عفرين»
    keeps it). A «ب» word of ``threat_ba_words`` («بعد», «بدعم») is no complement."""
    if marker.group(0).lstrip("وف") not in _marker_set("threat_nouns"):
        return False
    hi = min(len(norm), marker.end() + 60)
    cut = _CLAUSE_PUNCT.search(norm, marker.end(), hi)
    following = _WORDS.findall(norm, marker.end(), hi if cut is None else cut.start())
    not_complements = _marker_set("threat_ba_words")
    return not any(len(word) > 2 and word.startswith("ب") and word not in not_complements
                   for word in following[:_THREAT_COMPLEMENT_REACH])


#: How far after a subjunctive opener («على أن», «إلى أن») its imperfect verb may stand.
_SUBJUNCTIVE_WINDOW = 60
_IMPERFECT = re.compile(r"\s+[وف]?[يت]\w{2,}")


def _subjunctive_clause(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a present-tense ``trig`` stands in a clause opened by «على أن/إلى أن» + an imperfect
    verb (a term of a deal or a condition: «على أن يتجه المسلحون … وتدخل وحدات الجيش إلى البلدة»,
    «إلى أن يدخلها الجيش»), not an event."""
    if trig.form.pos != "present":
        return False
    m = _last_context(ctx, "subjunctive_openers", max(sent[0], trig.start - _SUBJUNCTIVE_WINDOW), trig.start)
    return m is not None and _IMPERFECT.match(ctx.norm, m.end()) is not None \
        and not _SENTENCE_BREAK.search(ctx.norm, m.end(), trig.start)


def _referenced_talks(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a talks trigger only names talks as a reference, not as a meeting held: right after
    ``not_talks_before`` («المنبثق عن اجتماعات أستانا», «بديل عن مفاوضات جنيف»)."""
    lo = max(sent[0], trig.start - 20)
    m = _last_context(ctx, "not_talks_before", lo, trig.start)
    return m is not None and _BLANK.fullmatch(ctx.norm, m.end(), trig.start) is not None


#: How far before a control trigger the terms of a deal («يقضي ب») may stand.
_TERMS_WINDOW = 45


def _deal_term(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether ``trig`` is a term of a deal (``deal_terms`` before it in its clause: «اتفاق يقضي
    بخروج المسلحين من X»): what the deal provides for, not an event."""
    lo = max(sent[0], trig.start - _TERMS_WINDOW)
    m = _last_context(ctx, "deal_terms", lo, trig.start)
    if m is not None and not _SENTENCE_BREAK.search(ctx.norm, m.end(), trig.start):
        return True
    return _deal_inclusion(ctx, trig, lo)


#: How many words before an inclusion verb («يشمل») a deal noun («الاتفاق الذي يشمل») may stand.
_DEAL_NOUN_WORDS = 3


def _deal_inclusion(ctx: _Ctx, trig: Trigger, lo: int) -> bool:
    """Whether ``trig`` is what a deal includes («الاتفاق الذي يشمل في مرحلته الثانية إخراج
    مسلحي X»): ``deal_include_terms`` in ``norm[lo:trig.start]``, in the trigger's clause, with
    ``deal_nouns`` among the few words before it. These verbs list anything («حققت القوات مكاسب
    تشمل السيطرة على X», «حملة تشمل قصفا مكثفا، وسيطرت على X»): those are events."""
    m = _last_context(ctx, "deal_include_terms", lo, trig.start)
    if m is None or not _same_clause(ctx, m.end(), trig.start):
        return False
    nouns = _marker_set("deal_nouns")
    return any(_in_with_clitic(w, nouns) for w in _word_before(ctx, m.start(), _DEAL_NOUN_WORDS))


def _military_meeting(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a meeting verb (``meeting_verbs``) has a military subject next to it («التقت القوات
    المتقدمة بحامية المطار», «أن الوحدات التقت ب…»): a link-up of troops, not talks."""
    if trig.form.form not in load_markers()["meeting_verbs"]:
        return False
    military = _military_nouns()
    after = ctx.norm[trig.end:trig.end + 25].split()[:1]
    before = _word_before(ctx, trig.start, 1)
    if any(w.lstrip("وف") in military for w in after + before):
        return True
    # the troops met, a few words on: «التقت داخل المدينة بالوحدات التي دخلتها»
    met = _WORDS.findall(ctx.norm, trig.end, min(len(ctx.norm), trig.end + 45))[:5]
    return any(w.startswith("ب") and w[1:] in military for w in met)


def _warning_fire(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether fire is a warning, not a strike («أطلق الجيش صواريخ تحذيرية على بلدة X»): the next
    word is one of ``warning_fire_words``."""
    nxt = _SPACE_WORD.match(ctx.norm, trig.end)
    return nxt is not None and nxt.group(1) in _marker_set("warning_fire_words")


def _similar_fire(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a fire noun is referred back to the strike told before it («فيما طال قصف مماثل أطراف
    X», «غارات مشابهة»): the next word is one of ``similar_fire_words``; after a verb, the word after
    its subject noun («وفي حلب، استهدف قصف مماثل حي الشعار»)."""
    if action_family(trig.form.action) not in ("attacked", "airstrike"):
        return False
    if trig.form.pos not in ("noun", "verb", "present"):
        return False
    similar = _marker_set("similar_fire_words")
    nxt = _SPACE_WORD.match(ctx.norm, trig.end)
    if nxt is not None and nxt.group(1) not in similar and trig.form.pos != "noun":
        if nxt.group(1) not in _marker_set("similar_fire_subjects"):
            return False
        nxt = _SPACE_WORD.match(ctx.norm, nxt.end())  # after a verb: its fire noun subject, then «مماثل»
    return nxt is not None and nxt.group(1) in similar


#: Time prepositions that govern a noun: a verb spelled like its verbal noun after one is the noun.
_TIME_PREPOSITIONS = frozenset(normalize(w) for w in ("بعد", "قبل", "منذ", "إثر", "عقب", "لدى"))


def _possessed_verbal_noun(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a one-word verb spelled like its verbal noun (``masdar_verbs``: «طرد», «صد», «قصف»)
    carries a pronoun right after a time preposition («بعد طرده من الرقة», «قبل صدها»): the noun
    with its possessor (the one expelled or repelled), a background event, not a verb with its object."""
    form = trig.form.form
    rest = ctx.norm[trig.start + len(trig.prefix):trig.end]
    if " " in form or trig.gap is not None or trig.prefix or form not in load_action_markers()["masdar_verbs"] \
            or not rest.startswith(form) or rest[len(form):] not in _GLUED_PRONOUNS:
        return False
    before = _word_before(ctx, trig.start, 1)
    return bool(before) and _bare(before[-1]) in _TIME_PREPOSITIONS


def _strike_metaphor(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a strike noun is a figure of speech («أكبر ضربة يتلقاها التنظيم», «ضربة موجعة»):
    the next word is one of ``not_strike_next``."""
    nxt = _SPACE_WORD.match(ctx.norm, trig.end)
    return nxt is not None and nxt.group(1) in load_markers()["not_strike_next"]


#: Words after a trigger within which a ``requires_after`` word must stand.
_AFTER_REACH = 6


def _flag_at_ceremony(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a raised flag (a trigger beginning with «رفع») belongs to a ceremony told later in its
    sentence (``flag_ceremony_words``: «… خلال احتفال بعيد الاستقلال», «في ذكرى …»), not a capture."""
    if not trig.form.form.startswith("رفع"):
        return False
    return _ceremony_regex().search(ctx.norm, trig.end, sent[1]) is not None


@functools.lru_cache(maxsize=1)
def _ceremony_regex() -> re.Pattern[str]:
    """``flag_ceremony_words`` as whole words, a glued «و/ف/ب/ل» allowed before and a pronoun
    (ه/ها/هم) after («خلال افتتاحه», «بعد إعادة فتحه», «لمناسبة»)."""
    return re.compile(rf"(?<![\w])[وفبل]?(?:{alternation(load_markers()['flag_ceremony_words'])})(?:ه|ها|هم)?(?![\w])")


def _flag_in_not_at_place(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a flag raised «في» (a form that allows «في», no «فوق» after it in its clause) is raised
    in something other than the place named next: a word that is not one of ``flag_site_nouns``
    stands between that «في» and the place («في نقطة المراقبة الجديدة قرب بلدة X», «في قاعدة
    جديدة قرب مدينة X»; not «في ساحة مدينة X», «في مبنى البلدية بمدينة X»)."""
    if not trig.form.form.startswith("رفع") or "في" not in trig.form.requires_after:
        return False
    hi, near = _clause_words_after(ctx, trig, sent, _AFTER_REACH)
    if any(word in _FLAG_OVER_WORDS for _, word in near):
        return False
    at = next((pos + len(word) for pos, word in near if word in ("في", "وفي")), None)
    if at is None:
        return False
    p = ctx.places_from(at)
    if p >= len(ctx.places) or ctx.places[p][0] >= hi:
        return False
    sites = set(load_markers()["flag_site_nouns"])
    return any(word not in sites and not (word[:1] in "بول" and word[1:] in sites)
               for word in ctx.norm[at:ctx.places[p][0]].split())


#: The preposition of a flag raised over a place (no side needed, as «رفعت القوات العلم فوق X»).
_FLAG_OVER_WORDS = frozenset(("فوق", "وفوق"))


def _flag_in_without_side(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a flag raised «في» a place (a form that allows «في»; no «فوق» in the next
    :data:`_AFTER_REACH` words of its clause) names no side: none inside the split trigger nor as
    its SVO subject («رفع المتظاهرون العلم الوطني في ساحة X» is a rally; «رفعت وحدات من الجيش …
    العلم الوطني في ساحة X», «وحدات الجيش رفعت العلم السوري في ساحات X» are captures)."""
    if not trig.form.form.startswith("رفع") or "في" not in trig.form.requires_after:
        return False
    if any(word in _FLAG_OVER_WORDS for _, word in _clause_words_after(ctx, trig, sent, _AFTER_REACH)[1]):
        return False
    if ctx.actors_from(trig.start, trig.end) or _armed_subject_before(ctx, trig, sent):
        return False
    return True


def _carried_casualties(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a «نقل» form of evacuation («نقلوا مقاتلي …») carries casualties or only names a
    destination: one of ``carried_casualty_words`` within three words after it («الجرحى»,
    «المصابين», «جثث»), or «إلى» in its clause before any «من» («نقلوا مقاتلي التنظيم إلى مستشفى
    مدينة X»); fighters carried out «من X» still withdraw."""
    if not trig.form.form.startswith("نقل"):
        return False
    after = [word for _, word in _clause_words_after(ctx, trig, sent, 12)[1]]
    casualties = set(load_markers()["carried_casualty_words"])
    if any(word in casualties for word in after[:3]):
        return True
    for word in after:
        if word in ("من", "ومن"):
            return False
        if word.lstrip("و") in _TO_WORDS:  # (a destination: «إلى مستشفى …»)
            return True
    return False


def _flag_state(trig: Trigger) -> ActorEntry | None:
    """The state whose flag a flag form names («رفعت العلم السوري» → the actor named «الجيش السوري»,
    «العلم التركي» → Turkey); ``None`` for a flag of no state («العلم الوطني», «العلم»)."""
    words = trig.form.form.split()
    if not words[0].startswith("رفع") or "العلم" not in words or words[-1] == "العلم":
        return None
    return _army_actors().get("الجيش " + words[-1])


@functools.lru_cache(maxsize=1)
def _army_actors() -> dict[str, ActorEntry]:
    """Each «الجيش <adjective>» alias of ``actors.yaml`` → its actor («الجيش التركي» → Turkey)."""
    return {alias: entry for entry in load_actors() for alias in entry.aliases
            if alias.startswith("الجيش ") and len(alias.split()) == 2}


def _state_actor(entry: ActorEntry) -> bool:
    """Whether ``entry`` is a state with its own national army alias («الجيش الروسي»: Russia), so
    that the flag of another state raised by it is not its own capture."""
    return any(e is entry for alias, e in _army_actors().items()
               if alias.split()[1] in load_actor_adjectives())


def _followed_by(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether one of the ``requires_after`` words of the trigger's form stands at most
    :data:`_AFTER_REACH` words after it, before any punctuation of its clause («رفعت القوات العلم
    العراقي وراية الحشد فوق مبنى X»); «ضد», «مع» only before an armed side (:func:`_armed_object_after`)."""
    return any((word in trig.form.requires_after or word.lstrip("و") in trig.form.requires_after)
               and (word not in _AGAINST or _armed_object_after(ctx.norm, pos + len(word)))
               for pos, word in _clause_words_after(ctx, trig, sent, _AFTER_REACH)[1])


#: «ضد», «مع» as required words count only before an armed side («معركة ضد التنظيم», «معركة مع
#: المسلحين»; not «ضد الفقر», «معركة مع الزمن»).
_AGAINST = frozenset(normalize(w) for w in ("ضد", "مع"))


def _clause_words_after(ctx: _Ctx, trig: Trigger, sent: tuple[int, int],
                        count: int) -> tuple[int, list[tuple[int, str]]]:
    """Where the clause of ``trig`` ends (its next clause punctuation, else the sentence end), and the
    at most ``count`` words (position, word) right after the trigger before that end."""
    stop = _CLAUSE_PUNCT.search(ctx.norm, trig.end, sent[1])
    hi = stop.start() if stop is not None else sent[1]
    k = bisect.bisect_left(ctx.word_starts, trig.end)
    return hi, [(pos, word) for pos, word in ctx.words[k:k + count] if pos < hi]


def _place_follows(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the place at ``start`` stands right after the trigger, only place nouns
    (``place_fillers``) between («بانتزاع مدينة X»; not «انتزاع الفوز من منافسه في ملعب X»)."""
    if start < trig.end or start - trig.end > 40 or _PUNCT.search(ctx.norm, trig.end, start):
        return False
    return all(w in _fillers() or w[:1] == "و" and w[1:] in _fillers()  # «مدن وبلدات X»
               for w in _WORDS.findall(ctx.norm, trig.end, start))


#: The preposition «من» (also glued to «و») that a place of ``from_place_verbs`` must stand after.
_FROM_WORDS = frozenset(("من", "ومن"))
#: Edge nouns that may stand between that «من» and the place besides ``place_fillers``.
_FROM_EDGE_NOUNS = frozenset(normalize(w) for w in ("جرود", "تخوم", "أسوار", "ضواحي", "أطراف", "ريف", "محيط"))


def _place_right_after_from(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the place at ``start`` of a ``from_place_verbs`` trigger stands right after a «من»
    that follows the trigger, only place and edge nouns between («خرجت القوات من بلدة X», «خرجوا
    من جرود X», «خرجوا منها»; not «خرجت القوات من مقراتها في X», «خرج الجيش من المعركة منتصراً
    في X»)."""
    if start < trig.end:
        return False
    if start in ctx.pronoun_starts:  # «خرجوا منها»: the pronoun glued to «من»
        return ctx.norm[max(trig.end, start - 2):start] == "من"
    k = bisect.bisect_left(ctx.word_starts, start)
    for pos, word in reversed(ctx.words[:k]):
        if pos < trig.end:
            return False
        if word in _FROM_WORDS:
            return not _PUNCT.search(ctx.norm, pos, start)
        if word not in _fillers() and word.removeprefix("ال") not in _FROM_EDGE_NOUNS:
            return False
    return False


#: How many words after an entry verb may hold the stage noun of :func:`_entered_phase`.
_PHASE_REACH = 10
#: Prepositions that make a stage noun an adverbial («دخلت X في المرحلة الأولى»), not the object.
_PHASE_PREPS = frozenset(normalize(w) for w in ("في", "خلال", "ضمن", "من", "مع", "منذ"))


_LAUNCH_NOUNS = frozenset(normalize(w) for w in ("إطلاق", "لإطلاق"))


def _firing_site(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a fire noun names what a site is for («موقعاً لإطلاق قذائف الهاون», «منصات إطلاق
    الصواريخ», «مربض للمدفعية»): a site noun right before it, or before «(ل)إطلاق» before it."""
    sites = _marker_set("firing_sites")
    words = _word_before(ctx, trig.start, 2)
    if words and words[-1] in _LAUNCH_NOUNS:
        words = words[:-1]
    elif not trig.prefix.endswith("ل") and not trig.prefix.startswith("ل"):
        return False
    return bool(words) and (words[-1] in sites or _bare(words[-1]) in sites)


def _role_of_place(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a verbal noun glued with «ل» follows a launching-point noun (``launch_point_nouns``:
    «تعد الثكنة نقطة انطلاق لقصف الأحياء في X», «منطلقاً للهجوم على X»): the role of a place, not
    an event."""
    words = _word_before(ctx, trig.start, 2)
    if words and words[-1] in _GLUED_LAUNCH_NOUNS:
        words = words[:-1]  # «منطلقاً لشن الغارات على X»: the strikes launched from it
    elif not trig.prefix.lstrip("وف").startswith("ل"):
        return False  # (also a verb spelled like its verbal noun: «منطلقاً لشن غارات على X»)
    if len(words) > 1 and words[-1] in _marker_set("launch_point_adjectives"):
        words = words[:-1]  # «محطة رئيسية لعبور المقاتلين نحو X»
    return bool(words) and _bare(words[-1]) in _marker_set("launch_point_nouns")


#: Verbal nouns of launching glued with «ل» that may stand between a launching point and its strike.
_GLUED_LAUNCH_NOUNS = frozenset(normalize(w) for w in ("لشن", "لتنفيذ", "لإطلاق"))
#: How far before «في/عن» + its verbal noun a failure verb may stand (its subject and a time between).
_FAILURE_WINDOW = 110
#: The prepositions that join a failure verb to what failed («فشلت في التقدم», «عجزت عن اقتحام»)
#: and a warning verb to what it warns against («حذر قوات النظام من عبور النهر»).
_FAILURE_PREPS = frozenset(("في", "عن", "من"))


def _failed_before(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a failure verb (``failure_verbs``) governs the verbal noun ``trig`` through «في/عن»
    in its clause («فشلت قوات النظام خلال الأشهر الماضية في التقدم منها», «عجزت الفصائل عن اقتحام
    X», «أخفقت القوات في السيطرة على X»), or a warning verb (``warning_verbs``) through «من» («حذر
    المجلس قوات النظام من عبور النهر»; only a control action, and only through the first «من» after
    the verb: not «حذرت من ارتفاع عدد الضحايا من القصف»): what failed or was warned against did not
    happen. A failed
    attempt named as an attack stays one («فشل الهجوم على X»: no «في/عن» before the trigger)."""
    if trig.form.pos != "noun":
        return False
    words = _word_before(ctx, trig.start, 1)
    if not words or words[-1] not in _FAILURE_PREPS:
        return False
    key = "warning_verbs" if words[-1] == "من" else "failure_verbs"
    if key == "warning_verbs" and not _warned_against(ctx, trig):
        return False
    lo = max(sent[0], trig.start - _FAILURE_WINDOW)
    governors = _marker_set(key)
    before = _words_between(ctx, lo, trig.start)
    for i, (start, word) in reversed(list(enumerate(before))):
        if _bare(word) in governors or word in governors:
            return _same_clause(ctx, start + len(word), trig.start) \
                and not (key == "warning_verbs" and any(w == "من" for _s, w in before[i + 1:-1]))
    return False


#: Actions a warning verb can forestall («حذر قوات النظام من عبور النهر», «منعتها من دخول X»); a
#: warning about shelling or air strikes is about fire that goes on («حذرت الأمم المتحدة من القصف»).
_WARNED_ACTIONS = frozenset({"captured", "secured", "advanced", "entered", "attacked"})


def _warned_against(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the verbal noun ``trig`` after a warning verb + «من» can be what was forestalled: a
    control action (``_WARNED_ACTIONS``) not called ongoing right after it (``ongoing_words``:
    «حذرت من التقدم المستمر للتنظيم نحو X» warns about an advance that happens)."""
    if trig.form.action not in _WARNED_ACTIONS:
        return False
    nxt = _SPACE_WORD.match(ctx.norm, trig.end)
    return nxt is None or _bare(nxt.group(1)) not in _marker_set("ongoing_words")


def _entered_phase(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether an entry verb has a stage or a time span for its object («دخلت محافظة X منذ منتصف
    الشهر مرحلة جديدة», «دخل الاتفاق حيز التنفيذ»): the place after the verb is its subject. The
    stage noun must stand in the same clause, not after a preposition («في المرحلة الأولى»)."""
    if trig.form.action != "entered" or trig.form.pos != "verb" or trig.gap is not None:
        return False
    nouns, words = _marker_set("phase_nouns"), ctx.words
    k = bisect.bisect_left(ctx.word_starts, trig.end)
    for i in range(k, min(len(words), k + _PHASE_REACH)):
        start, word = words[i]
        if start >= sent[1] or (i > k and _PUNCT.search(ctx.norm, words[i - 1][0], start) is not None):
            return False
        if (word in nouns or _bare(word) in nouns) and words[i - 1][1] not in _PHASE_PREPS:
            return True
    return False


def _blocked(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> str:
    """Why this trigger is not a claim ('' when it is one)."""
    norm, rx = ctx.norm, _marker_regexes()
    action = trig.form.action
    if trig.form.requires_after and not _followed_by(ctx, trig, sent):
        return "not over"  # «رفع المحتجون العلم في ساحة X»: a flag raised at a rally
    if _evacuees_destination(ctx, trig):
        return "evacuees"  # «وصلت القافلة الأخيرة من المهجرين قسرا من X إلى Y»: Y is not entered
    if _flag_at_ceremony(ctx, trig, sent):
        return "ceremony"  # «رفع الجيش العلم الوطني في ساحة X خلال احتفال بعيد الاستقلال»
    if _flag_in_without_side(ctx, trig, sent):
        return "no side"  # «رفع المتظاهرون العلم الوطني في ساحة X»: a rally
    if _flag_in_not_at_place(ctx, trig, sent):
        return "not at place"  # «رفع الجيش التركي العلم التركي في نقطة المراقبة قرب بلدة X»
    if _carried_casualties(ctx, trig, sent):
        return "casualties"  # «نقلوا مقاتلي التنظيم الجرحى إلى مستشفى في مدينة X»
    if _civilian_subject(ctx, trig, sent):
        return "civilian"
    if _unarmed_subject(ctx, trig, sent):
        return "unarmed"  # «انتشر الوباء في X», «خسر الحزب الانتخابات»
    if _entered_phase(ctx, trig, sent):
        return "phase"  # «دخلت محافظة X مرحلة جديدة»: X is the subject
    if _loss_of_unnamed_antecedent(ctx, trig):
        return "antecedent"  # «لاستعادة القرى التي خسرتها في ريف X»: what was lost is «القرى»
    lo, hi = max(sent[0], trig.start - 15), min(sent[1], trig.end + 12)
    if ctx.may_match("state_phrases", lo, hi) and not _inside_places(ctx, trig):  # («باتت X تحت سيطرة Y»)
        for m in rx["state_phrases"].finditer(norm, lo, hi):
            if m.start() <= trig.start + 2 or trig.start <= m.start() <= trig.end:
                return "state"
    if action_family(action) in _ATTEMPT_FAMILIES and _repelled_before(ctx, trig):
        return "repelled"  # «صدت محاولة … للتقدم»: the attempt failed
    if action == "repelled" and _intercepted_strike(ctx, trig):
        return "interception"  # «تصدت الدفاعات الجوية لهجوم صاروخي»: the strike is the claim
    if trig.form.form in load_markers()["air_only_verbs"] and not _air_subject(ctx, trig, sent) \
            and not _standoff_missile_subject(ctx, trig, sent):
        return "not a strike"  # «ضرب حصاراً»: «ضرب» strikes only with an aircraft subject
    if _standing_state(ctx, trig, sent):
        return "state"
    expected = _expected_or_lasting(ctx, trig, sent)
    if expected:
        return expected  # «يقترب من السيطرة على X», «بسبب سيطرة التنظيم عليها»
    if _demanded(ctx, trig, sent):
        return "demanded"  # «طالبت الحكومة بإنهاء وجود القوات التركية في عفرين»
    if trig.form.form.split(" ", 1)[0] in _marker_set("spread_verbs") and not _spreads_fight(ctx, trig, sent):
        return "not fighting"  # «تمتد المنطقة إلى …»: only fighting named before spreads
    if action == "zone_established" and trig.form.pos == "noun" and _zone_as_description(ctx, trig):
        return "description"  # «قصف مناطق خفض التصعيد في X», «X الواقعة ضمن منطقة خفض التصعيد»
    if _breached_truce(ctx, trig, sent):
        return "mentioned"  # «خرقت اتفاق خفض التصعيد باستهداف X»: the truce is not new
    launched = _launched_attack(ctx, trig, sent)
    if trig.form.pos == "noun" and trig.prefix.endswith("ال") and action in ("besieged", "encircled") \
            and _place_right_before(ctx, trig.start):
        return "state"  # «الغوطة الشرقية المحاصرة»: an adjective of the place
    near = _after_last_punct(ctx, max(sent[0], trig.start - 25), trig.start)
    if action != "negotiation" and (_negation(ctx, near, trig.start) and not _still_going_on(ctx, trig, near)
                                    and not _still_besieged(ctx, trig, near)
                                    or _denial_governs(ctx, trig, sent) or _denied_report(ctx, trig, sent)):
        return "negated"
    if action in CONTROL_ACTIONS and trig.form.pos == "noun" and _unable(ctx, trig, sent):
        return "negated"  # «دون أن تتمكن حتى الآن من تحقيق أي تقدم»
    if action != "negotiation" and _failed_before(ctx, trig, sent):
        return "negated"  # «فشلت القوات خلال الأشهر الماضية في التقدم نحو X»
    if _role_of_place(ctx, trig):
        return "role"  # «تعد الثكنة نقطة انطلاق لقصف الأحياء في X»
    if trig.form.pos == "verb" and _crossing_trigger(trig) \
            and _bare(next(iter(_word_before(ctx, trig.start, 1)), "")) in _RELATIVE_PRONOUNS:
        return "background"  # «وحدات الجيش التي عبرت نهر X»: who the units are, not the news
    if action == "negotiation":
        nxt = _SPACE_WORD.match(norm, trig.end)
        if nxt is not None and nxt.group(1) in load_action_markers()["not_talks_next"]:
            return "press"  # «مؤتمر صحفي»
        if _military_meeting(ctx, trig):
            return "link-up"  # «التقت القوات المتقدمة بحامية المطار»
        if trig.form.pos == "noun" and _referenced_talks(ctx, trig, sent):
            return "reference"  # «بديل عن مفاوضات جنيف»
        if trig.form.requires_before and _memorandum_off_truce(ctx, trig, sent):
            return "memorandum"  # «مذكرة التفاهم التي وقعتها الوزارة مع البنك الدولي في X»
    if trig.form.pos == "verb" and _possessed_verbal_noun(ctx, trig):
        return "background"  # «مقراً لقياداته بعد طرده من الرقة»: its expulsion, told as background
    if trig.form.pos == "noun" and action in ("shelled", "airstrike") and _strike_metaphor(ctx, trig):
        return "metaphor"  # «أكبر ضربة يتلقاها التنظيم»
    if action in ("shelled", "airstrike", "missile_strike") and _warning_fire(ctx, trig):
        return "warning"  # «أطلق الجيش صواريخ تحذيرية على بلدة X»
    if trig.form.pos == "noun" and action_family(action) in _FIRE_FAMILIES and _firing_site(ctx, trig):
        return "site"  # «دمرت موقعاً لإطلاق قذائف الهاون»: what the site was for
    if action == "other" and _truce_line(ctx, trig):
        return "line"  # «قرب خط وقف إطلاق النار في الجولان»: a line on the map
    if action in CONTROL_ACTIONS or action.startswith("zone") or action == "other":
        intent_lo = max(sent[0], trig.start - 45)
        if trig.form.pos == "verb":  # «وبعد محاولات فاشلة، سيطر الجيش على X»: a finite verb after a comma
            intent_lo = _after_last_punct(ctx, intent_lo, trig.start)
        if not launched and _intent_before(ctx, intent_lo, trig.start,
                                           strike=action_family(action) in _STRIKE_FAMILIES) \
                and not (action == "zone_established" and _reinforced_zone(ctx, trig, intent_lo)):
            return "intent"
        if _subjunctive_clause(ctx, trig, sent):
            return "conditional"  # «على أن تدخل وحدات الجيش إلى البلدة»
        if action in CONTROL_ACTIONS and _deal_term(ctx, trig, sent):
            return "terms"  # «اتفاق يقضي بخروج المسلحين من X»
        if _marker_in(ctx, "future", near, trig.start):
            return "future"
        if ctx.may_match_at("conditional", sent[0]) and rx["conditional"].match(norm, sent[0]):
            return "conditional"  # «وفي حال سيطرت القوات على …، فإنها …»
    if trig.form.pos == "present" and not _relative_siege(ctx, trig):
        words = _word_before(ctx, trig.start, 3)
        if words and words[-1].lstrip("و") in ("التي", "الذي", "الذين", "قد"):
            return "former" if words[-1] != "قد" else "intent"
        if any(w.lstrip("و") in ("كان", "كانت", "كانوا") for w in words):
            return "former"
    if trig.form.pos == "verb" and not trig.gap and action in CONTROL_ACTIONS \
            and (trig.form.form in load_action_markers()["masdar_verbs"] or _masdar_with_pronoun(ctx, trig)):
        words = _word_before(ctx, trig.start, 1)
        if words and words[-1] in _single_words("operation_nouns"):
            return "operation"  # «معركة طرد التنظيم»: the verb's spelling is also its verbal noun
    if trig.form.pos == "noun":
        words = _word_before(ctx, trig.start, 1)
        if action in CONTROL_ACTIONS and words and words[-1] in _single_words("operation_nouns") and not launched \
                and not (action_family(action) == "withdrew" and _operation_under_way(ctx, trig)):
            return "operation"  # («بدأت عملية تهجير مقاتلي X»: it happens; «رفضت الفصائل عملية تهجير» not)
        if action_family(action) == "withdrew" and _evacuation_withheld(ctx, trig, sent):
            return "withheld"  # «حذرت الأمم المتحدة من تهجير مقاتلي المعارضة من X»
        if words and words[-1] in _single_words("demonstratives"):
            return "anaphoric"  # «هذا التقدم»: an event reported before
        if _ends_with(ctx, trig.start, "blocking_words", 15, sent[0]):
            return "defence"
        if (action_family(action) == "attacked" or trig.form.form.startswith(_AIR_SHELLING_FORMS)) \
                and _ends_with(ctx, trig.start, "completion_words", 20, sent[0]):
            return "finished"  # «تم الانتهاء من العمليات العسكرية», «توقف القصف بالطيران على X»
        if words and words[-1] == _ANY and trig.form.form.startswith(_CAMPAIGN_FORMS):
            return "intent"  # «رفضت دمشق أي حملة عسكرية تركية على إدلب»: any campaign, none told
    return ""


#: Shelling by aircraft or barrel bombs («قصف بالطيران», «قصفا بالبراميل»): air strikes, halted like
#: shelling («توقف القصف بالطيران على X»).
_AIR_SHELLING_FORMS = tuple(normalize(w) for w in ("قصف ب", "قصفا ب"))
#: Campaign nouns («حملة عسكرية», «حملة جوية»), a hypothesis right after «أي» (:data:`_ANY`).
_CAMPAIGN_FORMS = tuple(normalize(w) for w in ("حملة ", "حملات "))
_ANY = normalize("أي")


#: How many words before an operation noun a word that sets it going (``operation_progress_words``) may stand
#: («بدأت صباح اليوم الجمعة عملية تهجير»: a day and its part between).
_OPERATION_GOVERNOR_WORDS = 5
#: How many words before an evacuation noun a refusal or deferral (``evacuation_withheld_words``) may stand.
_WITHHELD_WORDS = 4


def _operation_under_way(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the operation noun right before the noun trigger ``trig`` («عملية تهجير مقاتلي X») is
    governed by a word that sets it going or places it in time (``operation_progress_words``, a
    few words before it: «وبدأت صباح اليوم عملية», «وجرت عمليات», «بعد عمليات»): the operation
    happens; «رفضت الفصائل عملية تهجير», «أجلت السلطات عملية إجلاء» tell none."""
    words = _word_before(ctx, trig.start, _OPERATION_GOVERNOR_WORDS + 1)[:-1]  # the operation noun off
    progress = _marker_set("operation_progress_words")
    return any(_in_with_clitic(w, progress) for w in words)


def _evacuation_withheld(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a noun of withdrawal («تهجير مقاتلي», «إجلاء لمقاتلي») is refused, warned against,
    halted or put off (``evacuation_withheld_words`` a few words before it, in its clause: «حذرت
    الأمم المتحدة من تهجير مقاتلي المعارضة», «أجلت السلطات عملية إجلاء لمقاتلي»)."""
    if trig.form.pos != "noun":
        return False
    lo = _after_last_punct(ctx, max(sent[0], trig.start - 15 * _WITHHELD_WORDS), trig.start)
    withheld = _marker_set("evacuation_withheld_words")
    return any(_in_with_clitic(w, withheld) for _s, w in _words_between(ctx, lo, trig.start)[-_WITHHELD_WORDS:])


@functools.lru_cache(maxsize=None)
def _marker_alt(key: str) -> str:
    return alternation(load_action_markers()[key])


@functools.lru_cache(maxsize=1)
def _range_end_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[^\w])(?:{_marker_alt('range_end_markers')})")


@functools.lru_cache(maxsize=1)
def _connector_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])[وف]?(?:{_marker_alt('object_connectors')})(?![\w])")


@functools.lru_cache(maxsize=1)
def _reinforced_zone_regex() -> re.Pattern[str]:
    fillers = _marker_alt("zone_reinforcing_fillers")
    return re.compile(rf"(?<![\w])[وفل]?(?:{_marker_alt('zone_reinforcing_words')})"
                      rf"(?:\s+(?:{fillers}))*\s*[\"'«“]?\s*$")


def _reinforced_zone(ctx: _Ctx, trig: Trigger, lo: int) -> bool:
    """Whether the zone trigger ``trig`` is the object of a reinforcing noun (``zone_reinforcing_words``)
    standing after ``lo`` with only filler words between («تهدف المذكرة إلى تعزيز نظام وقف إطلاق النار في
    منطقة خفض التصعيد»): the zone exists, the intent is only to strengthen it."""
    return _reinforced_zone_regex().search(ctx.norm, lo, trig.start) is not None


@functools.lru_cache(maxsize=None)
def _ends_regex(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])[وف]?(?:{_marker_alt(key)})\s*[\"'«“]?\s*$")


def _ends_with(ctx: _Ctx, pos: int, key: str, lookback: int = 25, floor: int = 0) -> bool:
    """Whether a marker of ``key`` (actions.yaml) ends right before ``pos`` (not before ``floor``)."""
    lo = max(floor, pos - lookback)
    return ctx.may_match(key, lo, pos) and _ends_regex(key).search(ctx.norm, lo, pos) is not None


# --------------------------------------------------------------------------- places
_SKIP_KINDS = {"country", "sea", "river"}
_COARSE_KINDS = {"governorate", "country"}
_SETTLEMENTS = {"city", "town", "village"}
#: Countries whose places can be the place of a control claim: Syria and the border areas of the
#: 2017 war (Arsal and the Qalamoun barrens in Lebanon, al-Qaim in Iraq).
_THEATRE = frozenset({"SY", "LB", "IQ"})


#: Words that make the city after them a time zone («بتوقيت دمشق»), not a place.
_TIME_ZONE_WORDS = frozenset(normalize(w) for w in ("بتوقيت", "توقيت", "لتوقيت"))
#: Words before a river that make it no crossed object («قرب نهر X», «على نهر X», «الضفة الشرقية لنهر X»).
_CROSSING_NOT_OBJECT = frozenset(normalize(w) for w in (
    "في", "على", "قرب", "من", "إلى", "الى", "نحو", "باتجاه", "عند", "بمحاذاة", "بالقرب", "حول", "ضفة", "ضفاف",
    "لنهر", "بنهر"))


def _crossing_trigger(trig: Trigger) -> bool:
    """Whether ``trig`` is a crossing (``crossing_words``: «عبرت», «عبور», «اجتازت»): a river it
    crosses is its place («عبرت القوات نهر الفرات» is an advance on the river), unlike other rivers."""
    return trig.form.form.split(" ", 1)[0] in _marker_set("crossing_words")


#: Words that make the settlement after them the place of a crossing verb with no crossed river
#: («عبرت القوات إلى الضفة الشرقية لنهر الفرات قرب بلدة X»; «بالقرب من X» too).
_CROSSING_NEAR = frozenset(normalize(w) for w in ("قرب", "عند", "بالقرب", "بمحاذاة"))
#: «بالقرب» of «بالقرب من X» (its «من» is skipped).
_NEAR_BY = normalize("بالقرب")
#: Crossed objects named by a common noun («عبرت القوات النهر/الحدود»): a town after them only locates
#: the crossing.
_CROSSED_OBJECTS = frozenset(normalize(w) for w in ("النهر", "نهر", "الحدود", "حدود"))
#: How far before a crossing noun its armed subject or a prevention verb may stand in its clause.
_CROSSING_SUBJECT_WINDOW = 80


def _crossed_river(ctx: _Ctx, trig: Trigger, start: int, res: Resolution) -> bool:
    """Whether the river at ``start`` is the direct object of the crossing ``trig`` («عبرت القوات
    نهر الفرات»; not «قرب نهر X», «بنهر X», a river abroad), crossed by an armed side
    (:func:`_armed_crossing` for the noun «عبور»)."""
    before = _word_before(ctx, start, 1)
    return not (res.place.country and res.place.country not in _THEATRE) \
        and not ctx.norm.startswith(("ب", "ل"), start) \
        and not (start > 0 and _WORD_CHAR.match(ctx.norm, start - 1)) \
        and not (before and _bare(before[-1]) in _CROSSING_NOT_OBJECT) \
        and (trig.form.pos == "verb" or _armed_crossing(ctx, trig, start))


def _armed_crossing(ctx: _Ctx, trig: Trigger, river: int) -> bool:
    """Whether the crossing noun ``trig`` («عبور») before the river at ``river`` is crossed by an
    armed side: an actor as its genitive («عبور الجيش نهر الفرات»), else, with no civilian named in
    its clause («غرق مدنيين أثناء عبور نهر الفرات», «منعت قسد عبور النهر على النازحين»), a
    pronoun on it («بعد عبورها النهر») or an actor before it in its clause («تمكنت القوات من عبور
    النهر»). A prevention or warning verb before it in its clause (``warning_verbs``: «منعت قسد عبور
    نهر الفرات») makes no crossing."""
    sent = _sentence_of(ctx, trig.start)
    lo = _clause_start(ctx, max(sent[0], trig.start - _CROSSING_SUBJECT_WINDOW), trig.start)
    words = ctx.words
    first, k = bisect.bisect_left(ctx.word_starts, lo), bisect.bisect_left(ctx.word_starts, trig.start)
    warnings = _marker_set("warning_verbs")
    if any(w in warnings or _bare(w) in warnings for _s, w in words[first:k]):
        return False
    if ctx.actors_from(trig.end, river):
        return True
    civilians = _civilian_words()[0]
    end = k
    while end < len(words) and words[end][0] < sent[1] \
            and (end == k or not _CLAUSE_PUNCT.search(ctx.norm, words[end - 1][0], words[end][0])):
        end += 1
    if any(w in civilians or _bare(w) in civilians for _s, w in words[first:end]):
        return False
    return _carries_pronoun(ctx, trig) or bool(ctx.actors_from(lo, trig.start))


def _carries_pronoun(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the nominal trigger ``trig`` carries a possessive pronoun, its agent («وعبوره الفرات»,
    «بعد عبورها النهر»)."""
    end = _WORD_END.search(ctx.norm, trig.start)
    word_end = end.start() if end is not None else len(ctx.norm)
    return word_end - trig.start > len(trig.prefix) + len(trig.form.form)


def _near_crossing(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the settlement at ``start`` locates the crossing verb ``trig`` that crossed no river
    before it («عبرت قسد إلى الضفة الشرقية لنهر الفرات قرب بلدة الكسرة»): it stands after
    «قرب/عند/بالقرب من» (a filler such as «مدينة» between). With a crossed river the town only
    locates the crossing («عبرت القوات النهر قرب مدينة X»: the river is the place)."""
    before = _word_before(ctx, start, 3)
    while before and before[-1] in _fillers():
        before.pop()
    if before and before[-1] == "من" and len(before) > 1 and _bare(before[-2]) == _NEAR_BY:
        before.pop()
    if not before or _bare(before[-1]) not in _CROSSING_NEAR:
        return False
    between = _words_between(ctx, trig.end, start)
    for (_s, prev), (_t, word) in itertools.pairwise(between):
        if _bare(word) in _CROSSED_OBJECTS and _bare(prev) not in _CROSSING_NOT_OBJECT:
            return False  # «عبرت القوات النهر/الحدود قرب X»
    return not any(r.place.kind == "river" and _crossed_river(ctx, trig, s, r)
                   for s, _e, r in ctx.places[ctx.places_from(trig.end):ctx.places_from(start)])


#: Kinds of bases where talks may be held («جرت المفاوضات في مطار X العسكري»).
_TALKS_BASE_KINDS = frozenset({"airbase", "airport", "military_base"})


def _agreement_trigger(trig: Trigger) -> bool:
    """Whether the talks trigger ``trig`` names an agreement reached or signed («الاتفاق الذي تم
    التوصل إليه في X», «توقيع اتفاق»), not a meeting: a settlement deal is struck in villages
    too (a gazetteer «village» may be a town), while a meeting in a village is mostly a visit."""
    return bool(trig.form.requires_before) or "اتفاق" in trig.form.form
#: Site nouns that name a base as a venue, and the word of an office located at one.
_BASE_SITE_NOUNS = ("مطار", "قاعدة", "قاعده")
_OFFICE_NOUNS = frozenset({"مركز", "المركز"})


def _talks_subject_after_verb(ctx: _Ctx, trig: Trigger, start: int, res: Resolution) -> bool:
    """Whether the place ``res`` (at ``start``) stands right after a talks or signing verb with no
    preposition or clitic: the verb's subject, a capital for its government («اتفاق أبرمته دمشق
    مع …», «وقعت أنقرة اتفاقاً»), not where the talks were held («في X», «بـX»)."""
    if trig.form.pos != "verb" or ctx.norm[trig.end:start].strip():
        return False
    return normalize(res.mention.surface) == res.mention.key


#: «مدينة» before a settlement («في مدينة X»): talks held there have a town venue even when the
#: gazetteer files the place as a village («بلدة», «قرية» do not lift a village).
_CITY_NOUNS = frozenset({"مدينه", "بمدينه", "ومدينه", "المدينه"})


#: Talks proper (not a meeting, a conference or a summit, which may be about anything).
_TALKS_PROPER = re.compile(r"(?:ال)?(?:مفاوضات|محادثات|مباحثات)(?![\w])")


def _talks_proper(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the talks trigger is, or is the round of, negotiations («مفاوضات», «جولة محادثات»)."""
    return _TALKS_PROPER.search(ctx.norm, trig.start, min(len(ctx.norm), trig.end + 12)) is not None


#: How far after a talks noun its venue may stand for a village or a mountain range («مفاوضات تجري
#: عبر وسطاء بين الحزب وأمير الفصيل في X»).
_TALKS_VENUE_REACH = 70


def _talks_venue_after(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the place at ``start`` follows a talks-proper trigger closely enough to be its venue."""
    return trig.end <= start <= trig.end + _TALKS_VENUE_REACH and _talks_proper(ctx, trig)


def _named_as_city(ctx: _Ctx, start: int) -> bool:
    """Whether the place at ``start`` is named right after «مدينة» («جولة مفاوضات عقدت في مدينة X»)."""
    return any(_bare(w) in _CITY_NOUNS for w in _word_before(ctx, start, 1))


def _mountain_region_venue(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether a mountain range at ``start`` is the area of talks: «في X» right after the talks noun
    or its few words («مفاوضات تجري عبر وسطاء … في القلمون»), not a peak named by «جبل»/«تلة»."""
    before = _word_before(ctx, start, 1)
    return trig.form.pos == "noun" and bool(before) and before[0] == "في" \
        and not _named_as_peak(ctx, start)


#: The nouns naming one peak or hill, not a range («جبل الشيخ», «تل الحارة», «قمة النبي يونس»).
_PEAK_NOUNS = frozenset({"جبل", "تل", "تله", "قمه"})  # (normalised: ة → ه)


def _named_as_peak(ctx: _Ctx, start: int) -> bool:
    """Whether the mountain at ``start`` is named as one peak or hill: its name begins with
    «جبل»/«تل(ة)»/«قمة», or the word before it is one of them («قمة جبل الشيخ»)."""
    first = ctx.norm[start:start + 12].split()[:1]
    words = [*first, *(_bare(w) for w in _word_before(ctx, start, 1))]
    return any(w.lstrip("وفبل") in _PEAK_NOUNS for w in words)


def _talks_held_at_base(ctx: _Ctx, start: int, res: Resolution) -> bool:
    """Whether the base ``res`` (at ``start``) is the venue of talks: named with its site noun
    («في مطار الضمير العسكري», «في قاعدة حميميم»), and not where an office sits («مركز
    المصالحة الروسي في حميميم»: the Russian reconciliation centre, not the talks' venue)."""
    surface = res.mention.surface
    if not surface.lstrip("وفبل").startswith(_BASE_SITE_NOUNS):
        return False
    return not any(_bare(w) in _OFFICE_NOUNS for w in _word_before(ctx, start, 6))


def _place_ok(ctx: _Ctx, trig: Trigger, start: int, res: Resolution) -> bool:
    kind = res.place.kind
    family = action_family(trig.form.action)
    if kind != "river" and trig.form.pos == "verb" and _crossing_trigger(trig) \
            and not (kind in _SETTLEMENTS and _near_crossing(ctx, trig, start)):
        return False  # «عبرت القوات النهر قرب مدينة X»: the verb crosses the river, X only locates it
    if kind == "river" and _crossing_trigger(trig):  # the river as a direct object, not «قرب نهر X»
        return _crossed_river(ctx, trig, start, res)
    border = _country_border_reached(ctx, trig, start, res) or _country_pulled_out_of(ctx, trig, start, res)
    if kind in _SKIP_KINDS and not (kind == "sea" and _bank_of_inland_water(ctx, trig, start, res)) and not border:
        return False
    if family == "advanced" and _border_reference_point(ctx, trig, start):
        return False  # «وصلوا إلى الحدود العراقية … شمال شرق معبر التنف»: the border is reached, X locates it
    if not _landing_ok(ctx, trig, start, res):
        return False  # «نفذت القوات عملية إنزال جوي لمساعدات فوق مدينة X»: an aid drop or a raid
    if _bare(next(iter(_word_before(ctx, start, 1)), "")) in _TIME_ZONE_WORDS:
        return False  # «عند الساعة الثانية عشرة ظهراً بتوقيت دمشق»: a clock, not a place
    if family == "negotiation":
        if _talks_subject_after_verb(ctx, trig, start, res):
            return False  # «بموجب اتفاق أبرمته دمشق مع …»: the capital stands for a party
        if kind in _TALKS_BASE_KINDS:
            return _talks_held_at_base(ctx, start, res)
        return kind in ("city", "town", "other", "landmark", "region") \
            or (kind == "village" and (_agreement_trigger(trig) or _talks_venue_after(ctx, trig, start)
                                       and _named_as_city(ctx, start))) \
            or (kind == "mountain" and _talks_venue_after(ctx, trig, start) and _mountain_region_venue(ctx, trig, start))
    if res.place.country and res.place.country not in _THEATRE and family != "negotiation":
        return False  # a place abroad (fighting in the border areas of Lebanon and Iraq counts)
    if family != "zone" and kind in _COARSE_KINDS and not (kind == "governorate" and (
            _entered_directly(ctx, trig, start) or _governorate_border_reached(ctx, trig, start)
            or _struck_named_area(ctx, trig, start))) and not border:
        return False
    if start > trig.end and _context_regex("generic_junctions").search(ctx.norm, trig.end, start):
        return False  # «سيطرت القوات على مفرق الطرق قرب مدينة X»: X only locates the crossroads
    if start > trig.end and _context_regex("purpose_openers").search(ctx.norm, trig.end, start):
        return False  # «تطهير الأحياء استعداداً للمرحلة المقبلة باتجاه X»: X is a goal of the purpose
    if _supply_cut_elsewhere(ctx, trig, start):
        return False  # «قطع طريق الإمداد بين X وY»: a road between them, neither besieged
    if start > trig.end and _result_clause_between(ctx, trig.end, start):
        return False  # «بعد معارك عنيفة، لتطبق بذلك الطوق على X»: the result clause has its own verb
    if _gate_name(ctx, start, res) or (family in _ROAD_BLIND_FAMILIES and _road_end(ctx, start)):
        return False  # «باب بغداد», «طريق دير الزور - الحسكة»: a gate, a road named after places
    if family in _GROUND_FAMILIES and _road_destination(ctx, trig, start):
        return False  # «تتابع تقدمها على الطريق الواصل إلى مدينة X باتجاه Y»: moving on the road, not on X
    if _government_metonym(ctx, start, res):
        return False  # «رتلاً لقوات موالية لدمشق قرب X»: the city stands for its government
    if _highway_located_by_next(ctx, start, res):
        return False  # «سيطرت القوات على الطريق الدولي M5 قرب بلدة X»: X locates the claim
    if family in _FIRE_FAMILIES and _launched_from(ctx, trig, start):
        return False  # «قذائف هاون أطلقها التنظيم من X»: X is where the fire came from
    return not ctx.actor_covers(start)  # «قوات سوريا الديمقراطية» is an actor, not Syria


def _highway_located_by_next(ctx: _Ctx, start: int, res: Resolution) -> bool:
    """Whether the place at ``start`` is a highway by its number placed only at its country
    («M5», a road hint the gazetteer has no course for) and the next place locates it: right after
    the highway stands «قرب/عند/بالقرب من» (a filler such as «بلدة» between) and a place
    («سيطرت القوات على الطريق الدولي M5 قرب بلدة خان طومان»). The claim belongs to that place."""
    if res.known or res.mention.kind_hint != "road":
        return False
    k = ctx.places_from(start + 1)
    if k >= len(ctx.places):
        return False
    nxt = ctx.places[k][0]
    words = [_bare(w) for _s, w in _words_between(ctx, res.mention.end, nxt)]
    while words and words[-1] in _fillers():
        words.pop()
    if len(words) == 2 and words[1] == "من" and words[0] == _NEAR_BY:
        return True
    return len(words) == 1 and words[0] in _CROSSING_NEAR


def _government_metonym(ctx: _Ctx, start: int, res: Resolution) -> bool:
    """Whether the city at ``start`` stands for its government, not a place: right after an
    allegiance word («قوات موالية لدمشق», «الميليشيات الحليفة لطهران», «المدعومة من طهران»;
    ``allegiance_words`` in markers.yaml, «من» allowed between) or a ``metonymy_heads`` noun
    («حكومة بغداد», «وفد أنقرة»). No strike, fight or capture is about such a city."""
    if res.place.kind not in _CITY_KINDS:
        return False
    words = [_bare(w) for w in _word_before(ctx, _word_start(ctx.norm, start), 2)]  # (past a glued «ل»)
    if not words:
        return False
    allegiance = _marker_set("allegiance_words")
    if words[-1] in allegiance or words[-1] in _marker_set("metonymy_heads"):
        return True
    return len(words) == 2 and words[-1] == "من" and words[0] in allegiance


#: A dash between the two ends of a road's name.
_DASH_AFTER = re.compile(r"\s*[-–—]\s*\S")
_DASH_BEFORE = re.compile(r"[-–—]\s*$")


#: A result clause: a comma, a subjunctive verb in «ل» and «بذلك» («، لتطبق بذلك الطوق على X»).
_RESULT_CLAUSE = re.compile(r"[،,]\s*[وف]?ل[تيا]\w+\s+بذلك(?![\w])")


def _result_clause_between(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Whether a result clause opens between a trigger and a place («سيطرت على X بعد معارك عنيفة،
    لتطبق بذلك الطوق على Y»: Y is the object of the result verb, not of the fighting)."""
    return "بذلك" in ctx.norm[lo:hi] and _RESULT_CLAUSE.search(ctx.norm, lo, hi) is not None


def _gate_name(ctx: _Ctx, start: int, res: Resolution) -> bool:
    """Whether the city at ``start`` only names a gate of another town, the word «باب» right before
    it («في محيط باب بغداد», «باب دمشق»): no claim is about the city itself."""
    words = _word_before(ctx, start, 1)
    return res.place.kind in _CITY_KINDS and bool(words) and _bare(words[-1]) in _GATE_WORDS


def _road_end(ctx: _Ctx, start: int) -> bool:
    """Whether the place at ``start`` is an end of a road named by its two ends («تؤمن طريق دير
    الزور - الحسكة», «طريق حمص - تدمر»; ``road_nouns`` in markers.yaml): a capture or an advance
    on the road is on neither town."""
    words = _word_before(ctx, start, 1)
    k = ctx.places_from(start)
    if k >= len(ctx.places) or ctx.places[k][0] != start:
        return False
    roads = _marker_set("road_nouns")
    if words and _bare(words[-1]) in roads:  # the first end: «طريق X - Y»
        return _DASH_AFTER.match(ctx.norm, ctx.places[k][1]) is not None
    if k == 0 or not _DASH_BEFORE.search(ctx.norm, max(0, start - 4), start) \
            or ctx.places[k - 1][1] < start - 4:
        return False  # the second end: «طريق X - Y»
    before = _word_before(ctx, ctx.places[k - 1][0], 1)
    return bool(before) and _bare(before[-1]) in roads


#: The prepositions after a road's participle («الطريق الواصل إلى X»).
_TO_WORDS = frozenset(("الي", "إلى", "الى", "إلي"))


def _road_destination(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the place at ``start`` only names where the road the trigger moves on leads: between
    the trigger and the place a road noun, a participle of leading (``road_participles`` of
    markers.yaml: «الواصل», «المؤدي»), «إلى» and at most one place noun, the road governed by a
    preposition right before it or by the trigger's own («تتابع تقدمها على الطريق الواصل إلى مدينة X»,
    «سيطرت القوات على الطريق الواصل إلى مدينة X»); only the trigger's subject (an actor or an armed
    noun) may stand before it («تقدمت القوات على الطريق …»). A road further off only locates the object
    («سيطرت على التلال المشرفة على الطريق المؤدي إلى بلدة X»: on the way to X)."""
    spans = _words_between(ctx, trig.end, start)
    words = [_bare(w) for _s, w in spans]
    if words and words[-1] in _SETTLEMENT_NOUNS:
        words, spans = words[:-1], spans[:-1]
    if len(words) < 3 or words[-3] not in _marker_set("road_nouns") \
            or words[-2] not in _marker_set("road_participles") or words[-1] not in _TO_WORDS:
        return False
    head = words[:-3]
    if head and head[-1] in _TRIGGER_PREPS:
        head = head[:-1]
    elif trig.form.form.split()[-1] not in _TRIGGER_PREPS:
        return False  # «… المشرفة الطريق»: no preposition governs the road
    armed = _armed_heads()
    return all(ctx.actor_covers(s) or _bare(w) in armed for (s, w) in spans[:len(head)])


#: Action families of control on the ground: a gate or road named after a city cannot be their place
#: (a fight or a strike on the road, told back later «الهجوم أحبط», still refers to the town named in
#: it), and a carried subject may be relabelled by the place's country.
_GROUND_FAMILIES = frozenset({"captured", "advanced", "besieged", "siege_broken", "withdrew"})
#: Families whose place is never an end of a road named by its two ends: ground control, and air
#: strikes on convoys «على طريق دمشق - بغداد» (a strike hits the road, not the capital at its end).
_ROAD_BLIND_FAMILIES = _GROUND_FAMILIES | {"airstrike"}
_GATE_WORDS = frozenset(normalize(w) for w in ("باب", "بوابة"))
_CITY_KINDS = frozenset({"city", "capital", "town"})


#: Prepositions that make a governorate after an entry verb a destination or a route, not the
#: place entered as a direct object.
def _without_conjunctions(words: Sequence[str]) -> list[str]:
    """``words`` with a glued «و»/«ف» read off (words of two letters or fewer kept whole)."""
    return [w.lstrip("وف") if len(w) > 2 else w for w in words]


_NOT_DIRECT = frozenset(normalize(w) for w in ("إلى", "في", "من", "عبر", "على"))


#: The bank of a lake or river, right before its name («الضفة الجنوبية لبحيرة X», «ضفاف بحيرة X»).
_BANK_BEFORE = re.compile(r"(?<![\w])(?:ال)?(?:ضفه|ضفاف|شاطي|شواطي)(?:\s+(?:ال)?(?:شماليه|جنوبيه|شرقيه|غربيه|"
                          r"الشمالي|الجنوبي|الشرقي|الغربي))?\s*ل?$")


def _bank_of_inland_water(ctx: _Ctx, trig: Trigger, start: int, res: Resolution) -> bool:
    """Whether an advance moves along the bank of a lake of the theatre (the gazetteer types lakes
    as ``sea``): «تقدمت القوات على الضفة الجنوبية لبحيرة X», «عملية إنزال على ضفاف بحيرة X»."""
    return action_family(trig.form.action) == "advanced" and res.place.country in _THEATRE \
        and _BANK_BEFORE.search(ctx.norm, max(trig.end, start - 30), start) is not None


#: How many words after a landing noun its cargo («إنزال جوي لمساعدات») is looked for.
_LANDING_CARGO_WORDS = 3


def _landing_ok(ctx: _Ctx, trig: Trigger, start: int, res: Resolution) -> bool:
    """Whether the place at ``start`` may be the place of ``trig``: any place for a trigger that is
    no landing (``landing_words``); for a landing, only a lake of the theatre along whose bank it
    was made (:func:`_bank_of_inland_water`), with no cargo (``landing_cargo_words``) right after
    it: aid drops and heliborne raids («عملية إنزال قرب مدينة X») hold no ground."""
    landing = _marker_set("landing_words")
    if not any(w in landing for w in trig.form.form.split()):
        return True
    cargo = _marker_set("landing_cargo_words")
    after = _WORDS.findall(ctx.norm, trig.end, min(len(ctx.norm), trig.end + 40))[:_LANDING_CARGO_WORDS]
    if any(w in cargo for w in after):
        return False
    return res.place.kind == "sea" and _bank_of_inland_water(ctx, trig, start, res)


def _governorate_border_reached(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether an approach (a ``from_object`` advance: «باتت على بعد 8 كم من», «اقتربت من») reaches
    the border of the governorate at ``start`` («من الحدود الإدارية لمحافظة X»: ``governorate_border_words``
    right before it): an advance on the governorate, not on its whole area."""
    return trig.form.from_object and start > trig.end \
        and _governorate_border_regex().search(ctx.norm, max(trig.end, start - 30), start) is not None


def _country_border_reached(ctx: _Ctx, trig: Trigger, start: int, res: Resolution) -> bool:
    """Whether an arrival verb («وصلت», «بلغت») reaches the border with a neighbouring country named at
    ``start`` («وصلت وحدات الجيش إلى الحدود مع العراق», «بلغت … الشريط الحدودي مع العراق»:
    ``country_border_words`` of markers.yaml right before it): an advance on that country's border, as
    reaching a governorate's border is. Not Syria itself (forces across the border reach their own
    side: «وصلت تعزيزات تركية إلى الحدود مع سوريا»), and not a verb form with a gap or a noun."""
    return res.place.kind == "country" and res.place.country in _THEATRE and res.place.country != "SY" \
        and trig.form.pos == "verb" and trig.gap is None and start > trig.end \
        and trig.form.form in _marker_set("arrival_verbs") \
        and _country_border_regex().search(ctx.norm, max(trig.end, start - 40), start) is not None \
        and _border_reached_by_side(ctx, trig, start)


#: How far after a forces pull-out trigger the «من» of the country left may stand («من قواته العسكرية من»).
_PULLOUT_REACH = 45
#: A forces noun, which a pull-out must name before the country («القوات», «قواتها», «جنوده»).
_FORCES_NOUN = re.compile(r"قوات|جنود")


def _pullout_nationality(ctx: _Ctx, trig: Trigger) -> ActorMention | None:
    """The state pulling out its forces, named by a nationality adjective agreeing with the forces
    noun that ends a ``forces_pullout_forms`` trigger («سحب جزء كبير من القوات الروسية»: Russia)."""
    if trig.form.form not in _marker_set("forces_pullout_forms") or not _FORCES_NOUN.search(trig.form.form):
        return None
    return _nationality_of_noun(ctx, trig.end, _definite(ctx.norm[trig.start:trig.end].split()[-1]))


def _country_pulled_out_of(ctx: _Ctx, trig: Trigger, start: int, res: Resolution) -> bool:
    """Whether a state pulls its forces out of the theatre country named at ``start`` («بدء سحب جزء
    كبير من القوات الروسية من سوريا», «سحب قواتها من العراق»): a ``forces_pullout_forms`` trigger,
    the country right after «من» (a glued or separate one) within a few words in its clause, a forces
    noun named before it («انسحاب جزء من القوات الروسية من X»; not «انسحاب الوفد من X»). Not a
    pull-out discussed, demanded, refused or intended (``_inclusion_voided``: «بحث الوزيران سحب القوات
    الأجنبية من X»); a country elsewhere («سحب القوات … بعد اجتماع في روسيا») stays skipped."""
    if res.place.kind != "country" or res.place.country not in _THEATRE or start <= trig.end \
            or start - trig.end > _PULLOUT_REACH or trig.form.form not in _marker_set("forces_pullout_forms"):
        return False
    gap = ctx.norm[trig.end:start]
    if _CLAUSE_PUNCT.search(gap) is not None or _FORCES_NOUN.search(ctx.norm, trig.start, start) is None:
        return False
    if not (gap.endswith("من ") or ctx.norm.startswith("من", start)):
        return False
    clause = _clause_start(ctx, max(0, trig.start - 120), trig.start)
    if trig.form.pos == "noun":  # a bare «سحب القوات», «انسحاب»: only begun, ordered or completed
        governors = _marker_set("pullout_governors")
        before = _WORDS.findall(ctx.norm, clause, trig.start)[-5:]  # «أعلن الرئيس الروسي، فلاديمير بوتين، سحب»
        if not any(w in governors or (w[:1] in "وف" and w[1:] in governors) for w in before):
            return False  # «استبعد لافروف سحب القوات …», «تخشى واشنطن من انسحاب …», «لسحب قواتها»
    return not _inclusion_voided(ctx, clause, trig.start)


def _border_reached_by_side(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the one who reaches the border before ``start`` is an armed side of the Syrian theatre:
    no measure noun between the verb and the border («بلغت قيمة الصادرات»: ``border_measure_nouns``),
    and a subject actor right after the verb (or, failing one, before it in the sentence) whose family
    is not a neighbouring state's (``neighbour_state_families``: «وصلت تعزيزات تركية إلى الحدود مع
    العراق» are Turkish troops on Turkey's own border)."""
    if any(_in_with_clitic(w, _marker_set("border_measure_nouns"))
           for _s, w in _words_between(ctx, trig.end, start)):
        return False
    subject = ctx.actors_from(trig.end, start)[:1] \
        or ctx.actors_from(_sentence_of(ctx, trig.start)[0], trig.start)[-1:]
    return bool(subject) and subject[0].entry.family not in _marker_set("neighbour_state_families")


#: The object of an arrival that is a border («إلى الحدود العراقية», «الشريط الحدودي»), right after the verb.
_BORDER_OBJECT = re.compile(r"\s+(?:(?:الي|الى)\s+)?(?:ال)?(?:حدود|شريط\s+الحدودي|الشريط\s+الحدودي)(?![\w])")
#: A direction phrase right before a place («شمال شرق X», «جنوبي X»): the place is a reference point.
#: (Not :data:`_DIRECTION_BEFORE`, which also needs the word before the direction.)
_DIRECTION_WORDS_BEFORE = re.compile(r"(?<![\w])(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?(?:\s+(?:شرق|غرب)(?:ي|ى)?)?\s+$")


def _border_reference_point(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the place at ``start`` only locates the border that a movement reached («وصلوا إلى
    الحدود العراقية للمرة الأولى شمال شرق معبر التنف»): the border is the verb's object right after it,
    and the place follows a direction word in the same clause."""
    if start <= trig.end or start - trig.end > 90:
        return False
    if _BORDER_OBJECT.match(ctx.norm, trig.end) is None:
        return False
    return _DIRECTION_WORDS_BEFORE.search(ctx.norm, max(trig.end, start - 20), start) is not None \
        and not _PUNCT.search(ctx.norm, trig.end, start)


@functools.lru_cache(maxsize=1)
def _country_border_regex() -> re.Pattern[str]:
    """``country_border_words`` (markers.yaml) ending right before a country's name."""
    return re.compile(rf"(?<![\w])(?:{alternation(load_markers()['country_border_words'])})\s+$")


@functools.lru_cache(maxsize=1)
def _governorate_border_regex() -> re.Pattern[str]:
    """``governorate_border_words`` (markers.yaml) ending right before a place."""
    return re.compile(rf"(?<![\w])(?:{alternation(load_markers()['governorate_border_words'])})\s*ل?$")


#: Fire actions whose target may be a whole governorate named as an area («غارات على مواقع في
#: محافظة X», «قصف مدفعي على ريف X»): strikes are told of a province, unlike a capture of one.
_AREA_FIRE_ACTIONS = frozenset({"airstrike", "missile_strike", "shelled"})
#: The nouns that name a governorate as an area, glued clitics allowed before them.
_NAMED_AREA_HEAD = re.compile(r"[وفبل]{0,2}(?:محافظه|ريف|ريفي)\s")


def _at_junction_of(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the place at ``start`` follows the trigger as the town a crossroads is named after
    («سيطر الجيش على مفرق حميمة», «وصلت القوات إلى مفرق بلدة صوران»; markers.yaml junction_nouns,
    place nouns skipped back): the junction is taken or reached, the town only approached."""
    if start <= trig.end:
        return False
    words = _word_before(ctx, _skip_fillers_back(ctx, start, trig.end), 1)
    return bool(words) and _bare(words[-1]) in _marker_set("junction_nouns")


def _struck_named_area(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the governorate at ``start`` is the target of a strike, named as an area by its head
    noun («شنت الطائرات غارات على منشآت في محافظة اللاذقية», «قصف على ريف حمص»). A bare city
    name resolved to its governorate is not (it is more often the city or the side's seat)."""
    if _NAMED_AREA_HEAD.match(ctx.norm, start) is None or start <= trig.end:
        return False
    if trig.form.action not in _AREA_FIRE_ACTIONS and not _attack_from_the_air(ctx, trig):
        return False
    return _strike_object_span(_without_time_asides(ctx.norm[trig.end:start]))


def _attack_from_the_air(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether ``trig`` is a plain attack verb whose subject is aircraft or a state's stand-off
    missiles («قال الجيش الإسرائيلي إن طائراته استهدفت موقعين في ريف X»): an air or missile strike,
    which may hit a whole governorate named as an area."""
    if trig.form.action != "attacked" or trig.form.pos != "verb":
        return False
    sent = _sentence_of(ctx, trig.start)
    return _air_subject(ctx, trig, sent) or _standoff_missile_subject(ctx, trig, sent)


#: A time adverb set off by commas inside a clause («قصف الطيران، أمس، مواقع في ريف X»).
_TIME_ASIDE = re.compile(r"[،,]\s*(?:(?:صباح|مساء|ظهر|فجر|ليل|ليله)\s+)?(?:امس|اليوم|الليله)\s*[،,]")


def _without_time_asides(span: str) -> str:
    """``span`` with its comma-delimited time adverbs («، أمس،», «، صباح اليوم،») removed."""
    return _TIME_ASIDE.sub(" ", span) if "،" in span or "," in span else span


#: How many words may stand between a strike and the area it hits («غارات مكثفة على مواقع في ريف X»).
_AREA_STRIKE_REACH = 6


def _strike_object_span(span: str) -> bool:
    """Whether ``span`` (the text between a strike trigger and a named area) makes the area the
    strike's object: no punctuation, a few words, the last a target preposition («على/في/ضد»,
    markers.yaml area_strike_prepositions) and no destination or source word (area_strike_blockers):
    «أسفر القصف عن دمار، ونزح الآلاف إلى ريف حلب» is no strike on Aleppo."""
    words = _WORDS.findall(span)
    if _PUNCT.search(span) or not words or len(words) > _AREA_STRIKE_REACH:
        return False

    def among(word: str, key: str) -> bool:
        return word in _marker_set(key) or (word[:1] == "و" and word[1:] in _marker_set(key))

    return among(words[-1], "area_strike_prepositions") and not any(
        among(w, "area_strike_blockers") for w in words)


def _entered_directly(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the place at ``start`` is the direct object of an entry verb («دخلت قافلة عسكرية
    تركية محافظة إدلب»: a deployment into the governorate); «دخلت إلى محافظة X من معبر Y» is not
    (its place is the crossing)."""
    if trig.form.action != "entered" or trig.form.pos not in ("verb", "present"):
        return False
    words = _without_conjunctions(_WORDS.findall(ctx.norm[trig.end:start]))
    return len(words) <= 10 and not _PUNCT.search(ctx.norm, trig.end, start) \
        and not any(w in _NOT_DIRECT for w in words)


def _marked(ctx: _Ctx, start: int, back: int, floor: int, key: str) -> bool:
    """Whether a marker of ``key`` governs the place at ``start`` (filler words may intervene:
    «من محاور جنوب شرق X», «ابتداءً من منطقة X»; ``back``: ``_skip_fillers_back(ctx, start, floor)``)."""
    return (_ends_with(ctx, start, key, 30, floor)
            or (back != start and _ends_with(ctx, back, key, 30, floor)))


_FROM = frozenset(normalize(w) for w in ("من", "ومن"))
#: Arrival verbs: «وصلت من X» says where the arrivals came from, never a front at X.
_ARRIVAL_VERB = re.compile(r"[وف]?(?:وصل|وصلت|وصلوا)$")
_VIA = normalize("عبر")
#: «من» and «عبر» (via): before a place they give the route of a movement («دخلت عبر معبر X»).
_FROM_OR_VIA = _FROM | frozenset(normalize(w) for w in ("عبر", "وعبر"))


def _from_before(ctx: _Ctx, start: int, floor: int) -> bool:
    """Whether «من/ومن» stands right before the place at ``start`` (place nouns skipped back, not
    beyond ``floor``): «وصلت من معبر X», «من منطقة X باتجاه Y»."""
    words = _word_before(ctx, _skip_fillers_back(ctx, start, floor), 1)
    return bool(words) and words[-1] in _FROM
_TOWARDS = frozenset(normalize(w) for w in ("إلى", "نحو", "باتجاه", "حتى", "صوب"))
_BETWEEN_WORDS = frozenset(normalize(w) for w in ("بين", "وبين"))
#: Nouns of a route or a line whose ends «بين X وY» locate it («الطريق الواصل بين X وY»).
_ROUTE_WORDS = frozenset(normalize(w) for w in (
    "طريق", "الطريق", "معبر", "المعبر", "الحدود", "الحدودي", "الواصل", "الرابط", "الواصلة", "الرابطة",
    "الممتد", "الممتدة", "اوتوستراد", "الاوتوستراد", "خط", "الخط", "جسر", "الجسر", "ممر", "الممر"))
#: How many words before «بين» may name the route.
_ROUTE_REACH = 3


def _route_before(ctx: _Ctx, back: int) -> bool:
    """Whether a route noun stands among the few words before the «بين» that ends at ``back``."""
    words = _word_before(ctx, back, _ROUTE_REACH + 1)[:-1]
    return any(w in _ROUTE_WORDS or _bare(w) in _ROUTE_WORDS for w in words)
#: Words of heading only («باتجاه X»): X is where a movement goes, not a place reached or taken.
_HEADING = frozenset(normalize(w) for w in ("نحو", "باتجاه", "صوب", "اتجاه"))


#: «من مواقعها في X», «من مواقع النظام في بلدة X», «من نقاطه في X» (before the fillers of X): X is
#: where the fire or the attack came from; the owner of the positions may be named between. So is
#: «قذائف مصدرها مواقع النظام في X» (the source of the shells).
_POSITIONS_IN = re.compile(r"(?<![\w])(?P<lead>[^\s]+\s+)?(?:[وف]?من|مصدره|مصدرها)\s+(?:مواقع|مراكز|نقاط|مقرات|ثكنات|تمركزات|حواجز|معسكرات)"
                           r"(?:ه|ها|هم|هما)?(?:\s+[^\s,،.:؛]+){0,3}?\s+[وف]?في\s*$")
#: Words before «من» that make it partitive, not an origin («على ما تبقى من مواقع المسلحين في X»,
#: «عدد من مواقع التنظيم في X»: X is the target).
_PARTITIVE = frozenset(normalize(w) for w in (
    "تبقى", "بقي", "بعض", "عدد", "عددا", "العديد", "عشرات", "مئات", "الكثير", "كثير", "أي", "المزيد", "مزيد",
    "سلسلة", "مجموعة", "عدة", "أحد", "إحدى", "جملة"))
#: «محور A - B» (an axis named by its two ends): A is where the movement starts, B where it goes.
_AXIS_BEFORE = re.compile(r"(?<![\w])[وف]?(?:ال)?(?:محور|محاور)\s+$")
_AXIS_DASH = re.compile(r"\s*[-–—]\s*")


def _from_positions(ctx: _Ctx, trig: Trigger, back: int, floor: int) -> bool:
    """Whether the place whose fillers start at ``back`` is named in «من مواقع(ها) في X»: where a
    strike or a movement came from. Not for actions whose «من X» is the place (a withdrawal from
    its positions in X), nor after a partitive («ما تبقى من مواقع المسلحين في X»)."""
    if trig.form.action in load_action_markers()["from_is_place"]:
        return False
    m = _POSITIONS_IN.search(ctx.norm, max(floor, back - 60), back)
    return m is not None and (m.group("lead") is None or m.group("lead").strip() not in _PARTITIVE)


def _axis_start(ctx: _Ctx, start: int) -> bool:
    """Whether the place at ``start`` is the first end of an axis «محور A - B» (another place
    follows it after a dash)."""
    if not _AXIS_BEFORE.search(ctx.norm, max(0, start - 12), start):
        return False
    k = ctx.places_from(start)
    if k + 1 >= len(ctx.places) or ctx.places[k][0] != start:
        return False
    return _AXIS_DASH.fullmatch(ctx.norm, ctx.places[k][1], ctx.places[k + 1][0]) is not None


def _origin_before(ctx: _Ctx, trig: Trigger, start: int, back: int, floor: int) -> bool:
    """Whether the place at ``start`` is where the actor came from (or, for a withdrawal, went to);
    ``back``: ``_skip_fillers_back(ctx, start, floor)``."""
    family = action_family(trig.form.action)
    if _marked(ctx, start, back, floor, "origin_markers"):
        return True
    if _from_positions(ctx, trig, back, floor):
        return True  # «قصف تشنه من مواقعها في بلدة X على Y» (but «انسحبت من مواقعها في X»: X)
    if family in ("advanced", "attacked") and _axis_start(ctx, start):
        return True  # «تقدمها على محور A - B»: B
    if family in ("advanced", "attacked") and _marked(ctx, start, back, floor, "range_markers"):
        return True  # «ابتداءً من X»: where a movement starts
    words = _word_before(ctx, back, 1)
    if family == "advanced" and words and words[-1] in _FROM_OR_VIA and not trig.form.from_object:
        return True  # «تقدمت من X», «دخلت عبر معبر X»: the origin or route (but «اقتربت من X»: the object)
    if family in _FIRE_FAMILIES and _SOURCE_BEFORE.search(ctx.norm, max(floor, back - 60), back):
        return True  # «قصف مصدره ثكنات النظام على أطراف X»: X is where the fire came from
    if family in _STRIKE_FAMILIES and words and words[-1] in _FROM and _fired_from(ctx, start):
        return True  # «قذائف أطلقها مسلحون من X على Y»: fired from X onto Y
    if family in _FIRE_FAMILIES and words and words[-1] in _FROM and back != start \
            and trig.form.action not in load_action_markers()["from_is_place"] \
            and not _ORIGIN_FILLERS.isdisjoint(_WORDS.findall(ctx.norm, back, start)):
        return True  # «انطلق الهجوم من محيط محطة X», «قصفت من جهة X»: where it came from
    if family in _FIRE_FAMILIES and words and words[-1] in _FROM and _departs(ctx, trig, back):
        return True  # «انطلقت العمليات العسكرية من مدينة X», «انطلق الهجوم من X»: where it set out from
    if family == "negotiation" and words and words[-1] in _BETWEEN_WORDS:
        return True  # «مفاوضات بين عمّان ودمشق»: capitals that stand for the parties, not a venue
    if words and words[-1] in _BETWEEN_WORDS and _route_before(ctx, back):
        return True  # «سيطرت على المعبر الحدودي بين X وY»: X and Y only locate the crossing
    if family == "captured" and words and words[-1].lstrip("و") in _HEADING:
        return True  # «سيطرت عليها …، باتجاه X»: a direction, never what was taken
    if trig.form.action in load_action_markers()["destination_is_not_place"]:
        pos = _skip_fillers_back(ctx, start, floor, _FROM)
        words = _word_before(ctx, pos, 1)
        if words and words[-1].lstrip("و") in _TOWARDS and not _is_governor(ctx, pos):
            return True
        if _HELD_AREA_DESTINATION.search(ctx.norm, max(floor, pos - 50), pos):
            return True  # «انسحب من X باتجاه مناطق سيطرته في ريف Y»: where it went, not what it left
    return False


#: A withdrawal's destination given as the area it holds, then the place («باتجاه مناطق سيطرته في X»,
#: «نحو معاقله في X», «إلى مواقعه ب X»).
_HELD_AREA_DESTINATION = re.compile(
    r"(?<![\w])[وف]?(?:الي|نحو|باتجاه|صوب)\s+(?:(?:ال)?(?:مناطق|منطقه|مواقع|معاقل|مقرات)(?:\s+(?:سيطر|نفوذ|انتشار|تمركز)\w*)?"
    r"|(?:مناطق|مواقع|معاقل|مقرات)(?:ه|ها|هم)|معقله|معقلها)\s+(?:في|ب)?\s*$")


#: How many words before an attack noun a departure verb governs it («انطلقت العمليات العسكرية …»).
_DEPARTURE_WORDS_BEFORE = 2
#: At most this many adjectives between an attack noun and the «من» of its origin («العمليات العسكرية البرية من X»).
_DEPARTURE_ADJECTIVES = 2


def _departs(ctx: _Ctx, trig: Trigger, back: int) -> bool:
    """Whether a departure verb (``departure_verbs``: «انطلق», «انطلقت») has the attack noun ``trig``
    as its subject, right before it («انطلق الهجوم من X», «انطلقت العمليات العسكرية من X»), and the
    «من» that ends at ``back`` follows the noun directly or after its adjectives: «من X» is then where
    the attack set out from, not its target. A target or a part between («انطلق القصف على الأحياء
    الغربية من مدينة X», «في الأجزاء الجنوبية من X») makes «من X» the place of that part."""
    if trig.form.pos != "noun":
        return False
    verbs = _marker_set("departure_verbs")
    if not any(_bare(w) in verbs for w in _word_before(ctx, trig.start, _DEPARTURE_WORDS_BEFORE)):
        return False
    between = ctx.norm[trig.end:back].split()[:-1]  # without the «من» itself
    interrupters = _marker_set("departure_interrupters")
    return len(between) <= _DEPARTURE_ADJECTIVES and not any(_bare(w) in interrupters or w in interrupters
                                                             for w in between)


#: «مصدره ثكنات/مواقع …» (its source: positions) and a few words before a place: the place of those
#: positions, where the fire came from («مصدره ثكنات النظام على أطراف X»); but «مصدرهما الجرود على
#: أطراف البلدة»: the source is named, the place after «على» is the target.
_SOURCE_BEFORE = re.compile(r"(?<![\w])(?:مصدره|مصدرها|مصدرهما)\s+(?:ال)?(?:مواقع|مراكز|نقاط|مقرات|ثكنات|"
                            r"تمركزات|معسكرات|ثكنه|معسكر)(?:\s+[^\s,،.:؛]+){0,3}?\s*$")
#: Attacks and fire: «من محيط/جهة/اتجاه X» after them is where they came from.
_FIRE_FAMILIES = frozenset({"attacked", "shelled", "airstrike", "missile_strike"})
#: Filler nouns that make «من + X» a direction of origin («من محيط X», «من جهة X»), unlike
#: «من قرى X» (a partitive: «عدداً من قرى X»).
_ORIGIN_FILLERS = frozenset(normalize(w) for w in ("محيط", "جهة", "اتجاه", "ناحية", "محور", "محاور"))


#: A target after a firing position: «على» within a few words («من X على Y», «من X باتجاه Y»).
_ONTO = re.compile(r"(?:\s+[^\s,،.:؛]+){0,3}?\s+[وف]?(?:علي|باتجاه|نحو)\s")


def _fired_from(ctx: _Ctx, start: int) -> bool:
    """Whether the place at ``start`` (after «من») is followed by the target of the fire
    («من الغوطة الشرقية على حي X»), so that it is where the strike came from."""
    k = ctx.places_from(start)
    return k < len(ctx.places) and _ONTO.match(ctx.norm, ctx.places[k][1]) is not None


#: How many words (the firer's name) may stand between a launch verb and the «من» of its origin.
_LAUNCH_TO_FROM_WORDS = 3


def _launched_from(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the place at ``start`` follows «من» after a ``fire_launch_verbs`` verb, past the
    trigger («تعرضت البلدة لقذائف أطلقها التنظيم من X», «بصواريخ أطلقت من مدينة X»): the launch
    site, not the target. Not the trigger itself («أطلق … من X» with no fire noun is no fire)."""
    back = _skip_fillers_back(ctx, start, trig.end)
    words = _word_before(ctx, back, _LAUNCH_TO_FROM_WORDS + 2)
    if len(words) < 2 or words[-1] not in _FROM or back <= trig.end:
        return False
    launches = _marker_set("fire_launch_verbs")
    return any(_bare(w) in launches for w in words[-2 - _LAUNCH_TO_FROM_WORDS:-1])


def _is_governor(ctx: _Ctx, pos: int) -> bool:
    """«والي البوكمال» (ISIS governor of) normalises like «وإلى البوكمال»: tell them apart in the
    original spelling (the preposition is written «إلى»/«الى», the title «والي»)."""
    a, b = _orig(ctx, max(0, pos - 8), pos)
    words = ctx.article.text[a:b].split()
    return bool(words) and words[-1] == "والي"


#: «القوات القادمة من X»: where other forces come from, never the front of the trigger's advance.
_COMING_FROM = re.compile(r"(?<![\w])(?:ال)?قادم\w*\s+من\s*$")
def _locative_clitic(surface: str, res: Resolution) -> bool:
    """Whether the normalised ``surface`` of a place mention opens with a glued locative «بـ» or
    genitive «لـ» that is not part of its name («بحماة», «بالرقة», «الغوطة الشرقية لدمشق»; not
    «بصرى», «لبنان», nor «وببصرى» after «و»)."""
    return surface[:1] in ("ب", "ل") and not res.mention.key.startswith(surface[:1])


#: Families whose coordinated places are all claims; for the others see :func:`_separate_object`
#: («على المطار وحي X» is one front: the first place only; «على قرى X وY» are several).
_LIST_FAMILIES = frozenset({"zone", "negotiation", "other"})
#: Classes of point-like place kinds: a coordinated list of places of one class is a list of
#: separate objects («على تلة X ومرتفعات Y», «حيي X وY», «حقلي X وY», «دوار X والمستشفى Y»).
#: Area kinds (sectors, regions, districts, governorates) are in none: after a first object they
#: are where it lies, not another front.
_KIND_CLASSES = {
    **{kind: "settlement" for kind in _SETTLEMENTS},
    "hill": "terrain", "mountain": "terrain",
    "neighbourhood": "quarter", "roundabout": "quarter", "landmark": "quarter",
    **{kind: "installation" for kind in ("airbase", "airport", "military_base", "facility", "oil_field",
                                         "dam", "station", "crossing")},
    "other": "other",
}


def _separate_object(first: Resolution, res: Resolution) -> bool:
    """Whether ``res``, coordinated after the first object ``first`` of a control or strike
    trigger, is an object of its own (not the surroundings of the first: «على المطار وحي X» is
    one front). It is when it is a settlement; when both stand under one list noun («جرود X وY»,
    «أحياء X وY وZ»); when both are of one class of point-like kinds («تلة X ومرتفعات Y», «حقلا X
    وY»); or when the first is a settlement and this one a point-like place named after it
    («مدينة X ومعبر Y», «مدينة X وسد Y», «بلدتي X وY ومنطقة Z»)."""
    kind = res.place.kind
    if kind in _SETTLEMENTS:
        return True
    trigger = res.mention.trigger
    if trigger and trigger == first.mention.trigger:
        return True  # one list noun over both («ناحيتي X وY», «جرود X وY»), areas included
    cls = _KIND_CLASSES.get(kind)
    if cls is None:
        return False  # an area: where the first object lies
    first_cls = _KIND_CLASSES.get(first.place.kind)
    return cls == first_cls or first_cls == "settlement"


def _separate_target(family: str, first: Resolution, res: Resolution) -> bool:
    """Whether ``res``, coordinated after the first target ``first`` of a strike or shelling, is a
    target of its own: any two point-like places are both hit («غارات على مزارع X وحويجة Y», «قصف
    على المطار وحي Z»), whatever their classes; an area after a point still only locates it."""
    return family in _FIRE_FAMILIES and family != "attacked" and res.place.kind in _KIND_CLASSES \
        and first.place.kind in _KIND_CLASSES


#: Object pronouns a verb may carry: the suffixes of the word gate but «نا».
_OBJECT_PRONOUNS = frozenset(_SUFFIXES) - {"", "نا"}
#: At most this many characters between an origin and the destination that follows it.
_DESTINATION_REACH = 120


def _glued_object_pronoun(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a contiguous trigger carries an object pronoun («دخلتها», «اقتحموه»): its object is
    that pronoun, so a place after «من جهة» is only the side it came from."""
    if trig.gap is not None:
        return False
    rest = ctx.norm[trig.start + len(trig.prefix) + len(trig.form.form):trig.end]
    return rest in _OBJECT_PRONOUNS and not trig.form.form.endswith(rest)


def _unrelated_trigger_between(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Whether a trigger starts in ``[lo, hi)`` that does not open a relative clause («التي سيطرت
    عليها» is about the place before; «واتجهت» is a new event)."""
    i = bisect.bisect_left(ctx.trigger_starts, lo)
    while i < len(ctx.trigger_starts) and ctx.trigger_starts[i] < hi:
        words = _word_before(ctx, ctx.trigger_starts[i], 1)
        if not words or words[-1] not in _RELATIVE_WORDS:
            return True
        i += 1
    return False


def _destination_after_origin(ctx: _Ctx, trig: Trigger, origin: tuple[int, int, Resolution],
                              sent: tuple[int, int]) -> tuple[int, int, Resolution] | None:
    """The place after «باتجاه/نحو/صوب/إلى» that follows an advance's origin in the same sentence,
    even beyond a relative clause on the origin («تتقدم من محيط محطة X التي سيطرت عليها …، باتجاه
    مدينة Y»): Y, where the advance is going. Pronoun places in between are skipped; ``None`` when
    the next named place is not such a destination, or when another trigger stands in between
    outside a relative clause («عبر معبر X واتجهت إلى Y»: Y is the next verb's)."""
    for k in range(ctx.places_from(origin[1]), len(ctx.places)):
        start, end, res = ctx.places[k]
        if start >= sent[1] or start - origin[1] > _DESTINATION_REACH:
            return None
        if start in ctx.pronoun_starts:
            continue
        if _unrelated_trigger_between(ctx, origin[1], start):
            return None
        before = _word_before(ctx, _skip_fillers_back(ctx, start, origin[1]), 1)
        if before and before[0].lstrip("و") in _TOWARDS and _place_ok(ctx, trig, start, res):
            return ctx.places[k]
        return None
    return None


#: A heading preposition carrying the object pronoun («نحوها», «باتجاهه», «إليها»).
_PRONOUN_HEADING = re.compile(r"\s+(?:نحو|باتجاه|صوب|الي|إلى|الى|إلي)(?:ها|ه|هم|هما)(?![\w])")


def _pronoun_heading_after(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the trigger's goal is a pronoun right after it («بدأت القوات بالتقدم نحوها من جهة X»):
    the place it heads for was named before, and an axis after it is only where it came from."""
    return _PRONOUN_HEADING.match(ctx.norm, trig.end) is not None


#: An unnamed plural object of a capture or a move («على عدة قرى», «من السيطرة على عدد من
#: المواقع», «على بعض التلال»): inanimate plurals take the feminine singular pronoun, so a «ها»
#: after it refers to that noun, not to a place named before it.
_UNNAMED_PLURAL_OBJECT = re.compile(
    r"(?<![\w])(?:علي|على|من|الى|في)\s+(?:(?:عده|عدد\s+من|بعض|عشرات|مئات|اكثر\s+من\s+\d+)\s+)?"
    r"(?:ال)?(?:قري|بلدات|مواقع|نقاط|تلال|مناطق|احياء|مزارع|القري)(?![\w])")


#: Object pronouns glued to a feminine past verb that also spell a verbal noun with its possessive.
_GLUED_POSSESSIVES = ("ها", "هم", "هما", "ه")


def _masdar_with_pronoun(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the verb trigger is a feminine past verb with a glued object pronoun whose spelling is
    also a verbal noun in «ة» with its possessive («استعادتها»: "she recaptured it" or "its
    recapture"; «سيطرتها»), right after a space and with no actor right after it (a verb's subject:
    «وبعد هجوم استعادتها قوات النظام»): after an operation noun («معركة استعادتها») it is the noun,
    the goal of a battle, not a capture."""
    form = trig.form.form
    if not form.endswith("ت") or _PUNCT.search(ctx.norm, max(0, trig.start - 2), trig.start):
        return False
    word = ctx.norm[trig.start:trig.end]
    if not any(word.endswith(form + pronoun) for pronoun in _GLUED_POSSESSIVES):
        return False
    return not ctx.actors_from(trig.end, trig.end + 2)  # an actor right after it is a verb's subject


def _unnamed_plural_antecedent(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether an unnamed plural object («على عدة قرى», «على مواقع») stands between the last place
    named before the trigger and the trigger itself, with no place named after it: a «ها» glued to
    the trigger («قبل أن تستعيدها القوات») refers to that plural, and the place named earlier
    («هجوم في ريف X … سيطرت خلاله على عدة قرى قبل أن تستعيدها القوات») only locates it."""
    lo = sent[0]
    k = ctx.places_from(trig.start) - 1
    while k >= 0 and ctx.places[k][0] >= sent[0]:
        if ctx.places[k][0] not in ctx.pronoun_starts:
            lo = ctx.places[k][1]
            break
        k -= 1
    if lo >= trig.start or "ه" not in ctx.norm[trig.start:trig.end][-2:]:
        return False
    return _UNNAMED_PLURAL_OBJECT.search(ctx.norm, lo, trig.start) is not None


def _object_places(ctx: _Ctx, trig: Trigger, sent: tuple[int, int],
                   stop: int) -> list[tuple[int, int, Resolution]]:
    """Places that are the object(s) of the trigger.

    The first place within reach that is neither an origin nor a rejected kind, then the places
    coordinated with it. An advance with no other place takes its axis («من محور X»).
    """
    rx = _marker_regexes()
    limit = min(sent[1], stop)
    family = action_family(trig.form.action)
    for key in ("clause_breaks", "exclusion_markers"):
        br = rx[key].search(ctx.norm, trig.end, limit) if ctx.may_match(key, trig.end, limit) else None
        while br is not None and key == "clause_breaks" and (
                family in ("besieged", "siege_broken") and _SIEGE_RELATIVE.match(ctx.norm, br.start())
                or family in _LIST_FAMILIES and _COVERS_RELATIVE.match(ctx.norm, br.start())
                or family == "negotiation" and _HELD_RELATIVE_TALKS.match(ctx.norm, br.start())
                or family == "withdrew" and _carries_fighters(ctx, br.start())
                or family in _FIRE_FAMILIES and trig.form.pos == "noun" and _LAUNCHED_STRIKE_RELATIVE.match(ctx.norm, br.start())
                or _hedged_relative(ctx, br.start())
                or family == "captured" and _after_whole_town_object(ctx, trig.end, br.start())):
            br = rx[key].search(ctx.norm, br.end(), limit)  # «الحصار الذي فرضه التنظيم على X»
        if br is not None:
            limit = br.start()
    if family in _FIRE_FAMILIES:
        limit = _launch_direction_start(ctx, trig.end, limit)  # «منشآت لإطلاق الطائرات نحو X»: not X
    if family == "attacked" and _purpose_launched(ctx, trig):
        return []  # «تجمعات المسلحين لشن هجوم نحو X»: an attack only meant, X not attacked
    glued = ctx.places_from(trig.start)
    if glued < len(ctx.places) and ctx.places[glued][0] < trig.end and ctx.places[glued][0] in ctx.pronoun_starts:
        if _unnamed_plural_antecedent(ctx, trig, sent):
            return []  # «سيطرت على عدة قرى قبل أن تستعيدها القوات»: «ها» is the unnamed villages
        at = ctx.places[glued][0]  # «دخلتها»: the object is the pronoun glued to the verb (a dual
        return [p for p in ctx.places[glued:glued + 4] if p[0] == at]  # or list pronoun: several)
    max_first = 90 if family == "zone" else 80
    anchor = _parties_end(ctx, trig, limit) if family == "attacked" else trig.end
    out: list[tuple[int, int, Resolution]] = []
    rejected_end, last_end, abroad_end, axis_end, positions_end = -1, -1, -2, -2, -2
    highway_end = -2  # a highway by its number located by the next place («M5 قرب بلدة X»)
    located = False  # the list walk skipped a reference point («X غربي Y»)
    origin: tuple[int, int, Resolution] | None = None
    places = ctx.places
    for k in range(ctx.places_from(trig.end), len(places)):
        start, end, res = places[k]
        if start >= limit:
            break
        if not out:
            connected = rejected_end < 0 or _connector_regex().search(ctx.norm[rejected_end:start]) \
                or (abroad_end == rejected_end and _is_coordination(ctx.norm[rejected_end:start] + " ")) \
                or (axis_end == rejected_end and _AXIS_DASH.fullmatch(ctx.norm, rejected_end, start) is not None) \
                or (positions_end == rejected_end and _direct_object_gap(ctx, rejected_end, start)) \
                or highway_end == rejected_end \
                or (family in _FIRE_FAMILIES and _AMONG_TARGETS_GAP.fullmatch(ctx.norm, rejected_end, start) is not None) \
                or (trig.form.pos == "verb" and _crossing_trigger(trig))  # «… لنهر الفرات قرب بلدة X»
            near = _reach(ctx, anchor, start) <= max_first or (rejected_end >= 0 and connected
                                                      and start - rejected_end <= 30)
            if not near or _marker_in(ctx, "speculative", trig.end, start):
                break  # too far, or «خفض تصعيد قد تشمل X»
            ok = _place_ok(ctx, trig, start, res)
            back = _skip_fillers_back(ctx, start, trig.end) if ok else start
            is_origin = ok and _origin_before(ctx, trig, start, back, trig.end)
            if is_origin and origin is None and not _marked(ctx, start, back, trig.end, "range_markers") \
                    and not _COMING_FROM.search(ctx.norm, max(0, back - 30), back) \
                    and not (res.place.kind in _AREA_KINDS and _word_before(ctx, back, 1)[-1:] == [_VIA]):
                origin = (start, end, res)  # an axis («من محور X», «من معبر X»), not a range start
            if ok and not is_origin and connected and _located_by_participle(ctx, start):
                ok = connected = False  # «X وY الواقعتين على سفوح Z»: Z only locates the list
            if not ok and (res.place.kind == "country" and ctx.actor_covers(start)
                           or _government_metonym(ctx, start, res)):
                continue  # the state named as a side («قصفت إسرائيل مستودعاً قرب X») is no rejected object
            if not ok or is_origin or not connected:
                if not ok and connected and (_abroad_settlement(res) or _coarse_first(res)):
                    abroad_end = end  # «على قرى X وY» with X read as a homonym abroad, «على معظم
                    # محافظة X ومعبر Y» with the governorate rejected: Y still counts
                if not ok and _highway_located_by_next(ctx, start, res):
                    highway_end = end  # «على الطريق الدولي M5 قرب بلدة X»: X is the object
                if is_origin and _axis_start(ctx, start):
                    axis_end = end  # «على محور A - B»: B is the object
                if is_origin and (_from_positions(ctx, trig, back, trig.end) or trig.form.pos != "noun"):
                    positions_end = end  # «قصفت من مواقعها في X قرية Y»: Y, the direct object
                rejected_end = end
                continue
            out.append((start, end, res))
            last_end = end
            continue
        gap = ctx.norm[last_end:start]
        if start - last_end > 45:
            break
        if len(out) == 1 and _list_apposition(ctx, out[0], start, res):
            out = []  # «ريف حمص الشمالي مدينتي X وY»: the towns are the objects, not the area
            if _place_ok(ctx, trig, start, res):
                out.append((start, end, res))
                last_end = end
                continue
            break
        surface = ctx.norm[start:end]
        if not gap.strip() and _locative_clitic(surface, res):
            break  # «بلدة مورك بحماة»: «بـ» glued to the next name says where the first one lies
        if not (_coordinated(ctx.norm, last_end, start)
                or (surface.startswith("و") and _EPITHET_GAP.fullmatch(gap))
                or (family in _FIRE_FAMILIES and _AMONG_TARGETS_GAP.fullmatch(gap) is not None)):
            if located and family in _FIRE_FAMILIES and _AND_IN_TARGET_GAP.fullmatch(gap) \
                    and res.place.kind not in _AREA_KINDS and _target_item_ends(ctx, end):
                # «في X جنوب Y وفي محيط مطار Z،»: Z is struck too (not «وفي مدينة Z قتل …», a new clause)
                located, last_end = False, end
                if _place_ok(ctx, trig, start, res):
                    out.append((start, end, res))
                continue
            if not located and start - last_end <= 25 and _marker_regexes()["locative_markers"].search(gap):
                located, last_end = True, end  # «مدينة X غربي إدلب وقرية Y»: skip the reference
                continue  # point; a next item needs its own head noun
            break
        headed = _headed_item(ctx, out[0][2], last_end, end, res)
        if located and not headed:
            break
        located = False
        last_end = end
        if _place_ok(ctx, trig, start, res) and (family in _LIST_FAMILIES or _separate_object(out[0][2], res)
                                                 or headed or _separate_target(family, out[0][2], res)):
            out.append((start, end, res))
    if not out and origin is not None and family == "advanced" and not (
            _ARRIVAL_VERB.match(ctx.norm, trig.start, trig.end)
            and _from_before(ctx, origin[0], trig.end)) and not _glued_object_pronoun(ctx, trig) \
            and not _pronoun_heading_after(ctx, trig):
        # «دخلت من معبر X»: the front there; but «تعزيزات وصلت من X»: only where they came from,
        # and «دخلتها من جهة X»: the object is the pronoun, X only the side it came in from
        heading = _destination_after_origin(ctx, trig, origin, sent)
        out = [heading or origin]  # «بالتقدم من محاور X»: the front is at the axis
    if out and (family == "advanced" or trig.form.action == "attacked"):
        out = _heading_beyond(ctx, trig, out, limit) or out
    if out and trig.form.action == "repelled":
        out = _repelled_beyond(ctx, trig, out, limit) or out
    if out:
        out = _specific_beyond(ctx, trig, out, limit) or out
        out = out + _added_objects(ctx, trig, out, sent)
    if out and family in _FIRE_FAMILIES:
        out = _further_targets(ctx, trig, out, sent)
    return out


#: A relative clause of a zone or truce that lists what it covers («منطقة خفض التوتر الرابعة،
#: التي تشمل محافظة X وأجزاء من محافظات Y وZ»): its places are the zone's, not a new clause.
_COVERS_RELATIVE = re.compile(r"[وف]?(?:الذي|التي)\s+(?:[يت]?شمل|شمل|[يت]ضم|ضم|[يت]غطي)\w*(?![\w])")
#: A relative clause on talks that says where they were held («القمة التي جمعت أمس في منتجع X
#: رؤساء …», «الاجتماع الذي استضافته العاصمة X»): its place is the venue, not a new clause.
_HELD_RELATIVE_TALKS = re.compile(r"[وف]?(?:الذي|التي)\s+(?:جمع|جمعت|عقد|عقدت|انعقد|انعقدت|جرت|جري|جرى"
                                  r"|استضاف|استضافت|احتضن|احتضنت|تستضيف|يستضيف)\w*(?![\w])")
#: A relative clause on evacuation buses or a convoy that says whom they carry («انطلقت الحافلات
#: التي تقل مسلحي X وعائلاتهم من Y»): the place of leaving follows it, it opens no new clause.
_CARRYING_RELATIVE = re.compile(r"[وف]?(?:الذي|التي)\s+(?:[تي]قل|اقلت|[تي]حمل|حملت|[تي]نقل|نقلت)(?![\w])")


def _carries_fighters(ctx: _Ctx, pos: int) -> bool:
    """Whether a carrying relative clause at ``pos`` (:data:`_CARRYING_RELATIVE`) carries fighters:
    an armed noun (``armed_nouns``) or an actor right after its verb («التي تقل مسلحي X»; not «التي
    تقل المدنيين»: an evacuation of civilians is no withdrawal). A personnel head whose complement
    names whose men they are (``personnel_heads``: «عناصر», «فرق») carries fighters only when an
    armed side follows it («التي تقل عناصر داعش»; not «عناصر الهلال الأحمر», «فرق الدفاع المدني»)."""
    return _carried_side_at(ctx, pos) is not None


def _carried_side_at(ctx: _Ctx, pos: int) -> tuple[int, ActorMention | None] | None:
    """The fighters a carrying relative clause at ``pos`` carries (see :func:`_carries_fighters`):
    where their noun or side begins, and the side named right there or after their armed noun
    («التي تقل مسلحي داعش»: ISIS; «التي تقل المسلحين»: none named), or ``None`` when it carries
    no fighters."""
    m = _CARRYING_RELATIVE.match(ctx.norm, pos)
    if m is None:
        return None
    nxt = _SPACE_WORD.match(ctx.norm, m.end())
    if nxt is None:
        return None
    word = _bare(nxt.group(1))
    side = _side_at(ctx, nxt.start(1))
    if side is not None:
        return nxt.start(1), side
    if word not in _marker_set("armed_nouns"):
        return None
    after = _SPACE_WORD.match(ctx.norm, nxt.end(1))
    if after is not None and after.group(1) == "من":  # partitive: «عناصر من داعش»
        after = _SPACE_WORD.match(ctx.norm, after.end(1))
    named = _side_at(ctx, after.start(1)) if after is not None else None
    if word in _actor_word_set("personnel_heads") and named is None and (
            after is None or _bare(after.group(1)) not in _marker_set("armed_nouns")):
        return None  # «عناصر الهلال الأحمر», «فرق الإسعاف»: no armed side is named
    return nxt.start(1), named


#: How far (characters) after a withdrawal verb its buses' carrying relative clause may begin
#: («انطلقت الحافلات التي تقل», «انطلقت صباح اليوم الحافلات التي تقل»).
_CARRIED_REACH = 30


def _carried_side(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The side whose fighters the buses of a withdrawal carry, named in the carrying relative
    clause right after the trigger («انطلقت الحافلات التي تقل مسلحي داعش وعائلاتهم من X»: ISIS
    withdraws from X), or ``None``."""
    if trig.form.pos != "verb" or action_family(trig.form.action) != "withdrew":
        return None
    rel = _CARRYING_RELATIVE.search(ctx.norm, trig.end, min(sent[1], trig.end + _CARRIED_REACH))
    carried = _carried_side_at(ctx, rel.start()) if rel is not None else None
    return carried[1] if carried is not None else None


def _side_at(ctx: _Ctx, start: int) -> ActorMention | None:
    """The non-supporting actor whose mention begins at ``start`` («داعش», «التنظيم»), or ``None``."""
    return next((a for a in ctx.actors_from(start, start + 1) if a.start == start and not a.supporting), None)


#: Area kinds: never a separate list item by a head noun, and the possible heads of an apposition.
_AREA_KINDS = frozenset({"sector", "region", "district", "subdistrict", "governorate", "country"})
#: Dual and plural settlement nouns that open an apposition to an area («ريف حمص الشمالي
#: مدينتي X وY», «ريف إدلب قرى X وY»).
_LIST_NOUNS = frozenset(normalize(w) for w in (
    "مدينتي", "بلدتي", "قريتي", "مدن", "بلدات", "قرى", "المدن", "البلدات", "القرى"))
#: A participle that places what precedes it («X وY الواقعتين على سفوح Z», «القرية المطلة على Z»,
#: «الجيب المحاذي للجولان» with the preposition glued to the place): the place after it is a
#: location, not an object of the trigger.
_LOCATING_PARTICIPLE = re.compile(r"(?<![\w])ال(?:واقع|مطل|محاذي|مجاور|ممتد)\w*\s+(?:[^\s,،.:؛]+\s+){0,2}$")
#: Prepositions that cannot stand inside a direct object's gap, nor before a reference direction.
_GAP_PREPOSITIONS = _NOT_DIRECT | frozenset(normalize(w) for w in ("نحو", "باتجاه", "قرب", "حتى", "عن"))
#: The head of a phrase that locates its place by a direction («على الطريق الصحراوي شرق X»):
#: the word before the direction is not a preposition, so X is only a reference point.
_DIRECTION_BEFORE = re.compile(r"(?P<prev>[^\s,،.:؛]+)\s+(?:(?:جنوب|شمال)\s+)?(?:شمال|جنوب|شرق|غرب|شمالي|"
                               r"جنوبي|شرقي|غربي)(?:\s+(?:مدينه|بلده|قريه|منطقه))?\s+$")
#: «قرب X», «بالقرب من X»: a more precise place right after a reference point.
_NEAR = re.compile(r"\s*(?:[وف]?قرب|[وف]?بالقرب\s+من)\s+")
#: «… ، إضافة إلى X», «فضلاً عن X»: X continues the objects of the clause's trigger.
_ADDITION = re.compile(r"(?<![\w])[وف]?(?:(?:بال)?اضافه\s+(?:الي|ل)|فضلا\s+عن)\s*")
_ADDITION_REACH = 120


@functools.lru_cache(maxsize=1)
def _item_heads() -> frozenset[str]:
    """Place nouns («منطقة», «دوار», «حقل», «محيط»…) that, glued to «و», open a list item named
    with its own head noun: the single words of ``place_fillers`` that are neither definite
    adjectives nor directions (``locative_markers``)."""
    markers = load_action_markers()
    directions = {phrase for phrase in markers["locative_markers"] if " " not in phrase}
    return frozenset(w for w in markers["place_fillers"]
                     if " " not in w and not w.startswith("ال") and w not in directions)


def _headed_item(ctx: _Ctx, first: Resolution, last_end: int, end: int, res: Resolution) -> bool:
    """Whether the coordinated place ending at ``end`` is named with its own head noun after «و»
    («… ودوار X», «ومنطقة X», «ومحيط وادي X»): a named object of its own, whatever its kind's
    class, unless it is an area (a countryside or a governorate locates the previous object)."""
    if res.place.kind in _AREA_KINDS and res.place.kind != "region":
        return False  # (a named region with its own noun is a front: «ومحيط وادي X»)
    if res.place.kind == "neighbourhood" and _KIND_CLASSES.get(first.place.kind) == "installation":
        return False  # «مطار X وحيي Y وZ»: the quarters around an airport are one front with it
    m = _WORDS.search(ctx.norm, last_end, end)
    if m is None or not m.group().startswith("و") or len(m.group()) < 3:
        return False
    return m.group()[1:] in _item_heads()


def _list_apposition(ctx: _Ctx, first: tuple[int, int, Resolution], start: int, res: Resolution) -> bool:
    """Whether the place at ``start`` opens a list of settlements in apposition to the area
    ``first`` («ريف حمص الشمالي مدينتي X وY»): one dual or plural settlement noun between them, or
    «كلاً من» («حررت على الضفة الشرقية للنهر كلاً من X، Y وZ»: the area is only where they lie)."""
    if first[2].place.kind not in _AREA_KINDS or res.place.kind not in _SETTLEMENTS or start - first[1] > 16:
        return False
    words = _WORDS.findall(ctx.norm, first[1], start)
    if [w.lstrip("وف") for w in words[:2]] in (["كلا", "من"], ["كل", "من"]) \
            and (len(words) == 2 or words[2] in _LIST_NOUNS):
        return True  # «على الضفة الشرقية كلاً من X، Y وZ»: the list names the objects
    if not words:  # the noun may be inside the mention («مدينتي X»)
        m = _WORDS.match(ctx.norm, start)
        words = [m.group()] if m is not None else []
    return len(words) == 1 and words[0] in _LIST_NOUNS and not _PUNCT.search(ctx.norm, first[1], start)


def _located_by_participle(ctx: _Ctx, start: int) -> bool:
    """Whether a locating participle stands a few words before the place at ``start``
    («الواقعتين على سفوح X», «المطلة على X»)."""
    lo = max(0, start - 40)
    return "ال" in ctx.norm[lo:start] and _LOCATING_PARTICIPLE.search(ctx.norm, lo, start) is not None


def _direct_object_gap(ctx: _Ctx, end: int, start: int) -> bool:
    """Whether the place at ``start`` may be the direct object of a verb whose subject was
    located at a place ending at ``end`` («قصفت القوات المتمركزة في X بالمدفعية قريتي Y وZ»): at
    most three words and no punctuation nor preposition between them."""
    if start - end > 40 or _PUNCT.search(ctx.norm, end, start):
        return False
    raw = _WORDS.findall(ctx.norm, end, start)
    if (raw and raw[0].startswith("و")) or ctx.norm.startswith("و", start):
        return False  # «من محور X وY», «قادمة من X وجنوب Y»: the origin's list goes on
    words = _without_conjunctions(raw)
    return len(words) <= 3 and not any(w in _GAP_PREPOSITIONS for w in words)


def _heading_beyond(ctx: _Ctx, trig: Trigger, out: list[tuple[int, int, Resolution]],
                    limit: int) -> list[tuple[int, int, Resolution]]:
    """For an advance or an entry whose first object is an area after «في» («تتقدم القوات في عمق
    البادية باتجاه مدينة X»): the place after «باتجاه/نحو/صوب» in the same clause, where the
    advance is going (the area is only where the forces are). ``[]`` when there is none."""
    first = out[0]
    if first[2].place.kind not in _AREA_KINDS:
        return []
    words = _word_before(ctx, _skip_fillers_back(ctx, first[0], trig.end), 1)
    if not words or not _IN.search(words[0]):
        return []
    k = ctx.places_from(out[-1][1])
    if k >= len(ctx.places):
        return []
    start, end, res = ctx.places[k]
    prev_end = out[-1][1]
    before = _word_before(ctx, _skip_fillers_back(ctx, start, prev_end), 1)
    if before and before[0] in _FROM and k + 1 < len(ctx.places) and start - prev_end <= 40:
        k, prev_end = k + 1, end  # «تقدمها في عمق البادية من منطقة X باتجاه محطة Y»: X is the start
        start, end, res = ctx.places[k]
        before = _word_before(ctx, _skip_fillers_back(ctx, start, prev_end), 1)
    if start >= limit or start - prev_end > 60 or _PUNCT.search(ctx.norm, out[-1][1], start):
        return []
    if not before or before[0].lstrip("و") not in _TOWARDS or not _place_ok(ctx, trig, start, res):
        return []
    return [ctx.places[k]]


#: At most this many characters between the area of the repelling units and the attempt's place.
_REPELLED_REACH = 120


def _repelled_beyond(ctx: _Ctx, trig: Trigger, out: list[tuple[int, int, Resolution]],
                     limit: int) -> list[tuple[int, int, Resolution]]:
    """For a repulse whose first object is an area after «في» (where the repelling units stand:
    «أحبطت وحدات أخرى في ريف X محاولة تسلل … باتجاه نقاطها في محيط بلدة Y»): the settlement or
    site named after it in the same clause, where the attempt went. ``[]`` when there is none."""
    first = out[0]
    if len(out) != 1 or first[2].place.kind not in _AREA_KINDS:
        return []
    words = _word_before(ctx, _skip_fillers_back(ctx, first[0], trig.end), 1)
    if not words or not _IN.search(words[0]):
        return []
    k = ctx.places_from(first[1])
    if k >= len(ctx.places):
        return []
    start, end, res = ctx.places[k]
    if start >= limit or start - first[1] > _REPELLED_REACH or res.place.kind in _AREA_KINDS \
            or _SENTENCE_BREAK.search(ctx.norm, first[1], start) or not _place_ok(ctx, trig, start, res):
        return []
    return [ctx.places[k]]


def _specific_beyond(ctx: _Ctx, trig: Trigger, out: list[tuple[int, int, Resolution]],
                     limit: int) -> list[tuple[int, int, Resolution]]:
    """The place after «قرب» when the only object is a reference point of an unnamed target
    («غارات على الطريق الصحراوي شرق X قرب منطقة Y»: Y, the most precise place). ``[]`` else."""
    if len(out) != 1:
        return []
    start0, end0, _res0 = out[0]
    m = _DIRECTION_BEFORE.search(ctx.norm, max(trig.end, start0 - 45), start0)
    if m is None or m.group("prev").lstrip("وف") in _GAP_PREPOSITIONS or m.group("prev") in _GAP_PREPOSITIONS:
        return []
    near = _NEAR.match(ctx.norm, end0)
    if near is None:
        return []
    k = ctx.places_from(end0)
    if k >= len(ctx.places):
        return []
    start, end, res = ctx.places[k]
    if start >= limit or _skip_fillers_back(ctx, start, near.end()) > near.end() \
            or not _place_ok(ctx, trig, start, res):
        return []
    return [ctx.places[k]]


#: A targeting participle after a strike's list («غاراتها على ريفي X وY، مستهدفة مقرات في بلدة Z»):
#: the places after it are the strike's precise targets.
_TARGETING_PARTICIPLE = re.compile(r"\s*[،,]\s*مستهدف(?:ه|ا|ين|تين)\s")
#: «، وفي X» continuing a strike's list after the location of its last item («على X وY بريف Z
#: الشمالي، وفي W بريف V»).
_AND_IN_CONTINUATION = re.compile(r"\s*[،,]\s*وفي\s")
#: Words allowed in the tail that locates a list before «، وفي» («بريف حمص الشمالي»).
_LOCATING_TAIL_WORD = re.compile(r"[وب]?(?:ريف|محافظه|ال(?:شمالي|جنوبي|شرقي|غربي|اوسط))")
_TARGETS_REACH = 90


def _further_targets(ctx: _Ctx, trig: Trigger, out: list[tuple[int, int, Resolution]],
                     sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """The objects of a strike with the precise targets named after its list: after a targeting
    participle («غاراتها على ريفي X وY، مستهدفة مقرات في بلدة Z ومحيط مدينة W»: Z and W replace
    the countrysides, which only located them), or after «، وفي» once the list was located
    («على A وB بريف X الشمالي، وفي C وD بريف Y الشمالي.»: C and D are struck too; the second
    list must end its sentence or be located the same way, not open a clause of its own)."""
    last = out[-1][1]
    m = _TARGETING_PARTICIPLE.match(ctx.norm, last)
    if m is not None:
        group = _targets_from(ctx, trig, m.end(), sent)
        if not group:
            return out
        if _area_list(ctx, out):
            return group
        return out + group
    tail_end = _locating_tail_end(ctx, last, sent)
    m = _AND_IN_CONTINUATION.match(ctx.norm, tail_end) if tail_end > last else None
    if m is None:
        return out
    k = ctx.places_from(m.end())
    if k >= len(ctx.places) or _skip_fillers_back(ctx, ctx.places[k][0], m.end()) > m.end():
        return out
    group = _unlocated_group(ctx, k, sent[1])
    end = _locating_tail_end(ctx, group[-1][1], sent)
    if ctx.norm[end:sent[1]].strip(" .،,") and not _PUNCT.match(ctx.norm, end) or \
            ctx.norm.startswith(("،", ","), end) and _AND_IN_CONTINUATION.match(ctx.norm, end) is None:
        # («، وفي حلب قتل خمسة مدنيين», «، وفي C وD بريف Y، دارت اشتباكات»: a clause of its own)
        return out
    return out + [p for p in group if _place_ok(ctx, trig, p[0], p[2])]


def _targets_from(ctx: _Ctx, trig: Trigger, pos: int,
                  sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """The first place after a targeting participle at ``pos`` whose first word is a target noun
    (``strike_target_nouns`` in markers.yaml; within reach, no punctuation before the place) and the places coordinated with it, kept when they pass :func:`_place_ok`."""
    first = _WORDS.match(ctx.norm, pos)
    if first is None or first.group() not in _marker_set("strike_target_nouns"):
        return []  # («مستهدفة إضعاف الفصائل»: no target named)
    k = ctx.places_from(pos)
    if k >= len(ctx.places):
        return []
    start = ctx.places[k][0]
    if start >= sent[1] or start - pos > _TARGETS_REACH or _PUNCT.search(ctx.norm, pos, start):
        return []
    return [p for p in _unlocated_group(ctx, k, sent[1]) if _place_ok(ctx, trig, p[0], p[2])]


def _unlocated_group(ctx: _Ctx, k: int, limit: int) -> list[tuple[int, int, Resolution]]:
    """:func:`_coordinated_group` up to a place glued to a locative «بـ» («وكفرزيتا بريف حماة»:
    the countryside locates the list, it is no item of it)."""
    group = _coordinated_group(ctx, k, limit)
    cut = next((i for i, p in enumerate(group) if i and _locative_clitic(ctx.norm[p[0]:p[1]], p[2])), len(group))
    return group[:cut]


def _area_list(ctx: _Ctx, out: list[tuple[int, int, Resolution]]) -> bool:
    """Whether the objects are areas only: area kinds, or a list opened by a countryside or
    governorate noun («على ريفي حماة وإدلب», even with the names read as the cities)."""
    if all(p[2].place.kind in _AREA_KINDS for p in out):
        return True
    words = _word_before(ctx, out[0][0], 1)
    return bool(words) and _NAMED_AREA_HEAD.match(words[-1] + " ") is not None \
        or _NAMED_AREA_HEAD.match(ctx.norm, out[0][0]) is not None


def _locating_tail_end(ctx: _Ctx, pos: int, sent: tuple[int, int]) -> int:
    """Where a locating tail right after ``pos`` ends («بريف حمص الشمالي»: the countryside word,
    the place names and direction adjectives), or ``pos`` when none follows."""
    end = pos
    k = ctx.places_from(pos)
    while True:
        m = _SPACE_WORD.match(ctx.norm, end)
        if m is None or m.end() > sent[1]:
            return end
        if k < len(ctx.places) and ctx.places[k][0] <= m.start(1) < ctx.places[k][1]:
            end = ctx.places[k][1]
            k += 1
            continue
        if _LOCATING_TAIL_WORD.fullmatch(m.group(1)) is None:
            return end
        end = m.end()


def _added_objects(ctx: _Ctx, trig: Trigger, out: list[tuple[int, int, Resolution]],
                   sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """Places added to the objects after an intervening clause by «، إضافة إلى X» / «فضلاً عن X»
    («دخل الجيش قضاء X بعد انسحاب المسلحين منه، إضافة إلى سد Y»), in the same sentence. Not for
    a pronoun object (the added place belongs to the clause's main trigger)."""
    lo = out[-1][1]
    hi = min(sent[1], lo + _ADDITION_REACH)
    if out[0][0] in ctx.pronoun_starts or ("اضافه" not in ctx.norm[lo:hi] and "فضلا" not in ctx.norm[lo:hi]):
        return []
    m = _ADDITION.search(ctx.norm, lo, hi)
    if m is None or _marker_in(ctx, "clause_breaks", lo, m.start()):
        return []  # («… جنوب كركوك، فيما أكدت مصادر أن …، إضافة إلى X»: another clause's list)
    k = ctx.places_from(m.end())
    if k >= len(ctx.places) or ctx.places[k][0] >= hi \
            or _skip_fillers_back(ctx, ctx.places[k][0], m.end()) > m.end():
        return []
    return [p for p in _coordinated_group(ctx, k, hi) if _place_ok(ctx, trig, p[0], p[2])]


def _coarse_first(res: Resolution) -> bool:
    """A governorate rejected as the first object («على معظم محافظة X ومعبر Y»): it does not close
    the list."""
    return res.place.kind == "governorate"


def _hedged_relative(ctx: _Ctx, pos: int) -> bool:
    """Whether the clause break at ``pos`` is a hedged relative on the subject («الطائرات التي يعتقد
    أنها روسية»: ``nationality_hedges``): it only qualifies the subject, the object comes after it."""
    return pos > 0 and ctx.norm.startswith(("الذي", "التي"), pos) \
        and _nationality_hedge().match(ctx.norm, pos - 1) is not None


#: One definite adjective between a list item and the next «و»-item («قرى مورك المهجورة واللطامنة»).
_EPITHET_GAP = re.compile(r"\s+ال[^\W\d_]{3,}\s+")
#: «among them» (or «the main ones») after the targets of a strike or attack: the place after it is
#: one more target («قصفت 108 أهداف في X ومحيطها، بينها مطار Y», «غارة على قرى في ريف X غربي
#: المحافظة، بينها Y وZ», «هجوم على عدد من القرى في ريف X، أبرزها Y»).
#: The area may end in a direction adjective or a direction towards a head noun («ريف حماة الشمالي،
#: ومن أبرزها بلدة Y», «ريف X الشمالي الغربي، بينها Y», «ريف X غربي المحافظة، بينها Y»), and the item
#: may carry its own head noun («أبرزها بلدة Y»).
_AMONG_TARGETS_GAP = re.compile(r"(?:\s+[وف]?محيط(?:ها|ه)"
                                r"|(?:\s+ال(?:شمالي|جنوبي|شرقي|غربي)ه?){1,2}"
                                r"|\s+(?:شمال|جنوب|شرق|غرب)ي?\s+ال(?:محافظه|مدينه|بلاد|بلده|منطقه|ناحيه))?"
                                r"\s*[،,]\s*(?:و?من\s+)?(?:بينها|بينهما|بينه|ابرزها|اهمها)\s+"
                                r"(?:(?:مدينه|مدينتي|مدينتا|بلده|بلدتي|بلدتا|بلدات|قريه|قريتي|قريتا|قري|مدن|حي|احياء)\s+)?")
#: «… في X جنوب Y وفي محيط Z»: after a locating tail, «وفي» (no comma) goes on with the targets of a strike.
#: What may follow such a «وفي» item: a full stop, a semicolon or the end of the text, or a comma
#: before a word of ``target_list_continuations`` («، فضلا عن مواقع أخرى»); «وفي X، أعلنت …» opens
#: a new clause, the news prose's topic-fronted «in X,».
_TARGET_ITEM_END = re.compile(r"[\"'»”]?\s*(?:[.؛;:!؟?\n]|$|[،,]\s*(\w+))")
_AND_IN_TARGET_GAP = re.compile(r"\s+وفي\s+(?:(?:محيط|اطراف)\s+)?(?:(?:مدينه|بلده|قريه|بلدات|قري)\s+)?")


def _target_item_ends(ctx: _Ctx, end: int) -> bool:
    """Whether the «وفي» target item ending at ``end`` closes the strike's list (see
    ``_TARGET_ITEM_END``): a comma counts only before a continuation word («، فضلا عن …»,
    «، مما أدى …»), not before the verb of a new clause («، سقطت قذائف …»)."""
    m = _TARGET_ITEM_END.match(ctx.norm, end)
    return m is not None and (m.group(1) is None or m.group(1) in _marker_set("target_list_continuations"))


def _purpose_launched(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the attack noun ``trig`` is only the purpose of something else («استهدف الجيش تجمعات
    المسلحين لشن هجوم نحو بلدة X», «حشد قواته لتنفيذ هجوم على X»): right after a
    ``launch_purpose_nouns`` word that is not itself after a verb of resuming
    (``purpose_launch_resumers`` among the three words before it: «عاد التنظيم لشن هجوم على X» is an
    attack)."""
    if trig.form.pos != "noun":
        return False
    words = _word_before(ctx, trig.start, 4)
    if not words or words[-1] not in _marker_set("launch_purpose_nouns"):
        return False
    return not any(w in _marker_set("purpose_launch_resumers") for w in words[:-1])  # «عاد التنظيم لشن»


def _launch_direction_start(ctx: _Ctx, lo: int, hi: int) -> int:
    """Where the direction word after a purpose launch noun starts in ``norm[lo:hi]`` («منشآت يستخدمها
    المسلحون لإطلاق الطائرات المسيرة نحو قاعدة X»: X is what the launches aim at, not a place the
    strike hit; ``launch_purpose_nouns`` and ``launch_directions`` of markers.yaml), else ``hi``.
    A substring gate keeps it cheap: most strikes name no launch. The earliest direction found wins
    (the set's order does not matter)."""
    found = hi
    for noun in _marker_set("launch_purpose_nouns"):
        at = ctx.norm.find(noun, lo, hi)
        if at < 0 or (at > 0 and _WORD_CHAR.match(ctx.norm, at - 1)):
            continue
        for k in range(bisect.bisect_left(ctx.word_starts, at) + 1, len(ctx.words)):
            start, word = ctx.words[k]
            if start >= found:
                break
            if word in _marker_set("launch_directions"):
                found = start
                break
    return found


#: A relative clause launching the strike itself («الغارات التي شنها التحالف في أيلول على X»): its
#: «على X» is still the place struck.
_LAUNCHED_STRIKE_RELATIVE = re.compile(r"[وف]?(?:الذي|التي)\s+(?:[يت]?شن\w*|شن\w*|[يت]?نفذ\w*|نفذ\w*)(?![\w])")
#: A relative clause describing the siege itself («الحصار الذي فرضه التنظيم منذ سنوات على X»):
#: its «على X» is still the besieged place.
_SIEGE_RELATIVE = re.compile(r"[وف]?(?:الذي|التي)\s+(?:[يت]?فرض\w*|فرض\w*|[يت]?ضرب\w*|ضرب\w*)(?![\w])")


def _abroad_settlement(res: Resolution) -> bool:
    """A settlement outside the theatre (often a homonym of a Syrian village)."""
    return res.place.kind in _SETTLEMENTS and bool(res.place.country) and res.place.country not in _THEATRE


def _reach(ctx: _Ctx, end: int, start: int) -> int:
    """Characters between a trigger (ending at ``end``) and a place at ``start``, not counting the
    actors named between them («قصفت قوات النظام بالصواريخ مناطق في X»: the VSO subject)."""
    span = start - end
    for a in ctx.actors_from(end, start):
        if a.end <= start and not a.anaphor:
            span -= a.end - a.start
    return span


_SIDE = re.compile(r"\s*(?:من\s+جهه(?:\s+(?:اخري|ثانيه))?|من\s+ناحيه(?:\s+(?:اخري|ثانيه))?)")


def _parties_end(ctx: _Ctx, trig: Trigger, limit: int) -> int:
    """End of the parties of a fight named right after the trigger («الاشتباكات بين قوات النظام
    من جهة، والفصائل من جهة أخرى، في محيط X»): the place is measured from there."""
    m = _BETWEEN.match(ctx.norm, trig.end + 1) if ctx.norm[trig.end:trig.end + 1] == " " else None
    if m is None:
        extra = _SPACE_WORD.match(ctx.norm, trig.end)  # one adjective («العنيفة») may come first
        if extra is None:
            return trig.end
        m = _BETWEEN.match(ctx.norm, extra.end() + 1)
        if m is None:
            return trig.end
    end = m.end()
    for a in ctx.actors_from(m.end(), min(limit, m.end() + 150)):
        if a.start - end > 60:
            break
        end = a.end
        side = _SIDE.match(ctx.norm, end)
        if side is not None:
            end = side.end()
    side = _SIDE.search(ctx.norm, end, min(limit, end + 60))
    return side.end() if side is not None else end


_RELATIVE = re.compile(r"(?<![\w])(?:التي|الذي|اعلنت|اعلان|(?:ال)?منطقه|(?:ال)?مناطق|كمنطقه|(?:ال)?مشمول\w*"
                       r"|[وف]?[يت]خضع|(?:ال)?خاضع\w*)(?![\w])")  # («تخضع X لاتفاق خفض التصعيد»)


def _places_before(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """Relative/predicative constructs: the nearest place before the trigger
    («مدن الغوطة التي أعلنت منطقة خفض تصعيد», «عادت البلدة كاملةً إلى كنف الدولة»).

    The words between the place and the trigger form one phrase (no punctuation, a few words).
    """
    family = action_family(trig.form.action)
    best = None
    places = ctx.places
    for k in range(ctx.places_from(sent[0]), ctx.places_from(trig.start)):
        start, end, res = places[k]
        if end > trig.start or start < sent[0] or trig.start - end > 60:
            continue
        gap = ctx.norm[end:trig.start]
        tokens = _WORDS.findall(gap)
        if _PUNCT.search(gap) or len(tokens) > 6:
            continue
        if not (len(tokens) <= 3 if family == "captured" else _RELATIVE.search(gap)):
            continue
        if _place_ok(ctx, trig, start, res):
            best = (start, end, res)
    return [best] if best else []


#: Locative words that may join a place to the place that locates it («مدينة X في سهل Y لحماة»).
_LOCATING_WORDS = frozenset(("في", "ب", "ل", "قرب", "بريف", "بمحافظه", "بمنطقه"))  # (normalised: ة → ه)


def _chain_head(ctx: _Ctx, found: list[tuple[int, int, Resolution]],
                sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """The first place of the locative chain that ends with the single place of ``found``: the
    subject of a predicate after it («أن مدينة X في سهل Y لحماة باتت خالية من المسلحين»: X, not the
    governorate that locates it). Between two places of the chain: a locative word and at most two
    words more, or place fillers only."""
    if len(found) != 1:
        return found
    places = ctx.places
    k = ctx.places_from(found[0][0])
    if k >= len(places) or places[k][0] != found[0][0]:
        return found
    while k > 0 and places[k - 1][0] >= sent[0]:
        gap = ctx.norm[places[k - 1][1]:places[k][0]]
        tokens = _WORDS.findall(gap)
        if _PUNCT.search(gap) or len(tokens) > 3 \
                or not (tokens[:1] and tokens[0] in _LOCATING_WORDS or all(t in _fillers() for t in tokens)):
            break  # («مدينة X في سهل Y لحماة»: a locative word first, or only place fillers)
        k -= 1
    return [places[k]]


#: What stands between an inclusion and the zone phrase: «ضمن»/«إلى», then a zone or agreement noun
#: and quotes («ضمن مناطق «خفض التصعيد»», «إلى اتفاق خفض التوتر»).
_INCLUSION_TAIL = re.compile(r"(?<![\w])(?:ضمن|الي)\s+(?:(?:ال)?(?:مناطق|منطقه|اتفاق|اتفاقيه)\s*)?[\"'“”]?\s*$")
#: Characters before the zone phrase in which the inclusion word is looked for.
_INCLUSION_REACH = 120


def _included_places(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """Places included in a zone by an inclusion word before «ضمن/إلى» + the zone phrase
    (``inclusion_words`` in markers.yaml): the places between the inclusion word and «ضمن»
    («رغم إدراج X ضمن اتفاق «تخفيف التوتر»», «ضم المحافظة وأجزاء من أرياف X وY إلى مناطق …»), else
    the place right before a passive inclusion verb («أن X أدرجت في 22 تموز ضمن مناطق …»). One
    clause: no punctuation between the inclusion word and the zone phrase."""
    lo = max(sent[0], trig.start - _INCLUSION_REACH)
    tail = _INCLUSION_TAIL.search(ctx.norm, lo, trig.start)
    if tail is None:
        return []
    punct = _last_match(_PUNCT, ctx.norm, lo, tail.start())
    cut = punct.end() if punct is not None else lo
    inclusion = _marker_set("inclusion_words")  # (none of them starts with «و/ف/ب»)
    words = [m for m in _WORDS.finditer(ctx.norm, cut, tail.start()) if m.group().lstrip("وفب") in inclusion]
    if not words:
        return []
    verb = words[-1]
    if _inclusion_voided(ctx, cut, verb.start()):
        return []  # «رفضت روسيا ضم X إلى اتفاق خفض التصعيد»: no inclusion happened
    inside = [(s, e, r) for s, e, r in ctx.places[ctx.places_from(verb.end()):ctx.places_from(tail.start())]
              if e <= tail.start() and _place_ok(ctx, trig, s, r)]
    if inside:
        return inside
    before = [(s, e, r) for s, e, r in ctx.places[ctx.places_from(cut):ctx.places_from(verb.start())]
              if e <= verb.start() and not _WORDS.search(ctx.norm, e, verb.start()) and _place_ok(ctx, trig, s, r)]
    return before[-1:]


#: How many words before an inclusion word a refusal, demand, negation or intent word may stand.
_INCLUSION_VOID_WORDS = 4


def _inclusion_voided(ctx: _Ctx, clause_start: int, start: int) -> bool:
    """Whether a refusal, denial, demand or talk (``inclusion_voiders``), a negation or an intent word
    of ``markers.yaml`` stands among the few words before the inclusion word at ``start``, in its
    clause («رفضت روسيا ضم X», «طالبت المعارضة بإدراج X», «لن يقبل بإدراج X»)."""
    words = _WORDS.findall(ctx.norm, clause_start, start)[-_INCLUSION_VOID_WORDS:]
    pairs = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
    voiders = _inclusion_voiders()
    return any(w in voiders or (w[:1] in "وفبل" and w[1:] in voiders) for w in words + pairs)


@functools.lru_cache(maxsize=1)
def _inclusion_voiders() -> frozenset[str]:
    """The words that void an inclusion: ``inclusion_voiders``, ``negation`` and ``intent`` of
    ``markers.yaml``."""
    return _marker_set("inclusion_voiders") | _marker_set("negation") | _marker_set("intent")


#: A zone or truce whose place is given by an anaphor that it covers («ويشملها اتفاق خفض التصعيد»,
#: «المنطقة مشمولة باتفاق …», «وهي مشمولة بالهدنة»), a few words before the trigger.
_COVERED_ANAPHOR = re.compile(
    r"(?<![\w])(?:[وف]?[يت]?شمل(?:ها|هما|ه)|(?P<noun>[وف]?(?:هي|هو|ال\w+))\s+(?:ال)?مشمول(?:ه|تان|تين|ان|ين)?)"
    r"(?P<gap>(?:\s+[\"'«»“”]*[^\s,،.:؛\"'«»“”]+[\"'«»“”]*){0,2}?\s*[\"'«»“”]*)$")
#: Characters before a covered anaphor in which its antecedent is looked for.
_COVERED_REACH = 200


def _covered_places(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """The place a zone or truce covers when it is named by an anaphor just before the trigger
    («X المحاصرة منذ 2013، ويشملها اتفاق «خفض التصعيد»», «… داخل X، رغم أن المنطقة مشمولة باتفاق
    «خفض التصعيد»»): the nearest place of the theatre named before the anaphor (a bare place noun
    such as «المنطقة» takes a place of one of its kinds), in its sentence or the one before it."""
    lo = max(sent[0], trig.start - 40)
    window = ctx.norm[lo:trig.start]
    if "شمل" not in window and "مشمول" not in window:
        return []
    m = _COVERED_ANAPHOR.search(ctx.norm, lo, trig.start)
    if m is None:
        return []
    noun = (m.group("noun") or "").lstrip("وف")
    kinds = _place_anaphor_regex()[1].get(noun)
    if noun.startswith("ال") and kinds is None:
        return []  # «الفصائل المشمولة بالهدنة»: not a place
    floor = max(0, m.start() - _COVERED_REACH)
    for k in range(ctx.places_from(m.start()) - 1, ctx.places_from(floor) - 1, -1):
        start, end, res = ctx.places[k]
        if end > m.start() or start < floor:
            continue
        if not _theatre_place(res) or res.place.kind == "country" or (kinds and res.place.kind not in kinds):
            continue
        if _place_ok(ctx, trig, start, res):
            return [(start, end, res)]
    return []


_IN = re.compile(r"(?<![\w])[وف]?في$")


def _venue_before(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """The venue of talks named before the trigger in the same sentence, introduced by «في»
    (a few words such as «العاصمة السعودية», «منتجع» may stand between): «اختتمت في منتجع سوتشي
    قمة …», «وفي أستانا، انطلقت الجولة …»."""
    places = ctx.places
    for k in range(ctx.places_from(trig.start) - 1, ctx.places_from(sent[0]) - 1, -1):
        start, end, res = places[k]
        if trig.start - end > 80:
            break
        if not _place_ok(ctx, trig, start, res):
            continue
        words = _word_before(ctx, start, 3)
        if any(_IN.search(w) for w in words) and not _source_location(words) and not _round_of_talks(ctx, trig):
            gap = ctx.norm[end:trig.start]
            if _marker_regexes()["clause_breaks"].search(gap) is None and not _SENTENCE_BREAK.search(gap):
                return [(start, end, res)]
        break  # only the nearest place before the trigger
    return []


def _source_location(words: Sequence[str]) -> bool:
    """Whether the words before a place put a reporting source there («وقالت مصادر في X إن
    مفاوضات …», «أفاد مراسلنا في X»; ``reporting_sources`` in markers.yaml): where the news came
    from, not the venue of the talks told after it."""
    sources = _marker_set("reporting_sources")
    for k in range(len(words) - 1):
        if _IN.search(words[k + 1]) and _bare(words[k]) in sources:
            return True
    return False


#: At most this many characters between a talks noun and the «من» + talks noun that names it.
_ROUND_OF_GAP = 25


def _round_of_talks(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the talks trigger is a part of other talks named right after it with «من» («الجولة
    الأخيرة من محادثات أستانة»): that trigger carries the claim and its venue."""
    k = bisect.bisect_right(ctx.trigger_starts, trig.start)
    if k >= len(ctx.triggers):
        return False
    nxt = ctx.triggers[k]
    if nxt.form.action != "negotiation" or nxt.start - trig.end > _ROUND_OF_GAP:
        return False
    return re.search(r"(?<![\w])من\s*$", ctx.norm[trig.end:nxt.start]) is not None


#: At most this many characters between the framed places and what follows them (cause word, trigger).
_FRAME_REACH = 40


def _framed_places(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """Places that stand before a trigger with no place after it, in a frame that makes them its
    object (``markers.yaml``): a casualty caused by the strike («قتل 20 مدنياً في X جراء غارات
    التحالف»), a place exposed to it («تعرضت بلدة X لقصف مدفعي»), or fronts calm as a truce begins
    («ساد هدوء حذر أمس جبهات محافظات X وY … لسريان وقف إطلاق النار»)."""
    family = action_family(trig.form.action)
    if family in _FIRE_FAMILIES and trig.form.pos == "noun":  # (a casualty or exposure frame)
        return _casualty_places(ctx, trig, sent) or _exposed_places(ctx, trig, sent) \
            or _fronted_places(ctx, trig, sent)
    if family == "other":
        return _calm_places(ctx, trig, sent)
    if family == "besieged" and trig.form.pos == "noun":
        return _subjected_to_siege_places(ctx, trig, sent)  # «تخضع بلدة X لحصار تفرضه …»
    return []


#: A locative preposition that opens a fronted adverbial («قرب X، نفذت ثلاث ضربات»).
_FRONTED_NEAR = re.compile(r"(?<![\w])[وف]?(?:قرب|بالقرب\s+من|في\s+محيط|بمحيط)\s+$")
#: At most this many characters between the comma closing a fronted adverbial and the trigger.
_FRONTED_REACH = 50


def _fronted_places(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """«في 20 تشرين الأول، قرب X، نفذت ثلاث ضربات استهدفت …»: a strike or shelling with no place
    after it takes the places of an adverbial «قرب/بالقرب من/في محيط X» fronted before it and set
    off by a comma (the style of strike releases). Nothing but a few words (the verb, a number)
    stands between the comma and the trigger; no other place, no clause break."""
    j = ctx.places_from(trig.start) - 1
    if j < 0 or ctx.places[j][0] < sent[0]:
        return []
    after = _skip_trailing(ctx.norm, ctx.places[j][1])
    if not ctx.norm.startswith((",", "،"), after) or trig.start - after > _FRONTED_REACH \
            or _marker_in(ctx, "clause_breaks", after, trig.start):
        return []
    k = _first_coordinated(ctx, j, sent[0])
    first = ctx.places[k][0]
    back = _skip_fillers_back(ctx, first, sent[0])
    if _FRONTED_NEAR.search(ctx.norm, max(sent[0], back - 20), back) is None:
        return []
    return [p for p in ctx.places[k:j + 1] if _place_ok(ctx, trig, p[0], p[2])]


def _first_coordinated(ctx: _Ctx, j: int, floor: int) -> int:
    """Index of the first place of the coordinated run («X وY وZ») that ends with place ``j``, all
    starting at or after ``floor`` (the backward twin of :func:`_coordinated_group`)."""
    places = ctx.places
    k = j
    while k > 0 and places[k - 1][0] >= floor and places[k][0] - places[k - 1][1] <= 45 \
            and _coordinated(ctx.norm, places[k - 1][1], places[k][0]):
        k -= 1
    return k


def _coordinated_group(ctx: _Ctx, k: int, limit: int) -> list[tuple[int, int, Resolution]]:
    """Place ``k`` and the places coordinated after it («X وY وZ»), all ending before ``limit``."""
    places = ctx.places
    out = [places[k]]
    for j in range(k + 1, len(places)):
        start, end, _res = places[j]
        last_end = out[-1][1]
        if end > limit or start - last_end > 45:
            break
        if not _coordinated(ctx.norm, last_end, start):
            break
        out.append(places[j])
    return out


def _casualty_places(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """«قتل أكثر من ألف مدني في X وY جراء غارات التحالف»: a cause word at most one word before the
    trigger, the places after «في» right before the cause word, a casualty word before them in the
    clause."""
    cause = _last_context(ctx, "cause_words", max(sent[0], trig.start - 25), trig.start)
    if cause is None or len(_WORDS.findall(ctx.norm, cause.end(), trig.start)) > 1 \
            or _PUNCT.search(ctx.norm, cause.end(), trig.start):
        return []
    clause = _clause_start(ctx, sent[0], cause.start())
    j = ctx.places_from(cause.start()) - 1  # the last place before the cause word
    if j < 0 or ctx.places[j][0] < clause or ctx.places[j][1] > cause.start() \
            or cause.start() - ctx.places[j][1] > _FRAME_REACH or _PUNCT.search(ctx.norm, ctx.places[j][1], cause.start()):
        return []
    k = _first_coordinated(ctx, j, clause)
    first = ctx.places[k][0]
    words = _word_before(ctx, _skip_fillers_back(ctx, first, clause), 1)
    if not words or not _IN.search(words[0]) or _last_context(ctx, "casualty_words", clause, first) is None:
        return []
    return [p for p in ctx.places[k:j + 1] if _place_ok(ctx, trig, p[0], p[2])]


def _exposed_places(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """«تعرضت بلدة X لقصف مدفعي»: an exposure verb, its subject places, then the trigger with «ل»
    (at most three words between the places and the trigger)."""
    if not trig.prefix.lstrip("وف").startswith("ل"):
        return []
    clause = _clause_start(ctx, sent[0], trig.start)
    verb = _last_context(ctx, "exposure_verbs", clause, trig.start)
    if verb is None:
        return []
    k = ctx.places_from(verb.end())
    if k >= len(ctx.places) or ctx.places[k][0] - verb.end() > _FRAME_REACH \
            or _PUNCT.search(ctx.norm, verb.end(), ctx.places[k][0]):
        return []
    group = _coordinated_group(ctx, k, trig.start)
    end = group[-1][1]
    if _PUNCT.search(ctx.norm, end, trig.start) or len(_WORDS.findall(ctx.norm, end, trig.start)) > 3:
        return []
    return [p for p in group if _place_ok(ctx, trig, p[0], p[2])]


def _calm_places(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """«ساد هدوء حذر أمس جبهات محافظات X وY وZ …، مع بدء سريان وقف إطلاق النار»: the places right
    after a calm word earlier in the sentence; whole governorates count (a truce covers them)."""
    calm = _last_context(ctx, "calm_words", sent[0], trig.start)
    if calm is None:
        return []
    k = ctx.places_from(calm.end())
    if k >= len(ctx.places) or ctx.places[k][1] > trig.start or ctx.places[k][0] - calm.end() > _FRAME_REACH \
            or _PUNCT.search(ctx.norm, calm.end(), ctx.places[k][0]):
        return []
    return [p for p in _coordinated_group(ctx, k, trig.start)
            if p[2].place.kind == "governorate" and p[2].place.country in ("", "SY") and not ctx.actor_covers(p[0])
            or _place_ok(ctx, trig, p[0], p[2])]


def _combined_fire(ctx: _Ctx, trig: Trigger, action: str) -> str:
    """The second action of a bombardment qualified as both air and ground fire («قصف جوي ومدفعي»,
    «القصف المدفعي والجوي», «قصفاً جوياً ومدفعياً»: an airstrike and a shelling), else ''."""
    if action in ("attacked", "shelled", "airstrike") and trig.form.pos == "verb" and _mixed_fire_subject(ctx, trig):
        return "shelled" if action == "airstrike" else "airstrike"  # «استهدفت المدفعية والطائرات X»
    if action not in ("shelled", "airstrike") or trig.form.pos != "noun":
        return ""
    m = _combined_fire_regex().search(ctx.norm, trig.start, min(len(ctx.norm), trig.end + 40))
    if m is None or m.start() > trig.end + 1:
        return ""
    return "shelled" if action == "airstrike" else "airstrike"


#: How far a subject of guns and aircraft may stand after (VSO) or before (SVO) its strike verb.
_MIXED_SUBJECT_REACH = 45


def _mixed_fire_subject(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the subject of a strike verb joins guns and aircraft («استهدفت مدفعية الجيش وطوافاته
    X», «المدفعية الثقيلة وطائرات الجيش استهدفت X»): right after the verb, or ending its clause
    before it."""
    rx = _mixed_fire_regex()
    if rx.match(ctx.norm, _after_trigger(ctx, trig)) is not None:
        return True
    sent_start = _sentence_of(ctx, trig.start)[0]
    last = _last_match(rx, ctx.norm, max(sent_start, trig.start - _MIXED_SUBJECT_REACH), trig.start)
    return last is not None and _same_clause(ctx, last.end(), trig.start) \
        and _opens_clause(ctx, sent_start, last.start())


#: Words after which a subject opens its clause («وقال إن مدفعية الجيش وطائراته قصفت X»); not
#: ``_SUBJECT_OPENERS``, which opens the subject of a movement verb (the civilian-subject test).
_CLAUSE_SUBJECT_OPENERS = frozenset({"ان", "لكن", "ولكن", "كما", "بينما", "حيث", "فيما", "اذ", "كان", "كانت", "وكان",
                                     "وكانت", "ثم", "بل", "لان", "فان", "وان"})


def _opens_clause(ctx: _Ctx, sent_start: int, start: int) -> bool:
    """Whether the phrase at ``start`` opens its clause: nothing but punctuation since the sentence
    start or the last comma, or a subject opener («أن», «إن», «كما») right before it; not an object
    inside a relative clause («الفصائل التي دمرت دبابات وطائرات للنظام قصفت X»)."""
    words = _clause_words(ctx.norm, max(sent_start, start - 120), start)[-1:]
    return not words or words[-1] in _CLAUSE_SUBJECT_OPENERS


@functools.lru_cache(maxsize=1)
def _mixed_fire_regex() -> re.Pattern[str]:
    """A gun noun and an aircraft noun joined by «و» (at most two words between), in either order."""
    markers = load_markers()
    air, ground = alternation(markers["air_subjects"]), alternation(markers["ground_fire_subjects"])
    gap = r"(?:\s+[^\s,،.:؛]+){0,2}?\s+[«\"]?و"
    return re.compile(rf"(?<![\w])[وف]?(?:(?:{ground}){gap}(?:{air})|(?:{air}){gap}(?:{ground}))(?![\w])")


@functools.lru_cache(maxsize=1)
def _combined_fire_regex() -> re.Pattern[str]:
    """An air adjective and a ground-fire adjective joined by «و», in either order."""
    markers = load_markers()
    air, ground = alternation(markers["air_adjectives"]), alternation(markers["ground_fire_adjectives"])
    return re.compile(rf"(?<![\w])(?:(?:{air})\s+و(?:{ground})|(?:{ground})\s+و(?:{air}))(?![\w])")


#: A trigger form ending with the enemy's last pockets («القضاء على آخر جيوب»; normalised).
_LAST_POCKETS = re.compile(r"(?<![\w])اخر\s+\S+$")


def _unnamed_locative(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """«سيطرت على ضاحية في مدينة X»: the object is an unnamed part of X (not a place a highlight
    marker names: «السيطرة على كامل التلال في الجرود، ومن أبرزها قرية X»)."""
    gap = ctx.norm[trig.start:start]
    marker = _highlight_regex().search(ctx.norm, trig.end, start)
    if (marker is not None and _highlight_names_place(ctx, trig.end, marker, start + 1)) \
            or _LAST_POCKETS.search(trig.form.form):
        return False  # («القضاء على آخر جيوب المسلحين في بلدة X»: the last of them, X is taken)
    for a in ctx.actors_from(trig.start, start):
        gap = gap.replace(ctx.norm[a.start:a.end], " ")
    m = _UNNAMED_LOCATIVE.search(gap)
    return m is not None and not _whole_town_object(gap, m.start())


def _after_whole_town_object(ctx: _Ctx, lo: int, pos: int) -> bool:
    """Whether a relative pronoun at ``pos`` describes all the quarters of a town named after it,
    right before it («على كامل الأحياء التي كانت خاضعة للتنظيم في مدينة X»): the town is the capture's
    object, the clause opens no new one."""
    words = ctx.norm[max(lo, pos - 20):pos].split()
    return len(words) >= 2 and " ".join(words[-2:]) in _marker_set("whole_town_objects") \
        and ctx.norm.startswith("الت", pos)


def _whole_town_object(gap: str, at: int) -> bool:
    """Whether the unnamed object after «على» at ``at`` of ``gap`` is all the quarters of the town
    named after it («سيطرت على كامل الأحياء التي كانت خاضعة للتنظيم في مدينة X»: the whole of X,
    ``whole_town_objects`` of markers.yaml), not an unnamed part of it («على أحياء في مدينة X»)."""
    words = gap[at:].split()
    return len(words) >= 3 and " ".join(words[1:3]) in _marker_set("whole_town_objects") \
        and not (len(words) > 3 and _quarters_adjective(words[2], words[3]))


def _quarters_adjective(noun: str, word: str) -> bool:
    """Whether ``word`` right after the quarters noun ``noun`` of a ``whole_town_objects`` phrase is an
    adjective that names a part of the town («كامل الأحياء الشرقية في مدينة X»: the eastern quarters,
    not all of X): any definite word after the definite «الأحياء» (a genitive cannot follow it), or one
    of ``quarter_adjectives`` of markers.yaml after the construct «أحياء»."""
    bare = word.lstrip("وف")
    return (noun.startswith("ال") and word.startswith("ال") and word not in _marker_set("whole_town_continuations")) \
        or bare in _marker_set("quarter_adjectives")


# --------------------------------------------------------------------------- actors
def _other_sides(counter: Sequence[ActorMention], subject: Sequence[ActorMention]) -> list[ActorMention]:
    """The counter-actors of ``counter`` whose family is none of the ``subject``'s."""
    return [a for a in counter if all(a.entry.family != s.entry.family for s in subject)]


def _pick_actors(ctx: _Ctx, trig: Trigger, sent: tuple[int, int], first_place: int,
                 air_remembered: bool = False) -> tuple[list[ActorMention], list[ActorMention]]:
    """(subject mentions, counter mentions) for the trigger. ``air_remembered``: an air force flew
    a claim of the last two sentences, which names a later bombing with no subject before the
    nationality of an earlier strike noun of its sentence does (:func:`_air_nationality_before`)."""
    family = action_family(trig.form.action)
    if _siege_epithet(trig):  # «مضايا المحاصرة من (قبل) قوات النظام وحزب الله»: the agent, or none
        agent = _siege_agent(ctx, trig)
        return (_with_allies(ctx, agent) if agent is not None else []), []
    if _became_besieged(ctx, trig):  # «باتت ميليشيا X محاصرة في دوما»: the subject is the besieged side
        trapped = _last_subject_before(ctx, _clause_start(ctx, sent[0], trig.start), trig.start, family)
        return [], ([trapped] if trapped is not None else [])
    if family in _PARLEY_FAMILIES:
        parties = _parties(ctx, trig, sent) or _envoy_parties(
            ctx, _clause_start(ctx, sent[0], trig.start), min(sent[1], max(trig.end, first_place)))
        if parties:
            return parties, []
    if family == "attacked" and trig.form.pos == "noun":  # «اشتباكات بين قوات النظام والفصائل»
        parties = _parties(ctx, trig, sent)
        if parties:
            # «… إثر هجوم بدأته الحركة»: the side named as the attacker in the sentence leads
            attacker = _attacker_of_clash(ctx, trig, sent)
            if attacker is not None and attacker.entry.family != parties[0].entry.family:
                return _with_allies(ctx, attacker), parties[:1]
            sides = [a for a in parties if a.entry.family != parties[0].entry.family]
            return [a for a in parties if a.entry.family == parties[0].entry.family], sides[:1]
    holder = _predicate_agent(ctx, trig, first_place)  # «سقطت X بيد Y»: Y took X
    if holder is not None:
        return _with_allies(ctx, holder), []
    # The subject candidates before the trigger (same sentence): ``pre`` = the actors outside
    # reporting phrases, else all of them; ``pre_clause`` = those of ``pre`` in the trigger's
    # clause (a suffix of ``pre``). Only the last of them and whether ``pre_clause`` is empty
    # matter, so they are found walking back from the trigger, not by listing the sentence.
    last_pre = _last_subject_before(ctx, sent[0], trig.start, family)
    if last_pre is not None and trig.form.pos == "noun" and _stance_subject(ctx, trig, last_pre):
        last_pre = None  # «أدانت تركيا الغارات على X»: the side that judges the event did not do it
    pre_clause = last_pre is not None and last_pre.start >= _clause_start(ctx, sent[0], trig.start)
    post_end = first_place if first_place > trig.end else min(sent[1], trig.end + 45)
    post = [a for a in ctx.actors_from(trig.end, post_end) if not a.supporting]
    subject: list[ActorMention] = []
    counter: list[ActorMention] = []
    post_subjects = [a for a in post if not a.object_like]
    is_verb = trig.form.pos in ("verb", "present")
    inside: list[ActorMention] = []
    if trig.gap is not None:
        gap_start, gap_end = trig.gap
        inside = [a for a in ctx.actors_from(gap_start, gap_end) if not a.supporting
                  and (not a.object_like or not ctx.norm[gap_start:a.start].strip(" ,،\"'«»")
                       or _is_agent(ctx, gap_start, a))]
    if inside:  # split phrase: «وسعت قوات النظام نطاق سيطرتها», «سيطرة الجيش على»
        counter = [a for a in post if a.object_like][:1]
        subject = _with_allies(ctx, inside[0])
        return subject, _other_sides(counter, subject)
    if _names_loser_holdings(ctx, trig):
        # «القضاء على آخر جيوب داعش في X», «اقتلعت معاقل التنظيم»: the side named after the
        # pockets lost them; the captor is the clause's subject before the trigger, or nobody
        counter = post[:1]
        subject = _with_allies(ctx, last_pre) if last_pre is not None and pre_clause \
            and not (counter and last_pre.entry.family == counter[0].entry.family) else []
        return subject, _other_sides(counter, subject)
    fighters = _fighters_of_subordinate(ctx, trig, sent)  # «… بعد أن أطلقوا القذائف على X»
    if fighters is None and is_verb and family not in _PARLEY_FAMILIES:
        fighters = _unnamed_group_subject(ctx, trig, sent)  # «حاولت مجموعة إرهابية التسلل»
    if fighters is None and trig.form.pos == "verb" and family in _PRONOUN_FAMILIES:
        fighters = _pluperfect_group_subject(ctx, trig, sent)  # «بعد أن كان المسلحون قد سيطروا عليها»
    if fighters is not None:
        return [fighters], _other_sides(post[:1], [fighters])
    carried = _carried_side(ctx, trig, sent)  # «انطلقت الحافلات التي تقل مسلحي داعش من X»
    if carried is not None:
        return [carried], []
    partitive = _counted_fighters_of_side(ctx, trig, post)  # «غادر آلاف المسلحين من "هيئة تحرير الشام"»
    if partitive is not None:
        subject = _with_allies(ctx, partitive)
        return subject, _other_sides([a for a in post if a is not partitive and a.object_like][:1], subject)
    surface = ctx.norm[trig.start:trig.end]
    plural = _PLURAL_VERB.search(surface.split()[0]) is not None
    if is_verb:
        speaker = _speaker_of_pronoun(ctx, trig, sent)
        if speaker is not None:  # «قالت فصائل المعارضة إنها صدت هجوماً لقوات النظام»
            subject = _with_allies(ctx, speaker)
            return subject, _other_sides(post[:1], subject)
        immediate = [a for a in post_subjects if a.start - trig.end <= 12]
        if immediate and not plural and not (trig.form.post_actor == "object" and pre_clause):
            subject = [immediate[0]]
            counter = [a for a in post if a is not immediate[0] and a.object_like][:1]
        else:
            counter = post[:1]
            # «دخل رتل عسكري تركي إلى X»: the VSO subject; not when the clause names its subject
            # before the verb («قوات النظام استهدفت دورية تركية»: the noun is the object)
            nationality = _subject_noun_actor(ctx, trig) \
                if not immediate and not pre_clause and trig.form.post_actor != "object" else None
            if nationality is None and not immediate and not pre_clause and _strike_noun_subject(surface):
                # «استهدف قصف مدفعي لقوات النظام X», «استهدف قصف تركي X»: the strike noun joined
                # to the verb is its subject, and its agent or nationality names the actor
                nationality = _nationality_after(ctx, trig) or _agent_after(ctx, trig, post)
            if nationality is None and not immediate:  # (the head outranks the main clause's subject)
                head = _relative_clause_subject(ctx, trig, sent)  # «مسلحي داعش، الذين غادروا X»
                if head is not None:  # with its coordinated actors («مع قوات النظام وحلفائها التي»)
                    subject = _joined_group(ctx, head)
                    return subject, _other_sides(counter, subject)
            if nationality is None and not immediate:
                # «قال الجيش السوري إن طائرات حربية إسرائيلية شنت غارات»: the noun phrase right
                # before the verb is its subject, not the speaker of the reporting verb
                nationality = _military_subject_of_verb(ctx, trig, sent, last_pre)
            if nationality is not None:
                return [nationality], _other_sides(counter, [nationality])
    else:
        agent = _clause_agent(ctx, trig) or _agent_after(ctx, trig, post) or _pullout_nationality(ctx, trig)
        if agent is None and _HEAD_END.search(surface):
            agent = _fighters_side(ctx, trig)  # «إجلاء مسلحي النصرة»: the fighters of the named side
        if agent is None and trig.form.batch_gap:  # «خروج آخر قوافل المقاتلين»: the captor's enemy
            agent = _unnamed_evacuees(ctx, trig, last_pre)
        if agent is not None and family == "attacked" and trig.form.action == "repelled":
            counter = [agent]  # «صد هجوم للتنظيم», «التصدي للتنظيم»: the attacker, not the repeller
        elif agent is not None:  # «قصف مدفعي لقوات النظام», «هجوم معاكس للتنظيم»
            subject = [agent]
            counter = [a for a in post if a is not agent and a.object_like][:1]
        elif trig.form.post_actor == "subject" and post_subjects and post_subjects[0].start - trig.end <= 12:
            subject = [post_subjects[0]]
        elif _fighters_after_movement(ctx, trig, post) is not None:
            subject = post[:1]  # «انسحاب مسلحي التنظيم منه»: the fighters withdraw
            counter = [a for a in post[1:] if a.object_like][:1]
        else:
            counter = post[:1]
            nationality = _nationality_after(ctx, trig) or _subject_noun_actor(ctx, trig) \
                or (_military_subject_before(ctx, trig, sent) if not pre_clause else None)
            if nationality is not None:  # «غارات روسية على X»: the adjective names the actor
                return [nationality], _other_sides(counter, [nationality])
            head = _relative_clause_subject(ctx, trig, sent)  # «الطيران المروحي الذي ألقى البراميل»
            if head is not None:
                subject = _joined_group(ctx, head)
                return subject, _other_sides(counter, subject)
            if _fallen_projectile(ctx, trig):  # «سقطت قذائف هاون على X»: the firer is not named,
                accused = _accused_firer(ctx, trig, sent)  # unless the sentence accuses a side
                return ([accused], _other_sides(counter, [accused])) if accused else ([], counter[:1])
    if not subject and last_pre is not None and trig.form.batch_gap \
            and last_pre.entry.family not in _EVACUEE_FAMILIES:
        # «سيطرت قوات النظام على X بعد خروج المسلحين منها»: the fighters inside the phrase leave;
        # the captor named before is not who withdrew (a side of evacuees may speak of its own men)
        return [], _other_sides(counter, [])
    flown = _air_nationality_before(ctx, trig, sent) if not subject and not air_remembered \
        and trig.prefix.endswith("ال") and (
        family == "airstrike" or (trig.form.action == "shelled" and _air_word_near(ctx, trig, sent))) else None
    if flown is not None:  # «… قصف جوي روسي مكثف، …، مع استمرار القصف الجوي على X»: the same air force
        return [flown], _other_sides(counter, [flown])
    if not subject and last_pre is not None:  # the last of ``pre_clause or pre``
        group = _with_allies(ctx, last_pre)
        # «تبادلت فصائل المعارضة وقوات النظام إطلاق النار، فيما …»: the two sides of a mutual
        # action in an earlier clause are no dropped subject
        subject = [last_pre] if pre_clause or not _opposed_sides(group) else []
        if not pre_clause and any(a.entry.family == last_pre.entry.family for a in counter):
            # «… لعصابات داعش، حيث تمكن من كسر الحصار الذي فرضه التنظيم على المدينة»: the side
            # named as the object is not the dropped subject of an earlier clause
            subject = []
    if not subject and family == "siege_broken" and counter:
        # the besieger is named («كسر الحصار الذي فرضه التنظيم»): the side that fights it broke it
        breaker = _most_named_opponent(ctx, counter[0])
        if breaker is not None:
            subject = [ctx.first_actor_named[breaker.name]]
    if not subject and family in _PARLEY_FAMILIES:  # «مؤتمر سوتشي الذي تعتزم موسكو عقده»
        host = _host_after(ctx, first_place, sent)
        if host is None:  # else the parties named anywhere in the sentence, or nobody
            return _named_parties(ctx, sent), []
        subject = [host]
    if subject:
        subject = _with_allies(ctx, subject[0])
    counter = _other_sides(counter, subject)
    return subject, counter[:1]


#: How many words (a governing noun: «بوقف», «استمرار»; the stance verb of an SVO subject) may stand
#: between a stance verb's subject and the event noun it judges.
_STANCE_OBJECT_WORDS = 2


def _stance_judge(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The subject of the stance or attribution verb that governs the event noun ``trig``
    (:func:`_stance_subject`: «أدانت تركيا الغارات على X»: Turkey), else None."""
    if trig.form.pos != "noun":
        return None
    subject = _last_subject_before(ctx, sent[0], trig.start, action_family(trig.form.action))
    return subject if subject is not None and _stance_subject(ctx, trig, subject) else None


def _stance_subject(ctx: _Ctx, trig: Trigger, subject: ActorMention) -> bool:
    """Whether ``subject`` is the subject of a stance verb (``stance_verbs``: condemn, welcome,
    demand, describe, blame …) whose object is the event noun ``trig`` («أدانت تركيا الغارات على X»,
    «نددت تركيا بالقصف», «طالبت تركيا بوقف القصف», «تركيا انتقدت الهجوم»), or of an ``attribution``
    verb whose «أن/إن» clause a fire noun opens («أكدت تركيا أن الغارات على X تهدد الاتفاق»): the side
    judges or reports the event and is not its actor. Only noun triggers in the subject's clause; a
    reported gain keeps its announcer («أكد الجيش أن السيطرة على X تمت»)."""
    if trig.form.pos != "noun" or subject.end > trig.start or not _same_clause(ctx, subject.end, trig.start):
        return False
    before = _words_between(ctx, max(0, subject.start - 20), subject.start)
    between = [w for _, w in _words_between(ctx, subject.end, trig.start)]
    stance = _marker_set("stance_verbs")
    if len(between) <= _STANCE_OBJECT_WORDS:
        if before and _in_with_clitic(before[-1][1], stance):
            return True  # VSO: «أدانت تركيا الغارات»
        if between and _in_with_clitic(between[0], stance):
            return True  # SVO: «تركيا أدانت الغارات»
    if action_family(trig.form.action) not in _FIRE_FAMILIES:
        return False  # «أكد الجيش أن السيطرة على X تمت»: the announcer of a gain is its actor
    if not before or not _in_with_clitic(before[-1][1], _marker_set("attribution")):
        return False
    # «أكدت تركيا أن (استمرار) الغارات على X»: the noun opens the reported clause
    return bool(between) and between[0] in _marker_set("stance_that") and len(between) <= _STANCE_OBJECT_WORDS


#: Families whose trigger may take as its subject the counted fighters of a side right after it.
_COUNTED_SUBJECT_FAMILIES = frozenset({"advanced", "withdrew", "captured", "attacked"})


@functools.lru_cache(maxsize=1)
def _counted_fighters_gap() -> re.Pattern[str] | None:
    """What stands between a trigger and the side its counted fighters belong to: an optional
    approximation, a count (``fighter_counts`` or digits), a fighters' noun (``counted_fighters``)
    and the partitive «من» («آلاف المسلحين من», «نحو 300 مقاتل من»)."""
    counts, nouns = load_actor_words("fighter_counts"), load_actor_words("counted_fighters")
    if not counts or not nouns:
        return None
    return re.compile(rf"\s+(?:(?:نحو|قرابه|حوالي|زهاء|اكثر\s+من)\s+)?(?:\d+|{alternation(counts)})\s+"
                      rf"(?:من\s+)?(?:{alternation(nouns)})\s+من\s+[\"'«“]?\s*(?:(?:ال)?تنظيم\s+[\"'«“]?\s*)?")


def _counted_fighters_of_side(ctx: _Ctx, trig: Trigger, post: Sequence[ActorMention]) -> ActorMention | None:
    """The side whose counted fighters stand right after the trigger as its subject («غادر آلاف
    المسلحين من "هيئة تحرير الشام" جرود X», «انسحب نحو 300 مقاتل من التنظيم من X»): the partitive
    «من» does not make that side an object. Not after a subject named between («حاصر الجيش مئات
    المسلحين من داعش»), nor for sieges."""
    if not post or action_family(trig.form.action) not in _COUNTED_SUBJECT_FAMILIES or trig.gap is not None:
        return None
    actor = post[0]
    if actor.supporting or actor.prefix not in ("", "ال") or actor.start - trig.end > 45:
        return None
    gap = _counted_fighters_gap()
    return actor if gap is not None and gap.fullmatch(ctx.norm, trig.end, actor.start) is not None else None


#: The last word of a trigger whose genitive names the side that loses the place («القضاء على آخر
#: جيوب داعش», «اقتلاع معاقل التنظيم», «إنهاء وجود المسلحين»; normalised).
_LOSER_HOLDINGS = re.compile(r"(?:جيوب|معاقل|فلول|بؤر|تجمعات|اوكار|وجود|بقايا)$")


def _names_loser_holdings(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether ``trig`` ends with a :data:`_LOSER_HOLDINGS` noun: the side named after it lost the place."""
    return _LOSER_HOLDINGS.search(ctx.norm, trig.start, trig.end) is not None


#: Between a movement noun and the side whose fighters it names: a fighters' noun in the genitive
#: and «تنظيم», in quotes or not («انسحاب مسلحي تنظيم "داعش"», «فرار عناصر التنظيم»).
_FIGHTERS_GAP = re.compile(r"\s+(?:(?:اخر|بقيه|باقي|(?:من|ما)\s+تبقي\s+من)\s+)?(?:(?:مسلحي|عناصر|مقاتلي|ارهابيي|مرتزقه|فلول|بقايا)\s+)?"
                           r"(?:(?:ال)?تنظيم\s*)?[\"'«»“”]?\s*")


def _fighters_after_movement(ctx: _Ctx, trig: Trigger, post: Sequence[ActorMention]) -> ActorMention | None:
    """The side whose fighters a withdrawal or advance noun names right after it, in the genitive
    («انسحاب مسلحي التنظيم منه», «فرار عناصر داعش»): the doer of the intransitive movement,
    though the oblique fighters' noun marks the mention as object-like elsewhere. Not after a
    preposition («انسحاب القوات من مواقع داعش»)."""
    if action_family(trig.form.action) not in _MOVEMENT_FAMILIES or not post:
        return None
    actor = post[0]
    if actor.supporting or actor.prefix not in ("", "ال") or actor.start - trig.end > 30:
        return None
    return actor if _FIGHTERS_GAP.fullmatch(ctx.norm, trig.end, actor.start) is not None else None


#: A relative pronoun that opens a clause with the trigger verb, and what may stand between it and
#: the actor it describes: a comma, quotes, one coordinated noun («مسلحي داعش وعائلاتهم، الذين»).
_RELATIVE_WORDS = frozenset(("الذي", "التي", "الذين", "اللذين", "اللتين"))  # as ``_RELATIVE_PRONOUNS``
_HEAD_TO_RELATIVE = re.compile(r"[\s\"'»”]*(?:و\w+)?[\s,،]*")
_FIGHTERS_HEAD_BEFORE = re.compile(r"(?:مسلحي|عناصر|مقاتلي|ارهابيي)\s+(?:(?:ال)?تنظيم\s*)?[\"'«“]?\s*$")


#: Verbs that fire or carry out a strike («أطلقها», «شنت غارات», «نفذها»; normalised).
_FIRE_VERBS = ("نفذ", "نفذت", "اطلق", "اطلقت", "شن", "شنت", "يطلق", "تطلق", "ينفذ", "تنفذ", "يشن", "تشن")
#: Verbs whose object is a strike noun fired by their subject («الذي ألقى البراميل», «التي شنت غارات»).
_FIRING_VERBS = frozenset(_FIRE_VERBS + ("القي", "القت", "يلقي", "تلقي", "رمي", "رمت"))


def _relative_clause_subject(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The subject of a verb that opens a relative clause: the actor the clause describes, right
    before the pronoun («قافلة تقل مسلحي تنظيم داعش وعائلاتهم، الذين غادروا X»): a subject, or
    fighters named by an oblique fighters' noun, never an owner of sites («مواقع التنظيم التي»)."""
    k = bisect.bisect_left(ctx.word_starts, trig.start) - 1
    if trig.form.pos == "noun" and k >= 1 and ctx.words[k][1] not in _RELATIVE_WORDS:
        # «الطيران المروحي الذي ألقى مئات البراميل»: the strike noun is the object of the verb
        # that opens the clause (after a count), whose head is its subject
        _, quantifiers = _projectile_fall_words()
        while k >= 1 and (ctx.words[k][1] in quantifiers or ctx.words[k][1].isdigit()):
            k -= 1
        if ctx.words[k][1] not in _FIRING_VERBS:
            return None  # «قوات النظام التي تعرضت لقصف»: the head is the target
        k -= 1
    if k < 0 or ctx.words[k][1] not in _RELATIVE_WORDS or ctx.words[k][0] < sent[0]:
        return None
    pronoun = ctx.words[k][0]
    for actor in reversed(ctx.actors_from(max(sent[0], pronoun - 40), pronoun)):
        if _HEAD_TO_RELATIVE.fullmatch(ctx.norm, actor.end, pronoun) is None:
            return None
        if actor.object_like and (actor.prefix or not _FIGHTERS_HEAD_BEFORE.search(
                ctx.norm, max(0, actor.start - 25), actor.start)) and not _after_preposition(ctx, actor):
            return None
        return actor
    return None


#: Prepositions whose actor object a relative clause may still describe as its subject («في سباق مع
#: قوات النظام التي سيطرت على X», «معارك ضد داعش الذي سيطر على X»), unlike a possessed noun
#: («مواقع التنظيم التي»: the sites).
_HEAD_PREPOSITIONS = frozenset(("مع", "ضد", "امام", "بين", "من"))


def _after_preposition(ctx: _Ctx, actor: ActorMention) -> bool:
    """Whether ``actor`` (or the group of actors it closes, «مع قوات النظام والمليشيات الإيرانية»)
    is the object of a preposition of ``_HEAD_PREPOSITIONS`` (no «ل/ب» clitic on the head)."""
    group = _joined_group(ctx, actor)
    if group[0].prefix not in ("", "ال"):
        return False
    k = bisect.bisect_left(ctx.word_starts, group[0].start) - 1
    return k >= 0 and _bare(ctx.words[k][1]) in _HEAD_PREPOSITIONS


#: A complementiser with a subject pronoun right before a verb («إنها صدت», «بأنه سيطر», «أنهم»):
#: the pronoun stands for the speaker of the reporting verb before it.
_PRONOUN_COMPLEMENT = frozenset(("انها", "انه", "انهم", "انهما", "بانها", "بانه", "بانهم", "بانهما"))
#: How far before the complementiser the speaker may be named («قالت فصائل المعارضة في بيان إنها»).
_SPEAKER_REACH = 60


def _speaker_of_pronoun(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The speaker a pronoun subject stands for: «قالت فصائل المعارضة إنها صدت هجوماً», «أعلن
    الجيش أنه سيطر على X» (the last subject actor before the complementiser, in its sentence and
    clause, even inside the reporting phrase); ``None`` when the verb does not follow such a
    pronoun or nobody is named there."""
    k = bisect.bisect_left(ctx.word_starts, trig.start) - 1
    if k < 0 or ctx.words[k][1] not in _PRONOUN_COMPLEMENT or ctx.words[k][0] < sent[0]:
        return None
    at = ctx.words[k][0]
    lo = max(sent[0], at - _SPEAKER_REACH, _clause_start(ctx, sent[0], at))
    for actor in reversed(ctx.actors_from(lo, at)):
        if not (actor.supporting or actor.object_like):
            return actor
    return None


def _attacker_anaphor(ctx: _Ctx, subject: Sequence[ActorMention]) -> bool:
    """Whether ``subject`` is one anaphor naming the attacking side by its role («القوات
    المهاجمة», «وحدات أخرى»)."""
    return len(subject) == 1 and subject[0].anaphor and \
        ctx.norm[subject[0].start:subject[0].end] in _actor_word_set("attacker_anaphors")


def _army_of_place_country(ctx: _Ctx, subject: list[ActorMention], place: Resolution,
                           inferred: bool = False, action: str = "captured") -> list[ActorMention]:
    """``subject`` with a bare «الجيش» that no named army explains (``default_army``) taken as the
    army of the article's theatre country, or else of the country of the place it acts on, outside
    Syria (``place_country_armies`` of actors.yaml: «أن الجيش دخل قضاء سنجار» in Iraq is the Iraqi
    army, «تقدمت وحدات الجيش في جرود رأس بعلبك» in a Lebanese communiqué the Lebanese Army).

    An ``inferred`` subject (not named in the clause, carried from elsewhere in the article) of the
    Syrian government's side acting on a place in such a country is that country's army too
    («أعلن رئيس الوزراء العراقي تحرير قضاء القائم» in a story about the Syrian Army's advance), but
    only for an action of control on the ground (``action``: not a shelling, which crosses borders)
    in an article whose theatre is that country or undecided («سيطر الجيش السوري على البوكمال ثم
    دخل قرية X» with most places in Syria stays the Syrian Army)."""
    armies = load_place_country_armies()
    local = armies.get(place.place.country)
    relabel_inferred = inferred and local is not None and action_family(action) in _GROUND_FAMILIES \
        and ctx.theatre_country() in ("", place.place.country)

    def foreign(a: ActorMention) -> bool:
        return a.default_army or (relabel_inferred and a.entry.family == _GOVERNMENT_FAMILY)

    if not any(foreign(a) for a in subject):
        return subject
    army = (armies.get(ctx.theatre_country()) if any(a.default_army for a in subject) else None) or local
    if army is None:
        return subject
    return [ActorMention(a.start, a.end, army, a.supporting, a.object_like, a.anaphor, a.prefix)
            if foreign(a) else a for a in subject]


#: The family of the Syrian government's forces (actors.yaml).
_GOVERNMENT_FAMILY = "government"


#: Place kinds that do not locate the fighting (a country is named in every kind of story).
_NOT_THEATRE_KINDS = frozenset(("country",))


def _theatre_country(places: Sequence[tuple[int, int, Resolution]]) -> str:
    """The country where the article's fighting takes place: the country of more than half of its
    place mentions (countries themselves left out), or ``""`` when no country has a majority
    (an Iraqi communiqué on Tal Afar, a Lebanese one on the Ras Baalbek barrens, whose villages
    the gazetteer may not know but places near the named ones)."""
    counts = Counter(res.place.country for _, _, res in places if res.place.kind not in _NOT_THEATRE_KINDS)
    if not counts:
        return ""
    country, n = counts.most_common(1)[0]
    return country if 2 * n > sum(counts.values()) else ""


def _opposed_sides(group: Sequence[ActorMention]) -> bool:
    """Whether a group of joined actors holds two sides that fight each other
    (``opposed_families`` of actors.yaml): the parties of a mutual action, not one actor."""
    pairs = load_opposed_families()
    families = {a.entry.family for a in group}
    return len(families) > 1 and any((f, g) in pairs for f in families for g in families)


@functools.lru_cache(maxsize=1)
def _projectile_fall_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the words whose subject is a fallen projectile, the quantifiers that may follow them):
    ``projectile_falls`` and ``subject_quantifiers`` of actors.yaml."""
    return (frozenset(load_actor_words("projectile_falls")),
            frozenset(load_actor_markers()["subject_quantifiers"]))


#: How far before a projectile noun its fall verb may stand («سقوط عدد من قذائف الهاون»).
_FALL_REACH = 40


def _fallen_projectile(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a shell noun is the subject of a fall verb or noun before it («سقطت قذائف هاون
    على X», «سقوط 3 قذائف», «تساقطت عدة قذائف») or of a fall verb right after it, the noun opening
    its clause («قذائف هاون سقطت على X», «قذائف صاروخية عدة تسقط على X»): the projectile is the
    subject, its firer unnamed."""
    if trig.form.pos != "noun" or trig.form.action != "shelled":
        return False
    falls, quantifiers = _projectile_fall_words()
    k = bisect.bisect_left(ctx.word_starts, trig.start) - 1
    while k >= 0 and trig.start - ctx.words[k][0] <= _FALL_REACH:
        word = ctx.words[k][1]
        if _in_with_clitic(word, falls):
            return True
        if not (word.isdigit() or word in quantifiers):
            return _falls_after(ctx, trig, falls)
        k -= 1
    return _falls_after(ctx, trig, falls)


def _air_nationality_before(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The side named by the nationality adjective of the last strike noun before ``trig`` in its
    sentence («قصف جوي روسي مكثف», «غارات تركية»), even one with no place: a later definite strike
    noun with no subject in that sentence («استمرار القصف الجوي على X»: the bombing told before) is
    by the same air force (the caller checks the article; «غارات أخرى» is a new event)."""
    k = bisect.bisect_left(ctx.trigger_starts, trig.start) - 1
    while k >= 0 and ctx.triggers[k].start >= sent[0]:
        earlier = ctx.triggers[k]
        if earlier.form.pos == "noun" and action_family(earlier.form.action) == "airstrike" \
                and not _background_strike_noun(ctx, earlier, sent):
            nationality = _nationality_after(ctx, earlier)
            if nationality is not None:
                return nationality
        k -= 1
    return None


#: How many sentences before an anaphoric strike noun the strike it names back to may be told.
_TOLD_STRIKE_SENTENCES = 1


def _told_strike_firer(ctx: _Ctx, trig: Trigger, sent: tuple[int, int], sentence_index: int) -> ActorMention | None:
    """The firer of the strikes an anaphoric strike noun names back to: ``trig`` a definite air
    strike noun with no subject of its own («وأن الضربات طالت مواقع في محيط X», «الغارات استهدفت
    X»), the firer the side named inside or right after the last strike or fire trigger before it in
    its sentence or the one before («أطلق الجيش الإسرائيلي صواريخ», «غارات روسية»), unless that
    trigger is background («بعد الضربة الإسرائيلية»). A strike with a subject of its own, or an
    indefinite one («غارات أخرى»), is a new event and keeps its own actor."""
    if trig.form.pos != "noun" or action_family(trig.form.action) != "airstrike" \
            or not trig.prefix.endswith("ال"):
        return None
    first = sentence_index - _TOLD_STRIKE_SENTENCES
    lo = ctx.sentences[first][0] if 0 <= first < len(ctx.sentences) else sent[0]
    k = bisect.bisect_left(ctx.trigger_starts, trig.start) - 1
    while k >= 0 and ctx.triggers[k].start >= lo:
        earlier = ctx.triggers[k]
        k -= 1
        if action_family(earlier.form.action) not in ("airstrike", "attacked") or earlier.form.action == "repelled" \
                or _background_strike_noun(ctx, earlier, _sentence_of(ctx, earlier.start)):
            continue
        inside = [a for a in ctx.actors_from(earlier.start, earlier.end) if not a.supporting and not a.object_like]
        named = inside[0] if inside else (_nationality_after(ctx, earlier) if earlier.form.pos == "noun" else None)
        if named is not None:
            return named if named.entry.family in _actor_word_set("air_capable_families") else None
    return None


#: How many words before a strike noun a time or concessive governor may stand («بعد أسبوع من الضربة»).
_BACKGROUND_GOVERNOR_WORDS = 2


def _background_strike_noun(ctx: _Ctx, earlier: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the strike noun ``earlier`` is only background to what follows it, so its nationality
    names no later bombing: governed by a time or concessive word at most
    :data:`_BACKGROUND_GOVERNOR_WORDS` words before it («بعد الضربة الإسرائيلية», «رغم الغارات
    الروسية»), by «من» after a span of time («بعد أسبوع من الضربة»), or the subject of a negated
    verb of preventing right before it («ولم تمنع الضربات الأمريكية الأخيرة استمرار القصف الجوي على
    X»; not «لم تتوقف الغارات الروسية», strikes still going on)."""
    k = bisect.bisect_left(ctx.word_starts, earlier.start)
    before = [w for start, w in ctx.words[max(0, k - _BACKGROUND_GOVERNOR_WORDS):k] if start >= sent[0]]
    if not before:
        return False
    governors = _actor_word_set("background_strike_governors")
    if any(w in governors for w in before):
        return True
    if len(before) == 2 and before[1] == "من" and _bare(before[0]) in _actor_word_set("time_span_nouns"):
        return True  # «بعد أسبوع من الضربة الإسرائيلية»
    return len(before) == 2 and before[0] in _actor_word_set("strike_negators") \
        and before[1] in _actor_word_set("strike_prevention_verbs")  # «ولم تمنع الضربات»


def _told_shells_fell(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether ``trig`` is a definite shell noun, the subject of a fall verb right after it
    («وذكر أن القذائف سقطت على حيي X وY»): shells the text told before, fired by the firer of
    the last shelling (:func:`_fallen_projectile` leaves such shells to the sentences before)."""
    if trig.form.pos != "noun" or trig.form.action != "shelled" or not trig.prefix.endswith("ال"):
        return False
    falls = _projectile_fall_words()[0]
    k = bisect.bisect_left(ctx.word_starts, trig.end)
    return any(_in_with_clitic(word, falls) for _, word in ctx.words[k:k + _FALL_AFTER_WORDS])


def _in_with_clitic(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``words`` (fall verbs, accusation verbs, subordinators), alone or
    after a glued «و»/«ف»."""
    return word in words or (word[:1] in ("و", "ف") and word[1:] in words)


#: Words after which a noun opens a clause («أفادت الوكالة بأن قذائف سقطت», «حيث قذائف …»).
_CLAUSE_OPENERS = frozenset(normalize(w) for w in ("أن", "بأن", "إن", "حيث", "إذ", "فيما", "بينما"))
#: How many words (adjectives, a count) may stand between a shell noun and the fall verb after it.
_FALL_AFTER_WORDS = 2


def _falls_after(ctx: _Ctx, trig: Trigger, falls: frozenset[str]) -> bool:
    """Whether a fall verb follows the shell noun within :data:`_FALL_AFTER_WORDS` words, no
    punctuation between («قذائف هاون سقطت», «قذائف صاروخية عدة سقطت»), the noun bare (not the
    instrument «بقذائف» of another verb) and indefinite (not shells the text has named before, whose
    firer it may have named: «قصفت المدفعية التركية قرى … وذكر أن القذائف سقطت») and opening its clause (not the object of a verb or of a
    preposition before it: «أطلقت قذائف سقطت على X» names its firer)."""
    k = bisect.bisect_left(ctx.word_starts, trig.start)
    if k >= len(ctx.words) or ctx.words[k][0] != trig.start or ctx.words[k][1][:1] in ("ب", "ل") \
            or _bare(ctx.words[k][1]).startswith("ال"):
        return False  # an instrument, or shells named before («قصفت المدفعية … أن القذائف سقطت»)
    if k > 0 and ctx.words[k - 1][0] >= _sentence_of(ctx, trig.start)[0] \
            and ctx.words[k - 1][1] not in _CLAUSE_OPENERS \
            and not _PUNCT.search(ctx.norm, ctx.words[k - 1][0], trig.start):
        return False  # the noun does not open its clause
    end = trig.end
    for pos, word in ctx.words[k + 1:k + 2 + _FALL_AFTER_WORDS]:
        if pos < end:
            continue  # a word of the trigger itself («قذائف هاون»)
        if _PUNCT.search(ctx.norm, end, pos):
            return False
        if _in_with_clitic(word, falls):
            return True
        end = pos + len(word)
    return False


#: How far after an accusation verb the accused side may be named («اتهمت وكالة الأنباء الرسمية
#: "المجموعات المسلحة" المتحصنة في الغوطة بإطلاقها»).
_ACCUSED_REACH = 70


def _accused_firer(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The side a later clause of the sentence accuses of the fallen projectile («قذائف هاون سقطت
    على X، واتهمت الوكالة "المجموعات الإرهابية" بإطلاقها»): after an accusation verb
    (``accusation_verbs`` of actors.yaml), the last actor (or generic armed noun) named before the
    first «ب» word that states the charge («بإطلاقها», «بالقصف»), else the first one named."""
    verbs = _actor_word_set("accusation_verbs")
    k = bisect.bisect_left(ctx.word_starts, trig.end)
    while k < len(ctx.words) and ctx.words[k][0] < sent[1]:
        word = ctx.words[k][1]
        if _in_with_clitic(word, verbs):
            return _accused_after(ctx, k, min(sent[1], ctx.words[k][0] + _ACCUSED_REACH))
        k += 1
    return None


def _accused_after(ctx: _Ctx, verb: int, limit: int) -> ActorMention | None:
    """The accused side after the accusation verb ``ctx.words[verb]``, before ``limit``."""
    stop = bisect.bisect_left(ctx.word_starts, limit)
    named = [a for a in ctx.actors_from(ctx.words[verb][0], limit) if not a.supporting and a.end <= limit]
    named += [g for g in (_generic_agent_at(ctx, k) for k in range(verb + 1, stop)) if g is not None]
    if not named:
        return None
    named.sort(key=lambda a: a.start)
    # the charge («بإطلاقها») closes the accused's name: the side named last before it
    charge = next((pos for pos, word in ctx.words[verb + 1:stop]
                   if word.startswith("ب") and pos >= named[0].end), limit)
    before = [a for a in named if a.start < charge]
    return before[-1] if charge < limit and before else named[0]


#: A masculine plural perfect verb («أطلقوا», «قصفوا»): a dropped human subject, not «القوات».
_MASCULINE_PLURAL = re.compile(r"\w{2,}وا$")
#: How far back in its sentence the fighters a subordinate clause's plural verb refers to may be named.
_SUBORDINATE_REACH = 120


#: A sound masculine plural in construct state («مقاتلو», «مسلحو»; a glued «و/ف» allowed).
_CONSTRUCT_PLURAL = re.compile(r"^[وف]?\w{3,}و$")
_NOT_PLURAL = frozenset(("نحو", "ونحو", "ابو", "وابو"))


def _masculine_plural_head(ctx: _Ctx, actor: ActorMention) -> bool:
    """Whether the word right before ``actor`` is a masculine plural noun governing it («مقاتلو
    هيئة تحرير الشام»)."""
    k = bisect.bisect_left(ctx.word_starts, actor.start) - 1
    if k < 0:
        return False
    word = ctx.words[k][1]
    return word not in _NOT_PLURAL and _CONSTRUCT_PLURAL.match(word) is not None


#: Actions whose dropped plural subject after a subordinator may be the fighters named last.
_SUBORDINATE_FIRE_ACTIONS = frozenset({"shelled", "airstrike", "missile_strike"})


def _subordinate_verb(ctx: _Ctx, trig: Trigger) -> int:
    """The index in ``ctx.words`` of the masculine plural verb of the trigger's clause: the trigger
    verb itself («بعد أن قصفوا X»), or the firing verb whose object the strike noun is, after a
    count («بعد أن أطلقوا عدداً من القذائف على X»); ``-1`` if none."""
    k = bisect.bisect_left(ctx.word_starts, trig.start)
    if k >= len(ctx.words):
        return -1
    if trig.form.pos in ("verb", "present"):
        return k if ctx.words[k][0] == trig.start and _MASCULINE_PLURAL.search(ctx.words[k][1]) else -1
    _, quantifiers = _projectile_fall_words()
    k -= 1
    while k >= 0 and (ctx.words[k][1] in quantifiers or ctx.words[k][1].isdigit()):
        k -= 1
    word = ctx.words[k][1] if k >= 0 else ""
    return k if _MASCULINE_PLURAL.search(word) and _bare(word)[:-2] in _FIRING_VERBS else -1


def _fighters_of_subordinate(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The fighters a masculine plural verb with a dropped subject stands for when a subordinator
    opens its clause («استهدفت وحدات الجيش مقرات الإرهابيين في X، بعد أن أطلقوا القذائف على Y»):
    the last fighters named before the subordinator in the sentence (a generic armed noun of
    ``generic_agents``, or a named side), not the main clause's subject («وحدات الجيش»: a
    feminine plural that such a verb does not agree with). Only for firing (a verb of control
    such as «بعد أن سيطروا على X» continues the main clause's subject), and never an actor read as
    an object of a preposition («من قوات النظام»); a main subject headed by a masculine plural
    («مقاتلو الجيش الحر») agrees with the verb and stays its subject."""
    if trig.form.action not in _SUBORDINATE_FIRE_ACTIONS:
        return None
    verb = _subordinate_verb(ctx, trig)
    if verb < 1:
        return None
    subordinators = _actor_word_set("subordinators")
    one, two = ctx.words[verb - 1][1], (ctx.words[verb - 2][1] + " " if verb >= 2 else "") + ctx.words[verb - 1][1]
    opener = verb - 2 if two in subordinators else verb - 1 if _in_with_clitic(one, subordinators) else -1
    if opener < 0 or ctx.words[opener][0] < sent[0]:
        return None
    at = ctx.words[opener][0]
    lo = max(sent[0], at - _SUBORDINATE_REACH)
    named = [a for a in ctx.actors_from(lo, at) if not a.supporting and a.end <= at
             and not _after_preposition(ctx, a)]
    if any(_masculine_plural_head(ctx, a) for a in named if not a.object_like):
        return None  # «تقدم مقاتلو الجيش الحر نحو مواقع داعش، بعد أن قصفوا X»: the main subject agrees
    named += [g for g in (_generic_agent_at(ctx, k) for k in range(bisect.bisect_left(ctx.word_starts, lo), opener))
              if g is not None]
    return max(named, key=lambda a: a.start) if named else None


#: The past auxiliary of a pluperfect frame («كان/كانت … قد» + verb), with its clitics (normalised).
_PLUPERFECT_AUXILIARIES = frozenset(c + w for c in ("", "و", "ف") for w in ("كان", "كانت"))


def _pluperfect_group_subject(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The generic armed noun of ``generic_agents`` that a pluperfect frame names as the subject of
    the verb (``كان`` + the noun + ``قد`` + the verb: «بعد أن كان المسلحون قد سيطروا عليها»), as in
    :func:`_unnamed_group_subject`: such a clause tells what the other side did before, so it must
    not inherit the subject of the previous clause. ``None`` when the frame or the noun is missing."""
    k = bisect.bisect_left(ctx.word_starts, trig.start)
    if k < 3 or k >= len(ctx.words) or ctx.words[k][0] != trig.start or ctx.words[k - 1][1] != "قد":
        return None
    for size in (1, 2):
        head = k - 1 - size
        if head < 1 or ctx.words[head - 1][0] < sent[0] or ctx.words[head - 1][1] not in _PLUPERFECT_AUXILIARIES:
            continue
        group = _generic_agent_at(ctx, head)
        if group is not None and group.end <= ctx.words[k - 1][0]:
            # the frame contrasts with the main clause: its subject is the side the group fought
            # («استعاد الجيش قرى X وY، بعد أن كان المسلحون قد سيطروا عليها»)
            main = [a for a in ctx.actors_from(sent[0], group.start) if not a.object_like and not a.supporting]
            return _side_against(ctx, group, main[-1] if main else None)
    return None


#: How far after a generic armed noun a named side may still specify it («مجموعة مسلحة تابعة لداعش»).
_GROUP_NAMED_REACH = 15


def _unnamed_group_subject(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The unnamed armed group a verb names as its subject (a generic armed noun of
    ``generic_agents`` inside the split trigger or right after the verb: «حاولت مجموعة إرهابية
    التسلل», «هاجمت مجموعة مسلحة نقاط الجيش»), as the side the article names against the owner of
    the sites it acts on (:func:`_side_against_owner`); ``None`` when there is no such noun or a
    named side follows it («مجموعة مسلحة تابعة للتنظيم»: the named side is found as usual)."""
    lo, hi = trig.gap if trig.gap is not None else (trig.end, trig.end + 2)
    k = bisect.bisect_left(ctx.word_starts, lo)
    group = None
    while k < len(ctx.words) and ctx.words[k][0] < hi and group is None:
        group = _generic_agent_at(ctx, k)
        k += 1
    if group is None or ctx.actors_from(group.end, min(sent[1], group.end + _GROUP_NAMED_REACH)):
        return None
    return _side_against_owner(ctx, group, trig, sent)


def _side_against_owner(ctx: _Ctx, group: ActorMention, trig: Trigger, sent: tuple[int, int]) -> ActorMention:
    """``group`` (a generic armed noun) as the side the article names most often among those that
    fight the owner of the sites the trigger acts on («باتجاه مراكز الجيش»: the first object-like
    side after the trigger in its sentence): ISIS in a communiqué on the barrens it holds; ``group``
    itself when no owner is named, no opposed side is named, or two are named equally often."""
    owner = next((a for a in ctx.actors_from(trig.end, sent[1]) if a.object_like and not a.supporting), None)
    return _side_against(ctx, group, owner)


def _side_against(ctx: _Ctx, group: ActorMention, owner: ActorMention | None) -> ActorMention:
    """``group`` (a generic armed noun) as the side the article names most often among those that
    fight ``owner``; ``group`` itself when there is no owner, no opposed side, or a tie."""
    entry = _most_named_opponent(ctx, owner) if owner is not None else None
    return group if entry is None else ActorMention(start=group.start, end=group.end, entry=entry)


def _most_named_opponent(ctx: _Ctx, owner: ActorMention,
                         families: frozenset[str] | None = None) -> ActorEntry | None:
    """The side the article names most often among those that fight ``owner`` (and belong to one of
    ``families``, when given); ``None`` when none is named or two are named equally often."""
    pairs = load_opposed_families()
    counts = Counter(a.entry.name for a in ctx.actors
                     if not a.supporting and (owner.entry.family, a.entry.family) in pairs
                     and (families is None or a.entry.family in families))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ctx.first_actor_named[ranked[0][0]].entry


def _unnamed_evacuees(ctx: _Ctx, trig: Trigger, main: ActorMention | None) -> ActorMention | None:
    """The side of unnamed fighters that an evacuation phrase sends away after a capture by
    ``main``, the subject named before it («أعلن النظام سيطرته على حلب بعد خروج آخر قوافل المقاتلين
    من أحيائها»): the side the article names most often against ``main`` (``None`` when there is
    no capture trigger between them, or no such side)."""
    if not trig.form.batch_gap or main is None or main.object_like:
        return None
    k = bisect.bisect_left(ctx.trigger_starts, main.end)
    if not any(action_family(t.form.action) == "captured"
               for t in ctx.triggers[k:bisect.bisect_left(ctx.trigger_starts, trig.start)]):
        return None  # only after a capture by ``main`` («أعلنت الفصائل خروج المقاتلين»: its own men)
    entry = _most_named_opponent(ctx, main, _EVACUEE_FAMILIES)
    return None if entry is None else ActorMention(start=trig.start, end=trig.end, entry=entry)


#: The sides whose fighters leave a town in an evacuation deal (buses, convoys): armed groups, not
#: the armies of states.
_EVACUEE_FAMILIES = frozenset({"opposition", "hts", "isis"})


#: How many words may stand between an envoy noun and the first nationality adjective.
_ENVOY_GAP_WORDS = 2


def _envoy_parties(ctx: _Ctx, lo: int, hi: int) -> list[ActorMention]:
    """The states whose envoys the text in ``[lo, hi)`` names by coordinated nationality
    adjectives when it names no party as an actor («الرئيسان الأميركي والروسي», «وزيرا الخارجية
    الروسي والتركي»): the last such group, or ``[]`` (also when the envoys are speakers whose
    reported speech holds the talks: «قال الرئيس الأميركي إن محادثات أستانة فشلت»)."""
    if ctx.actors_from(lo, hi):
        return []
    heads, adjectives = _actor_word_set("envoy_heads"), load_actor_adjectives()
    first = bisect.bisect_left(ctx.word_starts, lo)
    last = bisect.bisect_left(ctx.word_starts, hi)
    found: list[ActorMention] = []
    for k in range(first, last):
        if ctx.words[k][1] not in heads and _bare(ctx.words[k][1]) not in heads:
            continue
        group: list[ActorMention] = []
        for j in range(k + 1, last):  # (indices: no copy of the words per envoy noun)
            pos, word = ctx.words[j]
            entry = adjectives.get(word) or (adjectives.get(word[1:]) if word[:1] == "و" else None)
            if entry is not None:
                if all(a.entry.name != entry.name for a in group):
                    group.append(ActorMention(start=pos, end=pos + len(word), entry=entry))
            elif group or j - k > _ENVOY_GAP_WORDS:
                break  # (after the group, or too many words after the envoy noun)
        if group:
            found = group
    if found and any(word in _COMPLEMENTISERS for pos, word in ctx.words[first:last] if pos > found[-1].end):
        return []  # «قال الرئيس الأميركي إن محادثات أستانة فشلت»: a speaker, no party
    return found


#: Complementisers after a reporting verb («قال … إن», «أكد … أن»): what follows is reported speech.
_COMPLEMENTISERS = frozenset(("ان", "بان", "انه", "انها", "انهم", "بانه", "بانها"))


def _main_actor_may_act(ctx: _Ctx, trig: Trigger, main: str) -> bool:
    """Whether a claim with no actor named in its sentence may take the article's main actor
    ``main``: for talks and zones only a side that takes part in them (``talks_party_families``
    of actors.yaml: «محادثات أستانة» in an article about Russia), never one kept out of them (the
    SDF, HTS, ISIS); never for a fallen projectile («سقطت قذائف على X»). (What it may carry out,
    an air strike only with aircraft, is :func:`_may_carry`.)"""
    if action_family(trig.form.action) in _PARLEY_FAMILIES:
        return actor_family(main) in _actor_word_set("talks_party_families")
    return not _fallen_projectile(ctx, trig)


def _air_arm_only(ctx: _Ctx, subject: Sequence[ActorMention]) -> bool:
    """Whether every mention of ``subject`` names an air arm («للطيران الروسي», «طائرات
    التحالف»): it flew, so it is no dropped subject of a later shelling."""
    words = _actor_word_set("air_words")
    for a in subject:
        surface = ctx.norm[a.start + len(a.prefix):a.end].strip(_HEAD_NOISE_QUOTES)
        tokens = surface.split()
        if not any(t in words or " ".join(tokens[i:i + 2]) in words for i, t in enumerate(tokens)) \
                and not _aircraft_adjective(ctx, a, words):
            return False
    return bool(subject)


#: How many words before a nationality adjective its aircraft noun may stand («طائرات حربية يرجح
#: أنها روسية»: the noun, an adjective and a hedge).
_ADJECTIVE_NOUN_WORDS = 4


def _aircraft_adjective(ctx: _Ctx, actor: ActorMention, air_words: frozenset[str]) -> bool:
    """Whether ``actor`` is a nationality adjective of an aircraft noun a few words before it
    («طائرات حربية يرجح أنها روسية», «مقاتلات تركية»): the side named only as the one that flew."""
    if ctx.norm[actor.start:actor.end].strip() not in load_actor_adjectives():
        return False
    return any(w in air_words for w in _word_before(ctx, actor.start, _ADJECTIVE_NOUN_WORDS))


_HEAD_NOISE_QUOTES = " \"'«»“”"


def _first_person_object(ctx: _Ctx, trig: Trigger, first_place: int) -> bool:
    """Whether a first-person possessed noun (``first_person_objects``: «مواقعنا», «نقاطنا») stands
    between the trigger and its place («استهدفت أحد مواقعنا العسكرية قرب X»): the speaker's side
    is the target."""
    if first_place <= trig.end or "نا" not in ctx.norm[trig.end:first_place]:
        return False
    owned = _actor_word_set("first_person_objects")
    return any(_in_with_clitic(w, owned) for w in ctx.norm[trig.end:first_place].split())


def _may_bomb(trig: Trigger, families: Iterable[str]) -> bool:
    """Whether sides of ``families`` may be the dropped subject of ``trig``: a bombing (a form
    holding a ``bombing_words`` entry: «تفجير سيارة مفخخة») only by an armed group of
    ``bombing_families``, never by a state's forces."""
    if not _actor_word_set("bombing_words").intersection(trig.form.form.split()):
        return True
    return all(f in _actor_word_set("bombing_families") for f in families)


def _may_carry(ctx: _Ctx, carried: Sequence[ActorMention], action: str) -> bool:
    """Whether a remembered subject may be the dropped subject of a claim of ``action``: an air
    strike only by a side with aircraft, a shelling never by an air arm alone."""
    if action == "airstrike":
        return all(a.entry.family in _actor_word_set("air_capable_families") for a in carried)
    if action == "shelled":
        return not _air_arm_only(ctx, carried)
    return True


#: Up to two words (adjectives such as «جوية», «مكثفة») may stand between an action noun and the
#: nationality adjective that names its actor; a preposition or punctuation ends the search.
_NATIONALITY_WINDOW = re.compile(r"((?:\s+[^\s,،.:؛]+){1,3})")


@functools.lru_cache(maxsize=1)
def _strike_nouns() -> frozenset[str]:
    """The verbal-noun trigger forms of the fighting and strike families («قصف مدفعي», «غارات»)."""
    return frozenset(f.form for f in load_triggers()
                     if f.pos == "noun" and action_family(f.action) in _STRIKE_FAMILIES)


def _strike_noun_subject(surface: str) -> bool:
    """Whether a verb trigger's surface goes on with a strike noun after the verb («استهدف قصف
    مدفعي»: a verb and its subject read as one trigger)."""
    words = surface.split()
    nouns = _strike_nouns()
    return any(" ".join(words[k:]) in nouns for k in range(1, len(words)))


def _fighters_side(ctx: _Ctx, trig: Trigger) -> ActorMention | None:
    """The side of the fighters that end an evacuation trigger («إجلاء مسلحي النصرة»), named right
    after the head noun or by an alias that begins with it («خروج مقاتلي المعارضة»)."""
    head = max(trig.start, ctx.norm.rfind(" ", trig.start, trig.end) + 1)  # the last word's start
    found = ctx.actors_from(head, trig.end + 13)
    named = [a for a in found if not a.anaphor]
    first = next(iter(named or found), None)  # («عناصر "داعش"»: the name, not the head read as an anaphor)
    return None if first is None or first.supporting else first


def _nationality_after(ctx: _Ctx, trig: Trigger) -> ActorMention | None:
    """The actor named by a nationality adjective right after an action noun («قصف تركي»); in a
    split trigger also right after its first part («غارات جوية روسية استهدفت X»)."""
    definite = _definite(ctx.norm[trig.start:trig.end].split()[0])
    if trig.gap is not None:
        inside = _nationality_of_noun(ctx, trig.gap[0], definite) or _agent_noun_nationality(ctx, trig.gap[0])
        if inside is not None and inside.end <= trig.gap[1]:
            return inside
    return _nationality_of_noun(ctx, trig.end, definite) or _agent_noun_nationality(ctx, trig.end)


def _agent_noun_nationality(ctx: _Ctx, at: int) -> ActorMention | None:
    """The actor named by a nationality adjective of a military noun in «ل» right after ``at``,
    the agent of the action noun before it («غارات لمقاتلات يعتقد أنها روسية», «قصف للمدفعية
    التركية»); the adjective agrees with the military noun, not with the action noun."""
    k = bisect.bisect_left(ctx.word_starts, at)
    if k >= len(ctx.words) or not ctx.words[k][1].startswith("ل") or ctx.norm[at:ctx.words[k][0]].strip():
        return None
    start, word = ctx.words[k]
    noun = "ال" + word[2:] if word.startswith("لل") else word[1:]
    if noun not in _military_nouns():
        return None
    return _nationality_of_noun(ctx, start + len(word), _definite(noun))


def _subject_noun_actor(ctx: _Ctx, trig: Trigger) -> ActorMention | None:
    """The actor of the military noun that follows a trigger as its subject or agent, named by a
    nationality adjective («دخل رتل عسكري تركي إلى X», «شنت طائرات حربية إسرائيلية غارات»,
    «دخول قوات أمريكية إلى X») or by «ل» («وصلت تعزيزات عسكرية لقوات النظام»): the noun
    (``military_nouns`` of actors.yaml) comes first, inside a split trigger or right after the
    trigger."""
    at = trig.gap[0] if trig.gap is not None else trig.end
    k = bisect.bisect_left(ctx.word_starts, at)
    if k >= len(ctx.words):
        return None
    start, noun = ctx.words[k]
    if _bare(noun) not in _military_nouns() or ctx.norm[at:start].strip():
        return None
    end = start + len(noun)
    nationality = _nationality_of_noun(ctx, end, _definite(noun))
    if nationality is not None:
        return nationality
    owners = ctx.actors_from(end, end + 40)
    return owners[0] if owners and _is_agent(ctx, end, owners[0]) else None


#: How far before a strike noun the military noun of its verb's subject may stand.
_SUBJECT_NOUN_REACH = 70


def _military_subject_of_verb(ctx: _Ctx, trig: Trigger, sent: tuple[int, int],
                              named: ActorMention | None) -> ActorMention | None:
    """The actor of a military noun with a nationality adjective that is the subject of a verb
    trigger, right before it (SVO: «قال الجيش السوري إن طائرات حربية إسرائيلية شنت غارات»,
    «وكانت طائرات إسرائيلية قد قصفت موقعاً»): only «قد» or a time word may come between, and no
    actor named after the noun phrase (``named``, the last subject before the trigger) is nearer."""
    k = bisect.bisect_left(ctx.word_starts, trig.start) - 1
    if k < 0:
        return None
    _, quantifiers = _projectile_fall_words()
    while k >= 0 and (ctx.words[k][1] in _SUBJECT_TO_VERB or ctx.words[k][1] in quantifiers):
        k -= 1  # the cheap precondition: the word before the verb (or «قد») must end a nisba adjective
    if k < 0 or ctx.words[k][1] not in load_actor_adjectives():
        return None
    found = _military_subject_before(ctx, trig, sent)
    if found is None or found.start != ctx.words[k][0] or _PUNCT.search(ctx.norm, found.end, trig.start):
        return None
    if any(a.supporting or a.object_like for a in ctx.actors_from(max(sent[0], found.start - 40), found.end)
           if a.end >= found.end):
        return None  # «بدعم من القوات الجوية الروسية، سيطرت»: a named supporter, not the subject
    return found if named is None or named.end <= found.start else None


def _military_subject_before(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The actor of a military noun before a strike noun in its clause, named by a nationality
    adjective: the noun is the subject of the verb whose object is the strike noun («نفذت طائرات
    حربية يرجح أنها روسية عدة غارات على X»)."""
    lo = max(sent[0], trig.start - _SUBJECT_NOUN_REACH, _clause_start(ctx, sent[0], trig.start))
    nouns = _military_nouns()
    k = bisect.bisect_left(ctx.word_starts, trig.start) - 1
    while k >= 0 and ctx.words[k][0] >= lo:
        start, word = ctx.words[k]
        if _bare(word) in nouns or (word[:1] == "ل" and word[1:] in nouns):  # («لصواريخ إسرائيلية استهدفت»)
            found = _nationality_of_noun(ctx, start + len(word), _definite(word))
            return found if found is not None and found.end <= trig.start else None
        k -= 1
    return None


@functools.lru_cache(maxsize=1)
def _nationality_hedge() -> re.Pattern[str]:
    """A hedge between a noun and its nationality adjective, with an optional relative pronoun
    («يرجح أنها», «التي يعتقد أنها»; ``nationality_hedges`` of actors.yaml)."""
    hedges = load_actor_words("nationality_hedges")
    if not hedges:
        return re.compile(r"(?!)")
    return re.compile(rf"\s+(?:(?:التي|الذي)\s+)?(?:{alternation(hedges)})(?![\w])")


@functools.lru_cache(maxsize=1)
def _military_nouns() -> frozenset[str]:
    return frozenset(load_actor_markers()["military_nouns"])


def _nationality_of_noun(ctx: _Ctx, end: int, definite: bool) -> ActorMention | None:
    """The actor named by a nationality adjective agreeing with the noun ending at ``end`` (after
    at most two other nisba adjectives: «جوية», «عسكري»). One hedge may stand before the adjective
    («غارات جوية يرجح أنها روسية», «الطائرات التي يعتقد أنها روسية»: ``nationality_hedges``); the
    adjective is then a predicate, indefinite whatever the noun."""
    window = _NATIONALITY_WINDOW.match(ctx.norm, end)
    if window is None:
        return None
    adjectives, stops = load_actor_adjectives(), _NOT_ADJECTIVE
    pos = end
    hedged = False
    words: list[str] = window.group(1).split()
    while words:
        hedge = _nationality_hedge().match(ctx.norm, pos) if not hedged else None
        if hedge is not None:  # the hedge does not count as one of the words in between
            hedged, pos = True, hedge.end()
            following = _NATIONALITY_WINDOW.match(ctx.norm, pos)
            words = following.group(1).split()[:len(words)] if following is not None else []
            continue
        word = words.pop(0)
        start = ctx.norm.index(word, pos)
        pos = start + len(word)
        if stops.fullmatch(word) or _definite(word) != (definite and not hedged):
            # adjectives agree with their noun: «قصف النقطة التركية» is a Turkish post that is
            # shelled, «هروب أبو حسن العراقي» a man's epithet
            return None
        entry = adjectives.get(word)
        if entry is not None:
            return ActorMention(start, pos, entry)
        if not word.endswith(("ه", "ي")):
            return None  # only (nisba) adjectives («جوية», «مكثفة», «عسكري») may come between
    return None


def _definite(word: str) -> bool:
    """Whether a normalised word carries the article («الغارات», «بالغارات», «للغارات»)."""
    return word.startswith(("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال"))


_HEAD_END = re.compile(r"(?:مسلحي|عناصر|مقاتلي)$")
_AGENT_GAP = re.compile(r"(?:\s+[^\s,،:؛.]+){0,2}?\s+")
_NOT_ADJECTIVE = re.compile(r"(?<![\w])[وف]?(?:علي|في|الي|من|عن|ضد|نحو|باتجاه|مواقع|قرب)(?![\w])")


#: The positions a passive firing verb names its strikes fired from («أطلقت من مواقع»).
_FIRED_FROM = r"من\s+(?:مواقع|مراكز|نقاط|مقرات|ثكنات|تمركزات)\s+"
#: An agent clause after a strike noun: up to three words, then a firing verb that refers back to
#: the noun: after a relative pronoun («التي أطلقتها», «الذي نفذه»), with its object pronoun
#: («قذائف هاون أطلقها», «بالقذائف الصاروخية نفذها»), or a passive one with the positions it was
#: fired from («قذائف أطلقت من مواقع»: their owner fired). A bare verb («ونفذ عناصر من X هجوماً»,
#: «وشن مسلحو X») opens the next clause: its subject fired no strike of this one.
_AGENT_CLAUSE = re.compile(r"(?:\s+[^\s,،.:؛]+){0,3}?\s+"
                           rf"(?:(?:التي|الذي)\s+[وف]?(?:{'|'.join(_FIRE_VERBS)})(?:ها|ه|هم)?"
                           rf"|[وف]?(?:{'|'.join(_FIRE_VERBS)})(?:ها|ه|هم)"
                           rf"|(?:{'|'.join(_FIRE_VERBS)})(?=\s+{_FIRED_FROM}))\s+"
                           rf"(?:{_FIRED_FROM})?")


#: A group noun before the named firer in an agent clause («هجوم شنته جماعة "جبهة النصرة"»,
#: «شنته مجموعات من تنظيم داعش», «نفذه انتحاري من تنظيم "جبهة النصرة"»): the named side is
#: still the agent.
_AGENT_GROUP_HEAD = re.compile(r"(?:جماعه|مجموعه|مجموعات|فصايل|فصيل|خليه|خلايا|انتحاري|انتحاريون|انتحاريين"
                               r"|مسلح|مسلحون|مسلحين|عناصر)\s+(?:من\s+)?(?:(?:ال)?تنظيم\s+)?[\"'«“]?\s*")


def _clause_agent(ctx: _Ctx, trig: Trigger) -> ActorMention | None:
    """The firer named by an agent clause after a strike noun («سقوط قذائف هاون أطلقها مسلحون
    على X»: an actor, or a generic armed noun of ``generic_agents``), not the army named elsewhere
    in the sentence."""
    if trig.form.pos != "noun" or action_family(trig.form.action) not in _STRIKE_FAMILIES:
        return None
    m = _AGENT_CLAUSE.match(ctx.norm, trig.end)
    if m is None:
        return None
    head = _AGENT_GROUP_HEAD.match(ctx.norm, m.end())  # «شنته جماعة "جبهة النصرة"»
    named = ctx.actors_from(m.end(), (head.end() if head else m.end()) + 3)
    if named:
        return None if named[0].supporting else named[0]
    k = bisect.bisect_left(ctx.word_starts, m.end())
    if k >= len(ctx.words) or ctx.words[k][0] != m.end():
        return None
    return _generic_agent_at(ctx, k)


def _generic_agent_at(ctx: _Ctx, k: int) -> ActorMention | None:
    """The generic armed noun of ``generic_agents`` (one or two words) that begins at the word
    ``ctx.words[k]`` («مسلحون», «المجموعات المسلحة»), as a mention of the actor it names, or ``None``."""
    agents = load_generic_agents()
    start, word = ctx.words[k]
    pair = word + " " + ctx.words[k + 1][1] if k + 1 < len(ctx.words) else ""
    for phrase in (pair, word):
        if phrase in agents:
            return ActorMention(start=start, end=start + len(phrase), entry=agents[phrase])
    return None


def _agent_after(ctx: _Ctx, trig: Trigger, post: Sequence[ActorMention]) -> ActorMention | None:
    """The agent of a verbal noun, named right after it with «ل» («قصف مدفعي وصاروخي لقوات
    النظام», «هجوم معاكس للتنظيم», «مؤتمر موسع للمعارضة»): at most two words (adjectives) between.
    Not after a strike noun read with its target verb («ضربات استهدفت وحدتين لداعش»): the side
    named there owns what was struck."""
    if not post or _TARGET_VERB_WORD.fullmatch(ctx.norm, ctx.norm.rfind(" ", trig.start, trig.end) + 1,
                                               trig.end) is not None:
        return None  # (the target verb ends the trigger; «استهدف قصف مدفعي لقوات النظام» keeps its agent)
    if _air_agent_from(ctx, trig, post[0]):
        return post[0]  # «تعرضت لضربة من طيران التحالف»
    return post[0] if _is_agent(ctx, trig.end, post[0]) else None


#: «من» (an adjective may stand before it) between a strike noun and the aircraft that struck.
_FROM_AGENT_GAP = re.compile(r"\s+(?:\w+\s+)?من\s+")


def _air_agent_from(ctx: _Ctx, trig: Trigger, actor: ActorMention) -> bool:
    """Whether ``actor`` is the aircraft that made the strike noun ``trig``, named after «من»
    («لضربة من طيران التحالف», «غارات جوية من الطائرات الروسية»): only aircraft (``air_subjects``),
    since a side after «من» is otherwise where the strike came from or what it hit."""
    return trig.form.pos == "noun" and action_family(trig.form.action) == "airstrike" \
        and _FROM_AGENT_GAP.fullmatch(ctx.norm, trig.end, actor.start) is not None \
        and _context_regex("air_subjects").match(ctx.norm, actor.start) is not None


#: A verb that names what a strike hit or destroyed («استهدفت», «دمرتا», «طالت», «أصابت»;
#: normalised): a side named with «ل» after it owns the target («دمرتا مقراً لداعش»), it is no agent.
_TARGET_VERB_WORD = re.compile(r"(?<![\w])[وف]?(?:استهدف|استهدفت|استهدفتا|استهدفوا|طال|طالت|طالتا|دمر|دمرت"
                               r"|دمرتا|دمروا|اصاب|اصابت|اصابتا|تستهدف|يستهدف)(?![\w])")


def _is_agent(ctx: _Ctx, end: int, actor: ActorMention) -> bool:
    """Whether ``actor`` («لقوات النظام») is the agent of the verbal noun ending at ``end``."""
    if actor.prefix not in ("ل", "لل") or actor.supporting:
        return False
    gap = ctx.norm[end:actor.start]
    if _AGENT_GAP.fullmatch(gap) is None and gap.strip():
        return False
    return not _NOT_ADJECTIVE.search(gap) and _TARGET_VERB_WORD.search(gap) is None


def _last_subject_before(ctx: _Ctx, lo: int, hi: int, family: str) -> ActorMention | None:
    """The last actor in ``[lo, hi)`` that can be the subject (not a supporter or an object, not a
    non-party of talks), preferring one outside the reporting phrases («قالت مصادر …»)."""
    starts = ctx.actor_starts
    last_any = None
    clause = None
    for k in range(bisect.bisect_left(starts, hi) - 1, bisect.bisect_left(starts, lo) - 1, -1):
        a = ctx.actors[k]
        if a.end > hi or a.supporting or a.object_like \
                or (family in _PARLEY_FAMILIES and a.entry.family in _NOT_PARTIES):
            continue
        if _RELATIVE_SUBJECT.search(ctx.norm, max(lo, a.start - 25), a.start):
            clause = _clause_start(ctx, lo, hi) if clause is None else clause
            if a.start < clause:
                continue  # «الحصار الذي فرضه التنظيم …، قبل أن تسيطر على …»: a relative clause's subject
        if _in_closed_relative(ctx, a, lo, hi):
            continue  # «قسد، التي يشكل تنظيم "ب ي د" عمودها الفقري، سيطرتها على X»: the head noun acts
        if _in_relative_object_before_verb(ctx, a, lo, hi):
            continue  # «الفصائل التي دمرت دبابات وطائرات للنظام قصفت X»: the factions shelled
        i = bisect.bisect_right(ctx.attribution_starts, a.start) - 1
        if not (i >= 0 and a.start < ctx.attributions[i][1]):
            return a  # the last one outside the reporting phrases
        if last_any is None:
            last_any = a
    return last_any


#: How far before an actor (or a withdrawal) the relative pronoun of the clause that holds it may stand
#: (120: the value this reach has always had at run time, a later constant of the same name having
#: overridden an earlier 60).
_RELATIVE_REACH = 120
#: The last relative pronoun of a window with no punctuation after it (the clause is still open).
_OPEN_RELATIVE = re.compile(r"(?<![\w])[وف]?(?:الذي|التي|الذين|اللذين|اللتين)(?![\w])[^,،.:;؛!?؟\n]*$")
_COMMA = re.compile(r"[,،]")


def _open_relative_before(ctx: _Ctx, actor: ActorMention, lo: int) -> re.Match[str] | None:
    """The relative pronoun still open (no punctuation after it) in the :data:`_RELATIVE_REACH`
    characters before ``actor`` (from ``lo`` on), with the rest of the window; else None."""
    window = ctx.norm[max(lo, actor.start - _RELATIVE_REACH):actor.start]
    if not ("لذ" in window or "التي" in window or "اللت" in window):
        return None  # (a cheap test first: every relative pronoun holds one of these; «اللذين» has no «الذ»)
    return _OPEN_RELATIVE.search(window)


def _in_relative_object_before_verb(ctx: _Ctx, actor: ActorMention, lo: int, hi: int) -> bool:
    """Whether ``actor`` stands in the object of an open relative clause (a verb and a noun at least
    between the pronoun and it) that the main verb at ``hi`` follows with no «و» («الفصائل التي
    دمرت دبابات وطائرات للنظام قصفت X»): the noun the clause describes is the subject, not the
    owner of what the clause's verb acted on; not «القرى التي تقدمت نحوها قوات النظام وسيطرت
    عليها», where the verb joins the relative clause."""
    rel = _open_relative_before(ctx, actor, lo)
    if rel is None or len(_WORDS.findall(rel.group())) < 3 or ctx.norm[actor.end:hi].strip():
        return False
    return not ctx.norm.startswith(("و", "ف"), hi)


def _in_closed_relative(ctx: _Ctx, actor: ActorMention, lo: int, hi: int) -> bool:
    """Whether ``actor`` stands inside a relative clause that a comma closes before ``hi``: it is
    that clause's subject, and the noun the clause describes is the subject of what follows
    («أعلنت قسد، التي يشكل تنظيم "ب ي د" عمودها الفقري، سيطرتها على X»: the SDF)."""
    return _open_relative_before(ctx, actor, lo) is not None and _COMMA.search(ctx.norm, actor.end, hi) is not None


@functools.lru_cache(maxsize=1)
def _clause_break_words() -> frozenset[str] | None:
    """Words a clause break can begin with, when no break phrase can start inside another
    (then the last break before a point is the last place a break matches); else None."""
    phrases = load_action_markers()["clause_breaks"]
    firsts = first_words(phrases, ("", "و", "ف"))
    if not firsts or any(tok in firsts for phrase in phrases for tok in phrase.split()[1:]):
        return None
    return firsts


def _clause_start(ctx: _Ctx, lo: int, hi: int) -> int:
    """Start of the last clause break of ``norm[lo:hi]`` (as the last match of
    ``finditer(norm, lo, hi)``), else ``lo``. ``hi`` is a word start."""
    regex = _marker_regexes()["clause_breaks"]
    words = _clause_break_words()
    if words is None or not (hi == 0 or not _WORD_CHAR.match(ctx.norm, hi - 1)):
        start = lo
        for m in regex.finditer(ctx.norm, lo, hi):
            start = m.start()
        return start
    positions = ctx.gate_starts["start:clause_breaks"]  # the words of ``_clause_break_words()``
    for k in range(bisect.bisect_left(positions, hi) - 1, bisect.bisect_left(positions, lo) - 1, -1):
        if regex.match(ctx.norm, positions[k], hi) is not None:
            return positions[k]
    return lo


#: Relative pronouns; ``_RELATIVE_SUBJECT`` (one to two words after one, up to the window's end:
#: «الحصار الذي فرضه التنظيم») is compiled from them, the gate ``relative_pronouns`` reads them.
_RELATIVE_PRONOUNS = ("الذي", "التي", "الذين", "اللذين", "اللتين")
_RELATIVE_SUBJECT = re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, _RELATIVE_PRONOUNS))})(?:\s+\w+){{1,2}}\s+$")

#: Families whose actor is the parties to an agreement or talks; sides never party to them.
_PARLEY_FAMILIES = frozenset({"negotiation", "zone"})
_NOT_PARTIES = frozenset({"isis"})
_BETWEEN = re.compile(r"(?<![\w])(?:بين|بحضور|بمشاركه)\s+(?:كل\s+من\s+)?")


def _parties(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[ActorMention]:
    """«محادثات … بين روسيا وتركيا وإيران»: the actors listed after «بين» (within the clause)."""
    m = _BETWEEN.search(ctx.norm, trig.end, min(sent[1], trig.end + 80))
    if m is None:
        return []
    lo = m.end()
    while lo < min(sent[1], m.end() + 2) and ctx.norm[lo] in "\"'«“":  # «بين "قسد" وتنظيم …»
        lo += 1
    head = next((a for a in ctx.actors_from(lo, lo + 1) if a.entry.family not in _NOT_PARTIES), None)
    return _with_allies(ctx, head) if head is not None else []


#: An attack noun with its agent after a clash between two sides: a verb of launching with its
#: pronoun («هجوم بدأته الحركة», «هجوماً شنه التنظيم») or the agent in «ل» («إثر هجوم للحركة»).
_CLASH_ATTACK = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:هجوم|هجوما|هجمات)(?:\s+\w+[يه])?\s+"
                           r"(?:(?:بداته|بداه|شنته|شنه|نفذته|نفذه|اطلقته|اطلقه)\s+|(?=ل))")
#: How far after a clash noun the attack that caused it may be named.
_CLASH_REACH = 220


def _attacker_of_clash(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The side of a clash named as the attacker later in its sentence («اشتباكات بين قوات
    النظام … من جهة، وحركة أحرار الشام من جهة أخرى، إثر هجوم بدأته الحركة»), else ``None``."""
    hi = min(sent[1], trig.end + _CLASH_REACH)
    if "هجم" not in ctx.norm[trig.end:hi] and "هجوم" not in ctx.norm[trig.end:hi]:
        return None  # the cheap precondition
    for m in _CLASH_ATTACK.finditer(ctx.norm, trig.end, hi):
        named = ctx.actors_from(m.end(), m.end() + 3)
        if named and not named[0].supporting:
            return named[0]
    return None


#: A relative clause right after the venue of talks, whose subject hosts them («مؤتمر سوتشي
#: الذي تعتزم موسكو عقده», «في أستانا التي تستضيف …»): the venue's name (up to three words), the
#: pronoun, then one or two words (group 1) before the host.
_HOST_CLAUSE = re.compile(r"[^\s,،.:؛]*(?:\s+[^\s,،.:؛]+){0,2}?\s+(?:الذي|التي)((?:\s+[^\s,،.:؛]+){1,2}?)\s+")


def _host_after(ctx: _Ctx, place: int, sent: tuple[int, int]) -> ActorMention | None:
    """The host of talks named by a relative clause after their venue, when nothing else names
    their parties (not ISIS, never a supporter or an object)."""
    m = _HOST_CLAUSE.match(ctx.norm, place, sent[1])
    if m is None:
        return None
    for actor in ctx.actors_from(m.start(1), min(sent[1], m.end() + 25)):
        if not (actor.supporting or actor.object_like) and actor.entry.family not in _NOT_PARTIES:
            return actor
    return None


def _named_parties(ctx: _Ctx, sent: tuple[int, int]) -> list[ActorMention]:
    """The parties of talks whose clause names none: every actor named in the sentence (as
    subject, object or agent: «مؤتمر موسع للمعارضة … إلى جولة مفاوضات جنيف»), once each, not a
    supporter and never ISIS; ``[]`` when the sentence names nobody (the article's main actor
    is no party to talks it does not name)."""
    parties: list[ActorMention] = []
    names: set[str] = set()
    for actor in ctx.actors_from(*sent):
        if not actor.supporting and actor.entry.family not in _NOT_PARTIES and actor.entry.name not in names:
            names.add(actor.entry.name)
            parties.append(actor)
    return parties


#: «و» between two actors, either of them in quotes («للجيش السوري و«حزب الله»», «"قسد" و"الوحدات"»).
_QUOTED_AND_GAP = re.compile(r"[\"'»”]?\s*(?:و|,|،)\s*[\"'«“]?")


def _with_allies(ctx: _Ctx, head: ActorMention, objects: bool = False) -> list[ActorMention]:
    """The head actor with actors coordinated to it («قوات النظام وميليشيا حزب الله»); an object
    before it («ضد قوات النظام وحزب الله») joins only with ``objects``."""
    def joined(left: ActorMention, right: ActorMention) -> bool:
        gap = ctx.norm[left.end:right.start]
        return (right.start - left.end <= 6 and not right.supporting
                and (_AND_GAP.fullmatch(gap) is not None or _QUOTED_AND_GAP.fullmatch(gap) is not None
                     or (_BLANK.fullmatch(gap) is not None and ctx.norm[right.start] == "و")))

    index = bisect.bisect_left(ctx.actor_starts, head.start)
    while index < len(ctx.actors) and ctx.actors[index].start == head.start and ctx.actors[index] != head:
        index += 1  # the first mention equal to ``head`` (as list.index)
    if index == len(ctx.actors) or ctx.actors[index] != head:
        return [head]  # a generic agent («أطلقها مسلحون»), not a named actor of the article
    start = index
    while start > 0 and joined(ctx.actors[start - 1], ctx.actors[start]) \
            and (not ctx.actors[start - 1].object_like or objects):
        start -= 1
    stop = index
    while stop + 1 < len(ctx.actors) and joined(ctx.actors[stop], ctx.actors[stop + 1]):
        stop += 1
    return ctx.actors[start:stop + 1]


def _joined_group(ctx: _Ctx, head: ActorMention) -> list[ActorMention]:
    """``head`` with the actors coordinated to it, objects included («مع قوات النظام والمليشيات
    الإيرانية»: both, though the first is the object of «مع»)."""
    return _with_allies(ctx, head, objects=True)


# --------------------------------------------------------------------------- attribution
#: Attribution after the claim («… وفقاً لمصادر», «حسب المرصد»): first word → the regex of the rest
#: of the phrase. ``_AFTER_MARKERS`` is compiled from them, the gate ``after_markers`` reads the first words.
_AFTER_PHRASES = {"وفق": "", "وفقا": r"\s+ل\S*", "حسب": "", "بحسب": "", "حسبما": "",
                  "نقلا": r"\s+عن"}
_AFTER_MARKERS = re.compile(
    rf"(?<![\w])[وف]?(?:{'|'.join(re.escape(w) + rest for w, rest in _AFTER_PHRASES.items())})(?![\w])")


@functools.lru_cache(maxsize=1)
def _attribution_words() -> frozenset[str] | None:
    """Words an attribution phrase can begin with (the gate of :func:`_attribution_spans`)."""
    return first_words(load_markers()["attribution"], ("", "و", "ف"))


def _attribution_spans(norm: str, starts: list[int]) -> list[tuple[int, int]]:
    """Normalised spans of attribution phrases (reporting verb + its source); ``starts``: the
    offsets of the words of :func:`_attribution_words`, where alone the attribution regex is tried
    (a plain ``finditer`` when those words are no exact gate)."""
    rx = _marker_regexes()["attribution"]
    matches = matches_at(rx, norm, starts) if _attribution_words() else rx.finditer(norm)
    spans: list[tuple[int, int]] = []
    for m in matches:
        if spans and m.start() < spans[-1][1] + 2:
            continue  # «وقالت مصادر …»: one phrase
        stop = m.end()
        for token in _TOKEN.finditer(norm[m.end():m.end() + 60]):
            word = token.group(0)
            if _THAT_WORD.match(word) or word.startswith(("ان", "بان")) and len(word) <= 4:
                break
            stop = m.end() + token.end()
            if _ENDS_PUNCT.search(word):
                stop -= 1
                break
        spans.append((m.start(), stop))
    return spans


def _attribution(ctx: _Ctx, trig: Trigger, sent: tuple[int, int], end: int) -> str:
    best = None
    starts = ctx.attribution_starts
    i = bisect.bisect_left(starts, trig.start) - 1  # the last phrase starting before the trigger
    if i >= 0 and starts[i] >= sent[0]:
        best = ctx.attributions[i]
    if best is None:
        for m in _AFTER_MARKERS.finditer(ctx.norm, end, min(sent[1], end + 40)):
            i = bisect.bisect_right(starts, m.start()) - 1  # phrases do not overlap
            best = ctx.attributions[i] if i >= 0 and m.start() < ctx.attributions[i][1] else None
            break
    if best is None:
        return ""
    a, b = _orig(ctx, best[0], best[1])
    return " ".join(ctx.article.text[a:b].split()).strip(" ،,:\"«»“”-")


# --------------------------------------------------------------------------- quantities
_QTY = [
    (re.compile(r"(\d+(?:\.\d+)?)\s*(?:كيلو\s*متر\w*|كيلومتر\w*|كلم|كم)\s*(?:مربع\w*|2)"), "km2"),
    (re.compile(r"(\d+(?:\.\d+)?)\s*(?:كيلو\s*متر\w*|كيلومتر\w*|كلم|كم)(?!\s*(?:مربع|2))"), "km"),
    (re.compile(r"(\d+)\s*(?:قريه|قري|بلدات|بلده|قريتين)"), "villages"),
    (re.compile(r"(\d+)\s*(?:قتيل|قتلي|مسلحا|مسلح|ارهابيا|ارهابي|عنصرا|عناصر|مقاتلا|مقاتلين|شخصا)"), "killed"),
    (re.compile(r"(\d+)\s*(?:اليات|اليه|اليه|اليات|مركبه|مركبات|دبابه|دبابات|عربه|عربات|سياره|سيارات)"), "vehicles"),
]


def _quantities(norm: str, start: int, end: int) -> tuple[tuple[str, float], ...]:
    """Distances, areas and counts given in ``norm[start:end]`` (every quantity has a number)."""
    if _DIGIT.search(norm, start, end) is None:
        return ()
    found: dict[str, float] = {}
    chunk = norm[start:end]
    for regex, name in _QTY:
        for m in regex.finditer(chunk):
            found.setdefault(name, float(m.group(1)))
    return tuple(sorted(found.items()))


# --------------------------------------------------------------------------- main
def _prepare(article: Article, resolutions: Sequence[Resolution]) -> _Ctx:
    plain, nmap = normalize_with_map(article.text)
    norm = plain.replace("_", " ")  # hashtags «#النظام_السوري» (one-for-one: offsets unchanged)
    places = []
    for res in resolutions:
        s = bisect.bisect_left(nmap, res.mention.start)
        e = bisect.bisect_left(nmap, res.mention.end)
        if e > s:
            places.append((s, e, res))
    places.sort(key=lambda p: (p[0], -p[1]))
    kept: list[tuple[int, int, Resolution]] = []
    for p in places:  # drop places nested in a longer one
        if kept and p[0] < kept[-1][1]:
            continue
        kept.append(p)
    words = vocabulary(norm)  # shared by the word gates of the trigger, actor and marker finders
    gate_starts, trigger_words = _word_gates(words)
    attributions = _attribution_spans(norm, gate_starts.get("start:attribution", []))
    named = _find_actor_mentions(norm, words)
    actors = resolve_actor_anaphors(norm, named, attributions, words=words)
    triggers = _outside_actor_names(_find_triggers(norm, trigger_words), named)
    sentences = _sentences(article.text, nmap)
    anaphors = _place_anaphors(article.text, norm, nmap, kept, objects=frozenset(t.end for t in triggers),
                               sentence_starts=[a for a, _ in sentences], words=words)
    relative: list[int] = []
    pronouns = _pronoun_places(article.text, norm, nmap, kept, triggers, actors, [a for a, _ in sentences],
                               relative)
    kept = sorted(kept + anaphors + pronouns, key=lambda p: (p[0], -p[1]))
    return _Ctx(article=article, norm=norm, nmap=nmap, places=kept, actors=actors,
                triggers=triggers,
                dates=_find_article_expressions(article.text, plain, nmap, article.date),
                sentences=sentences, attributions=attributions, words=words, gate_starts=gate_starts,
                pronoun_starts=frozenset(start for start, _, _ in pronouns), relative_objects=frozenset(relative))


#: Nouns of the edge or inside of a place that may stand between a preposition and a bare place
#: anaphor («على أطراف البلدة», «عند مداخل المدينة», «في أحياء المدينة»): the place is still the
#: one referred back to. Not «ريف» (the countryside is another place) nor «محيط» (the vicinity of
#: a town is told as a front of its own: «بالتقدم في محيط المدينة، من محاور X» is an advance on X).
_ANAPHOR_LOCATIVES = frozenset(normalize(w) for w in (
    "أطراف", "مداخل", "مدخل", "داخل", "وسط", "أحياء", "ضواحي", "تخوم", "أسوار", "سور", "بوابة",
    "منشأة", "منشآت", "مبنى"))  # («استهدفت منشآت النبع»: the installations of the place named before)


@functools.lru_cache(maxsize=1)
def _place_anaphor_regex() -> tuple[re.Pattern[str], dict[str, frozenset[str]], frozenset[str]]:
    markers = load_action_markers()
    kinds = {noun: frozenset(k) for noun, k in markers["place_anaphor_nouns"]}
    demo = alternation(markers["place_anaphor_demonstratives"])
    # «للمدينة»: «ل» + «المدينة» is written without the alif of the article
    lil = alternation([noun[1:] for noun in kinds if noun.startswith("ال")])
    locatives = sorted(_ANAPHOR_LOCATIVES)
    regex = re.compile(rf"(?<![\w])(?:(?P<pre>[وف]?(?:في|علي|عن|الي|من|ب|ل|داخل|وسط|فوق|عند)\s+"
                       rf"(?:(?:{alternation(locatives)})\s+)?|[وف]?[بل])?(?P<loc>(?:{alternation(locatives)})\s+)?"
                       rf"(?P<demo>(?:{demo})\s+)?(?P<noun>{alternation(kinds)})"
                       rf"|(?P<lil>[وف]?ل)(?P<lnoun>{lil}))(?![\w])")
    return regex, kinds, frozenset(markers["place_anaphor_bare"])


class _Topic:
    """Running count of the Syrian places of some kinds named so far, for the bare place
    anaphors («في المدينة») of one noun; queried at increasing offsets."""

    def __init__(self, places: list[tuple[int, int, Resolution]], kinds: frozenset[str], own_noun: str = "",
                 named_with: dict[str, set[str]] | None = None) -> None:
        """``own_noun`` (a noun of ``named_only``, «الحي»): count only the places named with it
        («حي X», or a place id → nouns in ``named_with``), whatever their kind."""
        self.places, self.kinds, self.own_noun = places, kinds, own_noun[2:]
        self.named_with = named_with or {}
        self.next = 0  # places[:next] are counted
        self.counts: dict[str, int] = {}
        self.best: tuple[int, int] | None = None  # (count, index of the last occurrence)

    def before(self, start: int) -> Resolution | None:
        """The most mentioned such place among those ending by ``start`` (the latest mentioned
        on a tie), as the full rescan did."""
        places = self.places
        while self.next < len(places) and places[self.next][1] <= start:
            res = places[self.next][2]
            fits = res.place.kind in self.kinds if not self.own_noun else \
                self.own_noun in (res.mention.trigger, res.mention.key.split(" ", 1)[0]) \
                or "ال" + self.own_noun in self.named_with.get(res.place.id, ())
            if fits and res.place.country in ("", "SY"):
                count = self.counts.get(res.place.id, 0) + 1
                self.counts[res.place.id] = count
                if self.best is None or count >= self.best[0]:
                    self.best = (count, self.next)
            self.next += 1
        return None if self.best is None else places[self.best[1]][2]


def _place_antecedent_slow(places: list[tuple[int, int, Resolution]], kinds: frozenset[str], start: int,
                           end: int, demo: bool, window: int) -> Resolution | None:
    """The antecedent by a full scan (for places not in text order)."""
    if any(s < end and start < e for s, e, _ in places):
        return None
    before = [(e, res) for s, e, res in places if e <= start and res.place.kind in kinds]
    if demo:
        before = [(e, res) for e, res in before if start - e <= window]
    else:
        before = [(e, res) for e, res in before if res.place.country in ("", "SY")]
        counts = Counter(res.place.id for _, res in before)
        before = [(e, res) for e, res in before if counts[res.place.id] == max(counts.values())]
    return before[-1][1] if before else None


#: A preposition with a pronoun right after a trigger: «وسيطر عليها», «انسحب منها», «سيطر عليه»,
#: «انسحبت منهما» (dual: two places).
_PRONOUN_OBJECT = re.compile(r"\s+[\"'«»“”]?(?:علي|من|الي|في|عن)(?P<pn>هما|ها|ه)(?![\w])")
#: The same after a subject that is not a known actor name, of at most three words with no
#: punctuation, preposition or conjunction among them («انسحاب قوات البيشمركة منه», «بعد سيطرة
#: «قسد» عليه»); the words are checked by :func:`_plain_subject`.
_PRONOUN_OBJECT_AFTER = re.compile(
    r"(?P<subj>(?:\s+[\"'«»“”]?[^\s,،.:؛\"'«»“”]+[\"'«»“”]?){1,3}?)"
    r"\s+[\"'«»“”]?(?:علي|من|الي|في|عن)(?P<pn>هما|ها|ه)(?![\w])")
#: The feminine pronoun glued to a noun of the parts of a town, after the preposition of a
#: withdrawal or siege («من أحيائها الشرقية», «من جرودها», «على أطرافها»): the town itself.
_PART_PRONOUN_OBJECT = re.compile(
    r"\s+[\"'«»“”]?(?:علي|من|عن)\s+(?:احيا[يء]|جرود|اطراف|مداخل|ضواحي)(?P<pn>ها)(?![\w])")
#: The pronoun object of a siege after one indefinite accusative adjective of the siege noun
#: («تفرض حصاراً مشدداً عليه», «فرضوا حصاراً خانقاً عليها»): the siege's object all the same.
_SIEGE_ADJECTIVE_PRONOUN_OBJECT = re.compile(
    r"\s+(?P<adj>[^\W\d_]{3,}ا)\s+[\"'«»“”]?علي(?P<pn>هما|ها|ه)(?![\w])")
#: The pronoun object of a siege inside the gap of a split siege phrase, before the siege noun
#: («فرض النظام عليه حصاراً», «ضربت القوات عليها طوقاً»): at the end of the gap.
_PRONOUN_ENDING_GAP = re.compile(r"\sعلي(?P<pn>هما|ها|ه)$")


def _siege_pronoun_object(norm: str, trig: Trigger, pos: int) -> re.Match[str] | None:
    """The pronoun object of a siege trigger that a plain :data:`_PRONOUN_OBJECT` misses: after one
    accusative adjective of the siege noun, or at the end of the trigger's gap (the object told before
    the noun); ``None`` for other families, when there is none, or when the adjective (or the word
    after the noun, in the gap form) makes it sanctions (``non_military_sieges``: «حصاراً اقتصادياً»)."""
    if action_family(trig.form.action) != "besieged":
        return None
    sanctions = _marker_set("non_military_sieges")
    if trig.gap is not None:
        m = _PRONOUN_ENDING_GAP.search(norm, trig.gap[0], trig.gap[1])
        if m is not None:
            nxt = _SPACE_WORD.match(norm, trig.end)
            return None if nxt is not None and nxt.group(1) in sanctions else m  # «عليها حصاراً اقتصادياً»
    m = _SIEGE_ADJECTIVE_PRONOUN_OBJECT.match(norm, pos)
    return None if m is None or m.group("adj") in sanctions else m  # «حصاراً تجارياً عليها»: sanctions


#: Families whose object may be such a part of a town: leaving or besieging its parts is leaving or
#: besieging the town (capturing a part is not capturing it; attacks are located on the town anyway).
_PART_PRONOUN_FAMILIES = frozenset({"withdrew", "besieged", "siege_broken"})
#: A verb of launching or imposing right after an attack or siege noun, as its bare relative clause
#: («هجوم شنته الهيئة عليها», «حصار فرضه التنظيم عليها»): the subject and the pronoun object follow
#: it. Not the participle («الحصار المفروض عليها»: mostly sanctions on a state or its government).
_IMPOSED_BY = re.compile(r"\s+[يت]?(?:شن|فرض|نفذ)(?:ه|ته|ها|وه|وها|تها)(?=[\s\"'«»“”])")


def _imposed_by_after(norm: str, trig: Trigger) -> int | None:
    """Where the launching or imposing verb of :data:`_IMPOSED_BY` right after a noun trigger of an
    attack or a siege ends, or ``None``."""
    if trig.form.pos != "noun" or trig.form.action not in ("attacked", "besieged"):
        return None
    m = _IMPOSED_BY.match(norm, trig.end)
    return None if m is None else m.end()


#: Words that cannot be inside the subject between a trigger and its pronoun object.
_NOT_SUBJECT_WORDS = frozenset(normalize(w) for w in (
    "على", "من", "إلى", "في", "عن", "بعد", "قبل", "ثم", "أن", "إن", "التي", "الذي", "حيث", "منذ", "عند"))
#: Object pronouns glued to a trigger verb: «دخلتها», «حاصروها», «استعاده» (those glued to the
#: preposition that ends a trigger are :data:`_GLUED_PREP_PRONOUNS`).
_GLUED_PRONOUNS = ("ها", "ه")
#: Families whose object may be given by such a pronoun.
_PRONOUN_FAMILIES = frozenset({"captured", "advanced", "withdrew", "besieged", "siege_broken"})
#: A relative pronoun right before a trigger («… التي سيطر عليها»), or before a pluperfect frame
#: around it («… التي كان التنظيم قد سيطر عليها», «الذي كانت قوات النظام قد دخلته»).
_RELATIVE_END = re.compile(r"(?<![\w])(?:التي|الذي)(?:\s+كان(?:ت)?(?:\s+[^\s,،.؛:]+){0,3}\s+قد)?\s+$")
#: Characters before a pronoun's antecedent: the pronoun may refer to a place at most this far back.
_PRONOUN_WINDOW = 160


#: Nouns that name a settlement («بلدة X»): the feminine pronoun may refer to X whatever its kind in
#: the gazetteer (a town that is also the seat of its subdistrict).
_SETTLEMENT_NOUNS = frozenset(normalize(w) for w in ("مدينة", "بلدة", "قرية"))


def _pronoun_antecedent(norm: str, places: list[tuple[int, int, Resolution]], starts: list[int],
                        sentence_start: int, trig_start: int, masculine: bool = False) -> Resolution | None:
    """The place a pronoun after the trigger at ``trig_start`` refers to: the nearest settlement
    named before it in its sentence («هاجم التنظيم مدينة X في ريف حمص وسيطر عليها» → X), else
    the nearest other place of the theatre (not a country or governorate); for the masculine
    pronoun («عليه») the nearest place named with a masculine noun («مطار X», «جبل X»). (Its
    caller, :func:`_pronoun_antecedents`, has ruled out a relative clause.)"""
    fallback = None
    k = bisect.bisect_left(starts, trig_start) - 1
    while k >= 0 and places[k][0] >= max(sentence_start, trig_start - _PRONOUN_WINDOW):
        place = places[k][2].place
        if _theatre_place(places[k][2]) and not (k > 0 and _reference_point(norm, places[k - 1][1], places[k][0])):
            if masculine:  # (a settlement after a masculine noun is a road or site named after it,
                # but «قضاء X» is the district of the town X)
                if (place.kind not in _SETTLEMENTS or _district_named(norm, places[k][0])
                        or _quarter_named(norm, places[k], trig_start)) \
                        and _masculine_place(norm, places[k][0], places[k][1]):
                    return places[k][2]
            elif place.kind in _SETTLEMENTS or places[k][2].mention.trigger in _SETTLEMENT_NOUNS:
                return places[k][2]  # («بلدة X» is a town, whatever kind the gazetteer gives X)
            else:
                fallback = fallback or places[k][2]
        k -= 1
    return fallback


#: Only a direction between two places («قضاء X غربي Y»): Y is a reference point locating X.
_DIRECTION_GAP = re.compile(r"\s+(?:(?:جنوب|شمال)\s+)?(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)\s+")
#: Masculine admin nouns named after their seat town («قضاء سنجار»): a masculine pronoun may
#: refer to the town.
_DISTRICT_NOUNS = frozenset(normalize(w) for w in ("قضاء", "القضاء"))


def _reference_point(norm: str, prev_end: int, start: int) -> bool:
    """Whether the place at ``start`` only locates the place ending at ``prev_end`` (a direction
    word between them): a pronoun refers to the located place, not to the reference point."""
    return start - prev_end <= 16 and _DIRECTION_GAP.fullmatch(norm, prev_end, start) is not None


#: Masculine nouns of a camp or quarter: «مخيم X», «حي X» named after a town stands at that town
#: (a masculine pronoun may refer to it, whatever kind the gazetteer gives X).
_QUARTER_NOUNS = frozenset(normalize(w) for w in ("مخيم", "حي"))


#: Prepositions before a definite masculine noun that a masculine pronoun after a punctuation mark may
#: refer to instead of a camp or quarter named before it («عن المستودع، … سيطر عليه»). Not «من» («مخيم X
#: يعاني من الجوع، وإن قوات النظام شددت حصارها عليه»: the camp).
_OBJECT_PREPOSITIONS = frozenset(normalize(w) for w in ("عن", "إلى", "على", "داخل", "قرب", "نحو"))
#: Endings of a feminine or plural definite noun (no antecedent of «عليه»).
_NOT_MASCULINE_ENDINGS = tuple(normalize(w) for w in ("ة", "ات", "ين", "ون", "ان"))


def _quarter_named(norm: str, place: tuple[int, int, Resolution], pronoun_at: int = -1) -> bool:
    """Whether ``place`` is named with a camp or quarter noun (:data:`_QUARTER_NOUNS`), as its
    mention's noun or the word right before it («مخيم اليرموك», «في حي جوبر»). With the position of
    the trigger of a pronoun (``pronoun_at``), not when a definite masculine noun after a preposition
    (:data:`_OBJECT_PREPOSITIONS`) stands after it before a punctuation mark between them: the
    pronoun refers to that noun («في مخيم اليرموك عن المستودع، وقالوا إن الجيش سيطر عليه»)."""
    if pronoun_at >= 0:
        punct = _PUNCT.search(norm, place[1], pronoun_at)
        words = norm[place[1]:punct.start()].split() if punct is not None else []
        if any(prep in _OBJECT_PREPOSITIONS and w.startswith("ال") and not w.endswith(_NOT_MASCULINE_ENDINGS)
               for prep, w in zip(words, words[1:])):
            return False
    if place[2].mention.trigger in _QUARTER_NOUNS or norm[place[0]:place[1]].split(" ", 1)[0] in _QUARTER_NOUNS:
        return True
    before = norm[max(0, place[0] - 8):place[0]].split()
    return bool(before) and norm[place[0] - 1:place[0]] == " " and _ARTICLE.sub("", before[-1]) in _QUARTER_NOUNS


def _district_named(norm: str, start: int) -> bool:
    """Whether the place at ``start`` is named after a district noun («قضاء X»)."""
    before = norm[max(0, start - 8):start].split()
    return bool(before) and before[-1].lstrip("و") in _DISTRICT_NOUNS


#: A place's name then a relative pronoun, up to the window's end («بلدة X التي »), allowing one
#: definite adjective between them («مدينة X الاستراتيجية التي »).
_RELATIVE_HEAD_GAP = re.compile(r"[\"'«»“”]?(?:\s+ال[^\W\d_]{3,})?\s*[،,]?\s+(?:التي|الذي)\s+$")


def _relative_head_place(norm: str, places: list[tuple[int, int, Resolution]], starts: list[int],
                         sentence_start: int, trig: Trigger) -> Resolution | None:
    """The head place of a relative clause opened by a capture verb with its object glued («بلدة
    القورية التي حررها الجيش»: Al-Quriyah), when the place ends right before the relative pronoun
    (or a governorate or country after a direction word does, which only locates the head: «قضاء X
    غربي الأنبار، الذي حررته القوات» is X);
    else None (also for a pluperfect frame: «التي كان التنظيم قد سيطر عليها»)."""
    if action_family(trig.form.action) != "captured" or trig.form.pos != "verb":
        return None
    k = bisect.bisect_left(starts, trig.start) - 1
    if k < 0 or places[k][0] < sentence_start or trig.start - places[k][1] > 40:
        return None
    if _RELATIVE_HEAD_GAP.fullmatch(norm, places[k][1], trig.start) is None:
        return None
    if k > 0 and not _theatre_place(places[k][2]) and places[k - 1][0] >= sentence_start \
            and _reference_point(norm, places[k - 1][1], places[k][0]):
        k -= 1  # «قضاء X غربي محافظة Y، الذي حررته القوات»: the governorate only locates the head X
    if not _theatre_place(places[k][2]):
        return None
    return places[k][2]


#: A relative clause that declares a capture, up to the capture noun whose object pronoun refers to the
#: head place («مدينة X، التي أعلن الجيش السوري وحلفاؤه تحريرها»): the relative pronoun, a verb of
#: announcing and one to five words of its subject.
_DECLARED_RELATIVE = re.compile(r"[\"'«»“”]?(?:\s+ال[^\W\d_]{3,})?\s*[،,]?\s+(?:التي|الذي)\s+(?:اعلن|اعلنت|اعلنوا|اكد|اكدت)"
                                r"(?:\s+[^\s,،.؛:]+){1,5}\s+$")


def _declared_capture_head(norm: str, places: list[tuple[int, int, Resolution]], starts: list[int],
                           trig: Trigger, actor_starts: list[int]) -> Resolution | None:
    """The head place of a relative clause that announces its capture with a verbal noun whose
    object pronoun is glued («مدينة القائم التي أعلنت القوات العراقية تحريرها اليوم»: Al-Qaim), when
    the noun is one of ``object_pronoun_capture_nouns`` (its pronoun is its object: «تحريرها», not
    the subject of «سيطرتها»), the place ends right before the relative pronoun and an actor is the
    announcer («التي أعلنت الأمم المتحدة تحريرها من الألغام»: no armed side, no capture); else None."""
    form = trig.form
    if form.pos != "noun" or action_family(form.action) != "captured" or trig.gap is not None \
            or form.form not in _marker_set("object_pronoun_capture_nouns"):
        return None
    rest = norm[trig.start + len(trig.prefix):trig.end]
    if not rest.startswith(form.form) or rest[len(form.form):] not in ("ها", "ه"):
        return None
    k = bisect.bisect_left(starts, trig.start) - 1
    if k < 0 or trig.start - places[k][1] > 90 or not _theatre_place(places[k][2]):
        return None
    if _DECLARED_RELATIVE.fullmatch(norm, places[k][1], trig.start) is None:
        return None
    j = bisect.bisect_left(actor_starts, places[k][1])
    if j >= len(actor_starts) or actor_starts[j] >= trig.start:
        return None
    return places[k][2]


def _theatre_place(res: Resolution) -> bool:
    """A place a pronoun may refer to: not a country, sea, river or governorate, not abroad."""
    place = res.place
    return place.kind not in _SKIP_KINDS and place.kind not in _COARSE_KINDS \
        and (not place.country or place.country in _THEATRE)


#: A locative right before an area that locates the place named before it («X وY في ريف Z»).
_LOCATIVE_GAP = re.compile(r"\s+(?:في\s+|ب)$")


def _locates_previous(norm: str, places: list[tuple[int, int, Resolution]], k: int) -> bool:
    """Whether ``places[k]`` is an area that only locates the place before it («بلدة X ومزرعة Y في
    ريف دمشق»): a locative preposition in a short gap (or glued: «بريف»)."""
    if places[k][2].place.kind not in _AREA_KINDS or places[k][0] - places[k - 1][1] > 12:
        return False
    gap = norm[places[k - 1][1]:places[k][0]] + (norm[places[k][0]] if norm[places[k][0]:places[k][0] + 1] == "ب" else "")
    return _LOCATIVE_GAP.search(gap) is not None


def _coordinated_before(norm: str, places: list[tuple[int, int, Resolution]], k: int,
                        sentence_start: int) -> list[int]:
    """Indices of the places coordinated with ``places[k]`` before it in its sentence («قرى X وY
    وZ»: for Z, the indices of X, Y, Z), in text order; places of the theatre only."""
    out = [k]
    while k > 0:
        prev = places[k - 1]
        if prev[0] < sentence_start or prev[1] > places[k][0] or not _theatre_place(prev[2]) \
                or not _is_coordination(norm[prev[1]:places[k][0]]):
            break
        k -= 1
        out.append(k)
    return out[::-1]


def _pronoun_antecedents(norm: str, places: list[tuple[int, int, Resolution]], starts: list[int],
                         sentence_start: int, trig_start: int, pronoun: str) -> list[Resolution]:
    """The places a pronoun object after the trigger at ``trig_start`` refers to.

    «ه»/«ها»: the one place of :func:`_pronoun_antecedent`; but «ها» after a list of settlements
    (three or more, or under one list noun: «قرى X وY وZ … سيطروا عليها») refers to the whole list
    (the feminine singular is the pronoun of inanimate plurals). The dual «هما» refers to the last
    two coordinated places («مدينة X ومعبر Y … انسحبت منهما»). None in a relative clause («X التي
    سيطر عليها التنظيم منذ عامين»: background, and often an unnamed head noun)."""
    if _RELATIVE_END.search(norm, max(0, trig_start - 48), trig_start):
        return []
    if pronoun == "هما":
        k = bisect.bisect_left(starts, trig_start) - 1
        while k >= 0 and places[k][0] >= max(sentence_start, trig_start - _PRONOUN_WINDOW) \
                and (not _theatre_place(places[k][2]) or k > 0 and _locates_previous(norm, places, k)):
            k -= 1  # «معبر X الحدودي مع تركيا منهما»: past the country; «X وY في ريف Z … عليهما»: past Z
        if k < 0 or places[k][0] < max(sentence_start, trig_start - _PRONOUN_WINDOW):
            return []
        members = _coordinated_before(norm, places, k, sentence_start)
        return [places[i][2] for i in members[-2:]] if len(members) >= 2 else []
    first = _pronoun_antecedent(norm, places, starts, sentence_start, trig_start, masculine=pronoun == "ه")
    if first is None or pronoun != "ها" or first.place.kind not in _SETTLEMENTS:
        return [] if first is None else [first]
    k = bisect.bisect_left(starts, trig_start) - 1
    while k >= 0 and places[k][2] is not first:
        k -= 1
    members = [i for i in _coordinated_before(norm, places, k, sentence_start)
               if places[i][2].place.kind in _SETTLEMENTS] if k >= 0 else []
    nouns = {places[i][2].mention.trigger for i in members}
    if len(members) >= 3 or (len(members) == 2 and len(nouns) == 1 and "" not in nouns):
        return [places[i][2] for i in members]
    return [first]


@functools.lru_cache(maxsize=1)
def _masculine_nouns() -> frozenset[str]:
    return frozenset(load_action_markers()["masculine_place_nouns"])


_ARTICLE = re.compile(r"^(?:[وف]?(?:بال|لل|ال|ب|ل)|[وف])")


def _masculine_place(norm: str, start: int, end: int) -> bool:
    """Whether the place at ``norm[start:end]`` is named with a masculine noun, as its first word
    or the word before it («مطار دير الزور», «جبل البشري», «حي X»): a masculine pronoun may refer
    to it."""
    nouns = _masculine_nouns()
    first = norm[start:end].split(" ", 1)[0]
    if first in nouns or _ARTICLE.sub("", first) in nouns:
        return True
    before = norm[max(0, start - 12):start].split()
    return bool(before) and norm[start - 1:start] == " " and (
        before[-1] in nouns or _ARTICLE.sub("", before[-1]) in nouns)


def _pronoun_places(text: str, norm: str, nmap: list[int], places: list[tuple[int, int, Resolution]],
                    triggers: list[Trigger], actors: list[ActorMention],
                    sentence_starts: Sequence[int], relative: list[int]) -> list[tuple[int, int, Resolution]]:
    """Places given by a pronoun object right after a trigger («وتمكن من السيطرة عليها», «بعد
    انسحاب القوات الحكومية منها»: its subject may stand between): the place referred back to
    (:func:`_pronoun_antecedent`), spanning the pronoun's word.

    A capture verb opening a relative clause with its object glued («بلدة X التي حررها الجيش في
    تشرين الأول») refers to the head place of the clause (:func:`_relative_head_place`); the starts of
    such pronoun places are appended to ``relative`` (their claim needs a date of its own)."""
    out: list[tuple[int, int, Resolution]] = []
    starts = [s for s, _, _ in places]
    actor_starts = [a.start for a in actors]
    for trig in triggers:
        imposed = _imposed_by_after(norm, trig)  # «هجوم شنته X عليها», «الحصار المفروض عليها»
        if action_family(trig.form.action) not in _PRONOUN_FAMILIES \
                and not (imposed is not None and trig.form.action == "attacked"):
            continue
        glued = _glued_pronoun(norm, trig)
        declared = None if glued else _declared_capture_head(norm, places, starts, trig, actor_starts)
        if declared is not None:  # «مدينة X التي أعلن الجيش تحريرها اليوم»
            relative.append(trig.start)
            out.append((trig.start, trig.end, _referring(text, norm, nmap, trig.start, trig.end, declared,
                                                         "pronoun refers back to")))
            continue
        part = False  # the pronoun is glued to a part of a town («من أحيائها»)
        if glued:  # «دخلتها», «حاصروها», «السيطرة عليها»: the pronoun is the end of the trigger
            word_start, word_end, pronoun = trig.end - len(glued), trig.end, glued
            if " " in trig.form.form:  # the span of the preposition's word
                word_start = norm.rfind(" ", trig.start, word_start) + 1
        else:
            pos = trig.end if imposed is None else imposed
            k = bisect.bisect_left(actor_starts, pos)  # «انسحاب القوات الحكومية منها»: skip the subject
            if k > 0 and actors[k - 1].start < pos < actors[k - 1].end:
                pos = actors[k - 1].end  # a subject begun inside the trigger («خروج آخر مقاتلي المعارضة منها»)
            while k < len(actors) and actors[k].start >= pos and (
                    _TRAILING.fullmatch(norm, pos, actors[k].start)
                    or _FIGHTERS_BEFORE_NAME.fullmatch(norm, pos, actors[k].start)):
                pos, k = actors[k].end, k + 1  # (also in quotes: «سيطرة «قسد» عليه»; «مسلحي تنظيم داعش»)
            while pos < trig.end + 80 and norm[pos:pos + 1] in ("\"", "'", "«", "»", "“", "”") and pos > trig.end:
                pos += 1  # the closing quote of the subject's name
            m = _PRONOUN_OBJECT.match(norm, pos) or _siege_pronoun_object(norm, trig, pos)
            if m is None and action_family(trig.form.action) in _PART_PRONOUN_FAMILIES:
                m = _PART_PRONOUN_OBJECT.match(norm, pos)  # «انسحاب المسلحين من أحيائها الشرقية»
                part = m is not None
            if m is None:
                m = _PRONOUN_OBJECT_AFTER.match(norm, pos)
                if m is None or not _plain_subject(norm, m.start("subj"), m.end("subj"), places, starts, actors,
                                                   after_actor=pos > trig.end):
                    continue
            word_start, word_end, pronoun = m.end() - len(m.group(0).lstrip(" \"'«»“”")), m.end(), m.group("pn")
            word_start = max(word_start, norm.rfind(" ", pos, m.end()) + 1)
            word_start += len(norm[word_start:m.end()]) - len(norm[word_start:m.end()].lstrip("\"'«»“”"))
        sentence = sentence_starts[bisect.bisect_right(sentence_starts, trig.start) - 1] \
            if sentence_starts and sentence_starts[0] <= trig.start else 0
        antecedents = _pronoun_antecedents(norm, places, starts, sentence, trig.start, pronoun)
        if part:  # only a town has quarters and barrens (not a base named before it)
            antecedents = [a for a in antecedents if a.place.kind in _SETTLEMENTS]
        if not antecedents and (glued or word_start - trig.end <= 1):
            # (also a preposition's pronoun right after the verb: «X التي سيطر عليها الجيش أمس»)
            head = _relative_head_place(norm, places, starts, sentence, trig)
            if head is not None:
                antecedents = [head]
                relative.append(word_start)
        for antecedent in antecedents:
            out.append((word_start, word_end, _referring(text, norm, nmap, word_start, word_end, antecedent,
                                                         "pronoun refers back to")))
    return out


def _referring(text: str, norm: str, nmap: list[int], start: int, end: int, antecedent: Resolution,
               why: str) -> Resolution:
    """The resolution of an anaphor at normalised ``[start, end)`` (a pronoun, «المدينة») that
    refers back to ``antecedent``: its place, at a lower confidence."""
    a, b = original_span(text, nmap, start, end)
    mention = Mention(surface=text[a:b], start=a, end=b, key=norm[start:end])
    return Resolution(mention=mention, place=antecedent.place, confidence=round(antecedent.confidence * 0.8, 3),
                      reason=f"{why} «{antecedent.mention.surface}»", geo_precision=antecedent.geo_precision,
                      known=antecedent.known)


#: A plural head of armed men right before an actor's name, in the subject between a trigger and
#: its pronoun object («انسحاب مسلحي تنظيم داعش الإرهابي منه»): part of the subject.
_FIGHTERS_BEFORE_NAME = re.compile(
    r"(?:\s+(?:اخر|بقيه|باقي|فلول))?\s+(?:ال)?(?:مسلح|مقاتل|عناصر|جنود|افراد)\w*(?:\s+[^\W\d_]+)?[\s\"'«»“”]*")  # («مسلحي تنظيم "داعش"»)
#: Plural heads of armed men that open a subject with no known actor name («مقاتلو الحركة»).
_FIGHTERS_HEAD = re.compile(r"^(?:ال)?(?:مسلح|مقاتل|عناصر|جنود|افراد)\w*$")


def _plain_subject(norm: str, start: int, end: int, places: list[tuple[int, int, Resolution]],
                   starts: list[int], actors: Sequence[ActorMention], after_actor: bool = False) -> bool:
    """Whether ``norm[start:end]``, between a trigger and its pronoun object, is its armed subject
    («قوات البيشمركة», «مقاتلو الحركة», «عناصر التنظيم»): it opens with a military noun
    (``military_nouns`` in actors.yaml) or a noun of armed men, or names an actor, or (``after_actor``:
    an actor name ends right before it) is one or two words of that name («حركة أحرار الشام
    الإسلامية»); no place is named in it, and none of :data:`_NOT_SUBJECT_WORDS` («دخول المواد
    الغذائية إليها»: no subject)."""
    k = bisect.bisect_left(starts, start)
    if k < len(places) and places[k][0] < end:
        return False
    words = [w.strip("\"'«»“”") for w in norm[start:end].split()]
    if not words or any(w in _NOT_SUBJECT_WORDS for w in words):
        return False
    if after_actor and len(words) <= 2:
        return True
    head = words[0][1:] if words[0][:1] in ("و", "ف") and len(words[0]) > 3 else words[0]
    return head in _military_nouns() or _FIGHTERS_HEAD.match(head) is not None \
        or any(start <= a.start < end for a in actors)


#: Verbs whose glued pronoun is no object: «أمنها» is also the noun «its security», «عزله» «his dismissal».
_NOT_GLUED_OBJECT = frozenset(normalize(w) for w in ("أمن", "أمنت", "أمنوا", "عزل", "عزلت", "عزلوا"))


def _prep_pronoun(word: str) -> str:
    """The pronoun of a trigger preposition with a glued pronoun («عليهما» → «هما»), or ''."""
    for prep in _TRIGGER_PREPS:
        if word.startswith(prep) and word[len(prep):] in _GLUED_PREP_PRONOUNS:
            return word[len(prep):]
    return ""


def _glued_pronoun(norm: str, trig: Trigger) -> str:
    """The object pronoun glued to a one-word trigger verb («دخلتها» → «ها», «استعاده» → «ه»), or ''."""
    form = trig.form
    rest = norm[trig.start + len(trig.prefix):trig.end]
    if " " in form.form and trig.gap is None and form.form.rsplit(" ", 1)[1] in _TRIGGER_PREPS \
            and rest.startswith(form.form):  # «السيطرة عليها», «سيطرتهم عليهما»
        suffix = rest[len(form.form):]
        return suffix if suffix in _GLUED_PREP_PRONOUNS else ""
    if form.pos == "noun" and trig.gap is not None and form.form.rsplit(" ", 1)[-1] in _TRIGGER_PREPS:
        prep = form.form.rsplit(" ", 1)[-1]  # split: «سيطرة «قسد» عليه»
        last = rest[rest.rfind(" ") + 1:]
        suffix = last[len(prep):] if last.startswith(prep) else ""
        return suffix if suffix in _GLUED_PREP_PRONOUNS else ""
    if " " not in form.form and trig.gap is None and rest.startswith(form.form + " "):
        return _prep_pronoun(rest[rest.rfind(" ") + 1:])  # «بسطت سيطرتها الكاملة عليهما»: verb and noun as one
    if form.pos not in ("verb", "present") or trig.gap is not None or " " in form.form \
            or form.form in _NOT_GLUED_OBJECT or action_family(form.action) == "withdrew":
        return ""  # («خسرها» is told as background: «استعادها بعد أن خسرها»)
    if not rest.startswith(form.form):
        return ""
    suffix = rest[len(form.form):]
    return suffix if suffix in _GLUED_PRONOUNS else ""


def _anaphor_fits(res: Resolution, noun: str, kinds: frozenset[str], named_with: dict[str, set[str]],
                  own_noun_only: bool = False) -> bool:
    """Whether a bare «المدينة/البلدة» may refer back to ``res``: a place of the theatre of one of the
    noun's ``kinds``, or one the text itself names with that noun somewhere («بلدة بيت جن»,
    whatever kind the gazetteer gives it; ``named_with``: place id → the nouns before its names).
    Places of the theatre's other countries count too («على مدينة كركوك …، فيما انسحبت قوات البيشمركة
    من المدينة»), and any place whose name opens with the noun («مخيم الركبان»). With
    ``own_noun_only`` (the nouns of ``named_only``: «الحي», «الإدارة») only a place the text names
    with the noun itself fits, whatever its kind."""
    own_name = res.mention.key.split(" ", 1)[0] == noun[2:]  # the noun inside the name: «مخيم اليرموك»
    if res.place.country and res.place.country not in _THEATRE and not own_name:
        return False  # («مخيم الركبان» on the border with Jordan: named so, it is the camp)
    if own_noun_only:
        return own_name or noun in named_with.get(res.place.id, ())
    return res.place.kind in kinds or noun in named_with.get(res.place.id, ()) or own_name


def _metonymy(norm: str, start: int) -> bool:
    """Whether the place at ``start`` names a government or its voice: the word before it is one of
    ``metonymy_heads`` («في بيانات دمشق», «وفد أنقرة»)."""
    m = _LAST_WORD.search(norm, max(0, start - 25), start)
    heads = _marker_set("metonymy_heads")
    return m is not None and (m.group(1) in heads or (m.group(1)[:1] in "وفبل" and m.group(1)[1:] in heads))


_LAST_WORD = re.compile(r"(\w+)\s+$")


def _definite_adjective(word: str) -> bool:
    """Whether ``word`` (normalised) reads as a definite relational adjective that defines the noun
    before it: «الأمريكية», «الذاتية», «الشرقي» («الإدارة الأمريكية», «الحي الشرقي»)."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه"))
_NOT_ANAPHORIC_NEXT = frozenset(normalize(w) for w in (
    "الصناعية", "الرياضية", "القديمة", "الجامعية", "الجديدة", "العسكرية", "المجاورة", "الأخرى"))


#: «بين» right after a place noun, or after one adjective: the noun is defined by the places that
#: follow («على المعبر الحدودي بين X وY»), it does not refer back.
_DEFINED_BETWEEN = re.compile(r"\s+(?:\w+\s+)?بين\s")

#: Words a place anaphor may span before its noun's word: a preposition, a locative, a demonstrative
#: («في وسط هذه المدينة»).
_ANAPHOR_WORDS_BEFORE = 3


@functools.lru_cache(maxsize=8)
def _word_end_regex(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """A regex matching one of ``suffixes`` (made of word characters) at the end of a word: in a
    text, one match per word that ends with one of them (matches end at word ends, so they never
    run into the next word), in text order. One regex scan instead of a test per word."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, sorted(set(suffixes), key=lambda w: (-len(w), w))))})(?![\w])")


def _place_anaphor_matches(regex: re.Pattern[str], nouns: Iterable[str], norm: str,
                           words: list[tuple[int, str]]) -> list[re.Match[str]]:
    """``list(regex.finditer(norm))`` for the regex of :func:`_place_anaphor_regex`, searched only
    near the words that may end one of its matches (``words``: ``vocabulary(norm)``).

    A match ends with a noun of ``nouns`` (or the noun without its alif after «ل»: «للمدينة») at
    the end of a word, and starts at most :data:`_ANAPHOR_WORDS_BEFORE` words before that word;
    none of the words before the noun ends with a noun. So the matches are those of the windows
    from there to the end of each word ending with a noun, taken in text order (each window
    starting no earlier than the last match's end, as ``finditer`` resumes there).
    """
    suffixes = tuple(noun[1:] for noun in nouns)  # «المدينه» and «لمدينه» both end with «لمدينه»
    out: list[re.Match[str]] = []
    resume = 0
    for hit in _word_end_regex(suffixes).finditer(norm):  # one per word ending with a noun
        k = bisect.bisect_left(words, (hit.end(),)) - 1  # that word: the last starting before the end
        start, word = words[k]
        lo = max(resume, words[max(0, k - _ANAPHOR_WORDS_BEFORE)][0])
        for m in regex.finditer(norm, lo, start + len(word)):
            out.append(m)
            resume = m.end()
    return out


def _named_only_head(norm: str, start: int, named_only: frozenset[str]) -> str:
    """The noun of ``named_only`` («النبع») whose indefinite form is the word right before the place
    at ``start`` («نبع عين الفيجة»), else ""."""
    m = _LAST_WORD.search(norm, max(0, start - 12), start)
    if m is None:
        return ""
    noun = "ال" + m.group(1)
    return noun if noun in named_only else ""


def _place_anaphors(text: str, norm: str, nmap: list[int], places: list[tuple[int, int, Resolution]],
                    window: int = 600, *, objects: frozenset[int] = frozenset(),
                    sentence_starts: Sequence[int] = (),
                    words: list[tuple[int, str]]) -> list[tuple[int, int, Resolution]]:
    """Places referred back to: «في هذه المنطقة», «تلك المدينة» take the nearest preceding place
    of a fitting kind (within ``window`` characters); a bare «في المدينة» (after a preposition, or
    as the direct object of a trigger ending at one of ``objects``: «طهرت المدينة») takes the
    nearest such place earlier in its sentence (``sentence_starts``), else the most mentioned such
    place so far (the article's topic), the latest on a tie. ``words``:
    ``vocabulary(norm)``."""
    regex, kinds, bare = _place_anaphor_regex()
    named_only = frozenset(load_action_markers()["place_anaphor_named_only"])
    out = []
    # ``places`` come sorted and without overlaps (see :func:`_prepare`): then the ends are sorted
    # too and each anaphor looks only at the places just before it.
    ends = [e for _, e, _ in places]
    in_order = all(a[1] <= b[0] for a, b in zip(places, places[1:]))
    starts = [s for s, _, _ in places]

    def overlapping(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end) - 1  # the last place starting before ``end``
        return i >= 0 and ends[i] > start

    topics: dict[str, _Topic] = {}
    named_with: dict[str, set[str]] = {}
    for start, _, res in places:
        if res.mention.trigger:
            named_with.setdefault(res.place.id, set()).add("ال" + res.mention.trigger)
        head = _named_only_head(norm, start, named_only)
        if head:  # («نبع عين الفيجة»: a head that is no mention trigger still names the place)
            named_with.setdefault(res.place.id, set()).add(head)
    for m in _place_anaphor_matches(regex, kinds, norm, words):
        if m.group("lnoun") is not None:  # «للمدينة»
            noun, noun_start, pre = "ا" + m.group("lnoun"), m.start("lnoun"), m.group("lil")
        else:
            noun, noun_start, pre = m.group("noun"), m.start("noun"), m.group("pre")
        loc = m.group("loc")  # «دخلت أطراف المدينة»: an edge noun as the trigger's direct object
        if not m.group("demo") and (noun not in bare or not (pre or noun_start - 1 in objects
                                                             or loc and m.start("loc") - 1 in objects)):
            continue
        own_noun_only = not m.group("demo") and noun in named_only
        nxt = _SPACE_WORD.match(norm[m.end():m.end() + 20])
        if nxt and nxt.group(1) in _NOT_ANAPHORIC_NEXT or _DEFINED_BETWEEN.match(norm, m.end()) \
                or own_noun_only and nxt is not None and _definite_adjective(nxt.group(1)):
            continue  # («المعبر الحدودي بين X وY»: defined by what follows, not a place named before)
        start = m.start("demo") if m.group("demo") else noun_start
        if not in_order:
            antecedent = _place_antecedent_slow(places, kinds[noun], start, m.end(),
                                                bool(m.group("demo")), window)
        elif overlapping(start, m.end()):
            continue
        elif m.group("demo"):  # «هذه المنطقة»: the nearest such place
            antecedent = None
            k = bisect.bisect_right(ends, start) - 1
            while k >= 0 and start - ends[k] <= window:
                if places[k][2].place.kind in kinds[noun]:
                    antecedent = places[k][2]
                    break
                k -= 1
        else:  # bare «المدينة»: the nearest such place of the sentence, else of the one before
            antecedent = None  # it (if only one such place is named there), else the topic
            at = bisect.bisect_right(sentence_starts, start) - 1 if sentence_starts and sentence_starts[0] <= start else -1
            first = sentence_starts[at] if at >= 0 else 0
            k = bisect.bisect_right(ends, start) - 1
            if nxt is not None and nxt.group(1) in _SAME_WORDS:  # «في المدينة ذاتها»: this sentence's
                same = _same_place_before(places, k, first, kinds[noun])  # place, whatever its noun
                if same is not None:
                    out.append((start, m.end(), _referring(text, norm, nmap, start, m.end(), same, "refers back to")))
                continue
            antecedent = _named_with_noun_before(norm, places, k, first, noun, kinds[noun], named_with)
            while antecedent is None and k >= 0 and places[k][0] >= first:
                res = places[k][2]
                if _anaphor_fits(res, noun, kinds[noun], named_with, own_noun_only):
                    antecedent = res
                    break
                k -= 1
            if antecedent is None and at >= 1:
                named = {}
                i = k
                while i >= 0 and places[i][0] >= sentence_starts[at - 1]:  # (places are in text order)
                    if _anaphor_fits(places[i][2], noun, kinds[noun], named_with, own_noun_only) \
                            and not _metonymy(norm, places[i][0]) \
                            and not (i > 0 and _reference_point(norm, places[i - 1][1], places[i][0])) \
                            and not _after_locator(norm, places[i][0]):
                        # («في بيانات دمشق.»; «مدينة X شرقي Y»: Y only locates X)
                        named[places[i][2].place.id] = places[i][2]
                    i -= 1
                if len(named) > 1:  # («مدينة X في الغوطة لدمشق»: the one named «مدينة X» itself)
                    named = {pid: r for pid, r in named.items() if r.mention.trigger == noun[2:]}
                antecedent = next(iter(named.values())) if len(named) == 1 else None
            if antecedent is None:  # the most mentioned Syrian such place so far (the topic)
                if noun not in topics:  # (a government's voice, «بيانات دمشق», is no topic)
                    topics[noun] = _Topic([p for p in places if not _metonymy(norm, p[0])], kinds[noun],
                                          noun if own_noun_only else "", named_with)
                antecedent = topics[noun].before(start)
        if antecedent is None:
            continue
        out.append((start, m.end(), _referring(text, norm, nmap, start, m.end(), antecedent, "refers back to")))
    return out


def _named_with_noun_before(norm: str, places: list[tuple[int, int, Resolution]], k: int, first: int, noun: str,
                            kinds: frozenset[str], named_with: dict[str, set[str]]) -> Resolution | None:
    """The nearest place at or before index ``k`` in the sentence opening at ``first`` that the text
    names with the anaphor's own noun right before it («مدينة X، آخر معقل … قرب Y، … السيطرة على
    المدينة» → X, not the reference point Y); ``None`` when there is none."""
    while k >= 0 and places[k][0] >= first:
        res = places[k][2]
        if res.mention.trigger == noun[2:] and _anaphor_fits(res, noun, kinds, named_with) \
                and not _after_locator(norm, places[k][0]):
            return res
        k -= 1
    return None


@functools.lru_cache(maxsize=1)
def _locator_end_regex() -> re.Pattern[str]:
    """One of ``place_locator_words`` then at most one word (the place's own noun, «مدينة»), up to
    the end of the window."""
    return re.compile(rf"(?<![\w])(?:{alternation(load_markers()['place_locator_words'])})\s+(?:\w+\s+)?$")


def _after_locator(norm: str, start: int) -> bool:
    """Whether the place mention at ``start`` follows a locator («القريبة من مدينة X», «قرب بلدة
    X», «بريف مدينة X», «جنوب شرق مدينة X»): it only locates another place."""
    return _locator_end_regex().search(norm, max(0, start - 40), start) is not None


#: «ذاتها», «نفسها» after a bare place noun: the same place as one just named («في المدينة ذاتها»).
_SAME_WORDS = frozenset(normalize(w) for w in ("ذاتها", "نفسها", "ذاته", "نفسه"))


def _same_place_before(places: list[tuple[int, int, Resolution]], k: int, first: int,
                       kinds: frozenset[str]) -> Resolution | None:
    """The nearest place of one of ``kinds`` at or before index ``k`` that starts in the sentence
    opening at ``first`` («قمة احتضنها منتجع سوتشي … في المدينة ذاتها» → Sochi, named with another
    noun); ``None`` when the sentence names none (no guess from other sentences)."""
    while k >= 0 and places[k][0] >= first:
        if places[k][2].place.kind in kinds:
            return places[k][2]
        k -= 1
    return None


_AIR = re.compile(r"طائر|طاير|طيران|غارات|غاره|جويه|جويا|الجوي|مروحي|حوامات|سلاح الجو|مقاتلات|قاذفات|طلعات|طلعه")


def _air_word_near(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether an air word (:data:`_AIR`) stands within 40 characters of a shelling trigger, one
    before it not counting when it is the object of a relative clause («الفصائل التي دمرت دبابات
    وطائرات للنظام قصفت X»: the aircraft were destroyed, the factions shelled)."""
    for m in _AIR.finditer(ctx.norm, max(sent[0], trig.start - 40), trig.end + 40):
        if m.start() >= trig.start or not _in_relative_object(ctx, sent[0], _word_start(ctx.norm, m.start())):
            return True
    return False


def _word_start(norm: str, pos: int) -> int:
    """Where the word holding ``pos`` begins."""
    while pos > 0 and not norm[pos - 1].isspace():
        pos -= 1
    return pos


#: Point-like sites: entering one («دخلت القوات حقل النفط») is taking it.
_SITE_KINDS = frozenset({"oil_field", "facility", "airbase", "airport", "military_base", "crossing", "dam",
                         "station"})
_ENTER_VERB = re.compile(r"[وف]?(?:دخل|دخلت|دخلوا|يدخل|تدخل)$")


@functools.lru_cache(maxsize=1)
def _loss_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])[وف]?(?:{_marker_alt('loss_words')})(?:\s+\S+)?\s*$")


#: Strike nouns with no qualifier («ضربات»): air strikes unless guns are named next to them.
_BARE_STRIKE_NOUNS = frozenset(normalize(w) for w in ("ضربات", "ضربة", "ضربتين", "ضربتان"))


def _weapon_window_start(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> int:
    """Where the weapon words that make a bare strike noun a shelling may start: at most 40
    characters before it, in its clause, and after the last comma followed by «و» («أسقطت الدفاعات
    نصف الصواريخ، وأن الضربات طالت X»: the missiles shot down are no weapon of the strikes)."""
    lo = max(_clause_start(ctx, sent[0], trig.start), trig.start - 40)
    cut = max(ctx.norm.rfind("، و", lo, trig.start), ctx.norm.rfind(", و", lo, trig.start))
    return lo if cut < 0 else cut + 2


@functools.lru_cache(maxsize=1)
def _weapon_regex() -> re.Pattern[str]:
    """``artillery_words`` as whole words, also with a glued «ب/بال» («ضربات بالمدفعية الثقيلة»,
    «بالصواريخ الموجهة», «بقذائف الهاون»)."""
    return re.compile(rf"(?<![\w])[وف]?(?:بال|ب|ال)?(?:{alternation(load_markers()['artillery_words'])})(?![\w])")


#: «آخر» (the last of the fighters) after an expelling verb: the place is cleared of them.
_THE_LAST = normalize("آخر")


def _expels_the_last(ctx: _Ctx, trig: Trigger, place_start: int) -> bool:
    """Whether an expelling verb («طرد», «طردت») has «آخر» before its place («طردت الثلاثاء آخر
    مقاتلي الفصيل من جيب X»): the last fighters are driven out, a capture (a plain «طردت المسلحين من
    أحياء X» after their incursion stays a repelled attack). «آخر» must head an armed side («آخر
    مقاتلي», «آخر عناصر التنظيم»; not «آخر العائلات المسيحية», «موظفا آخر من», «في آخر حملة لها»)."""
    if not _expel_verb(ctx, trig) \
            or not trig.end <= place_start <= trig.end + 120 or _PUNCT.search(ctx.norm, trig.end, place_start):
        return False
    return any(word == _THE_LAST and _armed_object_after(ctx.norm, w_start + len(word))
               for w_start, word in _words_between(ctx, trig.end, place_start))


def _refine_action(ctx: _Ctx, trig: Trigger, sent: tuple[int, int],
                   place: tuple[int, int, Resolution]) -> str:
    """The action after context: purpose/target → advanced, loss → withdrew, air shelling → airstrike,
    entering a site (direct object) → captured."""
    action = trig.form.action
    bare_prefix = trig.prefix.lstrip("وف")
    if _launched_attack(ctx, trig, sent):
        return "attacked"  # «أطلق الجيش عملية … لتحرير X»: the goal of a launched attack
    if trig.form.pos == "noun" and action in ("captured", "siege_broken", "encircled", "besieged", "entered"):
        if bare_prefix.startswith("ل") and not _undergone_siege(ctx, trig, sent) \
                or _ends_with(ctx, trig.start, "targeting_words", 20, sent[0]):
            return "advanced"  # «للوصول إلى», «تستهدف فك الحصار عن»: movement towards the place
    if action == "attacked" and trig.end <= place[0] and _heading_to(ctx, trig, place[0]):
        return "advanced"  # «تواصل القوات هجومها في ريف X باتجاه مطار Y»: moving on Y
    if action == "repelled" and _expelled_passive(ctx, trig, place):
        return "withdrew"  # «أكد أن التنظيم طُرد من المدينة»: the side named before lost it
    if action == "repelled" and _expelled_from_place(ctx, trig, sent, place):
        return "captured"  # «طردت القوات التنظيم من بلدة X»: the place taken, as «بعد طرد» is
    if action == "captured" and _loss_regex().search(ctx.norm, max(sent[0], trig.start - 30), trig.start):
        return "withdrew"  # «خسر التنظيم سيطرته على»
    if (action_family(action) == "captured" or action == "entered") and _at_junction_of(ctx, trig, place[0]):
        return "advanced"  # «سيطر الجيش على مفرق حميمة»: the town's crossroads, not the town
    if action_family(action) == "captured" and trig.end <= place[0] \
            and _context_regex("partial_markers").search(ctx.norm, trig.end, place[0]):
        return "advanced"  # «سيطرت على أجزاء واسعة من حي X»: part of the place
    if action == "airstrike" and trig.form.form in _BARE_STRIKE_NOUNS and _weapon_regex().search(
            ctx.norm, _weapon_window_start(ctx, trig, sent), min(sent[1], trig.end + 25)):
        return "shelled"  # «استهدف سلاح المدفعية بضربات مركزة X»: a bare strike noun fired by guns
    if action == "shelled" and _launched_cruise_missiles(ctx, trig):
        return "missile_strike"  # «أطلقت الفرقاطات صواريخ كاليبر على X»
    if action in ("shelled", "attacked") and _standoff_missile_subject(ctx, trig, sent):
        return "missile_strike"  # «استهدفت صواريخ إسرائيلية موقعاً قرب X»
    if action in ("shelled", "attacked") and _air_subject(ctx, trig, sent):
        return "airstrike"  # «استهدف الطيران الروسي …», «ضربات التحالف على X»
    if action == "shelled" and _air_word_near(ctx, trig, sent) \
            and not _context_regex("artillery_words").search(ctx.norm, trig.start, trig.end):
        return "airstrike"  # («القصف المدفعي» stays shelling next to an air raid)
    if action == "repelled" and _expels_the_last(ctx, trig, place[0]):
        return "captured"  # «طردت القوات آخر مقاتلي التنظيم من X»: X is cleared, not an attack held off
    if action == "entered" and _country_border_reached(ctx, trig, place[0], place[2]):
        return "advanced"  # «وصلت القوات إلى الحدود مع العراق»: the border reached, the country not entered
    if action_family(action) == "advanced" and _evacuees_of_place(ctx, trig, place):
        return "withdrew"  # «وصلت القافلة الأخيرة من مهجري حي X إلى …»: X is left, not entered
    if action == "entered" and _entry_completed(ctx, trig, sent, place):
        return "captured"  # «دخلت القوات البلدة بعد خروج المسلحين منها», «… ورفعت العلم فوقها»
    if action == "entered" and _ENTER_VERB.match(ctx.norm[trig.start:trig.end]) \
            and place[2].place.kind in _SITE_KINDS:
        if _site_direct_object(ctx, trig, place):
            return "captured"  # a site entered (direct object) is taken
    return action


#: «من» and at most one noun right before the place an armed side is expelled from («من بلدة X»).
_FROM_BEFORE_PLACE = re.compile(r"(?<![\w])من(?:\s+[^\W\d_]+)?\s+$")
#: What may stand between a subject and its verb («التنظيم قد طرد», «تنظيم "داعش" طرد»).
_SUBJECT_GAP = re.compile(r"[\s\"'«»“”]*(?:قد\s+)?")
#: An apposition between commas after a subject («قوات X، وهي تحالف فصائل كردية وعربية،»).
_APPOSITION = re.compile(r"\s*[,،][^,،.؛:]*[,،]")
#: The words after an expelling verb up to the first «من» of its clause («طرد مسلحو التنظيم من»).
_SIDE_BEFORE_FROM = re.compile(r"\s+(?P<np>[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?)\s+من\s")


def _expel_verb(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether ``trig`` is a past expelling verb (``expel_verbs`` of markers.yaml), «و/ف» aside."""
    return ctx.norm[trig.start:trig.end].removeprefix("و").removeprefix("ف") in _marker_set("expel_verbs")


def _actor_right_before(ctx: _Ctx, pos: int) -> bool:
    """Whether an actor mention ends right before ``pos`` (spaces and «قد» between): the subject of the
    verb at ``pos`` stands before it («أن التنظيم طُرد»)."""
    return any(_SUBJECT_GAP.fullmatch(ctx.norm, a.end, pos)
               for a in ctx.actors_from(max(0, pos - 80), pos))


#: The word right after a position, spaces only between.
_WORD_AT = re.compile(r"\s*(\w+)")


def _object_after_place(ctx: _Ctx, place_end: int) -> bool:
    """Whether the word right after the place (same clause) opens the expelling verb's object: an
    armed or counted noun (``expelled_object_heads``, ``expelled_armed_nouns``: «طرد من تدمر فلول
    التنظيم», «طرد من الميادين مئات العائلات») or an actor («طردت من الطبقة عناصر داعش»)."""
    nxt = _WORD_AT.match(ctx.norm, place_end)
    if nxt is None:
        return False  # (punctuation closes the clause)
    word = nxt.group(1)
    return word in _marker_set("expelled_object_heads") or word in _marker_set("expelled_armed_nouns") \
        or any(a.start == nxt.start(1) for a in ctx.actors_from(nxt.start(1), nxt.end(1)))


def _one_side_before_from(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether exactly one side stands between a verb-first expelling verb and its «من»: an actor
    («طرد تنظيم داعش من مدينة X») or a nominative noun of fighters with at most that actor after it
    (``expelled_nominative_nouns``: «بعد أن طرد مسلحو التنظيم من بلدة X») — the passive. The active
    verb names two («طرد الجيش مسلحي التنظيم من X»)."""
    m = _SIDE_BEFORE_FROM.match(ctx.norm, trig.end)
    if m is None:
        return False
    lo, hi = m.start("np"), m.end("np")
    first = _WORDS.match(ctx.norm, lo)
    if first is not None and first.group() in _marker_set("expelled_nominative_nouns"):
        rest = ctx.norm[first.end():hi]
        if not rest.strip():
            return False  # («طرد المسلحون من X»: no side named, no claim of a side's loss)
        lo = first.end() + len(rest) - len(rest.lstrip())
    return any(a.start == lo and a.end == hi for a in ctx.actors_from(lo, lo + 1))


def _expelled_passive(ctx: _Ctx, trig: Trigger, place: tuple[int, int, Resolution]) -> bool:
    """Whether a bare expelling verb (``expel_verbs``: «طرد», no pronoun) is the passive: followed
    right away by «من» after its subject, an actor right before it («أن التنظيم طُرد من المدينة»), or
    verb-first with one side before «من» («بعد أن طُرد مسلحو التنظيم من بلدة X»): the side named was
    driven out. Not when an object follows the place («طرد الجيش من X مسلحي التنظيم», «أنه طرد من
    تدمر فلول التنظيم»), nor with the subject further back («أعلن الجيش أن المسلحين طردوا من X»)."""
    if not _expel_verb(ctx, trig) or place[0] <= trig.end or _object_after_place(ctx, place[1]):
        return False
    if _FROM_RIGHT_AFTER.match(ctx.norm, trig.end) is not None:
        return _actor_right_before(ctx, trig.start)
    return not _actor_right_before(ctx, trig.start) and _one_side_before_from(ctx, trig)


#: «من» right after a word (spaces only between).
_FROM_RIGHT_AFTER = re.compile(r"\s+من\s")


def _expelled_from_place(ctx: _Ctx, trig: Trigger, sent: tuple[int, int],
                         place: tuple[int, int, Resolution]) -> bool:
    """Whether a past expelling verb (``expel_verbs`` of markers.yaml: «طردت») drove an armed side out
    of the place after «من» («طردت القوات آخر مقاتلي التنظيم من بلدة X»): that is taking the place, as
    its verbal noun is («بعد طرد التنظيم من X»). The armed side is the object: after a verb-first
    subject («وطرد التنظيم آخر العائلات من X» expels families). Not when the sentence tells a
    counter-attack, an infiltration or an attack driven back (``expel_repel_cues``: «هجوم معاكس», «التي
    تسللوا إليها», «بعد أن اقتحموا أطرافها»), and only from a settlement or an area (driven out of a
    site or a building, the fighters are repelled)."""
    if not _expel_verb(ctx, trig) or place[0] <= trig.end or place[0] - trig.end > 120:
        return False
    if place[2].place.kind not in _SETTLEMENTS and place[2].place.kind not in _AREA_KINDS:
        return False  # («طرد الجيش عناصر التنظيم من الملعب البلدي»: driven out of a site, repelled)
    if _FROM_BEFORE_PLACE.search(ctx.norm[max(trig.end, place[0] - 20):place[0]]) is None:
        return False
    times = _marker_set("entry_gap_time_words")
    start = trig.end
    for w_start, word in _words_between(ctx, trig.end, place[0])[:3]:
        if word not in times:
            break
        start = w_start + len(word)  # «طردت الثلاثاء آخر مقاتلي …»: the day before the object
    if not _actor_right_before(ctx, trig.start):
        lead = len(ctx.norm[start:place[0]]) - len(ctx.norm[start:place[0]].lstrip())
        subject = [a for a in ctx.actors_from(start + lead, start + lead + 1) if a.end < place[0]]
        if subject:
            start = max(a.end for a in subject)  # «طرد الجيش مسلحي النصرة من X»: the object after the subject
            aside = _APPOSITION.match(ctx.norm, start, place[0])
            if aside is not None:
                start = aside.end()  # «طردت قوات X، وهي تحالف …، تنظيم داعش من بلدة Y»
    return _armed_object_after(ctx.norm, start) \
        and _context_regex("expel_repel_cues").search(ctx.norm, sent[0], sent[1]) is None


def _captor_is_expelled(ctx: _Ctx, trig: Trigger, place_start: int, subject: Sequence[ActorMention]) -> bool:
    """Whether the side chosen as the captor of an expelling verb is the side it expels: the family of
    the last actor between the verb and the place (its object: «طردت القوات التنظيم من X»), and the
    family of every subject mention."""
    named = ctx.actors_from(trig.end, place_start)
    return bool(subject) and bool(named) and all(a.entry.family == named[-1].entry.family for a in subject)


@functools.lru_cache(maxsize=1)
def _evacuees_of_regex() -> re.Pattern[str]:
    """The subject of a movement verb, up to the place its evacuees come from: at most six words
    («القافلة الأخيرة», after a time: «فجر اليوم الجمعة القافلة الأخيرة»), a noun of evacuees (``evacuees_of`` of ``markers.yaml``: «من مهجري»), and at most
    one generic noun before the place («حي»)."""
    return re.compile(rf"(?:\s+(?!(?:الي|الى|نحو|باتجاه|داخل)\s)[^\s,،.؛:]+){{0,6}}\s+(?:من\s+)?(?:{alternation(load_markers()['evacuees_of'])})"
                      rf"(?:\s+[^\W\d_]+)?\s+")


#: The end of an evacuee subject that names their origin after «من» («المهجرين قسرا من [حي]»).
_EVACUEES_FROM_END = re.compile(r"(?<![\w])من\s+(?:[^\W\d_]+\s+)?$")


def _evacuees_destination(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a movement trigger's subject is a convoy of evacuees from a place named after «من»
    («وصلت القافلة الأخيرة من المهجرين قسرا من ريف X إلى Y»): the place after it is their
    destination, not a place entered or advanced on (their origin, a «من» place, is no advance's
    place either)."""
    if action_family(trig.form.action) != "advanced" or trig.form.pos == "noun":
        return False
    m = _evacuees_of_regex().match(ctx.norm, trig.end)
    return m is not None and _EVACUEES_FROM_END.search(m.group(0)) is not None


def _evacuees_of_place(ctx: _Ctx, trig: Trigger, place: tuple[int, int, Resolution]) -> bool:
    """Whether ``place`` is where the evacuees who move (the trigger's subject) come from («وصلت
    القافلة الأخيرة من مهجري حي X إلى مخيم …»: the convoy of X's displaced): the writers' convention
    reads such a convoy as the losing side's withdrawal from X, never as an entry into X."""
    gap = place[0] - trig.end
    return 0 < gap <= 70 and _evacuees_of_regex().fullmatch(ctx.norm, trig.end, place[0]) is not None \
        and not _evacuees_return(ctx, trig, place[0])


def _evacuees_return(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the evacuees' movement is a return home: a return word in the trigger or right before
    it («عاد/عودة», ``evacuee_return_words``), or a destination of their own in the clause after the
    place («… إلى بلدتهم/منازلهم», ``evacuee_home_words`` of markers.yaml)."""
    before = [w for _s, w in _words_between(ctx, max(0, trig.start - 12), trig.end)]
    if any(_in_with_clitic(w, _marker_set("evacuee_return_words")) for w in before):
        return True
    stop = _EXPELLED_STOP.search(ctx.norm, start, min(len(ctx.norm), start + 80))
    after = _words_between(ctx, start, stop.start() if stop else min(len(ctx.norm), start + 80))
    return any(_in_with_clitic(w, _marker_set("evacuee_home_words")) for _s, w in after)


#: A companion of the entrant between the verb and its object («برفقة عناصر من» + an actor).
_ENTRY_COMPANION = re.compile(r"(?<![\w])(?:برفقه|بمرافقه|ترافقها|يرافقها)(?:\s+(?:عناصر|قوات|وحدات|دوريات)"
                              r"(?:\s+من)?)?(?![\w])")


def _site_direct_object(ctx: _Ctx, trig: Trigger, place: tuple[int, int, Resolution]) -> bool:
    """Whether the site after an entry verb is its direct object: between them only actors (VSO:
    «دخلت قوات النظام حقل …»), their companions («برفقة عناصر من الشرطة العسكرية الروسية») and
    time words (``entry_gap_time_words``: «، ظهر أمس الجمعة،»); no preposition («دخلت من معبر X»:
    the route; «دخلت إلى محيط المطار»)."""
    gap = list(ctx.norm[trig.end:place[0]])
    for a in ctx.actors_from(trig.end, place[0]):
        if a.end <= place[0]:
            gap[a.start - trig.end:a.end - trig.end] = " " * (a.end - a.start)
    rest = _ENTRY_COMPANION.sub(" ", "".join(gap))
    times = _marker_set("entry_gap_time_words")
    return all(w in times or _bare(w) in times for w in _WORDS.findall(rest))


_QUOTES = re.compile(r"[\"'«»“”]")
#: Nouns that name an area: entering it is moving into it, not taking it.
_AREA_NOUNS = frozenset(normalize(w) for w in ("قضاء", "ناحية", "منطقة", "ريف", "محافظة"))
#: How far after an entered place the words telling it is held may stand (flag, «بالكامل»).
_ENTRY_TAKEN_REACH = 80
#: How far after an entered place the withdrawal of its defenders may stand.
_ENTRY_LEFT_REACH = 160


def _clause_stop(ctx: _Ctx, start: int, stop: int) -> int:
    """Where the clause that runs on from ``start`` ends before ``stop``: its first clause punctuation
    (:data:`_CLAUSE_PUNCT`), or ``stop``."""
    brk = _CLAUSE_PUNCT.search(ctx.norm, start, stop)
    return brk.start() if brk else stop


@functools.lru_cache(maxsize=1)
def _whole_place_regex() -> re.Pattern[str]:
    """``entry_whole_words`` or ``entry_unopposed_words`` right after an entered place («دخلت القوات
    البلدة بالكامل», «… دون مقاومة تذكر»)."""
    markers = load_markers()
    words = markers['entry_whole_words'] + markers['entry_unopposed_words']
    return re.compile(rf"\s*[,،]?\s*(?:{alternation(words)})(?![\w])")


def _entry_completed(ctx: _Ctx, trig: Trigger, sent: tuple[int, int], place: tuple[int, int, Resolution]) -> bool:
    """Whether an entry verb («دخلت») took the place it entered: in its clause after the place, the
    flag raised over it (``entry_taken_words``, :func:`_flag_over`: «دخلت القوات قلعة X ورفعت العلم
    فوقها»), the whole place right after it (``entry_whole_words``: «دخلت القوات البلدة بالكامل»),
    or, in its sentence, a withdrawal right after a time word (``after_leaving_words``: «دخلت القوات
    بلدة X … بعد خروج آخر المسلحين منها») that is not blocked, by another side than the entrant,
    who is no engineer, rescuer or monitor (``noncombat_entrants``). A convoy or forces that enter
    and fight on («دخلت القوات البلدة واشتبكت مع المسلحين») only advance; an area entered («قضاء
    تلعفر», one gazetteer key or a trigger noun) is moved into."""
    if trig.form.pos != "verb" or not _ENTER_VERB.match(ctx.norm[trig.start:trig.end]) or place[0] < trig.end:
        return False  # («على أن تدخل الوحدات البلدة»: not yet)
    noun = _word_before(ctx, place[0], 1)
    head = normalize(place[2].mention.surface).split()[:1]  # «قضاء تلعفر», one gazetteer key
    if place[2].mention.trigger in _AREA_NOUNS or (noun and noun[0] in _AREA_NOUNS) \
            or (head and head[0] in _AREA_NOUNS) or (
            place[2].place.kind in _AREA_KINDS and place[2].mention.trigger not in _SETTLEMENT_NOUNS
            and not (noun and noun[0] in _SETTLEMENT_NOUNS)):
        return False  # entering an area («دخل الجيش قضاء X») is moving into it
    if _context_regex("noncombat_entrants").search(ctx.norm, max(sent[0], trig.start - 40), place[0]):
        return False  # «دخلت فرق الدفاع المدني المدينة بعد انسحاب التنظيم منها», «… وبدأت برفع الأنقاض»
    if _whole_place_regex().match(ctx.norm, place[1]) \
            or _whole_place_regex().match(ctx.norm, _past_location_of(ctx, place[1], sent[1])):
        return True  # «دخلت القوات البلدة بالكامل», «دخلت القوات حقل X شرق Y من دون قتال»
    if _entry_held(ctx, place, sent):
        return True  # «دخلوا بلدة X بعد معارك عنيفة», «دخلت القوات X وY، وبدأت برفع الأنقاض»
    stop = _clause_stop(ctx, place[1], min(sent[1], place[1] + _ENTRY_TAKEN_REACH))
    taken = _context_regex("entry_taken_words").search(ctx.norm, place[1], stop)
    if taken is not None and _same_clause(ctx, place[1], taken.start()):
        return _flag_over(ctx, place, taken.end(), stop)
    entrants = {a.entry.family for a in ctx.actors_from(max(sent[0], trig.start - 40), place[0]) if not a.supporting}
    k = bisect.bisect_right(ctx.trigger_starts, place[1])
    after = _marker_set("after_leaving_words")
    while k < len(ctx.triggers) and ctx.triggers[k].start < min(sent[1], place[1] + _ENTRY_LEFT_REACH):
        other = ctx.triggers[k]
        if action_family(other.form.action) == "captured":
            return False  # («دخلت القوات مركز المدينة وسيطرت على مبنى X بعد انسحاب …»: that capture's)
        if action_family(other.form.action) != "withdrew":
            k += 1
            continue
        before = _word_before(ctx, other.start, 1)
        leavers = {a.entry.family for a in ctx.actors_from(other.start, min(sent[1], other.end + 30))}
        if entrants & leavers:
            return False  # the side that withdrew did not take what it left
        return bool(before) and before[0] in after and not _blocked(ctx, other, sent)
    return False


#: The start of a clause after an entered place (list): spaces, a comma, a glued «و».
_AFTER_PLACE_LEAD = r"\s*[,،]?\s*"


@functools.lru_cache(maxsize=1)
def _entry_held_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(fighting over: ``entry_after_fight_words``; work in the place: ``entry_held_openers`` then
    ``entry_held_works``), each anchored right after an entered place or its coordinated list."""
    markers = load_markers()
    fight = re.compile(rf"{_AFTER_PLACE_LEAD}(?:{alternation(markers['entry_after_fight_words'])})(?![\w])")
    work = re.compile(rf"{_AFTER_PLACE_LEAD}[وف]?(?:{alternation(markers['entry_held_openers'])})\s+"
                      rf"(?:{alternation(markers['entry_held_works'])})(?![\w])")
    return fight, work


def _entry_held(ctx: _Ctx, place: tuple[int, int, Resolution], sent: tuple[int, int]) -> bool:
    """Whether the words right after an entered place, or after the places coordinated with it
    («دخلت القوات مدن X وY وZ، …»), tell it is held: the fighting before the entry is over («بعد
    معارك عنيفة», unless the sentence then says it goes on: ``entry_fighting_goes_on``), or the
    entrant starts work there («وبدأت برفع الأنقاض», «وباشرت بتمشيطها»); never when the sentence
    then undoes the entry (``entry_reversal_words``: «ثم انسحبت منها», «وتمكن المقاتلون من طردها»)."""
    k = ctx.places_from(place[0])
    end = _coordinated_group(ctx, k, sent[1])[-1][1] if k < len(ctx.places) else place[1]
    if _context_regex("entry_reversal_words").search(ctx.norm, end, sent[1]) is not None:
        return False  # «… بعد معارك عنيفة، وتمكن مقاتلو الفصائل من طردها مساء اليوم ذاته»
    end = _past_location_of(ctx, end, sent[1])
    fight, work = _entry_held_regexes()
    if work.match(ctx.norm, end):
        return True
    over = fight.match(ctx.norm, end)
    return over is not None and _context_regex("entry_fighting_goes_on").search(
        ctx.norm, over.end(), sent[1]) is None


#: A locative preposition between an entered place and the area it lies in («في», glued «بـ»).
_LOCATIVE_LEAD = re.compile(r"\s*[»\"]?\s+(?P<prep>في\s+|ب(?=\S)|(?:شمال|جنوب|شرق|غرب)ي?\s+)?")


def _past_location_of(ctx: _Ctx, end: int, stop: int) -> int:
    """The end of the location named right after an entered place (``end``), else ``end``: «في», a
    glued «بـ» or a direction word and one resolved place («دخلت القوات مدينة X في ريف Y الغربي وبدأت
    بتمشيطها»: the work after Y is done in X; «دخلت القوات حقل X شرق Y من دون قتال»)."""
    lead = _LOCATIVE_LEAD.match(ctx.norm, end, stop)
    if lead is None:
        return end
    if lead.group("prep") is None:
        return end
    starts = {lead.end(), lead.start("prep")}  # (a mention may hold its glued «بـ»)
    k = ctx.places_from(min(starts))
    if k >= len(ctx.places) or ctx.places[k][0] not in starts or ctx.places[k][1] > stop:
        return end
    return ctx.places[k][1]


#: A bare preposition after a raised flag: it was raised over what follows («فوق نقطة المراقبة»).
_FLAG_OVER = re.compile(r"(?<![\w])(?:فوق|علي|على|في|داخل)\s+(?=\S)")
#: A word glued to a pronoun right after «في/فوق» of a raised flag: a site of the place entered
#: («في ساحته», «فوق مبانيها», «في شوارعها», «في أرجائها»); a masculine «ه» only after a «ة» made «ت»
#: or a site stem (a bare final «ه» is also the normalised «ة»), and no preposition («فيها»).
_FLAG_SITE_OF_IT = re.compile(r"(?!(?:من|عن|ب|ل|في|علي|فوق)ها(?![\w]))(?:\w{2,}ها|\w+ته|(?:مبني|مبان|سراي|مركز|وسط)ه)(?![\w])")


def _flag_over(ctx: _Ctx, place: tuple[int, int, Resolution], flag_end: int, stop: int) -> bool:
    """Whether a flag raised after an entered place (``flag_end``) was raised over that place: nothing
    after it in the clause but «فوقها/عليها» or adjectives, or a bare preposition before the same
    place; not «ورفعت العلم التركي فوق نقطة المراقبة» (another site)."""
    over = _FLAG_OVER.search(ctx.norm, flag_end, min(stop, flag_end + 30))
    if over is None:
        return True
    if _FLAG_SITE_OF_IT.match(ctx.norm, over.end()):
        return True  # «ورفعت علمها في ساحته الرئيسية»: a site of the place entered
    k = ctx.places_from(over.end())
    if k >= len(ctx.places) or ctx.places[k][2].place.id != place[2].place.id:
        return False
    return len(ctx.norm[over.end():ctx.places[k][0]].split()) <= 1  # («في بلدة X»: its trigger noun)

@functools.lru_cache(maxsize=1)
def _missile_strike_nouns() -> tuple[str, ...]:
    """The nominal ``missile_strike`` forms of actions.yaml («صواريخ كاليبر», «ضربة صاروخية»)."""
    return tuple(f.form for f in load_triggers() if f.action == "missile_strike" and f.pos == "noun")


def _launched_cruise_missiles(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the munition of a launch phrase («أطلقت … صواريخ») begins a ``missile_strike`` noun
    («صواريخ كاليبر», «صواريخ مجنحة»): cruise missiles, not rockets of the ground forces."""
    if " " not in trig.form.form:
        return False
    tail = trig.form.form.rsplit(" ", 1)[1]
    at = ctx.norm.rfind(tail, trig.start, trig.end)
    if at < 0:
        return False
    munition = " ".join(_QUOTES.sub(" ", ctx.norm[at:at + 40]).split()) + " "  # («صواريخ «كاليبر»»)
    return any(munition.startswith(noun + " ") for noun in _missile_strike_nouns())


#: A missile noun as a subject, with its nationality adjective (one nisba adjective may stand between).
_MISSILE_SUBJECT = re.compile(r"(?<![\w])(?:ال|لل|ل)?(?:صواريخ|صاروخ|صاروخا)(?:\s+[^\s,،.:؛]+){1,2}")


def _foreign_missile_firer(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """:func:`_missile_firer_of`, computed once per trigger (several filters ask it of one strike verb)."""
    key = (trig.start, trig.end, sent[0])
    if key not in ctx.missile_firers:
        ctx.missile_firers[key] = _missile_firer_of(ctx, trig, sent)
    return ctx.missile_firers[key]


def _missile_firer_of(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> ActorMention | None:
    """The state whose missiles are the subject of a fire verb, right after the verb («استهدفت
    صواريخ إسرائيلية موقعاً») or opening its clause right before it («صواريخ أمريكية استهدفت …»,
    «تصدت الدفاعات لصواريخ إسرائيلية استهدفت …»), when it strikes from afar
    (``missile_strike_families`` in actors.yaml): a missile strike, not shelling («استهدفت صواريخ
    المسلحين حي X» stays a shelling). ``None`` otherwise."""
    families = _actor_word_set("missile_strike_families")
    adjectives = load_actor_adjectives()
    after = _SPACE_WORD.match(ctx.norm, trig.end)
    spans = [_MISSILE_SUBJECT.match(ctx.norm, after.start(1))] if after is not None else []
    before = max(sent[0], trig.start - 30)
    spans += [m for m in _MISSILE_SUBJECT.finditer(ctx.norm, before, trig.start)
              if not ctx.norm[m.end():trig.start].strip()]
    for m in spans:
        if m is None:
            continue
        pos = m.start()
        for word in m.group().split():
            start = ctx.norm.index(word, pos)
            pos = start + len(word)
            entry = adjectives.get(word)
            if entry is not None:
                return ActorMention(start, pos, entry) if entry.family in families else None
    return None


def _standoff_missile_subject(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the subject of the strike verb ``trig`` is missiles of a state that fires them from
    aircraft or ships (`_foreign_missile_firer`)."""
    return trig.form.pos == "verb" and _foreign_missile_firer(ctx, trig, sent) is not None


def _standoff_state_fire(ctx: _Ctx, trig: Trigger, sent: tuple[int, int], action: str,
                         subject: Sequence[ActorMention]) -> bool:
    """Whether a shelling or a targeting (``standoff_fire_heads``: «استهدف», «دمر», «عدوان») by a
    state that strikes from afar (every subject of a ``missile_strike_families`` family: Israel, the
    coalition) is an air or missile strike: such states fire on Syria from aircraft and ships, so
    «قصفت إسرائيل مستودعاً قرب X» is no artillery fire — unless guns or tanks are named in the
    sentence (``standoff_ground_fire``: «قصفت دبابات إسرائيلية موقعاً في X»)."""
    if action not in ("shelled", "attacked") or not subject:
        return False
    if trig.form.action != "shelled" and trig.form.form.split()[0] not in _marker_set("standoff_fire_heads"):
        return False  # fighting («اشتباكات», «هاجمت») is no strike from afar
    families = _actor_word_set("missile_strike_families")
    if not all(a.entry.family in families for a in subject):
        return False
    return _ground_weapon_regex().search(ctx.norm, sent[0], sent[1]) is None


@functools.lru_cache(maxsize=None)
def _ground_weapon_regex() -> re.Pattern[str]:
    """Regex of a ground weapon (``standoff_ground_fire``) as a whole word with its clitics: a glued
    «و/ف», then «بال/ب/لل/ال», before it and a possessive «ه/ها/هم» after it («بالمدفعية»,
    «بالدبابات», «بنيران رشاشاته», «برصاص», «بالقنابل المضيئة»)."""
    words = alternation(load_markers()["standoff_ground_fire"])
    return re.compile(rf"(?<![\w])[وف]?(?:بال|ب|لل|ال)?(?:{words})(?:ه|ها|هم)?(?![\w])")


def _heading_to(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """Whether the place at ``start`` is where the trigger is heading («باتجاه/نحو/صوب X») from
    an area it goes on in («تواصل القوات هجومها في ريف X باتجاه مطار Y»; not «انطلق الهجوم من
    محيط X باتجاه Y», an attack on Y from X)."""
    words = _word_before(ctx, _skip_fillers_back(ctx, start, trig.end), 1)
    k = ctx.places_from(start) - 1
    if not words or words[0].lstrip("و") not in _TOWARDS or k < 0 or ctx.places[k][0] < trig.end:
        return False
    while k > 0 and ctx.places[k - 1][0] >= trig.end and _from_before(ctx, ctx.places[k][0], trig.end):
        k -= 1  # («في عمق البادية من منطقة X باتجاه Y»: the start of the move)
    area_start, _end, area = ctx.places[k]
    before = _word_before(ctx, _skip_fillers_back(ctx, area_start, trig.end), 1)
    return area.place.kind in _AREA_KINDS and bool(before) and _IN.search(before[0]) is not None


@dataclass
class _Raw:
    """A claim before merging, with what the merge and the post-passes need to know.

    ``fields`` are the keyword arguments of :class:`Claim` but its id: the claim is built once,
    when the merge has settled its fields and numbered it."""

    fields: dict[str, Any]
    dated: bool  # explicitly dated (not the article date)
    inferred: bool  # actor not named in the sentence
    left_taken: bool = False  # a withdrawal from the place just taken (:func:`_place_just_taken`)
    captor_left: bool = False  # a withdrawal by its own named side (:func:`_captor_withdrew`)


@dataclass
class _ActorMemory:
    """Actors carried from clause to clause (simple coreference of dropped subjects)."""

    main: str
    last: list[ActorMention]
    last_sentence: int = -10  # index of the sentence of ``last``
    air: list[ActorMention] = field(default_factory=list)  # the subject of the last air strike
    air_sentence: int = -10  # index of the sentence of ``air``
    date: tuple[dt.date | None, str, int] | None = None  # last explicit control date, its sentence
    agreement_date: tuple[dt.date, str] | None = None  # last explicit day date of talks or a zone
    air_main: str = ""  # the side with aircraft named most as a subject, when ``main`` has none
    shells: list[ActorMention] = field(default_factory=list)  # the firer of the last shelling
    shells_sentence: int = -10  # index of the sentence of ``shells``


def extract_claims(article: Article, resolutions: Sequence[Resolution]) -> list[Claim]:
    """Dated claims of ``article`` about the places in ``resolutions``.

    Parameters
    ----------
    article
        The article; every offset indexes ``article.text``.
    resolutions
        Places found in ``article.text`` (``mention.start``/``mention.end`` are offsets into it).

    Returns
    -------
    list of Claim
        Sorted by position; ids are ``"{article.id}:c{n}"`` (deterministic). Negated, intended
        and future statements are not returned. Repeated claims of the article (same action
        family, place and side) are merged into the first, best-dated one; an advance on a place
        the same side captured or besieged in the article is dropped.
    """
    ctx = _prepare(article, resolutions)
    counts = Counter(a.entry.name for a in ctx.actors if not a.object_like and not a.supporting) \
        or Counter(a.entry.name for a in ctx.actors if not a.supporting)
    ranked = [name for name, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    memory = _ActorMemory(main=ranked[0] if ranked else "", last=[], air_main=_main_air_side(ranked))
    raw: list[_Raw] = []
    for index, trig in enumerate(ctx.triggers):
        raw.extend(_claims_of_trigger(ctx, index, trig, memory))
    return _merge(article, _exchanged_control(ctx, _withdrawing_side(ctx, raw)))


def _main_air_side(ranked: Sequence[str]) -> str:
    """The side with aircraft that the article names most as a subject (``ranked``: the actor names,
    most named first), when the article's main actor has none: the dropped subject of its
    unattributed air strikes («واصلت القوات العسكرية للتحالف استهداف تنظيم داعش … نفذت ثلاث ضربات
    قرب X»), where the main actor, the target, cannot fly. ``""`` otherwise."""
    if not ranked or actor_family(ranked[0]) in _actor_word_set("air_capable_families"):
        return ""
    return next((name for name in ranked[1:] if actor_family(name) in _actor_word_set("air_capable_families")), "")


def _claims_of_trigger(ctx: _Ctx, index: int, trig: Trigger, memory: _ActorMemory) -> list[_Raw]:
    """The claims of one trigger (one per object place), or ``[]``."""
    article = ctx.article
    sent = _sentence_of(ctx, trig.start)
    # A trigger without a place yields nothing, except that an unblocked control trigger may
    # still date the story. The places and the blocking rules are pure, so they run in the order
    # that skips the most work: a placeless trigger runs the (costlier) blocking rules only when
    # its date could date the story.
    places, framed = _trigger_places(ctx, index, trig, sent)
    sentence_index = ctx.sentence_number.get(sent, -1)
    if not places:  # «سيطرت على أكبر حقل نفطي، مساء السبت»: no named place, but it dates the story
        if trig.form.action in CONTROL_ACTIONS:
            o_start, o_end = _orig(ctx, trig.start, trig.end)
            value, precision, dated = _event_date(ctx, o_start, o_end, trig.form.action)
            if dated and precision == "day" and _dates_story(ctx, o_start, o_end) and not _blocked(ctx, trig, sent):
                memory.date = (value, precision, sentence_index)
        return []
    if _blocked(ctx, trig, sent):
        return []
    if trig.form.place_next and not _place_follows(ctx, trig, places[0][0]):
        return []  # «انتزاع الفوز … في ملعب X»: no place wrested
    if _operations_over_an_area(trig, places[0][2]):
        return []  # «تواصل وحدات الجيش عملياتها في ريف حماة»: a theatre of operations, not a target
    if _side_operation_voided(ctx, trig, places[0][0], places[0][2]):
        return []  # «تواصل القوات الأمريكية عملياتها في قاعدة التنف لتدريب المقاتلين», «رفض أن يخوض معركة»
    if trig.form.form in _marker_set("from_place_verbs") and not _place_right_after_from(ctx, trig, places[0][0]):
        return []  # «خرجت القوات من مقراتها في X»: X is not what they left
    if _battle_of_capture(ctx, trig, sent, places[0][2]):
        return []  # «سيطر على X بعد معارك داخل أحياء المدينة»: the capture's own fighting
    action = _refine_action(ctx, trig, sent, places[0])
    also = _combined_fire(ctx, trig, action)  # «قصف جوي ومدفعي»: an airstrike and a shelling
    if memory.air and 0 <= sentence_index - memory.air_sentence <= 1 \
            and memory.air_sentence >= memory.shells_sentence and _similar_fire(ctx, trig):
        action = "airstrike"  # «غارات روسية على X، فيما طال قصف مماثل Y»: the same strikes
    if action_family(action) == "captured" and places[0][2].place.kind in _SETTLEMENTS \
            and _unnamed_locative(ctx, trig, places[0][0]):
        action = "advanced"
    # after a pronoun object the VSO subject follows it («ثم سيطر عليها التنظيم»)
    first_place = trig.end if places[0][0] in ctx.pronoun_starts \
        and not ctx.actors_from(trig.end, places[0][0]) else places[0][0]  # («انسحاب مسلحي التنظيم منه»)
    subject, counter = _pick_actors(ctx, trig, sent, first_place,
                                    bool(memory.air) and sentence_index - memory.air_sentence <= 2)
    if action == "captured" and trig.form.action == "repelled" \
            and _captor_is_expelled(ctx, trig, places[0][0], subject):
        action = "withdrew"  # «طردت القوات التنظيم من X» read with «التنظيم» as subject: it was driven out
    answered = _retaliated_side(ctx, trig, sent)
    if answered is not None and all(a.end <= trig.start for a in subject):
        subject = [answered]  # «ضربات على أهداف للنظام ردا على هجوم»: by the side struck (not «هجوم شنه X»)
    if action == "missile_strike" and trig.form.action != action:
        firer = _foreign_missile_firer(ctx, trig, sent)  # («تصدت الدفاعات السورية لصواريخ إسرائيلية»)
        if firer is not None and all(a.entry.family != firer.entry.family for a in subject):
            subject = [firer]
    if trig.form.requires_actor and not subject:
        return []  # «قررت الشرطة فرض الأمن على X»: policing, not a side securing a place
    if action == "airstrike" and trig.form.form in _BARE_STRIKE_NOUNS and subject \
            and all(a.end <= trig.start for a in subject) and not _may_carry(ctx, subject, action):
        # «نفذ مقاتلو الفصائل ضربات على X»: a side with no aircraft named before the strikes fires
        # guns (an actor after them may be their target: «ضربات استهدفت وحدة لداعش»)
        action = "shelled"
    elif action == "airstrike" and subject and all(a.end <= trig.start for a in subject) \
            and not _may_carry(ctx, subject, action):
        subject = []  # «اتهم النظام الثوار …، مؤكدة أن غارات الطيران دمرت X»: a side with no aircraft flew none
    if memory.last and sentence_index - memory.last_sentence <= 1 and _attacker_anaphor(ctx, subject):
        subject = memory.last  # «القوات المهاجمة سيطرت على X»: the side of the last claim
    # a repelling of an attack told before it («شن المسلحون هجوماً على X، إلا أن الجيش أحبطه») is
    # not by the attacker: an actor named before the attack's place, or the subject of the last claim
    attacker: list[ActorMention] = []
    if action == "repelled" and places[0][0] < trig.start:
        if subject and all(a.end <= places[0][1] for a in subject):
            attacker, subject = subject, []
        elif not subject and sentence_index - memory.last_sentence <= 1:
            attacker = memory.last
    inferred = not subject
    # «استهدفوا أحد مواقعنا العسكرية قرب X»: the speaker's side is hit, no side is the dropped subject
    speaker_hit = not subject and _first_person_object(ctx, trig, places[0][0])
    # the fighters of an evacuation phrase left unnamed («بعد خروج المسلحين منها»), or a side named as
    # the loser («القضاء على آخر جيوب داعش»), are not replaced by the captor or the main actor
    losers = frozenset(a.entry.family for a in counter) \
        if _names_loser_holdings(ctx, trig) or _became_besieged(ctx, trig) else frozenset()
    judge = _stance_judge(ctx, trig, sent) if not subject else None
    if judge is not None:  # «أدانت تركيا الغارات على X»: the judging side is no dropped subject either
        losers |= {judge.entry.family}
    if subject:
        if action in CONTROL_ACTIONS and not _opposed_sides(subject) and index not in ctx.left_after_capture:
            # (talks and zones do not set the subject of later clauses, nor an exchange of fire)
            memory.last, memory.last_sentence = subject, sentence_index
        if action == "airstrike" and _may_carry(ctx, subject, action):
            memory.air, memory.air_sentence = subject, sentence_index
        if action == "shelled":
            memory.shells, memory.shells_sentence = subject, sentence_index
    elif trig.form.batch_gap or _siege_epithet(trig):
        pass  # «بعد خروج المسلحين منها»: the fighters leaving are unnamed, neither captor nor main actor
        # («X المحاصرة منذ عامين»: the besieger is only the side named after the participle)
    elif action == "airstrike" and memory.air and sentence_index - memory.air_sentence <= 2:
        subject = memory.air  # «… وأضاف أن طائرات حربية استهدفت أيضاً X»: the air force named last
    elif (told := _told_strike_firer(ctx, trig, sent, sentence_index)) is not None:
        subject = [told]  # «… وأطلق الجيش الإسرائيلي صواريخ. وأن الضربات طالت X»: the strikes told before
    elif memory.shells and sentence_index - memory.shells_sentence <= 1 and _told_shells_fell(ctx, trig):
        subject = memory.shells  # «القذائف سقطت على حيي X وY»: the shells told just before, by their firer
    elif memory.last and sentence_index - memory.last_sentence <= 1 and action in CONTROL_ACTIONS \
            and memory.last[0].entry.family not in losers \
            and not _opposed_in(ctx, sent, memory.last[0].entry.name) and not _fallen_projectile(ctx, trig) \
            and _may_carry(ctx, memory.last, action) and not attacker \
            and not speaker_hit and _may_bomb(trig, (a.entry.family for a in memory.last)):
        subject = memory.last  # dropped subject: the actor of the previous clause or sentence
    elif not trig.form.actor and memory.main and _main_actor_may_act(ctx, trig, memory.main) \
            and all(a.entry.family != actor_family(memory.main) for a in attacker) \
            and not speaker_hit and _may_bomb(trig, (actor_family(memory.main),)) \
            and actor_family(memory.main) not in losers \
            and not _opposed_in(ctx, sent, memory.main) \
            and _may_carry(ctx, [ctx.first_actor_named[memory.main]], action):
        subject = [ctx.first_actor_named[memory.main]]
    elif action == "airstrike" and not trig.form.actor and memory.air_main \
            and not _opposed_in(ctx, sent, memory.air_main):
        subject = [ctx.first_actor_named[memory.air_main]]  # the main actor cannot fly: the side that can
    subject = _army_of_place_country(ctx, subject, places[0][2], inferred, action)  # «دخل الجيش قضاء سنجار» (Iraq)
    if _standoff_state_fire(ctx, trig, sent, action, subject):
        action = "airstrike"  # «قصفت إسرائيل مستودعاً قرب X», «شنت طائرات العدو عدواناً على X»
    opener = _pluperfect_opener(ctx, trig, sent) if action in CONTROL_ACTIONS else None
    if _lasting_pluperfect(ctx, trig, sent, opener):
        return []  # «بعد أن كان المسلحون قد سيطروا عليها لسنوات»: a state that lasted, not an event
    span_start = min(trig.start, places[0][0]) if framed else trig.start
    if places[0][0] in ctx.relative_objects and ctx.places_from(trig.start) > 0:
        span_start = ctx.places[ctx.places_from(trig.start) - 1][0]  # from the head: «بلدة X التي حررها»
    for a in subject:
        if sent[0] <= a.start < trig.start and trig.start - a.end <= 40:
            span_start = min(span_start, a.start)
    span_end = max(places[-1][1], trig.end)
    o_start, o_end = _orig(ctx, span_start, span_end)
    event_date, precision, dated = _event_date(ctx, o_start, o_end, action, _orig(ctx, trig.start, trig.end)[0],
                                               finite=trig.form.pos in _FINITE_POS)
    if precision == "future":
        return []
    if places[0][0] in ctx.relative_objects and not (dated and precision in ("day", "days", "month")):
        return []  # «X التي حررها الجيش»: background, unless the clause dates its own event
    inherited = False
    earlier = _pluperfect_story_date(ctx, opener, o_start, o_end, sentence_index, places[0][2].place.id)
    if earlier is not None:  # «استعاد الجيش اليوم X، بعد أن كان المسلحون قد سيطروا عليها»
        event_date, precision, dated = earlier
        inherited = precision == "day"  # (the previous sentence's date)
    elif action in CONTROL_ACTIONS:
        if dated:  # only a precise date carries over («أمس»), not a background one («قبل عام»)
            memory.date = (event_date, precision, sentence_index) if precision == "day" else None
        elif (shifted := _offset_story_date(ctx, trig, memory, sentence_index)) is not None:
            event_date, precision, inherited = shifted, "day", True  # «جاءت السيطرة بعد يوم من تحرير X»
        elif not _marker_regexes()["topic_shift"].match(ctx.norm, sent[0]) \
                or not _ongoing_trigger(ctx, trig) and _same_time_opener(ctx.norm, sent[0]) \
                and not _told_as_earlier(ctx, sent):
            if memory.date is None or memory.date[2] < sentence_index - 1:
                # the previous sentence may be dated without a claim of its own («عبرت الوحدات
                # فجر الإثنين النهر … وأضاف أن القوات سيطرت بعد ساعات على X»)
                memory.date = _sentence_day_date(ctx, sentence_index - 1) or memory.date
            if memory.date is not None and sentence_index - memory.date[2] <= 2 \
                    and not _ongoing_after_background(ctx, trig, sent[0], memory.date[0]):
                event_date, precision, inherited = memory.date[0], memory.date[1], True  # same story
    elif action_family(action) in _PARLEY_FAMILIES:
        event_date, precision, inherited = _agreement_date(ctx, trig, memory, event_date, precision, dated)
    attribution = _attribution(ctx, trig, sent, span_end)
    quantities = _quantities(ctx.norm, trig.start, min(sent[1], span_end + 60))
    actor_name, actor_ar = combine_actors(subject, article.text, ctx.nmap)
    if not subject and trig.form.actor:
        actor_name = trig.form.actor  # «عادت المدينة إلى كنف الدولة»
    flag_state = _flag_state(trig)
    if flag_state is not None and subject and all(_state_actor(m.entry) and m.entry.name != flag_state.name
                                                  for m in subject):
        actor_name = flag_state.name  # «رفعت الشرطة العسكرية الروسية العلم السوري في دوما»: Syria's
    counter_name = combine_actors(counter, article.text, ctx.nmap)[0] if counter else ""
    confidence = (0.8 if trig.form.pos != "noun" else 0.7) - (0.15 if inferred else 0.0) \
        - (0.1 if action != trig.form.action else 0.0)
    out = []
    then_at, later = _dated_after_then(ctx, places, action, (event_date, precision, dated))
    for k, ((start, end, res), action) in enumerate(
            itertools.product(places, (action, also) if also else (action,))):
        place = res.place
        quote_end = max(o_end, _orig(ctx, start, end)[1])
        item_date, item_precision = (event_date, precision) if k // (2 if also else 1) < then_at else later[:2]
        fields = dict(
            article_id=article.id, actor=actor_name, action=action,
            place_id=place.id, place_name=place.name, place_name_ar=place.name_ar,
            lat=place.lat, lon=place.lon, event_date=item_date, date_precision=item_precision,
            quote=article.text[o_start:quote_end], start=o_start, end=quote_end,
            confidence=round(max(0.05, confidence * min(1.0, 0.5 + res.confidence)), 3),
            counter_actor=counter_name, actor_ar=actor_ar, attribution=attribution,
            geo_precision=res.geo_precision, precision_km=place.precision_km,
            admin1=place.admin1, source=article.source, url=article.url,
            quantities=quantities, article_date=article.date,
            notes="" if dated else ("date: from the previous sentence" if inherited
                                    else "date: article date (no date expression)" if event_date == article.date
                                    else "date: from a day heading or the dated lead of the text"),
        )
        out.append(_Raw(fields, dated, inferred, index in ctx.left_after_capture,
                        action == "withdrew" and _captor_withdrew(ctx, trig, subject, inferred)))
    return out


#: «ثم» as a word (between two items of a place list).
_THEN_WORD = re.compile(rf"(?<![\w]){_THEN}(?![\w])")


def _dated_after_then(ctx: _Ctx, places: list[tuple[int, int, Resolution]], action: str,
                      first: tuple[dt.date | None, str, bool]) -> tuple[int, tuple[dt.date | None, str, bool]]:
    """(index of the first place after a «ثم» between two places, the date of the places from there):
    a sequence («سيطر التنظيم على تدمر في أيار ثم القريتين في آب») dates its later items by the date
    after «ثم»; without one of their own they are undated (the article's day, as an undated claim),
    never the first item's date. (len(places), ``first``) when no «ثم» joins the places, or when no
    date stands between the first item and «ثم» (a date before them dates the whole sequence)."""
    for i in range(1, len(places)):
        gap = ctx.norm[places[i - 1][1]:places[i][0]]
        then = _THEN_WORD.search(gap)
        if then is None:
            continue
        after = places[i - 1][1] + then.end()
        date_index = ctx.date_index
        assert date_index is not None
        o_first, o_then = _orig(ctx, places[0][1], after)
        if not any(o_first <= e.start and e.end <= o_then for e in date_index.items):
            return len(places), first  # «سيطر الجيش أمس على X ثم Y»: one date for the sequence
        o_start, o_end = _orig(ctx, after, places[-1][1])
        own = date_index.governing(o_start, o_end + 30)
        if own is not None and own.start >= o_start:
            later = _event_date(ctx, o_start, o_end, action)
            if later[1] != "future":
                return i, later
        return i, (ctx.article.date, "days", False)
    return len(places), first


def _trigger_places(ctx: _Ctx, index: int, trig: Trigger,
                    sent: tuple[int, int]) -> tuple[list[tuple[int, int, Resolution]], bool]:
    """:func:`_places_of_trigger` of ``trig = ctx.triggers[index]`` in its sentence ``sent``, computed
    once per trigger (:func:`_repelled_attack_places` asks again for the attacks before a repelling)."""
    if index not in ctx.trigger_places:
        ctx.trigger_places[index] = _places_of_trigger(ctx, index, trig, sent)
    return ctx.trigger_places[index]


def _places_of_trigger(ctx: _Ctx, index: int, trig: Trigger,
                       sent: tuple[int, int]) -> tuple[list[tuple[int, int, Resolution]], bool]:
    """(the places of the trigger ``ctx.triggers[index]``, whether they are framed places): its
    objects, else the places before it (``place_before`` forms), the venue of talks, or the
    places of a framing clause. Pure: it may run before or after :func:`_blocked`."""
    following = index + 1
    if trig.form.action == "repelled":
        repelled = _repelled_attack_places(ctx, index, sent)
        if repelled:  # «شنوا هجوماً على X، إلا أن الجيش تصدى للهجوم/أحبطه»: X
            return repelled, False
        # «صدت محاولة لقوات النظام للتقدم باتجاه X»: X is the place
        while following < len(ctx.triggers) and _attempt_of(ctx, trig, ctx.triggers[following]):
            following += 1
    if following < len(ctx.triggers) and action_family(trig.form.action) in _FIRE_FAMILIES \
            and ctx.triggers[following].form.action == "zone_established" \
            and _zone_as_description(ctx, ctx.triggers[following]):
        following += 1  # «قصف مناطق خفض التصعيد في X»: the zone names the target X
    next_trigger = ctx.triggers[following].start if following < len(ctx.triggers) else len(ctx.norm)
    if _siege_epithet(trig):
        return _epithet_places(ctx, trig, sent), False  # «الفوعة وكفريا المحاصرتين منذ عامين»
    places = _inside_places(ctx, trig) or _object_places(ctx, trig, sent, next_trigger)
    if not places and trig.form.action == "zone_established":
        places = _included_places(ctx, trig, sent)  # «أدرجت X ضمن مناطق «خفض التصعيد»»
    if not places and trig.form.place_before:
        places = _places_before(ctx, trig, sent)
        if trig.form.action == "captured":
            places = _chain_head(ctx, places, sent)
    if not places and trig.form.action == "negotiation" and not trig.form.requires_before:
        places = _venue_before(ctx, trig, sent)  # (a signing clause names its venue after it)
    if not places and trig.form.action in ("zone_established", "other"):
        places = _covered_places(ctx, trig, sent)  # «ويشملها اتفاق خفض التصعيد»
    if places:
        return _highlighted_instead_of_area(ctx, index, sent, places), False
    # «قتل مدنيون في X جراء غارات», «تعرضت X لقصف», «ساد هدوء X … لسريان الهدنة»
    places = _framed_places(ctx, trig, sent)
    if not places and trig.form.action == "withdrew":
        places = _abandoned_places(ctx, index, sent)  # «دخلوا X … قبل أن ينسحبوا»
    if not places and trig.form.action == "withdrew":
        places = _place_just_taken(ctx, index, sent)  # «سيطرت القوات على X بعد انسحاب المسلحين»
    if not places and action_family(trig.form.action) == "captured":
        return _highlighted_places(ctx, index, sent), False  # «مساحة … أبرزها قرية X وموقع Y»
    return places, bool(places)


def _became_besieged(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether ``trig`` is a state verb with a siege participle («باتت X محاصرة», the ``requires_next``
    forms of ``besieged`` in actions.yaml): its subject is the besieged side, not the besieger —
    unless an object with «ل» follows the participle («بات الجيش محاصرا للمدينة»: the army besieges)."""
    if trig.form.action != "besieged" or not trig.form.requires_next \
            or trig.form.form.split(" ", 1)[0] not in _marker_set("place_inside_heads"):
        return False
    k = bisect.bisect_left(ctx.word_starts, trig.end)
    after = [w for _, w in ctx.words[k:k + 2]]
    return not (len(after) > 1 and after[1].startswith("ل"))


#: The negating particles of a continuing copula («لا يزال», «ما زالت»).
_CONTINUING_PARTICLES = frozenset(("لا", "ما", "ولا", "وما", "فلا", "فما"))


def _still_besieged(ctx: _Ctx, trig: Trigger, near: int) -> bool:
    """Whether ``trig`` is a continuing copula with a siege participle («لا يزال مطار X محاصراً»,
    ``continuing_copulas`` in markers.yaml) whose only negation before it (from ``near``) is its own
    particle «لا/ما»: the siege goes on, nothing is negated («لم يعد محاصراً» keeps its negation)."""
    if trig.form.action != "besieged" or trig.form.form.split(" ", 1)[0] not in _marker_set("continuing_copulas"):
        return False
    before = _word_before(ctx, trig.start, 1)
    if not before or before[0] not in _CONTINUING_PARTICLES:
        return False
    particle = ctx.norm.rfind(before[0], near, trig.start)
    if particle < 0 or _word_before(ctx, particle, 1)[-1:] == ["هل"] or "؟" in ctx.norm[trig.end:trig.end + 60]:
        return False  # «هل لا تزال X محاصرة؟»: a question
    return not _negation(ctx, near, particle) and _besieged_subject(ctx, trig)


#: Words after a siege participle, starting with «ب», that are no instrument of the siege («محاصرة
#: بالكامل»); any other («محاصرة بالديون», «بالألغام») makes the participle a metaphor.
_MANNER_AFTER_PARTICIPLE = frozenset(normalize(w) for w in ("بالكامل", "بشكل", "بصورة"))
#: Prepositions after a siege participle whose object is where a non-place subject is besieged
#: («ما زال 400 ألف شخص محاصرين في الغوطة الشرقية»).
_BESIEGED_IN = frozenset(normalize(w) for w in ("في", "داخل"))


def _besieged_subject(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the subject of the continuing copula ``trig`` is besieged in a place, read from its
    participle (the form's ``requires_next`` word ending the trigger): no locator in the subject before
    any place («النقطة التركية قرب بلدة X محاصرة»: X only locates the post), no «ب» word right after the
    participle («محاصرة بالديون»: a metaphor); a subject that names no place (people: «لا يزال الصحفيون
    محاصرين») needs «في» and its place right after the participle («محاصرين في الغوطة الشرقية»; not «في
    فندق وسط مدينة X», «تحت الأنقاض في مدينة X»)."""
    nxt = next((n for n in trig.form.requires_next if ctx.norm.endswith(n, trig.start, trig.end)), None)
    if nxt is None:
        return True
    part = (trig.end - len(nxt), trig.end)  # (the trigger ends with its participle, the subject inside it)
    locator = _context_regex("place_locator_words").search(ctx.norm, trig.start, part[0]) \
        or _context_regex("located_in_words").search(ctx.norm, trig.start, part[0])
    j = ctx.places_from(trig.start)
    if locator is not None and not (j < len(ctx.places) and ctx.places[j][0] < locator.start()):
        return False  # (a place before the locator is the subject: «المطار العسكري جنوب شرقي المدينة»)
    k = bisect.bisect_left(ctx.word_starts, part[1])
    after = [w for _, w in ctx.words[k:k + 2]]
    if after and after[0].startswith("ب") and after[0] not in _MANNER_AFTER_PARTICIPLE:
        return False  # «لا تزال مدينة درعا محاصرة بالديون والبطالة»
    if j < len(ctx.places) and ctx.places[j][0] < part[0]:
        return True  # the subject names the place
    if not after or after[0] not in _BESIEGED_IN or k + 1 >= len(ctx.words):
        return False
    j = ctx.places_from(ctx.words[k + 1][0])
    return j < len(ctx.places) and ctx.places[j][0] == ctx.words[k + 1][0]


def _subjected_to_siege_places(ctx: _Ctx, trig: Trigger,
                               sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """«تخضع بلدة X لحصار تفرضه قوات النظام», «تعيش مدينة X حصاراً خانقاً»: a verb of undergoing
    (``siege_subjection_verbs`` in markers.yaml) in the trigger's clause, its subject places right
    after it, then the siege noun at most three words after them, no punctuation between."""
    if _economic_siege(ctx, trig):
        return []  # «تعاني X من حصار اقتصادي»: sanctions, not a military siege
    clause = _clause_start(ctx, sent[0], trig.start)
    verb = _last_context(ctx, "siege_subjection_verbs", clause, trig.start)
    if verb is None:
        return []
    if _word_before(ctx, verb.start(), 1)[-1:] in (["قد"], ["ان"]) \
            or _context_regex("subjection_hypotheses").search(ctx.norm, trig.end, sent[1]):
        return []  # «قد تخضع X لحصار إذا فشلت المفاوضات»: a hypothesis
    k = ctx.places_from(verb.end())
    if k >= len(ctx.places) or ctx.places[k][1] > trig.start or ctx.places[k][0] - verb.end() > _FRAME_REACH \
            or _PUNCT.search(ctx.norm, verb.end(), ctx.places[k][0]):
        return []
    between = ctx.norm[verb.end():ctx.places[k][0]]
    if _context_regex("place_locator_words").search(between) or _context_regex("located_in_words").search(between) \
            or _context_regex("surrounding_words").search(between):
        return []  # «تخضع المناطق الواقعة شرق مدينة X لحصار»: X only locates the besieged areas
    if _metaphoric_siege(ctx, trig, sent):
        return []  # «تعاني مدينة X من حصار البطالة»
    group = _coordinated_group(ctx, k, trig.start)
    end = group[-1][1]
    if _PUNCT.search(ctx.norm, end, trig.start) or any(w != "من" for w in _WORDS.findall(ctx.norm, end, trig.start)):
        return []  # (only «من» between: «تعاني X من حصار»; not «تعيش X ظروفاً صعبة بسبب الحصار»)
    return [p for p in group if _place_ok(ctx, trig, p[0], p[2])]


def _metaphoric_siege(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the indefinite siege noun ``trig`` governs a definite noun that names no place nor actor
    («حصار البطالة», «حصار الأسعار المرتفعة»: a metaphor), or its sentence tells its end after it
    (``siege_ended_words``: «عاشت X حصاراً استمر ثلاث سنوات وانتهى عام 2014»)."""
    if _context_regex("siege_ended_words").search(ctx.norm, trig.end, sent[1]):
        return True
    nxt = _SPACE_WORD.match(ctx.norm, trig.end)
    if trig.prefix.endswith("ال") or nxt is None or not nxt.group(1).startswith("ال"):
        return False
    j = ctx.places_from(nxt.start(1))
    if j < len(ctx.places) and ctx.places[j][0] == nxt.start(1):
        return False
    return not ctx.actors_from(nxt.start(1), nxt.end(1))


def _economic_siege(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether the siege noun ``trig`` is qualified right after it as economic or financial
    (``non_military_sieges`` in markers.yaml: «حصار اقتصادي», «الحصار المالي»)."""
    nxt = _SPACE_WORD.match(ctx.norm, trig.end)
    return nxt is not None and nxt.group(1) in _marker_set("non_military_sieges")


def _undergone_siege(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the siege noun ``trig`` (with its «ل») is what a place undergoes («تخضع X لحصار»), not
    the purpose of a movement («لحصار المدينة»)."""
    return action_family(trig.form.action) == "besieged" and bool(_subjected_to_siege_places(ctx, trig, sent))


#: Past copulas between a relative pronoun and a present siege verb («التي كان التنظيم يحاصرها»): a
#: former siege.
_FORMER_COPULAS = frozenset(normalize(w) for w in ("كان", "كانت", "كانوا"))
#: Words after a relative siege verb within which an adverb of sanctions makes it no military siege
#: («التي تحاصرها تركيا اقتصادياً»: the subject, then the adverb).
_RELATIVE_SIEGE_ADVERB_WORDS = 4


def _relative_siege(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether ``trig`` is a present siege verb with its object glued («X التي تحاصرها قوات النظام منذ
    2013», the ``place_before`` present forms of ``besieged``): a siege going on is news as a state,
    not a former or habitual event like other present verbs after a relative pronoun. Not after «كان»
    («التي كان التنظيم يحاصرها»: former), nor with an adverb of sanctions a few words after it
    (``non_military_sieges``: «التي تحاصرها تركيا اقتصادياً»)."""
    if trig.form.action != "besieged" or not trig.form.place_before or trig.form.pos != "present":
        return False
    words = _word_before(ctx, trig.start, 3)
    relative = max((i for i, w in enumerate(words) if _bare(w) in _RELATIVE_PRONOUNS), default=-1)
    if any(w.lstrip("و") in _FORMER_COPULAS for w in words[relative + 1:]):
        return False  # (only after the relative pronoun: not «كانت مضايا التي تحاصرها قوات النظام»)
    k = bisect.bisect_left(ctx.word_starts, trig.end)
    sanctions = _marker_set("non_military_sieges")
    return not any(w in sanctions for _, w in ctx.words[k:k + _RELATIVE_SIEGE_ADVERB_WORDS])


def _siege_epithet(trig: Trigger) -> bool:
    """Whether ``trig`` is a siege participle after its place(s) («مضايا المحاصرة من قوات النظام»,
    the ``place_before`` forms of ``besieged`` in actions.yaml)."""
    return trig.form.action == "besieged" and trig.form.place_before and trig.form.pos == "noun"


def _epithet_places(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """The place a siege participle describes: the one ending right before it (only spaces or
    quotes between), with the places coordinated before it («الفوعة وكفريا المحاصرتين»: both); a
    participle after a common noun («المدنيين المحاصرين», «المدينة المحاصرة» unresolved) has none."""
    k = ctx.places_from(trig.start) - 1
    if k < 0 or ctx.places[k][0] < sent[0] or _TRAILING.fullmatch(ctx.norm, ctx.places[k][1], trig.start) is None:
        return []
    agent_start, marked = _siege_agent_start(ctx, trig)
    if agent_start is not None and not marked and not ctx.actors_from(agent_start, agent_start + 1):
        return []  # «سكان دوما المحاصرة من بين الأكثر تضررا»: «من» names no besieger, a bare epithet
    return [ctx.places[i] for i in _coordinated_before(ctx.norm, ctx.places, k, sent[0])]


#: Spaces (possibly none) at a position (not :data:`_SPACES`, which needs one).
_OPTIONAL_SPACES = re.compile(r"\s*")


@functools.lru_cache(maxsize=1)
def _agent_marker_regex() -> re.Pattern[str]:
    """One word of ``agent_markers`` («قبل», «جانب», «طرف») after «من», then spaces."""
    return re.compile(rf"\s+(?:{alternation(load_actor_words('agent_markers'))})\s+")


def _siege_agent_start(ctx: _Ctx, trig: Trigger) -> tuple[int | None, bool]:
    """(where the besieger named after a siege participle must start, whether an agent phrase
    «من قبل/من جانب/من طرف» announced it); ``(None, False)`` after «منذ» (a duration, no agent)."""
    if not ctx.norm.endswith("من", 0, trig.end) or ctx.norm.endswith("منذ", 0, trig.end):
        return None, False
    marker = _agent_marker_regex().match(ctx.norm, trig.end)
    if marker is not None:
        return marker.end(), True
    return _OPTIONAL_SPACES.match(ctx.norm, trig.end).end(), False  # type: ignore[union-attr]


def _siege_agent(ctx: _Ctx, trig: Trigger) -> ActorMention | None:
    """The actor that starts right where :func:`_siege_agent_start` says the besieger stands
    («المحاصرة من قوات النظام», «المحاصرة من قبل قوات النظام»), or None."""
    start, _marked = _siege_agent_start(ctx, trig)
    if start is None:
        return None
    return next(iter(ctx.actors_from(start, start + 1)), None)


#: At most this many characters between an attack and the repelling that refers back to it.
_REPELLED_ATTACK_REACH = 260
#: How many words after a repelling trigger its back-referring object may stand (a VSO subject
#: between: «تصدت وحدات الجيش للهجوم»).
_REPELLED_OBJECT_WORDS = 5


def _refers_to_attack(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a repelling trigger's object refers back to an attack told before it: a pronoun glued
    to the verb («أحبطته», «من صده», «أفشلوه») or an object word of ``repelled_attack_objects``
    («تصدوا للهجوم», «فتصدت لها القوى», «تصدت وحدات الجيش للمحاولة») in its clause, words of actor
    names skipped."""
    if _glued_pronoun(ctx.norm, trig):
        return True
    objects = _marker_set("repelled_attack_objects")
    k = bisect.bisect_left(ctx.word_starts, trig.end)
    seen = 0
    while k < len(ctx.words) and seen < _REPELLED_OBJECT_WORDS:
        start, word = ctx.words[k]
        if start >= sent[1] or not _same_clause(ctx, trig.end, start):
            return False
        if word in objects:
            return True
        if not any(a.start <= start < a.end for a in ctx.actors_from(trig.end, start + len(word))):
            seen += 1
        k += 1
    return False


def _repelled_attack_places(ctx: _Ctx, index: int, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """The places of the attack a repelling trigger refers back to («شن المسلحون هجوماً على نقاط
    الجيش في محيط X، إلا أن وحدات الجيش أحبطته»: a repelling at X): the places of the nearest
    attack trigger before it, in its sentence or the one before (≤ ``_REPELLED_ATTACK_REACH``
    characters), or ``[]`` when the object is no back reference or no such attack has a place."""
    trig = ctx.triggers[index]
    if not _refers_to_attack(ctx, trig, sent):
        return []
    lowest = ctx.sentence_starts[max(0, ctx.sentence_number.get(sent, 0) - 1)] if ctx.sentence_starts else sent[0]
    for j in range(index - 1, -1, -1):
        prev = ctx.triggers[j]
        if prev.start < lowest or trig.start - prev.end > _REPELLED_ATTACK_REACH:
            break
        if action_family(prev.form.action) != "attacked" or prev.form.action == "repelled":
            continue
        places, _framed = _trigger_places(ctx, j, prev, _sentence_of(ctx, prev.start))
        before = [p for p in places if p[0] < trig.start]
        if before:  # (an attack with no named place: the fighting named before it)
            return before
    return []


#: How far after a capture with no named object its highlight marker («أبرزها») may stand.
_HIGHLIGHT_REACH = 260
#: At most this many characters between the highlight marker and the first place it names (a
#: place noun: «أبرزها قرية X»).
_HIGHLIGHT_GAP = 16


@functools.lru_cache(maxsize=1)
def _highlight_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_marker_alt('highlight_markers')})(?![\w])")


#: Words that may stand before the capture's object ahead of a highlight marker («على كامل المرتفعات»).
_OBJECT_FILLERS = frozenset({"على", "علي", "كامل", "جميع", "كافه", "عده", "عدد", "مجموعه", "اكثر", "من", "نحو",
                             "حوالي", "قرابه",
                             # a time span before the object («حررت خلال الأسبوع الماضي 14 بلدة»)
                             "خلال", "الاسبوع", "الماضي", "الماضيه", "الايام", "اليومين", "الماضيين", "الساعات",
                             "الشهر", "الاسبوعين"})


#: The capture's object is looked for among this many words after the trigger (a subject the actor
#: lexicon does not know may stand first: «حررت قواتنا مساحة …»).
_OBJECT_WORDS = 3


def _territorial_object(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether one of the first :data:`_OBJECT_WORDS` words of the capture's object in
    ``norm[start:end]`` (actors, numbers and fillers such as «على/كامل/عدة» skipped) is land
    (``territorial_objects`` of ``actions.yaml``: «قرى», «مساحة», «المرتفعات»); not «الحرائق»,
    «الوباء», «حصة», «كميات»."""
    gap = ctx.norm[start:end]
    for a in ctx.actors_from(start, end):
        gap = gap.replace(ctx.norm[a.start:a.end], " ")
    territorial = load_action_markers()["territorial_objects"]
    seen = 0
    for word in _WORDS.findall(gap):
        if word.isdigit() or word in _OBJECT_FILLERS:
            continue
        if word in territorial or (word[:1] in "وب" and word[1:] in territorial):
            return True
        seen += 1
        if seen >= _OBJECT_WORDS:
            return False
    return False


def _highlight_names_place(ctx: _Ctx, trig_end: int, marker: re.Match[str], limit: int) -> bool:
    """Whether the highlight ``marker`` after a capture ending at ``trig_end`` names land: the
    capture's object is territorial and a place follows the marker within :data:`_HIGHLIGHT_GAP`
    characters, one word at most between (not «أبرزها في حلب», «من بينها دبابات في حماة»)."""
    if not _territorial_object(ctx, trig_end, marker.start()):
        return False
    k = ctx.places_from(marker.end())
    if k >= len(ctx.places) or ctx.places[k][0] >= limit:
        return False
    return _right_after_marker(ctx, marker.end(), ctx.places[k][0])


def _right_after_marker(ctx: _Ctx, end: int, start: int) -> bool:
    """Whether a place starting at ``start`` names the highlight marker ending at ``end``: within
    :data:`_HIGHLIGHT_GAP` characters, no punctuation and one word at most between («أبرزها قرية X»)."""
    gap = ctx.norm[end:start]
    return start - end <= _HIGHLIGHT_GAP and not _PUNCT.search(gap) and len(gap.split()) <= 1 \
        and not any(w.startswith("وبين") for w in gap.split())  # («مواقع بينها وبين X»: between, not among)


def _highlighted_places(ctx: _Ctx, index: int, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """The places a highlight marker names after a capture with no named object («حررت قواتنا مساحة
    450 كم2 تضم عشرين قرية، أبرزها قرية X وموقع Y», «السيطرة على كامل المرتفعات …، ومن أبرزها
    مرتفع X ومعابر Y وZ»): the place right after the marker and the places coordinated with it,
    in the trigger's sentence, with no other trigger between the capture and the marker."""
    trig = ctx.triggers[index]
    hi = min(sent[1], trig.end + _HIGHLIGHT_REACH)
    if index + 1 < len(ctx.triggers):
        hi = min(hi, ctx.triggers[index + 1].start)
    marker = _highlight_regex().search(ctx.norm, trig.end, hi)
    if marker is None or not _highlight_names_place(ctx, trig.end, marker, sent[1]):
        return []
    out: list[tuple[int, int, Resolution]] = []
    k = ctx.places_from(marker.end())
    end = marker.end()
    while k < len(ctx.places) and ctx.places[k][0] < sent[1]:
        start, stop, res = ctx.places[k]
        if not out:
            if not _right_after_marker(ctx, end, start):
                return []
        elif not _coordinated(ctx.norm, end, start):
            break
        if _theatre_place(res):
            out.append((start, stop, res))
        end, k = stop, k + 1
    return out


#: Families whose area object a highlight list narrows to the places it names.
_HIGHLIGHT_NARROWED = frozenset({"captured"}) | _FIRE_FAMILIES


def _highlighted_instead_of_area(ctx: _Ctx, index: int, sent: tuple[int, int],
                                 places: list[tuple[int, int, Resolution]]) -> list[tuple[int, int, Resolution]]:
    """The trigger's object places, or, when they are only areas (a countryside, a region, a
    governorate) that locate a land noun and a highlight marker right after them names places
    («سيطرت على عشرات القرى في ريف X، أبرزها بلدة Y», «شن هجمات على مواقع في البادية، أبرزها في
    مدينة Z»), the named places: the area only says where they lie, the claims are about them."""
    trig = ctx.triggers[index]
    if action_family(trig.form.action) not in _HIGHLIGHT_NARROWED \
            or any(res.place.kind not in _AREA_KINDS for _, _, res in places) \
            or not _land_noun_before(ctx, trig.end, places[0][0]):
        return places
    area_end = places[-1][1]
    k = ctx.places_from(area_end)
    while k < len(ctx.places) and ctx.places[k][2].place.kind in _AREA_KINDS \
            and _coordinated(ctx.norm, area_end, ctx.places[k][0]):
        area_end, k = ctx.places[k][1], k + 1  # «على محور ريف X وريف Y، أبرزها …»
    hi = min(sent[1], area_end + _AREA_HIGHLIGHT_GAP)
    if index + 1 < len(ctx.triggers) and ctx.triggers[index + 1].start > trig.end:
        hi = min(hi, ctx.triggers[index + 1].start)
    marker = _highlight_regex().search(ctx.norm, area_end, hi)
    if marker is None or len(_WORDS.findall(ctx.norm, area_end, marker.start())) > 2:
        return places
    named: list[tuple[int, int, Resolution]] = []
    k, end = ctx.places_from(marker.end()), marker.end()
    while k < len(ctx.places) and ctx.places[k][0] < sent[1]:
        start, stop, res = ctx.places[k]
        if not named:
            gap = ctx.norm[end:start].split()
            if gap[:1] == ["في"]:
                gap = gap[1:]  # «أبرزها في مدينة Z»
            if start - end > _HIGHLIGHT_GAP + 4 or len(gap) > 1 or _PUNCT.search(ctx.norm, end, start):
                return places
        elif not _coordinated(ctx.norm, end, start):
            break
        if _theatre_place(res) and res.place.kind not in _AREA_KINDS:
            named.append((start, stop, res))
        end, k = stop, k + 1
    return named or places


#: At most this many characters between an area object and the highlight marker after it.
_AREA_HIGHLIGHT_GAP = 12
#: At most this many words before an area object in which its land noun stands («عشرات القرى في»).
_LAND_NOUN_WORDS = 4


def _land_noun_before(ctx: _Ctx, lo: int, start: int) -> bool:
    """Whether one of the :data:`_LAND_NOUN_WORDS` words before ``start`` (after ``lo``) is a land
    noun (``territorial_objects``: «قرى», «بلدة», «مواقع»), bare or after «و»/«ب»: what the area
    object locates is land, so a highlight list after it names parts of it."""
    territorial = load_action_markers()["territorial_objects"]
    words = _WORDS.findall(ctx.norm, max(lo, start - 60), start)[-_LAND_NOUN_WORDS:]
    return any(w in territorial or (w[:1] in "وب" and w[1:] in territorial) for w in words)


#: Actions of a trigger whose objects a withdrawal with no place of its own abandons.
_ABANDONED_ACTIONS = frozenset({"captured", "secured", "entered"})
#: At most this many characters between such a trigger and the withdrawal.
_ABANDONED_REACH = 200
#: A relative clause right after a withdrawal (its subject between) whose pronoun names what the
#: withdrawing side held («انسحاب قوات البيشمركة التي كانت تتولى حمايتهما», «الذين كانوا
#: يتحصنون فيها»): the places just named.
_HELD_RELATIVE = re.compile(r"[^,،.:؛!?؟\n]{0,50}?(?<![\w])(?:التي|الذي|الذين|اللذين|اللتين)"
                            r"(?:\s+[^\s,،.:؛]+){0,4}?\s+[^\s,،.:؛]*?(?P<pn>هما|ها)(?![\w])")


def _abandoned_places(ctx: _Ctx, index: int, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """The places a withdrawal with no place of its own left, when a relative clause after it
    refers to them by a pronoun («أمنت القطعات حقلي X وY بعد انسحاب قوات البيشمركة التي كانت تتولى
    حمايتهما»): the objects of the nearest capture, securing or entry before it in its sentence
    (as many as the pronoun says: a dual needs two)."""
    trig = ctx.triggers[index]
    held = _HELD_RELATIVE.match(ctx.norm, trig.end, sent[1])
    if held is None:
        return []
    for j in range(index - 1, -1, -1):
        prev = ctx.triggers[j]
        if prev.start < sent[0] or trig.start - prev.end > _ABANDONED_REACH:
            break
        if prev.form.action not in _ABANDONED_ACTIONS:
            continue
        places = _object_places(ctx, prev, sent, trig.start)
        if places:
            return places if (held.group("pn") == "هما") == (len(places) == 2) else []
    return []


#: At most this many characters between a capture and a withdrawal that left its place.
_TAKEN_REACH = 400
#: Characters after a withdrawal searched for a place of its own that was not resolved.
_OWN_PLACE_REACH = 80


@functools.lru_cache(maxsize=1)
def _own_origin_regex() -> re.Pattern[str]:
    """«من/عن» with a pronoun («منها») or before a place noun («من بلدة X», «من حي X», «من أحيائها»):
    a withdrawal that names a place of its own, even one the gazetteer does not know."""
    nouns = [w for w in load_action_markers()["place_fillers"] if " " not in w]
    return re.compile(rf"(?<![\w])(?:(?:من|عن)(?:هما|ها|ه)|(?:من|عن)\s+(?:ال)?(?:{alternation(nouns)}|احيا[يء])(?:هما|ها|ه)?)(?![\w])")


def _names_own_place(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the withdrawal ``trig`` names a place it left in its own clause (a pronoun or a place
    noun after «من»), though none was resolved; held positions («من مواقعهم», «من مقراتهم») and
    destinations («باتجاه بلدة X») name none."""
    rest = ctx.norm[trig.start + len(trig.prefix):trig.end]
    if trig.form.pos == "verb" and rest.startswith(trig.form.form) \
            and rest[len(trig.form.form):] in _GLUED_PREP_PRONOUNS:
        return True  # a pronoun glued to the verb («خسرتها», «أخلوها»): a place named before
    end = _clause_stop(ctx, trig.end, min(sent[1], trig.end + _OWN_PLACE_REACH))
    return _own_origin_regex().search(ctx.norm, trig.end, end) is not None


#: Words after a partitive «من» in a withdrawal's subject («من تبقى من مسلحي التنظيم», «العشرات من
#: عناصره»): not the place it left.
_REMNANT_WORDS = frozenset(normalize(w) for w in ("تبقى", "بقي", "بين"))


def _held_position(word: str) -> bool:
    """Whether ``word`` (normalised) is a noun of ``held_position_words`` with «ال» or a pronoun
    («مواقعهم», «المقرات», «أمام»): what a withdrawal from the place just taken may leave."""
    bare = word[2:] if word.startswith("ال") else word
    return any(bare == w or (bare.startswith(w) and bare[len(w):] in ("هم", "ها", "ه", "هما", "نا"))
               for w in _marker_set("held_position_words"))


def _other_origin(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the withdrawal ``trig`` leaves, in its clause, something named after «من/عن» that is
    no held position (``held_position_words``): «انسحب وزراء الكتلة من الحكومة», «فر المسلحون من
    سجن …», «انسحبت الهيئة من اتفاق …» leave no place just taken. A partitive «من» in the subject
    («من تبقى من مسلحي التنظيم», «العشرات من عناصره») is passed over."""
    end = _clause_stop(ctx, trig.end, min(sent[1], trig.end + _OWN_PLACE_REACH))
    k = bisect.bisect_left(ctx.word_starts, trig.end)
    words = [w for w in ctx.words[k:] if w[0] < end][:12]
    for i, (_, word) in enumerate(words[:-1]):
        if word not in ("من", "عن"):
            continue
        if words[i + 1][1] in _REMNANT_WORDS or (i and words[i - 1][1] in _SUBJECT_BEFORE_PARTITIVE):
            continue  # a partitive «من» in the subject
        j = i + 1
        while j + 1 < len(words) and words[j][1] in _QUANTITY_WORDS:
            j += 1  # «من معظم مواقعها»
        return not _held_position(words[j][1])
    return False


#: A relative clause right after a withdrawal's subject («انسحاب مسلحي النصرة الذين أصيب عدد منهم»).
_RELATIVE_AFTER = re.compile(r"[^.!?؟;؛:,،\n]{0,50}?(?<![\w])(?:التي|الذي|الذين|اللذين|اللتين)(?![\w])")
#: A relative pronoun then its clause, with no punctuation, up to a withdrawal («الألغام التي زرعها
#: المسلحون قبل فرارهم»): the withdrawal is background to the clause's head.
_RELATIVE_OPEN_BEFORE = re.compile(r"(?<![\w])(?:التي|الذي|الذين)\s+[^.!?؟;؛:,،\n]*$")


def _relative_on_subject(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a relative clause follows the withdrawal's subject, no place between («بعد انسحاب
    مسلحي النصرة الذين أصيب عدد منهم»; not «باتجاه بلدة X التي تبعد …», on the destination)."""
    m = _RELATIVE_AFTER.match(ctx.norm, trig.end, sent[1])
    if m is None:
        return False
    k = ctx.places_from(trig.end)
    return k >= len(ctx.places) or ctx.places[k][0] >= m.end()


def _in_relative_clause(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the withdrawal ``trig`` stands inside a relative clause that opened before it in its
    clause («وإزالة الألغام التي زرعها المسلحون قبل انسحابهم»)."""
    return _RELATIVE_OPEN_BEFORE.search(ctx.norm, max(sent[0], trig.start - _RELATIVE_REACH), trig.start) is not None


def _place_just_taken(ctx: _Ctx, index: int, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """The place a withdrawal with no place of its own left: the first place of the nearest capture
    or entry before it, in its sentence or the one before (≤ ``_TAKEN_REACH`` characters), that is
    not blocked («سيطرت القوات على مدينة X بعد انسحاب المقاتلين من مواقعهم», «تحرير X … قبل فرارهم
    باتجاه بلدة Y»: the losers left X; Y is where they went). ``[]`` when the withdrawal names a
    place of its own that was not resolved, or when no such capture is near."""
    trig = ctx.triggers[index]
    if trig.form.pos == "noun":
        before = _word_before(ctx, trig.start, 1)
        if not before or before[0] not in _marker_set("withdrawal_time_words"):
            return []
    elif trig.form.pos != "verb":
        return []
    if not _withdrawer_named(ctx, trig):
        return []  # («بعد انسحاب اللاعب من المباراة»: no side nor armed men withdrew)
    if _names_own_place(ctx, trig, sent) or _other_origin(ctx, trig, sent) \
            or _in_relative_clause(ctx, trig, sent) or _relative_on_subject(ctx, trig, sent):
        return []  # (a relative clause after its subject decides: :func:`_abandoned_places`)
    fronted = _fronted_place(ctx, sent, trig.start)
    if fronted:  # «وفي X، انسحبت البيشمركة من مقراتها»
        ctx.left_after_capture.add(index)
        return fronted
    number = ctx.sentence_number.get(sent, 0)
    lowest = ctx.sentence_starts[max(0, number - 1)] if ctx.sentence_starts else sent[0]
    head = ctx.norm[sent[0]:sent[0] + 40]
    if _context_regex("elsewhere_openers").match(head.lstrip(" .\n\"'«")):
        lowest = sent[0]  # «وفي سياق آخر، فر مسلحو داعش …»: not the place taken before
    for j in range(index - 1, -1, -1):
        prev = ctx.triggers[j]
        if prev.start < lowest or trig.start - prev.end > _TAKEN_REACH:
            break
        prev_sent = _sentence_of(ctx, prev.start)
        places, framed = _trigger_places(ctx, j, prev, prev_sent)
        places = [p for p in places if p[1] <= trig.start and _theatre_place(p[2])]
        if not places or framed:
            continue  # («فرضوا سيطرتهم على المعمل»: no named place; fighting with no place)
        if prev.form.action not in _ABANDONED_ACTIONS or _blocked(ctx, prev, prev_sent):
            return []  # the last event named before is no capture: the withdrawal is not from its place
        ctx.left_after_capture.add(index)
        return places[:1]
    return []


#: A withdrawal verb's subject: a side, armed men, or what remained of them («فيما انسحب من تبقى من
#: مسلحي التنظيم», «فر العشرات من عناصره»); quantities and «من» may stand before the armed noun.
_REMNANT = re.compile(r"\s+(?:من|ما)\s+تبقي(?![\w])")
_QUANTITY_WORDS = frozenset(normalize(w) for w in (
    "من", "العشرات", "عشرات", "المئات", "مئات", "بعض", "آلاف", "الآلاف", "معظم", "غالبية", "بقية", "آخر",
    "دفعة", "الدفعة", "دفعات"))
#: Words right before a partitive «من» of a withdrawal's subject («العشرات من», «من تبقى من»).
_SUBJECT_BEFORE_PARTITIVE = _QUANTITY_WORDS | _REMNANT_WORDS


#: A sentence that opens with its place («وفي X، …»): the place of its events.
_FRONTED_IN = re.compile(r"[\s\"'«»“”]*[وف]?في\s+")
_FRONTED_END = re.compile(r"[\s\"'«»“”]*[،,]")


def _fronted_place(ctx: _Ctx, sent: tuple[int, int], before: int) -> list[tuple[int, int, Resolution]]:
    """The place a sentence opens with, «(و)في X،», when it is a place of the theatre and stands
    before ``before`` («وفي X، انسحبت البيشمركة من مقراتها صباحاً»); else ``[]``."""
    opener = _FRONTED_IN.match(ctx.norm, sent[0], before)
    if opener is None:
        return []
    k = ctx.places_from(opener.end())
    if k >= len(ctx.places) or ctx.places[k][0] != opener.end() or ctx.places[k][1] >= before:
        return []
    place = ctx.places[k]
    if not _theatre_place(place[2]) or _FRONTED_END.match(ctx.norm, place[1], before) is None:
        return []
    return [place]


def _withdrawer_named(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether a withdrawal verb or noun names who withdrew right after it (an actor or an armed noun
    of ``armed_nouns``, after quantities: «فر العشرات من عناصر التنظيم»; «من تبقى»), or is plural
    («فروا», «انسحبوا», «فرارهم»): not «انسحاب اللاعب من المباراة», nor the noun of an idiom
    followed by a preposition («معارك كر وفر مع التنظيم»)."""
    if trig.form.form.endswith("وا") or _REMNANT.match(ctx.norm, trig.end):
        return True
    armed = _marker_set("armed_nouns")
    if trig.form.pos == "noun" and (ctx.norm[trig.start:trig.end].endswith(("هم", "هما"))
                                    or any(w in armed for w in trig.form.form.split()[1:])):
        return True  # «قبل فرارهم»: the fighters named before; «بعد خروج آخر دفعة من المسلحين»
    k = bisect.bisect_left(ctx.word_starts, trig.end)
    for start, word in ctx.words[k:k + 4]:
        if word in armed or any(a.start == start for a in ctx.actors_from(start, start + len(word))):
            return True
        if word not in _QUANTITY_WORDS:
            return False
    return False


def _opposed_in(ctx: _Ctx, sent: tuple[int, int], actor: str) -> bool:
    """Whether the sentence names ``actor`` only as an object («تحرير X من تنظيم داعش»), so the
    article's main actor cannot be the dropped subject of this sentence's claims."""
    named = [a for a in ctx.actors_from(*sent) if a.entry.name == actor]
    # «للقوات التركية» is object-like by its clitic but often the agent: only words count here
    return bool(named) and all(a.object_like and a.prefix not in ("ل", "لل", "ب", "بال")
                               and not _clitic_before_quote(ctx.norm, a.start)[0] for a in named)  # «لـ"داعش"»


_ATTEMPT_FAMILIES = frozenset({"advanced", "attacked"})


def _attempt_of(ctx: _Ctx, repel: Trigger, other: Trigger) -> bool:
    """Whether ``other`` is the attempt that ``repel`` repelled («أحبطت محاولة تسلل … للتقدم
    باتجاه X»): an advance/attack trigger in the same clause, close after it."""
    if action_family(other.form.action) not in _ATTEMPT_FAMILIES or other.start - repel.end > 90:
        return False
    gap = ctx.norm[repel.end:other.start]
    return not _SENTENCE_BREAK.search(gap) and _marker_regexes()["clause_breaks"].search(gap) is None


#: A reciprocal verb right before the subject of a control noun («تبادلت قوات النظام والهيئة السيطرة
#: على X»): each side held the place in turn.
_EXCHANGE_BEFORE = re.compile(r"(?<![\w])[وف]?(?:تبادل|تبادلت|تبادلوا|يتبادل|تتبادل|يتبادلان|تتبادلان|تناوبت|تناوب)\s*$")


def _sides_then_control(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Whether ``norm[lo:hi]`` (a capture after a reciprocal verb) holds only the sides and «و»
    (or «على») before its control noun («تبادلت قوات النظام والهيئة السيطرة على X»), so control
    itself was exchanged; not «تبادلت روسيا وتركيا الأدوار في السيطرة على X» nor «تبادلت قوات
    النظام والفصائل القصف والسيطرة على X»."""
    spans = sorted((a.start, a.end) for a in ctx.actors_from(lo, hi))
    pos = lo
    rest: list[str] = []
    for start, end in spans:
        rest.extend(_WORDS.findall(ctx.norm, pos, max(pos, start)))
        pos = max(pos, end)
    rest.extend(_WORDS.findall(ctx.norm, pos, hi))
    for word in rest:
        if word.startswith(("السيطر", "سيطر")):
            return True
        if word not in ("و", "على", "علي"):
            return False
    return False


def _exchanged_control(ctx: _Ctx, raw: list[_Raw]) -> list[_Raw]:
    """A capture exchanged between sides («تبادلت قوات النظام و«الهيئة» السيطرة على قرية X مرتين»):
    one capture claim per side named between the reciprocal verb and the control noun (two events
    the merge keeps apart), instead of one claim with both sides as its actor. When something else
    stands before the control noun (roles, fire: see :func:`_sides_then_control`) the two sides
    that exchanged it are no joint captor, and the capture is dropped."""
    out: list[_Raw] = []
    for r in raw:
        claim = r.fields
        if action_family(claim["action"]) != "captured" or \
                _EXCHANGE_BEFORE.search(normalize(ctx.article.text[max(0, claim["start"] - 16):claim["start"]])) is None:
            out.append(r)
            continue
        lo = bisect.bisect_left(ctx.nmap, claim["start"])
        hi = bisect.bisect_left(ctx.nmap, claim["end"])
        sides: dict[str, ActorMention] = {}
        for a in ctx.actors_from(lo, hi):
            if not a.supporting:
                sides.setdefault(actor_family(a.entry.name), a)
        if len(sides) < 2:
            out.append(r)
            continue
        if not _sides_then_control(ctx, lo, hi):
            # «تبادلت روسيا وتركيا الأدوار في السيطرة على إدلب», «تبادلت قوات النظام والفصائل القصف
            # والسيطرة على X»: the sides exchanged roles or fire, so neither is a joint captor
            continue
        for mention in sides.values():
            name, surface = combine_actors([mention], ctx.article.text, ctx.nmap)
            out.append(_Raw({**claim, "actor": name, "actor_ar": surface}, r.dated, r.inferred))
    return out


def _captor_withdrew(ctx: _Ctx, trig: Trigger, subject: list[ActorMention], inferred: bool) -> bool:
    """Whether a withdrawal names its own side: a subject named after it («ثم انسحب مسلحو داعش»), or
    a pronoun that keeps the subject of the clause before (``same_subject_openers``: «لكنهم
    انسحبوا»). Such a side keeps the withdrawal even when it had captured the place
    (:func:`_withdrawing_side`)."""
    if not inferred and any(a.start >= trig.start for a in subject):
        return True
    lo = max(0, trig.start - 20)
    return any(m.end() == trig.start or not ctx.norm[m.end():trig.start].strip()
               for m in _context_regex("same_subject_openers").finditer(ctx.norm, lo, trig.start))


def _withdrawing_side(ctx: _Ctx, raw: list[_Raw]) -> list[_Raw]:
    """A withdrawal whose actor is not named is by the side that lost the place: when the guessed
    actor is the side that captured it in this article, take the most named other side."""
    captors = {(r.fields["place_id"], actor_family(r.fields["actor"])) for r in raw
               if action_family(r.fields["action"]) == "captured"}
    if not captors:
        return raw
    counts = Counter(a.entry.name for a in ctx.actors if not a.supporting)
    out = []
    for r in raw:
        claim = r.fields
        if (r.inferred or r.left_taken) and not r.captor_left and claim["action"] == "withdrew" \
                and (claim["place_id"], actor_family(claim["actor"])) in captors:
            rivals = sorted(((n, name) for name, n in counts.items()
                             if actor_family(name) != actor_family(claim["actor"])), key=lambda x: (-x[0], x[1]))
            if rivals:
                r = replace(r, fields={**claim, "actor": rivals[0][1], "actor_ar": ""})
        out.append(r)
    return out


#: A future verb: «س» + an imperfect prefix («ستعقد», «سيشهد»).
_FUTURE_VERB = re.compile(r"(?<![\w])[وف]?س[يتن]\w{3,}")


def _future_between(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (original text) holds a future marker (``future`` in markers.yaml)
    or a future verb: the future date then governs the talks themselves («الأسبوع المقبل سيشهد
    جولة محادثات»), not another event of the sentence («يدخل حيز التنفيذ يوم غد، وذلك في ختام
    محادثات»)."""
    window = normalize(text[lo:hi])
    return _marker_regexes()["future"].search(window) is not None or _FUTURE_VERB.search(window) is not None


#: Trigger forms that are finite verbs («سيطرت», «تسيطر»): the main event, not an «من» complement.
_FINITE_POS = frozenset({"verb", "present"})


def _event_date(ctx: _Ctx, start: int, end: int, action: str,
                trigger: int | None = None, *, finite: bool = False) -> tuple[dt.date | None, str, bool]:
    """(event date, precision, explicitly dated) of the clause [start, end) of the original text
    (``trigger``: where its trigger starts, when the clause begins with its subject; ``finite``: the
    trigger is a finite verb, the main event, which «بعد يومين من المعارك» does not move).

    precision ``"future"`` marks a control claim dated in the future (not emitted).
    """
    text, article_date = ctx.article.text, ctx.article.date
    date_index = ctx.date_index
    assert date_index is not None  # built by _prepare before any claim is dated
    event = start if trigger is None else max(start, trigger)  # the trigger, past a subject opening the clause
    expr = date_index.governing(start, end)
    closing = date_index.closing(start, end) if expr is None or expr.end <= start or expr.start >= end else None
    if closing is not None:  # «…، وذلك يوم الأحد»: the date of the whole sentence
        expr = closing
    elif expr is not None and expr.start >= end and (expr.start - end > 30 and not _object_tail(text, end, expr.start)
                                                     or _NEXT_CLAUSE.search(text, end, expr.start)) \
            and not _zone_signed_on(ctx, action, end, expr.start):
        # far after the clause, or in the next clause («… تحرير الرقة، ثم سيطرت فجر 22 منه على X»)
        expr = date_index.governing(start, end, before=end)
    day_of_operation = 0
    if expr is None and ctx.operation_days:  # «في اليوم الأول لعملية X التي أطلقها الجيش فجر أمس، …»
        wide = date_index.governing(start, end, max_distance=400)
        rel = _relative_clause_start(text, wide.start) if wide is not None and wide.end <= start else None
        if rel is not None and _operation_day(text, rel):
            expr = wide
    if expr is not None and expr.end <= event:
        rel = _relative_clause_start(text, expr.start)
        day_of_operation = _operation_day(text, rel) if rel is not None else 0
        if rel is not None and not day_of_operation and not _announcing_relative(text, rel, start):
            # «إن الوحدات التي عبرت النهر قبل أيام وحررت …»: that date is the crossing's
            expr = date_index.governing(start, end, before=rel)
    elif expr is not None and trigger is not None and expr.start > trigger:
        rel = _relative_clause_start(text, expr.start)
        if rel is not None and rel > trigger and _event_between(ctx, rel, expr.start) \
                and not (action_family(action) == "zone" and _signing_between(ctx, rel, expr.start)):
            # «دخل الجيش مدينة X التي سيطر عليها التنظيم منذ عامين»: the date of the object's past
            expr = date_index.governing(start, end, before=rel)
    if expr is not None and expr.start >= start and expr.surface.startswith("منذ"):
        state = _STATE_SINCE.search(text, max(0, expr.start - 25), expr.start)
        if state is None and action_family(action) != "besieged":  # a siege claim is dated by its duration
            state = _SIEGE_SINCE.search(text, max(0, expr.start - _SIEGE_SINCE_REACH), expr.start)
        if state is not None:  # «مدينة X المحاصرة منذ ثلاث سنوات»: how long the object's state lasts
            expr = date_index.governing(start, end, before=state.start())
        elif action == "siege_broken" and expr.kind == "ago":
            # «فكت حصاراً فرضه التنظيم على الأحياء الغربية من المدينة منذ نحو ثلاث سنوات»: a siege
            # broken is a moment; «منذ» + a duration measures the siege, however far from its noun
            expr = date_index.governing(start, end, before=expr.start)
    if expr is None:
        framed = date_index.frame_day(start)  # under a day heading, in a dated roundup or list
        # «أنهى الجيش وجود المسلحين …، بعد يومين من دخوله مدينة X»: two days before the undated
        # (reported today) main clause
        back = dt.timedelta(days=0 if finite else _offset_before(text, max(0, event - 60), event))
        if action_family(action) == "attacked":  # «تتواصل لليوم الثاني على التوالي المعارك»: began yesterday
            back -= dt.timedelta(days=_consecutive_day(text, event, start, end))
        return (framed + back, "day", False) if framed is not None else (article_date + back, "days", False)
    if expr.future and action in CONTROL_ACTIONS:
        return None, "future", True
    if expr.future and action == "negotiation" and expr.end <= start \
            and not _future_between(text, expr.end, event):
        # «اتفاق … يدخل حيز التنفيذ يوم غد، وذلك في ختام محادثات في موسكو»: talks already held
        # take the sentence's earlier date (the entry into force is tomorrow's)
        earlier = date_index.governing(start, end, before=expr.start)
        if earlier is not None and earlier.date is not None and not earlier.future:
            expr = earlier
    if expr.date is None:
        return None, "unknown", True
    value, precision = expr.date, expr.precision
    if expr.kind == "day_part":  # «منذ الصباح» under a day heading, in a dated roundup or a story of a past day
        value = date_index.frame_day(expr.start) \
            or (None if _present_trigger_at(ctx, event) else _story_day_before(ctx, expr.start)) or value
    if value > article_date and action in CONTROL_ACTIONS:
        return article_date, "days", False
    if expr.end <= start and _EVE.search(text[expr.end:start]) \
            or expr.end <= event and _EVE.search(text, max(expr.end, event - _EVE_REACH), event):
        value -= dt.timedelta(days=1)  # «… الثلاثاء غداة إعلان سيطرتها»: the day before
    if day_of_operation > 1 and precision == "day":
        value += dt.timedelta(days=day_of_operation - 1)  # «في اليوم الثاني لعملية … التي أطلقها أمس»
    shift = _offset_after(text, expr, end) if expr.end <= start and precision == "day" else 0
    if not shift and expr.end <= start and precision == "day" and not finite:
        shift = _offset_before(text, expr.end, event)
    if shift:  # «أعلن في الثالث من الشهر تحرير X، فيما استعادت القوات Y قبل ذلك بيوم»
        value += dt.timedelta(days=shift)
    return value, precision, True


#: How far a date may close a clause after the claim's last place when only a conjoined noun phrase of
#: the object stands between («استعادة القوات ناحية X والمناطق الصحراوية المحيطة بها السبت الماضي»).
_OBJECT_TAIL_REACH = 60
#: A conjoined noun phrase continuing the object: «و» + a definite noun, then definite words or a
#: pronoun complement («بها», «لها»), no verb-like word, no punctuation.
_OBJECT_TAIL = re.compile(r"\s+و(?:ال\w+)(?:\s+(?:ال\w+|[بل](?:ها|ه|هما|هم)|من|في))*\s+")


def _object_tail(text: str, end: int, date_start: int) -> bool:
    """Whether only a conjoined noun phrase of the object (``_OBJECT_TAIL``) stands between the
    claim's last place ending at ``end`` and a date starting at ``date_start`` (within
    ``_OBJECT_TAIL_REACH``): that date closes the claim's own clause."""
    if date_start - end > _OBJECT_TAIL_REACH:
        return False
    return _OBJECT_TAIL.fullmatch(text, end, date_start) is not None


#: How far before a trigger «غداة» may stand («وذلك غداة سيطرتها على …»: the capture was the day before).
_EVE_REACH = 12

#: «لليوم الثاني (الثالث …) على التوالي» in an undated fight: the fight began that many days minus one
#: before the story's day (the dev convention dates an attack at its start).
_CONSECUTIVE_ORDINALS = {"الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
                         "الثامن": 8, "التاسع": 9, "العاشر": 10}
_CONSECUTIVE_DAY = re.compile(rf"(?<![\w])و?لليوم\s+(?P<ord>{'|'.join(_CONSECUTIVE_ORDINALS)})\s+على\s+التوالي(?![\w])")


#: What ends the trigger's own clause for «لليوم الـN على التوالي»: a comma or stop, «فيما», «بينما»,
#: «(في) حين», «حيث» («قصفت القوات X، فيما يواصل الأهالي اعتصامهم لليوم الثالث على التوالي»: the
#: sit-in, not the shelling, is in its third day).
_CONSECUTIVE_STOP = re.compile(r"[.!?؟;؛،,\n]|(?<![\w])(?:فيما|بينما|حين|حيث)(?![\w])")


def _trigger_clause(text: str, event: int, start: int, end: int) -> tuple[int, int]:
    """The span of the clause around the trigger at ``event`` (within the sentence of ``[start,
    end)``), bounded by ``_CONSECUTIVE_STOP``."""
    s_begin, s_end = sentence_span(text, start, end)
    begin = s_begin
    for m in _CONSECUTIVE_STOP.finditer(text, s_begin, min(event, s_end)):
        begin = m.end()
    after = _CONSECUTIVE_STOP.search(text, max(event, begin), s_end)
    return begin, after.start() if after is not None else s_end


def _consecutive_day(text: str, event: int, start: int, end: int) -> int:
    """Days before the story's day that a fight told in the clause ``[start, end)`` (trigger at
    ``event``) began, when the trigger's own clause says it goes on «لليوم الثالث على التوالي»
    (→ 2), else 0."""
    if "التوالي" not in text[max(0, start - 200):end + 200]:
        return 0
    c_begin, c_end = _trigger_clause(text, event, start, end)
    m = _CONSECUTIVE_DAY.search(text, c_begin, c_end)
    return _CONSECUTIVE_ORDINALS[m.group("ord")] - 1 if m is not None else 0


#: A clause of its own after a claim, before a date expression: «، ثم», «ثم», «قبل أن», «بعد أن».
_NEXT_CLAUSE = re.compile(r"(?<![\w])(?:ثم|قبل\s+أن|بعد\s+أن)(?![\w])")


#: «في اليوم الأول (الثاني …) لعملية X التي أطلقها الجيش فجر أمس»: the operation's date dates its
#: first day (the ordinal gives the day).
_OPERATION_DAY = re.compile(r"(?<![\w])اليوم\s+(?P<ord>الأول|الاول|الثاني|الثالث|الرابع|الخامس)\s+"
                            r"(?:من\s+|ل|لـ)\S*(?:\s+\S+){0,4}?\s*$")
#: Its words anywhere in the text (one search per article gates the wide look-up of ``_event_date``;
#: a literal start keeps that search fast).
_OPERATION_DAY_WORDS = re.compile(r"اليوم\s+(?:الأول|الاول|الثاني|الثالث|الرابع|الخامس)\s")
_ORDINAL_DAYS = {"الأول": 1, "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5}


def _operation_day(text: str, rel: int) -> int:
    """The day number when the relative clause at ``rel`` describes the launch of an operation
    whose «اليوم الأول/الثاني …» frames the sentence («في اليوم الأول لعملية «X» التي أطلقها الجيش
    فجر أمس»), else 0."""
    m = _OPERATION_DAY.search(text, max(0, rel - 70), rel)
    return _ORDINAL_DAYS.get(m.group("ord"), 0) if m is not None else 0


#: An offset from a date named before in the sentence: «قبل ذلك بيوم», «بعد ذلك بيومين», «قبلها
#: بثلاثة أيام» (the clause happened that many days before/after the date).
_OFFSET = re.compile(r"(?<![\w])(?P<dir>قبل|بعد)\s*(?:ذلك|ها|ه)\s+ب(?:(?P<one>يوم)|(?P<two>يومين)|"
                     r"(?P<n>\d+|ثلاثة|ثلاث|أربعة|اربعة|خمسة)\s+(?:أيام|ايام|يوما|يوماً))(?![\w])")
_OFFSET_STOP = re.compile(r"[.!?؟;؛،,\n]|(?<![\w])(?:فيما|بينما|حين|حيث)(?![\w])")
_OFFSET_NUMBERS = {"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5}


def _offset_after(text: str, expr: DateExpression, end: int) -> int:
    """Days to add to ``expr`` (named before the clause ending at ``end``) when the clause is
    followed, in its sentence, by an offset from it («… قبل ذلك بيوم» → -1), else 0."""
    tail = text[end:end + 120]
    stop = _OFFSET_STOP.search(tail)
    m = _OFFSET.search(tail, 0, stop.start() if stop else len(tail))
    if m is None:
        return 0
    days = _offset_days(m)
    return -days if m.group("dir") == "قبل" else days


def _offset_days(m: re.Match[str]) -> int:
    """The number of days of an :data:`_OFFSET` or :data:`_OFFSET_FROM` match («بيوم», «بيومين», «بثلاثة أيام»)."""
    if m.group("one"):
        return 1
    if m.group("two"):
        return 2
    n = m.group("n")
    return int(n) if n.isdigit() else _OFFSET_NUMBERS.get(n, 0)


#: «بعد يومين من» / «قبل ثلاثة أيام من» right before an event, after the date of another one
#: («استعاد الجيش أمس البلدة بعد يومين من هجوم شنه التنظيم»: the attack was two days earlier).
_OFFSET_FROM = re.compile(r"(?<![\w])(?P<dir>بعد|قبل)\s+(?:(?P<one>يوم(?:\s+واحد)?)|(?P<two>يومين)|(?P<n>\d+|ثلاثة|ثلاث|أربعة|"
                          r"اربعة|خمسة)\s+(?:أيام|ايام))\s+(?:فقط\s+)?(?:من|على)\s+")
#: How far the event may stand after «بعد يومين من» (its noun, a pronoun, a quoted name).
_OFFSET_FROM_REACH = 16


def _offset_before(text: str, date_end: int, event: int) -> int:
    """Days to add to a date ending at ``date_end`` when the event at ``event`` follows «بعد يومين
    من» / «قبل يومين من» right before it (-2 / +2), else 0."""
    m = None
    for m in _OFFSET_FROM.finditer(text, date_end, event):
        pass
    if m is None or event - m.end() > _OFFSET_FROM_REACH or _OFFSET_STOP.search(text, m.end(), event):
        return 0
    days = _offset_days(m)
    return -days if m.group("dir") == "بعد" else days


#: How many sentences back the story's date may stand for an «بعد يومين من X» clause
#: (the subject of «ويأتي الهجوم بعد يومين من …» is the story's event told a few sentences before).
_OFFSET_STORY_REACH = 3


def _offset_story_date(ctx: _Ctx, trig: Trigger, memory: _ActorMemory, sentence_index: int) -> dt.date | None:
    """The date of an undated event named right after «بعد يومين من» / «قبل يوم من» (``_OFFSET_FROM``):
    that many days before/after the story's last explicit day date (``memory.date``, a few sentences
    back: «سيطر الجيش أمس على X … وجاءت السيطرة بعد يوم واحد من تحرير Y» → Y the day before «أمس»),
    else None (no offset, no recent day date, or a finite verb: «وبعد يومين من المعارك سيطر على Y» is
    the main event, dated by the story)."""
    if trig.form.pos in _FINITE_POS or memory.date is None or memory.date[0] is None or memory.date[1] != "day" \
            or not 0 <= sentence_index - memory.date[2] <= _OFFSET_STORY_REACH:
        return None
    event = _orig(ctx, trig.start, trig.end)[0]
    back = _offset_before(ctx.article.text, max(0, event - 60), event)
    return memory.date[0] + dt.timedelta(days=back) if back else None


#: A definite agreement noun: an agreement already reported in the article («أن الاتفاق يشمل X»).
_DEFINITE_AGREEMENTS = tuple(normalize(w) for w in ("الاتفاق", "الاتفاقية", "التفاهم", "المذكرة"))


def _agreement_date(ctx: _Ctx, trig: Trigger, memory: _ActorMemory, event_date: dt.date | None,
                    precision: str, dated: bool) -> tuple[dt.date | None, str, bool]:
    """The date of a talks or zone claim, and whether it is inherited: a day-dated one is
    remembered; an undated one about «الاتفاق» (named a few words before its trigger) is the
    agreement last dated in the article («أعلنت الوزارة أمس توقيع اتفاق … وأوضح مصدر أن الاتفاق،
    الذي …، يشمل مدن X وY»: signed yesterday)."""
    if dated:
        if precision == "day" and event_date is not None:
            memory.agreement_date = (event_date, precision)
        return event_date, precision, False
    if memory.agreement_date is not None and _preceded_by(ctx.norm, trig.start, _DEFINITE_AGREEMENTS):
        return memory.agreement_date[0], memory.agreement_date[1], True
    return event_date, precision, False


def _dates_story(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the date governing a control trigger with no place (original-text span ``[start,
    end)``) may date the story told after it: not a «منذ» expression («اشتباكات استمرت منذ منتصف
    الليلة الماضية»: when a lasting fight began), nor one of an earlier clause («العملية التي
    أطلقتها الوحدات، بالتعاون مع …، فجر السبت 19 آب …، تم إحكام السيطرة على …»: the launch's)."""
    assert ctx.date_index is not None
    expr = ctx.date_index.governing(start, end)
    if expr is None:
        return False
    if expr.end <= start and _PUNCT.search(ctx.article.text, expr.end, start):
        return False
    before = ctx.article.text[max(0, expr.start - 16):expr.start]
    return not normalize(expr.surface).startswith("منذ") and _SINCE_BEFORE.search(before) is None


#: «منذ» right before a date expression, or one word before it («منذ منتصف الليلة الماضية»).
_SINCE_BEFORE = re.compile(r"(?<![\w])منذ(?:\s+\w+)?\s+$")


#: A pluperfect clause opened by «بعد أن»/«بعدما» and ending right before its verb («بعد أن كان
#: المسلحون قد سيطروا عليها»; normalised): an event before the main clause's.
_PLUPERFECT_OPENER = re.compile(r"(?<![\w])(?:بعد\s+ان|بعدما)\s+(?:كان|كانت|كانوا)(?:\s+\S+){0,3}?\s+قد\s+$")


def _pluperfect_opener(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> re.Match[str] | None:
    """The pluperfect opener (:data:`_PLUPERFECT_OPENER`) that ends right before ``trig``, or None."""
    return _PLUPERFECT_OPENER.search(ctx.norm, max(sent[0], trig.start - 60), trig.start)


def _lasting_pluperfect(ctx: _Ctx, trig: Trigger, sent: tuple[int, int], opener: re.Match[str] | None) -> bool:
    """Whether ``trig`` opens a pluperfect clause («بعد أن كان … قد سيطروا»; ``opener``, from
    :func:`_pluperfect_opener`) whose verb, with its object pronoun, is followed by a duration
    (``lasting_durations`` of ``markers.yaml``: «لسنوات», «منذ»): a state the other side held, not an
    event."""
    if opener is None:
        return False
    words = _WORDS.findall(ctx.norm, trig.end, min(sent[1], trig.end + 30))[:2]
    if words and re.fullmatch(r"(?:عليها|عليه|عليهما|فيها|فيه)", words[0]):
        words = words[1:]
    return bool(words) and words[0] in _marker_set("lasting_durations")


def _pluperfect_story_date(ctx: _Ctx, opener: re.Match[str] | None, o_start: int, o_end: int,
                           sentence_index: int, place_id: str) -> tuple[dt.date | None, str, bool] | None:
    """(date, precision, dated) of a pluperfect clause after «بعد أن» with no date of its own: the
    date before the opener dates the main clause's later event («استعاد الجيش صباح اليوم X، بعد أن
    كان المسلحون قد سيطروا عليها»), so the clause takes the day date of the previous sentence (the
    story so far) unless that sentence tells another town's event (:func:`_story_of_place`), else the
    article date with precision ``days``. ``opener`` is the clause's opener before the trigger
    (:func:`_pluperfect_opener`). ``None`` when the trigger opens no such clause or the clause names
    its own date."""
    if opener is None:
        return None
    assert ctx.date_index is not None
    expr = ctx.date_index.governing(o_start, o_end)
    if expr is None or expr.end > _orig(ctx, opener.start(), opener.start())[0]:
        return None
    story = _sentence_day_date(ctx, sentence_index - 1) \
        if _story_of_place(ctx, sentence_index - 1, place_id) else None
    return (story[0], "day", False) if story is not None else (ctx.article.date, "days", False)


def _story_of_place(ctx: _Ctx, index: int, place_id: str) -> bool:
    """Whether sentence ``index`` may tell the story of ``place_id``: it names that place, or it
    names no other town or village (only an area: «النقاط التي خسرها أمس في ريف حماة»); not
    «وسيطر الجيش أمس على بلدة مورك», another town's event."""
    if index < 0 or index >= len(ctx.sentences):
        return False
    start, end = ctx.sentences[index]
    k = ctx.places_from(start)
    other = False
    while k < len(ctx.places) and ctx.places[k][0] < end:
        place = ctx.places[k][2].place
        if place.id == place_id:
            return True
        other = other or place.kind in _SETTLEMENTS
        k += 1
    return not other


@functools.lru_cache(maxsize=1)
def _same_time_regex() -> re.Pattern[str]:
    """Regex of a sentence opened by one of ``same_time_openers`` (markers.yaml)."""
    return re.compile(rf"\W*[وف]?(?:{alternation(load_markers()['same_time_openers'])})(?![\w])")


def _same_time_opener(norm: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens with a phrase that tells the other side's doing at
    the same time (``same_time_openers``: «وفي المقابل، ردت القوات بغارات على X»): unlike another
    topic shift («وفي سياق آخر»), its past event continues the story's day (a present-tense one,
    «في المقابل، قال مصدر إن الوحدات تواصل تمشيط X», is the report's)."""
    return _same_time_regex().match(norm, start) is not None


#: How many days before the article a remembered date must be to be background (a past episode
#: recalled: «كان أبرزها في 15 آذار حين …»), which an ongoing event told after it does not take.
_BACKGROUND_DAYS = 7


def _ongoing_after_background(ctx: _Ctx, trig: Trigger, sentence_start: int, story_date: dt.date | None) -> bool:
    """Whether an undated ``trig`` (in the sentence starting at ``sentence_start``) tells an event
    going on now after a sentence dated with a background date (``story_date``, more than
    :data:`_BACKGROUND_DAYS` before the article): a present-tense trigger («وتتقدم القوات نحو X»),
    one in a sentence opened by «في المقابل» (:func:`_same_time_opener`: the other side now, not in
    the episode recalled) or one right after a continuation word (``continuation_words``:
    «ويتزامن التفجير مع استمرار المعارك في حي X»); it is dated by the article, not by the episode
    recalled before it."""
    if story_date is None or (ctx.article.date - story_date).days <= _BACKGROUND_DAYS:
        return False
    return _ongoing_trigger(ctx, trig) or _same_time_opener(ctx.norm, sentence_start)


def _ongoing_trigger(ctx: _Ctx, trig: Trigger) -> bool:
    """Whether ``trig`` tells an event going on: a present-tense form («وتتقدم القوات نحو X») or one
    right after a continuation word (``continuation_words``: «استمرار المعارك», «تواصل تمشيط»)."""
    if trig.form.pos == "present":
        return True
    before = _word_before(ctx, trig.start, 1)
    if not (before and _bare(before[0]) in _marker_set("continuation_words")):
        return False
    sent = _sentence_of(ctx, trig.start)  # «… بعد ساعات», «… آنذاك»: the episode's time, not now
    return _context_regex("then_words").search(ctx.norm, sent[0], sent[1]) is None


#: «كان … قد» (a pluperfect: set before the time of the story), up to three words between.
_PLUPERFECT = re.compile(r"(?<![\w])[وف]?(?:كان|كانت|كانوا|كانا|كانتا)\s+(?:[^\s.،,؛:]+\s+){0,3}قد(?![\w])")


def _told_as_earlier(ctx: _Ctx, sent: tuple[int, int]) -> bool:
    """Whether the sentence ``sent`` (normalised span) sets its event before the story's time: a
    pluperfect «كان … قد» or an «earlier» word (``earlier_time_words``: «في وقت سابق», «في معارك
    سابقة»); opened by «وفي المقابل», it then does not keep the story's day."""
    return _PLUPERFECT.search(ctx.norm, sent[0], sent[1]) is not None \
        or _context_regex("earlier_time_words").search(ctx.norm, sent[0], sent[1]) is not None


def _normalised_at(ctx: _Ctx, pos: int) -> tuple[int, tuple[int, int]]:
    """The normalised offset of original offset ``pos`` and the (normalised) sentence holding it."""
    norm_pos = bisect.bisect_left(ctx.nmap, pos)
    return norm_pos, _sentence_of(ctx, min(norm_pos, max(0, len(ctx.norm) - 1)))


def _present_trigger_at(ctx: _Ctx, pos: int) -> bool:
    """Whether a present-tense trigger starts at original offset ``pos`` («وتشن الطائرات منذ الصباح
    غارات»: going on today, whatever day the sentence before told)."""
    norm_pos, sent = _normalised_at(ctx, pos)
    k = bisect.bisect_left(ctx.trigger_starts, norm_pos)
    if k < len(ctx.triggers) and ctx.triggers[k].start == norm_pos and ctx.triggers[k].form.pos == "present":
        return True
    # (else a noun governed by a present verb of its sentence)
    governing = _marker_set("present_governing_verbs")
    return any(_bare(w) in governing for w in ctx.norm[sent[0]:norm_pos].split())


#: How many days before the article the story's day of a «منذ الصباح» may be (yesterday's story).
_STORY_DAY_REACH = 1


@functools.lru_cache(maxsize=1)
def _background_opener() -> re.Pattern[str]:
    """Regex of a sentence opened by one of ``background_openers`` (markers.yaml: «يذكر أن»)."""
    return re.compile(rf"\W*[وف]?(?:{alternation(load_markers()['background_openers'])})(?![\w])")


def _story_day_before(ctx: _Ctx, pos: int) -> dt.date | None:
    """The past day the sentence before the one at original offset ``pos`` names
    (:func:`_sentence_day_date`), when it is before the article date and the sentence at ``pos``
    opens with no topic shift: the story's day, which a
    day-less «منذ ساعات الصباح» then continues («ارتفعت حصيلة الغارات التي شنها الطيران أمس الأحد
    على X. وقال المراسل إن الطائرات نفذت منذ ساعات الصباح الأولى عشر غارات»: Sunday's morning)."""
    sent = _normalised_at(ctx, pos)[1]
    if _marker_regexes()["topic_shift"].match(ctx.norm, sent[0]) and not _same_time_opener(ctx.norm, sent[0]):
        return None  # «ومن الجهة السورية، … شن سلاح الجو منذ الصباح غارات»: another story
    index = ctx.sentence_number.get(sent, -1)
    story = _sentence_day_date(ctx, index - 1) if index > 0 else None
    if story is None or story[0] is None or not 0 < (ctx.article.date - story[0]).days <= _STORY_DAY_REACH:
        return None  # (a day further back is an episode recalled, not the story of the morning)
    before = ctx.sentences[index - 1]
    if _background_opener().match(ctx.norm, before[0]) or _PLUPERFECT.search(ctx.norm, before[0], before[1]):
        return None  # «يذكر أن …», «وكانت الطائرات قد قصفت أمس …»: background, not the story
    return story[0]


def _sentence_day_date(ctx: _Ctx, index: int) -> tuple[dt.date | None, str, int] | None:
    """(date, "day", ``index``) for the first explicit day-precise past date of sentence ``index``
    that is not inside a relative clause («التي عبرت النهر أمس»: another event's), else None."""
    if index < 0 or index >= len(ctx.sentences):
        return None
    start, end = _orig(ctx, *ctx.sentences[index])
    assert ctx.date_index is not None
    items, starts = ctx.date_index.items, ctx.date_index.starts
    k = bisect.bisect_left(starts, start) if ctx.date_index.sorted else 0
    for expr in items[k:]:
        if expr.start >= end:
            break
        if expr.start < start or expr.date is None or expr.future or expr.precision != "day" \
                or expr.date > ctx.article.date or _relative_clause_start(ctx.article.text, expr.start) is not None:
            continue
        return expr.date, "day", index
    return None


#: A definite participle of a lasting state right before «منذ …» («المحاصرة منذ ثلاث سنوات»,
#: «الخاضعة منذ عام»): the duration of a state of the noun, not the date of the clause's event (a
#: noun such as «المدينة منذ يومين» is no state).
_STATE_SINCE = re.compile(r"(?<![\w])[وف]?ال(?:محاصر|مطوق|خاضع|محتل|معزول|مغلق|مقطوع|مدمر|مهجور|خالي|"
                          r"مسيطر\s+عليه|متنازع\s+عليه)(?:ة|ه|ها)?\s+$")
#: A siege noun or verb a few words before «منذ + duration» («فكت حصاراً فرضه التنظيم عليها منذ نحو
#: ثلاث سنوات»): the duration of the siege, not the date of the claim.
_SIEGE_SINCE = re.compile(r"(?<![\w])(?:[وفب]?(?:ال)?حصار\S*|[وف]?[يت]?فرض\S*|[وف]?[يت]?حاصر\S*)"
                          r"(?:\s+[^\s,،.؛:]+){0,4}\s+$")
#: How far before «منذ» a siege word may stand (:data:`_SIEGE_SINCE`).
_SIEGE_SINCE_REACH = 50


_RELATIVE_BEFORE = re.compile(r"(?<![\w])(?:التي|الذي|الذين|اللذين|اللتين)\s+[^\s,،.؛:]+(?:\s+[^\s,،.؛:]+){0,4}\s+$")


#: The same with one aside set off by commas between the verb and the date («العملية التي أطلقتها
#: وحدات من الجيش، بالتعاون مع المقاومة، فجر يوم السبت 19 آب»).
_RELATIVE_ASIDE_BEFORE = re.compile(r"(?<![\w])(?:التي|الذي|الذين)\s+[^\s,،.؛:]+(?:\s+[^\s,،.؛:]+){0,5}"
                                    r"\s*[,،][^,،.؛:\n]{1,60}[,،]\s*(?:[^\s,،.؛:]+\s+){0,3}$")


def _relative_clause_start(text: str, pos: int) -> int | None:
    """Start of the relative clause a date expression at ``pos`` belongs to («… التي عبرت النهر
    قبل أيام»: the verb of the relative clause, a few words, then the date), else None."""
    m = _RELATIVE_BEFORE.search(text, max(0, pos - 60), pos) \
        or _RELATIVE_ASIDE_BEFORE.search(text, max(0, pos - 140), pos)
    return m.start() if m is not None else None


#: How far after a zone its agreement's signing clause may date it.
_SIGNING_DATE_REACH = 160


def _zone_signed_on(ctx: _Ctx, action: str, end: int, date_start: int) -> bool:
    """Whether a date after a zone claim (original-text offsets) closes the signing clause of its
    agreement, in the same clause («ضمن اتفاق «تخفيف التوتر» الذي وقعه X مع Y في القاهرة في 22 تموز»)."""
    return action_family(action) == "zone" and date_start - end <= _SIGNING_DATE_REACH \
        and _PUNCT.search(ctx.article.text, end, date_start) is None and _signing_between(ctx, end, date_start)


def _signing_between(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether every trigger beginning in the original-text span ``[start, end)`` is one of talks:
    the signing of the agreement a zone belongs to («ضمن اتفاق «تخفيف التوتر» الذي وقعه X مع Y في
    القاهرة في 22 تموز»: the zone dates from that day)."""
    lo, hi = bisect.bisect_left(ctx.nmap, start), bisect.bisect_left(ctx.nmap, end)
    inside = ctx.triggers[bisect.bisect_left(ctx.trigger_starts, lo):bisect.bisect_left(ctx.trigger_starts, hi)]
    return bool(inside) and all(t.form.action == "negotiation" for t in inside)


def _announcing_relative(text: str, rel: int, claim_start: int) -> bool:
    """Whether the relative clause at ``rel`` opens with an announcement verb (``announcing_verbs``)
    and holds the claim (no punctuation up to ``claim_start``): «التي أعلن في ختامها يوم 15 أيلول ضم
    X إلى …» announces the claim on that day."""
    words = text[rel:claim_start].split()
    return len(words) > 1 and normalize(words[1]) in _marker_set("announcing_verbs") \
        and _PUNCT.search(text, rel, claim_start) is None


def _event_between(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a trigger begins in the original-text span ``[start, end)`` (a relative clause
    telling an event of its own: «التي سيطر عليها التنظيم منذ عامين»)."""
    lo, hi = bisect.bisect_left(ctx.nmap, start), bisect.bisect_left(ctx.nmap, end)
    k = bisect.bisect_left(ctx.trigger_starts, lo)
    return k < len(ctx.trigger_starts) and ctx.trigger_starts[k] < hi


def _side_key(action: str, actor: str) -> str:
    if action_family(action) in ("zone", "negotiation", "other"):
        return ""  # one zone/talks claim per place and article, whoever is named
    return actor_family(actor)


#: Families whose claim on a place makes the same side's advance on it redundant.
_SUBSUMING = frozenset({"captured", "besieged"})


def _named_sides(raw: list[_Raw]) -> dict[tuple[str, str], str]:
    """(family, place id) → the side key of the first claim on it that names an actor, for the
    control families: an actor-less repeat («ويرى خبراء أن استعادة X تفتح الطريق») is the same
    claim, not a new one by an unknown side."""
    out: dict[tuple[str, str], str] = {}
    for r in raw:
        side = _side_key(r.fields["action"], r.fields["actor"])
        if side:
            out.setdefault((action_family(r.fields["action"]), r.fields["place_id"]), side)
    return out


def _future_instance(claim: dict[str, Any]) -> bool:
    """Whether the claim is dated after its article (a planned or expected event)."""
    day, published = claim.get("event_date"), claim.get("article_date")
    return day is not None and published is not None and day > published


def _better_instance(claim: dict[str, Any], dated: bool, kept: dict[str, Any], kept_dated: bool) -> bool:
    """Whether a repeated instance of a claim should replace the one kept (its span, date and
    quote): a report of the event beats a future one, then an explicitly dated one an undated."""
    future, kept_future = _future_instance(claim), _future_instance(kept)
    if future != kept_future:
        return kept_future
    return dated and not kept_dated


def _merge(article: Article, raw: list[_Raw]) -> list[Claim]:
    """One claim per (family, place, side): the explicitly dated report wins, quantities are
    combined; an advance on a place the same side captured or besieged in the article is dropped."""
    chosen: dict[tuple[str, str, str], tuple[dict[str, Any], bool]] = {}
    order: list[tuple[str, str, str]] = []
    sides = _named_sides(raw)
    for r in raw:
        claim, dated = r.fields, r.dated
        side = _side_key(claim["action"], claim["actor"])
        family = action_family(claim["action"])
        if not side and sides.get((family, claim["place_id"])):
            side = sides[(family, claim["place_id"])]  # an actor-less repeat of a claim with a side
        key = (family, claim["place_id"], side)
        if key not in chosen:
            chosen[key] = (claim, dated)
            order.append(key)
            continue
        kept, kept_dated = chosen[key]
        quantities = tuple(sorted(dict(claim["quantities"] + kept["quantities"]).items()))
        best, best_dated = (claim, dated) if _better_instance(claim, dated, kept, kept_dated) else (kept, kept_dated)
        if not best["actor"]:  # the instance that names the side gives the actor
            named = kept if kept["actor"] else claim
            best = {**best, "actor": named["actor"], "actor_ar": named["actor_ar"]}
        chosen[key] = ({**best, "quantities": quantities,
                        "confidence": max(claim["confidence"], kept["confidence"])}, best_dated)
    stronger = {(place, side) for family, place, side in order if family in _SUBSUMING}
    claims = [chosen[k][0] for k in order  # text order: trigger, then its places
              if not (k[0] == "advanced" and (k[1], k[2]) in stronger)]
    return [Claim(id=f"{article.id}:c{n}", **fields) for n, fields in enumerate(claims, 1)]
