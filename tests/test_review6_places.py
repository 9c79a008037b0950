"""Review 6, places (our own sentences, real gazetteer): near misses of the clusters-round rules.

* «شركة» is a company noun: a name after it is the company, unless the gazetteer knows it as a
  plant (facility, gas or oil field, station) and a preposition of place or a place-context word
  leads the noun («سيطرت على شركة كونوكو للغاز»: the plant taken);
* a common-word town is the first end of «بين X وY» only after a stretch cue before «بين»
  («الطريق», «الممتدة», «يربط») or before a town noun after «و» («ومدينة البوكمال»);
* an unknown Latin code names a site only after a military site noun («قاعدة K1», «مطار H3»);
  after another site noun («محطة A320») only a code the gazetteer knows counts («محطة T2»);
* a text shorter than a scraped opening is whole: its last unknown name after a trigger noun stays.
"""

from __future__ import annotations

import pytest

from fixtures_places import surfaces


# -- a plant named by its company ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "سيطرت قوات سوريا الديمقراطية على شركة كونوكو للغاز شرق دير الزور.",
    "تقدمت القوات باتجاه شركة كونوكو شرق النهر.",
    "اندلعت اشتباكات عنيفة في محيط شركة كونوكو للغاز.",
])
def test_known_plant_after_a_company_noun_led_by_a_place_word(gazetteer, text):
    assert any("كونوكو" in s for s in surfaces(text, gazetteer))


@pytest.mark.parametrize("text, name", [
    ("بنت المعمل قبل الحرب شركة «كونوكو» الأميركية للطاقة.", "كونوكو"),   # the company as subject
    ("وقعت الحكومة عقداً مع شركة كونوكو الأميركية.", "كونوكو"),           # «مع»: no place word
    ("أعلنت شركة حلب للإسمنت توقف الإنتاج في مصانعها.", "حلب"),
    ("تعاقدت الوزارة مع شركة حلب للإسمنت.", "حلب"),
    ("تعمل في شركة حلب للإسمنت مئات العائلات.", "حلب"),                  # a city is no plant
])
def test_company_named_like_a_place_stays_the_company(gazetteer, text, name):
    assert not any(name in s for s in surfaces(text, gazetteer))


# -- «بين X وY»: a stretch, or a relation ------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("تتواصل الاتصالات بين الحراك ودمشق للتوصل إلى تسوية.", "الحراك"),
    ("توترت العلاقة بين الثورة وحمص منذ البداية.", "الثورة"),
    ("لا فرق بين القائم والبوكمال في نظر التنظيم.", "القائم"),
])
def test_between_without_a_stretch_cue_is_a_relation(gazetteer, text, word):
    assert word not in surfaces(text, gazetteer)


@pytest.mark.parametrize("text", [
    "تدور المعارك على الطريق بين القائم والبوكمال منذ أيام.",
    "تسيطر القوات على المنطقة الواقعة بين القائم والبوكمال.",
    "ينتشر مسلحو التنظيم في البادية الممتدة بين القائم ومدينة البوكمال.",
    "لا تزال المسافة بين القائم ومدينة البوكمال تحت سيطرة التنظيم.",
])
def test_stretch_between_two_places_keeps_its_first_end(gazetteer, text):
    assert "القائم" in surfaces(text, gazetteer)


# -- Latin codes after site nouns --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "استهدفت الغارات محطة A320 في ريف حماة.",
    "أعلنت الوزارة إعادة تأهيل محطة B12 لتوليد الكهرباء.",
])
def test_unknown_code_after_a_civil_site_noun_is_no_place(gazetteer, text):
    found = surfaces(text, gazetteer)
    assert not any("A320" in s or "B12" in s for s in found), found


@pytest.mark.parametrize("text, code", [
    ("استهدفت الغارات قاعدة K1 في كركوك.", "K1"),
    ("هبطت المروحيات في مطار H3 غرب الأنبار.", "H3"),
    ("سيطرت القوات على محطة T2 شرق دير الزور.", "T2"),       # a known coded station
])
def test_military_or_known_coded_site_stays(gazetteer, text, code):
    assert any(s.endswith(code) for s in surfaces(text, gazetteer))


# -- short texts are whole -----------------------------------------------------------------------------

def test_unknown_name_ending_a_short_unpunctuated_text_stays(gazetteer):
    text = "سيطر مقاتلو الجيش الحر على بلدة الجفرة"
    assert any(s.endswith("الجفرة") for s in surfaces(text, gazetteer))
