"""Zones covered by an agreement, inclusion in a zone, agreement and zone dates, exchanged control,
and the dating of sieges broken and of the story (geo.claims, geo.dates), on sentences written for
these tests (not from any corpus)."""

from __future__ import annotations

import datetime as dt

from fixtures_claims import table_claims
from geo.dates import find_date_expressions

DAY = dt.date(2018, 3, 14)  # Wednesday

PLACES = {
    "سقبا": ("p-saqba", "Saqba", "town"),
    "حمورية": ("p-hamur", "Hamouriyah", "town"),
    "جسرين": ("p-jisrin", "Jisrin", "town"),
    "محافظة حماة": ("p-hama", "Hama Governorate", "governorate"),
    "محافظة طرطوس": ("p-tartus", "Tartus Governorate", "governorate"),
    "ريف حمص الشمالي": ("p-nhoms", "Northern Homs countryside", "sector"),
    "القاهرة": ("p-cairo", "Cairo", "city"),
    "تلبيسة": ("p-talb", "Talbiseh", "town"),
    "مطار التيفور": ("p-t4", "T4 airbase", "airbase"),
    "الميادين": ("p-may", "Al-Mayadin", "city"),
    "معدان": ("p-maadan", "Maadan", "town"),
}
WHERE = {"countries": {"p-cairo": "EG"}}


def claims(text: str, day: dt.date = DAY):
    return table_claims(text, PLACES, day, **WHERE)  # type: ignore[arg-type]


def found(text: str, day: dt.date = DAY) -> set[tuple[str, str]]:
    return {(c.action, c.place_id) for c in claims(text, day)}


# ----------------------------------------------------------------- an agreement that covers places
def test_agreement_covering_places_is_a_zone_on_each():
    text = "وقال المتحدث إن الاتفاق يشمل بلدات سقبا وحمورية وجسرين."
    assert found(text) == {("zone_established", "p-saqba"), ("zone_established", "p-hamur"),
                           ("zone_established", "p-jisrin")}


def test_agreement_covering_places_after_a_relative_clause_set_off_by_commas():
    text = "وأكد مصدر مطلع أن الاتفاق، الذي أعده الطرفان خلال اجتماعات مطولة، يشمل محافظة حماة ومحافظة طرطوس."
    assert found(text) == {("zone_established", "p-hama"), ("zone_established", "p-tartus")}


def test_agreement_covering_an_action_is_no_zone():
    # near miss: the agreement covers a departure, not a place
    assert not any(c.action == "zone_established"
                   for c in claims("وأوضح المصدر أن الاتفاق يشمل خروج المقاتلين من سقبا نحو الشمال."))


def test_agreement_not_covering_a_place_is_no_zone():
    assert found("وقال المتحدث إن الاتفاق لا يشمل بلدة جسرين.") == set()


def test_covering_verb_without_an_agreement_is_no_zone():
    # near misses: a campaign or a list that covers towns
    assert found("وقال الناشطون إن الحملة تشمل بلدات سقبا وحمورية.") == set()
    assert found("وتشمل المنطقة بلدات سقبا وحمورية.") == set()


def test_zone_relative_covering_verb_keeps_the_zone_claim():
    text = "وأعلنت روسيا إنشاء منطقة خفض التصعيد التي تشمل بلدتي سقبا وحمورية."
    assert found(text) == {("zone_established", "p-saqba"), ("zone_established", "p-hamur")}


def test_agreement_covering_places_takes_the_date_of_the_agreement_reported_before():
    text = ("أعلنت وزارة الدفاع أمس توقيع اتفاق في القاهرة مع فصائل معارضة. وقال الناطق إن الوفود ستعود "
            "اليوم. وأوضح مصدر أن الاتفاق، الذي جرى التفاوض عليه طويلاً، يشمل بلدات سقبا وحمورية.")
    zones = [c for c in claims(text) if c.action == "zone_established"]
    assert {c.place_id for c in zones} == {"p-saqba", "p-hamur"}
    assert all(c.event_date == DAY - dt.timedelta(days=1) for c in zones)


def test_undated_talks_without_a_definite_agreement_keep_the_article_date():
    # near miss: «مفاوضات» is no reference to the agreement dated before
    text = ("أعلنت وزارة الدفاع أمس توقيع اتفاق في القاهرة مع فصائل معارضة. "
            "وتجري مفاوضات جديدة في بلدة تلبيسة حول ملف المعتقلين.")
    talks = [c for c in claims(text) if c.action == "negotiation" and c.place_id == "p-talb"]
    assert talks and talks[0].event_date == DAY


# ----------------------------------------------------------------- inclusion in a zone
def test_place_included_in_zones_by_a_passive_verb():
    text = "ويذكر أن ريف حمص الشمالي أدرج في 3 آب الماضي ضمن مناطق «خفض التصعيد» بموجب اتفاق القاهرة."
    zones = [c for c in claims(text) if c.action == "zone_established"]
    assert [c.place_id for c in zones] == ["p-nhoms"]
    assert zones[0].event_date == dt.date(2017, 8, 3)


def test_places_included_by_an_inclusion_noun():
    text = "وجاء ذلك رغم إدراج بلدتي تلبيسة وجسرين ضمن اتفاق «تخفيف التوتر»."
    assert found(text) == {("zone_established", "p-talb"), ("zone_established", "p-jisrin")}


def test_inclusion_asked_for_is_no_zone():
    # near miss: a demand for inclusion
    assert found("وطالب الأهالي بضم بلدة تلبيسة إلى مناطق خفض التصعيد.") == set()


def test_zone_dated_by_the_signing_of_its_agreement():
    text = ("ويأتي القصف رغم إدراج بلدة تلبيسة ضمن اتفاق «خفض التصعيد» الذي وقعته الفصائل مع الجانب "
            "الروسي في القاهرة في 5 آب الماضي.")
    zone = next(c for c in claims(text) if c.action == "zone_established")
    assert zone.place_id == "p-talb" and zone.event_date == dt.date(2017, 8, 5)


def test_zone_announced_in_a_relative_clause_takes_its_date():
    text = ("وبدأ الانتشار تنفيذاً لمحادثات الجولة الخامسة التي أعلن في ختامها يوم 4 شباط ضم محافظة "
            "حماة إلى مناطق «خفض التصعيد».")
    zone = next(c for c in claims(text) if c.action == "zone_established")
    assert zone.place_id == "p-hama" and zone.event_date == dt.date(2018, 2, 4)


# ----------------------------------------------------------------- control exchanged between sides
def test_exchanged_control_is_one_capture_per_side():
    text = "وتبادلت قوات النظام وهيئة تحرير الشام السيطرة على بلدة جسرين مرتين خلال يومين."
    caps = [(c.action, c.place_id, c.actor) for c in claims(text)]
    assert sorted(caps) == [("captured", "p-jisrin", "HTS"), ("captured", "p-jisrin", "Syrian Army")]


def test_joint_capture_is_one_claim():
    # near miss: two sides taking a town together are one capture
    text = "وسيطرت قوات النظام وحزب الله على بلدة جسرين."
    caps = [c for c in claims(text) if c.action == "captured"]
    assert len(caps) == 1 and caps[0].actor == "Syrian Army + Hezbollah"


def test_exchange_between_unnamed_sides_stays_one_claim():
    assert [c.action for c in claims("وتبادل الطرفان السيطرة على بلدة جسرين.")] == ["captured"]


# ----------------------------------------------------------------- dates
def test_siege_broken_is_not_dated_by_the_length_of_the_siege():
    text = ("وتوسع القوات الحكومية الممر الذي فتحته يوم الاثنين إلى مدينة الميادين، بعد أن فكت حصاراً "
            "فرضه التنظيم على الأحياء الشرقية من الميادين منذ نحو عامين.")
    broken = next(c for c in claims(text) if c.action == "siege_broken")
    assert broken.event_date == dt.date(2018, 3, 12)


def test_since_of_a_lasting_fight_does_not_date_the_next_sentence():
    text = ("دخلت القوات الحكومية صباح اليوم مدينة الميادين بعد انسحاب المقاتلين إثر اشتباكات استمرت "
            "منذ منتصف الليلة الماضية.\nوقالت مصادر إن القوات سيطرت خلال ساعات على مطار التيفور.")
    airbase = next(c for c in claims(text) if c.place_id == "p-t4")
    assert airbase.event_date == DAY


def test_launch_date_behind_an_aside_does_not_date_the_story():
    text = ("في إطار العملية التي أطلقتها وحدات الجيش، بالتعاون مع القوات الرديفة، فجر يوم السبت 3 آذار "
            "في ريف دير الزور، تم إحكام السيطرة على التلال المحيطة.\n"
            "وأسفرت العمليات عن إعادة الأمن والاستقرار إلى كامل بلدة معدان.")
    maadan = next(c for c in claims(text) if c.place_id == "p-maadan")
    assert maadan.event_date != dt.date(2018, 3, 3)
    assert maadan.event_date == DAY


def test_august_after_a_preposition_is_a_month_only_when_written_with_madda():
    (expr,) = find_date_expressions("وانضم إلى الاتفاق في آب عبر وسطاء", DAY)
    assert expr.date == dt.date(2017, 8, 1) and expr.precision == "month"
    assert find_date_expressions("وكان في أب الشهيد عزاء", DAY) == []
