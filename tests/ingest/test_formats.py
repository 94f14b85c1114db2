"""Formats and encodings: `parse_file` on every supported format, encoding and bad input."""

from __future__ import annotations

import json

import pytest

from pipeline.errors import (
    BinaryFile,
    EmptyFile,
    FileTooLarge,
    IngestError,
    MalformedRecord,
    MissingTextField,
    NoArticleText,
    UndecodableFile,
)
from pipeline.ingest.encoding import clean_text, decode_bytes
from pipeline.ingest.formats import IngestOptions, normalize_date, parse_file, split_front_matter
from pipeline.records import Article
from tests.conftest import FORMATS

FIXTURES = FORMATS


def _parse(name: str, data: bytes | str, **options) -> list[Article | IngestError]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return parse_file(raw, name, IngestOptions(**options))


def _fixture(name: str) -> list[Article | IngestError]:
    return parse_file((FIXTURES / name).read_bytes(), name, IngestOptions())


def _only_article(items: list[Article | IngestError]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


# -- plain text and Markdown ---------------------------------------------------------------


def test_text_file_keeps_headline_and_dateline_heuristics():
    art = _only_article(
        _parse(
            "w/a.txt", "Yard Wins Order\nOSLO, 3 May 2025 – The yard won an order for 4 ships.\n"
        )
    )
    assert art.source == "w/a.txt"
    assert art.title == "Yard Wins Order"
    assert art.published == "2025-05-03"
    assert art.outlet is None and art.url is None


def test_markdown_front_matter_becomes_metadata_and_leaves_the_text():
    art = _only_article(_fixture("radar-upgrade.md"))
    assert art.title == "Air force orders radar upgrade"
    assert art.published == "2025-02-20"
    assert art.outlet == "Skyline Defence Weekly"
    assert art.url == "https://skyline.example/radar-upgrade"
    assert art.author == "Tomas Reyes"
    assert art.text.startswith("# Air force orders radar upgrade\n\nThe air force")
    assert "---" not in art.text and "outlet:" not in art.text


def test_markdown_without_front_matter_uses_the_heading():
    art = _only_article(_parse("b.markdown", "# Tanks Arrive\n\nThe first 12 tanks arrived.\n"))
    assert art.title == "Tanks Arrive"
    assert art.text.startswith("# Tanks Arrive")


def test_markdown_with_an_opening_block_that_is_not_yaml_keeps_every_line():
    text = "---\nthis: [is not closed\n---\nThe minister said 40 jets would come.\n"
    art = _only_article(_parse("c.md", text))
    assert art.text == text
    meta, body = split_front_matter(text)
    assert meta == {} and body == text


def test_markdown_with_only_front_matter_is_empty():
    items = _parse("d.md", "---\ntitle: Nothing else\n---\n\n")
    assert len(items) == 1 and isinstance(items[0], EmptyFile)


# -- HTML --------------------------------------------------------------------------------


def test_html_main_text_and_metadata():
    art = _only_article(_fixture("shipyard.html"))
    assert art.title == "Northport yard to build four patrol ships"
    assert art.published == "2025-05-12"
    assert art.outlet == "Coastal Courier"
    assert art.url == "https://courier.example/defence/northport-patrol-ships"
    assert art.author == "Ilse Varga"
    assert "€310 million" in art.text  # the entity is decoded
    assert "Front page" not in art.text and "all rights reserved" not in art.text
    paragraphs = art.text.split("\n\n")
    assert any(p.startswith("The Northport yard will build") for p in paragraphs)
    assert any(p.startswith('"We can deliver the first hull') for p in paragraphs)
    assert all("\n" not in p for p in paragraphs)


def test_html_metadata_from_json_ld_alone():
    page = """<html><head><script type="application/ld+json">
    {"@graph": [{"@type": "WebSite", "name": "Not this"},
                {"@type": ["NewsArticle"], "headline": "Harbour drill ends",
                 "datePublished": "2024-12-02T10:00:00Z",
                 "author": [{"name": "Lena Ruiz"}, {"name": "Omar Pike"}],
                 "publisher": {"name": "Port Herald"},
                 "mainEntityOfPage": {"@id": "https://herald.example/drill"}}]}
    </script></head><body><article>
    <p>The navy ended its harbour drill on Sunday after five days, a spokesman said.</p>
    </article></body></html>"""
    art = _only_article(_parse("drill.htm", page))
    assert art.title == "Harbour drill ends"
    assert art.published == "2024-12-02"
    assert art.outlet == "Port Herald"
    assert art.author == "Lena Ruiz, Omar Pike"
    assert art.url == "https://herald.example/drill"
    assert "five days" in art.text


def test_html_in_a_declared_single_byte_charset():
    page = (
        '<html><head><meta charset="windows-1252"><title>Caf\xe9 talks</title></head>'
        "<body><p>The minister\x92s \x93plan\x94 costs \x8040m, an aide said on Monday "
        "after talks that lasted until late in the evening.</p></body></html>"
    ).encode("latin-1")
    art = _only_article(_parse("cafe.html", page))
    assert "minister’s “plan” costs €40m" in art.text
    assert art.title == "Café talks"


def test_html_cut_off_in_the_head_has_no_text():
    page = (FIXTURES / "shipyard.html").read_bytes()[:400]
    items = _parse("cut.html", page)
    assert len(items) == 1 and isinstance(items[0], NoArticleText)
    assert items[0].path == "cut.html"


def test_html_cut_off_in_the_body_keeps_what_is_there():
    page = "<html><body><p>The brigade received 30 new howitzers, the army said.</p><p>More"
    art = _only_article(_parse("cut2.html", page))
    assert art.text.startswith("The brigade received 30 new howitzers, the army said.")


@pytest.mark.parametrize("page", ["<<<>>>", "<html><head><title>Only a title", "<!-- -->"])
def test_html_with_no_readable_text_is_an_error(page):
    items = _parse("x.html", page)
    assert len(items) == 1 and isinstance(items[0], NoArticleText | EmptyFile)


# -- JSON and JSON Lines -------------------------------------------------------------------


def test_json_single_object_has_no_record_number():
    doc = {"headline": "Fleet grows", "content": "The fleet grew by 3 ships.", "date": "2025-01-09"}
    art = _only_article(_parse("one.json", json.dumps(doc)))
    assert (art.source, art.title, art.published) == ("one.json", "Fleet grows", "2025-01-09")
    assert art.text == "The fleet grew by 3 ships."


def test_json_array_and_container_records_are_numbered_from_one():
    records = [{"text": "First story."}, {"text": "Second story."}, "not an object", {"x": 1}]
    for payload in (records, {"items": records}, {"Articles": records}):
        items = _parse("dir/many.json", json.dumps(payload))
        assert [getattr(i, "source", None) or i.path for i in items] == [
            f"dir/many.json#{n}" for n in (1, 2, 3, 4)
        ]
        assert [type(i) for i in items] == [Article, Article, MalformedRecord, MissingTextField]


def test_json_with_no_text_and_no_list_is_a_missing_text_error():
    items = _parse("meta.json", '{"title": "Only a title"}')
    assert len(items) == 1 and isinstance(items[0], MissingTextField)


@pytest.mark.parametrize("payload", ['{"text": "unclosed', "42", "[1, 2"])
def test_malformed_json_documents(payload):
    items = _parse("bad.json", payload)
    assert len(items) == 1 and isinstance(items[0], MalformedRecord)
    assert items[0].path == "bad.json"


def test_jsonl_good_lines_are_read_around_bad_ones():
    items = _fixture("wire.jsonl")
    by_source = {getattr(i, "source", None) or i.path: i for i in items}
    assert list(by_source) == ["wire.jsonl#1", "wire.jsonl#2", "wire.jsonl#4", "wire.jsonl#5"]
    first, bad, second, empty = by_source.values()
    assert isinstance(bad, MalformedRecord) and "line 2" in bad.reason
    assert isinstance(empty, MissingTextField)
    assert (first.title, first.published, first.outlet, first.author) == (
        "Depot reopens after fire",
        "2025-04-04",
        "Inland Wire",
        "Pia Lund",
    )
    assert (second.title, second.published, second.outlet, second.url) == (
        "Drone unit doubles in size",
        "2025-04-09",
        "Inland Wire",
        "https://inland.example/drones",
    )


def test_ndjson_lines_that_are_not_objects_are_errors():
    items = _parse("feed.ndjson", '[1, 2]\n{"body": ["One.", "Two."]}\n"text"\n')
    assert [type(i) for i in items] == [MalformedRecord, Article, MalformedRecord]
    assert items[1].source == "feed.ndjson#2"
    assert items[1].text == "One.\n\nTwo."


def test_jsonl_holding_one_pretty_printed_document_is_still_read():
    items = _parse("pretty.jsonl", '{\n  "articles": [\n    {"text": "Story."}\n  ]\n}\n')
    assert [i.text for i in items] == ["Story."]


def test_custom_field_names():
    line = json.dumps(
        {"story": "The army bought 9 bridges.", "kicker": "Bridges", "when": "2025-06-01"}
    )
    default = _parse("c.jsonl", line)
    assert isinstance(default[0], MissingTextField)
    art = _only_article(
        _parse(
            "c.jsonl", line, text_fields=("story",), title_fields=("kicker",), date_fields=("when",)
        )
    )
    assert (art.text, art.title, art.published) == (
        "The army bought 9 bridges.",
        "Bridges",
        "2025-06-01",
    )


# -- CSV ---------------------------------------------------------------------------------


def test_csv_rows_with_metadata_and_an_empty_row():
    items = _fixture("digest.csv")
    assert [getattr(i, "source", None) or i.path for i in items] == [
        "digest.csv#1",
        "digest.csv#2",
        "digest.csv#3",
    ]
    first, empty, third = items
    assert isinstance(empty, MissingTextField)
    assert first.title == "Border brigade gets new rifles"
    assert first.published == "2025-03-14"
    assert (first.outlet, first.url, first.author) == (
        "Plains Gazette",
        "https://plains.example/rifles",
        "Nora Quist",
    )
    assert "this month, the army said.\n\nOfficers said" in first.text
    assert third.published == "2025-03-16"


def test_csv_with_semicolons_and_a_row_with_extra_fields():
    data = "Title;Text\nOne;First story.\nTwo;Second; with an extra field\n\nThree;Third story.\n"
    items = _parse("semi.csv", data)
    assert [type(i) for i in items] == [Article, MalformedRecord, Article]
    assert [getattr(i, "source", None) or i.path for i in items] == [
        "semi.csv#1",
        "semi.csv#2",
        "semi.csv#3",
    ]
    assert items[2].title == "Three"


def test_csv_without_a_text_column_is_one_error():
    items = _parse("cols.csv", "title,date\nA,2025-01-01\n")
    assert len(items) == 1 and isinstance(items[0], MissingTextField)
    assert items[0].path == "cols.csv"


def test_csv_with_a_quote_never_closed_keeps_the_rows_before_it():
    items = _parse("open.csv", 'title,text\nA,"fine row"\nB,"never closed\nstill going\n')
    assert [type(i) for i in items] == [Article, MalformedRecord]
    assert items[1].path == "open.csv#2"


# -- encodings ---------------------------------------------------------------------------

SAMPLE = "Minister’s “plan”: €40m for Müller & Søn — café crème, naïve façade.\nSecond line."


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
        lambda s: b"\xff\xfe" + s.encode("utf-16-le"),
        lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
        lambda s: s.encode("utf-16-le"),
        lambda s: s.encode("utf-16-be"),
        lambda s: s.encode("utf-32"),
        lambda s: s.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32", "cp1252"],
)
def test_encodings_decode_to_the_same_text(encode):
    assert _only_article(_parse("e.txt", encode(SAMPLE))).text == SAMPLE


def test_latin1_text():
    text = "Le ministère a dit que 40 chars ont été livrés à Größenwald."
    assert _only_article(_parse("l.txt", text.encode("latin-1"))).text == text


def test_cyrillic_single_byte_text_is_detected():
    text = "Министр обороны заявил, что завод выпускает сорок танков в год.\nВторая строка."
    assert _only_article(_parse("r.txt", text.encode("cp1251"))).text == text


def test_utf8_with_a_stray_byte_keeps_the_rest():
    data = "Über “quotes” – and é".encode() + b" \xff " + "the end, naïve.".encode()
    art = _only_article(_parse("s.txt", data))
    assert art.text == "Über “quotes” – and é \ufffd the end, naïve."


def test_control_characters_are_removed_and_line_breaks_kept():
    raw = "Head\x07line\r\nThe body\x1b text\twith a tab and more words.\x0c\nThe end\x85."
    text = _only_article(_parse("c.txt", raw)).text
    assert text == "Headline\r\nThe body text\twith a tab and more words.\nThe end."
    assert clean_text(raw) == text


@pytest.mark.parametrize(
    "data, error",
    [
        (b"", EmptyFile),
        (b"  \n\t\r\n", EmptyFile),
        (b"\xef\xbb\xbf \n", EmptyFile),
        (b"\x00\x01\x02binary", BinaryFile),
        (b"\x00\xff\x00", BinaryFile),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", BinaryFile),
        (b"\x01\x02\x03\x04\x05\x06 text \x07\x08", BinaryFile),
    ],
)
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".json", ".jsonl", ".csv"])
def test_bad_bytes_are_errors_naming_the_file(data, error, suffix):
    items = _parse(f"bad{suffix}", data)
    assert len(items) == 1 and isinstance(items[0], error)
    assert items[0].path == f"bad{suffix}" and items[0].stage == "ingest"


def test_bytes_in_no_known_encoding_are_undecodable():
    with pytest.raises((UndecodableFile, BinaryFile)):
        decode_bytes(bytes(range(0x80, 0x100)) * 3, "junk.txt")


def test_parse_file_refuses_more_than_max_bytes():
    items = _parse("big.txt", "A headline\nSome text here.\n", max_bytes=10)
    assert len(items) == 1 and isinstance(items[0], FileTooLarge)
    assert "10" in items[0].reason


def test_offsets_index_the_cleaned_text():
    raw = b"\xff\xfe" + "Title\x00\n\nHe said 40\x01 tanks.".encode("utf-16-le")
    art = _only_article(_parse("o.txt", raw))
    start = art.text.index("40 tanks")
    assert art.text[start : start + 8] == "40 tanks"


# -- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-03-04", "2025-03-04"),
        ("2025-03-04T23:30:00-05:00", "2025-03-04"),
        ("2025/3/4", "2025-03-04"),
        ("20250304", "2025-03-04"),
        ("Tue, 04 Mar 2025 09:30:00 GMT", "2025-03-04"),
        ("4 March 2025", "2025-03-04"),
        ("March 4th, 2025", "2025-03-04"),
        ("Sept. 9, 2024", "2024-09-09"),
        ("04.03.2025", "2025-03-04"),
        ("14/03/2025", "2025-03-14"),
        ("03/14/2025", "2025-03-14"),
        ("03/04/2025", None),
        ("2025-02-30", None),
        ("yesterday", None),
        ("2025", None),
        (1741082400, "2025-03-04"),
        (1741082400000, "2025-03-04"),
        ("1741082400", "2025-03-04"),
        (True, None),
        (None, None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_normalize_date_accepts_date_objects():
    import datetime as dt

    assert normalize_date(dt.date(2024, 7, 1)) == "2024-07-01"
    assert normalize_date(dt.datetime(2024, 7, 1, 23, 59)) == "2024-07-01"


# -- inputs that once escaped as exceptions -------------------------------------------------


def test_front_matter_with_an_impossible_date_keeps_its_other_fields():
    art = _only_article(_parse("m.md", "---\ndate: 2025-13-45\ntitle: Odd\n---\nThe text.\n"))
    assert (art.title, art.published, art.text) == ("Odd", None, "The text.\n")


@pytest.mark.parametrize("name", ["deep.json", "deep.jsonl"])
def test_json_nested_too_deeply_or_with_huge_numbers_is_malformed(name):
    for payload in (b"[" * 50_000 + b"]" * 50_000, b'{"text": "x", "n": ' + b"7" * 5000 + b"}"):
        items = _parse(name, payload)
        assert len(items) == 1 and isinstance(items[0], MalformedRecord)


def test_csv_field_longer_than_the_csv_module_default():
    body = "The ministry said it would buy 80 trucks. " * 4000  # about 170,000 characters
    art = _only_article(_parse("long.csv", f'title,text\nLong,"{body}"\n'))
    assert art.text == body


@pytest.mark.parametrize("label", ["rot13", "utf-16", "no-such-charset"])
def test_html_with_a_wrong_charset_label_falls_back_to_detection(label):
    page = (
        f'<html><head><meta charset="{label}"></head><body><p>Caf\xe9 cr\xe8me: the minister '
        "said 40 tanks would arrive.</p></body></html>"
    ).encode("latin-1")
    art = _only_article(_parse("label.html", page))
    assert art.text == "Café crème: the minister said 40 tanks would arrive."


# -- pages with no main text (issue 12, item 13) ---------------------------------------------

_NO_MAIN_TEXT = {
    "menu in a list": (
        "<html><body><div class=menu><ul><li><a href=/>Home</a></li><li><a href=/w>World"
        "</a></li><li><a href=/d>Defense</a></li><li><a href=/a>About us</a></li></ul></div>"
        "</body></html>"
    ),
    "cookie banner": (
        "<html><body><div id=cookie-banner><p>We use cookies to improve your experience. By "
        "continuing to browse you accept our use of cookies.</p><button>Accept all</button>"
        "</div><nav><a href=/>Home</a></nav></body></html>"
    ),
    "links and consent": (
        "<html><head><title>Defense News</title></head><body><div class=top><a href=/>Home</a>"
        " | <a href=/news>News</a> | <a href=/login>Sign in</a></div><div class=consent><p>"
        "This site uses cookies. Manage your preferences or accept them all.</p><p><a "
        "href=/privacy>Privacy policy</a></p></div></body></html>"
    ),
    "sign-in wall": (
        "<html><body><main><h1>Navy orders frigates</h1><p>Subscribe to read the full story, "
        "or sign in if you already have an account.</p></main></body></html>"
    ),
}


@pytest.mark.parametrize("name", list(_NO_MAIN_TEXT))
def test_html_with_only_navigation_or_cookie_text_is_reported(name):
    items = _parse("page.html", _NO_MAIN_TEXT[name])
    assert len(items) == 1 and isinstance(items[0], NoArticleText), items
    assert "no main text" in str(items[0])


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>The brigade received 30 new howitzers, the army said.</p></body></html>",
        "<html><body><nav><a href=/>Home</a></nav><div class=cookie>We use cookies.</div>"
        "<article><p>Output of shells rose to 2 million a year, the ministry said.</p>"
        "</article></body></html>",
    ],
)
def test_html_with_a_prose_paragraph_is_read(page):
    art = _only_article(_parse("ok.html", page))
    assert "said" in art.text
