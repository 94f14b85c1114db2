"""Who a profile's subject works for, bodies named after a word of their kind, and
pronouns for names a census list does not know: each row a form of our own writing."""

from __future__ import annotations

import pytest

from pipeline.extract.coref import name_gender
from pipeline.extract.speaking.tracker import SpeakerTracker
from tests.extract.test_speakers import _speaker_of

_PROFILE = (
    "PORT HALDEN — Ingrid Valsøe keeps a brass propeller blade propped against the window "
    "of her office.\n\n"
    '"It came off the first hull we ever sold to the coast guard," she says.\n\n'
    "Naval work now brings in 58 percent of sales at Marrow Dockyards, the shipyard "
    "that she has run as managing director since 2015.\n\n"
    "Valsøe says the yard could take on 150 more fitters this year if it could find them."
)


def test_a_clause_on_a_body_that_she_runs_as_an_office_gives_office_and_body(nlp):
    """'Y, the yard that she has run as managing director since 2015': her title and Y,
    for every record of hers, the quotation before it as well."""
    tracker = SpeakerTracker(nlp(_PROFILE))
    person = tracker.persons["Ingrid Valsøe"]
    assert (person.role, person.organization) == ("managing director", "Marrow Dockyards")


def test_a_clause_that_leads_nothing_gives_no_office(nlp):
    text = (
        "Oskar Brenne joined the board in 2019. Brenne praised Marrow Dockyards, the yard "
        "that he visited as a student in 1990, and said orders had doubled."
    )
    person = SpeakerTracker(nlp(text)).persons["Oskar Brenne"]
    assert person.role is None


_MAKER = (
    "Norway will buy 40 armoured trucks from the Portuguese manufacturer Ardel Sistemas "
    "Navais, the defence ministry said on Monday. The contract was signed by Tiago "
    "Mendonça, the company's chief executive, during a ceremony in Lisbon that Norway's "
    "envoy attended. Mendonça said the first 10 trucks would leave the plant in May. "
    "Ardel said separately that it was talking to two other governments about 60 more."
)


def test_a_name_of_several_words_after_a_word_of_its_kind_is_that_body(nlp):
    tracker = SpeakerTracker(nlp(_MAKER))
    assert "Ardel Sistemas Navais" not in tracker.persons
    person = tracker.persons["Tiago Mendonça"]
    assert (person.role, person.organization) == ("chief executive", "Ardel Sistemas Navais")


def test_a_given_name_after_a_word_of_a_trade_is_still_a_person(nlp):
    text = "The film was made by producer Maria Lindqvist, who said it cost 2 million euros."
    assert "Maria Lindqvist" in SpeakerTracker(nlp(text)).persons


_DAILY = (
    "The business daily Vestnik Torgovli reported that the plant would close in 2027. "
    "It said 900 jobs would go."
)


def test_a_daily_before_a_name_is_an_outlet_not_a_person(nlp):
    assert "Vestnik Torgovli" not in SpeakerTracker(nlp(_DAILY)).persons


def test_a_name_in_letters_beyond_western_europe_s_is_not_its_bare_form():
    """'Jānis' is a man's name in Latvian; the census's 'Janis' a woman's: no gender
    from the list, where 'Renée' is still 'Renee'."""
    assert name_gender("Jānis Bērziņš") is None
    assert name_gender("Renée Ostrander") == "she"


SPEAKER_ROWS = [
    pytest.param(
        _MAKER,
        "Ardel said separately",
        "Ardel Sistemas Navais",
        id="a-body-named-after-a-word-of-its-kind-is-named-again-by-its-first-word",
    ),
    pytest.param(_DAILY, "The business daily", "Vestnik Torgovli", id="a-daily-speaks"),
    pytest.param(
        "Marrow Dockyards launched its third patrol boat on Friday. The yard said on "
        "Monday that its profit rose to 12 million euros in 2025.",
        "The yard said",
        "Marrow Dockyards",
        id="the-yard-is-the-shipbuilder-named-before",
    ),
    pytest.param(
        "Marrow Dockyards launched its third patrol boat on Friday. Union officials at "
        "the yard say fitters logged 80,000 overtime hours in 2025.",
        "Union officials",
        "Union officials",
        id="a-group-its-modifier-types-is-not-the-voice-of-the-body-it-works-at",
    ),
    pytest.param(
        "Marrow Dockyards launched its third patrol boat on Friday. Three engineers at "
        "the yard said the next hull would take 20 months.",
        "Three engineers",
        "engineers at the yard",
        id="negative-a-bare-group-at-a-body-speaks-for-it-as-before",
    ),
    pytest.param(
        "Colonel Jānis Bērziņš, the army's artillery chief, sat beside Andrejs Kalns at "
        "the hearing. Kalns, an opposition deputy, said the budget was too small. Colonel "
        "Bērziņš, who had said little all morning, spoke only when the chairwoman asked him "
        "about training. His gunners fired 9,000 rounds last year, he said.",
        "His gunners",
        "Jānis Bērziņš",
        id="a-latvian-man-s-pronoun-is-he",
    ),
    pytest.param(
        "The frigate will not sail before 2031, three years late, according to the "
        "Tarnow daily Gazeta Portowa.",
        "The frigate",
        "Gazeta Portowa",
        id="a-town-before-a-daily-is-no-person-and-the-daily-speaks",
    ),
    pytest.param(
        "According to the Halden business daily Nordre Tidende, the yard will cut 300 "
        "jobs next year.",
        "According to the Halden",
        "Nordre Tidende",
        id="a-daily-the-parser-split-from-its-description-is-the-source",
    ),
    pytest.param(
        "According to the weekly Tidens Gang, two of the four boats have not sailed since March.",
        "According to the weekly",
        "Tidens Gang",
        id="negative-a-weekly-named-right-after-its-word-as-before",
    ),
    pytest.param(
        # the forum the article named in full (the tagger took its name for a
        # building's), not a person called Varnholt
        "Lene Marstrand, an economist at the Varnholt Policy Forum in Bergen, said orders had "
        "doubled. The Varnholt forum's latest model, released in March, puts total output in "
        "2025 at 640,000 rounds.",
        "The Varnholt forum",
        "Varnholt Policy Forum",
        id="a-body-s-model-that-puts-a-figure-at-is-the-body-s",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", SPEAKER_ROWS)
def test_who_speaks(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected
