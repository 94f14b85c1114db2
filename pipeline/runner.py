"""A batch run: every article of a folder through ingest, extraction and normalization.

Articles stream through `nlp.pipe` in batches; each article's records are written
as soon as it is done, into temporary files that replace the outputs only at the
end. A file that cannot be read or processed is reported and the run goes on.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ClaimsError, ExtractionError, IngestError
from .extract import extract_drafts
from .ingest import iter_articles
from .nlp import get_nlp
from .normalize import to_records
from .output import OutputWriter
from .records import Article

log = logging.getLogger(__name__)


@dataclass
class RunSummary:
    articles: int = 0
    claims: int = 0
    words: int = 0
    seconds: float = 0.0
    failures: list[ClaimsError] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)


def _readable(articles: Iterator[Article | IngestError], summary: RunSummary, report) -> Iterator:
    for item in articles:
        if isinstance(item, IngestError):
            summary.failures.append(item)
            report(item)
        else:
            yield item


def run_extract(
    input_dir: str | Path,
    out_dir: str | Path,
    *,
    batch_size: int = 16,
    on_error: Callable[[ClaimsError], None] | None = None,
    on_progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Extract claims from every article under `input_dir` into `out_dir`."""
    report = on_error or (lambda e: print(f"error: {e}", file=sys.stderr))
    summary = RunSummary()
    start = time.perf_counter()
    nlp = get_nlp()
    articles = _readable(iter_articles(input_dir), summary, report)
    with OutputWriter(out_dir) as writer:
        pairs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size)
        for doc, article in pairs:
            try:
                records = to_records(article, extract_drafts(doc))
            except Exception as exc:  # one article must not sink the batch
                log.exception("extraction failed for %s", article.source)
                err = ExtractionError(article.source, f"{type(exc).__name__}: {exc}")
                summary.failures.append(err)
                report(err)
                continue
            writer.write(records)
            summary.articles += 1
            summary.claims += len(records)
            summary.words += len(article.text.split())
            if on_progress:
                on_progress(summary)
        summary.outputs = writer.commit()
    summary.seconds = time.perf_counter() - start
    return summary
