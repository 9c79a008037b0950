"""Grow the gazetteer: list the names it does not know, and look names up with explanations.

``conflictmap gazetteer unknown`` prints :func:`collect_unknown` over analysed articles;
``conflictmap gazetteer lookup NAME`` prints :func:`lookup`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geo.arabic import clitic_splits
from geo.model import ArticleAnalysis, Place

from gazetteer.matcher import name_index, normalize_name
from gazetteer.resolver import KIND_PRIOR

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer.store import Gazetteer

__all__ = ["UnknownName", "Candidate", "collect_unknown", "lookup"]


@dataclass(frozen=True, slots=True)
class UnknownName:
    """A place name found by context that the gazetteer does not know."""

    name: str  # normalised
    surfaces: tuple[str, ...]  # distinct spellings as written
    count: int
    article_ids: tuple[str, ...]
    kinds: tuple[str, ...]  # kind hints from trigger nouns
    areas: tuple[str, ...]  # ids of the enclosing areas it was placed at
    example: str  # one context snippet

    def describe(self) -> str:
        """One line for ``conflictmap gazetteer unknown``."""
        kinds = ",".join(self.kinds) or "-"
        areas = ",".join(self.areas) or "-"
        return (f"{self.count:4d}  {self.name}  [{kinds}]  placed at {areas}  "
                f"({len(self.article_ids)} article(s))  {self.example}")

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "surfaces": list(self.surfaces), "count": self.count,
                "article_ids": list(self.article_ids), "kinds": list(self.kinds),
                "areas": list(self.areas), "example": self.example}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer answer to a name lookup."""

    place: Place
    score: float
    match: str  # exact / clitic / variant / english / partial
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        """The reasons as one human-readable string."""
        return f"{self.match}: " + "; ".join(self.reasons)


def _snippet(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"…{left}[{text[start:end]}]{right}…".split())


def collect_unknown(analyses: Iterable[ArticleAnalysis]) -> list[UnknownName]:
    """Aggregate the unknown places of many analysed articles.

    Returns
    -------
    list of UnknownName
        Most frequent first, then by name (deterministic).
    """
    acc: dict[str, dict] = {}
    for analysis in analyses:
        for res in analysis.resolutions:
            if res.known:
                continue
            name = res.place.id.split(":", 1)[1] if res.place.id.startswith("unknown:") \
                else res.mention.key
            slot = acc.setdefault(name, {"surfaces": set(), "count": 0, "articles": set(),
                                         "kinds": set(), "areas": set(), "example": ""})
            slot["surfaces"].add(res.mention.surface)
            slot["count"] += 1
            slot["articles"].add(analysis.article.id)
            if res.mention.kind_hint:
                slot["kinds"].add(res.mention.kind_hint)
            if res.place.parent_id:
                slot["areas"].add(res.place.parent_id)
            if not slot["example"]:
                slot["example"] = _snippet(analysis.article.text, res.mention.start, res.mention.end)
    out = [UnknownName(name, tuple(sorted(v["surfaces"])), v["count"], tuple(sorted(v["articles"])),
                       tuple(sorted(v["kinds"])), tuple(sorted(v["areas"])), v["example"])
           for name, v in acc.items()]
    out.sort(key=lambda u: (-u.count, u.name))
    return out


def _prior(place: Place) -> float:
    return KIND_PRIOR.get(place.kind, 0.5) / 3.0 + min(0.3, math.log10(max(place.population or 1, 1)) / 25)


def lookup(name: str, gazetteer: Gazetteer, *, limit: int = 10) -> list[Candidate]:
    """Candidates for ``name`` (Arabic or English) with scores and reasons.

    Arabic names are normalised and tried as written, without their proclitics («بدير الزور»
    → «دير الزور»), through the matcher's variants (joined spellings, «لل» forms, article-less
    and final-alef forms) and finally as part of longer names. English names are compared
    case-insensitively.
    """
    key = normalize_name(name)
    if not key:
        return []
    index = name_index(gazetteer)
    found: dict[str, Candidate] = {}

    def add(pid: str, base: float, match: str, reason: str) -> None:
        if pid not in gazetteer:
            return
        place = gazetteer.get(pid)
        score = round(base + _prior(place), 3)
        old = found.get(pid)
        if old is None or old.score < score:
            found[pid] = Candidate(place, score, match,
                                   (reason, f"kind {place.kind}", f"population {place.population or 'unknown'}"))

    first, _, rest = key.partition(" ")
    for prefix, stem in clitic_splits(first):
        form = (stem + " " + rest).strip()
        entry = index.entries.get(form)
        if entry is None or entry.role != "place":
            continue
        if form == key:
            match, base = ("variant", 0.6) if entry.weak or entry.name != form else ("exact", 1.0)
            reason = f"name «{entry.name}»" + (" (needs context in articles)" if entry.weak else "")
        else:
            match, base = "clitic", 0.8
            reason = f"«{prefix}» + name «{entry.name}»"
        for pid in entry.place_ids:
            add(pid, base, match, reason)
    folded = name.strip().casefold()
    if folded.isascii():
        for en, pid in gazetteer.names_en():
            if en.casefold() == folded:
                add(pid, 0.9, "english", f"English name «{en}»")
    if not found:
        for form, entry in index.entries.items():
            if entry.role == "place" and f" {key} " in f" {form} " and form != key:
                for pid in entry.place_ids:
                    add(pid, 0.3, "partial", f"part of the name «{entry.name}»")
    return sorted(found.values(), key=lambda c: (-c.score, c.place.id))[:limit]
