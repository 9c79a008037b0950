"""Place-mention classes of the held-out fronts corpus, second round (our own sentences, real
gazetteer).

Mechanisms: an alias that begins with its own admin noun gives way to the name after it
(«ناحية الرياض», «قضاء الحويجة»); a name dropped for want of evidence counts when the article
names the same place with evidence; «ال» + a foreign name stored without it after a unit noun;
an item of a dual/plural list known only with its singular noun («حيي الرميلة والثكنة»); a
city abroad after a village/town noun is a namesake; a direction word ties a name to the next
place; lists opened by «في»/«كلاً من» take indefinite unknown names; «وادي» + an indefinite
name that closes the phrase; «نهر», «سور», «منفذ» (with a tail) as trigger nouns; two-word
site names before a tail.
"""

from __future__ import annotations

import pytest

from fixtures_places import resolved_by_surface as _resolved, surfaces as _surfaces


# --- an alias with its own admin noun; one sense per article -----------------------------------

def test_subdistrict_alias_gives_way_to_the_name_and_keeps_its_place(gazetteer):
    text = "وأعلنت القيادة استعادة ناحية الرياض من قبضة التنظيم."
    res = _resolved(text, gazetteer)
    assert "الرياض" in res
    assert res["الرياض"].place.country == "IQ"  # the subdistrict's village, not the Saudi capital


def test_a_small_foreign_town_counts_elsewhere_once_named_with_its_unit(gazetteer):
    text = "وقال القائد إن تحرير الحويجة بات قريبا. وتقدمت القوات نحو مركز قضاء الحويجة أمس."
    assert _surfaces(text, gazetteer).count("الحويجة") == 2


def test_a_small_foreign_town_without_any_evidence_stays_out(gazetteer):
    text = "وقال القائد إن تحرير الحويجة بات قريبا."
    assert "الحويجة" not in _surfaces(text, gazetteer)


# --- «ال» + a foreign name stored without it ----------------------------------------------------

def test_article_added_name_after_a_unit_noun(gazetteer):
    res = _resolved("وانسحبت القوات الكردية من قضاء الدبس صباح اليوم.", gazetteer)
    assert "الدبس" in res and res["الدبس"].known and res["الدبس"].place.country == "IQ"


def test_article_added_name_needs_more_than_a_preposition(gazetteer):
    assert "الدبس" not in _surfaces("وجرت اشتباكات في الدبس صباح اليوم.", gazetteer)


# --- list items known only with the singular noun ------------------------------------------------

def test_second_item_of_a_dual_list_known_with_its_noun(gazetteer):
    res = _resolved("وتقدمت القوات داخل حيي الرميلة والثكنة بعد معارك.", gazetteer)
    assert "والثكنة" in res and res["والثكنة"].known
    assert res["والثكنة"].place.kind == "neighbourhood"


def test_unknown_second_item_of_a_dual_list_stays_unknown(gazetteer):
    res = _resolved("وتقدمت القوات داخل حيي الرميلة والزهيرات بعد معارك.", gazetteer)
    assert "والزهيرات" in res and not res["والزهيرات"].known


# --- a city abroad after a village noun; direction words --------------------------------------

def test_capital_abroad_in_a_list_of_villages_is_a_namesake(gazetteer):
    text = "واستعاد الجيش قرى الطليسية والشعثة والقاهرة في ريف حماة الشمالي الشرقي."
    res = _resolved(text, gazetteer)
    assert res["والقاهرة"].place.country == "SY" and not res["والقاهرة"].known
    assert res["الطليسية"].place.country == "SY"


def test_the_capital_itself_stays(gazetteer):
    res = _resolved("ووصل الوفد إلى القاهرة لبحث الاتفاق.", gazetteer)
    assert res["القاهرة"].place.country == "EG"


def test_a_direction_ties_a_town_to_the_next_place(gazetteer):
    res = _resolved("وسيطرت القوات على بلدة الرياض جنوب غربي كركوك.", gazetteer)
    assert res["الرياض"].place.country == "IQ"


@pytest.mark.parametrize("text", [
    "وتسير الدوريات على الخط الفاصل بين منطقة العملية ومدينة منبج شمالي سوريا.",
    "وقصفت المدفعية مدينة منبج شمال سوريا.",
])
def test_a_direction_to_a_whole_country_ties_nothing(text, gazetteer):
    # «شمالي سوريا»: the country's point is no anchor, so the town stays the town (not the
    # district whose centroid happens to lie nearer the middle of Syria)
    res = _resolved(text, gazetteer)
    assert res["منبج"].place.kind == "town"


# --- lists opened by «في» / «كلاً من» ---------------------------------------------------------

def test_list_opened_by_each_of_takes_indefinite_names(gazetteer):
    text = "وشنت الطائرات غارات استهدفت كلاً من مسرابا وحمورية وكفربطنا وسقبا."
    surfaces = _surfaces(text, gazetteer)
    assert {"مسرابا", "وحمورية", "وسقبا"} <= set(surfaces)


def test_list_opened_by_in_ending_at_a_location_cue(gazetteer):
    text = "وقصفت المدفعية مواقع في اللطامنة وكفرزيتا ومورك في ريف حماة."
    assert "اللطامنة" in _surfaces(text, gazetteer)


@pytest.mark.parametrize("text, word", [
    # no opener before the first item (names the gazetteer lacks: «مسرابا» is a known locality now)
    ("وقالت إن أفتريس وبيت نايم وكفربطنا تعرضت للقصف.", "أفتريس"),
    # the list does not close: a clause goes on after the last item
    ("وقعت اشتباكات في حلب ومعارك أخرى طوال الليل.", "ومعارك"),
    # a pronoun suffix is no name
    ("وانتشرت القوات في حلب وريفها.", "وريفها"),
])
def test_unopened_or_unclosed_lists_take_no_indefinite_names(gazetteer, text, word):
    assert word not in _surfaces(text, gazetteer)


# --- «وادي» + an indefinite name; new trigger nouns; two-word site names ------------------------

@pytest.mark.parametrize("text, surface", [
    ("وتحصن المسلحون في محيط وادي حميد والملاهي.", "وادي حميد"),
    ("واستهدفت المروحيات مواقعهم في وادي مرطبيا ووادي الشحوط.", "وادي مرطبيا"),
    ("وانسحب المسلحون نحو وادي حميد.", "وادي حميد"),
])
def test_valley_with_an_indefinite_name(gazetteer, text, surface):
    assert surface in _surfaces(text, gazetteer)


@pytest.mark.parametrize("text", [
    "وتقع القرية في وادي ضيق يمتد شمالا.",
    "وعبرت الآليات جسر حديدي.",
])
def test_valley_or_bridge_with_an_adjective_is_no_place(gazetteer, text):
    assert _surfaces(text, gazetteer) == []


def test_crossing_needs_a_known_name_or_a_tail(gazetteer):
    assert any("منفذ" in s for s in _surfaces("وتقدمت القوات نحو منفذ القائم الحدودي.", gazetteer))
    assert any("منفذ" in s for s in _surfaces("وسيطرت القوات على منفذ الوليد الحدودي.", gazetteer))
    assert _surfaces("وقال المصدر إن منفذ الهجوم فجر نفسه.", gazetteer) == []


def test_river_and_wall_trigger_nouns(gazetteer):
    assert "نهر الساجور" in _surfaces("وتمركزت القوات قرب نهر الساجور.", gazetteer)
    assert "سور الرافقة" in _surfaces("وتحصن المسلحون قرب سور الرافقة.", gazetteer)
    assert _surfaces("وتمت السيطرة على سور المدينة.", gazetteer) == []


def test_river_named_like_a_foreign_village_is_not_placed_there(gazetteer):
    res = _resolved("وتمركزت القوات قرب نهر الساجور في ريف حلب.", gazetteer)
    assert res["نهر الساجور"].place.country == "SY"


def test_two_word_oil_field_before_its_tail(gazetteer):
    surfaces = _surfaces("وسيطرت القوات على حقل بابا كركر النفطي.", gazetteer)
    assert any("بابا كركر" in s for s in surfaces), surfaces
    assert _surfaces("وسيطرت القوات على حقل بابا وحده.", gazetteer) == ["حقل بابا"]
