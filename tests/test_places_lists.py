"""Lists of places the gazetteer only partly knows (our own sentences, real gazetteer).

Three mechanisms of ``gazetteer.matcher``: a definite word before the next item of a list
belongs to the previous name («قرى غانم العلي والشريدة»), a known name plus such a word is
another place named after it («بلدات السعن الأسود والقسطل»), and untriggered names coordinated
with a known settlement are places when the list ends at a location cue («في الحماميات
واللطامنة ومورك بريف حماة») or stand between two known settlements.
"""

from __future__ import annotations

import pytest

from gazetteer.matcher import find_mentions
from fixtures_places import surfaces as _surfaces


@pytest.mark.parametrize("text, expected", [
    ("تمكنت قوات النظام من السيطرة على قرى أبو حنايا وعقارب الصافية والشاكوسية، إثر اشتباكات",
     ["أبو حنايا", "وعقارب الصافية", "والشاكوسية"]),
    ("وسيطرت الفصائل على قرى المصاصنة الغربية والبويضة والجنابرة بعد معارك عنيفة.",
     ["المصاصنة الغربية", "والبويضة", "والجنابرة"]),
    ("واستعاد الجيش بلدات الطيبة الصافية والقنطرة والمزرعة الحمراء خلال ساعات.",
     ["الطيبة الصافية", "والقنطرة"]),
])
def test_definite_word_before_the_next_item_ends_the_name(gazetteer, text, expected):
    found = _surfaces(text, gazetteer)
    for surface in expected:
        assert surface in found


@pytest.mark.parametrize("text, absent", [
    # an adjective (stopword) or a verb after the last item is no part of a name
    ("وتقدمت قوات النظام في قرى الطامورة المحاذية وسيطرت على تلال المنطقة.", "الطامورة المحاذية"),
    ("وقصفت المدفعية قرى الزلاقيات المهجورة ومحيطها.", "الزلاقيات المهجورة"),
])
def test_no_list_after_the_definite_word_keeps_the_name_short(gazetteer, text, absent):
    found = _surfaces(text, gazetteer)
    assert absent not in found
    assert absent.split(" ")[0] in found


def test_known_name_with_an_epithet_inside_a_list_is_another_place(gazetteer):
    mentions = find_mentions("وحررت وحدات الجيش بلدات السعن الأسود والقسطل ورسم النفل في ريف حلب الجنوبي.",
                             gazetteer)
    by_surface = {m.surface: m for m in mentions}
    assert "السعن الأسود" in by_surface and not by_surface["السعن الأسود"].candidates
    assert "والقسطل" in by_surface and "ورسم النفل" in by_surface
    assert "السعن" not in by_surface


@pytest.mark.parametrize("text, known, next_item", [
    # a descriptive adjective (a stopword) after an item: the known name stays known, the list goes on
    ("سيطرت الفصائل على قرى مورك المهجورة واللطامنة في ريف حماة الشمالي.", "مورك", "واللطامنة"),
    ("وقصفت المدفعية بلدات السعن المدمرة والقسطل بريف حماة.", "السعن", "والقسطل"),
])
def test_an_adjective_after_a_list_item_neither_joins_the_name_nor_ends_the_list(
        gazetteer, text, known, next_item):
    by_surface = {m.surface: m for m in find_mentions(text, gazetteer)}
    assert by_surface[known].candidates
    assert next_item in by_surface
    assert not any(surface.startswith(known + " ") for surface in by_surface)


def test_an_adjective_after_a_list_item_keeps_the_claim_on_the_next_item(gazetteer):
    import datetime as dt

    from conflictmap.pipeline import analyse_article
    from geo.model import Article

    text = "سيطرت الفصائل على قرى مورك المهجورة واللطامنة في ريف حماة الشمالي."
    result = analyse_article(Article(id="x", date=dt.date(2017, 9, 10), text=text), gazetteer)
    objects = [text[c.start:c.end] for c in result.claims]
    assert len(result.claims) == 2 and {c.action for c in result.claims} == {"captured"}
    assert all("مورك" in quote for quote in objects) and "اللطامنة" in objects[1]


def test_known_name_without_a_following_list_item_stays_known(gazetteer):
    mentions = find_mentions("وحررت وحدات الجيش بلدات السعن الأسود في ريف حماة.", gazetteer)
    assert [m.surface for m in mentions if m.candidates][0] == "السعن"


@pytest.mark.parametrize("text, expected", [
    ("وألقى الطيران المروحي براميل متفجرة على مناطق في الحماميات واللطامنة ومورك وكفرزيتا بريف حماة الشمالي.",
     ["الحماميات", "واللطامنة", "ومورك", "وكفرزيتا"]),
    ("وشنت الطائرات الروسية غارات على مواقع التنظيم في الصالحية والحمدان بريف دير الزور.",
     ["الصالحية", "والحمدان"]),
    # no cue after the list, but the name stands between two known settlements
    ("وقصف الطيران الحربي مورك واللطامنة وكفرزيتا.", ["مورك", "واللطامنة", "وكفرزيتا"]),
])
def test_untriggered_names_coordinated_with_a_known_settlement(gazetteer, text, expected):
    found = _surfaces(text, gazetteer)
    for surface in expected:
        assert surface in found


@pytest.mark.parametrize("text, absent", [
    ("وقصفت قوات النظام كفرزيتا والأحياء السكنية في ريف حماة.", "والأحياء"),
    ("وتحدث المسؤول عن الوضع في دوما والمعارضة ترفض الاتفاق.", "والمعارضة"),
    ("وسيطر الجيش على مورك والجوار بريف حماة.", "والجوار"),
    # a direction is no list cue: «والحواجز» (checkpoints) is a common noun
    ("سيطر الجيش على مورك والحواجز شمال حماة.", "والحواجز"),
    ("وانتشرت القوات في مورك والطرقات المحيطة شمال المدينة.", "والطرقات"),
    # no location cue and no known settlement after it: «والحماميات» may start a new clause
    # («اللطامنة», the former example, is a known locality now)
    ("وقصف الطيران الحربي مورك والحماميات.", "والحماميات"),
    # a governorate or a country does not anchor a list
    ("وقال المسؤول إن العراق والمعارضة في سوريا يتفقان.", "والمعارضة"),
])
def test_coordinated_common_words_are_no_places(gazetteer, text, absent):
    assert absent not in _surfaces(text, gazetteer)


def test_coordinated_unknown_is_placed_near_its_neighbours(gazetteer):
    from gazetteer.resolver import resolve_mentions

    text = "وألقى الطيران المروحي براميل متفجرة على الحماميات والزلاقيات ومورك بريف حماة الشمالي."
    resolved = {r.mention.surface: r for r in resolve_mentions(find_mentions(text, gazetteer), text, gazetteer)}
    murak = resolved["ومورك"].place
    for surface in ("الحماميات", "والزلاقيات"):
        r = resolved[surface]
        assert not r.known
        assert abs(r.place.lat - murak.lat) < 0.5 and abs(r.place.lon - murak.lon) < 0.5
