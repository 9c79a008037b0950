"""Control-claim cues of the years round, each beside near misses that must not give the claim:

- an entry whose entrant then starts work in the place is a capture also when the place's location is
  named between them («دخلت القوات مدينة X في ريف Y الغربي وبدأت بتمشيط أحيائها»);
- the day may stand between an evacuation verb and its batch of fighters («خرجت اليوم الجمعة الدفعة
  الأولى من مسلحي X»: a withdrawal from X);
- the past verb «طرد» driving an armed side out of a settlement or an area is a capture (as its
  verbal noun «بعد طرد» is), not when the sentence tells a counter-attack or an infiltration driven
  back, nor out of a site; with «من» right after it, it is the passive: the side before it withdrew;
- a loss verb whose object is a glued pronoun («القرى التي خسرتها في ريف X») lost its antecedent, not
  the place after it;
- a way station or corridor («محطة رئيسية لعبور المقاتلين نحو X») is a role, no advance;
- redeploying outside a place («أعادت القوات انتشارها خارج مدينة X») is a withdrawal from it;
- a road the advance moves on («تتابع تقدمها على الطريق الواصل إلى مدينة X باتجاه Y») names no place
  of the advance; an advance towards a pronoun («بالتقدم نحوها من جهة X») takes no axis;
- a threat («بعد تهديد النظام باقتحام المنطقة») is no event;
- a movement verb glued to «و» shares the civilian subject of the first verb of its clause («تمكنت
  مئات العائلات من الخروج … ووصلت إلى حي X»).

Sentences written for these tests; places come from a small table, so only geo.claims is exercised.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_actions_on, table_actors_on

DAY = dt.date(2017, 9, 10)

PLACES = {
    "داريا": ("y-dar", "Darayya", "town"),
    "ريف دمشق الغربي": ("y-rdw", "Western Damascus countryside", "sector"),
    "القلمون الشرقي": ("y-qal", "Eastern Qalamoun", "region"),
    "الرحيبة": ("y-ruh", "al-Ruhaybah", "town"),
    "هجين": ("y-haj", "Hajin", "town"),
    "حوض اليرموك": ("y-yar", "Yarmouk Basin", "region"),
    "الملعب البلدي": ("y-stad", "Municipal stadium", "landmark"),
    "الميادين": ("y-may", "al-Mayadin", "city"),
    "جرابلس": ("y-jar", "Jarabulus", "city"),
    "ريف حماة الشرقي": ("y-rhe", "Eastern Hama countryside", "sector"),
    "مورك": ("y-mor", "Morek", "town"),
    "الرقة": ("y-raq", "Raqqa", "city"),
    "تدمر": ("y-tad", "Palmyra", "city"),
    "البوكمال": ("y-buk", "Abu Kamal", "city"),
    "القورية": ("y-qur", "al-Quriyah", "town"),
    "البادية": ("y-bad", "Badia", "region"),
    "جيرود": ("y-jay", "Jayrud", "town"),
    "الشيخ مقصود": ("y-shm", "Sheikh Maqsoud", "neighbourhood"),
    "سنجار": ("y-sin", "Sinjar", "town"),
}

actions_on = partial(table_actions_on, places=PLACES, day=DAY)
actors_on = partial(table_actors_on, places=PLACES, day=DAY)


# -- 1. work started after the entered place and its location: a capture ---------------------------

@pytest.mark.parametrize("text, place", [
    ("دخلت وحدات من الجيش السوري اليوم مدينة داريا في ريف دمشق الغربي وبدأت بتمشيط أحيائها.", "y-dar"),
    ("دخلت وحدات الجيش بلدة الرحيبة بالقلمون الشرقي وباشرت بتمشيطها.", "y-ruh"),
])
def test_work_after_the_location_of_the_entered_place_is_a_capture(text: str, place: str) -> None:
    assert actions_on(text, place) == {"captured"}


@pytest.mark.parametrize("text, place", [
    ("دخلت وحدات الجيش بلدة الرحيبة بالقلمون الشرقي واشتبكت مع المسلحين.", "y-ruh"),  # fighting on
    ("دخلت وحدات الجيش مدينة داريا في ريف دمشق الغربي، ثم بدأت المفاوضات.", "y-dar"),  # other clause
])
def test_entry_with_no_work_after_its_location_stays_an_entry(text: str, place: str) -> None:
    assert actions_on(text, place) == {"entered"}


# -- 2. the day inside an evacuation phrase -----------------------------------------------------------

def test_day_between_evacuation_verb_and_batch() -> None:
    text = "خرجت اليوم الجمعة الدفعة الأولى من مسلحي داريا وعائلاتهم على متن ثماني حافلات."
    assert actions_on(text, "y-dar") == {"withdrew"}


def test_day_after_a_verb_that_is_no_evacuation_gives_nothing() -> None:
    assert actions_on("خرجت اليوم الجمعة مظاهرة في داريا.", "y-dar") == set()


# -- 3. the verb «طرد» ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place, actor", [
    ("طردت قوات سوريا الديمقراطية، وهي تحالف فصائل كردية وعربية، تنظيم داعش من بلدة هجين.", "y-haj", "SDF"),
    ("بعدما طردت قوات النظام الثلاثاء آخر مقاتلي التنظيم من حوض اليرموك.", "y-yar", "Syrian Army"),
])
def test_expelling_an_armed_side_from_a_settlement_is_a_capture(text: str, place: str, actor: str) -> None:
    assert actions_on(text, place) == {"captured"}
    assert actors_on(text, place) == [actor]


@pytest.mark.parametrize("text, place", [
    ("طردت قوات النظام المسلحين من أحياء الميادين التي تسللوا إليها أمس.", "y-may"),  # infiltration
    ("طرد مسلحو داعش قوات النظام من أطراف الميادين عبر هجوم معاكس.", "y-may"),  # counter-attack
    ("وطرد الجيش عناصر التنظيم من الملعب البلدي.", "y-stad"),  # a site, not a settlement
])
def test_expelling_that_drives_back_an_attack_stays_a_repelling(text: str, place: str) -> None:
    assert actions_on(text, place) == {"repelled"}


def test_passive_expulsion_is_the_loser_s_withdrawal() -> None:
    text = "وقال مسؤولون أتراك إن تنظيم داعش طرد من جرابلس بالكامل."
    assert actions_on(text, "y-jar") == {"withdrew"}
    assert actors_on(text, "y-jar") == ["ISIS"]


def test_active_expulsion_with_its_object_is_no_passive() -> None:
    assert "withdrew" not in actions_on("طرد الجيش مسلحي التنظيم من جرابلس.", "y-jar")


# -- 4. a loss verb with an object pronoun ----------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("وتحضر الفصائل لهجوم لاستعادة القرى التي خسرتها في ريف حماة الشرقي.", "y-rhe"),
    ("شن التنظيم هجوما استعاد خلاله مواقع خسرها، واحتجز عشرات العائلات في مورك.", "y-mor"),
])
def test_loss_of_an_antecedent_that_is_no_place(text: str, place: str) -> None:
    assert "withdrew" not in actions_on(text, place)


def test_loss_with_the_place_as_object_stays_a_withdrawal() -> None:
    assert actions_on("خسر التنظيم بلدة مورك أمس.", "y-mor") == {"withdrew"}


# -- 5. way stations, redeployment, roads, pronoun goals, threats -------------------------------------

def test_way_station_of_fighters_is_no_advance() -> None:
    text = "كانت المدينة محطة رئيسية لعبور المقاتلين الأجانب القادمين من تركيا نحو الرقة."
    assert actions_on(text, "y-raq") == set()


def test_crossing_with_a_verb_still_advances() -> None:
    assert actions_on("استأنفت القوات تقدمها لعبور النهر نحو الرقة.", "y-raq") == {"advanced"}


def test_redeploying_outside_a_place_is_a_withdrawal() -> None:
    assert actions_on("أعادت وحدات الجيش انتشارها خارج مدينة تدمر فجر أمس.", "y-tad") == {"withdrew"}


@pytest.mark.parametrize("text", [
    "أعاد الجيش انتشاره في مدينة تدمر.",
    "أعاد الجيش انتشاره في مواقع خارج مدينة تدمر.",
])
def test_redeploying_in_a_place_is_no_withdrawal(text: str) -> None:
    assert actions_on(text, "y-tad") == set()


def test_road_the_advance_moves_on_names_no_place() -> None:
    text = "وتتابع وحدات الجيش تقدمها على الطريق الواصل إلى مدينة البوكمال باتجاه بلدة القورية."
    assert actions_on(text, "y-buk") == set()
    assert actions_on(text, "y-qur") == {"advanced"}


def test_road_further_off_still_locates_the_advance() -> None:
    text = "وسيطرت القوات على عدد من التلال المشرفة على الطريق المؤدي إلى بلدة سنجار."
    assert actions_on(text, "y-sin") == {"advanced"}
    assert actions_on("تقدمت القوات نحو مدينة البوكمال.", "y-buk") == {"advanced"}


def test_advance_towards_a_pronoun_takes_no_axis() -> None:
    text = "قبل أن تبدأ قوات النظام مطلع الشهر الجاري بالتقدم نحوها من جهة البادية."
    assert actions_on(text, "y-bad") == set()
    assert actions_on("بدأت قوات النظام بالتقدم من محور البادية.", "y-bad") == {"advanced"}


def test_threat_to_storm_is_no_entry() -> None:
    text = "وأبرم الاتفاق مساء الجمعة بعد تهديد النظام باقتحام جيرود."
    assert actions_on(text, "y-jay") == set()
    assert actions_on("اقتحمت قوات النظام بلدة جيرود بعد تهديد استمر أياما.", "y-jay") == {"entered"}


# -- 6. a coordinated verb shares the civilian subject of its clause ----------------------------------

def test_coordinated_arrival_of_families_is_no_entry() -> None:
    text = ("وفي سياق متصل، تمكنت أكثر من 1500 عائلة من الخروج من الأحياء الشرقية عبر الممرات الآمنة "
            "ووصلت إلى حي الشيخ مقصود.")
    assert actions_on(text, "y-shm") == set()


def test_coordinated_arrival_of_troops_stays_an_entry() -> None:
    text = "وفي سياق متصل، تقدمت وحدات الجيش في الأحياء الشرقية ووصلت إلى حي الشيخ مقصود."
    assert actions_on(text, "y-shm") == {"entered"}


# -- 7. a place declared free of the enemy; an unopposed entry past the place's location ---------------

def test_place_declared_free_of_the_enemy_is_a_capture() -> None:
    text = "خرجت آخر دفعة من المسلحين، ليعلن الجيش بذلك خلو منطقة القلمون الشرقي بالكامل من الإرهاب."
    assert actions_on(text, "y-qal") == {"captured"}


@pytest.mark.parametrize("text", [
    "أكد المحافظ خلو منطقة القلمون الشرقي من السكان.",
    "تأكدت الفرق الهندسية من خلو منطقة القلمون الشرقي من الألغام.",
])
def test_place_free_of_anything_else_is_no_capture(text: str) -> None:
    assert actions_on(text, "y-qal") == set()


def test_unopposed_entry_after_the_place_s_location_is_a_capture() -> None:
    text = "دخلت القوات بلدة جيرود شرق القلمون الشرقي من دون قتال."
    assert actions_on(text, "y-jay") == {"captured"}
    assert actions_on("دخلت القوات بلدة جيرود شرق القلمون الشرقي وسط مقاومة عنيفة.", "y-jay") == {"entered"}


def test_the_remaining_fighters_leaving_is_a_withdrawal() -> None:
    text = "بدأت اليوم المرحلة الأخيرة من الاتفاق القاضي بخروج من تبقى من مسلحي داعش من منطقة القلمون الشرقي."
    assert actions_on(text, "y-qal") == {"withdrew"}
    assert actors_on(text, "y-qal") == ["ISIS"]
    assert actions_on("وينص الاتفاق على خروج من تبقى من مسلحي داعش من منطقة القلمون الشرقي.", "y-qal") == set()


def test_buses_counted_in_the_singular_leave_under_a_deal() -> None:
    assert actions_on("وقالت مصادر إن نحو 20 حافلة انطلقت من بلدة الرحيبة باتجاه الشمال.", "y-ruh") == {"withdrew"}
    assert actions_on("وقالت مصادر إن حملة انطلقت من بلدة الرحيبة.", "y-ruh") == set()
