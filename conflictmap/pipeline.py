"""Compose the stages: read → find mentions → resolve → extract claims → timeline → layers → outputs.

This is the only module (with :mod:`conflictmap.cli`) that imports :mod:`geo`, :mod:`gazetteer`
and :mod:`maps` together. Every stage can also be called alone; see ``docs/ARCHITECTURE.md``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.errors import InputError, OutputError
from geo.model import Article, ArticleAnalysis, Claim, Resolution

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer.online import OnlineResolver
    from gazetteer.store import Gazetteer

__all__ = [
    "analyse_article",
    "analyse_articles",
    "StageFailure",
    "extract_record",
    "dumps_record",
    "place_record",
    "claim_record",
    "BuildOptions",
    "BuildReport",
    "build",
    "OUTPUT_MARKER",
]

#: File written into every output folder so a later build knows it may replace the folder.
OUTPUT_MARKER = ".conflictmap-output"


@dataclass(frozen=True)
class StageFailure:
    """An unexpected error inside one stage of one article's analysis (a bug, not bad input)."""

    article_id: str
    stage: str  # "places" (mention finding and resolution) or "claims"
    error: str  # "ExceptionType: message"

    def message(self) -> str:
        """One line for stderr."""
        lost = "its places and claims" if self.stage == "places" else "its claims"
        return (f"article {self.article_id!r}: {self.stage} stage failed ({self.error}); "
                f"{lost} are left out of the output (a bug: please report it)")


def analyse_article(article: Article, gazetteer: Gazetteer, *,
                    online: OnlineResolver | None = None,
                    on_failure: Callable[[StageFailure], None] | None = None) -> ArticleAnalysis:
    """Run mention finding, resolution and claim extraction on one article.

    With ``online`` (see :mod:`gazetteer.online`), places the gazetteer does not know are also
    looked up with that geocoder; the default is fully offline.

    ``on_failure`` contains bugs to the article they happen in: when a stage raises, the callback
    receives a :class:`StageFailure`, and the analysis goes on without that stage's results
    (no places and claims when finding or resolving places fails; no claims when claim
    extraction fails). Without it (the default for library use) the exception propagates.
    """
    from gazetteer.matcher import find_mentions
    from gazetteer.resolver import resolve_mentions
    from geo.claims import extract_claims

    def places() -> tuple[Resolution, ...]:
        found = tuple(resolve_mentions(find_mentions(article.text, gazetteer), article.text, gazetteer))
        if online is not None:
            from gazetteer.online import refine_unknown

            found = tuple(refine_unknown(found, online))
        return found

    resolutions = _contained(places, "places", article, on_failure)
    claims = _contained(lambda: tuple(extract_claims(article, resolutions)), "claims", article, on_failure)
    return ArticleAnalysis(article=article, resolutions=resolutions, claims=claims)


def _contained(stage: Callable[[], tuple[Any, ...]], name: str, article: Article,
               on_failure: Callable[[StageFailure], None] | None) -> tuple[Any, ...]:
    """``stage()``, or ``()`` after reporting its unexpected exception to ``on_failure`` (without
    one, the exception propagates)."""
    if on_failure is None:
        return stage()
    try:
        return stage()
    except (KeyboardInterrupt, MemoryError, RecursionError):
        raise
    except Exception as exc:  # noqa: BLE001 - contained on purpose; reported to the caller
        error = " ".join(f"{type(exc).__name__}: {exc}".split())  # one line, whatever the message
        on_failure(StageFailure(article_id=article.id, stage=name, error=error))
        return ()


def analyse_articles(articles: Iterable[Article], gazetteer: Gazetteer, *,
                     online: OnlineResolver | None = None,
                     on_failure: Callable[[StageFailure], None] | None = None) -> Iterator[ArticleAnalysis]:
    """Lazily analyse a stream of articles (constant memory for streamed corpora)."""
    for article in articles:
        yield analyse_article(article, gazetteer, online=online, on_failure=on_failure)


def _round(value: float | None, digits: int = 6) -> float | None:
    return None if value is None else round(float(value), digits)


def place_record(resolution: Resolution) -> dict[str, Any]:
    """The ``places[]`` item of the extract format for one resolved mention."""
    mention, place = resolution.mention, resolution.place
    return {
        "surface": mention.surface,
        "start": mention.start,
        "end": mention.end,
        "name": place.name,
        "name_ar": place.name_ar,
        "kind": place.kind,
        "lat": _round(place.lat),
        "lon": _round(place.lon),
        "precision_km": _round(place.precision_km, 3),
        "gazetteer_id": place.id,
        "confidence": _round(resolution.confidence, 3),
        # additions (stable names; never rename the fields above)
        "geo_precision": resolution.geo_precision,
        "known": resolution.known,
        "country": place.country,
        "admin1": place.admin1,
        "reason": resolution.reason,
    }


def claim_record(claim: Claim) -> dict[str, Any]:
    """The ``claims[]`` item of the extract format for one claim."""
    return {
        "actor": claim.actor,
        "action": claim.action,
        "place": claim.place_name,
        "gazetteer_id": claim.place_id,
        "lat": _round(claim.lat),
        "lon": _round(claim.lon),
        "event_date": claim.event_date.isoformat() if claim.event_date else None,
        "date_precision": claim.date_precision,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "confidence": _round(claim.confidence, 3),
        # additions
        "id": claim.id,
        "place_ar": claim.place_name_ar,
        "actor_ar": claim.actor_ar,
        "counter_actor": claim.counter_actor,
        "attribution": claim.attribution,
        "geo_precision": claim.geo_precision,
        "quantities": {name: value for name, value in claim.quantities},
    }


def extract_record(analysis: ArticleAnalysis) -> dict[str, Any]:
    """One article's record in the documented, stable ``conflictmap extract`` format."""
    article = analysis.article
    return {
        "id": article.id,
        "date": article.date.isoformat(),
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "places": [place_record(r) for r in analysis.resolutions],
        "claims": [claim_record(c) for c in analysis.claims],
    }


def dumps_record(record: dict[str, Any], *, indent: int | None = None) -> str:
    """Serialise deterministically (key order as built, UTF-8 Arabic kept readable)."""
    return json.dumps(record, ensure_ascii=False, indent=indent)


# --------------------------------------------------------------------------- build

@dataclass(frozen=True)
class BuildOptions:
    """What ``conflictmap build`` should write."""

    out_dir: Path
    formats: frozenset[str] = frozenset({"html", "geojson", "gpkg", "csv", "kml", "png", "report"})
    online_assets: bool = False
    csv_bom: bool = False
    online: OnlineResolver | None = None  # geocoder for places the gazetteer lacks (off by default)


@dataclass
class BuildReport:
    """What a build wrote, for the CLI to summarise."""

    out_dir: Path
    dates: list[dt.date] = field(default_factory=list)
    articles: int = 0
    places: int = 0
    claims: int = 0
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # contained stage failures (see StageFailure)


def _check_replaceable(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / OUTPUT_MARKER).exists():
        raise OutputError(
            f"{out_dir}: folder is not empty and was not written by conflictmap; "
            "choose another --out or empty it")


def build(articles: Sequence[Article], gazetteer: Gazetteer, options: BuildOptions, *,
          progress: Callable[[Iterable[Any], str, int], Iterable[Any]] | None = None) -> BuildReport:
    """Analyse ``articles`` and write maps and exports into ``options.out_dir``.

    The whole folder is built in a temporary sibling and swapped in at the end, so an interrupted
    build leaves the previous outputs intact.
    """
    from geo.atomic import atomic_directory, atomic_write_text
    from geo.layers import build_layers
    from geo.timeline import build_timeline

    if not articles:
        raise InputError("no articles to build")
    wrap = progress or (lambda items, _desc, _total: items)
    out_dir = Path(options.out_dir)
    _check_replaceable(out_dir)

    failures: list[StageFailure] = []
    analyses = [analyse_article(a, gazetteer, online=options.online, on_failure=failures.append)
                for a in wrap(articles, "analysing articles", len(articles))]
    claims = [c for a in analyses for c in a.claims]
    timeline = build_timeline(claims)
    by_date: dict[dt.date, list[ArticleAnalysis]] = {}
    for analysis in analyses:
        by_date.setdefault(analysis.article.date, []).append(analysis)
    dates = sorted(by_date)
    report = BuildReport(out_dir=out_dir, dates=dates, articles=len(analyses), claims=len(claims),
                         warnings=[failure.message() for failure in failures])

    with atomic_directory(out_dir) as staging:
        atomic_write_text(staging / OUTPUT_MARKER,
                          "This folder is written by `conflictmap build` and replaced on every build.\n")
        def area_geometry(place_id: str):  # unknown places (found by context) have no shape
            return gazetteer.geometry(place_id) if place_id in gazetteer else None

        layers_by_date = {}
        for day in wrap(dates, "building dated layers", len(dates)):
            layers_by_date[day] = build_layers(by_date[day], timeline, on_date=day,
                                               area_geometry=area_geometry, history=claims)
        cumulative = build_layers(analyses, timeline, on_date=None, area_geometry=area_geometry)
        report.places = len(cumulative.places)
        articles_by_date = {day: [a.article for a in by_date[day]] for day in dates}
        _write_outputs(staging, articles_by_date, layers_by_date, cumulative, options, report, wrap)
    return report


def _write_outputs(staging: Path, articles_by_date: dict[dt.date, list[Article]],
                   layers_by_date: dict, cumulative: Any, options: BuildOptions,
                   report: BuildReport, wrap: Callable) -> None:
    from maps import export
    from maps.render import render_date_map, render_index

    formats = options.formats

    days = sorted(layers_by_date)
    for day in wrap(days, "writing maps", len(days)):
        folder = staging / day.isoformat()
        folder.mkdir(parents=True, exist_ok=True)
        render_date_map(layers_by_date[day], folder / "map.html", articles=articles_by_date[day],
                        online_assets=options.online_assets)
        export.write_geojson(layers_by_date[day], folder / "layers.geojson")

    pngs: list[tuple[dt.date, Path, str]] = []
    if "png" in formats:
        pages = [(staging / d.isoformat() / "map.html", staging / d.isoformat() / "map.png")
                 for d in days]
        # one browser for every date; the layers feed the static fallback renderer
        renderer = export.snapshot_many(pages, layers=[layers_by_date[d] for d in days])
        pngs = [(d, png, renderer) for d, (_, png) in zip(days, pages)]
        report.notes.append(f"PNG snapshots rendered with {renderer}")

    render_index(layers_by_date, cumulative, staging / "index.html",
                 articles_by_date=articles_by_date, online_assets=options.online_assets)
    if "csv" in formats:
        export.write_claims_csv(cumulative.claims, staging / "claims.csv", bom=options.csv_bom)
    if "geojson" in formats:
        export.write_geojson(cumulative, staging / "layers.geojson")
    if "gpkg" in formats:
        export.write_gpkg(cumulative.as_dict(), staging / "conflict.gpkg")
    if "kml" in formats:
        export.write_kml(cumulative, staging / "conflict.kml")
    if "report" in formats and pngs:
        written = export.write_report(pngs, cumulative, staging, pdf=True)
        if not any(p.suffix == ".pdf" for p in written):
            report.notes.append("report.pdf skipped: no Chromium found (install Debian 'chromium')")

