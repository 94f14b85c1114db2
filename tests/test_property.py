"""Properties: no input bytes make ingest raise, and article-like text of any shape goes
through ingest and extraction without an error and with offsets that index the text."""

from __future__ import annotations

import csv
import html
import io
import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipeline.errors import ExtractionError, IngestError
from pipeline.ingest.formats import IngestOptions, parse_file
from pipeline.records import Article

SUFFIXES = [".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".csv"]
OPTIONS = IngestOptions()


def _check_items(items: list, name: str) -> list[Article]:
    """Every item is an article or a specific ingest error naming this file."""
    assert isinstance(items, list) and items
    for item in items:
        assert isinstance(item, Article | IngestError), item
        if isinstance(item, IngestError):
            assert type(item) is not IngestError, f"unexpected failure: {item}"
            assert item.path.split("#")[0] == name
            assert item.stage == "ingest"
        else:
            assert item.source.split("#")[0] == name
            assert item.text.strip()
            assert not any(ord(c) < 32 and c not in "\t\n\r" for c in item.text)
            assert not any(0x7F <= ord(c) <= 0x9F for c in item.text)
    return [i for i in items if isinstance(i, Article)]


# -- (a) arbitrary input never raises --------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_raise(data, suffix):
    _check_items(parse_file(data, "in" + suffix, OPTIONS), "in" + suffix)


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(max_size=300),
    suffix=st.sampled_from(SUFFIXES),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]),
)
def test_arbitrary_unicode_never_raises(text, suffix, codec):
    data = text.encode(codec, errors="replace")
    _check_items(parse_file(data, "u" + suffix, OPTIONS), "u" + suffix)


# -- (b) article-like text through ingest and extraction --------------------------------------

NAMES = ["Peter Holm", "Ruth Amsel", "General Mara Costa", "Defence Minister Ilse Varga", "NATO"]
GROUPS = ["the ministry", "analysts", "Russia", "the yard", "U.S. officials", "the institute"]
PRONOUNS = ["He", "She", "They", "It"]
VERBS = ["said", "told reporters", "claimed", "warned", "added", "insisted", "estimated"]
NOUNS = ["shells", "tanks", "drones", "ships", "soldiers", "missiles", "rifles"]
PERIODS = ["a year", "three months", "a month", "per week", "in 2024", "by 2027", "since 2022"]
NUMBER_WORDS = ["three", "a dozen", "twice", "half", "forty-five", "one million", "a third"]
OPEN_CLOSE = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»")]
SPACES = [" ", " ", " ", "  ", "\t", "\u00a0", "\u2009", " \x07"]

numbers = st.one_of(
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.integers(0, 10**6).map(str),
    st.floats(0, 10**4, allow_nan=False).map(lambda x: f"{x:.1f}"),
    st.integers(0, 100).map(lambda n: f"{n}%"),
    st.integers(0, 100).map(lambda n: f"{n} percent"),
    st.builds(
        "{}{}{}".format,
        st.sampled_from(["$", "€", "£"]),
        st.integers(1, 999),
        st.sampled_from(["m", "bn", " million", ""]),
    ),
    st.sampled_from(NUMBER_WORDS),
)


@st.composite
def clauses(draw) -> str:
    subject = draw(st.sampled_from(GROUPS + NAMES))
    verb = draw(st.sampled_from(["makes", "produces", "bought", "lost", "will build", "has"]))
    clause = f"{subject} {verb} {draw(numbers)} {draw(st.sampled_from(NOUNS))}"
    if draw(st.booleans()):
        clause += f" {draw(st.sampled_from(PERIODS))}"
    if draw(st.booleans()):
        obj = draw(st.sampled_from(GROUPS + NAMES))
        clause += (
            f", {draw(numbers)} times more than {obj} does in {draw(st.sampled_from(PERIODS))}"
        )
    return clause


@st.composite
def sentences(draw) -> str:
    clause = draw(clauses())
    name = draw(st.sampled_from(NAMES + GROUPS))
    verb = draw(st.sampled_from(VERBS))
    opening, closing = draw(st.sampled_from(OPEN_CLOSE))
    shape = draw(st.integers(0, 5))
    if shape == 0:
        sentence = f"{opening}{clause.capitalize()},{closing} {name} {verb}."
    elif shape == 1:
        sentence = f"{name} {verb} that {clause}."
    elif shape == 2:
        sentence = f"According to {name}, {clause}."
    elif shape == 3:
        sentence = f"{draw(st.sampled_from(PRONOUNS))} {verb}: {opening}{clause}{closing}"
    elif shape == 4:
        sentence = f"{clause.capitalize()}{draw(st.sampled_from(['.', '?', '!', '', '...']))}"
    else:
        sentence = (
            f"{opening}{clause}.{closing} {name} {verb}. {opening}{draw(clauses())}!{closing}"
        )
    words = sentence.split(" ")
    glue = [draw(st.sampled_from(SPACES)) for _ in words[1:]]
    sentence = words[0] + "".join(g + w for g, w in zip(glue, words[1:], strict=True))
    if draw(st.integers(0, 9)) == 0:
        sentence += draw(st.text(max_size=8))
    return sentence


@st.composite
def articles(draw) -> str:
    paragraphs = draw(
        st.lists(
            st.lists(sentences(), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=4
        )
    )
    breaks = [
        draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n", "\n\n\n"])) for _ in paragraphs
    ]
    title = draw(st.sampled_from(["", "Plant Triples Output\n", "ARMS RACE: 3x MORE?\n"]))
    return title + "".join(p + b for p, b in zip(paragraphs, breaks, strict=True))


def _as_file(text: str, kind: str) -> tuple[str, bytes]:
    """One article as the bytes of a file of the given kind."""
    if kind == "txt-utf16":
        return "a.txt", text.encode("utf-16")
    if kind == "md":
        return "a.md", ("---\ntitle: Generated\ndate: 2025-01-02\n---\n" + text).encode()
    if kind == "jsonl":
        return "a.jsonl", (json.dumps({"title": "T", "text": text}) + "\n").encode()
    if kind == "csv":
        buf = io.StringIO()
        csv.writer(buf).writerows([["title", "text"], ["T", text]])
        return "a.csv", buf.getvalue().encode()
    if kind == "html":
        body = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip())
        return "a.html", f"<html><body><article>{body}</article></body></html>".encode()
    return "a.txt", text.encode()


@pytest.fixture(scope="module")
def processor():
    from pipeline.process.processor import Processor

    return Processor()


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=articles(), kind=st.sampled_from(["txt", "txt-utf16", "md", "jsonl", "csv", "html"]))
def test_article_like_text_extracts_with_exact_offsets(processor, text, kind):
    name, data = _as_file(text, kind)
    found = _check_items(parse_file(data, name, OPTIONS), name)
    assume(found)
    for article, result in processor.process(found):
        assert not isinstance(result, ExtractionError), f"{result}\n{article.text!r}"
        for rec in result:
            assert article.text[rec.char_start : rec.char_end] == rec.sentence
            for q in rec.quantities:
                assert article.text[q.char_start : q.char_end] == q.text, (q, rec.sentence)
            for t in rec.times:
                assert article.text[t.char_start : t.char_end] == t.text, (t, rec.sentence)
