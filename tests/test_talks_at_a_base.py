"""Talks held at an airbase or a military base take that base as their place («جرت المفاوضات في
مطار X العسكري»); fire on a base, its capture after talks, or an office located at a base («مركز المصالحة في حميميم») is no talks claim on it. Sentences
written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import pipeline_claims


def _claims(text: str, gazetteer) -> list[tuple[str, str]]:
    return [(action, place) for _actor, action, place in pipeline_claims(gazetteer, text, dt.date(2018, 4, 20))]


def test_talks_held_at_an_airbase(gazetteer):
    claims = _claims("وقالت المصادر إن المفاوضات جرت طوال أسبوع في مطار الضمير العسكري بحضور ضباط روس.", gazetteer)
    assert [a for a, _p in claims] == ["negotiation"]


def test_talks_held_at_a_named_base(gazetteer):
    claims = _claims("وعقدت جولة مفاوضات ثانية في قاعدة حميميم بين وجهاء المدينة والجانب الروسي.", gazetteer)
    assert "negotiation" in [a for a, _p in claims]


@pytest.mark.parametrize("text", [
    "قصفت الطائرات مطار الضمير العسكري بعد فشل المفاوضات.",
    "ذكر المركز الروسي للمصالحة في حميميم أن ممثلي بلدتين وقعوا اتفاقات انضمام إلى الهدنة.",
    "سيطر الجيش على مطار الضمير العسكري بعد مفاوضات مع الفصائل.",
])
def test_fire_or_capture_after_talks_near_miss(text, gazetteer):
    assert "negotiation" not in [a for a, _p in _claims(text, gazetteer)]
