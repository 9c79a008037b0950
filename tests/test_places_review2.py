"""Near misses of the place rules of d0d10c5 found by review 3 (our own sentences, real gazetteer).

Each group holds ordinary sentences on which a rule fired wrongly, next to the war sentences
that keep its legitimate use: figurative trigger nouns («حاجز», «قلعة», «صحراء»: numbers,
verbal nouns, plurals, predicates); stationed-at phrases with common nouns; a closing bare name
after «محيط/مشارف/تخوم» only in a sentence with a known place; provinces abroad as common
plurals or personal names; a two-word first list item that is a plural or a noun of place; an
axis whose known end is a country.
"""

from __future__ import annotations

import pytest

from fixtures_places import resolved_by_surface as _resolved, surfaces as _surfaces


# --- figurative «حاجز», «قلعة», «صحراء» -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وتخطى مؤشر البورصة حاجز الألف نقطة أمس.",
    "وتجاوز عدد الزوار حاجز المليون هذا العام.",
    "وسجلت الحرارة ما فوق حاجز الأربعين درجة.",
    "وحذر الخبير من أن العملة تقترب من حاجز الانهيار.",
    "وقال إن الحوار يكسر حاجز التباعد بين الطرفين.",
    "وأوقف عناصر الأمن الحافلة عند حاجز التفتيش المؤقت.",
    "واعتقل عناصر حاجز المخابرات شابا من الحي.",
    "وقال إن حاجز الصمت بين الجيران قد انكسر.",
])
def test_checkpoint_noun_with_a_number_a_verbal_noun_or_an_owner_is_no_place(gazetteer, text):
    assert _surfaces(text, gazetteer) == []


@pytest.mark.parametrize("text", [
    "وقال المدير إن المدرسة ستبقى قلعة الوطنية.",
    "ووصف المدرب ملعبه بأنه قلعة الأبطال.",
    "ويخوض الفريق مباراته في قلعة الجماهير.",
    "وأكد أن المكتبة قلعة الثقافة والمعرفة.",
    "وقال الكاتب إن روحه صحراء الأمل.",
    "ووصف الناقد الرواية بأنها صحراء الخيال.",
])
def test_figurative_castle_or_desert_is_no_place(gazetteer, text):
    assert _surfaces(text, gazetteer) == []


def test_checkpoint_with_a_definite_name_near_a_known_town_stays_a_place(gazetteer):
    res = _resolved("وهاجم المسلحون حاجز الطيبة قرب مورك بقذائف الهاون.", gazetteer)
    assert "الطيبة" in res and "مورك" in res


def test_castle_with_a_name_stays_a_place(gazetteer):
    assert "قلعة الرحبة" in _surfaces("وسيطرت قوات النظام على قلعة الرحبة قرب الميادين.", gazetteer)


def test_desert_of_a_province_abroad_stays_a_place(gazetteer):
    assert any("الأنبار" in s for s in _surfaces("وتقدم التنظيم في صحراء الأنبار نحو الحدود.", gazetteer))


# --- stationed-at phrases ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال إن الجنود المتحصنين في بيوت مهجورة يرفضون الاستسلام.",
    "وقال إن العناصر المنتشرين في بساتين بعيدة انسحبوا.",
    "وقال إن المقاتلين المتحصنين في كهوف جبلية صمدوا.",
    "وقال إن القوات المنتشرة في بلدنا ستغادر.",
    "وقال إن القوات المتواجدة في أرضنا غازية.",
    "وقال إن العناصر المتواجدين في حينه غادروا المكان.",
    "وقال إن الدورية المتمركزة في مكان بعيد تدخلت.",
    "وقال إن الجنود المتمركزين في ثكنات قديمة ينتظرون.",
])
def test_stationed_in_a_common_noun_is_no_place(gazetteer, text):
    assert _surfaces(text, gazetteer) == []


def test_stationed_in_an_unknown_village_stays_a_place(gazetteer):
    text = "وقالت مصادر إن قوات النظام المتمركزة في جورين قصفت القرى المجاورة."
    assert "جورين" in _surfaces(text, gazetteer)


def test_entrenched_in_an_unknown_village_before_a_direction_stays_a_place(gazetteer):
    text = "وقصفت المدفعية المسلحين المتحصنين في كفرعويد جنوب إدلب."
    assert "كفرعويد" in _surfaces(text, gazetteer)


# --- a closing bare name after «محيط/مشارف/تخوم» --------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقالت إن الطفل نشأ في محيط هادئ.",
    "وقال إن الشركات تعمل في محيط تنافسي.",
    "وأبحر المركب في محيط هائج.",
    "وقال إن النادي يقترب من مشارف لقب.",
    "وقال إن البلد يعيش على تخوم خطر.",
])
def test_adjective_or_common_noun_after_a_locative_is_no_place(gazetteer, text):
    assert _surfaces(text, gazetteer) == []


def test_closing_bare_name_in_a_sentence_with_a_known_place_stays_a_place(gazetteer):
    text = "وتقدمت قوات النظام في ريف حماة الشمالي، واندلعت اشتباكات في محيط كباني."
    assert "كباني" in _surfaces(text, gazetteer)


# --- provinces abroad without a unit noun ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وانتشرت اللغة العربية في شتى البقاع.",
    "وزار الرحالة مختلف البقاع وغيرها من البقاع.",
    "وهي من أجمل البقاع على الأرض.",
    "وقالت نينوى سليمان إن المشروع تأخر.",
    "وصرح المحامي رامي عكار بأن الجلسة تأجلت.",
])
def test_common_plural_or_personal_name_is_no_province_abroad(gazetteer, text):
    assert _surfaces(text, gazetteer) == []


@pytest.mark.parametrize("text, name", [
    ("وتقدمت القوات العراقية غربي الأنبار.", "الأنبار"),
    ("وقصف الطيران مواقع بين الأنبار ونينوى.", "الأنبار"),
    ("ونزح آلاف السوريين إلى البقاع.", "البقاع"),
])
def test_province_abroad_in_war_news_stays_a_place(gazetteer, text, name):
    assert name in _surfaces(text, gazetteer)


# --- a two-word first list item ----------------------------------------------------------------

@pytest.mark.parametrize("text, common, city", [
    ("ويسكن المهجرون في بيوت الصفيح وحماة.", "بيوت الصفيح", "وحماة"),
    ("وتوزع اللاجئون في خيام العراء وعرسال.", "خيام العراء", "وعرسال"),
    ("وأقيم الحفل في مسرح الحمراء ودمشق.", "مسرح الحمراء", "ودمشق"),
    ("واجتمع الضيوف في مطعم البيك ودمشق.", "مطعم البيك", "ودمشق"),
])
def test_plural_or_noun_of_place_is_no_first_list_item(gazetteer, text, common, city):
    found = _surfaces(text, gazetteer)
    assert common not in found
    assert any(s.startswith("و") for s in found)  # the known city is still read
    assert city in found


def test_two_word_first_item_before_a_known_village_stays_one_place(gazetteer):
    text = "وقصفت الطائرات بلدات في جباثا الخشب وطرنجة ومزرعة بيت جن."
    assert "جباثا الخشب" in _surfaces(text, gazetteer)


# --- axes named by two ends --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال إن الاتفاق يقوي محور إيران – الأسد.",
    "وقال المحلل إن محور تركيا – الإخوان يتراجع.",
])
def test_political_axis_with_a_country_end_gives_no_place(gazetteer, text):
    found = _surfaces(text, gazetteer)
    assert "الأسد" not in found and "الإخوان" not in found


def test_front_axis_with_a_known_village_names_its_unknown_end(gazetteer):
    text = "وتقدمت قوات النظام على محور الشولا – عين البيضاء."
    assert "عين البيضاء" in _surfaces(text, gazetteer)
