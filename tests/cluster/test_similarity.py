"""Figures, speakers and parties of claim records, as clustering compares them.

The sentences are extracted by the real pipeline (one-sentence articles), so these
tests also hold the extractor to giving equal figures for equal amounts written
differently. No embedding model is needed here.
"""

from __future__ import annotations

import pytest

from pipeline.cluster.match import text_records
from pipeline.cluster.similarity import (
    features,
    figure_relation,
    parties_differ,
    speaker_relation,
    text_features,
    weights,
)

W = weights()
RUTTE = (
    "NATO Secretary General Mark Rutte said Russia produces three times more ammunition "
    "in three months than NATO does in a year."
)

# (a, b, expected figure relation)
FIGURES = [
    (RUTTE, RUTTE.replace("three times", "threefold"), "agree"),
    (RUTTE, RUTTE.replace("in three months", "in a quarter"), "agree"),
    (RUTTE, RUTTE.replace("a year", "twelve months"), "agree"),
    (RUTTE, RUTTE.replace("three times", "four times"), "differ"),
    (RUTTE, RUTTE.replace("three months", "six months"), "differ"),
    (
        "The ministry said the order is worth $1.2 billion.",
        "The ministry said the order is worth 1,200 million dollars.",
        "agree",
    ),
    (
        "The ministry said the order is worth $1.2 billion.",
        "The ministry said the order is worth 1.2 billion euros.",
        "unknown",  # another currency: not the same kind of figure
    ),
    (
        "The navy said it will buy a dozen patrol boats.",
        "The navy said it will buy 12 patrol boats.",
        "agree",
    ),
    (
        "The army said it lost 30 tanks.",
        "General Tomas Lind said that morale in the army was low.",
        "unknown",
    ),
]


@pytest.fixture(scope="module")
def extracted():
    texts = list(dict.fromkeys(t for a, b, _ in FIGURES for t in (a, b)))
    texts += [
        "Mark Rutte said allies must spend 5 percent of GDP on defence.",
        "Rutte said allies must spend 5 percent of GDP on defence.",
        "Defence Minister Boris Pistorius said allies must spend 5 percent of GDP on defence.",
        "China produces three times more ammunition in three months than NATO does in a year, "
        "Rutte said.",
    ]
    return dict(zip(texts, text_records(texts), strict=True))


@pytest.mark.parametrize(("a", "b", "expected"), FIGURES)
def test_figure_relation(extracted, a, b, expected):
    fa, fb = features(extracted[a], W), features(extracted[b], W)
    assert figure_relation(fa, fb, W.tolerance) == expected


def test_quarter_and_three_months_are_the_same_duration(extracted):
    a = features(extracted[RUTTE], W).figures
    b = features(extracted[RUTTE.replace("in three months", "in a quarter")], W).figures
    assert a == b
    assert ("days", 365.25) in a


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (0, 1, "same"),  # full name and surname
        (0, 2, "other"),  # two named people
        (0, 0, "same"),
    ],
)
def test_speaker_relation(extracted, a, b, expected):
    texts = [
        "Mark Rutte said allies must spend 5 percent of GDP on defence.",
        "Rutte said allies must spend 5 percent of GDP on defence.",
        "Defence Minister Boris Pistorius said allies must spend 5 percent of GDP on defence.",
    ]
    fa, fb = features(extracted[texts[a]], W), features(extracted[texts[b]], W)
    assert speaker_relation(fa, fb) == expected


def test_parties_differ_when_each_names_another(extracted):
    china = (
        "China produces three times more ammunition in three months than NATO does in a year, "
        "Rutte said."
    )
    a, b = features(extracted[RUTTE], W), features(extracted[china], W)
    assert a.parties == {"Russia", "NATO"}
    assert parties_differ(a, b)
    # naming fewer parties is no conflict: a re-report may drop one
    assert not parties_differ(a, text_features("Russia makes three times more shells."))


def test_bare_text_has_no_speaker_or_figures():
    f = text_features("  Russia  outproduces the West. ")
    assert (f.text, f.speaker, f.figures, f.parties) == (
        "Russia outproduces the West",
        None,
        (),
        frozenset({"Russia"}),
    )


@pytest.mark.parametrize(
    ("text", "embedded"),
    [
        ("that Russia makes more shells.", "Russia makes more shells"),
        ("\u201cRussia makes more shells,\u201d", "Russia makes more shells"),
        ("That  the army\nis short of 800 sailors", "the army is short of 800 sailors"),
        ("thatcher-era stocks are gone", "thatcher-era stocks are gone"),
    ],
)
def test_embed_text(text, embedded):
    from pipeline.cluster.similarity import embed_text

    assert embed_text(text) == embedded
