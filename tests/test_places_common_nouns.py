"""Common nouns and verbs that normalise like place words (our own sentences, real gazetteer).

Names of regions, countries, seas and rivers keep their article in Arabic: without it the word
is a common noun («جزيرة» an island, «ساحل» a coast), so it never resolves to the region. A
trigger noun is never a name itself («جزيرة حويجة صكر» is the island «حويجة صكر»). A trigger
spelled with a hamza its lexicon form lacks is another word («وأدى» "and led to", not «وادي»).
"""

from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from gazetteer.resolver import resolve_mentions


def _resolved(text: str, gazetteer) -> list[tuple[str, str]]:
    mentions = find_mentions(text, gazetteer)
    return [(r.mention.surface, r.place.kind) for r in resolve_mentions(mentions, text, gazetteer)]


@pytest.mark.parametrize("text", [
    "ووصلت التعزيزات إلى جزيرة صغيرة وسط النهر.",
    "وأطبق الجيش الحصار على مسلحي التنظيم في جزيرة نهرية قرب المدينة.",
    "ورست السفينة الروسية قرب ساحل البحر.",
])
def test_indefinite_common_noun_is_no_region(gazetteer, text):
    assert all(kind != "region" for _surface, kind in _resolved(text, gazetteer))


@pytest.mark.parametrize("text, region", [
    ("وتقدمت قوات سوريا الديمقراطية في الجزيرة السورية.", "الجزيرة السورية"),
    ("وتعرضت مواقع في الساحل السوري لهجمات بطائرات مسيرة.", "الساحل السوري"),
])
def test_definite_region_names_still_match(gazetteer, text, region):
    assert (region, "region") in _resolved(text, gazetteer)


def test_island_noun_introduces_the_island_name(gazetteer):
    found = _resolved("وأحكم الجيش الطوق على مسلحي التنظيم في جزيرة حويجة صكر.", gazetteer)
    surfaces = [surface for surface, _kind in found]
    assert "حويجة صكر" in surfaces
    assert "جزيرة" not in surfaces and "حويجة" not in surfaces


@pytest.mark.parametrize("text", [
    "وأدى القصف إلى مقتل خمسة مدنيين.",
    "وأدى المصلون صلاة الجمعة رغم القصف.",
    "فأدى الانفجار إلى دمار كبير في المباني.",
])
def test_verb_spelled_with_hamza_is_no_valley(gazetteer, text):
    assert find_mentions(text, gazetteer) == []


@pytest.mark.parametrize("text, valley", [
    ("وسيطرت الفصائل على وادي الضيف بعد حصار طويل.", "وادي الضيف"),
    ("وتقدمت القوات في وادي بردى.", "وادي بردى"),
])
def test_valleys_still_match(gazetteer, text, valley):
    assert valley in [m.surface for m in find_mentions(text, gazetteer)]
