"""Denials, and the place an attack sets out from.

What a denial verb governs is no claim; what follows it in a clause of its own is one.

A denial reaches a trigger in its own clause («نفت المصادر سيطرة المسلحين على X», «نفى أن يكون …
قد سيطر على X») or through a denied report («نفى مصدر الأنباء التي روجت لها صفحات المعارضة عن سقوط
X»: a report noun, then «عن/حول/بشأن», however long the relative clause between). A clause of its own
after the denial («… وسيطر الجيش على X», «نفت المعارضة الأنباء، وأعلنت سيطرتها على X») keeps its claim.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_places import pipeline_claims

DAY = dt.date(2017, 9, 10)


def controls(text: str, gazetteer) -> list[tuple[str, str]]:
    return [(c.action, c.place_name) for c in pipeline_claims(text, gazetteer, DAY)
            if c.action in ("captured", "secured")]


@pytest.mark.parametrize("text", [
    "نفى مصدر عسكري لصحيفة محلية الأنباء التي روجت لها صفحات المعارضة ووسائل إعلام خليجية عن «سقوط» مدينة القريتين بيد التنظيم.",
    "نفت وزارة الدفاع التقارير حول سيطرة المسلحين على بلدة مورك.",
    "نفى الجيش ما تردد عن سيطرة الفصائل على مدينة حلفايا.",
    "نفت المصادر سيطرة المسلحين على بلدة مورك.",
    "نفى مصدر أن يكون التنظيم قد سيطر على مدينة القريتين.",
])
def test_what_a_denial_governs_is_no_claim(gazetteer, text):
    assert controls(text, gazetteer) == []


@pytest.mark.parametrize("text, place", [
    ("نفى المتحدث وجود قوات أجنبية في المنطقة وسيطر الجيش على بلدة مورك.", "Mūrak"),
    ("نفت المعارضة الأنباء، وأعلنت سيطرتها على بلدة مورك.", "Mūrak"),
    ("تحدثت الأنباء عن سقوط مدينة القريتين بيد تنظيم داعش.", "Al Qaryatayn"),
    ("نفى المتحدث الأنباء عن خسائر كبيرة، مؤكدا أن الجيش سيطر على بلدة مورك.", "Mūrak"),
])
def test_a_clause_of_its_own_after_a_denial_keeps_its_claim(gazetteer, text, place):
    assert [p for _, p in controls(text, gazetteer)] == [place]


# --------------------------------------------------------------- where an attack sets out from
def attacks(text: str, gazetteer) -> list[str]:
    return [c.place_name for c in pipeline_claims(text, gazetteer, DAY) if c.action == "attacked"]


@pytest.mark.parametrize("text", [
    "انطلقت العمليات العسكرية من مدينة حديثة.",
    "انطلق الهجوم من تدمر.",
    "وانطلقت العمليات من مدينة تدمر فجر اليوم.",
])
def test_the_place_an_attack_sets_out_from_is_no_target(gazetteer, text):
    assert attacks(text, gazetteer) == []


@pytest.mark.parametrize("text", [
    "انطلق هجوم الجيش على السخنة من مدينة تدمر.",
    "انطلق الهجوم على مدينة السخنة فجر اليوم.",
    "شن الجيش هجوما على مدينة السخنة انطلاقا من تدمر.",
])
def test_the_target_of_an_attack_that_sets_out_stays(gazetteer, text):
    assert attacks(text, gazetteer) == ["As Sukhnah"]
