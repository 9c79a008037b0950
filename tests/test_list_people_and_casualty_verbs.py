"""People and casualty verbs glued to «و» after a list of places are no list items.

A list introduced by a plural trigger noun («قرى A وB …») may be followed, still inside the
sentence, by the people hit («ومسؤولين محليين», «وأهالي …») or by the next clause's casualty verb
(«وقتل عشرة», «وأصيب …»). Those words are listed in gazetteer/lexicon/stopwords.txt; the unknown
villages of the same list are still found.
"""
from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from gazetteer.store import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _keys(text: str, gazetteer) -> list[str]:
    return [m.key for m in find_mentions(text, gazetteer)]


@pytest.mark.parametrize(("text", "common"), [
    ("هاجم التنظيم قرى الشبكي والشريحي ومسؤولين محليين في ريف السويداء الشرقي.", "مسوولين"),
    ("اقتحم عناصر التنظيم قرى الشبكي والشريحي وقتل عشرة من السكان.", "قتل"),
    ("قصفت الطائرات بلدات الشبكي والشريحي وأصيب خمسة مدنيين.", "اصيب"),
    ("داهمت القوات قرى الشبكي والشريحي واعتقل عشرات الشبان.", "اعتقل"),
    ("استهدف القصف قرى الشبكي والشريحي وأهالي المنطقة.", "اهالي"),
])
def test_people_and_casualty_verbs_end_the_list(text: str, common: str, gazetteer) -> None:
    keys = _keys(text, gazetteer)
    assert "الشبكي" in keys and "الشريحي" in keys
    assert common not in keys


def test_villages_after_the_people_of_another_clause_are_still_found(gazetteer) -> None:
    keys = _keys("قتل مسؤولين محليين في هجوم، فيما سيطر التنظيم على قرى رامي وطربا.", gazetteer)
    assert "رامي" in keys and "طربا" in keys
