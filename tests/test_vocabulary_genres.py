"""Vocabulary audit of claim triggers: the common idioms of Arabic war reporting for each action
family, in verb, passive-like, verbal-noun and idiomatic forms and with clitics, and near misses
where the same words do not report the action (sentences written for these tests, not taken from
any corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import table_claims
from geo.claims import action_family

DAY = dt.date(2017, 9, 10)

PLACES = {
    "الميادين": ("p-mayadin", "Al-Mayadin", "city"),
    "السخنة": ("p-sukhna", "Al-Sukhna", "town"),
    "الطبقة": ("p-tabqa", "Al-Tabqa", "city"),
    "الرصافة": ("p-rusafa", "Al-Rusafa", "village"),
    "عقيربات": ("p-uqayribat", "Uqayribat", "town"),
    "معدان": ("p-madan", "Maadan", "town"),
    "أبو دالي": ("p-abudali", "Abu Dali", "village"),
    "القريتين": ("p-qaryatayn", "Al-Qaryatayn", "town"),
    "الرقة": ("p-raqqa", "Raqqa", "city"),
    "البوكمال": ("p-bukamal", "Abu Kamal", "city"),
    "منبج": ("p-manbij", "Manbij", "city"),
    "دوما": ("p-douma", "Douma", "city"),
    "عين ترما": ("p-aintarma", "Ain Tarma", "town"),
    "حرستا": ("p-harasta", "Harasta", "city"),
    "اللطامنة": ("p-latamna", "Al-Latamina", "town"),
    "خان شيخون": ("p-khanshaykhun", "Khan Shaykhun", "town"),
    "دير الزور": ("p-dez", "Deir ez-Zor", "city"),
    "حقل العمر": ("p-omar", "Al-Omar oil field", "oil_field"),
    "حلب": ("p-aleppo", "Aleppo", "city"),
    "جوبر": ("p-jobar", "Jobar", "neighbourhood"),
    "مطار أبو الظهور": ("p-abuduhur", "Abu al-Duhur airbase", "airbase"),
    "العشارة": ("p-ashara", "Al-Ashara", "town"),
}

# (expected action family, expected actor or "" when not checked, sentence)
POSITIVES = [
    # ---- captured: falling into a side's hands (the place stands between the verb and «بيد Y»)
    ("captured", "Syrian Army", "سقطت مدينة الميادين بيد الجيش السوري بعد معارك عنيفة."),
    ("captured", "Syrian Army", "وسقطت بلدة السخنة في يد قوات النظام صباح اليوم."),
    ("captured", "SDF", "سقطت مدينة الطبقة بأيدي قوات سوريا الديمقراطية."),
    ("captured", "Syrian Army", "سقطت قرية الرصافة في قبضة الجيش السوري."),
    ("captured", "Syrian Army", "وجاء سقوط مدينة الميادين بيد الجيش بعد أسبوع من المعارك."),
    ("captured", "ISIS", "سقط حي جوبر بيد مسلحي تنظيم داعش."),
    ("captured", "Hezbollah", "وسقطت بلدة السخنة بيد مقاتلي حزب الله."),
    ("captured", "ISIS", "وقعت بلدة القريتين في قبضة تنظيم داعش."),
    # ---- captured: becoming held («باتت X تحت سيطرة Y»), passing, seizing, taking back
    ("captured", "SDF", "باتت مدينة الرقة تحت سيطرة قوات سوريا الديمقراطية بالكامل."),
    ("captured", "Syrian Army", "وأصبحت بلدة عقيربات تحت سيطرة الجيش السوري."),
    ("captured", "Syrian Army", "دخلت بلدة معدان تحت سيطرة الجيش السوري."),
    ("captured", "SDF", "آلت السيطرة على مدينة الطبقة إلى قوات سوريا الديمقراطية."),
    ("captured", "Syrian Army", "أحكمت قوات النظام قبضتها على مدينة الميادين."),
    ("captured", "Syrian Army", "انتزعت القوات الحكومية بلدة السخنة من تنظيم داعش."),
    ("captured", "Syrian Army", "تمكن الجيش من انتزاع بلدة معدان من التنظيم."),
    ("captured", "", "وبانتزاع مدينة الطبقة من التنظيم اكتملت المرحلة الأولى."),
    ("captured", "", "تمكنت الفصائل من استرداد قرية أبو دالي."),
    ("captured", "HTS", "استردت هيئة تحرير الشام بلدة أبو دالي من قوات النظام."),
    ("captured", "ISIS", "اجتاح مسلحو التنظيم بلدة القريتين فجر اليوم."),
    ("captured", "Syrian Army", "واجتاحت قوات النظام مدينة الميادين."),
    ("captured", "Syrian Army", "استكملت قوات النظام السيطرة على مدينة الميادين."),
    ("captured", "Syrian Army", "طهرت وحدات الجيش بلدة عقيربات من فلول التنظيم."),
    # ---- captured: a fall with no holder named, the place right after the verb (head noun inside)
    ("captured", "", "قبل أن يسقط مطار أبو الظهور العسكري بعد حصار طويل."),
    ("captured", "", "وبعد سقوط مدينة الرقة انتقل القتال إلى دير الزور."),
    ("captured", "Syrian Army", "سقط مطار أبو الظهور في قبضة الجيش السوري."),
    # ---- captured: driving out, taking over, a speaker's loss (the other side took it)
    ("captured", "Syrian Army", "دحر الجيش السوري تنظيم داعش من مدينة الميادين."),
    ("captured", "", "بعد دحر التنظيم من بلدة السخنة بدأت عمليات التمشيط."),
    ("captured", "Syrian Army", "تسلمت قوات النظام بلدة عقيربات بعد خروج المسلحين."),
    ("captured", "", "خلال الأيام الماضية خسرنا مدينة الميادين وبلدة السخنة."),
    # ---- advanced / entered: deployment, rushing, reaching
    ("advanced", "Turkey", "تمركزت القوات التركية في محيط مدينة منبج."),
    ("advanced", "Syrian Army", "اندفعت قوات النظام نحو مدينة البوكمال."),
    ("advanced", "Turkey", "وتمركزت وحدات من الجيش التركي لاحقا في محيط مدينة منبج."),
    ("advanced", "", "وصلت طلائع القوات إلى أطراف مدينة الميادين."),
    ("advanced", "Turkey", "توغلت القوات التركية في ريف منبج."),
    ("advanced", "SDF", "زحفت قوات سوريا الديمقراطية نحو حقل العمر."),
    ("advanced", "Syrian Army", "القوات السورية تلاحق فلول التنظيم الفارة جنوبا باتجاه العشارة."),
    ("advanced", "Turkey", "بدأ الجيش التركي إدخال أرتال عسكرية إلى مدينة منبج."),
    ("advanced", "Syrian Army", "وأكمل الجيش السوري عبور النهر باتجاه مدينة الميادين."),
    # ---- besieged / encircled
    ("besieged", "Syrian Army", "أطبق الجيش السوري الحصار على مدينة دير الزور."),
    ("besieged", "SDF", "ضيقت قوات سوريا الديمقراطية الخناق على مدينة الرقة."),
    ("besieged", "Syrian Army", "قطعت قوات النظام طرق الإمداد إلى مدينة الميادين."),
    ("besieged", "Syrian Army", "وقطع الجيش طريق الإمداد عن بلدة عقيربات."),
    ("besieged", "Syrian Army", "فرض الجيش طوقا على مدينة الميادين."),
    ("besieged", "", "باتت مدينة الرقة محاصرة من جميع الجهات."),
    ("besieged", "", "وأصبحت بلدة عقيربات محاصرة بالكامل."),
    ("besieged", "SDF", "وتضيق قوات سوريا الديمقراطية الخناق على مدينة الرقة."),
    # ---- siege broken
    ("siege_broken", "Syrian Army", "كسر الجيش السوري الطوق عن مدينة دير الزور."),
    ("siege_broken", "Syrian Army", "فك الجيش الطوق عن مدينة دير الزور."),
    ("siege_broken", "Syrian Army", "أنهى الجيش حصار مدينة دير الزور."),
    # ---- attacked / shelled / repelled
    ("attacked", "Syrian Army", "أمطرت قوات النظام بلدة عين ترما بالقذائف."),
    ("attacked", "Syrian Army", "وأمطر الجيش مدينة دوما بالصواريخ."),
    ("attacked", "", "تعرضت مدينة حرستا لقصف مدفعي عنيف."),
    ("attacked", "Syrian Army", "تصدت قوات النظام لهجوم على بلدة أبو دالي."),
    ("attacked", "", "أحبط الجيش محاولة تسلل نحو بلدة السخنة."),
    ("attacked", "", "نفذت المدفعية رمايات مركزة على مواقع التنظيم في بلدة عقيربات."),
    # ---- airstrike
    ("airstrike", "", "شنت المروحيات غارات على بلدة اللطامنة."),
    ("airstrike", "", "أغار الطيران الحربي على مدينة البوكمال."),
    ("airstrike", "Russia", "استهدفت المقاتلات الروسية مدينة خان شيخون."),
    # ---- withdrew: routs, retreats, evacuations, losses
    ("withdrew", "ISIS", "اندحر التنظيم من مدينة الميادين."),
    ("withdrew", "ISIS", "فاندحر مسلحو داعش من بلدة السخنة."),
    ("withdrew", "", "أخلى المسلحون بلدة عقيربات."),
    ("withdrew", "ISIS", "أخلى مقاتلو التنظيم مدينة الطبقة."),
    ("withdrew", "ISIS", "خسر التنظيم مدينة الميادين."),
    ("withdrew", "ISIS", "بعد خسارة التنظيم بلدة السخنة تراجع نحو الشرق."),
    ("withdrew", "ISIS", "تراجع مسلحو التنظيم من مدينة الميادين."),
    ("withdrew", "ISIS", "انكفأ مسلحو التنظيم من بلدة السخنة."),
    ("withdrew", "", "هرب عناصر التنظيم من مدينة الميادين."),  # (the actor after «عناصر»: see «فر»)
    ("withdrew", "", "وهربت فلول التنظيم من مدينة الميادين باتجاه البادية."),
]

# (family that must NOT be claimed, sentence): the same words where they report no such action.
NEAR_MISSES = [
    ("captured", "سقط قتلى وجرحى في مدينة دوما."),
    ("captured", "سقطت قذائف على حي جوبر دون إصابات."),
    ("captured", "سقط الصاروخ سهوا في مدينة حلب."),
    ("captured", "سقطت الأمطار بغزارة على مدينة حلب."),
    ("captured", "وأصبحت مدينة حلب أكثر هدوءا."),
    ("captured", "وبات سكان مدينة الرقة بلا مياه."),
    ("withdrew", "خسر الحزب الانتخابات في مدينة حلب."),
    ("withdrew", "خسر المنتخب السوري المباراة في مدينة حلب."),
    ("withdrew", "فقد الطفل والده في مدينة الرقة."),
    ("withdrew", "تراجعت حدة المعارك في مدينة الميادين."),
    ("withdrew", "تراجع سعر الخبز في مدينة الرقة."),
    ("withdrew", "بعد خسارة فادحة في مدينة الميادين."),
    ("withdrew", "وتعد خسارة مدينة الميادين ضربة موجعة للتنظيم."),
    ("withdrew", "أخلى السكان منازلهم في مدينة دوما."),
    ("advanced", "انتشر الوباء في مدينة الرقة."),
    ("advanced", "انتشرت الشائعات في مدينة منبج."),
    ("advanced", "انتشر الجيش في مدينة منبج بعد الاتفاق."),
    ("advanced", "اندفع السكان نحو مدينة منبج."),
    ("advanced", "تمركز النقاش حول مستقبل مدينة منبج."),
    ("advanced", "عززت وحدات الجيش انتشارها على أطراف بلدة عقيربات."),
    ("besieged", "قطعت الكهرباء عن مدينة حلب."),
    ("besieged", "قطعت السلطات المياه عن مدينة الرقة."),
    ("besieged", "قطعت القوات طريق الإمداد بين الميادين والبوكمال."),
    ("besieged", "قطع الجيش خط الإمداد الرئيسي للتنظيم في مدينة الميادين."),
    ("attacked", "أمطرت السماء مدينة حلب بغزارة."),
    ("captured", "سقطت قذيفة على مطار أبو الظهور."),
    ("captured", "سقط قتلى في مدينة الرقة جراء القصف."),
    ("captured", "سقطت طائرة مسيرة قرب مدينة منبج."),
    ("captured", "تسلم الوزير رسالة من محافظ مدينة حلب."),
    ("advanced", "عبور الشاحنات إلى مدينة دوما ما زال متوقفا."),
    ("advanced", "تواصل الشرطة ملاحقة المهربين في مدينة منبج."),
]


def _claims(text: str):
    return table_claims(text, PLACES, DAY)


@pytest.mark.parametrize(("family", "actor", "text"), POSITIVES, ids=[f"{f}-{i}" for i, (f, _a, _t) in enumerate(POSITIVES)])
def test_idiom_is_a_claim_of_its_family(family: str, actor: str, text: str) -> None:
    claims = [c for c in _claims(text) if action_family(c.action) == family]
    assert claims, f"no {family} claim in {text!r}: {[(c.action, c.place_id) for c in _claims(text)]}"
    if actor:
        assert actor in {c.actor for c in claims}, [(c.actor, c.action) for c in claims]


@pytest.mark.parametrize(("family", "text"), NEAR_MISSES, ids=[f"not-{f}-{i}" for i, (f, _t) in enumerate(NEAR_MISSES)])
def test_near_miss_is_no_claim_of_that_family(family: str, text: str) -> None:
    assert not [c for c in _claims(text) if action_family(c.action) == family]


def test_fall_claims_the_place_inside_not_a_place_after_the_holder() -> None:
    # «سقطت X بيد Y»: X is the place taken; a place named later in the clause is not
    claims = _claims("سقطت بلدة السخنة بيد الجيش السوري بعد معارك في محيط مدينة الميادين.")
    assert {(c.action, c.place_id) for c in claims if c.action == "captured"} == {("captured", "p-sukhna")}


def test_supply_cut_besieges_the_destination_only() -> None:
    claims = _claims("قطعت قوات النظام طرق الإمداد من الميادين إلى مدينة البوكمال.")
    assert {c.place_id for c in claims if action_family(c.action) == "besieged"} == {"p-bukamal"}


def test_retreat_with_dropped_subject_still_counts() -> None:
    # the subject of the first clause carries: no noun follows the verb, so it is not judged unarmed
    claims = _claims("هاجم الجيش السوري مواقع التنظيم، فتراجع من مدينة الميادين.")
    assert "p-mayadin" in {c.place_id for c in claims if c.action == "withdrew"}
