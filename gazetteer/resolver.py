"""Resolve place mentions to gazetteer places, with a confidence, a reason and a precision.

Signals, in the order they are applied
--------------------------------------
1. **Admin context** read from the words around the mention (lexicon ``admin_cues.tsv``):
   «ريف X» / «بريف X» / «الريف الشرقي لـX» → the countryside of X (a directional *sector* when a
   direction is given — «ريف حمص الشرقي» — else the whole governorate); «محافظة X» /
   «محافظات X وY» → the governorate; «مدينة X» → the city.
2. **Kind and trigger**: a trigger noun («مطار», «حقل», «معبر»…) favours candidates of that kind;
   otherwise populated places beat admin units, stations and crossings of the same name.
3. **The sentence's own areas**: when the sentence names a Syrian governorate, district or
   sector («… في ريف إدلب»), candidates inside that governorate win («سنجار» → Sanjar, Idlib,
   not Sinjar, Iraq). A settlement cue («بلدة X») whose only settlements are small places abroad
   takes the Syrian unit named after X (its seat town is missing from the data).
4. **Co-mentioned places**: candidates near the article's other, unambiguous places win
   (several Syrian villages share a name).
5. **Population** breaks the remaining ties.

Small places abroad (villages, towns under 20,000 people, neighbourhoods) in a country the
article never names, more than 150 km from its Syrian places, are taken for Syrian homonyms
missing from the gazetteer and placed like unknown places.

Places the gazetteer does not know (mentions without candidates) become a synthetic
:class:`~geo.model.Place` with id ``unknown:<normalised name>``, located at the smallest
enclosing known area the text gives — a known name inside the unknown one («محسا القريتين»,
unless the sentence puts it in a Syrian area far from that namesake), the
area named by «بريف X …», «قرب X», «في X» in the same sentence, the nearest place of the same
sentence, else the article's main place — with that area's precision (never a made-up point).
Generic facility phrases («القاعدة الجوية») resolve to the nearest airbase of the article's area.

Governorates are represented by their capital's point (the gazetteer stores them so; this is
the ACLED convention for admin-1 precision), always with ``geo_precision="governorate"``.

Speed: the work done once per name or word is memoised per process (the places of a candidate
tuple, the choice for a name with one candidate, the cue reading of a word); within an article,
a name repeated with the same cue gets the same choice, and the words around a mention are read
from the matcher's scan only when the word before it is a cue word.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from geo.arabic import clitic_splits
from geo.model import Mention, Place, Resolution
from geo.geometry import EARTH_RADIUS_KM, haversine_km, haversine_km_from_terms, latitude_terms

from gazetteer.matcher import _Scan, name_index, normalize_name

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer.store import Gazetteer

__all__ = ["resolve_mentions", "geo_precision_of", "haversine_km", "KIND_PRIOR"]

#: Prior preference between candidates of the same name, by kind.
KIND_PRIOR: dict[str, float] = {
    "country": 3.0, "city": 2.6, "town": 2.2, "region": 2.0, "river": 2.0, "sea": 2.0,
    "governorate": 1.8, "mountain": 1.6, "village": 1.5, "airbase": 1.5, "oil_field": 1.5,
    "sector": 1.4, "military_base": 1.4, "hill": 1.3, "neighbourhood": 1.2, "airport": 1.2,
    "dam": 1.2, "district": 1.0, "facility": 1.0, "roundabout": 1.0, "landmark": 1.0,
    "crossing": 0.8, "subdistrict": 0.7, "station": 0.3, "other": 0.5,
}
_COMPATIBLE = {
    "airport": {"airport", "airbase"}, "airbase": {"airbase", "airport"},
    "oil_field": {"oil_field", "facility"}, "military_base": {"military_base", "airbase"},
    "town": {"town", "city", "village"}, "city": {"city", "town"}, "village": {"village", "town"},
    "mountain": {"mountain", "hill"}, "hill": {"hill", "mountain"},
    "crossing": {"crossing"}, "station": {"station", "facility"}, "dam": {"dam"},
    "neighbourhood": {"neighbourhood"}, "region": {"region", "sector"},
    "subdistrict": {"subdistrict"},
}
_POINT_KINDS = frozenset({"city", "town", "village", "neighbourhood", "airbase", "airport",
                          "military_base", "facility", "oil_field", "dam", "station", "crossing",
                          "roundabout", "landmark", "hill", "mountain", "other"})
_ANCHOR_KINDS = frozenset({"city", "town", "village", "neighbourhood", "airbase", "airport",
                           "military_base", "oil_field", "facility", "dam", "station", "hill",
                           "mountain", "roundabout", "landmark", "crossing"})
_SENTENCE_ENDS = ".!?؟\n"
_SENTENCE_END_RE = re.compile("[.!?؟\n]")
_SCORED_KINDS = _POINT_KINDS | {"sector", "district", "subdistrict", "region"}
_NO_KINDS: frozenset[str] = frozenset()
_T = TypeVar("_T")


#: Id prefix of the localities placed within their admin unit (``sources/area_localities.csv``).
LOCALITY_PREFIX = "locality:"


def geo_precision_of(place: Place) -> str:
    """GED-style precision of a resolved place (``exact`` … ``country``)."""
    kind = place.kind
    if kind == "country":
        return "country"
    if kind == "governorate":
        return "governorate"
    # a locality sits at its admin unit's point (gazetteer/data/README.md): never a point of its own
    locality = place.id.startswith(LOCALITY_PREFIX)
    if kind in ("district", "subdistrict", "sector", "region", "river", "sea") \
            or (locality and place.precision_km > 25):
        return "district" if place.precision_km <= 80 else "governorate"
    if locality or place.precision_km > 10:
        return "near"
    return "exact"


class _Cue(NamedTuple):
    level: str = ""  # countryside / governorate / city / near / in / ""
    direction: str = ""  # compass code of a countryside sector
    cue: str = ""  # the word that gave the level


_NO_CUE = _Cue()
#: Punctuation between two words that stops the reading of cue words across it.
_CUE_STOPS = frozenset(".!?;:,()\"'")


class _CueWords:
    """The admin-cue and direction words of one lexicon, built once per name index.

    ``reading(word)`` is memoised per word: ``(level, countryside)`` where ``level`` is the admin
    level of the first clitic reading of ``word`` that is a cue («بريف» → ``countryside``), and
    ``countryside`` tells whether any reading is a countryside cue.
    """

    def __init__(self, lex: Any) -> None:
        self.admin_cues: dict[str, str] = lex.admin_cues
        self.directions: dict[str, str] = lex.directions
        self.reading = functools.lru_cache(maxsize=8192)(self._reading)

    def _reading(self, word: str) -> tuple[str, bool]:
        admin_cues = self.admin_cues
        stems = [stem for _prefix, stem in clitic_splits(word)]
        level = next((admin_cues[stem] for stem in stems if stem in admin_cues), "")
        countryside = any(admin_cues.get(stem) == "countryside" for stem in stems)
        return level, countryside


def _cue_words(index: Any) -> _CueWords:
    """The :class:`_CueWords` of the lexicon of ``index`` (built once, kept on the index)."""
    return _kept_on(index, "_conflictmap_cue_words", lambda: _CueWords(index.lexicon))


def _kept_on(owner: Any, attribute: str, build: Callable[[], _T]) -> _T:
    """A structure derived from ``owner`` (a gazetteer, a name index): built on first use, then
    kept on it (rebuilt every time for an owner that takes no attributes)."""
    cached = getattr(owner, attribute, None)
    if cached is None:
        cached = build()
        try:
            setattr(owner, attribute, cached)
        except (AttributeError, TypeError):
            pass
    return cached


class _Context:
    """Normalised view of the article used to read the words around each mention."""

    def __init__(self, text: str, index: Any = None) -> None:
        self.text = text
        self.scan = index.scan(text) if index is not None else _Scan(text)
        self.map = self.scan.map
        self.sentence_ends: list[int] | None = None  # offsets of _SENTENCE_ENDS, found on first use

    def norm_start(self, mention: Mention) -> int:
        """Where ``mention`` starts in the normalised text."""
        return bisect.bisect_left(self.map, mention.start, 0, len(self.map) - 1)

    def norm_span(self, mention: Mention) -> tuple[int, int]:
        """``[i, j)`` of ``mention`` in the normalised text (never empty)."""
        i = self.norm_start(mention)
        j = bisect.bisect_left(self.map, mention.end, 0, len(self.map) - 1)
        return i, max(j, i + 1)

    def prefix(self, mention: Mention) -> str:
        """Proclitics glued to the mention («بـ», «لـ», «و»…), normalised."""
        i, j = self.norm_span(mention)
        surface = self.scan.s[i:j]
        key = mention.key
        if key and surface.endswith(key):
            return surface[: len(surface) - len(key)]
        if key.startswith("ال") and surface.endswith(key[1:]):  # «للرقه» = ل + الرقه
            return surface[: len(surface) - len(key) + 1]
        if key.startswith("ال") and surface.endswith(key[2:]):
            return surface[: len(surface) - len(key) + 2]
        return ""

    def open_before(self, k: int) -> bool:
        """Whether word ``k`` has a word before it with no stopping punctuation in between."""
        return k > 0 and _CUE_STOPS.isdisjoint(self.scan.gap(k))

    def directions_after(self, mention: Mention, directions: dict[str, str]) -> str:
        """Compass codes of the direction words among the two words right after the mention."""
        _i, j = self.norm_span(mention)
        scan = self.scan
        first = scan.word_index(j - 1) + 1
        if first <= 0:
            return ""
        codes = ""
        for k in range(first, min(first + 2, len(scan.strings))):
            if not self.open_before(k):
                break
            codes += directions.get(scan.strings[k], "")
        return codes

    def sentence(self, mention: Mention) -> tuple[int, int]:
        """``[start, end)`` of the sentence of ``mention`` (split at ``_SENTENCE_ENDS``): from
        after the last sentence end before the mention's start to the first one at or after its
        end. The ends of the text are found once (one pass), then each sentence is two
        binary searches."""
        ends = self.sentence_ends
        if ends is None:
            ends = self.sentence_ends = [m.start() for m in _SENTENCE_END_RE.finditer(self.text)]
        i = bisect.bisect_left(ends, mention.start)
        j = bisect.bisect_left(ends, mention.end, i)
        return (ends[i - 1] + 1 if i else 0), (ends[j] if j < len(ends) else len(self.text))


def _read_cue(ctx: _Context, mention: Mention, k: int, vocab: _CueWords) -> _Cue:
    """The admin context of ``mention``, which starts in word ``k`` (> 0), from the words before
    it («ريف X», «الريف الشرقي لـX», «محافظة X», «مدينة X») and, for a countryside, the
    direction words after it."""
    strings = ctx.scan.strings
    first = strings[k - 1]
    level, _countryside = vocab.reading(first)
    if (not level and first not in vocab.directions) or not ctx.open_before(k):
        return _NO_CUE
    direction, word = "", first
    if not level:  # «الريف الشرقي لدير الزور»
        if not (ctx.open_before(k - 1) and vocab.reading(strings[k - 2])[1]):
            return _NO_CUE
        level, direction, word = "countryside", vocab.directions[first], strings[k - 2]
    if level == "countryside" and not direction:
        direction = ctx.directions_after(mention, vocab.directions)
    return _Cue(level, direction, word)


_DIRECTION_WORDS = {"N": "الشمالي", "S": "الجنوبي", "E": "الشرقي", "W": "الغربي"}


def _sector_for(gov: Place, direction: str, gazetteer: Gazetteer, index: Any) -> Place | None:
    """The countryside sector of governorate ``gov`` in ``direction`` (e.g. 'E', 'SW')."""
    names = [gov.name_ar, *gov.aliases_ar]
    words = [_DIRECTION_WORDS[c] for c in direction if c in _DIRECTION_WORDS]
    for name in names:
        base = normalize_name(name)
        if base.startswith("محافظه "):
            base = base[len("محافظه "):]
        for key in (" ".join(["ريف", base, *words]), " ".join(["ريف", base, *reversed(words)])):
            entry = index.entries.get(key)
            if entry is None:
                continue
            for pid in entry.place_ids:
                if pid in gazetteer:
                    place = gazetteer.get(pid)
                    if place.kind == "sector":
                        return place
    return None


def _governorate_of(place: Place, gazetteer: Gazetteer) -> Place | None:
    if place.kind == "governorate":
        return place
    seat = gazetteer.seat_of(place.id)
    if seat is not None and seat.kind == "governorate":
        return seat
    parent = gazetteer.parent(place.id)
    depth = 0
    while parent is not None and depth < 4:
        if parent.kind == "governorate":
            return parent
        parent = gazetteer.parent(parent.id)
        depth += 1
    return None


def _is_whole_countryside(place: Place) -> bool:
    return place.kind == "sector" and not _names_a_direction(place.name_ar)


@functools.lru_cache(maxsize=1024)
def _names_a_direction(name_ar: str) -> bool:
    """Whether the normalised ``name_ar`` holds a direction word («ريف حمص الشرقي»)."""
    name = normalize_name(name_ar)
    return any(w in name for w in _DIRECTION_WORDS.values())


class _Choice(NamedTuple):
    place: Place
    confidence: float
    reason: str
    precision: str  # the GED-style precision of the resolution


def _choice(place: Place, confidence: float, reason: str, precision: str = "") -> _Choice:
    """A :class:`_Choice`; its precision is :func:`geo_precision_of` ``place`` unless given."""
    return _Choice(place, confidence, reason, precision or geo_precision_of(place))


#: Up to this many anchors, every anchor is measured from a candidate; beyond, only those in
#: the latitude band that can hold the nearest.
_FEW_ANCHORS = 16


class _Anchors:
    """The anchor places of one article, for exact nearest-anchor distances.

    With many anchors, not every anchor is measured from every candidate: a first bound comes
    from the anchors nearest in latitude, then only the latitude band that can beat it is
    measured (the great-circle distance is at least R·|Δφ|).
    """

    _PER_DEGREE = math.radians(1.0) * EARTH_RADIUS_KM

    def __init__(self, anchors: Sequence[Place]) -> None:
        ranked = sorted(anchors, key=lambda a: a.lat)
        self.lats = [a.lat for a in ranked]
        self.ids = frozenset(a.id for a in ranked)
        self.terms = [_anchor_terms(a) for a in ranked]

    def any_besides(self, excluded: Sequence[str]) -> bool:
        """Whether an anchor is left once the ``excluded`` ids are removed."""
        return len(self.lats) > len(self.ids.intersection(excluded))

    def nearest_km(self, place: Place, excluded: Sequence[str]) -> float:
        """``min(haversine_km(place.lat, place.lon, a.lat, a.lon))`` over the anchors whose id
        is not in ``excluded`` (there must be one)."""
        skip = self.ids.intersection(excluded)
        terms = self.terms
        if len(terms) <= _FEW_ANCHORS:
            return _nearest_km(place, terms, skip)
        lats = self.lats
        k = bisect.bisect_left(lats, place.lat)
        reach = len(skip) + 1  # anchors on either side: one at least is not skipped
        bound = _nearest_km(place, terms[max(0, k - reach):k + reach], skip)
        band = (bound + 1e-6) / (self._PER_DEGREE * (1 - 1e-9))  # in degrees of latitude
        lo = bisect.bisect_left(lats, place.lat - band)
        hi = bisect.bisect_right(lats, place.lat + band)
        return _nearest_km(place, terms[lo:hi], skip)


#: An anchor's id, its :func:`~geo.geometry.latitude_terms` and its longitude.
_AnchorTerms = tuple[str, float, float, float]


def _anchor_terms(anchor: Place) -> _AnchorTerms:
    """:data:`_AnchorTerms` of ``anchor``."""
    return (anchor.id, *latitude_terms(anchor.lat), anchor.lon)


def _nearest_km(place: Place, anchors: Sequence[_AnchorTerms], skip: frozenset[str]) -> float:
    """The smallest ``haversine_km`` from ``place`` to the ``anchors`` not in ``skip`` (inf if
    none)."""
    phi, cos_phi = latitude_terms(place.lat)
    lon = place.lon
    best = math.inf
    for anchor_id, anchor_phi, anchor_cos_phi, anchor_lon in anchors:
        if anchor_id in skip:
            continue
        d = haversine_km_from_terms(phi, cos_phi, lon, anchor_phi, anchor_cos_phi, anchor_lon)
        if d < best:
            best = d
    return best


def _score(place: Place, fits: frozenset[str] | set[str], anchors: _Anchors | None,
           excluded: Sequence[str]) -> tuple[float, float | None]:
    """Score of one candidate and its distance to the nearest anchor (None when not measured).

    ``fits`` are the kinds the mention's trigger asks for; ``anchors`` is None when no anchor
    is left besides the ``excluded`` candidate ids.
    """
    score = KIND_PRIOR.get(place.kind, 0.5)
    if place.kind in fits:
        score += 2.0
    if place.country == "SY":
        score += 0.4
    if place.population:
        score += min(0.6, math.log10(max(place.population, 1)) / 10)
    if anchors is None or place.kind not in _SCORED_KINDS:
        return score, None
    d = anchors.nearest_km(place, excluded)
    return score + 1.5 * math.exp(-d / 100.0), d


def _why(place: Place, mention: Mention, fits: frozenset[str] | set[str], d: float | None) -> str:
    """The reason text of :func:`_score` for ``place``."""
    why = [place.kind]
    if place.kind in fits:
        why.append(f"«{mention.trigger}» fits")
    if d is not None:
        why.append(f"{d:.0f} km from the article's other places")
    return ", ".join(why)


def _best_scored(mention: Mention, cands: Sequence[Place], anchors: _Anchors) -> _Choice:
    """The best-scoring candidate; confidence from its lead over the second."""
    hint = mention.kind_hint
    fits = _COMPATIBLE.get(hint, {hint}) if hint else _NO_KINDS
    excluded = mention.candidates
    measured = anchors if anchors.any_besides(excluded) else None
    ranked = []  # (-score, id, position, distance, place): by score, then id, then given order
    for k, place in enumerate(cands):
        score, d = _score(place, fits, measured, excluded)
        ranked.append((-score, place.id, k, d, place))
    ranked.sort()
    negative_best, _id, _k, d, best = ranked[0]
    best_score = -negative_best
    second = -ranked[1][0] if len(ranked) > 1 else 0.0
    why = _why(best, mention, fits, d)
    return _choice(best, round(0.55 + 0.35 * min(1.0, (best_score - second) / 2.0), 3),
                   f"best of {len(cands)} candidates: {why}")


def _choose(mention: Mention, cands: Sequence[Place], cue: _Cue, anchors: _Anchors,
            gazetteer: Gazetteer, index: Any) -> _Choice:
    """The place of a mention with candidates: admin context first, then the only candidate,
    then a city cue, then the best score."""
    if cue.level in ("countryside", "governorate"):
        by_cue = _choose_by_admin_cue(mention, cands, cue, gazetteer, index)
        if by_cue is not None:
            return by_cue
    if len(cands) == 1:
        return _only_candidate_choice(gazetteer)(mention.key, cands[0].id)
    if cue.level == "city":
        cities = [p for p in cands if p.kind in ("city", "town", "village")]
        unit = _syrian_unit_for_foreign_settlements(cities, cands)
        if unit is not None:  # «بلدة بيت جن»: the Syrian subdistrict's town, not Beit Jann (Israel)
            return _choice(unit, 0.7, f"«{cue.cue}» → the town of the {unit.kind} {unit.name} "
                                      "(no Syrian settlement of that name in the gazetteer; "
                                      f"homonym abroad: {cities[0].name})", "district")
        if len(cities) == 1:
            return _choice(cities[0], 0.9, f"«{cue.cue}» → the {cities[0].kind} {cities[0].name}")
        if cities:  # homonymous settlements: let proximity to the other places decide
            cands = cities
    choice = _best_scored(mention, cands, anchors)
    if _is_whole_countryside(choice.place):
        gov = gazetteer.parent(choice.place.id)
        if gov is not None and gov.kind == "governorate":
            return _choice(gov, choice.confidence, choice.reason)
    return choice


def _syrian_unit_for_foreign_settlements(settlements: Sequence[Place],
                                        cands: Sequence[Place]) -> Place | None:
    """The Syrian district/subdistrict among ``cands`` when every settlement candidate is a small
    place abroad: a settlement cue («بلدة X») then means the Syrian unit's seat town, which the
    gazetteer lacks (units are named after their seat)."""
    if not settlements or not all(_minor_abroad(p) for p in settlements):
        return None
    units = [p for p in cands if p.kind in ("subdistrict", "district") and p.country == "SY"]
    return min(units, key=lambda p: (p.precision_km, p.id)) if units else None


def _choose_by_admin_cue(mention: Mention, cands: Sequence[Place], cue: _Cue, gazetteer: Gazetteer,
                         index: Any) -> _Choice | None:
    """«ريف X» / «محافظة X»: the district, sector or governorate the cue points to, if any."""
    if cue.level == "countryside" and not any(p.kind == "governorate" for p in cands):
        districts = [p for p in cands if p.kind == "district"]
        if districts:  # «ريف سلمية»: the countryside of a district seat is its district
            best = max(districts, key=lambda p: (p.population or 0, p.id))
            seat = gazetteer.seat_of(best.id)
            if seat is not None and seat.kind in ("city", "town", "village"):
                # Like governorates, and as ACLED codes "countryside of X": the area is located
                # at its seat town (a desert district's centroid can lie 50 km from anything),
                # with the district's radius as precision.
                best = replace(best, lat=seat.lat, lon=seat.lon)
                where = f", placed at its seat {seat.name}"
            else:
                where = ""
            return _choice(best, 0.8, f"«{cue.cue} {mention.key}» → countryside of the district "
                                      f"{best.name}{where}", "district")
    if cue.level == "countryside" and all(p.kind in _COUNTRYSIDE_OF_A_TOWN for p in cands):
        # «ريف تل رفعت (شمالي حلب)»: the countryside of a town is placed at the town, not at its
        # governorate or at a sector of it (a direction after it may relate it to another place)
        return None
    govs = [g for g in (_governorate_of(p, gazetteer) for p in cands) if g is not None]
    sectors = [p for p in cands if p.kind == "sector"]
    if cue.level == "countryside" and cue.direction and govs:
        sector = _sector_for(govs[0], cue.direction, gazetteer, index)
        if sector is not None:
            return _choice(sector, 0.85, f"«{cue.cue} … {mention.key}» with a direction → "
                                         f"countryside sector {sector.name}")
    if sectors and not _is_whole_countryside(sectors[0]):
        return _choice(sectors[0], 0.85, f"countryside sector {sectors[0].name}")
    if govs:
        gov = govs[0]
        what = "countryside of" if cue.level == "countryside" else "governorate cue for"
        return _choice(gov, 0.85, f"«{cue.cue}» → {what} {gov.name} "
                                  f"(governorate level, placed at its capital)", "governorate")
    return None


#: Kinds of a name whose countryside («ريف X») is the area around the town itself.
_COUNTRYSIDE_OF_A_TOWN = frozenset({"town", "village", "subdistrict"})


def _only_candidate_choice(gazetteer: Gazetteer) -> Callable[[str, str], _Choice]:
    """(name key, place id) -> the choice for a name whose only candidate is that place and
    that has no admin cue; memoised per name (it depends on nothing else)."""

    def build() -> Callable[[str, str], _Choice]:
        @functools.lru_cache(maxsize=16384)
        def only_candidate(key: str, place_id: str) -> _Choice:
            place = gazetteer.get(place_id)
            if place.kind in ("district", "subdistrict") and key.startswith("منطقه "):
                seat = gazetteer.seat_of(place.id)
                if seat is not None and seat.kind in ("city", "town", "village"):
                    # «منطقة الميادين» in news is the area around the town, not the district.
                    return _choice(seat, 0.75, f"«{key}»: the area around the {seat.kind} "
                                               f"{seat.name} (seat of the {place.kind})", "near")
            if _is_whole_countryside(place):
                gov = gazetteer.parent(place.id)
                if gov is not None and gov.kind == "governorate":
                    return _choice(gov, 0.85, f"whole countryside of {gov.name} "
                                              "(governorate level, placed at its capital)",
                                   "governorate")
            return _choice(place, 0.9, f"only gazetteer entry for «{key}» ({place.kind})")
        return only_candidate

    return _kept_on(gazetteer, "_conflictmap_only_candidate_choice", build)


class _Known:
    """The resolutions an unknown place can be placed by, growing as unknown names are placed;
    indexed by mention start (for the same-sentence lookups) with the article's main place and
    first country kept up to date, so placing many unknown names stays linear."""

    def __init__(self, resolutions: Sequence[Resolution]) -> None:
        self.items: list[Resolution] = []
        self.by_start: list[tuple[int, int]] = []  # (mention start, index in items), sorted
        self.country: Place | None = None  # the first country
        # per Syrian place id counted for the main place: mentions, first-seen rank, first place
        self.counts: dict[str, int] = {}
        self.order: dict[str, int] = {}
        self.first: dict[str, Place] = {}
        self.main: str | None = None  # the first-seen of the most mentioned
        for r in resolutions:
            self.append(r)

    def append(self, r: Resolution) -> None:
        """Add ``r`` (its mention may start anywhere in the text)."""
        index = len(self.items)
        self.items.append(r)
        bisect.insort(self.by_start, (r.mention.start, index))
        if r.place.kind == "country" and self.country is None:
            self.country = r.place
        if _counts_for_main(r):
            pid = r.place.id
            count = self.counts.get(pid, 0) + 1
            self.counts[pid] = count
            self.order.setdefault(pid, len(self.order))
            self.first.setdefault(pid, r.place)
            main = self.main
            # as ``max(counts.items(), key=count)``: the first-seen of the most mentioned
            if main is None or count > self.counts[main] or (
                    count == self.counts[main] and self.order[pid] < self.order[main]):
                self.main = pid

    def starting_in(self, lo: int, hi: int) -> list[Resolution]:
        """The resolutions whose mention starts in ``[lo, hi)``, in list order."""
        a = bisect.bisect_left(self.by_start, (lo, -1))
        b = bisect.bisect_left(self.by_start, (hi, -1))
        return [self.items[k] for k in sorted(k for _, k in self.by_start[a:b])]

    def main_place(self) -> Place | None:
        """The article's main place: the first seen of the most mentioned Syrian places below
        country level (None when there is none)."""
        return None if self.main is None else self.first[self.main]


def _counts_for_main(r: Resolution) -> bool:
    """Whether ``r`` counts towards the article's main place (a known Syrian place below
    country level)."""
    return r.known and r.place.kind not in ("country", "sea", "river") and r.place.country == "SY"


#: An unknown place «X Y» named after a known Y is placed at Y unless the sentence puts it in an
#: area farther than this beyond that area's radius.
NAMED_AFTER_SLACK_KM = 30.0


def _inner_name_entry(inner: str, index: Any, after_noun: bool) -> Any:
    """The strong place entry of a name inside an unknown one, read as written or, for a bare
    name ``after_noun`` (not the unknown name's first word: «مفرق» is no «المفرق»), with the
    article it drops after a noun («مفرق حميمة»: the village «الحميمة»)."""
    bare = after_noun and not inner.startswith("ال")
    for key in (inner, "ال" + inner) if bare else (inner,):
        entry = index.entries.get(key)
        if entry is not None and entry.role == "place" and not entry.weak and entry.place_ids:
            return entry
    return None


def _named_after(mention: Mention, gazetteer: Gazetteer, index: Any) -> Place | None:
    """The known place whose name lies inside an unknown one («محسا القريتين» → al-Qaryatayn),
    longest inner name first; None when there is none."""
    words = mention.key.split(" ")
    for size in range(len(words) - 1, 0, -1):
        for start in range(0, len(words) - size + 1):
            inner = " ".join(words[start:start + size])
            entry = _inner_name_entry(inner, index, after_noun=start > 0)
            if entry is not None:
                place = max((gazetteer.get(i) for i in entry.place_ids if i in gazetteer),
                            key=lambda p: KIND_PRIOR.get(p.kind, 0.5), default=None)
                if place is not None:
                    return place
    return None


def _country_named(key: str, index: Any, gazetteer: Gazetteer) -> Place | None:
    """The country whose (normalised) name is ``key``, if any."""
    entry = index.entries.get(key)
    if entry is None or entry.role != "place":
        return None
    return next((gazetteer.get(i) for i in entry.place_ids
                 if i in gazetteer and gazetteer.get(i).kind == "country"), None)


def _country_of_nisba(word: str, index: Any, gazetteer: Gazetteer) -> Place | None:
    """The country of a definite nisba adjective («العراقية» → Iraq, «التركي» → Turkey,
    «السورية» → Syria), derived from the country names: the stem with «ال», bare, or with the
    «يا»/«ا» ending its name drops in the adjective («تركيا» → «تركية», «أمريكا» → «أمريكية»)."""
    if not word.startswith("ال") or len(word) < 6:
        return None
    stem = word[2:-2] if word.endswith("يه") else word[2:-1] if word.endswith("ي") else ""
    if not stem:
        return None
    for key in ("ال" + stem, stem, stem + "يا", stem + "ا"):
        country = _country_named(key, index, gazetteer)
        if country is not None:
            return country
    return None


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _country_by_iso(iso: str, gazetteer: Gazetteer) -> Place | None:
    """The gazetteer's country with the ISO code ``iso``; None for an empty or unknown code."""
    country_id = f"country:{iso}"
    return gazetteer.get(country_id) if iso and country_id in gazetteer else None


def _enclosing_country(mention: Mention, ctx: _Context, resolved: _Known,
                       gazetteer: Gazetteer, index: Any) -> tuple[Place | None, str]:
    """The country of an unknown first-level unit («محافظة الأنبار»): a unit encloses the towns
    of its sentence, so only a country can enclose it — the one ``units_abroad.tsv`` gives for
    its name («الأنبار» → Iraq), one its own name or a nisba adjective after it gives («إقليم
    كردستان العراق», «محافظة الأنبار العراقية»), else one named in the
    sentence, else the country of the sentence's known places, else the article's first country."""
    country = _country_by_iso(index.lexicon.units_abroad.get(mention.key, ""), gazetteer)
    if country is not None:
        return country, f"a unit of {country.name} (units_abroad.tsv)"
    named = _named_after(mention, gazetteer, index)
    if named is not None and named.kind == "country":
        return named, f"{named.name} named in the unit's name"
    after = _NEXT_WORD.match(ctx.scan.s, ctx.norm_span(mention)[1])
    adjective = after.group(1) if after else ""
    nisba = _country_of_nisba(adjective, index, gazetteer)
    if nisba is not None:
        return nisba, f"«{adjective}» after the unit's name"
    s0, s1 = ctx.sentence(mention)
    same = [r for r in resolved.starting_in(s0, s1) if r.known]
    for r in same:
        if r.place.kind == "country":
            return r.place, f"{r.place.name} named in the same sentence"
    for r in same:
        country = _country_by_iso(r.place.country, gazetteer)
        if country is not None:
            return country, f"the country of {r.place.name}, named in the same sentence"
    if resolved.country is not None:
        return resolved.country, f"the article's country {resolved.country.name}"
    return None, ""


def _country_of_the_nisba_after(mention: Mention, ctx: _Context, index: Any,
                                gazetteer: Gazetteer) -> Place | None:
    """The foreign country of a nisba adjective right after an unknown name («مدينة دانانغ
    الفيتنامية» → Vietnam): the name lies there, not at a Syrian place of the article. None for
    Syria and when no such adjective follows."""
    start = ctx.norm_span(mention)[1]
    if start >= len(ctx.scan.s) or ctx.scan.s[start] != " ":
        return None  # (an adjective follows after one space, without punctuation)
    after = _NEXT_WORD.match(ctx.scan.s, start)
    if after is None or not after.group(1).startswith("ال"):
        return None
    country = _country_of_nisba(after.group(1), index, gazetteer)
    return country if country is not None and country.country != "SY" else None


#: Kind hints of unknown names that a foreign nisba after them places abroad (settlements; a base or
#: a post is often named after the army that holds it).
_NISBA_ABROAD_HINTS = frozenset({"city", "town", "village", "capital"})


def _enclosing(mention: Mention, ctx: _Context, resolved: _Known, cues: dict[int, _Cue],
               gazetteer: Gazetteer, index: Any) -> tuple[Place | None, str]:
    """The smallest known area the text gives for an unknown place, and why."""
    if mention.kind_hint == "governorate":
        return _enclosing_country(mention, ctx, resolved, gazetteer, index)
    if mention.kind_hint == "road":  # a highway runs through many places: none of them is its area
        return _country_by_iso("SY", gazetteer), "a highway by its number (its course is not in the gazetteer)"
    # 1. A known name inside the unknown one: «محسا القريتين», «مطار X».
    named = _named_after(mention, gazetteer, index)
    # 2./3. Areas of the same sentence: an admin/near cue after it, else the nearest place.
    s0, s1 = ctx.sentence(mention)
    same = [r for r in resolved.starting_in(s0, s1) if r.known and r.place.kind != "country"]
    cued_after = [r for r in same if r.mention.start > mention.start
                  and cues.get(id(r.mention), _NO_CUE).level in ("countryside", "governorate", "near",
                                                                 "in")]
    # 0. A settlement with a foreign nisba after it («مدينة دانانغ الفيتنامية») lies in that country,
    # unless the sentence places it in Syria («معسكر زرنوقة التركي في ريف إدلب»: named after its army)
    if mention.kind_hint in _NISBA_ABROAD_HINTS and not any(r.place.country == "SY" for r in cued_after):
        abroad = _country_of_the_nisba_after(mention, ctx, index, gazetteer)
        if abroad is not None:
            return abroad, f"«{abroad.name_ar or abroad.name}» by the adjective after the name"
    if named is not None:
        # the sentence's own area: one introduced by a cue word, or a Syrian admin area («بريف X»)
        # («مخيم الركبان … وهاجمت … قرب بلدة القريتين»: a cue of another place further on is not its
        # area); «باب بغداد بمدينة الرقة»: the town the text puts it in is one
        placed = [r for r in same if r.mention.start > mention.start
                  and _attached_after(mention, r.mention, ctx.text)
                  and (r in cued_after or (r.place.kind in _ADMIN_AREA_KINDS and r.place.country == "SY")
                       or cues.get(id(r.mention), _NO_CUE).level == "city")]
        area = min(placed, key=lambda r: r.mention.start).place if placed else None
        if area is None or haversine_km(named.lat, named.lon, area.lat, area.lon) \
                <= area.precision_km + NAMED_AFTER_SLACK_KM:
            return named, f"named after {named.name}"
        # «تل سنجار في ريف إدلب»: the text's own area wins over a namesake elsewhere (Sinjar, Iraq)
    if cued_after:
        r = min(cued_after, key=lambda r: r.mention.start)
        return r.place, f"«{cues[id(r.mention)].cue} {r.mention.key}» in the same sentence"
    main = resolved.main_place()
    near = [r for r in same if _plausible_neighbour(r.place, main)]
    if near:
        r = min(near, key=lambda r: (abs(r.mention.start - mention.start)
                                     + (0 if r.mention.start < mention.start else 5)))
        return r.place, f"near {r.place.name}, named in the same sentence"
    if main is not None:
        return main, f"the article's main place {main.name}"
    if resolved.country is not None:
        return resolved.country, f"the article's country {resolved.country.name}"
    return None, ""


#: A place abroad farther than this from the article's main (Syrian) place is no area for an
#: uncued unknown name of its sentence: «قذائف سقطت على بلدة X … واتهمت أنقرة»: a capital named
#: for its government, 600 km from the front.
_FAR_ABROAD_KM = 200.0


def _plausible_neighbour(place: Place, main: Place | None) -> bool:
    """Whether ``place``, named in an unknown name's sentence without a cue linking them, may be
    its area: a place of the article's main country, or one abroad near its main place."""
    if main is None or place.country == main.country:
        return True
    return haversine_km(place.lat, place.lon, main.lat, main.lon) <= _FAR_ABROAD_KM


#: At most this many words between an unknown name and the area that locates it («مخيم X في
#: ريف حمص», «X قرب بلدة Y»).
_ATTACHED_WORDS = 3


def _attached_after(mention: Mention, later: Mention, text: str) -> bool:
    """Whether ``later`` follows ``mention`` closely enough to locate it: a few words (cue
    words such as «في ريف», «قرب بلدة») and no punctuation between them."""
    between = text[mention.end:later.start]
    return len(between.split()) <= _ATTACHED_WORDS and not any(ch in between for ch in ".,،;:!?؟\n")


#: Kinds of unknown places that lie inside the town they are placed at (a quarter, a square, a
#: landmark): the town's own extent (at least this radius) bounds them.
_INSIDE_A_TOWN_KINDS = frozenset({"neighbourhood", "roundabout", "landmark"})
_INSIDE_A_TOWN_KM = 10.0
#: Radius of an unknown place placed at a settlement it is only near (a village «جنوب X», an
#: oil field, a list item placed at a neighbour): the UCDP/ACLED "near" precision (≤ 25 km).
_NEAR_KM = 25.0


def _near_radius_km(kind_hint: str) -> float:
    """The smallest honest radius around a settlement for an unknown place of ``kind_hint``
    placed there: a quarter or landmark lies inside it; any other place may lie some way off."""
    return _INSIDE_A_TOWN_KM if kind_hint in _INSIDE_A_TOWN_KINDS else _NEAR_KM


def _unknown_place(mention: Mention, area: Place | None) -> tuple[Place, str]:
    key = mention.key or normalize_name(mention.surface)
    kind = mention.kind_hint if mention.kind_hint else "other"
    if kind not in KIND_PRIOR:
        kind = "other"
    if area is None:
        place = Place(id=f"unknown:{key}", name=key, name_ar=key, kind=kind, lat=34.8, lon=38.99,
                      precision_km=400.0, country="SY", source="unknown", parent_id="")
        return place, "country"
    if area.kind in ("country",):
        precision = "country"
    elif area.kind == "governorate":
        precision = "governorate"
    elif area.kind in ("district", "subdistrict", "sector", "region", "river", "sea"):
        precision = "district" if area.precision_km <= 80 else "governorate"
    else:
        precision = "near"
    radius = max(area.precision_km, _near_radius_km(mention.kind_hint) if precision == "near" else 0.0)
    place = Place(id=f"unknown:{key}", name=key, name_ar=key, kind=kind, lat=area.lat, lon=area.lon,
                  precision_km=radius, country=area.country, admin1=area.admin1,
                  admin1_name=area.admin1_name, source="unknown (placed at enclosing area)",
                  parent_id=area.id)
    return place, precision


def _nearest_airbase(area: Place, gazetteer: Gazetteer, kinds: set[str]) -> tuple[Place, float] | None:
    best: tuple[Place, float] | None = None
    for place in _airbases(gazetteer):
        if place.kind not in kinds:
            continue
        d = haversine_km(area.lat, area.lon, place.lat, place.lon)
        if best is None or d < best[1]:
            best = (place, d)
    return best


def _airbases(gazetteer: Gazetteer) -> list[Place]:
    """The airbases and airports of ``gazetteer`` (listed once, kept on it)."""
    return _kept_on(gazetteer, "_conflictmap_airbases",
                    lambda: [p for p in gazetteer.places() if p.kind in ("airbase", "airport")])


#: Small foreign places (villages, towns, neighbourhoods) are kept only when the article names
#: their country or they lie near the article's other places; beyond this a same-named Syrian
#: village missing from the gazetteer is far likelier than a Jordanian or Iraqi one.
FOREIGN_HOMONYM_KM = 150.0
_SMALL_KINDS = frozenset({"village", "neighbourhood", "town"})
_SMALL_POPULATION = 20_000  # a known town abroad (Arsal, al-Qaim, Reyhanli) is news in its own right


def _minor_abroad(place: Place) -> bool:
    """A small place abroad that is no news in its own right (fewer than 20,000 people)."""
    return _small_abroad(place) and (place.population or 0) < _SMALL_POPULATION


def _small_abroad(place: Place) -> bool:
    """Whether ``place`` is a village, town or neighbourhood outside Syria."""
    return place.kind in _SMALL_KINDS and place.country not in ("SY", "")


def _distant_foreign_homonyms(results: dict[int, Resolution], anchors: _Anchors) -> list[int]:
    """Keys of resolutions to demote to "unknown": a small place abroad, in a country the article
    never names, more than :data:`FOREIGN_HOMONYM_KM` from every Syrian anchor place."""
    countries = {r.place.country for r in results.values() if r.place.kind == "country"}
    out = []
    for key, res in results.items():
        place = res.place
        if not _minor_abroad(place) or place.country in countries:
            continue
        if not anchors.any_besides((place.id,)):
            continue  # nothing else to judge by
        if anchors.nearest_km(place, (place.id,)) > FOREIGN_HOMONYM_KM:
            out.append(key)
    return out


#: A dateline opens the article body: «تونس – …», «دمشق - سانا», «بيروت ـ «الحياة»».
_DATELINE_WINDOW = 300  # characters from the start of the text (a title line may come first)
_DATELINE_DASHES = "-–—ـ"
_LINE_NOISE = " \t\u200e\u200f«»\"'()*#"


def _dateline_city(mention: Mention, cands: Sequence[Place], text: str) -> _Choice | None:
    """A name that opens a line near the top of the text and is followed by a dash is the city
    the report is filed from («تونس –» is Tunis, not Tunisia; «الجزائر –» is Algiers)."""
    if mention.start >= _DATELINE_WINDOW:
        return None
    line_start = text.rfind("\n", 0, mention.start) + 1
    if text[line_start:mention.start].strip(_LINE_NOISE):
        return None
    after = text[mention.end:mention.end + 4].lstrip(" \u200e\u200f")
    if not after or after[0] not in _DATELINE_DASHES:
        return None
    cities = [p for p in cands if p.kind in ("city", "town")]
    if not cities:
        return None
    best = max(cities, key=lambda p: (p.population or 0, p.id))
    return _choice(best, 0.8, f"dateline «{mention.surface} –» → the city {best.name}")


def resolve_mentions(mentions: Sequence[Mention], text: str, gazetteer: Gazetteer) -> list[Resolution]:
    """Resolve every mention of one article.

    Parameters
    ----------
    mentions : sequence of Mention
        From :func:`gazetteer.matcher.find_mentions` on ``text``.
    text : str
        The article text the mentions index.
    gazetteer : Gazetteer
        The place store.

    Returns
    -------
    list of Resolution
        One per mention, in mention order. Unknown places get a synthetic place
        (``known=False``) at the smallest enclosing known area.
    """
    if not mentions:
        return []
    index = name_index(gazetteer)
    ctx = _Context(text, index)
    cues = _read_cues(ctx, mentions, _cue_words(index))
    lookup = _candidate_lookup(gazetteer)
    found = [lookup(m.candidates) for m in mentions]
    anchor_index = _anchors(mentions, found, cues)
    results: dict[int, Resolution] = {}
    choices: dict[tuple[Any, ...], _Choice] = {}  # a repeated name with the same cue: same choice
    abroad = False  # whether a (non-dateline) choice is a small place abroad
    datelines: set[int] = set()  # a dateline names where the report was filed: never demoted
    areas = _named_areas(mentions, found, _regions_in_one_governorate(gazetteer))
    by_name: dict[str, set[str]] | None = None  # see _areas_by_name
    countries: dict[str, set[str]] | None = None  # see _homonym_of_a_city_abroad
    namesakes = _namesake_keys(mentions, found)
    outright: dict[str, set[str]] | None = None  # see _countries_named_outright
    for position, (m, (cands, _anchor)) in enumerate(zip(mentions, found)):
        if not cands:
            continue
        cue = cues.get(id(m), _NO_CUE)
        choice = _dateline_city(m, cands, text) if m.start < _DATELINE_WINDOW else None
        if choice is not None:
            datelines.add(id(m))
        else:
            if (m.kind_hint in _SMALL_SETTLEMENT_HINTS or m.key in namesakes) \
                    and any(_city_abroad(p) for p in cands):
                if countries is None:
                    countries = _article_countries(mentions, found, text)
                cands = tuple(p for p in cands if not _homonym_of_a_city_abroad(m, p, countries))
                if not cands:
                    continue  # «قرى … والقاهرة»: a village named after Cairo, placed as unknown
            if len(cands) > 1 and any(_minor_abroad(p) for p in cands) \
                    and any(p.country == "SY" and p.kind in _SYRIAN_NAMESAKE_KINDS for p in cands):
                if outright is None:
                    outright = _countries_named_outright(mentions, found)
                cands = _syrian_over_minor_namesakes_abroad(m, cands, outright)
            if len(cands) > 1:
                cands = _near_the_place_a_direction_names(position, mentions, found, cands, ctx)
            if areas and len(cands) > 1:
                named = _areas_named_around(m, areas, ctx)
                if not named:  # a repeat in a sentence naming no area: the areas of its other mentions
                    if by_name is None:
                        by_name = _areas_by_name(mentions, areas, ctx)
                    named = by_name.get(m.key, set())
                cands = _inside_named_areas(cands, named)
            same = (m.candidates, m.key, m.kind_hint, m.trigger, cue, tuple(p.id for p in cands))
            choice = choices.get(same)
            if choice is None:
                choice = choices[same] = _choose(m, cands, cue, anchor_index, gazetteer, index)
            abroad = abroad or _small_abroad(choice.place)
        results[id(m)] = Resolution(mention=m, place=choice.place, confidence=choice.confidence,
                                    reason=choice.reason, geo_precision=choice.precision, known=True)
    if abroad:
        for key in _distant_foreign_homonyms(results, anchor_index):
            if key not in datelines:
                del results[key]  # placed below like a place the gazetteer does not know
    if len(results) == len(mentions):  # every mention known (and each a distinct object)
        return list(results.values())
    _place_unknowns(mentions, results, ctx, cues, gazetteer, index)
    return [results[id(m)] for m in mentions]


#: Kind hints of trigger nouns for villages, towns and their parts («قرية», «قرى», «بلدة», «حي»,
#: «ناحية»): a big city abroad after them is a namesake, not the city.
_SMALL_SETTLEMENT_HINTS = frozenset({"village", "town", "neighbourhood", "subdistrict"})


def _city_abroad(place: Place) -> bool:
    """Whether ``place`` is a city outside Syria."""
    return place.kind == "city" and place.country not in ("SY", "")


def _article_countries(mentions: Sequence[Mention], found: Sequence[_Candidates],
                       text: str) -> dict[str, set[str]]:
    """Mention key -> the countries of its mentions whose candidates all lie in one country. A
    dateline («بيروت –») only says where the report was filed: it points to no country."""
    out: dict[str, set[str]] = {}
    for m, (cands, _anchor) in zip(mentions, found):
        if m.start < _DATELINE_WINDOW and _dateline_city(m, cands, text) is not None:
            continue
        one = {p.country for p in cands}
        if len(one) == 1 and "" not in one:
            out.setdefault(m.key, set()).update(one)
    return out


def _homonym_of_a_city_abroad(mention: Mention, place: Place, countries: dict[str, set[str]]) -> bool:
    """Whether candidate ``place`` of a mention introduced as a village, town, neighbourhood or
    subdistrict («قرى الطليسية والقاهرة», «بلدة الرياض») is a city abroad in a country no other
    name of the article points to (the same name elsewhere may be the same village): the text
    speaks of a namesake, not of Cairo or Riyadh."""
    if not _city_abroad(place):
        return False
    return not any(place.country in found for key, found in countries.items() if key != mention.key)


def _namesake_keys(mentions: Sequence[Mention], found: Sequence[_Candidates]) -> frozenset[str]:
    """Keys of names that a village/town noun introduces somewhere in the article while a
    candidate is a city abroad («قرى الشاكوسية والقاهرة»): one sense per article, so a bare
    repeat of the name («السيطرة على القاهرة») is the same village, not Cairo."""
    return frozenset(m.key for m, (cands, _anchor) in zip(mentions, found)
                     if m.kind_hint in _SMALL_SETTLEMENT_HINTS and any(_city_abroad(p) for p in cands))


#: Kinds of Syrian places that a small namesake abroad must not beat: settlements and the admin
#: units named after their seat («بيت جن»: the subdistrict, not Beit Jann in Israel).
_SYRIAN_NAMESAKE_KINDS = frozenset({"city", "town", "village", "subdistrict", "district"})


def _countries_named_outright(mentions: Sequence[Mention],
                              found: Sequence[_Candidates]) -> dict[str, set[str]]:
    """Mention key -> the country of its mentions whose candidates all lie in one country, not
    counting names that are only small places abroad (a stray village match «سحم» does not
    make an article about Jordan)."""
    out: dict[str, set[str]] = {}
    for m, (cands, _anchor) in zip(mentions, found):
        one = {p.country for p in cands}
        if len(one) == 1 and "" not in one and not all(_minor_abroad(p) for p in cands):
            out.setdefault(m.key, set()).update(one)
    return out


def _syrian_over_minor_namesakes_abroad(mention: Mention, cands: tuple[Place, ...],
                                        countries: dict[str, set[str]]) -> tuple[Place, ...]:
    """Without the small places abroad (fewer than 20,000 people) among ``cands`` whose country
    no other name of the article points to, when a Syrian settlement or unit of the same name is
    a candidate: an article about Syria speaks of the Syrian «الشجرة», not the Jordanian town."""
    named = {c for key, found in countries.items() if key != mention.key for c in found}
    kept = tuple(p for p in cands if not (_minor_abroad(p) and p.country not in named))
    return kept if kept else cands


#: How far a candidate may lie from the place a direction names («الرياض غربي كركوك»).
DIRECTION_ANCHOR_KM = 150.0


def _near_the_place_a_direction_names(position: int, mentions: Sequence[Mention],
                                      found: Sequence[_Candidates], cands: tuple[Place, ...],
                                      ctx: _Context) -> tuple[Place, ...]:
    """«بلدة الرياض غربي كركوك»: when one or two direction words («غربي», «جنوب غربي») right
    after the mention lead to a place with a single candidate, the candidates within
    :data:`DIRECTION_ANCHOR_KM` of it (all of them when none is, or when that place is itself
    wider than the radius: a country, a large governorate)."""
    if position + 1 >= len(mentions):
        return cands
    scan = ctx.scan
    mention = mentions[position]
    k = scan.word_index(ctx.norm_span(mention)[1] - 1) + 1
    if k <= 0 or k >= len(scan.strings) or scan.strings[k] not in _BARE_DIRECTIONS \
            or not ctx.open_before(k):
        return cands
    nxt, (nxt_cands, _anchor) = mentions[position + 1], found[position + 1]
    if len(nxt_cands) != 1:
        return cands
    n = scan.word_index(ctx.norm_start(nxt))
    if n not in (k + 1, k + 2) or (n == k + 2 and scan.strings[k + 1] not in _BARE_DIRECTIONS) \
            or not ctx.open_before(n):
        return cands
    where = nxt_cands[0]
    if where.precision_km > DIRECTION_ANCHOR_KM:
        return cands  # («شمالي سوريا»: a country's point is no anchor for a distance)
    near = tuple(p for p in cands
                 if haversine_km(p.lat, p.lon, where.lat, where.lon) <= DIRECTION_ANCHOR_KM)
    return near if near else cands


#: Indefinite direction words («غربي», «جنوب»): after a name they place it relative to the next.
_BARE_DIRECTIONS = frozenset({"شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي"})


#: Kinds of the Syrian areas that say which governorate a sentence is about.
_ADMIN_AREA_KINDS = frozenset({"governorate", "district", "subdistrict", "sector"})


def _regions_in_one_governorate(gazetteer: Gazetteer) -> frozenset[str]:
    """Ids of the Syrian regions that lie inside the governorate the gazetteer gives them
    («حوض اليرموك», «سهل الغاب»; not «البادية», «وادي الفرات»): compiled into the gazetteer
    (:meth:`gazetteer.store.Gazetteer.one_governorate_regions`), so no geometry is read here. A
    stand-in gazetteer without that method gets it computed from its places and geometries
    (:func:`gazetteer.store.regions_in_one_governorate`), once."""
    compiled = getattr(gazetteer, "one_governorate_regions", None)
    if compiled is not None:
        regions: frozenset[str] = compiled()
        return regions
    from gazetteer.store import regions_in_one_governorate

    return _kept_on(gazetteer, "_conflictmap_regions_in_one_governorate",
                    lambda: regions_in_one_governorate(gazetteer.places(), gazetteer.geometry))


def _named_areas(mentions: Sequence[Mention], found: Sequence[_Candidates],
                 regions: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, admin1) of every mention that can only be a Syrian area of one governorate
    («ريف إدلب», «محافظة حماة», «ريف حمص الشرقي»); a region counts only if it is in ``regions``
    (:func:`_regions_in_one_governorate`)."""
    out = []
    for m, (cands, _anchor) in zip(mentions, found):
        if cands and all(p.country == "SY" and (p.kind in _ADMIN_AREA_KINDS or (
                p.kind == "region" and p.id in regions)) for p in cands):
            admin1 = {p.admin1 for p in cands}
            if len(admin1) == 1 and "" not in admin1:
                out.append((m.start, admin1.pop()))
    return out


def _inside_named_areas(cands: tuple[Place, ...], named: set[str]) -> tuple[Place, ...]:
    """The candidates inside the governorates ``named`` in the mention's sentence («تل سنجار في ريف
    إدلب»: Sanjar in Idlib, not Sinjar in Iraq), or, when it names none, in the sentences of the
    other mentions of its name (:func:`_areas_by_name`); all of them when none lies inside."""
    if not named:
        return cands
    inside = tuple(p for p in cands if p.admin1 in named)
    return inside if inside else cands


def _areas_named_around(mention: Mention, areas: list[tuple[int, str]], ctx: _Context) -> set[str]:
    """The governorates of the areas named in the sentence of ``mention`` other than itself."""
    lo, hi = ctx.sentence(mention)
    return {admin1 for start, admin1 in areas if lo <= start < hi and start != mention.start}


def _areas_by_name(mentions: Sequence[Mention], areas: list[tuple[int, str]],
                   ctx: _Context) -> dict[str, set[str]]:
    """Mention key -> the governorates named in the sentences of its mentions: one sense per
    article, so a bare repeat of «الشجرة» keeps the governorate that «في حوض اليرموك» gave the
    first one."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        named = _areas_named_around(m, areas, ctx)
        if named:
            out.setdefault(m.key, set()).update(named)
    return out


#: The places of a mention's candidate ids, and its anchor: the single Syrian point-like place
#: among them, else None.
_Candidates = tuple[tuple[Place, ...], Place | None]


def _candidate_lookup(gazetteer: Gazetteer) -> Callable[[tuple[str, ...]], _Candidates]:
    """Candidate ids -> :data:`_Candidates`, memoised per id tuple (one per gazetteer name)."""

    def build() -> Callable[[tuple[str, ...]], _Candidates]:
        @functools.lru_cache(maxsize=16384)
        def lookup(ids: tuple[str, ...]) -> _Candidates:
            places = tuple(gazetteer.get(i) for i in ids if i in gazetteer)
            point_like = [p for p in places if p.kind in _ANCHOR_KINDS and p.country == "SY"]
            return places, (point_like[0] if len(point_like) == 1 else None)
        return lookup

    return _kept_on(gazetteer, "_conflictmap_candidate_lookup", build)


def _read_cues(ctx: _Context, mentions: Sequence[Mention], vocab: _CueWords) -> dict[int, _Cue]:
    """The admin cue of every mention that has one, by ``id(mention)``.

    Lists continue a governorate cue: «محافظات دير الزور والرقة وحمص».
    """
    scan = ctx.scan
    strings = scan.strings
    reading, directions = vocab.reading, vocab.directions
    cues: dict[int, _Cue] = {}
    for m in mentions:
        k = scan.word_index(ctx.norm_start(m))
        if k <= 0:  # not in a word, or no word before it
            continue
        before = strings[k - 1]
        if reading(before)[0] or before in directions:  # a cue word: read the context in full
            cue = _read_cue(ctx, m, k, vocab)
            if cue is not _NO_CUE:
                cues[id(m)] = cue
    if not any(cue.level == "governorate" for cue in cues.values()):
        return cues
    text = ctx.text
    ordered = sorted(mentions, key=lambda m: m.start)
    for prev, cur in zip(ordered, ordered[1:]):
        pc, cc = cues.get(id(prev), _NO_CUE), cues.get(id(cur), _NO_CUE)
        gap = text[prev.end:cur.start]
        if pc.level == "governorate" and not cc.level and gap.strip(" ،,") == "" \
                and (ctx.prefix(cur).startswith("و") or gap.strip() in ("،", ",")):
            cues[id(cur)] = _Cue("governorate", "", pc.cue)
    return cues


def _anchors(mentions: Sequence[Mention], found: Sequence[_Candidates], cues: dict[int, _Cue]) -> _Anchors:
    """The article's anchors: the places of unambiguous point-like mentions without a
    countryside/governorate cue (each mention is scored against the anchors that are not its
    own candidates)."""
    anchors: list[Place] = []
    anchor_ids: set[str] = set()
    for m, (_cands, anchor) in zip(mentions, found):
        if anchor is not None and anchor.id not in anchor_ids \
                and cues.get(id(m), _NO_CUE).level not in ("countryside", "governorate"):
            anchors.append(anchor)
            anchor_ids.add(anchor.id)
    return _Anchors(anchors)


def _place_unknowns(mentions: Sequence[Mention], results: dict[int, Resolution], ctx: _Context,
                    cues: dict[int, _Cue], gazetteer: Gazetteer, index: Any) -> None:
    """Add to ``results`` the mentions it lacks: generic facilities at the nearest base of
    their area, other names as unknown places at their enclosing area."""
    known = _Known(list(results.values()))
    for m in mentions:
        if id(m) in results:
            continue
        area, why = _enclosing(m, ctx, known, cues, gazetteer, index)
        if area is not None and why.startswith("named after"):
            # Later unknown names of the same sentence may sit at the same area.
            known.append(Resolution(mention=m, place=area, confidence=0.0, reason=why, known=True))
        if m.kind_hint in ("airbase", "airport") and area is not None and area.kind != "country":
            kinds = {"airbase", "airport"} if m.kind_hint == "airport" else {"airbase"}
            found = _nearest_airbase(area, gazetteer, kinds) or _nearest_airbase(
                area, gazetteer, {"airbase", "airport"})
            if found is not None and found[1] <= 60:
                base, km = found
                results[id(m)] = Resolution(
                    mention=m, place=base, confidence=0.6,
                    reason=f"generic «{m.key}»: nearest {base.kind} to {area.name} ({km:.0f} km)",
                    geo_precision=geo_precision_of(base), known=True)
                continue
        place, precision = _unknown_place(m, area)
        reason = f"not in the gazetteer; placed at {area.name} ({why})" if area is not None \
            else "not in the gazetteer; no enclosing area in the text (placed at Syria)"
        if m.trigger:
            reason += f"; introduced by «{m.trigger}»"
        results[id(m)] = Resolution(mention=m, place=place, confidence=0.35 if area else 0.1,
                                    reason=reason, geo_precision=precision, known=False)
