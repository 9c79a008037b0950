"""Hostile and broken inputs (issue 7): clear one-line errors or graceful results, never a
traceback, never partial output. The expected behaviour of each case is tabled in
``tests/hostile/README.md``; the reader is tested here directly and through the CLI."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.articles import MAX_ARTICLE_BYTES, iter_jsonl, read_articles
from geo.errors import ArticleFormatError, InputError

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "hostile"
DAY = dt.date(2017, 9, 15)

#: file → fragment of the one-line error (after "FILE[:LINE]: ").
ERRORS: dict[str, str] = {
    "empty.txt": "empty.txt: article text is empty",
    "whitespace.txt": "whitespace.txt: article text is empty",
    "binary.txt": "binary.txt: binary file, not text",
    "binary.jsonl": "binary.jsonl: binary file, not JSON Lines",
    "front_matter_unclosed.md": "front_matter_unclosed.md:1: front matter is not closed",
    "front_matter_bad_yaml.md": "front_matter_bad_yaml.md:5: malformed front matter",
    "front_matter_not_mapping.md": "front_matter_not_mapping.md:1: malformed front matter",
    "future_date.md": "future_date.md: date 2999-01-01 is in the future",
    "before_1900.md": "before_1900.md: date 1899-12-31 is before 1900",
    "invalid_date.md": "invalid_date.md: invalid date '31/02/2017'",
    "no_date.txt": "no_date.txt: no publication date",
    "bad_lines.jsonl": "bad_lines.jsonl:2: malformed JSON",
    "duplicate_ids.jsonl": "duplicate_ids.jsonl:2: duplicate article id 'h-1'",
}
ENCODED = ["utf8.md", "cp1256.md", "utf16le_bom.md", "utf16be_nobom.md"]
GRACEFUL = ENCODED + ["bidi_mixed.md", "saved_page.html", "no_place.md", "xss.jsonl"]

#: Modules the full pipeline needs; CLI tests skip (with the reason) until they all exist.

CITIES = ("حلب", "دمشق", "حمص", "حماة", "إدلب", "الرقة", "دير الزور", "درعا", "اللاذقية",
          "طرطوس", "القامشلي", "الحسكة", "منبج", "تدمر", "السويداء", "القنيطرة", "جرابلس",
          "عفرين", "الباب", "البوكمال")


#: Seconds allowed for one extract of the 10,000-place article or the 1 M-character line.
HUGE_DEADLINE_S = 30


def cli_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    """Run the CLI in-process (the gazetteer stays cached): exit code, stdout, stderr."""
    from conflictmap.cli import main

    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, fragment: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("conflictmap: error: "), err
    assert fragment in lines[0], (fragment, err)
    assert "Traceback" not in err


def check_spans(record: dict, text: str) -> None:
    """Every reported place and claim span indexes the article text as read."""
    for place in record["places"]:
        assert text[place["start"]:place["end"]] == place["surface"], place
    for claim in record["claims"]:
        assert 0 <= claim["start"] <= claim["end"] <= len(text), claim


def extract(paths: list[Path], tmp_path: Path, capsys, *extra: str) -> tuple[list[dict], str]:
    out = tmp_path / "extract.jsonl"
    code, stdout, err = run_cli(["extract", *paths, "--format", "jsonl", "--output", out,
                                 "--quiet", *extra], capsys)
    assert code == 0, err
    assert "Traceback" not in err and stdout == ""
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], err


# ----------------------------------------------------------------------- generated big inputs


@pytest.fixture(scope="module")
def big_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile_big")
    # a 50 MB article (sparse: it is never read, the size check happens first)
    with (folder / "huge.txt").open("wb") as handle:
        handle.write("---\ndate: 2017-09-15\n---\n".encode())
        handle.truncate(50 * 1024 * 1024)
    # a JSON Lines corpus with a 50 MB record between two good ones
    good = {"date": "2017-09-15", "text": "قصفت الطائرات مدينة حلب."}
    with (folder / "huge_line.jsonl").open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({**good, "id": "g1"}, ensure_ascii=False) + "\n")
        handle.write('{"id": "big", "date": "2017-09-15", "text": "')
        chunk = "ب" * (1 << 20)
        for _ in range(25):  # 25 × 2 MiB of UTF-8
            handle.write(chunk)
        handle.write('"}\n')
        handle.write(json.dumps({**good, "id": "g2"}, ensure_ascii=False) + "\n")
    # an article naming 10,000 places
    sentences = [f"وقصفت الطائرات مدينة {CITIES[i % len(CITIES)]} صباحاً." for i in range(10_000)]
    (folder / "many_places.md").write_text(
        "---\ndate: 2017-09-15\n---\n" + " ".join(sentences), encoding="utf-8")
    # one extremely long line (1 M characters, a place every ~10,000 characters)
    filler = "وأضاف المصدر أن الوضع " * 450
    parts = [f"{filler}قرب مدينة {CITIES[i % len(CITIES)]} " for i in range(110)]
    (folder / "long_line.txt").write_text("".join(parts)[:1_000_000], encoding="utf-8")
    return folder


# --------------------------------------------------------------------------------- the reader


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_reader_errors(name):
    with pytest.raises(ArticleFormatError) as info:
        list(read_articles([HOSTILE / name]))
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(HOSTILE / name))
    assert ERRORS[name] in message


@pytest.mark.parametrize("name", GRACEFUL)
def test_reader_graceful(name):
    articles = list(read_articles([HOSTILE / name]))
    assert len(articles) == 1 and articles[0].date == DAY


def test_encodings_give_identical_text():
    texts = {name: next(read_articles([HOSTILE / name])) for name in ENCODED}
    reference = texts["utf8.md"]
    for article in texts.values():
        assert (article.text, article.title, article.source, article.date) == (
            reference.text, reference.title, reference.source, reference.date)


def test_bidi_controls_survive_reading():
    article = next(read_articles([HOSTILE / "bidi_mixed.md"]))
    for control in "\u200f\u200e\u202b\u202c\u2067\u2069\u202e":
        assert control in article.text
    assert article.title.startswith("\u202b")


def test_saved_page_keeps_only_article_text():
    article = next(read_articles([HOSTILE / "saved_page.html"]))
    assert (article.source, article.url) == ("موقع إخباري تجريبي",
                                              "https://news.example.org/2017/09/15/homs")
    assert "السخنة" in article.text and "& سيطرت" in article.text
    for chrome in ("<", "dataLayer", "document.write", "not article text", "الرئيسية",
                   "جميع الحقوق", "font-family"):
        assert chrome not in article.text


def test_xss_payloads_are_kept_literally_by_the_reader():
    article = next(read_articles([HOSTILE / "xss.jsonl"]))
    assert "<script>alert('text')</script>" in article.text
    assert article.url == "javascript:alert('url')"  # rendering must neutralise it


def test_skip_bad_reports_each_bad_line():
    skipped: list[ArticleFormatError] = []
    articles = list(read_articles([HOSTILE / "bad_lines.jsonl"], skip_bad=True,
                                  on_skip=skipped.append))
    assert [a.id for a in articles] == ["h-1", "h-7"]
    assert [e.where.rsplit(":", 1)[1] for e in skipped] == ["2", "3", "4", "5"]


def test_no_date_is_fine_with_a_default():
    assert next(read_articles([HOSTILE / "no_date.txt"], default_date=DAY)).date == DAY


def test_50mb_article_is_refused_without_reading_it(big_dir):
    start = time.perf_counter()
    with pytest.raises(ArticleFormatError) as info:
        list(read_articles([big_dir / "huge.txt"]))
    assert time.perf_counter() - start < 1
    assert "huge.txt: file is too large (50.0 MiB; the limit is 16 MiB" in str(info.value)


def test_50mb_jsonl_line_is_skipped_with_bounded_memory(big_dir):
    skipped: list[ArticleFormatError] = []
    ids = [a.id for a in iter_jsonl(big_dir / "huge_line.jsonl", skip_bad=True,
                                    on_skip=skipped.append)]
    assert ids == ["g1", "g2"]
    assert len(skipped) == 1 and skipped[0].where.endswith(":2")
    assert "too long" in skipped[0].problem
    with pytest.raises(ArticleFormatError, match=r"huge_line.jsonl:2: line is too long"):
        list(iter_jsonl(big_dir / "huge_line.jsonl"))
    assert MAX_ARTICLE_BYTES < 50 * 1024 * 1024


def test_generated_graceful_inputs_read(big_dir):
    many = next(read_articles([big_dir / "many_places.md"]))
    assert sum(many.text.count(city) for city in CITIES) >= 10_000
    long = next(read_articles([big_dir / "long_line.txt"], default_date=DAY))
    assert "\n" not in long.text and len(long.text) == 1_000_000


def test_missing_path_is_always_an_error():
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([HOSTILE / "does-not-exist.txt"], skip_bad=True))


# ------------------------------------------------------------------------------------- the CLI


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_cli_extract_errors(name, capsys):
    code, out, err = run_cli(["extract", HOSTILE / name], capsys)
    assert code == 1
    assert out == ""  # no partial output
    assert_one_line_error(err, ERRORS[name])


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_cli_build_errors_leave_no_output(name, tmp_path, capsys):
    out_dir = tmp_path / "out"
    code, out, err = run_cli(["build", HOSTILE / name, "--out", out_dir, "--quiet"], capsys)
    assert code == 1
    assert_one_line_error(err, ERRORS[name])
    assert not out_dir.exists()
    assert list(tmp_path.iterdir()) == []  # no staging folder left behind either


def test_cli_build_error_keeps_previous_output(tmp_path, capsys):
    out_dir = tmp_path / "out"
    code, _, err = run_cli(["build", HOSTILE / "utf8.md", "--out", out_dir, "--quiet",
                            "--format", "html"], capsys)
    assert code == 0, err
    before = {p.relative_to(out_dir): p.read_bytes() for p in out_dir.rglob("*") if p.is_file()}
    code, _, err = run_cli(["build", HOSTILE / "utf8.md", HOSTILE / "binary.txt", "--out",
                            out_dir, "--quiet"], capsys)
    assert code == 1
    assert_one_line_error(err, "binary.txt: binary file")
    after = {p.relative_to(out_dir): p.read_bytes() for p in out_dir.rglob("*") if p.is_file()}
    assert after == before


def test_cli_skip_bad_reports_and_continues(tmp_path, capsys):
    records, err = extract([HOSTILE / "bad_lines.jsonl", HOSTILE / "duplicate_ids.jsonl"],
                           tmp_path, capsys, "--skip-bad")
    assert [r["id"] for r in records] == ["h-1", "h-7"]  # duplicate_ids' h-1 lines are dupes
    reports = [line for line in err.splitlines() if line.strip()]
    assert len(reports) == 6, err
    assert all("bad_lines.jsonl:" in r or "duplicate_ids.jsonl:" in r for r in reports)


def test_cli_missing_path(capsys):
    code, out, err = run_cli(["extract", HOSTILE / "nope.txt", "--skip-bad"], capsys)
    assert code == 1 and out == ""
    assert_one_line_error(err, "nope.txt: no such file or folder")


def test_cli_graceful_inputs(tmp_path, capsys):
    paths = [HOSTILE / name for name in GRACEFUL]
    records, _ = extract(paths, tmp_path, capsys)
    assert [r["id"] for r in records] == [Path(n).stem for n in GRACEFUL[:-1]] + ["xss-1"]
    texts = {a.id: a.text for a in read_articles(paths)}
    for record in records:
        assert record["date"] == "2017-09-15"
        check_spans(record, texts[record["id"]])
    by_id = {r["id"]: r for r in records}
    reference = by_id["utf8"]["places"]
    assert any("حلب" in p["surface"] for p in reference), reference
    for name in ENCODED:
        assert by_id[Path(name).stem]["places"] == reference, name
    assert by_id["no_place"]["claims"] == []
    assert any("حمص" in p["surface"] or "السخنة" in p["surface"]
               for p in by_id["saved_page"]["places"])


def test_cli_build_graceful_inputs(tmp_path, capsys):
    out_dir = tmp_path / "out"
    code, _, err = run_cli(["build", *[HOSTILE / n for n in GRACEFUL], "--out", out_dir,
                            "--quiet", "--format", "html", "--format", "geojson",
                            "--format", "csv"], capsys)
    assert code == 0, err
    assert "Traceback" not in err
    assert (out_dir / "index.html").is_file()
    assert (out_dir / "2017-09-15" / "map.html").is_file()
    data = json.loads((out_dir / "layers.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"


def test_cli_50mb_article(big_dir, tmp_path, capsys):
    code, out, err = run_cli(["extract", big_dir / "huge.txt"], capsys)
    assert code == 1 and out == ""
    assert_one_line_error(err, "huge.txt: file is too large")
    records, err = extract([big_dir / "huge.txt", HOSTILE / "utf8.md"], tmp_path, capsys,
                           "--skip-bad")
    assert [r["id"] for r in records] == ["utf8"]
    assert "huge.txt: file is too large" in err


def test_cli_jsonl_with_a_50mb_line(big_dir, tmp_path, capsys):
    records, err = extract([big_dir / "huge_line.jsonl"], tmp_path, capsys, "--skip-bad")
    assert [r["id"] for r in records] == ["g1", "g2"]
    assert "huge_line.jsonl:2: line is too long" in err


@pytest.mark.parametrize("name", [
    "many_places.md",
    "long_line.txt",
])
def test_cli_huge_but_valid_articles(big_dir, tmp_path, name):
    """Graceful and roughly linear: a subprocess with a deadline, so a quadratic stage fails
    the test in bounded time instead of hanging the suite."""
    out = tmp_path / "extract.jsonl"
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "conflictmap", "extract", str(big_dir / name),
                               "--date", "2017-09-15", "--output", str(out), "--quiet"],
                              cwd=ROOT, env=cli_env(), capture_output=True, text=True,
                              timeout=HUGE_DEADLINE_S)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: extract did not finish within {HUGE_DEADLINE_S} s")
    elapsed = time.perf_counter() - start
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    text = next(read_articles([big_dir / name], default_date=DAY)).text
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    check_spans(record, text)
    assert len(record["places"]) >= 50
    print(f"{name}: {elapsed:.1f} s, {len(record['places'])} places, {len(record['claims'])} claims")


# ------------------------------------------------------------------ a real process: no traceback


@pytest.mark.parametrize("args,fragment", [
    (["extract", "tests/hostile/binary.txt"], "binary.txt: binary file"),
    (["build", "tests/hostile/bad_lines.jsonl", "--out", "{tmp}/out"], "bad_lines.jsonl:2:"),
    (["extract", "tests/hostile/no_date.txt", "--date", "2017-99-01"], "2017-99-01"),
])
def test_subprocess_errors_are_one_line(tmp_path, args, fragment):
    proc = subprocess.run([sys.executable, "-m", "conflictmap",
                           *[a.format(tmp=tmp_path) for a in args]],
                          cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    assert fragment in proc.stderr
    assert not (tmp_path / "out").exists()
