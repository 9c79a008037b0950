"""Resolve place mentions to gazetteer places, with a confidence, a reason and a precision.

Signals, in the order they are applied
--------------------------------------
1. **Admin context** read from the words around the mention (lexicon ``admin_cues.tsv``):
   «ريف X» / «بريف X» / «الريف الشرقي لـX» → the countryside of X (a directional *sector* when a
   direction is given — «ريف حمص الشرقي» — else the whole governorate); «محافظة X» /
   «محافظات X وY» → the governorate; «مدينة X» → the city.
2. **Kind and trigger**: a trigger noun («مطار», «حقل», «معبر»…) favours candidates of that kind;
   otherwise populated places beat admin units, stations and crossings of the same name.
3. **Co-mentioned places**: candidates near the article's other, unambiguous places win
   (several Syrian villages share a name).
4. **Population** breaks the remaining ties.

Places the gazetteer does not know (mentions without candidates) become a synthetic
:class:`~geo.model.Place` with id ``unknown:<normalised name>``, located at the smallest
enclosing known area the text gives — a known name inside the unknown one («محسا القريتين»), the
area named by «بريف X …», «قرب X», «في X» in the same sentence, the nearest place of the same
sentence, else the article's main place — with that area's precision (never a made-up point).
Generic facility phrases («القاعدة الجوية») resolve to the nearest airbase of the article's area.

Governorates are represented by their capital's point (the gazetteer stores them so; this is
the ACLED convention for admin-1 precision), always with ``geo_precision="governorate"``.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from geo.arabic import clitic_splits
from geo.model import Mention, Place, Resolution
from geo.geometry import EARTH_RADIUS_KM, haversine_km

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


def geo_precision_of(place: Place) -> str:
    """GED-style precision of a resolved place (``exact`` … ``country``)."""
    kind = place.kind
    if kind == "country":
        return "country"
    if kind == "governorate":
        return "governorate"
    if kind in ("district", "subdistrict", "sector", "region", "river", "sea"):
        return "district" if place.precision_km <= 80 else "governorate"
    if place.precision_km > 10:
        return "near"
    return "exact"


@dataclass
class _Cue:
    level: str = ""  # countryside / governorate / city / near / in / ""
    direction: str = ""  # compass code of a countryside sector
    cue: str = ""  # the word that gave the level


class _Context:
    """Normalised view of the article used to read the words around each mention."""

    def __init__(self, text: str, index: Any = None) -> None:
        self.text = text
        self.scan = index.scan(text) if index is not None else _Scan(text)
        self.map = self.scan.map
        self.breaks: list[int] | None = None  # offsets of the sentence-ending characters

    def norm_span(self, mention: Mention) -> tuple[int, int]:
        i = bisect.bisect_left(self.map, mention.start, 0, len(self.map) - 1)
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

    def words_before(self, mention: Mention, n: int = 3) -> list[str]:
        """Up to ``n`` words before the mention (nearest first), stopping at punctuation."""
        i, _j = self.norm_span(mention)
        scan = self.scan
        k = scan.word_index(i)
        out: list[str] = []
        while k > 0 and len(out) < n:
            gap = scan.gap(k)
            if any(c in ".!?;:,()\"'" for c in gap):
                break
            k -= 1
            out.append(scan.word(k))
        return out

    def words_after(self, mention: Mention, n: int = 2) -> list[str]:
        _i, j = self.norm_span(mention)
        scan = self.scan
        k = scan.word_index(j - 1) + 1
        out: list[str] = []
        while 0 < k < len(scan.words) and len(out) < n:
            gap = scan.gap(k)
            if any(c in ".!?;:,()\"'" for c in gap):
                break
            out.append(scan.word(k))
            k += 1
        return out

    def sentence(self, mention: Mention) -> tuple[int, int]:
        """``[start, end)`` of the sentence of ``mention`` (split at ``_SENTENCE_ENDS``)."""
        if self.breaks is None:  # found once per article, then each sentence is a bisection
            self.breaks = [m.start() for m in _SENTENCE_END_RE.finditer(self.text)]
        breaks = self.breaks
        i = bisect.bisect_left(breaks, mention.start)  # breaks before the mention: breaks[:i]
        start = breaks[i - 1] + 1 if i else 0
        j = bisect.bisect_left(breaks, mention.end)
        return start, (breaks[j] if j < len(breaks) else len(self.text))


def _read_cue(ctx: _Context, mention: Mention, lex: Any) -> _Cue:
    before = ctx.words_before(mention, 3)
    after = ctx.words_after(mention, 2)
    prefix_l = ctx.prefix(mention).endswith("ل")
    cue = _Cue()
    if before:
        stems = [st for _p, st in clitic_splits(before[0])]
        level = next((lex.admin_cues[st] for st in stems if st in lex.admin_cues), "")
        if level:
            cue.level, cue.cue = level, before[0]
        elif before[0] in lex.directions and len(before) > 1 and prefix_l:
            # «الريف الشرقي لدير الزور»
            stems2 = [st for _p, st in clitic_splits(before[1])]
            if any(lex.admin_cues.get(st) == "countryside" for st in stems2):
                cue.level, cue.cue, cue.direction = "countryside", before[1], lex.directions[before[0]]
        if not cue.level and len(before) > 1 and before[0] in lex.directions:
            stems2 = [st for _p, st in clitic_splits(before[1])]
            if any(lex.admin_cues.get(st) == "countryside" for st in stems2):
                cue.level, cue.cue, cue.direction = "countryside", before[1], lex.directions[before[0]]
    if cue.level == "countryside" and not cue.direction and after:
        codes = [lex.directions[w] for w in after if w in lex.directions]
        if codes:
            cue.direction = "".join(codes[:2])
    return cue


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
    return place.kind == "sector" and not any(w in normalize_name(place.name_ar)
                                              for w in _DIRECTION_WORDS.values())


@dataclass
class _Choice:
    place: Place
    confidence: float
    reason: str
    precision: str = ""


class _Anchors:
    """The anchor places of one article, sorted by latitude, for exact nearest-anchor distances
    without measuring every anchor from every candidate (an anchor whose latitude alone puts it
    farther than the best so far is skipped: the great-circle distance is at least R·|Δφ|)."""

    _R = EARTH_RADIUS_KM

    def __init__(self, anchors: Sequence[Place]) -> None:
        ranked = sorted(anchors, key=lambda a: a.lat)
        self.places = ranked
        self.lats = [a.lat for a in ranked]
        self.ids = frozenset(a.id for a in ranked)

    def any_besides(self, excluded: Sequence[str]) -> bool:
        """Whether an anchor is left once the ``excluded`` ids are removed."""
        return len(self.places) > len(self.ids.intersection(excluded))

    def nearest_km(self, place: Place, excluded: Sequence[str]) -> float:
        """``min(haversine_km(place.lat, place.lon, a.lat, a.lon))`` over the anchors whose id
        is not in ``excluded`` (there must be one)."""
        places, lats = self.places, self.lats
        skip = self.ids.intersection(excluded)
        up = bisect.bisect_left(lats, place.lat)
        down = up - 1
        best = math.inf
        per_degree = math.radians(1.0) * self._R
        while down >= 0 or up < len(places):
            gap_down = place.lat - lats[down] if down >= 0 else math.inf
            gap_up = lats[up] - place.lat if up < len(places) else math.inf
            if gap_down <= gap_up:
                k, gap = down, gap_down
                down -= 1
            else:
                k, gap = up, gap_up
                up += 1
            if gap * per_degree * (1 - 1e-9) - 1e-6 > best:
                break  # every anchor left is at least this far in latitude alone
            anchor = places[k]
            if anchor.id in skip:
                continue
            d = haversine_km(place.lat, place.lon, anchor.lat, anchor.lon)
            if d < best:
                best = d
        return best


def _score(place: Place, mention: Mention, anchors: list[Place] | _Anchors) -> tuple[float, str]:
    score = KIND_PRIOR.get(place.kind, 0.5)
    why = [place.kind]
    if mention.kind_hint and place.kind in _COMPATIBLE.get(mention.kind_hint, {mention.kind_hint}):
        score += 2.0
        why.append(f"«{mention.trigger}» fits")
    if place.country == "SY":
        score += 0.4
    if place.population:
        score += min(0.6, math.log10(max(place.population, 1)) / 10)
    if isinstance(anchors, _Anchors):
        has_anchor = anchors.any_besides(mention.candidates)
    else:
        has_anchor = bool(anchors)
    if has_anchor and place.kind in _SCORED_KINDS:
        if isinstance(anchors, _Anchors):
            d = anchors.nearest_km(place, mention.candidates)
        else:
            d = min(haversine_km(place.lat, place.lon, a.lat, a.lon) for a in anchors)
        score += 1.5 * math.exp(-d / 100.0)
        why.append(f"{d:.0f} km from the article's other places")
    return score, ", ".join(why)


def _choose(mention: Mention, cands: list[Place], cue: _Cue, anchors: list[Place] | _Anchors,
            gazetteer: Gazetteer, index: Any) -> _Choice:
    # Admin context first.
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
            return _Choice(best, 0.8, f"«{cue.cue} {mention.key}» → countryside of the district "
                                      f"{best.name}{where}", "district")
    if cue.level in ("countryside", "governorate"):
        govs = [g for g in (_governorate_of(p, gazetteer) for p in cands) if g is not None]
        sectors = [p for p in cands if p.kind == "sector"]
        if cue.level == "countryside" and cue.direction and govs:
            sector = _sector_for(govs[0], cue.direction, gazetteer, index)
            if sector is not None:
                return _Choice(sector, 0.85, f"«{cue.cue} … {mention.key}» with a direction → "
                                             f"countryside sector {sector.name}")
        if sectors and not _is_whole_countryside(sectors[0]):
            return _Choice(sectors[0], 0.85, f"countryside sector {sectors[0].name}")
        if govs:
            gov = govs[0]
            what = "countryside of" if cue.level == "countryside" else "governorate cue for"
            return _Choice(gov, 0.85, f"«{cue.cue}» → {what} {gov.name} "
                                      f"(governorate level, placed at its capital)", "governorate")
    if len(cands) == 1:
        place = cands[0]
        if place.kind in ("district", "subdistrict") and mention.key.startswith("منطقه "):
            seat = gazetteer.seat_of(place.id)
            if seat is not None and seat.kind in ("city", "town", "village"):
                # «منطقة الميادين» in news is the area around the town, not the admin district.
                return _Choice(seat, 0.75, f"«{mention.key}»: the area around the {seat.kind} "
                                           f"{seat.name} (seat of the {place.kind})", "near")
        if _is_whole_countryside(place):
            gov = gazetteer.parent(place.id)
            if gov is not None and gov.kind == "governorate":
                return _Choice(gov, 0.85, f"whole countryside of {gov.name} "
                                          "(governorate level, placed at its capital)", "governorate")
        return _Choice(place, 0.9, f"only gazetteer entry for «{mention.key}» ({place.kind})")
    if cue.level == "city":
        cities = [p for p in cands if p.kind in ("city", "town", "village")]
        if len(cities) == 1:
            return _Choice(cities[0], 0.9, f"«{cue.cue}» → the {cities[0].kind} {cities[0].name}")
        if cities:  # homonymous settlements: let proximity to the other places decide
            cands = cities
    scored = sorted(((*_score(p, mention, anchors), p) for p in cands),
                    key=lambda t: (-t[0], t[2].id))
    best_score, why, best = scored[0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    confidence = round(0.55 + 0.35 * min(1.0, (best_score - second) / 2.0), 3)
    if _is_whole_countryside(best):
        gov = gazetteer.parent(best.id)
        if gov is not None and gov.kind == "governorate":
            best = gov
    return _Choice(best, confidence, f"best of {len(cands)} candidates: {why}")


class _Known:
    """The resolutions an unknown place can be placed by, growing as unknown names are placed;
    indexed by mention start (for the same-sentence lookups) with the article's main place and
    first country kept up to date, so placing many unknown names stays linear."""

    def __init__(self, resolutions: Sequence[Resolution]) -> None:
        self.items: list[Resolution] = []
        self.by_start: list[tuple[int, int]] = []  # (mention start, index in items), sorted
        self.counts: dict[str, int] = {}  # Syrian place id -> mentions (first-seen order)
        self.order: dict[str, int] = {}
        self.first: dict[str, Place] = {}
        self.main: str | None = None
        self.country: Place | None = None
        for r in resolutions:
            self.append(r)

    def append(self, r: Resolution) -> None:
        index = len(self.items)
        self.items.append(r)
        bisect.insort(self.by_start, (r.mention.start, index))
        if r.place.kind == "country" and self.country is None:
            self.country = r.place
        if r.known and r.place.kind not in ("country", "sea", "river") and r.place.country == "SY":
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
        """:func:`_main_place` of the items."""
        return None if self.main is None else self.first[self.main]


def _main_place(resolved: list[Resolution]) -> Place | None:
    """The article's main place: most mentioned Syrian place below country level."""
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for r in resolved:
        if r.known and r.place.kind not in ("country", "sea", "river") and r.place.country == "SY":
            counts[r.place.id] += 1
            first.setdefault(r.place.id, r.place)
    if not counts:
        return None
    best = max(counts.items(), key=lambda kv: kv[1])[0]
    return first[best]


def _enclosing(mention: Mention, ctx: _Context, resolved: _Known, cues: dict[int, _Cue],
               gazetteer: Gazetteer, index: Any) -> tuple[Place | None, str]:
    """The smallest known area the text gives for an unknown place, and why."""
    # 1. A known name inside the unknown one: «محسا القريتين», «مطار X».
    words = mention.key.split(" ")
    for size in range(len(words) - 1, 0, -1):
        for start in range(0, len(words) - size + 1):
            entry = index.entries.get(" ".join(words[start:start + size]))
            if entry is not None and entry.role == "place" and not entry.weak and entry.place_ids:
                place = max((gazetteer.get(i) for i in entry.place_ids if i in gazetteer),
                            key=lambda p: KIND_PRIOR.get(p.kind, 0.5), default=None)
                if place is not None:
                    return place, f"named after {place.name}"
    # 2./3. Areas of the same sentence: an admin/near cue after it, else the nearest place.
    s0, s1 = ctx.sentence(mention)
    same = [r for r in resolved.starting_in(s0, s1) if r.known and r.place.kind != "country"]
    cued_after = [r for r in same if r.mention.start > mention.start
                  and cues.get(id(r.mention), _Cue()).level in ("countryside", "governorate", "near",
                                                                 "in")]
    if cued_after:
        r = min(cued_after, key=lambda r: r.mention.start)
        return r.place, f"«{cues[id(r.mention)].cue} {r.mention.key}» in the same sentence"
    if same:
        r = min(same, key=lambda r: (abs(r.mention.start - mention.start)
                                     + (0 if r.mention.start < mention.start else 5)))
        return r.place, f"near {r.place.name}, named in the same sentence"
    main = resolved.main_place()
    if main is not None:
        return main, f"the article's main place {main.name}"
    if resolved.country is not None:
        return resolved.country, f"the article's country {resolved.country.name}"
    return None, ""


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
    radius = max(area.precision_km, 10.0 if precision == "near" else area.precision_km)
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
    cached = getattr(gazetteer, "_conflictmap_airbases", None)
    if cached is None:
        cached = [p for p in gazetteer.places() if p.kind in ("airbase", "airport")]
        try:
            setattr(gazetteer, "_conflictmap_airbases", cached)
        except (AttributeError, TypeError):
            pass
    return cached


#: Small foreign places (villages, towns, neighbourhoods) are kept only when the article names
#: their country or they lie near the article's other places; beyond this a same-named Syrian
#: village missing from the gazetteer is far likelier than a Jordanian or Iraqi one.
FOREIGN_HOMONYM_KM = 150.0
_SMALL_KINDS = frozenset({"village", "neighbourhood"})
_SMALL_POPULATION = 10_000  # a known town abroad (Arsal, al-Qaim) is news in its own right


def _distant_foreign_homonyms(results: dict[int, Resolution], anchors: _Anchors) -> list[int]:
    """Keys of resolutions to demote to "unknown": a small place abroad, in a country the article
    never names, more than :data:`FOREIGN_HOMONYM_KM` from every Syrian anchor place."""
    countries = {r.place.country for r in results.values() if r.place.kind == "country"}
    out = []
    for key, res in results.items():
        place = res.place
        if place.kind not in _SMALL_KINDS or place.country in ("SY", "") or place.country in countries:
            continue
        if (place.population or 0) >= _SMALL_POPULATION:
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


def _dateline_city(mention: Mention, cands: list[Place], text: str) -> _Choice | None:
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
    return _Choice(best, 0.8, f"dateline «{mention.surface} –» → the city {best.name}")


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
    lex = index.lexicon
    ctx = _Context(text, index)
    cues = {id(m): _read_cue(ctx, m, lex) for m in mentions}
    # Lists continue a governorate cue: «محافظات دير الزور والرقة وحمص».
    ordered = sorted(mentions, key=lambda m: m.start)
    for prev, cur in zip(ordered, ordered[1:]):
        pc, cc = cues[id(prev)], cues[id(cur)]
        gap = text[prev.end:cur.start]
        if pc.level == "governorate" and not cc.level and gap.strip(" ،,") == "" \
                and (ctx.prefix(cur).startswith("و") or gap.strip() in ("،", ",")):
            cues[id(cur)] = _Cue("governorate", "", pc.cue)
    cand_places = {id(m): [gazetteer.get(i) for i in m.candidates if i in gazetteer] for m in mentions}
    # Pass 1: anchors = places of unambiguous point-like mentions.
    anchors: list[Place] = []
    anchor_ids: set[str] = set()
    for m in mentions:
        cands = cand_places[id(m)]
        point_like = [p for p in cands if p.kind in _ANCHOR_KINDS and p.country == "SY"]
        if len(point_like) == 1 and cues[id(m)].level not in ("countryside", "governorate") \
                and point_like[0].id not in anchor_ids:
            anchors.append(point_like[0])
            anchor_ids.add(point_like[0].id)
    # every mention is scored against the anchors that are not its own candidates
    anchor_index = _Anchors(anchors)
    results: dict[int, Resolution] = {}
    for m in mentions:
        cands = cand_places[id(m)]
        if not cands:
            continue
        choice = _dateline_city(m, cands, text) or _choose(m, cands, cues[id(m)], anchor_index,
                                                           gazetteer, index)
        results[id(m)] = Resolution(mention=m, place=choice.place, confidence=choice.confidence,
                                    reason=choice.reason,
                                    geo_precision=choice.precision or geo_precision_of(choice.place),
                                    known=True)
    for key in _distant_foreign_homonyms(results, anchor_index):
        del results[key]  # placed below like a place the gazetteer does not know
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
    return [results[id(m)] for m in mentions]
