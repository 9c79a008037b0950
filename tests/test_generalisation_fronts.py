"""Held-out guards: places and claims on the fourteen corpora written by people who had not read the rules.

``tests/generalisation_fronts/`` (34 passages on other fronts: Damascus/Ghouta, Hermon, Daraa/Quneitra,
the Lebanese border; Idlib, Hama, Aleppo, Afrin; Raqqa, the Deir ez-Zor east bank, Anbar, Kirkuk),
``tests/generalisation_outlets/`` (36 passages in the styles of government/allied, opposition/monitor and
pan-Arab/foreign outlets), ``tests/generalisation_genres/`` (36 passages: Kurdish/Iraqi and
Lebanese/allied outlets, live blogs, roundups, analyses, interviews) and ``tests/generalisation_regional/``
(30 scraped-length openings of regional papers, aggregators and small sites, sparse claims) and
``tests/generalisation_events/`` and ``tests/generalisation_clusters/`` (30 openings each: ten events,
each told by three outlets, as the dev set is built) and ``tests/generalisation_periods/`` (45 openings:
fifteen events of Jan-Jun 2017 and 2018, periods the dev set does not cover) and
``tests/generalisation_weeks/`` (45 openings: fifteen more events, May 2017 - Feb 2018) and
``tests/generalisation_years/`` (45 openings: fifteen events of 2016, 2017 and 2018) and
``tests/generalisation_eras/`` (45 openings: fifteen events of 2015, 2016, 2019 and 2020) and
``tests/generalisation_campaigns/`` (45 openings: fifteen events of the 2018 campaigns) and
``tests/generalisation_2017/`` (45 openings: fifteen further events of 2017, chosen by the writers) and
``tests/generalisation_dev_period/`` (45 openings: fifteen events of Jul-Dec 2017, the dev set's months), with gold
for every place mention and every claim. Their READMEs record the first scores, taken before any
change they prompted. The thresholds sit a little under what the pipeline reaches after the fixes
they prompted, so a regression of any of those mechanisms fails here; each mechanism also has its
own tests (``test_*_fronts.py`` and the other topic files).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conflictmap.evaluate import score

TESTS = Path(__file__).resolve().parent

#: corpus -> minimum (mention P, mention R, <=10 km, claim P, claim R, actor agreement, date accuracy).
#: fronts, first score: mentions P 0.966 R 0.917, <=10 km 0.976; claims P 0.765 R 0.515, actors 0.743,
#: dates 0.886; after its fixes: 0.993 0.951 0.992; 0.895 0.783, 0.925, 0.982.
#: outlets, first score (after the fronts fixes): 0.976 0.969 0.992; 0.751 0.584, 0.819, 0.947; after
#: its fixes: 0.997 0.972 0.996; 0.856 0.693, 0.942, 0.957.
#: genres, first score: 0.979 0.923 0.984; 0.803 0.515, 0.791, 0.778; after its fixes: 0.999 0.973
#: 0.990; 0.904 0.675, 0.906, 0.959. After the genres fixes, fronts: 0.993 0.956 0.992; 0.907 0.790,
#: 0.926, 0.991; outlets: 0.997 0.976 0.996; 0.888 0.726, 0.940, 0.979.
#: regional (scraped openings of regional papers and small sites), first score: 0.979 0.935 1.000;
#: 0.675 0.594, 0.848, 0.889; after the rounds on the older corpora (unseen): 0.979 0.944 1.000;
#: 0.681 0.609, 0.852, 0.889; after its own fixes: 0.997 0.975 1.000; 0.835 0.684, 0.857, 0.902.
#: events (one event, three outlets), first score: 0.980 0.948 1.000; 0.700 0.548, 0.841, 0.936;
#: after its own fixes: 0.987 0.961 1.000; 0.784 0.600, 0.899, 0.923.
#: clusters (ten more events), first score: 0.972 0.972 0.987; 0.678 0.540, 0.836, 0.837; after its own
#: fixes: 0.988 0.985 0.993; 0.745 0.619, 0.857, 0.897.
#: periods (Jan-Jun 2017 and 2018), first score: 0.977 0.956 1.000; 0.749 0.610, 0.828, 0.872; after its
#: own fixes: 0.979 0.962 1.000; 0.803 0.700, 0.837, 0.927.
#: weeks (May 2017 - Feb 2018), first score: 0.981 0.946 0.991; 0.651 0.618, 0.791, 0.882; after its own
#: fixes: 0.990 0.972 0.991; 0.749 0.719, 0.875, 0.911.
#: years (2016, 2017, 2018), first score: 0.983 0.947 0.984; 0.757 0.602, 0.800, 0.951; after its own
#: fixes: 0.996 0.947 0.996; 0.863 0.660, 0.841, 0.936.
#: eras (2015, 2016, 2019, 2020), first score (after the years round): 0.972 0.961 0.993; 0.743 0.660,
#: 0.754, 0.842; after its own fixes: 0.983 0.978 1.000; 0.768 0.693, 0.765, 0.889.
#: campaigns (2018), first score: 0.981 0.945 0.991; 0.743 0.529, 0.873, 0.945; after its own fixes and the
#: census round: 0.988 0.959 0.996; 0.806 0.620, 0.899, 0.963.
#: 2017 (written after those rounds), first score: 0.970 0.953 0.981; 0.682 0.614, 0.838, 0.905; after its own
#: fixes: 0.988 0.979 0.991; 0.758 0.696, 0.882, 0.953.
#: dev_period (Jul-Dec 2017, written during the pooled round), first score: 0.977 0.963 0.995; 0.709 0.569,
#: 0.747, 0.828; after its own fixes: 0.985 0.971 0.995; 0.790 0.653, 0.743, 0.931.
MINIMA = {
    "generalisation_fronts": (0.98, 0.94, 0.97, 0.88, 0.77, 0.90, 0.97),
    "generalisation_outlets": (0.98, 0.95, 0.98, 0.86, 0.70, 0.92, 0.95),
    "generalisation_genres": (0.98, 0.95, 0.97, 0.88, 0.65, 0.88, 0.94),
    "generalisation_regional": (0.98, 0.95, 0.98, 0.80, 0.65, 0.83, 0.87),
    "generalisation_events": (0.97, 0.94, 0.98, 0.75, 0.57, 0.86, 0.88),
    "generalisation_clusters": (0.97, 0.96, 0.97, 0.70, 0.58, 0.82, 0.86),
    "generalisation_periods": (0.97, 0.95, 0.98, 0.77, 0.66, 0.80, 0.89),
    "generalisation_weeks": (0.98, 0.96, 0.98, 0.72, 0.69, 0.85, 0.89),
    "generalisation_years": (0.98, 0.93, 0.98, 0.82, 0.63, 0.81, 0.91),
    "generalisation_eras": (0.97, 0.96, 0.98, 0.74, 0.66, 0.73, 0.86),
    "generalisation_campaigns": (0.98, 0.95, 0.98, 0.78, 0.60, 0.87, 0.94),
    "generalisation_2017": (0.98, 0.97, 0.98, 0.74, 0.67, 0.85, 0.94),
    "generalisation_dev_period": (0.98, 0.96, 0.98, 0.77, 0.63, 0.72, 0.91),
}


#: The regional, events and clusters corpora imitate scraped article openings, with claims as sparse as in
#: the dev set; the periods, weeks, years, eras and campaigns corpora are denser (four or five a passage: most of their events
#: change hands).
MIN_CLAIMS = {"generalisation_regional": 130, "generalisation_events": 110, "generalisation_clusters": 110,
              "generalisation_periods": 200, "generalisation_weeks": 170,
              "generalisation_years": 180, "generalisation_eras": 200, "generalisation_campaigns": 200,
              "generalisation_2017": 160, "generalisation_dev_period": 160}


def _records(corpus: str) -> list[dict]:
    with (TESTS / corpus / "articles.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("corpus", sorted(MINIMA))
def test_gold_file_is_built_from_the_passages(corpus):
    import importlib.util

    builder = TESTS / "generalisation_claims" / "make_articles.py"
    spec = importlib.util.spec_from_file_location("make_articles", builder)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold = _records(corpus)
    assert module.build(TESTS / corpus) == gold
    assert len(gold) >= 30 and sum(len(r["claims"]) for r in gold) >= MIN_CLAIMS.get(corpus, 250)


@pytest.mark.parametrize("corpus", sorted(MINIMA))
def test_scores_stay_above_the_guard(corpus, gazetteer):
    from conflictmap.pipeline import analyse_article, extract_record
    from geo.model import Article

    gold = _records(corpus)
    predictions = {}
    for r in gold:
        article = Article(id=r["id"], date=dt.date.fromisoformat(r["published"]), text=r["text"],
                          source=r["outlet"], url=r["url"])
        predictions[r["id"]] = extract_record(analyse_article(article, gazetteer))
    summary = score(gold, predictions).summary()
    mentions, resolution, claims = summary["mentions"], summary["resolution"], summary["claims"]
    got = (mentions["precision"], mentions["recall"], resolution["acc_10km"], claims["precision"],
           claims["recall"], claims["actor_agreement"], claims["date_accuracy"])
    names = ("mention P", "mention R", "<=10 km", "claim P", "claim R", "actors", "dates")
    below = [f"{n} {g:.3f} < {m}" for n, g, m in zip(names, got, MINIMA[corpus]) if g < m]
    assert not below, f"{corpus}: " + "; ".join(below)
