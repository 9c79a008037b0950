"""Tests of the article reader (geo/articles.py): formats, encodings, metadata and bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.articles import (
    MAX_ARTICLE_BYTES,
    decode_bytes,
    html_to_text,
    iter_jsonl,
    load_metadata_csv,
    normalize_newlines,
    parse_date,
    read_article_file,
    read_articles,
    split_front_matter,
)
from geo.errors import ArticleFormatError, ConflictMapError, InputError
from geo.model import Article

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
TEXT = "سيطرت قوات النظام على بلدة السخنة في ريف حمص الشرقي.\nوتقدمت نحو دير الزور."
DAY = dt.date(2017, 9, 15)


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def one(paths, **kw) -> Article:
    articles = list(read_articles(paths, **kw))
    assert len(articles) == 1
    return articles[0]


def assert_one_line(exc: BaseException, *needles: str) -> None:
    message = str(exc)
    assert "\n" not in message and message.strip() == message
    for needle in needles:
        assert needle in message, (needle, message)


# ---------------------------------------------------------------------------------------- seeds


def test_seeds_folder_reads_five_articles_with_metadata_dates():
    articles = list(read_articles([SEEDS]))
    assert [a.id for a in articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert len(articles) == 5
    csv_rows = load_metadata_csv(SEEDS / "metadata.csv")
    for article in articles:
        row = csv_rows[article.id + ".txt"]
        assert article.date == dt.date.fromisoformat(row["published"])
        assert article.source == row["outlet"]
        assert article.language == "ar"
        assert article.text.strip()
        assert "\r" not in article.text


def test_seed_file_given_alone_still_uses_metadata_beside_it():
    path = sorted(SEEDS.glob("*.txt"))[0]
    row = load_metadata_csv(SEEDS / "metadata.csv")[path.name]
    article = one([path])
    assert article.date.isoformat() == row["published"]
    assert article.text == path.read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------ encodings


@pytest.mark.parametrize("codec,bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""), ("utf-16-be", b""), ("cp1256", b""),
    ("utf-32-le", b"\xff\xfe\x00\x00"),
])
def test_encodings_decode_to_the_same_text(tmp_path, codec, bom):
    path = write(tmp_path / "a.txt", bom + TEXT.encode(codec))
    article = one([path], default_date=DAY)
    assert article.text == TEXT


def test_front_matter_in_utf16_and_cp1256(tmp_path):
    body = f"---\ndate: 2017-09-15\nsource: صحيفة\n---\n{TEXT}"
    for codec in ("utf-16", "cp1256"):
        article = read_article_file(write(tmp_path / f"{codec}.md", body.encode(codec)))
        assert (article.date, article.source, article.text) == (DAY, "صحيفة", TEXT)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_newlines_are_normalised(tmp_path, newline):
    path = write(tmp_path / "a.txt", TEXT.replace("\n", newline) + newline)
    assert one([path], default_date=DAY).text == TEXT + "\n"


def test_bidi_controls_and_tatweel_are_kept(tmp_path):
    text = "\u202bقصف\u202c على مدينة حـــلب \u200fHama\u200e (RLM)"
    article = one([write(tmp_path / "a.txt", text)], default_date=DAY)
    assert article.text == text


def test_binary_bytes_are_rejected():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(ArticleFormatError, match="binary"):
        decode_bytes(png, "x.png")
    with pytest.raises(ArticleFormatError, match="binary"):
        decode_bytes(bytes(range(1, 32)) * 20, "x.bin")  # control bytes, no NUL


def test_invalid_bom_content_is_an_error():
    with pytest.raises(ArticleFormatError, match="byte-order mark"):
        decode_bytes(b"\xef\xbb\xbf\xff\xfe\xfa", "x.txt")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_never_raises_anything_else(data):
    try:
        text = decode_bytes(data, "f.txt")
    except ArticleFormatError as exc:
        assert_one_line(exc, "f.txt: ")
    else:
        assert "\r" not in text and "\x00" not in text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_utf8_text_round_trips(text):
    # A leading U+FEFF is a byte-order mark, which decode_bytes removes by contract (tested below).
    assert decode_bytes(text.encode("utf-8"), "f") == text.removeprefix("\ufeff")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=50))
def test_a_leading_byte_order_mark_is_removed_and_nothing_else(text):
    assert decode_bytes(("\ufeff" + text).encode("utf-8"), "f") == text


@given(st.text(max_size=200))
def test_normalize_newlines_properties(text):
    out = normalize_newlines(text)
    assert "\r" not in out
    assert out.count("\n") == text.count("\n") + text.count("\r") - text.count("\r\n")
    assert normalize_newlines(out) == out


# --------------------------------------------------------------------------------- front matter


def test_front_matter_fields_and_body(tmp_path):
    path = write(tmp_path / "x.md", (
        "---\nid: my-id\ndate: 2017-09-15\nsource: الحياة\nurl: https://example.org/a\n"
        "title: \"عنوان: مع نقطتين\"\nlanguage: ar\nextra: ignored\n---\n" + TEXT))
    article = read_article_file(path)
    assert article == Article(id="my-id", date=DAY, text=TEXT, source="الحياة",
                              url="https://example.org/a", title="عنوان: مع نقطتين",
                              language="ar", origin=str(path))


@pytest.mark.parametrize("front", [
    "---\npublished: 2017-09-15\noutlet: X\n---\n",            # aliases used by gold files
    "---\r\nDate: '2017-09-15'\r\nSource: X\r\n---\r\n",       # CRLF, capitalised keys, quoted
    "---\ndate: 2017-09-15T23:30:00+03:00\nsource: X\n...\n",  # datetime, YAML '...' end
    "--- \ndate: 2017-09-15\nsource: X\n---  \n",              # trailing spaces on fences
])
def test_front_matter_variants(tmp_path, front):
    article = read_article_file(write(tmp_path / "x.md", front + TEXT))
    assert (article.date, article.source, article.text) == (DAY, "X", TEXT)


def test_empty_front_matter_falls_back_to_default_date(tmp_path):
    article = read_article_file(write(tmp_path / "x.md", "---\n---\n" + TEXT), default_date=DAY)
    assert article.date == DAY and article.text == TEXT and article.id == "x"


def test_front_matter_date_wins_over_metadata_and_default(tmp_path):
    path = write(tmp_path / "x.md", "---\ndate: 2017-09-15\n---\n" + TEXT)
    write(tmp_path / "metadata.csv", "file,date,source\nx.md,2017-01-01,CSV outlet\n")
    article = one([tmp_path], default_date=dt.date(2016, 1, 1))
    assert article.date == DAY and article.source == "CSV outlet"
    assert article.origin == str(path)


@pytest.mark.parametrize("content,needles", [
    ("---\ndate: 2017-09-15\n" + TEXT, ["x.md:1", "not closed"]),
    ("---\ndate: [2017\n---\n" + TEXT, ["x.md:", "malformed front matter"]),
    ("---\n- a\n- b\n---\n" + TEXT, ["x.md:1", "key: value"]),
    ("---\ndate: 2017-09-15\n  bad: indent\n---\n" + TEXT, ["x.md:", "malformed front matter"]),
    ("---\ntitle: [a, b]\ndate: 2017-09-15\n---\n" + TEXT, ["x.md", "'title' must be a text"]),
    ("---\ndate: !!timestamp 2017-02-30\n---\n" + TEXT, ["x.md", "front matter"]),
    ("---\ndate: !!python/object:os.system x\n---\n" + TEXT, ["x.md", "front matter"]),
])
def test_malformed_front_matter(tmp_path, content, needles):
    with pytest.raises(ArticleFormatError) as info:
        read_article_file(write(tmp_path / "x.md", content))
    assert_one_line(info.value, *needles)


def test_malformed_front_matter_names_the_yaml_line(tmp_path):
    content = "---\ndate: 2017-09-15\nsource: a\ntitle: \"unclosed\n---\n" + TEXT
    with pytest.raises(ArticleFormatError) as info:
        read_article_file(write(tmp_path / "x.md", content))
    assert str(info.value).startswith(f"{tmp_path / 'x.md'}:")
    line = int(str(info.value).split(":")[1])
    assert 4 <= line <= 6


def test_a_dash_rule_later_in_the_text_is_not_front_matter(tmp_path):
    text = TEXT + "\n---\nمزيد\n---\n"
    assert read_article_file(write(tmp_path / "x.txt", text), default_date=DAY).text == text


yaml_safe_text = st.text(alphabet=st.characters(whitelist_categories=("L", "N", "Zs", "P"),
                                                blacklist_characters="\x85\u2028\u2029"),
                         min_size=1, max_size=40).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source=yaml_safe_text, title=yaml_safe_text,
       day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2024, 12, 31)),
       body=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"),
                                           whitelist_characters="\n\t"),
                     min_size=1, max_size=200).filter(lambda t: any(c.isalnum() for c in t)))
def test_front_matter_round_trip(tmp_path, source, title, day, body):
    import yaml

    body = normalize_newlines(body)
    front = yaml.safe_dump({"date": day.isoformat(), "source": source, "title": title},
                           allow_unicode=True)
    path = write(tmp_path / "rt.md", f"---\n{front}---\n{body}")
    article = read_article_file(path)
    assert article.date == day
    assert article.source == " ".join(source.split())
    assert article.title == " ".join(title.split())
    assert article.text == body


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_split_front_matter_raises_only_article_errors(text):
    try:
        fields, body = split_front_matter(text, "f.md")
    except ArticleFormatError as exc:
        assert_one_line(exc, "f.md:")
    else:
        assert isinstance(fields, dict) and text.endswith(body)


# ---------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize("value,expected", [
    ("2017-09-15", DAY), (" 2017-09-15 ", DAY), ("2017-09-15T10:00:00", DAY),
    ("2017-09-15T23:30:00+03:00", DAY), ("2017-09-15T01:00:00Z", DAY),
    ("2017-09-15 10:00", DAY), (DAY, DAY), (dt.datetime(2017, 9, 15, 22, 0), DAY),
])
def test_parse_date_accepts_iso(value, expected):
    assert parse_date(value, "f") == expected


@pytest.mark.parametrize("value,needle", [
    ("15/09/2017", "invalid date"), ("2017-02-30", "invalid date"), ("yesterday", "invalid date"),
    ("", "invalid date"), (20170915, "invalid date"), ("1899-12-31", "before 1900"),
    ("2999-01-01", "in the future"), ("2017-09-15T99:00", "invalid date"),
])
def test_parse_date_rejects(value, needle):
    with pytest.raises(ArticleFormatError) as info:
        parse_date(value, "f.txt:3")
    assert_one_line(info.value, "f.txt:3: ", needle)


def test_tomorrow_is_accepted_but_not_the_day_after():
    today = dt.date.today()
    assert parse_date(today + dt.timedelta(days=1), "f") == today + dt.timedelta(days=1)
    with pytest.raises(ArticleFormatError, match="future"):
        parse_date(today + dt.timedelta(days=2), "f")


@given(st.text(max_size=40))
def test_parse_date_raises_only_article_errors(value):
    try:
        day = parse_date(value, "f")
    except ArticleFormatError:
        return
    assert dt.date(1900, 1, 1) <= day


def test_missing_date_is_an_error_naming_the_file(tmp_path):
    with pytest.raises(ArticleFormatError) as info:
        list(read_articles([write(tmp_path / "plain.txt", TEXT)]))
    assert_one_line(info.value, "plain.txt: ", "no publication date", "--date")


def test_default_date_applies_to_plain_text(tmp_path):
    article = one([write(tmp_path / "plain.txt", TEXT)], default_date=DAY)
    assert (article.id, article.date, article.source, article.title) == ("plain", DAY, "", "")


# ------------------------------------------------------------------------------- bad text files


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\u200f\u200e \n".encode(),
                                     b"---\ndate: 2017-09-15\n---\n   \n"])
def test_empty_text_is_an_error(tmp_path, content):
    with pytest.raises(ArticleFormatError) as info:
        read_article_file(write(tmp_path / "e.txt", content), default_date=DAY)
    assert_one_line(info.value, "e.txt: ", "empty")


def test_binary_file_is_an_error(tmp_path):
    with pytest.raises(ArticleFormatError) as info:
        read_article_file(write(tmp_path / "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00" * 50),
                          default_date=DAY)
    assert_one_line(info.value, "img.txt: ", "binary")


def test_unreadable_file_is_an_error(tmp_path, monkeypatch):
    write(tmp_path / "secret.txt", TEXT)
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ArticleFormatError) as info:
        list(read_articles([tmp_path], default_date=DAY))
    assert_one_line(info.value, "secret.txt: ", "cannot read file: Permission denied")


def test_a_directory_given_as_file_is_an_error(tmp_path):
    (tmp_path / "sub.txt").mkdir()
    with pytest.raises(ArticleFormatError, match="cannot read"):
        read_article_file(tmp_path / "sub.txt", default_date=DAY)


def test_oversized_file_is_rejected_without_reading(tmp_path):
    path = write(tmp_path / "big.txt", "أ" * 600)
    with pytest.raises(ArticleFormatError) as info:
        read_article_file(path, default_date=DAY, max_bytes=1000)
    assert_one_line(info.value, "big.txt: ", "too large", "limit")
    assert MAX_ARTICLE_BYTES >= 1 << 20


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as info:
        list(read_articles([tmp_path / "nope.txt"], skip_bad=True))
    assert_one_line(info.value, "nope.txt: ", "no such file")


# ----------------------------------------------------------------------------------------- HTML


PAGE = """<!doctype html><html lang="ar"><head><meta charset="utf-8">
<title> خبر   عاجل </title>
<meta property="article:published_time" content="2017-09-15T08:00:00+03:00">
<meta property="og:site_name" content="موقع">
<link rel="canonical" href="https://example.org/news/1">
<style>p {color: red}</style><script>alert("x")</script></head>
<body><nav>القائمة</nav><article><h1>العنوان</h1><p>سيطر الجيش على &quot;السخنة&quot;</p>
<p>في   ريف حمص<br>الشرقي</p></article><script>var x = "</p>";</script></body></html>"""


def test_html_page_becomes_text_and_metadata(tmp_path):
    article = read_article_file(write(tmp_path / "page.html", PAGE))
    assert article.date == DAY
    assert (article.title, article.source, article.url) == (
        "خبر عاجل", "موقع", "https://example.org/news/1")
    assert 'سيطر الجيش على "السخنة"' in article.text
    assert "في ريف حمص\nالشرقي" in article.text
    for absent in ("alert", "color", "<", "var x", "القائمة"):
        assert absent not in article.text


def test_html_prefers_article_elements_and_drops_page_chrome():
    page = ("<header>موقع</header><nav>سوريا</nav><aside>الأكثر قراءة</aside>"
            "<article><p>نص الخبر</p></article><footer>حقوق</footer>")
    assert html_to_text(page)[0] == "نص الخبر"
    assert html_to_text("<div>نص <b>بلا</b> مقال</div><footer>حقوق</footer>")[0] == "نص بلا مقال"


def test_html_with_a_bad_meta_date_falls_back_to_default(tmp_path):
    page = '<meta name="date" content="not a date"><p>' + TEXT + "</p>"
    article = read_article_file(write(tmp_path / "p.htm", page), default_date=DAY)
    assert article.date == DAY


def test_html_without_text_is_empty(tmp_path):
    with pytest.raises(ArticleFormatError, match="empty"):
        read_article_file(write(tmp_path / "p.html", "<script>x</script>"), default_date=DAY)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="<>/=\"' abcdp!-&;#x0123\n", max_size=200))
def test_html_to_text_never_crashes(markup):
    text, fields = html_to_text(markup)
    assert isinstance(text, str) and isinstance(fields, dict)


# ------------------------------------------------------------------------------- metadata.csv


def test_metadata_csv_columns_and_aliases(tmp_path):
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "b.txt", TEXT + " ب")
    write(tmp_path / "metadata.csv", "\ufeffFile,Date,Source,URL,Title,Language,id,notes\r\n"
          "a.txt,2017-09-15,Outlet A,https://a,Title A,ar,art-a,whatever\r\n"
          "sub/b.txt,2017-09-16,Outlet B,,,,,\r\n")
    a, b = read_articles([tmp_path])
    assert (a.id, a.date, a.source, a.url, a.title) == ("art-a", DAY, "Outlet A", "https://a",
                                                        "Title A")
    assert (b.id, b.date, b.source, b.url) == ("b", dt.date(2017, 9, 16), "Outlet B", "")


@pytest.mark.parametrize("content,needle", [
    ("name,date\na.txt,2017-09-15\n", "no 'file' column"),
    ("file,date\na.txt,2017-09-15\na.txt,2017-09-16\n", "listed twice"),
    ("", "empty metadata"),
    ("file,date\n,2017-09-15\n", "empty 'file'"),
])
def test_bad_metadata_csv(tmp_path, content, needle):
    path = write(tmp_path / "metadata.csv", content)
    with pytest.raises(ArticleFormatError) as info:
        load_metadata_csv(path)
    assert_one_line(info.value, "metadata.csv", needle)


def test_metadata_csv_bad_date_names_the_article(tmp_path):
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "metadata.csv", "file,published\na.txt,15.09.2017\n")
    with pytest.raises(ArticleFormatError) as info:
        list(read_articles([tmp_path]))
    assert_one_line(info.value, "a.txt: ", "invalid date")


# -------------------------------------------------------------------------------------- folders


def test_folder_is_sorted_non_recursive_and_skips_hidden_files(tmp_path):
    write(tmp_path / "b.md", "---\ndate: 2017-09-16\n---\n" + TEXT)
    write(tmp_path / "a.txt", "---\ndate: 2017-09-15\n---\n" + TEXT)
    write(tmp_path / ".hidden.txt", "not an article")
    write(tmp_path / "a.txt~", "backup")
    write(tmp_path / "notes.docx", b"PK\x03\x04\x00\x00")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "c.txt", "---\ndate: 2017-09-17\n---\n" + TEXT)
    assert [a.id for a in read_articles([tmp_path])] == ["a", "b"]


def test_folder_without_articles_is_an_error(tmp_path):
    write(tmp_path / "metadata.csv", "file,date\n")
    write(tmp_path / "image.png", b"\x89PNG")
    with pytest.raises(ArticleFormatError) as info:
        list(read_articles([tmp_path]))
    assert_one_line(info.value, str(tmp_path), "no article files")


def test_inputs_keep_the_given_order_and_mix_kinds(tmp_path):
    corpus = write(tmp_path / "c.jsonl", json.dumps({"id": "j1", "date": "2017-09-15",
                                                     "text": TEXT}) + "\n")
    single = write(tmp_path / "z.txt", TEXT)
    ids = [a.id for a in read_articles([single, corpus], default_date=DAY)]
    assert ids == ["z", "j1"]


def test_single_path_string_is_accepted(tmp_path):
    path = write(tmp_path / "z.txt", TEXT)
    assert [a.id for a in read_articles(str(path), default_date=DAY)] == ["z"]


def test_duplicate_ids_in_one_run(tmp_path):
    write(tmp_path / "a.md", "---\nid: same\ndate: 2017-09-15\n---\n" + TEXT)
    write(tmp_path / "b.md", "---\nid: same\ndate: 2017-09-15\n---\n" + TEXT)
    with pytest.raises(ArticleFormatError) as info:
        list(read_articles([tmp_path]))
    assert_one_line(info.value, "b.md: ", "duplicate article id 'same'", "a.md")
    skipped: list[ArticleFormatError] = []
    assert [a.origin for a in read_articles([tmp_path], skip_bad=True, on_skip=skipped.append)
            ] == [str(tmp_path / "a.md")]
    assert len(skipped) == 1


def test_duplicates_found_beyond_the_remembered_origins(tmp_path, monkeypatch):
    import geo.articles

    monkeypatch.setattr(geo.articles, "_ORIGINS_KEPT", 2)
    ids = ["a", "b", "c", "d", "b", "d", "e"]
    path = jsonl(tmp_path, [{"id": i, "date": "2017-09-15", "text": TEXT} for i in ids])
    skipped: list[ArticleFormatError] = []
    kept = [a.id for a in read_articles([path], skip_bad=True, on_skip=skipped.append)]
    assert kept == ["a", "b", "c", "d", "e"]
    assert [(e.where, e.problem) for e in skipped] == [
        (f"{path}:5", f"duplicate article id 'b' (first read from {path}:2)"),
        (f"{path}:6", "duplicate article id 'd' (already read earlier in this run)"),
    ]


def test_same_file_twice_is_a_duplicate(tmp_path):
    path = write(tmp_path / "a.txt", TEXT)
    with pytest.raises(ArticleFormatError, match="duplicate"):
        list(read_articles([path, path], default_date=DAY))


def test_all_bad_inputs_with_skip_bad_still_raise_at_the_end(tmp_path):
    write(tmp_path / "a.txt", "")
    skipped: list[ArticleFormatError] = []
    with pytest.raises(ArticleFormatError, match="no readable articles"):
        list(read_articles([tmp_path], skip_bad=True, on_skip=skipped.append, default_date=DAY))
    assert len(skipped) == 1


def test_skip_bad_on_a_folder_skips_bad_files(tmp_path):
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "b.txt", b"\x00\x01\x02\x03" * 100)
    write(tmp_path / "c.txt", TEXT)
    skipped: list[ArticleFormatError] = []
    ids = [a.id for a in read_articles([tmp_path], default_date=DAY, skip_bad=True,
                                       on_skip=skipped.append)]
    assert ids == ["a", "c"]
    assert [e.where for e in skipped] == [str(tmp_path / "b.txt")]


def test_errors_are_conflictmap_errors():
    assert issubclass(ArticleFormatError, ConflictMapError)


# ---------------------------------------------------------------------------------- JSON Lines


def jsonl(tmp_path: Path, lines: list, name: str = "corpus.jsonl") -> Path:
    out = []
    for item in lines:
        out.append(item if isinstance(item, str) else json.dumps(item, ensure_ascii=False))
    return write(tmp_path / name, "\n".join(out) + "\n")


GOOD = {"id": "a1", "date": "2017-09-15", "source": "S", "url": "https://u", "title": "T",
        "text": TEXT}


def test_jsonl_fields_and_aliases(tmp_path):
    path = jsonl(tmp_path, [GOOD, "", "   ",
                            {"id": 7, "published": "2017-09-16", "outlet": "O", "text": "أ\r\nب",
                             "toponyms": [], "language": "ar"},
                            {"date": "2017-09-17", "text": TEXT}])
    a, b, c = read_articles([path])
    assert a == Article(id="a1", date=DAY, text=TEXT, source="S", url="https://u", title="T",
                        language="ar", origin=f"{path}:1")
    assert (b.id, b.date, b.source, b.text, b.origin) == ("7", dt.date(2017, 9, 16), "O", "أ\nب",
                                                          f"{path}:4")
    assert c.id == "corpus-5"


def test_jsonl_with_bom_and_crlf(tmp_path):
    path = write(tmp_path / "c.ndjson", b"\xef\xbb\xbf" + (json.dumps(GOOD) + "\r\n").encode())
    assert one([path]).text == TEXT


def test_jsonl_in_utf16_with_bom(tmp_path):
    path = write(tmp_path / "c.jsonl", (json.dumps(GOOD, ensure_ascii=False) + "\n"
                                        + json.dumps({**GOOD, "id": "a2"}, ensure_ascii=False)
                                        ).encode("utf-16"))
    assert [a.id for a in read_articles([path])] == ["a1", "a2"]


BAD_LINES = [
    ("{not json", "malformed JSON"),
    ('["a list"]', "expected a JSON object"),
    ('"just a string"', "expected a JSON object"),
    (json.dumps({"id": "x", "date": "2017-09-15"}), "missing 'text'"),
    (json.dumps({"id": "x", "date": "2017-09-15", "text": 5}), "'text' must be a string"),
    (json.dumps({"id": "x", "date": "2017-09-15", "text": "  "}), "empty"),
    (json.dumps({"id": "x", "text": TEXT}), "no publication date"),
    (json.dumps({"id": "x", "date": "15/9/2017", "text": TEXT}), "invalid date"),
    (json.dumps({"id": "x", "date": "2999-01-01", "text": TEXT}), "future"),
    (json.dumps({"id": "x", "date": "1850-01-01", "text": TEXT}), "before 1900"),
    (json.dumps({"id": "x", "date": "2017-09-15", "title": {"a": 1}, "text": TEXT}),
     "'title' must be a text"),
    (json.dumps({"id": "x", "date": "2017-09-15", "text": "a\x00b" * 10}), "not text"),
    ("[" * 100000, "malformed JSON"),
]


@pytest.mark.parametrize("line,needle", BAD_LINES)
def test_jsonl_bad_line_names_file_and_line(tmp_path, line, needle):
    path = jsonl(tmp_path, [GOOD, "", line])
    with pytest.raises(ArticleFormatError) as info:
        list(read_articles([path]))
    assert_one_line(info.value, f"{path}:3: ", needle)


def test_jsonl_skip_bad_reports_and_continues(tmp_path):
    lines = [GOOD] + [line for line, _ in BAD_LINES] + [{**GOOD, "id": "a2"}, {**GOOD}]
    path = jsonl(tmp_path, lines)
    skipped: list[ArticleFormatError] = []
    ids = [a.id for a in read_articles([path], skip_bad=True, on_skip=skipped.append)]
    assert ids == ["a1", "a2"]
    assert len(skipped) == len(BAD_LINES) + 1  # + the duplicate "a1" on the last line
    assert skipped[-1].where == f"{path}:{len(lines)}" and "duplicate" in skipped[-1].problem
    for error in skipped:
        assert_one_line(error, str(path) + ":")


def test_jsonl_long_line_is_rejected_in_constant_memory(tmp_path):
    big = json.dumps({**GOOD, "id": "big", "text": "ب" * 5000})
    path = jsonl(tmp_path, [GOOD, big, {**GOOD, "id": "a3"}])
    skipped: list[ArticleFormatError] = []
    ids = [a.id for a in iter_jsonl(path, skip_bad=True, on_skip=skipped.append, max_bytes=2000)]
    assert ids == ["a1", "a3"]
    assert skipped[0].where == f"{path}:2" and "too long" in skipped[0].problem


def test_jsonl_cp1256_line_is_decoded(tmp_path):
    path = write(tmp_path / "c.jsonl", json.dumps(GOOD, ensure_ascii=False).encode("cp1256"))
    assert one([path]).text == TEXT


def test_binary_jsonl_is_an_error(tmp_path):
    path = write(tmp_path / "c.jsonl", b"\x00\x01garbage\x00" * 10)
    with pytest.raises(ArticleFormatError) as info:
        list(read_articles([path]))
    assert_one_line(info.value, "c.jsonl: ", "binary")


def test_empty_jsonl_is_an_error(tmp_path):
    path = write(tmp_path / "c.jsonl", "\n\n  \n")
    with pytest.raises(ArticleFormatError, match="no readable articles"):
        list(read_articles([path]))


def test_jsonl_default_date(tmp_path):
    path = jsonl(tmp_path, [{"id": "x", "text": TEXT}])
    assert one([path], default_date=DAY).date == DAY


def test_jsonl_is_streamed_lazily(tmp_path):
    path = jsonl(tmp_path, [GOOD, "{broken"])
    iterator = read_articles([path])
    assert next(iterator).id == "a1"  # the bad second line has not been parsed yet
    with pytest.raises(ArticleFormatError, match=":2: malformed JSON"):
        next(iterator)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=10)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(
    st.fixed_dictionaries({}, optional={
        "id": json_values, "date": st.sampled_from(["2017-09-15", "x", "", None, 3]) | json_values,
        "text": st.text(max_size=30) | json_values, "source": json_values, "title": json_values,
    }) | json_values, max_size=6))
def test_arbitrary_jsonl_raises_only_article_errors(tmp_path, records):
    path = jsonl(tmp_path, [json.dumps(r) for r in records], name="h.jsonl")
    skipped: list[ArticleFormatError] = []
    try:
        articles = list(read_articles([path], skip_bad=True, on_skip=skipped.append))
    except ArticleFormatError as exc:
        assert_one_line(exc)
        articles = []
    for article in articles:
        assert isinstance(article, Article) and article.text.strip()
    for error in skipped:
        assert_one_line(error, f"{path}:")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]))
def test_arbitrary_files_raise_only_article_errors(tmp_path, data, suffix):
    path = write(tmp_path / f"h{suffix}", data)
    try:
        list(read_articles([path], default_date=DAY, skip_bad=False))
    except ArticleFormatError as exc:
        assert_one_line(exc, "h")


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.integers(min_value=-(2**63), max_value=2**63 - 1), max_size=3000),
       probes=st.lists(st.integers(min_value=-(2**63), max_value=2**63 - 1), max_size=50))
def test_compact_hash_set_behaves_like_a_set(values, probes):
    from geo.articles import _HashSet

    compact = _HashSet()
    for value in values:
        compact.add(value)
    for probe in probes + values[::7]:
        assert (probe in compact) == (probe in set(values))
