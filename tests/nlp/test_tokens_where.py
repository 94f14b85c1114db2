"""`tokens_where` picks exactly the tokens a walk over the whole Doc picks, on a parsed
article of our own: by string collections and by predicates, one attribute or several."""

from __future__ import annotations

import pytest

from pipeline.nlp.model import tokens_where

_TEXT = (
    "Defence Minister Ilse Marrow told parliament on Tuesday that the navy would buy "
    'six frigates from Tovey Marine Group. "We have waited 12 years," she said. '
    "The ministry's spokesman, Aron Kell, added that the first ship would sail in 2029, "
    "and analysts at the Nordic Institute said the cost could reach 4.1 billion euros."
)

# (the tests passed to tokens_where, the same test on a Token)
CASES = [
    pytest.param({"DEP": {"nsubj"}}, lambda t: t.dep_ in {"nsubj"}, id="a-dependency"),
    pytest.param(
        {"ENT_TYPE": {"PERSON", "ORG"}},
        lambda t: t.ent_type_ in {"PERSON", "ORG"},
        id="entity-types",
    ),
    pytest.param({"POS": {"PROPN"}}, lambda t: t.pos_ == "PROPN", id="a-part-of-speech"),
    pytest.param(
        {"LEMMA": {"say", "tell", "add"}, "DEP": {"ROOT", "conj", "parataxis"}},
        lambda t: t.lemma_ in {"say", "tell", "add"} and t.dep_ in {"ROOT", "conj", "parataxis"},
        id="two-attributes",
    ),
    pytest.param(
        {"ORTH": lambda s: s[:1].isupper(), "TAG": {"NNP"}},
        lambda t: t.text[:1].isupper() and t.tag_ == "NNP",
        id="a-predicate-and-a-collection",
    ),
    pytest.param({"LOWER": {"the"}}, lambda t: t.lower_ == "the", id="lower-case-form"),
    pytest.param({"LOWER": {"absent-word"}}, lambda t: False, id="a-word-no-token-has"),
    pytest.param({"LOWER": set()}, lambda t: False, id="no-words"),
]


@pytest.mark.parametrize(("tests", "keep"), CASES)
def test_the_same_tokens_as_a_walk(nlp, tests, keep):
    doc = nlp(_TEXT)
    walked = [t.i for t in doc if keep(t)]
    found = [t.i for t in tokens_where(doc, **tests)]
    assert found == walked
    if "absent" not in str(tests) and tests != {"LOWER": set()}:
        assert walked, "the case must pick some token to test anything"


def test_no_test_gives_every_token_and_an_empty_doc_none(nlp):
    doc = nlp(_TEXT)
    assert [t.i for t in tokens_where(doc)] == [t.i for t in doc]
    assert tokens_where(nlp(""), DEP={"nsubj"}) == []


def test_an_attribute_it_cannot_read_is_refused(nlp):
    with pytest.raises(ValueError, match="tokens_where tests"):
        tokens_where(nlp("The navy said so."), SHAPE={"Xxxx"})
