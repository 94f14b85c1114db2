"""Who a source is when the article says it in passing: the body that gave out a
document in a relative clause without "that" (whatever the parser made of it), a part of
a document with its own publisher, a schedule as a document, a listed company's statement
lodged with an exchange, a company's name the tagger ran on into a sum, a company named
after a description that closes with it, a town the tagger took for a body, a trade
worked on a works' shop floor, a title of another office named in the next sentence, a
party named by its family's word, and a minister of the state his sentence is about.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_bodies_named_in_full import _fields

_GRANT = (
    "Brannoch to fund a second fuse line\n\n"
    "The Brannoch Ministry of Defence will pay Kestrel Arms 650 million crowns for a "
    "second line, the company said on Tuesday.\n\n"
    "The line will need 180 more staff by 2027, according to a hiring schedule the ministry "
    "shared with unions.\n\n"
    "Kestrel had been paid 90 million crowns by April, according to a ministry disbursement "
    "schedule seen by this newspaper.\n\n"
    "Brannoch will spend 1.4 billion crowns on fuses over five years, according to a "
    "funding annex the ministry released in March.\n\n"
    "Fuse output rose 35 percent last year, according to figures the company released on "
    "Friday."
)

_FEATURE = (
    "In an old bus garage, Drummar learns to build mortars\n\n"
    "KESSLOW, Drummar - By six the car park of the former garage is full.\n\n"
    "The firm that owns the site, Tallisker Vantor, began in 2019 in a rented barn. It "
    "made 700 mortars last year and aims for 2,000 this year, said Elke Vanterpoel, the "
    "site manager.\n\n"
    "The garage has friends in high places, among them the county governor, Maud "
    "Ellingsrud.\n\n"
    "Sorcha Nimmerfall, a machinist, bores barrels on the second production line, which "
    "has eight stations. Until last year she repaired tractors in Loddby.\n\n"
    '"I earn a fifth more here than I did on farm machines," she said.'
)

_TEAM = (
    "A bus garage becomes a mortar works\n\n"
    "The company that owns the garage, Kestrel Arms, opened it in 2021. It filled 900 bombs "
    "last year, said Tor Haldane, the works manager.\n\n"
    "Ilse Brannvik, a fitter, seals fuze housings on the third assembly line. Until last "
    "year she salted cod at a fish plant in \u00d6vertorne\u00e5.\n\n"
    "Mira Kallasvuo, an engineer, leads the team that test-fires every tenth bomb.\n\n"
    '"We have not had a dud since March," Kallasvuo said.'
)

_HALF_YEAR = (
    "Penrith Dockyards wins corvette refit\n\n"
    "Penrith Dockyards has won a 210 million dollar order to refit three corvettes, the "
    "shipbuilder said on Monday.\n\n"
    "Half-year revenue rose to 655 million dollars from 530 million dollars, according to a "
    "half-year statement filed on Tuesday with the Carrick Stock Exchange.\n\n"
    "Net profit climbed 12 percent, according to a filing with the exchange.\n\n"
    "The navy will spend 30 million dollars on spares, according to a statement sent to "
    "reporters."
)

_TWO_MINISTERS = (
    "KESTRAL \u2014 Varnland now fills 25,000 mortar bombs a month, its defence minister "
    "said.\n\n"
    "Ostmark's Ministry of Industry replied in a written note that plants across the "
    "country had doubled their output within a year.\n\n"
    "Industry Minister Hedda Lowenskjold, speaking on state radio, said the plants employed "
    "2,900 people."
)


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            _GRANT,
            "The Brannoch Ministry",
            ("Kestrel Arms", None, None),
            id="a-name-run-on-into-a-sum-is-cut-before-it",
        ),
        pytest.param(
            _GRANT,
            "The line will need",
            ("Brannoch Ministry of Defence", None, None),
            id="a-schedule-a-body-shared-is-its-document",
        ),
        pytest.param(
            _GRANT,
            "Kestrel had been paid",
            ("Brannoch Ministry of Defence", None, None),
            id="a-body-s-word-before-a-schedule-names-its-author",
        ),
        pytest.param(
            _GRANT,
            "Brannoch will spend",
            ("Brannoch Ministry of Defence", None, None),
            id="a-part-of-a-document-a-body-released-is-that-body-s",
        ),
        pytest.param(
            _GRANT,
            "Fuse output rose",
            ("Kestrel Arms", None, None),
            id="figures-the-company-released-without-that",
        ),
        pytest.param(
            _FEATURE,
            "It made 700 mortars",
            ("Elke Vanterpoel", "site manager", "Tallisker Vantor"),
            id="a-name-closing-a-description-with-a-clause-is-of-its-kind",
        ),
        pytest.param(
            _FEATURE,
            '"I earn a fifth',
            ("Sorcha Nimmerfall", "machinist", "Tallisker Vantor"),
            id="a-trade-worked-on-the-works-line-is-the-works-company-s",
        ),
        pytest.param(
            _HALF_YEAR,
            "Half-year revenue",
            ("Penrith Dockyards", None, None),
            id="a-statement-lodged-with-an-exchange-is-the-listed-company-s",
        ),
        pytest.param(
            _HALF_YEAR,
            "Net profit climbed",
            ("Penrith Dockyards", None, None),
            id="a-filing-with-the-exchange-is-the-listed-company-s",
        ),
        pytest.param(
            _TEAM,
            '"We have not had a dud',
            ("Mira Kallasvuo", "engineer", "Kestrel Arms"),
            id="a-town-the-tagger-took-for-a-body-leads-no-team",
        ),
    ],
)
def test_source_said_in_passing(text: str, opening: str, expected: tuple) -> None:
    assert _fields(text, opening) == expected


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            "Harrowgate Ordnance makes mortars in Drummar. Elke Vanterpoel, a machinist, "
            'repairs tractors on the family farm. "We were slow then," she said.',
            '"We were slow',
            ("Elke Vanterpoel", "machinist", None),
            id="a-trade-worked-off-the-shop-floor-gives-no-company",
        ),
        pytest.param(
            "Fuse output rose 35 percent last year, according to figures the Drummar "
            "Statistics Office released on Friday.",
            "Fuse output",
            ("Drummar Statistics Office", None, None),
            id="a-named-body-releasing-figures-keeps-its-own-name",
        ),
        pytest.param(
            _HALF_YEAR,
            "The navy will spend",
            ("statement", None, None),
            id="a-statement-sent-to-reporters-is-no-company-s-filing",
        ),
    ],
)
def test_what_does_not_change(text: str, opening: str, expected: tuple) -> None:
    assert _fields(text, opening) == expected


def test_a_title_of_another_office_is_no_person_named_next() -> None:
    """ "its defence minister said" is not the "Industry Minister" the next paragraphs
    name: the words that say which office differ; she keeps her own."""
    name, role, _org = _fields(_TWO_MINISTERS, "KESTRAL")
    assert (name, role) != ("Hedda Lowenskjold", "Industry Minister")
    assert role == "defence minister"
    assert _fields(_TWO_MINISTERS, "Industry Minister")[:2] == (
        "Hedda Lowenskjold",
        "Industry Minister",
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Liberal defence critic Anneke Vosburgh said the navy had 11 ships ready for sea, "
            "against 19 in 2015.",
            ("Anneke Vosburgh", "defence critic", "Liberal Party"),
            id="a-family-word-before-a-portfolio-and-a-title",
        ),
        pytest.param(
            "Ruud Aalbersen, a Labour MP, said the fleet had shrunk by a third.",
            ("Ruud Aalbersen", "MP", "Labour Party"),
            id="a-family-word-before-mp-is-a-party-not-a-seat",
        ),
        pytest.param(
            "Tory MP Giles Ashburnham said costs had doubled since 2021.",
            ("Giles Ashburnham", "MP", "Conservative Party"),
            id="a-family-s-other-name",
        ),
        pytest.param(
            "Ruud Aalbersen, the MP for Harlow West, said the fleet had shrunk by a third.",
            ("Ruud Aalbersen", "MP", None),
            id="a-seat-is-still-no-party",
        ),
    ],
)
def test_a_party_named_by_its_family(text: str, expected: tuple) -> None:
    """A politician's party named by its family's word, as news names parties."""
    assert _fields(text, text[:12]) == expected


_NEIGHBOURS = (
    "Finland says its shell lines now outpace Sweden's\n\n"
    "KUOPIO - Finland now turns out 28,000 shells every month, ahead of its Nordic "
    "neighbours, Defence Minister Aarne Kettunen-Rask said on Thursday.\n\n"
    "Sweden disputed the figure. Sweden's industry minister said Sweden's three plants fill "
    "14,000 a month. Sweden has spent 500 million euros on the plants since 2022, and "
    "Sweden's army now holds more shells than at any time since 1990."
)


def test_a_minister_speaks_for_the_state_his_sentence_is_about() -> None:
    """An unqualified government title in a sentence whose reported subject is a state
    is that state's, though the story names another state more often."""
    assert _fields(_NEIGHBOURS, "KUOPIO") == ("Aarne Kettunen-Rask", "Defence Minister", "Finland")
