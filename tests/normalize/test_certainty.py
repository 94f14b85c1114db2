"""Certainty: the cue's stance, lowered one step by each hedge inside the claim."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import extract_drafts
from pipeline.nlp.model import set_doc_text
from pipeline.normalize.certainty import certainty, find_hedges


@pytest.mark.parametrize(
    "words, spans",
    [
        ("the plant reportedly doubled output".split(), [(2, 3)]),
        ("the plant is said to build 40 a month".split(), [(2, 5)]),
        ("it may perhaps reach 50".split(), [(1, 2), (2, 3)]),
        ("the yard could build eight frigates".split(), []),  # capability, not a hedge
    ],
)
def test_find_hedges(words, spans):
    assert find_hedges(words) == spans


def test_a_proper_noun_is_no_hedge():
    assert find_hedges(["on", "may", "14"], [False, True, False]) == []


@pytest.mark.parametrize(
    "text, level, stance, hedges",
    [
        ("Minister Anna Kowal said the army had 200 tanks.", "medium", "neutral", []),
        ("Minister Anna Kowal emphasized that the army had 200 tanks.", "high", "assertive", []),
        ("Minister Anna Kowal claimed that the army had 200 tanks.", "low", "distancing", []),
        ("Minister Anna Kowal said the army may have 200 tanks.", "low", "neutral", ["may"]),
        ("The army reportedly has 200 tanks.", "medium", None, ["reportedly"]),
        ("The army has 200 tanks.", "high", None, []),
        (
            "Minister Anna Kowal emphasized that the army allegedly might have 200 tanks.",
            "low",
            "assertive",
            ["allegedly", "might"],
        ),
    ],
)
def test_certainty_levels(nlp, text, level, stance, hedges):
    doc = nlp(text)
    set_doc_text(doc, text)
    (draft,) = extract_drafts(doc)
    got = certainty(draft)
    assert (got.level, got.stance, got.hedges) == (level, stance, hedges)
