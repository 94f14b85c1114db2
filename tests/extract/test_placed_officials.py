"""A government's official placed by the sentence that opens on a capital or a state
("In Oslo, Defence Minister X ..."): that state's, not the ministry of another state the
article named just before. Each row a form of our own writing."""

from __future__ import annotations

import pytest

from pipeline.extract.speaking.tracker import SpeakerTracker

_OPENING = (
    "Norway will buy 12 coastal radars from a Swedish supplier for 2.1 billion kronor, "
    "the Swedish Ministry of Defence said on Monday.\n\n"
)

PLACED_ROWS = [
    # (the sentence after the opening, the person, the organisation expected)
    (
        "In Oslo, Defence Minister Ingrid Halvorsrud told reporters that the radars would "
        "replace 30 older sets.",
        "Ingrid Halvorsrud",
        "Norway",
    ),
    (
        "At a briefing in Warsaw on Tuesday, Deputy Defence Minister Tomasz Wielgolaski said "
        "Poland had ordered 48 more howitzers this year.",
        "Tomasz Wielgolaski",
        "Poland",
    ),
    (  # a capital of two words
        "In New Delhi, Defence Secretary Arvind Kulkarnee said India would order 20 more.",
        "Arvind Kulkarnee",
        "India",
    ),
    (  # a state, not a capital
        "In Finland, Defence Minister Veikko Rautavaara said the army would need 40 more.",
        "Veikko Rautavaara",
        "Finland",
    ),
    (  # a guest in the capital: the ministry named before stands
        "In Oslo, visiting Defence Minister Pal Jonsson said Sweden would deliver 6 radars "
        "by June.",
        "Pal Jonsson",
        "Swedish Ministry of Defence",
    ),
    (  # the place belongs to an earlier clause: no placing
        "The radars were tested in Oslo last year; Defence Minister Erik Lindwall said 9 of "
        "them had failed.",
        "Erik Lindwall",
        "Swedish Ministry of Defence",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "org"), PLACED_ROWS)
def test_an_official_placed_by_the_sentence_is_of_the_state_placed(nlp, sentence, name, org):
    tracker = SpeakerTracker(nlp(_OPENING + sentence))
    assert tracker.persons[name].organization == org


def test_the_placed_states_own_ministry_named_before_is_kept(nlp):
    text = (
        "The Norwegian Ministry of Defence and its Swedish counterpart signed the radar "
        "deal on Monday. Sweden's Ministry of Defence said the first sets would ship in "
        "May.\n\nIn Oslo, Defence Minister Ingrid Halvorsrud said the radars would replace "
        "30 older sets."
    )
    person = SpeakerTracker(nlp(text)).persons["Ingrid Halvorsrud"]
    assert person.organization == "Norwegian Ministry of Defence"
