"""Actors as other outlets name them: the claim takes the right actor from the lexicon aliases.

Each sentence uses an alias that the seed and dev articles never use; the sentence frame is the
same for all, so a failure points at the alias, not at the rule engine.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from geo.model import Article


@pytest.mark.parametrize(("subject", "actor"), [
    ("الأكراد", "YPG"),
    ("المقاتلون الأكراد", "YPG"),
    ("الميليشيات الكردية", "YPG"),
    ("قوات المعارضة", "Opposition factions"),
    ("مقاتلو المعارضة", "Opposition factions"),
    ("قوات التحالف", "US-led coalition"),
    ("جهاز مكافحة الإرهاب", "Iraqi forces"),
    ("قوات الشرطة الاتحادية", "Iraqi forces"),
])
def test_alias_gives_the_actor_of_a_capture(gazetteer, subject, actor):
    text = f"سيطرت {subject} أمس على مدينة منبج بعد معارك عنيفة."
    analysis = analyse_article(Article(id="a", date=dt.date(2017, 10, 12), text=text), gazetteer)
    captured = [c for c in analysis.claims if c.action == "captured"]
    assert [c.actor for c in captured] == [actor]
    assert captured[0].event_date == dt.date(2017, 10, 11)


@pytest.mark.parametrize("aircraft", ["طائرات أسد الحربية", "طيران الأسد", "مروحيات أسد"])
def test_regime_aircraft_named_by_the_family_name_are_the_air_force(gazetteer, aircraft):
    # Opposition outlets write «أسد» without the article («قوات أسد», «طائرات أسد»).
    text = f"شنت {aircraft} غارات جوية أمس على مدينة دوما."
    analysis = analyse_article(Article(id="a", date=dt.date(2017, 10, 12), text=text), gazetteer)
    assert [(c.action, c.actor) for c in analysis.claims] == [("airstrike", "Syrian Air Force")]
