"""Place lists and repeated common-word names (our own sentences, real gazetteer).

Mechanisms: a preposition clitic never stands before «إلى»/«عن» («وبالي» is a village, not
«بـ» + «إلى»); the first item after a plural settlement noun may have two bare words when the
list goes on («قرى X Y وZ»); a list opened by an example marker («أبرزها») and anchored by two
known towns takes its unknown items; a verbal noun «مفاعلة» or one with a construct object ends
a list («وملاحقة فلول …»); a short or common-word name repeated after the article named its
place with evidence is read where only a place fits («من الوعر», «للقائم»).
"""

from __future__ import annotations

from fixtures_places import surfaces as _surfaces


# --- a preposition clitic before a preposition --------------------------------------------------

def test_village_read_whole_after_a_stacked_preposition_reading(gazetteer):
    found = _surfaces("دخلت القوات قرى شنكال وأدمانلي وبالي وكوردو، ثم توقفت.", gazetteer)
    assert "وبالي" in found and "وكوردو" in found


def test_worn_word_alone_is_no_place(gazetteer):
    assert _surfaces("كان الثوب بالي الأطراف.", gazetteer) == []


# --- two-word first item after a plural settlement noun ------------------------------------------

def test_two_bare_words_open_a_list_of_villages(gazetteer):
    found = _surfaces("سيطر الجيش على قرى خربة نمر وسلمو وطويلة بعد معارك.", gazetteer)
    assert any(s.startswith("خربة نمر") for s in found) and "وسلمو" in found


def test_adjectives_after_a_plural_noun_are_no_villages(gazetteer):
    assert _surfaces("سيطرت القوات على قرى عدة وبلدات أخرى.", gazetteer) == []


# --- lists of examples ------------------------------------------------------------------------

def test_example_marker_opens_a_list_anchored_by_known_towns(gazetteer):
    found = _surfaces("ويضم الريف عشرات القرى أبرزها الرستن وتلبيسة وسلمو وكفر نبل،", gazetteer)
    assert "وسلمو" in found


def test_example_list_with_one_known_town_takes_no_unknowns(gazetteer):
    found = _surfaces("وطرح الوفد مطالب عدة أبرزها حلب ومشاركة واسعة، ثم غادر.", gazetteer)
    assert "ومشاركة" not in found


def test_example_list_of_groups_is_no_list_of_places(gazetteer):
    found = _surfaces("وتضم المنطقة فصائل أبرزها حلب وحمص ومجموعات أخرى، وتخضع للحصار.", gazetteer)
    assert all("مجموعات" not in s for s in found)


# --- verbal nouns end a list --------------------------------------------------------------------

def test_verbal_noun_with_construct_object_ends_a_list(gazetteer):
    found = _surfaces("وتواصل الوحدات تمشيط أحياء البوكمال ومطاردة بقايا المسلحين شرقا.", gazetteer)
    assert found == ["البوكمال"]


def test_village_after_a_plural_noun_still_listed(gazetteer):
    found = _surfaces("قصفت الطائرات قرى الحماميات ومعردس في ريف حماة.", gazetteer)
    assert "ومعردس" in found


# --- repeated common-word names -----------------------------------------------------------------

def test_repeat_of_a_vouched_short_name_after_a_preposition(gazetteer):
    text = "خرج المقاتلون من حي الوعر اليوم. وغادر آلاف المدنيين من الوعر خلال أسابيع."
    assert _surfaces(text, gazetteer).count("الوعر") == 1


def test_repeat_of_a_vouched_common_name_glued_to_lam(gazetteer):
    text = "دخلت القوات مدينة القائم أمس. وتقع البوكمال المقابلة للقائم قرب الحدود."
    assert "للقائم" in _surfaces(text, gazetteer)


def test_participle_with_complement_is_no_repeat(gazetteer):
    text = "دخلت القوات مدينة القائم أمس. وكان القائم بأعمال السفارة حاضرا."
    assert _surfaces(text, gazetteer).count("القائم") == 1


def test_adjective_after_a_definite_noun_is_no_repeat(gazetteer):
    text = "خرج المقاتلون من حي الوعر اليوم. وسلكوا الطريق الوعر نحو الشمال."
    assert "الوعر" not in _surfaces(text, gazetteer)


def test_vouched_name_with_a_participle_complement_after_a_preposition(gazetteer):
    text = "دخلت القوات مدينة القائم أمس. وتحدث السفير عن القائم بالأعمال الجديد."
    assert _surfaces(text, gazetteer).count("القائم") == 1


def test_vouched_name_before_a_route_cue_still_reads(gazetteer):
    text = "دخلت القوات مدينة القائم أمس. وتقدمت الأرتال من القائم باتجاه البوكمال."
    assert _surfaces(text, gazetteer).count("القائم") == 2


# --- a common-word town as the direct object of a verb of taking ---------------------------------

def test_common_word_town_after_a_verb_of_taking(gazetteer):
    assert "القائم" in _surfaces("وقال الوزير إن قواتنا حرروا القائم خلال أيام.", gazetteer)


def test_participle_after_a_verb_of_taking_stays_a_word(gazetteer):
    assert _surfaces("ودخل القائم بأعمال السفارة القاعة مبكرا.", gazetteer) == []


# --- a weak settlement name opening a pair with a known town -------------------------------------

def test_weak_village_before_a_known_town_after_a_preposition(gazetteer):
    found = _surfaces("وواصلت القوات التقدم نحو حميمة والبوكمال شرقا.", gazetteer)
    assert "حميمة" in found


def test_adjective_before_a_known_town_is_no_pair(gazetteer):
    found = _surfaces("وتحدث الوزير عن علاقات حميمة وودية مع حلب.", gazetteer)
    assert "حميمة" not in found


# --- landmark nouns and quoted policies ---------------------------------------------------------

def test_field_hospital_before_a_town_is_no_place(gazetteer):
    assert _surfaces("وخرج مستشفى ميداني في دوما عن الخدمة.", gazetteer) == ["دوما"]


def test_named_hospital_still_reads(gazetteer):
    assert any("مستشفى" in s for s in _surfaces("وقصفت الطائرات مستشفى الرحمة في دوما.", gazetteer))


def test_quoted_policy_after_a_zone_noun_is_no_place(gazetteer):
    text = "وأدرجت المنطقة ضمن مناطق «تخفيف التوتر» بموجب اتفاق أستانا."
    assert all("تخفيف" not in s for s in _surfaces(text, gazetteer))


def test_quoted_village_after_a_village_noun_still_reads(gazetteer):
    assert "كباجب" in _surfaces("وسيطرت القوات على قرية \"كباجب\" بريف دير الزور.", gazetteer)


# --- agreeing adjectives after a dual noun; example markers after a comma ------------------------

def test_dual_adjective_is_not_part_of_the_last_name(gazetteer):
    found = _surfaces("وتم إجلاء المدنيين من بلدتي الزهراء وكفرعلي المحاصرتين منذ عامين.", gazetteer)
    assert "وكفرعلي" in found and all("المحاصرتين" not in s for s in found)


def test_dual_noun_still_takes_a_name_tail(gazetteer):
    found = _surfaces("وسيطرت القوات على قريتي الحمرات والمنزول الشرقي بعد معارك.", gazetteer)
    assert "والمنزول الشرقي" in found


def test_example_marker_after_a_comma_lists_settlements(gazetteer):
    found = _surfaces("وحررت الفصائل بلدات عدة، أبرزها جرابلس ودابق، قبل أن تتقدم جنوبا.", gazetteer)
    assert "ودابق" in found


def test_example_marker_after_a_comma_with_demands_is_no_list(gazetteer):
    assert _surfaces("وطرحت الفصائل مطالب عدة، أبرزها وقف القصف وفك الحصار.", gazetteer) == []
