"""`load_nlp` skips building spaCy's default tokenizer; the model's saved one is what runs,
with the abbreviated titles of our lexicon kept whole."""

from __future__ import annotations

import spacy
from spacy.symbols import ORTH

from pipeline.nlp import SPACY_MODEL
from pipeline.nlp.model import _UNSET_TOKENIZER, load_nlp
from pipeline.resources import lexicon

TEXTS = [
    "Dr. Obiora's U.S.-made 155mm shells (e.g. the M795) can't cost $3,000 apiece.",
    "Output rose 40% y/o/y -- to 1.2m rounds -- per https://example.org/report?id=7 :)",
    "“We’re at 2,500 a month,” she said; the firm’s CEO didn’t agree.",
]


def test_saved_tokenizer_replaces_the_unset_one():
    ours = load_nlp()
    stock = spacy.load(SPACY_MODEL)
    assert ours.config["nlp"]["tokenizer"]["@tokenizers"] == _UNSET_TOKENIZER
    for word in lexicon("abbreviations")["name_titles"]:  # ours adds these, nothing else
        if len(stock.tokenizer(word)) > 1:
            stock.tokenizer.add_special_case(word, [{ORTH: word}])
    # the rules, not the strings met so far (the model is shared with the tests run before)
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == stock.tokenizer.to_bytes(exclude=["vocab"])
    for text in TEXTS:
        assert [t.text for t in ours.tokenizer(text)] == [t.text for t in stock.tokenizer(text)]
    assert len(ours.tokenizer(TEXTS[0])) > 10  # exceptions and affixes are in place


def test_an_abbreviated_title_before_a_name_is_one_token_and_ends_no_sentence():
    nlp = load_nlp()
    words = [t.text for t in nlp.tokenizer("Lt. Col. Tomas Reyes met Capt. Ana Sol.")]
    assert words[:2] == ["Lt.", "Col."] and "Capt." in words
    doc = nlp("The minister of trade, Hon. Ruth Abara, today opened the plant.")
    assert "Hon." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1
    stock = spacy.load(SPACY_MODEL)  # which the model's own tokenizer splits
    assert "Hon." not in [t.text for t in stock.tokenizer("Hon. Ruth Abara")]
