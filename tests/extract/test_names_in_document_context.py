"""What a name or a phrase is, read from the rest of the article: a document's title is no
body, a product is no body, a state the tagger once took for a person is no one's name,
a person's given name alone is no company's short name; a document's author named in a
relative clause; an owner's name with a possessive inside it; a description whose
possessor carries a people's adjective; a French man's name that reads as a woman's
without its accent; and a sentence whose last words report everything before them,
another cue included. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import extract_drafts
from pipeline.extract.coref import _given_gender
from pipeline.extract.speakers import SpeakerTracker


def _speakers(nlp, text: str, opening: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, role, organisation) of each draft of the sentence that opens with
    `opening`."""
    drafts = [d for d in extract_drafts(nlp(text)) if d.sentence.text.startswith(opening)]
    assert drafts, f"no draft for {opening!r}"
    return [
        (
            d.speaker.name if d.speaker else None,
            d.speaker.role if d.speaker else None,
            d.speaker.organization if d.speaker else None,
        )
        for d in drafts
    ]


_TITLED_STUDY = (
    "COPENHAGEN – Drone output in the Baltic region has tripled since 2021, the Sound "
    "Institute for Defence Economics said on Thursday.\n\n"
    "The 90-page study, Wings of Steel: Drone Industry in the Baltic 2021-2025, draws on "
    "company filings and interviews with 30 executives.\n\n"
    "Latvia and Estonia together built fewer than 900 airframes last year, the authors "
    "found.\n"
)


def test_a_document_s_title_in_apposition_is_no_author(nlp):
    """ "The study, X: Y Industry in Z, draws on ...": the tagger reads the title as an
    organisation; the study's authors are the institute's, not the title's."""
    assert _speakers(nlp, _TITLED_STUDY, "Latvia and Estonia") == [
        ("Sound Institute for Defence Economics", None, None)
    ]


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            "Velsia's procurement agency has spent 3 billion crowns on shells since 2022. The "
            "unpaid invoices come to 400 million crowns, according to written evidence the "
            "agency submitted to the senate last month.",
            "The unpaid invoices",
            "procurement agency",
            id="evidence-a-body-submitted-is-that-body-s",
        ),
        pytest.param(
            "Velsia's procurement agency has spent 3 billion crowns on shells since 2022. The "
            "unpaid invoices come to 400 million crowns, according to written evidence the "
            "agency submitted to the senate last month. According to the same document, a "
            "shell now costs 4,100 euros, three times the 2021 price.",
            "According to the same document",
            "procurement agency",
            id="the-same-document-is-its-author-s-again",
        ),
        pytest.param(
            "Last month the Nordic Research Service prepared a briefing for members on the "
            "frigate programme.\n\nAccording to that briefing, running costs will reach 40 "
            "million euros a year by 2028.",
            "According to that briefing",
            "Nordic Research Service",
            id="that-document-is-the-author-s-who-prepared-it",
        ),
    ],
)
def test_a_document_s_author_in_a_relative_clause(nlp, text, opening, expected):
    [(speaker, _role, _org)] = _speakers(nlp, text, opening)
    assert speaker is not None and speaker.endswith(expected), speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Ilse Margarethen, a deputy auditor general, led the review of the army's depots. "
            "Her team found that stock records at four of the seven depots were wrong by more "
            "than 15 percent, she told members.",
            [("Ilse Margarethen", "indirect")],
            id="a-final-she-told-members-reports-her-team-s-finding",
        ),
        pytest.param(
            "Ilse Margarethen, a deputy auditor general, led the review of the army's depots. "
            "The survey found that stock records at four of the seven depots were wrong by more "
            "than 15 percent, she told members.",
            [("Ilse Margarethen", "indirect")],
            id="a-final-she-told-members-reports-a-survey-s-finding",
        ),
        pytest.param(
            "The governor had told the guard that she wanted 30 more officers at the depot, "
            "but the ministry turned the request down, the official added.",
            [("official", "indirect")],
            id="a-final-the-official-added-reports-both-clauses-and-the-telling-in-them",
        ),
        pytest.param(
            "Defence Minister Aldo Verhaegen said the ministry had bought 40 more trucks, which he "
            "said were parked at the depot, the photographs showed.",
            [("Aldo Verhaegen", "indirect"), ("Aldo Verhaegen", "indirect")],
            id="negative-what-photographs-show-is-no-saying-over-the-cues-before-it",
        ),
    ],
)
def test_the_last_words_of_a_sentence_report_all_before_them(nlp, text, expected):
    from tests.extract.test_attribution_forms import _last_sentence_speakers

    assert _last_sentence_speakers(nlp, text) == expected


def test_a_firm_s_role_with_a_people_s_adjective_is_the_person_with_it(nlp):
    """ "The Norwegian firm's sales director" after "X, sales director at Y, told visitors
    the Norwegian company ...": the adjective says whose firm, not which state holds the
    office."""
    text = (
        "Ola Brekkevik, sales director at Tarnvik Munitions, told visitors the Norwegian "
        "company had booked 1.8 billion crowns of orders by September. Attendance rose 9 "
        "percent, according to the organisers. The Norwegian firm's sales director added "
        "that a third of those orders were from Asia."
    )
    assert _speakers(nlp, text, "The Norwegian firm's") == [
        ("Ola Brekkevik", "sales director", "Tarnvik Munitions")
    ]


def test_a_state_the_tagger_once_took_for_a_person_takes_no_pronoun(nlp):
    """A word the tagger reads as a body alone elsewhere, and no longer name ends in,
    is no person when it is tagged as one: the "he" after it is the minister's."""
    text = (
        "Marvonia's army has doubled in size since 2019.\n\n"
        "Defence Minister Jules Okonkwo-Barre has defended the programme. Neighbouring "
        "states paid less than half the price Marvonia is paying for each truck.\n\n"
        "Okonkwo-Barre said the plant had created 500 jobs. He said it would build 60 "
        "trucks a year by 2027."
    )
    tracker = SpeakerTracker(nlp(text))
    assert "Marvonia" not in tracker.persons
    assert _speakers(nlp, text, "He said")[0][0] == "Jules Okonkwo-Barre"


@pytest.mark.parametrize(
    "name, gender",
    [
        pytest.param("Désiré", None, id="a-final-e-with-an-accent-reads-as-either"),
        pytest.param("Désirée", "she", id="negative-the-woman-s-spelling-stays-hers"),
        pytest.param("Chloé", "she", id="negative-no-man-s-name-beside-it"),
    ],
)
def test_a_french_final_e_keeps_no_woman_s_gender_of_its_bare_form(name, gender):
    assert _given_gender(name) == gender


def test_a_correspondent_s_given_name_alone_is_no_company(nlp):
    """An anchor calls the correspondent by his given name; he is a person, so the given
    name is no short name of a body that "the company" could take up."""
    text = (
        "ANCHOR: Our defence correspondent, Tamaz Gelovanidze, has spent the week at the "
        "missile plants. Tamaz, what did you find?\n\n"
        "CORRESPONDENT: The company's chief executive, Nino Abashidzeva, told me the line "
        "turns out eight missiles a month."
    )
    orgs = {p.name: p.organization for p in SpeakerTracker(nlp(text)).persons.values()}
    assert orgs.get("Nino Abashidzeva") != "Tamaz Gelovanidze"
    assert "Tamaz" not in {o for o in orgs.values() if o}


@pytest.mark.parametrize(
    "text, name, org",
    [
        pytest.param(
            "In the senate on Tuesday, the Farmers' Union Party's finance spokesman, Senator "
            "Aroha Tipenema, said defence had fallen to 1.1 percent of GDP.",
            "Aroha Tipenema",
            "Farmers' Union Party",
            id="an-owner-with-a-possessive-inside-its-name-read-whole",
        ),
        pytest.param(
            "The Senate's budget committee will vote on the request next week. Its chairman, "
            "Ruben Castellanoza, said the committee had asked for 12 percent more.",
            "Ruben Castellanoza",
            "Senate's budget committee",
            id="its-after-a-committee-its-owner-names-is-that-committee",
        ),
    ],
)
def test_an_owner_read_whole(nlp, text, name, org):
    person = SpeakerTracker(nlp(text)).persons[name]
    assert person.organization == org


def test_a_product_the_tagger_took_for_a_body_is_no_one_s_organisation(nlp):
    """ "a works that makes HMX": the product is no body a later "the plant's manager"
    could work for."""
    text = (
        "Most of the town works at Dravo Kemija, a row of sheds up the valley that makes HMX "
        "and other explosives.\n\n"
        '"We have doubled output since 2022," said Milan Petrovacki, the plant\'s general '
        "manager."
    )
    person = SpeakerTracker(nlp(text)).persons["Milan Petrovacki"]
    assert person.organization != "HMX"


def test_a_state_s_embassy_is_a_body_of_its_own(nlp):
    """ "a spokeswoman for the Velorian embassy": the embassy, not the people's adjective
    alone."""
    text = (
        "A spokeswoman for the Velorian embassy, Dana Kroustavi, said 40 engineers would "
        "train at the plant next year."
    )
    person = SpeakerTracker(nlp(text)).persons["Dana Kroustavi"]
    assert (person.role, person.organization) == ("spokeswoman", "Velorian embassy")


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            "Ostria's army has 40 tanks. A senior Ostrian defence ministry official said the "
            "army would buy 20 more.",
            "A senior",
            ("senior Ostrian defence ministry official", None, None),
            id="an-unnamed-official-is-the-description-that-types-it",
        ),
        pytest.param(
            "Ostria's army has 40 tanks. Vera Ostrowska, a spokeswoman for the Ostrian defence "
            "ministry, said the army would buy 20 more.",
            "Vera Ostrowska",
            ("Vera Ostrowska", "spokeswoman", "Ostrian defence ministry"),
            id="negative-a-named-spokeswoman-keeps-her-ministry",
        ),
    ],
)
def test_an_unnamed_source_has_no_organisation_beside_its_description(nlp, text, opening, expected):
    assert _speakers(nlp, text, opening) == [expected]
