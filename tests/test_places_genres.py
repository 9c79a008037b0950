"""Place mentions after the genres audit (our own sentences, real gazetteer).

Mechanisms of ``gazetteer.matcher`` and ``gazetteer.resolver``:

* «و»/comma lists around a known place are opened by «على», «إلى» as well as «في»/«كلاً من»,
  and a list runs across commas («كلاً من أ، ب، ج وD»);
* plural/dual trigger nouns for crossings, subdistricts, axes and fronts open lists; a weak
  plural trigger takes a two-word construct name before the next item; an indefinite word
  followed by a definite relative adjective is a proper name («منطقة X الصحراوية»);
* place-context words («باتجاه», «بتحرير», «محوري») vouch for names that are common words;
* a road named by its two ends («طريق X – Y») makes the unknown end a place;
* a division with an ordinal word is a formation; organisations, idioms, verbs, verbal nouns and
  adjectives that look like names are no places;
* a Latin code after a site noun and its descriptive word names the site («محطة الضخ T2»);
  «ريف X شمالي Y» is X's countryside north of Y, and the countryside of a town is the town.
"""

from __future__ import annotations

import pytest

from fixtures_places import resolved_by_surface, surfaces


# -- lists ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("نفذت الطائرات غارات على حرستا وعربين وكفرنيسا وبيت جاموس، في حين", ["وكفرنيسا", "وبيت جاموس"]),
    ("عادت عشرات العائلات إلى الرحيبة وجيرود والمقيلبية والعطيرة». ثم قال", ["والمقيلبية", "والعطيرة"]),
])
def test_list_opened_by_a_preposition_of_target_or_destination(gazetteer, text, expected):
    found = surfaces(text, gazetteer)
    for surface in expected:
        assert surface in found


def test_list_without_an_opener_or_closing_stays_unread(gazetteer):
    # «على» opens the list, but the chain runs on into the clause: nothing closes it
    found = surfaces("ركزت الغارات على حرستا ومسحورا العاملين في المنظمة", gazetteer)
    assert "ومسحورا" not in found


def test_comma_list_after_each_of(gazetteer):
    text = "وحررت القوات كلاً من البصيرة، الزغير، القحطة، الحوايج، الشحيل والطيانة، إضافة إلى مزارع"
    found = surfaces(text, gazetteer)
    for surface in ("الزغير", "القحطة"):
        assert surface in found


def test_comma_item_followed_by_a_preposition_is_no_list_item(gazetteer):
    text = "وقالت القيادة في بيان صدر في أربيل، مسؤولين في الحزب اتهموا"
    assert "مسؤولين" not in surfaces(text, gazetteer)


@pytest.mark.parametrize("text, expected", [
    ("وسيطرت القوات على معابر الغزلان والمقلع ورأس الكرم، فيما", ["الغزلان", "والمقلع", "ورأس الكرم"]),
    ("حررت القوات ناحيتي السعدية والمنصورية، ثم", ["السعدية", "والمنصورية"]),
    ("تقدمت القوات على جبهتي عين الفيجة وجوبر أمس", ["عين الفيجة", "وجوبر"]),
])
def test_plural_and_dual_trigger_nouns_open_lists(gazetteer, text, expected):
    found = surfaces(text, gazetteer)
    for surface in expected:
        assert any(surface in f for f in found), (surface, found)


def test_weak_plural_trigger_takes_a_construct_name_before_the_next_item(gazetteer):
    found = surfaces("سيطر الجيش على مرتفعات قرن الغزال وخربة سليم، بعد اشتباكات", gazetteer)
    assert any("قرن الغزال" in f for f in found)
    assert "وخربة سليم" in found


def test_weak_trigger_and_a_common_noun_phrase_stay_unread(gazetteer):
    # «منطقة سيطرة الجيش»: a construct of common nouns, no name
    found = surfaces("دخلت القوات منطقة سيطرة الجيش الحكومية أمس", gazetteer)
    assert not any("سيطرة" in f for f in found)


def test_indefinite_word_with_a_definite_adjective_is_a_proper_name(gazetteer):
    found = surfaces("استعادت القوات منطقة خربوش الصحراوية قرب الحدود", gazetteer)
    assert "خربوش" in found


def test_feminine_indefinite_word_after_a_weak_trigger_stays_an_adjective(gazetteer):
    found = surfaces("انتشرت القوات في منطقة واسعة الصحراوية", gazetteer)
    assert "واسعة" not in found


def test_common_name_vouched_for_by_its_list_trigger(gazetteer):
    found = surfaces("وحررت القوات حيي النصر والجزيرة جنوب المدينة", gazetteer)
    assert "والجزيرة" in found


# -- place context for common words -----------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("ونزحت العائلات باتجاه حديثة عبر ممرات آمنة", "حديثة"),
    ("انطلقت القوات من محوري حديثة والصحراء", "حديثة"),
    ("وبتحرير القائم لم يبق للتنظيم سوى جيوب صغيرة", "القائم"),
])
def test_place_context_word_vouches_for_a_common_word_name(gazetteer, text, surface):
    assert surface in surfaces(text, gazetteer)


def test_common_word_without_place_context_stays_a_word(gazetteer):
    found = surfaces("وقال القائم بالأعمال إن الأسلحة حديثة", gazetteer)
    assert "القائم" not in found and "حديثة" not in found


# -- roads --------------------------------------------------------------------------------------

def test_unknown_end_of_a_road_named_by_its_ends(gazetteer):
    found = surfaces("هاجم التنظيم نقاطاً على طريق الزكية – خناصر أمس", gazetteer)
    assert "الزكية" in found


def test_road_with_no_known_end_adds_nothing(gazetteer):
    found = surfaces("على الطريق الواصل – الموعود قال", gazetteer)
    assert found == []


# -- spurious readings ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, absent", [
    ("وصلت تعزيزات من الفرقة الخامسة إلى محيط المدينة", "الفرقة الخامسة"),
    ("وقال ضابط في الفرقة الثالثة إن المعارك انتهت", "الفرقة الثالثة"),
    ("طوق يفصل مناطق «وحدات حماية الشعب» في عفرين", "وحدات حماية الشعب"),  # «مناطق» + a name
    ("هاجم جيش سوريا الجديد مواقع التنظيم", "سوريا"),
    ("قتل في قرية الزيارة، مسقط رأس القائد العسكري", "مسقط"),
    ("أصيبت منازل وحقول زيتون بأضرار", "وحقول زيتون"),
    ("أنهت القوات تمشيط أحياء الميادين واستهداف الخلايا النائمة", "واستهداف الخلايا"),
    ("قالت وسائل إعلام رسمية سورية إن الطائرات قصفت", "سورية"),
])
def test_names_that_are_no_places(gazetteer, text, absent):
    assert absent not in surfaces(text, gazetteer)


def test_division_base_with_a_site_noun_or_a_number_stays_a_place(gazetteer):
    found = surfaces("قصفت الطائرات مقر الفرقة الخامسة ثم الفرقة 17 شمال الرقة", gazetteer)
    assert "الفرقة الخامسة" in found and "الفرقة 17" in found


def test_country_after_a_preposition_stays_the_country(gazetteer):
    assert "سورية" in surfaces("عاد اللاجئون إلى سورية بعد سنوات", gazetteer)


def test_verb_after_a_dateline_list_is_no_item(gazetteer):
    found = surfaces("الإعلام الحربي – جرود عرسال  واصل المقاتلون تقدمهم", gazetteer)
    assert "واصل" not in found and "عرسال" in found


# -- resolution -----------------------------------------------------------------------------------

def test_latin_code_after_a_site_noun_and_its_descriptive_word(gazetteer):
    r = resolved_by_surface("سيطرت القوات على محطة الضخ T2 قرب الحدود", gazetteer)
    assert "محطة الضخ T2" in r
    assert r["محطة الضخ T2"].place.id == "cur-t2-station"


def test_countryside_of_a_town_north_of_a_city_is_the_town(gazetteer):
    r = resolved_by_surface("قصفت المدفعية قرى في ريف تل رفعت شمالي حلب، أمس", gazetteer)
    place = r["تل رفعت"].place
    assert place.kind in ("town", "subdistrict")
    assert abs(place.lat - 36.47) < 0.05


def test_countryside_of_a_district_seat_stays_the_district(gazetteer):
    # the near miss of the test above: «سلمية» is also a district, whose countryside is the district
    r = resolved_by_surface("قصفت المدفعية قرى في ريف سلمية أمس", gazetteer)
    assert r["سلمية"].place.kind == "district"


def test_list_opened_by_a_target_preposition_needs_two_known_places(gazetteer):
    # «على» + one known place + a definite word closed by a full stop: the checkpoints, no place
    found = surfaces("سيطر الجيش على مورك والحواجز.", gazetteer)
    assert "والحواجز" not in found and "مورك" in found


def test_imperfect_verb_with_an_accusative_object_is_no_name(gazetteer):
    found = surfaces("قصفت الطائرات الطريق قرب السخنة وتدمر جسراً على النهر", gazetteer)
    assert "وتدمر" not in found and "السخنة" in found


def test_name_before_a_direction_adverb_stays_the_name(gazetteer):
    # the near miss: «شرقاً» is an adverb, not an object
    assert "وتدمر" in surfaces("تقدم الجيش نحو السخنة وتدمر شرقاً", gazetteer)


def test_common_word_name_before_a_direction_adverb_is_a_place(gazetteer):
    found = surfaces("الهجوم يأتي عبر محورين: ريف حماة الشرقي جنوباً، والحاضر شمالاً.", gazetteer)
    assert "والحاضر" in found


def test_common_word_name_without_the_adverb_stays_a_word(gazetteer):
    assert "الحاضر" not in surfaces("وقال إن الحاضر يختلف عن الماضي.", gazetteer)


def test_target_list_with_one_known_place_takes_indefinite_names(gazetteer):
    found = surfaces("وقتل مدنيان بغارات على دوما وحزرما، فيما", gazetteer)
    assert "وحزرما" in found


def test_headed_unknown_name_before_a_known_place_in_a_target_list(gazetteer):
    found = surfaces("وصعّدت المدفعية قصفها على عين منين وكفر بطنا، ما أدى", gazetteer)
    assert "عين منين" in found


def test_list_carried_by_a_triggered_place_reads_no_item_after_it(gazetteer):
    # «وحده» (alone) after a site found through its trigger noun is no second site
    assert surfaces("وسيطرت القوات على حقل الهيل وحده.", gazetteer) == ["حقل الهيل"]
