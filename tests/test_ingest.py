from __future__ import annotations

import pytest

from pipeline.errors import BinaryFile, EmptyFile, InputFolderError, UndecodableFile
from pipeline.ingest import (
    article_id,
    find_articles,
    headline,
    iter_articles,
    published_date,
    read_article,
)


def _write(root, name, data: bytes):
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_finds_txt_and_md_recursively_in_stable_order(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.txt", "sub/z.TXT", "skip.json", ".hidden/x.txt"]:
        _write(tmp_path, name, b"Some text.")
    found = [p.relative_to(tmp_path).as_posix() for p in find_articles(tmp_path)]
    assert found == ["a.md", "b.txt", "sub/c.txt", "sub/z.TXT"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(InputFolderError, match="no such folder"):
        find_articles(tmp_path / "nope")


@pytest.mark.parametrize(
    "data, error",
    [
        (b"", EmptyFile),
        (b"  \n\t\n", EmptyFile),
        (b"\x00\x01\x02binary", BinaryFile),
        (b"caf\xe9 latin-1 text", UndecodableFile),
    ],
)
def test_bad_files_raise_errors_naming_the_file(tmp_path, data, error):
    path = _write(tmp_path, "bad.txt", data)
    with pytest.raises(error, match="bad.txt"):
        read_article(path, tmp_path)


def test_bom_is_dropped_and_offsets_index_text_as_read(tmp_path):
    text = "Headline here\nRussia said it made 40 tanks.\n"
    path = _write(tmp_path, "a.txt", b"\xef\xbb\xbf" + text.encode())
    art = read_article(path, tmp_path)
    assert art.text == text
    assert art.source == "a.txt"
    assert art.title == "Headline here"


def test_iter_articles_yields_errors_and_goes_on(tmp_path):
    _write(tmp_path, "a.txt", b"")
    _write(tmp_path, "b.txt", b"Good text.")
    items = list(iter_articles(tmp_path))
    assert isinstance(items[0], EmptyFile)
    assert items[1].text == "Good text."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia Triples Output\nBody text here.", "Russia Triples Output"),
        ("A long first sentence that ends with a stop.\nMore.", None),
        ("Only one line", None),
        ("# Markdown Title\nBody.", "Markdown Title"),
    ],
)
def test_headline(text, expected):
    assert headline(text) == expected


def test_article_id_ignores_whitespace_differences():
    assert article_id("A  b\nc") == article_id("A b c")
    assert article_id("A b c") != article_id("A b d")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Title\nPublished: 2024-11-18\nBody.", "2024-11-18"),
        ("Title\nTALLINN, March 4, 2025 (Wire) – Body text.", "2025-03-04"),
        ("Title\nSEOUL, 12 June 2025\nBody.", "2025-06-12"),
        ("Title\nOn November 17 the minister spoke.", None),
        ("Title\nBody with no date.", None),
    ],
)
def test_published_date(text, expected):
    assert published_date(text) == expected
