"""A side named as the owner of areas, a pocket or a quoted complement is no subject of the next verb.

- «مناطق X», «جيب X», «جيوب X» (``object_markers`` of actors.yaml): the side holds the areas or pocket
  that the clause acts on, so a verb joined after a comma («، وسيطرت …», «، حيث سيطر …») keeps the
  subject of the clause's first verb («بدأت القوات الحكومية هجوماً على مناطق المعارضة، وسيطرت على X»).
- A clitic preposition written alone before the quote of a name («المبايع لـ"داعش"», «مواقع لـ"قوات
  النظام"») plays the same role as when glued to the name («لداعش»): a complement, not a subject
  (geo.actors._clitic_before_quote).
- «الميليشيات» alone names again the side last named «ميليشيات X» (``short_name_heads``), not a side
  named in between («وكانت الميليشيات قد سيطرت على X» after «ميليشيات الأسد … الغارات الروسية»);
  «الميليشيات الإيرانية» (a nisba adjective) is a name of its own.
- Near misses: the side as the subject itself («فصائل المعارضة سيطرت»), a quoted name with no clitic
  («هاجم "داعش"»), an unquoted affiliation («مسلحين موالين لهيئة تحرير الشام سيطروا») keep their actor;
  aid and civilians reaching «مناطق المعارضة» give no claim.

Sentences written for these tests; places come from a small table, so only geo.claims and
geo.actors are exercised.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_claims
from geo.actors import _clitic_before_quote, find_actor_mentions
from geo.arabic import normalize

DAY = dt.date(2017, 9, 13)

PLACES = {
    "بصر الحرير": ("t-busra", "Busra al-Harir", "town"),
    "تسيل": ("t-tasil", "Tasil", "town"),
    "مورك": ("t-morek", "Morek", "town"),
    "الدوير": ("t-duwayr", "Al-Duwayr", "village"),
    "صوران": ("t-suran", "Suran", "town"),
    "الميادين": ("t-mayadin", "Al-Mayadin", "city"),
    "خان شيخون": ("t-khan", "Khan Shaykhun", "city"),
    "الهبيط": ("t-hbit", "Al-Hbit", "town"),
}

claims = partial(table_claims, places=PLACES, day=DAY, lat=33.0, lon=36.5)


def _on(text: str, place: str) -> list[tuple[str, str]]:
    """(action, actor) of the claims on ``place``."""
    return [(c.action, c.actor) for c in claims(text) if c.place_id == place]


@pytest.mark.parametrize(("text", "place", "actor"), [
    # the owner of the areas attacked is not the subject of the joined verb
    ("وكانت القوات الحكومية بدأت الشهر الماضي هجوماً واسعاً على مناطق المعارضة في ريف درعا، "
     "وسيطرت بعد أيام على بلدة بصر الحرير.", "t-busra", "Syrian Army"),
    # the owner of the pocket, named with a quoted clitic, is not the subject after «حيث»
    ("وأكدت مصادر ميدانية أن الجيش يواصل عملياته ضد جيب \"جيش خالد بن الوليد\" المبايع لـ\"داعش\" "
     "في حوض اليرموك، حيث سيطر أمس على بلدة تسيل.", "t-tasil", "Syrian Army"),
])
def test_owner_of_areas_is_no_subject(text: str, place: str, actor: str) -> None:
    assert _on(text, place) == [("captured", actor)]


@pytest.mark.parametrize(("text", "place", "actor"), [
    ("سيطرت فصائل المعارضة على بلدة صوران بعد معارك مع قوات النظام.", "t-suran", "Opposition factions"),
    ("سيطرت قوات النظام على بلدة مورك بعد هجوم على مناطق المعارضة في ريف حماة.", "t-morek", "Syrian Army"),
    ("قال المرصد إن مسلحين موالين لهيئة تحرير الشام سيطروا على قرية الدوير.", "t-duwayr", "HTS"),
    ("قال المرصد إن مسلحين موالين لـ\"هيئة تحرير الشام\" سيطروا على قرية الدوير.", "t-duwayr", "HTS"),
    ("قال المرصد إن عناصر تابعين لـ«داعش» سيطروا على قرية الدوير.", "t-duwayr", "ISIS"),
])
def test_near_misses_keep_their_subject(text: str, place: str, actor: str) -> None:
    assert _on(text, place) == [("captured", actor)]


@pytest.mark.parametrize("text", [
    "وصلت قوافل المساعدات الأممية إلى مناطق المعارضة في ريف مورك، ووزعت السلال الغذائية على الأهالي.",
    "قال مسؤول في الأمم المتحدة إن آلاف المدنيين فروا من مناطق سيطرة تنظيم داعش قرب الميادين.",
    "دعت روسيا إلى فتح ممرات إنسانية من جيب المعارضة قرب مورك، وأعلنت هدنة لمدة خمس ساعات يومياً.",
])
def test_areas_of_a_side_in_ordinary_news_give_no_claim(text: str) -> None:
    assert claims(text) == []


def _object_like(text: str, name: str) -> bool:
    norm = normalize(text)
    (mention,) = [a for a in find_actor_mentions(norm) if name in norm[a.start:a.end]]
    return mention.object_like


def test_quoted_name_after_a_clitic_is_a_complement() -> None:
    assert _object_like('مواقع لـ"قوات النظام" في ريف حماة', "قوات النظام")
    assert _object_like("تابعة لـ«داعش»", "داعش")


def test_quoted_name_without_a_clitic_keeps_its_role() -> None:
    assert not _object_like('هاجم "داعش" مواقع الجيش', "داعش")
    assert not _object_like('قال "الجيش الحر" إنه', "الجيش الحر")


def test_clitic_before_quote() -> None:
    norm = normalize('المبايع لـ"داعش"')
    start = norm.index("داعش")
    assert _clitic_before_quote(norm, start) == ("ل", norm.index('ل"'))
    plain = normalize('قال "داعش"')
    assert _clitic_before_quote(plain, plain.index("داعش")) == ("", plain.index("داعش"))
    glued = normalize('مقاتلي"داعش"')  # a word ending in «ي» glued to the quote is no clitic
    assert _clitic_before_quote(glued, glued.index("داعش"))[0] == ""


def test_bare_militias_name_the_militias_named_before() -> None:
    text = ("أحكمت ميليشيات الأسد المدعومة بالطيران الروسي سيطرتها على مدينة خان شيخون. وتواصلت الغارات "
            "الروسية أمس على بلدة مورك. وكانت الميليشيات قد سيطرت مطلع الشهر على بلدة الهبيط.")
    assert _on(text, "t-hbit") == [("captured", "Syrian Army")]


def test_militias_with_their_own_adjective_are_no_short_name() -> None:
    text = ("سيطرت ميليشيات الأسد على بلدة الهبيط. وقالت مصادر إن الميليشيات الإيرانية "
            "دخلت بلدة مورك.")
    assert [actor for _action, actor in _on(text, "t-morek")] == ["Iran"]
