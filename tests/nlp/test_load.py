"""`load_nlp` skips building spaCy's default tokenizer; the model's saved one is what runs."""

from __future__ import annotations

import spacy

from pipeline.nlp import SPACY_MODEL
from pipeline.nlp.model import _UNSET_TOKENIZER, load_nlp

TEXTS = [
    "Dr. Obiora's U.S.-made 155mm shells (e.g. the M795) can't cost $3,000 apiece.",
    "Output rose 40% y/o/y -- to 1.2m rounds -- per https://example.org/report?id=7 :)",
    "“We’re at 2,500 a month,” she said; the firm’s CEO didn’t agree.",
]


def test_saved_tokenizer_replaces_the_unset_one():
    ours = load_nlp()
    stock = spacy.load(SPACY_MODEL)
    assert ours.config["nlp"]["tokenizer"]["@tokenizers"] == _UNSET_TOKENIZER
    # the rules, not the strings met so far (the model is shared with the tests run before)
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == stock.tokenizer.to_bytes(exclude=["vocab"])
    for text in TEXTS:
        assert [t.text for t in ours.tokenizer(text)] == [t.text for t in stock.tokenizer(text)]
    assert len(ours.tokenizer(TEXTS[0])) > 10  # exceptions and affixes are in place
