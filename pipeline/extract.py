"""Extraction: one parsed article in, the claims of each sentence out.

For every sentence this stage asks the specialised extractors (attribution cues,
speakers, quantities, comparison) and decides which claims the sentence makes:
one per attributed source, or one unattributed claim when the sentence states
a figure or a comparison in the article's own voice. `normalize` turns the
drafts into validated `ClaimRecord`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .attribution import Cue, QuoteIndex, find_cues
from .comparisons import extract_comparison
from .quantities import extract_quantities
from .records import Comparison, Quantity, Speaker
from .nlp import sentences
from .speakers import SpeakerTracker

_MODE_RANK = {"direct_quote": 0, "indirect": 1, "according_to": 2}


@dataclass
class Draft:
    """A claim before normalisation: offsets index the article text."""

    sentence: Span
    cue: Cue | None
    speaker: Speaker | None
    quantities: list[Quantity] = field(default_factory=list)
    comparison: Comparison | None = None
    inherited: bool = False  # attribution carried over from a quote in an earlier sentence


@dataclass
class _OpenQuote:
    region: tuple[int, int]
    cue: Cue
    speakers: list[Speaker]


def extract_drafts(doc: Doc) -> list[Draft]:
    """All claim drafts of one parsed article, in reading order."""
    tracker = SpeakerTracker(doc)
    quotes = QuoteIndex(doc)
    drafts: list[Draft] = []
    open_quote: _OpenQuote | None = None
    for sent in sentences(doc):
        if sent.text.rstrip().endswith("?"):
            continue
        quantities = extract_quantities(sent)
        comparison = extract_comparison(sent, quantities)
        attributed = _attributed(sent, find_cues(sent, quotes), tracker)
        inherited = False
        if not attributed and open_quote is not None and _continues(sent, open_quote):
            attributed = [(open_quote.cue, s) for s in open_quote.speakers]
            inherited = True
        open_quote = _next_open_quote(sent, quotes, attributed, open_quote, inherited)
        if attributed:
            for cue, speaker in attributed:
                drafts.append(Draft(sent, cue, speaker, quantities, comparison, inherited))
        elif quantities or comparison is not None:
            drafts.append(Draft(sent, None, None, quantities, comparison))
    return drafts


def _attributed(sent: Span, cues: list[Cue], tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """One (cue, speaker) per distinct speaker; the strongest mode wins for a speaker."""
    best: dict[str, tuple[Cue, Speaker]] = {}
    order: list[str] = []
    for cue in cues:
        if cue.source is None:
            continue
        for speaker in tracker.resolve(cue.source):
            key = speaker.name
            if key not in best:
                order.append(key)
                best[key] = (cue, speaker)
            elif _MODE_RANK[cue.mode] < _MODE_RANK[best[key][0].mode]:
                best[key] = (cue, speaker)
    return [best[k] for k in order]


def _continues(sent: Span, open_quote: _OpenQuote) -> bool:
    """The sentence lies inside a quotation that an earlier sentence attributed."""
    start, end = open_quote.region
    return start < sent.start_char and end > sent.start_char


def _next_open_quote(sent, quotes, attributed, current, inherited) -> _OpenQuote | None:
    """The attributed quotation still open after this sentence, if any."""
    for cue, _speaker in attributed:
        if cue.mode != "direct_quote":
            continue
        for region in quotes.in_sentence(sent):
            if region[1] > sent.end_char:
                return _OpenQuote(region, cue, [s for c, s in attributed if c is cue])
    if inherited and current is not None and current.region[1] > sent.end_char:
        return current
    return None
