"""Mention finding: clitics, boundaries, guards, trigger nouns, lists — with our own sentences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import GazetteerError
from geo.model import Place
from gazetteer.matcher import build_name_index, find_mentions, find_mentions_with_index, name_index

# (id, Arabic names separated by |, kind, lat, lon, country, population, parent_id)
_ROWS = [
    ("c:SY", "سوريا|سورية", "country", 35.0, 38.5, "SY", None, ""),
    ("c:IQ", "العراق", "country", 33.0, 43.5, "IQ", None, ""),
    ("c:RU", "روسيا", "country", 60.0, 90.0, "RU", None, ""),
    ("c:US", "الولايات المتحدة", "country", 39.0, -98.0, "US", None, ""),
    ("gov:homs", "حمص|محافظة حمص", "governorate", 34.73, 36.72, "SY", 1_800_000, ""),
    ("city:homs", "حمص", "city", 34.73, 36.72, "SY", 650_000, "gov:homs"),
    ("gov:dez", "دير الزور|محافظة دير الزور", "governorate", 35.34, 40.14, "SY", 1_100_000, ""),
    ("city:dez", "دير الزور", "city", 35.34, 40.14, "SY", 270_000, "gov:dez"),
    ("sector:dez:e", "ريف دير الزور الشرقي|الريف الشرقي لدير الزور", "sector", 35.0, 40.6, "SY", None,
     "gov:dez"),
    ("sector:dez:all", "ريف دير الزور", "sector", 35.1, 40.2, "SY", None, "gov:dez"),
    ("gov:raqqa", "الرقة|محافظة الرقة", "governorate", 35.95, 39.01, "SY", 900_000, ""),
    ("city:raqqa", "الرقة", "city", 35.95, 39.01, "SY", 220_000, "gov:raqqa"),
    ("town:sukhnah", "السخنة", "town", 34.89, 38.87, "SY", 14_000, "gov:homs"),
    ("vil:tahmar-homs", "تل أحمر", "village", 34.80, 36.90, "SY", 900, "gov:homs"),
    ("vil:tahmar-dez", "تل أحمر", "village", 35.20, 40.30, "SY", 700, "gov:dez"),
    ("city:bab", "الباب", "city", 36.37, 37.52, "SY", 63_000, ""),
    ("city:mayadin", "الميادين", "city", 35.02, 40.45, "SY", 44_000, "gov:dez"),
    ("dist:mayadin", "منطقة الميادين", "district", 34.90, 40.60, "SY", None, "gov:dez"),
    ("air:dez", "مطار دير الزور العسكري", "airbase", 35.285, 40.176, "SY", None, "gov:dez"),
    ("cross:hawa", "باب الهوى", "crossing", 36.23, 36.69, "SY", None, ""),
    ("vil:khayr", "الخير", "village", 35.50, 39.90, "SY", 300, ""),
    ("vil:rahman", "الرحمن", "village", 35.60, 38.10, "SY", 200, ""),
    ("city:abukamal", "البو كمال|أبو كمال", "city", 34.45, 40.92, "SY", 50_000, "gov:dez"),
    ("city:latakia", "اللاذقية", "city", 35.52, 35.79, "SY", 380_000, ""),
    ("il:metula", "المطلة", "town", 33.28, 35.58, "IL", 1_600, ""),
    ("w:moscow", "موسكو", "city", 55.75, 37.62, "RU", 10_000_000, ""),
    ("river:euphrates", "الفرات|نهر الفرات", "river", 35.9, 39.0, "", None, ""),
    ("city:douma", "دوما", "city", 33.57, 36.40, "SY", 110_000, ""),
]


class FakeGazetteer:
    """Minimal in-memory stand-in with the store API the matcher/resolver use."""

    def __init__(self, rows: list[tuple] = _ROWS) -> None:
        self._places: dict[str, Place] = {}
        self._names: list[tuple[str, str]] = []
        for pid, names, kind, lat, lon, country, pop, parent in rows:
            ar = names.split("|")
            self._places[pid] = Place(id=pid, name=pid.split(":")[-1].title(), name_ar=ar[0],
                                      kind=kind, lat=lat, lon=lon, country=country,
                                      population=pop, parent_id=parent, aliases_ar=tuple(ar[1:]),
                                      precision_km={"governorate": 100.0, "sector": 50.0,
                                                    "district": 30.0, "country": 300.0,
                                                    "river": 200.0}.get(kind, 1.0))
            self._names.extend((n, pid) for n in ar)
        self._seats = {"gov:homs": "city:homs", "gov:dez": "city:dez", "gov:raqqa": "city:raqqa",
                       "dist:mayadin": "city:mayadin"}

    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, pid: object) -> bool:
        return pid in self._places

    def get(self, pid: str) -> Place:
        try:
            return self._places[pid]
        except KeyError:
            raise GazetteerError(f"unknown place id {pid}") from None

    def places(self) -> Iterator[Place]:
        return iter(sorted(self._places.values(), key=lambda p: p.id))

    def names_ar(self) -> Iterator[tuple[str, str]]:
        return iter(self._names)

    def names_en(self) -> Iterator[tuple[str, str]]:
        return iter(())

    def parent(self, pid: str) -> Place | None:
        parent = self._places[pid].parent_id
        return self._places.get(parent) if parent else None

    def children(self, pid: str) -> list[Place]:
        return [p for p in self.places() if p.parent_id == pid]

    def seat_of(self, pid: str) -> Place | None:
        if pid in self._seats:
            return self._places[self._seats[pid]]
        for admin, seat in self._seats.items():
            if seat == pid and admin.startswith("gov:"):
                return self._places[admin]
        return None

    def geometry(self, pid: str) -> None:
        return None

    def admin1_at(self, lat: float, lon: float) -> str:
        return ""


@pytest.fixture(scope="module")
def gaz() -> FakeGazetteer:
    return FakeGazetteer()


def surfaces(text: str, gaz: FakeGazetteer) -> list[str]:
    return [m.surface for m in find_mentions(text, gaz)]


def test_clitics_are_inside_the_span(gaz: FakeGazetteer) -> None:
    text = "دخلت القوات بدير الزور ووصلت للرقة ثم إلى والميادين"
    ms = find_mentions(text, gaz)
    assert [m.surface for m in ms] == ["بدير الزور", "للرقة", "والميادين"]
    assert ms[1].key == "الرقه" and "city:raqqa" in ms[1].candidates
    for m in ms:
        assert text[m.start:m.end] == m.surface


def test_lam_merges_with_a_name_starting_with_lam(gaz: FakeGazetteer) -> None:
    assert surfaces("توجه الوفد للاذقية صباحا", gaz) == ["للاذقية"]


def test_nisba_adjectives_do_not_match_but_the_country_name_does(gaz: FakeGazetteer) -> None:
    assert surfaces("قال الجيش السوري والتلفزيون الروسي إن الحدود العراقية مغلقة", gaz) == []
    assert surfaces("وقعت فصائل معارضة سورية اتفاقا", gaz) == ["سورية"]


def test_organisation_names_hide_their_place_names(gaz: FakeGazetteer) -> None:
    text = "قالت قوات سوريا الديمقراطية إنها تقاتل في سوريا وإن محور المقاومة يتقدم"
    ms = find_mentions(text, gaz)
    assert [m.surface for m in ms] == ["سوريا"]
    assert ms[0].start == text.index("في سوريا") + 3


def test_person_names_are_not_places(gaz: FakeGazetteer) -> None:
    assert surfaces("صرح عبد الرحمن لوسائل الإعلام", gaz) == []


def test_media_outlets_are_not_places(gaz: FakeGazetteer) -> None:
    assert surfaces("وقالت قناة الميادين إن الهجوم فشل", gaz) == []
    assert surfaces("وقال مصدر ميداني للميادين إن الهجوم فشل", gaz) == []
    assert surfaces("وسيطر الجيش على الميادين", gaz) == ["الميادين"]


def test_food_is_not_a_city(gaz: FakeGazetteer) -> None:
    assert surfaces("اشترى صحن حمص من السوق", gaz) == []
    assert surfaces("وصل الرتل إلى حمص مساء", gaz) == ["حمص"]


def test_common_word_names_need_context(gaz: FakeGazetteer) -> None:
    assert surfaces("نتمنى لكم الخير والسلام", gaz) == []
    ms = find_mentions("قصفت الطائرات قرية الخير شرقي المدينة", gaz)
    assert [m.surface for m in ms] == ["الخير"]
    assert ms[0].trigger == "قريه" and ms[0].kind_hint == "village"
    assert surfaces("أغلق الباب بإحكام", gaz) == []
    assert surfaces("تقدمت القوات نحو مدينة الباب", gaz) == ["الباب"]


def test_small_foreign_places_need_context(gaz: FakeGazetteer) -> None:
    assert surfaces("التلة المطلة على الوادي", gaz) == []
    assert surfaces("وصل إلى بلدة المطلة الحدودية", gaz) == ["المطلة"]


def test_longest_match_and_facility_names(gaz: FakeGazetteer) -> None:
    ms = find_mentions("تتقدم القوات نحو مطار دير الزور العسكري من الجنوب", gaz)
    assert [m.surface for m in ms] == ["مطار دير الزور العسكري"]
    assert ms[0].candidates == ("air:dez",)


def test_facility_trigger_joins_the_span(gaz: FakeGazetteer) -> None:
    ms = find_mentions("عبرت الشاحنات من معبر باب الهوى أمس", gaz)
    assert [m.surface for m in ms] == ["معبر باب الهوى"]
    assert ms[0].trigger == "معبر" and ms[0].candidates == ("cross:hawa",)


def test_abu_and_albu_forms_and_joined_spelling(gaz: FakeGazetteer) -> None:
    for text in ("دخل الجيش البوكمال", "دخل الجيش أبو كمال", "دخل الجيش البو كمال",
                 "دخل الجيش ابوكمال"):
        ms = find_mentions(text, gaz)
        assert len(ms) == 1 and ms[0].candidates == ("city:abukamal",), text


def test_words_run_together(gaz: FakeGazetteer) -> None:
    assert surfaces("خسر التنظيم أراضي في سورياوالعراق هذا العام", gaz) == ["سوريا", "والعراق"]
    assert surfaces("بدعم من الولاياتالمتحدة", gaz) == ["الولاياتالمتحدة"]
    assert surfaces("أكبر معاقله في سورياavancee", gaz) == ["سوريا"]


def test_hashtags_diacritics_and_line_breaks(gaz: FakeGazetteer) -> None:
    text = "قصف الطيران مدينة #دوما وريفَ\nدير الزورِ"
    ms = find_mentions(text, gaz)
    assert [m.surface for m in ms] == ["دوما", "وريفَ\nدير الزورِ"]  # the countryside sector
    assert ms[1].candidates == ("sector:dez:all",)


def test_quoted_unknown_name_after_trigger(gaz: FakeGazetteer) -> None:
    ms = find_mentions('سيطر الجيش على بلدة "الزعفرانة" بالكامل', gaz)
    assert [(m.surface, m.candidates, m.kind_hint) for m in ms] == [("الزعفرانة", (), "town")]
    ms = find_mentions("سيطر الجيش على بلدة «السخنة» بالكامل", gaz)
    assert ms[0].surface == "السخنة" and ms[0].candidates == ("town:sukhnah",)
    assert ms[0].trigger == "بلده"


def test_list_after_plural_trigger(gaz: FakeGazetteer) -> None:
    text = "استعادت القوات قرى العكيرشي والمحمودلي وتل البيعة، ثم تقدمت"
    ms = find_mentions(text, gaz)
    assert [m.surface for m in ms] == ["العكيرشي", "والمحمودلي", "وتل البيعة"]
    assert all(m.candidates == () and m.kind_hint == "village" for m in ms)


def test_list_mixing_known_and_unknown(gaz: FakeGazetteer) -> None:
    ms = find_mentions("وصلت التعزيزات إلى بلدات السخنة والكوم وأرك", gaz)
    assert [m.surface for m in ms] == ["السخنة", "والكوم", "وأرك"]
    assert ms[0].candidates == ("town:sukhnah",) and ms[1].candidates == ()


def test_singular_trigger_takes_one_name(gaz: FakeGazetteer) -> None:
    ms = find_mentions("سيطروا على قرية الطيبة والجيش يتقدم", gaz)
    assert [m.surface for m in ms] == ["الطيبة"]


def test_compound_and_suffixed_unknown_names(gaz: FakeGazetteer) -> None:
    assert surfaces("هاجموا قرية عين الزرقا فجرا", gaz) == ["عين الزرقا"]
    assert surfaces("دخلوا بلدة مراط الفوقا بعد معارك", gaz) == ["مراط الفوقا"]
    ms = find_mentions("ثم سيطروا على تلة الحمام الاستراتيجية", gaz)
    assert [m.surface for m in ms] == ["تلة الحمام"] and ms[0].kind_hint == "hill"


def test_trigger_followed_by_common_words_gives_nothing(gaz: FakeGazetteer) -> None:
    for text in ("شملت منطقة واسعة من الريف", "اتفاق منطقة خفض التصعيد", "مناطق صحراوية قاحلة",
                 "حي سكني مدمر", "على أطراف مدينة كبيرة", "في المنطقة الواقعة شرقا"):
        assert surfaces(text, gaz) == [], text


def test_definite_name_after_weak_trigger(gaz: FakeGazetteer) -> None:
    ms = find_mentions("اشتباكات في منطقة البساتين جنوب المدينة", gaz)
    assert [m.surface for m in ms] == ["البساتين"] and ms[0].candidates == ()


def test_military_units_with_numbers_and_ordinals(gaz: FakeGazetteer) -> None:
    ms = find_mentions("تقدمت القوات نحو الفوج 46 واللواء 93 وللكتيبة الثالثة", gaz)
    assert [m.surface for m in ms] == ["الفوج 46", "واللواء 93", "وللكتيبة الثالثة"]
    assert all(m.kind_hint == "military_base" for m in ms)
    assert surfaces("وقال اللواء فلان إن", gaz) == []


def test_generic_facility_phrase(gaz: FakeGazetteer) -> None:
    ms = find_mentions("سيطروا على حي قرب القاعدة الجوية في المدينة", gaz)
    assert [(m.surface, m.kind_hint) for m in ms] == [("القاعدة الجوية", "airbase")]


def test_a_name_learned_from_a_trigger_is_found_again(gaz: FakeGazetteer) -> None:
    text = "سيطر الجيش على حي الصناعة. وبعد ساعات خسر الصناعة. ثم استعاد حي الحويقة وتقدم في الحويقة"
    assert surfaces(text, gaz) == ["الصناعة", "الحويقة", "الحويقة"]  # «الصناعة» is a common word


def test_river_with_preposition(gaz: FakeGazetteer) -> None:
    assert surfaces("على الضفة الشرقية لنهر الفرات", gaz) == ["لنهر الفرات"]


def test_index_is_built_once_per_gazetteer(gaz: FakeGazetteer) -> None:
    assert name_index(gaz) is name_index(gaz)


def test_empty_and_latin_text(gaz: FakeGazetteer) -> None:
    assert find_mentions("", gaz) == []
    assert find_mentions("Homs and Raqqa", gaz) == []


_FRAGMENTS = ["في", "بدير الزور", "والرقة", "قرية", "الخير", "«", "»", '"', "،", ".", "\n", "#",
              "حمص", "قرى", "تل أحمر", "وتل", "\u064e", "\u200f", "الفوج", "137", "للاذقية", "سوريا",
              "abc", "  ", "ـ", "منطقة", "البوكمال", "معبر", "باب الهوى", "قوات سوريا الديمقراطية"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=25), st.booleans())
def test_spans_always_index_the_original_text(parts: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(parts)
    index = name_index(_GAZ)
    ms = find_mentions_with_index(text, index)
    previous_end = 0
    for m in ms:
        assert text[m.start:m.end] == m.surface
        assert m.start >= previous_end  # sorted, no overlaps
        previous_end = m.end
        assert m.surface.strip() == m.surface


_GAZ = FakeGazetteer()


def test_build_name_index_skips_junk_names() -> None:
    places = {"x": Place(id="x", name="X", name_ar="", kind="village", lat=0, lon=0)}
    index = build_name_index([("", "x"), ("a", "x"), ("ب", "x"), ("Homs", "x")], places)
    assert not [k for k, e in index.entries.items() if e.place_ids]


def test_function_words_that_are_also_place_names() -> None:
    rows = [("x:suf", "سوف", "town", 32.3, 35.8, "JO", 20_000, ""),
            ("x:tyre", "صور", "city", 33.27, 35.2, "LB", 120_000, "")]
    gaz = FakeGazetteer(rows)
    assert surfaces("الجولة القادمة سوف تناقش صور الأقمار الصناعية", gaz) == []
    assert surfaces("قصفت الطائرات مدينة صور", gaz) == ["صور"]


# ------------------------------------------------------------------ fast paths equal the plain scans
from gazetteer import matcher as _matcher  # noqa: E402


def _find_chain(s: str, name: str) -> list[int]:
    found, pos = [], s.find(name)
    while pos >= 0:
        found.append(pos)
        pos = s.find(name, pos + len(name))
    return found


@settings(max_examples=120, deadline=None)
@given(st.text(alphabet="وبلا ", max_size=60), st.lists(st.text(alphabet="وبلا", min_size=1, max_size=4),
                                                        min_size=1, max_size=40, unique=True))
def test_many_names_are_located_as_by_repeated_find(s: str, names: list[str]) -> None:
    """One Aho-Corasick pass (many unknown names) gives the offsets of the ``str.find`` chain,
    overlapping self-similar names («ووو») included."""
    occurrences = _matcher._occurrences(s, names)
    for name in names:
        assert occurrences(name) == _find_chain(s, name)


def test_repeated_unknown_names_in_a_long_article(gaz: FakeGazetteer) -> None:
    """More unknown names than the single-scan threshold: every repeat is still found."""
    names = [f"قرية {a}{b}رون" for a in "بتثجحخ" for b in "دذرزس"]  # 30 made-up villages
    text = "، ".join(names) + ". " + " ".join(f"وفي {n.split()[1]} اشتباكات." for n in names)
    mentions = find_mentions(text, gaz)
    for n in names:
        stem = n.split()[1]
        assert sum(m.key == stem for m in mentions) == 2, stem
