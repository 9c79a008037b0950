"""PNG snapshots of the map pages.

The preferred renderer opens the real map HTML in headless Chromium (Debian's ``/usr/bin/chromium``
or ``$CONFLICTMAP_CHROMIUM``, driven by Playwright) at a fixed viewport, with every non-``file:``
request blocked, Leaflet animations switched off, and waits until the page is idle — the document
is loaded, fonts are ready, ``window.conflictmapReady`` is not ``false`` (a page that builds
itself asynchronously sets it to false, then true when done), every Leaflet map is loaded with no tile layer still loading or
fading, no request is in flight, and this holds over two animation frames — before it takes the
screenshot. No fixed sleeps: the same HTML gives the same image.

Without a browser, a static renderer draws the same features with geopandas/matplotlib (Arabic
shaped with arabic-reshaper and ordered right-to-left with python-bidi) and says so on the image.
:func:`snapshot` returns the name of the renderer used.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import math
import os
import re
import shutil
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from geo.atomic import atomic_path
from geo.errors import InputError, MissingDependencyError, OutputError

__all__ = [
    "RENDERERS",
    "chromium_path",
    "ChromiumSession",
    "snapshot",
    "snapshot_many",
    "render_static",
    "shape_arabic",
]

log = logging.getLogger(__name__)

#: Accepted values of ``renderer``.
RENDERERS: tuple[str, ...] = ("auto", "chromium", "matplotlib")

CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-default-apps", "--disable-sync", "--no-first-run",
    "--force-color-profile=srgb", "--font-render-hinting=none", "--hide-scrollbars",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
)

_SYRIA_BOUNDS = (35.6, 32.2, 42.5, 37.4)  # lon/lat fallback extent

# Runs before any page script: switch Leaflet's animations off as soon as Leaflet defines `L`.
_INIT_SCRIPT = """
(() => {
  const tame = (L) => {
    try {
      L.Map.mergeOptions({fadeAnimation: false, zoomAnimation: false,
                          markerZoomAnimation: false, inertia: false});
    } catch (e) {}
  };
  let value;
  try {
    Object.defineProperty(window, 'L', {
      configurable: true, enumerable: true,
      get() { return value; },
      set(v) { value = v; if (v && v.Map) tame(v); },
    });
  } catch (e) {}
})();
"""

# True when every Leaflet map on the page is loaded and no tile layer is loading or fading.
_IDLE_SCRIPT = """
async () => {
  if (document.readyState !== 'complete') return false;
  if (window.conflictmapReady === false) return false;  // a page may hold the snapshot
  if (document.fonts && document.fonts.status !== 'loaded') return false;
  const L = window.L;
  if (L && L.Map) {
    const maps = [];
    for (const key of Object.keys(window)) {
      let v; try { v = window[key]; } catch (e) { continue; }
      if (v instanceof L.Map) maps.push(v);
    }
    for (const m of maps) {
      if (!m._loaded || m._animatingZoom) return false;
      if (m._panAnim && m._panAnim._inProgress) return false;
      let busy = false;
      m.eachLayer((layer) => {
        if (L.GridLayer && layer instanceof L.GridLayer) {
          if (layer._loading || layer._fadeFrame) busy = true;
          for (const k in (layer._tiles || {})) if (!layer._tiles[k].loaded) busy = true;
        }
      });
      if (busy) return false;
    }
  }
  const images = Array.from(document.images || []);
  if (images.some((img) => !img.complete)) return false;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return true;
}
"""

_STILL_CSS = ("*,*::before,*::after{transition:none!important;animation:none!important;"
              "caret-color:transparent!important}")


def chromium_path() -> str | None:
    """The Chromium executable: ``$CONFLICTMAP_CHROMIUM``, else ``/usr/bin/chromium``; None if absent."""
    candidate = os.environ.get("CONFLICTMAP_CHROMIUM")
    if candidate:
        return candidate if Path(candidate).exists() else None
    for path in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if path and Path(path).exists():
            return str(path)
    return None


def _playwright_available() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


class ChromiumSession:
    """One headless Chromium for many snapshots/PDFs (launching costs ~1 s).

    Use as a context manager::

        with ChromiumSession() as browser:
            browser.screenshot(html, png)
    """

    def __init__(self, executable: str | None = None, *, timeout_s: float = 30.0) -> None:
        self.executable = executable or chromium_path()
        if self.executable is None:
            raise MissingDependencyError(
                "no Chromium found (install Debian's chromium or set CONFLICTMAP_CHROMIUM)")
        if not _playwright_available():
            raise MissingDependencyError("the 'playwright' Python package is needed for Chromium "
                                         "snapshots (pip install playwright)")
        self.timeout_s = timeout_s
        self._manager: Any = None
        self._browser: Any = None
        #: URLs refused during the last page load (everything that is not file:, data: or blob:).
        self.blocked: list[str] = []
        self.last_evaluation: Any = None

    def __enter__(self) -> ChromiumSession:
        from playwright.sync_api import sync_playwright

        self._manager = sync_playwright().start()
        try:
            self._browser = self._manager.chromium.launch(
                executable_path=self.executable, headless=True, args=list(CHROMIUM_ARGS))
        except Exception as exc:  # launch errors have no stable type
            self._manager.stop()
            raise MissingDependencyError(f"cannot start Chromium at {self.executable}: "
                                         f"{str(exc).splitlines()[0]}") from exc
        return self

    def __exit__(self, *exc_info: Any) -> None:
        with contextlib.suppress(Exception):
            self._browser.close()
        with contextlib.suppress(Exception):
            self._manager.stop()

    @contextlib.contextmanager
    def _page(self, html_path: Path, width: int, height: int) -> Iterator[Any]:
        html_path = Path(html_path).resolve()
        if not html_path.is_file():
            raise InputError(f"{html_path}: no such map page")
        context = self._browser.new_context(
            viewport={"width": width, "height": height}, device_scale_factor=1,
            locale="en-US", timezone_id="UTC", color_scheme="light", reduced_motion="reduce",
            service_workers="block", offline=False)
        inflight = {"n": 0}
        self.blocked = []

        def route(route: Any) -> None:
            url = route.request.url
            if url.startswith(("file:", "data:", "blob:", "about:")):
                route.continue_()
            else:
                self.blocked.append(url)
                route.abort("internetdisconnected")

        def started(_request: Any) -> None:
            inflight["n"] += 1

        def ended(_request: Any) -> None:
            inflight["n"] = max(0, inflight["n"] - 1)

        try:
            context.route("**/*", route)
            context.add_init_script(_INIT_SCRIPT)
            page = context.new_page()
            page.on("request", started)
            page.on("requestfinished", ended)
            page.on("requestfailed", ended)
            page.goto(html_path.as_uri(), wait_until="load", timeout=self.timeout_s * 1000)
            page.add_style_tag(content=_STILL_CSS)
            self._wait_idle(page, inflight, html_path)
            if self.blocked:
                log.info("%s: blocked %d network request(s), e.g. %s", html_path.name,
                         len(self.blocked), self.blocked[0])
            yield page
        finally:
            with contextlib.suppress(Exception):
                context.close()

    def _wait_idle(self, page: Any, inflight: Mapping[str, int], html_path: Path) -> None:
        deadline = time.monotonic() + self.timeout_s
        quiet = 0
        while quiet < 2:  # idle on two consecutive checks, each spanning two animation frames
            if time.monotonic() > deadline:
                raise OutputError(f"{html_path}: the map did not become idle within "
                                  f"{self.timeout_s:g} s")
            idle = inflight["n"] == 0 and bool(page.evaluate(_IDLE_SCRIPT))
            quiet = quiet + 1 if idle else 0
            if not idle:
                page.wait_for_timeout(25)

    def screenshot(self, html_path: Path, png_path: Path, *, width: int = 1280,
                   height: int = 800, evaluate: str | None = None) -> Path:
        """Render ``html_path`` at ``width``×``height`` CSS pixels into ``png_path``.

        ``evaluate`` is an optional JavaScript function run on the idle page before the
        screenshot; its result is kept in :attr:`last_evaluation` (for tests and debugging).
        """
        from geo.atomic import atomic_write_bytes

        with self._page(html_path, width, height) as page:
            self.last_evaluation = page.evaluate(evaluate) if evaluate else None
            image = self._stable_screenshot(page)
        atomic_write_bytes(png_path, image)
        return Path(png_path)

    #: Screenshots taken at most until two in a row are identical (a canvas layer may still
    #: repaint on the frame after the page reported idle on a loaded machine).
    MAX_SHOTS = 5

    def _stable_screenshot(self, page: Any) -> bytes:
        previous = None
        for _ in range(self.MAX_SHOTS):
            image = page.screenshot(type="png", animations="disabled", caret="hide", scale="css",
                                    full_page=False)
            if image == previous:
                return image
            previous = image
        return previous  # still changing: the last frame is the best we have

    def pdf(self, html_path: Path, pdf_path: Path, *, width: int = 1280, height: int = 800) -> Path:
        """Print ``html_path`` to PDF (A4, backgrounds on), with its creation dates fixed."""
        with self._page(html_path, width, height) as page:
            data = page.pdf(format="A4", print_background=True, prefer_css_page_size=True,
                            margin={"top": "12mm", "bottom": "12mm", "left": "10mm",
                                    "right": "10mm"})
        from geo.atomic import atomic_write_bytes

        atomic_write_bytes(pdf_path, _fixed_pdf_dates(data))
        return Path(pdf_path)


def _fixed_pdf_dates(data: bytes) -> bytes:
    """Replace PDF creation/modification dates by a constant of the same length (xref stays valid)."""
    def blank(match: re.Match[bytes]) -> bytes:
        digits = match.group(2)
        return match.group(1) + re.sub(rb"\d", b"0", digits)

    return re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)", blank, data)


def _check(renderer: str, width: int, height: int) -> None:
    if renderer not in RENDERERS:
        raise InputError(f"unknown renderer {renderer!r} (choose from {', '.join(RENDERERS)})")
    if width < 64 or height < 64 or width > 8192 or height > 8192:
        raise InputError(f"snapshot size {width}x{height} is out of range (64..8192 px)")


def browser_available() -> bool:
    """True when Chromium and Playwright are both installed."""
    return chromium_path() is not None and _playwright_available()


def snapshot(html_path: Path, png_path: Path, *, width: int = 1280, height: int = 800,
             renderer: str = "auto", layers: Any = None, title: str | None = None) -> str:
    """Write a PNG of a map page and return the renderer used (``"chromium"`` or ``"matplotlib"``).

    Parameters
    ----------
    html_path
        The map page (a file; rendered from ``file://`` with every network request blocked).
    png_path
        Output PNG, written atomically.
    width, height
        Viewport in CSS pixels (device scale factor 1).
    renderer
        ``"chromium"`` (fail if no browser), ``"matplotlib"`` (static renderer), or ``"auto"``
        (Chromium when installed, else the static renderer).
    layers
        The ``Layers`` drawn by the static renderer; without them it draws the GeoJSON and
        Leaflet vectors embedded in the HTML.
    title
        Caption of the static rendering (default: the page ``<title>``).

    Raises
    ------
    MissingDependencyError
        ``renderer="chromium"`` without a usable browser.
    """
    _check(renderer, width, height)
    if not Path(html_path).is_file():
        raise InputError(f"{html_path}: no such map page")
    if renderer in ("auto", "chromium"):
        if renderer == "chromium" or browser_available():
            try:
                with ChromiumSession() as browser:
                    browser.screenshot(html_path, png_path, width=width, height=height)
                return "chromium"
            except MissingDependencyError:
                if renderer == "chromium":
                    raise
                log.warning("Chromium unavailable; using the static matplotlib renderer")
    render_static(png_path, layers=layers, html_path=html_path, width=width, height=height,
                  title=title)
    return "matplotlib"


def snapshot_many(pages: Sequence[tuple[Path, Path]], *, width: int = 1280, height: int = 800,
                  renderer: str = "auto", layers: Sequence[Any] | None = None) -> str:
    """Snapshot several pages with one browser; returns the renderer used for all of them.

    ``pages`` are (html, png) pairs; ``layers`` (optional) are the matching Layers for the
    static renderer.
    """
    _check(renderer, width, height)
    if renderer in ("auto", "chromium") and (renderer == "chromium" or browser_available()):
        try:
            with ChromiumSession() as browser:
                for html, png in pages:
                    browser.screenshot(html, png, width=width, height=height)
            return "chromium"
        except MissingDependencyError:
            if renderer == "chromium":
                raise
            log.warning("Chromium unavailable; using the static matplotlib renderer")
    for i, (html, png) in enumerate(pages):
        render_static(png, layers=layers[i] if layers else None, html_path=html, width=width,
                      height=height)
    return "matplotlib"


# -------------------------------------------------------------------------------------------
# static renderer


@functools.lru_cache(maxsize=1)
def _matplotlib_lays_out_text() -> bool:
    """True when matplotlib shapes and orders complex scripts itself (libraqm, matplotlib >= 3.11)."""
    try:
        from matplotlib import ft2font
    except ImportError:
        return False
    return bool(getattr(ft2font, "__libraqm_version__", None))


def shape_arabic(text: str, *, force: bool = False) -> str:
    """Text ready for matplotlib: Arabic letters joined and runs in visual (right-to-left) order.

    Uses arabic-reshaper + python-bidi, unless matplotlib already lays out complex text itself
    (libraqm; pre-shaping would then reverse it twice). ``force=True`` always pre-shapes.

    Examples
    --------
    >>> shape_arabic("Aleppo")
    'Aleppo'
    >>> shape_arabic("حلب", force=True) == "\\ufe90\\ufee0\\ufea3"  # baa, lam, haa forms
    True
    """
    if not text or not re.search(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]", text):
        return text
    if not force and _matplotlib_lays_out_text():
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text))


def _features_from_html(text: str) -> list[dict[str, Any]]:
    """GeoJSON features and Leaflet vectors embedded in a map page (best effort)."""
    decoder = json.JSONDecoder()
    features: list[dict[str, Any]] = []
    consumed = -1
    for match in re.finditer(r'\{\s*"(?:bbox|features|type)"\s*:', text):
        if match.start() < consumed:
            continue
        try:
            obj, end = decoder.raw_decode(text, match.start())
        except ValueError:
            continue
        if isinstance(obj, dict) and obj.get("type") == "FeatureCollection":
            features.extend(f for f in obj.get("features", []) if isinstance(f, dict))
            consumed = end
        elif isinstance(obj, dict) and obj.get("type") == "Feature":
            features.append(obj)
            consumed = end
    pattern = re.compile(r"L\.(circleMarker|marker|circle)\(\s*\[\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\]"
                         r"\s*(?:,\s*(\{))?")
    for match in pattern.finditer(text):
        options: dict[str, Any] = {}
        if match.group(4):
            with contextlib.suppress(ValueError):
                options, _ = decoder.raw_decode(text, match.start(4))
        lat, lon = float(match.group(2)), float(match.group(3))
        features.append({"type": "Feature",
                         "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": {"_leaflet": match.group(1),
                                        "_color": options.get("fillColor") or options.get("color")}})
    return features


def _actor_of(props: Mapping[str, Any]) -> str | None:
    """The actor of an embedded feature: its ``actor`` property, else a known actor named in a
    short ``|``/``;``-separated style key (renderers often encode "kind|actor")."""
    if props.get("actor"):
        return str(props["actor"])
    from maps.styles import ACTOR_COLOURS

    for value in props.values():
        if isinstance(value, str) and len(value) < 120 and ("|" in value or ";" in value):
            for token in re.split(r"[|;]", value):
                if token.strip() in ACTOR_COLOURS:
                    return token.strip()
    return None


def _frames_for_static(layers: Any, html_path: Path | None) -> dict[str, Any]:
    import geopandas as gpd
    from shapely.geometry import shape

    if layers is not None:
        frames = dict(layers.as_dict()) if hasattr(layers, "as_dict") else dict(layers)
        return {k: v.to_crs(4326) if v.crs is not None and v.crs.to_epsg() != 4326 else v
                for k, v in frames.items()}
    if html_path is None or not Path(html_path).is_file():
        return {}
    features = _features_from_html(Path(html_path).read_text(encoding="utf-8", errors="replace"))
    rows, geoms = [], []
    for feature in features:
        geometry = feature.get("geometry")
        if not geometry:
            continue
        try:
            geom = shape(geometry)
        except (ValueError, TypeError, AttributeError, KeyError):
            continue
        props = feature.get("properties") or {}
        rows.append({"actor": _actor_of(props), "layer": props.get("layer", ""),
                     "name": props.get("name") or props.get("place_name"),
                     "name_ar": props.get("name_ar") or props.get("place_name_ar"),
                     "colour": props.get("_color")})
        geoms.append(geom)
    if not rows:
        return {}
    return {"embedded": gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")}


def _extent(frames: Mapping[str, Any]) -> tuple[float, float, float, float]:
    bounds = [f.total_bounds for f in frames.values() if len(f) and f.geometry.notna().any()]
    bounds = [b for b in bounds if all(math.isfinite(v) for v in b)]
    if not bounds:
        return _SYRIA_BOUNDS
    x0 = min(b[0] for b in bounds)
    y0 = min(b[1] for b in bounds)
    x1 = max(b[2] for b in bounds)
    y1 = max(b[3] for b in bounds)
    pad = max(0.15, 0.08 * max(x1 - x0, y1 - y0))
    return (x0 - pad, y0 - pad, x1 + pad, y1 + pad)


def render_static(png_path: Path, *, layers: Any = None, html_path: Path | None = None,
                  width: int = 1280, height: int = 800, title: str | None = None) -> Path:
    """Draw the layers (or the features embedded in ``html_path``) with matplotlib.

    Claims are circles, control states squares, both in the actor's colour; sieges, axes,
    sectors and zones are drawn underneath; labels are bilingual with Arabic shaped and
    right-to-left. The footer says the image comes from the static renderer.
    """
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    from maps.export import actor_colour

    frames = _frames_for_static(layers, html_path)
    if title is None:
        title = _page_title(html_path) or _layers_title(layers)
    dpi = 100
    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    ax = fig.add_axes((0.01, 0.075, 0.98, 0.865))
    fig.patch.set_facecolor("white")
    ax.set_facecolor("#F4F1EA")
    x0, y0, x1, y1 = _extent(frames)
    _draw_basemap(ax)
    actors: set[str] = set()

    def colour(actor: Any) -> str:
        if actor:
            actors.add(str(actor))
            return actor_colour(str(actor))
        return "#7F7F7F"

    for name in ("zones", "areas", "sieges", "axes", "control", "places", "claims", "embedded"):
        frame = frames.get(name)
        if frame is None or not len(frame):
            continue
        frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
        if name == "zones":
            frame.plot(ax=ax, facecolor="none", edgecolor="#555555", hatch="//", linewidth=0.8)
        elif name == "areas":
            frame.plot(ax=ax, facecolor="#9E9E9E", edgecolor="#616161", alpha=0.25, linewidth=0.8)
        elif name in ("sieges", "axes"):
            for actor, part in frame.groupby(frame["actor"].fillna(""), sort=True):
                c = colour(actor)
                if name == "sieges":
                    part.plot(ax=ax, facecolor=c, edgecolor=c, alpha=0.45, linewidth=1)
                else:
                    for line in part.geometry:
                        (ax0, ay0), (ax1, ay1) = line.coords[0], line.coords[-1]
                        ax.annotate("", xy=(ax1, ay1), xytext=(ax0, ay0),
                                    arrowprops={"arrowstyle": "-|>", "color": c, "lw": 2})
        elif name == "places":
            frame.plot(ax=ax, color="#424242", markersize=8, zorder=3)
            for _, row in frame.iterrows():
                label = " / ".join(shape_arabic(str(v)) for v in (row.get("name"), row.get("name_ar"))
                                   if v)
                ax.annotate(label, (row.geometry.x, row.geometry.y), xytext=(5, 4),
                            textcoords="offset points", fontsize=8, color="#212121", zorder=6)
        elif name in ("control", "claims"):
            marker, size = ("s", 110) if name == "control" else ("o", 70)
            for actor, part in frame.groupby(frame["actor"].fillna(""), sort=True):
                part.plot(ax=ax, color=colour(actor), marker=marker, markersize=size,
                          edgecolor="white", linewidth=0.8, zorder=5 if name == "claims" else 4)
        else:  # features read back from the HTML
            for index, row in frame.iterrows():
                actor = _clean(row.get("actor"))
                c = _clean(row.get("colour")) or (colour(actor) if actor else "#616161")
                geom_type = row.geometry.geom_type
                single = frame.loc[[index]]
                if "Point" in geom_type:
                    single.plot(ax=ax, color=c, markersize=50, edgecolor="white", zorder=5)
                elif "Polygon" in geom_type:
                    single.plot(ax=ax, facecolor=c, edgecolor=c, alpha=0.25, linewidth=0.8)
                else:
                    single.plot(ax=ax, color=c, linewidth=1)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / max(0.2, math.cos(math.radians((y0 + y1) / 2))))
    ax.tick_params(labelsize=7)
    ax.set_xlabel("")
    ax.set_ylabel("")
    fig.text(0.01, 0.965, shape_arabic(title or "conflictmap"), fontsize=13, weight="bold")
    fig.text(0.01, 0.015, "Rendered with matplotlib (static fallback: no browser available). "
             "Claims as reported, not verified.", fontsize=8, color="#424242")
    if actors:
        handles = [Line2D([0], [0], marker="o", color="w", markerfacecolor=actor_colour(a),
                          markersize=9, label=a) for a in sorted(actors)]
        ax.legend(handles=handles, loc="lower right", fontsize=8, framealpha=0.9, title="Actor")
    with atomic_path(png_path, suffix=".png") as tmp:
        fig.savefig(tmp, format="png", dpi=dpi, metadata={"Software": None})
    return Path(png_path)


def _clean(value: Any) -> str | None:
    """A non-empty string, or None for missing/NaN values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value)
    return text or None


def _draw_basemap(ax: Any) -> None:
    """Governorate outlines when the shipped data is available (geo.zones); silent otherwise."""
    try:
        from geo.zones import governorates

        frame = governorates()
    except Exception:  # optional: the static renderer works without a basemap
        return
    with contextlib.suppress(Exception):
        frame.boundary.plot(ax=ax, color="#BDBDBD", linewidth=0.6, zorder=1)


def _page_title(html_path: Path | None) -> str | None:
    if html_path is None or not Path(html_path).is_file():
        return None
    match = re.search(r"<title>(.*?)</title>", Path(html_path).read_text(encoding="utf-8",
                      errors="replace"), re.S | re.I)
    if not match:
        return None
    import html

    return html.unescape(match.group(1)).strip() or None


def _layers_title(layers: Any) -> str:
    on_date = getattr(layers, "on_date", None)
    if isinstance(on_date, dt.date):
        return f"conflictmap — {on_date.isoformat()}"
    return "conflictmap"
