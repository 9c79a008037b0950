"""A flight or departure verb that opens a relative clause on civilians («آلاف النازحين الذين فروا من
X», «العائلات التي غادرت X») is displacement, not a withdrawal; the same clause on fighters or forces
stays a withdrawal. Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import pipeline_claims


def _withdrawals(text: str, gazetteer) -> list[str]:
    return [place for _actor, action, place in pipeline_claims(gazetteer, text, dt.date(2017, 11, 27))
            if action == "withdrew"]


@pytest.mark.parametrize("text", [
    "ويعيش في المخيم مئات النازحين الذين فروا الشهر الماضي من مدينة الميادين.",
    "وتؤوي القرية عشرات العائلات التي غادرت مدينة الميادين هربا من القصف.",
    "وقال الأهالي الذين هربوا من مدينة الميادين إن الوضع الإنساني سيء.",
])
def test_civilians_fleeing_near_miss(text, gazetteer):
    assert _withdrawals(text, gazetteer) == []


@pytest.mark.parametrize("text", [
    "وقتل عشرات المسلحين الذين فروا من مدينة الميادين.",
    "وطاردت الطائرات قوات النظام التي انسحبت من مدينة تدمر.",
])
def test_fighters_fleeing_still_withdraw(text, gazetteer):
    assert _withdrawals(text, gazetteer)
