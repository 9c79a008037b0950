"""Loaders for the hand-edited claim lexicon shipped in this folder.

The YAML files hold everything language-specific that claim extraction and date resolution need:

* ``actors.yaml`` - actors (English canonical name, side/family, Arabic aliases), supporter and
  ally markers;
* ``actions.yaml`` - trigger verbs, verbal nouns and phrases per action, operation nouns, clause
  breaks, origin and locative markers;
* ``markers.yaml`` - negation, intent, future, former-state, state-description and attribution
  markers;
* ``dates.yaml`` - month names (Levantine, Egyptian/Gulf, Maghrebi), weekdays, ordinals, period
  parts and day parts.

Every entry is normalised at load time with :func:`normalize` (the project's Arabic normaliser),
so the files are written as the words appear in text. Loaders are ``lru_cache``'d: the data is
read once per process and returned as immutable tuples.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

__all__ = [
    "normalize",
    "normalize_with_map",
    "ActorEntry",
    "TriggerForm",
    "load_actors",
    "load_actor_markers",
    "load_actor_words",
    "load_opposed_families",
    "load_place_country_armies",
    "load_generic_agents",
    "load_triggers",
    "load_action_markers",
    "load_markers",
    "load_calendar",
]

_HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------- normalisation
from geo.arabic import normalize, normalize_with_map  # noqa: E402  (re-exported for callers)


def _norm_phrase(text: str) -> str:
    return " ".join(normalize(str(text)).split())


# ---------------------------------------------------------------------------- records
@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of ``actors.yaml``: canonical English name, side, normalised Arabic aliases."""

    name: str
    family: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TriggerForm:
    """One normalised trigger form of ``actions.yaml``.

    ``pos`` is ``verb`` (past), ``present`` or ``noun``; ``post_actor`` says how to read an actor
    named right after the trigger (``subject`` or ``object``); ``requires_next`` lists words one
    of which must follow the trigger (e.g. «فك» needs «الحصار»); ``place_before`` lets the place
    precede the trigger («مدينة … التي أعلنت منطقة خفض تصعيد»); ``actor`` is the actor implied by
    the phrase when none is named («عادت المدينة إلى كنف الدولة» → the Syrian Army);
    ``from_object``: a place after «من» is the object, not an origin («اقتربت من بلدة X»);
    ``batch_gap``: words of ``batch_words`` may stand before the last word of the form («خروج آخر
    دفعة من مقاتلي» is «خروج مقاتلي»); ``requires_before``: one of these words must stand a few
    words before the form in its clause («اتفاق «خفض التصعيد» الذي وقع في X»: a signing clause is
    talks only after an agreement noun); ``requires_after``: one of these words must follow the form
    a few words on in its clause («رفعت القوات العلم العراقي فوق X»: a flag marks a capture only
    raised over a place); ``place_next``: the form is a claim only with its place right after it,
    place nouns aside («انتزاع مدينة X», not «انتزاع الفوز … في ملعب X»); ``requires_actor``: a
    claim only with an actor named as its subject («فرضت القطعات الأمن على X», not «قررت الشرطة
    فرض الأمن»).
    """

    action: str
    pos: str
    form: str
    post_actor: str = "subject"
    requires_next: tuple[str, ...] = ()
    place_before: bool = False
    suffixes: bool = True
    actor: str = ""
    from_object: bool = False
    batch_gap: bool = False
    requires_before: tuple[str, ...] = ()
    requires_after: tuple[str, ...] = ()
    place_next: bool = False
    requires_actor: bool = False


@functools.lru_cache(maxsize=None)
def _read_yaml(name: str) -> Any:
    """The parsed lexicon file ``name``, read once per process (callers only read it). The libyaml
    parser is used when PyYAML has it (ten times faster than the pure-Python one; same result)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with (_HERE / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)  # noqa: S506 (a safe loader)


@functools.lru_cache(maxsize=None)
def load_actors() -> tuple[ActorEntry, ...]:
    """Actors from ``actors.yaml`` (aliases normalised, longest first, duplicates removed)."""
    data = _read_yaml("actors.yaml")
    spellings = [(_norm_phrase(str(a)), _norm_phrase(str(b))) for a, b in (data.get("alias_spellings") or {}).items()]
    entries = []
    for item in data["actors"]:
        known = {_norm_phrase(a) for a in item["aliases"]}
        for written, variant in spellings:  # «الديمقراطية» also written «الديموقراطية»
            known |= {alias.replace(written, variant) for alias in known if written in alias}
        aliases = sorted(known, key=lambda a: (-len(a), a))
        entries.append(ActorEntry(name=str(item["name"]), family=str(item["family"]),
                                  aliases=tuple(aliases)))
    return tuple(entries)


@functools.lru_cache(maxsize=None)
def load_actor_adjectives() -> Mapping[str, ActorEntry]:
    """Normalised nationality adjective → its actor (``adjectives`` of ``actors.yaml``)."""
    return _words_to_actors("adjectives")


@functools.lru_cache(maxsize=None)
def load_generic_agents() -> Mapping[str, ActorEntry]:
    """Normalised generic armed noun («مسلحون», «إرهابيون») → the actor it names as the firer in an
    agent clause («قذائف أطلقها مسلحون»; ``generic_agents`` of ``actors.yaml``)."""
    return _words_to_actors("generic_agents")


def _words_to_actors(key: str) -> Mapping[str, ActorEntry]:
    """Normalised word → actor, from the mapping ``key`` (actor name → words) of ``actors.yaml``."""
    data = _read_yaml("actors.yaml")
    by_name = {entry.name: entry for entry in load_actors()}
    out: dict[str, ActorEntry] = {}
    for actor, words in data.get(key, {}).items():
        if actor not in by_name:
            raise ValueError(f"actors.yaml {key}: unknown actor {actor!r}")
        for word in words:
            out[_norm_phrase(word)] = by_name[actor]
    return MappingProxyType(out)


@functools.lru_cache(maxsize=None)
def load_actor_markers() -> dict[str, tuple[str, ...]]:
    """``support_markers``, ``ally_words``, ``object_markers``, ``naming_markers``, ``anaphors``,
    ``subject_verbs``, ``civilian_subjects``, ``subject_quantifiers`` and ``military_nouns`` of ``actors.yaml``
    (normalised, longest first)."""
    return {key: load_actor_words(key)
            for key in ("support_markers", "ally_words", "object_markers", "naming_markers", "anaphors",
                        "subject_verbs", "civilian_subjects", "subject_quantifiers", "military_nouns")}


@functools.lru_cache(maxsize=None)
def load_actor_words(key: str) -> tuple[str, ...]:
    """The word list ``key`` of ``actors.yaml`` (``nationality_hedges``, ``short_name_heads``,
    ``toponym_heads``, ``national_armies`` …), normalised, longest first; ``()`` when the file has
    no such list."""
    data = _read_yaml("actors.yaml")
    words = data.get(key) or []
    return tuple(sorted({_norm_phrase(w) for w in words}, key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=None)
def load_opposed_families() -> frozenset[tuple[str, str]]:
    """Pairs of families that fight each other (``opposed_families`` of ``actors.yaml``), in both
    orders."""
    data = _read_yaml("actors.yaml")
    families = {entry.family for entry in load_actors()}
    pairs: set[tuple[str, str]] = set()
    for family, others in (data.get("opposed_families") or {}).items():
        for other in others:
            if family not in families or other not in families:
                raise ValueError(f"actors.yaml opposed_families: unknown family {family!r} or {other!r}")
            pairs.update({(str(family), str(other)), (str(other), str(family))})
    return frozenset(pairs)


@functools.lru_cache(maxsize=None)
def load_place_country_armies() -> Mapping[str, ActorEntry]:
    """ISO country code → the actor a bare «الجيش» names when it acts on a place of that country
    (``place_country_armies`` of ``actors.yaml``)."""
    data = _read_yaml("actors.yaml")
    by_name = {entry.name: entry for entry in load_actors()}
    out: dict[str, ActorEntry] = {}
    for country, name in (data.get("place_country_armies") or {}).items():
        if name not in by_name:
            raise ValueError(f"actors.yaml place_country_armies: unknown actor {name!r}")
        out[str(country)] = by_name[str(name)]
    return out


@functools.lru_cache(maxsize=None)
def load_triggers() -> tuple[TriggerForm, ...]:
    """All trigger forms of ``actions.yaml``, longest form first."""
    from geo.model import ACTIONS

    data = _read_yaml("actions.yaml")
    forms: dict[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], TriggerForm] = {}
    for action, groups in data["triggers"].items():
        if action not in ACTIONS:
            raise ValueError(f"actions.yaml: unknown action {action!r}")
        for group in groups:
            nexts = tuple(_norm_phrase(w) for w in group.get("requires_next", []))
            befores = tuple(_norm_phrase(w) for w in group.get("requires_before", []))
            afters = tuple(_norm_phrase(w) for w in group.get("requires_after", []))
            for form in group["forms"]:
                norm = _norm_phrase(form)
                key = (norm, group["pos"], action, befores, afters)  # («خرجت»: after buses, or before «من»)
                forms.setdefault(key, TriggerForm(action=action, pos=str(group["pos"]), form=norm,
                                                  post_actor=str(group.get("post_actor", "subject")),
                                                  requires_next=nexts,
                                                  place_before=bool(group.get("place_before", False)),
                                                  suffixes=not group.get("no_suffix", False),
                                                  actor=str(group.get("actor", "")),
                                                  from_object=bool(group.get("from_object", False)),
                                                  batch_gap=bool(group.get("batch_gap", False)),
                                                  requires_before=befores, requires_after=afters,
                                                  place_next=bool(group.get("place_next", False)),
                                                  requires_actor=bool(group.get("requires_actor", False))))
    return tuple(sorted(forms.values(), key=lambda t: (-len(t.form), t.form, t.pos, t.action)))


@functools.lru_cache(maxsize=None)
def load_action_markers() -> dict[str, tuple[Any, ...]]:
    """Marker lists of ``actions.yaml`` (operation nouns, clause breaks, origin, locative...)."""
    data = _read_yaml("actions.yaml")
    out: dict[str, tuple[Any, ...]] = {}
    for key in ("operation_nouns", "clause_breaks", "origin_markers", "locative_markers",
                "object_connectors", "targeting_words", "loss_words", "blocking_words", "range_markers",
                "range_end_markers", "exclusion_markers", "completion_words", "demonstratives",
                "place_fillers", "not_talks_next", "signing_verb_next", "masdar_verbs", "batch_words",
                "masculine_place_nouns", "highlight_markers", "zone_context_words",
                "territorial_objects", "armed_genitives", "zone_reinforcing_words", "zone_reinforcing_fillers",
                "truce_line_nouns"):
        out[key] = tuple(sorted({_norm_phrase(v) for v in data.get(key, [])}, key=lambda v: (-len(v), v)))
    anaphors = data.get("place_anaphors", {})
    out["place_anaphor_demonstratives"] = tuple(_norm_phrase(w) for w in anaphors.get("demonstratives", []))
    out["place_anaphor_bare"] = tuple(_norm_phrase(w) for w in anaphors.get("bare", []))
    out["place_anaphor_named_only"] = tuple(_norm_phrase(w) for w in anaphors.get("named_only", []))
    out["place_anaphor_nouns"] = tuple((_norm_phrase(noun), tuple(kinds))
                                       for noun, kinds in anaphors.get("nouns", {}).items())
    out["from_is_place"] = tuple(data.get("from_is_place", []))
    out["destination_is_not_place"] = tuple(data.get("destination_is_not_place", []))
    return out


@functools.lru_cache(maxsize=None)
def load_markers() -> dict[str, tuple[str, ...]]:
    """Negation, intent, future, former, state-phrase and attribution markers (normalised)."""
    data = _read_yaml("markers.yaml")
    return {key: tuple(sorted({_norm_phrase(v) for v in values}, key=lambda v: (-len(v), v)))
            for key, values in data.items()}


@functools.lru_cache(maxsize=None)
def load_calendar() -> dict[str, Any]:
    """Months, weekdays, ordinals (name -> number), period parts, day parts and the number words
    of counts of 3-10 (normalised)."""
    data = _read_yaml("dates.yaml")

    def invert(mapping: dict) -> dict[str, int]:
        return {_norm_phrase(name): int(number) for number, names in mapping.items() for name in names}

    return {
        "months": invert(data["months"]),
        "weekdays": invert(data["weekdays"]),
        "ordinals": invert(data["ordinals"]),
        "period_parts": {_norm_phrase(w): part for part, words in data["period_parts"].items()
                         for w in words},
        "day_parts": tuple(sorted({_norm_phrase(w) for w in data["day_parts"]}, key=lambda v: (-len(v), v))),
        "count_words": frozenset(_norm_phrase(w) for w in data.get("count_words", ())),
    }


_WORD_RE = re.compile(r"\w+")


def word_occurrences(norm: str, words: frozenset[str],
                     vocabulary: list[tuple[int, str]] | None = None) -> list[tuple[int, str]]:
    """``(start, word)`` of the whole words (maximal ``\\w+`` runs) of ``norm`` that are in
    ``words``, in text order.

    Used as a gate before costly regexes whose matches can only begin with one of a known set of
    words: the regex is then tried at these few offsets instead of at every position.

    Examples
    --------
    >>> word_occurrences("قال أنه قال: قالوا", frozenset({"قال"}))
    [(0, 'قال'), (8, 'قال')]

    ``vocabulary``, when given, is :func:`vocabulary` of ``norm`` (shared by several gates).
    """
    words_of_text = _whole_words(norm) if vocabulary is None else vocabulary
    return [item for item in words_of_text if item[1] in words]


#: Punctuation that often sticks to a word in normalised text («قال:», «"البلدة"», «(داعش)»).
_STUCK_PUNCTUATION = ",.:;!?\"'()[]-/%"


def vocabulary(norm: str) -> list[tuple[int, str]]:
    """``(start, word)`` of every whole word (maximal ``\\w+`` run) of ``norm``, in text order
    (found once, then filtered by each :func:`word_occurrences` gate)."""
    return _whole_words(norm)


def _whole_words(norm: str) -> list[tuple[int, str]]:
    """:func:`vocabulary`.

    Normalised text is words separated by single spaces: the space-separated tokens are taken as
    they are when they are all letters and digits, cut off their punctuation when only that
    sticks to them, and split with the ``\\w+`` regex otherwise.
    """
    tokens = norm.split(" ")
    starts = map(operator.add, itertools.accumulate(map(len, tokens), initial=0), itertools.count())
    out: list[tuple[int, str]] = []
    for start, token in zip(starts, tokens):
        if token.isalnum():
            out.append((start, token))
        elif token:
            core = token.strip(_STUCK_PUNCTUATION)
            if core.isalnum():
                out.append((start + len(token) - len(token.lstrip(_STUCK_PUNCTUATION)), core))
            else:
                out.extend([(start + m.start(), m.group()) for m in _WORD_RE.finditer(token)])
    return out


def is_word_char(ch: str) -> bool:
    """Whether ``ch`` is what ``\\w`` matches in a ``str`` regex: an alphanumeric or the underscore
    (the test ``re`` itself applies, without a regex call).

    Examples
    --------
    >>> is_word_char("ب"), is_word_char("_"), is_word_char("٣"), is_word_char("،")
    (True, True, True, False)
    """
    return ch.isalnum() or ch == "_"


def glued_prefix(text: str, pos: int, limit: int) -> str | None:
    """The word characters between the start of the word holding ``text[pos]`` and ``pos`` (``""``
    at a word start), or ``None`` when there are more than ``limit`` of them.

    Examples
    --------
    >>> glued_prefix("قال والجيش", 7, 3), glued_prefix("قال والجيش", 4, 3), glued_prefix("الجيش", 4, 3)
    ('وال', '', None)
    """
    for size in range(min(limit, pos) + 1):
        start = pos - size
        if start == 0 or not is_word_char(text[start - 1]):
            return text[start:pos]
    return None


def matches_at(pattern: re.Pattern[str], text: str, starts: Sequence[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, trying only the sorted ``starts`` positions (a
    superset of the positions where ``pattern`` can match; ``pattern`` never matches empty)."""
    after = 0
    for start in starts:
        if start < after:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            after = m.end()


def first_words(phrases: Any, prefixes: Any = ("",)) -> frozenset[str] | None:
    """Every whole word a match of ``prefix + alternation(phrases)`` can begin with: a prefix
    glued to the first word of a phrase. ``None`` when a phrase has a non-word character (the
    gate of :func:`word_positions` would not be exact then)."""
    firsts: set[str] = set()
    for phrase in phrases:
        tokens = phrase.split()
        if not tokens:
            continue
        if any(_WORD_RE.fullmatch(t) is None for t in tokens):
            return None
        firsts.add(tokens[0])
    return frozenset(p + w for p in prefixes for w in firsts)


__all__ += ["word_occurrences", "first_words", "vocabulary", "glued_prefix", "matches_at", "is_word_char"]


def alternation(words: Any) -> str:
    """A regex alternation of normalised phrases, longest first, spaces matching any whitespace."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(tok) for tok in w.split()) for w in parts if w)


__all__.append("alternation")
