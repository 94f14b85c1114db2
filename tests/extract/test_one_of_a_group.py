"""'One' alone as the subject of a verb of saying, right after a group was named as
speaking, is one of that group, as "one of them" is; 'one' of things is no speaker. The
texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_briefings_and_letters import _records

# (text, the opening of the sentence, its record's speaker name, or None for no speaker)
CASES = [
    pytest.param(
        "Two Western diplomats in Kessel said donors were reviewing their pledges. One "
        "added that her ministry had frozen a credit line of 20 million euros.",
        "One added",
        "one of the Western diplomats",
        id="one-after-a-counted-group",
    ),
    pytest.param(
        "Three engineers at the yard said the dry dock had flooded twice. One told the "
        "Courier that repairs would cost 4 million euros.",
        "One told",
        "one of the engineers at the yard",
        id="one-after-a-group-with-a-workplace",
    ),
    pytest.param(
        "Analysts expect 40 launches this year. One said the figure could reach 55.",
        "One said",
        "one of the analysts",
        id="one-after-a-group-opening-its-sentence",
    ),
    # guard
    pytest.param(
        "The ministry ordered 12 tugs and three frigates. One was delivered in 2024, the "
        "ministry said.",
        "One was delivered",
        "ministry",
        id="one-of-the-things-ordered-speaks-for-no-one",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", CASES)
def test_one_of_a_group(text, opening, speaker):
    found = [r for r in _records(text) if r.sentence.startswith(opening)]
    assert found, f"no record opens with {opening!r}"
    assert found[0].speaker is not None and found[0].speaker.name == speaker
