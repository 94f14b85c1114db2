"""Quantity extraction: which figures count and what unit they take, one class per table,
positive and negative rows side by side; sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import extract_quantities
from pipeline.nlp.model import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _found(nlp, text: str) -> list[tuple[str, float, str | None, float | None, float | None]]:
    return [
        (q.text, round(q.value, 3), q.unit, q.low, q.high) for q in extract_quantities(nlp(text))
    ]


# (sentence, [(text, value, unit, low, high), ...])
CASES = [
    # a number right after another count and before a capitalised name names the type of
    # what the first counts; a count of a singular name stays a count
    ("The airline grounded two new 737 Max jets.", [("two", 2, "jet", None, None)]),
    ("The airline grounded three 747 Jumbo jets.", [("three", 3, "jet", None, None)]),
    ("Croatia bought its 12 Rafale from France.", [("12", 12, "rafale", None, None)]),
    ("Poland will receive the 250 Abrams soon.", [("250", 250, "abrams", None, None)]),
    ("In 2023 40 Leopard tanks arrived.", [("40", 40, "tank", None, None)]),
    ("Russia fired 40 Kalibr at the port.", [("40", 40, "kalibr", None, None)]),
    ("Germany sent 18 Leopard tanks.", [("18", 18, "tank", None, None)]),
    ("Britain sent the 14 Challenger 2 tanks.", [("14", 14, "tank", None, None)]),
    (
        "The order grew to 256GB from the 128GB base.",
        [("256GB", 256, "gigabyte", None, None), ("128GB", 128, "gigabyte", None, None)],
    ),
    # an index or a name written in lower case with its number ('the dow 30') is no count
    ("the dow 30 fell 1.5% on Friday.", [("1.5%", 1.5, "percent", None, None)]),
    ("The brigade lost the village 30 days ago.", []),
    ("The brigade 300 soldiers strong moved west.", [("300", 300, "soldier", None, None)]),
    # two spelled numbers joined by 'or'/'to' before a unit are the two ends of one range
    (
        "A meal costs eight or nine euros there.",
        [("eight", 8, "EUR", 8, 9), ("nine euros", 9, "EUR", 8, 9)],
    ),
    (
        "A ticket costs two to three dollars.",
        [("two", 2, "USD", 2, 3), ("three dollars", 3, "USD", 2, 3)],
    ),
    (
        "The yard builds five or six new frigates.",
        [("five", 5, "frigate", 5, 6), ("six", 6, "frigate", 5, 6)],
    ),
    ("The fleet gets 10 or 12 ships.", [("10", 10, "ship", 10, 12), ("12", 12, "ship", 10, 12)]),
    (
        "Eight soldiers and nine officers left.",
        [("Eight", 8, "soldier", None, None), ("nine", 9, "officer", None, None)],
    ),
    # the scale word of the second end is the first end's too ('two or three hundred')
    (
        "The army needs two or three hundred tanks.",
        [("two", 200, "tank", 200, 300), ("three hundred", 300, "tank", 200, 300)],
    ),
    (
        "The plant costs two or three billion.",
        [("two", 2e9, None, 2e9, 3e9), ("three billion", 3e9, None, 2e9, 3e9)],
    ),
    (
        "The unit fielded 20 or 300 tanks.",
        [("20", 20, "tank", 20, 300), ("300", 300, "tank", 20, 300)],
    ),
    (
        "The budget grew by 5 to 30 percent.",
        [("5", 5, None, None, None), ("30 percent", 30, "percent", None, None)],
    ),
    # a unit the tokenizer left glued to a dash is the unit
    ("The range grows to 340 miles- and more.", [("340", 340, "mile", None, None)]),
    ("The 12-mile-long convoy halted.", [("12-mile", 12, "mile", None, None)]),
    # a bare figure in the same role as an earlier counted figure (object of the same
    # preposition) under another word takes its counted noun
    (
        "The main index closed at 7,463 points while the other one ended at 2,334 on Friday.",
        [("7,463", 7463, "point", None, None), ("2,334", 2334, "point", None, None)],
    ),
    (
        "The plant shipped 4,000 shells by sea and the rest went to 12 depots by road.",
        [("4,000", 4000, "shell", None, None), ("12", 12, "depot", None, None)],
    ),
    # a bare figure converted in brackets is a sum in the currency of the earlier figure
    # converted the same way
    (
        "The deal is worth 2.4 billion zlotys ($600 million) for tanks and 1.1 billion"
        " ($275 million) for ammunition.",
        [
            ("2.4 billion zlotys", 2.4e9, "PLN", None, None),
            ("$600 million", 6e8, "USD", None, None),
            ("1.1 billion", 1.1e9, "PLN", None, None),
            ("$275 million", 2.75e8, "USD", None, None),
        ],
    ),
    (
        "The order covers 40 tanks ($300 million) and 12 ($90 million) for training.",
        [
            ("40", 40, "tank", None, None),
            ("$300 million", 3e8, "USD", None, None),
            ("12", 12, "tank", None, None),
            ("$90 million", 9e7, "USD", None, None),
        ],
    ),
    # a bare four-digit number after an approximator or a bound years do not take is a count,
    # unless a year's preposition or the tagger's date says it is a year
    ("About 1500 were sent to the front.", [("1500", 1500, None, None, None)]),
    ("More than 1200 arrived on Monday.", [("1200", 1200, None, None, None)]),
    ("The fleet should be ready by about 2030.", []),
    ("The town was founded around 1900 by settlers.", []),
    ("The plan runs to about 2030.", []),
    # a bare number after 'the age of' is an age
    (
        "The squad kept 17 players over the age of 21.",
        [("17", 17, "player", None, None), ("21", 21, "year of age", None, None)],
    ),
    ("The unit gave its age of service as 30 years.", [("30 years", 30, "year", None, None)]),
    # a name's number written with a stray space before its hyphen is no negative count
    ("Labs ran thousands of COVID -19 tests.", []),
    ("The labs ran 300 COVID -19 tests a day.", [("300", 300, "test", None, None)]),
    ("Temperatures fell to -19 overnight.", [("-19", -19, None, None, None)]),
    (
        "Output fell, with GDP -2 percent in the euro area.",
        [("-2 percent", -2, "percent", None, None)],
    ),
    # a capital 'G' after digits names a generation ('5G'), a small 'g' grams; a one-letter
    # abbreviation may carry the sentence's full stop
    ("Carriers will roll out 5G to rural towns.", [("5G", 5, "generation", None, None)]),
    ("The army buys 4G radios.", [("4G", 4, "generation", None, None)]),
    ("Each ration weighs 500g in all.", [("500g", 500, "gram", None, None)]),
    ("Each ration weighs 500 g.", [("500 g.", 500, "gram", None, None)]),
    ("The wall is 20 m. It held.", [("20 m.", 20, "metre", None, None)]),
    ("The wall is 20 m high.", [("20", 20, "metre", None, None)]),
    # a signed percentage after a capitalised name is the name's change, not its number;
    # a signed number alone after one stays a name ('COVID -19')
    (
        "Stocks: BAE -2%, Thales +1%.",
        [("-2%", -2, "percent", None, None), ("+1%", 1, "percent", None, None)],
    ),
    ("GDP -2% in 2023.", [("-2%", -2, "percent", None, None)]),
    ("COVID -19 tests ran out.", []),
    # the part after a hyphen of a designation's number is the designation's too
    ("The hull passed the STANAG 4569-2 trial.", []),
    ("The lab follows ISO 3888-2 for every car.", []),
    ("The yard built 12 hulls in 2022-23.", [("12", 12, "hull", None, None)]),
    # 'fourth' is a denominator before 'of' ('one fourth of'), an ordinal elsewhere
    ("One fourth of the fleet is in port.", [("One fourth", 25, "percent", None, None)]),
    ("Three fourths of the budget went on shells.", [("Three fourths", 75, "percent", None, None)]),
    ("He won a fourth term.", []),
    ("The Fourth of July parade was cancelled.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_figures_and_units(nlp, text, expected):
    assert _found(nlp, text) == [(t, round(v, 3), u, lo, hi) for t, v, u, lo, hi in expected]


# a scale word joined to the digits by a hyphen scales them, and a rate period written
# with hyphens after a figure is the figure's `per`, not its unit
HYPHENATED = [
    pytest.param(
        "The 2-million-a-year goal for shells slipped again.",
        [("2-million", 2_000_000, None, "P1Y")],
        id="scale-and-rate-in-one-modifier",
    ),
    pytest.param(
        "The ministry signed a 3-billion-dollar deal for frigates.",
        [("3-billion-dollar", 3_000_000_000, "USD", None)],
        id="scale-before-a-currency-word",
    ),
    pytest.param(
        "The plant reached a 150,000-a-month pace in March.",
        [("150,000", 150_000, None, "P1M")],
        id="rate-with-hyphens-is-no-unit",
    ),
    pytest.param(
        "They ordered a 6-million shell package.",
        [("6-million", 6_000_000, "shell", None)],
        id="scale-before-a-counted-noun",
    ),
    pytest.param(
        "The plant makes 40,000 shells a month.",
        [("40,000", 40_000, "shell", "P1M")],
        id="negative-a-rate-without-hyphens-is-unchanged",
    ),
    pytest.param(
        "The home side won the final 3-1 at the port.",
        [],
        id="negative-a-score-is-no-scale",
    ),
    pytest.param(
        "The army's 10-year plan starts now.",
        [],
        id="negative-a-hyphenated-duration-modifier-is-not-a-rate",
    ),
]


@pytest.mark.parametrize("text, expected", HYPHENATED)
def test_hyphenated_scales_and_rates(nlp, text, expected):
    found = [(q.text, round(q.value, 3), q.unit, q.per) for q in extract_quantities(nlp(text))]
    assert found == expected
