"""Sources credited at the end of an item, as newsletters, briefs and digests write them.

"Jostria ordered 36 howitzers for 410 million euros (the defence ministry)." or
"... 40,000 radios a year – Anna Berg, its founder, speaking to a radio station."
A sentence with no cue of its own that ends on a bracketed source, or whose paragraph
ends on one behind a dash set off by spaces, is that source's, with mode
according_to. The credit must name someone the speaker tracker can resolve: a person,
a body, a typed group or a document ("[company filing]"); a bracket holding a figure,
a date or a word that names no one ("(in euros)", "(see below)") is no credit.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.attribution import Cue
from pipeline.extract.footnotes import References
from pipeline.extract.speakers import SpeakerTracker
from pipeline.records.models import Speaker

_BRACKETS = {")": "(", "]": "["}
_DASHES = {"–", "—"}
_MARKS = frozenset(_BRACKETS.values()) | _DASHES  # the cue text of a credit
_LONGEST = 20  # tokens in a credit, at most: a longer one is an aside
_LONGEST_NAME = 8  # tokens of the credit's source phrase, at most
_ENDS = {".", "!", "…"}


def trailing_credit(sent: Span, text: str, tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """The source a sentence credits at its end, with mode according_to, or nothing."""
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text not in _ENDS:
        return []  # a caption ("Key figures (X estimates)") opens its table's passage instead
    while words and words[-1].text in _ENDS:
        words.pop()
    if len(words) < 3:
        return []
    credit = _bracketed(words) if words[-1].text in _BRACKETS else _after_dash(words, text)
    if credit is None:
        return []
    mark, inner = credit
    if not inner or len(inner) > _LONGEST or any(t.like_num for t in inner):
        return []
    first = []  # "X, its founder, speaking to a radio station": X
    for tok in inner:
        if tok.text in {",", ";", ":"}:
            break
        first.append(tok)
    nouns = [t for t in first if t.pos_ in {"NOUN", "PROPN"}]
    if not nouns or len(first) > _LONGEST_NAME or first[0].pos_ == "ADP":  # "(in euros)"
        return []
    head = nouns[-1]
    found = tracker.resolve(head, describe=True)
    if len(found) != 1:
        return []
    end = inner[-1].idx + len(inner[-1].text)
    if mark.text in _BRACKETS.values():
        end += 1  # the closing bracket
    cue = Cue(
        mode="according_to",
        cue=text[mark.idx : end],  # the whole credit: "(the defence ministry)"
        cue_start=mark.idx,
        cue_end=end,
        stance="neutral",
        source=head,
        content_start=sent.start_char,
        content_end=mark.idx,
        speech=False,
    )
    return [(cue, found[0])]


def cited_source(
    sent: Span, text: str, tracker: SpeakerTracker, references: References
) -> list[tuple[Cue, Speaker]]:
    """The source of the numbered reference a sentence cites at its end ("... climbs to
    34 percent next year [1]." with "[1] Finance Ministry, Budget Bill ..." closing the
    article), with mode according_to, or nothing. The entry's source phrase is resolved
    as a bracketed credit is; where the tracker reads past it, a phrase of capitalised
    words names the body itself."""
    entry = references.cited(text, sent.start_char, sent.end_char)
    if entry is None:
        return []
    phrase = sent.doc.char_span(entry.source_start, entry.source_end, alignment_mode="expand")
    if phrase is None or not len(phrase) or len(phrase) > _LONGEST_NAME:
        return []
    head = phrase.root
    if head.pos_ not in {"NOUN", "PROPN"}:
        return []
    found = tracker.resolve(head, describe=True)
    if len(found) != 1 or found[0].mention not in phrase.text:
        # "[1] Finance Ministry, Budget Bill for ...": the tracker read past the entry's
        # first part (a title after it taken for a name); the part names the source
        words = [t for t in phrase if not (t.i == phrase.start and t.lower_ == "the")]
        if not words or not all(t.text[:1].isupper() or t.is_stop for t in words):
            return []
        name = phrase.doc[words[0].i : words[-1].i + 1].text
        found = [Speaker(name=name, mention=phrase.text, kind="organization")]
    marker = text.find(f"[{entry.number}", sent.start_char)
    cue = Cue(
        mode="according_to",
        cue=f"[{entry.number}]",
        cue_start=marker,
        cue_end=marker + len(f"[{entry.number}]"),
        stance="neutral",
        source=head,
        content_start=sent.start_char,
        content_end=min(marker, sent.end_char),
        speech=False,
    )
    return [(cue, found[0])]


def is_credit(cue: Cue) -> bool:
    """Whether a cue is a credit `trailing_credit` read (not a caption's bracket, not a
    numbered reference's marker, which cites its own sentence only)."""
    return (
        cue.cue[:1] in _MARKS
        and len(cue.cue) > 1
        and cue.mode == "according_to"
        and not cue.cue[1:-1].isdigit()
    )


def _bracketed(words: list[Token]) -> tuple[Token, list[Token]] | None:
    """A bracket closing the sentence: its opening mark and the words inside."""
    opener = _BRACKETS[words[-1].text]
    for k in range(len(words) - 2, 0, -1):
        if words[k].text in _BRACKETS:
            return None  # a bracket inside the bracket
        if words[k].text == opener:
            return words[k], words[k + 1 : -1]
    return None


def _after_dash(words: list[Token], text: str) -> tuple[Token, list[Token]] | None:
    """A dash set off by spaces before the words that close the paragraph."""
    last = words[-1]
    rest = text[last.idx + len(last.text) :]
    if rest.split("\n", 1)[0].strip(" .!…\t"):
        return None  # the paragraph goes on
    for k in range(len(words) - 2, 0, -1):
        tok = words[k]
        if tok.text in _DASHES and tok.whitespace_ and text[tok.idx - 1 : tok.idx] == " ":
            return tok, words[k + 1 :]
    return None
