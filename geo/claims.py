"""Dated control/event claims from Arabic articles.

:func:`extract_claims` reads one article and the places already resolved in it and returns
:class:`geo.model.Claim` records: who (actor, counter-actor) did what (action) where (place),
when (event date and precision), according to whom (attribution), with the quote and offsets.

The method is rule-based over normalised text (see ``docs/CLAIMS.md``):

1. trigger words of ``geo/lexicon/actions.yaml`` (verbs, verbal nouns, fixed phrases, with clitic
   prefixes and pronoun suffixes) are found, longest first, without overlaps;
2. a trigger is dropped when it is negated, an intent, a future, a former state, a state
   description («تحت سيطرة») or an operation noun («معركة تحرير»);
3. its places are the first resolved place after it in the same clause (origins «من محور …» and
   countries skipped) plus places coordinated with it («و», «،»); a place introduced by a
   locative («بريف …», «قرب …») only locates the previous one;
4. the actor is the subject next to the trigger (after it for VSO verbs, else the nearest before
   it in the clause), else the actor of the previous claim, else the article's main actor;
5. the event date comes from :mod:`geo.dates` (governing expression of the clause; the article
   date when the clause has none);
6. repeated claims of one article (same action family, place and side) are merged.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from geo.actors import ActorMention, actor_family, combine_actors, find_actor_mentions
from geo.arabic import original_span
from geo.dates import DateExpression, find_date_expressions, governing_expression
from geo.lexicon import (TriggerForm, alternation, load_action_markers, load_markers,
                         load_triggers, normalize_with_map)
from geo.model import Article, Claim, Resolution

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


# --------------------------------------------------------------------------- triggers
@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger occurrence in normalised text (``start``/``end`` are normalised offsets)."""

    start: int
    end: int
    form: TriggerForm
    prefix: str  # clitics before the form («و», «ل», «بال»…)


_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وب", "ول", "فب", "فل", "لل", "وال", "فال", "بال", "كال",
             "ولل", "وبال", "فبال", "فلل")
_SUFFIX = r"(?P<suf>هما|هم|هن|ها|ه|نا)?"
_WORD_START = re.compile(r"(?<![\w])\w")


@functools.lru_cache(maxsize=1)
def _trigger_regex() -> tuple[re.Pattern[str], dict[str, list[TriggerForm]]]:
    by_form: dict[str, list[TriggerForm]] = {}
    for form in load_triggers():
        by_form.setdefault(form.form, []).append(form)
    pattern = rf"(?P<form>{alternation(by_form)}){_SUFFIX}(?![\w])"
    return re.compile(pattern), by_form


def find_triggers(norm: str) -> list[Trigger]:
    """Trigger occurrences in normalised text, in text order, non-overlapping.

    At each word start the clitic prefixes are tried from the shortest; the longest trigger form
    that fits wins («السيطرة بشكل كامل على» before «السيطرة»).
    """
    regex, by_form = _trigger_regex()
    found: list[Trigger] = []
    pos = 0
    for word in _WORD_START.finditer(norm):
        start = word.start()
        if start < pos:
            continue
        for prefix in _PREFIXES:
            if not norm.startswith(prefix, start):
                continue
            m = regex.match(norm, start + len(prefix))
            if m is None:
                continue
            form_text = " ".join(m.group("form").split())
            chosen = _choose_form(by_form.get(form_text, []), prefix, m.group("suf") or "", norm, m.end())
            if chosen is None:
                continue
            end = m.end()
            if chosen.requires_next:  # «فك الحصار»: the required word belongs to the trigger
                nxt = re.match(r"\s+[\w]+", norm[end:])
                end += nxt.end() if nxt else 0
            found.append(Trigger(start=start, end=end, form=chosen, prefix=prefix))
            pos = end
            break
    return found


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
        return form
    return None


# --------------------------------------------------------------------------- helpers
def _word_before(norm: str, pos: int, count: int) -> list[str]:
    return re.findall(r"[\w]+", norm[max(0, pos - 12 * count):pos])[-count:]


@functools.lru_cache(maxsize=1)
def _marker_regexes() -> dict[str, re.Pattern[str]]:
    markers = load_markers()
    actions = load_action_markers()
    out = {}
    for key in ("negation", "intent", "future", "former", "state_phrases", "attribution"):
        out[key] = re.compile(rf"(?<![\w])[وف]?(?:{alternation(markers[key])})(?![\w])")
    for key in ("operation_nouns", "clause_breaks", "origin_markers", "locative_markers"):
        out[key] = re.compile(rf"(?<![\w])[وف]?(?:{alternation(actions[key])})(?![\w])")
    return out


_GENERIC_NOUNS = (
    "مدينه", "بلده", "قريه", "قرى", "قريتي", "بلدتي", "بلدات", "مدن", "حي", "حيي", "احياء", "منطقه",
    "مناطق", "مطار", "معبر", "تله", "تلال", "تلتي", "حقل", "حقول", "جبل", "جبال", "محطه", "ضاحيه",
    "مزارع", "مزرعه", "بلدتا", "مدينتي", "سد", "دوار", "مخيم", "كتيبه", "اللواء", "الفوج", "مرتفعات",
    "قاعده", "مستودعات", "ساحه", "جسر", "طريق", "اوتوستراد", "مدخل", "مداخل", "اطراف", "ريف",
)
_COORD_TOKENS = {"و", "او", "على", "في", "الى", "نحو", "باتجاه", "من", "ثم", "كذلك", "وكذلك", "ايضا"}


def _is_coordination(gap: str) -> bool:
    """Whether the text between two places coordinates them («، » «و» «وعلى» «وبلدة»)."""
    tokens = re.findall(r"[\w]+", gap)
    has_conj = "," in gap or any(t.startswith("و") for t in tokens)
    for token in tokens:
        bare = token[1:] if token.startswith("و") and len(token) > 1 else token
        if token in _COORD_TOKENS or bare in _COORD_TOKENS:
            continue
        if bare in _GENERIC_NOUNS or bare.removeprefix("ال") in _GENERIC_NOUNS:
            continue
        if re.fullmatch(r"\d+", bare):
            continue
        return False
    return has_conj or not tokens


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


_ORIG_BREAK = re.compile(r"[.!?؟;؛]+|\n\s*\n|(?<=[.!?؟:;؛\"»”])\s*\n|\n(?=\s*[•\-*])")


def _sentences(text: str, nmap: list[int]) -> list[tuple[int, int]]:
    """Sentence spans (normalised offsets). A single line break ends a sentence only after
    punctuation or before a bullet: hard-wrapped paragraphs stay one sentence."""
    spans, begin = [], 0
    for m in _ORIG_BREAK.finditer(text):
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
    starts = [s for s, _ in ctx.sentences]
    i = max(0, bisect.bisect_right(starts, pos) - 1)
    return ctx.sentences[i] if ctx.sentences else (0, len(ctx.norm))


def _orig(ctx: _Ctx, i: int, j: int) -> tuple[int, int]:
    if j <= i:
        k = ctx.nmap[min(i, len(ctx.nmap) - 1)]
        return k, k
    return original_span(ctx.article.text, ctx.nmap, i, j)


# --------------------------------------------------------------------------- blocking rules
_DENIAL = re.compile(r"(?<![\w])[وف]?(?:نفي|نفت|نفوا|ينفي|تنفي|ينفون|نفي)(?![\w])")


def _blocked(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> str:
    """Why this trigger is not a claim ('' when it is one)."""
    norm, rx = ctx.norm, _marker_regexes()
    action = trig.form.action
    for m in rx["state_phrases"].finditer(norm, max(sent[0], trig.start - 15), min(sent[1], trig.end + 12)):
        if m.start() <= trig.start + 2 or trig.start <= m.start() <= trig.end:
            return "state"
    near = norm[max(sent[0], trig.start - 25):trig.start]
    if action != "negotiation" and (rx["negation"].search(near) or _DENIAL.search(
            norm[max(sent[0], trig.start - 70):trig.start])):
        return "negated"
    if action in CONTROL_ACTIONS or action.startswith("zone"):
        if rx["intent"].search(norm[max(sent[0], trig.start - 45):trig.start]):
            return "intent"
        if rx["future"].search(near):
            return "future"
    if trig.form.pos == "present":
        words = _word_before(norm, trig.start, 3)
        if words and words[-1].lstrip("و") in ("التي", "الذي", "الذين", "قد"):
            return "former" if words[-1] != "قد" else "intent"
        if any(w.lstrip("و") in ("كان", "كانت", "كانوا") for w in words):
            return "former"
    if trig.form.pos == "noun":
        words = _word_before(norm, trig.start, 1)
        if action in CONTROL_ACTIONS and words and rx["operation_nouns"].fullmatch(words[-1]):
            return "operation"
        if _ends_with(ctx, trig.start, "blocking_words", 15, sent[0]):
            return "defence"
    return ""


@functools.lru_cache(maxsize=None)
def _marker_alt(key: str) -> str:
    return alternation(load_action_markers()[key])


def _ends_with(ctx: _Ctx, pos: int, key: str, lookback: int = 25, floor: int = 0) -> bool:
    tail = ctx.norm[max(floor, pos - lookback):pos]
    return re.search(rf"(?:^|[^\w])[وف]?(?:{_marker_alt(key)})\s*[\"']?\s*$", tail) is not None


# --------------------------------------------------------------------------- places
_SKIP_KINDS = {"country", "sea", "river"}
_COARSE_KINDS = {"governorate", "country"}
_SETTLEMENTS = {"city", "town", "village"}


def _place_ok(ctx: _Ctx, trig: Trigger, start: int, res: Resolution) -> bool:
    kind = res.place.kind
    family = action_family(trig.form.action)
    if kind in _SKIP_KINDS:
        return False
    if family == "negotiation":
        return kind in ("city", "town", "other", "landmark", "region")
    if res.place.country and res.place.country != "SY" and family != "negotiation":
        return False
    if family != "zone" and kind in _COARSE_KINDS:
        return False
    for actor in ctx.actors:  # «قوات سوريا الديمقراطية» is an actor, not Syria
        if actor.start <= start < actor.end:
            return False
    return True


def _origin_before(ctx: _Ctx, trig: Trigger, start: int, floor: int) -> bool:
    if _ends_with(ctx, start, "origin_markers", 30, floor):
        return True
    family = action_family(trig.form.action)
    words = _word_before(ctx.norm, start, 1)
    if family == "advanced":
        if (words and words[-1] in ("من", "ومن")) or ctx.norm.startswith("من", start):
            return True
    if trig.form.action in load_action_markers()["destination_is_not_place"]:
        if words and words[-1].lstrip("و") in ("الى", "نحو", "باتجاه", "حتى"):
            return True
    return False


def _object_places(ctx: _Ctx, trig: Trigger, sent: tuple[int, int],
                   stop: int) -> list[tuple[int, int, Resolution]]:
    """Places that are the object(s) of the trigger."""
    rx = _marker_regexes()
    limit = min(sent[1], stop)
    br = rx["clause_breaks"].search(ctx.norm, trig.end, limit)
    if br is not None:
        limit = br.start()
    max_first = 90 if action_family(trig.form.action) == "zone" else 70
    out: list[tuple[int, int, Resolution]] = []
    rejected_end = -1
    for start, end, res in ctx.places:
        if start < trig.end or start >= limit:
            continue
        if not out:
            if start - trig.end > max_first:
                break
            if rejected_end >= 0 and not re.search(
                    rf"(?:^|[^\w])[وف]?(?:{_marker_alt('object_connectors')})(?:[^\w]|$)",
                    ctx.norm[rejected_end:start]):
                rejected_end = end
                continue
            if not _place_ok(ctx, trig, start, res) or _origin_before(ctx, trig, start, trig.end):
                rejected_end = end
                continue
            out.append((start, end, res))
            continue
        prev_end = out[-1][1]
        gap = ctx.norm[prev_end:start]
        if start - prev_end > 45:
            break
        surface = ctx.norm[start:end]
        if not (_is_coordination(gap) or (surface.startswith("و") and _is_coordination(gap + " و"))):
            break
        if _place_ok(ctx, trig, start, res):
            out.append((start, end, res))
    return out


def _places_before(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> list[tuple[int, int, Resolution]]:
    """Relative/predicative constructs: the nearest place before the trigger
    («مدن الغوطة التي أعلنت منطقة خفض تصعيد», «… البلدة التي سيطر عليها»)."""
    best = None
    for start, end, res in ctx.places:
        if end > trig.start or start < sent[0] or trig.start - end > 60:
            continue
        gap = ctx.norm[end:trig.start]
        if not re.search(r"(?:^|[^\w])(?:التي|الذي|اعلنت|اعلان|منطقه|مناطق|ك?منطقه)(?:[^\w]|$)", gap):
            continue
        if _place_ok(ctx, trig, start, res):
            best = (start, end, res)
    return [best] if best else []


def _unnamed_locative(ctx: _Ctx, trig: Trigger, start: int) -> bool:
    """«سيطرت على ضاحية في مدينة X»: the object is an unnamed part of X."""
    gap = ctx.norm[trig.end:start]
    for a in ctx.actors:
        if trig.end <= a.start < start:
            gap = gap.replace(ctx.norm[a.start:a.end], " ")
    return re.search(r"(?:على|الى)\s+\S+.*?(?:^|\s)(?:في|ب\S+|داخل|وسط)(?:\s|$)", gap) is not None


# --------------------------------------------------------------------------- actors
def _pick_actors(ctx: _Ctx, trig: Trigger, sent: tuple[int, int], first_place: int,
                 ) -> tuple[list[ActorMention], list[ActorMention]]:
    """(subject mentions, counter mentions) for the trigger."""
    rx = _marker_regexes()
    clause_start = sent[0]
    for m in rx["clause_breaks"].finditer(ctx.norm, sent[0], trig.start):
        clause_start = m.start()

    def in_attribution(a: ActorMention) -> bool:
        return any(s <= a.start < e for s, e in ctx.attributions)

    pre_all = [a for a in ctx.actors if sent[0] <= a.start and a.end <= trig.start
               and not a.supporting and not a.object_like]
    pre = [a for a in pre_all if not in_attribution(a)] or pre_all
    pre_clause = [a for a in pre if a.start >= clause_start]
    post_end = first_place if first_place > trig.end else min(sent[1], trig.end + 45)
    post = [a for a in ctx.actors if trig.end <= a.start < post_end and not a.supporting]
    subject: list[ActorMention] = []
    counter: list[ActorMention] = []
    post_subjects = [a for a in post if not a.object_like]
    is_verb = trig.form.pos in ("verb", "present")
    surface = ctx.norm[trig.start:trig.end]
    plural = re.search(r"(?:وا|ون)(?:ها|ه|هم)?$", surface.split()[0]) is not None
    if is_verb:
        immediate = [a for a in post_subjects if a.start - trig.end <= 12]
        if immediate and not plural and not (trig.form.post_actor == "object" and pre_clause):
            subject = [immediate[0]]
            counter = [a for a in post if a is not immediate[0] and a.object_like][:1]
        else:
            counter = post[:1]
    else:
        if trig.form.post_actor == "subject" and post_subjects and post_subjects[0].start - trig.end <= 12:
            subject = [post_subjects[0]]
        else:
            counter = post[:1]
    if not subject:
        candidates = pre_clause or pre
        if candidates:
            subject = [candidates[-1]]
    if subject:
        subject = _with_allies(ctx, subject[0])
    counter = [a for a in counter if all(a.entry.family != s.entry.family for s in subject)]
    return subject, counter[:1]


def _with_allies(ctx: _Ctx, head: ActorMention) -> list[ActorMention]:
    """The head actor with actors coordinated to it («قوات النظام وميليشيا حزب الله»)."""
    def joined(left: ActorMention, right: ActorMention) -> bool:
        gap = ctx.norm[left.end:right.start]
        return (right.start - left.end <= 4 and not right.supporting
                and (re.fullmatch(r"\s*(?:و|,)\s*", gap) is not None
                     or (re.fullmatch(r"\s*", gap) is not None and ctx.norm[right.start] == "و")))

    index = ctx.actors.index(head)
    start = index
    while start > 0 and joined(ctx.actors[start - 1], ctx.actors[start]) \
            and not ctx.actors[start - 1].object_like:
        start -= 1
    stop = index
    while stop + 1 < len(ctx.actors) and joined(ctx.actors[stop], ctx.actors[stop + 1]):
        stop += 1
    return ctx.actors[start:stop + 1]


# --------------------------------------------------------------------------- attribution
_AFTER_MARKERS = re.compile(r"(?<![\w])[وف]?(?:وفق|وفقا\s+ل\S*|حسب|بحسب|حسبما|نقلا\s+عن)(?![\w])")


def _attribution_spans(norm: str) -> list[tuple[int, int]]:
    """Normalised spans of attribution phrases (reporting verb + its source)."""
    rx = _marker_regexes()["attribution"]
    spans: list[tuple[int, int]] = []
    for m in rx.finditer(norm):
        if spans and m.start() < spans[-1][1] + 2:
            continue  # «وقالت مصادر …»: one phrase
        stop = m.end()
        for token in re.finditer(r"[^\s]+", norm[m.end():m.end() + 60]):
            word = token.group(0)
            if re.match(r"^(?:ان|بان|انه|انها|ان:|:|,|-)$", word) or word.startswith(("ان", "بان")) and len(word) <= 4:
                break
            stop = m.end() + token.end()
            if re.search(r"[,:.\"]$", word):
                stop -= 1
                break
        spans.append((m.start(), stop))
    return spans


def _attribution(ctx: _Ctx, trig: Trigger, sent: tuple[int, int], end: int) -> str:
    best = None
    for s, e in ctx.attributions:
        if sent[0] <= s < trig.start:
            best = (s, e)
    if best is None:
        for m in _AFTER_MARKERS.finditer(ctx.norm, end, min(sent[1], end + 40)):
            best = next(((s, e) for s, e in ctx.attributions if s <= m.start() < e), None)
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
    found: dict[str, float] = {}
    chunk = norm[start:end]
    for regex, name in _QTY:
        for m in regex.finditer(chunk):
            found.setdefault(name, float(m.group(1)))
    return tuple(sorted(found.items()))


# --------------------------------------------------------------------------- main
def _prepare(article: Article, resolutions: Sequence[Resolution]) -> _Ctx:
    norm, nmap = normalize_with_map(article.text)
    norm = norm.replace("_", " ")  # hashtags «#النظام_السوري» (one-for-one: offsets unchanged)
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
    return _Ctx(article=article, norm=norm, nmap=nmap, places=kept,
                actors=find_actor_mentions(norm), triggers=find_triggers(norm),
                dates=find_date_expressions(article.text, article.date),
                sentences=_sentences(article.text, nmap), attributions=_attribution_spans(norm))


_AIR = re.compile(r"طائر|طاير|طيران|غارات|غاره|جويه|الجوي|مروحي|حوامات")


def _refine_action(ctx: _Ctx, trig: Trigger, sent: tuple[int, int]) -> str:
    """The action after context: purpose/target → advanced, loss → withdrew, air shelling."""
    action = trig.form.action
    bare_prefix = trig.prefix.lstrip("وف")
    if trig.form.pos == "noun" and action in ("captured", "siege_broken", "encircled", "besieged", "entered"):
        if bare_prefix.startswith("ل") or _ends_with(ctx, trig.start, "targeting_words", 20, sent[0]):
            return "advanced"  # «للوصول إلى», «تستهدف فك الحصار عن»: movement towards the place
    if action == "captured" and _ends_with(ctx, trig.start, "loss_words", 30, sent[0]) or (
            action == "captured" and re.search(rf"(?:^|[^\w])[وف]?(?:{_marker_alt('loss_words')})\s+\S+\s*$",
                                               ctx.norm[max(sent[0], trig.start - 30):trig.start])):
        return "withdrew"
    if action == "shelled" and _AIR.search(ctx.norm[max(sent[0], trig.start - 40):trig.end + 40]):
        return "airstrike"
    return action


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
        family, place and side) are merged into the first, best-dated one.
    """
    ctx = _prepare(article, resolutions)
    raw: list[tuple[Claim, bool, str]] = []  # (claim, explicitly dated, side key)
    last_actor: list[ActorMention] = []
    last_sentence: tuple[int, int] = (-1, -1)
    counts = Counter(a.entry.name for a in ctx.actors if not a.object_like and not a.supporting)
    main_actor = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else ""
    for index, trig in enumerate(ctx.triggers):
        sent = _sentence_of(ctx, trig.start)
        if _blocked(ctx, trig, sent):
            continue
        next_trigger = ctx.triggers[index + 1].start if index + 1 < len(ctx.triggers) else len(ctx.norm)
        places = _object_places(ctx, trig, sent, next_trigger)
        if not places and trig.form.place_before:
            places = _places_before(ctx, trig, sent)
        if not places:
            continue
        action = _refine_action(ctx, trig, sent)
        if action_family(action) == "captured" and places[0][2].place.kind in _SETTLEMENTS \
                and _unnamed_locative(ctx, trig, places[0][0]):
            action = "advanced"
        subject, counter = _pick_actors(ctx, trig, sent, places[0][0])
        inferred = not subject
        if subject:
            last_actor, last_sentence = subject, sent
        elif last_actor and last_sentence == sent:
            subject = last_actor
        elif main_actor:
            subject = [next(a for a in ctx.actors if a.entry.name == main_actor)]
        span_start = trig.start
        for a in subject:
            if sent[0] <= a.start < trig.start and trig.start - a.end <= 40:
                span_start = min(span_start, a.start)
        span_end = max(places[-1][1], trig.end)
        o_start, o_end = _orig(ctx, span_start, span_end)
        event_date, precision, dated = _event_date(ctx, o_start, o_end, action)
        if precision == "future":
            continue
        attribution = _attribution(ctx, trig, sent, span_end)
        quantities = _quantities(ctx.norm, trig.start, min(sent[1], span_end + 60))
        actor_name, actor_ar = combine_actors(subject, article.text, ctx.nmap)
        counter_name = combine_actors(counter, article.text, ctx.nmap)[0] if counter else ""
        confidence = 0.8 if trig.form.pos != "noun" else 0.7
        if inferred:
            confidence -= 0.15
        if action != trig.form.action:
            confidence -= 0.1
        for start, end, res in places:
            place = res.place
            quote_end = max(o_end, _orig(ctx, start, end)[1])
            claim = Claim(
                id="", article_id=article.id, actor=actor_name, action=action,
                place_id=place.id, place_name=place.name, place_name_ar=place.name_ar,
                lat=place.lat, lon=place.lon, event_date=event_date, date_precision=precision,
                quote=article.text[o_start:quote_end], start=o_start, end=quote_end,
                confidence=round(max(0.05, confidence * min(1.0, 0.5 + res.confidence)), 3),
                counter_actor=counter_name, actor_ar=actor_ar, attribution=attribution,
                geo_precision=res.geo_precision, precision_km=place.precision_km,
                admin1=place.admin1, source=article.source, url=article.url,
                quantities=quantities, article_date=article.date,
                notes="" if dated else "date: article date (no date expression)",
            )
            raw.append((claim, dated, _side_key(action, actor_name)))
    return _merge(article, raw)


def _event_date(ctx: _Ctx, start: int, end: int, action: str) -> tuple[dt.date | None, str, bool]:
    """(event date, precision, explicitly dated) of the clause [start, end) of the original text.

    precision ``"future"`` marks a control claim dated in the future (not emitted).
    """
    text, article_date = ctx.article.text, ctx.article.date
    expr = governing_expression(ctx.dates, text, start, end)
    if expr is not None and expr.start >= end and expr.start - end > 30:
        expr = governing_expression([e for e in ctx.dates if e.start < end], text, start, end)
    if expr is None:
        return article_date, "days", False
    if expr.future and action in CONTROL_ACTIONS:
        return None, "future", True
    if expr.date is None:
        return None, "unknown", True
    value, precision = expr.date, expr.precision
    if value > article_date and action in CONTROL_ACTIONS:
        return article_date, "days", False
    if expr.end <= start and re.search(r"غداة|غداه", text[expr.end:start]):
        value -= dt.timedelta(days=1)  # «… الثلاثاء غداة إعلان سيطرتها»: the day before
    return value, precision, True


def _side_key(action: str, actor: str) -> str:
    if action_family(action) in ("zone", "negotiation"):
        return ""  # one zone/talks claim per place and article, whoever is named
    return actor_family(actor)


def _merge(article: Article, raw: list[tuple[Claim, bool, str]]) -> list[Claim]:
    chosen: dict[tuple[str, str, str], tuple[Claim, bool]] = {}
    order: list[tuple[str, str, str]] = []
    for claim, dated, side in raw:
        key = (action_family(claim.action), claim.place_id, side)
        if key not in chosen:
            chosen[key] = (claim, dated)
            order.append(key)
            continue
        kept, kept_dated = chosen[key]
        quantities = tuple(sorted(dict(claim.quantities + kept.quantities).items()))
        best, best_dated = (claim, True) if dated and not kept_dated else (kept, kept_dated)
        chosen[key] = (replace(best, quantities=quantities,
                               confidence=max(claim.confidence, kept.confidence)), best_dated)
    claims = [chosen[k][0] for k in order]  # text order: trigger, then its places
    return [replace(c, id=f"{article.id}:c{n}") for n, c in enumerate(claims, 1)]
