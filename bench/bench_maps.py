"""Map rendering benchmark: build time and HTML size per date map vs ``GeoDataFrame.explore()``,
and load time of a synthetic 10,000-claim map in headless Chromium.

Run from the repository root:  python bench/bench_maps.py [--claims 10000] [--repeat 3]

Prints one table; nothing is asserted (a benchmark, not a test). "explore" draws the same claim,
place and control points with geopandas' default folium output (CDN assets, one GeoJson layer
each); "ours (no libs)" is our HTML minus the inlined Leaflet/plugin code, i.e. what the 300 KB
budget counts.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def seed_layers():
    """Per-date layers of the seed articles through the real pipeline (None if unavailable)."""
    try:
        from conflictmap.pipeline import analyse_article
        from gazetteer.store import load_gazetteer
        from geo.articles import read_articles
        from geo.layers import build_layers
        from geo.timeline import build_timeline
    except ImportError as exc:  # pragma: no cover - partial checkouts
        print(f"(seeds skipped: {exc})")
        return {}
    gazetteer = load_gazetteer()
    analyses = [analyse_article(a, gazetteer) for a in read_articles([ROOT / "seeds"])]
    timeline = build_timeline([c for a in analyses for c in a.claims])
    from geo.errors import ConflictMapError

    def area(place_id):
        try:
            return gazetteer.geometry(place_id)
        except ConflictMapError:  # unknown places have no area
            return None

    out = {}
    for day in sorted({a.article.date for a in analyses}):
        todays = [a for a in analyses if a.article.date == day]
        out[day] = (build_layers(todays, timeline, on_date=day, area_geometry=area),
                    [a.article for a in todays])
    return out


def explore_html(layers) -> str:
    """``explore()`` on the same features; without mapclassify, its equivalent for a frame with
    no ``column`` (a folium.GeoJson with an all-fields tooltip on an OSM map, like explore)."""
    import folium

    try:
        import mapclassify  # noqa: F401  (explore() refuses to run without it)
        real = True
    except ImportError:
        real = False
    m = None
    for frame in (layers.claims, layers.places, layers.control):
        if len(frame) == 0:
            continue
        frame = frame.copy()
        for col in frame.columns:
            if col != frame.geometry.name:
                frame[col] = frame[col].astype(str)
        if real:
            m = frame.explore(m=m)
            continue
        if m is None:
            m = folium.Map(tiles="OpenStreetMap")
        fields = [c for c in frame.columns if c != frame.geometry.name]
        folium.GeoJson(frame.to_json(), marker=folium.CircleMarker(radius=2, fill=True),
                       tooltip=folium.GeoJsonTooltip(fields=fields)).add_to(m)
        m.fit_bounds([[frame.total_bounds[1], frame.total_bounds[0]],
                      [frame.total_bounds[3], frame.total_bounds[2]]])
    m = m or folium.Map()
    return m.get_root().render()


def timed(fn, repeat: int):
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def lib_free_size(html: str) -> int:
    stripped = re.sub(r"<script>/\* [^*]+ \(vendored\) \*/.*?</script>", "", html, flags=re.S)
    stripped = re.sub(r"<style>/\* [^*]+ \(vendored\) \*/.*?</style>", "", stripped, flags=re.S)
    return len(stripped.encode("utf-8"))


def chromium_load_ms(path: Path) -> tuple[float, float] | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path("/usr/bin/chromium").exists():
        return None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        runs = []
        for _ in range(3):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            start = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("window.cm && cm.layerControl")
            page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            runs.append((time.perf_counter() - start) * 1000)
            page.close()
        browser.close()
    return min(runs), statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from fixtures_maps import D1, articles, make_layers
    from maps.render import build_date_map

    build_date_map(make_layers(D1), articles=articles())  # warm caches/imports
    rows = []
    cases = [(f"seed {day}", lay, arts) for day, (lay, arts) in seed_layers().items()]
    cases.append(("fixture", make_layers(D1), articles()))
    for name, lay, arts in cases:
        t_ours, html = timed(lambda: build_date_map(lay, articles=arts), args.repeat)
        t_exp, ehtml = timed(lambda: explore_html(lay), args.repeat)
        rows.append((name, len(lay.claims) + len(lay.places) + len(lay.control), t_ours * 1000,
                     t_exp * 1000, t_ours / t_exp if t_exp else float("nan"), len(html.encode()) // 1024,
                     lib_free_size(html) // 1024, len(ehtml.encode()) // 1024))

    print(f"{'map':<18}{'points':>7}{'ours ms':>9}{'explore ms':>11}{'ratio':>7}"
          f"{'ours KB':>9}{'no libs KB':>11}{'explore KB':>11}")
    for r in rows:
        print(f"{r[0]:<18}{r[1]:>7}{r[2]:>9.0f}{r[3]:>11.0f}{r[4]:>7.2f}{r[5]:>9}{r[6]:>11}{r[7]:>11}")

    big = make_layers(D1, n_random_claims=args.claims)
    start = time.perf_counter()
    html = build_date_map(big, articles=articles())
    build_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.html"
        path.write_text(html, encoding="utf-8")
        load_ms = chromium_load_ms(path)
    print(f"\nsynthetic map: {len(big.claims)} claims, build {build_s:.2f} s, "
          f"{len(html.encode()) / 1e6:.1f} MB, Chromium load "
          + (f"best {load_ms[0]:.0f} ms, median {load_ms[1]:.0f} ms of 3 (canvas renderer)"
             if load_ms is not None else "n/a (no Chromium)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
