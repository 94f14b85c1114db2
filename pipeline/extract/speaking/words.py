"""Word sets the speaker modules share (pronouns, stop words and the like), where an
article's headline ends, and the sentence before another in its paragraph."""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.nlp.model import doc_text

_PRONOUNS = {
    "he": "he",
    "him": "he",
    "his": "he",
    "she": "she",
    "her": "she",
    "hers": "she",
}
_ORG_PRONOUNS = {"it", "its"}
# a whole word: a run of word characters and hyphens ("Kiel-based", "NAO")
WORD_RUN = re.compile(r"[\w-]+")
_RELATIVE = {"who", "which", "that", "whom"}
# endings of a nationality adjective ("Lusterian", "Polish", "Maltese", "Iraqi")
DEMONYM_ENDINGS = ("ian", "an", "ish", "ese", "i")
# words that say how many of a group spoke, not which group: "several analysts"
QUANTIFIERS = frozenset({"several", "some", "many", "few", "various", "numerous", "multiple"})

# a state's bodies named by a word after its adjective or name ("the Ombrian parliament")
STATE_BODY_NOUNS = frozenset({"parliament", "senate", "legislature", "embassy", "consulate"})
# words that say which level of a state governs, not which state: "the federal government"
GOVERNMENT_LEVELS = frozenset({"federal", "national", "central"})


def bare_government(head) -> bool:
    """Whether a state's body word (a spaCy Token: "government", "army") is written with
    "the" alone, or with "the" and a word for the level that governs ("the federal
    government"): a body the article does not name, the one of the state it is about."""
    lefts = [c.lower_ for c in head.lefts]
    return lefts == ["the"] or (
        len(lefts) == 2 and lefts[0] == "the" and lefts[1] in GOVERNMENT_LEVELS
    )


def headline_end(text: str) -> int:
    """Where the article's first line ends when it reads as a headline: one line of at
    most 200 characters that does not close like a sentence of prose; -1 otherwise (an
    article that opens with its first paragraph, as a transcript's introduction does)."""
    end = text.find("\n")
    first = text[:end].strip()
    if end < 0 or not first or len(first) > 200 or first[-1] in ".;,":
        return -1
    return end


def sentence_before(sent: Span) -> Span | None:
    """The sentence before `sent` in its paragraph; None where `sent` opens one (or where
    the sentence before runs over a paragraph's end: the sentencizer glued two)."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    return None if "\n" in doc_text(sent.doc)[before.start_char : sent.start_char] else before
