"""Articles longer than spaCy's limit (1,000,000 characters) are processed in pieces with
their offsets intact, and one failing article never sinks its batch (issue 12, item 2)."""

from __future__ import annotations

import json
import time

import pytest

from pipeline.errors import ExtractionError
from pipeline.extract.quantities import annotate_lines
from pipeline.nlp.model import MAX_PARSE_CHARS, text_pieces
from pipeline.process import processor as processor_module
from pipeline.process.prefilter import Plan
from pipeline.process.processor import Processor, bounded
from pipeline.records import Article
from pipeline.run.runner import run_extract
from tests.run.test_runner import ARMY, NAVY, _write

FILLER = "The weather along the coast stayed mild and the roads were quiet all week.\n\n"
CLAIM = "Defense Minister Jane Holt said the army bought 40 new tanks last year."


def _long_text(size: int = 1_100_000) -> str:
    return "Long report\n\n" + FILLER * (size // len(FILLER)) + CLAIM + "\n"


def test_a_long_article_among_normal_ones_is_processed_with_offsets_intact(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "army.txt", ARMY)
    text = _long_text()
    assert len(text) > 1_000_000
    _write(src / "long.txt", text)
    (src / "dump.jsonl").write_text(
        json.dumps({"title": "One long record", "text": text}) + "\n"
        + json.dumps({"title": "Navy", "text": NAVY}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    started = time.perf_counter()
    summary = run_extract(src, out, on_error=lambda e: None)
    assert time.perf_counter() - started < 120
    assert summary.failures == [] and summary.articles == 3 and summary.duplicates == 1
    records = [json.loads(x) for x in (out / "claims.jsonl").read_text().splitlines()]
    sources = {r["source"] for r in records}
    assert {"army.txt", "dump.jsonl#2"} <= sources  # the batch went on
    [long_claim] = [r for r in records if r["sentence"] == CLAIM]
    assert long_claim["char_start"] > 1_000_000
    assert text[long_claim["char_start"] : long_claim["char_end"]] == CLAIM
    assert long_claim["speaker"]["name"] == "Jane Holt"
    for q in long_claim["quantities"]:
        assert text[q["char_start"] : q["char_end"]] == q["text"]
    assert long_claim["other_sources"] == ["long.txt"] or long_claim["source"] == "long.txt"


def _doc(nlp, text):
    return nlp.tokenizer(text)


@pytest.mark.parametrize(
    ("text", "limit", "expect_cuts"),
    [
        # paragraphs: cut at paragraph starts only
        ("One two three.\n\nFour five six.\n\nSeven eight nine.\n", 20, 0),
        # one long paragraph: cut after sentence ends, where a sentence start is set
        ("One two three. Four five six. Seven eight nine. Ten eleven.", 20, 3),
        # no sentence end at all: cut at the last token that fits
        ("one two three four five six seven eight nine ten eleven twelve", 20, 3),
        # short enough: left alone
        ("One two three.\n\nFour.", 100, 0),
    ],
)
def test_bounded_cuts_runs_at_paragraphs_then_sentence_ends(nlp, text, limit, expect_cuts):
    doc = _doc(nlp, text)
    paragraphs = [0] + [t.i + 1 for t in doc if t.is_space and "\n" in t.text]
    plan, cuts = bounded(doc, Plan(None, paragraphs), limit)
    if limit >= len(text):
        assert plan.runs is None and cuts == []
        return
    assert plan.runs[0][0] == 0 and plan.runs[-1][1] == len(doc)
    for (_a, b), (c, _d) in zip(plan.runs, plan.runs[1:], strict=False):
        assert b == c  # consecutive, nothing left out
    for a, b in plan.runs:
        assert doc[a:b].end_char - doc[a:b].start_char <= limit
    assert len(cuts) == expect_cuts
    for cut in cuts:
        assert cut not in paragraphs
        if "." in text:
            assert doc[cut - 1].text == "."


def test_long_paragraphs_parsed_in_pieces_give_valid_records(nlp, monkeypatch):
    """With a tiny parse limit, every paragraph is cut inside: the records still index
    the text and the claims are found."""
    text = ARMY.replace("\n\n", " ") + "\n\n" + NAVY
    article = Article(article_id="a_1", source="x.txt", text=text)
    [(_a, whole)] = Processor(batch_size=1).process([article])
    monkeypatch.setattr(processor_module, "MAX_PARSE_CHARS", 60)
    [(_a, pieces)] = Processor(batch_size=1).process([article])
    assert not isinstance(pieces, ExtractionError), pieces
    for r in pieces:
        assert text[r.char_start : r.char_end] == r.sentence
        for q in r.quantities:
            assert text[q.char_start : q.char_end] == q.text
    assert {r.sentence for r in pieces} & {r.sentence for r in whole}
    assert len(pieces) >= len(whole) - 2


def test_an_article_that_fails_does_not_sink_its_batch(nlp, monkeypatch):
    good = Article(article_id="a_1", source="good.txt", text=ARMY)
    bad = Article(article_id="a_2", source="bad.txt", text=NAVY)
    other = Article(article_id="a_3", source="other.txt", text=NAVY.replace("3", "4"))
    real = Processor._tokenize

    def tokenize(self, article):
        if article.source == "bad.txt":
            raise MemoryError("out of memory")
        return real(self, article)

    monkeypatch.setattr(Processor, "_tokenize", tokenize)
    results = list(Processor(batch_size=8).process([good, bad, other]))
    assert [a.source for a, _ in results] == ["good.txt", "bad.txt", "other.txt"]
    assert isinstance(results[1][1], ExtractionError) and "MemoryError" in str(results[1][1])
    assert results[0][1] and results[2][1]
    assert not isinstance(results[0][1], ExtractionError)


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("a" * 50, 10),
        ("One two.\nThree four.\nFive six.\n", 12),
        ("One two. Three four. Five six.", 12),
        ("word " * 30, 17),
        ("short", 10),
    ],
)
def test_text_pieces_cover_the_text_within_the_limit(text, limit):
    pieces = text_pieces(text, limit)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(0 < b - a <= limit for a, b in pieces)


def test_quantities_of_a_line_over_the_limit_index_the_whole_line(nlp):
    """`claims quantities` on one line longer than spaCy's limit: one output line, the
    figures found with offsets into the whole line. The filler has few tokens (long
    words) so that parsing it stays fast."""
    word = "x" * 60
    filler = " ".join([word] * (1_050_000 // 61)) + ". "
    line = "The navy ordered 3 frigates. " + filler + "The army bought 40 tanks."
    assert len(line) > 1_000_000 > MAX_PARSE_CHARS
    [item] = list(annotate_lines([json.dumps({"text": line}) + "\n"], nlp=nlp))
    assert item["text"] == line
    found = [(q["text"], line[q["char_start"] : q["char_end"]]) for q in item["quantities"]]
    assert ("3", "3") in found and ("40", "40") in found
    assert all(text == span for text, span in found)
    assert item["quantities"][-1]["char_start"] > 1_000_000
