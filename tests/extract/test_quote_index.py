"""`QuoteIndex.inside` by bisection gives what a scan of every region gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


class _At:
    """A stand-in token: `QuoteIndex.inside` reads only its character offset."""

    def __init__(self, idx: int) -> None:
        self.idx = idx


def _index_with(regions: list[tuple[int, int]]):
    from pipeline.extract.attribution import QuoteIndex

    index = QuoteIndex.__new__(QuoteIndex)  # regions set directly, no document needed
    index.regions = regions
    return index


@pytest.mark.parametrize(
    "regions, inside, outside",
    [
        ([(10, 20)], [11, 15, 18], [9, 10, 19, 20, 25]),  # a < idx < b - 1
        ([(10, 20), (30, 40)], [11, 31, 38], [0, 19, 25, 39]),
        ([(30, 40), (10, 20)], [11, 31], [25]),  # out of order
        ([(10, 30), (15, 20)], [11, 16, 25, 28], [29, 30]),  # nested
        ([(10, 20), (19, 30)], [11, 18, 20, 28], [19, 29]),  # 19 ends one, starts the next
        ([(5, 6), (7, 7)], [], [5, 6, 7]),  # ranges that hold no offset
        ([], [], [0, 1]),
    ],
)
def test_quote_index_inside_table(regions, inside, outside):
    index = _index_with(regions)
    assert [i for i in inside if index.inside(_At(i))] == inside
    assert [i for i in outside if index.inside(_At(i))] == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=8),
    st.lists(st.integers(-2, 100), min_size=1, max_size=30),
)
def test_quote_index_inside_matches_a_linear_scan(spans, offsets):
    regions = [(a, a + length) for a, length in spans]
    index = _index_with(regions)
    for idx in offsets:
        expected = any(a < idx < b - 1 for a, b in regions)
        assert index.inside(_At(idx)) is expected, (regions, idx)
    index.regions = regions[:1]  # a new list of regions is read again
    for idx in offsets:
        assert index.inside(_At(idx)) is any(a < idx < b - 1 for a, b in regions[:1])


CLAIM_QUOTES = [
    # (text, the quotation's first words, whether it carries the sentence's claim)
    (
        '"Far too slow, and far too expensive," said Tomas Lind, who has piloted ships there.',
        "Far too",
        True,
    ),
    ('"Harbour Lights" opened on Friday at the town hall.', "Harbour Lights", False),
    ('"On costs," Tomas Lind said, "the port is well ahead."', "On costs", False),
    ('"The port," Tomas Lind said, "is well ahead on costs."', "The port", True),
    ('"The port," Tomas Lind said, "is well ahead on costs."', "is well", True),
    ('Tomas Lind called the plan "a folly" on Friday.', "a folly", False),
]


@pytest.mark.parametrize("text, opening, expected", CLAIM_QUOTES)
def test_claim_quotations(nlp, text, opening, expected):
    """Utterances that open their sentence, and the pieces of a quotation split around
    its cue, carry a claim; a quoted title or epithet does not."""
    from pipeline.extract.attribution import QuoteIndex
    from pipeline.nlp.model import sentences

    doc = nlp(text)
    index = QuoteIndex(doc)
    sent = next(iter(sentences(doc)))
    region = next(r for r in index.regions if text[r[0] + 1 :].startswith(opening))
    assert index.is_claim_quote(region, sent) is expected
