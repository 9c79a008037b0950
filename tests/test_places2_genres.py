"""Place mentions, second genres round (our own sentences, real gazetteer).

Mechanisms of ``gazetteer.matcher`` and ``gazetteer.resolver``:

* after a singular trigger, «وY» closed by punctuation is the second name of the pair when Y is a
  definite name word or a name head and its word («محور X والكسارات،»);
* a locative noun («محيط», «جهة», «أطراف» …; ``locatives.txt``) or a direction before a name the
  gazetteer lacks: a name head and its word after either («شرق أبو X»), one definite name word
  closing the phrase after a locative noun only («في محيط الطويبة،»); common nouns stay words;
* a word with a clitic reading that is a hamza-spelled particle («بـ» + «أي») is read whole after
  a trigger noun when the text writes a plain alef («حقلي باي X وY»), and the last item of a site
  list takes two words before a name tail;
* a known one-word name after a first name and a person title is a surname;
* an axis noun names the bare word closing its phrase («من محور X.»), and a dual noun names two
  bare words («منطقتي X وY»);
* an unknown place placed at a settlement it is only near gets an honest "near" radius (25 km);
  a quarter or landmark inside the town keeps the town's extent.
"""

from __future__ import annotations

import pytest

from fixtures_places import resolved_by_surface, surfaces


# -- singular-trigger pairs closed by punctuation -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("بدأت العملية من محور أبو حريق والكسارات، وشارك فيها لواء", "والكسارات"),
    ("سيّرت الدوريات في وادي زلوط والقنيطرات، بينما حلقت الطائرات", "والقنيطرات"),
    ("تمركزت القوات في قرية تل شهاب وأبو كهف.", "وأبو كهف"),
])
def test_second_name_of_a_singular_trigger_pair_closed_by_punctuation(gazetteer, text, expected):
    assert expected in surfaces(text, gazetteer)


@pytest.mark.parametrize("text, word", [
    ("دخلت القوات قرية أبو حريق والمدنيين، ثم انسحبت", "والمدنيين"),   # a plural relative noun
    ("وصلت الدبابات إلى بلدة أبو حريق والعاصمة، وفق المصدر", "والعاصمة"),  # a common noun
    ("انتشرت القوات في قرية أبو حريق والغربية، بحسب المرصد", "والغربية"),  # a name tail
    ("سيطر الجيش على قرية أبو حريق والتلال المحيطة بها", "والتلال"),  # no punctuation closes it
])
def test_pair_item_that_is_a_common_word_or_does_not_close_stays_unread(gazetteer, text, word):
    assert not any(word in s for s in surfaces(text, gazetteer))


# -- locative nouns and directions before an unknown name ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("شن التنظيم هجوماً شرق أبو حريق صباح اليوم", "أبو حريق"),
    ("دخلت الوحدات البلدة من جهة الكسارات. وقال المصدر", "الكسارات"),
    ("تدور اشتباكات عنيفة في محيط الطويبة، ما أدى إلى مقتل", "الطويبة"),
    ("وصلت القوات إلى مشارف أم صهريج بعد معارك", "أم صهريج"),
])
def test_unknown_name_after_a_locative_noun_or_direction(gazetteer, text, expected):
    assert expected in surfaces(text, gazetteer)


@pytest.mark.parametrize("text, word", [
    ("اندلعت اشتباكات في محيط المدينة، ثم توقفت", "المدينة"),
    ("ومن جهة أخرى، قال المتحدث", "أخرى"),
    ("يسيطر التنظيم على مناطق شرق البلاد.", "البلاد"),
    ("وصلت سيارات الإسعاف إلى موقع الحادث.", "الحادث"),
    ("فرضت الشرطة طوقاً في محيط المبنى.", "المبنى"),
    ("تقدمت القوات شرق الكسارات.", "الكسارات"),  # a direction takes only a headed name
    ("سقطت قذائف في محيط سوق الخضار، ما أدى", "سوق الخضار"),  # a landmark inside a town
    ("تتمركز القوات في محيط الطويبة الشرقية وتقصف", "الطويبة"),  # the phrase goes on
])
def test_common_noun_after_a_locative_noun_stays_unread(gazetteer, text, word):
    assert not any(word in s for s in surfaces(text, gazetteer))


# -- a name whose first letter is also a clitic --------------------------------------------------

def test_name_with_a_clitic_reading_is_read_whole_after_a_trigger(gazetteer):
    found = surfaces("أمّنت القطعات حقلي باي كمال والخباز النفطيين شمال المدينة", gazetteer)
    assert "باي كمال" in found and "والخباز" in found


def test_last_item_of_a_site_list_takes_two_words_before_the_tail(gazetteer):
    found = surfaces("سيطرت القوات على حقلي الخباز وباي كمال النفطيين أمس", gazetteer)
    assert "وباي كمال" in found


def test_particle_written_with_hamza_is_not_read_as_a_name(gazetteer):
    assert surfaces("لن تسلم القوات قرية بأي ثمن", gazetteer) == []


# -- person names ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال القيادي الميداني سيبان منبج إن القوات تتقدم",
    "وقال القيادي سيبان منبج إن القوات تتقدم",
])
def test_known_name_after_a_titled_first_name_is_a_surname(gazetteer, text):
    assert not any("منبج" in s for s in surfaces(text, gazetteer))


@pytest.mark.parametrize("text", [
    "وقال القيادي الميداني في منبج إن القوات تتقدم",
    "وقال القيادي إن القوات دخلت منبج أمس",
])
def test_place_after_a_title_without_a_first_name_stays_a_place(gazetteer, text):
    assert any("منبج" in s for s in surfaces(text, gazetteer))


# -- axis nouns and dual nouns ------------------------------------------------------------------

def test_axis_noun_names_the_bare_word_closing_its_phrase(gazetteer):
    assert "دويرين" in surfaces("انطلق الهجوم من محور دويرين. وأضاف المراسل", gazetteer)


@pytest.mark.parametrize("text", [
    "هاجموا المواقع من أكثر من محور واحد، ثم انسحبوا",
    "تقدمت القوات على محور رئيسي.",
])
def test_axis_noun_before_an_adjective_names_nothing(gazetteer, text):
    assert surfaces(text, gazetteer) == []


def test_dual_noun_names_two_bare_words(gazetteer):
    found = surfaces("نزحت العائلات إلى منطقتي زليطة ودويرينة قرب الحدود", gazetteer)
    assert "زليطة" in found and "ودويرينة" in found


# -- honest radius of unknown places ------------------------------------------------------------

def test_unknown_village_placed_near_a_town_gets_a_near_radius(gazetteer):
    by_surface = resolved_by_surface("اندلعت اشتباكات قرب قرية أم صهريج جنوب منبج.", gazetteer)
    r = by_surface["قرية أم صهريج"] if "قرية أم صهريج" in by_surface else by_surface["أم صهريج"]
    assert not r.known and r.geo_precision == "near" and r.place.precision_km >= 25


def test_unknown_quarter_inside_a_town_keeps_the_town_extent(gazetteer):
    by_surface = resolved_by_surface("سيطرت القوات على حي الزهيرات في مدينة منبج.", gazetteer)
    r = next(res for s, res in by_surface.items() if "الزهيرات" in s)
    assert not r.known and r.place.precision_km < 25
