"""Review 9, findings 3–6 and 10: the expelling verb «طرد» and the anaphor «هذه القوات».

A verb-first passive («بعد أن طُرد مسلحو التنظيم من X») is that side's withdrawal; an active verb whose
object follows the place («طرد من تدمر فلول التنظيم») is no passive; «آخر» makes a capture only when it
opens the object and heads an armed side; an ordinary attack word keeps the expulsion a repelling; and
«هذه القوات» may be ISIS's when its forces were just named. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import pipeline_claims


def _claims(gazetteer, text: str) -> list[tuple[str, str, str]]:
    return pipeline_claims(gazetteer, text, dt.date(2017, 9, 10))


def _actions(gazetteer, text: str) -> set[str]:
    return {act for _, act, _ in _claims(gazetteer, text)}


# --- 3. verb-first passive

@pytest.mark.parametrize("text", [
    "وبعد أن طرد مسلحو التنظيم من بلدة القريتين، عاد السكان إليها.",
    "عاد آلاف الأهالي إلى مدينة منبج بعد أن طرد تنظيم داعش من المدينة العام الماضي.",
    "طرد تنظيم داعش من مدينة الرقة بعد معارك استمرت أربعة أشهر.",
])
def test_verb_first_passive_is_a_withdrawal(gazetteer, text: str) -> None:
    actions = _actions(gazetteer, text)
    assert "withdrew" in actions and "captured" not in actions


def test_verb_first_passive_names_the_side_that_left(gazetteer) -> None:
    claims = _claims(gazetteer, "وبعد أن طرد مسلحو التنظيم من بلدة القريتين، عاد السكان إليها.")
    assert ("ISIS", "withdrew") in {(actor, act) for actor, act, _ in claims}


def test_verb_first_active_with_two_sides_stays_a_capture(gazetteer) -> None:
    claims = _claims(gazetteer, "طرد الجيش مسلحي التنظيم من بلدة القريتين.")
    assert {act for _, act, _ in claims} == {"captured"}


# --- 4. an object after the place: no passive

@pytest.mark.parametrize("text", [
    "قال المتحدث إن قوات سوريا الديمقراطية طردت من الطبقة آخر عناصر داعش.",
    "أعلن الجيش أنه طرد من تدمر فلول التنظيم.",
    "اتهم ناشطون تنظيم داعش بأنه طرد من مدينة الميادين مئات العائلات.",
    "أعلن الجيش اللبناني أن المسلحين طردوا من جرود عرسال.",
])
def test_object_after_the_place_is_no_passive(gazetteer, text: str) -> None:
    assert "withdrew" not in _actions(gazetteer, text)


def test_subject_first_passive_still_withdraws(gazetteer) -> None:
    claims = _claims(gazetteer, "وأكد المرصد أن التنظيم طرد من مدينة الرقة بعد معارك عنيفة.")
    assert ("ISIS", "withdrew") in {(actor, act) for actor, act, _ in claims}


# --- 5. «آخر» heads an armed object

@pytest.mark.parametrize("text", [
    "وطرد التنظيم آخر العائلات المسيحية من مدينة الرقة.",
    "طردت هيئة تحرير الشام آخر صحفي أجنبي من مدينة إدلب.",
    "طرد المجلس المحلي موظفا آخر من بلدة سراقب بتهمة الفساد.",
    "طردت السلطات اللبنانية عشرات اللاجئين السوريين مرة أخرى في آخر حملة لها من بلدة عرسال.",
])
def test_last_civilians_expelled_is_no_capture(gazetteer, text: str) -> None:
    assert "captured" not in _actions(gazetteer, text)


def test_last_fighters_expelled_is_a_capture(gazetteer) -> None:
    assert "captured" in _actions(gazetteer, "طردت القوات الثلاثاء آخر مقاتلي التنظيم من بلدة القريتين.")


# --- 6. an ordinary attack driven back

@pytest.mark.parametrize("text", [
    "شن تنظيم داعش هجوما على بلدة القريتين، وطردت القوات المسلحين من البلدة بعد ساعات.",
    "طرد الجيش مسلحي جبهة النصرة من بلدة محردة بعد أن اقتحموا أطرافها.",
])
def test_attack_driven_back_is_no_capture(gazetteer, text: str) -> None:
    assert "captured" not in _actions(gazetteer, text)


# --- 10. «هذه القوات» after ISIS's forces are named

def test_these_forces_after_isis_forces_are_isis(gazetteer) -> None:
    claims = _claims(gazetteer, "سيطر الجيش على بلدة عقيربات، بينما دفع تنظيم داعش بقوات كبيرة إلى السخنة. "
                                "وشنت هذه القوات هجوما على حقل الشاعر.")
    assert {actor for actor, act, _ in claims if act == "attacked"} == {"ISIS"}


def test_these_forces_without_isis_forces_skip_isis(gazetteer) -> None:
    claims = _claims(gazetteer, "تقدم الجيش نحو السخنة بعد أن انسحب منها تنظيم داعش. "
                                "وشنت هذه القوات هجوما على حقل الشاعر.")
    assert "ISIS" not in {actor for actor, act, _ in claims if act == "attacked"}


def test_expelled_side_read_as_subject_withdraws_not_captures(gazetteer) -> None:
    claims = _claims(gazetteer, "طردت القوات التنظيم من بلدة القريتين إثر معارك عنيفة.")
    assert ("ISIS", "captured") not in {(actor, act) for actor, act, _ in claims}


def test_named_captor_still_captures(gazetteer) -> None:
    claims = _claims(gazetteer, "طردت قوات سوريا الديمقراطية تنظيم داعش من بلدة هجين.")
    assert ("SDF", "captured") in {(actor, act) for actor, act, _ in claims}


def test_quoted_subject_passive_still_withdraws(gazetteer) -> None:
    claims = _claims(gazetteer, 'وأعلن رئيس الوزراء التركي أن تنظيم "داعش" طرد من مدينة جرابلس.')
    assert ("ISIS", "withdrew") in {(actor, act) for actor, act, _ in claims}
