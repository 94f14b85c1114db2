"""The NewsQuant scorer on hand-made items, and the extractor's score on the real benchmark."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.quantities import extract_quantities
from pipeline.measure.newsquant import (
    PUBLISHED,
    benchmark_unit,
    change_label,
    error_rows,
    evaluate,
    format_table,
    gold_value,
    predictions,
    score,
    score_item,
    with_fraction_noun,
    with_modifiers,
    with_partitive_ones,
)
from pipeline.records import Quantity

NEWSQUANT = Path("/work/shared/benchmarks/newsquant/NewsQuant.json")


def _gold(value: str, unit: str) -> dict:
    return {"value": value, "normalized_unit": unit}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12.5", 12.5),
        ("20-30", (20.0, 30.0)),
        ("3.0 - 4.0", (3.0, 4.0)),
        ("-1.3", -1.3),
        ("1.99E-7", 1.99e-7),
    ],
)
def test_gold_value(text, expected):
    assert gold_value(text) == expected


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        ([_gold("40", "tank")], [(40.0, "tank")], (1, 1)),
        ([_gold("40", "tank")], [(40.0, "-")], (1, 0)),
        ([_gold("40", "tank")], [(40.001, "tank")], (0, 0)),  # beyond 1e-5 relative
        ([_gold("100000", "dollar")], [(100000.5, "dollar")], (1, 1)),  # within 1e-5
        ([_gold("20-30", "tank")], [((20.0, 30.0), "tank")], (1, 1)),
        ([_gold("20-30", "tank")], [((20.0, 31.0), "tank")], (0, 0)),  # both ends must match
        ([_gold("20-30", "tank")], [(20.0, "tank"), (30.0, "tank")], (0, 0)),
        ([_gold("5", "-")], [(5.0, "-"), (5.0, "-")], (1, 1)),  # a gold is matched once
        ([_gold("5", "-"), _gold("5", "-")], [(5.0, "-")], (1, 1)),  # a prediction too
        (
            [_gold("5", "day"), _gold("5", "percentage")],
            [(5.0, "percentage"), (5.0, "day")],
            (2, 2),
        ),
    ],
)
def test_score_item(gold, predicted, expected):
    assert score_item(gold, predicted) == expected


def test_score_counts_precision_and_recall():
    items = [
        {"text": "a", "quantities": [_gold("1", "-"), _gold("2", "-")]},
        {"text": "b", "quantities": []},
    ]
    result = score(items, [[(1.0, "-")], [(7.0, "-")]])
    assert (result["gold"], result["predicted"]) == (2, 2)
    assert result["value"] == {"tp": 1, "precision": 50.0, "recall": 50.0, "f1": 50.0}


def test_range_ends_become_one_prediction():
    def q(value: float) -> Quantity:
        return Quantity(
            text="x", value=value, unit="USD", low=20, high=30, char_start=0, char_end=1
        )

    plain = Quantity(text="y", value=12, unit="percent", char_start=2, char_end=3)
    assert predictions([q(20), q(30), plain]) == [
        ((20, 30), "dollar", "="),
        (12, "percentage", "="),
    ]


def _quantity(**fields) -> Quantity:
    return Quantity(**{"text": "x", "value": 1, "char_start": 0, "char_end": 1, **fields})


@pytest.mark.parametrize(
    "unit, per, expected",
    [
        ("USD", "P1M", "dollar per month"),
        ("percent", "P1Y", "percentage per year"),
        ("times", "PT1M", "count per minute"),
        ("kilometre", "PT1H", "kilometre per hour"),
        ("cent", "share", "cent per share"),
        ("pence", None, "point"),
        ("USD", "square foot", "dollar per square foot"),
        ("shell", None, "shell"),
        (None, None, "-"),
    ],
)
def test_benchmark_unit_composes_rates(unit, per, expected):
    assert benchmark_unit(unit, per) == expected


@pytest.mark.parametrize(
    "fields, label",
    [
        ({}, "="),
        ({"approximate": True}, "~"),
        ({"bound": "at_least"}, ">"),
        ({"bound": "at_most", "approximate": True}, "<"),
        ({"change": "up"}, "up"),
        ({"change": "down", "approximate": True}, "down"),
    ],
)
def test_change_label(fields, label):
    assert change_label(_quantity(**fields)) == label


def test_score_reports_change_accuracy_on_value_matches():
    items = [
        {
            "text": "a",
            "quantities": [
                {"value": "5", "normalized_unit": "-", "change": "up"},
                {"value": "7", "normalized_unit": "-", "change": "="},
                {"value": "9", "normalized_unit": "-", "change": "~"},
            ],
        }
    ]
    predicted = [[(5.0, "-", "up"), (7.0, "-", "~"), (11.0, "-", "~")]]
    assert score(items, predicted)["change"] == {"correct": 1, "n": 2, "accuracy": 0.5}


def test_format_table_lists_published_rows():
    result = score([{"text": "a", "quantities": [_gold("1", "-")]}], [[(1.0, "-")]])
    table = format_table(result)
    assert "this pipeline" in table
    assert "errors: 0 value matches with another unit, 0 gold figures not found, 0 " in table
    for name, value_f1, unit_f1 in PUBLISHED:
        assert name in table and f"{value_f1:.1f}" in table and f"{unit_f1:.1f}" in table


# (gold, predicted, error rows as (kind, gold (value, unit), predicted (value, unit)))
ERRORS = [
    ([_gold("40", "tank")], [(40.0, "tank")], []),
    ([_gold("40", "tank")], [(40.0, "-")], [("unit", ("40", "tank"), (40.0, "-"))]),
    ([_gold("40", "tank")], [], [("missed", ("40", "tank"), None)]),
    ([], [(7.0, "ship")], [("spurious", None, (7.0, "ship"))]),
    (
        [_gold("5", "Day"), _gold("9", "ship")],
        [(5.0, "-"), (5.0, "day"), (9.5, "ship")],
        [
            ("missed", ("9", "ship"), None),
            ("spurious", None, (5.0, "-")),
            ("spurious", None, (9.5, "ship")),
        ],
    ),
]


@pytest.mark.parametrize("gold, predicted, expected", ERRORS)
def test_error_rows_list_what_the_score_counts(gold, predicted, expected):
    item = {"text": "s", "quantities": gold}
    rows = error_rows([item], [predicted])

    def pair(side: dict | None) -> tuple | None:
        return None if side is None else (side["value"], side["unit"])

    got = [(r["kind"], pair(r.get("gold")), pair(r.get("predicted"))) for r in rows]
    assert got == expected and all(r["text"] == "s" for r in rows)
    result = score([item], [predicted])
    v, u = result["value"]["tp"], result["value_unit"]["tp"]
    kinds = [r["kind"] for r in rows]
    assert kinds.count("unit") == v - u
    assert kinds.count("missed") == result["gold"] - v
    assert kinds.count("spurious") == result["predicted"] - v


def test_newsquant_value_f1():
    if not NEWSQUANT.is_file():
        pytest.skip(f"{NEWSQUANT} is not available")
    result = evaluate(NEWSQUANT)
    assert result["items"] == 590 and result["gold"] == 904
    assert result["value"]["f1"] >= 94.5, format_table(result)
    assert result["value_unit"]["f1"] >= 86.0, format_table(result)
    assert result["change"]["accuracy"] >= 0.88, format_table(result)


def _at(text: str, figure: str, value: float, unit: str | None = None) -> Quantity:
    start = text.index(figure)
    return Quantity(
        text=figure, value=value, unit=unit, char_start=start, char_end=start + len(figure)
    )


# (sentence, its figures as (text, value, unit), expected predictions): NewsQuant writes
# 'from A to B' as one range A-B in the direction of the change
FROM_TO = [
    (
        "The fleet shrank from 208 ships to 193 in a decade.",
        [("208", 208, "ship"), ("193", 193, None)],
        [((208, 193), "ship", "=")],
    ),
    (
        "Spending grew from about $40 to $46 last year.",
        [("$40", 40, "USD"), ("$46", 46, "USD")],
        [((40, 46), "dollar", "=")],
    ),
    (
        "Spending reached $46, up from $40.",
        [("$46", 46, "USD"), ("$40", 40, "USD")],
        [(46, "dollar", "="), (40, "dollar", "=")],
    ),
    (
        "The army moved from 12 brigades to 30 percent readiness.",
        [("12", 12, "brigade"), ("30 percent", 30, "percent")],
        [(12, "brigade", "="), (30, "percentage", "=")],
    ),
]


@pytest.mark.parametrize("text, figures, expected", FROM_TO)
def test_from_to_becomes_one_range(text, figures, expected):
    quantities = [_at(text, *figure) for figure in figures]
    assert predictions(quantities, text) == expected


# (figure text, unit, NewsQuant's unit, or None when NewsQuant annotates no such figure)
TIMES = [
    ("3,200 times", "times", "count"),
    ("four times", "times", "count"),
    ("twice", "times", None),
    ("doubled", "times", None),
    ("12%", "percent", "percentage"),
    ("two percent", "percent", "percentage"),
]


# (figure text, value, unit, NewsQuant's value): fractions are exact, with no unit
FRACTIONS = [
    ("a third", 0.333, "times", 1 / 3),
    ("two-thirds", 0.667, "times", 2 / 3),
    ("half", 50, "percent", 0.5),
    ("a quarter", 25, "percent", 0.25),
    ("three fourths", 75, "percent", 0.75),
]


@pytest.mark.parametrize("text, value, unit, expected", FRACTIONS)
def test_fractions_are_exact(text, value, unit, expected):
    q = Quantity(text=text, value=value, unit=unit, char_start=0, char_end=len(text))
    assert predictions([q]) == [(pytest.approx(expected, rel=1e-9), "-", "=")]


@pytest.mark.parametrize("text, unit, expected", TIMES)
def test_times_are_counts_and_multiplier_words_are_left_out(text, unit, expected):
    q = Quantity(text=text, value=2, unit=unit, char_start=0, char_end=len(text))
    got = predictions([q])
    assert got == ([] if expected is None else [(2, expected, "=")])


# (sentence, figure, its counted noun, NewsQuant's unit): the modifiers between a figure and
# its counted noun are part of NewsQuant's unit
MODIFIED = [
    ("The navy retired 14 Italian frigates.", "14", "frigate", "italian frigate"),
    ("The army bought 40 Polish and Czech trucks.", "40", "truck", "polish czech truck"),
    ("The yard has a four-cylinder crane.", "four", "cylinder", "cylinder"),
    ("The base stores 300 more shells.", "300", "shell", "shell"),
    ("The plant fills 9,000 500ml canisters.", "9,000", "canister", "canister"),
    ("Engineers laid 12 kilometres of cable.", "12", "kilometre", "kilometre"),
    ("It comes with four-, five- and six-cylinder engines.", "four-", "cylinder", "cylinder"),
    ("It comes with four-, five- and six-cylinder engines.", "five-", "cylinder", "cylinder"),
    ("The yard delivered 12 Type 26 frigates.", "12", "frigate", "type 26 frigate"),
    ("The club sold 14 first-team players.", "14", "player", "first-team player"),
]


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp.model import load_nlp

    return load_nlp()


@pytest.mark.parametrize("text, figure, unit, expected", MODIFIED)
def test_counted_noun_keeps_its_modifiers(nlp, text, figure, unit, expected):
    q = _at(text, figure, 1, unit)
    assert with_modifiers(nlp(text), q).unit == expected


# (sentence, the 'one' NewsQuant counts as (value, unit), or None): 'one of the ...', named
# by the content words of its noun phrase with their prepositional and infinitive modifiers,
# not a relative clause
PARTITIVE = [
    ("It is one of the largest navies in Europe.", (1.0, "large navy europe")),
    ("One of the new frigates sailed.", (1.0, "new frigate")),
    ("It is one of the oldest ships to ever sail.", (1.0, "old ship sail")),
    ("One of the frigates that the navy bought sank.", (1.0, "frigate")),
    ("It is one of Poland's biggest orders.", (1.0, "poland big order")),
    ("No one came to the parade.", None),
]


@pytest.mark.parametrize("text, expected", PARTITIVE)
def test_partitive_one_is_counted(nlp, text, expected):
    ones = [(q.value, q.unit) for q in with_partitive_ones(nlp(text)) if q.value == 1]
    assert ones == ([] if expected is None else [expected])


# (sentence, NewsQuant's (value, unit) of each figure): a fraction's unit is '%' and the noun
# it is a part of, '-' when it names none; other figures keep their unit
FRACTION_NOUNS = [
    ("Half the new frigates are late.", [(0.5, "% new frigate")]),
    ("A third of the brigade's tanks were lost.", [(1 / 3, "% brigade tank")]),
    ("Two-thirds of the old and new hulls were repaired.", [(2 / 3, "% old new hull")]),
    ("A third of those screened were unfit.", [(1 / 3, "% -")]),
    ("The navy has 40 ships, half of which are in port.", [(40, "ship"), (0.5, "% -")]),
    ("The navy has 40 ships.", [(40, "ship")]),
]


@pytest.mark.parametrize("text, expected", FRACTION_NOUNS)
def test_fraction_unit_names_its_noun(nlp, text, expected):
    doc = nlp(text)
    got = [with_fraction_noun(doc, q) for q in extract_quantities(doc)]
    assert [(pytest.approx(q.value, rel=1e-9), q.unit) for q in got] == expected
