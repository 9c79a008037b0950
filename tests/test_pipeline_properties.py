"""Property test of the whole per-article pipeline on generated article-like Arabic text.

Texts are built from the project's own vocabularies (gazetteer names, trigger phrases, actor
aliases, date words) glued with clitics, punctuation, digits, diacritics, Latin words and line
breaks. Whatever the mix: no stage raises (in CI this runs on the mypyc-compiled core, whose
annotations are enforced at run time), every span maps back to the text, claims point at places
found, and the analysis is deterministic.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictmap.pipeline import analyse_article, dumps_record, extract_record
from gazetteer.store import load_gazetteer
from geo.lexicon import load_actors, load_triggers
from geo.model import Article

GAZ = load_gazetteer()
_NAMES = sorted({name for name, _ in GAZ.names_ar()})[::7][:600]
_TRIGGERS = sorted({t.form for t in load_triggers()})[:300]
_ALIASES = sorted({alias for a in load_actors() for alias in a.aliases})[:200]
_DATES = ["أمس", "أمس الأول", "يوم الخميس", "الليلة الماضية", "في 12 أيلول/سبتمبر", "مطلع الشهر",
          "قبل أيام", "منذ عامين", "١٥ آب ٢٠١٧", "خلال الساعات الماضية"]
_FILLERS = ["في", "على", "من", "إلى", "قرب", "ريف", "محافظة", "قرية", "بلدة", "مدينة", "حي", "تلة",
            "التي", "عليها", "منها", "هذه المدينة", "الجيش", "قوات", "مسلحون", "وفد", "مدنيين",
            "ISIS", "SDF", "2017", "١٣٧", "ـــ", "\u064e", "\u200f", "(", ")", "«", "»", "-", "/"]
_SEPARATORS = [" ", " ", " ", "، ", ". ", "\n", "\n\n", " و", " ب", " ل", " وال", " فـ", ": ", "؛ "]

_texts = st.lists(
    st.tuples(st.sampled_from(_NAMES + _TRIGGERS + _ALIASES + _DATES + _FILLERS),
              st.sampled_from(_SEPARATORS)),
    min_size=1, max_size=40).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts, day=st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2024, 12, 31)))
def test_pipeline_never_raises_and_spans_map_back(text, day):
    article = Article(id="generated", date=day, text=text)
    analysis = analyse_article(article, GAZ)
    for resolution in analysis.resolutions:
        mention = resolution.mention
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.surface
        assert -90 <= resolution.place.lat <= 90 and -180 <= resolution.place.lon <= 180
    place_ids = {r.place.id for r in analysis.resolutions}
    for claim in analysis.claims:
        assert claim.place_id in place_ids
        assert 0 <= claim.start < claim.end <= len(text)
    record = dumps_record(extract_record(analysis))
    assert record == dumps_record(extract_record(analyse_article(article, GAZ)))
