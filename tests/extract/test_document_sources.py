"""Documents as sources, on articles written for these tests: an article that presents a
body's document (a summary line, an explainer's signpost), a document named with its
author's name before it, a body's word before a document, the government of the article's
state, and what is not a claim or a person (a heading of the body, a question's opening
auxiliary)."""

from __future__ import annotations

import pytest

SUMMARY = (
    "Spare parts: what the auditors found\n\n"
    "Summary of the Marsland Audit Office report on naval spares\n\n"
    "The Marsland Audit Office (MAO) has looked at how the navy buys spare parts. The report "
    "was sent to parliament on Monday.\n\n"
    "Orders rose sharply\n\n"
    "The navy spent 410 million crowns on spares in 2024, twice what it spent in 2021, the "
    "report found. Most of it went to three suppliers.\n\n"
    "Stocks fell\n\n"
    "By December, the depots held 55 percent of the parts they were meant to hold.\n\n"
    "The navy's response\n\n"
    '"We buy what the fleet needs," said Rear Admiral Tove Lindqvist. "Stocks will be '
    'back to 80 percent next year."\n\n'
    "Only 14 of the 31 contracts had been checked by a second official.\n"
)


_YARDS = (
    "Baltic yards run flat out, institute finds\n\nRIGA — Shipyard output around the Baltic "
    "has grown by half since 2020, according to a report published on Monday by the Kessel "
    "Defence Institute.\n\n"
)


POLL = (
    "Support for a larger army reserve has reached a record, according to a new survey out "
    "on Thursday.\n\n"
    "The poll, run by Brightwater Research for the Harwell Defence Council, found "
    "that 54 percent of adults favoured a bigger reserve. Thirty-one percent were against "
    "it, and 15 percent said they were unsure.\n\n"
    "A majority, 58 percent, said the country spent too little on air defence. Among those "
    "under 30, backing for the reserve stood at 39 percent. Only 14 percent of respondents "
    "said they would volunteer themselves.\n\n"
    '"People want a reserve, but they want someone else to join it," said Mira Holt, a '
    "pollster at Brightwater. Recruiters signed up 2,300 reservists last year, the army said.\n"
)


def _records(text):
    from pipeline.process.processor import Processor
    from pipeline.records import Article

    [(_, records)] = list(
        Processor().process([Article(article_id="a1", source="a.txt", text=text)])
    )
    return {
        r.sentence: (
            r.speaker.name if r.speaker else None,
            r.attribution.mode if r.attribution else None,
        )
        for r in records
    }


def test_an_article_presenting_a_document_gives_its_figures_to_the_author():
    """ "Summary of the X report" at the top: the figures under each heading are the
    report's author's, mode according_to; a quotation stays its speaker's, and the figure
    after it is the author's again."""
    records = _records(SUMMARY)
    assert records[
        "By December, the depots held 55 percent of the parts they were meant to hold."
    ] == ("Marsland Audit Office", "according_to")
    assert records["Only 14 of the 31 contracts had been checked by a second official."] == (
        "Marsland Audit Office",
        "according_to",
    )
    assert records['"Stocks will be back to 80 percent next year."'][0] == "Tove Lindqvist"


def test_without_a_summary_line_a_heading_still_ends_the_report_s_passage():
    """The same article with no line declaring it a summary: the figure after a heading is
    the writer's, as before."""
    text = SUMMARY.replace("Summary of the Marsland Audit Office report on naval spares\n\n", "")
    records = _records(text)
    assert records[
        "By December, the depots held 55 percent of the parts they were meant to hold."
    ] == (None, None)


EXPLAINER = (
    "Velmar's naval budget, explained\n\n"
    "The defence ministry's spending plan for 2027, published on Tuesday, sets aside 1.8 "
    "billion crowns for the navy.\n\n"
    "Here is how the funds are split, according to the plan.\n\n"
    "Ships\n\n"
    "Two new corvettes take 640 million crowns.\n\n"
    "Crews\n\n"
    "The navy will recruit 450 sailors next year, bringing its strength to 3,900.\n\n"
    "Critics at the Hollin Institute said the plan left submarines with only 40 million "
    "crowns.\n"
)


def test_an_explainer_s_signpost_gives_the_figures_after_it_to_the_document_s_body():
    """ "Here is how the funds are split, according to the plan": the figures under each
    heading after it are the plan's body's, mode according_to; a source of their own stays
    theirs; the signpost itself says nothing to check."""
    records = _records(EXPLAINER)
    assert records["Two new corvettes take 640 million crowns."] == (
        "Ministry of Defence",
        "according_to",
    )
    assert records[
        "The navy will recruit 450 sailors next year, bringing its strength to 3,900."
    ] == ("Ministry of Defence", "according_to")
    assert records[
        "Critics at the Hollin Institute said the plan left submarines with only 40 million crowns."
    ] == ("Hollin Institute", "indirect")
    assert "Here is how the funds are split, according to the plan." not in records


@pytest.mark.parametrize(
    "opening, signpost",
    [
        pytest.param(
            "The defence ministry's spending plan for 2027",
            "Here is what the figures show.",
            id="the-document-is-the-opening-subject",
        ),
        pytest.param(
            "The draft, published by the defence ministry for 2027,",
            "Here is how the crowns are shared out, according to the draft.",
            id="a-draft-is-a-document",
        ),
    ],
)
def test_an_explainer_s_signpost_in_other_words(opening, signpost):
    text = EXPLAINER.replace("The defence ministry's spending plan for 2027,", opening)
    text = text.replace("Here is how the funds are split, according to the plan.", signpost)
    records = _records(text)
    assert records["Two new corvettes take 640 million crowns."] == (
        "Ministry of Defence",
        "according_to",
    )


def test_without_a_signpost_a_heading_ends_the_passage():
    """The same explainer with no signpost: the figure under a heading is the writer's."""
    text = EXPLAINER.replace("Here is how the funds are split, according to the plan.\n\n", "")
    records = _records(text)
    assert records["Two new corvettes take 640 million crowns."] == (None, None)


def test_a_heading_of_the_body_is_no_claim():
    """ "Orders rose sharply" heads the paragraph that reports it; a table's row with
    figures and the headline stay."""
    records = _records(SUMMARY)
    assert "Orders rose sharply" not in records
    assert "Stocks fell" not in records
    table = (
        "Depots short of parts\n\nThe depots held these shares of their parts, the navy "
        "said:\n\nNorth    55%\nSouth    61%\n"
    )
    assert any(s.startswith("North") for s in _records(table))


@pytest.mark.parametrize(
    "text, sentence_start, expected",
    [
        pytest.param(
            SUMMARY,
            "The navy spent 410 million",
            ("Marsland Audit Office", "indirect"),
            id="the-report-after-the-x-office-report-is-the-office-s",
        ),
        pytest.param(
            "Ministers of the Borland Alliance met in Vellin on Tuesday.\n\nAlliance figures "
            "published last month show that Sarnia spends 1.2 percent of its output on "
            "defence. The same figures put Tovia at 2.9 percent.",
            "The same figures",
            ("Borland Alliance", "indirect"),
            id="a-body-s-word-opening-the-sentence-before-figures-is-the-body",
        ),
        pytest.param(
            "Ministers of the Borland Alliance met in Vellin on Tuesday.\n\nAlliance figures "
            "published last month show that Sarnia spends 1.2 percent of its output on "
            "defence.",
            "Alliance figures",
            ("Borland Alliance", "according_to"),
            id="capitalised-alliance-figures-are-the-alliance-s",
        ),
        pytest.param(
            "Road tunnels: what the checks found\n\n"
            'Summary of the Tovian Safety Inspectorate report "Keeping the tunnels open: '
            'maintenance in 2023"\n\nThe Tovian Safety Inspectorate looked at 40 road tunnels. '
            "The report went to the minister on Friday.\n\nRepairs\n\nSeven tunnels had "
            "no working fire pumps in March.\n",
            "Seven tunnels",
            ("Tovian Safety Inspectorate", "according_to"),
            id="a-summary-line-whose-quoted-title-has-a-verb-still-presents-the-report",
        ),
        pytest.param(
            "The Harrow Accident Investigation Board has looked into the crash of a training "
            "jet in May.\n\nInvestigators put the cost of the lost aircraft at 31 million "
            "crowns.",
            "Investigators put",
            ("Harrow Accident Investigation Board", "indirect"),
            id="investigators-are-the-one-investigation-board-named-before",
        ),
        pytest.param(
            "The Delmar Audit Office reviewed the navy's fuel contracts.\n\nAccording to the "
            "auditors' estimates, the navy paid 12 percent more than the market price.",
            "According to the auditors'",
            ("Delmar Audit Office", "according_to"),
            id="the-auditors-estimates-are-the-audit-office-s",
        ),
        pytest.param(
            "The Corran Institute studied the budget.\n\nAccording to the Corran "
            "Institute's calculations, the army will be short of 4,000 recruits.",
            "According to the Corran",
            ("Corran Institute", "according_to"),
            id="a-body-s-calculations-are-the-body-s",
        ),
        pytest.param(
            "The Delmar Audit Office and the Delmar Revenue Audit Board reviewed the "
            "contracts.\n\nAuditors said the navy paid 12 percent more than the market "
            "price.",
            "Auditors said",
            ("Auditors", "indirect"),
            id="negative-auditors-with-two-audit-bodies-named-stay-a-group",
        ),
        pytest.param(
            "The Delmar Audit Office reviewed the base's accounts.\n\nOfficers said 300 "
            "jobs would go when the base closes.",
            "Officers said",
            ("Officers", "indirect"),
            id="negative-officers-are-not-an-office",
        ),
        pytest.param(
            "Sarnia will spend more on tanks. The government said spending would rise to "
            "3.1 billion crowns.",
            "The government said",
            ("Sarnian government", "indirect"),
            id="the-government-is-the-article-s-state-s",
        ),
        pytest.param(
            POLL,
            "Support for a larger",
            ("Brightwater Research", "according_to"),
            id="a-survey-the-lede-leaves-unnamed-is-the-author-s-the-next-mention-names",
        ),
        pytest.param(
            POLL,
            "The poll, run by",
            ("Brightwater Research", "indirect"),
            id="a-poll-made-for-a-body-of-its-own-is-the-pollster-s",
        ),
        pytest.param(
            POLL,
            "Thirty-one percent",
            ("Brightwater Research", "according_to"),
            id="shares-of-respondents-answered-the-poll",
        ),
        pytest.param(
            POLL,
            "A majority, 58 percent,",
            ("Brightwater Research", "according_to"),
            id="a-majority-of-respondents-answered-the-poll",
        ),
        pytest.param(
            POLL,
            "Among those under 30",
            ("Brightwater Research", "according_to"),
            id="the-poll-s-figures-go-on-after-its-respondents-answers",
        ),
        pytest.param(
            POLL,
            "Only 14 percent of respondents",
            ("Brightwater Research", "according_to"),
            id="a-share-of-respondents-answered-the-poll",
        ),
        pytest.param(
            POLL,
            '"People want a reserve',
            ("Mira Holt", "direct_quote"),
            id="negative-a-pollster-quoted-is-herself",
        ),
        pytest.param(
            "Ministers met in Harwell on Monday. Half of the 30 ministers said defence "
            "spending should rise by 10 percent.",
            "Half of the 30",
            ("ministers", "indirect"),
            id="negative-a-share-with-no-poll-named-before-is-no-poll-s",
        ),
        pytest.param(
            "Only 800 of the rifles were recovered, according to the charge sheet lodged by "
            "the Anti-Smuggling Investigations Office.",
            "Only 800",
            ("Anti-Smuggling Investigations Office", "according_to"),
            id="a-body-the-tagger-left-untyped-lodged-the-document",
        ),
        pytest.param(
            "Only 800 of the rifles were recovered, according to the charge sheet lodged by "
            "the Central Anti-Graft Agency.",
            "Only 800",
            ("Central Anti-Graft Agency", "according_to"),
            id="an-untyped-agency-lodged-the-document",
        ),
        pytest.param(
            "TALLINN - Estonia plans to spend 6.2 billion euros on its armed forces in 2027, as "
            "the draft budget put to parliament on Wednesday shows. The budget puts air defence "
            "at 900 million euros.",
            "The budget puts",
            ("Estonian government", "indirect"),
            id="a-state-s-budget-with-no-author-named-is-its-government-s",
        ),
        pytest.param(
            "The company's budget for research rose to 40 million euros, the annual report said.",
            "The company's budget",
            ("annual report", "indirect"),
            id="negative-a-company-s-budget-is-no-government-s",
        ),
        pytest.param(
            "Funding for the Harbour Signals Directorate (HSD) rises to 300 million euros, the "
            "budget shows.",
            "Funding for the Harbour",
            ("budget", "according_to"),
            id="negative-a-body-s-acronym-is-no-state-with-a-budget",
        ),
        pytest.param(
            "Halvorsen Baatbyggeri, a family-owned shipbuilder in northern Norway, has "
            "delivered 31 patrol boats since 2012, according to its website.\n\nIn a "
            "statement, its chief executive, Per Halvorsen, said the first boat would sail "
            "in 2027.",
            "Halvorsen Baatbyggeri, a family-owned",
            ("Halvorsen Baatbyggeri", "according_to"),
            id="its-website-is-the-clause-subject-s-not-a-person-of-its-name",
        ),
        pytest.param(
            "The government of St. Corvane has bought two patrol ships.\n\nThe coast guard "
            "boarded 52 fishing vessels in 2024 (20 in 2022), according to its yearly review. "
            "Most were off St. Corvane's north coast.",
            "The coast guard boarded",
            ("St. Corvane Coast Guard", "according_to"),
            id="its-annual-report-is-the-coast-guard-s-of-the-story-s-state",
        ),
        pytest.param(
            "The Dovrian army has ordered 80 wheeled carriers.\n\nThe hull survived 3 mine "
            "blasts, according to a short summary of the army's trial report seen by Wheels & "
            "Tracks.",
            "The hull survived",
            ("Dovrian Army", "according_to"),
            id="a-summary-of-a-body-s-report-seen-by-a-magazine-is-the-body-s",
        ),
        pytest.param(
            "New fuel depot opens at Haven City\n\nMINISTRY OF ENERGY, KINGDOM OF SALVENA\n"
            "Communications Unit\n\nFor immediate release\n\nHAVEN CITY, 3 May - Energy "
            "Minister Ruben Ostrov today opened a new fuel depot at Haven City.\n\nThe depot "
            "will hold 12,000 tonnes of fuel, twice as much as the old one.\n\nContact: "
            "Communications Unit, Ministry of Energy, Kingdom of Salvena.",
            "The depot will hold",
            ("Ministry of Energy", "according_to"),
            id="a-release-s-issuer-in-capitals-two-lines-above-its-marker",
        ),
        # a definite document takes up the one the article mentioned just before, under
        # whatever noun, with its author
        pytest.param(
            "Army pay has fallen behind, according to a paper released on Friday by the "
            "Tallow Centre for Labour Studies.\n\nThe analysis, drawn from payroll data, "
            "puts the gap with police pay at 14 percent.",
            "The analysis, drawn",
            ("Tallow Centre for Labour Studies", "indirect"),
            id="the-analysis-after-a-paper-by-a-centre-is-the-centre-s",
        ),
        pytest.param(
            "Eleven member states lack their own tanker aircraft, according to an internal "
            "EU logistics review seen by several newspapers. The same review says just three "
            "can refuel at night.",
            "The same review",
            ("European Union", "indirect"),
            id="the-same-review-after-an-eu-review-is-the-union-s",
        ),
        pytest.param(
            "The Corlan Defence Council met in Ravik this week.\n\nThe council's own "
            "estimates put Sarnia's spending per soldier at 84,000 crowns.",
            "The council's own",
            ("Corlan Defence Council", "indirect"),
            id="the-council-s-own-estimates-are-the-council-named-before",
        ),
        pytest.param(
            "Members of the Dockers and Riggers Federation voted on Sunday.\n\nFederation "
            "analysis shows that yard wages rose 3 percent last year.",
            "Federation analysis",
            ("Dockers and Riggers Federation", "according_to"),
            id="a-capitalised-word-of-a-body-s-name-before-analysis-is-the-body",
        ),
        pytest.param(
            "European navies will have 41 frigates at sea next year, according to data "
            "NATO circulated to ministers in May.",
            "European navies",
            ("NATO", "according_to"),
            id="data-a-body-circulated-are-the-body-s",
        ),
        pytest.param(
            "Torvik Marine builds patrol boats in Hessby.\n\nIt now delivers 14 boats each "
            "year, according to the figures it shared with the Courier.",
            "It now delivers",
            ("Torvik Marine", "according_to"),
            id="figures-it-shared-are-the-company-s",
        ),
        pytest.param(
            "Recruits waited 190 days for a start date, according to figures the panel got "
            "from the Department of Veterans and Reserves.",
            "Recruits waited",
            ("Department of Veterans and Reserves", "according_to"),
            id="figures-got-from-a-department-are-the-department-s",
        ),
        pytest.param(
            "The Sellin Institute for Maritime Affairs has studied coastal defence.\n\nThe "
            "study was written by Ada Brenn, a fellow at the Sellin Institute for Maritime "
            "Affairs, and Tomas Grell, its research director.\n\nIt draws on port records. "
            "It also uses interviews.\n\nThe report found that 9 of the 14 harbours lack "
            "radar cover.",
            "The report found",
            ("Sellin Institute for Maritime Affairs", "indirect"),
            id="a-study-written-by-a-body-s-fellows-is-the-body-s",
        ),
        pytest.param(
            _YARDS + "According to Table 3, Estonian yards received 40 percent of all orders.",
            "According to Table 3",
            ("Kessel Defence Institute", "according_to"),
            id="a-numbered-table-is-the-document-in-hand-s",
        ),
        pytest.param(
            _YARDS + "An annex to the report shows that the average hull cost 12 million euros.",
            "An annex",
            ("Kessel Defence Institute", "indirect"),
            id="an-annex-to-the-report-is-the-report-s",
        ),
        pytest.param(
            _YARDS + "Figure 2 of the report shows that two yards closed in 2023.",
            "Figure 2",
            ("Kessel Defence Institute", "indirect"),
            id="a-numbered-figure-of-the-report-is-the-report-s",
        ),
        pytest.param(
            _YARDS + "According to a table of hull prices kept by brokers, a corvette costs "
            "300 million euros.",
            "According to a table",
            ("table of hull prices kept by brokers", "according_to"),
            id="negative-a-table-of-something-else-is-another-document",
        ),
        # a place's name, a descriptor and the body's name: the name after the descriptor
        pytest.param(
            "Velsia imports most of its artillery shells, according to trade data compiled by "
            "the Kessel consultancy Baltic Arms Monitor.",
            "Velsia imports",
            ("Baltic Arms Monitor", "according_to"),
            id="data-compiled-by-a-placed-consultancy-are-the-consultancy-s",
        ),
        pytest.param(
            "The Tarn weekly Grenzbote reported on Friday that 300 workers had left the plant.",
            "The Tarn weekly",
            ("Grenzbote", "indirect"),
            id="a-placed-weekly-s-name-speaks",
        ),
        pytest.param(
            "Defence spending will rise 9 percent next year, according to the Tarnby daily "
            "Morgenpost Nord.",
            "Defence spending",
            ("Morgenpost Nord", "according_to"),
            id="a-placed-daily-s-name-of-two-words-speaks",
        ),
    ],
)
def test_a_document_s_source(text, sentence_start, expected):
    records = _records(text)
    hits = [v for s, v in records.items() if s.startswith(sentence_start)]
    assert hits == [expected], records


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param(
            "Sarnia has 40 tanks. Will Sarnia join the pact next year?\n\nNo, said the minister.",
            None,
            id="a-question-s-auxiliary-and-a-state-are-no-one",
        ),
        pytest.param(
            "Will Harmon, a defence analyst, said Sarnia has 40 tanks.",
            "Will Harmon",
            id="negative-a-given-name-will-in-a-statement-is-a-name",
        ),
    ],
)
def test_a_question_s_opening_auxiliary_is_not_a_given_name(nlp, text, person):
    from pipeline.extract.speaking.tracker import SpeakerTracker

    names = {p.name for p in SpeakerTracker(nlp(text)).persons.values()}
    assert names == ({person} if person else set())


NOTE = (
    "Brannock Arms: a strong half, guidance lifted\n\n"
    "Tarrow Securities | Equity Research | European Defence\n"
    "Company note, 3 March\n\n"
    "Brannock's first half came in well ahead of what we had pencilled in. Sales grew 22% "
    "to GBP 640m, and orders reached GBP 1.9bn.\n\n"
    "We lift our price target to GBP 48 and keep our rating.\n\n"
    "The chief executive, Moira Dunlevy, said the new rocket-motor line would double output "
    "by 2027.\n"
)


def test_a_body_s_own_note_speaks_in_its_voice():
    """A masthead line naming a body ("X Securities | Equity Research") and a narration
    that says "we": the figures the note states in its own voice are the body's, with no
    cue of their own; a person it reports stays that person."""
    records = _records(NOTE)
    assert records["Sales grew 22% to GBP 640m, and orders reached GBP 1.9bn."] == (
        "Tarrow Securities",
        None,
    )
    assert records["We lift our price target to GBP 48 and keep our rating."][0] == (
        "Tarrow Securities"
    )
    said = "The chief executive, Moira Dunlevy, said the new rocket-motor line would double "
    assert records[said + "output by 2027."][0] == "Moira Dunlevy"


@pytest.mark.parametrize(
    "change",
    [
        # no "we" in the narration: a line with bars in a newspaper's story is its own
        lambda t: t.replace("what we had pencilled in", "what the market had expected").replace(
            "We lift our price target to GBP 48 and keep our rating.\n\n", ""
        ),
        # a line with bars that names no body ("Published 06:40 | Updated 09:10")
        lambda t: t.replace(
            "Tarrow Securities | Equity Research | European Defence",
            "Published 06:40 | Updated 09:10",
        ),
    ],
)
def test_no_masthead_body_leaves_the_figures_the_writer_s(change):
    records = _records(change(NOTE))
    assert records["Sales grew 22% to GBP 640m, and orders reached GBP 1.9bn."] == (None, None)


AUDIT = (
    "Velmark National Audit Office: summary of findings on army fuel contracts\n\n"
    "What we looked at\n\n"
    "We examined 64 fuel contracts the army signed between 2022 and 2024.\n\n"
    "Findings\n\n"
    "The army paid 18 percent over the going rate on 41 of them. The audit puts the "
    "excess at 9 million crowns.\n"
)


def test_a_body_s_summary_of_its_own_findings_is_the_body_s():
    """A headline "<body>: summary of findings on ..." and "we" in the narration: the
    figures are the body's, and "the audit" is its own document, so the body's too."""
    records = _records(AUDIT)
    assert records["The army paid 18 percent over the going rate on 41 of them."] == (
        "Velmark National Audit Office",
        None,
    )
    assert records["The audit puts the excess at 9 million crowns."][0] == (
        "Velmark National Audit Office"
    )
