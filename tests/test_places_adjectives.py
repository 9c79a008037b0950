"""Adjectives after weak trigger nouns (our own sentences, real gazetteer).

A gazetteer name that is also a common word needs a trigger noun. After a weak noun that takes
feminine adjectives («منطقة», «مرتفعات»), an indefinite word written with a final «ة» agrees
with it as an adjective («مرتفعات عالية»: high ground), so it is no place. The town spelled
«عاليه», or introduced by a strong noun («مدينة عالية»), stays a place.
"""

from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from gazetteer.resolver import resolve_mentions
from fixtures_places import surfaces as _surfaces


@pytest.mark.parametrize("text", [
    "وسيطر الجيش على مرتفعات عالية تشرف على الطريق الدولي.",
    "وتحصن المسلحون في منطقة عالية الارتفاع يصعب الوصول إليها.",
    "وتقدمت الوحدات نحو مرتفعات عالية في الجرود.",
])
def test_feminine_adjective_after_a_weak_noun_is_no_place(gazetteer, text):
    found = _surfaces(text, gazetteer)
    assert not any("عالي" in f for f in found), found


@pytest.mark.parametrize("text, surface", [
    ("وقصف الطيران منطقة عاليه في جبل لبنان.", "عاليه"),
    ("وزار الوزير مدينة عالية في جبل لبنان.", "عالية"),
])
def test_the_town_keeps_its_spelling_or_strong_noun(gazetteer, text, surface):
    resolved = {r.mention.surface: r for r in
                resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)}
    assert surface in resolved, list(resolved)
    assert resolved[surface].place.country == "LB"
