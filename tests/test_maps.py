"""Unit tests of maps.render / maps.styles (no browser; see test_browser_maps.py for Chromium)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings, strategies as hst

from fixtures_maps import D1, D2, EVIL_TITLE, articles, empty_layers, make_layers
from geo.errors import InputError
from geo.model import ACTIONS
from maps import render, styles


@pytest.fixture(scope="module")
def layers():
    return make_layers(D1)


@pytest.fixture(scope="module")
def date_html(layers):
    return render.build_date_map(layers, articles=articles(), mode="inline")


def test_render_date_map_writes_file_and_returns_path(tmp_path, layers):
    out = render.render_date_map(layers, tmp_path / "2017-09-14" / "map.html", articles=articles())
    assert out == tmp_path / "2017-09-14" / "map.html"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and '<html lang="en" dir="ltr">' in text
    assert not list(out.parent.glob(".*"))  # no temporary leftovers


def test_output_is_deterministic_and_has_no_random_ids(layers, date_html):
    again = render.build_date_map(layers, articles=articles(), mode="inline")
    assert again == date_html
    assert not re.search(r"_[0-9a-f]{32}\b", date_html)  # folium's uuid-style names are gone


def test_inline_mode_references_nothing_remote(date_html):
    assert "<script src=" not in date_html and "<link " not in date_html
    assert "cdn.jsdelivr" not in date_html and "cdnjs" not in date_html and "unpkg" not in date_html
    # Leaflet and the plugins are really inlined
    assert "Leaflet 1.9.3" in date_html or "leaflet (vendored)" in date_html
    assert "L.Control.GroupedLayers" in date_html and "MiniMap" in date_html
    assert "url(images/" not in date_html  # CSS images became data URIs


def test_online_mode_links_cdn_versions(layers):
    text = render.build_date_map(layers, articles=articles(), mode="online")
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"></script>' in text


def test_folder_mode_and_copy_assets(tmp_path, layers):
    assets = render.copy_assets(tmp_path / "assets")
    assert (assets / "vendor" / "leaflet" / "leaflet.js").is_file()
    assert (assets / "vendor" / "leaflet" / "LICENSE").is_file()
    text = render.build_date_map(layers, articles=articles(), mode="../assets")
    for src in re.findall(r'<script src="([^"]+)"', text):
        assert src.startswith("../assets/vendor/")
        assert (tmp_path / "x" / src).resolve().is_file()


def test_every_article_string_is_escaped(date_html):
    assert EVIL_TITLE not in date_html
    assert "<script>alert" not in date_html and "<img src=x" not in date_html
    assert 'href="javascript:' not in date_html
    # the hostile strings survive as text (escaped in HTML, then \u003c-escaped inside JSON)
    assert "alert(\\\"x\\\")" in date_html or "alert(&quot;x&quot;)" in date_html
    assert "Evil &lt;b&gt;Outlet&lt;/b&gt;" in date_html


def _features(html: str) -> dict[str, list[dict]]:
    """layer id -> features, decoded from the page's cm.data / cm.layer calls."""
    data = {m.group(1): json.loads(m.group(2)) for m in re.finditer(r"cm\.data\.(d\d+)=(\{.*?\});\n", html)}
    table = json.loads(re.search(r"cm\.strs\((\[.*?\])\);\n", html).group(1))
    out = {}
    for m in re.finditer(r'cm\.layer\("([^"]+)", cm\.data\.(d\d+),', html):
        out[m.group(1)] = data[m.group(2)]["features"]
        for feature in out[m.group(1)]:  # HTML fragments joined back, as cm.html() does
            props = feature["properties"]
            for key in ("p", "t", "l"):
                if isinstance(props.get(key), list):
                    props[key] = "".join(table[v] if isinstance(v, int) else v for v in props[key])
    return out


def test_layers_carry_bilingual_popups(date_html):
    feats = _features(date_html)
    assert {"claims", "places", "control", "sieges", "axes", "areas", "zones", "governorates",
            "rivers", "basemap-countries", "basemap-towns"} <= set(feats)
    claims = {f["properties"]["id"]: f["properties"] for f in feats["claims"]}
    assert len(claims) == 5
    pop = claims["c00001"]["p"]
    assert 'dir="rtl" lang="ar"' in pop and "دير الزور" in pop and "Deir ez-Zor" in pop
    assert "Syrian Army" in pop and "الجيش السوري" in pop
    assert "2017-09-14 (exact day)" in pop and "exact point (±1 km)" in pop
    assert 'href="https://news.example.org/a1"' in pop and 'rel="noopener noreferrer"' in pop
    assert "«سيطر الجيش على كفر تجربة»" in pop
    evil = claims["c00002"]["p"]
    assert "href=" not in evil  # javascript: URL is not linked
    assert "&lt;img src=x onerror=alert(1)&gt;" in evil
    zones = [f["properties"] for f in feats["zones"] if "p" in f["properties"]]
    assert len(zones) == 4 and all("Approximate" in z["p"] and "تقريبية" in z["p"] for z in zones)


def test_claim_styles_follow_actor_and_action(date_html):
    styles_table = json.loads(re.search(r"cm\.styles\((\{.*?\})\);\n", date_html).group(1))
    feats = {f["properties"]["id"]: f["properties"] for f in _features(date_html)["claims"]}
    army = styles_table[feats["c00001"]["s"]]
    isis = styles_table[feats["c00002"]["s"]]
    assert army["fillColor"] == styles.actor_colour("Syrian Army") and army["shape"] == "square"
    assert isis["fillColor"] == "#000000" and isis["shape"] == "star"
    assert styles_table[feats["c00004"]["s"]]["shape"] == "ring"  # besieged


def test_precision_is_visible(date_html):
    feats = _features(date_html)
    circles = [f for f in feats["places"] if "m" in f["properties"]]
    assert {round(f["properties"]["m"]) for f in circles} == {120000, 25000}
    area_types = {f["geometry"]["type"] for f in feats["areas"]}
    assert "Polygon" in area_types or "MultiPolygon" in area_types
    arrow_heads = [f for f in feats["axes"] if f["geometry"]["type"] == "Polygon"]
    assert len(arrow_heads) == 1


def test_controls_present(date_html):
    for needle in ("L.control.groupedLayers(", "L.control.fullscreen(", "L.Control.CmSearch(",
                   "L.Control.MiniMap(", "L.control.scale(", 'id="cm-legend"',
                   "De-escalation zones (approximate)"):
        assert needle in date_html, needle
    # online tile layers are defined but never added at load time
    assert re.search(r"var cmTiles_OpenStreetMap_Mapnik = cm\.tiles\(", date_html)
    assert "cmTiles_OpenStreetMap_Mapnik.addTo" not in date_html


def test_size_budget_without_library_assets(layers):
    text = render.build_date_map(layers, articles=articles(), mode="online")
    assert len(text.encode("utf-8")) <= 300_000


def test_empty_layers_render(tmp_path):
    out = render.render_date_map(empty_layers(D2), tmp_path / "m.html", articles=[], index_href=None)
    text = out.read_text(encoding="utf-8")
    assert "0 claims" in text and "../index.html" not in text
    assert json.dumps(render.SYRIA_BOUNDS) in text.replace(" ", "")  or "[[32.3,35.6],[37.4,42.4]]" in text


def test_unknown_basemap_is_a_user_error(tmp_path, layers):
    with pytest.raises(InputError):
        render.render_date_map(layers, tmp_path / "m.html", articles=[], basemap="google")


def test_index_lists_dates_articles_and_timeline(tmp_path):
    day1, day2 = make_layers(D1), make_layers(D2)
    cumulative = make_layers(None)
    out = render.render_index({D1: day1, D2: day2}, cumulative, tmp_path / "index.html",
                              articles_by_date={D1: articles(D1), D2: articles(D2)})
    text = out.read_text(encoding="utf-8")
    assert 'href="2017-09-14/map.html"' in text and 'href="2017-09-15/map.html"' in text
    assert "L.timelineSliderControl(" in text and "L.timeline(" in text
    assert "moment" not in text.split("leaflet.timeline (vendored)")[0]  # no moment.js needed
    assert "<script src=" not in text
    assert EVIL_TITLE not in text and "Evil &lt;b&gt;Outlet&lt;/b&gt;" in text
    again = render.build_index_map({D1: day1, D2: day2}, cumulative,
                                   articles_by_date={D1: articles(D1), D2: articles(D2)})
    assert again == text


def test_styles_palette_and_shapes():
    colours = [styles.actor_colour(a) for a in styles.ACTOR_COLOURS]
    assert len(set(colours)) == len(colours)
    for action in ACTIONS:
        assert styles.action_style(action).label_ar
    required = ["captured", "advanced", "besieged", "siege_broken", "airstrike"]
    assert len({styles.action_style(a).shape for a in required}) == len(required)
    assert styles.actor_colour("Brand new brigade") in styles.FALLBACK_COLOURS
    legend = styles.legend_html(["Syrian Army", "ISIS"])
    assert "Syrian Army" in legend and "approximate" in legend and 'dir="rtl"' in legend


@given(hst.text())
@settings(max_examples=200, deadline=None)
def test_script_json_never_breaks_out_of_script(value):
    text = render.script_json({"v": value, "w": [value]})
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert "{{" not in text and "{%" not in text and "{#" not in text
    assert json.loads(text) == {"v": value, "w": [value]}


@given(hst.text())
@settings(max_examples=200, deadline=None)
def test_safe_url_only_passes_http(value):
    out = render.safe_url(value)
    assert out is None or re.match(r"(?i)https?://[^/]", out)


@given(hst.text(max_size=80))
@settings(max_examples=100, deadline=None)
def test_claim_popup_escapes_any_text(value):
    row = {"actor": value, "action": "captured", "place_name": value, "place_name_ar": value,
           "quote": value, "title": value, "source": value, "url": value, "attribution": value}
    pop = render.claim_popup(row)
    # every tag in the popup is one of ours
    tags = set(re.findall(r"<([a-zA-Z]+)", pop))
    assert tags <= {"div", "span", "b", "blockquote", "svg", "polygon", "circle", "a", "i"}
    assert "<a " not in pop or re.search(r'<a href="https?://', pop)


def test_article_text_is_never_compiled_as_a_template(tmp_path):
    from geo.model import Article

    arts = [Article(id="j1", date=D1, text="x", source="{{ 7*7 }}", url="https://e.org/{{7*7}}",
                    title="{% if false %}HIDDEN{% endif %} {{ 6*7 }}")]
    text = render.build_date_map(make_layers(D1), articles=arts, title="{{ 5*5 }}")
    assert "&#123;&#123; 6*7 &#125;&#125;" in text and "&#123;&#123; 7*7 &#125;&#125;" in text
    assert "&#123;% if false %&#125;HIDDEN" in text  # the block was kept as text, not evaluated
    assert "<title>&#123;&#123; 5*5 &#125;&#125;</title>" in text


def test_template_syntax_in_claims_is_inert_on_date_map_and_index():
    day = make_layers(D1)
    claims = day.claims.copy()
    claims["title"] = "{% if false %}HIDDEN{% endif %}"
    claims["quote"] = "{{ 6*7 }}"
    claims["place_name"] = "{{ 6*7 }}"
    fields = {k: getattr(day, k) for k in day.__dataclass_fields__}
    hostile = type(day)(**{**fields, "claims": claims})
    for text in (render.build_date_map(hostile, articles=articles()),
                 render.build_index_map({D1: hostile}, hostile, articles_by_date={D1: articles()})):
        text = text.replace("\\u0026", "&").replace("\\u00ab", "«").replace("\\u00bb", "»")
        assert "&#123;% if false %&#125;HIDDEN" in text
        assert "«&#123;&#123; 6*7 &#125;&#125;»" in text


@settings(max_examples=60, deadline=None)
@given(hst.lists(hst.lists(hst.sampled_from(["<b>", "</b>", "<div class=\"x\">", "</div>", "Army", "قرية",
                                             " · ", "&lt;x&gt;", "1", "<", ">", "{{"]), max_size=12),
                 min_size=1, max_size=8))
def test_interned_html_joins_back_exactly(parts):
    strings = ["".join(p) for p in parts]
    fc = {"features": [{"properties": {"p": s, "t": s[::-1]}} for s in strings]}
    table = render._intern_html([fc])
    for s, feature in zip(strings, fc["features"]):
        for key, want in (("p", s), ("t", s[::-1])):
            got = feature["properties"][key]
            if isinstance(got, list):
                assert all(isinstance(v, str) or 0 <= v < len(table) for v in got)
                got = "".join(table[v] if isinstance(v, int) else v for v in got)
            assert got == want


def test_large_map_ships_compact_popups():
    big = make_layers(D1, n_random_claims=300)
    html = render.build_date_map(big, articles=articles(), mode="online")
    assert html == render.build_date_map(big, articles=articles(), mode="online")
    claims = _features(html)["claims"]
    assert len(claims) == 305
    raw = re.search(r'"id":"c00150"[^}]*\}', html).group(0)
    assert '"p":[' in raw and "cm-pop" not in raw  # shared markup comes from the fragment table
    one = next(f["properties"] for f in claims if f["properties"]["id"] == "c00150")
    assert "Village 50" in one["p"] and "قرية 50" in one["p"] and one["p"].startswith('<div class="cm-pop">')
    assert len(html.encode("utf-8")) < 300_000 + 305 * 400  # a few hundred bytes per claim
