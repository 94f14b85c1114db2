"""A quotation closed on a comma and followed only by its speaker and a verb of saying
is that speaker's, even where the parser hung the verb on nothing that reaches the
quotation, and "continued" reports a quotation in that place only (or right before a
quotation that ends the sentence); one determiner before two coordinated titles ("the
deputy minister and chief negotiator") describes one person, not two speakers. The texts
are written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.extract.attribution import QuoteIndex, find_cues
from tests.extract.test_briefings_and_letters import _records


def _records_of(text, opening):
    return [r for r in _records(text) if r.sentence.startswith(opening)]


# (text, the opening of the sentence, [(speaker name, mode, cue)] of its records)
CASES = [
    pytest.param(
        "Commander Ana Ruiz spoke to reporters at the yard on Monday. “We expect to field "
        "40 drones by June, and 80 by the winter,” she continued.",
        "“We expect",
        [("Ana Ruiz", "direct_quote", "continued")],
        id="she-continued-after-a-quotation",
    ),
    pytest.param(
        "The plant's manager, Oskar Lind, showed visitors the new press. “The line now "
        "turns out 300 shells a day,” he continued, “and it will reach 500 by March.”",
        "“The line now",
        [("Oskar Lind", "direct_quote", "continued")],
        id="continued-between-two-parts-of-a-quotation",
    ),
    pytest.param(
        "Ines Vogt, the harbour master, took questions after the launch. She continued, “The "
        "tugs are older than most of the crews who sail them.”",
        "She continued",
        [("Ines Vogt", "direct_quote", "continued")],
        id="she-continued-before-a-quotation",
    ),
    pytest.param(
        "Colonel Piet Maas briefed the council on the exercise. The colonel continued: "
        "“Nobody on the staff had planned for a river crossing in winter.”",
        "The colonel continued",
        [("Piet Maas", "direct_quote", "continued")],
        id="the-title-continued-and-a-colon",
    ),
    pytest.param(
        "The deputy minister and chief negotiator said the deal covers 14 aircraft.",
        "The deputy minister",
        [("deputy minister and chief negotiator", "indirect", "said")],
        id="one-determiner-two-titles-one-speaker",
    ),
    pytest.param(
        "The former defence minister and current opposition leader said the fleet had "
        "shrunk by a third since 2015.",
        "The former defence minister",
        [("former defence minister and current opposition leader", "indirect", "said")],
        id="a-former-and-a-current-title",
    ),
    pytest.param(
        "The former secretary of defence and current party chair said the fleet had "
        "shrunk by a third since 2015.",
        "The former secretary",
        [("former secretary of defence and current party chair", "indirect", "said")],
        id="a-title-with-an-of-phrase-then-a-second-title",
    ),
    # guards
    pytest.param(
        "The deputy minister and the chief negotiator said the deal covers 14 aircraft.",
        "The deputy minister",
        [("deputy minister", "indirect", "said"), ("chief negotiator", "indirect", "said")],
        id="two-determiners-two-speakers",
    ),
    pytest.param(
        "Shipments continued, the agency said, at about 40 tonnes a week.",
        "Shipments continued",
        [("agency", "indirect", "said")],
        id="continued-in-the-content-is-no-cue",
    ),
    pytest.param(
        "The yard had until May to finish. Work on the hull continued, “day and night, "
        "seven days a week.”",
        "Work on the hull",
        [(None, None, None)],  # a figure of the article's, no one's quotation
        id="continued-before-a-quoted-phrase-is-no-cue",
    ),
    pytest.param(
        "The war continued for three more years, costing 12,000 lives.",
        "The war continued",
        [(None, None, None)],
        id="continued-without-a-quotation-reports-nothing",
    ),
]


@pytest.mark.parametrize("text, opening, expected", CASES)
def test_closing_cues_and_shared_titles(text, opening, expected):
    found = _records_of(text, opening)
    got = [
        (
            r.speaker.name if r.speaker else None,
            r.attribution.mode if r.attribution else None,
            r.attribution.cue if r.attribution else None,
        )
        for r in found
    ]
    assert got == expected


# A parse the small model gives such sentences in real news: the capitalised place
# before the title read as a verb, and "said" made a conjunct of the quotation's verb.
_BROKEN = [
    ("“", "punct", 3, "PUNCT", "``", "“", False),
    ("We", "nsubj", 3, "PRON", "PRP", "we", True),
    ("will", "aux", 3, "AUX", "MD", "will", True),
    ("find", "ROOT", 3, "VERB", "VB", "find", True),
    ("that", "det", 5, "DET", "DT", "that", True),
    ("crew", "dobj", 3, "NOUN", "NN", "crew", False),
    (",", "punct", 3, "PUNCT", ",", ",", False),
    ("”", "punct", 3, "PUNCT", "''", "”", True),
    ("Brela", "dep", 3, "VERB", "VBD", "brela", True),
    ("harbour", "compound", 10, "NOUN", "NN", "harbour", True),
    ("Chief", "dobj", 8, "PROPN", "NNP", "Chief", True),
    ("Ivo", "compound", 12, "PROPN", "NNP", "Ivo", True),
    ("Brandt", "appos", 10, "PROPN", "NNP", "Brandt", True),
    ("said", "conj", 3, "VERB", "VBD", "say", True),
    ("Monday", "npadvmod", 13, "PROPN", "NNP", "Monday", False),
    (".", "punct", 3, "PUNCT", ".", ".", False),
]


def _parsed(nlp, rows):
    return Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[r[6] for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[1] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )


def _cues(doc):
    quotes = QuoteIndex(doc)
    return [
        (
            c.mode,
            c.cue,
            c.source.text if c.source is not None else None,
            doc.text[c.content_start : c.content_end],
        )
        for sent in doc.sents
        for c in find_cues(sent, quotes)
    ]


def test_a_closing_cue_the_parser_did_not_hang_on_the_quotation(nlp):
    assert _cues(_parsed(nlp, _BROKEN)) == [
        ("direct_quote", "said", "Brandt", "We will find that crew")
    ]


def test_a_closing_verb_that_does_not_say_is_no_cue(nlp):
    rows = [r if r[0] != "said" else ("hoped", *r[1:5], "hope", r[6]) for r in _BROKEN]
    assert _cues(_parsed(nlp, rows)) == []
