"""A that-clause after a verb of telling that the parser hung, as a relative clause, on
the noun of a phrase of time before it, with "that" read as the object of a preposition
left at the clause's end ("told bankers early in the week that the crane was budgeted
for in reserves"): the clause is what was told. The parse is built by hand, as the parser
gave it on a real sentence, so the repair is tested whatever the model does."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.attribution import QuoteIndex, find_cues
from pipeline.nlp.model import set_doc_text

_WORDS = "He told bankers early in the week that the crane was budgeted for in reserves ."
_HEADS = [1, 1, 1, 1, 1, 6, 4, 12, 9, 11, 11, 6, 11, 11, 13, 1]
_DEPS = "nsubj ROOT dobj advmod prep det pobj pobj det nsubjpass auxpass relcl prep prep pobj punct"
_POS = "PRON VERB NOUN ADV ADP DET NOUN PRON DET NOUN AUX VERB ADP ADP NOUN PUNCT"
_TAGS = "PRP VBD NNS RB IN DT NN WDT DT NN VBD VBN IN IN NNS ."
_LEMMAS = "he tell banker early in the week that the crane be budget for in reserve ."


def _parsed(nlp, words=_WORDS, deps=_DEPS) -> Doc:
    tokens = words.split()
    doc = Doc(
        nlp.vocab,
        words=tokens,
        spaces=[True] * (len(tokens) - 2) + [False, False],
        heads=_HEADS,
        deps=deps.split(),
        pos=_POS.split(),
        tags=_TAGS.split(),
        lemmas=_LEMMAS.split(),
        sent_starts=[True] + [False] * (len(tokens) - 1),
    )
    set_doc_text(doc, doc.text)
    return doc


def test_a_that_clause_read_as_a_relative_on_a_time_phrase_is_what_was_told(nlp):
    doc = _parsed(nlp)
    cues = find_cues(doc[:], QuoteIndex(doc))
    assert [(c.cue, c.mode) for c in cues] == [("told", "indirect")]
    content = doc.text[cues[0].content_start : cues[0].content_end]
    assert content == "that the crane was budgeted for in reserves"


def test_a_relative_whose_that_is_its_subject_is_no_content(nlp):
    """ "... early in the week that ended the talks": 'that' is the clause's own subject;
    the verb of telling has no content there, and no cue is made of it."""
    words = _WORDS
    deps = _DEPS.replace("pobj det nsubjpass", "nsubj det dobj", 1)
    doc = _parsed(nlp, words, deps)
    assert not [c for c in find_cues(doc[:], QuoteIndex(doc)) if c.cue == "told"]
