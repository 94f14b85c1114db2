"""The prefilter and the fast pipeline components change speed, never results.

- records with and without the prefilter are byte-identical on the development
  and seed articles, and on the same articles padded with paragraphs the
  prefilter skips (and whose kept tokens are annotated exactly as by a full parse);
- records with every optimisation equal those of the stock pipeline with none
  (no prefilter, no cue marks, stock attribute ruler, lemmatizer and entity
  recogniser, no memory zones) on the development and seed articles and on the PolNeAR dev articles
  (real news, read from ../shared at test time; slow);
- the paragraph selection keeps what claims and speaker tracking need;
- the fast attribute ruler, lemmatizer and entity recogniser annotate exactly as the
  stock ones (the recogniser alone: tests/nlp/test_ner.py);
- the cue marks are sound: no extractor finds anything where they say it cannot.
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from pipeline.extract.attribution import QuoteIndex, find_cues
from pipeline.extract.comparisons import extract_comparison
from pipeline.extract.quantities import extract_quantities
from pipeline.ingest.files import read_file
from pipeline.measure.evaluate import evaluate
from pipeline.nlp.model import SPACY_MODEL, doc_text, paragraph_starts, sentences, set_doc_text
from pipeline.process.prefilter import CONTEXT_AFTER, CONTEXT_BEFORE, Prefilter
from pipeline.process.processor import Processor
from pipeline.records import Article, ClaimRecord
from tests.conftest import ASSESS, CORPUS, DEV, SHARED

BRITISH = DEV.parent / "british"

ANNOTATION = [POS, TAG, DEP, MORPH, LEMMA, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
FILLER = (
    "the weather in the capital stayed mild for most of the week, and the roads into "
    "the old town were quiet on the morning of the visit."
)


def _articles(folder: Path) -> list[Article]:
    found = []
    for path in sorted(folder.glob("*.txt")):
        found.extend(a for a in read_file(path, folder) if isinstance(a, Article))
    return found


def _padded(article: Article) -> Article:
    """The article with a filler paragraph after every second paragraph."""
    lines = []
    for i, line in enumerate(article.text.split("\n")):
        lines.append(line)
        if i % 2 == 1:
            lines.append(FILLER)
    return article.model_copy(
        update={"text": "\n".join(lines), "source": f"padded/{article.source}"}
    )


def _jsonl(processor: Processor, articles: list[Article]) -> dict[str, list[str]]:
    out = {}
    for article, records in processor.process(articles):
        assert not isinstance(records, Exception), records
        out[article.source] = [r.model_dump_json() for r in records]
    return out


@pytest.fixture(scope="module")
def articles() -> dict[str, list[Article]]:
    dev, seed, assess = _articles(DEV), _articles(CORPUS), _articles(ASSESS)
    assert len(dev) == 20 and len(seed) == 2 and len(assess) == 6
    padded = [_padded(a) for a in (dev + seed)[::2]] + [_padded(a) for a in assess]
    british = _articles(BRITISH)  # quotations in single marks
    padded += [_padded(a) for a in british]
    return {"dev": dev, "seed": seed, "assess": assess, "padded": padded, "british": british}


@pytest.fixture(scope="module")
def processors():
    on = Processor(prefilter=True)
    on._warmup = 0  # every batch in a memory zone
    off = Processor(prefilter=False)
    return on, off


@pytest.fixture(scope="module")
def outputs(articles, processors):
    on, off = processors
    every = (
        articles["dev"]
        + articles["seed"]
        + articles["assess"]
        + articles["british"]
        + articles["padded"]
    )
    return _jsonl(on, every), _jsonl(off, every)


@pytest.fixture(scope="module")
def prefilter(processors) -> Prefilter:
    return processors[0].prefilter


# -- same records --------------------------------------------------------------------


def test_records_are_byte_identical_with_and_without_prefilter(outputs):
    with_pf, without = outputs
    assert with_pf.keys() == without.keys()
    assert sum(len(v) for v in without.values()) > 100
    for source in without:
        assert with_pf[source] == without[source], source


@pytest.mark.parametrize(
    "name, gold", [("dev", DEV / "gold"), ("seed", SHARED / "gold"), ("assess", ASSESS / "gold")]
)
def test_eval_scores_identical(outputs, articles, tmp_path, name, gold):
    if not gold.is_dir():
        pytest.skip(f"no gold at {gold}")
    reports = []
    for label, records in zip(("on", "off"), outputs, strict=True):
        path = tmp_path / f"{name}-{label}.jsonl"
        lines = [line for a in articles[name] for line in records[a.source]]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        reports.append(evaluate(gold, path))
    assert reports[0].scores == reports[1].scores
    assert reports[0].scores.model_dump() == reports[1].scores.model_dump()


def test_offsets_index_the_full_text(outputs, articles):
    with_pf, _ = outputs
    texts = {a.source: a.text for a in articles["padded"]}
    for source, text in texts.items():
        for line in with_pf[source]:
            record = ClaimRecord.model_validate_json(line)
            assert text[record.char_start : record.char_end] == record.sentence


def test_skipped_paragraphs_leave_kept_tokens_exactly_annotated(nlp, articles, prefilter):
    skipped = 0
    for article in articles["padded"][:6]:
        tokenized = nlp.make_doc(article.text)
        plan = prefilter.plan(tokenized)
        assert plan.runs is not None  # the filler is left out
        chunks = [tokenized[lo:hi].as_doc() for lo, hi in plan.chunks(len(tokenized))]
        doc = prefilter.assemble(tokenized, plan, list(nlp.pipe(chunks)))
        full = nlp(article.text)
        assert doc.text == full.text == article.text
        ours, theirs = doc.to_array(ANNOTATION), full.to_array(ANNOTATION)
        for a, b in plan.runs:
            assert numpy.array_equal(ours[a:b], theirs[a:b])
        kept = [(e.start, e.end, e.label_) for e in doc.ents]
        assert kept == [
            (e.start, e.end, e.label_)
            for e in full.ents
            if any(a <= e.start and e.end <= b for a, b in plan.runs)
        ]
        skipped += len(doc) - plan.kept_tokens
        # a skipped paragraph is one sentence with no annotation but white space
        for s in doc.sents:
            if not any(a <= s.start < b for a, b in plan.runs):
                assert s.start in plan.paragraphs
                assert not [t for t in s if not t.is_space and (t.pos_ or t.lemma_ or t.ent_type_)]
    assert skipped > 100


# -- paragraph selection -------------------------------------------------------------


def _kept(nlp, prefilter: Prefilter, paragraphs: list[str]) -> list[bool]:
    doc = nlp.make_doc("\n".join(paragraphs))
    _starts, kept, _cues = prefilter.kept_paragraphs(doc)
    assert len(kept) == len(paragraphs)
    return kept


def test_cue_paragraphs_are_kept(nlp, prefilter):
    paragraphs = [
        "the plant will produce 200 shells.",
        "the plant will produce three hundred shells.",
        "output has roughly doubled over the winter.",
        "the engineers said output would grow.",
        "the line runs at full speed, according to the plant.",
        "the yard is on par with its rivals.",
        "the crews work twelve hours a day.",
        "output is larger than last winter.",
        "this was the “final” offer.",
    ]
    assert _kept(nlp, prefilter, paragraphs) == [True] * len(paragraphs)


def test_quotations_in_single_marks_are_kept(nlp, prefilter):
    paragraphs = [
        "'the hall will stay open through the winter.",  # continues the quotation before
        "'and on the weekends too.'",
        "the old hall's roof and the workers' canteen were repainted in the autumn.",
    ]
    assert _kept(nlp, prefilter, ["Anna Kowalczyk said:"] + paragraphs) == [
        True,
        True,
        True,
        False,
    ]
    # the same apostrophes in an article whose quotations are in double marks are words
    doubled = ["Anna Kowalczyk said:", '"the hall will stay open."'] + paragraphs[2:]
    assert _kept(nlp, prefilter, doubled) == [True, True, False]
    # speech in single marks in an article in double ones
    mixed = [
        'Anna Kowalczyk said: "We will stay." "And grow."',
        "‘the hall stays open in the winter,’ she smiled.",
        "the old hall's roof was repainted in the autumn.",
    ]
    assert _kept(nlp, prefilter, mixed) == [True, True, False]


def test_speaker_context_is_kept(nlp, prefilter):
    paragraphs = [
        FILLER,
        "the visit was hosted by Anna Kowalczyk and lasted the whole morning.",  # a name only
        "she toured the halls and stayed until the evening shift.",  # pronoun, nothing else
        "officials from the region came along for the tour of the halls.",  # group noun
        "The tour ended early in the afternoon and the guests left by car.",
        "the report's central table, drawn from open sources, is reproduced below.",  # document
    ]
    assert _kept(nlp, prefilter, paragraphs) == [False, True, False, True, False, True]


def test_paragraph_after_an_unfinished_one_is_kept(nlp, prefilter):
    paragraphs = ["Inside the Tank Works", FILLER, FILLER]
    assert _kept(nlp, prefilter, paragraphs) == [True, True, False]


def test_plan_skips_only_runs_worth_skipping(nlp, prefilter):
    cue = "The ministry said it would buy 105 tanks."
    short = "the day was long."
    doc = nlp.make_doc("\n".join([cue, short, cue]))
    assert prefilter.plan(doc).runs is None  # four tokens save less than the context costs
    doc = nlp.make_doc("\n".join([cue, FILLER, FILLER, cue]))
    plan = prefilter.plan(doc)
    assert plan.runs is not None and len(plan.runs) == 2
    (a1, b1), (a2, b2) = plan.runs
    assert a1 == 0 and b2 == len(doc)
    assert plan.chunks(len(doc)) == [(0, b1 + CONTEXT_AFTER), (a2 - CONTEXT_BEFORE, len(doc))]
    assert [doc[b1 - 1].text, doc[a2].text] == ["\n", "The"]


@pytest.mark.parametrize("text", ["", "\n", "  \n\n "])
def test_an_article_with_no_words_has_a_plan(nlp, prefilter, text):
    # (it raised on the empty article, and the processor logged the failure)
    doc = nlp.make_doc(text)
    assert prefilter.plan(doc).runs is None


def test_paragraph_starts_are_the_pipeline_sentence_starts(nlp):
    text = "Headline\nFirst sentence. Second one.\n\n  Third paragraph.\nLast"
    doc = nlp(text)
    starts = paragraph_starts(nlp.make_doc(text))
    assert all(doc[i].is_sent_start for i in starts)
    assert [doc[i].text for i in starts] == ["Headline", "First", "Third", "Last"]
    assert [t.i for t in doc if t.is_sent_start and t.i not in starts] == [5]  # "Second"


def test_sentences_start_only_after_punctuation_or_a_line_break(nlp, articles):
    ends = {".", "!", "?", "...", "\u2026", ":", ";", '"', "\u201d", "'", "\u2019", ")", "]"}
    ends |= {"--", "\u2014"}
    texts = [a.text for a in articles["dev"] + articles["seed"]]
    texts.append(
        '"No promise we cannot keep": a conversation with the finance minister\n\n'
        "Lucinda Ortega-Vane became minister of finance in June. She met us in Port "
        "Elwyn."
    )
    for doc in nlp.pipe(texts):
        for sent in list(doc.sents)[1:]:
            before = doc[sent.start - 1]
            assert before.is_space or before.text in ends, (before.text, sent.text[:40])
    assert [s.text.strip() for s in doc.sents][1] == (
        "Lucinda Ortega-Vane became minister of finance in June."
    )


QUOTE_OPENINGS = [
    pytest.param(
        "Do not let the size of the bill stop you. ''You do not have to find it all at "
        "once,'' Mr. Tavish said.",
        "''You do not have to find it all at once,'' Mr. Tavish said.",
        id="doubled-apostrophes",
    ),
    pytest.param(
        "The yard is behind. \u201cWe lost 900 welders,\u201d she said.",
        "\u201cWe lost 900 welders,\u201d she said.",
        id="curly-quotes",
    ),
    pytest.param(
        'The yard is behind. "We lost 900 welders," she said.',
        '"We lost 900 welders," she said.',
        id="straight-quotes",
    ),
]


@pytest.mark.parametrize("text, last", QUOTE_OPENINGS)
def test_a_quotation_mark_after_a_full_stop_opens_a_sentence(nlp, text, last):
    assert list(nlp(text).sents)[-1].text.strip() == last


def test_a_closing_quotation_mark_stays_with_its_sentence(nlp):
    text = 'She said the yard was "behind." "We lost 900 welders," she added.'
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[0] == 'She said the yard was "behind."'


# -- exact components ----------------------------------------------------------------


@pytest.fixture(scope="module")
def stock():
    """en_core_web_sm as shipped, plus the same paragraph boundaries and the same
    abbreviated titles kept whole by the tokenizer: the components are compared here."""
    from pipeline.nlp.model import _keep_title_abbreviations

    nlp = spacy.load(SPACY_MODEL)
    _keep_title_abbreviations(nlp)
    nlp.add_pipe("paragraph_boundaries", before="parser")
    return nlp


def test_fast_components_annotate_like_the_stock_ones(nlp, stock, articles):
    assert nlp.pipe_names == stock.pipe_names
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "FastAttributeRuler"
    assert type(nlp.get_pipe("lemmatizer")).__name__ == "FastLemmatizer"
    assert type(nlp.get_pipe("ner")).__name__ == "FastEntityRecognizer"
    texts = [a.text for a in articles["dev"] + articles["seed"]]
    for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert numpy.array_equal(ours.to_array(ANNOTATION), theirs.to_array(ANNOTATION))
        assert [(t.pos_, t.morph.to_json(), t.lemma_) for t in ours] == [
            (t.pos_, t.morph.to_json(), t.lemma_) for t in theirs
        ]


def test_fast_attribute_ruler_two_token_rules(nlp, stock):
    text = "There is no way we're gonna wait; y'all know it ain't over.\nLet's go."
    ours, theirs = nlp(text), stock(text)
    assert [(t.lemma_, t.pos_, t.morph.to_json()) for t in ours] == [
        (t.lemma_, t.pos_, t.morph.to_json()) for t in theirs
    ]


def test_white_space_tokens_always_get_the_same_annotation(nlp, prefilter, articles):
    for doc in nlp.pipe(a.text for a in articles["padded"]):
        for tok in doc:
            if tok.is_space:
                row = doc.to_array([POS, TAG, MORPH, DEP])[tok.i]
                assert numpy.array_equal(row, prefilter._space), repr(tok.text)
                assert tok.lemma_ == tok.lower_


def test_doc_text_is_cached_text(nlp):
    doc = nlp.make_doc("Two words.")
    assert doc_text(doc) == "Two words."
    set_doc_text(doc, "Two words.")
    assert doc_text(doc) is doc.user_data["claims.text"]


# -- sound cue marks -----------------------------------------------------------------


def test_every_parsed_lemma_is_foreseen(nlp, prefilter, articles):
    for doc in nlp.pipe(a.text for a in articles["dev"] + articles["seed"]):
        for tok in doc:
            assert tok.lemma_.lower() in prefilter._lemmas_of(tok.lower_), tok.text


def test_extractors_find_nothing_where_marks_say_so(nlp, prefilter, articles):
    counts = {"quantities": 0, "comparison": 0, "cues": 0, "sentences": 0}
    texts = [a.text for a in articles["dev"] + articles["seed"]]
    for text, doc in zip(texts, nlp.pipe(texts), strict=True):
        set_doc_text(doc, text)
        needs = prefilter.sentence_needs(doc)
        quotes = QuoteIndex(doc)
        for sent in sentences(doc):
            need = needs(sent)
            counts["sentences"] += 1
            quantities = extract_quantities(sent)
            assert need.quantities or not quantities, sent.text
            counts["quantities"] += need.quantities
            if not (need.comparison or quantities):
                assert extract_comparison(sent, quantities) is None, sent.text
            counts["comparison"] += need.comparison
            if not need.cues:
                assert find_cues(sent, quotes) == [], sent.text
            counts["cues"] += need.cues
    # the marks leave some extractor calls out, or they would be worthless
    assert counts["cues"] < counts["sentences"] and counts["quantities"] < counts["sentences"]


# -- real news: PolNeAR dev articles (read from ../shared at test time) ------------------

POLNEAR = SHARED / "benchmarks" / "polnear" / "articles"


def _stock_records(stock, articles: list[Article]) -> dict[str, list[str]]:
    """Records with no optimisation at all: the stock pipeline, every extractor on every
    sentence, no prefilter, no memory zones."""
    from pipeline.extract.claims import extract_drafts
    from pipeline.normalize.to_records import to_records

    out = {}
    texts = [a.text for a in articles]
    for article, doc in zip(articles, stock.pipe(texts, batch_size=16), strict=True):
        set_doc_text(doc, article.text)
        records = to_records(article, extract_drafts(doc))
        out[article.source] = [r.model_dump_json() for r in records]
    return out


@pytest.fixture(scope="module")
def polnear() -> list[Article]:
    if not POLNEAR.is_dir():
        pytest.skip(f"no PolNeAR articles at {POLNEAR}")
    found = _articles(POLNEAR)
    assert len(found) >= 80
    return found


def test_optimised_records_equal_stock_records_on_dev_and_seed(outputs, articles, stock):
    with_pf, _ = outputs
    every = articles["dev"] + articles["seed"]
    plain = _stock_records(stock, every)
    assert sum(len(v) for v in plain.values()) > 100
    for article in every:
        assert with_pf[article.source] == plain[article.source], article.source


@pytest.mark.slow
def test_records_identical_with_and_without_every_optimisation_on_polnear(
    polnear, processors, stock
):
    on, off = processors
    optimised, no_prefilter = _jsonl(on, polnear), _jsonl(off, polnear)
    plain = _stock_records(stock, polnear)
    assert sum(len(v) for v in plain.values()) > 500
    for article in polnear:
        assert optimised[article.source] == plain[article.source], article.source
        assert no_prefilter[article.source] == plain[article.source], article.source


@pytest.mark.slow
def test_fast_components_annotate_like_the_stock_ones_on_polnear(nlp, stock, polnear):
    texts = [a.text for a in polnear]
    for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert numpy.array_equal(ours.to_array(ANNOTATION), theirs.to_array(ANNOTATION))
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


# -- the merged lemma tables ---------------------------------------------------------


def _lemmas_rule_by_rule(lemmas, lower: str) -> set[str]:
    """`_Lemmas.of` as it read the tables before they were merged: every part of
    speech, every rule (the reference the merged look-up must equal)."""
    found = {lower}
    found.update(lemmas.fixed.get(lower, ()))
    found.update(lemmas.always)
    found.update(lemma for regex, lemma in lemmas.fixed_re if regex.search(lower))
    for pos in lemmas.pos:
        found.update(f.lower() for f in lemmas.exc.get(pos, {}).get(lower, ()))
        for old, new in lemmas.rules.get(pos, ()):
            if lower.endswith(old):
                form = lower[: len(lower) - len(old)] + new
                if form:
                    found.add(form)
    return found


@pytest.fixture(scope="module")
def lemma_tables(nlp):
    from pipeline.process.prefilter import _Lemmas

    return _Lemmas(nlp)


@pytest.mark.parametrize(
    "word",
    [
        "",
        "s",
        "es",
        "ies",
        "said",
        "says",
        "went",
        "children",
        "better",
        "largest",
        "doubled",
        "tripling",
        "officials",
        "ministries",
        "was",
        "fighters",
        "1990s",
        "n't",
        "'s",
        "a",
    ],
)
def test_merged_lemma_tables_give_every_rule_by_rule_lemma(lemma_tables, word):
    assert lemma_tables.of(word) == _lemmas_rule_by_rule(lemma_tables, word)
    assert word in lemma_tables.of(word)


def test_merged_lemma_tables_on_any_word(lemma_tables):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    suffixes = sorted(lemma_tables.by_suffix)  # words ending the way the rules look for
    words = st.builds(
        lambda stem, suffix: stem + suffix,
        st.text(alphabet="abcdefghiklmnorstuvwy'-", max_size=8),
        st.sampled_from(suffixes),
    ) | st.text(max_size=12).map(str.lower)

    @settings(max_examples=400, deadline=None)
    @given(words)
    def check(word):
        assert lemma_tables.of(word) == _lemmas_rule_by_rule(lemma_tables, word)

    check()
