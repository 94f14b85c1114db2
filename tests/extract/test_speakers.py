"""Who a person is: role and organisation from the words around their name, one case per
row, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.extract.speakers import SpeakerTracker

# (text, the person's full name, expected role, expected organisation)
DESCRIPTION_CASES = [
    pytest.param(
        "Milan Orsag, leader of the Rural Alliance, said 40 tanks were too many.",
        "Milan Orsag",
        "leader",
        "Rural Alliance",
        id="a-party-s-leader-in-apposition-with-no-article",
    ),
    pytest.param(
        "Dorit Vane, a paint-shop operator who joined the plant in 2015, "
        "said the pace had doubled.",
        "Dorit Vane",
        "paint-shop operator",
        None,
        id="a-noun-of-someone-s-work-by-its-ending-is-a-profession",
    ),
    pytest.param(
        "The panel opened with hosts Helena Ostrander and Corvin Quill, who said the "
        "budget had doubled.",
        "Corvin Quill",
        "host",
        None,
        id="a-plural-title-before-coordinated-names-gives-each-the-title",
    ),
    pytest.param(
        "The treaty was signed by defence ministers Helena Ostrander and Corvin Quill.",
        "Helena Ostrander",
        "defence minister",
        None,
        id="a-plural-title-with-its-field-before-coordinated-names",
    ),
    pytest.param(
        "The fans Helena Ostrander and Corvin Quill said 40 buses were hired.",
        "Corvin Quill",
        None,
        None,
        id="negative-a-plural-noun-that-is-no-title-before-coordinated-names",
    ),
    pytest.param(
        "Idony Brell, an MP for the Varde party, said 40 tanks were too many.",
        "Idony Brell",
        "MP",
        "Varde",
        id="a-legislator-for-a-name-the-article-writes-before-party-is-of-that-party",
    ),
    pytest.param(
        "Idony Brell, the MP for Harrowfield, said 40 tanks were too many.",
        "Idony Brell",
        "MP",
        None,
        id="negative-a-legislator-for-a-place-holds-a-seat-not-an-organisation",
    ),
    pytest.param(
        "Idony Brell, who retired two years ago as a rear admiral and deputy chief of the "
        "navy, said the fleet had 16 frigates.",
        "Idony Brell",
        "retired rear admiral",
        None,
        id="an-office-left-by-retiring-as-it-is-a-retired-title-for-no-body",
    ),
    pytest.param(
        "Idony Brell, who stepped down as chief executive of Orlen Tooling in May, said 40 "
        "jobs would go.",
        "Idony Brell",
        "former chief executive",
        None,
        id="an-office-left-by-stepping-down-as-it-is-a-former-title",
    ),
    pytest.param(
        "Output had doubled, said Idony Brell, who heads missile research at Orlen Tooling.",
        "Idony Brell",
        "head of missile research",
        "Orlen Tooling",
        id="leading-a-field-written-in-lower-case-is-heading-that-field",
    ),
    pytest.param(
        "Idony Brell, chair of the Sorrel branch of the Federation of Yard Workers, said 400 "
        "jobs would go.",
        "Idony Brell",
        "chair of the Sorrel branch",
        "Federation of Yard Workers",
        id="a-title-of-a-body-s-unit-written-in-lower-case-keeps-the-unit-and-speaks-for-the-body",
    ),
    pytest.param(
        "Opening the case, chief prosecutor Idony Brell said 40 trucks were bought.",
        "Idony Brell",
        "chief prosecutor",
        None,
        id="a-title-s-word-before-a-trade-s-noun-is-one-title",
    ),
    pytest.param(
        "Idony Brell, Minister of State for Naval Supply, said 40 trucks were bought.",
        "Idony Brell",
        "Minister of State for Naval Supply",
        None,
        id="a-minister-s-portfolio-after-the-rank-of-minister-of-state",
    ),
    pytest.param(
        "The slipways of Velling Shipbuilding are busy.\n\nIdony Brell, the yard's owner, "
        "inherited it from an uncle and said 120 flats were being built.",
        "Idony Brell",
        "owner",
        "Velling Shipbuilding",
        id="a-company-s-owner-is-a-company-title",
    ),
    pytest.param(
        "Sven Ode, 54, a foreman at the yard, said 300 jobs would go.",
        "Sven Ode",
        "foreman",
        None,
        id="a-profession-at-an-unnamed-workplace",
    ),
    pytest.param(
        "Edda Kern, a crane operator, said 40 shells failed the test.",
        "Edda Kern",
        "crane operator",
        None,
        id="a-profession-with-its-field",
    ),
    pytest.param(
        "Lukas Renner, a father of three who lives near the base, said the noise was constant.",
        "Lukas Renner",
        None,
        None,
        id="negative-a-relation-with-an-agent-s-ending-is-no-profession",
    ),
    pytest.param(
        "Members of the Coastal Defence Pact have ordered twice as many radars this year, the "
        "pact's Secretary General, Ilse Varga, said on Monday.",
        "Ilse Varga",
        "Secretary General",
        "Coastal Defence Pact",
        id="a-plural-noun-opening-the-sentence-is-not-part-of-the-body-s-name",
    ),
    pytest.param(
        "Leaders of the Southern Maritime Union agreed to buy 40 patrol boats, the union's "
        "chairman, Oskar Lind, said.",
        "Oskar Lind",
        "chairman",
        "Southern Maritime Union",
        id="leaders-of-the-union-is-the-union",
    ),
    pytest.param(
        "BRUSSELS – Members of the Coastal Defence Pact have bought twice as many "
        "radars this year as in 2024, the pact's Secretary General, Ilse Varga, told reporters.",
        "Ilse Varga",
        "Secretary General",
        "Coastal Defence Pact",
        id="members-of-the-pact-after-a-dateline-is-the-pact",
    ),
    pytest.param(
        "OSTRAVA, May 4 (Wirenews) – Vestria's state shipbuilder Kornwerk delivered 12 "
        'corvettes last year.\n\n"Our yard now launches a hull a month," Pavel Orsak, the '
        "corporation's general director, told reporters.",
        "Pavel Orsak",
        "general director",
        "Kornwerk",
        id="a-name-after-a-descriptor-noun-is-the-company-and-the-dateline-wire-is-not",
    ),
    pytest.param(
        "Retired General Anselm Kvarving commanded Vestria's air defence units from 2015 to 2021.",
        "Anselm Kvarving",
        "Retired General",
        None,
        id="negative-a-retired-officer-speaks-for-no-force-he-commanded",
    ),
    pytest.param(
        "Jonas Peltola, who commanded the 4th Signals Brigade until 2020, said the radios "
        "were late.",
        "Jonas Peltola",
        None,
        None,
        id="negative-a-relative-clause-in-the-past-gives-no-office",
    ),
    pytest.param(
        "Sigrid Moen-Haugland, the brigade's chief logistics officer, said the stocks were low.",
        "Sigrid Moen-Haugland",
        "chief logistics officer",
        None,
        id="a-field-between-a-title-s-first-word-and-its-head-is-part-of-it",
    ),
    pytest.param(
        "Jan Lind, deputy director general of the Coastal Survey Office, said the charts were old.",
        "Jan Lind",
        "deputy director general",
        "Coastal Survey Office",
        id="negative-a-title-after-a-title-is-not-a-field",
    ),
    pytest.param(
        "Vessberg Aerospace reported its results on Tuesday. Finance chief Nadia Orlova "
        "said spending would rise.",
        "Nadia Orlova",
        "Finance chief",
        "Vessberg Aerospace",
        id="a-finance-chief-is-a-company-title",
    ),
    pytest.param(
        "Colonel Piet Vermaak, commander of the Southern Signals Brigade, said the radios "
        "were late.",
        "Piet Vermaak",
        "commander",
        "Southern Signals Brigade",
        id="function-in-apposition-outranks-rank-before-name",
    ),
    pytest.param(
        "Colonel Piet Vermaak said the radios were late.",
        "Piet Vermaak",
        "Colonel",
        None,
        id="rank-alone-is-the-role",
    ),
    pytest.param(
        "Marta Oyelaran, head of logistics at the Belgian contractor Vandermeer Rail, said "
        "the wagons would be ready.",
        "Marta Oyelaran",
        "head of logistics",
        "Vandermeer Rail",
        id="lower-case-of-phrase-is-part-of-the-title-the-name-not-its-country",
    ),
    pytest.param(
        "Jonas Peltola, head of Norway's Coastal Survey Office, said the charts were old.",
        "Jonas Peltola",
        "head",
        "Norwegian Coastal Survey Office",
        id="country-possessive-becomes-demonym",
    ),
    pytest.param(
        "Tarik Belhadj, a transport economist at the Lyon Institute for Mobility Studies, "
        "said fares would rise.",
        "Tarik Belhadj",
        "transport economist",
        "Lyon Institute for Mobility Studies",
        id="compound-noun-before-title-and-untagged-institute",
    ),
    pytest.param(
        "Grindvik Optics makes periscopes in Bergen. Its chief executive, Sigrid Aasen, said "
        "orders doubled.",
        "Sigrid Aasen",
        "chief executive",
        "Grindvik Optics",
        id="title-before-the-name-in-apposition-its-owner",
    ),
    pytest.param(
        "The Baltic Rail Observatory counts trains every year. Henrik Saar, director of the "
        "observatory's freight programme, said traffic fell.",
        "Henrik Saar",
        "director",
        "Baltic Rail Observatory",
        id="possessive-descriptor-named-earlier",
    ),
    pytest.param(
        "Orlen Valves Systems opened a plant in Gdynia. Chief executive Anna Kowalczyk said "
        "output would triple.",
        "Anna Kowalczyk",
        "Chief executive",
        "Orlen Valves Systems",
        id="company-title-takes-the-last-company",
    ),
    pytest.param(
        "Portugal will buy six patrol boats, and Portugal will pay for them from a new fund. "
        "Defence Minister Rui Tavares said the first would arrive in 2027.",
        "Rui Tavares",
        "Defence Minister",
        "Portugal",
        id="minister-without-organisation-takes-the-article-country",
    ),
    pytest.param(
        "The loan was approved by the Portuguese Ministry of Defence on Monday. "
        "Defence Minister Rui Tavares said the first boat would arrive in 2027.",
        "Rui Tavares",
        "Defence Minister",
        "Portuguese Ministry of Defence",
        id="minister-takes-the-ministry-of-its-domain-named-just-before",
    ),
    pytest.param(
        "The Portuguese Ministry of Finance said the deficit would fall. "
        "Defence Minister Rui Tavares said the first boat would arrive in 2027.",
        "Rui Tavares",
        "Defence Minister",
        "Portugal",
        id="minister-skips-a-ministry-of-another-domain",
    ),
    pytest.param(
        "Rui Tavares became Portugal's defence minister in June.",
        "Rui Tavares",
        "defence minister",
        "Portugal",
        id="title-as-predicate",
    ),
    pytest.param(
        "Portugal will buy six boats. The Minister for the Armed Forces, Rui Tavares, said the "
        "first would arrive in 2027.",
        "Rui Tavares",
        "Minister for the Armed Forces",
        "Portugal",
        id="a-ministers-portfolio-is-part-of-the-title",
    ),
    pytest.param(
        "Colonel Piet Vermaak, who commands a signals battalion of the Southern Land Forces, "
        "said the radios were late.",
        "Piet Vermaak",
        "commander of a signals battalion",
        "Southern Land Forces",
        id="organisation-a-person-commands",
    ),
    pytest.param(
        "Rosa Quintana, deputy chair of the fisheries committee and a member of the opposition "
        "Green Coast party, said quotas were too high.",
        "Rosa Quintana",
        "deputy chair of the fisheries committee",
        "Green Coast",
        id="titles-side-by-side-and-party-name",
    ),
    pytest.param(
        "Brightwell Turbines builds engines in Derby. Amanda Kerr, Brightwell's president, "
        "said the order book was full.",
        "Amanda Kerr",
        "president",
        "Brightwell Turbines",
        id="short-form-of-a-company-named-earlier",
    ),
    pytest.param(
        "The port authority met on Monday. Park Min-jun was appointed in May. Park, the chief "
        "executive of Haedong Shipping, said exports grew.",
        "Park Min-jun",
        "chief executive",
        "Haedong Shipping",
        id="short-name-with-apposition-describes-the-person",
    ),
    pytest.param(
        "Tesin-Vojna's chief executive, Ewa Sadowska, says the plant will build 150 tanks.",
        "Ewa Sadowska",
        "chief executive",
        "Tesin-Vojna",
        id="hyphenated-owner-is-one-name",
    ),
    pytest.param(
        "Vojna's chief executive, Ewa Sadowska, says the plant will build 150 tanks.",
        "Ewa Sadowska",
        "chief executive",
        "Vojna",
        id="negative-an-owner-with-no-hyphen-stays-as-written",
    ),
    pytest.param(
        "Ukraine's air force spokesman, Colonel Petro Hrab, said 30 drones were shot down.",
        "Petro Hrab",
        "spokesman",
        "Ukrainian Air Force",
        id="a-service-in-lower-case-between-a-country-and-a-title-is-the-organisation",
    ),
    pytest.param(
        "The Polish navy commander, Admiral Jan Nowak, said 30 drones were shot down.",
        "Jan Nowak",
        "commander",
        "Polish Navy",
        id="a-service-after-a-country-adjective",
    ),
    pytest.param(
        "Ukraine's defence economist, Petro Hrab, said 30 drones were shot down.",
        "Petro Hrab",
        "defence economist",
        "Ukraine",
        id="negative-a-field-before-a-title-stays-part-of-the-title",
    ),
    pytest.param(
        "The Danish Ministry of Defence has ordered 40 trucks. The trucks will be built in "
        "Aarhus. The first will arrive in May. Each carries a crane. The order is the largest "
        "in a decade. State Secretary Mette Lund said more would follow.",
        "Mette Lund",
        "State Secretary",
        "Danish Ministry of Defence",
        id="a-government-title-takes-the-ministry-the-article-named-sentences-before",
    ),
    pytest.param(
        "The Minister for the Armed Forces, Clara Ashworth, said recruiting had risen. "
        "A Ministry of Defence spokesperson later gave the figures.",
        "Clara Ashworth",
        "Minister for the Armed Forces",
        "Ministry of Defence",
        id="a-portfolio-of-the-ministry-named-after-the-title",
    ),
    pytest.param(
        "The Danish Ministry of Defence has ordered 40 trucks. Finance Minister Mette Lund "
        "said the money was there.",
        "Mette Lund",
        "Finance Minister",
        "Denmark",
        id="negative-a-minister-of-another-domain-takes-the-country-not-the-ministry",
    ),
    pytest.param(
        "The Danish Ministry of Finance has set the budget. The trucks will be built in "
        "Aarhus. The first will arrive in May. Each carries a crane. The order is the largest "
        "in a decade. Defence Minister Mette Lund said more would follow.",
        "Mette Lund",
        "Defence Minister",
        "Denmark",
        id="negative-a-title-with-its-portfolio-takes-no-distant-ministry-of-another",
    ),
    pytest.param(
        "The Danish Ministry of Defence has ordered 40 trucks. The trucks will be built in "
        "Aarhus. The first will arrive in May. Each carries a crane. The order is the largest "
        "in a decade. Prime Minister Mette Lund said more would follow.",
        "Mette Lund",
        "Prime Minister",
        "Denmark",
        id="negative-a-head-of-government-takes-no-ministry",
    ),
    pytest.param(
        "Penhallow Marine has won a contract to build two ferries for the coastguard, the "
        "Ministry of Transport announced. \u201cThis is a good day,\u201d said Ruth Tamsett, "
        "the yard's managing director.",
        "Ruth Tamsett",
        "managing director",
        "Penhallow Marine",
        id="the-yard-that-owns-a-title-is-the-last-company-named-not-the-last-body",
    ),
    pytest.param(
        "Lena Ek, 54, a defence analyst at the Nordic Institute for Defence Studies, said "
        "exports fell.",
        "Lena Ek",
        "defence analyst",
        "Nordic Institute for Defence Studies",
        id="an-age-in-apposition-is-skipped-for-the-description-after-it",
    ),
    pytest.param(
        "Tomas Berglund, a member of the committee, asked about the trucks.",
        "Tomas Berglund",
        "member",
        None,
        id="a-member-of-an-unnamed-committee-is-a-role",
    ),
    pytest.param(
        "Shadow Defence Secretary Owen Pritchard claimed the fleet was too small.",
        "Owen Pritchard",
        "Shadow Defence Secretary",
        None,
        id="a-shadow-office-is-its-own-title",
    ),
    pytest.param(
        "Vessberg Optronik, Sweden's largest lens maker, says output will double. Its managing "
        "director, Lena Ek, told a radio station that the firm was hiring.",
        "Lena Ek",
        "managing director",
        "Vessberg Optronik",
        id="a-name-in-apposition-to-a-maker-is-an-organisation-not-a-person",
    ),
    pytest.param(
        "Marta Lind, the director of the radar and sonar programme at Vessel Works, said "
        "the yard would build 12 hulls a year.",
        "Marta Lind",
        "director of the radar and sonar programme",
        "Vessel Works",
        id="an-of-phrase-with-and-inside-stays-part-of-the-title",
    ),
    pytest.param(
        "Omar Haddad, head of research and a former naval officer, said output fell.",
        "Omar Haddad",
        "head of research",
        None,
        id="negative-an-and-starting-another-description-ends-the-title",
    ),
    pytest.param(
        "Jon Berg, chairman of the board and chief executive of Kalder Group, said sales rose.",
        "Jon Berg",
        "chairman",
        "Kalder Group",
        id="negative-an-and-starting-another-title-ends-the-of-phrase",
    ),
    pytest.param(
        "Anna Keller, the minister for coastal defence, said the navy would buy 12 boats.",
        "Anna Keller",
        "minister for coastal defence",
        None,
        id="a-minister-s-portfolio-in-lower-case-is-part-of-the-title",
    ),
    pytest.param(
        "Omar Haddad, the spokesman for the union, said 400 jobs were at risk.",
        "Omar Haddad",
        "spokesman",
        None,
        id="negative-a-for-phrase-after-a-title-that-is-no-minister-is-no-portfolio",
    ),
    pytest.param(
        "Mara Sand, a spokeswoman for the Dock and Harbour Workers' Union, said 400 jobs "
        "were at risk.",
        "Mara Sand",
        "spokeswoman",
        "Dock and Harbour Workers' Union",
        id="a-plural-possessive-inside-an-organisation-s-name-is-part-of-it",
    ),
    pytest.param(
        "Dr Anna Berg, a senior fellow at the Oslo-based Centre for Naval Studies, said "
        "sales rose.",
        "Anna Berg",
        "senior fellow",
        "Centre for Naval Studies",
        id="a-place-glued-to-based-is-no-organisation",
    ),
    pytest.param(
        "Karl Moss, head of radar at the Swedish-Danish missile maker Norvik Systems, said "
        "output rose.",
        "Karl Moss",
        "head of radar",
        "Norvik Systems",
        id="demonyms-joined-by-a-hyphen-before-a-noun-are-no-organisation",
    ),
    pytest.param(
        "Kerrow Dynamics reported higher sales. Finance director Mia Sund said the "
        "company now expected growth.",
        "Mia Sund",
        "Finance director",
        "Kerrow Dynamics",
        id="a-noun-opening-a-sentence-before-a-company-title-is-part-of-it",
    ),
    pytest.param(
        "Ola Lunn, regional secretary of the Miners' Federation, said overtime had doubled.",
        "Ola Lunn",
        "regional secretary",
        "Miners' Federation",
        id="an-adjective-that-places-the-office-is-part-of-the-title",
    ),
    pytest.param(
        "Regional union secretary Ben Carr of the United Dock Workers said pay was low.",
        "Ben Carr",
        "Regional union secretary",
        "United Dock Workers",
        id="a-body-word-inside-a-ranked-title-and-the-body-after-the-name",
    ),
    pytest.param(
        "Defence spokesman Per Vollan of the Coastal Party said pay was low.",
        "Per Vollan",
        "Defence spokesman",
        "Coastal Party",
        id="an-of-organisation-after-a-titled-name",
    ),
    pytest.param(
        "Senator Ann Lee of Ohio said pay was low.",
        "Ann Lee",
        "Senator",
        None,
        id="negative-an-of-place-after-a-titled-name-is-no-organisation",
    ),
    pytest.param(
        "Lena Ek, an outspoken analyst at the Nordic Institute for Defence Studies, "
        "said exports fell.",
        "Lena Ek",
        "analyst",
        "Nordic Institute for Defence Studies",
        id="negative-a-writer-s-adjective-is-not-part-of-the-title",
    ),
    pytest.param(
        "Tom Vale, the agency's senior analyst for coastal fleets, said costs rose.",
        "Tom Vale",
        "senior analyst for coastal fleets",
        None,
        id="a-lower-case-field-after-for-is-part-of-the-title",
    ),
    pytest.param(
        "Retired Rear Admiral Leo Stam, a former Navy head of surface warfare, said output rose.",
        "Leo Stam",
        "former Navy head of surface warfare",
        None,
        id="a-former-office-keeps-its-words-and-speaks-for-no-organisation",
    ),
    pytest.param(
        "Brigadier General Ivo Rand, deputy chief of the General Staff, said output rose.",
        "Ivo Rand",
        "deputy chief of the General Staff",
        "General Staff",
        id="a-longer-title-starting-inside-the-first-one-extends-it",
    ),
    pytest.param(
        "Penhallow Marine will hire 300 workers at its Ebbwick plant. Plant manager Oline "
        "Brekstad said orders had tripled.",
        "Oline Brekstad",
        "Plant manager",
        "Penhallow Marine",
        id="a-plant-manager-speaks-for-the-company",
    ),
    pytest.param(
        "Poland will triple output, Deputy Minister of National Defence Jan Wolak said on Tuesday.",
        "Jan Wolak",
        "Deputy Minister of National Defence",
        "Ministry of National Defence",
        id="a-minister-s-title-naming-the-ministry-gives-it-as-the-organisation",
    ),
    pytest.param(
        "Senator Ann Lee, a member of the Senate Armed Services Committee, said costs rose.",
        "Ann Lee",
        "member",
        "Senate Armed Services Committee",
        id="a-seat-gives-way-to-an-office-in-a-named-body",
    ),
    pytest.param(
        "Senator Ann Lee, a Republican from Kansas, said costs rose.",
        "Ann Lee",
        "Senator",
        None,
        id="negative-a-seat-stays-when-the-apposition-names-no-office",
    ),
    pytest.param(
        "The yearbook of the Kelmore Institute for Security Studies (KISS) came out. "
        '"It is large," said Ida Berg, a senior researcher at the Kelmore Institute.',
        "Ida Berg",
        "senior researcher",
        "Kelmore Institute for Security Studies",
        id="a-short-name-takes-the-full-name-the-article-gave-first",
    ),
    pytest.param(
        "Mara Lind, the co-founder of Vexa Systems, spoke. Today Vexa employs 240 "
        "people. Vexa's chief financial officer Tom Bell said the firm would grow.",
        "Tom Bell",
        "chief financial officer",
        "Vexa Systems",
        id="a-word-opening-a-sentence-is-not-part-of-a-name",
    ),
    pytest.param(
        "Ostavia's Ministry of Defence held its weekly briefing. Spokesperson Ines Kor "
        "said deliveries had tripled.",
        "Ines Kor",
        "Spokesperson",
        "Ministry of Defence",
        id="a-spokesperson-speaks-for-the-ministry-named-before",
    ),
    pytest.param(
        "Lena Ek, the co-founder and chief executive of Vexa Systems, told investors sales rose.",
        "Lena Ek",
        "co-founder and chief executive",
        "Vexa Systems",
        id="two-company-offices-held-together-are-one-role",
    ),
    pytest.param(
        "Ada Holm, a military analyst and historian, said the fleet was too small.",
        "Ada Holm",
        "military analyst",
        None,
        id="negative-a-description-beside-a-title-is-not-a-second-office",
    ),
    pytest.param(
        "The U.S. has asked for more interceptors. Lt. Gen. Sam Ekberg, the Army's top "
        "uniformed acquisition officer, said output rose.",
        "Sam Ekberg",
        "top uniformed acquisition officer",
        "U.S. Army",
        id="a-bare-service-takes-the-country-as-the-article-abbreviates-it",
    ),
    pytest.param(
        "Poland has asked for more shells. General Jan Nowak, the Army's chief of logistics, "
        "said output rose.",
        "Jan Nowak",
        "chief of logistics",
        "Polish Army",
        id="a-bare-service-takes-the-country-s-demonym",
    ),
    pytest.param(
        "Rep. Luis Vega, a Texas Democrat, said the bill was too big.",
        "Luis Vega",
        "Representative",
        None,
        id="a-title-written-short-is-given-in-full",
    ),
    pytest.param(
        "Lt. Gen. Tom Lunn, the head of the Northern Command, said the bill was too big.",
        "Tom Lunn",
        "head",
        "Northern Command",
        id="a-rank-written-short-gives-way-to-an-apposition",
    ),
    pytest.param(
        "Kelso Aerostructures will hire 300 workers at its Ebbwick plant, the company said. "
        "Plant manager Oline Brekstad said orders had tripled.",
        "Oline Brekstad",
        "Plant manager",
        "Kelso Aerostructures",
        id="a-company-title-takes-the-company-that-owns-its-plant",
    ),
    pytest.param(
        "Plant manager Oline Brekstad said orders had tripled.",
        "Oline Brekstad",
        "Plant manager",
        None,
        id="negative-a-company-title-with-no-company-named-has-none",
    ),
    pytest.param(
        "Poland wants Europe to buy more shells. Europe buys too few, and Europe pays too "
        "much, Deputy Prime Minister Ivo Sarn said.",
        "Ivo Sarn",
        "Deputy Prime Minister",
        "Poland",
        id="a-region-named-most-is-not-the-minister-s-country",
    ),
    pytest.param(
        "Kenya will buy six patrol boats from Spain's Navalia Yards, Defence Minister Joseph "
        "Mwangi said on Monday. Kenya has not bought a warship since 2004.",
        "Joseph Mwangi",
        "Defence Minister",
        "Kenya",
        id="a-minister-s-country-is-the-one-the-article-is-about-beyond-the-big-military-powers",
    ),
    pytest.param(
        "Helen Dunlop, Rosyth convenor for the Boilermakers' Guild, said 300 welders had "
        "left since spring.",
        "Helen Dunlop",
        "convenor",
        "Boilermakers' Guild",
        id="a-union-office-in-apposition-gives-role-and-union",
    ),
    pytest.param(
        "Commodore Ruth Abelard said the squadron would sail with four frigates.",
        "Ruth Abelard",
        "Commodore",
        None,
        id="a-naval-rank-before-the-name-is-the-role",
    ),
    pytest.param(
        "Tomasz Wilk, an equity analyst at Harbury Securities, said the order book had doubled.",
        "Tomasz Wilk",
        "equity analyst",
        "Harbury Securities",
        id="a-kind-of-analyst-keeps-its-field",
    ),
    pytest.param(
        "GLASGOW, March 5 - Tarbrook Shipbuilding Group reported a 12% rise in profit on "
        "Thursday.\n\nChief financial officer Rajiv Mehta said the group would invest 300 "
        "million pounds.",
        "Rajiv Mehta",
        "Chief financial officer",
        "Tarbrook Shipbuilding Group",
        id="a-company-the-tagger-missed-after-a-dateline-is-the-company-of-its-officers",
    ),
    pytest.param(
        "GLASGOW, March 5 - Tarbrook Harbour reported a 12% rise in traffic on Thursday."
        "\n\nChief financial officer Rajiv Mehta said the port would invest 300 million "
        "pounds.",
        "Rajiv Mehta",
        "Chief financial officer",
        None,
        id="negative-an-untagged-name-that-names-no-company-is-not-one",
    ),
    pytest.param(
        "Opposition defence spokesman Nils Vollan said the plan was late.",
        "Nils Vollan",
        "defence spokesman",
        None,
        id="negative-a-word-opening-the-sentence-away-from-the-title-stays-out",
    ),
    pytest.param(
        "Halvik Marine, a Danish maker of patrol boats, doubled its staff. The Harbour "
        "Gazette spoke to its chief executive, Ole Brandt, at the yard.",
        "Ole Brandt",
        "chief executive",
        "Halvik Marine",
        id="the-outlet-that-interviews-is-not-what-its-names",
    ),
    pytest.param(
        "Q&A: Tessmer Optronics chief executive Lina Roos\n\nTessmer Optronics makes "
        "thermal sights in Graz.",
        "Lina Roos",
        "chief executive",
        "Tessmer Optronics",
        id="a-company-named-again-right-before-a-company-title",
    ),
    pytest.param(
        "Tomas Lind, a retired Swedish air force colonel, said the jets were old.",
        "Tomas Lind",
        "retired Swedish air force colonel",
        None,
        id="retired-like-former-holds-no-organisation",
    ),
    pytest.param(
        "The U.S. Navy wants more tugs. Rear Adm. Dana Korr, director of fleet logistics "
        "for towing and salvage, said two were late.",
        "Dana Korr",
        "director of fleet logistics for towing and salvage",
        "U.S. Navy",
        id="a-naval-rank-speaks-for-the-navy-the-article-writes",
    ),
    pytest.param(
        "Retired Vice Adm. Olav Brun said the tugs were late.",
        "Olav Brun",
        "Vice Admiral",
        None,
        id="negative-a-retired-admiral-speaks-for-no-navy",
    ),
    pytest.param(
        "Oskar Brenn, director for training, doctrine and readiness at the Maravian "
        "Defence Staff, said troops were short.",
        "Oskar Brenn",
        "director for training, doctrine and readiness",
        "Maravian Defence Staff",
        id="a-listed-field-runs-past-its-commas",
    ),
    pytest.param(
        "Officials of the U.S. Army and the Department of the Army met. Maj. Gen. Ruth Dahl, "
        "the Army's director of test ranges, said the range was full.",
        "Ruth Dahl",
        "director of test ranges",
        "U.S. Army",
        id="the-service-s-title-takes-the-service-not-the-department",
    ),
    pytest.param(
        "The Senate Budget Committee met on Monday. Sen. Clara Voss of Vermont, the "
        "committee's ranking Republican, said costs rose.",
        "Clara Voss",
        "ranking Republican",
        "Senate Budget Committee",
        id="apposition-after-the-home-state",
    ),
    pytest.param(
        "Brenmoor Systems, the Scottish maker of radars, reported higher sales, Norwegian "
        "Defence Minister Arne Lie said.\n\nFinance director Ola Nyberg said costs would "
        "rise.",
        "Ola Nyberg",
        "Finance director",
        "Brenmoor Systems",
        id="a-title-s-first-word-tagged-as-a-name-is-neither-title-nor-company",
    ),
    pytest.param(
        "The director of the Naval Studies Programme at the Tallmark Institute, Sara Ek, "
        "said ships cost more.",
        "Sara Ek",
        "director of the Naval Studies Programme",
        "Tallmark Institute",
        id="a-unit-of-the-body-named-after-it-is-part-of-the-title",
    ),
    pytest.param(
        "Per Lund, head of the Oslo Coastal Agency, said the fence was done.",
        "Per Lund",
        "head",
        "Oslo Coastal Agency",
        id="negative-a-body-that-is-no-unit-stays-the-organisation",
    ),
]


DESCRIPTION_CASES += [
    pytest.param(
        "At dawn in Pentreath, Alys Penrose tours the dry dock with a clipboard. The chief "
        "executive of Brackley Shipyards remembers the name of almost every riveter. Penrose "
        "says the yard now finishes a hull in 15 months.",
        "Alys Penrose",
        "chief executive",
        "Brackley Shipyards",
        id="a-title-subject-after-the-sentence-of-a-name-describes-that-person",
    ),
    pytest.param(
        "Brackley Shipyards builds ferries and frigates. Alys Penrose tours the dry dock each "
        "day. The chief executive remembers the name of almost every riveter. Penrose says the "
        "yard now finishes a hull in 15 months.",
        "Alys Penrose",
        "chief executive",
        "Brackley Shipyards",
        id="a-company-title-describing-the-person-named-before-is-at-the-article-s-company",
    ),
    pytest.param(
        "Alys Penrose criticised the merger on Monday. The chief executive of Brackley "
        "Shipyards, Tom Bell, rejected the criticism.",
        "Alys Penrose",
        None,
        None,
        id="negative-a-title-with-its-own-name-describes-someone-else",
    ),
    pytest.param(
        "Fennoris Robotics, founded by Ilse Marden in a rented garage in 2021, assembles 900 "
        "drones a month. Marden said the company would double its output by 2027.",
        "Ilse Marden",
        "founder",
        "Fennoris Robotics",
        id="the-name-a-body-was-founded-by-is-its-founder",
    ),
]


DESCRIPTION_CASES += [
    pytest.param(
        "Corin Ferrol, who heads the Oskarian Procurement Office, told reporters that 18 "
        "trucks had been delivered so far.",
        "Corin Ferrol",
        "head",
        "Oskarian Procurement Office",
        id="the-head-of-a-body-named-on-its-own-is-head-at-that-body",
    ),
    pytest.param(
        "Brigadier Aldric Penwarden, who commands the 14th Mechanised Brigade at Wrenfield "
        "Camp, said the unit would need 9 million euros for new barracks.",
        "Aldric Penwarden",
        "commander",
        "14th Mechanised Brigade",
        id="a-commander-of-a-named-unit-is-at-that-unit-not-its-place",
    ),
]


DESCRIPTION_CASES += [
    pytest.param(
        "The fleet plan is late, said retired Rear Admiral Teo Brannick, who led the "
        "submarine flotilla until 2018.",
        "Teo Brannick",
        "retired Rear Admiral",
        None,
        id="retired-before-a-rank-is-part-of-the-role-and-speaks-for-no-service",
    ),
    pytest.param(
        "Ilse Marrow, a former head of purchasing at the Army Stores Agency, told the "
        "tribunal that 19 orders had been divided up.",
        "Ilse Marrow",
        "former head of purchasing",
        None,
        id="a-former-office-speaks-for-its-body-no-more",
    ),
    pytest.param(
        "Lance Corporal Mira Dunn, 24, who joined from a college course, said she earns "
        "2,100 pounds a month.",
        "Mira Dunn",
        "Lance Corporal",
        None,
        id="a-junior-rank-of-two-words-before-a-name-is-the-role",
    ),
    pytest.param(
        "Petty Officer Lena Kross said the ship carries 40 missiles.",
        "Lena Kross",
        "Petty Officer",
        None,
        id="a-naval-rating-s-rank-is-the-role-whole",
    ),
    pytest.param(
        "Major Ivo Brant said 30 recruits had left.",
        "Ivo Brant",
        "Major",
        None,
        id="a-major-before-a-name-is-a-rank",
    ),
]


DESCRIPTION_CASES += [
    pytest.param(
        "The chamber argued over the shell budget on Thursday. Speaking for the ruling Meadow "
        "Party, deputy Anka Tallis said the army held 38,000 rounds.",
        "Anka Tallis",
        "deputy",
        "Meadow Party",
        id="speaking-for-a-party-gives-the-party",
    ),
    pytest.param(
        "The chamber argued over the shell budget on Thursday. Petr Lasko, deputy chair of the "
        "budget committee and a Harbour Party deputy, said the works had 1,150 staff.",
        "Petr Lasko",
        "deputy chair of the budget committee",
        "Harbour Party",
        id="a-party-named-before-a-party-title-in-a-second-office",
    ),
    pytest.param(
        "Emil Brandl, a backbencher whose seat includes the shipyard, said 250 jobs were at risk.",
        "Emil Brandl",
        "backbencher",
        None,
        id="an-apposition-ends-at-whose",
    ),
    pytest.param(
        "The committee met on Tuesday. The Auditor General, Juno Sollberg, told it that 11 of "
        "the 17 contracts had run over budget.",
        "Juno Sollberg",
        "Auditor General",
        None,
        id="auditor-general-is-one-title-not-a-rank",
    ),
    pytest.param(
        "Chancellor Vestrand Pell of Ravia said her government had doubled the defence budget "
        "in four years.",
        "Vestrand Pell",
        "Chancellor",
        "Ravia",
        id="a-head-of-government-of-a-state-speaks-for-it",
    ),
    pytest.param(
        "Danvik Kettering, a senior lawmaker from the Meadowlark Party, told reporters the "
        "programme was 40 percent over budget.",
        "Danvik Kettering",
        "senior lawmaker",
        "Meadowlark Party",
        id="a-lawmaker-from-a-party-speaks-for-it",
    ),
    pytest.param(
        "Senator Danvik Kettering of Ravia said the programme was 40 percent over budget.",
        "Danvik Kettering",
        "Senator",
        None,
        id="negative-a-legislator-s-state-is-a-seat",
    ),
    pytest.param(
        "Kestrin Robotics raised 40 million euros from Rookhaven Capital last year. Selwyn "
        "Tarrant, the Rookhaven partner who joined Kestrin's board in May, said the firm now built "
        "900 drones a month.",
        "Selwyn Tarrant",
        "partner",
        "Rookhaven Capital",
        id="a-body-s-first-word-before-a-title-is-the-body-named-in-full",
    ),
    pytest.param(
        "The governing Emberly Party holds a majority of 12 seats. Hollis Penrose, an Emberly "
        "backbencher, said the orders would bring 2,500 jobs to the coast.",
        "Hollis Penrose",
        "backbencher",
        "Emberly Party",
        id="a-party-s-first-word-before-a-title",
    ),
    pytest.param(
        "The activist fund Wyecliff Holdings owns 6 percent of the yard. Marlowe Greave, an "
        "analyst at the fund, told shareholders research spending had fallen by 10 percent.",
        "Marlowe Greave",
        "analyst",
        "Wyecliff Holdings",
        id="the-fund-is-the-body-introduced-with-that-word",
    ),
    pytest.param(
        "The Thorncastle Procurement Inquiry resumed on Monday. Corwen Ashdown, counsel to the "
        "inquiry, said 31 of the 44 contracts had been awarded without a tender.",
        "Corwen Ashdown",
        "counsel",
        "Thorncastle Procurement Inquiry",
        id="counsel-to-the-inquiry-is-at-the-inquiry-named-before",
    ),
    pytest.param(
        "Vesper Ravel, who chairs parliament's trade committee, told the chamber the order was 5 "
        "percent over budget.",
        "Vesper Ravel",
        "chair of the trade committee",
        "parliament's trade committee",
        id="chairs-parliament-s-committee-as-written",
    ),
    pytest.param(
        "Bexley Pollard, an adviser to the minister, said 40 percent of the budget was spent.",
        "Bexley Pollard",
        "adviser",
        None,
        id="negative-an-adviser-to-a-person-is-at-no-body",
    ),
    pytest.param(
        "The Pellarian Defence Force wants 6,000 new recruits this year. The regional "
        "commander, Brigadier Oriel Tellan, says the north has sent 980 recruits to the depots "
        "this spring.",
        "Oriel Tellan",
        "regional commander",
        "Pellarian Defence Force",
        id="a-commander-with-no-body-is-in-the-force-the-article-named",
    ),
    pytest.param(
        "The Pellarian Defence Force wants 6,000 new recruits this year. Brigadier Oriel "
        "Tellan, the commander of the Oskarsund Brigade, says the north has sent 980 recruits "
        "to the depots this spring.",
        "Oriel Tellan",
        "commander",
        "Oskarsund Brigade",
        id="negative-a-commander-of-a-named-unit-stays-at-the-unit",
    ),
    pytest.param(
        "Workers at the Aldway plant walked out on Monday. Ilvar, a lorry driver, told the picket "
        "line his pay had risen by only 2 percent in three years.",
        "Ilvar",
        "lorry driver",
        None,
        id="a-worker-named-by-a-given-name-with-a-trade-in-apposition",
    ),
    pytest.param(
        "Workers at the Aldway plant walked out on Monday. Ilvar, a retired lorry driver, told "
        "the picket line his pension had risen by only 2 percent in three years.",
        "Ilvar",
        "retired lorry driver",
        None,
        id="a-participle-before-the-trade-describes-it",
    ),
    pytest.param(
        "Marit Kovalenko has built radar for twenty years. A principal engineer at the "
        "Harlow Sensor Laboratory, she wrote its survey of drone detection.",
        "Marit Kovalenko",
        "principal engineer",
        "Harlow Sensor Laboratory",
        id="a-description-opening-the-sentence-of-a-pronoun-subject",
    ),
    pytest.param(
        "Marit Kovalenko has built radar for twenty years. A week later, she wrote a survey "
        "of drone detection.",
        "Marit Kovalenko",
        None,
        None,
        id="negative-a-time-opening-the-sentence-is-no-description",
    ),
]


@pytest.mark.parametrize("text, name, role, org", DESCRIPTION_CASES)
def test_role_and_organisation_from_the_words_around_a_name(nlp, text, name, role, org):
    tracker = SpeakerTracker(nlp(text))
    assert name in tracker.persons, f"{name!r} not found: {list(tracker.persons)}"
    person = tracker.persons[name]
    assert (person.role, person.organization) == (role, org)


def _speakers_where(nlp, text, words):
    """The speaker's name (None for none) of each record whose sentence holds `words`."""
    from pipeline.extract.claims import extract_drafts

    return [
        d.speaker.name if d.speaker else None
        for d in extract_drafts(nlp(text))
        if words in d.sentence.text
    ]


def _speaker_of(nlp, text, sentence_start):
    from pipeline.extract.claims import extract_drafts

    found = {
        d.sentence.text: d.speaker.name
        for d in extract_drafts(nlp(text))
        if d.speaker is not None and d.cue is not None
    }
    hits = [name for sent, name in found.items() if sent.startswith(sentence_start)]
    assert hits, f"no attributed record for {sentence_start!r}: {found}"
    return hits[0]


def test_a_name_after_a_quotation_with_a_title_in_apposition_is_a_person(nlp):
    """'"...," X Y, the bureau's head of statistics, told reporters': a person, however the
    model tagged the name (an unfamiliar one may come out as a work of art or a place)."""
    text = (
        '"Orders for frigates have doubled since 2022," Daichi Ono, the bureau\'s head of '
        "statistics, told reporters."
    )
    assert _speaker_of(nlp, text, '"Orders for frigates') == "Daichi Ono"


@pytest.mark.parametrize(
    "opening, person",
    [
        pytest.param(
            "Bartek Zielony has been Ostavia's national procurement director since 2022",
            "Bartek Zielony",
            id="a-name-the-model-tags-as-a-body-is-a-person-with-a-title-as-attribute",
        ),
        pytest.param(
            "The Zielony Group has been Ostavia's main supplier since 2022",
            None,
            id="negative-a-body-with-no-title-as-attribute-is-no-person",
        ),
    ],
)
def test_a_name_whose_attribute_is_a_title_is_a_person(nlp, opening, person):
    """ "X Y has been Z's procurement director": X Y is a person, whatever the model tagged
    the name, and the interview that follows is theirs."""
    text = (
        f"{opening}, and the budget has doubled since then. He spoke to us at the "
        "depot.\n\nHow big is the budget?\n\nIt is 2.1 billion euros, twice what it "
        "was.\n\nCan you spend it?\n\nWe spent 96 percent of it last year.\n"
    )
    if person is None:
        from pipeline.extract.claims import extract_drafts

        names = {d.speaker.name for d in extract_drafts(nlp(text)) if d.speaker is not None}
        assert "Zielony Group" not in names and "The Zielony Group" not in names
    else:
        assert _speaker_of(nlp, text, "It is 2.1 billion") == person


def test_a_pronoun_of_the_other_gender_than_the_article_gave_a_person_is_not_theirs(nlp):
    """A name that tells no gender ("Kwon Soo-ah") is named "she" by the article: a later
    "he" with no one else named is not her."""
    from pipeline.extract.claims import extract_drafts

    text = (
        "Rear Admiral Kwon Soo-ah, the navy's deputy chief, told a forum that the frigates "
        'would carry 32 cells. "We are not racing anyone," she said.\n\nA historian '
        'disagreed. "Their yards build a hull in 26 months, and ours need 40," he said.'
    )
    speakers = {
        d.sentence.text[:12]: d.speaker.name if d.speaker else None
        for d in extract_drafts(nlp(text))
    }
    assert speakers['"We are not '] == "Kwon Soo-ah"
    assert speakers['"Their yards'] != "Kwon Soo-ah"


def test_a_company_whose_first_word_the_tagger_took_for_a_people(nlp):
    """ "Talvik" tagged NORP before an untagged "Robotics": the company Talvik Robotics,
    which "the company" then names."""
    text = (
        "Halla Berge and Ines Maro founded Talvik Robotics in 2021. This year the company "
        "said revenue would be about 14 million euros."
    )
    doc = nlp(text)
    at = {t.text: t.i for t in doc}
    doc.ents = [
        Span(doc, at["Halla"], at["Halla"] + 2, label="PERSON"),
        Span(doc, at["Ines"], at["Ines"] + 2, label="PERSON"),
        Span(doc, at["Talvik"], at["Talvik"] + 1, label="NORP"),
    ]
    tracker = SpeakerTracker(doc)
    [company] = [t for t in doc if t.text == "company"]
    assert [s.name for s in tracker.resolve(company, describe=True)] == ["Talvik Robotics"]


# (text, the short forms it defines)
SHORT_FORM_CASES = [
    pytest.param(
        "A study by the Nordic Institute for Defence Studies (NIDS) found more.",
        {"NIDS": "Nordic Institute for Defence Studies"},
        id="initials-of-the-capitalised-words",
    ),
    pytest.param(
        "The Agence Baltique-Presse (ABP) reported it.",
        {"ABP": "Agence Baltique-Presse"},
        id="a-hyphenated-word-gives-an-initial-per-part",
    ),
    pytest.param(
        "The Office for Arms Control and Export Licensing (OACEL) said so.",
        {"OACEL": "Office for Arms Control and Export Licensing"},
        id="function-words-are-skipped",
    ),
    pytest.param(
        "The ministry (MoD) and the army (UA) said so.",
        {},
        id="negative-lower-case-words-define-no-short-form",
    ),
]


@pytest.mark.parametrize("text, expected", SHORT_FORM_CASES)
def test_short_forms_an_article_defines(text, expected):
    from pipeline.extract.speakers import acronyms

    assert acronyms(text) == expected


# (text, start of the sentence to look at, the speaker expected for it)
ORGANISATION_CASES = [
    pytest.param(
        "Brodsky Shipyards raised its forecast on Monday. Its annual report says sales rose "
        "12 percent.",
        "Its annual report",
        "Brodsky Shipyards",
        id="its-document-is-the-body-s-named-before",
    ),
    pytest.param(
        "A report by the Harnfield Centre for Naval Analysis counts 40 submarines in the region.",
        "A report by",
        "Harnfield Centre for Naval Analysis",
        id="a-body-s-name-the-parser-split-after-for-stays-whole",
    ),
    pytest.param(
        "A survey by Corvin Research for the Weekly Sentinel, published on Sunday, found "
        "that 58 percent of voters backed the plan.",
        "A survey by",
        "Corvin Research",
        id="a-poll-made-for-a-newspaper-is-the-pollster-s",
    ),
    pytest.param(
        "A survey by the Corvin Institute for Security Studies, published on Sunday, found "
        "that 58 percent of voters backed the plan.",
        "A survey by",
        "Corvin Institute for Security Studies",
        id="negative-a-name-that-goes-on-after-for-stays-whole",
    ),
    pytest.param(
        "Portugal will buy 300 radars, the Ministry of National Defence said on Monday. "
        "Portugal has 20 now.",
        "Portugal will buy",
        "Ministry of National Defence",  # (the article's state's, as the article names it)
        id="ministry-takes-the-article-country",
    ),
    pytest.param(
        "Kenya will buy ships, the UK Ministry of Defence said. "
        "The ministry said the ships cost £40m.",
        "The ministry said",
        "UK Ministry of Defence",
        id="the-ministry-is-the-one-named-with-its-country-as-written",
    ),
    pytest.param(
        "Greece's defence ministry has said it will buy 2,000 drones.",
        "Greece's defence ministry",
        "Greek Ministry of Defence",
        id="country-possessive-ministry",
    ),
    pytest.param(
        "Portugal will buy 300 radars, the Ministry of National Defence said on Monday. "
        "A defence ministry spokesperson said the first 40 would arrive in May.",
        "A defence ministry spokesperson",
        "defence ministry spokesperson",  # (its organisation: the typed-person test)
        id="unnamed-spokesperson-is-typed-by-the-ministry-named-before",
    ),
    pytest.param(
        "Greece's defence minister, Nikos Pappas, said in May that Greece would buy 40 tanks. "
        "On Tuesday his ministry said Cyprus would receive 12 of them.",
        "On Tuesday his ministry",
        "Greek Ministry of Defence",
        id="his-ministry-is-the-ministers-ministry",
    ),
    pytest.param(
        "A spokesman for Norway's state fisheries agency said catches fell 20%.",
        "A spokesman for",
        "spokesman for Norway's state fisheries agency",
        id="unnamed-spokesperson-for-a-country-agency",
    ),
    pytest.param(
        "The Oslo Maritime Institute published a report on Monday. "
        "The report's authors say Norway has 40 ships.",
        "The report's authors",
        "Oslo Maritime Institute",
        id="report-authors-are-its-publisher",
    ),
    pytest.param(
        "A study by the Lisbon Centre for Naval Research counts 300 hulls. "
        "The authors estimate that 30% are idle.",
        "The authors estimate",
        "Lisbon Centre for Naval Research",
        id="the-authors-of-the-study-named-before",
    ),
    pytest.param(
        "A document on the Peter Weber campaign's website states that couples would receive "
        "six weeks of leave.",
        "A document on",
        "document",
        id="a-document-is-not-written-by-what-it-is-about",
    ),
    pytest.param(
        "A report by Peter Weber finds that 40% of ships are idle.",
        "A report by",
        "Peter Weber",
        id="a-document-is-written-by-its-author",
    ),
    pytest.param(
        "The U.S. Army Corps of Engineers said the levee would cost 40 million dollars.",
        "The U.S. Army Corps",
        "U.S. Army Corps of Engineers",
        id="organisation-named-after-a-country-is-not-the-country",
    ),
    pytest.param(
        "A spokesman for the Polish Armaments Group said 40 tanks were ready.",
        "A spokesman for",
        "spokesman for the Polish Armaments Group",
        id="unnamed-spokesperson-for-a-named-organisation",
    ),
    pytest.param(
        "France's Naval Group said its yards could build eight frigates a year.",
        "France's Naval Group",
        "Naval Group",
        id="an-organisation-owned-by-a-country-is-the-organisation",
    ),
    pytest.param(
        "Germany's defence ministry said its yards could build eight frigates a year.",
        "Germany's defence ministry",
        "German Ministry of Defence",
        id="negative-a-country-s-ministry-keeps-its-country",
    ),
    pytest.param(
        "Spending on the fleet hit $2 billion by June, a UK DEFENCE WATCH review found.",
        "Spending on the fleet",
        "UK DEFENCE WATCH",
        id="a-name-in-capitals-cut-after-a-country-is-an-organisation",
    ),
    pytest.param(
        "The USA said that gifts to the fund hit $2 billion by June.",
        "The USA said",
        "United States",
        id="negative-a-country-alone-stays-the-country",
    ),
    pytest.param(
        "Analysts at the Oslo brokerage Fjell & Berg said the shares would rise 10%.",
        "Analysts at",
        "Fjell & Berg",
        id="group-at-an-untagged-firm-is-the-firm",
    ),
    pytest.param(
        "Workshops build 300 drones a month, according to estimates by the Lviv-based "
        "Association of Airframe Builders.",
        "Workshops build",
        "Association of Airframe Builders",
        id="a-town-before-based-is-where-the-source-is-not-the-source",
    ),
    pytest.param(
        "Estimates by the Association of Airframe Systems Builders put output at 300 drones. "
        "Vessberg, the Malmo-based maker of the Tern-2 drone, delivered 40 systems a week, "
        "the company said.",
        "Vessberg, the",
        "Vessberg",
        id="the-company-is-the-maker-named-in-apposition-after-an-earlier-typed-name",
    ),
    pytest.param(
        "The Nordic Institute for Defence Studies said exports fell by 12%. They added that "
        "40 ships were needed.",
        "They added",
        "Nordic Institute for Defence Studies",
        id="they-after-an-organisation-that-spoke-is-that-organisation",
    ),
    pytest.param(
        "The Nordic Institute for Defence Studies said exports fell by 12%. Analysts at the "
        "bank were unconvinced. They said 40 ships were needed.",
        "They said",
        "Analysts at the bank",
        id="negative-a-nearer-group-is-they-not-the-organisation",
    ),
    pytest.param(
        "Exports fell by 12%, according to the Hudson and Fraser Institute.",
        "Exports fell",
        "Hudson and Fraser Institute",
        id="a-name-cut-before-and-is-joined-again",
    ),
    pytest.param(
        "Anna Berg and the Baltic Institute said 40 drones were seen.",
        "Anna Berg and",
        "Baltic Institute",
        id="negative-an-organisation-after-a-person-and-the-is-not-joined-to-her",
    ),
    pytest.param(
        "A Coastal Survey Office spokesman said 40 charts were old.",
        "A Coastal Survey Office spokesman",
        "Coastal Survey Office spokesman",
        id="an-unnamed-spokesman-is-typed-by-the-organisation-named-before-the-title",
    ),
    pytest.param(
        "Output rose by 40% last year, according to the Nordic Institute for Defence Studies "
        "(NIDS). NIDS said output would rise by 20% next year.",
        "NIDS said",
        "Nordic Institute for Defence Studies",
        id="a-short-form-the-article-defines-is-the-organisation-in-full",
    ),
    pytest.param(
        "Anna Berg, an analyst, said exports fell by 12%. Penhallow Marine won a contract for "
        "two ferries on Monday. It said the first would be delivered in 2027 at a cost of £40m.",
        "It said",
        "Penhallow Marine",
        id="it-is-the-organisation-that-was-the-last-subject",
    ),
    pytest.param(
        "The paper reported, citing officials at the transport ministry, that the bridge "
        "cost €40m.",
        "The paper reported",
        "transport ministry officials",
        id="group-at-a-body-described-in-lower-case-stays-a-typed-group",
    ),
    pytest.param(
        "The Royal Danish Navy ordered two ships on Monday. The navy's statement said each "
        "would cost €300m.",
        "The navy's statement",
        "Royal Danish Navy",
        id="a-statement-owned-by-a-body-named-earlier-is-that-body",
    ),
    pytest.param(
        'In a statement, the harbour board said: "The quay will reopen after 40 days of repairs."',
        "In a statement, the harbour board said",
        "harbour board",
        id="a-lower-case-body-tagged-as-a-name-after-a-fronted-phrase-is-a-description",
    ),
    pytest.param(
        "Northland's yards are building submarines half as fast as planned, a defence think "
        "tank said in a study published on Monday.\n\nThe Corvid Institute for Security "
        "Studies found that only three boats were delivered between 2020 and 2024.",
        "Northland's yards",
        "Corvid Institute for Security Studies",
        id="a-lede-s-unnamed-think-tank-is-the-institute-named-as-the-next-subject",
    ),
    pytest.param(
        "Northland's yards are building submarines half as fast as planned, a defence think "
        "tank said in a study published on Monday.\n\nThe Corvid Institute for Security "
        "Studies found that only three boats were delivered between 2020 and 2024.\n\nThe "
        "study also found that two of the navy's eight submarines were in dock.",
        "The study also",
        "Corvid Institute for Security Studies",
        id="the-study-is-the-institute-s-that-said-in-it",
    ),
    pytest.param(
        "Northland's yards are building submarines half as fast as planned, a defence think "
        "tank said on Monday.\n\nThe Corvid Institute and the Helm Institute both criticised "
        "the navy in 2023.",
        "Northland's yards",
        "defence think tank",
        id="negative-two-institutes-named-next-leave-the-think-tank-unnamed",
    ),
    pytest.param(
        "A Geneva-based research group said on Wednesday that drone strikes had tripled "
        "since March.\n\nThe group, the Alder Conflict Monitor, counted 640 strikes in October.",
        "A Geneva-based",
        "Alder Conflict Monitor",
        id="an-unnamed-group-is-the-one-the-same-noun-names-in-apposition-next",
    ),
    pytest.param(
        "A Geneva-based research group said on Wednesday that drone strikes had tripled "
        "since March.\n\nThe group, the Alder Conflict Monitor, counted 640 strikes in October.",
        "The group, the",
        "Alder Conflict Monitor",
        id="a-description-with-a-name-in-apposition-is-the-name",
    ),
    pytest.param(
        "Ostmark spent 2.1% of its economic output on defence last year, according to data "
        "released on Friday by the national statistics agency, Statistik Ostmark.\n\nThe "
        "statistics agency noted that pay took up 48% of the defence budget.",
        "The statistics agency",
        "Statistik Ostmark",
        id="a-description-again-is-the-name-its-first-mention-carried-in-apposition",
    ),
    pytest.param(
        "The Brenner Centre for Strategic Studies said in a report on Tuesday that Velland had "
        "lost 40 tanks.\n\nThe report also estimated that 12 of them could be repaired.",
        "The report also",
        "Brenner Centre for Strategic Studies",
        id="said-in-a-report-makes-the-subject-its-author",
    ),
    pytest.param(
        "Velland spent 40 billion euros on arms last year, according to the yearbook. Eastmark "
        "accounted for 12 percent in the yearbook.\n\nThe yearbook also said that imports "
        "doubled.",
        "The yearbook also",
        "yearbook",
        id="negative-a-verb-that-does-not-report-makes-no-author",
    ),
    pytest.param(
        "An army spokesperson in the capital, Mirelsk, said 30 tanks were lost.",
        "An army spokesperson",
        "army spokesperson",
        id="negative-a-name-in-apposition-to-a-place-is-not-the-person-s",
    ),
    pytest.param(
        "GUMI, South Korea – Daeil Aerospace Industries said on Wednesday that its "
        "net profit rose 18% last year.",
        "GUMI",
        "Daeil Aerospace Industries",
        id="the-place-of-a-dateline-is-not-the-subject-that-speaks",
    ),
    pytest.param(
        "TALLINN, March 4 – The harbour board said 40 ships were delayed.",
        "TALLINN",
        "harbour board",
        id="a-dateline-with-a-date-before-a-described-body",
    ),
    pytest.param(
        "The European Union Satellite Centre said 12 radars had been hit.",
        "The European",
        "European Union Satellite Centre",
        id="a-body-named-after-a-known-one-is-its-own-organisation",
    ),
    pytest.param(
        "The NATO Support and Procurement Agency said it had bought 40,000 rounds.",
        "The NATO",
        "NATO Support and Procurement Agency",
        id="an-agency-of-the-alliance-is-the-agency",
    ),
    pytest.param(
        "NATO said on Monday that it had 40 ships in the Baltic.",
        "NATO said",
        "NATO",
        id="negative-the-known-name-alone-stays-known",
    ),
    pytest.param(
        "The Vestrian Ministry of Defence disputed the audit. In a brief statement, it "
        "said its shipyards would hand over four corvettes by 2029.",
        "In a brief",
        "Vestrian Ministry of Defence",
        id="a-ministry-keeps-a-nationality-the-lexicon-does-not-know",
    ),
    pytest.param(
        "Tarsova plans new plants. A spokesperson for the Tarsovan defence ministry said 12 "
        "plants were ready.",
        "A spokesperson",
        "spokesperson for the Tarsovan defence ministry",
        id="a-nationality-before-a-ministry-is-its-country-not-its-field",
    ),
    pytest.param(
        "Rostal's defence ministry said in a statement that 40 radars had arrived.",
        "Rostal's",
        "Rostal Ministry of Defence",
        id="a-possessor-the-lexicon-does-not-know-is-the-ministry-s-country",
    ),
    pytest.param(
        "Velderian crews trained for a year. Velderia's finance ministry says the budget "
        "will reach 9 billion euros.",
        "Velderia's finance",
        "Velderian Ministry of Finance",
        id="a-ministry-of-a-state-the-lexicon-lacks-takes-the-article-s-adjective-for-it",
    ),
    pytest.param(
        "Workers at Kelvor Precision will get a 5% pay rise, the company said on Friday.",
        "Workers at",
        "Kelvor Precision",
        id="the-company-is-the-organisation-named-before-when-no-name-has-a-word-of-its-kind",
    ),
    pytest.param(
        "Workers at Kelvor Precision will get a 5% pay rise. A rival company said it "
        "would raise pay by 6%.",
        "A rival company",
        "rival company",
        id="negative-another-company-is-not-the-company-named-before",
    ),
    pytest.param(
        "Marrick's army wants more drones. Output reached 4,000 drones a month in May, "
        "according to the defence ministry.",
        "Output reached",
        "Marrick Ministry of Defence",
        id="a-lower-case-ministry-is-of-the-state-the-article-is-about-by-its-formal-name",
    ),
    pytest.param(
        "Poland's army wants more drones. Output reached 4,000 drones a month in May, "
        "according to the defence ministry.",
        "Output reached",
        "Polish Ministry of Defence",
        id="negative-a-ministry-of-a-state-the-lexicon-knows-keeps-its-formal-name",
    ),
    pytest.param(
        "Poland recalled its envoy. 14 diplomats had left by May, according to the foreign "
        "ministry.",
        "14 diplomats",
        "Polish Ministry of Foreign Affairs",
        id="a-foreign-ministry-under-its-formal-name-is-of-foreign-affairs",
    ),
    pytest.param(
        "Malta's foreign ministry said on Friday that 12 ships had been searched.",
        "Malta's foreign",
        "Maltese Ministry of Foreign Affairs",
        id="a-state-s-foreign-ministry-under-its-formal-name",
    ),
    pytest.param(
        "The Tennford Institute for Policy Analysis (TIPA), based in Pellby, puts outlays "
        "at 37 billion euros. TIPA estimates that military outlays have risen by 48% since 2021.",
        "TIPA estimates",
        "Tennford Institute for Policy Analysis",
        id="a-short-form-s-bracket-the-tagger-took-into-the-name-is-left-out",
    ),
    pytest.param(
        "The Castrel Institute for Arms Monitoring put out new figures on Tuesday. That body, "
        "often called CIAM, counts shells. CIAM estimates that Ombria made 310,000 shells "
        "in 2025.",
        "CIAM estimates",
        "Castrel Institute for Arms Monitoring",
        id="a-short-form-defined-in-words-is-the-organisation-in-full",
    ),
    pytest.param(
        "The Castrel Institute for Arms Monitoring put out new figures on Tuesday. That body, "
        "often called CIAM, counts shells. By CIAM's arithmetic, Ombria fills twice as "
        "many shells as Halbeck.",
        "By CIAM's",
        "Castrel Institute for Arms Monitoring",
        id="by-a-body-s-arithmetic-is-its-account",
    ),
    pytest.param(
        "The audit found that 12 of the 40 radars had failed their acceptance trials.",
        "The audit",
        "audit",
        id="an-audit-is-a-document-that-finds",
    ),
    pytest.param(
        "Velderian crews train for a year. Velderia's own spending is rising. Its government "
        "says output doubled to 40,000 shells.",
        "Its government",
        "Velderian government",
        id="a-state-s-government-takes-the-adjective-the-article-writes-for-it",
    ),
    pytest.param(
        "Vestrian officials met on Monday. The Ministry of Defence said five frigates would be "
        "delivered.",
        "The Ministry",
        "Ministry of Defence",
        id="negative-a-nationality-elsewhere-in-the-article-is-not-the-ministry-s",
    ),
    pytest.param(
        "The Gauja Security Forum (GSF) estimates that Latvia spent $2 billion on "
        "defence last year. The European Centre for Arms Studies (ECAS) uses price indices "
        "instead. On those terms, the centre's analysts calculate, the real figure is closer "
        "to $3 billion.",
        "On those terms",
        "European Centre for Arms Studies",
        id="the-centre-is-the-centre-for-arms-studies-not-a-company-for-its-arms",
    ),
    pytest.param(
        "Workers at the Saltreach Munitions plant in Corrabay have been on strike since May. In "
        "a statement, Saltreach's management said its pay offer of 5 percent was generous.",
        "In a statement",
        "Saltreach Munitions",
        id="a-company-s-management-is-the-company",
    ),
    pytest.param(
        "Workers at the Saltreach Munitions plant in Corrabay have been on strike since May. In "
        "a statement, Saltreach's management said its pay offer of 5 percent was generous. The "
        "works turned out 9,000 fuzes a week before the walkout, the statement said.",
        "The works turned out",
        "Saltreach Munitions",
        id="the-statement-is-the-statement-its-author-gave-before",
    ),
    pytest.param(
        "The Ostvald Office of Naval Intelligence published its annual assessment on Monday. "
        "Its assessment warns that the rival fleet will be 40 percent larger by 2030.",
        "Its assessment",
        "Ostvald Office of Naval Intelligence",
        id="its-assessment-is-the-one-its-author-published",
    ),
    pytest.param(
        "Wendholm said the yard would hire 300 welders. Its assessment warns that the order "
        "book holds 40 percent more work than last year.",
        "Its assessment",
        "Its assessment",
        id="negative-its-document-with-no-author-given-stays-a-document",
    ),
    pytest.param(
        "A retired officer from one of the coastal brigades said the stocks would last 9 "
        "days. The same officer said the brigade had fired 400 rounds on Sunday.",
        "The same officer",
        "retired officer from one of the coastal brigades",
        id="the-same-officer-is-the-unnamed-source-introduced-before",
    ),
    pytest.param(
        "The broadsheet Varnby Journal ran a long analysis on Sunday. Its naval correspondent "
        "wrote that the fleet had shrunk by a fifth since 2019.",
        "Its naval",
        "Varnby Journal naval correspondent",
        id="its-correspondent-is-the-paper-s",
    ),
    pytest.param(
        "The Korsan daily Vestby Post wrote on Friday that the coast guard would get six new "
        "cutters next year.",
        "The Korsan daily",
        "Vestby Post",
        id="a-paper-s-name-after-the-words-that-describe-it",
    ),
    pytest.param(
        "The Korsan daily Vestby Post wrote on Friday that the coast guard would get six new "
        "cutters. In a leading article, the same newspaper said the cutters cost 30 percent "
        "more than the old ones.",
        "In a leading article",
        "Vestby Post",
        id="the-same-newspaper-is-the-paper-named-before",
    ),
    pytest.param(
        "The Korsan daily Vestby Post wrote on Friday that the coast guard would get six new "
        "cutters. The business daily Ostrand Courier quoted a banker as saying that the port "
        "needed 900 more pilots. The paper added that rents near the docks had doubled.",
        "The paper added",
        "Ostrand Courier",
        id="the-paper-is-the-last-paper-introduced-as-one",
    ),
    pytest.param(
        "Halvia's most-read tabloid, the Farnby Echo, wrote that the border brigades had lost "
        "40 percent of their trucks.",
        "Halvia's most-read",
        "Farnby Echo",
        id="a-paper-named-in-apposition-to-its-description",
    ),
    pytest.param(
        "The Committee for a Stronger Navy reported that 2,000 sailors had left the fleet in 2024.",
        "The Committee",
        "Committee for a Stronger Navy",
        id="negative-a-name-with-a-small-word-inside-is-kept-whole",
    ),
]


def test_a_one_word_company_with_its_trade_in_apposition_is_no_person(nlp):
    text = "Workers walked out on Monday. Corvath, a drone maker, said its output had doubled."
    assert "Corvath" not in SpeakerTracker(nlp(text)).persons


@pytest.mark.parametrize("text, sentence_start, expected", ORGANISATION_CASES)
def test_organisation_speakers_resolved_in_the_document(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the speaker of the last record: name and role)
INTRODUCED_ROLE_CASES = [
    pytest.param(
        "LISBON\nTejo Munitions will double its output, its chief executive said on Monday. "
        "Anna Kowalczyk, who has run the company since 2019, said the plant fills 900 shells "
        "a month.",
        ("Anna Kowalczyk", "chief executive"),
        id="a-company-title-before-the-name-outranks-the-office-a-verb-of-leading-gave",
    ),
    pytest.param(
        "Drones hit the depot overnight, the governor of the Harlow province said. "
        "Piet Arkel, who has led the province for six years, said 12 workers were hurt.",
        ("Piet Arkel", "governor"),
        id="any-title-before-the-name-outranks-the-office-a-verb-of-leading-gave",
    ),
]


@pytest.mark.parametrize("text, expected", INTRODUCED_ROLE_CASES)
def test_role_introduced_before_the_name_describes_the_person(nlp, text, expected):
    from pipeline.extract.claims import extract_drafts

    drafts = [d for d in extract_drafts(nlp(text)) if d.speaker is not None]
    assert drafts, "no attributed record"
    speaker = drafts[-1].speaker
    assert (speaker.name, speaker.role) == expected
    assert speaker.organization != "LISBON"  # a dateline opening a line is no organisation


# (text, the record's sentence start, the speaker)
POSTPOSITIVE_TITLE_CASES = [
    pytest.param(
        "General Lorne Braddock, who heads the army's vehicle command, and Auditor General "
        "Vera Tann faced the committee on Monday. The general said 40 trucks had arrived.",
        "The general said",
        "Lorne Braddock",
        id="the-general-is-no-auditor-general",
    ),
    pytest.param(
        "Auditor General Vera Tann and Major General Lorne Braddock faced the committee on "
        "Monday. The general said 40 trucks had arrived.",
        "The general said",
        "Lorne Braddock",
        id="negative-a-major-general-is-a-general",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", POSTPOSITIVE_TITLE_CASES)
def test_a_title_written_after_its_head_word(nlp, text, sentence_start, expected):
    """ "auditor general" is an auditor: "the general" is not her; a major general is."""
    assert _speaker_of(nlp, text, sentence_start) == expected


# The small model may tag a name in one sentence and not in another (or tag it as a
# product): every occurrence of a full name found once is a mention of that person.
# (text, the tagged occurrence's character offset, the name, occurrences expected as
# mentions of it: character offsets)
REPEATED_NAME_CASES = [
    pytest.param(
        "Zorana Vitkova spoke on Monday. Later, Zorana Vitkova said the plan was sound.",
        0,
        "Zorana Vitkova",
        [0, 39],
        id="untagged-second-occurrence",
    ),
    pytest.param(
        "Officials met on Monday. Zorana Vitkova spoke first. Zorana Vitkova said the plan "
        "was sound.",
        53,
        "Zorana Vitkova",
        [25, 53],
        id="untagged-earlier-occurrence",
    ),
    pytest.param(
        "Zorana Vitkova spoke on Monday. Later, Zorana Mirkovic said the plan was sound.",
        0,
        "Zorana Vitkova",
        [0],
        id="negative-another-person-of-the-same-first-name",
    ),
    pytest.param(
        "Zorana Vitkova spoke on Monday. Later, Zorana Vitkova Petrova said it was sound.",
        0,
        "Zorana Vitkova",
        [0, 46],  # not "Zorana Vitkova" at 39; "Vitkova" at 46 is the surname pass's
        id="negative-a-longer-name-is-not-cut",
    ),
]


@pytest.mark.parametrize("text, tagged, name, expected", REPEATED_NAME_CASES)
def test_a_name_found_once_is_found_everywhere(nlp, text, tagged, name, expected):
    doc = nlp(text)
    start = next(t.i for t in doc if t.idx == tagged)
    doc.ents = [Span(doc, start, start + len(name.split()), label="PERSON")]
    tracker = SpeakerTracker(doc)
    found = [m.start for m in tracker.mentions if m.person.name == name]
    assert found == expected


# (text, the full name, the start of the later short form, the full name it resolves to
# or None when it is no one's short form)
FAMILY_FIRST_CASES = [
    pytest.param(
        "Yselmark's prime minister, Szeplaki Bence, spoke on Monday. Later, Mr Szeplaki said "
        "the plan was sound.",
        "Szeplaki Bence",
        "Szeplaki said",
        "Szeplaki Bence",
        id="an-honorific-before-a-first-word-shows-a-family-name-written-first",
    ),
    pytest.param(
        "Defence analyst Ilona Bence spoke on Monday. Later, Ms Ilona said the plan was sound.",
        "Ilona Bence",
        "Ilona said",
        None,
        id="negative-a-given-name-after-an-honorific-is-no-family-name",
    ),
    pytest.param(
        "Foreign Minister Zhou Tingyu spoke on Monday. Later, Zhou said the plan was sound.",
        "Zhou Tingyu",
        "Zhou said",
        "Zhou Tingyu",
        id="a-chinese-family-name-first-is-the-short-form",
    ),
    pytest.param(
        "Defence analyst Kwon Ha-eun spoke on Monday. Later, Kwon said the plan was sound.",
        "Kwon Ha-eun",
        "Kwon said",
        "Kwon Ha-eun",
        id="a-korean-name-with-a-hyphenated-given-name",
    ),
    pytest.param(
        "Foreign Minister Zhou Tingyu spoke on Monday. Later, Tingyu said the plan was sound.",
        "Zhou Tingyu",
        "Tingyu said",
        None,
        id="negative-the-given-name-of-a-family-first-name-is-no-short-form",
    ),
    pytest.param(
        "Analyst Anna Park spoke on Monday. Later, Park said the plan was sound.",
        "Anna Park",
        "Park said",
        "Anna Park",
        id="negative-a-family-name-last-after-a-given-name-stays-last",
    ),
]


@pytest.mark.parametrize("text, name, later, expected", FAMILY_FIRST_CASES)
def test_names_written_family_name_first(nlp, text, name, later, expected):
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label="PERSON")]
    tracker = SpeakerTracker(doc)
    at = text.index(later)
    found = [m.person.name for m in tracker.mentions if m.start == at]
    assert found == ([expected] if expected else [])


# The small model cuts names, glues titles and mislabels names: (text, the entities it
# gave as (character offset, words[, label: PERSON unless given]), names expected among
# the people, names that must not be)
NAME_REPAIR_CASES = [
    pytest.param(
        "Vice Admiral Marit Ter den Hoek, the navy's chief, met us in Kessen. Ter den Hoek "
        "said the fleet had 40 ships.",
        [(13, 2)],
        ["Marit Ter den Hoek"],
        ["Marit Ter"],
        id="a-family-name-s-particles-and-last-word-after-a-name-cut-before-them",
    ),
    pytest.param(
        "The ministry disputed the findings. Replying in writing, its spokesperson, Colonel "
        "Nnamdi Okafor-Ikem, said the draft was old. Okafor-Ikem said 40 tests were passed.",
        [(90, 3), (127, 3)],
        ["Nnamdi Okafor-Ikem"],
        ["Okafor-Ikem"],
        id="a-hyphenated-surname-tagged-alone-takes-the-given-name-before-it",
    ),
    pytest.param(
        "Ysolde Marchetti argued that prices had risen 9 percent. Marchetti, an economist "
        "at the Varn Institute, spent years modelling costs.",
        [(0, 2, "ORG"), (57, 1, "ORG")],
        ["Ysolde Marchetti"],
        ["Marchetti"],
        id="a-name-tagged-a-body-whose-last-word-alone-is-in-apposition-to-a-title",
    ),
    pytest.param(
        "Halden Arms argued that prices had risen 9 percent. Halden, a maker of shells, "
        "spent years cutting costs.",
        [(0, 2, "ORG"), (52, 1, "ORG")],
        [],
        ["Halden Arms", "Halden"],
        id="negative-a-body-whose-short-name-is-in-apposition-to-a-trade-of-bodies",
    ),
    pytest.param(
        "Workers at the arms maker Tervo walked out on Monday. Tervo said 900 shells a "
        "month were made.",
        [(26, 1), (54, 1)],
        [],
        ["Tervo"],
        id="a-one-word-name-a-descriptor-shows-to-be-a-body-is-no-person-anywhere",
    ),
    pytest.param(
        "Tervo, which is owned by the state, makes shells. Tervo said 900 shells a month "
        "were made.",
        [(0, 1), (50, 1)],
        [],
        ["Tervo"],
        id="a-one-word-name-with-a-relative-which-is-no-person-anywhere",
    ),
    pytest.param(
        "Idony Tervo, the chief executive, said output doubled. Tervo said 900 shells a "
        "month were made.",
        [(0, 2), (55, 1)],
        ["Idony Tervo"],
        [],
        id="negative-a-person-s-surname-alone-stays-the-person",
    ),
    pytest.param(
        "Bożena Wróblik, director of the Supply Agency, told members that 212 contracts were "
        "signed. Wróblik said 58 percent went to local firms.",
        [(92, 1, "ORG")],
        ["Bożena Wróblik"],
        [],
        id="an-untagged-name-in-apposition-to-a-title-of-a-body-with-no-article",
    ),
    pytest.param(
        "FRANKFURT, May 7 - Velling AG said its profit grew 12 percent in the spring. "
        "Velling said it made 210,000 shells.",
        [(11, 5, "DATE"), (77, 1)],
        [],
        ["Velling"],
        id="a-company-with-its-legal-form-that-the-tagger-ran-into-a-date-is-no-person",
    ),
    pytest.param(
        "Chloé Quill, a former accountant at the firm, testified that she booked 40 invoices.",
        [(0, 2, "ORG")],
        ["Chloé Quill"],
        [],
        id="a-given-name-written-with-accents-and-a-trade-in-apposition-make-a-person",
    ),
    pytest.param(
        "Defence lawyer Renée Ostrander, who represents the firm, said 40 changes were requested.",
        [(15, 2, "ORG")],
        ["Renée Ostrander"],
        [],
        id="a-trade-before-a-given-name-written-with-accents-makes-a-person",
    ),
    pytest.param(
        "Defence lawyer Vérannix Ostrander, who represents the firm, said 40 changes were "
        "requested.",
        [(15, 2, "ORG")],
        [],
        ["Vérannix Ostrander"],
        id="negative-a-trade-before-a-word-that-is-no-given-name",
    ),
    pytest.param(
        "The ministry on Thursday published Steady Harbour, its new defence review, for the "
        "coming decade.",
        [(35, 2, "PERSON")],
        [],
        ["Steady Harbour"],
        id="a-name-with-a-document-s-noun-in-apposition-is-the-document-s-title",
    ),
    pytest.param(
        "The ministry on Thursday named Idony Brell, its new director, in a statement.",
        [(31, 2, "PERSON")],
        ["Idony Brell"],
        [],
        id="negative-a-name-with-a-title-in-apposition-stays-a-person",
    ),
    pytest.param(
        "The defence lawyer, Lucien du Morel, spoke for the accused. "
        "Du Morel said the sights were the best.",
        [(20, 3, "ORG")],
        ["Lucien du Morel"],
        [],
        id="a-name-tagged-a-body-in-apposition-to-a-trade-is-a-person",
    ),
    pytest.param(
        "Ortiz's lawyer, Corentin du Morel, said an appeal would follow. "
        "Later, du Morel argued that the fee was 40,000 euros.",
        [(74, 1)],
        ["Corentin du Morel"],
        ["Morel"],
        id="the-given-name-before-a-lower-case-particle-of-a-surname-tagged-alone",
    ),
    pytest.param(
        "Tove Olm, who chairs the works council, said 300 posts were safe until 2028.",
        [],
        ["Tove Olm"],
        [],
        id="an-untagged-name-a-relative-who-follows-is-a-person",
    ),
    pytest.param(
        "Torvik Systems, who won the tender, said the first radar would ship in 2027.",
        [],
        [],
        ["Torvik Systems"],
        id="negative-a-company-a-relative-who-follows-is-no-person",
    ),
    pytest.param(
        "Ms Varnholt told the committee the stocks were low. Varnholt, a permanent secretary, "
        "has served since 2019.",
        [(0, 2)],
        ["Varnholt"],
        ["Ms Varnholt"],
        id="an-honorific-without-a-full-stop-is-not-part-of-the-name",
    ),
    pytest.param(
        "Marek Solvang, who chaired the review, said the yard was late. Solvang added that "
        "costs had doubled.",
        [(0, 1, "NORP"), (6, 1), (63, 1)],
        ["Marek Solvang"],
        ["Solvang"],
        id="a-given-name-tagged-a-people-before-a-surname-tagged-alone",
    ),
    pytest.param(
        "Chief executive Kang Do-hyun said the order book was full.",
        [(16, 1)],
        ["Kang Do-hyun"],
        ["Kang"],
        id="a-hyphenated-given-name-after-the-family-name-the-tagger-left-out",
    ),
    pytest.param(
        "Commenting on the results, Ilvana Moresk, the company's chief executive, said output "
        "rose.",
        [(27, 2, "FAC")],
        ["Ilvana Moresk"],
        [],
        id="a-name-tagged-a-place-with-a-title-in-apposition-is-a-person",
    ),
    pytest.param(
        "Outside the gates, Ilvana Moresk, a village near the works, was quiet.",
        [(19, 2, "FAC")],
        [],
        ["Ilvana Moresk"],
        id="negative-a-place-with-a-place-noun-in-apposition-stays-a-place",
    ),
    pytest.param(
        "Tarun Rao, an aerospace analyst at Fenwray Capital, said Daeil had overtaken its "
        "rival. But the shares already price in a perfect decade, Mr. Rao said.",
        [(142, 1)],
        ["Tarun Rao"],
        ["Rao"],
        id="the-word-before-a-surname-tagged-alone-elsewhere-is-its-given-name",
    ),
    pytest.param(
        "Analysts at Fenwray Capital said the plant was full. Minister Rao said so too.",
        [(62, 1)],
        ["Rao"],
        ["Minister Rao"],
        id="negative-a-title-before-the-surname-is-no-given-name",
    ),
    pytest.param(
        "The hall is loud enough that Irena Kral has to shout. Kral, 52, has run the works "
        "since 2019.",
        [(29, 2, "ORG"), (54, 1)],
        ["Irena Kral"],
        [],
        id="a-census-given-name-tagged-org-is-a-person-whose-surname-is-tagged-alone",
    ),
    pytest.param(
        "The hall is loud enough that Irena Kral has to shout. The works opened in 2019.",
        [(29, 2, "ORG")],
        [],
        ["Irena Kral"],
        id="negative-without-the-surname-alone-an-org-stays-an-org",
    ),
    pytest.param(
        "Orvel Dane Hartigan said the bridge would reopen in May.",
        [(0, 1), (6, 2)],
        ["Orvel Dane Hartigan"],
        ["Orvel", "Dane Hartigan"],
        id="a-name-cut-in-two-is-one-name",
    ),
    pytest.param(
        "Brixton Mayor Lena Obiora said the bridge would reopen in May.",
        [(0, 2), (14, 2)],
        ["Lena Obiora"],
        ["Brixton Mayor", "Brixton Mayor Lena Obiora"],
        id="negative-a-title-before-a-name-is-not-joined-nor-a-name",
    ),
    pytest.param(
        "Orvel Dane said that Hartigan Brook Mills Ltd would reopen the bridge.",
        [(0, 2), (21, 4)],
        ["Orvel Dane"],
        ["Orvel Dane Hartigan Brook Mills Ltd"],
        id="negative-not-side-by-side-not-joined",
    ),
    pytest.param(
        "\u201cWe are busy,\u201d chief executive Annelies Verhoeven said on Monday.",
        [(31, 2, "ORG")],
        ["Annelies Verhoeven"],
        [],
        id="a-name-tagged-org-after-a-title-is-a-person",
    ),
    pytest.param(
        "Its spokesman Brandt Holdings Group said the plant would close.",
        [(14, 3, "ORG")],
        [],
        ["Brandt Holdings Group"],
        id="negative-an-organisation-name-after-a-title-stays-an-organisation",
    ),
    pytest.param(
        "Vice President Orvel D. Hartigan Jr. said the bridge would reopen.",
        [(15, 4)],
        ["Orvel D. Hartigan"],
        ["Orvel D. Hartigan Jr."],
        id="a-generational-suffix-is-dropped-from-the-name",
    ),
    pytest.param(
        "\u201cWe will win,\u201d Kelvar T. Osterby III, a writer, said on Monday.",
        [(15, 4, "ORG")],
        ["Kelvar T. Osterby"],
        [],
        id="a-name-tagged-org-with-a-generational-suffix-is-a-person",
    ),
    pytest.param(
        "Brandt Works II said the plant would close.",
        [(0, 3, "ORG")],
        [],
        ["Brandt Works", "Brandt Works II"],
        id="negative-an-organisation-ending-in-a-numeral-stays-one",
    ),
    pytest.param(
        "Counts were high, according to the Lviv-based Centre for Airspace Studies.",
        [(35, 1)],
        [],
        ["Lviv"],
        id="negative-a-town-before-based-is-no-person",
    ),
    pytest.param(
        "Vessberg Optronik, Sweden's largest lens maker, says output will double.",
        [(0, 2)],
        [],
        ["Vessberg Optronik"],
        id="negative-two-words-with-a-maker-in-apposition-are-an-organisation",
    ),
    pytest.param(
        "Penhallow Marine said on Monday that the ferries would be late.",
        [(0, 2)],
        [],
        ["Penhallow Marine"],
        id="negative-a-name-ending-in-a-company-word-is-no-person",
    ),
    pytest.param(
        "Marine Keller said on Monday that the ferries would be late.",
        [(0, 2)],
        ["Marine Keller"],
        [],
        id="a-company-word-opening-a-name-is-a-given-name",
    ),
    pytest.param(
        "The club signed former Junior Champion Greta Norrbin last spring.",
        [(30, 3)],
        ["Greta Norrbin"],
        ["Champion Greta Norrbin"],
        id="a-word-of-a-title-glued-before-a-census-given-name-is-cut",
    ),
    pytest.param(
        "The board thanked Delmar Joseph Okoye, its chair.",
        [(18, 3)],
        ["Delmar Joseph Okoye"],
        ["Joseph Okoye"],
        id="negative-a-census-given-name-first-keeps-the-whole-name",
    ),
    pytest.param(
        "Budget talks stalled.\n\nAnna Maria Berg, a defence analyst, said the cuts were deep.",
        [(23, 3)],
        ["Anna Maria Berg"],
        ["Maria Berg"],
        id="negative-a-name-opening-a-paragraph-keeps-its-first-given-name",
    ),
    pytest.param(
        "Lieutenant-Colonel Anne-Lise Garnier said the depot was full.",
        [(19, 4)],
        ["Anne-Lise Garnier"],
        ["Lise Garnier"],
        id="negative-the-second-half-of-a-hyphenated-given-name-is-no-cut",
    ),
    pytest.param(
        "Budget talks stalled.\n\nIlona Vasquez-Brandt became the defence minister in May.",
        [],
        ["Ilona Vasquez-Brandt"],
        [],
        id="a-name-the-model-missed-starting-with-a-census-given-name-is-a-person",
    ),
    pytest.param(
        "Reinforcements reached Virginia Beach and the Jordan Valley on Monday.",
        [],
        [],
        ["Virginia Beach", "Jordan Valley"],
        id="negative-a-census-given-name-before-a-place-word-is-a-place",
    ),
    pytest.param(
        "Ignacio Marsella, who teaches strategy at the Tarrow War College, said the "
        "figures were right.",
        [(0, 2, "ORG")],
        ["Ignacio Marsella"],
        [],
        id="a-census-given-name-tagged-a-body-that-speaks-with-who-is-a-person",
    ),
    pytest.param(
        "Ignacio Marsella, who makes radar in Tarrow, won the contract.",
        [(0, 2, "ORG")],
        [],
        ["Ignacio Marsella"],
        id="negative-a-name-tagged-a-body-that-does-not-speak-stays-a-body",
    ),
    pytest.param(
        "Admiral Kwon Soo-ah told a forum on Monday that the frigates would carry 32 cells.",
        [(8, 2, "PERSON")],
        ["Kwon Soo-ah"],
        ["Kwon Soo"],
        id="a-hyphenated-given-name-the-tagger-cut-at-its-hyphen",
    ),
    pytest.param(
        "Velsora deployed new missiles in May. Velsora's foreign ministry says they answer "
        "a build-up.",
        [(0, 1, "GPE"), (38, 1, "PERSON")],
        [],
        ["Velsora"],
        id="a-word-tagged-a-place-that-owns-a-ministry-is-no-person",
    ),
    pytest.param(
        "Okafor won the vote in May. Okafor's government says it will buy 40 jets.",
        [(0, 1, "PERSON"), (28, 1, "PERSON")],
        ["Okafor"],
        [],
        id="negative-a-leader-owning-a-government-never-tagged-a-place-stays-a-person",
    ),
    pytest.param(
        "The party's defence spokeswoman, Yvette d'Aurignac, spoke on Friday. "
        "D'Aurignac said 40 tanks were enough.",
        [(33, 2, "ORG")],
        ["Yvette d'Aurignac"],
        ["D'Aurignac"],
        id="a-family-name-joined-to-its-particle-by-an-apostrophe-is-a-name-s-word",
    ),
    pytest.param(
        "That is where Selin Akdag comes in. Akdag said a rebuild took six weeks.",
        [(14, 2, "ORG"), (36, 1, "PERSON")],
        ["Selin Akdag"],
        ["Akdag"],
        id="a-two-word-name-tagged-a-body-whose-last-word-is-tagged-a-person-is-a-person",
    ),
    pytest.param(
        "Kessel Ordnance won the tender in May. Kessel said 40 shells a day would be filled.",
        [(0, 2, "ORG"), (39, 1, "PERSON")],
        [],
        ["Kessel Ordnance"],
        id="negative-a-company-s-name-whose-first-word-speaks-stays-a-company",
    ),
    pytest.param(
        "Veldt Warns Shell Stocks Are Low\n\nPresident Veldt said on Friday that the army "
        "had 40 days of shells left. Mr. Veldt said more would come.",
        [(0, 2), (44, 1), (111, 1)],
        ["Veldt"],
        ["Veldt Warns"],
        id="a-headline-verb-the-tagger-glued-to-a-name-is-left-out",
    ),
    pytest.param(
        "Navy Widow Corners Ostrand on Frigate Losses\n\nDefence Minister Ostrand said "
        "the navy had lost two frigates in 2025.",
        [(0, 4), (63, 1)],
        ["Ostrand"],
        ["Navy Widow Corners Ostrand"],
        id="headline-words-the-tagger-glued-before-a-name-are-left-out",
    ),
    pytest.param(
        "Edith Vostrand Steps Down\n\nThe yard's chief, Vostrand, said on Friday that "
        "she would leave in May.",
        [(0, 3), (45, 1)],
        ["Edith Vostrand"],
        ["Vostrand", "Edith Vostrand Steps"],
        id="a-given-name-before-the-body-s-surname-stays-in-a-headline-name",
    ),
    pytest.param(
        "Tessaly Vostrand Steps Down\n\nTessaly Vostrand said on Friday that she would "
        "leave the yard in May. Vostrand said orders had doubled since 2023.",
        [(0, 2), (29, 2), (99, 1)],
        ["Tessaly Vostrand"],
        ["Vostrand"],
        id="negative-a-headline-name-the-body-writes-in-full-stays-whole",
    ),
    pytest.param(
        "Jordan Aerospace said the order was worth $40 million.",
        [(0, 2, "ORG")],
        [],
        ["Jordan Aerospace"],
        id="negative-a-census-given-name-inside-another-entity-is-no-person",
    ),
]


@pytest.mark.parametrize("text, ents, present, absent", NAME_REPAIR_CASES)
def test_names_repaired_from_the_model_s_cuts(nlp, text, ents, present, absent):
    doc = nlp(text)
    spans = []
    for offset, words, *label in ents:
        start = next(t.i for t in doc if t.idx == offset)
        spans.append(Span(doc, start, start + words, label=label[0] if label else "PERSON"))
    doc.ents = spans
    names = set(SpeakerTracker(doc).persons)
    assert set(present) <= names, names
    assert not set(absent) & names, names


# (text, the head word of the source, the description kept as the speaker's name)
DESCRIPTION_NAME_CASES = [
    pytest.param(
        "A source in the drone industry told the agency that output had doubled.",
        "source",
        "source in the drone industry",
        id="a-person-s-qualifying-phrase-with-in",
    ),
    pytest.param(
        "A retired officer from one of the coastal brigades said the stocks would last 9 days.",
        "officer",
        "retired officer from one of the coastal brigades",
        id="a-qualifying-phrase-after-the-noun-kept-whole",
    ),
    pytest.param(
        "Several regional hauliers warned that fuel costs had risen by 20 percent.",
        "hauliers",
        "regional hauliers",
        id="several-is-how-many-spoke-not-who",
    ),
    pytest.param(
        "A senior official in Corbridge told reporters the order was worth 2 billion euros.",
        "official",
        "senior official",
        id="negative-a-place-after-in-is-not-part-of-the-name",
    ),
    pytest.param(
        "People briefed on the deal said the order would be shared among 4 yards.",
        "People",
        "People briefed on the deal",
        id="a-participle-the-tagger-read-as-a-past-tense-still-says-who-they-are",
    ),
    pytest.param(
        "The 40-year-old engineer said the bridge would reopen.",
        "engineer",
        "40-year-old engineer",
        id="hyphenated-modifier-as-written",
    ),
    pytest.param(
        "The state - run agency said the bridge would reopen.",
        "agency",
        "state - run agency",
        id="negative-a-spaced-dash-stays-spaced",
    ),
    pytest.param(
        "The bridge will reopen in May, according to three transport officials.",
        "officials",
        "transport officials",
        id="a-count-of-speakers-is-no-part-of-the-group-s-type",
    ),
    pytest.param(
        "The bridge will reopen in May, according to people familiar with the plans.",
        "people",
        "people familiar with the plans",
        id="an-adjective-after-the-noun-says-who-they-are",
    ),
    pytest.param(
        "One diplomat involved in the negotiations said the shortfall was 12 million euros.",
        "diplomat",
        "diplomat involved in the negotiations",
        id="a-participle-after-the-noun-says-who-it-is-and-one-is-no-part-of-it",
    ),
    pytest.param(
        "A worker paid by the hour said the line stopped twice.",
        "worker",
        "worker",
        id="negative-a-participle-with-an-agent-is-not-who-it-is",
    ),
]


@pytest.mark.parametrize("text, head, expected", DESCRIPTION_NAME_CASES)
def test_description_name_keeps_the_words_as_written(nlp, text, head, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == head)
    speaker = SpeakerTracker(doc).description(tok)
    assert speaker is not None and speaker.name == expected


# (text, the head word of the source, the kind of speaker the description is)
DESCRIPTION_KIND_CASES = [
    pytest.param("The union said wages would rise.", "union", "organization", id="union-is-a-body"),
    pytest.param("The state said 40 voters were purged.", "state", "organization", id="state"),
    pytest.param("The monitor said exports rose.", "monitor", "organization", id="monitor"),
    pytest.param("The secretary said exports rose.", "secretary", "person", id="title-head"),
    pytest.param(
        "The ministry said exports rose.",
        "ministry",
        "organization",
        id="a-body-after-for-in-a-title-is-no-person",
    ),
    pytest.param(
        "The spokesperson said exports rose.",
        "spokesperson",
        "person",
        id="the-head-of-a-title-with-for-is-a-person",
    ),
    pytest.param("The analyst said exports rose.", "analyst", "person", id="person-noun"),
    pytest.param("Analysts said exports rose.", "Analysts", "group", id="negative-plural-group"),
]


@pytest.mark.parametrize("text, head, kind", DESCRIPTION_KIND_CASES)
def test_description_kind(nlp, text, head, kind):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == head)
    speaker = SpeakerTracker(doc).description(tok)
    assert speaker is not None and speaker.kind == kind


# (text, the head word, the description's (name, role, organisation)): an unnamed person
# keeps what the article calls them, with the organisation named before the head
UNNAMED_ROLE_CASES = [
    pytest.param(
        "The Vessberg chief executive said output would rise.",
        "executive",
        ("Vessberg chief executive", "chief executive", "Vessberg"),
        id="a-company-before-a-title",
    ),
    pytest.param(
        "A Coastal Survey Office official said the charts were old.",
        "official",
        ("Coastal Survey Office official", None, "Coastal Survey Office"),
        id="an-office-before-an-official",
    ),
    pytest.param(
        "A Danish official said the charts were old.",
        "official",
        ("Danish official", None, None),
        id="negative-a-country-adjective-is-no-organisation",
    ),
    pytest.param(
        "A senior official said the charts were old.",
        "official",
        ("senior official", None, None),
        id="negative-a-lower-case-modifier-is-no-organisation",
    ),
    pytest.param(
        "A senior engineer at Halvik Marine said the hulls were late.",
        "engineer",
        ("senior engineer at Halvik Marine", "engineer", "Halvik Marine"),
        id="a-company-an-unnamed-person-works-at",
    ),
    pytest.param(
        "A second official, from the interior ministry, said the budget was short.",
        "official",
        ("official from the interior ministry", None, "interior ministry"),
        id="a-ministry-an-unnamed-official-comes-from",
    ),
    pytest.param(
        "A junior official with the Harbour Authority said the charts were old.",
        "official",
        ("junior official with the Harbour Authority", None, "Harbour Authority"),
        id="a-body-the-tagger-names-that-an-unnamed-official-works-at",
    ),
    pytest.param(
        "An official at the Velsian defence ministry said the charts were old.",
        "official",
        ("official at the Velsian defence ministry", None, "Velsian Ministry of Defence"),
        id="a-state-s-ministry-written-in-lower-case-with-its-adjective",
    ),
    pytest.param(
        "A junior official with the Harbour Authority, who would not give a name, said the "
        "charts were old.",
        "official",
        ("junior official with the Harbour Authority", None, "Harbour Authority"),
        id="a-relative-clause-after-the-body-is-not-part-of-its-name",
    ),
    pytest.param(
        "A senior official in Bergen said the charts were old.",
        "official",
        ("senior official", None, None),
        id="negative-a-place-is-no-organisation",
    ),
]


@pytest.mark.parametrize("text, head, expected", UNNAMED_ROLE_CASES)
def test_unnamed_person_keeps_role_and_organisation(nlp, text, head, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == head)
    speaker = SpeakerTracker(doc).description(tok)
    assert speaker is not None
    assert (speaker.name, speaker.role, speaker.organization) == expected


# (text, the head word, expected (name, organisation)): an unnamed source whose
# description names its body by a word of its kind speaks for the body the article named
BODY_WORD_CASES = [
    pytest.param(
        "Defence ministers of the Northern Shield Alliance met on Tuesday. A senior alliance "
        "diplomat told reporters the bloc would spend 4 billion euros.",
        "diplomat",
        ("senior alliance diplomat", "Northern Shield Alliance"),
        id="an-alliance-diplomat",
    ),
    pytest.param(
        "The Northern Shield Alliance has promised more air defence. Alliance officials "
        "concede that the target will be missed.",
        "officials",
        ("Alliance officials", "Northern Shield Alliance"),
        id="alliance-officials",
    ),
    pytest.param(
        "Corran Avionics makes radars in Tessvik. Company officials said output had doubled.",
        "officials",
        ("Company officials", "Corran Avionics"),
        id="company-officials",
    ),
    pytest.param(
        "The Brenmoor Institute published its survey. Institute researchers said output had "
        "doubled.",
        "researchers",
        ("Institute researchers", "Brenmoor Institute"),
        id="institute-researchers",
    ),
    pytest.param(
        "Corran Avionics makes radars in Tessvik. Industry analysts said output had doubled.",
        "analysts",
        ("Industry analysts", None),
        id="negative-a-field-names-no-body",
    ),
]


@pytest.mark.parametrize("text, head, expected", BODY_WORD_CASES)
def test_an_unnamed_source_speaks_for_the_body_its_description_names(nlp, text, head, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == head)
    speakers = SpeakerTracker(doc).resolve(tok, describe=True)
    assert [(s.name, s.organization) for s in speakers] == [expected]


# (text, the head word of the subject, after a verb of saying?, expected (name, mention,
# kind) or None) — a part of a group and people described by a modifier
PART_OF_GROUP_CASES = [
    pytest.param(
        "One of the inspectors said the depot was full.",
        "One",
        True,
        ("one of the inspectors", "One of the inspectors", "group"),
        id="one-of-a-group-is-one-of-the-group",
    ),
    pytest.param(
        "Several of the engineers said the test failed.",
        "Several",
        True,
        ("engineers", "Several of the engineers", "group"),
        id="several-of",
    ),
    pytest.param(
        "Those close to the minister said the budget would rise.",
        "Those",
        True,
        ("Those close to the minister", "Those close to the minister", "group"),
        id="those-with-a-modifier",
    ),
    pytest.param(
        "One of the reasons shows that the cost rose.",
        "One",
        False,
        None,
        id="negative-one-of-what-is-no-source",
    ),
    pytest.param(
        "Those were the days.",
        "Those",
        True,
        None,
        id="negative-those-alone",
    ),
]


@pytest.mark.parametrize("text, head, speech, expected", PART_OF_GROUP_CASES)
def test_a_part_of_a_group_speaks_for_it(nlp, text, head, speech, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == head)
    found = SpeakerTracker(doc).resolve(tok, describe=True, speech=speech)
    got = (found[0].name, found[0].mention, found[0].kind) if found else None
    assert got == expected


def test_a_part_of_a_group_with_a_name_in_apposition_is_that_person(nlp):
    doc = nlp("One of the union's lawyers, Paul Dunne, said the guard left his post.")
    tok = next(t for t in doc if t.text == "One")
    found = SpeakerTracker(doc).resolve(tok, describe=True)
    assert [(s.name, s.kind) for s in found] == [("Paul Dunne", "person")]


# (text, the organisation of the speaker of its last sentence)
DESCRIBED_NAME_CASES = [
    pytest.param(
        "RIGA, May 2, 2025 (Nordic Wire) – Korvel Munitions, the Latvian company that began "
        "filling shells in 2022, will double its output by 2027, its chief executive said on "
        "Tuesday. Ilze Berzina, who has run the company since 2019, said the plant fills "
        "about 900 shells per month.",
        "Korvel Munitions",
        id="its-is-an-untagged-name-a-company-descriptor-stands-beside",
    ),
    pytest.param(
        "Anna Kowalczyk, the Polish engineer who designed the line, will retire by 2027, its "
        "chief executive said on Tuesday. Ilze Berzina, who has run the plant since 2019, "
        "said it fills about 900 shells per month.",
        None,
        id="negative-a-person-with-a-descriptor-of-people-is-no-organisation",
    ),
]


@pytest.mark.parametrize("text, org", DESCRIBED_NAME_CASES)
def test_an_organisation_named_with_a_descriptor_beside_it(nlp, text, org):
    from pipeline.extract.claims import extract_drafts

    drafts = [d for d in extract_drafts(nlp(text)) if d.speaker is not None]
    assert drafts, "no attributed record"
    assert drafts[-1].speaker.name == "Ilze Berzina"
    assert drafts[-1].speaker.organization == org


# (text, the sentence of the record, the speaker): two people of one surname
SAME_SURNAME_CASES = [
    pytest.param(
        "Lucia Varga opened the clinic on Monday with her husband, President Tamas Varga. "
        "President Varga said the state would pay for 30 more clinics.",
        "President Varga said",
        "Tamas Varga",
        id="a-title-before-a-shared-surname-picks-the-one-introduced-with-it",
    ),
    pytest.param(
        "Governor Ruth Alder met her brother, Simon Alder, at the depot. Governor Alder said "
        "the depot holds 200 buses.",
        "Governor Alder said",
        "Ruth Alder",
        id="a-title-held-by-the-first-of-the-namesakes-keeps-her",
    ),
    pytest.param(
        "The first lady, Helena Kessler, opened the school on Monday. Mr. Kessler said the "
        "state would pay for 30 more schools.",
        "Mr. Kessler said",
        "Kessler",
        id="mr-before-the-surname-of-the-only-woman-named-in-full-is-another-person",
    ),
    pytest.param(
        "The first lady, Helena Kessler, opened the school on Monday. Mr. Kessler toured a "
        "plant in Dayton. Kessler said the plant would reopen in May.",
        "Kessler said",
        "Kessler",
        id="a-bare-surname-follows-the-namesake-the-mention-before-it-settled",
    ),
    pytest.param(
        "The first lady, Helena Kessler, opened the school on Monday. President Kessler said "
        "the state would pay for 30 more schools. Mr. Kessler flew to Dayton.",
        "President Kessler said",
        "Kessler",
        id="a-title-the-woman-was-never-given-goes-to-the-unnamed-namesake",
    ),
    pytest.param(
        "The first lady, Helena Kessler, opened the school on Monday. Mr. Kessler flew to "
        "Dayton. Ms. Kessler said the state would pay for 30 more schools.",
        "Ms. Kessler said",
        "Helena Kessler",
        id="negative-ms-before-the-surname-stays-with-the-woman-named-in-full",
    ),
    pytest.param(
        "Jan Dvorak chairs the port board. Mr. Dvorak said the cranes would be replaced.",
        "Mr. Dvorak said",
        "Jan Dvorak",
        id="negative-a-given-name-of-no-sure-gender-keeps-the-man-named-in-full",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", SAME_SURNAME_CASES)
def test_a_shared_surname_goes_to_the_namesake_the_words_before_it_name(
    nlp, text, sentence_start, expected
):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): a person called by the given name alone
FIRST_NAME_CASES = [
    pytest.param(
        "Marla Quist runs a diner near the closed shipyard in Dayton. Marla said 40 of her "
        "regulars had lost their jobs.",
        "Marla said",
        "Marla Quist",
        id="a-given-name-alone-is-the-person-named-in-full-with-it",
    ),
    pytest.param(
        "Marla Quist and Marla Denton run a diner near the closed shipyard. Marla said 40 of "
        "their regulars had lost their jobs.",
        "Marla said",
        "Marla",
        id="negative-a-given-name-two-people-share-stays-as-written",
    ),
    pytest.param(
        "Grant Ellison met Tom Grant at the shipyard on Monday. Grant said 40 welders had "
        "lost their jobs.",
        "Grant said",
        "Tom Grant",
        id="negative-a-word-that-is-also-a-surname-is-the-surname",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", FIRST_NAME_CASES)
def test_a_given_name_alone_is_the_person_named_in_full(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence in the author's own voice): no person of the article speaks it
AUTHOR_VOICE_CASES = [
    pytest.param(
        "The Senate will vote on the rail bill next week. Senator Maria Ostrowski wrote the "
        "bill, and the unions back it.\n\nI believe the bill will cost taxpayers 4 billion "
        "dollars over ten years.",
        "I believe the bill",
        id="an-op-ed-author-s-i-is-no-person-named-in-the-article",
    ),
    pytest.param(
        "The Senate will vote on the rail bill next week. Senator Maria Ostrowski wrote the "
        'bill. "It will pay for itself," she said.\n\nI believe the bill will cost taxpayers '
        "4 billion dollars over ten years.",
        "I believe the bill",
        id="i-outside-quotation-marks-after-a-quotation-is-still-the-author",
    ),
]


@pytest.mark.parametrize("text, sentence_start", AUTHOR_VOICE_CASES)
def test_the_author_s_i_is_not_a_person_of_the_article(nlp, text, sentence_start):
    from pipeline.extract.claims import extract_drafts

    named = [
        d.speaker.name
        for d in extract_drafts(nlp(text))
        if d.sentence.text.startswith(sentence_start) and d.speaker is not None
    ]
    assert not any(named), named


# (text, the sentence of the record, the speaker): what a relative pronoun speaks for
RELATIVE_CASES = [
    pytest.param(
        "Helga Brandt thanked the engineers at Rolvik Yard, who said the ship would be ready "
        "in 30 days.",
        "Helga Brandt thanked",
        "engineers",
        id="who-after-a-yard-speaks-for-the-people-before-it",
    ),
    pytest.param(
        "Helga Brandt praised the work of Karl Weber, who said the army needs 5,000 more trucks.",
        "Helga Brandt praised",
        "Karl Weber",
        id="who-after-a-person-named-is-that-person",
    ),
    pytest.param(
        "The grant came from the Almgren Foundation, which said it would give 3 million "
        "euros more next year.",
        "The grant came",
        "Almgren Foundation",
        id="which-after-a-body-is-the-body",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", RELATIVE_CASES)
def test_a_relative_pronoun_speaks_for_its_noun(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): "the title of X, Name, said"
TITLE_APPOSITION_CASES = [
    pytest.param(
        "Headline for the test\n\nIvo Brand, a Harbour Party MP, said 300 jobs were at stake.",
        "Ivo Brand, a",
        "Ivo Brand",
        id="a-name-before-a-title-the-tagger-takes-for-a-name-is-the-speaker",
    ),
    pytest.param(
        "The deputy head of the Northern Ferry Authority, Jonas Brandvik, said the authority "
        "had ordered 60 ferries.",
        "The deputy head",
        "Jonas Brandvik",
        id="a-name-closing-a-title-s-phrase-is-the-speaker",
    ),
    pytest.param(
        "The chief of the Coastal Guard Service, Petra Lind, said the service had bought 12 boats.",
        "The chief of",
        "Petra Lind",
        id="a-name-after-a-title-s-organisation-is-the-speaker",
    ),
    pytest.param(
        "The commander of the Norvik Navy, Rear Admiral Jonas Heller, said on Sunday that the "
        "service had lost 800 sailors since 2022.",
        "The commander",
        "Jonas Heller",
        id="a-name-with-its-rank-after-a-title-s-organisation-is-the-speaker",
    ),
    pytest.param(
        "The head of the Coastal Research Programme at NMRI, Radek Vostal, warned that 40 "
        "percent of the buoys were broken. Vostal said the repairs would cost 2 million euros.",
        "Vostal said",
        "Radek Vostal",
        id="a-name-the-model-tagged-org-in-apposition-to-a-title-is-a-person",
    ),
    pytest.param(
        "The head of the Northern Ferry Authority, a body Jonas Brandvik founded, said the "
        "authority had ordered 60 ferries.",
        "The head of",
        "head of the Northern Ferry Authority",
        id="negative-a-name-inside-another-apposition-is-not-the-speaker",
    ),
    pytest.param(
        "The chairman of the port board, Nordvik Holdings, said the cranes would cost 40 "
        "million euros.",
        "The chairman",
        "Nordvik Holdings",
        id="negative-a-company-in-apposition-to-a-title-is-no-person",
    ),
    pytest.param(
        "The procurement agency announced on Monday a plan to buy 400 more armoured trucks this "
        "year. Morgan Lisk, the agency's director, opened the briefing. She said the order was "
        "worth 310 million euros.\n\nQuinn Talbert, the agency's finance chief, spoke next. "
        "He said costs had risen by 11 percent since 2022.",
        "He said costs",
        "Quinn Talbert",
        id="a-name-before-a-title-with-an-owner-is-a-person",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", TITLE_APPOSITION_CASES)
def test_a_name_in_apposition_to_a_title_is_the_speaker(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): a hyphenated surname alone
HYPHENATED_SURNAME_CASES = [
    pytest.param(
        "Ingrid Moss-Iversen, a researcher at the port authority, spoke on Monday. "
        "Moss-Iversen noted that 40 cranes were idle.",
        "Moss-Iversen noted",
        "Ingrid Moss-Iversen",
        id="a-hyphenated-surname-alone-is-the-person-named-in-full",
    ),
    pytest.param(
        "Tom Moss, a pilot, met Ingrid Moss-Iversen, a researcher at the port authority, on "
        "Monday. Moss said that 40 cranes were idle.",
        "Moss said",
        "Tom Moss",
        id="negative-the-first-part-of-a-hyphenated-surname-is-another-person-s",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", HYPHENATED_SURNAME_CASES)
def test_a_hyphenated_surname_alone_is_the_person(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): a family name with its particle
PARTICLE_NAME_CASES = [
    pytest.param(
        "Joost van der Vliet, who runs the depot at the harbour, gave a tour on Friday. "
        "Van der Vliet said 40 trucks left the gates each night.",
        "Van der Vliet said",
        "Joost van der Vliet",
        id="the-particle-opening-a-sentence-capitalised-is-the-person-named-in-full",
    ),
    pytest.param(
        'Elske de Hoven, a planner at the port, spoke to reporters. "We moved 40 cranes in '
        'a week," de Hoven said.',
        '"We moved 40 cranes',
        "Elske de Hoven",
        id="the-short-form-with-a-lower-case-particle-is-the-person-named-in-full",
    ),
    pytest.param(
        "Matthias ten Kate, a naval economist with the Ostrava Policy Lab, said output would "
        "rise by 40 percent.",
        "Matthias ten Kate, a naval economist",
        "Matthias ten Kate",
        id="the-given-name-before-a-particle-the-tagger-left-out-is-the-name-s",
    ),
    pytest.param(
        "The Veterans Guild met on Monday. Its treasurer, Staff Sergeant Aurelie Le Brasse, "
        'said a private earned 40 percent less.\n\n"Members quit once they count the cost," '
        "Le Brasse said of the 300 who quit.",
        '"Members quit',
        "Aurelie Le Brasse",
        id="a-capitalised-particle-is-no-given-name-of-its-own",
    ),
    pytest.param(
        "Officials met in Rio de Janeiro on Monday. Anouk Mertens, the mayor, said 40 buses "
        "were idle.",
        "Anouk Mertens, the mayor",
        "Anouk Mertens",
        id="negative-a-city-with-a-particle-is-no-person",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", PARTICLE_NAME_CASES)
def test_a_family_name_s_particle_is_part_of_the_name(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): "the ministry"
THE_MINISTRY_CASES = [
    pytest.param(
        "Kallmar's Ministry of Transport set the tolls in May. The National Audit Office "
        "reported delays on Monday. The ministry said 40 bridges would be repaired.",
        "The ministry said",
        "Ministry of Transport",  # (Kallmar's: as written after its owner's possessive)
        id="the-ministry-is-the-last-body-named-a-ministry-not-a-later-office",
    ),
    pytest.param(
        "Anna Korsvik, the deputy minister of transport, opened the bridge on Monday. The "
        "ministry said 40 more bridges would be repaired.",
        "The ministry said",
        "Ministry of Transport",
        id="the-ministry-of-the-last-minister-when-no-ministry-is-named",
    ),
    pytest.param(
        "Deputy Minister of Transport Anna Korsvik opened the bridge on Monday. The repairs "
        "will cost 40 million euros, according to an internal ministry document seen by reporters.",
        "The repairs",
        "Ministry of Transport",
        id="a-ministry-document-is-the-ministry-s",
    ),
    pytest.param(
        "Deputy Minister of Transport Anna Korsvik opened the bridge on Monday. The Ministry "
        "of Finance paid for it. The ministry said 40 more bridges would be repaired.",
        "The ministry said",
        "Ministry of Finance",
        id="negative-a-ministry-named-after-the-minister-comes-first",
    ),
    pytest.param(
        "The Ministry of Transport set the tolls in May. The repairs will cost 40 million "
        "euros, according to a budget document seen by reporters.",
        "The repairs",
        "budget document",
        id="negative-a-document-with-no-body-s-word-stays-a-document",
    ),
]


THE_MINISTRY_CASES += [
    pytest.param(
        "Sarvania will buy 40 tanks by 2028, the Ministry of Defence announced on Thursday. "
        "Sarvania has 200 tanks now.",
        "Sarvania will buy",
        "Ministry of Defence",
        id="a-ministry-of-a-state-the-lexicon-lacks-is-named-as-written-as-a-known-one-is",
    ),
    pytest.param(
        "Sarvania is short of shells. The Sarvanian defence ministry announced on Friday that it "
        "would buy 40 tanks. The ministry said the first 12 would arrive in 2027.",
        "The ministry said",
        "Sarvanian Ministry of Defence",
        id="a-ministry-written-with-its-state-keeps-one-qualifier",
    ),
]


THE_MINISTRY_CASES += [
    pytest.param(
        "Sarvania fills 240,000 rounds a year. Zarvonia turns out roughly 11,000 rounds a month "
        "in three state factories, according to its defence ministry. The ministry says a "
        "fourth factory would raise that to 19,000 rounds a month. Sarvania is well ahead.",
        "The ministry says",
        "Zarvonian Ministry of Defence",
        id="its-ministry-is-the-ministry-of-the-state-the-clause-is-about",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", THE_MINISTRY_CASES)
def test_the_ministry_is_a_ministry(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): a document again, or a paper by name
DOCUMENT_AGAIN_CASES = [
    pytest.param(
        "Garrison closure\n\nThe Ministry of Defence said on Monday that Velling "
        "Barracks would shut in 2029, ending 140 years of army presence in Haldane. Velling's "
        "buildings are old, and the ministry said repairs would cost 90 million pounds. "
        "Haldane Town Council said 400 jobs were at risk in Haldane.",
        "Velling's buildings",
        "Ministry of Defence",
        id="a-barracks-or-a-town-owning-something-is-no-state-to-name-a-ministry-after",
    ),
    pytest.param(
        "The Pellworth Institute studies naval yards.\n\nDocuments reviewed by the Pellworth "
        "Institute show 2 new slipways at the Kessen yard.",
        "Documents reviewed",
        "Pellworth Institute",
        id="negative-files-a-body-reviewed-are-its-findings",
    ),
    pytest.param(
        "Some 412 rifles vanished from a depot since 2022, according to internal "
        "military documents seen by the Daily Lantern.",
        "Some 412 rifles",
        "internal military documents",
        id="documents-seen-by-a-paper-are-not-the-paper-s-words",
    ),
    pytest.param(
        "Some 412 rifles vanished from a depot, according to an Audit Office report released "
        "in May.",
        "Some 412 rifles",
        "Audit Office",
        id="negative-a-report-published-by-a-body-is-the-body-s",
    ),
    pytest.param(
        "Norvik's Defence Procurement Agency (DPA) is running 9 months late on its "
        "programmes, lawmakers said on Tuesday.\n\n"
        "According to the agency's own annual report, 14 of its 50 programmes are over budget. "
        "The report said the average delay had grown from 5 months in 2020 to 9 months.",
        "The report said",
        "Defence Procurement Agency",
        id="the-report-again-is-the-body-whose-report-it-was-named-as",
    ),
    pytest.param(
        "Norvik's Defence Procurement Agency (DPA) is running 9 months late on its "
        "programmes, lawmakers said on Tuesday.\n\n"
        "According to the agency's own annual report, 14 of its 50 programmes are over budget. "
        "Nordposten reported in June that the agency had 80 vacancies among its 400 posts.",
        "Nordposten reported",
        "Nordposten",
        id="an-untyped-name-that-reports-is-an-outlet-not-the-report-before",
    ),
    pytest.param(
        "Norvik's Defence Procurement Agency (DPA) is running 9 months late, lawmakers said. "
        "Anna Lund, who chairs the committee, read the agency's annual report. "
        "Lund reported that the agency had 80 vacancies among its 400 posts.",
        "Lund reported",
        "Anna Lund",
        id="negative-a-surname-that-reports-is-the-person",
    ),
    pytest.param(
        "Norvik will double mortar output at its Skarvik plant by 2029. Some 250 million euros "
        "of the cost will be met by a European Union grant, according to a fact sheet issued "
        "by the Ministry of Defence.",
        "Some 250 million",
        "Ministry of Defence",
        id="a-fact-sheet-issued-by-a-body-is-the-body-s",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", DOCUMENT_AGAIN_CASES)
def test_a_document_again_is_its_author_and_a_paper_reports_by_name(
    nlp, text, sentence_start, expected
):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): a company by its name without its kind
COMPANY_SHORT_NAME_CASES = [
    pytest.param(
        "Shares in Corrand Group fell 6 percent on Tuesday. Revenue rose 24 percent to 1.4 "
        "billion euros, Corrand said on Friday.",
        "Revenue rose",
        "Corrand Group",
        id="a-company-s-name-without-group-is-the-company-named-in-full",
    ),
    pytest.param(
        "Corrand Group bought Corrand Systems in May. Revenue rose 24 percent to 1.4 billion "
        "euros, Corrand said on Friday.",
        "Revenue rose",
        "Corrand",
        id="negative-a-name-two-companies-share-stays-as-written",
    ),
    pytest.param(
        "Vestria signed a deal with Harvik Defence Systems on Monday. The Osprey radar, which "
        "Harvik says can track 300 targets at once, will enter service in 2027.",
        "The Osprey radar",
        "Harvik Defence Systems",
        id="a-company-s-name-without-its-field-and-kind-is-the-company",
    ),
    pytest.param(
        "A procurement officer at the Ministry of Defence said the manufacturer, Breckmore "
        "Dynamics, had sought a price increase of 25% per rocket.\n\n"
        "Breckmore declined to comment on the talks. In a brief statement, it said it had "
        "delivered 400 rockets on schedule.",
        "In a brief statement",
        "Breckmore Dynamics",
        id="it-after-a-company-s-short-name-as-subject-is-the-company",
    ),
    pytest.param(
        "The Ministry of Defence said the army had ordered more rockets.\n\n"
        "Breckmore declined to comment on the talks. In a brief statement, it said it had "
        "received 400 rockets on schedule.\n\n"
        "Breckmore Dynamics makes the rocket's motor.",
        "In a brief statement",
        "Ministry of Defence",
        id="negative-a-short-name-before-the-company-is-named-in-full-is-not-it",
    ),
    pytest.param(
        "Shares in Tollund Group jumped 7 percent on Tuesday. Jonas Lie, an analyst at a bank, "
        "said Tollund was growing faster than any rival except Rheinmetall.\n\n"
        "Tollund, which began as a foundry in Bergen, has been criticised for its reliance on "
        "a few customers. The government accounts for two-thirds of its revenue, according to "
        "the company's latest annual report.",
        "The government accounts",
        "Tollund Group",
        id="the-company-is-the-one-named-last-by-its-short-name",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", COMPANY_SHORT_NAME_CASES)
def test_a_company_s_short_name_is_its_full_name(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): "the state news agency NNA"
DESCRIPTOR_BEFORE_NAME_CASES = [
    pytest.param(
        "Exports doubled to 4,000 drones a month, the Kallmar state news agency NNA reported "
        "on Wednesday.",
        "Exports doubled",
        "NNA",
        id="a-descriptor-before-a-name-is-the-name",
    ),
    pytest.param(
        "Exports doubled to 4,000 drones a month, the Kallmar state news agency NNA reported "
        "on Wednesday. The agency also reported that output of glide bombs had risen to 1,200 "
        "a month.",
        "The agency also",
        "NNA",
        id="the-descriptor-again-is-the-name-it-introduced",
    ),
    pytest.param(
        "Exports doubled to 4,000 drones a month, the state news agency reported on Wednesday.",
        "Exports doubled",
        "state news agency",
        id="negative-a-descriptor-without-a-name-stays-a-description",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", DESCRIPTOR_BEFORE_NAME_CASES)
def test_a_descriptor_before_a_name_is_that_organisation(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): "In a report ..., the office estimated"
SPOKE_IN_A_DOCUMENT_CASES = [
    pytest.param(
        "The Harbour Audit Office advises the council. In a report published on Monday, the "
        "office estimated that the bridge would cost 40 million euros. Across the last eight "
        "bridges, the report found, costs rose 40 percent.",
        "Across the last",
        "Harbour Audit Office",
        id="the-report-is-the-body-s-that-spoke-in-it",
    ),
    pytest.param(
        "The Harbour Audit Office advises the council. In a speech on Monday, Mayor Ruth "
        "Adebola said the bridge would cost 40 million euros. The report found costs rose 40 "
        "percent.",
        "The report found",
        "report",
        id="negative-a-report-no-body-spoke-in-stays-a-document",
    ),
    pytest.param(
        "The Harbour Audit Office counts ships. Germany accounted for 27 percent of the "
        "contracts in the index. The index found that 40 percent of the cranes are idle.",
        "The index found",
        "index",
        id="negative-a-share-in-the-index-does-not-write-it",
    ),
    pytest.param(
        "The Harbour Audit Office counts ships. In the index, Germany estimated that 40 percent "
        "of the cranes are idle. The index found that 40 percent of the cranes are idle.",
        "The index found",
        "index",
        id="negative-a-country-does-not-write-a-document",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", SPOKE_IN_A_DOCUMENT_CASES)
def test_a_document_a_body_spoke_in_is_that_body_s(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): "the general" after "Brigadier General X"
TITLE_BEFORE_NAME_CASES = [
    pytest.param(
        "Brigadier General Tomas Ekdahl, deputy chief of the General Staff, spoke on Monday. "
        '"Our crews fire 9,000 rounds a month," the general said.',
        '"Our crews',
        "Tomas Ekdahl",
        id="the-rank-written-before-a-name-finds-the-person-with-another-role",
    ),
    pytest.param(
        "General Tomas Ekdahl spoke on Monday. Colonel Anna Berg, a logistics officer, met "
        'him. "Our crews fire 9,000 rounds a month," the colonel said.',
        '"Our crews',
        "Anna Berg",
        id="negative-the-rank-of-another-person-is-not-taken",
    ),
    pytest.param(
        "Vice President Tomas Ekdahl, the party's chief whip, spoke on Monday. "
        '"Our budget will grow 9 percent," the president said.',
        '"Our budget',
        "president",
        id="negative-an-office-before-a-name-is-no-rank",
    ),
    pytest.param(
        "Karin Holm spent 30 years in the navy. Now a fellow at a think tank in Oslo, the "
        "retired rear admiral has become a critic of the fleet plan.\n\n"
        "In an interview, the admiral said the navy needed 900 more sailors to crew the ships.",
        "In an interview",
        "Karin Holm",
        id="the-rank-again-after-a-sentence-that-described-the-person-with-it",
    ),
    pytest.param(
        "Karin Holm and Lars Brekke left the navy in 2020 to join a think tank in Oslo. "
        "The retired rear admiral has become a critic of the fleet plan.\n\n"
        "In an interview, the admiral said the navy needed 900 more sailors to crew the ships.",
        "In an interview",
        "admiral",
        id="negative-a-description-after-two-people-named-is-neither",
    ),
    pytest.param(
        "Karin Holm spent 30 years in the navy. The state governor said the shipyard would "
        "hire 300 welders.\n\n"
        "In an interview, the governor said the yard needed 900 more workers to build ships.",
        "In an interview",
        "governor",
        id="negative-a-title-that-speaks-in-its-own-sentence-is-someone-new",
    ),
    pytest.param(
        "Karin Holm ran the port of Bergen for a decade. Now at a think tank, the former "
        "harbour governor has become a critic of the fleet plan.\n\n"
        "The state governor said the shipyard would hire 300 welders.",
        "The state governor",
        "state governor",
        id="negative-a-title-for-another-office-is-not-the-person-described",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", TITLE_BEFORE_NAME_CASES)
def test_the_rank_again_is_the_person_it_was_written_before(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): "her institute"
OWNERS_BODY_CASES = [
    pytest.param(
        "Karin Mehto, director of research at the Tallin Institute for Peace Studies, spoke on "
        "Monday. Marta Quiroga, an economist at the University of Tarnholm, said costs had risen "
        "40 percent. Mehto agrees. Her institute's new paper found that cannon could stop "
        "a glide bomb for a fiftieth of the price of an interceptor.",
        "Her institute",
        "Tallin Institute for Peace Studies",
        id="her-institute-is-the-institute-of-the-woman-she-stands-for",
    ),
    pytest.param(
        "Karin Mehto, director of research at the Tallin Institute for Peace Studies, spoke on "
        "Monday. Marta Quiroga, an economist at Tarnholm Systems, said costs had risen 40 "
        "percent. Mehto agrees. Her company's new paper found that cannon could stop a "
        "glide bomb for a fiftieth of the price of an interceptor.",
        "Her company",
        "Tarnholm Systems",
        id="negative-her-company-is-not-her-institute",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", OWNERS_BODY_CASES)
def test_a_pronoun_s_body_is_the_person_s_organisation(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): "the X team found"
STAFF_CASES = [
    pytest.param(
        "The Centre for Harbour Economics (CHE) publishes a yearly index. In air defence, the "
        "CHE team found that local systems accounted for 18 percent of contract value.",
        "In air defence",
        "Centre for Harbour Economics",
        id="an-organisation-s-team-is-the-organisation",
    ),
    pytest.param(
        "Senator Maria Ostrowski spoke on Monday. The Ostrowski team said 40 percent of voters "
        "backed the bill.",
        "The Ostrowski team",
        "Ostrowski team",
        id="negative-a-person-s-team-stays-a-team",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", STAFF_CASES)
def test_an_organisation_s_team_speaks_as_the_organisation(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence to look at, its speaker's name)
DESCRIBED_BEFORE_CASES = [
    pytest.param(
        "TESKOV, June 2 (Meridan Wire) - Hathria will send 450 more soldiers north by August, "
        "a senior army officer said on Thursday.\n\nThe officer, Major General Bohdan Trell, "
        "told journalists the troops would be in place by August.",
        "TESKOV, June 2",
        "Bohdan Trell",
        id="an-unnamed-source-the-article-names-later-is-that-person-from-the-start",
    ),
    pytest.param(
        "Hathria will send 450 more soldiers north by August, a senior army officer said on "
        "Thursday.\n\nAnother officer, Major General Bohdan Trell, said the troops would be "
        "in place by August.",
        "Hathria will send",
        "senior army officer",
        id="negative-another-official-named-later-is-someone-else",
    ),
    pytest.param(
        "Ostmark's army will field only three of the nine batteries it has ordered, a senior "
        "army official said on Friday.\n\nThe official, who spoke to reporters on condition of "
        "anonymity, said each battery would cost 90 million euros.",
        "The official, who",
        "senior army official",
        id="the-noun-again-with-a-relative-clause-is-the-unnamed-source-introduced-with-it",
    ),
    pytest.param(
        "Two officials familiar with the negotiations said the deal was close.\n\nTwo officials "
        "said the sticking point was a unit price of 7,000 euros.",
        "Two officials said",
        "officials familiar with the negotiations",
        id="a-counted-bare-group-noun-is-the-group-typed-before",
    ),
    pytest.param(
        "Two officials familiar with the negotiations said the deal was close. The officials said "
        "40 plants would bid.",
        "The officials said",
        "officials familiar with the negotiations",
        id="the-group-noun-again-is-the-group-typed-before",
    ),
    pytest.param(
        "A senior Nordic Defence Union official said the depots held 40,000 shells. "
        '"Our plants deliver barely a fifth of the demand," the official said.',
        '"Our plants deliver',
        "senior Nordic Defence Union official",
        id="the-noun-again-is-the-unnamed-source-introduced-with-it",
    ),
    pytest.param(
        "Officials said the depots held 40,000 shells. "
        '"Our plants deliver barely a fifth of the demand," the official said.',
        '"Our plants deliver',
        "official",
        id="negative-a-plural-group-introduces-no-single-source",
    ),
    pytest.param(
        '"Our plants deliver barely a fifth of the demand," the official said. '
        "A senior Nordic Defence Union official said the depots held 40,000 shells.",
        '"Our plants deliver',
        "official",
        id="negative-a-source-introduced-later-is-not-the-one-before",
    ),
    pytest.param(
        "Ukraine's forces flew roughly 3 million drones in 2025, a senior NATO official said on "
        "Tuesday.\n\nEuropean states lifted military budgets by 11% last year. Yet drones still "
        "account for under 3% of most equipment budgets, the NATO official said.",
        "Yet drones",
        "senior NATO official",
        id="the-description-again-with-some-of-its-words-is-the-source-introduced",
    ),
    pytest.param(
        "Ukraine's forces flew roughly 3 million drones in 2025, a senior NATO official said on "
        "Tuesday.\n\nEuropean states lifted military budgets by 11% last year. Yet drones still "
        "account for under 3% of most equipment budgets, the EU official said.",
        "Yet drones",
        "EU official",
        id="negative-a-description-with-a-word-the-first-lacked-is-someone-else",
    ),
    pytest.param(
        "The army's new drone, known as Project Starling, has slipped by a year, according to "
        "Anna Berg, a programme manager.\n\nEuropean states lifted military budgets by 11% last "
        "year. Yet drones still account for under 3% of most equipment budgets, a senior NATO "
        'official said.\n\n"We buy one tank for the price of 5,000 drones. That has to '
        'change," he said.',
        "That has to change",
        "senior NATO official",
        id="he-right-after-an-unnamed-source-spoke-is-that-source",
    ),
    pytest.param(
        "Karl Weber won the party's nomination in May.\n\nThe party's nominee said on Monday "
        "that the navy needed 12 new frigates. He said the fleet had shrunk by 30% since 2010.",
        "He said the fleet",
        "Karl Weber",
        id="negative-he-after-a-definite-title-of-a-named-person-is-that-person",
    ),
    pytest.param(
        "Deliveries of rockets to Norway's army will stop for four months, according to three "
        "officials familiar with the talks.\n\nThe pause affects the Vektor rocket. The army "
        "had been receiving about 12 rockets a month under a 2023 contract, officials said.",
        "The army had",
        "officials familiar with the talks",
        id="a-bare-group-noun-again-is-the-group-typed-with-it-before",
    ),
    pytest.param(
        "Deliveries of rockets to Norway's army will stop for four months, according to three "
        "officials familiar with the talks.\n\nThe pause affects the Vektor rocket. The army "
        "had been receiving about 12 rockets a month under a 2023 contract, diplomats said.",
        "The army had",
        "diplomats",
        id="negative-another-group-noun-is-another-group",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", DESCRIBED_BEFORE_CASES)
def test_a_description_again_is_the_source_introduced_with_it(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): which members of a bare group speak
GROUP_WHICH_CASES = [
    pytest.param(
        "Two officials familiar with the negotiations said the frigate deal would be signed "
        "in March.",
        "Two officials",
        "officials familiar with the negotiations",
        id="a-bare-group-keeps-familiar-with",
    ),
    pytest.param(
        "Engineers involved in the sea trials said the hull had passed every test.",
        "Engineers involved",
        "Engineers involved in the sea trials",
        id="a-bare-group-keeps-involved-in",
    ),
    pytest.param(
        "Diplomats in Tallinn said the air defence order would double next year.",
        "Diplomats in",
        "Diplomats in Tallinn",
        id="a-bare-group-keeps-the-named-place",
    ),
    pytest.param(
        "Two officials familiar with the negotiations said the deal would slip. "
        "The officials, who asked not to be named, said the price had risen 20 percent.",
        "The officials, who",
        "officials familiar with the negotiations",
        id="the-group-again-is-the-group-introduced",
    ),
    pytest.param(
        "Danish officials familiar with the negotiations said the deal would be signed in March.",
        "Danish officials",
        "Danish officials",
        id="negative-a-typed-group-stays-as-typed",
    ),
    pytest.param(
        "Diplomats in the region said the air defence order would double next year.",
        "Diplomats in",
        "Diplomats",
        id="negative-an-unnamed-place-is-not-kept",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", GROUP_WHICH_CASES)
def test_a_bare_group_is_typed_by_the_words_after_it(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): a relative clause describes the source
RELATIVE_CLAUSE_PERSON_CASES = [
    pytest.param(
        "The Ministry of Defence, where Maria Kesk serves as a deputy secretary, said the order "
        "would be signed in May.",
        "The Ministry",
        "Ministry of Defence",
        id="a-person-in-a-relative-clause-of-a-body-does-not-speak",
    ),
    pytest.param(
        "The Coastal Survey Office, which Maria Kesk founded in 2009, said 40 percent of the "
        "buoys were broken.",
        "The Coastal",
        "Coastal Survey Office",
        id="a-founder-in-a-relative-clause-does-not-speak",
    ),
    pytest.param(
        "The plan would raise 40 billion euros, according to a speech Maria Kesk gave in July.",
        "The plan",
        "Maria Kesk",
        id="negative-a-speech-a-person-gave-is-hers",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", RELATIVE_CLAUSE_PERSON_CASES)
def test_a_person_in_a_relative_clause_of_the_source_is_not_it(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): a title introduced before its name
INTRODUCED_LATER_CASES = [
    pytest.param(
        "The head of the Coastal Defence League told ministers on Wednesday that shell stocks "
        "had halved. She asked them to triple output within five years.\n\n"
        '"We are not producing enough," Secretary General Ilse Marten said as the summit '
        "opened.",
        "The head of",
        "Ilse Marten",
        id="a-title-is-the-titled-person-named-two-sentences-on",
    ),
    pytest.param(
        "The head of the Coastal Defence League told ministers on Wednesday that shell stocks "
        "had halved. Ministers were divided.\n\n"
        "Ilse Marten said 12 members had objected.",
        "The head of",
        "head of the Coastal Defence League",
        id="negative-a-name-with-no-title-two-sentences-on-is-not-it",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", INTRODUCED_LATER_CASES)
def test_a_title_is_the_person_introduced_soon_after(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the sentence of the record, the speaker): a body's name the tagger cut before "for"
NAME_GOES_ON_CASES = [
    pytest.param(
        "The National Board for the Coastal Shipyards of Lundmark said the yards would build "
        "40 ships a year.",
        "The National Board",
        "National Board for the Coastal Shipyards of Lundmark",
        id="the-name-goes-on-after-for-the",
    ),
    pytest.param(
        "In a written reply, the National Board for the Coastal Shipyards of Lundmark rejected the "
        "estimate. It said the yards would build 40 ships a year.",
        "It said",
        "National Board for the Coastal Shipyards of Lundmark",
        id="it-is-the-whole-name",
    ),
    pytest.param(
        "In a written reply, the National Board for the Coastal Shipyards of Lundmark rejected the "
        "estimate. The board also claimed that the yards would build 40 ships a year.",
        "The board also",
        "National Board for the Coastal Shipyards of Lundmark",
        id="the-committee-is-the-whole-name",
    ),
    pytest.param(
        "Dravik Shipbuilding Group of Norway said it would build 40 patrol boats a year.",
        "Dravik Shipbuilding",
        "Dravik Shipbuilding Group",
        id="negative-a-company-of-a-country-is-the-company",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", NAME_GOES_ON_CASES)
def test_a_body_s_name_cut_before_for_goes_on(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the name the parser is made to hang on the noun before it, the noun, the sentence
# of the record, the speaker): "Speaking at a meeting with managers, Erik Dahl, who ..., said"
MISPARSED_SUBJECT_CASES = [
    pytest.param(
        "OSLO, May 2 (Wire) – Norway's state shipbuilder is building four times more hulls "
        "than a decade ago, its chief executive said on Monday.\n\n"
        "Speaking at a closed briefing with yard managers, Erik Dahl, who heads the "
        "Nordhav Yards Group (NYG), said output had reached 12 hulls a year.",
        "Dahl",
        "managers",
        "OSLO, May 2",
        "Erik Dahl",
        id="a-name-hung-on-the-noun-before-it-is-still-the-subject-introduced",
    ),
    pytest.param(
        "OSLO, May 2 (Wire) – Norway's state shipbuilder is building four times more hulls "
        "than a decade ago, its chief executive said on Monday.\n\n"
        "At a closed briefing with yard managers, Erik Dahl, who heads the "
        "Nordhav Yards Group (NYG), the board said output had reached 12 hulls a year.",
        "Dahl",
        "managers",
        "OSLO, May 2",
        "its chief executive",
        id="negative-a-verb-with-its-own-subject-keeps-it",
    ),
]


@pytest.mark.parametrize("text, name, noun, sentence_start, expected", MISPARSED_SUBJECT_CASES)
def test_a_name_the_parser_hung_on_a_noun_is_the_subject_it_introduces(
    nlp, text, name, noun, sentence_start, expected
):
    from pipeline.extract.claims import extract_drafts

    doc = nlp(text)
    second = list(doc.sents)[1]
    tok = next(t for t in second if t.text == name)
    tok.head = next(t for t in second if t.text == noun)
    tok.dep_ = "appos"
    found = {
        d.sentence.text: d.speaker.name
        for d in extract_drafts(doc)
        if d.speaker is not None and d.cue is not None
    }
    hits = [n for sent, n in found.items() if sent.startswith(sentence_start)]
    assert hits and hits[0] == expected, found


def test_a_tagged_organisation_speaks_not_a_name_in_its_apposition(nlp):
    """ "Ostrand Marine Group (OMG), the Tolvik naval shipbuilder, today announced ...",
    with the place "Tolvik" tagged a person: the organisation is the subject's speaker."""
    text = "Ostrand Marine Group, the Tolvik naval shipbuilder, said revenue rose 14% last year."
    doc = nlp(text)
    group = next(t for t in doc if t.text == "Group")
    tolvik = next(t for t in doc if t.text == "Tolvik")
    doc.ents = [
        Span(doc, 0, group.i + 1, label="ORG"),
        Span(doc, tolvik.i, tolvik.i + 1, label="PERSON"),
    ]
    found = SpeakerTracker(doc).resolve(group)
    assert [(s.name, s.kind) for s in found] == [("Ostrand Marine Group", "organization")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "A spokeswoman for the Harbour Authority said 40 berths were closed.",
            (
                "spokeswoman for the Harbour Authority",
                "spokeswoman",
                "Harbour Authority",
                "person",
            ),
            id="a-spokeswoman-for-a-named-body",
        ),
        pytest.param(
            "A company spokesman for Tessling Marine said 12 hulls were late.",
            (
                "company spokesman for Tessling Marine",
                "spokesman",
                "Tessling Marine",
                "person",
            ),
            id="a-spokesman-with-the-company-after-him",
        ),
        pytest.param(
            "Britain will buy six more frigates. A British defence ministry spokesperson "
            "said 12 crews were in training.",
            (
                "British defence ministry spokesperson",
                "spokesperson",
                "UK Ministry of Defence",
                "person",
            ),
            id="the-body-a-spokesperson-speaks-for-by-its-canonical-name",
        ),
        pytest.param(
            "Portugal will buy 300 radars, the Ministry of National Defence said on Monday. "
            "A defence ministry spokesperson said the first 40 would arrive in May.",
            (
                "defence ministry spokesperson",
                "spokesperson",
                "Ministry of National Defence",
                "person",
            ),
            id="the-ministry-a-spokesperson-speaks-for-is-the-one-named-before",
        ),
        pytest.param(
            "A spokesman for Norway's state fisheries agency said catches fell 20%.",
            (
                "spokesman for Norway's state fisheries agency",
                "spokesman",
                "Norwegian state fisheries agency",
                "person",
            ),
            id="a-spokesman-for-a-state-s-agency-as-written-its-agency-by-the-state-s-adjective",
        ),
    ],
)
def test_an_unnamed_spokesperson_is_a_typed_person_of_the_body(nlp, text, expected):
    from pipeline.extract.claims import extract_drafts

    speakers = [d.speaker for d in extract_drafts(nlp(text)) if d.speaker is not None]
    assert speakers, "no attributed record"
    s = speakers[-1]  # the spokesperson's, after any record of the body named before
    assert (s.name, s.role, s.organization, s.kind) == expected


def test_a_name_a_title_is_predicated_of_is_a_person_whatever_the_tagger_made_of_it(nlp):
    doc = nlp(
        "Marrick Ordnance has hired a new team. Its finance director is Fausto Lambrini. "
        "He said 40 percent of the budget had been spent."
    )
    start = next(t.i for t in doc if t.text == "Fausto")
    doc.ents = [Span(doc, start, start + 2, label="ORG")]  # the small model's slip
    tracker = SpeakerTracker(doc)
    assert "Fausto Lambrini" in tracker.persons
    assert tracker.persons["Fausto Lambrini"].role == "finance director"


def test_the_institute_is_a_centre_the_tagger_took_for_a_building(nlp):
    from pipeline.extract.entities import latest_of_type

    text = (
        "Ombria fills twice as many shells as Halbeck, according to a paper released by the "
        "Centre for Munitions and Supply Research.\n\nThe institute puts Ombrian output at "
        "90,000 shells a month."
    )
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Centre")
    end = next(t.i for t in doc if t.text == "Research") + 1
    doc.ents = [Span(doc, start, end, label="FAC")]  # the small model's slip
    assert latest_of_type(doc, text.index("The institute"), "institute") == (
        "Centre for Munitions and Supply Research"
    )


def test_the_company_is_one_the_tagger_took_for_a_place(nlp):
    """ "Varnholm Ordnance's plant" read as a facility is still the company the article
    is about: "the company" later is it, not a town named after it."""
    from pipeline.extract.entities import latest_of_type

    text = (
        "The car park outside Varnholm Ordnance's shell plant is full. He worked at a mill "
        "in Ostrava before.\n\nThe company's annual report put sales at 2.1 billion euros."
    )
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Varnholm")
    town = next(t.i for t in doc if t.text == "Ostrava")
    doc.ents = [Span(doc, start, start + 3, label="FAC"), Span(doc, town, town + 1, label="ORG")]
    assert latest_of_type(doc, text.index("The company"), "company") == "Varnholm Ordnance"


# (text, the sentence of the record, the speaker): a body the article calls by its
# function, by a bare noun after describing it, or by "the ministry" after writing one
BODY_AGAIN_CASES = [
    pytest.param(
        "The Italian defence ministry announced on Friday that it had ordered 24 helicopters.",
        "The Italian defence ministry",
        "Italian Ministry of Defence",
        id="a-ministry-written-with-its-state-s-adjective-is-named-formally",
    ),
    pytest.param(
        "Italy's defence ministry announced on Friday that it had ordered 24 helicopters.",
        "Italy's defence ministry",
        "Italian Ministry of Defence",
        id="a-ministry-written-after-its-state-s-possessive-takes-its-formal-name",
    ),
    pytest.param(
        "The Tarvenne Court of Audit published its review of the tanker programme on Monday. "
        "The watchdog found that each aircraft had cost 14 percent more than planned.",
        "The watchdog found",
        "Tarvenne Court of Audit",
        id="the-watchdog-is-the-audit-body-named-before",
    ),
    pytest.param(
        "The Office for Fiscal Scrutiny reviewed the navy's plan in May. The auditors "
        "estimated that the two ships would need another 300 million euros.",
        "The auditors estimated",
        "Office for Fiscal Scrutiny",
        id="the-auditors-are-the-audit-body-for-a-verb-of-reckoning-too",
    ),
    pytest.param(
        "The Harbour Pilots Association met on Monday. The watchdog said 40 ships were late.",
        "The watchdog said",
        "watchdog",
        id="negative-no-body-with-a-word-of-audit-stays-the-watchdog",
    ),
    pytest.param(
        "Ornavia's defence ministry said on Monday it had ordered 40 tanks. The ministry said "
        "the first 12 would arrive in 2027.",
        "The ministry said the first",
        "Ornavian Ministry of Defence",
        id="the-ministry-after-a-ministry-written-with-its-state",
    ),
    pytest.param(
        "The Valdenese embassy in Lisbon said the country had sent 12 howitzers. The embassy "
        "added that 30 more would follow by June.",
        "The embassy added",
        "Valdenese embassy",
        id="a-bare-body-noun-is-the-body-described-before-with-it",
    ),
    pytest.param(
        "Exports rose 23 percent, the national statistics office Statinor said on Tuesday. "
        "Shells made up 37 percent of the total, the office said.",
        "Shells made up",
        "Statinor",
        id="a-bare-body-noun-is-the-name-written-after-it-before",
    ),
]


BODY_AGAIN_CASES += [
    pytest.param(
        "The Eastport Welders' Syndicate has 3,200 members. The union, which claims most of the "
        "yard's staff, said 450 of them had quit since 2023.",
        "The union, which",
        "Eastport Welders' Syndicate",
        id="the-union-is-the-workers-body-named-before-with-a-relative-clause-too",
    ),
    pytest.param(
        "A new magazine would hold 2,500 tonnes of propellant, the Halberd Gazette reported on "
        "Friday. The newspaper said the army had paid 3 million euros for the site.",
        "The newspaper said",
        "Halberd Gazette",
        id="the-newspaper-is-the-paper-named-before",
    ),
    pytest.param(
        "Tessmark builds more tanks than Ebbemark does. Ebbemark's foreign intelligence "
        "service said Tessmark made 180 tanks last year.",
        "Ebbemark's foreign",
        "Ebbemark foreign intelligence service",
        id="a-state-s-possessive-in-a-body-s-description-becomes-its-adjective-or-name",
    ),
    pytest.param(
        "Vessia wants the order. Vessia's shipbuilders' association said its yards had "
        "delivered 9 warships since 2016.",
        "Vessia's shipbuilders'",
        "Vessian shipbuilders' association",
        id="a-state-owning-a-body-s-owner-becomes-its-adjective",
    ),
    pytest.param(
        "Governor Edda Sorn said debris had hit a depot. Pellvik is under attack. Pellvik's "
        "air force says its crews downed 27 of 33 drones.",
        "Pellvik's air force",
        "Pellvik air force",
        id="a-state-s-air-force-is-no-person-of-the-article",
    ),
]


# (text, the sentence of the record, the speaker): a document's author or owner, and a
# state's body after the state's possessive
DOCUMENT_OWNER_CASES = [
    pytest.param(
        "Helena Marsh, who heads the Public Accounts Office, briefed MPs on Monday. Her "
        "office's review, released in May, concluded that the navy had overpaid for 6 tugs.",
        "Her office's review",
        "Public Accounts Office",
        id="a-document-of-her-office-is-the-office-she-heads",
    ),
    pytest.param(
        "Helena Marsh, who heads the Defence Procurement Agency, briefed MPs on Monday. "
        "By her agency's count, a howitzer now reaches a "
        "customer 14 months after the order.",
        "By her agency's count",
        "Defence Procurement Agency",
        id="her-agency-is-the-agency-she-heads",
    ),
    pytest.param(
        "The Pellworth Institute studies naval yards.\n\nSatellite imagery examined by the "
        "Pellworth Institute reveals 2 new slipways at the Kessen yard, each some 280 metres "
        "long.",
        "Satellite imagery examined",
        "Pellworth Institute",
        id="imagery-a-body-analysed-is-the-body-s",
    ),
    pytest.param(
        "Sarvania's army is short of tanks.\n\nSarvania has lost 2,600 tanks since 2022, "
        "according to counts kept by volunteer researchers.",
        "Sarvania has lost",
        "volunteer researchers",
        id="a-document-a-group-keeps-is-the-group-s",
    ),
    pytest.param(
        "Sarvania's army is short of shells.\n\nSarvania made some 38,000 shells in 2024, "
        "defence ministry figures show.",
        "Sarvania made some",
        "Sarvanian Ministry of Defence",
        id="a-body-s-noun-before-a-document-is-its-owner",
    ),
    pytest.param(
        "The Pellworth Institute published its register of armed forces on Monday. The "
        "register puts Sarvania's serving troops at 61,500.",
        "The register puts",
        "Pellworth Institute",
        id="a-register-is-a-document-of-its-publisher",
    ),
    pytest.param(
        "Sarvania's defence budget will rise again. Sarvania's government has pledged to spend "
        "3 percent of output on defence by 2028.",
        "Sarvania's government has pledged",
        "Sarvanian government",
        id="a-state-s-government-after-its-possessive-takes-its-adjective",
    ),
    pytest.param(
        "Sarvania's navy is short of crews.\n\nThe government's own defence review, published "
        "in May, says the navy needs 2,000 more sailors.",
        "The government's own defence review",
        "Sarvanian government",
        id="a-document-the-government-owns-is-the-state-s-government-s",
    ),
    pytest.param(
        "Sarvania's army is short of shells.\n\nThe army's internal requirements study says it "
        "needs 600,000 shells a year.",
        "The army's internal requirements study",
        "Sarvanian Army",
        id="a-document-the-army-owns-is-the-state-s-army-s",
    ),
    pytest.param(
        "The Brackley Institute for Industry published a report on Monday on shell output. "
        "The researchers found that output had doubled to 700,000 rounds a year.",
        "The researchers found",
        "Brackley Institute for Industry",
        id="the-researchers-of-a-report-a-named-body-published-are-that-body",
    ),
    pytest.param(
        "A long study put out on Monday by several university researchers shows how "
        "shipyards bury costs. The researchers reported that Ostmark spent 40 million euros "
        "on repairs.",
        "The researchers reported",
        "university researchers",
        id="negative-the-researchers-of-a-described-group-stay-that-group",
    ),
    pytest.param(
        "The Military Intelligence Bureau, in a review it released on Thursday, said "
        "Drossland fills 230,000 rounds a year. The review says Drossland has doubled its "
        "output since 2021.",
        "The review says",
        "Military Intelligence Bureau",
        id="a-document-a-body-spoke-in-set-off-by-commas-is-its",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", BODY_AGAIN_CASES + DOCUMENT_OWNER_CASES)
def test_a_body_or_a_document_named_again_is_the_one_named_before(
    nlp, text, sentence_start, expected
):
    """A body called by its function or a bare noun, a document by its author or owner."""
    assert _speaker_of(nlp, text, sentence_start) == expected


# (text, the start of the record's sentence, the speaker's (name, role, organisation)):
# whose office "its" or "the ministry" gives
OFFICE_OWNER_CASES = [
    pytest.param(
        "Norway will buy 30 jets from Orbis Aviation, its defence minister announced. "
        "Idony Brell told reporters the first four would arrive in 2027.",
        "Norway will buy",
        ("Idony Brell", "defence minister", "Norway"),
        id="its-minister-is-the-state-s-not-the-company-named-last",
    ),
    pytest.param(
        "Orbis Aviation will build 30 jets a year, its chief executive announced. "
        "Idony Brell told reporters the first four would arrive in 2027.",
        "Orbis Aviation will build",
        ("Idony Brell", "chief executive", "Orbis Aviation"),
        id="negative-its-chief-executive-is-the-company-s",
    ),
    pytest.param(
        "The jets were painted in Orbis Aviation's grey livery. Idony Brell, who took over "
        "the ministry in January, said 19 jets would be replaced.",
        "Idony Brell, who took",
        ("Idony Brell", "head of the ministry", None),
        id="the-ministry-is-no-body-without-a-ministry-s-name",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", OFFICE_OWNER_CASES)
def test_the_body_an_office_is_held_at(nlp, text, sentence_start, expected):
    from pipeline.extract.claims import extract_drafts

    found = [
        (d.speaker.name, d.speaker.role, d.speaker.organization)
        for d in extract_drafts(nlp(text))
        if d.speaker is not None and d.sentence.text.startswith(sentence_start)
    ]
    assert found, f"no attributed record for {sentence_start!r}"
    assert found[0] == expected


_BYLINED = (
    "Tanks by the numbers\n\nBy Idony Brell, senior fellow, Velk Institute for Defence Studies\n\n"
)
# (text, words of the record's sentence, the speaker): the writers' "we" and "our"
WRITERS_VOICE_CASES = [
    pytest.param(
        _BYLINED + "Our estimates put Russian tank output at 1,500 a year.",
        "Our estimates put",
        "Velk Institute for Defence Studies",
        id="our-estimates-in-a-commentary-are-the-byline-s-body-s",
    ),
    pytest.param(
        _BYLINED + "Russia builds tanks fast. Iran builds perhaps 200 a year, by our estimate.",
        "Iran builds perhaps",
        "Velk Institute for Defence Studies",
        id="by-our-estimate-in-a-commentary-is-the-byline-s-body-s",
    ),
    pytest.param(
        "Tanks by the numbers\n\nBy Idony Brell\n\nOur estimates put Russian tank output at "
        "1,500 a year.",
        "Our estimates put",
        "Our estimates",
        id="negative-without-a-body-in-the-byline-our-estimates-stay-as-written",
    ),
    pytest.param(
        _BYLINED + '"Our estimates put Russian tank output at 1,500 a year," said Anna Berg, '
        "a retired colonel.",
        "Our estimates put",
        "Anna Berg",
        id="negative-our-inside-a-quotation-is-the-quoted-person-s",
    ),
]


@pytest.mark.parametrize("text, words, expected", WRITERS_VOICE_CASES)
def test_the_writers_voice_is_the_body_their_byline_names(nlp, text, words, expected):
    found = [name for name in _speakers_where(nlp, text, words) if name is not None]
    assert found, f"no attributed record for {words!r}"
    assert found[0] == expected


# Unnamed sources under their description as written, without an article or count: the
# words that say which of them, and a later "the ..." with the same words is the one
# introduced.
# (text, start of the record's sentence, speaker)
AS_WRITTEN_CASES = [
    pytest.param(
        "According to a person briefed on the negotiations, the deal is worth $2 billion. "
        "Talks began in May. The person briefed on the negotiations said the army wanted 40 "
        "tanks.",
        "The person briefed",
        "person briefed on the negotiations",
        id="the-description-again-is-the-source-introduced-with-it",
    ),
    pytest.param(
        "A person briefed on the negotiations said the deal is worth $2 billion. The person "
        "close to the buyer said the army wanted 40 tanks.",
        "The person close",
        "person close to the buyer",
        id="negative-other-words-after-the-noun-are-another-source",
    ),
    pytest.param(
        "A local estate agent said prices had risen 8 percent.",
        "A local estate agent",
        "local estate agent",
        id="one-source-of-a-trade-is-named-by-its-trade-without-the-article",
    ),
    pytest.param(
        "A representative of the dockworkers\u2019 union at the yard, who declined to give a "
        "name, said 300 jobs were at risk.",
        "A representative",
        "representative of the dockworkers\u2019 union at the yard",
        id="two-phrases-after-the-noun-and-a-plural-s-mark-as-written",
    ),
    pytest.param(
        "Representatives of the staff council said 200 jobs could go.",
        "Representatives",
        "Representatives of the staff council",
        id="a-group-typed-by-an-of-phrase",
    ),
    pytest.param(
        "Analysts on the investor line said orders had grown by 12 percent.",
        "Analysts",
        "Analysts on the investor line",
        id="a-group-typed-by-an-on-phrase",
    ),
    pytest.param(
        "Officials from three of the smaller allies said the 3 percent goal was out of reach.",
        "Officials",
        "Officials from three of the smaller allies",
        id="a-group-typed-by-a-from-phrase",
    ),
    pytest.param(
        "Analysts on Monday said the backlog had grown by 12 percent.",
        "Analysts",
        "Analysts",
        id="negative-a-time-after-a-group-says-when-not-which",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", AS_WRITTEN_CASES)
def test_unnamed_sources_as_written(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# A person's short form and trade: (text, start of the record's sentence, speaker, role)
SHORT_FORM_CASES = [
    pytest.param(
        "Fleet report\n\nVice Admiral Ilsabe Vos de Wit has commanded the navy for two "
        "years.\n\nVos de Wit first went to sea in 1991. \u201cWe have 14 ships,\u201d she "
        "says.",
        "\u201cWe have 14 ships",
        "Ilsabe Vos de Wit",
        "Vice Admiral",
        id="a-family-name-of-several-words-is-the-person-named-in-full",
    ),
    pytest.param(
        "Trial report\n\nThe jury then heard from Kerem Baysal, a former accountant at the "
        "firm.\n\n"
        "\u201cNobody checked the invoices,\u201d Baysal said.",
        "\u201cNobody checked",
        "Kerem Baysal",
        "former accountant",
        id="a-trade-in-apposition-makes-a-person-of-any-given-name",
    ),
    pytest.param(
        "Plant\n\nIn the last hall it is quiet.\n\nBrunhild, a quality inspector, scans each "
        "pallet. She turns back roughly 2 percent of the fuzes, she says.",
        "She turns back",
        "Brunhild",
        "quality inspector",
        id="a-given-name-alone-with-a-title-in-apposition-is-a-person",
    ),
]


@pytest.mark.parametrize("text, sentence_start, name, role", SHORT_FORM_CASES)
def test_short_forms_and_trades_of_people(nlp, text, sentence_start, name, role):
    from pipeline.extract.claims import extract_drafts

    found = [
        (d.speaker.name, d.speaker.role)
        for d in extract_drafts(nlp(text))
        if d.speaker is not None and d.sentence.text.startswith(sentence_start)
    ]
    assert found == [(name, role)]


# Documents of other names (lexicon `document_nouns`) speak for who issued them:
# (text, start of the record's sentence, speaker)
DOCUMENT_NOUN_CASES = [
    pytest.param(
        "The transport ministry has signed the deal. A contract summary published by the "
        "transport ministry puts the deal at 300 million euros.",
        "A contract summary",
        "Ministry of Transport",
        id="a-summary-released-by-a-body-is-the-body-s",
    ),
    pytest.param(
        "The Harwell Institute published a note on Monday. The note puts Kessia's fleet at "
        "28 aircraft.",
        "The note puts",
        "Harwell Institute",
        id="the-note-a-body-published-is-the-body-s",
    ),
]


@pytest.mark.parametrize("text, sentence_start, expected", DOCUMENT_NOUN_CASES)
def test_documents_of_other_names_speak_for_their_issuer(nlp, text, sentence_start, expected):
    assert _speaker_of(nlp, text, sentence_start) == expected


# The writer of a signed piece speaking of himself ends a document's passage: (text, the
# words of the sentence in question, its speaker)
FIRST_PERSON_CASES = [
    pytest.param(
        "Same tanks twice\n\nBy Ansel Marrow\n\nEurope's armies operate 17 types of tank, "
        "according to the Harwell Institute's latest yearbook. They field 14 types of "
        "howitzer. Back in 2017 my department spent 3.8 million euros on every one of 30 "
        "radars.\n",
        "my department spent",
        None,
        id="the-writer-s-own-figures-are-no-document-s",
    ),
    pytest.param(
        "Same tanks twice\n\nBy Ansel Marrow\n\nEurope's armies operate 17 types of tank, "
        "according to the Harwell Institute's latest yearbook. They field 14 types of "
        "howitzer.\n",
        "They field",
        "Harwell Institute",
        id="negative-the-passage-goes-on-without-the-writer-s-voice",
    ),
]


@pytest.mark.parametrize("text, words, expected", FIRST_PERSON_CASES)
def test_a_signed_writer_in_the_first_person_ends_a_passage(nlp, text, words, expected):
    assert _speakers_where(nlp, text, words) == [expected]


HYPHENATED_GIVEN_NAMES = [
    pytest.param(
        "Magnus-Valdemar Saar said the centre had signed contracts worth 90 million euros.",
        "signed contracts",
        "Magnus-Valdemar Saar",
        id="a-given-name-cut-at-its-hyphen-by-the-tagger",
    ),
    pytest.param(
        "Anna-Lena Berg, a spokeswoman for the yard, said orders had doubled.",
        "orders had doubled",
        "Anna-Lena Berg",
        id="a-given-name-the-tagger-keeps-whole",
    ),
    pytest.param(
        "Pro-Kremlin blogger Ivan Sokolov said 300 tanks had been lost.",
        "tanks had been lost",
        "Ivan Sokolov",
        id="negative-a-hyphened-word-before-a-title-is-no-given-name",
    ),
]


@pytest.mark.parametrize("text, words, expected", HYPHENATED_GIVEN_NAMES)
def test_hyphenated_given_names(nlp, text, words, expected):
    assert _speakers_where(nlp, text, words) == [expected]
