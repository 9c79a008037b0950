"""The maps in real headless Chromium (Debian /usr/bin/chromium via playwright).

Checks: pages load with no console errors and no request other than file://, layers toggle in the
LayerControl, popups open with the right Arabic/English text, search works in both scripts,
online tiles are requested only when chosen, and the index slider changes the visible features.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures_maps import D1, D2, articles, make_layers
from maps import render
from maps.snapshot import chromium_path

pytestmark = pytest.mark.browser

if chromium_path() is None:  # pragma: no cover - depends on the machine
    pytest.skip("Chromium not found ($CONFLICTMAP_CHROMIUM or /usr/bin/chromium)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) not installed")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("site")
    day1 = make_layers(D1)
    render.render_date_map(day1, root / D1.isoformat() / "map.html", articles=articles(D1))
    cumulative = make_layers(None)
    claims = cumulative.claims.copy()
    later = claims["id"].isin(["c00003", "c00004", "c00005"])
    claims.loc[later, "valid_from"] = D2
    claims.loc[later, "valid_to"] = D2
    cumulative = type(cumulative)(**{**{k: getattr(cumulative, k) for k in cumulative.__dataclass_fields__},
                                     "claims": claims})
    render.render_index({D1: day1, D2: make_layers(D2)}, cumulative, root / "index.html",
                        articles_by_date={D1: articles(D1), D2: articles(D2)})
    return root


class Page:
    def __init__(self, browser, url: str):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.set_default_timeout(5000)
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        # anything not file:// is recorded above and then refused
        self.page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
                        else route.abort())
        self.page.goto(url)
        self.page.wait_for_function("window.cm && cm.map && cm.layerControl")
        self.page.wait_for_timeout(150)  # let Leaflet finish its first layout

    def js(self, code: str):
        return self.page.evaluate(code)

    def remote(self) -> list[str]:
        return [u for u in self.requests if not u.startswith("file://")]


@pytest.fixture()
def date_page(browser, site):
    page = Page(browser, (site / D1.isoformat() / "map.html").as_uri())
    yield page
    page.page.close()


@pytest.fixture()
def index_page(browser, site):
    page = Page(browser, (site / "index.html").as_uri())
    yield page
    page.page.close()


def test_date_map_loads_clean_and_offline(date_page):
    date_page.page.wait_for_timeout(300)
    assert date_page.errors == []
    assert date_page.remote() == []
    assert date_page.js("cm.map.hasLayer(cm.layers.basemap)") is True
    assert date_page.js("cm.layers.claims.getLayers().length") == 5
    assert date_page.page.locator(".leaflet-control-scale").count() == 1
    assert date_page.page.locator(".leaflet-control-minimap").count() == 1
    assert date_page.page.locator("#cm-legend").is_visible()


def test_layer_control_toggles_layers(date_page):
    page = date_page.page
    page.locator(".leaflet-control-layers").hover()
    label = page.locator("label", has_text="Control claims")
    box = label.locator("input")
    assert box.is_checked() and date_page.js("cm.map.hasLayer(cm.layers.claims)")
    box.click()
    assert not date_page.js("cm.map.hasLayer(cm.layers.claims)")
    box.click()
    assert date_page.js("cm.map.hasLayer(cm.layers.claims)")
    zones = page.locator("label", has_text="De-escalation zones").locator("input")
    zones.click()
    assert not date_page.js("cm.map.hasLayer(cm.layers.zones)")
    assert date_page.errors == [] and date_page.remote() == []


def _click_feature(page: Page, layer: str, feature_id: str) -> None:
    """Really click one feature. Any open popup is closed first (its auto-pan would move the map
    under the next click), and the feature's pixel is re-measured before every attempt."""
    page.js("(() => { cm.map.closePopup(); cm.map.stop(); return 0; })()")
    page.page.wait_for_function("document.querySelectorAll('.leaflet-popup').length === 0", timeout=3000)
    locate = f"""(() => {{
        let hit = null;
        cm.layers[{layer!r}].eachLayer(l => {{ if (l.feature.properties.id === {feature_id!r}) hit = l; }});
        const p = cm.map.latLngToContainerPoint(hit.getLatLng());
        const box = cm.map.getContainer().getBoundingClientRect();
        return [p.x + box.left, p.y + box.top];
    }})()"""
    # a real click; retried because a click landing during Leaflet's first layout can be eaten
    # (six tries of 2.5 s: on a loaded machine a popup can take over a second to open)
    for _ in range(6):
        point = page.js(locate)
        page.page.mouse.click(point[0], point[1])
        try:
            page.page.wait_for_function("document.querySelectorAll('.leaflet-popup').length > 0", timeout=2500)
            return
        except playwright_api.TimeoutError:
            continue
    raise AssertionError(f"clicking feature {feature_id} of layer {layer} never opened a popup")


def test_popup_shows_bilingual_escaped_text(date_page):
    _click_feature(date_page, "claims", "c00001")
    popup = date_page.page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "Syrian Army captured Deir ez-Zor" in text
    arabic = popup.locator('[dir="rtl"][lang="ar"]')
    assert "الجيش السوري" in arabic.first.inner_text() and "دير الزور" in arabic.first.inner_text()
    assert popup.locator('a[href="https://news.example.org/a1"]').count() == 1
    assert date_page.js("getComputedStyle(document.querySelector('.leaflet-container')).direction") == "ltr"
    # the hostile claim: its markup shows as text, nothing is injected
    _click_feature(date_page, "claims", "c00002")
    popup = date_page.page.locator(".leaflet-popup-content", has_text="ISIS air strike on Al Mayadin")
    popup.wait_for()
    assert "<img src=x onerror=alert(1)>" in popup.inner_text()
    assert popup.locator("img").count() == 0 and popup.locator("a").count() == 0
    assert date_page.errors == []


def test_search_by_arabic_and_english(date_page):
    page = date_page.page
    box = page.locator(".cm-search input")
    box.fill("الميادين")
    assert "Al Mayadin" in page.locator(".cm-results").inner_text()
    box.fill("deir ez")
    assert "دير الزور" in page.locator(".cm-results").inner_text()
    box.fill("دير الزور")
    box.press("Enter")
    page.locator(".leaflet-popup-content").wait_for()
    assert "Deir ez-Zor" in page.locator(".leaflet-popup-content").inner_text()


def test_online_tiles_only_when_selected(date_page):
    page = date_page.page
    page.wait_for_timeout(200)
    assert date_page.remote() == []
    page.locator(".leaflet-control-layers").hover()
    page.locator("label", has_text="OpenStreetMap (online)").locator("input").click()
    page.wait_for_timeout(300)
    assert any("tile.openstreetmap.org" in u for u in date_page.remote())  # attempted only now


def test_index_slider_changes_visible_features(index_page):
    page = index_page.page
    assert index_page.errors == [] and index_page.remote() == []
    links = page.locator("a[href='2017-09-14/map.html']")
    assert links.count() == 1
    count = "cm.timelines.map(t => t.getLayers().length)"
    first = index_page.js(count)
    slider = page.locator(".leaflet-timeline-control input[type=range]")
    slider.evaluate("(el) => { el.value = el.max; el.dispatchEvent(new Event('input', {bubbles: true})); }")
    page.wait_for_timeout(100)
    last = index_page.js(count)
    assert first != last
    assert first[1] == 2 and last[1] == 3  # claims of 14 Sep, then of 15 Sep
    assert "2017-09-15" in page.locator(".leaflet-timeline-control").inner_text()
    assert index_page.errors == [] and index_page.remote() == []
