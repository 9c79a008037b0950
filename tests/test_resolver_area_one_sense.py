"""A Syrian area named in a sentence (a basin inside one governorate, «حوض اليرموك») picks the
homonym inside it, for that mention and for bare repeats of the same name in the article, even
when the article also names the neighbouring country of a namesake. Sentences written for the tests."""

from __future__ import annotations

from fixtures_places import resolutions


def _countries_of(text: str, name: str, gazetteer) -> list[str]:
    return [r.place.country for r in resolutions(text, gazetteer) if r.mention.surface.endswith(name)]


def test_basin_picks_the_syrian_homonym_for_every_repeat(gazetteer):
    text = ("سيطرت القوات على بلدة الشجرة في حوض اليرموك بعد معارك.\n"
            "وتقدمت الوحدات من محورين باتجاه الشجرة أمس.\n"
            "وفر عشرات المدنيين نحو الحدود مع الأردن.")
    assert _countries_of(text, "الشجرة", gazetteer) == ["SY", "SY"]


def test_jordanian_homonym_without_a_syrian_area_near_miss(gazetteer):
    text = "زار الوزير بلدة الشجرة في محافظة إربد الأردنية أمس، قرب الحدود مع الأردن."
    countries = _countries_of(text, "الشجرة", gazetteer)
    assert countries and all(c == "JO" for c in countries)
