"""Datelines ("TALLINN, March 4 –", "GDANSK, Poland –") that open a news story:
the parser often makes the place the subject of the sentence after it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,40}\b(?:,[^–—\n]{0,60}?)?\s*[–—-]{1,2}\s")


def in_dateline(span: Span) -> bool:
    """True for a name inside its sentence's dateline ('OSTRAVA, 4 March (Wire Name) –')."""
    m = DATELINE.match(span.sent.text)
    return m is not None and span.end_char <= span.sent.start_char + m.end()


def past_dateline(tok: Token, sent: Span) -> Token | None:
    """A subject parsed inside a dateline ('TALLINN, March 4 – X will ...') is replaced
    by the first noun phrase after it."""
    m = DATELINE.match(sent.text)
    if m is None or tok.idx >= sent.start_char + m.end():
        return tok
    after = [t for t in sent if t.idx >= sent.start_char + m.end()]
    for t in after:
        if t.pos_ in ("PROPN", "NOUN") and (
            t.head.i == t.i or t.head.idx < t.idx or t.dep_ in ("conj", "nsubj", "ROOT")
        ):
            while t.dep_ == "compound" and t.head.i > t.i:
                t = t.head
            return t
    return None


def dateline_ends(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of each sentence's dateline, for `past_dateline_span`:
    found once per article, only in sentences that open with a word in capitals."""
    found = []
    for sent in doc.sents:
        first = sent[0]
        if not first.is_upper and not first.is_space:
            continue
        m = DATELINE.match(sent.text)
        if m is not None:
            found.append((sent.start_char, sent.start_char + m.end()))
    return found


def past_dateline_span(span: Span, ends: list[tuple[int, int]]) -> Span:
    """An entity the tagger ran on from a dateline into the name after it ("KESTOV -
    Harlow Ordnance" as one organisation): the part after the dateline (`ends`, from
    `dateline_ends`); else `span`."""
    for start, end in ends:
        if start <= span.start_char < end < span.end_char:
            trimmed = span.doc.char_span(
                end, span.end_char, label=span.label_, alignment_mode="contract"
            )
            return trimmed if trimmed is not None and len(trimmed) else span
    return span
