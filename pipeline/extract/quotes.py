"""Quotations: the character ranges of an article that are someone else's words.

`quote_regions` pairs quotation marks within each paragraph: curly quotes and
guillemets by their shape, straight double quotes in order, and the doubled
apostrophe (''...'') some wires and archives write for a double quote. A
quotation left open at the end of a paragraph runs to its end; the next paragraph
continues it unless it opens a transcript line ("SMITH: ...", `speaker_label`) or
opens with a mark of the other family (a curly quotation inside an excerpt in
straight quotes is a quotation of its own). `nested_regions` finds the quotations
in the other family inside one quotation of a paragraph, which the pairing folds
into the outer one.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“"}


def _marks(para: str) -> list[tuple[int, int, str]]:
    """(start, end, mark) of every quotation mark of one paragraph, in order."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(para):
        ch = para[i]
        if ch == "'" and para.startswith("''", i):
            out.append((i, i + 2, "''"))
            i += 2
            continue
        if ch in _QUOTE_PAIRS or ch in '”»"':
            out.append((i, i + 1, ch))
        i += 1
    return out


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of quotations (marks included), paired within each paragraph."""
    regions: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        open_at: int | None = None
        closer = ""
        for start, end, mark in _marks(para):
            if open_at is None:
                if mark in _QUOTE_PAIRS:
                    open_at, closer = start, _QUOTE_PAIRS[mark]
                elif mark in {'"', "''"}:
                    open_at, closer = start, mark
            elif mark == closer:
                regions.append((pos + open_at, pos + end))
                open_at = None
        if open_at is not None and len(para) - open_at > 1:
            regions.append((pos + open_at, pos + len(para.rstrip())))
        pos += len(para) + 1
    return regions


def nested_regions(text: str) -> list[tuple[int, int]]:
    """Quotations inside a quotation of the other family of marks, within one paragraph
    (an excerpt in straight quotes quoting someone in curly ones: '"... “It will
    close,” she said ..."'), which `quote_regions` folds into the outer one."""
    inner: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        outer: str | None = None  # the open outer quotation's closer
        open_at: int | None = None
        closer = ""
        for start, end, mark in _marks(para):
            if outer is None:
                if mark in _QUOTE_PAIRS:
                    outer = _QUOTE_PAIRS[mark]
                elif mark in {'"', "''"}:
                    outer = mark
                continue
            if open_at is not None:
                if mark == closer:
                    inner.append((pos + open_at, pos + end))
                    open_at = None
                continue
            if mark == outer:
                outer = None
            elif _straight(outer) and mark in _QUOTE_PAIRS:
                open_at, closer = start, _QUOTE_PAIRS[mark]
            elif not _straight(outer) and mark in {'"', "''"}:
                open_at, closer = start, mark
        pos += len(para) + 1
    return inner


_CLOSERS = {"”", "»", '"', "'"}


def _straight(mark: str) -> bool:
    """Whether a quotation mark is a typewriter one (" or ''), not a typographic one."""
    return mark[:1] in {'"', "'"}


# a transcript line's label: a name in capitals and a colon, after an opening quote mark
_LABEL = re.compile(
    r"[\"“]?[ \t]*((?:[A-Z][A-Z'’\-]*\.?[ \t]+){0,3}[A-Z][A-Z'’\-]+)[ \t]*:[ \t]+(?=\S)"
)


# an interview's label written as a name ("Berger: ...", "Anna Berger: ..."): a
# transcript label only where the same label opens two or more paragraphs
_NAME_LABEL = re.compile(
    r"[\"“]?[ \t]*((?:[A-Z][\w'’\-]*\.?[ \t]+){0,2}[A-Z][a-z][\w'’\-]*)[ \t]*:[ \t]+(?=\S)"
)


def speaker_label(text: str, start: int, end: int | None = None) -> re.Match | None:
    """The speaker label of a transcript line starting at `start` ("SMITH: ...",
    "\"MR. SMITH: ...", or "Berger: ..." when that label opens several paragraphs):
    group 1 is the label; None when there is none."""
    stop = len(text) if end is None else end
    found = _LABEL.match(text, start, stop)
    if found is None:
        found = _NAME_LABEL.match(text, start, stop)
        if found is not None and found.group(1) not in _name_labels(text):
            return None
    if found is None or sum(ch.isalpha() for ch in found.group(1)) < 2:
        return None
    return found


@lru_cache(maxsize=8)
def _name_labels(text: str) -> frozenset[str]:
    """Labels written as names that open two or more paragraphs of `text`."""
    found = (_NAME_LABEL.match(text, k) for k in _paragraph_starts(text))
    counts = Counter(m.group(1) for m in found if m is not None)
    return frozenset(label for label, n in counts.items() if n >= 2)


@lru_cache(maxsize=8)
def transcript_labels(text: str) -> Counter[str]:
    """How often each speaker label opens a paragraph of an article ("SMITH: ...");
    read once per article (do not change the Counter returned)."""
    found = (speaker_label(text, k) for k in _paragraph_starts(text))
    return Counter(m.group(1) for m in found if m is not None)


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _PARAGRAPH.finditer(text)]


_PARAGRAPH = re.compile(r"\n+")

# an interview's answer line ("A: ..."), in an article that also has question lines
_ANSWER = re.compile(r"[\"“]?[ \t]*(A)[ \t]*:[ \t]+(?=\S)")
_QUESTION_LINE = re.compile(r"(?m)^[\"“]?[ \t]*Q[ \t]*:[ \t]+\S")

ANSWER_LABEL = "A"


def opens_turn(text: str, sent: Span) -> re.Match | None:
    """The speaker label of the transcript line a sentence (a spaCy Span) opens: its
    paragraph starts with a label, in the sentence or split off just before it, or a
    paragraph inside it does (the sentencizer may glue 'Transcript:' to the next line). In a
    question-and-answer interview (lines "Q: ..." and "A: ..."), an answer line's
    label is `ANSWER_LABEL`."""
    starts = [text.rfind("\n", 0, sent.start_char) + 1]
    # a paragraph the sentencizer glued to the line before ('Transcript:' + 'SMITH: ...')
    k = text.find("\n", sent.start_char, sent.end_char - 1)
    while k >= 0:
        starts.append(k + 1)
        k = text.find("\n", k + 1, sent.end_char - 1)
    for line_start in starts:
        found = speaker_label(text, line_start, sent.end_char)
        if found is None:
            found = _ANSWER.match(text, line_start, sent.end_char)
            if found is not None and not _QUESTION_LINE.search(text):
                found = None
        if found is not None and found.end() >= sent.start_char:
            return found
    return None


def continued_quotations(
    text: str, regions: list[tuple[int, int]]
) -> dict[tuple[int, int], tuple[int, int]]:
    """Quotations that run over several paragraphs: a paragraph that ends inside an open
    quotation and a next paragraph that opens one are the same quotation. Maps each
    continuing region to the region where its quotation began."""
    head: dict[tuple[int, int], tuple[int, int]] = {}
    for first, second in zip(regions, regions[1:], strict=False):
        if text[first[1] - 1] in _CLOSERS:
            continue  # closed where it began
        gap = text[first[1] : second[0]]
        if gap.strip() or "\n" not in gap or speaker_label(text, second[0]) is not None:
            continue  # a transcript line opens a new speaker's turn
        if _straight(text[first[0]]) != _straight(text[second[0]]):
            # an excerpt in straight quotes whose paragraph opens with a curly one (or the
            # reverse): a quotation inside the excerpt, with its own cue, not the
            # excerpt's next paragraph
            continue
        head[second] = head.get(first, first)
    return head


def excerpts(
    text: str,
    regions: list[tuple[int, int]],
    head: dict[tuple[int, int], tuple[int, int]] | None = None,
) -> set[tuple[int, int]]:
    """Regions of a quoted excerpt that carries quotations of its own: a quotation left
    open at its paragraph's end, followed in the next paragraph by a quotation in the
    other family of marks (an excerpt in straight quotes, the people in it quoted in
    curly ones). The excerpt is narration from another writer: the people it names are
    who its inner quotations' pronouns refer to. Every paragraph of the excerpt counts.
    `head`: `continued_quotations(text, regions)` when the caller has it already."""
    head = continued_quotations(text, regions) if head is None else head
    found: set[tuple[int, int]] = set()
    for first, second in zip(regions, regions[1:], strict=False):
        if text[first[1] - 1] in _CLOSERS:
            continue
        gap = text[first[1] : second[0]]
        if (
            not gap.strip()
            and "\n" in gap
            and _straight(text[first[0]]) != _straight(text[second[0]])
        ):
            found.add(head.get(first, first))
    return {r for r in regions if head.get(r, r) in found}
