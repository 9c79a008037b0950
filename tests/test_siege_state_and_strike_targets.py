"""A siege told as a state by a participle after the place, strike targets joined by «ومحيطها»,
a bare «المدينة» that does not refer back to a reference point, and the United States acting as
a state (not the coalition). Sentences written for these tests; near misses must give nothing."""

from __future__ import annotations

import datetime as dt

from fixtures_claims import pipeline_claims


def _claims(gazetteer, text: str) -> list[tuple[str, str, str]]:
    return pipeline_claims(gazetteer, text, dt.date(2017, 5, 3))


def _places(claims: list[tuple[str, str, str]], action: str) -> set[str]:
    return {place for _, act, place in claims if act == action}


def test_participle_with_its_besieger_is_a_siege(gazetteer):
    claims = _claims(gazetteer, "وصلت أمس قافلة تقل مئات العائلات من مضايا المحاصرة من قوات النظام وحزب الله.")
    besieged = [(actor, place) for actor, act, place in claims if act == "besieged"]
    assert len(besieged) == 1 and besieged[0][1] == "Maḑāyā"
    assert "Syrian Army" in besieged[0][0] and "Hezbollah" in besieged[0][0]


def test_dual_participle_covers_both_coordinated_places(gazetteer):
    claims = _claims(gazetteer, "خرجت قافلة من مدينتي دوما وحرستا المحاصرتين من قوات النظام منذ أشهر.")
    assert _places(claims, "besieged") == {"Dūmā", "Ḩarastā"}


def test_participle_with_its_duration_is_a_siege_without_a_guessed_besieger(gazetteer):
    claims = _claims(gazetteer, "سيطرت قوات النظام على قرية. ووصلت المساعدات إلى مدينة دوما المحاصرة منذ خمس سنوات.")
    besieged = [(actor, place) for actor, act, place in claims if act == "besieged"]
    assert besieged == [("", "Dūmā")]


def test_bare_siege_epithet_is_no_claim(gazetteer):
    claims = _claims(gazetteer, "وصلت المساعدات الإنسانية أمس إلى مدينة دوما المحاصرة في ريف دمشق.")
    assert not _places(claims, "besieged")


def test_besieged_people_after_a_common_noun_are_no_claim(gazetteer):
    claims = _claims(gazetteer, "طالبت المنظمة بإجلاء المدنيين المحاصرين منذ أشهر في ريف دمشق.")
    assert not _places(claims, "besieged")


def test_surroundings_pronoun_keeps_the_target_list_going(gazetteer):
    claims = _claims(gazetteer, "شنت الطائرات الروسية غارات على مدينة تدمر ومحيطها وعلى مطار تدمر.")
    assert _places(claims, "airstrike") == {"Tadmur", "Palmyra Airport"}


def test_surroundings_then_an_origin_is_no_second_target(gazetteer):
    claims = _claims(gazetteer, "قصفت قوات النظام مدينة تلبيسة ومحيطها من مواقعها في قرية ثانية.")
    assert _places(claims, "shelled") == {"Tallbīsah"}


def test_bare_city_does_not_refer_back_to_a_reference_point(gazetteer):
    claims = _claims(gazetteer, "دخل الجيش مدينة تدمر شرقي حمص. وشنت الطائرات الروسية غارات على المدينة ومحيطها.")
    strikes = _places(claims, "airstrike")
    assert strikes == {"Tadmur"}


def test_the_united_states_acting_alone_is_not_the_coalition(gazetteer):
    claims = _claims(gazetteer, "أطلقت الولايات المتحدة فجر اليوم 40 صاروخا من طراز توماهوك على مطار الشعيرات في ريف حمص.")
    assert claims and {actor for actor, _, _ in claims} == {"United States"}


def test_the_coalition_led_by_washington_stays_the_coalition(gazetteer):
    claims = _claims(gazetteer, "شن طيران التحالف الدولي بقيادة واشنطن غارات على بلدة الشحيل.")
    actors = {actor for actor, act, _ in claims if act == "airstrike"}
    assert actors == {"US-led coalition"}
