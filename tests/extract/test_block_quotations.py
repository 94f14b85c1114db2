"""A paragraph quoted as a block whose quotation marks were lost with the page's layout:
a paragraph that is only a speaker and a verb of saying ending in a colon ("The admiral
added:") gives the next paragraph, when it holds no quotation mark, to that speaker; one
paragraph only, since nothing marks where a block ends. Its mode is indirect: no
quotation marks in the text say the words are the speaker's own. The texts are written
for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_briefings_and_letters import _records

_OPENING = (
    "Admiral Signe Varga, the head of the northern fleet, spoke to a radio host on "
    "Thursday about the delays at the yards.\n\n"
)
# paragraphs with nothing a claim or a speaker needs, so that the prefilter skips some
_FILLER = (
    "\n\nit was a long interview and most of it was about the weather and the sea.\n\n"
    "the host thanked her and the programme went on with music and a quiz."
)


def _found(text, opening):
    return [
        (
            r.speaker.name if r.speaker else None,
            r.attribution.mode if r.attribution else None,
            r.attribution.cue if r.attribution else None,
        )
        for r in _records(text)
        if r.claim_text.startswith(opening)
    ]


CASES = [
    pytest.param(
        _OPENING + "The admiral added:\n\nHalf of our frigates have not left port this "
        "year, and the yards keep moving the dates for the new hulls." + _FILLER,
        "Half of our frigates",
        [("Signe Varga", "indirect", "added")],
        id="the-title-added-and-a-colon",
    ),
    pytest.param(
        _OPENING + "She told the host:\n\nWe have no crews and no spares, and nobody in "
        "the capital listens to us any more." + _FILLER,
        "We have no crews",
        [("Signe Varga", "indirect", "told")],
        id="told-someone-and-a-colon",
    ),
    pytest.param(
        _OPENING + "Varga continued:\n\nThe yards promised us four hulls by the spring "
        "and delivered one." + _FILLER,
        "The yards promised",
        [("Signe Varga", "indirect", "continued")],
        id="continued-and-a-colon",
    ),
    # guards
    pytest.param(
        _OPENING + "The plan has three parts:\n\nThe yards will hire 400 welders, the "
        "navy will lease two tankers and the ministry will pay in advance." + _FILLER,
        "The yards will hire",
        [(None, None, None)],
        id="a-colon-after-no-verb-of-saying-introduces-no-quotation",
    ),
    pytest.param(
        _OPENING + "The admiral added:\n\nHalf of our frigates have not left port this "
        "year.\n\nThe navy has 14 frigates in its annual budget." + _FILLER,
        "The navy has",
        [(None, None, None)],
        id="the-block-is-one-paragraph",
    ),
    pytest.param(
        _OPENING + "The host asked:\n\nQ: How many frigates sailed in 2024?\n\nA: Four "
        "of them, all in the summer." + _FILLER,
        "Four of them",
        [("Signe Varga", "according_to", None)],  # (an interview: what she told the host)
        id="an-interview-line-is-no-block",
    ),
]


@pytest.mark.parametrize("text, opening, expected", CASES)
def test_block_quotations(text, opening, expected):
    found = _found(text, opening)
    if expected[0][2] is None and expected[0][0] is not None:
        found = [(name, mode, None) for name, mode, _ in found]
    assert found == expected
