"""Sources credited at the end of a newsletter's item, bracketed or behind a dash, on
items written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import extract_drafts

NEWSLETTER = (
    "The Gunmetal Letter – a weekly note on the arms trade\n\n"
    "CONTRACTS\n\n"
    "• Ostmark has ordered 48 wheeled howitzers from Tallis Ordnance for about 380 million "
    "euros (Ostmarkian defence ministry). The deal includes spare barrels for three "
    "artillery batteries.\n\n"
    "• Pellin Radar will raise its output of coastal radars to 30 a year after a new order "
    "from the navy – Ada Veskin, Pellin's founder, speaking to a radio station.\n\n"
    "• Drone maker Skyvane raised 60 million euros in a funding round [company filing].\n\n"
    "• The Ostmark army took delivery of some 2,100 rockets every month this autumn, twice "
    "last year's rate (in euros).\n\n"
    "• Output at the plant rose by 12 percent (see below).\n"
)


@pytest.fixture(scope="module")
def drafts(nlp):
    found = extract_drafts(nlp(NEWSLETTER))

    def of(words: str):
        (draft,) = [d for d in found if words in d.sentence.text]
        return draft

    return of


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("Ostmark has ordered 48", "Ostmarkian Ministry of Defence",
                     id="a-body-in-brackets-before-the-full-stop"),
        pytest.param("The deal includes spare", "Ostmarkian Ministry of Defence",
                     id="the-item-s-next-sentence-keeps-its-credit"),
        pytest.param("Pellin Radar will raise", "Ada Veskin",
                     id="a-person-after-a-dash-closing-the-item"),
        pytest.param("Drone maker Skyvane raised", "Skyvane",
                     id="a-document-in-square-brackets-is-its-company-s"),
    ],
)  # fmt: skip
def test_a_credit_at_the_end_of_an_item_is_its_source(drafts, sentence, speaker):
    draft = drafts(sentence)
    assert draft.speaker is not None and draft.speaker.name == speaker
    assert draft.cue.mode == "according_to"
    assert draft.cue.cue[0] in "([–"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The Ostmark army took",
                     id="negative-a-bracket-of-a-preposition-is-no-credit-nor-the-last-item-s"),
        pytest.param("Output at the plant rose",
                     id="negative-a-bracket-naming-no-one-is-no-credit"),
    ],
)  # fmt: skip
def test_a_bracket_that_names_no_source_credits_nothing(drafts, sentence):
    assert drafts(sentence).speaker is None


def test_a_table_caption_s_bracket_stays_the_table_s_passage(nlp):
    text = (
        "Summary of a fact sheet the Norrland Arms Institute published on Monday.\n"
        "Key figures (Norrland Arms Institute estimates, May)\n"
        "State | Batteries | Interceptors\n"
        "Ostmark | 6 | 740\n"
    )
    rows = [d for d in extract_drafts(nlp(text)) if "740" in d.sentence.text]
    assert rows and all(d.speaker is not None for d in rows)
    assert all(d.speaker.name == "Norrland Arms Institute" for d in rows)
