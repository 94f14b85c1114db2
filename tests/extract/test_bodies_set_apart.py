"""A body's noun with a word that sets it apart from the body of the same kind named
before ("the foreign ministry's spokesman" after "the Ministry of Defence"), and a body's
noun written before a title ("a defence ministry spokeswoman", "a company spokesman"),
and a company's seat after its name ("X Shipyards of Y"), which is no part of it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import extract_drafts
from pipeline.extract.entities import without_tail


def _speaker(nlp, text: str, opening: str) -> tuple[str | None, str | None, str | None]:
    """(speaker, role, organisation) of the first draft of the sentence that opens with
    `opening`."""
    drafts = [d for d in extract_drafts(nlp(text)) if d.sentence.text.startswith(opening)]
    assert drafts, f"no draft for {opening!r}"
    s = drafts[0].speaker
    return (s.name, s.role, s.organization) if s else (None, None, None)


_DEFENCE_FIRST = "The Ministry of Defence said on Monday that stocks had fallen by 20 percent.\n\n"


@pytest.mark.parametrize(
    "second, org",
    [
        pytest.param(
            "Later the foreign ministry's spokesman, Karel Dvorsky, said talks with three "
            "suppliers would add 40 launchers by June.",
            "foreign ministry",
            id="a-ministry-of-another-field-is-its-own-body",
        ),
        pytest.param(
            "Later the defence ministry's spokesman, Karel Dvorsky, said talks with three "
            "suppliers would add 40 launchers by June.",
            "Ministry of Defence",
            id="negative-the-same-field-is-the-ministry-named-before",
        ),
        pytest.param(
            "Later the ministry's spokesman, Karel Dvorsky, said talks with three suppliers "
            "would add 40 launchers by June.",
            "Ministry of Defence",
            id="negative-no-field-is-the-ministry-named-before",
        ),
        pytest.param(
            "Later the same ministry's spokesman, Karel Dvorsky, said talks with three "
            "suppliers would add 40 launchers by June.",
            "Ministry of Defence",
            id="negative-a-word-that-sets-nothing-apart",
        ),
    ],
)
def test_a_possessor_s_field_sets_its_body_apart(nlp, second, org):
    assert _speaker(nlp, _DEFENCE_FIRST + second, "Later the") == (
        "Karel Dvorsky",
        "spokesman",
        org,
    )


def test_an_american_spelling_is_the_same_field(nlp):
    text = (
        "The Ministry of Defense said on Monday that stocks had fallen by 20 percent.\n\n"
        "Later the defence ministry's spokesman, Karel Dvorsky, said talks with three "
        "suppliers would add 40 launchers by June."
    )
    assert _speaker(nlp, text, "Later the")[2] == "Ministry of Defense"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Velmark's army fired 9,000 shells last month, officials said.\n\n"
            "A defence ministry spokeswoman, Ingrid Lovaas, later said the army would "
            "receive 30 new howitzers this year.",
            ("Ingrid Lovaas", "spokeswoman", "Velmark Ministry of Defence"),
            id="a-ministry-before-a-title-is-its-body-with-its-state",
        ),
        pytest.param(
            "Workers at Brenholt Naval Works voted to strike on Monday.\n\n"
            "A company spokesman, Pal Aasen, said 1,200 of the 1,900 welders had backed "
            "the walkout.",
            ("Pal Aasen", "company spokesman", "Brenholt Naval Works"),
            id="a-company-before-a-title-is-the-company-of-the-article",
        ),
    ],
)
def test_a_body_s_noun_before_a_title(nlp, text, expected):
    assert _speaker(nlp, text, "A ") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "A spokeswoman for the Ostrian embassy in Tarnby, Marta Kessler, said 85 "
            "engineers would arrive in March.",
            ("Marta Kessler", "spokeswoman", "Ostrian embassy"),
            id="a-title-whose-body-is-placed-with-in-before-the-name",
        ),
        pytest.param(
            "After a meeting in Tarnby, Marta Kessler said 85 engineers would arrive in March.",
            ("Marta Kessler", None, None),
            id="negative-a-place-after-an-event-gives-no-title",
        ),
    ],
)
def test_a_title_before_a_name_with_its_body_s_place(nlp, text, expected):
    assert _speaker(nlp, text, text[:8]) == expected


_HEAD_OF_AGENCY = (
    "Milena Raskovic, who heads the Northern Valleys Development Agency, said the plant had "
    "hired 300 people this year.\n\n"
)


@pytest.mark.parametrize(
    "second, expected",
    [
        pytest.param(
            "According to Raskovic's agency, the average wage in the valley rose 14 percent "
            "last year.",
            "Northern Valleys Development Agency",
            id="a-person-s-body-by-its-kind-is-the-body-she-heads",
        ),
        pytest.param(
            "According to Raskovic's party, the average wage in the valley rose 14 percent "
            "last year.",
            "Raskovic's party",
            id="negative-a-body-of-another-kind-stays-as-written",
        ),
    ],
)
def test_a_body_owned_by_a_person_the_article_placed_in_it(nlp, second, expected):
    assert _speaker(nlp, _HEAD_OF_AGENCY + second, "According")[0] == expected


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            "Rokvi Tandemasso, an MP for the Liberty Front, said the army had paid 40 percent "
            "too much.",
            "Rokvi",
            ("Rokvi Tandemasso", "MP", "Liberty Front"),
            id="a-party-whose-first-word-is-a-given-name-is-no-person-and-no-seat",
        ),
        pytest.param(
            "Aldo Perezvalcaro, an opposition lawmaker from the Liberty Front, asked about the "
            "patrol boats. The coast guard wanted 20 cutters, he added, but got twelve.",
            "The coast guard",
            ("Aldo Perezvalcaro", "opposition lawmaker", "Liberty Front"),
            id="a-lawmaker-from-a-party-named-with-the",
        ),
        pytest.param(
            "Rokvi Tandemasso, the MP for South Harrowby, said the army had paid 40 percent too "
            "much.",
            "Rokvi",
            ("Rokvi Tandemasso", "MP", None),
            id="negative-a-seat-s-place-is-no-organisation",
        ),
    ],
)
def test_a_legislator_s_party_written_with_the(nlp, text, opening, expected):
    assert _speaker(nlp, text, opening) == expected


_TWO_SIGNERS = (
    "The deal was signed by Brenholt Marine Systems and Kessel Naval Industries of Harwick "
    "on Monday. "
)


@pytest.mark.parametrize(
    "text, org",
    [
        pytest.param(
            _TWO_SIGNERS + "Kessel's chief executive, Tobias Harnmeyer, said the yard would "
            "hire 400 welders.",
            "Kessel Naval Industries",
            id="two-bodies-joined-by-and-the-second-as-the-tagger-bounds-it",
        ),
        pytest.param(
            _TWO_SIGNERS + "Brenholt's chief executive, Tobias Harnmeyer, said the yard would "
            "hire 400 welders.",
            "Brenholt Marine Systems",
            id="two-bodies-joined-by-and-the-first",
        ),
        pytest.param(
            "Harland and Wolff built the ship in 1911. Wolff's chief executive, Tobias "
            "Harnmeyer, said the yard would hire 400 welders.",
            "Harland and Wolff",
            id="negative-one-body-with-and-in-its-name",
        ),
    ],
)
def test_an_owner_named_inside_two_bodies_joined_by_and(nlp, text, org):
    opening = text.split(". ")[-1][:10]  # the sentence after the one naming the bodies
    assert _speaker(nlp, text, opening)[2] == org


@pytest.mark.parametrize(
    "text, opening, org",
    [
        pytest.param(
            "The six frigates will be built by Dravik Shipyards of Portmore, the navy said on "
            "Monday. Dravik's chief executive, Lena Oyelaran, said the yard would hire 300 "
            "welders.",
            "Dravik's",
            "Dravik Shipyards",
            id="a-company-s-seat-after-of-is-no-part-of-its-name",
        ),
        pytest.param(
            "The radars come from Solberg Electronics of Tarnvik. Idris Kamau, Solberg's "
            "finance director, said sales rose 12 percent last year.",
            "Idris",
            "Solberg Electronics",
            id="a-company-s-seat-left-out-after-a-name-and-its-title",
        ),
    ],
)
def test_a_company_s_seat_is_no_part_of_its_name(nlp, text, opening, org):
    assert _speaker(nlp, text, opening)[2] == org


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Dravik Shipyards of Portmore", "Dravik Shipyards"),
        ("Halden Heavy Industries of Norland", "Halden Heavy Industries"),
        ("Ministry of Defence", "Ministry of Defence"),
        ("Bank of Norland", "Bank of Norland"),
        ("Group of Seven", "Group of Seven"),
        ("Federation of Norland Industries", "Federation of Norland Industries"),
        ("Systems of the North", "Systems of the North"),
        (
            "Board for the Northern Shipyards of Norland",
            "Board for the Northern Shipyards of Norland",
        ),
    ],
)
def test_a_seat_is_cut_only_after_a_company_s_own_word(name, expected):
    assert without_tail(name) == expected
