"""Real copy misspells names and leaves pronouns to the reader: a surname written alone
one letter off the surname of exactly one person the article named in full is that
person (whatever type the tagger gave the misspelt word), and a pronoun that gives a
quotation its speaker goes on with the speaker of the sentence before, whose name told
no gender, rather than with a person that speaker only talked about. The texts are
written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.speaking.people import _one_letter_off
from tests.extract.test_briefings_and_letters import _records

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
    # guards
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
def test_misspelt_surnames_and_quoting_pronouns(text, opening, speaker):
    found = [r for r in _records(text) if r.sentence.startswith(opening)]
    assert found, f"no record opens with {opening!r}"
    assert found[0].speaker is not None and found[0].speaker.name == speaker


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
