"""A signed piece's writer named only in its closing line, members of a record of
proceedings labelled with a title however often they speak, the part a person holds now
before the one held before, and an outlet's name with a small word of another language.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_briefings_and_letters import _records


def _speaker(text: str, opening: str) -> tuple[str | None, str | None]:
    """(speaker, mode) of the record whose sentence opens with `opening`."""
    found = [r for r in _records(text) if r.sentence.startswith(opening)]
    assert found, f"no record for {opening!r}"
    r = found[0]
    return (r.speaker.name if r.speaker else None, r.attribution.mode if r.attribution else None)


_COLUMN = (
    "Why the navy needs patrol planes\n\nI commanded a frigate for six years. The Tarnby "
    "Naval Institute's annual survey, published in May, finds that the navy lost 400 sonar "
    "operators last year, and it trains 150 a year. {sentence}\n\n{tagline}"
)
_TAGLINE = "Lena Hovland was the commander of the Norland Navy's frigate squadron until 2021."


@pytest.mark.parametrize(
    "sentence, tagline, expected",
    [
        pytest.param(
            "By my arithmetic, the shortfall will reach 1,000 operators by 2030.",
            _TAGLINE,
            (None, None),
            id="the-writer-s-own-reckoning-in-a-piece-signed-at-its-end",
        ),
        pytest.param(
            "I have seen the same at home, where a trained operator earns 3 times as much in "
            "merchant shipping.",
            _TAGLINE,
            (None, None),
            id="the-writer-s-own-experience-in-a-piece-signed-at-its-end",
        ),
        pytest.param(
            "The shortfall will reach 1,000 operators by 2030.",
            _TAGLINE,
            ("Tarnby Naval Institute", "according_to"),
            id="negative-the-survey-s-passage-goes-on-in-the-third-person",
        ),
    ],
)
def test_a_writer_named_in_a_closing_line_speaks_in_the_first_person(sentence, tagline, expected):
    text = _COLUMN.format(sentence=sentence, tagline=tagline)
    assert _speaker(text, sentence[:30]) == expected


def test_members_labelled_with_a_title_speak_however_often():
    text = (
        "MPs questioned the defence minister, Ines Dahl, on Wednesday. The opposition critic "
        "Tom Rask and Mari Kask, the member for Harvik, spoke first.\n\n"
        "Mr Rask: The radar is three years late. Russia has opened 50 new sites since 2014.\n\n"
        "Ms Dahl: Our plan puts 41 billion into the north by 2045, more than any government "
        "before us.\n\nMr Rask: Barely 7 percent of that has been spent.\n\n"
        "Ms Kask: Only two cutters reach my town when the ice comes."
    )
    assert _speaker(text, "Ms Dahl:") == ("Ines Dahl", "direct_quote")
    assert _speaker(text, "Ms Kask:") == ("Mari Kask", "direct_quote")
    assert _speaker(text, "Mr Rask: Barely") == ("Tom Rask", "direct_quote")


def test_the_part_held_now_before_a_former_one():
    """ "The study's lead author, X, a former naval navigator,": the author's part."""
    records = _records(
        "The study's lead author, Ingrid Vesterby, a former submarine captain, argued that the "
        "gap would widen to 30 ships by 2030."
    )
    assert [(r.speaker.name, r.speaker.role) for r in records] == [
        ("Ingrid Vesterby", "lead author")
    ]


@pytest.mark.parametrize(
    "text, outlet",
    [
        pytest.param(
            "The bid undercut a rival offer by 18 percent, according to Folha do Norte, a "
            "Recife newspaper.",
            "Folha do Norte",
            id="a-name-the-tagger-cut-at-its-small-word",
        ),
        pytest.param(
            "Nabra will spend more on its army. Its soldiers number roughly 11,000, "
            "according to Le Courrier de Nabra, a state-owned daily.",
            "Le Courrier de Nabra",
            id="a-name-holding-a-state-s-name-after-its-small-word",
        ),
    ],
)
def test_an_outlet_s_name_with_a_small_word_of_another_language(text, outlet):
    records = [r for r in _records(text) if r.attribution and r.attribution.mode == "according_to"]
    assert [r.speaker.name for r in records] == [outlet]
