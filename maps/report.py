"""The report page: each date's map snapshot with caption, legend, sources and claims table.

``report.html`` is a self-contained, printable page (images referenced relatively, no scripts,
no network); ``report.pdf`` is printed from it by headless Chromium when a browser is available.
Every article-derived string is HTML-escaped; only http(s) URLs become links.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from geo.atomic import atomic_write_text
from geo.errors import InputError, MissingDependencyError

__all__ = ["write_report", "report_html", "claims_reported_on"]

log = logging.getLogger(__name__)

_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px;color:#212121;line-height:1.4}
h1{font-size:22px;margin:0 0 4px} h2{font-size:18px;margin:0 0 8px;border-bottom:2px solid #424242}
.note{color:#555;font-size:13px}
section.day{page-break-before:always;break-before:page;margin-top:28px}
section.day:first-of-type{page-break-before:auto;break-before:auto}
figure{margin:0 0 10px} figure img{width:100%;height:auto;border:1px solid #BDBDBD}
figcaption{font-size:13px;color:#424242;margin-top:4px}
ul.legend{list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:13px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:50%;margin-right:5px;
        vertical-align:-1px;border:1px solid #616161}
table{border-collapse:collapse;width:100%;font-size:11.5px;margin-top:6px}
th,td{border:1px solid #BDBDBD;padding:3px 5px;vertical-align:top;text-align:left}
th{background:#EEEEEE}
tr{page-break-inside:avoid;break-inside:avoid}
[lang=ar]{font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",sans-serif}
td[dir=rtl]{text-align:right}
ol.sources{font-size:12px;padding-left:20px}
"""


def _e(value: Any) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


def _link(url: Any, text: Any) -> str:
    """An escaped link for http(s) URLs; plain escaped text otherwise."""
    url = "" if url is None else str(url).strip()
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url)}">{_e(text or url)}</a>'
    return _e(text)


def _date(value: Any) -> dt.date | None:
    if value is None or value != value:  # NaN
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def claims_reported_on(claims: Any, day: dt.date) -> list[dict[str, Any]]:
    """Claims of the articles published on ``day`` (the claims of that date's map), by id."""
    rows = []
    for record in claims.drop(columns=claims.geometry.name).to_dict("records"):
        if _date(record.get("article_date")) == day:
            rows.append(record)
    return sorted(rows, key=lambda r: str(r.get("id")))


def _legend(actors: Iterable[str]) -> str:
    from maps.export import actor_colour
    from maps.styles import actor_ar

    items = []
    for actor in sorted(set(actors)):
        arabic = actor_ar(actor)
        label = _e(actor) + (f' · <span lang="ar" dir="rtl">{_e(arabic)}</span>' if arabic else "")
        items.append(f'<li><span class="swatch" style="background:{actor_colour(actor)}"></span>'
                     f"{label}</li>")
    return '<ul class="legend">' + "".join(items) + "</ul>" if items else ""


def _claims_table(rows: Sequence[dict[str, Any]]) -> str:
    from maps.export import actor_colour

    head = ("<tr><th>event date</th><th>actor</th><th>action</th><th>place</th>"
            "<th>المكان</th><th>precision</th><th>source</th><th>quote</th></tr>")
    body = []
    for r in rows:
        event = _date(r.get("event_date"))
        precision = r.get("date_precision") or "unknown"
        when = f"{event.isoformat()} ({_e(precision)})" if event else "undated"
        actor = str(r.get("actor") or "Unknown")
        body.append(
            "<tr>"
            f"<td>{when}</td>"
            f'<td><span class="swatch" style="background:{actor_colour(actor)}"></span>{_e(actor)}'
            + (f" vs {_e(r.get('counter_actor'))}" if r.get("counter_actor") else "") + "</td>"
            f"<td>{_e(str(r.get('action') or '').replace('_', ' '))}</td>"
            f"<td>{_e(r.get('place_name'))}</td>"
            f'<td dir="rtl" lang="ar">{_e(r.get("place_name_ar"))}</td>'
            f"<td>{_e(r.get('geo_precision'))}</td>"
            f"<td>{_link(r.get('url'), r.get('source') or r.get('url'))}</td>"
            f'<td dir="rtl" lang="ar">{_e(r.get("quote"))}</td>'
            "</tr>")
    return f"<table><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"


def _sources(rows: Sequence[dict[str, Any]]) -> str:
    seen: dict[tuple[str, str, str], None] = {}
    for r in rows:
        seen[(str(r.get("source") or ""), str(r.get("title") or ""), str(r.get("url") or ""))] = None
    items = []
    for source, title, url in sorted(seen):
        title_html = f' — <span lang="ar" dir="auto">{_link(url, title)}</span>' if title else (
            f" — {_link(url, url)}" if url else "")
        items.append(f"<li>{_e(source or 'unknown source')}{title_html}</li>")
    return '<ol class="sources">' + "".join(items) + "</ol>" if items else ""


def _normalise_entries(dates_and_pngs: Iterable[Sequence[Any]]) -> list[tuple[dt.date, Path, str]]:
    entries = []
    for entry in dates_and_pngs:
        if len(entry) not in (2, 3):
            raise InputError("report entries are (date, png) or (date, png, renderer)")
        day = _date(entry[0])
        if day is None:
            raise InputError(f"report entry has no valid date: {entry[0]!r}")
        renderer = str(entry[2]) if len(entry) == 3 and entry[2] else ""
        entries.append((day, Path(entry[1]), renderer))
    return sorted(entries, key=lambda e: e[0])


def report_html(dates_and_pngs: Iterable[Sequence[Any]], layers_cumulative: Any, out_dir: Path,
                *, title: str = "conflictmap report") -> str:
    """The HTML of the report page (images linked relative to ``out_dir``)."""
    entries = _normalise_entries(dates_and_pngs)
    claims = layers_cumulative.claims
    sections = []
    for day, png, renderer in entries:
        rows = claims_reported_on(claims, day)
        rel = Path(os.path.relpath(Path(png).resolve(), Path(out_dir).resolve())).as_posix()
        actors = [str(r.get("actor") or "Unknown") for r in rows]
        places = sorted({str(r.get("place_name") or "") for r in rows} - {""})
        caption = (f"Map of {day.isoformat()}: {len(rows)} claim{'s' if len(rows) != 1 else ''}"
                   f" reported in that day's articles"
                   + (f" about {_e(', '.join(places[:8]))}{'…' if len(places) > 8 else ''}"
                      if places else "")
                   + "." + (f" Rendered with {_e(renderer)}." if renderer else ""))
        sections.append(
            f'<section class="day" id="d{day.isoformat()}"><h2>{day.isoformat()}</h2>'
            f'<figure><img src="{_e(quote(rel))}" alt="Map of {day.isoformat()}">'
            f"<figcaption>{caption}</figcaption></figure>"
            f"{_legend(actors)}"
            + (_claims_table(rows) if rows else '<p class="note">No claims reported this day.</p>')
            + (f"<h3>Sources</h3>{_sources(rows)}" if rows else "")
            + "</section>")
    days = [e[0] for e in entries]
    span = f"{days[0].isoformat()} – {days[-1].isoformat()}" if days else "no dates"
    n_sources = len({str(s) for s in claims["source"].tolist() if s}) if "source" in claims else 0
    summary = (f'<p class="note">{len(days)} date{"s" if len(days) != 1 else ""} ({span}); '
               f"{len(claims)} claims from {n_sources} outlet{'s' if n_sources != 1 else ''}. "
               "Claims are reported by the sources, not verified; every claim keeps its source "
               "and quote.</p>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
            f"<header><h1>{_e(title)}</h1>{summary}</header>\n"
            + "\n".join(sections) + "\n</body></html>\n")


def write_report(dates_and_pngs: Iterable[Sequence[Any]], layers_cumulative: Any, out_dir: Path,
                 *, pdf: bool = True, title: str = "conflictmap report") -> list[Path]:
    """Write ``report.html`` (and ``report.pdf`` via Chromium) into ``out_dir``.

    Parameters
    ----------
    dates_and_pngs
        ``(date, png path)`` or ``(date, png path, renderer)`` per map date; PNGs are linked
        relative to ``out_dir``.
    layers_cumulative
        The cumulative ``Layers``; each date shows the claims of the articles published that day.
    out_dir
        Output folder.
    pdf
        Also print ``report.pdf`` with headless Chromium; skipped (with a log warning) when no
        browser is available.

    Returns
    -------
    list of Path
        The files written (``report.html``, then ``report.pdf`` if printed).
    """
    out_dir = Path(out_dir)
    page = out_dir / "report.html"
    atomic_write_text(page, report_html(dates_and_pngs, layers_cumulative, out_dir, title=title))
    written = [page]
    if pdf:
        from maps.snapshot import ChromiumSession, browser_available

        if not browser_available():
            log.warning("no Chromium: report.pdf not written (report.html is)")
            return written
        try:
            with ChromiumSession() as browser:
                written.append(browser.pdf(page, out_dir / "report.pdf"))
        except MissingDependencyError as exc:
            log.warning("report.pdf not written: %s", exc)
    return written
