"""Mention finding and resolution of one text with the real gazetteer, for the place tests, and the
claims of the whole pipeline over one text."""

from __future__ import annotations

import datetime as dt

from gazetteer.matcher import find_mentions
from gazetteer.resolver import resolve_mentions
from geo.dates import find_date_expressions
from geo.model import Article, Claim, Resolution


def surfaces(text: str, gazetteer) -> list[str]:
    """The surfaces of the mentions found in ``text``, in text order."""
    return [m.surface for m in find_mentions(text, gazetteer)]


def resolutions(text: str, gazetteer) -> list[Resolution]:
    """The resolutions of the mentions found in ``text``, in text order."""
    return resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)


def resolved_by_surface(text: str, gazetteer) -> dict[str, Resolution]:
    """Mention surface -> its resolution (a repeated surface keeps its last one)."""
    return {r.mention.surface: r for r in resolutions(text, gazetteer)}


def pipeline_claims(text: str, gazetteer, day: dt.date, article_id: str = "t") -> list[Claim]:
    """The claims of :func:`conflictmap.pipeline.analyse_article` on a one-text article dated ``day``."""
    from conflictmap.pipeline import analyse_article

    return list(analyse_article(Article(id=article_id, date=day, text=text), gazetteer).claims)


def pipeline_summary(text: str, gazetteer, day: dt.date) -> list[tuple[str, str, str]]:
    """(action, place name, actor) of each claim of :func:`pipeline_claims`."""
    return [(c.action, c.place_name, c.actor) for c in pipeline_claims(text, gazetteer, day)]


def date_values(text: str, day: dt.date) -> list[dt.date | None]:
    """The dates of the date expressions of ``text`` in an article dated ``day``, in text order."""
    return [e.date for e in find_date_expressions(text, day)]
