"""Attribution in the forms news is written in: one form per row, on sentences
written for these tests. Each row gives the (speaker, mode) of every attributed
draft of its last sentence, in order."""

from __future__ import annotations

import pytest

from pipeline.extract.attribution import QuoteIndex, find_cues
from pipeline.extract.claims import extract_drafts
from pipeline.extract.speakers import SpeakerTracker
from pipeline.nlp.model import sentences


def _last_sentence_speakers(nlp, text):
    doc = nlp(text)
    drafts = [d for d in extract_drafts(doc) if d.speaker is not None and d.cue is not None]
    last = max(d.sentence.start for d in drafts) if drafts else None
    return [(d.speaker.name, d.cue.mode) for d in drafts if d.sentence.start == last]


FORMS = [
    # a final cue the parser hung on the main verb, through a phrase it gave the cue
    # ("more than any ..."), with or without a noun phrase after it that comments on the
    # sentence
    pytest.param(
        "TARNBY — Tarnland now produces 400 drones a day, more than any other nation in the "
        "western Pacific, Defence Minister Jorun Aasen said on Friday.",
        [("Jorun Aasen", "indirect")],
        id="a-final-cue-hung-on-the-main-verb-through-more-than",
    ),
    pytest.param(
        "TARNBY — Tarnland now produces 400 drones a day, more than any other nation in the "
        "western Pacific, Defence Minister Jorun Aasen said on Friday, a claim that rival "
        "Ostria called fanciful.",
        [("Jorun Aasen", "indirect")],
        id="a-final-cue-hung-on-the-main-verb-before-a-comment-on-the-sentence",
    ),
    # a final cue whose subject the parser hung on a noun of the clause before as its
    # conjunct; "this agency" is the writers' outlet
    pytest.param(
        "TARNBY — Valdia is getting ready to nearly double army spending in 2027 and is "
        "bargaining over combat drones from an Asian seller, as banditry that began in the "
        "desert pushes further into the island state's eastern districts, aides and envoys "
        "told this agency.",
        [("aides", "according_to"), ("envoys", "according_to")],
        id="a-final-cue-whose-subject-the-parser-made-a-conjunct-before-it",
    ),
    # a document that sets a thing at a figure; a person's "set" is no document's verb
    pytest.param(
        "The Valdian Ministry of Finance's draft budget sets army pay for 2027 at 90 million "
        "euros, 20 percent more than this year.",
        [("Valdian Ministry of Finance", "according_to")],
        id="a-document-sets-a-thing-at-a-figure",
    ),
    pytest.param(
        "The minister set the target at 2 percent of GDP.",
        [],
        id="negative-a-person-who-sets-a-target",
    ),
    pytest.param(
        "The second table sets each army's spending against the size of its economy.",
        [],
        id="negative-a-document-that-sets-a-thing-against-another",
    ),
    # the writers' own outlet as the one told: "X told TASS" (guideline), "told this
    # programme"
    pytest.param(
        "Its chief executive, Anders Holt, told this programme in March that the yard would "
        "deliver 6 hulls next year.",
        [("Anders Holt", "according_to")],
        id="told-this-programme-is-told-the-outlet",
    ),
    # a document that gives a figure as its object; a figure passed on by its agent
    pytest.param(
        "The Tarnby Institute counts tanks every year. The institute's latest yearbook gives a "
        "figure of 212 tanks in service.",
        [("Tarnby Institute", "according_to")],
        id="a-document-gives-a-figure",
    ),
    pytest.param(
        "The ministry issued a press release. The release gave no number for the 40 new trucks.",
        [],
        id="negative-a-document-that-gives-no-figure",
    ),
    pytest.param(
        "She gave 40 interviews last year.",
        [],
        id="negative-a-person-who-gives-something-counted",
    ),
    pytest.param(
        "That estimate of 1,200 drones was provided to reporters by an army colonel.",
        [("army colonel", "according_to")],
        id="a-figure-given-by-its-agent",
    ),
    pytest.param(
        "The contract for 40 trucks was given to the yard by the ministry.",
        [],
        id="negative-a-thing-given-by-an-agent-is-no-figure-passed-on",
    ),
    # "Per" as a man's given name: one source, the person, not "per" citing him; the
    # surname the tagger found alone keeps the given name the parser read as a preposition
    pytest.param(
        "Per Lindqvist, the yard's chief executive, said output would rise to 12 hulls a year.",
        [("Per Lindqvist", "indirect")],
        id="per-opening-a-person-s-name-is-no-according-to",
    ),
    pytest.param(
        "Output will rise to 12 hulls a year, said Per Lindqvist, the yard's chief executive.",
        [("Per Lindqvist", "indirect")],
        id="per-as-a-given-name-before-a-tagged-surname-is-part-of-the-name",
    ),
    pytest.param(
        "Per Reuters, output at the yard will rise to 12 hulls a year.",
        [("Reuters", "according_to")],
        id="negative-per-before-an-outlet-is-according-to",
    ),
    # a source's noun of measuring after "on" or "by", owned by the source, set off at the
    # head of its clause; not the object of a verb that rests on it
    pytest.param(
        "The Brenner Institute tracks 20 European armies, and on its measure Ostria spends "
        "1.2 percent of GDP on defence.",
        [("Brenner Institute", "according_to")],
        id="on-its-measure-is-its-owner-s-figure",
    ),
    pytest.param(
        "The Brenner Institute tracks 20 European armies. By its measure, Ostria spends 1.2 "
        "percent of GDP on defence.",
        [("Brenner Institute", "according_to")],
        id="by-its-measure-is-its-owner-s-figure",
    ),
    pytest.param(
        "The Brenner Institute tracks 20 European armies. On the institute's count, Ostria "
        "has 140 tanks.",
        [("Brenner Institute", "according_to")],
        id="on-a-body-s-count-is-that-body-s-figure",
    ),
    pytest.param(
        "The Brenner Institute tracks 20 European armies. The army relies on the institute's "
        "figures for 140 tanks.",
        [],
        id="negative-a-verb-that-rests-on-a-body-s-figures-cites-no-source",
    ),
    # a final cue whose verb of telling has whom it tells as its object, parsed as a
    # conjunct of the clause before: that clause is what was told
    pytest.param(
        "Ostria has received fewer than half of the 120 tanks it ordered in 2022, the head of "
        "the army's equipment agency told the assembly's security committee on Wednesday.",
        [("head of the army's equipment agency", "indirect")],
        id="a-final-told-with-its-addressee-as-object-reports-the-clause-before",
    ),
    pytest.param(
        "The navy has 14 frigates, but only six of them can sail this winter, the fleet's "
        "commander told the assembly's security committee on Wednesday.",
        [("fleet's commander", "indirect")],
        id="a-final-told-with-its-addressee-as-object-reports-the-clauses-before",
    ),
    # a name the tagger takes for a place's, set off after a title as the parser's second
    # subject ("The panel's chair, X Y of the Z Party, asked"): a person, whom the next
    # paragraph's "X was unmoved" and "she said" go on with
    pytest.param(
        "The panel's chair, Torhild Vesterbekk of the Coastal Party, asked whether the agency "
        "had misjudged demand. Arnfinn Lysebotn, a deputy minister, replied that spending on "
        "munitions was up 45 percent since 2023.\n\nVesterbekk pressed on. "
        '"Denmark has tripled its output since 2022, and we have added nothing," she said.',
        [("Torhild Vesterbekk", "direct_quote")],
        id="a-name-after-a-title-the-parser-made-a-second-subject-is-a-person",
    ),
    # a programme's name the tagger takes for a person's ("the programme, known as X Y,")
    # is no one a later "she" can be, even named in what the speaker acknowledged
    pytest.param(
        "Work on the coastal missile scheme, known as Lanza Austral, began in 2019 and no "
        "launcher has been handed over.\n\nThe navy's spokeswoman, Marisela Condorcanqui, "
        "said the navy would "
        'not comment, but acknowledged that Lanza Austral was "behind schedule". She said '
        "the first of 4 launchers would enter service in 2025.",
        [("Marisela Condorcanqui", "indirect")],
        id="a-thing-s-name-given-by-known-as-is-no-one-a-pronoun-is",
    ),
    # a written thing giving the words it carries: "the letter reads" quotes the letter,
    # as "the letter says" does; a person who reads something says nothing
    pytest.param(
        '"Since January the yard has laid down 6 hulls and we intend to double that," the '
        "petition to the regional council reads.",
        [("petition", "direct_quote")],
        id="a-document-that-reads-gives-its-words",
    ),
    pytest.param(
        "The strike committee handed out leaflets at the depot gate. The leaflet read: "
        '"We have gone 12 months without a pay rise."',
        [("leaflet", "direct_quote")],
        id="a-leaflet-that-reads-gives-its-words",
    ),
    pytest.param(
        "Sabine Orrelhoff sat down with the audit. She read that the depot holds 4,000 "
        "rounds of the older type.",
        [],
        id="a-person-who-reads-says-nothing",
    ),
    # a clause whose verb the parser read as a noun ("commute"), its subject taken for the
    # object of the verb of saying and "that" hung on it: the rest is what was said
    pytest.param(
        "Idris Malvenko runs the welding school. He added that roughly 30 percent of those "
        "trained since 2021 commute from the coast.",
        [("Idris Malvenko", "indirect")],
        id="a-that-clause-whose-verb-was-read-as-a-noun-is-still-what-was-said",
    ),
    # ", X told shareholders.": a verb of telling and its hearers close the sentence, the
    # parser having made the verb a conjunct of the clause before
    pytest.param(
        "Tanzania alone will make 90,000 rounds a year at a new plant near the Kagera River, "
        "Deputy Cabinet Secretary Amara Olekwendi told delegates.",
        [("Amara Olekwendi", "indirect")],
        id="a-closing-verb-of-telling-with-its-hearers",
    ),
    # verbs that judge what their object did: "credits X with", "blamed X for"
    pytest.param(
        "Mayor Ilse Brondvik keeps a model frigate in her office. She credits the shipyard "
        "with cutting local unemployment from 11 percent to 7 percent.",
        [("Ilse Brondvik", "indirect")],
        id="credits-x-with-judges-what-x-did",
    ),
    # "by the works' tally": a body's word owning a count, as it owns a title
    pytest.param(
        "Tessaro Vehicle Works makes tanks in Brno. By the plant's count, one tank left the "
        "hall every 33 hours in May.",
        [("Tessaro Vehicle Works", "according_to")],
        id="by-the-plant-s-count-is-the-company-s",
    ),
    # a document that lists a figure reports it
    pytest.param(
        "Each frigate costs the navy 410 million euros, according to a budget summary the "
        "Marinestab released last week. That summary lists 14 frigates on order.",
        [("Marinestab", "indirect")],
        id="a-document-that-lists-a-figure-reports-it",
    ),
    pytest.param(
        "Finance Minister Rolf Askevik blamed the supplier for a delay of 14 months.",
        [("Rolf Askevik", "indirect")],
        id="blamed-x-for-judges-what-x-did",
    ),
    # "according to the Tallinn weekly X Y": the name after the outlet's word, which the
    # parser cut from the phrase's object (the place)
    pytest.param(
        "Estonia will spend more on shells. According to the Tartu weekly The Lighthouse, the "
        "ministry set aside 90 million euros.",
        [("Lighthouse", "according_to")],
        id="an-outlet-named-after-its-place-and-kind",
    ),
    # a document a person's pronoun owns is that person's ("His new book, X, argues")
    pytest.param(
        "Air Commodore Ewan Tallowbrook flew Hornets for 22 years. His new book, Fuel and "
        "Fire, argues that the navy has 40 percent fewer tankers than it needs.",
        [("Ewan Tallowbrook", "indirect")],
        id="his-book-speaks-for-its-author",
    ),
    pytest.param(
        "The Kestrel Institute published a study of tank repairs on Monday. Spare parts cost "
        "40 million euros last year, according to figures from two Italian suppliers cited in "
        "the study.",
        [("Italian suppliers", "according_to")],
        id="makers-a-people-s-adjective-types-are-a-group-not-their-state",
    ),
    pytest.param(
        "Barrel wear sets the pace, according to a study released on Tuesday by the "
        "Halvorsen Centre for Arms Industry.\n\nLena Strom, the centre's director, said demand for "
        "barrels had doubled since 2022.\n\nWe estimate that the region would need to spend "
        "about 300 million euros to close the gap.",
        [("Halvorsen Centre for Arms Industry", "indirect")],
        id="we-in-a-body-s-summary-of-its-own-report-is-the-body",
    ),
    pytest.param(
        "Deputy Ilona Varga-Petho said the army now spends more on repairs than on new "
        "equipment, citing an audit by the Auditor General's office published in March. "
        "According to that audit, repairs took 46 percent of the support budget last year.",
        [("Auditor General's office", "according_to")],
        id="that-audit-is-the-one-just-cited-and-its-author-s-name-ends-at-its-noun",
    ),
    pytest.param(
        "The regiment is testing new radars. According to the regiment’s press officer, "
        "Captain Liisa Korhonen, the crews have fired 90 rounds since Monday.",
        [("Liisa Korhonen", "according_to")],
        id="a-name-set-off-after-a-title-the-parser-did-not-hang-on-it",
    ),
    pytest.param(
        "Norway spent 2.1 percent of its output on defence, one of the larger shares among "
        "European members, and the government has promised to reach 3 percent by 2030.",
        [("Norwegian government", "indirect")],
        id="the-government-is-the-state-s-not-a-continent-s",
    ),
    pytest.param(
        "Colonel Aino Rautavaara, the battalion commander, said the units moved in 30 hours. "
        "Lieutenant Colonel Jaan Tammsaar of the Estonian army watched from a hill and praised "
        "the speed of the crews. Later, Rautavaara said the crews would fire at 40 drones on "
        'Friday. "We fired at 25 last year," the colonel said.',
        [("Aino Rautavaara", "direct_quote")],
        id="the-colonel-is-the-last-named-colonel-though-named-last-by-surname",
    ),
    # a source and a verb of reporting after the last comma, read by their words where the
    # tagger took the verb for a noun
    pytest.param(
        "The Norrland Freight Council published its yearbook on Friday.\n\nExports to Asia "
        "rose 14 percent last year, the yearbook's first table shows.",
        [("Norrland Freight Council", "according_to")],
        id="a-closing-table-of-a-document-speaks-for-its-publisher",
    ),
    pytest.param(
        "Norway bought 12 helicopters, the first table shows.",
        [("first table", "according_to")],
        id="a-closing-table-with-no-author-is-kept-as-written",
    ),
    pytest.param(
        "The fleet grew to 40 ships last year, the most the navy counts.",
        [],
        id="negative-a-superlative-after-the-comma-is-no-source",
    ),
    pytest.param(
        "The Norrland Freight Council published its yearbook on Friday. Rail freight grew "
        "6 percent, according to the yearbook's second table.",
        [("Norrland Freight Council", "according_to")],
        id="a-table-of-a-document-is-its-publisher-s",
    ),
    # a participle set off by commas between the speakers and their verb of saying
    pytest.param(
        "Port authority officials in Klaipeda, interviewed for the audit, said silt had cut "
        "the usable depth by 2 metres.",
        [("Port authority officials", "indirect")],
        id="a-participle-aside-between-a-group-and-said",
    ),
    pytest.param(
        "Treasury officials in Riga, consulted for the review, said inflation had eaten almost "
        "all of the 5 percent rise.",
        [("Treasury officials", "indirect")],
        id="a-participle-aside-the-tagger-read-as-finite",
    ),
    # an owner standing by its own forecast of a figure
    pytest.param(
        "Harbourline Marine reiterated its forecast of 40 million dollars in patrol boat "
        "sales this year.",
        [("Harbourline Marine", "indirect")],
        id="a-company-reiterating-its-forecast-of-a-figure-is-its-source",
    ),
    pytest.param(
        "Orvik Shipping reiterated its support for the tender, which covers 12 boats.",
        [],
        id="negative-reiterating-support-reports-no-figure",
    ),
    # a group's participle phrase with "as", which the parser reads as a second subject
    pytest.param(
        "Maritime lawyers attending as advisers noted that only 3 of the 12 states had "
        "ratified the treaty.",
        [("Maritime lawyers", "indirect")],
        id="a-group-attending-as-something-is-the-speaker-not-what-it-attends-as",
    ),
    # a final verb after a title and a name the tagger may take for a place, which the
    # parser hangs as a conjunct with no subject
    pytest.param(
        "Velmaria will send a battalion of about 400 troops to the new border mission, "
        "its interior minister, Tesfaye Abera, announced on Friday.",
        [("Tesfaye Abera", "indirect")],
        id="a-final-cue-after-a-title-and-an-untagged-name",
    ),
    # a title holder's office, named by the title
    pytest.param(
        "Fourteen officials have been charged, the Attorney General's Office confirmed.",
        [("Attorney General's Office", "indirect")],
        id="a-title-holder-s-office-speaks-as-a-body",
    ),
    # "described X as": the "as" phrase hung on a relative clause of the object, the
    # "who" hung on the place after a person's title
    pytest.param(
        "The inquiry also heard from Mirela Sandoz, the harbour pilot at Port Orrin, who "
        'described the tug that met the barges as "twice as fast as our own launches."',
        [("Mirela Sandoz", "indirect")],
        id="described-as-after-the-object-s-relative-clause-by-a-titled-person",
    ),
    pytest.param(
        "No price was announced, but three people close to the negotiators put "
        "the price at about $90 million.",
        [("people close to the negotiators", "indirect")],
        id="people-described-by-a-modifier-put-a-figure",
    ),
    # a final cue the parser hung on the role before the name as a clause of its own
    pytest.param(
        "The coast guard enlisted 640 recruits this year, well short of its goal of 900, the "
        "service's head of training, Commodore Aldo Persek, conceded on state television.",
        [("Aldo Persek", "indirect")],
        id="a-final-cue-hung-on-the-role-before-the-name",
    ),
    # a cue after its content whose speaker the parser left to the clause before, with a
    # phrase of its own after it
    pytest.param(
        "The two coast guards will share 16 new cutters, Ivo Randal, head of the Tarvia "
        "Maritime Board, announced, with the first hulls due in June.",
        [("Ivo Randal", "indirect")],
        id="a-final-cue-after-a-name-and-title-with-a-phrase-after-it",
    ),
    pytest.param(
        "Grete Vollan took the chance to confirm that the army had trained 900 drone pilots.",
        [("Grete Vollan", "indirect")],
        id="took-the-chance-to-confirm-speaks-for-the-subject",
    ),
    pytest.param(
        "The union condemned the plan to announce that 300 yard jobs would go.",
        [],
        id="negative-a-plan-to-announce-is-not-the-condemner-s-speech",
    ),
    pytest.param(
        "Footage shows that 40 tanks crossed the bridge on Monday.",
        [("Footage", "according_to")],
        id="footage-shows-what-it-shows",
    ),
    # a final cue whose subject the parser hung elsewhere, a verb read as a reduced relative
    pytest.param(
        "The Norvalian Statistical Office published new data on Monday.\n\nDefence work now "
        "makes up 7.4 percent of factory employment, against 2.9 percent in 2020, the "
        "statistics show.",
        [("statistics", "according_to")],
        id="a-final-cue-whose-subject-noun-the-parser-read-as-a-compound",
    ),
    pytest.param(
        "Analysts at the Pellworth Centre for Policy Studies estimated in an autumn paper that "
        "Norvalia was assembling between 200 and 320 drones a week.",
        [("Pellworth Centre for Policy Studies", "indirect")],
        id="a-verb-of-saying-read-as-a-reduced-relative-on-the-opening-noun",
    ),
    # a sentence opening with its verb of saying, then its speaker and the quotation
    pytest.param(
        "Dora Kempe, who runs the Osterby shipyard, showed visitors the new dock.\n\n"
        'Said Kempe: "We will launch six hulls next year, twice this year\'s number."',
        [("Dora Kempe", "direct_quote")],
        id="an-inverted-cue-before-a-colon",
    ),
    pytest.param(
        "Dora Kempe, who runs the Osterby shipyard, showed visitors the new dock.\n\n"
        'Added Kempe, the yard\'s director: "We hired 300 welders in a year."',
        [("Dora Kempe", "direct_quote")],
        id="an-inverted-cue-with-an-apposition",
    ),
    pytest.param(
        "Dora Kempe, who runs the Osterby shipyard, showed visitors the new dock.\n\n"
        "Said to be the busiest on the coast, the dock can hold 4 hulls at once.",
        [],
        id="negative-an-opening-participle-of-say-is-no-inverted-cue",
    ),
    # a whole quoted sentence closing its sentence after a scene-setting clause
    pytest.param(
        "Halvard Nyquist, the Velling plant's manager, took questions.\n\n"
        'Asked about the cost, he said, "Nobody knows yet."',
        [("Halvard Nyquist", "direct_quote")],
        id="a-quoted-sentence-after-a-scene-setting-clause",
    ),
    pytest.param(
        "Halvard Nyquist, the Velling plant's manager, took questions.\n\n"
        'Asked to describe the new line, Nyquist said, "Not something we talk about."',
        [("Halvard Nyquist", "direct_quote")],
        id="a-quoted-phrase-with-no-subject-after-a-scene-setting-clause",
    ),
    pytest.param(
        "Halvard Nyquist, the Velling plant's manager, took questions.\n\n"
        'Asked about output, he said the plant would run at night "only in a war."',
        [("Halvard Nyquist", "indirect")],
        id="negative-a-partial-quotation-after-a-scene-setting-clause-is-reported",
    ),
    pytest.param(
        "The group published its results on Thursday. Chief financial officer Mira Okoro "
        "lifted the group's sales outlook to between 6.1 and 6.5 billion euros, from 5.9 "
        "billion.",
        [("Mira Okoro", "indirect")],
        id="a-forecast-its-owner-revises-to-a-figure",
    ),
    pytest.param(
        "The finance minister spoke on Thursday. The cabinet raised the tax on fuel to 40 "
        "percent last year.",
        [],
        id="negative-raising-something-that-is-no-forecast-reports-nothing",
    ),
    pytest.param(
        "Several analysts noted that the backlog had doubled to 40 billion euros in a year.",
        [("analysts", "indirect")],
        id="a-group-s-quantifier-opening-the-sentence-is-how-many-not-which",
    ),
    pytest.param(
        "Poll on conscription\n\nA poll by the research firm Marvox for the daily Vesti, "
        "released last week, suggests that 61 percent of voters back conscription.",
        [("Marvox", "indirect")],
        id="a-body-s-name-right-after-its-noun-whatever-the-tagger-typed-it",
    ),
    # a verb of showing whose object is the figure, or is spelled out after a colon
    pytest.param(
        "Enlistment climbed this spring, according to the Norvale Statistics Office.\n\n"
        "The Federation of Service Personnel said 6,100 soldiers left early. The statistics "
        "office's figures also show an older workforce: the average age of recruits rose to "
        "27.5 years from 25.9.",
        [("Norvale Statistics Office", "according_to")],
        id="a-body-s-data-show-what-a-colon-spells-out",
    ),
    pytest.param(
        "The Norvale Statistics Office published its survey on Monday. The survey shows a "
        "rise of 40 percent in applications.",
        [("Norvale Statistics Office", "according_to")],
        id="a-document-shows-a-figure-as-its-object",
    ),
    pytest.param(
        "The Norvale Statistics Office published its survey on Monday. The survey shows "
        "no rise of 40 percent in applications.",
        [],
        id="negative-a-document-that-shows-nothing-reports-no-figure",
    ),
    # phrasal verbs of saying, and a description that spoke goes on as the "he"
    pytest.param(
        "Lawmakers pressed the government on drones. Kobina Brandt, an independent, noted that "
        'Denmark had ordered twice as many.\n\n"Denmark has twice our population," the '
        "defence minister, Tomas Berglund, shot back.",
        [("Tomas Berglund", "direct_quote")],
        id="a-retort-written-as-shot-back",
    ),
    pytest.param(
        "The defence minister, Tomas Berglund, answered questions on drones. Kobina Brandt, an "
        'independent, noted that Denmark had ordered twice as many.\n\n"Denmark has twice '
        'our population," the minister shot back.\n\nPer soldier, he went on, the country '
        "now spends more on drones than any neighbouring state.",
        [("Tomas Berglund", "indirect")],
        id="went-on-set-off-by-commas-after-a-description-that-spoke",
    ),
    pytest.param(
        "Tomas Berglund, the defence minister, spoke for an hour.\n\nThe country now spends "
        "more on drones than any neighbouring state, he went on.",
        [("Tomas Berglund", "indirect")],
        id="went-on-after-the-clause",
    ),
    pytest.param(
        '"Our drones cost less than theirs," Tomas Berglund said, going on to compare the '
        "budgets of 2023 and 2024.",
        [("Tomas Berglund", "direct_quote")],
        id="negative-going-on-to-a-verb-is-no-second-cue",
    ),
    pytest.param(
        "Explainer: drones\n\nThe data below are the Varda Institute's counts unless "
        "noted.\n\n- European members operate around 35 batteries.\n"
        "- Western makers built roughly 750 interceptors last year.",
        [("Varda Institute", "according_to")],
        id="a-lead-in-naming-the-figures-below-gives-them-to-their-author",
    ),
    pytest.param(
        "Election\n\nA poll by the firm Corvell Data, taken last week, put the Halden party "
        "on 38 percent.",
        [("Corvell Data", "indirect")],
        id="a-poll-puts-a-party-on-a-share",
    ),
    pytest.param(
        "Election\n\nThe strike put pressure on the Halden party before the vote.",
        [],
        id="negative-putting-pressure-on-someone-reports-nothing",
    ),
    pytest.param(
        "Tank programme under fire\n\nThe north German daily Vessby Herald said the cost had "
        'risen by 60 percent.\n\nIn Ostravia, Narodni Listy was harsher. "The alliance ordered a '
        'tank and got 40 committees," the paper wrote.',
        [("Narodni Listy", "direct_quote")],
        id="the-paper-is-the-name-its-paragraph-opened-with-as-subject",
    ),
    pytest.param(
        "Tank programme under fire\n\nThe north German daily Vessby Herald said the cost had "
        'risen by 60 percent.\n\nJana Kostova was harsher. "The alliance ordered a tank and '
        'got 40 committees," the paper wrote.',
        [("Vessby Herald", "direct_quote")],
        id="negative-a-person-opening-the-paragraph-is-no-paper",
    ),
    pytest.param(
        "Defence Minister Ansel Brook met his Polish counterpart Wrenna Ostby on Monday. "
        '"Our lines never stopped," the Polish minister said of the 40 tanks.',
        [("Wrenna Ostby", "direct_quote")],
        id="the-minister-with-a-people-s-adjective-is-the-minister-of-that-state",
    ),
    pytest.param(
        "Defence Minister Ansel Brook met his Polish counterpart Wrenna Ostby on Monday. "
        '"Our lines never stopped," the Danish minister said of the 40 tanks.',
        [("Danish minister", "direct_quote")],
        id="negative-a-minister-of-another-state-is-someone-else",
    ),
    pytest.param(
        "Deputy Defence Minister Dunstead Velmar joined us in the studio. The deputy "
        "minister claims the deal costs 20 percent less than Brenova's did.",
        [("Dunstead Velmar", "indirect")],
        id="the-deputy-minister-is-the-deputy-minister-named-before",
    ),
    pytest.param(
        "Defence Minister Dunstead Velmar joined us in the studio. The deputy minister "
        "claims the deal costs 20 percent less than Brenova's did.",
        [("deputy minister", "indirect")],
        id="negative-the-deputy-minister-is-not-the-minister",
    ),
    pytest.param(
        "Mara Velt came to the plant in 2021. The 61-year-old studied chemistry before she "
        "went into management. The director speaks plainly about the plant's faults. Another "
        "manager, Greta Born, joined in 2023. The director said output had risen by 40%.",
        [("Mara Velt", "indirect")],
        id="a-title-describing-the-n-year-old-is-that-person-again",
    ),
    # a clause's subject parsed as the object of "said", its verb a reduced relative
    pytest.param(
        "A Coast Guard spokesperson said the fleet planned to add three cutters a year by 2028.",
        [("Coast Guard spokesperson", "indirect")],
        id="said-the-body-expected-to-parsed-as-an-object-with-a-relative",
    ),
    pytest.param(
        "The minister said the words spoken at the ceremony had moved 40 veterans.",
        [("minister", "indirect")],
        id="negative-said-an-object-with-a-participle-keeps-its-clause",
    ),
    # a that-clause hung on a phrase describing the hearers
    pytest.param(
        "Officials told the committee charged with oversight that 12 contracts were late.",
        [("Officials", "indirect")],
        id="told-hearers-described-by-a-participle-that",
    ),
    # a company named later by its own first word, untagged or taken for a person
    pytest.param(
        "Orders have tripled, and Dunmere Missile Systems is struggling to keep up. Dunmere "
        'said in a written reply that its output was "up 60 percent on last year".',
        [("Dunmere Missile Systems", "direct_quote")],
        id="a-company-by-its-first-word-untagged",
    ),
    pytest.param(
        "Kessel Ordnance Works makes shells in Brenn. Kessel says its order book now holds "
        "450,000 rounds.",
        [("Kessel Ordnance Works", "indirect")],
        id="a-company-by-its-first-word-taken-for-a-person",
    ),
    pytest.param(
        "Marten Ordnance Works makes shells in Brenn. Anna Marten says the works will "
        "deliver 450,000 rounds.",
        [("Anna Marten", "indirect")],
        id="negative-a-person-of-the-company-s-name-stays-a-person",
    ),
    # a short form the article defined, untagged by the model, as a subject
    pytest.param(
        "The Nordhavn Institute for Security Studies (NISS) published its survey on Monday. "
        "NISS puts a cruise missile's unit price at 2.1 million euros.",
        [("Nordhavn Institute for Security Studies", "indirect")],
        id="an-untagged-short-form-the-article-defined-speaks-in-full",
    ),
    # a person described by age: someone the article has named
    pytest.param(
        "Anna Kovacs runs the night shift.\n\n"
        '"We press 9,000 casings a week now," the 54-year-old said.',
        [("Anna Kovacs", "direct_quote")],
        id="the-n-year-old-with-no-subject-parsed-is-the-person-named-before",
    ),
    pytest.param(
        "Anna Kovacs runs the night shift.\n\nThe 54-year-old engineer said the plant "
        "pressed 9,000 casings a week.",
        [("Anna Kovacs", "indirect")],
        id="the-n-year-old-engineer-is-the-person-named-before",
    ),
    pytest.param(
        "Anna Kovacs, 54, runs the night shift. Her deputy, Petra Lindgren, joined in May.\n\n"
        '"We press 9,000 casings a week now," the 54-year-old said.',
        [("Anna Kovacs", "direct_quote")],
        id="the-n-year-old-is-the-person-the-article-gave-that-age",
    ),
    pytest.param(
        "Anna Kovacs runs the night shift.\n\nA 54-year-old welder said the plant pressed "
        "9,000 casings a week.",
        [("54-year-old welder", "indirect")],
        id="negative-an-n-year-old-is-someone-new",
    ),
    # typed descriptions are kept as sources
    pytest.param(
        "His lawyer said the charges would be dropped.",
        [("His lawyer", "indirect")],
        id="possessed-role-noun",
    ),
    pytest.param(
        "The pipeline will be finished by spring, a source said.",
        [("source", "indirect")],
        id="indefinite-source-sentence-final",
    ),
    pytest.param(
        "Officials said the bridge would reopen in May.",
        [("Officials", "indirect")],
        id="bare-plural-group",
    ),
    pytest.param(
        "Republicans said the levy would fail in the Senate.",
        [("Republicans", "indirect")],
        id="party-members-as-group",
    ),
    pytest.param(
        "The campaign says the advert will run in six states.",
        [("campaign", "indirect")],
        id="organised-body-noun",
    ),
    pytest.param(
        "The survey shows that 40 percent of farmers plan to sell.",
        [("survey", "according_to")],
        id="document-with-a-non-speech-verb",
    ),
    pytest.param(
        "Turnout reached 70 percent, according to the poll.",
        [("poll", "according_to")],
        id="according-to-a-document",
    ),
    pytest.param(
        "The governor said the roads were safe.",
        [("governor", "indirect")],
        id="role-with-no-person-introduced-stays-a-description",
    ),
    pytest.param(
        "Aides said the budget was late. They added that the mayor would sign it in May.",
        [("Aides", "indirect")],
        id="they-after-a-group-description",
    ),
    # descriptions link back only on strong evidence
    pytest.param(
        "Defence Minister Anna Kowalczyk visited the plant on Monday. "
        "The minister said output would double.",
        [("Anna Kowalczyk", "indirect")],
        id="role-the-person-was-introduced-with",
    ),
    pytest.param(
        "A report by the Baltic Energy Council found that gas prices rose. "
        "The report said imports fell by 10 percent.",
        [("Baltic Energy Council", "indirect")],
        id="the-report-after-a-report-by-x",
    ),
    # cues standing aside from their content
    pytest.param(
        "Anna Kowalczyk met reporters on Friday. The plant, she said, will close in June.",
        [("Anna Kowalczyk", "indirect")],
        id="parenthetical-cue",
    ),
    pytest.param(
        "Anna Kowalczyk met reporters on Friday. The plant will close in June, she said.",
        [("Anna Kowalczyk", "indirect")],
        id="sentence-final-cue",
    ),
    pytest.param(
        "Anna Kowalczyk met reporters on Friday. If the vote fails, Ms. Kowalczyk argues, "
        "the plant will close.",
        [("Anna Kowalczyk", "indirect")],
        id="parenthetical-cue-after-a-condition",
    ),
    pytest.param(
        "Anna Kowalczyk met reporters on Friday. After the meeting ended, she said nothing.",
        [],
        id="a-circumstance-before-the-cue-is-no-content",
    ),
    # clauses the parser hangs elsewhere
    pytest.param(
        "Mayor Jan Novak spoke on Monday. The mayor said after the vote she would not "
        "accept the offer.",
        [("Jan Novak", "indirect")],
        id="said-then-a-circumstance-then-the-clause",
    ),
    pytest.param(
        "Jan Novak chairs the board. Mr. Novak said Friday as he left the hall that the "
        "plan was dead.",
        [("Jan Novak", "indirect")],
        id="that-clause-after-an-adverbial-clause",
    ),
    # verbs of saying beyond say and tell
    pytest.param(
        "Mayor Jan Novak called on the council to cut the fee by half.",
        [("Jan Novak", "indirect")],
        id="called-on",
    ),
    pytest.param(
        "Mayor Jan Novak urged the council to cut the fee by half.",
        [("Jan Novak", "indirect")],
        id="urged",
    ),
    # naming verbs: the object and what it is called, likened to, accused of
    pytest.param(
        "Mayor Jan Novak called the council a disgrace.",
        [("Jan Novak", "indirect")],
        id="called-the-object-a-name-is-a-judgement-reported",
    ),
    pytest.param(
        'Mayor Jan Novak branded the toll "a tax on the poor."',
        [("Jan Novak", "indirect")],
        id="a-quoted-name-given-stays-reported-speech",
    ),
    pytest.param(
        "Mayor Jan Novak likened the new toll to a tax on bread.",
        [("Jan Novak", "indirect")],
        id="likened-to",
    ),
    pytest.param(
        "The union accused the harbour board of hiding the accounts.",
        [("union", "indirect")],
        id="accused-of",
    ),
    pytest.param(
        'Mayor Jan Novak described the toll as "a tax on the poor."',
        [("Jan Novak", "indirect")],
        id="described-as",
    ),
    pytest.param(
        'Mayor Jan Novak called the toll "a tax on the poor," adding that it would fail.',
        [("Jan Novak", "indirect")],
        id="a-naming-verb-beside-another-cue-of-its-speaker-is-one-claim",
    ),
    pytest.param(
        'Mayor Jan Novak is describing as "reckless" a council plan to close the harbour.',
        [("Jan Novak", "indirect")],
        id="described-as-with-the-object-moved-after",
    ),
    pytest.param(
        "Harbour traffic is under scrutiny, especially compared to the busier ports nearby.",
        [],
        id="negative-compared-to-as-a-preposition",
    ),
    pytest.param(
        "Mayor Jan Novak called the workers to the stage.",
        [],
        id="negative-called-someone-somewhere-names-nothing",
    ),
    pytest.param(
        "A village called Norrbin voted against the toll.",
        [],
        id="negative-a-name-given-in-passing",
    ),
    pytest.param(
        "The toll was called a tax on the poor.",
        [],
        id="negative-a-passive-naming-has-no-speaker",
    ),
    pytest.param(
        "Mayor Jan Novak called a meeting of the council.",
        [],
        id="called-without-for-or-on-is-no-cue",
    ),
    pytest.param(
        'Nurses marched on the ministry. "Pay us what we are worth," the nurses chanted '
        "as they walked.",
        [("nurses", "direct_quote")],
        id="chanted-a-short-quotation",
    ),
    pytest.param(
        'Jan Novak was furious. "The count is wrong," Mr. Novak shouted from the stage.',
        [("Jan Novak", "direct_quote")],
        id="shouted",
    ),
    pytest.param(
        "Lina Berg runs the depot. Ms. Berg complained that the trucks were late.",
        [("Lina Berg", "indirect")],
        id="complained-that",
    ),
    pytest.param(
        "It is not clear whether the driver was armed, as police have said.",
        [("police", "indirect")],
        id="as-x-said-after-the-clause",
    ),
    pytest.param(
        "Anna Kowalczyk met reporters on Friday. As Ms. Kowalczyk noted, costs rose by 10 percent.",
        [("Anna Kowalczyk", "indirect")],
        id="as-x-noted-before-the-clause",
    ),
    pytest.param(
        "Anna Kowalczyk met reporters. Prices rose just as she said goodbye.",
        [],
        id="as-x-said-with-an-object-is-no-cue",
    ),
    # a figure put on an object ("put X at", "estimated X at")
    pytest.param(
        "The Baltic Energy Council put the cost of the pipeline at $2 billion.",
        [("Baltic Energy Council", "indirect")],
        id="put-an-object-at-a-figure",
    ),
    pytest.param(
        "Analyst Mara Lind estimated the losses at 40 tanks a month.",
        [("Mara Lind", "indirect")],
        id="estimated-an-object-at-a-figure",
    ),
    pytest.param(
        "Estimates by the Baltic Energy Council put gas use at about 3 billion cubic metres "
        "a year.",
        [("Baltic Energy Council", "according_to")],
        id="estimates-by-x-put",
    ),
    pytest.param(
        "Mara Lind argued that the state had underestimated the cost of the loan, which she "
        "put at $350 million a year.",
        [("Mara Lind", "indirect")],
        id="figure-put-on-a-relative-pronoun-is-part-of-the-content",
    ),
    pytest.param(
        "Mara Lind runs the depot. Ms. Lind put the blame at the door of the ministry.",
        [],
        id="put-at-without-a-figure-is-no-cue",
    ),
    # a colon after a cue that reports a clause of its own
    pytest.param(
        "Anna Kowalczyk met reporters. The plant will close in May, Ms. Kowalczyk said: "
        '"We have no choice."',
        [("Anna Kowalczyk", "indirect"), ("Anna Kowalczyk", "direct_quote")],
        id="clause-then-colon-then-quotation",
    ),
    # quotations over several sentences
    pytest.param(
        'Nurses gathered at the gate. "Open the books!" the nurses shouted.',
        [("nurses", "direct_quote")],
        id="exclamation-cut-off-from-its-cue",
    ),
    pytest.param(
        'Nurses gathered at the gate. "The wards are full!" Ruth Adebola told the crowd.',
        [("Ruth Adebola", "direct_quote")],
        id="exclamation-cut-off-from-a-capitalised-cue",
    ),
    pytest.param(
        'Nurses gathered at the gate. "Who pays for this?" Ruth Adebola asked the crowd.',
        [],
        id="question-cut-off-from-a-capitalised-cue-is-no-claim",
    ),
    pytest.param(
        'Nurses gathered at the gate. "The wards are full!" Hospital managers disagree.',
        [],
        id="exclamation-then-a-sentence-without-a-cue",
    ),
    pytest.param(
        'Ruth Adebola runs the ward. "It runs well. One of the best units in the region," '
        "Dr. Adebola said.",
        [("Ruth Adebola", "direct_quote")],
        id="a-subject-parsed-inside-the-quotation-is-not-the-speaker",
    ),
    pytest.param(
        '"Far too slow, and far too expensive," said Tomas Lind, a pilot who has worked there.',
        [("Tomas Lind", "direct_quote")],
        id="an-utterance-that-opens-the-sentence-without-a-clause-parse",
    ),
    pytest.param(
        'Tomas Lind said the harbour was closed because "nobody will pay for the dredging."',
        [("Tomas Lind", "indirect")],
        id="partial-quotation-is-reported-speech",
    ),
    pytest.param(
        'Tomas Lind said he had worked there "for as long as the town has needed me."',
        [("Tomas Lind", "indirect")],
        id="partial-quotation-of-an-adverbial-is-reported-speech",
    ),
    # a content in quotation marks save for a word or two of the narrator's framing it:
    # the claim is in the speaker's words
    pytest.param(
        'Prices "have never been this low," Tomas Lind said.',
        [("Tomas Lind", "direct_quote")],
        id="a-one-word-subject-before-a-quoted-predicate-is-a-direct-quote",
    ),
    pytest.param(
        'Diesel prices in the northern provinces "have never been this low," Tomas Lind said.',
        [("Tomas Lind", "indirect")],
        id="a-long-subject-of-the-narrator-before-a-quoted-predicate-is-reported-speech",
    ),
    pytest.param(
        'The harbour board, Tomas Lind said, "has not met once since the spring and will not '
        'meet before the election."',
        [("Tomas Lind", "direct_quote")],
        id="a-subject-before-a-parenthetical-cue-and-a-quoted-predicate",
    ),
    pytest.param(
        'Tomas Lind said 40 boats "will have left the harbour for good by the end of the year."',
        [("Tomas Lind", "indirect")],
        id="a-figure-outside-the-quotation-keeps-reported-speech",
    ),
    pytest.param(
        'Fishermen wrote to the council, saying its "promises of new moorings were never kept."',
        [("Fishermen", "direct_quote")],
        id="a-possessive-before-a-quoted-clause-is-a-direct-quote",
    ),
    pytest.param(
        'Admiral Ruth Adebola called the frigate programme a "model of how a small navy can '
        'build ships on time."',
        [("Ruth Adebola", "direct_quote")],
        id="a-naming-verb-with-a-quoted-clause-is-a-direct-quote",
    ),
    pytest.param(
        '"The harbour has lost half its trade," Tomas Lind, a pilot for twenty years, said.',
        [("Tomas Lind", "direct_quote")],
        id="description-of-the-speaker-after-the-quotation-is-not-content",
    ),
    pytest.param(
        "Claiming the criticism of the nurse is designed to pressure managers, "
        'Ruth Adebola told reporters that "they blamed her because she spoke up."',
        [("Ruth Adebola", "direct_quote")],
        id="of-two-clauses-the-one-opened-by-that",
    ),
    pytest.param(
        'Protests, Ruth Adebola said, are "acts of patriotism that no government can silence."',
        [("Ruth Adebola", "indirect")],
        id="parenthetical-cue-over-a-partly-quoted-content",
    ),
    pytest.param(
        '"Frankly," Ruth Adebola said, "this ward has never been so full."',
        [("Ruth Adebola", "direct_quote")],
        id="parenthetical-cue-between-two-quoted-pieces",
    ),
    pytest.param(
        'According to Ruth Adebola, the ward closed because "nobody will pay for the heating."',
        [("Ruth Adebola", "according_to")],
        id="according-to-over-a-partly-quoted-content",
    ),
    pytest.param(
        'According to Ruth Adebola, "the ward closed because nobody will pay for the heating."',
        [("Ruth Adebola", "direct_quote")],
        id="according-to-a-whole-quotation",
    ),
    pytest.param(
        "Per the ministry, the ward will reopen with 40 beds.",
        [("ministry", "according_to")],
        id="per-a-source",
    ),
    pytest.param(
        "Tuition costs rose by 4,000 euros per student last year.",
        [],
        id="per-a-unit-is-a-rate-not-a-source",
    ),
    pytest.param(
        "Ruth Adebola runs the ward. "
        "Since then, she told Nordic Radio, the ward has hired 40 nurses.",
        [("Ruth Adebola", "according_to")],
        id="parenthetical-told-an-outlet-parsed-as-an-adverbial-clause",
    ),
    pytest.param(
        "Ruth Adebola runs the ward. When she told the board, the ward hired 40 nurses.",
        [],
        id="a-cue-in-a-clause-of-time-is-a-circumstance",
    ),
    pytest.param(
        "The Baltic Ministry of Health said in a statement that it would spend 2 billion euros.",
        [("Ministry of Health", "indirect")],
        id="said-in-a-statement-that",
    ),
    pytest.param(
        "The Baltic Energy Council publishes a yearly survey. "
        "The council counts about 1,500 new turbines built in the region last year.",
        [("Baltic Energy Council", "indirect")],
        id="counts-an-object-holding-a-figure",
    ),
    pytest.param(
        "The Harbor Police Department reported 2,521 thefts in the city last year.",
        [("Harbor Police Department", "indirect")],
        id="reported-an-object-holding-a-figure",
    ),
    pytest.param(
        "The Halden Central Bank forecasts inflation of 2.4 percent next year.",
        [("Halden Central Bank", "indirect")],
        id="forecasts-an-object-holding-a-figure",
    ),
    pytest.param(
        "The Harbor Police Department expects 300 more thefts this winter.",
        [("Harbor Police Department", "indirect")],
        id="expects-an-object-holding-a-figure",
    ),
    pytest.param(
        "The Harbor Police Department acknowledged a shortfall of 140 officers.",
        [("Harbor Police Department", "indirect")],
        id="acknowledged-an-object-holding-a-figure",
    ),
    pytest.param(
        "The Halden Central Bank confirmed losses of 2 billion crowns on its bond holdings.",
        [("Halden Central Bank", "indirect")],
        id="confirmed-an-object-holding-a-figure",
    ),
    pytest.param(
        "The Baltic Energy Council met in Riga. "
        "The council noted a backlog of 300 turbines awaiting a grid connection.",
        [("Baltic Energy Council", "indirect")],
        id="noted-an-object-holding-a-figure",
    ),
    pytest.param(
        "The Harbor Police Department announced 40 new patrol boats on Monday.",
        [],
        id="negative-announced-an-object-is-an-act-not-a-report",
    ),
    pytest.param(
        "The flood claimed 40 lives in the delta towns.",
        [],
        id="negative-claimed-an-object-is-no-report",
    ),
    pytest.param(
        "The Halden Central Bank predicts a slowdown next year.",
        [],
        id="negative-predicts-an-object-without-a-figure-is-no-cue",
    ),
    pytest.param(
        "The Harbor Police Department reported the theft on Monday.",
        [],
        id="reported-an-object-without-a-figure-is-no-cue",
    ),
    pytest.param(
        "The Baltic Energy Council met in Riga. "
        "The council recorded its first meeting in the spring.",
        [],
        id="recorded-an-object-without-a-figure-is-no-cue",
    ),
    pytest.param(
        "The Baltic Energy Council met in Riga. For the price of one plant, "
        "the council calculated, Europe could build about 900 turbines.",
        [("Baltic Energy Council", "indirect")],
        id="parenthetical-verb-of-estimating",
    ),
    pytest.param(
        "A study by the Baltic Energy Council came out in Riga. At that pace, the study "
        "calculates, Europe would need 30 years to replace its gas plants.",
        [("Baltic Energy Council", "indirect")],
        id="parenthetical-verb-of-estimating-with-a-determined-subject",
    ),
    pytest.param(
        "The Baltic Energy Council met in Riga. Since May, the council's chairman told the "
        "radio, the region has built 40 turbines.",
        [("council's chairman", "indirect")],
        id="parenthetical-verb-of-saying-with-a-determined-subject",
    ),
    pytest.param(
        "The Baltic Energy Council met in Riga. Europe builds about 900 turbines a year, "
        "the council calculates.",
        [("Baltic Energy Council", "indirect")],
        id="a-verb-of-estimating-after-its-clause",
    ),
    pytest.param(
        "The Baltic Energy Council (BEC) met in Riga. Kallmar spends about a fifth of its "
        "budget on wind farms, the BEC estimates.",
        [("Baltic Energy Council", "indirect")],
        id="a-final-verb-of-estimating-whose-subject-was-read-as-a-compound",
    ),
    pytest.param(
        "The Baltic Energy Council met in Riga. Europe builds about 900 turbines a year, "
        "in line with the council estimates.",
        [],
        id="negative-estimates-as-a-noun-after-a-comma-is-no-cue",
    ),
    pytest.param(
        "The Baltic Energy Council met in Riga. When the council estimates costs, it adds "
        "a margin of 10%.",
        [],
        id="negative-a-verb-of-estimating-in-a-circumstance-reports-nothing",
    ),
    # a verb of estimating in -s the tagger read as a plural noun, set off by commas
    # inside the sentence: the name before it is its subject
    pytest.param(
        "The Ostrava Institute published a survey of shell plants on Monday. Output at "
        "the Vellmar plant, the Ostrava Institute estimates, will double by 2027.",
        [("Ostrava Institute", "indirect")],
        id="medial-verb-of-estimating-read-as-a-noun-after-a-named-body",
    ),
    pytest.param(
        "The Ostrava Strategic Research Institute (OSRI) counts armour across the region. "
        "Brovnia and Quell together field about 900 tanks, OSRI estimates, roughly half "
        "the total.",
        [("Ostrava Strategic Research Institute", "indirect")],
        id="medial-verb-of-estimating-read-as-a-noun-after-an-acronym",
    ),
    pytest.param(
        "Both services costed the new rifle. The two figures, the navy's and the army's "
        "estimates, differ by 12%.",
        [],
        id="negative-a-possessed-plural-noun-between-commas-is-no-cue",
    ),
    # a final cue whose subject is a role and then the person's name, each set off by
    # commas: the parser hung the role on the clause and left the verb without a subject
    pytest.param(
        "The Varnholm shipyard will deliver four hulls by 2028, the navy's chief of staff, "
        "Admiral Tove Marsk, told lawmakers on Monday.",
        [("Tove Marsk", "indirect")],
        id="final-cue-after-the-role-then-the-name",
    ),
    pytest.param(
        "The first of the new patrol boats will be two years late, the Chief of Army, "
        "Lieutenant General Rurik Vael, told a committee on Monday.",
        [("Rurik Vael", "indirect")],
        id="final-cue-after-a-capitalised-title-then-the-name",
    ),
    pytest.param(
        "Brenmark ordered four more frigates in 2025, the alliance's Secretary General, "
        "Rurik Vael, told a news conference on Tuesday.",
        [("Rurik Vael", "indirect")],
        id="final-cue-after-a-title-parsed-as-the-subject-of-a-conjunct-verb",
    ),
    pytest.param(
        "Orders for the Kestrel drone rose by a third this year, the company's finance "
        "director, Ilse Dornach, said in a statement.",
        [("Ilse Dornach", "indirect")],
        id="final-cue-after-a-possessed-role-then-the-name",
    ),
    pytest.param(
        "The Varnholm shipyard will deliver four hulls by 2028, Admiral Tove Marsk, the "
        "navy's chief of staff, said on Monday.",
        [("Tove Marsk", "indirect")],
        id="final-cue-after-the-name-then-the-role",
    ),
    pytest.param(
        "The minister visited the Varnholm shipyard in May, met the yard's director, "
        "Oskar Lindqvist, and described the new dock as the largest in the region.",
        [("minister", "indirect")],
        id="negative-a-role-and-name-as-an-object-do-not-take-the-verb",
    ),
    pytest.param(
        "Officials did not say which company would build the new bridge.",
        [],
        id="negated-cue-reports-nothing",
    ),
    pytest.param(
        "Ruth Adebola declined to say which wards would close.",
        [],
        id="declined-to-say-reports-nothing",
    ),
    pytest.param(
        "The mayor praised the budget but refuses to publish the audit or explain how the "
        "money was spent.",
        [],
        id="refused-and-its-conjunct-report-nothing",
    ),
    pytest.param(
        "Inspectors said the reports fail to mention that the plant lost $3 million.",
        [("Inspectors", "indirect")],
        id="failed-to-mention-reports-nothing-the-outer-cue-stays",
    ),
    pytest.param(
        "Anna Berg left the meeting without saying whether fees would rise by 5 percent.",
        [],
        id="without-saying-reports-nothing",
    ),
    pytest.param(
        "The Harbor Authority met on Monday. It goes without saying that fees will rise.",
        [],
        id="goes-without-saying-is-no-cue",
    ),
    pytest.param(
        "Anna Berg left the meeting, saying fees would rise by 5 percent.",
        [("Anna Berg", "indirect")],
        id="a-participle-of-saying-not-under-without-reports",
    ),
    pytest.param(
        "The new rules let the ministries tell auditors that the depots hold 40 tanks.",
        [],
        id="a-speech-act-only-made-possible-reports-nothing",
    ),
    pytest.param(
        "The auditors told the ministries that the depots hold 40 tanks.",
        [("auditors", "indirect")],
        id="the-same-verb-not-made-possible-reports",
    ),
    pytest.param(
        '"Is the ward ready? Probably not," Ruth Adebola said.',
        [("Ruth Adebola", "direct_quote")],
        id="a-negation-inside-the-quotation-is-quoted",
    ),
    pytest.param(
        'Tomas Lind said that "the harbour will close in the spring."',
        [("Tomas Lind", "direct_quote")],
        id="said-that-and-a-whole-quoted-clause-is-a-direct-quote",
    ),
    pytest.param(
        '"The harbour," Tomas Lind said, "will close in the spring."',
        [("Tomas Lind", "direct_quote")],
        id="quotation-split-around-its-cue-stays-direct",
    ),
    pytest.param(
        'Jan Novak chairs the board. "Is the plan ready? Not yet," Mr. Novak said.',
        [("Jan Novak", "direct_quote")],
        id="cue-sentence-holds-only-the-last-words-of-a-quotation",
    ),
    # transcripts
    pytest.param(
        "Senator Julia Castillo spoke with the host Daniel Brandt on Sunday.\n\n"
        '"BRANDT: Let us begin with the budget.\n\n'
        '"CASTILLO: The bill will pass with 60 votes."',
        [("Julia Castillo", "direct_quote")],
        id="transcript-line-in-quotation-marks",
    ),
    pytest.param(
        "Senator Julia Castillo spoke with the host Daniel Brandt on Sunday.\n\n"
        "SEN. CASTILLO: The bill will pass with 60 votes.",
        [("Julia Castillo", "direct_quote")],
        id="transcript-line-with-a-title",
    ),
    pytest.param(
        "Senator Julia Castillo spoke with the host Daniel Brandt on Sunday.\n"
        "CASTILLO: I am sure of it. The bill will pass with 60 votes.",
        [("Julia Castillo", "direct_quote")],
        id="later-sentence-of-a-transcript-line-takes-its-speaker",
    ),
    pytest.param(
        "Senator Julia Castillo spoke on Sunday.\n\nUPDATE: The vote moved to Wednesday.",
        [],
        id="a-capitalised-heading-that-names-no-one-is-no-speaker",
    ),
    # two attributions in one sentence
    pytest.param(
        "Anna Kowalczyk said the plant would close, adding that 300 jobs would go.",
        [("Anna Kowalczyk", "indirect"), ("Anna Kowalczyk", "indirect")],
        id="said-adding-that",
    ),
    pytest.param(
        "In a statement, Anna Kowalczyk said: “The plant was highly profitable when it opened a "
        "decade ago,” adding that its value had doubled.",
        [("Anna Kowalczyk", "direct_quote"), ("Anna Kowalczyk", "indirect")],
        id="said-colon-quotation-then-adding-that",
    ),
    pytest.param(
        "Anna Kowalczyk said “the army is short of ammunition and the navy has no spare parts,” "
        "noting that the budget would rise.",
        [("Anna Kowalczyk", "direct_quote"), ("Anna Kowalczyk", "indirect")],
        id="said-quotation-then-noting-that",
    ),
    pytest.param(
        "The Nordic Herald reported at the time that the navy chief, Rolf Hansen, told the "
        "minister that the plan was not in line with the budget.",
        [("Nordic Herald", "indirect"), ("Rolf Hansen", "indirect")],
        id="reported-at-the-time-that-a-clause-read-as-a-relative-one",
    ),
    pytest.param(
        "The yard stood empty at the time that the navy chief visited the coast.",
        [],
        id="at-the-time-that-after-no-verb-of-saying",
    ),
    # nouns of saying
    pytest.param(
        "The agency rejected Dale Ferro's claim that the dam was unsafe.",
        [("Dale Ferro", "indirect")],
        id="possessor-of-a-claim-that",
    ),
    pytest.param(
        "The agency rejected the claim that the dam was unsafe.",
        [],
        id="a-claim-without-an-owner-has-no-speaker",
    ),
    # names the small model glues or splits
    pytest.param(
        "In an interview, Senate Leader Tom Harkins said the vote would be close.",
        [("Tom Harkins", "indirect")],
        id="title-words-glued-before-a-given-name",
    ),
    # not attributions of their own
    pytest.param(
        "Officials said the figures show a steep decline.",
        [("Officials", "indirect")],
        id="cue-inside-reported-content-is-content",
    ),
    pytest.param(
        "Peter Holm praised the plan, citing its low cost.",
        [],
        id="citing-a-thing-is-no-source",
    ),
    pytest.param(
        "The Ashcombe Group said on Monday that revenue fell. Tom Rusk is defending his "
        "late-night posts, saying it shows he works hard.",
        [("Tom Rusk", "indirect")],
        id="it-inside-reported-content-is-no-organisation-that-spoke-before",
    ),
    pytest.param(
        "The Ashcombe Group said on Monday that revenue fell. It said the plant would close.",
        [("Ashcombe Group", "indirect")],
        id="negative-it-as-the-subject-of-its-own-sentence-is-the-organisation",
    ),
    pytest.param(
        "Tom Rusk spoke on Monday. The Ashcombe Group said it was opposed to the merger and "
        "warned staff to refrain from strikes.",
        [("Ashcombe Group", "indirect"), ("Ashcombe Group", "indirect")],
        id="it-inside-an-organisation-s-words-is-that-organisation",
    ),
    pytest.param(
        "The port was safer, Senator Maria Holt said, citing the release of Anna Berg.",
        [("Maria Holt", "indirect")],
        id="a-person-inside-a-cited-event-is-no-source",
    ),
    pytest.param(
        "The port was safer, Senator Maria Holt said, citing the arrest of Anna Berg "
        "and the new patrols.",
        [("Maria Holt", "indirect")],
        id="a-person-owning-part-of-a-cited-event-is-no-source",
    ),
    pytest.param(
        "The port was safer, the council said, citing a study by Anna Berg.",
        [("council", "indirect"), ("Anna Berg", "according_to")],
        id="citing-a-document-by-a-person-keeps-its-author",
    ),
    pytest.param(
        "Political analyst and historian Peter Holm said that the treaty would hold.",
        [("Peter Holm", "indirect")],
        id="titles-beside-a-name-are-not-a-second-speaker",
    ),
    # the that-clause the parser made the sentence's root
    pytest.param(
        "Tom Rusk ran for mayor. Rusk continues to insist, most recently in an interview "
        "with Nordic Radio, that he wants to cut 40 jobs.",
        [("Tom Rusk", "indirect")],
        id="that-clause-parsed-as-the-root-after-an-aside",
    ),
    pytest.param(
        "Tom Rusk ran for mayor. Rusk insists, most recently in an interview with Nordic "
        "Radio, that he wants to cut 40 jobs.",
        [("Tom Rusk", "indirect")],
        id="that-clause-after-an-aside-parsed-right",
    ),
    pytest.param(
        "Tom Rusk ran for mayor. Rusk wants to say more, so that voters know the port lost "
        "40 ships.",
        [],
        id="so-that-is-a-purpose-not-what-was-said",
    ),
    # 'each' speaks for the subject it distributes
    pytest.param(
        "Tom Rusk and Anna Holm clashed on Wednesday, each saying the port had lost 40 ships.",
        [("Tom Rusk", "indirect"), ("Anna Holm", "indirect")],
        id="each-hung-on-the-clause-gives-its-subjects",
    ),
    pytest.param(
        "Tom Rusk and Anna Holm clashed on Wednesday, each touting a record and saying the "
        "other lacks the judgment to lead the city.",
        [("Tom Rusk", "indirect"), ("Anna Holm", "indirect")],
        id="each-as-the-subject-of-a-participle-gives-the-clause-subjects",
    ),
    pytest.param(
        "Each of the candidates said the port had lost 40 ships.",
        [("candidates", "indirect")],
        id="each-of-a-group-is-the-group",
    ),
    # a report owned by a name before it
    pytest.param(
        "Anna Holm is seizing upon a Nordic Herald report that the port lost $915 million in 2019.",
        [("Nordic Herald", "indirect")],
        id="a-name-before-report-owns-it-its-clause-hung-on-the-verb",
    ),
    pytest.param(
        "The Harbor Authority's report that fees rose by 5 percent angered traders.",
        [("Harbor Authority", "indirect")],
        id="a-possessor-owns-the-report",
    ),
    pytest.param(
        "Anna Holm read the Nordic Herald report and said that the port lost $915 million.",
        [("Anna Holm", "indirect")],
        id="a-clause-not-next-to-the-report-is-not-its-content",
    ),
    # a relative pronoun speaks for its noun
    pytest.param(
        "Tom Rusk met residents who said the port had lost 40 ships.",
        [("residents", "indirect")],
        id="people-in-a-relative-clause",
    ),
    pytest.param(
        "The figures were confirmed by the harbour office, which said 40 ships had docked.",
        [("harbour office", "indirect")],
        id="a-body-in-a-relative-clause",
    ),
    pytest.param(
        "Tom Rusk released a letter from his doctor that says he lost 10 kilograms.",
        [("letter from his doctor", "indirect")],
        id="a-document-in-a-relative-clause",
    ),
    pytest.param(
        "Tom Rusk met Ann Holm. Rusk praised Erik Lund, now the council leader, who said the "
        "port had lost 40 ships.",
        [("Erik Lund", "indirect")],
        id="a-relative-clause-on-a-name-in-apposition-is-that-name",
    ),
    pytest.param(
        "Tom Rusk died of a long illness, which confirmed that he had smoked 40 years.",
        [],
        id="a-thing-in-a-relative-clause-is-no-source",
    ),
    # what a document is about does not write it
    pytest.param(
        "A report on the Harbor Authority's fees says that they rose by 5 percent.",
        [("report", "indirect")],
        id="an-organisation-a-report-is-about-is-not-its-author",
    ),
    pytest.param(
        "A report by the Harbor Authority says that fees rose by 5 percent.",
        [("Harbor Authority", "indirect")],
        id="a-report-by-an-organisation-is-its-words",
    ),
    pytest.param(
        "A Harbor Authority report on fees says that they rose by 5 percent.",
        [("Harbor Authority", "indirect")],
        id="an-organisation-naming-the-report-is-its-author",
    ),
    # two subjects parsed for one verb: the one next to it
    pytest.param(
        "OSLO, March 3, 2025 (Nordic Wire) – Norway's Ministry of Defence said on Monday "
        "that it had bought 12 patrol boats.",
        [("Ministry of Defence", "indirect")],  # (its formal name as written)
        id="dateline-city-parsed-as-a-second-subject-is-not-the-speaker",
    ),
    pytest.param(
        "Erik Lund wrote a book on saving. THE DEBT When he wrote his book, Mr. Lund said "
        "that he considered debt a last resort.",
        [("Erik Lund", "indirect")],
        id="section-heading-parsed-as-a-second-subject-is-not-the-speaker",
    ),
    pytest.param(
        "BERGEN, June 2, 2025 (Nordic Wire) – The Harbor Authority said on Monday that fees "
        "would rise by 5 percent.",
        [("Harbor Authority", "indirect")],
        id="one-subject-after-a-dateline-stays",
    ),
    # a part of a group, people described by a modifier
    pytest.param(
        "In a statement, one of the union's lawyers, Paul Dunne, said the videos show the "
        "guard leaving his post.",
        [("Paul Dunne", "indirect")],
        id="one-of-a-group-with-a-name-in-apposition-is-that-person",
    ),
    pytest.param(
        "One of the inspectors said the depot held 40 tanks.",
        [("one of the inspectors", "indirect")],
        id="one-of-a-group-speaks-as-one-of-the-group",
    ),
    pytest.param(
        "One of the reasons, officials said, was the cost of fuel.",
        [("officials", "indirect")],
        id="one-of-what-is-no-source-is-no-speaker",
    ),
    pytest.param(
        "Those close to the minister say that the budget will rise.",
        [("Those close to the minister", "indirect")],
        id="those-with-a-modifier-are-a-group",
    ),
    pytest.param(
        "Those figures show that prices rose by 4 percent.",
        [("figures", "according_to")],
        id="those-as-a-determiner-is-no-group",
    ),
    # a count or an estimate whose source follows it with "by" or "from"
    pytest.param(
        "Joblessness in the valley stood at 38 percent in the latest count by the Bureau of "
        "Labour Statistics.",
        [("Bureau of Labour Statistics", "according_to")],
        id="in-the-latest-count-by-a-body",
    ),
    pytest.param(
        "Some 2,400 reservists were called up, in an estimate by the Lumen Institute.",
        [("Lumen Institute", "according_to")],
        id="in-an-estimate-by-a-body",
    ),
    pytest.param(
        "Prices stood 12 percent higher in the count, up from 9 percent in May.",
        [],
        id="negative-a-count-with-no-source-names-none",
    ),
    # a document that bears a figure out is cited, as "according to" cites it
    pytest.param(
        "Grain exports fell 11 percent in March, official records show.",
        [("official records", "according_to")],
        id="records-show-after-the-figure",
    ),
    pytest.param(
        "The leaked minutes indicate that the yard lost 30 million euros on the tug.",
        [("leaked minutes", "according_to")],
        id="minutes-indicate-that",
    ),
    pytest.param(
        "The admiral showed reporters a chart of 40 ships that would leave service.",
        [("admiral", "indirect")],
        id="negative-a-person-who-shows-something-says-it",
    ),
    # the that-clause hung on the hearer of 'tell'
    pytest.param(
        "Tom Rusk spoke in Oslo. In Oslo last week, he told a meeting of Nordic farmers "
        "that the harvest fell by a third.",
        [("Tom Rusk", "indirect")],
        id="told-a-meeting-of-hearers-that",
    ),
    pytest.param(
        "Tom Rusk spoke in Oslo. He argued that Ann Bell tells so many stories that voters "
        "could stop listening.",
        [("Tom Rusk", "indirect")],
        id="so-many-that-is-a-result-not-what-was-told",
    ),
    pytest.param(
        "Tom Rusk spoke in Oslo. He told a story that made the farmers laugh.",
        [],
        id="a-relative-clause-on-the-object-is-not-what-was-told",
    ),
    # a cue after two coordinated clauses reports both
    pytest.param(
        "The depot holds 40 tanks, but the second depot holds 60, the officials added.",
        [("officials", "indirect")],
        id="cue-after-coordinated-clauses",
    ),
    # a verb of finding out reports only when an outlet or a reporter finds out
    pytest.param(
        "The shipyard will lay off 300 welders in June, the newspaper has learned.",
        [("newspaper", "indirect")],
        id="outlet-has-learned-sentence-final",
    ),
    pytest.param(
        "The Daily Courier has learned that the shipyard will lay off 300 welders.",
        [("Daily Courier", "indirect")],
        id="outlet-name-has-learned-that",
    ),
    pytest.param(
        "Our correspondent learned that the depot holds 40 tanks.",
        [("Our correspondent", "indirect")],
        id="reporter-learned-that",
    ),
    pytest.param(
        "Ann Patel learned that the shipyard would lay off 300 welders.",
        [],
        id="a-person-learning-something-reports-nothing",
    ),
    # a quotation inside a quoted excerpt has its own cue and its own speaker
    pytest.param(
        "The magazine profiled a retired welder. Jones writes:\n\n"
        '"The winter after the mill closed, Tom Hale sold his truck. Ann Patel was angry.'
        "\n\n“The plant made 4,000 tons of steel a month,” she said.",
        [("Ann Patel", "direct_quote")],
        id="inner-quotation-of-an-excerpt-takes-its-own-cue",
    ),
    pytest.param(
        'The magazine profiled a welder. Jones writes: "Ann Patel stood at the gate. '
        '“The plant made 4,000 tons of steel a month,” Ann Patel said, and walked on."',
        [("Ann Patel", "direct_quote")],
        id="inner-quotation-within-one-paragraph-of-an-excerpt",
    ),
    pytest.param(
        'The magazine profiled a welder. Jones writes: "Ann Patel stood at the gate. '
        '“The plant made 4,000 tons of steel a month,” she said, and walked on."',
        [("Ann Patel", "direct_quote")],
        id="inner-quotation-of-one-paragraph-excerpt-by-a-pronoun",
        marks=pytest.mark.xfail(
            reason="the people an excerpt names within its own paragraph stay inside a "
            "quotation for the speaker tracker, so 'she' finds no antecedent there",
            strict=False,
        ),
    ),
    pytest.param(
        "Senator Ruth Malloy and Senator Dan Corliss wrote to the agency in May. The grant "
        "scheme has grown far beyond its purpose, they say.",
        [("Ruth Malloy", "indirect"), ("Dan Corliss", "indirect")],
        id="they-after-two-people-named-together-as-a-subject-is-each-of-them",
    ),
    pytest.param(
        "Senator Ruth Malloy and Senator Dan Corliss wrote to the agency in May. Officials in "
        "three states were unconvinced. The grant scheme works well, they say.",
        [("Officials", "indirect")],
        id="negative-a-nearer-group-noun-is-they-not-the-people-named-together",
    ),
    pytest.param(
        "Senator Ruth Malloy and the port unions wrote to the agency in May. The grant "
        "scheme has grown far beyond its purpose, they say.",
        [("port unions", "indirect")],
        id="negative-a-person-and-a-group-together-leave-they-to-the-group",
    ),
    pytest.param(
        'Jones writes: "Ann Patel stood at the gate. She said the plant made 4,000 tons."',
        [("Jones", "direct_quote")],
        id="an-excerpt-without-inner-quotations-stays-its-writer's",
    ),
    pytest.param(
        "Defence Minister Anna Kowalczyk toured the plant on Monday. The defence minister "
        "said output had risen 12 percent.",
        [("Anna Kowalczyk", "indirect")],
        id="the-role-an-article-introduced-a-person-with-is-that-person",
    ),
    pytest.param(
        "Finance Minister Clara Odum presented the budget on Monday. Tarvonia's defence "
        "minister told parliament that spending would rise 12 percent.",
        [("Tarvonian defence minister", "indirect")],
        id="negative-a-defence-minister-is-not-the-finance-minister-named-before",
    ),
    pytest.param(
        "Clara Odum, the Minister of Finance, presented the budget on Monday. The defence "
        "minister told parliament that spending would rise 12 percent.",
        [("defence minister", "indirect")],
        id="negative-a-defence-minister-is-not-the-minister-of-finance-named-before",
    ),
    pytest.param(
        "The committee met on Tuesday. Tallowmere Avionics said in a statement that "
        "productivity at its plant had risen 15 percent.",
        [("Tallowmere Avionics", "indirect")],
        id="an-untagged-company-name-as-subject-of-a-verb-of-saying-speaks",
    ),
    # a quotation with no cue after one speaker's reported speech: the speaker goes on
    pytest.param(
        "The depot is quiet now. Its manager, Ana Ruiz, said the line had slowed since "
        'March. "We used to ship 40 shells a day.',
        [("Ana Ruiz", "direct_quote")],
        id="a-quotation-with-no-cue-after-reported-speech-is-the-speaker-going-on",
    ),
    pytest.param(
        'Ana Ruiz said the line had slowed since March. "We used to ship 40 shells a day.'
        '\n"Now we ship ten a day, and the buyers have gone elsewhere."',
        [("Ana Ruiz", "direct_quote")],
        id="a-quotation-going-on-with-no-cue-runs-into-the-next-paragraph",
    ),
    pytest.param(
        "The Tessholm Naval Office released its yearly study on Monday. The office's "
        "review puts the number of welders at the northern yards at some 7,500.",
        [("Tessholm Naval Office", "indirect")],
        id="a-figure-put-at-a-value-after-another-at-phrase",
    ),
    pytest.param(
        "The navy's plan, unveiled by Admiral Tomas Brekke in May, is to commission 12 "
        "new patrol boats by 2030.",
        [("Tomas Brekke", "indirect")],
        id="a-plan-unveiled-by-someone-is-theirs-to-vouch-for",
    ),
    pytest.param(
        "The government's goal, set out by Finance Minister Ulla Strand last year, is to cut "
        "fuel imports by 40 percent.",
        [("Ulla Strand", "indirect")],
        id="a-goal-set-out-by-someone-with-the-verb-s-particle",
    ),
    pytest.param(
        "The goal, set by the budget office in 2022, is to cut fuel imports by 40 percent.",
        [],
        id="negative-set-without-its-particle-makes-nothing-public",
    ),
    pytest.param(
        "The target, announced in 2022, is to cut fuel imports by 40 percent.",
        [],
        id="negative-a-verb-of-making-public-without-its-agent-names-no-one",
    ),
    pytest.param(
        "The plan, criticised by Admiral Tomas Brekke in May, is to commission 12 new patrol "
        "boats by 2030.",
        [],
        id="negative-a-plan-criticised-by-someone-is-not-theirs",
    ),
    pytest.param(
        "The plan, unveiled by Admiral Tomas Brekke in May, would buy 12 new patrol boats by 2030.",
        [("Tomas Brekke", "indirect")],
        id="a-plan-unveiled-by-someone-would-do-what-they-said",
    ),
    pytest.param(
        "The 3 percent rise, unveiled by Admiral Tomas Brekke in May, falls well short of "
        "what the crews asked for.",
        [],
        id="negative-the-writer-s-judgement-of-what-was-unveiled-is-not-theirs",
    ),
    pytest.param(
        "Jorun Halvorsen, a former minister, suggests that the navy's best argument is that "
        "it has lost 12 ships since 2010.",
        [("Jorun Halvorsen", "indirect")],
        id="negative-an-argument-inside-what-someone-reports-is-theirs-alone",
    ),
    pytest.param(
        "Opposition leader Marta Quist spoke in Lund on Friday. The opposition leader's main "
        'argument was that the navy "has lost a third of its ships since 2010."',
        [("Marta Quist", "direct_quote")],
        id="someone-s-argument-was-that-is-what-they-said",
    ),
    pytest.param(
        "Marta Quist, the party's defence spokeswoman, told the senate finance committee in "
        'June that the navy had "lost a third of its ships since 2010."',
        [("Marta Quist", "direct_quote")],
        id="a-committee-told-in-lower-case-is-no-news-outlet",
    ),
]


@pytest.mark.parametrize(
    "second, expected",
    [
        pytest.param(
            "One of them estimated the price of the order at roughly 800 million euros.",
            [("one of the officials", "indirect")],
            id="one-of-them-is-the-group-named-before",
        ),
        pytest.param(
            "One of the ships put to sea at dawn with 40 sailors aboard.",
            [],
            id="negative-one-of-a-thing-is-no-source",
        ),
    ],
)
def test_one_of_a_group_named_before(nlp, second, expected):
    text = "Two officials briefed on the negotiations said a deal was near. " + second
    drafts = [d for d in extract_drafts(nlp(text)) if d.sentence.text.startswith(second[:12])]
    assert drafts, "the sentence makes a claim (it has a figure)"
    found = [(d.speaker.name, d.cue.mode) for d in drafts if d.speaker is not None and d.cue]
    assert found == expected


@pytest.mark.parametrize("text, expected", FORMS)
def test_attribution_form(nlp, text, expected):
    assert _last_sentence_speakers(nlp, text) == expected


def test_a_heading_ends_the_passage_a_source_covers():
    """A list credited to its author as a passage stops at the next heading: the figure
    after "Why can factories not make more?" is the writer's (the article is read whole,
    paragraphs cut as the pipeline cuts them)."""
    text = (
        "Explainer: drones\n\nThe data below are the Varda Institute's counts:"
        "\n\n- Western makers built roughly 750 interceptors last year.\n\n"
        "Why can factories not make more?\n\nSome 40 firms make the propellant.\n"
    )
    speakers = _record_speakers(text)
    assert speakers["- Western makers built roughly 750 interceptors last year."] == (
        "Varda Institute"
    )
    assert speakers["Some 40 firms make the propellant."] is None


def _records(text):
    """The records the whole pipeline makes of one article."""
    from pipeline.process.processor import Processor
    from pipeline.records import Article

    [(_, records)] = list(
        Processor().process([Article(article_id="a1", source="a.txt", text=text)])
    )
    return records


def _record_speakers(text):
    return {r.sentence: r.speaker.name if r.speaker else None for r in _records(text)}


def _claims(text):
    return [
        (r.speaker.name if r.speaker else None, text[r.claim_start : r.claim_end])
        for r in _records(text)
    ]


_LATER_PARAGRAPH = (
    "Harbour yards report a record year\n\n"
    '"Ten years ago this yard launched one hull a year," said Petra Lind, who runs the '
    'Osterby yard. "This year we launched nine.\n\n'
    '"Still, size is not strength. Nearly all of the steel we weld arrives from {mill}, and '
    'nobody in the ministry wants to discuss that."\n\n'
    "The yard employs 2,400 people."
)


@pytest.mark.parametrize(
    "mill, expected",
    [
        pytest.param(
            "a foreign mill",
            "Still, size is not strength. Nearly all of the steel we weld arrives from a "
            "foreign mill, and nobody in the ministry wants to discuss that.",
            id="a-later-paragraph-with-no-figure-is-one-claim-of-the-speaker",
        ),
        pytest.param(
            "one foreign mill",
            "Nearly all of the steel we weld arrives from one foreign mill, and nobody in "
            "the ministry wants to discuss that.",
            id="a-later-paragraph-s-sentence-with-a-figure-is-its-only-claim",
        ),
    ],
)
def test_a_later_paragraph_of_a_quotation_is_a_claim_of_its_speaker(mill, expected):
    claims = _claims(_LATER_PARAGRAPH.format(mill=mill))
    assert [c for c in claims if c[0] == "Petra Lind"][2:] == [("Petra Lind", expected)]
    assert claims[-1] == (None, "The yard employs 2,400 people.")


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("We need welders, and we need them now.", id="an-exhortation"),
        pytest.param("We must hire welders, and before 2029, not after.", id="a-date-alone"),
    ],
)
def test_a_later_paragraph_of_a_quotation_that_only_exhorts_is_no_claim(paragraph):
    text = (
        "Harbour yards report a record year\n\n"
        '"Ten years ago this yard launched one hull a year," said Petra Lind, who runs the '
        f'Osterby yard. "This year we launched nine.\n\n"{paragraph}"\n\n'
        "The yard employs 2,400 people."
    )
    assert [c for c in _claims(text) if "welders" in c[1]] == []


def test_a_later_paragraph_of_a_body_s_quoted_words_is_no_claim_of_its_own():
    text = (
        "Harbour yards report a record year\n\n"
        '"Ten years ago this yard launched one hull a year," the Osterby Shipyard Company '
        'said in its annual report. "This year it launched nine.\n\n'
        '"Nearly all of the steel it welds arrives from a foreign mill."\n\n'
        "The yard employs 2,400 people."
    )
    assert [c for c in _claims(text) if "foreign mill" in c[1]] == []


QUESTION_PARAGRAPHS = [
    pytest.param(
        "Counting drones from the air\n\nMarit Kovalenko has built radar for twenty years. "
        "A principal engineer at the Harlow Sensor Laboratory, she wrote its yearly survey "
        "of drone detection. We talked to her about the findings.\n\nWhat does the survey "
        "show?\n\nWe tested 41 detection systems this year, against 17 in 2021.\n\nAre "
        "the vendors pleased?\n\nThe best system caught 96 percent of flights.\n",
        "We tested 41 detection systems this year, against 17 in 2021.",
        "Marit Kovalenko",
        id="the-paper-s-own-we-talked-to-her-names-the-interviewee",
    ),
    pytest.param(
        "Counting drones from the air\n\nMarit Kovalenko has built radar for twenty years. "
        "We talked to officials about her findings.\n\nWhat does the survey show?\n\nWe "
        "tested 41 detection systems this year, against 17 in 2021.\n\nAre the vendors "
        "pleased?\n\nThe best system caught 96 percent of flights.\n",
        "We tested 41 detection systems this year, against 17 in 2021.",
        None,
        id="negative-talking-to-a-group-names-no-interviewee",
    ),
    pytest.param(
        "Interview: the fleet's new chief\n\nAdmiral Ilse Varn took command in March. She "
        "spoke to the Harbour Review about ships and money.\n\nHow many frigates will you "
        "have by 2030?\n\nWe will have 14 frigates by 2030, twice as many as today.\n\n"
        "Is that enough?\n\nIt is more than any navy in the region will have.\n",
        "We will have 14 frigates by 2030, twice as many as today.",
        "Ilse Varn",
        id="an-answer-after-a-question-paragraph-is-the-interviewee-s",
    ),
    pytest.param(
        "Explainer: interceptors\n\nAdmiral Ilse Varn said in May that stocks were low.\n\n"
        "How many frigates will there be by 2030?\n\nThere will be 14 frigates by 2030, twice "
        "as many as today.\n\nIs that enough?\n\nIt is more than any navy in the region "
        "will have.\n",
        "There will be 14 frigates by 2030, twice as many as today.",
        None,
        id="negative-an-explainer-s-questions-introduce-no-interview",
    ),
    pytest.param(
        "Interview: the fleet's new chief\n\nAdmiral Ilse Varn took command in March. She "
        "spoke to the Harbour Review about ships and money.\n\nQ: How many frigates will "
        "you have by 2030?\n\nWe will have 14 frigates by 2030.\n\nQ: Is that enough? "
        "Your predecessor asked for 20.\n\nWe will have twice as many as today.\n",
        "We will have twice as many as today.",
        "Ilse Varn",
        id="a-question-line-ending-in-a-statement-is-still-a-question",
    ),
]


@pytest.mark.parametrize("text, sentence, expected", QUESTION_PARAGRAPHS)
def test_answers_of_an_interview_written_without_labels(text, sentence, expected):
    assert _record_speakers(text)[sentence] == expected


_LABELLED_INTERVIEW = (
    "The engineer who says no\n\nMarta Kvist runs the Tollby Test Range. A union official, "
    "Per Aske, said on Monday that staff were overworked and that 40 posts were empty.\n\n"
    "{intro}\n\nQ: How many trials did you run this year?\n\nA: We ran 212 trials, "
    "up from 90 in 2022.\n"
)


@pytest.mark.parametrize(
    "intro, expected",
    [
        pytest.param(
            "We spoke to Kvist at the range's control tower.",
            "Marta Kvist",
            id="we-spoke-to-her-outranks-the-one-quoted-last",
        ),
        pytest.param(
            "Kvist talked to the Courier about the range's budget.",
            "Marta Kvist",
            id="she-talked-to-the-paper-outranks-the-one-quoted-last",
        ),
        pytest.param(
            "The conversation, held in a hangar beside the Tollby river, was edited.",
            "Per Aske",
            id="negative-an-introduction-with-no-verb-of-talking-leaves-the-one-quoted",
        ),
    ],
)
def test_an_interview_s_answers_are_the_one_its_introduction_names(intro, expected):
    """Answer lines ("A: ...") are the words of the person the sentences right before the
    interview name as talking to the paper, not of whoever the narration quoted last."""
    text = _LABELLED_INTERVIEW.format(intro=intro)
    assert _record_speakers(text)["We ran 212 trials, up from 90 in 2022."] == expected


def test_an_indefinite_role_is_someone_new(nlp):
    text = (
        "Defence Minister Anna Kowalczyk visited the plant on Monday. "
        "A minister from the opposition said the plant was too small."
    )
    assert _last_sentence_speakers(nlp, text) == [("minister from the opposition", "indirect")]


TURNS = [
    pytest.param(
        "BRANDT: The budget is later than ever.\nCASTILLO: The bill will pass with 60 votes.",
        [
            ("Daniel Brandt", "direct_quote", "The budget is later than ever."),
            ("Julia Castillo", "direct_quote", "The bill will pass with 60 votes."),
        ],
        id="every-transcript-line-is-its-speaker-s-quotation",
    ),
    pytest.param(
        "BRANDT: The budget is late again.\nCASTILLO: The bill will pass with 60 votes.",
        [("Julia Castillo", "direct_quote", "The bill will pass with 60 votes.")],
        id="a-transcript-line-with-nothing-to-check-is-no-claim",
    ),
    pytest.param(
        "CASTILLO: We have 52 votes. The vote is on Friday. Nobody doubts it.",
        [
            (
                "Julia Castillo",
                "direct_quote",
                "CASTILLO: We have 52 votes.",  # its first sentence: the record stands on one
            )
        ],
        id="a-line-of-several-sentences-is-one-record",
    ),
    pytest.param(
        "A full transcript follows:\n\nLUNDQVIST: The harbour has 12 cranes.\n\n"
        "CASTILLO: It has 9.",
        [
            ("Lundqvist", "direct_quote", "The harbour has 12 cranes."),
            ("Julia Castillo", "direct_quote", "CASTILLO: It has 9."),
        ],
        id="a-label-no-one-bears-speaks-in-a-transcript",
    ),
    pytest.param(
        "A full transcript follows:\n\nLUNDSTRÖM: The harbour has 12 cranes.\n\n"
        "CASTILLO: It has 9.",
        [
            ("Lundström", "direct_quote", "LUNDSTRÖM: The harbour has 12 cranes."),
            ("Julia Castillo", "direct_quote", "CASTILLO: It has 9."),
        ],
        id="a-label-in-capitals-of-any-script-is-a-label",
    ),
    pytest.param(
        "A full transcript follows:\n\nVan-Dyke: The harbour has 12 cranes.\n\n"
        "Castillo: It has 9.\n\nVan-Dyke: It has 14.",
        [
            ("Van-Dyke", "direct_quote", "Van-Dyke: The harbour has 12 cranes."),
            (None, None, "Castillo: It has 9."),  # a name used once: no label, no speaker
            ("Van-Dyke", "direct_quote", "Van-Dyke: It has 14."),
        ],
        id="a-label-no-one-bears-is-a-name-with-capitals-at-each-part",
    ),
    pytest.param(
        "UPDATE: The vote moved to Friday.\n\nCASTILLO: It will pass with 60 votes.",
        [("Julia Castillo", "direct_quote", "CASTILLO: It will pass with 60 votes.")],
        id="a-note-label-never-speaks-even-in-a-transcript",
    ),
    pytest.param(
        "CASTILLO: The bill will pass with 60 votes.\nTurnout was 70 percent.",
        [
            ("Julia Castillo", "direct_quote", "The bill will pass with 60 votes."),
            (None, None, "Turnout was 70 percent."),
        ],
        id="a-transcript-line-ends-with-its-paragraph",
    ),
    pytest.param(
        "Castillo: The bill will pass with 60 votes.\n\nBrandt: And turnout?\n\n"
        "Castillo: Turnout will be 70 percent. Nobody doubts it.",
        [
            ("Julia Castillo", "direct_quote", "Castillo: The bill will pass with 60 votes."),
            (
                "Julia Castillo",
                "direct_quote",
                "Castillo: Turnout will be 70 percent.",
            ),
        ],
        id="a-label-written-as-a-name-opening-two-lines-is-a-transcript-label",
    ),
    pytest.param(
        "Julia Castillo: The bill will pass with 60 votes.\n\n"
        "Julia Castillo: Turnout will be 70 percent.",
        [
            ("Julia Castillo", "direct_quote", "Julia Castillo: The bill will pass with 60 votes."),
            ("Julia Castillo", "direct_quote", "Julia Castillo: Turnout will be 70 percent."),
        ],
        id="a-full-name-label-opening-two-lines-is-a-transcript-label",
    ),
    pytest.param(
        "Castillo: The bill will pass with 60 votes.\nTurnout was 70 percent.",
        [
            (None, None, "Castillo: The bill will pass with 60 votes."),
            (None, None, "Turnout was 70 percent."),
        ],
        id="a-label-written-as-a-name-opening-one-line-is-no-transcript",
    ),
    pytest.param(
        "CASTILLO: The bill will pass with 60 votes.\n\n"
        "We expect 12 more votes from the northern districts.\n\nBRANDT: Thank you.",
        [
            ("Julia Castillo", "direct_quote", "The bill will pass with 60 votes."),
            (
                "Julia Castillo",
                "direct_quote",
                "We expect 12 more votes from the northern districts.",
            ),
        ],
        id="a-paragraph-with-no-label-in-the-first-person-goes-on-with-the-line-before",
    ),
    pytest.param(
        "CASTILLO: The bill will pass with 60 votes.\n\n"
        "Her party holds 41 seats in the chamber.\n\nBRANDT: Thank you.",
        [
            ("Julia Castillo", "direct_quote", "The bill will pass with 60 votes."),
            (None, None, "Her party holds 41 seats in the chamber."),
        ],
        id="negative-a-narrator-s-paragraph-between-lines-is-the-article-s",
    ),
    pytest.param(
        "CASTILLO: The bill will pass with 60 votes.\n\n"
        '"We have 12 more votes," her aide said later.\n\nBRANDT: Thank you.',
        [
            ("Julia Castillo", "direct_quote", "The bill will pass with 60 votes."),
            ("her aide", "direct_quote", '"We have 12 more votes," her aide said later.'),
        ],
        id="negative-a-quotation-between-lines-is-its-own-speaker-s",
    ),
    pytest.param(
        "CASTILLO: The bill will pass with 60 votes.\n\n"
        "Julia, we hear the north could still add 12 votes.\n\nBRANDT: Thank you.",
        [
            ("Julia Castillo", "direct_quote", "The bill will pass with 60 votes."),
            (None, None, "Julia, we hear the north could still add 12 votes."),
        ],
        id="negative-a-paragraph-addressing-the-line-s-speaker-by-name-is-someone-else-s",
    ),
]


def test_a_partial_quotation_running_on_gives_its_later_sentences_to_the_speaker(nlp):
    text = (
        'Tomas Lind said the harbour plan was "a mistake. '
        'We will close 40 berths in May and nobody will miss them."'
    )
    drafts = extract_drafts(nlp(text))
    assert [(d.speaker.name, d.cue.mode, d.sentence.text[:12]) for d in drafts] == [
        ("Tomas Lind", "indirect", "Tomas Lind s"),
        ("Tomas Lind", "direct_quote", "We will clos"),
    ]


SENTENCE_DRAFTS = [
    pytest.param(
        "Readers told us what they thought of the new tank.\n\n"
        "“It costs too much. Nobody in my town wants 40 of them.” ― Ragnhild Vesterli\n"
        "“We need 40 more, not fewer.” ― Tor Eikeland\n\nMore comments follow below.",
        [
            ("Readers", "indirect"),
            ("Ragnhild Vesterli", "direct_quote"),
            ("Tor Eikeland", "direct_quote"),
        ],
        id="quotations-signed-after-a-dash-on-their-line-are-the-signers",
    ),
    pytest.param(
        "The council met on Monday.\n\n"
        "“We will build 40 homes.” — a promise few in the town believed.",
        [],
        id="negative-a-dash-after-a-quotation-before-words-of-the-narrator-signs-nothing",
    ),
    pytest.param(
        "Shell output has risen across the region.\n\n"
        "Country | 2024 | 2025\nVelmar | 120 | 210\nTessvik | 80 | 95\n"
        "Source: Harlow Institute",
        [("Harlow Institute", "according_to"), ("Harlow Institute", "according_to")],
        id="a-source-line-under-a-table-gives-its-rows-to-the-body-it-credits",
    ),
    pytest.param(
        "Shell output has risen across the region.\n\n"
        "Country | 2024 | 2025\nVelmar | 120 | 210\nTessvik | 80 | 95\n\n"
        "Source: Harlow Institute",
        [],
        id="negative-a-source-line-in-a-paragraph-of-its-own-credits-no-rows",
    ),
    pytest.param(
        "The Harlow Institute published its survey of shell output on Monday.\n\n"
        "Shell output by country (thousands a year; Source: Harlow Institute)\n"
        "| Country | 2024 | 2025 |\n| Velmar | 120 | 210 |\n| Tessvik | 80 | 95 |",
        [
            ("Harlow Institute", "according_to"),
            ("Harlow Institute", "according_to"),
            ("Harlow Institute", "according_to"),
        ],
        id="a-caption-crediting-its-source-gives-the-table-rows-to-it",
    ),
    pytest.param(
        "The Harlow Institute published its survey of shell output on Monday.\n\n"
        "Shell output by country (Harlow Institute estimates, March)\n"
        "| Country | 2024 | 2025 |\n| Velmar | 120 | 210 |\n| Tessvik | 80 | 95 |",
        [("Harlow Institute", "according_to"), ("Harlow Institute", "according_to")],
        id="a-caption-naming-whose-estimates-its-rows-are-in-brackets-gives-them-to-it",
    ),
    pytest.param(
        "Ardenvale Defence Group published its accounts on Tuesday.\n\n"
        "Results at a glance (in million euros; source: Ardenvale annual accounts)\n"
        "| | 2025 | 2024 |\n| Sales | 2,310 | 1,980 |",
        [("Ardenvale Defence Group", "according_to")],
        id="a-caption-crediting-a-body-s-document-gives-the-rows-to-the-body",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, according to the annual survey of the Bergen Naval "
        "Centre.\nArtillery exports fell by 12%.",
        [("Bergen Naval Centre", "according_to"), ("Bergen Naval Centre", "according_to")],
        id="a-document-s-figures-run-on-into-the-next-paragraph",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, according to the annual survey of the Bergen Naval "
        "Centre.\nThe centre was founded long ago.\nArtillery exports fell by 12%.",
        [("Bergen Naval Centre", "according_to")],
        id="negative-a-sentence-without-a-figure-ends-the-passage",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, according to the annual survey of the Bergen Naval "
        "Centre. The survey counts sales of ships and aircraft. Artillery exports fell by 12%.",
        [("Bergen Naval Centre", "according_to"), ("Bergen Naval Centre", "according_to")],
        id="a-sentence-on-the-survey-itself-keeps-the-passage-going",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, according to the annual survey of the Bergen Naval "
        "Centre. A survey of drivers is planned. Artillery exports fell by 12%.",
        [("Bergen Naval Centre", "according_to")],
        id="negative-another-survey-ends-the-passage",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, the annual survey of the Bergen Naval Centre says.\n"
        "The survey's main table is reproduced below.\n"
        "Kallmar: 140 tanks, 12 ships.\nSudmark: 95 tanks, 4 ships.",
        [("Bergen Naval Centre", "indirect")] + [("Bergen Naval Centre", "according_to")] * 2,
        id="the-rows-of-a-document-s-table-keep-its-source",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, the annual survey of the Bergen Naval Centre says.\n"
        "Its table sets out the sales by country.\nKallmar: 140 tanks, 12 ships.",
        [("Bergen Naval Centre", "indirect"), ("Bergen Naval Centre", "according_to")],
        id="its-table-is-the-document-s-table",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, the annual survey of the Bergen Naval Centre says.\n"
        "Its main table is reproduced below.\nCountry    Tanks sold    Ships sold\n"
        "Kallmar    140           12",
        [("Bergen Naval Centre", "indirect"), ("Bergen Naval Centre", "according_to")],
        id="the-header-line-of-a-document-s-table-keeps-the-passage-going",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, the annual survey of the Bergen Naval Centre says.\n"
        "The survey covers sales of ships.\nCountry    Tanks sold    Ships sold\n"
        "Kallmar    140           12",
        [("Bergen Naval Centre", "indirect")],
        id="negative-a-header-line-no-table-announced-ends-the-passage",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, the annual survey of the Bergen Naval Centre says.\n"
        "A table of ship prices is reproduced below.\nKallmar: 140 tanks, 12 ships.",
        [("Bergen Naval Centre", "indirect")],
        id="negative-a-table-of-something-else-ends-the-passage",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, the annual survey of the Bergen Naval Centre says.\n"
        "The navy's table is reproduced below.\nKallmar: 140 tanks, 12 ships.",
        [("Bergen Naval Centre", "indirect")],
        id="negative-another-owner-s-table-ends-the-passage",
    ),
    pytest.param(
        "The Bergen Naval Centre published its annual survey on Monday. Its authors write "
        "that exports are rising fast. Tank sales rose 40% in 2025.",
        [("Bergen Naval Centre", "indirect"), ("Bergen Naval Centre", "according_to")],
        id="a-document-s-authors-keep-their-follow-on-figures",
    ),
    pytest.param(
        "The Bergen Naval Centre published its annual survey on Monday. Its lead author, "
        "Ruth Adebola, writes that exports are rising fast. Tank sales rose 40% in 2025.",
        [("Ruth Adebola", "indirect")],
        id="negative-an-author-named-as-a-person-does-not-run-on",
    ),
    pytest.param(
        "Kallmar spent $40 billion on its navy last year, according to the Bergen Naval "
        "Centre.\n\nOn those numbers Kallmar outspends Sudmark by about a third.",
        [("Bergen Naval Centre", "according_to"), ("Bergen Naval Centre", "according_to")],
        id="a-comparison-on-those-numbers-keeps-their-source-in-the-next-paragraph",
    ),
    pytest.param(
        "The Bergen Naval Centre found that Kallmar ordered 12 frigates last year. "
        "By that measure Kallmar is arming faster than Sudmark.",
        [("Bergen Naval Centre", "indirect"), ("Bergen Naval Centre", "according_to")],
        id="by-that-measure-keeps-the-source-of-the-measure",
    ),
    pytest.param(
        "Kallmar spent $40 billion on its navy last year, according to the Bergen Naval "
        "Centre.\n\nKallmar outspends Sudmark by about a third.",
        [("Bergen Naval Centre", "according_to")],
        id="negative-a-comparison-that-does-not-point-back-stays-the-writer-s",
    ),
    pytest.param(
        "Kallmar spent $40 billion on its navy last year, according to the Bergen Naval "
        'Centre.\n\n"On those numbers Kallmar outspends Sudmark by about a third."',
        [("Bergen Naval Centre", "according_to")],
        id="negative-a-quotation-that-points-back-is-its-own-speaker-s",
    ),
    pytest.param(
        "Kallmar spent $40 billion on its navy last year, Admiral Ruth Adebola said.\n\n"
        "On those numbers Kallmar outspends Sudmark by about a third.",
        [("Ruth Adebola", "indirect")],
        id="negative-a-person-s-figures-do-not-run-on-even-when-pointed-back-to",
    ),
    pytest.param(
        "Kallmar spent $40 billion on its navy last year, according to the Bergen Naval "
        "Centre.\n\nSudmark, which rejects those numbers, is arming faster than Kallmar.",
        [("Bergen Naval Centre", "according_to")],
        id="negative-those-numbers-inside-a-relative-clause-do-not-point-back",
    ),
    # a wire story: an organisation's words with no document, then the writer's own figures
    pytest.param(
        "KYIV, May 14 (Eastline) - The air force said it shot down 40 of 52 drones "
        "overnight. Attacks of that size came almost nightly in the spring.\n\n"
        "Russia launched 1,200 drones last month.",
        [("air force", "indirect")],
        id="negative-a-wire-story-s-background-figures-are-the-writer-s",
    ),
    # a think-tank summary: the passage stops at a new source and at a person's quotation
    pytest.param(
        "Tank exports rose 40% in 2025, according to the annual survey of the Bergen Naval "
        "Centre. The Penhallow Maritime Institute counts 30 frigates on order. Ship exports fell "
        "by 12%.",
        [("Bergen Naval Centre", "according_to")] + [("Penhallow Maritime Institute", "indirect")],
        id="negative-a-new-source-that-is-no-document-ends-the-passage",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, according to the annual survey of the Bergen Naval "
        'Centre. "We sold 12 tanks to Kallmar," said Ruth Adebola, a dealer. Ship exports '
        "fell by 12%.",
        [("Bergen Naval Centre", "according_to"), ("Ruth Adebola", "direct_quote")],
        id="negative-a-person-s-quotation-ends-the-passage",
    ),
    pytest.param(
        "Revenue rose 24 percent to 1.4 billion euros, Corrand Group said in a statement. "
        "Operating profit climbed 18 percent to 212 million euros.",
        [("Corrand Group", "indirect"), ("Corrand Group", "according_to")],
        id="a-body-s-statement-keeps-its-follow-on-figures",
    ),
    pytest.param(
        "Revenue rose 24 percent to 1.4 billion euros, Corrand Group said on Thursday. "
        "Operating profit climbed 31 percent to 176 million euros.\n\n"
        "The order backlog stood at 9 billion euros at the end of June.",
        [("Corrand Group", "indirect")] + [("Corrand Group", "according_to")] * 2,
        id="a-company-s-results-run-on-through-its-other-results",
    ),
    pytest.param(
        "Revenue rose 24 percent to 1.4 billion euros, Corrand Group said on Thursday. "
        "Exports to Asia fell by 12%.",
        [("Corrand Group", "indirect")],
        id="negative-a-body-s-words-with-no-document-do-not-run-on",
    ),
    pytest.param(
        "Revenue rose 24 percent to 1.4 billion euros, Corrand Group said on Thursday. "
        "Arlen Systems' operating profit climbed 18 percent to 212 million euros.",
        [("Corrand Group", "indirect")],
        id="negative-another-owner-s-results-are-not-the-company-s",
    ),
    pytest.param(
        "Corrand Group said on Thursday that it would hire 400 engineers. "
        "Operating profit climbed 18 percent to 212 million euros.",
        [("Corrand Group", "indirect")],
        id="negative-results-after-other-news-of-the-company-are-the-writer-s",
    ),
    pytest.param(
        "Revenue rose 24 percent to 1.4 billion euros, chief executive Ruth Adebola said. "
        "Operating profit climbed 18 percent to 212 million euros.",
        [("Ruth Adebola", "indirect")],
        id="negative-results-a-person-gave-do-not-run-on",
    ),
    pytest.param(
        "Revenue rose 24 percent to 1.4 billion euros, Mayor Ruth Adebola said in a statement. "
        "Operating profit climbed 18 percent to 212 million euros.",
        [("Ruth Adebola", "indirect")],
        id="negative-a-person-s-statement-does-not-run-on",
    ),
    pytest.param(
        'Mayor Ruth Adebola spoke on Monday. "No city in the region can match our harbour," '
        "Adebola was quoted as saying.",
        [("Ruth Adebola", "direct_quote")],
        id="quoted-as-saying-speaks-for-its-passive-subject",
    ),
    pytest.param(
        "Mayor Ruth Adebola spoke on Monday. Adebola was quoted as saying that 40 berths "
        "would close.",
        [("Ruth Adebola", "indirect")],
        id="quoted-as-saying-that-speaks-for-its-passive-subject",
    ),
    pytest.param(
        "The Vell Courier ran the story first. It quoted Mayor Ruth Adebola as saying that "
        "40 berths would close.",
        [("Ruth Adebola", "according_to")],
        id="an-outlet-quoting-someone-as-saying-relays-that-person",
    ),
    pytest.param(
        "The Vell Courier ran the story first. The paper cited Ruth Adebola, the harbour's "
        "mayor, as saying 40 berths would close.",
        [("Ruth Adebola", "according_to")],
        id="an-outlet-citing-someone-as-saying-relays-that-person",
    ),
    pytest.param(
        "Mayor Ruth Adebola spoke on Monday. The harbour plan was quoted in the report, "
        "saying 40 berths would close.",
        [],
        id="negative-a-thing-quoted-somewhere-is-no-speaker",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, Mayor Ruth Adebola said.\nArtillery exports fell by 12%.",
        [("Ruth Adebola", "indirect")],
        id="negative-a-person-s-claim-does-not-run-on-into-the-next-paragraph",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, according to the annual survey of the Bergen Naval "
        "Centre. Artillery exports fell by 12%.",
        [("Bergen Naval Centre", "according_to"), ("Bergen Naval Centre", "according_to")],
        id="a-follow-on-figure-keeps-the-survey-named-by-according-to",
    ),
    pytest.param(
        '"The ward will stay open," Ruth Adebola said after the vote, a relief to the '
        "council, which had promised the nurses a new wing.",
        [("Ruth Adebola", "direct_quote")],
        id="a-far-verb-of-a-relative-clause-does-not-share-the-quotation",
    ),
    # headlines that give their claim to a name before a colon
    pytest.param(
        "Ruth Adebola: Harbour Will Close in May, Council Was 'Misled'.\n\n"
        "Mayor Ruth Adebola spoke on Friday.",
        [("Ruth Adebola", "indirect")],
        id="a-headline-name-and-colon-reports-the-claim",
    ),
    pytest.param(
        "Adebola: “We Will Not Pay for the Bridge.”\n\nMayor Ruth Adebola spoke on Friday.",
        [("Ruth Adebola", "direct_quote")],
        id="a-headline-name-and-a-quotation-is-a-direct-quote",
    ),
    pytest.param(
        "Harbour Tolls: What the New Charges Mean for Drivers.\n\nThe tolls rose in May.",
        [],
        id="negative-a-headline-topic-before-a-colon-is-no-speaker",
    ),
    # a quotation introduced by a colon, with no verb of saying
    pytest.param(
        'Mayor Ruth Adebola had a blunt answer for the council: "We will not pay for the bridge."',
        [("Ruth Adebola", "direct_quote")],
        id="a-colon-introduces-the-subject-s-quotation",
    ),
    pytest.param(
        'The sign on the ward door read: "No visitors after nine."',
        [],
        id="negative-a-thing-introducing-a-quotation-is-no-speaker",
    ),
    pytest.param(
        'The plan has three parts: "build", "hire" and "train", Ruth Adebola said.',
        [("Ruth Adebola", "indirect")],
        id="negative-a-colon-before-quoted-words-keeps-the-verb-of-saying",
    ),
    pytest.param(
        "Ruth Adebola said night nurses would get no bonus, and when asked why, "
        'the manager Tomas Lind replied, "The bonus is for the staff who stayed all winter."',
        [("Ruth Adebola", "indirect"), ("Tomas Lind", "direct_quote")],
        id="a-reply-coordinated-into-reported-speech-is-a-second-attribution",
    ),
    pytest.param(
        "Ruth Adebola said this week that the ward would close by March "
        "and suggested that it would reopen in May.",
        [("Ruth Adebola", "indirect"), ("Ruth Adebola", "indirect")],
        id="said-a-and-suggested-b-hung-on-the-first-content-is-two-claims",
    ),
    pytest.param(
        "Ruth Adebola said the report would come out in May and show that costs rose.",
        [("Ruth Adebola", "indirect")],
        id="a-verb-sharing-the-reported-subject-stays-content",
    ),
    pytest.param(
        "Ruth Adebola said she expects the ward to reopen in March.",
        [("Ruth Adebola", "indirect")],
        id="said-she-expects-is-one-claim",
    ),
    pytest.param(
        'Ruth Adebola said she recalled thinking, "This ward will close before spring."',
        [("Ruth Adebola", "indirect")],
        id="said-she-recalled-a-quotation-is-one-claim-of-reported-speech",
    ),
    pytest.param(
        "Ruth Adebola said she did not mention the boilers because "
        '"nobody has shown me they failed, and when they do, I will report it."',
        [("Ruth Adebola", "indirect")],
        id="a-reporting-verb-inside-the-quotation-does-not-end-the-content",
    ),
    pytest.param(
        "Ruth Adebola said she had told the board that the boilers failed twice.",
        [("Ruth Adebola", "indirect"), ("Ruth Adebola", "indirect")],
        id="said-she-had-told-is-two-claims",
    ),
    # a cue sentence cut off after a quotation that ends in a question
    pytest.param(
        '"The ward is full. Who will pay for the extra beds?" Ruth Adebola said, looking at '
        "the queue.",
        [("Ruth Adebola", "direct_quote")],
        id="a-bare-cue-in-capitals-after-a-question-reports-the-quotation",
    ),
    pytest.param(
        '"Who will pay for the extra beds?" Ruth Adebola said nothing.',
        [],
        id="negative-a-verb-with-an-object-of-its-own-after-a-question-reports-nothing",
    ),
    pytest.param(
        '"Who would have believed we could open 40 beds?" Ruth Adebola said, looking at the queue.',
        [("Ruth Adebola", "direct_quote")],
        id="a-bare-cue-whose-quotation-has-a-record-of-its-own-gives-no-second-record",
    ),
    # a partial quotation: the mode follows where the figure sits
    pytest.param(
        'A spokesman, Ivo Marek, said the rival fleet had grown "almost threefold since 2018".',
        [("Ivo Marek", "direct_quote")],
        id="a-partial-quotation-holding-the-figure-is-a-direct-quote",
    ),
    pytest.param(
        'The ministry said in a statement that its exports had "tripled since 2022".',
        [("ministry", "direct_quote")],
        id="a-partial-quotation-holding-a-change-is-a-direct-quote",
    ),
    pytest.param(
        'Tomas Lind said the 40 new drones were "a waste of money".',
        [("Tomas Lind", "indirect")],
        id="negative-a-partial-quotation-with-the-figure-outside-it-is-reported-speech",
    ),
    pytest.param(
        'Tomas Lind called the deal "a 40 percent giveaway".',
        [("Tomas Lind", "indirect")],
        id="negative-a-naming-verb-quoting-a-figure-stays-reported-speech",
    ),
    # attribution carried by context: a body named as a report's authors speaks for it
    pytest.param(
        "The Tarrow Institute said in a report on Monday that Norland's yards are too slow. "
        "The Tarrow Institute found that Norland built 6 frigates in 2025.\n\n"
        "The average frigate took 50 months to build.",
        [("Tarrow Institute", "indirect")] * 2 + [("Tarrow Institute", "according_to")],
        id="a-report-s-authors-findings-run-on-into-the-next-paragraph",
    ),
    pytest.param(
        "The Tarrow Institute found that Norland built 6 frigates in 2025.\n\n"
        "The average frigate took 50 months to build.",
        [("Tarrow Institute", "indirect")],
        id="negative-a-body-named-with-no-document-does-not-run-on-across-paragraphs",
    ),
    pytest.param(
        "Kestrel Group said in a statement on Monday that it had hired new staff. Kestrel "
        "Group found that its plant built 40 tanks in 2025.\n\nExports to Asia fell by 12%.",
        [("Kestrel Group", "indirect")] * 2,
        id="negative-a-statement-makes-no-body-a-document-s-author",
    ),
    pytest.param(
        "The Tarrow Institute said in a report on Monday that tank stocks are falling.\n\n"
        "The table below gives the institute's estimates.\n\n| Army | 2024 | 2025 |\n"
        "| Norland | 900 | 700 |\n| Sudmark | 400 | 380 |\n\n"
        "Norland has lost 40% of its tanks since 2022.",
        [("Tarrow Institute", "indirect")] + [("Tarrow Institute", "according_to")] * 3,
        id="a-report-s-table-and-the-figures-after-it-keep-its-authors",
    ),
    # a table announced as a body's figures, its header naming years
    pytest.param(
        "Tank stocks are falling fast.\n\nThe Tarrow Institute's figures are as follows:\n\n"
        "Army | 2024 | 2025\nNorland | 900 | 700\nSudmark | 400 | 380",
        [("Tarrow Institute", "according_to")] * 2,
        id="the-rows-of-a-table-announced-as-a-body-s-figures-are-the-body-s",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, the annual survey of the Bergen Naval Centre says.\n"
        "Its main table is reproduced below.\nCountry    2024    2025\nNorland    140     160",
        [("Bergen Naval Centre", "indirect"), ("Bergen Naval Centre", "according_to")],
        id="a-header-line-of-years-keeps-the-passage-going",
    ),
    pytest.param(
        "Tank stocks are falling fast.\n\nThe Tarrow Institute's figures are as follows.\n\n"
        "Norland: 900 in 2024; 700 in 2025.\n\nSudmark: 400 in 2024; 380 in 2025.",
        [("Tarrow Institute", "according_to")] * 2,
        id="the-rows-after-a-body-s-figures-pointed-at-without-a-colon-are-the-body-s",
    ),
    pytest.param(
        "Costs are rising.\n\nTwo other projects: approved 1.2 billion euros; forecast 1.5 "
        "billion euros; +25 percent.",
        [],
        id="negative-a-row-s-label-before-a-verb-of-forecasting-is-no-source",
    ),
    pytest.param(
        "Tank stocks are falling fast. The stocks are as follows:\n\n"
        "Army | 2024 | 2025\nNorland | 900 | 700",
        [],
        id="negative-a-table-no-one-owns-is-the-writer-s",
    ),
    pytest.param(
        "Tank stocks are falling fast.\n\nRuth Adeyemi's figures are as follows:\n\n"
        "Norland | 900 | 700",
        [],
        id="negative-a-person-s-table-does-not-run-on",
    ),
    pytest.param(
        "Tank exports rose 40% in 2025, the annual survey of the Bergen Naval Centre says.\n"
        "Its main table is reproduced below.\nIn 2024 exports fell.\nNorland    140     160",
        [("Bergen Naval Centre", "indirect")],
        id="negative-a-line-of-prose-with-a-year-is-no-header",
    ),
    # a sentence with no figure or cue inside a report's passage does not end it
    pytest.param(
        "The Tarrow Institute said in a report on Monday that Norland's yards are too slow. "
        "The Tarrow Institute found that Norland built 6 frigates in 2025.\n\n"
        "Steel is the main problem. The yards employ 4,000 workers.",
        [("Tarrow Institute", "indirect")] * 2 + [("Tarrow Institute", "according_to")],
        id="a-sentence-leading-into-its-paragraph-keeps-a-report-s-passage-open",
    ),
    pytest.param(
        "The Tarrow Institute said in a report on Monday that Norland's yards are too slow. "
        "The Tarrow Institute found that Norland built 6 frigates in 2025.\n\n"
        'Steel is "the main problem". The yards employ 4,000 workers.',
        [("Tarrow Institute", "indirect")] * 2,
        id="negative-a-quotation-ends-a-report-s-passage",
    ),
    pytest.param(
        "Kestrel Group said on Thursday that it would hire 400 engineers. "
        "Steel is the main problem. The yards employ 4,000 workers.",
        [("Kestrel Group", "indirect")],
        id="negative-a-sentence-leading-on-after-a-body-s-words-opens-no-passage",
    ),
    pytest.param(
        "The Tarrow Institute said in a report on Monday that Norland's yards are too slow. "
        "The Tarrow Institute found that Norland built 6 frigates in 2025.\n\n"
        "The pay gap is smaller in the navy. The yards employ 4,000 workers.",
        [("Tarrow Institute", "indirect")] * 2,
        id="negative-a-comparison-in-the-writer-s-voice-ends-a-report-s-passage",
    ),
    pytest.param(
        "About 450 million euros will come from the Tarrow defence fund, according to a fact "
        "sheet issued by the Norland Ministry of Defence. The rest will be covered from the "
        "national budget. The plant's workforce is set to grow to 1,150 by 2029.",
        [("Norland Ministry of Defence", "according_to")] * 2,
        id="a-fact-sheet-is-a-document-whose-figures-run-on",
    ),
    # the terms of a plan the source just described
    pytest.param(
        "Five Tarrow Pact governments are close to a joint purchase of 400,000 shells, "
        "according to two officials familiar with the talks.\n\nUnder the plan, Norland "
        "would take 150,000 shells, while Sudmark would receive 80,000.",
        [("officials familiar with the talks", "according_to")] * 2,
        id="under-the-plan-sets-out-the-terms-its-source-described",
    ),
    pytest.param(
        "Five Tarrow Pact governments are close to a joint purchase of 400,000 shells, "
        "Defence Minister Ruth Adeyemi said.\n\nUnder the plan, Norland would take 150,000 "
        "shells.",
        [("Ruth Adeyemi", "indirect")],
        id="negative-under-the-plan-after-a-person-is-the-writer-s",
    ),
    pytest.param(
        "Five Tarrow Pact governments are close to a joint purchase of 400,000 shells, "
        "according to two officials familiar with the talks.\n\nUnder a separate plan, "
        "Norland would take 150,000 shells.",
        [("officials familiar with the talks", "according_to")],
        id="negative-under-another-plan-is-the-writer-s",
    ),
    pytest.param(
        "Five Tarrow Pact governments are close to a joint purchase of 400,000 shells, "
        "according to two officials familiar with the talks.\n\nUnder the plan, Norland "
        "would take 150,000 shells. The remaining shells would go to three smaller members."
        "\n\nSudmark makes 9,000 shells a year.",
        [("officials familiar with the talks", "according_to")] * 3,
        id="the-sentence-after-a-plan-s-terms-keeps-their-source",
    ),
    pytest.param(
        "Tank stocks are falling fast.\n\nEstimates from the Tarrow Institute are as "
        "follows:\n\nArmy | 2024 | 2025\nNorland | 900 | 700",
        [("Tarrow Institute", "according_to")],
        id="a-table-of-figures-from-a-body-is-the-body-s",
    ),
    pytest.param(
        "Tank stocks are falling fast.\n\nEstimates from the past are as follows:\n\n"
        "Army | 2024 | 2025\nNorland | 900 | 700",
        [],
        id="negative-a-table-of-figures-from-no-body-is-the-writer-s",
    ),
    pytest.param(
        "Norland will spend 40 billion euros on defence in 2026, according to figures from "
        "the Tarrow Institute. Sudmark will spend 9 billion.",
        [("Tarrow Institute", "according_to")] * 2,
        id="according-to-figures-from-a-body-covers-their-next-figure-as-a-passage",
    ),
    # reported speech running on past its cue, backshifted as the report is
    pytest.param(
        "Ilse Varga, who speaks for Pelmar Fuses, said 45 welding posts would open in June. "
        "Half of them would go to trainees, and the rest to agency staff taken on for good. "
        "Pelmar would also put 9 million euros into a new paint shop.",
        [("Ilse Varga", "indirect")] + [("Ilse Varga", "according_to")] * 2,
        id="a-report-in-the-past-runs-on-in-sentences-that-keep-its-would",
    ),
    pytest.param(
        "Ilse Varga, who speaks for Pelmar Fuses, said 45 welding posts would open in June. "
        "The plant employs 400 people.",
        [("Ilse Varga", "indirect")],
        id="negative-the-writer-s-own-tense-ends-the-report",
    ),
    pytest.param(
        "Ilse Varga, who speaks for Pelmar Fuses, said 45 welding posts would open in June."
        "\n\nHalf of them would go to trainees.",
        [("Ilse Varga", "indirect")],
        id="negative-a-report-does-not-run-on-into-the-next-paragraph",
    ),
    pytest.param(
        "Ilse Varga, who speaks for Pelmar Fuses, says 45 welding posts will open in June. "
        "Half of them would go to trainees if the order came.",
        [("Ilse Varga", "indirect")],
        id="negative-would-after-a-report-in-the-present-is-the-writer-s-conditional",
    ),
    pytest.param(
        "Analysts at the Castrel Institute put the alliance's output at 90,000 shells a "
        "month. Output in Ombria would then be about 18,000 shells.",
        [("Castrel Institute", "indirect")],
        id="negative-would-after-a-verb-of-reckoning-is-the-writer-s-inference",
    ),
    pytest.param(
        "Ilse Varga, who speaks for Pelmar Fuses, said 45 welding posts would open in June. "
        "Halbeck's plan would also add 300 jobs at its own plant.",
        [("Ilse Varga", "indirect")],
        id="negative-a-sentence-about-someone-else-s-plan-is-not-the-report-s",
    ),
    # telling an outlet described, not named: what it published (according_to)
    pytest.param(
        "Defence Minister Jon Terrel told an official press agency on Sunday that the plants "
        "had produced 400,000 shells.",
        [("Jon Terrel", "according_to")],
        id="told-an-official-press-agency-is-according-to-as-told-an-outlet-named",
    ),
    pytest.param(
        "Defence Minister Jon Terrel told a local newspaper that the plants had produced "
        "400,000 shells.",
        [("Jon Terrel", "according_to")],
        id="told-a-local-newspaper-is-according-to",
    ),
    pytest.param(
        "Defence Minister Jon Terrel told the agency that the plants had produced 400,000 shells.",
        [("Jon Terrel", "indirect")],
        id="negative-the-agency-alone-may-be-a-body-not-an-outlet",
    ),
    # a body's published figures run on over the paragraphs that follow, until a new source
    pytest.param(
        "The Ostmark Coast Guard took on 2,300 cadets in 2025, the service said in its "
        "yearly statistics.\nAbout 41 percent of them were women.\n"
        "The service lost 900 cadets to civilian jobs.\nPieter Ruys, a union leader, said "
        "pay lagged by 15 percent.\nFuel prices rose 8 percent in the spring.",
        [("Ostmark Coast Guard", "indirect")]
        + [("Ostmark Coast Guard", "according_to")] * 2
        + [("Pieter Ruys", "indirect")],
        id="a-body-s-figures-go-on-into-the-next-paragraphs-until-another-source",
    ),
    pytest.param(
        "Harrow Yards booked 14 orders last year, its statistics release showed.\nAbout 60 "
        "percent came from navies abroad.",
        [("Harrow Yards", "according_to")] * 2,
        id="a-statistics-release-s-figures-go-on",
    ),
    pytest.param(
        "The Ostmark Army signed 9,000 recruits, the service said.\nThe Army lost 2,000 "
        "soldiers to retirement, the Army said.",
        [("Ostmark Army", "indirect"), ("Ostmark Army", "indirect")],
        id="the-service-and-its-one-word-name-are-the-armed-service-named-before",
    ),
    pytest.param(
        "BERN — Torvald Défense, the Swiss maker of radars, reported a 12 percent rise in "
        "revenue.\nFor this year, Torvald expects revenue of 2.1 billion francs.",
        [("Torvald Défense", "indirect")] * 2,
        id="an-opening-paragraph-is-no-headline-so-its-company-names-a-short-form",
    ),
    pytest.param(
        "Halvorsen Marine reported a 9 percent rise in revenue to 2.2 billion euros, the "
        "company said.\n\nThe group, founded in 1911, is based in Bergen.\n\nOperating "
        "profit rose to 180 million euros.",
        [("Halvorsen Marine", "indirect"), ("Halvorsen Marine", "according_to")],
        id="a-company-s-results-go-on-past-a-sentence-with-no-figure",
    ),
    pytest.param(
        "Halvorsen Marine reported a 9 percent rise in revenue to 2.2 billion euros, the "
        "company said.\n\nThe group is based in Bergen. Its founder died in 1950.\n\n"
        "Operating profit rose to 180 million euros.",
        [("Halvorsen Marine", "indirect")],
        id="negative-two-sentences-with-no-figure-end-the-results",
    ),
    pytest.param(
        "The navy met its target, the ministry said.\nConservatives on the panel blamed "
        "the budget, which at 4 billion crowns is now smaller than the army's, they said.",
        [("ministry", "indirect"), ("Conservatives", "indirect")],
        id="they-after-a-party-s-members-as-subject-is-those-members",
    ),
]


@pytest.mark.parametrize("text, expected", SENTENCE_DRAFTS)
def test_attributions_of_one_sentence(nlp, text, expected):
    drafts = extract_drafts(nlp(text))
    assert [(d.speaker.name, d.cue.mode) for d in drafts if d.cue is not None] == expected


# several sources in one sentence: (speaker, the figures each claims) per draft
SOURCES_APART = [
    pytest.param(
        "The Harlow Centre for Defence Economics (HCDE) and the Brenn Peace Institute (BPI) "
        "use different methods. HCDE estimates that procurement rose 35% last year, BPI puts "
        "the rise at 27%, and the ministry reckons it has nearly doubled.",
        [
            ("Harlow Centre for Defence Economics", ["35%"]),
            ("Brenn Peace Institute", ["27%"]),
            ("ministry", ["doubled"]),
        ],
        id="three-sources-each-with-its-figure-one-an-acronym-tagged-a-noun",
    ),
    pytest.param(
        "The Harlow Centre for Defence Economics (HCDE), the Brenn Peace Institute (BPI) and "
        "the Ostvik Budget Office (OBO) use different methods. HCDE estimates that "
        "procurement rose 35% last year, BPI puts the rise at 27%, and the OBO at 41%.",
        [
            ("Harlow Centre for Defence Economics", ["35%"]),
            ("Brenn Peace Institute", ["27%"]),
            ("Ostvik Budget Office", ["41%"]),
        ],
        id="a-third-source-sharing-the-verb-written-once",
    ),
    pytest.param(
        "The Castrel Institute for Naval Studies puts the fleet's yearly upkeep at 3.4 "
        "billion euros, the Velmar Budget Office at 2.9 billion and the Pelmar Defence "
        "Forum at 4.1 billion.",
        [
            ("Castrel Institute for Naval Studies", ["3.4 billion euros"]),
            ("Velmar Budget Office", ["2.9 billion"]),
            ("Pelmar Defence Forum", ["4.1 billion"]),
        ],
        id="sources-sharing-the-verb-parsed-as-its-objects",
    ),
    pytest.param(
        "The Castrel Institute for Naval Studies published its survey on Monday. According "
        "to Castrel, the shortfall widened from 0.8 billion euros in 2023 to 1.5 billion.",
        [("Castrel Institute for Naval Studies", ["0.8 billion euros", "1.5 billion"])],
        id="a-body-named-later-by-its-first-word",
    ),
    pytest.param(
        "The Tessvik Institute estimates that output grew by 30%, while the ministry says it "
        "rose by 45%.",
        [("Tessvik Institute", ["30%"]), ("ministry", ["45%"])],
        id="while-another-source-says-is-its-own-report",
    ),
    pytest.param(
        "Karl Arnesen and Ulla Brand, the plant's owner, both said output grew by 30% last year.",
        [("Karl Arnesen", ["30%"]), ("Ulla Brand", ["30%"])],
        id="both-said-with-the-names-parsed-beside-both",
    ),
    pytest.param(
        "Karl Arnesen said the ministry had recorded 14 injuries in 2025 against five in 2024.",
        [("Karl Arnesen", ["14", "five"])],
        id="negative-a-cue-inside-another-s-report-claims-nothing-apart",
    ),
]


@pytest.mark.parametrize("text, expected", SOURCES_APART)
def test_several_sources_of_one_sentence_claim_their_own_figures(nlp, text, expected):
    drafts = [d for d in extract_drafts(nlp(text)) if d.cue is not None]
    assert [(d.speaker.name, [q.text for q in d.quantities]) for d in drafts] == expected


GOING_ON = [
    # a quotation opening the next paragraph, with no cue anywhere in it
    pytest.param(
        'Ana Ruiz said the line had slowed since March.\n\n"We used to ship 40 shells a '
        'day. Now we ship 25."',
        [
            ("Ana Ruiz", "indirect", "Ana Ruiz"),
            ("Ana Ruiz", "direct_quote", '"We used'),
            ("Ana Ruiz", "direct_quote", "Now we s"),
        ],
        id="a-quotation-opening-the-next-paragraph-goes-on-from-a-person-s-speech",
    ),
    pytest.param(
        'Ana Ruiz said the line had slowed since March.\n\nSupply chains\n\n"We used to '
        'ship 40 shells a day."',
        [("Ana Ruiz", "indirect", "Ana Ruiz"), (None, None, '"We used')],
        id="negative-a-heading-between-ends-the-speech",
    ),
    pytest.param(
        'The Varden Institute said the line had slowed since March.\n\n"We used to ship '
        '40 shells a day."',
        [("Varden Institute", "indirect", "The Vard"), (None, None, '"We used')],
        id="negative-a-body-s-speech-does-not-go-on-into-the-next-paragraph",
    ),
    pytest.param(
        'Ana Ruiz said the line had slowed since March. "We used to ship 40 shells a day."',
        [("Ana Ruiz", "indirect", "Ana Ruiz"), ("Ana Ruiz", "direct_quote", '"We used')],
        id="a-quotation-with-no-cue-after-one-speakers-reported-speech-is-theirs",
    ),
    pytest.param(
        'Ana Ruiz called the plan a farce. "We used to ship 40 shells a day."',
        [("Ana Ruiz", "indirect", "Ana Ruiz"), (None, None, '"We used')],
        id="negative-a-naming-verb-does-not-give-the-next-quotation-a-speaker",
    ),
    pytest.param(
        'Ana Ruiz and Tom Berg said the line had slowed. "We used to ship 40 shells a day."',
        [
            ("Ana Ruiz", "indirect", "Ana Ruiz"),
            ("Tom Berg", "indirect", "Ana Ruiz"),
            (None, None, '"We used'),
        ],
        id="negative-reported-speech-of-two-speakers-does-not-give-the-next-quotation-one",
    ),
    # no cue before it either: a named person saying or thinking something, the
    # content left to the quotation
    pytest.param(
        'Maria Vogt recalled the first sea trials of the frigate. "We lost power twice on '
        'the first day and nobody panicked."',
        [("Maria Vogt", "direct_quote", '"We lost')],
        id="a-quotation-after-a-named-persons-verb-of-saying-with-no-content-is-theirs",
    ),
    pytest.param(
        'Maria Vogt warned the committee about the delays. "You told us in June that the '
        'ship was on schedule."',
        [("Maria Vogt", "direct_quote", '"You tol')],
        id="a-quotation-after-a-warning-with-no-content-is-the-warning",
    ),
    pytest.param(
        'She recalled the first sea trials of the frigate. "We lost power twice on the '
        'first day and nobody panicked."',
        [(None, None, '"We lost')],
        id="negative-a-pronoun-subject-does-not-give-the-quotation-a-speaker",
    ),
    pytest.param(
        'Maria Vogt served on the frigate for 12 years. "We lost power twice on the first '
        'day and nobody panicked."',
        [(None, None, "Maria Vo"), ("Maria Vogt", "direct_quote", '"We lost')],
        id="a-quotation-after-a-sentence-about-a-named-person-is-theirs",
    ),
    pytest.param(
        'Maria Vogt served on the frigate for 12 years. "Vogt never lost her nerve, not '
        'even when we lost power twice on the first day."',
        [(None, None, "Maria Vo"), (None, None, '"Vogt ne')],
        id="negative-a-quotation-naming-the-person-is-someone-else-speaking-of-her",
    ),
    pytest.param(
        'Defence committee chair Odile Brandsma asked why the bill had grown. "The frigates '
        'were ordered at 3.1 billion euros."',
        [("Odile Brandsma", "direct_quote", '"The fri')],
        id="a-quotation-after-a-question-asked-is-the-asker-going-on",
    ),
    pytest.param(
        'Greta Sallinen runs the repair depot at Holm. She is blunt about the backlog. "We '
        'refurbish 40 engines a month now, up from 12."',
        [("Greta Sallinen", "direct_quote", '"We refu')],
        id="a-quotation-after-a-sentence-about-her-by-pronoun-is-hers",
    ),
]


@pytest.mark.parametrize("text, expected", GOING_ON)
def test_a_quotation_with_no_cue_after_reported_speech(nlp, text, expected):
    drafts = extract_drafts(nlp(text))
    assert [
        (
            d.speaker.name if d.speaker else None,
            d.cue.mode if d.cue else None,
            d.sentence.text[:8],
        )
        for d in drafts
    ] == expected


def test_a_quotation_going_on_after_partly_quoted_speech_is_the_same_speaker(nlp):
    text = (
        'The ward shut because "nobody would pay for heating," Ruth Adebola said. '
        '"We will open it again in spring, when 12 new beds arrive."'
    )
    drafts = extract_drafts(nlp(text))
    assert [(d.speaker.name, d.cue.mode, d.sentence.text[:8]) for d in drafts] == [
        ("Ruth Adebola", "indirect", "The ward"),
        ("Ruth Adebola", "direct_quote", '"We will'),
    ]


# (text, (speaker, mode, sentence start) of each record): a quotation with no cue of its own
# right after one source's reported speech, in the same paragraph
QUOTATION_AFTER_SPEECH_CASES = [
    pytest.param(
        "Anna Berg founded the company in 2015. Rain has become so heavy, she explained, that "
        'a drone built in May may fail by June. "We once revised the airframe three times a year. '
        'Now we alter some part of it every ten days."',
        [
            ("Anna Berg", "indirect", "Rain has"),
            ("Anna Berg", "direct_quote", '"We once'),
            ("Anna Berg", "direct_quote", "Now we a"),
        ],
        id="a-quotation-after-one-person-s-reported-speech-is-hers",
    ),
    pytest.param(
        "Anna Berg and Lars Dahl spoke on Monday. Berg said rain had become heavier, and Dahl "
        'said drones failed sooner. "We once revised the airframe each spring. Now we '
        'alter some part of it every ten days."',
        [
            ("Anna Berg", "indirect", "Berg sai"),
            ("Lars Dahl", "indirect", "Berg sai"),
        ],
        id="negative-a-quotation-after-two-sources-is-neither-s",
    ),
    pytest.param(
        "Rain has become heavier, according to a report by the weather office. "
        '"We once revised the airframe each spring. Now we alter it every ten days."',
        [("weather office", "according_to", "Rain has")],
        id="negative-a-quotation-after-a-document-is-not-the-document-s",
    ),
]


@pytest.mark.parametrize("text, expected", QUOTATION_AFTER_SPEECH_CASES)
def test_a_quotation_after_reported_speech_goes_on_in_its_source_s_words(nlp, text, expected):
    drafts = [d for d in extract_drafts(nlp(text)) if d.speaker is not None]
    assert [(d.speaker.name, d.cue.mode, d.sentence.text[:8]) for d in drafts] == expected


INTERVIEWS = [
    pytest.param(
        "Q: How many nurses will you hire?\nA: We will hire 40 nurses by May.",
        [("Ruth Adebola", "according_to", "A: We will hire 40 nurses by May.")],
        id="an-answer-line-is-the-interviewee-s",
    ),
    pytest.param(
        "Q: How many nurses will you hire?\nA: None this year. We have 12 vacancies.",
        [
            ("Ruth Adebola", "according_to", "None this year."),
            ("Ruth Adebola", "according_to", "We have 12 vacancies."),
        ],
        id="an-answer-is-a-claim-and-its-later-figure-keeps-its-speaker",
    ),
    pytest.param(
        "A: We will hire 40 nurses by May.",
        [(None, None, "A: We will hire 40 nurses by May.")],
        id="an-a-label-without-question-lines-is-no-answer",
    ),
    pytest.param(
        "Question: To ask the Minister how many nurses were hired in each of the last two "
        "years.\nAnswer: The trust hired 31 nurses in 2024 and 44 in 2025.\n"
        "Question: To ask the Minister how many posts are vacant.\n"
        "Answer: 12 posts are vacant.",
        [
            (
                "Ruth Adebola",
                "direct_quote",
                "Answer: The trust hired 31 nurses in 2024 and 44 in 2025.",
            ),
            ("Ruth Adebola", "direct_quote", "Answer: 12 posts are vacant."),
        ],
        id="a-written-answer-s-lines-spelled-out-are-the-answerer-s-and-its-questions-no-claims",
    ),
]


# (article, expected (speaker, mode, sentence) of every draft after the introduction):
# an interview whose introduction names its interviewee without quoting them
INTRODUCED_INTERVIEWS = [
    pytest.param(
        "Interview by Tomas Rell | Northern Review\n\n"
        "Air Marshal Ilona Varsk, Director of the Air Staff of the Velmar Air Force, met us at "
        "Brenn air base.\n\n"
        "Q: How many fighters can you fly today?\n\n"
        "A: On a normal day, 52 of our 70 fighters are ready.\n\n"
        "Q: Your predecessor, General Otto Klemm, told parliament that Velmar needed 90 "
        "fighters. Do you still agree?\n\n"
        "A: We need 80 modern ones.",
        [
            ("Ilona Varsk", "according_to", "A: On a normal day, 52 of our 70 fighters are ready."),
            (
                "Otto Klemm",
                "indirect",
                "Q: Your predecessor, General Otto Klemm, told parliament that Velmar needed "
                "90 fighters.",
            ),
            ("Ilona Varsk", "according_to", "A: We need 80 modern ones."),
        ],
        id="the-introduced-person-answers-not-the-byline-nor-one-a-question-reports",
    ),
    pytest.param(
        "Interview by Tomas Rell\n\n"
        "General Ivo Sepp, the head of the army, spoke to us in Brenn.\n\n"
        "Q: Ombria says it has 3,000 drones. Should that concern us?\n\n"
        "A: No.",
        [
            ("Ombria", "indirect", "Q: Ombria says it has 3,000 drones."),
            ("Ivo Sepp", "according_to", "A: No."),
        ],
        id="a-question-s-reported-speech-is-its-source-s-and-the-answer-the-interviewee-s",
    ),
    pytest.param(
        "General Ivo Sepp, who runs the Ombrian Arms Agency, met us in Brenn. He spoke to "
        "Oddny Tarrin of the Halbeck Review about shells and drones.\n\n"
        "Q: How much will you spend?\n\n"
        "A: This year our purchasing budget is 2.1 billion euros.",
        [("Ivo Sepp", "according_to", "This year our purchasing budget is 2.1 billion euros.")],
        id="the-writer-the-interviewee-spoke-to-asks-the-questions",
    ),
    pytest.param(
        "Opposition leader Rein Saar said on Friday that the army had only 3 working tanks.\n\n"
        "Defence Minister Tiit Kallas answered questions in the studio.\n\n"
        "Q: Minister Kallas, how many tanks work today?\n\n"
        "A: Eleven of our 14 tanks are ready.",
        [
            (
                "Rein Saar",
                "indirect",
                "Opposition leader Rein Saar said on Friday that the army had only 3 working "
                "tanks.",
            ),
            ("Tiit Kallas", "according_to", "Eleven of our 14 tanks are ready."),
        ],
        id="the-one-a-question-addresses-by-name-answers-not-the-one-quoted-before",
    ),
    pytest.param(
        "General Ivo Sepp spoke to us in Brenn.\n\n"
        "Q: Your rival, Rein Saar, says the army has 3 tanks. Is he right?\n\n"
        "A: We have 11.",
        [
            ("Rein Saar", "indirect", "Q: Your rival, Rein Saar, says the army has 3 tanks."),
            ("Ivo Sepp", "according_to", "A: We have 11."),
        ],
        id="negative-a-name-in-apposition-in-a-question-is-not-addressed",
    ),
]


@pytest.mark.parametrize("text, expected", INTRODUCED_INTERVIEWS)
def test_an_interview_introduced_in_narration(nlp, text, expected):
    drafts = [d for d in extract_drafts(nlp(text)) if d.quantities or d.cue is not None]
    assert [
        (d.speaker.name if d.speaker else None, d.cue.mode if d.cue else None, d.sentence.text)
        for d in drafts
        if d.speaker is not None
    ] == expected


def test_an_interview_s_subject_matter_is_not_its_interviewee(nlp):
    """ "He talked with us on the treaty between X and Y": a state the tagger took for a
    person there (as the small model does with some invented names; here its tag is set
    so) is what the interview is about, not who answers."""
    from spacy.tokens import Span

    doc = nlp(
        "Dr Pellam Oskarov is head of treaty research at the Draymoor Institute. He talked "
        "with us on the border treaty between Vantoria and Selnovia.\n\n"
        "Q: What did it limit?\n\n"
        "A: It limited both sides to 90 battalions near the frontier."
    )
    at = next(t.i for t in doc if t.text == "Selnovia")
    doc.ents = [e for e in doc.ents if not e.start <= at < e.end] + [
        Span(doc, at, at + 1, label="PERSON")
    ]
    answers = [d for d in extract_drafts(doc) if d.sentence.text.startswith("A:")]
    assert [(d.speaker.name, d.cue.mode) for d in answers] == [("Pellam Oskarov", "according_to")]


def test_a_title_of_a_unit_of_a_service_before_an_untagged_name(nlp):
    """ "Air Marshal X, Director of the Air Staff of the Y Air Force": X is a person the model
    did not tag, with the unit in the title and the service as organisation."""
    doc = nlp("Air Marshal Ilona Varsk, Director of the Air Staff of the Velmar Air Force, met us.")
    person = SpeakerTracker(doc).persons["Ilona Varsk"]
    assert (person.role, person.organization) == (
        "Director of the Air Staff",
        "Velmar Air Force",
    )


@pytest.mark.parametrize("lines, expected", INTERVIEWS)
def test_interview_answers(nlp, lines, expected):
    text = '"The wards are full," said Ruth Adebola, who runs the hospital.\n' + lines
    drafts = extract_drafts(nlp(text))[1:]
    assert [
        (d.speaker.name if d.speaker else None, d.cue.mode if d.cue else None, d.sentence.text)
        for d in drafts
    ] == expected


@pytest.mark.parametrize("lines, expected", TURNS)
def test_transcript_lines(nlp, lines, expected):
    text = "Senator Julia Castillo spoke with the host Daniel Brandt on Sunday.\n" + lines
    drafts = extract_drafts(nlp(text))
    assert [
        (d.speaker.name if d.speaker else None, d.cue.mode if d.cue else None, d.sentence.text)
        for d in drafts
    ] == expected


def test_a_label_written_as_a_name_in_any_script_opens_transcript_lines(nlp):
    text = (
        "Drone maker grows fast\n\nLiisa Mäkelä founded the drone maker Varvas Robotics in "
        "2017.\n\nThe Lantern: How many do you make?\n\nMäkelä: We made 2,800 drones over the "
        "year.\n\nThe Lantern: And now?\n\nMäkelä: Orders have grown fivefold since 2023."
    )
    drafts = [d for d in extract_drafts(nlp(text)) if d.speaker is not None and d.cue]
    for words in ("We made 2,800 drones", "Orders have grown fivefold"):
        found = [(d.speaker.name, d.cue.mode) for d in drafts if words in d.sentence.text]
        assert found == [("Liisa Mäkelä", "according_to")], (words, found)


def test_a_recording_s_labels_on_their_own_lines_give_speakers_and_their_parts(nlp):
    text = (
        "Harbour Talk, episode 40: the shipyards\n\n"
        "[00:00:05] MIRA OSTBERG, HOST:\nWelcome to Harbour Talk. Our guest is Tuuli Raiva, "
        "a port economist at the Lindqvist Institute.\n\n"
        "[00:00:20] TUULI RAIVA, GUEST:\nThanks. The yards launched 14 hulls last year. "
        "That is twice the number they managed in 2021.\n\n"
        "[00:00:41] MIRA OSTBERG, HOST:\nThe yards employ about 4,000 welders now.\n\n"
        "[00:00:52] TUULI RAIVA, GUEST:\nIt has promised that before."
    )
    drafts = [d for d in extract_drafts(nlp(text)) if d.cue is not None]
    found = {
        d.sentence.text.strip(): (d.speaker.name, d.speaker.role, d.cue.mode)
        for d in drafts
        if d.cue.mode == "direct_quote"
    }
    # the guest's part says only that she was invited: her role is the one the host gave
    assert found["The yards launched 14 hulls last year."] == (
        "Tuuli Raiva",
        "port economist",
        "direct_quote",
    )
    assert found["That is twice the number they managed in 2021."][0] == "Tuuli Raiva"
    # the host's part is her role
    assert found["The yards employ about 4,000 welders now."] == (
        "Mira Ostberg",
        "host",
        "direct_quote",
    )


def test_a_greeting_or_a_host_naming_herself_is_no_claim(nlp):
    text = (
        "Harbour Talk, episode 41\n\n"
        "[00:00:05] MIRA OSTBERG, HOST:\nWelcome back to Harbour Talk.\n\n"
        "[00:00:09] JONAS LEHTO, HOST:\nAnd I'm Jonas Lehto.\n\n"
        "[00:00:12] MIRA OSTBERG, HOST:\nThe yards launched 14 hulls last year."
    )
    found = [d.sentence.text.strip() for d in extract_drafts(nlp(text)) if d.cue is not None]
    assert found == ["The yards launched 14 hulls last year."]


def test_negative_a_heading_on_its_own_line_gives_no_speaker(nlp):
    text = (
        "Yards at a glance\n\nKEY FIGURES:\nThe yards launched 14 hulls last year.\n\n"
        "OUTLOOK:\nOrders should reach 20 hulls in 2027."
    )
    drafts = extract_drafts(nlp(text))
    assert [d.speaker for d in drafts if d.speaker is not None] == []
    assert len(drafts) == 2  # the claims stay, with no one's name on them


# Transcript labels that are roles: the one person the article gave that role, else the
# label as written. (intro, lines, the speakers of the lines' records in order)
_ROLE_INTRO = (
    "The host Ansel Torvik put questions to the transport minister, Greet Okonkwo, on "
    "the rail freight plan.\n\n"
)
ROLE_LABELS = [
    pytest.param(
        _ROLE_INTRO,
        "HOST: Minister, the plan costs 2.6 billion euros.\n\n"
        "MINISTER: It will move 40 percent more freight by 2030.",
        ["Ansel Torvik", "Greet Okonkwo"],
        id="role-labels-are-the-people-the-article-gave-those-roles",
    ),
    pytest.param(
        "The finance minister, Piet Osterloh, opened the debate. Later the health minister, "
        "Lena Sauvé, answered questions.\n\n",
        "MINISTER: Spending climbed 9 percent in 2025.\n\nMINISTER: Hospitals need 300 more beds.",
        ["Minister", "Minister"],
        id="a-role-two-people-bear-names-no-one",
    ),
    pytest.param(
        _ROLE_INTRO,
        "ANALYST: Freight fell 12 percent last year.\n\nHOST: And this year?\n\n"
        "ANALYST: It will grow 5 percent.",
        ["Analyst", "Analyst"],
        id="a-role-no-one-bears-speaks-as-written",
    ),
    pytest.param(
        "The hearing was chaired by Marion Kerridge, and the witness was the transport "
        "minister, Greet Okonkwo.\n\n",
        "CHAIR: Freight rose 7 percent last year.\n\nMINISTER: It will grow 5 percent.",
        ["Marion Kerridge", "Greet Okonkwo"],
        id="a-role-label-is-the-person-the-verb-of-that-role-names",
    ),
    pytest.param(
        _ROLE_INTRO,
        "CHAIR: Freight rose 7 percent last year.\n\nMINISTER: It will grow 5 percent.",
        ["Chair", "Greet Okonkwo"],
        id="negative-a-role-label-no-verb-gives-anyone-speaks-as-written",
    ),
]


def test_a_label_with_a_rank_or_honorific_names_the_person_introduced_in_full(nlp):
    """ "Mr. Quill:" and "Vice Admiral Kerridge:" are the people the article's opening
    paragraph named in full, whatever their given names; that paragraph is no headline,
    so the names keep their given names."""
    text = (
        "The committee heard two witnesses: Ewart Quill, managing director of Harrow "
        "Yards, and Vice Admiral Tamsin Kerridge, head of naval procurement.\n"
        "Mr. Quill: We deliver one hull every 11 months.\n"
        "Vice Admiral Kerridge: The cost per hull rose 18 percent.\n"
        "Mr. Quill: Our workforce grew by 300 people.\n"
        "Vice Admiral Kerridge: Two hulls will follow in 2028."
    )
    found = [
        (d.speaker.name, d.speaker.role)
        for d in extract_drafts(nlp(text))
        if d.cue is not None and d.cue.cue == ":"
    ]
    assert found == [
        ("Ewart Quill", "managing director"),
        ("Tamsin Kerridge", "head of naval procurement"),
        ("Ewart Quill", "managing director"),
        ("Tamsin Kerridge", "head of naval procurement"),
    ]


def test_a_label_giving_a_long_title_after_a_comma_opens_a_transcript_line(nlp):
    """A hearing's first label for a witness gives the title in full after the name
    ("GEN. X, commander of Y Command:"): a speaker's line like the short label's later."""
    text = (
        "Hearing of the Senate Subcommittee on Readiness, 12 March\n\n"
        "SEN. MARTA KELLEHER: General, how many of the new tankers can fly today?\n\n"
        "GEN. ROLAND AYERS, commander of Air Mobility Command: Eleven of the 46 delivered "
        "aircraft are mission capable, Senator. That is a rate of 24 percent.\n\n"
        "SEN. KELLEHER: And a year ago?\n\n"
        "GEN. AYERS: A year ago it was 19 percent."
    )
    found = [
        (d.speaker.name, d.speaker.role, d.speaker.organization, d.cue.mode)
        for d in extract_drafts(nlp(text))
        if d.cue is not None and d.cue.cue == ":" and d.speaker is not None
    ]
    ayers = ("Roland Ayers", "commander", "Air Mobility Command", "direct_quote")
    assert found == [ayers] * 3


@pytest.mark.parametrize("intro, lines, speakers", ROLE_LABELS)
def test_role_labels_of_a_transcript(nlp, intro, lines, speakers):
    drafts = extract_drafts(nlp(intro + lines))
    found = [d.speaker.name for d in drafts if d.cue is not None and d.cue.cue == ":"]
    assert found == speakers


# (text, the sentence in question, whether it is a claim)
_STUDIO = "Presenter Kirsi Brennan spoke with Senator Yvette d'Aurignac.\n\n"
NO_ASSERTION_CASES = [
    pytest.param(
        _STUDIO + "BRENNAN: Senator, good morning.\n\nD'AURIGNAC: We will buy tanks.",
        "Senator, good morning.",
        False,
        id="a-transcript-greeting-is-no-claim",
    ),
    pytest.param(
        _STUDIO + "BRENNAN: A last question.\n\nD'AURIGNAC: We will buy tanks.",
        "A last question.",
        False,
        id="a-transcript-line-with-no-verb-is-no-claim",
    ),
    pytest.param(
        _STUDIO + "BRENNAN: Let's turn to the budget.\n\nD'AURIGNAC: We will buy tanks.",
        "Let's turn to the budget.",
        False,
        id="a-transcript-call-to-action-is-no-claim",
    ),
    pytest.param(
        _STUDIO + "BRENNAN: Thank you, Senator.\n\nD'AURIGNAC: We will buy tanks.",
        "Thank you, Senator.",
        False,
        id="a-transcript-thanks-is-no-claim",
    ),
    pytest.param(
        _STUDIO + "D'AURIGNAC: Thank you for inviting me. The brigade will have 40 tanks.",
        "The brigade will have 40 tanks.",
        True,
        id="a-transcript-line-after-a-thanks-carries-the-claim",
    ),
    pytest.param(
        _STUDIO + "D'AURIGNAC: Thank you for having me. The brigade will be ready in May.",
        "D'AURIGNAC: Thank you for having me.",
        False,
        id="a-transcript-thanks-before-a-claim-is-not-its-sentence",
    ),
    pytest.param(
        _STUDIO + "BRENNAN: How many tanks?\n\nD'AURIGNAC: Forty tanks, no more.",
        "D'AURIGNAC: Forty tanks, no more.",
        True,
        id="negative-a-transcript-fragment-with-a-figure-is-a-claim",
    ),
    pytest.param(
        _STUDIO + "BRENNAN: Is the budget big enough?\n\nD'AURIGNAC: We buy more than Ostland.",
        "D'AURIGNAC: We buy more than Ostland.",
        True,
        id="negative-a-transcript-assertion-is-a-claim",
    ),
    pytest.param(
        _STUDIO + "BRENNAN: Is the budget big enough?\n\nD'AURIGNAC: I will not say.",
        "D'AURIGNAC: I will not say.",
        False,
        id="a-transcript-line-with-nothing-to-check-asserts-nothing",
    ),
    pytest.param(
        "Interview by Kirsi Brennan\n\nGeneral Ottar Brask spoke to us.\n\n"
        "Q: Will the army buy tanks?\n\nA: Not this year.",
        "A: Not this year.",
        True,
        id="negative-an-answer-line-answers-its-question",
    ),
    pytest.param(
        "Interview by Kirsi Brennan\n\nGeneral Ottar Brask spoke to us.\n\n"
        "Q: Shall we start?\n\nA: Thank you for the invitation.\n\n"
        "Q: Will the army buy tanks?\n\nA: Not this year.",
        "A: Thank you for the invitation.",
        False,
        id="an-answer-that-only-thanks-is-no-claim",
    ),
    pytest.param(
        "Ottar Brask, the chief executive, joined the call.\n\n"
        "OPERATOR: Our next question comes from Lena Moor at Fjord Bank.\n\n"
        "BRASK: We will deliver tanks in May.",
        "Our next question comes from Lena Moor at Fjord Bank.",
        False,
        id="a-call-operator-s-procedure-is-no-claim",
    ),
    pytest.param(
        "Ottar Brask, the chief executive, joined the call.\n\n"
        "OPERATOR: Our next question comes from Lena Moor at Fjord Bank.\n\n"
        "BRASK: We will deliver 30 tanks in May.",
        "We will deliver 30 tanks in May.",
        True,
        id="negative-the-speaker-after-the-operator-asserts",
    ),
    pytest.param(
        'General Ottar Brask spoke on Monday.\n\n"A real shame," Brask said of the delay.',
        '"A real shame," Brask said of the delay.',
        True,
        id="negative-a-quotation-in-narration-counts-as-said",
    ),
]


@pytest.mark.parametrize("text, sentence, claim", NO_ASSERTION_CASES)
def test_words_that_assert_nothing_are_no_claim(nlp, text, sentence, claim):
    """A transcript line with no figure, no comparison and no finite verb (a greeting, a
    fragment, a call to action) asserts nothing a fact-checker could check."""
    found = [d.sentence.text for d in extract_drafts(nlp(text)) if d.cue is not None]
    assert (sentence in found) is claim, found


def test_a_transcript_label_with_an_apostrophe_and_accents_names_its_person(nlp):
    """ "D'AURIGNAC: ..." is the line of the person the article named in full (Yvette
    d'Aurignac), its accented capitals and apostrophe read as a label's."""
    text = (
        "Presenter Kirsi Brennan spoke with the opposition's defence spokeswoman, "
        "Yvette d'Aurignac, on Friday.\n\nBRENNAN: Is the budget big enough?\n\n"
        "D'AURIGNAC: It buys 40 tanks and barely 300 missiles.\n\n"
        "KIRSI BRENNAN: And the ÉLITE brigade?\n\n"
        "D'AURIGNAC: It has 12 companies, half of what it had in 2015."
    )
    found = [
        (d.speaker.name if d.speaker else None, d.sentence.text)
        for d in extract_drafts(nlp(text))
        if d.cue is not None and d.cue.mode == "direct_quote"
    ]
    assert ("Yvette d'Aurignac", "D'AURIGNAC: It buys 40 tanks and barely 300 missiles.") in found
    assert (
        "Yvette d'Aurignac",
        "D'AURIGNAC: It has 12 companies, half of what it had in 2015.",
    ) in found


def test_a_transcript_label_naming_a_party_in_brackets(nlp):
    """ "PRYCE (Labour): ..." is Pryce's line, and Labour the organisation the article gave
    no other; a label with no brackets keeps the organisation the article gave."""
    text = (
        "MPs question navy chief over frigate delays\n\nThe committee questioned Admiral "
        "Rowena Keane, the chief of naval staff, and Senator Owen Pryce on Tuesday.\n\n"
        "PRYCE (Labour): Denmark fields twice as many frigates as we do.\n\n"
        "KEANE: Three of the six frigates are at sea today.\n\n"
        "PRYCE (Labour): That is half of what was promised in 2022."
    )
    found = [
        (d.speaker.name, d.speaker.organization)
        for d in extract_drafts(nlp(text))
        if d.speaker is not None and d.cue is not None and d.cue.mode == "direct_quote"
    ]
    assert found[0] == ("Owen Pryce", "Labour")
    assert found[1][0] == "Rowena Keane" and found[1][1] != "Labour"


# (sentence, the reporting verb, what it reports): a figure verb's own object and value;
# a sentence-final cue over coordinated clauses before it
FIGURE_CONTENTS = [
    pytest.param(
        "The mayor wanted a new bridge, but the council refused, an aide said.",
        "said",
        "The mayor wanted a new bridge, but the council refused",
        id="a-final-cue-reports-both-coordinated-clauses-before-it",
    ),
    pytest.param(
        "The mayor wanted a new bridge, and an aide said the council refused.",
        "said",
        "the council refused",
        id="negative-a-cue-with-its-clause-after-it-reports-only-that",
    ),
    pytest.param(
        "The council refused, an aide said.",
        "said",
        "The council refused",
        id="negative-a-final-cue-after-one-clause",
    ),
    pytest.param(
        "The Oslo Maritime Institute estimates that the fleet will need $40 billion over a "
        "decade; the Bergen Naval Centre puts the figure at $12 billion.",
        "puts",
        "the figure at $12 billion",
        id="a-clause-before-the-figure-verb-is-not-its-content",
    ),
    pytest.param(
        "The Oslo Maritime Institute estimates that the fleet will need $40 billion over a "
        "decade; the Bergen Naval Centre puts the figure at $12 billion.",
        "estimates",
        "that the fleet will need $40 billion over a decade",
        id="the-first-estimate-keeps-its-clause",
    ),
    pytest.param(
        "The fleet will need $40 billion over a decade, the Bergen Naval Centre said.",
        "said",
        "The fleet will need $40 billion over a decade",
        id="negative-a-verb-of-saying-keeps-the-clause-before-it",
    ),
]


@pytest.mark.parametrize("text, cue, content", FIGURE_CONTENTS)
def test_figure_verb_contents(nlp, text, cue, content):
    doc = nlp(text)
    found = {
        d.cue.cue: doc.text[d.cue.content_start : d.cue.content_end]
        for d in extract_drafts(doc)
        if d.cue is not None
    }
    assert found.get(cue) == content, found


def test_a_that_the_parser_read_as_a_second_object_opens_what_was_told(nlp):
    """ "She told the panel that the deal had cost ...", parsed with "that" as a second
    object of "told" and the clause after it lost: the rest of the sentence is what
    was told (the parse is written out, as the small model gives it to some sentences)."""
    from spacy.tokens import Doc

    words = ["She", "told", "the", "panel", "that", "the", "deal", "had", "cost"]
    words += ["taxpayers", "40", "million", "euros", "."]
    heads = [1, 1, 3, 1, 1, 6, 7, 1, 7, 8, 11, 12, 8, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "dobj", "det", "nsubj", "dep", "dep", "dobj"]
    deps += ["compound", "nummod", "dobj", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "PRON", "DET", "NOUN", "AUX", "VERB", "NOUN"]
    pos += ["NUM", "NUM", "NOUN", "PUNCT"]
    tags = ["PRP", "VBD", "DT", "NN", "DT", "DT", "NN", "VBD", "VBN", "NNS", "CD", "CD"]
    tags += ["NNS", "."]
    lemmas = ["she", "tell", "the", "panel", "that", "the", "deal", "have", "cost"]
    lemmas += ["taxpayer", "40", "million", "euro", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    [sent] = list(doc.sents)
    cues = find_cues(sent, QuoteIndex(doc))
    assert [(c.cue, doc.text[c.content_start : c.content_end]) for c in cues] == [
        ("told", "the deal had cost taxpayers 40 million euros")
    ]


def _written_parse(nlp, rows):
    """A Doc from rows of (word, head, dep, pos, tag, lemma): a parse the small model
    gives some sentences, written out."""
    from spacy.tokens import Doc

    words, heads, deps, pos, tags, lemmas = (list(col) for col in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


@pytest.mark.parametrize(
    "before, expected",
    [
        pytest.param(
            "in", "that his party will vote against it", id="a-that-clause-read-as-adverbial"
        ),
        pytest.param("so", None, id="negative-so-that-is-a-purpose-not-a-content"),
    ],
)
def test_a_that_clause_the_parser_read_as_adverbial_is_what_was_told(nlp, before, expected):
    """ "He tells journalists at the door in that his party will ...", parsed with the
    that-clause as an adverbial clause of "tells" (marks "in" and "that"): it is what was
    told. After "so" it is a purpose ("so that"), which reports nothing."""
    rows = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("tells", 1, "ROOT", "VERB", "VBZ", "tell"),
        ("journalists", 1, "dobj", "NOUN", "NNS", "journalist"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("door", 3, "pobj", "NOUN", "NN", "door"),
        (before, 11, "mark", "SCONJ", "IN", before),
        ("that", 11, "mark", "SCONJ", "IN", "that"),
        ("his", 9, "poss", "PRON", "PRP$", "his"),
        ("party", 11, "nsubj", "NOUN", "NN", "party"),
        ("will", 11, "aux", "AUX", "MD", "will"),
        ("vote", 1, "advcl", "VERB", "VB", "vote"),
        ("against", 11, "prep", "ADP", "IN", "against"),
        ("it", 12, "pobj", "PRON", "PRP", "it"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = _written_parse(nlp, rows)
    [sent] = list(doc.sents)
    found = [doc.text[c.content_start : c.content_end] for c in find_cues(sent, QuoteIndex(doc))]
    assert found == ([expected] if expected else [])


def test_a_final_cue_whose_subject_the_parser_read_as_an_apposition(nlp):
    """ "Two welders were at the clinic, a clinic spokesman said.", parsed with the
    spokesman as an apposition of "clinic" and "said" with no subject (the parse is
    written out, as the small model gives it to some sentences): the spokesman speaks the
    words before the comma."""
    rows = [
        ("Two", 1, "nummod", "NUM", "CD", "two"),
        ("welders", 2, "nsubj", "NOUN", "NNS", "welder"),
        ("were", 10, "dep", "AUX", "VBD", "be"),
        ("at", 2, "prep", "ADP", "IN", "at"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("clinic", 3, "pobj", "NOUN", "NN", "clinic"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("a", 9, "det", "DET", "DT", "a"),
        ("clinic", 9, "compound", "NOUN", "NN", "clinic"),
        ("spokesman", 5, "appos", "NOUN", "NN", "spokesman"),
        ("said", 10, "ROOT", "VERB", "VBD", "say"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    doc = _written_parse(nlp, rows)
    [sent] = list(doc.sents)
    found = [
        (c.cue, c.source.text if c.source else None, doc.text[c.content_start : c.content_end])
        for c in find_cues(sent, QuoteIndex(doc))
    ]
    assert found == [("said", "spokesman", "Two welders were at the clinic")]


def test_reporting_verb_sublists_name_verbs_the_cue_finder_reads():
    """An addressee or count verb is only read for a verb the cue finder already took as a
    reporting verb (and, for addressee verbs, a verb of saying), or, for a count verb, as
    a document's verb ("the report gives a figure of ..."): an entry outside those lists
    would never fire."""
    from pipeline.resources import lexicon

    lex = lexicon("reporting_verbs")
    verbs, speech = set(lex["verbs"]), set(lex["communication"])
    assert set(lex["addressee_verbs"]) <= verbs & speech
    assert set(lex["count_verbs"]) <= verbs | set(lex["document_verbs"])
    assert set(lex["going_on_verbs"]) <= set(lex["particles"]) & speech
    assert set(lex["inverted_forms"].values()) <= verbs & speech


CLAUSE_CONTENTS = [
    pytest.param(
        "Tomas Berglund spoke for an hour. Per soldier, he went on, the country spends "
        "twice as much on shells as any ally.",
        "went on",
        "the country spends twice as much on shells as any ally.",
        id="a-cue-set-off-by-commas-the-parser-made-a-clause-of-the-main-verb",
    ),
    pytest.param(
        "The depot holds 40 tanks, but the second depot holds 60, the officials added.",
        "added",
        "The depot holds 40 tanks, but the second depot holds 60",
        id="a-final-cue-reports-both-coordinated-clauses",
    ),
    pytest.param(
        "Tom Hale spoke in Leeds. He said that the depot holds 40 tanks.",
        "said",
        "that the depot holds 40 tanks",
        id="one-clause-after-the-cue",
    ),
]


@pytest.mark.parametrize("text, cue, content", CLAUSE_CONTENTS)
def test_clause_contents(nlp, text, cue, content):
    test_figure_verb_contents(nlp, text, cue, content)


# (sentence, [(speaker or None, figures as written)] of its drafts, in order)
OWN_CLAUSES = [
    pytest.param(
        "The ministry has earmarked 3.2 billion euros for powder mills, but engineers admit "
        "that none of them will run before 2029.",
        [(None, ["3.2 billion euros"]), ("engineers", [])],
        id="a-figure-of-a-clause-the-cue-is-only-joined-to-is-the-article-s",
    ),
    pytest.param(
        "The navy has 12 frigates, and Admiral Hedda Ekvall said four of them were in dock.",
        [(None, ["12"]), ("Hedda Ekvall", ["four"])],
        id="a-figure-before-and-a-cue-with-its-own-figure",
    ),
    pytest.param(
        "Admiral Hedda Ekvall said output rose 5 percent, and she expects 300 more tanks "
        "next year.",
        [("Hedda Ekvall", ["5 percent", "300"])],
        id="negative-a-later-clause-whose-subject-is-a-pronoun-stays-the-speaker-s",
    ),
    pytest.param(
        "Output rose 40 percent last year, the ministry said.",
        [("ministry", ["40 percent"])],
        id="negative-a-clause-the-cue-reports-is-the-cue-s",
    ),
    pytest.param(
        'The navy has 12 frigates, and Admiral Hedda Ekvall said: "Four are in dock."',
        [("Hedda Ekvall", ["12", "Four"])],
        id="negative-a-quotation-covers-its-sentence-as-written",
    ),
    pytest.param(
        "The ministry said in a letter that it disputed the count, and that its yards had "
        "launched 14 hulls since 2022.",
        [("ministry", ["14"])],
        id="negative-and-that-goes-on-with-what-the-cue-reports",
    ),
]


@pytest.mark.parametrize("text, expected", OWN_CLAUSES)
def test_figures_of_a_clause_no_cue_reports(nlp, text, expected):
    drafts = extract_drafts(nlp(text))
    assert [
        (d.speaker.name if d.speaker else None, [q.text for q in d.quantities]) for d in drafts
    ] == expected


def _parsed(nlp, rows):
    """A one-sentence Doc with the parse given row by row: (word, head, dep, pos, tag,
    lemma, space after): a misparse the statistical parser gives only in some contexts."""
    from spacy.tokens import Doc

    words, heads, deps, pos, tags, lemmas, spaces = (list(col) for col in zip(*rows, strict=True))
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
    )


_SPENDS = [
    ("Kallmar", 1, "nsubj", "PROPN", "NNP", "Kallmar", True),
    ("spends", 1, "ROOT", "VERB", "VBZ", "spend", True),
    ("a", 3, "det", "DET", "DT", "a", True),
    ("fifth", 1, "dobj", "NOUN", "NN", "fifth", True),
    ("of", 3, "prep", "ADP", "IN", "of", True),
    ("its", 6, "poss", "PRON", "PRP$", "its", True),
    ("budget", 4, "pobj", "NOUN", "NN", "budget", False),
]
_APPOSED_CUE = [
    pytest.param(
        _SPENDS
        + [
            (",", 1, "punct", "PUNCT", ",", ",", True),
            ("the", 10, "det", "DET", "DT", "the", True),
            ("BEC", 10, "compound", "PROPN", "NNP", "BEC", True),
            ("estimates", 3, "appos", "VERB", "VBZ", "estimate", False),
            (".", 1, "punct", "PUNCT", ".", ".", False),
        ],
        [("estimates", "BEC", "Kallmar spends a fifth of its budget")],
        id="a-final-verb-of-estimating-read-as-an-apposition-reports-the-words-before-it",
    ),
    pytest.param(
        _SPENDS
        + [
            ("and", 1, "cc", "CCONJ", "CC", "and", True),
            ("the", 10, "det", "DET", "DT", "the", True),
            ("BEC", 10, "compound", "PROPN", "NNP", "BEC", True),
            ("estimates", 3, "appos", "VERB", "VBZ", "estimate", False),
            (".", 1, "punct", "PUNCT", ".", ".", False),
        ],
        [],
        id="negative-no-comma-sets-the-name-off-as-a-speaker",
    ),
]


_SAID_MONDAY = [
    ("a", 10, "det", "DET", "DT", "a", True),
    ("senior", 10, "amod", "ADJ", "JJ", "senior", True),
    ("official", 11, "nsubj", "NOUN", "NN", "official", True),
    ("said", 3, "relcl", "VERB", "VBD", "say", True),
    ("on", 11, "prep", "ADP", "IN", "on", True),
    ("Monday", 12, "pobj", "PROPN", "NNP", "Monday", False),
    (".", 1, "punct", "PUNCT", ".", ".", False),
    ("\n\n", 14, "dep", "SPACE", "_SP", "\n\n", False),
]
_RELATIVE_CUE = [
    pytest.param(
        _SPENDS + [(",", 3, "punct", "PUNCT", ",", ",", True)] + _SAID_MONDAY,
        [("said", "official", "Kallmar spends a fifth of its budget")],
        id="a-final-cue-read-as-a-relative-clause-at-a-paragraph-end-reports-the-words-before",
    ),
    pytest.param(
        _SPENDS[:-1]
        + [("budget", 4, "pobj", "NOUN", "NN", "budget", True)]
        + [("and", 1, "cc", "CCONJ", "CC", "and", True)]
        + _SAID_MONDAY,
        [],
        id="negative-no-comma-sets-the-cue-off-from-the-noun-it-describes",
    ),
]


@pytest.mark.parametrize("rows, expected", _APPOSED_CUE + _RELATIVE_CUE)
def test_a_final_cue_the_parser_misread(nlp, rows, expected):
    """A sentence-final cue the parser hung on a noun as an apposition or a relative
    clause reports the words before its comma."""
    doc = _parsed(nlp, rows)
    sent = next(iter(sentences(doc)))
    cues = find_cues(sent, QuoteIndex(doc))
    found = [(c.cue, c.source, doc.text[c.content_start : c.content_end]) for c in cues]
    assert [(cue, s.text if s is not None else None, text) for cue, s, text in found] == expected


# (a company's own release, (speaker, mode) of each record in order): the body of a press
# release is the issuer's voice where no person is quoted (guideline, hard cases)
RELEASE_CASES = [
    pytest.param(
        "RIVER SHIELD 26: Tarsia to host its largest exercise in twenty years\n\n"
        "PRESS RELEASE\n\n"
        "HALDEN, 3 June 2026 - The Tarsian Ministry of Defence announces that exercise "
        "RIVER SHIELD 26 will run between 8 and 19 September on the northern ranges.\n\n"
        "Some 9,000 troops and 36 aircraft are expected to take part.",
        [
            (None, None),
            ("Tarsian Ministry of Defence", "indirect"),
            ("Tarsian Ministry of Defence", "according_to"),
        ],
        id="a-release-that-says-so-names-its-issuer-in-its-announcement",
    ),
    pytest.param(
        "RIVER SHIELD 26: Tarsia to host its largest exercise in twenty years\n\n"
        "HALDEN, 3 June 2026 - The Tarsian Ministry of Defence announced that exercise "
        "RIVER SHIELD 26 will run between 8 and 19 September on the northern ranges.\n\n"
        "Some 9,000 troops and 36 aircraft are expected to take part.",
        [(None, None), ("Tarsian Ministry of Defence", "indirect"), (None, None)],
        id="negative-a-news-story-of-an-announcement-is-the-writer-s-voice-after-it",
    ),
    pytest.param(
        "Harlow Ordnance reports higher output\n\n"
        "KESTOV - Harlow Ordnance plc today announced its results for 2025.\n\n"
        "Revenue rose 18% to €640 million.\n\n"
        '"We doubled our filling capacity," said Mira Tennant, the company\'s chief executive.'
        "\n\nThe board sees 12 new contracts in 2026.",
        [
            ("Harlow Ordnance", "according_to"),
            ("Mira Tennant", "direct_quote"),
            ("Harlow Ordnance", "according_to"),
        ],
        id="the-release-body-is-the-issuer-s-voice-around-a-quoted-person",
    ),
    pytest.param(
        "TARNBY, Marvona, 12 March – Ostrand Marine Group (OMG), the Marvonan naval "
        "shipbuilder, today presented its figures for 2025.\n\n"
        "Sales rose 17% to €2.61 billion.",
        [("Ostrand Marine Group", "according_to")],
        id="the-issuer-described-in-apposition-is-the-release-s-voice",
    ),
    pytest.param(
        "KESTOV - Harlow Ordnance said on Tuesday that it would hire 300 "
        "workers.\n\nRevenue at rival plants rose 18% to €640 million.",
        [("Harlow Ordnance", "indirect"), (None, None)],
        id="negative-a-news-story-on-a-company-is-not-its-release",
    ),
    pytest.param(
        "Minister tours new rifle factory\n\n"
        "Ministry of Industry and Trade, Republic of Tarsia\n"
        "PRESS RELEASE\n\n"
        "HALDEN, 3 June 2026 - The Minister of Industry today toured the rifle factory at "
        "Ossel.\n\n"
        "The factory will make 2,500 rifles a month from July.",
        [("Ministry of Industry and Trade", "according_to")],
        id="a-release-whose-announcement-is-a-person-s-is-the-body-its-head-names",
    ),
    pytest.param(
        "Minister tours new rifle factory\n\n"
        "Ministry of Industry and Trade, Republic of Tarsia\n\n"
        "HALDEN, 3 June 2026 - The Minister of Industry today toured the rifle factory at "
        "Ossel.\n\n"
        "The factory will make 2,500 rifles a month from July.",
        [(None, None)],
        id="negative-a-body-s-line-at-the-top-of-no-release-issues-nothing",
    ),
]


@pytest.mark.parametrize("text, expected", RELEASE_CASES)
def test_a_company_release_speaks_in_the_issuer_s_voice(nlp, text, expected):
    drafts = [d for d in extract_drafts(nlp(text)) if d.quantities or d.speaker is not None]
    found = [
        (d.speaker.name if d.speaker else None, d.cue.mode if d.cue else None)
        for d in drafts
        if d.quantities
    ]
    assert found == expected


# two subjects with their own figures in one sentence: two claims (guideline, hard cases)
TWO_CLAIMS = [
    pytest.param(
        "Kang Do-hyun, the chief executive of Hanul Dynamics, said exports made up 38% of "
        "sales, and that the firm planned to hand over 40 trainers in 2027.",
        [("Kang Do-hyun", "indirect", ["38%"]), ("Kang Do-hyun", "indirect", ["40"])],
        id="said-a-and-that-b-is-two-claims-of-one-speaker",
    ),
    pytest.param(
        'Mira Aas said the second line would open "once we hire 150 more welders", and that '
        "accidents had fallen by 9% this year.",
        [("Mira Aas", "direct_quote", ["150"]), ("Mira Aas", "indirect", ["9%"])],
        id="each-part-s-mode-follows-where-its-figures-sit",
    ),
    pytest.param(
        "Sales climbed 12% to 2.1 billion euros, the shipbuilder reported, whereas bookings of "
        "4.4 billion euros were up by half.",
        [
            ("shipbuilder", "indirect", ["12%", "2.1 billion euros"]),
            ("shipbuilder", "indirect", ["4.4 billion euros", "half"]),
        ],
        id="a-while-clause-with-its-own-subject-after-the-cue",
    ),
    pytest.param(
        "The Ardish navy operates 14 frigates, and its air arm flies 60 helicopters.",
        [(None, None, ["14"]), (None, None, ["60"])],
        id="the-article-s-own-two-subjects",
    ),
    pytest.param(
        "Tomas Reyl said the army had 220 tanks and wanted 300 more.",
        [("Tomas Reyl", "indirect", ["220", "300"])],
        id="negative-one-subject-two-figures-is-one-claim",
    ),
    pytest.param(
        "Colonel Ida Coyle said the brigade had fired 9,000 shells in May while it had "
        "received 4,000.",
        [("Ida Coyle", "indirect", ["9,000", "4,000"])],
        id="negative-a-contrast-of-one-subject-is-one-claim",
    ),
    pytest.param(
        "Admiral Lise Varga said the navy would commission 30 patrol boats, while General "
        "Omar Tessel said the army would field 200 new tanks.",
        [("Lise Varga", "indirect", ["30"]), ("Omar Tessel", "indirect", ["200"])],
        id="a-later-clause-with-another-source-s-cue-is-that-source-s-claim-not-a-part",
    ),
]


@pytest.mark.parametrize("text, expected", TWO_CLAIMS)
def test_two_subjects_with_their_own_figures(nlp, text, expected):
    drafts = extract_drafts(nlp(text))
    assert [
        (
            d.speaker.name if d.speaker else None,
            d.cue.mode if d.cue else None,
            [q.text for q in d.quantities],
        )
        for d in drafts
    ] == expected
    # the second claim of a source in the sentence is its part 1 (its own claim id)
    names = [e[0] for e in expected]
    assert [d.part for d in drafts] == [names[:i].count(n) for i, n in enumerate(names)]


def _drafts_by_sentence(nlp, text):
    return [
        (
            d.speaker.name if d.speaker else None,
            d.cue.mode if d.cue else None,
            d.sentence.text.strip()[:12],
        )
        for d in extract_drafts(nlp(text))
    ]


# (text, (speaker, mode, sentence's first 12 characters) of every draft): a list after a
# lead-in ending in a colon keeps the lead-in's source, as a passage does
LISTS = [
    pytest.param(
        "The Fiscal Oversight Council found that vehicle spending was rising faster than "
        "the budget:\n\n"
        "• Spending on vehicles climbs 30 percent by 2028.\n"
        "• The whole budget grows 12 percent in that time.",
        [
            ("Fiscal Oversight Council", "indirect", "The Fiscal O"),
            ("Fiscal Oversight Council", "according_to", "• Spending o"),
            ("Fiscal Oversight Council", "according_to", "• The whole "),
        ],
        id="bullets-after-an-attributed-lead-in-are-its-source-s",
    ),
    pytest.param(
        "The Fiscal Oversight Council said the plan was short of money. The council also "
        "listed possible savings:\n\n"
        "- Delaying the carrier by a year would save €120 million.\n"
        "- Buying 40 trucks instead of 60 would save €35 million.",
        [
            ("Fiscal Oversight Council", "indirect", "The Fiscal O"),
            ("Fiscal Oversight Council", "according_to", "- Delaying t"),
            ("Fiscal Oversight Council", "according_to", "- Buying 40 "),
        ],
        id="a-lead-in-whose-source-sets-out-a-list-gives-it-the-items",
    ),
    pytest.param(
        "Defence Minister Marten Oakhurst set out three priorities on Tuesday:\n\n"
        "1. Ammunition output will double by 2027.\n"
        "2. The navy will get 4 new frigates.",
        [
            ("Marten Oakhurst", "indirect", "Defence Mini"),
            ("Marten Oakhurst", "according_to", "Ammunition o"),
            ("Marten Oakhurst", "according_to", "The navy wil"),
        ],
        id="a-numbered-list-its-numbers-no-records-of-their-own",
    ),
    pytest.param(
        "The army faces three problems:\n\n"
        "• It has 40 percent fewer gunners than in 2015.\n"
        "• Its stocks cover 12 days of fighting.",
        [
            (None, None, "The army fac"),
            (None, None, "• It has 40 "),
            (None, None, "• Its stocks"),
        ],
        id="negative-the-writer-s-own-list-has-no-source",
    ),
    pytest.param(
        "The Fiscal Oversight Council found that vehicle spending was rising too fast:\n\n"
        "• Spending on vehicles climbs 30 percent by 2028.\n\n"
        "The army has 40 percent fewer gunners than in 2015.",
        [
            ("Fiscal Oversight Council", "indirect", "The Fiscal O"),
            ("Fiscal Oversight Council", "according_to", "• Spending o"),
            (None, None, "The army has"),
        ],
        id="negative-the-paragraph-after-the-list-is-not-the-list-s",
    ),
]


@pytest.mark.parametrize("text, expected", LISTS)
def test_a_list_keeps_its_lead_in_s_source(nlp, text, expected):
    assert _drafts_by_sentence(nlp, text) == expected


_PROCEEDINGS = (
    "PROVINCIAL ASSEMBLY OF NORTH VALEN\n"
    "Official Report of Debates\n\n"
    "COASTGUARD FUNDING BILL: SECOND READING\n\n"
    "THE MINISTER FOR DEFENCE (Ms Carla Venn): The bill provides 310 million marks for the "
    "coastguard next year, up 18 percent on the current budget.\n\n"
    "MR PAVEL STRAND (Green Alliance, Harbour East; Chair of the Public Accounts Committee): "
    "By my committee's count, four of the nine patrol boats are out of service.\n\n"
    "MS INGA ROLF (Independent, Lakeside): We lost 40 pilots this year, and the ministry has "
    "told me the posts will stay empty.\n\n"
    "MR PAVEL STRAND: I will not.\n\n"
    "MS ROLF: The station at Lakeside has two helicopters for 600 kilometres of coast.\n\n"
    "THE MINISTER FOR DEFENCE: Three new boats arrive in May.\n"
)


def _speaker_fields(text):
    """Each record's sentence, speaker, role and organisation."""
    return [
        (
            r.sentence,
            r.speaker.name if r.speaker else None,
            r.speaker.role if r.speaker else None,
            r.speaker.organization if r.speaker else None,
        )
        for r in _records(text)
    ]


def _fields_of(found, words, name):
    """The role and organisation of `name`'s record of the sentence holding `words`."""
    [fields] = [(role, org) for s, n, role, org in found if words in s and n == name]
    return fields


def test_a_record_of_proceedings_names_its_speakers_in_brackets():
    """A record of proceedings: an office's label with its holder in brackets is that
    person speaking in that office, and the bare office later is the same person; a
    member's brackets give a party (none for an independent) and, after a semicolon, an
    office whose body is the organisation; a member's short label is the member the
    fuller one named; her own "my committee's count" is her own words."""
    found = _speaker_fields(_PROCEEDINGS)
    assert _fields_of(found, "The bill provides 310 million", "Carla Venn") == (
        "Minister for Defence",
        None,
    )
    assert _fields_of(found, "Three new boats arrive", "Carla Venn")[0] == "Minister for Defence"
    assert _fields_of(found, "By my committee's count", "Pavel Strand") == (
        "Chair of the Public Accounts Committee",
        "Public Accounts Committee",
    )
    assert _fields_of(found, "two helicopters for 600", "Inga Rolf") == (None, None)
    # her own figure, beside what the ministry told her
    assert _fields_of(found, "We lost 40 pilots", "Inga Rolf") == (None, None)
    assert not any("I will not" in s for s, *_ in found)


def test_a_broadcaster_s_name_is_no_state_of_the_story():
    """A station's name after "TV" in the byline and in the story ("told TV Harvik") is
    the outlet's: "the ministry" is the one of the state whose ministry the story named."""
    text = (
        "Base to close, taking 300 jobs\n\nBy Lena Moss, TV Harvik\n\n"
        "SELBY — Korvania's Ministry of Defence will close the Selby air base by 2029.\n\n"
        '"It is a hard day," the mayor told TV Harvik.\n\n'
        "The ministry said 300 jobs would go. Watch TV Harvik's evening news for more.\n"
    )
    speakers = _record_speakers(text)
    # (Korvania's, by its formal name as written; not "Harvik Ministry of Defence")
    assert speakers["The ministry said 300 jobs would go."] == "Ministry of Defence"


_RESULTS_CALL = (
    "Harrow Shipbuilding lifts sales\n\nHarrow Shipbuilding said on Tuesday that sales rose "
    "12 percent in the quarter.\n\nOn the call with analysts:\n\nNINA BRAND, ANALYST, "
    "OSTVALE CAPITAL: Your order book looks thin. How many hulls are left?\n\nPETER LUND, "
    "CHIEF FINANCIAL OFFICER: We have 14 hulls on order, up from 10 last spring.\n\n"
    "MARA KVIST, CORRESPONDENT, TALLINN: The yard here has hired 60 welders since May.\n\n"
    "Later that day Brand told clients that she had cut her forecast by 5 percent.\n"
)


def test_a_call_s_labels_name_a_speaker_s_body_and_a_title_s_company():
    """A label's words after the part name the speaker's body when they end in a body's
    word ("OSTVALE CAPITAL"), not when they name a place ("TALLINN"); a company title
    with no body takes the company of the results; a surname the narration uses later is
    the person the label named."""
    found = _speaker_fields(_RESULTS_CALL)
    assert _fields_of(found, "14 hulls", "Peter Lund") == (
        "chief financial officer",
        "Harrow Shipbuilding",
    )
    assert _fields_of(found, "cut her forecast", "Nina Brand") == ("analyst", "Ostvale Capital")
    assert _fields_of(found, "60 welders", "Mara Kvist") == ("correspondent", None)


def test_the_writers_own_reckoning_ends_a_source_s_passage(nlp):
    """ "By our calculation, ..." after a sentence on a body's measure: the writers' own
    figure, not the body's (the passage of the body's figures stops there)."""
    text = (
        "The Brenner Institute tracks 20 European armies, and on its measure Ostria spends "
        "1.2 percent of GDP on defence. By our calculation, that puts Ostria's spending at "
        "about 900 million euros."
    )
    drafts = extract_drafts(nlp(text))
    found = {d.sentence.text[:10]: d.speaker.name if d.speaker else None for d in drafts}
    assert found == {"The Brenne": "Brenner Institute", "By our cal": None}


def test_pointed_out_that_read_as_an_object_still_reports_the_rest(nlp):
    """ "pointed out that" + a determiner, the parser reading "that" as the verb's object
    and the clause's subject as a phrase on it: the rest of the sentence is what was
    pointed out, by the person "he" takes up."""
    text = (
        "Lars Ekdahl, a senior fellow at the Kessel Institute, estimates that the stock "
        "would last eight weeks.\n\nHe then pointed out that a single glide bomb of the type "
        "Ostria uses costs at least 700,000 euros."
    )
    drafts = [d for d in extract_drafts(nlp(text)) if d.sentence.text.startswith("He then")]
    assert [(d.speaker.name, d.cue.mode) for d in drafts if d.speaker and d.cue] == [
        ("Lars Ekdahl", "indirect")
    ]


# (article, expected (speaker, mode) of each draft of the answering lines): the answers of
# an interview the publication held are what the person told it, as "X told TASS" is
# (guideline: mode according_to; direct_quote needs quotation marks); a hearing's, a
# briefing's or a debate's lines, whose questions a person the article names or reporters
# of many outlets put, stay the speakers' own words
INTERVIEW_MODES = [
    pytest.param(
        "The Harbour Review spoke to Ines Madsen, who runs the Tolvik yard.\n\n"
        "Harbour Review: How many hulls will you launch this year?\n\n"
        "Madsen: We will launch 4 hulls, up from 2.\n\nHarbour Review: And next year?\n\n"
        "Madsen: We plan to launch 6 hulls.",
        [("Ines Madsen", "according_to"), ("Ines Madsen", "according_to")],
        id="a-publication-s-questions-under-its-name",
    ),
    pytest.param(
        "Ines Madsen runs the Tolvik yard. She spoke to us in May.\n\n"
        "How many hulls will you launch this year?\n\nWe will launch 4 hulls, up from 2.\n\n"
        "And next year?\n\nWe plan to launch 6 hulls.",
        [("Ines Madsen", "according_to"), ("Ines Madsen", "according_to")],
        id="a-publication-s-questions-set-as-paragraphs",
    ),
    pytest.param(
        "Senator Mara Quist questioned General Ole Brandvik at the defence committee on "
        "Tuesday.\n\nQUIST: How many tanks are ready?\n\nBRANDVIK: We have 40 ready out of "
        "90.\n\nQUIST: And next year?\n\nBRANDVIK: We expect 60 to be ready.",
        [("Ole Brandvik", "direct_quote"), ("Ole Brandvik", "direct_quote")],
        id="negative-a-hearing-whose-questions-a-named-person-puts",
    ),
    pytest.param(
        "The ministry's spokesman, Ivo Rask, took questions on Monday.\n\n"
        "Q (Radio Tolvik): How many drones were bought?\n\nA: We bought 300 drones this "
        "year.\n\nQ (Tolvik Daily): And last year?\n\nA: About 120 drones.",
        [("Ivo Rask", "direct_quote"), ("Ivo Rask", "direct_quote")],
        id="negative-a-briefing-whose-questions-name-their-outlets",
    ),
    pytest.param(
        "Three candidates met in the final debate, chaired by Eva Lind of TV Norland.\n\n"
        "LIND: How much will you spend on defence?\n\nHOLM: We will spend 2 percent of GDP "
        "by 2027.\n\nLIND: And you?\n\nBERG: We will reach 2.5 percent, more than Holm "
        "promises.\n\nKROG: We spend 1.4 percent today.",
        [("Holm", "direct_quote"), ("Berg", "direct_quote"), ("Krog", "direct_quote")],
        id="negative-a-debate-of-several-speakers",
    ),
    pytest.param(
        "Defence chiefs and a factory head took questions at the ministry on Monday.\n\n"
        "Q: How many shells will the army receive?\n\nBrandvik: We will receive 60,000 "
        "shells next year, twice this year's number.\n\nQ: Ms Oyelaran, what does each one "
        "cost?\n\nOyelaran: About 3,000 euros, down from 4,000.\n\nThe briefing was "
        "attended by General Ole Brandvik and Lena Oyelaran, the chief executive of Tessin "
        "Munitions.",
        [("Ole Brandvik", "direct_quote"), ("Lena Oyelaran", "direct_quote")],
        id="negative-a-press-conference-whose-answerers-each-speak-once",
    ),
]


@pytest.mark.parametrize("text, expected", INTERVIEW_MODES)
def test_the_answers_of_an_interview_the_publication_held(nlp, text, expected):
    drafts = [d for d in extract_drafts(nlp(text)) if d.speaker is not None and d.cue]
    assert [(d.speaker.name, d.cue.mode) for d in drafts] == expected
