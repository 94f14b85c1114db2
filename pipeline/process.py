"""Processing: articles in, their claim records out (parse, extract, normalize).

`Processor` is what every engine runs: the local runner in its own process or in
worker processes, and the Ray engine in each Ray worker. It loads the spaCy
pipeline once and streams articles through `nlp.pipe` in batches. One article's
failure becomes an `ExtractionError` in its result; the stream goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from .errors import ExtractionError
from .extract import extract_drafts
from .nlp import get_nlp
from .normalize import to_records
from .records import Article, ClaimRecord

log = logging.getLogger(__name__)

Result = tuple[Article, list[ClaimRecord] | ExtractionError]


class Processor:
    """Loads the pipeline once; `process` maps articles to (article, records or error)."""

    def __init__(self, *, batch_size: int = 16) -> None:
        self.batch_size = batch_size
        self.nlp = get_nlp()

    def process(self, articles: Iterable[Article]) -> Iterator[Result]:
        """Results in input order, one per article."""
        pairs = self.nlp.pipe(
            ((a.text, a) for a in articles), as_tuples=True, batch_size=self.batch_size
        )
        for doc, article in pairs:
            yield article, self._records(doc, article)

    def _records(self, doc, article: Article) -> list[ClaimRecord] | ExtractionError:
        try:
            return to_records(article, extract_drafts(doc))
        except Exception as exc:  # one article must not sink the batch
            log.exception("extraction failed for %s", article.source)
            return ExtractionError(article.source, f"{type(exc).__name__}: {exc}")
