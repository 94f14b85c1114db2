"""Sources a reviewer expects resolved to who stands behind them: a document to the body
that published it, an office to its title, a group to the body it works at, a pull
quote to the name signed under it, a hearing label to a name written family name
first, a company to its name without its legal form. The texts are written for these
tests."""

from __future__ import annotations

from tests.extract.test_briefings_and_letters import _records, _speaker_of

_LIVE = (
    "LIVE: Marrow Strait Accord talks in Kellhaven\n"
    "\n"
    "Updates from our reporters at the talks.\n"
    "\n"
    "08:40 — Petra Olund\n"
    "\n"
    "The Accord secretariat has just released its yearly review of the strait. The "
    "report found that boardings of fishing boats rose to 48 last year, up from 19.\n"
    "\n"
    "09:10\n"
    "\n"
    '"We now fly three patrols a day over the strait, against one a day in 2022."\n'
    "\n"
    "— Captain Ines Varga, commander of the Kellhaven Maritime Wing\n"
    "\n"
    "09:25 — Petra Olund\n"
    "\n"
    "Delegates ate lunch on the terrace.\n"
)


def test_a_report_takes_up_the_review_its_body_just_published():
    """ "The report" after "the X secretariat has just released its yearly review" is
    that review, under another noun: its publisher speaks, named in full (the short
    "Accord" stands for the Marrow Strait Accord the headline names)."""
    assert _speaker_of(_LIVE, "The report found") == (
        "Marrow Strait Accord secretariat",
        None,
        None,
        "indirect",
    )


def test_a_pull_quote_is_spoken_by_the_name_signed_under_it():
    """A paragraph that is a quotation, then a line "— Rank Name, post": the name speaks
    the quotation, with the post the line gives."""
    assert _speaker_of(_LIVE, '"We now fly three patrols') == (
        "Ines Varga",
        "commander",
        "Kellhaven Maritime Wing",
        "direct_quote",
    )


def test_a_byline_name_does_not_run_into_the_next_paragraph():
    """A blog entry's byline ("— Petra Olund") ends at its line: the capitalised word that
    opens the next paragraph is no part of her name."""
    names = {
        r.speaker.name
        for r in _records(_LIVE.replace("Delegates", "Kellhaven said 40 ships"))
        if r.speaker
    }
    assert not any(n.startswith("Petra Olund ") for n in names)


_HEARING = (
    "SELECT COMMITTEE ON FLEET MATTERS\n"
    "Hearing on submarine availability (uncorrected transcript)\n"
    "\n"
    "Witness: Mr. Seo Min-jae, Director of Fleet Readiness, Ministry of National "
    "Defence.\n"
    "\n"
    "THE CHAIR: Director, please begin.\n"
    "\n"
    "MR. SEO: Thank you. Of our nine submarines, four were at sea last month, against "
    "six a year ago.\n"
)


def test_a_hearing_label_finds_a_witness_named_family_name_first():
    """ "MR. SEO:" is the witness introduced as "Mr. Seo Min-jae" (family name first),
    with the post and ministry the head gives."""
    assert _speaker_of(_HEARING, "Of our nine submarines") == (
        "Seo Min-jae",
        "Director of Fleet Readiness",
        "Ministry of National Defence",
        "direct_quote",
    )


_RELEASE = (
    "FOR IMMEDIATE RELEASE\n"
    "\n"
    "Corvana Sistemas Wins Navy Contract for Coastal Radars\n"
    "\n"
    "PUERTO LENA, 3 March — Corvana Sistemas S.A. today announced a contract worth "
    "$88 million to supply 14 coastal radars to the navy.\n"
    "\n"
    '"No order we have won comes close to this one," said Lucia Ferrand Ossa, Chief '
    'Executive Officer of Corvana Sistemas. "We will hire 200 engineers this year."\n'
    "\n"
    "The company's finance chief, Tomas Reyes Beltran, said the order lifts the "
    "backlog to $310 million.\n"
)


def test_a_company_named_with_its_legal_form_is_no_person():
    """The company whose legal form the release gives ("X Y S.A.") is no person, though
    its headline writes it like a name: its chief executive speaks for it, and its name
    goes without the legal form."""
    assert _speaker_of(_RELEASE, '"No order we have won') == (
        "Lucia Ferrand Ossa",
        "Chief Executive Officer",
        "Corvana Sistemas",
        "direct_quote",
    )
    assert _speaker_of(_RELEASE, "The company's finance chief")[2] == "Corvana Sistemas"


_PROFILE = (
    "Ruta Kalve has run the Defence Supply Agency since 2022.\n"
    "\n"
    "The Auditor-General's latest report says the agency paid $31 million in "
    "advances to late suppliers.\n"
    "\n"
    "Three officials at the agency, none of whom would be named, said staff had been "
    "told to close 50 tenders by June.\n"
    "\n"
    "The Vestrian Boatbuilders' Association estimates that yards lose 300 welders a "
    "year to retirement.\n"
    "\n"
    "The army chief, General Anton Ruusk, said the Vestrian army now flies 90 drones.\n"
)


def test_an_office_s_report_is_the_office_s():
    """ "The Auditor-General's report found": the office speaks under its title when the
    article names no holder."""
    assert _speaker_of(_PROFILE, "The Auditor-General's latest report")[0] == "Auditor-General"


def test_officials_at_a_body_are_a_group_that_speaks_for_it():
    """ "Three officials at the agency": those officials, as the guideline names a typed
    group, speaking for the agency the article named."""
    assert _speaker_of(_PROFILE, "Three officials at the agency") == (
        "officials at the agency",
        None,
        "Defence Supply Agency",
        "indirect",
    )


def test_an_untagged_association_is_a_source():
    """A body's capitalised name the tagger leaves untyped ("The X Boatbuilders'
    Association estimates") is the body."""
    assert _speaker_of(_PROFILE, "The Vestrian Boatbuilders'")[0] == (
        "Vestrian Boatbuilders' Association"
    )


def test_an_army_chief_speaks_for_the_article_s_army():
    """ "The army chief, General X": the army of the state the article is about."""
    assert _speaker_of(_PROFILE, "The army chief")[2] == "Vestrian Army"


def test_a_body_s_secretariat_is_named_with_its_owner():
    """ "The alliance's secretariat": the secretariat of the alliance the article named,
    under that alliance's name."""
    text = (
        "Ministers of the Northern Shield Alliance met in Tallamere on Monday.\n"
        "\n"
        "The alliance's secretariat said that 12 of the 15 members had paid their "
        "dues in full this year.\n"
    )
    assert _speaker_of(text, "The alliance's secretariat")[0] == (
        "Northern Shield Alliance secretariat"
    )
