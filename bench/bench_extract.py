"""Extraction throughput vs. the practical floor (a raw pyahocorasick scan), gazetteer load, memory.

Run from the repository root:  python bench/bench_extract.py [--articles 10000]
Corpus: the seed articles (and, when ../shared/eval/dev exists, the dev articles) repeated to N
articles. Prints one table; nothing is asserted (this is a benchmark, not a test).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus(n: int):
    from geo.articles import read_articles

    base = list(read_articles([ROOT / "seeds"]))
    dev = ROOT.parent / "shared" / "eval" / "dev" / "articles.jsonl"
    if dev.exists():
        from geo.model import Article
        import datetime as dt

        for line in dev.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            base.append(Article(id=r["id"], date=dt.date.fromisoformat(r["published"]), text=r["text"]))
    return [base[i % len(base)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from gazetteer.store import load_gazetteer

    gaz = load_gazetteer()
    t_load = time.perf_counter() - t0

    from conflictmap.pipeline import analyse_article
    from gazetteer.matcher import find_mentions
    from geo.arabic import normalize

    articles = corpus(args.articles)
    distinct = len({a.id for a in articles})
    megabytes = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6

    t0 = time.perf_counter()
    find_mentions(articles[0].text, gaz)  # build the automaton once
    t_automaton = time.perf_counter() - t0

    # Floor: one raw Aho-Corasick scan of the same names over the same texts, nothing else.
    import ahocorasick

    raw = ahocorasick.Automaton()
    for name, pid in gaz.names_ar():
        key = normalize(name)
        if key:
            raw.add_word(key, pid)
    raw.make_automaton()
    texts = [a.text for a in articles]
    t0 = time.perf_counter()
    hits = 0
    for text in texts:
        for _ in raw.iter(text):
            hits += 1
    t_raw = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_mentions = sum(len(find_mentions(a.text, gaz)) for a in articles)
    t_mentions = time.perf_counter() - t0

    # First pass over the distinct articles: lexicon loading and the lazily compiled per-word
    # regexes of the claim stage (a one-off cost per process, reported apart).
    t0 = time.perf_counter()
    for a in articles[:distinct]:
        analyse_article(a, gaz)
    t_warm = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_claims = sum(len(analyse_article(a, gaz).claims) for a in articles)
    t_full = time.perf_counter() - t0

    # Where the time goes: the three stages of one extract, timed apart.
    from gazetteer.resolver import resolve_mentions
    from geo.claims import extract_claims

    t_stage = {"find": 0.0, "resolve": 0.0, "claims": 0.0}
    for a in articles:
        t0 = time.perf_counter()
        mentions = find_mentions(a.text, gaz)
        t1 = time.perf_counter()
        resolutions = resolve_mentions(mentions, a.text, gaz)
        t2 = time.perf_counter()
        extract_claims(a, resolutions)
        t3 = time.perf_counter()
        t_stage["find"] += t1 - t0
        t_stage["resolve"] += t2 - t1
        t_stage["claims"] += t3 - t2
    t_import = _cli_import_seconds()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    n = len(articles)
    rows = [
        ("gazetteer load", f"{t_load:.3f} s", f"{len(gaz)} places"),
        ("automaton build (first call)", f"{t_automaton:.3f} s", ""),
        ("first extract pass (lexicons, lazy regexes)", f"{t_warm:.3f} s", f"{distinct} distinct articles"),
        ("raw pyahocorasick scan (floor)", f"{n / t_raw:,.0f} art/s", f"{megabytes / t_raw:.1f} MB/s, {hits} hits"),
        ("find_mentions", f"{n / t_mentions:,.0f} art/s", f"{megabytes / t_mentions:.1f} MB/s, {n_mentions} mentions"),
        ("full extract (mentions+resolve+claims)", f"{n / t_full:,.0f} art/s",
         f"{megabytes / t_full:.1f} MB/s, {n_claims} claims; {t_full / t_raw:.1f}x the raw scan"),
        *[(f"  stage: {name}", f"{1e3 * t / n:.3f} ms/art", f"{100 * t / sum(t_stage.values()):.0f} %")
          for name, t in t_stage.items()],
        ("CLI import (python -c 'import conflictmap.cli')", f"{t_import:.3f} s", "best of 3, process start included"),
        ("peak RSS", f"{peak_mb:.0f} MB", ""),
    ]
    from conflictmap.cli import _version

    print(f"corpus: {n} articles, {megabytes:.1f} MB (one core); conflictmap {_version()}")
    for name, value, extra in rows:
        print(f"  {name:<48} {value:>14}  {extra}")


def _cli_import_seconds() -> float:
    """Wall time of a fresh interpreter importing the CLI (best of three)."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import conflictmap.cli"], cwd=ROOT, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


if __name__ == "__main__":
    main()
