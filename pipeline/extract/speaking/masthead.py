"""The body an article is the publication of, as its masthead names it.

A bank's research note, an audit office's summary of findings or an institute's brief
is not a newspaper's story about a body: it is the body's own text, and it says so in a
line of its head that has no verb ("Holmbank Markets | Equity Research | Company update",
"Court of Audit of X: summary of findings on ..."). Where its narration also speaks as
"we" ("We raise our estimates", "What we examined"), the figures the article states in
its own voice are that body's (guideline: the organisation speaks when no person does).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span

from pipeline.extract.quotes import labelled
from pipeline.extract.speaking.titles import roles
from pipeline.nlp.model import doc_text
from pipeline.resources import lexicon

_HEAD_LINES = 6  # the lines of an article's head where a masthead may stand
_HEAD_CHARS = 1200  # and the characters looked at
# "Holmbank Markets | Equity Research | ...": a body and its desk, set apart by bars
_BARS = re.compile(r"[ \t]+\|[ \t]+")
# "Court of Audit of X: summary of findings ...": a body, a colon and its document
_COLON = re.compile(r"[ \t]*:[ \t]+")
# a body's name: capitalised words and the small words between them
_NAME = re.compile(r"[A-Z][\w'’&.-]*(?:[ \t]+(?:(?:of|and|for|the|on|&)[ \t]+)*[A-Z][\w'’&.-]*)*")
_NAME_WORDS = 8  # words of a masthead's body, at most
# the writers' own voice, outside quotation marks
_WE = frozenset({"we", "us", "our", "ours"})


def masthead_body(text: str, ents: Iterable[Span]) -> str | None:
    """The body a line of the article's head names as the one whose text this is: the
    first of parts set apart by bars ("Holmbank Markets | Equity Research"), when the
    tagger marks no person there, or the name before a colon whose words after it open
    with a document's noun ("Court of Audit of X: summary of findings"), when the tagger
    marks that name as an organisation. None for a line that is a sentence, and for an
    article with no such line."""
    head = text[:_HEAD_CHARS]
    starts = [0] + [m.end() for m in re.finditer(r"\n", head)]
    tagged = [(e.start_char, e.end_char, e.label_) for e in ents if e.start_char < _HEAD_CHARS]
    for start in starts[:_HEAD_LINES]:
        end = head.find("\n", start)
        line = head[start : len(head) if end < 0 else end]
        if not line.strip() or line.rstrip().endswith((".", "?", "!")):
            continue
        parts = _BARS.split(line.strip())
        if len(parts) >= 2:
            # (past a first part that is the document's own label: "Policy Brief 2025/07 |
            # X Centre for Strategic Studies | authors")
            if len(parts) >= 3 and _document_label(parts[0]):
                parts = parts[1:]
            name = _body_name(parts[0])
            at = start + line.find(parts[0])
            if name and not _tagged(tagged, at, at + len(name), {"PERSON", "GPE", "DATE"}):
                return name
            continue
        colon = _COLON.search(line)
        if colon is None:
            continue
        name = _body_name(line[: colon.start()])
        after = line[colon.end() :].split()
        if not name or not after or after[0].lower().strip(",;") not in _document_words():
            continue
        at = start + line.find(name)
        if _tagged(tagged, at, at + len(name), {"ORG"}, whole=True):
            return name
    return None


# "Published by the X Statistics Office (XSO), Friday 14 November": a line of the head
# that names the body whose release the article sums up
_PUBLISHED_BY = re.compile(r"[ \t]*(?:Published|Issued|Released|Compiled) by[ \t]+(?:the[ \t]+)?")


def release_publisher(text: str) -> str | None:
    """The body a line of the article's head names as the publisher of what the article
    sums up ("Published by the X Statistics Office (XSO), Friday ..."): its name, as
    capitalised words and the small words between them; None when no such line."""
    head = text[:_HEAD_CHARS]
    for line in head.split("\n")[:_HEAD_LINES]:
        found = _PUBLISHED_BY.match(line)
        if found is None:
            continue
        name = _NAME.match(line, found.end())
        if name is not None and 2 <= len(name.group(0).split()) <= _NAME_WORDS:
            return name.group(0)
    return None


# a ministry's name written in capitals on a line of its own ("MINISTRY OF FISHERIES AND
# COASTAL WORKS"), as the head of a ministry's own transcript or release sets it
_CAPITAL_MINISTRY = re.compile(r"[ \t]*(MINISTRY (?:OF|FOR) [A-Z][A-Z'’ &-]*[A-Z'’])[ \t]*")
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on"})


def head_ministry(text: str) -> str | None:
    """The ministry a line of the article's head names in capitals, as the ministry's own
    transcript or release heads its text ("MINISTRY OF FISHERIES AND COASTAL WORKS" ->
    "Ministry of Fisheries and Coastal Works"); None when no such line."""
    head = text[:_HEAD_CHARS]
    for line in head.split("\n")[:_HEAD_LINES]:
        found = _CAPITAL_MINISTRY.fullmatch(line)
        if found is not None:
            words = found.group(1).split()
            return " ".join(
                w.lower() if k and w.lower() in _SMALL_WORDS else w.capitalize()
                for k, w in enumerate(words)
            )
    return None


# parts of a head line set apart by a dash or a bar ("LATE EDITION | X State Radio")
_HEAD_PARTS = re.compile(r"[ \t]+[|—–-][ \t]+")


def head_outlet(text: str) -> str | None:
    """The broadcaster a line of the article's head names, as a programme's transcript
    heads its text ("LATE EDITION | X State Radio"): a part of the line set
    apart by a dash or a bar, written as a name with an outlet's word in it (lexicon
    `outlet_words`: "Television", "Radio"); None when no such line."""
    words = roles().outlet_words
    head = text[:_HEAD_CHARS]
    for line in head.split("\n")[:_HEAD_LINES]:
        if not line.strip() or line.rstrip().endswith((".", "?", "!")):
            continue
        for part in _HEAD_PARTS.split(line.strip()):
            name = _body_name(part)
            if name is not None and words & set(name.split()):
                return name
    return None


def speaks_as_body(doc: Doc, in_quote: Callable[[int], bool]) -> bool:
    """Whether the article's narration says "we" or "our" outside quotation marks (the
    body's writers speaking for it), not in a transcript's or an interview's line."""
    text = doc_text(doc)
    return any(
        t.lower_ in _WE
        and t.pos_ == "PRON"
        and not in_quote(t.idx)
        and not labelled(text, text.rfind("\n", 0, t.idx) + 1)
        for t in doc
    )


def _body_name(part: str) -> str | None:
    """A part of a masthead written as a body's name, whole: capitalised words and the
    small words between them, no more than a few."""
    part = part.strip()
    found = _NAME.fullmatch(part)
    if found is None or len(part.split()) > _NAME_WORDS or len(part.split()) < 2:
        return None
    return part


def _document_label(part: str) -> bool:
    """Whether a masthead's part names the kind of document it is ("Policy Brief 2025/07",
    "Working Paper No. 11"): its capitalised words end in a document's noun."""
    words = [w for w in part.split() if w[:1].isupper()]
    return bool(words) and words[-1].lower() in _document_words()


def _tagged(
    tagged: list[tuple[int, int, str]], start: int, end: int, labels: set[str], whole: bool = False
) -> bool:
    """Whether the tagger marks `start:end` with one of `labels`: an entity over all of it
    (`whole`), or one that overlaps it."""
    for a, b, label in tagged:
        if label not in labels:
            continue
        if whole and a <= start and end <= b + 1:
            return True
        if not whole and a < end and start < b:
            return True
    return False


def _document_words() -> frozenset[str]:
    """Nouns that open the words after a masthead's colon: a summary's ("summary",
    "findings") or a document's ("report", "brief")."""
    summary = lexicon("roles")["summary_nouns"]
    return frozenset(w.lower() for w in [*summary, *roles().document_nouns])
