"""Read news articles from disk: text/Markdown files, saved HTML pages, folders and JSON Lines.

This is the first stage of the pipeline. It turns files into :class:`geo.model.Article`
records whose ``text`` is the article *as read*: decoded, newlines normalised to ``\\n``, and
nothing else (bidi control characters, tatweel, diacritics... are kept), so every character
offset reported later indexes ``Article.text`` directly.

Accepted inputs (see ``docs/INPUT.md`` for the user-facing description)

* ``.txt`` / ``.md`` / ``.markdown`` / ``.text`` files, optionally starting with YAML front
  matter fenced by ``---`` lines (keys ``date``, ``source``, ``url``, ``title``, ``language``,
  ``id``; ``published``/``outlet``/``lang`` are accepted as aliases);
* ``.html`` / ``.htm`` saved web pages: visible text is extracted, ``<title>`` and common
  ``<meta>`` tags (publication date, site name, canonical URL) fill the metadata;
* a folder of such files (non-recursive, sorted by name, hidden files skipped); a
  ``metadata.csv`` beside the files supplies dates and sources for plain files;
* ``.jsonl`` / ``.ndjson`` corpora, one JSON object per line, streamed in constant memory.

Every problem a user can cause raises :class:`geo.errors.ArticleFormatError`, whose message is
one line ``FILE[:LINE]: problem``.
"""

from __future__ import annotations

import csv
import datetime as _dt
import heapq
import io
import json
import os
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

from geo.errors import ArticleFormatError, InputError
from geo.model import Article

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MIN_DATE",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "read_articles",
    "read_article_file",
    "iter_jsonl",
    "decode_bytes",
    "normalize_newlines",
    "parse_date",
    "split_front_matter",
    "html_to_text",
    "load_metadata_csv",
]

#: Largest accepted article file or JSON line, in bytes. Real articles are well under 1 MiB;
#: anything bigger is almost certainly a mistake (a whole dump saved as one "article").
MAX_ARTICLE_BYTES: int = 16 * 1024 * 1024

#: Earliest accepted publication date. Later than ``today + 1 day`` is rejected too.
MIN_DATE: _dt.date = _dt.date(1900, 1, 1)

#: Suffixes read as (optionally front-mattered) plain text inside folders.
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".markdown", ".text"})
#: Suffixes read as saved web pages.
HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm"})
#: Suffixes read as JSON Lines corpora.
JSONL_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".ndjson"})

_METADATA_NAME = "metadata.csv"
_MAX_FRONT_MATTER_CHARS = 64 * 1024
_SNIFF_BYTES = 8192
_ORIGINS_KEPT = 10_000

# Control characters that never appear in real text (tab, LF, VT, FF, CR are allowed).
_BAD_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f\x80-\x9f]")
# Characters plausible in Arabic/English news text, used to tell UTF-16 LE from BE.
_PLAUSIBLE = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]"
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Field names (lower case) and their aliases, in order of preference.
_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "date": ("date", "published", "published_date", "publication_date"),
    "source": ("source", "outlet", "publisher"),
    "url": ("url", "link"),
    "title": ("title", "headline"),
    "language": ("language", "lang"),
}


# --------------------------------------------------------------------------------------------
# decoding


def normalize_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``; nothing else changes.

    Examples
    --------
    >>> normalize_newlines("a\\r\\nb\\rc\\n")
    'a\\nb\\nc\\n'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    """True when ``text`` carries NULs, or control characters (more than 3 and over 1%)."""
    if "\x00" in text:
        return True
    bad = len(_BAD_CONTROLS.findall(text))
    return bad > 3 and bad > len(text) // 100


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """Decode BOM-less UTF-16 by choosing the byte order that gives plausible text."""
    if len(data) % 2:
        return None
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not text:
            continue
        score = len(_PLAUSIBLE.findall(text)) / len(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None or best[0] < 0.9 or "\x00" in best[1]:
        return None
    return best[1]


def decode_bytes(data: bytes, where: str) -> str:
    """Decode an article file's bytes to text with ``\\n`` newlines.

    Tries, in order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32), BOM-less UTF-16 (detected
    by NUL bytes and plausible characters), strict UTF-8, then Windows-1256 (Arabic Windows).
    The BOM is removed; ``\\r\\n`` and ``\\r`` become ``\\n``; nothing else is changed.

    Parameters
    ----------
    data
        The raw bytes.
    where
        File (and line) named in error messages.

    Returns
    -------
    str
        The decoded, newline-normalised text (possibly empty).

    Raises
    ------
    ArticleFormatError
        If the bytes are not text (NUL bytes or many control characters in every candidate
        decoding), e.g. an image or a zip file.

    Examples
    --------
    >>> decode_bytes("سوريا\\r\\n".encode("utf-16"), "x.txt")
    'سوريا\\n'
    >>> decode_bytes("حلب".encode("cp1256"), "x.txt")
    'حلب'
    """
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise ArticleFormatError(
                    where, f"starts with a {codec.upper()} byte-order mark but is not valid "
                    f"{codec.upper()} (byte {exc.start + len(bom)})") from None
            break
    if text is None and b"\x00" in data:
        text = _decode_utf16_without_bom(data)
        if text is None:
            raise ArticleFormatError(where, "binary file, not text (contains NUL bytes)")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1256")  # every byte is defined in cp1256
    if _looks_binary(text):
        raise ArticleFormatError(where, "binary file, not text (control characters)")
    return normalize_newlines(text)


# --------------------------------------------------------------------------------------------
# dates and fields


def parse_date(value: Any, where: str, *, field: str = "date") -> _dt.date:
    """Parse a publication date: ``YYYY-MM-DD`` or a full ISO 8601 date-time.

    A date-time keeps its *local* calendar date (``2017-09-15T23:30+03:00`` is 2017-09-15).
    Dates before 1900 or more than one day in the future are rejected as hostile input.

    Parameters
    ----------
    value
        A string, :class:`datetime.date` or :class:`datetime.datetime`.
    where
        File (and line) named in error messages.
    field
        Field name used in error messages.

    Raises
    ------
    ArticleFormatError
        If the value is not an ISO date or is out of range.

    Examples
    --------
    >>> parse_date("2017-09-15", "a.txt")
    datetime.date(2017, 9, 15)
    >>> parse_date("2017-09-15T23:30:00+03:00", "a.txt")
    datetime.date(2017, 9, 15)
    """
    if isinstance(value, _dt.datetime):
        day = value.date()
    elif isinstance(value, _dt.date):
        day = value
    elif isinstance(value, str):
        raw = value.strip()
        shown = raw if len(raw) <= 40 else raw[:37] + "..."
        try:
            if len(raw) == 10:
                day = _dt.date.fromisoformat(raw)
            elif len(raw) > 10 and raw[10] in "T t" and len(raw) <= 40:
                day = _dt.datetime.fromisoformat(raw.replace("t", "T", 1)).date()
            else:
                raise ValueError(raw)
        except ValueError:
            raise ArticleFormatError(
                where, f"invalid {field} {shown!r} (expected YYYY-MM-DD)") from None
    else:
        raise ArticleFormatError(
            where, f"invalid {field} {value!r} (expected a YYYY-MM-DD string)")
    if day < MIN_DATE:
        raise ArticleFormatError(where, f"{field} {day.isoformat()} is before 1900")
    latest = _dt.date.today() + _dt.timedelta(days=1)
    if day > latest:
        raise ArticleFormatError(where, f"{field} {day.isoformat()} is in the future")
    return day


def _text_field(value: Any, where: str, name: str) -> str:
    """A metadata value as a one-line string (None → "")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float, _dt.date)):
        text = value.isoformat() if isinstance(value, _dt.date) else str(value)
        return " ".join(text.split()) if name != "text" else text
    raise ArticleFormatError(where, f"{name!r} must be a text value, not {type(value).__name__}")


def _pick(record: Mapping[str, Any], field: str) -> Any:
    """The first present alias of ``field`` in ``record`` (keys compared in lower case)."""
    for alias in _FIELD_ALIASES[field]:
        if alias in record and record[alias] not in (None, ""):
            return record[alias]
    return None


def _lower_keys(record: Mapping[Any, Any]) -> dict[str, Any]:
    return {k.strip().lower(): v for k, v in record.items() if isinstance(k, str)}


def _check_text(text: str, where: str) -> None:
    if not any(ch.isalnum() for ch in text):
        raise ArticleFormatError(where, "article text is empty (no letters or digits)")


def _build_article(fields: Mapping[str, Any], text: str, *, where: str, fallback_id: str,
                   default_date: _dt.date | None, fallbacks: Mapping[str, Any] = ()) -> Article:
    """Assemble an :class:`Article` from a record's fields, with lower-priority fallbacks."""
    fallbacks = dict(fallbacks)
    _check_text(text, where)

    def get(name: str) -> Any:
        value = _pick(fields, name)
        return value if value is not None else _pick(fallbacks, name) if fallbacks else None

    raw_date = get("date")
    if raw_date is None:
        if default_date is None:
            raise ArticleFormatError(
                where, "no publication date (add 'date: YYYY-MM-DD' front matter, a "
                "metadata.csv row, or pass --date)")
        day = parse_date(default_date, where)
    else:
        day = parse_date(raw_date, where)
    article_id = _text_field(get("id"), where, "id") or fallback_id
    language = _text_field(get("language"), where, "language") or "ar"
    return Article(
        id=article_id, date=day, text=text,
        source=_text_field(get("source"), where, "source"),
        url=_text_field(get("url"), where, "url"),
        title=_text_field(get("title"), where, "title"),
        language=language, origin=where,
    )


# --------------------------------------------------------------------------------------------
# front matter


def _front_matter_loader() -> type:
    """A YAML safe loader that keeps timestamps as strings (we parse dates ourselves)."""
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return _Loader


_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def split_front_matter(text: str, where: str) -> tuple[dict[str, Any], str]:
    """Split optional YAML front matter from the body.

    Front matter starts with a ``---`` line at the very top of the file and ends with the next
    ``---`` (or ``...``) line. The body is everything after that closing line, unchanged.

    Returns
    -------
    (dict, str)
        Front matter keys (lower case) and the body. Without front matter: ``({}, text)``.

    Raises
    ------
    ArticleFormatError
        Unclosed fence, invalid YAML (with its line), or YAML that is not ``key: value`` pairs.

    Examples
    --------
    >>> split_front_matter("---\\ndate: 2017-09-15\\n---\\nنص", "a.md")
    ({'date': '2017-09-15'}, 'نص')
    """
    first_line, sep, rest = text.partition("\n")
    if first_line.rstrip(" \t") != "---" or not sep:
        return {}, text
    closing = _FENCE.search(rest)
    if closing is None:
        raise ArticleFormatError(
            f"{where}:1", "front matter is not closed (no '---' line after the opening '---')")
    block = rest[: closing.start()]
    body = rest[closing.end():]
    if body.startswith("\n"):
        body = body[1:]
    if len(block) > _MAX_FRONT_MATTER_CHARS:
        raise ArticleFormatError(f"{where}:1", "front matter is too long (over 64 KiB)")
    import yaml

    try:
        data = yaml.load(block, Loader=_front_matter_loader())  # noqa: S506 - a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 2) if mark is not None else 1  # +1 for the fence, +1 for 1-based
        problem = " ".join(str(exc.problem or exc.context or "syntax error").split())
        raise ArticleFormatError(f"{where}:{line}", f"malformed front matter: {problem}") from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        problem = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ArticleFormatError(f"{where}:1", f"malformed front matter: {problem}") from None
    if data is None:
        return {}, body
    if not isinstance(data, dict):
        raise ArticleFormatError(
            f"{where}:1", "malformed front matter: expected 'key: value' lines "
            f"(got a {type(data).__name__})")
    return _lower_keys(data), body


# --------------------------------------------------------------------------------------------
# HTML


class _HTMLTextExtractor(HTMLParser):
    """Collect visible text and publication metadata from a saved web page."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "title", "iframe",
                       "object", "canvas", "button", "select", "nav", "footer", "aside", "form"})
    _BLOCK = frozenset({
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "section", "article", "header", "footer", "aside", "nav", "main",
        "blockquote", "pre", "hr", "figure", "figcaption", "form", "address", "body",
    })
    _DATE_META = ("article:published_time", "og:published_time", "datepublished",
                  "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
                  "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article_parts: list[str] = []  # text inside <article>, preferred when present
        self.article_depth = 0
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.lang = ""
        self.time_datetime = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and attr.get("lang"):
            self.lang = attr["lang"].split("-")[0].lower()
        elif tag == "meta":
            key = (attr.get("property") or attr.get("name") or attr.get("itemprop") or "").lower()
            if key and attr.get("content") and key not in self.meta:
                self.meta[key] = attr["content"]
        elif tag == "link" and "canonical" in attr.get("rel", "").lower().split():
            self.meta.setdefault("canonical", attr.get("href", ""))
        elif tag == "time" and attr.get("datetime") and not self.time_datetime:
            self.time_datetime = attr["datetime"]
        if tag == "title":
            self.in_title = True
        if tag == "article":
            self.article_depth += 1
        if tag in self._SKIP:
            self.skip_depth += 1
        elif tag in self._BLOCK:
            self._add("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:  # <script/> opens nothing
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self._SKIP:
            if self.skip_depth:
                self.skip_depth -= 1
        elif tag in self._BLOCK:
            self._add("\n")
        if tag == "article" and self.article_depth:
            self.article_depth -= 1

    def _add(self, text: str) -> None:
        self.parts.append(text)
        if self.article_depth:
            self.article_parts.append(text)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self._add(data)

    def text(self) -> str:
        """Visible text: the ``<article>`` elements if they hold any letters, else the page."""
        article = "".join(self.article_parts)
        chosen = article if any(ch.isalnum() for ch in article) else "".join(self.parts)
        lines = [" ".join(line.split()) for line in chosen.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")

    def fields(self) -> dict[str, str]:
        """Metadata found in the page, under our field names."""
        out: dict[str, str] = {}
        for key in self._DATE_META:
            if self.meta.get(key):
                out["date"] = self.meta[key]
                break
        else:
            if self.time_datetime:
                out["date"] = self.time_datetime
        title = " ".join("".join(self.title_parts).split()) or self.meta.get("og:title", "")
        if title:
            out["title"] = title
        if self.meta.get("og:site_name"):
            out["source"] = self.meta["og:site_name"]
        url = self.meta.get("canonical") or self.meta.get("og:url")
        if url:
            out["url"] = url
        if self.lang:
            out["language"] = self.lang
        return out


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Extract the visible text and metadata of a saved HTML page.

    Scripts, styles, navigation, footers, asides and forms are dropped; when the page has
    ``<article>`` elements only their text is kept. Entities are decoded, block elements become
    line breaks, runs of spaces collapse, and at most one blank line is kept.

    Returns
    -------
    (str, dict)
        The text, and any of ``date``, ``title``, ``source``, ``url``, ``language`` found in
        ``<title>``, ``<meta>``, ``<link rel=canonical>``, ``<time datetime>`` and ``<html lang>``.

    Examples
    --------
    >>> html_to_text("<title>T</title><p>a &amp; b</p><script>x()</script><p>c</p>")
    ('a & b\\n\\nc', {'title': 'T'})
    """
    parser = _HTMLTextExtractor()
    parser.feed(html)
    parser.close()
    return parser.text(), parser.fields()


# --------------------------------------------------------------------------------------------
# metadata.csv


def load_metadata_csv(path: str | os.PathLike[str]) -> dict[str, dict[str, str]]:
    """Read a ``metadata.csv`` describing the plain article files beside it.

    Columns (header names are case-insensitive): ``file`` (required: the file name), and any of
    ``date``/``published``, ``source``/``outlet``, ``url``, ``title``, ``language``, ``id``.
    Other columns (e.g. ``date_basis``) are kept in the row but not used. Empty cells count as
    missing.

    Returns
    -------
    dict
        File name (base name) → row with lower-case column names.

    Raises
    ------
    ArticleFormatError
        Unreadable or binary file, no ``file`` column, or the same file listed twice.
    """
    where = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ArticleFormatError(where, f"cannot read file: {exc.strerror or exc}") from None
    text = decode_bytes(data, where)
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        rows = list(reader)
    except csv.Error as exc:
        raise ArticleFormatError(where, f"malformed CSV: {exc}") from None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ArticleFormatError(where, "empty metadata file (expected a header with 'file')")
    header = [cell.strip().lower() for cell in rows[0]]
    if "file" not in header:
        raise ArticleFormatError(f"{where}:1", "no 'file' column in the header")
    table: dict[str, dict[str, str]] = {}
    for number, row in enumerate(rows[1:], start=2):
        record = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)
                  if name}
        name = Path(record.get("file", "")).name
        if not name:
            raise ArticleFormatError(f"{where}:{number}", "empty 'file' cell")
        if name in table:
            raise ArticleFormatError(f"{where}:{number}", f"file {name!r} is listed twice")
        table[name] = record
    return table


# --------------------------------------------------------------------------------------------
# single files


def _read_limited(path: Path, where: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleFormatError(
                where, f"file is too large ({size / 2**20:.1f} MiB; the limit is "
                f"{max_bytes / 2**20:.0f} MiB per article): split it into several articles")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ArticleFormatError(where, f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # grew while we looked
        raise ArticleFormatError(where, "file is too large")
    return data


def read_article_file(path: str | os.PathLike[str], *, default_date: _dt.date | None = None,
                      metadata: Mapping[str, Any] | None = None,
                      max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read one article from a text, Markdown or HTML file.

    Metadata priority: values in the file itself (YAML front matter, or ``<meta>`` tags of a
    saved page) win over ``metadata`` (a ``metadata.csv`` row), which wins over
    ``default_date``. The id is the front matter ``id``, else the metadata ``id``, else the
    file stem.

    Parameters
    ----------
    path
        The file. ``.html``/``.htm`` are read as web pages; anything else as text.
    default_date
        Publication date for a file that states none (the CLI's ``--date``).
    metadata
        This file's row from a ``metadata.csv`` (see :func:`load_metadata_csv`).
    max_bytes
        Larger files are rejected.

    Raises
    ------
    ArticleFormatError
        Unreadable, binary, empty or oversized file; malformed front matter; missing or
        invalid date.
    """
    path = Path(path)
    where = str(path)
    data = _read_limited(path, where, max_bytes)
    text = decode_bytes(data, where)
    if path.suffix.lower() in HTML_SUFFIXES:
        try:
            body, fields = html_to_text(text)
        except (AssertionError, ValueError) as exc:  # html.parser on pathological markup
            raise ArticleFormatError(where, f"cannot parse HTML: {exc}") from None
        if "date" in fields:
            try:
                parse_date(fields["date"], where)
            except ArticleFormatError:  # a web page's own date is a hint, not a promise
                del fields["date"]
    else:
        fields, body = split_front_matter(text, where)
    return _build_article(fields, body, where=where, fallback_id=path.stem,
                          default_date=default_date, fallbacks=_lower_keys(metadata or {}))


# --------------------------------------------------------------------------------------------
# JSON Lines


def _jsonl_lines(handle: BinaryIO, where: str, max_bytes: int
                 ) -> Iterator[tuple[int, str | None, str | None]]:
    """Yield ``(line_number, text, problem)`` for each non-blank line, in constant memory."""
    head = handle.peek(4)[:4] if hasattr(handle, "peek") else b""
    codec = None
    for bom, name in _BOMS[1:]:
        if head.startswith(bom):
            codec = name
            break
    if codec is not None:  # UTF-16/32 corpus: let a text wrapper split lines
        reader = io.TextIOWrapper(handle, encoding=codec[:6], newline="", errors="strict")
        number = 0
        while True:
            number += 1
            try:
                line = reader.readline(max_bytes + 1)
            except UnicodeDecodeError:
                yield number, None, f"not valid {codec.upper()}"
                return
            if not line:
                return
            if len(line) > max_bytes and not line.endswith("\n"):
                while line and not line.endswith("\n"):
                    line = reader.readline(1 << 20)
                yield number, None, f"line is too long (over {max_bytes / 2**20:.0f} MiB)"
                continue
            line = line.lstrip("\ufeff") if number == 1 else line
            if line.strip():
                yield number, line, None
    number = 0
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(1 << 20)
            yield number, None, f"line is too long (over {max_bytes / 2**20:.0f} MiB)"
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                line = decode_bytes(raw, f"{where}:{number}")
            except ArticleFormatError as exc:
                yield number, None, exc.problem
                continue
        yield number, line, None


def _jsonl_record(line: str, where: str, *, fallback_id: str,
                  default_date: _dt.date | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ArticleFormatError(where, f"malformed JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise ArticleFormatError(where, "malformed JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise ArticleFormatError(
            where, f"expected a JSON object per line, got {type(record).__name__}")
    fields = _lower_keys(record)
    if "text" not in fields or fields["text"] is None:
        raise ArticleFormatError(where, "missing 'text' field")
    if not isinstance(fields["text"], str):
        raise ArticleFormatError(where, f"'text' must be a string, not "
                                 f"{type(fields['text']).__name__}")
    text = normalize_newlines(fields["text"])
    if _looks_binary(text):
        raise ArticleFormatError(where, "'text' is not text (NUL or control characters)")
    return _build_article(fields, text, where=where, fallback_id=fallback_id,
                          default_date=default_date)


def iter_jsonl(path: str | os.PathLike[str], *, default_date: _dt.date | None = None,
               skip_bad: bool = False,
               on_skip: Callable[[ArticleFormatError], None] | None = None,
               max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article]:
    """Stream the articles of a JSON Lines corpus, one line at a time (constant memory).

    Each non-blank line is a JSON object with ``text`` (required), ``date`` (or
    ``published``), ``id``, ``source`` (or ``outlet``), ``url``, ``title``, ``language``.
    Extra fields are ignored. A record without ``id`` gets ``<file stem>-<line>``; one without
    a date gets ``default_date`` (or is an error).

    Parameters
    ----------
    path
        The corpus file (UTF-8, with or without BOM; UTF-16 with a BOM also works).
    default_date
        Date for records that carry none.
    skip_bad
        Report bad records through ``on_skip`` and continue instead of raising.
    on_skip
        Called with the error of each skipped record.
    max_bytes
        Longer lines are rejected (without being held in memory).

    Raises
    ------
    ArticleFormatError
        Unreadable or binary file; with ``skip_bad=False`` also the first bad record
        (``FILE:LINE: problem``).
    """
    path = Path(path)
    where = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ArticleFormatError(where, f"cannot read file: {exc.strerror or exc}") from None
    with handle:
        try:
            head = handle.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
        except OSError as exc:
            raise ArticleFormatError(where, f"cannot read file: {exc.strerror or exc}") from None
        if b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS[1:]):
            raise ArticleFormatError(where, "binary file, not JSON Lines (contains NUL bytes)")
        try:
            for number, line, problem in _jsonl_lines(handle, where, max_bytes):
                line_where = f"{where}:{number}"
                try:
                    if problem is not None:
                        raise ArticleFormatError(line_where, problem)
                    assert line is not None
                    article = _jsonl_record(line, line_where, fallback_id=f"{path.stem}-{number}",
                                            default_date=default_date)
                except ArticleFormatError as exc:
                    if not skip_bad:
                        raise
                    if on_skip is not None:
                        on_skip(exc)
                    continue
                yield article
        except OSError as exc:
            raise ArticleFormatError(where, f"cannot read file: {exc.strerror or exc}") from None


# --------------------------------------------------------------------------------------------
# many inputs


class _HashSet:
    """A set of 64-bit hashes in about 8 bytes each (a Python ``set`` of ints needs ~60).

    Sorted runs whose sizes halve (merged like a binary counter) plus a small unsorted buffer:
    ``add`` is amortised O(log n), membership O(log² n).
    """

    _BUFFER = 1024

    def __init__(self) -> None:
        self._runs: list[array] = []
        self._recent: set[int] = set()

    def __contains__(self, value: int) -> bool:
        if value in self._recent:
            return True
        for run in self._runs:
            i = bisect_left(run, value)
            if i < len(run) and run[i] == value:
                return True
        return False

    def add(self, value: int) -> None:
        self._recent.add(value)
        if len(self._recent) < self._BUFFER:
            return
        run = array("q", sorted(self._recent))
        self._recent = set()
        while self._runs and len(self._runs[-1]) <= len(run):
            run = array("q", heapq.merge(self._runs.pop(), run))
        self._runs.append(run)



def _is_article_file(path: Path) -> bool:
    name = path.name
    if name.startswith(".") or name.endswith("~") or name.lower() == _METADATA_NAME:
        return False
    suffix = path.suffix.lower()
    return suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES or suffix in JSONL_SUFFIXES


def _folder_files(folder: Path) -> list[Path]:
    where = str(folder)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise ArticleFormatError(where, f"cannot read folder: {exc.strerror or exc}") from None
    files = [p for p in entries if _is_article_file(p) and p.is_file()]
    if not files:
        raise ArticleFormatError(
            where, "no article files in this folder (expected .txt, .md, .html or .jsonl files)")
    return files


def _metadata_beside(path: Path, cache: dict[Path, dict[str, dict[str, str]]]
                     ) -> dict[str, str] | None:
    folder = path.parent
    if folder not in cache:
        csv_path = folder / _METADATA_NAME
        cache[folder] = load_metadata_csv(csv_path) if csv_path.is_file() else {}
    return cache[folder].get(path.name)


def _expand(paths: Sequence[str | os.PathLike[str]]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _folder_files(path)
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")


def read_articles(paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str], *,
                  default_date: _dt.date | None = None, skip_bad: bool = False,
                  on_skip: Callable[[ArticleFormatError], None] | None = None,
                  max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article]:
    """Read every article of the given files and folders, lazily and in a stable order.

    Paths are visited in the order given; a folder contributes its ``.txt``, ``.md``,
    ``.markdown``, ``.text``, ``.html``, ``.htm``, ``.jsonl`` and ``.ndjson`` files sorted by
    name (not recursing into sub-folders; hidden files, ``*~`` backups and ``metadata.csv``
    are skipped). A ``metadata.csv`` beside a plain file supplies its missing date, source,
    URL, title, language and id. JSON Lines corpora are streamed.

    Parameters
    ----------
    paths
        Files and folders.
    default_date
        Publication date for articles that state none (the CLI's ``--date``).
    skip_bad
        Report bad files and records through ``on_skip`` and carry on.
    on_skip
        Called with each skipped record's :class:`ArticleFormatError`.
    max_bytes
        Largest accepted article file or JSON line.

    Yields
    ------
    Article

    Raises
    ------
    InputError
        A path does not exist (always raised, even with ``skip_bad``).
    ArticleFormatError
        A bad file or record (unless ``skip_bad``); an article id seen twice in this run; a
        folder with no article files; no article at all in the inputs.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    # Duplicate ids: the first _ORIGINS_KEPT ids keep where they came from (for the message);
    # beyond that only the id's 64-bit hash is kept (~8 bytes per article).
    origins: dict[str, str] = {}
    hashes = _HashSet()
    overflow = False
    metadata_cache: dict[Path, dict[str, dict[str, str]]] = {}
    count = 0

    def skip(exc: ArticleFormatError) -> None:
        if not skip_bad:
            raise exc
        if on_skip is not None:
            on_skip(exc)

    def accept(article: Article) -> bool:
        nonlocal overflow
        first = origins.get(article.id)
        if first is not None:
            where = f"first read from {first}"
        elif overflow and hash(article.id) in hashes:
            where = "already read earlier in this run"
        else:
            where = ""
        if where:
            skip(ArticleFormatError(article.origin,
                                    f"duplicate article id {article.id!r} ({where})"))
            return False
        if len(origins) < _ORIGINS_KEPT:
            origins[article.id] = article.origin
        else:
            overflow = True
            hashes.add(hash(article.id))
        return True

    for path in _expand(paths):
        if path.suffix.lower() in JSONL_SUFFIXES or path.suffix.lower() == ".json":
            try:
                for article in iter_jsonl(path, default_date=default_date, skip_bad=skip_bad,
                                          on_skip=on_skip, max_bytes=max_bytes):
                    if accept(article):
                        count += 1
                        yield article
            except ArticleFormatError as exc:
                skip(exc)
            continue
        try:
            row = _metadata_beside(path, metadata_cache)
            article = read_article_file(path, default_date=default_date, metadata=row,
                                        max_bytes=max_bytes)
        except ArticleFormatError as exc:
            skip(exc)
            continue
        if accept(article):
            count += 1
            yield article
    if count == 0:
        shown = ", ".join(str(p) for p in paths) or "(no input)"
        raise ArticleFormatError(shown, "no readable articles")
