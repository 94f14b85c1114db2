"""Who speaks when the tagger gets the names wrong or the article names them late: a
full name only its speaking surname shows to be a person's, a family name with a
particle joined by a hyphen, a title an article gives a person one sentence before
naming them, an office given in a relative clause on the firm, a lawyer of a company,
a headline's and a lede's body of a kind, a table of a report, a body's name with its
own state, a meeting's host, a union named before its kind word, and a state the lexicon
does not know that the story is about. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_bodies_named_in_full import _fields

_PROFILE = (
    "The riveter's son who rebuilt Ostrava's gun foundry\n\n"
    "Ludomir Haskavec keeps a cracked breech block by his office door. It came from the "
    "first barrel his foundry cast in 2014.\n\n"
    "Today Kestrava Ordnance, the firm he has led as managing director since 2018, employs "
    "1,450 people and cast 380 barrels in 2025, double its 2021 total.\n\n"
    '"Everybody says the orders fell from the sky," Haskavec said in the foundry yard. '
    '"The orders came. We still had to hire 400 moulders."\n\n'
    "The older Lubor Munitions sits across town, and its sales director rejects the "
    "comparison. Jana Prchalova said Kestrava counted barrels before they were proofed.\n\n"
    "Haskavec was unmoved. Output would reach 500 barrels next year, he said, and 650 in "
    "2028.\n\n"
    "The foundry's finance director, Radka Vojtisek, said margins had reached 9 percent."
)

_COURT = (
    "Beaten yard sues over frigate refit award\n\n"
    "A Danish shipbuilder has asked a court in Aarvik to overturn a refit award, saying its "
    "bid was 60 million euros lower than the winner's.\n\n"
    "Hvidsand Shipyards, based in Esbjerg, said its offer came to 210 million euros.\n\n"
    "The Naval Materiel Agency rejected the claim. Its spokesman, Major Tariq "
    "al-Hamdouni, said the cheaper bid left out spares worth 35 million euros.\n\n"
    "Hvidsand's lawyer, Samira el-Khatibane, told the court the rules had changed after the "
    "bids were opened.\n\n"
    "Al-Hamdouni said the office would reply in writing by 40 days after the hearing."
)

_REPORT = (
    "Fleet can crew only a third of its patrol boats, think-tank warns\n\n"
    "Ireland's navy kept only three of its nine patrol boats at sea through most of 2025, "
    "according to a study published on Monday by the Liffey Institute for Maritime Affairs.\n\n"
    "Table 1 of the study, drawn from Defence Forces annual returns, lists 14 boats "
    "bought since 1999.\n\n"
    "The study's second table compares crew numbers. The navy had 870 sailors last year, "
    "against 1,090 in 2016, the table shows.\n\n"
    "By the authors' reckoning, crewing every boat would take 310 more sailors.\n\n"
    "The Irish Defence Forces recruited 420 people last year. Defence Forces figures "
    "given to this newspaper show that 260 of them were soldiers."
)

_SUMMIT = (
    "Five Gulf states raise air defence spending\n\n"
    "DOHA, May 3 (Harbour Wire) - Defence ministers met on Wednesday at a summit of the "
    "Arabian Gulf Defence Council.\n\n"
    "The five states will spend 14 billion dollars on air defence next year, 22 percent "
    "more than this year, according to the summit's draft closing statement."
)

_UNION = (
    "Dock strike looms at the naval base\n\n"
    "Pernille Aastrup chairs the Skarvik shipwrights' union branch at the naval base and "
    "has spent May in talks with managers.\n\n"
    "The union says the base is short of 85 crane drivers."
)

_TWO_STATES = (
    "Morvania and Estria trade claims over drone output\n\n"
    "PELGRAD — Morvania now assembles 900 strike drones each month, more than any neighbour, "
    "Defence Minister Oskar Vendrelli said on Monday.\n\n"
    "Estria's Ministry of Industry called the figure fiction. Morvania's real output was "
    "nearer 300 a month, it said.\n\n"
    "The Morvanian figure includes drones rebuilt after crashes, said a spokesman for "
    "the army. Morvania has bought drone engines abroad since the war in Ukraine began.\n\n"
    "Morvania plans to double output by 2027, the minister said."
)


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            _PROFILE,
            '"Everybody says',
            ("Ludomir Haskavec", "managing director", "Kestrava Ordnance"),
            id="a-speaking-surname-shows-the-untagged-full-name-and-its-office",
        ),
        pytest.param(
            _PROFILE,
            "Output would reach",
            ("Ludomir Haskavec", "managing director", "Kestrava Ordnance"),
            id="a-parenthetical-pronoun-for-that-person",
        ),
        pytest.param(
            _PROFILE,
            "Jana Prchalova said",
            ("Jana Prchalova", "sales director", "Lubor Munitions"),
            id="a-title-the-sentence-before-gives-the-person-named-next",
        ),
        pytest.param(
            _PROFILE,
            "The foundry's finance director",
            ("Radka Vojtisek", "finance director", "Kestrava Ordnance"),
            id="a-sentence-opening-word-is-no-part-of-a-company-s-name",
        ),
        pytest.param(
            _COURT,
            "A Danish shipbuilder",
            ("Hvidsand Shipyards", None, None),
            id="a-lede-s-body-of-a-kind-is-the-one-the-next-paragraph-names",
        ),
        pytest.param(
            _COURT,
            "Its spokesman",
            ("Tariq al-Hamdouni", "spokesman", "Naval Materiel Agency"),
            id="a-family-name-with-a-hyphened-particle",
        ),
        pytest.param(
            _COURT,
            "Hvidsand's lawyer",
            ("Samira el-Khatibane", "lawyer", "Hvidsand Shipyards"),
            id="a-company-s-lawyer-speaks-for-the-company",
        ),
        pytest.param(
            _COURT,
            "Al-Hamdouni said",
            ("Tariq al-Hamdouni", "spokesman", "Naval Materiel Agency"),
            id="the-particle-capitalised-opening-a-sentence",
        ),
        pytest.param(
            _REPORT,
            "Fleet can crew",
            ("Liffey Institute for Maritime Affairs", None, None),
            id="a-headline-s-kind-word-is-the-lede-s-body-of-that-kind",
        ),
        pytest.param(
            _REPORT,
            "The navy had 870",
            ("Liffey Institute for Maritime Affairs", None, None),
            id="the-table-of-the-study-is-the-study-s-author-s",
        ),
        pytest.param(
            _REPORT,
            "By the authors",
            ("Liffey Institute for Maritime Affairs", None, None),
            id="the-authors-of-the-study",
        ),
        pytest.param(
            _REPORT,
            "Defence Forces figures",
            ("Irish Defence Forces", None, None),
            id="a-body-s-name-as-written-with-its-own-state",
        ),
        pytest.param(
            _SUMMIT,
            "The five states",
            ("Arabian Gulf Defence Council", None, None),
            id="a-summit-s-statement-is-the-summit-host-s",
        ),
        pytest.param(
            _UNION,
            "The union says",
            ("Skarvik", None, None),
            id="a-union-named-before-its-kind-word",
        ),
        pytest.param(
            _TWO_STATES,
            "Morvania now assembles",
            ("Oskar Vendrelli", "Defence Minister", "Morvania"),
            id="a-state-the-lexicon-lacks-that-the-story-is-about",
        ),
    ],
)
def test_names_the_tagger_misses(text: str, opening: str, expected: tuple) -> None:
    assert _fields(text, opening) == expected


def test_a_person_s_lawyer_speaks_for_no_company() -> None:
    """A lawyer of a person the article names is no company's, though the article names
    a company too."""
    text = (
        "Koller Arms makes fuses. Its chief executive, Ansgar Tolle, said sales rose 9 "
        "percent.\n\nTolle's lawyer, Birte Ostergaard, said the suit sought 2 million "
        "euros."
    )
    assert _fields(text, "Tolle's lawyer") == ("Birte Ostergaard", "lawyer", None)
