"""Two event-date cues of one clause: a fight told as going on «لليوم الثالث على التوالي» with no
date of its own began two days before the story's day (the convention dates an attack at its
start), and «غداة» right before a trigger («… أمس، وذلك غداة سيطرتها على X») puts that event the
day before the date named earlier in the sentence. Near misses: a dated sentence, a strike (not a
fight), an aid or politics sentence, «غداة» after the trigger."""
from __future__ import annotations

import datetime as dt

import pytest

from conflictmap.pipeline import analyse_article
from gazetteer.store import load_gazetteer
from geo.model import Article

DAY = dt.date(2017, 9, 10)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _claims(text: str, gazetteer) -> list[tuple[str, str, dt.date | None]]:
    analysis = analyse_article(Article(id="t", date=DAY, text=text), gazetteer)
    return [(c.action, c.place_name, c.event_date) for c in analysis.claims]


def _dates(text: str, gazetteer, action: str) -> set[dt.date | None]:
    return {d for a, _p, d in _claims(text, gazetteer) if a == action}


def test_fight_on_its_second_day_began_yesterday(gazetteer) -> None:
    text = "تتواصل لليوم الثاني على التوالي المعارك العنيفة في محيط مدينة حرستا بين قوات النظام والفصائل."
    assert _dates(text, gazetteer, "attacked") == {DAY - dt.timedelta(days=1)}


def test_operations_on_their_fifth_day_began_four_days_ago(gazetteer) -> None:
    text = "واصل حزب الله لليوم الخامس على التوالي عملياته العسكرية في جرود عرسال ضد مسلحي جبهة النصرة."
    assert _dates(text, gazetteer, "attacked") == {DAY - dt.timedelta(days=4)}


def test_dated_fight_keeps_its_own_date(gazetteer) -> None:
    text = "تجددت الاشتباكات أمس السبت لليوم الثالث على التوالي بين الفصائل في مدينة حرستا."
    dates = _dates(text, gazetteer, "attacked")
    assert dates and DAY - dt.timedelta(days=3) not in dates


def test_strikes_on_their_third_day_are_not_moved(gazetteer) -> None:
    text = "شنت الطائرات الحربية لليوم الثالث على التوالي غارات على مدينة دوما."
    assert DAY - dt.timedelta(days=2) not in _dates(text, gazetteer, "airstrike")


@pytest.mark.parametrize("text", [
    "تواصل لليوم الثالث على التوالي توزيع المساعدات الإنسانية في مدينة دوما.",
    "يواصل الوفد لليوم الثاني على التوالي محادثاته مع المسؤولين في دمشق حول ملف المعتقلين.",
    "ارتفعت حصيلة ضحايا الزلزال لليوم الرابع على التوالي في مدينة حلب.",
    "أغلقت المدارس أبوابها لليوم الثاني على التوالي في مدينة حمص بسبب العاصفة.",
    "تظاهر الأهالي لليوم الخامس على التوالي في مدينة السويداء احتجاجا على الغلاء.",
])
def test_consecutive_days_of_no_fight_give_no_attack(text, gazetteer) -> None:
    assert not _dates(text, gazetteer, "attacked")


def test_eve_before_a_capture_dates_it_the_day_before(gazetteer) -> None:
    text = ("سيطرت قوات النظام أمس الخميس على بلدة قلعة المضيق في ريف حماة الشمالي، وذلك غداة "
            "سيطرتها على بلدة كفرنبودة المجاورة.")
    dated = {p: d for a, p, d in _claims(text, gazetteer) if a == "captured"}
    yesterday = DAY - dt.timedelta(days=1)
    assert yesterday in dated.values()
    assert yesterday - dt.timedelta(days=1) in dated.values()


def test_eve_after_the_trigger_does_not_move_it(gazetteer) -> None:
    text = "سيطرت قوات النظام أمس على بلدة قلعة المضيق في ريف حماة الشمالي غداة إعلان الهدنة."
    assert _dates(text, gazetteer, "captured") == {DAY - dt.timedelta(days=1)}
