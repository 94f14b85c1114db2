"""A report's voice, its authors and the bodies a document or a ministry owns: a name the
tagger cut short before the short form that defines it, a numbered list of findings
after "Its main findings:", authors who write for a publisher, a ministry's own
directorate taken up later as "the directorate", a spokesman whose title a minister
owns, a speaker named after a final verb of reckoning, "it" for the one document of a
sentence, a verb of reckoning whose adverbial clause reports on its own, and figures
a ministry tabled. The texts are written for these tests."""

from __future__ import annotations

from tests.extract.test_briefings_and_letters import _records, _speaker_of

_OUTLOOK = (
    "Border agencies say drone incursions doubled\n"
    "\n"
    "Drone flights across the northern frontier rose sharply last year, the Upland and "
    "Lowland Frontier Monitoring Board (ULFMB) said in its annual review, published on "
    "Monday in Kessbury.\n"
    "\n"
    "The 96-page review, the board's third, rests on radar logs from nine border posts. "
    "Its main findings:\n"
    "\n"
    "1. Posts logged 4,120 drone crossings in 2024, up from 2,050 a year earlier.\n"
    "\n"
    "2. Some 64 percent of flights came after dark, according to thermal images studied "
    "by the authors.\n"
    "\n"
    "3. Jammers at the posts stopped about 900 flights, a fifth more than in 2023.\n"
    "\n"
    "The authors were sharper still on staffing. They said the posts needed 300 more "
    "radar operators to cover every shift.\n"
    "\n"
    "At the launch, the review's lead author, Petra Lindqvist, said the numbers understated "
    "the problem.\n"
    "\n"
    "Omar Haddad, a co-author who handled the radar data, warned that some 15 percent of "
    "crossings were probably never logged.\n"
)


def test_a_name_cut_short_before_its_short_form_is_the_whole_name():
    """ "the Upland and Lowland Frontier Monitoring Board (ULFMB)": the tagger starts
    the name at "Lowland"; the short form's letters give it in full."""
    found = _speaker_of(_OUTLOOK, "Drone flights across")
    assert found is not None
    assert found[0] == "Upland and Lowland Frontier Monitoring Board"


def test_items_after_its_main_findings_are_the_publishers():
    """ "The review, the board's third, ... Its main findings:" and a numbered list:
    each item is the board's, with mode according_to."""
    found = _speaker_of(_OUTLOOK, "Posts logged 4,120")
    assert found == ("Upland and Lowland Frontier Monitoring Board", None, None, "according_to")
    later = _speaker_of(_OUTLOOK, "Jammers at the posts stopped")
    assert later is not None and later[0] == "Upland and Lowland Frontier Monitoring Board"


def test_the_authors_write_for_the_publisher_not_for_themselves():
    """ "images studied by the authors", "The authors ... They said": the body that
    published the review, not a group called "authors"."""
    found = _speaker_of(_OUTLOOK, "Some 64 percent of flights")
    assert found is not None and found[0] == "Upland and Lowland Frontier Monitoring Board"
    they = _speaker_of(_OUTLOOK, "They said the posts")
    assert they is not None and they[0] == "Upland and Lowland Frontier Monitoring Board"


def test_a_reports_lead_author_and_a_co_author_speak_for_its_publisher():
    """ "the review's lead author, X,": role lead author; "Y, a co-author who ...": a
    co-author of the review the article presents; both for the board."""
    assert _speaker_of(_OUTLOOK, "At the launch") == (
        "Petra Lindqvist",
        "lead author",
        "Upland and Lowland Frontier Monitoring Board",
        "indirect",
    )
    found = _speaker_of(_OUTLOOK, "Omar Haddad, a co-author")
    assert found is not None and found[1:3] == (
        "co-author",
        "Upland and Lowland Frontier Monitoring Board",
    )


_FACTCHECK = (
    "Has shell output really tripled?\n"
    "\n"
    "The Ministry of Defence keeps no public tally of shells, but its procurement "
    "directorate replied to our questions by email. In 2022, according to the directorate, "
    "the arsenals filled 41,000 rounds. Last year they filled 118,000, the directorate "
    "said.\n"
    "\n"
    "Ivo Marek, the minister's spokesman, said private plants had added another 20,000 "
    "rounds.\n"
)


def test_a_ministrys_own_directorate_is_named_with_the_ministry_and_taken_up_later():
    """ "The Ministry of Defence keeps ..., but its procurement directorate replied":
    the ministry's directorate; "the directorate" after it is the same body."""
    found = _speaker_of(_FACTCHECK, "In 2022, according to the directorate")
    assert found is not None
    assert found[0].endswith("Ministry of Defence procurement directorate")
    assert found[3] == "according_to"


def test_a_spokesman_whose_title_a_minister_owns_is_a_spokesman():
    """ "the minister's spokesman": the title is spokesman, not minister."""
    found = _speaker_of(_FACTCHECK, "Ivo Marek, the minister's spokesman")
    assert found is not None and found[:2] == ("Ivo Marek", "spokesman")


_ANALYSIS = (
    "Can the Orlan yard deliver its corvettes on time?\n"
    "\n"
    "The hopeful view comes from a study released on Friday by the Varnholt Institute, a "
    "policy centre in Aldmere. It argues that the yard can finish a corvette every 14 "
    "months once its second slipway is built.\n"
    "\n"
    "Swapping the imported sonar would add roughly 90 million euros to the programme, "
    "estimated Greta Sundqvist, who directs naval research at the Tilmark Forum.\n"
    "\n"
    "Another analyst, Ruben Ostrand of the Aldmere Naval Review, put the yard's real "
    "pace at one corvette every two years, noting that the biggest hull it has finished so "
    "far is a 1,200-tonne patrol boat.\n"
    "\n"
    "The cost per hull stands at 310 million euros, according to figures the finance "
    "ministry tabled in parliament in March.\n"
)


def test_it_after_a_sentence_with_one_document_is_that_documents_author():
    """ "The hopeful view comes from a study released by X. It argues ...": the
    sentence's subject is a thing; its one document's author argues."""
    found = _speaker_of(_ANALYSIS, "It argues that the yard")
    assert found is not None and found[0] == "Varnholt Institute"


def test_a_speaker_named_after_a_final_verb_of_reckoning():
    """ "..., estimated Greta Sundqvist, who directs ...": the parser read the name as
    the verb's modifier; she estimated it."""
    found = _speaker_of(_ANALYSIS, "Swapping the imported sonar")
    assert found is not None and found[0] == "Greta Sundqvist"
    assert found[3] == "indirect"


def test_a_verb_of_reckoning_and_the_verb_of_saying_after_it_each_report():
    """ "put the pace at X, noting that ...": 'put' reports the pace, 'noting' the
    clause after it; two records for the sentence, not one."""
    found = [r for r in _records(_ANALYSIS) if r.sentence.startswith("Another analyst")]
    assert len(found) == 2
    assert {r.speaker.name for r in found if r.speaker} == {"Ruben Ostrand"}


def test_figures_a_ministry_tabled_are_the_ministrys():
    """ "figures the finance ministry tabled in parliament": the ministry's figures."""
    found = _speaker_of(_ANALYSIS, "The cost per hull")
    assert found is not None
    assert {"finance", "ministry"} <= set(found[0].lower().split())
    assert found[3] == "according_to"


_WATCHDOG = (
    "Arms watchdog tallies small-arms sales\n"
    "\n"
    "The Brightwater Institute, a think tank from Lenholm, published a report on Tuesday on "
    "small-arms exports from Quenmark. Marvona's army, the report says, was "
    "the biggest customer. A panel of the regional assembly said in May that Quenmarker rifles had "
    "turned up in three conflicts.\n"
    "\n"
    "The report also reviews sales to Porto Clara, a state whose police stand accused "
    "of abuses. Quenmark sold 7,200 rifles to the state's interior ministry over two "
    "years, it says, more than to any other buyer outside the region.\n"
    "\n"
    "Porto Clara's defence ministry says it spent 14 million euros on Quenmarker rifles.\n"
)


def test_it_after_a_report_goes_back_to_the_report_not_to_the_last_body_that_spoke():
    """ "The report also reviews ... whose police stand ... X sold ..., it says": past the
    relative clause's subject and what 'it' reports, the report is the subject before,
    its author speaks; not the assembly's panel that spoke last."""
    found = _speaker_of(_WATCHDOG, "Quenmark sold 7,200 rifles")
    assert found is not None and found[0] == "Brightwater Institute"


def test_a_state_named_in_two_words_keeps_both_before_its_ministry():
    """ "Porto Clara's defence ministry": the state's two words, not its last one."""
    found = _speaker_of(_WATCHDOG, "Porto Clara's defence ministry")
    assert found is not None and found[0].startswith("Porto Clara")
