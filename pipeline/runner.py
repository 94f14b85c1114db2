"""A batch run: every article of a folder through ingest, extraction and normalization.

The run is incremental and interrupt-safe:

- every result is saved to the store (`claims.db`) as soon as its article is done,
  one transaction per article;
- a file whose size, modification time and pipeline version are unchanged since
  it was last fully processed is not read again, and an article whose text was
  already extracted by this pipeline version is not parsed again (`force` redoes
  everything); the same text under several paths is processed once;
- SIGINT or SIGTERM stops the run after the article in hand: finished articles
  stay in the store, the outputs keep their previous complete contents, and the
  next run picks up where this one stopped;
- when the run completes, `claims.jsonl`, `claims.csv` and `errors.jsonl` are
  written from the store, each atomically.

A file that cannot be read or processed is reported and the run goes on.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ClaimsError, ExtractionError, IngestError
from .ingest import IngestOptions, find_files, read_file
from .output import write_outputs
from .process import Processor, Result
from .records import Article
from .resources import pipeline_fingerprint
from .store import DB_NAME, Store

log = logging.getLogger(__name__)


@dataclass
class RunSummary:
    files: int = 0
    articles: int = 0  # articles extracted in this run
    skipped: int = 0  # articles unchanged since an earlier run (not parsed again)
    duplicates: int = 0  # extra copies of an article already seen in this run
    claims: int = 0  # claims found in this run's extracted articles
    total_claims: int = 0  # current claims in the outputs
    words: int = 0
    seconds: float = 0.0
    interrupted: str | None = None  # the signal's name when stopped early
    failures: list[ClaimsError] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    files_done: int = 0
    run_id: int = 0


@dataclass
class RunOptions:
    batch_size: int = 16
    workers: int = 1
    force: bool = False
    db: Path | None = None
    ingest: IngestOptions | None = None


class _Stop:
    """Turns SIGINT/SIGTERM into a flag the run checks between articles."""

    def __init__(self) -> None:
        self.signal_name: str | None = None
        self._previous: dict[int, object] = {}

    def __enter__(self) -> _Stop:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum, frame) -> None:
        if self.signal_name is not None:  # a second signal: stop at once
            raise KeyboardInterrupt
        self.signal_name = signal.Signals(signum).name
        log.warning("%s received: finishing the article in hand, then stopping", self.signal_name)

    def __exit__(self, *exc) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)

    @property
    def set(self) -> bool:
        return self.signal_name is not None


class _FileState:
    __slots__ = ("rel", "size", "mtime_ns", "pending", "failed", "read")

    def __init__(self, rel: str, size: int, mtime_ns: int) -> None:
        self.rel, self.size, self.mtime_ns = rel, size, mtime_ns
        self.pending = 0
        self.failed = False
        self.read = False


def run_extract(
    input_dir: str | Path,
    out_dir: str | Path,
    *,
    batch_size: int = 16,
    workers: int = 1,
    force: bool = False,
    db: str | Path | None = None,
    ingest: IngestOptions | None = None,
    on_error: Callable[[ClaimsError], None] | None = None,
    on_progress: Callable[[RunSummary], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> RunSummary:
    """Extract claims from every article under `input_dir`; outputs go to `out_dir`.

    `on_start(n_files)` is called once the files are listed; `on_progress(summary)`
    after each file is done; `on_error(error)` for each file or article that fails.
    """
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    report = on_error or (lambda e: log.error("%s", e))
    summary = RunSummary()
    start = time.perf_counter()
    fingerprint = pipeline_fingerprint()
    options = ingest or IngestOptions()
    files = list(find_files(input_dir, options))
    if on_start:
        on_start(sum(1 for f in files if not isinstance(f, IngestError)))
    store = Store(db or out_dir / DB_NAME)
    config = {"batch_size": batch_size, "workers": workers, "force": force}
    try:
        run_id = store.begin_run(fingerprint, str(input_dir), config)
        summary.run_id = run_id
        states: dict[str, _FileState] = {}
        done_files: deque[_FileState] = deque()

        def fail(err: ClaimsError) -> None:
            summary.failures.append(err)
            report(err)

        def file_done(state: _FileState) -> None:
            summary.files_done += 1
            if not state.failed and state.read:
                store.record_file(state.rel, state.size, state.mtime_ns, fingerprint, run_id)
            if on_progress:
                on_progress(summary)

        def to_extract(stop: _Stop) -> Iterator[Article]:
            dispatched: set[str] = set()
            for item in files:
                if stop.set:
                    return
                if isinstance(item, IngestError):
                    fail(item)
                    continue
                summary.files += 1
                rel = item.relative_to(input_dir).as_posix()
                try:
                    st = item.stat()
                except OSError as exc:
                    fail(IngestError(rel, f"vanished or unreadable ({exc.strerror or exc})"))
                    summary.files_done += 1
                    continue
                state = _FileState(rel, st.st_size, st.st_mtime_ns)
                if not force and store.file_unchanged(rel, st.st_size, st.st_mtime_ns, fingerprint):
                    summary.skipped += store.touch_file(rel, run_id)
                    file_done(state)
                    continue
                store.forget_file(rel)
                state.read = True
                state.pending = 1  # held until every article of the file is handed on
                states[rel] = state
                for art in read_file(item, input_dir, options):
                    if isinstance(art, IngestError):
                        state.failed = True
                        fail(art)
                        continue
                    store.see_source(art.source, rel, art.article_id, run_id)
                    if art.article_id in dispatched:
                        summary.duplicates += 1
                        continue
                    dispatched.add(art.article_id)
                    if not force and store.article_is_current(art.article_id, fingerprint):
                        summary.skipped += 1
                        continue
                    state.pending += 1
                    yield art
                state.pending -= 1
                if state.pending == 0:
                    del states[rel]
                    file_done(state)

        with _Stop() as stop:
            for article, result in _results(to_extract(stop), batch_size, workers):
                rel = _file_of(article.source)
                state = states.get(rel)
                if isinstance(result, ExtractionError):
                    fail(result)
                    if state:
                        state.failed = True
                else:
                    store.save_article(article, result, fingerprint, run_id)
                    summary.articles += 1
                    summary.claims += len(result)
                    summary.words += len(article.text.split())
                if state:
                    state.pending -= 1
                    if state.pending == 0:
                        del states[rel]
                        file_done(state)
                if stop.set:
                    break
            summary.interrupted = stop.signal_name
        errors = [_error_row(e) for e in summary.failures]
        counts = {
            "files": summary.files,
            "articles": summary.articles,
            "skipped": summary.skipped,
            "duplicates": summary.duplicates,
            "claims": summary.claims,
            "failures": len(summary.failures),
        }
        if summary.interrupted:
            store.end_run(run_id, "interrupted", counts, errors)
        else:
            store.complete_run(run_id)
            summary.outputs, summary.total_claims = write_outputs(store, out_dir, errors)
            counts["total_claims"] = summary.total_claims
            store.end_run(run_id, "complete", counts, errors)
    finally:
        store.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _file_of(source: str) -> str:
    """The file part of a source: 'dump.jsonl#3' -> 'dump.jsonl'."""
    return source.split("#", 1)[0]


def _error_row(err: ClaimsError) -> dict[str, str]:
    return {
        "file": getattr(err, "path", ""),
        "stage": getattr(err, "stage", "extract" if isinstance(err, ExtractionError) else "ingest"),
        "error": err.code,
        "message": str(err),
    }


# -- engines: in this process, or in worker processes ------------------------------


def _results(articles: Iterator[Article], batch_size: int, workers: int) -> Iterator[Result]:
    if workers <= 1:
        yield from Processor(batch_size=batch_size).process(articles)
    else:
        yield from _pool_results(articles, batch_size, workers)


_worker: Processor | None = None


def _worker_init(batch_size: int) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker = Processor(batch_size=batch_size)


def _worker_run(articles: list[Article]) -> list[Result]:
    assert _worker is not None
    return list(_worker.process(articles))


def _chunks(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pool_results(articles: Iterator[Article], batch_size: int, workers: int) -> Iterator[Result]:
    """Chunks of articles go to `workers` processes; results come back in input order.

    At most two chunks per worker are in flight, so memory stays bounded."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    window: deque = deque()
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=_worker_init, initargs=(batch_size,)
    ) as pool:
        try:
            for chunk in _chunks(articles, batch_size):
                window.append(pool.submit(_worker_run, chunk))
                if len(window) >= 2 * workers:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        finally:
            for future in window:
                future.cancel()
