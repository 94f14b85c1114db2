"""The spaCy pipeline as the extractors use it: en_core_web_sm plus paragraph boundaries.

A line break always ends a sentence (headlines have no full stop), and sentence
spans are trimmed of surrounding white space so that their text is exactly what
a reader would copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .resources import load_nlp


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence at the first token after a line break."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


@cache
def get_nlp():
    """The loaded pipeline with `paragraph_boundaries` before the parser (once per process)."""
    nlp = load_nlp()
    if "paragraph_boundaries" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
    return nlp


def sentences(doc: Doc) -> Iterator[Span]:
    """Sentence spans with leading and trailing white-space tokens removed; blank ones skipped."""
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            yield doc[start:end]
