"""Ingest: finding files, reading them safely, options, errors, and a mixed-format run."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import shutil
from pathlib import Path

import pytest

import pipeline.ingest.files as ingest
from pipeline import errors
from pipeline.errors import (
    EmptyFile,
    ExtractionError,
    FileTooLarge,
    IngestError,
    InputFolderError,
    UnreadableFile,
    UnreadableFolder,
    VanishedFile,
)
from pipeline.ingest.files import (
    IngestOptions,
    article_id,
    find_files,
    headline,
    iter_articles,
    published_date,
    read_file,
)
from pipeline.records import Article
from pipeline.resources import models_dir
from tests.conftest import FORMATS

FIXTURES = FORMATS


def _write(root: Path, name: str, data: bytes = b"Some text.") -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _listing(root: Path) -> list[str]:
    """Found files as relative paths and errors as 'ERROR <code> <path>'."""
    out = []
    for item in find_files(root):
        if isinstance(item, IngestError):
            out.append(f"ERROR {item.code} {item.path}")
        else:
            out.append(item.relative_to(root).as_posix())
    return out


# -- find_files ----------------------------------------------------------------------------


def test_finds_every_supported_format_recursively_in_stable_order(tmp_path):
    names = [
        "b.txt",
        "a.md",
        "sub/c.HTML",
        "sub/z.TXT",
        "sub/deeper/d.jsonl",
        "e.ndjson",
        "f.json",
        "g.csv",
        "h.htm",
        "i.markdown",
        "skip.pdf",
        "noext",
        ".hidden/x.txt",
        "sub/.dot.txt",
    ]
    for name in names:
        _write(tmp_path, name)
    assert _listing(tmp_path) == [
        "a.md",
        "b.txt",
        "e.ndjson",
        "f.json",
        "g.csv",
        "h.htm",
        "i.markdown",
        "sub/c.HTML",
        "sub/deeper/d.jsonl",
        "sub/z.TXT",
    ]


def test_suffixes_come_from_the_options(tmp_path):
    _write(tmp_path, "a.txt")
    _write(tmp_path, "b.json")
    only_txt = IngestOptions(suffixes=(".TXT",))
    assert [p.name for p in find_files(tmp_path, only_txt)] == ["a.txt"]


@pytest.mark.parametrize(
    "make, reason", [(lambda p: None, "no such folder"), (_write, "not a folder")]
)
def test_missing_or_non_folder_root_is_a_clear_error(tmp_path, make, reason):
    target = tmp_path / "input"
    if make is _write:
        _write(tmp_path, "input")
    with pytest.raises(InputFolderError, match=reason):
        list(find_files(target))


def test_symlinked_files_and_folders_are_followed(tmp_path):
    outside = tmp_path / "outside"
    _write(outside, "linked-dir/inner.txt")
    _write(outside, "real.md")
    root = tmp_path / "in"
    _write(root, "own.txt")
    (root / "link.md").symlink_to(outside / "real.md")
    (root / "folder").symlink_to(outside / "linked-dir", target_is_directory=True)
    assert _listing(root) == ["folder/inner.txt", "link.md", "own.txt"]
    item = next(i for i in find_files(root) if i.name == "inner.txt")
    assert item == root / "folder" / "inner.txt"  # under root, not resolved


def test_symlink_loops_are_reported_and_the_rest_is_listed(tmp_path):
    _write(tmp_path, "a/keep.txt")
    (tmp_path / "a" / "back").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    assert _listing(tmp_path) == [
        "ERROR E107 a/back",
        "a/keep.txt",
        "ERROR E104 broken.txt",
        "ERROR E107 self.txt",
    ]


def test_two_links_to_one_folder_are_not_a_loop(tmp_path):
    shared = tmp_path / "shared"
    _write(shared, "s.txt")
    root = tmp_path / "in"
    root.mkdir()
    (root / "x").symlink_to(shared, target_is_directory=True)
    (root / "y").symlink_to(shared, target_is_directory=True)
    assert _listing(root) == ["x/s.txt", "y/s.txt"]


def test_unreadable_folder_is_reported_and_the_rest_is_listed(tmp_path, monkeypatch):
    _write(tmp_path, "ok.txt")
    _write(tmp_path, "locked/secret.txt")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(ingest.os, "scandir", scandir)
    items = list(find_files(tmp_path))
    assert isinstance(items[0], UnreadableFolder)
    assert items[0].path == "locked" and "permission denied" in items[0].reason
    assert [p.name for p in items[1:]] == ["ok.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_reported_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    items = list(find_files(tmp_path))
    assert len(items) == 1 and isinstance(items[0], UnreadableFile)
    result = read_file(tmp_path / "pipe.txt", tmp_path)  # must not block
    assert isinstance(result[0], UnreadableFile) and "regular" in result[0].reason


# -- read_file -----------------------------------------------------------------------------


def test_read_file_reads_one_article_relative_to_the_root(tmp_path):
    path = _write(tmp_path, "sub/a.txt", b"Headline here\nRussia said it made 40 tanks.\n")
    [art] = read_file(path, tmp_path)
    assert isinstance(art, Article)
    assert art.source == "sub/a.txt"
    assert art.title == "Headline here"


def test_file_over_the_limit_is_refused_without_being_read(tmp_path, monkeypatch):
    path = _write(tmp_path, "big.txt", b"x" * 2048)

    def no_open(*_a, **_k):
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr(ingest, "open", no_open, raising=False)
    [err] = read_file(path, tmp_path, IngestOptions(max_bytes=1024))
    assert isinstance(err, FileTooLarge) and err.code == "E105"
    assert err.path == "big.txt" and "2048" in err.reason and "1024" in err.reason


def test_permission_denied_is_an_error(tmp_path, monkeypatch):
    path = _write(tmp_path, "locked.txt")

    def denied(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ingest, "open", denied, raising=False)
    [err] = read_file(path, tmp_path)
    assert isinstance(err, UnreadableFile) and "permission denied" in err.reason


def test_file_vanishing_after_listing_is_an_error(tmp_path):
    _write(tmp_path, "a.txt", b"First.")
    _write(tmp_path, "b.txt", b"Second.")
    listed = list(find_files(tmp_path))
    (tmp_path / "a.txt").unlink()
    results = [read_file(p, tmp_path)[0] for p in listed]
    assert isinstance(results[0], VanishedFile) and results[0].path == "a.txt"
    assert results[1].text == "Second."


def test_file_vanishing_between_stat_and_open_is_an_error(tmp_path, monkeypatch):
    path = _write(tmp_path, "a.txt")

    def gone(*_a, **_k):
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(ingest, "open", gone, raising=False)
    [err] = read_file(path, tmp_path)
    assert isinstance(err, VanishedFile) and err.code == "E108"


def test_a_folder_in_place_of_a_file_is_an_error(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    [err] = read_file(tmp_path / "dir.txt", tmp_path)
    assert isinstance(err, UnreadableFile) and "folder" in err.reason


def test_iter_articles_yields_errors_and_goes_on(tmp_path):
    _write(tmp_path, "a.txt", b"")
    _write(tmp_path, "b.txt", b"Good text.")
    _write(tmp_path, "c.jsonl", b'{"text": "One."}\nnot json\n{"text": "Three."}\n')
    items = list(iter_articles(tmp_path))
    assert isinstance(items[0], EmptyFile)
    assert items[1].text == "Good text."
    assert [getattr(i, "source", None) or i.path for i in items[2:]] == [
        "c.jsonl#1",
        "c.jsonl#2",
        "c.jsonl#3",
    ]


# -- options and errors --------------------------------------------------------------------


def test_default_options_are_the_models_file():
    data = json.loads((models_dir() / "ingest.json").read_text(encoding="utf-8"))["options"]
    options = IngestOptions()
    for key, value in data.items():
        got = getattr(options, key)
        assert (list(got) if isinstance(got, tuple) else got) == value
    assert IngestOptions.load() == options
    assert options.max_bytes > 1_000_000


def test_options_load_overrides_and_checks(tmp_path):
    path = tmp_path / "opts.json"
    path.write_text(json.dumps({"max_bytes": 5000, "text_fields": ["story"], "_note": "x"}))
    options = IngestOptions.load(path)
    assert options.max_bytes == 5000 and options.text_fields == ("story",)
    assert options.title_fields == IngestOptions().title_fields
    assert dataclasses.replace(options, max_bytes=7).max_bytes == 7
    for bad in ({"max_byte": 1}, {"max_bytes": -1}, {"text_fields": "text"}, [1]):
        path.write_text(json.dumps(bad))
        with pytest.raises(ValueError):
            IngestOptions.load(path)


def test_every_ingest_error_has_a_distinct_code_and_the_ingest_stage():
    classes = [
        c
        for c in vars(errors).values()
        if isinstance(c, type) and issubclass(c, IngestError) and c is not IngestError
    ]
    codes = [c.code for c in classes]
    assert len(codes) == len(set(codes)) >= 10
    assert all(c.stage == "ingest" for c in classes)
    err = FileTooLarge("a.txt", 10, 5)
    assert (err.path, err.code, err.stage) == ("a.txt", "E105", "ingest")
    assert str(err).startswith("[E105] a.txt: ")
    assert ExtractionError("a.txt", "boom").stage == "extract"


@pytest.mark.parametrize(
    "err",
    [
        FileTooLarge("a.txt", 10, 5),
        VanishedFile("b.txt"),
        errors.MalformedRecord("c.jsonl#3", "line 3: not valid JSON"),
        EmptyFile("d.txt"),
        ExtractionError("e.txt", "ValueError: boom"),
    ],
)
def test_errors_survive_pickling_for_worker_processes(err):
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err)
    assert str(back) == str(err) and back.path == err.path and back.stage == err.stage
    assert getattr(back, "reason", None) == getattr(err, "reason", None)


# -- plain-text heuristics -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia Triples Output\nBody text here.", "Russia Triples Output"),
        ("A long first sentence that ends with a stop.\nMore.", None),
        ("Only one line", None),
        ("# Markdown Title\nBody.", "Markdown Title"),
        ("---\nBody.", None),
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


# -- a mixed folder through the whole pipeline ---------------------------------------------


def test_mixed_formats_through_run_extract(tmp_path):
    from pipeline.run.runner import run_extract

    src = tmp_path / "in"
    src.mkdir()
    for name in ("shipyard.html", "radar-upgrade.md", "wire.jsonl", "digest.csv"):
        shutil.copy(FIXTURES / name, src / name)
    _write(
        src,
        "notes/cp1252.txt",
        "Yard Order\nThe yard’s chief said it would build 6 ships.\n".encode("cp1252"),
    )
    _write(src, "empty.txt", b"")
    failures: list = []
    summary = run_extract(src, tmp_path / "out", on_error=failures.append)

    articles = {a.source: a for a in iter_articles(src) if isinstance(a, Article)}
    records = [
        json.loads(line) for line in (tmp_path / "out" / "claims.jsonl").read_text().splitlines()
    ]
    assert records, "the mixed folder yields claims"
    for rec in records:
        art = articles[rec["source"]]
        assert art.text[rec["char_start"] : rec["char_end"]] == rec["sentence"]
        assert rec["title"] == art.title
        assert rec["published"] == art.published
        assert rec["outlet"] == art.outlet
        assert rec["url"] == art.url
    sources = {r["source"] for r in records}
    assert {"shipyard.html", "radar-upgrade.md", "wire.jsonl#4", "digest.csv#1"} <= sources
    html = next(r for r in records if r["source"] == "shipyard.html")
    assert (html["outlet"], html["published"], html["url"]) == (
        "Coastal Courier",
        "2025-05-12",
        "https://courier.example/defence/northport-patrol-ships",
    )
    assert {f.path for f in failures} == {
        "digest.csv#2",
        "empty.txt",
        "wire.jsonl#2",
        "wire.jsonl#5",
    }
    assert all(f.stage == "ingest" for f in failures)
    assert summary.articles == len(articles) == 7
    rows = [
        json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()
    ]
    assert {r["error"] for r in rows} == {"E101", "E106", "E110"}
