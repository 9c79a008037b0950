"""Find place-name mentions in Arabic text.

How it works
------------
1. The text is normalised with :func:`geo.arabic.normalize_with_map` (hashtag marks ``#``/``_``
   and line breaks count as spaces, so «#دوما» and a name broken over two lines still match).
2. One Aho-Corasick automaton (built once per gazetteer, cached on the gazetteer object) holds
   every normalised Arabic name of the gazetteer plus derived variants: the «لل» form of names
   with the article («للرقة»), the forms with internal spaces removed («البوكمال», «ديرالزور»),
   «أبو»/«البو» swaps; *weak* variants (article dropped: «سخنة»; final «ه» read as «ا»:
   «الشولا») that only count with context. Blocked phrases (organisations and operations such
   as «قوات سوريا الديمقراطية») and generic facility phrases («القاعدة الجوية») live in the same
   automaton so that the longest match wins.
3. A match is kept when it sits on word boundaries: the characters before it in the same word
   must be proclitics (و ف ب ل ك and their combinations), so «بدير الزور», «والرقة», «لنهر الفرات»
   match with the clitic inside the span, while «السوري» (a nisba adjective) does not match
   «سوريا». Overlaps are resolved longest-first.
4. Context guards drop matches that are people («عبد الرحمن», «الرئيس …»), media outlets
   («قناة الميادين», «قالت للميادين»), common words used as names («الخير», «الباب») without a
   trigger noun / quotes / admin cue, and weak variants without context.
5. Trigger nouns («قرية», «بلدة», «حي», «مطار», «حقل», «معبر», «الفوج 137»…) mark the kind of
   the following name and find places the gazetteer does not know: the name after the trigger
   (or the quoted name, «بلدة "السخنة"»), and, after plural triggers, the whole list
   («قرى أ وب وج»). Those mentions have no candidates.

All lexicons are data files in ``gazetteer/lexicon/``.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import product
from typing import TYPE_CHECKING, Any

from geo.arabic import clitic_splits, normalize, normalize_with_map, original_span
from geo.model import Mention

from gazetteer.lexicon import Lexicon, Trigger, load_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer.store import Gazetteer

__all__ = ["find_mentions", "NameIndex", "IndexEntry", "name_index", "build_name_index",
           "normalize_name", "PROCLITICS"]

#: Proclitic strings allowed before a name inside the same word.
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})

_WORD_RE = re.compile(r"[^\W_]+")
_NON_NAME_RE = re.compile(r"[^\w ]|_")
_ARABIC_RE = re.compile(r"[\u0621-\u064a]")
_HARD_STOP = frozenset(".!?;:()[]{}|/\\")
_QUOTES = frozenset("\"'")
_IMPORTANT_KINDS = frozenset({"country", "governorate", "district", "city", "sea", "river", "region"})
_FACILITY_KINDS = frozenset({"airbase", "airport", "military_base", "facility", "oil_field", "dam",
                             "station", "crossing", "roundabout", "landmark", "mountain", "hill"})


def normalize_name(raw: str) -> str:
    """Normalised matching key of a gazetteer name: punctuation becomes space, spaces collapse."""
    text = _NON_NAME_RE.sub(" ", normalize(raw).replace("\n", " "))
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """What one automaton key stands for.

    ``role`` is ``"place"`` (a gazetteer name), ``"block"`` (a phrase that is not a place and
    hides the names inside it) or ``"facility"`` (a generic facility phrase; ``kind`` says which).
    ``weak`` keys count only with context. ``lam`` marks the «لل» variant (the key itself
    begins with the preposition «ل»).
    """

    name: str
    place_ids: tuple[str, ...] = ()
    role: str = "place"
    weak: bool = False
    lam: bool = False
    kind: str = ""


@dataclass
class NameIndex:
    """Automaton + lexicon for one gazetteer."""

    automaton: Any
    entries: dict[str, IndexEntry]
    lexicon: Lexicon
    trigger_forms: dict[str, tuple[str, Trigger]]  # surface word -> (proclitic, trigger)
    unit_forms: dict[str, str]  # surface word -> proclitic
    place_kinds: dict[str, str]

    def __post_init__(self) -> None:
        self.scan_forms = frozenset(self.trigger_forms) | frozenset(self.unit_forms)
        # Size-1 memo of the last scanned text, so the resolver does not normalise it again.
        self.last_scan: tuple[str, Any] | None = None

    def scan(self, text: str) -> "_Scan":
        """The normalised view of ``text`` (reused when the same string is scanned again)."""
        memo = self.last_scan
        if memo is not None and memo[0] is text:
            return memo[1]
        scan = _Scan(text)
        self.last_scan = (text, scan)
        return scan


def _spaceless_variants(key: str) -> Iterator[str]:
    words = key.split(" ")
    if len(words) < 2 or len(words) > 4:
        return
    for joins in product((" ", ""), repeat=len(words) - 1):
        if all(j == " " for j in joins):
            continue
        out = words[0]
        for j, w in zip(joins, words[1:]):
            out += j + w
        yield out


def _variants(key: str) -> Iterator[tuple[str, bool, bool]]:
    """(variant, weak, lam) for one normalised name."""
    yield key, False, False
    words = key.split(" ")
    if words[0] in ("ابو", "البو") and len(words) > 1:
        swapped = " ".join([{"ابو": "البو", "البو": "ابو"}[words[0]], *words[1:]])
        yield swapped, False, False
        for v in _spaceless_variants(swapped):
            yield v, False, False
    for v in _spaceless_variants(key):
        yield v, False, False
    if key.startswith("ال") and len(key) > 4:
        # ل + ال → «لل» (the alef drops); before a name starting with ل the lams merge too:
        # ل + اللاذقية → «للاذقية».
        yield ("ل" if key[2] == "ل" else "لل") + key[2:], False, True
        rest = key[2:]
        if len(rest.replace(" ", "")) >= 3:
            yield rest, True, False
    if key.endswith("ه") and len(key.replace(" ", "")) >= 5:
        yield key[:-1] + "ا", True, False


def _important(place: Any) -> bool:
    """Places whose names may match without context even when short or foreign."""
    if place is None:
        return False
    if place.kind in _IMPORTANT_KINDS or (place.population or 0) >= 10000:
        return True
    return False


def _needs_context(place: Any) -> bool:
    """Small places outside Syria: in Syrian-war news their names are more often common words."""
    return place is not None and place.country not in ("SY", "") and not _important(place) \
        and place.kind not in _FACILITY_KINDS and place.kind != "region"


def build_name_index(names: Iterable[tuple[str, str]], places: dict[str, Any],
                     lexicon: Lexicon | None = None) -> NameIndex:
    """Build the automaton from ``(raw Arabic name, place_id)`` pairs.

    Parameters
    ----------
    names : iterable of (str, str)
        Every Arabic name variant with its place id (``Gazetteer.names_ar()``).
    places : dict
        place id -> :class:`geo.model.Place`; kind, country and population decide which names
        may match without context (short names and small foreign places need a trigger noun,
        quotes or an admin cue).
    lexicon : Lexicon, optional
        Defaults to the shipped lexicon.
    """
    import ahocorasick

    lex = lexicon or load_lexicon()
    strong: dict[str, set[str]] = {}
    weak: dict[str, set[str]] = {}
    lam: set[str] = set()
    canonical: dict[str, str] = {}
    for raw, pid in names:
        key = normalize_name(raw)
        if len(key.replace(" ", "")) < 2 or not _ARABIC_RE.search(key):
            continue
        for variant, is_weak, is_lam in _variants(key):
            (weak if is_weak else strong).setdefault(variant, set()).add(pid)
            canonical.setdefault(variant, key)
            if is_lam:
                lam.add(variant)
    entries: dict[str, IndexEntry] = {}
    for key, ids in weak.items():
        if key not in strong and key not in lex.stopwords:
            entries[key] = IndexEntry(canonical[key], tuple(sorted(ids)), weak=True)
    for key, ids in strong.items():
        bare = key[2:] if key.startswith("ال") else key
        important = any(_important(places.get(i)) for i in ids)
        is_weak = ((len(bare.replace(" ", "")) <= 3 and not important) or key in lex.stopwords
                   or all(_needs_context(places.get(i)) for i in ids))
        entries[key] = IndexEntry(canonical[key], tuple(sorted(ids)), weak=is_weak, lam=key in lam)
    for phrase in lex.blocked_phrases:
        entries[phrase] = IndexEntry(phrase, (), role="block")
    for phrase, kind in lex.generic_facilities.items():
        if phrase not in entries:
            entries[phrase] = IndexEntry(phrase, (), role="facility", kind=kind)
    automaton = ahocorasick.Automaton()
    for key in entries:
        automaton.add_word(key, key)
    automaton.make_automaton()

    trigger_forms: dict[str, tuple[str, Trigger]] = {}
    for word, trig in lex.triggers.items():
        for prefix in PROCLITICS:
            trigger_forms.setdefault(prefix + word, (prefix, trig))
    unit_forms: dict[str, str] = {}
    for unit in lex.units:
        for prefix in PROCLITICS:
            unit_forms.setdefault(prefix + unit, prefix)
            article = "ل" + unit if prefix.endswith("ل") else "ال" + unit
            unit_forms.setdefault(prefix + article, prefix)
    return NameIndex(automaton, entries, lex, trigger_forms, unit_forms,
                     {i: p.kind for i, p in places.items()})


_INDEX_CACHE: "weakref.WeakKeyDictionary[Any, NameIndex]" = weakref.WeakKeyDictionary()


def name_index(gazetteer: Gazetteer) -> NameIndex:
    """The name index of ``gazetteer`` (built on first use, then cached with the gazetteer)."""
    cached = getattr(gazetteer, "_conflictmap_name_index", None)
    if cached is not None:
        return cached
    try:
        return _INDEX_CACHE[gazetteer]
    except (KeyError, TypeError):
        pass
    index = build_name_index(gazetteer.names_ar(), {p.id: p for p in gazetteer.places()})
    try:
        setattr(gazetteer, "_conflictmap_name_index", index)
    except (AttributeError, TypeError):
        try:
            _INDEX_CACHE[gazetteer] = index
        except TypeError:
            pass
    return index


# --------------------------------------------------------------------------- scanning


@dataclass(slots=True)
class _Found:
    nstart: int  # normalised start, clitics included
    nend: int
    key: str
    entry: IndexEntry
    prefix: str
    trigger: str = ""
    kind_hint: str = ""
    tstart: int = -1  # normalised start of a trigger noun included in the span


class _Scan:
    """Normalised text with its words, for one call of :func:`find_mentions`."""

    def __init__(self, text: str) -> None:
        self.text = text
        blanked = text.replace("#", " ").replace("_", " ").replace("\n", " ").replace("\t", " ")
        norm, self.map = normalize_with_map(blanked)  # same length as text: offsets hold
        self.s = norm.replace("\n", " ")
        self.words = [m.span() for m in _WORD_RE.finditer(self.s)]
        self.strings = [self.s[a:b] for a, b in self.words]
        self.word_starts = [a for a, _ in self.words]
        self.cover: list[Any] = [None] * len(self.words)  # per word: covering _Found or _BLOCK

    def mark(self, f: Any, a: int, b: int, force: bool = False) -> None:
        """Record that normalised span [a, b) is taken by ``f``."""
        k = self.word_index(a)
        while 0 <= k < len(self.words) and self.words[k][0] < b:
            if force or self.cover[k] is None:
                self.cover[k] = f
            k += 1

    def word(self, k: int) -> str:
        return self.strings[k]

    def word_index(self, pos: int) -> int:
        """Index of the word containing normalised position ``pos`` (binary search)."""
        k = bisect.bisect_right(self.word_starts, pos) - 1
        return k if k >= 0 and pos < self.words[k][1] else -1

    def gap(self, k: int) -> str:
        """Characters between word ``k-1`` and word ``k``."""
        start = self.words[k - 1][1] if k > 0 else 0
        return self.s[start:self.words[k][0]]

    def original(self, nstart: int, nend: int) -> tuple[int, int]:
        return original_span(self.text, self.map, nstart, nend)


def _stems(word: str) -> list[str]:
    return [stem for _prefix, stem in clitic_splits(word)]


def _is_arabic_word_char(ch: str) -> bool:
    """Arabic letters and digits continue a word; a switch to Latin script is a boundary."""
    return ch.isdigit() or ("\u0620" <= ch <= "\u064a") or ("\u066e" <= ch <= "\u06ff" and ch.isalpha())


def _raw_matches(scan: _Scan, index: NameIndex) -> list[_Found]:
    s = scan.s
    n = len(s)
    found: list[_Found] = []
    for end, key in index.automaton.iter(s):
        e = end + 1
        if e < n and _is_arabic_word_char(s[e]):
            continue
        start = e - len(key)
        if start > 0 and _is_arabic_word_char(s[start - 1]):
            k = scan.word_index(start)
            if k < 0:
                continue
            wstart = scan.words[k][0]
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
        found.append(_Found(wstart, e, key, entry, prefix))
    # Longest key first, then leftmost; keep non-overlapping.
    found.sort(key=lambda f: (-(len(f.key)), f.nstart))
    chosen: list[_Found] = []
    starts: list[int] = []  # the chosen spans, sorted (they do not overlap)
    ends: list[int] = []
    for f in found:
        i = bisect.bisect_left(starts, f.nend)  # chosen spans starting before f ends ...
        if i and ends[i - 1] > f.nstart:  # ... the last of them reaches into f
            continue
        chosen.append(f)
        starts.insert(i, f.nstart)
        ends.insert(i, f.nend)
    chosen.sort(key=lambda f: f.nstart)
    return chosen


def _prev_word(scan: _Scan, f_start: int) -> tuple[str, str]:
    """(previous word, gap before the match) — '' when punctuation other than quotes intervenes."""
    k = scan.word_index(f_start)
    if k <= 0:
        return "", scan.s[:f_start]
    gap = scan.gap(k)
    return scan.word(k - 1), gap


def _after_speech_verb(scan: _Scan, pos: int, lex: Lexicon) -> bool:
    """«قال (مصدر ميداني) لـX»: X is the outlet spoken to."""
    k = scan.word_index(pos)
    for _ in range(4):
        if k <= 0 or _hard(scan.gap(k)) or "," in scan.gap(k):
            return False
        k -= 1
        word = scan.word(k)
        if word in lex.speech_verbs or (word[:1] in "وف" and word[1:] in lex.speech_verbs):
            return True
        if word not in lex.speakers:
            return False
    return False


def _quoted(scan: _Scan, f: _Found) -> bool:
    before = scan.s[max(0, f.nstart - 2):f.nstart]
    after = scan.s[f.nend:f.nend + 2]
    return any(c in _QUOTES for c in before) and any(c in _QUOTES for c in after)


def _context_ok(scan: _Scan, f: _Found, index: NameIndex) -> tuple[bool, str, str, bool]:
    """Apply the guards; returns (keep, trigger word, kind hint, occupy-when-dropped)."""
    lex = index.lexicon
    prev, gap = _prev_word(scan, f.nstart)
    clean_gap = not any(c in _HARD_STOP or c == "," for c in gap)
    prev_stems = _stems(prev) if prev and clean_gap else []
    trigger = ""
    kind_hint = ""
    if prev_stems and prev in index.trigger_forms:
        _p, trig = index.trigger_forms[prev]
        trigger, kind_hint = trig.word, trig.kind
    admin = bool(prev_stems) and any(st in lex.admin_cues for st in prev_stems)
    quoted = _quoted(scan, f)
    # «… جرابلس والباب»: a name glued to «و» right after a known place continues a list of places
    k = scan.word_index(f.nstart)
    prev_hit = scan.cover[k - 1] if k > 0 else None
    listed = (f.prefix[:1] == "و" and clean_gap and isinstance(prev_hit, _Found)
              and bool(prev_hit.entry.place_ids))
    evidence = bool(trigger) or admin or quoted or listed
    name = f.entry.name
    kinds = {index.place_kinds.get(i, "") for i in f.entry.place_ids}
    if prev_stems and "country" not in kinds and " " not in name and not trigger:
        if prev in lex.person_cues or any(st in lex.person_cues for st in prev_stems):
            # a weak (common-word) match must not take the word: a longer unknown name may start there
            return False, "", "", not f.entry.weak
    if prev_stems and (prev in lex.media_cues or any(st in lex.media_cues for st in prev_stems[:2])):
        return False, "", "", True
    if prev_stems and any(st in lex.common_cues for st in prev_stems):
        return False, "", "", True
    if f.prefix.endswith("ل") and prev_stems and _after_speech_verb(scan, f.nstart, lex):
        return False, "", "", True
    if (f.entry.weak or name in lex.common_names) and not evidence:
        return False, "", "", False
    if name in lex.stopwords and not quoted:  # «قرية جديدة» is "a new village"
        return False, "", "", False
    return True, trigger, kind_hint, False


def _is_name_word(word: str, lex: Lexicon, index: NameIndex) -> bool:
    bare = word[2:] if word.startswith("ال") else word
    if len(bare) < 2 or not _ARABIC_RE.search(word) or word.isdigit():
        return False
    for stem in _stems(word):
        if stem in lex.stopwords or stem in lex.triggers or stem in lex.directions:
            return False
    # verbs take only the conjunctions و/ف, never ب/ك/ل: «كفر» is not «ك» + «فر» (fled)
    if word in lex.event_verbs or (word[:1] in "وف" and word[1:] in lex.event_verbs):
        return False
    return word not in index.trigger_forms and word not in index.unit_forms


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Find every place-name mention in ``text``.

    Parameters
    ----------
    text : str
        Article text (any Unicode; offsets refer to it unchanged).
    gazetteer : Gazetteer
        The place store; its name index is built on first use and cached on it.

    Returns
    -------
    list of Mention
        Sorted by start; ``text[m.start:m.end] == m.surface``; spans include glued proclitics.
        Mentions of places the gazetteer does not know (found through a trigger noun) have no
        candidates and carry ``trigger``/``kind_hint``.
    """
    return find_mentions_with_index(text, name_index(gazetteer))


def find_mentions_with_index(text: str, index: NameIndex) -> list[Mention]:
    """:func:`find_mentions` with an explicit :class:`NameIndex` (for tests and benchmarks)."""
    if not text:
        return []
    scan = index.scan(text)
    scan.cover = [None] * len(scan.words)
    kept: list[_Found] = []
    for f in _raw_matches(scan, index):
        if f.entry.role == "block":
            scan.mark(_BLOCK, f.nstart, f.nend)
            continue
        if f.entry.role == "facility":
            f.kind_hint = f.entry.kind
            f.trigger = f.entry.name
            _add(scan, kept, f)
            continue
        ok, trigger, kind_hint, occupy = _context_ok(scan, f, index)
        if ok:
            f.trigger, f.kind_hint = trigger, kind_hint
            _add(scan, kept, f)
        elif occupy:
            scan.mark(_BLOCK, f.nstart, f.nend)
    kept.extend(_glued_pairs(scan, index, kept))
    kept.extend(_context_places(scan, index, kept))
    kept = [f for f in kept if f.entry.role != "dropped"]
    kept.extend(_repeat_unknown(scan, index, kept))
    kept.sort(key=lambda f: f.nstart)
    mentions: list[Mention] = []
    for f in kept:
        nstart = f.tstart if f.tstart >= 0 else f.nstart
        start, end = scan.original(nstart, f.nend)
        mentions.append(Mention(surface=text[start:end], start=start, end=end, key=f.entry.name,
                                candidates=f.entry.place_ids, trigger=f.trigger,
                                kind_hint=f.kind_hint))
    return mentions


def _glued_pairs(scan: _Scan, index: NameIndex, kept: list[_Found]) -> list[_Found]:
    """Two names run together by a missing space: «سورياوالعراق» → «سوريا» + «والعراق»."""
    out: list[_Found] = []
    entries = index.entries
    for k, (a, b) in enumerate(scan.words):
        if b - a < 7 or scan.cover[k] is not None:
            continue
        word = scan.s[a:b]
        if "و" not in word[3:-3]:
            continue
        for i in range(3, len(word) - 3):
            if word[i] != "و":
                continue
            left, right = entries.get(word[:i]), entries.get(word[i + 1:])
            if left and right and left.role == right.role == "place" and not left.weak \
                    and not right.weak:
                _add(scan, out, _Found(a, a + i, word[:i], left, ""))
                _add(scan, out, _Found(a + i, b, word[i + 1:], right, "و"))
                break
    return out


def _repeat_unknown(scan: _Scan, index: NameIndex, kept: list[_Found]) -> list[_Found]:
    """Other occurrences of a name found through a trigger noun (one sense per article)."""
    names: dict[str, _Found] = {}
    for f in kept:
        if f.entry.role == "unknown" and f.key == f.entry.name and " " not in f.key:
            bare = f.key[2:] if f.key.startswith("ال") else f.key
            if len(bare) >= 3 and f.key not in index.lexicon.common_names:
                names.setdefault(f.key, f)
    out: list[_Found] = []
    s = scan.s
    occurrences = _occurrences(s, list(names))
    for name, src in names.items():
        for pos in occurrences(name):
            end = pos + len(name)
            k = scan.word_index(pos)
            if k >= 0 and scan.cover[k] is None and scan.words[k][1] == end:
                prefix = s[scan.words[k][0]:pos]
                if prefix in PROCLITICS:
                    _add(scan, out, _Found(scan.words[k][0], end, name, src.entry, prefix,
                                           kind_hint=src.kind_hint))
    return out


#: Above this many names, :func:`_occurrences` finds them all in one Aho-Corasick pass.
_MANY_NAMES = 16


def _occurrences(s: str, names: list[str]) -> Callable[[str], list[int]]:
    """``occurrences(name)``: the offsets where ``s.find(name)``, then ``s.find(name, end)`` from
    the end of each, finds ``name`` (non-overlapping, left to right). With many names all of them
    are located in one pass (instead of one scan of the text per name)."""
    if len(names) <= _MANY_NAMES:
        def scan_one(name: str) -> list[int]:
            found, pos = [], s.find(name)
            while pos >= 0:
                found.append(pos)
                pos = s.find(name, pos + len(name))
            return found
        return scan_one
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, name)
    automaton.make_automaton()
    every: dict[str, list[int]] = {name: [] for name in names}
    for end, name in automaton.iter(s):
        every[name].append(end - len(name) + 1)

    def greedy(name: str) -> list[int]:
        found: list[int] = []
        after = 0
        for pos in sorted(every[name]):
            if pos >= after:
                found.append(pos)
                after = pos + len(name)
        return found
    return greedy


_BLOCK = object()


def _add(scan: _Scan, bucket: list[_Found], f: _Found, force: bool = False) -> None:
    bucket.append(f)
    scan.mark(f, f.tstart if f.tstart >= 0 else f.nstart, f.nend, force)


def _covering(scan: _Scan, a: int, b: int) -> tuple[int, Any]:
    """(-1, None) if the words of [a, b) are free; else (end of the taking span, match or None)."""
    k = scan.word_index(a)
    while 0 <= k < len(scan.words) and scan.words[k][0] < b:
        f = scan.cover[k]
        if f is not None:
            if f is _BLOCK:
                return scan.words[k][1], None
            return f.nend, f
        k += 1
    return -1, None


def _strip_conj(word: str) -> tuple[str, str]:
    if len(word) >= 3 and word[0] in "وف" and word[1] != word[0]:
        return word[0], word[1:]
    return "", word


def _context_places(scan: _Scan, index: NameIndex, kept: list[_Found]) -> list[_Found]:
    """Unknown places (and kind hints of known ones) introduced by trigger nouns and unit nouns."""
    lex = index.lexicon
    s = scan.s
    words = scan.words
    out: list[_Found] = []
    nwords = len(words)
    forms = index.scan_forms
    todo = [k for k, w in enumerate(scan.strings) if w in forms]
    k = -1
    for start_k in todo:
        if start_k < k:
            continue
        k = start_k
        word = scan.word(k)
        a0 = words[k][0]
        if scan.cover[k] is not None:
            continue
        # Military units: «الفوج 137», «اللواء 137», «الكتيبة السابعة».
        if word in index.unit_forms and k + 1 < nwords and not _hard(scan.gap(k + 1)):
            nxt = scan.word(k + 1)
            if nxt.isdigit() or nxt in lex.ordinals:
                prefix = index.unit_forms[word]
                name = s[a0 + len(prefix):words[k + 1][1]]
                if name.startswith("ل") and not name.startswith("ال"):
                    name = "ا" + name
                entry = IndexEntry(name, (), role="unknown")
                _add(scan, out, _Found(a0, words[k + 1][1], name, entry, prefix, trigger=name.split(" ")[0],
                                  kind_hint="military_base"))
                k += 2
                continue
        if word not in index.trigger_forms:
            k += 1
            continue
        prefix, trig = index.trigger_forms[word]
        k = _walk_list(scan, index, kept, out, k, prefix, trig)
    return out


def _hard(gap: str) -> bool:
    return any(c in _HARD_STOP for c in gap)


def _nisba_like(word: str) -> bool:
    """Indefinite relative adjectives («صحراوية», «عسكريين») are not names."""
    return word.endswith(("يه", "يين", "يات", "يتين", "يان"))


def _known_at(scan: _Scan, kept: list[_Found], j: int) -> _Found | None:
    """The kept gazetteer match starting at word ``j`` (no punctuation before it), if any."""
    if j >= len(scan.words) or _hard(scan.gap(j)) or "," in scan.gap(j) or '"' in scan.gap(j):
        return None
    a, b = scan.words[j]
    _end, hit = _covering(scan, a, b)
    if hit is not None and hit.nstart == a and hit.entry.place_ids and not hit.prefix:
        return hit
    return None


def _walk_list(scan: _Scan, index: NameIndex, kept: list[_Found],
               out: list[_Found], k: int, prefix: str, trig: Trigger) -> int:
    """Read the name(s) after trigger word ``k``; returns the next word index to look at.

    Items are: a quoted name; a known (gazetteer) match, which receives the trigger as kind
    hint; an unknown word (plus a following name-forming word: «عين X», «X الفوقا», «X 137»);
    or an unknown word glued to a known name («مغر القريتين» — one unknown place next to the
    known one). After a plural trigger the list goes on with «و…» or commas.
    """
    lex = index.lexicon
    s = scan.s
    words = scan.words
    nwords = len(words)
    trigger_start = words[k][0]
    j = k + 1
    first = True
    while j < nwords:
        gap = scan.gap(j)
        if _hard(gap) or (first and "," in gap):
            break
        a, b = words[j]
        if '"' in gap or "'" in gap:  # a quoted name: «بلدة "كباجب"»
            ends = [c for c in (s.find('"', a), s.find("'", a)) if c >= 0]
            close = min(ends) if ends else -1
            if close <= a or close - a > 40 or _hard(s[a:close]):
                break
            cover_end, hit = _covering(scan, a, close)
            if hit is not None:
                _attach(hit, trig, trigger_start, first, index)
            elif cover_end < 0:
                inner = s[a:close].strip()
                if inner and _is_name_word(inner.split(" ")[0], lex, index):
                    _add(scan, out, _Found(a, a + len(inner), inner, IndexEntry(inner, (), role="unknown"),
                                      "", trigger=trig.word, kind_hint=trig.kind))
            j = scan.word_index(close - 1) + 1
        else:
            cover_end, hit = _covering(scan, a, b)
            if cover_end >= 0:
                if hit is None:
                    break
                _attach(hit, trig, trigger_start, first, index)
                j = scan.word_index(cover_end - 1) + 1
            else:
                word = scan.word(j)
                if not first and "," in gap and _PURPOSE_VERB_RE.match(word):
                    break  # «…، ليقترب بذلك من …»: a purpose clause ends the list
                conj, stem = ("", word) if first else _strip_conj(word)
                if not first and not conj and "," not in gap:
                    break
                glued = _known_at(scan, kept, j + 1)
                if glued is not None and _is_name_word(stem, lex, index):
                    # «محسا القريتين»: one unknown place named after the known one.
                    name = s[a + len(conj):glued.nend]
                    glued.entry = IndexEntry(glued.entry.name, glued.entry.place_ids, role="dropped")
                    _add(scan, out, _Found(a, glued.nend, name, IndexEntry(name, (), role="unknown"),
                                           conj, trigger=trig.word, kind_hint=trig.kind), force=True)
                    j = scan.word_index(glued.nend - 1) + 1
                else:
                    headed = (stem in lex.name_heads and j + 1 < nwords
                              and not _hard(scan.gap(j + 1))
                              and _is_name_word(scan.word(j + 1), lex, index))
                    if not headed and not _is_name_word(stem, lex, index):
                        break  # «أم»/«أبو» alone are words; «أم حارتين» is a name
                    if first and not trig.strong and not stem.startswith("ال"):
                        break  # «منطقة واسعة», «مناطق صحراوية»: a common noun or adjective
                    end_word = j
                    if j + 1 < nwords and not _hard(scan.gap(j + 1)) and "," not in scan.gap(j + 1):
                        nxt = scan.word(j + 1)
                        nb = words[j + 1]
                        free = _covering(scan, nb[0], nb[1])[0] < 0
                        if free and ((stem in lex.name_heads and _is_name_word(nxt, lex, index))
                                     or nxt in lex.name_tails or nxt.isdigit()
                                     or (trig.plural and not first and nxt.startswith("ال")
                                         and _is_name_word(nxt, lex, index)
                                         and not _nisba_like(nxt) and not nxt.endswith("ي"))):
                            end_word = j + 1  # «عين X», «X الفوقا», «وشمرة الحصان»
                    name_start = a + len(conj)
                    name = s[name_start:words[end_word][1]]
                    with_trigger = first and trig.with_trigger
                    span_start = trigger_start if with_trigger else a
                    key = (trig.word + " " + name) if with_trigger else name
                    _add(scan, out, _Found(span_start, words[end_word][1], key,
                                      IndexEntry(key, (), role="unknown"), prefix if with_trigger else conj,
                                      trigger=trig.word, kind_hint=trig.kind))
                    j = end_word + 1
        first = False
        if j >= nwords or (not trig.plural and not _pair_continues(scan, j, lex, index)):
            break
        gap = scan.gap(j)
        nxt = scan.word(j)
        if _hard(gap) or not ("," in gap or (nxt[:1] in "وف" and len(nxt) >= 3)):
            break
    return max(j, k + 1)


_PRONOUN_SUFFIXES = ("ها", "هما", "هم", "هن")
#: «ليقترب», «لتتمكن», «لنبدأ»: لِ + an imperfect verb opens a purpose clause
_PURPOSE_VERB_RE = re.compile(r"ل[يتن]\w{3,}$")

#: How far (in words) the location cue may follow the second name of a pair.
_PAIR_LOOKAHEAD = 3


def _pair_continues(scan: _Scan, j: int, lex: Lexicon, index: NameIndex) -> bool:
    """After a singular trigger, «قرية X وY بريف …» names two places: word ``j`` continues the
    list when it is «و» + a name word and a location cue («بريف», «في», «شرق», «قرب» …) follows
    within a few words, before any punctuation. Without the cue «وY» is just the next clause."""
    if j >= len(scan.words) or _hard(scan.gap(j)) or "," in scan.gap(j):
        return False
    word = scan.word(j)
    stem = word[1:]
    if word[:1] != "و" or len(stem) < 2:
        return False
    if stem not in lex.name_heads and (  # «وأم حارتين», «وأبو دالي»: a head noun opens a name
            len(stem) < 3 or stem.endswith(_PRONOUN_SUFFIXES)
            or not _is_name_word(word, lex, index) or not _is_name_word(stem, lex, index)):
        return False  # «وسط» (middle), «ومزارعها» (and its farms) are not a second name
    for n in range(j + 1, min(j + 1 + _PAIR_LOOKAHEAD, len(scan.words))):
        if _hard(scan.gap(n)) or "," in scan.gap(n):
            return False
        cue = scan.word(n)
        if any(st in lex.admin_cues or st in lex.directions for st in _stems(cue)):
            return True
    return False


def _attach(hit: _Found, trig: Trigger, trigger_start: int, first: bool, index: NameIndex) -> None:
    """Give a known match its trigger noun (and include the noun in facility spans)."""
    if not hit.trigger:
        hit.trigger, hit.kind_hint = trig.word, trig.kind
    if first and trig.with_trigger and any(index.place_kinds.get(i) in _FACILITY_KINDS
                                           for i in hit.entry.place_ids):
        hit.tstart = trigger_start
