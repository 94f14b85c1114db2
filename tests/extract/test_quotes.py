"""Quotation marks and transcript lines, one case per row, on text written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.quotes import (
    continued_quotations,
    excerpts,
    nested_regions,
    quote_regions,
    speaker_label,
)

LABELS = [
    pytest.param("SMITH: We will win.", "SMITH", id="surname"),
    pytest.param('"SMITH: We will win.', "SMITH", id="after-an-opening-quote"),
    pytest.param("“MR. SMITH: We will win.", "MR. SMITH", id="title-and-curly-quote"),
    pytest.param("JOHN O'HARA: We will win.", "JOHN O'HARA", id="full-name-with-apostrophe"),
    pytest.param("Smith: We will win.", None, id="not-in-capitals"),
    pytest.param("SMITH said: We will win.", None, id="a-cue-is-not-a-label"),
    pytest.param("A: We will win.", None, id="one-letter-is-no-name"),
    pytest.param("SMITH:", None, id="nothing-after-the-colon"),
    pytest.param("NATO SUMMIT IN RIGA ON MAY 5: leaders meet.", None, id="long-heading"),
    pytest.param("[00:14:02] SMITH: We will win.", "SMITH", id="after-the-time-it-is-spoken"),
    pytest.param("(14:02) SMITH: We will win.", "SMITH", id="after-a-time-in-brackets"),
    pytest.param("ANNA SMITH, HOST: We will win.", "ANNA SMITH", id="with-the-speaker-s-part"),
    pytest.param(
        "ANNA SMITH, CORRESPONDENT, TALLINN: We will win.", "ANNA SMITH", id="part-and-place"
    ),
    pytest.param("[00:14:02] ANNA SMITH, HOST:\nWe will win.", "ANNA SMITH", id="on-its-own-line"),
    pytest.param("ANNA SMITH, GUEST:\nWe will win.", "ANNA SMITH", id="own-line-with-a-part"),
    pytest.param("KEY POINTS:\nWe will win.", None, id="negative-a-heading-on-its-own-line"),
    pytest.param("SMITH:\n\nWe will win.", None, id="negative-own-line-then-a-blank-line"),
]


def test_a_label_on_its_own_line_used_twice_is_a_label():
    text = "SMITH:\nWe will win.\n\nJONES:\nWe will not.\n\nSMITH:\nWe will."
    assert speaker_label(text, 0).group(1) == "SMITH"
    assert speaker_label(text, text.index("JONES")) is None  # once only, no time, no part


def test_a_label_gives_its_part_and_its_party():
    from pipeline.extract.quotes import label_office, label_party

    found = speaker_label("ANNA SMITH, HOST: We will win.", 0)
    assert (label_office(found), label_party(found)) == ("HOST", None)
    found = speaker_label("BRAR (NDP): We will win.", 0)
    assert (label_office(found), label_party(found)) == (None, "NDP")


@pytest.mark.parametrize("line, label", LABELS)
def test_speaker_label(line, label):
    found = speaker_label(line, 0)
    assert (found.group(1) if found else None) == label


def _joined(text):
    regions = quote_regions(text)
    head = continued_quotations(text, regions)
    return [
        (text[r[0] : r[1]][:12], text[head[r][0] : head[r][1]][:12]) for r in regions if r in head
    ]


CONTINUED = [
    pytest.param(
        '"We will build the plant.\n\n"It opens in May," she said.',
        [('"It opens in', '"We will bui')],
        id="open-paragraph-continues-in-the-next",
    ),
    pytest.param(
        '"We will build the plant," she said.\n\n"It opens in May."',
        [],
        id="a-closed-quotation-does-not-continue",
    ),
    pytest.param(
        '"HOST: Will you build the plant?\n\n"SMITH: It opens in May."',
        [],
        id="a-transcript-line-starts-a-new-turn",
    ),
    pytest.param(
        '"The mill closed in the spring.\n\n“It will reopen,” she said.',
        [],
        id="a-curly-quotation-after-an-open-straight-excerpt-is-its-own",
    ),
    pytest.param(
        "“We will build the plant.\n\n“It opens in May,” she said.",
        [("“It opens in", "“We will bui")],
        id="curly-open-paragraph-continues-in-a-curly-one",
    ),
]


@pytest.mark.parametrize("text, expected", CONTINUED)
def test_continued_quotations(text, expected):
    assert _joined(text) == expected


EXCERPTS = [
    pytest.param(
        'Ruiz writes:\n\n"Patel ran the mill.\n\n“It will reopen,” she said.',
        ['"Patel ran the mill.'],
        id="a-straight-excerpt-holding-curly-quotations",
    ),
    pytest.param(
        '"We will build the plant.\n\n"It opens in May," she said.',
        [],
        id="a-quotation-over-two-paragraphs-is-no-excerpt",
    ),
]


@pytest.mark.parametrize("text, expected", EXCERPTS)
def test_excerpts(text, expected):
    regions = quote_regions(text)
    assert sorted(text[a:b] for a, b in excerpts(text, regions)) == expected


NESTED = [
    pytest.param(
        'Ruiz writes: "Patel left. “It will close,” she said."',
        ["“It will close,”"],
        id="curly-inside-straight",
    ),
    pytest.param(
        '“The sign read "closed" all week,” she said.',
        ['"closed"'],
        id="straight-inside-curly",
    ),
    pytest.param(
        'He said "no" and “yes”.',
        [],
        id="quotations-side-by-side-are-not-nested",
    ),
]


@pytest.mark.parametrize("text, expected", NESTED)
def test_nested_regions(text, expected):
    assert [text[a:b] for a, b in nested_regions(text)] == expected
