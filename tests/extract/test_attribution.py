"""Attribution and speakers, one behaviour per row, on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.attribution import quote_regions
from pipeline.extract.claims import extract_drafts


def _attributed(nlp, text):
    doc = nlp(text)
    return [
        (
            d.sentence.text,
            d.speaker.name,
            d.speaker.role,
            d.speaker.organization,
            d.cue.mode,
            d.cue.cue,
        )
        for d in extract_drafts(doc)
        if d.speaker is not None
    ]


# (text, index of the attributed draft, expected (speaker, role, org, mode, cue))
CASES = [
    pytest.param(
        "Defence Minister Anna Kowalczyk said that Poland would buy 96 attack helicopters.",
        0,
        ("Anna Kowalczyk", "Defence Minister", "Poland", "indirect", "said"),
        id="title-before-name",
    ),
    pytest.param(
        "Latvia's army is short of 2,000 soldiers. General Ilze Berzina, the Chief of the "
        "Defence Staff, said that 600 posts would be filled by May.",
        0,
        ("Ilze Berzina", "Chief of the Defence Staff", "Latvian Armed Forces", "indirect", "said"),
        id="a-chief-of-defence-speaks-for-the-country-s-armed-forces",
    ),
    pytest.param(
        "Norvalia's army is short of 2,000 soldiers, Norvalian officials admit. General Ilze "
        "Berzina, Chief of the General Staff, told MPs that 600 posts would be filled by May.",
        1,
        (
            "Ilze Berzina",
            "Chief of the General Staff",
            "Norvalian Armed Forces",
            "indirect",
            "told",
        ),
        id="a-chief-of-the-general-staff-of-a-state-the-lexicon-lacks",
    ),
    pytest.param(
        "Orrisdale Shipbuilding will expand its Penmarsh yard.\n\nYard director Owain Pryce "
        "said the investment would create 300 jobs.",
        0,
        ("Owain Pryce", "Yard director", "Orrisdale Shipbuilding", "indirect", "said"),
        id="a-site-s-title-opening-a-line-the-tagger-took-for-a-name-is-a-company-title",
    ),
    pytest.param(
        "The Velsian defence ministry ordered the Harrier Mk4 armoured vehicle in 2023. A "
        "leaked review says the Harrier Mk4 failed 14 of 29 tests.\n\nThe ministry disputed "
        "the findings. Replying in writing, its spokesperson, Colonel Anika Brandvold, said the "
        "vehicle had passed 40 later trials.",
        1,
        ("Anika Brandvold", "spokesperson", "Velsian Ministry of Defence", "indirect", "said"),
        id="its-after-a-sentence-whose-subject-is-a-body-is-that-body-s",
    ),
    pytest.param(
        "Finland will open a second shell plant next year. President Eino Rautavaara said "
        "that Finland would make 150,000 shells a year by 2028.",
        0,
        ("Eino Rautavaara", "President", "Finland", "indirect", "said"),
        id="a-president-with-no-organisation-speaks-for-the-article-s-country",
    ),
    pytest.param(
        "Finland's rowing clubs met in Turku. Eino Rautavaara, president of the Nordic Rowing "
        "Federation, said that membership had grown by 12 percent.",
        0,
        ("Eino Rautavaara", "president", "Nordic Rowing Federation", "indirect", "said"),
        id="negative-a-body-s-president-speaks-for-the-body",
    ),
    pytest.param(
        "Lars Eklund, the chief executive of Nordvik Systems, said the plant could build 40 "
        "launchers a month.",
        0,
        ("Lars Eklund", "chief executive", "Nordvik Systems", "indirect", "said"),
        id="apposition-with-of-org",
    ),
    pytest.param(
        "NATO Secretary General Mark Rutte said allies must spend more.",
        0,
        ("Mark Rutte", "Secretary General", "NATO", "indirect", "said"),
        id="org-before-title",
    ),
    pytest.param(
        "“We will double shell output by spring,” said Lars Eklund, chief executive of "
        "Nordvik Systems.",
        0,
        ("Lars Eklund", "chief executive", "Nordvik Systems", "direct_quote", "said"),
        id="quote-then-cue-inverted",
    ),
    pytest.param(
        "Lars Eklund runs Nordvik Systems. “We are ready,” he said, “to triple output in two "
        "years.”",
        0,
        ("Lars Eklund", None, "Nordvik Systems", "direct_quote", "said"),
        id="split-quote-pronoun",
    ),
    pytest.param(
        "Maria Lind chairs the committee. Lind argued that the budget was 12% too small.",
        0,
        ("Maria Lind", "chair of the committee", None, "indirect", "argued"),
        id="surname-only",
    ),
    pytest.param(
        "According to the Stockholm International Peace Research Institute, arms imports to "
        "Europe rose by 94 percent.",
        0,
        (
            "Stockholm International Peace Research Institute",
            None,
            None,
            "according_to",
            "According to",
        ),
        id="according-to-institute",
    ),
    pytest.param(
        "Western officials, who declined to be named, estimated that Russia fires 10,000 "
        "shells a day.",
        0,
        ("Western officials", None, None, "indirect", "estimated"),
        id="typed-group-relative",
    ),
    pytest.param(
        "U.S. officials said the shipyard had fallen two years behind schedule.",
        0,
        ("U.S. officials", None, None, "indirect", "said"),
        id="typed-group",
    ),
    pytest.param(
        "Corrand Dynamics makes radar parts. The company said it had delivered 300 units.",
        0,
        ("Corrand Dynamics", None, None, "indirect", "said"),
        id="descriptor-company",
    ),
    pytest.param(
        "Anna Kowalczyk spoke on Monday. She told Reuters that deliveries would start in June.",
        0,
        ("Anna Kowalczyk", None, None, "according_to", "told"),
        id="told-outlet",
    ),
    pytest.param(
        "Peter Holm, a military analyst, made headlines by stating that “the army has "
        "half the drones it needs.”",
        0,
        ("Peter Holm", "military analyst", None, "direct_quote", "stating"),
        id="gerund-cue-quote",
    ),
    pytest.param(
        "Ivan Petrov, the company's director general, insisted that output had tripled.",
        0,
        ("Ivan Petrov", "director general", None, "indirect", "insisted"),
        id="assertive-cue-no-company",
    ),
    pytest.param(
        "The Baltic Defence Observatory released new figures on Friday.\n\n"
        "By the observatory's count, the region fired 2,000 rockets in March.",
        0,
        ("Baltic Defence Observatory", None, None, "according_to", "By the observatory's count"),
        id="by-owner-count-resolves-the-named-org",
    ),
    pytest.param(
        "Marta Lind, a military analyst, spoke after the parade. "
        "By her estimate, the brigade has lost 40 tanks.",
        0,
        ("Marta Lind", "military analyst", None, "according_to", "By her estimate"),
        id="by-pronoun-estimate",
    ),
]


@pytest.mark.parametrize("text, index, expected", CASES)
def test_attribution(nlp, text, index, expected):
    found = _attributed(nlp, text)
    assert len(found) > index, found
    assert found[index][1:] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The analyst's comments also highlight a broader concern.", id="no-clause"),
        pytest.param("Will Europe be able to match that pace?", id="question"),
        pytest.param("The exhibition opened in a rainy Paris suburb.", id="scene-setting"),
        pytest.param("By the end of the year, output will reach 300 shells.", id="by-the-end"),
    ],
)
def test_no_attributed_claim(nlp, text):
    assert _attributed(nlp, text) == []


def test_two_speakers_give_two_claims(nlp):
    text = "Anna Kowalczyk and Lars Eklund said the deal was worth $2bn."
    names = [row[1] for row in _attributed(nlp, text)]
    assert names == ["Anna Kowalczyk", "Lars Eklund"]


def test_quote_running_into_next_sentence_keeps_speaker(nlp):
    text = (
        "Defence Minister Anna Kowalczyk said: “We ordered 48 howitzers. "
        "They will arrive within 18 months.”"
    )
    rows = _attributed(nlp, text)
    assert [(r[1], r[4]) for r in rows] == [("Anna Kowalczyk", "direct_quote")] * 2


def test_stance_comes_from_the_lexicon(nlp):
    doc = nlp("Peter Holm claimed that the plant makes 200 drones a week.")
    (draft,) = extract_drafts(doc)
    assert draft.cue.stance == "distancing"


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "yes" and "no".', [(8, 13), (18, 22)]),
        ("“Curly” quotes", [(0, 7)]),
        ('Open "quote runs\nNext line', [(5, 16)]),
        ("It’s an apostrophe, not a quote", []),
    ],
)
def test_quote_regions(text, expected):
    assert quote_regions(text) == expected


# a verb in -s that the tagger took for a plural noun: (tags of the cue word, expected)
MISTAGGED = [
    pytest.param(
        "NNS", "NOUN", "nsubj", [("claims", "Holm", "indirect")], id="noun-tag-with-subject"
    ),
    pytest.param(
        "NNS", "NOUN", "compound", [("claims", "Holm", "indirect")], id="noun-tag-name-compound"
    ),
    pytest.param("VBZ", "VERB", "nsubj", [("claims", "Holm", "indirect")], id="verb-tag"),
]


@pytest.mark.parametrize("tag, pos, subject, expected", MISTAGGED)
def test_verb_the_tagger_took_for_a_noun(nlp, tag, pos, subject, expected):
    from spacy.tokens import Doc

    from pipeline.extract.attribution import QuoteIndex, find_cues

    doc = Doc(
        nlp.vocab,
        words=["But", "Lina", "Holm", "claims", "that", "the", "trucks", "were", "late", "."],
        tags=["CC", "NNP", "NNP", tag, "IN", "DT", "NNS", "VBD", "JJ", "."],
        pos=["CCONJ", "PROPN", "PROPN", pos, "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        lemmas=["but", "Lina", "Holm", "claim", "that", "the", "truck", "be", "late", "."],
        deps=["cc", "compound", subject, "ROOT", "mark", "det", "nsubj", "ccomp", "acomp", "punct"],
        heads=[3, 2, 3, 3, 7, 6, 7, 3, 7, 3],
    )
    cues = find_cues(next(iter(doc.sents)), QuoteIndex(doc))
    assert [(c.cue, c.source.text, c.mode) for c in cues] == expected


def test_a_plural_noun_with_no_subject_is_no_verb_cue(nlp):
    from pipeline.extract.attribution import QuoteIndex, find_cues

    doc = nlp("The claims that the trucks were late proved false.")
    assert [c.cue for c in find_cues(next(iter(doc.sents)), QuoteIndex(doc))] == []
