"""Render layered, bilingual, offline Folium maps: one per article date, plus a timeline index.

Each map is a folium :class:`~folium.Map` whose layers are drawn by a small runtime
(``maps/assets/conflictmap.js``) from compact GeoJSON with pre-escaped popup HTML. Leaflet and
every plugin come from ``maps/assets/vendor/`` (vendored from npm with licences, see
``maps/assets/SOURCES.md``) and are inlined into the HTML by default, so a map opened from
``file://`` makes no network request at all. ``online_assets=True`` links the same versions on
jsDelivr instead; online tile layers (xyzservices) are offered as optional base layers and are
only requested when the user selects them.

Output is deterministic: folium's random element ids are replaced by sequential ones before
rendering, GeoJSON is written with sorted keys and rounded coordinates, and nothing depends on
the clock.

Public API
----------
render_date_map(layers, out_html, *, articles, ...)  -> Path
render_index(layers_by_date, cumulative, out_html, *, articles_by_date, ...) -> Path
copy_assets(dest_dir) -> Path
"""

from __future__ import annotations

import base64
import datetime as _dt
import html as _html
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from geo.atomic import atomic_write_text
from geo.errors import InputError
from maps import styles as st

if TYPE_CHECKING:  # pragma: no cover
    from geo.layers import Layers
    from geo.model import Article

__all__ = ["render_date_map", "render_index", "copy_assets", "build_date_map", "build_index_map",
           "safe_url", "SYRIA_BOUNDS", "CANVAS_THRESHOLD"]

#: [[south, west], [north, east]] used when a map has no features.
SYRIA_BOUNDS: list[list[float]] = [[32.3, 35.6], [37.4, 42.4]]
#: Layers with more point features than this are drawn on a canvas renderer.
CANVAS_THRESHOLD = 1000
COORD_DECIMALS = 5

# (npm package, file under vendor/<package>/, CDN URL for --online-assets)
_CSS_ASSETS: tuple[tuple[str, str, str], ...] = (
    ("leaflet", "leaflet.css", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"),
    ("leaflet.fullscreen", "Control.FullScreen.css",
     "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.css"),
    ("leaflet-minimap", "Control.MiniMap.min.css",
     "https://cdn.jsdelivr.net/npm/leaflet-minimap@3.6.1/dist/Control.MiniMap.min.css"),
    ("leaflet-groupedlayercontrol", "leaflet.groupedlayercontrol.min.css",
     "https://cdn.jsdelivr.net/npm/leaflet-groupedlayercontrol@0.6.1/dist/leaflet.groupedlayercontrol.min.css"),
)
_JS_ASSETS: tuple[tuple[str, str, str], ...] = (
    ("leaflet", "leaflet.js", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"),
    ("leaflet.fullscreen", "Control.FullScreen.js",
     "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.js"),
    ("leaflet-minimap", "Control.MiniMap.min.js",
     "https://cdn.jsdelivr.net/npm/leaflet-minimap@3.6.1/dist/Control.MiniMap.min.js"),
    ("leaflet-groupedlayercontrol", "leaflet.groupedlayercontrol.min.js",
     "https://cdn.jsdelivr.net/npm/leaflet-groupedlayercontrol@0.6.1/dist/leaflet.groupedlayercontrol.min.js"),
)
_TIMELINE_JS = ("leaflet.timeline", "leaflet.timeline.js",
                "https://cdn.jsdelivr.net/npm/leaflet.timeline@1.6.0/dist/leaflet.timeline.js")

# Optional online base layers (xyzservices provider path, label). Never added by default.
_ONLINE_TILES: tuple[tuple[str, str], ...] = (
    ("OpenStreetMap.Mapnik", "OpenStreetMap (online)"),
    ("OpenTopoMap", "OpenTopoMap (online)"),
    ("Esri.WorldImagery", "Esri World Imagery (online)"),
)

_MIME = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif"}


# --------------------------------------------------------------------------------------------
# small pure helpers
# --------------------------------------------------------------------------------------------

_TEMPLATE_OPENER = re.compile(r"\{(?=[{%#])")


def _esc(value: Any) -> str:
    """HTML-escape any value ('' for None/NaN); braces become entities.

    folium re-parses every rendered script as a Jinja template, so ``{{``/``{%`` from an article
    must never reach it literally.
    """
    return _html.escape(_text(value), quote=True).replace("{", "&#123;").replace("}", "&#125;")


def _defuse(text: str) -> str:
    """Break ``{{``, ``{%``, ``{#`` in plain (non-HTML) strings with a zero-width space."""
    return _TEMPLATE_OPENER.sub("{\u200b", text)


def _text(value: Any) -> str:
    if type(value) is str:  # fast path: most cells are plain strings
        return value
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    try:
        import pandas as pd

        if value is pd.NaT or (not isinstance(value, (str, bytes)) and pd.isna(value) is True):
            return ""
    except (TypeError, ValueError, ImportError):  # pragma: no cover - arrays etc.
        pass
    if isinstance(value, (_dt.datetime,)):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def _date(value: Any) -> _dt.date | None:
    """Coerce a date-like cell (date, datetime, Timestamp, ISO string, None/NaN) to a date."""
    text = _text(value)
    if not text:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _num(value: Any, default: float = 0.0) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return default
    return default if math.isnan(out) else out


def safe_url(url: Any) -> str | None:
    """Return ``url`` if it is an absolute http(s) URL with a host, else None.

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)"), safe_url("//x")
    ('https://example.org/a?b=1', None, None)
    """
    text = _text(url).strip()
    if not text or any(ch in text for ch in "\x00\r\n\t "):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def _link(url: Any, label: str) -> str:
    safe = safe_url(url)
    if safe is None:
        return _esc(label)
    return (f'<a href="{_html.escape(safe, quote=True)}" target="_blank" '
            f'rel="noopener noreferrer">{_esc(label)}</a>')


def _ar(text: Any) -> str:
    """An Arabic fragment in its own RTL element (empty when there is no text)."""
    value = _text(text)
    if not value:
        return ""
    return f'<span class="cm-ar" dir="rtl" lang="ar">{_esc(value)}</span>'


def _ar_block(lines: Iterable[str]) -> str:
    body = "".join(f"<div>{line}</div>" for line in lines if line)
    if not body:
        return ""
    return f'<div class="cm-arb cm-ar" dir="rtl" lang="ar">{body}</div>'


def script_json(obj: Any) -> str:
    """JSON safe to embed inside ``<script>`` (no ``</script>``, ``<!--`` or U+2028 breakage)."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False)
    text = _TEMPLATE_OPENER.sub(r"\\u007b", text)  # JSON never has "{{"/"{%" outside strings
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _round_coords(obj: Any, nd: int = COORD_DECIMALS) -> Any:
    if isinstance(obj, float):
        return round(obj, nd)
    if isinstance(obj, (list, tuple)):
        return [_round_coords(v, nd) for v in obj]
    return obj


def _geometry(geom: Any) -> dict[str, Any] | None:
    if geom is None or getattr(geom, "is_empty", True):
        return None
    from shapely.geometry import mapping

    mapped = mapping(geom)
    return {"type": mapped["type"], "coordinates": _round_coords(mapped["coordinates"])}


def _feature(geom: Any, props: dict[str, Any]) -> dict[str, Any] | None:
    g = _geometry(geom)
    if g is None:
        return None
    return {"type": "Feature", "geometry": g,
            "properties": {k: (_defuse(v) if isinstance(v, str) else v) for k, v in props.items()
                           if v not in (None, "")}}


def _collection(features: Iterable[dict[str, Any] | None]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [f for f in features if f is not None]}


def _rows(frame: Any) -> list[tuple[dict[str, Any], Any]]:
    """(properties, geometry) per row of a GeoDataFrame, in id order; [] for None/empty."""
    if frame is None or len(frame) == 0:
        return []
    geom_col = frame.geometry.name
    records = frame.drop(columns=[geom_col]).to_dict("records")
    out = list(zip(records, list(frame.geometry)))
    out.sort(key=lambda rg: _text(rg[0].get("id")))
    return out


#: Feature properties holding pre-escaped HTML (popup, tooltip, permanent label).
_HTML_PROPS = ("p", "t", "l")
_TAG_SPLIT = re.compile(r"(<[^<>]*>)")


def _html_tokens(markup: str) -> list[str]:
    """Split escaped HTML into tags and text runs (lossless: ``"".join`` gives it back)."""
    return [t for t in _TAG_SPLIT.split(markup) if t]


def _intern_html(collections: Sequence[dict[str, Any]]) -> list[str]:
    """Replace the HTML strings of features by lists of fragments; return the shared table.

    Popups of thousands of claims repeat the same markup and labels ("Syrian Army captured",
    the source line, the date line...) around a few unique strings (place names, quotes). Each
    HTML property (``p``, ``t``, ``l``) becomes a list whose items are either an ``int`` (index
    into the returned table, for a run of tags/text seen more than once on the page) or a
    ``str`` (a run used once). ``cm.html`` in ``conflictmap.js`` joins them back into exactly the
    original string, so escaping is unchanged: fragments are cut only at tag boundaries of
    already-escaped HTML. Strings made of a single run stay plain strings. The table is ordered
    by first use, so output stays deterministic. Collections are modified in place.
    """
    values: list[tuple[dict[str, Any], str, list[str]]] = []
    counts: dict[str, int] = {}
    for fc in collections:
        for feature in fc.get("features", ()):
            props = feature.get("properties") or {}
            seen: set[str] = set()  # a place name in both popup and tooltip is still unique
            for key in _HTML_PROPS:
                value = props.get(key)
                if isinstance(value, str) and value:
                    tokens = _html_tokens(value)
                    values.append((props, key, tokens))
                    seen.update(tokens)
            for tok in seen:
                counts[tok] = counts.get(tok, 0) + 1
    # runs of repeated tokens and runs of unique tokens become fragments
    runs_per_value: list[list[str]] = []
    run_counts: dict[str, int] = {}
    for _props, _key, tokens in values:
        runs: list[str] = []
        current: list[str] = []
        shared = None
        for tok in tokens:
            is_shared = counts[tok] > 1
            if is_shared is shared:
                current.append(tok)
                continue
            if current and is_shared != shared:
                runs.append("".join(current))
                current = []
            current.append(tok)
            shared = is_shared
        if current:
            runs.append("".join(current))
        runs_per_value.append(runs)
        for run in runs:
            run_counts[run] = run_counts.get(run, 0) + 1
    table: list[str] = []
    index: dict[str, int] = {}
    for (props, key, _tokens), runs in zip(values, runs_per_value):
        if len(runs) == 1 and run_counts[runs[0]] == 1:
            continue  # unique string: stays as it is
        items: list[Any] = []
        for run in runs:
            if run_counts[run] > 1 and len(run) > 3:
                if run not in index:
                    index[run] = len(table)
                    table.append(run)
                items.append(index[run])
            elif items and isinstance(items[-1], str):
                items[-1] += run
            else:
                items.append(run)
        props[key] = items
    return table


def _ms(day: _dt.date) -> int:
    return int(_dt.datetime(day.year, day.month, day.day, tzinfo=_dt.timezone.utc).timestamp() * 1000)


# --------------------------------------------------------------------------------------------
# assets
# --------------------------------------------------------------------------------------------

def _assets_root() -> Path:
    return Path(str(resources.files("maps").joinpath("assets")))


@lru_cache(maxsize=None)
def _vendor_text(package: str, name: str) -> str:
    return (_assets_root() / "vendor" / package / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _inline_css(package: str, name: str) -> str:
    """Vendored CSS with ``url(relative)`` images turned into data URIs."""
    folder = _assets_root() / "vendor" / package / Path(name).parent
    css = _vendor_text(package, name)

    def repl(match: re.Match[str]) -> str:
        target = match.group(2)
        if target.startswith(("data:", "#", "http:", "https:")):
            return match.group(0)
        path = (folder / target).resolve()
        if not path.is_file():
            return match.group(0)
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"url({match.group(1)}data:{_MIME.get(path.suffix, 'application/octet-stream')};base64,{data}{match.group(1)})"

    return re.sub(r"url\((['\"]?)([^)'\"]+)\1\)", repl, css)


@lru_cache(maxsize=None)
def _own_asset(name: str) -> str:
    text = (_assets_root() / name).read_text(encoding="utf-8")
    return text.replace("__ARABIC_FONTS__", st.ARABIC_FONT_STACK)


def _script_tag(code: str) -> str:
    return "<script>" + code.replace("</script", "<\\/script") + "</script>"


def _assets_head(mode: str, *, timeline: bool) -> str:
    """``<link>/<style>/<script>`` tags for the libraries.

    ``mode`` is "inline" (embed everything), "online" (jsDelivr) or a relative/absolute href of
    a folder made by :func:`copy_assets` (e.g. ``"../assets"``).
    """
    js = list(_JS_ASSETS) + ([_TIMELINE_JS] if timeline else [])
    parts: list[str] = []
    for package, name, cdn in _CSS_ASSETS:
        if mode == "inline":
            parts.append(f"<style>/* {package} (vendored) */\n{_inline_css(package, name)}</style>")
        elif mode == "online":
            parts.append(f'<link rel="stylesheet" href="{cdn}"/>')
        else:
            parts.append(f'<link rel="stylesheet" href="{_esc(mode.rstrip("/"))}/vendor/{package}/{name}"/>')
    parts.append(f"<style>{_own_asset('conflictmap.css')}</style>")
    for package, name, cdn in js:
        if mode == "inline":
            parts.append(_script_tag(f"/* {package} (vendored) */\n{_vendor_text(package, name)}"))
        elif mode == "online":
            parts.append(f'<script src="{cdn}"></script>')
        else:
            parts.append(f'<script src="{_esc(mode.rstrip("/"))}/vendor/{package}/{name}"></script>')
    parts.append(_script_tag(_own_asset("conflictmap.js")))
    return "\n".join(parts)


def copy_assets(dest_dir: str | Path) -> Path:
    """Copy the vendored libraries (with licences) into ``dest_dir``; return it.

    Maps rendered with ``assets="<href of dest_dir>"`` then load them from there.
    """
    import shutil

    dest = Path(dest_dir)
    src = _assets_root()
    shutil.copytree(src / "vendor", dest / "vendor", dirs_exist_ok=True)
    shutil.copy2(src / "SOURCES.md", dest / "SOURCES.md")
    return dest


def _mode(online_assets: bool, assets: str | None) -> str:
    if assets is not None:
        if not assets:
            raise InputError("assets must be 'inline', 'online' or a folder href")
        return assets
    return "online" if online_assets else "inline"


@lru_cache(maxsize=1)
def _basemap() -> dict[str, Any]:
    text = resources.files("maps").joinpath("data", "basemap.json").read_text(encoding="utf-8")
    return json.loads(text)


# --------------------------------------------------------------------------------------------
# folium elements
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _elements():
    """Create the folium/branca element classes lazily (keeps ``import maps.render`` light).

    Every template is compiled once, here; data and markup are passed as attributes and never
    compiled as Jinja (so ``{{ … }}`` in an article title stays text).
    """
    from branca.element import Element, MacroElement
    from folium.template import Template

    class CmHtml(Element):
        """Raw, already-escaped HTML or script; never compiled as a template."""

        _template = Template("{{ this.markup }}")

        def __init__(self, markup: str):
            super().__init__()
            self._name = "CmHtml"
            self.markup = markup

    class CmScript(MacroElement):
        """Script from ``code(map_name)``, evaluated at render time.

        folium's MacroElement re-parses its rendered output as a Jinja template; this element
        instead adds its text as-is to the page script (faster, and data is never templated).
        """

        def __init__(self, code: Callable[[str], str]):
            super().__init__()
            self._name = "CmScript"
            self._code = code

        def js(self) -> str:
            return self._code(self._parent.get_name())

        def render(self, **kwargs: Any) -> None:
            self.get_root().script.add_child(CmHtml(self.js() + "\n"), name=self.get_name())

    class CmLayer(CmScript):
        """A GeoJSON layer drawn by ``cm.layer``; optionally added to the map at load."""

        def __init__(self, layer_id: str, data_js: str, *, show: bool = True, canvas: bool = False,
                     search: str | None = None, pane: str | None = None, count: int = 0):
            super().__init__(self._layer_js)
            self._name = "CmLayer"
            self.layer_id = layer_id
            self.data_js = data_js
            opts: dict[str, Any] = {"canvas": canvas}
            if search:
                opts["search"] = search
            if pane:
                opts["pane"] = pane
            self.opts_js = script_json(opts)
            self.show = show
            self.count = count

        def _layer_js(self, map_name: str) -> str:
            name = self.get_name()
            add = f"{name}.addTo({map_name});" if self.show else ""
            return f"var {name} = cm.layer({script_json(self.layer_id)}, {self.data_js}, {self.opts_js});{add}"

    return CmScript, CmLayer, CmHtml, Element


def _assign_ids(root: Any) -> None:
    """Replace folium's random element ids with sequential ones (deterministic output)."""
    counter = 0
    seen: set[int] = set()

    def walk(element: Any) -> None:
        nonlocal counter
        if id(element) in seen:
            return
        seen.add(id(element))
        counter += 1
        element._id = f"{counter:04d}"
        for child in list(getattr(element, "_children", {}).values()):
            walk(child)

    walk(root)
    for part in ("header", "html", "script"):
        if hasattr(root, part):
            walk(getattr(root, part))


# --------------------------------------------------------------------------------------------
# popups and features
# --------------------------------------------------------------------------------------------

def _precision_text(geo_precision: Any, km: Any) -> tuple[str, str]:
    en, ar = st.GEO_PRECISION_LABELS.get(_text(geo_precision), (_text(geo_precision) or "unknown", ""))
    radius = _num(km, 0.0)
    if radius > 0:
        en = f"{en} (±{radius:g} km)"
        ar = f"{ar} (±{radius:g} كم)" if ar else ""
    return en, ar


def _date_text(day: Any, precision: Any) -> tuple[str, str]:
    d = _text(day)
    label_en, label_ar = st.DATE_PRECISION_LABELS.get(_text(precision), (_text(precision), ""))
    if not d:
        return ("date not given" + (f" ({label_en})" if label_en and label_en != "date unknown" else ""),
                "التاريخ غير مذكور")
    return (f"{d} ({label_en})" if label_en else d, f"{d} ({label_ar})" if label_ar else d)


def _popup(en_lines: Sequence[str], ar_lines: Sequence[str], *, note: bool = False) -> str:
    en = "".join(line if line.startswith("<div") else f"<div>{line}</div>" for line in en_lines if line)
    if note:
        en += '<div class="cm-note">Claimed by the source, not verified.</div>'
    return f'<div class="cm-pop"><div class="cm-en" lang="en">{en}</div>{_ar_block(ar_lines)}</div>'


def _tip(name: Any, name_ar: Any, extra: str = "") -> str:
    out = _esc(name)
    if _text(name_ar):
        out += _ar(name_ar)
    if extra:
        out += f" · {_esc(extra)}"
    return out


def claim_popup(row: Mapping[str, Any]) -> str:
    """Bilingual popup HTML for one claim row (every data string escaped)."""
    actor = _text(row.get("actor")) or "Unknown"
    action = _text(row.get("action")) or "other"
    verb_en, verb_ar = st.action_label(action)
    when_en, when_ar = _date_text(row.get("event_date"), row.get("date_precision"))
    where_en, where_ar = _precision_text(row.get("geo_precision"), row.get("precision_km"))
    reported = _text(row.get("article_date"))
    source = _text(row.get("source")) or "source not given"
    title = _text(row.get("title")) or "article"
    counter = _text(row.get("counter_actor"))
    attribution = _text(row.get("attribution"))
    colour = st.actor_colour(actor)
    en = [
        f'<div class="cm-h"><i class="cm-dot" style="background:{colour}"></i>{_esc(actor)} {_esc(verb_en)} '
        f'<b>{_esc(row.get("place_name"))}</b></div>',
        f"Against: {_esc(counter)}" if counter else "",
        f'<span class="cm-meta">Event date: {_esc(when_en)}'
        + (f" · reported {_esc(reported)}" if reported else "") + "</span>",
        f'<span class="cm-meta">Location: {_esc(where_en)}</span>',
        f'<span class="cm-meta">According to: {_esc(attribution)}</span>' if attribution else "",
        f"Source: {_esc(source)} — {_link(row.get('url'), title)}",
    ]
    quote = _text(row.get("quote"))
    actor_name_ar = st.actor_ar(actor, _text(row.get("actor_ar")))
    ar = [
        f"<b>{_esc(actor_name_ar)}</b> {_esc(verb_ar)} <b>{_esc(row.get('place_name_ar'))}</b>"
        if (actor_name_ar or _text(row.get("place_name_ar"))) else "",
        f"التاريخ: {_esc(when_ar)}" if when_ar else "",
        f"الموقع: {_esc(where_ar)}" if where_ar else "",
        f"<blockquote>«{_esc(quote)}»</blockquote>" if quote else "",
    ]
    return _popup(en, ar, note=True)


def place_popup(row: Mapping[str, Any]) -> str:
    """Bilingual popup HTML for a mentioned place."""
    where_en, where_ar = _precision_text(row.get("geo_precision"), row.get("precision_km"))
    mentions = int(_num(row.get("mentions"), 0))
    articles = [a for a in _text(row.get("article_ids")).split(";") if a]
    first, last = _text(row.get("first_seen")), _text(row.get("last_seen"))
    seen = first if first == last else f"{first} – {last}"
    known = row.get("known")
    en = [
        f'<div class="cm-h">{_esc(row.get("name"))}</div>',
        f'<span class="cm-meta">{_esc(row.get("kind"))}'
        + (f" · {_esc(row.get('admin1'))}" if _text(row.get("admin1")) else "") + "</span>",
        f"Mentioned {mentions}× in {len(articles)} article(s)" + (f" · {_esc(seen)}" if seen else ""),
        f'<span class="cm-meta">Location: {_esc(where_en)}</span>',
        "<i>Not in the gazetteer: drawn at the enclosing area.</i>" if known is False else "",
        f'<span class="cm-meta">Written as: {_esc(row.get("surfaces")).replace("|", " · ")}</span>'
        if _text(row.get("surfaces")) else "",
        f'<span class="cm-meta">Gazetteer id: {_esc(row.get("id"))}'
        + (f" · {_esc(row.get('source'))}" if _text(row.get("source")) else "") + "</span>",
    ]
    ar = [f"<b>{_esc(row.get('name_ar'))}</b>" if _text(row.get("name_ar")) else "",
          f"الموقع: {_esc(where_ar)}" if where_ar and _text(row.get("name_ar")) else ""]
    return _popup(en, ar)


def control_popup(row: Mapping[str, Any]) -> str:
    """Bilingual popup HTML for one control-state row."""
    actor = _text(row.get("actor")) or "Unknown"
    status = _text(row.get("status"))
    status_en, status_ar = st.STATUS_LABELS.get(status, (status, ""))
    rivals = [r for r in _text(row.get("rival_actors")).split(";") if r]
    sources = [s for s in _text(row.get("sources")).split(";") if s]
    en = [
        f'<div class="cm-h">{_esc(row.get("place_name"))}: {_esc(status_en)} by {_esc(actor)}</div>',
        f'<span class="cm-meta">Since {_esc(row.get("since"))} · last reported '
        f'{_esc(row.get("last_reported"))}</span>',
        f"<b>Conflicting reports</b>: also claimed by {_esc(', '.join(rivals))}"
        if (row.get("conflicting") is True or rivals) else "",
        f'<span class="cm-meta">Sources: {_esc(", ".join(sources))}</span>' if sources else "",
        f'<span class="cm-meta">Claims: {_esc(row.get("claim_ids")).replace(";", ", ")}</span>'
        if _text(row.get("claim_ids")) else "",
    ]
    ar = [f"<b>{_esc(row.get('place_name_ar'))}</b>: {_esc(status_ar)} — {_esc(st.actor_ar(actor))}"
          if _text(row.get("place_name_ar")) or st.actor_ar(actor) else "",
          f"منذ {_esc(row.get('since'))}" if _text(row.get("since")) else ""]
    return _popup(en, ar, note=True)


def _control_style(row: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    actor = _text(row.get("actor")) or "Unknown"
    status = _text(row.get("status")) or "controlled"
    conflicting = row.get("conflicting") is True or bool(_text(row.get("rival_actors")))
    colour = st.actor_colour(actor)
    style: dict[str, Any] = {"radius": 8, "color": "#222222", "weight": 1.5, "fillColor": colour,
                             "fillOpacity": 0.85, "opacity": 1, "className": "cm-control"}
    if status in ("besieged", "siege_broken"):
        style.update(color=colour, weight=4, fillOpacity=0.0, fill=True, radius=9)
        if status == "siege_broken":
            style["dashArray"] = "4 4"
    elif status == "contested":
        style.update(fillOpacity=0.45, dashArray="3 3", weight=2.5)
    elif status == "claimed_advance":
        style.update(fillOpacity=0.4, weight=1)
    if conflicting:
        style.update(dashArray="3 3", weight=2.5, color="#000000")
    key = f"control|{actor}|{status}|{int(conflicting)}"
    return key, style


class _Styles:
    """Collects the style table shared by every layer of a page."""

    def __init__(self) -> None:
        self.table: dict[str, dict[str, Any]] = {}

    def add(self, key: str, style: dict[str, Any]) -> str:
        self.table.setdefault(key, style)
        return key


def _claim_features(frame: Any, styles: _Styles, *, timeline: bool = False,
                    end_day: _dt.date | None = None) -> list[dict[str, Any]]:
    out = []
    for row, geom in _rows(frame):
        actor = _text(row.get("actor")) or "Unknown"
        action = _text(row.get("action")) or "other"
        shape = st.action_style(action).shape
        colour = st.actor_colour(actor)
        if shape == "ring":
            style = {"radius": 7, "shape": shape, "color": colour, "weight": 4, "fill": True,
                     "fillOpacity": 0.0, "opacity": 1, "className": "cm-claim"}
        else:
            style = {"radius": 7, "shape": shape, "color": "#222222", "weight": 1, "fillColor": colour,
                     "fillOpacity": 0.95, "opacity": 1, "className": "cm-claim"}
        key = styles.add(f"claim|{actor}|{shape}", style)
        verb_en, _ = st.action_label(action)
        props: dict[str, Any] = {
            "s": key, "p": claim_popup(row),
            "t": _tip(row.get("place_name"), row.get("place_name_ar"), f"{actor} {verb_en}"),
            "n": _text(row.get("place_name")), "na": _text(row.get("place_name_ar")),
            "id": _text(row.get("id")),
        }
        if timeline:
            props.update(_interval(row, end_day))
        out.append(_feature(geom, props))
    return [f for f in out if f]


def _interval(row: Mapping[str, Any], end_day: _dt.date | None) -> dict[str, int]:
    start = _date(row.get("valid_from")) or _date(row.get("event_date")) or _date(row.get("article_date"))
    end = _date(row.get("valid_to")) or end_day or start
    if start is None:
        start = end or _dt.date(1970, 1, 1)
    if end is None or end < start:
        end = start
    return {"start": _ms(start), "end": _ms(end) + 86_400_000 - 1}


def _place_features(frame: Any, styles: _Styles) -> list[dict[str, Any]]:
    dot = styles.add("place", {"radius": 4, "shape": "circle", "color": "#ffffff", "weight": 1,
                               "fillColor": "#333333", "fillOpacity": 0.9, "className": "cm-place"})
    unknown = styles.add("place|unknown", {"radius": 4, "shape": "circle", "color": "#333333",
                                           "weight": 1.5, "dashArray": "2 2", "fillColor": "#ffffff",
                                           "fillOpacity": 0.7, "className": "cm-place"})
    prec = styles.add("place|precision", {"color": "#555555", "weight": 1, "dashArray": "4 4",
                                          "fillColor": "#888888", "fillOpacity": 0.08, "interactive": False})
    out = []
    for row, geom in _rows(frame):
        km = _num(row.get("precision_km"), 0.0)
        if (2.0 <= km <= MAX_PRECISION_CIRCLE_KM and row.get("kind") not in NO_PRECISION_CIRCLE_KINDS
                and geom is not None and geom.geom_type == "Point"):
            out.append(_feature(geom, {"s": prec, "m": round(km * 1000, 1)}))
        mentions = int(_num(row.get("mentions"), 1))
        out.append(_feature(geom, {
            "s": unknown if row.get("known") is False else dot,
            "r": min(4 + mentions, 9), "p": place_popup(row),
            "t": _tip(row.get("name"), row.get("name_ar"), f"{mentions}×"),
            "n": _text(row.get("name")), "na": _text(row.get("name_ar")), "id": _text(row.get("id")),
        }))
    return [f for f in out if f]


def _control_features(frame: Any, styles: _Styles, *, timeline: bool = False,
                      end_day: _dt.date | None = None) -> list[dict[str, Any]]:
    out = []
    for row, geom in _rows(frame):
        key, style = _control_style(row)
        styles.add(key, style)
        status_en, _ = st.STATUS_LABELS.get(_text(row.get("status")), (_text(row.get("status")), ""))
        props: dict[str, Any] = {
            "s": key, "p": control_popup(row),
            "t": _tip(row.get("place_name"), row.get("place_name_ar"),
                      f"{_text(row.get('actor'))}: {status_en}"),
            "n": _text(row.get("place_name")), "na": _text(row.get("place_name_ar")),
            "id": _text(row.get("id")),
        }
        if timeline:
            props.update(_interval(row, end_day))
        out.append(_feature(geom, props))
    return [f for f in out if f]


def _siege_features(frame: Any, styles: _Styles) -> list[dict[str, Any]]:
    out = []
    for row, geom in _rows(frame):
        actor = _text(row.get("actor")) or "Unknown"
        colour = st.actor_colour(actor)
        broken = _text(row.get("status")) == "siege_broken"
        key = styles.add(f"siege|{actor}|{int(broken)}", {
            "color": colour, "weight": 1.5, "fillColor": colour, "fillOpacity": 0.25 if broken else 0.55,
            "dashArray": "6 4" if broken else None, "className": "cm-siege"})
        en = [f'<div class="cm-h">Siege of {_esc(row.get("place_name"))}</div>',
              f"{'Siege broken' if broken else 'Besieged'} · by {_esc(actor)} since {_esc(row.get('since'))}",
              f'<span class="cm-meta">Ring radius {_num(row.get("radius_km"), 0):g} km (symbolic, '
              f'Wikipedia map convention)</span>']
        ar = [f"حصار — {_esc(st.actor_ar(actor))}" if st.actor_ar(actor) else ""]
        out.append(_feature(geom, {"s": key, "p": _popup(en, ar, note=True),
                                   "t": _tip(row.get("place_name"), None, f"besieged by {actor}")}))
    return [f for f in out if f]


def _arrow_head(line: Any) -> Any:
    """Triangle at the end of a LineString, sized to the last segment (lon/lat degrees)."""
    from shapely.geometry import Polygon

    coords = list(line.coords)
    if len(coords) < 2:
        return None
    (x1, y1), (x2, y2) = coords[-2][:2], coords[-1][:2]
    k = max(math.cos(math.radians(y2)), 0.1)
    dx, dy = (x2 - x1) * k, (y2 - y1)
    length = math.hypot(dx, dy)
    if length == 0:
        return None
    size = min(max(length * 0.22, 0.015), 0.08)
    ux, uy = dx / length, dy / length
    bx, by = -ux * size, -uy * size
    px, py = -uy * size * 0.5, ux * size * 0.5
    return Polygon([(x2, y2), (x2 + (bx + px) / k, y2 + by + py), (x2 + (bx - px) / k, y2 + by - py)])


def _axis_features(frame: Any, styles: _Styles) -> list[dict[str, Any]]:
    out = []
    for row, geom in _rows(frame):
        actor = _text(row.get("actor")) or "Unknown"
        colour = st.actor_colour(actor)
        line_key = styles.add(f"axis|{actor}", {"color": colour, "weight": 4, "opacity": 0.9,
                                                "className": "cm-axis"})
        head_key = styles.add(f"axis-head|{actor}", {"color": "#222222", "weight": 1, "fillColor": colour,
                                                     "fillOpacity": 1, "className": "cm-axis"})
        en = [f'<div class="cm-h">Axis of advance: {_esc(actor)}</div>',
              f"{_esc(row.get('from_place'))} → {_esc(row.get('to_place'))}",
              f'<span class="cm-meta">{_esc(row.get("valid_from"))} · claim {_esc(row.get("claim_id"))}</span>']
        ar = [f"محور تقدّم: {_esc(st.actor_ar(actor))}" if st.actor_ar(actor) else ""]
        popup = _popup(en, ar, note=True)
        tip = _tip(f"{_text(row.get('from_place'))} → {_text(row.get('to_place'))}", None, actor)
        out.append(_feature(geom, {"s": line_key, "p": popup, "t": tip}))
        if geom is not None and geom.geom_type == "LineString":
            out.append(_feature(_arrow_head(geom), {"s": head_key, "p": popup, "t": tip}))
    return [f for f in out if f]


def _area_features(frame: Any, styles: _Styles) -> list[dict[str, Any]]:
    shaded = styles.add("area", {"color": "#444444", "weight": 1.5, "dashArray": "5 4",
                                 "fillColor": "#999999", "fillOpacity": 0.18, "className": "cm-area"})
    line = styles.add("area|line", {"color": "#2166ac", "weight": 4, "opacity": 0.6, "className": "cm-area"})
    out = []
    for row, geom in _rows(frame):
        km = _num(row.get("precision_km"), 0.0)
        en = [f'<div class="cm-h">{_esc(row.get("name"))}</div>',
              f'<span class="cm-meta">{_esc(row.get("kind"))} · location precision ±{km:g} km · '
              f'mentioned {int(_num(row.get("mentions"), 0))}×</span>']
        ar = [f"<b>{_esc(row.get('name_ar'))}</b>" if _text(row.get("name_ar")) else ""]
        props: dict[str, Any] = {"p": _popup(en, ar), "t": _tip(row.get("name"), row.get("name_ar"),
                                                                 f"±{km:g} km"),
                                 "n": _text(row.get("name")), "na": _text(row.get("name_ar"))}
        if geom is None:
            continue
        if geom.geom_type == "Point":
            props.update(s=shaded, m=round(max(km, 1.0) * 1000, 1))
        elif "Line" in geom.geom_type:
            props["s"] = line
        else:
            props["s"] = shaded
        out.append(_feature(geom, props))
    return [f for f in out if f]


def _zone_features(frame: Any, styles: _Styles) -> list[dict[str, Any]]:
    key = styles.add("zone", {"color": "#882255", "weight": 2, "dashArray": "8 5", "fillColor": "#882255",
                              "fillOpacity": 0.08, "className": "cm-zone"})
    out = []
    for row, geom in _rows(frame):
        name = _text(row.get("name"))
        short = name.split(":")[0] if ":" in name else name
        en = [f'<div class="cm-h">{_esc(name)}</div>',
              "<b>Approximate</b> outline reconstructed from published descriptions; not an official map.",
              f'<span class="cm-meta">In force from {_esc(row.get("valid_from"))} (Astana memorandum)</span>',
              f'<span class="cm-meta">Construction: {_esc(row.get("rule"))}</span>',
              f'<span class="cm-meta">Sources: {_esc(row.get("sources"))}</span>']
        ar = [f"<b>{_esc(row.get('name_ar'))}</b>", "حدود تقريبية"]
        out.append(_feature(geom, {
            "s": key, "p": _popup(en, ar),
            "t": _tip(f"{short} (approximate)", None),
            "n": name, "na": _text(row.get("name_ar")),
        }))
        if geom is not None:
            label_point = geom.representative_point()
            out.append(_feature(label_point, {
                "s": styles.add("label", {"radius": 0, "label_only": True, "opacity": 0, "fillOpacity": 0,
                                          "interactive": False}),
                "l": f"{_esc(short)} (approximate)" + _ar("تقريبية"), "lc": "cm-zone"}))
    return [f for f in out if f]


def _basemap_features(styles: _Styles) -> dict[str, dict[str, Any]]:
    data = _basemap()
    land = styles.add("base|land", {"color": "#9a9a9a", "weight": 0.8, "fillColor": "#efece4",
                                    "fillOpacity": 1, "interactive": False})
    syria = styles.add("base|syria", {"color": "#6b6b6b", "weight": 1.6, "fillColor": "#fbf8f0",
                                      "fillOpacity": 1, "interactive": False})
    lake = styles.add("base|lake", {"color": "#7fa7c9", "weight": 0.6, "fillColor": "#b9d3e8",
                                    "fillOpacity": 1, "interactive": False})
    town = styles.add("base|town", {"radius": 2.5, "shape": "circle", "color": "#444444", "weight": 1,
                                    "fillColor": "#ffffff", "fillOpacity": 1, "className": "cm-town"})
    river = styles.add("base|river", {"color": "#4a90c8", "weight": 2, "opacity": 0.9, "className": "cm-river"})
    gov = styles.add("base|gov", {"color": "#7a6a8a", "weight": 1.2, "dashArray": "5 3", "fill": True,
                                  "fillOpacity": 0, "className": "cm-gov"})

    def relabel(fc: dict[str, Any], fn: Callable[[dict[str, Any]], dict[str, Any]]) -> dict[str, Any]:
        return {"type": "FeatureCollection",
                "features": [{"type": "Feature", "geometry": f["geometry"], "properties": fn(f["properties"])}
                             for f in fc["features"]]}

    return {
        "countries": relabel(data["countries"], lambda p: {"s": syria if p["iso"] == "SY" else land}),
        "lakes": relabel(data["lakes"], lambda p: {"s": lake}),
        "towns": relabel(data["towns"], lambda p: {
            "s": town, "l": _esc(p["name"]) + _ar(p["name_ar"]), "ld": "right",
            "lc": f"cm-town-{p['rank']}", "n": p["name"], "na": p["name_ar"]}),
        "rivers": relabel(data["rivers"], lambda p: {"s": river, "t": _tip(p["name"], p["name_ar"], "river")}),
        "governorates": relabel(data["governorates"], lambda p: {
            "s": gov, "t": _tip(p["name"], p["name_ar"], f"governorate {p['admin1']}"),
            "n": p["name"], "na": p["name_ar"]}),
    }


# --------------------------------------------------------------------------------------------
# page assembly
# --------------------------------------------------------------------------------------------

#: lon/lat box of the Syria theatre (Syria and its border zones), the extent of the shipped basemap.
THEATRE_BOX = (32.0, 29.0, 45.0, 39.5)

#: Precision circles are drawn for places located within this radius, and not for countries,
#: seas or administrative areas: a circle the size of Russia says nothing, and a governorate,
#: district or countryside sector is drawn as its own polygon in the areas layer.
MAX_PRECISION_CIRCLE_KM = 400.0
NO_PRECISION_CIRCLE_KINDS = frozenset({"country", "sea", "governorate", "district", "subdistrict",
                                       "sector"})


def _in_theatre(minx: float, miny: float, maxx: float, maxy: float) -> bool:
    west, south, east, north = THEATRE_BOX
    return minx >= west and maxx <= east and miny >= south and maxy <= north


def _bounds(frames: Iterable[Any]) -> list[list[float]]:
    xs: list[float] = []
    ys: list[float] = []
    for frame in frames:
        if frame is None or len(frame) == 0:
            continue
        geoms = [g for g in frame.geometry if g is not None and not g.is_empty]
        for g in geoms:
            minx, miny, maxx, maxy = g.bounds
            # Frame the theatre: capitals where talks are held (Astana, Geneva...) stay on the map
            # but do not zoom the view out to half the world.
            if not _in_theatre(minx, miny, maxx, maxy):
                continue
            xs += [minx, maxx]
            ys += [miny, maxy]
    if not xs:
        return SYRIA_BOUNDS
    south, west, north, east = min(ys), min(xs), max(ys), max(xs)
    pad = 0.15
    return [[round(south - pad, 4), round(west - pad, 4)], [round(north + pad, 4), round(east + pad, 4)]]


def _label(en: str, ar: str, count: int | None = None) -> str:
    out = _esc(en)
    if count is not None:
        out += f" ({count})"
    return out + (_ar(ar) if ar else "")


class _Page:
    """Builds one folium map page with the shared runtime, style table and controls."""

    def __init__(self, *, title: str, bounds: list[list[float]], mode: str, timeline: bool):
        import folium

        CmScript, CmLayer, CmHtml, Element = _elements()
        self.CmScript, self.CmLayer, self.CmHtml, self.Element = CmScript, CmLayer, CmHtml, Element
        self.styles = _Styles()
        self.map = folium.Map(location=[34.8, 38.5], zoom_start=7, tiles=None, control_scale=True,
                              zoom_snap=0.5, min_zoom=4, max_zoom=18, world_copy_jump=False)
        self.map.default_js = []
        self.map.default_css = []
        root = self.map.get_root()
        root.header.add_child(CmHtml(f"<title>{_esc(title)}</title>"), name="cm_title")
        root.header.add_child(CmHtml(_assets_head(mode, timeline=timeline)), name="cm_assets")
        # the style table must exist before any layer script runs
        self.map.add_child(CmScript(lambda m: f"cm.init({m});"))
        self.map.add_child(CmScript(lambda m: f"cm.styles({script_json(self.styles.table)});"))
        # shared HTML fragments of popups/tooltips/labels (see _intern_html); emitted before any data
        self.map.add_child(CmScript(lambda m: f"cm.strs({script_json(self._finalize())});"))
        self._datasets: list[Any] = []
        self._fragments: list[str] | None = None
        self.bases: list[tuple[str, Any]] = []
        self.groups: list[tuple[str, list[tuple[str, Any]]]] = []
        self.bounds = bounds
        self._data_count = 0

    def data(self, obj: Any) -> str:
        """Emit ``obj`` once as ``cm.data.dN`` and return that JS expression."""
        self._data_count += 1
        name = f"d{self._data_count}"
        self._datasets.append(obj)

        def code(m: str, n: str = name, o: Any = obj) -> str:
            self._finalize()
            return f"cm.data.{n}={script_json(o)};"

        self.map.add_child(self.CmScript(code))
        return f"cm.data.{name}"

    def _finalize(self) -> list[str]:
        """Intern popup/tooltip/label HTML of every dataset once (at render time); return the table."""
        if self._fragments is None:
            self._fragments = _intern_html(self._datasets)
        return self._fragments

    def layer(self, layer_id: str, features: Any, *, show: bool = True, search: str | None = None,
              canvas: bool | None = None, pane: str | None = None) -> Any:
        fc = features if isinstance(features, dict) else _collection(features)
        n = len(fc["features"])
        if canvas is None:
            canvas = n > CANVAS_THRESHOLD
        element = self.CmLayer(layer_id, self.data(fc), show=show, canvas=canvas, search=search,
                               pane=pane, count=n)
        self.map.add_child(element)
        return element

    def html(self, markup: str) -> None:
        self.map.get_root().html.add_child(self.CmHtml(markup))

    def script(self, code: Callable[[str], str]) -> None:
        self.map.add_child(self.CmScript(code))

    def basemap(self) -> None:
        """Offline basemap (default base layer), online tiles as options, reference overlays."""
        base = _basemap_features(self.styles)
        self.script(lambda m: f"{m}.createPane('cmBase'); {m}.getPane('cmBase').style.zIndex = 250;")
        countries = self.layer("basemap-countries", base["countries"], show=False, pane="cmBase")
        self.countries_ref = countries.data_js
        lakes = self.layer("basemap-lakes", base["lakes"], show=False, pane="cmBase")
        towns = self.layer("basemap-towns", base["towns"], show=False, search="town")
        self.script(lambda m: (
            "var cmBasemap = cm.group('basemap', [%s, %s, %s]).addTo(%s);"
            % (countries.get_name(), lakes.get_name(), towns.get_name(), m)))
        self.script(lambda m: f"{m}.attributionControl.addAttribution("
                    + script_json("Offline basemap: Natural Earth (PD), GeoNames (CC BY 4.0), "
                                  "OpenSyria/OCHA (CC BY 4.0)") + ");")
        self.bases.append((_label("Offline basemap (shipped data)", "خريطة أساس دون اتصال"), "cmBasemap"))
        import xyzservices.providers as xyz

        for path, label in _ONLINE_TILES:
            provider = xyz.query_name(path) if hasattr(xyz, "query_name") else None
            if provider is None:
                provider = xyz
                for part in path.split("."):
                    provider = provider[part]
            options = {"attribution": provider.html_attribution if "html_attribution" in provider
                       else provider.get("attribution", ""), "maxZoom": int(provider.get("max_zoom", 18))}
            tile_id = "tiles-" + path.lower().replace(".", "-")
            var = "cmTiles_" + re.sub(r"\W", "_", path)
            url = provider.build_url()
            self.script(lambda m, v=var, i=tile_id, u=url, o=options:
                        f"var {v} = cm.tiles({script_json(i)}, {script_json(u)}, {script_json(o)});")
            self.bases.append((_esc(label), var))
        self.script(lambda m: (f"if (cm.defaultBase && cm.layers[cm.defaultBase]) {{ {m}.removeLayer(cmBasemap); "
                               f"cm.layers[cm.defaultBase].addTo({m}); }}"))
        self.gov_layer = self.layer("governorates", base["governorates"], show=True, search="governorate")
        self.river_layer = self.layer("rivers", base["rivers"], show=True)

    def controls(self, *, legend: str, panels: Sequence[tuple[str, str]], minimap: bool = True) -> None:
        """Layer control (grouped), legend, search, fullscreen, minimap, fit bounds."""
        bases = self.bases
        groups = self.groups

        def control_js(m: str) -> str:
            base_js = "{" + ",".join(f"{script_json(lbl)}:{var}" for lbl, var in bases) + "}"
            group_js = "{" + ",".join(
                f"{script_json(g)}:{{" + ",".join(f"{script_json(lbl)}:{el.get_name()}" for lbl, el in items) + "}"
                for g, items in groups) + "}"
            return (f"cm.layerControl = L.control.groupedLayers({base_js}, {group_js}, "
                    f"{{collapsed: true, position: 'topright'}}).addTo({m});")

        self.script(control_js)
        self.script(lambda m: f"L.control.fullscreen({{position: 'topleft', title: 'Full screen', "
                    f"titleCancel: 'Exit full screen'}}).addTo({m});")
        self.script(lambda m: f"cm.searchControl = new L.Control.CmSearch({{position: 'topleft'}}).addTo({m});")
        self.html(f'<div id="cm-legend" class="cm-panel" style="display:none">{legend}</div>')
        self.script(lambda m: f"cm.domControl({m}, 'cm-legend', 'bottomright');")
        for element_id, (markup, position) in enumerate(panels):
            pid = f"cm-panel-{element_id}"
            self.html(f'<div id="{pid}" class="cm-panel" style="display:none">{markup}</div>')
            self.script(lambda m, p=pid, pos=position: f"cm.domControl({m}, {script_json(p)}, {script_json(pos)});")
        if minimap:
            ref = self.countries_ref
            self.script(lambda m: (
                f"cm.minimap = new L.Control.MiniMap(L.geoJSON({ref}, {{style: cm.style, interactive: false}}), "
                f"{{position: 'bottomleft', toggleDisplay: true, zoomLevelFixed: 4, width: 130, height: 110, "
                f"strings: {{hideText: 'Hide overview', showText: 'Show overview'}}}}).addTo({m});"))
        b = self.bounds
        self.script(lambda m: f"{m}.fitBounds({script_json(b)}, {{maxZoom: 10, paddingTopLeft: [40, 20], paddingBottomRight: [40, 20]}});")

    def render(self) -> str:
        root = self.map.get_root()
        _assign_ids(root)
        page = root.render()
        page = page.replace("<html>", '<html lang="en" dir="ltr">', 1)
        # collapse folium's template indentation noise; keeps output byte-stable
        page = "\n".join(line.rstrip() for line in page.splitlines() if line.strip()) + "\n"
        return page


def _articles_html(articles: Sequence[Any], heading: str = "Articles") -> str:
    items = []
    for art in sorted(articles, key=lambda a: (_text(getattr(a, "date", "")), _text(getattr(a, "id", "")))):
        title = _text(getattr(art, "title", "")) or _text(getattr(art, "id", "")) or "article"
        source = _text(getattr(art, "source", ""))
        url = getattr(art, "url", "")
        title_html = _link(url, title)
        if re.search(r"[\u0600-\u06FF]", title):
            title_html = f'<span class="cm-ar" dir="rtl" lang="ar">{title_html}</span>'
        items.append(f"<li>{title_html}" + (f' <span class="cm-meta">— {_esc(source)}</span>' if source else "")
                     + f' <small>[{_esc(getattr(art, "id", ""))}]</small></li>')
    body = "".join(items) or "<li>No articles.</li>"
    return (f'<details class="cm-articles"><summary>{_esc(heading)} ({len(articles)}) · '
            f'<span class="cm-ar" dir="rtl" lang="ar">المقالات</span></summary><ul>{body}</ul></details>')


def _actors(*frames: Any) -> list[str]:
    found: set[str] = set()
    for frame in frames:
        if frame is None or len(frame) == 0 or "actor" not in frame.columns:
            continue
        found.update(_text(a) for a in frame["actor"] if _text(a))
    order = list(st.ACTOR_COLOURS)
    return sorted(found, key=lambda a: (order.index(a) if a in order else len(order), a))


def build_date_map(layers: "Layers", *, articles: Sequence["Article"] = (), mode: str = "inline",
                   title: str | None = None, index_href: str | None = "../index.html") -> str:
    """Return the HTML of one date's map (see :func:`render_date_map`)."""
    day = getattr(layers, "on_date", None)
    day_text = day.isoformat() if isinstance(day, _dt.date) else "all dates"
    page_title = title or f"Syria conflict map — {day_text}"
    frames = [layers.claims, layers.places, layers.control, layers.axes, layers.sieges]
    page = _Page(title=page_title, bounds=_bounds(frames), mode=mode, timeline=False)
    page.basemap()

    styles = page.styles
    areas = page.layer("areas", _area_features(layers.areas, styles), search="area")
    zones = page.layer("zones", _zone_features(layers.zones, styles), search="zone")
    sieges = page.layer("sieges", _siege_features(layers.sieges, styles))
    axes = page.layer("axes", _axis_features(layers.axes, styles))
    control = page.layer("control", _control_features(layers.control, styles), search="control")
    places = page.layer("places", _place_features(layers.places, styles), search="place")
    claims = page.layer("claims", _claim_features(layers.claims, styles), search="claim")

    n = len
    page.groups = [
        (f"Reported on {day_text}", [
            (_label("Control claims (colour = actor, shape = action)", "ادعاءات السيطرة", n(layers.claims)), claims),
            (_label("Places mentioned", "الأماكن المذكورة", n(layers.places)), places),
            (_label("Axes of advance", "محاور التقدّم", n(layers.axes)), axes),
            (_label("Areas and sectors (precision)", "المناطق والقطاعات", n(layers.areas)), areas),
        ]),
        (f"Situation as of {day_text}", [
            (_label("Control state (timeline)", "حالة السيطرة", n(layers.control)), control),
            (_label("Sieges (rings)", "الحصارات", n(layers.sieges)), sieges),
        ]),
        ("Reference", [
            (_label("De-escalation zones (approximate)", "مناطق خفض التصعيد (تقريبية)", n(layers.zones)), zones),
            (_label("Governorate boundaries", "حدود المحافظات"), page.gov_layer),
            (_label("Rivers", "الأنهار"), page.river_layer),
        ]),
    ]
    back = (f' · <a href="{_esc(index_href)}">all dates / timeline</a>' if index_href else "")
    title_html = (f'<div class="cm-title"><h1>{_esc(page_title)}</h1>'
                  f'<span class="cm-meta">{n(layers.claims)} claims · {n(layers.places)} places · '
                  f'{len(articles)} articles{back}</span></div>' + _articles_html(articles))
    page.controls(legend=st.legend_html(_actors(layers.claims, layers.control, layers.sieges, layers.axes)),
                  panels=[(title_html, "topleft")])
    return page.render()


def render_date_map(layers: "Layers", out_html: Path, *, articles: Sequence["Article"],
                    basemap: str = "offline", online_assets: bool = False, title: str | None = None,
                    index_href: str | None = "../index.html", assets: str | None = None) -> Path:
    """Write the layered map of one date to ``out_html``.

    Parameters
    ----------
    layers : geo.layers.Layers
        The layers of that date (``layers.on_date``).
    out_html : Path
        Output file (written atomically; parent folders are created).
    articles : sequence of Article
        The date's articles, listed in the page with title, source and link.
    basemap : {"offline", "osm"}
        Default base layer: the shipped offline basemap, or OpenStreetMap tiles (online).
    online_assets : bool
        Link Leaflet and plugins from jsDelivr instead of inlining the vendored copies.
    title : str, optional
        Page title; defaults to "Syria conflict map — <date>".
    index_href : str or None
        Link back to the index page; None for no link.
    assets : str, optional
        Overrides ``online_assets``: "inline", "online" or the href of a folder made by
        :func:`copy_assets`.

    Returns
    -------
    Path
        ``out_html``.

    Raises
    ------
    InputError
        For an unknown ``basemap``.
    """
    if basemap not in ("offline", "osm"):
        raise InputError(f"unknown basemap {basemap!r}; expected 'offline' or 'osm'")
    text = build_date_map(layers, articles=articles, mode=_mode(online_assets, assets), title=title,
                          index_href=index_href)
    if basemap == "osm":
        text = _default_base_osm(text)
    out = Path(out_html)
    atomic_write_text(out, text)
    return out


def _default_base_osm(text: str) -> str:
    """Make OpenStreetMap the selected base layer instead of the offline basemap."""
    return text.replace("cm.init(", "cm.defaultBase='tiles-openstreetmap-mapnik';cm.init(", 1)


def build_index_map(layers_by_date: Mapping[_dt.date, "Layers"], cumulative: "Layers", *,
                    articles_by_date: Mapping[_dt.date, Sequence["Article"]], mode: str = "inline",
                    map_href: Callable[[_dt.date], str] | None = None) -> str:
    """Return the HTML of the index page (see :func:`render_index`)."""
    from folium.plugins import Timeline, TimelineSlider
    from folium.utilities import JsCode

    dates = sorted(set(layers_by_date) | set(articles_by_date))
    href = map_href or (lambda d: f"{d.isoformat()}/map.html")
    page = _Page(title="Syria conflict map — timeline", mode=mode, timeline=True,
                 bounds=_bounds([cumulative.claims, cumulative.places, cumulative.control]))
    page.basemap()
    styles = page.styles
    zones = page.layer("zones", _zone_features(cumulative.zones, styles), search="zone")
    places = page.layer("places", _place_features(cumulative.places, styles), show=False, search="place")
    end_day = dates[-1] if dates else None

    def timeline(layer_id: str, features: list[dict[str, Any]]) -> Any:
        tl = Timeline(_collection(features), point_to_layer=JsCode("cm.pointToLayer"),
                      on_each_feature=JsCode("cm.bindFeature"), style=JsCode("cm.style"))
        tl.default_js = []
        tl.default_css = []
        page.map.add_child(tl)
        page.script(lambda m, t=tl, i=layer_id: (
            f"{t.get_name()}.cmId={script_json(i)}; cm.layers[{script_json(i)}]={t.get_name()}; "
            f"cm.timelines.push({t.get_name()}); cm.pending.push([{t.get_name()}, {script_json(i)}]);"))
        return tl

    control_tl = timeline("timeline-control", _control_features(cumulative.control, styles, timeline=True,
                                                                end_day=end_day))
    claims_tl = timeline("timeline-claims", _claim_features(cumulative.claims, styles, timeline=True,
                                                             end_day=end_day))
    if dates:
        start_ms, end_ms = _ms(dates[0]), _ms(dates[-1])
        steps = max((dates[-1] - dates[0]).days, 1)
        if end_ms == start_ms:
            end_ms = start_ms + 86_400_000
        slider = TimelineSlider(auto_play=False, start=start_ms, end=end_ms, steps=steps,
                                enable_keyboard_controls=True, show_ticks=True, playback_duration=steps * 800)
        slider.options["format_output"] = JsCode("cm.fmtDate")
        slider.default_js = []
        slider.default_css = []
        slider.add_timelines(control_tl, claims_tl)
        page.map.add_child(slider)
        page.script(lambda m, s=slider: f"cm.slider = {s.get_name()};")
    page.groups = [
        ("Timeline (move the slider)", [
            (_label("Control state over time", "السيطرة عبر الزمن", len(cumulative.control)), control_tl),
            (_label("Claims by date", "الادعاءات حسب التاريخ", len(cumulative.claims)), claims_tl),
        ]),
        ("All dates", [
            (_label("Places mentioned (all dates)", "كل الأماكن المذكورة", len(cumulative.places)), places),
        ]),
        ("Reference", [
            (_label("De-escalation zones (approximate)", "مناطق خفض التصعيد (تقريبية)", len(cumulative.zones)), zones),
            (_label("Governorate boundaries", "حدود المحافظات"), page.gov_layer),
            (_label("Rivers", "الأنهار"), page.river_layer),
        ]),
    ]
    items = []
    for day in dates:
        lay = layers_by_date.get(day)
        counts = (f"{len(lay.claims)} claims · {len(lay.places)} places" if lay is not None else "no map")
        link = (f'<a href="{_esc(href(day))}">{_esc(day.isoformat())}</a>' if lay is not None
                else _esc(day.isoformat()))
        items.append(f'<li data-date="{_esc(day.isoformat())}">{link} <span class="cm-meta">{counts}</span>'
                     f"{_articles_html(articles_by_date.get(day, ()))}</li>")
    dates_html = ('<div class="cm-title cm-dates"><h1>Syria conflict map — timeline</h1>'
                  f'<span class="cm-meta">{len(dates)} dates · {len(cumulative.claims)} claims · '
                  f'{len(cumulative.places)} places</span>'
                  f'<details open><summary>Maps by date · <span class="cm-ar" dir="rtl" lang="ar">'
                  f'الخرائط حسب التاريخ</span></summary><ul>{"".join(items)}</ul></details></div>')
    page.controls(legend=st.legend_html(_actors(cumulative.claims, cumulative.control), expanded=False),
                  panels=[(dates_html, "topleft")])
    return page.render()


def render_index(layers_by_date: Mapping[_dt.date, "Layers"], cumulative: "Layers", out_html: Path, *,
                 articles_by_date: Mapping[_dt.date, Sequence["Article"]], online_assets: bool = False,
                 assets: str | None = None) -> Path:
    """Write ``index.html``: a timeline slider over all dates and links to each date's map.

    Parameters
    ----------
    layers_by_date : mapping date -> Layers
        Per-date layers (their maps are linked as ``<YYYY-MM-DD>/map.html``).
    cumulative : Layers
        Layers over all dates; claims and control states carry ``valid_from``/``valid_to`` and
        drive the timeline.
    out_html : Path
        Output file (written atomically).
    articles_by_date : mapping date -> sequence of Article
        Listed under each date with title, source and link.
    online_assets : bool
        Link libraries from jsDelivr instead of inlining them.
    assets : str, optional
        "inline", "online" or the href of a folder made by :func:`copy_assets`.

    Returns
    -------
    Path
        ``out_html``.
    """
    text = build_index_map(layers_by_date, cumulative, articles_by_date=articles_by_date,
                           mode=_mode(online_assets, assets))
    out = Path(out_html)
    atomic_write_text(out, text)
    return out
