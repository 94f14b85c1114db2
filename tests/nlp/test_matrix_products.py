"""The pipeline's matrix products go through numpy's BLAS, on one thread, reproducibly.

Whether the tags, arcs and entities stay the stock pipeline's (whose products go through
thinc's bundled BLIS) is checked on whole articles in tests/process/test_prefilter.py;
here the installation itself, and that a token's numbers do not depend on its batch.
"""

from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info, threadpool_limits

from pipeline.nlp.model import PRODUCT_ROWS, FastEntityRecognizer
from pipeline.process.processor import Processor
from pipeline.records import Article

TEXTS = [
    "The shipyard in Gdynia delivered two corvettes in March, a month late.",
    "Output rose to 1,200 rounds a day, the plant's director, Ilse Marten, told reporters.",
    "“We cannot keep this pace,” she said.\n\nThe ministry declined to comment.",
    "Short.",
]


def _models(nlp):
    for _, component in nlp.pipeline:
        model = getattr(getattr(component, "stock", component), "model", None)
        if model is not None:
            yield model


def test_every_model_multiplies_with_numpy(nlp):
    nodes = [node for model in _models(nlp) for node in model.walk()]
    assert len(nodes) > 20  # tok2vec, tagger, parser and entity recogniser layers
    assert all(isinstance(node.ops, NumpyOps) and not node.ops.use_blis for node in nodes)
    assert isinstance(nlp.get_pipe("ner"), FastEntityRecognizer)  # its encoder is walked too


def _numpy_blas_threads() -> list[int]:
    """Threads of numpy's own BLAS (other libraries loaded later, by other tests, bring
    their own; the pipeline's products go through numpy's)."""
    found = [
        lib["num_threads"]
        for lib in threadpool_info()
        if lib["user_api"] == "blas" and "numpy" in lib["filepath"]
    ]
    assert found, "numpy's BLAS is loaded"
    return found


def test_numpy_blas_runs_on_one_thread_in_a_batch(nlp, monkeypatch):
    seen = []

    def parse(self, batch):
        seen.append(_numpy_blas_threads())
        return [(a, []) for a in batch]

    monkeypatch.setattr(Processor, "_parse_and_extract", parse)
    article = Article(article_id="a", source="a.txt", text="The plant made 40 shells a day.")
    with threadpool_limits(limits=2, user_api="blas"):
        assert list(Processor().process([article])) == [(article, [])]
        assert all(n == 2 for n in _numpy_blas_threads())  # restored after the batch
    assert seen and all(n == 1 for n in seen[0]), threadpool_info()


def _by_doc(vectors, docs):
    """The encoder's output split into one array per doc (the entity recogniser's encoder
    returns the rows of a batch as one array)."""
    if isinstance(vectors, list):
        return vectors
    ends = numpy.cumsum([len(doc) for doc in docs])
    return numpy.split(vectors, ends[:-1])


@pytest.mark.parametrize("component", ["tok2vec", "ner"])
def test_a_tokens_vectors_do_not_depend_on_its_batch(nlp, component):
    pipe = nlp.get_pipe(component)
    encoder = pipe.model if component == "tok2vec" else pipe.tok2vec
    docs = [nlp.make_doc(text) for text in TEXTS]
    docs.append(nlp.make_doc(" ".join(TEXTS[:3]) * 30))
    assert len(docs[-1]) > 2 * PRODUCT_ROWS  # rows in several blocks, the last one padded
    together = _by_doc(encoder.predict(docs), docs)
    for doc, vectors in zip(docs, together, strict=True):
        (alone,) = _by_doc(encoder.predict([doc]), [doc])
        assert numpy.array_equal(alone, vectors)
    reordered = _by_doc(encoder.predict(docs[::-1]), docs[::-1])[::-1]
    assert all(numpy.array_equal(a, b) for a, b in zip(reordered, together, strict=True))


@pytest.mark.parametrize("rows", [1, 7, PRODUCT_ROWS, PRODUCT_ROWS + 3, 3 * PRODUCT_ROWS - 1])
def test_products_in_blocks(nlp, rows):
    ops = nlp.get_pipe("tok2vec").model.ops
    rng = numpy.random.default_rng(rows)
    x = rng.standard_normal((rows + 5, 96), dtype=numpy.float32)
    w = rng.standard_normal((40, 96), dtype=numpy.float32)
    whole = ops.gemm(x, w, trans2=True)
    assert whole.shape == (rows + 5, 40)
    assert numpy.allclose(whole, x @ w.T, rtol=1e-5, atol=1e-4)
    assert numpy.array_equal(ops.gemm(x[5:], w, trans2=True), whole[5:])  # rows moved
    out = numpy.full((rows, 40), numpy.nan, dtype=numpy.float32)
    assert ops.gemm(x[:rows], w, out=out, trans2=True) is out
    assert numpy.array_equal(out, whole[:rows])
    flipped = ops.gemm(x[:rows].T.copy(), w.T.copy(), trans1=True)  # another layout
    assert numpy.allclose(flipped, whole[:rows], rtol=1e-5, atol=1e-4)


def test_a_product_of_doubles_is_left_to_numpy(nlp):
    ops = nlp.get_pipe("tok2vec").model.ops
    x = numpy.arange(6, dtype=numpy.float64).reshape(2, 3)
    assert numpy.array_equal(ops.gemm(x, x, trans2=True), x @ x.T)
