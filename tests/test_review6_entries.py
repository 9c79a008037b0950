"""Review 6 near misses of an entry read as a capture (findings 4-7 of ``_entry_completed``).

- «بالكامل/بشكل كامل» makes an entry a capture only right after the entered place: not the adverb of
  another verb («ثم انسحبت منها بشكل كامل», «وأحرقوا المنازل بالكامل») nor of a participle
  («المدمرة بالكامل»).
- A flag raised over another site («فوق نقطة المراقبة») is no capture of the entered place.
- An entry after the defenders left is no capture when the entrant takes no place (civil defence,
  engineers, military police) or is the side that withdrew.
- An area noun inside the place's own name («قضاء تلعفر», one gazetteer key) is an area entered.

Sentences from the review and written for these tests; places come from a small table, so only
geo.claims is exercised. The original positives stay in tests/test_withdrawal_from_place_taken.py.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from fixtures_claims import table_places_of

DAY = dt.date(2017, 9, 10)

PLACES = {
    "الشولا": ("t-sho", "al-Shola", "town"),
    "عقيربات": ("t-uqa", "Uqayribat", "town"),
    "تلعفر": ("t-tal", "Tal Afar", "city"),
    "قضاء تلعفر": ("t-tald", "Tal Afar District", "district"),
    "إدلب": ("t-idlib", "Idlib", "city"),
    "الرقة": ("t-raqqa", "Raqqa", "city"),
    "بيت جن": ("t-bj", "Bait Jan", "village"),
    "الميادين": ("t-may", "Mayadin", "city"),
}


captures = partial(table_places_of, action="captured", places=PLACES, day=DAY)
entries = partial(table_places_of, action="entered", places=PLACES, day=DAY)


@pytest.mark.parametrize("text", [
    # the adverb of another verb, or of a participle
    "دخلت القوات العراقية مدينة تلعفر ثم انسحبت منها بشكل كامل.",
    "دخل المسلحون بلدة الشولا وأحرقوا المنازل بالكامل قبل أن ينسحبوا.",
    "دخلت وحدات الجيش السوري بلدة عقيربات المدمرة بالكامل لتمشيطها.",
    "دخلت القوات بلدة الشولا المهجورة بشكل تام منذ سنوات.",
    # a flag over another site
    "دخلت القوات التركية مدينة إدلب ورفعت العلم التركي فوق نقطة المراقبة.",
    "دخلت القوات بلدة الشولا ورفعت العلم على مبنى البلدية في بلدة عقيربات.",
    # no combatant took it, or the side that withdrew entered
    "دخلت فرق الدفاع المدني مدينة الرقة بعد انسحاب التنظيم منها.",
    "دخلت الشرطة العسكرية الروسية بلدة بيت جن بعد خروج المسلحين منها.",
    "دخلت الفرق الهندسية مدينة الميادين بعد انسحاب مسلحي التنظيم لإزالة الألغام.",
    "دخل مسلحو داعش بلدة الشولا بعد انسحاب مسلحي داعش منها لإجلاء الجرحى.",
    # an area noun in the place's own name
    "دخلت القوات العراقية قضاء تلعفر بعد انسحاب مسلحي داعش منه.",
])
def test_entry_that_took_nothing_is_no_capture(text: str) -> None:
    assert captures(text) == [] and entries(text)


@pytest.mark.parametrize("text, place", [
    ("دخلت القوات بلدة الشولا بالكامل صباح اليوم.", "t-sho"),
    ("دخلت القوات التركية مدينة إدلب ورفعت العلم التركي فوقها.", "t-idlib"),
    ("دخلت القوات بلدة الشولا ورفعت العلم في بلدة الشولا.", "t-sho"),
    ("دخلت قوات الجيش السوري مدينة الميادين بعد انسحاب مسلحي داعش منها.", "t-may"),
])
def test_entry_that_took_the_place_stays_a_capture(text: str, place: str) -> None:
    assert place in captures(text)
