"""Real copy misspells names and leaves short mentions to the reader: a surname written
alone one letter off the surname of exactly one person the article named in full is that
person (whatever type the tagger gave the misspelt word); a pronoun that gives a
quotation its speaker goes on with the speaker of the sentence before, whose name told
no gender, rather than with a person that speaker only talked about; "One" alone as the
subject of a verb of saying right after a group was named as speaking is one of that
group, as "one of them" is ('one' of things is no speaker). The texts are written for
these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.speaking.people import _one_letter_off
from tests.extract.test_briefings_and_letters import _speaker_of

# (text, the opening of the sentence, the name of its record's speaker)
CASES = [
    pytest.param(
        "The union's deputy chair, Tereza Novakova, visited the yard on Tuesday. Novakowa "
        "said the navy had ordered 12 tugs.",
        "Novakowa said",
        "Tereza Novakova",
        id="a-letter-changed",
    ),
    pytest.param(
        "Two welders, Arvid Lindqvist and Marta Brenner, spoke after the shift. Brennar "
        "said Holm Yards had cut 300 jobs.",
        "Brennar said",
        "Marta Brenner",
        id="a-letter-changed-in-a-name-of-two",
    ),
    pytest.param(
        "The welder Ksenara Dovic spoke after the shift. Dovik said the yard had cut 300 jobs.",
        "Dovik said",
        "Ksenara Dovic",
        id="the-last-letter-changed",
    ),
    pytest.param(
        "Among the crews were two riggers, Ksenara McAllen and Piet Orlo. McCallen said "
        "the dock had lost 40 percent of its work.",
        "McCallen said",
        "Ksenara McAllen",
        id="a-letter-added-in-another-case",
    ),
    pytest.param(
        "Ksenara Dovic said Maria Ilves had misread the figures. “The fleet shrank by 12 "
        "ships, not 20,” she said.",
        "“The fleet shrank",
        "Ksenara Dovic",
        id="she-said-goes-on-with-the-speaker-not-with-whom-she-spoke-of",
    ),
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
    # guards
    pytest.param(
        "The ministry ordered 12 tugs and three frigates. One was delivered in 2024, the "
        "ministry said.",
        "One was delivered",
        "ministry",
        id="one-of-the-things-ordered-speaks-for-no-one",
    ),
    pytest.param(
        "Ksenara Dovic said Maria Ilves had misread the figures. She denied it on Friday, "
        "saying the cuts came to 4 percent.",
        "She denied it",
        "Maria Ilves",
        id="a-pronoun-with-no-quotation-answers-for-the-one-spoken-of",
    ),
    pytest.param(
        "Dorian Pascu said Hillary Vance had misread the figures. “The fleet shrank by 12 "
        "ships, not 20,” she said.",
        "“The fleet shrank",
        "Hillary Vance",
        id="a-speaker-whose-name-tells-another-gender",
    ),
    pytest.param(
        "The minister, Joran Hale, spoke first. Hall said the army would recruit 5,000 soldiers.",
        "Hall said",
        "Hall",
        id="a-short-surname-is-no-misspelling",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", CASES)
def test_who_a_short_mention_stands_for(text, opening, speaker):
    found = _speaker_of(text, opening)
    assert found is not None and found[0] == speaker


@pytest.mark.parametrize(
    "a, b, off",
    [
        ("Kallas", "Kallis", True),
        ("McArdle", "McCardle", True),
        ("Brenner", "Brennar", True),
        ("Brenner", "Brenn", False),  # two letters
        ("Brenner", "Trenner", False),  # the first letter
        ("Brenner", "Brenner", False),  # the same name
        ("Ivanova", "Ivanovaa", True),
        ("Dovic", "Dovicz", True),
        ("Dovic", "Divoc", False),
    ],
)
def test_one_letter_off(a, b, off):
    assert _one_letter_off(a, b) is off
    assert _one_letter_off(b, a) is off
