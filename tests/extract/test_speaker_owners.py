"""Speakers that are documents, groups and bodies resolved to their owner or to their full
typed form, one case per row, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_speakers import _speaker_of

_PLANNING_PAPER = (
    "The Danish Ministry of Defence plans to spend 4 billion kroner on air defence next year."
    "\n\nA ministry planning paper sent to lawmakers last week says the army needs 18 more "
    "launchers by 2028.\n\nThe same paper puts the cost of each launcher at 90 million kroner."
)

# (text, the sentence of the record, the speaker): a document's author named in the article
DOCUMENT_OWNER_CASES = [
    pytest.param(
        "Defence outlays in Dalmark reached 6.2 billion crowns in 2025, according to figures "
        "issued on Thursday by the state statistics office, Statistics Dalmark.",
        "Defence outlays",
        "Statistics Dalmark",
        id="plural-figures-published-by-a-body-named-after-a-comma-are-the-body-s",
    ),
    pytest.param(
        "Defence outlays in Dalmark reached 6.2 billion crowns in 2025, according to figures "
        "issued on Thursday by the state statistics office, Statistics Dalmark.\n\n"
        "The same figures show that Ostvik spent 3.2% of its output and Ferrin 2.6%.",
        "The same figures",
        "Statistics Dalmark",
        id="the-same-figures-are-the-author-s-given-before",
    ),
    pytest.param(
        "Defence outlays in Dalmark reached 6.2 billion crowns in 2025, according to figures "
        "issued on Thursday by the state statistics office, Statistics Dalmark.\n\n"
        "The Fiscal Review Office (FRO) said spending would fall next year.\n\n"
        "The statistics office noted that wages took up 48% of the budget.",
        "The statistics office",
        "Statistics Dalmark",
        id="the-statistics-office-again-is-the-name-given-before-not-a-nearer-agency",
    ),
    pytest.param(
        "Defence outlays in Dalmark reached 6.2 billion crowns in 2025, according to figures "
        "issued on Thursday by the state statistics office, Statistics Dalmark.\n\n"
        "The Fiscal Review Office (FRO) said spending would fall next year.\n\n"
        "The office said its forecast assumed growth of 2% next year.",
        "The office said",
        "Fiscal Review Office",
        id="negative-the-bare-office-is-the-nearer-office-named",
    ),
    pytest.param(
        "The frigate programme has slipped three years, a parliamentary committee concluded "
        "in a report issued on Tuesday.\n\nThe Marine Oversight Committee found that only 4 "
        "of the 12 frigates had arrived. Its cost now stands at 6.1 billion euros, the "
        "report adds.",
        "Its cost now",
        "Marine Oversight Committee",
        id="a-described-body-named-next-by-a-name-ending-in-its-noun-wrote-the-report",
    ),
    pytest.param(
        "Pellavia now builds howitzers faster than its neighbours, according to the annual "
        "review released on Friday by Brenova's military intelligence directorate.\n\n"
        "The review puts Pellavian output at about 300 howitzers a year.",
        "The review puts",
        "Brenova military intelligence directorate",
        id="a-document-released-by-a-described-body-is-that-body-s",
    ),
    pytest.param(
        "An allied intelligence memo obtained by our reporters estimates that Brenova "
        "fired 40 missiles a week in May.",
        "An allied intelligence memo",
        "allied intelligence memo",
        id="negative-a-document-seen-by-an-outlet-is-not-the-outlet-s",
    ),
    pytest.param(
        "Custovia's military budget reaches 9.2 billion euros in 2026, according to figures "
        "the Treasury Office released on Tuesday.",
        "Custovia's military",
        "Treasury Office",
        id="figures-a-body-published-in-a-clause-of-their-own-are-the-body-s",
    ),
    pytest.param(
        "Amberland's yards have sold 14 frigates abroad since 2016, "
        "according to figures from Amberland's shipbuilders' association.",
        "Amberland's yards",
        "Amberland shipbuilders' association",
        id="figures-from-a-described-body-are-that-body-s-not-its-owner-s",
    ),
    pytest.param(
        "A carrier now costs 9.1 million euros against 6.2 million in 2020, according to "
        "figures the Joint Procurement Agency sent parliament on Thursday. Only one other "
        "programme grew faster, the figures show.",
        "Only one other",
        "Joint Procurement Agency",
        id="figures-a-named-body-gave-are-its-whatever-the-parse",
    ),
    pytest.param(
        "The bloc's executive, the Halloway Commission, reported that member states had "
        "laid 900 kilometres of fence.",
        "The bloc's executive",
        "Halloway Commission",
        id="a-description-with-a-body-s-name-in-apposition-is-that-body",
    ),
    pytest.param(
        "Vantoria's rocket forces cost roughly 900 million dollars annually, according to "
        "the Vantorian parliament's published accounts.",
        "Vantoria's rocket",
        "Vantorian parliament",
        id="a-state-s-parliament-s-accounts-are-that-parliament-s",
    ),
    pytest.param(
        "Custovia's army announced on Friday that its new interceptor struck 9 of 10 targets. "
        '"Every test objective was met," army spokesperson Lieutenant Colonel Ilse Harrand '
        "told reporters.",
        "Custovia's army announced",
        "Custovian Army",
        id="a-state-s-army-is-the-army-not-its-spokesperson-named-after",
    ),
    pytest.param(
        "Poland's army said on Monday it had received 40 new tanks.",
        "Poland's army",
        "Polish Army",
        id="a-known-state-s-army-under-its-adjective",
    ),
    pytest.param(
        "Skellmoor's army said on Monday it had received 40 new tanks.",
        "Skellmoor's army",
        "Skellmoor Army",
        id="a-state-whose-adjective-is-unknown-names-its-army-with-its-name",
    ),
    pytest.param(
        "Tallowvale Defence Group makes armoured trucks.\n\nQuarterly sales came to 412 "
        "million euros against 335 million euros a year before, according to a results "
        "statement lodged on Friday with the Helsinki stock exchange.",
        "Quarterly sales",
        "Tallowvale Defence Group",
        id="a-statement-lodged-with-an-exchange-is-the-company-s-not-the-exchange-s",
    ),
    pytest.param(
        "Defence spending will reach 2.4 percent of output in 2027, according to a letter "
        "sent to the Senate budget committee by the Treasury.",
        "Defence spending",
        "Treasury",
        id="the-author-of-a-letter-sent-to-a-committee-is-its-sender",
    ),
    pytest.param(
        _PLANNING_PAPER,
        "A ministry planning paper",
        "Danish Ministry of Defence",
        id="a-document-whose-modifier-opens-on-a-body-s-kind-is-that-body-s",
    ),
    pytest.param(
        _PLANNING_PAPER,
        "The same paper",
        "Danish Ministry of Defence",
        id="and-the-same-paper-after-it",
    ),
    pytest.param(
        "VILNIUS — Lithuania's Ministry of Defence has asked parliament for 300 million euros "
        "more for ammunition.\n\nThe request was presented by Darius Kalvaitis, director of "
        "the National Stockpile Agency, which manages the reserves.\n\nA ministry planning "
        "document sent to lawmakers says the agency will need 40 more staff by 2027.",
        "A ministry planning document",
        "Ministry of Defence",  # (Lithuania's, by its formal name as written)
        id="the-ministry-s-document-is-the-ministry-s-not-the-agency-s-named-since",
    ),
    pytest.param(
        "The Danish Ministry of Defence plans to spend 4 billion kroner on air defence next "
        "year. A summer planning paper says the army needs 18 more launchers by 2028.",
        "A summer planning paper",
        "summer planning paper",
        id="negative-a-modifier-of-no-body-s-kind-gives-no-author",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", DOCUMENT_OWNER_CASES)
def test_a_document_speaks_for_its_author(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


@pytest.mark.parametrize(
    "name, document",
    [
        pytest.param("Vestrian Household Survey", True, id="a-survey-s-name-is-a-document-s"),
        pytest.param("Arsenal Index", True, id="an-index-s-name-is-a-document-s"),
        pytest.param("United Kingdom", True, id="a-country-a-nationality-stands-for-writes-none"),
        pytest.param("Statistics Dalmark", False, id="negative-an-office-s-name-is-an-author-s"),
    ],
)
def test_a_document_s_own_name_is_not_its_author(nlp, name, document):
    """ "data from the Vestrian Household Survey": the survey names the document, not who
    wrote it, so the data keep their own words."""
    from pipeline.extract.speakers import SpeakerTracker

    tracker = SpeakerTracker(nlp("The figures were published on Monday."))
    assert tracker._names_a_document(name) is document


# (text, the sentence of the record, the speaker): a typed group or an unnamed person again
TYPED_AGAIN_CASES = [
    pytest.param(
        "Three Nordmark frigates will be retired early, according to two officials familiar "
        "with the review and a senior navy commander.\n\n"
        "The fleet has lost 12 hulls since 2015, the officials said.",
        "The fleet has",
        "officials familiar with the review",
        id="a-group-typed-beside-another-source-keeps-its-words-without-the-other",
    ),
    pytest.param(
        "Deliveries of radars to Vessland will slip by a year, according to officials familiar "
        "with the contract.\n\n"
        "People briefed on the tender said the price had risen 30 percent.\n\n"
        "Two officials said the second batch would be cut to 40 radars.",
        "Two officials said",
        "officials familiar with the contract",
        id="a-counted-bare-group-noun-is-its-typing-though-another-group-spoke-since",
    ),
    pytest.param(
        "Deliveries of radars to Vessland will slip by a year, according to officials familiar "
        "with the contract.\n\n"
        "People briefed on the tender said the price had risen 30 percent.\n\n"
        "Two engineers said the second batch would be cut to 40 radars.",
        "Two engineers said",
        "engineers",
        id="negative-another-bare-group-noun-is-not-the-typed-group",
    ),
    pytest.param(
        "A senior treaty diplomat said the depots held 40,000 shells. "
        '"Our plants deliver barely a fifth of the demand," the diplomat said.',
        '"Our plants deliver',
        "senior treaty diplomat",
        id="the-diplomat-again-is-the-diplomat-introduced",
    ),
    pytest.param(
        "A second senior engineer, from a northern shipyard, said 30% of the hulls were late.",
        "A second senior",
        "senior engineer from a northern shipyard",
        id="a-second-source-is-typed-without-its-count",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", TYPED_AGAIN_CASES)
def test_a_typed_source_again_keeps_its_full_typing(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


def test_a_title_word_after_the_head_is_no_role(nlp):
    from pipeline.extract.speakers import SpeakerTracker

    doc = nlp("A senior diplomat from a member state said 30% of the missiles were held back.")
    head = next(t for t in doc if t.text == "diplomat")
    found = SpeakerTracker(doc).description(head)
    assert (found.name, found.kind, found.role) == (
        "senior diplomat from a member state",
        "person",
        None,
    )


# (text, the sentence of the record, the speaker): an alliance's document is the alliance's
ALLIANCE_DOCUMENT_CASES = [
    pytest.param(
        "Seven Southern Pact governments are close to a deal on shells.\n\n"
        "The alliance's own review, shown to reporters by two officials, concludes that member "
        "states hold fewer than 40,000 shells.",
        "The alliance's own",
        "Southern Pact",
        id="the-alliance-s-own-review-is-the-pact-s",
    ),
    pytest.param(
        "Several Eastern Shield Alliance members have cut their orders of radars this year.\n\n"
        "An internal alliance review estimates that members hold fewer than 300 radars.",
        "An internal alliance",
        "Eastern Shield Alliance",
        id="an-alliance-review-is-the-alliance-s-without-the-quantifier-before-its-name",
    ),
    pytest.param(
        "Seven Southern Pact governments are close to a deal on shells.\n\n"
        "Member states filled roughly 700,000 rounds in 2025, a senior alliance diplomat said.",
        "Member states filled",
        "senior alliance diplomat",
        id="negative-an-alliance-diplomat-is-a-person-not-the-alliance",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", ALLIANCE_DOCUMENT_CASES)
def test_an_alliance_s_document_speaks_for_the_alliance(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


_INTERVIEW = (
    "Kestmark's Interior Minister Aldo Brenn spoke to Mira Holt, presenter of KTV's evening "
    "news, about the border fence.\n\n"
    "Q: Minister, your government says border spending will double this year. Is that true?\n\n"
    "BRENN: Yes. We will spend 800 million crowns, against 400 million last year.\n\n"
)
_DIRECTOR_INTERVIEW = (
    "The presenter, Pia Lund, spoke to Otto Ravn, director of the Coastal Procurement "
    "Directorate (CPD).\n\n"
    "LUND: Your directorate says it signed 40 contracts last year. Is that a record?\n\n"
    "RAVN: It is. We signed 28 the year before.\n\n"
)

# (text, the sentence of the record, the speaker): "your X" in an interviewer's question
ADDRESSEE_CASES = [
    pytest.param(
        _INTERVIEW,
        "Q: Minister, your government",
        "Kestmark government",
        id="your-government-is-the-government-of-the-interviewee-s-state",
    ),
    pytest.param(
        _DIRECTOR_INTERVIEW,
        "LUND: Your directorate",
        "Coastal Procurement Directorate",
        id="your-directorate-is-the-interviewee-s-directorate",
    ),
    pytest.param(
        'Aldo Brenn of the Coastal Procurement Directorate said: "Your directorate says it '
        'signed 40 contracts last year, they tell me."',
        "Aldo Brenn",
        "Aldo Brenn",
        id="negative-your-inside-a-quotation-is-not-an-interviewer-s",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", ADDRESSEE_CASES)
def test_your_body_in_a_question_is_the_interviewee_s(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): a document the article gave an author
# under another noun, and a company's board
PUBLISHED_CASES = [
    pytest.param(
        "The Harlow Research Centre on Tuesday published its yearly survey of naval stocks.\n\n"
        "According to the report, Vessland retired 14 frigates in 2025 and built only two.",
        "According to the report",
        "Harlow Research Centre",
        id="the-report-is-the-author-s-after-it-published-its-survey",
    ),
    pytest.param(
        "The Harlow Research Centre on Tuesday published its yearly survey of naval stocks. "
        "A study by the Corvid Institute found the opposite.\n\n"
        "According to the report, Vessland retired 14 frigates in 2025 and built only two.",
        "According to the report",
        "report",
        id="negative-the-report-after-documents-of-two-authors-is-neither-s",
    ),
    pytest.param(
        "Tarvik Marine Group today announced its results for the year to December.\n\n"
        "The board expects revenue to exceed 2 billion euros next year.",
        "The board expects",
        "Tarvik Marine Group",
        id="the-board-in-a-company-s-results-is-the-company",
    ),
    pytest.param(
        "Tarvik Marine Group today announced its results for the year to December.\n\n"
        "The harbour board expects traffic to grow by 12% next year.",
        "The harbour board",
        "harbour board",
        id="negative-a-board-with-a-word-of-its-own-is-not-the-company-s",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", PUBLISHED_CASES)
def test_a_published_document_and_a_board_speak_for_their_owner(
    nlp, text, sentence_start, expected
):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): "its authors" after a body spoke
ITS_AUTHORS_CASES = [
    pytest.param(
        "Vessland's official budget allocates 3 billion euros to the navy.\n\n"
        "The Harlow Research Centre (HRC), based in Ostvik, puts naval spending at 4 billion "
        "euros. The centre adds the cost of coast guard ships, which Vessland books elsewhere. "
        "Its authors estimate that the coast guard alone costs 600 million euros.",
        "Its authors",
        "Harlow Research Centre",
        id="its-authors-are-the-body-the-subject-before-names-not-an-earlier-document-s",
    ),
    pytest.param(
        "Vessland's official budget allocates 3 billion euros to the navy.\n\n"
        "On that basis, the Harlow Research Centre calculates that Vessland's spending is "
        "twice its neighbour's. Its authors concede that the comparison is rough.",
        "Its authors",
        "Harlow Research Centre",
        id="its-authors-pass-over-a-thing-that-is-the-nearer-subject",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", ITS_AUTHORS_CASES)
def test_its_authors_write_for_the_body_before(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): a group "its" gives an owner is named
# with it, the owner as the article named it ("the" kept where the article writes it)
ITS_GROUP_CASES = [
    pytest.param(
        "The Nordhavn Naval Fair opened in Aarhus on Monday under grey skies.\n\n"
        "The fair drew 320 exhibitors this year, up from 210 in 2023, according to its "
        "organisers.",
        "The fair drew",
        "organisers of the Nordhavn Naval Fair",
        id="the-fair-named-before-by-a-name-ending-in-its-noun",
    ),
    pytest.param(
        "The Harbour Pilots Guild voted on Tuesday to reject the port authority's offer. "
        "Its members said pay had fallen 8 percent in real terms since 2021.",
        "Its members",
        "members of the Harbour Pilots Guild",
        id="a-body-that-was-the-subject-before",
    ),
    pytest.param(
        "Kestrel Avionics cut its forecast for the third time this year. Its shareholders "
        "said the company had lost 40 million euros on the trainer jet.",
        "Its shareholders",
        "shareholders of Kestrel Avionics",
        id="a-company-written-without-the",
    ),
    pytest.param(
        "Morvania raised its defence budget by a fifth last year. Its diplomats said the "
        "increase would reach 2 percent of output by 2027.",
        "Its diplomats",
        "diplomats",
        id="negative-a-country-is-not-written-into-the-group",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", ITS_GROUP_CASES)
def test_a_group_its_gives_an_owner_is_named_with_it(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


_GENERAL_INTERVIEW = (
    "Retired Admiral Jon Brandt commanded Ostvik's navy from 2015 to 2021. He spoke to Eva "
    "Harland on Radio Ostvik about the fleet.\n\n"
    "HARLAND: Admiral, the government says the navy will grow to 40 ships by 2030. Is that "
    "realistic?\n\n"
    "BRANDT: Not with two yards.\n\n"
)

# (text, the sentence of the record, the speaker): a state's government unnamed
# a roundup about one state that turns to another for a paragraph
_ROUNDUP = (
    "Regional roundup\n\nVARNIA CITY — Varnia will raise its defence budget by 8 percent, "
    "Varnia's finance ministry said. Varnia's army plans to hire 2,000 recruits.\n\n"
    "Separately, Tessland's navy has signed a $400 million contract for two frigates, the "
    "navy announced on Friday.\n\nTessland put 1.2 percent of its output into the armed "
    "forces in 2025, less than most states of South America, and its Ministry of Economy "
    "forecasts that spending will reach 1.5 percent in 2027."
)

GOVERNMENT_CASES = [
    pytest.param(
        "Ostvik's own spending is rising slowly. Its government says the budget will grow by "
        "9% next year.",
        "Its government",
        "Ostvik government",
        id="its-government-is-the-government-of-the-state-before",
    ),
    pytest.param(
        "Poland's own spending is rising fast. Its government says the budget will grow by "
        "9% next year.",
        "Its government",
        "Polish government",
        id="a-known-country-s-government-goes-by-its-adjective",
    ),
    pytest.param(
        _GENERAL_INTERVIEW,
        "Admiral, the government",
        "Ostvik government",
        id="the-government-in-an-interviewer-s-question-is-the-interview-s-state-s",
    ),
    pytest.param(
        "Ostvik's navy has 31 ships. The government says the navy will grow to 40 ships by 2030.",
        "The government says",
        "Ostvik government",
        id="the-government-in-the-narrative-is-the-article-s-state-s",
    ),
    pytest.param(
        "Ostvik spends more on its navy than any of its neighbours, at 2.9% of economic output "
        "this year, according to government figures.",
        "Ostvik spends",
        "Ostvik government",
        id="government-figures-are-the-government-of-the-state-before",
    ),
    pytest.param(
        _ROUNDUP,
        "Separately, Tessland's navy",
        "Tessland Navy",
        id="a-bare-navy-after-a-state-s-navy-in-its-sentence-is-that-state-s",
    ),
    pytest.param(
        _ROUNDUP,
        "Tessland put",
        "Tessland Ministry of Economy",
        id="its-ministry-is-the-untagged-state-s-not-a-navy-s-nor-a-region-s",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", GOVERNMENT_CASES)
def test_a_state_s_government_unnamed_is_named(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): an unowned document after "according to"
CLAUSE_OWNER_CASES = [
    pytest.param(
        "Seven Southern Pact governments are close to a deal on radars.\n\n"
        "The alliance's 20 member states expect to buy 900 radars this year, according to a "
        "planning paper seen by reporters.",
        "The alliance's 20",
        "Southern Pact",
        id="a-planning-paper-on-the-alliance-s-members-is-the-alliance-s",
    ),
    pytest.param(
        "Seven Southern Pact governments are close to a deal on radars.\n\n"
        "Alliance estimates put the yearly output of its members at 500 radars, according "
        "to a briefing note shown to reporters.",
        "Alliance estimates",
        "Southern Pact",
        id="a-briefing-note-on-alliance-estimates-is-the-alliance-s",
    ),
    pytest.param(
        "Vessland's army will buy 40 tanks this year, according to a planning paper seen by "
        "reporters.",
        "Vessland's army",
        "planning paper",
        id="negative-a-state-s-army-does-not-own-the-paper",
    ),
    pytest.param(
        "HALIFAX — The Maritime Pilotage Authority lost 310 pilots and deckhands in the year "
        "to March while hiring 240, according to figures obtained by this newspaper under "
        "access-to-information law. Departures among senior pilots alone rose by 18 percent.",
        "HALIFAX",
        "Maritime Pilotage Authority",
        id="a-body-s-own-losses-given-in-unowned-figures-are-the-body-s",
    ),
    pytest.param(
        "HALIFAX — The Maritime Pilotage Authority lost 310 pilots and deckhands in the year "
        "to March while hiring 240, according to figures obtained by this newspaper under "
        "access-to-information law. Departures among senior pilots alone rose by 18 percent.",
        "Departures among",
        "Maritime Pilotage Authority",
        id="and-so-is-the-next-figure-of-those-figures",
    ),
    pytest.param(
        "Tessland fired 90,000 shells last year, according to estimates seen by this newspaper.",
        "Tessland fired",
        "estimates",
        id="negative-a-state-does-not-own-estimates-about-it",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", CLAUSE_OWNER_CASES)
def test_an_unowned_document_is_the_body_its_clause_is_about(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# one document under several mentions: an author one mention gives is every mention's
_REVIEW = (
    "Dry dock delays\n\n"
    "A plan to build a second dry dock at Varnholm has cost nearly three times its original "
    "budget, according to a confidential review seen by this newspaper.\n\n"
    "The document, drawn up in May by the Office of the Naval Inspector, found that only one "
    "of the dock's four gates had been fitted.\n\n"
    "The dock was meant to open in 2024. Varnholm spends about 2 percent of its output on "
    "defence.\n\n"
    "According to the review, each gate has cost 41 million crowns, against 15 million "
    "planned."
)
_UNSIGNED_REVIEW = (
    "A plan to build a second dry dock at Varnholm has cost nearly three times its original "
    "budget, according to a confidential review seen by this newspaper.\n\n"
    "The review found that only one of the dock's four gates had been fitted. A separate "
    "study by the Harbour Council put the cost of delay at 9 million crowns a month.\n\n"
    "According to the review, each gate has cost 41 million crowns, against 15 million "
    "planned."
)

DOCUMENT_CHAIN_CASES = [
    pytest.param(
        _REVIEW,
        "A plan to build",
        "Office of the Naval Inspector",
        id="a-document-cited-first-takes-the-author-the-next-sentence-gives-it",
    ),
    pytest.param(
        _REVIEW,
        "According to the review",
        "Office of the Naval Inspector",
        id="and-so-does-the-same-document-paragraphs-on",
    ),
    pytest.param(
        _UNSIGNED_REVIEW,
        "According to the review",
        "review",
        id="negative-an-unsigned-document-is-not-another-document-s-author-s",
    ),
    pytest.param(
        "Polls in Ostland and Varnia have shown the governing party's lead shrinking to 2 "
        "points. The Harbour Times/Civic Research poll was carried out from 3 to 6 May among "
        "1,040 adults. It found support for the party at 31 percent.",
        "Polls in Ostland",
        "Polls",
        id="negative-several-polls-are-not-the-one-poll-named-after-them",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", DOCUMENT_CHAIN_CASES)
def test_one_document_under_several_mentions_has_one_author(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected
