"""Processing: articles in, their claim records out (parse, extract, normalize).

`Processor` is what every engine runs: the local runner in its own process or in
worker processes, and the Ray engine in each Ray worker. It loads the spaCy
pipeline once and streams articles through `nlp.pipe` in batches. One article's
failure becomes an `ExtractionError` in its result; the stream goes on.

With `prefilter=True` (the default) each batch is tokenized first and only the
paragraphs that can make a claim or that speaker tracking needs go through the
statistical components (`pipeline.process.prefilter`); the records are the same as with
a full parse. Each batch runs inside `nlp.memory_zone()`, so the strings and
lexemes its documents add to the vocabulary are released once its records are
built; the records hold plain Python values only. The first `WARMUP_ARTICLES`
articles run outside a zone, so that common words are not rebuilt for every
batch.

Long articles: spaCy refuses texts over `nlp.max_length` (1,000,000 characters)
and its parse slows and grows in memory faster than the text (a 1.1 MB article
parsed whole takes minutes and 4 GB). So texts are tokenized without that limit
and no stretch longer than `MAX_PARSE_CHARS` is parsed as one Doc: longer kept
runs are cut at paragraph starts (which changes nothing: a paragraph starts a
sentence and its neighbours' context is parsed with it), or inside a longer
paragraph after a sentence end, where a sentence start is then set. Offsets index
the whole article as always. An article that fails anyway becomes an
`ExtractionError` (errors.jsonl); the other articles of its batch go on.
"""

from __future__ import annotations

import bisect
import gc
import logging
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.tokens import Doc

from pipeline.errors import ExtractionError
from pipeline.extract.claims import extract_drafts
from pipeline.nlp.model import MAX_PARSE_CHARS, get_nlp, one_blas_thread, set_doc_text
from pipeline.normalize.to_records import to_records
from pipeline.process.prefilter import Plan, Prefilter
from pipeline.records import Article, ClaimRecord

log = logging.getLogger(__name__)

Result = tuple[Article, list[ClaimRecord] | ExtractionError]

# Articles processed outside memory zones first: the frequent words they bring stay in the
# vocabulary for good, instead of being built again in every zone.
WARMUP_ARTICLES = 64
_SENTENCE_END = frozenset({".", "!", "?", '!"', '."', '?"'})


class Processor:
    """Loads the pipeline once; `process` maps articles to (article, records or error)."""

    def __init__(self, *, batch_size: int = 16, prefilter: bool = True) -> None:
        self.batch_size = max(1, batch_size)
        self.nlp = get_nlp()
        self.prefilter = Prefilter(self.nlp) if prefilter else None
        self._warmup = WARMUP_ARTICLES
        # the model's objects live as long as the process: out of the garbage collector's
        # reach, so that its full collections stop walking them again and again
        gc.collect()  # nothing unreachable is frozen with them
        gc.freeze()

    def process(self, articles: Iterable[Article]) -> Iterator[Result]:
        """Results in input order, one per article."""
        stream = iter(articles)
        while batch := list(islice(stream, self.batch_size)):
            if self._warmup > 0:  # the words of the first articles stay in the vocabulary
                self._warmup -= len(batch)
                results = self._batch(batch)
            else:
                with self.nlp.memory_zone():
                    results = self._batch(batch)
            yield from results

    def _batch(self, batch: list[Article]) -> list[Result]:
        try:
            return self._batch_results(batch)
        except Exception as exc:  # one article must not sink the batch: each on its own
            if len(batch) > 1:
                return [result for a in batch for result in self._batch([a])]
            article = batch[0]
            log.exception("processing failed for %s", article.source)
            return [(article, ExtractionError(article.source, f"{type(exc).__name__}: {exc}"))]

    def _batch_results(self, batch: list[Article]) -> list[Result]:
        with one_blas_thread():
            return self._parse_and_extract(batch)

    def _parse_and_extract(self, batch: list[Article]) -> list[Result]:
        if self.prefilter is None:
            docs = self.nlp.pipe([self._tokenize(a) for a in batch], batch_size=self.batch_size)
            return [(a, self._records(doc, a)) for doc, a in zip(docs, batch, strict=True)]
        docs, plans = self._parse(batch)
        return [
            (a, self._records(doc, a, plan.cues))
            for doc, a, plan in zip(docs, batch, plans, strict=True)
        ]

    def _tokenize(self, article: Article) -> Doc:
        """The article's tokens; unlike `nlp.make_doc`, no length limit (see the docstring)."""
        return self.nlp.tokenizer(article.text)

    def _parse(self, batch: list[Article]) -> tuple[list[Doc], list[Plan]]:
        """Every article of the batch parsed where it matters, in one `nlp.pipe` call."""
        assert self.prefilter is not None
        tokenized = [self._tokenize(a) for a in batch]
        plans: list[Plan] = []
        inputs: list[Doc] = []
        for doc in tokenized:
            plan, cuts = bounded(doc, self._plan(doc))
            plans.append(plan)
            if plan.runs is None:
                inputs.append(doc)
                continue
            for lo, hi in plan.chunks(len(doc)):
                chunk = doc[lo:hi].as_doc()
                for cut in cuts[bisect.bisect_right(cuts, lo) : bisect.bisect_left(cuts, hi)]:
                    chunk[cut - lo].is_sent_start = True  # no arc across a cut
                inputs.append(chunk)
        parsed = iter(self.nlp.pipe(inputs, batch_size=max(self.batch_size, len(inputs))))
        docs = []
        for doc, plan in zip(tokenized, plans, strict=True):
            if plan.runs is None:
                docs.append(next(parsed))
                continue
            chunks = list(islice(parsed, len(plan.runs)))
            try:
                docs.append(self.prefilter.assemble(doc, plan, chunks))
            except ValueError:  # a parse that does not fit the plan: parse it whole
                if len(doc.text) > MAX_PARSE_CHARS:
                    raise
                log.warning("prefilter: parsing %s whole", doc[:8].text)
                docs.append(self.nlp(self.nlp.make_doc(doc.text)))
        return docs, plans

    def _plan(self, doc: Doc) -> Plan:
        assert self.prefilter is not None
        try:
            return self.prefilter.plan(doc)
        except Exception:  # never lose an article to the prefilter: parse it whole
            log.exception("prefilter failed; parsing the whole article")
            return Plan(None, [])

    def _records(
        self, doc: Doc, article: Article, cues: list[int] | None = None
    ) -> list[ClaimRecord] | ExtractionError:
        try:
            set_doc_text(doc, article.text)
            needs = None  # every extractor on every sentence, unless the prefilter marked it
            if self.prefilter is not None and cues is not None:
                needs = self.prefilter.sentence_needs(doc, cues)
            return to_records(article, extract_drafts(doc, needs))
        except Exception as exc:  # one article must not sink the batch
            log.exception("extraction failed for %s", article.source)
            return ExtractionError(article.source, f"{type(exc).__name__}: {exc}")


def _chars(doc: Doc, a: int, b: int) -> int:
    return doc[b - 1].idx + len(doc[b - 1]) - doc[a].idx


def bounded(doc: Doc, plan: Plan, limit: int | None = None) -> tuple[Plan, list[int]]:
    """`plan` with no run over `limit` characters (default `MAX_PARSE_CHARS`), and the
    tokens where a run was cut inside a paragraph (a sentence start is set there).

    Runs are cut at the last paragraph start that fits, else after the last sentence end
    that fits, else at the last token that fits; a plan that fits is returned as is."""
    limit = MAX_PARSE_CHARS if limit is None else limit
    n = len(doc)
    runs = plan.runs if plan.runs is not None else [(0, n)]
    if all(_chars(doc, a, b) <= limit for a, b in runs if b > a):
        return plan, []
    paragraphs = sorted(plan.paragraphs)
    new_runs: list[tuple[int, int]] = []
    cuts: list[int] = []
    for a, b in runs:
        while b - a > 1 and _chars(doc, a, b) > limit:
            end = doc[a].idx + limit  # the first character that does not fit
            last = a + 1  # the last token starting before `end` (at least one token in)
            while last + 1 < b and doc[last + 1].idx < end:
                last += 1
            k = bisect.bisect_right(paragraphs, last) - 1
            if k >= 0 and paragraphs[k] > a:
                cut = paragraphs[k]
            else:
                cut = next(
                    (i for i in range(last, a, -1) if doc[i - 1].text in _SENTENCE_END), last
                )
                cuts.append(cut)
            new_runs.append((a, cut))
            a = cut
        new_runs.append((a, b))
    return Plan(new_runs, plan.paragraphs, plan.cues), sorted(cuts)
