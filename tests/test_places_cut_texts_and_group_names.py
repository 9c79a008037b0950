"""Place mentions in scraped openings (our own sentences, real gazetteer):

* a text cut after a fixed number of characters may end on a fragment of a word: a name that
  ends such a text exactly (no final punctuation) is dropped when the gazetteer does not know
  it, or when it is a minor place whose name begins a longer word naming a place of note; a
  complete known name stays, and so does any name before final punctuation;
* group heads (``group:`` lines of blocked_phrases.txt: «منصة», «منصتي», «منصات») make the
  place names after them a group name (the opposition platforms): a dual or plural head takes
  the names coordinated with «و» too, a singular head one name only;
* a settlement name that is also a common word («صدد», «عنه») is the place inside a list of
  known places, never alone;
* a Latin code after a site noun («قاعدة K1») names the site, even after a weak noun.
"""

from __future__ import annotations

import pytest

from fixtures_places import surfaces


def _ends_with(text: str, found: list[str], word: str) -> bool:
    return any(s.endswith(word) for s in found)


#: An opening paragraph without place names, so that the sentence after it ends a text as long
#: as a scraped opening (a short text is read as whole, never as cut).
_OPENING = ("أصدر المكتب الإعلامي للفصيل بياناً مطولاً صباح اليوم عرض فيه تفاصيل العمليات الأخيرة، "
            "وقال إن مقاتليه تمكنوا خلال الساعات الماضية من صد عدة هجمات متتالية، وإن الخسائر في "
            "صفوف المهاجمين كانت كبيرة. وأضاف البيان أن المعارك ما تزال مستمرة حتى الآن، وأن "
            "التعزيزات وصلت إلى الخطوط الأمامية خلال الليل، مشيراً إلى أن الأهالي بدأوا بالنزوح "
            "نحو المناطق الأكثر أمناً. ولم يصدر أي تعليق رسمي من الجهات الأخرى حتى ساعة إعداد هذا "
            "التقرير، في حين تحدث ناشطون عن قصف متقطع طال الأحياء السكنية طوال الليلة الماضية. ")


def _long(sentence: str) -> str:
    """``sentence`` at the end of a text as long as a scraped opening."""
    return _OPENING + sentence


# -- names cut by the end of the text -----------------------------------------------------------

@pytest.mark.parametrize("text, fragment", [
    ("أعلن الفصيل أنه سيطر صباح اليوم على مدينة سرا", "سرا"),          # an unknown fragment after a trigger
    ("يمتد نفوذ التنظيم في البادية بين الميادين ومدينة البوك", "البوك"),
    ("وتشمل المنطقة المحاصرة جنوب العاصمة بلدات يل", "يل"),
    ("وصل وفد الحكومة صباح اليوم إلى السودا", "السودا"),             # a minor name that begins «السودان»
])
def test_fragment_at_the_end_of_a_cut_text_is_no_place(gazetteer, text, fragment):
    assert not _ends_with(text, surfaces(_long(text), gazetteer), fragment)


def test_short_text_without_final_punctuation_is_whole(gazetteer):
    text = "أعلن الفصيل أنه سيطر صباح اليوم على مدينة سرا"  # a headline: not cut
    assert _ends_with(text, surfaces(text, gazetteer), "سرا")


@pytest.mark.parametrize("text, name", [
    ("وصلت تعزيزات كبيرة للجيش مساء أمس إلى حلب", "حلب"),            # a complete name of note
    ("وصلت تعزيزات كبيرة للجيش مساء أمس إلى القلمون", "القلمون"),     # longer names only add a word
    ("أعلن الفصيل أنه سيطر صباح اليوم على مدينة سرا.", "سرا"),        # final punctuation: not cut
    ("أعلن الفصيل أنه سيطر صباح اليوم على مدينة سرا وأطرافها", "سرا"),  # not at the end
    ("وصل وفد الحكومة صباح اليوم إلى السودان", "السودان"),
])
def test_complete_names_at_the_end_of_a_text_stay(gazetteer, text, name):
    assert _ends_with(text, surfaces(_long(text), gazetteer), name)


# -- group names headed by «منصة» -----------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("ضم الوفد المفاوض لأول مرة ممثلين عن منصتي القاهرة وموسكو، في حين رفضت الفصائل ذلك.",
     ("القاهرة", "موسكو")),
    ("شاركت منصات الرياض والقاهرة وموسكو في الجولة الأخيرة.", ("الرياض", "القاهرة", "موسكو")),
    ("وأعلن ممثل منصة موسكو رفضه للبيان.", ("موسكو",)),
])
def test_place_names_after_a_group_head_name_the_group(gazetteer, text, names):
    found = surfaces(text, gazetteer)
    assert not any(name in s for s in found for name in names), found


@pytest.mark.parametrize("text, name", [
    ("انسحبت منصة القاهرة ودمشق من الاجتماع الأخير.", "دمشق"),     # a singular head names one group
    ("أطلق ناشطون منصة إعلامية جديدة في دمشق.", "دمشق"),           # no place name right after the head
    ("وصل الوفد إلى القاهرة وموسكو قبل الجولة.", "موسكو"),          # no head at all
    ("وصل الوفد إلى القاهرة وموسكو قبل الجولة.", "القاهرة"),
])
def test_places_near_group_heads_stay(gazetteer, text, name):
    assert any(name in s for s in surfaces(text, gazetteer))


# -- common-word settlement names inside lists --------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("فرّ آلاف السكان إلى حمص وصدد والقريتين هرباً من المعارك.", "وصدد"),
    ("تتقدم القوات العراقية في القائم وراوة وعنه غرب الأنبار.", "وعنه"),
])
def test_common_word_settlement_inside_a_list_is_a_place(gazetteer, text, surface):
    assert surface in surfaces(text, gazetteer)


@pytest.mark.parametrize("text, word", [
    ("قال المسؤول إن الحكومة بصدد دراسة الاتفاق مع حمص وحماة.", "صدد"),
    ("زار الوزير حمص وصدد الهجوم الأخير عن المدينة.", "صدد"),       # no known place after it
    ("دخلت القوات حمص وعنه صرح المسؤول بأن المعركة انتهت.", "عنه"),  # a verb follows: a pronoun
    ("قصفت الطائرات حلب وحمص وعنه قال المرصد إن الضحايا مدنيون.", "عنه"),
])
def test_common_word_outside_a_list_stays_a_word(gazetteer, text, word):
    assert not any(word in s for s in surfaces(text, gazetteer))


# -- a Latin code after a site noun --------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("انسحبت قوات البيشمركة من قاعدة K1 وحقول النفط جنوب كركوك.", "K1"),
    ("هبطت المروحيات في مطار H3 غرب الأنبار.", "H3"),
])
def test_latin_code_after_a_site_noun_names_the_site(gazetteer, text, code):
    assert any(s.endswith(code) for s in surfaces(text, gazetteer))


@pytest.mark.parametrize("text", [
    "تعمل الحكومة وفق قاعدة واضحة في توزيع المساعدات.",
    "سكن النازحون في قرية K1 كما سماها الأهالي.",            # a settlement noun: no code name
])
def test_no_code_name_without_a_site_noun(gazetteer, text):
    found = surfaces(text, gazetteer)
    assert not any("قاعدة" in s or "K1" in s for s in found), found


# -- a common-word town at the first end of a stretch «بين X وY» ----------------------------------

@pytest.mark.parametrize("text", [
    "ينتشر مسلحو التنظيم في البادية الممتدة بين القائم ومدينة البوكمال.",
    "تدور المعارك على الطريق بين القائم والبوكمال منذ أيام.",
    "ينتشر مسلحو التنظيم في البادية الممتدة بين القائم ومدينة البو",   # the other end cut off
])
def test_common_word_town_between_two_places(gazetteer, text):
    assert "القائم" in surfaces(text, gazetteer)


@pytest.mark.parametrize("text", [
    "جرى لقاء مطول بين القائم بالأعمال والسفير الروسي.",
    "لا فرق بين القائم والقاعد في هذه المعركة.",
    "دار حديث بين القائم وممثل الأهالي حول المساعدات.",
])
def test_between_without_a_place_after_it(gazetteer, text):
    assert "القائم" not in surfaces(text, gazetteer)


# -- companies named like places ------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("بنت المعمل قبل الحرب شركة «كونوكو» الأميركية للطاقة.", "كونوكو"),
    ("أعلنت شركة حلب للإسمنت توقف الإنتاج في مصانعها.", "حلب"),
])
def test_name_after_a_company_noun_is_the_company(gazetteer, text, name):
    assert not any(name in s for s in surfaces(text, gazetteer))


@pytest.mark.parametrize("text, name", [
    ("سيطرت القوات على حقل كونوكو للغاز شرق النهر.", "كونوكو"),
    ("وصلت الشركة المتعاقدة إلى حلب صباح أمس.", "حلب"),
])
def test_places_near_company_nouns_stay(gazetteer, text, name):
    assert any(name in s for s in surfaces(text, gazetteer))
