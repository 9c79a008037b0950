"""Objects of claims, third round (failure classes of the held-out «outlets» corpus): list items
named with their own head noun, a list of towns in apposition to a countryside, the target after
«باتجاه» beyond the area where forces are, the precise place after «قرب», origins «من محيط» and
the source of shells, a direct object after a stationed subject, a list that goes on after a
reference point or a rejected governorate, a locating participle, «إضافة إلى X», zone lists in
a relative «التي تشمل», pronouns and bare anaphors, and merged repeats. Sentences written for
these tests (none is taken from any corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_places import pipeline_claims
from geo.model import Claim

DAY = dt.date(2017, 10, 18)


@pytest.fixture(scope="module")
def claims_of(gazetteer):
    def run(text: str, day: dt.date = DAY) -> list[Claim]:
        return pipeline_claims(text, gazetteer, day)
    return run


def places(claims: list[Claim], action: str | None = None) -> list[str]:
    return [c.place_name for c in claims if action is None or c.action == action]


def has(claims: list[Claim], fragment: str, action: str | None = None) -> bool:
    return any(fragment in name for name in places(claims, action))


# --------------------------------------------------------------------------- list items
def test_item_with_its_own_head_noun_after_an_installation(claims_of):
    got = claims_of("تقدمت قوات الجيش نحو حقل الشاعر النفطي ودوار الساعة في المدينة.")
    assert len(places(got, "advanced")) == 2


def test_unknown_area_with_its_own_noun_after_an_airbase(claims_of):
    got = claims_of("سيطرت القوات على مطار كويرس العسكري ومنطقة الصفيرة.")
    assert has(got, "Kuweires", "captured") and len(places(got, "captured")) == 2


def test_towns_in_apposition_to_a_countryside(claims_of):
    got = claims_of("سيطرت الفصائل على ريف حماة الشمالي بلدتي اللطامنة وكفرزيتا.")
    assert has(got, "Kafr Zayt") and not has(got, "countryside")


def test_list_goes_on_after_a_reference_point(claims_of):
    got = claims_of("سيطرت الفصائل على اطراف مدينة جسر الشغور غربي ادلب وقرية الناجية بريفها.")
    assert has(got, "Jisr") and len(places(got)) == 2 and not has(got, "Idlib")


def test_reference_point_then_a_bare_item_stays_out(claims_of):
    """Near miss: after «غربي X», an item without its own head noun is not taken."""
    got = claims_of("سيطرت الفصائل على مدينة جسر الشغور غربي ادلب وحماة.")
    assert has(got, "Jisr") and not has(got, "Ḩamāh") and not has(got, "Hama")


def test_rejected_governorate_does_not_close_the_list(claims_of):
    got = claims_of("بسيطرة الهيئة على معظم محافظة إدلب ومعبر باب الهوى.")
    assert has(got, "Bab al-Hawa", "captured")


def test_locating_participle_is_no_object(claims_of):
    got = claims_of("ألقى الطيران مئات البراميل المتفجرة على قرى المنطقة الواقعة على سفوح جبل الشيخ.")
    assert not has(got, "Hermon")


def test_addition_continues_the_objects(claims_of):
    got = claims_of("دخل الجيش قضاء سنجار غربي الموصل بعد انسحاب البيشمركة منه، إضافة إلى سد الموصل.")
    assert has(got, "Sinj", "entered") and any("الموصل" in c.place_name_ar and c.action == "entered"
                                                  for c in got if "سد" in c.place_name_ar or "Dam" in c.place_name)


def test_addition_after_another_clause_is_not_taken(claims_of):
    """Near miss: «فيما» opens another clause; its «إضافة إلى X» is not the first verb's."""
    got = claims_of("سيطرت القوات على بلدة داقوق جنوب كركوك، فيما أكدت مصادر أن الجيش دخل قضاء سنجار، "
                    "إضافة إلى سد الموصل.")
    assert not any(c.action == "captured" and ("Dam" in c.place_name or "سد" in c.place_name_ar) for c in got)


# --------------------------------------------------------------------------- the real target
def test_heading_beyond_the_area_where_forces_are(claims_of):
    got = claims_of("تتقدم وحدات الجيش في عمق البادية باتجاه مدينة الميادين.")
    assert has(got, "Mayādīn", "advanced") and not has(got, "Badia")


def test_advance_in_an_area_without_a_direction_stays(claims_of):
    """Near miss: with no «باتجاه» the area is the claim's place."""
    got = claims_of("تتقدم وحدات الجيش في عمق البادية منذ أيام.")
    assert has(got, "Badia", "advanced")


def test_precise_place_after_near(claims_of):
    got = claims_of("شنت الطائرات غارات على الطريق الدولي شرق تدمر قرب منطقة أراك.")
    assert has(got, "Arak", "airstrike") and not has(got, "Tadmur")


def test_direction_object_after_a_preposition_stays(claims_of):
    """Near miss: «على شرق X قرب Y»: the east of X is the object."""
    got = claims_of("شنت الطائرات غارات على شرق تدمر قرب منطقة أراك.")
    assert has(got, "Tadmur", "airstrike") and not has(got, "Arak")


def test_attack_from_the_surroundings_is_an_origin(claims_of):
    got = claims_of("انطلق الهجوم من محيط مدينة تدمر باتجاه قرية أراك.")
    assert has(got, "Arak", "attacked") and not has(got, "Tadmur")


def test_withdrawal_from_the_surroundings_is_the_place(claims_of):
    """Near miss: a withdrawal from the surroundings of X is from X."""
    got = claims_of("انسحب مسلحو التنظيم من محيط مدينة تدمر.")
    assert has(got, "Tadmur", "withdrew")


def test_source_of_the_shells_is_no_target(claims_of):
    got = claims_of("سقطت عدة قذائف مصدرها مواقع قوات النظام في مدينة البعث على بلدة جباتا الخشب.")
    assert not has(got, "البعث") and not has(got, "Baath") and len(places(got, "shelled")) == 1


def test_direct_object_after_a_stationed_subject(claims_of):
    got = claims_of("قصفت قوات النظام المتمركزة في مدينة إزرع بالمدفعية الثقيلة قريتي المسيكة وجدل.")
    assert len(places(got, "shelled")) == 2 and not has(got, "Izra")


def test_origin_list_is_not_a_direct_object(claims_of):
    """Near miss: «قادمة من X وجنوب Y»: Y goes on with the origin, it is not the target."""
    got = claims_of("دمر الطيران قوافل للتنظيم قادمة من البوكمال وجنوب الميادين.")
    assert not has(got, "Mayādīn")


# --------------------------------------------------------------------------- zones, anaphors, merge
def test_zone_relative_lists_its_governorates(claims_of):
    got = claims_of("وبدأت تركيا نشر قوات في منطقة خفض التوتر الرابعة، التي تشمل محافظة إدلب وأجزاء من "
                    "محافظات اللاذقية وحماة.")
    zone = [c for c in got if c.action.startswith("zone")]
    assert len({c.place_id for c in zone}) >= 2


def test_pronoun_skips_a_reference_point(claims_of):
    got = claims_of("دخل الجيش قضاء سنجار غربي الموصل بعد انسحاب البيشمركة منه.")
    assert has(got, "Sinj", "withdrew") and not has(got, "Mosul", "withdrew")


def test_bare_camp_after_a_named_camp(claims_of):
    got = claims_of("يقع مخيم اليرموك جنوب دمشق. وشددت قوات النظام حصارها على المخيم أمس.")
    assert has(got, "Yarm", "besieged")


def test_bare_camp_without_a_camp_named(claims_of):
    """Near miss: with no camp named before, «المخيم» is no place."""
    got = claims_of("تقع بلدة صوران شمال حماة. وشددت قوات النظام حصارها على المخيم أمس.")
    assert not [c for c in got if c.action == "besieged"]


def test_bare_airport_after_a_named_airport(claims_of):
    got = claims_of("وسيطرت القوات على مطار دير الزور العسكري. وبعد أيام من فك الطوق الذي فرضه التنظيم "
                    "على المطار، تقدم الجيش.")
    assert any(c.action == "siege_broken" and "Airport" in c.place_name for c in got)


def test_actorless_repeat_is_merged(claims_of):
    got = claims_of("سيطر الجيش السوري أمس على مدينة السخنة بعد معارك. ويرى خبراء أن استعادة السخنة "
                    "أمر مهم.")
    assert len([c for c in got if c.action == "captured"]) == 1


def test_a_place_glued_to_locative_ba_after_an_object_is_where_it_lies(claims_of):
    """«بلدة مورك بحماة»: «بـ» glued to the next name locates the first object; «وبصرى» is another."""
    got = claims_of("سيطرت قوات النظام على بلدة مورك بحماة.")
    assert [c.place_name for c in got if c.action == "captured"] == ["Mūrak"]
    got = claims_of("سيطرت قوات النظام على بلدة مورك وبصرى.")
    assert len([c for c in got if c.action == "captured"]) == 2
