"""A record's claim text is the part of its content inside its own sentence, or over the
sentences of a quotation it stands for, at its own offsets; on text written for these
tests."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import extract_drafts
from pipeline.normalize.to_records import to_record
from pipeline.records import Article

CASES = [
    pytest.param(
        "Ada Brook runs the yard.\n\n"
        '"We fill 900 shells a week now. Nobody in the ministry believed we could," Brook said.',
        ['"We fill 900 shells a week now.', "Nobody in the ministry believed we could"],
        id="a-quotation-whose-first-sentence-has-a-figure-and-a-record-of-its-own",
    ),
    pytest.param(
        'Ada Brook warned about the yard: "We fill 900 shells a week. Nobody believed we '
        'could. We will fill 2,000 by the spring."',
        [
            "We fill 900 shells a week. Nobody believed we could.",
            'We will fill 2,000 by the spring."',
        ],
        id="a-colon-quotation-running-on-into-a-sentence-with-its-own-figure",
    ),
    pytest.param(
        "Ida Coyle said the yard had laid down 4 hulls, and that its workforce had grown by "
        "12% since May.",
        ["the yard had laid down 4 hulls", "that its workforce had grown by 12% since May"],
        id="two-claims-of-one-sentence-each-take-their-clause",
    ),
]


def test_the_two_claims_of_one_sentence_have_ids_of_their_own(nlp):
    text = "Ida Coyle said the yard had laid down 4 hulls, and that its workforce had grown by 12%."
    article = Article(article_id="a_test", source="test.txt", text=text)
    records = [to_record(article, d) for d in extract_drafts(nlp(text))]
    assert len(records) == 2
    assert len({r.claim_id for r in records}) == 2


@pytest.mark.parametrize("text, expected", CASES)
def test_claim_text_lies_in_the_record_sentence(nlp, text, expected):
    doc = nlp(text)
    article = Article(article_id="a_test", source="test.txt", text=text)
    records = [to_record(article, d) for d in extract_drafts(doc) if d.cue is not None]
    assert all(text[r.claim_start : r.claim_end] == r.claim_text for r in records)
    assert all(r.claim_start < r.char_end and r.char_start < r.claim_end for r in records)
    assert [r.claim_text for r in records] == expected


def test_a_quotation_of_several_sentences_stands_on_one(nlp):
    text = (
        "Ada Brook runs the yard.\n\n"
        '"The new line is ready. Nobody believed we could," Brook said on Monday.'
    )
    article = Article(article_id="a_test", source="test.txt", text=text)
    (record,) = [to_record(article, d) for d in extract_drafts(nlp(text)) if d.cue is not None]
    assert record.sentence == 'Nobody believed we could," Brook said on Monday.'
    assert record.claim_text == "The new line is ready. Nobody believed we could"
    assert text[record.claim_start : record.claim_end] == record.claim_text


def test_a_record_without_a_cue_claims_its_sentence(nlp):
    text = "The yard delivered 12 hulls in 2024."
    article = Article(article_id="a_test", source="test.txt", text=text)
    (record,) = [to_record(article, d) for d in extract_drafts(nlp(text))]
    assert (record.claim_start, record.claim_end) == (record.char_start, record.char_end)
