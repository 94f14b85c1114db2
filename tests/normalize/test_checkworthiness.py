"""Check-worthiness: each feature a record has adds its weight; the record shows which."""

from __future__ import annotations

import pytest

from pipeline.normalize.checkworthiness import checkworthiness, with_repetition
from pipeline.records import (
    Assessment,
    Attribution,
    Certainty,
    CheckWorthiness,
    ClaimRecord,
    Comparison,
    Quantity,
    Speaker,
)

SENTENCE = "Russia produces three times more shells than NATO."


def record(**fields) -> ClaimRecord:
    base = dict(
        claim_id="c_1",
        article_id="a_1",
        source="a.txt",
        sentence=SENTENCE,
        char_start=0,
        char_end=len(SENTENCE),
        claim_text=SENTENCE,
        types=["quantitative"],
        confidence=0.5,
    )
    return ClaimRecord(**(base | fields))


FIGURE = [Quantity(text="three", value=3, unit="times", char_start=16, char_end=21)]
RATIO = Comparison(subject="Russia", object="NATO", direction="more", ratio=3)
NO_RATIO = Comparison(subject="Russia", object="NATO", direction="more")
MINISTER = Speaker(name="Anna Kowal", role="Defence Minister")
ANALYST = Speaker(name="Piotr Nowak", role="analyst")
GROUP = Speaker(name="analysts", kind="group")
SAID = Attribution(mode="indirect", cue="said")
DISPUTED = Assessment(
    label="disputed", evidence="It is wrong.", char_start=60, char_end=72, voice="article"
)
CORROBORATED = Assessment(
    label="corroborated", evidence="It is right.", char_start=60, char_end=72, voice="article"
)


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({}, {}),
        ({"quantities": FIGURE}, {"figure": 0.2}),
        ({"comparison": NO_RATIO}, {"comparison": 0.15}),
        ({"comparison": RATIO}, {"comparison": 0.15, "ratio": 0.1}),
        ({"speaker": ANALYST, "attribution": SAID}, {"named_speaker": 0.1}),
        (
            {"speaker": MINISTER, "attribution": SAID},
            {"named_speaker": 0.1, "powerful_speaker": 0.15},
        ),
        ({"speaker": GROUP, "attribution": SAID}, {}),
        ({"assessment": DISPUTED}, {"disputed": 0.2}),
        ({"assessment": CORROBORATED, "quantities": FIGURE}, {"figure": 0.2, "corroborated": -0.1}),
        ({"certainty": Certainty(level="low", stance="distancing")}, {"low_certainty": 0.05}),
    ],
)
def test_features_and_weights(fields, expected):
    got = checkworthiness(record(**fields))
    assert got.features == expected
    assert got.score == round(max(0.0, min(1.0, sum(expected.values()))), 2)


def test_more_reasons_rank_higher():
    plain = checkworthiness(record(quantities=FIGURE))
    disputed_by_minister = checkworthiness(
        record(
            quantities=FIGURE,
            comparison=RATIO,
            speaker=MINISTER,
            attribution=SAID,
            assessment=DISPUTED,
        )
    )
    assert disputed_by_minister.score > plain.score
    assert disputed_by_minister.score == 0.9
    assert checkworthiness(record(assessment=CORROBORATED)).score == 0.0  # clipped at 0


# -- repetition across articles (from the last clustering, added when a record is read) ---

BASE = CheckWorthiness(score=0.35, features={"figure": 0.2, "powerful_speaker": 0.15})


@pytest.mark.parametrize(
    "worth, articles, expected",
    [
        (BASE, 1, BASE),  # in one article only: nothing added
        (BASE, 0, BASE),  # no cluster
        (BASE, 2, {"figure": 0.2, "powerful_speaker": 0.15, "repeated": 0.05}),
        (BASE, 3, {"figure": 0.2, "powerful_speaker": 0.15, "repeated": 0.1}),
        (BASE, 9, {"figure": 0.2, "powerful_speaker": 0.15, "repeated": 0.15}),  # at most max
        (  # a stale `repeated` is replaced, not added twice
            CheckWorthiness(score=0.5, features={"figure": 0.2, "repeated": 0.15}),
            2,
            {"figure": 0.2, "repeated": 0.05},
        ),
        (None, 4, None),  # a record of an older schema keeps no score
    ],
)
def test_repetition_adds_a_feature_per_other_article(worth, articles, expected):
    got = with_repetition(worth, articles)
    if not isinstance(expected, dict):
        assert got == expected
        return
    assert got.features == expected
    assert list(got.features)[-1] == "repeated"
    assert got.score == round(min(1.0, sum(expected.values())), 2)


def test_repetition_is_clipped_at_one():
    full = CheckWorthiness(score=1.0, features={"figure": 0.6, "disputed": 0.5})
    assert with_repetition(full, 5).score == 1.0
