"""Askers named in a briefing's question lines, and bodies named by what the article
writes around them: a state's name before a ministry's field in lower case, a body named
in apposition to the noun that describes it, an owner after "by the estimate of", a
maker's name the tagger took for a place, a local body in a story filed from a town, a
state known only by its adjective, and a verb of saying whose object is a thing. The
texts are written for these tests."""

from __future__ import annotations

from tests.extract.test_briefings_and_letters import _records, _speaker_of

_BRIEFING = (
    "Transcript: customs briefing on drone batteries at Port Kessel\n"
    "\n"
    "PORT KESSEL - Edited transcript of Tuesday's briefing at Norvessa's customs directorate.\n"
    "\n"
    "PARTICIPANTS: Irena Vasko, Director of Customs Enforcement; Colonel Ulf Brandt, "
    "Harbour Police.\n"
    "\n"
    "VASKO: Good afternoon. Since June our teams have opened 410 containers flagged by the "
    "scanners, and 57 of them held undeclared battery packs.\n"
    "\n"
    "Q (Dora Halme, Harbour Daily): Director, how many firms are under investigation?\n"
    "\n"
    "VASKO: Nine firms, all registered abroad.\n"
    "\n"
    "Q (Rolf Meyer, Port Radio): A question for the Colonel. Your unit has only three "
    "working launches for the whole estuary. Is that enough?\n"
    "\n"
    "BRANDT: We have six launches, and four are at sea on a normal day.\n"
    "\n"
    "Q (Meyer): One more, for the Director.\n"
    "\n"
    "VASKO: From Monday the government is adding 96 items to the inspection list, most "
    "of them parts for small drones.\n"
)


def test_a_question_lines_statement_is_the_askers():
    """ "Q (Rolf Meyer, Port Radio): ... Your unit has only three working launches":
    the asker's own words, quoted; the interviewee answers after."""
    found = _speaker_of(_BRIEFING, "Your unit has only three")
    assert found is not None
    assert found[0] == "Rolf Meyer"
    assert found[3] == "direct_quote"


def test_an_askers_fragment_is_no_claim_and_the_title_after_the_bracket_is_not_his():
    """ "Q (Meyer): One more, for the Director." asserts nothing; "Q (Dora Halme,
    Harbour Daily): Director, ..." does not make the asker a director."""
    records = _records(_BRIEFING)
    assert not any(r.sentence.startswith("Q (Meyer)") for r in records)
    asked = [r for r in records if r.speaker is not None and r.speaker.name == "Rolf Meyer"]
    assert asked and all(r.speaker.role is None for r in asked)


def test_adding_things_to_a_list_reports_nothing():
    """ "the government is adding 96 items to the inspection list, most of them parts
    ...": a thing added, not words; the line is Vasko's."""
    records = [r for r in _records(_BRIEFING) if r.sentence.startswith("VASKO: From Monday")]
    assert records and records[0].speaker is not None
    assert records[0].speaker.name == "Irena Vasko"
    assert records[0].attribution.cue != "adding"


_SUMMIT = (
    "LIVE: Harbour states' defence talks, day one\n"
    "\n"
    "10:05\n"
    "Velsta's defence minister, Liv Rask, told reporters that her country's plants now "
    "fill 6,500 rounds a week.\n"
    "\n"
    "11:20\n"
    "In a statement this morning, the Dravik defence ministry put next year's drone "
    "budget at €900 million, a 30 percent rise.\n"
    "\n"
    "12:40\n"
    "A stop at the exhibition stands. The Dravik drone maker Skyvane is showing a "
    "glide bomb kit. A company representative said the firm builds about 250 kits a "
    "month, up from 60 a year ago.\n"
)


def test_a_states_name_before_a_ministrys_field_is_the_owner():
    """ "the Dravik defence ministry": Dravik's ministry of defence, not a "Ministry of
    Dravik Defence" of the state named first."""
    found = _speaker_of(_SUMMIT, "In a statement this morning")
    assert found is not None
    assert found[0] == "Dravik Ministry of Defence"


def test_a_makers_name_after_its_descriptor_is_the_company_of_its_staff():
    """ "The Dravik drone maker Skyvane", then "A company representative said": the
    representative is Skyvane's, though the tagger may take the name for a place."""
    found = _speaker_of(_SUMMIT, "A company representative said")
    assert found is not None
    assert found[2] == "Skyvane"


_COLUMN = (
    "Opinion | Shells, not ceremonies\n"
    "\n"
    "By a retired artillery officer\n"
    "\n"
    "The Harlow Munitions Group told shareholders its two plants made 180,000 shells "
    "last year. The ordnance board's yearly report found that our arsenals held 90,000 "
    "more in December. Our neighbour Marvia, by the estimates of the Coastline Defence Forum, now "
    "makes about 700,000 a year. Marvia's state missile group, Orvel Dynamics, claimed "
    "in its yearly report that it delivered 9,000 rockets last year.\n"
)


def test_an_owner_after_by_the_estimates_of_speaks():
    """ "Marvia, by the estimates of the Coastline Defence Forum, now makes ...": the
    forum's estimate, not the report of the sentence before."""
    found = _speaker_of(_COLUMN, "Our neighbour Marvia")
    assert found == ("Coastline Defence Forum", None, None, "according_to")


def test_a_body_named_in_apposition_to_its_description_speaks():
    """ "Marvia's state missile group, Orvel Dynamics, claimed": the group named beside
    the noun, not the last body the article named."""
    found = _speaker_of(_COLUMN, "Marvia's state missile group")
    assert found is not None
    assert found[0] == "Orvel Dynamics"


_TOWN = (
    "The port that found work again\n"
    "\n"
    "By our correspondent\n"
    "\n"
    "VILA BRENTA - The welders' canteen opens at five now. In 2023 the Veskaran navy ordered "
    "three corvettes from the Vila Brenta yard, and the defence ministry's yearly "
    "procurement report puts the deal at €1.4 billion.\n"
    "\n"
    "Harbour-side rents are up 28 percent in two years, according to the municipal "
    "lettings office.\n"
)


def test_a_local_body_belongs_to_the_town_the_story_is_filed_from():
    """ "VILA BRENTA - ..." and "the municipal lettings office": Vila Brenta's office."""
    found = _speaker_of(_TOWN, "Harbour-side rents are up")
    assert found is not None
    assert found[0] == "Vila Brenta municipal lettings office"


def test_a_state_known_only_by_its_adjective_owns_the_bare_ministry():
    """ "the Veskaran navy" and no name of the state: "the defence ministry" is the
    Veskaran defence ministry."""
    records = [r for r in _records(_TOWN) if r.sentence.startswith("In 2023 the Veskaran")]
    named = [r.speaker.name for r in records if r.speaker is not None]
    assert named == ["Veskaran Ministry of Defence"]


_RESULTS = (
    "Arms makers report a strong half\n"
    "\n"
    "Norrland Aerospace builds coastal radars at two plants in the north. "
    "Norrland's half-year report, filed on Friday, shows revenue from its radar arm up "
    "27 percent, with export orders worth two-thirds of it. By the navy's own admission, "
    "under half of the new radars ordered in 2022 have been delivered.\n"
)


def test_a_document_shows_an_object_and_the_figure_after_it():
    """ "the report shows revenue from its radar arm up 27 percent": what the report
    shows is the object and its state after it, the figure included."""
    found = _speaker_of(_RESULTS, "Norrland's half-year report")
    assert found is not None
    assert found[0] == "Norrland Aerospace"


def test_by_its_own_admission_speaks_for_the_owner():
    """ "By the navy's own admission, under half ...": the navy's word, with mode
    according_to."""
    found = _speaker_of(_RESULTS, "By the navy's own admission")
    assert found is not None
    assert found[3] == "according_to"


_BULLETIN = (
    "EVENING BULLETIN - transcript\n"
    "\n"
    "ANCHOR: Good evening. Pulau Rendah's shipyards are busy tonight. The defence ministry "
    "in Batu Lama says the yards now launch two patrol boats a month, twice last year's "
    "pace. Pulau Rendah's foreign ministry stated on Monday that arms sales abroad had "
    "fallen by 25 percent since 2023.\n"
)


def test_a_state_of_two_words_owns_its_ministries():
    """ "Pulau Rendah's foreign ministry", and "the defence ministry in Batu Lama" in an
    article whose state is Pulau Rendah (two words before a possessive)."""
    found = _speaker_of(_BULLETIN, "Pulau Rendah's foreign ministry")
    assert found is not None
    assert found[0] == "Pulau Rendah Ministry of Foreign Affairs"
    bare = _speaker_of(_BULLETIN, "The defence ministry in Batu Lama")
    assert bare is not None
    assert bare[0] == "Pulau Rendah Ministry of Defence"


_DEBATE = (
    "Rivals spar over reserve numbers\n"
    "\n"
    "Sigrun Soler, the opposition candidate, said the reserve had shrunk to 9,000 members. "
    '"And that is the smallest reserve in the region," Soler interjected when her rival '
    "spoke of growth. The league's latest budget review, published in May, lists the "
    "country's defence spending at 1.7 percent of output last year.\n"
)


def test_an_interjection_is_a_verb_of_saying():
    """'"...," Soler interjected': her quotation."""
    found = _speaker_of(_DEBATE, '"And that is the smallest reserve')
    assert found is not None
    assert found[0] == "Sigrun Soler"
    assert found[3] == "direct_quote"


def test_a_review_that_lists_a_figure_at_a_value_reports_it():
    """ "the review ... lists the country's defence spending at 1.7 percent": the review
    puts the figure, as "puts ... at" does."""
    records = [r for r in _records(_DEBATE) if r.sentence.startswith("The league's latest")]
    assert records and records[0].speaker is not None
    assert records[0].attribution.mode == "indirect"


_FEATURE = (
    "Night shift at the fuel depot\n"
    "\n"
    "A supply sergeant at the Hollow Creek fuel depot walked along a row of tankers before "
    "sunrise, ticking boxes on a form she had filled in a thousand times.\n"
    "\n"
    "On a busy night, she says, the depot sends out about 40 tankers to the forward "
    "airfields.\n"
    "\n"
    "The sergeant, Staff Sergeant Imogen Pryce, has worked at the depot for nine years.\n"
)


def test_she_before_any_name_is_the_person_described_and_later_named():
    """ "A supply sergeant at the depot ... she says", then "The sergeant, Staff
    Sergeant Imogen Pryce,": the words are Pryce's from the start."""
    found = _speaker_of(_FEATURE, "On a busy night")
    assert found is not None
    assert found[0] == "Imogen Pryce"
