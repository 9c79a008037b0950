"""Place-mention classes found on the held-out fronts corpus (our own sentences, real gazetteer).

Each test names the mechanism: adjectives that look like country names, outlets after a speech
verb, clitics before article-less variants, list walks that cross into a clause, numbers, dual
lists, pronoun-suffixed words, locative verbs, ة/ه stopword collisions, organisation patterns,
construct heads, names continued after a name head, and the area of an unknown compound.
"""

from __future__ import annotations

import pytest

from fixtures_places import resolved_by_surface as _resolved, surfaces as _surfaces


@pytest.mark.parametrize("text, adjective", [
    ("وقدم الوفد مقترحاً روسياً جديداً لوقف القتال.", "روسياً"),
    ("وناقش الوزراء الأمر في العاصمة السعودية أمس.", "السعودية"),
    ("وأشادت الحكومة السعودية بالاتفاق.", "السعودية"),
])
def test_country_adjectives_are_no_places(gazetteer, text, adjective):
    assert adjective not in _surfaces(text, gazetteer)


@pytest.mark.parametrize("text, country", [
    ("وتوجه الوفد إلى السعودية بعد الاجتماع.", "السعودية"),
    ("وزار الوزير روسيا والسعودية الشهر الماضي.", "والسعودية"),
])
def test_the_country_itself_stays(gazetteer, text, country):
    assert country in _surfaces(text, gazetteer)


def test_outlet_after_a_long_speaker_is_no_place(gazetteer):
    text = "وقال مصدر في المجلس المحلي لبلدة عقيربات للميادين إن الطرق مقطوعة."
    assert "للميادين" not in _surfaces(text, gazetteer)


def test_the_town_after_a_complement_stays(gazetteer):
    text = "وقال الناشط إن الرتل وصل للميادين مساء أمس."
    assert "للميادين" in _surfaces(text, gazetteer)


@pytest.mark.parametrize("text", [
    "ووزع القائد فرقه على الجبهات.",
    "وقدم المندوب ورقة عمل إلى المؤتمر.",
])
def test_clitic_before_an_article_less_variant_needs_context(gazetteer, text):
    assert not any("رق" in s for s in _surfaces(text, gazetteer)), _surfaces(text, gazetteer)


def test_clitic_before_the_full_name_stays(gazetteer):
    assert "والرقة" in _surfaces("وتقدمت القوات في الطبقة والرقة.", gazetteer)


def test_list_stops_at_a_clause_after_a_comma(gazetteer):
    text = "وانسحب المسلحون من جرود عرسال والقاع، نفذت قيادة الجيش عملية جديدة."
    found = _surfaces(text, gazetteer)
    assert "نفذت" not in found and "والقاع" in found, found


def test_comma_list_goes_on(gazetteer):
    found = _surfaces("وسيطرت القوات على قرى الهبيط، عابدين، وخان شيخون.", gazetteer)
    assert "عابدين" in found and "الهبيط" in found, found


def test_a_number_is_no_name(gazetteer):
    assert not any("55" in s for s in _surfaces("وانتشرت القوات في منطقة الـ55 كيلومتراً.", gazetteer))


def test_a_dual_list_holds_two_items(gazetteer):
    found = _surfaces("واستعادت القوات بلدتي راوة والقائم والشريط الحدودي كله.", gazetteer)
    assert "والقائم" in found and not any("الشريط" in s for s in found), found


def test_pronoun_suffixed_common_word_ends_a_list(gazetteer):
    found = _surfaces("ويعيش النازحون في مخيمات عدة، أهمها مخيم الهول.", gazetteer)
    assert "أهمها" not in found, found


def test_locative_verb_after_a_plural_trigger(gazetteer):
    found = _surfaces("وتحصن المسلحون في قرى تقع شرق مدينة أعزاز.", gazetteer)
    assert "تقع" not in found and "أعزاز" in found, found


def test_ta_marbuta_name_is_not_a_ha_stopword(gazetteer):
    resolved = _resolved("واستعادت القوات قضاء عنة غربي الأنبار.", gazetteer)
    assert "عنة" in resolved and resolved["عنة"].place.country == "IQ"
    assert "عنه" not in _surfaces("وتحدث الوزير عنه مطولاً في المؤتمر.", gazetteer)


@pytest.mark.parametrize("text, hidden", [
    ('وانطلقت عمليات "قادمون يا الموصل" قبل أشهر.', "الموصل"),
    ("وأعلن مجلس منبج العسكري انسحابه من المواقع.", "منبج"),
])
def test_place_inside_an_organisation_pattern(gazetteer, text, hidden):
    assert hidden not in _surfaces(text, gazetteer)


def test_place_outside_the_pattern_stays(gazetteer):
    assert "منبج" in _surfaces("وأعلن المجلس العسكري دخول قواته مدينة منبج.", gazetteer)


@pytest.mark.parametrize("text, word", [
    ("ولم يطرأ تغيير على خريطة المعارك في الشمال.", "خريطة"),
    ("ونشر ناشطون صور جديدة للدمار في المدينة.", "صور"),
])
def test_construct_heads_and_adjectives_are_common_nouns(gazetteer, text, word):
    assert word not in _surfaces(text, gazetteer)


def test_site_named_after_a_known_city(gazetteer):
    resolved = _resolved("ودارت اشتباكات في منطقة باب حلب بمدينة الرقة.", gazetteer)
    assert "باب حلب" in resolved, list(resolved)
    assert resolved["باب حلب"].place.country == "SY"
    assert "حلب" not in resolved


def test_prison_noun_takes_its_name(gazetteer):
    found = _surfaces("واحتجز المعتقلون في سجن الحرية قرب المدينة.", gazetteer)
    assert "سجن الحرية" in found, found


def test_known_name_ending_in_a_head_continues(gazetteer):
    resolved = _resolved("وتقدمت القوات نحو جبل الشيخ عقيل المطل على ريف حلب الغربي.", gazetteer)
    assert "جبل الشيخ عقيل" in resolved, list(resolved)
    assert "Hermon" not in resolved["جبل الشيخ عقيل"].place.name


def test_hermon_itself_stays(gazetteer):
    resolved = _resolved("وقصفت المدفعية مواقع على جبل الشيخ أمس.", gazetteer)
    assert "جبل الشيخ" in resolved and "Hermon" in resolved["جبل الشيخ"].place.name


def test_area_cue_of_another_place_does_not_move_a_named_compound(gazetteer):
    text = ("وخرج المسلحون من مخيم الركبان وهاجموا بعد ساعات مواقع الجيش قرب بلدة القريتين "
            "في ريف حمص الجنوبي الشرقي.")
    resolved = _resolved(text, gazetteer)
    camp = resolved["مخيم الركبان"].place
    assert "Rukban" in resolved["مخيم الركبان"].reason or camp.lon > 38.5, resolved["مخيم الركبان"].reason
