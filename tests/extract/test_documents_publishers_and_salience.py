"""Sources that a document-level reading finds where the sentence alone does not: a name
set off before a final verb when the parser made the dateline the subject, a bank's
analysts who reckoned "in a memo that", the company an article is about when another
was named once in passing, a report taken up after a body published "its own" review, a
budget's tables that show what the ministry's draft says, figures by a think tank's
calculations, a minister of the state a story is filed from, and a maker that "it said"
in a relative clause. The texts are written for these tests."""

from __future__ import annotations

from tests.extract.test_briefings_and_letters import _records, _speaker_of

_RESULTS = (
    "Harrowgate Defence lifts forecast on radar demand\n"
    "\n"
    "Harrowgate Defence raised its outlook for the year on Wednesday after orders for "
    "its coastal radars rose twofold over six months.\n"
    "\n"
    "Harrowgate delivered 31 radars in the period. Analysts at Bellmont Bank reckoned in a "
    "client memo that the deliveries made Harrowgate the region's biggest supplier of such "
    "systems, ahead of the Ostmark firm Pell Optronics.\n"
    "\n"
    "The company's finance chief, Mirela Dovic, told investors that spending on new "
    "plant would reach 90 million euros this year, nearly twice last year's level.\n"
)


def test_analysts_who_estimated_in_a_note_speak_for_their_bank():
    """ "reckoned in a memo that ...": the parser hangs the that-clause on the memo;
    the bank's analysts still reckoned it."""
    found = _speaker_of(_RESULTS, "Analysts at Bellmont Bank")
    assert found is not None and found[0] == "Bellmont Bank"
    assert found[3] == "indirect"


def test_the_company_is_the_one_the_article_is_about_not_one_named_in_passing():
    """A company named once as an object ("ahead of ... Pell Optronics") does not take
    "the company's finance chief" from the one the article names again and again."""
    assert _speaker_of(_RESULTS, "The company's finance chief") == (
        "Mirela Dovic",
        "finance chief",
        "Harrowgate Defence",
        "indirect",
    )


_BRIEFING = (
    "VALMORE - The Tessaran army ended the year 2,400 recruits below its target, General "
    "Anselm Kurtovic, chief of the defence staff, told a briefing on Tuesday.\n"
    "\n"
    "Recruiters signed 5,100 volunteers in the year, 9% fewer than twelve months before, "
    "according to data issued by the general staff.\n"
)


def test_a_name_set_off_before_the_verb_speaks_when_the_dateline_was_parsed_as_subject():
    """The parser made the dateline the subject of "said" and hung the name on the
    clause before it: the name set off by commas before the verb speaks, not the noun
    that opens what he reports."""
    found = _speaker_of(_BRIEFING, "VALMORE - The Tessaran army")
    assert found is not None and found[0] == "Anselm Kurtovic"
    assert found[1] == "chief of the defence staff"


def test_data_issued_by_the_general_staff_are_the_staffs():
    found = _speaker_of(_BRIEFING, "Recruiters signed 5,100")
    assert found is not None and found[0] is not None
    assert "general staff" in found[0].lower()
    assert found[3] == "according_to"


_BUDGET = (
    "Where Ardenza's extra defence billions go\n"
    "\n"
    "The finance ministry in Caldera published its draft budget on Monday.\n"
    "\n"
    "Procurement grows by a quarter to 2.2 billion euros, the budget tables show, though "
    "wages go up 4% and fuel 7%.\n"
    "\n"
    "That would put Ardenza sixth among the region's spenders, according to fresh "
    "calculations by the Caldera Institute for Strategy.\n"
    "\n"
    "The Audit Chamber released its own review a week later. The study concludes that "
    "inflation would swallow half of the increase. It reckoned that the new corvettes "
    "would cost 1.7 billion euros to build.\n"
)


def test_the_budget_tables_are_the_ministrys_that_published_the_draft():
    """ "the budget tables show", its subject read as a compound, set off after the
    main clause: the ministry that published the budget speaks."""
    found = _speaker_of(_BUDGET, "Procurement grows")
    assert found is not None and found[0] is not None
    assert found[0].lower().endswith("ministry of finance")


def test_calculations_by_an_institute_are_the_institutes():
    found = _speaker_of(_BUDGET, "That would put Ardenza")
    assert found is not None and found[0] == "Caldera Institute for Strategy"
    assert found[3] == "according_to"


def test_the_study_after_a_body_released_its_own_review_is_that_bodys():
    """ "X released its own review. The study concludes ...": the study is the review,
    and "it" after it stands for the same author."""
    assert _speaker_of(_BUDGET, "The study concludes")[0] == "Audit Chamber"
    assert _speaker_of(_BUDGET, "It reckoned that the new corvettes")[0] == "Audit Chamber"


_PLANT = (
    "Serrano opens drone plant\n"
    "\n"
    "LUMBRE, Castavia (Wire) - Castavian state-owned drone maker Serrano opened a new "
    "assembly plant on Friday that it said could raise output to 3,000 drones a year.\n"
    "\n"
    "Castavia spends 2.8% of national income on its armed forces this year. Defence "
    "Minister Rafael Ibarguen said the army would buy 1,200 of the drones by 2027.\n"
    "\n"
    "Serrano chief executive Lucia Montoya said the plant had cost 80 million euros. "
    "Serrano's engine supplier has tripled production since 2023, Montoya acknowledged. "
    "The company also noted that it no longer buys motors from an Asian trader.\n"
    "\n"
    "Analysts say Europe still lags Russia and China. Russia alone assembles more drones "
    "each month than Castavia does in a year, the analysts estimate, and Russian plants run "
    "around the clock.\n"
)


def test_it_in_a_relative_clause_after_a_described_maker_is_the_maker():
    """ "Maker X opened a plant that it said could ...": "it" is the maker the article
    describes as one, however the tagger typed its name."""
    found = _speaker_of(_PLANT, "LUMBRE, Castavia")
    assert found is not None and found[0] == "Serrano"


def test_a_minister_belongs_to_the_state_the_story_is_filed_from():
    """A state the lexicon does not know, in the dateline and named more often than any
    state it knows: the minister's organisation, not the known state named later."""
    found = _speaker_of(_PLANT, "Defence Minister Rafael Ibarguen")
    assert found is not None and found[0] == "Rafael Ibarguen"
    assert found[2] is not None and "Castavia" in found[2]


def test_the_company_after_a_persons_family_name_as_subject_is_the_company():
    """The sentence before ends on "Montoya acknowledged": the tagger's type for the
    family name does not make her the company."""
    found = _speaker_of(_PLANT, "The company also noted")
    assert found is not None and found[0] == "Serrano"


def test_records_of_the_plant_article_name_no_person_as_a_company():
    names = {r.speaker.name for r in _records(_PLANT) if r.speaker is not None}
    assert "Montoya" not in names


_NOTE = (
    "Brannock Marine: strong quarter, yard expansion on track\n"
    "\n"
    "Fenwick Capital | Equity Research | Shipbuilding\n"
    "\n"
    "Brannock Marine Group booked 640 million euros of orders in the quarter, its best since "
    "2019.\n"
    "\n"
    "The management told analysts that the second dry dock will open in 2027, lifting "
    "hull output by 40%.\n"
    "\n"
    "Today the company employs 2,300 people at three yards, according to figures that it "
    "published on Monday.\n"
    "\n"
    "A study the municipality commissioned puts the yard's local spending at 70 "
    "million euros a year.\n"
)


def test_the_management_speaks_for_the_company_not_the_notes_publisher():
    found = _speaker_of(_NOTE, "The management told")
    assert found is not None and found[0] == "Brannock Marine Group"


def test_figures_it_gave_are_the_company_the_clause_before_describes():
    """ "the company employs 2,300, according to figures that it published": "it" is the
    company the description takes up, not a thing."""
    found = _speaker_of(_NOTE, "Today the company")
    assert found is not None and found[0] == "Brannock Marine Group"
    assert found[3] == "according_to"


def test_a_study_commissioned_by_a_municipality_is_the_municipalitys():
    found = _speaker_of(_NOTE, "A study the municipality")
    assert found is not None and "municipality" in (found[0] or "")
