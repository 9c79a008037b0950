"""Actor mentions and the documented actor list.

Actors, their sides (families) and Arabic aliases live in ``geo/lexicon/actors.yaml``. This module
finds actor mentions in normalised text, marks the ones that are supporters («بدعم من …») or
objects («ضد داعش», «مواقع التنظيم»), and turns mentions into the canonical English actor string
used by claims («Syrian Army + Hezbollah»).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from geo.arabic import original_span
from geo.lexicon import (ActorEntry, alternation, first_words, glued_prefix, load_actor_adjectives,
                         load_actor_markers, load_actor_words, load_actors, matches_at, normalize,
                         word_occurrences)

__all__ = ["ActorMention", "find_actor_mentions", "resolve_actor_anaphors", "combine_actors", "actor_family",
           "canonical_actor", "actor_names"]


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor alias found in normalised text (``start``/``end`` are normalised offsets)."""

    start: int
    end: int
    entry: ActorEntry
    supporting: bool = False  # introduced by «بدعم من», «بإسناد» …
    object_like: bool = False  # introduced by «ضد», «من», «مواقع» …
    anaphor: bool = False  # «هذه القوات», «القافلة»: ``entry`` is the antecedent's actor
    prefix: str = ""  # clitic preposition glued to the mention («ل» of «لقوات النظام», «لل», «ب»)
    default_army: bool = False  # a bare «الجيش» with no army named before it (the Syrian Army by default)


@functools.lru_cache(maxsize=1)
def _regex() -> tuple[re.Pattern[str], dict[str, ActorEntry]]:
    by_alias: dict[str, ActorEntry] = {}
    for entry in load_actors():
        for alias in entry.aliases:
            by_alias.setdefault(alias, entry)
    with_al = [a.removeprefix("ال") for a in by_alias if a.startswith("ال")]
    without = [a for a in by_alias if not a.startswith("ال")]
    pattern = (rf"(?<![\w])(?:[وف]?(?P<p1>بال|كال|ال|لل)(?P<a1>{alternation(with_al)})"
               rf"|[وف]?(?P<p2>[بلك])?(?P<a2>{alternation(without)}))(?![\w])")
    return re.compile(pattern), by_alias


@functools.lru_cache(maxsize=1)
def _alias_words() -> frozenset[str] | None:
    """Every whole word an actor mention can begin with (clitics + the first word of an alias),
    so the alias regex is tried at those words only; ``None`` disables the gate."""
    _pattern, by_alias = _regex()
    conj = ("", "و", "ف")
    with_al = first_words([a.removeprefix("ال") for a in by_alias if a.startswith("ال")],
                          [c + p for c in conj for p in ("بال", "كال", "ال", "لل")])
    without = first_words([a for a in by_alias if not a.startswith("ال")],
                          [c + p for c in conj for p in ("", "ب", "ل", "ك")])
    if with_al is None or without is None or not (with_al | without):
        return None
    return with_al | without


@functools.lru_cache(maxsize=None)
def _regex_for(word: str) -> re.Pattern[str]:
    """The alias regex reduced to the aliases whose first word can stand in ``word`` after its
    clitics (at most four letters: «وبال»); same alternation order, so the same matches."""
    _pattern, by_alias = _regex()
    rests = {word[k:] for k in range(5)}

    def first(alias: str) -> str:
        return (alias.split() or [""])[0]

    with_al = [a.removeprefix("ال") for a in by_alias if a.startswith("ال")]
    with_al = [a for a in with_al if first(a) in rests]
    without = [a for a in by_alias if not a.startswith("ال") and first(a) in rests]
    alt1 = alternation(with_al) or "(?!)"
    alt2 = alternation(without) or "(?!)"
    return re.compile(rf"(?<![\w])(?:[وف]?(?P<p1>بال|كال|ال|لل)(?P<a1>{alt1})"
                      rf"|[وف]?(?P<p2>[بلك])?(?P<a2>{alt2}))(?![\w])")


def _alias_matches(norm: str, words_of_text: list[tuple[int, str]] | None = None):
    """``_regex()[0].finditer(norm)``, trying the regex only where an alias can begin."""
    words = _alias_words()
    if words is None:
        yield from _regex()[0].finditer(norm)
        return
    after = 0
    for p, word in word_occurrences(norm, words, words_of_text):
        if p < after:
            continue
        m = _regex_for(word).match(norm, p)
        if m is not None:
            yield m
            after = m.end()


#: Oblique plural heads («مسلحي داعش», «عناصر التنظيم») mark an object, not a subject («مسلحو داعش»).
_ACCUSATIVE_HEADS = ("مسلحي ", "عناصر ", "ارهابيي ", "مقاتلي ", "مرتزقه ", "فلول ")
#: «إن/أن» (normalised or not) and the oblique plural heads that can be its accusative subject.
_INNA = ("ان", "إن", "أن")
_INNA_HEADS = ("مسلحي", "عناصر", "مقاتلي", "ارهابيي")
#: «إن/أن» + an oblique plural head («فإن مسلحي النصرة انسحبوا»): the head is the accusative
#: subject of «إن», not an object. The gates ``after_inna``/``inna_end`` read the same word tuples.
_AFTER_INNA = re.compile(rf"(?:^|[^\w])[وفبل]?(?:{'|'.join(map(re.escape, _INNA))})"
                         rf"\s+(?:{'|'.join(map(re.escape, _INNA_HEADS))})\s*[\"']?\s*$")
_INNA_END = re.compile(rf"(?:^|[^\w])[وفبل]?(?:{'|'.join(map(re.escape, _INNA))})\s*$")
#: Nominative plural heads («مسلحو داعش») mark a subject whatever precedes them.
_NOMINATIVE_HEADS = ("مسلحو ", "ارهابيو ", "مقاتلو ")
#: Broken plurals (no case ending) that head a side's fighters: after a verb of ``subject_verbs``
#: they are its subject («هاجم عناصر التنظيم», «فرّ فلول التنظيم», «هرب بقايا المسلحين»).
_SUBJECT_HEADS = ("عناصر", "فلول", "بقايا")
_SUBJECT_HEAD_PREFIXES = tuple(head + " " for head in _SUBJECT_HEADS)


@dataclass(frozen=True, slots=True)
class _EndingRegex:
    """A regex that only matches at the end of a context window (``…\\s*$``), with the words
    its match can end with.

    :meth:`found` runs the regex only when the window, without its trailing whitespace (and one
    closing quote when ``quote``), ends with one of ``endings``: a plain ``str.endswith`` rules
    out almost every window, and the answer is the regex's.
    """

    regex: re.Pattern[str]
    endings: tuple[str, ...]
    quote: bool = False

    @classmethod
    def of(cls, regex: re.Pattern[str], phrases: Sequence[str], *, quote: bool = False) -> _EndingRegex:
        """The gate of ``regex``, whose match ends with one of ``phrases`` (then whitespace and,
        with ``quote``, one quote). An empty phrase list (or phrase) disables the gate."""
        lasts = tuple(sorted({(p.split() or [""])[-1] for p in phrases}))
        return cls(regex, lasts if lasts and "" not in lasts else ("",), quote)

    def found(self, before: str, tail: str) -> bool:
        """``regex.search(before) is not None``; ``tail`` is ``before.rstrip()``."""
        if self.quote and tail.endswith(("\"", "'")):
            tail = tail[:-1].rstrip()
        return tail.endswith(self.endings) and self.regex.search(before) is not None


@functools.lru_cache(maxsize=1)
def _object_markers() -> tuple[str, ...]:
    """``object_markers`` of actors.yaml, plus each ``area_heads`` noun after each ``area_governors``
    word («على مناطق», «ضد جيب»): the areas a side holds make it an object only when governed."""
    areas = [f"{g} {h}" for g in load_actor_words("area_governors") for h in load_actor_words("area_heads")]
    return (*load_actor_markers()["object_markers"], *areas)


@functools.lru_cache(maxsize=1)
def _context_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    markers = load_actor_markers()
    support = re.compile(rf"(?:^|[^\w])(?:{alternation(markers['support_markers'])})\s*$")
    obj = re.compile(rf"(?:^|[^\w])[وفبل]?(?:{alternation(_object_markers())})"
                     rf"(?:\s+(?:ال)?تنظيم)?\s*[\"']?\s*$")
    naming = re.compile(rf"(?:^|[^\w])(?:{alternation(markers['naming_markers'])})\s*$")
    return support, obj, naming


@dataclass(frozen=True, slots=True)
class _ContextGates:
    """The context tests on the 30 characters before a mention, each an :class:`_EndingRegex`."""

    support: _EndingRegex  # «بدعم من»
    object: _EndingRegex  # «ضد», «مواقع» (+ «التنظيم»)
    naming: _EndingRegex  # «ما يعرف ب…»
    subject_head: _EndingRegex  # «هاجم عناصر»
    after_inna: _EndingRegex  # «فإن مسلحي»
    inna_end: _EndingRegex  # «فإن»


@functools.lru_cache(maxsize=1)
def _context_gates() -> _ContextGates:
    """The gated context tests (built once per process). ``subject_head``: «هاجم عناصر »,
    «قيام عناصر »: the «عناصر» that follows names the doer (see ``subject_verbs``)."""
    markers = load_actor_markers()
    support, obj, naming = _context_regexes()
    verbs = markers["subject_verbs"]
    heads = "|".join(_SUBJECT_HEADS)
    subject_head = re.compile(rf"(?:^|[^\w])[وف]?(?:{alternation(verbs)})\s+(?:(?:{heads})\s+)?(?:{heads})?\s*$")
    return _ContextGates(
        support=_EndingRegex.of(support, markers["support_markers"]),
        object=_EndingRegex.of(obj, [*_object_markers(), "تنظيم"] if markers["object_markers"] else [],
                               quote=True),
        naming=_EndingRegex.of(naming, markers["naming_markers"]),
        subject_head=_EndingRegex.of(subject_head, [*verbs, *_SUBJECT_HEADS] if verbs else []),
        after_inna=_EndingRegex.of(_AFTER_INNA, _INNA_HEADS, quote=True),
        inna_end=_EndingRegex.of(_INNA_END, _INNA),
    )


def find_actor_mentions(norm: str) -> list[ActorMention]:
    """Actor mentions of normalised text, longest alias first, in text order.

    Examples
    --------
    >>> from geo.lexicon import normalize
    >>> [m.entry.name for m in find_actor_mentions(normalize("تقدمت قوات النظام بدعم من حزب الله ضد داعش"))]
    ['Syrian Army', 'Hezbollah', 'ISIS']
    """
    return _find_actor_mentions(norm)


def _find_actor_mentions(norm: str, words_of_text: list[tuple[int, str]] | None = None,
                         ) -> list[ActorMention]:
    """:func:`find_actor_mentions`; ``words_of_text``: ``geo.lexicon.vocabulary(norm)`` if known."""
    _pattern, by_alias = _regex()
    gates = _context_gates()
    out: list[ActorMention] = []
    aliases: list[str] = []
    for m in _alias_matches(norm, words_of_text):
        p1, a1, p2, a2 = m.group("p1", "a1", "p2", "a2")
        if a1 is not None:
            alias, prefix = "ال" + " ".join(a1.split()), p1
        else:
            alias, prefix = " ".join(a2.split()), p2 or ""
        entry = by_alias.get(alias)
        if entry is None:
            continue
        start = m.start()
        if start < _DATELINE_WINDOW and _in_dateline(norm, start, m.end()):
            continue  # «أنقرة/ الأناضول», «موسكو - سبوتنيك»: where the report is filed from
        if prefix in ("", "ال") and _after_toponym_head(norm, start):
            continue  # «جبل الأكراد», «حي الأكراد»: a place named after a people, not an actor
        # «المبايع لـ"داعش"»: the clitic written before the quote plays its role, as in «لداعش»
        role_prefix, role_start = (prefix, start) if prefix else _clitic_before_quote(norm, start)
        supporting, object_like = _roles(gates, norm[max(0, role_start - 30):role_start], alias, role_prefix)
        if not supporting and out and _led_by_after(norm, out[-1].end, start):
            supporting, object_like = True, False  # «التحالف الدولي بقيادة واشنطن»: the coalition acts
        out.append(ActorMention(start, m.end(), entry, supporting, object_like, prefix=prefix))
        aliases.append(alias)
    out, aliases = _named_in_context(norm, out, aliases)
    return _armies_named(norm, out, aliases)


#: A preposition written alone before the opening quote of a name («لـ"داعش"», «بـ«النصرة»», normalised
#: to «ل"داعش"»): the clitic of the quoted name, at the end of the text before it.
_CLITIC_BEFORE_QUOTE = re.compile(r"(?:^|[^\w])(ل|ب)\s?[\"«“']$")


def _clitic_before_quote(norm: str, start: int) -> tuple[str, int]:
    """(the clitic preposition «ل»/«ب» separated from the actor name starting at ``start`` by an
    opening quote, where it stands), else ``("", start)``: «المبايع لـ"داعش"» names ISIS as a
    complement, like «لداعش», and the words before the clitic decide its role as they do there."""
    if start < 2 or norm[start - 1] not in "\"«“'":
        return "", start
    m = _CLITIC_BEFORE_QUOTE.search(norm, max(0, start - 4), start)
    return (m.group(1), m.start(1)) if m is not None else ("", start)


#: How far (characters, either side) another alias of the actor must be named for a contextual
#: alias («طائرات العدو») to name it.
_CONTEXT_REACH = 1500


def _named_in_context(norm: str, mentions: list[ActorMention], aliases: list[str],
                      ) -> tuple[list[ActorMention], list[str]]:
    """``mentions`` (and their ``aliases``) without the contextual aliases (``contextual_aliases``
    of actors.yaml: «طائرات العدو») whose actor the text does not name otherwise within
    :data:`_CONTEXT_REACH` characters, by another alias or a nationality adjective («العدو
    الإسرائيلي», «عدوان إسرائيلي»), or that a qualifier names as another side («طائرات العدو
    التركي»): «the enemy» is Israel in copy that names Israel, else nobody."""
    contextual = _actor_word_set("contextual_aliases")
    if not contextual or not any(alias in contextual for alias in aliases):
        return mentions, aliases
    kept: list[ActorMention] = []
    kept_aliases: list[str] = []
    for m, alias in zip(mentions, aliases):
        if alias not in contextual or (not _qualified_as_other(norm, m)
                                       and _named_otherwise(norm, m, mentions, aliases, contextual)):
            kept.append(m)
            kept_aliases.append(alias)
    return kept, kept_aliases


def _named_otherwise(norm: str, mention: ActorMention, mentions: Sequence[ActorMention],
                     aliases: Sequence[str], contextual: frozenset[str]) -> bool:
    """Whether the actor of ``mention`` is named near it by a non-contextual alias or by one of its
    nationality adjectives."""
    lo, hi = mention.start - _CONTEXT_REACH, mention.end + _CONTEXT_REACH
    if any(other.entry == mention.entry and alias not in contextual and lo <= other.start < hi
           for other, alias in zip(mentions, aliases)):
        return True
    regex = _adjective_regex(mention.entry.name)
    return regex is not None and regex.search(norm, max(0, lo), hi) is not None


def _qualified_as_other(norm: str, mention: ActorMention) -> bool:
    """Whether the word right after a contextual alias names another side: a nationality adjective
    of another actor («طائرات العدو التركي») or a qualifier of ``enemy_other_qualifiers``
    («العدو الداعشي», «العدو التكفيري»)."""
    following = _NEXT_WORD.match(norm, mention.end)
    if following is None:
        return False
    word = following.group(1)
    adjective = load_actor_adjectives().get(word)
    return (adjective is not None and adjective != mention.entry
            or word in _actor_word_set("enemy_other_qualifiers"))


@functools.lru_cache(maxsize=None)
def _adjective_regex(name: str) -> re.Pattern[str] | None:
    """The nationality adjectives of the actor ``name`` as whole words («إسرائيلي», «الإسرائيلية»)."""
    words = [w for w, entry in load_actor_adjectives().items() if entry.name == name]
    if not words:
        return None
    return re.compile(rf"(?<![\w])[وفبل]?(?:{alternation(words)})(?![\w])")


#: The word right after a mention.
_NEXT_WORD = re.compile(r"\s+(\w+)")


#: How far back (characters) an army named with its country names a bare «الجيش».
_ARMY_REACH = 400


def _armies_named(norm: str, mentions: list[ActorMention], aliases: list[str]) -> list[ActorMention]:
    """A bare «الجيش» («قوات الجيش», «وحدات الجيش»: ``generic_army_aliases``) is the army of the
    country the text names: the nearest preceding army named with its country as a subject
    (``national_armies``: «الجيش اللبناني», «الجيش العراقي») within :data:`_ARMY_REACH`
    characters; with none it stays the alias's own actor (the Syrian Army), which the country of
    the place it acts on may still change (``default_army``). A nationality adjective right
    after it names the army itself («قوات الجيش التركي»). ``aliases``: the normalised alias of each
    mention."""
    generic = frozenset(load_actor_words("generic_army_aliases"))
    national = frozenset(load_actor_words("national_armies"))
    if not generic:
        return mentions
    named = [k for k, alias in enumerate(aliases) if alias in national]
    adjectives = load_actor_adjectives()
    out = list(mentions)
    for k, alias in enumerate(aliases):
        if alias not in generic:
            continue
        following = _NEXT_WORD.match(norm, mentions[k].end)
        army = adjectives.get(following.group(1)) if following is not None else None
        before = [j for j in named if j < k and not mentions[j].object_like
                  and mentions[k].start - mentions[j].end <= _ARMY_REACH]
        if army is None and before:
            army = mentions[before[-1]].entry
        m = mentions[k]
        if army is None:  # the place it acts on may still name its country (geo.claims)
            out[k] = ActorMention(m.start, m.end, m.entry, m.supporting, m.object_like, m.anaphor, m.prefix,
                                  default_army=True)
        elif army != m.entry:
            out[k] = ActorMention(m.start, m.end, army, m.supporting, m.object_like, m.anaphor, m.prefix)
    return out


#: A dateline opens a line near the top of the text: one or two place names, each followed by a
#: dash or a slash, then the agency («أنقرة/ الأناضول», «موسكو - سبوتنيك», «أنقرة - بيروت: «الشرق
#: الأوسط»», «موسكو (رويترز)»). A capital there is no actor (the resolver reads it as a city).
_DATELINE_WINDOW = 300
_DATELINE_BEFORE = re.compile(r"[ \t\u200e\u200f«»\"'()*#]*(?:\w+(?:\s\w+)?\s*[-–—ـ/]\s*)?")
_DATELINE_AFTER = re.compile(r"[ \t\u200e\u200f]*(?:[-–—ـ/(][ \t]*[^\s:()]+(?:[ \t][^\s:()]+)?[ \t]*(?:[):\n]|[-–—ـ/]|\Z)"
                             r"|:\s*[«\"])")


@functools.lru_cache(maxsize=1)
def _toponym_head_regex() -> re.Pattern[str] | None:
    """A geographic head noun closing the text before a mention (``toponym_heads`` of actors.yaml)."""
    heads = load_actor_words("toponym_heads")
    if not heads:
        return None
    return re.compile(rf"(?<![\w])[وفبل]?(?:{alternation(heads)})\s+[\"'«]?$")


def _after_toponym_head(norm: str, start: int) -> bool:
    """Whether the mention at ``start`` completes a place name begun by a geographic head noun
    («جبل الأكراد», «حي الأكراد», «سهل الغاب»): the alias is part of a toponym."""
    regex = _toponym_head_regex()
    return regex is not None and regex.search(norm, max(0, start - 12), start) is not None


def _in_dateline(norm: str, start: int, end: int) -> bool:
    """Whether the actor alias at ``norm[start:end]`` is a place name of the dateline: one word
    without the article (a capital or country: «أنقرة», «موسكو»), then a separator and one or two
    words of an agency closed by a colon, bracket, separator or line end («أنقرة/ الأناضول»,
    «موسكو (رويترز)»). «الجيش التركي - وفق مصادر محلية - قصف» is a subject with an aside."""
    alias = norm[start:end].strip()
    if " " in alias or alias.startswith("ال"):
        return False
    line_start = norm.rfind("\n", 0, start) + 1
    if _DATELINE_BEFORE.fullmatch(norm, line_start, start) is None:
        return False
    return _DATELINE_AFTER.match(norm, end) is not None


def _ending_noun(tail: str, nouns: Sequence[str]) -> str | None:
    """The first of ``nouns`` (longest first) that ``tail`` ends with at a word boundary, else
    None."""
    for noun in nouns:
        if tail.endswith(noun) and (len(tail) == len(noun) or not tail[-len(noun) - 1].isalnum()):
            return noun
    return None


def _supported_through_group(gates: _ContextGates, tail: str) -> bool:
    """Whether ``tail`` (the text before a mention, right-stripped) ends with a support marker and a
    collective noun of ``support_group_nouns`` («بدعم من مجموعة القوات الجوية الروسية»)."""
    noun = _ending_noun(tail, load_actor_words("support_group_nouns"))
    if noun is None:
        return False
    rest = tail[:-len(noun)]
    return gates.support.found(rest, rest.rstrip())


@functools.lru_cache(maxsize=1)
def _led_by_regex() -> re.Pattern[str]:
    """Only a ``led_by_markers`` phrase («بقيادة», «تقوده») between spaces."""
    return re.compile(rf"\s*(?:{alternation(load_actor_words('led_by_markers'))})\s+")


def _led_by_after(norm: str, previous_end: int, start: int) -> bool:
    """Whether the text between an actor mention ending at ``previous_end`` and the next one at
    ``start`` is only a «led by» marker: the second actor leads the first («التحالف الدولي بقيادة
    واشنطن») and only supports it. After a common noun the leader is the doer («مقاتلون بقيادة
    تنظيم داعش», «غرفة عمليات بقيادة هيئة تحرير الشام»)."""
    return 0 < start - previous_end <= 16 and _led_by_regex().fullmatch(norm, previous_end, start) is not None


def _roles(gates: _ContextGates, before: str, alias: str, prefix: str) -> tuple[bool, bool]:
    """(supporting, object_like) of an actor mention from the 30 characters ``before`` it, its
    normalised ``alias`` and the clitic ``prefix`` glued to it."""
    tail = before.rstrip()
    if gates.support.found(before, tail) or _supported_through_group(gates, tail):
        return True, False
    bare = not prefix
    if prefix in ("ب", "بال") and gates.naming.found(before, tail):  # «ما تعرف بقوات …»
        return False, False
    if bare and alias.startswith(_NOMINATIVE_HEADS):  # «طرد مسلحو داعش …»
        return False, False
    accusative = alias.startswith(_ACCUSATIVE_HEADS)
    if prefix in ("", "ال"):
        if (alias.startswith(_SUBJECT_HEAD_PREFIXES) or tail.endswith(_SUBJECT_HEADS)) \
                and gates.subject_head.found(before, tail):  # «هاجم عناصر التنظيم …», «فر فلول التنظيم»
            return False, False
        if gates.after_inna.found(before, tail):
            return False, False
    if bare and accusative and gates.inna_end.found(before, tail):
        return False, False
    if prefix in ("ل", "لل") and (_after_weapon_noun(before) or _after_force_noun(tail)):
        return False, False  # «المدفعية الثقيلة للجيش اللبناني», «القوات العسكرية للتحالف»
    if prefix in ("", "ال") and _after_partitive_head(tail):  # «وألوية من الحشد الشعبي تحرر …»
        return False, False
    return False, (prefix in ("ل", "لل", "ب", "بال") or accusative or gates.object.found(before, tail))


@functools.lru_cache(maxsize=None)
def _actor_word_set(key: str) -> frozenset[str]:
    """The ``actors.yaml`` word list ``key`` as a set (word lists tested by membership)."""
    return frozenset(load_actor_words(key))


#: Prepositions before a unit noun that make the unit (and its side) an object («مع وحدات من»).
_UNIT_OBJECT_PREPOSITIONS = frozenset(("مع", "ضد", "على", "من", "بين", "امام", "عن", "الى", "في"))


def _after_partitive_head(tail: str) -> bool:
    """Whether ``tail`` (the text before a mention, right-stripped) ends with a unit noun and a
    partitive «من» («ألوية من», «ووحدات من»): the mention names the side the unit belongs to, and
    the unit is the doer, not an object."""
    tail = tail.rstrip("\"'«“ ")  # «مجموعات من "الحرس الجمهوري"»
    if not tail.endswith("من"):
        return False
    words = tail.split()
    if len(words) < 2 or words[-1] != "من":
        return False
    unit = words[-2]
    if _in_word_set(unit, "oblique_partitive_heads"):
        return _suicide_doer_before(words[:-2])
    if not _in_word_set(unit, "partitive_heads"):
        return False
    return len(words) < 3 or words[-3] not in _UNIT_OBJECT_PREPOSITIONS


def _in_word_set(word: str, key: str) -> bool:
    """Whether ``word``, or ``word`` less a glued «و»/«ف», is in the ``actors.yaml`` list ``key``."""
    heads = _actor_word_set(key)
    return word in heads or (word[:1] in ("و", "ف") and word[1:] in heads)


def _suicide_doer_before(before: list[str]) -> bool:
    """Whether a suicide-bomber noun in its object spelling («انتحاريين», «انتحارياً») after the words
    ``before`` is the doer: opening the text, or after a number or a word of ``suicide_doer_openers``
    («ثلاثة انتحاريين من التنظيم فجروا», «أن انتحارياً من داعش فجر نفسه»), not a verb's object
    («قتلت وحدات الجيش انتحاريين من داعش»)."""
    return not before or before[-1].isdigit() or before[-1] in _actor_word_set("suicide_doer_openers")


@functools.lru_cache(maxsize=1)
def _weapon_owner_regex() -> re.Pattern[str] | None:
    """A weapon or aircraft noun, with up to two adjectives («الثقيلة», «التابعة»), closing the text
    before a «ل» mention (``weapon_nouns`` of actors.yaml)."""
    nouns = load_actor_words("weapon_nouns") + load_actor_words("operation_nouns") + load_actor_words("command_nouns")
    if not nouns:
        return None
    # up to two adjectives or a quoted name of up to four words («عملية «وإن عدتم عدنا»»)
    return re.compile(rf"(?<![\w])[وف]?(?:{alternation(nouns)})"
                      rf"(?:\s+(?:\w+[هي]|[\"'«»“]\w+(?:\s\w+){{0,3}}[\"'«»”])){{0,2}}\s*$")


def _after_force_noun(tail: str) -> bool:
    """Whether ``tail`` (the text before a «ل» mention, right-stripped) ends with a generic forces
    noun of ``force_nouns`` («القوات العسكرية للتحالف»): the mention owns the forces, it acts."""
    return _ending_noun(tail, load_actor_words("force_nouns")) is not None


def _after_weapon_noun(before: str) -> bool:
    """Whether the «ل» mention after ``before`` owns the weapon or runs the operation named there
    («طائرات «سيسنا» التابعة للجيش», «المدفعية الثقيلة للجيش اللبناني», «عملية «فجر» للجيش»): the
    owner fires it, so it is the agent."""
    regex = _weapon_owner_regex()
    return regex is not None and regex.search(before) is not None


@functools.lru_cache(maxsize=1)
def _anaphor_regex() -> re.Pattern[str]:
    words = load_actor_markers()["anaphors"]
    return re.compile(rf"(?<![\w])[وف]?(?:ل|لل|ب|بال)?(?P<a>{alternation(words)})(?![\w])")


#: The longest clitic run the anaphor regex allows before an anaphor («وبال»).
_ANAPHOR_CLITICS = 4


@functools.lru_cache(maxsize=1)
def _anaphor_automaton() -> Any:
    """Aho-Corasick automaton of the first word of every anaphor (value: its length), or
    ``None`` when an anaphor is empty (no exact gate then)."""
    import ahocorasick

    firsts = {(w.split() or [""])[0] for w in load_actor_markers()["anaphors"]}
    if not firsts or "" in firsts:
        return None
    automaton = ahocorasick.Automaton()
    for word in firsts:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def _anaphor_matches(norm: str) -> Iterator[re.Match[str]]:
    """``_anaphor_regex().finditer(norm)``, trying the regex only at the words that hold the first
    word of an anaphor after at most :data:`_ANAPHOR_CLITICS` clitic letters."""
    regex = _anaphor_regex()
    automaton = _anaphor_automaton()
    if automaton is None:
        yield from regex.finditer(norm)
        return
    starts = set()
    for end, size in automaton.iter(norm):
        pos = end - size + 1
        glued = glued_prefix(norm, pos, _ANAPHOR_CLITICS)
        if glued is not None:
            starts.add(pos - len(glued))
    yield from matches_at(regex, norm, sorted(starts))


def resolve_actor_anaphors(norm: str, mentions: Sequence[ActorMention],
                           skip: Sequence[tuple[int, int]] = (), *, window: int = 600,
                           words: list[tuple[int, str]] | None = None) -> list[ActorMention]:
    """``mentions`` plus anaphoric actor references resolved to their antecedent, in text order.

    An anaphor («هذه القوات», «القافلة», «قواتها» …, ``anaphors`` of ``actors.yaml``) outside
    every actor mention takes the actor of the nearest preceding mention that is a subject (not an
    object, not a supporter, not inside one of the ``skip`` spans such as reporting phrases) within
    ``window`` characters. Anaphors without an antecedent are dropped. ``words``:
    ``geo.lexicon.vocabulary(norm)``, if the caller has it (then short names and counted fighters
    are looked for only at the words that can begin them).

    Examples
    --------
    >>> from geo.lexicon import normalize
    >>> norm = normalize("تقدم الجيش التركي نحو البلدة. ثم اتجهت القافلة إلى التلة")
    >>> [(m.entry.name, m.anaphor) for m in resolve_actor_anaphors(norm, find_actor_mentions(norm))]
    [('Turkey', False), ('Turkey', True)]
    """
    gates = _context_gates()
    possessives = frozenset(load_actor_words("possessive_anaphors"))
    source_forces = frozenset(load_actor_words("source_force_anaphors"))
    forces = frozenset(load_actor_words("force_anaphors"))
    not_forces = frozenset(load_actor_words("force_anaphor_skip_families"))
    force_nouns = frozenset(load_actor_words("force_antecedent_nouns"))
    mentions = sorted(mentions, key=lambda a: (a.start, a.end))  # (the helpers read them in text order)
    mentions = sorted([*mentions, *_short_names(norm, mentions, words=words),
                       *_counted_fighters(norm, mentions, words=words)],
                      key=lambda a: (a.start, a.end))
    out = list(mentions)
    spans = _MentionIndex(mentions, skip)
    skip = sorted(skip)
    for m in _anaphor_matches(norm):
        start, end = m.start("a"), m.end("a")
        if spans.overlaps(start, end):
            continue  # part of a real alias («القوات التركية»)
        # a possessive («قواتها», «مقاتليه») may own the fighters of the reporting source
        # («قالت مصادر في المعارضة إن فصائلها …», «أعلن المجلس العسكري أن مقاتليه …»)
        # so may a bare one that opens the clause right after the source («بحسب حصيلة نشرها المركز
        # الإعلامي لقوات سوريا الديمقراطية، حررت القوات …»: the source's own forces)
        reporting = m.group("a") in possessives or (m.group("a") in source_forces and _opens_clause_after_source(
            norm, skip, m.start()))
        skipped = not_forces if m.group("a") in forces \
            and not _forces_named_after(norm, mentions, m.start(), not_forces, force_nouns) else frozenset()
        antecedent = spans.antecedent(m.start(), window, reporting=reporting,  # («هذه القوات»: not «التنظيم»)
                                      skip_families=skipped)
        if antecedent is None:
            continue
        before = norm[max(0, m.start() - 30):m.start()]
        prefix = norm[m.start():start].lstrip("وف")
        tail = before.rstrip()
        object_like = prefix in ("ل", "لل", "ب", "بال") or gates.object.found(before, tail)
        out.append(ActorMention(start, end, antecedent.entry, gates.support.found(before, tail), object_like,
                                anaphor=True, prefix=prefix, default_army=antecedent.default_army))
    out.sort(key=lambda a: (a.start, a.end))
    return out


#: A whole word of letters (the lookbehind keeps a scan started inside a word from matching its tail).
_LETTER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+")


def _forces_named_after(norm: str, mentions: Sequence[ActorMention], pos: int,
                        families: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether a forces noun (``nouns``: ``force_antecedent_nouns`` of actors.yaml, «بقوات», «تعزيزات»),
    outside every actor mention, stands between the last mention of ``families`` before ``pos`` and
    ``pos`` («دفع تنظيم داعش بقوات كبيرة إلى السخنة. وشنت هذه القوات»: the forces are that side's)."""
    last = next((a for a in reversed(mentions) if a.end <= pos and a.entry.family in families), None)
    if last is None:
        return False
    return any(w.group() in nouns and not any(a.start <= w.start() < a.end for a in mentions)
               for w in _LETTER_WORD.finditer(norm, last.end, pos))


#: Between a reporting phrase and an anaphor that opens the reported clause: a comma and at most the
#: clause's verb («بحسب حصيلة نشرها المركز الإعلامي لـX، حررت القوات»).
_SOURCE_TO_CLAUSE = re.compile(r"\s*[,،]\s*(?:[^\s,،.:؛]+\s+)?")


def _opens_clause_after_source(norm: str, skip: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether the anaphor at ``pos`` opens the clause right after a reporting phrase of ``skip``
    (sorted, not nested), separated from it by a comma: the source's own forces."""
    k = bisect.bisect_right(skip, pos, key=lambda span: span[1]) - 1
    return k >= 0 and _SOURCE_TO_CLAUSE.fullmatch(norm, skip[k][1], pos) is not None


@functools.lru_cache(maxsize=1)
def _short_name_regex() -> re.Pattern[str] | None:
    """A bare definite head noun of an organisation's name («الهيئة», «والحركة», «للحزب»), from
    ``short_name_heads`` of actors.yaml; ``None`` without heads."""
    heads = load_actor_words("short_name_heads")
    if not heads:
        return None
    return re.compile(rf"(?<![\w])[وف]?(?P<p>لل|بال|كال|ال)(?P<h>{alternation(heads)})(?![\w])")


@functools.lru_cache(maxsize=1)
def _short_name_starts() -> frozenset[str] | None:
    """Every whole word a match of :func:`_short_name_regex` can begin with (``None``: not known)."""
    return first_words(load_actor_words("short_name_heads"),
                       tuple(c + p for c in ("", "و", "ف") for p in ("لل", "بال", "كال", "ال")))


def _gated_matches(regex: re.Pattern[str], norm: str, pos: int, firsts: frozenset[str] | None,
                   words: list[tuple[int, str]] | None, digits: bool = False) -> Iterator[re.Match[str]]:
    """``regex.finditer(norm, pos)`` for a regex that matches from a word start (``(?<![\\w])``) and
    whose match begins with a whole word of ``firsts`` (or, with ``digits``, of decimal digits):
    tried only at those words of ``words`` (``vocabulary(norm)``; without it or ``firsts``, the
    plain scan)."""
    if words is None or firsts is None:
        return regex.finditer(norm, pos)
    starts = [p for p, word in words if p >= pos and (word in firsts or (digits and word.isdecimal()))]
    return matches_at(regex, norm, starts)


@functools.lru_cache(maxsize=1)
def _short_name_heads() -> frozenset[str]:
    """``short_name_heads`` of actors.yaml, as a set."""
    return frozenset(load_actor_words("short_name_heads"))


#: A definite nisba adjective right after a head noun («الوحدات العسكرية»): a common noun phrase.
_DEFINITE_NISBA_NEXT = re.compile(r"\s+(?!(?:التي|الذي|الذين|الي)(?![\w]))ال[^\W\d_]{2,}يه?(?![\w])")
#: Clitics and quotes that may open a named mention before its head noun («و"حركة أحرار الشام"»).
_HEAD_NOISE = " \"'«»“”"


def _short_names(norm: str, mentions: Sequence[ActorMention], window: int = 2000, *,
                 words: list[tuple[int, str]] | None = None) -> list[ActorMention]:
    """Organisations named again by the head noun of their name alone: «الهيئة» after «هيئة تحرير
    الشام», «مقاتلو الحركة» after «حركة أحرار الشام», «الحزب» after «حزب الله». The short name
    takes the actor of the nearest preceding mention (within ``window`` characters) whose written
    name begins with that head noun; a short name with no such mention names nobody. Its role
    (object, supporter) is read from its own context, as for any mention."""
    regex = _short_name_regex()
    if regex is None or not mentions:
        return []
    gates = _context_gates()
    index = _Intervals([(a.start, a.end) for a in mentions])
    # (start, the first two words of the written name without clitics, mention): the head noun
    # opens the name or follows a fighters' noun («مقاتلو حزب الله», «ميليشيا حزب الله»)
    named: list[tuple[int, tuple[str, ...], ActorMention]] = []
    for a in mentions:
        if not a.anaphor:
            written = norm[a.start + len(a.prefix):a.end].strip(_HEAD_NOISE).split()[:2]
            # each word bare and without a glued «و»/«ف» («وحدات» stays «وحدات», «والحركة» → «حركة»)
            bare = [w.removeprefix("ال") for w in written]
            named.append((a.start, tuple(bare + [w[1:].removeprefix("ال") for w in written if w[:1] in "وف"]), a))
    heads = _short_name_heads()
    if not any(word in heads for _start, firsts, _a in named for word in firsts):
        return []  # no organisation named by a head noun: no short name can refer back (most texts)
    out = []
    for m in _gated_matches(regex, norm, 0, _short_name_starts(), words):
        if index.overlaps(m.start(), m.end()):
            continue  # part of a full name («الهيئة العليا للمفاوضات»)
        if _DEFINITE_NISBA_NEXT.match(norm, m.end()):
            continue  # a noun with its own adjective («الوحدات العسكرية», «الهيئة الشرعية»): no short name
        head = m.group("h")
        antecedent = None
        for start, firsts, a in reversed(named):
            if start < m.start() and m.start() - a.end <= window and head in firsts:
                antecedent = a
                break
        if antecedent is None:
            continue
        prefix = m.group("p") if m.group("p") in ("لل", "بال") else ""
        before = norm[max(0, m.start() - 30):m.start()]
        supporting, object_like = _roles(gates, before, "ال" + head, prefix)
        out.append(ActorMention(m.start(), m.end(), antecedent.entry, supporting, object_like, prefix=prefix))
    return out


#: A fighters' noun before a mention («مسلحي تنظيم "داعش"», «عناصر التنظيم»), or at its start.
_FIGHTERS_HEADS = tuple(h + " " for h in _INNA_HEADS) + _NOMINATIVE_HEADS
_FIGHTERS_BEFORE = re.compile(rf"(?<![\w])[وفبل]?(?:{'|'.join(h.strip() for h in _FIGHTERS_HEADS)})\s+"
                              r"(?:(?:ال)?تنظيم\s+)?[\"'«“]?\s*$")


@functools.lru_cache(maxsize=1)
def _counted_fighters_regex() -> re.Pattern[str] | None:
    """A count and a fighters' noun («300 مسلح», «عشرات المسلحين»; ``counted_fighters`` of
    actors.yaml: the counts, then the nouns)."""
    counts, nouns = load_actor_words("fighter_counts"), load_actor_words("counted_fighters")
    if not counts or not nouns:
        return None
    return re.compile(rf"(?<![\w])(?:\d+|{alternation(counts)})\s+(?:من\s+)?(?P<n>{alternation(nouns)})(?![\w])")


@functools.lru_cache(maxsize=1)
def _counted_starts() -> frozenset[str] | None:
    """The whole words other than numbers a match of :func:`_counted_fighters_regex` can begin
    with (``None``: not known)."""
    return first_words(load_actor_words("fighter_counts"))


def _counted_fighters(norm: str, mentions: Sequence[ActorMention], window: int = 1500, *,
                      words: list[tuple[int, str]] | None = None) -> list[ActorMention]:
    """Counted fighters («انسحاب نحو 300 مسلح», «خروج عشرات المسلحين») are fighters of the side
    whose fighters the text named last, within ``window`` characters, with a fighters' noun
    («مسلحي تنظيم "داعش"», «عناصر التنظيم»); with none named so they name nobody. The role
    (object, supporter) is read from their own context."""
    named = [a for a in mentions if not a.anaphor and (norm.startswith(_FIGHTERS_HEADS, a.start + len(a.prefix))
                                                       or _FIGHTERS_BEFORE.search(norm, max(0, a.start - 25), a.start))]
    regex = _counted_fighters_regex()
    if not named or regex is None:
        return []
    gates = _context_gates()
    out = []
    ends = [a.end for a in named]
    for m in _gated_matches(regex, norm, named[0].end, _counted_starts(), words, digits=True):
        start = m.start("n")
        k = bisect.bisect_right(ends, start) - 1
        if k < 0 or start - named[k].end > window:
            continue
        before = norm[max(0, start - 30):start]
        supporting, object_like = _roles(gates, before, m.group("n"), "")
        out.append(ActorMention(start, m.end("n"), named[k].entry, supporting, object_like, anaphor=True,
                                default_army=named[k].default_army))
    return out


class _Intervals:
    """Whether a point or a span meets any of a fixed set of ``[start, end)`` spans (sorted by
    start, with the running maximum of the ends: each query is a bisection)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []
        best = -1
        for _, e in ordered:
            best = max(best, e)
            self.reach.append(best)

    def covers(self, pos: int) -> bool:
        """Any span with ``start <= pos < end``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Any span with ``s < end and start < e``."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.reach[i] > start


class _MentionIndex:
    """The actor mentions of one text for :func:`resolve_actor_anaphors`: overlap tests and the
    antecedent search look only near the anaphor (linear in the number of mentions overall)."""

    def __init__(self, mentions: Sequence[ActorMention], skip: Sequence[tuple[int, int]]) -> None:
        self.mentions = list(mentions)
        self.spans = _Intervals([(a.start, a.end) for a in self.mentions])
        skipped = _Intervals(list(skip))
        self.eligible = [not (a.supporting or a.object_like or skipped.covers(a.start))
                         for a in self.mentions]
        # inside a reporting phrase the source's affiliation counts too («مصادر في المعارضة»)
        self.eligible_reporting = [not a.supporting and (not a.object_like or skipped.covers(a.start))
                                   for a in self.mentions]
        self.ends = [a.end for a in self.mentions]
        self.in_order = all(x <= y for x, y in zip(self.ends, self.ends[1:]))

    def overlaps(self, start: int, end: int) -> bool:
        return self.spans.overlaps(start, end)

    def antecedent(self, pos: int, window: int, *, reporting: bool = False,
                   skip_families: frozenset[str] = frozenset()) -> ActorMention | None:
        """The last mention (in list order) that is a subject and ends at most ``window``
        characters before ``pos``; with ``reporting``, also one inside the skipped spans. Mentions
        of ``skip_families`` are passed over."""
        eligible = self.eligible_reporting if reporting else self.eligible
        if not self.in_order:  # not in text order: look at all of them
            found = None
            for a, ok in zip(self.mentions, eligible):
                if ok and a.end <= pos and pos - a.end <= window and a.entry.family not in skip_families:
                    found = a
            return found
        k = bisect.bisect_right(self.ends, pos) - 1
        while k >= 0 and pos - self.ends[k] <= window:
            if eligible[k] and self.mentions[k].entry.family not in skip_families:
                return self.mentions[k]
            k -= 1
        return None


def combine_actors(mentions: Sequence[ActorMention], text: str, mapping: Sequence[int]) -> tuple[str, str]:
    """(canonical actor string, Arabic surface) of a group of mentions.

    Names are joined with `` + `` in order of mention without repeats; the Arabic surface is the
    original text from the first to the last mention.
    """
    if not mentions:
        return "", ""
    names: list[str] = []
    for m in mentions:
        if m.entry.name not in names:
            names.append(m.entry.name)
    mapping = mapping if isinstance(mapping, list) else list(mapping)  # (no copy per claim)
    a, _ = original_span(text, mapping, mentions[0].start, mentions[0].end)
    _, b = original_span(text, mapping, mentions[-1].start, mentions[-1].end)
    return " + ".join(names), " ".join(text[a:b].split())


@functools.lru_cache(maxsize=None)
def _families() -> dict[str, str]:
    return {e.name.lower(): e.family for e in load_actors()}


def actor_family(actor: str) -> str:
    """The side of an actor string (its first listed actor): ``government``, ``isis``, ``sdf``…

    Unknown actors are their own family (lower-cased name); ``""`` stays ``""``.

    Examples
    --------
    >>> actor_family("Syrian Air Force"), actor_family("Syrian Army + Hezbollah")
    ('government', 'government')
    """
    first = actor.split("+")[0].split(",")[0].strip().lower()
    return _families().get(first, first)


def canonical_actor(surface: str) -> str:
    """The canonical actor name of an Arabic surface («قوات الأسد» → ``Syrian Army``), or ``""``."""
    mentions = find_actor_mentions(normalize(surface))
    return mentions[0].entry.name if mentions else ""


def actor_names() -> tuple[str, ...]:
    """Canonical names of the documented actor list, in file order."""
    return tuple(e.name for e in load_actors())
