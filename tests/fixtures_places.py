"""Mention finding and resolution of one text with the real gazetteer, for the place tests."""

from __future__ import annotations

from gazetteer.matcher import find_mentions
from gazetteer.resolver import resolve_mentions
from geo.model import Resolution


def surfaces(text: str, gazetteer) -> list[str]:
    """The surfaces of the mentions found in ``text``, in text order."""
    return [m.surface for m in find_mentions(text, gazetteer)]


def resolutions(text: str, gazetteer) -> list[Resolution]:
    """The resolutions of the mentions found in ``text``, in text order."""
    return resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)


def resolved_by_surface(text: str, gazetteer) -> dict[str, Resolution]:
    """Mention surface -> its resolution (a repeated surface keeps its last one)."""
    return {r.mention.surface: r for r in resolutions(text, gazetteer)}
