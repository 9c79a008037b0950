"""PNG snapshots: headless Chromium on a real Leaflet page (browser tests) and the static fallback."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from geo.errors import InputError, MissingDependencyError
from maps import export, snapshot
from tests.fixtures_e import D2, make_layers

ROOT = Path(__file__).resolve().parents[1]
LEAFLET = ROOT / "maps" / "assets" / "vendor" / "leaflet"
HAS_CHROMIUM = snapshot.chromium_path() is not None and snapshot._playwright_available()
browser = pytest.mark.skipif(not HAS_CHROMIUM, reason="no Chromium at /usr/bin/chromium "
                             "(or $CONFLICTMAP_CHROMIUM) or playwright missing")

WIDTH, HEIGHT = 800, 500
CENTER, ZOOM = (35.6, 38.6), 7


def _pixel(lat: float, lon: float) -> tuple[int, int]:
    """Web-Mercator container pixel of (lat, lon) for the test page's fixed view."""
    def project(la: float, lo: float) -> tuple[float, float]:
        scale = 256 * 2 ** ZOOM
        x = (lo + 180) / 360 * scale
        s = math.sin(math.radians(la))
        y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * scale
        return x, y

    cx, cy = project(*CENTER)
    x, y = project(lat, lon)
    return round(x - cx + WIDTH / 2), round(y - cy + HEIGHT / 2)


def _page(tmp: Path, layers, *, late_actor: str | None = None) -> Path:
    """A small offline Leaflet page drawing the claims as filled circles in actor colours.

    It also has an online tile layer (must be blocked) and, with ``late_actor``, adds one more
    marker asynchronously while holding ``window.conflictmapReady = false``.
    """
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copy(LEAFLET / name, tmp / name)
    markers = []
    for _, claim in layers.claims.iterrows():
        colour = export.actor_colour(claim["actor"])
        markers.append(f"L.circleMarker([{claim.geometry.y}, {claim.geometry.x}], {{radius: 12, "
                       f"stroke: false, fillColor: '{colour}', fillOpacity: 1}}).addTo(map_test);")
    late = ""
    if late_actor:
        colour = export.actor_colour(late_actor)
        late = (f"window.conflictmapReady = false; setTimeout(function () {{"
                f"L.circleMarker([34.0, 39.5], {{radius: 12, stroke: false, fillColor: '{colour}',"
                f" fillOpacity: 1}}).addTo(map_test); window.conflictmapReady = true; }}, 400);")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>test map</title>
<link rel="stylesheet" href="leaflet.css"><script src="leaflet.js"></script>
<style>html,body,#map{{margin:0;height:100%;width:100%;background:#ffffff}}</style></head>
<body><div id="map"></div><script>
var map_test = L.map('map', {{center: [{CENTER[0]}, {CENTER[1]}], zoom: {ZOOM}, zoomControl: false,
                             attributionControl: false}});
L.tileLayer('https://tiles.example.invalid/{{z}}/{{x}}/{{y}}.png').addTo(map_test);
{chr(10).join(markers)}
{late}
</script></body></html>"""
    path = tmp / "map.html"
    path.write_text(html, encoding="utf-8")
    return path


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def _near(image, xy, colour, radius=2) -> bool:
    want = _rgb(colour)
    x0, y0 = xy
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            got = image.getpixel((x0 + dx, y0 + dy))[:3]
            if max(abs(a - b) for a, b in zip(got, want, strict=True)) <= 12:
                return True
    return False


def _colours(path: Path) -> int:
    from PIL import Image

    return len(Image.open(path).convert("RGB").getcolors(maxcolors=1 << 20) or [])


# ------------------------------------------------------------------------------------ browser


@pytest.fixture(scope="module")
def chromium_shot(tmp_path_factory):
    if not HAS_CHROMIUM:
        pytest.skip("no Chromium")
    tmp = tmp_path_factory.mktemp("shot")
    layers = make_layers(D2)
    html = _page(tmp, layers)
    with snapshot.ChromiumSession() as session:
        session.screenshot(html, tmp / "a.png", width=WIDTH, height=HEIGHT)
        blocked = list(session.blocked)
        session.screenshot(html, tmp / "b.png", width=WIDTH, height=HEIGHT)
    return layers, tmp, blocked


@pytest.mark.browser
@browser
def test_chromium_snapshot_has_actor_colours_where_the_claims_are(chromium_shot):
    from PIL import Image

    layers, tmp, _ = chromium_shot
    image = Image.open(tmp / "a.png").convert("RGB")
    assert image.size == (WIDTH, HEIGHT)
    assert _colours(tmp / "a.png") > 20  # not blank
    # the last claim drawn at a spot is on top (c-04 Syrian Army covers c-03 SDF at Tall Abyad)
    top = {}
    for _, claim in layers.claims.iterrows():
        top[_pixel(claim.geometry.y, claim.geometry.x)] = claim["actor"]
    for xy, actor in top.items():
        assert _near(image, xy, export.actor_colour(actor)), (actor, xy)
    assert not _near(image, (20, 20), export.actor_colour("ISIS"))


@pytest.mark.browser
@browser
def test_chromium_snapshot_is_offline_and_deterministic(chromium_shot):
    _, tmp, blocked = chromium_shot
    assert blocked and all(url.startswith("https://tiles.example.invalid/") for url in blocked)
    assert (tmp / "a.png").read_bytes() == (tmp / "b.png").read_bytes()


@pytest.mark.browser
@browser
def test_snapshot_waits_for_a_page_that_builds_itself_late(tmp_path):
    from PIL import Image

    html = _page(tmp_path, make_layers(), late_actor="SDF")
    used = snapshot.snapshot(html, tmp_path / "late.png", width=WIDTH, height=HEIGHT,
                             renderer="chromium")
    assert used == "chromium"
    image = Image.open(tmp_path / "late.png").convert("RGB")
    assert _near(image, _pixel(34.0, 39.5), export.actor_colour("SDF"))


def test_missing_page_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such map page"):
        snapshot.snapshot(tmp_path / "nope.html", tmp_path / "x.png", renderer="chromium")
    assert not (tmp_path / "x.png").exists()


# ---------------------------------------------------------------------------- static renderer


def test_renderer_choice_without_a_browser(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICTMAP_CHROMIUM", str(tmp_path / "no-such-chromium"))
    assert snapshot.chromium_path() is None
    html = tmp_path / "page.html"
    html.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    with pytest.raises(MissingDependencyError):
        snapshot.snapshot(html, tmp_path / "a.png", renderer="chromium")
    assert snapshot.snapshot(html, tmp_path / "a.png", layers=make_layers(D2)) == "matplotlib"
    assert (tmp_path / "a.png").read_bytes().startswith(b"\x89PNG")
    with pytest.raises(InputError, match="unknown renderer"):
        snapshot.snapshot(html, tmp_path / "a.png", renderer="svg")


def test_static_renderer_draws_actor_colours_deterministically(tmp_path):
    from PIL import Image

    layers = make_layers(D2)
    a = snapshot.render_static(tmp_path / "a.png", layers=layers, width=640, height=480)
    b = snapshot.render_static(tmp_path / "b.png", layers=make_layers(D2), width=640, height=480)
    assert a.read_bytes() == b.read_bytes()
    image = Image.open(a).convert("RGB")
    assert image.size == (640, 480)
    counts = {c: n for n, c in image.getcolors(maxcolors=1 << 20)}
    for actor in ("Syrian Army", "ISIS"):
        assert counts.get(_rgb(export.actor_colour(actor)), 0) > 20, actor


def test_static_renderer_reads_features_from_the_html(tmp_path):
    from PIL import Image

    html = _page(tmp_path, make_layers())
    out = snapshot.render_static(tmp_path / "h.png", html_path=html, width=640, height=480)
    counts = {c: n for n, c in Image.open(out).convert("RGB").getcolors(maxcolors=1 << 20)}
    assert counts.get(_rgb(export.actor_colour("ISIS")), 0) > 20
    features = snapshot._features_from_html(
        '<script>f({"features": [{"type": "Feature", "geometry": {"type": "Point", '
        '"coordinates": [36.2, 37.1]}, "properties": {"actor": "SDF"}}], '
        '"type": "FeatureCollection"});</script>')
    assert features[0]["properties"]["actor"] == "SDF"


def test_shape_arabic_joins_and_reverses_for_plain_renderers():
    assert snapshot.shape_arabic("Aleppo 12") == "Aleppo 12"
    shaped = snapshot.shape_arabic("حلب", force=True)
    assert shaped == "\ufe90\ufee0\ufea3"  # presentation forms, visual order
    mixed = snapshot.shape_arabic("معركة 2017", force=True)
    assert "2017" in mixed  # digits keep their left-to-right order


def test_pdf_dates_are_fixed_without_moving_offsets():
    data = b"%PDF-1.4\n<< /CreationDate (D:20240101120000+00'00') /ModDate (D:20240101120001Z) >>"
    fixed = snapshot._fixed_pdf_dates(data)
    assert len(fixed) == len(data)
    assert b"2024" not in fixed and b"/CreationDate (D:00000000000000+00'00')" in fixed


# -------------------------------------------------------------------------------------- report


def _report_inputs(tmp_path):
    from tests.fixtures_e import D1

    pngs = {}
    for day in (D1, D2):
        pngs[day] = snapshot.render_static(tmp_path / "maps" / f"{day}.png", layers=make_layers(day),
                                           width=320, height=240)
    return [(D2, pngs[D2], "matplotlib"), (D1, pngs[D1])], make_layers()


def test_report_html_places_each_date_with_caption_legend_sources_and_claims(tmp_path):
    import re

    from maps import report
    from tests.fixtures_e import D1

    entries, layers = _report_inputs(tmp_path)
    written = report.write_report(entries, layers, tmp_path / "out", pdf=False)
    assert written == [tmp_path / "out" / "report.html"]
    page = written[0].read_text(encoding="utf-8")
    days = re.findall(r'<section class="day" id="d([\d-]+)">', page)
    assert days == [D1.isoformat(), D2.isoformat()]  # chronological whatever the input order
    for src in re.findall(r'<img src="([^"]+)"', page):
        assert (tmp_path / "out" / src).resolve().is_file()
    d2 = page[page.index(f'id="d{D2.isoformat()}"'):]
    assert "Rendered with matplotlib" in d2 and "2 claims" in d2
    for claim_id in ("c-02", "c-03"):
        quote = layers.claims.set_index("id").loc[claim_id, "quote"]
        assert quote.split("\n")[0] in d2
    assert "Outlet Two" in d2 and export.actor_colour("SDF") in d2 and "ISIS" in d2
    assert "<b>title</b>" not in page and "&lt;b&gt;title&lt;/b&gt;" in page
    assert 'href="javascript' not in page
    assert 'dir="rtl" lang="ar"' in page
    again = report.report_html(entries, make_layers(), tmp_path / "out")
    assert again == page


def test_report_rejects_bad_entries(tmp_path):
    from maps import report

    with pytest.raises(InputError):
        report.write_report([("not a date", tmp_path / "x.png")], make_layers(), tmp_path, pdf=False)


@pytest.mark.browser
@browser
def test_report_pdf_is_printed_and_reproducible(tmp_path):
    from maps import report

    entries, layers = _report_inputs(tmp_path)
    first = report.write_report(entries, layers, tmp_path / "a")
    second = report.write_report(entries, make_layers(), tmp_path / "b")
    assert [p.name for p in first] == ["report.html", "report.pdf"]
    data = first[1].read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000  # the PNGs are embedded
    assert data == second[1].read_bytes()


# Container pixel of each claim on the real map, and whether a map control covers it.
_PROBE = """(points) => {
  const map = Object.values(window).find((v) => { try { return v instanceof L.Map; }
                                                  catch (e) { return false; } });
  return points.map(([lat, lon]) => {
    const p = map.latLngToContainerPoint([lat, lon]);
    const x = Math.round(p.x), y = Math.round(p.y);
    const inside = x >= 4 && y >= 4 && x < window.innerWidth - 4 && y < window.innerHeight - 4;
    const el = inside ? document.elementFromPoint(x, y) : null;
    return [x, y, inside && !!el && !el.closest('.leaflet-control')];
  });
}"""


@pytest.mark.browser
@browser
def test_real_map_page_snapshot_has_actor_colours_at_claims(tmp_path):
    from PIL import Image

    render = pytest.importorskip("maps.render")
    layers = make_layers(D2)
    html = render.render_date_map(layers, tmp_path / D2.isoformat() / "map.html", articles=[])
    points = [[c.geometry.y, c.geometry.x] for c in layers.claims.itertuples()]
    probe = f"() => ({_PROBE})({points})"
    with snapshot.ChromiumSession() as session:
        session.screenshot(html, tmp_path / "a.png", width=1280, height=800, evaluate=probe)
        located = session.last_evaluation
        assert session.blocked == []  # the real page needs nothing from the network
        session.screenshot(html, tmp_path / "b.png", width=1280, height=800)
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()
    image = Image.open(tmp_path / "a.png").convert("RGB")
    assert _colours(tmp_path / "a.png") > 50
    by_spot: dict[tuple[int, int], set[str]] = {}
    for (x, y, visible), claim in zip(located, layers.claims.itertuples(), strict=True):
        if visible:
            by_spot.setdefault((x, y), set()).add(claim.actor)
    assert by_spot, "no claim is visible in the snapshot"
    for xy, actors in by_spot.items():
        assert any(_near(image, xy, export.actor_colour(a), radius=3) for a in actors), (xy, actors)
