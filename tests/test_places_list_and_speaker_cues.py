"""Place mentions decided by the words around a name (our own sentences, real gazetteer).

- A common-word town name followed by «و» + a known place is the first item of a list, not a
  noun with an agreeing adjective («القائم وراوة»; «صور متداولة» stays pictures).
- «سقوط» (the fall of) takes a town like the other verbal nouns of taking («بعد سقوط القائم»),
  and not a common noun («سقوط البلد في الفوضى», «سقوط العلم الوطني»).
- A place name that is the first name of a titled speaker, followed by a surname, is a person
  («وقالت الناطقة باسم الحملة جيهان أحمد»); after a preposition, or opening what was said, it stays
  a place.
- A list «X وY وبلدات أخرى» names settlements: its unknown indefinite items are places; a plural
  common noun («وأهداف») and a weak plural («ومناطق أخرى») vouch for nothing.
- A town named like an adjective stands alone after a preposition at the end of its clause («انطلق
  من حديثة.»); after a noun it is the adjective («من دراسة حديثة»).
- Institutions named by their bare common noun («في محيط الإدارة») are no unknown places.
"""

from __future__ import annotations

import pytest

from fixtures_places import surfaces


@pytest.mark.parametrize("text, name", [
    ("وأعلن قائد عمليات تحرير القائم وراوة انتهاء المرحلة الأولى.", "القائم"),
    ("وفر عشرات المسلحين بعد سقوط القائم قبل أسبوعين.", "القائم"),
])
def test_common_word_town_with_list_or_fall(gazetteer, text, name):
    assert name in surfaces(text, gazetteer)


@pytest.mark.parametrize("text, word", [
    ("وتناقل الناشطون صور متداولة للقصف على المدينة.", "صور"),
    ("وحذر الوزير من سقوط البلد في الفوضى بعد الانتخابات.", "البلد"),
    ("وأدى سقوط العلم الوطني عن السارية إلى غضب الحاضرين.", "العلم"),
    ("وأكد المسؤول أن الوضع القائم لن يتغير قبل الانتخابات.", "القائم"),
    ("واجتمع السفير مع القائم بالأعمال وممثلي الوزارة.", "القائم"),
])
def test_common_word_near_misses(gazetteer, text, word):
    assert word not in surfaces(text, gazetteer)


def test_first_name_of_titled_speaker_is_no_place(gazetteer):
    text = "وقالت الناطقة باسم الحملة العسكرية جيهان خليل لوكالة محلية إن المعارك مستمرة."
    assert "جيهان" not in surfaces(text, gazetteer)


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم الشركة في جيهان محمد علي إن الضخ توقف.",
    "وقال المتحدث باسم الجيش إن القوات انتشرت في جيهان أمس.",
    "وزار الرئيس التركي جيهان أمس.",
])
def test_place_after_a_title_stays_a_place(gazetteer, text):
    assert "جيهان" in surfaces(text, gazetteer)


def test_country_opening_the_quote_of_a_titled_speaker_stays_a_place(gazetteer):
    text = "وقال وزير الخارجية سامح شكري إن مصر حريصة على وحدة الأراضي السورية."
    assert "مصر" in surfaces(text, gazetteer)


@pytest.mark.parametrize("text, unknown", [
    ("وشنت الطائرات غارات على دوما ومسرابا وبلدات أخرى في الغوطة.", "ومسرابا"),
    ("وقصفت المدفعية في حرستا ومديرا وقرى أخرى صباح اليوم.", "ومديرا"),
])
def test_list_closed_by_other_settlements(gazetteer, text, unknown):
    assert unknown in surfaces(text, gazetteer)


@pytest.mark.parametrize("text, word", [
    ("ونفذت الطائرات غارات على دوما وأهداف ومدن أخرى.", "وأهداف"),
    ("وقصفت الطائرات مواقع على دوما وكفرها ومناطق أخرى من الغوطة.", "وكفرها"),
])
def test_list_closed_by_other_settlements_near_misses(gazetteer, text, word):
    assert word not in surfaces(text, gazetteer)


@pytest.mark.parametrize("noun", ["الإدارة", "الوزارة", "المديرية"])
def test_bare_institution_noun_is_no_unknown_place(gazetteer, noun):
    text = f"وتعمل وحدات الهندسة على تفكيك العبوات التي زرعها المسلحون في محيط {noun}."
    assert noun not in surfaces(text, gazetteer)


def test_institution_full_name_still_a_place(gazetteer):
    text = "وتقدم المقاتلون داخل أسوار إدارة المركبات في حرستا."
    assert "إدارة المركبات" in surfaces(text, gazetteer)


@pytest.mark.parametrize("text", [
    "وقال إن الهجوم على المناطق الغربية انطلق من حديثة.",
    "ووصلت التعزيزات إلى حديثة، ثم تابعت نحو الحدود.",
])
def test_adjective_named_town_alone_after_a_preposition(gazetteer, text):
    assert "حديثة" in surfaces(text, gazetteer)


@pytest.mark.parametrize("text", [
    "وتحدثت مصادر عن أخبار حديثة عن المعارك.",
    "وقال إن النتائج جاءت من دراسة حديثة.",
    "وأكد أن التجربة حديثة العهد في البلاد.",
    "وبحسب معلومات حديثة، فإن المسلحين انسحبوا.",
    "واستند التقرير إلى صور حديثة.",
])
def test_adjective_named_town_near_misses(gazetteer, text):
    assert "حديثة" not in surfaces(text, gazetteer)
