"""A person's role and organisation as the article gives them (annotation guideline:
`speaker_role` is the title given, `speaker_org` the organisation the person speaks for),
one case per row, on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.speakers import SpeakerTracker, unbracketed_short_forms

# (text, the person's full name, expected role, expected organisation)
_OBSERVATORY = (
    "HELSINKI, 3 June – Baltic navies spent 12 percent more last year, the Northern Waters "
    "Research Observatory (NWRO) said in its yearly survey published on Tuesday.\n\n"
)

_CHAIRED = (
    "The meeting was chaired by Jamaica's security minister, Delroy Ashcombe-Pryce, and "
    "Barbados's Minister for Home Affairs and Defence, Marcia Thornbury-Quayle.\n\n"
    "Thornbury-Quayle said the coast guards had seized 14 tonnes of cocaine last year. "
    "Ashcombe-Pryce, who hosted the talks, said the air wing had flown 1,200 hours."
)

ROLE_CASES = [
    # "Its chief executive" after a paragraph on a company the tagger took for a person,
    # which the article marks as a body (", which assembles ..."): that company, not the
    # ministry named before it
    pytest.param(
        "Sigrun Tveitan, who speaks for the Ministry of Defence on procurement, told MPs that "
        "spending was up 45 percent.\n\nThe filling line belongs to Hovlund Ammunisjon, which "
        "assembles shells near Hamar.\n\nIts chief executive, Eirik Brattbakk, said the "
        "line could fill 4,000 shells a month by 2026.",
        "Eirik Brattbakk",
        "chief executive",
        "Hovlund Ammunisjon",
        id="its-is-the-body-an-article-marks-though-tagged-a-person",
    ),
    # a name the tagger takes for a person's, in the headline and after the dateline, that
    # its apposition with an owner's name calls a company ("X, Chile's largest private
    # shipbuilder,"): the body the chief executive works for
    pytest.param(
        "Maestranza Olivares reports record quarter\n\nVALPARAISO — Maestranza Olivares, "
        "Chile's biggest private shipbuilder, on Tuesday posted a 30% rise in sales.\n\n"
        "Ana Ruiz-Tagle, the chief executive, said the yard had won 12 new contracts.",
        "Ana Ruiz-Tagle",
        "chief executive",
        "Maestranza Olivares",
        id="an-apposition-with-its-owner-s-name-marks-a-body",
    ),
    # a minister of two portfolios holds both, past the one the lexicon knows
    pytest.param(
        "Vanja Ostrelic, Minister of Defence and Civil Protection, said 60 shelters had "
        "been rebuilt since March.",
        "Vanja Ostrelic",
        "Minister of Defence and Civil Protection",
        "Ministry of Defence and Civil Protection",
        id="a-minister-of-two-portfolios-holds-both",
    ),
    # (not words that name the body of a second office: "and Army chief")
    pytest.param(
        "Vanja Ostrelic, Minister of Defence and Army chief until 2021, said 60 shelters had "
        "been rebuilt since March.",
        "Vanja Ostrelic",
        "Minister of Defence",
        "Ministry of Defence",
        id="a-second-office-after-and-is-no-portfolio",
    ),
    # a body's kind alone right before a title is part of the office; the body's own
    # name, where the article gives it, is the organisation
    pytest.param(
        "Workers at the Dravna forge walked out on Monday. Tomas Velikonja, a union "
        "representative at the forge, said 300 of its 420 staff had stopped work.",
        "Tomas Velikonja",
        "union representative",
        None,
        id="a-body-s-kind-before-a-title-is-part-of-the-office",
    ),
    pytest.param(
        "The hearing ran for four hours. Orsolya Benedekfi, a committee member since 2019, "
        "said the army had fired 9,000 rounds in training.",
        "Orsolya Benedekfi",
        "committee member",
        None,
        id="a-committee-s-member-is-a-committee-member",
    ),
    # (a field before a journalist's title is part of it, as before an analyst's; a word
    # that says when the person took it up is not)
    pytest.param(
        "The radio station's political correspondent, Pilar Echaverri, said 14 frigates were "
        "at sea.",
        "Pilar Echaverri",
        "political correspondent",
        None,
        id="a-journalist-s-field-is-part-of-the-title",
    ),
    pytest.param(
        "Pilar Echaverri, the weekly's new editor, said 14 frigates were at sea.",
        "Pilar Echaverri",
        "editor",
        None,
        id="a-new-editor-is-an-editor",
    ),
    pytest.param(
        "The drill is run by the Kestrel Air Defence Battalion and watched by officers of the "
        "Latvian Land Forces. The battalion commander, Colonel Aino Rautavaara, said 12 "
        "launchers were deployed in a day.",
        "Aino Rautavaara",
        "battalion commander",
        "Kestrel Air Defence Battalion",
        id="a-title-s-word-of-a-unit-names-the-unit-named-before",
    ),
    pytest.param(
        "In Ylikorpi, a municipality of 2,800 people near the range, the convoys are hard to "
        "miss. Mayor Outi Pelkonen-Saari said 40 residents had complained. Pelkonen-Saari, who "
        "has run the municipality since 2017, said repairs would cost 80,000 euros.",
        "Outi Pelkonen-Saari",
        "Mayor",
        "Ylikorpi municipality",
        id="the-municipality-a-mayor-leads-is-the-place-described-as-one",
    ),
    pytest.param(
        "Professor Elin Vasquez-Tornberg, the academy's head of strategy, said the army needs "
        "300 more tanks.",
        "Elin Vasquez-Tornberg",
        "head of strategy",
        None,
        id="an-office-in-apposition-outranks-an-academic-title",
    ),
    pytest.param(
        "Associate Professor Maris Okonkwo-Lind, who leads the Nordic Logistics Institute, "
        "said stocks would last 40 days.",
        "Maris Okonkwo-Lind",
        "head",
        "Nordic Logistics Institute",
        id="an-office-led-outranks-an-academic-title",
    ),
    pytest.param(
        "Professor Anna Kovalenko-Marsh told the committee that output rose 40 percent.",
        "Anna Kovalenko-Marsh",
        "Professor",
        None,
        id="a-double-family-name-the-tagger-cut-at-its-hyphen",
    ),
    pytest.param(
        "Hakon Brevik, the admiral who warned about the fleet, dies at 84\n\nVice Admiral "
        "Hakon Brevik, who commanded the navy in the 1990s, died on Sunday.\n\nIn 2003 he "
        "said the navy had fewer than 5 frigates fit for winter patrols.",
        "Hakon Brevik",
        "Vice Admiral",
        "Navy",
        id="a-finer-rank-outranks-the-bare-rank-given-first",
    ),
    pytest.param(
        "OTTAWA - Canada holds too few shells, the audit says.\n\nThe committee heard "
        "Lieutenant-General Auberon Ketteridge, chief of army supply, and then Sorrel Vance, "
        "the audit principal in charge of the inquiry.",
        "Sorrel Vance",
        "audit principal",
        None,
        id="the-title-of-the-person-before-and-is-not-the-next-one-s",
    ),
    pytest.param(
        "The defendant showed no reaction as Judge Rosalind Hartsen read out the verdict. "
        "Hartsen said the evidence that 40 payments had been made was overwhelming.",
        "Rosalind Hartsen",
        "Judge",
        None,
        id="a-judge-s-title-before-the-name",
    ),
    pytest.param(
        "Pressed on the figures, presidential spokeswoman Mira Sevcik said the count had "
        "included 40,000 reservists.",
        "Mira Sevcik",
        "presidential spokeswoman",
        None,
        id="an-adjective-of-the-office-served-stays-in-the-title",
    ),
    pytest.param(
        "Captain Hedwig Marwitz took over as battery commander in 2023. She says her crews "
        "spend 40 percent of their time on camouflage.",
        "Hedwig Marwitz",
        "battery commander",
        None,
        id="the-office-taken-over-as-outranks-the-rank",
    ),
    pytest.param(
        "PRAGUE - Talks between the Czech cabinet and a shell maker went on this week.\n\n"
        "Government spokeswoman Lenka Marant told reporters that 2 sites were studied.",
        "Lenka Marant",
        "spokeswoman",
        "Czech government",
        id="a-government-spokeswoman-speaks-for-the-article-s-state-s-government",
    ),
    pytest.param(
        "SEOUL - South Korean government spokeswoman Lenka Marant said 2 sites were studied "
        "for the plant, which Poland would help to fund.",
        "Lenka Marant",
        "spokeswoman",
        "South Korea",
        id="negative-a-government-word-after-a-state-s-adjective-is-that-state-s",
    ),
    pytest.param(
        "OTTAWA - Canada holds too few shells, an audit found.\n\nLieutenant-General Pieter "
        "Vos, chief of army logistics, said output reached 5,000 rounds a month.",
        "Pieter Vos",
        "chief of army logistics",
        "Canadian Army",
        id="a-field-after-a-service-in-a-title-and-the-service-as-body",
    ),
    pytest.param(
        "Base\n\nThe base's commander, Group Captain Osric Grey, told the meeting that "
        "flights would rise to 130 a week.",
        "Osric Grey",
        "commander",
        None,
        id="a-rank-s-first-word-tagged-a-body-is-no-body",
    ),
    pytest.param(
        "The rivalry between Varnia and Keldor at sea is an old one. Varnia commissioned "
        "nine frigates in 2023; Keldor commissioned four.\n\nRear Admiral Park Ji-won, "
        "Keldor's deputy head of fleet planning, said at a forum that its frigates were 40 "
        "percent heavier.",
        "Park Ji-won",
        "deputy head of fleet planning",
        "Keldor",
        id="an-owner-named-beside-another-state-is-not-the-pair",
    ),
    # an organisation from a relative clause of working now, or an "of the" phrase
    pytest.param(
        "Piet Oduya, a former infantry officer who now sits for the ruling Heathmoor Union, "
        "told the chamber that output had slipped five months behind schedule.",
        "Piet Oduya",
        "former infantry officer",
        "Heathmoor Union",
        id="a-present-relative-clause-on-the-apposition-gives-the-body-of-a-past-office",
    ),
    pytest.param(
        "Aldo Malmberg, who speaks on procurement for the Tidewater Party, said the "
        "government had spent 40 percent more on advertising than in 2022.",
        "Aldo Malmberg",
        None,
        "Tidewater Party",
        id="who-speaks-for-a-party",
    ),
    pytest.param(
        "Solveig Arntsen, who follows defence firms for the consultancy Marrow Partners, "
        "said just 8 percent of them are run by women.",
        "Solveig Arntsen",
        None,
        "Marrow Partners",
        id="who-follows-firms-for-a-consultancy",
    ),
    pytest.param(
        "Sunniva Moen of the Tidewater Greens asked about costs. She said a quarter of the "
        "budget went on storage.",
        "Sunniva Moen",
        None,
        "Tidewater Greens",
        id="an-of-phrase-with-the-after-a-name-with-no-title",
    ),
    pytest.param(
        "Sunniva Moen of Norway said a quarter of the budget went on storage.",
        "Sunniva Moen",
        None,
        None,
        id="negative-an-of-phrase-naming-a-country-is-no-body",
    ),
    pytest.param(
        "Piet Oduya, a former infantry officer who sat for the Heathmoor Union until 2019, "
        "said output had slipped five months behind schedule.",
        "Piet Oduya",
        "former infantry officer",
        None,
        id="negative-a-past-relative-clause-gives-no-body",
    ),
    pytest.param(
        "Debate\n\nOrmond Sandvik, a retired navy captain who heads the opposition Reform "
        "League, countered that 9,000 troops were ready.",
        "Ormond Sandvik",
        "head",
        "Reform League",
        id="a-body-led-now-outranks-an-office-held-before-in-the-apposition",
    ),
    pytest.param(
        "Debate\n\nOrmond Sandvik, a retired navy captain who headed the Reform League until "
        "2020, countered that 9,000 troops were ready.",
        "Ormond Sandvik",
        "retired navy captain",
        None,
        id="negative-a-body-led-before-leaves-the-apposition-s-office",
    ),
    # a headline's capitals are no body's name ("Inside the Moravian Plant That ...")
    pytest.param(
        "Inside the Moravian Plant That Learned to Weld Again\n\nAt dawn the hall of Tessaro "
        "Vehicle Works is quiet. Anton Breslavik, the plant's director since 2019, said output "
        "had tripled to 45 hulls.",
        "Anton Breslavik",
        "director",
        "Tessaro Vehicle Works",
        id="a-headline-s-capitals-name-no-body",
    ),
    # an office the sentence gives with its body outranks a trade an apposition gives
    pytest.param(
        "Jana Kolarikova, a crane operator who joined the yard in 2008, is the shop steward of "
        "the Metalplast union at the yard. She said 60 welders had quit since May.",
        "Jana Kolarikova",
        "shop steward",
        "Metalplast",
        id="an-office-with-its-body-outranks-a-trade-in-apposition",
    ),
    # "a representative at X" works there; it is no seat for a place
    pytest.param(
        "Jana Kolarikova, a union representative at Metalplast, said 60 welders had quit.",
        "Jana Kolarikova",
        "union representative",
        "Metalplast",
        id="a-representative-at-a-body-is-no-seat",
    ),
    # in a round-up, a minister with no state named is of the state the paragraph is about
    pytest.param(
        "Five Pacific states signed the pact in Nuku'alofa on Friday. Tonga will build two "
        "patrol bases, its defence minister said.\n\nSamoa, which joined only in June, made "
        "the largest pledge. Defence Minister Tavita Leausolomona said Apia would buy four "
        "patrol boats.",
        "Tavita Leausolomona",
        "Defence Minister",
        "Samoa",
        id="a-minister-in-a-round-up-is-of-the-paragraph-s-state",
    ),
    # "the fund" is the body an apposition called a fund
    pytest.param(
        "The round was led by Orkney Ridge Partners, a Dunedin venture fund that put in $9 "
        "million. Lise Haarberg, a director at the fund, said defence made up 15 percent of "
        "its portfolio.",
        "Lise Haarberg",
        "director",
        "Orkney Ridge Partners",
        id="the-fund-an-apposition-called-so",
    ),
    # a "Defence Force" is a state's force, not a company for "the company"
    pytest.param(
        "Tarrow Robotics, based in Nelson, sells to the Defence Force. Ana Ruatapu, the "
        "company's finance director, said margins had doubled.",
        "Ana Ruatapu",
        "finance director",
        "Tarrow Robotics",
        id="a-defence-force-is-no-company",
    ),
    # a Cabinet Secretary of a portfolio holds a state's office
    pytest.param(
        "Kenya will build 400,000 shells a year by 2028, Defence Cabinet Secretary Amara "
        "Olekwendi told delegates.",
        "Amara Olekwendi",
        "Defence Cabinet Secretary",
        "Kenya",
        id="a-cabinet-secretary-of-a-portfolio",
    ),
    # "whose" right after a titled name, opening on a body's name: the body the person has
    pytest.param(
        "Regional Governor Aurel Tesanu, whose Olt Valley Region holds a 15 percent stake in "
        "the yard, said 300 jobs had been created.",
        "Aurel Tesanu",
        "Regional Governor",
        "Olt Valley Region",
        id="whose-body-after-a-titled-name-is-the-person-s",
    ),
    pytest.param(
        "Chief executive Ana Brask, whose Kestle Aero shares fell 9 percent, said orders had "
        "doubled.",
        "Ana Brask",
        "Chief executive",
        None,
        id="negative-whose-name-modifying-another-noun-is-no-body-of-hers",
    ),
    # a title a relative clause gives ("who became", "who has been") takes the company
    # the article named, as an apposition's bare title does
    pytest.param(
        "Kvarnholt Marine posted its first loss in six years on Thursday. Edda Rauskelund, who "
        "became chief executive in 2023 after running the engine plant, said the yard would "
        "deliver five corvettes next year, two more than this year.",
        "Edda Rauskelund",
        "chief executive",
        "Kvarnholt Marine",
        id="a-title-a-relative-clause-gives-takes-the-company-named",
    ),
    pytest.param(
        "Orders at Kvarnholt Marine rose by a third. Edda Rauskelund, who has been finance "
        "director since 2020, said margins would stay near 6 percent.",
        "Edda Rauskelund",
        "finance director",
        "Kvarnholt Marine",
        id="who-has-been-a-title-holds-it-still",
    ),
    pytest.param(
        "Orders at Kvarnholt Marine rose by a third. Edda Rauskelund, who had been finance "
        "director until 2020, said margins would stay near 6 percent.",
        "Edda Rauskelund",
        None,
        None,
        id="negative-who-had-been-a-title-holds-it-no-more",
    ),
    # a counterpart holds the other's office, at the state its adjective names
    pytest.param(
        "The deal was signed by Defence Minister Ansel Brook and his Polish counterpart "
        "Wrenna Ostby, who said 40 tanks would follow.",
        "Wrenna Ostby",
        "Defence Minister",
        "Poland",
        id="a-counterpart-holds-the-other-s-office-at-the-state-named",
    ),
    pytest.param(
        "The deal was signed in Kestrava by Defence Minister Ansel Brook and his counterpart "
        "Wrenna Ostby, who said 40 tanks would follow.",
        "Wrenna Ostby",
        "Defence Minister",
        None,
        id="a-counterpart-of-no-named-state-is-not-the-article-s-state",
    ),
    pytest.param(
        "Defence Minister Ansel Brook said the boats had seized 14 tonnes of cargo. Her "
        "Trinidadian counterpart, Wrenna Ostby, said 6 more boats had been added.",
        "Wrenna Ostby",
        "Defence Minister",
        "Trinidad and Tobago",
        id="her-counterpart-opening-a-sentence-is-the-counterpart-of-the-one-before",
    ),
    pytest.param(
        "Marta Velling said the boats had seized 14 tonnes of cargo, the defence minister "
        "Ansel Brook added. Her Trinidadian counterpart, Wrenna Ostby, said 6 more boats had "
        "been added.",
        "Wrenna Ostby",
        None,
        None,
        id="negative-her-counterpart-of-a-woman-with-no-office-has-none",
    ),
    pytest.param(
        "Foreign Minister Dalia Kestrune opened the second day of talks in Suva. She told the "
        "delegates that joint patrols had found 31 unlicensed trawlers. Her Samoan "
        "counterpart, Tavita Leausolomona, said the fleet would grow by four boats.",
        "Tavita Leausolomona",
        "Foreign Minister",
        "Samoa",
        id="her-counterpart-after-a-sentence-that-named-her-only-as-she",
    ),
    # two officials introduced in one coordination, each with the title before the name
    pytest.param(
        _CHAIRED,
        "Delroy Ashcombe-Pryce",
        "security minister",
        "Jamaica",
        id="the-first-of-two-coordinated-officials-keeps-his-own-title",
    ),
    pytest.param(
        _CHAIRED,
        "Marcia Thornbury-Quayle",
        "Minister for Home Affairs and Defence",
        "Barbados",
        id="the-second-takes-the-title-after-and",
    ),
    # a body named again by the last word of its full name, and its outposts
    pytest.param(
        _OBSERVATORY + '"Every navy here buys more mines than in 2022," said Dr Liisa '
        "Kaarnavuori, senior researcher at the Observatory.",
        "Liisa Kaarnavuori",
        "senior researcher",
        "Northern Waters Research Observatory",
        id="the-observatory-again-is-the-one-named-in-full-before",
    ),
    pytest.param(
        _OBSERVATORY + "Matti Rautakorpi, a co-author of the survey who leads the "
        "Observatory's Tallinn office, said Estonia had doubled its budget for sea mines.",
        "Matti Rautakorpi",
        "co-author",
        "Northern Waters Research Observatory",
        id="who-heads-a-body-s-office-in-a-city-works-for-the-body-not-the-city",
    ),
    # a state named in several words as the owner of a title
    pytest.param(
        "Papua New Guinea's police minister, Bernard Tovaroi, said 40 boats were seized.",
        "Bernard Tovaroi",
        "police minister",
        "Papua New Guinea",
        id="a-state-of-three-words-owns-the-title-not-its-last-word",
    ),
    pytest.param(
        "Sierra Leone's defence minister, Osman Kargbo-Tucker, said 40 boats were seized.",
        "Osman Kargbo-Tucker",
        "defence minister",
        "Sierra Leone",
        id="a-state-of-two-words-owns-the-title",
    ),
    pytest.param(
        "The review, written by Thessaly Marsten, who heads the council's naval-industry "
        'programme, draws on filings.\n\n"Output rose 40 percent," Marsten said.',
        "Thessaly Marsten",
        "head of the naval-industry programme",
        None,
        id="a-name-tagged-a-body-then-speaking-by-surname-is-a-person",
    ),
    # a profession beside a name, however the phrase opens
    pytest.param(
        "Brook's lawyer, Wrenna Ostby, told the court that 1,300 rifles were missing.",
        "Wrenna Ostby",
        "lawyer",
        None,
        id="an-owner-s-profession-before-the-name",
    ),
    pytest.param(
        "A former Dalvik accountant, Wrenna Ostby, testified that she had flagged 40 invoices.",
        "Wrenna Ostby",
        "former accountant",
        None,
        id="a-profession-before-the-name-without-the-body-s-name",
    ),
    pytest.param(
        "Public prosecutor Wrenna Ostby, of the Federal Prosecution Office, told the court "
        "that 1,300 rifles were missing.",
        "Wrenna Ostby",
        "public prosecutor",
        "Federal Prosecution Office",
        id="a-profession-opening-the-sentence-and-a-body-after-of",
    ),
    pytest.param(
        "Senator Wrenna Ostby, of Ohio, said 1,300 rifles were missing.",
        "Wrenna Ostby",
        "Senator",
        None,
        id="negative-a-place-after-of-is-no-body",
    ),
    # an office a relative clause says the person holds now outranks the rank
    pytest.param(
        "Colonel Ansel Brook, who was appointed deputy head of the joint staff in May, said 40 "
        "tanks were ready.",
        "Ansel Brook",
        "deputy head of the joint staff",
        None,
        id="an-office-the-person-was-appointed-to-outranks-the-rank",
    ),
    pytest.param(
        "Major General Wrenna Ostby, who became Director Land Warfare in March, said 40 "
        "tanks were ready.",
        "Wrenna Ostby",
        "Director Land Warfare",
        None,
        id="a-title-written-as-a-name-after-became-is-the-role",
    ),
    pytest.param(
        "Major General Wrenna Ostby, who was deputy head of the joint staff until 2020, said "
        "40 tanks were ready.",
        "Wrenna Ostby",
        "Major General",
        None,
        id="negative-an-office-held-before-leaves-the-rank",
    ),
    # a minister's portfolio written in lower case is part of the title
    pytest.param(
        "Kestrava's interior minister, Vidar Hallin, said 40 police stations would close.",
        "Vidar Hallin",
        "interior minister",
        "Kestrava",
        id="a-lower-case-portfolio-before-minister-is-part-of-the-title",
    ),
    pytest.param(
        "Kestrava's new minister, Vidar Hallin, said 40 police stations would close.",
        "Vidar Hallin",
        "minister",
        "Kestrava",
        id="negative-a-word-of-when-the-office-is-held-is-no-portfolio",
    ),
    pytest.param(
        "Brightmoor Cordite Works makes propellant. Aldo Trask, the branch convenor for the "
        "Arnavian Metalworkers' Union, said the plant hired 300 people.",
        "Aldo Trask",
        "branch convenor",
        "Arnavian Metalworkers' Union",
        id="a-title-the-tagger-read-as-a-verb-for-a-named-body",
    ),
    pytest.param(
        "Tove Marrin, a lobbyist for the Hale Shipbuilders' Association, said 14 yards were idle.",
        "Tove Marrin",
        "lobbyist",
        "Hale Shipbuilders' Association",
        id="a-description-the-lexicon-lacks-for-a-named-body",
    ),
    pytest.param(
        "Mara Velt took over a struggling cordite factory in 2021. She said output had risen "
        "by 40% since then.",
        "Mara Velt",
        None,
        None,
        id="negative-taking-over-an-indefinite-plant-names-no-office",
    ),
    pytest.param(
        "Witnesses: Major General Una Varn, Director of Coastal Radar Capability, Velmar "
        "Armed Forces; Piet Olm, Chief Executive, Marrick Ordnance\n\nThe chair opened.",
        "Una Varn",
        "Director of Coastal Radar Capability",
        "Velmar Armed Forces",
        id="a-witness-list-gives-title-then-organisation",
    ),
    pytest.param(
        "Witnesses: Major General Una Varn, Director of Coastal Radar Capability, Velmar "
        "Armed Forces; Piet Olm, Chief Executive, Marrick Ordnance\n\nThe chair opened.",
        "Piet Olm",
        "Chief Executive",
        "Marrick Ordnance",
        id="a-witness-list-s-company-is-the-one-after-the-title-not-the-one-before",
    ),
    pytest.param(
        "Velmar Parliament - Coastal Defence Committee\n\nMembers present: Oswin Tarr "
        "(Chair), Ruth Mell\n\nThe chair opened the session.",
        "Oswin Tarr",
        "Chair",
        "Coastal Defence Committee",
        id="a-bracketed-chair-of-the-committee-the-article-is-of",
    ),
    pytest.param(
        "Velmar's ambassador to Tessvik, Ulla Brand, said the plant would employ 400 people.",
        "Ulla Brand",
        "ambassador",
        "Velmar",
        id="a-title-with-its-own-to-before-the-name",
    ),
    pytest.param(
        "The academy plans to enrol 90 cadets a year, according to the academy's principal, "
        "Petra Lysander.",
        "Petra Lysander",
        "principal",
        None,
        id="negative-according-to-is-no-part-of-the-title",
    ),
    pytest.param(
        "Jorunn Pekka, an explosives specialist at the Harlow Security Forum in Brenn, said "
        "the stocks would last a month.",
        "Jorunn Pekka",
        "explosives specialist",
        "Harlow Security Forum",
        id="a-description-the-lexicon-lacks-held-at-a-named-body",
    ),
    pytest.param(
        "Tove Marrin, a researcher with the Coastal Studies Agency, said 14 radars were down.",
        "Tove Marrin",
        "researcher",
        "Coastal Studies Agency",
        id="a-description-held-with-a-named-body",
    ),
    pytest.param(
        "Aron Velt, a fierce critic of the Brenmoor Systems board, said orders had fallen.",
        "Aron Velt",
        None,
        None,
        id="negative-of-names-no-workplace",
    ),
    pytest.param(
        "Rafe Collins, who writes for the brokerage Hale & Ormond, said margins were 5 points "
        "below rivals.",
        "Rafe Collins",
        None,
        "Hale & Ormond",
        id="a-relative-clause-of-working-for-a-body",
    ),
    pytest.param(
        "Mina Sorrel, who teaches at the Kellam Defence Academy, said the army had lost 40 tanks.",
        "Mina Sorrel",
        None,
        "Kellam Defence Academy",
        id="a-relative-clause-of-teaching-at-a-body",
    ),
    pytest.param(
        "Rafe Collins, who worked for the consultancy Dorne Partners until 2020, said margins "
        "were thin.",
        "Rafe Collins",
        None,
        None,
        id="negative-a-past-workplace-is-no-organisation-now",
    ),
    pytest.param(
        "Mira Kaspar, First Deputy Director for Coastal Radars at the Defence Materiel "
        "Agency, said the radars were late.",
        "Mira Kaspar",
        "First Deputy Director for Coastal Radars",
        "Defence Materiel Agency",
        id="a-capitalised-field-before-at-a-body-is-part-of-the-title",
    ),
    pytest.param(
        "Ola Berg, director of Brenmoor Systems at the Oslo Defence Fair, said orders rose.",
        "Ola Berg",
        "director",
        "Brenmoor Systems",
        id="negative-a-company-before-at-stays-the-organisation",
    ),
    pytest.param(
        "First Deputy Prime Minister Ivan Petrov said output doubled.",
        "Ivan Petrov",
        "First Deputy Prime Minister",
        None,
        id="a-capitalised-first-ranks-the-office",
    ),
    pytest.param(
        "Ana Lind, the first chief executive of Brenmoor Systems, said sales rose.",
        "Ana Lind",
        "chief executive",
        "Brenmoor Systems",
        id="negative-a-lower-case-first-is-the-writer-s",
    ),
    pytest.param(
        "The Joint Committee on Coastal Defence met on Monday. The committee's chair, "
        "Senator Ruth Amsel, said the radars were late.",
        "Ruth Amsel",
        "chair",
        "Joint Committee on Coastal Defence",
        id="a-committee-s-name-goes-on-with-its-remit",
    ),
]

# (text, the person's full name, expected role, expected organisation)
ORG_CASES = [
    pytest.param(
        "Frigates\n\nThe admiral gave evidence to the coastal shipping committee on Monday."
        "\n\nAnsel Brook, who chairs the committee, said 40 ships were late.",
        "Ansel Brook",
        "chair of the committee",
        "coastal shipping committee",
        id="the-committee-is-the-one-written-before-with-its-words",
    ),
    pytest.param(
        "Frigates\n\nThe admiral spoke to the coastal shipping committee and then to the "
        "senate budget committee.\n\nAnsel Brook, who chairs the committee, said 40 ships "
        "were late.",
        "Ansel Brook",
        "chair of the committee",
        "the senate budget committee",
        id="negative-of-two-committees-written-before-the-last-as-before",
    ),
    pytest.param(
        "Denmark will buy four frigates. Vice Admiral Signe Ostby, the Head of the Navy, "
        "said each ship would track 900 targets.",
        "Signe Ostby",
        "Head",
        "Danish Navy",
        id="a-bare-service-after-a-title-is-the-article-s-state-s",
    ),
    pytest.param(
        "Yard dispute\n\nKetta Ostler, the Rivermoor union's district secretary, said 90 "
        "welders had permanent contracts.",
        "Ketta Ostler",
        "district secretary",
        "Rivermoor",
        id="a-name-before-a-body-s-word-owning-the-title",
    ),
    pytest.param(
        "Yard dispute\n\nKetta Ostler, the union's district secretary, said 90 welders had "
        "permanent contracts.",
        "Ketta Ostler",
        "district secretary",
        None,
        id="negative-a-body-s-word-alone-names-no-body",
    ),
    # a person is no organisation: whoever works for a person works for that person's body
    pytest.param(
        "Odile Quarrie runs Pellan Works. Quarrie's deputy, Ansel Brook, said the yard would "
        "hire 300 welders.",
        "Ansel Brook",
        "deputy",
        "Pellan Works",
        id="a-person-s-deputy-is-at-that-person-s-body",
    ),
    pytest.param(
        "Wrenna Ostby, the harbour board's chair, spoke on Monday. Ansel Brook, a spokesman "
        "for Ostby, said 300 berths would close.",
        "Ansel Brook",
        "spokesman",
        None,
        id="a-spokesman-for-a-person-of-no-named-body-has-none",
    ),
    pytest.param(
        "Reuters quoted Ilse Marn, a spokeswoman for the ministry, as saying 40 drones were "
        "shot down.",
        "Ilse Marn",
        "spokeswoman",
        None,
        id="negative-an-outlet-that-quotes-is-not-the-body-a-title-names",
    ),
    # a body of two words of no known kind, named again by its first word
    pytest.param(
        "Pellan Kraft booked 40 percent more orders this year. Pellan's chief executive, "
        "Odile Quarrie, said the yard would hire 300 welders.",
        "Odile Quarrie",
        "chief executive",
        "Pellan Kraft",
        id="a-two-word-body-named-again-by-its-first-word",
    ),
    pytest.param(
        "Pellan Kraft chaired the board until May, Kraft told reporters. Pellan's chief "
        "executive, Odile Quarrie, said the yard would hire 300 welders.",
        "Odile Quarrie",
        "chief executive",
        "Pellan",
        id="negative-a-name-whose-last-word-stands-alone-is-no-body-s",
    ),
    # a state the lexicon does not know, read from weaker signs when the article names no
    # state it knows: a minister's organisation is that state
    pytest.param(
        "Tarvania's shell stocks would last ten days, Defence Minister Ada Rell told "
        "parliament. Tarvania has asked its neighbours for 40,000 shells.",
        "Ada Rell",
        "Defence Minister",
        "Tarvania",
        id="an-unknown-state-as-a-possessor",
    ),
    pytest.param(
        "OSKEN, Tarvania (Northwire) - Output will double next year, Defence Minister Ada "
        "Rell said on Monday.",
        "Ada Rell",
        "Defence Minister",
        "Tarvania",
        id="an-unknown-state-in-a-dateline",
    ),
    pytest.param(
        "Merrowen ordered three submarines in 2021. The Merrowen Audit Office says their cost "
        "has doubled. Pelmar's ambassador was more upbeat, and so was Defence Minister Petra "
        "Lind, who said the boats would arrive by 2030. Pelmar has sold boats abroad.",
        "Petra Lind",
        "Defence Minister",
        "Merrowen",
        id="of-two-unknown-states-with-one-sign-each-the-first-named",
    ),
    pytest.param(
        "Velderia's shell output will double by 2027, Defence Minister Ada Rell said on "
        "Thursday. Velderia devotes 2.6 percent of its economy to defence. Ostrania's "
        "government declined to comment.",
        "Ada Rell",
        "Defence Minister",
        "Velderia",
        id="the-first-named-state-not-a-neighbour-with-a-government",
    ),
    pytest.param(
        "The Kardovian Armed Forces have 12 launchers, Defence Minister Ada Rell told the "
        "committee. The Kardovian Parliament will vote on more. Kardovia has asked its "
        "allies for help.",
        "Ada Rell",
        "Defence Minister",
        "Kardovia",
        id="an-adjective-of-nationality-is-a-sign-of-its-state",
    ),
    pytest.param(
        "Halbeck Munitions makes shells in Osken. Halbeck's plant runs three shifts, Defence "
        "Minister Ada Rell said.",
        "Ada Rell",
        "Defence Minister",
        None,
        id="negative-a-company-s-possessive-is-no-state",
    ),
    pytest.param(
        "Vice Admiral Tessa Rowe said the fleet was short of sailors. The Royal Danish Navy "
        "plans to buy four frigates.",
        "Tessa Rowe",
        "Vice Admiral",
        "Royal Danish Navy",
        id="a-rank-s-service-with-every-word-of-its-owner",
    ),
    pytest.param(
        "The Nordic Centre for Maritime Security published the survey on Monday. NCMS "
        "director Lars Aune said the fleet was ageing.",
        "Lars Aune",
        "director",
        "Nordic Centre for Maritime Security",
        id="a-short-form-used-without-brackets-before-a-title",
    ),
    pytest.param(
        "Colonel Taras Boyko, a brigade commander in the Ukrainian army, said losses rose.",
        "Taras Boyko",
        "brigade commander",
        "Ukrainian Army",
        id="a-title-held-in-a-country-s-service",
    ),
    pytest.param(
        "Anna Berg, an analyst in Stockholm, said losses rose.",
        "Anna Berg",
        "analyst",
        None,
        id="negative-a-title-held-in-a-place",
    ),
    pytest.param(
        "Norway's foreign ministry spokesman, Erik Dahl, said the claims were false.",
        "Erik Dahl",
        "spokesman",
        "Norwegian Foreign Ministry",
        id="a-spokesman-of-a-country-s-ministry-speaks-for-the-ministry",
    ),
    pytest.param(
        "Brastovia's navy will retire two corvettes next year. Admiral Ines Kolb, the "
        "navy's chief of staff, said crews were short.",
        "Ines Kolb",
        "chief of staff",
        "Brastovian Navy",
        id="a-service-head-of-a-country-the-lexicon-does-not-know",
    ),
    pytest.param(
        "Brastovia's defence budget will rise by 9% next year. Deputy Defence Minister "
        "Karel Voss said the money would go to air defence.",
        "Karel Voss",
        "Deputy Defence Minister",
        "Brastovia",
        id="a-minister-of-a-country-the-lexicon-does-not-know",
    ),
    pytest.param(
        "Halvik Marine's defence business grew by 9% last year. Deputy Defence Minister "
        "Karel Voss said the money would go to air defence.",
        "Karel Voss",
        "Deputy Defence Minister",
        None,
        id="negative-a-company-s-business-makes-no-state",
    ),
    pytest.param(
        "Poland will buy 96 tanks. Jan Wirski, a former Polish defence minister, said the "
        "order came too late.",
        "Jan Wirski",
        "former Polish defence minister",
        None,
        id="negative-a-former-minister-speaks-for-no-government",
    ),
    pytest.param(
        "The coast guard denies the claim. Commander Ola Rind, a spokesman for the Nordic "
        "Coast Guard, said the cutters were ready.",
        "Ola Rind",
        "spokesman",
        "Nordic Coast Guard",
        id="a-naval-rank-gives-way-to-the-function-an-apposition-names",
    ),
    pytest.param(
        "The Dock Workers' Union represents 900 welders. Mia Stol, the union's chief "
        "negotiator at Halvik Marine, said talks had stalled.",
        "Mia Stol",
        "chief negotiator",
        "Dock Workers' Union",
        id="a-title-s-owner-outranks-where-it-is-held",
    ),
    pytest.param(
        "Kari Lund, a naval-shipbuilding analyst at Fjordbank, said orders had doubled.",
        "Kari Lund",
        "naval-shipbuilding analyst",
        "Fjordbank",
        id="a-hyphened-field-before-a-title-is-part-of-it",
    ),
    pytest.param(
        "Kari Lund, a Bergen-based analyst at Fjordbank, said orders had doubled.",
        "Kari Lund",
        "analyst",
        "Fjordbank",
        id="negative-a-place-glued-by-a-hyphen-is-no-field",
    ),
    pytest.param(
        "The Baltic Centre for Naval Studies published a report on Monday. The report's "
        "authors, research director Eva Lund and senior fellow Tomas Berg, said stocks "
        "were low.",
        "Tomas Berg",
        "senior fellow",
        "Baltic Centre for Naval Studies",
        id="a-second-titled-name-keeps-its-own-title-and-a-fellow-the-institute",
    ),
    pytest.param(
        "Halvik Marine's chief executive Ole Brandt and finance director Mia Lind said sales rose.",
        "Mia Lind",
        "finance director",
        "Halvik Marine",
        id="names-joined-by-and-each-take-the-title-before-them",
    ),
    pytest.param(
        "Halvik Marine builds frigates. The Baltic Centre for Naval Studies rates the "
        "yard highly. Rear Admiral Tomas Berg said stocks were low.",
        "Tomas Berg",
        "Rear Admiral",
        None,
        id="negative-a-rank-takes-no-institute",
    ),
    pytest.param(
        "The Centre for Coastal Defence Studies published a survey on Monday. Tomas Berg, "
        "a senior fellow, said stocks were low.",
        "Tomas Berg",
        "senior fellow",
        "Centre for Coastal Defence Studies",
        id="a-centre-for-a-field-is-an-institute-not-a-company",
    ),
    pytest.param(
        'Ministers of the Baltic Security Alliance met in Riga on Monday. "We must spend '
        'more," Secretary General Inga Holt said.',
        "Inga Holt",
        "Secretary General",
        "Baltic Security Alliance",
        id="a-secretary-general-speaks-for-the-alliance-named-before",
    ),
    pytest.param(
        'Halvik Marine builds frigates. "We must spend more," Secretary General Inga Holt said.',
        "Inga Holt",
        "Secretary General",
        None,
        id="negative-a-secretary-general-is-no-company-s",
    ),
    pytest.param(
        "Col. Ivan Sirko, who runs purchasing for Brastovia's Unmanned Systems "
        "Forces, said the army received 900 drones.",
        "Ivan Sirko",
        "Colonel",
        "Unmanned Systems Forces",
        id="a-state-s-force-not-the-state-the-lexicon-does-not-know",
    ),
    pytest.param(
        "Ola Berg, director of Halvik's Naval Division, said orders rose.",
        "Ola Berg",
        "director",
        "Halvik",
        id="negative-a-company-s-division-stays-the-company",
    ),
    pytest.param(
        "Major General Katrin Lund, commander of the Royal Nordic Air Force's Air Defence "
        "Command, said stocks were low.",
        "Katrin Lund",
        "commander",
        "Royal Nordic Air Force",
        id="negative-a-service-s-command-stays-the-service",
    ),
    pytest.param(
        "Jon Dahl, the opposition's defence spokesman, told reporters the order was too small.",
        "Jon Dahl",
        "defence spokesman",
        "opposition",
        id="the-opposition-owns-its-spokesman",
    ),
    pytest.param(
        "Elin Varg, governor of the Nordvik region, said the plant would bring 900 jobs.",
        "Elin Varg",
        "governor",
        "Nordvik region",
        id="a-governor-speaks-for-the-region-as-written",
    ),
    pytest.param(
        "Elin Varg, governor of Nordvik, said the plant would bring 900 jobs.",
        "Elin Varg",
        "governor",
        "Nordvik",
        id="negative-a-place-named-alone-stays-alone",
    ),
]


@pytest.mark.parametrize("text, name, role, org", ROLE_CASES + ORG_CASES)
def test_role_and_organisation_as_the_article_gives_them(nlp, text, name, role, org):
    tracker = SpeakerTracker(nlp(text))
    assert name in tracker.persons, f"{name!r} not found: {list(tracker.persons)}"
    person = tracker.persons[name]
    assert (person.role, person.organization) == (role, org)


def test_a_title_before_a_comma_the_parser_opened_a_sentence_at(nlp):
    """ "The committee's chair | , Senator X, said": the parser's sentence break at the
    comma does not cut the title off its name."""
    text = (
        "The Joint Committee on Coastal Defence met on Monday. The committee's chair, "
        "Senator Ruth Amsel, said the radars were late."
    )
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == "paragraph_boundaries":  # a break the parser is made to keep
            next(t for t in doc if t.text == ",").is_sent_start = True
    assert [s.text for s in doc.sents][2].startswith(", Senator")
    person = SpeakerTracker(doc).persons["Ruth Amsel"]
    assert (person.role, person.organization) == ("chair", "Joint Committee on Coastal Defence")


# (text, the short forms it uses without defining them in brackets)
UNBRACKETED_CASES = [
    pytest.param(
        "The Nordic Centre for Maritime Security published the survey. According to NCMS, "
        "fleets are ageing.",
        {"NCMS": "Nordic Centre for Maritime Security"},
        id="initials-of-a-name-written-before",
    ),
    pytest.param(
        "According to NCMS, fleets are ageing. The Nordic Centre for Maritime Security "
        "published the survey.",
        {},
        id="negative-a-name-written-only-after",
    ),
    pytest.param(
        "The North Atlantic Treaty Organization met. NATO said fleets are ageing.",
        {},
        id="negative-a-short-form-the-lexicon-knows",
    ),
]


@pytest.mark.parametrize("text, expected", UNBRACKETED_CASES)
def test_short_forms_used_without_brackets(text, expected):
    assert unbracketed_short_forms(text, {}) == expected


# (text, the person's full name, expected role, expected organisation): forms news writes
NEWS_FORM_CASES = [
    pytest.param(
        "Opposition lawmaker Dervla Anstey of the People's Renewal Party warned that clinics "
        "had lost 9 percent of their budget.",
        "Dervla Anstey",
        "Opposition lawmaker",
        "People's Renewal Party",
        id="a-name-after-a-title-in-lower-case-and-a-party-with-a-possessive",
    ),
    pytest.param(
        "Kessari Shipbuilding Group laid down two hulls in May. Separately, Rotterdam-based "
        "Velmont Aerotech said it would build 40 drones a month. The company's finance "
        "chief, Oskar Lindqvist, told reporters the line would break even in 2027.",
        "Oskar Lindqvist",
        "finance chief",
        "Velmont Aerotech",
        id="the-company-s-title-is-the-body-the-sentence-before-is-about",
    ),
    pytest.param(
        "Lockheed Martin's chief financial officer, Evan Scott, said the backlog rose.",
        "Evan Scott",
        "chief financial officer",
        "Lockheed Martin",
        id="a-known-company-of-two-words-owns-the-title",
    ),
    pytest.param(
        "Finnish Defence Forces commander Gen. Arto Lind said the reserve had grown.",
        "Arto Lind",
        "commander",
        "Finnish Defence Forces",
        id="a-country-s-forces-named-before-a-title",
    ),
    pytest.param(
        "Capt. Lena Frost, a spokeswoman for the Danish navy, said the frigate fired three "
        "missiles.",
        "Lena Frost",
        "spokeswoman",
        "Danish Navy",
        id="a-country-s-service-in-lower-case",
    ),
    pytest.param(
        "Lena Frost, a spokeswoman for the Danish government, said the frigate fired three "
        "missiles.",
        "Lena Frost",
        "spokeswoman",
        "Denmark",
        id="negative-a-country-s-government-is-the-country",
    ),
    pytest.param(
        "Brenmoor Systems makes radars. Brenmoor Systems boss Karl Weiss said orders rose.",
        "Karl Weiss",
        "boss",
        "Brenmoor Systems",
        id="a-company-boss",
    ),
    pytest.param(
        "Ukraine's commander-in-chief, Oleksandr Syrskyi, said losses had doubled.",
        "Oleksandr Syrskyi",
        "commander-in-chief",
        "Ukraine",
        id="a-hyphenated-title-with-in-inside",
    ),
    pytest.param(
        "French Armed Forces Minister Paul Garnier said France would double output.",
        "Paul Garnier",
        "Armed Forces Minister",
        "France",
        id="a-capitalised-portfolio-before-minister",
    ),
    pytest.param(
        "Norwegian Defence Minister Tore Bakkevold said output doubled.",
        "Tore Bakkevold",
        "Defence Minister",
        "Norway",
        id="negative-a-portfolio-the-title-holds",
    ),
    pytest.param(
        "Brenmoor Systems makes radars. Its chairman and chief executive, Karl Weiss, said "
        "orders rose.",
        "Karl Weiss",
        "chairman and chief executive",
        "Brenmoor Systems",
        id="a-board-office-joined-to-a-company-title",
    ),
    pytest.param(
        "Piotr Nowak, who commands the 12th Mechanised Brigade, said the unit had 58 tanks.",
        "Piotr Nowak",
        "commander",
        "12th Mechanised Brigade",
        id="a-relative-clause-of-leading-gives-the-office",
    ),
    pytest.param(
        "Jonas Rein, who chairs parliament's budget committee, said the programme was late.",
        "Jonas Rein",
        "chair of the budget committee",
        "parliament's budget committee",
        id="a-relative-clause-of-leading-gives-the-office-with-the-body-led",
    ),
    pytest.param(
        "Erik Holm, who leads the Naval Materiel Directorate, told MPs the ships were late.",
        "Erik Holm",
        "head",
        "Naval Materiel Directorate",
        id="leading-a-body-makes-its-head",
    ),
    pytest.param(
        "Colonel Piotr Nowak, who commands the 12th Mechanised Brigade, said the unit had 58 "
        "tanks.",
        "Piotr Nowak",
        "commander",
        "12th Mechanised Brigade",
        id="the-office-a-verb-of-leading-gives-outranks-a-rank",
    ),
    pytest.param(
        "Greta Holm, a permanent secretary since 2021, told MPs that stocks were low.",
        "Greta Holm",
        "permanent secretary",
        None,
        id="a-permanent-office-keeps-its-adjective",
    ),
    pytest.param(
        "Anna Kovacs, an engineer who joined the casing plant in 2019, said output had doubled.",
        "Anna Kovacs",
        "engineer",
        None,
        id="an-apposition-ends-where-its-relative-clause-begins",
    ),
    pytest.param(
        "Denmark is buying frigates. Rear Admiral Tove Sand, who heads the navy's frigate "
        "programme office, said the ships were late.",
        "Tove Sand",
        "head of the frigate programme office",
        "Danish Navy",
        id="a-rank-gives-way-to-the-office-a-relative-clause-names",
    ),
    pytest.param(
        "Halbeck's navy has only two submarines left. Rear Admiral Jon Terrel, who heads the "
        "navy's submarine programme office, said the yard had lost 900 welders.",
        "Jon Terrel",
        "head of the submarine programme office",
        "Halbeck Navy",
        id="the-service-of-a-state-the-lexicon-lacks-and-gives-no-adjective-takes-its-name",
    ),
    pytest.param(
        'The Ardenvale Institute for Sea Power counted 14 launches last year. "The yards are '
        "full,\" said Ilse Varga, who heads the institute's shipbuilding desk.",
        "Ilse Varga",
        "head of the shipbuilding desk",
        "Ardenvale Institute for Sea Power",
        id="the-institute-that-owns-the-office-a-person-leads-is-their-organisation",
    ),
    pytest.param(
        "Vice Admiral Anna Kerrow is now the Ombrian navy's chief of staff. She said the fleet "
        "had 18 ships.",
        "Anna Kerrow",
        "chief of staff",
        "Ombrian navy",
        id="an-office-a-profile-gives-outranks-the-rank-before-the-name",
    ),
    pytest.param(
        "Ingrith Kessel is the Kardovian air force's chief of staff. She said the fleet had "
        "18 jets.",
        "Ingrith Kessel",
        "chief of staff",
        "Kardovian air force",
        id="a-service-that-owns-a-title-keeps-the-nationality-written-before-it",
    ),
    pytest.param(
        "Workers at Kelvor Precision will get a 5% pay rise. Company spokeswoman Ilse Varga "
        "said 45 welding posts would open in June.",
        "Ilse Varga",
        "Company spokeswoman",
        "Kelvor Precision",
        id="a-company-spokeswoman-speaks-for-the-company-named-before",
    ),
    pytest.param(
        "The Ardenvale Alliance met on Monday. Secretary-General Yrsa Orlow said members "
        "had 38,000 troops in the east.",
        "Yrsa Orlow",
        "Secretary-General",
        "Ardenvale Alliance",
        id="a-hyphenated-title-before-a-name-is-one-title",
    ),
    pytest.param(
        "Elspa Parr, chief procurement officer at the Pelmar Pension Fund, said the fund "
        "had cut its arms holdings by a fifth.",
        "Elspa Parr",
        "chief procurement officer",
        "Pelmar Pension Fund",
        id="a-title-with-a-field-word-the-lexicon-does-not-list",
    ),
    pytest.param(
        "Councillor Arlo Tapp said the barracks would bring 450 children to the town.",
        "Arlo Tapp",
        "Councillor",
        None,
        id="a-councillor-is-a-title",
    ),
    pytest.param(
        "Kurt Selb, counsel to the review, said the ministry had placed 14 orders for one "
        "rifle sight.",
        "Kurt Selb",
        "counsel",
        None,
        id="counsel-is-a-title",
    ),
    pytest.param(
        "Peter Morrin, the Riveters' Union steward at the yard, says overtime has "
        "tripled since 2022.",
        "Peter Morrin",
        "steward",
        "Riveters' Union",
        id="a-name-with-a-plural-s-apostrophe-is-one-name-not-an-owner",
    ),
    pytest.param(
        "Ombria's defence ministry says stocks are low. A ministry spokeswoman, Ilse Varga, "
        "told reporters that 40,000 shells had arrived.",
        "Ilse Varga",
        "ministry spokeswoman",
        "Ombrian Ministry of Defence",
        id="a-ministry-spokeswoman-speaks-for-the-ministry-named-before",
    ),
    pytest.param(
        "Shares in Kelvor Guided Weapons rose 4%.\n\n| EUR million | 2025 | 2024 |\n"
        "| Revenue | 900 | 800 |\n\nChief financial officer Ana Rusk told analysts that "
        "margins would dip.",
        "Ana Rusk",
        "Chief financial officer",
        "Kelvor Guided Weapons",
        id="a-currency-in-a-table-is-no-company",
    ),
    pytest.param(
        "Ministers of the Tessmark Concord met on Monday. Secretary-General Yrsa Orlow said "
        "members "
        "had 38,000 troops in the east.",
        "Yrsa Orlow",
        "Secretary-General",
        "Tessmark Concord",
        id="a-concord-is-an-alliance",
    ),
    pytest.param(
        "Ardenvale airfield hosts the 14th Fighter Wing. The wing's commander, Colonel Madoc "
        "Arvik, says the base now launches 40 sorties a day.",
        "Madoc Arvik",
        "commander",
        "14th Fighter Wing",
        id="a-unit-keeps-its-number",
    ),
    pytest.param(
        "Summary of a fact sheet published by the Helmdale Centre for Defence Studies.\n\n"
        'The Helmdale Centre counts 900 launchers in the region.\n\n"The gap is in missiles," '
        "said Irma Rosk, an economist at the centre.",
        "Irma Rosk",
        "economist",
        "Helmdale Centre for Defence Studies",
        id="a-body-named-short-is-the-body-named-in-full-before",
    ),
    pytest.param(
        "Peter Morrin, organiser for the shipyard workers' federation, said the yard had "
        "lost 300 jobs in a decade.",
        "Peter Morrin",
        "organiser",
        "shipyard workers' federation",
        id="a-union-named-only-in-lower-case-is-the-organisation-as-written",
    ),
    pytest.param(
        "The treasurer of the Halbeck branch of the dockers' union, Peter Morrin, said 200 "
        "dockers had signed up.",
        "Peter Morrin",
        "treasurer of the Halbeck branch",
        "dockers' union",
        id="a-branch-of-a-union-speaks-for-the-union-not-its-town",
    ),
    pytest.param(
        "Jon Terrel, vice-chair of the procurement committee of the Ombrian parliament, said "
        "the army had 31 helicopters.",
        "Jon Terrel",
        "vice-chair of the procurement committee",
        "Ombrian parliament",
        id="a-committee-in-lower-case-is-part-of-the-title-and-the-parliament-its-body",
    ),
    pytest.param(
        "Marrick Ordnance has hired a new team. Its finance director is Peter Morrin. He "
        "said 40 percent of the budget had been spent.",
        "Peter Morrin",
        "finance director",
        "Marrick Ordnance",
        id="a-title-a-sentence-gives-its-subject-names-the-person-it-is",
    ),
    pytest.param(
        "In an interview with Defence Weekly, Helena Ruiz, who founded the drone maker "
        "Stormline Robotics in 2019, said the firm delivered 2,400 drones a month.",
        "Helena Ruiz",
        "founder",
        "Stormline Robotics",
        id="the-company-named-in-the-relative-clause-not-the-last-one-before",
    ),
    pytest.param(
        "Sarah Lin, a professor of war studies at King's College London, said stocks were low.",
        "Sarah Lin",
        "professor of war studies",
        "King's College London",
        id="a-possessive-inside-a-college-s-name",
    ),
    pytest.param(
        "Olga Koval, a spokeswoman for Ukraine's Ministry of Strategic Industries, said output "
        "had doubled.",
        "Olga Koval",
        "spokeswoman",
        "Ukrainian Ministry of Strategic Industries",
        id="negative-a-country-s-possessive-stays-its-demonym",
    ),
    pytest.param(
        "Britain will buy 12 frigates, Defence Secretary Tom Hale said.",
        "Tom Hale",
        "Defence Secretary",
        "United Kingdom",
        id="a-british-secretary-of-a-department-speaks-for-the-country",
    ),
    pytest.param(
        "Poland will buy 12 frigates, Shadow Defence Secretary Tom Hale said.",
        "Tom Hale",
        "Shadow Defence Secretary",
        None,
        id="negative-a-shadow-secretary-holds-no-office",
    ),
    pytest.param(
        "Sweden's Supreme Commander Micael Berg said the armed forces would grow by 50 percent.",
        "Micael Berg",
        "Supreme Commander",
        "Sweden",
        id="a-capitalised-supreme-ranks-the-office",
    ),
    pytest.param(
        "Workers at the Dravenholt Munitions yard in Selk went on strike on Monday. "
        "Ostrander, 52, has run the yard since 2020. Ostrander said output fell.",
        "Ostrander",
        "head of the yard",
        "Dravenholt Munitions",
        id="a-profile-sentence-on-a-surname-gives-the-office-and-the-body-led",
    ),
    pytest.param(
        "Workers at the Dravenholt Munitions yard went on strike. Ostrander joined the firm "
        "in 2010 and has run the yard since 2020.",
        "Ostrander",
        "head of the yard",
        "Dravenholt Munitions",
        id="a-profile-verb-joined-to-another-with-the-same-subject",
    ),
    pytest.param(
        "Workers at the Dravenholt Munitions plant went on strike. Mara Ostrander ran the "
        "plant until 2020.",
        "Mara Ostrander",
        None,
        None,
        id="negative-a-verb-of-leading-in-the-past-is-no-office-now",
    ),
    pytest.param(
        "Workers at the Dravenholt Munitions plant went on strike. Ostrander will run the "
        "plant from May.",
        "Ostrander",
        None,
        None,
        id="negative-an-office-to-come-is-no-office-now",
    ),
    pytest.param(
        'Mara Ostrander toured the Dravenholt Munitions plant on Monday. "Ostrander has run '
        'the plant since 2020," a welder said.',
        "Mara Ostrander",
        None,
        None,
        id="negative-a-profile-inside-a-quotation-is-someone-s-words",
    ),
    pytest.param(
        "Tessa Brandt studies navies. Since 2022 she has led the Halvard Institute's naval "
        "programme. Brandt said the frigates were late.",
        "Tessa Brandt",
        "head of the naval programme",
        "Halvard Institute",
        id="a-profile-sentence-on-a-pronoun-for-the-person",
    ),
    pytest.param(
        "Lena Varsky took over the Kettering Arms Agency in 2023. Varsky said output rose.",
        "Lena Varsky",
        "head",
        "Kettering Arms Agency",
        id="a-phrasal-verb-that-starts-an-office-holds-it-in-the-past-tense",
    ),
    pytest.param(
        "Corvane Shipbuilding lost a navy contract. Lena Varsky, who took over the company in "
        "2021, said output rose.",
        "Lena Varsky",
        "head of the company",
        "Corvane Shipbuilding",
        id="a-phrasal-verb-of-leading-in-a-relative-clause",
    ),
    pytest.param(
        "The Dravenholt Munitions plant in Selk makes shells, according to Mara Ostrander, who "
        "runs the plant.",
        "Mara Ostrander",
        "head of the plant",
        "Dravenholt Munitions",
        id="running-a-body-makes-its-head",
    ),
    pytest.param(
        "Anika Tollberg founded Quillmere Robotics in 2019. Her chief engineer, Pavel Ostrov, "
        "said the drones flew.",
        "Pavel Ostrov",
        "chief engineer",
        "Quillmere Robotics",
        id="a-title-her-owns-takes-her-organisation",
    ),
    pytest.param(
        "Anika Tollberg spoke on Monday. Her chief engineer, Pavel Ostrov, said the drones flew.",
        "Pavel Ostrov",
        "chief engineer",
        None,
        id="negative-an-owner-with-no-organisation-gives-none",
    ),
    pytest.param(
        "Jon Ekland joined the Norvale Procurement Agency in 2019 as its chief economist. "
        "Ekland said prices rose.",
        "Jon Ekland",
        "chief economist",
        "Norvale Procurement Agency",
        id="joining-a-body-as-its-title-gives-the-title-at-the-body",
    ),
    pytest.param(
        "Wen Sorley works as a defence analyst at the Corran Institute. Sorley said the "
        "frigates were late.",
        "Wen Sorley",
        "defence analyst",
        "Corran Institute",
        id="working-as-a-title-gives-the-title",
    ),
    pytest.param(
        "Wen Sorley served as the Corran Institute's director until 2020. Sorley said the "
        "frigates were late.",
        "Wen Sorley",
        None,
        None,
        id="negative-an-office-served-in-the-past-is-no-office-now",
    ),
    pytest.param(
        "Wen Sorley, the Corran Institute's director of naval studies, said the frigates "
        "were late.",
        "Wen Sorley",
        "director of naval studies",
        "Corran Institute",
        id="a-possessive-owner-of-several-capitalised-words",
    ),
    pytest.param(
        "Wen Sorley, the Marrow Bay Shipyard's chief engineer, said the frigates were late.",
        "Wen Sorley",
        "chief engineer",
        "Marrow Bay Shipyard",
        id="a-possessive-owner-of-three-capitalised-words",
    ),
    pytest.param(
        "And the governor of the Central Bank of Pellavia, Corwen Ashdale, cautioned on "
        "Tuesday that arms orders were pushing up prices.",
        "Corwen Ashdale",
        "governor",
        "Central Bank of Pellavia",
        id="a-name-in-apposition-to-a-title-before-it-is-a-person-whatever-its-tag",
    ),
    pytest.param(
        "Odran Melcombe, a naval analyst at the Felbridge Centre for Maritime Studies, said "
        "six ships a year was a decent rate.",
        "Odran Melcombe",
        "naval analyst",
        "Felbridge Centre for Maritime Studies",
        id="an-adjective-naming-an-expert-s-field-is-part-of-the-title",
    ),
    pytest.param(
        "Odran Melcombe, a respected analyst at the Felbridge Centre for Maritime Studies, said "
        "six ships a year was a decent rate.",
        "Odran Melcombe",
        "analyst",
        "Felbridge Centre for Maritime Studies",
        id="negative-an-adjective-judging-the-expert-is-not",
    ),
    pytest.param(
        "Yvaine Dorrell, a senior fiscal analyst at Quarry Ratings, expects the deficit to "
        "reach 4%.",
        "Yvaine Dorrell",
        "senior fiscal analyst",
        "Quarry Ratings",
        id="a-rank-and-a-field-before-an-expert-s-title",
    ),
    pytest.param(
        '"The radar did what it was built to do," navy spokesperson Commander Yvaine Dorrell '
        "told reporters.",
        "Yvaine Dorrell",
        "spokesperson",
        None,
        id="a-rank-between-a-title-and-the-name-goes-with-the-name",
    ),
    pytest.param(
        "Idris Fenwyck, the pact's deputy secretary general for supply, said stocks were low.",
        "Idris Fenwyck",
        "deputy secretary general for supply",
        None,
        id="negative-a-rank-word-inside-a-title-after-the-name-stays-in-it",
    ),
    pytest.param(
        "Group Captain Idris Fenwyck, the airfield commander, told us the wing flew 40 "
        "missions a day.",
        "Idris Fenwyck",
        "airfield commander",
        None,
        id="an-air-force-rank-of-two-words-is-a-rank-not-an-organisation",
    ),
    pytest.param(
        "The award was backed on Monday by Custovia's Defence Acquisition Agency. An agency "
        "spokeswoman, Hesper Vantrell, said the radar had cost 230 million euros.",
        "Hesper Vantrell",
        "agency spokeswoman",
        "Defence Acquisition Agency",
        id="an-agency-spokeswoman-speaks-for-the-agency-named-before",
    ),
    pytest.param(
        "Poland is fencing its eastern frontier. Maud Dellway, head of fencing works at the "
        "interior ministry, said 140 kilometres were finished.",
        "Maud Dellway",
        "head of fencing works",
        "Polish Ministry of Interior",
        id="a-title-held-at-a-ministry-named-by-an-adjective",
    ),
    pytest.param(
        "Custovia's army announced on Friday that its new interceptor struck 9 of 10 targets. "
        '"Every test objective was met," army spokesperson Lieutenant Colonel Ilse Harrand '
        "told reporters.",
        "Ilse Harrand",
        "army spokesperson",
        "Custovian Army",
        id="an-army-spokesperson-speaks-for-the-article-s-army",
    ),
    pytest.param(
        "Jet noise has tripled since April. Group Captain Rhun Talgarth, the airfield "
        "commander, said the wing flew 46 missions a day as the air force trains more crews.",
        "Rhun Talgarth",
        "airfield commander",
        "Air Force",
        id="an-air-force-rank-gives-the-air-force-the-article-writes-of",
    ),
    pytest.param(
        "Vice Admiral Odette Harwell, the fleet commander, said the Custovian navy would get "
        "4 frigates by 2030.",
        "Odette Harwell",
        "fleet commander",
        "Custovian Navy",
        id="a-navy-rank-gives-the-navy-the-article-names-in-lower-case",
    ),
    pytest.param(
        "Vice Admiral Odette Harwell, the fleet commander, said 4 frigates would come by "
        "2030. No navy nearby will have as many.",
        "Odette Harwell",
        "fleet commander",
        None,
        id="negative-no-navy-is-no-owner-s-navy",
    ),
    pytest.param(
        "Holmbury residents complain of jets at dawn. Holmbury has 4,000 people. Group "
        "Captain Rhun Talgarth, the airfield commander, said the wing flew 46 missions a day "
        "as the air force trains more crews.",
        "Rhun Talgarth",
        "airfield commander",
        "Air Force",
        id="negative-a-town-named-often-is-not-the-air-force-s-state",
    ),
    pytest.param(
        "Bethel Ormsby, the MP for South Harrowfield, said 300 families had complained.",
        "Bethel Ormsby",
        "MP",
        None,
        id="the-place-a-legislator-sits-for-is-no-organisation",
    ),
    pytest.param(
        "Senator Ada Kerrow of Wenmouth said the vehicles cost 40 percent more.",
        "Ada Kerrow",
        "Senator",
        None,
        id="a-senator-s-state-after-the-name-is-no-organisation",
    ),
    pytest.param(
        "Amberland builds more howitzers than its neighbours, according to a review released "
        "by Custovia's military intelligence service. \"Amberland orders guns one at a "
        "time,\" said Wenna Stahova, the institute's research director. The service's "
        "director, General Odo Brenneck, said its counts rested on 40 satellite images.",
        "Odo Brenneck",
        "director",
        "Custovia military intelligence service",
        id="the-service-s-director-is-of-the-service-described-before-never-a-person",
    ),
    pytest.param(
        "Corin Valek, a defence lawyer, said the contract was worth 40 million euros.",
        "Corin Valek",
        "defence lawyer",
        None,
        id="a-profession-in-apposition-with-no-workplace-is-the-role",
    ),
    pytest.param(
        '"I lost nine hectares to the patrol road," said Wessel Haverkamp, a grain farmer '
        "near the frontier.",
        "Wessel Haverkamp",
        "grain farmer",
        None,
        id="a-profession-before-a-place-phrase",
    ),
    pytest.param(
        "Anja Roostel, a respected lawyer, said 3 of the 5 charges would fail.",
        "Anja Roostel",
        "lawyer",
        None,
        id="negative-a-judging-adjective-is-not-part-of-the-profession",
    ),
    pytest.param(
        "The Brenmark Institute released a study of drone supply chains on Tuesday. "
        '"Stocks last weeks, not months," said Orsolya Tamm, the study\'s lead author.',
        "Orsolya Tamm",
        "lead author",
        "Brenmark Institute",
        id="a-document-s-author-speaks-for-its-publisher",
    ),
    pytest.param(
        "The Brenmark Institute released a study of drone supply chains on Tuesday. "
        "Orsolya Tamm, the co-author of the study, said stocks lasted 6 weeks.",
        "Orsolya Tamm",
        "co-author",
        "Brenmark Institute",
        id="the-author-of-the-document-speaks-for-its-publisher",
    ),
    pytest.param(
        "Orsolya Tamm, the author of a novel about the war, said 6 brigades had retreated.",
        "Orsolya Tamm",
        "author",
        None,
        id="negative-the-author-of-a-book-speaks-for-no-publisher",
    ),
    pytest.param(
        "Iker Salaverri, a defence analyst at the Lyon brokerage Caudron Freres, said the "
        "backlog had doubled.",
        "Iker Salaverri",
        "defence analyst",
        "Caudron Freres",
        id="a-city-before-a-body-s-kind-is-not-the-body",
    ),
    pytest.param(
        "Dario Fenzi, an equity analyst at the Genoa investment bank Cassa Ombrosa, said "
        "orders rose 12 percent.",
        "Dario Fenzi",
        "equity analyst",
        "Cassa Ombrosa",
        id="a-city-before-a-body-s-kind-is-not-the-body-named-beside-it",
    ),
    pytest.param(
        "Minister of State for Procurement Kayode Alabi told reporters that 40 drones had arrived.",
        "Kayode Alabi",
        "Minister of State for Procurement",
        None,
        id="a-title-with-its-portfolio-after-for-before-the-name",
    ),
    pytest.param(
        "Writing in a column for Tidewater Weekly, Kayode Alabi said 40 drones had arrived.",
        "Kayode Alabi",
        None,
        None,
        id="negative-for-before-an-outlet-opens-no-title",
    ),
    pytest.param(
        "Harrowgate Munitions plc - Full-Year Results Call\n\n"
        "Company participants: Ruth Okafor - Chief Financial Officer; Daniel Moore - Head of "
        "Investor Relations\n\nRUTH OKAFOR: Revenue rose 14 percent.",
        "Ruth Okafor",
        "Chief Financial Officer",
        "Harrowgate Munitions",
        id="a-listed-participant-s-title-after-a-dash-with-the-company-of-the-heading",
    ),
    pytest.param(
        "The panel heard from Ruth Okafor - a former officer - about the 40 new drones.",
        "Ruth Okafor",
        None,
        None,
        id="negative-a-dash-aside-in-running-text-lists-no-title",
    ),
    pytest.param(
        "Kaarel Tamm, Estonia's procurement director at the Ministry of Finance, said 40 "
        "drones had arrived.",
        "Kaarel Tamm",
        "procurement director",
        "Estonian Ministry of Finance",
        id="a-state-s-official-at-its-ministry-is-the-ministry-s",
    ),
    pytest.param(
        "Kaarel Tamm, the Dockworkers Union's chief negotiator at the Ministry of Labour, said "
        "40 jobs would go.",
        "Kaarel Tamm",
        "chief negotiator",
        "Dockworkers Union",
        id="negative-a-body-s-official-at-a-ministry-stays-the-body-s",
    ),
    pytest.param(
        "Ostavia has 40 tanks. Kaarel Tamm, Ostavia's procurement director at the Ministry of "
        "Finance, said 40 drones had arrived in Ostavia.",
        "Kaarel Tamm",
        "procurement director",
        "Ostavian Ministry of Finance",
        id="a-state-the-lexicon-lacks-names-its-ministry-s-official",
    ),
    pytest.param(
        "Four years ago Torvik Drone Works had 25 engineers in a leased workshop near Helmsund. "
        "Today the company employs 450 people and makes 900 drones a month. The Coastal "
        "Defence Monthly talked to its chief executive, Ines Falk, about orders.",
        "Ines Falk",
        "chief executive",
        "Torvik Drone Works",
        id="the-company-is-the-body-the-sentence-before-is-about-not-a-town-named-after",
    ),
    pytest.param(
        "Veltra Unmanned holds the largest drone order ever placed by Brelland's defence "
        "ministry. The Coastal Defence Monthly talked to its chief executive, Ines Falk, "
        "about orders.",
        "Ines Falk",
        "chief executive",
        "Veltra Unmanned",
        id="a-state-that-owns-a-ministry-is-no-body-its-stands-for",
    ),
    pytest.param(
        "Orsvik's Defence Logistics Agency admitted on Monday that it had bought too few "
        "shells. Orsvik spends 1.2 percent of its output on defence. General Maren Tolle, the "
        "chief of defence, put the armed forces' needs at 30,000 rounds a year.",
        "Maren Tolle",
        "chief of defence",
        "Orsvik Armed Forces",
        id="the-owner-of-a-capitalised-state-body-is-the-state-whose-forces-a-chief-leads",
    ),
    pytest.param(
        "Members of the Landting's budget committee questioned Ivo Berg, who assured the "
        "committee that the Tromsa works had missed its target. The committee's chair, "
        "Sigrid Aune, said 40 percent of the money was unspent.",
        "Sigrid Aune",
        "chair",
        "Landting budget committee",
        id="a-body-written-in-lower-case-after-its-owner-s-name-is-named-without-the-mark",
    ),
    pytest.param(
        "Members of the Landting's budget committee questioned officials. Ivo Berg told the "
        "committee that Holmfjord had missed its target. The committee's chair, Sigrid Aune, "
        "said 40 percent of the money was unspent.",
        "Sigrid Aune",
        "chair",
        "Landting budget committee",
        id="negative-a-name-in-a-clause-after-the-word-is-not-introduced-by-it",
    ),
    pytest.param(
        "The Brenmo plant filled 3,000 shells in May. Brenmo's output has doubled since the "
        "Brenmo works reopened, and Brenmo's owners expect more. Defence Minister Ola Rind "
        "said 40 more workers were hired.",
        "Ola Rind",
        "Defence Minister",
        None,
        id="negative-the-name-of-a-works-or-plant-is-no-state",
    ),
    pytest.param(
        "Tessaly's army will buy 40 tanks. Defence Minister Oda Venn said the programme "
        "would cost about US$7 billion.",
        "Oda Venn",
        "Defence Minister",
        "Tessaly",
        id="negative-a-currency-written-us-dollar-sign-names-no-state",
    ),
    pytest.param(
        "Ana Rolle, a lecturer in naval history at Brenmoor University, said the navy had "
        "missed its target.",
        "Ana Rolle",
        "lecturer in naval history",
        "Brenmoor University",
        id="a-description-s-field-after-in-is-part-of-the-role-held-at-the-body-after-it",
    ),
    pytest.param(
        "Ana Rolle, an analyst in defence economics at the Harlow Institute, said the navy "
        "had missed its target.",
        "Ana Rolle",
        "analyst in defence economics",
        "Harlow Institute",
        id="a-title-s-field-after-in-is-part-of-the-title",
    ),
    pytest.param(
        "Velora's army bought 30 drones last year, a large order by the standards of "
        "Andean armies. General Ramon Ibarra, the army's procurement chief, said 12 had "
        "failed their tests.",
        "Ramon Ibarra",
        "procurement chief",
        "Velora Army",
        id="a-region-s-adjective-owns-no-army",
    ),
    pytest.param(
        "Velsia's arms exports doubled last year. Mira Sand, export director of Velsia's "
        "Kovar Defence Holding, said the firm sold 90,000 shells abroad.",
        "Mira Sand",
        "export director",
        "Kovar Defence Holding",
        id="a-state-s-company-named-after-its-possessive-is-the-organisation",
    ),
    pytest.param(
        "Ana Rolle, a researcher in London at the Harlow Institute, said the navy had missed "
        "its target.",
        "Ana Rolle",
        "researcher",
        "Harlow Institute",
        id="negative-a-place-after-in-is-no-field",
    ),
    pytest.param(
        "Interview: Finance Minister Saule Ormanova on the reserve\n\nThis is an edited "
        "transcript. Our guest is Saule Ormanova, who runs the Keravian Ministry of Finance."
        "\n\nORMANOVA: Russia has three times more reservists than we do.",
        "Saule Ormanova",
        "Finance Minister",
        "Keravian Ministry of Finance",
        id="a-body-the-person-is-said-to-head-outranks-a-headline-title-s-guess",
    ),
    pytest.param(
        "Taldoria will buy 12 jets from Turkey, Defence Minister Ivo Brannick said on Monday. "
        "The Taldorian government approved the deal in May, and the Taldorian army will fly "
        "them from 2027. Turkish officials declined to comment.",
        "Ivo Brannick",
        "Defence Minister",
        "Taldoria",
        id="a-state-s-adjective-before-its-bodies-makes-it-the-story-s-state",
    ),
    pytest.param(
        "The government of St. Corvane has signed a deal for two patrol ships, Finance "
        "Minister Lidia Marrero told parliament. A South Korean yard lost the bid, and St. "
        "Corvane will pay in four stages.",
        "Lidia Marrero",
        "Finance Minister",
        "St. Corvane",
        id="the-government-of-a-state-of-two-words-makes-it-the-story-s-state",
    ),
    pytest.param(
        "The government of St. Corvane has signed a deal for two patrol ships.\n\nRear "
        "Admiral Tomas Ibarra, who leads the coast guard, said 2 of his 5 cutters are in "
        "dock, and St. Corvane's reefs go unwatched.",
        "Tomas Ibarra",
        "head of the coast guard",
        "St. Corvane Coast Guard",
        id="the-coast-guard-a-person-commands-is-the-story-state-s",
    ),
    pytest.param(
        "Oslo will add 2 frigates by 2030. On Monday the head of the air force, Major "
        "General Piet Vosloo, said Norway's pilots fly 20 percent fewer hours than in 2019.",
        "Piet Vosloo",
        "head of the air force",
        "Norwegian Air Force",
        id="a-title-phrase-after-a-time-phrase-before-the-name",
    ),
    pytest.param(
        "Fair Ledger, a Nairobi-based organisation that tracks the trade, published a study "
        "on Monday. The Coastal Arms Licensing "
        'Committee approved 40 licences last year.\n\n"We found a system that never says '
        "no,\" said Wanjiru Kamau, the group's lead researcher.",
        "Wanjiru Kamau",
        "lead researcher",
        "Fair Ledger",
        id="the-group-s-researcher-after-a-campaigning-organisation-and-a-committee",
    ),
    pytest.param(
        "Ostmark's Ministry of Defence met on Monday. Four officials spoke: Defence Minister "
        "Karin Holm; State Secretary for Armaments Jonas Varga; and the army chief.",
        "Jonas Varga",
        "State Secretary for Armaments",
        "Ostmark",
        id="a-title-of-two-words-keeps-its-portfolio",
    ),
    pytest.param(
        "Shadow Defence Secretary Alan Berg said the fleet of 14 ships was too small.",
        "Alan Berg",
        "Shadow Defence Secretary",
        None,
        id="negative-a-shadow-secretary-speaks-for-no-government",
    ),
    pytest.param(
        "Renata Soto, a researcher with the Instituto Andino de Estudios Navales in Lima, "
        "said the yards were too slow.",
        "Renata Soto",
        "researcher",
        "Instituto Andino de Estudios Navales",
        id="a-body-s-name-in-another-language-keeps-its-small-words",
    ),
    pytest.param(
        "The yard order went to the Astilleros Punta del Norte last year. Astilleros Punta "
        "del Norte's chief executive, Sergio Cano, said it would hire 300 welders.",
        "Sergio Cano",
        "chief executive",
        "Astilleros Punta del Norte",
        id="a-name-written-after-the-is-a-body-not-a-person",
    ),
    pytest.param(
        "The Joint Staff's estimate put the running cost at $40 million a year. Going by the "
        "Comptroller's tally the navy has 19 ships. The minister, Ana Ruiz, told the senate "
        "the plan would cost $2 billion.",
        "Ana Ruiz",
        "minister",
        None,
        id="negative-an-office-s-possessive-is-no-state-for-a-minister",
    ),
    pytest.param(
        "Lena Sorvik, a former deputy ombudsman, became director general of Tarvia's "
        "Defence Supply Board when it was set up in 2024.",
        "Lena Sorvik",
        "director general",
        "Defence Supply Board",
        id="the-office-held-now-outranks-a-former-one-in-apposition",
    ),
    pytest.param(
        "Jon Ekdal, a former colonel, told the panel that 30 posts were empty.",
        "Jon Ekdal",
        "former colonel",
        None,
        id="negative-a-former-office-stays-when-none-is-held-now",
    ),
    pytest.param(
        "Ruth Onsager, who heads Tarvia's National Signals Centre, said attacks had doubled.",
        "Ruth Onsager",
        "head",
        "National Signals Centre",
        id="who-heads-a-state-s-named-centre-is-its-head",
    ),
    pytest.param(
        "The Tarvia Rail Company will carry the tanks. Tarvia's defence minister Ola Brekke "
        "said the army would buy 40 of them.",
        "Ola Brekke",
        "defence minister",
        "Tarvia",
        id="a-minister-s-owner-is-the-state-not-a-body-holding-its-name",
    ),
]


@pytest.mark.parametrize("text, name, role, org", NEWS_FORM_CASES)
def test_role_and_organisation_in_forms_news_writes(nlp, text, name, role, org):
    tracker = SpeakerTracker(nlp(text))
    assert name in tracker.persons, f"{name!r} not found: {list(tracker.persons)}"
    person = tracker.persons[name]
    assert (person.role, person.organization) == (role, org)


def test_a_name_the_tagger_glued_to_a_portfolio_is_a_person(nlp):
    """ "State Secretary for Armaments X Y": the tagger may read the portfolio and the name
    after it as one organisation ("Armaments X Y"); the name is still a person's (here
    the tagging is set so, as the small model does with some names)."""
    from spacy.tokens import Span

    doc = nlp(
        "Ostmark's Ministry of Defence met on Monday. Four officials spoke: Defence Minister "
        "Karin Holm; State Secretary for Armaments Jonas Varga; and the army chief."
    )
    at = next(t.i for t in doc if t.text == "Armaments")
    doc.ents = [e for e in doc.ents if e.end <= at or e.start >= at + 3] + [
        Span(doc, at, at + 3, label="ORG")
    ]
    tracker = SpeakerTracker(doc)
    assert "Jonas Varga" in tracker.persons, list(tracker.persons)
    person = tracker.persons["Jonas Varga"]
    assert (person.role, person.organization) == ("State Secretary for Armaments", "Ostmark")


# names the small model may leave untagged (here their tag is taken away): the name
# opening a sentence in apposition to a title ("X Y, an air-defence analyst at ...,
# said"), and the name after a title's portfolio in capitals ("said Junior Minister for
# Procurement X Y"), the portfolio not part of the name
UNTAGGED_NAMES = [
    pytest.param(
        "Ministers signed off the order on Tuesday.\n\nOdran Melcombe, an air-defence "
        "analyst at the Felbridge Centre for Security Studies, said the rate was respectable.",
        "Odran Melcombe",
        {"role": "air-defence analyst", "organization": "Felbridge Centre for Security Studies"},
        id="a-name-before-its-title",
    ),
    pytest.param(
        '"The depot at Karsk," said Junior Minister for Procurement Nune Arakelyan, "holds '
        '900 trucks."',
        "Nune Arakelyan",
        {"role": "Junior Minister for Procurement"},
        id="a-name-after-a-title-with-its-portfolio",
    ),
]


@pytest.mark.parametrize("text, name, expected", UNTAGGED_NAMES)
def test_a_name_the_tagger_missed_is_a_person(nlp, text, name, expected):
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]
    tracker = SpeakerTracker(doc)
    assert name in tracker.persons, list(tracker.persons)
    person = tracker.persons[name]
    assert {field: getattr(person, field) for field in expected} == expected


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param(
            "An Amberlandic government spokesman confirmed that 3 rounds of talks had been held.",
            "Amberlandic government",
            id="an-unnamed-person-of-a-state-s-government",
        ),
        # no title: the description that types the source, like a group's, holds the
        # ministry; no organisation beside it (held-out annotations agree)
        pytest.param(
            "A Custovian finance ministry official said the deal would cost 4 billion euros.",
            None,
            id="an-unnamed-official-of-a-state-s-ministry-is-its-description",
        ),
        pytest.param(
            "South Korean government officials said the deal would cost 4 billion dollars.",
            None,
            id="negative-a-typed-group-keeps-no-organisation",
        ),
    ],
)
def test_an_unnamed_person_of_a_state_s_body_speaks_for_it(nlp, text, org):
    from pipeline.extract.claims import extract_drafts

    drafts = [d for d in extract_drafts(nlp(text)) if d.speaker is not None]
    assert [d.speaker.organization for d in drafts] == [org]


_LIVE_BLOG = (
    "LIVE: {name} defence ministers meet in Porto Vell\n\n12:45 Secretary General Anton "
    'Vires opened the summit. "We make 400,000 shells a year," he said.\n\n10:30 Good '
    "morning from Porto Vell, where the {name} defence ministers gather today.\n"
)


@pytest.mark.parametrize(
    "name", ["Northern Coastal Compact", "Western Shelf Compact", "Northern Reef Pact"]
)
def test_a_headline_name_keeps_the_word_the_article_writes_after_the(nlp, name):
    """A body's name the tagger left untagged in a headline keeps its first word where the
    article writes the whole name after "the" (a compass word the tagger split off)."""
    tracker = SpeakerTracker(nlp(_LIVE_BLOG.format(name=name)))
    assert tracker.persons["Anton Vires"].organization == name


def test_a_word_of_a_body_after_the_is_no_person(nlp):
    """The tagger may take "the Observatory's" for a person's name: after "the", one
    capitalised word is a body's, no one's."""
    text = _OBSERVATORY + (
        "Matti Rautakorpi, a co-author of the survey who leads the Observatory's Tallinn "
        "office, said Estonia had doubled its budget for sea mines."
    )
    persons = SpeakerTracker(nlp(text)).persons
    assert "Observatory" not in persons
    assert "Matti Rautakorpi" in persons
