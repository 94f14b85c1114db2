"""Quantity extraction: one behaviour per row, sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from pipeline.extract.quantities import (
    annotate_lines,
    duration_in_days,
    extract_quantities,
    iso_duration,
)
from pipeline.nlp.model import load_nlp
from pipeline.records import Quantity


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _triples(nlp, text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, round(q.value, 3), q.unit) for q in extract_quantities(nlp(text))]


# (sentence, [(text, value, unit), ...]) — values rounded to 3 decimals
CASES = [
    # digits, words and magnitudes
    ("The army took delivery of 155 tanks last spring.", [("155", 155, "tank")]),
    ("Kyiv asked for 1,200 interceptors.", [("1,200", 1200, "interceptor")]),
    ("The brigade fielded 40 new tanks.", [("40", 40, "tank")]),
    ("Each launcher carries 3.5 tonnes of fuel.", [("3.5 tonnes", 3.5, "tonne")]),
    ("Three battalions crossed the river.", [("Three", 3, "battalion")]),
    ("Twenty-five frigates sailed from the base.", [("Twenty-five", 25, "frigate")]),
    (
        "The plant built one hundred and fifty howitzers.",
        [("one hundred and fifty", 150, "howitzer")],
    ),
    ("The navy ordered a dozen patrol boats.", [("a dozen", 12, "patrol boat")]),
    ("The factory made 1.5 million shells.", [("1.5 million", 1_500_000, "shell")]),
    ("Ukraine received 2 million shells from allies.", [("2 million", 2_000_000, "shell")]),
    ("Officials counted 300k rounds in the depot.", [("300k", 300_000, "round")]),
    ("The unit lost 3,000 drones to jamming.", [("3,000", 3000, "drone")]),
    ("The ministry hired one contractor for the job.", [("one", 1, "contractor")]),
    # counted noun past modifiers, designations and partitives; irregular plurals
    (
        "The plant refits 30 old and upgraded T-72B3 tanks.",
        [("30", 30, "tank")],
    ),
    ("Warsaw wants 96 more Apache AH-64E helicopters.", [("96", 96, "helicopter")]),
    ("The navy will buy four Type 31 frigates.", [("four", 4, "frigate")]),
    ("The yard ordered 12 sea-launched drones.", [("12", 12, "drone")]),
    ("The army keeps fewer than 300 of its newest rockets.", [("300", 300, "rocket")]),
    ("Kyiv received 50 of the long-range missiles.", [("50", 50, "missile")]),
    ("The agency hired 2,100 people.", [("2,100", 2100, "person")]),
    (
        "Shell production will climb to 900, up from 600 a year earlier.",
        [("900", 900, "shell"), ("600", 600, "shell")],
    ),
    (
        "The firm sold 3 million rifles, up from about 2 million.",
        [("3 million", 3e6, "rifle"), ("2 million", 2e6, "rifle")],
    ),
    ("The firm shipped 2.4m of its drones.", [("2.4m", 2_400_000, "drone")]),
    ("It flies sub-500 km sorties.", [("sub-500 km", 500, "kilometre")]),
    # money
    ("The deal is worth $2.3bn.", [("$2.3bn", 2_300_000_000, "USD")]),
    ("Berlin pledged €40m for air defence.", [("€40m", 40_000_000, "EUR")]),
    ("London spent £900 million on training.", [("£900 million", 900_000_000, "GBP")]),
    ("The budget rose to 13 trillion rubles.", [("13 trillion rubles", 13e12, "RUB")]),
    ("Tokyo set aside 8 billion yen for radars.", [("8 billion yen", 8e9, "JPY")]),
    ("The contract was priced at 500 million dollars.", [("500 million dollars", 5e8, "USD")]),
    (
        "The frigate cost $US410,000,000 ($A620m).",
        [("$US410,000,000", 4.1e8, "USD"), ("$A620m", 6.2e8, "AUD")],
    ),
    # an abbreviation whose case tells the unit
    ("The new engine gives 650 Nm of torque.", [("650 Nm", 650, "newton metre")]),
    ("The sensor chip is built on a 4 nm process.", [("4 nm", 4, "nanometre")]),
    ("The radio runs on a 10W amplifier.", [("10W", 10, "watt")]),
    ("The base draws 12 MW from the grid.", [("12 MW", 12, "megawatt")]),
    ("The jammer emits 5 kW.", [("5 kW.", 5, "kilowatt")]),
    ("The hull plate is rated at 350 MPa.", [("350 MPa", 350, "megapascal")]),
    # a noun glued by a hyphen to the number, or a unit right after it, is what it counts
    ("The boat has a 6-cylinder diesel engine.", [("6", 6, "cylinder")]),
    ("The ministry sent a 40-page report.", [("40", 40, "page")]),
    ("The tank has a 1.5 litre auxiliary engine.", [("1.5 litre", 1.5, "litre")]),
    # 'by X to Y' far apart is a change and a level, not a range; a lone 'one' stays out
    ("Output rose by 5 to 30 tanks.", [("5", 5, None), ("30", 30, "tank")]),
    ("One or two said no.", [("two", 2, None)]),
    ("One or two officers said no.", [("One", 1, "officer"), ("two", 2, "officer")]),
    # 'crowns' are the currency of the country the text names, else a counted noun
    ("The Czech army will spend 4 billion crowns on radars.", [("4 billion crowns", 4e9, "CZK")]),
    ("Stockholm set aside 900 million crowns.", [("900 million crowns", 9e8, "SEK")]),
    ("Oslo paid 70 million Danish crowns.", [("70 million Danish crowns", 7e7, "DKK")]),
    ("The museum displays 3 crowns.", [("3", 3, "crown")]),
    # a currency name several states use is that of the state the text names nearest to
    # the figure (name, adjective or capital), or of the adjective before it
    ("Tunis will spend 900 million dinars on patrol boats.", [("900 million dinars", 9e8, "TND")]),
    (
        "Algeria's navy got 40 billion dinars; Jordan's army got 300 million dinars.",
        [("40 billion dinars", 4e10, "DZD"), ("300 million dinars", 3e8, "JOD")],
    ),
    (
        "The deal is worth 2 billion Sri Lankan rupees.",
        [("2 billion Sri Lankan rupees", 2e9, "LKR")],
    ),
    ("Colombo set aside Rs 90 billion for the navy.", [("Rs 90 billion", 9e10, "LKR")]),
    ("Nairobi paid 12 billion shillings for radars.", [("12 billion shillings", 1.2e10, "KES")]),
    ("The fee was 40 shillings.", [("40", 40, "shilling")]),
    ("Baku's plant cost 310 million manats.", [("310 million manats", 3.1e8, "AZN")]),
    ("The garrison cost 6 million dinars a year.", [("6 million dinars", 6e6, "KWD")]),
    ("Yerevan will spend 90 billion drams.", [("90 billion drams", 9e10, "AMD")]),
    ("Mix 5 drams of oil into the grease.", [("5", 5, "dram")]),
    # currency names of one state only
    ("Tbilisi spent 58 million lari on trucks.", [("58 million lari", 5.8e7, "GEL")]),
    ("Port Moresby pledged 260 million kina.", [("260 million kina", 2.6e8, "PGK")]),
    # temperature scales and torque spelled out
    ("The engine bay reached 90 degrees Celsius.", [("90 degrees Celsius", 90, "celsius")]),
    ("The diesel gives 410 lb-ft of torque.", [("410 lb-ft", 410, "pound-foot")]),
    # pence, and currency symbols as ASCII transliteration writes them, glued to digits
    ("The shares closed at 212p on Friday.", [("212p", 212, "pence")]),
    ("The shares lost 4 p in early trade.", [("4 p", 4, "pence")]),
    ("The refit was priced at PS4.5m.", [("PS4.5m.", 4_500_000, "GBP")]),
    ("The budget includes Y=820 billion for radars.", [("Y=820 billion", 8.2e11, "JPY")]),
    ("The crew played PS5 games on the ship.", []),
    # a bare number between commas after a person's name is an age
    ("The pilot, Maria Vogt, 44, flew the first sortie.", [("44", 44, "year of age")]),
    # percentages
    ("Spending grew 12% in real terms.", [("12%", 12, "percent")]),
    ("Exports fell 7 percent.", [("7 percent", 7, "percent")]),
    ("Readiness reached 65 per cent.", [("65 per cent", 65, "percent")]),
    # multipliers and fractions
    ("Output is three times higher than before the war.", [("three times", 3, "times")]),
    ("The plant doubled its output.", [("doubled", 2, "times")]),
    ("The new line makes twice as many rounds.", [("twice", 2, "times")]),
    ("Production of missiles rose sixfold.", [("sixfold", 6, "times")]),
    ("Drone deliveries grew 6-fold.", [("6-fold", 6, "times")]),
    ("The shipyard cut its workforce by a third.", [("a third", 0.333, "times")]),
    ("Half of the budget goes to procurement.", [("Half", 50, "percent")]),
    ("Two thirds of the tanks are idle.", [("Two thirds", 0.667, "times")]),
    ("Three quarters of the fleet is grounded.", [("Three quarters", 75, "percent")]),
    # durations
    ("The plant can build the engines in three months.", [("three months", 3, "month")]),
    # a rate's period is no quantity of its own (see RATES)
    ("The line turns out 20 drones per month.", [("20", 20, "drone")]),
    ("The yard will hand over one submarine a year from 2030.", [("one", 1, "submarine")]),
    ("Recruits earn €2,000 a month.", [("€2,000", 2000, "EUR")]),
    ("The ammunition would run out in less than a month.", [("a month", 1, "month")]),
    ("The new line will open a year from now.", []),
    ("The deal includes five years of maintenance.", []),
    ("NATO fires that many shells in a year.", [("a year", 1, "year")]),
    ("Stocks will be rebuilt over two years.", [("two years", 2, "year")]),
    (
        "Yards could double their output within a decade.",
        [("double", 2, "times"), ("a decade", 10, "year")],
    ),
    ("The corvette was launched a year ago.", []),
    ("Last year the yard delivered nothing.", []),
    ("The tanks were refitted three years ago.", []),
    ("The firm signed a five-year contract.", []),
    # approximations and bounds (the words stay out of the text)
    ("About 300 soldiers were redeployed.", [("300", 300, "soldier")]),
    ("More than 1,200 drones were shot down.", [("1,200", 1200, "drone")]),
    ("The missile can fly up to 40 km.", [("40 km", 40, "kilometre")]),
    # ranges
    ("The convoy had between 20 and 30 tanks.", [("20", 20, "tank"), ("30", 30, "tank")]),
    ("Each battery needs 20-30 trucks.", [("20", 20, "truck"), ("30", 30, "truck")]),
    ("The unit needs 20 to 30 trucks.", [("20", 20, "truck"), ("30", 30, "truck")]),
    ("The refit takes three or four years.", [("three", 3, "year"), ("four years", 4, "year")]),
    # not quantities
    ("The parade took place in 2024.", []),
    ("The budget covers 2022-2023.", []),
    ("The talks opened on November 17.", []),
    ("The treaty was signed on 17 November 2024.", []),
    ("It was the third such strike this week.", []),
    ("The first battalion moved north.", []),
    ("The howitzer fires 155mm rounds.", []),
    # house numbers and postal codes are no quantities
    ("The depot at 575 Harbour Road was closed.", []),
    ("Staff moved to 16-18 Dock Avenue last year.", []),
    ("Prices in the 90210 ZIP code rose.", []),
    ("The army sent 40 Marines to the port.", [("40", 40, "marine")]),
    ("About 500 Ukrainians crossed the border.", [("500", 500, "ukrainian")]),
    ("The brigade is short of the 155mm.", []),
    ("The new 7.62 mm rifle entered service.", []),
    # millimetres that are no calibre are a length
    ("The armour plate is 12.5 mm thick.", [("12.5 mm", 12.5, "millimetre")]),
    ("Divers found a 0.4mm crack in the hull.", [("0.4mm", 0.4, "millimetre")]),
    ("The depot fired 10,000 152mm shells a week.", [("10,000", 10000, "shell")]),
    ("It is a 155-millimetre gun.", []),
    ("Poland bought the F-35 and the K2.", []),
    ("The T-90 met the S-400 and the Su-57 on the range.", []),
    ("The radar was upgraded several times.", []),
    ("Millions of rounds were fired.", []),
    ("Dozens of drones hit the city.", []),
    ("It is one of the largest plants in Europe.", []),
    ("The allies trusted one another.", []),
    ("The briefing started at 11 a.m. local time.", []),
    ("The strike came at 17:30.", []),
    ("Members invoked Article 5 of the treaty.", []),
    ("Published: 2025-03-04", []),
    ("The review is dated 2024-11-30 in the annex.", []),
    # counted nouns keep their compound; a designation or a hyphenated modifier stays out
    ("The navy will operate two aircraft carriers.", [("two", 2, "aircraft carrier")]),
    (
        "The brigade has 120 infantry fighting vehicles.",
        [("120", 120, "infantry fighting vehicle")],
    ),
    ("The plant fills 8,000 propellant charges.", [("8,000", 8000, "propellant charge")]),
    ("Kyiv wants 300 armoured vehicles.", [("300", 300, "armoured vehicle")]),
    ("Pilots flew 640 patrol missions.", [("640", 640, "patrol mission")]),
    ("The yard ordered 40 anti-ship missiles.", [("40", 40, "missile")]),
    # a calibre between the number and its noun is no part of the unit
    ("Berlin sent 40,000 155mm artillery rounds.", [("40,000", 40000, "artillery round")]),
    ("The depot holds 9,000 120-mm mortar bombs.", [("9,000", 9000, "mortar bomb")]),
    # the noun after a designation the numeral modifies
    ("Oslo is buying another 60 Vard-II radars.", [("60", 60, "radar")]),
    # a noun that names the figure is no unit
    ("Officials disputed the 40,000 figure.", [("40,000", 40000, None)]),
    # digit grouping by dots or spaces
    ("The army has 300.000 soldiers.", [("300.000", 300000, "soldier")]),
    ("The depot holds 1.400 tanks.", [("1.400", 1400, "tank")]),
    ("The plan adds 1.250.000 rounds.", [("1.250.000", 1250000, "round")]),
    ("Kyiv received 2 000 drones.", [("2 000", 2000, "drone")]),
    ("The factory assembled 1 250 000 fuses.", [("1 250 000", 1250000, "fuse")]),
    ("The rifle weighs 3.5 kg.", [("3.5 kg", 3.5, "kilogram")]),
    ("Each shell costs €4.000 apiece.", [("€4.000", 4000, "EUR")]),
    ("The loan totals $1.125 billion.", [("$1.125 billion", 1_125_000_000, "USD")]),
    ("The budget share was 40% five years earlier.", [("40%", 40, "percent")]),
    # counts between 1000 and 2100 are no years unless a year's context says so
    ("1050 drones were shot down over the weekend.", [("1050", 1050, "drone")]),
    ("In May, 1050 drones were shot down.", [("1050", 1050, "drone")]),
    ("The plant made 2030 drones in 2025.", [("2030", 2030, "drone")]),
    ("The army fired 2000 shells per day.", [("2000", 2000, "shell")]),
    ("Turnout fell below 2019 levels.", []),
    ("The cuts date from the 1990s and 2004.", []),
    (
        "An audit of the 2021 accounts found 800 million euros unspent.",
        [("800 million euros", 800_000_000, "EUR")],
    ),
    # a numbered reference sends the reader to a source: no figure
    ("Pensions take 31 percent of the payroll [6].", [("31 percent", 31, "percent")]),
    ("The fleet shrank to 14 hulls [2, 5], its smallest since 1946 [3–4].", [("14", 14, "hull")]),
    (
        "Hospitals wait 90 days for payment [12]. The backlog grew 9 percent [12][13].",
        [("90 days", 90, "day"), ("9 percent", 9, "percent")],
    ),
    ("The depot listed [40 tanks] as ready.", [("40", 40, "tank")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_extract_quantities(nlp, text, expected):
    assert _triples(nlp, text) == [(t, round(v, 3), u) for t, v, u in expected]


@pytest.mark.parametrize("text", [text for text, _ in CASES])
def test_offsets_index_the_text(nlp, text):
    doc = nlp(text)
    for q in extract_quantities(doc):
        assert doc.text[q.char_start : q.char_end] == q.text


# (sentence, attribute, value on every quantity found)
MODIFIERS = [
    ("About 300 soldiers were redeployed.", "approximate", True),
    ("Nearly 12 per cent of the fleet is idle.", "approximate", True),
    ("Roughly 40 helicopters took part.", "approximate", True),
    ("Some 5,000 troops were mobilised.", "approximate", True),
    ("The army has approximately 900 tanks.", "approximate", True),
    ("More than 1,200 drones were shot down.", "bound", "at_least"),
    ("At least 60 sorties were flown.", "bound", "at_least"),
    ("The missile can fly up to 40 km.", "bound", "at_most"),
    ("Fewer than 10 jets are ready.", "bound", "at_most"),
    ("Stocks will be rebuilt over two years.", "bound", "exact"),
    ("The army has 900 tanks.", "approximate", False),
]


@pytest.mark.parametrize("text, attribute, expected", MODIFIERS)
def test_modifiers(nlp, text, attribute, expected):
    quantities = extract_quantities(nlp(text))
    assert quantities
    assert all(getattr(q, attribute) == expected for q in quantities)


# (sentence, [(text, value, unit, per), ...]): the period of a rate is on the figure
RATES = [
    ("The plant turns out 350,000 shells a year.", [("350,000", 350000, "shell", "P1Y")]),
    ("Rents rose to $3,500 a month.", [("$3,500", 3500, "USD", "P1M")]),
    ("The firm makes 70 cruise missiles per day.", [("70", 70, "cruise missile", "P1D")]),
    ("Prices climbed 12% a year.", [("12%", 12, "percent", "P1Y")]),
    ("The convoy moved at 50 miles per hour.", [("50 miles per hour", 50, "mile per hour", None)]),
    ("The drone flies 80 kilometres an hour.", [("80", 80, "kilometre", "PT1H")]),
    ("It delivers up to 90 of the rockets a year.", [("90", 90, "rocket", "P1Y")]),
    (
        "Russia builds 30-40 new and refitted T-80 tanks a month.",
        [("30", 30, "tank", "P1M"), ("40", 40, "tank", "P1M")],
    ),
    ("They patrol twice a week.", [("twice", 2, "times", "P1W")]),
    # a duration can be a rate of a longer period; a dash after the period is no hyphen
    ("Crews drill 12 hours a week.", [("12 hours", 12, "hour", "P1W")]),
    ("Sea ice thins 3 feet per decade - faster than before.", [("3 feet", 3, "foot", "P10Y")]),
    # a money or measure figure divided by something other than time
    ("The fund paid 41 cents per share.", [("41 cents", 41, "cent", "share")]),
    ("Hangar space rents at $18 per square foot.", [("$18", 18, "USD", "square foot")]),
    ("Fuel was sold at $92 a barrel.", [("$92", 92, "USD", "barrel")]),
    ("The drone reaches 160 km/h in a dive.", [("160 km", 160, "kilometre", "PT1H")]),
    ("The shares rose 3 per cent.", [("3 per cent", 3, "percent", None)]),
    (
        "The bid was C$9 (US$6.60) per share.",
        [("C$9", 9, "CAD", "share"), ("US$6.60", 6.6, "USD", "share")],
    ),
    (
        "Ozone reached 80 parts per million.",
        [("80 parts per million", 80, "part per million", None)],
    ),
    ("The yard has 12 cranes a dock.", [("12", 12, "crane", None)]),
    # a duration that frames an output is a quantity of its own, no period
    (
        "The line built 900 shells in a month.",
        [("900", 900, "shell", None), ("a month", 1, "month", None)],
    ),
    ("The plant built 900 shells last year.", [("900", 900, "shell", None)]),
    ("The yard will open a year from now.", []),
]


@pytest.mark.parametrize("text, expected", RATES)
def test_rate_period(nlp, text, expected):
    got = [(q.text, round(q.value, 3), q.unit, q.per) for q in extract_quantities(nlp(text))]
    assert got == expected


# (sentence, [(text, change), ...]): a figure that is a change goes up or down
CHANGES = [
    ("Exports rose 21% to 164 billion euros.", [("21%", "up"), ("164 billion euros", None)]),
    ("Shares fell 2.8% on Monday.", [("2.8%", "down")]),
    ("Sales were up 4% in May.", [("4%", "up")]),
    ("The ministry cut the budget by 300 million euros.", [("300 million euros", "down")]),
    ("The fleet grew by 12 ships.", [("12", "up")]),
    ("A 15% increase was approved.", [("15%", "up")]),
    ("The army has 900 tanks.", [("900", None)]),
    ("Output reached 5,000 shells.", [("5,000", None)]),
    ("The share rose to 61%, up from 50% in 2020.", [("61%", None), ("50%", None)]),
    ("Sales were down by 3% in June.", [("3%", "down")]),
    # a verb whose transitive sense is an action, or a phrasal verb's particle, with the
    # figure counting its object gives no change; a change of what the subject has, or of a
    # level (percent, money, points) stays one
    ("The air force dropped 1,000 bombs on the port.", [("1,000", None)]),
    ("The submarine sank 12 ships.", [("12", None)]),
    ("Air defences shot down 20 drones overnight.", [("20", None)]),
    ("The defence gave up 517 yards in the game.", [("517", None)]),
    ("The brigade lost 12 tanks in the battle.", [("12", "down")]),
    ("The plant added 2,000 workers this year.", [("2,000", "up")]),
    ("Output rose 900 shells in May.", [("900", "up")]),
    ("The index dropped 300 points on Monday.", [("300", "down")]),
    ("Exports dropped 3% in June.", [("3%", "down")]),
    ("Shares gained 5 cents.", [("5 cents", "up")]),
    ("The stock added 15 sen.", [("15 sen", "up")]),
    ("The glacier lost 30 tonnes of ice.", [("30 tonnes", "down")]),
    ("Prices dropped 3% in June.", [("3%", "down")]),
    # a percentage written with its sign is a change; a minus sign on a level is no change
    ("Market close: Rheinmetall -3.2%, Thales +1.1%.", [("-3.2%", "down"), ("+1.1%", "up")]),
    ("The base rate is -0.5%.", [("-0.5%", None)]),
    ("The yield fell to -0.3%.", [("-0.3%", None)]),
]


@pytest.mark.parametrize("text, expected", CHANGES)
def test_change_direction(nlp, text, expected):
    assert [(q.text, q.change) for q in extract_quantities(nlp(text))] == expected


# (two sentences of one paragraph, unit of the bare figure): an elided counted noun comes
# from the nearest counted figure before it
ELIDED = [
    ("The yard built 20 hulls a year. Today it builds six.", "hull"),
    ("The plant made 200,000 shells last year. It is aiming for 700,000 this year.", "shell"),
    ("The navy has 400 missiles, far short of the 1,200 that planners want.", "missile"),
    ("The corps fielded 30 brigades in 1990 and fields nine today.", "brigade"),
    ("The plant made 200,000 shells last year.\nIt is aiming for 700,000 this year.", None),
    ("Exports rose 12% last year. They rose again by 5 this year.", None),
]


@pytest.mark.parametrize("text, unit", ELIDED)
def test_elided_counted_noun(nlp, text, unit):
    last = list(nlp(text).sents)[-1]  # one sentence at a time, as the claim extractor asks
    assert extract_quantities(last)[-1].unit == unit


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("The convoy had between 20 and 30 tanks.", 20, 30),
        ("The refit takes three or four years.", 3, 4),
        ("The army wants 20 or 30 launchers.", 20, 30),
        # a bare first end takes the unit of the second
        ("Stocks fell by 2 to 3 percent.", 2, 3),
        ("The radar uses a 5-10W amplifier.", 5, 10),
        ("The refit takes one to two years.", 1, 2),
    ],
)
def test_range_ends_share_low_and_high(nlp, text, low, high):
    quantities = extract_quantities(nlp(text))
    assert [(q.low, q.high) for q in quantities] == [(low, high), (low, high)]
    assert quantities[0].unit == quantities[1].unit is not None


def test_range_ends_carry_low_and_high(nlp):
    quantities = extract_quantities(nlp("The convoy had between 20 and 30 tanks."))
    assert [(q.value, q.low, q.high) for q in quantities] == [(20, 20, 30), (30, 20, 30)]


def test_span_offsets_are_document_offsets(nlp):
    doc = nlp("The first sentence is short. The yard built 12 corvettes.")
    span = list(doc.sents)[1]
    (q,) = extract_quantities(span)
    assert doc.text[q.char_start : q.char_end] == "12"


def _q(value: float, unit: str | None) -> Quantity:
    return Quantity(text="x", value=value, unit=unit, char_start=0, char_end=1)


@pytest.mark.parametrize(
    "value, unit, iso, days",
    [
        (3, "month", "P3M", 3 * 365 / 12),
        (1, "year", "P1Y", 365),
        (2, "week", "P2W", 14),
        (10, "day", "P10D", 10),
        (0.5, "year", "P6M", 182.5),
        (155, "tank", None, None),
        (12, "percent", None, None),
    ],
)
def test_iso_duration(value, unit, iso, days):
    q = _q(value, unit)
    assert iso_duration(q) == iso
    assert duration_in_days(q) == (pytest.approx(days) if days is not None else None)


@pytest.mark.parametrize(
    "text, value", [("Output fell by a third.", 0.333), ("Two-thirds of it is idle.", 0.667)]
)
def test_fractions_take_three_decimals(nlp, text, value):
    (q,) = extract_quantities(nlp(text))
    assert q.value == value


def test_half_a_year_is_six_months(nlp):
    (q,) = extract_quantities(nlp("The plant will be ready in half a year."))
    assert iso_duration(q) == "P6M"


def test_annotate_lines_reads_plain_and_jsonl(nlp):
    lines = [
        "The army bought 40 tanks.\n",
        "\n",
        json.dumps({"id": "a1", "text": "Spending grew 12%."}) + "\n",
    ]
    out = list(annotate_lines(lines, nlp=nlp))
    assert [row["text"] for row in out] == ["The army bought 40 tanks.", "Spending grew 12%."]
    assert [[q["value"] for q in row["quantities"]] for row in out] == [[40], [12]]
    assert out[1]["quantities"][0]["unit"] == "percent"


def test_extract_quantities_rejects_plain_strings():
    with pytest.raises(TypeError, match="spaCy Doc or Span"):
        extract_quantities("40 tanks")


# (a plain-text table, units of its figures in reading order): a bare count in a table row
# counts what its column header names; a column whose header names no counted noun counts
# what the row's other bare columns count; a table with digits in every line has no header
TABLES = [
    (
        "The brigade's holdings are listed below.\n"
        "Unit        Howitzers   Trucks   Readiness\n"
        "North       48          310      72%\n"
        "South       36          1,250    64%\n",
        ["howitzer", "truck", "percent", "howitzer", "truck", "percent"],
    ),
    (
        "Region      Launchers in service   Planned total\nCoast       12                     20\n",
        ["launcher", "launcher"],
    ),
    (
        "Year        2023        2024\nTotal       14          19\n",
        [None, None],
    ),
    ("The convoy   had   40   trucks.\n", ["truck"]),
]


@pytest.mark.parametrize("text, units", TABLES)
def test_table_rows_take_the_column_unit(nlp, text, units):
    assert [q.unit for q in extract_quantities(nlp(text))] == units


# (sentence, [(text, value, unit, per, approximate), ...]): units as an analyst records them
# (issue 11), one row per class, with rows where the mechanism must not fire
ANALYST_UNITS = [
    # an approximation mark glued to the digits or apart
    ("The drone weighs ~1.2kg.", [("~1.2kg", 1.2, "kilogram", None, True)]),
    ("It loiters for ~40min.", [("~40min", 40, "minute", None, True)]),
    ("About ~ 25 tanks were lost.", [("25", 25, "tank", None, True)]),
    ("The drone weighs 1.2kg.", [("1.2kg", 1.2, "kilogram", None, False)]),
    # a noun that names a figure in the singular is counted in the plural
    ("The battalion met eight targets.", [("eight", 8, "target", None, False)]),
    ("Output passed the 40,000 figure.", [("40,000", 40000, None, None, False)]),
    ("Pilots earn six figures.", [("six", 6, None, None, False)]),
    ("The ministry set a 2,000 target.", [("2,000", 2000, None, None, False)]),
    # ages: a person is a number, 'the age of'
    ("The pilot, who was 24, survived.", [("24", 24, "year of age", None, False)]),
    ("She will be 61 when the contract ends.", [("61", 61, "year of age", None, False)]),
    (
        "Recruits under the age of 18 years were sent home.",
        [("18 years", 18, "year of age", None, False)],
    ),
    ("The fleet will be 40 by then.", [("40", 40, None, None, False)]),
    # a currency symbol after the number
    ("The helmet cost 1,200€ in Lithuania.", [("1,200€", 1200, "EUR", None, False)]),
    ("The radio cost 350 € in 2024.", [("350 €", 350, "EUR", None, False)]),
    # units of measure: spelled out, glued over two tokens, in ASCII or primes
    ("The chip uses a 7 nanometer process.", [("7 nanometer", 7, "nanometre", None, False)]),
    ("The hangar covers 3923sq m of floor.", [("3923sq m", 3923, "square metre", None, False)]),
    ("The barrel warmed by 2.5degF overnight.", [("2.5degF", 2.5, "fahrenheit", None, False)]),
    ("The barrel warmed by 1.4deg C overnight.", [("1.4deg C", 1.4, "celsius", None, False)]),
    ("The screen is 10.1″ wide.", [("10.1″", 10.1, "inch", None, False)]),
    ("The convoy covered 517 paved miles.", [("517", 517, "mile", None, False)]),
    (
        "Trucks manage 9 miles per gallon.",
        [("9 miles per gallon", 9, "mile per gallon", None, False)],
    ),
    ("Hangars lease at $80 per sq m.", [("$80", 80, "USD", "square metre", False)]),
    # a count above one before a singular noun that modifies a singular head counts the modifier
    ("The firm won a 150 tank order.", [("150", 150, "tank", None, False)]),
    ("It filed a 12 page report.", [("12", 12, "page", None, False)]),
    ("The army bought 12 air defence systems.", [("12", 12, "air defence system", None, False)]),
    (
        "The army bought 40 heavily armoured vehicles.",
        [("40", 40, "armoured vehicle", None, False)],
    ),
    # rates written with hyphens, after an aside, before a year
    (
        "The plant is a 52,000 barrel-a-day refinery.",
        [("52,000 barrel", 52000, "barrel", "P1D", False)],
    ),
    ("Fees rose by £24 a-year.", [("£24", 24, "GBP", "P1Y", False)]),
    (
        "Exports bring 9 billion shekels ($2.4 billion) a year.",
        [
            ("9 billion shekels", 9e9, "ILS", "P1Y", False),
            ("$2.4 billion", 2.4e9, "USD", "P1Y", False),
        ],
    ),
    ("Mills allow 100 tanks a year before 2028.", [("100", 100, "tank", "P1Y", False)]),
    ("It built 40 tanks a year before the war.", [("40", 40, "tank", None, False)]),
    # transliterated currency signs before a short figure with a scale
    ("The bonus was PS6m in cash.", [("PS6m", 6e6, "GBP", None, False)]),
    ("Profit rose Y=50 billion.", [("Y=50 billion", 5e10, "JPY", None, False)]),
    ("The PS5 console sold out.", []),
    # a figure after a name is a quantity when a scale or a measure follows it
    ("Norways 9 billion kroner fund grew.", [("9 billion kroner", 9e9, "NOK", None, False)]),
    ("The Zubr 640bhp engine failed.", [("640bhp", 640, "brake horsepower", None, False)]),
    ("Crews took Panadol 500 mg tablets.", [("500 mg", 500, "milligram", None, False)]),
    ("The Patriot 3 system arrived.", []),
    # a suspended hyphen takes the unit of the hyphenated figure that ends its list
    (
        "Trucks come with four-, five- and six-cylinder engines.",
        [
            ("four-", 4, "cylinder", None, False),
            ("five-", 5, "cylinder", None, False),
            ("six", 6, "cylinder", None, False),
        ],
    ),
    (
        "The 2- and 3-tonne trucks left.",
        [("2-", 2, "tonne", None, False), ("3-tonne", 3, "tonne", None, False)],
    ),
    ("The 152- and 155-mm guns fired.", []),
    # a bare figure in the same role as an earlier one of the sentence has its unit
    (
        "Exports rose by 4 percent but imports fell by 2.",
        [("4 percent", 4, "percent", None, False), ("2", 2, "percent", None, False)],
    ),
    (
        "The best bid was 84 cents, while the worst was 71.",
        [("84 cents", 84, "cent", None, False), ("71", 71, "cent", None, False)],
    ),
    (
        "Exports rose by 4 percent and the navy bought 2.",
        [("4 percent", 4, "percent", None, False), ("2", 2, None, None, False)],
    ),
    # a fraction with a slash is a quantity of a unit of measure only
    ("Each round holds 1/2 pound of explosive.", [("1/2 pound", 0.5, "pound", None, False)]),
    ("A ration is 1/4 of a US gallon.", [("1/4", 0.25, "gallon", None, False)]),
    ("The depot is open 24/7 and closed on 3/4.", []),
    # a year followed by 'to' and two digits is no span of years; 'Oct. 18-22' is a date
    (
        "Range grew from 20 miles per gallon in 2008 to 29 mpg.",
        [
            ("20 miles per gallon", 20, "mile per gallon", None, False),
            ("29 mpg", 29, "mile per gallon", None, False),
        ],
    ),
    ("The 2022-23 budget passed.", []),
    ("The drills run Oct. 18-22 near Tapa.", []),
    (
        "The unit fields 20-30 drones.",
        [("20", 20, "drone", None, False), ("30", 30, "drone", None, False)],
    ),
    # a capital letter alone before a number names something
    ("The B 52 bombers flew 40 sorties.", [("40", 40, "sortie", None, False)]),
    ("Plan B cost 5 km of road.", [("5 km", 5, "kilometre", None, False)]),
    # a part of the next figure has its unit
    (
        "It raised 280 million of the 1.5 billion zlotys.",
        [
            ("280 million", 2.8e8, "PLN", None, False),
            ("1.5 billion zlotys", 1.5e9, "PLN", None, False),
        ],
    ),
    # an adult's age in apposition to a subject name the tagger did not see as a person's
    ("Tollefsen, 58, has led the yard since 2019.", [("58", 58, "year of age", None, False)]),
    ("Tollefsen, 12, has led the yard since 2019.", [("12", 12, None, None, False)]),
    # a plural the tagger reads as a verb ('drones') before a rate period
    (
        "Plants assemble about 2,700 long-range attack drones a month.",
        [("2,700", 2700, "drone", "P1M", True)],
    ),
    ("The plant sent 40 attack drones.", [("40", 40, "attack drone", None, False)]),
    ("Exports rose, one slide says.", [("one", 1, "slide", None, False)]),
    # 'more than a month' lasts; 'in a year before 2022' frames an output; 'a year ago' is none
    ("Stocks would last little more than a month.", [("a month", 1, "month", None, False)]),
    (
        "It fills more shells in a week than others did in a year before 2022.",
        [("a week", 1, "week", None, False), ("a year", 1, "year", None, False)],
    ),
    ("The plant opened more than a year ago.", []),
    # 'only one' counts when a counted noun follows
    ("The army ran only one large exercise.", [("one", 1, "exercise", None, False)]),
    ("Only one said so.", []),
]


@pytest.mark.parametrize("text, expected", ANALYST_UNITS)
def test_units_as_an_analyst_records_them(nlp, text, expected):
    got = [
        (q.text, round(q.value, 3), q.unit, q.per, q.approximate)
        for q in extract_quantities(nlp(text))
    ]
    assert got == [(t, round(v, 3), u, p, a) for t, v, u, p, a in expected]


# (article, unit of the last sentence's first figure): a bare figure that repeats the digits
# of a counted figure earlier in the article counts what it counts
REPEATED = [
    (
        "The army has about 71,000 trained soldiers.\n\n"
        "A spokesperson said later that the figure of 71,000 left out recruits.",
        "soldier",
    ),
    ("The navy has 400 sailors at sea.\n\nThe plan puts 400 in reserve.", "sailor"),
    ("The plant made 71,000 shells.\n\nThe figure of 72,000 was denied.", None),
    ("The plant had 40 shells.\n\nThe 40 were gone.", None),  # too small to be the same
]


@pytest.mark.parametrize("text, unit", REPEATED)
def test_repeated_figure_counts_the_same(nlp, text, unit):
    last = list(nlp(text).sents)[-1]
    assert extract_quantities(last)[0].unit == unit
