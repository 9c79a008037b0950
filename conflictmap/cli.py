"""The ``conflictmap`` command line: thin commands over the typed API.

Every error a user can cause is a :class:`geo.errors.ConflictMapError`; :func:`main` prints it
as one line (``conflictmap: error: …``) and exits with status 1. Heavy libraries are imported
inside the commands so that ``--help`` is instant.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import click

from geo.errors import ConflictMapError, InputError
from maps.export import FORMATS as EXPORT_FORMATS

DEFAULT_SEEDS = Path("seeds")
DEFAULT_OUT = Path("out")
BUILD_FORMATS = ("html", *EXPORT_FORMATS)

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _version() -> str:
    """``0.1.0 (compiled core)`` or ``0.1.0 (pure-Python core)``: see setup.py."""
    import importlib.machinery
    import importlib.util

    from conflictmap import __version__

    spec = importlib.util.find_spec("geo.claims")  # locates the module without importing it
    origin = (spec.origin or "") if spec is not None else ""
    compiled = origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    return f"{__version__} ({'compiled' if compiled else 'pure-Python'} core)"


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _progress(enabled: bool):
    """A tqdm wrapper writing to stderr, silent when disabled or not on a terminal."""

    def wrap(items: Iterable[Any], desc: str, total: int) -> Iterable[Any]:
        if not enabled or total < 2:
            return items
        from tqdm import tqdm

        return tqdm(items, desc=desc, total=total, unit="item", file=sys.stderr, leave=False)

    return wrap


def _read_all(inputs: Sequence[Path], date: dt.date | None, skip_bad: bool) -> list:
    from geo.articles import read_articles

    def report(error: Exception) -> None:
        click.echo(f"conflictmap: skipped {error}", err=True)

    return list(read_articles(list(inputs), default_date=date, skip_bad=skip_bad, on_skip=report))


def online_options(func):
    """--online / --online-cache / --geonames-user, shared by build and extract."""
    func = click.option("--geonames-user", metavar="NAME",
                        help="GeoNames account name (needed by --online geonames).")(func)
    func = click.option("--online-cache", type=click.Path(path_type=Path, dir_okay=False),
                        default=Path.home() / ".cache" / "conflictmap" / "geocode.json",
                        show_default=True, help="JSON cache of online answers (reused offline).")(func)
    func = click.option("--online", "online", type=click.Choice(["nominatim", "geonames"]),
                        help="Also look up places the gazetteer lacks with this geocoder "
                             "(needs the network; rate-limited; off by default).")(func)
    return func


def _online_resolver(name: str | None, cache: Path, geonames_user: str | None):
    if name is None:
        return None
    from gazetteer.online import get_resolver

    options = {"username": geonames_user} if geonames_user else {}
    return get_resolver(name, cache_path=cache, **options)


def _load_gazetteer():
    from gazetteer.store import load_gazetteer

    return load_gazetteer()


# ---------------------------------------------------------------------------------------------

@click.group(context_settings=CONTEXT)
@click.version_option(version=_version(), prog_name="conflictmap", message="%(prog)s %(version)s")
def cli() -> None:
    """Turn Arabic-language war reporting into dated, layered maps and GIS files.

    \b
    Typical use:
      conflictmap build                     # the seed articles → out/index.html, out/<date>/map.html …
      conflictmap build my_articles/ --out maps_out
      conflictmap extract corpus.jsonl --format jsonl > places_and_claims.jsonl
      conflictmap gazetteer lookup "دير الزور"
      conflictmap eval path/to/gold/        # score against gold annotations

    Input articles are .txt/.md files (optional YAML front matter: date, source, url, title,
    language, id), folders of them (a metadata.csv beside plain files supplies dates), or JSON
    Lines corpora (one {"id","date","source","url","title","text"} object per line).
    Everything runs offline; nothing is downloaded.
    """


@cli.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT,
              show_default=True, help="Output folder (replaced as a whole on success).")
@click.option("--date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for plain-text inputs that carry none.")
@click.option("--format", "formats", multiple=True, type=click.Choice(BUILD_FORMATS),
              help="Only these outputs (repeatable). Default: all. 'html' maps are always written.")
@click.option("--skip-bad", is_flag=True, help="Report and skip bad corpus records instead of stopping.")
@click.option("--online-assets", is_flag=True,
              help="Load Leaflet and plugins from CDNs instead of the bundled offline copies.")
@click.option("--csv-bom", is_flag=True, help="Start claims.csv with a UTF-8 BOM (for Excel).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars or summary.")
@online_options
def build(inputs: tuple[Path, ...], out_dir: Path, date: dt.date | None, formats: tuple[str, ...],
          skip_bad: bool, online_assets: bool, csv_bom: bool, quiet: bool, online: str | None,
          online_cache: Path, geonames_user: str | None) -> None:
    """Build maps and exports for INPUTS (default: the seeds/ folder).

    \b
    Writes into --out (default out/):
      index.html               timeline slider across all dates + links to each date
      <YYYY-MM-DD>/map.html    layered map of that date's articles and the control state
      <YYYY-MM-DD>/layers.geojson, <YYYY-MM-DD>/map.png
      layers.geojson           all layers, all dates (RFC 7946, valid_from/valid_to)
      conflict.gpkg            GeoPackage: places, claims, control, zones, areas
      claims.csv               claims in ACLED column order + our columns
      conflict.kml             Google Earth placemarks styled per actor
      report.html / report.pdf snapshots, legend, sources and the claims table
    The folder is built aside and swapped in at the end: an interrupted build leaves the
    previous outputs intact.
    """
    from conflictmap.pipeline import BuildOptions, build as run_build

    if not inputs:
        if not DEFAULT_SEEDS.is_dir():
            raise InputError("no INPUT given and no seeds/ folder here; name files or folders to build")
        inputs = (DEFAULT_SEEDS,)
    articles = _read_all(inputs, date, skip_bad)
    chosen = frozenset(formats) | {"html"} if formats else frozenset(BUILD_FORMATS)
    options = BuildOptions(out_dir=out_dir, formats=chosen, online_assets=online_assets,
                           csv_bom=csv_bom,
                           online=_online_resolver(online, online_cache, geonames_user))
    report = run_build(articles, _load_gazetteer(), options, progress=_progress(not quiet))
    if not quiet:
        click.echo(f"{report.articles} articles, {len(report.dates)} dates, {report.places} places, "
                   f"{report.claims} claims → {out_dir}/index.html", err=True)
        for note in report.notes:
            click.echo(f"note: {note}", err=True)
    for warning in report.warnings:
        click.echo(f"conflictmap: warning: {warning}", err=True)


@cli.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="jsonl", show_default=True,
              help="jsonl: one record per line (streams); json: one indented JSON array.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write here (atomically) instead of standard output.")
@click.option("--date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for plain-text inputs that carry none.")
@click.option("--skip-bad", is_flag=True, help="Report and skip bad corpus records instead of stopping.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@online_options
def extract(inputs: tuple[Path, ...], fmt: str, output: Path | None, date: dt.date | None,
            skip_bad: bool, quiet: bool, online: str | None, online_cache: Path,
            geonames_user: str | None) -> None:
    """Print places and claims found in INPUTS, one record per article.

    \b
    Record: {"id","date","source","url","title",
             "places":[{"surface","start","end","name","name_ar","kind","lat","lon",
                        "precision_km","gazetteer_id","confidence", ...}],
             "claims":[{"actor","action","place","gazetteer_id","lat","lon","event_date",
                        "date_precision","quote","start","end","confidence", ...}]}
    start/end are Python string offsets into the article text as read (after decoding and
    newline normalisation), so text[start:end] == surface. Corpora are streamed; the input is
    checked completely before anything is written, so a bad record never leaves half an output.
    An internal error while analysing one article (a bug) is reported on stderr as a warning and
    that article's record is written without the failed stage's places or claims; the other
    articles are unaffected and the exit status stays 0.
    """
    from conflictmap.pipeline import StageFailure, analyse_article, dumps_record, extract_record
    from geo.articles import read_articles

    inputs_list = list(inputs)
    if not skip_bad:  # validation pass: fail before writing anything
        for _ in read_articles(inputs_list, default_date=date):
            pass
    gazetteer = _load_gazetteer()
    resolver = _online_resolver(online, online_cache, geonames_user)

    def warn(failure: StageFailure) -> None:
        click.echo(f"conflictmap: warning: {failure.message()}", err=True)

    def records() -> Iterable[str]:
        seen = read_articles(inputs_list, default_date=date, skip_bad=skip_bad,
                             on_skip=lambda e: click.echo(f"conflictmap: skipped {e}", err=True))
        bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(unit="article", file=sys.stderr, leave=False, desc="extracting")
        for article in seen:
            analysis = analyse_article(article, gazetteer, online=resolver, on_failure=warn)
            yield dumps_record(extract_record(analysis),
                               indent=2 if fmt == "json" else None)
            if bar is not None:
                bar.update()
        if bar is not None:
            bar.close()

    def write(handle) -> None:
        if fmt == "jsonl":
            for line in records():
                handle.write(line + "\n")
        else:
            handle.write("[\n" + ",\n".join(records()) + "\n]\n")

    if output is None:
        stream = sys.stdout
        try:  # Arabic must come out as UTF-8 whatever the terminal's locale says
            stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass
        write(stream)
    else:
        from geo.atomic import atomic_open

        with atomic_open(output) as handle:
            write(handle)


@cli.command("eval", context_settings=CONTEXT)
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--failures/--no-failures", default=True, show_default=True,
              help="List per-article failures with the reason.")
def evaluate(gold: Path, as_json: bool, failures: bool) -> None:
    """Score extraction against gold annotations (GOLD folder or articles.jsonl).

    \b
    Mentions: a predicted span matches a gold toponym when the spans overlap by at least half
    of the shorter one (one-to-one) → precision, recall, F1.
    Resolution: for matched mentions with their own gold coordinates, great-circle error →
    accuracy within 10 km and 161 km, median and mean error.
    Claims: action family + same place (name, or point within 10 km, or span overlap with the
    gold quote) → precision, recall, F1; actor agreement; event-date accuracy.
    """
    import json

    from conflictmap.evaluate import evaluate_gold, format_report

    result = evaluate_gold(gold, _load_gazetteer())
    if as_json:
        click.echo(json.dumps(result.summary(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(result, failures=failures))


@cli.group(context_settings=CONTEXT)
def gazetteer() -> None:
    """Inspect the shipped gazetteer (lookup, stats, unknown names)."""


@gazetteer.command(context_settings=CONTEXT)
@click.argument("name")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
def lookup(name: str, limit: int) -> None:
    """List gazetteer candidates for NAME (Arabic or English) with scores and reasons."""
    from gazetteer.unknown import lookup as run_lookup

    candidates = run_lookup(name, _load_gazetteer())
    if not candidates:
        raise InputError(f"no gazetteer entry matches {name!r}")
    for cand in candidates[:limit]:
        place = cand.place
        click.echo(f"{cand.score:5.2f}  {place.id:<34} {place.kind:<13} {place.name} / {place.name_ar}"
                   f"  ({place.lat:.5f}, {place.lon:.5f}) ±{place.precision_km:g} km  — {cand.reason}")


@gazetteer.command(context_settings=CONTEXT)
def stats() -> None:
    """Counts of gazetteer entries by kind, country and source."""
    data = _load_gazetteer().stats()
    for section, value in data.items():
        if isinstance(value, dict):
            click.echo(f"{section}:")
            for key, count in sorted(value.items(), key=lambda kv: (-kv[1], kv[0])):
                click.echo(f"  {key:<28} {count}")
        else:
            click.echo(f"{section}: {value}")


@gazetteer.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for plain-text inputs that carry none.")
@click.option("--skip-bad", is_flag=True, help="Report and skip bad corpus records.")
def unknown(inputs: tuple[Path, ...], date: dt.date | None, skip_bad: bool) -> None:
    """List place names found by context in INPUTS (default seeds/) that the gazetteer lacks.

    Each line: count, the normalised name, the trigger noun that revealed it, where it was
    placed instead, and an example. Use it to grow gazetteer/sources/.
    """
    from conflictmap.pipeline import analyse_articles
    from gazetteer.unknown import collect_unknown

    if not inputs:
        inputs = (DEFAULT_SEEDS,)
    articles = _read_all(inputs, date, skip_bad)
    analyses = list(analyse_articles(articles, _load_gazetteer()))
    rows = collect_unknown(analyses)
    if not rows:
        click.echo("no unknown place names", err=True)
    for row in rows:
        click.echo(row.describe())


def _interrupt_on_signals() -> tuple[list[int], dict[int, Any]]:
    """Turn SIGINT/SIGTERM into KeyboardInterrupt (so temporary outputs are cleaned up) and
    remember that it happened (so an interrupt that lands inside an import is still reported
    as an interruption, not as that import's error)."""
    import signal

    received: list[int] = []
    previous: dict[int, Any] = {}

    def handler(signum: int, _frame: Any) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            previous[sig] = signal.signal(sig, handler)
        except ValueError:  # not the main thread (e.g. embedded use): leave signals alone
            break
    return received, previous


def _restore_signals(previous: dict[int, Any]) -> None:
    import signal

    for sig, old in previous.items():
        signal.signal(sig, old)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: run the CLI and turn expected errors into one line and an exit code."""
    interrupted, previous_handlers = _interrupt_on_signals()
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="conflictmap",
                 standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("conflictmap: aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except ConflictMapError as exc:
        click.echo(f"conflictmap: error: {exc}", err=True)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        click.echo("conflictmap: interrupted", err=True)
        return 130
    except Exception:
        if interrupted:
            click.echo("conflictmap: interrupted", err=True)
            return 130
        raise
    finally:
        _restore_signals(previous_handlers)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
