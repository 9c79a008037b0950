"""Near misses of review 10 on the claims rules of the eras round: a second located list after
«، وفي» that opens a clause of its own, «بعد يومين من N» before a finite main verb, civilians that
are the object of an armed actor before «بعدما», and talks whose own verb is in the future. Each
test keeps the rule's original positive case beside its near misses."""

from __future__ import annotations

import datetime as dt

from tests.fixtures_places import pipeline_claims

DAY = dt.date(2020, 3, 5)  # a Thursday


def _claims(text: str, gazetteer) -> list[tuple[str, str, dt.date | None]]:
    return [(c.action, c.place_name, c.event_date) for c in pipeline_claims(text, gazetteer, DAY)]


def _places(text: str, gazetteer, action: str) -> set[str]:
    return {p for a, p, _d in _claims(text, gazetteer) if a == action}


# -- «، وفي C وD بريف Y، <new clause>» ----------------------------------------------------------

def test_second_list_then_a_clause_of_its_own_is_no_target(gazetteer):
    text = ("قصفت الطائرات الحربية بلدة كفرنبل بريف إدلب الجنوبي، وفي اللطامنة وكفرزيتا بريف حماة "
            "الشمالي، دارت اشتباكات عنيفة بين الفصائل وقوات النظام.")
    assert _places(text, gazetteer, "airstrike") == {"Kafranbel"}
    text = ("قصفت قوات النظام بلدتي كفرزيتا واللطامنة بريف حماة الشمالي، وفي خان شيخون وكفرنبل بريف "
            "إدلب الجنوبي، خرجت مظاهرات ضد هيئة تحرير الشام.")
    got = _places(text, gazetteer, "shelled")
    assert "Khān Shaykhūn" not in got and "Kafranbel" not in got
    text = ("قصفت الطائرات الحربية بلدة كفرنبل بريف إدلب الجنوبي، وفي مورك وكفرزيتا بريف حماة "
            "الشمالي، أصيب ثلاثة مدنيين.")
    assert "Kafr Zaytā" not in _places(text, gazetteer, "airstrike")


def test_second_list_ending_the_sentence_or_chained_is_a_target(gazetteer):
    text = "قصفت الطائرات بلدتي كفرنبل وحاس بريف إدلب الجنوبي، وفي اللطامنة وكفرزيتا بريف حماة الشمالي."
    assert {"Kafranbel", "Kafr Zaytā"} <= _places(text, gazetteer, "airstrike")
    text = ("قصفت الطائرات بلدتي كفرنبل وحاس بريف إدلب الجنوبي، وفي اللطامنة وكفرزيتا بريف حماة "
            "الشمالي، وفي الأتارب بريف حلب الغربي.")
    assert {"Kafranbel", "Kafr Zaytā"} <= _places(text, gazetteer, "airstrike")


# -- «بعد يومين من N» before a finite verb -------------------------------------------------------

def test_days_after_a_noun_phrase_keep_a_finite_verbs_date(gazetteer):
    for text in ("بعد يومين من القصف المتواصل سيطرت قوات النظام على بلدة عقيربات",
                 "بعد يومين من المعارك سيطر الجيش على قرية الشولا",
                 "بعد يومين من زيارة الوزير سيطرت الفصائل على بلدة حلفايا"):
        dates = {d for a, _p, d in _claims(text, gazetteer) if a == "captured"}
        assert dates == {DAY}, text


def test_days_after_a_verbal_noun_still_shift(gazetteer):
    text = "قالت الوكالة إن الجيش أنهى وجود المسلحين في الريف، بعد يومين من دخوله مدينة خان شيخون."
    assert ("entered", "Khān Shaykhūn", dt.date(2020, 3, 3)) in _claims(text, gazetteer)


# -- civilians as an armed actor's object before «بعدما» ------------------------------------------

def test_civilians_objects_of_an_actor_do_not_take_its_verb(gazetteer):
    text = "خطف مسلحو التنظيم عددا من المدنيين بعدما اقتحموا بلدة القريتين بريف حمص الشرقي."
    assert any(a in ("entered", "captured") for a, _p, _d in _claims(text, gazetteer))


def test_residents_who_fled_are_still_no_withdrawal(gazetteer):
    assert _claims("باتت بلدة مسكنة خالية من السكان بعدما فروا جراء القصف.", gazetteer) == []
    text = "بعد سيطرة التنظيم على البلدة، باتت مسكنة خالية من السكان بعدما فروا جراء القصف."
    assert not any(a == "withdrew" for a, _p, _d in _claims(text, gazetteer))


# -- future talks ---------------------------------------------------------------------------------

def test_talks_with_a_future_verb_keep_the_future_date(gazetteer):
    text = "قال المتحدث اليوم إن الأسبوع المقبل سيشهد جولة محادثات جديدة في أستانا."
    talks = [d for a, _p, d in _claims(text, gazetteer) if a == "negotiation"]
    assert talks and all(d is not None and d > DAY for d in talks)
    text = "أعلنت الخارجية الروسية اليوم أنه في الشهر المقبل ستعقد محادثات في جنيف."
    talks = [d for a, _p, d in _claims(text, gazetteer) if a == "negotiation"]
    assert talks and all(d is not None and d > DAY for d in talks)


def test_talks_ended_today_despite_tomorrow_still_swap(gazetteer):
    text = ("أعلن الرئيسان اليوم الخميس التوصل إلى اتفاق يدخل حيز التنفيذ يوم غد الجمعة، وذلك في "
            "ختام محادثات استمرت ست ساعات في موسكو.")
    talks = [d for a, _p, d in _claims(text, gazetteer) if a == "negotiation"]
    assert talks and all(d == DAY for d in talks)
