"""The quantity and comparison notation: the parsers read back what the formatters write."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.records.models import Comparison, Quantity
from pipeline.records.notation import (
    NotationError,
    QuantityNote,
    comparison_text,
    parse_comparison,
    parse_quantities,
    quantities_text,
)

_numbers = st.floats(allow_nan=False, allow_infinity=False, width=64)
# units are counted nouns, percent, currency codes: never a double quote
_units = st.none() | st.text(min_size=1, max_size=12).map(str.strip).filter(
    lambda u: (
        u
        and '"' not in u
        and "; " not in u
        and "[" not in u
        and "(" not in u
        and " per " not in f" {u} "
        and " / " not in f" {u} "
    )
)


@st.composite
def quantity_notes(draw) -> QuantityNote:
    low_high = draw(st.none() | st.tuples(_numbers, _numbers))
    return QuantityNote(
        text=draw(st.text(max_size=20)),
        value=draw(_numbers),
        unit=draw(_units),
        low=low_high[0] if low_high else None,
        high=low_high[1] if low_high else None,
        approximate=draw(st.booleans()),
        bound=draw(st.sampled_from(["exact", "at_least", "at_most"])),
        per=draw(
            st.sampled_from([None, "P1Y", "P1M", "P1D", "P1W", "PT1H", "share", "square foot"])
        ),
        change=draw(st.sampled_from([None, "up", "down"])),
    )


@given(st.lists(quantity_notes(), min_size=1, max_size=4))
def test_quantities_read_back_what_is_written(notes):
    text = quantities_text(notes)
    parsed = parse_quantities(text)
    assert quantities_text(parsed) == text
    assert len(parsed) == len(notes)
    for got, want in zip(parsed, notes, strict=True):
        assert (got.text, got.unit, got.bound, got.approximate) == (
            want.text,
            want.unit,
            want.bound,
            want.approximate,
        )
        assert math.isclose(got.value, want.value, rel_tol=1e-5, abs_tol=1e-300)


_names = (
    st.text(min_size=1, max_size=15)
    .map(str.strip)
    .filter(
        lambda s: (
            s
            and s not in ("?", "(all others)")
            and not any(m in s for m in (" > ", " < ", " = ", "×", " x", "(", ")"))
        )
    )
)
_periods = st.none() | st.sampled_from(["P1Y", "P3M", "P1W", "P10D", "PT12H"])


@st.composite
def comparisons(draw) -> Comparison:
    sp, op = draw(_periods), draw(_periods)
    return Comparison(
        subject=draw(st.none() | _names),
        object=draw(st.none() | _names),
        direction=draw(st.sampled_from(["more", "less", "equal"])),
        ratio=draw(st.none() | _numbers),
        subject_period=sp,
        object_period=op,
        rate_ratio=draw(st.none() | _numbers) if (sp or op) else None,
    )


@given(comparisons())
def test_comparisons_read_back_what_is_written(comparison):
    text = comparison_text(comparison)
    parsed = parse_comparison(text)
    assert comparison_text(parsed) == text
    assert (parsed.subject, parsed.object, parsed.direction) == (
        comparison.subject,
        comparison.object,
        comparison.direction,
    )
    assert (parsed.subject_period, parsed.object_period) == (
        comparison.subject_period,
        comparison.object_period,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"300 tanks" = 300 tank', [QuantityNote("300 tanks", 300.0, "tank")]),
        (
            '"more than 5%" = >= 5 percent',
            [QuantityNote("more than 5%", 5.0, "percent", bound="at_least")],
        ),
        (
            '"1,500 shells" = ~1,500 shell [1000-2000]',
            [QuantityNote("1,500 shells", 1500.0, "shell", 1000.0, 2000.0, approximate=True)],
        ),
        (
            '"12" = 12; "a; b" = ≤ 3 USD',
            [QuantityNote("12", 12.0), QuantityNote("a; b", 3.0, "USD", bound="at_most")],
        ),
        ('"the ""big"" one" = 1', [QuantityNote('the "big" one', 1.0)]),
        (
            '"350,000 shells a year" = 350000 shell per P1Y',
            [QuantityNote("350,000 shells a year", 350000.0, "shell", per="P1Y")],
        ),
        (
            '"63 cents per share" = 63 cent / share',
            [QuantityNote("63 cents per share", 63.0, "cent", per="share")],
        ),
        ('"rose 21%" = 21 percent (up)', [QuantityNote("rose 21%", 21.0, "percent", change="up")]),
        (
            '"cut by 300 to 400 jobs" = 300 job [300–400] (down)',
            [QuantityNote("cut by 300 to 400 jobs", 300.0, "job", 300.0, 400.0, change="down")],
        ),
        ("none", []),
        (" NONE ", []),
    ],
)
def test_quantities_typed_by_hand(text, expected):
    assert parse_quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    ["banana", "", "300 tanks", '"300 tanks" = lots', '"x" = ? 5'],
)
def test_quantities_not_in_the_notation_are_refused(text):
    with pytest.raises(NotationError):
        parse_quantities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia > NATO ×3",
            Comparison(subject="Russia", object="NATO", direction="more", ratio=3),
        ),
        (
            "Russia > NATO x3",
            Comparison(subject="Russia", object="NATO", direction="more", ratio=3),
        ),
        ("? < (all others)", Comparison(subject=None, object=None, direction="less")),
        (
            "the army = the navy (P1Y vs P3M: rate ×0.25)",
            Comparison(
                subject="the army",
                object="the navy",
                direction="equal",
                subject_period="P1Y",
                object_period="P3M",
                rate_ratio=0.25,
            ),
        ),
    ],
)
def test_comparisons_typed_by_hand(text, expected):
    assert parse_comparison(text) == expected


@pytest.mark.parametrize("text", ["banana", "", "Russia bigger than NATO", "> NATO", "Russia >"])
def test_comparisons_not_in_the_notation_are_refused(text):
    with pytest.raises(NotationError):
        parse_comparison(text)


def test_note_of_a_quantity_keeps_everything_but_offsets():
    q = Quantity(
        text="about 300 tanks", value=300, unit="tank", approximate=True, char_start=4, char_end=19
    )
    assert QuantityNote.of(q).at(4, 19) == q
    rate = Quantity(
        text="30 tanks a month",
        value=30,
        unit="tank",
        per="P1M",
        change="up",
        char_start=0,
        char_end=16,
    )
    assert QuantityNote.of(rate).at(0, 16) == rate
