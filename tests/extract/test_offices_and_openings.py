"""Who speaks, where the office or the source is given in the sentence before, after a
fronted phrase or in the story's opening: a title that describes the person named a
paragraph before, a spokesperson "for the ministry", a spokesman the parser hung on a
fronted agency's name, a report a story opens with and whose author the next paragraph
names, a president of the body the sentence before was about, a company's yard, a
service word in lower case. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_bodies_named_in_full import _fields

_ADMIRAL = (
    "The long patience of minehunters\n\n"
    "BERGEN — Solveig Tandberghaug served 31 years in the Norwegian navy, the last four at "
    "the head of its mine countermeasures flotilla.\n\n"
    "The retired rear admiral, now an adviser to a shipbroker in Bergen, agreed to talk "
    "about how fast the fleet can be renewed.\n\n"
    '"We can build two hulls a year at most," Tandberghaug said.'
)

_RAID = (
    "Ostravia says it downed three drones\n\n"
    "VELNO, Ostravia - The Ostravian Ministry of Defence said on Friday that air defences "
    "had downed three drones near the northern border.\n\n"
    "A spokesperson for the ministry, Major Ilse Brandvoll, said the drones had flown 22 "
    "kilometres into Ostravian airspace.\n\n"
    "In a statement relayed by the state-run Kessmark Press Service, a spokesman for "
    "Kessmark's foreign ministry said the drones were not theirs and that it owned only 12."
)

_MONITOR = (
    "Arms sales to the Sahel climb again\n\n"
    "Shipments of rifles and armoured trucks to the Sahel rose last year to the highest "
    "level on record, according to a report published on Wednesday.\n\n"
    "The Dakar Small Arms Observatory said it had logged 518 deliveries, up from 402.\n\n"
    "According to the report, trucks made up 38 percent of the value."
)

_DOCKERS = (
    "Riggers press for more pay\n\n"
    "The Kalvik Riggers' Association, which says it speaks for 450 riggers, warned that pay "
    "trails other yards by a sixth. Its president, Brage Holtermann, said 70 riggers had "
    "quit since March."
)

_YARD = (
    "The Norhavn Shipbuilding yard in western Norway will double its dock space, the "
    "governor said on Monday.\n\n"
    "Ingrid Solhaugen, the yard's spokeswoman, said it would build a 260-metre dock by 2027."
    "\n\nCommander Petter Lysaker, a navy spokesman, said repairs at the yard would cut "
    "waiting times by 30 percent."
)


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            _ADMIRAL,
            '"We can build',
            ("Solveig Tandberghaug", "retired rear admiral", None),
            id="a-title-opening-the-next-paragraph-describes-the-person-named-last",
        ),
        pytest.param(
            _RAID,
            "A spokesperson for the ministry",
            ("Ilse Brandvoll", "spokesperson", "Ostravian Ministry of Defence"),
            id="a-spokesperson-for-the-ministry-is-the-ministry-s",
        ),
        pytest.param(
            _MONITOR,
            "Shipments of rifles",
            ("Dakar Small Arms Observatory", None, None),
            id="a-lede-s-report-is-the-body-the-next-paragraph-has-speak",
        ),
        pytest.param(
            _MONITOR,
            "According to the report",
            ("Dakar Small Arms Observatory", None, None),
            id="the-report-again-is-that-body-s",
        ),
        pytest.param(
            _DOCKERS,
            "Its president",
            ("Brage Holtermann", "president", "Kalvik Riggers' Association"),
            id="its-president-after-a-body-named-as-the-subject-before",
        ),
        pytest.param(
            _YARD,
            "Commander Petter Lysaker",
            ("Petter Lysaker", "spokesman", "Norwegian Navy"),
            id="a-service-word-in-lower-case-is-the-article-s-service",
        ),
    ],
)
def test_offices_and_openings(text: str, opening: str, expected: tuple) -> None:
    assert _fields(text, opening) == expected


def test_a_spokesman_hung_on_a_fronted_agency_speaks() -> None:
    """ "In a statement relayed by the X Press Service, a spokesman for Y said ...": the
    parser hangs the spokesman on the agency's name; the spokesman speaks, the agency
    is no person."""
    name, role, org = _fields(_RAID, "In a statement relayed")
    assert role == "spokesman"
    assert "Press Service" not in name
    assert org is not None and "Ministry" in org


def test_a_state_s_president_keeps_the_state() -> None:
    """ "Its president" after a sentence about a state is the state's, not a body's."""
    text = (
        "Ostravia will buy 40 tanks from Kessmark, the ministry said. Its president, Janne "
        "Velloch, said the deal was worth 2 billion euros."
    )
    assert _fields(text, "Its president")[2] != "Kessmark"


def test_a_title_is_no_person_named_next_with_another_title() -> None:
    """ "the governor said" is not the person the next paragraph introduces as the yard's
    spokeswoman: her own title is another office."""
    assert _fields(_YARD, "The Norhavn Shipbuilding yard")[0] != "Ingrid Solhaugen"
