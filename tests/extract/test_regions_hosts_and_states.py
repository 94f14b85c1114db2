"""Sources in forms that reviewers met on articles we did not write: a sales head for a
region, a founder of a hyphened start-up, an army named by its people's adjective, a
broadcast's anchor under the programme's masthead, a title given short in a cast list
and in full later, a family name with a particle after a given name, a state speaking
under its own name, a government "of" a state, an audit written by a body's
inspectorate, a draft tabled by a ministry and divided line by line, and the newspaper's
own arithmetic. The texts are written for these tests."""

from __future__ import annotations

from tests.extract.test_briefings_and_letters import _records, _speaker_of

_FAIR = (
    "Buyers crowd the halls at Portavela naval fair\n"
    "\n"
    "Greta Holmquist, head of South American sales at the Swedish sonar maker Vindel "
    "Akustik, said the company had booked orders worth 40 million euros in the region, "
    "twice last year's total.\n"
    "\n"
    "Tomás Ferreyra, founder of the Cordillo start-up Nubemar Robotics, estimated that "
    "navies in the region would spend 90 million dollars on underwater drones by 2028.\n"
    "\n"
    '"We will order more hulls this decade than in the last three," said Admiral Inés '
    "Barrantes, who runs shipbuilding for the Velmaran navy. Velmara's coast guard is "
    "buying too.\n"
)


def test_a_regions_sales_head_keeps_the_region_in_the_title_and_the_company_as_body():
    """ "head of South American sales at the Swedish sonar maker X": the region's field
    belongs to the title, and the body is the company, not the region."""
    assert _speaker_of(_FAIR, "Greta Holmquist") == (
        "Greta Holmquist",
        "head of South American sales",
        "Vindel Akustik",
        "indirect",
    )


def test_a_founder_of_a_hyphened_start_up_speaks_for_it():
    """The tagger reads "start" of "start-up" as a verb; the apposition still describes
    her, and the place before the company's kind is not the company."""
    assert _speaker_of(_FAIR, "Tomás Ferreyra") == (
        "Tomás Ferreyra",
        "founder",
        "Nubemar Robotics",
        "indirect",
    )


def test_an_army_named_by_its_peoples_adjective_is_the_organisation():
    found = _speaker_of(_FAIR, '"We will order more hulls')
    assert found is not None and found[0] == "Inés Barrantes"
    assert (found[2] or "").lower() == "velmaran navy"


_BROADCAST = (
    "NIGHTLINE SECURITY — Ostrava Public Radio\n"
    "Programme transcript\n"
    "\n"
    "ANCHOR: Petra Vondrakova\n"
    "GUEST: Marek Hlinka, Vice Minister, Ministry of Energy\n"
    "\n"
    "VONDRAKOVA: Good evening. My guest is the Vice Minister for Energy, Marek Hlinka. "
    "Last winter the grid lost 140 engineers to private firms. Is that still happening?\n"
    "\n"
    "HLINKA: Much less. This year we lost 35, and we hired 120 new ones.\n"
    "\n"
    "VONDRAKOVA: Nordmark has said that it will triple its spending on grid defence. "
    "Should we follow?\n"
    "\n"
    "HLINKA: We will not copy anyone.\n"
    "\n"
    "VONDRAKOVA: Marek Hlinka, many thanks. That's all from us.\n"
)


def test_an_anchor_presents_for_the_broadcaster_the_masthead_names():
    found = _speaker_of(_BROADCAST, "Last winter the grid lost 140 engineers")
    assert found is not None and found[0] == "Petra Vondrakova"
    assert found[1] == "anchor"
    assert found[2] == "Ostrava Public Radio"


def test_a_title_given_short_in_the_cast_list_takes_its_portfolio_when_written_in_full():
    """ "Vice Minister, Ministry of Energy" in the cast list, "the Vice Minister for
    Energy, X" in the first line: the fuller title, and the ministry the list gave."""
    assert _speaker_of(_BROADCAST, "This year we lost 35") == (
        "Marek Hlinka",
        "Vice Minister for Energy",
        "Ministry of Energy",
        "direct_quote",
    )


def test_a_state_speaks_under_its_name_inside_a_hosts_line():
    """ "Nordmark said ...": the state reports what it will do, as "X reported, citing
    Y" makes Y the source."""
    found = _speaker_of(_BROADCAST, "VONDRAKOVA: Nordmark has said")
    assert found is not None and found[0] == "Nordmark" and found[3] == "indirect"


def test_a_sign_off_asserts_nothing():
    texts = {r.sentence for r in _records(_BROADCAST)}
    assert not any("all from us" in t for t in texts)


_STATES = (
    "Tank orders across the region\n"
    "\n"
    "Russia has said it will deliver 1,500 tanks to its own army this year.\n"
    "\n"
    "The government of Saldavia announced that it would buy 60 tanks over two years.\n"
    "\n"
    "Last week General Nabil Ben Salah, Saldavia's chief of staff, told reporters that "
    '"40 of the 60 will be built at home". Ben Salah added that 900 crew would be '
    "trained.\n"
)


def test_a_government_of_a_named_state_is_that_states_not_the_articles():
    """The article names Russia, a state the lexicon knows, more prominently; "the
    government of Saldavia" is still Saldavia's."""
    found = _speaker_of(_STATES, "The government of Saldavia")
    assert found is not None and found[0] == "Saldavian government"


def test_a_family_names_particle_after_a_given_name_stays_in_the_name():
    """ "Nabil Ben Salah": "Ben" is a given name elsewhere, here a particle of the
    family name; the name is kept whole, and the short form finds the person."""
    found = _speaker_of(_STATES, "Ben Salah added")
    assert found is not None and found[0] == "Nabil Ben Salah"
    assert _speaker_of(_STATES, "Last week General")[0] == "Nabil Ben Salah"


_AUDIT = (
    "Corvela shipyard far behind on patrol boats, audit shows\n"
    "\n"
    "Corvela's state shipyard handed over only 4 patrol boats between January and June, "
    "a third of the 12 in its contract, according to a confidential audit that reporters "
    "have read.\n"
    "\n"
    "The audit, marked secret, was written by the navy ministry's Naval Inspectorate. "
    "Welding output never exceeded 60 tonnes a month, it found.\n"
)


def test_an_audit_written_by_a_ministrys_inspectorate_is_the_inspectorates():
    """The inspectorate's name is capitalised after its owner's possessive, and the tagger
    gives it no type: it is still the audit's author."""
    found = _speaker_of(_AUDIT, "Corvela's state shipyard")
    assert found is not None and found[0] == "Naval Inspectorate"
    assert found[3] == "according_to"


_BUDGET = (
    "What the budget gives Corvela's navy\n"
    "\n"
    "Corvela's parliament votes on the 2027 finance bill on Thursday. The draft was "
    "tabled in the chamber last week by the Treasury Ministry.\n"
    "\n"
    "Naval money would rise to 2.2 billion in 2027 from 1.9 billion, the draft "
    "says. By this newspaper's own count, the rise comes to about 16 percent.\n"
    "\n"
    "The draft divides the naval money like this:\n"
    "\n"
    "- Ships and submarines: 900 million\n"
    "- Crews and pensions: 700 million\n"
)


def test_a_draft_tabled_by_a_ministry_is_the_ministrys():
    found = _speaker_of(_BUDGET, "Naval money would rise")
    assert found is not None and found[0].endswith("Treasury Ministry")
    assert found[3] == "indirect"


def test_a_draft_that_divides_a_total_gives_its_author_to_the_list():
    found = _speaker_of(_BUDGET, "- Ships and submarines")
    assert found is not None and found[0].endswith("Treasury Ministry")
    assert found[3] == "according_to"


def test_the_newspapers_own_calculation_is_the_writers():
    assert _speaker_of(_BUDGET, "By this newspaper's own count") is None


_SHORT_NAMES = (
    "Gun maker and think tank split on drones\n"
    "\n"
    "BERGEN - Norwegian gun maker Fjordvik Defence will build 800 loitering munitions a "
    "year at a plant near Stavik, the company said on Monday.\n"
    "\n"
    "Fjordvik said in a filing that the plant would cost 90 million euros. The company's "
    "finance chief, Sunniva Dahl, told analysts it would pay for itself by 2029.\n"
    "\n"
    "The Kestrelmoor Institute, a Bergen research outfit, doubts it. Kestrelmoor's "
    "paper puts the cost of each munition at 60,000 euros, twice the maker's figure.\n"
    "\n"
    "Licences come from the Defence Export Licensing Board (DELB). DELB said it had "
    "approved 41 drone exports in 2025, against 23 in 2024.\n"
)


def test_a_makers_first_word_is_the_maker_when_its_name_ends_in_defence():
    """ "Fjordvik Defence", a gun maker, then "Fjordvik said": the company, whatever the
    tagger called its name ("Nordic Defence", a field, is no company's short name)."""
    found = _speaker_of(_SHORT_NAMES, "Fjordvik said in a filing")
    assert found is not None and found[0] == "Fjordvik Defence"


def test_a_think_tanks_first_word_is_the_think_tank():
    found = _speaker_of(_SHORT_NAMES, "Kestrelmoor's paper")
    assert found is not None and found[0] == "Kestrelmoor Institute"


def test_a_bodys_short_form_in_capitals_is_never_a_person():
    """The tagger may read "DELB" as a person's name; the article defined it as the
    board's short form, so the board speaks, under its full name."""
    found = _speaker_of(_SHORT_NAMES, "DELB said")
    assert found is not None and found[0] == "Defence Export Licensing Board"
    assert found[1] is None


def test_a_figure_put_at_deep_in_the_object_is_still_put_by_the_subject():
    """ "X put the cost of clearing the backlog at 1.2 billion": the parser hangs "at" on
    the verb inside the object; X still puts the figure."""
    text = (
        "Backlog\n\n"
        "The Audit Commission put the price of fixing every leaking barracks roof at 1.2 "
        "billion, in a report sent to ministers in June.\n"
    )
    found = _speaker_of(text, "The Audit Commission put")
    assert found is not None and found[0] == "Audit Commission" and found[3] == "indirect"


def test_how_many_sources_spoke_is_no_figure_of_the_claim():
    """ "Three officials who know the plans said ...": the count of the sources is
    not what they said; the boats are."""
    text = (
        "Patrol boats\n\n"
        "Three officials who know the plans said the navy would order 12 patrol "
        "boats next year.\n"
    )
    found = [r for r in _records(text) if r.sentence.startswith("Three officials")]
    assert found
    assert [q.value for q in found[0].quantities] == [12]


def test_a_polls_share_of_respondents_stays_the_claims_figure():
    """ "41 percent said ...", "seven of 10 adults say ...": the share that said it is
    what the poll found, not a count of sources."""
    text = (
        "Poll on conscription\n\n"
        "A survey of 1,200 adults was published on Monday. 41 percent said they would "
        "back a return to conscription. Nearly seven of 10 adults say the army is too "
        "small.\n"
    )
    shares = {r.sentence[:12]: [q.value for q in r.quantities] for r in _records(text)}
    assert shares.get("41 percent s") == [41]
    assert sorted(shares.get("Nearly seven") or []) == [7, 10]
