"""Fire, expulsion and actor cues: strikes on a governorate named as an area («في محافظة X»,
«ريف X»), a «similar» bombardment that repeats the strike told before it, battles that only tell
how a capture was won, the launch site of fire («قذائف أطلقها التنظيم من X»), «طرد آخر مقاتلي …»
(a capture) and the passive «طُرد من» (a withdrawal), the attacker of an attack answered by a
strike, the attackers' origin after «قدموا من», «فصائل من X» and «هذه القوات» not resolved to
«التنظيم». Sentences written for these tests; near misses must keep the claim they stand beside
and not give the one they test."""

from __future__ import annotations

import datetime as dt

from fixtures_claims import pipeline_claims


def _claims(gazetteer, text: str) -> list[tuple[str, str, str]]:
    return pipeline_claims(gazetteer, text, dt.date(2017, 5, 3))


def _of(claims: list[tuple[str, str, str]], action: str) -> dict[str, str]:
    """place -> actor of the claims of ``action``."""
    return {place: actor for actor, act, place in claims if act == action}


# --- strikes on a governorate named as an area

def test_strike_on_sites_in_a_named_governorate(gazetteer):
    claims = _claims(gazetteer, "شنت مقاتلات إسرائيلية غارات على منشآت عسكرية في محافظة اللاذقية.")
    assert _of(claims, "airstrike") == {"Latakia": "Israel"}


def test_strike_on_the_countryside_of_a_governorate(gazetteer):
    claims = _claims(gazetteer, "شن الطيران الروسي غارات مكثفة على مواقع في ريف إدلب.")
    assert _of(claims, "airstrike") == {"Idlib": "Russia"}


def test_capture_of_a_governorate_stays_no_claim(gazetteer):
    claims = _claims(gazetteer, "سيطرت قوات النظام على قرية أبو دالي في محافظة إدلب.")
    assert "Idlib" not in _of(claims, "captured")
    assert _of(claims, "captured")  # the village is still taken


# --- a «similar» bombardment repeats the strike before it

def test_similar_bombardment_after_russian_strikes_is_an_airstrike(gazetteer):
    claims = _claims(gazetteer, "قتل مدنيون جراء غارات للطيران الروسي استهدفت بلدة القورية، "
                                "فيما طال قصف مماثل أطراف مدينة العشارة.")
    assert _of(claims, "airstrike") == {"Al-Quriyah": "Russia", "Al ‘Ashārah": "Russia"}


def test_similar_bombardment_after_artillery_stays_shelling(gazetteer):
    claims = _claims(gazetteer, "قصفت المدفعية التركية بلدة القورية، فيما طال قصف مماثل أطراف مدينة العشارة.")
    assert "Al ‘Ashārah" in _of(claims, "shelled")
    assert not _of(claims, "airstrike")


def test_bombardment_in_another_story_is_not_the_strike_before(gazetteer):
    claims = _claims(gazetteer, "شنت الطائرات الروسية غارات على بلدة القورية. "
                                "وفي سياق آخر، قصفت قوات النظام بالمدفعية مدينة العشارة.")
    assert _of(claims, "airstrike") == {"Al-Quriyah": "Russia"}
    assert "Al ‘Ashārah" in _of(claims, "shelled")


# --- battles that tell how a capture was won

def test_battles_after_a_capture_of_the_same_town_are_no_attack(gazetteer):
    claims = _claims(gazetteer, "أعلن الجيش استعادة السيطرة على مدينة الميادين بعد معارك عنيفة "
                                "مع تنظيم داعش استمرت أسبوعاً داخل أحياء المدينة.")
    assert "Al Mayādīn" in _of(claims, "captured")
    assert not _of(claims, "attacked")


def test_battles_in_another_place_after_a_capture_stay(gazetteer):
    claims = _claims(gazetteer, "سيطر الجيش على مدينة الميادين بعد معارك عنيفة في بلدة القورية.")
    assert "Al Mayādīn" in _of(claims, "captured")
    assert "Al-Quriyah" in _of(claims, "attacked")


def test_battles_told_as_their_own_clause_stay(gazetteer):
    claims = _claims(gazetteer, "سيطر الجيش على مدينة الميادين، واندلعت معارك عنيفة داخل أحياء المدينة.")
    assert "Al Mayādīn" in _of(claims, "captured") and "Al Mayādīn" in _of(claims, "attacked")


# --- the launch site of fire is not its target

def test_launch_site_after_the_firer_is_no_target(gazetteer):
    claims = _claims(gazetteer, "تعرض حي جوبر لقذائف هاون أطلقها المسلحون من مدينة دوما.")
    assert set(_of(claims, "shelled")) == {"Jobar"}


def test_launch_site_before_the_target_is_no_target(gazetteer):
    claims = _claims(gazetteer, "سقطت قذائف أطلقها المسلحون من بلدة حرستا على أحياء دمشق.")
    assert "Ḩarastā" not in _of(claims, "shelled")
    assert "Damascus" in _of(claims, "shelled")


def test_passive_launch_site_is_no_target(gazetteer):
    claims = _claims(gazetteer, "قصف الجيش بلدة حرستا بقذائف أطلقت من مدينة دوما.")
    assert set(_of(claims, "shelled")) == {"Ḩarastā"}


def test_shelling_of_positions_in_a_town_stays(gazetteer):
    claims = _claims(gazetteer, "قصف الجيش بالمدفعية مواقع المسلحين في بلدة حرستا.")
    assert set(_of(claims, "shelled")) == {"Ḩarastā"}


# --- «طرد»: the last fighters driven out, and the passive

def test_expelling_the_last_fighters_is_a_capture(gazetteer):
    claims = _claims(gazetteer, "أعلنت قوات النظام أنها طردت الثلاثاء آخر مقاتلي التنظيم من جيب حوض اليرموك.")
    assert "Yarmouk Basin" in _of(claims, "captured")
    assert not _of(claims, "repelled")


def test_expelling_infiltrators_stays_repelled(gazetteer):
    claims = _claims(gazetteer, "طردت وحدات الجيش المسلحين من أحياء مدينة تدمر التي تسللوا إليها.")
    assert "Tadmur" in _of(claims, "repelled")
    assert not _of(claims, "captured")


def test_passive_expulsion_is_the_subjects_withdrawal(gazetteer):
    claims = _claims(gazetteer, "وأعلن المتحدث أن تنظيم داعش طرد من مدينة جرابلس.")
    assert _of(claims, "withdrew") == {"Jarābulus": "ISIS"}
    assert not _of(claims, "repelled")


def test_active_expulsion_with_its_subject_after_the_verb_is_no_withdrawal(gazetteer):
    claims = _claims(gazetteer, "طرد الجيش من بلدة مورك مسلحي التنظيم.")
    assert not _of(claims, "withdrew")
    # the army's expelling stays a claim on the town (a capture since the past «طرد» from a settlement
    # is one, tests/test_control_claims_years.py)
    assert set(_of(claims, "captured")) | set(_of(claims, "repelled")) == {"Mūrak"}


# --- the attacker of an attack that a strike answers

def test_attack_answered_by_strikes_is_by_the_side_struck(gazetteer):
    claims = _claims(gazetteer, "شنت الولايات المتحدة فجر السبت ضربات على أهداف للنظام السوري "
                                "ردا على هجوم كيميائي مفترض في مدينة دوما.")
    assert _of(claims, "attacked").get("Dūmā") == "Syrian Army"


def test_answered_attack_with_its_named_agent_keeps_it(gazetteer):
    claims = _claims(gazetteer, "شنت الطائرات الإسرائيلية غارات على مواقع لحزب الله في القنيطرة "
                                "رداً على هجوم شنه تنظيم داعش في الجولان.")
    assert _of(claims, "attacked").get("Golan Heights") == "ISIS"


# --- where the attackers came from

def test_places_the_attackers_came_from_are_not_attacked(gazetteer):
    claims = _claims(gazetteer, "انسحب الجيش من مدينة تدمر إثر هجوم واسع شنه آلاف المسلحين من داعش "
                                "قدموا من الرقة ودير الزور.")
    attacked = _of(claims, "attacked")
    assert "Ar Raqqah" not in attacked and "Deir ez-Zor" not in attacked
    assert "Tadmur" in _of(claims, "withdrew")


def test_attack_by_fighters_who_came_from_a_town_keeps_its_target(gazetteer):
    claims = _claims(gazetteer, "شن مسلحون جاؤوا من إدلب هجوما على بلدة مورك.")
    assert set(_of(claims, "attacked")) == {"Mūrak"}


# --- actors: «فصائل من X», «هذه القوات»

def test_factions_of_a_named_side_take_the_town(gazetteer):
    claims = _claims(gazetteer, "سيطرت فصائل من الجيش السوري الحر على مدينة جرابلس.")
    assert _of(claims, "captured") == {"Jarābulus": "Opposition factions"}


def test_these_forces_are_not_the_organisation_named_last(gazetteer):
    claims = _claims(gazetteer, "سيطرت قوات سوريا الديمقراطية على مدينة منبج. وتقع منبج على خط امداد كان "
                                "التنظيم يستخدمه لنقل المقاتلين إلى الرقة. وكانت هذه القوات تمكنت في حزيران "
                                "من تطويق منبج بالكامل.")
    assert _of(claims, "encircled") == {"Manbij": "SDF"}


def test_these_forces_after_a_named_army_are_that_army(gazetteer):
    claims = _claims(gazetteer, "تقدم الجيش التركي نحو مدينة الباب. وتمكنت هذه القوات من تطويق مدينة الباب.")
    assert _of(claims, "encircled") == {"Al Bāb": "Turkey"}
