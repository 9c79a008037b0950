"""Places, dates and talks classes of the eras round: highways named by number («الطريق الدولي M4»,
«ام 4»), list items that are common words (a verb, a plural noun, an adjective), a name ending in a
head before «و» + a known place, glued «كفر» names, far capitals as fallback areas, «منتصف ليل X -
Y», «يوم غد», «بعد يومين من» in an undated sentence, talks verbs with a capital as subject, a
meeting still to be arranged, and a security corridor of a stated depth. Sentences written for
these tests; each has near misses."""

from __future__ import annotations

import datetime as dt

from tests.fixtures_places import date_values, pipeline_claims, resolved_by_surface, surfaces

DAY = dt.date(2020, 3, 5)  # a Thursday


def _claims(text: str, gazetteer) -> list[tuple[str, str, dt.date | None]]:
    return [(c.action, c.place_name, c.event_date) for c in pipeline_claims(text, gazetteer, DAY)]


# -- highways by number --------------------------------------------------------------------------

def test_latin_highway_number_after_road_noun(gazetteer):
    found = resolved_by_surface("تقدمت القوات نحو الطريق الدولي M4 قرب بلدة النيرب", gazetteer)
    assert "M4" in found
    assert found["M4"].place.id == "unknown:M4"
    assert found["M4"].geo_precision == "country"  # its course is not in the gazetteer


def test_highway_number_glued_and_spelled(gazetteer):
    text = "تقع البلدة عند تقاطع الطريقين الدوليين ام 4 وام 5، قرب الطريق المعروف بـM5"
    got = surfaces(text, gazetteer)
    assert "ام 4" in got and "وام 5" in got and "بـM5" in got
    ids = {r.place.id for r in resolved_by_surface(text, gazetteer).values()}
    assert {"unknown:M4", "unknown:M5"} <= ids


def test_highway_number_needs_a_road_cue(gazetteer):
    assert surfaces("ضبطت الشرطة بندقية M4 وذخائر في المستودع", gazetteer) == []
    assert surfaces("قال إن العدد قد يكون 3 أم 4 أشخاص فقط", gazetteer) == []
    assert surfaces("أم 4 أطفال تروي معاناتها في المخيم", gazetteer) == []
    assert surfaces("اشترى الطريق إلى النجاح بثمن M4، ثم غادر", gazetteer) == []


# -- list items that are common words ------------------------------------------------------------

def test_verb_after_admin_unit_is_no_name(gazetteer):
    got = surfaces("صارت ثاني مركز محافظة يخرج عن سيطرة الحكومة بعد الرقة", gazetteer)
    assert not any("يخرج" in s for s in got)
    assert "الرقة" in got


def test_plural_noun_after_a_list_is_no_name(gazetteer):
    got = surfaces("وصل النازحون إلى مدينة الحسكة ومراكز الإيواء في المنطقة", gazetteer)
    assert got == ["الحسكة"]
    got = surfaces("يسيطر التنظيم على مدينة الموصل، ومساحات واسعة في شمال البلاد", gazetteer)
    assert got == ["الموصل"]


def test_feminine_adjective_after_plural_trigger(gazetteer):
    assert surfaces("يعيش معظمهم في مخيمات مكتظة قرب الحدود", gazetteer) == []


def test_list_items_still_read(gazetteer):
    got = surfaces("انسحب التنظيم من قرى احتيملات وأرشاف القريبة", gazetteer)
    assert "وأرشاف" in got
    assert any("كفرنبودة" in s for s in surfaces("فشل الهجوم على محاور كفرنبودة وتل ملح.", gazetteer))


def test_adjective_bishri_needs_context(gazetteer):
    assert surfaces("يعد الريف خزانه البشري منذ سنوات", gazetteer) == []
    assert "جبل البشري" in surfaces("تقدم الجيش في جبل البشري جنوب الرقة", gazetteer)


# -- a known name ending in a head, before «و» + a known place -----------------------------------

def test_known_name_ending_in_head_before_conjoined_place(gazetteer):
    found = resolved_by_surface("سقطت قذائف على بلدتي أقجة قلعة وجيلان بينار التركيتين", gazetteer)
    assert found["أقجة قلعة"].place.name == "Akçakale"
    assert found["وجيلان بينار"].place.name == "Ceylanpınar"


def test_far_capital_is_no_fallback_area(gazetteer):
    text = "سيطرت القوات على مدينة تل أبيض. وسقطت قذائف على بلدة كوزلوجا الحدودية، واتهمت أنقرة"
    place = resolved_by_surface(text, gazetteer)["كوزلوجا"].place
    assert place.country == "SY"  # the article's main place, not Ankara 600 km away


# -- dates ----------------------------------------------------------------------------------------

def test_midnight_between_two_days_is_the_second():
    day = dt.date(2019, 5, 9)  # Thursday
    assert date_values("غارات منذ منتصف ليل الأربعاء - الخميس", day) == [day]
    assert date_values("غارات ليل الأربعاء - الخميس", day) == [dt.date(2019, 5, 8)]


def test_tomorrow_with_its_weekday():
    assert date_values("يدخل حيز التنفيذ من يوم غد الجمعة", DAY) == [dt.date(2020, 3, 6)]
    assert date_values("وصل الوفد يوم الجمعة", DAY) == [dt.date(2020, 2, 28)]


def test_days_after_in_an_undated_sentence(gazetteer):
    text = "قالت الوكالة إن الجيش أنهى وجود المسلحين في الريف، بعد يومين من دخوله مدينة خان شيخون."
    assert ("entered", "Khān Shaykhūn", dt.date(2020, 3, 3)) in _claims(text, gazetteer)
    near = "قالت الوكالة إن الجيش دخل مدينة خان شيخون بعد يومين من المعارك."
    assert ("entered", "Khān Shaykhūn", DAY) in _claims(near, gazetteer)


def test_talks_ended_today_despite_tomorrow(gazetteer):
    text = ("أعلن الرئيسان اليوم الخميس التوصل إلى اتفاق يدخل حيز التنفيذ يوم غد الجمعة، وذلك في "
            "ختام محادثات استمرت ست ساعات في موسكو.")
    talks = [c for c in _claims(text, gazetteer) if c[0] == "negotiation"]
    assert talks and all(d == DAY for _a, _p, d in talks)


# -- talks and zones ------------------------------------------------------------------------------

def test_capital_as_subject_of_a_signing_verb_is_no_venue(gazetteer):
    text = "دخل الجيش مدينة الطبقة بموجب اتفاق أبرمته دمشق مع قوات سوريا الديمقراطية."
    assert not any(a == "negotiation" for a, _p, _d in _claims(text, gazetteer))
    venue = "بموجب الاتفاق الذي أبرم في دمشق أمس"
    assert any(a == "negotiation" and p == "Damascus" for a, p, _d in _claims(venue, gazetteer))
    glued = "وقعت الحكومة والمعارضة اتفاقا بدمشق أمس"
    assert any(a == "negotiation" and p == "Damascus" for a, p, _d in _claims(glued, gazetteer))


def test_meeting_to_be_arranged_is_no_talks(gazetteer):
    text = "بحث الرئيسان الوضع في إدلب، واتفقا على بحث إمكانية عقد لقاء قريب."
    assert not any(a == "negotiation" for a, _p, _d in _claims(text, gazetteer))
    held = "عقد لقاء بين الوفدين في أنقرة أمس"
    assert any(a == "negotiation" for a, _p, _d in _claims(held, gazetteer))


def test_security_corridor_of_a_depth_is_a_zone(gazetteer):
    text = "وينص الاتفاق على إنشاء ممر آمن بعمق 6 كيلومترات على جانبي الطريق الدولي M4."
    assert ("zone_established", "M4") in [(a, p) for a, p, _d in _claims(text, gazetteer)]
    for near in ("أعلنت روسيا إنشاء ممر آمن لخروج المدنيين من مدينة دوما",
                 "فتحت القوات ممرا آمنا بعمق المدينة قرب دوما"):
        assert not any(a == "zone_established" for a, _p, _d in _claims(near, gazetteer))
