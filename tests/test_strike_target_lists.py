"""The precise targets named after a strike's list: after a targeting participle («غاراتها على
ريفي X وY، مستهدفة مقرات في بلدة Z»: Z replaces the countrysides) and after «، وفي» once the list
was located («على A بريف X الشمالي، وفي B بريف Y الشمالي»), with near misses where the same
cues open a clause of their own (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from fixtures_claims import pipeline_claims

DAY = dt.date(2017, 9, 20)


def _places(gazetteer, text: str, action: str = "airstrike") -> set[str]:
    return {place for _actor, act, place in pipeline_claims(gazetteer, text, DAY) if act == action}


def test_targets_after_participle_replace_countrysides(gazetteer) -> None:
    text = ("جددت الطائرات الحربية صباح اليوم غاراتها على ريفي حماة وإدلب، مستهدفة مقرات للفصائل "
            "في بلدة كفرزيتا ومحيط مدينة جسر الشغور.")
    places = _places(gazetteer, text)
    assert "Jisr ash Shughūr" in places
    assert not places & {"Ḩamāh", "Idlib", "Hama", "Idlib Governorate"}


def test_second_located_list_after_and_in(gazetteer) -> None:
    text = "نفذت الطائرات ضربات على مقرات في مورك وكفرزيتا بريف حماة الشمالي، وفي الرستن وتلبيسة بريف حمص الشمالي."
    places = _places(gazetteer, text)
    assert {"Mūrak", "Ar Rastan", "Tallbīsah"} <= places


def test_and_in_opening_a_clause_is_no_target(gazetteer) -> None:
    for text in ("قصفت الطائرات بلدة الرستن بريف حمص الشمالي، وفي حلب قتل خمسة مدنيين بانفجار سيارة.",
                 "قصفت الطائرات بلدة تلبيسة بريف حمص، وفي حماة عقد المحافظ اجتماعا مع وجهاء المدينة."):
        places = _places(gazetteer, text)
        assert places and not places & {"Aleppo", "Ḩamāh", "Hama"}


def test_participle_without_a_target_noun_adds_nothing(gazetteer) -> None:
    text = "شنت الطائرات غارات على ريف إدلب، مستهدفة إضعاف الفصائل قبل جولة المفاوضات في مدينة حلب."
    assert "Aleppo" not in _places(gazetteer, text)


def test_participle_after_punctuated_aside_adds_nothing(gazetteer) -> None:
    text = "شنت الطائرات غارات على ريف حماة، مستهدفة المدنيين، وفر الآلاف إلى مدينة إدلب."
    assert "Idlib" not in _places(gazetteer, text)
