"""A capture verb opening a relative clause with its object glued refers to the clause's head place
even when a governorate after a direction word stands between them («قضاء X غربي محافظة Y، الذي
حررته القوات»); a town after the direction word stays a candidate head of its own. Sentences
written for the tests."""

from __future__ import annotations

import datetime as dt

from fixtures_claims import pipeline_claims


def _captures(text: str, gazetteer) -> list[str]:
    return [place for _actor, action, place in pipeline_claims(gazetteer, text, dt.date(2017, 11, 27))
            if action == "captured"]


def test_head_before_governorate_reference_point(gazetteer):
    text = "وتقع القرية قرب قضاء القائم غربي الأنبار، الذي حررته القوات العراقية مطلع الشهر الجاري."
    assert any("Q" in p and "im" in p for p in _captures(text, gazetteer))


def test_governorate_alone_is_no_head_near_miss(gazetteer):
    text = "وزار الوزير محافظة الأنبار التي حررتها القوات العراقية قبل عام."
    assert _captures(text, gazetteer) == []


def test_town_reference_point_is_not_skipped_near_miss(gazetteer):
    # «التي» may describe the town right before it: the head before the direction word is not taken
    text = "وتقع بلدة القريتين شرقي مدينة حمص التي حررها الجيش السوري العام الماضي."
    assert not any("Qaryatayn" in p for p in _captures(text, gazetteer))
