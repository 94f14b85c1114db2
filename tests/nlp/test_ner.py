"""The fast entity recogniser gives exactly the stock `ner`'s entities.

tests/process/test_prefilter.py compares whole pipelines (dev, seed and, slow, PolNeAR
articles); here the component itself: entity by entity against the stock one on the same
tagged and parsed docs, batch cutting, the fallback on close calls, and entities set
before the component.
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Span

import pipeline.nlp.model as model
from pipeline.nlp.model import SPACY_MODEL, FastEntityRecognizer
from tests.conftest import ASSESS, CORPUS, DEV

ENTS = [ENT_IOB, ENT_TYPE, ENT_KB_ID]


@pytest.fixture(scope="module")
def stock_nlp():
    nlp = spacy.load(SPACY_MODEL)
    nlp.add_pipe("paragraph_boundaries", before="parser")
    return nlp


@pytest.fixture(scope="module")
def before_ner(stock_nlp):
    """Dev, seed and assess articles (and some edge cases) through every component before
    `ner`, plus a stock recogniser and a fast one around it."""
    texts = [
        p.read_text(encoding="utf-8")
        for d in (DEV, CORPUS, ASSESS)
        for p in sorted(Path(d).glob("*.txt"))
    ]
    texts += [
        "",
        "Washington",
        "NATO\n\nRheinmetall AG",
        "  \n New York  ",
        "He met Jens Stoltenberg.\nJens Stoltenberg met him in Brussels on Monday.",
    ]
    with stock_nlp.select_pipes(disable=["ner"]):
        docs = list(stock_nlp.pipe(texts))
    stock = stock_nlp.get_pipe("ner")
    return docs, stock, FastEntityRecognizer(stock)


def _same(a, b) -> bool:
    return numpy.array_equal(a.to_array(ENTS), b.to_array(ENTS)) and [
        (e.start, e.end, e.label_) for e in a.ents
    ] == [(e.start, e.end, e.label_) for e in b.ents]


def test_the_pipeline_uses_the_fast_recogniser(nlp):
    assert type(nlp.get_pipe("ner")).__name__ == "FastEntityRecognizer"


@pytest.mark.parametrize("batch_size", [1, 3, 16, 256])
def test_entities_are_the_stock_ones(before_ner, batch_size):
    docs, stock, fast = before_ner
    theirs = list(stock.pipe([d.copy() for d in docs], batch_size=batch_size))
    fallbacks = fast.fallbacks
    ours = list(fast.pipe([d.copy() for d in docs], batch_size=batch_size))
    assert fast.fallbacks == fallbacks  # no close call on these articles
    assert sum(len(d.ents) for d in ours) > 500
    for a, b in zip(ours, theirs, strict=True):
        assert _same(a, b), a[:10].text


def test_small_pieces_give_the_same_entities(before_ner, monkeypatch):
    """Out-of-entity steps scored 7 tokens at a time, entity steps 2 at a time."""
    docs, stock, fast = before_ner
    monkeypatch.setattr(model, "_NER_ROWS", 7)
    monkeypatch.setattr(model, "_NER_STEPS", 2)
    theirs = list(stock.pipe([d.copy() for d in docs], batch_size=16))
    ours = list(fast.pipe([d.copy() for d in docs], batch_size=16))
    for a, b in zip(ours, theirs, strict=True):
        assert _same(a, b), a[:10].text


def test_a_single_doc(before_ner):
    docs, stock, fast = before_ner
    doc = docs[0]
    assert _same(fast(doc.copy()), stock(doc.copy()))


def test_a_close_call_is_left_to_the_stock_component(before_ner, monkeypatch):
    docs, stock, fast = before_ner
    monkeypatch.setattr(model, "_NER_TOLERANCE", 1.0)  # every choice too close to call
    fallbacks = fast.fallbacks
    ours = list(fast.pipe([d.copy() for d in docs[:6]], batch_size=4))
    theirs = list(stock.pipe([d.copy() for d in docs[:6]], batch_size=4))
    assert fast.fallbacks > fallbacks
    for a, b in zip(ours, theirs, strict=True):
        assert _same(a, b)


def test_entities_set_before_are_left_to_the_stock_component(before_ner):
    docs, stock, fast = before_ner
    a, b = docs[0].copy(), docs[0].copy()
    for doc in (a, b):
        doc.set_ents([Span(doc, 2, 4, label="ORG")], default="unmodified")
    assert _same(fast(a), stock(b))
