"""Control claims around a place just taken: the losers' withdrawal from it, and an entry that took it.

- A withdrawal that names no place of its own (only a destination, «من مواقعهم», or nothing) left the
  place of the capture or entry told right before it, in its sentence or the previous one.
- An entry is a capture when its clause raises the flag or holds the whole place, or when its
  sentence tells the defenders' withdrawal right after a time word («بعد خروج آخر المسلحين منها»).
- Pronoun objects of withdrawals and captures: a subject begun inside the trigger, «آخر» before the
  fighters, the dual on a verb with its verbal noun, a town named «بلدة X» of another gazetteer kind.

Sentences written for these tests (not taken from any corpus); places come from a small table, so
only geo.claims is exercised. Each class has positive cases and near misses.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims, table_places_of, table_summary

DAY = dt.date(2017, 10, 18)  # Wednesday

PLACES = {
    "الحويقة": ("t-huw", "Al-Huwayqa", "town"),
    "المريعية": ("t-mur", "Al-Muriyah", "town"),
    "الصالحية": ("t-sal", "As-Salihiyah", "town"),
    "حطلة": ("t-hat", "Hatla", "village"),
    "معبر الجسر": ("t-cross", "Al-Jisr crossing", "crossing"),
    "حقل الورد": ("t-ward", "Al-Ward oil field", "oil_field"),
    "الباغوز": ("t-bagh", "Al-Baghuz", "subdistrict"),
    "الشعيطات": ("t-shu", "Ash-Shuaytat", "district"),
    "إدلب": ("t-idlib", "Idlib", "city"),
}

claims_of = partial(table_claims, places=PLACES, day=DAY)
summary = partial(table_summary, places=PLACES, day=DAY)

withdrawals = partial(table_places_of, action="withdrew", places=PLACES, day=DAY)


# --------------------------------------------------------------------------- the place just taken
@pytest.mark.parametrize("text, place", [
    # a destination is never the place left: the capture's place is
    ("سيطرت قوات الجيش صباح اليوم على بلدة الحويقة، فيما انسحب من تبقى من مسلحي التنظيم باتجاه بلدة المريعية.",
     "t-huw"),
    # held positions name no place of their own
    ("استعادت القوات الحكومية مدينة الصالحية بعد انسحاب المسلحين من مواقعهم دون قتال.", "t-sal"),
    # the capture in the previous sentence; a capture with no named place between does not count
    ("أعلنت القوات تحرير حقل الورد من التنظيم. وقالت إن عناصرها أحكموا سيطرتهم على الحقل قبل فرار المسلحين"
     " نحو بلدة المريعية.", "t-ward"),
    ("دخلت وحدات الجيش قرية حطلة، وفر العشرات من عناصر التنظيم باتجاه الصحراء.", "t-hat"),
    # a relative clause on the destination, not on the fighters
    ("سيطر الجيش على بلدة الحويقة، فيما انسحب المسلحون باتجاه بلدة المريعية التي تبعد عشرة كيلومترات.", "t-huw"),
])
def test_withdrawal_leaves_the_place_just_taken(text: str, place: str) -> None:
    assert withdrawals(text) == [place]


def test_the_loser_withdrew_not_the_captor() -> None:
    claims = claims_of("سيطرت قوات الجيش على بلدة الحويقة، فيما انسحب من تبقى من مسلحي داعش باتجاه الصحراء.")
    assert {(c.action, c.actor) for c in claims} == {("captured", "Syrian Army"), ("withdrew", "ISIS")}


@pytest.mark.parametrize("text", [
    # no capture near
    "انسحب مسلحو التنظيم باتجاه بلدة المريعية بعد اشتباكات عنيفة.",
    # the last event before the withdrawal is no capture (a strike on another place)
    "سيطرت قوات الجيش على بلدة الحويقة. وشنت الطائرات غارات على بلدة الصالحية، بينما فر المسلحون باتجاه الصحراء.",
    # the withdrawal names a place of its own that is unknown («من بلدة …»), or a pronoun
    "سيطرت قوات الجيش على بلدة الحويقة بعد انسحاب المسلحين من بلدة الكوم المجاورة.",
    # a withdrawal told inside a relative clause about something else (background)
    "سيطر الجيش على بلدة الحويقة، وتعمل فرق الهندسة على إزالة الألغام التي زرعها المسلحون قبل فرارهم.",
    # a bare verbal noun, not told as an event beside the capture
    "سيطر الجيش على بلدة الحويقة، ولا يمكن للمسلحين الفرار إلا بعبور النهر.",
    # an idiom, not a withdrawal («كر وفر»)
    "سيطر الجيش على بلدة الحويقة بعد أسبوعين من معارك كر وفر مع التنظيم.",
    # a negated capture leaves nothing
    "لم تسيطر القوات على بلدة الحويقة، فيما انسحب المسلحون باتجاه الصحراء.",
])
def test_no_withdrawal_without_a_capture_right_before(text: str) -> None:
    assert [p for p in withdrawals(text) if p in ("t-huw", "t-sal", "t-mur")] == []


# --------------------------------------------------------------------------- an entry that took a place
@pytest.mark.parametrize("text, place", [
    ("دخلت وحدات الجيش اليوم بلدة الحويقة بعد خروج آخر دفعة من المسلحين باتجاه إدلب.", "t-huw"),
    ("وكانت القوات قد دخلت أمس بلدة الصالحية ورفعت العلم فوقها، بعد معارك في أسواقها.", "t-sal"),
    ("دخلت القوات بلدة المريعية بالكامل صباح اليوم.", "t-mur"),
])
def test_entry_that_took_the_place_is_a_capture(text: str, place: str) -> None:
    assert ("captured", place) in summary(text)
    assert ("entered", place) not in summary(text)


@pytest.mark.parametrize("text, place", [
    # forces entering and fighting on
    ("دخلت وحدات الجيش بلدة الحويقة واشتبكت مع المسلحين في شوارعها.", "t-huw"),
    # a convoy entering an area; entering a district after its defenders left is moving into it
    ("دخلت قافلة عسكرية بلدة الصالحية صباح اليوم.", "t-sal"),
    ("دخل الجيش صباح اليوم قضاء الشعيطات بعد انسحاب المسلحين منه.", "t-shu"),
    # a capture between the entry and the withdrawal explains the withdrawal
    ("دخلت القوات مركز بلدة المريعية، وسيطرت على معبر الجسر، بعد انسحاب المسلحين من مواقعهم.", "t-mur"),
])
def test_entry_that_only_moved_in_stays_an_entry(text: str, place: str) -> None:
    assert ("captured", place) not in summary(text)


def test_aid_entering_after_the_fighters_left_is_no_claim() -> None:
    text = "دخلت قافلة مساعدات إنسانية بلدة الحويقة بعد خروج المسلحين منها."
    assert [c for c in summary(text) if c[0] in ("captured", "entered") and c[1] == "t-huw"] == []


# --------------------------------------------------------------------------- pronoun objects
@pytest.mark.parametrize("text, expected", [
    # the fighters' subject begun inside the evacuation trigger, and a town of another kind
    ("دخلت قوات الجيش بلدة الباغوز بعد خروج آخر مقاتلي المعارضة منها.", ("withdrew", "t-bagh")),
    # «آخر» before the fighters of a named side; a masculine pronoun on a crossing
    ("سيطرت الهيئة على معبر الجسر بعد انسحاب آخر مقاتلي حركة أحرار الشام منه.", ("withdrew", "t-cross")),
])
def test_pronoun_objects_of_withdrawals(text: str, expected: tuple) -> None:
    assert expected in summary(text)


def test_entry_into_a_town_of_another_kind_after_the_fighters_left() -> None:
    text = "دخلت قوات الجيش بلدة الباغوز بعد خروج آخر مقاتلي المعارضة منها."
    assert summary(text) == [("captured", "t-bagh"), ("withdrew", "t-bagh")]


def test_dual_pronoun_after_a_verb_with_its_verbal_noun() -> None:
    text = "دخلت القوات بلدتي الحويقة والصالحية وبسطت سيطرتها الكاملة عليهما."
    assert {("captured", "t-huw"), ("captured", "t-sal")} <= set(summary(text))


def test_withdrawal_actor_after_a_remnant() -> None:
    claims = claims_of("استعادت القوات العراقية مدينة الصالحية، فيما انسحب من تبقى من عناصر داعش نحو الصحراء.")
    assert [(c.action, c.actor) for c in claims if c.action == "withdrew"] == [("withdrew", "ISIS")]


# --------------------------------------------------------------------------- a sentence that opens with its place
def test_withdrawal_in_a_sentence_that_opens_with_its_place() -> None:
    assert withdrawals("وفي الصالحية، انسحب المسلحون من مقراتهم صباح اليوم.") == ["t-sal"]


@pytest.mark.parametrize("text", [
    "وفي الصالحية، انسحب وفد المعارضة من الاجتماع احتجاجا.",  # a delegation walking out
    "وفي سياق متصل، انسحب المسلحون من مواقعهم.",  # no place opens the sentence
    "وفي الصالحية، قال مسؤول إن المسلحين انسحبوا من بلدة الكوم.",  # a place of its own, unknown
])
def test_no_withdrawal_from_an_opening_that_is_no_place_of_it(text: str) -> None:
    assert "t-sal" not in withdrawals(text)
