"""The resolver's fast paths equal the plain logic they replace (slow references kept here)."""

from __future__ import annotations

import bisect
import math

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from geo.arabic import clitic_splits
from geo.model import Mention, Place
from gazetteer import resolver as R
from gazetteer.matcher import find_mentions, name_index
from test_matcher import FakeGazetteer


@pytest.fixture(scope="module")
def gaz() -> FakeGazetteer:
    return FakeGazetteer()


# ------------------------------------------------------------------ cue words, read per mention
_STOPS = ".!?;:,()\"'"


def _words_before(ctx: R._Context, mention: Mention, n: int) -> list[str]:
    i, _j = ctx.norm_span(mention)
    scan = ctx.scan
    k = scan.word_index(i)
    out: list[str] = []
    while k > 0 and len(out) < n:
        if any(c in _STOPS for c in scan.gap(k)):
            break
        k -= 1
        out.append(scan.word(k))
    return out


def _words_after(ctx: R._Context, mention: Mention, n: int) -> list[str]:
    _i, j = ctx.norm_span(mention)
    scan = ctx.scan
    k = scan.word_index(j - 1) + 1
    out: list[str] = []
    while 0 < k < len(scan.strings) and len(out) < n:
        if any(c in _STOPS for c in scan.gap(k)):
            break
        out.append(scan.word(k))
        k += 1
    return out


def _slow_cue(ctx: R._Context, mention: Mention, lex) -> tuple[str, str, str, bool]:
    """The cue reading the resolver used before its fast path: (level, direction, cue word,
    whether it is the two-word reading «الريف الشرقي لـX»)."""
    before = _words_before(ctx, mention, 3)
    after = _words_after(ctx, mention, 2)
    level = direction = word = ""
    two_words = False
    if before:
        stems = [st for _p, st in clitic_splits(before[0])]
        level = next((lex.admin_cues[st] for st in stems if st in lex.admin_cues), "")
        if level:
            word = before[0]
        elif len(before) > 1 and before[0] in lex.directions:  # «الريف الشرقي لدير الزور»
            stems2 = [st for _p, st in clitic_splits(before[1])]
            if any(lex.admin_cues.get(st) == "countryside" for st in stems2):
                level, word, direction = "countryside", before[1], lex.directions[before[0]]
                two_words = True
    if level == "countryside" and not direction and after:
        direction = "".join([lex.directions[w] for w in after if w in lex.directions][:2])
    return level, direction, word, two_words


#: Names of the fake gazetteer, and whole cue phrases written before a name (glued to it when
#: they end with the preposition «ل»: «الأرياف الشرقية لحمص», «بالريف غربا للرقة»). A
#: direction that is itself a cue word («الشرقي»: «شرقي» is "east of") is read on its own.
_NAMES = ["حمص", "دير الزور", "الرقة", "تل أحمر", "الميادين", "السخنة"]
_CUE_PHRASES = ["ريف ", "بريف ", "وريف ", "ارياف ", "الأرياف الشرقية ل", "بالأرياف الغربية ل",
                "الريف شرقا ل", "بالريف جنوبا ل", "الريف الشمالية، ل", "الريف الشرقي ل",
                "محافظة ", "محافظات ", "بمحافظة ", "محافظتي ", "مدينة ", "بمدينة ", "قرب ", "في ",
                "قرية ", "شرق ", ""]
#: Words and list joints between the phrases: directions after a name, «و» + name, stops.
_WORDS = ["الشرقي", "الغربي", "الشمالي", "جنوبي", "شرق", "و", "والرقة", "وحمص", "ودير الزور",
          "وتل أحمر", "الريف", "ريف", "قرية", "."]
_SEPARATORS = [" ", " ", " ", " ", "، ", ", ", ". ", "(", ") ", ": ", "\n", " «", "» "]


def _glue(phrase: str, name: str) -> str:
    """``phrase`` + ``name`` as written: «ل» + «الرقة» is «للرقة»."""
    if phrase.endswith("ل") and name.startswith("ال"):
        return phrase + name[1:]
    return phrase + name


_units = st.one_of(st.builds(_glue, st.sampled_from(_CUE_PHRASES), st.sampled_from(_NAMES)),
                   st.sampled_from(_WORDS))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_units, st.sampled_from(_SEPARATORS)), max_size=10))
def test_cues_equal_the_word_by_word_reading(gaz: FakeGazetteer, parts) -> None:
    text = "".join(unit + sep for unit, sep in parts)
    mentions = find_mentions(text, gaz)
    index = name_index(gaz)
    ctx = R._Context(text, index)
    cues = R._read_cues(ctx, mentions, R._cue_words(index))
    slow = {id(m): _slow_cue(ctx, m, index.lexicon) for m in mentions}
    plain = {key: R._Cue(*cue[:3]) for key, cue in slow.items()}
    listed = _continue_governorate_lists(ctx, mentions, plain)
    for m in mentions:
        assert cues.get(id(m), R._NO_CUE) == plain[id(m)], (text, m)
    levels = {cue.level for cue in plain.values()} - {""}
    for level in sorted(levels):
        event(f"cue level {level}")
    if any(cue[3] for cue in slow.values()):
        event("two-word reading «الأرياف الشرقية لـX»")
    if any(cue.level == "countryside" and cue.direction for cue in plain.values()):
        event("countryside with a direction")
    if listed:
        event("governorate list continued")


def _continue_governorate_lists(ctx: R._Context, mentions, cues: dict) -> bool:
    """Continue governorate cues over lists («محافظات حمص والرقة»); whether one was continued."""
    continued = False
    ordered = sorted(mentions, key=lambda m: m.start)
    for prev, cur in zip(ordered, ordered[1:]):
        pc, cc = cues[id(prev)], cues[id(cur)]
        gap = ctx.text[prev.end:cur.start]
        if pc.level == "governorate" and not cc.level and gap.strip(" ،,") == "" \
                and (ctx.prefix(cur).startswith("و") or gap.strip() in ("،", ",")):
            cues[id(cur)] = R._Cue("governorate", "", pc.cue)
            continued = True
    return continued


# ------------------------------------------------------------------ nearest anchor, many anchors
def _place(i: int, lat: float, lon: float, kind: str = "village") -> Place:
    return Place(id=f"p{i}", name=f"P{i}", name_ar=f"ب{i}", kind=kind, lat=lat, lon=lon)


#: Anchors around a few latitudes (many near-ties for the latitude band), or anywhere.
_clustered = st.tuples(st.sampled_from([32.5, 34.0, 35.3, 36.2]), st.floats(-0.4, 0.4),
                       st.floats(35.5, 42.0))
_anywhere = st.tuples(st.floats(30, 40), st.just(0.0), st.floats(33, 45))
_anchor_point = _clustered | _anywhere
#: Few anchors are all measured; more than :data:`R._FEW_ANCHORS` take the latitude band.
_anchor_lists = (st.lists(_anchor_point, min_size=1, max_size=R._FEW_ANCHORS)
                 | st.lists(_anchor_point, min_size=R._FEW_ANCHORS + 1, max_size=120))


@settings(max_examples=200, deadline=None)
@given(_anchor_lists, _anchor_point, st.sets(st.integers(0, 130), max_size=12))
def test_nearest_anchor_equals_the_minimum_over_all(anchors, query, excluded_numbers) -> None:
    places = [_place(i, base + offset, lon) for i, (base, offset, lon) in enumerate(anchors)]
    index = R._Anchors(places)
    excluded = tuple(f"p{i}" for i in sorted(excluded_numbers))
    others = [a for a in places if a.id not in excluded]
    assert index.any_besides(excluded) == bool(others)
    if others:
        event("latitude band" if len(places) > R._FEW_ANCHORS else "every anchor measured")
        base, offset, lon = query
        q = _place(999, base + offset, lon)
        assert index.nearest_km(q, excluded) == min(
            R.haversine_km(q.lat, q.lon, a.lat, a.lon) for a in others)


# ------------------------------------------------------------------ scoring
def _slow_best(mention: Mention, cands: list[Place], anchors: list[Place]) -> tuple:
    """The scoring the resolver used before its fast path: (place, confidence, reason)."""
    others = [a for a in anchors if a.id not in mention.candidates]
    scored = []
    for place in cands:
        score = R.KIND_PRIOR.get(place.kind, 0.5)
        why = [place.kind]
        hint = mention.kind_hint
        if hint and place.kind in R._COMPATIBLE.get(hint, {hint}):
            score += 2.0
            why.append(f"«{mention.trigger}» fits")
        if place.country == "SY":
            score += 0.4
        if place.population:
            score += min(0.6, math.log10(max(place.population, 1)) / 10)
        if others and place.kind in R._SCORED_KINDS:
            d = min(R.haversine_km(place.lat, place.lon, a.lat, a.lon) for a in others)
            score += 1.5 * math.exp(-d / 100.0)
            why.append(f"{d:.0f} km from the article's other places")
        scored.append((score, ", ".join(why), place))
    scored.sort(key=lambda t: (-t[0], t[2].id))
    best_score, why, best = scored[0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    confidence = round(0.55 + 0.35 * min(1.0, (best_score - second) / 2.0), 3)
    return best, confidence, f"best of {len(cands)} candidates: {why}"


_kinds = st.sampled_from(["city", "town", "village", "airbase", "sector", "governorate", "river"])
_candidate = st.tuples(st.floats(32.0, 37.0), st.floats(35.5, 42.0), _kinds,
                       st.sampled_from(["SY", "IQ", ""]), st.sampled_from([None, 0, 900, 50_000]))


@settings(max_examples=200, deadline=None)
@given(st.lists(_candidate, min_size=1, max_size=5), st.lists(_candidate, max_size=8),
       st.sampled_from(["", "airbase", "town"]), st.integers(0, 3))
def test_best_scored_equals_the_sorted_scores(cands, anchors, hint, shared) -> None:
    cand_places = [Place(id=f"c{i}", name=f"C{i}", name_ar="س", kind=kind, lat=lat, lon=lon,
                         country=country, population=pop)
                   for i, (lat, lon, kind, country, pop) in enumerate(cands)]
    # some anchors may be the mention's own candidates (they are then not measured)
    anchor_places = cand_places[:shared] + [
        Place(id=f"a{i}", name=f"A{i}", name_ar="ع", kind=kind, lat=lat, lon=lon)
        for i, (lat, lon, kind, _c, _p) in enumerate(anchors)]
    mention = Mention(surface="س", start=0, end=1, key="س",
                      candidates=tuple(p.id for p in cand_places), trigger="مطار" if hint else "",
                      kind_hint=hint)
    fast = R._best_scored(mention, cand_places, R._Anchors(anchor_places))
    assert (fast.place, fast.confidence, fast.reason) == _slow_best(mention, cand_places,
                                                                    anchor_places)


# ------------------------------------------------------------------ sentences, many breaks
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="اب .!?؟\n", max_size=80),
       st.lists(st.tuples(st.integers(0, 80), st.integers(0, 10)), max_size=6))
def test_sentences_of_many_mentions_equal_the_break_list(text, spans) -> None:
    ctx = R._Context(text)  # one context, several mentions: the reversed text is reused
    breaks = [i for i, c in enumerate(text) if c in R._SENTENCE_ENDS]
    for start, length in spans:
        start = min(start, len(text))
        end = min(len(text), start + length)
        mention = Mention(surface=text[start:end], start=start, end=end, key="x")
        i = bisect.bisect_left(breaks, start)
        j = bisect.bisect_left(breaks, end)
        assert ctx.sentence(mention) == (breaks[i - 1] + 1 if i else 0,
                                         breaks[j] if j < len(breaks) else len(text))


# ------------------------------------------------------------------ repeated names, one choice
def test_a_repeated_name_resolves_like_its_first_mention(gaz: FakeGazetteer) -> None:
    text = "دخلت القوات تل أحمر قرب دير الزور. ثم قصفت تل أحمر ودير الزور وريف حمص وريف حمص"
    rs = R.resolve_mentions(find_mentions(text, gaz), text, gaz)
    by_key: dict[tuple, tuple] = {}
    for r in rs:
        key = (r.mention.key, r.mention.candidates)
        by_key.setdefault(key, (r.place, r.confidence, r.reason, r.geo_precision))
        assert by_key[key] == (r.place, r.confidence, r.reason, r.geo_precision)
    assert len(rs) > len(by_key)  # the text does repeat names
