"""Review 7, findings 1 and 7: «بقيادة/تقوده/تقودها» make the actor after them a supporter only
right after another actor's name (the coalition's leader is part of its name), and a siege
participle finds its besieger after «من قبل/من جانب/من طرف», while a plain «من» that names no
actor («من بين الأكثر تضررا») leaves a bare epithet. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import pipeline_claims


def _claims(gazetteer, text: str) -> list[tuple[str, str, str]]:
    return pipeline_claims(gazetteer, text, dt.date(2017, 9, 10))


def _actors(claims: list[tuple[str, str, str]], action: str) -> set[str]:
    return {actor for actor, act, _ in claims if act == action}


@pytest.mark.parametrize(("text", "action", "actor"), [
    ("سيطرت غرفة عمليات بقيادة هيئة تحرير الشام على بلدة أبو الظهور.", "captured", "HTS"),
    ("سيطر مقاتلون بقيادة تنظيم داعش على مدينة القريتين.", "captured", "ISIS"),
    ("شن مسلحون بقيادة جبهة النصرة هجوما على بلدة محردة.", "attacked", "HTS"),
])
def test_leader_after_a_common_noun_is_the_doer(gazetteer, text, action, actor):
    assert _actors(_claims(gazetteer, text), action) == {actor}


@pytest.mark.parametrize("text", [
    "شن طيران التحالف بقيادة واشنطن غارات على بلدة الشحيل.",
    "شنت طائرات التحالف الدولي بقيادة الولايات المتحدة الأمريكية غارات على مدينة البوكمال.",
])
def test_leader_right_after_the_coalition_only_supports_it(gazetteer, text):
    assert _actors(_claims(gazetteer, text), "airstrike") == {"US-led coalition"}


def test_leader_of_a_named_force_only_supports_it(gazetteer):
    claims = _claims(gazetteer, "سيطرت قوات سوريا الديمقراطية بقيادة وحدات حماية الشعب الكردية على قرية الكرامة.")
    assert _actors(claims, "captured") == {"SDF"}


@pytest.mark.parametrize(("text", "actor"), [
    ("دخلت قافلة مساعدات إلى مضايا المحاصرة من قبل قوات النظام وحزب الله منذ عامين.", "Syrian Army + Hezbollah"),
    ("وصلت المساعدات إلى مدينة دير الزور المحاصرة من طرف تنظيم داعش.", "ISIS"),
])
def test_agent_phrase_names_the_besieger(gazetteer, text, actor):
    assert _actors(_claims(gazetteer, text), "besieged") == {actor}


@pytest.mark.parametrize("text", [
    "قال مسؤول أممي إن سكان دوما المحاصرة من بين الأكثر تضررا.",
    "قال مسؤول أممي إن سكان دوما المحاصرة من أكثر المناطق تضررا.",
])
def test_plain_min_naming_no_actor_is_a_bare_epithet(gazetteer, text):
    assert not _actors(_claims(gazetteer, text), "besieged")
