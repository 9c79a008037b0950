"""Score extraction against gold annotations (the format of ``shared/eval/dev``).

The rules follow the evaluation README exactly:

* **Mentions** — a predicted span matches a gold toponym when the spans overlap by at least half of
  the shorter one; matching is one-to-one (largest overlaps first).
* **Resolution** — for matched mentions whose gold has its own coordinates (not null, not ``PROXY``),
  the great-circle distance; accuracy within 10 km and 161 km (strict: ``distance <= threshold``),
  median and mean error.
* **Claims** — same action family and same place: same English name (ignoring case, punctuation and
  a leading al-/as-/ad-…), or predicted point within 10 km of the gold place, or (gold place without
  own coordinates) the predicted claim span overlaps the gold quote. One-to-one. Also actor
  agreement and event-date accuracy on matched claims.

:func:`score` is pure (records in, :class:`EvalResult` out) so it is unit-tested without running the
pipeline; :func:`evaluate_gold` runs the pipeline over a gold file first.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.claims import ACTION_FAMILIES, action_family
from geo.errors import InputError
from geo.geometry import haversine_km

__all__ = ["ACTION_FAMILIES", "action_family", "haversine_km", "EvalResult", "score",
           "evaluate_gold", "read_gold", "format_report"]

_ARTICLE_PREFIX = re.compile(r"^(?:a[lnrstdz]|ash|adh|ath|az)[-\s]+", re.IGNORECASE)
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def _name_key(name: str) -> str:
    text = _PUNCT.sub(" ", name.lower()).strip()
    text = _ARTICLE_PREFIX.sub("", text)
    return " ".join(text.split())


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _spans_match(a0: int, a1: int, b0: int, b1: int) -> bool:
    shorter = min(a1 - a0, b1 - b0)
    return shorter > 0 and _overlap(a0, a1, b0, b1) * 2 >= shorter


def _has_own_coords(toponym: Mapping[str, Any]) -> bool:
    return (toponym.get("lat") is not None and toponym.get("lon") is not None
            and not str(toponym.get("coord_source") or "").upper().startswith("PROXY"))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "predicted": n_pred, "gold": n_gold}


def _actor_tokens(actor: str) -> set[str]:
    parts = re.split(r"\s*(?:\+|,|&|\band\b)\s*", actor.lower())
    return {_name_key(p) for p in parts if p.strip()}


_ACTOR_EQUIVALENTS = {
    "syrian air force": "syrian army", "syrian government": "syrian army",
    "syrian government forces": "syrian army", "russian ministry of defence": "russia",
    "russian air force": "russia", "russian army": "russia", "turkish army": "turkey",
    "iranian forces": "iran", "iraqi army": "iraqi forces",
    "popular mobilization forces": "iraqi forces", "islamic state": "isis",
}


def _actor_agrees(predicted: str, gold: str) -> bool:
    def canon(tokens: set[str]) -> set[str]:
        return {_ACTOR_EQUIVALENTS.get(t, t) for t in tokens}

    return bool(canon(_actor_tokens(predicted)) & canon(_actor_tokens(gold)))


@dataclass
class ArticleScore:
    """Per-article counts and the failures behind them."""

    id: str
    failures: list[str] = field(default_factory=list)


@dataclass
class EvalResult:
    """All figures of one evaluation run."""

    mention_tp: int = 0
    mention_pred: int = 0
    mention_gold: int = 0
    distances: list[float] = field(default_factory=list)
    claim_tp: int = 0
    claim_pred: int = 0
    claim_gold: int = 0
    actor_agree: int = 0
    dated_gold_matched: int = 0
    date_correct: int = 0
    articles: list[ArticleScore] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """Figures as a plain dict (what ``conflictmap eval --json`` prints)."""
        d = [x for x in self.distances if math.isfinite(x)]
        n = len(self.distances)  # unplaced matches count as misses at every threshold
        within = (lambda km: sum(x <= km for x in d) / n if n else 0.0)
        return {
            "articles": len(self.articles),
            "mentions": _prf(self.mention_tp, self.mention_pred, self.mention_gold),
            "resolution": {
                "scored": n, "unplaced": n - len(d), "acc_10km": within(10.0), "acc_161km": within(161.0),
                "median_km": statistics.median(d) if d else None,
                "mean_km": statistics.fmean(d) if d else None,
            },
            "claims": {
                **_prf(self.claim_tp, self.claim_pred, self.claim_gold),
                "actor_agreement": self.actor_agree / self.claim_tp if self.claim_tp else 0.0,
                "date_accuracy": (self.date_correct / self.dated_gold_matched
                                  if self.dated_gold_matched else 0.0),
                "dated_matched": self.dated_gold_matched,
            },
        }


def _match_mentions(gold: Sequence[Mapping], pred: Sequence[Mapping]) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        g0, g1 = g["start"], g["start"] + len(g["surface"])
        for pi, p in enumerate(pred):
            if _spans_match(g0, g1, p["start"], p["end"]):
                pairs.append((-_overlap(g0, g1, p["start"], p["end"]), gi, pi))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _gold_place_points(toponyms: Sequence[Mapping]) -> dict[str, tuple[float, float] | None]:
    points: dict[str, tuple[float, float] | None] = {}
    for t in toponyms:
        key = _name_key(t["name_en"])
        if _has_own_coords(t):
            points[key] = (float(t["lat"]), float(t["lon"]))
        else:
            points.setdefault(key, None)
    return points


def _claim_matches(g: Mapping, p: Mapping, points: Mapping, text: str) -> bool:
    if action_family(g["action"]) != action_family(p["action"]):
        return False
    g_key = _name_key(g.get("place") or "")
    if g_key and g_key == _name_key(p.get("place") or ""):
        return True
    point = points.get(g_key)
    if point is not None:
        return (p.get("lat") is not None and p.get("lon") is not None
                and haversine_km(point[0], point[1], p["lat"], p["lon"]) <= 10.0)
    quote = g.get("quote") or ""
    start = text.find(quote) if quote else -1
    if start < 0 or p.get("start") is None:
        return False
    return _overlap(start, start + len(quote), p["start"], p["end"]) > 0


def score(gold_records: Iterable[Mapping[str, Any]],
          predictions: Mapping[str, Mapping[str, Any]]) -> EvalResult:
    """Score predicted extract records (by article id) against gold records."""
    result = EvalResult()
    for g in gold_records:
        art = ArticleScore(id=g["id"])
        result.articles.append(art)
        pred = predictions.get(g["id"], {"places": [], "claims": []})
        text = g["text"]
        gold_t, pred_t = list(g.get("toponyms", [])), list(pred.get("places", []))
        pairs = _match_mentions(gold_t, pred_t)
        result.mention_tp += len(pairs)
        result.mention_pred += len(pred_t)
        result.mention_gold += len(gold_t)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, t in enumerate(gold_t):
            if gi not in matched_g:
                art.failures.append(f"missed mention «{t['surface']}»@{t['start']} ({t['name_en']})")
        for pi, p in enumerate(pred_t):
            if pi not in matched_p:
                art.failures.append(f"spurious mention «{p['surface']}»@{p['start']} → {p.get('name')}")
        for gi, pi in pairs:
            t, p = gold_t[gi], pred_t[pi]
            if not _has_own_coords(t) or p.get("lat") is None:
                if _has_own_coords(t):
                    result.distances.append(float("inf"))
                    art.failures.append(f"unplaced «{t['surface']}» ({t['name_en']})")
                continue
            km = haversine_km(float(t["lat"]), float(t["lon"]), p["lat"], p["lon"])
            result.distances.append(km)
            if km > 10.0:
                art.failures.append(f"far {km:.0f} km: «{t['surface']}»@{t['start']} gold {t['name_en']}"
                                    f" → {p.get('name')} [{p.get('gazetteer_id')}] ({p.get('reason', '')})")
        # claims
        points = _gold_place_points(gold_t)
        gold_c, pred_c = list(g.get("claims", [])), list(pred.get("claims", []))
        result.claim_gold += len(gold_c)
        result.claim_pred += len(pred_c)
        used_p: set[int] = set()
        for gc in gold_c:
            hit = next((pi for pi, pc in enumerate(pred_c)
                        if pi not in used_p and _claim_matches(gc, pc, points, text)), None)
            if hit is None:
                art.failures.append(f"missed claim {gc['action']} {gc['place']} ({gc['actor']})")
                continue
            used_p.add(hit)
            pc = pred_c[hit]
            result.claim_tp += 1
            if _actor_agrees(pc.get("actor") or "", gc.get("actor") or ""):
                result.actor_agree += 1
            else:
                art.failures.append(f"actor {pc.get('actor')!r} ≠ gold {gc['actor']!r} "
                                    f"({gc['action']} {gc['place']})")
            if gc.get("event_date"):
                result.dated_gold_matched += 1
                if pc.get("event_date") == gc["event_date"]:
                    result.date_correct += 1
                else:
                    art.failures.append(f"date {pc.get('event_date')} ≠ gold {gc['event_date']} "
                                        f"({gc['action']} {gc['place']})")
        for pi, pc in enumerate(pred_c):
            if pi not in used_p:
                art.failures.append(f"spurious claim {pc['action']} {pc['place']} ({pc['actor']})")
    return result


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Read gold records from a folder holding ``articles.jsonl`` or from the file itself."""
    file = path / "articles.jsonl" if path.is_dir() else path
    if not file.is_file():
        raise InputError(f"{path}: no articles.jsonl gold file here")
    records = []
    with file.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                record["id"], record["text"]  # noqa: B018 - required fields
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(f"{file}:{number}: not a gold record ({exc})") from None
            records.append(record)
    return records


def evaluate_gold(path: Path, gazetteer: Any) -> EvalResult:
    """Run the pipeline on every gold article and score it."""
    from conflictmap.pipeline import analyse_article, extract_record
    from geo.articles import parse_date
    from geo.model import Article

    gold = read_gold(Path(path))
    predictions = {}
    for record in gold:
        day = parse_date(record.get("published") or record.get("date"),
                         f"{path}: gold article {record['id']}")
        article = Article(id=record["id"], date=day, text=record["text"],
                          source=record.get("outlet") or record.get("source") or "",
                          url=record.get("url") or "", title=record.get("title") or "")
        predictions[record["id"]] = extract_record(analyse_article(article, gazetteer))
    return score(gold, predictions)


def format_report(result: EvalResult, *, failures: bool = True) -> str:
    """Human-readable report: per-article failures first, the figures last."""
    s = result.summary()
    lines: list[str] = []
    if failures:
        for art in result.articles:
            if art.failures:
                lines.append(f"[{art.id}]")
                lines.extend(f"  - {f}" for f in art.failures)
        lines.append("")
    m, r, c = s["mentions"], s["resolution"], s["claims"]
    fmt_km = (lambda v: "n/a" if v is None else f"{v:.1f} km")
    lines += [
        f"articles: {s['articles']}",
        f"mentions:   P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}"
        f"  (tp {m['tp']}, predicted {m['predicted']}, gold {m['gold']})",
        f"resolution: ≤10 km {r['acc_10km']:.3f}  ≤161 km {r['acc_161km']:.3f}"
        f"  median {fmt_km(r['median_km'])}  mean {fmt_km(r['mean_km'])}  (n {r['scored']})",
        f"claims:     P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}"
        f"  (tp {c['tp']}, predicted {c['predicted']}, gold {c['gold']})",
        f"            actor agreement {c['actor_agreement']:.3f}"
        f"  event-date accuracy {c['date_accuracy']:.3f} (n {c['dated_matched']})",
    ]
    return "\n".join(lines)
