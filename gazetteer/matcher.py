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
6. Untriggered lists: free definite names joined by «و» to a known settlement are places when the
   list ends at a countryside/governorate cue («في الحماميات واللطامنة ومورك بريف حماة») or when
   they stand between two known settlements.

All lexicons are data files in ``gazetteer/lexicon/``.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import accumulate, compress, count, islice, product
from operator import add, attrgetter
from typing import TYPE_CHECKING, Any

from geo.arabic import char_class, clitic_splits, normalize, normalize_with_map, original_span
from geo.model import Mention

from gazetteer.lexicon import HAMZA_ALEFS, Lexicon, Trigger, load_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer.store import Gazetteer

__all__ = ["find_mentions", "NameIndex", "IndexEntry", "name_index", "build_name_index",
           "normalize_name", "PROCLITICS"]

#: Proclitic strings allowed before a name inside the same word.
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})

_NON_NAME_RE = re.compile(r"[^\w ]|_")
_ARABIC_RE = re.compile(r"[\u0621-\u064a]")
_HARD_STOP = frozenset(".!?;:()[]{}|/\\")
_HARD_STOP_OR_COMMA = _HARD_STOP | {","}
_QUOTES = frozenset("\"'")
_IMPORTANT_KINDS = frozenset({"country", "governorate", "district", "city", "sea", "river", "region"})
#: Kinds whose Arabic names keep their article: without it the word is a common noun («جزيرة»
#: an island, not al-Jazira; «ساحل» a coast; «خليج» a gulf), so no article-dropped variant.
_ARTICLE_KINDS = frozenset({"country", "region", "sea", "river", "sector"})
#: Kind hint of landmark trigger nouns («مستشفى», «جامع»): they take a definite name.
_LANDMARK = "landmark"
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
    #: the key adds «ال» to a name stored without it («الدبس» for «دبس»): it counts only after
    #: a trigger noun or an admin noun (see :func:`_article_added_evidence`)
    article_added: bool = False
    #: the name reads after «كـ» (like, such as) without context: a country or a Syrian city of
    #: note («كحلب»); «ك» + a small or foreign place is usually another word («كسرت» ≠ Sirte)
    simile_ok: bool = False


@dataclass
class NameIndex:
    """Automaton + lexicon for one gazetteer."""

    automaton: Any
    entries: dict[str, IndexEntry]
    lexicon: Lexicon
    trigger_forms: dict[str, tuple[str, Trigger]]  # surface word -> (proclitic, trigger)
    unit_forms: dict[str, str]  # surface word -> proclitic
    place_kinds: dict[str, str]
    place_countries: dict[str, str]  # place id -> ISO2 country

    def __post_init__(self) -> None:
        self.scan_forms = frozenset(self.trigger_forms) | frozenset(self.unit_forms)
        # kind -> the singular trigger nouns of that kind («حي», «ضاحية» for neighbourhoods)
        self.singular_triggers: dict[str, tuple[str, ...]] = {}
        for word, trig in sorted(self.lexicon.triggers.items()):
            if not trig.plural:
                self.singular_triggers.setdefault(trig.kind, ())
                self.singular_triggers[trig.kind] += (word,)
        # Size-1 memo of the last scanned text, so the resolver does not normalise it again.
        self.last_scan: tuple[str, Any] | None = None
        # Bounded per-word memos of the lexicon tests (each reads the word's clitic splits).
        self.prev_word_cues: Callable[[str], _WordCues] = \
            lru_cache(maxsize=_WORD_MEMO)(partial(_prev_word_cues, self))
        self.is_name_word: Callable[[str], bool] = \
            lru_cache(maxsize=_WORD_MEMO)(partial(_is_name_word, self))
        self.is_location_cue: Callable[[str], bool] = \
            lru_cache(maxsize=_WORD_MEMO)(partial(_is_location_cue, self))
        self.anchors_lists: Callable[[tuple[str, ...]], bool] = \
            lru_cache(maxsize=_WORD_MEMO)(partial(_anchors_lists, self))
        self.stands_in_lists: Callable[[tuple[str, ...]], bool] = \
            lru_cache(maxsize=_WORD_MEMO)(partial(_stands_in_lists, self))
        self.is_stationed_participle: Callable[[str], bool] = \
            lru_cache(maxsize=_WORD_MEMO)(partial(_is_stationed_participle, self))
        # surface word -> whether a definite name may follow it: the locative nouns («محيط»,
        # «جهة») with their proclitics (True) and the directions (False, a headed name only)
        self.locative_forms: dict[str, bool] = _locative_forms(self.lexicon)
        # surface word -> (proclitic, unit name) of the first-level units abroad («وبالأنبار»)
        self.unit_abroad_forms: dict[str, tuple[str, str]] = _unit_abroad_forms(self.lexicon)
        # surface word -> whether it is a group head («ومنصة»), see _group_name_spans
        self.group_head_forms: frozenset[str] = _group_head_forms(self.lexicon.group_heads)
        self.blocked_pattern_re: re.Pattern[str] | None = _blocked_pattern_re(self.lexicon.blocked_patterns)
        # a text holds a blocked pattern only if it holds every fixed part of one of them (a
        # cheap test first: «مجلس» and «العسكري» together are much rarer than «العسكري» alone)
        self.blocked_pattern_parts: tuple[tuple[str, ...], ...] = tuple(sorted({
            tuple(part.strip() for part in pattern.split("*") if part.strip())
            for pattern in self.lexicon.blocked_patterns}))

    def scan(self, text: str) -> "_Scan":
        """The normalised view of ``text`` (reused when the same string is scanned again)."""
        memo = self.last_scan
        if memo is not None and memo[0] is text:
            return memo[1]
        scan = _Scan(text)
        self.last_scan = (text, scan)
        return scan


def _blocked_pattern_re(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for the blocked patterns («مجلس * العسكري»): «*» is one to three words, the
    phrase starts a word (after optional proclitics) and ends one. None without patterns."""
    alternatives = []
    for pattern in patterns:
        parts = [re.escape(part) for part in pattern.split("*")]  # the spaces stay around the slot
        alternatives.append(r"[^\W_]+(?: [^\W_]+){0,2}".join(parts))
    if not alternatives:
        return None
    return re.compile(r"(?<![^\W_])(?:[وفبل]{1,2})?(?:" + "|".join(alternatives) + r")(?![^\W_])")


def _block_patterns(scan: "_Scan", index: NameIndex) -> list[tuple[int, int]]:
    """Normalised spans of the blocked patterns in the text («"قادمون يا تلعفر"»)."""
    regex = index.blocked_pattern_re
    text = scan.s
    if regex is None or not any(all(part in text for part in parts) for parts in index.blocked_pattern_parts):
        return []
    return [(m.start(), m.end()) for m in regex.finditer(text)]


#: The longest place name read after a group head, in words.
_GROUP_NAME_WORDS = 3


def _group_head_forms(heads: frozenset[str]) -> frozenset[str]:
    """The written forms of the group heads («منصة»): each head after each proclitic («و», «ب»,
    «ل»…, or none). A word is a group head exactly when it is one of them (one set lookup per
    word instead of a test per proclitic)."""
    return frozenset(p + head for p in PROCLITICS for head in heads)


def _singular_head(word: str) -> bool:
    """Whether a group head is singular (written with a final «ة», normalised «ه»: «منصة»): it
    names one group, so a name joined by «و» after its name is another item («منصة القاهرة
    ودمشق»); a dual or plural head («منصتي», «منصات») takes the coordinated names too."""
    return word.endswith("ه")


def _place_name_at(scan: "_Scan", j: int, index: NameIndex, conj: bool) -> int:
    """Words of the longest gazetteer name starting at word ``j`` (after a glued «و» when
    ``conj``), with no punctuation inside; 0 when none starts there."""
    first = scan.word(j)
    if conj:
        if first[:1] != "و":
            return 0
        first = first[1:]
    for size in range(_GROUP_NAME_WORDS, 0, -1):
        last = j + size - 1
        if last >= len(scan.strings) or any(_hard_or_comma(scan.gap(m)) for m in range(j + 1, last + 1)):
            continue
        entry = index.entries.get(" ".join([first] + scan.strings[j + 1:last + 1]))
        if entry is not None and entry.role == "place":
            return size
    return 0


def _group_name_spans(scan: "_Scan", index: NameIndex) -> list[tuple[int, int]]:
    """Normalised spans of place names that name a group after a group head: «منصة موسكو»,
    «منصتي القاهرة وموسكو» (the opposition platforms; after a dual or plural head the names
    joined by «و» to the first one belong to the groups too). The head stays outside the span."""
    heads = index.lexicon.group_heads
    if not heads or not any(head in scan.s for head in heads):  # cheap test first
        return []
    spans: list[tuple[int, int]] = []
    nwords = len(scan.strings)
    forms = index.group_head_forms
    for k in compress(range(nwords - 1), map(forms.__contains__, scan.strings)):
        if _hard_or_comma(scan.gap(k + 1)):
            continue
        size = _place_name_at(scan, k + 1, index, conj=False)
        end = k + size
        while size and not _singular_head(scan.word(k)) and end + 1 < nwords \
                and not _hard_or_comma(scan.gap(end + 1)):
            size = _place_name_at(scan, end + 1, index, conj=True)
            end += size
        if end > k:
            spans.append((scan.word_starts[k + 1], scan.word_end(end)))
    return spans


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


def _variants(key: str, drop_article: bool = True) -> Iterator[tuple[str, bool, bool]]:
    """(variant, weak, lam) for one normalised name.

    ``drop_article`` False: no article-dropped variant (names that always keep their article).
    """
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
        if drop_article and len(rest.replace(" ", "")) >= 3:
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


def _reads_after_simile_clitic(place: Any) -> bool:
    """Whether «كـ» + the name of ``place`` reads as "like X" without context: a country, or a
    Syrian place of note («كحلب وحمص»). Other names glued to «ك» are more often a verb or noun
    that starts with «ك» («كسرت», not «ك» + Sirte)."""
    if place is None:
        return False
    return place.kind == "country" or (place.country == "SY" and _important(place))


#: Settlement kinds of the gazetteer (the other kind sets below extend it); also the kinds of
#: places abroad whose article-less names match with «ال» too («الدبس», «الحصيبة»).
_SETTLEMENT_KINDS = frozenset({"city", "town", "village"})


def _article_added_keys(keys: Iterable[tuple[str, str]], places: dict[str, Any]) -> dict[str, set[str]]:
    """«ال» + name for the one-word names of settlements abroad stored without the article
    («دبس» → «الدبس»): transliterated sources drop an article that Arabic news writes. Syrian
    names come from Arabic sources and keep their own spelling."""
    out: dict[str, set[str]] = {}
    for key, pid in keys:
        place = places.get(pid)
        if place is None or place.country in ("SY", "") or place.kind not in _SETTLEMENT_KINDS \
                or " " in key or key.startswith("ال") or len(key) < 3:
            continue
        out.setdefault("ال" + key, set()).add(pid)
    return out


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
    names_seen: list[tuple[str, str]] = []
    for raw, pid in names:
        key = normalize_name(raw)
        if len(key.replace(" ", "")) < 2 or not _ARABIC_RE.search(key):
            continue
        names_seen.append((key, pid))
        place = places.get(pid)
        drop_article = place is None or place.kind not in _ARTICLE_KINDS
        for variant, is_weak, is_lam in _variants(key, drop_article):
            if variant in lex.triggers:
                continue  # «جزيرة X», «حويجة X», «مفرق X» (a crossroads; Jordan's town is «المفرق»):
                # a trigger noun introduces a name, it is none
            (weak if is_weak else strong).setdefault(variant, set()).add(pid)
            canonical.setdefault(variant, key)
            if is_lam:
                lam.add(variant)
    entries: dict[str, IndexEntry] = {}
    for key, ids in _article_added_keys(names_seen, places).items():
        if key not in strong and key not in weak and key not in lex.stopwords:
            entries[key] = IndexEntry(key, tuple(sorted(ids)), weak=True, article_added=True)
    for key, ids in weak.items():
        if key not in strong and key not in lex.stopwords:
            entries[key] = IndexEntry(canonical[key], tuple(sorted(ids)), weak=True)
    for key, ids in strong.items():
        bare = key[2:] if key.startswith("ال") else key
        important = any(_important(places.get(i)) for i in ids)
        is_weak = ((len(bare.replace(" ", "")) <= 3 and not important) or key in lex.stopwords
                   or all(_needs_context(places.get(i)) for i in ids))
        simile_ok = any(_reads_after_simile_clitic(places.get(i)) for i in ids)
        entries[key] = IndexEntry(canonical[key], tuple(sorted(ids)), weak=is_weak, lam=key in lam,
                                  simile_ok=simile_ok)
    for phrase in lex.blocked_phrases:
        entries[phrase] = IndexEntry(phrase, (), role="block")
    for phrase, kind in lex.generic_facilities.items():
        if phrase not in entries:
            entries[phrase] = IndexEntry(phrase, (), role="facility", kind=kind)
        lam_form = "لل" + phrase[2:]  # «للمدينة القديمة»: ل + ال → «لل»
        if phrase.startswith("ال") and lam_form not in entries:
            entries[lam_form] = IndexEntry(phrase, (), role="facility", lam=True, kind=kind)
    automaton = ahocorasick.Automaton()
    for key in entries:
        automaton.add_word(key, key)
    automaton.make_automaton()

    trigger_forms: dict[str, tuple[str, Trigger]] = {}
    for word, trig in lex.triggers.items():
        for prefix in PROCLITICS:
            if "ك" in prefix and len(word) <= 3:
                continue  # «كتل»/«كتلة» are blocks, not «كـ» + «تل»; «ك» before a place is rare
            trigger_forms.setdefault(prefix + word, (prefix, trig))
    unit_forms: dict[str, str] = {}
    for unit in lex.units:
        for prefix in PROCLITICS:
            unit_forms.setdefault(prefix + unit, prefix)
            article = "ل" + unit if prefix.endswith("ل") else "ال" + unit
            unit_forms.setdefault(prefix + article, prefix)
    return NameIndex(automaton, entries, lex, trigger_forms, unit_forms,
                     {i: p.kind for i, p in places.items()}, {i: p.country for i, p in places.items()})


def _locative_forms(lex: Lexicon) -> dict[str, bool]:
    """Every written form (with a proclitic) of the locative nouns (True: a definite name may
    follow) and of the directions (False: only a name head and its word may)."""
    forms: dict[str, bool] = {}
    for word in lex.locatives:
        for prefix in PROCLITICS:
            forms[prefix + word] = True
    for word in lex.directions:
        if not word.startswith("ال"):
            for prefix in PROCLITICS:
                forms.setdefault(prefix + word, False)
    return forms


def _unit_abroad_forms(lex: Lexicon) -> dict[str, tuple[str, str]]:
    """Every written form (with a proclitic) of the first-level units abroad of
    ``units_abroad.tsv``: surface word -> (proclitic, unit name). «ل» before the article drops
    its alef («للأنبار»)."""
    forms: dict[str, tuple[str, str]] = {}
    for name in lex.units_abroad:
        for prefix in PROCLITICS:
            forms.setdefault(prefix + name, (prefix, name))
            if prefix.endswith("ل") and name.startswith("ال"):
                forms.setdefault(prefix + name[1:], (prefix, name))
    return forms


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
    """Normalised text with its words, for one call of :func:`find_mentions`.

    ``s`` is the normalised text (hashtag marks and line breaks blanked; ``map`` gives the
    original offset of each character), ``strings`` its words (maximal runs of letters and
    digits) and ``word_starts`` their offsets.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # «#دوما», «دير_الزور»: hashtag marks count as spaces. Line breaks become spaces after
        # normalisation (a whitespace run is one character either way, mapped to its first one).
        blanked = text.replace("#", " ").replace("_", " ")
        norm, self.map = normalize_with_map(blanked)  # same length as text: offsets hold
        self.s = norm.replace("\n", " ")
        self.strings, self.word_starts = _split_words(self.s)
        self.cover: list[Any] = [None] * len(self.strings)  # per word: covering _Found or _BLOCK
        # (a text without tanween needs no tanween test; three substring searches are fast)
        self.has_tanween = "\u064b" in text or "\u064c" in text or "\u064d" in text

    def mark(self, f: Any, a: int, b: int, force: bool = False) -> None:
        """Record that normalised span [a, b) is taken by ``f``."""
        k = self.word_index(a)
        while 0 <= k < len(self.strings) and self.word_starts[k] < b:
            if force or self.cover[k] is None:
                self.cover[k] = f
            k += 1

    def word(self, k: int) -> str:
        return self.strings[k]

    def word_end(self, k: int) -> int:
        return self.word_starts[k] + len(self.strings[k])

    def written(self, pos: int) -> str:
        """The original character at normalised position ``pos`` (normalisation writes «ة» as «ه»
        and «ى» as «ي»: the spelling may tell an adjective or a preposition from a name)."""
        return self.text[self.map[pos]]

    def word_index(self, pos: int) -> int:
        """Index of the word containing normalised position ``pos`` (binary search)."""
        k = bisect.bisect_right(self.word_starts, pos) - 1
        return k if k >= 0 and pos < self.word_starts[k] + len(self.strings[k]) else -1

    def gap(self, k: int) -> str:
        """Characters between word ``k-1`` and word ``k`` (``0 <= k < len(strings)``)."""
        start = self.word_starts[k - 1] + len(self.strings[k - 1]) if k > 0 else 0
        return self.s[start:self.word_starts[k]]

    def original(self, nstart: int, nend: int) -> tuple[int, int]:
        return original_span(self.text, self.map, nstart, nend)


#: Size of the process-wide memo of :func:`_stems` (distinct words of a large batch).
_STEM_MEMO = 1 << 14

#: A word (letters and digits of any script); captured, so ``split`` returns gaps and words.
_WORD_SPLIT_RE = re.compile(r"([^\W_]+)")


@lru_cache(maxsize=1)
def _bmp_non_word_re() -> re.Pattern[str]:
    """A character that is neither a space nor a letter or digit (``str.isalnum``) of the BMP.

    The same as ``[^\\w ]|_`` on a text without astral characters, but the explicit class is a
    table lookup (several times faster than the Unicode category tests behind ``\\w``). Built on
    first use: listing the class takes a few hundredths of a second.
    """
    bmp = map(chr, range(0x10000))
    return re.compile(f"[^ {char_class(ch for ch in bmp if ch.isalnum())}]")


def _has_astral(s: str) -> bool:
    """Whether ``s`` holds characters beyond the BMP (each takes two UTF-16 code units)."""
    return len(s.encode("utf-16-le", "surrogatepass")) != 2 * len(s)


def _split_words(s: str) -> tuple[list[str], list[int]]:
    """The words of ``s`` (maximal runs of ``[^\\W_]``) and their offsets.

    Every other character becomes a space, and ``str.split`` cuts at single spaces: each piece is
    a word or empty, and piece ``i`` starts at the lengths of the pieces before it plus ``i``.
    """
    if _has_astral(s):
        parts = _WORD_SPLIT_RE.split(s)  # gap, word, gap, word, …, gap
        return parts[1::2], list(accumulate(map(len, parts), initial=0))[1:-1:2]
    pieces = _bmp_non_word_re().sub(" ", s).split(" ")
    starts = map(add, accumulate(map(len, pieces), initial=0), count())
    return list(filter(None, pieces)), list(compress(starts, pieces))


@lru_cache(maxsize=_STEM_MEMO)
def _stems(word: str) -> tuple[str, ...]:
    """The stems of ``word`` (:func:`geo.arabic.clitic_splits`, the word itself first); memoised,
    since the guards read the stems of the same few cue words in every article."""
    return tuple(stem for _prefix, stem in clitic_splits(word))


#: Letters of the Arabic block that continue an Arabic word (with any digit, see below).
_ARABIC_WORD_CHARS = frozenset(
    [chr(c) for c in range(0x0620, 0x064B)] + [chr(c) for c in range(0x066E, 0x0700) if chr(c).isalpha()])


def _is_arabic_word_char(ch: str) -> bool:
    """Arabic letters and digits continue a word; a switch to Latin script is a boundary."""
    return ch in _ARABIC_WORD_CHARS or ch.isdigit()


def _raw_matches(scan: _Scan, index: NameIndex) -> list[_Found]:
    """Automaton hits on word boundaries (proclitics allowed before), longest first, no overlaps.

    A hit ends on a boundary when the next character is not Arabic (the word ends, or switches
    script); it starts on one when the previous character is not Arabic, or when the characters
    of its word before it are a proclitic (the clitic is then inside the span).
    """
    s = scan.s
    n = len(s)
    entries = index.entries
    # (-length, start, end, key, entry, prefix): sorted, longest first, then leftmost (no two
    # hits share length, start and end)
    hits: list[tuple[int, int, int, str, IndexEntry, str]] = []
    for end, key in index.automaton.iter(s):
        e = end + 1
        if e < n and _is_arabic_word_char(s[e]):
            continue
        start = e - len(key)
        if start == 0 or not _is_arabic_word_char(s[start - 1]):
            wstart, prefix = start, ""
        else:
            wstart = _short_word_start(s, start)
            if wstart < 0:
                continue
            prefix = s[wstart:start]
            if prefix not in PROCLITICS:
                continue
        entry = entries[key]
        if entry.lam:
            if prefix not in ("", "و", "ف"):
                continue
            prefix += "ل"
        hits.append((-len(key), wstart, e, key, entry, prefix))
    hits.sort()
    chosen: list[_Found] = []
    chosen_starts: list[int] = []  # the chosen spans, sorted (they do not overlap)
    chosen_ends: list[int] = []
    for _length, wstart, e, key, entry, prefix in hits:
        i = bisect.bisect_left(chosen_starts, e)  # chosen spans starting before this one ends ...
        if i and chosen_ends[i - 1] > wstart:  # ... the last of them reaches into it
            continue
        chosen.append(_Found(wstart, e, key, entry, prefix))
        chosen_starts.insert(i, wstart)
        chosen_ends.insert(i, e)
    chosen.sort(key=attrgetter("nstart"))
    return chosen


def _short_word_start(s: str, pos: int) -> int:
    """Start of the word that holds ``pos`` and the letter before it, when the word starts at
    most two letters before ``pos`` (room for a proclitic); else -1.

    Like ``geo.lexicon.glued_prefix(s, pos, 2)``, except that an underscore is no word character
    here (a full-width «＿» normalises to ``_`` and must not glue «x＿والرقة» into one word).
    """
    if not s[pos].isalnum():
        return -1
    if pos == 1 or not s[pos - 2].isalnum():
        return pos - 1
    if pos == 2 or not s[pos - 3].isalnum():
        return pos - 2
    return -1


def _after_speech_verb(scan: _Scan, pos: int, lex: Lexicon) -> bool:
    """«قال (مصدر ميداني) لـX»: X is the outlet spoken to."""
    k = scan.word_index(pos)
    for _ in range(4):
        if k <= 0 or _hard_or_comma(scan.gap(k)):
            return False
        k -= 1
        word = scan.word(k)
        if _in_with_conj(word, lex.speech_verbs):
            return True
        if word not in lex.speakers:
            return False
    return False


#: Words that open the complement of a speech verb («قال إن …»): after them «لـX» is no addressee.
_COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "بانهم"})
#: How many words a speaker («مصدر في المجلس المحلي لمدينة …») may take before «لـ + outlet».
_SPEAKER_WORDS = 9


def _outlet_after_speech_verb(scan: _Scan, f: _Found, lex: Lexicon) -> bool:
    """«قالت مصادر أهلية في البلدة للميادين»: a name that is also a media outlet's
    (``lex.outlets``), after «لـ», is the outlet spoken to when a speech verb opens the same
    clause (no comma or stop between) and no complement («إن …») or event verb intervenes."""
    k = scan.word_index(f.nstart)
    name = f.entry.name
    following = scan.word(k + 1) if k + 1 < len(scan.strings) and not _hard_or_comma(scan.gap(k + 1)) else ""
    if name not in lex.outlets and (not following or name + " " + following not in lex.outlets):
        return False
    for _ in range(_SPEAKER_WORDS):
        if k <= 0 or _hard_or_comma(scan.gap(k)):
            return False
        k -= 1
        word = scan.word(k)
        bare = _without_conj(word)
        if word in lex.speech_verbs or bare in lex.speech_verbs:
            return True
        if word in _COMPLEMENTIZERS or bare in _COMPLEMENTIZERS or word in lex.event_verbs \
                or bare in lex.event_verbs:
            return False
    return False


#: Tanween marks: a proper name (diptote or definite) never carries them.
_TANWEEN = frozenset("\u064b\u064c\u064d")


def _written_with_tanween(scan: _Scan, f: _Found) -> bool:
    """Whether the written word of ``f`` carries tanween («روسياً», «سوريةً»): an indefinite
    adjective or noun, never a place name."""
    if not scan.has_tanween:
        return False
    text = scan.text
    start, end = scan.map[f.nstart], scan.map[f.nend - 1] + 1
    while end < len(text) and "\u064b" <= text[end] <= "\u065f":  # marks after the last letter
        end += 1
    return not _TANWEEN.isdisjoint(text[start:end])


#: Definite function words that are no nouns («إلى» normalises to «الي»).
_DEFINITE_PARTICLES = frozenset({"الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللتان",
                                 "اللذان", "اللاتي", "اللواتي", "الان"})


def _country_adjective_after_definite_noun(scan: _Scan, f: _Found, k: int, clean_gap: bool,
                                           index: NameIndex) -> bool:
    """Whether the country match ``f`` (word ``k``) is a nisba adjective agreeing with the
    noun before it: a one-word definite country name written with «ـية» («السعودية») right
    after a definite common noun («العاصمة السعودية», «للحكومة السعودية»), or an indefinite one
    («سورية») right after an indefinite relative adjective («وسائل إعلام رسمية سورية»).
    With a proclitic of its own («والسعودية») or after a preposition («إلى السعودية») it is the
    country."""
    name = f.entry.name
    if f.prefix or k <= 0 or not clean_gap or " " in name \
            or not name.endswith("يه") or scan.written(f.nend - 1) != "ة" \
            or not _names_a_country(f.entry, index) or scan.cover[k - 1] is not None:
        return False
    prev = scan.word(k - 1)
    if not name.startswith("ال"):
        # «وسائل إعلام رسمية سورية»: an indefinite country name after an indefinite relative
        # adjective written with «ـية» is one more adjective of the same noun
        if prev.startswith("ال") or prev in _PARTICLES:
            return False
        if _after_a_noun_of_a_nationality(scan, k, index.lexicon):
            return True
        if _nisba_written_ta(scan, k - 1):
            return True
        return _indefinite_adjective_follows(scan, k + 1)
    for prefix, stem in clitic_splits(prev):
        if prefix in ("", "و", "ف", "ب", "وب", "فب", "ك") and stem.startswith("ال") \
                and len(stem) > 4 and stem not in _DEFINITE_PARTICLES:
            return True
        if prefix in ("ل", "ول", "فل") and stem.startswith("ل") and len(stem) > 3:
            return True  # «للحكومة السعودية» (لـ + ال → لل)
    return False


def _after_a_noun_of_a_nationality(scan: _Scan, k: int, lex: Lexicon) -> bool:
    """Whether word ``k`` (an indefinite country name written with «ـية») follows, with no
    punctuation, a noun of ``nationality_nouns`` of the lexicon («مصادر سورية»: Syrian sources) or
    such a noun + «غير» («قوى غير سورية»: non-Syrian forces). After a verb or a preposition
    («زارت سورية», «لا ملاذ غير سورية») it stays the country."""
    prev = _without_conj(scan.word(k - 1))
    if prev == "غير":
        if k < 2 or _hard_or_comma(scan.gap(k - 1)):
            return False
        prev = _without_conj(scan.word(k - 2))
    return prev in lex.nationality_nouns


#: Particles that coordinate two adjectives of one noun («روسية أم سورية»).
_ADJECTIVE_ALTERNATIVES = frozenset({"ام", "او"})


def _country_adjective_coordinated_with_nisba(scan: _Scan, f: _Found, k: int, index: NameIndex) -> bool:
    """Whether the indefinite one-word country name ``f`` written with «ـية» («سورية») is a
    relative adjective coordinated with another indefinite one: «طائرات روسية وسورية» (its «و»
    joins it to the nisba before it), «سورية أم روسية», «سورية وروسية» (a nisba joined after it).
    A country joined to a country («تركيا وسورية») or to a definite word stays the country."""
    name = f.entry.name
    if " " in name or name.startswith("ال") or not name.endswith("يه") \
            or scan.written(f.nend - 1) != "ة" or not _names_a_country(f.entry, index):
        return False
    if f.prefix == "و":
        return k > 0 and not _hard_or_comma(scan.gap(k)) and scan.cover[k - 1] is None \
            and not scan.word(k - 1).startswith("ال") and _nisba_written_ta(scan, k - 1)
    if f.prefix or k <= 0 or _hard_or_comma(scan.gap(k)) or scan.word(k - 1) in _PARTICLES:
        return False  # «إلى سورية وروسية تراقب»: the country after a preposition
    n = k + 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return False
    word = scan.word(n)
    if word in _ADJECTIVE_ALTERNATIVES:
        n += 1
        if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
            return False
        word = scan.word(n)
    elif word[:1] == "و":
        word = word[1:]
    else:
        return False
    return not word.startswith("ال") and _nisba_written_ta(scan, n) and scan.cover[n] is None


def _indefinite_adjective_follows(scan: _Scan, n: int) -> bool:
    """Whether word ``n`` is an indefinite relative adjective written with «ـية» in the same
    phrase («وسائل إعلام سورية رسمية»: the country name before it is one more adjective of the
    noun; «في سورية الحديثة» is the country)."""
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return False
    word = scan.word(n)
    return not word.startswith("ال") and word[:1] != "و" and _nisba_written_ta(scan, n)


def _nisba_written_ta(scan: _Scan, n: int) -> bool:
    """Whether word ``n`` has a relative adjective's shape and is written with a final «ة»
    («سورية», «رسمية»)."""
    return _nisba_like(scan.word(n)) and scan.written(scan.word_end(n) - 1) == "ة"


#: Words whose apposition «، NAME،» names a person: a spokesman or official.
_SPEAKER_TITLES = frozenset({"المتحدث", "الناطق", "القيادي", "متحدث", "رئيس", "مدير", "عضو"})
#: How far before the apposition the speaker title may stand («المتحدث باسم وحدات حماية الشعب في عفرين»).
_TITLE_WORDS = 8


def _surname_in_apposition(scan: _Scan, f: _Found, k: int) -> bool:
    """«قال المتحدث باسم الوحدات في عفرين، بروسك حسكة، لرووداو»: an article-less name inside a
    short apposition between commas (one to three words, ``f`` not the first) that follows a
    speaker title in the same clause is part of a person's name."""
    if f.prefix or f.key.startswith("ال") or k <= 0:
        return False
    if "," not in scan.s[scan.word_end(k - 3) if k >= 3 else 0:f.nstart]:
        return False  # (no comma in the gaps before the name's two preceding words: no apposition)
    opening = k
    while opening > 0 and "," not in scan.gap(opening):
        if k - opening >= 2 or _hard(scan.gap(opening)) or scan.word(opening - 1) in _PARTICLES:
            return False
        opening -= 1
    if opening == k or opening <= 0:
        return False  # the name opens the apposition: «، حسكة …» may be a place
    last = scan.word_index(f.nend - 1)
    closing = last + 1
    while closing < len(scan.strings) and "," not in scan.gap(closing):
        if closing - opening >= 3 or _hard(scan.gap(closing)):
            return False
        closing += 1
    if closing >= len(scan.strings):
        return False
    for back in range(opening - 1, max(-1, opening - 1 - _TITLE_WORDS), -1):
        if back + 1 < opening and _hard_or_comma(scan.gap(back + 1)):
            return False
        word = scan.word(back)
        if _in_with_conj(word, _SPEAKER_TITLES):
            return True
    return False


def _surname_after_titled_first_name(scan: _Scan, f: _Found, k: int, clean_gap: bool, index: NameIndex) -> bool:
    """Whether the one-word name ``f`` (word ``k``, no clitic) is a surname: the word before it
    is a free indefinite name word (a first name) and a person title stands right before that,
    or one adjective before it («القيادي جيان عفرين», «القيادي الميداني جيان عفرين»)."""
    if f.prefix or " " in f.key or not clean_gap or k < 2:
        return False
    first = k - 1
    first_name = scan.word(first)
    if scan.cover[first] is not None or first_name.startswith("ال") or first_name[:1] == "و" \
            or not index.is_name_word(first_name) or _hard_or_comma(scan.gap(first)):
        return False
    lex = index.lexicon
    title = first - 1
    if title > 0 and scan.word(title).startswith("ال") and scan.word(title).endswith(("ي", "يه")) \
            and scan.word(title) not in lex.person_cues and not _hard_or_comma(scan.gap(title)):
        title -= 1  # one relative adjective of the title («الميداني», «العسكري»)
    title = _before_affiliation(scan, title)
    if scan.word(title) not in lex.person_cues or scan.word(title) in lex.name_heads:
        return False
    return _speaker_frame(scan, title, k, lex)


#: How far back (in words of the same clause) the title of a speaker named by a first name may stand
#: («وقالت الناطقة باسم حملة غضب الفرات جيهان …»: the title, «باسم» and a three-word organisation).
_SPEAKER_TITLE_REACH = 6


def _is_person_title(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a person title, also in the feminine («الناطقة» → «الناطق»)."""
    if word in lex.name_heads:
        return False
    return word in lex.person_cues or (word.endswith("ه") and word[:-1] in lex.person_cues)


def _first_name_of_titled_speaker(scan: _Scan, f: _Found, k: int, index: NameIndex) -> bool:
    """Whether the one-word, article-less name ``f`` (word ``k``, no clitic) is the first name of
    a speaker: a free indefinite name word (the surname) follows it in the same phrase, and a
    person title stands a few words before it in the same clause with a speech verb before the
    title («وقالت الناطقة باسم الحملة جيهان أحمد»: a woman named like Ceyhan). Without the surname
    («وقال المتحدث باسم الجيش في جيهان»), or without a speech verb, it stays a place; so it does
    when the title's organisation is not introduced by «باسم» or ends in a noun in construct, whose
    genitive the name is («وقال رئيس بلدية عرسال باسل الحجيري»: see :func:`_titled_name_slot`)."""
    if f.prefix or " " in f.key or f.key.startswith("ال") or k < 2 or scan.word(k - 1) in _PARTICLES:
        return False
    n = scan.word_index(f.nend - 1) + 1
    if n <= 0 or n >= len(scan.strings) or _hard_or_comma(scan.gap(n)) or scan.cover[n] is not None:
        return False
    surname = scan.word(n)
    if surname.startswith("ال") or surname[:1] == "و" or not index.is_name_word(surname) \
            or surname in index.trigger_forms or index.is_location_cue(surname):
        return False
    lex = index.lexicon
    if _names_a_country(f.entry, index):
        return False
    for title in range(k - 1, max(0, k - 1 - _SPEAKER_TITLE_REACH), -1):
        if _hard_or_comma(scan.gap(title + 1)) or scan.word(title) in _COMPLEMENTIZERS:
            return False  # «وقال الوزير سامح شكري إن مصر …»: the name opens what he said
        if _is_person_title(scan.word(title), lex):
            return title > 0 and not _hard_or_comma(scan.gap(title)) \
                and _in_with_conj(scan.word(title - 1), lex.speech_verbs) and _titled_name_slot(scan, title, k)
    return False


#: «باسم» (on behalf of): it introduces the organisation of a spokesman's title («الناطقة باسم …»).
_ON_BEHALF_OF = frozenset({"باسم"})


def _titled_name_slot(scan: _Scan, title: int, k: int) -> bool:
    """Whether word ``k`` stands where the personal name of the title at word ``title`` goes:
    right after the title («وقال الوزير جيهان أحمد»), or after an organisation opened by «باسم»
    that ends in a definite word («الناطقة باسم حملة غضب الفرات جيهان …»). A title followed by its
    institution («رئيس بلدية عرسال باسل الحجيري», «رئيس مجلس منبج محمد خير»), or an indefinite noun
    in construct right before the word («باسم بلدية عرسال باسل …»), makes it that noun's genitive:
    the place."""
    if k == title + 1:
        return True
    return any(scan.word(w) in _ON_BEHALF_OF for w in range(title + 1, k - 1)) \
        and scan.word(k - 1).startswith("ال")


#: Prepositions that attach a title to its organisation («القيادي في قوات …»).
_AFFILIATION_PREPOSITIONS = frozenset({"في", "ب"})
#: How many words the organisation of a title may take.
_AFFILIATION_WORDS = 4


def _before_affiliation(scan: _Scan, n: int) -> int:
    """The title's word when word ``n`` ends its organisation: «في» + a blocked organisation
    name («القيادي الميداني في قوات سوريا الديمقراطية جكدار عفرين»: the title is two words
    before «في»); else ``n`` itself."""
    m = n
    while m > 0 and n - m < _AFFILIATION_WORDS and scan.cover[m] is _BLOCK \
            and not _hard_or_comma(scan.gap(m)):
        m -= 1
    if m == n or m < 1 or scan.word(m) not in _AFFILIATION_PREPOSITIONS or _hard_or_comma(scan.gap(m)):
        return n
    title = m - 1
    word = scan.word(title)
    if title > 0 and word.startswith("ال") and word.endswith(("ي", "يه")) and not _hard_or_comma(scan.gap(title)):
        title -= 1  # «القيادي الميداني في …»
    return title


def _speaker_frame(scan: _Scan, title: int, k: int, lex: Lexicon) -> bool:
    """Whether the titled person whose name ends at word ``k`` (title at word ``title``) speaks:
    a speech verb stands right before the title («وقال القيادي جيان عفرين»), or the title opens
    the clause and a speech verb, a complementizer («إن», «أن») or punctuation follows the name
    («القيادي جيان عفرين، …»). After another verb the name is the verb's object («وزار الرئيس
    بوتين دمشق»: Damascus)."""
    if title > 0 and not _hard_or_comma(scan.gap(title)):
        before = scan.word(title - 1)
        return _in_with_conj(before, lex.speech_verbs)
    n = k + 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return True
    after = scan.word(n)
    bare = _without_conj(after)
    return after in _COMPLEMENTIZERS or bare in lex.speech_verbs


def _heads_a_construct(scan: _Scan, f: _Found, index: NameIndex) -> bool:
    """Whether the common-word match ``f`` is a common noun by what follows it: the
    article-less form of a name that has the article («خريطة» of «الخريطة», «باب» of «الباب»)
    directly followed by a definite word or a known place is the head of a construct
    («خريطة السيطرة», «باب بغداد»: a gate); a one-word common name followed by an indefinite
    word written with «ة» takes it as an adjective («صور متداولة»: circulating pictures)."""
    k = scan.word_index(f.nend - 1) + 1
    if k <= 0 or k >= len(scan.strings) or _hard_or_comma(scan.gap(k)) or " " in f.key:
        return False
    nxt = scan.word(k)
    if index.is_location_cue(nxt) or nxt in index.lexicon.name_tails:
        return False  # «صور جنوب لبنان», «باب الشرقية»? a tail belongs to the name
    if not f.key.startswith("ال") and f.entry.name.startswith("ال"):
        if nxt.startswith("ال") and len(nxt) > 4 and nxt not in _DEFINITE_PARTICLES:
            return True
        following = index.entries.get(nxt)  # (matches are read left to right: not yet kept)
        if following is not None and following.role == "place" and not following.weak:
            return True
    return f.entry.name in index.lexicon.common_names and not nxt.startswith("ال") \
        and scan.written(scan.word_end(k) - 1) == "ة" and nxt not in index.trigger_forms \
        and scan.cover[k] is None and not _conjoined_known_place(nxt, index)


def _conjoined_known_place(word: str, index: NameIndex) -> bool:
    """Whether ``word`` is «و» + a known (not common-word) place name («القائم وراوة»): the next
    item of a list of places, never an adjective agreeing with the word before it."""
    if word[:1] != "و" or len(word) <= 3:
        return False
    entry = _strong_place_entry(word[1:], index)
    return entry is not None and entry.name not in index.lexicon.common_names \
        and entry.name not in index.lexicon.stopwords


def _strong_place_entry(key: str, index: NameIndex) -> IndexEntry | None:
    """The gazetteer entry of ``key`` when it names a place and needs no context (no weak key)."""
    entry = index.entries.get(key)
    return entry if entry is not None and entry.role == "place" and not entry.weak else None


def _known_name_continues_after_head(scan: _Scan, f: _Found, index: NameIndex) -> bool:
    """Whether the known multi-word name ``f`` ends in a name head («جبل الشيخ») that the next
    word, a free name word, continues («جبل الشيخ بركات»): a longer name the gazetteer lacks."""
    words = f.key.split(" ")
    if len(words) < 2 or words[-1] not in index.lexicon.name_heads:
        return False
    k = scan.word_index(f.nend - 1) + 1
    if k <= 0 or k >= len(scan.strings) or _hard_or_comma(scan.gap(k)) or scan.cover[k] is not None:
        return False
    # «أقجة قلعة وجيلان بينار»: «و» + a known place is the next item of a list, not the name's end
    return _name_word_after_head(scan, k, index) and not index.is_location_cue(scan.word(k)) \
        and not _conjoined_known_name_at(scan, k, index)


def _conjoined_known_name_at(scan: _Scan, k: int, index: NameIndex) -> bool:
    """Whether word ``k`` is «و» + a known place name of one or two words («وحلب», «وجيلان
    بينار»): the next item of a list of places."""
    word = scan.word(k)
    if _conjoined_known_place(word, index):
        return True
    if word[:1] != "و" or len(word) <= 3 or k + 1 >= len(scan.strings) or _hard_or_comma(scan.gap(k + 1)):
        return False
    return _strong_place_entry(f"{word[1:]} {scan.word(k + 1)}", index) is not None


def _bare_variant_after_clitic(f: _Found) -> bool:
    """Whether ``f`` is the article-less form of a name that has the article («رقه» of «الرقه»)
    glued to a proclitic: «فرقه» (its teams), «ورقة» (a sheet). Writers keep the article after
    a clitic («والرقة», «بالرقة»), so such a match needs the same evidence as a weak one."""
    return bool(f.prefix) and _article_dropped(f)


def _article_dropped(f: _Found) -> bool:
    """Whether ``f`` matched the article-less form of a name that has the article («رقه» of
    «الرقه»; names whose article is a «لـ» reading excepted)."""
    return not f.entry.lam and not f.key.startswith("ال") and f.entry.name.startswith("ال")


def _first_name_reading(scan: _Scan, f: _Found, index: NameIndex) -> bool:
    """Whether ``f``, the article-less form of a name that has the article («رياض» of
    «الرياض»), is a first name: a bare indefinite name word (a surname) follows it in the same
    phrase («رياض حجاب»). One sense per article does not carry over to such a form; «بين حميمة
    والبوكمال», «شرق حميمة وتدمر» stay places."""
    if not _article_dropped(f):
        return False
    n = scan.word_index(f.nend - 1) + 1
    if n <= 0 or n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return False
    nxt = scan.word(n)
    return nxt[:1] not in "وف" and not nxt.startswith("ال") and index.is_name_word(nxt) \
        and scan.cover[n] is None


def _quoted(scan: _Scan, f: _Found) -> bool:
    before = scan.s[max(0, f.nstart - 2):f.nstart]
    after = scan.s[f.nend:f.nend + 2]
    return not _QUOTES.isdisjoint(before) and not _QUOTES.isdisjoint(after)


@dataclass(frozen=True, slots=True)
class _WordCues:
    """What the word before a match says about it (read from the word's clitic splits).

    ``readable`` is False for a word without clitic splits (a single letter): such a word gives
    no cue at all. ``trigger`` is the trigger noun the word is a form of.
    """

    readable: bool = False
    trigger: Trigger | None = None
    admin: bool = False  # a stem is an admin cue («محافظة», «ريف»)
    person: bool = False  # the word or a stem is a person cue («الرئيس»)
    media: bool = False  # the word or one of its first two stems is a media cue («قناة»)
    common: bool = False  # a stem is a common-word cue
    company: bool = False  # a stem is a company noun («شركة»)
    place: bool = False  # a stem is a place-context word («باتجاه», «تحرير», «محور»)
    motion: bool = False  # a stem is a place-context word of motion or axis («باتجاه», «محور»)


_NO_CUES = _WordCues()
#: Size of the per-word memos of a :class:`NameIndex` (distinct words of a large batch).
_WORD_MEMO = 1 << 14


def _prev_word_cues(index: NameIndex, word: str) -> _WordCues:
    """:class:`_WordCues` of ``word`` (memoised per index as ``index.prev_word_cues``)."""
    stems = _stems(word)
    if not stems:
        return _NO_CUES
    lex = index.lexicon
    form = index.trigger_forms.get(word)
    return _WordCues(
        readable=True,
        trigger=form[1] if form is not None else None,
        admin=any(st in lex.admin_cues for st in stems),
        person=word in lex.person_cues or any(st in lex.person_cues for st in stems),
        media=word in lex.media_cues or any(st in lex.media_cues for st in stems[:2]),
        common=any(st in lex.common_cues for st in stems),
        company=any(st in lex.company_cues for st in stems),
        place=any(st in lex.place_context for st in stems),
        motion=any(st in lex.place_context and st not in lex.taking_nouns for st in stems),
    )


def _names_a_country(entry: IndexEntry, index: NameIndex) -> bool:
    """Whether one of the places ``entry`` names is a country."""
    return any(index.place_kinds.get(i, "") == "country" for i in entry.place_ids)


def _names_a_town(entry: IndexEntry, index: NameIndex) -> bool:
    """Whether one of the places ``entry`` names is a city or a town (:data:`_TOWN_KINDS`)."""
    return any(index.place_kinds.get(i, "") in _TOWN_KINDS for i in entry.place_ids)


#: Place kinds of an industrial plant that war copy names after its operating company («شركة
#: كونوكو», «شركة حيان»): the plant is a military objective.
_PLANT_KINDS = frozenset({"facility", "oil_field", "station"})


def _plant_after_company_noun(scan: _Scan, f: _Found, k: int, index: NameIndex) -> bool:
    """Whether ``f`` (word ``k``, right after a company noun at ``k - 1``) is a known plant
    named by its company: the gazetteer entry is a facility, gas or oil field or station, and a
    preposition of place (``company_site:`` lines), a place-context word («باتجاه», «تحرير») or a
    locative noun («محيط») leads the company noun with no punctuation between («سيطرت على شركة كونوكو للغاز»). The
    company as a subject or object of a verb («بنت المعمل شركة كونوكو») stays the company."""
    if k < 2 or _hard_or_comma(scan.gap(k - 1)):
        return False
    if not any(index.place_kinds.get(pid, "") in _PLANT_KINDS for pid in f.entry.place_ids):
        return False
    lex = index.lexicon
    lead = scan.strings[k - 2]
    return any(st in lex.company_site_leads or st in lex.place_context or st in lex.locatives
               for st in _stems(lead))


def _context_ok(scan: _Scan, f: _Found, index: NameIndex) -> tuple[bool, str, str, bool]:
    """Apply the guards; returns (keep, trigger word, kind hint, occupy-when-dropped)."""
    lex = index.lexicon
    k = scan.word_index(f.nstart)
    if k > 0:  # the previous word counts when no punctuation (other than quotes) intervenes
        clean_gap = _HARD_STOP_OR_COMMA.isdisjoint(scan.gap(k))
        cues = index.prev_word_cues(scan.strings[k - 1]) if clean_gap else _NO_CUES
    else:
        clean_gap, cues = False, _NO_CUES  # (``clean_gap`` only matters with a previous word)
    trigger, kind_hint = (cues.trigger.word, cues.trigger.kind) if cues.trigger is not None else ("", "")
    name = f.entry.name
    if cues.person and " " not in name and not trigger and not _names_a_country(f.entry, index):
        # a weak (common-word) match must not take the word: a longer unknown name may start there
        return False, "", "", not f.entry.weak
    if cues.media or (cues.common and "و" not in f.prefix):
        # («زيت حمص»); after «و» the name is the next item of a list, not the noun's complement:
        # «قرى كفير الزيت ودير قانون»
        return False, "", "", True
    if cues.company and not _plant_after_company_noun(scan, f, k, index):
        return False, "", "", True  # «أعلنت شركة حلب للإسمنت»: the company, not Aleppo
    if f.prefix.endswith("ل") and cues.readable and (_after_speech_verb(scan, f.nstart, lex)
                                                    or _outlet_after_speech_verb(scan, f, lex)):
        return False, "", "", True
    if _written_with_tanween(scan, f) or _country_adjective_after_definite_noun(scan, f, k, clean_gap, index) \
            or _country_adjective_coordinated_with_nisba(scan, f, k, index):
        return False, "", "", True  # «عرضاً روسياً», «العاصمة السعودية»: adjectives, not names
    if _imperfect_verb_with_object(scan, f, lex, index.place_kinds):
        return False, "", "", True  # «… وتدمر جسراً» (and destroys a bridge), not «و» + Palmyra
    if _surname_in_apposition(scan, f, k):
        return False, "", "", True  # «قال المتحدث باسم الوحدات، بروسك حسكة، …»: a person
    if not trigger and (_surname_after_titled_first_name(scan, f, k, clean_gap, index)
                        or _first_name_of_titled_speaker(scan, f, k, index)):
        return False, "", "", True  # «القيادي الميداني جيان عفرين»: a person's name
    if f.prefix not in ("", "و", "ف") and (_clitic_reading_of_a_verb(scan, k, lex)
                                          or _measure_after_ba(scan, f)):
        return False, "", "", True  # «كسرت» (broke) is no «ك» + Sirte; «بقطر 55 كم» is a diameter
    if _names_an_outlet_before_its_suffix(scan, f):
        return False, "", "", True  # «الفرات نيوز»: a news outlet named after the river
    if k == 0 and name in lex.outlets and _byline_of_outlet(scan, f):
        return False, "", "", True  # «قاسيون – خاص»: the outlet's own byline
    if 0 < k <= _BYLINE_HEAD_WORDS and not trigger and not cues.admin and _ends_outlet_byline(scan, f, k):
        return False, "", "", True  # «نداء سوريا – خاص»: an outlet named after the country
    if f.entry.article_added and not (trigger or _article_added_evidence(scan, k, clean_gap, index)):
        return False, "", "", False  # «في الصور» (in the pictures) is not Tyre («صور»)
    needs_evidence = f.entry.weak or name in lex.common_names or _bare_variant_after_clitic(f) \
        or ("ك" in f.prefix and not f.entry.simile_ok)
    quoted = (needs_evidence or name in lex.stopwords) and _quoted(scan, f)
    if needs_evidence and not quoted and _heads_a_construct(scan, f, index):
        return False, "", "", False  # «خريطة السيطرة», «سجن التوبة», «باب بغداد», «صور متداولة»
    if _known_name_continues_after_head(scan, f, index):
        return False, "", "", False  # «جبل الشيخ بركات» is not «جبل الشيخ» (Hermon)
    if needs_evidence or name in lex.stopwords:
        if needs_evidence and not (trigger or cues.admin or quoted or _listed(scan, f, k, clean_gap)
                                   or (cues.place and _admitted_by_place_context(scan, f, cues, index))
                                   or _origin_of_a_route(scan, f, k, clean_gap, index)
                                   or _first_end_of_a_stretch(scan, f, k, clean_gap, index)
                                   or _town_closing_a_prepositional_phrase(scan, f, k, clean_gap, index)
                                   or (name in lex.common_names and _direction_adverb_after(scan, f, lex))
                                   or _object_of_a_control_verb(scan, f, k, clean_gap, index)
                                   or _first_of_a_pair_of_settlements(scan, f, k, clean_gap, index)
                                   or _located_from_a_known_place(scan, f, index)
                                   or _named_by_a_road_to_it(scan, f, k, clean_gap, index)):
            return False, "", _NO_EVIDENCE, False
        if needs_evidence and cues.trigger is not None and not cues.trigger.strong \
                and not quoted and _agrees_as_adjective(scan, f, cues.trigger):
            return False, "", "", False  # «مرتفعات عالية» (high ground), not Aley
        if name in lex.stopwords and not quoted \
                and not (name in lex.ha_stopwords and scan.written(f.nend - 1) == "ة") \
                and not _stopword_named_by_unit_noun(scan, f, k, clean_gap, cues, index) \
                and not _stopword_in_place_context(f, clean_gap, cues) \
                and not _town_closing_a_prepositional_phrase(scan, f, k, clean_gap, index) \
                and not _stopword_inside_a_list_of_places(scan, f, k, clean_gap, index):
            # «قرية جديدة» is "a new village"; «قضاء عنة» is not «عنه» (about him)
            return False, "", "", False
    return True, trigger, kind_hint, False


def _clitic_reading_of_a_verb(scan: _Scan, k: int, lex: Lexicon) -> bool:
    """Whether word ``k``, read as a preposition clitic + a name, is rather a verb of the claims
    lexicon («كسرت الوحدات الحصار»: broke, not «ك» + Sirte). Verbs take only «و»/«ف»."""
    word = scan.word(k)
    return _in_with_conj(word, lex.event_verbs)


def _measure_after_ba(scan: _Scan, f: _Found) -> bool:
    """Whether «بـ» + a one-word name is followed by a number and a unit: a measure («منطقة بقطر 55
    كيلومتراً», with a diameter of 55 km), not a place."""
    if "ب" not in f.prefix or " " in f.key:
        return False
    n = scan.word_index(f.nend - 1) + 1
    if not (0 < n < len(scan.strings) - 1 and not _hard_or_comma(scan.gap(n)) and scan.word(n)[:1].isdigit()):
        return False
    return scan.word(n + 1).startswith(_MEASURE_UNITS)  # «بإدلب 3 منهم أطفال» is Idlib


#: Units after «بـX + number» that make it a measure (normalised starts: كم، كيلومتر، متر …).
_MEASURE_UNITS = ("كم", "كيلو", "كلم", "متر", "ميل", "هكتار", "دونم")


#: Dashes between an outlet's name and «خاص» in a byline («قاسيون – خاص»).
_BYLINE_DASHES = frozenset("-–—")
#: The word after the dash of an outlet's own byline (normalised «خاص»: exclusive).
_EXCLUSIVE = "خاص"


#: Loanwords that close the name of a news outlet («الفرات نيوز», «سوريا برس»).
_OUTLET_SUFFIXES = frozenset({"نيوز", "برس", "بوست", "تايمز"})


def _names_an_outlet_before_its_suffix(scan: _Scan, f: _Found) -> bool:
    """Whether ``f`` (no clitic) is followed, with no punctuation between, by a loanword that
    closes an outlet's name («الفرات نيوز - بغداد», «موقع سوريا برس»): the outlet, not the place."""
    if f.prefix:
        return False
    n = scan.word_index(f.nend - 1) + 1
    return 0 < n < len(scan.strings) and scan.word(n) in _OUTLET_SUFFIXES and not _hard_or_comma(scan.gap(n))


def _byline_of_outlet(scan: _Scan, f: _Found) -> bool:
    """Whether the outlet name ``f`` that opens the text is its byline: a dash, then «خاص»."""
    n = scan.word_index(f.nend - 1) + 1
    return 0 < n < len(scan.strings) and scan.word(n) == _EXCLUSIVE \
        and not _BYLINE_DASHES.isdisjoint(scan.gap(n))


#: How many words may open an outlet's byline before a place name inside it («نداء سوريا – خاص»).
_BYLINE_HEAD_WORDS = 2


def _ends_outlet_byline(scan: _Scan, f: _Found, k: int) -> bool:
    """Whether ``f`` (word ``k`` > 0, no clitic) ends the words that open the text, followed by a
    dash and «خاص», with only unmatched words before it and no punctuation between: the byline of
    an outlet whose name holds a place («نداء سوريا – خاص»). A dateline is the place alone
    («دمشق – خاص», word 0)."""
    if f.prefix or not _byline_of_outlet(scan, f):
        return False
    return all(scan.cover[i] is None and not _hard_or_comma(scan.gap(i + 1)) for i in range(k))


#: Kinds of the trigger nouns that name a settlement («مدينة», «بلدة», «قرية», «ناحية»).
_SETTLEMENT_TRIGGER_KINDS = _SETTLEMENT_KINDS | {"subdistrict"}


def _stopword_named_by_unit_noun(scan: _Scan, f: _Found, k: int, clean_gap: bool,
                                 cues: _WordCues, index: NameIndex) -> bool:
    """Whether the stopword ``f`` that is exactly a gazetteer name («عنه», also "about him")
    names the place because a strong settlement noun or a unit noun stands right before it
    («مدينة عنه», «قضاء عنه»). Not a feminine word written with «ة» that agrees with the noun
    («قرية جديدة»: a new village), nor a name with a clitic of its own."""
    if f.prefix or f.key != f.entry.name or not clean_gap:
        return False
    trig = cues.trigger
    by_trigger = trig is not None and trig.strong and trig.kind in _SETTLEMENT_TRIGGER_KINDS
    if not (by_trigger or _article_added_evidence(scan, k, clean_gap, index)):
        return False
    return scan.written(f.nend - 1) != "ة"


def _imperfect_verb_with_object(scan: _Scan, f: _Found, lex: Lexicon, kinds: dict[str, str]) -> bool:
    """Whether the one-word name ``f`` glued to «و» reads as an imperfect verb (it begins with
    «ت» or «ي») whose indefinite object, written with the accusative tanween «ـاً», follows
    right after it («وتدمر جسراً»). A direction adverb («وتدمر شرقاً») or an adverb of time or
    manner (a stopword: «ويبرود ليلاً», «وتدمر مجدداً») is no object. The name of a known
    settlement needs more: the object must not close the clause («وتدمر جسراً على النهر»), for
    an adverb missing from the lists mostly stands last («على السخنة وتدمر تماماً.»)."""
    if f.prefix != "و" or " " in f.key or f.key[:1] not in "تي" or not scan.has_tanween:
        return False
    n = scan.word_index(f.nend - 1) + 1
    if n <= 0 or n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return False
    word = scan.word(n)
    # the original word plus one character: the tanween follows its last letter («جسراً», «جسرًا»)
    written = scan.text[scan.map[scan.word_starts[n]]:scan.map[scan.word_end(n) - 1] + 2]
    if "\u064b" not in written or word in lex.directions or word in lex.stopwords:
        return False
    if any(kinds.get(i, "") in _SETTLEMENT_KINDS for i in f.entry.place_ids):
        if _next_conjunct_of_a_list(scan, f, word):
            return False  # «مدينتي الرستن وتلبيسة وعدداً من القرى»: a third item, no object
        return n + 1 < len(scan.strings) and not _hard_or_comma(scan.gap(n + 1))
    return True


def _next_conjunct_of_a_list(scan: _Scan, f: _Found, word: str) -> bool:
    """Whether the tanween word ``word`` after the «و»-glued settlement ``f`` is itself glued to
    «و» while a place mention stands right before ``f`` («الرستن وتلبيسة وعدداً من القرى»): the
    next item of a list of places, never the object of a verb (a verb's object takes no «و»)."""
    if word[:1] != "و" or len(word) <= 3:
        return False
    k = scan.word_index(f.nstart)
    return k > 0 and not _hard_or_comma(scan.gap(k)) and isinstance(scan.cover[k - 1], _Found)


def _direction_adverb_after(scan: _Scan, f: _Found, lex: Lexicon) -> bool:
    """Whether a direction adverb («شمالاً», «جنوباً»: normalised with a final «ا») follows the
    match right after it, with no punctuation: «محوران: … جنوباً، والحاضر شمالاً» places it."""
    n = scan.word_index(f.nend - 1) + 1
    if n <= 0 or n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return False
    word = scan.word(n)
    return word.endswith("ا") and word in lex.directions


def _headed_by_its_own_noun(key: str, lex: Lexicon) -> bool:
    """Whether the alias ``key`` begins with a trigger or admin noun («ناحية الرياض»): it gives
    way to the name after it (see :func:`_without_head`), even after a place-context word."""
    head, _sep, rest = key.partition(" ")
    return bool(rest) and (head in lex.triggers or head in lex.admin_cues)


def _stopword_in_place_context(f: _Found, clean_gap: bool, cues: _WordCues) -> bool:
    """Whether the stopword ``f`` that is exactly a gazetteer name stands right after a
    place-context word of motion or axis («باتجاه حديثة», «محوري حديثة»: towards / the fronts of):
    such a word takes a place after it, never an adjective agreeing with it. Not after a verbal
    noun («اقتحام», «تحرير»: they take any object), nor a name with a clitic of its own («بحديثة»)."""
    return cues.motion and clean_gap and not f.prefix and f.key == f.entry.name


#: Countries of the war theatre (ISO2): their towns may be named by a bare stopword after a
#: preposition (:func:`_town_closing_a_prepositional_phrase`).
_THEATRE_COUNTRIES = frozenset({"SY", "IQ", "LB"})


def _names_a_theatre_town(entry: IndexEntry, index: NameIndex) -> bool:
    """Whether one of the places ``entry`` names is a city or a town of :data:`_THEATRE_COUNTRIES`
    («حديثة», «عنه» in Iraq; not Amman)."""
    return any(index.place_kinds.get(i, "") in _TOWN_KINDS and index.place_countries.get(i, "") in _THEATRE_COUNTRIES
               for i in entry.place_ids)


#: Prepositions after which a lone indefinite adjective cannot stand («من حديثة.»: from Haditha).
_BARE_PREPOSITIONS = frozenset({"من", "ومن", "الي", "والي", "في", "وفي"})


def _town_closing_a_prepositional_phrase(scan: _Scan, f: _Found, k: int, clean_gap: bool,
                                         index: NameIndex) -> bool:
    """Whether the stopword ``f`` (word ``k``, no clitic), exactly the name of a town, stands right
    after a preposition and ends its clause («انطلقت العمليات من حديثة.»): an adjective («حديثة»,
    recent) needs a noun before it, so a preposition + the word alone is the town. «أخبار حديثة»,
    «من مصادر حديثة», «حديثة العهد» keep their adjective reading. Only a town of the theatre
    (:data:`_THEATRE_COUNTRIES`): a noun such as «أمان» (safety) stands alone after a preposition
    («والعيش في أمان»), and Amman is no town this reading should find."""
    if f.prefix or k <= 0 or not clean_gap or f.key != f.entry.name or " " in f.key \
            or f.entry.name not in index.lexicon.stopwords or scan.word(k - 1) not in _BARE_PREPOSITIONS \
            or not _names_a_theatre_town(f.entry, index):
        return False
    n = scan.word_index(f.nend - 1) + 1
    return n <= 0 or n >= len(scan.strings) or _hard_or_comma(scan.gap(n))


def _definite_head_name(stem: str, index: NameIndex) -> bool:
    """Whether ``stem`` names the landmark after a definite head noun («الجامع العمري»).

    A definite head («الجامع», «المسجد») is followed by its name only as a nisba adjective
    («العمري», «النوري», «الأموي») or a name the gazetteer knows; any other adjective describes
    the building («المسجد الوحيد», «الجامع المجاور»)."""
    return stem.endswith("ي") or stem in index.entries


def _admitted_by_place_context(scan: _Scan, f: _Found, cues: _WordCues, index: NameIndex) -> bool:
    """Whether the place-context word before ``f`` is evidence enough for a name that is also a
    common word or a stopword. A word of motion or axis («باتجاه», «محور») admits both; a verbal
    noun («تحرير», «اقتحام», «حصار») takes any object, so it admits only a common-word name of a
    town or city that is no stopword nor an abstract noun of an ideal («تحرير الثورة من التطرف»;
    ``abstract_names.txt``) and is not followed by a definite relative adjective («استعادة العلم
    الوطني», «حصار الحراك الشعبي»: the flag, the movement). Never an alias headed by its own
    trigger noun («ناحية الرياض»)."""
    lex = index.lexicon
    name = f.entry.name
    if _headed_by_its_own_noun(f.key, lex):
        return False
    if cues.motion:
        return name in lex.common_names or name in lex.stopwords
    return name in lex.common_names and name not in lex.stopwords and name not in lex.abstract_names \
        and not _relative_adjective_after(scan, f) and _names_a_town(f.entry, index)


#: Prepositions that join a territorial verb to the place it takes («سيطر على», «انسحب من», «وصل إلى»).
_CONTROL_PREPOSITIONS = frozenset({"علي", "من", "الي"})
#: How many words (subject, adverb) may stand between such a verb and its preposition.
_CONTROL_VERB_REACH = 4


def _object_of_a_control_verb(scan: _Scan, f: _Found, k: int, clean_gap: bool, index: NameIndex) -> bool:
    """Whether the common-word name ``f`` (word ``k``, no clitic) of a town is the object of a
    territorial verb of the claims lexicon: «على»/«من»/«إلى» right before it and, within a few
    words before that and no punctuation between, a one-word verb of taking, leaving, entering or
    besieging («سيطرت الفصائل على الباب», «انسحب التنظيم من الباب»; «من» only after a verb of
    leaving: «دخلوا من الباب» is through the door). A word between verb and preposition must
    head a war subject (:func:`_war_subject_after`: «سيطر اللون الأخضر على التل» is no capture),
    and the town must be in the theatre (:func:`_names_a_theatre_town`: «وصل الرجل إلى سول» is
    not Seoul). Same limits as a verbal noun of taking
    (:func:`_admitted_by_place_context`): no stopword, no abstract noun of an ideal, no definite
    relative adjective after it («سيطرت على الوضع الأمني»)."""
    lex = index.lexicon
    name = f.entry.name
    if f.prefix or k < 1 or not clean_gap or name not in lex.common_names or name in lex.stopwords \
            or name in lex.abstract_names or _headed_by_its_own_noun(f.key, lex) \
            or not _names_a_theatre_town(f.entry, index) or _relative_adjective_after(scan, f):
        return False
    if _in_with_conj(scan.word(k - 1), lex.taking_verbs):
        return _direct_object_of_taking_verb(scan, f)
    if k < 2 or scan.word(k - 1) not in _CONTROL_PREPOSITIONS:
        return False
    verbs = lex.leaving_verbs if scan.word(k - 1) == "من" else lex.control_verbs
    for j in range(k - 2, max(-1, k - 2 - _CONTROL_VERB_REACH), -1):
        if _hard_or_comma(scan.gap(j + 1)):
            return False
        if _in_with_conj(scan.word(j), verbs):
            return j == k - 2 or _war_subject_after(scan, j, lex)
    return False


def _direct_object_of_taking_verb(scan: _Scan, f: _Found) -> bool:
    """Whether the definite one-word common-word name ``f``, right after a verb of taking,
    entering or besieging («حرروا القائم», «اقتحموا الباب»), is its object and not its subject
    read as a participle with a complement («دخل القائم بأعمال السفارة», «حاصر القائم على …»):
    nothing but punctuation, the end of the text or a word that is no complement follows."""
    if " " in f.entry.name or not f.entry.name.startswith("ال"):
        return False
    n = scan.word_index(f.nend - 1) + 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return True
    nxt = scan.word(n)
    return nxt not in _PARTICIPLE_COMPLEMENTS and nxt[:1] != "ب"


def _war_subject_after(scan: _Scan, j: int, lex: Lexicon) -> bool:
    """Whether the word after the verb at word ``j`` heads a war subject (``control_subjects``: an
    actor alias, an armed or military noun: «الفصائل», «قوات», «عناصر»), with or without «و»."""
    word = scan.word(j + 1)
    return word in lex.control_subjects or (word.startswith("و") and word[1:] in lex.control_subjects)


#: Prepositions of direction that end a route «من X باتجاه Y» («إلى» normalises to «الي»).
_ROUTE_ENDS = frozenset({"باتجاه", "اتجاه", "صوب", "نحو", "الي"})


def _origin_of_a_route(scan: _Scan, f: _Found, k: int, clean_gap: bool, index: NameIndex) -> bool:
    """Whether the common-word name ``f`` (word ``k``, no clitic) of a town is the start of a
    route to a known place: «من» before it, a preposition of direction right after it and a
    gazetteer name (or a trigger noun and a name) after that («فر المسلحون من القائم باتجاه
    مدينة البوكمال»). «من القائم بالأعمال» (the chargé d'affaires) has no direction word."""
    name = f.entry.name
    if f.prefix or k <= 0 or not clean_gap or scan.word(k - 1) not in ("من", "ومن") \
            or name not in index.lexicon.common_names or name in index.lexicon.stopwords \
            or not _names_a_town(f.entry, index):
        return False
    n = scan.word_index(f.nend - 1) + 1
    if n <= 0 or n + 1 >= len(scan.strings) or _hard_or_comma(scan.gap(n)) or scan.word(n) not in _ROUTE_ENDS \
            or _hard_or_comma(scan.gap(n + 1)):
        return False
    target = scan.word(n + 1)
    if target in index.trigger_forms and n + 2 < len(scan.strings) and not _hard_or_comma(scan.gap(n + 2)):
        target = scan.word(n + 2)
    return _strong_place_entry(target, index) is not None


_BETWEEN = frozenset({"بين", "وبين"})


def _stretch_cue_before_between(scan: _Scan, between: int, index: NameIndex) -> bool:
    """Whether the word before «بين» (word ``between``) is a stretch cue (``stretch:`` lines of
    locatives.txt: «الطريق بين», «الممتدة بين», «يربط بين»), with no punctuation between."""
    if between < 1 or _hard_or_comma(scan.gap(between)):
        return False
    word = scan.strings[between - 1]
    cues = index.lexicon.stretch_cues
    return any(st in cues for st in _stems(word))


def _first_end_of_a_stretch(scan: _Scan, f: _Found, k: int, clean_gap: bool, index: NameIndex) -> bool:
    """Whether the common-word name ``f`` (word ``k``, no clitic) of a town is the first end of
    a stretch between two places: «بين» before it and either «و» + a town's trigger noun right
    after it («بين القائم ومدينة البوكمال»; the town noun vouches whatever name follows), or a
    stretch cue before «بين» («الطريق», «الممتدة»: :func:`_stretch_cue_before_between`) and «و»
    + a gazetteer name or «و» + a trigger noun and a gazetteer name («الطريق بين القائم
    والبوكمال»). A bare «بين X وY» is more often a relation («بين الحراك ودمشق», the protest
    movement); «بين القائم بالأعمال والسفير» (the chargé d'affaires) has no place after it."""
    name = f.entry.name
    if f.prefix or k <= 0 or not clean_gap or scan.word(k - 1) not in _BETWEEN \
            or name not in index.lexicon.common_names or name in index.lexicon.stopwords \
            or not _names_a_town(f.entry, index):
        return False
    n = scan.word_index(f.nend - 1) + 1
    if n <= 0 or n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return False
    nxt = scan.word(n)
    found = index.trigger_forms.get(nxt)
    conj_trigger = found[1] if found is not None and found[0][:1] == "و" else None
    if conj_trigger is not None and conj_trigger.strong and conj_trigger.kind in _SETTLEMENT_KINDS:
        return True  # «… ومدينة X»: the other end is a town whatever its name
    if not _stretch_cue_before_between(scan, k - 1, index):
        return False
    if conj_trigger is not None:
        if n + 1 >= len(scan.strings) or _hard_or_comma(scan.gap(n + 1)):
            return False
        target = scan.word(n + 1)
    elif nxt[:1] == "و":
        target = nxt[1:]
    else:
        return False
    return _strong_place_entry(target, index) is not None


#: Settlement kinds large enough to be the bare object of a verbal noun of taking («بتحرير القائم»):
#: a village named like a common noun («السجن», the prison) needs a trigger noun.
_TOWN_KINDS = frozenset({"city", "town"})


def _relative_adjective_after(scan: _Scan, f: _Found) -> bool:
    """Whether a definite relative adjective («الوطني», «الشعبية») follows ``f`` in the clause."""
    n = scan.word_index(f.nend - 1) + 1
    if n <= 0 or n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return False
    word = scan.word(n)
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه"))


#: Kind hint :func:`_context_ok` gives a match it drops only for want of evidence (no trigger noun,
#: admin cue, quotes or list): another occurrence of the same place with evidence may vouch for it.
_NO_EVIDENCE = "?no-evidence"


def _without_head(f: _Found, index: NameIndex) -> _Found | None:
    """The shorter match inside an alias that begins with its own trigger or admin noun
    («ناحية الرياض», «قضاء الحويجة»): the rest of the alias («الرياض») when it is a name of the
    same place, restricted to the alias's places (the alias says which namesake is meant). The
    head noun then stands before the name as its cue. None when the alias has no such head."""
    head, _sep, rest = f.key.partition(" ")
    lex = index.lexicon
    if not rest or (head not in lex.triggers and head not in lex.admin_cues):
        return None
    entry = index.entries.get(rest)
    if entry is None or entry.role != "place":
        return None
    shared = tuple(i for i in entry.place_ids if i in f.entry.place_ids)
    if not shared:
        return None
    return _Found(f.nend - len(rest), f.nend, rest,
                  IndexEntry(entry.name, shared, weak=entry.weak, lam=entry.lam), "")


def _vouched_repeats(scan: _Scan, index: NameIndex, kept: list[_Found],
                     unvouched: list[_Found]) -> list[_Found]:
    """Matches dropped only for want of evidence whose place the article names elsewhere with
    evidence («تحرير الحويجة» after «قضاء الحويجة»: one sense per article). Only names of four
    letters or more that are no common words (those need their own evidence every time)."""
    if not unvouched:
        return []
    vouched = {i for f in kept if f.entry.role == "place" for i in f.entry.place_ids}
    lex = index.lexicon
    out: list[_Found] = []
    for f in unvouched:
        if _bare_variant_after_clitic(f) or _first_name_reading(scan, f, index):
            continue
        if _common_or_short(f.entry.name, lex) and not _common_repeat_in_place_slot(scan, f, index) \
                and not _stopword_spelt_as_a_name(scan, f, lex) \
                and not _stopword_repeat_taken(scan, f, index):
            continue
        shared = tuple(i for i in f.entry.place_ids if i in vouched)
        if shared and _covering(scan, f.nstart, f.nend)[0] < 0:
            f.entry = IndexEntry(f.entry.name, shared, weak=True, lam=f.entry.lam)
            _add(scan, out, f)
    return out


def _stopword_spelt_as_a_name(scan: _Scan, f: _Found, lex: Lexicon) -> bool:
    """Whether the short name ``f``, a stopword only ever written with a final «ه» («عنه»: about
    him), is written here with «ة» («عنة»): that spelling is never the stopword, so a repeat of a
    place the article names elsewhere with evidence is the place («دخلت القوات عنة»)."""
    return f.entry.name in lex.ha_stopwords and scan.written(f.nend - 1) == "ة"


def _stopword_repeat_taken(scan: _Scan, f: _Found, index: NameIndex) -> bool:
    """Whether the stopword ``f`` that is exactly the name of a theatre town («عنه»), whose place
    the article names elsewhere with evidence («قضاء عنه»), stands bare right after a verbal noun
    of taking («تحرير عنه», «عمليات اقتحام عنه»): such a noun takes its object directly, while
    the pronoun reading («عنه», about him) needs a verb or a noun built with «عن» («الإفراج
    عنه», «فك الحصار عنه»; ``an_complement_nouns`` of the lexicon)."""
    lex = index.lexicon
    if f.prefix or f.key != f.entry.name or f.entry.name not in lex.stopwords \
            or not _names_a_theatre_town(f.entry, index):
        return False
    k = scan.word_index(f.nstart)
    if k < 1 or _hard_or_comma(scan.gap(k)):
        return False
    stems = _stems(scan.word(k - 1))
    return any(st in lex.taking_nouns and st not in lex.an_complement_nouns for st in stems)


#: Words after which a repeated common-word name stands where a place is named: prepositions
#: of place («من الوعر», «في القائم») and copulas that open a sentence about it («وكان X آخر حي»;
#: ``_SLOT_COPULAS``).
_SLOT_COPULAS = frozenset({"كان", "يعد", "تعد", "بات", "اصبح", "اصبحت", "باتت", "كانت"})
_PLACE_SLOT_WORDS = frozenset({"في", "من", "الي", "نحو", "قرب", "داخل", "حول", "جهة"}) | _SLOT_COPULAS
#: Prepositions after a definite participle that make it a common word: its complement
#: («القائم على المشروع»; a glued «بـ» too: «القائم بالأعمال», see :func:`_participle_complement`).
_PARTICIPLE_COMPLEMENTS = frozenset({"علي"})


def _participle_complement(word: str, index: NameIndex) -> bool:
    """Whether ``word``, right after a common-word name, is the complement of that word read as
    a participle: «على», or a glued «بـ» + a noun («بأعمال», «بالأمر») that is no location cue or
    place-context word («بريف», «باتجاه»)."""
    if word in _PARTICIPLE_COMPLEMENTS:
        return True
    return word[:1] == "ب" and len(word) > 3 and not index.is_location_cue(word) \
        and word[1:] not in index.lexicon.place_context


def _common_repeat_in_place_slot(scan: _Scan, f: _Found, index: NameIndex) -> bool:
    """Whether the common-word or short name ``f``, whose place the article names elsewhere with
    evidence, stands here where only a place fits: a definite one-word name, right after a
    preposition of place or a copula («من الوعر», «وكان الوعر آخر حي»; ``_PLACE_SLOT_WORDS``)
    or glued to «لـ» («المقابلة للقائم») or opening a list of known places («القائم وراوة»),
    and not followed by a participle's complement
    («القائم بأعمال», «القائم على»), an idiom's adjective («من الباب الواسع»;
    ``common_idiom_words.txt``) or, after a copula, an indefinite predicate («وكان الباب
    مفتوحا»). Stopwords never («عنه»)."""
    name = f.entry.name
    if " " in name or not name.startswith("ال") or name in index.lexicon.stopwords \
            or "ك" in f.prefix or "ب" in f.prefix:
        return False
    k = scan.word_index(f.nstart)
    if k < 0:
        return False
    n = scan.word_index(f.nend - 1) + 1
    nxt = scan.word(n) if n < len(scan.strings) and not _hard_or_comma(scan.gap(n)) else ""
    if nxt and (_participle_complement(nxt, index) or nxt in index.lexicon.common_idiom_words):
        return False
    if f.prefix.endswith("ل"):
        return True
    if not f.prefix and nxt[:1] == "و" and _known_place_word(scan, n, index):
        return True  # «أبرزها القائم وراوة»: it opens a list of known places
    if f.prefix or k == 0 or _hard_or_comma(scan.gap(k)):
        return False
    slot = _without_conj(scan.word(k - 1))
    if slot in _SLOT_COPULAS and _indefinite_accusative(nxt):
        return False  # «وكان الباب مفتوحا»: the predicate of a common noun
    return slot in _PLACE_SLOT_WORDS


def _indefinite_accusative(word: str) -> bool:
    """Whether ``word`` has the shape of an indefinite accusative predicate («مفتوحا», «مغلقا»):
    no article, four letters or more, a final «ا» that is no plural verb's «وا» or a long «اا»."""
    return len(word) >= 4 and word.endswith("ا") and not word.startswith(("ال", "وال")) \
        and not word.endswith(("وا", "اا"))


def _paired_places_abroad(scan: _Scan, index: NameIndex, unvouched: list[_Found]) -> list[_Found]:
    """Two small places of one country abroad joined by «و» vouch for each other («فوق حاصبيا
    ومرجعيون»): each alone is more often a common word, but two such words in a row that both
    name villages of the same neighbour country are a list of places. Only names of four letters
    or more that are no common words or stopwords, with no punctuation between them."""
    out: list[_Found] = []
    lex = index.lexicon
    for first, second in zip(unvouched, unvouched[1:]):
        if second.prefix != "و" or first.prefix not in ("", "و"):
            continue
        k = scan.word_index(second.nstart)
        if k <= 0 or scan.word_index(first.nend - 1) != k - 1 or _hard_or_comma(scan.gap(k)):
            continue
        if any(_common_or_short(f.entry.name, lex) for f in (first, second)):
            continue
        countries = {index.place_countries.get(i, "") for i in first.entry.place_ids}
        shared = countries & {index.place_countries.get(i, "") for i in second.entry.place_ids} - {"SY", ""}
        if len(shared) != 1:
            continue
        country = next(iter(shared))
        for f in (first, second):
            ids = tuple(i for i in f.entry.place_ids if index.place_countries.get(i) == country)
            if _covering(scan, f.nstart, f.nend)[0] < 0:
                f.entry = IndexEntry(f.entry.name, ids, weak=True, lam=f.entry.lam)
                _add(scan, out, f)
    return out


def _common_or_short(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` is a common word, a stopword or shorter than four letters (article aside)."""
    bare = name[2:] if name.startswith("ال") else name
    return len(bare.replace(" ", "")) < 4 or name in lex.common_names or name in lex.stopwords


#: Admin-cue levels that vouch for an article-added name («قضاء الدبس»); «في», «قرب» do not.
_UNIT_LEVELS = frozenset({"city", "governorate", "countryside"})


def _article_added_evidence(scan: _Scan, k: int, clean_gap: bool, index: NameIndex) -> bool:
    """Whether the word before word ``k`` is an admin noun of a unit («قضاء», «محافظة»,
    «مدينة»): the evidence an article-added name («الدبس» for «دبس») needs besides a trigger."""
    if k <= 0 or not clean_gap:
        return False
    cues = index.lexicon.admin_cues
    return any(cues.get(stem) in _UNIT_LEVELS for stem in _stems(scan.word(k - 1)))


def _agrees_as_adjective(scan: _Scan, f: _Found, trig: Trigger) -> bool:
    """Whether the common-word match ``f`` right after the weak trigger noun ``trig`` reads as
    an adjective agreeing with it: one indefinite word without proclitics, written with a final
    «ة», after a noun that takes feminine adjectives («منطقة», «مرتفعات»): «مرتفعات عالية» is
    high ground, while the town is written «عاليه» or comes after a strong noun."""
    name = f.entry.name
    if f.prefix or " " in name or name.startswith("ال") or not name.endswith("ه") \
            or not _takes_feminine_adjectives(trig):
        return False
    return scan.written(f.nend - 1) == "ة"


def _takes_feminine_adjectives(trig: Trigger) -> bool:
    """Whether the trigger noun takes feminine adjectives: a feminine singular («منطقة») or a
    plural of things («مرتفعات»)."""
    return trig.word.endswith(("ه", "ات"))


def _listed(scan: _Scan, f: _Found, k: int, clean_gap: bool) -> bool:
    """«… جرابلس والباب»: a name glued to «و» right after a known place continues a list of
    places (``k`` is the word of ``f``)."""
    prev_hit = scan.cover[k - 1] if k > 0 else None
    return (f.prefix[:1] == "و" and clean_gap and isinstance(prev_hit, _Found)
            and bool(prev_hit.entry.place_ids))


#: Prepositions of place or motion that open a pair of settlements («نحو X والبوكمال»).
_PAIR_OPENERS = frozenset({"نحو", "الي", "في", "من", "باتجاه", "قرب"})


def _first_of_a_pair_of_settlements(scan: _Scan, f: _Found, k: int, clean_gap: bool,
                                     index: NameIndex) -> bool:
    """Whether the weak settlement name ``f`` (no clitic, no stopword; a common word only as a
    town of the theatre: «من نوى وطفس») opens a pair with a known settlement: a preposition of
    place or motion right before it and «و» + a one-word settlement the gazetteer knows right
    after it, no punctuation between («نحو حميمة والبوكمال», «في X وتدمر»)."""
    lex = index.lexicon
    name = f.entry.name
    if f.prefix or k < 1 or not clean_gap or name in lex.stopwords or name in lex.abstract_names \
            or not _names_a_settlement(f.entry, index) or scan.word(k - 1) not in _PAIR_OPENERS:
        return False
    if name in lex.common_names and not _names_a_theatre_town(f.entry, index):
        return False  # a common word pairs with a known settlement only as a town of the theatre
    n = scan.word_index(f.nend - 1) + 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)) or scan.word(n)[:1] != "و":
        return False
    return _known_place_word(scan, n, index)


def _located_from_a_known_place(scan: _Scan, f: _Found, index: NameIndex) -> bool:
    """Whether the weak one-word definite settlement name ``f`` (no common word, no stopword) is
    located right after it by a compass word and a known settlement («جيب الحويجة غرب كركوك»,
    «الرطبة غرب الرمادي»), with no punctuation between: only a place is placed that way. Not a
    direction adverb («الحمرا شمالاً») or adjective («الشرقية»), nor a name with another clitic than «و»."""
    lex = index.lexicon
    name = f.entry.name
    if f.prefix not in ("", "و") or " " in name or not name.startswith("ال") or name in lex.common_names \
            or name in lex.stopwords or not _names_a_settlement(f.entry, index):
        return False
    n = scan.word_index(f.nend - 1) + 1
    if n <= 0 or n + 1 >= len(scan.strings) or _hard_or_comma(scan.gap(n)) or _hard_or_comma(scan.gap(n + 1)):
        return False
    direction = scan.word(n)
    if direction not in lex.directions or direction.endswith("ا") or direction.startswith("ال") \
            or not _known_place_word(scan, n + 1, index):
        return False
    reference = _strong_place_entry(_strip_conj(scan.word(n + 1))[1], index)
    return reference is not None and bool(_entry_countries(f.entry, index) & _entry_countries(reference, index))


def _entry_countries(entry: IndexEntry, index: NameIndex) -> set[str]:
    """The countries of the places ``entry`` names («المزار»: villages in Jordan; «الموصل»: Iraq), so a
    name placed from a known town counts only when both can lie in one country (review 13: «المزار
    شرق الموصل» is a shrine, not a Jordanian village)."""
    return {index.place_countries.get(i, "") for i in entry.place_ids} - {""}


def _named_by_a_road_to_it(scan: _Scan, f: _Found, k: int, clean_gap: bool, index: NameIndex) -> bool:
    """Whether the weak name ``f`` (short, no common word, no stopword, no clitic) names the end
    of the indefinite road noun right before it («على طريق التنف», «طريق الرطبة»): a road is named
    by the place it leads to. A common word stays one («طريق السلام», «طريق الحرية»), and so does a
    name of a place outside the war's countries or followed by a definite word («طريق القصر الجمهوري»:
    a palace, not the Jordanian village al-Qasr)."""
    lex = index.lexicon
    name = f.entry.name
    if f.prefix or k < 1 or not clean_gap or name in lex.common_names or name in lex.stopwords \
            or name in lex.abstract_names or not f.entry.place_ids:
        return False
    road = _without_conj(scan.word(k - 1))
    if road not in lex.roads or road.startswith("ال") or road in lex.place_context:
        return False
    # only a place of the war's countries, and not a definite noun phrase («طريق القصر الجمهوري»)
    after = scan.word_index(f.nend - 1) + 1
    if 0 < after < len(scan.strings) and not _hard_or_comma(scan.gap(after)) and scan.word(after).startswith("ال"):
        return False
    return bool(_entry_countries(f.entry, index) & _THEATRE_COUNTRIES)


def _known_place_word(scan: _Scan, j: int, index: NameIndex) -> bool:
    """Whether word ``j``, without a glued «و», is a one-word name of a settlement the gazetteer
    knows and that needs no context (no weak key, no stopword)."""
    if not 0 <= j < len(scan.strings):
        return False
    entry = _strong_place_entry(_strip_conj(scan.word(j))[1], index)
    return entry is not None and entry.name not in index.lexicon.stopwords and _names_a_settlement(entry, index)


def _names_a_settlement(entry: IndexEntry, index: NameIndex) -> bool:
    """Whether one of the places of ``entry`` is a city, town or village."""
    return any(index.place_kinds.get(i, "") in _SETTLEMENT_KINDS for i in entry.place_ids)


def _stopword_inside_a_list_of_places(scan: _Scan, f: _Found, k: int, clean_gap: bool,
                                      index: NameIndex) -> bool:
    """A settlement name that is also a common word («صدد» in «بصدد», «عنه» "about him") is
    the place when it is an item of a list of known places: glued to «و» right after a known
    place and followed, with no punctuation between, either by «و» + another known settlement
    («حمص وصدد والقريتين») or, when two known places precede it, by a direction or area cue
    that closes the list («القائم وراوة وعنه غرب الأنبار»). Alone («في صدد الحديث», «وعنه
    قال») it stays a word."""
    if not _names_a_settlement(f.entry, index) or not _listed(scan, f, k, clean_gap):
        return False
    n = k + 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return _closes_a_list_at_a_full_stop(scan, k, n)
    nxt = scan.word(n)
    if nxt[:1] == "و" and _known_place_word(scan, n, index):
        return True
    before = scan.cover[k - 2] if k > 1 else None
    return index.is_location_cue(nxt) and isinstance(before, _Found) and bool(before.entry.place_ids) \
        and not _hard_or_comma(scan.gap(k - 1))


def _closes_a_list_at_a_full_stop(scan: _Scan, k: int, n: int) -> bool:
    """Whether word ``k`` (a listed stopword-name) is the last item of a list of three or more
    places that ends its sentence («القائم وراوة وعنه.»): the known place before it is itself
    glued to «و», and a full stop (no comma) or the end of the text follows. «وعنه» (and about
    him) never ends a sentence after such a list."""
    prev_hit = scan.cover[k - 1]
    if not isinstance(prev_hit, _Found) or prev_hit.prefix[:1] != "و":
        return False
    return n >= len(scan.strings) or (_hard(scan.gap(n)) and "," not in scan.gap(n))


def _is_name_word(index: NameIndex, word: str) -> bool:
    """Whether ``word`` may be (part of) a place name (memoised per index as
    ``index.is_name_word``)."""
    lex = index.lexicon
    bare = word[2:] if word.startswith("ال") else word
    if len(bare) < 2 or not _ARABIC_RE.search(word) or any(ch.isdigit() for ch in word):
        return False  # «الـ55 كيلومتراً»: a number, never a name
    for prefix, stem in clitic_splits(word):
        if stem in _PARTICLES and prefix.endswith("ال"):
            continue  # «العلي» is a name (al-Ali): a preposition never takes the article
        if stem in lex.stopwords or stem in lex.triggers or stem in lex.directions:
            return False
        if _stopword_with_pronoun(stem, lex):
            return False  # «أبرزها», «معظمها»: a common word with a pronoun suffix
    # verbs take only the conjunctions و/ف, never ب/ك/ل: «كفر» is not «ك» + «فر» (fled)
    if _in_with_conj(word, lex.event_verbs):
        return False
    if _shaped_like_a_finite_verb(word[1:] if word[:1] in "وف" and len(word) > 5 else word):
        return False
    return word not in index.trigger_forms and word not in index.unit_forms


def _name_word_read_whole(scan: _Scan, j: int, conj_len: int, index: NameIndex) -> bool:
    """Whether word ``j`` (after a «و» of ``conj_len`` letters) is a name word when read whole,
    although a clitic reading makes it a stopword: «باي حسن» is no «بـ» + «أي», because the text
    writes a plain «ا» where the particle has a hamza. The whole form must itself be no
    stopword, trigger noun, direction or verb (a trigger noun before it vouches for the name)."""
    if _spelled_with_hamza(scan, j):
        return False
    word = scan.word(j)[conj_len:]
    lex = index.lexicon
    if len(word) < 3 or word in lex.stopwords or word in lex.triggers or word in lex.directions \
            or word in lex.event_verbs or _shaped_like_a_finite_verb(word) or not _ARABIC_RE.search(word):
        return False
    readings = [(prefix, stem) for prefix, stem in clitic_splits(word) if prefix]
    return bool(readings) and all((stem[:1] == "ا" and not stem.startswith("ال"))
                                  or _stacked_preposition(prefix, stem) for prefix, stem in readings)


#: Prepositions (normalised) that never follow a preposition clitic: «بالي» is no «بـ» + «إلى».
_UNSTACKABLE_PREPOSITIONS = frozenset({"الي", "عن", "منذ", "حتي"})


def _stacked_preposition(prefix: str, stem: str) -> bool:
    """Whether the reading ``prefix`` + ``stem`` puts a preposition clitic («ب», «ل», «ك») before
    a preposition that never takes one (``_UNSTACKABLE_PREPOSITIONS``): no real reading, so the
    word may be read whole as a name («وبالي», a village)."""
    return prefix[-1:] in ("ب", "ل", "ك") and stem in _UNSTACKABLE_PREPOSITIONS


def _shaped_like_a_finite_verb(word: str) -> bool:
    """Whether ``word`` has the shape of a finite verb, never of a name: an imperfect verb with
    an object pronoun («يقطنها», «تحاصرها»: prefix «ي»/«ت», five letters or more), an imperfect of
    the fifth or sixth form («تتحرر», «يتقدم»: «تت»/«يت»), or a
    feminine perfect of the fourth or a derived form («أعلنت», «أقيمت», «انسحبت»: «ا» without the
    article, a final «ت» that is no plural «ات»)."""
    if len(word) < 5:
        return False
    if word[0] in "يت" and word.endswith(_PRONOUN_SUFFIXES):
        return True
    if word[:2] in ("تت", "يت"):
        return True  # «تتحرر», «يتقدم»: an imperfect of the fifth/sixth form (no name starts so)
    return word[0] == "ا" and not word.startswith("ال") and word.endswith("ت") \
        and not word.endswith("ات") and len(word) <= 7


def _stopword_with_pronoun(stem: str, lex: Lexicon) -> bool:
    """Whether ``stem`` is a stopword plus a pronoun suffix («أبرزها», «بعضهم»): a name never
    takes one."""
    for suffix in _PRONOUN_SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 2 and stem[:-len(suffix)] in lex.stopwords:
            return True
    return False


#: Prepositions (normalised) that are stopwords but never take the article: a word made of «ال»
#: + one of them is a name («العلي», al-Ali), not the preposition «على».
_PARTICLES = frozenset({"علي", "الي", "في", "من", "عن", "مع", "حتي", "لدي", "منذ"})
#: The name Ali, which normalises like the preposition «على».
_ALI = "علي"


def _name_word_after_head(scan: _Scan, n: int, index: NameIndex) -> bool:
    """Whether word ``n``, right after a name head («الشيخ», «أبو», «تل» …), continues the name:
    a name word, or «علي» written with a dotted «ي» («تلال الشيخ علي», «أبو علي»; the
    preposition is written «على»)."""
    word = scan.word(n)
    if index.is_name_word(word):
        return True
    return word == _ALI and scan.written(scan.word_end(n) - 1) == "ي"


def _area_cue(index: NameIndex, word: str) -> bool:
    """Whether ``word`` names the countryside or governorate a list of places lies in («بريف»,
    «في ريف», «محافظة»): the cue that makes a «و»-chain around a known settlement a list of
    places. A direction or «في» is not enough («مورك والحواجز شمال حماة»: checkpoints)."""
    lex = index.lexicon
    return any(lex.admin_cues.get(st) in ("countryside", "governorate") for st in _stems(word))


def _is_location_cue(index: NameIndex, word: str) -> bool:
    """Whether a stem of ``word`` is an admin cue or a direction (memoised per index as
    ``index.is_location_cue``)."""
    lex = index.lexicon
    return any(st in lex.admin_cues or st in lex.directions for st in _stems(word))


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
    scan.cover = [None] * len(scan.strings)
    kept: list[_Found] = []
    unvouched: list[_Found] = []  # dropped for want of evidence only (see _vouched_repeats)
    blocked_spans = _block_patterns(scan, index) + _group_name_spans(scan, index)
    for a, b in blocked_spans:
        scan.mark(_BLOCK, a, b)
    for f in _raw_matches(scan, index):
        if blocked_spans and any(a <= f.nstart and f.nend <= b for a, b in blocked_spans):
            continue
        if f.entry.role == "block":
            scan.mark(_BLOCK, f.nstart, f.nend)
            continue
        if f.entry.role == "facility":
            f.kind_hint = f.entry.kind
            f.trigger = f.entry.name
            _add(scan, kept, f)
            continue
        ok, trigger, kind_hint, occupy = _context_ok(scan, f, index)
        if not ok and not occupy and f.entry.weak and " " in f.key:
            inner = _without_head(f, index)  # «قضاء الحويجة»: «الحويجة» after its cue
            if inner is not None:
                f = inner
                ok, trigger, kind_hint, occupy = _context_ok(scan, f, index)
        if ok:
            f.trigger, f.kind_hint = trigger, kind_hint
            _add(scan, kept, f)
        elif occupy:
            scan.mark(_BLOCK, f.nstart, f.nend)
        elif kind_hint == _NO_EVIDENCE:
            unvouched.append(f)
    kept.extend(_vouched_repeats(scan, index, kept, unvouched))
    kept.extend(_paired_places_abroad(scan, index, unvouched))
    kept.extend(_glued_pairs(scan, index))
    kept.extend(_context_places(scan, index))
    kept.extend(_units_abroad(scan, index))
    kept.extend(_locative_places(scan, index))
    kept.extend(_stationed_places(scan, index))
    kept.extend(_coordinated_places(scan, index, kept))
    kept.extend(_road_ends(scan, index))
    kept.extend(_highway_numbers(scan, index))
    kept = [f for f in kept if f.entry.role != "dropped"]
    kept.extend(_repeat_unknown(scan, index, kept))
    kept.sort(key=lambda f: f.nstart)
    if kept and _cut_at_text_end(scan, kept[-1], index):
        kept.pop()
    mentions: list[Mention] = []
    for f in kept:
        nstart = f.tstart if f.tstart >= 0 else f.nstart
        start, end = scan.original(nstart, f.nend)
        mentions.append(Mention(surface=text[start:end], start=start, end=end, key=f.entry.name,
                                candidates=_known_candidates(f.entry, index), trigger=f.trigger,
                                kind_hint=f.kind_hint))
    return mentions


def _known_candidates(entry: IndexEntry, index: NameIndex) -> tuple[str, ...]:
    """The gazetteer places of ``entry``; for a name admitted as unknown by a list or trigger
    rule whose key the gazetteer does know as a common-word place («أبرزها الحراك وناحتة»:
    «الحراك» needs context on its own), the places of that key, so that it is not resolved as
    an unknown name placed at a neighbour."""
    if entry.role != "unknown" or entry.place_ids:
        return entry.place_ids
    known = index.entries.get(entry.name)
    return known.place_ids if known is not None and known.role == "place" else ()


#: How many longer gazetteer keys are looked at for a name cut at the end of a text.
_CUT_CONTINUATIONS = 64
#: Characters of the shortest text read as a scraped opening cut after a fixed length (a
#: sentence or headline shorter than this is whole even without final punctuation).
_CUT_TEXT_MIN_CHARS = 500


def _text_cut_mid_word(scan: _Scan) -> bool:
    """Whether the text is long and stops on a letter or digit, with no final punctuation (a
    scraped opening cut after a fixed number of characters: its last word may be a fragment)."""
    body = scan.s.rstrip()
    return len(body) >= _CUT_TEXT_MIN_CHARS and body[-1].isalnum()


def _cut_at_text_end(scan: _Scan, f: _Found, index: NameIndex) -> bool:
    """Whether ``f`` may be the fragment of a longer word cut off by the end of the text.

    Only a mention ending the text exactly, when a long text stops on a letter, is in doubt
    («… على مدينة سرا» is «سراقب» cut short). A name the gazetteer does not know is then
    dropped (nothing but the cut word vouches for it); a known name is kept unless it is a
    minor place whose key begins a longer key of a city, governorate or other place of note
    and continues its word (the cut word more likely belongs to that one; a longer name that
    adds a word, with or without the space, does not count). A complete known name of note
    («… في حلب») stays.

    Kept on purpose for any text of a scraped opening's length that stops on a letter, an
    unknown name after a trigger noun included («… على مدينة سرا»): the cut corpus ends such
    openings mid-word, and an unknown name there has no other support. A text shorter than a
    scraped opening (:data:`_CUT_TEXT_MIN_CHARS`: a headline, a sentence) is read as whole, so
    its last name stays even unknown («… بلدة الجفرة»), as does any name before final
    punctuation.
    """
    body_end = len(scan.s.rstrip())
    if f.nend != body_end or not _text_cut_mid_word(scan):
        return False
    if not f.entry.place_ids:
        return True
    kinds = index.place_kinds
    if any(kinds.get(pid, "") in _IMPORTANT_KINDS for pid in f.entry.place_ids):
        return False
    entries = index.entries
    for key in islice(index.automaton.keys(f.key), _CUT_CONTINUATIONS):
        entry = entries.get(key)
        rest = key[len(f.key):]
        if not rest or rest[0] == " " or entry is None or entry.role != "place" or entry.weak \
                or f.key + " " + rest in entries:  # (the word itself is whole: «القلمون الشرقي»,
            continue  # «القلمونالشرقي»)
        if any(kinds.get(pid, "") in _IMPORTANT_KINDS for pid in entry.place_ids):
            return True
    return False


#: A «و» inside a word with at least three letters on either side (where two names may be
#: glued). It starts with the letter itself, so the regex engine jumps from «و» to «و».
_INNER_WAW_RE = re.compile(r"و(?=[^\W_]{3})(?<=[^\W_]{4})")


def _glued_pairs(scan: _Scan, index: NameIndex) -> list[_Found]:
    """Two names run together by a missing space: «سورياوالعراق» → «سوريا» + «والعراق»."""
    out: list[_Found] = []
    entries = index.entries
    done = -1  # the last word looked at (a word may hold several inner «و»)
    for match in _INNER_WAW_RE.finditer(scan.s):
        k = scan.word_index(match.start())
        if k == done or scan.cover[k] is not None:
            continue
        done = k
        a = scan.word_starts[k]
        word = scan.strings[k]
        b = a + len(word)
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
    lex = index.lexicon
    for f in kept:
        if f.entry.role != "unknown" or f.key != f.entry.name:
            continue
        if " " not in f.key:
            bare = f.key[2:] if f.key.startswith("ال") else f.key
            if len(bare) >= 3 and f.key not in lex.common_names:
                names.setdefault(f.key, f)
        else:
            inner = _headed_inner_name(f.key, lex)
            if inner:  # «وادي عين ترما» … «قصفت عين ترما»: the site is named after the place
                names.setdefault(inner, _Found(f.nstart, f.nend, inner, IndexEntry(inner, (), role="unknown"), ""))
    out: list[_Found] = []
    s = scan.s
    occurrences = _occurrences(s, list(names))
    for name, src in names.items():
        for pos in occurrences(name):
            end = pos + len(name)
            k = scan.word_index(pos)
            last = scan.word_index(end - 1)
            if k >= 0 and last >= k and scan.word_end(last) == end \
                    and all(scan.cover[i] is None for i in range(k, last + 1)):
                wstart = scan.word_starts[k]
                prefix = s[wstart:pos]
                if prefix in PROCLITICS:
                    _add(scan, out, _Found(wstart, end, name, src.entry, prefix,
                                           kind_hint=src.kind_hint))
    return out


#: Name heads that also open names of people or tribes (kunyas, «بني»).
_PERSON_HEADS = frozenset({"ابو", "ام", "البو", "بني", "شيخ", "سيدي", "عرب"})


def _headed_inner_name(key: str, lex: Lexicon) -> str:
    """The name inside an unknown «trigger noun + name head + word» («وادي عين ترما» → «عين
    ترما», «جبل رأس X» → «رأس X»): a name head and its word name a place of their own, which
    the article may name again without the trigger; "" for other names and for heads that also
    name people («تل أبو زيد»: «أبو زيد» alone may be a man)."""
    words = key.split(" ")
    if len(words) != 3 or words[0] not in lex.triggers or words[1] not in lex.name_heads \
            or words[1] in lex.triggers or words[1] in lex.person_cues or words[1] in _PERSON_HEADS:
        return ""  # («أبو زيد», «بني X», «الشيخ X» also name people)
    return " ".join(words[1:])


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
    while 0 <= k < len(scan.strings) and scan.word_starts[k] < b:
        f = scan.cover[k]
        if f is not None:
            if f is _BLOCK:
                return scan.word_end(k), None
            return f.nend, f
        k += 1
    return -1, None


def _without_conj(word: str) -> str:
    """``word`` without a glued «و»/«ف» when more than two letters remain («وقال» → «قال»)."""
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


def _in_with_conj(word: str, words: Container[str]) -> bool:
    """Whether ``word`` is in ``words``, as it is or after a glued «و»/«ف» («وقال», «فتقدمت»)."""
    return word in words or (word[:1] in "وف" and word[1:] in words)


def _strip_conj(word: str) -> tuple[str, str]:
    if len(word) >= 3 and word[0] in "وف" and word[1] != word[0]:
        return word[0], word[1:]
    return "", word


def _context_places(scan: _Scan, index: NameIndex) -> list[_Found]:
    """Unknown places (and kind hints of known ones) introduced by trigger nouns and unit nouns."""
    lex = index.lexicon
    s = scan.s
    out: list[_Found] = []
    nwords = len(scan.strings)
    forms = index.scan_forms
    todo = list(compress(range(nwords), map(forms.__contains__, scan.strings)))
    k = -1
    for start_k in todo:
        if start_k < k:
            continue
        k = start_k
        word = scan.word(k)
        a0 = scan.word_starts[k]
        if scan.cover[k] is not None:
            continue
        # Military units: «الفوج 137», «اللواء 137», «الكتيبة السابعة».
        if word in index.unit_forms and k + 1 < nwords and not _hard(scan.gap(k + 1)):
            nxt = scan.word(k + 1)
            if (nxt.isdigit() or (nxt in lex.ordinals
                                  and not _formation_without_site(scan, k, index.unit_forms[word], lex))) \
                    and not _formation_of_members(scan, k, lex):
                prefix = index.unit_forms[word]
                name = s[a0 + len(prefix):scan.word_end(k + 1)]
                if name.startswith("ل") and not name.startswith("ال"):
                    name = "ا" + name
                entry = IndexEntry(name, (), role="unknown")
                _add(scan, out, _Found(a0, scan.word_end(k + 1), name, entry, prefix, trigger=name.split(" ")[0],
                                  kind_hint="military_base"))
                k += 2
                continue
        if word not in index.trigger_forms:
            k += 1
            continue
        prefix, trig = index.trigger_forms[word]
        if not prefix and not trig.plural and _after_an_elative(scan, k, lex):
            k += 1  # «أكبر مدينة يسيطر عليها»: the largest city, no name after it
            continue
        if not trig.hamza and _spelled_with_hamza(scan, k):
            k += 1  # «وأدى القصف إلى …» (and led to) normalises like «وادي»
            continue
        if trig.plural and trig.hamza and _written_with_hamza_below(scan, k, len(prefix)):
            k += 1  # «إحياء الذكرى» (reviving, a verbal noun إفعال) is not «أحياء» (a plural أفعال)
            continue
        k = _walk_list(scan, index, out, k, prefix, trig)
    for marker in compress(range(nwords), map(_EXAMPLE_MARKERS.__contains__, scan.strings)):
        trig_found = _plural_trigger_before_examples(scan, marker, index)
        if trig_found is not None and scan.cover[marker] is None:
            _walk_list(scan, index, out, marker, "", trig_found)
    return out


#: Words that introduce examples of the plural noun before them («الأحياء الشمالية مثل X وY»,
#: «قرى عدة منها X»).
_EXAMPLE_MARKERS = frozenset({"مثل", "ومثل", "منها", "ومنها", "ابرزها", "وابرزها", "بينها"})
#: How many words (definite adjectives) may stand between the plural noun and the example marker.
_EXAMPLE_GAP_WORDS = 2


def _plural_trigger_before_examples(scan: _Scan, marker: int, index: NameIndex) -> Trigger | None:
    """The strong plural trigger noun, definite or not, that the example marker at word
    ``marker`` follows, with at most two definite adjectives (or «عدة») between and no
    punctuation («في الأحياء الوسطى والشمالية مثل البدو والنهضة»: the examples are
    neighbourhoods; a comma may stand right before the marker: «بلدات عدة، أبرزها X وY»), or
    with one «في» + area phrase of definite words between («القرى في الريف الشرقي للمحافظة،
    أبرزها X وY»); None when there is none."""
    between = 0  # words crossed since the marker, or since the «في» of an area phrase
    crossed = False  # whether a «في» + area phrase («في الريف الشرقي للمحافظة») was crossed
    with_lam = False  # whether an «لل» word was crossed (only inside such a phrase)
    for back in range(marker - 1, max(-1, marker - 3 - _EXAMPLE_GAP_WORDS - _AREA_PHRASE_WORDS), -1):
        gap = scan.gap(back + 1)
        if _hard(gap) or ("," in gap and back + 1 != marker) or scan.cover[back] is not None:
            return None
        word = scan.word(back)
        for form in (word, word[2:] if word.startswith("ال") else "", word[3:] if word.startswith("وال") else ""):
            found = index.trigger_forms.get(form) if form else None
            if found is not None and found[1].plural and found[1].strong and found[0] in ("", "و"):
                return found[1] if between <= _EXAMPLE_GAP_WORDS and (crossed or not with_lam) else None
        if word == "في" and not crossed and 0 < between <= _AREA_PHRASE_WORDS:
            crossed, between = True, 0  # «القرى في الريفين الشرقي والشمالي الشرقي للمحافظة، أبرزها»
            continue
        if not (word.startswith(("ال", "وال", "لل")) or word == "عده"):
            return None
        with_lam = with_lam or (word.startswith("لل") and not crossed)
        between += 1
        if between > (_EXAMPLE_GAP_WORDS if crossed else _AREA_PHRASE_WORDS):
            return None
    return None


#: How many more words a «في» + area phrase («في الريف الشرقي للمحافظة») may add between a
#: plural trigger noun and its example marker.
_AREA_PHRASE_WORDS = 6


def _locative_places(scan: _Scan, index: NameIndex) -> list[_Found]:
    """Unknown places named right after a locative noun or a direction (``locatives.txt``,
    ``directions.tsv``) when the words after it have a proper name's shape: a name head and its
    word («شرق أبو X», «على مشارف أم Y»), or, after a locative noun only, one definite name word
    that closes the phrase («في محيط الملاهي،», «من جهة الحمدان.»). Common nouns after them
    («محيط المدينة», «من جهة أخرى», «شرق البلاد») are stopwords; a relative adjective, a name tail
    or a known name is never read so."""
    forms = index.locative_forms
    lex = index.lexicon
    out: list[_Found] = []
    nwords = len(scan.strings)
    for k in compress(range(nwords), map(forms.__contains__, scan.strings)):
        n = k + 1
        if scan.cover[k] is not None or n >= nwords or _hard_or_comma(scan.gap(n)) or scan.cover[n] is not None:
            continue
        word = scan.word(n)
        if word in lex.name_heads:
            if word in _KUNYA_HEADS and any(st in lex.party_locatives for st in _stems(scan.word(k))):
                continue  # «من جهة أبو عمر»: from Abu Omar's side, a person
            if word in lex.landmark_heads or not _free_head_and_word(scan, index, n):
                continue
            last = n + 1
        elif forms[scan.word(k)] and (_closing_definite_name(scan, n, index)
                                      or _closing_bare_name(scan, n, index)):
            last = n
        else:
            continue
        a, b = scan.word_starts[n], scan.word_end(last)
        name = scan.s[a:b]
        _add(scan, out, _Found(a, b, name, IndexEntry(name, (), role="unknown"), ""))
    return out


def _units_abroad(scan: _Scan, index: NameIndex) -> list[_Found]:
    """First-level units abroad the gazetteer lacks, named without a unit noun («غربي الأنبار»,
    «بين الأنبار ونينوى»; ``units_abroad.tsv``): unknown names with the governorate kind hint,
    which the resolver places at their country. A word a trigger noun or a blocked phrase took
    stays taken."""
    forms = index.unit_abroad_forms
    out: list[_Found] = []
    if not forms:
        return out
    for k in compress(range(len(scan.strings)), map(forms.__contains__, scan.strings)):
        if scan.cover[k] is not None or _not_a_unit_abroad(scan, k, index):
            continue
        prefix, name = forms[scan.strings[k]]
        a = scan.word_starts[k]
        _add(scan, out, _Found(a, scan.word_end(k), name, IndexEntry(name, (), role="unknown"), prefix,
                               kind_hint="governorate"))
    return out


#: Quantifiers (normalised) before a plural common noun («في شتى البقاع», «مختلف البقاع»).
_QUANTIFIERS = frozenset({"شتي", "مختلف", "جميع", "كل", "كافه", "سائر", "بعض", "اغلب", "معظم"})


def _not_a_unit_abroad(scan: _Scan, k: int, index: NameIndex) -> bool:
    """Whether the name of a unit abroad at word ``k`` is another word in its context: a plural
    common noun after a quantifier, a superlative «أفعل» or «غيرها من» («في شتى البقاع», «من
    أجمل البقاع», «وغيرها من البقاع»), after a noun of ``common:`` lines of media_cues.txt (a club:
    «نادي الأنبار»), or a person's name: the subject right after a speech
    verb, or a surname after a first name that follows a title or a speech verb («وقالت نينوى
    حداد», «صرح المحامي سامر عكار»)."""
    if k == 0 or _hard_or_comma(scan.gap(k)):
        return False
    lex = index.lexicon
    before = scan.word(k - 1)
    bare = _without_conj(before)
    if bare in _QUANTIFIERS or (len(before) == 4 and before[0] == "ا" and before[1] != "ل"):
        return True
    if before == "من" and k >= 2 and scan.word(k - 2).lstrip("و").startswith("غير"):
        return True
    if bare in lex.speech_verbs or before in lex.person_cues:
        return True
    if index.prev_word_cues(before).common:  # «نادي الأنبار»: a club named after the unit
        return True
    if k < 2 or _hard_or_comma(scan.gap(k - 1)) or scan.cover[k - 1] is not None or before.startswith("ال") \
            or before[:1] == "و" or not index.is_name_word(before):
        return False
    title = scan.word(k - 2)
    return title in lex.person_cues or title.lstrip("وف") in lex.speech_verbs


def _is_stationed_participle(index: NameIndex, word: str) -> bool:
    """Whether ``word`` is a participle of position («المتمركزة», «والمنتشرة»: a stem of its
    clitic splits is a ``stationed:`` line of locatives.txt)."""
    stationed = index.lexicon.stationed
    return any(stem in stationed for stem in _stems(word))


def _stationed_places(scan: _Scan, index: NameIndex) -> list[_Found]:
    """Unknown places named after a participle of position and «في» («قوات النظام المتمركزة في
    جورين», «المنتشرة في أبو X»): a name head and its word, or one free indefinite name word (not
    a plural, a verbal noun or a relative adjective; no pronoun suffix). A definite word after
    them is read only when it closes the phrase (see :func:`_closing_definite_name`: «المتمركزة
    في المنطقة» is a common noun)."""
    stationed = index.lexicon.stationed
    out: list[_Found] = []
    nwords = len(scan.strings)
    if not stationed:
        return out
    for k in compress(range(1, nwords - 1), map("في".__eq__, scan.strings[1:nwords - 1])):
        if scan.cover[k + 1] is not None or _hard_or_comma(scan.gap(k)) \
                or _hard_or_comma(scan.gap(k + 1)) \
                or not index.is_stationed_participle(scan.word(k - 1)):
            continue
        n = k + 1
        word = scan.word(n)
        if word in index.lexicon.name_heads:
            if not _free_head_and_word(scan, index, n):
                continue
            last = n + 1
        elif word.startswith("ال"):
            if not _closing_definite_name(scan, n, index):
                continue
            last = n
        elif _no_bare_name(scan, n, index) or _plural_common_noun(word) or _broken_plural_afila(word) \
                or _construct_or_plural_after_stationed(scan, n, index) \
                or _common_noun_after_stationed(scan, n, index):
            continue
        else:
            last = n
        a, b = scan.word_starts[n], scan.word_end(last)
        name = scan.s[a:b]
        _add(scan, out, _Found(a, b, name, IndexEntry(name, (), role="unknown"), ""))
    return out


def _construct_or_plural_after_stationed(scan: _Scan, n: int, index: NameIndex) -> bool:
    """Whether the indefinite word ``n`` after «المتمركزة في» is a common noun: it heads a
    construct (a definite word that is no name tail follows: «في بيوت المدنيين», «في مبنى
    البلدية») or has the shape of the broken plural «فعالل» («خنادق», «فنادق»)."""
    word = scan.word(n)
    if len(word) == 5 and word[2] == "ا":
        return True
    if n + 1 >= len(scan.strings) or _hard_or_comma(scan.gap(n + 1)):
        return False
    nxt = scan.word(n + 1)
    return nxt.startswith("ال") and nxt not in index.lexicon.name_tails


def _common_noun_after_stationed(scan: _Scan, n: int, index: NameIndex) -> bool:
    """Whether the indefinite word ``n`` after «المتمركزة في» is a common noun: it carries the
    pronoun «نا» or a written «ه» («في بلدنا», «في حينه»), has a plural shape «فعول» or «…ات»
    («بيوت», «ثكنات»), or an indefinite adjective follows it («في بساتين قريبة», «في مكان
    قريب»: a name takes no indefinite adjective; «فعالين» is a village shape too: «حزارين»)."""
    word = scan.word(n)
    size = len(word)
    if (word.endswith("نا") and size >= 4) or (word.endswith("ه") and scan.written(scan.word_end(n) - 1) == "ه"):
        return True
    if (size == 4 and word[2] == "و") or (size >= 5 and word.endswith("ات")):
        return True
    return _indefinite_adjective_at(scan, n + 1, index)


def _indefinite_adjective_at(scan: _Scan, m: int, index: NameIndex) -> bool:
    """Whether word ``m`` is an untaken indefinite adjective joined to the word before it: a
    feminine «…ة», a relative adjective «…ي» or the shape «فعيل» («قديمة», «جبلية», «قريب»), and
    no trigger noun, name tail, location cue or prepositional phrase («بالمدفعية»)."""
    if m >= len(scan.strings) or _hard_or_comma(scan.gap(m)) or scan.cover[m] is not None:
        return False
    word = scan.word(m)
    lex = index.lexicon
    if word.startswith(("ال",) + _PREPOSITION_ARTICLE) or word[:1] == "و" or word in lex.triggers or word in lex.name_tails \
            or index.is_location_cue(word) or _shaped_like_a_finite_verb(word):
        return False
    return (word.endswith("ه") and scan.written(scan.word_end(m) - 1) == "ة") or _nisba_like(word) \
        or (word.endswith("ي") and len(word) >= 4) or (len(word) == 4 and word[2] == "ي")


def _broken_plural_afila(word: str) -> bool:
    """Whether an indefinite word has the shape of the broken plural «أفعلة» («أبنية», «أسلحة»,
    «أودية»): buildings or weapons, not a place where a force stands."""
    return len(word) == 5 and word[0] == "ا" and word[-1] == "ه"


#: Name heads that make a kunya («أبو عمر», «أم محمد»), normalised.
_KUNYA_HEADS = frozenset({"ابو", "ام"})


def _closing_definite_name(scan: _Scan, n: int, index: NameIndex) -> bool:
    """Whether word ``n`` is a definite name word the gazetteer lacks (no relative adjective, no
    name tail) with punctuation or the end of the text right after it."""
    word = scan.word(n)
    if not (word.startswith("ال") and len(word) >= 5 and index.is_name_word(word)) or _nisba_like(word) \
            or word in index.lexicon.name_tails or word in index.entries or _common_noun_after_locative(word[2:]):
        return False
    return n + 1 >= len(scan.strings) or _hard_or_comma(scan.gap(n + 1))


def _closing_bare_name(scan: _Scan, n: int, index: NameIndex) -> bool:
    """Whether word ``n`` after a locative noun is an indefinite name word the gazetteer lacks
    that closes the phrase (punctuation or the end of the text right after it: «في محيط كباني.»).
    A word in «ة» is not read (a feminine adjective: «من جهة ثانية،», «من جهة معاكسة.»), nor a
    plural, a verbal noun, a noun of place («في محيط مخبز») or an ordinal."""
    word = scan.word(n)
    if _no_bare_name(scan, n, index) or word.endswith("ه") or word in index.lexicon.ordinals \
            or _common_noun_after_locative(word) or _broken_plural_afila(word):
        return False
    return (n + 1 >= len(scan.strings) or _hard_or_comma(scan.gap(n + 1))) and _war_sentence(scan, n, index)


def _war_sentence(scan: _Scan, n: int, index: NameIndex) -> bool:
    """Whether the sentence of word ``n`` (between hard stops) holds a known place match or an
    event verb of the claims lexicon («صدت», «تقدمت»): a bare word closing a phrase after
    «محيط/مشارف/تخوم» is read as a name only in such a sentence («صدت هجوما في محيط X.»), not
    in «في محيط هادئ.» or «على مشارف لقب.»."""
    nwords = len(scan.strings)
    first = n
    while first > 0 and not _hard(scan.gap(first)):
        first -= 1
    last = n
    while last + 1 < nwords and not _hard(scan.gap(last + 1)):
        last += 1
    verbs = index.lexicon.event_verbs
    return any(isinstance(f, _Found) and f.entry.role == "place" and bool(f.entry.place_ids)
               for f in scan.cover[first:last + 1]) \
        or any(_in_with_conj(w, verbs) for w in scan.strings[first:last + 1])


def _common_noun_after_locative(stem: str) -> bool:
    """Whether the stem of a definite word after a locative noun has a common noun's shape: a
    plural (:func:`_plural_common_noun`: «مشارف الانتخابات»), a noun of place «مَفعَل»/«مَفعَلة»
    («محيط الملعب», «محيط المصفاة») or a feminine participle «فاعلة» («محيط الجامعة»). (Village
    names in «ة» of other shapes stay readable: «محيط الطويبة،».)"""
    n = len(stem)
    return _plural_common_noun(stem) or (n == 4 and stem[0] == "م") \
        or (n == 5 and stem.endswith("ه") and (stem[0] == "م" or stem[1] == "ا"))


def _formation_of_members(scan: _Scan, k: int, lex: Lexicon) -> bool:
    """Whether the unit noun at word ``k`` names a formation rather than its base: members
    stand before it, with or without «من» («عناصر من «الفرقة الرابعة»», «ضباط من مرتبات
    الفرقة الرابعة», «قوات الفرقة الرابعة»)."""
    back = k - 1
    if back >= 0 and not _hard_or_comma(scan.gap(k)) and scan.word(back) in ("من", "ومن"):
        back -= 1
    if back < 0 or _hard_or_comma(scan.gap(back + 1)):
        return False
    word = scan.word(back)
    bare = _without_conj(word)
    return word in lex.unit_members or bare in lex.unit_members


def _formation_without_site(scan: _Scan, k: int, prefix: str, lex: Lexicon) -> bool:
    """Whether the unit noun at word ``k`` (with proclitic ``prefix``) is a formation too large
    to be one base («الفرقة الرابعة»: a division) and no site noun stands right before it
    («مقر الفرقة الرابعة» is a place)."""
    word = scan.word(k)[len(prefix):]
    bare = word[2:] if word.startswith("ال") else word
    if bare not in lex.formations:
        return False
    if k == 0 or _hard_or_comma(scan.gap(k)):
        return True
    before = scan.word(k - 1)
    return not any(stem in lex.unit_sites for stem in _stems(before))


def _written_with_hamza_below(scan: _Scan, k: int, clitic: int) -> bool:
    """Whether word ``k`` (after ``clitic`` normalised letters of clitics) opens with «إ» in the
    original text: a broken plural of the pattern أفعال («أحياء») written so is the verbal noun
    إفعال («إحياء الذكرى»), never the plural."""
    a = scan.word_starts[k] + clitic
    if a >= len(scan.map):
        return False
    return scan.text[scan.map[a]:scan.map[a] + 1] == "إ"


def _spelled_with_hamza(scan: _Scan, k: int) -> bool:
    """Whether word ``k`` is written with a hamza or madda on an alef in the original text
    (normalisation writes those alefs «ا»: a word without «ا» has none)."""
    if "ا" not in scan.strings[k]:
        return False
    a = scan.word_starts[k]
    original = scan.text[scan.map[a]:scan.map[a + len(scan.strings[k]) - 1] + 1]
    return not HAMZA_ALEFS.isdisjoint(original)


#: Kinds of a known place whose coordinated neighbours are read as places of the same list.
_LIST_ANCHOR_KINDS = _SETTLEMENT_KINDS | {"neighbourhood"}
#: Kinds that make a name too ambiguous to anchor a list («حلب»: a city and a governorate).
_NOT_ANCHOR_KINDS = frozenset({"country", "governorate", "region", "sea", "river", "district"})


def _anchors_lists(index: NameIndex, place_ids: tuple[str, ...]) -> bool:
    """Whether a name with these candidates is a settlement's, never a wider area's
    (memoised per index as ``index.anchors_lists``)."""
    kinds = {index.place_kinds.get(i, "") for i in place_ids}
    return not kinds.isdisjoint(_LIST_ANCHOR_KINDS) and kinds.isdisjoint(_NOT_ANCHOR_KINDS)


def _list_anchor(f: Any, index: NameIndex) -> bool:
    """Whether ``f`` is a known settlement that may anchor a list of untriggered names."""
    return isinstance(f, _Found) and f.entry.role == "place" and bool(f.entry.place_ids) \
        and index.anchors_lists(f.entry.place_ids)


def _chain_member(f: Any, index: NameIndex) -> bool:
    """Whether ``f`` is a known place that may stand inside a list around a settlement: a
    settlement, or any known place but a country, a region, a sea or a river («البصيرة»: a town
    and a subdistrict)."""
    if not (isinstance(f, _Found) and f.entry.role == "place" and f.entry.place_ids):
        return False
    return index.stands_in_lists(f.entry.place_ids)  # (every list anchor passes this too)


def _stands_in_lists(index: NameIndex, place_ids: tuple[str, ...]) -> bool:
    """Whether no place of these candidates is of a kind that ends a list of settlements
    (:data:`_NOT_CHAIN_KINDS`; memoised per index as ``index.stands_in_lists``)."""
    return {index.place_kinds.get(i, "") for i in place_ids}.isdisjoint(_NOT_CHAIN_KINDS)


#: Kinds of a known name that end a list of settlements rather than continue it.
_NOT_CHAIN_KINDS = frozenset({"country", "sea", "river", "region"})


def _free_definite_name(scan: _Scan, n: int, index: NameIndex, conj: bool, short: bool = False) -> bool:
    """Whether word ``n`` is untaken and reads as a definite name («اللطامنة»; with ``conj`` it
    must be glued to «و»: «والحمدان»; with ``short`` a name of two letters after the article is
    enough: «، الزر،» between commas)."""
    if scan.cover[n] is not None:
        return False
    word = scan.word(n)
    if conj:
        if word[:1] != "و" or not index.is_name_word(word):
            return False
        word = word[1:]
    return word.startswith("ال") and len(word) >= (4 if short else 5) and index.is_name_word(word)


def _plural_common_noun(stem: str) -> bool:
    """Whether the stem of a definite word (without «ال») has the shape of a plural common noun,
    never read as an unknown place on its own: the sound feminine plural of a verbal noun
    («تجمعات», «انتخابات», «مفاوضات»; village names in «ات» are kept: «الكسارات», «القنيطرات»), a broken plural «أفعال» («أسواق», «أطفال») or «مفاعل»/«مفاعيل»
    («مدارس», «محاصيل»). Villages of these shapes («الحماميات») need stronger evidence."""
    n = len(stem)
    return (n >= 6 and stem.endswith("ات") and (_shaped_like_a_verbal_noun(stem[:-2])
                                                or (n == 6 and stem[0] == "ت")
                                                or (n == 7 and stem[0] == "م" and stem[2] == "ا"))) \
        or (n == 5 and stem[0] == "ا" and stem[3] == "ا") \
        or (n in (5, 6) and stem[0] == "م" and stem[2] == "ا" and not stem.endswith("ي")) \
        or (n == 6 and stem[0] == "م" and stem[2] == "ا" and stem[4] == "ي")


#: Words that open a list of places before its first item: «في X وY», «كلاً من X وY».
#: (normalised: «على» → «علي», «إلى» → «الي»: a list of targets or destinations, «غارات على X وY»)
_TARGET_OPENERS = frozenset({"علي", "الي"})
_LIST_OPENERS = frozenset({"في"}) | _TARGET_OPENERS
#: Known places a list opened by «على»/«إلى» needs to hold definite unknown names («سيطر على
#: مورك والحواجز»: checkpoints).
_TARGET_LIST_KNOWN = 2
_EACH_OF = frozenset({"كلا", "كل"})


def _no_bare_name(scan: _Scan, n: int, index: NameIndex) -> bool:
    """Whether word ``n`` cannot be read as one bare indefinite name word on its own: it has a
    glued «و» (the next item of a list), a verbal noun's shape, or :func:`_free_bare_name`
    rejects it. The shared first test of the bare-word readers; each adds its own shapes."""
    word = scan.word(n)
    return word[:1] == "و" or _shaped_like_a_verbal_noun(word) or not _free_bare_name(scan, n, index)


def _free_bare_name(scan: _Scan, n: int, index: NameIndex) -> bool:
    """Whether word ``n`` is untaken and reads as an indefinite name, with or without a glued
    «و» («مسرابا», «وحمورية»): a name word of three letters or more, not a plural or dual
    relative adjective («عسكريين», «سكنيات») and without a pronoun suffix («وريفها»). (A final
    «ية» is common in village names: «حمورية».)"""
    if scan.cover[n] is not None:
        return False
    word = scan.word(n)
    stem = word[1:] if word[:1] == "و" and len(word) > 3 else word
    if stem.startswith("ال") or len(stem) < 3 or (_nisba_like(stem) and not stem.endswith("يه")) \
            or stem.endswith(_PRONOUN_SUFFIXES):
        return False
    return index.is_name_word(word) and index.is_name_word(stem)


def _opened_list(scan: _Scan, first: int, after: int, index: NameIndex) -> bool:
    """Whether the «و»-chain from word ``first`` to before word ``after`` is a list of places of
    its own: opened by «في» or «كلاً من» right before its first item (which has no «و»), and
    closed by punctuation, the end of the text or a location cue («في ريف …», «شرق …»)."""
    if first <= 0 or scan.word(first)[:1] == "و":
        return False  # the first item carries a «و»: the list began earlier
    if _hard_or_comma(scan.gap(first)):
        return False
    before = scan.word(first - 1)
    opened = before in _LIST_OPENERS or (before == "من" and first >= 2 and scan.word(first - 2) in _EACH_OF
                                         and not _hard_or_comma(scan.gap(first - 1)))
    if not opened:
        return False
    if after >= len(scan.strings) or _hard_or_comma(scan.gap(after)) \
            or _closed_by_other_settlements(scan, after, index):
        return True
    return before not in _TARGET_OPENERS and index.is_location_cue(scan.word(after))


#: Known settlements a list opened by an example marker needs («أبرزها حلب وحمص وX،»).
_EXAMPLE_LIST_KNOWN = 2


def _examples_list(scan: _Scan, index: NameIndex, items: list[tuple[int, bool]], after: int,
                   ends: dict[int, int]) -> bool:
    """Whether the «و»-chain ``items`` (ending before word ``after``) lists examples: an example
    marker («أبرزها», «منها», «مثل») right before its first item (which has no «و»), and
    punctuation or the end of the text right after it («قرى عدة أبرزها X وY وZ،»). An unknown last
    item may have a second bare name word before that punctuation («وتير معلة،»); ``ends``
    then receives it."""
    first = items[0][0]
    if first <= 0 or scan.word(first)[:1] == "و" or _hard_or_comma(scan.gap(first)):
        return False
    if scan.word(first - 1) not in _EXAMPLE_MARKERS or not _settlement_plural_before(scan, first - 1, index):
        return False
    nwords = len(scan.strings)
    if after >= nwords or _hard_or_comma(scan.gap(after)):
        return True
    last, known = items[-1]
    if known or last in ends or after != last + 1 or not _free_bare_name(scan, after, index) \
            or scan.word(after)[:1] == "و" or _nisba_like(scan.word(after)):
        return False
    if after + 1 < nwords and not _hard_or_comma(scan.gap(after + 1)):
        return False
    ends[last] = after
    return True


#: Kinds of plural trigger nouns whose examples are all known to the gazetteer: an unknown item
#: after them is no place of that kind («محافظات منها حلب وطرطوس وأبو حسن»).
_CLOSED_PLURAL_KINDS = frozenset({"governorate"})


def _settlement_plural_before(scan: _Scan, marker: int, index: NameIndex) -> bool:
    """Whether a strong plural noun of settlements or areas stands before the example marker at
    word ``marker`` («عشرات القرى أبرزها», «بلدات عدة، أبرزها»; see
    :func:`_plural_trigger_before_examples`): only then are its unknown examples places. Clubs,
    goods or firms («أندية أبرزها حلب وحمص والوثبة») and the closed set of governorates
    (``_CLOSED_PLURAL_KINDS``) are not."""
    trig = _plural_trigger_before_examples(scan, marker, index) or _counted_triggers_before(scan, marker, index)
    return trig is not None and trig.kind not in _CLOSED_PLURAL_KINDS


def _counted_triggers_before(scan: _Scan, marker: int, index: NameIndex) -> Trigger | None:
    """The strong singular trigger noun of a count right before the example marker at word
    ``marker``, alone or joined by «و» to another («نحو 84 قرية وبلدة أبرزها X وY»: a number
    counts a singular noun); None when there is none."""
    if marker < 1 or _hard(scan.gap(marker)):
        return None
    for back in (marker - 1, marker - 2):
        if back < 0 or scan.cover[back] is not None or (back < marker - 1 and _hard_or_comma(scan.gap(back + 1))):
            return None
        hit = index.trigger_forms.get(scan.word(back))
        if hit is None or not hit[1].strong or hit[0] not in ("", "و"):
            return None
        if not hit[0]:  # the first noun of the count («قرية» of «قرية وبلدة»)
            return hit[1]
    return None


#: «أخرى» (other) after a plural settlement noun that closes a list («وبلدات أخرى»).
_OTHERS = frozenset({"اخري"})


def _closed_by_other_settlements(scan: _Scan, after: int, index: NameIndex) -> bool:
    """Whether word ``after`` is «و» + a plural settlement noun + «أخرى» («على دوما ومسرابا وبلدات
    أخرى», «في X وY وقرى أخرى»): the list before it names settlements of that kind. A weak plural
    («ومناطق أخرى», «وأماكن أخرى») says nothing of its items."""
    if after + 1 >= len(scan.strings) or _hard_or_comma(scan.gap(after)) or _hard_or_comma(scan.gap(after + 1)) \
            or scan.word(after + 1) not in _OTHERS:
        return False
    conj, noun = _strip_conj(scan.word(after))
    found = index.trigger_forms.get(noun) if conj == "و" else None
    return found is not None and found[0] == "" and found[1].plural and found[1].strong


def _coordinated_places(scan: _Scan, index: NameIndex, kept: list[_Found]) -> list[_Found]:
    """Untriggered unknown names coordinated with a known settlement: «في الحماميات واللطامنة
    ومورك بريف حماة», «كلاً من البصيرة، الزر، ذيبان والطيانة».

    A chain of words joined by «و» or commas (no other punctuation) around a known settlement is
    a list of places when it ends at a countryside/governorate cue («بريف», «ريف», «محافظة»; see
    :func:`_area_cue`) or when an opener («في», «على», «إلى», «كلاً من») stands before its first
    item and punctuation closes it. Its free words are then unknown places; without either only a
    definite word between two known settlements is."""
    out: list[_Found] = []
    nwords = len(scan.strings)
    done = -1
    s = scan.s
    # cheap test first: a list needs a «و» glued to the name or to the next word, or a comma
    joined = [f for f in kept if f.prefix[:1] == "و" or s[f.nend:f.nend + 2] in (" و", ", ", "،")
              or s[f.nstart - 2:f.nstart].strip() in (",", "،")]
    for hit in sorted(joined, key=attrgetter("nstart")):
        if hit.nstart < done:
            continue
        anchor = _list_anchor(hit, index)
        if not (_chain_member(hit, index) or _triggered_unknown(hit)):  # (anchors are chain members)
            continue
        first, last = scan.word_index(hit.nstart), scan.word_index(hit.nend - 1)
        if first < 0 or last < 0:
            continue
        ends: dict[int, int] = {}  # first word -> last word of the two-word unknown items
        items = _chain_before(scan, index, first, ends) + [(first, True)]
        after, later = _chain_after(scan, index, last + 1, ends)
        if not hit.entry.place_ids:  # a list carried by a place found through its trigger
            after, later = last + 1, []  # noun: only the items before it («في صلوة وجبل …»)
        items.extend(later)
        items = _two_word_first_item(scan, index, items, ends)
        n = after
        done = scan.word_starts[n] if n < nwords else len(scan.s)
        cue = n < nwords and not _hard_or_comma(scan.gap(n)) and _area_cue(index, scan.word(n))
        known_at = [i for i, (_w, known) in enumerate(items) if known]
        opened = len(items) > 1 and _opened_list(scan, items[0][0], n, index)
        if not opened and len(items) > 2 and len(known_at) >= _EXAMPLE_LIST_KNOWN:
            opened = _examples_list(scan, index, items, n, ends)
        # a list after «على»/«إلى» with one known place holds only indefinite names («على
        # دوما ومسرابا،»): a definite word may be a common noun («على مورك والحواجز.»)
        bare_only = opened and len(known_at) < _TARGET_LIST_KNOWN \
            and scan.word(items[0][0] - 1) in _TARGET_OPENERS
        for i, (w, known) in enumerate(items):
            stem = _strip_conj(scan.word(w))[1]
            if bare_only and stem.startswith("ال"):
                continue
            if not (known or cue) and _plural_common_noun(stem[2:] if stem.startswith("ال") else stem):
                continue  # «على حرستا، دوما، الأسواق، والمدارس»: markets and schools; «على دوما
                # وأهداف …»: targets (a list closed by an area cue vouches for its items: «في
                # الحماميات واللطامنة … بريف حماة»)
            if known or not (opened or (anchor and (cue or known_at[0] < i < known_at[-1])
                                        and _free_definite_name(scan, w, index, conj=scan.word(w)[:1] == "و"))):
                continue
            word = scan.word(w)
            conj = "و" if word[:1] == "و" and not word.startswith("ال") else ""
            a, b = scan.word_starts[w], scan.word_end(ends.get(w, w))
            name = s[a + len(conj):b]
            _add(scan, out, _Found(a, b, name, IndexEntry(name, (), role="unknown"), conj,
                                   kind_hint=_list_kind(hit, index)))
    return out


def _two_word_first_item(scan: _Scan, index: NameIndex, items: list[tuple[int, bool]],
                         ends: dict[int, int]) -> list[tuple[int, bool]]:
    """The list items with the first one widened to a two-word unknown name when it is one
    definite word right after a free indefinite name word that follows a list opener: «في
    جباثا الخشب وطرنجة ومزرعة X.» (the chain before the anchor stops at «الخشب»: the list is
    opened by «في» before «جباثا»). ``ends`` receives the last word of the widened item."""
    w, known = items[0]
    if known or w < 2 or w in ends or len(items) < 2:
        return items
    word = scan.word(w)
    if not word.startswith("ال") or _plural_common_noun(word[2:]) or scan.word(w - 2) not in _LIST_OPENERS:
        return items
    if _hard_or_comma(scan.gap(w)) or _hard_or_comma(scan.gap(w - 1)):
        return items
    bare = scan.word(w - 1)
    if _no_bare_name(scan, w - 1, index) or _common_noun_after_locative(bare) \
            or _broken_plural_fuul_fiaal(bare):
        return items  # «في اجتماع الفصائل ودوما»: a meeting, not a place; «في بيوت الطين
        # وحمص», «في مسرح الحمراء ودمشق»: houses, a theatre
    ends[w - 1] = w
    return [(w - 1, False)] + items[1:]


def _broken_plural_fuul_fiaal(word: str) -> bool:
    """Whether a four-letter indefinite word has the shape of the broken plural «فعول» or
    «فعال» («بيوت», «خيام», «حصون»): a common noun, not the first word of a name."""
    return len(word) == 4 and word[2] in "وا"


def _list_kind(hit: _Found, index: NameIndex) -> str:
    """The kind hint of the unknown items of a list around ``hit``: the kind of a settlement
    that anchors it; none for a list carried by another place (a mountain, a district)."""
    if _list_anchor(hit, index):
        return index.place_kinds.get(hit.entry.place_ids[0], "")
    return ""


def _triggered_unknown(f: _Found) -> bool:
    """Whether ``f`` is a place the gazetteer lacks, found through its trigger noun («وجبل
    الشيخ بركات»): with an opener before the list it may carry the list too («في صلوة وجبل …»)."""
    return f.entry.role == "unknown" and bool(f.trigger)


def _joined_to_next(scan: _Scan, m: int) -> bool:
    """Whether word ``m`` joins the list item before it: a comma between them (no hard stop), or
    a «و» glued to word ``m`` with nothing between."""
    gap = scan.gap(m)
    if _hard(gap):
        return False
    return "," in gap or scan.word(m)[:1] == "و"


def _chain_item(scan: _Scan, index: NameIndex, m: int) -> tuple[int, bool] | None:
    """The list item at word ``m`` (its first word and whether it is known), or None: a known
    settlement ending at word ``m``, a free definite name or a free indefinite name."""
    prev = scan.cover[m]
    if _chain_member(prev, index) and prev.nend == scan.word_end(m):
        return scan.word_index(prev.nstart), True
    comma = "," in scan.gap(m + 1)
    if _free_definite_name(scan, m, index, conj=False, short=comma) \
            or _free_definite_name(scan, m, index, conj=True) or _free_bare_name(scan, m, index):
        return m, False  # (an indefinite name is kept only when the list is opened)
    return None


def _chain_before(scan: _Scan, index: NameIndex, first: int,
                  ends: dict[int, int]) -> list[tuple[int, bool]]:
    """The items of a «و»/comma list before the item that starts at word ``first``, in text
    order. An unknown item may be a name head and its word («عين ترما وكفر بطنا»); ``ends``
    receives its last word."""
    items: list[tuple[int, bool]] = []
    m = first
    while m > 0 and _joined_to_next(scan, m):
        if m >= 2 and scan.word(m - 2) in index.lexicon.name_heads and scan.word(m - 1)[:1] != "و" \
                and _free_head_and_word(scan, index, m - 2):
            ends[m - 2] = m - 1
            m -= 2
            items.insert(0, (m, False))
            continue
        item = _chain_item(scan, index, m - 1)
        if item is None:
            break
        m = item[0]
        items.insert(0, item)
    return items


def _comma_item_ends_in_list(scan: _Scan, j: int, index: NameIndex) -> bool:
    """Whether the one-word item ``j`` after a comma is followed by what follows a list item:
    punctuation, the end of the text, another «و» item or an area cue («بريف»). Not a
    preposition («في أربيل، مسؤولين في أحد الأحزاب»: the object of a verb)."""
    n = j + 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return True
    nxt = scan.word(n)
    return (nxt[:1] == "و" and len(nxt) >= 3) or _area_cue(index, nxt)


def _chain_after(scan: _Scan, index: NameIndex, n: int,
                 ends: dict[int, int]) -> tuple[int, list[tuple[int, bool]]]:
    """The items of a «و»/comma list from word ``n`` on; returns (the word after the list, the
    items). A comma item must be one word closed by another comma or «و» item (see
    :func:`_comma_item_ends_in_list`): «…، أعلنت قيادة الجيش» is the next clause. An unknown
    item may be a name head and its word («وبيت سوى»); ``ends`` receives its last word."""
    nwords = len(scan.strings)
    items: list[tuple[int, bool]] = []
    while n < nwords and _joined_to_next(scan, n):
        nxt = scan.cover[n]
        comma = "," in scan.gap(n)
        if _chain_member(nxt, index) and nxt.nstart == scan.word_starts[n]:
            items.append((n, True))
            n = scan.word_index(nxt.nend - 1) + 1
        elif _headed_item(scan, index, n):
            items.append((n, False))
            ends[n] = n + 1
            n += 2
        elif (_free_definite_name(scan, n, index, conj=True) or _free_bare_name(scan, n, index)
              or (comma and _free_definite_name(scan, n, index, conj=False, short=True))) \
                and not (comma and not _comma_item_ends_in_list(scan, n, index)):
            items.append((n, False))
            n += 1
        else:
            break
    return n, items


def _headed_item(scan: _Scan, index: NameIndex, n: int) -> bool:
    """Whether words ``n`` and ``n + 1`` are an unknown two-word list item: a name head with a
    glued «و» («وبيت», «وعين») and a free name word after it, no punctuation between."""
    word = scan.word(n)
    return word[:1] == "و" and word[1:] in index.lexicon.name_heads and _free_head_and_word(scan, index, n)


def _free_head_and_word(scan: _Scan, index: NameIndex, h: int) -> bool:
    """Whether the name head at word ``h`` and the word after it are both untaken, with no
    punctuation between, and that word continues a name (:func:`_name_word_after_head`)."""
    return h + 1 < len(scan.strings) and scan.cover[h] is None and scan.cover[h + 1] is None \
        and not _hard_or_comma(scan.gap(h + 1)) and _name_word_after_head(scan, h + 1, index)


#: Dashes between the two ends of a road's name («طريق أ – ب»).
_ROAD_DASH_RE = re.compile("[-–—]")


def _road_ends(scan: _Scan, index: NameIndex) -> list[_Found]:
    """Unknown places named as one end of a road whose other end is a known place: «طريق X – Y»
    (a road noun, one end, a dash, the other end). An end is one free name word, or a name head
    and its word («عين X»). Only the dashes of the text are looked at."""
    roads = index.lexicon.roads
    if not roads:
        return []
    out: list[_Found] = []
    starts = scan.word_starts
    nwords = len(scan.strings)
    for dash in _ROAD_DASH_RE.finditer(scan.s):
        n = bisect.bisect_right(starts, dash.start())  # the word after the dash
        if n <= 1 or n >= nwords or "," in scan.gap(n) or _hard(scan.gap(n).replace("-", "")):
            continue
        right = _road_end(scan, index, n)
        left = next((e for e in (_road_end(scan, index, n - 2), _road_end(scan, index, n - 1))
                     if e is not None and e[1] == n - 1), None)
        if right is None or left is None or left[0] == 0 or _hard_or_comma(scan.gap(left[0])) \
                or not any(stem in roads for stem in _stems(scan.word(left[0] - 1))):
            continue
        ends = (left, right)
        if sum(isinstance(scan.cover[e[0]], _Found) for e in ends) != 1:
            continue  # both ends known (nothing to add), or none (no evidence)
        if any(_country_end(scan.cover[e[0]], index) for e in ends):
            continue  # «محور إيران – الأسد»: a political axis of states, not a front or a road
        if scan.cover[right[0]] is None and not _road_end_closed(scan, right[1], index):
            continue  # «طريق حلب – مصادر محلية أكدت»: a new clause after the dash, not an end
        for first, last in ends:
            if scan.cover[first] is None:
                a, b = starts[first], scan.word_end(last)
                name = scan.s[a:b]
                _add(scan, out, _Found(a, b, name, IndexEntry(name, (), role="unknown"), "",
                                       kind_hint="town"))
    return out


#: A highway number written with a Latin letter, glued clitics allowed («M4», «بـM5», «وM5»).
_LATIN_HIGHWAY_RE = re.compile(r"(?:و?[بل]?)[Mm]\d{1,2}")
#: The Latin letter «M» spelled in Arabic, glued clitics allowed («ام 4», «وام 5»; «إم» normalised).
_SPELLED_M = frozenset({"ام", "وام", "بام", "وبام"})
#: Where a highway number can start (a superset of what ``_highway_number_at`` accepts: «M4», «بـM5»,
#: «ام 4», «M - 5»): the words to test, instead of every word of the text. It starts at the
#: «م» of «ام» (a one-letter class is a faster scan than an alternation opening with the
#: frequent «ا»); :func:`_highway_candidates` keeps those after «ا».
_HIGHWAY_CANDIDATE = re.compile(r"[Mmم][\s\-]*\d")
#: At most this many words between a highway cue and the number («الطريق الدولي M4»).
_HIGHWAY_CUE_WORDS = 3


def _highway_number_at(scan: _Scan, k: int) -> tuple[int, str] | None:
    """The last word index and the canonical name («M4») of a highway number starting at word
    ``k`` («M4», «بـM5», or «ام» + a number of one or two digits), or None."""
    word = scan.word(k)
    if _LATIN_HIGHWAY_RE.fullmatch(word):
        return k, "M" + word.lstrip("وبلMm")
    if k + 1 < len(scan.strings) and (word in _SPELLED_M or word in ("M", "m")):
        nxt = scan.word(k + 1)
        if nxt.isdigit() and len(nxt) <= 2 and scan.gap(k + 1).strip(" -") == "":
            return k + 1, "M" + nxt
    return None


def _after_highway_cue(scan: _Scan, k: int, index: NameIndex, numbers: set[int]) -> bool:
    """Whether a highway cue («الطريق», «الدولي», «المعروف») or another highway number («ام 4
    وام 5») comes within a few words before word ``k``, with no comma or stop between."""
    cues = index.lexicon.highway_cues
    for j in range(k - 1, max(-1, k - 1 - _HIGHWAY_CUE_WORDS), -1):
        if _hard_or_comma(scan.gap(j + 1)):
            return False
        if j in numbers or _is_highway_noun(scan, j, index):
            return True
        if any(stem in cues for stem in _stems(scan.word(j))):
            return _road_noun_before(scan, j, index)
    return False


#: At most this many words between a road noun and a ``code:`` cue («الطريق الدولي حلب - دمشق
#: المعروف بـM5»).
_HIGHWAY_NOUN_REACH = 8


def _is_highway_noun(scan: _Scan, j: int, index: NameIndex) -> bool:
    """Whether word ``j`` is a road noun («الطريق», «الطريقين», «اوتستراد»)."""
    return any(stem in index.lexicon.highway_nouns for stem in _stems(scan.word(j)))


def _road_noun_before(scan: _Scan, j: int, index: NameIndex) -> bool:
    """Whether a road noun stands within a few words before the ``code:`` cue at word ``j``, with
    no hard stop between: «الدولي» or «المعروف» alone is no road («المبعوث الدولي ام 3 دول»,
    «بنادق من طراز M16 المعروفة بـM16»), «الطريق الدولي حلب - دمشق المعروف بـM5» is one."""
    for i in range(j, max(-1, j - 1 - _HIGHWAY_NOUN_REACH), -1):
        if i < j and _hard(scan.gap(i + 1)):
            return False
        if _is_highway_noun(scan, i, index):
            return True
    return False


def _highway_numbers(scan: _Scan, index: NameIndex) -> list[_Found]:
    """Highways named by their number after a road cue: «الطريق الدولي M4», «الطريقين الدوليين
    ام 4 وام 5», «المعروف بـM5». The number alone is no road («بندقية M4» is a rifle, «3 أم 4» is
    «3 or 4»): a road noun or adjective must come just before it. Each is an unknown place
    ``M<n>`` (a road the gazetteer has no coordinates for) with the kind hint ``road``."""
    if not index.lexicon.highway_cues:
        return []
    out: list[_Found] = []
    ends: set[int] = set()
    after = 0  # the first word not yet taken by a highway found
    for start in _highway_candidates(scan.s):
        k = bisect.bisect_right(scan.word_starts, start) - 1  # (only here can one start)
        if k < after:
            continue
        found = _highway_number_at(scan, k) if scan.cover[k] is None else None
        if found is None or not _after_highway_cue(scan, k, index, ends):
            continue
        last, name = found
        a, b = scan.word_starts[k], scan.word_end(last)
        _add(scan, out, _Found(a, b, name, IndexEntry(name, (), role="unknown"), "", kind_hint="road"))
        ends.add(last)
        after = last + 1
    return out


def _highway_candidates(s: str) -> Iterator[int]:
    """Offsets where a highway number may start: «M»/«m», or «ام» (the offset of its «ا»),
    before optional spaces or dashes and a digit."""
    for candidate in _HIGHWAY_CANDIDATE.finditer(s):
        start = candidate.start()
        if s[start] != "م":
            yield start
        elif start > 0 and s[start - 1] == "ا":
            yield start - 1


def _country_end(hit: Any, index: NameIndex) -> bool:
    """Whether the known end ``hit`` of a road's or an axis's name may be a country («إيران»):
    roads and fronts run between towns, alliances between states."""
    return isinstance(hit, _Found) and _names_a_country(hit.entry, index)


def _road_end_closed(scan: _Scan, last: int, index: NameIndex) -> bool:
    """Whether the unknown right end of a road ending at word ``last`` closes there: the end of
    the text, punctuation or a dash, a «و» + name word (the next item) or a purpose clause
    («لتأمين …», «لاستعادة …») right after it. A
    genitive noun, an adjective or a verb after it («مصادر محلية», «تجمعات المسلحين») makes the
    words after the dash a phrase of their own."""
    n = last + 1
    if n >= len(scan.strings):
        return True
    gap = scan.gap(n)
    if _hard_or_comma(gap) or _ROAD_DASH_RE.search(gap):
        return True
    word = scan.word(n)
    if word[:1] == "ل" and _shaped_like_a_verbal_noun(word[1:]):
        return True  # «محور X – Y لتأمين العاصمة»: a purpose clause follows the end
    return word[:1] == "و" and len(word) > 3 and index.is_name_word(word[1:])


def _road_end(scan: _Scan, index: NameIndex, j: int) -> tuple[int, int] | None:
    """The words (first, last) of one end of a road's name starting at word ``j``: a known place
    match, or one free name word (two with a name head: «عين X»); None otherwise."""
    hit = scan.cover[j]
    if isinstance(hit, _Found):
        if hit.entry.role != "place" or hit.nstart != scan.word_starts[j] or hit.prefix:
            return None
        return j, scan.word_index(hit.nend - 1)
    if hit is not None:
        return None
    word = scan.word(j)
    if word in index.lexicon.name_heads and j + 1 < len(scan.strings) and not _hard_or_comma(scan.gap(j + 1)) \
            and scan.cover[j + 1] is None and _name_word_after_head(scan, j + 1, index):
        return j, j + 1
    if not index.is_name_word(word) or word[:1] == "و" or len(word) < 3 \
            or (_nisba_like(word) and not word.endswith("يه")) \
            or _plural_common_noun(word[2:] if word.startswith("ال") else word):
        return None  # (a final «ية» is common in village names: «الزكية»; «تجمعات»: a plural)
    return j, j


def _hard(gap: str) -> bool:
    """Whether ``gap`` (the characters between two words) holds a hard stop."""
    return not _HARD_STOP.isdisjoint(gap)


def _hard_or_comma(gap: str) -> bool:
    """Whether ``gap`` holds a hard stop or a comma."""
    return not _HARD_STOP_OR_COMMA.isdisjoint(gap)


def _dual_feminine_adjective(word: str) -> bool:
    """Whether ``word`` is a definite feminine dual adjective («المحاصرتين», «المجاورتان»): it
    agrees with a dual noun before a list («بلدتي X وY المحاصرتين») and ends no name."""
    return word.startswith("ال") and len(word) > 6 and word.endswith(("تين", "تان"))


def _nisba_like(word: str) -> bool:
    """Indefinite relative adjectives («صحراوية», «عسكريين») are not names."""
    return word.endswith(("يه", "يين", "يات", "يتين", "يان"))


def _known_at(scan: _Scan, j: int) -> _Found | None:
    """The kept gazetteer match starting at word ``j`` (no punctuation before it), if any."""
    if j >= len(scan.strings):
        return None
    gap = scan.gap(j)
    if _hard_or_comma(gap) or '"' in gap:
        return None
    a = scan.word_starts[j]
    _end, hit = _covering(scan, a, scan.word_end(j))
    if hit is not None and hit.nstart == a and hit.entry.place_ids and not hit.prefix:
        return hit
    return None


def _commemorative_name(stem: str, trig: Trigger, lex: Lexicon) -> bool:
    """Whether definite ``stem`` names the landmark of ``trig`` although it is a common word: a
    square, roundabout or mosque named after an ideal or a commemoration («ساحة التحرير», «دوار
    الحرية», «جامع التوحيد»; ``commemorative_heads`` and ``not_landmark_names`` of the lexicon)."""
    return trig.word in lex.commemorative_heads and stem.startswith("ال") and len(stem) > 4 \
        and stem not in lex.not_landmark_names and stem[2:] not in lex.triggers \
        and not _shaped_like_a_finite_verb(stem)  # («جامع البلدة»: the town's mosque)


def _after_an_elative(scan: _Scan, k: int, lex: Lexicon) -> bool:
    """Whether bare place noun ``k`` ends an elative construct («أكبر مدينة يسيطر عليها التنظيم»,
    «آخر بلدة في يد المعارضة»): the noun is common there, no name follows it."""
    if k < 1 or _hard_or_comma(scan.gap(k)):
        return False
    prev = scan.word(k - 1)
    return prev in lex.elatives or (prev[:1] in ("و", "ف") and prev[1:] in lex.elatives)


def _walk_list(scan: _Scan, index: NameIndex, out: list[_Found], k: int, prefix: str,
               trig: Trigger) -> int:
    """Read the name(s) after trigger word ``k``; returns the next word index to look at.

    Items are: a quoted name; a known (gazetteer) match, which receives the trigger as kind
    hint; an unknown word (plus a following name-forming word: «عين X», «X الفوقا», «X 137»);
    or an unknown word glued to a known name («مغر القريتين» — one unknown place next to the
    known one). After a plural trigger the list goes on with «و…» or commas.
    """
    lex = index.lexicon
    s = scan.s
    nwords = len(scan.strings)
    trigger_start = scan.word_starts[k]
    j = k + 1
    first = True
    if trig.figurative and _predicate_use(scan, k):
        return k + 1  # «ستبقى قلعة العروبة», «بأنه صحراء الفكر»: a metaphor, not a place
    items_left = 2 if _is_dual(trig, index) else nwords  # «بلدتي راوة والقائم والشريط …»: two
    while j < nwords and items_left > 0:
        items_left -= 1
        gap = scan.gap(j)
        if _hard(gap) or (first and "," in gap):
            break
        a, b = scan.word_starts[j], scan.word_end(j)
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
                if inner and index.is_name_word(inner.split(" ")[0]) and not _quoted_verbal_phrase(inner):
                    _add(scan, out, _Found(a, a + len(inner), inner, IndexEntry(inner, (), role="unknown"),
                                      "", trigger=trig.word, kind_hint=trig.kind))
            j = scan.word_index(close - 1) + 1
        else:
            cover_end, hit = _covering(scan, a, b)
            if cover_end >= 0:
                if hit is None:
                    break
                dual = _dual_site_entry(trig, s[hit.nstart + len(hit.prefix):hit.nend], index)
                if dual is not None:  # «مطاري حماة والتيفور»: «مطار حماة» is the place, not Hama
                    hit.entry = dual
                    _attach(hit, trig, trigger_start, first, index)
                elif trig.plural and trig.kind != _ADMIN_UNIT \
                        and _known_with_epithet(scan, hit, cover_end, index):
                    # «بلدات السعن الأسود والقسطل»: the known name plus a definite word before
                    # the next item is another place, named after the known one (an admin
                    # unit keeps its name: «محافظتي حمص الوسطى وريف دمشق» is Homs)
                    end = scan.word_end(scan.word_index(cover_end - 1) + 1)
                    key = s[hit.nstart + len(hit.prefix):end]
                    hit.entry = IndexEntry(hit.entry.name, hit.entry.place_ids, role="dropped")
                    _add(scan, out, _Found(hit.nstart, end, key, IndexEntry(key, (), role="unknown"),
                                           hit.prefix, trigger=trig.word, kind_hint=trig.kind), force=True)
                    cover_end = end
                elif first and _site_named_after_settlement(trig, hit, index):
                    # «تل سنجار», «مطار X» that the gazetteer lacks: a site named after the town
                    key = trig.word + " " + s[hit.nstart:hit.nend]
                    hit.entry = IndexEntry(hit.entry.name, hit.entry.place_ids, role="dropped")
                    _add(scan, out, _Found(trigger_start, hit.nend, key, IndexEntry(key, (), role="unknown"),
                                           prefix, trigger=trig.word, kind_hint=trig.kind), force=True)
                else:
                    _attach(hit, trig, trigger_start, first, index)
                j = scan.word_index(cover_end - 1) + 1
            else:
                word = scan.word(j)
                if not first and "," in gap and (_PURPOSE_VERB_RE.match(word)
                                                 or not _comma_item_closes(scan, j, index)):
                    break  # «…، ليقترب بذلك من …»: a purpose clause ends the list; «…،
                    # أعلنت قيادة الجيش»: a clause, not the next item
                conj, stem = ("", word) if first else _strip_conj(word)
                if not first and not conj and "," not in gap:
                    break
                if _prepositional_complement(scan, j):
                    break  # «معبر لإدخال المساعدات», «مخيم للنازحين»: «لـ» says what for, a
                    # trigger's name follows it directly
                glued = _known_at(scan, j + 1)
                if glued is not None and (index.is_name_word(stem) or _site_noun(stem, index)
                                          or stem in lex.name_heads):  # «منطقة باب بغداد»
                    # («وتل سنجار»: a site noun before a known name makes a name too; «وقرى
                    # سنجار» is a list of villages of the known place)
                    # «محسا القريتين»: one unknown place named after the known one.
                    name = s[a + len(conj):glued.nend]
                    glued.entry = IndexEntry(glued.entry.name, glued.entry.place_ids, role="dropped")
                    _add(scan, out, _Found(a, glued.nend, name, IndexEntry(name, (), role="unknown"),
                                           conj, trigger=trig.word, kind_hint=trig.kind), force=True)
                    j = scan.word_index(glued.nend - 1) + 1
                elif not first and (common := _common_name_item(stem, index)) is not None:
                    # «حيي الخضراء والجزيرة»: a known name that is also a common word, vouched
                    # for by the trigger noun of its list
                    _add(scan, out, _Found(a, b, common.name, common, conj, trigger=trig.word,
                                           kind_hint=trig.kind))
                    j += 1
                elif trig.plural and (alias := _item_alias_entry(trig, stem, index)) is not None:
                    # «حيي الرميلة والثكنة»: the gazetteer knows «حي الثكنة», not «الثكنة»
                    _add(scan, out, _Found(a, b, alias.name, alias, conj, trigger=trig.word,
                                           kind_hint=trig.kind))
                    j += 1
                else:
                    headed = (stem in lex.name_heads and j + 1 < nwords
                              and not _hard(scan.gap(j + 1))
                              and _name_word_after_head(scan, j + 1, index))
                    if first and trig.word in lex.commemorative_heads and stem in lex.not_landmark_names:
                        break  # «ساحة المعركة»: the battlefield, not a square
                    commemorative = first and _commemorative_name(stem, trig, lex)
                    item_word = (index.is_name_word(stem) and (not conj or index.is_name_word(word))) \
                        or _name_word_read_whole(scan, j, len(conj), index) \
                        or (first and _coded_site_name(stem, trig, index)) or commemorative
                    if not headed and not item_word:
                        break  # «أم»/«أبو» alone are words; «أم حارتين» is a name; «واصل»
                        # (continued) is a verb, not «و» + a name
                    if not headed and _verbal_noun_with_object(scan, j, stem):
                        break  # «تمشيط أحياء البوكمال وتفكيك العبوات»: and dismantling the mines
                    if not headed and not commemorative and _not_a_list_item(scan, j, stem, conj, first, trig, index):
                        break  # «مركز محافظة يخرج عن», «مدينة الموصل ومساحات واسعة», «مخيمات مكتظة»
                    if trig.kind == _ADMIN_UNIT and not _admin_unit_name(scan, j, stem, first):
                        break  # «محافظة كبيرة»: an adjective
                    if first and trig.word.startswith("ال") and not _definite_head_name(stem, index):
                        break  # «المسجد الوحيد» (the only mosque); «الجامع العمري» is a name
                    if trig.needs_tail and not _tail_follows(scan, j, index):
                        break  # «منفذ الهجوم» (the attacker), not a crossing
                    if first and not headed and _lone_definite_after_weak_plural(scan, j, stem, trig, index):
                        break  # «نواحي الحياة», «معابر التهريب»: a common noun, not a list
                    if first and not headed and _common_noun_after_site(scan, j, stem, trig, index):
                        break  # «محطة إذاعية» (a radio station), «محطة ضخ المياه» (a pumping station)
                    if first and not headed and trig.figurative and _common_noun_after_figurative(stem) \
                            and stem not in index.unit_abroad_forms:  # («صحراء الأنبار»: a name)
                        break  # «حاجز الانهيار», «قلعة الأبطال», «حاجز المخابرات»: no place name
                    if first and not trig.strong and not stem.startswith("ال") and not headed \
                            and not _coded_site_name(stem, trig, index) \
                            and not _cue_after_bare_name(scan, j, stem, trig, index) \
                            and not (trig.plural and _construct_name_before_item(scan, j, index)) \
                            and not _proper_noun_before_definite_adjective(scan, j, stem, index) \
                            and not ((trig.word in lex.name_heads or trig.word in lex.place_context)
                                     and _bare_name_closes(scan, j, stem, index)) \
                            and not (_is_dual(trig, index) and _list_goes_on(scan, j + 1, index)):
                        break  # «منطقة واسعة», «مناطق صحراوية»: a common noun or adjective
                        # («مرتفعات ضهر الصفا», «منطقة أبو X»: a name head opens a name; «محور
                        # X.»: an axis noun names its place; «منطقتي X وY»: a dual names two)
                    end_word = j
                    if first and trig.with_trigger and trig.kind not in _SETTLEMENT_KINDS \
                            and _second_word_before_tail(scan, j, index):
                        end_word = j + 2  # «حقل بابا كركر النفطي»: two words, then the tail
                    elif not first and trig.kind not in _SETTLEMENT_KINDS \
                            and _second_word_before_tail(scan, j, index):
                        end_word = j + 1  # «حقلي X وباي حسن النفطيين»: the last item has two words
                        # (a dual tail belongs to both items: «والخباز النفطيين» is «الخباز»)
                    elif j + 1 < nwords and not _hard_or_comma(scan.gap(j + 1)):
                        nxt = scan.word(j + 1)
                        free = scan.cover[j + 1] is None and not _dual_feminine_adjective(nxt)
                        if free and ((stem in lex.name_heads and _name_word_after_head(scan, j + 1, index))
                                     or nxt in lex.name_tails or nxt.isdigit() or _is_code(nxt)
                                     or (trig.plural and not first and nxt.startswith("ال")
                                         and index.is_name_word(nxt)
                                         and not _nisba_like(nxt) and not nxt.endswith("ي"))
                                     or (trig.plural and nxt.startswith("ال") and index.is_name_word(nxt)
                                         and _list_goes_on(scan, j + 2, index))
                                     or (trig.plural and not first and nxt[:1] != "و"
                                         and index.is_name_word(nxt) and _list_goes_on(scan, j + 2, index))
                                     or (first and _is_dual(trig, index) and index.is_name_word(nxt)
                                         and nxt[:1] != "و" and _list_goes_on(scan, j + 2, index))
                                     or (first and _bare_second_name_word(scan, j, trig, index))):
                            # «عين X», «X الفوقا», «وشمرة الحصان»; «قرى غانم العلي والشريدة»,
                            # «وعقارب الصافية والشاكوسية»: a definite word before the next item;
                            # a dual lists two items: «حقلي X Y وZ» — «X Y» is the first one
                            end_word = j + 1
                            if stem in lex.name_heads:
                                end_word = _head_chain_end(scan, end_word, index)
                    name_start = a + len(conj)
                    name = s[name_start:scan.word_end(end_word)]
                    known = _dual_site_entry(trig, name, index)
                    if known is None and end_word > j and _is_code(scan.word(end_word)):
                        known = _coded_site_entry(trig, scan.word(end_word), index)
                    if known is None and trig.plural:
                        known = _item_alias_entry(trig, name, index)
                    with_trigger = first and trig.with_trigger
                    span_start = trigger_start if with_trigger else a
                    key = (trig.word + " " + name) if with_trigger else name
                    if known is not None:  # «حقلا العمر والتنك»: «حقل العمر» is a known name
                        _add(scan, out, _Found(a, scan.word_end(end_word), known.name, known, conj,
                                               trigger=trig.word, kind_hint=trig.kind,
                                               tstart=trigger_start if with_trigger else -1))
                    else:
                        _add(scan, out, _Found(span_start, scan.word_end(end_word), key,
                                               IndexEntry(key, (), role="unknown"),
                                               prefix if with_trigger else conj,
                                               trigger=trig.word, kind_hint=trig.kind))
                    j = end_word + 1
        first = False
        if j >= nwords or trig.figurative or (not trig.plural and not _pair_continues(scan, j, lex, index)):
            break  # (a figurative noun names one place: «قلعة العلم والمعرفة» is no list)
        if trig.plural and _descriptive_epithet(scan, j, index) and _list_goes_on(scan, j + 1, index):
            j += 1  # «قرى مورك المهجورة واللطامنة»: an adjective of the item, then the next item
        gap = scan.gap(j)
        nxt = scan.word(j)
        if _hard(gap) or not ("," in gap or (nxt[:1] in "وف" and len(nxt) >= 3)):
            break
    return max(j, k + 1)


def _prepositional_complement(scan: _Scan, j: int) -> bool:
    """Whether word ``j`` (no gazetteer name) is «لـ» + a verbal noun or a definite noun
    («لإدخال», «لأهالي», «للنازحين»): the complement of a noun, never a place name (Arabic names
    do not start with «لأ»/«لإ», and «لل» is «لـ» + the article)."""
    word = scan.word(j)
    if word.startswith("لل"):
        return True
    return word[:1] == "ل" and len(word) > 2 and scan.written(scan.word_starts[j] + 1) in "أإ"


def _head_chain_end(scan: _Scan, n: int, index: NameIndex) -> int:
    """Last word of a name whose head's word ``n`` is itself a name head followed by a name word
    («وادي عين X», «تل أبو X», «جبل الشيخ X»: the second head opens the name the first one
    names); ``n`` when it is not. Word ``n`` itself is free (the caller checked)."""
    if scan.word(n) in index.lexicon.name_heads and _free_head_and_word(scan, index, n) \
            and not scan.word(n + 1).startswith(_PREPOSITION_ARTICLE):
        return n + 1
    return n


#: A preposition glued to the article («بالدبابات», «للمدينة»): the word after a head is no name.
_PREPOSITION_ARTICLE = ("بال", "لل", "كال")


#: Copulas and complementisers (normalised) after which a figurative site noun is a predicate:
#: «ستبقى قلعة العروبة», «بأنه صحراء الفكر», «أصبحت قلعة الصمود».
_COPULAS = (_COMPLEMENTIZERS - {"ان", "بان", "انهم", "بانهم"}) \
    | frozenset({"بقي", "ستبقي", "تبقي", "يبقي", "ستظل", "تظل", "يظل", "ظلت", "ظل", "بات", "باتت",
                 "اصبح", "اصبحت", "صار", "صارت", "تعد", "يعد", "تعتبر", "يعتبر", "باعتبارها",
                 "باعتباره"})


def _predicate_use(scan: _Scan, k: int) -> bool:
    """Whether the trigger noun at word ``k`` is the predicate of a copula or a complementiser
    right before it («ستبقى قلعة …», «بأنه صحراء …»), or of a nominal clause after «أن/إن»
    whose subject is one definite or pronoun-suffixed noun («أن الجامعة قلعة العلم», «إن قلبه
    صحراء الحب»): a metaphor, not a place."""
    if k == 0 or _hard_or_comma(scan.gap(k)):
        return False
    before = scan.word(k - 1)
    bare = _without_conj(before)
    if bare in _COPULAS:
        return True
    return k >= 2 and not _hard_or_comma(scan.gap(k - 1)) and scan.word(k - 2) in _THAT \
        and (before.startswith("ال") or before.endswith(("ه", "ها", "هم")))


#: «أن/إن» (normalised) opening a nominal clause.
_THAT = (_COMPLEMENTIZERS & {"ان", "بان"}) | {"لان"}


def _common_noun_after_site(scan: _Scan, j: int, stem: str, trig: Trigger, index: NameIndex) -> bool:
    """Whether the bare (indefinite) word ``stem`` (word ``j``) right after a facility noun that
    names no settlement («محطة», «مطار») says what kind of facility it is rather than naming it:
    an indefinite relative adjective written with «ة» («محطة إذاعية», «محطة رئيسية»), or a
    verbal noun (a derived verb's shape, or two letters: «ضخ») heading a construct with a definite
    complement that is no name tail, no known place and no adjective («محطة ضخ المياه», «محطة
    توليد الكهرباء»). A name followed by a participle stays («ناحية شيراوا التابعة لـ…»)."""
    if trig.kind in _SETTLEMENT_KINDS or stem.startswith("ال"):
        return False
    if _nisba_like(stem) and stem.endswith("يه") and scan.written(scan.word_end(j) - 1) == "ة":
        return True
    n = j + 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)) or scan.cover[n] is not None:
        return False
    nxt = scan.word(n)
    return (_verbal_noun_with_mufaala(stem) or len(stem) == 2) and nxt.startswith("ال") and len(nxt) > 4 \
        and not _nisba_like(nxt) and not nxt.endswith("ي") and nxt not in index.lexicon.name_tails


def _common_noun_after_figurative(stem: str) -> bool:
    """Whether the definite word ``stem`` after a figurative site noun («حاجز», «قلعة»,
    «صحراء») is a common noun: a plural («الأبطال», «المخابرات», «الجماهير»: also «فعاليل»), a
    verbal noun («التفتيش», «الانهيار», «التواصل»: also «تفاعل»)."""
    if not stem.startswith("ال"):
        return False
    bare = stem[2:]
    n = len(bare)
    return _plural_common_noun(bare) or _shaped_like_a_verbal_noun(bare) \
        or (n == 5 and bare[0] == "ت" and bare[2] == "ا") \
        or (n == 6 and bare[2] == "ا" and bare[4] == "ي")


def _tail_follows(scan: _Scan, j: int, index: NameIndex) -> bool:
    """Whether a name tail («الحدودي», «النفطي») follows word ``j`` directly or after one more
    name word, with no punctuation between."""
    for n in (j + 1, j + 2):
        if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
            return False
        if scan.word(n) in index.lexicon.name_tails:
            return True
    return False


def _second_word_before_tail(scan: _Scan, j: int, index: NameIndex) -> bool:
    """Whether word ``j + 1`` is a free indefinite name word followed by a name tail: the site
    name after a site noun has two words («حقل بابا كركر النفطي»)."""
    n = j + 1
    if n + 1 >= len(scan.strings) or _hard_or_comma(scan.gap(n)) or _hard_or_comma(scan.gap(n + 1)):
        return False
    word = scan.word(n)
    return scan.cover[n] is None and scan.cover[n + 1] is None and not word.startswith("ال") \
        and word[:1] != "و" and index.is_name_word(word) and _tail_of_the_list(scan.word(n + 1), index)


def _tail_of_the_list(word: str, index: NameIndex) -> bool:
    """Whether ``word`` is a name tail («النفطي», «النفطية») or its dual or plural («النفطيين»,
    «النفطيان»: it closes a list of two sites, and is not part of the last one's name)."""
    tails = index.lexicon.name_tails
    return word in tails or (word.endswith(("يين", "يان")) and word[:-2] in tails)


def _is_dual(trig: Trigger, index: NameIndex) -> bool:
    """Whether ``trig`` is a dual noun («قريتي», «بلدتا», «حقلي», «حيي»): its list holds two
    items. The singular is the noun without its dual ending (a final «ت» is the «ة» of the
    singular: «بلدت» → «بلده»)."""
    word = trig.word
    if not trig.plural or word[-1:] not in ("ي", "ا") or len(word) < 3:
        return False
    stem = word[:-1]
    singular = stem[:-1] + "ه" if stem.endswith("ت") else stem
    found = index.lexicon.triggers.get(singular)
    return found is not None and not found.plural


def _comma_item_closes(scan: _Scan, j: int, index: NameIndex) -> bool:
    """Whether the bare word ``j`` after a comma inside a list is a list item by what follows
    it: the text or sentence ends, another comma or a «و»-item follows, a location cue («بريف»,
    «شرق») follows, or it is a name head with its name word («، عين العرب»). «…، أعلنت قيادة
    الجيش» (a verb and its subject) is the next clause."""
    n = j + 1
    if scan.word(j) in index.lexicon.name_heads and n < len(scan.strings) \
            and not _hard_or_comma(scan.gap(n)):
        n += 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return True
    nxt = scan.word(n)
    return (nxt[:1] in "وف" and len(nxt) >= 3) or index.is_location_cue(nxt) \
        or nxt in index.lexicon.name_tails


#: Kind hint of the first-level admin nouns («محافظة», «إقليم»).
_ADMIN_UNIT = "governorate"


def _admin_unit_name(scan: _Scan, j: int, stem: str, first: bool) -> bool:
    """Whether the unknown word ``stem`` (word ``j``) after an admin noun can open its name: not
    a feminine adjective agreeing with the noun («محافظة كبيرة»: a word written with «ة»).
    Later items of a list of units must be definite: «محافظات دير الزور والرقة وحمص ويضم …»
    ends before the verb."""
    if not first:
        return stem.startswith("ال")
    return stem.startswith("ال") or not stem.endswith("ه") or scan.written(scan.word_end(j) - 1) != "ة"


def _descriptive_epithet(scan: _Scan, j: int, index: NameIndex) -> bool:
    """Whether word ``j`` is a definite common adjective (a stopword: «المهجورة», «المحاصرة»)
    right after a list item, in the same phrase."""
    word = scan.word(j)
    return word.startswith("ال") and word in index.lexicon.stopwords and scan.cover[j] is None \
        and not _hard_or_comma(scan.gap(j))


def _known_with_epithet(scan: _Scan, hit: _Found, cover_end: int, index: NameIndex) -> bool:
    """Whether the known match ``hit`` (ending at ``cover_end``) is followed by a free definite
    name word and then by the next item of the list («السعن الأسود والقسطل»)."""
    if not hit.entry.place_ids or hit.nend != cover_end:
        return False
    n = scan.word_index(cover_end - 1) + 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)) or scan.cover[n] is not None:
        return False
    word = scan.word(n)
    return word.startswith("ال") and index.is_name_word(word) and _list_goes_on(scan, n + 1, index)


def _cue_after_bare_name(scan: _Scan, j: int, stem: str, trig: Trigger, index: NameIndex) -> bool:
    """After a weak trigger, an indefinite word ``stem`` (word ``j``) is a name when a location
    cue follows it directly («محور كباني في ريف اللاذقية»). Not an indefinite relative adjective
    («منطقة جبلية قرب …»), nor a feminine word after a noun that takes feminine adjectives
    («منطقة خطرة قرب الحدود»; «مرتفعات» as a plural of things), nor any indefinite word after a
    landmark noun, which takes a definite name («مستشفى ميداني في X» is a field hospital)."""
    n = j + 1
    if n >= len(scan.strings) or _nisba_like(stem) or trig.kind == _LANDMARK:
        return False
    if stem.endswith("ه") and _takes_feminine_adjectives(trig):
        return False
    cover = scan.cover[n]
    # («منطقة جمرايا بريف دمشق الشمالي الغربي»: a sector match that begins with the cue counts)
    starts_a_match = isinstance(cover, _Found) and cover.nstart == scan.word_starts[n]
    return not _hard_or_comma(scan.gap(n)) and (cover is None or starts_a_match) \
        and index.is_location_cue(scan.word(n))


def _common_name_item(stem: str, index: NameIndex) -> IndexEntry | None:
    """The known entry of ``stem`` when it is a one-word place name that is also a common word
    (``common_names.txt``: it needs context, and the trigger noun of its list gives it)."""
    entry = index.entries.get(stem)
    if entry is None or entry.role != "place" or not entry.place_ids or stem not in index.lexicon.common_names:
        return None
    return entry


def _shaped_like_a_verbal_noun(stem: str) -> bool:
    """Whether ``stem`` has the shape of a verbal noun of a derived verb: «تفعيل» («تفكيك»,
    «تمشيط»), «افتعال» («اقتحام»), «انفعال» («انسحاب»), «استفعال» («استهداف»)."""
    n = len(stem)
    return (n == 5 and stem[0] == "ت" and stem[3] == "ي") \
        or (n == 6 and stem[0] == "ا" and stem[2] == "ت" and stem[4] == "ا") \
        or (n == 6 and stem.startswith("ان") and stem[4] == "ا") \
        or (n == 7 and stem.startswith("است") and stem[5] == "ا")


def _verbal_noun_with_object(scan: _Scan, j: int, stem: str) -> bool:
    """Whether the indefinite word ``stem`` (word ``j``) is a verbal noun with its definite
    object right after it («وتفكيك العبوات», «واستهداف المواقع»): an action, not a list item."""
    n = j + 1
    if not _verbal_noun_with_mufaala(stem) or n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return False
    return scan.word(n).startswith("ال") or _indefinite_construct_at(scan, n)


def _quoted_verbal_phrase(inner: str) -> bool:
    """Whether the quoted text after a trigger noun is a verbal noun with its definite object
    («مناطق "تخفيف التوتر"», «منطقة "تأمين الحدود"»): the name of a policy, not a place."""
    words = normalize(inner).split()
    return len(words) == 2 and words[1].startswith("ال") \
        and _verbal_noun_with_mufaala(words[0])


def _verbal_noun_with_mufaala(stem: str) -> bool:
    """Whether ``stem`` has a verbal noun's shape, the «مفاعلة» one included."""
    return _shaped_like_a_verbal_noun(stem) or _shaped_like_mufaala(stem)


def _shaped_like_mufaala(stem: str) -> bool:
    """Whether ``stem`` has the shape of the verbal noun «مفاعلة» («ملاحقة», «مطاردة»,
    «مهاجمة»): six letters, «م» first, «ا» third, a final «ة» (normalised «ه»)."""
    return len(stem) == 6 and stem[0] == "م" and stem[2] == "ا" and stem.endswith("ه")


def _indefinite_construct_at(scan: _Scan, n: int) -> bool:
    """Whether word ``n`` is an indefinite noun without «و» heading a construct with the definite
    word after it («فلول الإرهابيين», «عناصر التنظيم»): the object of a verbal noun before it."""
    word = scan.word(n)
    if word.startswith("ال") or word[:1] == "و" or n + 1 >= len(scan.strings) or _hard_or_comma(scan.gap(n + 1)):
        return False
    return scan.word(n + 1).startswith("ال")


def _lone_definite_after_weak_plural(scan: _Scan, j: int, stem: str, trig: Trigger, index: NameIndex) -> bool:
    """Whether the definite word ``stem`` (word ``j``) right after a weak plural noun («نواحي»,
    «معابر», «مناطق»; not a dual) stands alone: no second item «وY» and no name tail after it.
    Such a noun heads a construct with a common noun («نواحي الحياة», «معابر التهريب»); it lists
    places only when the list goes on («معابر الزمراني ومشتقة»)."""
    if trig.strong or not trig.plural or not stem.startswith("ال") or _is_dual(trig, index):
        return False
    if _known_at(scan, j + 1) is not None or _list_goes_on(scan, j + 1, index):
        return False
    return not _tail_follows(scan, j, index)


def _construct_name_before_item(scan: _Scan, j: int, index: NameIndex) -> bool:
    """Whether the indefinite word ``j`` and a free definite name word after it make one name
    («مرتفعات حرف الجرش وخربة داوود»): the next item of the list follows them."""
    n = j + 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)) or scan.cover[n] is not None:
        return False
    nxt = scan.word(n)
    return nxt.startswith("ال") and index.is_name_word(nxt) and not _nisba_like(nxt[2:]) \
        and _list_goes_on(scan, n + 1, index)


def _proper_noun_before_definite_adjective(scan: _Scan, j: int, stem: str, index: NameIndex) -> bool:
    """Whether the indefinite word ``stem`` (word ``j``) takes a definite relative adjective
    right after it («منطقة عكاشات الصحراوية»): a common noun without the article cannot, so the
    word is a proper name. Not a relative adjective itself, not a word with a pronoun suffix,
    and not a construct («منطقة سيطرة الجيش»: the next word is no adjective)."""
    n = j + 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)) or scan.cover[n] is not None:
        return False
    if _nisba_like(stem) or stem.endswith(_PRONOUN_SUFFIXES) or len(stem) < 3 \
            or scan.written(scan.word_end(j) - 1) == "ة":
        return False
    nxt = scan.word(n)
    return nxt.startswith("ال") and nxt.endswith("يه") and len(nxt) >= 7 and nxt not in index.lexicon.name_tails


def _bare_name_closes(scan: _Scan, j: int, stem: str, index: NameIndex) -> bool:
    """After a weak trigger that also heads names («وادي»), whether the indefinite word ``stem``
    (word ``j``) is a name by where it stands: the phrase ends after it (punctuation, end of
    text) or the next item of a list follows («وادي حميد والملاهي», «وادي مرطبيا ووادي
    الشحوط»). Not an adjective: no relative ending («وادي سحيق» may end a sentence, but «جسر
    حديدي» ends with «ي», and a feminine «ة» would not agree), no pronoun suffix."""
    if _nisba_like(stem) or stem.endswith(_PRONOUN_SUFFIXES) or len(stem) < 3:
        return False
    last = scan.written(scan.word_end(j) - 1)
    if last in ("ي", "ة") and not _joined_name_head(stem):
        return False
    n = j + 1
    if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)):
        return True
    nxt = scan.word(n)
    if nxt in _NEAR_ADJECTIVES:
        return True  # «وادي حميد القريب من عرسال»: a definite adjective follows a proper name only
    form = index.trigger_forms.get(nxt)
    return _list_goes_on(scan, n, index) or (form is not None and form[0] == "و")


#: Heads of village names often written glued to the name («كفرنبودة», «ديرحافر», «عينترما»).
_GLUED_NAME_HEADS = ("كفر", "دير", "عين", "بيت")


def _joined_name_head(stem: str) -> bool:
    """Whether ``stem`` is a name head glued to its name («كفرنبودة» for «كفر نبودة»): a village
    name, never an adjective, whatever its ending."""
    return stem.startswith(_GLUED_NAME_HEADS) and len(stem) >= 7


#: Definite adjectives of position («القريب من», «المحاذي لـ»): after an indefinite word they
#: show that it is a proper name (a common noun without the article takes no definite adjective).
_NEAR_ADJECTIVES = frozenset({"القريب", "القريبه", "القريبين", "القريبتين", "القريبان", "المحاذي",
                              "المحاذيه", "المجاور", "المجاوره", "الواقع", "الواقعه", "المتاخم",
                              "المتاخمه", "المطل", "المطله"})


def _bare_second_name_word(scan: _Scan, j: int, trig: Trigger, index: NameIndex) -> bool:
    """Whether the first item at word ``j`` after a plural settlement noun has a second bare
    word: «قرى X Y وZ» — an indefinite name word without «و» (no nisba, no verb shape, no
    pronoun suffix) and then «و» + the next name, so the list shows where the first name ends.
    Not after a dual (two items only) and not when the first word is definite («قرى الريف …»)."""
    if not trig.plural or trig.kind not in _SETTLEMENT_KINDS or _is_dual(trig, index):
        return False
    first, nxt = scan.word(j), scan.word(j + 1)
    if first.startswith("ال") or first[:1] == "و" or nxt[:1] == "و" or nxt.startswith("ال") or len(nxt) < 3:
        return False
    if _nisba_like(nxt) or nxt.endswith(_PRONOUN_SUFFIXES) or not _free_bare_name(scan, j + 1, index):
        return False
    return _list_goes_on(scan, j + 2, index)


#: Prepositions a verb of leaving takes right after it («يخرج عن سيطرة», «تخرج من قبضة»).
_VERB_PREPOSITIONS = frozenset({"عن", "من"})
#: Prepositions that a form-VIII verb («افتقر إلى», «اعتمد على», «اقترب من») governs (normalised).
_FORM_EIGHT_PREPOSITIONS = _VERB_PREPOSITIONS | {"الي", "علي"}
#: A preposition with the pronoun resuming an indefinite noun in a relative clause with no «التي»
#: («مدينة يسيطر عليها التنظيم», «بلدة تنتشر فيها الفصائل»): the imperfect verb before it is no name.
_RESUMPTIVE_PREPOSITIONS = frozenset({"عليها", "عليه", "فيها", "فيه", "منها", "منه", "اليها", "اليه", "بها", "به"})


def _form_eight_imperfect(stem: str) -> bool:
    """Whether ``stem`` has the shape of a form-VIII imperfect «يفتعل»/«تفتعل» (five letters,
    «ت» third: «تفتقر», «يعتمد», «تحتاج»), which place names almost never have."""
    return len(stem) == 5 and stem[0] in "يت" and stem[2] == "ت" and stem[1] not in "اوي"


def _not_a_list_item(scan: _Scan, j: int, stem: str, conj: str, first: bool, trig: Trigger,
                     index: NameIndex) -> bool:
    """Whether the free word ``j`` (``stem`` after the conjunction ``conj``) after a trigger noun
    is a common word rather than an unknown name:

    - an imperfect verb «يفعل»/«تفعل» followed by «عن»/«من» («ثاني مركز محافظة يخرج عن سيطرة
      النظام»: the clause's verb), or (four or five letters) by a preposition with a resumptive
      pronoun («أكبر مدينة يسيطر عليها التنظيم»: a relative clause with no «التي»);
    - a later item glued to «و» with the shape of a plural common noun («مدينة الموصل ومساحات
      واسعة», «نحو مدينة الحسكة ومراكز الإيواء»: a new noun phrase, not the next place);
    - the first word after a plural trigger, an indefinite feminine participle «مُفتعِلة» with no
      list after it («مخيمات مكتظة», «قرى مدمرة»: an adjective agreeing with the plural)."""
    if len(stem) == 4 and stem[0] in "يت" and j + 1 < len(scan.strings) \
            and not _hard_or_comma(scan.gap(j + 1)) and scan.word(j + 1) in _VERB_PREPOSITIONS:
        return True
    if 4 <= len(stem) <= 5 and stem[0] in "يت" and j + 1 < len(scan.strings) \
            and not _hard_or_comma(scan.gap(j + 1)) and scan.word(j + 1) in _RESUMPTIVE_PREPOSITIONS:
        return True  # «أكبر مدينة يسيطر عليها التنظيم»: a relative clause, its pronoun resumes the noun
    if _form_eight_imperfect(stem) and j + 1 < len(scan.strings) and not _hard_or_comma(scan.gap(j + 1)) \
            and scan.word(j + 1) in _FORM_EIGHT_PREPOSITIONS:
        return True  # «مخيمات تفتقر إلى», «قرى تحتاج إلى», «بلدات تعتمد على»: the verb of a clause
    if conj and not first and _plural_common_noun(stem) and (stem[0] == "م" or stem.endswith("ات")):
        return True  # (the shape «أفعال» is kept: «قرى احتيملات وأرشاف»)
    return first and trig.plural and 5 <= len(stem) <= 6 and stem[0] == "م" and stem.endswith("ه") \
        and scan.written(scan.word_end(j) - 1) == "ة" and not _list_goes_on(scan, j + 1, index) \
        and not (j + 1 < len(scan.strings) and scan.word(j + 1).startswith("و"))  # «قرى مسحرة وأم باطنة»


def _list_goes_on(scan: _Scan, j: int, index: NameIndex) -> bool:
    """Whether word ``j`` is the next item of a list: «و» glued to a name word, no punctuation
    before it («قرى غانم العلي والشريدة»: «والشريدة» shows that «العلي» ends the first name)."""
    if j >= len(scan.strings) or _hard_or_comma(scan.gap(j)):
        return False
    word = scan.word(j)
    stem = word[1:]
    if word[:1] != "و" or len(stem) < 3 or stem.endswith(_PRONOUN_SUFFIXES):
        return False
    return stem in index.lexicon.name_heads or (index.is_name_word(word) and index.is_name_word(stem)) \
        or _name_word_read_whole(scan, j, 1, index)


_PRONOUN_SUFFIXES = ("ها", "هما", "هم", "هن")
#: «ليقترب», «لتتمكن», «لنبدأ»: لِ + an imperfect verb opens a purpose clause
_PURPOSE_VERB_RE = re.compile(r"ل[يتن]\w{3,}$")

#: How far (in words) the location cue may follow the second name of a pair.
_PAIR_LOOKAHEAD = 3


def _pair_continues(scan: _Scan, j: int, lex: Lexicon, index: NameIndex) -> bool:
    """After a singular trigger, «قرية X وY بريف …» names two places: word ``j`` continues the
    list when it is «و» + a name word and a location cue («بريف», «في», «شرق», «قرب» …) follows
    within a few words, before any punctuation. Without the cue «وY» is just the next clause."""
    if j >= len(scan.strings) or _hard_or_comma(scan.gap(j)):
        return False
    word = scan.word(j)
    stem = word[1:]
    if word[:1] != "و" or len(stem) < 2:
        return False
    if stem not in lex.name_heads and (  # «وأم حارتين», «وأبو دالي»: a head noun opens a name
            len(stem) < 3 or stem.endswith(_PRONOUN_SUFFIXES)
            or not index.is_name_word(word) or not index.is_name_word(stem)):
        return False  # «وسط» (middle), «ومزارعها» (and its farms) are not a second name
    if _closed_definite_pair_item(scan, j, stem, lex, index):
        return True
    for n in range(j + 1, min(j + 1 + _PAIR_LOOKAHEAD, len(scan.strings))):
        if _hard_or_comma(scan.gap(n)):
            return False
        if index.is_location_cue(scan.word(n)):
            return True
    return False


def _closed_definite_pair_item(scan: _Scan, j: int, stem: str, lex: Lexicon, index: NameIndex) -> bool:
    """Whether «وY» at word ``j`` (``stem`` = Y) is the second name of a singular trigger's pair
    by its shape and where it stands: a definite name word («والمشيرفة») or a name head and its
    word («وأبو دالي»), and punctuation or the end of the text right after it («محور X والمشيرفة،»).
    A definite word that is no relative adjective (nor a common noun: those are stopwords) cannot
    be a clause of its own between «و» and a comma."""
    n = j + 1
    if stem in lex.name_heads:
        if n >= len(scan.strings) or _hard_or_comma(scan.gap(n)) or scan.cover[n] is not None \
                or not _name_word_after_head(scan, n, index):
            return False
        n += 1
    elif not (stem.startswith("ال") and len(stem) >= 5 and scan.cover[j] is None
              and not _nisba_like(stem) and stem not in lex.name_tails and not _plural_common_noun(stem[2:])):
        return False  # («قرية X والمحاصيل،»: and the crops)
    return n >= len(scan.strings) or _hard_or_comma(scan.gap(n))


def _is_code(word: str) -> bool:
    """Whether ``word`` is a short Latin code with a digit («T2», «K1»): after a site noun and
    its descriptive word it is the site's name («محطة الضخ T2»)."""
    return len(word) <= 4 and word.isascii() and word.isalnum() and not word.isdigit() \
        and any(ch.isdigit() for ch in word)


#: Kinds of the site nouns after which an unknown Latin code names a military site («قاعدة K1»,
#: «مطار H3», «معسكر X», «حقل X»); after another site noun («محطة A320») only a known code counts.
_CODED_SITE_KINDS = frozenset({"military_base", "airport", "airbase", "oil_field"})


def _coded_site_name(word: str, trig: Trigger, index: NameIndex) -> bool:
    """Whether ``word`` is a Latin code («K1», «T4») right after a site noun that names the
    site: a military site noun (:data:`_CODED_SITE_KINDS`: «قاعدة K1», even after a weak noun,
    «قاعدة» being also a rule or al-Qaeda before a common word), or any site noun that is no
    settlement noun when the gazetteer knows «noun + code» («محطة T2»)."""
    if trig.kind in _SETTLEMENT_KINDS or not _is_code(word):
        return False
    return trig.kind in _CODED_SITE_KINDS or _coded_site_entry(trig, word, index) is not None


def _coded_site_entry(trig: Trigger, code: str, index: NameIndex) -> IndexEntry | None:
    """The known site «trigger noun + code» («محطة T2») that a longer phrase with a descriptive
    word between names («محطة الضخ T2»); None when the gazetteer has no such site."""
    entry = index.entries.get(trig.word + " " + code)
    if entry is not None and entry.role in ("place", "facility") and entry.place_ids:
        return entry
    return None


def _dual_site_entry(trig: Trigger, name: str, index: NameIndex) -> IndexEntry | None:
    """For a dual site noun («حقلا», «مطاري», «تلتي»), the known entry «singular + name»
    («حقل العمر») of one of the names it lists; None otherwise."""
    word = trig.word
    if not trig.plural or word[-1:] not in ("ا", "ي"):
        return None
    stem = word[:-1]
    for singular in (stem, stem[:-1] + "ه" if stem.endswith("ت") else ""):
        found = index.trigger_forms.get(singular) if singular else None
        if found is not None and found[1].with_trigger and not found[0]:
            entry = index.entries.get(singular + " " + name)
            if entry is not None and entry.role in ("place", "facility") and entry.place_ids:
                return entry
    return None


def _item_alias_entry(trig: Trigger, name: str, index: NameIndex) -> IndexEntry | None:
    """For a dual or plural trigger noun («حيي», «أحياء»), the known entry «singular + name» of
    one of its items («حي الثكنة»: the gazetteer stores the name with its noun) — the
    singular being any singular trigger noun of the same kind; None otherwise."""
    for singular in index.singular_triggers.get(trig.kind, ()):
        entry = index.entries.get(singular + " " + name)
        if entry is not None and entry.role == "place" and entry.place_ids:
            return entry
    return None


def _site_noun(word: str, index: NameIndex) -> bool:
    """Whether ``word`` is a trigger noun that belongs to a site's name («تل», «مطار», «حقل»)."""
    found = index.trigger_forms.get(word)
    return found is not None and found[1].with_trigger and found[1].kind not in _SETTLEMENT_KINDS


def _site_named_after_settlement(trig: Trigger, hit: _Found, index: NameIndex) -> bool:
    """Whether trigger noun + known name is another place named after a town: a site noun that
    belongs to the name («تل», «مطار», «حقل» …) before a name that is only a settlement's
    («تل مورك», «مطار كفرنبودة»). A name shared with an admin unit («سنجار»: also a subdistrict)
    stays the known place, with the site noun as kind hint."""
    if not trig.with_trigger or trig.kind in _SETTLEMENT_KINDS or not hit.entry.place_ids:
        return False
    return all(index.place_kinds.get(i) in _SETTLEMENT_KINDS for i in hit.entry.place_ids)


def _attach(hit: _Found, trig: Trigger, trigger_start: int, first: bool, index: NameIndex) -> None:
    """Give a known match its trigger noun (and include the noun in facility spans)."""
    if not hit.trigger:
        hit.trigger, hit.kind_hint = trig.word, trig.kind
    if first and trig.with_trigger and any(index.place_kinds.get(i) in _FACILITY_KINDS
                                           for i in hit.entry.place_ids):
        hit.tstart = trigger_start
