"""Quotations in single marks (the British style), one case per row, on text written for
these tests: which marks are quotation marks and which apostrophes, which articles are
written in single marks, and that such an article gets the attributions its twin in
double marks gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.claims import extract_drafts
from pipeline.extract.quotes import (
    continued_quotations,
    nested_regions,
    quote_regions,
    single_style,
)

BRITISH = Path(__file__).parent.parent / "data" / "british"

REGIONS = [
    pytest.param(
        "'We are producing three times more shells,' the minister said.",
        ["'We are producing three times more shells,'"],
        id="cue-after",
    ),
    pytest.param(
        "The minister said: 'Our output doubled. We expect more next year.'",
        ["'Our output doubled. We expect more next year.'"],
        id="colon-introduced-two-sentences",
    ),
    pytest.param(
        "'Production,' she said, 'will double by May.'",
        ["'Production,'", "'will double by May.'"],
        id="cue-inside-a-split-quotation",
    ),
    pytest.param(
        "‘We are buying 40 launchers,’ the minister said. ‘We’re paying for them now.’",
        ["‘We are buying 40 launchers,’", "‘We’re paying for them now.’"],
        id="curly-marks-and-an-apostrophe-in-a-word",
    ),
    pytest.param(
        "The report called the plan 'unaffordable'.",
        ["'unaffordable'"],
        id="a-quoted-word",
    ),
    pytest.param(
        "'We don't need O'Neill's tanks,' said Russia's envoy.",
        ["'We don't need O'Neill's tanks,'"],
        id="apostrophes-inside-words",
    ),
    pytest.param(
        "'Stocks fell in the '90s and rock 'n' roll won't refill them,' he said.",
        ["'Stocks fell in the '90s and rock 'n' roll won't refill them,'"],
        id="decade-and-elision-inside-a-quotation",
    ),
    pytest.param(
        "'The soldiers' families were told first,' the colonel said.",
        ["'The soldiers' families were told first,'"],
        id="plural-possessive-inside-a-quotation",
    ),
    pytest.param(
        "He spoke of the Ukrainians' resolve. 'We need more shells.'",
        ["'We need more shells.'"],
        id="plural-possessive-outside-a-quotation",
    ),
    pytest.param(
        "'We have lost too many soldiers' the general said.",
        ["'We have lost too many soldiers'"],
        id="plural-noun-closing-a-quotation",
    ),
    pytest.param(
        "'The crews call it \"the furnace\",' she said.",
        ["'The crews call it \"the furnace\",'"],
        id="double-marks-nested-in-single-ones",
    ),
    pytest.param(
        "He said: 'Our stocks fell by half.\n\n'We will not rebuild them in a year,' he added.",
        ["'Our stocks fell by half.", "'We will not rebuild them in a year,'"],
        id="quotation-over-two-paragraphs",
    ),
]


@pytest.mark.parametrize("text, expected", REGIONS)
def test_single_quote_regions(text, expected):
    assert [text[a:b] for a, b in quote_regions(text)] == expected


STYLE = [
    pytest.param("'We will win,' she said.", True, id="speech-in-single-marks"),
    pytest.param('"We will win," she said.', False, id="speech-in-double-marks"),
    pytest.param(
        "\"They called the plan 'a farce',\" she said.", False, id="single-marks-nested-in-double"
    ),
    pytest.param(
        "'They called the plan \"a farce\",' she said.", True, id="double-marks-nested-in-single"
    ),
    pytest.param(
        "Russia's output rose in the '90s, O'Neill said; the soldiers' pay did not.",
        False,
        id="apostrophes-only",
    ),
    pytest.param(
        'Stocks are \'adequate\', he said. "We will buy more," she said. "Soon."',
        False,
        id="more-quotations-in-double-marks",
    ),
]


@pytest.mark.parametrize("text, expected", STYLE)
def test_single_style(text, expected):
    assert single_style(text) is expected


MIXED = [
    pytest.param(
        "\"It isn't 'unaffordable',\" she said. He called it 'a plan'.",
        ["\"It isn't 'unaffordable',\""],
        id="quoted-words-stay-words",
    ),
    pytest.param(
        '"We will win," he said. "Soon."\n\n'
        '‘Our crews are short of 40 drivers,’ she said. ‘And gunners.’ "Yes," he said.',
        [
            '"We will win,"',
            '"Soon."',
            "‘Our crews are short of 40 drivers,’",
            "‘And gunners.’",
            '"Yes,"',
        ],
        id="speech-before-its-cue-and-the-sentence-after-it",
    ),
    pytest.param(
        '"We will win," he said. "Soon."\n\n'
        "'The Long Winter.' was the title of the report, 'a grim read'.",
        ['"We will win,"', '"Soon."'],
        id="a-title-opening-a-sentence-is-no-speech",
    ),
    pytest.param(
        "\"We will win,\" he said.\n\nThe plan, she said, was 'too slow, too late,' and costly.",
        ['"We will win,"'],
        id="a-quotation-inside-a-sentence-is-no-speech",
    ),
]


@pytest.mark.parametrize("text, expected", MIXED)
def test_single_quoted_speech_in_an_article_in_double_marks(text, expected):
    assert not single_style(text)
    assert [text[a:b] for a, b in quote_regions(text)] == expected


def test_an_open_single_quotation_continues_in_the_next_paragraph():
    text = "'We will build the plant.\n\n'It opens in May,' she said."
    regions = quote_regions(text)
    assert continued_quotations(text, regions) == {regions[1]: regions[0]}


def test_a_closed_curly_single_quotation_does_not_continue():
    text = "‘We will build the plant,’ she said.\n\n‘It opens in May.’"
    assert continued_quotations(text, quote_regions(text)) == {}


def test_double_marks_inside_single_ones_are_not_a_quotation_of_their_own():
    text = "‘The sign read “closed” all week,’ she said."
    assert nested_regions(text) == []


def _attributions(nlp, text):
    """(speaker, mode, cue) of every attributed draft, in order."""
    doc = nlp(text)
    return [
        (d.speaker.name, d.cue.mode, d.cue.cue)
        for d in extract_drafts(doc)
        if d.speaker is not None and d.cue is not None
    ]


ATTRIBUTIONS = [
    pytest.param(
        "Defence Minister Anna Reid visited the plant.\n\n"
        "'We are producing three times more shells,' Reid said.",
        [("Anna Reid", "direct_quote", "said")],
        id="cue-after",
    ),
    pytest.param(
        "Defence Minister Anna Reid visited the plant.\n\n"
        "Reid said: 'Output doubled. We will make 60,000 shells next year.'",
        [("Anna Reid", "direct_quote", "said"), ("Anna Reid", "direct_quote", "said")],
        id="colon-introduced-over-two-sentences",
    ),
    pytest.param(
        "Defence Minister Anna Reid visited the plant.\n\n"
        "'Output,' Reid said, 'will rise by a third next year.'",
        [("Anna Reid", "direct_quote", "said")],
        id="cue-inside",
    ),
    pytest.param(
        "Defence Minister Anna Reid visited the plant.\n\n"
        "'General Holt told me the line would stop in 2026,' Reid said.",
        [("Anna Reid", "direct_quote", "said")],
        id="a-name-inside-the-quotation-is-not-the-speaker",
    ),
    pytest.param(
        "Defence Minister Anna Reid visited the plant.\n\n"
        "'The soldiers' kit will cost 40 percent more,' Reid said.",
        [("Anna Reid", "direct_quote", "said")],
        id="plural-possessive-in-the-quotation",
    ),
    pytest.param(
        "Defence Minister Anna Reid visited the plant.\n\n"
        "'Not this year,' Reid said when she was asked about the 40 launchers on order.",
        [("Anna Reid", "direct_quote", "said")],
        id="a-short-utterance-closing-on-its-comma",
    ),
    pytest.param(
        "Defence Minister Anna Reid visited the plant.\n\n‘Build 40 more!’ Reid told the crowd.",
        [("Anna Reid", "direct_quote", "told")],
        id="an-exclamation-the-sentencizer-cut-off-curly",
    ),
    pytest.param(
        'Defence Minister Anna Reid visited the plant. "We are on time," she said. "Mostly."\n\n'
        "Union convenor Mary Doyle disagreed. ‘Our members have lost 6% of their pay,’ Doyle said.",
        [("Anna Reid", "direct_quote", "said"), ("Mary Doyle", "direct_quote", "said")],
        id="single-quoted-speech-in-an-article-in-double-marks",
    ),
]


@pytest.mark.parametrize("text, expected", ATTRIBUTIONS)
def test_single_quoted_attribution(nlp, text, expected):
    assert _attributions(nlp, text) == expected


def _double(text: str) -> str:
    """The twin of an article in single marks: its quotations in double marks, the double
    marks nested in them in single ones."""
    out = list(text)
    for a, b in quote_regions(text):
        if text[a] in "'‘":
            out[a] = '"'
            if text[b - 1] in "'’":
                out[b - 1] = '"'
            for i in range(a + 1, b - 1):
                if text[i] == '"':
                    out[i] = "'"
    return "".join(out)


def _claims(nlp, text):
    """(speaker, mode, cue, quantities) of every attributed draft: the same for twins."""
    doc = nlp(text)
    return [
        (d.speaker.name, d.cue.mode, d.cue.cue, [q.text for q in d.quantities])
        for d in extract_drafts(doc)
        if d.speaker is not None and d.cue is not None
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in BRITISH.glob("*.txt")))
def test_an_article_in_single_marks_is_read_as_its_twin_in_double_marks(nlp, name):
    text = (BRITISH / name).read_text(encoding="utf-8")
    twin = _double(text)
    assert single_style(text) and not single_style(twin) and twin != text
    found = _claims(nlp, text)
    assert sum(mode == "direct_quote" for _s, mode, _c, _q in found) >= 4
    assert found == _claims(nlp, twin)
