"""Sources in forms that reviewers met on articles we did not write: a magazine's
interview whose questions carry the magazine's initials, names posted with their
social-media handle, a state the tagger took for a person, a think tank's brief whose
head line opens with the brief's own number, a register cited by its short form, a
budget explained line by line, a statistics release summed up, a minister telling a
broadcaster the article introduced. The texts are written for these tests."""

from __future__ import annotations

from tests.extract.test_briefings_and_letters import _records, _speaker_of

_INTERVIEW = (
    "Keel and Compass: Harlow Yards' chief on frigates and steel\n"
    "\n"
    "Coastal Naval Digest met Odile Brannagh, chief executive of Harlow Yards, at the "
    "company's offices in Port Venn to talk about orders and hiring.\n"
    "\n"
    "CND: Your yard launched four frigates in two years. What changed?\n"
    "\n"
    "BRANNAGH: We hired. The workforce grew to 3,400 from 1,900 in 2021.\n"
    "\n"
    "CND: The navy wants nine more hulls by 2035. The treasury has set aside 6 billion "
    "for them. Can you build that many?\n"
    "\n"
    "BRANNAGH: Yes, if the steel comes. We now cut steel for one hull every 11 months.\n"
)


def test_an_interviewers_label_of_initials_asks_and_does_not_speak():
    """ "CND:" is the magazine the introduction names (Coastal Naval Digest), asking:
    its lines are questions, like "Q:" lines, and no one called "Cnd" speaks."""
    names = {r.speaker.name for r in _records(_INTERVIEW) if r.speaker is not None}
    assert not any(name.lower() == "cnd" for name in names)
    assert _speaker_of(_INTERVIEW, "The treasury has set aside") is None


def test_the_answers_under_a_name_label_stay_the_interviewees():
    """(What she told the magazine that asks under its initials: mode according_to.)"""
    assert _speaker_of(_INTERVIEW, "We now cut steel") == (
        "Odile Brannagh",
        "chief executive",
        "Harlow Yards",
        "according_to",
    )


_POSTS = (
    "Frigate deal: what lawmakers and analysts posted\n"
    "\n"
    'Opposition defence critic Wendell Marsh (@wmarsh_mp) replied first. "The first '
    'estimate was 2.1 billion," he wrote.\n'
    "\n"
    "On a forum thread, Ingrid Solvang (@isolvang_sea), a maritime security fellow at "
    'the Skerry Policy Centre, did the sums. "Per hull, that is 700 million," she '
    "wrote.\n"
)


def test_a_name_posted_with_its_handle_is_a_person_with_the_post_after_it():
    """The bracketed handle breaks the tagger's reading of the name; the name before it
    is still a person, and the apposition past the bracket gives her post."""
    assert _speaker_of(_POSTS, '"Per hull') == (
        "Ingrid Solvang",
        "maritime security fellow",
        "Skerry Policy Centre",
        "direct_quote",
    )


def test_a_portfolios_critic_is_a_title():
    """Westminster-style parliaments name the opposition's spokespeople for a portfolio
    "critics" ("defence critic"); a critic of something holds no post (a guard elsewhere)."""
    found = _speaker_of(_POSTS, '"The first estimate')
    assert found is not None and found[0] == "Wendell Marsh"
    assert found[1].lower().endswith("defence critic")


_WIRE = (
    "Drennia to double drone output\n"
    "\n"
    "TALVO, March 3 (Wirepoint) - Drennia will double its output of patrol drones "
    "next year, its defence minister said.\n"
    "\n"
    "Ostrava's foreign ministry said on Monday that the Drennian programme would "
    "cost 400 million dollars. Ostravan officials have protested before.\n"
    "\n"
    "Ilse Marakova, who sits on parliament's budget committee, told Wirepoint the army "
    'was "at least 2,000 short" of its 20,000 posts.\n'
)


def test_a_state_whose_adjective_the_article_writes_owns_its_ministry():
    """ "Ostrava's foreign ministry" where the article also writes "Ostravan": Ostrava is
    a state, whatever the tagger made of it, and its ministry speaks."""
    found = _speaker_of(_WIRE, "Ostrava's foreign ministry")
    assert found is not None
    assert "ostrava" in found[0].lower() and "ministry" in found[0].lower()


def test_a_relative_who_makes_a_person_of_a_name_read_as_a_place():
    found = _speaker_of(_WIRE, "Ilse Marakova, who sits")
    assert found is not None and found[0] == "Ilse Marakova"


_BRIEF = (
    "Powder and Plates: Propellant in the Northern Marches\n"
    "\n"
    "Policy Brief 2026/03 | Tarn Institute for Security Studies | Aino Vesk and Per Lund\n"
    "\n"
    "This brief updates our earlier estimates. It uses licence records of the Northern "
    "Arms Export Ledger (NAEL) and interviews with plant managers.\n"
    "\n"
    "We estimate that the two propellant lines in the Marches can supply 90,000 rounds a "
    "year, less than half of current output.\n"
    "\n"
    "Exports of shells rose 35 percent in 2025, according to NAEL licence data.\n"
    "\n"
    "Budgets trail output. Holtmark put 1.2 percent of GDP into the army in 2025, less "
    "than any neighbour, according to its Economy Ministry.\n"
)


def test_a_briefs_own_voice_is_its_institute_past_the_briefs_number():
    """The head line's first part is the brief's label ("Policy Brief 2026/03"); the
    body whose text it is comes next, and its "we" speaks for it."""
    found = _speaker_of(_BRIEF, "We estimate")
    assert found is not None and found[0] == "Tarn Institute for Security Studies"


def test_a_registers_short_form_before_data_is_the_register():
    found = _speaker_of(_BRIEF, "Exports of shells")
    assert found == ("Northern Arms Export Ledger", None, None, "according_to")


def test_its_ministry_is_the_ministry_of_the_state_the_clause_is_about():
    """ "Holtmark put ..., according to its Economy Ministry": Holtmark's."""
    found = _speaker_of(_BRIEF, "Holtmark put")
    assert found is not None and found[0].startswith("Holtmark")


_BUDGET = (
    "What the Kessan defence budget buys\n"
    "\n"
    "The budget was tabled by Finance Secretary Amara Delacruz on Wednesday. Delacruz "
    "said spending would rise 18 percent.\n"
    "\n"
    "The Treasury Department's budget book shows an extra 90 million dollars for "
    "coastal radars.\n"
    "\n"
    "The Department of Coastal Security intends to hire 4,000 deckhands in 2027, "
    "according to its spending submission.\n"
    "\n"
    "The federal government's announcement that it would buy six patrol boats for "
    "Australia's navy came on Monday.\n"
)


def test_a_secretary_of_a_portfolio_keeps_the_portfolio_in_the_title():
    found = _speaker_of(_BUDGET, "Delacruz said")
    assert found is not None and found[:2] == ("Amara Delacruz", "Finance Secretary")


def test_a_departments_budget_book_and_submission_speak_for_the_department():
    assert _speaker_of(_BUDGET, "The Treasury Department's budget book")[0] == (
        "Treasury Department"
    )
    assert _speaker_of(_BUDGET, "The Department of Coastal Security intends") == (
        "Department of Coastal Security",
        None,
        None,
        "according_to",
    )


def test_the_federal_governments_announcement_is_the_governments():
    """ "The federal government's announcement that ..." reports what the government
    announced; "federal" says which level governs, not which state."""
    found = _speaker_of(_BUDGET, "The federal government's announcement")
    assert found is not None and found[0].lower().endswith("government")
    assert "federal" not in found[0].lower()


_RELEASE = (
    "Armoured vehicle output up 15 percent, statistics board says\n"
    "\n"
    "Release summary: Vehicle Manufacturing Survey, second quarter\n"
    "Published by the Orlen Bay Statistics Board (OBSB), Tuesday 4 August\n"
    "\n"
    "Plants in Orlen Bay built armoured vehicles worth 610 million crowns in the "
    "quarter, up 15 percent on a year earlier, the board said on Tuesday.\n"
    "\n"
    "- Deliveries to the army rose to 84 vehicles from 61.\n"
    "- Export orders reached 230 million crowns, twice the level of a year before.\n"
    "\n"
    '"Export demand is the main driver," Mira Tolvanen, the board\'s head of '
    "industry statistics, told reporters.\n"
)


def test_a_summary_of_a_release_gives_its_unsourced_figures_to_the_publisher():
    """ "Published by X" in the article's head: the lines of figures with no source of
    their own are the release's, mode according_to; a quoted person keeps her quote."""
    assert _speaker_of(_RELEASE, "- Deliveries to the army") == (
        "Orlen Bay Statistics Board",
        None,
        None,
        "according_to",
    )
    found = _speaker_of(_RELEASE, '"Export demand')
    assert found is not None and found[0] == "Mira Tolvanen"


_TOLD = (
    "Drennia to build a second drone plant\n"
    "\n"
    "Defence Minister Arvo Kallas told state broadcaster TRV-2 on Monday that the new "
    "plant would make 300 drones a month.\n"
    "\n"
    "The minister also told TRV-2 that the army had hired 2,000 drone operators.\n"
)


def test_an_outlet_the_article_introduced_is_told_with_mode_according_to():
    """ "X told TASS ..." is according_to (guideline); an outlet the article introduced
    with a news outlet's noun ("state broadcaster TRV-2") is one when named alone too."""
    assert _speaker_of(_TOLD, "Defence Minister Arvo Kallas told")[3] == "according_to"
    found = _speaker_of(_TOLD, "The minister also told")
    assert found is not None and found[0] == "Arvo Kallas" and found[3] == "according_to"


def test_a_capital_in_the_headline_does_not_name_the_government():
    """ "Oslo" before "the government's announcement", in an article about Norway: a
    city of the state the article is about, not a state of its own."""
    text = (
        "Oslo's frigate gamble\n"
        "\n"
        "The government's announcement that it would buy six frigates for 40 billion "
        "crowns came on Monday, the largest order in the history of Norway's navy.\n"
    )
    found = _speaker_of(text, "The government's announcement")
    assert found is not None and found[0] == "Norwegian government"
