"""A person's role and organisation as the article gives them (annotation guideline:
`speaker_role` is the title given, `speaker_org` the organisation the person speaks for),
one case per row, on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.speakers import SpeakerTracker, unbracketed_short_forms

# (text, the person's full name, expected role, expected organisation)
ROLE_CASES = [
    pytest.param(
        "Mira Kaspar, First Deputy Director for Coastal Radars at the Defence Materiel "
        "Agency, said the radars were late.",
        "Mira Kaspar",
        "First Deputy Director for Coastal Radars",
        "Defence Materiel Agency",
        id="a-capitalised-field-before-at-a-body-is-part-of-the-title",
    ),
    pytest.param(
        "Ola Berg, director of Brenmoor Systems at the Oslo Defence Fair, said orders rose.",
        "Ola Berg",
        "director",
        "Brenmoor Systems",
        id="negative-a-company-before-at-stays-the-organisation",
    ),
    pytest.param(
        "First Deputy Prime Minister Ivan Petrov said output doubled.",
        "Ivan Petrov",
        "First Deputy Prime Minister",
        None,
        id="a-capitalised-first-ranks-the-office",
    ),
    pytest.param(
        "Ana Lind, the first chief executive of Brenmoor Systems, said sales rose.",
        "Ana Lind",
        "chief executive",
        "Brenmoor Systems",
        id="negative-a-lower-case-first-is-the-writer-s",
    ),
    pytest.param(
        "The Joint Committee on Coastal Defence met on Monday. The committee's chair, "
        "Senator Ruth Amsel, said the radars were late.",
        "Ruth Amsel",
        "chair",
        "Joint Committee on Coastal Defence",
        id="a-committee-s-name-goes-on-with-its-remit",
    ),
]

# (text, the person's full name, expected role, expected organisation)
ORG_CASES = [
    pytest.param(
        "Vice Admiral Tessa Rowe said the fleet was short of sailors. The Royal Danish Navy "
        "plans to buy four frigates.",
        "Tessa Rowe",
        "Vice Admiral",
        "Royal Danish Navy",
        id="a-rank-s-service-with-every-word-of-its-owner",
    ),
    pytest.param(
        "The Nordic Centre for Maritime Security published the survey on Monday. NCMS "
        "director Lars Aune said the fleet was ageing.",
        "Lars Aune",
        "director",
        "Nordic Centre for Maritime Security",
        id="a-short-form-used-without-brackets-before-a-title",
    ),
    pytest.param(
        "Colonel Taras Boyko, a battalion commander in the Ukrainian army, said losses rose.",
        "Taras Boyko",
        "battalion commander",
        "Ukrainian Army",
        id="a-title-held-in-a-country-s-service",
    ),
    pytest.param(
        "Anna Berg, an analyst in Stockholm, said losses rose.",
        "Anna Berg",
        "analyst",
        None,
        id="negative-a-title-held-in-a-place",
    ),
    pytest.param(
        "Norway's foreign ministry spokesman, Erik Dahl, said the claims were false.",
        "Erik Dahl",
        "spokesman",
        "Norwegian Foreign Ministry",
        id="a-spokesman-of-a-country-s-ministry-speaks-for-the-ministry",
    ),
]


@pytest.mark.parametrize("text, name, role, org", ROLE_CASES + ORG_CASES)
def test_role_and_organisation_as_the_article_gives_them(nlp, text, name, role, org):
    tracker = SpeakerTracker(nlp(text))
    assert name in tracker.persons, f"{name!r} not found: {list(tracker.persons)}"
    person = tracker.persons[name]
    assert (person.role, person.organization) == (role, org)


def test_a_title_before_a_comma_the_parser_opened_a_sentence_at(nlp):
    """ "The committee's chair | , Senator X, said": the parser's sentence break at the
    comma does not cut the title off its name."""
    text = (
        "The Joint Committee on Coastal Defence met on Monday. The committee's chair, "
        "Senator Ruth Amsel, said the radars were late."
    )
    doc = nlp.make_doc(text)
    next(t for t in doc if t.text == ",").is_sent_start = True
    for _name, component in nlp.pipeline:
        doc = component(doc)
    assert [s.text for s in doc.sents][2].startswith(", Senator")
    person = SpeakerTracker(doc).persons["Ruth Amsel"]
    assert (person.role, person.organization) == ("chair", "Joint Committee on Coastal Defence")


# (text, the short forms it uses without defining them in brackets)
UNBRACKETED_CASES = [
    pytest.param(
        "The Nordic Centre for Maritime Security published the survey. According to NCMS, "
        "fleets are ageing.",
        {"NCMS": "Nordic Centre for Maritime Security"},
        id="initials-of-a-name-written-before",
    ),
    pytest.param(
        "According to NCMS, fleets are ageing. The Nordic Centre for Maritime Security "
        "published the survey.",
        {},
        id="negative-a-name-written-only-after",
    ),
    pytest.param(
        "The North Atlantic Treaty Organization met. NATO said fleets are ageing.",
        {},
        id="negative-a-short-form-the-lexicon-knows",
    ),
]


@pytest.mark.parametrize("text, expected", UNBRACKETED_CASES)
def test_short_forms_used_without_brackets(text, expected):
    assert unbracketed_short_forms(text, {}) == expected
