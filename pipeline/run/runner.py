"""A batch run: every article of a folder through ingest, extraction and normalization.

The run is incremental and interrupt-safe:

- every result is saved to the store (`claims.db`) as soon as its article is done,
  one transaction per article;
- a file whose size, modification time and pipeline version are unchanged since
  it was last fully processed is not read again, and an article whose text was
  already extracted by this pipeline version is not parsed again (`force` redoes
  everything); the same text under several paths is processed once;
- SIGINT or SIGTERM stops the run after the article in hand (a second one stops it
  at once): finished articles stay in the store, the run is recorded as
  interrupted, the outputs keep their previous complete contents, and the next run
  picks up where this one stopped;
- one run at a time per store: the run holds `claims.db.lock` (`pipeline.store.lock`)
  from start to end, and a second run refuses at once (`StoreBusy`);
- when the run completes, `claims.jsonl`, `claims.csv` and `errors.jsonl` are
  written from the store, each atomically; a claims.csv edited since it was
  written is kept and the fresh view goes beside it (`pipeline.views.output`).

A file that cannot be read or processed is reported and the run goes on.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.errors import ClaimsError, ExtractionError, IngestError, UnreadableFile, VanishedFile
from pipeline.ingest.files import IngestOptions, find_files, read_file
from pipeline.process.fingerprint import pipeline_fingerprint
from pipeline.records import Article, ClaimRecord
from pipeline.store.db import DB_NAME, Store
from pipeline.store.lock import RunLock
from pipeline.views.output import CSV_NAME, import_edited_view, write_outputs

log = logging.getLogger(__name__)

# (article, its records or the error extracting it); spaCy is imported only when needed
Result = tuple[Article, list[ClaimRecord] | ExtractionError]


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
    notes: list[str] = field(default_factory=list)  # things the user must know (kept files)
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
    engine: str = "local",
    ray_address: str | None = None,
    on_error: Callable[[ClaimsError], None] | None = None,
    on_progress: Callable[[RunSummary], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> RunSummary:
    """Extract claims from every article under `input_dir`; outputs go to `out_dir`.

    `engine` is "local" (this process, or `workers` processes) or "ray" (Ray Data,
    on a local instance or the cluster at `ray_address`). `on_start(n_files)` is
    called once the files are listed; `on_progress(summary)` after each file is
    done; `on_error(error)` for each file or article that fails. Raises `StoreBusy`
    (at once, before anything is read or written) when another run holds the store.
    """
    if engine not in ("local", "ray"):
        raise ValueError(f"unknown engine {engine!r} (expected 'local' or 'ray')")
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    db_path = Path(db) if db else out_dir / DB_NAME
    with RunLock(db_path):  # one run at a time per store; refuses at once when held
        return _run_locked(
            input_dir, out_dir, db_path, batch_size, workers, force, ingest, engine,
            ray_address, on_error, on_progress, on_start,
        )  # fmt: skip


def _run_locked(
    input_dir: Path,
    out_dir: Path,
    db_path: Path,
    batch_size: int,
    workers: int,
    force: bool,
    ingest: IngestOptions | None,
    engine: str,
    ray_address: str | None,
    on_error: Callable[[ClaimsError], None] | None,
    on_progress: Callable[[RunSummary], None] | None,
    on_start: Callable[[int], None] | None,
) -> RunSummary:
    summary = RunSummary()
    start = time.perf_counter()
    options = ingest or IngestOptions()
    files = list(find_files(input_dir, options))
    if on_start:
        on_start(sum(1 for f in files if not isinstance(f, IngestError)))
    store = Store(db_path)
    fingerprint = _fingerprint(options)
    config = {"batch_size": batch_size, "workers": workers, "force": force, "engine": engine}
    config["ingest"] = _options_dict(options)
    try:
        # a claims.csv the reviewer edited: its decisions go in before claims change
        edited = import_edited_view(store, out_dir / CSV_NAME)
        if edited is not None and edited.note:
            summary.notes.append(edited.note)
        imported = edited.digest if edited and edited.result and edited.result.applied else None
        run_id = summary.run_id = store.begin_run(fingerprint, str(input_dir), config)
    except BaseException:
        store.close()
        raise
    log.info(
        "run %d: %d files under %s, pipeline %s, engine %s, %d worker(s)%s",
        run_id, len(files), input_dir, fingerprint, engine, workers, ", forced" if force else "",
    )  # fmt: skip
    run = _Run(store, input_dir, options, fingerprint, summary, force)
    run.report = on_error or (lambda e: log.error("%s", e))
    run.on_progress = on_progress
    status = "failed"
    stop = _Stop()
    try:
        try:
            with stop:
                planned = run.plan(files, stop)
                if engine == "ray":
                    run.consume_ray(planned, stop, batch_size, ray_address, workers)
                else:
                    articles = run.read_local(planned)
                    for article, result in _results(articles, batch_size, workers):
                        run.result(article, result)
                        if stop.set:
                            break
                summary.interrupted = stop.signal_name
            errors = [_error_row(e) for e in summary.failures]
            if summary.interrupted:
                status = "interrupted"
            else:
                store.complete_run(run_id)
                summary.outputs, summary.total_claims, view = write_outputs(
                    store, out_dir, errors, imported
                )
                if view.kept is not None:
                    summary.notes.append(view.note)
                status = "complete"
        except KeyboardInterrupt:  # a second signal: stopped at once, finished work kept
            summary.interrupted = stop.signal_name or signal.SIGINT.name
            status = "interrupted"
    finally:
        counts = {
            "files": summary.files,
            "articles": summary.articles,
            "skipped": summary.skipped,
            "duplicates": summary.duplicates,
            "claims": summary.claims,
            "failures": len(summary.failures),
            "total_claims": summary.total_claims,
        }
        try:
            if store.conn.in_transaction:  # a signal landed between BEGIN and COMMIT
                store.conn.execute("ROLLBACK")
            store.end_run(run_id, status, counts, [_error_row(e) for e in summary.failures])
        finally:
            store.close()
    summary.seconds = time.perf_counter() - start
    log.info(
        "run %d %s in %.1fs: %d extracted, %d unchanged, %d duplicates, %d failed, %d claims",
        run_id, status, summary.seconds, summary.articles, summary.skipped, summary.duplicates,
        len(summary.failures), summary.total_claims,
    )  # fmt: skip
    return summary


class _Run:
    """The bookkeeping of one run: which files and articles need work, and saving results."""

    def __init__(self, store, input_dir, options, fingerprint, summary, force) -> None:
        self.store, self.input_dir, self.options = store, input_dir, options
        self.fingerprint, self.summary, self.force = fingerprint, summary, force
        self.run_id = summary.run_id
        self.states: dict[str, _FileState] = {}
        self.seen: set[str] = set()  # article ids handed on (or skipped) in this run
        self.report: Callable[[ClaimsError], None] = lambda e: None
        self.on_progress: Callable[[RunSummary], None] | None = None

    def fail(self, err: ClaimsError) -> None:
        self.summary.failures.append(err)
        self.report(err)

    def plan(self, files: list, stop: _Stop) -> Iterator[tuple[Path, _FileState]]:
        """Files that need reading; unchanged files are marked seen and skipped here."""
        for item in files:
            if stop.set:
                return
            if isinstance(item, IngestError):
                self.fail(item)
                continue
            self.summary.files += 1
            rel = item.relative_to(self.input_dir).as_posix()
            try:
                st = item.stat()
            except FileNotFoundError:
                self.fail(VanishedFile(rel))
                self.summary.files_done += 1
                continue
            except OSError as exc:
                self.fail(UnreadableFile(rel, exc.strerror or str(exc)))
                self.summary.files_done += 1
                continue
            state = _FileState(rel, st.st_size, st.st_mtime_ns)
            unchanged = self.store.file_unchanged(rel, st.st_size, st.st_mtime_ns, self.fingerprint)
            if unchanged and not self.force:
                self.summary.skipped += self.store.touch_file(rel, self.run_id)
                self._file_done(state)
                continue
            self.store.forget_file(rel)
            state.read = True
            state.pending = 1  # held until every article of the file is handed on
            self.states[rel] = state
            yield item, state

    def accept(self, article: Article, state: _FileState) -> bool:
        """Record where the article is; True when it needs extracting in this run."""
        self.store.see_source(article.source, state.rel, article.article_id, self.run_id)
        if article.article_id in self.seen:
            self.summary.duplicates += 1
            return False
        self.seen.add(article.article_id)
        if not self.force and self.store.article_is_current(article.article_id, self.fingerprint):
            self.summary.skipped += 1
            return False
        state.pending += 1
        return True

    def release(self, state: _FileState) -> None:
        """One pending article (or the file itself) is done."""
        state.pending -= 1
        if state.pending == 0:
            self.states.pop(state.rel, None)
            self._file_done(state)

    def read_local(self, planned: Iterator[tuple[Path, _FileState]]) -> Iterator[Article]:
        for path, state in planned:
            for item in read_file(path, self.input_dir, self.options):
                if isinstance(item, IngestError):
                    state.failed = True
                    self.fail(item)
                elif self.accept(item, state):
                    yield item
            self.release(state)

    def result(self, article: Article, result: list[ClaimRecord] | ExtractionError) -> None:
        state = self.states.get(_file_of(article.source))
        if isinstance(result, ExtractionError):
            self.fail(result)
            if state:
                state.failed = True
        else:
            self.store.save_article(article, result, self.fingerprint, self.run_id)
            self.summary.articles += 1
            self.summary.claims += len(result)
            self.summary.words += len(article.text.split())
        if state:
            self.release(state)

    def consume_ray(
        self, planned, stop: _Stop, batch_size: int, address: str | None, workers: int
    ) -> None:
        from pipeline.run.ray_engine import ray_results

        todo = list(planned)
        states = {state.rel: state for _path, state in todo}
        files = [(path, state.rel) for path, state in todo]
        results = ray_results(
            files,
            self.options,
            batch_size=batch_size,
            address=address,
            workers=workers if workers > 1 else None,
        )
        for rel, items in results:
            state = states[rel]
            for item in items:
                if isinstance(item, IngestError):
                    state.failed = True
                    self.fail(item)
                    continue
                article, result = item
                if self.accept(article, state):
                    self.result(article, result)
            self.release(state)
            if stop.set:
                break

    def _file_done(self, state: _FileState) -> None:
        self.summary.files_done += 1
        if not state.failed and state.read:
            self.store.record_file(
                state.rel, state.size, state.mtime_ns, self.fingerprint, self.run_id
            )
        if self.on_progress:
            self.on_progress(self.summary)


def _options_dict(options: IngestOptions) -> dict:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(options).items()}


def _fingerprint(options: IngestOptions) -> str:
    """The pipeline fingerprint, plus the ingest options when they are not the defaults
    (other field names or limits can give other articles from the same files)."""
    base = pipeline_fingerprint()
    if options == IngestOptions():
        return base
    blob = json.dumps(_options_dict(options), sort_keys=True).encode("utf-8")
    return f"{base}+i{hashlib.sha256(blob).hexdigest()[:8]}"


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
    """Results in input order; nothing (not even spaCy) is loaded when no article needs work."""
    first = next(articles, None)
    if first is None:
        return
    articles = itertools.chain([first], articles)
    if workers <= 1:
        from pipeline.process.processor import Processor

        yield from Processor(batch_size=batch_size).process(articles)
    else:
        yield from _pool_results(articles, batch_size, workers)


_worker = None  # this worker process's Processor


def _worker_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _worker_init(batch_size: int) -> None:
    """A worker started afresh (forkserver, spawn): it loads the pipeline itself."""
    from pipeline.process.processor import Processor

    global _worker
    _worker_signals()
    _worker = Processor(batch_size=batch_size)


def _worker_forked(parent: int) -> None:
    """A worker forked from the run's process: the pipeline is already loaded (`_worker`).

    It ends with its parent: killed with it (Linux's parent-death signal), where a worker
    left behind would wait for chunks for ever."""
    _worker_signals()
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        pass
    if os.getppid() != parent:  # the parent ended before the signal was asked for
        os._exit(1)


def _worker_run(articles: list[Article]) -> list[Result]:
    assert _worker is not None
    return list(_worker.process(articles))


def _fork_context():
    """The fork start method where it is safe and cheap: on Linux, from a process with no
    other thread (a thread holding a lock at the fork would leave it held in the child).
    None elsewhere."""
    import multiprocessing

    if not sys.platform.startswith("linux") or threading.active_count() != 1:
        return None
    return multiprocessing.get_context("fork")


def _chunks(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# Articles handed to a worker at a time, as a share of the batch size: small chunks keep
# the workers equally busy to the end of a run (with chunks of a whole batch, 84 real
# articles made 6 chunks and one worker finished a chunk's time before the other).
CHUNKS_PER_BATCH = 4


def dispatch_size(batch_size: int) -> int:
    """Articles per chunk sent to a worker."""
    return max(1, batch_size // CHUNKS_PER_BATCH)


def _pool_results(articles: Iterator[Article], batch_size: int, workers: int) -> Iterator[Result]:
    """Chunks of articles go to `workers` processes; results come back in input order.

    On Linux the pipeline is loaded here, once, and the workers are forked from this
    process with it (`_fork_context`): they start at once and share its pages, where
    workers started afresh would each import spaCy and load the model first (a second
    or so before the first article; 84 real articles take 4 s on two workers).

    Chunks are a quarter of a batch (`dispatch_size`), so no worker is left with a long
    last chunk while the other idles. At most two batches' worth of articles per worker
    are in flight, so memory stays bounded."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _worker
    ctx = _fork_context()
    if ctx is not None:
        from pipeline.process.processor import Processor

        _worker = Processor(batch_size=batch_size)  # the workers' own, from the fork on
        init, initargs = _worker_forked, (os.getpid(),)
    else:
        ctx = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
        init, initargs = _worker_init, (batch_size,)
    size = dispatch_size(batch_size)
    in_flight = max(2, 2 * workers * batch_size // size)  # chunks
    window: deque = deque()
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=ctx, initializer=init, initargs=initargs
        ) as pool:
            try:
                for chunk in _chunks(articles, size):
                    window.append(pool.submit(_worker_run, chunk))
                    if len(window) >= in_flight:
                        yield from window.popleft().result()
                while window:
                    yield from window.popleft().result()
            finally:
                for future in window:
                    future.cancel()
    finally:
        _worker = None  # this process's work is done (the model stays loaded: get_nlp)
