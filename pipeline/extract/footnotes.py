"""Numbered references, as blogs, think-tank summaries and newsletters cite their sources.

"The navy's share climbs to 34 percent next year [1]." and, closing the piece,
"[1] Finance Ministry, Budget Bill 2026, Annex 4.": the marker
sends the reader to a source. The list at the end is found once per article
(`References.of`); its lines are the article's apparatus, not claims; a sentence that
carries a marker and no cue of its own is the cited source's (`credits.cited_source`
resolves the source phrase of the entry, as `trailing_credit` does a bracketed credit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "[3] State Customs Committee, monthly trade statistics." at the start of a line
_ENTRY = re.compile(r"^[ \t]*\[(\d{1,3})\][ \t]+(\S[^\n]*)$", re.MULTILINE)
# a marker: "[1]", "[2, 3]", "[4][5]" (the first number is the one cited)
_MARKER = re.compile(r"\[(\d{1,3})(?:\s*[,–-]\s*\d{1,3})*\]")
# the words before a person's or a body's name in an entry ("Interview with X, ...")
_LEAD_IN = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:interview|speech|statement|remarks|testimony|letter|briefing|"
    r"press\s+release|transcript\s+of\s+(?:an?\s+|the\s+)?\w+)\s+(?:with|by|of|from|to)\s+",
    re.IGNORECASE,
)
_FEWEST = 2  # entries a list needs: one bracketed line alone may be anything


@dataclass(frozen=True)
class Entry:
    number: int
    start: int  # of the entry's text after its number
    end: int
    source_start: int  # the phrase naming the source: the entry's first part, its lead-in off
    source_end: int


@dataclass(frozen=True)
class References:
    entries: dict[int, Entry]
    start: int  # the list's first character (its first entry's line); len(text) with none
    end: int

    @classmethod
    def of(cls, text: str) -> References:
        """The numbered list of an article: lines opening with "[n]" numbered from 1 up,
        one after another closing the text (blank lines and a heading between them
        allowed); no list where the lines are fewer than two or out of order."""
        found = list(_ENTRY.finditer(text))
        entries: dict[int, Entry] = {}
        first = None
        for m in found:
            number = int(m.group(1))
            if number != len(entries) + 1:
                entries, first = {}, None  # a new run starts only at 1
                if number != 1:
                    continue
            if first is None:
                first = m.start()
            entries[number] = _entry(number, m.start(2), m.end(2), text)
        if len(entries) < _FEWEST or text[max(e.end for e in entries.values()) :].strip():
            return cls({}, len(text), len(text))  # none, or not the text's last lines
        return cls(entries, first, len(text))

    def __bool__(self) -> bool:
        return bool(self.entries)

    def holds(self, start: int) -> bool:
        """Whether a character is in the list itself."""
        return bool(self.entries) and self.start <= start < self.end

    def cited(self, text: str, start: int, end: int) -> Entry | None:
        """The entry a sentence cites with a marker at its end ("... last year [1]." or the
        marker right after its full stop, where the sentence splitter left it outside)."""
        if not self.entries:
            return None
        body = text[start:end].rstrip().rstrip(".!…").rstrip()
        tail = None
        for m in _MARKER.finditer(body, max(0, len(body) - 12)):
            tail = m if not body[m.end() :].strip() else None
        if tail is None:
            at = end
            while at < len(text) and text[at] in " \t":
                at += 1
            tail = _MARKER.match(text, at)
            if tail is None:
                return None
        return self.entries.get(int(tail.group(1)))


def is_marker(text: str) -> bool:
    """Whether `text` is one numbered reference marker and nothing else ("[7]", "[2, 3]")."""
    return _MARKER.fullmatch(text) is not None


def marker_only(body: str) -> bool:
    """Whether a sentence is nothing but a marker ("[4]." split off a quotation's end)."""
    return bool(re.fullmatch(r"\s*(?:\[\d{1,3}\]\s*)+[.!…]?\s*", body))


def _entry(number: int, start: int, end: int, text: str) -> Entry:
    line = text[start:end]
    lead = _LEAD_IN.match(line)
    first = lead.end() if lead else 0
    stop = len(line.rstrip(". "))
    comma = line.find(",", first)
    if comma > 0:
        stop = comma
    if lead:  # "Speech by X to the Y Forum": X, not the forum
        place = re.search(r"\s(?:to|at|before|on|in)\s", line[first:stop])
        if place is not None:
            stop = first + place.start()
    return Entry(number, start, end, start + first, start + stop)
